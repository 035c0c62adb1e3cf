//! Reading one sentence's figures from its word pieces: the number, the words before it that
//! qualify it, its multiplier, range and unit, and the content words around it.

use std::cell::Cell;
use std::ops::Range;

use super::{
    is_unit_of_time, is_written_number, may_have_role, may_open_past, opens_phrase, role, role_at,
    role_index, Bounds, Dimension, Figure, Role, Unit,
};
use crate::keys::sort_keys;
use crate::lang::figure_words::{
    CAPITALIZED_DATES, CAPITALIZED_NOUNS, DECIMAL_COMMA, INSTANCE_WORDS, SPACE_GROUPS,
};
use crate::lang::Language;
use crate::term::stem_hash_in;
use crate::text::case::{lower, lowercase};
use crate::text::function_words::is_stop_word;
use crate::text::segment::{word_pieces, Piece as PieceKind};

/// A sentence's pieces as the reader reads them: each one lowercased once, whether it is a
/// number, and the roles of the phrases that start at it once asked.
struct Piece {
    at: Range<usize>,
    /// It lowercased, a curly apostrophe written straight: a range of [`Reader::lowered`].
    low: Range<usize>,
    word: bool,
    /// Digits, or a number written out of two or more ("twelve").
    number: bool,
    /// Per length `n` from 1 to [`MAX_PHRASE`], the role ([`role_index`]) of the phrase of
    /// the language data made of the `n` pieces from this one: [`NO_ROLE`] if none,
    /// [`UNASKED`] until asked. Most pieces are asked of again, once per number near them.
    roles: Cell<[u8; MAX_PHRASE]>,
}

impl Piece {
    fn new(at: Range<usize>, word: bool, number: bool) -> Piece {
        Piece {
            at,
            low: 0..0,
            word,
            number,
            roles: Cell::new([UNASKED; MAX_PHRASE]),
        }
    }
}

/// The most pieces of a phrase the reader looks up ("a year earlier").
const MAX_PHRASE: usize = 4;
/// In [`Piece::roles`]: no phrase of that length has a role.
const NO_ROLE: u8 = u8::MAX - 1;
/// In [`Piece::roles`]: not looked up yet.
const UNASKED: u8 = u8::MAX;

/// A figure's context words: the hash of each one's stem and where it is written.
type Near = Vec<(u64, Range<usize>)>;

/// What a percentage's unit key is mixed with when it is a change ([`Role::Change`]): the
/// bytes of "change".
const CHANGE: u64 = 0x6368_616e_6765;
/// Marks a clock time among a sentence's times ([`Figure::when`]), apart from years and the
/// hashes of dates' words.
const CLOCK: u64 = 1 << 63;

/// Content words kept on each side of a figure ([`Figure::near`]).
const NEAR_WORDS: usize = 3;
/// Pieces looked at on each side for them.
const NEAR_PIECES: usize = 8;
/// How far above "more than N" a figure may be, as a multiple of N (and below "fewer than
/// N", as a fraction).
const AT_LEAST_SPAN: f64 = 1.5;
/// A sentence of at least this many words is read only when at least
/// [`MIN_FUNCTION_PERCENT`] of them are function words of the language it is read in.
const MIN_WORDS_FOR_LANGUAGE: usize = 8;
/// See [`MIN_WORDS_FOR_LANGUAGE`]; English news sentences have about 40%.
const MIN_FUNCTION_PERCENT: usize = 15;
/// A year in seconds, the factor of the unit "years" in every language's figure words.
const YEAR: f64 = 31_557_600.0;
/// The most significant digits read: a longer number is an identifier, not a quantity.
const MAX_DIGITS: u32 = 15;
/// The most numbers and times a sentence read for figures may name: one with more is a table
/// or a list run together ("Verity 12 mm, Keel 30 mm, …", "1, 2, 3, …"), not a statement of
/// figures, and none of its figures are compared. News sentences name a dozen at most (the
/// development clusters' read sentences: 11). Bounding them keeps the work of a sentence,
/// and of each pair of figures compared, linear in its length: a figure keeps the sentence's
/// other numbers and times ([`Figure::others`], [`Figure::when`]).
const MAX_NUMBERS: usize = 32;

/// How the words before a number qualify it.
#[derive(Clone, Copy, PartialEq)]
enum Qualifier {
    Exact,
    About,
    Nearly,
    UpTo,
    AtLeast,
    AtMost,
}

/// A number as read from its pieces.
struct Number {
    value: f64,
    /// Half the step its writing is precise to: 0.5 for "12", 0.05 for "1.5", 25 for "200".
    half: f64,
    /// Letters written on it ("km" of "20km"), a byte range of the article.
    suffix: Range<usize>,
    /// Digits only, no separator or decimals: could be a year.
    plain: bool,
    /// The piece after it.
    next: usize,
}

/// Is `word`, as written, a function word of `language` (read with [`Language::read_word`];
/// English by its stop list, units of time left out)? `buffers` are scratch space.
pub(crate) fn is_function_word_in(
    language: Language,
    word: &str,
    (lower, scratch): &mut (String, String),
) -> bool {
    if language == Language::English {
        return is_english_function_word(word);
    }
    language.read_word(word, lower, scratch) || language.is_function_word(lower)
}

