//! Unicode text boundaries (UAX #29) for the sentence and term stages: the pieces of
//! `unicode-segmentation`'s `split_sentence_bound_indices`, and those of
//! `split_word_bound_indices` that are not white space (classified as words or marks).
//!
//! - Words: a one-pass fast path when every character of the text is one it knows (ASCII,
//!   with a byte loop of its own, and the non-ASCII characters common in pasted news: curly
//!   quotes, dashes, no-break space, Latin-1 letters), `unicode-segmentation` otherwise.
//! - Sentences: the same rules over byte positions, on a fast path for those characters and
//!   on a general one for any text, whose classes come from the standard library's
//!   `is_lowercase`, `is_uppercase` and `is_alphabetic` plus a generated table of the ~600
//!   ranges those do not answer (`sentence_table.rs`, from `unicode-segmentation`'s own).
//!
//! Why: the table lookups behind `unicode-segmentation` were a third of the pipeline's time on
//! news text, and its sentence table (2,495 ranges, mostly letters the standard library
//! classifies anyway) was 9 KB of the gzipped WebAssembly module. The fast paths implement
//! the same rules for a closed set of characters, with no Extend, Format, Sep, OLetter,
//! Katakana, Hebrew or Regional Indicator members, so the rules that involve those never
//! apply. The tests compare every path with `unicode-segmentation` on random strings over
//! every class, and every character's sentence class in contexts that tell the classes apart.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::sentence_table::SENTENCE_CLASSES;

/// Calls `piece` with the range of every UAX #29 sentence piece of `text`, in order: the
/// pieces of `unicode-segmentation`'s `split_sentence_bound_indices`.
pub(crate) fn sentence_pieces(text: &str, mut piece: impl FnMut(Range<usize>)) {
    let mut start = 0;
    let emit = |end| {
        piece(start..end);
        start = end;
    };
    if is_fast_sentence_text(text) {
        sentence_bounds::<false>(text, emit);
    } else {
        sentence_bounds::<true>(text, emit);
    }
}

/// Does every character of `text` have a [`fast_class`]?
fn is_fast_sentence_text(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c.is_ascii() || fast_class(c).is_some())
}

/// What a UAX #29 word piece is to the term stage.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Piece {
    /// It has a letter or a digit ("U.S", "1,200", "don't").
    Word,
    /// One punctuation mark or symbol (or a run of underscores).
    Mark,
}

/// Calls `piece` with the range and kind of every UAX #29 word piece of `text` that does not
/// start with white space, in order. Pieces starting with white space (runs of spaces, line
/// breaks) are skipped.
///
/// Returns whether the pieces were exactly the text's non-white-space characters (the fast
/// paths, taken for ASCII and the characters common in news): then the white space between
/// pieces separates the text's whitespace-separated words, and a caller can count those
/// from the gaps between pieces. Under the full UAX #29 rules a skipped piece can carry a
/// combining mark (" \u{cbe}"), so the count would not be exact.
pub(crate) fn word_pieces(text: &str, mut piece: impl FnMut(Range<usize>, Piece)) -> bool {
    if text.is_ascii() {
        ascii_word_pieces(text.as_bytes(), &mut piece);
        return true;
    }
    if text
        .chars()
        .all(|c| c.is_ascii() || word_class(c).is_some())
    {
        fast_word_pieces(text, &mut piece);
        return true;
    }
    uax29_word_pieces(text, &mut piece);
    false
}

