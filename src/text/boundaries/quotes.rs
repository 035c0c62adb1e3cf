//! Quotations of several sentences kept whole, with their speaker.

use std::ops::Range;

/// The longest run of sentences [`join_quotations`] makes one, in bytes (about 50 words).
pub(super) const MAX_QUOTATION_BYTES: usize = 300;

/// Joins the sentences of one quotation: `"We are ready. We trained for this," the chief
/// said.` is one sentence to quote, not `"We are ready.`, a quotation left open and without
/// its speaker, and `We trained for this," the chief said.`, which closes one it does not
/// open. A run is joined only if the quotation closes within it, in at most
/// [`MAX_QUOTATION_BYTES`]: a quotation that runs on to the next paragraph, as news writes
/// a long one, leaves its sentences apart.
///
/// A quotation that is a sentence on its own, without a speaker (`"We are not going to
/// wait."`), joins the sentence before it if that one quotes someone too (`"There is no
/// danger," said the governor.`), within the same limit: news names the speaker once and
/// goes on quoting, and quoted alone it could be anyone's words.
pub(super) fn join_quotations(text: &str, spans: &mut Vec<Range<usize>>) {
    // Joined runs are written over the vector's head (`kept` spans so far).
    let (mut kept, mut i): (usize, usize) = (0, 0);
    // Whether the last kept run quotes someone with more than the quotation itself.
    let mut speaker = false;
    while i < spans.len() {
        let mut quotes = Quotes::default();
        quotes.count(&text.as_bytes()[spans[i].clone()]);
        let mut j = i;
        while quotes.open()
            && j + 1 < spans.len()
            && spans[j + 1].end - spans[i].start <= MAX_QUOTATION_BYTES
        {
            j += 1;
            quotes.count(&text.as_bytes()[spans[j].clone()]);
        }
        if quotes.open() {
            j = i;
        }
        let run = spans[i].start..spans[j].end;
        let bare = is_bare_quotation(&text[run.clone()]);
        match kept.checked_sub(1) {
            // A quotation without its speaker goes with the quoted sentence before it.
            Some(last) if bare && speaker && run.end - spans[last].start <= MAX_QUOTATION_BYTES => {
                spans[last].end = run.end;
            }
            _ => {
                speaker = !bare && quotes.any();
                spans[kept] = run;
                kept += 1;
            }
        }
        i = j + 1;
    }
    spans.truncate(kept);
}

/// Is `s` one quotation and nothing else (`"It will hold."`, `“Not me.”`): it opens with a
/// quotation mark, closes with one, and has no other double quotation mark between
/// (a TeX closing `''` between counts only after a TeX opening)?
pub(super) fn is_bare_quotation(s: &str) -> bool {
    const OPEN: [&str; 6] = ["\"", "“", "«", "``", "„", "「"];
    const CLOSE: [&str; 6] = ["\"", "”", "»", "''", "“", "」"];
    OPEN.iter().zip(CLOSE).any(|(open, close)| {
        s.len() > open.len() + close.len() && s.starts_with(open) && s.ends_with(close) && {
            let mut inner = Quotes::default();
            inner.count(&s.as_bytes()[open.len()..s.len() - close.len()]);
            !inner.any()
        }
    })
}

/// The quotation marks of a run of text, counted: straight double quotes (which open and
/// close alike), curly double quotes, guillemets, German „…“, Japanese and Chinese corner
/// brackets 「…」 and 『…』, and TeX's `` and ''.
#[derive(Default)]
pub(super) struct Quotes {
    straight: u32,
    curly: i32,
    guillemets: i32,
    /// „ opened and not yet closed by “ (which elsewhere opens).
    low: i32,
    corner: i32,
    tex: i32,
    /// Whether any mark was counted (the others net out to zero once a quotation closes).
    seen: bool,
}

impl Quotes {
    fn count(&mut self, b: &[u8]) {
        use crate::text::segment::{HIGH, LOW};
        // A byte of `x` is zero ("any", not which: the borrow may mark bytes above one).
        let zero_byte = |x: u64| x.wrapping_sub(LOW) & !x & HIGH;
        let mut i = 0;
        while i < b.len() {
            // Eight bytes at a time past those that can start no mark: ASCII other than
            // '"' and '`' (and "'" while a TeX quotation is open). Most text is.
            if let Some(&chunk) = b.get(i..).and_then(|t| t.first_chunk::<8>()) {
                let x = u64::from_le_bytes(chunk);
                let mut marks =
                    x & HIGH | zero_byte(x ^ (LOW * 0x22)) | zero_byte(x ^ (LOW * 0x60));
                if self.tex > 0 {
                    marks |= zero_byte(x ^ (LOW * 0x27));
                }
                if marks == 0 {
                    i += 8;
                    continue;
                }
            }
            let next = b.get(i + 1).copied();
            match (b[i], next) {
                // Between two Hebrew letters a straight double quote is a gershayim, the mark
                // of an abbreviation ("ארה"ב", "צה"ל"), not a quotation mark.
                (b'"', Some(0xd7)) if i >= 2 && b[i - 2] == 0xd7 => {
                    i += 1;
                    continue;
                }
                (b'"', _) => self.straight += 1,
                (b'`', Some(b'`')) => self.tex += 1,
                (b'\'', Some(b'\'')) if self.tex > 0 => self.tex -= 1,
                (0xc2, Some(0xab)) => self.guillemets += 1,
                (0xc2, Some(0xbb)) => self.guillemets -= 1,
                (0xe2, Some(0x80)) if b.get(i + 2) == Some(&0x9e) => self.low += 1,
                (0xe2, Some(0x80)) if b.get(i + 2) == Some(&0x9c) && self.low > 0 => self.low -= 1,
                (0xe2, Some(0x80)) if b.get(i + 2) == Some(&0x9c) => self.curly += 1,
                (0xe3, Some(0x80)) if matches!(b.get(i + 2), Some(&0x8c | &0x8e)) => {
                    self.corner += 1
                }
                (0xe3, Some(0x80)) if matches!(b.get(i + 2), Some(&0x8d | &0x8f)) => {
                    self.corner -= 1
                }
                (0xe2, Some(0x80)) if b.get(i + 2) == Some(&0x9d) => self.curly -= 1,
                _ => {
                    i += 1;
                    continue;
                }
            }
            self.seen = true;
            i += 1;
        }
    }

    /// Was any quotation mark counted?
    fn any(&self) -> bool {
        self.seen
    }

    /// Is a quotation still open?
    fn open(&self) -> bool {
        self.straight % 2 == 1
            || self.curly > 0
            || self.guillemets > 0
            || self.low > 0
            || self.corner > 0
            || self.tex > 0
    }
}
