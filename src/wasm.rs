//! The JavaScript API (wasm32 only): plain objects in, plain objects out, through
//! serde-wasm-bindgen. Errors become JS `Error`s whose message is the [`Error`]'s text.
//!
//! From JavaScript these are `summarize`, `render`, `mount`, `formatSummary` and
//! `takePanicMessage` (TypeScript types ship in the generated `.d.ts`); from Rust on wasm32
//! they are the `*_js` functions below.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{
    html, Article, ArticleInfo, Error, KeyFact, Length, Options, Stats, Summary, SummarySentence,
    SummaryType,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** One article: a string, or an object with its text and optional labels. */
export type ArticleInput = string | { text: string; title?: string | null; source?: string | null };

/** Options; every field is optional. Explicit budgets override `type` and `length`. */
export interface SummarizeOptions {
  type?: "key-points" | "tldr" | "teaser" | "headline";
  length?: "short" | "medium" | "long";
  maxWords?: number | null;
  maxSentences?: number | null;
  maxKeyFacts?: number;
  maxInputBytes?: number;
  maxArticles?: number;
}

export interface Span { start: number; end: number }

export interface SummarySentence {
  /** Verbatim text: `articles[article].text.slice(...)` of the UTF-8 byte span `span`. */
  text: string;
  article: number;
  /** Byte offsets (UTF-8) into the article's text. */
  span: Span;
  score: number;
  /** Other articles (indices) that corroborate this sentence. */
  supportedBy: number[];
  /** Independent sources carrying it, its own included. */
  sources: number;
}

export interface KeyFact { text: string; sources: number; articles: number[] }

export interface ArticleInfo { label: string; sourceGroup: number; duplicateOf: number | null }

export interface SummaryStats { articles: number; sources: number; sentences: number; candidates: number; words: number }

export interface Summary {
  sentences: SummarySentence[];
  keyFacts: KeyFact[];
  articles: ArticleInfo[];
  stats: SummaryStats;
}

/** Summarizes the articles. Throws an `Error` with a readable message on unusable input. */
export function summarize(articles: ArticleInput[], options?: SummarizeOptions | null): Summary;

/**
 * Renders `summary` into `element` (replacing its content) using text nodes only: no text
 * from the articles is ever parsed as HTML.
 */
export function render(element: Element, summary: Summary, articles: ArticleInput[]): void;

/** `summarize` then `render`; returns the summary. */
export function mount(element: Element, articles: ArticleInput[], options?: SummarizeOptions | null): Summary;

/** The summary as text to copy: one sentence per line, or a Markdown list with sources. */
export function formatSummary(summary: Summary, format: "plain-text" | "markdown"): string;

/** The message of the last Rust panic, if one happened (a bug: please report it). */
export function takePanicMessage(): string | undefined;
"#;

thread_local! {
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps a panic's message so that the JS wrapper can report it instead of an opaque
/// "unreachable" trap. The pipeline is not meant to panic on any input; this is a safety net.
#[wasm_bindgen(start)]
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        PANIC.with(|p| *p.borrow_mut() = Some(message));
    }));
}

/// The message of the last panic, if any (JS `takePanicMessage`).
#[wasm_bindgen(js_name = takePanicMessage, skip_typescript)]
pub fn take_panic_message() -> Option<String> {
    PANIC.with(|p| p.borrow_mut().take())
}

const ARTICLES_SHAPE: &str =
    "articles must be an array of strings or of { text, title?, source? } objects";