/// [`word_pieces`] by `unicode-segmentation`'s UAX #29 word boundaries, for text with
/// characters the fast paths do not know, with clock times joined as [`may_join`] joins
/// them: a word ending in a digit, one mid-letter mark (":") and a word starting with a
/// digit are one piece.
fn uax29_word_pieces(text: &str, piece: &mut impl FnMut(Range<usize>, Piece)) {
    let pieces: Vec<(Range<usize>, Piece)> = text
        .split_word_bound_indices()
        .filter_map(|(start, p)| Some((start..start + p.len(), classify_piece(p)?)))
        .collect();
    let numeric = |c: Option<char>| {
        c.is_some_and(|c| word_class(c).map_or(c.is_numeric(), |w| w == Wb::Numeric))
    };
    let mut i = 0;
    while let Some((r, kind)) = pieces.get(i) {
        let mut r = r.clone();
        i += 1;
        while let (Piece::Word, Some((mark, Piece::Mark)), Some((next, Piece::Word))) =
            (kind, pieces.get(i), pieces.get(i + 1))
        {
            let m = &text[mark.clone()];
            let joins = r.end == mark.start
                && mark.end == next.start
                && m.chars().count() == 1
                && m.chars().next().and_then(word_class) == Some(Wb::MidLetter)
                && numeric(text[r.clone()].chars().next_back())
                && numeric(text[next.clone()].chars().next());
            if !joins {
                break;
            }
            r.end = next.end;
            i += 2;
        }
        piece(r, *kind);
    }
}

/// The kind of a UAX #29 word piece, `None` for white space.
fn classify_piece(p: &str) -> Option<Piece> {
    let first = p.chars().next()?;
    if p.len() == first.len_utf8() && is_punctuation_mark(first) {
        // Curly quotes, dashes, ellipses: common in news, and answered without the
        // Unicode property tables.
        Some(Piece::Mark)
    } else if first.is_whitespace() {
        None
    } else if p.chars().any(char::is_alphanumeric) {
        Some(Piece::Word)
    } else {
        Some(Piece::Mark)
    }
}

/// Is `c` in the part of General Punctuation (U+2010 to U+2027, U+2030 to U+205E) that has
/// no white space, letters, digits or format characters: dashes, curly quotes, bullets,
/// ellipsis, primes? Such a character is neither alphanumeric nor white space.
#[inline]
pub(crate) fn is_punctuation_mark(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}')
}

/// [`fast_word_pieces`] for ASCII text, a byte at a time: the same rules, with the runs of
/// letters and digits in a loop of their own, and the joining rules checked only where a
/// run stops at a mark that can join.
fn ascii_word_pieces(bytes: &[u8], piece: &mut impl FnMut(Range<usize>, Piece)) {
    let n = bytes.len();
    let kind = |b: u8| ASCII_PIECE[usize::from(b)];
    let class = |b: u8| ASCII_WB[usize::from(b & 0x7f)];
    let mut i = 0;
    while i < n {
        let start = i;
        let b = bytes[i];
        i += 1;
        match kind(b) {
            PART => {
                loop {
                    while i < n && kind(bytes[i]) == PART {
                        i += 1;
                    }
                    // WB6, WB7, WB11, WB12: one mark between two letters or two digits.
                    if i + 1 < n && kind(bytes[i]) == JOINER {
                        let last = class(bytes[i - 1]);
                        if may_join(last, class(bytes[i])) && class(bytes[i + 1]) == last {
                            i += 2;
                            continue;
                        }
                    }
                    break;
                }
                let alnum = b != b'_' || bytes[start..i].iter().any(u8::is_ascii_alphanumeric);
                piece(start..i, if alnum { Piece::Word } else { Piece::Mark });
            }
            SPACE => {}
            _ => piece(start..i, Piece::Mark),
        }
    }
}

/// WB6 and WB11: can `mark` join a word ending in `last` to the next character, if that
/// character is of `last`'s class too (a letter, or a digit)? One rule is added to the
/// standard's: a mid-letter mark joins digits too, so that clock times and scores ("6:10",
/// "3:1") are one word, as "1,200" and "4.5" are (UAX #29 breaks "6:10 a.m." into 6, ":" and
/// 10, and "10 a.m" became a key fact).
#[inline(always)]
fn may_join(last: Wb, mark: Wb) -> bool {
    use Wb::*;
    match last {
        ALetter => matches!(mark, MidLetter | MidNumLet | SingleQuote),
        Numeric => matches!(mark, MidNum | MidNumLet | SingleQuote | MidLetter),
        _ => false,
    }
}

/// [`ASCII_PIECE`] values: white space (ASCII and vertical tab).
const SPACE: u8 = 0;
/// A letter, digit or underscore (word classes ALetter, Numeric, ExtendNumLet).
const PART: u8 = 1;
/// Any other character: a piece of its own.
const MARK: u8 = 2;
/// A mark that may join two letters or two digits (MidLetter, MidNumLet, SingleQuote, MidNum).
const JOINER: u8 = 3;

