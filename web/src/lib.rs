//! `corroborate` in the browser: the JavaScript API of the WebAssembly module, plain objects
//! in, plain objects out, and a renderer of summaries into the DOM ([`render`](mod@render)).
//! Errors become JS `Error`s whose message is the [`Error`](corroborate::Error)'s text.
//!
//! From JavaScript these are `summarize`, `render`, `mount`, `formatSummary` and
//! `takePanicMessage` (TypeScript types ship in the generated `.d.ts`); from Rust on wasm32
//! they are the `*_js` functions below. `www/build.sh` builds this crate into `www/pkg/`.
//!
//! # Features
//!
//! - `wasm-allocator` (default): in `wasm32` builds, [talc](https://crates.io/crates/talc) is
//!   the global allocator (2.5 KB gzipped smaller than the standard library's dlmalloc port,
//!   as fast). Turn it off with `default-features = false` where the host crate sets its own
//!   `#[global_allocator]`. No effect natively.
//! - `json`: `serde_json::Value` reads as a JS value ([`input::HostValue`]), natively.
//! - `testing`: the export `causeInternalError`, which panics, for the browser tests.
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod input;
pub mod render;

use std::cell::RefCell;

use corroborate::{
    Article, ArticleInfo, Disagreement, DisputedValue, KeyFact, Language, Options, Stats, Summary,
    SummarySentence,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::input::{whole_number, HostValue};

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
  /** Read every article as this language (ISO 639-1: "en", "fr", "de", "es", "pt", "it",
   *  "cs", "ru", "el", "ar", "he", "hi", "vi", "zh", "ja"); left out, each article's is
   *  detected. */
  language?: string | null;
  /** What the reader wants to know, a question or a few words ("What caused the collapse?"):
   *  what it names, and what shares sentences with it, weighs more. Empty: no focus. */
  focus?: string | null;
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
  /** Indices into `Summary.disagreements` of the figures this sentence gives that other sources give differently. */
  disagreements: number[];
}

/** One value of a disagreement: `text` is the figure as written, e.g. "up to 24 hours". */
export interface DisputedValue {
  value: number;
  unit: string;
  text: string;
  /** The articles that give this value, and per article the figure's UTF-8 byte span. */
  articles: number[];
  spans: Span[];
}

/** A quantity that independent sources give different figures for. */
export interface Disagreement { about: string; values: DisputedValue[] }

export interface KeyFact { text: string; sources: number; articles: number[] }

/** `offTopic`: about another story than the rest; its sentences are left out of the summary. */
export interface ArticleInfo { label: string; sourceGroup: number; duplicateOf: number | null; offTopic: boolean; language: string }

export interface SummaryStats { articles: number; sources: number; sentences: number; candidates: number; words: number }

