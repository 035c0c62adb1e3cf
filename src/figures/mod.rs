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
//! what it is a figure of. The words come from the language data (`data/<language>/figures.tsv`):
//! each article is read with its own language's, or English ones when its language has none.

mod read;

pub(crate) use read::is_function_word_in;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::Document;
use crate::lang::figure_words::{CAPITALIZED_NOUNS, FIGURE_LANGUAGES, FIGURE_ROLES, FIGURE_TABLE};
use crate::lang::Language;
use crate::sentence::Sentence;
use crate::term::{ConceptKind, Terms};
use crate::text::hash::WordBloom;
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
    /// The Brazilian real ("R$").
    Real,
    /// The Russian ruble ("₽").
    Ruble,
    Length,
    Area,
    Mass,
    Speed,
    Temperature,
    Duration,
    /// An earthquake's magnitude ("a 6.1 quake", "magnitude 6.1").
    Magnitude,
}

/// What a word of the language data does to a number beside it (`data/<language>/figures.tsv`).
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
    /// A compass direction, one bit each (north 1, south 2, east 4, west 8), in a language
    /// other than English (whose directions `directions` reads by their letters).
    Direction(u8),
    /// Words before a duration that make it a point in time ("il y a 10 jours": ten days
    /// ago).
    Ago,
    /// A word between a number and its noun that only describes it ("different").
    Describes,
    /// "and" of "between 10 and 12".
    And,
    /// "per" after a unit: a rate ("tons per year").
    Per,
    /// "a" after a unit, before a duration: a rate ("30 miles a day").
    PerDuration,
    /// A word joining a multiplier to its unit ("millions de dollars"); before a number of
    /// years, it makes an age ("une femme de 45 ans").
    Of,
    /// A word right before a percentage ("by 70 percent", "rose 5%") or right after it ("30
    /// percent more likely", "a 20% increase") that makes it a relative change, another
    /// quantity than a share ("15 percent of patients").
    Change,
    /// A word right after a percentage that makes it a share, never a change ("approved by
    /// 86% of investors"); [`Role::Of`] does too.
    Share,
    /// A time before the story's own, anywhere in a sentence ("last year", "a year
    /// earlier"): [`PAST`] among its times.
    Past,
}

/// What a figure counts or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    /// A dimension of the language data's units.
    Dimension(Dimension),
    /// A noun, by the hash of its stem ("people", "troops").
    Noun(u64),
}

impl Unit {
    /// The unit as one number: a dimension's place in the list, or a noun's hash.
    pub(crate) fn key(self) -> u64 {
        match self {
            Unit::Dimension(d) => d as u64,
            Unit::Noun(hash) => hash,
        }
    }
}

/// What a figure's interval ([`Figure::low`] to [`Figure::high`]) claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bounds {
    /// One value, however qualified ("12", "nearly 20", "about 30"): any value of the
    /// interval agrees with it.
    Value,
    /// Both ends of a range ("three to 14 years", "between 10 and 12"): another range agrees
    /// only with the same ends.
    Range,
    /// A lower bound ("more than 200"): another lower bound agrees only at the same number.
    AtLeast,
    /// An upper bound ("fewer than 200").
    AtMost,
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
    /// What its interval says: one value, both ends of a range, or one bound.
    pub bounds: Bounds,
    /// How precisely its ends are written, in the dimension's base unit: half the step of the
    /// last digit ("12": 0.5), more for round numbers ("200": 25).
    pub precision: f64,
    /// The content words around it in its clause, up to three on each side: what it is a
    /// figure of. Each is the hash of its stem ([`word_hash`]) and where it is
    /// written; first those before it, closest first, then those after it, closest first.
    pub near: Vec<(u64, Range<usize>)>,
    /// How many of [`Figure::near`] are before it.
    pub before: usize,
    /// The compass directions named among the words after it ("40 km southwest of", "650 km
    /// off the northern coast", "1,200 km north-east of"), one bit each: north 1, south 2,
    /// east 4, west 8; 0 for none. Distances toward different directions are two places.
    /// [`OFFSET`] is set too when a direction is named as one ("southwest of"), not as an
    /// adjective ("the northern coast"): the figure is then a place's position, which a
    /// figure with no direction (a depth, a length) is not. The top three bits hold the word
    /// right before the figure that picks out one of several things of its kind ("the final
    /// 146 km stage", "today's 196 km stage"), as one more than its place in
    /// [`crate::lang::figure_words::INSTANCE_WORDS`]; 0 for none. (A field of its own made the module
    /// 0.4 KB larger.)
    pub directions: u8,
    /// The place its first direction is from, when capitalized ("40 km southwest of
    /// Pichilemu": the hash of "Pichilemu"); 0 for none.
    pub place: u64,
    /// When its sentence says it was so: the years, the months and weekdays, and the clock
    /// times the sentence names (years as numbers, words by the hash of their stem, clock
    /// times by the hash of their hours and minutes with the top bit set), sorted. Two
    /// figures whose sentences name different times may both be right ("50 cases as of
    /// August", "88 cases as of November", "an aftershock at 02:41", "another at 20:36").
    /// [`PAST`] among them if it names a time before the story's own ("last year").
    pub when: Vec<u64>,
    /// The other numbers of its sentence, years left out, as pairs: what each counts (the
    /// [`Unit::key`] of the figure it is in, the stem hash of a word hyphenated to it, or 0)
    /// and its value (`f64::to_bits`; inside a figure of a dimension other than temperature, in
    /// the dimension's base unit, so that "85 km" and "85 miles" differ). Two sentences that
    /// give other numbers of one kind, none of them alike (of any kind), tell of different
    /// things ("17 km at 7.2%", "5.7 km climb at 6.9%"); numbers of other kinds tell nothing
    /// ("25 arrests", "80 runners").
    pub others: Vec<u64>,
}

