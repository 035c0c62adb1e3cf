//! Host values → [`Article`]s and [`Options`]: reading what a dynamically typed caller hands
//! us (a JavaScript value in the browser, a JSON value natively), with the same
//! rules and messages everywhere.
//!
//! The browser build reads JS values through [`HostValue`] for `JsValue` (in the crate's
//! root); the
//! fuzz target `js_boundary` and the tests drive the very same functions with
//! `serde_json::Value`, which has the same shapes (null, numbers, strings, arrays, objects).
//! Why not serde: its deserializer cost about a tenth of the WebAssembly module, and
//! serde-wasm-bindgen looks up known fields only, so a typo such as `maxWrods` was silently
//! ignored; here unknown options are refused with the list of valid names.

use std::fmt;

use corroborate::{Article, Error, ErrorKind, Language, Length, Options, SummaryType};

/// A value of a dynamically typed host, as far as reading articles and options needs it.
pub trait HostValue: Sized {
    /// `null` or `undefined` (a missing field reads as undefined).
    fn is_nullish(&self) -> bool;
    /// The value if it is a string.
    fn as_string(&self) -> Option<String>;
    /// The value if it is a number.
    fn as_number(&self) -> Option<f64>;
    /// The items if it is an array.
    fn as_array(&self) -> Option<Vec<Self>>;
    /// An object that is not an array (and not null).
    fn is_plain_object(&self) -> bool;
    /// The field `key` of an object (nullish when missing or not an object).
    fn get(&self, key: &str) -> Self;
    /// The own keys of an object, in order (empty for anything else).
    fn keys(&self) -> Vec<String>;
}

/// Input of the wrong shape: which value, and what it should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    message: String,
}

impl InputError {
    fn new(message: String) -> Self {
        InputError { message }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

const ARTICLES_SHAPE: &str =
    "articles must be an array of strings or of { text, title?, source? } objects";

/// Reads the articles: an array of strings or of `{ text, title?, source? }` objects.
///
/// # Errors
///
/// A message naming the article (1-based) and the field that has the wrong shape; nullish
/// input reads as "no text".
pub fn articles_from<V: HostValue>(value: &V) -> Result<Vec<Article>, InputError> {
    if value.is_nullish() {
        return Err(InputError::new(Error::from(ErrorKind::NoText).to_string()));
    }
    let items = value
        .as_array()
        .ok_or_else(|| InputError::new(format!("{ARTICLES_SHAPE}, not a single value")))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            if let Some(text) = item.as_string() {
                return Ok(Article::new(text));
            }
            if !item.is_plain_object() {
                return Err(InputError::new(format!(
                    "{ARTICLES_SHAPE}; article {} is neither",
                    i + 1
                )));
            }
            let field = |name: &str| -> Result<Option<String>, InputError> {
                let v = item.get(name);
                if v.is_nullish() {
                    return Ok(None);
                }
                v.as_string().map(Some).ok_or_else(|| {
                    InputError::new(format!("article {}: {name} must be a string", i + 1))
                })
            };
            let text = field("text")?
                .ok_or_else(|| InputError::new(format!("article {}: text is missing", i + 1)))?;
            Ok(Article {
                text,
                title: field("title")?,
                source: field("source")?,
            })
        })
        .collect()
}

/// The option names a host may pass.
pub const OPTION_NAMES: &[&str] = &[
    "type",
    "length",
    "maxWords",
    "maxSentences",
    "maxKeyFacts",
    "maxInputBytes",
    "maxArticles",
    "language",
    "focus",
];

/// A whole number of 0 or more, one above `usize::MAX` read as `usize::MAX`: as many as there
/// can be (`None` for anything else: negative, fractional, NaN, infinite, not a number).
pub fn whole_number<V: HostValue>(value: &V) -> Option<usize> {
    value
        .as_number()
        .filter(|&n| n >= 0.0 && n.fract() == 0.0)
        // `as` saturates: a budget of 1e12 words in a 32-bit module is no budget.
        .map(|n| n as usize)
}

/// Reads the options object: the camelCase names and defaults of the serde form of
/// [`Options`]. Nullish means all defaults.
///
/// # Errors
///
/// A message naming the option and what it must be; unknown names are refused with the list
/// of valid ones.
pub fn options_from<V: HostValue>(value: &V) -> Result<Options, InputError> {
    let mut options = Options::default();
    if value.is_nullish() {
        return Ok(options);
    }
    if !value.is_plain_object() {
        return Err(InputError::new(
            "invalid options: options must be an object such as { type: \"tldr\" }".to_string(),
        ));
    }
    for key in value.keys() {
        let v = value.get(&key);
        let bad = |what: &str| InputError::new(format!("invalid options: {key} must be {what}"));
        let text = || v.as_string().ok_or_else(|| bad("a string"));
        // A whole number of `least` or more.
        let budget = |least: usize| -> Result<Option<usize>, InputError> {
            if v.is_nullish() {
                Ok(None)
            } else {
                whole_number(&v)
                    .filter(|&n| n >= least)
                    .map(Some)
                    .ok_or_else(|| bad(&format!("a whole number of {least} or more")))
            }
        };
        match key.as_str() {
            "type" => {
                options.summary_type = match text()?.as_str() {
                    "key-points" => SummaryType::KeyPoints,
                    "tldr" => SummaryType::Tldr,
                    "teaser" => SummaryType::Teaser,
                    "headline" => SummaryType::Headline,
                    _ => return Err(bad("\"key-points\", \"tldr\", \"teaser\" or \"headline\"")),
                }
            }
            "length" => {
                options.length = match text()?.as_str() {
                    "short" => Length::Short,
                    "medium" => Length::Medium,
                    "long" => Length::Long,
                    _ => return Err(bad("\"short\", \"medium\" or \"long\"")),
                }
            }
            "maxWords" => options.max_words = budget(1)?,
            "maxSentences" => options.max_sentences = budget(1)?,
            "maxKeyFacts" => options.max_key_facts = budget(0)?.unwrap_or(options.max_key_facts),
            "maxInputBytes" => {
                options.max_input_bytes = budget(0)?.unwrap_or(options.max_input_bytes)
            }
            "maxArticles" => options.max_articles = budget(0)?.unwrap_or(options.max_articles),
            "focus" if v.is_nullish() => options.focus = None,
            "focus" => options.focus = Some(text()?),
            "language" if v.is_nullish() => options.language = None,
            "language" => {
                let code = text()?;
                options.language = Some(Language::from_code(&code).ok_or_else(|| {
                    bad(&format!(
                        "a language code: one of {}, or \"und\" for none (leave it out to \
                         detect each article's), not \"{code}\"",
                        Language::codes()
                    ))
                })?);
            }
            _ => {
                return Err(InputError::new(format!(
                    "invalid options: unknown option \"{key}\"; the options are {}",
                    OPTION_NAMES.join(", ")
                )))
            }
        }
    }
    Ok(options)
}

