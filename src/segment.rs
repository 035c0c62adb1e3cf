//! Unicode text boundaries (UAX #29) for the sentence and term stages: the pieces of
//! `unicode-segmentation`'s `split_sentence_bound_indices` and `split_word_bound_indices`,
//! computed by a one-pass fast path when every character of the text is one it knows (ASCII
//! and the non-ASCII characters common in pasted news: curly quotes, dashes, no-break space,
//! Latin-1 letters), and by `unicode-segmentation` otherwise.
//!
//! Why: the table lookups behind `unicode-segmentation` were a third of the pipeline's time on
//! news text. The fast paths implement the same rules for a closed set of characters, with no
//! Extend, Format, Sep, OLetter, Katakana, Hebrew or Regional Indicator members, so the rules
//! that involve those never apply. The tests compare both implementations on random strings
//! over every class the fast paths know.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Calls `piece` with the range of every UAX #29 sentence piece of `text`, in order.
pub(crate) fn sentence_pieces(text: &str, mut piece: impl FnMut(Range<usize>)) {
    let mut start = 0;
    let fast = fast_sentence_bounds(text, |end| {
        piece(start..end);
        start = end;
    });
    if !fast {
        for (start, p) in text.split_sentence_bound_indices() {
            piece(start..start + p.len());
        }
    }
}

/// Calls `piece` with the range of every UAX #29 word piece of `text` (words, runs of
/// spaces, single punctuation marks), in order.
pub(crate) fn word_pieces(text: &str, mut piece: impl FnMut(Range<usize>)) {
    let mut start = 0;
    let fast = fast_word_bounds(text, |end| {
        piece(start..end);
        start = end;
    });
    if !fast {
        for (start, p) in text.split_word_bound_indices() {
            piece(start..start + p.len());
        }
    }
}

/// UAX #29 sentence break classes of the characters the fast path knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sb {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

/// The class of `c`, for ASCII and the non-ASCII characters common in pasted news; `None`
/// for any other character (the caller then uses the full UAX #29 tables).
fn fast_class(c: char) -> Option<Sb> {
    if c.is_ascii() {
        return Some(ASCII_SB[c as usize]);
    }
    Some(match c {
        '\u{a0}' => Sb::Sp,
        '‘' | '’' | '“' | '”' | '«' | '»' => Sb::Close,
        '–' | '—' => Sb::SContinue,
        '…' | '€' | '£' | '°' | '©' | '®' | '·' | '×' | '÷' | '•' | '½' | '≤' | '≥' | '™'
        | '\u{fffd}' => Sb::Other,
        'ß'..='ö' | 'ø'..='ÿ' | 'ª' | 'º' => Sb::Lower,
        'À'..='Ö' | 'Ø'..='Þ' => Sb::Upper,
        _ => return None,
    })
}

const fn ascii_class(b: u8) -> Sb {
    match b {
        b'\r' => Sb::Cr,
        b'\n' => Sb::Lf,
        b' ' | b'\t' | 0x0b | 0x0c => Sb::Sp,
        b'a'..=b'z' => Sb::Lower,
        b'A'..=b'Z' => Sb::Upper,
        b'0'..=b'9' => Sb::Numeric,
        b'.' => Sb::ATerm,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        _ => Sb::Other,
    }
}

