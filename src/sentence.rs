//! Stage 2, [`Block`]s → [`Sentence`]s: the sentences of prose blocks and list items, as
//! byte spans into the original article text.
//!
//! Heuristic:
//! - Unicode sentence boundaries (UAX #29, `segment`'s implementation, tested against
//!   `unicode-segmentation`'s) propose the splits;
//!   they already keep decimals ("3.5"), "e.g. the" (lowercase after the dot) and quotes
//!   followed by a lowercase word (`"Stop." he said`) together.
//! - Then a repair pass rejoins UAX #29's known misses, where a dot ends an abbreviation and a
//!   capitalized word follows: titles and other abbreviations that never end a sentence
//!   ("Mr. Smith", "Gen. Ortiz", "Jan. 5", "No. 3"), initials ("John F. Kennedy"), and
//!   abbreviations that may end a sentence ("U.S.", "Inc.", "a.m.") unless the next word opens
//!   a sentence ("The", "He", "But" …).
//! - Spans are trimmed of white space; every span starts and ends on a grapheme boundary (a
//!   combining mark carried by a trimmed space is left out with it).
//!
//! Known miss: "She moved to the U.S. Congress passed the bill." stays one sentence, because
//! "Congress" does not look like a sentence opener.

use std::ops::Range;

use crate::case::{lower, lowercase};
use crate::document::{is_closing, sentence_chrome_kind, Block, BlockKind};
use crate::hash::WordBloom;
use crate::tables::{ALWAYS_JOIN, MAYBE_JOIN, PLACE_JOIN};
use unicode_segmentation::UnicodeSegmentation;

/// One sentence of one article.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    /// Index of the article.
    pub article: usize,
    /// Byte range in the article's text.
    pub span: Range<usize>,
    /// The kind of block it came from ([`BlockKind::Prose`] or [`BlockKind::ListItem`]).
    pub kind: BlockKind,
    /// 0-based position among the article's prose sentences (list items count too).
    pub position: usize,
    /// Words separated by white space, plus those of scripts without spaces
    /// (`document::text_words`): the unit of the word budget. Set by the term stage, which
    /// reads the sentence's words anyway.
    pub words: usize,
    /// Written like a headline or a credit (see `document::is_headline_case`): chosen only when
    /// there is no other prose. Set by the term stage.
    pub headline_case: bool,
    /// Not a sentence to quote on its own: one that opens with a lowercase function word after
    /// a quotation that ends in "?" or "!" ("“Who approved it?” said the mayor.", the rest of
    /// a sentence the quotation's mark broke off), an aside wholly in parentheses ("(The
    /// city sent two.)"), or a sentence cut off by an ellipsis ("Inside the race to save the
    /// mill..."). Chosen only when there is no other prose, like
    /// [`Sentence::headline_case`].
    pub fragment: bool,
    /// Opens with a pronoun or connective that points back to an earlier sentence ("He
    /// said …", "But …"): short summaries weigh it less ([`crate::select::DANGLING_PRIOR`]).
    pub dangling: bool,
}

/// The sentences of one article's prose and list blocks, in text order.
pub(crate) fn sentences(article: usize, text: &str, blocks: &[Block], out: &mut Vec<Sentence>) {
    let mut position = 0;
    let mut pieces = Vec::new();
    for block in blocks {
        if !matches!(block.kind, BlockKind::Prose | BlockKind::ListItem) {
            continue;
        }
        split_into(&text[block.span.clone()], &mut pieces, block.quoted);
        let several = pieces.len() > 1;
        let first_start = pieces.first().map_or(0, |p| block.span.start + p.start);
        let mut after_quoted_question = false;
        for span in pieces.iter().cloned() {
            let span = block.span.start + span.start..block.span.start + span.end;
            let follows_question = std::mem::replace(
                &mut after_quoted_question,
                ends_with_quoted_question(&text[span.clone()]),
            );
            // Trimming white space can cut a grapheme cluster: a space that carries a
            // combining mark (" \u{cbe}The"). The span moves forward to whole clusters.
            let span = grapheme_boundary(text, span.start)..grapheme_boundary(text, span.end);
            if text[span.clone()].trim().is_empty() {
                continue;
            }
            // A dateline opening a paragraph is not part of its first sentence; one without
            // a news agency ("PORT VERITY — ") only opens an article's first.
            let span = if span.start == first_start {
                let s = &text[span.clone()];
                let skip = dateline_len(s, position == 0);
                let skip = skip + gallery_button_len(&s[skip..]);
                span.start + skip..span.end
            } else {
                span
            };
            // A live blog's time stamp, an interview's "Q:" and "A:" (any sentence: a
            // question and its answer may share a paragraph).
            let span = span.start + entry_label_len(&text[span.clone()])..span.end;
            // Page chrome inside a paragraph of real sentences ("Subscribe for more.").
            if several && sentence_chrome_kind(&text[span.clone()], block.trigger).is_some() {
                continue;
            }
            let s = &text[span.clone()];
            let fragment = (follows_question && continues(s)) || is_aside(s) || is_cut_off(s);
            out.push(Sentence {
                article,
                span,
                kind: block.kind,
                position,
                // Measured by the term stage, which reads the sentence's words anyway.
                words: 0,
                headline_case: false,
                fragment,
                dangling: opens_dangling(s),
            });
            position += 1;
        }
    }
}

/// The length in bytes of a gallery's button pasted before its caption ("View Images The
/// skull of …"), 0 if none. The caption that follows is kept: it is often the paragraph's
/// clearest sentence.
fn gallery_button_len(s: &str) -> usize {
    for button in ["View Images ", "View Photos "] {
        if s.starts_with(button)
            && s.as_bytes()
                .get(button.len())
                .is_some_and(u8::is_ascii_uppercase)
        {
            return button.len();
        }
    }
    0
}

/// Wire services whose name in parentheses makes a place in Title Case a dateline.
const WIRES: &[&str] = &[
    "(AFP)",
    "(AP)",
    "(Bloomberg)",
    "(CNN)",
    "(CNNMoney)",
    "(Reuters)",
    "(UPI)",
    "(Xinhua)",
];

/// [`dateline_len`] for a place in Title Case, as CNN writes it ("Sycamore, Illinois (CNN) ",
/// "Washington (CNN)"): one to four capitalized words, an optional region after a comma, then
/// a wire service of [`WIRES`] (any agency would take "Security Administration (TSA)"), an
/// optional dash, and a sentence opening.
fn titled_dateline_len(s: &str) -> usize {
    let b = s.as_bytes();
    let n = b.len();
    // Capitalized words, each followed by a space or a comma: `i` ends at the "(".
    let mut i = 0;
    let mut words = 0;
    let mut comma = false;
    while i < n && b[i].is_ascii_uppercase() && words < 8 {
        while i < n && (b[i].is_ascii_alphabetic() || b[i] == b'.' || b[i] == b'-') {
            i += 1;
        }
        words += 1;
        if i < n && b[i] == b',' && !comma {
            comma = true;
            i += 1;
        }
        if i < n && b[i] == b' ' {
            i += 1;
        } else {
            break;
        }
    }
    if words == 0 || words > 4 + usize::from(comma) * 3 {
        return 0;
    }
    let Some(wire) = WIRES.iter().find(|w| b[i..].starts_with(w.as_bytes())) else {
        return 0;
    };
    let mut end = skip_spaces(b, i + wire.len());
    if matches!(b.get(end), Some(b'-' | b'_')) {
        end = skip_spaces(b, end + 1);
    } else if s[end..].starts_with(['—', '–']) {
        end = skip_spaces(b, end + '—'.len_utf8());
    }
    if opens_at(s, end) {
        end
    } else {
        0
    }
}

