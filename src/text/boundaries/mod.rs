//! Sentence boundaries: the sentence spans of a paragraph, repaired and trimmed.
//!
//! - Unicode sentence boundaries (UAX #29, [`crate::text::segment`]'s implementation, tested
//!   against `unicode-segmentation`'s) propose the splits; they already keep decimals
//!   ("3.5"), "e.g. the" (lowercase after the dot) and quotes followed by a lowercase word
//!   (`"Stop." he said`) together.
//! - [`join`] rejoins UAX #29's known misses, where a dot ends an abbreviation and a
//!   capitalized word follows ("Mr. Smith", "Jan. 5", "John F. Kennedy", "U.S." before a word
//!   that does not open a sentence); [`quotes`] keeps a quotation of several sentences whole.
//! - Reference marks ("[1]") stay with the sentence they end; text without capital letters
//!   is split after full stops before lowercase words.
//!
//! Below the stages: the document stage asks whether a paragraph is one sentence, the sentence
//! stage cuts prose into sentences.

mod join;
mod quotes;
#[cfg(test)]
mod tests;

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::text::phrases::find_byte;
use crate::text::punctuation::{
    before_closers, ends_sentence, ends_with_bar_danda, ends_with_greek_question, is_reference_mark,
};
use join::should_join;
use quotes::join_quotations;

/// The first grapheme cluster boundary of `text` at or after byte `i`, for a span edge next
/// to trimmed white space. A non-ASCII character at `i` may be a mark that belongs to the
/// character before it (a combining mark carried by a space): then the boundary is after the
/// marks. Found with the word boundaries of UAX #29, which keep a character and its marks
/// together as grapheme clusters do, so that the grapheme tables are not linked into the wasm
/// module (11 KB gzipped). Known miss: a prepended mark (U+0600 …) before trimmed white space.
pub(crate) fn grapheme_boundary(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    if i == 0 || i >= b.len() {
        return i.min(b.len());
    }
    if b[i] < 0x80 && !(b[i - 1] == b'\r' && b[i] == b'\n') {
        return i;
    }
    let before = text[..i].chars().next_back().map_or(0, char::len_utf8);
    match text[i - before..].split_word_bound_indices().next() {
        Some((_, piece)) if piece.len() > before && !text[i - before..i].trim().is_empty() => i,
        Some((_, piece)) if piece.len() > before => i - before + piece.len(),
        _ => i,
    }
}

/// Sentence spans of `text` (relative to it), repaired and trimmed.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    split_into(text, &mut spans, true);
    spans
}

/// Is `c` an opening quotation mark or bracket of Chinese and Japanese, which UAX #29 leaves
/// at the end of the sentence before it when no space comes between ([`split_into`])?
fn is_opening_mark(c: char) -> bool {
    matches!(c, '「' | '『' | '（' | '【' | '《' | '〈')
}

