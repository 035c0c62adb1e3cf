//! Stage 1, articles → [`Document`]s: each article's text cut into [`Block`]s (paragraphs or
//! lines) that are classified, and articles grouped into independent sources.
//!
//! Heuristic:
//! - A block is a line; a line that does not end a sentence is continued by a following line
//!   that starts in lowercase (text copied from PDFs breaks lines mid-sentence), and in text
//!   wrapped at a fixed width (wire copy, e-mail, PDFs) by any following line.
//! - Kinds, checked in this order: markup (HTML tags), caption or credit ("Image Source: …",
//!   "(AP Photo/…)"), boilerplate (subscribe prompts, bylines, copyright, share buttons),
//!   list item (bullets, numbered lines), heading (no sentence-final punctuation), prose.
//!   Runs of three or more short lines that are mostly headings are link farms ("More from
//!   us" lists of unrelated headlines), marked as boilerplate.
//! - A paragraph repeated inside one article is kept once.
//! - An article most of whose long paragraphs already appeared in one earlier article is a
//!   syndicated copy of it: both count as one source of agreement.
//!
//! Known miss: a one-line teaser that ends with a full stop inside a link farm ("Why the
//! harbor matters."), between two headings, stays prose; its sentence can still be chosen if
//! other articles agree with it.

use std::ops::Range;

use std::collections::hash_map::Entry;
use std::hash::Hasher;

use crate::case::{lower, lowercase};
use crate::hash::{tail_word, FxHashMap, FxHasher, WordBloom};
use crate::segment::{bytes_equal, bytes_in_range, is_punctuation_mark, HIGH, LOW};
use crate::Article;

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// Running text: the only kind whose sentences are summarized.
    Prose,
    /// A line without sentence-final punctuation: headlines, section titles, link texts.
    Heading,
    /// A bulleted or numbered line.
    ListItem,
    /// A photo caption or credit.
    Caption,
    /// Page chrome: subscribe prompts, bylines, datelines, share buttons, link farms.
    Boilerplate,
    /// HTML or XML markup.
    Markup,
    /// A paragraph already seen earlier in the same article.
    Repeat,
}

/// A classified paragraph or line of one article.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// Byte range in the article's text, trimmed of white space (and of a bullet marker for
    /// list items).
    pub span: Range<usize>,
    pub kind: BlockKind,
    /// Hash of its lowercase words, and how many words (see [`fingerprint`]); (0, 0) for list
    /// items. Compared for prose only.
    pub fingerprint: (u64, usize),
    /// Whether any sentence of it can be chrome: it holds a [`Trigger`] word.
    pub trigger: Trigger,
    /// Whether it may hold a quotation mark: an ASCII double quote or backquote, or any
    /// character outside ASCII (curly quotes and guillemets are). The sentence stage counts
    /// the marks of such a block only.
    pub quoted: bool,
}

/// One article cut into blocks, with the independent source it belongs to.
#[derive(Clone, Debug)]
pub(crate) struct Document {
    pub blocks: Vec<Block>,
    /// Independent source id, 0-based and dense in order of first appearance.
    pub source_group: usize,
    /// The earlier article this one is a syndicated copy of.
    pub duplicate_of: Option<usize>,
}

/// Cuts and classifies every article, then merges syndicated copies into source groups.
/// Returns the documents and the number of independent sources.
pub(crate) fn documents(articles: &[Article]) -> (Vec<Document>, usize) {
    let mut docs: Vec<Document> = articles
        .iter()
        .map(|a| Document {
            blocks: blocks(&a.text),
            source_group: 0,
            duplicate_of: None,
        })
        .collect();
    let sources = group_sources(articles, &mut docs);
    (docs, sources)
}