/// What each ASCII byte is to [`ascii_word_pieces`] (256 entries, so that a byte indexes it
/// without a mask or a bounds check; the scanner never sees the upper half).
const ASCII_PIECE: [u8; 256] = {
    let mut table = [MARK; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match ASCII_WB[b] {
            Wb::ALetter | Wb::Numeric | Wb::ExtendNumLet => PART,
            Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote | Wb::MidNum => JOINER,
            _ if (b as u8).is_ascii_whitespace() || b == 0x0b => SPACE,
            _ => MARK,
        };
        b += 1;
    }
    table
};

/// [`word_pieces`] for a text whose every character has a [`word_class`], in one pass
/// without allocation: a word is a run of letters, digits and underscores (WB5, WB8 to WB10,
/// WB13a, WB13b), continued across one mid-word mark between two letters or two digits ("U.S",
/// "don't", "1,200": WB6, WB7, WB11, WB12); every other character is a piece of its own
/// (no rule joins them, except runs of spaces and CR LF, which are white space). The
/// characters known have no Extend, Format, ZWJ or Regional Indicator members, so the rules
/// on those never apply.
fn fast_word_pieces(text: &str, piece: &mut impl FnMut(Range<usize>, Piece)) {
    use Wb::*;
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The class and length of the character at byte `i` (a character boundary).
    let class_at = |i: usize| -> (Wb, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (ASCII_WB[b as usize], 1)
        } else {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            (word_class(c).unwrap_or(Other), c.len_utf8())
        }
    };
    let word_part = |c: Wb| matches!(c, ALetter | Numeric | ExtendNumLet);
    let mut i = 0;
    while i < n {
        let start = i;
        let (class, len) = class_at(i);
        i += len;
        if word_part(class) {
            let mut last = class;
            let mut alnum = class != ExtendNumLet;
            while i < n {
                let (c, l) = class_at(i);
                if word_part(c) {
                    alnum |= c != ExtendNumLet;
                    last = c;
                    i += l;
                    continue;
                }
                if i + l < n && may_join(last, c) {
                    let (after, l2) = class_at(i + l);
                    if after == last {
                        i += l + l2;
                        continue;
                    }
                }
                break;
            }
            let kind = if alnum { Piece::Word } else { Piece::Mark };
            piece(start..i, kind);
        } else if !matches!(class, WSegSpace | Cr | Lf | Newline) {
            // One character: tab and no-break space are white space; "½" is a number.
            if let Some(kind) = text.get(start..i).and_then(classify_piece) {
                piece(start..i, kind);
            }
        }
    }
}

/// UAX #29 sentence break classes ("Other" is the standard's "Any").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Sb {
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Extend,
    Format,
    Other,
}

/// [`Sb`] by its number in [`SENTENCE_CLASSES`].
const SB_BY_NUMBER: [Sb; 16] = {
    use Sb::*;
    [
        Cr, Lf, Sep, Sp, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue, Extend,
        Format, Other, Other,
    ]
};

/// One entry of [`SENTENCE_CLASSES`]: `len` characters from `first`, all of `class`
/// (`first << 11 | (len - 1) << 4 | class`, `len` at most 128).
pub(crate) const fn sentence_range(first: u32, len: u32, class: Sb) -> u32 {
    first << 11 | (len - 1) << 4 | class as u32
}

/// The class [`SENTENCE_CLASSES`] lists for `c`, if it lists `c`.
#[inline]
fn listed_sentence_class(c: char) -> Option<Sb> {
    let cp = c as u32;
    let i = SENTENCE_CLASSES.partition_point(|&r| r >> 11 <= cp);
    let r = *SENTENCE_CLASSES.get(i.checked_sub(1)?)?;
    (cp - (r >> 11) <= (r >> 4) & 0x7f).then(|| SB_BY_NUMBER[(r & 0xf) as usize])
}

