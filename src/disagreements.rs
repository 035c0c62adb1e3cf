//! Stage 6, [`Figure`]s → [`Disagreement`]s: where independent sources give different
//! figures for one quantity, and the figures they agree on.
//!
//! Heuristic, precision first (a false alarm costs more trust than a missed one):
//! - Two figures can be of one quantity only if they come from different sources (source
//!   groups: syndicated copies are one source), have one unit (one dimension, or one noun
//!   by its stem), and share a content word of their clause ([`Figure::near`]): "12 people
//!   were killed" and "killing 15 people" share "kill"; "12 people were killed" and "40
//!   people were injured" share nothing, and are kept apart.
//! - They are still kept apart when their sentences name different times, give other
//!   numbers of one kind none alike, or a name beside one is not in the other's sentence;
//!   when they are positions toward other directions or from other places ("40 km
//!   southwest of Pichilemu"), or one is a position and the other no distance from anywhere;
//!   and when another word picks out each ("the final 146 km stage", "today's 196 km
//!   stage"). [`Verdict`] names each reason.
//! - Figures of one quantity are joined transitively; within such a group, figures whose
//!   intervals overlap are one value (touching is not overlapping: "14" and "15" differ; 3%
//!   tolerance across units, for rounded conversions): "nearly 20 hours" and "20 hours"
//!   agree, "nearly 20 hours" and "up to 24 hours" do not.
//! - A group with two or more values is a disagreement, unless one source gives two of its
//!   values itself: then the figures are an update ("rose from 12 to 15"), or the words
//!   around them did not tell two quantities apart, and nothing is reported.
//! - A group with one value that two or more sources give is an agreed figure: a key fact
//!   ("26 world leaders"), of the figures that write one number (rounded or not: "$973,000",
//!   "$972,815"), not those whose words only allow it ("about 800" and "about 1,000").
//!
//! Known misses: a quantity written with two different nouns ("12 dead", "12 people were
//! killed"), or with no content word in common around the figures.

use std::ops::Range;

use crate::agreement::distinct_groups;
use crate::document::Document;
use crate::figures::{
    is_function_word_in, role, table_language, ties, word_hash, Bounds, Figure, Role,
    DIRECTION_BITS, OFFSET, PAST,
};
use crate::keys::sort_keys;
use crate::lang::figure_words::INSTRUMENT_WORDS;
use crate::lang::Language;
use crate::sentence::Sentence;
use crate::term::{ConceptKind, Terms};
use crate::text::case::lowercase;
use crate::text::function_words::is_stop_word;
use crate::text::phrases::has_substring;
use crate::{Article, Disagreement, DisputedValue, KeyFact};

/// The content concepts (words, the unit's among them, and pairs of words: "glue gun") that
/// the sentences of two figures of one quantity share at least, when a word around the
/// figures is one word ([`MIN_SHARED_WORDS`]; fewer in a short sentence,
/// [`MIN_SHARED_PERCENT_OF_SHORTER`]), and when none is ([`MIN_SENTENCE_WORDS`]). Measured on
/// the development clusters (docs/quality.md): each step down finds more changed figures and
/// reports more wrong disagreements; a shared pair counts as well as a shared word, being as
/// telling.
pub(crate) const MIN_SHARED_WORDS: usize = 3;
/// See [`MIN_SHARED_WORDS`].
const MIN_SENTENCE_WORDS: usize = 4;
/// Short sentences have few concepts to share: with a word around both figures, two
/// shared concepts are enough when they are at least this share (in percent) of the
/// content concepts of the sentence that has fewer ("He said up to 60 people murdered",
/// "… confessed to murdering up to 84 people"). Measured on the development clusters
/// (docs/quality.md): 25 finds one more changed figure and reports nothing more; a rule
/// without the word around both, or a lower share, reports wrong ones.
const MIN_SHARED_PERCENT_OF_SHORTER: usize = 25;
/// The shared concepts that [`MIN_SHARED_PERCENT_OF_SHORTER`] needs at least.
const MIN_SHARED_WORDS_OF_SHORTER: usize = 2;
/// The most words between a name and a figure after it, plus one (the spaces between them),
/// for the name to be where the figure's subject is ([`Context::names_in`]): "Obama was
/// projected to win 332" has five. Measured on the development clusters: five finds one more
/// changed French figure, and nothing else changes down to three.
const MAX_SUBJECT_GAP: usize = 5;
/// How many more shared concepts figures read in another language than English need
/// ([`Context::same_quantity`]).
const OTHER_LANGUAGE_EXTRA: usize = 2;
/// The most that two values of one quantity differ by, as a ratio: values further apart are
/// more likely two quantities than a disagreement ("200,000 killed", "1.5 million
/// homeless").
const MAX_RATIO: f64 = 2.5;
/// The bits of a sort key that hold a figure's index: at most 2^24 figures are compared.
const INDEX_MASK: u64 = (1 << 24) - 1;
/// The most figures of one unit compared with each other: the pairs grow as its square.
const MAX_PER_UNIT: usize = 256;
/// Relative tolerance between two figures in different units of one dimension (rounded
/// conversions); figures in one unit have none.
const CONVERTED_TOLERANCE: f64 = 0.03;
/// The most context words in a disagreement's label.
const LABEL_WORDS: usize = 2;
/// The most words in a label written as the articles write it, from the unit to a shared
/// word after it ("hours after the eviction deadline").
const LABEL_PHRASE_WORDS: usize = 6;
/// The most comparisons an explanation lists.
const MAX_COMPARISONS: usize = 200;
/// The most words a key fact of a figure goes on past its unit ("26 world leaders").
const FACT_EXTRA_WORDS: usize = 2;

