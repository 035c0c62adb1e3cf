//! Flags of a sentence: a fragment not to quote on its own (an attribution cut off by "?”",
//! an aside, a teaser cut off by an ellipsis), or one that points back to an earlier sentence.

use crate::text::function_words::{is_stop_word, is_stop_word_any_case, pack, pack_const};

/// Does `text` end with "?" or "!" and a closing quotation mark or parenthesis ("… they?” ",
/// "her hat (“I think she bought it here!”)")?
pub(super) fn ends_with_quoted_question(text: &str) -> bool {
    let mut b = text.trim_end().as_bytes();
    let mut quoted = false;
    loop {
        match b {
            [rest @ .., b'"' | b'\'' | b')' | b']'] => b = rest,
            [rest @ .., 0xe2, 0x80, 0x99 | 0x9d] => b = rest,
            _ => break,
        }
        quoted = true;
    }
    quoted && matches!(b.last(), Some(b'?' | b'!'))
}

/// Does `text` open with a word that points back to an earlier sentence
/// ([`Sentence::dangling`]): a pronoun ("He said …", "Its owner …", "This was …") or a
/// connective ("But …", "However, …", "Meanwhile …")? Past opening quotes and punctuation,
/// in any case.
pub(super) fn opens_dangling(text: &str) -> bool {
    let b = text.as_bytes();
    // Past what is not an ASCII letter or digit (quotes, dashes, parentheses).
    let start = b
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(b.len());
    let n = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let after = b.get(start + n);
    if !(2..=9).contains(&n) || after.is_some_and(|&c| c.is_ascii_digit() || c >= 0x80) {
        return false;
    }
    POINTING_BACK.contains(&word_key(&b[start..start + n]))
}

/// A word of ASCII letters as the stop words are keyed ([`crate::term::pack`]) by its
/// first 8 letters, lowercased, and its length ("meanwhile" is "meanwhil" and 9).
pub(super) fn word_key(w: &[u8]) -> (u64, usize) {
    let m = w.len().min(8);
    // `| 0x20` lowercases an ASCII letter.
    let lower = 0x2020_2020_2020_2020u64 >> (8 * (8 - m));
    (pack(&w[..m]) | lower, w.len())
}

/// [`word_key`]s of a list of lowercase words, computed while compiling.
pub(super) const fn word_keys<const N: usize>(words: [&str; N]) -> [(u64, usize); N] {
    let mut keys = [(0, 0); N];
    let mut i = 0;
    while i < N {
        let w = words[i].as_bytes();
        keys[i] = (pack_const(w), w.len());
        i += 1;
    }
    keys
}

/// The opening words of [`opens_dangling`], as [`word_key`]s (the words themselves are not
/// in the program).
pub(super) const POINTING_BACK: [(u64, usize); 24] = word_keys([
    "he",
    "she",
    "it",
    "they",
    "his",
    "her",
    "its",
    "their",
    "them",
    "this",
    "that",
    "these",
    "those",
    "but",
    "however",
    "and",
    "also",
    "yet",
    "still",
    "meanwhile",
    "instead",
    "moreover",
    "besides",
    "such",
]);

/// Does `text` end in an ellipsis outside quotation marks ([`Sentence::fragment`])? A teaser
/// cut off where its link began ("Inside the race to save the mill..."), an article
/// truncated mid-sentence ("… 40 million card accounts and..."), a thought left hanging:
/// none reads as a statement in a summary. Inside quotation marks it is a speaker's.
pub(super) fn is_cut_off(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// Is `text` wholly in parentheses, the first one closing at its end ([`Sentence::fragment`])?
pub(super) fn is_aside(text: &str) -> bool {
    let b = text.trim_end().as_bytes();
    if b.first() != Some(&b'(') {
        return false;
    }
    let mut depth = 0usize;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == b.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Is `text` broken rather than written ([`Sentence::fragment`]): it opens a parenthesis it
/// never closes (the rest of it was a link or a box), three of its words run into the next
/// across a change of case (headlines of a related-stories box glued together: "…AlvarezFerry
/// fares rise againHarbor cleanup beginsGull…"; one or two such joins are names, "PlayStation",
/// "LinkedIn"), repeats a name around its full form (a box of a person's headlines glued in:
/// "President Trump Donald John Trump Airstrikes hit …"), has a vertical bar between words
/// (a page's fields run together: "… on Thursday. | Getty All the things …", "Election
/// Calendar | Polls"; prose never writes one), or it has no function word at all (a widget's
/// counters and buttons)?
pub(super) fn is_broken(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut open, mut close) = (0usize, 0usize);
    let mut glued = 0;
    // Lowercase letters just read: most bytes, and all the loop does for them.
    let mut lower_run = 0;
    // Capitalized words in a row (`name_repeated` is asked only after four), and a vertical
    // bar between spaces.
    let (mut word_start, mut in_row, mut most_in_row) = (0, 0, 0);
    let mut bar = false;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_lowercase() {
            lower_run += 1;
            continue;
        }
        match c {
            b'(' => open += 1,
            b')' => close += 1,
            b'|' => bar |= (i == 0 || b[i - 1] == b' ') && b.get(i + 1) == Some(&b' '),
            b' ' => {
                // The word before: a capital, then lowercase letters only.
                let capitalized = lower_run >= 1
                    && lower_run + 1 == i - word_start
                    && b[word_start].is_ascii_uppercase();
                in_row = if capitalized { in_row + 1 } else { 0 };
                most_in_row = most_in_row.max(in_row);
                word_start = i + 1;
            }
            _ => {}
        }
        if c.is_ascii_uppercase()
            && lower_run >= 3
            && b.get(i + 1).is_some_and(u8::is_ascii_lowercase)
        {
            glued += 1;
        }
        lower_run = 0;
    }
    // The last word ("… Donald John Trump").
    if lower_run >= 1 && lower_run + 1 == b.len() - word_start && b[word_start].is_ascii_uppercase()
    {
        most_in_row = most_in_row.max(in_row + 1);
    }
    open > close
        || glued >= 3
        || bar
        || most_in_row >= 4 && name_repeated(text)
        || without_function_words(text)
}

