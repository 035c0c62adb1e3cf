//! Languages: which language each article is in ([`detect`]), and that language's rules for
//! the term stage (function words, folding, elision and light stemming), all data generated
//! from `data/<language>/` by `cargo xtask codegen`.
//!
//! English keeps rules of its own beside these (`en.rs`: abbreviations, page-chrome phrases,
//! figure words; Porter's first step as its stemmer, in `term`). Every other language is read
//! with [`Rules`]: a fold table, elided articles, one prefix and one suffix stripped, longest
//! first, each leaving a stem of some minimum length. A language without data, or text whose
//! language cannot be told, is [`Language::Unknown`]: no stemming, and its function words are
//! found by frequency (the short words most of its sentences use; `term`).

mod detect;
pub(crate) mod en;
pub(crate) mod figure_words;
mod tables;
#[cfg(test)]
mod tests;

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub(crate) use detect::languages;
use std::sync::OnceLock;

use crate::text::case::lower_word;
use crate::text::hash::FxHashMap;
use crate::text::phrases::BarList;
use tables::{CODES, FUNCTION_WORDS, RULES};

/// A language the summarizer has rules for, as detected for an article or forced with
/// [`crate::Options::language`]. Its serde form (and JavaScript's) is the ISO 639-1 code:
/// `"en"`, `"fr"` …; [`Language::Unknown`] is `"und"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    English,
    /// French (`fr`).
    French,
    /// German (`de`).
    German,
    /// Spanish (`es`).
    Spanish,
    /// Portuguese (`pt`).
    Portuguese,
    /// Italian (`it`).
    Italian,
    /// Czech (`cs`).
    Czech,
    /// Russian (`ru`).
    Russian,
    /// Greek (`el`).
    Greek,
    /// Arabic (`ar`).
    Arabic,
    /// Hebrew (`he`).
    Hebrew,
    /// Hindi (`hi`).
    Hindi,
    /// Vietnamese (`vi`).
    Vietnamese,
    /// Chinese (`zh`): concepts are characters and pairs of characters.
    Chinese,
    /// Japanese (`ja`): concepts are kanji and katakana, and pairs of them.
    Japanese,
    /// A language without rules, or text whose language cannot be told (`und`): no word is
    /// stemmed, and the short words that most of its sentences use are its function words.
    #[default]
    Unknown,
}

impl Language {
    /// Every language with rules, in the order of their data tables.
    pub const ALL: [Language; 15] = [
        Language::English,
        Language::French,
        Language::German,
        Language::Spanish,
        Language::Portuguese,
        Language::Italian,
        Language::Czech,
        Language::Russian,
        Language::Greek,
        Language::Arabic,
        Language::Hebrew,
        Language::Hindi,
        Language::Vietnamese,
        Language::Chinese,
        Language::Japanese,
    ];

    /// The ISO 639-1 code (`"und"` for [`Language::Unknown`]).
    pub fn code(self) -> &'static str {
        CODES.get(self as usize).copied().unwrap_or("und")
    }

    /// The language of an ISO 639-1 code, in any case (`"und"` is [`Language::Unknown`]);
    /// `None` for a code without rules.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("und") {
            return Some(Language::Unknown);
        }
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The supported codes, for messages: `"en, fr, de, …"`.
    pub fn codes() -> String {
        CODES.join(", ")
    }

    /// Its bit in the tables' language masks (`1 << self as u16`).
    pub(crate) fn bit(self) -> u16 {
        1 << self as u16
    }

    /// This language's rules (none for [`Language::Unknown`]).
    pub(crate) fn rules(self) -> &'static Rules {
        RULES.get(self as usize).unwrap_or(&NO_RULES)
    }

    /// `word` as this language's rules compare it, into `out` (`scratch` is a buffer):
    /// lowercased, apostrophes made straight and commas dropped ([`lower_word`]), a
    /// trailing apostrophe dropped, then folded and an elided article dropped
    /// ([`Rules::fold`]); not stemmed. Returns whether it ended with an apostrophe: an
    /// elided article written alone ("d'"), which is a function word. The term stage and
    /// the figures stage read words of every language but English this way.
    pub(crate) fn read_word(self, word: &str, out: &mut String, scratch: &mut String) -> bool {
        lower_word(word, out);
        let elided = out.ends_with('\'');
        if elided {
            out.pop();
        }
        self.rules().fold(out, scratch);
        elided
    }

    /// Is `word` (lowercase, folded by [`Rules::fold`]) one of this language's function words?
    pub(crate) fn is_function_word(self, word: &str) -> bool {
        self != Language::Unknown && function_word_languages(word.as_bytes()) & self.bit() != 0
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Language::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown language \"{code}\": use one of {}, or leave it out to detect it",
                Language::codes()
            ))
        })
    }
}