/// The UAX #29 sentence boundaries of `text` (rules SB3 to SB11; the characters the fast
/// path knows have no Extend, Format, Sep or OLetter members), calling `emit(end)` for the
/// end of every piece, the last one included. The same pieces as
/// `split_sentence_bound_indices`, which the tests check on random strings over every class,
/// in one forward pass over byte positions, without table lookups or allocation: the tables
/// were a quarter of the pipeline's time. Returns `false`, having emitted nothing, when
/// `text` has a character it does not know.
fn fast_sentence_bounds(text: &str, mut emit: impl FnMut(usize)) -> bool {
    use Sb::*;
    if !text.is_ascii()
        && !text
            .chars()
            .all(|c| c.is_ascii() || fast_class(c).is_some())
    {
        return false;
    }
    let n = text.len();
    // The class of the character at byte `i` (a character boundary below `n`) and the
    // position of the next one.
    let at = |i: usize| sentence_class_at(text, i);
    let class = |i: usize| at(i).0;
    // The class of the character before byte `i` (a character boundary above 0).
    let before = |i: usize| text[..i].chars().next_back().and_then(fast_class);
    let mut last = 0;
    let mut boundary = |end: usize| {
        if end > last {
            last = end;
            emit(end);
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < n {
        // Only CR, LF and sentence terminals (all ASCII; no non-ASCII character the fast path
        // knows is one) start a rule: skip everything else a byte at a time.
        while i < n && !SENTENCE_EVENT[bytes[i] as usize] {
            i += 1;
        }
        if i >= n {
            break;
        }
        let (c, after) = at(i);
        match c {
            // SB3, SB4: CR × LF; break after a paragraph separator.
            Cr if after < n && class(after) == Lf => {
                i = after + 1;
                boundary(i);
            }
            Cr | Lf => {
                i = after;
                boundary(i);
            }
            ATerm | STerm => {
                let mut j = after;
                // SB6: ATerm × Numeric; SB7: (Upper | Lower) ATerm × Upper.
                if c == ATerm && j < n {
                    let next = class(j);
                    if next == Numeric
                        || (next == Upper && i > 0 && matches!(before(i), Some(Upper | Lower)))
                    {
                        i = j;
                        continue;
                    }
                }
                // SB9, SB10: no break inside the SATerm Close* Sp* run.
                while j < n && class(j) == Close {
                    j = at(j).1;
                }
                while j < n && class(j) == Sp {
                    j = at(j).1;
                }
                if j >= n {
                    i = n;
                    continue;
                }
                // SB11 with the optional ParaSep: the break comes after it.
                let (next, after_next) = at(j);
                match next {
                    Cr if after_next < n && class(after_next) == Lf => {
                        i = after_next + 1;
                        boundary(i);
                        continue;
                    }
                    Cr | Lf => {
                        i = after_next;
                        boundary(i);
                        continue;
                    }
                    // SB8a: SATerm Close* Sp* × (SContinue | SATerm).
                    SContinue | ATerm | STerm => {
                        i = j;
                        continue;
                    }
                    _ => {}
                }
                // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
                if c == ATerm {
                    let mut k = j;
                    let mut found = Other;
                    while k < n {
                        let (ck, after_k) = at(k);
                        if matches!(ck, Upper | Lower | Cr | Lf | ATerm | STerm) {
                            found = ck;
                            break;
                        }
                        k = after_k;
                    }
                    if found == Lower {
                        i = j;
                        continue;
                    }
                }
                boundary(j);
                i = j;
            }
            _ => i = after,
        }
    }
    boundary(n);
    true
}

/// The sentence break class of the character at byte `i` of `text` (a character boundary
/// below its length) and the position of the next character.
#[inline(always)]
fn sentence_class_at(text: &str, i: usize) -> (Sb, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (ASCII_SB[b as usize], i + 1);
    }
    match text[i..].chars().next() {
        Some(c) => (fast_class(c).unwrap_or(Sb::Other), i + c.len_utf8()),
        None => (Sb::Other, text.len()),
    }
}

/// The bytes whose class is Cr, Lf, ATerm or STerm: the only ones the sentence rules act on
/// in the main loop of [`fast_sentence_bounds`].
const SENTENCE_EVENT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(
            ascii_class(b as u8),
            Sb::Cr | Sb::Lf | Sb::ATerm | Sb::STerm
        );
        b += 1;
    }
    table
};

/// [`ascii_class`] of every ASCII byte.
const ASCII_SB: [Sb; 128] = {
    let mut table = [Sb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_class(b as u8);
        b += 1;
    }
    table
};

/// UAX #29 word break classes of the characters the fast path knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    WSegSpace,
    ALetter,
    Numeric,
    MidLetter,
    MidNumLet,
    SingleQuote,
    MidNum,
    ExtendNumLet,
    DoubleQuote,
    Other,
}

