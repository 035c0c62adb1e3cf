//! The JavaScript API and the renderer of the web crate (`web/`), in a real browser (headless
//! Chromium through wasm-bindgen-test-runner, see .ci/test).
#![cfg(target_arch = "wasm32")]

mod common;

use corroborate_web::{format_js, mount_js, render_js, summarize_js};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn crane_js() -> JsValue {
    let articles = common::parse(include_str!("fixtures/crane-collapse.txt"));
    serde_wasm_bindgen::to_value(&articles).unwrap()
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o.into()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    let value: JsValue = e.into();
    get(&value, "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn summarize_returns_a_plain_camel_case_object() {
    let summary = summarize_js(crane_js(), options(&[("type", "headline".into())])).unwrap();
    let sentences: Array = get(&summary, "sentences").dyn_into().unwrap();
    assert_eq!(sentences.length(), 1);
    let s = sentences.get(0);
    assert!(get(&s, "text").as_string().unwrap().contains("two weeks"));
    assert!(Array::is_array(&get(&s, "supportedBy")));
    assert!(get(&s, "sources").as_f64().unwrap() >= 3.0);
    assert!(get(&get(&s, "span"), "start").as_f64().is_some());
    assert_eq!(get(&get(&summary, "stats"), "sources").as_f64(), Some(4.0));
    // Plain objects (json_compatible), not Maps; null, not undefined, for a missing duplicate.
    assert!(Object::get_prototype_of(&summary) == Object::get_prototype_of(&Object::new()));
    let infos: Array = get(&summary, "articles").dyn_into().unwrap();
    assert!(get(&infos.get(1), "duplicateOf").is_null());
    assert_eq!(get(&infos.get(1), "offTopic").as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn articles_may_be_plain_strings_and_options_may_be_omitted() {
    let articles = Array::of2(
        &"The ferry sank near Gull Island on Monday, and all twelve passengers were rescued."
            .into(),
        &"All twelve passengers were rescued after the ferry sank near Gull Island on Monday."
            .into(),
    );
    let summary = summarize_js(articles.into(), JsValue::UNDEFINED).unwrap();
    let sentences: Array = get(&summary, "sentences").dyn_into().unwrap();
    assert!(sentences.length() >= 1);
    assert_eq!(get(&sentences.get(0), "sources").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn bad_input_throws_readable_errors() {
    let e = summarize_js("not an array".into(), JsValue::NULL).unwrap_err();
    assert!(
        error_message(e).starts_with("articles must be an array"),
        "shape"
    );
    let e = summarize_js(Array::new().into(), JsValue::NULL).unwrap_err();
    assert_eq!(
        error_message(e),
        "no text to summarize: paste at least one article"
    );
    let e = summarize_js(crane_js(), options(&[("maxWords", 0.into())])).unwrap_err();
    assert_eq!(
        error_message(e),
        "invalid options: maxWords must be a whole number of 1 or more"
    );
    let e = summarize_js(crane_js(), options(&[("maxWrods", 10.into())])).unwrap_err();
    assert!(error_message(e).contains("unknown option \"maxWrods\""));
    let e = summarize_js(crane_js(), options(&[("type", "poem".into())])).unwrap_err();
    assert!(error_message(e).starts_with("invalid options"));
    let e = summarize_js(crane_js(), options(&[("maxWords", 2.5.into())])).unwrap_err();
    assert_eq!(
        error_message(e),
        "invalid options: maxWords must be a whole number of 1 or more"
    );
    let e = summarize_js(crane_js(), "tldr".into()).unwrap_err();
    assert!(error_message(e).starts_with("invalid options: options must be an object"));
    let root = document().create_element("div").unwrap();
    let e = render_js(root, options(&[("sentences", 1.into())]), crane_js()).unwrap_err();
    assert!(error_message(e).starts_with("not a summary"));
    let e = summarize_js(crane_js(), options(&[("maxInputBytes", 100.into())])).unwrap_err();
    assert!(error_message(e).starts_with("input too large"));
}

#[wasm_bindgen_test]
fn each_article_reports_its_language_and_the_option_forces_one() {
    let articles = Array::of2(
        &"Le pont Saint-Roch restera fermé pendant deux semaines après le choc d'une barge, a annoncé la mairie."
            .into(),
        &"Une barge a heurté le pont Saint-Roch, qui sera fermé deux semaines, selon la mairie."
            .into(),
    );
    let summary = summarize_js(articles.clone().into(), JsValue::NULL).unwrap();
    let infos: Array = get(&summary, "articles").dyn_into().unwrap();
    for a in infos.iter() {
        assert_eq!(get(&a, "language").as_string().as_deref(), Some("fr"));
    }
    let forced = summarize_js(
        articles.clone().into(),
        options(&[("language", "it".into())]),
    )
    .unwrap();
    let infos: Array = get(&forced, "articles").dyn_into().unwrap();
    assert_eq!(
        get(&infos.get(0), "language").as_string().as_deref(),
        Some("it")
    );
    let e = summarize_js(articles.into(), options(&[("language", "klingon".into())])).unwrap_err();
    let message = error_message(e);
    assert!(
        message.starts_with("invalid options: language must be a language code: one of en, fr"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_and_odd_scripts_do_not_crash() {
    // "\uD800 The pier closed…" is not valid UTF-16: it arrives as U+FFFD, never as a trap.
    let broken = JsString::from_char_code(&[0xD800, 0x20, 0x41, 0x62]);
    let text: JsValue =
        JsString::from(" The pier closed on Tuesday after a crane collapsed at dawn.").into();
    let joined = broken.concat(&text);
    let articles = Array::of3(
        &joined.into(),
        &"🚢🚢 👩‍👩‍👧".into(),
        &"港口周二关闭。没有人受伤。".into(),
    );
    let summary = summarize_js(articles.into(), JsValue::NULL).unwrap();
    assert!(get(&summary, "sentences").is_object());
}

#[wasm_bindgen_test]
fn render_shows_markup_as_text() {
    let hostile = "Officials said the pier closed on Tuesday after the crane fell in the night, and that \
                   the south pier will take the ships <img src=x onerror=\"window.pwned=1\"> for two \
                   weeks while <b>engineers</b> from the harbor authority and the crane maker inspect the \
                   damage to the pier and to the crane itself.";
    let articles = Array::of2(&hostile.into(), &hostile.into());
    let summary = summarize_js(articles.clone().into(), JsValue::NULL).unwrap();
    let root = document().create_element("div").unwrap();
    render_js(root.clone(), summary, articles.into()).unwrap();
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("b").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror="));
    assert!(Reflect::get(&web_sys::window().unwrap(), &"pwned".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
fn right_to_left_quotes_take_their_direction_from_their_text() {
    let articles = Array::of2(
        &"أغلقت السلطات جسر المدينة لمدة أسبوعين بعد اصطدام سفينة بأحد أعمدته، وفق البلدية.".into(),
        &"اصطدمت سفينة بجسر المدينة، وسيغلق الجسر لمدة أسبوعين، بحسب البلدية.".into(),
    );
    let root = document().create_element("div").unwrap();
    mount_js(root.clone(), articles.into(), JsValue::NULL).unwrap();
    let text = root.query_selector(".cb-text").unwrap().unwrap();
    assert_eq!(text.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(text.get_attribute("dir").as_deref(), Some("auto"));
    let context = root.query_selector(".cb-context").unwrap().unwrap();
    assert_eq!(context.get_attribute("dir").as_deref(), Some("auto"));
}

#[wasm_bindgen_test]
fn mount_renders_sentences_sources_badges_and_context() {
    let root = document().create_element("div").unwrap();
    let summary = mount_js(root.clone(), crane_js(), JsValue::NULL).unwrap();
    let count = get(&get(&summary, "sentences"), "length").as_f64().unwrap() as u32;
    let items = root.query_selector_all(".cb-sentence").unwrap();
    assert_eq!(items.length(), count);
    let first = root.query_selector(".cb-sentence").unwrap().unwrap();
    let badge = first
        .query_selector(".cb-badge")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(badge.ends_with(" of 4 sources"), "{badge}");
    let source = first
        .query_selector(".cb-source")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(!source.is_empty());
    // The sentence is revealed in its paragraph, highlighted.
    let mark = first
        .query_selector(".cb-context mark")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    let text = first
        .query_selector(".cb-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(mark, text);
    assert!(root.query_selector(".cb-facts li").unwrap().is_some());
    // Rendering again replaces, never appends.
    mount_js(root.clone(), crane_js(), JsValue::NULL).unwrap();
    assert_eq!(root.query_selector_all(".cb-summary").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn empty_summary_says_why() {
    let root = document().create_element("div").unwrap();
    let articles = Array::of1(&"Crane Collapses\nPier Closed\nMore News".into());
    mount_js(root.clone(), articles.into(), JsValue::NULL).unwrap();
    let text = root
        .query_selector(".cb-empty")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.starts_with("No sentences found"), "{text}");
}

#[wasm_bindgen_test]
fn format_summary_as_text_and_markdown() {
    let summary = summarize_js(crane_js(), options(&[("maxSentences", 2.into())])).unwrap();
    let text = format_js(summary.clone(), "plain-text").unwrap();
    assert_eq!(text.lines().count(), 2);
    let md = format_js(summary.clone(), "markdown").unwrap();
    assert!(md.starts_with("- ") && md.contains(" of 4 sources)*"));
    let e = format_js(summary, "html").unwrap_err();
    assert!(error_message(e).contains("plain-text"));
}

fn mill_js() -> JsValue {
    let articles = common::parse(include_str!("fixtures/mill-fire.txt"));
    serde_wasm_bindgen::to_value(&articles).unwrap()
}

#[wasm_bindgen_test]
fn sources_that_differ_are_shown_under_the_summary() {
    let root = document().create_element("div").unwrap();
    let summary = mount_js(root.clone(), mill_js(), JsValue::NULL).unwrap();
    let items: Array = get(&summary, "disagreements").dyn_into().unwrap();
    assert!(items.length() >= 1);
    let values: Array = get(&items.get(0), "values").dyn_into().unwrap();
    assert_eq!(get(&values.get(0), "text").as_string().unwrap(), "9 people");
    assert_eq!(
        get(&values.get(1), "text").as_string().unwrap(),
        "14 people"
    );
    // One line per disagreement, each value with the outlets that give it.
    let section = root.query_selector(".cb-differ").unwrap().unwrap();
    assert_eq!(
        section
            .query_selector("h3")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Sources differ"
    );
    let line = section.query_selector(".cb-disagreement").unwrap().unwrap();
    let figures = line.query_selector_all(".cb-figure").unwrap();
    assert_eq!(figures.length(), 2);
    let sources = line
        .query_selector(".cb-value .cb-source")
        .unwrap()
        .unwrap();
    assert_eq!(
        sources.text_content().unwrap(),
        "Fire guts Vallen textile mill, Vallen mill fire: what we know"
    );
    // The value's details reveal the figure in its paragraph, in each article that gives it.
    let marks = line
        .query_selector(".cb-value")
        .unwrap()
        .unwrap()
        .query_selector_all(".cb-context mark")
        .unwrap();
    assert_eq!(marks.length(), 2);
    assert_eq!(marks.get(0).unwrap().text_content().unwrap(), "9 people");
    // A summary sentence that gives a disputed figure says so.
    assert!(root
        .query_selector(".cb-sentence .cb-disputed")
        .unwrap()
        .is_some());
    // The Markdown copy carries the section too.
    let md = format_js(summary, "markdown").unwrap();
    assert!(
        md.contains("**Sources differ**") && md.contains("*14 people*"),
        "{md}"
    );
}
