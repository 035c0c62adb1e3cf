//! Summarize three made-up reports of one story and print each sentence with its source and
//! agreement. Run: cargo run --example summarize_cluster

use corroborate::{summarize, Article, Options, SummaryType};

fn main() -> Result<(), corroborate::Error> {
    let articles = [
        Article::new(
            "The Millbrook council voted on Monday to raise the flood wall by two meters. \
             Work will start in April and cost 4.2 million euros, the mayor said.",
        )
        .with_source("Millbrook Courier"),
        Article::new(
            "Millbrook will raise its flood wall by two meters after a council vote on Monday. \
             Residents of the low streets welcomed the decision.",
        )
        .with_source("River Valley News"),
        Article::new(
            "A two-meter rise of the flood wall was approved by the Millbrook council on Monday. \
             The work will cost 4.2 million euros.",
        )
        .with_source("Regional Times"),
    ];
    let options = Options {
        summary_type: SummaryType::Tldr,
        ..Options::default()
    };
    let summary = summarize(&articles, &options)?;
    for s in &summary.sentences {
        println!(
            "{}\n    ({}; {} of {} sources)",
            s.text, summary.articles[s.article].label, s.sources, summary.stats.sources
        );
    }
    let facts: Vec<&str> = summary.key_facts.iter().map(|f| f.text.as_str()).collect();
    println!("key facts: {}", facts.join(", "));
    Ok(())
}
