//! Key facts: the names, numbers and phrases that the most independent sources share ("Port
//! Verity", "two weeks", "Hollis County Water Authority"), most sources first.
//!
//! - Candidates are the concepts of the term stage that at least two sources carry (with one
//!   source, that it repeats): bigrams, numbers, and single words only where they are names
//!   (capitalized away from a sentence start and never written in lowercase), and not a day
//!   or a month alone ("Tuesday", "Nov": the figure words' dates of its language), nor a word
//!   the articles only write as the start of a longer name ("Los", "Centers", "Dr").
//! - A phrase that the articles only write as the start of a longer name ("President
//!   Donald", "Tour de", "Police Sgt") is shown as that name where enough sources write it
//!   whole ("Tour de France"), and not at all otherwise.
//! - Ranked by sources, then names and numbers before other phrases, then mentions.
//! - Overlapping facts are joined where the articles write them as one phrase ("Hollis
//!   County" and "County Water" are "Hollis County Water"), and a fact inside a shown one is
//!   not shown again.
//!
//! Known miss: a name the articles spell differently ("Halvard Lifting" and "Halvard
//! Lifting Inc.") is two candidates, and only one is shown.

use crate::agreement::{distinct_groups, Agreement};
use crate::document::Document;
use crate::figures::{role, Role};
use crate::lang::figure_words::CAPITALIZED_NOUNS;
use crate::lang::Language;
use crate::term::{ConceptKind, Terms};
use crate::text::case::{lower, lowercase};
use crate::text::phrases::{find_byte, has_substring, sorted_has};
use crate::{Article, KeyFact};

/// Lowercase words inside names: "Centers for Disease Control", "Banco de España", "Ludwig van
/// Beethoven". Sorted.
const NAME_JOINERS: [&str; 13] = [
    "da", "de", "del", "der", "des", "di", "du", "for", "la", "le", "of", "van", "von",
];

/// The most single words checked for being only the start of longer names
/// ([`Facts::opens_names`]), each a read of the articles that have it: four times the default
/// number of facts.
const NAME_CHECKS: usize = 32;

/// The longest key fact that [`Facts::widen`] makes of overlapping ones, in words.
const MAX_FACT_WORDS: usize = 8;

/// The key facts of a cluster, at most `max`: what the pipeline computed, read for them.
pub(crate) fn key_facts(
    (articles, languages): (&[Article], &[Language]),
    docs: &[Document],
    terms: &Terms,
    agreement: &Agreement,
    sources: usize,
    max: usize,
) -> Vec<KeyFact> {
    Facts {
        articles,
        languages,
        docs,
        terms,
        agreement,
        sources,
        max,
    }
    .key_facts()
}

/// What the key facts are read from.
struct Facts<'a> {
    articles: &'a [Article],
    /// Per article: the language it is read in.
    languages: &'a [Language],
    docs: &'a [Document],
    terms: &'a Terms,
    agreement: &'a Agreement,
    /// Independent sources of the story.
    sources: usize,
    /// How many facts to show.
    max: usize,
}