/// Kinds of number concept, for choosing the sentences to read: digits, or written out.
const DIGITS: u8 = 1;
const WRITTEN: u8 = 2;
/// With either kind: a number that [`ties`] sentences.
const TIES: u8 = 4;
/// Not yet asked.
const UNKNOWN: u8 = 0x80;

/// Whether a sentence's digits may make a figure, by a look at its bytes far cheaper than
/// reading it: some run of digits has letters on it ("40m"), or is followed (after spaces) by
/// a lowercase letter, a percent sign, a hyphen, a degree sign or a capital C or F, or follows
/// a currency sign. A run followed by a comma or a capitalized word ("March 12, officials",
/// "at 9 Downing Street") makes none, as no unit follows it. Nor does one the reader would
/// turn away whatever its sentence says ([`makes_no_figure`]).
/// With `capitalized` (a language that capitalizes its nouns), a capital letter after the run
/// may start its unit too.
fn digits_may_make_a_figure(text: &str, capitalized: bool) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // "$", "€" (e2 82 ac), "£" (c2 a3), "¥" (c2 a5), "₹" (e2 82 b9) before it, spaced or
        // not ("$12", "€ 40"; an ASCII digit starts a character).
        let before = text.get(..i).unwrap_or_default().trim_end().as_bytes();
        if before.ends_with(b"$")
            || before.ends_with(&[0xc2, 0xa3])
            || before.ends_with(&[0xc2, 0xa5])
            || before.ends_with(&[0xe2, 0x82, 0xac])
            || before.ends_with(&[0xe2, 0x82, 0xb9])
        {
            return true;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || matches!(b[i], b',' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i += 1;
        }
        if makes_no_figure(b, start..i) {
            continue;
        }
        if b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            return true;
        }
        // Past white space of any kind (a wrapped line's end, a no-break space).
        let rest = text.get(i..).unwrap_or_default().trim_start();
        match rest.as_bytes().first() {
            Some(c)
                if c.is_ascii_lowercase()
                    || capitalized && c.is_ascii_uppercase()
                    || matches!(c, b'%' | b'-' | b'C' | b'F' | 0xc2 | 0xe2) =>
            {
                return true
            }
            // A letter past ASCII: "12 élèves", "12 Übergriffe".
            Some(0xc3..) => {
                let c = rest.chars().next().unwrap_or(' ');
                if c.is_lowercase() || capitalized && c.is_uppercase() {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether the run of digits at `run` of `b` (no currency sign before it) can start no figure,
/// whatever else its sentence says, as the reader decides ([`read`]): digits that end a word
/// ("EV-D68", "MP3") or follow a hyphen inside one ("COVID-19", "F-35", the second of "3-2"),
/// an ordinal ("12th"), an age ("a 7-year-old"), or a year followed by a word that is no word
/// of the language data ("in 1957 police said": a year is a figure only as a percentage or
/// with a multiplier).
fn makes_no_figure(b: &[u8], run: Range<usize>) -> bool {
    let before = |k: usize| run.start.checked_sub(k).and_then(|i| b.get(i));
    if before(1).is_some_and(u8::is_ascii_alphabetic)
        || before(1) == Some(&b'-') && before(2).is_some_and(u8::is_ascii_alphanumeric)
    {
        return true;
    }
    let rest = &b[run.end..];
    let letters = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let glued = &rest[..letters];
    let after_glued = rest.get(letters).copied();
    if !after_glued.is_some_and(|c| c.is_ascii_alphanumeric())
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| glued.eq_ignore_ascii_case(o.as_bytes()))
    {
        return true;
    }
    for age in [
        &b"-year-old"[..],
        b"-years-old",
        b"-month-old",
        b"-months-old",
        b"-week-old",
        b"-weeks-old",
        b"-day-old",
        b"-days-old",
    ] {
        if rest.starts_with(age) && !joins_a_word(&rest[age.len()..]) {
            return true;
        }
    }
    let digits = &b[run.clone()];
    let year = digits.len() == 4
        && digits.iter().all(u8::is_ascii_digit)
        && (1800..=2100).contains(
            &digits
                .iter()
                .fold(0u32, |v, &d| v * 10 + u32::from(d - b'0')),
        );
    if year && rest.first() == Some(&b' ') {
        let word = rest.trim_ascii_start();
        let n = word.iter().take_while(|c| c.is_ascii_lowercase()).count();
        let ends = !word
            .get(n)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
        // Before the article's language is known to the reader: any language's words.
        return n > 0 && ends && !may_have_role(&word[..n], Language::Unknown);
    }
    false
}

/// The hash of `word`'s stem as the figures of `language` keep it ([`Figure::near`]): English
/// words by [`crate::term::stem_hash`], those of another language by its own rules, as the
/// term stage stems them.
pub(crate) fn word_hash(word: &str, language: Language) -> u64 {
    word_hash_in(word, language, &mut (String::new(), String::new()))
}

/// [`word_hash`] with buffers of the caller's (a word and a scratch buffer).
pub(crate) fn word_hash_in(word: &str, language: Language, buffers: &mut (String, String)) -> u64 {
    if language == Language::English {
        return crate::term::stem_hash(word);
    }
    use std::hash::Hasher;
    let (stem, scratch) = buffers;
    language.read_word(word, stem, scratch);
    language.rules().stem(stem);
    let mut h = crate::text::hash::FxHasher::default();
    h.write(stem.as_bytes());
    h.finish()
}

/// The language whose figure words read an article in `language`: its own, or English for
/// a language without them (its sentences are then read only when they are mostly English
/// function words, or too short to tell).
pub(crate) fn table_language(language: Language) -> Language {
    if FIGURE_LANGUAGES & language.bit() != 0 {
        language
    } else {
        Language::English
    }
}

/// The role of `phrase` (lowercase words joined by single spaces) in the figure words of
/// `language`. Most words are none of any language's phrases, and a filter on their length
/// and first and last byte says so before any search.
pub(crate) fn role(phrase: &str, language: Language) -> Option<Role> {
    role_of_bytes(phrase.as_bytes(), language)
}

/// [`role`] of a phrase as bytes.
fn role_of_bytes(b: &[u8], language: Language) -> Option<Role> {
    role_at(role_index(b, language)?)
}

/// The role of the figure words with index `index` ([`role_index`]).
pub(crate) fn role_at(index: u8) -> Option<Role> {
    FIGURE_ROLES.get(usize::from(index)).copied()
}

/// The index of the role of `b` (a phrase as [`role`] takes it) among the figure words'
/// roles, for [`role_at`]: one byte where a role is remembered.
pub(crate) fn role_index(b: &[u8], language: Language) -> Option<u8> {
    let (&first, &last) = (b.first()?, b.last()?);
    if !Filters::of_language(language)
        .phrases
        .may_contain(b.len(), first, last)
    {
        return None;
    }
    // Among the phrases with its first byte only; a phrase of two roles in two languages has
    // an entry for each.
    let entries = entries();
    let bucket = entries.get(
        usize::from(BY_FIRST_BYTE[first as usize])..usize::from(BY_FIRST_BYTE[first as usize + 1]),
    )?;
    // Searched by the phrases' first eight bytes as numbers, which sort as the phrases do.
    let (bit, key) = (language.bit(), prefix(b));
    let at = bucket.partition_point(|e| e.prefix < key);
    bucket[at..]
        .iter()
        .take_while(|e| e.prefix == key)
        .find(|e| e.languages & bit != 0 && e.phrase() == b)
        .map(|e| e.role)
}

/// The first eight bytes of `b` as a big-endian number, zeros after a shorter one: two
/// phrases' numbers sort as their first eight bytes do.
fn prefix(b: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    for (to, from) in bytes.iter_mut().zip(b) {
        *to = *from;
    }
    u64::from_be_bytes(bytes)
}

/// One line of [`FIGURE_TABLE`], read: its phrase's place in the table rather than a `&str`,
/// and [`prefix`] of it to search by.
struct Entry {
    prefix: u64,
    /// Where its phrase starts in [`FIGURE_TABLE`], and its length.
    start: u16,
    len: u8,
    /// Its role's index in [`FIGURE_ROLES`].
    role: u8,
    /// Its languages' bits.
    languages: u16,
}

impl Entry {
    fn phrase(&self) -> &'static [u8] {
        let start = usize::from(self.start);
        TABLE
            .get(start..start + usize::from(self.len))
            .unwrap_or_default()
    }
}

/// Every line of [`FIGURE_TABLE`], read once per process (or module instance): the text
/// compresses far better in the module than a table of offsets would.
fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut entries = Vec::new();
        let mut at = 0;
        while at < TABLE.len() {
            let line = Line::at(TABLE, at);
            entries.push(Entry {
                prefix: prefix(line.phrase),
                start: at as u16,
                len: line.phrase.len() as u8,
                role: line.role,
                languages: line.languages,
            });
            at = line.end;
        }
        entries
    })
}