/// [`split`] into `spans` (cleared first), so that one vector serves every block; `quoted`:
/// whether `text` may hold quotation marks ([`Block::quoted`]).
pub(crate) fn split_into(text: &str, spans: &mut Vec<Range<usize>>, quoted: bool) {
    spans.clear();
    let uncased = is_uncased(text);
    // Reference marks need a bracket: most paragraphs have none.
    let brackets = text.as_bytes().contains(&b'[');
    // Bars typed for a danda need a bar; Greek question marks, a semicolon.
    let script_marks = text.as_bytes().contains(&b'|') || text.as_bytes().contains(&b';');
    let mut push = |mut start: usize, end: usize| {
        // French spacing puts a space before the closing guillemet ("« C'est fini. »"), where
        // UAX #29 has already ended the sentence (SB11, the space with it): the mark closes
        // the quotation that a "«" before it opened, and goes with the sentence it ends.
        // (German writes »…«: there no "«" is open, and the mark opens the next quotation.)
        if let Some(last) = spans.last_mut() {
            if text.as_bytes().get(start..start + 2) == Some("»".as_bytes())
                && guillemet_open(&text.as_bytes()[..start])
            {
                start += 2;
                last.end = start;
                // A lowercase word after it goes on the sentence ("« C'est fini ! » a crié
                // un riverain.", SB8).
                let b = text.as_bytes();
                let mut k = start;
                while k < end && b[k] == b' ' {
                    k += 1;
                }
                let next = text.get(k..end).and_then(|t| t.chars().next());
                if next.map_or(true, char::is_lowercase) {
                    last.end = end;
                    return;
                }
            }
        }
        // With no space after a sentence's end, as Chinese and Japanese write, UAX #29 keeps
        // the opening quotation mark of the next sentence with the one that ended ("…22公里。「"
        // and "我们必须确保安全，」总工程师说。", SB9): the mark opens the next.
        if let Some(last) = spans.last_mut() {
            let ended = &text[last.clone()];
            if let Some(mark) = ended.chars().next_back().filter(|&c| is_opening_mark(c)) {
                let at = last.end - mark.len_utf8();
                if last.start < at && ends_sentence(&text[last.start..at]) {
                    last.end = at;
                    start = at;
                }
            }
        }
        // UAX #29 breaks a sentence's reference mark after its opening bracket ("… on
        // Wednesday.[" and "1] Engineers found …"): the mark goes with the sentence it ends.
        if let Some(last) = spans
            .last_mut()
            .filter(|last| brackets && text[(*last).clone()].trim_end().ends_with('['))
        {
            let marks = reference_marks_len(&text[start..end]);
            if marks > 0 {
                last.end = start + marks;
                start += marks;
                if text[start..end].trim().is_empty() {
                    last.end = end;
                    return;
                }
            }
        }
        // Nor does it break after a mark followed by a lowercase letter ("… in March.[a]
        // Repairs …", SB8), after a bar typed for a danda ("… थी | फिर …"), or after a Greek
        // question mark ("… τους; Ο δήμαρχος …"): the break goes after the mark, the bar or
        // the question.
        loop {
            let cut = brackets
                .then(|| end_after_marks(&text[start..end]))
                .flatten()
                .or_else(|| {
                    script_marks
                        .then(|| end_after_script_mark(&text[start..end]))
                        .flatten()
                })
                .map(|cut| start + cut);
            let piece = start..cut.unwrap_or(end);
            match spans.last_mut() {
                Some(last) if should_join(&text[last.clone()], &text[piece.clone()], !uncased) => {
                    last.end = piece.end
                }
                _ => spans.push(piece),
            }
            match cut {
                Some(cut) => start = cut,
                None => break,
            }
        }
    };
    crate::text::segment::sentence_pieces(text, |piece| push(piece.start, piece.end));
    if uncased {
        split_lowercase(text, spans);
    } else {
        split_glued(text, spans);
    }
    split_at_spaces(text, spans);
    spans.retain_mut(|r| {
        let s = &text[r.clone()];
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        *r = r.start + lead..r.start + lead + t.len();
        !t.is_empty()
    });
    if quoted {
        join_quotations(text, spans);
    }
}

/// Does `before` quote as French does, opening with "«", and leave a quotation open?
fn guillemet_open(before: &[u8]) -> bool {
    // "«" and "»" are U+00AB and U+00BB: 0xC2 then 0xAB or 0xBB in UTF-8.
    let mut open = 0i32;
    for pair in before.windows(2) {
        match pair {
            [0xc2, 0xab] => open += 1,
            [0xc2, 0xbb] if open == 0 => return false,
            [0xc2, 0xbb] => open -= 1,
            _ => {}
        }
    }
    open > 0
}

