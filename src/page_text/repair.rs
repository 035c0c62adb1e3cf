//! Text repair: character references, UTF-8 read as Windows-1252, quotation marks doubled as
//! a CSV cell writes them.

use super::decode_references;
use super::tables::windows_1252_byte;

/// Text as its writer meant it, for callers that hold text which went through another
/// program on its way: HTML character references decoded (`&rsquo;`, `&#8217;`, `&amp;`: a
/// page's source or a feed copied as text), UTF-8 that was read as Windows-1252 restored
/// (`â€™` is `’`, `Ã©` is `é`: a page or a mail shown in the wrong encoding, then copied),
/// and quotation marks doubled as a spreadsheet's CSV cell writes them made single
/// (`""Stop,"" he said` is `"Stop," he said`), and words hyphenated at a line's end
/// joined again (`Tues-` and `day` on two lines of a PDF's copy are `Tues-day`). The CLI
/// reads every text file through it, and the demo page every pasted article. Borrowed
/// unchanged when there is nothing to repair.
///
/// A character reference is decoded only if it is one [`html_to_text`](super::html_to_text) knows and ends with
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
/// assert_eq!(
///     repair_text("voted 7-2 on Tues-\nday to approve it"),
///     "voted 7-2 on Tues-day to approve it"
/// );
/// ```
pub fn repair_text(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let mut text = Cow::Borrowed(text);
    if shows_mojibake(&text) {
        text = Cow::Owned(undo_mojibake(&text));
    }
    if text.as_bytes().contains(&b'&') {
        let mut out = String::with_capacity(text.len());
        if decode_references(&text, |piece| out.push_str(piece)) {
            text = Cow::Owned(out);
        }
    }
    if let Some(single) = undouble_quotes(&text) {
        text = Cow::Owned(single);
    }
    if let Some(joined) = join_broken_words(&text) {
        text = Cow::Owned(joined);
    }
    text
}

/// `text` with the line breaks right after a hyphen inside a word taken out ("Tues-\nday",
/// "treat-\nment": a line of a PDF hyphenated at its end, which a summary would quote as
/// "Tues- day"), the hyphen kept, as it may be a compound's own ("state-\nfunded"); `None`
/// if it has none.
pub(super) fn join_broken_words(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut last = 0;
    for (i, _) in text.match_indices("-\n") {
        let before = text[..i].chars().next_back();
        let after = text[i + 2..].chars().next();
        if before.is_some_and(char::is_lowercase) && after.is_some_and(char::is_lowercase) {
            out.push_str(&text[last..=i]);
            last = i + 2;
        }
    }
    (last > 0).then(|| out + &text[last..])
}

/// `text` with CSV's doubled quotation marks made single ([`repair_text`]), or `None` if it
/// has none or a `"` that is not doubled inside it.
pub(super) fn undouble_quotes(text: &str) -> Option<String> {
    if !text.contains("\"\"") {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = crate::text::phrases::find_byte(rest.as_bytes(), 0, b'"') {
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

/// The character that the characters starting `s` spell as UTF-8 read as Windows-1252, and
/// how many bytes of `s` they take: `None` unless the first is a lead byte and the right
/// number of continuation bytes follows.
pub(super) fn misread_char(s: &str) -> Option<(char, usize)> {
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
pub(super) fn shows_mojibake(text: &str) -> bool {
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
pub(super) fn undo_mojibake(text: &str) -> String {
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
