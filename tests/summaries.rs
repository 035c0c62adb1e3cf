//! What a reader sees in a summary of the fixture clusters.

mod common;

use common::{fixture, CHROME};
use corroborate::{summarize, Article, ErrorKind, Length, Options, Summary, SummaryType};

fn crane() -> Vec<Article> {
    fixture("crane-collapse.txt")
}

fn assert_faithful(articles: &[Article], summary: &Summary) {
    for s in &summary.sentences {
        assert_eq!(
            s.text,
            &articles[s.article].text[s.span.clone()],
            "span round-trip"
        );
        assert!(s
            .supported_by
            .iter()
            .all(|&a| a < articles.len() && a != s.article));
        assert!(s.sources >= 1 && s.sources <= summary.stats.sources);
        for chrome in CHROME {
            assert!(
                !s.text.contains(chrome),
                "page chrome {chrome:?} quoted: {:?}",
                s.text
            );
        }
    }
}

#[test]
fn syndicated_copy_counts_as_one_source() {
    let articles = crane();
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_eq!(summary.stats.articles, 5);
    assert_eq!(summary.stats.sources, 4);
    assert_eq!(summary.articles[3].duplicate_of, Some(0));
    assert_eq!(
        summary.articles[3].source_group,
        summary.articles[0].source_group
    );
    assert_eq!(
        summary.articles[1].label,
        "Port Verity crane collapse: what we know"
    );
}

#[test]
fn a_copy_of_an_article_is_never_quoted_in_its_place() {
    // An outlet's article pasted twice (the second a syndicated copy of the first) beside
    // another outlet's: every sentence the copy shares is quoted from the first.
    let wire = "Six workers were hurt, two critically, when a grain silo exploded Wednesday at \
                the Prairie Gold cooperative in Harlow Falls, authorities said.\n\n\
                The explosion could be heard 8 miles away, residents said.\n\n\
                Fire Chief Dana Ortiz said grain dust probably ignited.\n\n\
                \"We're lucky nobody was killed,\" Ortiz said.\n\n\
                Federal safety inspectors were expected to arrive Thursday.";
    let other = "Six people were injured when a silo exploded at the Prairie Gold co-op in \
                 Harlow Falls on Wednesday, the sheriff's office said.\n\n\
                 Fire Chief Dana Ortiz said grain dust was the likely cause.";
    let articles = [Article::new(wire), Article::new(wire), Article::new(other)];
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_eq!(summary.articles[1].duplicate_of, Some(0));
    assert!(summary.sentences.len() >= 4, "{:?}", summary.sentences);
    for s in &summary.sentences {
        assert_ne!(s.article, 1, "{:?}", s.text);
    }
}

#[test]
fn default_summary_is_faithful_and_free_of_chrome() {
    let articles = crane();
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_faithful(&articles, &summary);
    assert!(!summary.sentences.is_empty() && summary.sentences.len() <= 5);
    assert!(summary.stats.words <= 150);
    // No sentence is quoted twice, not even from the repeated paragraph or the syndicated copy.
    let mut texts: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), summary.sentences.len());
}

#[test]
fn headline_is_the_most_corroborated_fact() {
    let articles = crane();
    let options = Options {
        summary_type: SummaryType::Headline,
        ..Options::default()
    };
    let summary = summarize(&articles, &options).unwrap();
    assert_eq!(summary.sentences.len(), 1);
    let top = &summary.sentences[0];
    // The collapse and the two-week closure: reported by every independent outlet.
    assert!(
        top.text.contains("collapse") && top.text.contains("two weeks"),
        "{:?}",
        top.text
    );
    assert!(top.sources >= 3, "{top:?}");
    assert!(top.supported_by.len() >= 2);
}

#[test]
fn a_claim_from_one_outlet_is_marked_as_such() {
    let articles = crane();
    let summary = summarize(
        &articles,
        &Options {
            max_words: Some(400),
            ..Options::default()
        },
    )
    .unwrap();
    // The share price drop appears only in the Harbor Times.
    if let Some(s) = summary
        .sentences
        .iter()
        .find(|s| s.text.contains("4.5 percent"))
    {
        assert_eq!(s.sources, 1);
        assert!(s.supported_by.is_empty());
    }
    let injured = summary
        .sentences
        .iter()
        .find(|s| s.text.contains("injured") || s.text.contains("hurt"));
    let injured = injured.expect("the no-injuries fact is in every account");
    assert!(injured.sources >= 2, "{injured:?}");
}

#[test]
fn a_number_written_out_corroborates_its_digits() {
    let articles = [
        Article::new("Fourteen miners walked out of the Kellan shaft on Thursday."),
        Article::new("The 14 miners walked out after two days in the dark."),
    ];
    let summary = summarize(&articles, &Options::default()).unwrap();
    let opening = summary
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Fourteen"))
        .expect("the opening sentence is chosen");
    assert_eq!(opening.supported_by, [1], "{opening:?}");
    assert_eq!(opening.sources, 2);
}

#[test]
fn key_facts_are_shared_names_and_numbers() {
    let summary = summarize(&crane(), &Options::default()).unwrap();
    let facts: Vec<&str> = summary.key_facts.iter().map(|f| f.text.as_str()).collect();
    assert!(facts.contains(&"Port Verity"), "{facts:?}");
    assert!(facts.iter().any(|f| f.contains("two weeks")), "{facts:?}");
    assert!(summary.key_facts.iter().all(|f| f.sources >= 2));
    let counts: Vec<usize> = summary.key_facts.iter().map(|f| f.sources).collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most sources first: {counts:?}"
    );
}

