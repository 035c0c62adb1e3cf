//! Paragraphs → [`Block`]s: each paragraph's kind (markup, caption, chrome, list item,
//! heading, prose), then what only the article's layout shows: link farms, lists of links
//! under their label, paragraphs repeated inside the article.

use super::chrome::LINK_LABELS;
use super::chrome::{chrome_kind, chrome_kind_with, has_inner_sentence_end};
use super::lines::{bullet_len, paragraphs};
use super::scan::scan_words;
use super::scan::Trigger;
use super::{Block, BlockKind};
use crate::text::boundaries::split;
use crate::text::hash::FxHashMap;
use crate::text::phrases::has_substring;
use crate::text::punctuation::ends_sentence;
use crate::text::words::{count_words, is_script_without_full_stops, text_words};

/// Cuts `text` into classified blocks.
pub(super) fn blocks(text: &str) -> Vec<Block> {
    // 1. Lines joined into paragraphs where a sentence goes on.
    let spans = paragraphs(text);

    // 2. Classify each.
    let mut out: Vec<Block> = spans
        .into_iter()
        .map(|span| {
            let s = &text[span.clone()];
            let bullet = bullet_len(s);
            if bullet > 0 && !is_dialogue(s) {
                let rest = &s[bullet..];
                let lead = rest.len() - rest.trim_start().len();
                return Block {
                    span: span.start + bullet + lead..span.end,
                    kind: BlockKind::ListItem,
                    fingerprint: (0, 0),
                    trigger: Trigger::None,
                    quoted: true,
                };
            }
            let (trigger, fingerprint, quoted) = scan_words(s);
            Block {
                kind: classify(s, trigger),
                span,
                fingerprint,
                trigger,
                quoted,
            }
        })
        .collect();
    // A paragraph of several sentences whose last lost its full stop reads as a caption or
    // an embed does, and those are kept out as headings. But an article with no prose
    // paragraph at all has no layout to tell them apart by: its paragraphs of several
    // sentences are its text (a post pasted whole, "… for the first time in 8 years. It's
    // nice to be back in action ❤️"), not to be lost, unless they end in a credit.
    // Nor is a paragraph whose unfinished last sentence is glued to the one before it, with
    // no space after the full stop: a box of related headlines pasted into the text ("… from
    // its owner, Keel Shipping.Mayor Anna Reyes Harbor Bridge Closed … MORE"), which the
    // sentence stage finds broken; a caption's credit stands apart.
    let no_prose = !out.iter().any(|b| b.kind == BlockKind::Prose);
    for b in &mut out {
        if b.kind == BlockKind::Heading && is_unfinished_prose(&text[b.span.clone()], !no_prose) {
            b.kind = BlockKind::Prose;
        }
    }

    // 3. Link farms: runs of short lines with at least three headings, half of the run or
    //    more. Their headings become boilerplate, and so does a short "sentence" standing
    //    between two of them: a teaser link that happens to end with punctuation ("Why the
    //    harbor matters."), or one of several such lines (a product list's descriptions). A
    //    lone news sentence of 16 words between "Scroll down for video" and "Recommended by
    //    Outbrain" is neither.
    // Words as budgets count them: a paragraph of Japanese or Chinese is one "word" between
    // spaces, not a short line (in ASCII text the two counts are one).
    let short = |b: &Block| {
        let s = &text[b.span.clone()];
        matches!(
            b.kind,
            BlockKind::Heading | BlockKind::Prose | BlockKind::ListItem
        ) && count_words(s, 17) <= 16
            && (s.is_ascii() || text_words(s) <= 16)
    };
    let mut i = 0;
    while i < out.len() {
        let mut j = i;
        while j < out.len() && short(&out[j]) {
            j += 1;
        }
        let headings = out[i..j]
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .count();
        if headings >= 3 && headings * 2 >= j - i {
            // Short prose between headings (their kinds before this step): teasers, or the
            // one-line descriptions of a list of headlines or products when there are several.
            let flanked = |out: &[Block], k: usize, previous: BlockKind| {
                k > i
                    && k + 1 < j
                    && out[k].kind == BlockKind::Prose
                    && previous != BlockKind::Prose
                    && out[k + 1].kind == BlockKind::Heading
            };
            let several = (i + 1..j)
                .filter(|&k| flanked(&out, k, out[k - 1].kind))
                .count()
                >= 2;
            let mut previous = BlockKind::Heading;
            for k in i..j {
                let kind = out[k].kind;
                let teaser = flanked(&out, k, previous)
                    && (several
                        || count_words(&text[out[k].span.clone()], TEASER_WORDS + 1)
                            <= TEASER_WORDS);
                if kind == BlockKind::Heading || teaser {
                    out[k].kind = BlockKind::Boilerplate;
                }
                previous = kind;
            }
        }
        i = j.max(i + 1);
    }

    // 3b. A list of links under its label ("Recommended for you:", "More from the Herald",
    //     "You may also like"): two or more short one-line blocks on the lines right after
    //     the label, up to a blank line or a longer paragraph, are its links, whether or not
    //     they end as sentences do ("Is this the end of the summer ferry?").
    let mut k = 0;
    while k < out.len() {
        let label = is_link_label(&text[out[k].span.clone()]);
        let mut end = out[k].span.end;
        k += 1;
        if !label {
            continue;
        }
        let run = out[k..]
            .iter()
            .take_while(|b| {
                // No blank line between (in "\r\n" text too).
                let gap = &text.as_bytes()[end..b.span.start];
                let next_line = gap.iter().filter(|&&c| c == b'\n').count() < 2;
                end = b.span.end;
                next_line && short(b) && !text.as_bytes()[b.span.clone()].contains(&b'\n')
            })
            .count();
        if run >= 2 {
            for b in &mut out[k..k + run] {
                b.kind = BlockKind::Boilerplate;
            }
            k += run;
        }
    }

    // 4. Paragraphs repeated inside the article.
    // (A map of the type `group_sources` uses: each key and value type of a map is its own
    // copy of the hash table's code in the wasm module.)
    let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
    for b in &mut out {
        if b.kind == BlockKind::Prose && seen.insert(b.fingerprint.0, 0).is_some() {
            b.kind = BlockKind::Repeat;
        }
    }
    out
}

