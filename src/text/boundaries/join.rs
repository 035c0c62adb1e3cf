//! Where UAX #29 ends a sentence after an abbreviation, an initial or a time ("Mr.", "J.",
//! "U.S.", "5 p.m."), and the next piece goes on with it.

use crate::lang::en;
use crate::text::case::{lower, lowercase};
use crate::text::function_words::is_stop_word;
use crate::text::hash::WordBloom;
use crate::text::phrases::BarList;
use crate::text::punctuation::{ends_sentence, ends_with_bare_question, is_closing};

/// Does the UAX #29 boundary between `before` and `after` fall after an abbreviation?
pub(super) fn should_join(before: &str, after: &str, cased: bool) -> bool {
    // UAX #29 always breaks after a line feed; inside a block, a line that does not end a
    // sentence was joined to the next on purpose (text copied from a PDF).
    if before.ends_with('\n') && !ends_sentence(before) {
        return true;
    }
    // "?" or "!" right against a lowercase letter is inside a word: a ligature lost in a PDF
    // copy ("classi?ed"), or a name ("Yahoo!s").
    if before.ends_with(['?', '!']) && after.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    // "?" opening a word, right against its first letter, is a quotation mark lost in a PDF
    // copy, not a question ("(the ?Memorandum,? which is attached)").
    if before.ends_with('?')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .map_or(true, |c| c.is_whitespace() || matches!(c, '(' | '['))
        && after.chars().next().is_some_and(char::is_alphabetic)
    {
        return true;
    }
    let before = before.trim_end();
    // A Japanese quotation closed by a corner bracket goes on in hiragana
    // ("「橋は閉鎖する。」と述べた。"), as an English one goes on in lowercase.
    if (before.ends_with("」") || before.ends_with("』"))
        && after
            .chars()
            .next()
            .is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c))
    {
        return true;
    }
    // In text with capitals, a sentence does not open in lowercase after a bare "?" or "!"
    // or one closed by a parenthesis (one closed by a quotation mark is a quoted question,
    // see `Sentence::fragment`): "?" there stands for a quotation mark or dash lost in a
    // PDF copy ("(the ?Memorandum,? which is attached)", "(hereinafter ?the Committee?)
    // voted"), or the question is the start of the sentence ("What now? the mayor asked.").
    if cased
        && ends_with_bare_question(before)
        && after
            .trim_start()
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
    {
        return true;
    }
    if !before.ends_with('.') {
        return false;
    }
    let next = after.trim_start();
    let Some(first) = next.chars().next() else {
        return false;
    };
    // UAX #29 already joins before lowercase; a digit after "No." or "Jan." continues too.
    if first.is_lowercase() {
        return true;
    }
    let head = &before[..before.len() - 1];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '“' | '‘' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[start..];
    if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // Most words before a full stop are no abbreviation: one filter look-up settles them.
    let may_be_listed = may_be_listed(word);
    if may_be_listed
        && is_listed(word, &ALWAYS_JOIN)
        && (first.is_uppercase() || first.is_ascii_digit())
    {
        return true;
    }
    // An initial: one capital letter ("John F. Kennedy", "J. R. R. Tolkien").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase() && first.is_uppercase();
    }
    let acronym = word.len() <= 12
        && word.as_bytes().contains(&b'.')
        && crate::text::phrases::split_at_byte(word, b'.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if acronym || (may_be_listed && is_listed(word, &MAYBE_JOIN)) {
        // A clock time is followed by what belongs to it ("5 p.m. Tuesday", "p.m. ET"); any
        // other capitalized word after it opens a sentence ("at 4:15 p.m. Passengers said").
        let clock = matches!(word, "a.m" | "p.m" | "A.M" | "P.M");
        if clock && first.is_ascii_alphabetic() {
            return goes_on_a_time(next);
        }
        // A live blog's time stamp and the bar after it label the entry they open ("10:45
        // a.m. | The engineer said …"; the sentence stage leaves the label out).
        if clock && first == '|' {
            return true;
        }
        // A number after an acronym is its road or its volume ("on U.S. 278", "484 U.S.
        // 518"), as one after a sentence's end seldom is.
        if acronym && first.is_ascii_digit() {
            return true;
        }
        return !opens_sentence(next);
    }
    // A state after a place and a comma ("Salem, Ore."); the word alone may be a word.
    let head = before
        .as_bytes()
        .get(..before.len() - 1 - word.len())
        .unwrap_or_default();
    let after_comma = head.iter().rev().find(|&&c| c != b' ') == Some(&b',');
    if after_comma && may_be_listed && is_listed(word, &PLACE_JOIN) {
        return !opens_sentence(next);
    }
    false
}

