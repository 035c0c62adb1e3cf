//! Stage 3, [`Sentence`]s → [`Terms`]: the concepts each sentence mentions.
//!
//! Heuristic:
//! - Words are UAX #29 words (`unicode-segmentation`, or the equivalent fast path in
//!   `segment`; clock times and scores such as "6:10" are one word), lowercased, curly
//!   apostrophes made straight, possessive "'s" dropped, then stemmed with the inflectional part of Porter's
//!   algorithm (steps 1a–1c: "closed", "closing", "closes" → "close"). Every distinct word is
//!   lowercased and stemmed once and interned as a number.
//! - Concepts are: content words (not English stop words, not single Latin letters), numbers
//!   ("1,200" = "1200", "Fourteen" = "14"), and bigrams of consecutive content words within
//!   a clause (stop words skipped, punctuation breaks the chain: "closed the pier" →
//!   `close pier`).
//! - A concept that appears capitalized away from the start of a sentence is name-like; the
//!   key facts prefer names and numbers.
//! - Words of scripts without spaces (Chinese, Japanese) are single characters under UAX #29,
//!   so their concepts are characters and character pairs: coarse, but agreement still shows.
//!
//! Known miss: no synonyms or derivations: "the collapse" and "collapsed" match (both stem to
//! `collaps`), "crane operator" and "the man operating the crane" do not.

mod stem;

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;
use crate::sentence::Sentence;
use crate::text::case::{lower_word, lowercase as lower_case};
use crate::text::function_words::is_stop_word;
use crate::text::hash::FxHashMap;
use crate::text::segment::{word_pieces, Piece, HIGH};
use crate::text::words::{is_headline_case, sentence_shape, Case};
use crate::Article;
use stem::porter_step1_in_place;

/// What a concept is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConceptKind {
    /// One content word (stemmed).
    Word,
    /// Two consecutive content words (stemmed).
    Bigram,
    /// A number.
    Number,
    /// A function word of a language other than English ([`crate::lang`]): weighed little,
    /// never a key fact.
    Function,
    /// A content word and a function word beside it ("pont du"), in languages other than
    /// English: weighed as a bigram, never a key fact.
    FunctionPair,
}

impl ConceptKind {
    /// A content word or a pair of content words: what two sentences about one fact share.
    pub(crate) fn is_content(self) -> bool {
        matches!(self, ConceptKind::Word | ConceptKind::Bigram)
    }
}

/// The concepts of every sentence, interned.
#[derive(Debug, Default)]
pub(crate) struct Terms {
    /// Per concept id: its kind.
    pub kind: Vec<ConceptKind>,
    /// Per concept id: where it was first written (article, byte range), for display.
    pub surface: Vec<(usize, Range<usize>)>,
    /// Per concept id: seen capitalized away from a sentence start (a name).
    pub name_like: Vec<bool>,
    /// Per concept id: a word concept written in lowercase somewhere (a common word, even
    /// where a title capitalizes it: "Police Chief Ana Ruiz" beside "police said").
    pub lowercase: Vec<bool>,
    /// Concept ids of all sentences, one run per sentence, each in order of first mention
    /// and without repeats.
    ids: Vec<u32>,
    /// `ids[offsets[s]..offsets[s + 1]]` are sentence `s`'s concepts.
    offsets: Vec<usize>,
}

impl Terms {
    /// The concept ids of sentence `s`.
    pub fn of(&self, s: usize) -> &[u32] {
        &self.ids[self.offsets[s]..self.offsets[s + 1]]
    }

    /// Number of distinct concepts.
    pub fn len(&self) -> usize {
        self.kind.len()
    }

    /// Notes one mention of concept `id` at `at` (article, byte range): a new concept if `id`
    /// is the next id; a name-like mention of a known one becomes its surface form.
    // Always inlined: it runs for every content word and pair, and as a call it was 4% of
    // the pipeline.
    #[inline(always)]
    fn record(
        &mut self,
        id: u32,
        kind: ConceptKind,
        at: (usize, Range<usize>),
        (name, lower): (bool, bool),
    ) {
        let i = id as usize;
        if i == self.kind.len() {
            self.kind.push(kind);
            self.surface.push(at);
            self.name_like.push(name);
            self.lowercase.push(lower);
        } else {
            if name && !self.name_like[i] {
                self.name_like[i] = true;
                self.surface[i] = at;
            }
            self.lowercase[i] |= lower;
        }
    }
}

/// The previous content word of a clause, for bigrams.
#[derive(Clone, Copy)]
struct Previous {
    word: u32,
    start: usize,
    capitalized: bool,
    content: bool,
}

/// Builds the concepts of all `sentences`, and measures each one as it reads its words: its
/// length in words as budgets count them and whether it is in headline case
/// ([`Sentence::words`], [`Sentence::headline_case`]; one pass over the text instead of two).
///
/// `languages`: each article's language, whose rules read its words (English: Porter's first
/// step and `data/en/function_words.txt`; others: [`crate::lang::Rules`]).
#[cfg(test)]
pub(crate) fn terms(
    articles: &[Article],
    languages: &[Language],
    sentences: &mut [Sentence],
) -> Terms {
    terms_and_focus(articles, (languages, 1), sentences, None).0
}