const fn word_class(c: char) -> Option<Wb> {
    Some(match c {
        '\r' => Wb::Cr,
        '\n' => Wb::Lf,
        '\u{b}' | '\u{c}' => Wb::Newline,
        ' ' => Wb::WSegSpace,
        'a'..='z' | 'A'..='Z' | 'ª' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => {
            Wb::ALetter
        }
        '0'..='9' => Wb::Numeric,
        ':' | '·' => Wb::MidLetter,
        '.' | '‘' | '’' => Wb::MidNumLet,
        '\'' => Wb::SingleQuote,
        ',' | ';' => Wb::MidNum,
        '_' => Wb::ExtendNumLet,
        '"' => Wb::DoubleQuote,
        '\u{0}'..='\u{7f}'
        | '\u{a0}'
        | '“'
        | '”'
        | '«'
        | '»'
        | '–'
        | '—'
        | '…'
        | '€'
        | '£'
        | '°'
        | '©'
        | '®'
        | '×'
        | '÷'
        | '•'
        | '½'
        | '≤'
        | '≥'
        | '™'
        | '\u{fffd}' => Wb::Other,
        _ => return None,
    })
}

/// The UAX #29 word boundaries of `text` (rules WB3 to WB13b; the characters the fast path
/// knows have no members in the classes of the other rules), calling `emit(end)` for the end
/// of every piece, in one pass over a window of four characters, without allocation. Returns
/// `false`, having emitted nothing, when `text` has a character it does not know.
fn fast_word_bounds(text: &str, mut emit: impl FnMut(usize)) -> bool {
    if text.is_ascii() {
        // One class per byte, from a table.
        let bytes = text.as_bytes();
        let n = bytes.len();
        let class = |i: usize| ASCII_WB[bytes[i] as usize];
        let mut i = 1;
        while i < n {
            let (prev, cur) = (class(i - 1), class(i));
            if prev == cur && matches!(cur, Wb::ALetter | Wb::Numeric | Wb::WSegSpace) {
                i += 1; // WB5, WB8, WB3d: the common case first
                continue;
            }
            let before = if i >= 2 { Some(class(i - 2)) } else { None };
            let next = if i + 1 < n { Some(class(i + 1)) } else { None };
            if !word_join(before, prev, cur, next) {
                emit(i);
            }
            i += 1;
        }
        if n > 0 {
            emit(n);
        }
        return true;
    }
    if !text
        .chars()
        .all(|c| c.is_ascii() || word_class(c).is_some())
    {
        return false;
    }
    let mut chars = text.char_indices().map(|(i, c)| {
        let class = if c.is_ascii() {
            ASCII_WB[c as usize]
        } else {
            word_class(c).unwrap_or(Wb::Other)
        };
        (i, class)
    });
    let Some((_, mut prev)) = chars.next() else {
        return true;
    };
    let mut before: Option<Wb> = None;
    let mut current = chars.next();
    while let Some((i, cur)) = current {
        let following = chars.next();
        if !word_join(before, prev, cur, following.map(|(_, class)| class)) {
            emit(i);
        }
        before = Some(prev);
        prev = cur;
        current = following;
    }
    emit(text.len());
    true
}

/// UAX #29 rules WB3 to WB13b: no break between `prev` and `cur`, given the character
/// `before` them and the one `next` after.
#[inline(always)]
fn word_join(before: Option<Wb>, prev: Wb, cur: Wb, next: Option<Wb>) -> bool {
    use Wb::*;
    let letter = |c: Wb| c == ALetter;
    let mid_letter = |c: Wb| matches!(c, MidLetter | MidNumLet | SingleQuote);
    let mid_num = |c: Wb| matches!(c, MidNum | MidNumLet | SingleQuote);
    if (prev == cur && matches!(cur, ALetter | Numeric | WSegSpace)) || (prev == Cr && cur == Lf) {
        true // WB5, WB8, WB3d (the common case), WB3
    } else if matches!(prev, Cr | Lf | Newline) || matches!(cur, Cr | Lf | Newline) {
        false // WB3a, WB3b
    } else {
        (letter(prev) && mid_letter(cur) && next == Some(ALetter)) // WB6
            || (before == Some(ALetter) && mid_letter(prev) && letter(cur)) // WB7
            || (letter(prev) && cur == Numeric) // WB9
            || (prev == Numeric && letter(cur)) // WB10
            || (before == Some(Numeric) && mid_num(prev) && cur == Numeric) // WB11
            || (prev == Numeric && mid_num(cur) && next == Some(Numeric)) // WB12
            || (matches!(prev, ALetter | Numeric | ExtendNumLet) && cur == ExtendNumLet) // WB13a
            || (prev == ExtendNumLet && matches!(cur, ALetter | Numeric)) // WB13b
    }
}

