//! Summarize several news articles about one story, weighting every sentence by how many
//! independent articles agree with it.
//!
//! `corroborate` is an extractive summarizer: every sentence of a [`Summary`] is quoted
//! verbatim from one of the input [`Article`]s, with its byte span in that article, the other
//! articles that corroborate it and a score. It runs natively (this library and the
//! `corroborate` command-line tool) and in the browser (compiled to WebAssembly); nothing is
//! sent anywhere and no model is downloaded.
//!
//! The primary items:
//! - [`summarize`]: articles and [`Options`] in, [`Summary`] out.
//! - [`Options`]: budgets (`max_words`, `max_sentences`) or presets that mirror the browser
//!   Summarizer API ([`SummaryType`], [`Length`]). `Options::default()` is the recommended
//!   setting.
//! - [`Summary`]: the chosen [`SummarySentence`]s in reading order, the most agreed-upon
//!   [`KeyFact`]s and [`Stats`].
//! - [`explain()`]: the same computation with every candidate sentence's scores, for tuning and
//!   for showing why a sentence won.
//!
//! # Example: three outlets, one story
//!
//! ```
//! use corroborate::{summarize, Article, Options};
//!
//! let articles = [
//!     Article::new("Harbor officials in Port Verity closed the north pier on Tuesday after a crane collapsed. \
//!                   No one was hurt. The pier will stay shut for two weeks, the port authority said."),
//!     Article::new("A crane collapsed at the north pier of Port Verity on Tuesday. The port authority \
//!                   said the pier will stay shut for two weeks. Shipping will move to the south pier."),
//!     Article::new("Port Verity's north pier is closed for two weeks after a crane collapsed Tuesday. \
//!                   Subscribe to our newsletter for more local news."),
//! ];
//! let summary = summarize(&articles, &Options { max_sentences: Some(1), ..Options::default() })?;
//!
//! let top = &summary.sentences[0];
//! // Quoted verbatim from its article, with the span to find it again.
//! assert_eq!(top.text, &articles[top.article].text[top.span.clone()]);
//! // Corroborated by both other outlets.
//! assert_eq!(top.supported_by.len(), 2);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Example: budgets
//!
//! ```
//! use corroborate::{summarize, Article, Options};
//!
//! let text = "The river rose four meters overnight. Officials opened the spillway at dawn. \
//!             Residents of low-lying streets were moved to the school gym. The water began \
//!             to fall by noon, the mayor said.";
//! let options = Options { max_words: Some(12), ..Options::default() };
//! let summary = summarize(&[Article::new(text)], &options)?;
//! assert!(summary.stats.words <= 12);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Example: errors are values with messages a person can act on
//!
//! ```
//! use corroborate::{summarize, Article, ErrorKind, Options};
//!
//! let err = summarize(&[Article::new("   ")], &Options::default()).unwrap_err();
//! assert_eq!(err.kind(), &ErrorKind::NoText);
//! assert!(err.to_string().contains("no text"));
//! ```
//!
//! # How it works
//!
//! One linear pass through the stages, each a module named for what it produces:
//! `document` (blocks: prose, headings, captions, boilerplate; syndicated copies merged into
//! one source) → `sentence` (sentences, UAX #29 with abbreviation repair) → `term` (concepts:
//! content stems, bigrams, names, numbers) → `agreement` (concept weights by the number of
//! independent sources that carry them) → `select` (budgeted maximum coverage) → `order`
//! (reading order) → `key_facts`. `ARCHITECTURE.md` in the repository is the map of the code.
//!
//! # Front ends
//!
//! This crate is the plain library: no I/O, no global state, no allocator of its own, the same
//! code on every target (it builds for `wasm32-unknown-unknown` as any library does). The
//! repository's other crates put it to work: `corroborate-web` (the WebAssembly API and the
//! page's renderer) and `corroborate-cli` (the `corroborate` command).
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![forbid(unsafe_code)]

// The stages, in pipeline order (`pipeline` runs them).
mod agreement;
mod disagreements;
mod document;
mod figures;
mod focus;
mod key_facts;
mod order;
mod select;
mod sentence;
mod term;

