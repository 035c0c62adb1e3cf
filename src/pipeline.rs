//! The pipeline: validates a request and runs the stages in order, document → sentence →
//! term → agreement → focus → figures → disagreements → select → order, then key facts ([`analyze`]); the [`Analysis`] it
//! returns becomes the [`Summary`] ([`Analysis::into_summary`]) or, for `explain`, is read
//! sentence by sentence.

use crate::agreement::{agreement, Agreement};
use crate::disagreements::{disagreements, enough_shared, Disputes};
use crate::document::{documents, Document};
use crate::figures::{figures, Comparable, Figure};
use crate::focus::focus;
use crate::key_facts::{key_facts, with_figures};
use crate::lang::{languages, Language};
use crate::order::order;
use crate::select::{select, Choice, Priors, LEAD, TEASER_LEAD};
use crate::sentence::{sentences, Sentence};
use crate::term::{terms_and_focus, Terms};
use crate::text::words::text_words;
use crate::{Article, ArticleInfo, Error, Options, Stats, Summary, SummarySentence, SummaryType};

/// Everything the pipeline computed for one call.
pub(crate) struct Analysis<'a> {
    pub(crate) articles: &'a [Article],
    pub(crate) options: &'a Options,
    pub(crate) docs: Vec<Document>,
    /// Per article: the language its words were read in.
    pub(crate) languages: Vec<Language>,
    pub(crate) sources: usize,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) terms: Terms,
    pub(crate) agreement: Agreement,
    pub(crate) figures: Vec<Figure>,
    pub(crate) disputes: Disputes,
    pub(crate) chosen: Vec<Choice>,
    /// The concepts the reader's focus names (none without a focus).
    pub(crate) focus: Vec<u32>,
    pub(crate) candidates: usize,
}

/// A news sentence's usual length in words, to turn a sentence budget into words.
const SENTENCE_WORDS: usize = 25;

