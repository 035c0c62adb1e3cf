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
//!
//! Submodules, by what they are about: [`lines`] (lines joined into paragraphs), [`layout`]
//! (each paragraph's kind, link farms and lists, repeats), [`chrome`] (page chrome by its
//! phrases, bylines), [`scan`] (one pass over a paragraph's words) and [`sources`] (syndicated
//! copies grouped into one source).

mod chrome;
mod layout;
mod lines;
mod scan;
mod sources;
#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::Article;

pub(crate) use chrome::sentence_chrome_kind;
use layout::blocks;
pub(crate) use scan::Trigger;
use sources::group_sources;

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