/// The first byte of `b` at or after `i` that is not a space.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// Does a sentence open at byte `end` of `s`: a capital letter, a digit or a quote?
fn opens_at(s: &str, end: usize) -> bool {
    s.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '\'' | '‘' | '`')
        })
}

/// The length in bytes of the dateline that opens `s`, 0 if none: a place in capitals, an
/// optional region or date after a comma, an optional news agency in parentheses, then a
/// dash ("PORT VERITY — ", "MILLBROOK, Ore. (Harbor Wire) - ", "(Harbor Wire) "). What
/// follows must open a sentence (a capital letter, a digit or a quote), so "NATO — the
/// alliance" keeps its acronym. A place and a dash without an agency count only where
/// `lead` (an article's first sentence): later, "IKEA — The company …" is more likely a
/// name than a dateline. A place in Title Case counts before a wire service only
/// ([`titled_dateline_len`]).
fn dateline_len(s: &str, lead: bool) -> usize {
    let titled = titled_dateline_len(s);
    if titled > 0 {
        return titled;
    }
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    // The place: words in capitals.
    let mut letters = 0;
    while i < n
        && (b[i].is_ascii_uppercase()
            || (letters > 0 && matches!(b[i], b' ' | b'.' | b'\'' | b'-')))
    {
        letters += usize::from(b[i].is_ascii_uppercase());
        i += 1;
    }
    if i < n && b[i].is_ascii_alphanumeric() {
        // A capitalized word, not a place in capitals ("A judge", "NASAs").
        return 0;
    }
    if letters > 0 && letters < 3 {
        return 0;
    }
    let place = letters > 0;
    // Back over the run's trailing spaces, which the dash or agency test skips again.
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // A region or date after a comma, or both ("OSTVALE, Ore., April 9, 2025"): up to three
    // groups of one to four words, capitalized or numbers.
    let mut groups = 0;
    while place && groups < 3 && i < n && b[i] == b',' {
        groups += 1;
        let mut j = skip_spaces(b, i + 1);
        let mut words = 0;
        while j < n && words < 4 && (b[j].is_ascii_uppercase() || b[j].is_ascii_digit()) {
            while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'.') {
                j += 1;
            }
            words += 1;
            if j + 1 < n
                && b[j] == b' '
                && (b[j + 1].is_ascii_uppercase() || b[j + 1].is_ascii_digit())
            {
                j += 1;
            }
        }
        if words == 0 {
            return 0;
        }
        i = j;
    }
    // A news agency in parentheses, or a press-release wire between slashes: "(AP)",
    // "(Reuters)", "(dpa)", "/PRNewswire/".
    let mut agency = false;
    let j = skip_spaces(b, i);
    if j < n && matches!(b[j], b'(' | b'/') && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic) {
        let closing = if b[j] == b'(' { b')' } else { b'/' };
        let close = b[j + 1..]
            .iter()
            .take(27)
            .position(|&c| c == closing)
            .map(|k| k + 1);
        if let Some(k) = close {
            let inside = &b[j + 1..j + k];
            if inside
                .iter()
                .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'&' | b'/' | b'-'))
            {
                agency = true;
                i = j + k + 1;
            }
        }
    }
    let j = dash_end(s, i);
    let dash = j > i;
    if !(agency || (place && dash && lead)) {
        return 0;
    }
    let end = skip_spaces(b, if dash { j } else { i });
    if opens_at(s, end) && end > 0 {
        end
    } else {
        0
    }
}

/// The end of the dash at byte `i` of `s` (after the spaces before it), `i` if there is none:
/// "-", "--", "–", "—", or the wires' "_" (1990s AP and New York Times copy,
/// "WASHINGTON (AP) _ ").
fn dash_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let start = skip_spaces(b, i);
    let mut j = start;
    loop {
        if j < b.len() && matches!(b[j], b'-' | b'_') {
            j += 1;
        } else if s[j..].starts_with('—') || s[j..].starts_with('–') {
            j += '—'.len_utf8();
        } else {
            break;
        }
    }
    if j > start {
        j
    } else {
        i
    }
}

/// Labels that flag a story's news before a colon ("UPDATE: Officials said …"), in capitals
/// or Title Case.
const NEWS_LABELS: &[&str] = &[
    "update",
    "updated",
    "breaking",
    "breaking news",
    "exclusive",
    "developing",
    "just in",
    "latest",
    "earlier",
    "analysis",
    "q",
    "a",
];

/// The length in bytes of the label that opens `s`, 0 if none: a live blog's time stamp and
/// a dash ("10:42 a.m. — ", "9:58 ET - ", "14:05 – "), an interview's question or answer
/// ("Q: ", "A: "), or a news label and a colon ("UPDATE: ", "Breaking: ", "EXCLUSIVE: "),
/// or a photo gallery's "Caption " before each caption ("… View Photos Wildlife officials …
/// Caption Wildlife officials …"), before what opens a sentence. The sentence is quoted
/// without it.
fn entry_label_len(s: &str) -> usize {
    let b = s.as_bytes();
    if s.starts_with("Caption ") && opens_at(s, "Caption ".len()) {
        return "Caption ".len();
    }
    if let Some(colon) = b.iter().take(14).position(|&c| c == b':') {
        let label = &s[..colon];
        let is_label =
            b[0].is_ascii_uppercase() && NEWS_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label));
        if is_label && b.get(colon + 1) == Some(&b' ') {
            let end = skip_spaces(b, colon + 1);
            return if opens_at(s, end) { end } else { 0 };
        }
    }
    // H:MM or HH:MM.
    let hours = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours)
        || b.get(hours) != Some(&b':')
        || !b
            .get(hours + 1..hours + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
    {
        return 0;
    }
    let mut i = hours + 3;
    // "a.m.", "p.m.", "am", "PM", and a zone in capitals ("ET", "GMT").
    let rest = &s[i..];
    for suffix in [" a.m.", " p.m.", " am", " pm", " AM", " PM"] {
        if rest.starts_with(suffix) {
            i += suffix.len();
            break;
        }
    }
    let zone = b[i..]
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if b.get(i) == Some(&b' ') && (2..=4).contains(&zone) {
        i += 1 + zone;
    }
    let j = dash_end(s, i);
    let end = skip_spaces(b, j);
    if j > i && opens_at(s, end) {
        end
    } else {
        0
    }
}