/// [`FIGURE_TABLE`] as bytes.
const TABLE: &[u8] = FIGURE_TABLE.as_bytes();

/// One line of [`FIGURE_TABLE`].
struct Line<'a> {
    phrase: &'a [u8],
    role: u8,
    languages: u16,
    /// Where the next line starts.
    end: usize,
}

impl<'a> Line<'a> {
    /// The line that starts at `at` of `table` (lines of [`FIGURE_TABLE`]); a malformed one
    /// reads as an empty phrase of no language.
    const fn at(table: &'a [u8], at: usize) -> Line<'a> {
        let mut tab = at;
        while tab < table.len() && table[tab] != b'\t' {
            tab += 1;
        }
        let (_, rest) = table.split_at(at);
        let (phrase, _) = rest.split_at(tab - at);
        // "\tRR\tLLLL\n" follows the phrase.
        if tab + 9 > table.len() {
            return Line {
                phrase: &[],
                role: 0,
                languages: 0,
                end: table.len(),
            };
        }
        let role = (hex(table[tab + 1]) << 4 | hex(table[tab + 2])) as u8;
        let mut languages = 0;
        let mut k = tab + 4;
        while k < tab + 8 {
            languages = languages << 4 | hex(table[k]);
            k += 1;
        }
        Line {
            phrase,
            role,
            languages,
            end: tab + 9,
        }
    }
}

/// The value of a lowercase hex digit.
const fn hex(c: u8) -> u16 {
    match c {
        b'0'..=b'9' => (c - b'0') as u16,
        b'a'..=b'f' => (c - b'a' + 10) as u16,
        _ => 0,
    }
}

/// Where the entries ([`entries`], one a line of [`FIGURE_TABLE`]) of each first byte start
/// (sorted, so they are together), and their end as the last: counted at compile time.
const BY_FIRST_BYTE: [u16; 257] = {
    let mut start = [0; 257];
    let mut byte = 0;
    let (mut at, mut line) = (0, 0);
    while byte < 256 {
        while at < TABLE.len() && (TABLE[at] as usize) <= byte {
            at = Line::at(TABLE, at).end;
            line += 1;
        }
        start[byte + 1] = line;
        byte += 1;
    }
    // start[b] is where the entries of byte b begin: the end of those before it.
    start
};

/// Does `rest`, what follows a word, go on with that word: a letter or digit (any character
/// past ASCII counted as one), or one after a full stop, apostrophe or colon ("old.D68" is
/// one word)?
fn joins_a_word(rest: &[u8]) -> bool {
    // Any byte past ASCII may begin a letter: taken as one.
    let letter = |c: &u8| c.is_ascii_alphanumeric() || *c >= 0x80;
    match rest {
        [c, ..] if letter(c) => true,
        [b'.' | b'\'' | b':', c, ..] => letter(c),
        _ => false,
    }
}

/// Could the word `b`, as written, once lowercased, be a phrase of `language`'s figure words
/// or open one? Certain when false. Asked before lowercasing a word: most capitalized words
/// are neither, and lowercasing one is a copy.
pub(crate) fn may_have_role(b: &[u8], language: Language) -> bool {
    let filters = Filters::of_language(language);
    may_hold(&filters.phrases, b) || may_hold(&filters.openers, b)
}

/// Could the word `b`, as written, open a time before the story's own of `language`'s figure
/// words ([`Role::Past`]: "last" of "last year", "vorjahr")? Certain when false.
pub(crate) fn may_open_past(b: &[u8], language: Language) -> bool {
    may_hold(&Filters::of_language(language).past, b)
}

/// Could `bloom` hold the word `b`, as written, once lowercased? Certain when false. Lowercasing
/// ASCII keeps the length, and the ends lowercase alike; a word of other letters may be there.
fn may_hold<const N: usize>(bloom: &WordBloom<N>, b: &[u8]) -> bool {
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if b.is_ascii() => bloom.may_contain(
            b.len(),
            first.to_ascii_lowercase(),
            last.to_ascii_lowercase(),
        ),
        (Some(_), Some(_)) => true,
        _ => false,
    }
}

