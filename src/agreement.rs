//! Stage 4, [`Terms`] → [`Agreement`]: how many independent sources carry each concept, the
//! concept weights that follow, and which articles corroborate a sentence.
//!
//! Heuristic:
//! - A concept's document frequency `df` counts independent sources (syndicated copies
//!   merged), not articles: the same wire story printed five times is one voice.
//! - With two or more sources, a concept's weight grows with `df`; a concept only one source
//!   has counts for little (less with three or more sources than with two, where one source
//!   may simply be the longer report). In short summaries a small term-frequency share
//!   ([`tf_share`]) breaks ties among equals; in long ones it does not pay.
//! - With one source there is no agreement to measure, so the weight falls back to how many
//!   of its sentences mention the concept (single-document salience, as in SumBasic).
//! - Bigrams and numbers weigh more than single words: they name events, not topics.
//! - Another article corroborates a sentence when it carries at least
//!   [`SUPPORT_SHARE`] of the sentence's concepts (bigrams and numbers counted double).
//!   This goes through each concept's posting list, never comparing sentences pairwise.
//!
//! Known miss: paraphrase. "The pier will stay shut for two weeks" and "the pier reopens in
//! a fortnight" share only `pier`, so they do not corroborate each other.

use crate::document::Document;
use crate::sentence::Sentence;
use crate::term::{ConceptKind, Terms};

/// Share of a sentence's concept mass another article must carry to corroborate it.
pub(crate) const SUPPORT_SHARE: f64 = 0.4;

/// An article is off the story ([`off_topic`]) when the share of its prose's concepts that
/// another source has is below this fraction of the share the story's core has.
pub(crate) const OFF_TOPIC_SHARE: f64 = 0.2;
/// The story's core must agree at least this much for an article to be set apart from it: two
/// other sources each with this share of their concepts found elsewhere.
pub(crate) const CORE_SHARE: f64 = 0.2;
/// Articles with less prose than this (kind-weighted concepts, about three sentences) are never
/// off the story: a few concepts say too little about what a text is about.
pub(crate) const OFF_TOPIC_MIN_MASS: f64 = 30.0;

/// Concept weights and the index behind them.
#[derive(Debug)]
pub(crate) struct Agreement {
    /// Per concept: independent sources that mention it.
    pub df: Vec<u32>,
    /// Per concept: sentences that mention it.
    pub tf: Vec<u32>,
    /// Per concept: its weight in selection.
    pub weight: Vec<f64>,
    /// Per concept: ascending article indices that mention it (`postings[offsets[c]..offsets[c+1]]`).
    postings: Vec<u32>,
    offsets: Vec<usize>,
    sources: usize,
    /// Per article: is it about another story than the rest ([`off_topic`])?
    pub off_topic: Vec<bool>,
}

/// How much each sentence that mentions a concept (up to three) adds to the weight of an agreed
/// concept, for a summary of about `words` words: [`TF_SHARE`] up to [`TF_SHARE_FULL_UNTIL`]
/// words, falling linearly to nothing at [`TF_SHARE_NONE_FROM`].
///
/// Measured on the development clusters (docs/history/quality-log.md): at 100 words the share is
/// worth 0.27 ROUGE-2 points, at 200 and 250 words it costs 0.15; a short summary has room
/// for a few sentences only, and among concepts equally agreed on, those the articles
/// repeat are the story's core; a long one reaches those anyway and gains by covering more
/// distinct agreed content instead.
pub(crate) fn tf_share(words: usize) -> f64 {
    TF_SHARE * fade(words, TF_SHARE_FULL_UNTIL, TF_SHARE_NONE_FROM)
}

/// For a summary of about `words` words, a setting of short summaries' strength: 1 up to
/// `full_until` words, falling linearly to 0 at `none_from` (above `full_until`). The ramp of
/// [`tf_share`] and of `select::linear_cost_share`.
pub(crate) fn fade(words: usize, full_until: usize, none_from: usize) -> f64 {
    let words = words.clamp(full_until, none_from);
    (none_from - words) as f64 / (none_from - full_until) as f64
}

/// The term-frequency share of short summaries ([`tf_share`]).
pub(crate) const TF_SHARE: f64 = 0.1;
/// Summaries of at most this many words get all of [`TF_SHARE`].
pub(crate) const TF_SHARE_FULL_UNTIL: usize = 100;
/// Summaries of at least this many words get none of it.
pub(crate) const TF_SHARE_NONE_FROM: usize = 200;

