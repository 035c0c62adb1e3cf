//! Stage 5, weighted concepts → the chosen sentences: budgeted maximum coverage.
//!
//! Heuristic:
//! - Candidates are prose sentences of [`MIN_WORDS`] to [`MAX_WORDS`] words that fit the word
//!   budget, except those written like headlines or credits (Title Case, or all capitals). If
//!   there are none, those are used too (a transcript in capitals); if there are still none
//!   (a list of bullets, say), list items of at least [`MIN_FALLBACK_WORDS`] words.
//! - Greedy: repeatedly take the sentence whose not-yet-covered concept weight, divided by its
//!   length cost (its length to the power [`LENGTH_EXPONENT`], moving towards its plain
//!   length as the budget tightens: [`linear_cost_share`]) and multiplied by a lead prior
//!   `1 + lead / (1 + position)` (times [`LEAD_WINDOW_BOOST`] in an article's first
//!   [`LEAD_WINDOW`] sentences, or first seven tenths of a shorter article), is highest. A
//!   concept counts once, so a sentence that only repeats what is already chosen gains
//!   nothing: redundancy control comes for free.
//! - Gains only shrink as concepts get covered, so a stale score is an upper bound: a lazy
//!   priority queue (Minoux's accelerated greedy) re-scores only the top, which keeps the
//!   stage near-linear.
//! - A sentence that adds less than [`MIN_NOVELTY`] of its own weight is skipped as a
//!   near-repeat, unless [`NEW_CONCEPTS_SHARE`] of its concepts are new. A sentence too
//!   long for what is left of the budget is skipped and a shorter one may still fill it.
//!
//! Known miss: coverage cannot see contradiction: "two dead" and "three dead" from two
//! outlets are both covered, and both may be chosen.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::agreement::Agreement;
use crate::document::BlockKind;
use crate::sentence::{Sentence, MIN_WORDS};
use crate::term::Terms;

/// Longest sentence that can be chosen (words): longer ones are run-ons or lost line breaks.
pub(crate) const MAX_WORDS: usize = 80;
/// Shortest list item chosen when there is no prose.
pub(crate) const MIN_FALLBACK_WORDS: usize = 3;
/// Cost exponent on sentence length: 0 favours long sentences, 1 short ones. Three fifths,
/// applied through [`LENGTH_COST`].
pub(crate) const LENGTH_EXPONENT: f64 = 0.6;
/// `n^LENGTH_EXPONENT` for every length a candidate can have (at most [`MAX_WORDS`]),
/// computed while compiling: `f64::powf` would link libm's `pow` (2.2 KB of wasm) for this
/// one use.
const LENGTH_COST: [f64; MAX_WORDS + 1] = length_costs();
const _: () = assert!(
    LENGTH_EXPONENT == 3.0 / 5.0,
    "length_costs computes n^(3/5)"
);

/// [`LENGTH_COST`]: `n^(3/5)` as the fifth root of `n³`, by Newton's method from above (on
/// `y⁵ = a` it falls monotonically to the root, so it stops when a step no longer falls).
const fn length_costs() -> [f64; MAX_WORDS + 1] {
    let mut table = [0.0; MAX_WORDS + 1];
    let mut n = 1;
    while n <= MAX_WORDS {
        let a = (n * n * n) as f64;
        let mut y = a;
        loop {
            let y4 = y * y * y * y;
            let next = (4.0 * y + a / y4) / 5.0;
            if next >= y {
                break;
            }
            y = next;
        }
        table[n] = y;
        n += 1;
    }
    table
}
/// How much of a sentence's length cost is its plain length in words rather than
/// `length^`[`LENGTH_EXPONENT`], in a summary of about `words` words: [`LINEAR_COST_SHARE`] up
/// to [`LINEAR_FULL_UNTIL`] words, falling linearly to none at [`LINEAR_NONE_FROM`].
///
/// With room for three or four sentences, every word spent on a long sentence is a word a
/// denser one could have used (gain per word, the knapsack's own ratio); with room for ten,
/// the long sentences that say more are affordable. Measured on the development clusters
/// (docs/history/quality-log.md): at 100 words the half-linear cost is worth 0.27 ROUGE-2 points (on
/// both halves of the clusters), at 250 words any share of it costs.
pub(crate) fn linear_cost_share(words: usize) -> f64 {
    LINEAR_COST_SHARE * crate::agreement::fade(words, LINEAR_FULL_UNTIL, LINEAR_NONE_FROM)
}