impl Facts<'_> {
    /// the concept's first mention with the full stop of an abbreviation that ends it, which
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
                    && !matches!(t.kind[c], ConceptKind::Function | ConceptKind::FunctionPair)
                    && (t.kind[c] != ConceptKind::Word || t.name_like[c] && !t.lowercase[c])
                    && (self.sources >= 2 || a.tf[c] >= 2)
            })
            .map(key)
            .collect();
        // The function words, lowercased. A language without rules learns its own after its
        // pairs are made (`term`): a phrase that opens or ends with one ("de haven van") is
        // no fact.
        let function: Vec<String> = (0..t.len() as u32)
            .filter(|&c| t.kind[c as usize] == ConceptKind::Function)
            .map(|c| lowercase(self.fact_text(c)))
            .collect();
        // Only the head of the ranking is shown, so it is ordered lazily, as far as it is read.
        let mut facts: Vec<KeyFact> = Vec::new();
        let mut shown: Vec<String> = Vec::new();
        let mut checks = 0;
        for key in crate::keys::ascending(ranked) {
            if facts.len() >= self.max {
                break;
            }
            let c = key as u32;
            // The concept without the possessive its first mention may carry ("City Hall's").
            let text = self.fact_text(c);
            let text = ["'s", "’s", "‘s"]
                .iter()
                .find_map(|p| text.strip_suffix(p))
                .unwrap_or(text);
            // "raise the flood" is a fine concept but a poor fact to show. (A hyphen joins two
            // words as a space does: "Royaume-Uni", "Croix-Rouge".)
            let words =
                text.split_whitespace().count() + text.bytes().filter(|&b| b == b'-').count();
            if t.kind[c as usize] == ConceptKind::Bigram && words != 2 {
                continue;
            }
            // Nor is a lone number of one or two digits: the "5" of "5 p.m.", the "30" of
            // "6:30" (its pair, "5 p.m", may be shown), one with a particle attached ("ב23",
            // on the 23rd), or one written out ("ten", "Fifteen").
            let digits = text.bytes().filter(u8::is_ascii_digit).count();
            let letters = text.bytes().any(|b| b.is_ascii_alphabetic());
            if t.kind[c as usize] == ConceptKind::Number && (digits == 0 || digits <= 2 && !letters)
            {
                continue;
            }
            let lower = lowercase(text);
            // Nor is a day or a month alone ("Monday", "Nov"): every story has one, and it
            // says nothing without the date it belongs to.
            let language = self.languages[t.surface[c as usize].0];
            if words == 1 && role(&lower, language) == Some(Role::Date) {
                continue;
            }
            // Nor is a word that the articles only ever write as the start of a longer name
            // ("Los", "Centers", "Donald", "Dr"): the name is the fact, if it is one. (Not
            // where every noun is capitalized: "Bürgermeister von Vella".) Each check reads
            // the articles that have the word, so at most [`NAME_CHECKS`] are made.
            if words == 1
                && t.kind[c as usize] == ConceptKind::Word
                && CAPITALIZED_NOUNS & language.bit() == 0
                && checks < NAME_CHECKS
            {
                checks += 1;
                if self.opens_names(text, a.articles_of(c)).is_some() {
                    continue;
                }
            }
            let at_edge = |f: &String| {
                lower
                    .strip_prefix(f.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                    || lower
                        .strip_suffix(f.as_str())
                        .is_some_and(|r| r.ends_with(' '))
            };
            if function.iter().any(at_edge) {
                continue;
            }
            let mut articles: Vec<usize> = a.articles_of(c).iter().map(|&x| x as usize).collect();
            // Nor is a phrase that the articles only ever write as the start of a longer name
            // ("President Donald", "Police Sgt"): that name is shown instead ("President
            // Donald Trump"), where as many sources as a fact needs write it whole, and
            // nothing otherwise. Each word added is a check, as above.
            let (mut text, mut lower) = (text, lower);
            // (A phrase that opens with a capitalized word, and whose last word is one too or
            // joins a name: "Tour de", not "NASA spokesman" nor Czech "věznici Abú", "the
            // prison of Abu".)
            let last = last_word(text);
            let opens = capitalized(text)
                && (capitalized(last) || sorted_has(&NAME_JOINERS, last.as_bytes()));
            if words >= 2 && opens && CAPITALIZED_NOUNS & language.bit() == 0 {
                let (mut longer, mut whole) = (None, false);
                while checks < NAME_CHECKS {
                    checks += 1;
                    match self.opens_names(longer.unwrap_or(text), a.articles_of(c)) {
                        Some(l) if within_fact_words(l) => longer = Some(l),
                        Some(_) => break,
                        None => {
                            whole = true;
                            break;
                        }
                    }
                }
                if let Some(name) = longer {
                    articles.retain(|&x| has_substring(&self.articles[x].text, name));
                    let sources = distinct_groups(self.docs, articles.iter().copied());
                    // A name longer than a fact may be, or than the checks left could read,
                    // is left out.
                    if !whole || sources < min_sources as usize {
                        continue;
                    }
                    let long = lowercase(name);
                    // A single word shown inside it takes it in its place if it has no more
                    // sources ("France": "Tour de France"), and is fact enough if it has more
                    // ("Trump" before "President Donald Trump"). A phrase inside it is left to
                    // [`Facts::widen`] to join with this one ("Safari Lodge" and "Mweya
                    // Safari").
                    match shown.iter().position(|s| has_substring(&long, s)) {
                        None => (text, lower) = (name, long),
                        Some(k) if shown[k].contains(' ') => {}
                        Some(k) if facts[k].sources <= sources => {
                            let text = name.to_string();
                            facts[k] = KeyFact {
                                text,
                                sources,
                                articles,
                            };
                            shown[k] = long;
                            continue;
                        }
                        Some(_) => continue,
                    }
                }
            }
            // Skip a fact already inside a shown one ("Verity" after "Port Verity"), or
            // wider than one already shown.
            if shown
                .iter()
                .any(|s| has_substring(s, &lower) || has_substring(&lower, s))
            {
                continue;
            }
            shown.push(lower);
            facts.push(KeyFact {
                text: text.to_string(),
                sources: distinct_groups(self.docs, articles.iter().copied()),
                articles,
            });
            self.widen(&mut facts, &mut shown, min_sources as usize);
            self.finish_names(&mut facts, &mut shown, min_sources as usize);
        }
        facts
    }

    /// Whether nine in ten or more of the mentions of `word` (as written, a whole word or
    /// phrase) in `articles` go on as a name: a capitalized word follows ("Los Angeles",
    /// "Donald Trump"), directly, after the full stop of a short abbreviation ("Sen. Kerry"),
    /// or after a word that joins the words of a name ([`NAME_JOINERS`]: "Centers for Disease
    /// Control", "Vale of Pewsey"); a phrase may go on with a hyphen too ("Kim Jong-nam"). If
    /// so, the longer name that most of them write, as far as the word that follows ("Sen.
    /// Kerry", "Centers for Disease"; where none is most, one of them). An owner ("CNN's Jake
    /// Tapper") is a name of its own, and so is a word in capitals ("CNN Newsroom").
    fn opens_names(&self, word: &str, articles: &[u32]) -> Option<&str> {
        let w = word.as_bytes();
        let &first = w.first()?;
        // In capitals ("CNN", "U.S."): a name of its own.
        if word.is_ascii() && !w.iter().any(u8::is_ascii_lowercase) {
            return None;
        }
        let (mut mentions, mut going_on) = (0usize, 0usize);
        // The name they go on to, and its lead in votes.
        let (mut longer, mut votes) = ("", 0usize);
        // A phrase goes on as a name with a hyphen too ("Kim Jong-nam").
        let phrase = w.contains(&b' ');
        // Its last word a short abbreviation ("Sen.", "Police Sgt."): the full stop after it.
        let abbreviation = last_word(word).len() <= 3;
        for &article in articles {
            let text = &self.articles[article as usize].text;
            let b = text.as_bytes();
            // Whether a capitalized word opens `text` at byte `k`, just after a space.
            let capitalized = |k: usize| match b.get(k..k + 2) {
                Some(&[c, d]) if c.is_ascii() => c.is_ascii_uppercase() && d.is_ascii_lowercase(),
                _ => capitalized(&text[k..]),
            };
            // Where the word at byte `k` ends: at a space, ASCII punctuation or a mark of
            // general punctuation (U+2000 to U+2BFF: "’", "”", "—").
            let word_end = |k: usize| {
                b[k..]
                    .iter()
                    .position(|&c| {
                        c.is_ascii() && !c.is_ascii_alphanumeric() && c != b'-' || c == 0xe2
                    })
                    .map_or(b.len(), |n| k + n)
            };
            let mut at = 0;
            while let Some(i) = find_byte(b, at, first) {
                at = i + 1;
                let inside = |k: usize| {
                    b.get(k)
                        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-')
                };
                let mut end = i + w.len();
                let hyphened = phrase
                    && b.get(end) == Some(&b'-')
                    && b.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
                if !b[i..].starts_with(w) || i > 0 && inside(i - 1) || inside(end) && !hyphened {
                    continue;
                }
                mentions += 1;
                if abbreviation && b.get(end) == Some(&b'.') {
                    end += 1;
                }
                let name = if hyphened {
                    Some(end + 1)
                } else if b.get(end) == Some(&b' ') {
                    let next = end + 1;
                    let joiner = b[next..]
                        .iter()
                        .take_while(|c| c.is_ascii_lowercase())
                        .count();
                    let joined = joiner > 0
                        && b.get(next + joiner) == Some(&b' ')
                        && sorted_has(&NAME_JOINERS, &b[next..next + joiner])
                        && capitalized(next + joiner + 1);
                    if joined {
                        Some(next + joiner + 1)
                    } else {
                        Some(next).filter(|&k| capitalized(k))
                    }
                } else {
                    None
                };
                if let Some(name) = name {
                    going_on += 1;
                    let name = &text[i..word_end(name)];
                    // Boyer and Moore's majority vote: the name most of them go on to, if
                    // one is.
                    if votes == 0 {
                        (longer, votes) = (name, 1);
                    } else if name == longer {
                        votes += 1;
                    } else {
                        votes -= 1;
                    }
                }
            }
        }
        if mentions == 0 || going_on * 10 < mentions * 9 {
            return None;
        }
        Some(longer)
    }

    /// Continues each of `facts` that ends with a word another one goes on from by the words
    /// that follow it there, where articles write it whole: "Veterans Affairs San" beside "UC
    /// San Marco" is "Veterans Affairs San Marco". (Joining overlapping pairs,
    /// [`Facts::widen`], stops short when the pair that would finish the name went into
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
            let text = &facts[j].text;
            let tail = (0..p)
                .try_fold(0, |at, _| {
                    let space = text.get(at..)?.bytes().position(|c| c == b' ')?;
                    Some(at + space + 1)
                })
                .and_then(|at| text.get(at..))
                .unwrap_or_default();
            let after = facts.get(i + 1).map_or(0, |f| f.sources);
            if let Some(fact) = tail
                .bytes()
                .position(|c| c == b' ')
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
                let rest = &facts[b].text[first_break(&facts[b].text)?..];
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
        if !within_fact_words(&text) {
            return None;
        }
        let mut articles = Vec::new();
        for &x in &a.articles {
            if b.contains(&x) && has_substring(&self.articles[x].text, &text) {
                articles.push(x);
            }
        }
        Some(KeyFact {
            sources: distinct_groups(self.docs, articles.iter().copied()),
            text,
            articles,
        })
    }
}