/// The kind weight of another language's function word ([`ConceptKind::Function`]): a sixth
/// of a content word's. On MultiLing 2011 at 250 words, 0.1 to 0.6 scored alike (mean ROUGE-2
/// 23.27, 23.15, 23.05 over the six languages); leaving them out, 21.77.
const FUNCTION_WEIGHT: f64 = 0.1;

/// How much a concept kind counts, relative to a bigram.
pub(crate) fn kind_weight(kind: ConceptKind) -> f64 {
    match kind {
        ConceptKind::Word => 0.6,
        ConceptKind::Bigram | ConceptKind::Number | ConceptKind::FunctionPair => 1.0,
        ConceptKind::Function => FUNCTION_WEIGHT,
    }
}

/// Builds the concept index and weights, for a summary of about `words` words
/// ([`tf_share`]).
pub(crate) fn agreement(
    docs: &[Document],
    sources: usize,
    sentences: &[Sentence],
    terms: &Terms,
    words: usize,
) -> Agreement {
    let n = terms.len();
    // Posting lists, built in two passes (count, then fill). Sentences come in article
    // order, so "last article seen" deduplicates each list.
    let mut last = vec![u32::MAX; n];
    let mut counts = vec![0usize; n + 1];
    let mut tf = vec![0u32; n];
    for (s, sentence) in sentences.iter().enumerate() {
        let a = sentence.article as u32;
        for &c in terms.of(s) {
            let c = c as usize;
            tf[c] += 1;
            if last[c] != a {
                last[c] = a;
                counts[c + 1] += 1;
            }
        }
    }
    for c in 0..n {
        counts[c + 1] += counts[c];
    }
    let mut offsets = counts;
    let mut postings = vec![0u32; offsets[n]];
    let mut fill = offsets.clone();
    last.iter_mut().for_each(|l| *l = u32::MAX);
    for (s, sentence) in sentences.iter().enumerate() {
        let a = sentence.article as u32;
        for &c in terms.of(s) {
            let c = c as usize;
            if last[c] != a {
                last[c] = a;
                postings[fill[c]] = a;
                fill[c] += 1;
            }
        }
    }

    let mut df = source_counts(docs, sources, &offsets, &postings);
    // An article about another story is left out of the index, so that what it shares with
    // the story by chance ("Tuesday", a first name) counts for nothing, and of the sources.
    let off_topic = off_topic(docs, sentences, terms, &df);
    let mut sources = sources;
    if off_topic.contains(&true) {
        for (s, sentence) in sentences.iter().enumerate() {
            if off_topic[sentence.article] {
                for &c in terms.of(s) {
                    tf[c as usize] -= 1;
                }
            }
        }
        // The posting lists compacted in place, without the article.
        let mut kept = 0;
        for c in 0..n {
            let (from, to) = (offsets[c], offsets[c + 1]);
            offsets[c] = kept;
            for i in from..to {
                if !off_topic[postings[i] as usize] {
                    postings[kept] = postings[i];
                    kept += 1;
                }
            }
        }
        offsets[n] = kept;
        postings.truncate(kept);
        df = source_counts(docs, sources, &offsets, &postings);
        // (Through a vector, as `support` calls it: one instantiation of `distinct_groups`.)
        let mut kept: Vec<usize> = Vec::new();
        for (a, &off) in off_topic.iter().enumerate() {
            if !off {
                kept.push(a);
            }
        }
        sources = distinct_groups(docs, kept.iter().copied());
    }

    let share = tf_share(words);
    let weight = (0..n)
        .map(|c| {
            let k = kind_weight(terms.kind[c]);
            let freq = f64::from(tf[c].min(3));
            let agree = match (sources, df[c]) {
                (1, _) => freq,
                (_, d) if d >= 2 => f64::from(d) + share * freq,
                (2, _) => 0.1 + 0.1 * freq,
                _ => 0.03 + 0.05 * freq,
            };
            k * agree
        })
        .collect();
    Agreement {
        df,
        tf,
        weight,
        postings,
        offsets,
        sources,
        off_topic,
    }
}

