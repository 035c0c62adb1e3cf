//! Arbitrary text through `html_to_text`: never a panic, and what comes out is summarized
//! without one too (the CLI's path for .html files).
#![no_main]

use corroborate::{html_to_text, looks_like_html, summarize, Article, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let _ = looks_like_html(html);
    let text = html_to_text(html);
    let _ = summarize(&[Article::new(text)], &Options::default());
});
