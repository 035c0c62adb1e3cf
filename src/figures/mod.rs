//! Stage 5, [`Sentence`]s → [`Figure`]s: every number the articles give together with what
//! it counts or measures, for the disagreements stage to compare across sources.
//!
//! A figure is a number (digits with thousands separators and decimals, or written out as
//! far as the language data lists: "twelve", "twenty-five"), scaled by a multiplier ("1.5
//! million", "$3m"), with its unit: a percent sign or word, a currency ("$", "€40m", "3
//! million dollars"), a unit of a dimension ("20 hours", "100 km/h", "30C", "6 feet"), or
//! else the noun it counts ("15,000 troops", "12 people were killed"). Words before it
//! say how exactly it is meant ("nearly 20", "more than 200", "up to 24", "between 10 and
//! 12"); each figure becomes an interval in its dimension's base unit, so that "62 miles"
//! and "100 km" are one distance and "nearly 20" does not contradict "20".
//!
//! Not figures, because they are not quantities or differ for good reason: years ("in 2019"),
//! dates ("March 12"), clock times ("6:10", "9 a.m."), ages ("aged 45", "a 45-year-old"),
//! ordinals ("12th"), decades ("1990s"), names with a number ("COVID-19", "F-35", "Boeing
//! 737", "Route 66"), reference marks ("[12]"), numbers after "No." or "#", scores and phone
//! numbers (two numbers joined with no unit: "3-2", "555-0123"), the starting point of a
//! change ("from 12"), and a number with no unit at all ("the toll rose to 12").
//!
//! Each figure keeps the content words around it in its clause, stemmed ([`Figure::near`]):
//! what it is a figure of. The words come from the language data (`data/en/figures.tsv`).

mod read;
#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::lang::en::FIGURE_WORDS;
use crate::sentence::Sentence;
use crate::term::{ConceptKind, Terms};
use crate::text::segment::{word_pieces, Piece};
use crate::Article;

/// A dimension whose units convert into each other, or a unit of its own (percent, each
/// currency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Dimension {
    Percent,
    Dollar,
    Euro,
    Sterling,
    Yen,
    Yuan,
    Rupee,
    Length,
    Area,
    Mass,
    Speed,
    Temperature,
    Duration,
}

/// What a word of the language data does to a number beside it (`data/en/figures.tsv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Role {
    /// "about 20": 18 to 22.
    About,
    /// "nearly 20": 17 to 20.
    Nearly,
    /// "up to 24": 21.6 to 24.
    UpTo,
    /// "more than 200".
    AtLeast,
    /// "fewer than 200".
    AtMost,
    /// "between" … "and".
    Between,
    /// "to", "-", "or" between the ends of a range.
    Range,
    /// "from 12": a change's starting point.
    From,
    /// "million".
    Multiplier(f64),
    /// A unit: its dimension, and the factor and offset to the dimension's base unit.
    Unit(Dimension, f64, f64),
    /// A currency written before the number.
    Currency(Dimension),
    /// A month or weekday.
    Date,
    /// A clock word ("a.m.").
    Time,
    /// "aged".
    Age,
    /// "th" of "12th".
    Ordinal,
    /// A number written out.
    Number(f64),
    /// A word after a number that is not what it counts ("times", "block").
    NoUnit,
    /// A word after a duration that makes it a point in time ("ago").
    Relative,
    /// Words before a number that make it a ratio ("one in 10").
    Ratio,
    /// A word between a number and its noun that only describes it ("different").
    Describes,
}

/// What a figure counts or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    /// A dimension of the language data's units.
    Dimension(Dimension),
    /// A noun, by the hash of its stem ("people", "troops").
    Noun(u64),
}