/// Is `word` (lowercase) one with which a reader's focus asks rather than names what it asks
/// about ("describe", "include"; every language's `data/<code>/request_words.txt`)?
pub(crate) fn is_request_word(word: &str) -> bool {
    static REQUEST_WORDS: BarList = BarList::new(en::REQUEST_WORDS);
    REQUEST_WORDS.has(word.as_bytes())
}

/// The language most of `languages` are in, the earliest of [`Language::ALL`] among equals
/// ([`Language::Unknown`] last); `None` for none.
pub(crate) fn most_common(languages: impl IntoIterator<Item = Language>) -> Option<Language> {
    let mut counts = [0usize; 16];
    for l in languages {
        counts[l as usize] += 1;
    }
    let (i, n) = counts
        .iter()
        .enumerate()
        .fold((0, 0), |a, (i, &n)| if n > a.1 { (i, n) } else { a });
    (n > 0).then(|| Language::ALL.get(i).copied().unwrap_or(Language::Unknown))
}

/// The languages (bits `Language as u16`) that have `word` as a function word.
pub(crate) fn function_word_languages(word: &[u8]) -> u16 {
    function_words().get(word).copied().unwrap_or(0)
}

/// [`FUNCTION_WORDS`] as a map, read once per process (or module instance): about 0.2 ms,
/// after which a look-up is a hash. Bisecting the text for each word instead cost a fifth of
/// a call on English news (detection looks up a hundred words of each article).
fn function_words() -> &'static FxHashMap<&'static [u8], u16> {
    static MAP: OnceLock<FxHashMap<&'static [u8], u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        let words: usize = FUNCTION_WORDS
            .iter()
            .map(|list| list.bytes().filter(|&b| b == b' ').count() + 1)
            .sum();
        let mut map: FxHashMap<&'static [u8], u16> =
            FxHashMap::with_capacity_and_hasher(words, Default::default());
        for (i, list) in FUNCTION_WORDS.iter().enumerate() {
            for word in list
                .as_bytes()
                .split(|&b| b == b' ')
                .filter(|w| !w.is_empty())
            {
                *map.entry(word).or_default() |= 1 << i;
            }
        }
        map
    })
}

/// A language's stemming rules (`data/<language>/stemming.tsv`).
pub(crate) struct Rules {
    /// Characters written another way first (accents of Greek, alef forms of Arabic …).
    pub folds: &'static [(char, &'static str)],
    /// Elided words dropped from the start ("l'", "d'"), longest first.
    pub elisions: &'static [&'static str],
    /// Prefixes with the least characters they must leave, longest first.
    pub prefixes: &'static [(&'static str, u8)],
    /// Suffixes with the least characters they must leave, longest first.
    pub suffixes: &'static [(&'static str, u8)],
}

const NO_RULES: Rules = Rules {
    folds: &[],
    elisions: &[],
    prefixes: &[],
    suffixes: &[],
};

impl Rules {
    /// Rewrites `word` (lowercase) with the fold table and drops an elided article; returns
    /// whether anything changed.
    pub(crate) fn fold(&self, word: &mut String, scratch: &mut String) -> bool {
        let mut changed = false;
        if !self.folds.is_empty() && word.chars().any(|c| self.folds.iter().any(|f| f.0 == c)) {
            scratch.clear();
            for c in word.chars() {
                match self.folds.iter().find(|f| f.0 == c) {
                    Some((_, to)) => scratch.push_str(to),
                    None => scratch.push(c),
                }
            }
            std::mem::swap(word, scratch);
            changed = true;
        }
        if let Some(e) = self
            .elisions
            .iter()
            .find(|e| word.len() > e.len() && word.starts_with(**e))
        {
            // A copy of the rest: `drain` or `replace_range` linked 0.6 KB of generic code.
            *word = word[e.len()..].to_string();
            changed = true;
        }
        changed
    }

    /// Strips one prefix and then one suffix from `word` (folded), each the longest that
    /// leaves at least its minimum number of characters.
    pub(crate) fn stem(&self, word: &mut String) {
        let chars = word.chars().count();
        if let Some((p, _)) = self
            .prefixes
            .iter()
            .find(|(p, min)| word.starts_with(*p) && chars >= p.chars().count() + usize::from(*min))
        {
            // A copy of the rest, as for elisions.
            *word = word[p.len()..].to_string();
        }
        let chars = word.chars().count();
        if let Some((s, _)) = self
            .suffixes
            .iter()
            .find(|(s, min)| word.ends_with(*s) && chars >= s.chars().count() + usize::from(*min))
        {
            word.truncate(word.len() - s.len());
        }
    }
}