/// Why two figures were, or were not, taken for one quantity that sources disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    // (Each variant's text for `explain` is `Verdict::reason`.)
    /// Same quantity, different values, reported.
    Reported,
    /// Same quantity, different values, but one source gives both: not reported.
    OneSourceGivesBoth,
    /// Same unit, different values, but no content word in common around them, and their
    /// sentences share few words and no number that ties them ([`crate::figures::ties`]).
    OtherContext,
    /// Same unit, different values, words in common around them, but their sentences say
    /// little else alike, and give no number that ties them.
    OtherSentence,
    /// Same unit, different values, but a name beside one is not in the other's sentence
    /// ("Obama won 332", "Trump won 306").
    OtherName,
    /// Same unit, different values, but their sentences name different times ("as of
    /// August", "as of November").
    OtherTime,
    /// Same unit, different values, but their sentences give other numbers, none alike.
    OtherNumbers,
    /// Same unit, different values, but each is picked out by another word ("the final 146
    /// km stage", "today's 196 km stage"): two things of one kind.
    OtherInstance,
    /// Same unit, different values, but their sentences credit them to differently named
    /// polls, surveys or studies ("a Rasmussen poll", "a Pew Research Center survey"): two
    /// measurements.
    OtherInstrument,
    /// Same unit, different values, but each is toward another compass direction ("28 km
    /// south of Pichilemu", "40 km southwest of Pichilemu") or from another place ("18 km
    /// southwest of Rancagua", "40 km southwest of Pichilemu"): two places.
    OtherDirection,
    /// One quantity, but values more than [`MAX_RATIO`] apart.
    TooFarApart,
    /// One quantity, but a figure of it is in another disagreement already.
    InAnother,
}

impl Verdict {
    /// The verdict as `explain` words it.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Verdict::Reported => "one quantity, different values: reported",
            Verdict::OneSourceGivesBoth => {
                "one quantity, but a source gives both values (an update?): not reported"
            }
            Verdict::OtherContext => {
                "kept apart: no word around them in common, and their sentences share few words"
            }
            Verdict::OtherSentence => "kept apart: their sentences share few words",
            Verdict::OtherName => "kept apart: a name beside one is not in the other's sentence",
            Verdict::OtherTime => "kept apart: their sentences name different times",
            Verdict::OtherDirection => {
                "kept apart: they point in different directions, or from different places"
            }
            Verdict::OtherNumbers => {
                "kept apart: their sentences give other numbers, none of them alike"
            }
            Verdict::OtherInstance => "kept apart: another word picks out each (final, today's)",
            Verdict::OtherInstrument => {
                "kept apart: their sentences name different polls, surveys or studies"
            }
            Verdict::InAnother => {
                "one quantity, but one of them is in another disagreement already"
            }
            Verdict::TooFarApart => {
                "kept apart: values more than 2.5 times apart are more likely two quantities"
            }
        }
    }
}

/// Two figures compared, for `explain`.
#[derive(Clone, Debug)]
pub(crate) struct Comparison {
    pub first: usize,
    pub second: usize,
    pub verdict: Verdict,
}

/// What the stage found.
#[derive(Debug, Default)]
pub(crate) struct Disputes {
    pub items: Vec<Disagreement>,
    /// Per item, its figures (indices).
    pub members: Vec<Vec<usize>>,
    /// Figures that two or more sources give alike, as key facts, most sources first.
    pub agreed: Vec<KeyFact>,
    /// Pairs of figures with one unit and different values, when asked for.
    pub comparisons: Vec<Comparison>,
}