/// Whether `word` opens with a capital (a letter that lowercases to another).
#[inline(never)]
fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| lower(c) != c)
}

/// The last word of a phrase (all of it, if it is one word).
fn last_word(s: &str) -> &str {
    &s[s.bytes().rposition(|c| c == b' ').map_or(0, |k| k + 1)..]
}

/// Whether a phrase has at most [`MAX_FACT_WORDS`] words (fewer spaces than that): the
/// longest key fact.
fn within_fact_words(s: &str) -> bool {
    s.bytes().filter(|&c| c == b' ').count() < MAX_FACT_WORDS
}

/// Where the first word of a phrase ends: at a space, or a hyphen ("Young-Ho").
fn first_break(s: &str) -> Option<usize> {
    s.bytes().position(|c| c == b' ' || c == b'-')
}

/// Does the phrase `b` start with the last word of the phrase `a` (of two words or more,
/// a hyphen joining words as a space does: "low-income" and "income families")?
fn continues(a: &str, b: &str) -> bool {
    first_break(b).is_some_and(|i| {
        a.strip_suffix(&b[..i])
            .is_some_and(|rest| matches!(rest.as_bytes().last(), Some(b' ' | b'-')))
    })
}

/// If the last word of the phrase `a` is a word inside the phrase `b` (not its first, which
/// [`continues`] is about, nor its last), its position in `b` (counted in words from 0).
fn goes_on_from(a: &str, b: &str) -> Option<usize> {
    // Byte searches: `str::rfind`, for these and one other use, was 0.35 KB of the module.
    let space = |s: &str| s.bytes().rposition(|c| c == b' ');
    let last = &a[space(a)? + 1..];
    let inner = b.get(b.bytes().position(|c| c == b' ')? + 1..space(b)?)?;
    crate::text::phrases::split_at_byte(inner, b' ')
        .position(|w| w == last)
        .map(|p| p + 1)
}