/// Is `word` an English function word (`is_stop_word` of it lowercased), other than a unit of
/// time? ASCII words, nearly all, are lowercased on the stack. The term stage's stop list
/// has "year", "week" and "month", but around a figure they tell what it counts ("21 cases
/// for the whole year").
fn is_english_function_word(word: &str) -> bool {
    let time = |lower: &[u8]| is_unit_of_time(lower, Language::English);
    let b = word.as_bytes();
    if b.len() <= 16 && b.is_ascii() {
        let mut buf = [0u8; 16];
        for (to, from) in buf.iter_mut().zip(b) {
            *to = from.to_ascii_lowercase();
        }
        let lower = &buf[..b.len()];
        is_stop_word(lower) && !time(lower)
    } else {
        let lower = lowercase(word);
        is_stop_word(lower.as_bytes()) && !time(lower.as_bytes())
    }
}

/// Reads the figures of sentences, keeping its buffers from one sentence to the next.
pub(super) struct Reader<'a> {
    text: &'a str,
    /// The language whose figure words read the sentence
    /// ([`super::table_language`]).
    lang: Language,
    tokens: Vec<Piece>,
    /// The sentence's pieces lowercased, curly apostrophes written straight ([`Piece::low`]).
    lowered: String,
    /// A phrase of several pieces, lowercased and joined by spaces ([`Reader::roles`]).
    phrase: std::cell::Cell<String>,
    /// A word lowercased and stemmed ([`Reader::stem`]).
    stem: std::cell::Cell<Vec<u8>>,
    /// A word of another language than English as its rules read it, and a scratch buffer
    /// ([`Language::read_word`]).
    read: std::cell::Cell<(String, String)>,
}

impl<'a> Reader<'a> {
    pub(super) fn new() -> Self {
        Reader {
            text: "",
            lang: Language::English,
            tokens: Vec::new(),
            lowered: String::new(),
            phrase: std::cell::Cell::new(String::new()),
            stem: std::cell::Cell::new(Vec::new()),
            read: std::cell::Cell::new((String::new(), String::new())),
        }
    }

    /// Adds the figures of sentence `s` (at `span` of article `article`, whose text is `text`)
    /// to `out`, read with the figure words of `lang`.
    pub(super) fn sentence(
        &mut self,
        (text, lang): (&'a str, Language),
        span: Range<usize>,
        (s, article): (usize, usize),
        out: &mut Vec<Figure>,
    ) {
        self.text = text;
        self.lang = lang;
        let elisions = lang.rules().elisions;
        self.tokens.clear();
        let tokens = &mut self.tokens;
        let bytes = text.as_bytes();
        let mut scratch = String::new();
        word_pieces(&text[span.clone()], |r, kind| {
            let at = span.start + r.start..span.start + r.end;
            if at.is_empty() {
                return;
            }
            let word = kind == PieceKind::Word;
            // An elided article is a word of its own ("d'euros": "d'", "euros").
            let at = match elided(&text[at.clone()], elisions) {
                Some(n) if word => {
                    tokens.push(Piece::new(at.start..at.start + n, word, false));
                    at.start + n..at.end
                }
                _ => at,
            };
            // A number: digits, or a number written out.
            let number = word
                && (bytes[at.start].is_ascii_digit()
                    || is_written_number(&text[at.clone()], &mut scratch, lang));
            tokens.push(Piece::new(at, word, number));
        });
        // Each piece lowercased once, as most are looked up more than once: an ASCII sentence
        // at once, its pieces where they are written; another piece by piece.
        let lowered = &mut self.lowered;
        lowered.clear();
        let written = &text[span.clone()];
        if written.is_ascii() {
            lowered.push_str(written);
            lowered.make_ascii_lowercase();
            for t in tokens.iter_mut() {
                t.low = t.at.start - span.start..t.at.end - span.start;
            }
        } else {
            let straight = |c| if c == '’' { '\'' } else { lower(c) };
            for t in tokens.iter_mut() {
                let start = lowered.len();
                lowered.extend(text[t.at.clone()].chars().map(straight));
                t.low = start..lowered.len();
            }
        }
        let first = out.len();
        self.read(s, article, out);
        // A sentence in a language without figure words is read with English ones
        // ([`super::table_language`]), which mean nothing there ("177 millions de dollars"
        // taken as a count of "millions", "de" as context); so are sentences of another
        // language quoted in an article. The figures of one whose words are mostly not
        // function words of the language it is read in are dropped. Asked only of sentences
        // that gave figures, and only until the answer is known.
        if out.len() > first && !self.reads_as_its_language() {
            out.truncate(first);
        }
    }

    /// Is `word` a function word of the language the sentence is read in? An elided article
    /// ("d'") is one.
    fn is_function_word(&self, word: &str) -> bool {
        // English needs no buffers.
        if self.lang == Language::English {
            return is_english_function_word(word);
        }
        let mut buffers = self.read.take();
        let function = is_function_word_in(self.lang, word, &mut buffers);
        self.read.set(buffers);
        function
    }

    /// Are at least [`MIN_FUNCTION_PERCENT`] of the sentence's words (numbers left out)
    /// function words of its language, or is it too short to tell
    /// ([`MIN_WORDS_FOR_LANGUAGE`])? Stops looking up words once enough are function words,
    /// as most of a news sentence's first are.
    fn reads_as_its_language(&self) -> bool {
        let is_word = |t: &&Piece| t.word && !t.number;
        let words = self.tokens.iter().filter(is_word).count();
        if words < MIN_WORDS_FOR_LANGUAGE {
            return true;
        }
        // function * 100 >= words * MIN_FUNCTION_PERCENT, the least such count.
        let needed = (words * MIN_FUNCTION_PERCENT).div_ceil(100);
        self.tokens
            .iter()
            .filter(is_word)
            .filter(|t| self.is_function_word(&self.text[t.at.clone()]))
            .nth(needed.saturating_sub(1))
            .is_some()
    }

    /// [`Reader::sentence`] once its pieces are read.
    fn read(&self, s: usize, article: usize, out: &mut Vec<Figure>) {
        let r = self;
        let text = self.text;
        let first = out.len();
        let mut i = 0;
        while i < r.tokens.len() {
            if !r.may_be_number(i) {
                i += 1;
                continue;
            }
            match r.figure(i, s, article) {
                Some((figure, next)) => {
                    out.push(figure);
                    i = next.max(i + 1);
                }
                None => i = r.age_end(i).unwrap_or(i + 1),
            }
        }
        if out.len() > first {
            let (numbers, when) = (r.numbers(), r.when());
            if numbers.len() + when.len() > MAX_NUMBERS {
                out.truncate(first);
                return;
            }
            // What each other number of the sentence counts: the unit of the figure it is
            // in, the word glued to it by a hyphen ("14-feet-long"), or nothing said (0).
            let mut others: Vec<(usize, u64, u64)> = Vec::new();
            // An age ("aged 45", "aged between 35 and 75") differs from person to person:
            // it tells nothing of what the sentence's figures are of.
            let mut age_until = 0;
            for (k, value) in numbers {
                if k < age_until {
                    continue;
                }
                if let Some(end) = r.age_end(k) {
                    age_until = end;
                    continue;
                }
                let at = r.tokens[k].at.start;
                let (mut unit, mut value) = (0, value);
                for f in &out[first..] {
                    if f.span.start <= at && at < f.span.end {
                        unit = f.unit.key();
                        // In its dimension's base unit, as a conversion in another sentence
                        // is: "85 km" is not "85 miles".
                        if matches!(f.unit, Unit::Dimension(d) if d != Dimension::Temperature) {
                            value *= f.factor;
                        }
                    }
                }
                if unit == 0 && r.t(k + 1) == "-" && r.touches(k + 1) && r.touches(k + 2) {
                    unit = r.stem(r.t(k + 2));
                }
                others.push((at, unit, value.to_bits()));
            }
            // A figure in parentheses right after another is that one converted ("135 km (85
            // miles)"): not a figure of its own.
            let mut k = first;
            while k + 1 < out.len() {
                let between =
                    &text[out[k].span.end.min(out[k + 1].span.start)..out[k + 1].span.start];
                if between.trim() == "(" || between.trim() == "[" {
                    out.remove(k + 1);
                } else {
                    k += 1;
                }
            }
            for f in &mut out[first..] {
                f.when.clone_from(&when);
                // Its own numbers left out: both ends of a range ("three to 14 years").
                f.others.clear();
                for &(at, unit, value) in &others {
                    if at < f.span.start || at >= f.span.end {
                        f.others.extend([unit, value]);
                    }
                }
            }
        }
    }
}

impl Reader<'_> {
    /// [`super::word_hash`] of `word`, an English word's in the reader's buffer.
    fn stem(&self, word: &str) -> u64 {
        if self.lang != Language::English {
            let mut buffers = self.read.take();
            let hash = super::word_hash_in(word, self.lang, &mut buffers);
            self.read.set(buffers);
            return hash;
        }
        let mut buffer = self.stem.take();
        let hash = stem_hash_in(word, &mut buffer);
        self.stem.set(buffer);
        hash
    }