/// The key facts' texts of a summary of `texts`, one article each.
fn key_facts_of(texts: &[&str]) -> Vec<String> {
    let articles: Vec<Article> = texts.iter().map(|&t| Article::new(t)).collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    summary.key_facts.into_iter().map(|f| f.text).collect()
}

#[test]
fn key_facts_show_clock_times_whole_and_leave_out_lone_small_numbers() {
    let facts = key_facts_of(&[
        "The Millbrook council voted at 6:30 p.m. on Monday to raise the flood wall by 2 meters.",
        "At 6:30 p.m. on Monday the Millbrook council voted for a flood wall 2 meters higher.",
        "Millbrook's council agreed at 6:30 p.m. Monday to raise its flood wall by 2 meters.",
    ]);
    let facts: Vec<&str> = facts.iter().map(String::as_str).collect();
    assert!(facts.contains(&"Millbrook"), "{facts:?}");
    // The time, not half of it ("30 p.m"): a colon between digits joins them.
    assert!(facts.iter().any(|f| f.starts_with("6:30")), "{facts:?}");
    assert!(facts.iter().all(|f| !f.starts_with("30")), "{facts:?}");
    for lone in ["6", "30", "2"] {
        assert!(!facts.contains(&lone), "{facts:?}");
    }
}

#[test]
fn key_facts_keep_the_full_stop_of_an_abbreviation() {
    let facts = key_facts_of(&[
        "The U.S. Navy sent two tugboats to the stranded freighter on Sunday.",
        "Two tugboats from the U.S. Navy reached the freighter on Sunday.",
    ]);
    assert!(
        facts.iter().any(|f| f == "U.S." || f == "U.S. Navy"),
        "{facts:?}"
    );
    assert!(facts.iter().all(|f| f != "U.S"), "{facts:?}");
}

#[test]
fn key_facts_show_a_long_name_whole_not_in_overlapping_pairs() {
    let facts = key_facts_of(&[
        "The Hollis County Water Authority ordered Lake Corran lowered on Tuesday.",
        "Lake Corran is being lowered, the Hollis County Water Authority said on Tuesday.",
        "On Tuesday the Hollis County Water Authority began lowering Lake Corran.",
    ]);
    assert!(
        facts.iter().any(|f| f == "Hollis County Water Authority"),
        "{facts:?}"
    );
    for pair in ["Hollis County", "County Water", "Water Authority"] {
        assert!(facts.iter().all(|f| f != pair), "{facts:?}");
    }
    // Written whole by two of three sources, it counts two, and comes after the facts that
    // all three carry.
    let articles: Vec<Article> = [
        "The Hollis County Water Authority ordered Lake Corran lowered on Tuesday.",
        "Lake Corran is being lowered, the Hollis County Water Authority said on Tuesday.",
        "On Tuesday, Hollis County began lowering Lake Corran, its Water Authority said.",
    ]
    .into_iter()
    .map(Article::new)
    .collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    let name = summary
        .key_facts
        .iter()
        .find(|f| f.text == "Hollis County Water Authority")
        .unwrap_or_else(|| panic!("{:?}", summary.key_facts));
    assert_eq!((name.sources, name.articles.as_slice()), (2, &[0, 1][..]));
    let counts: Vec<usize> = summary.key_facts.iter().map(|f| f.sources).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // Two names that share a word but are never written as one stay apart.
    let facts = key_facts_of(&[
        "Mara Quinn met Quinn Tolliver in Port Ellis on Monday to sign the harbor deal.",
        "In Port Ellis, Mara Quinn and Quinn Tolliver signed the harbor deal on Monday.",
    ]);
    assert!(
        facts.iter().all(|f| !f.contains("Mara Quinn Tolliver")),
        "{facts:?}"
    );
}

#[test]
fn a_key_fact_does_not_end_inside_a_name_another_fact_took_first() {
    // "UC San" and "San Marco" make "UC San Marco" first; "Veterans Affairs" then joins
    // "Affairs San" and must go on to "Marco", whose pair is already taken.
    let facts = key_facts_of(&[
        "Doctors at UC San Marco and the Veterans Affairs San Marco clinic treated the divers on Friday.",
        "The four divers were taken to UC San Marco and to the Veterans Affairs San Marco clinic on Friday.",
        "On Friday UC San Marco doctors and the Veterans Affairs San Marco clinic cared for four divers.",
    ]);
    assert!(facts.iter().any(|f| f == "UC San Marco"), "{facts:?}");
    assert!(
        facts
            .iter()
            .any(|f| f.starts_with("Veterans Affairs San Marco")),
        "{facts:?}"
    );
    assert!(facts.iter().all(|f| !f.ends_with(" San")), "{facts:?}");
}

#[test]
fn a_capitalized_common_word_is_no_key_fact_but_a_name_is() {
    // "Police" is capitalized in two titles ("Police Chief", "Police Department"), but the
    // third article writes it in lowercase: a word, not a name. "Verity" is never lowercase.
    let facts = key_facts_of(&[
        "The pier at Verity closed on Tuesday after a crane fell, said Police Chief Ana Ruiz.",
        "A crane fell onto the pier at Verity on Tuesday, and the Police Department closed it.",
        "The pier at Verity is closed after a crane fell on Tuesday, police said.",
    ]);
    assert!(facts.iter().any(|f| f == "Verity"), "{facts:?}");
    assert!(facts.iter().all(|f| f != "Police"), "{facts:?}");
}

