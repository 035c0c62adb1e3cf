//! One pass over a paragraph's words: its strongest chrome [`Trigger`] word, its
//! fingerprint (for repeats and syndicated copies) and whether it may hold a quotation mark.

use std::hash::Hasher;

use crate::lang::en;
use crate::text::case::lower;
use crate::text::hash::{tail_word, FxHasher, WordBloom};
use crate::text::phrases::{sorted_has, BarList};
use crate::text::segment::{bytes_in_range, is_punctuation_mark, HIGH, LOW};

/// The strongest trigger word in `s`.
pub(super) fn trigger(s: &str) -> Trigger {
    scan_words(s).0
}

/// A paragraph's identity for finding repeats and syndicated copies: a hash of its
/// lowercase alphanumeric words (punctuation, quotes and spacing ignored), and their number.
pub(super) fn fingerprint(s: &str) -> (u64, usize) {
    scan_words(s).1
}

/// [`trigger`] and [`fingerprint`] of `s` in one pass over its bytes, without allocation for
/// ASCII words (all but a few in English news), and whether it may hold a quotation mark
/// ([`Block::quoted`]).
pub(super) fn scan_words(s: &str) -> (Trigger, (u64, usize), bool) {
    let mut quoted = false;
    let mut found = Trigger::None;
    let mut h = FxHasher::default();
    let mut words = 0;
    // Lowercase alphanumeric characters of a word with non-ASCII characters.
    let mut other = String::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII letters and digits and non-ASCII characters, which end at ASCII
        // punctuation or space (a character boundary). A run with a non-ASCII byte may
        // have the © sign, and its words, lowercased a character at a time for the
        // fingerprint, are looked up as triggers of other scripts ("подписывайтесь").
        if WORD_BYTE[bytes[i] as usize] == 0 {
            quoted |= matches!(bytes[i], b'"' | b'`');
            i += 1;
            continue;
        }
        let start = i;
        let (end, ascii) = word_run_end(bytes, i);
        i = end;
        let w = &bytes[start..i];
        if !ascii {
            quoted = true;
            if is_copyright_sign(w) {
                found = Trigger::Rare;
            }
            // Alphanumeric words inside the run, lowercased character by character: each
            // counted, hashed and, if of another script, looked up as a trigger. (The end of a
            // word is written out twice, in the loop and after it: as one closure, or with a
            // space chained after the run, the pipeline took 0.7% more instructions.)
            for c in s.get(start..i).unwrap_or_default().chars() {
                if c.is_ascii() {
                    if c.is_ascii_alphanumeric() {
                        other.push(c.to_ascii_lowercase());
                        continue;
                    }
                } else if !is_punctuation_mark(c) && (c.is_alphanumeric() || is_inner_mark(c)) {
                    other.push(lower(c));
                    continue;
                }
                if !other.is_empty() {
                    words += 1;
                    hash_word(&mut h, other.as_bytes(), other.is_ascii());
                    if !other.is_ascii() {
                        found = found.max(trigger_of(other.as_bytes()));
                    }
                    other.clear();
                }
            }
            if !other.is_empty() {
                words += 1;
                hash_word(&mut h, other.as_bytes(), other.is_ascii());
                if !other.is_ascii() {
                    found = found.max(trigger_of(other.as_bytes()));
                }
                other.clear();
            }
            continue;
        }
        words += 1;
        hash_word(&mut h, w, true);
        if found == Trigger::Rare {
            continue;
        }
        // Lowercase ASCII letters and digits: `| 0x20` lowercases a letter, keeps a digit.
        let (first, last) = (w[0] | 0x20, w[w.len() - 1] | 0x20);
        let n = w.len();
        if !(2..=16).contains(&n)
            || !TRIGGER_BLOOM.may_contain(n, first, last)
            || !TRIGGER_BLOOM_INSIDE.may_contain(n, w[1] | 0x20, w[n - 2] | 0x20)
        {
            continue;
        }
        let mut buf = [0u8; 16];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        // Once a common word is found, only a rare one can add to it.
        let common = if found == Trigger::None {
            COMMON_TRIGGERS.items()
        } else {
            &[]
        };
        found = found.max(listed(lower, RARE_TRIGGERS.items(), common));
    }
    (found, (h.finish(), words), quoted)
}

