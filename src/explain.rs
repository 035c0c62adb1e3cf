//! The pipeline run end to end ([`analyze`]), and its explanation: every sentence with the
//! scores that decided whether it was chosen ([`explain`]).

use serde::{Deserialize, Serialize};

use crate::agreement::{agreement, distinct_groups, Agreement};
use crate::case::lowercase;
use crate::document::{documents, has_substring, BlockKind, Document};
use crate::order::order;
use crate::select::{is_candidate, select, tier, Choice, Priors, LEAD, TEASER_LEAD};
use crate::sentence::{sentences, Sentence};
use crate::term::{terms, ConceptKind, Terms};
use crate::{
    Article, ArticleInfo, Error, KeyFact, Options, Stats, Summary, SummarySentence, SummaryType,
};

/// Everything the pipeline computed for one call.
pub(crate) struct Analysis<'a> {
    articles: &'a [Article],
    options: &'a Options,
    docs: Vec<Document>,
    sources: usize,
    sentences: Vec<Sentence>,
    terms: Terms,
    agreement: Agreement,
    chosen: Vec<Choice>,
    candidates: usize,
}

/// The longest key fact that [`Analysis::widen`] makes of overlapping ones, in words.
const MAX_FACT_WORDS: usize = 8;

/// A news sentence's usual length in words, to turn a sentence budget into words.
const SENTENCE_WORDS: usize = 25;

/// Validates the request and runs every stage.
pub(crate) fn analyze<'a>(
    articles: &'a [Article],
    options: &'a Options,
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
    let (docs, sources) = documents(articles);
    let mut all = Vec::new();
    for (i, (article, doc)) in articles.iter().zip(&docs).enumerate() {
        sentences(i, &article.text, &doc.blocks, &mut all);
    }
    let terms = terms(articles, &mut all);
    let (max_words, max_sentences) = options.budget();
    // How long the summary will be, in words: its word budget, or as many sentences as it
    // may have at a news sentence's usual length.
    let words = max_words.min(max_sentences.saturating_mul(SENTENCE_WORDS));
    let agreement = agreement(&docs, sources, &all, &terms, words);
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
        // Those of the story: an article about another one is not counted.
        sources: agreement.sources(),
        sentences: all,
        terms,
        agreement,
        chosen,
        candidates,
    })
}