#[test]
fn a_day_or_a_month_alone_is_no_key_fact() {
    // Every article says "Tuesday" and "Nov."; alone they tell a reader nothing.
    let facts = key_facts_of(&[
        "The pier at Verity closed on Tuesday, Nov. 4, after a crane fell onto it.",
        "A crane fell onto the pier at Verity on Tuesday, Nov. 4, and the pier was closed.",
        "Verity's pier is closed after a crane fell on Tuesday, Nov. 4, officials said.",
    ]);
    assert!(facts.iter().any(|f| f == "Verity"), "{facts:?}");
    for date in ["Tuesday", "Nov", "Nov."] {
        assert!(facts.iter().all(|f| f != date), "{facts:?}");
    }
}

#[test]
fn a_word_only_ever_written_as_the_start_of_a_name_is_no_key_fact() {
    // "Centers" opens a name in every mention ("Centers for Harbor Safety"), whose function
    // word keeps it out of the pairs; "Verity" is a name of its own ("Verity's", "at Verity").
    let facts = key_facts_of(&[
        "The Centers for Harbor Safety said on Monday that the pier at Verity will reopen in May.",
        "The pier at Verity will reopen in May, according to the Centers for Harbor Safety.",
        "Verity's pier reopens in May after repairs, the Centers for Harbor Safety announced.",
    ]);
    assert!(facts.iter().any(|f| f == "Verity"), "{facts:?}");
    assert!(facts.iter().any(|f| f == "Harbor Safety"), "{facts:?}");
    assert!(facts.iter().all(|f| f != "Centers"), "{facts:?}");
}

#[test]
fn key_facts_drop_the_possessive_of_their_first_mention() {
    let facts = key_facts_of(&[
        "Port Verity’s north pier closed on Tuesday after a crane collapsed onto it.",
        "The north pier of Port Verity closed on Tuesday when a crane fell onto it.",
        "A crane fell onto the north pier at Port Verity, which closed on Tuesday.",
    ]);
    assert!(facts.iter().any(|f| f == "Port Verity"), "{facts:?}");
    assert!(facts.iter().all(|f| !f.ends_with("’s")), "{facts:?}");
}

#[test]
fn budgets_hold_for_every_preset_and_exact_budget() {
    let articles = crane();
    for summary_type in [
        SummaryType::KeyPoints,
        SummaryType::Tldr,
        SummaryType::Teaser,
        SummaryType::Headline,
    ] {
        for length in [Length::Short, Length::Medium, Length::Long] {
            let options = Options {
                summary_type,
                length,
                ..Options::default()
            };
            let (words, sentences) = options.budget();
            let summary = summarize(&articles, &options).unwrap();
            assert!(summary.stats.words <= words && summary.sentences.len() <= sentences);
            assert!(!summary.sentences.is_empty(), "{summary_type:?} {length:?}");
            assert_faithful(&articles, &summary);
        }
    }
    for max_words in [1, 5, 12, 30, 60, 100, 250, 1000] {
        let summary = summarize(
            &articles,
            &Options {
                max_words: Some(max_words),
                ..Options::default()
            },
        )
        .unwrap();
        let words: usize = summary
            .sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum();
        assert!(words <= max_words, "{words} > {max_words}");
        assert_eq!(words, summary.stats.words);
    }
    for max_sentences in 1..=8 {
        let summary = summarize(
            &articles,
            &Options {
                max_sentences: Some(max_sentences),
                ..Options::default()
            },
        )
        .unwrap();
        assert!(summary.sentences.len() <= max_sentences);
    }
}

#[test]
fn summary_is_in_reading_order() {
    let articles = crane();
    let summary = summarize(
        &articles,
        &Options {
            max_words: Some(250),
            ..Options::default()
        },
    )
    .unwrap();
    let first = &summary.sentences[0];
    assert!(
        first.text.contains("collapse"),
        "a lead first: {:?}",
        first.text
    );
}

#[test]
fn deterministic() {
    let articles = crane();
    let options = Options {
        max_words: Some(200),
        ..Options::default()
    };
    let a = summarize(&articles, &options).unwrap();
    for _ in 0..3 {
        assert_eq!(a, summarize(&articles, &options).unwrap());
    }
}

#[test]
fn one_article_falls_back_to_salience() {
    let articles = fixture("one-article.txt");
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_faithful(&articles, &summary);
    assert_eq!(summary.stats.sources, 1);
    assert!(summary.sentences.len() >= 3);
    assert!(summary
        .sentences
        .iter()
        .all(|s| s.sources == 1 && s.supported_by.is_empty()));
    assert!(
        summary.sentences[0].text.starts_with("The River Ash rose"),
        "{:?}",
        summary.sentences[0]
    );
}

#[test]
fn two_articles() {
    let articles = crane();
    let pair = [articles[0].clone(), articles[2].clone()];
    let summary = summarize(&pair, &Options::default()).unwrap();
    assert_faithful(&pair, &summary);
    assert_eq!(summary.stats.sources, 2);
    assert!(summary.sentences.iter().any(|s| s.sources == 2));
}