/// Does `text` write a capitalized word, two more, and the first again, with nothing but
/// single spaces between ("Trump Donald John Trump")? A name is written so only where a box of
/// the person's headlines was glued in after it; names that repeat a word ("Bora Bora",
/// "Sirhan Sirhan") repeat it at once.
fn name_repeated(text: &str) -> bool {
    let mut last: [&str; 3] = [""; 3];
    let mut run = 0;
    for word in crate::text::phrases::split_at_byte(text, b' ') {
        let capitalized = word.len() > 1
            && word.as_bytes()[0].is_ascii_uppercase()
            && word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if !capitalized {
            run = 0;
            continue;
        }
        if run >= 3 && last[0] == word {
            return true;
        }
        last = [last[1], last[2], word];
        run += 1;
    }
    false
}

/// Does `text` have at least [`MIN_PROSE_WORDS`] words and not one function word of any
/// language with rules? Prose has them in every sentence ("the", "de", "и"); a row of a
/// widget's counters and buttons ("1,204 votes 311 voters 9,870 views Follow Embed") or
/// headlines run together have none.
fn without_function_words(text: &str) -> bool {
    // English's compile-time list first, over runs of ASCII letters lowercased on the stack:
    // English prose, most of what is read, has one of its words in nearly every sentence,
    // most often among the first few.
    let b = text.as_bytes();
    let (mut i, mut words) = (0, 0);
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        words += 1;
        if is_stop_word_any_case(&b[start..i]) {
            return false;
        }
    }
    if words < MIN_PROSE_WORDS {
        return false;
    }
    // Only text in Latin letters, mostly ASCII: other scripts join their particles to words
    // (Arabic, Hebrew) or write them with marks a trim would cut (Devanagari).
    if !text.is_ascii() {
        let (mut ascii, mut other) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            if c.is_ascii() {
                ascii += 1;
            } else {
                other += 1;
            }
        }
        if other * 10 > ascii {
            return false;
        }
    }
    // Then every language's function words ("de", "und"), lowercased up to an apostrophe.
    !crate::text::words::bare_words(text)
        .filter(|w| !w.is_empty())
        .any(|w| {
            let mut lower = crate::text::case::lowercase(w);
            if let Some(i) = lower.bytes().position(|c| c == b'\'') {
                lower.truncate(i);
            }
            crate::lang::function_word_languages(lower.as_bytes()) != 0
        })
}

/// The fewest words of a sentence that [`without_function_words`] may call broken: "Police
/// arrest suspect" is a headline-like sentence of prose.
const MIN_PROSE_WORDS: usize = 6;

/// Does `text` open with a lowercase function word ([`Sentence::fragment`])?
pub(super) fn continues(text: &str) -> bool {
    // Past ASCII punctuation and white space and the curly quotes (U+2018 to U+201F, E2 80
    // 98 to E2 80 9F in UTF-8), a word of ASCII lowercase letters that ends at neither a
    // letter nor a digit.
    let mut b = text.as_bytes();
    loop {
        match b {
            [0xe2, 0x80, 0x98..=0x9f, rest @ ..] => b = rest,
            [c, rest @ ..] if c.is_ascii() && !c.is_ascii_alphanumeric() => b = rest,
            _ => break,
        }
    }
    let n = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    n > 0
        && b.get(n)
            .map_or(true, |&c| c < 0x80 && !c.is_ascii_alphanumeric())
        && is_stop_word(&b[..n])
}
