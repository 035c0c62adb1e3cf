//! Arbitrary bytes as the JSON a batch user or a page hands us: a cluster line of the CLI's
//! --jsonl mode and an options object (the serde form of `Options`), then `summarize`.
//! Never a panic; malformed input is an error value.
#![no_main]

use corroborate::{summarize, Article, Options};
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
struct Cluster {
    articles: Vec<Article>,
    #[serde(default)]
    options: Option<Options>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(cluster) = serde_json::from_str::<Cluster>(text) {
        let articles: Vec<Article> = cluster.articles.into_iter().take(64).collect();
        let _ = summarize(&articles, &cluster.options.unwrap_or_default());
    }
    let _ = serde_json::from_str::<Options>(text).map(|o| o.budget());
});
