#![cfg(not(target_arch = "wasm32"))]
//! Invariants of `summarize` on generated input: spans round-trip and never cut a grapheme,
//! budgets hold, indices are valid, output is deterministic, no panic. Run more cases with
//! PROPTEST_CASES=10000 cargo test --test properties.

use corroborate::{
    explain, html_to_text, summarize, Article, Language, Length, Options, SummaryType,
};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces of news-like text, chrome and hostile input, joined at random.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The crane collapsed on the north pier of Port Verity on Tuesday. ".to_string()),
        Just("No one was injured, harbor master Elena Ruiz said. ".to_string()),
        Just("Mr. Brandt of the U.S. union said the brakes had failed in Jan. 2025. ".to_string()),
        Just("“We were lucky,” Ms. Ruiz said. ".to_string()),
        // Lines wrapped at a fixed width: long, ending mid-sentence, the next one capitalized.
        Just("The crane collapsed onto the north pier of Port Verity after\n".to_string()),
        Just("Harbor Master Elena Ruiz said (hereinafter ?the Port?) had warned\n".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("Subscribe to our newsletter\n".to_string()),
        Just("Image Source: Getty Images\n".to_string()),
        Just("• Pier closed for two weeks\n".to_string()),
        // Figures for the disagreements stage: agreeing, conflicting, qualified, converted.
        Just("The collapse killed 12 people on the Port Verity pier, officials said. ".to_string()),
        Just("At least 15 people were killed on the Port Verity pier, officials said. ".to_string()),
        Just("Crews worked for nearly 20 hours (1,200 minutes) in winds of 50 mph. ".to_string()),
        Just("Repairs will cost $3.5m, or €3bn, between 10 and 12% of 1,000,000,000,000,000 tonnes. ".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("港口周二关闭。没有人受伤。".to_string()),
        // Every language with rules: its function words, elisions, folds and affixes.
        Just("Le pont Saint-Roch restera fermé, a déclaré M. Castel à l'AFP. ".to_string()),
        Just("Die Brücke bleibt z. B. zwei Wochen gesperrt, sagte Dr. Weber. „Sie ist alt.“ ".to_string()),
        Just("El puente seguirá cerrado, según el Sr. García; a ponte ficará fechada. ".to_string()),
        Just("Il ponte resterà chiuso dell'anno, Most zůstane uzavřen, tj. dva týdny. ".to_string()),
        Just("Мост будет закрыт, т. е. две недели. Η γέφυρα θα μείνει κλειστή. ".to_string()),
        Just("سيبقى الجسر مغلقا والمدينة. הגשר יישאר סגור בשבועיים. ".to_string()),
        Just("पुल दो सप्ताह तक बंद रहेगा। Cầu sẽ đóng cửa hai tuần. ".to_string()),
        Just("市長は「橋は閉鎖する。」と述べた。".to_string()),
        Just("👩‍👩‍👧🚢 ".to_string()),
        Just("e\u{301}\u{0}\u{7}... ?! ".to_string()),
        Just("Cafe\u{301}. Ni\u{303}o!\u{301} 🇫🇷. ".to_string()),
        "[a-zA-Z0-9 .,!?'\"()\\-\n]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ]
}

fn article() -> impl Strategy<Value = Article> {
    prop::collection::vec(piece(), 0..12).prop_map(|pieces| Article::new(pieces.concat()))
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop_oneof![
            Just(SummaryType::KeyPoints),
            Just(SummaryType::Tldr),
            Just(SummaryType::Teaser),
            Just(SummaryType::Headline)
        ],
        prop_oneof![
            Just(Length::Short),
            Just(Length::Medium),
            Just(Length::Long)
        ],
        prop::option::of(1usize..300),
        prop::option::of(1usize..12),
        // Detected, or forced to any language (or to none).
        prop::option::of(prop::sample::select(
            Language::ALL
                .into_iter()
                .chain([Language::Unknown])
                .collect::<Vec<_>>(),
        )),
    )
        .prop_map(
            |(summary_type, length, max_words, max_sentences, language)| Options {
                summary_type,
                length,
                max_words,
                max_sentences,
                language,
                ..Options::default()
            },
        )
}

