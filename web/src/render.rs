//! The widget's renderer: a [`Summary`] → DOM nodes, built with web-sys.
//!
//! Safe by construction: every piece of article text becomes a text node
//! (`set_text_content`), never markup, so pasted `<img onerror=…>` shows as text.
//!
//! Structure (class names are the styling hooks, documented in the README):
//!
//! ```text
//! div.cb-summary
//!   p.cb-empty                      (only when there is nothing to show)
//!   ol.cb-sentences
//!     li.cb-sentence
//!       details
//!         summary  → span.cb-text[lang], span.cb-source, span.cb-badge[.cb-badge-single]
//!         blockquote.cb-context → text, mark, text   (the sentence in its paragraph)
//!         summary  → … span.cb-disputed   (only when the sentence gives a disputed figure)
//!   section.cb-differ               (only when sources give different figures)
//!     h3, ul → li.cb-disagreement → span.cb-about,
//!       details.cb-value → summary → em.cb-figure, span.cb-source;
//!                          blockquote.cb-context → text, mark, text   (per article)
//!   p.cb-note                       (only when an article was left out as off the story)
//!   section.cb-facts → h3, ul → li → span.cb-fact, span.cb-count
//! ```
//! A `<details>` element reveals the sentence in its article on click or Enter, with no
//! script and full keyboard support. Every element of text has `dir="auto"`: an Arabic or
//! Hebrew quotation reads right to left within the page's left-to-right layout.

use web_sys::{Document, Element};

use corroborate::{badge_text, Article, Disagreement, Language, Summary};

type Result<T> = std::result::Result<T, wasm_bindgen::JsValue>;