/// [`terms`], and the concepts that the reader's `focus` names: its content words, numbers
/// and pairs that the articles have, read with the rules of the articles' most common
/// language (looked up, never added; at most [`FOCUS_MAX_WORDS`] words read).
pub(crate) fn terms_and_focus<'a>(
    articles: &'a [Article],
    (languages, sources): (&[Language], usize),
    sentences: &mut [Sentence],
    focus: Option<&'a str>,
) -> (Terms, Vec<u32>) {
    // Sized from the text up front: growing these maps from empty (rehashing) was a tenth of
    // the stage, and oversizing them costs memory the allocator returns to the system and
    // takes back on every call. Five news articles have about one distinct way of writing a
    // word per 20 bytes of sentences (the table's 7/8 load and power-of-two size make
    // `bytes / 24` room for that), one stem per 25, one concept per 8; longer inputs repeat
    // more. The concept vectors grow as they must: sizing them up front too saved 1.7% of
    // the instructions but moved the heap's layout so that glibc gave its top back to the
    // system after every call (0.17 ms of system time per call on the bench cluster).
    let bytes: usize = sentences.iter().map(|s| s.span.len()).sum();
    let mut b = Builder {
        raw: map_with_capacity(0),
        raw_short: map_with_capacity(bytes / 24),
        stems: map_with_capacity(0),
        stems_short: map_with_capacity(bytes / 24),
        unigrams: Vec::with_capacity(bytes / 20),
        bigrams: map_with_capacity(bytes / 16),
        lower: String::new(),
        stem: Vec::new(),
        last_sentence: Vec::new(),
        language: Language::English,
        parked: Vec::new(),
        scratch: String::new(),
        pair_english: sources >= MANY_SOURCES,
    };
    let mut terms = Terms {
        offsets: vec![0],
        ..Terms::default()
    };
    for sentence in sentences.iter_mut() {
        let text = &articles[sentence.article].text;
        let language = languages
            .get(sentence.article)
            .copied()
            .unwrap_or(Language::English);
        if language != b.language {
            b.switch(language);
        }
        let shape = b.sentence(text, sentence, &mut terms);
        (sentence.words, sentence.headline_case) =
            shape.unwrap_or_else(|| sentence_shape(&text[sentence.span.clone()]));
        terms.offsets.push(terms.ids.len());
    }
    if languages.contains(&Language::Unknown) {
        frequent_words_are_function_words(articles, languages, sentences, &mut terms);
    }
    let named = match focus.filter(|f| !f.trim().is_empty()) {
        Some(focus) => {
            let language =
                crate::lang::most_common(languages.iter().copied()).unwrap_or(Language::English);
            if language != b.language {
                b.switch(language);
            }
            b.named(focus, &terms)
        }
        None => Vec::new(),
    };
    (terms, named)
}

/// A story told by at least this many independent sources has its English read as other
/// languages are: function words weak concepts, each paired with the content word beside
/// it ("the bridge", "bridge was"). Many sources repeat a story's wording (wire copy,
/// agency quotes), and its pairs are then worth counting, as ROUGE-2 counts them; two or
/// three rewrite it, and the pairs are noise. Measured (docs/quality.md): MultiLing's
/// English clusters (10 sources) gain 1.75 ROUGE-2 at 250 words, the one Multi-News
/// development cluster of 9 articles 6.3 (5.9 to 12.2); from 6 articles on, Multi-News
/// loses 0.08.
pub(crate) const MANY_SOURCES: usize = 8;

/// The most words of a reader's focus that are read (its first twice as many UAX #29 pieces,
/// spaces and marks included): a question or a few words need far fewer, and a pasted
/// paragraph is read no further.
pub(crate) const FOCUS_MAX_WORDS: usize = 200;

/// Of text in a language without rules, the short words that most of its sentences use are
/// its function words: they become [`ConceptKind::Function`], as a known language's are. A
/// word is one when it has at most [`FREQUENT_MAX_CHARS`] characters and is in at least
/// [`FREQUENT_SHARE`] of those sentences (and three).
fn frequent_words_are_function_words(
    articles: &[Article],
    languages: &[Language],
    sentences: &[Sentence],
    terms: &mut Terms,
) {
    let mut count = vec![0u32; terms.len()];
    let mut n = 0u32;
    for (s, sentence) in sentences.iter().enumerate() {
        if languages.get(sentence.article) != Some(&Language::Unknown) {
            continue;
        }
        n += 1;
        for &c in terms.of(s) {
            count[c as usize] += 1;
        }
    }
    let least = (f64::from(n) * FREQUENT_SHARE).ceil().max(3.0) as u32;
    for (c, &k) in count.iter().enumerate() {
        if k >= least && terms.kind[c] == ConceptKind::Word {
            let (a, span) = &terms.surface[c];
            let short = articles[*a]
                .text
                .get(span.clone())
                .is_some_and(|w| w.chars().count() <= FREQUENT_MAX_CHARS);
            if short {
                terms.kind[c] = ConceptKind::Function;
            }
        }
    }
}