#[test]
fn an_article_about_another_story_is_left_out_and_marked() {
    let mut articles = crane();
    articles.insert(
        2,
        Article::new(common::FOOTBALL).with_title("Rovers reach the final"),
    );
    for words in [60, 100, 250, 400] {
        let options = Options {
            max_words: Some(words),
            ..Options::default()
        };
        let summary = summarize(&articles, &options).unwrap();
        assert_faithful(&articles, &summary);
        let off: Vec<bool> = summary.articles.iter().map(|a| a.off_topic).collect();
        assert_eq!(
            off,
            [false, false, true, false, false, false],
            "{words} words"
        );
        assert!(summary.sentences.iter().all(|s| s.article != 2));
        assert!(summary.sentences.len() >= 3);
        // It counts for nothing: not as a source, not for a key fact.
        assert_eq!(summary.stats.sources, 4);
        assert!(summary.key_facts.iter().all(|f| !f.articles.contains(&2)));
        assert!(summary
            .sentences
            .iter()
            .all(|s| !s.supported_by.contains(&2)));
        let note = "Left out as about another story: Rovers reach the final.";
        assert_eq!(summary.left_out_note().as_deref(), Some(note));
        assert!(summary.to_markdown().ends_with(&format!("\n*{note}*\n")));
    }
    // Two articles: no telling which one strays, so neither is left out.
    let pair = [articles[0].clone(), articles[2].clone()];
    let summary = summarize(&pair, &Options::default()).unwrap();
    assert!(summary.articles.iter().all(|a| !a.off_topic));
    assert!(summary.sentences.iter().any(|s| s.article == 1));
    // Three unrelated articles have no shared story to stray from.
    let museum = common::fixture("museum-flood.txt");
    let unrelated = [articles[0].clone(), articles[2].clone(), museum[0].clone()];
    let summary = summarize(&unrelated, &Options::default()).unwrap();
    assert!(summary.articles.iter().all(|a| !a.off_topic));
}

#[test]
fn many_articles() {
    // 120 outlets: the crane story retold with a different detail in each.
    let base = crane();
    let articles: Vec<Article> = (0..120)
        .map(|i| {
            let mut a = base[i % 5].clone();
            a.text.push_str(&format!(
                "\nReporter number {i} counted {} trucks waiting at the gate.\n",
                i * 7 + 3
            ));
            a
        })
        .collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_faithful(&articles, &summary);
    assert!(summary.sentences.len() >= 3);
    assert!(summary.stats.words <= 150);
}

#[test]
fn only_headings_gives_an_empty_summary_not_an_error() {
    let articles = [Article::new("Crane Collapses\nPier Closed\nMore News")];
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert!(summary.sentences.is_empty());
    assert_eq!(summary.stats.candidates, 0);
}

#[test]
fn an_article_that_lost_its_last_full_stop_is_still_summarized() {
    // Pasted on one line, the last sentence cut before its full stop: nothing is lost.
    let text = "The Vallen ferry ran aground on Tuesday with 40 passengers on board. \
                All of them were brought ashore by lifeboat, the coast guard said. \
                The ferry will be towed to port on Thursday";
    let summary = summarize(&[Article::new(text)], &Options::default()).unwrap();
    assert!(!summary.sentences.is_empty());
    assert!(summary.sentences[0]
        .text
        .starts_with("The Vallen ferry ran aground"));
}

/// Every sentence the summaries of `articles` quote at each budget of `budgets`, with its
/// budget; each summary has at least one.
fn quoted_at(articles: &[Article], budgets: &[usize]) -> Vec<(usize, String)> {
    let mut quoted = Vec::new();
    for &words in budgets {
        let options = Options {
            max_words: Some(words),
            ..Options::default()
        };
        let summary = summarize(articles, &options).unwrap();
        assert!(!summary.sentences.is_empty(), "{words} words");
        quoted.extend(summary.sentences.into_iter().map(|s| (words, s.text)));
    }
    quoted
}

/// Is a sentence that starts with `start` a candidate in `explained`?
fn is_candidate(explained: &corroborate::Explanation, start: &str) -> bool {
    explained
        .sentences
        .iter()
        .any(|s| s.text.starts_with(start) && s.candidate)
}

#[test]
fn a_headline_that_ends_like_a_sentence_is_not_quoted() {
    // A teaser headline in Title Case that carries every agreed fact, and ends with "!".
    let articles = [
        Article::new(
            "Crane Collapse At Port Verity Closes North Pier For Two Weeks, Union Boss Says!\n\n\
             The harbor authority said engineers would inspect the crane on Wednesday.",
        ),
        Article::new(
            "A crane collapsed at Port Verity on Tuesday, and the north pier will close for two \
             weeks, the union boss said.",
        ),
        Article::new(
            "The north pier at Port Verity closed for two weeks after a crane collapse, officials said.",
        ),
    ];
    for (words, text) in quoted_at(&articles, &[20, 40, 60]) {
        assert!(!text.contains("Union Boss Says"), "{words} words: {text:?}");
    }
}

#[test]
fn text_wrapped_at_a_fixed_width_is_quoted_in_whole_sentences() {
    // Plain-text wire copy wrapped at 78 columns: its lines break mid-sentence before
    // capitalized words too.
    let articles = [Article::new(
        "Council Votes to Close the Old Ferry Pier\n\n\
         The Port Ellis council voted 5-2 on Tuesday to close the old ferry pier after\n\
         Harbor Master Elena Ruiz told members that its pilings were rotting and that\n\
         a collapse could come any day now, according to a report she presented at\n\
         the meeting. The pier, built in 1931, will be demolished next spring at a\n\
         cost of about $1.2 million, officials said.\n\n\
         Councilor Ana Ruiz, who voted against the plan, said the city should have\n\
         repaired the pier years ago. Demolition crews will start work in March.\n",
    )];
    let quoted = quoted_at(&articles, &[60, 100]);
    let starts: Vec<&str> = quoted.iter().map(|(_, t)| &t[..12]).collect();
    assert!(starts.contains(&"The Port Ell"), "{quoted:?}");
    for (words, text) in &quoted {
        assert!(
            !text.starts_with("Harbor Master"),
            "{words} words: {text:?}"
        );
        assert!(!text.contains("Council Votes"), "{words} words: {text:?}");
        assert!(text.ends_with('.'), "{words} words: {text:?}");
    }
}

