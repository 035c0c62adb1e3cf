//! A small, fast, deterministic hasher for the pipeline's internal maps (words, concepts,
//! paragraph fingerprints).
//!
//! The keys are short strings and integers produced by our own code, the maps never leave a
//! call, and output never depends on iteration order (ids are handed out in order of first
//! appearance), so the DoS resistance of std's SipHash buys nothing here and its cost shows
//! in profiles. This is the multiply-rotate hash used by rustc (FxHash).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: one multiply and rotate per 8 bytes.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The last 0 to 7 bytes of a hashed string as one word, in fixed-size reads (no
/// variable-length copy, which was a call to memcpy per word): two overlapping 4-byte reads
/// cover 4 to 7 bytes, the first, middle and last byte cover 1 to 3. Injective for each length.
#[inline]
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    match n {
        0 => 0,
        1..=3 => u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
        _ => {
            let low = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            let high = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
            u64::from(low) | u64::from(high) << 32
        }
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        if n == 0 {
            return;
        }
        let word = tail_word(rest);
        self.add(word ^ ((n as u64) << 56));
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits, which pick the bucket, depending on the low bits
        // of the input only (a pair of word ids hashed as one u64 would land by its second
        // id); the rotation brings the well-mixed high bits down (as rustc-hash 2 does).
        self.hash.rotate_left(26)
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A Bloom filter of `64 × N` bits over short ASCII words, keyed by a word's length, first and
/// last byte, and built at compile time: most words fail it in a few instructions, before any
/// comparison with a word list. `false` from [`WordBloom::may_contain`] is certain, `true`
/// needs the list.
pub(crate) struct WordBloom<const N: usize>([u64; N]);

impl<const N: usize> WordBloom<N> {
    /// No word.
    pub(crate) const EMPTY: Self = WordBloom([0; N]);

    const fn key(len: usize, first: u8, last: u8) -> usize {
        (len * 97 + first as usize * 31 + last as usize) % (N * 64)
    }

    /// This filter with `word` (at least one byte) added.
    pub(crate) const fn with(self, word: &[u8]) -> Self {
        self.with_key(word.len(), word[0], word[word.len() - 1])
    }

    /// This filter with the bit of a word of `len` bytes, by the two bytes `first` and `last`.
    const fn with_key(mut self, len: usize, first: u8, last: u8) -> Self {
        let key = Self::key(len, first, last);
        self.0[key / 64] |= 1 << (key % 64);
        self
    }

    /// This filter with every word of `text` added, words written between bars (a
    /// `text::phrases::BarList`'s text), each by its length and first and last bytes.
    pub(crate) const fn with_bars(self, text: &str) -> Self {
        self.with_bars_at(text, 0)
    }

    /// [`WordBloom::with_bars`] by each word's length and its second and second-to-last
    /// bytes: a second filter, which most words that pass the first fail (words of at least
    /// two bytes).
    pub(crate) const fn with_bars_inside(self, text: &str) -> Self {
        self.with_bars_at(text, 1)
    }

    /// Each word of `text` by its length and the bytes `inset` from either end.
    const fn with_bars_at(mut self, text: &str, inset: usize) -> Self {
        let bytes = text.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i <= bytes.len() {
            if i == bytes.len() || bytes[i] == b'|' {
                if i > start + inset {
                    self = self.with_key(i - start, bytes[start + inset], bytes[i - 1 - inset]);
                }
                start = i + 1;
            }
            i += 1;
        }
        self
    }

    /// This filter with every word of `words` added.
    pub(crate) const fn with_all_str(mut self, words: &[&str]) -> Self {
        let mut i = 0;
        while i < words.len() {
            self = self.with(words[i].as_bytes());
            i += 1;
        }
        self
    }

    /// Can a word of length `len` from `first` to `last` be in the filter?
    #[inline]
    pub(crate) fn may_contain(&self, len: usize, first: u8, last: u8) -> bool {
        let key = Self::key(len, first, last);
        self.0[key / 64] >> (key % 64) & 1 == 1
    }
}
