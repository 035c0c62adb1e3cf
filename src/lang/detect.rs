//! Which language an article is in: its script first (Greek, Hebrew, Han and kana each have
//! one language with rules), then, for Latin, Cyrillic, Arabic and Devanagari text, which
//! language's function words make up its running text. News prose is 30–50% function words,
//! so one sentence is enough; a headline or a few words without them take the language the
//! rest of the story is in.

use crate::lang::{function_word_languages, most_common, Language};
use crate::text::case::lower;
use crate::text::function_words::is_stop_word_any_case;
use crate::Article;

/// Bytes of an article read to tell its script, and words to tell its language: a few
/// paragraphs are enough, and detection stays a small share of a call.
const SAMPLE_BYTES: usize = 2 << 10;
const SAMPLE_WORDS: usize = 150;
/// Words read before a clear guess may stop the reading.
const CLEAR_WORDS: usize = 40;
/// Share of the words that must be one language's function words for the guess to be sure.
const SURE_SHARE: f64 = 0.15;
/// Fewer function words than this say too little, however large their share.
const MIN_HITS: f64 = 3.0;
/// Text of at least this many words that is not [`SURE_SHARE`] function words of any one
/// language is in a language without rules; shorter text may just be a headline.
const FEW_WORDS: usize = 30;

/// The writing systems that tell a language apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Han,
    Kana,
    Other,
}

fn script(c: char) -> Option<Script> {
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F => Script::Cyrillic,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x900..=0x97F => Script::Devanagari,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// What the text of one article says about its language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Guess {
    /// The most likely language.
    pub language: Language,
    /// Whether the text is long and clear enough to be sure; an unsure guess gives way to
    /// the language of the other articles of its script.
    pub sure: bool,
    /// Whether the guess was read from running text ([`FEW_WORDS`] words or more), not a
    /// headline: an unsure guess of running text had only some evidence.
    running: bool,
    script: Option<Script>,
}

/// Guesses the language of `text`. Never fails: text without letters is
/// [`Language::Unknown`], unsure.
pub(crate) fn detect(text: &str) -> Guess {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut counts = [0usize; 9];
    if sample.is_ascii() {
        // Most English news: Latin, if it has a letter at all.
        counts[Script::Latin as usize] =
            usize::from(sample.bytes().any(|b| b.is_ascii_alphabetic()));
    } else {
        // ASCII letters counted bytewise; other characters decoded.
        counts[Script::Latin as usize] = sample.bytes().filter(u8::is_ascii_alphabetic).count();
        for c in sample.chars().filter(|c| !c.is_ascii()) {
            if let Some(s) = script(c) {
                counts[s as usize] += 1;
            }
        }
    }
    let letters: usize = counts.iter().sum();
    let by_script = |s: Script| counts[s as usize];
    let Some(main) = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Arabic,
        Script::Hebrew,
        Script::Devanagari,
        Script::Han,
        Script::Kana,
        Script::Other,
    ]
    .into_iter()
    .filter(|&s| by_script(s) > 0)
    .max_by_key(|&s| by_script(s)) else {
        return Guess {
            language: Language::Unknown,
            sure: false,
            running: false,
            script: None,
        };
    };
    let one = |language| Guess {
        language,
        sure: true,
        running: false,
        script: Some(main),
    };
    match main {
        Script::Greek => one(Language::Greek),
        // Persian and Urdu write in Arabic letters, Marathi and Nepali in Devanagari: the
        // script's language only with its function words' evidence. (Hebrew's are mostly
        // prefixes, too few words to tell it by: Hebrew letters are read as Hebrew.)
        Script::Arabic => by_words(sample, &[Language::Arabic], main),
        Script::Hebrew => one(Language::Hebrew),
        Script::Devanagari => by_words(sample, &[Language::Hindi], main),
        // Japanese writes kana among its kanji; Chinese none.
        Script::Han | Script::Kana if by_script(Script::Kana) * 10 >= letters => {
            one(Language::Japanese)
        }
        Script::Han | Script::Kana => one(Language::Chinese),
        Script::Other => one(Language::Unknown),
        Script::Latin if clearly_english(sample) => one(Language::English),
        Script::Latin => {
            let mut guess = by_words(sample, &LATIN, main);
            // Czech alone of them writes "ř", "ě" and "ů" (Slovak and Polish neither): with
            // them a Czech guess is sure, however few function words a page's first lines
            // hold (a menu, a headline, a time stamp: Czech has no articles to add).
            // ("ř" C5 99, "ů" C5 AF, "ě" C4 9B in UTF-8.)
            guess.sure |= guess.language == Language::Czech
                && sample
                    .as_bytes()
                    .windows(2)
                    .any(|w| matches!(w, [0xc5, 0x99 | 0xaf] | [0xc4, 0x9b]));
            guess
        }
        // Bulgarian, Serbian, Ukrainian, Kazakh and others share Russian's function words
        // but not its letters.
        Script::Cyrillic if !russian_letters(sample) => one(Language::Unknown),
        Script::Cyrillic => by_words(sample, &[Language::Russian], main),
    }
}