/// Validates the request and runs every stage; `explain` keeps what only an explanation
/// shows (the figures compared and why).
pub(crate) fn analyze<'a>(
    articles: &'a [Article],
    options: &'a Options,
    explain: bool,
) -> Result<Analysis<'a>, Error> {
    options.validate()?;
    if articles.len() > options.max_articles {
        return Err(Error::too_many_articles(
            options.max_articles,
            articles.len(),
        ));
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    if bytes > options.max_input_bytes {
        return Err(Error::input_too_large(options.max_input_bytes, bytes));
    }
    if articles.iter().all(|a| a.text.trim().is_empty()) {
        return Err(Error::no_text());
    }
    let languages = languages(articles, options.language);
    let (docs, sources) = documents(articles);
    let mut all = Vec::new();
    for (i, (article, doc)) in articles.iter().zip(&docs).enumerate() {
        sentences(i, &article.text, &doc.blocks, &mut all);
    }
    let (terms, named) = terms_and_focus(
        articles,
        (&languages, sources),
        &mut all,
        options.focus.as_deref(),
    );
    let (max_words, max_sentences) = options.budget();
    // How long the summary will be, in words: its word budget, or as many sentences as it
    // may have at a news sentence's usual length.
    let words = max_words.min(max_sentences.saturating_mul(SENTENCE_WORDS));
    let mut agreement = agreement(&docs, sources, &all, &terms, words);
    focus(&named, &mut all, &terms, &mut agreement);
    // Figures are compared across independent sources only: with one, none is read.
    let (figures, numbers) = if agreement.sources() >= 2 {
        // Only sentences that could be compared; all of them for an explanation.
        let comparable = (!explain).then_some(Comparable {
            df: &agreement.df,
            docs: &docs,
            enough: enough_shared,
        });
        figures(
            articles,
            (&all, &languages),
            &terms,
            &agreement.off_topic,
            comparable,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let disputes = disagreements(
        articles,
        &docs,
        (&all, &terms, &languages),
        (&figures, &numbers),
        explain,
    );
    let lead = if options.summary_type == SummaryType::Teaser {
        TEASER_LEAD
    } else {
        LEAD
    };
    let priors = Priors::new(lead, words);
    let (mut chosen, candidates) = select(
        &all,
        &terms,
        &agreement,
        priors,
        (max_words, max_sentences),
        words,
    );
    order(&mut chosen, &all);
    Ok(Analysis {
        articles,
        options,
        docs,
        languages,
        // Those of the story: an article about another one is not counted.
        sources: agreement.sources(),
        sentences: all,
        terms,
        agreement,
        figures,
        disputes,
        chosen,
        focus: named,
        candidates,
    })
}

impl Analysis<'_> {
    pub(crate) fn text(&self, s: usize) -> &str {
        self.sentences[s].text_in(self.articles)
    }

    /// [`Agreement::support`] of sentence `s`, with `tally` its scratch space.
    pub(crate) fn support(&self, s: usize, tally: &mut Vec<f64>) -> (Vec<usize>, usize) {
        self.agreement.support(
            &self.docs,
            &self.terms,
            (self.sentences[s].article, self.terms.of(s)),
            tally,
        )
    }

    pub(crate) fn concept_text(&self, c: u32) -> &str {
        let (a, span) = &self.terms.surface[c as usize];
        &self.articles[*a].text[span.clone()]
    }

    /// The summary this analysis stands for.
    pub(crate) fn into_summary(self) -> Summary {
        let mut tally = Vec::new();
        let sentences: Vec<SummarySentence> = self
            .chosen
            .iter()
            .map(|choice| {
                let s = &self.sentences[choice.sentence];
                let (supported_by, sources) = self.support(choice.sentence, &mut tally);
                let disagreements = self.disputed_in(choice.sentence);
                SummarySentence {
                    text: self.text(choice.sentence).to_string(),
                    article: s.article,
                    span: s.span.clone(),
                    score: (choice.gain * 1000.0).round() / 1000.0,
                    supported_by,
                    sources,
                    disagreements,
                }
            })
            .collect();
        let words = sentences.iter().map(|s| text_words(&s.text)).sum();
        let max_facts = self.options.max_key_facts;
        let disputed: Vec<&str> = self
            .disputes
            .members
            .iter()
            .flatten()
            .map(|&f| {
                let figure = &self.figures[f];
                &self.articles[figure.article].text[figure.core.clone()]
            })
            .collect();
        let facts = key_facts(
            (self.articles, &self.languages),
            &self.docs,
            &self.terms,
            &self.agreement,
            self.sources,
            max_facts,
        );
        Summary {
            key_facts: with_figures(facts, &self.disputes.agreed, &disputed, max_facts),
            articles: self.article_infos(),
            stats: Stats {
                articles: self.articles.len(),
                sources: self.sources,
                sentences: self.sentences.len(),
                candidates: self.candidates,
                words,
            },
            sentences,
            disagreements: self.disputes.items,
        }
    }

    /// The disagreements (indices) that a figure of sentence `s` takes part in.
    fn disputed_in(&self, s: usize) -> Vec<usize> {
        (0..self.disputes.items.len())
            .filter(|&d| {
                self.disputes.members[d]
                    .iter()
                    .any(|&f| self.figures[f].sentence == s)
            })
            .collect()
    }

    fn article_infos(&self) -> Vec<ArticleInfo> {
        self.articles
            .iter()
            .zip(&self.docs)
            .enumerate()
            .map(|(i, (a, d))| {
                let label = [&a.title, &a.source]
                    .into_iter()
                    .flatten()
                    .map(|s| s.trim())
                    .find(|s| !s.is_empty())
                    .map_or_else(|| format!("Article {}", i + 1), |s| truncate_chars(s, 80));
                ArticleInfo {
                    label,
                    source_group: d.source_group,
                    duplicate_of: d.duplicate_of,
                    off_topic: self.agreement.off_topic[i],
                    language: self.languages[i],
                }
            })
            .collect()
    }
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