#[test]
fn page_chrome_of_every_kind_is_never_quoted() {
    let articles = fixture("museum-flood.txt");
    let chrome = [
        "Jane Doe",
        "free articles",
        "developing story",
        "Contact the reporter",
        "originally appeared",
        "JavaScript",
        "contributed",
        "rewritten or redistributed",
        "continue reading",
        "Loading",
    ];
    for (words, text) in quoted_at(&articles, &[40, 100, 250]) {
        for c in chrome {
            assert!(!text.contains(c), "{words} words: {text:?}");
        }
    }
}

#[test]
fn news_about_social_networks_is_quoted_and_their_buttons_are_not() {
    // A story about Facebook and Twitter, with the buttons, prompts and embeds pages carry.
    // Sentences that name the networks are news; short lines of them, prompts that open
    // with "Follow" and embedded posts are chrome.
    let articles = [
        Article::new(
            "Facebook Removes Port Ellis Rumor Pages\n\n\
             Share on Facebook Share on Twitter WhatsApp\n\n\
             Facebook removed 40 pages that spread false rumors about the Port Ellis water \
             supply, the company said on Tuesday. Users could not log in to two of the pages for \
             a day before they were removed.\n\n\
             His comments drew criticism from the council, Mayor Lena Ortiz said.\n\n\
             Follow Dana Whitlow on Twitter and Instagram.\n\n\
             Comments (12)",
        ),
        Article::new(
            "Facebook said on Tuesday it had removed 40 pages spreading false rumors about the Port \
             Ellis water supply.\n\n\
             The rumors spread on Twitter as well, where the city posted a warning on Monday.\n\n\
             Like us on Facebook.\n\n\
             the water is fine, I drank it today pic.twitter.com/xk2Lq9 \u{2014} Port Ellis \
             (@portellis) November 3, 2026",
        ),
        Article::new(
            "Forty pages with false rumors about the Port Ellis water supply were removed by \
             Facebook on Tuesday. The city had posted a warning on Twitter on Monday.\n\n\
             Advertisement\n\n\
             Sign up for our newsletter to get the latest news from Port Ellis.",
        ),
    ];
    let quoted = quoted_at(&articles, &[20, 40, 100]);
    assert!(
        quoted.iter().any(|(_, t)| t.starts_with("Facebook")),
        "{quoted:?}"
    );
    for (words, text) in &quoted {
        for chrome in [
            "Share on",
            "Follow Dana",
            "Comments (",
            "Like us",
            "pic.twitter",
            "Advertisement",
            "newsletter",
        ] {
            assert!(!text.contains(chrome), "{words} words: {text:?}");
        }
    }
    // The sentences that name the networks may all be chosen; the chrome may not.
    let explained = corroborate::explain(&articles, &Options::default()).unwrap();
    let candidate = |start: &str| is_candidate(&explained, start);
    for news in [
        "Facebook removed 40 pages",
        "Users could not log in",
        "His comments drew",
        "The rumors spread on Twitter",
    ] {
        assert!(candidate(news), "{news}: {:#?}", explained.sentences);
    }
    for chrome in ["Follow Dana", "Like us", "the water is fine", "Sign up for"] {
        assert!(!candidate(chrome), "{chrome}: {:#?}", explained.sentences);
    }
}

#[test]
fn prompts_for_the_readers_say_are_not_quoted() {
    // A paper's closing paragraph asks for questions and comments, in full sentences of the
    // story's own words; the news about questions is quoted. (A prompt's phrase makes a
    // sentence chrome when it is of at most 12 words, or has a word such as "livechat" that
    // news prose hardly uses: "tell us what you think" may be a quotation's words.)
    let articles = [
        Article::new(
            "The Port Ellis council voted on Tuesday to close the old ferry pier after engineers \
             found its pilings rotting. Residents will put their questions to the harbor master \
             at a hearing on Monday, the mayor said.\n\n\
             Have more to say about the ferry pier? We take your questions about the harbor every \
             week in our weekly livechat, Pier Talk, Fridays at noon. The comment box is open, so \
             submit your questions now.",
        ),
        Article::new(
            "The old ferry pier in Port Ellis will close after the council voted on Tuesday, \
             following an engineers' report on its rotting pilings.\n\n\
             Tell us what you think about the ferry pier closing. Share your thoughts on the \
             pier below.",
        ),
        Article::new(
            "Engineers found the pilings of the Port Ellis ferry pier rotting, and the council \
             voted on Tuesday to close it. The harbor master will answer questions at a hearing \
             on Monday.",
        ),
    ];
    for (words, text) in quoted_at(&articles, &[20, 40, 100, 250]) {
        for chrome in [
            "more to say",
            "livechat",
            "comment box",
            "Tell us",
            "Share your",
        ] {
            assert!(!text.contains(chrome), "{words} words: {text:?}");
        }
    }
    // Not even candidates: long enough and full of agreed words, they could fill a budget.
    let explained = corroborate::explain(&articles, &Options::default()).unwrap();
    let candidate = |start: &str| is_candidate(&explained, start);
    assert!(
        candidate("Residents will put their questions"),
        "{:#?}",
        explained.sentences
    );
    for chrome in [
        "Have more",
        "We take your",
        "The comment box",
        "Tell us",
        "Share your",
    ] {
        assert!(!candidate(chrome), "{chrome}: {:#?}", explained.sentences);
    }
}