/// The first grapheme cluster boundary of `text` at or after byte `i`, for a span edge next
/// to trimmed white space. A non-ASCII character at `i` may be a mark that belongs to the
/// character before it (a combining mark carried by a space): then the boundary is after the
/// marks. Found with the word boundaries of UAX #29, which keep a character and its marks
/// together as grapheme clusters do, so that the grapheme tables are not linked into the wasm
/// module (11 KB gzipped). Known miss: a prepended mark (U+0600 …) before trimmed white space.
fn grapheme_boundary(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    if i == 0 || i >= b.len() {
        return i.min(b.len());
    }
    if b[i] < 0x80 && !(b[i - 1] == b'\r' && b[i] == b'\n') {
        return i;
    }
    let before = text[..i].chars().next_back().map_or(0, char::len_utf8);
    match text[i - before..].split_word_bound_indices().next() {
        Some((_, piece)) if piece.len() > before && !text[i - before..i].trim().is_empty() => i,
        Some((_, piece)) if piece.len() > before => i - before + piece.len(),
        _ => i,
    }
}

/// Sentence spans of `text` (relative to it), repaired and trimmed.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    split_into(text, &mut spans, true);
    spans
}

/// [`split`] into `spans` (cleared first), so that one vector serves every block; `quoted`:
/// whether `text` may hold quotation marks ([`Block::quoted`]).
fn split_into(text: &str, spans: &mut Vec<Range<usize>>, quoted: bool) {
    spans.clear();
    let uncased = is_uncased(text);
    // Reference marks need a bracket: most paragraphs have none.
    let brackets = text.contains('[');
    let mut push = |mut start: usize, end: usize| {
        // UAX #29 breaks a sentence's reference mark after its opening bracket ("… on
        // Wednesday.[" and "1] Engineers found …"): the mark goes with the sentence it ends.
        if let Some(last) = spans
            .last_mut()
            .filter(|last| brackets && text[(*last).clone()].trim_end().ends_with('['))
        {
            let marks = reference_marks_len(&text[start..end]);
            if marks > 0 {
                last.end = start + marks;
                start += marks;
                if text[start..end].trim().is_empty() {
                    last.end = end;
                    return;
                }
            }
        }
        // Nor does it break after a mark followed by a lowercase letter ("… in March.[a]
        // Repairs …", SB8): the break goes after the mark.
        loop {
            let cut = brackets
                .then(|| end_after_marks(&text[start..end]))
                .flatten()
                .map(|cut| start + cut);
            let piece = start..cut.unwrap_or(end);
            match spans.last_mut() {
                Some(last) if should_join(&text[last.clone()], &text[piece.clone()], !uncased) => {
                    last.end = piece.end
                }
                _ => spans.push(piece),
            }
            match cut {
                Some(cut) => start = cut,
                None => break,
            }
        }
    };
    crate::segment::sentence_pieces(text, |piece| push(piece.start, piece.end));
    if uncased {
        split_lowercase(text, spans);
    }
    spans.retain_mut(|r| {
        let s = &text[r.clone()];
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        *r = r.start + lead..r.start + lead + t.len();
        !t.is_empty()
    });
    if quoted {
        join_quotations(text, spans);
    }
}

/// The length of the reference marks that `piece` opens with, after the opening bracket of
/// the first: "1]" or "12][a]" of "1] Engineers found …" (at most 20 letters, digits and
/// spaces in each), or 0.
fn reference_marks_len(piece: &str) -> usize {
    let b = piece.as_bytes();
    let mut i = 0;
    loop {
        let Some(close) = b[i..].iter().take(21).position(|&c| c == b']') else {
            return i;
        };
        if !crate::document::is_reference_mark(&b[i..i + close]) {
            return i;
        }
        i += close + 1;
        if b.get(i) != Some(&b'[') {
            return i;
        }
        i += 1;
    }
}

/// Where a sentence ends inside `piece` after its reference marks (". [a] " is not one, but
/// ".[a] " is, before a capital letter or a digit): the position after the marks and the
/// white space after them.
fn end_after_marks(piece: &str) -> Option<usize> {
    let b = piece.as_bytes();
    let mut from = 1;
    while let Some(open) = piece.get(from..)?.find('[') {
        let open = from + open;
        from = open + 1;
        if b[open - 1] != b'.' {
            continue;
        }
        let marks = reference_marks_len(&piece[open + 1..]);
        let after = open + 1 + marks;
        let spaces = b[after..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        let next = b.get(after + spaces);
        if marks > 0
            && spaces > 0
            && next.is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            return Some(after + spaces);
        }
    }
    None
}