/// Compares the `figures` of the story across sources.
pub(crate) fn disagreements(
    articles: &[Article],
    docs: &[Document],
    (sentences, terms, languages): (&[Sentence], &Terms, &[Language]),
    (figures, numbers): (&[Figure], &[u8]),
    explain: bool,
) -> Disputes {
    let context = Context {
        articles,
        sentences,
        terms,
        numbers,
        languages,
        marks: std::cell::RefCell::new((Vec::new(), usize::MAX)),
        instruments: std::cell::RefCell::new(vec![0; sentences.len()]),
    };
    let group = |f: &Figure| docs[f.article].source_group;
    // The figures by unit: each key the unit's top 40 bits and the figure's index (a bucket
    // may hold two units whose keys share those bits; pairs check the unit itself).
    let mut keys: Vec<u64> = (0..figures.len().min(INDEX_MASK as usize))
        .map(|i| figures[i].unit.key() & !INDEX_MASK | i as u64)
        .collect();
    sort_keys(&mut keys);
    let order: Vec<usize> = keys.iter().map(|k| (k & INDEX_MASK) as usize).collect();
    let mut out = Disputes::default();
    // Every pair of one quantity: (strength, first, second), and per figure its partners.
    let mut edges: Vec<(u32, usize, usize)> = Vec::new();
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); figures.len()];
    let mut start = 0;
    while start < order.len() {
        let unit = keys[start] & !INDEX_MASK;
        let end = start
            + keys[start..]
                .iter()
                .take_while(|&&k| k & !INDEX_MASK == unit)
                .count();
        let bucket = &order[start..end.min(start + MAX_PER_UNIT)];
        for (x, &a) in bucket.iter().enumerate() {
            for &b in &bucket[x + 1..] {
                let (a, b) = (a.min(b), a.max(b));
                let (fa, fb) = (&figures[a], &figures[b]);
                if group(fa) == group(fb) || fa.unit != fb.unit {
                    continue;
                }
                match context.same_quantity(fa, fb) {
                    Ok(strength) => {
                        edges.push((strength, a, b));
                        partners[a].push(b);
                        partners[b].push(a);
                    }
                    Err(verdict) => {
                        if explain && !overlaps(fa, fb) && out.comparisons.len() < MAX_COMPARISONS {
                            out.comparisons.push(Comparison {
                                first: a,
                                second: b,
                                verdict,
                            });
                        }
                    }
                }
            }
        }
        start = end;
    }
    // The strongest pairs that differ first: each makes a disagreement of its two figures
    // and those of one quantity with either, unless one source then gives two values.
    let mut by_strength: Vec<u64> = edges
        .iter()
        .enumerate()
        .map(|(e, &(strength, _, _))| u64::from(0xffff - strength.min(0xffff)) << 48 | e as u64)
        .collect();
    sort_keys(&mut by_strength);
    let edges: Vec<(u32, usize, usize)> = by_strength
        .iter()
        .map(|k| edges[(k & 0xffff_ffff_ffff) as usize])
        .collect();
    let mut used = vec![false; figures.len()];
    // Per disagreement, its figures.
    let mut items: Vec<Vec<usize>> = Vec::new();
    let mut item_of: Vec<Option<usize>> = vec![None; figures.len()];
    // The partners of `x` that give its value.
    let agreeing = |x: usize| {
        partners[x]
            .iter()
            .copied()
            .filter(move |&i| overlaps(&figures[i], &figures[x]))
    };
    for &(_, a, b) in &edges {
        let (fa, fb) = (&figures[a], &figures[b]);
        if overlaps(fa, fb) || used[a] && used[b] {
            continue;
        }
        if too_far_apart(fa, fb) {
            if explain && out.comparisons.len() < MAX_COMPARISONS {
                out.comparisons.push(Comparison {
                    first: a,
                    second: b,
                    verdict: Verdict::TooFarApart,
                });
            }
            continue;
        }
        // One source that gives both values, each beside words of this quantity: an update
        // ("rose from 12 to 15"), or two quantities that the words did not tell apart.
        let gives_both =
            |x: usize, y: usize| agreeing(y).any(|i| group(&figures[i]) == group(&figures[x]));
        let conflicted = gives_both(a, b) || gives_both(b, a);
        let mut verdict = |v: Verdict| {
            if explain && out.comparisons.len() < MAX_COMPARISONS {
                out.comparisons.push(Comparison {
                    first: a,
                    second: b,
                    verdict: v,
                });
            }
        };
        if conflicted {
            verdict(Verdict::OneSourceGivesBoth);
            continue;
        }
        // The figures that give either value; a disagreement already found that one of them
        // takes part in is this one too.
        let mut ids: Vec<usize> = [a, b]
            .into_iter()
            .chain(agreeing(a))
            .chain(agreeing(b))
            .collect();
        let joins = ids.iter().find_map(|&i| item_of[i]);
        if let Some(item) = joins {
            ids.extend_from_slice(&items[item]);
        }
        let ids = sorted_unique(ids);
        if ids.iter().any(|&i| used[i] && item_of[i] != joins) {
            verdict(Verdict::InAnother);
            continue;
        }
        let classes = values(figures, &ids);
        // Each source in one value only.
        let mut seen: Vec<u64> = classes
            .iter()
            .enumerate()
            .flat_map(|(c, class)| class.iter().map(move |&i| (group(&figures[i]), c)))
            .map(|(g, c)| (g as u64) << 32 | c as u64)
            .collect();
        sort_keys(&mut seen);
        seen.dedup();
        if classes.len() < 2 || seen.windows(2).any(|w| w[0] >> 32 == w[1] >> 32) {
            verdict(Verdict::OneSourceGivesBoth);
            continue;
        }
        verdict(Verdict::Reported);
        let item = joins.unwrap_or(items.len());
        if item == items.len() {
            items.push(Vec::new());
        }
        for &i in &ids {
            used[i] = true;
            item_of[i] = Some(item);
        }
        items[item] = ids;
    }
    let mut items: Vec<(usize, Disagreement, Vec<usize>)> = items
        .into_iter()
        .map(|ids| {
            let classes = values(figures, &ids);
            let sources = distinct_groups(docs, ids.iter().map(|&i| figures[i].article));
            // The value most sources give first; among equals, the lowest.
            let mut order: Vec<u64> = classes
                .iter()
                .enumerate()
                .map(|(c, class)| {
                    let sources = distinct_groups(docs, class.iter().map(|&i| figures[i].article));
                    (u64::from(u32::MAX) - sources as u64) << 32 | c as u64
                })
                .collect();
            sort_keys(&mut order);
            let values: Vec<DisputedValue> = order
                .iter()
                .map(|k| disputed_value(articles, figures, &classes[(k & 0xffff_ffff) as usize]))
                .collect();
            let language = context.figure_language(figures[ids[0]].article);
            let about = label(articles, figures, &ids, language);
            (sources, Disagreement { about, values }, ids)
        })
        .collect();
    // Figures that two or more sources give alike: joined over the pairs that agree.
    let mut parent: Vec<usize> = (0..figures.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &(_, a, b) in &edges {
        // Figures that agree within what their words allow ("about 800", "about 1,000") are
        // no disagreement, but a key fact says one number: only figures that write it join.
        if !used[a]
            && !used[b]
            && overlaps(&figures[a], &figures[b])
            && writes_as(&figures[a], &figures[b])
        {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut members: Vec<u64> = (0..figures.len())
        .filter(|&i| !used[i])
        .map(|i| (root(&mut parent, i) as u64) << 32 | i as u64)
        .collect();
    sort_keys(&mut members);
    for run in members.chunk_by(|x, y| x >> 32 == y >> 32) {
        let ids: Vec<usize> = run.iter().map(|&k| (k & 0xffff_ffff) as usize).collect();
        if distinct_groups(docs, ids.iter().map(|&i| figures[i].article)) >= 2 {
            let language = languages.get(figures[ids[0]].article).copied();
            out.agreed
                .push(agreed_fact(articles, docs, figures, &ids, language));
        }
    }
    // Most sources first; the order found among equals.
    for k in by_sources(items.iter().map(|item| item.0)) {
        let (_, d, m) = std::mem::take(&mut items[k]);
        out.items.push(d);
        out.members.push(m);
    }
    let mut agreed = std::mem::take(&mut out.agreed);
    out.agreed = by_sources(agreed.iter().map(|f| f.sources))
        .into_iter()
        .map(|k| std::mem::take(&mut agreed[k]))
        .collect();
    out
}

/// Whether two sentences that share `shared` content concepts, the one with fewer content
/// concepts having `fewer`, are alike enough for figures of one quantity with a word around
/// both: [`MIN_SHARED_WORDS`], or in a short sentence [`MIN_SHARED_WORDS_OF_SHORTER`] that are
/// [`MIN_SHARED_PERCENT_OF_SHORTER`] of its concepts. The figures stage reads only sentences
/// that could be (`figures::Comparable`).
pub(crate) fn enough_shared(shared: usize, fewer: usize) -> bool {
    shared >= MIN_SHARED_WORDS
        || shared >= MIN_SHARED_WORDS_OF_SHORTER
            && shared * 100 >= fewer * MIN_SHARED_PERCENT_OF_SHORTER
}

/// What two figures are compared in.
struct Context<'a> {
    articles: &'a [Article],
    sentences: &'a [Sentence],
    terms: &'a Terms,
    /// Per concept, the kind of number it is: what [`ties`] reads.
    numbers: &'a [u8],
    /// Per article, the language it was read in.
    languages: &'a [Language],
    /// Per concept, one more than the sentence that last marked it as a content concept
    /// of its own, and that sentence: what [`Context::shared_words`] counts against.
    marks: std::cell::RefCell<(Vec<u32>, usize)>,
    /// Per sentence, once asked: 2 if it names the poll or survey it credits
    /// ([`instrument`]), 1 if not (0 before it is asked). A sentence is asked of again for
    /// each pair of its figures, and most name none.
    instruments: std::cell::RefCell<Vec<u8>>,
}

impl Context<'_> {
    /// How strongly figures `a` and `b` (of one unit, from different sources) are of one
    /// quantity, or why they are not.
    fn same_quantity(&self, a: &Figure, b: &Figure) -> Result<u32, Verdict> {
        let near = shared_words(&a.near, &b.near);
        // Read with another language's figure words than English: its function-word list is
        // shorter, so more of its words and pairs count as shared concepts; a word around
        // both figures is needed, and more shared concepts.
        let other = self.figure_language(a.article) != Language::English;
        // Counted only when a check needs it: it costs the most of them.
        let mut sentence = None;
        if near == 0 && other {
            return Err(Verdict::OtherContext);
        }
        // A number both sentences give (told only when needed).
        let tied = || self.tied(a.sentence, b.sentence);
        if near == 0 {
            let shared = self.shared_words(a.sentence, b.sentence);
            if shared < MIN_SENTENCE_WORDS && !tied() {
                return Err(Verdict::OtherContext);
            }
            sentence = Some(shared);
        }
        // Times both sentences name, none alike; or a time before the story's own that one
        // names ("Last year, 12 climbers died", "This year, 15 climbers died").
        let past = |f: &Figure| f.when.binary_search(&PAST).is_ok();
        if !a.when.is_empty() && !b.when.is_empty() && !shares(&a.when, &b.when)
            || past(a) != past(b)
        {
            return Err(Verdict::OtherTime);
        }
        if other_figures(&a.others, &b.others) {
            return Err(Verdict::OtherNumbers);
        }
        let (ia, ib) = (a.directions >> 5, b.directions >> 5);
        if ia != ib && ia != 0 && ib != 0 {
            return Err(Verdict::OtherInstance);
        }
        if !self.names_in(a, b) || !self.names_in(b, a) {
            return Err(Verdict::OtherName);
        }
        // Toward different directions; or one a position ("40 km southwest of"), the other
        // no distance from anywhere ("at a depth of 44.3 km").
        let (da, db) = (a.directions & DIRECTION_BITS, b.directions & DIRECTION_BITS);
        let one_only = (da == 0) != (db == 0) && (da | db) & OFFSET != 0;
        if da != 0 && db != 0 && (da | OFFSET) != (db | OFFSET) || one_only {
            return Err(Verdict::OtherDirection);
        }
        // Both positions: from one place, when both name it.
        if da & db & OFFSET != 0 && a.place != b.place && a.place != 0 && b.place != 0 {
            return Err(Verdict::OtherDirection);
        }
        let sentence = sentence.unwrap_or_else(|| self.shared_words(a.sentence, b.sentence));
        let enough = if other {
            sentence >= MIN_SHARED_WORDS + OTHER_LANGUAGE_EXTRA
        } else {
            enough_shared(
                sentence,
                self.content(a.sentence).min(self.content(b.sentence)),
            )
        };
        if !enough && !tied() {
            return Err(Verdict::OtherSentence);
        }
        if self.other_instruments(a.sentence, b.sentence) {
            return Err(Verdict::OtherInstrument);
        }
        // Strongest when the word closest to each is one word ("killing 12 people", "15
        // people were killed").
        let (ca, cb) = (a.closest(), b.closest());
        let closest = ca
            .iter()
            .flatten()
            .any(|h| cb.iter().flatten().any(|g| g == h));
        Ok(4 * u32::from(closest) + 2 * near as u32 + sentence as u32)
    }

    /// Whether every name among the two words before figure `a` (a capitalized word that
    /// does not open its sentence, or a name wherever it is) is beside `b` too, or in `b`'s
    /// sentence.
    fn names_in(&self, a: &Figure, b: &Figure) -> bool {
        let text = &self.articles[a.article].text;
        let opens = self.sentences[a.sentence].span.start;
        let other_text = self.sentences[b.sentence].text_in(self.articles);
        // The two closest words before it: where its subject is ("Obama won 332").
        a.near[..a.before.min(2)].iter().all(|(h, at)| {
            let word = &text[at.clone()];
            !word.chars().next().is_some_and(char::is_uppercase)
                // Five words or more from it: too far to be its subject ("… à l'O2 Arena
                // après avoir été portée par environ 112 athlètes").
                || text.get(at.end..a.span.start).is_some_and(|gap| {
                    gap.bytes().filter(|&c| c == b' ').count() > MAX_SUBJECT_GAP
                })
                || text[opens..at.start].chars().all(|c| !c.is_alphanumeric())
                    && !self.is_name(a.sentence, *h)
                || b.near.iter().any(|(g, _)| g == h)
                || has_substring(other_text, word)
                // Written in lowercase there: a capitalized common noun ("the Romanian
                // Government pledged", "by the Romanian government").
                || has_substring(other_text, &lowercase(word))
        })
    }

    /// Whether sentences `x` and `y` both give a number that [`ties`] them.
    #[inline(never)]
    fn tied(&self, x: usize, y: usize) -> bool {
        let t = self.terms;
        t.of(x)
            .iter()
            .any(|c| ties(self.numbers, *c) && t.of(y).contains(c))
    }

    /// Whether sentences `x` and `y` each credit what they report to a named poll, survey or
    /// study ([`INSTRUMENT_WORDS`]) that the other does not name.
    fn other_instruments(&self, x: usize, y: usize) -> bool {
        let texts = |s: usize| self.sentences[s].text_in(self.articles);
        let (tx, ty) = (texts(x), texts(y));
        // The second asked only if the first names one: most sentences name none.
        self.instrument_of(x).is_some_and(|nx| {
            self.instrument_of(y)
                .is_some_and(|ny| !has_substring(ty, nx) && !has_substring(tx, ny))
        })
    }

    /// [`instrument`] of sentence `s`, looked for once where it names none.
    fn instrument_of(&self, s: usize) -> Option<&str> {
        let text = self.sentences[s].text_in(self.articles);
        let mut known = self.instruments.borrow_mut();
        let names = known.get_mut(s)?;
        match *names {
            0 => {
                let found = instrument(text);
                *names = 1 + u8::from(found.is_some());
                found
            }
            2 => instrument(text),
            _ => None,
        }
    }

    /// Whether the word of sentence `s` whose stem hashes to `h` is a name: a word concept
    /// capitalized away from a sentence's start somewhere and never written in lowercase
    /// ("Obama" opening a sentence).
    fn is_name(&self, s: usize, h: u64) -> bool {
        let t = self.terms;
        t.of(s).iter().any(|&c| {
            let c = c as usize;
            t.kind[c] == ConceptKind::Word && t.name_like[c] && !t.lowercase[c] && {
                let (a, at) = &t.surface[c];
                word_hash(
                    &self.articles[*a].text[at.clone()],
                    self.figure_language(*a),
                ) == h
            }
        })
    }

    /// The language whose figure words read `article` ([`table_language`] of the language it
    /// was read in).
    fn figure_language(&self, article: usize) -> Language {
        table_language(self.languages.get(article).copied().unwrap_or_default())
    }

    /// How many content concepts (words and pairs of words) sentence `s` has.
    fn content(&self, s: usize) -> usize {
        let t = self.terms;
        t.of(s)
            .iter()
            .filter(|&&c| t.kind[c as usize].is_content())
            .count()
    }

    /// How many content concepts (words and pairs of words) sentences `x` and `y` share:
    /// those of `x` are marked (once for every pair with it in turn), those of `y` counted.
    fn shared_words(&self, x: usize, y: usize) -> usize {
        let (x, y) = (x.min(y), x.max(y));
        let t = self.terms;
        let mut marks = self.marks.borrow_mut();
        let (mark, marked) = &mut *marks;
        let stamp = x as u32 + 1;
        if *marked != x {
            if mark.len() < t.len() {
                mark.resize(t.len(), 0);
            }
            for &c in t.of(x) {
                if t.kind[c as usize].is_content() {
                    mark[c as usize] = stamp;
                }
            }
            *marked = x;
        }
        t.of(y)
            .iter()
            .filter(|&&c| mark.get(c as usize) == Some(&stamp))
            .count()
    }
}

