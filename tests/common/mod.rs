//! The one fixture reader shared by the integration tests.
#![allow(dead_code)]

use corroborate::Article;

/// Reads `tests/fixtures/NAME`: lines `=== TITLE | SOURCE` start articles, `#` lines before the
/// first article are comments.
pub fn fixture(name: &str) -> Vec<Article> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text)
}

/// Parses the fixture format (see [`fixture`]).
pub fn parse(text: &str) -> Vec<Article> {
    let mut articles: Vec<Article> = Vec::new();
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            let (title, source) = header.split_once(" | ").unwrap_or((header, ""));
            articles.push(
                Article::new("")
                    .with_title(title.trim())
                    .with_source(source.trim()),
            );
        } else if let Some(article) = articles.last_mut() {
            article.text.push_str(line);
            article.text.push('\n');
        }
    }
    articles
}

/// Page chrome from the fixtures that must never be quoted in a summary.
pub const CHROME: &[&str] = &[
    "Subscribe",
    "newsletter",
    "Image Source",
    "By Dana",
    "Nov. 3, 2026",
    "More from",
    "Celebrity chef",
    "gadgets",
    "rents",
    "regional final",
    "Photo:",
    "Share this",
    "Copyright",
    "All rights reserved",
    "Click here",
    "What we know",
    "Sign up",
    "Disaster Waiting",
];