/// Is block `s`, which does not end as a sentence does, sentences whose last lost its full
/// stop: more than one, the last no credit ("… at the Kremlin. (AP Photo/Ivan Sekretarev)",
/// "… was arrested... (Associated Press)") and no embedded post's signature ("… — Dana
/// Ruiz (@danaruiz) May 1, 2026")?
/// With `glued_only`, only if the last follows the full stop before it without a space.
fn is_unfinished_prose(s: &str, glued_only: bool) -> bool {
    let pieces = split(s);
    match pieces.last() {
        Some(last) if pieces.len() > 1 => {
            let tail = s[last.clone()].trim_end();
            !has_substring(tail, "(@")
                && !tail.ends_with(')')
                && chrome_kind(tail).is_none()
                && (!glued_only || !s.as_bytes()[last.start - 1].is_ascii_whitespace())
        }
        _ => false,
    }
}

/// Is `s`, which opens with a dash as a list item does, a line of dialogue: a quotation that
/// Russian and Brazilian news write after a dash, the speaker after another ("— Мы не
/// откроем мост, — сказал инженер.", "— Não vamos reabrir a ponte — disse o engenheiro.")?
/// The second dash follows a word or a mark and a space, and comes before a lowercase word;
/// the line ends as a sentence does.
fn is_dialogue(s: &str) -> bool {
    let b = s.as_bytes();
    // "—" and "–": 0xE2 0x80, then 0x94 or 0x93.
    let dash = |i: usize| {
        b.get(i..i + 3)
            .is_some_and(|d| matches!(d, [0xe2, 0x80, 0x93 | 0x94]))
    };
    dash(0)
        && ends_sentence(s)
        && (1..b.len()).any(|i| {
            b[i - 1] != b' '
                && b[i] == b' '
                && dash(i + 1)
                && s.get(i + 4..)
                    .and_then(|t| t.trim_start().chars().next())
                    .is_some_and(char::is_lowercase)
        })
}

/// Most words of a lone teaser link that ends with punctuation, standing between headings
/// in a link farm.
pub(super) const TEASER_WORDS: usize = 10;

pub(super) fn classify(s: &str, trigger: Trigger) -> BlockKind {
    if looks_like_markup(s) {
        return BlockKind::Markup;
    }
    // A television site's embedded video: one paragraph of chrome however many sentences its
    // caption has ("EMBED More News Videos First look at the new bridge. Dana Ruiz reports
    // during Action News at 6pm on June 1, 2025.").
    if s.starts_with("EMBED ") {
        return BlockKind::Boilerplate;
    }
    if let Some(kind) = chrome_kind_with(s, trigger) {
        // A whole paragraph is chrome only when it is one sentence; otherwise the sentence
        // stage drops just the chrome sentences ("… on Tuesday. Subscribe for more.").
        if !has_inner_sentence_end(s) {
            return kind;
        }
    }
    if !ends_sentence(s) && !in_script_without_full_stops(s) {
        return BlockKind::Heading;
    }
    BlockKind::Prose
}

/// Is `s` mostly Thai, Lao, Khmer or Myanmar, scripts whose sentences often end without a
/// mark (a space separates them)? Their paragraphs are not headings for lack of a full stop.
pub(super) fn in_script_without_full_stops(s: &str) -> bool {
    if s.is_ascii() {
        return false;
    }
    let (mut script, mut other) = (0usize, 0usize);
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        if is_script_without_full_stops(c) {
            script += 1;
        } else {
            other += 1;
        }
    }
    script > other
}

/// Is the block `s` a label of a list of links ([`LINK_LABELS`]): one of them first, in at
/// most six words in all ("More from Coastal Herald", "Related stories:")?
pub(super) fn is_link_label(s: &str) -> bool {
    // Short first: most blocks are prose, and the labels of every language are many.
    count_words(s, 7) <= 6 && LINK_LABELS.starts(s)
}

/// Tags such as `<p>`, `</div>`, `<img src=…>` make up a visible share of the block.
pub(super) fn looks_like_markup(s: &str) -> bool {
    let mut tag_bytes = 0;
    let mut rest = s;
    while let Some(open) = crate::text::phrases::find_byte(rest.as_bytes(), 0, b'<') {
        let after = &rest[open + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        // A tag closes within 400 bytes; looked for no further, so that a block of many
        // unclosed "<" is read in one pass.
        match after.bytes().take(400).position(|c| c == b'>') {
            Some(close) if is_tag => {
                tag_bytes += close + 2;
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    tag_bytes > 0 && (tag_bytes * 5 >= s.len() || s.trim_start().starts_with('<'))
}