/// The share of plain length in the length cost of short summaries ([`linear_cost_share`]).
pub(crate) const LINEAR_COST_SHARE: f64 = 0.5;
/// Summaries of at most this many words get all of [`LINEAR_COST_SHARE`].
pub(crate) const LINEAR_FULL_UNTIL: usize = 100;
/// Summaries of at least this many words get none of it.
pub(crate) const LINEAR_NONE_FROM: usize = 250;

/// Share of a sentence's concept weight that must still be uncovered for it to be chosen,
/// unless [`NEW_CONCEPTS_SHARE`] of its concepts are.
pub(crate) const MIN_NOVELTY: f64 = 0.25;
/// A sentence with at least this share of its concepts not yet covered is no near-repeat,
/// however little those weigh: once the agreed concepts are covered, a short cluster's
/// remaining sentences carry the details one source reports ("city officials estimated the
/// walkout cost $2 million a day"), which weigh little next to the agreed words they share.
/// Without it, a short cluster's 250-word summary could stop shorter than its 100-word one.
pub(crate) const NEW_CONCEPTS_SHARE: f64 = 0.7;

/// Lead prior: a sentence's gain is multiplied by `1 + LEAD / (1 + position)`, and by
/// [`LEAD_WINDOW_BOOST`] inside the lead window. Tuned on the development clusters
/// (docs/history/quality-log.md).
pub(crate) const LEAD: f64 = 2.0;
/// The lead window: an article's first sentences. News is written as an inverted pyramid.
/// On the development clusters, the share of a sentence's bigrams found in the human summary
/// is flat (about 0.19) over the first nine positions, then falls to 0.13 at the tenth and
/// 0.09 beyond. So the prior is a step with a gentle slope inside it, not a steep curve.
/// A shorter article's window is its first [`LEAD_WINDOW_SHARE`] ([`lead_window`]): the
/// pyramid's base is at the end of a short story as well.
pub(crate) const LEAD_WINDOW: usize = 9;
/// The share of a short article's sentences in its lead window, in tenths (at least
/// [`MIN_LEAD_WINDOW`] sentences).
pub(crate) const LEAD_WINDOW_SHARE: usize = 7;
/// The shortest lead window.
pub(crate) const MIN_LEAD_WINDOW: usize = 3;
/// How much more a sentence in the lead window is worth: enough that a later sentence is
/// chosen only when it adds far more agreed-upon content, or when the window has nothing
/// left to add.
pub(crate) const LEAD_WINDOW_BOOST: f64 = 20.0;
/// The lead prior for teasers, which should open the story.
pub(crate) const TEASER_LEAD: f64 = 24.0;

/// How a short summary weighs a sentence that opens by pointing back ([`Sentence::dangling`]:
/// "He said …", "But …"): ×0.5 at up to [`DANGLING_FULL_UNTIL`] words, fading to ×1 at
/// [`DANGLING_NONE_FROM`]. In four sentences the sentence it points back to is seldom among
/// them, and the reader is left to guess who "he" is; a longer summary more often has both.
/// Measured on the development clusters (docs/history/quality-log.md): +0.24 ROUGE-1 and +0.16
/// ROUGE-2 at 100 words, on both halves; at 250 words any such penalty costs.
pub(crate) const DANGLING_PRIOR: f64 = 0.5;
/// Summaries of at most this many words get all of [`DANGLING_PRIOR`].
pub(crate) const DANGLING_FULL_UNTIL: usize = 100;
/// Summaries of at least this many words get none of it.
pub(crate) const DANGLING_NONE_FROM: usize = 200;

/// How strongly early sentences of an article are preferred, and sentences that point back
/// are not, in a summary of a given length ([`Priors::new`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Priors {
    pub lead: f64,
    /// The factor of a [`Sentence::dangling`] sentence.
    pub dangling: f64,
}

/// How many of the first sentences of an article of `sentences` sentences are its lead
/// window: [`LEAD_WINDOW_SHARE`] tenths of them, rounded up, from [`MIN_LEAD_WINDOW`] to
/// [`LEAD_WINDOW`].
pub(crate) fn lead_window(sentences: usize) -> usize {
    (sentences * LEAD_WINDOW_SHARE)
        .div_ceil(10)
        .clamp(MIN_LEAD_WINDOW, LEAD_WINDOW)
}

impl Priors {
    /// The priors for lead prior `lead` in a summary of about `words` words.
    pub(crate) fn new(lead: f64, words: usize) -> Priors {
        let fade = crate::agreement::fade(words, DANGLING_FULL_UNTIL, DANGLING_NONE_FROM);
        Priors {
            lead,
            dangling: 1.0 - (1.0 - DANGLING_PRIOR) * fade,
        }
    }

