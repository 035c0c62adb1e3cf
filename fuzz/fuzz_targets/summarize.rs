//! Arbitrary articles and options (any language forced, or each detected) through
//! `summarize`: never a panic, and every summary
//! sentence is the exact text of its span, every disagreement value finite and the figure at
//! its span.
#![no_main]

use corroborate::{summarize, Article, Language, Length, Options, SummaryType};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    articles: Vec<(String, Option<String>)>,
    summary_type: u8,
    length: u8,
    max_words: Option<u16>,
    max_sentences: Option<u8>,
    max_key_facts: u8,
    /// 0: detect each article's language; else forced, the last value being no language.
    language: u8,
    focus: Option<String>,
}

fuzz_target!(|input: Input| {
    let articles: Vec<Article> = input
        .articles
        .into_iter()
        .take(64)
        .map(|(text, title)| Article {
            text,
            title,
            source: None,
        })
        .collect();
    let options = Options {
        summary_type: [
            SummaryType::KeyPoints,
            SummaryType::Tldr,
            SummaryType::Teaser,
            SummaryType::Headline,
        ][usize::from(input.summary_type % 4)],
        length: [Length::Short, Length::Medium, Length::Long][usize::from(input.length % 3)],
        max_words: input.max_words.map(usize::from),
        max_sentences: input.max_sentences.map(usize::from),
        max_key_facts: usize::from(input.max_key_facts),
        language: match usize::from(input.language) % (Language::ALL.len() + 2) {
            0 => None,
            i => Some(
                Language::ALL
                    .get(i - 1)
                    .copied()
                    .unwrap_or(Language::Unknown),
            ),
        },
        focus: input.focus,
        ..Options::default()
    };
    if let Ok(summary) = summarize(&articles, &options) {
        let (max_words, max_sentences) = options.budget();
        assert!(summary.stats.words <= max_words && summary.sentences.len() <= max_sentences);
        for s in &summary.sentences {
            assert_eq!(
                articles[s.article].text.get(s.span.clone()),
                Some(s.text.as_str())
            );
            assert!(s
                .disagreements
                .iter()
                .all(|&d| d < summary.disagreements.len()));
        }
        // Where sources differ: every value finite, its text the figure at its span.
        for d in &summary.disagreements {
            assert!(d.values.len() >= 2);
            for v in &d.values {
                assert!(v.value.is_finite());
                assert_eq!(v.articles.len(), v.spans.len());
                assert_eq!(
                    articles[v.articles[0]].text.get(v.spans[0].clone()),
                    Some(v.text.as_str())
                );
            }
        }
    }
});
