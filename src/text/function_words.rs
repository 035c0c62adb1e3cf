//! Function words (English: `data/en/function_words.txt`): words that are never concepts, keyed
//! by their first eight letters and length so that a lookup needs no string.

use crate::lang::en::STOP_WORDS;
use crate::text::hash::WordBloom;

/// Is `word` (lowercase) an English function word of [`STOP_WORDS`]? A Bloom filter on
/// length, first and last byte answers most content words; the rest are searched for as one
/// integer each ([`pack`]) among the stop words' integers, sorted at compile time. The search
/// compared strings before (a `memcmp` call per step), which was 4% of a call on news.
pub(crate) fn is_stop_word(word: &[u8]) -> bool {
    let n = word.len();
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return false;
    };
    // A zero last byte would pack like a shorter word; no stop word has one.
    if last == 0 || !STOP_BLOOM.may_contain(n, first, last) {
        return false;
    }
    match n {
        ..=8 => STOP_KEYS.binary_search(&pack(word)).is_ok(),
        9..=16 => {
            let key = (pack(&word[..8]), pack(&word[8..]));
            STOP_KEYS_LONG.contains(&key)
        }
        _ => false,
    }
}

/// [`is_stop_word`] of an ASCII word in any case ("The"), lowercased on the stack; `false` for
/// a word with other bytes or longer than any stop word.
pub(crate) fn is_stop_word_any_case(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    word.len() <= buf.len() && word.is_ascii() && {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        is_stop_word(lower)
    }
}

/// A word of 1 to 8 bytes as one integer, its first byte lowest: fixed-size reads (the
/// first and last four bytes, or the first, middle and last byte), overlapping where the word
/// is shorter, so no loop. Words of one length get distinct integers, and a word whose last
/// byte is not zero gets none that a shorter word gets.
#[inline]
pub(crate) fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
    match n {
        0 => 0,
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
        _ => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
    }
}

/// [`pack`] at compile time, for words of at most 8 bytes.
pub(crate) const fn pack_const(b: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < b.len() && i < 8 {
        key |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// How many words of `list` are `short` (at most 8 bytes) or not.
pub(crate) const fn count_stop_words(list: &[&str], short: bool) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        if (list[i].len() <= 8) == short {
            n += 1;
        }
        i += 1;
    }
    n
}

pub(crate) const STOP_SHORT: usize = count_stop_words(STOP_WORDS, true);

const STOP_LONG: usize = count_stop_words(STOP_WORDS, false);

/// The [`pack`]s of the stop words of at most 8 bytes, in increasing order.
pub(crate) const STOP_KEYS: [u64; STOP_SHORT] = {
    let mut keys = [0; STOP_SHORT];
    let mut n = 0;
    let mut i = 0;
    while i < STOP_WORDS.len() {
        let word = STOP_WORDS[i].as_bytes();
        if word.len() <= 8 {
            // Insertion sort: 200-odd keys, once, at compile time.
            let key = pack_const(word);
            let mut j = n;
            while j > 0 && keys[j - 1] > key {
                keys[j] = keys[j - 1];
                j -= 1;
            }
            keys[j] = key;
            n += 1;
        }
        i += 1;
    }
    keys
};

/// The stop words of 9 to 16 bytes as the [`pack`]s of their first 8 bytes and of the rest.
pub(crate) const STOP_KEYS_LONG: [(u64, u64); STOP_LONG] = {
    let mut keys = [(0, 0); STOP_LONG];
    let mut n = 0;
    let mut i = 0;
    while i < STOP_WORDS.len() {
        let word = STOP_WORDS[i].as_bytes();
        if word.len() > 8 {
            assert!(word.len() <= 16, "stop words are at most 16 bytes");
            let (head, tail) = word.split_at(8);
            keys[n] = (pack_const(head), pack_const(tail));
            n += 1;
        }
        i += 1;
    }
    keys
};

/// 2,048-bit Bloom filter of [`STOP_WORDS`] for [`is_stop_word`].
pub(crate) const STOP_BLOOM: WordBloom<32> = WordBloom::EMPTY.with_all_str(STOP_WORDS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_found_by_their_integers_and_nothing_else_is() {
        let listed = |w: &[u8]| STOP_WORDS.binary_search_by(|s| s.as_bytes().cmp(w)).is_ok();
        let mut words: Vec<Vec<u8>> = Vec::new();
        for w in STOP_WORDS {
            let w = w.as_bytes();
            words.push(w.to_vec());
            // Every prefix and suffix, one byte changed at each place, one byte more, and a
            // trailing zero byte (which must not pack like the word without it).
            for i in 0..w.len() {
                words.push(w[..i].to_vec());
                words.push(w[i..].to_vec());
                let mut changed = w.to_vec();
                changed[i] ^= 1;
                words.push(changed);
            }
            words.push([w, b"s"].concat());
            words.push([w, b"\0"].concat());
            words.push([b"\0", w].concat());
            words.push([w, w].concat());
        }
        words.push("é".as_bytes().to_vec());
        words.push("thé".as_bytes().to_vec());
        for w in &words {
            assert_eq!(
                is_stop_word(w),
                listed(w),
                "{:?}",
                String::from_utf8_lossy(w)
            );
        }
        assert!(STOP_KEYS.windows(2).all(|k| k[0] < k[1]));
        assert_eq!(STOP_KEYS.len() + STOP_KEYS_LONG.len(), STOP_WORDS.len());
    }
}