/// Bit `b`: the 1,024 characters from `b << 10` (below U+10000) include a paragraph separator
/// or a sentence terminal, so that the general path's scan for those looks most characters
/// (a CJK ideograph, say) up in no table.
const EVENT_BLOCKS: u64 = {
    let mut bits = 0u64;
    let mut i = 0;
    while i < SENTENCE_CLASSES.len() {
        let r = SENTENCE_CLASSES[i];
        if matches!(
            SB_BY_NUMBER[(r & 0xf) as usize],
            Sb::Sep | Sb::ATerm | Sb::STerm
        ) {
            let (first, last) = (r >> 11, (r >> 11) + ((r >> 4) & 0x7f));
            let mut block = first >> 10;
            while block <= last >> 10 && block < 64 {
                bits |= 1 << block;
                block += 1;
            }
        }
        i += 1;
    }
    bits
};

/// The UAX #29 sentence break class of any character: [`SENTENCE_CLASSES`] lists those
/// whose class is not the one the standard library's properties give.
fn sentence_class(c: char) -> Sb {
    if let Some(class) = listed_sentence_class(c) {
        return class;
    }
    if c.is_lowercase() {
        Sb::Lower
    } else if c.is_uppercase() {
        Sb::Upper
    } else if c.is_alphabetic() {
        Sb::OLetter
    } else {
        Sb::Other
    }
}

/// The class of `c`, for ASCII and the non-ASCII characters common in pasted news; `None`
/// for any other character (the text then takes the general path, [`sentence_class`]).
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