/// Share of a language's sentences a word without rules must be in to count as a function
/// word ([`frequent_words_are_function_words`]). Measured with every MultiLing 2011 language
/// read as unknown (`--language und`): mean ROUGE-2 of the seven 22.93 without the rule, 23.40,
/// 23.35 and 23.16 with shares of 0.1, 0.2 and 0.3 at 250 words; 17.62, 17.72, 17.94 and 17.67
/// at 100.
const FREQUENT_SHARE: f64 = 0.2;
/// Longest function word of a language without rules, in characters.
const FREQUENT_MAX_CHARS: usize = 4;

/// A [`short_key`]: two words rather than a `u128`, whose 16-byte alignment made each map
/// entry 32 bytes instead of 24.
type ShortKey = (u64, u64);

/// An ASCII word of 1 to 15 bytes as two integers, exact: its bytes in fixed-size reads
/// (no loop, no variable-length copy) and its length in the top byte. `None` for other words.
#[inline]
fn short_key(b: &[u8]) -> Option<ShortKey> {
    let n = b.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
    let u64_at = |i: usize| {
        u64::from_le_bytes([
            b[i],
            b[i + 1],
            b[i + 2],
            b[i + 3],
            b[i + 4],
            b[i + 5],
            b[i + 6],
            b[i + 7],
        ])
    };
    // `low` and `high` hold every byte: bytes 0–7 and 8 on, or 0–3 and 4 on (the tail
    // read ending at the last byte and shifted down past the bytes already held), or the
    // first, middle and last byte, which with the length are the whole word.
    let (low, high) = match n {
        1..=3 => (
            u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
            0,
        ),
        4..=8 => (u32_at(0) | (u32_at(n - 4) >> (8 * (8 - n))) << 32, 0),
        9..=15 => (u64_at(0), u64_at(n - 8) >> (8 * (16 - n))),
        _ => return None,
    };
    ((low | high) & HIGH == 0).then_some((low, high | (n as u64) << 56))
}

/// Entry `i` of a vector indexed by word or concept id, `u32::MAX` until set. Ids are made one
/// at a time and used at once, so a new id is the vector's length: one push, not a resize
/// (a call, which in the per-word path cost 4%).
#[inline(always)]
fn slot(v: &mut Vec<u32>, i: usize) -> &mut u32 {
    if i >= v.len() {
        if i > v.len() {
            v.resize(i, u32::MAX);
        }
        v.push(u32::MAX);
    }
    &mut v[i]
}

/// A map sized for `n` entries, at most 32,768: a large input repeats its words, and its maps
/// grow as they must instead of reserving memory for a guess.
fn map_with_capacity<K, V>(n: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(n.min(1 << 15), Default::default())
}

struct Builder<'a> {
    /// Whether English function words are read as other languages' are ([`MANY_SOURCES`]).
    pair_english: bool,
    /// Word exactly as written → (word id, is content, is number): most words repeat, and
    /// this lookup needs no lowercasing.
    raw: FxHashMap<Cow<'a, str>, (u32, bool, bool)>,
    /// [`Builder::raw`] for ASCII words of at most 15 bytes (nearly all), keyed by
    /// [`short_key`]: hashed and compared as two integers.
    raw_short: FxHashMap<ShortKey, (u32, bool, bool)>,
    /// Stem → word id: words with one stem share an id. (The flags are unused: a map of
    /// [`Builder::raw`]'s type, because each key and value type of a map is its own copy of
    /// the hash table's code in the wasm module; `raw` keys are borrowed.)
    stems: FxHashMap<Cow<'a, str>, (u32, bool, bool)>,
    /// [`Builder::stems`] for ASCII stems of at most 15 bytes, keyed by [`short_key`]. A stem
    /// is in one map or the other by its bytes; ids count both.
    stems_short: FxHashMap<ShortKey, u32>,
    /// Word id → its word or number concept id (`u32::MAX`: none yet).
    unigrams: Vec<u32>,
    /// Two word ids (first << 32 | second) → bigram concept id.
    bigrams: FxHashMap<u64, u32>,
    lower: String,
    stem: Vec<u8>,
    /// Per concept id: the last sentence (its offset in `Terms::offsets`) that listed it, so
    /// that each sentence lists a concept once without sorting.
    last_sentence: Vec<u32>,
    /// The language whose rules read the current article's words; [`Builder::raw`] and
    /// [`Builder::raw_short`] hold its words.
    language: Language,
    /// The `raw` and `raw_short` maps of the other languages met so far: one way of writing
    /// is another word in another language ("a", "die"), while stems are shared, so that a
    /// name matches across the languages of a mixed story.
    parked: Vec<(Language, RawMaps<'a>)>,
    scratch: String,
}

/// A [`Builder::raw`] and [`Builder::raw_short`] pair.
type RawMaps<'a> = (
    FxHashMap<Cow<'a, str>, (u32, bool, bool)>,
    FxHashMap<ShortKey, (u32, bool, bool)>,
);