/// Can `word` (lowercase) open a phrase of several words of `language`'s figure words ("more"
/// of "more than")?
pub(crate) fn opens_phrase(word: &str, language: Language) -> bool {
    let b = word.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) => {
            Filters::of_language(language)
                .openers
                .may_contain(b.len(), first, last)
        }
        _ => false,
    }
}

/// Is `word` (lowercase) a unit of time of `language`'s figure words ("years", "week")?
pub(crate) fn is_unit_of_time(word: &[u8], language: Language) -> bool {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return false;
    };
    Filters::of_language(language)
        .durations
        .may_contain(word.len(), first, last)
        && matches!(
            role_of_bytes(word, language),
            Some(Role::Unit(Dimension::Duration, _, _))
        )
}

/// Is `word` a number of two or more written out in the figure words of `language` ("twelve",
/// "Three")? A filter on its length and first and last byte (as lowercase) answers most words
/// before `scratch` takes a lowercase copy for the lookup.
pub(crate) fn is_written_number(word: &str, scratch: &mut String, language: Language) -> bool {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if !Filters::of_language(language).numbers.may_contain(
        b.len(),
        first.to_ascii_lowercase(),
        last.to_ascii_lowercase(),
    ) {
        return false;
    }
    scratch.clear();
    scratch.push_str(word);
    scratch.make_ascii_lowercase();
    matches!(role(scratch, language), Some(Role::Number(v)) if v >= 2.0)
}