/// The name of the first poll, survey or study ([`INSTRUMENT_WORDS`]) that `sentence`
/// names: the first of the capitalized words right before the instrument's word, the
/// sentence's first word left out ("According to a Pew Research Center survey": "Pew"; "the
/// latest Rasmussen poll": "Rasmussen"; "The study found" and "Polls show": none).
fn instrument(sentence: &str) -> Option<&str> {
    let words = crate::text::words::bare_words(sentence);
    let mut run: Option<&str> = None;
    let mut first = true;
    for w in words {
        let capitalized = w.chars().next().is_some_and(char::is_uppercase);
        if capitalized && !first {
            run = run.or(Some(w));
            continue;
        }
        if let Some(name) = run {
            if crate::text::phrases::split_at_byte(INSTRUMENT_WORDS, b' ')
                .any(|i| !i.is_empty() && i == w)
            {
                return Some(name);
            }
        }
        run = None;
        first = false;
    }
    None
}

/// Whether two figures' other numbers ([`Figure::others`]) are of one kind, none of them
/// alike: a number alike of another kind ("as high as 200,000", "200,000 people were
/// killed") tells that they report the same things.
fn other_figures(x: &[u64], y: &[u64]) -> bool {
    let (x, y) = (x.chunks_exact(2), y.chunks_exact(2));
    x.clone().any(|o| y.clone().any(|p| o[0] == p[0]))
        && !x.clone().any(|o| y.clone().any(|p| o[1] == p[1]))
}