/// Per article: is it about another story than the others (a sports report pasted among
/// five reports of a crane collapse)? Its share of agreed content is the kind-weighted share
/// of the distinct concepts in its prose (sentences of a candidate's length, not headlines or
/// fragments) that another source has. It is off the story when that share is below
/// [`OFF_TOPIC_SHARE`] of the core's: the second-highest share among the sources, at least
/// [`CORE_SHARE`]. So it takes three sources, two of which agree with each other; with
/// two there is no telling which one strays. Only prose counts, so that pages of chrome that
/// share their chrome (two copies of a social network's sign-in page) are no core.
pub(crate) fn off_topic(
    docs: &[Document],
    sentences: &[Sentence],
    terms: &Terms,
    df: &[u32],
) -> Vec<bool> {
    // Per article: its concept mass, then the share of it another source has.
    let mut mass = vec![0.0f64; docs.len()];
    let mut share = vec![0.0f64; docs.len()];
    let mut seen = vec![u32::MAX; terms.len()];
    for (s, sentence) in sentences.iter().enumerate() {
        let a = sentence.article;
        if sentence.kind != crate::document::BlockKind::Prose
            || sentence.fragment
            || sentence.headline_case
            || sentence.words < crate::sentence::MIN_WORDS
        {
            continue;
        }
        for &c in terms.of(s) {
            let c = c as usize;
            if seen[c] != a as u32 {
                seen[c] = a as u32;
                let k = kind_weight(terms.kind[c]);
                mass[a] += k;
                if df[c] >= 2 {
                    share[a] += k;
                }
            }
        }
    }
    // Each source group's best share, and the second highest of those: the core. (An article
    // of one of the two best groups has at least that share, so it is never set apart.)
    let mut best = vec![0.0f64; docs.len()];
    for (a, d) in docs.iter().enumerate() {
        if mass[a] > 0.0 {
            share[a] /= mass[a];
        }
        best[d.source_group] = best[d.source_group].max(share[a]);
    }
    let (mut first, mut core) = (0.0f64, 0.0f64);
    for &s in &best {
        if s > first {
            (first, core) = (s, first);
        } else {
            core = core.max(s);
        }
    }
    let mut off = vec![false; docs.len()];
    for (a, off) in off.iter_mut().enumerate() {
        *off = core >= CORE_SHARE
            && mass[a] >= OFF_TOPIC_MIN_MASS
            && share[a] < OFF_TOPIC_SHARE * core;
    }
    off
}

/// Per concept: the independent sources among the articles of its posting list
/// (`postings[offsets[c]..offsets[c + 1]]`).
fn source_counts(
    docs: &[Document],
    sources: usize,
    offsets: &[usize],
    postings: &[u32],
) -> Vec<u32> {
    let n = offsets.len() - 1;
    let mut stamp = vec![u32::MAX; sources];
    let mut df = vec![0u32; n];
    for c in 0..n {
        for &a in &postings[offsets[c]..offsets[c + 1]] {
            let g = docs[a as usize].source_group;
            if stamp[g] != c as u32 {
                stamp[g] = c as u32;
                df[c] += 1;
            }
        }
    }
    df
}

/// The number of distinct source groups among `articles`.
pub(crate) fn distinct_groups(docs: &[Document], articles: impl Iterator<Item = usize>) -> usize {
    let mut groups: Vec<u64> = articles.map(|a| docs[a].source_group as u64).collect();
    crate::keys::sort_keys(&mut groups);
    groups.dedup();
    groups.len()
}

impl Agreement {
    /// The independent sources of the story: those of the input, less any whose articles
    /// are all about another story ([`off_topic`]).
    pub fn sources(&self) -> usize {
        self.sources
    }

    /// The articles that mention concept `c`, ascending.
    pub fn articles_of(&self, c: u32) -> &[u32] {
        &self.postings[self.offsets[c as usize]..self.offsets[c as usize + 1]]
    }