/// `facts` with the figures that sources agree on (`figures`, most sources first) among
/// them, at most `max`: a figure takes the place of the facts it holds ("26" and "world
/// leaders" beside "26 world leaders") and of those that hold it with fewer sources, and goes
/// before the first fact with fewer sources; one inside a fact of as many sources is not
/// shown again. A fact that holds one of the `disputed` figures (as written) is left out.
pub(crate) fn with_figures(
    mut facts: Vec<KeyFact>,
    figures: &[KeyFact],
    disputed: &[&str],
    max: usize,
) -> Vec<KeyFact> {
    // A figure that sources give differently is no agreed fact ("killed 9 people" where
    // another source says 14).
    let disputed: Vec<String> = disputed.iter().map(|t| lowercase(t)).collect();
    facts.retain(|f| {
        let text = lowercase(&f.text);
        !disputed.iter().any(|d| has_substring(&text, d))
    });
    for figure in figures {
        let lower = lowercase(&figure.text);
        // A fact that holds the figure and as many sources says it already ("26" in "26
        // world leaders" is the figure's own); one with fewer gives way to it.
        if facts
            .iter()
            .any(|f| f.sources >= figure.sources && has_substring(&lowercase(&f.text), &lower))
        {
            continue;
        }
        facts.retain(|f| {
            let text = lowercase(&f.text);
            !has_substring(&lower, &text) && !has_substring(&text, &lower)
        });
        let at = facts
            .iter()
            .position(|f| f.sources < figure.sources)
            .unwrap_or(facts.len());
        facts.insert(at, figure.clone());
    }
    facts.truncate(max);
    facts
}