/// Do two sorted lists share an item?
fn shares(x: &[u64], y: &[u64]) -> bool {
    x.iter().any(|v| y.binary_search(v).is_ok())
}

/// How many distinct words two lists of (word hash, span) share.
fn shared_words(x: &[(u64, Range<usize>)], y: &[(u64, Range<usize>)]) -> usize {
    (0..x.len())
        .filter(|&i| {
            let h = x[i].0;
            !x[..i].iter().any(|(g, _)| *g == h) && y.iter().any(|(g, _)| *g == h)
        })
        .count()
}

/// The tolerance between two figures: rounding of conversions across units; none between
/// two in one unit, which are compared as precisely as each is written.
fn tolerance(a: &Figure, b: &Figure) -> f64 {
    if a.factor == b.factor {
        return 0.0;
    }
    let scale = |f: &Figure| {
        if f.high == f64::MAX {
            f.low.abs()
        } else if f.low == -f64::MAX {
            f.high.abs()
        } else {
            f.low.abs().max(f.high.abs())
        }
    };
    CONVERTED_TOLERANCE * scale(a).max(scale(b))
}

/// Whether two figures differ by more than [`MAX_RATIO`] (as far as their values are
/// comparable as ratios: both positive).
fn too_far_apart(a: &Figure, b: &Figure) -> bool {
    let mid = |f: &Figure| {
        if f.high == f64::MAX {
            f.low
        } else if f.low == -f64::MAX {
            f.high
        } else {
            (f.low + f.high) / 2.0
        }
    };
    let (x, y) = (mid(a), mid(b));
    x > 0.0 && y > 0.0 && x.max(y) > MAX_RATIO * x.min(y)
}