mod error;
mod explain;
mod keys;
mod lang;
mod page_text;
mod pipeline;
mod text;

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use error::{Error, ErrorKind};
pub use explain::{explain, ExplainedComparison, ExplainedConcept, ExplainedSentence, Explanation};
pub use lang::Language;
pub use page_text::{html_to_text, looks_like_html, repair_text};

/// One input article: its text and, optionally, a title and the outlet it came from.
///
/// Only `text` is summarized; `title` and `source` label the article in the output.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Article {
    /// The article's text as pasted: paragraphs separated by line breaks. Markup, page
    /// chrome and repeated paragraphs are tolerated and left out of the summary.
    pub text: String,
    /// The headline, if known.
    pub title: Option<String>,
    /// The outlet or URL, if known.
    pub source: Option<String>,
}

impl Article {
    /// An article with only a text.
    pub fn new(text: impl Into<String>) -> Self {
        Article {
            text: text.into(),
            title: None,
            source: None,
        }
    }

    /// The same article with a title.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The same article with a source (outlet name or URL).
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
}

/// What kind of summary to produce; mirrors the browser Summarizer API's `type`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SummaryType {
    /// The most important points, one sentence each (default).
    #[default]
    KeyPoints,
    /// A short paragraph that gives the gist.
    Tldr,
    /// A short paragraph that leads into the story, favouring the opening sentences.
    Teaser,
    /// The single sentence that best states the story.
    Headline,
}

/// How long a preset summary is; mirrors the browser Summarizer API's `length`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Length {
    /// Shortest.
    Short,
    /// The default.
    #[default]
    Medium,
    /// Longest.
    Long,
}

/// Default cap on the total input size in bytes (32 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;
/// Default cap on the number of articles.
pub const DEFAULT_MAX_ARTICLES: usize = 10_000;

/// How to summarize. `Options::default()` is the recommended setting: five key points of at
/// most 150 words in all.
///
/// Budgets: when `max_words` or `max_sentences` is set, the preset (`summary_type` and
/// `length`) is ignored and an unset budget is unlimited. Sentences are never cut, and the
/// word budget (words separated by white space) is never exceeded.
///
/// The serde form (also the JavaScript options object) uses camelCase names and fills every
/// missing field with its default: `{ "type": "tldr", "length": "short" }`,
/// `{ "maxWords": 100 }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Preset kind of summary. Default: [`SummaryType::KeyPoints`].
    #[serde(rename = "type")]
    pub summary_type: SummaryType,
    /// Preset length. Default: [`Length::Medium`].
    pub length: Length,
    /// Exact word budget; overrides the preset. Must be at least 1. Words are counted as in
    /// [`Stats::words`].
    pub max_words: Option<usize>,
    /// Exact sentence budget; overrides the preset. Must be at least 1.
    pub max_sentences: Option<usize>,
    /// How many key facts to report. Default: 8.
    pub max_key_facts: usize,
    /// Refuse inputs larger than this many bytes in all. Default:
    /// [`DEFAULT_MAX_INPUT_BYTES`].
    pub max_input_bytes: usize,
    /// Refuse more articles than this. Default: [`DEFAULT_MAX_ARTICLES`].
    pub max_articles: usize,
    /// Read every article as this language instead of detecting each one's
    /// ([`ArticleInfo::language`]). Default: `None`, detect. In serde and JavaScript, a code:
    /// `{ "language": "fr" }`; an unknown code is an error that lists the supported ones.
    pub language: Option<Language>,
    /// What the reader wants to know: a question or a few words ("What caused the
    /// collapse?", "casualties"), what the browser Summarizer API calls context. Concepts it
    /// names, and those that share sentences with them, weigh more; agreement still counts
    /// (a focus triples a concept's weight at most). `None`, an empty text or one that names
    /// nothing in the articles changes nothing ([`Explanation::focus`] says which concepts it
    /// named). The words it asks with ("Describe … and include any details") name nothing.
    /// Any length is accepted; its first 200 words are read.
    pub focus: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            summary_type: SummaryType::KeyPoints,
            length: Length::Medium,
            max_words: None,
            max_sentences: None,
            max_key_facts: 8,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_articles: DEFAULT_MAX_ARTICLES,
            language: None,
            focus: None,
        }
    }
}