proptest! {
    #[test]
    fn invariants_hold(articles in prop::collection::vec(article(), 0..7), options in options()) {
        let Ok(summary) = summarize(&articles, &options) else {
            // The only error for these options: no text at all.
            prop_assert!(articles.iter().all(|a| a.text.trim().is_empty()));
            return Ok(());
        };
        let (max_words, max_sentences) = options.budget();
        prop_assert!(summary.sentences.len() <= max_sentences);
        // Budgets count whitespace words, and two characters as a word in scripts written
        // without spaces: never fewer than whitespace words.
        let words: usize = summary.sentences.iter().map(|s| s.text.split_whitespace().count()).sum();
        prop_assert!(words <= summary.stats.words);
        prop_assert!(summary.stats.words <= max_words);
        prop_assert_eq!(summary.articles.len(), articles.len());
        for s in &summary.sentences {
            // Verbatim: the exact text of its span, cut on character boundaries.
            prop_assert_eq!(Some(s.text.as_str()), articles[s.article].text.get(s.span.clone()));
            // Never inside a grapheme cluster (an emoji with joiners, a letter and its accent).
            let text = &articles[s.article].text;
            let cuts: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
            prop_assert!(cuts.binary_search(&s.span.start).is_ok() && cuts.binary_search(&s.span.end).is_ok());
            prop_assert!(!s.text.trim().is_empty());
            let own = summary.articles[s.article].source_group;
            for &other in &s.supported_by {
                prop_assert!(other < articles.len() && other != s.article);
                prop_assert!(summary.articles[other].source_group != own);
            }
            prop_assert!(s.sources >= 1 && s.sources <= summary.stats.sources);
        }
        for f in &summary.key_facts {
            prop_assert!(f.articles.iter().all(|&a| a < articles.len()));
        }
        for d in &summary.disagreements {
            prop_assert!(d.values.len() >= 2);
            for v in &d.values {
                // Finite, and the figure as written at each span of each article that gives it.
                prop_assert!(v.value.is_finite());
                prop_assert_eq!(v.articles.len(), v.spans.len());
                prop_assert_eq!(Some(v.text.as_str()), articles[v.articles[0]].text.get(v.spans[0].clone()));
                for (&a, span) in v.articles.iter().zip(&v.spans) {
                    prop_assert!(articles[a].text.get(span.clone()).is_some());
                }
            }
        }
        for s in &summary.sentences {
            prop_assert!(s.disagreements.iter().all(|&d| d < summary.disagreements.len()));
        }
        // Deterministic.
        prop_assert_eq!(&summary, &summarize(&articles, &options).unwrap());
        // An explanation reads the figures of every sentence, a summary only those of
        // sentences that could be compared: the same disagreements and key facts.
        prop_assert_eq!(&summary, &explain(&articles, &options).unwrap().summary);
    }

    #[test]
    fn one_source_repeated_is_one_source(a in article(), copies in 2usize..6) {
        let articles = vec![a; copies];
        if let Ok(summary) = summarize(&articles, &Options::default()) {
            // Copies of one text are never independent sources, if they have a paragraph to match.
            if summary.stats.sentences > 0 {
                prop_assert!(summary.sentences.iter().all(|s| s.supported_by.is_empty()));
            }
        }
    }

    #[test]
    fn a_page_text_never_shows_scripts_and_keeps_plain_words(
        parts in prop::collection::vec(prop_oneof![
            Just("<p>".to_string()), Just("</p>".to_string()), Just("<br>".to_string()),
            Just("<script>x = '<p>'; </script>".to_string()), Just("<!-- c -->".to_string()),
            Just("<a href=\"a>b\">".to_string()), Just("</a>".to_string()),
            Just("&amp;".to_string()), Just("&#8217;".to_string()), Just("<li>".to_string()),
            Just("<pre> a\n b</pre>".to_string()), "[a-z]{1,8}", Just(" ".to_string()),
        ], 0..30),
        junk in any::<String>().prop_map(|s| s.chars().take(40).collect::<String>()),
    ) {
        // Arbitrary text never panics.
        html_to_text(&junk);
        html_to_text(&(parts.concat() + &junk));
        // Well-formed markup: a script's contents never show, and the words outside the tags
        // are all there, in order.
        let html = parts.concat();
        let text = html_to_text(&html);
        prop_assert!(!text.contains("x = "), "{:?} → {:?}", html, text);
        // Letters only: an inline tag between two words joins them, a block tag parts them.
        let letters = |s: &str| s.chars().filter(char::is_ascii_lowercase).collect::<String>();
        let expected: String = parts
            .iter()
            .map(|p| match p.as_str() {
                "<pre> a\n b</pre>" => "ab".to_string(),
                p if p.starts_with('<') || p.starts_with('&') => String::new(),
                p => letters(p),
            })
            .collect();
        prop_assert_eq!(letters(&text), expected, "{:?} → {:?}", html, text);
    }
}