/// Characters that end a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '।' | '؟' | '։' | '።' | '܂'
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
/// reference marks: "… on Wednesday.[1]", "… in 2019.[citation needed]")?
pub(crate) fn ends_sentence(line: &str) -> bool {
    without_reference_marks(line.trim_end())
        .trim_end_matches(is_closing)
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// `line` without the reference marks at its end: bracketed numbers, letters or a few words
/// ("[1]", "[12][a]", "[citation needed]"), as copies of encyclopedia pages and some news
/// sites carry them.
fn without_reference_marks(mut line: &str) -> &str {
    while let Some(inner) = line.strip_suffix(']') {
        let Some(open) = inner.rfind('[') else {
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

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// Lines of `text` as trimmed byte ranges, empty lines included (as empty ranges).
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |raw| {
        let s = start;
        start += raw.len();
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        s + lead..s + lead + trimmed.len()
    })
}

/// Longest line, in bytes, of text wrapped at a fixed width ([`wrap_width`]).
const WRAP_MAX: usize = 100;
/// Shortest line of a wrapped paragraph that is continued on the next line whatever that line
/// starts with: shorter ones are headings and bylines.
const WRAP_MIN: usize = 40;

/// The width `text` is wrapped at, if it is wrapped at a fixed width (plain-text wire copy,
/// e-mail, text copied from a PDF): its lines at most [`WRAP_MAX`] bytes but for a few, and
/// half of them or more, at least two, lines of [`WRAP_MIN`] bytes or more that end
/// mid-sentence with the paragraph going on below. The width is its longest line of at most
/// [`WRAP_MAX`] bytes. A page copied from a browser has one line per paragraph, most longer.
fn wrap_width(text: &str, lines: &[Range<usize>]) -> Option<usize> {
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

fn blocks(text: &str) -> Vec<Block> {
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
        if let Some(last) = spans.last_mut() {
            let cur = &text[last.clone()];
            let next = &text[line.clone()];
            let lowercase_next = starts_lowercase(next);
            let continues = lowercase_next
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
            let open = !ends_sentence(cur) || (lowercase_next && ends_with_bare_question(cur));
            if !prev_blank && open && continues && bullet_len(cur) == 0 {
                last.end = line.end;
                prev_blank = false;
                continue;
            }
        }
        spans.push(line);
        prev_blank = false;
    }

    // 2. Classify each.
    let mut out: Vec<Block> = spans
        .into_iter()
        .map(|span| {
            let s = &text[span.clone()];
            let bullet = bullet_len(s);
            if bullet > 0 {
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

    // 3. Link farms: runs of short lines with at least three headings, half of the run or
    //    more. Their headings become boilerplate, and so does a short "sentence" standing
    //    between two of them: a teaser link that happens to end with punctuation ("Why the
    //    harbor matters."), or one of several such lines (a product list's descriptions). A
    //    lone news sentence of 16 words between "Scroll down for video" and "Recommended by
    //    Outbrain" is neither.
    let short = |b: &Block| {
        matches!(
            b.kind,
            BlockKind::Heading | BlockKind::Prose | BlockKind::ListItem
        ) && count_words(&text[b.span.clone()], 17) <= 16
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

/// Most words of a lone teaser link that ends with punctuation, standing between headings
/// in a link farm.
const TEASER_WORDS: usize = 10;

/// Length in bytes of a leading bullet or list number ("• ", "- ", "3. ", "(b) "), or 0.
fn bullet_len(s: &str) -> usize {
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
        let body = s.trim_start_matches('(');
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

const CAPTION_STARTS: &[&str] = &[
    "image source",
    "image:",
    "image credit",
    "images:",
    "photo:",
    "photos:",
    "photo credit",
    "photograph:",
    "picture:",
    "pictured:",
    "credit:",
    "credits:",
    "caption:",
    "source:",
    "video:",
    "file photo",
    "(photo",
    "(image",
    "(ap photo",
    "(reuters",
    "illustration:",
    "graphic:",
    "watch:",
    "listen:",
    "gallery:",
    "slideshow:",
];

const CAPTION_CONTAINS: &[&str] = &[
    "getty images",
    "/ reuters",
    "/reuters",
    "(ap photo",
    "ap photo/",
    "/ ap)",
    "/ afp",
    "/afp",
    "shutterstock",
    "photo by ",
    "photo credit",
    "image credit",
    "image source",
    "(photo:",
    "photograph by",
    "epa-efe",
    "/ staff photographer",
    // A gallery's controls, pasted with its caption ("1 of 10 Full Screen Autoplay Close …").
    "full screen autoplay",
    // An embedded post, pasted with its link ("… have been thwarted pic.twitter.com/…").
    "twitter.com/",
    "instagram.com/",
    "facebook.com/",
];

const BOILERPLATE: &[&str] = &[
    "subscribe",
    "our newsletter",
    "sign up for our",
    "sign up to receive",
    "sign up here",
    "sign up now",
    "click here",
    "read more",
    "read next",
    "follow us",
    "find us on",
    "like us on",
    "join us on",
    "connect with us",
    "share this",
    "share on",
    "all rights reserved",
    "copyright 19",
    "copyright 20",
    "copyright (c)",
    "©",
    "below advertisement",
    "uses cookies",
    "use cookies",
    "accept cookies",
    "accept all cookies",
    "cookie policy",
    "cookie settings",
    // "By continuing to browse, you agree to our use of cookies."
    "use of cookies",
    "cookies on your",
    "our privacy policy",
    "our terms",
    "download our app",
    "download the app",
    "related:",
    "recommended:",
    "most read",
    "trending now",
    "don't miss",
    "skip to",
    "back to top",
    "contributed to this report",
    "reporting by",
    "editing by",
    "this story has been updated",
    "this article was",
    "this story was",
    // Corrections of the page's own text ("Correction: An earlier version of this story
    // misstated …"). The reporter's biography is under `BIOGRAPHY`.
    "correction:",
    "clarification:",
    // Television and network sites' own prompts ("Breaking News Emails Get breaking news
    // alerts and special reports.", "EMBED More News Videos …", "Watch the report from …").
    "breaking news emails",
    "get breaking news alerts",
    "delivered weekday mornings",
    "more news videos",
    "watch the report",
    "watch the full report",
    "an earlier version of this",
    // Syndication and reuse notices ("This article originally appeared on Valley Times.",
    // the wires' "This material may not be published, broadcast, rewritten or
    // redistributed.") and the reporter's address.
    "originally appeared on",
    "originally appeared in",
    "originally published on",
    "originally published by",
    "rewritten or redistributed",
    // Paywalls, script notices and live-story notes.
    "free articles",
    "unlimited access",
    "continue reading",
    "keep reading",
    "enable javascript",
    "javascript is disabled",
    "developing story",
    "check back",
    "contact the reporter",
    "contact the author",
    "contact the writer",
    "email the reporter",
    "email the author",
    "follow @",
    "email us",
    "tip us",
    "view comments",
    "show comments",
    // Prompts for the reader's own say ("Have more to say about this topic?", "The comment
    // box is open, so submit your questions now.").
    "have more to say",
    "share your thoughts",
    "tell us what you think",
    "let us know what you think",
    "let us know in the comments",
    "submit your questions",
    "comment box",
    "livechat",
    // The comment form's notices ("You must be logged in to comment.").
    "logged in to comment",
    "log in to comment",
    "sign in to comment",
    "to post a comment",
    "to leave a comment",
    "be the first to comment",
    "comments are closed",
    "get the app",
    // An embedded video's player when the page is copied.
    "this feature is not available",
    "interactive transcript could not be loaded",
    "rating is available when the video has been rented",
    // Notices of web archives, pasted with the archived page.
    "these crawls are part of",
    "internet archive",
    "wayback machine",
    "no more 404",
];

/// Chrome words that are news words too: "Facebook said on Tuesday it would remove the
/// posts.", "His comments drew criticism.", "Users could not log in for three hours.", "a
/// copyright lawsuit". They make a line chrome only when it does not read as a sentence
/// (no full stop at its end: "Share on Facebook Twitter WhatsApp", "Comments (12)"), opens
/// with "Follow" ("Follow Dana Whitlow on Twitter.") or is of at most [`NAV_WORDS`] words
/// ("Advertisement", "Like us on Facebook.", "Comments are closed."). The chrome sentences
/// that say more are in [`BOILERPLATE`] by their phrasing ("Follow us on Twitter …", "Sign up
/// for our newsletter …", "This site uses cookies …").
/// The reporter's biography at a story's end ("Dana Whitfield is a staff reporter covering
/// transportation."): chrome in a sentence of at most 30 words that has " is a " and one of
/// these, looked for only after " is a ".
const BIOGRAPHY: &[&str] = &[
    " is a staff reporter",
    " is a staff writer",
    " is a senior reporter",
    " is a senior writer",
    " is a senior correspondent",
    " is a contributing writer",
    " is a contributing editor",
    " is a freelance writer",
    " is a freelance journalist",
    " is a reporter covering",
    " is a reporter based in",
    " is a correspondent based in",
    " is a journalist based in",
    " is a writer based in",
];

const NAV_BOILERPLATE: &[&str] = &[
    "newsletter",
    "sign up",
    "signup",
    "sign in",
    "log in",
    "copyright",
    "advertisement",
    "cookie",
    "privacy policy",
    "terms of use",
    "terms of service",
    "more from",
    "comments",
    "whatsapp",
    "facebook",
    "twitter",
    "instagram",
    "linkedin",
];

/// The longest line that [`NAV_BOILERPLATE`] makes chrome though it ends as a sentence does.
const NAV_WORDS: usize = 5;

fn classify(s: &str, trigger: Trigger) -> BlockKind {
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
fn in_script_without_full_stops(s: &str) -> bool {
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

/// Words that are rare in news prose but part of most chrome patterns. A sentence of more
/// than [`SHORT_CHROME_WORDS`] words is scanned for the patterns only when it has one of
/// them: nearly every news sentence has none, and costs no lowercasing. Patterns made of
/// common words only ("read more", "follow us") are prompts of a few words, always scanned.
/// Looked up only after [`TRIGGER_BLOOM`] lets a word through.
fn is_trigger(word: &[u8]) -> bool {
    RARE_TRIGGERS.binary_search(&word).is_ok()
}

/// Common words of which every chrome pattern without an [`is_trigger`] word has one; they
/// are looked for in short lines only.
fn is_common_trigger(word: &[u8]) -> bool {
    COMMON_TRIGGERS.binary_search(&word).is_ok()
}

/// The words of [`is_trigger`].
/// Sorted (a binary search finds a word; a test checks the order).
const RARE_TRIGGERS: &[&[u8]] = &[
    b"advertisement",
    b"afp",
    b"ap",
    b"app",
    b"archive",
    b"autoplay",
    b"clarification",
    b"click",
    b"contributed",
    b"cookie",
    b"cookies",
    b"copyright",
    b"correction",
    b"correspondent",
    b"crawls",
    b"download",
    b"editing",
    b"editor",
    b"email",
    b"emails",
    b"embed",
    b"epa",
    b"facebook",
    b"getty",
    b"image",
    b"instagram",
    b"javascript",
    b"journalist",
    b"linkedin",
    b"livechat",
    b"newsletter",
    b"photo",
    b"photograph",
    b"photographer",
    b"privacy",
    b"recommended",
    b"redistributed",
    b"reporter",
    b"reuters",
    b"rights",
    b"shutterstock",
    b"signup",
    b"skip",
    b"subscribe",
    b"trending",
    b"twitter",
    b"version",
    b"watch",
    b"wayback",
    b"whatsapp",
    b"writer",
];

/// The words of [`is_common_trigger`], sorted.
const COMMON_TRIGGERS: &[&[u8]] = &[
    b"all",
    b"article",
    b"articles",
    b"back",
    b"box",
    b"comment",
    b"comments",
    b"contact",
    b"don",
    b"feature",
    b"follow",
    b"get",
    b"log",
    b"more",
    b"most",
    b"originally",
    b"read",
    b"reading",
    b"related",
    b"rented",
    b"reporting",
    b"share",
    b"sign",
    b"story",
    b"submit",
    b"terms",
    b"tip",
    b"transcript",
    b"unlimited",
    b"us",
    b"weekday",
];

/// A 1,024-bit Bloom filter of [`RARE_TRIGGERS`] and [`COMMON_TRIGGERS`]: most words of a
/// sentence fail it in a few instructions, before any comparison.
const TRIGGER_BLOOM: WordBloom<16> = WordBloom::EMPTY
    .with_all(RARE_TRIGGERS)
    .with_all(COMMON_TRIGGERS);

/// Has `word` (UTF-8 bytes) a © sign? (A byte scan: `str::contains` with a non-ASCII
/// character runs a substring search, which cost more than the rest of the trigger scan.)
fn is_copyright_sign(word: &[u8]) -> bool {
    word.windows(2).any(|pair| pair == [0xc2, 0xa9])
}

/// Lines of at most this many words are scanned for the common-word chrome patterns too.
const SHORT_CHROME_WORDS: usize = 12;

/// The strongest chrome trigger word in a text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) enum Trigger {
    /// Neither kind: not chrome.
    None,
    /// Only words of [`is_common_trigger`]: chrome only if short.
    Common,
    /// A word of [`is_trigger`] (or ©).
    Rare,
}

/// The strongest trigger word in `s`.
pub(crate) fn trigger(s: &str) -> Trigger {
    scan_words(s).0
}

/// A paragraph's identity for finding repeats and syndicated copies: a hash of its
/// lowercase alphanumeric words (punctuation, quotes and spacing ignored), and their number.
pub(crate) fn fingerprint(s: &str) -> (u64, usize) {
    scan_words(s).1
}

/// [`trigger`] and [`fingerprint`] of `s` in one pass over its bytes, without allocation for
/// ASCII words (all but a few in English news), and whether it may hold a quotation mark
/// ([`Block::quoted`]).
fn scan_words(s: &str) -> (Trigger, (u64, usize), bool) {
    let mut quoted = false;
    let mut found = Trigger::None;
    let mut h = FxHasher::default();
    let mut words = 0;
    // Lowercase alphanumeric characters of a word with non-ASCII characters.
    let mut other = String::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII letters and digits and non-ASCII characters, which end at ASCII
        // punctuation or space (a character boundary). A run with a non-ASCII byte cannot
        // be a trigger, but may have the © sign.
        if WORD_BYTE[bytes[i] as usize] == 0 {
            quoted |= matches!(bytes[i], b'"' | b'`');
            i += 1;
            continue;
        }
        let start = i;
        let (end, ascii) = word_run_end(bytes, i);
        i = end;
        let w = &bytes[start..i];
        if !ascii {
            quoted = true;
            if is_copyright_sign(w) {
                found = Trigger::Rare;
            }
            // Alphanumeric words inside the run, lowercased character by character.
            for c in s.get(start..i).unwrap_or_default().chars() {
                if c.is_ascii() {
                    if c.is_ascii_alphanumeric() {
                        other.push(c.to_ascii_lowercase());
                        continue;
                    }
                } else if !is_punctuation_mark(c) && c.is_alphanumeric() {
                    other.push(lower(c));
                    continue;
                }
                if !other.is_empty() {
                    words += 1;
                    hash_word(&mut h, other.as_bytes(), other.is_ascii());
                    other.clear();
                }
            }
            if !other.is_empty() {
                words += 1;
                hash_word(&mut h, other.as_bytes(), other.is_ascii());
                other.clear();
            }
            continue;
        }
        words += 1;
        hash_word(&mut h, w, true);
        if found == Trigger::Rare {
            continue;
        }
        // Lowercase ASCII letters and digits: `| 0x20` lowercases a letter, keeps a digit.
        let (first, last) = (w[0] | 0x20, w[w.len() - 1] | 0x20);
        if w.len() < 2 || w.len() > 16 || !TRIGGER_BLOOM.may_contain(w.len(), first, last) {
            continue;
        }
        let mut buf = [0u8; 16];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        if is_trigger(lower) {
            found = Trigger::Rare;
        } else if found == Trigger::None && is_common_trigger(lower) {
            found = Trigger::Common;
        }
    }
    (found, (h.finish(), words), quoted)
}

/// Where the run of word bytes ([`WORD_BYTE`]) from `start` ends, and whether it is all
/// ASCII. Eight bytes at a time ([`word_bytes`]): a byte at a time, the loop's exit at every
/// word's end was a third of the stage.
#[inline]
fn word_run_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start;
    let mut high = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let stop = !word_bytes(x) & HIGH;
        if stop == 0 {
            high |= x;
            i += 8;
            continue;
        }
        // The bytes below the first that is not a word byte.
        let run = stop.trailing_zeros() / 8;
        high |= x & ((1u64 << (8 * run)) - 1);
        return (i + run as usize, high & HIGH == 0);
    }
    let mut kinds = u8::from(high & HIGH != 0) << 1;
    while i < bytes.len() && WORD_BYTE[bytes[i] as usize] != 0 {
        kinds |= WORD_BYTE[bytes[i] as usize];
        i += 1;
    }
    (i, kinds & 2 == 0)
}

/// The high bit of each byte of `x` that is a word byte ([`WORD_BYTE`]): an ASCII letter or
/// digit, or any byte of a non-ASCII character. Range tests on the low seven bits of each
/// byte, which cannot carry into the next byte.
#[inline]
fn word_bytes(x: u64) -> u64 {
    let v = x & !HIGH;
    let digit = bytes_in_range(v, b'0', b'9');
    // `| 0x20` lowercases a letter and moves no other byte into a..z.
    let letter = bytes_in_range(v | (0x20 * LOW), b'a', b'z');
    (x & HIGH) | digit | letter
}

/// Adds one word to a fingerprint: `w` is either ASCII letters and digits in any case
/// (`ascii`), or lowercase already (where `| 0x20` changes no ASCII letter or digit, so an
/// ASCII word hashes the same either way). Eight bytes per hash step; the last zero to seven
/// bytes by [`tail_word`], with the length.
#[inline]
fn hash_word(h: &mut FxHasher, w: &[u8], ascii: bool) {
    let ascii_lower = if ascii { 0x2020_2020_2020_2020u64 } else { 0 };
    let mut chunks = w.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h.write_u64(u64::from_le_bytes(word) | ascii_lower);
    }
    let rest = chunks.remainder();
    let n = rest.len();
    let tail = tail_word(rest);
    // The tail's length ends the word, so "pier closed" and "pierclosed" differ.
    h.write_u64((tail | ascii_lower) ^ (n as u64 + 1) << 56);
}

/// Per byte: 1 for an ASCII letter or digit, 2 for a byte of a non-ASCII character, 0 for
/// anything else (spaces, punctuation, controls).
const WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            2
        } else if (b as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Is `s` a caption, a credit or page chrome? Meant for one line or one sentence.
pub(crate) fn chrome_kind(s: &str) -> Option<BlockKind> {
    chrome_kind_with(s, trigger(s))
}

/// Is sentence `s`, of a paragraph whose strongest trigger is `block`, a caption, a credit
/// or page chrome? The same answer as [`chrome_kind`], with the cases the paragraph's trigger
/// already decides answered without scanning the sentence: no trigger, no chrome; only
/// common trigger words, then a long sentence is chrome only by its opening words.
pub(crate) fn sentence_chrome_kind(s: &str, block: Trigger) -> Option<BlockKind> {
    match block {
        Trigger::None => None,
        Trigger::Common
            if !starts_like_caption(s)
                && count_words(s, SHORT_CHROME_WORDS + 1) > SHORT_CHROME_WORDS =>
        {
            None
        }
        _ => chrome_kind(s),
    }
}

/// Does `s` open like a caption or credit ("Image source:", "(AP Photo")?
fn starts_like_caption(s: &str) -> bool {
    let first = s.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    CAPTION_STARTS
        .iter()
        .any(|p| p.as_bytes()[0] == first && starts_ignoring_ascii_case(s, p))
}

/// [`chrome_kind`] with `trigger(s)` already known.
fn chrome_kind_with(s: &str, trigger: Trigger) -> Option<BlockKind> {
    if starts_like_caption(s) {
        return Some(BlockKind::Caption);
    }
    if trigger == Trigger::None {
        // Without a trigger word only a short byline or date line is chrome; the prefix
        // checks come before the word count, which most paragraphs then never need.
        let byline = is_byline_or_date(s, ends_sentence(s))
            && count_words(s, SHORT_CHROME_WORDS + 1) <= SHORT_CHROME_WORDS;
        return byline.then_some(BlockKind::Boilerplate);
    }
    // Counting stops past 60 words: a long paragraph is never chrome as a whole.
    let words = count_words(s, 61);
    let short = words <= SHORT_CHROME_WORDS;
    if short && is_byline_or_date(s, ends_sentence(s)) {
        return Some(BlockKind::Boilerplate);
    }
    let needed = if short {
        Trigger::Common
    } else {
        Trigger::Rare
    };
    if words > 60 || trigger < needed {
        return None;
    }
    let lower = lowercase(s);
    let pairs = BytePairs::of(&lower);
    let contains = |p: &&str| pairs.may_contain(p) && has_substring(&lower, p);
    if CAPTION_CONTAINS.iter().any(contains) {
        return Some(BlockKind::Caption);
    }
    if words <= 30
        && (BOILERPLATE.iter().any(contains)
            || contains(&" is a ") && BIOGRAPHY.iter().any(contains))
    {
        return Some(BlockKind::Boilerplate);
    }
    // "Follow Dana Whitlow on Twitter and Instagram." reads as a sentence but is a prompt.
    let nav_line = || !ends_sentence(s) || starts_ignoring_ascii_case(s, "follow ");
    if (words <= NAV_WORDS || (words <= 30 && nav_line())) && NAV_BOILERPLATE.iter().any(contains) {
        return Some(BlockKind::Boilerplate);
    }
    None
}

/// The pairs of consecutive bytes of a text, as a 4,096-bit set keyed by the low six bits of
/// each byte: a pattern whose first, middle or last pair is missing is not in the text. Looking
/// for some seventy patterns in a paragraph, this rules out nearly all of them for the cost
/// of one pass, where each substring search would first build its searcher (in WebAssembly,
/// which has no vector fast path for it, 6% of the pipeline).
struct BytePairs([u64; 64]);

impl BytePairs {
    fn of(text: &str) -> Self {
        let mut set = [0u64; 64];
        for w in text.as_bytes().windows(2) {
            let k = Self::key(w[0], w[1]);
            set[k / 64] |= 1 << (k % 64);
        }
        BytePairs(set)
    }

    fn key(a: u8, b: u8) -> usize {
        usize::from(a & 63) << 6 | usize::from(b & 63)
    }

    fn has(&self, a: u8, b: u8) -> bool {
        let k = Self::key(a, b);
        self.0[k / 64] >> (k % 64) & 1 == 1
    }

    /// Can `pattern` (two bytes or more) be in the text? `false` is certain.
    fn may_contain(&self, pattern: &str) -> bool {
        let p = pattern.as_bytes();
        let n = p.len();
        n < 2
            || [0, (n - 2) / 2, n - 2]
                .iter()
                .all(|&i| self.has(p[i], p[i + 1]))
    }
}

/// The number of whitespace-separated words of `s` (as `split_whitespace` counts them), or
/// `limit` if there are more. Eight bytes at a time: an all-ASCII group is classified with
/// word arithmetic, any other group one byte at a time from a table, where only a character
/// that may be non-ASCII whitespace (lead bytes C2, E1, E2, E3) is decoded. The limit is
/// checked after every group.
pub(crate) fn count_words(s: &str, limit: usize) -> usize {
    space_words::<false>(s, limit).0
}

/// Letter case counts of a text, for [`is_headline_case`]: words whose first byte is an ASCII
/// capital or lowercase letter.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct Case {
    capitalized: usize,
    lowercase: usize,
}

impl Case {
    /// Counts one word whose first byte is `first`.
    #[inline]
    pub(crate) fn count(&mut self, first: u8) {
        self.capitalized += usize::from(first.is_ascii_uppercase());
        self.lowercase += usize::from(first.is_ascii_lowercase());
    }
}

/// [`count_words`], and with `CASE` the text's [`Case`] counts, in the same pass.
#[inline]
fn space_words<const CASE: bool>(s: &str, limit: usize) -> (usize, Case) {
    // The number of bytes whose high bit is set in `m` (only high bits set).
    let ones = |m: u64| ((m >> 7).wrapping_mul(LOW) >> 56) as usize;
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut case = Case::default();
    let mut prev_space = true;
    for (c, chunk) in bytes.chunks(8).enumerate() {
        let mut group = [0u8; 8];
        if let Ok(whole) = <[u8; 8]>::try_from(chunk) {
            group = whole;
        }
        let x = u64::from_le_bytes(group);
        if chunk.len() == 8 && x & HIGH == 0 {
            // Per byte, the high bit of `space` says: 0x20, or 0x09 to 0x0D (tab, line
            // feed, vertical tab, form feed, carriage return). Exact for bytes below 0x80:
            // no sum below carries into the next byte.
            let is_20 = bytes_equal(x, b' ');
            let in_09_0d = bytes_in_range(x, 0x09, 0x0d);
            let space = is_20 | in_09_0d;
            // A word starts at a non-space byte after a space (or the start of the text).
            let before = space << 8 | u64::from(prev_space) << 7;
            let mut starts = !space & before & HIGH;
            if CASE {
                let upper = bytes_in_range(x, b'A', b'Z');
                let lower = bytes_in_range(x, b'a', b'z');
                case.capitalized += ones(starts & upper);
                case.lowercase += ones(starts & lower);
            }
            // Few words start in eight bytes: clearing the lowest bit per word is cheaper
            // than a population count on targets without the instruction.
            while starts != 0 {
                words += 1;
                starts &= starts - 1;
            }
            prev_space = space >> 63 != 0;
        } else {
            for (j, &b) in chunk.iter().enumerate() {
                let space = match SPACE_BYTE[b as usize] {
                    0 => false,
                    1 => true,
                    // A continuation byte belongs to the character before it.
                    3 => prev_space,
                    _ => bytes.get(c * 8 + j..).is_some_and(is_multibyte_space),
                };
                let start = prev_space && !space;
                words += usize::from(start);
                if CASE && start {
                    case.count(b);
                }
                prev_space = space;
            }
        }
        if words >= limit {
            return (limit, case);
        }
    }
    (words, case)
}

/// Does `rest`, which starts with the lead byte of a character, start with non-ASCII white
/// space? Compared byte by byte: U+0085, U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80),
/// U+2000–U+200A, U+2028, U+2029, U+202F (E2 80 …), U+205F (E2 81 9F), U+3000 (E3 80 80).
fn is_multibyte_space(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xc2, 0x85 | 0xa0, ..]
            | [0xe1, 0x9a, 0x80, ..]
            | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
            | [0xe2, 0x81, 0x9f, ..]
            | [0xe3, 0x80, 0x80, ..]
    )
}

/// Per byte: 1 for ASCII whitespace, 2 for the lead byte of a character that may be Unicode
/// whitespace (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000), 3 for a UTF-8 continuation byte, 0 otherwise.
const SPACE_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => 1,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => 2,
            0x80..=0xbf => 3,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The length of `s` in words, as budgets count them: whitespace-separated words, plus one
/// word per two characters of the scripts written without spaces (Chinese, Japanese kana,
/// Thai, Lao, Khmer, Myanmar), where a whole sentence is one whitespace "word". Never less
/// than [`count_words`], so a budget in these words also holds in whitespace words.
pub(crate) fn text_words(s: &str) -> usize {
    sentence_shape(s).0
}

/// [`text_words`] and [`is_headline_case`] of `s`, in one pass.
pub(crate) fn sentence_shape(s: &str) -> (usize, bool) {
    let (mut words, case) = space_words::<true>(s, usize::MAX);
    // The scripts counted are all at U+0E00 and above, in UTF-8 sequences led by E0, E1, E3
    // to EF or F0 and above; E2 (punctuation, curly quotes) leads none of them.
    if !s.is_ascii() && s.bytes().any(|b| b >= 0xe0 && b != 0xe2) {
        words += s.chars().filter(|&c| is_unspaced_script(c)).count() / 2;
    }
    (words, is_headline_case(case))
}

/// [`is_headline_case`] of the words of `s`.
#[cfg(test)]
pub(crate) fn headline_case(s: &str) -> bool {
    is_headline_case(space_words::<true>(s, usize::MAX).1)
}

/// Is a text with these [`Case`] counts written the way headlines, credits and captions are
/// rather than prose: nearly every word capitalized ("Frances Bean Cobain Hubby Wants FAT
/// Allowance!", "Universal Pictures Benicio Del Toro as 'The Wolfman.'"), or in capitals
/// throughout? Counts ASCII letters only; a word is capitalized if its first byte is a
/// capital letter. Text in capitals has every word capitalized, so one rule covers both.
pub(crate) fn is_headline_case(case: Case) -> bool {
    case.capitalized >= HEADLINE_MIN_WORDS && case.lowercase * 5 <= case.capitalized
}

/// Is `line` a title ("Council Votes to Close the Old Ferry Pier"): more than twice as many
/// capitalized words as lowercase ones, the last one capitalized? Looser than
/// [`is_headline_case`], for telling a wrapped text's titles from its lines, which end
/// mid-phrase ("… Select Committee on Intelligence (hereinafter the").
fn is_title(line: &str) -> bool {
    let b = line.as_bytes();
    let last = b.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1);
    let case = space_words::<true>(line, usize::MAX).1;
    b.get(last).is_some_and(u8::is_ascii_uppercase) && case.capitalized > 2 * case.lowercase
}

/// Does `s` end in a "?" or "!" that no quotation mark closes, maybe inside a parenthesis
/// ("… (hereinafter ?the Committee?)")?
pub(crate) fn ends_with_bare_question(s: &str) -> bool {
    let b = s.as_bytes();
    let end = b.iter().rposition(|&c| c != b')' && c != b']');
    end.is_some_and(|i| matches!(b[i], b'?' | b'!'))
}

/// Fewest capitalized words for [`is_headline_case`] to call a text a headline.
const HEADLINE_MIN_WORDS: usize = 4;

/// Characters of Thai, Lao, Myanmar and Khmer: written without spaces between words and
/// often without a mark at the end of a sentence.
fn is_script_without_full_stops(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
}

/// Characters of scripts written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    is_script_without_full_stops(c)
        || matches!(c,
            '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
            | '\u{3400}'..='\u{4dbf}' // CJK extension A
            | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
            | '\u{f900}'..='\u{faff}' // CJK compatibility ideographs
            | '\u{20000}'..='\u{3ffff}' // CJK extensions B and later
        )
}