impl Analysis<'_> {
    fn text(&self, s: usize) -> &str {
        let sentence = &self.sentences[s];
        &self.articles[sentence.article].text[sentence.span.clone()]
    }

    /// [`Agreement::support`] of sentence `s`, with `tally` its scratch space.
    fn support(&self, s: usize, tally: &mut Vec<f64>) -> (Vec<usize>, usize) {
        self.agreement.support(
            &self.docs,
            &self.terms,
            (self.sentences[s].article, self.terms.of(s)),
            tally,
        )
    }

    fn concept_text(&self, c: u32) -> &str {
        let (a, span) = &self.terms.surface[c as usize];
        &self.articles[*a].text[span.clone()]
    }

    /// [`Analysis::concept_text`] with the full stop of an abbreviation that ends it, which
    /// UAX #29 leaves out of the word: "U.S." and "6:30 p.m." rather than "U.S" and "6:30 p.m".
    fn fact_text(&self, c: u32) -> &str {
        let (a, span) = &self.terms.surface[c as usize];
        let text = &self.articles[*a].text;
        let b = text.as_bytes();
        // The fact's last word: the search stays inside the fact.
        let fact = &b[span.clone()];
        let word = &fact[fact.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1)..];
        let dotted = word.contains(&b'.') && word.last().is_some_and(u8::is_ascii_alphabetic);
        if dotted && b.get(span.end) == Some(&b'.') {
            &text[span.start..span.end + 1]
        } else {
            &text[span.clone()]
        }
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
                SummarySentence {
                    text: self.text(choice.sentence).to_string(),
                    article: s.article,
                    span: s.span.clone(),
                    score: (choice.gain * 1000.0).round() / 1000.0,
                    supported_by,
                    sources,
                }
            })
            .collect();
        let words = sentences
            .iter()
            .map(|s| crate::document::text_words(&s.text))
            .sum();
        Summary {
            key_facts: self.key_facts(),
            articles: self.article_infos(),
            stats: Stats {
                articles: self.articles.len(),
                sources: self.sources,
                sentences: self.sentences.len(),
                candidates: self.candidates,
                words,
            },
            sentences,
        }
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
                }
            })
            .collect()
    }

    /// Names, numbers and phrases that the most sources share.
    fn key_facts(&self) -> Vec<KeyFact> {
        let t = &self.terms;
        let a = &self.agreement;
        let min_sources = if self.sources >= 2 { 2 } else { 1 };
        let class = |c: u32| -> u8 {
            let c = c as usize;
            match (t.kind[c], t.name_like[c]) {
                (ConceptKind::Bigram, true) => 0,
                (ConceptKind::Number, _) => 1,
                (ConceptKind::Word, true) => 2,
                _ => 3,
            }
        };
        // Rank: sources, then names and numbers before other phrases, then frequency, as one
        // `u64` per concept, ascending: more sources, then the class, then more mentions,
        // then the concept id (unique, so the order is total). Sources and mentions saturate
        // at 14 and 16 bits (16,383 sources, 65,535 mentions), past which the id decides.
        // `u64` keys are what the crate sorts (`keys`).
        let key = |c: u32| -> u64 {
            let df = u64::from(a.df[c as usize].min(0x3fff));
            let tf = u64::from(a.tf[c as usize].min(0xffff));
            (0x3fff - df) << 50 | u64::from(class(c)) << 48 | (0xffff - tf) << 32 | u64::from(c)
        };
        let ranked: Vec<u64> = (0..t.len() as u32)
            .filter(|&c| {
                let c = c as usize;
                // A single word only if it is a name: capitalized away from a sentence
                // start, and never written in lowercase ("Trump", not "Police").
                a.df[c] >= min_sources
                    && (t.kind[c] != ConceptKind::Word || t.name_like[c] && !t.lowercase[c])
                    && (self.sources >= 2 || a.tf[c] >= 2)
            })
            .map(key)
            .collect();
        // Only the head of the ranking is shown, so it is ordered lazily, as far as it is read.
        let mut facts: Vec<KeyFact> = Vec::new();
        let mut shown: Vec<String> = Vec::new();
        for key in crate::keys::ascending(ranked) {
            if facts.len() >= self.options.max_key_facts {
                break;
            }
            let c = key as u32;
            // The concept without the possessive its first mention may carry ("City Hall's").
            let text = self.fact_text(c);
            let text = ["'s", "’s", "‘s"]
                .iter()
                .find_map(|p| text.strip_suffix(p))
                .unwrap_or(text);
            // "raise the flood" is a fine concept but a poor fact to show.
            if t.kind[c as usize] == ConceptKind::Bigram && text.split_whitespace().count() != 2 {
                continue;
            }
            // Nor is a lone number of one or two digits: the "5" of "5 p.m.", the "30" of
            // "6:30" (its pair, "5 p.m", may be shown).
            if t.kind[c as usize] == ConceptKind::Number && text.len() <= 2 {
                continue;
            }
            let lower = lowercase(text);
            // Skip a fact already inside a shown one ("Verity" after "Port Verity"), or
            // wider than one already shown.
            if shown
                .iter()
                .any(|s| has_substring(s, &lower) || has_substring(&lower, s))
            {
                continue;
            }
            let articles: Vec<usize> = a.articles_of(c).iter().map(|&x| x as usize).collect();
            shown.push(lower);
            facts.push(KeyFact {
                text: text.to_string(),
                sources: distinct_groups(&self.docs, articles.iter().copied()),
                articles,
            });
            self.widen(&mut facts, &mut shown, min_sources as usize);
            self.finish_names(&mut facts, &mut shown, min_sources as usize);
        }
        facts
    }

    /// Continues each of `facts` that ends with a word another one goes on from by the words
    /// that follow it there, where articles write it whole: "Veterans Affairs San" beside "UC
    /// San Marco" is "Veterans Affairs San Marco". (Joining overlapping pairs,
    /// [`Analysis::widen`], stops short when the pair that would finish the name went into
    /// another fact first.) A fact the articles do not write on ("UC San Marco" beside
    /// "Veterans Affairs San Marco clinic") stays as it is. A continued fact must keep at
    /// least the sources of the fact after it, so the list stays most sources first. Called
    /// after each fact is added, for the pairs with that fact.
    fn finish_names(&self, facts: &mut [KeyFact], shown: &mut [String], min_sources: usize) {
        // Pairs with the newest fact, the last: the others were looked at when it was added.
        let Some(last) = facts.len().checked_sub(1) else {
            return;
        };
        let mut i = 0;
        while i < facts.len() {
            let Some((j, p)) = (0..facts.len())
                .filter(|&j| j != i && (i == last || j == last))
                .find_map(|j| Some((j, goes_on_from(&shown[i], &shown[j])?)))
            else {
                i += 1;
                continue;
            };
            // Fact `j` after its `p`th word, the one fact `i` ends with.
            let tail = facts[j].text.splitn(p + 1, ' ').last().unwrap_or_default();
            let after = facts.get(i + 1).map_or(0, |f| f.sources);
            if let Some(fact) = tail
                .find(' ')
                .and_then(|space| self.joined(&facts[i], &tail[space..], &facts[j].articles))
                .filter(|fact| fact.sources >= min_sources.max(after))
            {
                shown[i] = lowercase(&fact.text);
                facts[i] = fact;
            }
            i += 1;
        }
    }

    /// Joins the last of `facts` with every other that it overlaps by a word at its start or
    /// its end, where articles write the two as one phrase: "Hollis County" and "County
    /// Water" are "Hollis County Water", and with "Water Authority" after them "Hollis County
    /// Water Authority", not three facts of two words. A joined phrase counts the sources of
    /// the articles that have it whole; it is kept only if they are `min_sources` or more,
    /// and up to [`MAX_FACT_WORDS`] words. A last fact that overlaps another but joins none
    /// is dropped: it would show a word of that one again. The joined fact stays last, and
    /// has no more sources than the last had, so the list stays most sources first.
    fn widen(&self, facts: &mut Vec<KeyFact>, shown: &mut Vec<String>, min_sources: usize) {
        let (mut overlapping, mut joined_any) = (false, false);
        let mut j = 0;
        // `k`, the fact being widened, is always the last.
        while j + 1 < facts.len() {
            let k = facts.len() - 1;
            let order = if continues(&shown[k], &shown[j]) {
                Some((k, j))
            } else if continues(&shown[j], &shown[k]) {
                Some((j, k))
            } else {
                None
            };
            overlapping |= order.is_some();
            let join = |(a, b): (usize, usize)| {
                let rest = &facts[b].text[facts[b].text.find(' ')?..];
                self.joined(&facts[a], rest, &facts[b].articles)
            };
            match order.and_then(join) {
                Some(fact) if fact.sources >= min_sources => {
                    shown[k] = lowercase(&fact.text);
                    facts[k] = fact;
                    facts.remove(j);
                    shown.remove(j);
                    joined_any = true;
                    j = 0;
                }
                _ => j += 1,
            }
        }
        if overlapping && !joined_any {
            facts.pop();
            shown.pop();
        }
    }

    /// Fact `a` followed by `rest` (the words of a fact of articles `b` after the one that
    /// `a` ends with, from the space before them), as one phrase, if articles of both write
    /// it whole.
    fn joined(&self, a: &KeyFact, rest: &str, b: &[usize]) -> Option<KeyFact> {
        let mut text = String::with_capacity(a.text.len() + rest.len());
        text.push_str(&a.text);
        text.push_str(rest);
        if text.bytes().filter(|&c| c == b' ').count() >= MAX_FACT_WORDS {
            return None;
        }
        let mut articles = Vec::new();
        for &x in &a.articles {
            if b.contains(&x) && has_substring(&self.articles[x].text, &text) {
                articles.push(x);
            }
        }
        Some(KeyFact {
            sources: distinct_groups(&self.docs, articles.iter().copied()),
            text,
            articles,
        })
    }
}

/// Does the phrase `b` start with the last word of the phrase `a` (of two words or more)?
fn continues(a: &str, b: &str) -> bool {
    b.split_once(' ').is_some_and(|(first, _)| {
        a.strip_suffix(first)
            .is_some_and(|rest| rest.ends_with(' '))
    })
}

/// If the last word of the phrase `a` is a word inside the phrase `b` (not its first, which
/// [`continues`] is about, nor its last), its position in `b` (counted in words from 0).
fn goes_on_from(a: &str, b: &str) -> Option<usize> {
    let last = &a[a.rfind(' ')? + 1..];
    let inner = b.get(b.find(' ')? + 1..b.rfind(' ')?)?;
    inner.split(' ').position(|w| w == last).map(|p| p + 1)
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Every sentence the pipeline found, with the numbers that decided its fate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The summary itself.
    pub summary: Summary,
    /// Every sentence of every article, in input order.
    pub sentences: Vec<ExplainedSentence>,
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
    let analysis = analyze(articles, options)?;
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
    Ok(Explanation {
        summary: analysis.into_summary(),
        sentences,
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
