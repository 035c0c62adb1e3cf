//! Lowercasing for matching words, from a table of runs generated from the standard library's
//! own (`tools/gen_case.rs` → `case_table.rs`).
//!
//! Why: `char::to_lowercase` and `str::to_lowercase` link the standard library's table of
//! 1,400+ case pairs and its multi-character path, 7.8 KB of the gzipped WebAssembly module
//! (a twelfth of it). The same mapping as 186 runs of one delta is 1.5 KB raw.
//!
//! The mapping is the one-character ("simple") one: every character lowercases to one
//! character. Known differences from `str::to_lowercase`, both harmless for matching: "İ"
//! (U+0130) becomes "i", not "i\u{307}", and a word-final "Σ" becomes "σ", not "ς".

use super::case_table::LOWER_RUNS;

/// One entry of [`LOWER_RUNS`]: `(first << 9 | (stride - 1) << 8 | count, delta)`.
pub(crate) const fn run(first: u32, stride: u32, count: u32, delta: i32) -> (u32, i32) {
    (first << 9 | (stride - 1) << 8 | count, delta)
}

/// The lowercase of `c`, one character (see the module docs).
#[inline]
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let cp = c as u32;
    // The last run that starts at or before `c`; runs are disjoint.
    let i = LOWER_RUNS.partition_point(|&(key, _)| key >> 9 <= cp);
    let Some(&(key, delta)) = i.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) else {
        return c;
    };
    let (first, stride, count) = (key >> 9, ((key >> 8) & 1) + 1, key & 0xFF);
    let k = cp - first;
    if k % stride != 0 || k / stride >= count {
        return c;
    }
    char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c)
}

/// `s` with every character [lowercased](lower).
pub(crate) fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

/// `seg` lowercased into `out` (cleared first), curly apostrophes made straight, commas
/// ("1,200" is 1200), soft hyphens and the spaces between digit groups ("150 000", which the
/// term stage reads as one word) dropped: how every language's reader starts a word.
#[inline]
pub(crate) fn lower_word(seg: &str, out: &mut String) {
    out.clear();
    for c in seg.chars() {
        match c {
            '’' | 'ʼ' | '‘' => out.push('\''),
            // A soft hyphen, which German and other sites put in long words for the browser to
            // break at ("Bürger\u{ad}meister"), is invisible: the word is the same without it.
            ',' | '\u{ad}' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => {}
            _ => out.push(lower(c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_the_standard_librarys_mapping_for_every_character() {
        // If this fails after a toolchain update (a newer Unicode), regenerate the table:
        // rustc -O tools/gen_case.rs -o target/gen_case && target/gen_case > src/case_table.rs
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let first = std.next().unwrap_or(c);
            assert_eq!(lower(c), first, "U+{:04X}", c as u32);
            if std.next().is_some() {
                assert_eq!(c, 'İ', "only U+0130 lowercases to several characters");
            }
        }
    }

    #[test]
    fn lowercase_matches_str_to_lowercase_away_from_final_sigma_and_dotted_i() {
        for s in [
            "Millbrook COUNCIL",
            "Ærøskøbing ÉCOLE Ñandú",
            "МОСКВА Київ",
            "ΑΘΗΝΑ",
            "ＡＢＣ ǅungla Ⅻ",
            "日本語 テキスト 🙂",
            "",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
        assert_eq!(lowercase("İstanbul ΟΔΟΣ"), "istanbul οδοσ");
    }
}