fn el(doc: &Document, tag: &str, class: &str) -> Result<Element> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// An element of `text`, its direction taken from the text itself (`dir="auto"`): a quoted
/// Arabic or Hebrew sentence, title or key fact reads right to left inside the page's
/// left-to-right list, its full stop at its left end, and does not reorder what is beside it.
fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element> {
    let e = el(doc, tag, class)?;
    e.set_attribute("dir", "auto")?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// The paragraph a sentence or figure is revealed in, its direction its text's, as
/// [`text_el`]'s.
fn context_el(doc: &Document) -> Result<Element> {
    let quote = el(doc, "blockquote", "cb-context")?;
    quote.set_attribute("dir", "auto")?;
    Ok(quote)
}

fn add(parent: &Element, child: Element) -> Result<Element> {
    parent.append_child(&child)?;
    Ok(child)
}

/// The paragraph around `span` in `text`, split into (before, sentence, after). `None` when
/// the span does not fit the text (a summary that does not belong to these articles).
fn context(text: &str, span: std::ops::Range<usize>) -> Option<(&str, &str, &str)> {
    let sentence = text.get(span.clone())?;
    // Byte loops rather than `rfind` and `find`, whose memchr fast paths are 0.3 KB of code
    // the module needs nowhere else.
    let b = text.as_bytes();
    let start = b[..span.start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1);
    let end = b[span.end..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(text.len(), |i| span.end + i);
    Some((&text[start..span.start], sentence, &text[span.end..end]))
}

/// The "Sources differ" section: one line per disagreement, each value a `<details>` that
/// reveals the figure in its paragraph, in every article that gives it.
fn disagreements(doc: &Document, summary: &Summary, articles: &[Article]) -> Result<Element> {
    let section = el(doc, "section", "cb-differ")?;
    add(&section, text_el(doc, "h3", "", "Sources differ")?)?;
    let list = el(doc, "ul", "")?;
    for d in &summary.disagreements {
        let item = el(doc, "li", "cb-disagreement")?;
        add(&item, text_el(doc, "span", "cb-about", &d.about)?)?;
        for v in &d.values {
            item.append_child(&doc.create_text_node(" "))?;
            let details = el(doc, "details", "cb-value")?;
            let head = el(doc, "summary", "")?;
            add(&head, text_el(doc, "em", "cb-figure", &v.text)?)?;
            head.append_child(&doc.create_text_node(" "))?;
            let labels: Vec<&str> = v
                .articles
                .iter()
                .map(|&a| {
                    summary
                        .articles
                        .get(a)
                        .map_or("Unknown article", |a| a.label.as_str())
                })
                .collect();
            add(
                &head,
                text_el(doc, "span", "cb-source", &labels.join(", "))?,
            )?;
            details.append_child(&head)?;
            for (&a, span) in v.articles.iter().zip(&v.spans) {
                if let Some((before, figure, after)) = articles
                    .get(a)
                    .and_then(|article| context(&article.text, span.clone()))
                {
                    let quote = context_el(doc)?;
                    quote.append_child(&doc.create_text_node(before))?;
                    add(&quote, text_el(doc, "mark", "", figure)?)?;
                    quote.append_child(&doc.create_text_node(after))?;
                    details.append_child(&quote)?;
                }
            }
            item.append_child(&details)?;
        }
        list.append_child(&item)?;
    }
    section.append_child(&list)?;
    Ok(section)
}

/// Replaces the content of `root` with the rendered summary of `articles`.
///
/// # Errors
///
/// The DOM's exception, when `root` has no owner document or refuses a child.
pub fn render(root: &Element, summary: &Summary, articles: &[Article]) -> Result<()> {
    let doc = root.owner_document().ok_or(wasm_bindgen::JsValue::NULL)?;
    root.set_text_content(None);
    let container = el(&doc, "div", "cb-summary")?;
    if let Some(message) = summary.empty_reason() {
        add(&container, text_el(&doc, "p", "cb-empty", message)?)?;
    } else {
        let list = el(&doc, "ol", "cb-sentences")?;
        for s in &summary.sentences {
            let item = el(&doc, "li", "cb-sentence")?;
            let details = el(&doc, "details", "")?;
            let head = el(&doc, "summary", "")?;
            let text = text_el(&doc, "span", "cb-text", &s.text)?;
            // The quoted sentence is in its article's language: screen readers read it so,
            // browsers hyphenate and pick fonts for it.
            if let Some(a) = summary
                .articles
                .get(s.article)
                .filter(|a| a.language != Language::Unknown)
            {
                text.set_attribute("lang", a.language.code())?;
            }
            add(&head, text)?;
            head.append_child(&doc.create_text_node(" "))?;
            let label = summary
                .articles
                .get(s.article)
                .map_or("Unknown article", |a| a.label.as_str());
            add(&head, text_el(&doc, "span", "cb-source", label)?)?;
            head.append_child(&doc.create_text_node(" "))?;
            let single = if s.sources <= 1 && summary.stats.sources > 1 {
                "cb-badge cb-badge-single"
            } else {
                "cb-badge"
            };
            let badge = text_el(
                &doc,
                "span",
                single,
                &badge_text(s.sources, summary.stats.sources),
            )?;
            let mut title = String::new();
            for a in s
                .supported_by
                .iter()
                .filter_map(|&a| summary.articles.get(a))
            {
                title.push_str(if title.is_empty() {
                    "Also reported by: "
                } else {
                    "; "
                });
                title.push_str(&a.label);
            }
            if title.is_empty() {
                title.push_str("No other article carries this sentence's content.");
            }
            badge.set_attribute("title", &title)?;
            head.append_child(&badge)?;
            let disputed: Vec<&Disagreement> = s
                .disagreements
                .iter()
                .filter_map(|&d| summary.disagreements.get(d))
                .collect();
            if !disputed.is_empty() {
                head.append_child(&doc.create_text_node(" "))?;
                let mark = text_el(&doc, "span", "cb-disputed", "Sources differ")?;
                let abouts: Vec<&str> = disputed.iter().map(|d| d.about.as_str()).collect();
                mark.set_attribute(
                    "title",
                    &format!(
                        "Other sources give a different figure: {} (see Sources differ)",
                        abouts.join("; ")
                    ),
                )?;
                head.append_child(&mark)?;
            }
            details.append_child(&head)?;
            if let Some((before, sentence, after)) = articles
                .get(s.article)
                .and_then(|a| context(&a.text, s.span.clone()))
            {
                let quote = context_el(&doc)?;
                quote.append_child(&doc.create_text_node(before))?;
                add(&quote, text_el(&doc, "mark", "", sentence)?)?;
                quote.append_child(&doc.create_text_node(after))?;
                details.append_child(&quote)?;
            }
            item.append_child(&details)?;
            list.append_child(&item)?;
        }
        container.append_child(&list)?;
    }
    if !summary.disagreements.is_empty() {
        add(&container, disagreements(&doc, summary, articles)?)?;
    }
    if let Some(note) = summary.left_out_note() {
        add(&container, text_el(&doc, "p", "cb-note", &note)?)?;
    }
    if !summary.key_facts.is_empty() {
        let section = el(&doc, "section", "cb-facts")?;
        add(&section, text_el(&doc, "h3", "", "Key facts")?)?;
        let list = el(&doc, "ul", "")?;
        for f in &summary.key_facts {
            let item = el(&doc, "li", "")?;
            add(&item, text_el(&doc, "span", "cb-fact", &f.text)?)?;
            item.append_child(&doc.create_text_node(" "))?;
            let count = text_el(&doc, "span", "cb-count", &f.sources.to_string())?;
            count.set_attribute(
                "title",
                &format!(
                    "mentioned by {}",
                    badge_text(f.sources, summary.stats.sources)
                ),
            )?;
            item.append_child(&count)?;
            list.append_child(&item)?;
        }
        section.append_child(&list)?;
        container.append_child(&section)?;
    }
    root.append_child(&container)?;
    Ok(())
}