#[test]
fn a_byline_row_is_not_quoted() {
    // "By … | Updated 9:14 a.m." ends with a full stop, as "By Tuesday, …" does, but is the
    // page's byline row; short and first in its article, it once filled the budget's end.
    let articles = [
        Article::new(
            "Barge Strikes Harbor Bridge\n\n\
             By Mara Quinn | Updated 9:14 a.m.\n\n\
             A runaway barge struck the Harbor Bridge in Port Ellis early Tuesday, and officials \
             closed the bridge while engineers inspect two damaged piers.",
        ),
        Article::new(
            "A barge hit the Harbor Bridge in Port Ellis on Tuesday, and the county closed the \
             bridge for at least two weeks.",
        ),
        Article::new(
            "Engineers found two damaged piers after a barge struck the Harbor Bridge in Port \
             Ellis on Tuesday.",
        ),
    ];
    for (words, text) in quoted_at(&articles, &[20, 40, 60, 100]) {
        assert!(!text.contains("Mara Quinn"), "{words} words: {text:?}");
    }
}

#[test]
fn fragments_and_asides_are_not_quoted_on_their_own() {
    // "?” said …" ends a sentence by the Unicode rules; what follows is no sentence to quote
    // alone, however many sources share its words. Nor is an aside in parentheses, nor a
    // dateline after a state.
    let said = "said Rosa Delgado, a spokeswoman for the Port Verity harbor authority. \
                (Port Verity harbor is the busiest on the coast, the authority said.)";
    let articles = [
        Article::new(format!(
            "MILLBROOK, Ore. (Harbor Wire) — A crane collapsed at Port Verity on Tuesday.\n\n\
             “Who approved the lift?” {said}"
        )),
        Article::new(format!(
            "The crane at Port Verity fell on Tuesday. “Was the wind too strong?” {said}"
        )),
        Article::new(format!(
            "A Port Verity crane collapsed Tuesday. “How did this happen?” {said}"
        )),
    ];
    for (words, text) in quoted_at(&articles, &[20, 40, 80]) {
        assert!(!text.starts_with("said"), "{words} words: {text:?}");
        assert!(!text.starts_with('('), "{words} words: {text:?}");
        assert!(!text.ends_with(')'), "{words} words: {text:?}");
    }
}

#[test]
fn text_without_capitals_is_summarized_sentence_by_sentence() {
    let sentence = |n: usize| {
        format!("the crane at port verity fell on tuesday and pier {n} stayed closed for a week.")
    };
    let text: String = (0..12).map(|n| sentence(n) + " ").collect();
    let articles = [
        Article::new(text.clone()),
        Article::new(text.replace("week", "month")),
    ];
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert!(!summary.sentences.is_empty());
    for s in &summary.sentences {
        assert!(s.text.split_whitespace().count() < 20, "{:?}", s.text);
    }
}

#[test]
fn text_in_capitals_is_summarized_when_there_is_nothing_else() {
    // A broadcast transcript: every line in capitals, like a headline, but all there is.
    let transcript =
        "A CRANE COLLAPSED AT THE PORT OF VERITY THIS MORNING AND CLOSED THE NORTH PIER.\n\
        HARBOR OFFICIALS SAY NOBODY WAS HURT BECAUSE THE SHIFT HAD NOT STARTED YET.\n";
    let articles = [
        Article::new(transcript),
        Article::new(transcript.replace("CRANE", "BIG CRANE")),
    ];
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert!(!summary.sentences.is_empty());
    assert_faithful(&articles, &summary);
}

#[test]
fn bullet_only_input_falls_back_to_list_items() {
    let articles = [Article::new("- The crane fell at dawn on Tuesday\n- The north pier is closed for two weeks\n- Nobody was hurt in the collapse")];
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert!(!summary.sentences.is_empty());
    assert!(summary.sentences.iter().all(|s| !s.text.starts_with('-')));
}