/// The UAX #29 sentence boundaries of `text` (rules SB3 to SB11), calling `emit(end)` for
/// the end of every piece, the last one included: the same pieces as
/// `split_sentence_bound_indices`, which the tests check on random strings over every class,
/// in one forward pass over byte positions, without allocation.
///
/// `GENERAL = false` is the fast path, for a text whose every character has a
/// [`fast_class`] (none of them Extend, Format, Sep or OLetter): the only events (CR, LF,
/// terminals) are ASCII bytes, found eight bytes at a time, and no table is consulted: the
/// tables were a quarter of the pipeline's time. `GENERAL = true` takes any text: every
/// character is classified ([`sentence_class`]), and Extend and Format characters belong to
/// the character before them (SB5).
fn sentence_bounds<const GENERAL: bool>(text: &str, mut emit: impl FnMut(usize)) {
    use Sb::*;
    let n = text.len();
    // The class of the character at byte `i` (a character boundary below `n`) and the
    // position after it and (SB5) the Extend and Format characters that follow it.
    let at = |i: usize| {
        let (c, mut after) = sentence_class_at::<GENERAL>(text, i);
        if GENERAL && !matches!(c, Cr | Lf | Sep) {
            while let Some(next) = after_extend_or_format(text, after) {
                after = next;
            }
        }
        // An Extend or Format character with nothing before it to belong to is "Any".
        let c = if matches!(c, Extend | Format) {
            Other
        } else {
            c
        };
        (c, after)
    };
    let class = |i: usize| match sentence_class_at::<GENERAL>(text, i).0 {
        Extend | Format => Other,
        c => c,
    };
    // The class of the character before byte `i` (a character boundary above 0), past the
    // Extend and Format characters that belong to it.
    let before = |i: usize| {
        let mut chars = text[..i].chars().rev();
        let mut skipped = false;
        loop {
            let Some(c) = chars.next() else {
                return Other;
            };
            let class = if GENERAL {
                sentence_class(c)
            } else {
                fast_class(c).unwrap_or(Other)
            };
            match class {
                Extend | Format if GENERAL => skipped = true,
                Cr | Lf | Sep if skipped => return Other,
                class => return class,
            }
        }
    };
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
        // Only paragraph separators and sentence terminals start a rule: skip everything
        // else. On the fast path they are all ASCII bytes.
        i = if GENERAL {
            next_general_sentence_event(text, i)
        } else {
            next_sentence_event(bytes, i)
        };
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
            Cr | Lf | Sep => {
                i = after;
                boundary(i);
            }
            ATerm | STerm => {
                let mut j = after;
                // SB6: ATerm × Numeric; SB7: (Upper | Lower) ATerm × Upper.
                if c == ATerm && j < n {
                    let next = class(j);
                    if next == Numeric
                        || (next == Upper && i > 0 && matches!(before(i), Upper | Lower))
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
                    Cr | Lf | Sep => {
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
                        if matches!(ck, OLetter | Upper | Lower | Cr | Lf | Sep | ATerm | STerm) {
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
}

/// The sentence break class of the character at byte `i` of `text` (a character boundary
/// below its length) and the position of the next character: by [`fast_class`] on the fast
/// path, by [`sentence_class`] on the general one.
#[inline(always)]
fn sentence_class_at<const GENERAL: bool>(text: &str, i: usize) -> (Sb, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (ASCII_SB[b as usize], i + 1);
    }
    match text[i..].chars().next() {
        Some(c) if GENERAL => (sentence_class(c), i + c.len_utf8()),
        Some(c) => (fast_class(c).unwrap_or(Sb::Other), i + c.len_utf8()),
        None => (Sb::Other, text.len()),
    }
}

/// The position after the character at byte `i` of `text` if that character is Extend or
/// Format (none is ASCII), asking only the table.
#[inline]
fn after_extend_or_format(text: &str, i: usize) -> Option<usize> {
    if *text.as_bytes().get(i)? < 0x80 {
        return None;
    }
    let c = text[i..].chars().next()?;
    matches!(listed_sentence_class(c), Some(Sb::Extend | Sb::Format)).then(|| i + c.len_utf8())
}

/// The first position at or after `i` (a character boundary) of a paragraph separator or a
/// sentence terminal (CR, LF, Sep, ATerm, STerm), or `text.len()`.
fn next_general_sentence_event(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() {
        let b = bytes[j];
        if b < 0x80 {
            if SENTENCE_EVENT[b as usize] {
                return j;
            }
            j += 1;
            continue;
        }
        let Some(c) = text[j..].chars().next() else {
            break;
        };
        let cp = c as u32;
        if (cp >= 0x10000 || EVENT_BLOCKS >> (cp >> 10) & 1 == 1)
            && matches!(
                listed_sentence_class(c),
                Some(Sb::Sep | Sb::ATerm | Sb::STerm)
            )
        {
            return j;
        }
        j += c.len_utf8();
    }
    bytes.len()
}

/// The first position at or after `i` of a byte in [`SENTENCE_EVENT`], or `bytes.len()`.
/// Eight bytes at a time: every event byte is an ASCII byte below 0x40 other than the space,
/// and most text (letters, spaces, non-ASCII characters) is not, so word arithmetic finds the
/// few candidates (digits, commas, quotes, events) and the table checks only those.
fn next_sentence_event(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut group = [0u8; 8];
        group.copy_from_slice(chunk);
        let x = u64::from_le_bytes(group);
        // High bit set per byte at or above 0x40 (each byte is at least 0x80 before the
        // subtraction, so no byte borrows from the next).
        let at_least_40 = (x | HIGH) - 0x40 * LOW;
        let mut candidates = !at_least_40 & !bytes_equal(x, b' ') & HIGH;
        while candidates != 0 {
            let j = i + (candidates.trailing_zeros() / 8) as usize;
            if SENTENCE_EVENT[bytes[j] as usize] {
                return j;
            }
            candidates &= candidates - 1;
        }
        i += 8;
    }
    while i < bytes.len() && !SENTENCE_EVENT[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// Eight bytes in one word, for byte-parallel tests ("SWAR"): `LOW` has 1 in every byte,
/// `HIGH` the high bit of every byte.
pub(crate) const LOW: u64 = 0x0101_0101_0101_0101;
/// See [`LOW`].
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that equals `b`, other bits clear. Exact for every byte
/// value: no sum carries from one byte into the next.
#[inline(always)]
pub(crate) fn bytes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ (u64::from(b) * LOW);
    !(((t & !HIGH) + !HIGH) | t) & HIGH
}

/// The high bit of each byte of `x` from `lo` to `hi`, other bits clear. Exact for bytes
/// below 0x80 (the high bit of `x`'s bytes must be clear): no sum carries from one byte into
/// the next.
#[inline(always)]
pub(crate) fn bytes_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    (x + u64::from(0x80 - lo) * LOW) & !(x + u64::from(0x7f - hi) * LOW) & HIGH
}

/// The bytes whose class is Cr, Lf, ATerm or STerm: the only ones the sentence rules act on
/// in the main loop of [`sentence_bounds`].
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

/// The class of `c`, for ASCII and the non-ASCII characters common in pasted news; `None`
/// for any other character.
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
            |text, got| {
                if !is_fast_sentence_text(text) {
                    return false;
                }
                sentence_bounds::<false>(text, |end| got.push(end));
                true
            },
            |text| {
                text.split_sentence_bound_indices()
                    .map(|(i, p)| i + p.len())
                    .collect()
            },
        );
    }

    /// The piece ends of `split_sentence_bound_indices`.
    fn uax29_sentence_ends(text: &str) -> Vec<usize> {
        text.split_sentence_bound_indices()
            .map(|(i, p)| i + p.len())
            .collect()
    }

    /// The piece ends of the general path.
    fn general_sentence_ends(text: &str) -> Vec<usize> {
        let mut got = Vec::new();
        sentence_bounds::<true>(text, |end| got.push(end));
        got
    }

    #[test]
    fn general_sentence_bounds_equal_uax29() {
        // Members of every class, in several scripts, with combining marks, format
        // characters and separators, which the fast path never sees.
        let alphabet = [
            'a', 'Z', '1', '.', '!', '?', ' ', '"', ')', ',', ':', '\r', '\n', '\u{301}',
            '\u{903}', '\u{200d}', '\u{ad}', '\u{200b}', '\u{2028}', '\u{85}', '港', 'א', 'ก',
            '。', '।', '؟', '！', '．', '․', '「', '」', '（', '、', '，', '٣', '５', 'Ǆ', 'ǅ',
            'ǆ', 'ß', 'Ω', 'ω', '\u{3000}', '\u{a0}', '🙂', '€', '’', '“', '—', '…', 'ª',
        ];
        random_strings(&alphabet, |text| {
            assert_eq!(
                general_sentence_ends(text),
                uax29_sentence_ends(text),
                "{text:?}"
            );
        });
    }

    #[test]
    fn every_character_has_its_uax29_sentence_class() {
        // Contexts in which each class but Extend/Format (which act alike) and Lf/Sep (alike)
        // breaks differently from the others: terminals, SB6 to SB11 around `c`.
        let probes = [
            "a. {}B", "A.{}B", "a. {}b", "a{}1", "a{}\nb", "a.{}B", "a!{}x", "{}. b", "x{}.B",
        ];
        let mut text = String::new();
        // Every character the table lists, and every seventh one besides.
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| c as u32 % 7 == 0 || listed_sentence_class(c).is_some())
        {
            for probe in probes {
                text.clear();
                let (head, tail) = probe.split_once("{}").unwrap_or((probe, ""));
                text.push_str(head);
                text.push(c);
                text.push_str(tail);
                assert_eq!(
                    general_sentence_ends(&text),
                    uax29_sentence_ends(&text),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn fast_word_pieces_equal_uax29() {
        let ascii = [
            'a', 'Z', '1', '.', ',', ';', ':', '\'', '"', '_', ' ', ' ', '\r', '\n', '\u{b}', '\t',
            '-', '!',
        ];
        let mut alphabet = ascii.to_vec();
        alphabet.extend_from_slice(NON_ASCII);
        // Mixed with the non-ASCII characters known, then ASCII only (which takes its own path).
        for alphabet in [&alphabet[..], &ascii[..]] {
            random_strings(alphabet, |text| {
                let mut got = Vec::new();
                fast_word_pieces(text, &mut |r, kind| got.push((r, kind)));
                let mut expected = Vec::new();
                uax29_word_pieces(text, &mut |r, kind| expected.push((r, kind)));
                assert_eq!(got, expected, "{text:?}");
                if text.is_ascii() {
                    got.clear();
                    ascii_word_pieces(text.as_bytes(), &mut |r, kind| got.push((r, kind)));
                    assert_eq!(got, expected, "{text:?}");
                }
            });
        }
    }

    #[test]
    fn next_sentence_event_is_the_first_event_byte() {
        let mut alphabet = vec!['a', 'Z', '1', ' ', '.', '!', '?', '\r', '\n', ',', '"', '@'];
        alphabet.extend_from_slice(NON_ASCII);
        random_strings(&alphabet, |text| {
            let bytes = text.as_bytes();
            for i in 0..=bytes.len() {
                let expected = (i..bytes.len())
                    .find(|&j| SENTENCE_EVENT[bytes[j] as usize])
                    .unwrap_or(bytes.len());
                assert_eq!(next_sentence_event(bytes, i), expected, "{text:?} from {i}");
            }
        });
    }

    #[test]
    fn exact_pieces_are_the_non_white_space_characters() {
        let mut alphabet = vec!['a', 'Z', '1', ' ', ' ', '\t', '\n', '.', '\'', ','];
        alphabet.extend_from_slice(NON_ASCII);
        // Characters that take the full UAX #29 path, where the count is not exact.
        alphabet.extend(['港', '\u{cbe}', '\u{2028}', '\u{3000}', '\u{202f}']);
        let mut exact_seen = 0;
        random_strings(&alphabet, |text| {
            let mut covered = vec![false; text.len()];
            let exact = word_pieces(text, |r, _| covered[r].fill(true));
            if exact {
                exact_seen += 1;
                for (i, c) in text.char_indices() {
                    assert_eq!(covered[i], !c.is_whitespace(), "{text:?} at byte {i}");
                }
            }
        });
        assert!(exact_seen > 10_000, "{exact_seen}");
    }

    #[test]
    fn punctuation_marks_are_neither_words_nor_space() {
        for c in ('\u{2000}'..='\u{206f}').filter(|&c| is_punctuation_mark(c)) {
            assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c:?}");
        }
        assert!(is_punctuation_mark('“') && is_punctuation_mark('—') && is_punctuation_mark('…'));
    }

    #[test]
    fn clock_times_are_one_word_on_every_path() {
        // UAX #29 apart from the clock times: split back at each colon between digits, the
        // pieces are `unicode-segmentation`'s, and no digit, colon and digit written together
        // are left apart.
        random_strings(&['1', 'a', ':', ' ', '.', '港'], |text| {
            let mut got: Vec<Range<usize>> = Vec::new();
            uax29_word_pieces(text, &mut |r, _| got.push(r));
            let digit = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
            let mut split = Vec::new();
            for r in &got {
                let mut start = r.start;
                for i in r.clone() {
                    if text.as_bytes()[i] == b':' && i > r.start && digit(i - 1) && digit(i + 1) {
                        split.extend([start..i, i..i + 1]);
                        start = i + 1;
                    }
                }
                split.push(start..r.end);
            }
            let raw: Vec<Range<usize>> = text
                .split_word_bound_indices()
                .filter(|(_, p)| classify_piece(p).is_some())
                .map(|(i, p)| i..i + p.len())
                .collect();
            assert_eq!(split, raw, "{text:?}");
            for w in got.windows(3) {
                let apart = w[0].end == w[1].start
                    && w[1].end == w[2].start
                    && &text[w[1].clone()] == ":"
                    && digit(w[0].end - 1)
                    && digit(w[2].start);
                assert!(!apart, "{text:?}");
            }
        });
        for text in ["at 6:10 a.m. the score was 3:1", "港 6:10 a.m., 3:1"] {
            let mut got = Vec::new();
            word_pieces(text, |r, _| got.push(&text[r]));
            assert!(got.contains(&"6:10") && got.contains(&"3:1"), "{got:?}");
        }
    }

    #[test]
    fn other_scripts_fall_back() {
        let mut pieces = Vec::new();
        word_pieces("港口 closed, ‐", |r, kind| pieces.push((r, kind)));
        assert_eq!(
            pieces,
            vec![
                (0..3, Piece::Word),
                (3..6, Piece::Word),
                (7..13, Piece::Word),
                (13..14, Piece::Mark),
                (15..18, Piece::Mark)
            ]
        );
    }
}