impl<'a> Builder<'a> {
    /// The concepts of `text` that `terms` has: content words, numbers and pairs of
    /// consecutive content words of a clause, as a sentence's are read, but looked up only.
    fn named(&mut self, text: &'a str, terms: &Terms) -> Vec<u32> {
        let mut out = Vec::new();
        let mut prev: Option<u32> = None;
        // UAX #29 words as unicode-segmentation's iterator gives them (already in the wasm
        // module; `word_pieces` with a closure of its own would be a second copy of it).
        for seg in text.split_word_bounds().take(FOCUS_MAX_WORDS * 2) {
            if seg.trim().is_empty() {
                continue;
            }
            if !seg.chars().any(char::is_alphanumeric) {
                if !matches!(seg, "-" | "'" | "’" | "‐") {
                    prev = None;
                }
                continue;
            }
            // "Describe", "include": how the focus asks, not what about.
            if crate::lang::is_request_word(&lower_case(seg)) {
                prev = None;
                continue;
            }
            let (word, content, _) = self.word(seg);
            if !content {
                continue;
            }
            let known = |c: u32| (c as usize) < terms.len();
            if let Some(&c) = self.unigrams.get(word as usize).filter(|&&c| known(c)) {
                out.push(c);
            }
            if let Some(p) = prev {
                if let Some(&c) = self.bigrams.get(&(u64::from(p) << 32 | u64::from(word))) {
                    out.push(c);
                }
            }
            prev = Some(word);
        }
        // Sorted with the crate's one sort (`keys`): another sort's code is a copy of its own
        // in the wasm module.
        let mut keys: Vec<u64> = out
            .into_iter()
            .filter(|&c| {
                matches!(
                    terms.kind[c as usize],
                    ConceptKind::Word | ConceptKind::Bigram | ConceptKind::Number
                )
            })
            .map(u64::from)
            .collect();
        crate::keys::sort_keys(&mut keys);
        keys.dedup();
        keys.into_iter().map(|c| c as u32).collect()
    }

    /// Reads the next words with `language`'s rules: parks the current language's maps of
    /// ways of writing and takes out `language`'s.
    #[inline(never)]
    fn switch(&mut self, language: Language) {
        let theirs = match self.parked.iter().position(|(l, _)| *l == language) {
            Some(i) => self.parked.swap_remove(i).1,
            None => Default::default(),
        };
        let ours = (
            std::mem::replace(&mut self.raw, theirs.0),
            std::mem::replace(&mut self.raw_short, theirs.1),
        );
        self.parked.push((self.language, ours));
        self.language = language;
    }

    /// Lists the concepts of `sentence` (of article text `text`) in `terms`, in one pass over
    /// its word pieces: each content word, and each pair of consecutive content words of one
    /// clause. Returns the sentence's [`sentence_shape`], counted from the white space between
    /// the pieces, when that count is exact (see [`word_pieces`]).
    fn sentence(
        &mut self,
        text: &'a str,
        sentence: &Sentence,
        terms: &mut Terms,
    ) -> Option<(usize, bool)> {
        let base = sentence.span.start;
        let article = sentence.article;
        let mut prev: Option<Previous> = None;
        // The clause's last content word: English pairs content words across the function
        // words between them ("raise the flood"), also where it pairs function words.
        let mut prev_content: Option<Previous> = None;
        let english = self.language == Language::English;
        let mut first = true;
        // English function words are no part of any concept (as tuned on English news),
        // unless the story has many sources ([`MANY_SOURCES`]); another language's are weak
        // concepts of their own and pair with the content word beside them, as ROUGE-2
        // counts pairs ("pont du", "du port"): measured on MultiLing 2011, leaving them out
        // entirely cost 1.7 ROUGE-2 points (docs/quality.md).
        let pairs_function_words = self.language != Language::English || self.pair_english;
        // Whitespace-separated words: pieces after a gap (or the first piece).
        let mut words = 0;
        let mut case = Case::default();
        let mut end = usize::MAX;
        // The end of the number whose digit groups the pieces up to it are ("150 000").
        let mut joined = 0;
        let exact = word_pieces(&text[sentence.span.clone()], |piece, kind| {
            let Some(seg) = text.get(base + piece.start..base + piece.end) else {
                return;
            };
            if piece.start != end {
                words += 1;
                case.count(seg.as_bytes()[0]);
            }
            end = piece.end;
            if piece.start < joined {
                return;
            }
            // Digit groups separated by spaces, as French, Czech or Russian write thousands
            // ("150 000 victimes"), are one number, not "150" and "000".
            let groups =
                digit_groups_len(&text.as_bytes()[base + piece.end..sentence.span.end], seg);
            joined = piece.end + groups;
            let seg = &text[base + piece.start..base + joined];
            if kind == Piece::Mark {
                // Hyphens and apostrophes join words into one phrase; other punctuation
                // ends a clause.
                if !matches!(seg, "-" | "'" | "’" | "‐") {
                    prev = None;
                    prev_content = None;
                }
                return;
            }
            // The first word opens the sentence, whatever marks come before it ("“Choveu em
            // seis horas", "— Choveu …", "• Police said").
            let at_start = std::mem::replace(&mut first, false);
            let (word, content, number) = self.word(seg);
            if !content {
                if pairs_function_words {
                    let span = base + piece.start..base + piece.end;
                    let at = (article, span.clone());
                    let c = self.unigram(terms, ConceptKind::Function, word, at, (false, true));
                    self.list(terms, c);
                    if let Some(p) = prev.as_ref().filter(|p| p.content) {
                        let at = (article, p.start..span.end);
                        let kind = ConceptKind::FunctionPair;
                        let c = self.bigram(terms, (p.word, word), at, false, kind);
                        self.list(terms, c);
                    }
                    prev = Some(Previous {
                        word,
                        start: span.start,
                        capitalized: false,
                        content: false,
                    });
                }
                return;
            }
            let lead = seg.as_bytes().first().copied().unwrap_or(b' ');
            let capitalized = if lead < 0x80 {
                lead.is_ascii_uppercase()
            } else {
                seg.chars().next().is_some_and(char::is_uppercase)
            };
            let span = base + piece.start..base + piece.start + seg.len();
            let kind = if number {
                ConceptKind::Number
            } else {
                ConceptKind::Word
            };
            let name = capitalized && !at_start;
            let case = (name, !capitalized);
            let c = self.unigram(terms, kind, word, (article, span.clone()), case);
            self.list(terms, c);
            if let Some(p) = &prev {
                let name = p.capitalized && capitalized;
                let at = (article, p.start..span.end);
                let kind = if p.content {
                    ConceptKind::Bigram
                } else {
                    ConceptKind::FunctionPair
                };
                let c = self.bigram(terms, (p.word, word), at, name, kind);
                self.list(terms, c);
                if english && !p.content {
                    if let Some(q) = &prev_content {
                        let name = q.capitalized && capitalized;
                        let at = (article, q.start..span.end);
                        let c = self.bigram(terms, (q.word, word), at, name, ConceptKind::Bigram);
                        self.list(terms, c);
                    }
                }
            }
            let here = Previous {
                word,
                start: span.start,
                capitalized,
                content: true,
            };
            prev = Some(here);
            prev_content = Some(here);
        });
        exact.then(|| (words, is_headline_case(case)))
    }