/// Whether two figures give one value: their intervals overlap, with the tolerance. Two
/// ranges must have the same ends ("three to 10 years" and "three to 14 years" differ), and
/// two bounds of one direction the same number ("more than $40,000", "more than $56,000"),
/// as far as each is written precisely.
pub(crate) fn overlaps(a: &Figure, b: &Figure) -> bool {
    let t = tolerance(a, b);
    // Intervals that only touch do not overlap: "14" (13.5 to 14.5) and "15" (14.5 to
    // 15.5) are two counts. Figures in one unit are compared without tolerance, as precisely
    // as each is written; converted ones with it.
    let within = |gap: f64, room: f64| if t > 0.0 { gap <= room + t } else { gap < room };
    let close = |x: f64, y: f64| within((x - y).abs(), a.precision + b.precision);
    match (a.bounds, b.bounds) {
        (Bounds::Range, Bounds::Range) => close(a.low, b.low) && close(a.high, b.high),
        (Bounds::AtLeast, Bounds::AtLeast) => close(a.low, b.low),
        (Bounds::AtMost, Bounds::AtMost) => close(a.high, b.high),
        _ => within(a.low - b.high, 0.0) && within(b.low - a.high, 0.0),
    }
}

/// The most that the numbers of figures counted for one key fact differ by, relative to it.
const MAX_FACT_GAP: f64 = 0.02;