/// Reads the articles array by hand: a string or `{ text, title?, source? }` each. (A serde
/// untagged enum did the same at several kilobytes of generic buffering code.)
fn articles_from(value: JsValue) -> Result<Vec<Article>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new(&Error::no_text().to_string()));
    }
    let array = value
        .dyn_into::<js_sys::Array>()
        .map_err(|_| JsError::new(&format!("{ARTICLES_SHAPE}, not a single value")))?;
    array
        .iter()
        .enumerate()
        .map(|(i, item)| {
            if let Some(text) = item.as_string() {
                return Ok(Article::new(text));
            }
            let field = |name: &str| -> Result<Option<String>, JsError> {
                let v = get(&item, name);
                if v.is_undefined() || v.is_null() {
                    return Ok(None);
                }
                v.as_string().map(Some).ok_or_else(|| {
                    JsError::new(&format!("article {}: {name} must be a string", i + 1))
                })
            };
            if !item.is_object() {
                return Err(JsError::new(&format!(
                    "{ARTICLES_SHAPE}; article {} is neither",
                    i + 1
                )));
            }
            let text = field("text")?
                .ok_or_else(|| JsError::new(&format!("article {}: text is missing", i + 1)))?;
            Ok(Article {
                text,
                title: field("title")?,
                source: field("source")?,
            })
        })
        .collect()
}

/// The option names JS may pass.
const OPTION_NAMES: &[&str] = &[
    "type",
    "length",
    "maxWords",
    "maxSentences",
    "maxKeyFacts",
    "maxInputBytes",
    "maxArticles",
];

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A whole number from JS (`None` for anything else: negative, fractional, not a number).
fn whole_number(value: &JsValue) -> Option<usize> {
    value
        .as_f64()
        .filter(|&n| n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64)
        .map(|n| n as usize)
}

/// Reads the options object by hand: the same names and defaults as the serde form of
/// [`Options`], without serde's deserialization machinery in the module (it cost about a
/// tenth of the module's size). Unknown names are refused, so that a typo is not ignored.
fn options_from(value: JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let object = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !js_sys::Array::is_array(&value))
        .ok_or_else(|| {
            JsError::new("invalid options: options must be an object such as { type: \"tldr\" }")
        })?;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        let v = get(&value, &key);
        let bad = |what: &str| JsError::new(&format!("invalid options: {key} must be {what}"));
        let text = || v.as_string().ok_or_else(|| bad("a string"));
        let budget = || -> Result<Option<usize>, JsError> {
            if v.is_undefined() || v.is_null() {
                Ok(None)
            } else {
                whole_number(&v)
                    .map(Some)
                    .ok_or_else(|| bad("a whole number of 0 or more"))
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
            "maxWords" => options.max_words = budget()?,
            "maxSentences" => options.max_sentences = budget()?,
            "maxKeyFacts" => options.max_key_facts = budget()?.unwrap_or(options.max_key_facts),
            "maxInputBytes" => {
                options.max_input_bytes = budget()?.unwrap_or(options.max_input_bytes)
            }
            "maxArticles" => options.max_articles = budget()?.unwrap_or(options.max_articles),
            _ => {
                return Err(JsError::new(&format!(
                    "invalid options: unknown option \"{key}\"; the options are {}",
                    OPTION_NAMES.join(", ")
                )))
            }
        }
    }
    Ok(options)
}