    /// The other articles that corroborate a sentence with concepts `concepts` from article
    /// `article`, ascending, and the number of independent sources that carry it (its own
    /// included). `tally` is scratch space for the caller to keep across calls: zeros, one
    /// per article, grown on first use and left zeroed.
    pub fn support(
        &self,
        docs: &[Document],
        terms: &Terms,
        (article, concepts): (usize, &[u32]),
        tally: &mut Vec<f64>,
    ) -> (Vec<usize>, usize) {
        let own = docs[article].source_group;
        let mut total = 0.0;
        // Per article, the concept mass it shares with the sentence; the articles touched,
        // to read and reset only those. (A vector, not a hash map of its own type: each is its
        // own copy of the table's code in the wasm module.)
        if tally.len() < docs.len() {
            tally.resize(docs.len(), 0.0);
        }
        let mut touched: Vec<u64> = Vec::new();
        for &c in concepts {
            // Function words and their pairs say nothing of content: corroboration is counted
            // on content words and their pairs alone, as in English, where they are no
            // concepts at all.
            let k = match terms.kind[c as usize] {
                ConceptKind::Word => 1.0,
                ConceptKind::Function | ConceptKind::FunctionPair => continue,
                _ => 2.0,
            };
            total += k;
            for &a in self.articles_of(c) {
                let a = a as usize;
                if docs[a].source_group != own {
                    if tally[a] == 0.0 {
                        touched.push(a as u64);
                    }
                    tally[a] += k;
                }
            }
        }
        crate::keys::sort_keys(&mut touched);
        let mut supported: Vec<usize> = Vec::new();
        for &a in &touched {
            let a = a as usize;
            if total > 0.0 && tally[a] / total >= SUPPORT_SHARE {
                supported.push(a);
            }
            tally[a] = 0.0;
        }
        let groups = distinct_groups(docs, supported.iter().copied());
        (supported, (groups + 1).min(self.sources.max(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::documents;
    use crate::sentence::sentences;
    use crate::term::terms;
    use crate::Article;

    /// The stages up to this one over made-up articles, for a summary of 100 words.
    struct Run {
        articles: Vec<Article>,
        docs: Vec<Document>,
        sentences: Vec<Sentence>,
        terms: Terms,
        agreement: Agreement,
    }

    fn run(texts: &[&str]) -> Run {
        let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
        let (docs, sources) = documents(&articles);
        let mut all = Vec::new();
        for (i, (a, d)) in articles.iter().zip(&docs).enumerate() {
            sentences(i, &a.text, &d.blocks, &mut all);
        }
        let terms = terms(&articles, &[], &mut all);
        let agreement = agreement(&docs, sources, &all, &terms, 100);
        Run {
            articles,
            docs,
            sentences: all,
            terms,
            agreement,
        }
    }

    impl Run {
        /// The concept whose first mention is `text` (case ignored).
        fn concept(&self, text: &str) -> usize {
            (0..self.terms.len())
                .find(|&c| {
                    let (a, span) = &self.terms.surface[c];
                    self.articles[*a].text[span.clone()].eq_ignore_ascii_case(text)
                })
                .unwrap_or_else(|| panic!("no concept {text:?}"))
        }

        /// The first sentence that starts with `start`.
        fn sentence(&self, start: &str) -> usize {
            (0..self.sentences.len())
                .find(|&s| {
                    let sentence = &self.sentences[s];
                    self.articles[sentence.article].text[sentence.span.clone()].starts_with(start)
                })
                .unwrap_or_else(|| panic!("no sentence {start:?}"))
        }

        /// [`Agreement::support`] of the sentence that starts with `start`.
        fn support(&self, start: &str) -> (Vec<usize>, usize) {
            let s = self.sentence(start);
            self.agreement.support(
                &self.docs,
                &self.terms,
                (self.sentences[s].article, self.terms.of(s)),
                &mut Vec::new(),
            )
        }
    }

    const LEDGER: &str = "A container crane collapsed onto the north pier of Port Verity on \
        Tuesday morning. The harbor authority closed the pier for two weeks. Harbor master \
        Elena Ruiz said nobody was hurt in the collapse.";
    const COASTLINE: &str = "The north pier of Port Verity will stay closed for two weeks after \
        a container crane collapsed on Tuesday. Elena Ruiz, the harbor master, said nobody was \
        hurt. Shipping moves to the south pier.";
    const TIMES: &str = "A crane collapsed at Port Verity on Tuesday and the north pier is \
        closed for two weeks, the harbor authority said. Union leader Tomas Brandt blamed \
        worn brakes.";

    #[test]
    fn a_concept_weighs_by_the_independent_sources_that_carry_it() {
        let r = run(&[LEDGER, COASTLINE, TIMES]);
        assert_eq!(r.agreement.sources(), 3);
        let pier = r.concept("pier");
        let verity = r.concept("Port Verity");
        let brakes = r.concept("brakes");
        assert_eq!(r.agreement.df[pier], 3);
        assert_eq!(r.agreement.df[verity], 3);
        assert_eq!(r.agreement.df[brakes], 1);
        assert_eq!(r.agreement.articles_of(verity as u32), [0, 1, 2]);
        assert!(r.agreement.weight[verity] > r.agreement.weight[brakes]);
        // Bigrams name events: the agreed bigram outweighs an agreed single word.
        assert!(r.agreement.weight[verity] > r.agreement.weight[pier]);
        // The collapse is corroborated by both other outlets; the union's view by neither.
        assert_eq!(r.support("A container crane collapsed"), (vec![1, 2], 3));
        assert_eq!(r.support("Union leader Tomas Brandt"), (vec![], 1));
    }

    #[test]
    fn a_syndicated_copy_is_the_same_source_and_never_its_own_corroboration() {
        // The wire story printed twice (with the page's own heading), and one other outlet.
        let copy = format!("Crane collapse closes pier\n\n{LEDGER}");
        let r = run(&[LEDGER, &copy, TIMES]);
        assert_eq!(r.docs[1].duplicate_of, Some(0));
        assert_eq!(r.docs[1].source_group, r.docs[0].source_group);
        assert_eq!(r.agreement.sources(), 2);
        // Said by the wire story (twice) and by no one else: one source.
        assert_eq!(r.agreement.df[r.concept("Elena Ruiz")], 1);
        assert_eq!(r.agreement.df[r.concept("Port Verity")], 2);
        // Its copy does not corroborate the wire story's sentence; the other outlet does.
        let (supported_by, sources) = r.support("A container crane collapsed");
        assert_eq!(supported_by, [2]);
        assert_eq!(sources, 2);
    }

    #[test]
    fn an_article_about_another_story_is_set_apart() {
        let sports = "The Harbor Rovers beat Lakeside United three goals to one in the cup \
            semifinal on Saturday night. Striker Mia Okafor scored twice before halftime and \
            the home crowd sang until the final whistle. Coach Dan Pruitt praised the defense \
            and said the team would rest before the final in May. Tickets for the final go on \
            sale next week at the stadium and online.";
        let r = run(&[LEDGER, COASTLINE, TIMES, sports]);
        assert_eq!(r.agreement.off_topic, [false, false, false, true]);
        // It does not count as a source of the story.
        assert_eq!(r.agreement.sources(), 3);
        // Two that agree are a story's core: the third is set apart.
        let r = run(&[LEDGER, COASTLINE, sports]);
        assert_eq!(r.agreement.off_topic, [false, false, true]);
        // With two sources in all there is no telling which is the story.
        let r = run(&[LEDGER, sports]);
        assert_eq!(r.agreement.off_topic, [false, false]);
        assert_eq!(r.agreement.sources(), 2);
    }

    #[test]
    fn one_article_weighs_concepts_by_how_often_it_repeats_them() {
        let r = run(&[
            "The flood wall will rise by two meters. The council voted for the flood wall on \
             Monday. Work on the flood wall starts in April. Residents welcomed the decision.",
        ]);
        assert_eq!(r.agreement.sources(), 1);
        let wall = r.concept("flood wall");
        let residents = r.concept("Residents");
        assert_eq!(r.agreement.df[wall], 1);
        assert_eq!(r.agreement.tf[wall], 3);
        assert!(r.agreement.weight[wall] > r.agreement.weight[residents]);
        // No other article, so no corroboration: one source, its own.
        assert_eq!(r.support("The council voted"), (vec![], 1));
    }

    #[test]
    fn the_term_frequency_share_is_for_short_summaries() {
        assert_eq!(tf_share(0), TF_SHARE);
        assert_eq!(tf_share(TF_SHARE_FULL_UNTIL), TF_SHARE);
        assert!((tf_share(150) - TF_SHARE / 2.0).abs() < 1e-12);
        assert_eq!(tf_share(TF_SHARE_NONE_FROM), 0.0);
        assert_eq!(tf_share(usize::MAX), 0.0);
    }
}