/// The longest run of sentences [`join_quotations`] makes one, in bytes (about 50 words).
const MAX_QUOTATION_BYTES: usize = 300;

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
fn join_quotations(text: &str, spans: &mut Vec<Range<usize>>) {
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
fn is_bare_quotation(s: &str) -> bool {
    const OPEN: [&str; 4] = ["\"", "“", "«", "``"];
    const CLOSE: [&str; 4] = ["\"", "”", "»", "''"];
    OPEN.iter().zip(CLOSE).any(|(open, close)| {
        s.len() > open.len() + close.len() && s.starts_with(open) && s.ends_with(close) && {
            let mut inner = Quotes::default();
            inner.count(&s.as_bytes()[open.len()..s.len() - close.len()]);
            !inner.any()
        }
    })
}

/// The quotation marks of a run of text, counted: straight double quotes (which open and
/// close alike), curly double quotes, guillemets and TeX's `` and ''.
#[derive(Default)]
struct Quotes {
    straight: u32,
    curly: i32,
    guillemets: i32,
    tex: i32,
    /// Whether any mark was counted (the others net out to zero once a quotation closes).
    seen: bool,
}

impl Quotes {
    fn count(&mut self, b: &[u8]) {
        use crate::segment::{HIGH, LOW};
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
                (b'"', _) => self.straight += 1,
                (b'`', Some(b'`')) => self.tex += 1,
                (b'\'', Some(b'\'')) if self.tex > 0 => self.tex -= 1,
                (0xc2, Some(0xab)) => self.guillemets += 1,
                (0xc2, Some(0xbb)) => self.guillemets -= 1,
                (0xe2, Some(0x80)) if b.get(i + 2) == Some(&0x9c) => self.curly += 1,
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
        self.straight % 2 == 1 || self.curly > 0 || self.guillemets > 0 || self.tex > 0
    }
}

/// Is `text` written without capital letters ("the crane fell. no one was hurt.")? UAX #29
/// never ends a sentence before a lowercase word, so such text would be one sentence.
fn is_uncased(text: &str) -> bool {
    !text.bytes().any(|b| b.is_ascii_uppercase())
        && text.bytes().any(|b| b.is_ascii_lowercase())
        && !text.chars().any(char::is_uppercase)
}

/// Splits `spans` of uncased `text` after a full stop before a lowercase word, where the
/// word before the stop is no abbreviation, initial or number ("u.s.", "mr.", "5.").
fn split_lowercase(text: &str, spans: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(spans.len());
    for span in std::mem::take(spans) {
        let mut start = span.start;
        // Where the run of letters that ends at `i` began.
        let mut word_start = start;
        for i in span.clone() {
            // Letters: ASCII ones and the bytes of any other character.
            if b[i].is_ascii_alphabetic() || b[i] >= 0x80 {
                continue;
            }
            let word = &b[word_start..i];
            let dot_before = word_start > 0 && b[word_start - 1] == b'.';
            word_start = i + 1;
            if b[i] != b'.' || word.len() < 2 || dot_before {
                continue;
            }
            // The text has no capitals, so the word is as the lists write it.
            if [ALWAYS_JOIN, MAYBE_JOIN]
                .iter()
                .any(|list| list.binary_search_by(|w| w.as_bytes().cmp(word)).is_ok())
            {
                continue;
            }
            let spaces = b[i + 1..span.end]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            let next = i + 1 + spaces;
            let lowercase = text.get(next..span.end).and_then(|t| t.chars().next());
            if spaces > 0 && lowercase.is_some_and(char::is_lowercase) {
                out.push(start..i + 1);
                start = next;
            }
        }
        out.push(start..span.end);
    }
    *spans = out;
}

/// Does the UAX #29 boundary between `before` and `after` fall after an abbreviation?
fn should_join(before: &str, after: &str, cased: bool) -> bool {
    // UAX #29 always breaks after a line feed; inside a block, a line that does not end a
    // sentence was joined to the next on purpose (text copied from a PDF).
    if before.ends_with('\n') && !crate::document::ends_sentence(before) {
        return true;
    }
    // "?" or "!" right against a lowercase letter is inside a word: a ligature lost in a PDF
    // copy ("classi?ed"), or a name ("Yahoo!s").
    if before.ends_with(['?', '!']) && after.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let before = before.trim_end();
    // In text with capitals, a sentence does not open in lowercase after a bare "?" or "!"
    // or one closed by a parenthesis (one closed by a quotation mark is a quoted question,
    // see `Sentence::fragment`): "?" there stands for a quotation mark or dash lost in a
    // PDF copy ("(the ?Memorandum,? which is attached)", "(hereinafter ?the Committee?)
    // voted"), or the question is the start of the sentence ("What now? the mayor asked.").
    if cased
        && crate::document::ends_with_bare_question(before)
        && after
            .trim_start()
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
    {
        return true;
    }
    if !before.ends_with('.') {
        return false;
    }
    let next = after.trim_start();
    let Some(first) = next.chars().next() else {
        return false;
    };
    // UAX #29 already joins before lowercase; a digit after "No." or "Jan." continues too.
    if first.is_lowercase() {
        return true;
    }
    let head = &before[..before.len() - 1];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '“' | '‘' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[start..];
    if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // Most words before a full stop are no abbreviation: one filter look-up settles them.
    let may_be_listed = may_be_listed(word);
    if may_be_listed
        && is_listed(word, ALWAYS_JOIN)
        && (first.is_uppercase() || first.is_ascii_digit())
    {
        return true;
    }
    // An initial: one capital letter ("John F. Kennedy", "J. R. R. Tolkien").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase() && first.is_uppercase();
    }
    let acronym = word.len() <= 12
        && word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if acronym || (may_be_listed && is_listed(word, MAYBE_JOIN)) {
        // A clock time is followed by what belongs to it ("5 p.m. Tuesday", "p.m. ET"); any
        // other capitalized word after it opens a sentence ("at 4:15 p.m. Passengers said").
        if first.is_ascii_alphabetic() && matches!(word, "a.m" | "p.m" | "A.M" | "P.M") {
            return goes_on_a_time(next);
        }
        return !opens_sentence(next);
    }
    // A state after a place and a comma ("Salem, Ore."); the word alone may be a word.
    let head = before
        .as_bytes()
        .get(..before.len() - 1 - word.len())
        .unwrap_or_default();
    let after_comma = head.iter().rev().find(|&&c| c != b' ') == Some(&b',');
    if after_comma && may_be_listed && is_listed(word, PLACE_JOIN) {
        return !opens_sentence(next);
    }
    false
}

/// What may follow "a.m." or "p.m." in the same sentence, lowercased, each between spaces
/// (searched as bytes: a table of `&str` would be 8 bytes of pointer per word).
const TIME_GOES_ON: &str = " apr april atlantic aug august central dec december eastern feb \
    february fri friday jan january jul july jun june local mar march may mon monday mountain \
    nov november oct october pacific sat saturday sep sept september sun sunday thu thur thurs \
    thursday tue tues tuesday wed wednesday ";

/// Does `next`, a capitalized word after "a.m." or "p.m.", still belong to the time: a day
/// ("Tuesday", "Tues."), a month ("Nov. 3", "March 3"), a time zone in capitals ("ET",
/// "GMT") or named ("Eastern", "Pacific")?
fn goes_on_a_time(next: &str) -> bool {
    let b = next.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if (2..=5).contains(&n) && b[..n].iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    // " word " lowercased; the longest listed word has nine letters.
    let mut key = [b' '; 11];
    n <= 9 && {
        for i in 0..n {
            key[i + 1] = b[i] | 0x20;
        }
        let key = &key[..n + 2];
        TIME_GOES_ON.as_bytes().windows(key.len()).any(|w| w == key)
    }
}

/// Can `word`, lowercased, be in [`ALWAYS_JOIN`], [`MAYBE_JOIN`] or [`PLACE_JOIN`]? `false`
/// is certain: a Bloom filter of the lists, read from the word's length and its first and
/// last bytes lowercased by `| 0x20` (which lowercases ASCII letters and keeps the digits,
/// full stops, hyphens and apostrophes of the lists). Words with other bytes are always let
/// through.
fn may_be_listed(word: &str) -> bool {
    let b = word.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if word.is_ascii() && b.len() <= 16 => {
            ABBREVIATION_BLOOM.may_contain(b.len(), first | 0x20, last | 0x20)
        }
        _ => true,
    }
}