/// One figure of one sentence.
#[derive(Clone, Debug)]
pub(crate) struct Figure {
    /// Index of its sentence.
    pub sentence: usize,
    /// Its article.
    pub article: usize,
    /// The figure as written, from the first word that qualifies it to its unit ("up to 24
    /// hours"): a byte range of the article's text.
    pub span: Range<usize>,
    /// Where its number starts and its unit ends ("24 hours", "$3 million"): what a key fact
    /// shows.
    pub core: Range<usize>,
    /// Where its number is written (the first, for a range): byte range of the article.
    pub number: Range<usize>,
    /// The number in the unit it is written in, multiplier applied (3000000 for "$3m").
    pub value: f64,
    /// What it counts or measures.
    pub unit: Unit,
    /// The unit as written ("hours", "%", "$"), a byte range of the article's text.
    pub unit_span: Range<usize>,
    /// The factor from the unit as written to the dimension's base unit: figures written in
    /// different units are compared with more tolerance (rounded conversions).
    pub factor: f64,
    /// The lowest and highest value it allows, in the dimension's base unit.
    pub low: f64,
    /// See [`Figure::low`].
    pub high: f64,
    /// The content words around it in its clause, up to three on each side: what it is a
    /// figure of. Each is the hash of its stem ([`crate::term::stem_hash`]) and where it is
    /// written; sorted by hash, without repeats.
    pub near: Vec<(u64, Range<usize>)>,
    /// Of [`Figure::near`], the hashes of the closest word before it and after it: what it
    /// most likely is a figure of ("killing 12 people", "12 people were killed").
    pub closest: [Option<u64>; 2],
    /// When its sentence says it was so: the years and the months and weekdays the sentence
    /// names (years as numbers, words by the hash of their stem), sorted. Two figures whose
    /// sentences name different times may both be right ("50 cases as of August", "88 cases
    /// as of November").
    pub when: Vec<u64>,
    /// The other numbers of its sentence, years left out (`f64::to_bits`, sorted): two
    /// sentences that give other numbers, none of them alike, tell of different things
    /// ("17 km at 7.2%", "5.7 km climb at 6.9%").
    pub others: Vec<u64>,
}

/// The role of `phrase` (lowercase words joined by single spaces) in the language data.
pub(crate) fn role(phrase: &str) -> Option<Role> {
    FIGURE_WORDS
        .binary_search_by(|(p, _)| p.cmp(&phrase))
        .ok()
        .map(|i| FIGURE_WORDS[i].1)
}

/// The figures of every sentence of the story: articles left out as about another story
/// (`off_topic`) give none. Only sentences with a number are read again: those with a number
/// concept, or a word concept that is a number written out.
pub(crate) fn figures(
    articles: &[Article],
    sentences: &[Sentence],
    terms: &Terms,
    off_topic: &[bool],
) -> Vec<Figure> {
    // Per concept, whether it is a number; words are looked up once each, and only those
    // that may be a number written out (all start with e, f, n, s or t).
    let numeric: Vec<bool> = (0..terms.len())
        .map(|c| match terms.kind[c] {
            ConceptKind::Number => true,
            ConceptKind::Bigram => false,
            ConceptKind::Word => {
                let (a, span) = &terms.surface[c];
                let word = &articles[*a].text[span.clone()];
                word.len() <= 9
                    && matches!(word.as_bytes()[0] | 0x20, b'e' | b'f' | b'n' | b's' | b't')
                    && matches!(
                        role(&word.to_ascii_lowercase()),
                        Some(Role::Number(v)) if v >= 2.0
                    )
            }
        })
        .collect();
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        let a = sentence.article;
        if off_topic.get(a).copied().unwrap_or(false)
            || !terms.of(s).iter().any(|&c| numeric[c as usize])
        {
            continue;
        }
        let text = &articles[a].text;
        let base = sentence.span.start;
        tokens.clear();
        word_pieces(&text[sentence.span.clone()], |r, kind| {
            tokens.push(read::Token {
                at: base + r.start..base + r.end,
                word: kind == Piece::Word,
            });
        });
        read::sentence_figures(text, &tokens, (s, a), &mut out);
    }
    out
}