impl Options {
    /// The budget these options stand for: `(max_words, max_sentences)`, `usize::MAX` where
    /// unlimited.
    ///
    /// | type | short | medium | long |
    /// |---|---|---|---|
    /// | key-points | 3 sentences, 80 words | 5, 150 | 7, 250 |
    /// | tldr, teaser | 1 sentence, 40 words | 3, 100 | 5, 180 |
    /// | headline | 1 sentence, 25 words | 1, 35 | 1, 50 |
    pub fn budget(&self) -> (usize, usize) {
        if self.max_words.is_some() || self.max_sentences.is_some() {
            return (
                self.max_words.unwrap_or(usize::MAX),
                self.max_sentences.unwrap_or(usize::MAX),
            );
        }
        use Length::*;
        use SummaryType::*;
        let (sentences, words) = match (self.summary_type, self.length) {
            (KeyPoints, Short) => (3, 80),
            (KeyPoints, Medium) => (5, 150),
            (KeyPoints, Long) => (7, 250),
            (Tldr | Teaser, Short) => (1, 40),
            (Tldr | Teaser, Medium) => (3, 100),
            (Tldr | Teaser, Long) => (5, 180),
            (Headline, Short) => (1, 25),
            (Headline, Medium) => (1, 35),
            (Headline, Long) => (1, 50),
        };
        (words, sentences)
    }

    fn validate(&self) -> Result<(), Error> {
        if self.max_words == Some(0) {
            return Err(Error::invalid_option("maxWords", "must be at least 1"));
        }
        if self.max_sentences == Some(0) {
            return Err(Error::invalid_option("maxSentences", "must be at least 1"));
        }
        Ok(())
    }
}

/// One sentence of a summary, quoted verbatim from an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SummarySentence {
    /// The sentence, exactly `&articles[article].text[span]`.
    pub text: String,
    /// Index of the article it is quoted from.
    pub article: usize,
    /// Byte range of `text` in that article's text.
    pub span: Range<usize>,
    /// How much this sentence added to the summary's agreement-weighted coverage when it was
    /// chosen (higher is more important; comparable within one summary only).
    pub score: f64,
    /// The other articles (indices, ascending) that carry most of this sentence's content.
    /// Syndicated copies of the sentence's own article are not listed: they are the same source.
    pub supported_by: Vec<usize>,
    /// How many independent sources carry this sentence's content, its own included: the
    /// badge "`sources` of `stats.sources` sources".
    pub sources: usize,
    /// The [disagreements](Summary::disagreements) (indices) that a figure of this sentence
    /// takes part in: the sentence gives a figure that another source gives differently.
    #[serde(default)]
    pub disagreements: Vec<usize>,
}

/// A quantity that independent sources give different figures for: "Trip to Beijing:
/// *nearly 20 hours* (Article 1, Article 5) · *up to 24 hours* (Article 3)".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Disagreement {
    /// A short label: where the unit is a word after its number and a word the sources share
    /// follows it closely, that phrase as the first article writes it ("climbers died",
    /// "miles of the Sun"); else the words around the figures that the sources share, and the
    /// unit ("killed (people)", "trip Beijing (hours)").
    pub about: String,
    /// The values the sources give, two or more, the one that most sources give first.
    pub values: Vec<DisputedValue>,
}

/// One value of a [`Disagreement`] and the articles that give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DisputedValue {
    /// The number, in the unit it is written in, multiplier applied ("$3 million" is
    /// 3000000): always finite.
    pub value: f64,
    /// The unit as written ("hours", "%", "$", "people").
    pub unit: String,
    /// The figure as the first of its articles writes it, with the words that qualify it
    /// ("up to 24 hours"): exactly `&articles[articles[0]].text[spans[0]]`.
    pub text: String,
    /// The articles (indices, ascending) that give this value.
    pub articles: Vec<usize>,
    /// Per article of `articles`, the byte range of the figure in its text.
    pub spans: Vec<Range<usize>>,
}

/// A name, number or phrase that several sources agree on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFact {
    /// The fact as first written in the articles ("Port Verity", "two weeks", "4.5").
    pub text: String,
    /// How many independent sources mention it.
    pub sources: usize,
    /// The articles (indices, ascending) that mention it.
    pub articles: Vec<usize>,
}