#[test]
fn errors_are_typed_with_actionable_messages() {
    let e = summarize(&[], &Options::default()).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::NoText);
    let e = summarize(&[Article::new(" \n\t ")], &Options::default()).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::NoText);
    let big = Article::new("word ".repeat(300));
    let e = summarize(
        &[big],
        &Options {
            max_input_bytes: 1000,
            ..Options::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::InputTooLarge {
            limit: 1000,
            given: 1500
        }
    );
    assert!(
        e.to_string().contains("1.5 kB given, the limit is 1.0 kB"),
        "{e}"
    );
    let many = vec![Article::new("A sentence here."); 3];
    let e = summarize(
        &many,
        &Options {
            max_articles: 2,
            ..Options::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::TooManyArticles { limit: 2, given: 3 });
    let e = summarize(
        &many,
        &Options {
            max_words: Some(0),
            ..Options::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "invalid option maxWords: must be at least 1");
}

#[test]
fn messy_and_foreign_input_never_fails() {
    let inputs = [
        "\u{0}\u{1}\u{7f} binary \u{fffd}\u{fffd} junk",
        "<html><body><script>alert(1)</script><p>The pier closed on Tuesday after the crane fell.</p></body></html>",
        "🎉🎉🎉 👩‍👩‍👧 🚢",
        "港口的起重机周二倒塌。北码头将关闭两周。没有人受伤。",
        "ท่าเรือปิดหลังเครนถล่ม ไม่มีผู้ได้รับบาดเจ็บ",
        "انهارت رافعة في الميناء يوم الثلاثاء. لم يصب أحد بأذى.",
        "क्रेन गिरने के बाद बंदरगाह बंद हो गया। कोई घायल नहीं हुआ।",
        "e\u{301}e\u{301}e\u{301}. Cafe\u{301} closed.",
        ". . . ! ? …",
        "a",
    ];
    for text in inputs {
        let articles = [Article::new(text), Article::new(text)];
        let summary = summarize(&articles, &Options::default()).unwrap();
        assert_faithful(&articles, &summary);
    }
}

#[test]
fn scripts_without_spaces_get_an_extract() {
    // A whole Chinese or Thai sentence is one whitespace "word"; budgets count two characters
    // as a word there, so these sentences are long enough to quote.
    for text in [
        "港口的起重机周二早上倒塌了。北码头将关闭两周，港务局说。没有人在事故中受伤。",
        "เครนยักษ์ที่ท่าเรือถล่มลงมาเมื่อเช้าวันอังคาร และท่าเรือฝั่งเหนือจะปิดเป็นเวลาสองสัปดาห์",
    ] {
        let articles = [Article::new(text), Article::new(text.replace('。', "。\n"))];
        let summary = summarize(&articles, &Options::default()).unwrap();
        assert!(!summary.sentences.is_empty(), "{text}");
        assert_faithful(&articles, &summary);
    }
}

/// Found by tests/properties.rs: two copies of an article with no long paragraph (only
/// bullets) were counted as two sources, so one "corroborated" the other.
#[test]
fn regression_proptest_bullet_only_copies_are_one_source() {
    let a = Article::new("• Pier closed for two weeks\n");
    let summary = summarize(&[a.clone(), a], &Options::default()).unwrap();
    assert_eq!(summary.stats.sources, 1);
    assert_eq!(summary.articles[1].duplicate_of, Some(0));
    assert!(summary
        .sentences
        .iter()
        .all(|s| s.supported_by.is_empty() && s.sources == 1));
}

#[test]
fn live_blog_labels_and_cut_off_teasers_are_not_quoted() {
    // A live blog's time stamps, a label before the news, an explainer's Q and A, and a
    // teaser cut off where its link began, each carrying the story's agreed words.
    let articles = [
        Article::new(
            "10:42 a.m. — About 8,000 Pinecrest residents were ordered to leave as the Ridge Fire \
             burned 12,000 acres, Cal Fire said.\n\n\
             UPDATE: Two firefighters were hurt fighting the Ridge Fire near Pinecrest, Cal Fire \
             said.\n\n\
             12 p.m. | Shelters at Pinecrest High School took in residents fleeing the Ridge \
             Fire.\n\n\
             EXCLUSIVE: Inside the race to save Pinecrest from the Ridge Fire and its 12,000 \
             acres...",
        ),
        Article::new(
            "The Ridge Fire forced about 8,000 residents of Pinecrest to leave on Monday after \
             burning 12,000 acres, and two firefighters were hurt, Cal Fire said.\n\n\
             Q: Where can the Pinecrest residents go?\n\n\
             A: Cal Fire said shelters are open at Pinecrest High School for the 8,000 residents.",
        ),
        Article::new(
            "Cal Fire said the Ridge Fire had burned 12,000 acres near Pinecrest, where 8,000 \
             residents left their homes and two firefighters were hurt.",
        ),
    ];
    let quoted = quoted_at(&articles, &[30, 60, 120, 250]);
    for (words, text) in &quoted {
        for label in [
            "10:42",
            "12 p.m.",
            "UPDATE",
            "Q:",
            "A:",
            "EXCLUSIVE",
            "Inside the race",
        ] {
            assert!(!text.contains(label), "{words} words: {text:?}");
        }
        assert!(!text.ends_with("..."), "{words} words: {text:?}");
    }
    // The entries themselves may be quoted, without their labels; the teaser may not.
    let explained = corroborate::explain(&articles, &Options::default()).unwrap();
    for start in [
        "About 8,000 Pinecrest residents",
        "Two firefighters were hurt",
        "Shelters at Pinecrest High School",
        "Where can the Pinecrest",
        "Cal Fire said shelters",
    ] {
        assert!(is_candidate(&explained, start), "{start}");
    }
    assert!(!is_candidate(&explained, "Inside the race"));
}

#[test]
fn a_quotation_is_quoted_whole_with_its_speaker() {
    // Quotations of two sentences, the speaker named after the second.
    let articles = [
        Article::new(
            "The Marle river flooded Lenton on Thursday, and 400 people left their homes. \
             \"It came up so fast. We lost everything on the ground floor,\" said shop owner \
             Priya Shah.",
        ),
        Article::new(
            "About 400 Lenton residents fled on Thursday as the Marle river flooded the town. \
             “We lost everything on the ground floor. It came up so fast,” Priya Shah said.",
        ),
        Article::new(
            "Flooding in Lenton forced 400 people out on Thursday. Shop owner Priya Shah said \
             the water came up so fast that she lost everything on the ground floor.",
        ),
    ];
    let quoted = quoted_at(&articles, &[20, 40, 60, 100]);
    for (words, text) in &quoted {
        let straight = text.matches('"').count();
        let (open, close) = (text.matches('“').count(), text.matches('”').count());
        assert!(
            straight % 2 == 0 && open == close,
            "{words} words: {text:?}"
        );
    }
    assert!(
        quoted
            .iter()
            .any(|(_, t)| t.contains("ground floor") && t.contains("Priya Shah")),
        "{quoted:?}"
    );
}

#[test]
fn a_quotation_that_follows_its_speakers_sentence_is_quoted_with_it() {
    // The governor's second quotation has no speaker of its own; quoted alone, a reader
    // could not tell who said it.
    let articles = [
        Article::new(
            "Engineers ordered Lake Corran lowered by 12 feet on Tuesday after inspectors \
             found two cracks in the Corran Dam. \"There is no immediate danger downstream,\" \
             said Gov. Alan Pryce. \"But we are not going to wait and find out.\"",
        ),
        Article::new(
            "Lake Corran is being lowered by 12 feet after two cracks were found in the \
             Corran Dam on Tuesday. Gov. Alan Pryce said there was no immediate danger, but \
             the state would not wait and find out.",
        ),
        Article::new(
            "Inspectors found two cracks in the Corran Dam, and engineers began lowering Lake \
             Corran by 12 feet on Tuesday. The state is not going to wait and find out, the \
             governor said.",
        ),
    ];
    let quoted = quoted_at(&articles, &[15, 30, 45, 60, 100]);
    for (words, text) in &quoted {
        assert!(!text.starts_with("\"But"), "{words} words: {text:?}");
    }
    assert!(
        quoted
            .iter()
            .any(|(_, t)| t.contains("Pryce. \"But we are not going to wait")),
        "{quoted:?}"
    );
}

#[test]
fn a_detail_from_one_source_fills_a_long_budget_once_the_agreed_facts_are_covered() {
    let articles = [
        Article::new(
            "Striking crews of the Vell Bay ferry system voted on Friday to accept a 9% raise \
             over three years, ending an 11-day walkout that stranded about 30,000 daily \
             commuters. The union, Marine Workers Local 14, said 412 members voted for the \
             deal and 96 against.",
        ),
        Article::new(
            "Ferry crews in Vell Bay have voted to end their 11-day strike, accepting a \
             contract that raises pay 9% over three years, their union said Friday. Commuters \
             have crowded buses and bridges since the strike began, and city officials \
             estimated the walkout cost local businesses $2 million a day.",
        ),
        Article::new(
            "Members of Marine Workers Local 14 voted 412-96 on Friday to approve a \
             three-year contract with a 9% raise, the union said. Ferry service resumes \
             Monday morning.",
        ),
    ];
    let quoted = quoted_at(&articles, &[250]);
    // New to the summary, though only one source reports it: not a near-repeat.
    assert!(
        quoted
            .iter()
            .any(|(_, t)| t.starts_with("Commuters have crowded")),
        "{quoted:?}"
    );
    // The two reports of the vote say the same: one of them is enough.
    let votes = quoted
        .iter()
        .filter(|(_, t)| t.contains("412") || t.starts_with("Ferry crews"))
        .count();
    assert!(votes <= 2, "{quoted:?}");
}

#[test]
fn a_focus_changes_what_is_chosen_but_not_what_everyone_reports() {
    let articles = crane();
    let short = Options {
        max_sentences: Some(3),
        ..Options::default()
    };
    let plain = summarize(&articles, &short).unwrap();
    let focused = summarize(
        &articles,
        &Options {
            focus: Some("When was the crane last inspected?".into()),
            ..short.clone()
        },
    )
    .unwrap();
    assert_faithful(&articles, &focused);
    let has = |s: &Summary, w: &str| s.sentences.iter().any(|x| x.text.contains(w));
    assert!(!has(&plain, "March"), "{:?}", plain.sentences);
    assert!(has(&focused, "March"), "{:?}", focused.sentences);
    // The closure every outlet reports is still there.
    assert!(has(&focused, "two weeks"), "{:?}", focused.sentences);
    // The same focus, asked in other words of one script or another, or not at all.
    for focus in ["", "inspection report cooperation", "Inspektion"] {
        let s = summarize(
            &articles,
            &Options {
                focus: Some(focus.into()),
                ..short.clone()
            },
        )
        .unwrap();
        assert!(!s.sentences.is_empty());
    }
}

#[test]
fn page_furniture_is_known_by_its_shape_and_glued_sentences_are_quoted_apart() {
    let articles = common::fixture("furniture.txt");
    let summary = summarize(
        &articles,
        &Options {
            max_words: Some(400),
            ..Options::default()
        },
    )
    .unwrap();
    assert_faithful(&articles, &summary);
    let all: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    for furniture in [
        "rate this article",
        "Help us improve",
        "rate it",
        "rate this post",
        "Vote count",
        "Votes",
        "Embed",
        "Apple Podcasts",
        "our podcast",
        "breaking news alerts",
        "your region",
        "your inbox",
        "full story",
        "MORE",
        "reopens",
        "(which",
        "passengers.On",
        "ad blocker",
        "our journalism",
        "video tag",
        "Telegram",
        "Google News",
        "reporting possible",
        "member",
        "hear from you",
        "comments",
    ] {
        assert!(
            !all.iter().any(|s| s.contains(furniture)),
            "{furniture:?} quoted: {all:?}"
        );
    }
    // Both halves of the glued pair are sentences of their own; the gash is corroborated.
    let gash = all
        .iter()
        .find(|s| s.contains("gash"))
        .expect("the gash is in the summary");
    assert!(!gash.contains("passengers"), "{gash:?}");
    assert!(summary
        .sentences
        .iter()
        .any(|s| s.text.contains("gash") && s.sources >= 2));
}

#[test]
fn a_paragraph_ending_in_a_glued_box_of_headlines_keeps_its_sentences() {
    // The related-headlines box runs on from the paragraph's last full stop without a space
    // and never ends as a sentence does. Before, the whole paragraph was taken for a caption
    // and its news lost with it.
    let text = "The ferry Marisol ran aground off Gull Island on Sunday, and all 86 passengers \
                were taken ashore by lifeboat.\n\n\
                The coast guard is investigating. The ferry line said it would give every \
                passenger their fare back.Ferry Marisol Aground Gull Island Rescue Harbor \
                Cleanup Begins MORE\n\n\
                Divers found a gash in the hull below the waterline on Monday.";
    let articles = vec![Article::new(text)];
    let options = Options {
        max_words: Some(400),
        ..Options::default()
    };
    let summary = summarize(&articles, &options).unwrap();
    assert_faithful(&articles, &summary);
    let all: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(
        all.contains(&"The ferry line said it would give every passenger their fare back."),
        "{all:?}"
    );
    assert!(!all.iter().any(|s| s.contains("MORE")), "{all:?}");
}