#[cfg(test)]
mod tests {
    use crate::{summarize, Article, KeyFact, Options};

    fn facts(texts: &[&str], max: usize) -> Vec<KeyFact> {
        let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
        let options = Options {
            max_key_facts: max,
            ..Options::default()
        };
        summarize(&articles, &options).unwrap().key_facts
    }

    fn texts(facts: &[KeyFact]) -> Vec<&str> {
        facts.iter().map(|f| f.text.as_str()).collect()
    }

    const A: &str = "The Hollis County Water Authority raised prices by 4.5 percent on Monday. \
        Police said the authority's office was closed. Director Nora Vance called the rise fair.";
    const B: &str = "Prices at the Hollis County Water Authority rise 4.5 percent, the authority \
        said on Monday. Police were called to a protest. Nora Vance defended the rise.";
    const C: &str = "The Hollis County Water Authority put up its prices by 4.5 percent on \
        Monday. Critics, among them Jon Pike, said police should not guard the office.";

    #[test]
    fn agreed_names_and_numbers_most_sources_first() {
        let facts = facts(&[A, B, C], 8);
        let shown = texts(&facts);
        // The overlapping pairs "Hollis County", "County Water" … joined where all three write
        // them as one name.
        assert_eq!(facts[0].text, "Hollis County Water Authority");
        assert_eq!(
            (facts[0].sources, &facts[0].articles[..]),
            (3, &[0, 1, 2][..])
        );
        // The number with its unit: a figure the three agree on.
        assert!(shown.contains(&"4.5 percent"), "{shown:?}");
        assert!(shown.contains(&"Nora Vance"), "{shown:?}");
        assert!(facts.windows(2).all(|w| w[0].sources >= w[1].sources));
        // One source's name is no agreed fact; nor is "Police", which articles also write in
        // lowercase; nor a part of a fact already shown.
        for absent in ["Jon Pike", "Police", "Hollis County", "Water Authority"] {
            assert!(!shown.contains(&absent), "{absent} in {shown:?}");
        }
    }

    #[test]
    fn a_word_that_opens_a_quotation_at_a_sentence_start_is_no_name() {
        // "Choveu" ("it rained") opens both outlets' quotation, after a dash and after a
        // quotation mark: the start of the sentence, not a name.
        let facts = facts(
            &[
                "— Choveu em seis horas o esperado para o mês inteiro — disse o prefeito Carlos \
                 Menezes.",
                "\"Choveu em seis horas o esperado para o mês inteiro\", afirmou o prefeito \
                 Carlos Menezes.",
            ],
            8,
        );
        let shown = texts(&facts);
        assert!(
            shown.iter().any(|f| f.ends_with("Carlos Menezes")),
            "{shown:?}"
        );
        assert!(!shown.contains(&"Choveu"), "{shown:?}");
    }