/// How an input article was treated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleInfo {
    /// A label to show: the title, else the source, else "Article N" (1-based).
    pub label: String,
    /// The independent source this article counts as (0-based). Syndicated copies share one.
    pub source_group: usize,
    /// The earlier article this one is a near-copy of, if any.
    pub duplicate_of: Option<usize>,
    /// Whether the article is about another story than the rest: almost none of its content
    /// is in any other source, while at least two others agree with each other (a sports
    /// report pasted among reports of a crane collapse). Its sentences are left out of the
    /// summary. Never set with fewer than three independent sources.
    #[serde(default)]
    pub off_topic: bool,
    /// The language the article was read in: detected from its script and its function
    /// words, or [`Options::language`] when that is set. An article too short to tell takes
    /// the language of the others; text in a language without rules is
    /// [`Language::Unknown`] (`"und"`).
    #[serde(default)]
    pub language: Language,
}

/// Counts that describe the input and the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Articles given.
    pub articles: usize,
    /// Independent sources after merging syndicated copies, not counting an article left out
    /// as about another story ([`ArticleInfo::off_topic`]).
    pub sources: usize,
    /// Sentences found in prose (candidates and not).
    pub sentences: usize,
    /// Sentences eligible for the summary.
    pub candidates: usize,
    /// Words in the summary, as budgets count them: whitespace-separated words, and in
    /// scripts written without spaces (Chinese, Japanese, Thai, …) one word per two
    /// characters.
    pub words: usize,
}

/// The result of [`summarize`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The chosen sentences in reading order. Empty when no article has a usable sentence.
    pub sentences: Vec<SummarySentence>,
    /// The most agreed-upon names, numbers and phrases, most sources first.
    pub key_facts: Vec<KeyFact>,
    /// Where independent sources give different figures for one quantity, the quantities
    /// with most sources taking part first. Empty when they agree or give no figures.
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
    /// One entry per input article, in input order.
    pub articles: Vec<ArticleInfo>,
    /// Counts.
    pub stats: Stats,
}

impl Summary {
    /// Why the summary has no sentence, for the reader, or `None` when it has some: no
    /// running text at all (only headings, lists or page chrome), or no sentence of a
    /// quotable length (one run-on line).
    pub fn empty_reason(&self) -> Option<&'static str> {
        if !self.sentences.is_empty() {
            None
        } else if self.stats.sentences == 0 {
            Some(
                "No sentences found: paste the articles' running text, not only headlines or lists.",
            )
        } else {
            Some("No sentence of a usable length was found to quote.")
        }
    }

    /// Which articles were left out as [off the story](ArticleInfo::off_topic), for the
    /// reader, or `None` when none was: "Left out as about another story: Rovers reach the
    /// final." (labels joined by "; ").
    pub fn left_out_note(&self) -> Option<String> {
        let mut note = String::new();
        for a in self.articles.iter().filter(|a| a.off_topic) {
            note.push_str(if note.is_empty() {
                "Left out as about another story: "
            } else {
                "; "
            });
            note.push_str(&a.label);
        }
        (!note.is_empty()).then(|| note + ".")
    }

    /// Each [disagreement](Summary::disagreements) on one line, for the reader:
    /// "killed (people): 12 people (Daily Bugle; Article 3) · at least 15 people (Article 2)".
    pub fn disagreement_lines(&self) -> Vec<String> {
        self.disagreements
            .iter()
            .map(|d| {
                let values: Vec<String> = d
                    .values
                    .iter()
                    .map(|v| format!("{} ({})", v.text, self.labels(&v.articles)))
                    .collect();
                format!("{}: {}", d.about, values.join(" · "))
            })
            .collect()
    }

    /// The labels of `articles`, joined by "; ".
    fn labels(&self, articles: &[usize]) -> String {
        let labels: Vec<&str> = articles
            .iter()
            .map(|&a| self.articles.get(a).map_or("?", |a| a.label.as_str()))
            .collect();
        labels.join("; ")
    }

    /// The summary as plain text: one sentence per line.
    pub fn to_plain_text(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            out.push_str(&s.text);
            out.push('\n');
        }
        out
    }

    /// The summary as a Markdown list, each sentence followed by its source and agreement.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            let label = self
                .articles
                .get(s.article)
                .map_or("?", |a| a.label.as_str());
            out.push_str("- ");
            out.push_str(&escape_markdown(&s.text));
            out.push_str(&format!(
                " *({}; {})*\n",
                escape_markdown(label),
                badge_text(s.sources, self.stats.sources)
            ));
        }
        if !self.disagreements.is_empty() {
            out.push_str("\n**Sources differ**\n\n");
            for d in &self.disagreements {
                out.push_str("- ");
                out.push_str(&escape_markdown(&d.about));
                out.push(':');
                for (i, v) in d.values.iter().enumerate() {
                    out.push_str(if i == 0 { " *" } else { " · *" });
                    out.push_str(&escape_markdown(&v.text));
                    out.push_str("* (");
                    out.push_str(&escape_markdown(&self.labels(&v.articles)));
                    out.push(')');
                }
                out.push('\n');
            }
        }
        if let Some(note) = self.left_out_note() {
            out.push_str("\n*");
            out.push_str(&escape_markdown(&note));
            out.push_str("*\n");
        }
        out
    }
}

fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Summarize `articles`: pick the sentences that cover the most content that independent
/// articles agree on, within the budget of `options`, in reading order.
///
/// Deterministic: the same input gives the same summary. Time and memory are linear in the
/// input size.
///
/// # Errors
///
/// - [`ErrorKind::NoText`] when no article has any text.
/// - [`ErrorKind::TooManyArticles`] / [`ErrorKind::InputTooLarge`] beyond
///   `options.max_articles` / `options.max_input_bytes`.
/// - [`ErrorKind::InvalidOption`] for a zero budget.
///
/// An input with text but no usable sentence (only headings, say) is not an error: the
/// summary is empty and `stats` says what was found.
///
/// # Panics
///
/// Never, on any input.
pub fn summarize(articles: &[Article], options: &Options) -> Result<Summary, Error> {
    Ok(pipeline::analyze(articles, options, false)?.into_summary())
}

/// How many of the summary's `total` sources say a sentence or a fact: "4 of 5 sources", "1
/// source" (a summary of one source). The badge that the Markdown output and the page show.
///
/// ```
/// assert_eq!(corroborate::badge_text(4, 5), "4 of 5 sources");
/// assert_eq!(corroborate::badge_text(1, 1), "1 source");
/// ```
pub fn badge_text(sources: usize, total: usize) -> String {
    match total {
        0 | 1 => "1 source".to_string(),
        _ => format!("{sources} of {total} sources"),
    }
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(doctest)]
#[doc = include_str!("../docs/crate.md")]
struct CrateReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Article>();
        check::<Options>();
        check::<Summary>();
        check::<Error>();
        check::<Explanation>();
    }

    #[test]
    fn explicit_budget_overrides_preset() {
        let o = Options {
            max_words: Some(100),
            ..Options::default()
        };
        assert_eq!(o.budget(), (100, usize::MAX));
        let o = Options {
            summary_type: SummaryType::Headline,
            ..Options::default()
        };
        assert_eq!(o.budget(), (35, 1));
    }

    #[test]
    fn options_deserialize_with_defaults_and_camel_case() {
        let o: Options = serde_json::from_str(r#"{"type":"tldr","length":"short"}"#).unwrap();
        assert_eq!(o.summary_type, SummaryType::Tldr);
        assert_eq!(o.length, Length::Short);
        assert_eq!(o.max_key_facts, 8);
        let o: Options = serde_json::from_str(r#"{"maxWords":100}"#).unwrap();
        assert_eq!(o.max_words, Some(100));
        assert!(serde_json::from_str::<Options>(r#"{"maxWrods":100}"#).is_err());
    }

    #[test]
    fn markdown_escapes_markup() {
        let s = Summary {
            sentences: vec![SummarySentence {
                text: "A *bold* <b>claim</b>.".into(),
                article: 0,
                span: 0..22,
                score: 1.0,
                supported_by: vec![],
                sources: 1,
                disagreements: vec![],
            }],
            articles: vec![ArticleInfo {
                label: "Daily [Bugle]".into(),
                source_group: 0,
                duplicate_of: None,
                off_topic: false,
                language: Language::English,
            }],
            stats: Stats {
                sources: 1,
                ..Stats::default()
            },
            ..Summary::default()
        };
        assert_eq!(
            s.to_markdown(),
            "- A \\*bold\\* \\<b\\>claim\\</b\\>. *(Daily \\[Bugle\\]; 1 source)*\n"
        );
    }
}