/// How a page labels a list of links to its other stories, lowercased, between bars (one
/// string: a table of `&str` would be 8 bytes of pointer per label).
const LINK_LABELS: &str = "also read|around the web|don't miss|don’t miss|editor's picks|\
    editor’s picks|from our partners|latest news|more from|more news|more on this|more stories|\
    most popular|most read|most viewed|promoted stories|read more|read next|recommended|related|\
    see also|sponsored|top stories|trending|what to read next|you may also like|\
    you may have missed|you might also like";

/// Is the block `s` a label of a list of links ([`LINK_LABELS`]): one of them first, in at
/// most six words in all ("More from Coastal Herald", "Related stories:")?
fn is_link_label(s: &str) -> bool {
    LINK_LABELS
        .split('|')
        .any(|p| starts_ignoring_ascii_case(s, p))
        && count_words(s, 7) <= 6
}

/// Does `s` start with `prefix`, ignoring ASCII case? The chrome patterns are ASCII, so this
/// needs no lowercasing.
// Always inlined: it runs for some forty prefixes per block; a call each cost 1% of the pipeline.
#[inline(always)]
fn starts_ignoring_ascii_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Does a sentence end inside `s` ("… Tuesday. Subscribe …"), not only at its end?
fn has_inner_sentence_end(s: &str) -> bool {
    crate::sentence::split(s).len() > 1
}