    fn t(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.at.clone()))
            .unwrap_or_default()
    }

    fn word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.word)
    }

    /// Piece `i` touches the piece before it (no white space between).
    fn touches(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i - 1].at.end == self.tokens[i].at.start
    }

    /// One more than the place in [`INSTANCE_WORDS`] of piece `i` ("today's" as "today") if
    /// it picks out one of several things of its kind, else 0.
    fn instance(&self, i: usize) -> u8 {
        let word = self.lower(i);
        // Lowercased, a curly apostrophe is straight.
        let word = word.strip_suffix("'s").unwrap_or(word).as_bytes();
        let mut place = 0;
        for listed in INSTANCE_WORDS.split_whitespace() {
            place += 1;
            if listed.as_bytes() == word {
                return place;
            }
        }
        0
    }

    /// If the number at piece `k` is an age ("aged 45", "aged between 35 and 75"): the piece
    /// after it, past the second end of a range.
    fn age_end(&self, k: usize) -> Option<usize> {
        if !matches!(self.phrase_before(k, 3), Some((Role::Age, _))) {
            return None;
        }
        let between = k > 0 && self.role_of(k - 1) == Some(Role::Between);
        Some(
            if self.joins_range(k + 1, between) && self.may_be_number(k + 2) {
                k + 3
            } else {
                k + 1
            },
        )
    }

    /// Whether piece `k` joins the two ends of a range: "and" after "between" ("between 10 and
    /// 12"), else a range word ("10 to 12", "10-12", "10 or 12").
    fn joins_range(&self, k: usize, between: bool) -> bool {
        if between {
            self.role_of(k) == Some(Role::And)
        } else {
            matches!(self.phrase_at(k, 1), Some((Role::Range, 1)))
        }
    }

    /// The role of piece `i` alone in the language data.
    fn role_of(&self, i: usize) -> Option<Role> {
        let roles = self.roles(i, 1)?;
        role_at(roles[0])
    }

    /// Piece `i` lowercased, a curly apostrophe written straight.
    fn lower(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.lowered.get(t.low.clone()))
            .unwrap_or_default()
    }

    /// [`Piece::roles`] of piece `from` (`None` past the last), those of phrases of up to
    /// `max` pieces looked up if they were not. A piece that cannot be a phrase of the
    /// language data, or open one, has none; one that opens none has only its own.
    fn roles(&self, from: usize, max: usize) -> Option<[u8; MAX_PHRASE]> {
        let piece = self.tokens.get(from)?;
        let mut roles = piece.roles.get();
        let max = max.min(MAX_PHRASE).min(self.tokens.len() - from);
        if roles[..max].iter().all(|&r| r != UNASKED) {
            return Some(roles);
        }
        let first = self.lower(from);
        if roles[0] == UNASKED {
            roles = [NO_ROLE; MAX_PHRASE];
            if may_have_role(self.t(from).as_bytes(), self.lang) {
                roles[0] = role_index(first.as_bytes(), self.lang).unwrap_or(NO_ROLE);
                if opens_phrase(first, self.lang) {
                    roles[1..].fill(UNASKED);
                }
            }
        }
        for n in 2..=max {
            if roles[n - 1] != UNASKED {
                continue;
            }
            // The pieces `from..from + n`, lowercased and joined by spaces.
            let mut phrase = self.phrase.take();
            phrase.clear();
            for k in from..from + n {
                if k > from {
                    phrase.push(' ');
                }
                phrase.push_str(self.lower(k));
            }
            let role = role_index(phrase.as_bytes(), self.lang);
            self.phrase.set(phrase);
            roles[n - 1] = role.unwrap_or(NO_ROLE);
        }
        piece.roles.set(roles);
        Some(roles)
    }

    /// The longest phrase of the language data that starts at piece `i`, of at most `max`
    /// pieces (at most [`MAX_PHRASE`]): its role and length.
    fn phrase_at(&self, i: usize, max: usize) -> Option<(Role, usize)> {
        let roles = self.roles(i, max)?;
        (1..=max.min(MAX_PHRASE))
            .rev()
            .find(|&n| roles.get(n - 1).is_some_and(|&r| r < NO_ROLE))
            .and_then(|n| Some((role_at(roles[n - 1])?, n)))
    }

    /// The longest phrase of the language data that ends just before piece `end`, of at most
    /// `max` pieces.
    fn phrase_before(&self, end: usize, max: usize) -> Option<(Role, usize)> {
        (1..=max.min(end)).rev().find_map(|n| {
            let roles = self.roles(end - n, n)?;
            Some((role_at(*roles.get(n - 1)?)?, n))
        })
    }

    /// Whether piece `p` is the day or the year of a date: plain digits right after a month
    /// or a weekday ("February 27", "May 2010").
    fn dated(&self, p: usize) -> bool {
        p > 0
            && self.t(p).bytes().all(|b| b.is_ascii_digit())
            && matches!(self.role_of(p - 1), Some(Role::Date))
    }

    fn starts_with_digit(&self, i: usize) -> bool {
        self.word(i) && self.t(i).as_bytes()[0].is_ascii_digit()
    }

    fn may_be_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.number)
    }

    /// The number at piece `i`: digits, or a number written out ("twenty-five").
    fn number(&self, i: usize) -> Option<Number> {
        if self.starts_with_digit(i) {
            return self.digits(i);
        }
        let Some(Role::Number(tens)) = self.role_of(i) else {
            return None;
        };
        // "twenty-five": tens, a hyphen and a unit, touching.
        if tens >= 20.0 && self.t(i + 1) == "-" && self.touches(i + 1) && self.touches(i + 2) {
            if let Some(Role::Number(unit)) = self.role_of(i + 2) {
                if unit < 10.0 {
                    return Some(Number {
                        value: tens + unit,
                        half: 0.5,
                        suffix: 0..0,
                        plain: false,
                        next: i + 3,
                    });
                }
            }
        }
        Some(Number {
            value: tens,
            half: 0.5,
            suffix: 0..0,
            plain: false,
            next: i + 1,
        })
    }

    /// Does piece `i` go on with the number before it, the thousands of a number grouped
    /// with spaces ("12 000", "1 234,5"), in a language that writes them so? Three digits
    /// (then perhaps a decimal comma and digits) one space after one to three digits.
    fn continues_group(&self, i: usize) -> bool {
        if SPACE_GROUPS & self.lang.bit() == 0 || i == 0 || i >= self.tokens.len() {
            return false;
        }
        let (this, before) = (self.t(i).as_bytes(), self.t(i - 1).as_bytes());
        let three = this.len() >= 3
            && this[..3].iter().all(u8::is_ascii_digit)
            && match &this[3..] {
                [] => true,
                [b',', rest @ ..] => !rest.is_empty() && rest.iter().all(u8::is_ascii_digit),
                _ => false,
            };
        let gap = self
            .text
            .get(self.tokens[i - 1].at.end..self.tokens[i].at.start)
            .unwrap_or_default();
        three
            && (1..=3).contains(&before.len())
            && before.iter().all(u8::is_ascii_digit)
            && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
    }

    /// A number written in digits, with thousands separators and a decimal mark as its
    /// language writes them ("1,200.5"; "1.200,5", "1 200,5"), and the letters written on it
    /// ("40m").
    fn digits(&self, i: usize) -> Option<Number> {
        if self.continues_group(i) {
            return None;
        }
        let (group_mark, decimal_mark) = if DECIMAL_COMMA & self.lang.bit() != 0 {
            (b'.', b',')
        } else {
            (b',', b'.')
        };
        let at = &self.tokens[i].at;
        let b = self.t(i).as_bytes();
        let (mut mantissa, mut digits, mut decimals) = (0u64, 0u32, None::<u32>);
        let (mut commas, mut group) = (0, 0);
        let mut end = b.len();
        for (k, &c) in b.iter().enumerate() {
            match c {
                b'0'..=b'9' => {
                    if digits == 0 && c == b'0' && decimals.is_none() {
                        // Leading zeros are not significant ("0123").
                    } else {
                        digits += 1;
                    }
                    if digits > MAX_DIGITS {
                        return None;
                    }
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    group += 1;
                    if let Some(d) = &mut decimals {
                        *d += 1;
                    }
                }
                c if c == group_mark && decimals.is_none() => {
                    // Groups of three after the first of one to three.
                    if (commas == 0 && !(1..=3).contains(&group)) || (commas > 0 && group != 3) {
                        return None;
                    }
                    commas += 1;
                    group = 0;
                }
                c if c == decimal_mark
                    && decimals.is_none()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    if commas > 0 && group != 3 {
                        return None;
                    }
                    decimals = Some(0);
                }
                c if c.is_ascii_alphabetic() => {
                    end = k;
                    break;
                }
                _ => return None,
            }
        }
        if commas > 0 && decimals.is_none() && group != 3 {
            return None;
        }
        if !b[end..].iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        // Thousands grouped with spaces: pieces of their own.
        let mut next = i + 1;
        if end == b.len() && commas == 0 && decimals.is_none() {
            while self.continues_group(next) {
                let g = self.t(next).as_bytes();
                for &c in g.iter().filter(|c| c.is_ascii_digit()) {
                    mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
                    digits += u32::from(mantissa != 0);
                }
                // "000,5": the digits after the comma are decimals.
                if g.len() > 3 {
                    decimals = Some((g.len() - 4) as u32);
                }
                if digits > MAX_DIGITS {
                    return None;
                }
                next += 1;
                if decimals.is_some() {
                    break;
                }
            }
        }
        let grouped = next > i + 1;
        let decimals = decimals.unwrap_or(0);
        let value = mantissa as f64 / 10f64.powi(decimals as i32);
        let half = if decimals > 0 {
            0.5 / 10f64.powi(decimals as i32)
        } else {
            let mut zeros = 0;
            let mut m = mantissa;
            while m != 0 && m % 10 == 0 {
                zeros += 1;
                m /= 10;
            }
            // A round number ("200", "15,000") is as precise as a reporter rounds: a quarter
            // of its last non-zero digit's place either way.
            if zeros >= 2 {
                0.25 * 10f64.powi(zeros)
            } else {
                0.5
            }
        };
        Some(Number {
            value,
            half,
            suffix: at.start + end..at.end,
            plain: !grouped && commas == 0 && b[..end].iter().all(u8::is_ascii_digit),
            next,
        })
    }

    /// Every number of the sentence but years: the piece it starts at, and its value.
    fn numbers(&self) -> Vec<(usize, f64)> {
        (0..self.tokens.len())
            .filter(|&k| self.may_be_number(k))
            .filter_map(|k| {
                let n = self.number(k)?;
                let year =
                    n.plain && n.value.fract() == 0.0 && (1800.0..=2100.0).contains(&n.value);
                (!year).then_some((k, n.value))
            })
            .collect()
    }

    /// The times the sentence names ([`Figure::when`]).
    fn when(&self) -> Vec<u64> {
        let mut when: Vec<u64> = Vec::new();
        // A time before the story's own, anywhere in the sentence.
        let mut past = false;
        for (k, piece) in self.tokens.iter().enumerate() {
            if !piece.word {
                continue;
            }
            let t = self.text.get(piece.at.clone()).unwrap_or_default();
            let b = t.as_bytes();
            // A year or a clock time is digits; a month, a weekday or a time before the
            // story's own is none.
            if b.first().is_some_and(u8::is_ascii_digit) {
                if let Some(year) = (b.len() == 4 && b.iter().all(u8::is_ascii_digit))
                    .then(|| t.parse::<u64>().ok())
                    .flatten()
                {
                    if (1800..=2100).contains(&year) {
                        when.push(year);
                    }
                } else if let Some(at) = b.iter().position(|&c| c == b':').filter(|&at| {
                    // A clock time ("02:41", "20:36:08" as "20:36"; the text's segmentation
                    // keeps one a piece): two events at two times ("an aftershock at 02:41",
                    // "another at 20:36") are two.
                    (1..=2).contains(&at)
                        && t.len() >= at + 3
                        && b.iter().all(|&c| c.is_ascii_digit() || c == b':')
                }) {
                    when.push(CLOCK | self.stem(&t[..at + 3]));
                }
                continue;
            }
            if (3..=9).contains(&t.len())
                && (b[0].is_ascii_uppercase() || CAPITALIZED_DATES & self.lang.bit() == 0)
                && matches!(self.role_of(k), Some(Role::Date))
            {
                when.push(self.stem(t));
            }
            past = past
                || may_open_past(b, self.lang)
                    && matches!(self.phrase_at(k, 4), Some((Role::Past, _)));
        }
        if past {
            when.push(super::PAST);
        }
        sort_keys(&mut when);
        when.dedup();
        when
    }

    /// Whether piece `p` is preceded only by marks: the sentence's first word.
    fn first_word(&self, p: usize) -> bool {
        (0..p).all(|k| !self.word(k))
    }

    /// The figure whose number is at piece `i`, and the piece after it.
    fn figure(&self, i: usize, sentence: usize, article: usize) -> Option<(Figure, usize)> {
        let n = self.number(i)?;
        let (mut value, mut half) = (n.value, n.half);
        let mut k = n.next;
        // Before the number: a unit written there, then what qualifies it, or what makes it
        // no quantity. The units written before a number are currencies ("$3", "€40m") and
        // magnitudes ("a magnitude 6.1 quake", "un séisme de magnitude 8,8").
        let mut start = i;
        let mut written_before = None;
        if let Some((Role::Currency(d) | Role::Unit(d @ Dimension::Magnitude, _, _), len)) =
            self.phrase_before(start, 2)
        {
            written_before = Some((d, self.tokens[start - len].at.start));
            start -= len;
        }
        let mut qualifier = Qualifier::Exact;
        let mut between = false;
        // After a word that makes a percentage a change ("by 70 percent").
        let mut change = false;
        // After a word that also means "from" ("passé de 10 à 12"): the start of a change
        // when a range follows.
        let mut of = false;
        // After a capitalized word: a name's number unless its unit is a dimension's.
        let mut named = false;
        if start > 0 {
            let p = start - 1;
            let mark = self.t(p);
            if !self.word(p) {
                // "COVID-19", "F-35": a name.
                let named = matches!(mark, "-" | "‐")
                    && self.touches(start)
                    && p > 0
                    && self.word(p - 1)
                    && self.touches(p);
                if named
                    || matches!(mark, "[" | "#" | "№" | "/" | "@")
                    || mark == "." && p > 0 && self.lower(p - 1) == "no"
                {
                    return None;
                }
            } else {
                match self.phrase_before(start, 3) {
                    Some((role, len)) => {
                        qualifier = match role {
                            Role::About => Qualifier::About,
                            Role::Nearly => Qualifier::Nearly,
                            Role::UpTo => Qualifier::UpTo,
                            Role::AtLeast => Qualifier::AtLeast,
                            Role::AtMost => Qualifier::AtMost,
                            Role::Between => {
                                between = true;
                                Qualifier::Exact
                            }
                            Role::From
                            | Role::Date
                            | Role::Age
                            | Role::Ratio
                            | Role::Ago
                            | Role::Number(_) => return None,
                            Role::Of => {
                                of = true;
                                Qualifier::Exact
                            }
                            Role::Change => {
                                change = true;
                                Qualifier::Exact
                            }
                            _ => Qualifier::Exact,
                        };
                        if qualifier != Qualifier::Exact || between {
                            start -= len;
                            // "by at least 50 percent": a change, qualified.
                            if start > 0
                                && matches!(self.phrase_before(start, 3), Some((Role::Change, _)))
                            {
                                change = true;
                            }
                        }
                    }
                    None => {
                        let first = self.t(p).chars().next().unwrap_or(' ');
                        // "Boeing 737", "Route 66": a name (at a sentence's start, where every
                        // word is capitalized, it may be none), unless a unit of a dimension
                        // follows ("the Atlantic Ocean 910 kilometres from the coast"). A
                        // number just before: a phone number or a list of numbers, unless it
                        // is a date's day or year ("the February 27 8.8 earthquake").
                        if first.is_ascii_digit() && !self.dated(p) {
                            return None;
                        }
                        named = first.is_uppercase() && !self.first_word(p);
                    }
                }
            }
        }
        // Letters written on the number: a unit ("20km", "30C"), a multiplier after a
        // currency ("€40m"); anything else ("12th", "1990s", "4G") is no quantity.
        let mut unit: Option<(Unit, f64, f64, Range<usize>)> = written_before
            .map(|(d, at)| (Unit::Dimension(d), 1.0, 0.0, at..self.tokens[i - 1].at.end));
        let mut multiplied = false;
        if !n.suffix.is_empty() {
            match role(&lowercase(&self.text[n.suffix.clone()]), self.lang) {
                Some(Role::Multiplier(m)) if written_before.is_some() => {
                    value *= m;
                    half *= m;
                    multiplied = true;
                }
                Some(Role::Unit(d, f, o)) if written_before.is_none() => {
                    unit = Some((Unit::Dimension(d), f, o, n.suffix.clone()));
                }
                _ => return None,
            }
        }
        // A multiplier word: "1.5 million"; the short forms only after a currency ("$3 m").
        if !multiplied {
            if let Some((Role::Multiplier(m), 1)) = self.phrase_at(k, 1) {
                if self.t(k).len() > 2 || written_before.is_some() {
                    value *= m;
                    half = if n.half < 1.0 && n.value.fract() == 0.0 {
                        // "2 million" is as round as "2,000,000".
                        0.25 * m
                    } else {
                        half * m
                    };
                    multiplied = true;
                    k += 1;
                    // "millions de dollars", "millions d'euros".
                    if self.role_of(k) == Some(Role::Of) {
                        k += 1;
                    }
                }
            }
        }
        // A range: "10 to 12", "10-12", "between 10 and 12".
        let mut high_value = value;
        let unit_on_number = unit.is_some() && written_before.is_none();
        if !unit_on_number && self.joins_range(k, between) && self.may_be_number(k + 1) {
            if of {
                return None;
            }
            let second = self.number(k + 1)?;
            if !second.suffix.is_empty() {
                return None;
            }
            let mut hi = second.value;
            let mut next = second.next;
            if let Some((Role::Multiplier(m), 1)) = self.phrase_at(next, 1) {
                if self.t(next).len() > 2 || written_before.is_some() {
                    hi *= m;
                    if !multiplied {
                        value *= m;
                        half *= m;
                    }
                    next += 1;
                }
            } else if multiplied {
                hi *= value / n.value.max(f64::MIN_POSITIVE);
            }
            if hi <= value {
                return None;
            }
            high_value = hi;
            k = next;
        } else if between {
            return None;
        }
        if unit.is_none() {
            // "20-hour": the unit joined by a hyphen.
            let mut u = k;
            if matches!(self.t(u), "-" | "‐") && self.touches(u) && self.touches(u + 1) {
                u += 1;
            }
            if let Some((role, len)) = self.phrase_at(u, 3) {
                match role {
                    Role::Unit(d, f, o) => {
                        unit = Some((
                            Unit::Dimension(d),
                            f,
                            o,
                            self.tokens[u].at.start..self.tokens[u + len - 1].at.end,
                        ));
                        k = u + len;
                    }
                    // A currency written after the number ("40 €"), as the languages that
                    // write a decimal comma do.
                    Role::Currency(d) if u == k && DECIMAL_COMMA & self.lang.bit() != 0 => {
                        let at = self.tokens[u].at.start..self.tokens[u + len - 1].at.end;
                        unit = Some((Unit::Dimension(d), 1.0, 0.0, at));
                        k = u + len;
                    }
                    Role::Date | Role::Time | Role::Ordinal | Role::NoUnit => return None,
                    // "45-Jährige".
                    Role::Age if u > k => return None,
                    _ => {}
                }
            }
            if unit.is_none() {
                // The noun it counts: a lowercase content word, after at most two words that
                // only describe it ("seven different tests", "two completely new").
                for _ in 0..2 {
                    let w = self.lower(u);
                    if self.word(u + 1)
                        && (w.ends_with("ly") || self.role_of(u) == Some(Role::Describes))
                    {
                        u += 1;
                    }
                }
                if !self.word(u) {
                    return None;
                }
                let noun = self.t(u);
                let lower = self.lower(u);
                // Nouns are lowercase, but in a language that capitalizes them ("12 Menschen").
                let capitalized = CAPITALIZED_NOUNS & self.lang.bit() != 0;
                if noun
                    .chars()
                    .next()
                    .is_some_and(|c| !(c.is_lowercase() || capitalized && c.is_uppercase()))
                    || !noun.chars().all(char::is_alphabetic)
                    || noun.chars().count() < 2
                    || self.is_function_word(lower)
                {
                    return None;
                }
                // "45 years old", "a 45-year-old": an age.
                if matches!(lower, "year" | "years") {
                    let after = if matches!(self.t(u + 1), "-" | "‐") {
                        u + 2
                    } else {
                        u + 1
                    };
                    if self.lower(after) == "old" {
                        return None;
                    }
                }
                unit = Some((
                    Unit::Noun(self.stem(noun)),
                    1.0,
                    0.0,
                    self.tokens[u].at.clone(),
                ));
                k = u + 1;
            }
        }
        let (mut unit, factor, offset, unit_span) = unit?;
        if named && !matches!(unit, Unit::Dimension(_)) {
            return None;
        }
        // What follows the unit may make it an age ("45 years old", "a 45-year-old"), another
        // quantity (an attribute: "7.5-foot-wide", "4.5-inch-thick"; a rate: "30 miles a
        // day"), or a point in time ("10 days ago").
        let attached = if matches!(self.t(k), "-" | "‐") {
            k + 1
        } else {
            k
        };
        if matches!(self.phrase_at(attached, 2), Some((Role::Age, _))) {
            return None;
        }
        // A number of years after a word that joins it to a person ("une femme de 45 ans"),
        // or between commas after a name ("Jean Dupont, 45 ans, ..."): an age.
        if unit == Unit::Dimension(Dimension::Duration)
            && factor == YEAR
            && start == i
            && i > 0
            && (self.role_of(i - 1) == Some(Role::Of)
                || self.t(i - 1) == "," && matches!(self.t(k), "," | ")"))
        {
            return None;
        }
        if matches!(self.t(k), "-" | "‐")
            && self.touches(k)
            && self.touches(k + 1)
            && self.word(k + 1)
        {
            unit = Unit::Noun(unit.key().rotate_left(17) ^ self.stem(self.t(k + 1)));
            k += 2;
        } else if self.word(k + 1)
            && match self.role_of(k) {
                Some(Role::Per) => true,
                Some(Role::PerDuration) => matches!(
                    self.phrase_at(k + 1, 1),
                    Some((Role::Unit(Dimension::Duration, _, _), 1))
                ),
                _ => false,
            }
        {
            unit = Unit::Noun(unit.key().rotate_left(29) ^ self.stem(self.t(k + 1)));
            k += 2;
        } else if matches!(self.phrase_at(k, 1), Some((Role::Relative, 1))) {
            return None;
        }
        // A duration in parts ("3 hours 51 minutes", "five hours, 34 minutes and 28
        // seconds"): one value, as precise as its last part.
        if unit == Unit::Dimension(Dimension::Duration)
            && qualifier == Qualifier::Exact
            && high_value == value
        {
            let mut smallest = factor;
            for _ in 0..2 {
                let mut j = k;
                if self.t(j) == "," || self.role_of(j) == Some(Role::And) {
                    j += 1;
                }
                let Some(part) = self.number(j).filter(|p| p.suffix.is_empty()) else {
                    break;
                };
                let Some((Role::Unit(Dimension::Duration, f, _), len)) =
                    self.phrase_at(part.next, 2)
                else {
                    break;
                };
                // Each part less than one of the unit before it: "8 years and 18 months"
                // are two figures.
                if f >= smallest || part.value * f >= smallest {
                    break;
                }
                value += part.value * f / factor;
                half = part.half * f / factor;
                high_value = value;
                smallest = f;
                k = part.next + len;
            }
        }
        // A year: "in 2019 police said".
        if n.plain
            && !multiplied
            && written_before.is_none()
            && unit != Unit::Dimension(Dimension::Percent)
            && value.fract() == 0.0
            && (1800.0..=2100.0).contains(&value)
        {
            return None;
        }
        // A percentage that is a change ("by 70 percent", "30 percent more likely") is
        // another quantity than a share ("15 percent of patients", "approved by 86% of
        // investors").
        if unit == Unit::Dimension(Dimension::Percent) {
            let after = self.phrase_at(k, 1);
            if (change || matches!(after, Some((Role::Change, 1))))
                && !matches!(after, Some((Role::Share | Role::Of, 1)))
            {
                unit = Unit::Noun(unit.key().rotate_left(7) ^ CHANGE);
            }
        }
        let (low, high) = match qualifier {
            _ if high_value > value => (value - half, high_value + half),
            Qualifier::Exact => (value - half, value + half),
            Qualifier::About => {
                let h = half.max(0.1 * value.abs());
                (value - h, value + h)
            }
            // "nearly 20" is 17 to 20; "up to 24", a maximum that is reached, 21.6 to 24.
            Qualifier::Nearly => (0.85 * value, value + half),
            Qualifier::UpTo => (0.9 * value, value + half),
            // "more than 200" is 200 to 300 as news writes it: a reporter who knew of 400
            // would say so.
            Qualifier::AtLeast => (value - half, value * AT_LEAST_SPAN + half),
            Qualifier::AtMost => (value / AT_LEAST_SPAN - half, value + half),
        };
        let base = |v: f64| {
            if v.abs() == f64::MAX {
                v
            } else {
                v * factor + offset
            }
        };
        let bounds = match qualifier {
            _ if high_value > value => Bounds::Range,
            Qualifier::AtLeast => Bounds::AtLeast,
            Qualifier::AtMost => Bounds::AtMost,
            _ => Bounds::Value,
        };
        let precision = half * factor;
        let (low, high) = (base(low), base(high));
        if !(value.is_finite() && low.is_finite() && high.is_finite()) {
            return None;
        }
        let core_start = if written_before.is_some() {
            unit_span.start.min(self.tokens[i].at.start)
        } else {
            self.tokens[i].at.start
        };
        let end = self.tokens[k - 1].at.end.max(unit_span.end);
        let figure = Figure {
            sentence,
            article,
            span: self.tokens[start].at.start..end,
            core: core_start..end,
            value,
            unit,
            unit_span,
            factor,
            low,
            high,
            bounds,
            precision,
            near: Vec::new(),
            before: 0,
            directions: 0,
            place: 0,
            when: Vec::new(),
            others: Vec::new(),
        };
        let mut figure = figure;
        (figure.near, figure.before) = self.near(start, k);
        (figure.directions, figure.place) =
            super::directions(self.text, &figure.near[figure.before..], self.lang);
        if start > 0 && self.word(start - 1) {
            figure.directions |= self.instance(start - 1) << 5;
        }
        Some((figure, k))
    }

    /// The stemmed content words of the clause around the figure at pieces `start..end`, up
    /// to [`NEAR_WORDS`] on each side, stopping at punctuation that ends a clause and at
    /// another number. The figure converted in brackets right after it is skipped: "190
    /// miles (306 km) off the coast" is off the coast, "1,200km [745 miles] north-east of
    /// Natal" north-east of Natal.
    fn near(&self, start: usize, end: usize) -> (Near, usize) {
        let mut near = Vec::with_capacity(2 * NEAR_WORDS);
        self.near_side((start.saturating_sub(NEAR_PIECES)..start).rev(), &mut near);
        let before = near.len();
        let after = self.past_conversion(end);
        self.near_side(
            after..(after + NEAR_PIECES).min(self.tokens.len()),
            &mut near,
        );
        (near, before)
    }

    /// The piece after the brackets that open at piece `i` with a number ("(306 km)", "[745
    /// miles]") and close within [`NEAR_PIECES`]; `i` if there are none.
    fn past_conversion(&self, i: usize) -> usize {
        let close = match self.t(i) {
            "(" => ")",
            "[" => "]",
            _ => return i,
        };
        if !self.may_be_number(i + 1) {
            return i;
        }
        (i + 2..(i + NEAR_PIECES).min(self.tokens.len()))
            .find(|&k| self.t(k) == close)
            .map_or(i, |k| k + 1)
    }

    /// Adds the content words of pieces `pieces` to `near`, in that order, up to
    /// [`NEAR_WORDS`]: hyphens and apostrophes join words, other marks end the clause, and
    /// so does a number.
    fn near_side(&self, pieces: impl Iterator<Item = usize>, near: &mut Near) {
        let mut found = 0;
        for k in pieces {
            if !self.word(k) {
                if matches!(self.t(k), "-" | "‐" | "'" | "’") {
                    continue;
                }
                break;
            }
            if self.may_be_number(k) {
                break;
            }
            let w = self.t(k);
            if w.chars().count() >= 2 && !self.is_function_word(w) {
                near.push((self.stem(w), self.tokens[k].at.clone()));
                found += 1;
                if found == NEAR_WORDS {
                    break;
                }
            }
        }
    }
}

/// The length in bytes of the elided article that `word` starts with ("d'" of "d'euros",
/// "l’" of "l’armée"), one of `elisions` (lowercase, straight apostrophe), when a word
/// follows it.
fn elided(word: &str, elisions: &[&str]) -> Option<usize> {
    if elisions.is_empty() {
        return None;
    }
    let (at, apostrophe) = word.char_indices().find(|(_, c)| matches!(c, '\'' | '’'))?;
    let end = at + apostrophe.len_utf8();
    let head = word.get(..at)?;
    (end < word.len()
        && elisions
            .iter()
            .any(|e| e.len() == at + 1 && e[..at].eq_ignore_ascii_case(head)))
    .then_some(end)
}
