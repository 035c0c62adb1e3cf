//! Punctuation: what ends a sentence, closing quotes and brackets, reference marks.

/// Characters that end a sentence: Latin, Chinese and Japanese (and their half-width and
/// full-width forms), Devanagari and Bengali, Arabic and Urdu, Armenian, Ethiopic, Syriac,
/// Tibetan, Khmer, Myanmar and Mongolian full stops and question marks.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '。'
            | '！'
            | '？'
            | '．'
            | '｡'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '։'
            | '።'
            | '܂'
            | '།'
            | '។'
            | '။'
            | '᠃'
    )
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）'
    )
}

/// Does `line` end like a sentence (final punctuation, maybe followed by closing quotes and
/// reference marks: "… on Wednesday.[1]", "… in 2019.[citation needed]"; French spacing
/// puts a space before a closing guillemet, "… pourquoi. »"; German closes with „…“ and
/// »…«)?
pub(crate) fn ends_sentence(line: &str) -> bool {
    let line = before_closers(without_reference_marks(line.trim_end()));
    line.chars().next_back().is_some_and(is_terminal)
        || ends_with_bar_danda(line.as_bytes())
        || ends_with_greek_question(line.as_bytes())
}

/// `line` without what may follow a sentence's final punctuation: closing quotes and
/// brackets, spaces before them (French: "… pourquoi. »") and emoji.
pub(crate) fn before_closers(line: &str) -> &str {
    line.trim_end_matches(|c: char| {
        // German closes quotations with what opens them elsewhere: „…“, ‚…‘, »…«. Emoji
        // after the full stop (and their joiners and variation selectors) end nothing.
        is_closing(c)
            || matches!(c, '“' | '‘' | '«' | '‹' | ' ' | '\u{a0}' | '\u{202f}')
            || matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}')
            || matches!(c, '\u{fe0f}' | '\u{200d}')
    })
}

/// Does `text` (bytes) end in a Greek question mark, ";" right after a Greek letter or
/// accent ("Ποιος θα πληρώσει;")? Greek writes its semicolon as a raised dot ("·"), so after
/// Greek words ";" ends a question, which UAX #29 does not know. (U+037E, the Greek question
/// mark, is ";" once normalized, and keyboards type ";".)
pub(crate) fn ends_with_greek_question(text: &[u8]) -> bool {
    let Some(rest) = text.strip_suffix(b";") else {
        return false;
    };
    // U+0340–U+03FF (combining accents, Greek and Coptic): 0xCD to 0xCF and a continuation
    // byte; U+1F00–U+1FFF (Greek Extended): 0xE1, 0xBC to 0xBF and a continuation byte.
    matches!(rest, [.., 0xcd..=0xcf, _] | [.., 0xe1, 0xbc..=0xbf, _])
}

/// Does `text` (bytes) end in a vertical bar, or two, typed for a danda: Hindi and other
/// languages written in Devanagari often type "|" (or "||") for "।" ("… जान गँवाई थी |"),
/// after a Devanagari letter or mark and perhaps spaces?
pub(crate) fn ends_with_bar_danda(text: &[u8]) -> bool {
    let Some(rest) = text.strip_suffix(b"|") else {
        return false;
    };
    let rest = rest.strip_suffix(b"|").unwrap_or(rest);
    // U+0900–U+097F: 0xE0, then 0xA4 or 0xA5, then a continuation byte.
    matches!(rest.trim_ascii_end(), [.., 0xe0, 0xa4 | 0xa5, _])
}

/// `line` without the reference marks at its end: bracketed numbers, letters or a few words
/// ("[1]", "[12][a]", "[citation needed]"), as copies of encyclopedia pages and some news
/// sites carry them.
pub(crate) fn without_reference_marks(mut line: &str) -> &str {
    while let Some(inner) = line.strip_suffix(']') {
        let Some(open) = inner.bytes().rposition(|c| c == b'[') else {
            break;
        };
        if !is_reference_mark(&inner.as_bytes()[open + 1..]) || open == 0 {
            break;
        }
        line = &inner[..open];
    }
    line
}

/// Is `inside` what a reference mark's brackets hold: one to 20 letters, digits and spaces
/// ("1", "a", "citation needed")? Shared with the sentence stage's mark split.
pub(crate) fn is_reference_mark(inside: &[u8]) -> bool {
    !inside.is_empty()
        && inside.len() <= 20
        && inside
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b' ')
}

/// Does `s` end in a "?" or "!" that no quotation mark closes, maybe inside a parenthesis
/// ("… (hereinafter ?the Committee?)")?
pub(crate) fn ends_with_bare_question(s: &str) -> bool {
    let b = s.as_bytes();
    let end = b.iter().rposition(|&c| c != b')' && c != b']');
    end.is_some_and(|i| matches!(b[i], b'?' | b'!'))
}