fn is_byline_or_date(s: &str, sentence: bool) -> bool {
    // Every pattern is lowercase ASCII: its first byte is compared before the whole prefix.
    let first = s.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let starts = |p: &str| p.as_bytes()[0] == first && starts_ignoring_ascii_case(s, p);
    // "By Dana Whitlow" is a byline; "By Tuesday, the water had receded." is not, but "By
    // Dana Whitlow | Updated 9:14 a.m." is, though it ends as a sentence does.
    if starts("by ") && (!sentence || is_byline_row(s)) {
        return true;
    }
    const STARTS: &[&str] = &[
        "updated",
        "published",
        "posted",
        "last modified",
        "last updated",
        "written by",
        "story by",
        "words by",
        "filed ",
    ];
    if STARTS.iter().any(|p| starts(p)) {
        return true;
    }
    // A wire credit at the story's end: "AP writer Sam Lee in Port Ellis contributed."
    if s.ends_with(" contributed.")
        && [" writer", " reporter", " correspondent"]
            .iter()
            .any(|p| has_substring(s, p))
    {
        return true;
    }
    // A line that is only a date or time: "Nov. 28, 2026 5:02 p.m. ET".
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    MONTHS.iter().any(|m| starts(m))
        && s.bytes().any(|b| b.is_ascii_digit())
        && count_words(s, 9) <= 8
        && !has_substring(s, " said")
}