    /// Interns one UAX #29 word: lowercase, normalize, classify and stem it once per way it
    /// is written.
    #[inline(always)]
    fn word(&mut self, seg: &'a str) -> (u32, bool, bool) {
        let key = short_key(seg.as_bytes());
        let found = match key {
            Some(key) => self.raw_short.get(&key),
            None => self.raw.get(seg),
        };
        match found {
            Some(&found) => found,
            None => self.new_word(seg, key),
        }
    }

    /// [`Builder::word`] for a way of writing not seen before (`key`: its [`short_key`]): kept
    /// out of line, so that the lookup every word makes stays small.
    #[inline(never)]
    fn new_word(&mut self, seg: &'a str, key: Option<ShortKey>) -> (u32, bool, bool) {
        let found = self.lowered_word(seg);
        match key {
            Some(key) => self.raw_short.insert(key, found),
            None => self.raw.insert(Cow::Borrowed(seg), found),
        };
        found
    }

    fn lowered_word(&mut self, seg: &'a str) -> (u32, bool, bool) {
        let (content, number) = if self.language == Language::English {
            self.english_word(seg)
        } else {
            self.other_word(seg)
        };
        let stem = &self.stem[..];
        let id = (self.stems_short.len() + self.stems.len()) as u32;
        let id = match short_key(stem) {
            Some(key) => *self.stems_short.entry(key).or_insert(id),
            None => {
                // The stem as text, without validating UTF-8 again (`str::from_utf8` was
                // 0.6 KB of the wasm module for this one use): ASCII bytes are characters;
                // an English stem that is not ASCII was not stemmed (Porter's steps take
                // lowercase ASCII words), so it is the lowercased word less the ASCII
                // possessive dropped from its end; another language's stem is `lower`.
                if stem.is_ascii() {
                    self.lower.clear();
                    self.lower.extend(stem.iter().map(|&b| char::from(b)));
                } else {
                    self.lower.truncate(stem.len());
                }
                let stem = self.lower.as_str();
                match self.stems.get(stem) {
                    Some(&(id, _, _)) => id,
                    None => {
                        // Most stems are the start of the word as written ("closed" →
                        // "close"): the key then borrows the article's text.
                        let key = match seg.get(..stem.len()) {
                            Some(head) if head == stem => Cow::Borrowed(head),
                            _ => Cow::Owned(stem.to_string()),
                        };
                        self.stems.insert(key, (id, false, false));
                        id
                    }
                }
            }
        };
        (id, content, number)
    }

    /// Lowercases, normalizes and stems `seg` into [`Builder::stem`] by the English rules:
    /// returns whether it is content and whether it is a number.
    fn english_word(&mut self, seg: &str) -> (bool, bool) {
        // The word lowercased into `stem`: "1,200" is 1200, curly apostrophes are straight.
        self.stem.clear();
        if seg.is_ascii() {
            self.stem.extend(
                seg.bytes()
                    .filter(|&b| b != b',' && b != b' ')
                    .map(|b| b.to_ascii_lowercase()),
            );
        } else {
            lower_word(seg, &mut self.lower);
            self.stem.extend_from_slice(self.lower.as_bytes());
        }
        // Possessive "'s" and a trailing apostrophe dropped.
        if self.stem.ends_with(b"'s") {
            self.stem.truncate(self.stem.len() - 2);
        } else if self.stem.ends_with(b"'") {
            self.stem.pop();
        }
        // A number written out, as a sentence that opens with one must ("Fourteen miners"),
        // is the same concept as its digits ("14 workers"). Only ten to nineteen and the
        // tens: "one", "two" … are as often words as numbers, and news writes them out.
        if let Some(i) = WRITTEN_NUMBERS
            .iter()
            .position(|n| n.as_bytes() == &self.stem[..])
        {
            let value = if i < 10 { 10 + i } else { 10 * (i - 8) };
            self.stem.clear();
            self.stem.push(b'0' + (value / 10) as u8);
            self.stem.push(b'0' + (value % 10) as u8);
        }
        let w = &self.stem[..];
        let number = w.iter().any(u8::is_ascii_digit);
        let single_latin = w.len() == 1 && w[0].is_ascii_alphabetic();
        let head = w.split(|&b| b == b'\'').next().unwrap_or_default();
        let stop = is_stop_word(head);
        let content = !stop && !single_latin && !w.is_empty();
        if !number && w.iter().all(u8::is_ascii_lowercase) {
            porter_step1_in_place(&mut self.stem);
        }
        (content, number)
    }