/// What may follow "a.m." or "p.m." in the same sentence, lowercased, each between spaces
/// (searched as bytes: a table of `&str` would be 8 bytes of pointer per word).
pub(super) const TIME_GOES_ON: &str =
    " apr april atlantic aug august central dec december eastern feb \
    february fri friday jan january jul july jun june local mar march may mon monday mountain \
    nov november oct october pacific sat saturday sep sept september sun sunday thu thur thurs \
    thursday tue tues tuesday wed wednesday ";
/// Does `next`, a capitalized word after "a.m." or "p.m.", still belong to the time: a day
/// ("Tuesday", "Tues."), a month ("Nov. 3", "March 3"), a time zone in capitals ("ET",
/// "GMT") or named ("Eastern", "Pacific")?
pub(super) fn goes_on_a_time(next: &str) -> bool {
    let b = next.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if (2..=5).contains(&n) && b[..n].iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    // " word " lowercased; the longest listed word has nine letters.
    let mut key = [b' '; 11];
    n <= 9 && {
        for i in 0..n {
            key[i + 1] = b[i] | 0x20;
        }
        let key = &key[..n + 2];
        TIME_GOES_ON.as_bytes().windows(key.len()).any(|w| w == key)
    }
}

/// Can `word`, lowercased, be in [`ALWAYS_JOIN`], [`MAYBE_JOIN`] or [`PLACE_JOIN`]? `false`
/// is certain: a Bloom filter of the lists, read from the word's length and its first and
/// last bytes lowercased by `| 0x20` (which lowercases ASCII letters and keeps the digits,
/// full stops, hyphens and apostrophes of the lists). Words with other bytes are always let
/// through.
pub(super) fn may_be_listed(word: &str) -> bool {
    let b = word.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if word.is_ascii() && b.len() <= 16 => {
            ABBREVIATION_BLOOM.may_contain(b.len(), first | 0x20, last | 0x20)
        }
        _ => true,
    }
}

/// Is `word`, lowercased, in `list` ([`ALWAYS_JOIN`], [`MAYBE_JOIN`] or [`PLACE_JOIN`])?
/// Asked only of words that [`may_be_listed`] lets through: an ASCII word is lowercased on
/// the stack and searched for, without a string.
pub(super) fn is_listed(word: &str, list: &BarList) -> bool {
    let b = word.as_bytes();
    if !word.is_ascii() || b.len() > 16 {
        return list.has(lowercase(word).as_bytes());
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    list.has(lower)
}

/// The abbreviations of every `data/<language>/abbreviations.tsv`, as [`crate::lang::en`] has
/// them (see its constants of these names), each list sorted.
pub(super) static ALWAYS_JOIN: BarList = BarList::new(en::ALWAYS_JOIN);
/// See [`ALWAYS_JOIN`].
pub(super) static MAYBE_JOIN: BarList = BarList::new(en::MAYBE_JOIN);
/// See [`ALWAYS_JOIN`].
pub(super) static PLACE_JOIN: BarList = BarList::new(en::PLACE_JOIN);

/// Bloom filter of [`ALWAYS_JOIN`], [`MAYBE_JOIN`] and [`PLACE_JOIN`] for [`may_be_listed`].
pub(super) const ABBREVIATION_BLOOM: WordBloom<8> = WordBloom::EMPTY
    .with_bars(en::ALWAYS_JOIN)
    .with_bars(en::MAYBE_JOIN)
    .with_bars(en::PLACE_JOIN);
/// Does `text` start like a new sentence: an opening quote, or a capitalized function word
/// ("The", "He", "But", "In"), also inside an opening parenthesis ("(The …"). A parenthesis
/// before another word does not: it is the news agency of a dateline ("MILLBROOK, Ore. (HW)
/// — …") or an aside.
pub(super) fn opens_sentence(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| is_closing(c) || c == '“' || c == '‘');
    if t.len() < text.len() {
        return true;
    }
    let t = t.strip_prefix('(').unwrap_or(t);
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .map(lower)
        .collect();
    // English function words only: reading the other languages' here would build their map
    // for every English text with a "U.S." before a name (0.15 ms a process). Known miss:
    // "usw. Die Polizei …" stays one sentence.
    word.is_empty() || is_stop_word(word.as_bytes())
}