/// Is `word`, lowercased, in `list` ([`ALWAYS_JOIN`], [`MAYBE_JOIN`] or [`PLACE_JOIN`])?
/// Asked only of words that [`may_be_listed`] lets through: an ASCII word is lowercased on
/// the stack and searched for, without a string.
fn is_listed(word: &str, list: &[&str]) -> bool {
    let b = word.as_bytes();
    if !word.is_ascii() || b.len() > 16 {
        let lower = lowercase(word);
        return list.binary_search(&lower.as_str()).is_ok();
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    list.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok()
}

/// Bloom filter of [`ALWAYS_JOIN`], [`MAYBE_JOIN`] and [`PLACE_JOIN`] for [`may_be_listed`].
const ABBREVIATION_BLOOM: WordBloom<8> = WordBloom::EMPTY
    .with_all_str(ALWAYS_JOIN)
    .with_all_str(MAYBE_JOIN)
    .with_all_str(PLACE_JOIN);

/// Does `text` end with "?" or "!" and a closing quotation mark ("… they?” ")?
fn ends_with_quoted_question(text: &str) -> bool {
    let mut b = text.trim_end().as_bytes();
    let mut quoted = false;
    loop {
        match b {
            [rest @ .., b'"' | b'\''] => b = rest,
            [rest @ .., 0xe2, 0x80, 0x99 | 0x9d] => b = rest,
            _ => break,
        }
        quoted = true;
    }
    quoted && matches!(b.last(), Some(b'?' | b'!'))
}

/// Does `text` open with a word that points back to an earlier sentence
/// ([`Sentence::dangling`]): a pronoun ("He said …", "Its owner …", "This was …") or a
/// connective ("But …", "However, …", "Meanwhile …")? Past opening quotes and punctuation,
/// in any case.
fn opens_dangling(text: &str) -> bool {
    let b = text.as_bytes();
    // Past what is not an ASCII letter or digit (quotes, dashes, parentheses).
    let start = b
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(b.len());
    let n = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let after = b.get(start + n);
    if !(2..=9).contains(&n) || after.is_some_and(|&c| c.is_ascii_digit() || c >= 0x80) {
        return false;
    }
    POINTING_BACK.contains(&word_key(&b[start..start + n]))
}

/// A word of ASCII letters as the stop words are keyed ([`crate::term::pack`]) by its
/// first 8 letters, lowercased, and its length ("meanwhile" is "meanwhil" and 9).
fn word_key(w: &[u8]) -> (u64, usize) {
    let m = w.len().min(8);
    // `| 0x20` lowercases an ASCII letter.
    let lower = 0x2020_2020_2020_2020u64 >> (8 * (8 - m));
    (crate::term::pack(&w[..m]) | lower, w.len())
}

/// [`word_key`]s of a list of lowercase words, computed while compiling.
const fn word_keys<const N: usize>(words: [&str; N]) -> [(u64, usize); N] {
    let mut keys = [(0, 0); N];
    let mut i = 0;
    while i < N {
        let w = words[i].as_bytes();
        keys[i] = (crate::term::pack_const(w), w.len());
        i += 1;
    }
    keys
}

/// The opening words of [`opens_dangling`], as [`word_key`]s (the words themselves are not
/// in the program).
const POINTING_BACK: [(u64, usize); 24] = word_keys([
    "he",
    "she",
    "it",
    "they",
    "his",
    "her",
    "its",
    "their",
    "them",
    "this",
    "that",
    "these",
    "those",
    "but",
    "however",
    "and",
    "also",
    "yet",
    "still",
    "meanwhile",
    "instead",
    "moreover",
    "besides",
    "such",
]);

/// Does `text` end in an ellipsis outside quotation marks ([`Sentence::fragment`])? A teaser
/// cut off where its link began ("Inside the race to save the mill..."), an article
/// truncated mid-sentence ("… 40 million card accounts and..."), a thought left hanging:
/// none reads as a statement in a summary. Inside quotation marks it is a speaker's.
fn is_cut_off(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// Is `text` wholly in parentheses, the first one closing at its end ([`Sentence::fragment`])?
fn is_aside(text: &str) -> bool {
    let b = text.trim_end().as_bytes();
    if b.first() != Some(&b'(') {
        return false;
    }
    let mut depth = 0usize;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == b.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Does `text` open with a lowercase function word ([`Sentence::fragment`])?
fn continues(text: &str) -> bool {
    // Past ASCII punctuation and white space and the curly quotes (U+2018 to U+201F, E2 80
    // 98 to E2 80 9F in UTF-8), a word of ASCII lowercase letters that ends at neither a
    // letter nor a digit.
    let mut b = text.as_bytes();
    loop {
        match b {
            [0xe2, 0x80, 0x98..=0x9f, rest @ ..] => b = rest,
            [c, rest @ ..] if c.is_ascii() && !c.is_ascii_alphanumeric() => b = rest,
            _ => break,
        }
    }
    let n = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    n > 0
        && b.get(n)
            .map_or(true, |&c| c < 0x80 && !c.is_ascii_alphanumeric())
        && crate::term::is_stop_word(&b[..n])
}

/// Does `text` start like a new sentence: an opening quote, or a capitalized function word
/// ("The", "He", "But", "In"), also inside an opening parenthesis ("(The …"). A parenthesis
/// before another word does not: it is the news agency of a dateline ("MILLBROOK, Ore. (HW)
/// — …") or an aside.
fn opens_sentence(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| is_closing(c) || c == '“' || c == '‘');
    if t.len() < text.len() {
        return true;
    }
    let t = t.strip_prefix('(').unwrap_or(t);
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .map(lower)
        .collect();
    word.is_empty() || crate::term::is_stop_word(word.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_marks_stay_with_their_sentence() {
        let text = "The bridge will close on Wednesday.[1] Engineers found cracks in March.[2][a] \
                    Repairs will cost 48 million kronor.[citation needed]";
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "The bridge will close on Wednesday.[1]",
                "Engineers found cracks in March.[2][a]",
                "Repairs will cost 48 million kronor.[citation needed]",
            ]
        );
        assert!(crate::document::ends_sentence(got[2]));
        // A bracket that opens a sentence is no reference mark.
        let text = "The bridge will close. [Update] The city reopened one lane.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn spans_never_cut_a_grapheme_cluster() {
        // A space carrying a combining mark before the sentence (found by the property test).
        let text = " \u{cbe}The crane collapsed on the north pier of Port Verity on Tuesday. ";
        let block = Block {
            span: 1..text.len() - 1,
            kind: BlockKind::Prose,
            fingerprint: (0, 0),
            trigger: crate::document::Trigger::None,
            quoted: true,
        };
        let mut out = Vec::new();
        sentences(0, text, &[block], &mut out);
        assert_eq!(out.len(), 1);
        assert!(text[out[0].span.clone()].starts_with("The crane"));
        assert_eq!(grapheme_boundary("a\r\nb", 2), 3);
        assert_eq!(grapheme_boundary(" \u{301}\u{301}x", 1), 5);
        assert_eq!(grapheme_boundary("ab", 1), 1);
        assert_eq!(grapheme_boundary("a é", 2), 2);
        assert_eq!(grapheme_boundary("aé", 1), 1);
    }

    #[test]
    fn datelines_are_not_part_of_the_first_sentence() {
        let cases: &[(&str, &str)] = &[
            (
                "PORT VERITY (Harbor Wire) — The crane fell.",
                "The crane fell.",
            ),
            ("PORT VERITY — The crane fell.", "The crane fell."),
            ("PORT VERITY—The crane fell.", "The crane fell."),
            (
                "MILLBROOK, Ore. (Harbor Wire) - Work starts.",
                "Work starts.",
            ),
            (
                "NEW MILLBROOK, Jan 5 (Harbor Wire) - Work starts.",
                "Work starts.",
            ),
            (
                "(Harbor Wire) Work starts in April.",
                "Work starts in April.",
            ),
            (
                "(HW) — “We are ready,” she said.",
                "“We are ready,” she said.",
            ),
            (
                "Sycamore, Illinois (CNN) The man was convicted.",
                "The man was convicted.",
            ),
            (
                "Port Verity, Ore. (AP) — The crane fell.",
                "The crane fell.",
            ),
            ("Washington (CNN)The talks ended.", "The talks ended."),
            ("PORT VERITY, Ore. (AP) _ A crane fell.", "A crane fell."),
            (
                "OSTVALE, Ore., April 9, 2025 /PRNewswire/ -- Brightwater Labs recalled filters.",
                "Brightwater Labs recalled filters.",
            ),
            (
                "OSTVALE, Ore., April 9, 2025 (BUSINESS WIRE) -- Brightwater Labs recalled filters.",
                "Brightwater Labs recalled filters.",
            ),
            (
                "PORT VERITY _ ``We are ready,'' she said.",
                "``We are ready,'' she said.",
            ),
            // Not datelines.
            (
                "Harbor Safety Administration (HSA) Chief Ortiz spoke.",
                "Harbor Safety Administration (HSA) Chief Ortiz spoke.",
            ),
            (
                "Reporters at CNN (CNN) said so.",
                "Reporters at CNN (CNN) said so.",
            ),
            ("NATO — the alliance — met.", "NATO — the alliance — met."),
            ("A judge ruled on Monday.", "A judge ruled on Monday."),
            ("U.S. — The talks ended.", "U.S. — The talks ended."),
            (
                "NASA said the probe was fine.",
                "NASA said the probe was fine.",
            ),
            (
                "MILLBROOK, which floods often, voted.",
                "MILLBROOK, which floods often, voted.",
            ),
            ("The pier (Dock 4) - closed.", "The pier (Dock 4) - closed."),
            ("PORT VERITY —", "PORT VERITY —"),
        ];
        for &(input, expected) in cases {
            assert_eq!(&input[dateline_len(input, true)..], expected, "{input}");
        }
        // Away from an article's first sentence, only with an agency.
        let later = "PORT VERITY — The crane fell.";
        assert_eq!(dateline_len(later, false), 0);
        assert_eq!(
            dateline_len("PORT VERITY (HW) — The crane fell.", false),
            21
        );
        // Agencies that write their name in lowercase.
        let german = "HAFENSTADT (dpa) — Ein Kran ist eingestürzt.";
        assert_eq!(
            &german[dateline_len(german, false)..],
            "Ein Kran ist eingestürzt."
        );
        // Only the first sentence of a paragraph.
        let text = "He spoke. PORT VERITY (HW) — The crane fell.";
        let block = Block {
            span: 0..text.len(),
            kind: BlockKind::Prose,
            fingerprint: (0, 0),
            trigger: crate::document::Trigger::None,
            quoted: true,
        };
        let mut out = Vec::new();
        sentences(0, text, &[block], &mut out);
        assert_eq!(
            &text[out[1].span.clone()],
            "PORT VERITY (HW) — The crane fell."
        );
    }

    #[test]
    fn live_blog_time_stamps_and_interview_letters_are_not_quoted() {
        let cases: &[(&str, &str)] = &[
            (
                "10:42 a.m. — Officials say 3,000 left.",
                "Officials say 3,000 left.",
            ),
            ("9:58 ET - Water release begins.", "Water release begins."),
            (
                "14:05 GMT – “We are ready,” she said.",
                "“We are ready,” she said.",
            ),
            ("7:15 PM EST — The dam held.", "The dam held."),
            ("Q: Is the dam safe?", "Is the dam safe?"),
            ("A: Officials say it is.", "Officials say it is."),
            (
                "UPDATE: Two firefighters were hurt.",
                "Two firefighters were hurt.",
            ),
            ("Breaking News: The dam held.", "The dam held."),
            ("EXCLUSIVE: “We knew,” he said.", "“We knew,” he said."),
            // Not labels.
            (
                "10:42 a.m. was when it broke.",
                "10:42 a.m. was when it broke.",
            ),
            ("10:42 — and then it broke.", "10:42 — and then it broke."),
            ("3:1 — The vote passed.", "3:1 — The vote passed."),
            ("123:45 — The verse.", "123:45 — The verse."),
            ("A: the letter.", "A: the letter."),
            ("update: the patch.", "update: the patch."),
            ("Updates: Two were hurt.", "Updates: Two were hurt."),
            ("NASA: The probe is fine.", "NASA: The probe is fine."),
            ("Latest figures: 3,000 left.", "Latest figures: 3,000 left."),
            ("Q:", "Q:"),
            ("9:5", "9:5"),
            // A gallery's label; not a sentence about captions.
            (
                "Caption Rangers led the bear away.",
                "Rangers led the bear away.",
            ),
            (
                "Caption contests drew 40 entries.",
                "Caption contests drew 40 entries.",
            ),
            (
                "Caption: Rangers led it away.",
                "Caption: Rangers led it away.",
            ),
        ];
        for &(input, expected) in cases {
            assert_eq!(&input[entry_label_len(input)..], expected, "{input}");
        }
        // A question and its answer in one paragraph, a time stamp in the next.
        let text = "Q: Is it safe? A: Yes, it is.\n\n10:42 a.m. — It held.";
        let first = text.find("\n\n").unwrap();
        let blocks = [(0..first), (first + 2..text.len())].map(|span| Block {
            span,
            kind: BlockKind::Prose,
            fingerprint: (0, 0),
            trigger: crate::document::Trigger::None,
            quoted: true,
        });
        let mut out = Vec::new();
        sentences(0, text, &blocks, &mut out);
        let got: Vec<&str> = out.iter().map(|s| &text[s.span.clone()]).collect();
        assert_eq!(got, ["Is it safe?", "Yes, it is.", "It held."]);
    }

    #[test]
    fn a_quotation_of_several_sentences_is_one() {
        let cases: &[(&str, &[&str])] = &[
            (
                "\"We are ready. We trained for this,\" the chief said. Crews left.",
                &[
                    "\"We are ready. We trained for this,\" the chief said.",
                    "Crews left.",
                ],
            ),
            (
                "She said: “Not me. But someone will.” He agreed.",
                &["She said: “Not me. But someone will.”", "He agreed."],
            ),
            (
                "``It held. It will hold,'' he said. The dam held.",
                &["``It held. It will hold,'' he said.", "The dam held."],
            ),
            // French spacing puts the closing guillemet after a space, where UAX #29 has
            // already begun the next sentence: the quotation takes that one along.
            (
                "Il a dit : « C'est fini. Rentrez. » Puis il est parti.",
                &["Il a dit : « C'est fini. Rentrez. » Puis il est parti."],
            ),
            (
                "Il a dit : « C'est fini. Rentrez. »",
                &["Il a dit : « C'est fini. Rentrez. »"],
            ),
            // A quotation that runs on past its paragraph stays apart.
            (
                "\"The water rose fast. We left at night. We lost the car.",
                &[
                    "\"The water rose fast.",
                    "We left at night.",
                    "We lost the car.",
                ],
            ),
            // A quotation on its own goes with its speaker's quoted sentence before it, and
            // so does a second one.
            (
                "\"It held,\" he said. \"It will hold.\" The dam held.",
                &["\"It held,\" he said. \"It will hold.\"", "The dam held."],
            ),
            (
                "Ms. Okafor said: “It held.” “It will hold.” “We checked.” Crews left.",
                &[
                    "Ms. Okafor said: “It held.” “It will hold.” “We checked.”",
                    "Crews left.",
                ],
            ),
            (
                "“It held,” he said. “It will hold. We checked twice.”",
                &["“It held,” he said. “It will hold. We checked twice.”"],
            ),
            // Not after a sentence without a quotation, nor one that has its own speaker.
            (
                "The dam held. \"It will hold.\"",
                &["The dam held.", "\"It will hold.\""],
            ),
            (
                "\"It held,\" he said. \"It will hold,\" she said.",
                &["\"It held,\" he said.", "\"It will hold,\" she said."],
            ),
        ];
        for &(text, expected) in cases {
            let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, expected, "{text}");
        }
        // A run longer than MAX_QUOTATION_BYTES is left apart.
        let long = format!(
            "\"{} It ended,\" he said.",
            "The water rose fast. ".repeat(20)
        );
        assert_eq!(split(&long).len(), 21);
    }

    #[test]
    fn sentences_that_point_back_are_told() {
        for text in [
            "He said the pier would reopen.",
            "“It was fast,” she said.",
            "But the pier stayed shut.",
            "However, the pier stayed shut.",
            "THEY left on Monday.",
            "Its owner was not there.",
        ] {
            assert!(opens_dangling(text), "{text}");
        }
        for text in [
            "The pier closed.",
            "Helen Park said so.",
            "Item 4 passed.",
            "Hers was first.",
            "Thisbe spoke.",
            "It2 is a name.",
            "",
            "Itś",
        ] {
            assert!(!opens_dangling(text), "{text}");
        }
    }

    #[test]
    fn fragments_are_told_from_sentences() {
        for text in [
            "said the mayor.",
            "and we went,” he said.",
            "“when it fell.",
            "after 5 pm.",
        ] {
            assert!(continues(text), "{text}");
        }
        for text in ["“Where are they?” ", "\"Why?\"", "Is it safe?’"] {
            assert!(ends_with_quoted_question(text), "{text}");
        }
        for text in ["Where are they? ", "“We left.” ", "Stop!", ""] {
            assert!(!ends_with_quoted_question(text), "{text}");
        }
        for text in [
            "Inside the race to save the mill...",
            "The report details how 40 million card accounts and...",
            "What comes next… ",
        ] {
            assert!(is_cut_off(text), "{text}");
        }
        for text in ["“We will see…”", "He paused... and left.", "It ended."] {
            assert!(!is_cut_off(text), "{text}");
        }
        for text in ["(The city sent two.)", "(Even then (twice) it rained.) "] {
            assert!(is_aside(text), "{text}");
        }
        for text in [
            "(AP) The crane fell (twice)",
            "The crane (twice) fell.",
            "(2) It fell.",
            "",
        ] {
            assert!(!is_aside(text), "{text}");
        }
        for text in [
            "The pier closed.",
            "iPhone sales rose.",
            "de Blasio spoke.",
            "“Where are they?”",
            "5 people left.",
            "",
        ] {
            assert!(!continues(text), "{text}");
        }
    }

    #[test]
    fn a_gallery_button_is_not_part_of_its_caption() {
        let text = "View Images The crane lies across the north pier. It fell on Tuesday.";
        let block = Block {
            span: 0..text.len(),
            kind: BlockKind::Prose,
            trigger: crate::document::Trigger::None,
            quoted: true,
            fingerprint: (0, 0),
        };
        let mut out = Vec::new();
        sentences(0, text, &[block], &mut out);
        assert_eq!(
            &text[out[0].span.clone()],
            "The crane lies across the north pier."
        );
        assert_eq!(gallery_button_len("View Images of the pier were shown."), 0);
    }

    #[test]
    fn what_goes_on_a_time() {
        for word in TIME_GOES_ON.split_whitespace() {
            assert!(goes_on_a_time(word), "{word}");
        }
        assert!(goes_on_a_time("Sept. 3"));
        assert!(goes_on_a_time("Tuesday, the"));
        assert!(goes_on_a_time("GMT."));
        assert!(!goes_on_a_time("Passengers"));
        assert!(!goes_on_a_time("Mayor Lind"));
    }

    #[test]
    fn every_abbreviation_is_listed() {
        for word in ALWAYS_JOIN.iter().chain(MAYBE_JOIN).chain(PLACE_JOIN) {
            let list = [ALWAYS_JOIN, MAYBE_JOIN, PLACE_JOIN]
                .into_iter()
                .find(|list| list.contains(word))
                .unwrap_or_default();
            assert!(is_listed(word, list), "{word}");
            assert!(is_listed(&word.to_uppercase(), list), "{word}");
            let mut capitalized = word.to_string();
            capitalized[..1].make_ascii_uppercase();
            for w in [word.to_string(), word.to_uppercase(), capitalized] {
                assert!(may_be_listed(&w), "{w}");
            }
        }
        assert!(!is_listed("said", ALWAYS_JOIN));
        assert!(!is_listed("said", MAYBE_JOIN));
        assert!(!is_listed("said", PLACE_JOIN));
    }

    struct Case {
        name: &'static str,
        input: &'static str,
        expected: &'static [&'static str],
    }

    macro_rules! t {
        ($name:ident, $input:expr, [$($s:expr),* $(,)?]) => {
            Case { name: stringify!($name), input: $input, expected: &[$($s),*] }
        };
    }

    /// unicode-segmentation's own documented miss comes first.
    const ABBREVIATIONS: &[Case] = &[
        t!(
            mr_from_unicode_segmentation_docs,
            "Mr. Fox jumped. The dog slept.",
            ["Mr. Fox jumped.", "The dog slept."]
        ),
        t!(
            titles,
            "Gen. Ortiz met Sen. Park and Dr. Ruiz. They talked.",
            ["Gen. Ortiz met Sen. Park and Dr. Ruiz.", "They talked."]
        ),
        t!(
            month,
            "The vote is on Jan. 5 in the hall. It is public.",
            ["The vote is on Jan. 5 in the hall.", "It is public."]
        ),
        t!(
            number_sign,
            "Pier No. 3 is closed. Pier No. 4 is open.",
            ["Pier No. 3 is closed.", "Pier No. 4 is open."]
        ),
        t!(
            lost_pdf_ligature,
            "The memo contains classi?ed information. Who wrote it? Nobody knows!",
            [
                "The memo contains classi?ed information.",
                "Who wrote it?",
                "Nobody knows!"
            ]
        ),
        t!(
            titles_in_other_languages,
            "Según la Dra. Ortega, el fuego sigue. Il Dott. Rossi ha parlato. Viven en EE.UU. desde 2019.",
            [
                "Según la Dra. Ortega, el fuego sigue.",
                "Il Dott. Rossi ha parlato.",
                "Viven en EE.UU. desde 2019."
            ]
        ),
        t!(
            lost_pdf_quotation_marks,
            "The panel (hereinafter ?the Committee?) voted on it. What now? the mayor asked. “Who approved it?” said the mayor.",
            [
                "The panel (hereinafter ?the Committee?) voted on it.",
                "What now? the mayor asked.",
                "“Who approved it?”",
                "said the mayor."
            ]
        ),
        t!(
            region_before_agency,
            "MILLBROOK, Ore. (Harbor Wire) — Work starts. It ends in May.",
            [
                "MILLBROOK, Ore. (Harbor Wire) — Work starts.",
                "It ends in May."
            ]
        ),
        t!(
            region_before_aside,
            "Crews came from Salem, Ore. (The city sent two.) They helped.",
            [
                "Crews came from Salem, Ore.",
                "(The city sent two.)",
                "They helped."
            ]
        ),
        t!(
            state_then_opener,
            "The crews came from Salem, Ore. The city sent two.",
            ["The crews came from Salem, Ore.", "The city sent two."]
        ),
        t!(
            state_then_title,
            "It rained in Fresno, Calif. Gov. Ortiz came.",
            ["It rained in Fresno, Calif. Gov. Ortiz came."]
        ),
        t!(
            state_word_without_place,
            "Two of the crew fell ill. Doctors saw them.",
            ["Two of the crew fell ill.", "Doctors saw them."]
        ),
        t!(
            us_before_name,
            "The U.S. Coast Guard said so. Then it left.",
            ["The U.S. Coast Guard said so.", "Then it left."]
        ),
        t!(
            us_at_end,
            "The ship sailed for the U.S. The crew cheered.",
            ["The ship sailed for the U.S.", "The crew cheered."]
        ),
        t!(
            un_lowercase,
            "The U.N. said on Friday that aid was coming.",
            ["The U.N. said on Friday that aid was coming."]
        ),
        t!(
            company,
            "Verity Cranes Inc. Chief Executive Mara Lind resigned. Shares fell.",
            [
                "Verity Cranes Inc. Chief Executive Mara Lind resigned.",
                "Shares fell."
            ]
        ),
        t!(
            time,
            "It fell at 5 a.m. Tuesday. Nobody was there.",
            ["It fell at 5 a.m. Tuesday.", "Nobody was there."]
        ),
        t!(
            time_then_zone,
            "Polls close at 8 p.m. ET and at 9 P.M. Eastern in Maine. Counting starts then.",
            [
                "Polls close at 8 p.m. ET and at 9 P.M. Eastern in Maine.",
                "Counting starts then."
            ]
        ),
        t!(
            time_then_sentence,
            "The ferry left at 4:15 p.m. Passengers said it shook.",
            ["The ferry left at 4:15 p.m.", "Passengers said it shook."]
        ),
        t!(
            unknown_acronym,
            "She flew to N.J. Governor Hale met her.",
            ["She flew to N.J. Governor Hale met her."]
        ),
    ];

    const INITIALS: &[Case] = &[
        t!(
            middle_initial,
            "John F. Kennedy spoke. Crowds cheered.",
            ["John F. Kennedy spoke.", "Crowds cheered."]
        ),
        t!(
            two_initials,
            "The book by J. R. Tolkien sold well. It was long.",
            ["The book by J. R. Tolkien sold well.", "It was long."]
        ),
    ];

    const NUMBERS_AND_QUOTES: &[Case] = &[
        t!(
            decimal,
            "Prices rose 3.5 percent. Wages did not.",
            ["Prices rose 3.5 percent.", "Wages did not."]
        ),
        t!(
            ellipsis_lowercase,
            "He paused... then left. Rain fell.",
            ["He paused... then left.", "Rain fell."]
        ),
        t!(
            quote_then_said,
            "\"Stop the crane.\" he shouted. Workers ran.",
            ["\"Stop the crane.\" he shouted.", "Workers ran."]
        ),
        t!(
            curly_quotes,
            "“We are safe,” she said. “Nobody was hurt.” The pier closed.",
            [
                "“We are safe,” she said. “Nobody was hurt.”",
                "The pier closed."
            ]
        ),
        t!(
            doubled_quotes,
            "\"\"It was loud,\"\" he said. Then silence.",
            ["\"\"It was loud,\"\" he said.", "Then silence."]
        ),
        t!(
            question_exclaim,
            "Was it safe? No! The pier shut.",
            ["Was it safe?", "No!", "The pier shut."]
        ),
    ];

    const OTHER_SCRIPTS: &[Case] = &[
        t!(
            chinese,
            "港口关闭了。没有人受伤。",
            ["港口关闭了。", "没有人受伤。"]
        ),
        t!(
            no_punctuation,
            "one long line without any punctuation",
            ["one long line without any punctuation"]
        ),
        t!(
            emoji,
            "Great news 🎉🎉. Pier reopens 👩‍👩‍👧!",
            ["Great news 🎉🎉.", "Pier reopens 👩‍👩‍👧!"]
        ),
    ];

    const LINE_BREAKS: &[Case] = &[
        t!(
            pdf_line_break,
            "The council voted on Monday to\nraise the levee. It passed.",
            [
                "The council voted on Monday to\nraise the levee.",
                "It passed."
            ]
        ),
        t!(
            crlf_after_sentence,
            "It rained.\r\nThen it stopped.",
            ["It rained.", "Then it stopped."]
        ),
    ];

    #[test]
    fn text_without_capitals() {
        run(&[
            t!(
                lowercase,
                "the crane fell on tuesday. no one was hurt, mr. ortiz said. it cost $5.2 million. \
                 the u.s. sent help. ok.",
                [
                    "the crane fell on tuesday.",
                    "no one was hurt, mr. ortiz said.",
                    "it cost $5.2 million.",
                    "the u.s. sent help.",
                    "ok."
                ]
            ),
            t!(
                lowercase_with_accents,
                "ça va. élan fut là. tôt ou tard.",
                ["ça va.", "élan fut là.", "tôt ou tard."]
            ),
            t!(
                cased_text_is_left_to_uax_29,
                "The crane fell. it was old.",
                ["The crane fell. it was old."]
            ),
        ]);
    }

    #[test]
    fn line_breaks() {
        run(LINE_BREAKS);
    }

    fn run(cases: &[Case]) {
        for case in cases {
            let got: Vec<&str> = split(case.input)
                .into_iter()
                .map(|r| &case.input[r])
                .collect();
            assert_eq!(got, case.expected, "case {}", case.name);
        }
    }

    #[test]
    fn abbreviations() {
        run(ABBREVIATIONS);
    }

    #[test]
    fn initials() {
        run(INITIALS);
    }

    #[test]
    fn numbers_and_quotes() {
        run(NUMBERS_AND_QUOTES);
    }

    #[test]
    fn other_scripts() {
        run(OTHER_SCRIPTS);
    }
}