    /// [`Builder::english_word`] by the rules of another language ([`crate::lang::Rules`]):
    /// lowercased, apostrophes made straight, folded, an elided article dropped, then
    /// stemmed unless it is a function word or holds a digit. The stem is left in both
    /// [`Builder::stem`] and [`Builder::lower`].
    fn other_word(&mut self, seg: &str) -> (bool, bool) {
        let lower = &mut self.lower;
        self.language.read_word(seg, lower, &mut self.scratch);
        let rules = self.language.rules();
        let number = lower.bytes().any(|b| b.is_ascii_digit());
        let single_latin = lower.len() == 1 && lower.as_bytes()[0].is_ascii_alphabetic();
        let stop = self.language.is_function_word(lower);
        let content = !stop && !single_latin && !lower.is_empty();
        if content && !number {
            rules.stem(lower);
        }
        self.stem.clear();
        self.stem.extend_from_slice(lower.as_bytes());
        (content, number)
    }

    /// Adds concept `c` to the current sentence's run unless it is there already.
    #[inline]
    fn list(&mut self, terms: &mut Terms, c: u32) {
        let sentence = (terms.offsets.len() - 1) as u32;
        let last = slot(&mut self.last_sentence, c as usize);
        if *last != sentence {
            *last = sentence;
            terms.ids.push(c);
        }
    }

    /// The concept id of word `word` (a word or a number concept), written at `span`.
    #[inline]
    fn unigram(
        &mut self,
        terms: &mut Terms,
        kind: ConceptKind,
        word: u32,
        at: (usize, Range<usize>),
        case: (bool, bool),
    ) -> u32 {
        // One concept per word id: a vector, no hashing.
        let next = terms.kind.len() as u32;
        let slot = slot(&mut self.unigrams, word as usize);
        if *slot == u32::MAX {
            *slot = next;
        }
        let id = *slot;
        terms.record(id, kind, at, case);
        id
    }

    /// The concept id of the pair of words `first`, `second`, written at `span`.
    #[inline(always)]
    fn bigram(
        &mut self,
        terms: &mut Terms,
        (first, second): (u32, u32),
        at: (usize, Range<usize>),
        name: bool,
        kind: ConceptKind,
    ) -> u32 {
        let next = terms.kind.len() as u32;
        let id = *self
            .bigrams
            .entry(u64::from(first) << 32 | u64::from(second))
            .or_insert(next);
        terms.record(id, kind, at, (name, false));
        id
    }
}

/// The length of the groups of three digits that `after` opens with, each after a space (a
/// space, a no-break space, a narrow no-break space or a thin space), when the word before
/// it, `first`, is one to three digits: a number written as French, Czech or Russian write
/// thousands ("150 000", "1 200 000"). A group followed by a letter, a digit, or a decimal
/// comma or point ("1 234,5") is no part of it.
fn digit_groups_len(after: &[u8], first: &str) -> usize {
    let byte = |i: usize| after.get(i).copied().unwrap_or(0);
    let mut at = 0;
    if first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return at;
    }
    loop {
        let gap = match (byte(at), byte(at + 1), byte(at + 2)) {
            (b' ', _, _) => 1,
            (0xc2, 0xa0, _) => 2,
            (0xe2, 0x80, 0x89 | 0xaf) => 3,
            _ => return at,
        };
        let group = at + gap;
        let next = byte(group + 3);
        let decimal = matches!(next, b',' | b'.') && byte(group + 4).is_ascii_digit();
        if !(group..group + 3).all(|i| byte(i).is_ascii_digit())
            || next.is_ascii_alphanumeric()
            || decimal
        {
            return at;
        }
        at = group + 3;
    }
}

/// A hash of `word`'s stem as the term stage makes it (lowercased, possessive dropped, Porter's
/// first step on ASCII words): "killed" and "killing" hash alike. For stages that compare a
/// few words of their own without interning them (the figures stage's context words).
pub(crate) fn stem_hash(word: &str) -> u64 {
    stem_hash_in(word, &mut Vec::new())
}

/// [`stem_hash`] with `w` as its buffer: a reader of many words keeps one (allocating a
/// buffer for each was a third of the call).
pub(crate) fn stem_hash_in(word: &str, w: &mut Vec<u8>) -> u64 {
    use std::hash::Hasher;
    w.clear();
    if word.is_ascii() {
        w.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        w.extend_from_slice(lower_case(word).as_bytes());
    }
    if w.ends_with(b"'s") {
        w.truncate(w.len() - 2);
    }
    if w.iter().all(u8::is_ascii_lowercase) {
        porter_step1_in_place(w);
    }
    let mut h = crate::text::hash::FxHasher::default();
    h.write(w);
    h.finish()
}