/// Whether figure `a` writes the number `b` does ("about 20 hours" and "20 hours"), rounded
/// or not ("$972,815" and "$973,000": [`MAX_FACT_GAP`]), or converts it into another unit
/// ("100 km", "62 miles").
fn writes_as(a: &Figure, b: &Figure) -> bool {
    a.factor != b.factor || (a.value - b.value).abs() <= MAX_FACT_GAP * b.value.abs()
}

/// The figures `ids` of one quantity, split into values: figures whose intervals all
/// overlap ([`overlaps`]), lowest first.
fn values(figures: &[Figure], ids: &[usize]) -> Vec<Vec<usize>> {
    // By low end: its bits in an order-keeping form, less the 16 lowest (a relative 2^-36),
    // which hold the figure's place in `ids` (a pair's figures and their partners: at most
    // twice MAX_PER_UNIT).
    let ordered = |x: f64| {
        let bits = x.to_bits();
        if bits >> 63 == 1 {
            !bits
        } else {
            bits | 1 << 63
        }
    };
    let mut keys: Vec<u64> = ids
        .iter()
        .enumerate()
        .map(|(n, &i)| ordered(figures[i].low) & !0xffff | n as u64 & 0xffff)
        .collect();
    sort_keys(&mut keys);
    let mut classes: Vec<Vec<usize>> = Vec::new();
    for i in keys.iter().map(|k| ids[(k & 0xffff) as usize]) {
        // The last value first; an earlier one too, as ranges with one low end may differ
        // at the other ("three to 10", "three to 14", "three to 10").
        let agrees = |class: &Vec<usize>| class.iter().all(|&j| overlaps(&figures[i], &figures[j]));
        match classes.iter_mut().rev().find(|class| agrees(class)) {
            Some(class) => class.push(i),
            None => classes.push(vec![i]),
        }
    }
    classes.into_iter().map(sorted_unique).collect()
}

/// `ids` ascending, without repeats.
fn sorted_unique(ids: Vec<usize>) -> Vec<usize> {
    let mut keys: Vec<u64> = ids.into_iter().map(|i| i as u64).collect();
    sort_keys(&mut keys);
    keys.dedup();
    keys.into_iter().map(|k| k as usize).collect()
}

/// The positions of `sources` (counts), most first, in their order among equals.
fn by_sources(sources: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut keys: Vec<u64> = sources
        .enumerate()
        .map(|(i, n)| (u64::from(u32::MAX) - (n as u64).min(0xffff_ffff)) << 32 | i as u64)
        .collect();
    sort_keys(&mut keys);
    keys.into_iter()
        .map(|k| (k & 0xffff_ffff) as usize)
        .collect()
}

/// One value of a disagreement: its first figure's text, and every article that gives it.
fn disputed_value(articles: &[Article], figures: &[Figure], class: &[usize]) -> DisputedValue {
    let first = &figures[class[0]];
    let text = &articles[first.article].text;
    // Figures are in sentence order, so in article order: the first of each article.
    let mut seen: Vec<(usize, Range<usize>)> = Vec::new();
    for &i in class {
        let f = &figures[i];
        if !seen.iter().any(|(a, _)| *a == f.article) {
            seen.push((f.article, f.span.clone()));
        }
    }
    DisputedValue {
        value: first.value,
        unit: text[first.unit_span.clone()].to_string(),
        text: text[first.span.clone()].to_string(),
        articles: seen.iter().map(|(a, _)| *a).collect(),
        spans: seen.into_iter().map(|(_, s)| s).collect(),
    }
}