/// Every phrase of [`FIGURE_TABLE`] (`which` 0), the first words of those of several words
/// (1), the numbers written out (2), the units of time (3), or the first words of the times
/// before the story's own (4: [`Role::Past`]), of the languages in mask `languages`, as a
/// filter built at compile time.
const fn filter<const N: usize>(which: u8, languages: u16) -> WordBloom<N> {
    let mut bloom = WordBloom::EMPTY;
    let mut at = 0;
    while at < TABLE.len() {
        let line = Line::at(TABLE, at);
        at = line.end;
        let b = line.phrase;
        if line.languages & languages == 0 || b.is_empty() {
            continue;
        }
        let role = if (line.role as usize) < FIGURE_ROLES.len() {
            Some(FIGURE_ROLES[line.role as usize])
        } else {
            None
        };
        match which {
            0 => bloom = bloom.with(b),
            1 => {
                let first = first_word(b);
                if first.len() < b.len() {
                    bloom = bloom.with(first);
                }
            }
            2 => {
                if matches!(role, Some(Role::Number(_))) {
                    bloom = bloom.with(b);
                }
            }
            3 => {
                if matches!(role, Some(Role::Unit(Dimension::Duration, _, _))) {
                    bloom = bloom.with(b);
                }
            }
            _ => {
                if matches!(role, Some(Role::Past)) {
                    bloom = bloom.with(first_word(b));
                }
            }
        }
    }
    bloom
}

/// The first word of a phrase (all of it, if it is one word), at compile time.
const fn first_word(b: &[u8]) -> &[u8] {
    let mut space = 0;
    while space < b.len() && b[space] != b' ' {
        space += 1;
    }
    b.split_at(space).0
}

/// The filters of [`filter`] for a set of languages.
struct Filters {
    phrases: WordBloom<32>,
    openers: WordBloom<8>,
    numbers: WordBloom<16>,
    durations: WordBloom<4>,
    past: WordBloom<4>,
}

impl Filters {
    const fn of(languages: u16) -> Filters {
        Filters {
            phrases: filter(0, languages),
            openers: filter(1, languages),
            numbers: filter(2, languages),
            durations: filter(3, languages),
            past: filter(4, languages),
        }
    }