export interface Summary {
  sentences: SummarySentence[];
  keyFacts: KeyFact[];
  /** Where independent sources give different figures, most sources first. */
  disagreements: Disagreement[];
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

/**
 * The message of the last Rust panic, if one happened (a bug: please report it). After a
 * panic the module's state may be broken: drop this instance and load a fresh one, as
 * `widget.js` does.
 */
export function takePanicMessage(): string | undefined;
"#;

thread_local! {
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps a panic's message so that the JS wrapper can report it instead of an opaque
/// "unreachable" trap. The pipeline is not meant to panic on any input (it is fuzzed); this is
/// the safety net that makes a bug reportable: the trap reaches JavaScript as a
/// `WebAssembly.RuntimeError`, and [`take_panic_message`] says what happened and where.
///
/// Runs when the module starts; public for Rust code on wasm32 that set a hook of its own since
/// (the browser test of a panic puts it in place of its harness's hook).
#[wasm_bindgen(start)]
pub fn install_panic_hook() {
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

/// JS values as [`HostValue`]s: the articles and options are read by [`input`], the
/// same code the native tests and the `js_boundary` fuzz target drive with JSON values.
impl HostValue for JsValue {
    fn is_nullish(&self) -> bool {
        self.is_undefined() || self.is_null()
    }
    fn as_string(&self) -> Option<String> {
        JsValue::as_string(self)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_array(&self) -> Option<Vec<Self>> {
        self.dyn_ref::<js_sys::Array>().map(|a| a.iter().collect())
    }
    fn is_plain_object(&self) -> bool {
        self.is_object() && !js_sys::Array::is_array(self)
    }
    fn get(&self, key: &str) -> Self {
        get(self, key)
    }
    fn keys(&self) -> Vec<String> {
        match self.dyn_ref::<js_sys::Object>() {
            Some(object) => js_sys::Object::keys(object)
                .iter()
                .filter_map(|k| k.as_string())
                .collect(),
            None => Vec::new(),
        }
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// JS `causeInternalError()` (feature `testing` only): panics, as a bug in the pipeline would,
/// so that the browser tests can check that its message reaches JavaScript and that the page
/// recovers.
#[cfg(feature = "testing")]
#[wasm_bindgen(js_name = causeInternalError, skip_typescript)]
pub fn cause_internal_error() {
    panic!("internal error caused on purpose (feature `testing`)");
}

fn articles_from(value: JsValue) -> Result<Vec<Article>, JsError> {
    input::articles_from(&value).map_err(|e| JsError::new(&e.to_string()))
}

fn options_from(value: JsValue) -> Result<Options, JsError> {
    input::options_from(&value).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads back what [`summarize_js`] returned, as far as rendering and formatting need it.
fn summary_from(value: JsValue) -> Result<Summary, JsError> {
    let not = |what: &str| JsError::new(&format!("not a summary: {what}"));
    let array = |v: JsValue, what: &str| v.dyn_into::<js_sys::Array>().map_err(|_| not(what));
    let not_number = |key: &str| not(&format!("{key} must be a whole number of 0 or more"));
    let number = |v: &JsValue, key: &str| whole_number(&get(v, key)).ok_or_else(|| not_number(key));
    let text = |v: &JsValue, key: &str| get(v, key).as_string().ok_or_else(|| not(key));
    // A list of whole numbers; absent is empty.
    let numbers = |v: JsValue, key: &str| -> Result<Vec<usize>, JsError> {
        if v.is_undefined() {
            return Ok(Vec::new());
        }
        array(v, key)?
            .iter()
            .map(|x| whole_number(&x).ok_or_else(|| not_number(key)))
            .collect()
    };
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
            disagreements: numbers(get(&s, "disagreements"), "disagreements")?,
        });
    }
    // Optional, so that a summary from an older version still renders.
    let items = get(&value, "disagreements");
    if !items.is_undefined() {
        for d in array(items, "disagreements")?.iter() {
            let mut values = Vec::new();
            for v in array(get(&d, "values"), "values")?.iter() {
                let spans = array(get(&v, "spans"), "spans")?
                    .iter()
                    .map(|span| Ok(number(&span, "start")?..number(&span, "end")?))
                    .collect::<Result<_, JsError>>()?;
                values.push(DisputedValue {
                    value: get(&v, "value").as_f64().unwrap_or(0.0),
                    unit: get(&v, "unit").as_string().unwrap_or_default(),
                    text: text(&v, "text")?,
                    articles: numbers(get(&v, "articles"), "articles")?,
                    spans,
                });
            }
            summary.disagreements.push(Disagreement {
                about: text(&d, "about")?,
                values,
            });
        }
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
            off_topic: get(&a, "offTopic").is_truthy(),
            language: get(&a, "language")
                .as_string()
                .and_then(|code| Language::from_code(&code))
                .unwrap_or_default(),
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
/// [`Error`](corroborate::Error) of [`summarize`](corroborate::summarize).
#[wasm_bindgen(js_name = summarize, skip_typescript)]
pub fn summarize_js(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let articles = articles_from(articles)?;
    let options = options_from(options)?;
    let summary =
        corroborate::summarize(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
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
    render::render(&element, &summary, &articles)
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
        corroborate::summarize(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    render::render(&element, &summary, &articles)
        .map_err(|_| JsError::new("cannot render into this element"))?;
    to_js(&summary)
}

/// The module's allocator: talc, which grows the WebAssembly memory as it needs, in place of
/// the standard library's dlmalloc port (2.5 KB gzipped smaller, as fast in Chromium). The
/// module runs on one thread; a host crate with its own allocator disables the default
/// feature `wasm-allocator`.
#[cfg(all(
    target_arch = "wasm32",
    feature = "wasm-allocator",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
