//! Page chrome found by its phrases: captions and credits, subscribe and share prompts,
//! cookie and paywall notices, bylines and date lines, in every language with a list. The
//! phrases are data (`data/<language>/chrome.tsv`, generated into [`crate::lang::en`]); a
//! paragraph is searched for them only when it holds one of their trigger words
//! ([`Trigger`]).

use super::scan::{trigger, Trigger};
use super::BlockKind;
use crate::lang::en;
use crate::text::boundaries::split;
use crate::text::case::lowercase;
use crate::text::phrases::{has_substring, starts_ignoring_ascii_case, BarList, BytePairs};
use crate::text::punctuation::ends_sentence;
use crate::text::words::count_words;

/// The phrase lists of every `data/<language>/chrome.tsv`, as [`crate::lang::en`] has them
/// (see its constants of these names).
pub(super) static CAPTION_STARTS: BarList = BarList::new(en::CAPTION_STARTS);
/// See [`CAPTION_STARTS`].
pub(super) static CAPTION_CONTAINS: BarList = BarList::new(en::CAPTION_CONTAINS);
/// See [`CAPTION_STARTS`].
pub(super) static BOILERPLATE: BarList = BarList::new(en::BOILERPLATE);
/// See [`CAPTION_STARTS`].
pub(super) static BIOGRAPHY: BarList = BarList::new(en::BIOGRAPHY);
/// See [`CAPTION_STARTS`].
pub(super) static NAV_BOILERPLATE: BarList = BarList::new(en::NAV_BOILERPLATE);
/// See [`CAPTION_STARTS`].
pub(super) static BYLINE_STARTS: BarList = BarList::new(en::BYLINE_STARTS);
/// See [`CAPTION_STARTS`].
pub(super) static LINK_LABELS: BarList = BarList::new(en::LINK_LABELS);

/// The longest line that [`NAV_BOILERPLATE`] makes chrome though it ends as a sentence does.
pub(super) const NAV_WORDS: usize = 5;

/// Lines of at most this many words are scanned for the common-word chrome patterns too.
pub(super) const SHORT_CHROME_WORDS: usize = 12;

/// Is `s` a caption, a credit or page chrome? Meant for one line or one sentence.
pub(super) fn chrome_kind(s: &str) -> Option<BlockKind> {
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
pub(super) fn starts_like_caption(s: &str) -> bool {
    CAPTION_STARTS.starts(s)
}

/// [`chrome_kind`] with `trigger(s)` already known.
pub(super) fn chrome_kind_with(s: &str, trigger: Trigger) -> Option<BlockKind> {
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
    if CAPTION_CONTAINS.items().iter().any(contains) {
        return Some(BlockKind::Caption);
    }
    if words <= 30
        && (BOILERPLATE.items().iter().any(contains)
            || contains(&" is a ") && BIOGRAPHY.items().iter().any(contains))
    {
        return Some(BlockKind::Boilerplate);
    }
    // "Follow Dana Whitlow on Twitter and Instagram." reads as a sentence but is a prompt.
    let nav_line = || !ends_sentence(s) || starts_ignoring_ascii_case(s, "follow ");
    if (words <= NAV_WORDS || (words <= 30 && nav_line()))
        && NAV_BOILERPLATE.items().iter().any(contains)
    {
        return Some(BlockKind::Boilerplate);
    }
    None
}

/// Does a sentence end inside `s` ("… Tuesday. Subscribe …"), not only at its end?
pub(super) fn has_inner_sentence_end(s: &str) -> bool {
    split(s).len() > 1
}

pub(super) fn is_byline_or_date(s: &str, sentence: bool) -> bool {
    // "By Dana Whitlow" is a byline; "By Tuesday, the water had receded." is not, but "By
    // Dana Whitlow | Updated 9:14 a.m." is, though it ends as a sentence does.
    if starts_ignoring_ascii_case(s, "by ") && (!sentence || is_byline_row(s)) {
        return true;
    }
    if BYLINE_STARTS.starts(s) {
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
    MONTHS.iter().any(|m| starts_ignoring_ascii_case(s, m))
        && s.bytes().any(|b| b.is_ascii_digit())
        && count_words(s, 9) <= 8
        && !has_substring(s, " said")
}

/// Does a line that opens with "By " go on as a byline row does: a separator (" | ", " · ",
/// " • ") or a time stamp's word ("Updated", "Published", "Posted")?
pub(super) fn is_byline_row(s: &str) -> bool {
    if [" | ", " · ", " • "].iter().any(|p| has_substring(s, p)) {
        return true;
    }
    let lower = lowercase(s);
    [" updated", " published", " posted"]
        .iter()
        .any(|p| has_substring(&lower, p))
}
