//! An HTML page's text, for callers that hold pages' source rather than their text (the CLI
//! reads `.html` files through it). Not a pipeline stage: [`crate::summarize`] takes text,
//! and its quotes are spans of that text.
//!
//! What it keeps is what a reader of the page sees, laid out as the pipeline reads pasted
//! text: each block element (`<p>`, `<div>`, `<h1>`, `<li>`, `<td>`, …) a paragraph of its
//! own, list items as bullets, `<br>` a line break, white space inside a block collapsed as a
//! browser collapses it (kept in `<pre>`), character references decoded (`&amp;`, `&#8217;`,
//! `&#x2014;`, the named ones news pages use). Left out: the contents of `<head>`, `<script>`,
//! `<style>`, `<noscript>`, `<template>`, `<svg>` and `<iframe>`, comments, and the tags
//! themselves. It is no HTML parser: markup that a browser would repair (a `<p>` never
//! closed, say) still reads sensibly, because only where blocks start and end matters here.

/// Elements whose contents a reader never sees.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// Named character references news pages use, with what they stand for.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("euro", "€"),
    ("pound", "£"),
    ("cent", "¢"),
    ("yen", "¥"),
    ("sect", "§"),
    ("para", "¶"),
    ("times", "×"),
    ("divide", "÷"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("shy", ""),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("auml", "ä"),
    ("euml", "ë"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("ntilde", "ñ"),
    ("ccedil", "ç"),
    ("szlig", "ß"),
    ("Aacute", "Á"),
    ("Eacute", "É"),
    ("Oacute", "Ó"),
    ("Uacute", "Ú"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("Ntilde", "Ñ"),
];

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
const FRAGMENT_START: &[&str] = &[
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
    while let Some(open) = rest.find('<') {
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
struct Tag {
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
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let past_tag = |s: &'a str| s.find('>').map_or("", |end| &s[end + 1..]);
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
fn find_ignoring_case(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The text being written: paragraphs, and white space collapsed as it is added.
#[derive(Default)]
struct Text {
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

/// Text as its writer meant it, for callers that hold text which went through another
/// program on its way: HTML character references decoded (`&rsquo;`, `&#8217;`, `&amp;`: a
/// page's source or a feed copied as text), UTF-8 that was read as Windows-1252 restored
/// (`â€™` is `’`, `Ã©` is `é`: a page or a mail shown in the wrong encoding, then copied),
/// and quotation marks doubled as a spreadsheet's CSV cell writes them made single
/// (`""Stop,"" he said` is `"Stop," he said`). The CLI reads every text file through it, and
/// the demo page every pasted article. Borrowed unchanged when there is nothing to repair.
///
/// A character reference is decoded only if it is one [`html_to_text`] knows and ends with
/// its `;` ("AT&T" and "&c." stay). Encoding damage is repaired only in a text that shows it
/// unmistakably (an `â€` or an `Ã` or `Â` before a character that UTF-8 continues with), and
/// then only where the characters' Windows-1252 bytes are valid UTF-8. Quotation marks are
/// made single only in a text where every run of `"` is of even length but for one that
/// opens or closes the whole text (the cell's own quotes, dropped).
///
/// ```
/// use corroborate::repair_text;
/// assert_eq!(
///     repair_text("the bridge&rsquo;s supports &amp; piers"),
///     "the bridge’s supports & piers"
/// );
/// assert_eq!(
///     repair_text("â€œWe will not take chances,â€\u{9d} said the mayor of MalmÃ¶."),
///     "“We will not take chances,” said the mayor of Malmö."
/// );
/// let fine = "AT&T said the CAFÉ’s sign was “new”.";
/// assert_eq!(repair_text(fine), fine);
/// assert_eq!(
///     repair_text(r#""The mayor said ""not yet."""#),
///     r#"The mayor said "not yet.""#
/// );
/// ```
pub fn repair_text(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let mut text = Cow::Borrowed(text);
    if shows_mojibake(&text) {
        text = Cow::Owned(undo_mojibake(&text));
    }
    if text.contains('&') {
        let mut out = String::with_capacity(text.len());
        if decode_references(&text, |piece| out.push_str(piece)) {
            text = Cow::Owned(out);
        }
    }
    if let Some(single) = undouble_quotes(&text) {
        text = Cow::Owned(single);
    }
    text
}

/// `text` with CSV's doubled quotation marks made single ([`repair_text`]), or `None` if it
/// has none or a `"` that is not doubled inside it.
fn undouble_quotes(text: &str) -> Option<String> {
    if !text.contains("\"\"") {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        let run = rest[at..].bytes().take_while(|&c| c == b'"').count();
        let offset = text.len() - rest.len() + at;
        if run % 2 == 1 && offset != start && offset + run != end {
            return None;
        }
        out.push_str(&rest[..at]);
        for _ in 0..run / 2 {
            out.push('"');
        }
        rest = &rest[at + run..];
    }
    out.push_str(rest);
    Some(out)
}

/// Calls `piece` with the runs of `text` between its character references and with each
/// reference decoded ([`decode_reference`]; one it does not know stays as written), in
/// order. Returns whether any reference was decoded.
fn decode_references(text: &str, mut piece: impl FnMut(&str)) -> bool {
    let mut rest = text;
    let mut decoded_any = false;
    while let Some(amp) = rest.find('&') {
        piece(&rest[..amp]);
        match decode_reference(&rest[amp + 1..]) {
            Some((decoded, len)) => {
                piece(&decoded);
                rest = &rest[amp + 1 + len..];
                decoded_any = true;
            }
            None => {
                piece("&");
                rest = &rest[amp + 1..];
            }
        }
    }
    piece(rest);
    decoded_any
}

/// The byte that Windows-1252 writes `c` as, if it has one (its five unassigned bytes, and
/// Latin-1's C1 controls, as the control characters a decoder may have left for them).
fn windows_1252_byte(c: char) -> Option<u8> {
    let byte = match c {
        '\0'..='\u{ff}' => c as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(byte)
}

/// The character that the characters starting `s` spell as UTF-8 read as Windows-1252, and
/// how many bytes of `s` they take: `None` unless the first is a lead byte and the right
/// number of continuation bytes follows.
fn misread_char(s: &str) -> Option<(char, usize)> {
    let mut chars = s.char_indices();
    let lead = windows_1252_byte(chars.next()?.1)?;
    let len = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    for byte in bytes.iter_mut().take(len).skip(1) {
        let (_, c) = chars.next()?;
        *byte = windows_1252_byte(c).filter(|b| (0x80..=0xbf).contains(b))?;
    }
    let c = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    let used = chars.next().map_or(s.len(), |(i, _)| i);
    Some((c, used))
}

/// Does `text` show UTF-8 read as Windows-1252 unmistakably: `â€` (how curly quotes, dashes
/// and the ellipsis come out), or `Ã` or `Â` spelling a character (`Ã©`, `Â£`)?
fn shows_mojibake(text: &str) -> bool {
    text.match_indices(['â', 'Ã', 'Â']).any(|(i, first)| {
        let rest = &text[i..];
        match misread_char(rest) {
            Some(_) if first == "â" => rest[first.len()..].starts_with('€'),
            Some(_) => true,
            None => false,
        }
    })
}

/// `text` with every run of characters that spells a character as UTF-8 read as
/// Windows-1252 replaced by that character. An `â€` that nothing continues is a closing
/// quotation mark (`”`, bytes E2 80 9D) whose last byte, which Windows-1252 leaves
/// unassigned, was dropped on the way: the one such character news text is full of.
fn undo_mojibake(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        match misread_char(&text[i..]) {
            Some((fixed, used)) => {
                out.push(fixed);
                i += used;
            }
            None if text[i..].starts_with("â€") => {
                out.push('”');
                i += "â€".len();
            }
            None => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The character reference that `after` (the text after a `&`) starts, decoded, with its
/// length in bytes (the `;` included); `None` if it starts none that is known.
fn decode_reference(after: &str) -> Option<(String, usize)> {
    let end = after.bytes().take(32).position(|b| b == b';')?;
    let body = &after[..end];
    let c = if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        match code {
            0 => '\u{fffd}',
            // Windows-1252's quotes and dashes, which pages still write as these numbers.
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            0x85 => '…',
            _ => char::from_u32(code).unwrap_or('\u{fffd}'),
        }
        .to_string()
    } else {
        ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|(_, text)| text.to_string())?
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repair_decodes_known_character_references_only() {
        let cases = [
            ("the port&rsquo;s pier", "the port’s pier"),
            (
                "&#8220;closed&#8221; &#x2014; for now",
                "“closed” — for now",
            ),
            ("AT&T and R&D; &c. and 5 & 6", "AT&T and R&D; &c. and 5 & 6"),
            ("&notanentity; &amp;rsquo;", "&notanentity; &rsquo;"),
            ("a & b &", "a & b &"),
        ];
        for (text, want) in cases {
            assert_eq!(repair_text(text), want, "{text:?}");
        }
        assert!(matches!(
            repair_text("AT&T said so."),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn repair_makes_doubled_quotation_marks_single() {
        let cases = [
            (
                r#"""It was frightening,"" said Ida Roen. ""Then boring."""#,
                r#""It was frightening," said Ida Roen. "Then boring.""#,
            ),
            // A spreadsheet cell's own quotes around it are dropped.
            (
                "\"The mayor said \"\"not yet.\"\"\"\n",
                "The mayor said \"not yet.\"\n",
            ),
            (
                r#"the ""Two Fat Ladies"" show"#,
                r#"the "Two Fat Ladies" show"#,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(repair_text(text), want, "{text:?}");
        }
        // A single quotation mark inside: not CSV, left as written.
        for text in [
            r#"He said "no" and ""yes"" twice."#,
            r#"A "quoted" word."#,
            r#"The cell "" is empty, she "said"#,
        ] {
            assert_eq!(repair_text(text), text, "{text:?}");
        }
    }

    #[test]
    fn repair_undoes_utf8_read_as_windows_1252() {
        let cases = [
            (
                "â€œYes,â€\u{9d} she said â€” twice â€¦",
                "“Yes,” she said — twice …",
            ),
            ("the cityâ€™s 2â€“1 vote", "the city’s 2–1 vote"),
            // The closing quotation mark's unassigned last byte lost.
            ("â€œWe are ready,â€ she said.", "“We are ready,” she said."),
            (
                "MalmÃ¶ and SÃ£o Paulo, cafÃ© crÃ¨me, Â£5",
                "Malmö and São Paulo, café crème, £5",
            ),
            ("Ã©tÃ© ðŸ™‚", "été 🙂"),
            // Characters that spell nothing are left as they are.
            ("Ã© and Ã then Ã¥", "é and Ã then å"),
        ];
        for (text, want) in cases {
            assert_eq!(repair_text(text), want, "{text:?}");
        }
        // Without an unmistakable sign, accented capitals next to quotes stay: in "CAFÉ”"
        // the bytes of É and ” happen to spell "ɔ".
        for text in ["the CAFÉ” sign", "ÉCOLE “NOUVELLE”", "Ö‘s", "â"] {
            assert_eq!(repair_text(text), text, "{text:?}");
        }
    }

    #[test]
    fn a_news_page_becomes_its_paragraphs() {
        let html = "<!DOCTYPE html>\n<html><head><title>Pier</title><style>p{color:red}</style>\
                    </head><body><nav><a href=\"/\">Home</a> | <a href='/x?a=1&amp;b=2'>News</a></nav>\
                    <article><h1>Pier closed after \n  crane collapse</h1>\
                    <p class=\"lead\" data-x=\"a > b\">The north pier of Port Verity\n  closed on \
                    <em>Tuesday</em>, the harbor&nbsp;authority said&#8212;for two weeks.</p>\
                    <!-- ad slot <p>hidden</p> -->\
                    <script>if (a < b) document.write(\"<p>no</p>\")</script>\
                    <p>&ldquo;We were lucky,&rdquo; said Ms.&nbsp;Ruiz &amp; her crew.<br>\
                    Nobody was hurt.</p><ul><li>Closed: <b>2 weeks</b></li><li>Cost: &#x24;4 million\
                    </li></ul></article></body></html>";
        assert_eq!(
            html_to_text(html),
            "Home | News\n\n\
             Pier closed after crane collapse\n\n\
             The north pier of Port Verity closed on Tuesday, the harbor authority \
             said—for two weeks.\n\n\
             “We were lucky,” said Ms. Ruiz & her crew.\n\
             Nobody was hurt.\n\n\
             • Closed: 2 weeks\n\n\
             • Cost: $4 million\n"
        );
    }

    #[test]
    fn text_that_is_not_markup_passes_through() {
        assert_eq!(
            html_to_text("a < b and c > d; AT&T"),
            "a < b and c > d; AT&T\n"
        );
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("&unknown; &#xZZ; &"), "&unknown; &#xZZ; &\n");
        assert_eq!(html_to_text("&#0;&#1114112;&#150;"), "\u{fffd}\u{fffd}–\n");
    }

    #[test]
    fn broken_markup_never_panics_and_keeps_the_text() {
        for html in [
            "<p>open",
            "<p class=\"never closed>text",
            "<script>never closed",
            "<!-- never closed",
            "</",
            "<",
            "<<<>>>",
            "<pre>  kept  \n  as is</pre><p>a</p>",
            "<p>é&eacute;\u{1f600}</p>",
        ] {
            let text = html_to_text(html);
            assert!(!text.contains("<p"), "{html:?} → {text:?}");
        }
        assert_eq!(html_to_text("<p>open"), "open\n");
        assert_eq!(
            html_to_text("<pre>  kept  \n  as is</pre><p>a</p>"),
            "  kept  \n  as is\n\na\n"
        );
    }

    #[test]
    fn a_head_left_open_ends_at_the_body() {
        assert_eq!(
            html_to_text("<html><head><title>T</title><body><p>Text.</p>"),
            "Text.\n"
        );
        assert_eq!(html_to_text("<head><title>T</title>"), "");
    }

    #[test]
    fn pages_are_told_from_text() {
        assert!(looks_like_html("\u{feff}\n  <!doctype html><html>"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(looks_like_html("<P>The pier closed.</P>"));
        assert!(looks_like_html(
            "<div class=\"story\"><p>The pier closed.</p></div>"
        ));
        assert!(looks_like_html("<!-- story --><p>The pier closed.</p>"));
        assert!(looks_like_html("<br/>The pier closed."));
        assert!(!looks_like_html("The <b>pier</b> closed."));
        assert!(!looks_like_html("<3 the new pier"));
        assert!(!looks_like_html("<pier> closed"));
        assert!(!looks_like_html("<"));
        assert!(!looks_like_html(""));
    }
}
