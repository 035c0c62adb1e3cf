//! `src/lang/en.rs`: English function words, and every language's abbreviations, page-chrome
//! phrases and words a reader's focus asks with, from `data/`.

use std::collections::BTreeSet;

use crate::{bar_list, rows, str_list};

/// The words of a phrase that the trigger scan can read: runs of letters and digits that are
/// ASCII throughout (a run with another character, "publicité", is never a trigger).
fn words(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.is_ascii())
}

/// The words of a word-list file (white space between words, `#` to the line's end a comment).
fn word_list(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or_default())
        .flat_map(str::split_whitespace)
}

/// `abbreviations`, `chrome` and `requests`: every language's file, with its path.
pub(crate) fn english(
    function_words: &str,
    abbreviations: &[(String, String)],
    chrome: &[(String, String)],
    requests: &[(String, String)],
) -> Result<String, String> {
    let stop: BTreeSet<String> = word_list(function_words).map(str::to_string).collect();
    let mut request = BTreeSet::new();
    for (path, text) in requests {
        for word in word_list(text) {
            if word.to_lowercase() != word || word.contains('|') {
                return Err(format!("{path}: {word:?} must be lowercase, without a bar"));
            }
            request.insert(word.to_string());
        }
    }
    let (mut always, mut maybe, mut place) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let abbreviations = abbreviations
        .iter()
        .flat_map(|(path, text)| rows(text).map(move |(n, row)| (path, n, row)));
    for (path, n, row) in abbreviations {
        let set = match row.get(1).copied() {
            Some("always") => &mut always,
            Some("maybe") => &mut maybe,
            Some("place") => &mut place,
            other => {
                return Err(format!(
                    "{path}:{n}: the rule must be always, maybe or place, not {other:?}"
                ))
            }
        };
        set.insert(row[0].to_string());
    }
    let mut lists: [Vec<String>; 7] = Default::default();
    let (mut rare, mut common) = (BTreeSet::new(), BTreeSet::new());
    let chrome = chrome
        .iter()
        .flat_map(|(path, text)| rows(text).map(move |(n, row)| (path, n, row)));
    for (path, n, row) in chrome {
        let at = || format!("{path}:{n}");
        let (phrase, kind, scope) = match row[..] {
            [p, k, s] | [p, k, s, _] => (p, k, s),
            _ => {
                return Err(format!(
                    "{}: phrase, kind, scope and trigger, tab-separated",
                    at()
                ))
            }
        };
        if phrase.is_empty() || phrase != phrase.to_lowercase() {
            return Err(format!(
                "{}: the phrase must be lowercase and not empty",
                at()
            ));
        }
        let list = match (kind, scope) {
            ("caption", "start") => 0,
            ("caption", "anywhere") => 1,
            ("boilerplate", "anywhere") => 2,
            ("boilerplate", "biography") => 3,
            ("boilerplate", "nav") => 4,
            ("link-list", "label") => 5,
            ("boilerplate", "byline") => 6,
            _ => {
                return Err(format!(
                "{}: kind and scope must be caption start or anywhere, boilerplate anywhere, nav, \
                     biography or byline, or link-list label, not {kind} {scope}",
                at()
            ))
            }
        };
        lists[list].push(if list == 3 {
            format!(" is a {phrase}")
        } else {
            phrase.to_string()
        });
        let triggers: Vec<&str> = row.get(3).map_or(Vec::new(), |t| {
            t.split(' ').filter(|w| !w.is_empty()).collect()
        });
        if matches!(list, 0 | 5 | 6) {
            if !triggers.is_empty() {
                return Err(format!("{}: scope {scope} takes no trigger", at()));
            }
            continue;
        }
        if triggers.is_empty() {
            // Its longest word, rare: the phrase is then looked for in lines of any length.
            let longest = words(phrase).max_by_key(|w| w.len()).ok_or_else(|| {
                format!(
                    "{}: a phrase without letters or digits needs a trigger",
                    at()
                )
            })?;
            rare.insert(longest.to_string());
        }
        for t in triggers {
            if t == "©" {
                continue;
            }
            let (word, short) = match t.strip_suffix("/short") {
                Some(w) => (w, true),
                None => (t, false),
            };
            // The scanner reads an ASCII word of up to 16 bytes, and a word of another
            // script lowercased, of up to 32 (document::scan).
            let ascii = word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            // Letters and digits, and the marks the scanner keeps inside a word (combining
            // diacritics, Devanagari's virama and nukta: document::scan::is_inner_mark).
            let other = !word.is_ascii()
                && word == word.to_lowercase()
                && word.chars().all(|c| {
                    c.is_alphanumeric()
                        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{093C}' | '\u{094D}')
                });
            if word.is_empty() || !(ascii && word.len() <= 16 || other && word.len() <= 32) {
                return Err(format!(
                    "{}: a trigger is one word of lowercase letters and digits (ASCII ones at most 16 bytes, others 32), not {t:?}",
                    at()
                ));
            }
            if short { &mut common } else { &mut rare }.insert(word.to_string());
        }
    }
    if let Some(both) = rare.intersection(&common).next() {
        return Err(format!(
            "data/*/chrome.tsv: \"{both}\" is a trigger both rare and /short: it must be one or the other"
        ));
    }
    let [mut caption_starts, caption_contains, boilerplate, biography, nav, mut labels, mut bylines] =
        lists;
    // Looked up by their first byte (`BarList::starts`): sorted, once each.
    for list in [&mut caption_starts, &mut labels, &mut bylines] {
        list.sort();
        list.dedup();
    }
    let mut out = String::new();
    out.push_str("// Generated by `cargo xtask codegen` from data/en/; do not edit. Lists to binary-search\n// are sorted.\n\n");
    out.push_str("//! English function words; every language's abbreviations, page-chrome phrases and words a\n//! reader's focus asks with.\n\n");
    let sorted = |s: &BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>();
    str_list(
        &mut out,
        "pub(crate)",
        "English function words (lowercase) that are never concepts (data/en/function_words.txt).",
        "STOP_WORDS",
        &sorted(&stop),
    );
    bar_list(
        &mut out,
        "pub(crate)",
        "Abbreviations (lowercase, no final dot) that never end a sentence.",
        "ALWAYS_JOIN",
        &sorted(&always),
    )?;
    bar_list(&mut out, "pub(crate)", "Abbreviations (lowercase, no final dot) that end a sentence only before a sentence opener.", "MAYBE_JOIN", &sorted(&maybe))?;
    bar_list(&mut out, "pub(crate)", "State abbreviations (lowercase, no final dot) that after a place and a comma end a sentence\nonly before a sentence opener.", "PLACE_JOIN", &sorted(&place))?;
    bar_list(
        &mut out,
        "pub(crate)",
        "Phrases that open a caption or a credit (chrome.tsv: caption, start).",
        "CAPTION_STARTS",
        &caption_starts,
    )?;
    bar_list(
        &mut out,
        "pub(crate)",
        "Phrases of a caption or a credit anywhere in it (chrome.tsv: caption, anywhere).",
        "CAPTION_CONTAINS",
        &caption_contains,
    )?;
    bar_list(&mut out, "pub(crate)", "Phrases of page chrome anywhere in a line or sentence of at most 30 words (chrome.tsv:\nboilerplate, anywhere).", "BOILERPLATE", &boilerplate)?;
    bar_list(
        &mut out,
        "pub(crate)",
        "A reporter's biography, after its name (chrome.tsv: boilerplate, biography).",
        "BIOGRAPHY",
        &biography,
    )?;
    bar_list(&mut out, "pub(crate)", "Chrome words that are news words too (\"Facebook said on Tuesday …\"): chrome in a line of at\nmost 5 words, or of at most 30 that does not end as a sentence does or opens with \"Follow\"\n(chrome.tsv: boilerplate, nav).", "NAV_BOILERPLATE", &nav)?;
    let ascii = |set: &BTreeSet<String>, keep: bool| -> Vec<String> {
        set.iter()
            .filter(|w| w.is_ascii() == keep)
            .cloned()
            .collect()
    };
    bar_list(&mut out, "pub(crate)", "Words rare in news prose that let a line of any length be searched for the phrases\n(chrome.tsv: triggers; ASCII, sorted).", "RARE_TRIGGERS", &ascii(&rare, true))?;
    bar_list(&mut out, "pub(crate)", "Words common in news that let a line of at most 12 words be searched for the phrases\n(chrome.tsv: triggers written WORD/short; ASCII, sorted).", "COMMON_TRIGGERS", &ascii(&common, true))?;
    bar_list(
        &mut out,
        "pub(crate)",
        "[`RARE_TRIGGERS`] of other scripts, lowercase (sorted by their bytes).",
        "OTHER_RARE_TRIGGERS",
        &ascii(&rare, false),
    )?;
    bar_list(
        &mut out,
        "pub(crate)",
        "[`COMMON_TRIGGERS`] of other scripts, lowercase (sorted by their bytes).",
        "OTHER_COMMON_TRIGGERS",
        &ascii(&common, false),
    )?;
    bar_list(
        &mut out,
        "pub(crate)",
        "What opens a byline or a time stamp's line (chrome.tsv: boilerplate, byline).",
        "BYLINE_STARTS",
        &bylines,
    )?;
    bar_list(&mut out, "pub(crate)", "How a page labels a list of links to its other stories, lowercased (chrome.tsv:\nlink-list, label).", "LINK_LABELS", &labels)?;
    bar_list(
        &mut out,
        "pub(crate)",
        "Words a reader's focus asks with, never what it asks about (request_words.txt; sorted).",
        "REQUEST_WORDS",
        &sorted(&request),
    )?;
    // One line break at the end, as rustfmt leaves a file.
    out.truncate(out.trim_end().len());
    out.push('\n');
    Ok(out)
}