    /// Those of `language`'s figure words: English has its own, as most words looked up are
    /// English and the other languages' phrases would let more of them through; any other
    /// language is looked up with every language's.
    fn of_language(language: Language) -> &'static Filters {
        if language == Language::English {
            &ENGLISH_FILTERS
        } else {
            &ALL_FILTERS
        }
    }
}

const ALL_FILTERS: Filters = Filters::of(u16::MAX);
const ENGLISH_FILTERS: Filters = Filters::of(1 << Language::English as u16);

/// Which sentences' figures the disagreements stage could compare: two figures are compared
/// only when their articles are of different sources and their sentences share enough content
/// concepts (`enough`), so the figures of any other sentence could never be matched, and are
/// not read.
pub(crate) struct Comparable<'a> {
    /// Per concept: the sources that have it (the agreement stage's `df`). A word shared with
    /// another source's sentence is in two sources at least.
    pub df: &'a [u32],
    /// The articles' documents: their source groups.
    pub docs: &'a [Document],
    /// Whether two sentences of different sources that share `shared` content concepts
    /// (words and pairs of words), the one with fewer content concepts having `fewer`, could
    /// hold figures of one quantity; never false where fewer shared concepts, or more content
    /// concepts, give true.
    pub enough: fn(shared: usize, fewer: usize) -> bool,
}

/// Marks a concept in [`Comparable::keep`]'s buffer as a number that [`ties`] sentences.
const TIE: u32 = 1 << 31;

/// The most sentences with a number that [`Comparable`] compares pairwise; past it, those
/// with enough words of two sources or more are all read. A pair costs up to about 200
/// instructions and reading a sentence about 20,000: at this bound, pairs that all fail cost
/// less than reading the sentences would (the generated 40 KB cluster of the benchmarks, a
/// tenth of its words numbers, has hundreds).
const MAX_PAIRWISE: usize = 64;
// Its sentences are marked by their place among them in a byte.
const _: () = assert!(MAX_PAIRWISE < u8::MAX as usize);

impl Comparable<'_> {
    /// Sentences `candidates` (ascending) less those that share too few content concepts, and
    /// no number that [`ties`] them, with every sentence of another source among them.
    fn keep(
        &self,
        (terms, numeric): (&Terms, &[u8]),
        sentences: &[Sentence],
        candidates: Vec<usize>,
    ) -> Vec<usize> {
        // Per candidate, its content concepts that two sources or more have: any concept two
        // sentences of different sources share is among them. Those with too few go. All
        // candidates' concepts in one buffer, `words[ends[k - 1]..ends[k]]` the k-th's.
        // A sentence shares at most those concepts, with a sentence that has at least as many
        // content concepts: `enough(n, n)` is the least it could need.
        let n = candidates.len();
        let mut kept: Vec<usize> = Vec::with_capacity(n);
        let mut words: Vec<u32> = Vec::with_capacity(16 * n);
        let mut ends: Vec<usize> = Vec::with_capacity(n);
        // Per kept sentence, its content concepts.
        let mut contents: Vec<usize> = Vec::with_capacity(n);
        for s in candidates {
            let start = words.len();
            // Its content concepts; those two sources have, and numbers that tie (marked
            // TIE), kept.
            let (mut content, mut n, mut tie) = (0, 0, false);
            for &c in terms.of(s) {
                let is = terms.kind[c as usize].is_content();
                content += usize::from(is);
                if self.df.get(c as usize) >= Some(&2) {
                    if is {
                        n += 1;
                        words.push(c);
                    } else if ties(numeric, c) {
                        tie = true;
                        words.push(c | TIE);
                    }
                }
            }
            if tie || (self.enough)(n, n) {
                kept.push(s);
                ends.push(words.len());
                contents.push(content);
            } else {
                words.truncate(start);
            }
        }
        if kept.len() < 2 {
            return Vec::new();
        }
        if kept.len() > MAX_PAIRWISE {
            return kept;
        }
        let group = |s: usize| self.docs.get(sentences[s].article).map(|d| d.source_group);
        let words_of = |k: usize| &words[if k == 0 { 0 } else { ends[k - 1] }..ends[k]];
        // Each sentence's concepts marked in turn (one more than its place among them, at most
        // MAX_PAIRWISE), and those of every later sentence of another source counted against
        // them.
        let mut mark: Vec<u8> = vec![0; terms.len()];
        let mut keep = vec![false; kept.len()];
        for i in 0..kept.len() {
            let stamp = i as u8 + 1;
            for &c in words_of(i) {
                mark[(c & !TIE) as usize] = stamp;
            }
            for j in i + 1..kept.len() {
                if (keep[i] && keep[j]) || group(kept[i]) == group(kept[j]) {
                    continue;
                }
                let (mut shared, mut tied) = (0, false);
                for &c in words_of(j) {
                    if mark[(c & !TIE) as usize] == stamp {
                        tied |= c & TIE != 0;
                        shared += usize::from(c & TIE == 0);
                    }
                }
                if tied || (self.enough)(shared, contents[i].min(contents[j])) {
                    keep[i] = true;
                    keep[j] = true;
                }
            }
        }
        kept.into_iter()
            .zip(keep)
            .filter(|(_, keep)| *keep)
            .map(|(s, _)| s)
            .collect()
    }
}