/// Does a line that opens with "By " go on as a byline row does: a separator (" | ", " · ",
/// " • ") or a time stamp's word ("Updated", "Published", "Posted")?
fn is_byline_row(s: &str) -> bool {
    if [" | ", " · ", " • "].iter().any(|p| has_substring(s, p)) {
        return true;
    }
    let lower = lowercase(s);
    [" updated", " published", " posted"]
        .iter()
        .any(|p| has_substring(&lower, p))
}

/// Does `hay` contain `needle`? A plain byte search: the needles are short phrases searched
/// for in short texts, and `str::contains`'s two-way searcher was 2.3 KB of the wasm module.
pub(crate) fn has_substring(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.first() {
        None => true,
        Some(&first) => h.windows(n.len()).any(|w| w[0] == first && w == n),
    }
}

/// Tags such as `<p>`, `</div>`, `<img src=…>` make up a visible share of the block.
fn looks_like_markup(s: &str) -> bool {
    let mut tag_bytes = 0;
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(close) if is_tag && close < 400 => {
                tag_bytes += close + 2;
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    tag_bytes > 0 && (tag_bytes * 5 >= s.len() || s.trim_start().starts_with('<'))
}

/// Mixed into whole-text fingerprints (see `group_sources`).
const WHOLE_TEXT_SALT: u64 = 0x5bd1_e995_9e37_79b9;

/// Minimum words for a paragraph to be distinctive enough to identify a syndicated copy.
const FINGERPRINT_MIN_WORDS: usize = 8;

fn group_sources(articles: &[Article], docs: &mut [Document]) -> usize {
    let mut first_owner: FxHashMap<u64, usize> = FxHashMap::default();
    let mut fingerprints_of: Vec<usize> = Vec::with_capacity(docs.len());
    let mut sources = 0;
    // Shared paragraphs per earlier article, keyed as `u64` so that both maps are one type.
    let mut counts: FxHashMap<u64, usize> = FxHashMap::default();
    for (i, doc) in docs.iter_mut().enumerate() {
        counts.clear();
        // A fingerprint seen before counts for the article that had it first; a new one is
        // this article's.
        let mut note = |hash: u64| match first_owner.entry(hash) {
            Entry::Occupied(owner) => *counts.entry(*owner.get() as u64).or_insert(0) += 1,
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        };
        let mut n = 0;
        for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Prose) {
            let (hash, words) = b.fingerprint;
            if words >= FINGERPRINT_MIN_WORDS {
                n += 1;
                note(hash);
            }
        }
        // Without a long paragraph (bullets, short lines), the whole text is the fingerprint,
        // salted so that it never equals a paragraph's.
        if n == 0 {
            let (hash, words) = fingerprint(&articles[i].text);
            if words > 0 {
                n = 1;
                note(hash ^ WHOLE_TEXT_SALT);
            }
        }
        fingerprints_of.push(n);
        // The earlier article sharing the most paragraphs (lowest index on ties).
        let best = counts
            .iter()
            .map(|(&a, &c)| (c, std::cmp::Reverse(a as usize)))
            .max();
        let copy_of = best.and_then(|(shared, std::cmp::Reverse(owner))| {
            let smaller = n.min(fingerprints_of[owner]).max(1);
            (shared * 5 >= smaller * 3).then_some(owner)
        });
        match copy_of {
            Some(owner) => {
                doc.duplicate_of = Some(owner);
                doc.source_group = usize::MAX; // filled below, after the borrow of `docs` ends
            }
            None => {
                doc.source_group = sources;
                sources += 1;
            }
        }
    }
    for i in 0..docs.len() {
        if let Some(owner) = docs[i].duplicate_of {
            docs[i].source_group = docs[owner].source_group;
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        blocks(text)
            .into_iter()
            .map(|b| (text[b.span].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn word_runs_end_where_a_byte_at_a_time_scan_ends() {
        let reference = |bytes: &[u8], start: usize| {
            let mut i = start;
            let mut kinds = 0;
            while i < bytes.len() && WORD_BYTE[bytes[i] as usize] != 0 {
                kinds |= WORD_BYTE[bytes[i] as usize];
                i += 1;
            }
            (i, kinds & 2 == 0)
        };
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut t = b"abcdefghijklmnopqrstuvwxyz0123".to_vec();
                t[at] = b;
                texts.push(t.clone());
                t.truncate(at + 3);
                texts.push(t);
            }
        }
        texts.push("Ça va, été. Crane’s pier".as_bytes().to_vec());
        for t in &texts {
            for start in 0..t.len() {
                if WORD_BYTE[t[start] as usize] != 0 {
                    assert_eq!(
                        word_run_end(t, start),
                        reference(t, start),
                        "{t:?} at {start}"
                    );
                }
            }
        }
    }

    #[test]
    fn classifies_page_chrome() {
        use BlockKind::*;
        let text = "Crane Collapse Closes North Pier\n\
                    By Dana Whitlow\n\
                    By Dana Whitlow | Updated 9:14 a.m.\n\
                    By Tuesday, the water had receded.\n\
                    Nov. 3, 2026 5:02 p.m. ET\n\
                    Image Source: Port Verity Harbor Authority\n\
                    \n\
                    A crane collapsed on the north pier on Tuesday, officials said.\n\
                    • Pier closed for two weeks\n\
                    Subscribe to our newsletter for daily harbor news.\n\
                    <img src=x onerror=alert(1)>\n\
                    A crane collapsed on the north pier on Tuesday, officials said.\n";
        assert_eq!(
            kinds(text),
            vec![
                ("Crane Collapse Closes North Pier".into(), Heading),
                ("By Dana Whitlow".into(), Boilerplate),
                ("By Dana Whitlow | Updated 9:14 a.m.".into(), Boilerplate),
                ("By Tuesday, the water had receded.".into(), Prose),
                ("Nov. 3, 2026 5:02 p.m. ET".into(), Boilerplate),
                ("Image Source: Port Verity Harbor Authority".into(), Caption),
                (
                    "A crane collapsed on the north pier on Tuesday, officials said.".into(),
                    Prose
                ),
                ("Pier closed for two weeks".into(), ListItem),
                (
                    "Subscribe to our newsletter for daily harbor news.".into(),
                    Boilerplate
                ),
                ("<img src=x onerror=alert(1)>".into(), Markup),
                (
                    "A crane collapsed on the north pier on Tuesday, officials said.".into(),
                    Repeat
                ),
            ]
        );
    }

    #[test]
    fn has_substring_is_str_contains() {
        for (hay, needle) in [
            ("subscribe to our newsletter", "newsletter"),
            ("subscribe to our newsletter", "news letter"),
            ("ab", "abc"),
            ("", ""),
            ("abc", ""),
            ("aab", "ab"),
            ("photo by jane", "photo by "),
            ("naïve café", "é"),
        ] {
            assert_eq!(
                has_substring(hay, needle),
                hay.contains(needle),
                "{hay:?} {needle:?}"
            );
        }
    }

    #[test]
    fn chrome_inside_a_paragraph_is_left_to_the_sentence_stage() {
        let k = kinds("The pier closed on Tuesday. Subscribe to our newsletter for more.");
        assert_eq!(k[0].1, BlockKind::Prose);
        // Except for an embedded video's paragraph, its caption and credit line included.
        let k = kinds(
            "EMBED More News Videos First look at the new ferry terminal. Dana Whitfield \
             reports during Island News at 6pm on March 3, 2025.",
        );
        assert_eq!(k[0].1, BlockKind::Boilerplate);
        assert_eq!(
            chrome_kind("Subscribe to our newsletter for more."),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(chrome_kind("The pier closed on Tuesday."), None);
        assert_eq!(
            chrome_kind("This feature is not available right now."),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(
            chrome_kind(
                "1 of 6 Full Screen Autoplay Close Skip Ad × The crane lies across the north \
                 pier of Port Verity on Tuesday View Photos Harbor officials said the pier \
                 would stay closed for two weeks while engineers inspect it."
            ),
            Some(BlockKind::Caption)
        );
        assert_eq!(
            chrome_kind("Rating is available when the video has been rented."),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(
            chrome_kind("The interactive transcript could not be loaded."),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(
            chrome_kind("The feature is not finished, the mayor said."),
            None
        );
    }

    #[test]
    fn joins_lines_broken_mid_sentence() {
        let k = kinds("The council voted on Monday to\nraise the levee by two meters.\nNext line.");
        assert_eq!(
            k[0].0,
            "The council voted on Monday to\nraise the levee by two meters."
        );
        assert_eq!(k[0].1, BlockKind::Prose);
        assert_eq!(k.len(), 2);
    }

    #[test]
    fn text_wrapped_at_a_fixed_width_is_read_as_paragraphs() {
        let wrapped = "Council Votes to Close the Old Ferry Pier of Port Ellis\n\
                       The Port Ellis council voted 5-2 on Tuesday to close the old ferry pier after\n\
                       Harbor Master Elena Ruiz told members that its pilings were rotting and that\n\
                       a collapse could come any day now, according to a report she presented.\n\
                       \n\
                       The pier, built in 1931, will be demolished next spring at a cost of about\n\
                       $1.2 million, officials said.\n";
        assert_eq!(
            wrap_width(wrapped, &lines(wrapped).collect::<Vec<_>>()),
            Some(77)
        );
        let k = kinds(wrapped);
        assert_eq!(k[0].1, BlockKind::Heading, "{k:?}");
        assert_eq!(k[1].1, BlockKind::Prose, "{k:?}");
        assert!(k[1].0.starts_with("The Port Ellis") && k[1].0.ends_with("she presented."));
        assert!(k[2].0.starts_with("The pier") && k[2].0.ends_with("officials said."));
        assert_eq!(k.len(), 3);
        // A page copied from a browser: one line per paragraph. Its sentence-case headline is
        // not joined to the paragraph below it.
        let page = "Officials say the old ferry pier of Port Ellis will close next spring\n\
                    By Dana Whitlow\n\
                    The Port Ellis council voted 5-2 on Tuesday to close the old ferry pier after Harbor Master Elena Ruiz told members that its pilings were rotting.\n\
                    The pier, built in 1931, will be demolished next spring at a cost of about $1.2 million, officials said.\n";
        assert_eq!(wrap_width(page, &lines(page).collect::<Vec<_>>()), None);
        assert_eq!(kinds(page).len(), 4);
        // A PDF copy: lines that end in names, in "?the" and in a "?" that stood for a
        // quotation mark all go on.
        let pdf = "On January 29, 2018, the House Permanent Select Committee on Intelligence\n\
                   (hereinafter ?the Committee?) voted to disclose a memorandum provided to the\n\
                   Committee in connection with its oversight activities (the ?Memorandum,?\n\
                   which is attached to this letter).\n";
        let k = kinds(pdf);
        assert_eq!(k.len(), 1, "{k:?}");
        assert!(k[0].0.ends_with("this letter)."));
    }

    #[test]
    fn link_farm_is_boilerplate() {
        let k = kinds(
            "The ferry resumed service on Friday after repairs.\n\
             Celebrity chef opens seaside diner\n\
             Ten gadgets you need this winter\n\
             Why rents keep rising?\n\
             Local team wins regional final\n",
        );
        assert_eq!(k[0].1, BlockKind::Prose);
        assert!(
            k[1..]
                .iter()
                .all(|(_, kind)| *kind == BlockKind::Boilerplate),
            "{k:?}"
        );
    }

    #[test]
    fn links_under_their_label_are_boilerplate_though_they_end_as_sentences() {
        let k = kinds(
            "Crew members handed out blankets while the ship waited for the tide.\n\n\
             Recommended for you:\n\
             Is this the end of the island's summer ferry?\n\
             Why the Brenna bridge project keeps getting delayed.\n\
             Ten photos of the storm that hit the coast last week.\n\n\
             The harbor authority will publish its findings within a month, a spokesman said.\n",
        );
        assert_eq!(k[0].1, BlockKind::Prose, "{k:?}");
        assert!(
            k[2..5]
                .iter()
                .all(|(_, kind)| *kind == BlockKind::Boilerplate),
            "{k:?}"
        );
        assert_eq!(k[5].1, BlockKind::Prose, "the article goes on: {k:?}");
        // A heading of the article's own that happens to start like a label, over one short
        // paragraph and then the story, takes nothing with it.
        let k = kinds(
            "Related costs\n\
             The repairs will cost 2 million kronor.\n\n\
             The ferry line said the insurer would pay for most of the repairs to the hull.\n",
        );
        assert_eq!(k[1].1, BlockKind::Prose, "{k:?}");
    }

    #[test]
    fn a_news_sentence_among_chrome_headings_is_prose_and_list_descriptions_are_not() {
        let k = kinds(
            "SEE ALSO: Port Ellis council approves new budget\n\
             Scroll down for video\n\
             Mayor Joan Pike called the strike \"deeply irresponsible\" and said the city had offered 4 percent.\n\
             Recommended by Outbrain\n\
             Sponsored Content: These 10 gadgets are flying off the shelves\n",
        );
        assert_eq!(k[2].1, BlockKind::Prose, "{k:?}");
        // A list of products, each with a line that ends like a sentence.
        let k = kinds(
            "Harbor Tours\n\
             A boat ride around the old port with a guide who knows its history.\n\
             Lighthouse Walk\n\
             A climb to the top of the north light for a view of the whole bay.\n\
             Fish Market\n\
             Fresh catch every morning.\n\
             Night Ferry\n",
        );
        assert!(
            k.iter().all(|(_, kind)| *kind == BlockKind::Boilerplate),
            "{k:?}"
        );
    }

    #[test]
    fn every_chrome_pattern_is_found_in_a_short_line_and_triggers_work() {
        for p in CAPTION_CONTAINS
            .iter()
            .chain(BOILERPLATE)
            .chain(BIOGRAPHY)
            .chain(NAV_BOILERPLATE)
        {
            assert!(chrome_kind(p).is_some(), "{p:?} alone is not chrome");
        }
        assert_eq!(
            chrome_kind("Subscribe to our newsletter to get the latest news from the harbor and the port every morning."),
            Some(BlockKind::Boilerplate)
        );
        let news = "The crane collapsed on Tuesday, and all the workers read more about it later.";
        assert_eq!(trigger(news), Trigger::Common);
        assert_eq!(
            trigger("The crane collapsed on Tuesday, officials said."),
            Trigger::None
        );
        assert_eq!(trigger("Photo: the crane"), Trigger::Rare);
        // Reuse notices and the reporter's address; prose that mentions where something
        // first appeared is not chrome.
        for line in [
            "This article originally appeared on Valley Times.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Contact the reporter at jdoe@valleynews.example.",
            "You have 2 free articles left this month.",
            "Please enable JavaScript to view this content.",
            "This is a developing story and will be updated.",
            "AP writer Sam Lee in Port Ellis contributed.",
            "You must be logged in to comment.",
            "Be the first to comment on this story.",
            "Comments are closed for this article.",
            "By continuing to browse, you agree to our use of cookies.",
            "This website stores cookies on your computer to improve your experience.",
            "Correction: An earlier version of this story misstated the number of crew members.",
            "An earlier version of this article gave the wrong date for the vote on the levee.",
            "Clarification: The ferry operator is Kellan Sound Lines, not Kellan Ferries.",
            "Dana Whitfield is a staff reporter covering transportation and the islands.",
            "Ravi Osei is a senior correspondent based in Harrow Point for the Island Daily.",
            "Breaking News Emails Get breaking news alerts and special reports.",
            "The news and stories that matter, delivered weekday mornings.",
            "EMBED More News Videos First look at the new ferry terminal at Harrow Point.",
            "Watch the report from Dana Whitfield on Island News at 6 p.m. on March 3, 2025.",
        ] {
            assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
        }
        // News about corrections and about reporters is news.
        for line in [
            "The agency issued a correction on Tuesday after its flood map put the levee a mile too far north.",
            "The reporter who filmed the collapse said the crane swayed for a minute before it fell.",
            "Mara Quinn, a writer for the Island Daily, was among the 212 passengers rescued on Monday.",
        ] {
            assert_eq!(chrome_kind(line), None, "{line}");
        }
        assert_eq!(
            chrome_kind(
                "The cartoon, which originally appeared in a magazine in 1925, sold for \
                 $20,000 at an auction in Port Ellis on Tuesday."
            ),
            None
        );
        // News of comments is news.
        for line in [
            "The mayor declined to comment on the flood.",
            "Residents can comment on the plan until May.",
        ] {
            assert_eq!(chrome_kind(line), None, "{line}");
        }
        // A web archive's notice pasted with an archived article is chrome, sentence by
        // sentence, even in a long paragraph.
        assert_eq!(
            chrome_kind("These crawls are part of an effort to keep the pages of the web readable after they change."),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(
            chrome_kind(
                "Snapshots like this one come from the Wayback Machine of a nonprofit library."
            ),
            Some(BlockKind::Boilerplate)
        );
    }

    #[test]
    fn byte_pairs_never_rule_out_a_pattern_present() {
        for p in CAPTION_CONTAINS
            .iter()
            .chain(BOILERPLATE)
            .chain(NAV_BOILERPLATE)
        {
            for text in [
                p.to_string(),
                format!("on tuesday {p} and more"),
                format!("«{p}»"),
            ] {
                assert!(BytePairs::of(&text).may_contain(p), "{p:?} in {text:?}");
            }
        }
        let prose = BytePairs::of("the crane collapsed onto the north pier on tuesday.");
        let ruled_out = BOILERPLATE.iter().filter(|p| !prose.may_contain(p)).count();
        assert!(ruled_out * 10 >= BOILERPLATE.len() * 8, "{ruled_out}");
    }

    #[test]
    fn headline_case_is_title_case_or_capitals() {
        for headline in [
            "Frances Bean Cobain Hubby Wants FAT Allowance You Left Me Broke!",
            "Universal Pictures Benicio Del Toro as The Wolfman.",
            "[Solar Quiz: How Well Do You Know Our Sun?]",
            "NEW AT 5:00, A COUNTY MOM IS ACCUSED OF TAKING HER NEWBORN TO THE HOSPITAL.",
        ] {
            assert!(headline_case(headline), "{headline}");
        }
        for prose in [
            "The Harbor Authority of Port Verity closed Pier 4 on Tuesday after a crane collapsed.",
            "Mayor Dana Whitlow told the Verity Gazette that the U.S. Coast Guard would help.",
            "It predicted that the area would be closed for weeks.",
            "Short One Two.",
        ] {
            assert!(!headline_case(prose), "{prose}");
        }
    }

    #[test]
    fn count_words_counts_as_split_whitespace() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tand\nnew\u{b}line\u{c}feed\rreturn",
            "no\u{a0}break and\u{2009}thin\u{3000}ideographic",
            "a\u{a0} b \u{2003}c\u{85}d\u{a0}",
            "«Ça va» — très bien…",
            "港口 closed",
        ] {
            assert_eq!(
                count_words(text, usize::MAX),
                text.split_whitespace().count(),
                "{text:?}"
            );
            assert_eq!(count_words(text, 2), text.split_whitespace().count().min(2));
        }
    }

    #[test]
    fn count_words_on_every_short_string() {
        let alphabet = [
            'a', ' ', '\u{a0}', '\u{85}', 'é', '\u{2003}', '\n', '\u{b}', '港', '\u{c2}',
        ];
        let mut text = String::new();
        for n in 0..alphabet.len().pow(4) {
            text.clear();
            let mut k = n;
            for _ in 0..4 {
                text.push(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            assert_eq!(
                count_words(&text, usize::MAX),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn multibyte_spaces_are_the_unicode_white_space() {
        for c in '\u{80}'..='\u{ffff}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(is_multibyte_space(bytes), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn count_words_on_long_mixed_strings() {
        // Strings long enough for the eight-byte groups, built from every ASCII byte and
        // some non-ASCII spaces and letters, by a fixed generator.
        let mut alphabet: Vec<char> = (0u8..0x80).map(char::from).collect();
        alphabet.extend([
            '\u{a0}', '\u{85}', 'é', '\u{2003}', '港', '\u{3000}', '\u{1680}', '\u{2028}',
            '\u{2029}', '\u{202f}', '\u{205f}', '\u{200b}', '“', '—', '\u{2060}', 'Ā',
        ]);
        let mut state: u64 = 7;
        let mut text = String::new();
        for round in 0..20_000 {
            text.clear();
            for _ in 0..(round % 40) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let r = (state >> 33) as usize;
                // Spaces and letters most of the time, any other character sometimes.
                let c = match r % 4 {
                    0 => ' ',
                    1 => 'a',
                    _ => alphabet[(r >> 8) % alphabet.len()],
                };
                text.push(c);
            }
            let expected = text.split_whitespace().count();
            assert_eq!(count_words(&text, usize::MAX), expected, "{text:?}");
            assert_eq!(count_words(&text, 3), expected.min(3), "{text:?}");
        }
    }

    #[test]
    fn trigger_lists_are_sorted_for_their_binary_search() {
        for list in [RARE_TRIGGERS, COMMON_TRIGGERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn trigger_words_pass_the_bloom_filter() {
        for word in RARE_TRIGGERS.iter().chain(COMMON_TRIGGERS) {
            assert!(
                TRIGGER_BLOOM.may_contain(word.len(), word[0], word[word.len() - 1]),
                "{word:?}"
            );
        }
    }

    #[test]
    fn fingerprints_ignore_case_spacing_and_punctuation() {
        assert_eq!(
            fingerprint("The Pier, closed!"),
            fingerprint("the pier   closed")
        );
        assert_ne!(
            fingerprint("the pier closed"),
            fingerprint("the pierclosed")
        );
        assert_eq!(fingerprint("Ça va, ÉTÉ").1, 3);
        assert_eq!(
            fingerprint("“Hello,” said Ève."),
            fingerprint("HELLO SAID ève")
        );
        assert_ne!(fingerprint("abcdefgh ij"), fingerprint("abcdefghij"));
    }

    #[test]
    fn fingerprints_are_equal_when_the_lowercase_words_are() {
        // Random short texts over a small alphabet, so that many share their words.
        let alphabet = [
            "a", "B", "é", "É", "1", " ", ",", "“", "’", "©", "ab", "x", "Pier", "pIER", "ß",
        ];
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let mut state: u64 = 11;
        let mut seen: FxHashMap<u64, Vec<String>> = FxHashMap::default();
        let mut distinct = 0;
        for case in 0..50_000 {
            let mut text = String::new();
            for _ in 0..case % 14 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(alphabet[(state >> 33) as usize % alphabet.len()]);
            }
            let (hash, n) = fingerprint(&text);
            let w = words(&text);
            assert_eq!(n, w.len(), "{text:?}");
            let earlier = seen.entry(hash).or_insert_with(|| {
                distinct += 1;
                w.clone()
            });
            assert_eq!(*earlier, w, "{text:?}");
        }
        assert!(distinct > 10_000, "{distinct}");
    }

    #[test]
    fn bullets_and_numbers() {
        // The marker's length; the white space after it is trimmed by the caller.
        assert_eq!(bullet_len("- a point"), 1);
        assert_eq!(bullet_len("12. a point"), 3);
        assert_eq!(bullet_len("(b) a point"), 3);
        assert_eq!(bullet_len("-5 degrees overnight."), 0);
        assert_eq!(bullet_len("2026 was a year."), 0);
        assert_eq!(bullet_len("3.5 million people."), 0);
        assert_eq!(bullet_len("•"), 0);
        assert_eq!(
            bullet_len("👉 Detours will send traffic over the Harbor Bridge."),
            4
        );
        assert_eq!(bullet_len("➡\u{fe0f} Ferries run every 15 minutes."), 6);
        assert_eq!(bullet_len("✅ No injuries"), 3);
        assert_eq!(bullet_len("👉"), 0);
    }

    #[test]
    fn syndicated_copies_are_one_source() {
        let wire = "The storm reached the coast late on Sunday night with strong winds.\n\
                    Thousands of homes lost power across the three northern districts.";
        let articles = [
            Article::new(wire),
            Article::new(format!("Heading\n{wire}\nSubscribe now.")),
            Article::new(
                "Officials in the capital said the storm caused little damage there overall.",
            ),
        ];
        let (docs, sources) = documents(&articles);
        assert_eq!(sources, 2);
        assert_eq!(docs[1].duplicate_of, Some(0));
        assert_eq!(docs[1].source_group, 0);
        assert_eq!(docs[2].source_group, 1);
    }
}
