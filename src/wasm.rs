//! The JavaScript API (wasm32 only): plain objects in, plain objects out, through
//! serde-wasm-bindgen. Errors become JS `Error`s whose message is the [`Error`]'s text.
//!
//! From JavaScript these are `summarize`, `render`, `mount`, `formatSummary` and
//! `takePanicMessage` (TypeScript types ship in the generated `.d.ts`); from Rust on wasm32
//! they are the `*_js` functions below.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{html, Article, Error, Options, Summary};

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

/// An article as JS gives it: a string or an object.
#[derive(Deserialize)]
#[serde(untagged)]
enum ArticleInput {
    Text(String),
    Full(Article),
}

fn articles_from(value: JsValue) -> Result<Vec<Article>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new(&Error::no_text().to_string()));
    }
    let inputs: Vec<ArticleInput> = serde_wasm_bindgen::from_value(value).map_err(|e| {
        JsError::new(&format!(
            "articles must be an array of strings or of {{ text, title?, source? }} objects: {e}"
        ))
    })?;
    Ok(inputs
        .into_iter()
        .map(|a| match a {
            ArticleInput::Text(text) => Article::new(text),
            ArticleInput::Full(article) => article,
        })
        .collect())
}

/// The option names JS may pass (serde-wasm-bindgen looks up only known fields, so typos
/// such as `maxWrods` would otherwise be ignored without a word).
const OPTION_NAMES: &[&str] = &[
    "type",
    "length",
    "maxWords",
    "maxSentences",
    "maxKeyFacts",
    "maxInputBytes",
    "maxArticles",
];

fn options_from(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "invalid options: unknown option \"{key}\"; the options are {}",
                    OPTION_NAMES.join(", ")
                )));
            }
        }
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
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

fn summary_from(value: JsValue) -> Result<Summary, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("not a summary: {e}")))
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