    /// The prior of sentence `s` of an article of `sentences` sentences.
    pub(crate) fn of(self, s: &Sentence, sentences: usize) -> f64 {
        let dangling = if s.dangling { self.dangling } else { 1.0 };
        // A sentence about what the reader asks is as good as a lead sentence: the lead prior
        // stands for importance where nobody said what is important.
        let position = if s.in_focus { 0 } else { s.position };
        dangling * self.of_position(position, sentences)
    }

    /// The lead prior of a sentence at `position` in an article of `sentences` sentences.
    fn of_position(self, position: usize, sentences: usize) -> f64 {
        let window = if position < lead_window(sentences) {
            LEAD_WINDOW_BOOST
        } else {
            1.0
        };
        window * (1.0 + self.lead / (1.0 + position as f64))
    }
}

/// One chosen sentence: its index and the gain it brought.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Choice {
    pub sentence: usize,
    pub gain: f64,
}

#[derive(PartialEq)]
struct Entry {
    score: f64,
    sentence: usize,
}

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        // Highest score first; on ties the earlier sentence, so the result is deterministic.
        self.score
            .total_cmp(&other.score)
            .then_with(|| other.sentence.cmp(&self.sentence))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Which sentences may be chosen: the first tier that has an eligible sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tier {
    /// Prose sentences written as prose.
    Prose,
    /// Prose sentences including those in [headline case](crate::document::is_headline_case)
    /// (headlines and credits that end like a sentence, text in capitals).
    AnyProse,
    /// List items of at least [`MIN_FALLBACK_WORDS`] words.
    ListItems,
}

/// Is `s` eligible in `tier`, under a word budget of `max_words`? Never when its article is
/// marked in `off_topic` (`agreement::off_topic`).
pub(crate) fn is_candidate(s: &Sentence, off_topic: &[bool], max_words: usize, tier: Tier) -> bool {
    if off_topic[s.article] {
        return false;
    }
    let (kind, min) = match tier {
        Tier::Prose if s.headline_case || s.fragment => return false,
        Tier::Prose | Tier::AnyProse => (BlockKind::Prose, MIN_WORDS),
        Tier::ListItems => (BlockKind::ListItem, MIN_FALLBACK_WORDS),
    };
    s.kind == kind && s.words >= min.min(max_words) && s.words <= MAX_WORDS.min(max_words)
}

/// The tier selection draws from: prose written as prose if there is any, else any prose
/// (a transcript in capitals), else list items, among the articles not marked in `off_topic`.
pub(crate) fn tier(sentences: &[Sentence], off_topic: &[bool], max_words: usize) -> Tier {
    [Tier::Prose, Tier::AnyProse]
        .into_iter()
        .find(|&t| {
            sentences
                .iter()
                .any(|s| is_candidate(s, off_topic, max_words, t))
        })
        .unwrap_or(Tier::ListItems)
}

