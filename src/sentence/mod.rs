//! Stage 2, [`Block`]s → [`Sentence`]s: the sentences of prose blocks and list items, as
//! byte spans into the original article text.
//!
//! Heuristic:
//! - Sentence boundaries come from the text layer ([`crate::text::boundaries`]): Unicode
//!   sentence boundaries (UAX #29, tested against `unicode-segmentation`'s) propose the splits;
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
//! - What opens a sentence but is not part of it ([`openers`]: datelines, a live blog's time
//!   stamp, labels) is left out of its span; sentences that are not statements of their own
//!   are flagged ([`flags`]).

mod flags;
mod openers;
#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::document::{sentence_chrome_kind, Block, BlockKind};
use crate::text::boundaries::{grapheme_boundary, split_into};
use flags::{
    continues, ends_with_quoted_question, is_aside, is_broken, is_cut_off, opens_dangling,
};
use openers::{dateline_len, entry_label_len, gallery_button_len};

/// Shortest sentence that can be quoted (words): shorter ones are not candidates for the
/// summary, and do not count as an article's prose when the agreement stage weighs it.
pub(crate) const MIN_WORDS: usize = 6;

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
    /// a quotation or parenthesis that ends in "?" or "!" ("“Who approved it?” said the
    /// mayor.", the rest of a sentence the quotation's mark broke off), an aside wholly in
    /// parentheses ("(The city sent two.)"), or a sentence cut off by an ellipsis ("Inside
    /// the race to save the mill..."). Chosen only when there is no other prose, like
    /// [`Sentence::headline_case`].
    pub fragment: bool,
    /// Opens with a pronoun or connective that points back to an earlier sentence ("He
    /// said …", "But …"): short summaries weigh it less ([`crate::select::DANGLING_PRIOR`]).
    pub dangling: bool,
    /// Mentions a concept the reader's focus names (set by the focus stage): it is worth as
    /// much as a lead sentence wherever it stands ([`crate::select::Priors`]).
    pub in_focus: bool,
}

impl Sentence {
    /// Its text, in `articles` (those it was cut from).
    pub(crate) fn text_in<'a>(&self, articles: &'a [crate::Article]) -> &'a str {
        &articles[self.article].text[self.span.clone()]
    }
}

#[cfg(test)]
impl Sentence {
    /// For tests of later stages: all of `text` as one prose sentence of article 0, not yet
    /// measured.
    pub(crate) fn whole(text: &str) -> Sentence {
        Sentence {
            article: 0,
            span: 0..text.len(),
            kind: BlockKind::Prose,
            position: 0,
            words: 0,
            headline_case: false,
            fragment: false,
            dangling: false,
            in_focus: false,
        }
    }
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
            let fragment =
                (follows_question && continues(s)) || is_aside(s) || is_cut_off(s) || is_broken(s);
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
                in_focus: false,
            });
            position += 1;
        }
    }
}