/// The numbers from ten to nineteen, then the tens from twenty to ninety, written out.
#[rustfmt::skip]
const WRITTEN_NUMBERS: [&str; 18] = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;

    #[test]
    fn short_keys_are_exact() {
        let words = [
            "a",
            "b",
            "ab",
            "ba",
            "aa",
            "abc",
            "acb",
            "aab",
            "abcd",
            "abce",
            "abcdefg",
            "abcdefh",
            "abcdefgh",
            "bbcdefgh",
            "abcdefghi",
            "abcdefghj",
            "aabcdefghi",
            "abcdefghijklmno",
            "abcdefghijklmnp",
            "aaaaaaaaa",
            "aaaaaaaaaa",
            "\u{0}",
            "\u{0}\u{0}",
        ];
        for a in words {
            for b in words {
                assert_eq!(short_key(a.as_bytes()) == short_key(b.as_bytes()), a == b);
            }
            assert!(short_key(a.as_bytes()).is_some());
        }
        // Every string of up to 15 bytes over a two-letter alphabet, mapped to its key.
        let mut seen = std::collections::HashMap::new();
        for n in 1..=15 {
            for bits in 0..1u32 << n {
                let w: Vec<u8> = (0..n).map(|i| b'a' + (bits >> i & 1) as u8).collect();
                let key = short_key(&w).unwrap();
                assert_eq!(seen.insert(key, w.clone()), None, "{w:?}");
            }
        }
        for long_or_other in ["", "abcdefghijklmnop", "é", "caf\u{e9}"] {
            assert_eq!(short_key(long_or_other.as_bytes()), None);
        }
    }

    fn concept_texts(text: &str) -> Vec<String> {
        concept_texts_in(Language::English, text)
    }

    fn concept_texts_in(language: Language, text: &str) -> Vec<String> {
        let articles = [Article::new(text)];
        let mut sentences = [Sentence::whole(text)];
        let t = terms(&articles, &[language], &mut sentences);
        t.of(0)
            .iter()
            .map(|&c| {
                let (a, span) = &t.surface[c as usize];
                format!(
                    "{:?}:{}",
                    t.kind[c as usize],
                    &articles[*a].text[span.clone()]
                )
            })
            .collect()
    }

    #[test]
    fn another_language_reads_its_function_words_as_weak_concepts_and_pairs() {
        assert_eq!(
            concept_texts_in(Language::French, "Les piles du pont."),
            vec![
                "Function:Les",
                "Word:piles",
                "FunctionPair:Les piles",
                "Function:du",
                "FunctionPair:piles du",
                "Word:pont",
                "FunctionPair:du pont",
            ]
        );
        // Elided articles are dropped, plurals and feminines stemmed: one concept.
        let texts = concept_texts_in(Language::French, "L'armée arrêtée, les armées arrêtées.");
        // "les armées" pairs with the concept first written "L'armée"; no word of its own.
        assert!(texts.contains(&"Word:L'armée".to_string()), "{texts:?}");
        assert!(!texts.contains(&"Word:armées".to_string()), "{texts:?}");
        assert!(!texts.contains(&"Word:arrêtées".to_string()), "{texts:?}");
    }

    #[test]
    fn english_of_many_sources_pairs_its_function_words_too() {
        let text = "The piers of the bridge cracked.";
        let read = |sources| {
            let articles = [Article::new(text)];
            let mut sentences = [Sentence::whole(text)];
            let t = terms_and_focus(
                &articles,
                (&[Language::English], sources),
                &mut sentences,
                None,
            )
            .0;
            t.of(0)
                .iter()
                .map(|&c| {
                    let span = t.surface[c as usize].1.clone();
                    format!("{:?}:{}", t.kind[c as usize], &text[span])
                })
                .collect::<Vec<_>>()
        };
        // Few sources: function words are no concepts, and content words pair across them.
        assert_eq!(
            read(3),
            [
                "Word:piers",
                "Word:bridge",
                "Bigram:piers of the bridge",
                "Word:cracked",
                "Bigram:bridge cracked"
            ]
        );
        // Many: the same, and function words as weak concepts ("the" is "The") with the
        // content word beside them, as other languages read theirs.
        assert_eq!(
            read(MANY_SOURCES),
            [
                "Function:The",
                "Word:piers",
                "FunctionPair:The piers",
                "Function:of",
                "FunctionPair:piers of",
                "Word:bridge",
                "FunctionPair:the bridge",
                "Bigram:piers of the bridge",
                "Word:cracked",
                "Bigram:bridge cracked"
            ]
        );
    }

    #[test]
    fn a_language_without_rules_finds_its_function_words_by_frequency() {
        // Dutch has no rules: its short words that most sentences use are function words.
        let text = "De brug is dicht. De stad zegt dat de brug dicht blijft. De veerboot vaart \
                    vaker. De ingenieurs zien de pijlers.";
        let articles = [Article::new(text)];
        let mut sentences: Vec<Sentence> = text
            .split_inclusive(". ")
            .scan(0, |at, s| {
                let span = *at..*at + s.trim_end().len();
                *at += s.len();
                Some(span)
            })
            .map(|span| Sentence {
                span,
                ..Sentence::whole(text)
            })
            .collect();
        let t = terms(&articles, &[Language::Unknown], &mut sentences);
        let kind_of = |word: &str| {
            (0..t.len())
                .find(|&c| {
                    let (a, span) = &t.surface[c];
                    articles[*a].text[span.clone()].eq_ignore_ascii_case(word)
                })
                .map(|c| t.kind[c])
        };
        assert_eq!(kind_of("de"), Some(ConceptKind::Function));
        assert_eq!(kind_of("brug"), Some(ConceptKind::Word));
        assert_eq!(kind_of("ingenieurs"), Some(ConceptKind::Word));
    }

    #[test]
    fn concepts_of_a_sentence() {
        assert_eq!(
            concept_texts("Officials closed the pier, citing 1,200 tonnes."),
            vec![
                "Word:Officials",
                "Word:closed",
                "Bigram:Officials closed",
                "Word:pier",
                "Bigram:closed the pier",
                "Word:citing",
                "Number:1,200",
                "Bigram:citing 1,200",
                "Word:tonnes",
                "Bigram:1,200 tonnes",
            ]
        );
    }

    #[test]
    fn digit_groups_separated_by_spaces_are_one_number() {
        // As French, Czech and Russian write thousands: a space, a no-break space or a narrow
        // one between groups of three digits.
        let numbers = |language, text| -> Vec<String> {
            concept_texts_in(language, text)
                .into_iter()
                .filter(|c| c.starts_with("Number:"))
                .collect()
        };
        assert_eq!(
            numbers(
                Language::French,
                "En 2004, 150 000 victimes, 1\u{a0}200\u{202f}000 euros et 7 000 000 de dollars."
            ),
            [
                "Number:2004",
                "Number:150 000",
                "Number:1\u{a0}200\u{202f}000",
                "Number:7 000 000"
            ]
        );
        // Not a year before a number, a group with a decimal comma, or one that runs on.
        assert_eq!(
            numbers(
                Language::French,
                "En 2004 150 victimes, 1 234,5 km et 12 0001 m."
            ),
            [
                "Number:2004",
                "Number:150",
                "Number:1",
                "Number:234,5",
                "Number:12",
                "Number:0001"
            ]
        );
        // One concept however the groups are separated.
        assert_eq!(
            numbers(
                Language::Czech,
                "80 000 mrtvých, 80\u{a0}000 raněných, 80000 domů."
            ),
            ["Number:80 000"]
        );
    }

    #[test]
    fn clock_times_and_scores_are_one_number() {
        assert_eq!(
            concept_texts("At 6:10 a.m. the score was 3:1 at 12:30:45: 7 : 8."),
            vec![
                "Number:6:10",
                "Word:a.m",
                "Bigram:6:10 a.m",
                "Word:score",
                "Number:3:1",
                "Bigram:score was 3:1",
                "Number:12:30:45",
                "Bigram:3:1 at 12:30:45",
                "Number:7",
                "Number:8",
            ]
        );
        // Only digits against a colon join: a heading's "Updated:" and a ratio's spaces stay.
        assert_eq!(
            concept_texts("Updated:9. Scored 2: 1"),
            vec![
                "Word:Updated",
                "Number:9",
                "Word:Scored",
                "Number:2",
                "Bigram:Scored 2",
                "Number:1"
            ]
        );
    }

    #[test]
    fn sentences_are_measured_as_budgets_count_words() {
        for text in [
            "Officials closed the pier, citing 1,200 tonnes.",
            "\"The U.S. Coast Guard\" said\tMr. Hale — at 9 a.m. — would   lead it.",
            "PORT OF VALLEN CLOSED AFTER CRANE COLLAPSE",
            "Port Of Vallen Closes After Crane Collapse!",
            "“Quoted,” she said\u{a0}on Tuesday; ½ of café staff…",
            "港口 closed on Tuesday",
            "x \u{cbe} y z",
        ] {
            let articles = [Article::new(text)];
            let mut sentences = [Sentence::whole(text)];
            terms(&articles, &[], &mut sentences);
            let s = &sentences[0];
            assert_eq!((s.words, s.headline_case), sentence_shape(text), "{text:?}");
        }
    }

    #[test]
    fn one_id_per_stem_and_curly_apostrophes() {
        let text = "The port’s cranes. The port's crane.";
        let split = text.find(" The").unwrap();
        let articles = [Article::new(text)];
        let mut sentences = [
            Sentence {
                article: 0,
                span: 0..split,
                kind: BlockKind::Prose,
                position: 0,
                words: 3,
                headline_case: false,
                fragment: false,
                dangling: false,
                in_focus: false,
            },
            Sentence {
                article: 0,
                span: split + 1..text.len(),
                kind: BlockKind::Prose,
                position: 1,
                words: 3,
                headline_case: false,
                fragment: false,
                dangling: false,
                in_focus: false,
            },
        ];
        let t = terms(&articles, &[], &mut sentences);
        assert_eq!(t.of(0), t.of(1));
    }
}