/// Splits where a full stop is glued to the next sentence's first word, its space lost in a
/// copy ("… picked her up.On Tuesday …"), which UAX #29 keeps together: a word with at least
/// two lowercase letters, the full stop, then a capital and a lowercase letter, or "A" or
/// "I" and a space ("… police said.A second woman …"). Not after an
/// abbreviation ("Gen.Ortiz"), nor before a domain's ending ("Amazon.Com"); a decimal has
/// digits, an initialism ("U.S.Army") capitals before its stops.
fn split_glued(text: &str, spans: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let glued = |i: usize| {
        b[i] == b'.'
            && i > 0
            && b[i - 1].is_ascii_lowercase()
            && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && match b.get(i + 2) {
                Some(c) if c.is_ascii_lowercase() => true,
                // "… said.A second woman …": the one-letter words that open sentences.
                Some(b' ') => matches!(b[i + 1], b'A' | b'I'),
                _ => false,
            }
    };
    // The full stops in `b[from..to]`. Most paragraphs have a few, and none glued.
    let stops = |from: usize, to: usize| {
        let mut at = from;
        std::iter::from_fn(move || {
            let i = find_byte(&b[..to], at, b'.')?;
            at = i + 1;
            Some(i)
        })
    };
    if !stops(0, b.len()).any(glued) {
        return;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for r in spans.drain(..) {
        let mut start = r.start;
        // A run of many sentences glued together is scraped text rather than a lost space
        // (a page's notice pasted whole): it stays one piece, too long to be quoted.
        let long = crate::text::words::count_words(&text[r.clone()], GLUED_MAX_WORDS + 1)
            > GLUED_MAX_WORDS;
        let end = if long { r.start } else { r.end };
        for i in stops(r.start, end) {
            if !glued(i) {
                continue;
            }
            let word_start = b[start..i]
                .iter()
                .rposition(|c| !c.is_ascii_alphabetic())
                .map_or(start, |p| start + p + 1);
            let word = &text[word_start..i];
            let after_len = b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let after = &text[i + 1..i + 1 + after_len];
            let lowercase = word.bytes().filter(u8::is_ascii_lowercase).count();
            let abbreviation = join::may_be_listed(word)
                && (join::is_listed(word, &join::ALWAYS_JOIN)
                    || join::is_listed(word, &join::MAYBE_JOIN));
            let domain = DOMAIN_ENDINGS
                .split_whitespace()
                .any(|d| d.eq_ignore_ascii_case(after));
            if lowercase >= 2 && !abbreviation && !domain {
                out.push(start..i + 1);
                start = i + 1;
            }
        }
        out.push(start..r.end);
    }
    *spans = out;
}

/// Splits `spans` where Thai and Lao end a sentence: at spaces between two letters of those
/// scripts, which write no full stop and no space between words ("… ระหว่างที่สะพานปิด
/// ตำรวจกล่าวว่า …"). A space beside a number or a Latin word ("เมื่อ 12 มีนาคม") is no end.
fn split_at_spaces(text: &str, spans: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    // A Thai or Lao character (U+0E00 to U+0EFF) starts at `i`: 0xE0, then 0xB8 to 0xBB.
    let thai_at = |i: usize| b.get(i) == Some(&0xe0) && matches!(b.get(i + 1), Some(0xb8..=0xbb));
    // Most text has none: a byte search for 0xE0 settles it.
    let mut at = 0;
    let found = loop {
        match find_byte(b, at, 0xe0) {
            Some(i) if thai_at(i) => break true,
            Some(i) => at = i + 1,
            None => break false,
        }
    };
    if !found {
        return;
    }
    let mut out = Vec::with_capacity(spans.len());
    for r in spans.drain(..) {
        let mut start = r.start;
        let mut i = r.start + 3;
        while i < r.end {
            if b[i] != b' ' || !thai_at(i - 3) {
                i += 1;
                continue;
            }
            let next = i + b[i..r.end].iter().take_while(|&&c| c == b' ').count();
            if thai_at(next) {
                out.push(start..i);
                start = next;
            }
            i = next;
        }
        out.push(start..r.end);
    }
    *spans = out;
}

/// Where a sentence ends inside `piece` after marks that UAX #29 does not know as a
/// sentence's end: vertical bars typed for a danda in Devanagari text ("… थी | फिर …",
/// [`ends_with_bar_danda`]), a bar (or two) that a Devanagari letter comes before and a
/// space after; and a Greek question mark ("… τους; Ο δήμαρχος …",
/// [`ends_with_greek_question`]), perhaps closed by quotation marks, with a space after and
/// no lowercase word ("«Γιατί;» ρώτησε ο δήμαρχος." is one sentence).
fn end_after_script_mark(piece: &str) -> Option<usize> {
    let b = piece.as_bytes();
    (1..b.len()).find(|&i| {
        if !b[i].is_ascii_whitespace() {
            return false;
        }
        if ends_with_bar_danda(&b[..i]) {
            return true;
        }
        ends_with_greek_question(before_closers(&piece[..i]).as_bytes())
            && !piece[i..]
                .trim_start()
                .chars()
                .next()
                .map_or(true, char::is_lowercase)
    })
}

/// The longest glued run that is split: the longest sentence the select stage quotes
/// (`select::MAX_WORDS`).
const GLUED_MAX_WORDS: usize = 80;

/// Endings of domain names that a capital may start ("Amazon.Com"), separated by spaces.
const DOMAIN_ENDINGS: &str = "com org net gov edu info biz news io co tv us uk";

/// The length of the reference marks that `piece` opens with, after the opening bracket of
/// the first: "1]" or "12][a]" of "1] Engineers found …" (at most 20 letters, digits and
/// spaces in each), or 0.
pub(crate) fn reference_marks_len(piece: &str) -> usize {
    let b = piece.as_bytes();
    let mut i = 0;
    loop {
        let Some(close) = b[i..].iter().take(21).position(|&c| c == b']') else {
            return i;
        };
        if !is_reference_mark(&b[i..i + close]) {
            return i;
        }
        i += close + 1;
        if b.get(i) != Some(&b'[') {
            return i;
        }
        i += 1;
    }
}

/// Where a sentence ends inside `piece` after its reference marks (". [a] " is not one, but
/// ".[a] " is, before a capital letter or a digit): the position after the marks and the
/// white space after them.
pub(crate) fn end_after_marks(piece: &str) -> Option<usize> {
    let b = piece.as_bytes();
    let mut from = 1;
    while let Some(open) = find_byte(piece.get(from..)?.as_bytes(), 0, b'[') {
        let open = from + open;
        from = open + 1;
        if b[open - 1] != b'.' {
            continue;
        }
        let marks = reference_marks_len(&piece[open + 1..]);
        let after = open + 1 + marks;
        let spaces = b[after..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        let next = b.get(after + spaces);
        if marks > 0
            && spaces > 0
            && next.is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            return Some(after + spaces);
        }
    }
    None
}

/// Is `text` written without capital letters ("the crane fell. no one was hurt.")? UAX #29
/// never ends a sentence before a lowercase word, so such text would be one sentence.
pub(crate) fn is_uncased(text: &str) -> bool {
    !text.bytes().any(|b| b.is_ascii_uppercase())
        && text.bytes().any(|b| b.is_ascii_lowercase())
        && !text.chars().any(char::is_uppercase)
}

/// Splits `spans` of uncased `text` after a full stop before a lowercase word, where the
/// word before the stop is no abbreviation, initial or number ("u.s.", "mr.", "5.").
pub(crate) fn split_lowercase(text: &str, spans: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(spans.len());
    for span in std::mem::take(spans) {
        let mut start = span.start;
        // Where the run of letters that ends at `i` began.
        let mut word_start = start;
        for i in span.clone() {
            // Letters: ASCII ones and the bytes of any other character.
            if b[i].is_ascii_alphabetic() || b[i] >= 0x80 {
                continue;
            }
            let word = &b[word_start..i];
            let dot_before = word_start > 0 && b[word_start - 1] == b'.';
            word_start = i + 1;
            if b[i] != b'.' || word.len() < 2 || dot_before {
                continue;
            }
            // The text has no capitals, so the word is as the lists write it.
            if join::ALWAYS_JOIN.has(word) || join::MAYBE_JOIN.has(word) {
                continue;
            }
            let spaces = b[i + 1..span.end]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            let next = i + 1 + spaces;
            let lowercase = text.get(next..span.end).and_then(|t| t.chars().next());
            if spaces > 0 && lowercase.is_some_and(char::is_lowercase) {
                out.push(start..i + 1);
                start = next;
            }
        }
        out.push(start..span.end);
    }
    *spans = out;
}
