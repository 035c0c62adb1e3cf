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

mod html;
mod repair;
mod tables;
#[cfg(test)]
mod tests;

pub use html::{html_to_text, looks_like_html};
pub use repair::repair_text;

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

/// Calls `piece` with the runs of `text` between its character references and with each
/// reference decoded ([`decode_reference`]; one it does not know stays as written), in
/// order. Returns whether any reference was decoded.
fn decode_references(text: &str, mut piece: impl FnMut(&str)) -> bool {
    let mut rest = text;
    let mut decoded_any = false;
    while let Some(amp) = crate::text::phrases::find_byte(rest.as_bytes(), 0, b'&') {
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