/// Are `sample`'s Cyrillic letters Russian's: at least as many "ы" and "э", which Bulgarian,
/// Serbian, Macedonian and Ukrainian never write, as "ъ", which Bulgarian writes often and
/// Russian seldom, and letters Russian has none of: Ukrainian and Belarusian "і", "ї", "є",
/// "ў"; Serbian and Macedonian "ј", "љ", "њ", "ћ", "ђ", "џ", "ѓ", "ќ", "ѕ"; Kazakh, Kyrgyz,
/// Tatar and Mongolian "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ"? A text with none of them is
/// Russian's.
fn russian_letters(sample: &str) -> bool {
    let (mut russian, mut other) = (0usize, 0usize);
    for c in sample.chars() {
        match lower(c) {
            'ы' | 'э' => russian += 1,
            'ъ' | 'і' | 'ї' | 'є' | 'ў' | 'ј' | 'љ' | 'њ' | 'ћ' | 'ђ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ'
            | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' => other += 1,
            _ => {}
        }
    }
    other <= russian
}

/// Is `sample` plainly English: at least [`ENGLISH_SHARE`] of its first [`CLEAR_WORDS`] ASCII
/// words (or more) English function words? Read with the English list's compile-time filter,
/// so that English news, most of what is summarized, never needs the other languages' map.
/// No other language's prose comes near: Portuguese, with "a", "do", "no" and "as", has the
/// most English function words, under a fifth.
fn clearly_english(sample: &str) -> bool {
    let (mut words, mut hits) = (0usize, 0usize);
    // Words end at ASCII that is no letter; a word with another character ("vyhrál") is a
    // word, never an English one.
    for w in sample
        .as_bytes()
        .split(|b| b.is_ascii() && !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(CLEAR_WORDS + 20)
    {
        words += 1;
        hits += usize::from(is_stop_word_any_case(w));
    }
    words >= CLEAR_WORDS && hits as f64 >= ENGLISH_SHARE * words as f64
}

/// The share of English function words that makes a text plainly English ([`clearly_english`]).
const ENGLISH_SHARE: f64 = 0.3;

/// The languages of Latin script told apart by their function words.
const LATIN: [Language; 8] = [
    Language::English,
    Language::French,
    Language::German,
    Language::Spanish,
    Language::Portuguese,
    Language::Italian,
    Language::Czech,
    Language::Vietnamese,
];

/// The language among `candidates` whose function words are most of `sample`'s words; a word
/// several candidates share counts as a share to each.
fn by_words(sample: &str, candidates: &[Language], main: Script) -> Guess {
    let mut score = [0f64; 16];
    let mut words = 0;
    let wanted = candidates.iter().fold(0u16, |m, &l| m | 1 << l as u16);
    let note = |word: &[u8], score: &mut [f64; 16]| {
        let mask = function_word_languages(word) & wanted;
        if mask != 0 {
            let share = 1.0 / f64::from(mask.count_ones());
            for &l in candidates {
                if mask & 1 << l as u16 != 0 {
                    score[l as usize] += share;
                }
            }
        }
    };
    // Words are runs of letters, lowercased: ASCII ones on the stack, others in a string.
    // No function word is longer than `MAX_WORD` bytes, so longer runs are not looked up.
    const MAX_WORD: usize = 24;
    let mut word = [0u8; MAX_WORD];
    let mut n = 0;
    let mut other = String::new();
    let mut ascii = true;
    let b = sample.as_bytes();
    let mut i = 0;
    loop {
        // The next character: ASCII bytes as they are, others decoded; `None` at the end.
        let (c, len) = match b.get(i) {
            None => (None, 0),
            Some(&x) if x < 0x80 => (Some(char::from(x)), 1),
            Some(_) => match sample.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (Some(c), c.len_utf8()),
                None => (None, 0),
            },
        };
        i += len;
        match c {
            Some(c) if c.is_ascii_alphabetic() && ascii => {
                if n < MAX_WORD {
                    word[n] = c.to_ascii_lowercase() as u8;
                }
                n += 1;
                continue;
            }
            Some(c) if !c.is_ascii() && c.is_alphabetic() => {
                if ascii {
                    // The word so far, then this character, in the string.
                    ascii = false;
                    other.clear();
                    other.extend(word[..n.min(MAX_WORD)].iter().map(|&b| char::from(b)));
                }
                other.push(lower(c));
                n += 1;
                continue;
            }
            Some(c) if c.is_ascii_alphabetic() => {
                other.push(c.to_ascii_lowercase());
                n += 1;
                continue;
            }
            _ => {}
        }
        if n > 0 {
            if !ascii {
                note(other.as_bytes(), &mut score);
            } else if n <= MAX_WORD {
                note(&word[..n], &mut score);
            }
            words += 1;
            (n, ascii) = (0, true);
        }
        if c.is_none() || words == SAMPLE_WORDS {
            break;
        }
        // Clear enough early: one language's function words are twice the share a sure
        // guess needs (news prose is 30–50% function words).
        if words >= CLEAR_WORDS && words % 10 == 0 {
            let best = candidates
                .iter()
                .map(|&l| score[l as usize])
                .fold(0.0, f64::max);
            let second = candidates
                .iter()
                .map(|&l| score[l as usize])
                .filter(|&x| x < best)
                .fold(0.0, f64::max);
            if best >= 2.0 * SURE_SHARE * words as f64 && best >= 2.0 * second {
                break;
            }
        }
    }
    let (best, hits) = candidates.iter().map(|&l| (l, score[l as usize])).fold(
        (Language::Unknown, 0.0),
        |a, b| if b.1 > a.1 { b } else { a },
    );
    let share = hits / words.max(1) as f64;
    let (language, sure) = if share >= SURE_SHARE && hits >= MIN_HITS {
        (best, true)
    } else if words < FEW_WORDS || share >= SURE_SHARE / 2.0 {
        // A headline, or text with some evidence (a sports report of names and figures):
        // the story's language, if it has one, else the best guess.
        (best, false)
    } else {
        // Long running text that is not mostly any known language's function words: a
        // language without rules.
        (Language::Unknown, true)
    };
    Guess {
        language,
        sure,
        running: words >= FEW_WORDS,
        script: Some(main),
    }
}

/// The language of each article: `forced` for all, else each one's own [`detect`]ion, where
/// an unsure one takes the language most of the sure articles of its script are in. Without
/// such articles, running text with only some evidence is in a language without rules, and
/// an unsure Latin text with no evidence at all (a headline) is read as English, as
/// everything was before languages were told apart.
pub(crate) fn languages(articles: &[Article], forced: Option<Language>) -> Vec<Language> {
    if let Some(l) = forced {
        return vec![l; articles.len()];
    }
    let guesses: Vec<Guess> = articles.iter().map(|a| detect(&a.text)).collect();
    guesses
        .iter()
        .map(|g| {
            if g.sure {
                return g.language;
            }
            let story = most_common(
                guesses
                    .iter()
                    .filter(|o| o.sure && o.script == g.script)
                    .map(|o| o.language),
            );
            match (story, g.language, g.script) {
                (Some(l), _, _) => l,
                // Running text with only some of a language's function words, and no story
                // to take a language from (Dutch, whose "in", "is" and "was" are English
                // ones): a language without rules.
                (None, _, _) if g.running => Language::Unknown,
                (None, Language::Unknown, Some(Script::Latin)) => Language::English,
                (None, l, _) => l,
            }
        })
        .collect()
}