/// [`word_class`] of every ASCII character.
const ASCII_WB: [Wb; 128] = {
    let mut table = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match word_class(b as u8 as char) {
            Some(class) => class,
            None => Wb::Other,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Random strings mixing `alphabet` with all of ASCII.
    fn random_strings(alphabet: &[char], mut check: impl FnMut(&str)) {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut text = String::new();
        for case in 0..200_000 {
            text.clear();
            for _ in 0..1 + case % 24 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let r = (state >> 33) as usize;
                let c = if r & 1 == 0 {
                    alphabet[(r >> 1) % alphabet.len()]
                } else {
                    ((r >> 1) % 128) as u8 as char
                };
                text.push(c);
            }
            check(&text);
        }
    }

    /// Every non-ASCII character either fast path knows.
    const NON_ASCII: &[char] = &[
        '\u{a0}', '‘', '’', '“', '”', '«', '»', '–', '—', '…', '€', '£', '°', '©', '®', '·', '×',
        '÷', 'ß', 'é', 'ö', 'ø', 'ÿ', 'À', 'É', 'Ö', 'Ø', 'Þ', 'ª', 'º', '•', '½', '≤', '≥', '™',
        '\u{fffd}',
    ];

    /// Asserts that `fast` gives the piece ends `reference` (unicode-segmentation) gives, on
    /// random strings over `classes`, the non-ASCII characters the fast paths know, and ASCII.
    fn assert_equal_to_uax29(
        classes: &[char],
        fast: impl Fn(&str, &mut Vec<usize>) -> bool,
        reference: impl Fn(&str) -> Vec<usize>,
    ) {
        let mut alphabet = classes.to_vec();
        alphabet.extend_from_slice(NON_ASCII);
        random_strings(&alphabet, |text| {
            let mut got = Vec::new();
            assert!(
                fast(text, &mut got),
                "{text:?} has a character the fast path does not know"
            );
            assert_eq!(got, reference(text), "{text:?}");
        });
    }

    #[test]
    fn fast_sentence_bounds_equal_uax29() {
        assert_equal_to_uax29(
            &[
                'a', 'Z', '1', '.', '!', '?', ' ', ' ', '"', '\'', ')', '(', ']', ',', '-', ':',
                ';', '\r', '\n', '\t', '#', 'x',
            ],
            |text, got| fast_sentence_bounds(text, |end| got.push(end)),
            |text| {
                text.split_sentence_bound_indices()
                    .map(|(i, p)| i + p.len())
                    .collect()
            },
        );
    }

    #[test]
    fn fast_word_bounds_equal_uax29() {
        assert_equal_to_uax29(
            &[
                'a', 'Z', '1', '.', ',', ';', ':', '\'', '"', '_', ' ', ' ', '\r', '\n', '\u{b}',
                '-', '!',
            ],
            |text, got| fast_word_bounds(text, |end| got.push(end)),
            |text| {
                text.split_word_bound_indices()
                    .map(|(i, p)| i + p.len())
                    .collect()
            },
        );
    }

    #[test]
    fn other_scripts_fall_back() {
        let mut pieces = Vec::new();
        word_pieces("港口 closed", |r| pieces.push(r));
        assert_eq!(pieces, vec![0..3, 3..6, 6..7, 7..13]);
        assert!(!fast_word_bounds("港口", |_| {}));
    }
}
