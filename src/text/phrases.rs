//! Phrase matching: substring and prefix tests without a searcher to build, and a filter
//! that rules out most phrases of a list for one pass over the text.

use crate::text::case::lower;

/// The pairs of consecutive bytes of a text, as a 4,096-bit set keyed by the low six bits of
/// each byte: a pattern whose first, middle or last pair is missing is not in the text. Looking
/// for some seventy patterns in a paragraph, this rules out nearly all of them for the cost
/// of one pass, where each substring search would first build its searcher (in WebAssembly,
/// which has no vector fast path for it, 6% of the pipeline).
pub(crate) struct BytePairs([u64; 64]);

impl BytePairs {
    pub(crate) fn of(text: &str) -> Self {
        let mut set = [0u64; 64];
        for w in text.as_bytes().windows(2) {
            let k = Self::key(w[0], w[1]);
            set[k / 64] |= 1 << (k % 64);
        }
        BytePairs(set)
    }

    fn key(a: u8, b: u8) -> usize {
        usize::from(a & 63) << 6 | usize::from(b & 63)
    }

    fn has(&self, a: u8, b: u8) -> bool {
        let k = Self::key(a, b);
        self.0[k / 64] >> (k % 64) & 1 == 1
    }

    /// Can `pattern` (two bytes or more) be in the text? `false` is certain.
    pub(crate) fn may_contain(&self, pattern: &str) -> bool {
        let p = pattern.as_bytes();
        let n = p.len();
        n < 2
            || [0, (n - 2) / 2, n - 2]
                .iter()
                .all(|&i| self.has(p[i], p[i + 1]))
    }
}

/// Does `s` start with `prefix`, ignoring ASCII case? The chrome patterns are ASCII, so this
/// needs no lowercasing.
// Always inlined: it runs for some forty prefixes per block; a call each cost 1% of the pipeline.
#[inline(always)]
pub(crate) fn starts_ignoring_ascii_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Does `s` start with `prefix` (lowercase, of a script other than ASCII's: "фото:",
/// "διαβάστε επίσης"), ignoring case? A character at a time, each of `s` lowercased.
fn starts_ignoring_case(s: &str, prefix: &str) -> bool {
    let mut chars = s.chars();
    prefix
        .chars()
        .all(|p| chars.next().is_some_and(|c| c == p || lower(c) == p))
}

/// Does `hay` contain `needle`? A plain byte search: the needles are short phrases searched
/// for in short texts, and `str::contains`'s two-way searcher was 2.3 KB of the wasm module.
pub(crate) fn has_substring(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.first() {
        None => true,
        Some(&first) => h.windows(n.len()).any(|w| w[0] == first && w == n),
    }
}

/// A list of phrases written between bars in one string (the generated tables of
/// [`crate::lang::en`]: a table of `&str` would cost the wasm module 8 bytes of pointer and
/// length per phrase), split into a table the first time it is read: splitting it at every
/// read took a quarter more time over the whole pipeline. A list sorted by its bytes stays
/// sorted in the table, for a binary search: the phrases that open with an ASCII byte, put
/// first, are the first in that order too.
pub(crate) struct BarList {
    text: &'static str,
    /// The phrases, those that open with an ASCII byte first, and where the others start.
    items: std::sync::OnceLock<(Vec<&'static str>, usize)>,
}

impl BarList {
    /// The phrases of `text`, between bars.
    pub(crate) const fn new(text: &'static str) -> BarList {
        BarList {
            text,
            items: std::sync::OnceLock::new(),
        }
    }

    fn split(&self) -> &(Vec<&'static str>, usize) {
        self.items.get_or_init(|| {
            let (mut items, others): (Vec<&'static str>, Vec<&'static str>) =
                split_at_byte(self.text, b'|')
                    .partition(|p| p.as_bytes().first().is_some_and(u8::is_ascii));
            let ascii = items.len();
            items.extend(others);
            (items, ascii)
        })
    }

    /// The phrases.
    pub(crate) fn items(&self) -> &[&'static str] {
        &self.split().0
    }

    /// Is `word` one of the phrases (a list sorted by its bytes)?
    pub(crate) fn has(&self, word: &[u8]) -> bool {
        sorted_has(self.items(), word)
    }

    /// Does `s` open with one of the phrases (a list sorted by its bytes), ignoring case?
    /// Only the phrases that open with its first letter, lowercased, are compared: one run
    /// of the sorted list, found by a binary search.
    pub(crate) fn starts(&self, s: &str) -> bool {
        let (items, ascii) = self.split();
        let Some(c) = s.chars().next() else {
            return false;
        };
        let (group, lead) = if c.is_ascii() {
            (&items[..*ascii], c.to_ascii_lowercase() as u8)
        } else {
            (
                &items[*ascii..],
                lower(c).encode_utf8(&mut [0; 4]).as_bytes()[0],
            )
        };
        let from = group.partition_point(|p| p.as_bytes()[0] < lead);
        group[from..]
            .iter()
            .take_while(|p| p.as_bytes()[0] == lead)
            .any(|p| starts_ignoring_case(s, p))
    }
}

/// The index of the first byte `b` in `hay` at or after `from`, eight bytes at a time: as fast
/// as `str::find` with a char, whose searcher (with `str::replace`'s and `str::split`'s use of
/// it, 0.5 KB) this keeps out of the wasm module.
pub(crate) fn find_byte(hay: &[u8], from: usize, b: u8) -> Option<usize> {
    use crate::text::segment::bytes_equal;
    let mut i = from;
    while let Some(chunk) = hay.get(i..).and_then(|t| t.first_chunk::<8>()) {
        let found = bytes_equal(u64::from_le_bytes(*chunk), b);
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    hay.get(i..)?.iter().position(|&c| c == b).map(|k| i + k)
}

/// The pieces of `s` between the ASCII bytes `sep`, as `str::split(sep)` gives them
/// ([`find_byte`]).
pub(crate) fn split_at_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r.as_bytes(), 0, sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Is `word` in `list`, sorted by its bytes (a [`BarList`]'s phrases, or a run of them)?
pub(crate) fn sorted_has(list: &[&str], word: &[u8]) -> bool {
    list.binary_search_by(|p| p.as_bytes().cmp(word)).is_ok()
}