/// JSON values have the shapes of JS values: the native stand-in for `JsValue` (the tests, and
/// the `js_boundary` fuzz target through the feature `json`).
#[cfg(any(test, feature = "json"))]
impl HostValue for serde_json::Value {
    fn is_nullish(&self) -> bool {
        self.is_null()
    }
    fn as_string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_array(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn is_plain_object(&self) -> bool {
        self.is_object()
    }
    fn get(&self, key: &str) -> Self {
        self.as_object()
            .and_then(|o| o.get(key))
            .cloned()
            .unwrap_or(serde_json::Value::Null)
    }
    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}

// Native only: JSON values stand in for JS values (the wasm side is tested in tests/web.rs).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_strings_and_objects() {
        let articles = articles_from(&json!([
            "First article.",
            { "text": "Second article.", "title": "Two", "source": null }
        ]))
        .unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[1].title.as_deref(), Some("Two"));
        assert_eq!(articles[1].source, None);
    }

    #[test]
    fn wrong_shapes_say_what_and_where() {
        for (value, message) in [
            (json!(null), "no text to summarize: paste at least one article"),
            (json!("one string"), "articles must be an array of strings or of { text, title?, source? } objects, not a single value"),
            (json!(["ok", 3]), "articles must be an array of strings or of { text, title?, source? } objects; article 2 is neither"),
            (json!([{ "title": "x" }]), "article 1: text is missing"),
            (json!([{ "text": "x", "title": 5 }]), "article 1: title must be a string"),
        ] {
            assert_eq!(articles_from(&value).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn options_are_checked_by_name() {
        let options = options_from(
            &json!({ "type": "tldr", "length": "long", "maxWords": 40, "maxSentences": null }),
        )
        .unwrap();
        assert_eq!(options.summary_type, SummaryType::Tldr);
        assert_eq!(options.max_words, Some(40));
        // A budget larger than any input is as good as none, not an error.
        let options = options_from(&json!({ "maxWords": 1e300 })).unwrap();
        assert_eq!(options.max_words, Some(usize::MAX));
        assert_eq!(options_from(&json!(null)).unwrap(), Options::default());
        let options = options_from(&json!({ "language": "fr" })).unwrap();
        assert_eq!(options.language, Some(Language::French));
        let options = options_from(&json!({ "language": null })).unwrap();
        assert_eq!(options.language, None);
        let options = options_from(&json!({ "focus": "casualties" })).unwrap();
        assert_eq!(options.focus.as_deref(), Some("casualties"));
        for (value, message) in [
            (json!([]), "invalid options: options must be an object such as { type: \"tldr\" }"),
            (json!({ "maxWrods": 5 }), "invalid options: unknown option \"maxWrods\"; the options are type, length, maxWords, maxSentences, maxKeyFacts, maxInputBytes, maxArticles, language, focus"),
            (json!({ "focus": 3 }), "invalid options: focus must be a string"),
            (json!({ "language": "xx" }), "invalid options: language must be a language code: one of en, fr, de, es, pt, it, cs, ru, el, ar, he, hi, vi, zh, ja, or \"und\" for none (leave it out to detect each article's), not \"xx\""),
            (json!({ "language": 3 }), "invalid options: language must be a string"),
            (json!({ "maxWords": -1 }), "invalid options: maxWords must be a whole number of 1 or more"),
            (json!({ "maxWords": 2.5 }), "invalid options: maxWords must be a whole number of 1 or more"),
            (json!({ "maxWords": 0 }), "invalid options: maxWords must be a whole number of 1 or more"),
            (json!({ "maxSentences": 0 }), "invalid options: maxSentences must be a whole number of 1 or more"),
            (json!({ "maxKeyFacts": -1 }), "invalid options: maxKeyFacts must be a whole number of 0 or more"),
            (json!({ "type": "poem" }), "invalid options: type must be \"key-points\", \"tldr\", \"teaser\" or \"headline\""),
        ] {
            assert_eq!(options_from(&value).unwrap_err().to_string(), message);
        }
    }
}