/// The figures of every sentence of the story: articles left out as about another story
/// (`off_topic`) give none. Only sentences with a number are read again (those with a number
/// concept, or a word concept that is a number written out), and with `comparable` only
/// those whose figures could be compared ([`Comparable`]); `None` reads them all, for an
/// explanation that lists every comparison. With them, per concept, the kind of number it is
/// where asked: what [`ties`] reads.
pub(crate) fn figures(
    articles: &[Article],
    (sentences, languages): (&[Sentence], &[Language]),
    terms: &Terms,
    off_topic: &[bool],
    comparable: Option<Comparable>,
) -> (Vec<Figure>, Vec<u8>) {
    let language = |a: usize| table_language(languages.get(a).copied().unwrap_or_default());
    // Per concept, once asked, whether it is a number: words are looked up only if they may
    // be a number written out (all start with e, f, n, s or t); pairs and function words are
    // none, known from their kind without a call. Years ("2019") and clock times ("6:10") are
    // numbers that make no figure: a sentence with only those is not read.
    let mut scratch = String::new();
    let mut numeric: Vec<u8> = terms
        .kind
        .iter()
        .map(|k| match k {
            ConceptKind::Number | ConceptKind::Word => UNKNOWN,
            _ => 0,
        })
        .collect();
    let mut candidates: Vec<usize> = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        if off_topic.get(sentence.article).copied().unwrap_or(false) {
            continue;
        }
        let mut most = 0;
        for &c in terms.of(s) {
            let kind = &mut numeric[c as usize];
            if *kind == UNKNOWN {
                *kind = number_kind(articles, terms, c as usize, &mut scratch, language);
            }
            most = most.max(*kind & !TIES);
        }
        let text = &articles[sentence.article].text;
        let read = match most {
            WRITTEN => true,
            DIGITS => digits_may_make_a_figure(
                &text[sentence.span.clone()],
                CAPITALIZED_NOUNS & language(sentence.article).bit() != 0,
            ),
            _ => false,
        };
        if read {
            candidates.push(s);
        }
    }
    let candidates = match comparable {
        Some(comparable) => comparable.keep((terms, &numeric), sentences, candidates),
        None => candidates,
    };
    let mut out = Vec::new();
    let mut reader = read::Reader::new();
    for s in candidates {
        let sentence = &sentences[s];
        let a = sentence.article;
        let text = &articles[a].text;
        reader.sentence((text, language(a)), sentence.span.clone(), (s, a), &mut out);
    }
    (out, numeric)
}

/// Whether concept `c`, given by two sentences of different sources, ties them as telling of
/// the same things whatever else they share, by the kinds of number that [`figures`] gives:
/// a number written with two characters or more ("12", "1.5", "200,000"), or written out (ten
/// and up, one concept with "10" to "19" and the tens), not a year or a clock time
/// ("1.5 million people homeless, and the toll could rise as high as 200,000", "200,000
/// people were killed, and 3.1 million people have been left without homes"). Smaller
/// numbers are in too many sentences to tell.
pub(crate) fn ties(kinds: &[u8], c: u32) -> bool {
    kinds.get(c as usize).is_some_and(|k| k & TIES != 0)
}

