//! Arbitrary bytes as the values a page hands the widget: parsed as JSON (the shapes of JS
//! values), then read by `corroborate_web::input`, the code the wasm layer runs on `JsValue`s,
//! and summarized. Never a panic; wrong shapes are `InputError`s with a message.
#![no_main]

use corroborate_web::input::{articles_from, options_from};
use corroborate::summarize;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // One JSON value as `[articles, options]`, or as the articles alone.
    let Ok(value) = serde_json::from_str::<Value>(text) else { return };
    let (articles, options) = match &value {
        Value::Array(pair) if pair.len() == 2 && pair[0].is_array() => (&pair[0], &pair[1]),
        _ => (&value, &Value::Null),
    };
    let articles = articles_from(articles);
    let options = options_from(options);
    if let Err(e) = &articles {
        assert!(!e.to_string().is_empty());
    }
    if let (Ok(articles), Ok(options)) = (articles, options) {
        if articles.len() <= 64 {
            if let Ok(summary) = summarize(&articles, &options) {
                for s in &summary.sentences {
                    assert_eq!(articles[s.article].text.get(s.span.clone()), Some(s.text.as_str()));
                }
            }
        }
    }
});
