//! HTML → the text a browser shows of it.

use super::decode_references;
use super::tables::{BLOCKS, HIDDEN};

/// Does `text` look like HTML source: a whole page (a doctype or `<html>` first) or a part
/// of one pasted on its own (a comment or an element's tag first: `<p>`, `<div class=…>`,
/// `<article>`, `<h1>`, `<b>`, …), ignoring white space and a byte-order mark? Text that
/// only mentions a tag later ("The <b>pier</b> closed.") is not.
///
/// ```
/// use corroborate::looks_like_html;
/// assert!(looks_like_html("<!doctype html><title>Port</title>"));
/// assert!(looks_like_html("\n<p>The pier <b>closed</b>.</p>"));
/// assert!(!looks_like_html("The <b>pier</b> closed."));
/// assert!(!looks_like_html("<3 the new pier"));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let Some(tag) = start.strip_prefix('<') else {
        return false;
    };
    if tag.starts_with("!--") {
        return true;
    }
    let name_len = tag
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'!'))
        .unwrap_or(tag.len());
    let name = tag[..name_len].to_ascii_lowercase();
    let closed = tag[name_len..]
        .chars()
        .next()
        .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace());
    closed && (name == "!doctype" || FRAGMENT_START.contains(&name.as_str()))
}

/// The elements a pasted part of a page can open with.
pub(super) const FRAGMENT_START: &[&str] = &[
    "html",
    "head",
    "body",
    "main",
    "article",
    "section",
    "header",
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "figure",
    "img",
    "br",
    "blockquote",
    "meta",
    "title",
    "script",
    "style",
    "link",
    "nav",
    "aside",
];

/// The text a reader of the HTML page `html` sees, in paragraphs separated by blank lines
/// (see the module documentation for what is kept).
///
/// ```
/// let html = "<h1>Pier closed</h1><p>The north pier closed on Tuesday, the port&rsquo;s \
///             director said.</p><script>track()</script><ul><li>Repairs: two weeks</li></ul>";
/// assert_eq!(
///     corroborate::html_to_text(html),
///     "Pier closed\n\nThe north pier closed on Tuesday, the port’s director said.\n\n\
///      • Repairs: two weeks\n"
/// );
/// ```
pub fn html_to_text(html: &str) -> String {
    let mut out = Text::default();
    let mut rest = html;
    let mut pre = 0usize;
    while let Some(open) = crate::text::phrases::find_byte(rest.as_bytes(), 0, b'<') {
        out.push_text(&rest[..open], pre > 0);
        let after = &rest[open + 1..];
        if let Some(comment) = after.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::parse(after) else {
            // A "<" that opens no tag ("a < b") is text.
            out.push_text("<", pre > 0);
            rest = after;
            continue;
        };
        rest = &after[tag.len..];
        let name = tag.name.as_str();
        if !tag.closing && HIDDEN.contains(&name) {
            rest = skip_element(rest, name);
            continue;
        }
        if name == "br" {
            out.line_break();
        } else if BLOCKS.contains(&name) {
            out.paragraph_break();
            if name == "pre" {
                pre = if tag.closing {
                    pre.saturating_sub(1)
                } else {
                    pre + 1
                };
            }
            if name == "li" && !tag.closing {
                out.push_raw("• ");
            }
        }
    }
    out.push_text(rest, pre > 0);
    out.finish()
}

/// A tag's name (lowercase) and whether it closes an element, and its length in bytes after
/// the `<`.
pub(super) struct Tag {
    name: String,
    closing: bool,
    len: usize,
}

impl Tag {
    /// Parses the tag that `after` (the text after a `<`) opens, or `None` if it opens none.
    /// A `>` inside a quoted attribute value does not end the tag; a tag never closed runs to
    /// the end of the page.
    fn parse(after: &str) -> Option<Tag> {
        let b = after.as_bytes();
        let closing = b.first() == Some(&b'/');
        let start = usize::from(closing);
        let first = *b.get(start)?;
        if !(first.is_ascii_alphabetic() || (first == b'!' && !closing) || first == b'?') {
            return None;
        }
        let name_end = b[start..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'!' | b'?' | b'-' | b':')))
            .map_or(b.len(), |p| start + p);
        let mut quote = None;
        // Never closed: a browser reads the rest of the page as the tag's attributes.
        let mut len = b.len();
        for (i, &c) in b.iter().enumerate().skip(name_end) {
            match (quote, c) {
                (None, b'>') => {
                    len = i + 1;
                    break;
                }
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
        }
        Some(Tag {
            name: after[start..name_end].to_ascii_lowercase(),
            closing,
            len,
        })
    }
}

/// The rest of the page after the element `name` whose start tag was just read: after its
/// end tag, or nothing if it is never closed.
pub(super) fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let past_tag = |s: &'a str| {
        s.bytes()
            .position(|c| c == b'>')
            .map_or("", |end| &s[end + 1..])
    };
    if name == "head" {
        // `</head>` may be left out: the body's start tag then ends the head.
        let end = find_ignoring_case(rest, "</head");
        let body = find_ignoring_case(rest, "<body");
        return match (end, body) {
            (Some(e), Some(b)) if b < e => &rest[b..],
            (Some(e), _) => past_tag(&rest[e..]),
            (None, Some(b)) => &rest[b..],
            (None, None) => "",
        };
    }
    let mut from = 0;
    while let Some(at) = rest[from..].find("</") {
        let at = from + at;
        let after = &rest[at + 2..];
        let matches = after
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && after[name.len()..]
                .bytes()
                .next()
                .map_or(true, |c| c == b'>' || c.is_ascii_whitespace());
        if matches {
            return past_tag(after);
        }
        from = at + 2;
    }
    ""
}

/// Where `needle` (ASCII) first occurs in `hay`, ignoring ASCII case.
pub(super) fn find_ignoring_case(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The text being written: paragraphs, and white space collapsed as it is added.
#[derive(Default)]
pub(super) struct Text {
    out: String,
    /// White space was seen since the last character written.
    space: bool,
}

impl Text {
    /// Adds text between tags, its character references decoded; white space collapses to
    /// one space unless `pre`.
    fn push_text(&mut self, text: &str, pre: bool) {
        decode_references(text, |piece| self.push_plain(piece, pre));
    }

    fn push_plain(&mut self, text: &str, pre: bool) {
        for c in text.chars() {
            if pre {
                self.out.push(c);
            } else if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.out.is_empty() && !self.out.ends_with('\n') {
                    self.out.push(' ');
                }
                self.space = false;
                self.out.push(c);
            }
        }
    }

    /// Adds text as it is (a bullet), as the start of a paragraph's content.
    fn push_raw(&mut self, text: &str) {
        self.space = false;
        self.out.push_str(text);
    }

    fn line_break(&mut self) {
        self.space = false;
        self.out.push('\n');
    }

    fn paragraph_break(&mut self) {
        self.space = false;
        let trimmed = self.out.trim_end_matches([' ', '\u{a0}']).len();
        self.out.truncate(trimmed);
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        self.out.push_str(if self.out.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        });
    }

    fn finish(mut self) -> String {
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}
