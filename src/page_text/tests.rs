use super::html::*;
use super::repair::*;

#[test]
fn repair_decodes_known_character_references_only() {
    let cases = [
        ("the port&rsquo;s pier", "the port’s pier"),
        (
            "&#8220;closed&#8221; &#x2014; for now",
            "“closed” — for now",
        ),
        ("AT&T and R&D; &c. and 5 & 6", "AT&T and R&D; &c. and 5 & 6"),
        ("&notanentity; &amp;rsquo;", "&notanentity; &rsquo;"),
        ("a & b &", "a & b &"),
    ];
    for (text, want) in cases {
        assert_eq!(repair_text(text), want, "{text:?}");
    }
    assert!(matches!(
        repair_text("AT&T said so."),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn repair_makes_doubled_quotation_marks_single() {
    let cases = [
        (
            r#"""It was frightening,"" said Ida Roen. ""Then boring."""#,
            r#""It was frightening," said Ida Roen. "Then boring.""#,
        ),
        // A spreadsheet cell's own quotes around it are dropped.
        (
            "\"The mayor said \"\"not yet.\"\"\"\n",
            "The mayor said \"not yet.\"\n",
        ),
        (
            r#"the ""Two Fat Ladies"" show"#,
            r#"the "Two Fat Ladies" show"#,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(repair_text(text), want, "{text:?}");
    }
    // A single quotation mark inside: not CSV, left as written.
    for text in [
        r#"He said "no" and ""yes"" twice."#,
        r#"A "quoted" word."#,
        r#"The cell "" is empty, she "said"#,
    ] {
        assert_eq!(repair_text(text), text, "{text:?}");
    }
}

#[test]
fn repair_joins_words_hyphenated_at_a_line_end() {
    let cases = [
        (
            "The council voted on Tues-\nday to approve a water treat-\nment plant.",
            "The council voted on Tues-day to approve a water treat-ment plant.",
        ),
        // A compound broken at its own hyphen stays a compound.
        (
            "feelings against then-\ncandidate Trump",
            "feelings against then-candidate Trump",
        ),
        ("la route départemen-\ntale", "la route départemen-tale"),
    ];
    for (text, want) in cases {
        assert_eq!(repair_text(text), want, "{text:?}");
    }
    // Not a word broken in two: a score, a dash before a list, a name, a line's own dash.
    for text in [
        "voted 7-\n2",
        "items -\n- one",
        "Jean-\nPierre",
        "the end -\nand",
        "ok-\n",
    ] {
        assert_eq!(repair_text(text), text, "{text:?}");
    }
}

#[test]
fn repair_undoes_utf8_read_as_windows_1252() {
    let cases = [
        (
            "â€œYes,â€\u{9d} she said â€” twice â€¦",
            "“Yes,” she said — twice …",
        ),
        ("the cityâ€™s 2â€“1 vote", "the city’s 2–1 vote"),
        // The closing quotation mark's unassigned last byte lost.
        ("â€œWe are ready,â€ she said.", "“We are ready,” she said."),
        (
            "MalmÃ¶ and SÃ£o Paulo, cafÃ© crÃ¨me, Â£5",
            "Malmö and São Paulo, café crème, £5",
        ),
        ("Ã©tÃ© ðŸ™‚", "été 🙂"),
        // Characters that spell nothing are left as they are.
        ("Ã© and Ã then Ã¥", "é and Ã then å"),
    ];
    for (text, want) in cases {
        assert_eq!(repair_text(text), want, "{text:?}");
    }
    // Without an unmistakable sign, accented capitals next to quotes stay: in "CAFÉ”"
    // the bytes of É and ” happen to spell "ɔ".
    for text in ["the CAFÉ” sign", "ÉCOLE “NOUVELLE”", "Ö‘s", "â"] {
        assert_eq!(repair_text(text), text, "{text:?}");
    }
}

#[test]
fn a_news_page_becomes_its_paragraphs() {
    let html = "<!DOCTYPE html>\n<html><head><title>Pier</title><style>p{color:red}</style>\
                </head><body><nav><a href=\"/\">Home</a> | <a href='/x?a=1&amp;b=2'>News</a></nav>\
                <article><h1>Pier closed after \n  crane collapse</h1>\
                <p class=\"lead\" data-x=\"a > b\">The north pier of Port Verity\n  closed on \
                <em>Tuesday</em>, the harbor&nbsp;authority said&#8212;for two weeks.</p>\
                <!-- ad slot <p>hidden</p> -->\
                <script>if (a < b) document.write(\"<p>no</p>\")</script>\
                <p>&ldquo;We were lucky,&rdquo; said Ms.&nbsp;Ruiz &amp; her crew.<br>\
                Nobody was hurt.</p><ul><li>Closed: <b>2 weeks</b></li><li>Cost: &#x24;4 million\
                </li></ul></article></body></html>";
    assert_eq!(
        html_to_text(html),
        "Home | News\n\n\
         Pier closed after crane collapse\n\n\
         The north pier of Port Verity closed on Tuesday, the harbor authority \
         said—for two weeks.\n\n\
         “We were lucky,” said Ms. Ruiz & her crew.\n\
         Nobody was hurt.\n\n\
         • Closed: 2 weeks\n\n\
         • Cost: $4 million\n"
    );
}

#[test]
fn text_that_is_not_markup_passes_through() {
    assert_eq!(
        html_to_text("a < b and c > d; AT&T"),
        "a < b and c > d; AT&T\n"
    );
    assert_eq!(html_to_text(""), "");
    assert_eq!(html_to_text("&unknown; &#xZZ; &"), "&unknown; &#xZZ; &\n");
    assert_eq!(html_to_text("&#0;&#1114112;&#150;"), "\u{fffd}\u{fffd}–\n");
}

#[test]
fn broken_markup_never_panics_and_keeps_the_text() {
    for html in [
        "<p>open",
        "<p class=\"never closed>text",
        "<script>never closed",
        "<!-- never closed",
        "</",
        "<",
        "<<<>>>",
        "<pre>  kept  \n  as is</pre><p>a</p>",
        "<p>é&eacute;\u{1f600}</p>",
    ] {
        let text = html_to_text(html);
        assert!(!text.contains("<p"), "{html:?} → {text:?}");
    }
    assert_eq!(html_to_text("<p>open"), "open\n");
    assert_eq!(
        html_to_text("<pre>  kept  \n  as is</pre><p>a</p>"),
        "  kept  \n  as is\n\na\n"
    );
}

#[test]
fn a_head_left_open_ends_at_the_body() {
    assert_eq!(
        html_to_text("<html><head><title>T</title><body><p>Text.</p>"),
        "Text.\n"
    );
    assert_eq!(html_to_text("<head><title>T</title>"), "");
}

#[test]
fn pages_are_told_from_text() {
    assert!(looks_like_html("\u{feff}\n  <!doctype html><html>"));
    assert!(looks_like_html("<HTML lang=en>"));
    assert!(looks_like_html("<P>The pier closed.</P>"));
    assert!(looks_like_html(
        "<div class=\"story\"><p>The pier closed.</p></div>"
    ));
    assert!(looks_like_html("<!-- story --><p>The pier closed.</p>"));
    assert!(looks_like_html("<br/>The pier closed."));
    assert!(!looks_like_html("The <b>pier</b> closed."));
    assert!(!looks_like_html("<3 the new pier"));
    assert!(!looks_like_html("<pier> closed"));
    assert!(!looks_like_html("<"));
    assert!(!looks_like_html(""));
}