/// Where the run of word bytes ([`WORD_BYTE`]) from `start` ends, and whether it is all
/// ASCII. Eight bytes at a time ([`word_bytes`]): a byte at a time, the loop's exit at every
/// word's end was a third of the stage.
#[inline]
pub(super) fn word_run_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start;
    let mut high = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let stop = !word_bytes(x) & HIGH;
        if stop == 0 {
            high |= x;
            i += 8;
            continue;
        }
        // The bytes below the first that is not a word byte.
        let run = stop.trailing_zeros() / 8;
        high |= x & ((1u64 << (8 * run)) - 1);
        return (i + run as usize, high & HIGH == 0);
    }
    let mut kinds = u8::from(high & HIGH != 0) << 1;
    while i < bytes.len() && WORD_BYTE[bytes[i] as usize] != 0 {
        kinds |= WORD_BYTE[bytes[i] as usize];
        i += 1;
    }
    (i, kinds & 2 == 0)
}

/// The high bit of each byte of `x` that is a word byte ([`WORD_BYTE`]): an ASCII letter or
/// digit, or any byte of a non-ASCII character. Range tests on the low seven bits of each
/// byte, which cannot carry into the next byte.
#[inline]
pub(super) fn word_bytes(x: u64) -> u64 {
    let v = x & !HIGH;
    let digit = bytes_in_range(v, b'0', b'9');
    // `| 0x20` lowercases a letter and moves no other byte into a..z.
    let letter = bytes_in_range(v | (0x20 * LOW), b'a', b'z');
    (x & HIGH) | digit | letter
}

/// Adds one word to a fingerprint: `w` is either ASCII letters and digits in any case
/// (`ascii`), or lowercase already (where `| 0x20` changes no ASCII letter or digit, so an
/// ASCII word hashes the same either way). Eight bytes per hash step; the last zero to seven
/// bytes by [`tail_word`], with the length.
#[inline]
pub(super) fn hash_word(h: &mut FxHasher, w: &[u8], ascii: bool) {
    let ascii_lower = if ascii { 0x2020_2020_2020_2020u64 } else { 0 };
    let mut chunks = w.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h.write_u64(u64::from_le_bytes(word) | ascii_lower);
    }
    let rest = chunks.remainder();
    let n = rest.len();
    let tail = tail_word(rest);
    // The tail's length ends the word, so "pier closed" and "pierclosed" differ.
    h.write_u64((tail | ascii_lower) ^ (n as u64 + 1) << 56);
}

/// Per byte: 1 for an ASCII letter or digit, 2 for a byte of a non-ASCII character, 0 for
/// anything else (spaces, punctuation, controls).
pub(super) const WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            2
        } else if (b as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Is `c` a combining mark that is no letter but belongs inside a word: the combining
/// diacritics of decomposed Latin, Greek and Cyrillic ("e" and U+0301), and Devanagari's
/// virama and nukta ("सब्सक्राइब", "पढ़ें"), which would otherwise cut a word in two.
fn is_inner_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{093C}' | '\u{094D}')
}

/// The trigger that a lowercased word of another script is ([`OTHER_RARE_TRIGGERS`],
/// [`OTHER_COMMON_TRIGGERS`]). (ASCII words inside a run with non-ASCII characters are not
/// looked up, as they never were: "“Share this document,” the flyer says." is a quotation,
/// not a prompt.)
fn trigger_of(w: &[u8]) -> Trigger {
    match (w.first(), w.last()) {
        (Some(&first), Some(&last))
            if w.len() <= MAX_TRIGGER_BYTES
                && OTHER_TRIGGER_BLOOM.may_contain(w.len(), first, last) =>
        {
            listed(
                w,
                OTHER_RARE_TRIGGERS.items(),
                OTHER_COMMON_TRIGGERS.items(),
            )
        }
        _ => Trigger::None,
    }
}