/// Whether concept `c` is a number that may make a figure: [`DIGITS`], [`WRITTEN`] or 0,
/// with [`TIES`] if it ties sentences. Pairs and function words are none, and are not looked
/// at.
fn number_kind(
    articles: &[Article],
    terms: &Terms,
    c: usize,
    scratch: &mut String,
    language: impl Fn(usize) -> Language,
) -> u8 {
    let kind = terms.kind[c];
    if !matches!(kind, ConceptKind::Number | ConceptKind::Word) {
        return 0;
    }
    let (a, span) = &terms.surface[c];
    let word = articles[*a].text.get(span.clone()).unwrap_or_default();
    let b = word.as_bytes();
    if kind == ConceptKind::Word {
        return if is_written_number(word, scratch, language(*a)) {
            WRITTEN
        } else {
            0
        };
    }
    let year = b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && matches!(&b[..2], b"18" | b"19" | b"20");
    // Ten to nineteen and the tens are one concept however written ("12", "twelve"): the
    // concept may have been written in digits first and in words in this sentence.
    let foldable =
        b.len() == 2 && b.iter().all(u8::is_ascii_digit) && (b[0] == b'1' || b[1] == b'0');
    // One digit is too common to tie sentences.
    let ties = if b.len() > 1 { TIES } else { 0 };
    if year || b.contains(&b':') {
        0
    } else if b.iter().any(u8::is_ascii_digit) && !foldable {
        DIGITS | ties
    } else {
        WRITTEN | ties
    }
}

/// Among a figure's times ([`Figure::when`]): its sentence names a time before the story's
/// own ("Last year, 12 climbers died", "A year earlier, Forbes had listed his net worth at
/// $2.9 billion"). Such a figure is no other source's figure of the story's own time.
pub(crate) const PAST: u64 = 1 << 62;

/// The bit of [`Figure::directions`] that says a direction is named as one.
pub(crate) const OFFSET: u8 = 16;
/// The bits of [`Figure::directions`] that hold directions; the three above them hold the
/// word that picks the figure out ([`crate::lang::figure_words::INSTANCE_WORDS`]).
pub(crate) const DIRECTION_BITS: u8 = 31;

/// The compass directions that the words `near` (ranges of `text`) name: see
/// [`Figure::directions`].
fn directions(text: &str, near: &[(u64, Range<usize>)], language: Language) -> (u8, u64) {
    let mut bits = 0;
    let mut place = 0;
    for (k, (_, at)) in near.iter().enumerate() {
        if language != Language::English {
            // "au sud-ouest de": each word of the language data a direction, named as one,
            // if it is the first word after the figure: a direction after another word says
            // which part of it ("à 650 kilomètres des côtes nord-est du Brésil").
            if k > 0 && bits == 0 {
                break;
            }
            let word = crate::text::case::lowercase(text.get(at.clone()).unwrap_or_default());
            if let Some(Role::Direction(found)) = role(&word, language) {
                if bits == 0 {
                    // The first word past the directions ("sud-ouest de Rancagua").
                    place = near[k + 1..]
                        .iter()
                        .find(|(_, w)| {
                            let w = crate::text::case::lowercase(&text[w.clone()]);
                            !matches!(role(&w, language), Some(Role::Direction(_)))
                        })
                        .filter(|(_, w)| {
                            text[w.clone()]
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                        })
                        .map_or(0, |(h, _)| *h);
                }
                bits |= found | OFFSET;
            }
            continue;
        }
        // Compared without a lowercased copy: no word but an ASCII one lowercases to these.
        let word = text.get(at.clone()).unwrap_or_default().as_bytes();
        if !word.is_ascii() {
            continue;
        }
        // "north", "northern", "northeast", "northeastern", …: one or two directions and
        // nothing else ("Southampton" is none).
        let (mut rest, mut found) = match word.len().checked_sub(3) {
            Some(end) if word[end..].eq_ignore_ascii_case(b"ern") => (&word[..end], 0),
            _ => (word, OFFSET),
        };
        while let Some((name, bit)) = [("north", 1), ("south", 2), ("east", 4), ("west", 8)]
            .into_iter()
            .find(|(name, _)| {
                rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            })
        {
            found |= bit;
            rest = &rest[name.len()..];
        }
        if rest.is_empty() && found & !OFFSET != 0 {
            if bits == 0 {
                // Names of places open with an ASCII capital in the languages figures are
                // read in.
                place = near
                    .get(k + 1)
                    .filter(|(_, w)| {
                        text.as_bytes()
                            .get(w.start)
                            .is_some_and(u8::is_ascii_uppercase)
                    })
                    .map_or(0, |(h, _)| *h);
            }
            bits |= found;
        }
    }
    (bits, place)
}

impl Figure {
    /// The hashes of the closest word before it and after it: what it most likely is a
    /// figure of ("killing 12 people", "12 people were killed").
    pub(crate) fn closest(&self) -> [Option<u64>; 2] {
        let hash = |i: usize| self.near.get(i).map(|(h, _)| *h);
        [
            if self.before > 0 { hash(0) } else { None },
            hash(self.before),
        ]
    }
}