/// Reads back what [`summarize_js`] returned, as far as rendering and formatting need it.
fn summary_from(value: JsValue) -> Result<Summary, JsError> {
    let not = |what: &str| JsError::new(&format!("not a summary: {what}"));
    let array = |v: JsValue, what: &str| v.dyn_into::<js_sys::Array>().map_err(|_| not(what));
    let not_number = |key: &str| not(&format!("{key} must be a whole number of 0 or more"));
    let number = |v: &JsValue, key: &str| whole_number(&get(v, key)).ok_or_else(|| not_number(key));
    let text = |v: &JsValue, key: &str| get(v, key).as_string().ok_or_else(|| not(key));
    let stats = get(&value, "stats");
    let mut summary = Summary {
        stats: Stats {
            articles: number(&stats, "articles")?,
            sources: number(&stats, "sources")?,
            sentences: number(&stats, "sentences")?,
            candidates: number(&stats, "candidates")?,
            words: number(&stats, "words")?,
        },
        ..Summary::default()
    };
    for s in array(get(&value, "sentences"), "sentences")?.iter() {
        let span = get(&s, "span");
        let supported_by = array(get(&s, "supportedBy"), "supportedBy")?
            .iter()
            .map(|a| whole_number(&a).ok_or_else(|| not_number("supportedBy")))
            .collect::<Result<_, _>>()?;
        summary.sentences.push(SummarySentence {
            text: text(&s, "text")?,
            article: number(&s, "article")?,
            span: number(&span, "start")?..number(&span, "end")?,
            score: get(&s, "score").as_f64().unwrap_or(0.0),
            supported_by,
            sources: number(&s, "sources")?,
        });
    }
    for f in array(get(&value, "keyFacts"), "keyFacts")?.iter() {
        summary.key_facts.push(KeyFact {
            text: text(&f, "text")?,
            sources: number(&f, "sources")?,
            articles: Vec::new(),
        });
    }
    for a in array(get(&value, "articles"), "articles")?.iter() {
        let duplicate = get(&a, "duplicateOf");
        summary.articles.push(ArticleInfo {
            label: text(&a, "label")?,
            source_group: number(&a, "sourceGroup")?,
            duplicate_of: if duplicate.is_null() || duplicate.is_undefined() {
                None
            } else {
                Some(whole_number(&duplicate).ok_or_else(|| not_number("duplicateOf"))?)
            },
        });
    }
    Ok(summary)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return the summary: {e}")))
}

/// JS `summarize(articles, options?)`: articles are strings or `{ text, title?, source? }`,
/// options the camelCase [`Options`] object. Returns the [`Summary`] as a plain object.
///
/// # Errors
///
/// A JS `Error` with a readable message for input of the wrong shape, unknown options, or any
/// [`Error`] of [`summarize`](crate::summarize).
#[wasm_bindgen(js_name = summarize, skip_typescript)]
pub fn summarize_js(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let articles = articles_from(articles)?;
    let options = options_from(options)?;
    let summary =
        crate::summarize(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&summary)
}

/// JS `render(element, summary, articles)`: replaces `element`'s content with the summary,
/// built from text nodes only.
///
/// # Errors
///
/// When `summary` is not a summary object or `articles` not an array of articles.
#[wasm_bindgen(js_name = render, skip_typescript)]
pub fn render_js(
    element: web_sys::Element,
    summary: JsValue,
    articles: JsValue,
) -> Result<(), JsError> {
    let summary = summary_from(summary)?;
    let articles = articles_from(articles)?;
    html::render(&element, &summary, &articles)
        .map_err(|_| JsError::new("cannot render into this element"))
}

/// JS `formatSummary(summary, format)`: `"plain-text"` (one sentence per line) or
/// `"markdown"` (a list with sources and agreement).
///
/// # Errors
///
/// When `summary` is not a summary object or `format` is unknown.
#[wasm_bindgen(js_name = formatSummary, skip_typescript)]
pub fn format_js(summary: JsValue, format: &str) -> Result<String, JsError> {
    let summary = summary_from(summary)?;
    match format {
        "plain-text" => Ok(summary.to_plain_text()),
        "markdown" => Ok(summary.to_markdown()),
        other => Err(JsError::new(&format!(
            "format must be \"plain-text\" or \"markdown\", not \"{other}\""
        ))),
    }
}

/// JS `mount(element, articles, options?)`: [`summarize_js`] then [`render_js`]; returns the
/// summary.
///
/// # Errors
///
/// As [`summarize_js`].
#[wasm_bindgen(js_name = mount, skip_typescript)]
pub fn mount_js(
    element: web_sys::Element,
    articles: JsValue,
    options: JsValue,
) -> Result<JsValue, JsError> {
    let articles = articles_from(articles)?;
    let options = options_from(options)?;
    let summary =
        crate::summarize(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    html::render(&element, &summary, &articles)
        .map_err(|_| JsError::new("cannot render into this element"))?;
    to_js(&summary)
}
