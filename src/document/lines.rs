//! Lines → paragraphs: the lines of an article's text, joined where a sentence goes on to
//! the next line (text copied from a PDF, text wrapped at a fixed width).

use std::ops::Range;

use crate::text::punctuation::{ends_sentence, ends_with_bare_question};
use crate::text::words::space_words;

/// Does `line` open in the middle of a sentence: with a lowercase letter, or with a comma or
/// semicolon (Latin, Arabic or CJK), which no sentence opens with ("، حسيب حسين، في …")?
pub(super) fn opens_mid_sentence(line: &str) -> bool {
    line.chars().next().is_some_and(|c| {
        c.is_lowercase() || matches!(c, ',' | ';' | '،' | '؛' | '、' | '，' | '；')
    })
}

/// Lines of `text` as trimmed byte ranges, empty lines included (as empty ranges).
pub(super) fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    // Each line with its line feed, as `str::split_inclusive('\n')` gives them (a byte search
    // keeps `core`'s char searcher out of the wasm module).
    let b = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        let s = start;
        if s >= b.len() {
            return None;
        }
        let end = crate::text::phrases::find_byte(b, s, b'\n').map_or(b.len(), |k| k + 1);
        start = end;
        let raw = &text[s..end];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        Some(s + lead..s + lead + trimmed.len())
    })
}

/// Longest line, in bytes, of text wrapped at a fixed width ([`wrap_width`]).
pub(super) const WRAP_MAX: usize = 100;

/// Shortest line of a wrapped paragraph that is continued on the next line whatever that line
/// starts with: shorter ones are headings and bylines.
const WRAP_MIN: usize = 40;

/// The width `text` is wrapped at, if it is wrapped at a fixed width (plain-text wire copy,
/// e-mail, text copied from a PDF): its lines at most [`WRAP_MAX`] bytes but for a few, and
/// half of them or more, at least two, lines of [`WRAP_MIN`] bytes or more that end
/// mid-sentence with the paragraph going on below. The width is its longest line of at most
/// [`WRAP_MAX`] bytes. A page copied from a browser has one line per paragraph, most longer.
pub(super) fn wrap_width(text: &str, lines: &[Range<usize>]) -> Option<usize> {
    let nonblank = lines.iter().filter(|l| !l.is_empty()).count();
    // Most pasted pages fail here, on their long lines.
    if lines.iter().filter(|l| l.len() > WRAP_MAX).count() * 10 > nonblank {
        return None;
    }
    let mut mid = 0;
    for pair in lines.windows(2) {
        let p = &text[pair[0].clone()];
        if !pair[1].is_empty() && p.len() >= WRAP_MIN && !ends_sentence(p) && bullet_len(p) == 0 {
            mid += 1;
        }
    }
    let width = lines
        .iter()
        .map(Range::len)
        .filter(|&n| n <= WRAP_MAX)
        .max();
    (mid >= 2 && mid * 2 >= nonblank).then_some(width.unwrap_or(0))
}

/// Is `line` a title ("Council Votes to Close the Old Ferry Pier"): more than twice as many
/// capitalized words as lowercase ones, the last one capitalized? Looser than
/// [`is_headline_case`], for telling a wrapped text's titles from its lines, which end
/// mid-phrase ("… Select Committee on Intelligence (hereinafter the").
pub(super) fn is_title(line: &str) -> bool {
    let b = line.as_bytes();
    let last = b.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1);
    let case = space_words::<true>(line, usize::MAX).1;
    b.get(last).is_some_and(u8::is_ascii_uppercase) && case.capitalized > 2 * case.lowercase
}

/// The paragraphs of `text` as trimmed byte ranges: its lines, joined where a sentence goes on
/// to the next line.
pub(super) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    // 1. Lines, joined where a sentence continues on the next line: a line that starts in
    //    lowercase continues one that does not end a sentence; in text wrapped at a fixed
    //    width, so does any line after a long one that ends mid-sentence (but not a bullet,
    //    and not after a title).
    let lines: Vec<Range<usize>> = lines(text).collect();
    let width = wrap_width(text, &lines);
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut prev_blank = true;
    // The last line of the last span.
    let mut last_line = 0..0;
    for line in lines {
        if line.is_empty() {
            prev_blank = true;
            continue;
        }
        let previous = std::mem::replace(&mut last_line, line.clone());
        let previous_line = previous.clone();
        if let Some(last) = spans.last_mut() {
            let cur = &text[last.clone()];
            let next = &text[line.clone()];
            let mid_sentence_next = opens_mid_sentence(next);
            let continues = mid_sentence_next
                || width.is_some_and(|width| {
                    let last_line = &text[previous];
                    last_line.len() >= WRAP_MIN
                        && bullet_len(next) == 0
                        // A title is shorter than the lines: one that fills the width is a
                        // line full of names.
                        && !(is_title(last_line) && last_line.len() * 5 < width * 4)
                });
            // A bare "?" before a lowercase word ends no sentence: a PDF copy's lost quotation
            // mark or dash (see `sentence::should_join`).
            let open = !ends_sentence(cur) || (mid_sentence_next && ends_with_bare_question(cur));
            // A list item goes on only in wrapped text, where its long line ends mid-sentence
            // and the next opens in lowercase ("- It is derived from information\nleaked by
            // …"): elsewhere the next line is a line of its own.
            let item_goes_on = || {
                width.is_some()
                    && mid_sentence_next
                    && text[previous_line.clone()].len() >= WRAP_MIN
            };
            if !prev_blank && open && continues && (bullet_len(cur) == 0 || item_goes_on()) {
                last.end = line.end;
                prev_blank = false;
                continue;
            }
        }
        spans.push(line);
        prev_blank = false;
    }
    spans
}

/// Length in bytes of a leading bullet or list number ("• ", "- ", "3. ", "(b) "), or 0.
pub(super) fn bullet_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let after = |i: usize| -> usize {
        // A marker counts only when followed by white space and more text.
        let rest = &s[i..];
        let trimmed = rest.trim_start();
        if trimmed.len() < rest.len() && !trimmed.is_empty() {
            i
        } else {
            0
        }
    };
    if matches!(
        first,
        '•' | '·'
            | '▪'
            | '►'
            | '▶'
            | '○'
            | '●'
            | '■'
            | '◦'
            | '✓'
            | '✔'
            | '-'
            | '*'
            | '–'
            | '—'
            | '+'
            // Arrows, check marks, stars and emoji that social and newsletter copy lists
            // with ("👉 Detours will …"), with the variation selector some carry.
            | '‣'
            | '⁃'
            | '▸'
            | '◆'
            | '★'
            | '→'
            | '➜'
            | '➡'
            | '➤'
            | '✅'
            | '☑'
            | '❌'
            | '⭐'
            | '👉'
            | '🔹'
            | '🔸'
            | '🔷'
            | '🔶'
            | '📌'
    ) {
        let end = first.len_utf8();
        let end = end + s[end..].strip_prefix('\u{fe0f}').map_or(0, |_| 3);
        return after(end);
    }
    if first.is_ascii_digit() || (first == '(' && s.len() > 2) {
        let body = &s[s.bytes().take_while(|&c| c == b'(').count()..];
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let letter = if digits == 0 {
            body.bytes()
                .take_while(u8::is_ascii_lowercase)
                .count()
                .min(1)
        } else {
            0
        };
        let n = digits + letter;
        if n == 0 || n > 3 {
            return 0;
        }
        let marker_end = s.len() - body.len() + n;
        if matches!(s.as_bytes().get(marker_end), Some(b'.' | b')')) {
            return after(marker_end + 1);
        }
    }
    0
}