/// The longest trigger word of another script, in bytes.
const MAX_TRIGGER_BYTES: usize = 32;

/// The trigger words of every `data/<language>/chrome.tsv`, as [`crate::lang::en`] has them
/// (see its constants of these names), each list sorted.
pub(super) static RARE_TRIGGERS: BarList = BarList::new(en::RARE_TRIGGERS);
/// See [`RARE_TRIGGERS`].
pub(super) static COMMON_TRIGGERS: BarList = BarList::new(en::COMMON_TRIGGERS);
/// See [`RARE_TRIGGERS`].
pub(super) static OTHER_RARE_TRIGGERS: BarList = BarList::new(en::OTHER_RARE_TRIGGERS);
/// See [`RARE_TRIGGERS`].
pub(super) static OTHER_COMMON_TRIGGERS: BarList = BarList::new(en::OTHER_COMMON_TRIGGERS);

/// [`TRIGGER_BLOOM`] of the trigger words of other scripts.
const OTHER_TRIGGER_BLOOM: WordBloom<4> = WordBloom::EMPTY
    .with_bars(en::OTHER_RARE_TRIGGERS)
    .with_bars(en::OTHER_COMMON_TRIGGERS);

/// The trigger lowercase word `w` is by two sorted lists: [`Trigger::Rare`] for a word of
/// `rare` (words rare in news prose but part of most chrome patterns: a sentence of more
/// than [`SHORT_CHROME_WORDS`] words is scanned for the patterns only when it has one,
/// which nearly no news sentence has), [`Trigger::Common`] for one of `common` (common
/// words of which every pattern without a rare word has one, looked for in short lines
/// only). Asked only after a Bloom filter of the lists lets `w` through.
#[inline(always)]
fn listed(w: &[u8], rare: &[&str], common: &[&str]) -> Trigger {
    let find = |list: &[&str]| sorted_has(list, w);
    if find(rare) {
        Trigger::Rare
    } else if find(common) {
        Trigger::Common
    } else {
        Trigger::None
    }
}

/// A 1,024-bit Bloom filter of [`RARE_TRIGGERS`] and [`COMMON_TRIGGERS`]: most words of a
/// sentence fail it in a few instructions, before any comparison.
pub(super) const TRIGGER_BLOOM: WordBloom<16> = WordBloom::EMPTY
    .with_bars(en::RARE_TRIGGERS)
    .with_bars(en::COMMON_TRIGGERS);

/// The second filter of [`RARE_TRIGGERS`] and [`COMMON_TRIGGERS`], by the words' second and
/// second-to-last bytes: of the words of news that [`TRIGGER_BLOOM`] lets through, nine in
/// ten are no trigger ("he", "one", "which"), and most of those fail this one.
pub(super) const TRIGGER_BLOOM_INSIDE: WordBloom<16> = WordBloom::EMPTY
    .with_bars_inside(en::RARE_TRIGGERS)
    .with_bars_inside(en::COMMON_TRIGGERS);

/// Has `word` (UTF-8 bytes) a © sign? (A byte scan: `str::contains` with a non-ASCII
/// character runs a substring search, which cost more than the rest of the trigger scan.)
pub(super) fn is_copyright_sign(word: &[u8]) -> bool {
    word.windows(2).any(|pair| pair == [0xc2, 0xa9])
}

/// The strongest chrome trigger word in a text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) enum Trigger {
    /// Neither kind: not chrome.
    None,
    /// Only common trigger words ([`COMMON_TRIGGERS`]): chrome only if short.
    Common,
    /// A rare trigger word ([`RARE_TRIGGERS`]) (or ©).
    Rare,
}
