//! Words: counts as budgets count them (white space, and scripts written without spaces),
//! letter case of a line's words, scripts.

use super::segment::{bytes_equal, bytes_in_range, HIGH, LOW};

/// The number of whitespace-separated words of `s` (as `split_whitespace` counts them), or
/// `limit` if there are more. Eight bytes at a time: an all-ASCII group is classified with
/// word arithmetic, any other group one byte at a time from a table, where only a character
/// that may be non-ASCII whitespace (lead bytes C2, E1, E2, E3) is decoded. The limit is
/// checked after every group.
pub(crate) fn count_words(s: &str, limit: usize) -> usize {
    space_words::<false>(s, limit).0
}

/// Letter case counts of a text, for [`is_headline_case`]: words whose first byte is an ASCII
/// capital or lowercase letter.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct Case {
    pub(crate) capitalized: usize,
    pub(crate) lowercase: usize,
}

impl Case {
    /// Counts one word whose first byte is `first`.
    #[inline]
    pub(crate) fn count(&mut self, first: u8) {
        self.capitalized += usize::from(first.is_ascii_uppercase());
        self.lowercase += usize::from(first.is_ascii_lowercase());
    }
}

/// [`count_words`], and with `CASE` the text's [`Case`] counts, in the same pass.
#[inline]
pub(crate) fn space_words<const CASE: bool>(s: &str, limit: usize) -> (usize, Case) {
    // The number of bytes whose high bit is set in `m` (only high bits set).
    let ones = |m: u64| ((m >> 7).wrapping_mul(LOW) >> 56) as usize;
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut case = Case::default();
    let mut prev_space = true;
    for (c, chunk) in bytes.chunks(8).enumerate() {
        let mut group = [0u8; 8];
        if let Ok(whole) = <[u8; 8]>::try_from(chunk) {
            group = whole;
        }
        let x = u64::from_le_bytes(group);
        if chunk.len() == 8 && x & HIGH == 0 {
            // Per byte, the high bit of `space` says: 0x20, or 0x09 to 0x0D (tab, line
            // feed, vertical tab, form feed, carriage return). Exact for bytes below 0x80:
            // no sum below carries into the next byte.
            let is_20 = bytes_equal(x, b' ');
            let in_09_0d = bytes_in_range(x, 0x09, 0x0d);
            let space = is_20 | in_09_0d;
            // A word starts at a non-space byte after a space (or the start of the text).
            let before = space << 8 | u64::from(prev_space) << 7;
            let mut starts = !space & before & HIGH;
            if CASE {
                let upper = bytes_in_range(x, b'A', b'Z');
                let lower = bytes_in_range(x, b'a', b'z');
                case.capitalized += ones(starts & upper);
                case.lowercase += ones(starts & lower);
            }
            // Few words start in eight bytes: clearing the lowest bit per word is cheaper
            // than a population count on targets without the instruction.
            while starts != 0 {
                words += 1;
                starts &= starts - 1;
            }
            prev_space = space >> 63 != 0;
        } else {
            for (j, &b) in chunk.iter().enumerate() {
                let space = match SPACE_BYTE[b as usize] {
                    0 => false,
                    1 => true,
                    // A continuation byte belongs to the character before it.
                    3 => prev_space,
                    _ => bytes.get(c * 8 + j..).is_some_and(is_multibyte_space),
                };
                let start = prev_space && !space;
                words += usize::from(start);
                if CASE && start {
                    case.count(b);
                }
                prev_space = space;
            }
        }
        if words >= limit {
            return (limit, case);
        }
    }
    (words, case)
}

/// Does `rest`, which starts with the lead byte of a character, start with non-ASCII white
/// space? Compared byte by byte: U+0085, U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80),
/// U+2000–U+200A, U+2028, U+2029, U+202F (E2 80 …), U+205F (E2 81 9F), U+3000 (E3 80 80).
pub(crate) fn is_multibyte_space(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xc2, 0x85 | 0xa0, ..]
            | [0xe1, 0x9a, 0x80, ..]
            | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
            | [0xe2, 0x81, 0x9f, ..]
            | [0xe3, 0x80, 0x80, ..]
    )
}

/// Per byte: 1 for ASCII whitespace, 2 for the lead byte of a character that may be Unicode
/// whitespace (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000), 3 for a UTF-8 continuation byte, 0 otherwise.
pub(crate) const SPACE_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => 1,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => 2,
            0x80..=0xbf => 3,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The length of `s` in words, as budgets count them: whitespace-separated words, plus one
/// word per two characters of the scripts written without spaces (Chinese, Japanese kana,
/// Thai, Lao, Khmer, Myanmar), where a whole sentence is one whitespace "word". Never less
/// than [`count_words`], so a budget in these words also holds in whitespace words.
pub(crate) fn text_words(s: &str) -> usize {
    sentence_shape(s).0
}

/// [`text_words`] and [`is_headline_case`] of `s`, in one pass.
pub(crate) fn sentence_shape(s: &str) -> (usize, bool) {
    let (mut words, case) = space_words::<true>(s, usize::MAX);
    // The scripts counted are all at U+0E00 and above, in UTF-8 sequences led by E0, E1, E3
    // to EF or F0 and above; E2 (punctuation, curly quotes) leads none of them.
    if !s.is_ascii() && s.bytes().any(|b| b >= 0xe0 && b != 0xe2) {
        words += s.chars().filter(|&c| is_unspaced_script(c)).count() / 2;
    }
    (words, is_headline_case(case))
}

/// [`is_headline_case`] of the words of `s`.
/// The words of `text` split at white space, each without the punctuation around it
/// ("(Pew", "survey,": "Pew", "survey"); a word of punctuation alone is empty.
pub(crate) fn bare_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

#[cfg(test)]
pub(crate) fn headline_case(s: &str) -> bool {
    is_headline_case(space_words::<true>(s, usize::MAX).1)
}

/// Is a text with these [`Case`] counts written the way headlines, credits and captions are
/// rather than prose: nearly every word capitalized ("Frances Bean Cobain Hubby Wants FAT
/// Allowance!", "Universal Pictures Benicio Del Toro as 'The Wolfman.'"), or in capitals
/// throughout? Counts ASCII letters only; a word is capitalized if its first byte is a
/// capital letter. Text in capitals has every word capitalized, so one rule covers both.
pub(crate) fn is_headline_case(case: Case) -> bool {
    case.capitalized >= HEADLINE_MIN_WORDS && case.lowercase * 5 <= case.capitalized
}

/// Fewest capitalized words for [`is_headline_case`] to call a text a headline.
pub(crate) const HEADLINE_MIN_WORDS: usize = 4;

/// Characters of Thai, Lao, Myanmar and Khmer: written without spaces between words and
/// often without a mark at the end of a sentence.
pub(crate) fn is_script_without_full_stops(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    is_script_without_full_stops(c)
        || matches!(c,
            '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
            | '\u{3400}'..='\u{4dbf}' // CJK extension A
            | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
            | '\u{f900}'..='\u{faff}' // CJK compatibility ideographs
            | '\u{20000}'..='\u{3ffff}' // CJK extensions B and later
        )
}
