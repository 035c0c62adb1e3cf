//! The explanation of a run: every sentence with the scores that decided whether it was
//! chosen ([`explain`]), what the CLI's `--explain` prints.

use serde::{Deserialize, Serialize};

use crate::document::BlockKind;
use crate::pipeline::analyze;
use crate::select::{is_candidate, tier};
use crate::{Article, Error, Options, Summary};

/// Every sentence the pipeline found, with the numbers that decided its fate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The summary itself.
    pub summary: Summary,
    /// Every sentence of every article, in input order.
    pub sentences: Vec<ExplainedSentence>,
    /// Pairs of figures of one unit from different sources whose values differ, and whether
    /// they were taken for one quantity that the sources disagree on (at most 200).
    pub figures: Vec<ExplainedComparison>,
    /// The concepts that [`Options::focus`] names in the articles, as first written there:
    /// empty without a focus, or when it names nothing (the summary is then as without it).
    #[serde(default)]
    pub focus: Vec<String>,
}

/// Two figures compared by the disagreements stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplainedComparison {
    /// The first figure as written, and its article.
    pub first: String,
    /// The first figure's article.
    pub first_article: usize,
    /// The second figure as written.
    pub second: String,
    /// The second figure's article.
    pub second_article: usize,
    /// Whether they were reported as a disagreement, or why not.
    pub verdict: String,
}

/// One sentence and why it was, or was not, chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplainedSentence {
    /// The sentence text.
    pub text: String,
    /// Its article.
    pub article: usize,
    /// Its position among the article's sentences (0-based).
    pub position: usize,
    /// Its words.
    pub words: usize,
    /// `"prose"` or `"list item"`.
    pub block: String,
    /// Whether it was eligible (length, block kind, budget, its article not
    /// [off the story](crate::ArticleInfo::off_topic)).
    pub candidate: bool,
    /// Whether it is in the summary.
    pub chosen: bool,
    /// Sum of its concept weights (agreement-weighted content, before redundancy).
    pub weight: f64,
    /// Independent sources that carry it, its own included.
    pub sources: usize,
    /// Its concepts, heaviest first (at most 12).
    pub concepts: Vec<ExplainedConcept>,
}

/// One concept of an [`ExplainedSentence`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplainedConcept {
    /// As first written.
    pub text: String,
    /// Independent sources that mention it.
    pub sources: u32,
    /// Its weight.
    pub weight: f64,
}

/// Runs [`summarize`](crate::summarize) and reports every sentence with its scores: what the
/// CLI's `--explain` prints. Slower than `summarize` (it measures corroboration for every
/// sentence); meant for inspection and tuning.
///
/// # Errors
///
/// As [`summarize`](crate::summarize).
pub fn explain(articles: &[Article], options: &Options) -> Result<Explanation, Error> {
    let analysis = analyze(articles, options, true)?;
    let (max_words, _) = options.budget();
    let off_topic = &analysis.agreement.off_topic;
    let tier = tier(&analysis.sentences, off_topic, max_words);
    let mut tally = Vec::new();
    let sentences = (0..analysis.sentences.len())
        .map(|i| {
            let s = &analysis.sentences[i];
            let mut concepts: Vec<ExplainedConcept> = analysis
                .terms
                .of(i)
                .iter()
                .map(|&c| ExplainedConcept {
                    text: analysis.concept_text(c).to_string(),
                    sources: analysis.agreement.df[c as usize],
                    weight: round3(analysis.agreement.weight[c as usize]),
                })
                .collect();
            let weight = round3(concepts.iter().map(|c| c.weight).sum());
            concepts.sort_by(|x, y| {
                y.weight
                    .total_cmp(&x.weight)
                    .then_with(|| x.text.cmp(&y.text))
            });
            concepts.truncate(12);
            ExplainedSentence {
                text: analysis.text(i).to_string(),
                article: s.article,
                position: s.position,
                words: s.words,
                block: if s.kind == BlockKind::Prose {
                    "prose"
                } else {
                    "list item"
                }
                .to_string(),
                candidate: is_candidate(s, off_topic, max_words, tier),
                chosen: analysis.chosen.iter().any(|c| c.sentence == i),
                weight,
                sources: analysis.support(i, &mut tally).1,
                concepts,
            }
        })
        .collect();
    let figures = analysis
        .disputes
        .comparisons
        .iter()
        .map(|c| {
            let (x, y) = (&analysis.figures[c.first], &analysis.figures[c.second]);
            ExplainedComparison {
                first: articles[x.article].text[x.span.clone()].to_string(),
                first_article: x.article,
                second: articles[y.article].text[y.span.clone()].to_string(),
                second_article: y.article,
                verdict: c.verdict.reason().to_string(),
            }
        })
        .collect();
    let focus = analysis
        .focus
        .iter()
        .map(|&c| analysis.concept_text(c).to_string())
        .collect();
    Ok(Explanation {
        summary: analysis.into_summary(),
        sentences,
        figures,
        focus,
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