/// "killed (people)": the context words that the group's figures share, as the first figure
/// writes them, and its unit.
fn label(articles: &[Article], figures: &[Figure], ids: &[usize], language: Language) -> String {
    let first = &figures[ids[0]];
    let text = &articles[first.article].text;
    // The shared words closest to the figure (`near` lists them closest first on each side),
    // in the order they are written.
    // A weekday or month says when, not what ("Friday killed").
    let shared = |(h, at): &&(u64, Range<usize>)| {
        ids[1..]
            .iter()
            .any(|&j| figures[j].near.iter().any(|(g, _)| g == h))
            && role(&lowercase(&text[at.clone()]), language) != Some(Role::Date)
    };
    let (before, after) = first.near.split_at(first.before);
    let before: Vec<&Range<usize>> = before.iter().filter(shared).map(|(_, at)| at).collect();
    let after: Vec<&Range<usize>> = after.iter().filter(shared).map(|(_, at)| at).collect();
    // A noun counted, written after its number and not hyphenated to it, and the closest
    // shared word a few words after it in one clause: that phrase as written ("climbers
    // died", "miles of the Sun", "hours after the eviction deadline").
    let unit = &first.unit_span;
    if let Some(&next) = after.first() {
        let phrase = text.get(unit.start..next.end).unwrap_or_default();
        // Only letters and the spaces, hyphens and apostrophes between them, by their bytes
        // (chars cost the module more): no digit, no mark that ends a clause, no unit that is
        // a mark ("%", "$", and "€", "£", "«", "“", "—", whose lead bytes are 0xC2 and 0xE2).
        let words = phrase.bytes().all(|c| {
            c.is_ascii_alphabetic() || matches!(c, b' ' | b'-' | b'\'') || c >= 0xc3 && c != 0xe2
        });
        if unit.end == first.core.end
            && next.start >= unit.end
            && words
            && text.as_bytes().get(unit.start.wrapping_sub(1)) != Some(&b'-')
            && phrase.bytes().filter(|&c| c == b' ').count() < LABEL_PHRASE_WORDS
        {
            return phrase.to_string();
        }
    }
    let mut words: Vec<&Range<usize>> = match (before.first(), after.first()) {
        (Some(b), Some(a)) => vec![b, a],
        _ => before
            .iter()
            .take(LABEL_WORDS)
            .rev()
            .chain(after.iter().take(LABEL_WORDS))
            .copied()
            .collect(),
    };
    words.truncate(LABEL_WORDS);
    let mut label = String::new();
    for at in words {
        if !label.is_empty() {
            label.push(' ');
        }
        label.push_str(&text[at.clone()]);
    }
    let unit = &text[first.unit_span.clone()];
    if label.is_empty() {
        unit.to_string()
    } else {
        format!("{label} ({unit})")
    }
}

/// The next `n` words of `text` from byte `from` on (runs without white space).
fn next_words(text: &str, from: usize, n: usize) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text[from..].char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(from + i),
            (true, Some(s)) => {
                words.push(s..from + i);
                start = None;
                if words.len() == n {
                    return words;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..text.len());
    }
    words.truncate(n);
    words
}

/// The key fact of a figure that the sources of `class` agree on: its first figure from the
/// number to the unit, and on by the words that another source writes after it too ("26
/// world leaders"), up to a function word of `language` ("52 personnes", not "52 personnes ont
/// été").
fn agreed_fact(
    articles: &[Article],
    docs: &[Document],
    figures: &[Figure],
    class: &[usize],
    language: Option<Language>,
) -> KeyFact {
    let mut buffers = (String::new(), String::new());
    let first = &figures[class[0]];
    let text = &articles[first.article].text;
    let mut end = first.core.end;
    let mine = next_words(text, end, FACT_EXTRA_WORDS);
    let others: Vec<(&str, Vec<Range<usize>>)> = class
        .iter()
        .map(|&i| &figures[i])
        .filter(|f| docs[f.article].source_group != docs[first.article].source_group)
        .map(|f| {
            let t = articles[f.article].text.as_str();
            (t, next_words(t, f.core.end, FACT_EXTRA_WORDS))
        })
        .collect();
    for (n, at) in mine.iter().enumerate() {
        let w = &text[at.clone()];
        let plain =
            w.chars().all(char::is_alphabetic) && w.chars().next().is_some_and(char::is_lowercase);
        let another_writes_it = others.iter().any(|(t, words)| {
            words
                .get(n)
                .is_some_and(|x| t[x.clone()].eq_ignore_ascii_case(w))
        });
        // Not a function word of its article's language ("52 personnes ont été").
        let function = language.is_some_and(|l| is_function_word_in(l, w, &mut buffers));
        if !plain || is_stop_word(w.as_bytes()) || function || !another_writes_it {
            break;
        }
        end = at.end;
    }
    // Figures are in article order: the articles ascending.
    let mut arts: Vec<usize> = class.iter().map(|&i| figures[i].article).collect();
    arts.dedup();
    KeyFact {
        text: text[first.core.start..end].to_string(),
        sources: distinct_groups(docs, arts.iter().copied()),
        articles: arts,
    }
}