/// Chooses sentences within `max_words` and `max_sentences`, for a summary of about `words`
/// words ([`linear_cost_share`]). Returns the choices in order of choice and the number of
/// candidates considered.
pub(crate) fn select(
    sentences: &[Sentence],
    terms: &Terms,
    agreement: &Agreement,
    priors: Priors,
    (max_words, max_sentences): (usize, usize),
    words: usize,
) -> (Vec<Choice>, usize) {
    let tier = tier(sentences, &agreement.off_topic, max_words);
    let candidates: Vec<usize> = (0..sentences.len())
        .filter(|&s| is_candidate(&sentences[s], &agreement.off_topic, max_words, tier))
        .collect();
    let count = candidates.len();
    let mut covered = vec![false; terms.len()];
    // Sentences per article.
    let articles = sentences.iter().map(|s| s.article + 1).max().unwrap_or(0);
    let mut article_sentences = vec![0; articles];
    for s in sentences {
        article_sentences[s.article] = article_sentences[s.article].max(s.position + 1);
    }
    let linear = linear_cost_share(words);
    let mut cost = LENGTH_COST;
    for (n, c) in cost.iter_mut().enumerate() {
        *c += linear * (n as f64 - *c);
    }
    let score = |s: usize, covered: &[bool]| -> (f64, f64) {
        let (mut gain, mut total) = (0.0, 0.0);
        let mut new = 0;
        let concepts = terms.of(s);
        for &c in concepts {
            let w = agreement.weight[c as usize];
            total += w;
            if !covered[c as usize] {
                gain += w;
                new += 1;
            }
        }
        let sentence = &sentences[s];
        let prior = priors.of(sentence, article_sentences[sentence.article]);
        let novel = gain >= MIN_NOVELTY * total && total > 0.0
            || new as f64 >= NEW_CONCEPTS_SHARE * concepts.len() as f64 && new > 0;
        let value = if !novel {
            0.0
        } else {
            gain * prior / cost[sentence.words.min(MAX_WORDS)]
        };
        (value, gain)
    };
    let mut heap: BinaryHeap<Entry> = candidates
        .into_iter()
        .map(|s| Entry {
            score: score(s, &covered).0,
            sentence: s,
        })
        .collect();
    let mut chosen = Vec::new();
    let mut words_left = max_words;
    while let Some(top) = heap.pop() {
        if chosen.len() >= max_sentences || words_left < MIN_FALLBACK_WORDS.min(max_words) {
            break;
        }
        let s = top.sentence;
        if sentences[s].words > words_left {
            continue;
        }
        let (value, gain) = score(s, &covered);
        if value <= 0.0 {
            continue;
        }
        // Another sentence first if it is ahead by the heap's order, ties included: of two
        // copies of one sentence (an article and its syndicated copy) the earlier is quoted.
        let entry = Entry {
            score: value,
            sentence: s,
        };
        if heap.peek().is_some_and(|next| *next > entry) {
            heap.push(entry);
            continue;
        }
        for &c in terms.of(s) {
            covered[c as usize] = true;
        }
        words_left -= sentences[s].words;
        chosen.push(Choice { sentence: s, gain });
    }
    (chosen, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_costs_are_the_length_to_the_exponent() {
        for (n, &cost) in LENGTH_COST.iter().enumerate() {
            let want = (n as f64).powf(LENGTH_EXPONENT);
            assert!(
                (cost - want).abs() <= want * 1e-15,
                "{n}: {cost} against {want}"
            );
        }
    }

    #[test]
    fn prior_falls_with_position_and_steps_down_after_the_lead_window() {
        let priors = Priors::new(LEAD, 100);
        let long = 40;
        let p: Vec<f64> = (0..LEAD_WINDOW + 3)
            .map(|i| priors.of_position(i, long))
            .collect();
        assert!(p.windows(2).all(|w| w[0] >= w[1]));
        // Inside the window the slope is gentle; at its edge the prior drops by the boost.
        assert!(p[0] / p[LEAD_WINDOW - 1] < 3.0);
        assert!(p[LEAD_WINDOW - 1] / p[LEAD_WINDOW] > LEAD_WINDOW_BOOST * 0.99);
    }

    #[test]
    fn the_length_cost_turns_linear_as_the_budget_tightens() {
        assert_eq!(linear_cost_share(40), LINEAR_COST_SHARE);
        assert_eq!(linear_cost_share(LINEAR_FULL_UNTIL), LINEAR_COST_SHARE);
        assert_eq!(linear_cost_share(LINEAR_NONE_FROM), 0.0);
        assert_eq!(linear_cost_share(usize::MAX), 0.0);
        let shares: Vec<f64> = (0..400).step_by(10).map(linear_cost_share).collect();
        assert!(shares.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn sentences_that_point_back_count_less_in_short_summaries_only() {
        assert_eq!(Priors::new(LEAD, 60).dangling, DANGLING_PRIOR);
        assert_eq!(
            Priors::new(LEAD, DANGLING_FULL_UNTIL).dangling,
            DANGLING_PRIOR
        );
        assert_eq!(Priors::new(LEAD, DANGLING_NONE_FROM).dangling, 1.0);
        let middle = Priors::new(LEAD, (DANGLING_FULL_UNTIL + DANGLING_NONE_FROM) / 2).dangling;
        assert!(DANGLING_PRIOR < middle && middle < 1.0);
    }

    #[test]
    fn a_short_article_has_a_shorter_lead_window() {
        let windows: Vec<usize> = [1, 3, 4, 5, 8, 10, 12, 13, 100]
            .into_iter()
            .map(lead_window)
            .collect();
        assert_eq!(windows, [3, 3, 3, 4, 6, 7, 9, 9, 9]);
        // The last sentences of a ten-sentence story are outside its window.
        let priors = Priors::new(LEAD, 100);
        assert!(priors.of_position(6, 10) / priors.of_position(7, 10) > LEAD_WINDOW_BOOST * 0.99);
    }
}