    #[test]
    fn hyphenated_names_are_one_fact_and_lone_numbers_none() {
        // "Royaume-Uni" is two words; "Young-Ho" and "Ho Eom" are one name; "fifteen" and
        // "ten" alone, like "12", say nothing.
        let facts = facts(
            &[
                "Le Royaume-Uni a envoyé quinze navires. Young-Ho Eom a parlé à Londres. \
                 Fifteen ships sailed for ten days.",
                "Selon le Royaume-Uni, les navires sont partis. Le chercheur Young-Ho Eom a \
                 parlé. Fifteen ships sailed, ten of them British.",
            ],
            8,
        );
        let shown = texts(&facts);
        assert!(shown.contains(&"Royaume-Uni"), "{shown:?}");
        assert!(shown.contains(&"Young-Ho Eom"), "{shown:?}");
        for absent in ["Royaume", "Uni", "Young-Ho", "Ho Eom", "Fifteen", "ten"] {
            assert!(!shown.contains(&absent), "{absent} in {shown:?}");
        }
    }

    #[test]
    fn an_agreed_figure_stops_before_a_function_word() {
        let facts = facts(
            &[
                "À Londres, 52 personnes ont été tuées jeudi dans les attentats du métro.",
                "Les attentats de jeudi à Londres : 52 personnes ont été tuées dans le métro.",
            ],
            8,
        );
        let shown = texts(&facts);
        assert!(shown.contains(&"52 personnes"), "{shown:?}");
    }

    #[test]
    fn an_owner_and_a_word_in_capitals_are_names_of_their_own() {
        // Every mention of "CNN" and "Mayor Lund" goes on with a capitalized word, but "CNN"
        // is in capitals and "Lund's" an owner: both are facts. "Los" only opens "Los Rios".
        let f = facts(
            &[
                "CNN said Mayor Lund's Los Rios Harbor Plan was approved on Monday by the board.",
                "Mayor Lund's Los Rios Harbor Plan passed the board on Monday, CNN Newsroom said.",
                "The board on Monday approved Mayor Lund's Los Rios Harbor Plan, CNN reported.",
            ],
            8,
        );
        let t = texts(&f);
        assert!(
            t.contains(&"CNN") && t.iter().any(|x| x.contains("Lund")),
            "{t:?}"
        );
        assert!(!t.contains(&"Los"), "{t:?}");
    }

    #[test]
    fn a_name_cut_short_is_shown_whole_or_not_at_all() {
        // Every outlet writes "Police Sgt." and "President Ilse" before a surname, "Tour de"
        // before "Corse", and "Marsh National" before "Park": the whole names are the facts.
        let f = facts(
            &[
                "Police Sgt. Dana Whitlock said the ferry ran aground off Marsh National Park \
                 on Tuesday, during the Tour de Corse. President Ilse Varga of the ferry line \
                 apologised.",
                "The ferry hit rocks off Marsh National Park, Police Sgt. Dana Whitlock told \
                 reporters. Fans of the Tour de Corse watched. President Ilse Varga said sorry.",
                "Near Marsh National Park a ferry ran aground as the Tour de Corse passed, said \
                 Police Sgt. Dana Whitlock. President Ilse Varga spoke to the National Park \
                 rangers.",
            ],
            8,
        );
        let t = texts(&f);
        for whole in [
            "Police Sgt. Dana Whitlock",
            "Tour de Corse",
            "Marsh National Park",
            "President Ilse Varga",
        ] {
            assert!(t.contains(&whole), "{whole} not in {t:?}");
        }
        for cut in [
            "Police Sgt",
            "Tour de",
            "National Park",
            "President Ilse",
            "Marsh National",
        ] {
            assert!(!t.contains(&cut), "{cut} in {t:?}");
        }
        assert!(f.iter().take(4).all(|f| f.sources == 3), "{f:?}");
    }

    #[test]
    fn at_most_the_number_asked_for() {
        assert_eq!(facts(&[A, B, C], 2).len(), 2);
        assert!(facts(&[A, B, C], 0).is_empty());
        // Any number may be asked for.
        assert!(facts(&[A, B, C], usize::MAX).len() >= facts(&[A, B, C], 8).len());
    }

    #[test]
    fn one_article_shows_what_it_repeats() {
        let facts = facts(
            &[
                "Mayor Ines Ortega opened the Gull Bridge on Friday. The Gull Bridge took two \
               years to build. Ines Ortega thanked the workers of the Gull Bridge.",
            ],
            8,
        );
        let shown = texts(&facts);
        assert!(shown.contains(&"Gull Bridge"), "{shown:?}");
        assert!(shown.contains(&"Ines Ortega"), "{shown:?}");
        assert!(facts.iter().all(|f| f.sources == 1 && f.articles == [0]));
    }
}
