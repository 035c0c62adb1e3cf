//! The one fixture reader shared by the integration tests.
#![allow(dead_code)]

use corroborate::Article;

/// Reads `tests/fixtures/NAME`: lines `=== TITLE | SOURCE` start articles, `#` lines before the
/// first article are comments.
pub fn fixture(name: &str) -> Vec<Article> {
    // The root package's tests and the CLI's (cli/, which runs tests/cli.rs) share the fixtures.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = if root.join("tests/fixtures").is_dir() {
        root
    } else {
        root.parent().unwrap_or(root)
    };
    let path = format!("{}/tests/fixtures/{name}", root.display());
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

/// A made-up sports report, pasted by mistake among the crane story's articles.
pub const FOOTBALL: &str = "Harbor City Rovers beat Ellis United 3-1 on Saturday to reach the \
league final for the first time since 1998.

Striker Tomas Bell scored twice in the second half, and goalkeeper Ines Mora saved a penalty \
in the 70th minute.

\"We have waited a long time for this,\" coach Marta Lind said after the match. \"The fans \
deserve it.\"

The final will be played at Ellis Stadium on May 14, and tickets go on sale on Monday.

Rovers lost their last two finals, in 1992 and 1998, both against Ellis United.
";
