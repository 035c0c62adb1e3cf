use super::flags::*;
use super::openers::*;
use super::*;
use crate::document::Trigger;
use crate::text::boundaries::*;

/// A prose block of `span` without chrome trigger words, that may hold quotation marks.
fn prose(span: std::ops::Range<usize>) -> Block {
    Block {
        span,
        kind: BlockKind::Prose,
        fingerprint: (0, 0),
        trigger: Trigger::None,
        quoted: true,
    }
}

#[test]
fn spans_never_cut_a_grapheme_cluster() {
    // A space carrying a combining mark before the sentence (found by the property test).
    let text = " \u{cbe}The crane collapsed on the north pier of Port Verity on Tuesday. ";
    let block = prose(1..text.len() - 1);
    let mut out = Vec::new();
    sentences(0, text, &[block], &mut out);
    assert_eq!(out.len(), 1);
    assert!(text[out[0].span.clone()].starts_with("The crane"));
    assert_eq!(grapheme_boundary("a\r\nb", 2), 3);
    assert_eq!(grapheme_boundary(" \u{301}\u{301}x", 1), 5);
    assert_eq!(grapheme_boundary("ab", 1), 1);
    assert_eq!(grapheme_boundary("a é", 2), 2);
    assert_eq!(grapheme_boundary("aé", 1), 1);
}

#[test]
fn datelines_are_not_part_of_the_first_sentence() {
    let cases: &[(&str, &str)] = &[
        (
            "PORT VERITY (Harbor Wire) — The crane fell.",
            "The crane fell.",
        ),
        ("PORT VERITY — The crane fell.", "The crane fell."),
        ("PORT VERITY—The crane fell.", "The crane fell."),
        (
            "MILLBROOK, Ore. (Harbor Wire) - Work starts.",
            "Work starts.",
        ),
        (
            "NEW MILLBROOK, Jan 5 (Harbor Wire) - Work starts.",
            "Work starts.",
        ),
        (
            "(Harbor Wire) Work starts in April.",
            "Work starts in April.",
        ),
        (
            "(HW) — “We are ready,” she said.",
            "“We are ready,” she said.",
        ),
        (
            "Sycamore, Illinois (CNN) The man was convicted.",
            "The man was convicted.",
        ),
        (
            "Port Verity, Ore. (AP) — The crane fell.",
            "The crane fell.",
        ),
        ("Washington (CNN)The talks ended.", "The talks ended."),
        ("PORT VERITY, Ore. (AP) _ A crane fell.", "A crane fell."),
        (
            "OSTVALE, Ore., April 9, 2025 /PRNewswire/ -- Brightwater Labs recalled filters.",
            "Brightwater Labs recalled filters.",
        ),
        (
            "OSTVALE, Ore., April 9, 2025 (BUSINESS WIRE) -- Brightwater Labs recalled filters.",
            "Brightwater Labs recalled filters.",
        ),
        (
            "PORT VERITY _ ``We are ready,'' she said.",
            "``We are ready,'' she said.",
        ),
        // Not datelines.
        (
            "Harbor Safety Administration (HSA) Chief Ortiz spoke.",
            "Harbor Safety Administration (HSA) Chief Ortiz spoke.",
        ),
        (
            "Reporters at CNN (CNN) said so.",
            "Reporters at CNN (CNN) said so.",
        ),
        ("NATO — the alliance — met.", "NATO — the alliance — met."),
        ("A judge ruled on Monday.", "A judge ruled on Monday."),
        ("U.S. — The talks ended.", "U.S. — The talks ended."),
        (
            "NASA said the probe was fine.",
            "NASA said the probe was fine.",
        ),
        (
            "MILLBROOK, which floods often, voted.",
            "MILLBROOK, which floods often, voted.",
        ),
        ("The pier (Dock 4) - closed.", "The pier (Dock 4) - closed."),
        ("PORT VERITY —", "PORT VERITY —"),
    ];
    for &(input, expected) in cases {
        assert_eq!(&input[dateline_len(input, true)..], expected, "{input}");
    }
    // Away from an article's first sentence, only with an agency.
    let later = "PORT VERITY — The crane fell.";
    assert_eq!(dateline_len(later, false), 0);
    assert_eq!(
        dateline_len("PORT VERITY (HW) — The crane fell.", false),
        21
    );
    // Agencies that write their name in lowercase.
    let german = "HAFENSTADT (dpa) — Ein Kran ist eingestürzt.";
    assert_eq!(
        &german[dateline_len(german, false)..],
        "Ein Kran ist eingestürzt."
    );
    // Only the first sentence of a paragraph.
    let text = "He spoke. PORT VERITY (HW) — The crane fell.";
    let block = prose(0..text.len());
    let mut out = Vec::new();
    sentences(0, text, &[block], &mut out);
    assert_eq!(
        &text[out[1].span.clone()],
        "PORT VERITY (HW) — The crane fell."
    );
}

#[test]
fn live_blog_time_stamps_and_interview_letters_are_not_quoted() {
    let cases: &[(&str, &str)] = &[
        (
            "10:42 a.m. — Officials say 3,000 left.",
            "Officials say 3,000 left.",
        ),
        ("9:58 ET - Water release begins.", "Water release begins."),
        (
            "14:05 GMT – “We are ready,” she said.",
            "“We are ready,” she said.",
        ),
        ("7:15 PM EST — The dam held.", "The dam held."),
        ("Q: Is the dam safe?", "Is the dam safe?"),
        ("A: Officials say it is.", "Officials say it is."),
        (
            "UPDATE: Two firefighters were hurt.",
            "Two firefighters were hurt.",
        ),
        ("Breaking News: The dam held.", "The dam held."),
        ("EXCLUSIVE: “We knew,” he said.", "“We knew,” he said."),
        // Not labels.
        (
            "10:42 a.m. was when it broke.",
            "10:42 a.m. was when it broke.",
        ),
        ("10:42 — and then it broke.", "10:42 — and then it broke."),
        ("3:1 — The vote passed.", "3:1 — The vote passed."),
        ("123:45 — The verse.", "123:45 — The verse."),
        ("A: the letter.", "A: the letter."),
        ("update: the patch.", "update: the patch."),
        ("Updates: Two were hurt.", "Updates: Two were hurt."),
        ("NASA: The probe is fine.", "NASA: The probe is fine."),
        ("Latest figures: 3,000 left.", "Latest figures: 3,000 left."),
        ("Q:", "Q:"),
        ("9:5", "9:5"),
        // A gallery's label; not a sentence about captions.
        (
            "Caption Rangers led the bear away.",
            "Rangers led the bear away.",
        ),
        (
            "Caption contests drew 40 entries.",
            "Caption contests drew 40 entries.",
        ),
        (
            "Caption: Rangers led it away.",
            "Caption: Rangers led it away.",
        ),
        // A colon or a bar after the time stamp; a bar alone is a page's fields run together.
        ("10:45 a.m.: Two piers cracked.", "Two piers cracked."),
        ("11:30 | Ferries will run.", "Ferries will run."),
        ("12 p.m. | Ferries will run.", "Ferries will run."),
        ("12 p.m. Ferries will run.", "12 p.m. Ferries will run."),
        ("12 | Ferries will run.", "12 | Ferries will run."),
        ("| Ferries will run.", "| Ferries will run."),
        ("10:45: the piers held.", "10:45: the piers held."),
    ];
    for &(input, expected) in cases {
        assert_eq!(&input[entry_label_len(input)..], expected, "{input}");
    }
    // A question and its answer in one paragraph, time stamps in the next two, one before
    // a bar (the sentence splitter keeps it with the entry it labels).
    let text = "Q: Is it safe? A: Yes, it is.\n\n10:42 a.m. — It held.\n\n10:45 a.m. | It rained.";
    let first = text.find("\n\n").unwrap();
    let second = text.rfind("\n\n").unwrap();
    let blocks = [(0..first), (first + 2..second), (second + 2..text.len())].map(prose);
    let mut out = Vec::new();
    sentences(0, text, &blocks, &mut out);
    let got: Vec<&str> = out.iter().map(|s| &text[s.span.clone()]).collect();
    assert_eq!(
        got,
        ["Is it safe?", "Yes, it is.", "It held.", "It rained."]
    );
}

#[test]
fn sentences_that_point_back_are_told() {
    for text in [
        "He said the pier would reopen.",
        "“It was fast,” she said.",
        "But the pier stayed shut.",
        "However, the pier stayed shut.",
        "THEY left on Monday.",
        "Its owner was not there.",
    ] {
        assert!(opens_dangling(text), "{text}");
    }
    for text in [
        "The pier closed.",
        "Helen Park said so.",
        "Item 4 passed.",
        "Hers was first.",
        "Thisbe spoke.",
        "It2 is a name.",
        "",
        "Itś",
    ] {
        assert!(!opens_dangling(text), "{text}");
    }
}

#[test]
fn fragments_are_told_from_sentences() {
    for text in [
        "said the mayor.",
        "and we went,” he said.",
        "“when it fell.",
        "after 5 pm.",
    ] {
        assert!(continues(text), "{text}");
    }
    for text in [
        "“Where are they?” ",
        "\"Why?\"",
        "Is it safe?’",
        "her hat (“I bought it here!”)",
    ] {
        assert!(ends_with_quoted_question(text), "{text}");
    }
    for text in ["Where are they? ", "“We left.” ", "Stop!", ""] {
        assert!(!ends_with_quoted_question(text), "{text}");
    }
    for text in [
        "Inside the race to save the mill...",
        "The report details how 40 million card accounts and...",
        "What comes next… ",
    ] {
        assert!(is_cut_off(text), "{text}");
    }
    for text in ["“We will see…”", "He paused... and left.", "It ended."] {
        assert!(!is_cut_off(text), "{text}");
    }
    for text in ["(The city sent two.)", "(Even then (twice) it rained.) "] {
        assert!(is_aside(text), "{text}");
    }
    for text in [
        "(AP) The crane fell (twice)",
        "The crane (twice) fell.",
        "(2) It fell.",
        "",
    ] {
        assert!(!is_aside(text), "{text}");
    }
    for text in [
        "The pier closed.",
        "iPhone sales rose.",
        "de Blasio spoke.",
        "“Where are they?”",
        "5 people left.",
        "",
    ] {
        assert!(!continues(text), "{text}");
    }
}

#[test]
fn a_gallery_button_is_not_part_of_its_caption() {
    let text = "View Images The crane lies across the north pier. It fell on Tuesday.";
    let block = prose(0..text.len());
    let mut out = Vec::new();
    sentences(0, text, &[block], &mut out);
    assert_eq!(
        &text[out[0].span.clone()],
        "The crane lies across the north pier."
    );
    assert_eq!(gallery_button_len("View Images of the pier were shown."), 0);
}

#[test]
fn broken_text_is_a_fragment() {
    use super::flags::is_broken;
    for broken in [
        "Captain Ruth AlvarezFerry fares rise againHarbor cleanup beginsGull school reopens MORE The tide was low.",
        "The cause of the grounding (which the ferry line has not yet explained.",
        "1,204 Votes 311 Voters 9,870 Views Follow Embed Share.",
        "The mayor criticized Governor Alvarez Ruth Maria Alvarez Ferry fares rise again: harbor board on Sunday.",
        "| Harbor Cam All the things the mayor said The mayor went over the ferry's schedule.",
        "Ferry timetable | Harbor news | Weather in Vallen",
    ] {
        assert!(is_broken(broken), "{broken}");
    }
    for prose in [
        "The ferry ran aground (off Gull Island) on Sunday.",
        "Sony's PlayStation sales rose on LinkedIn news.",
        "Police arrest suspect.",
        "Le pont Saint-Roch restera fermé deux semaines.",
        "港口周二关闭，没有人受伤。",
        "Мост будет закрыт две недели.",
        "They flew from Bora Bora to Walla Walla, said Sirhan Sirhan.",
        "Ruth Alvarez, Maria Alvarez and Governor Alvarez met on Sunday.",
    ] {
        assert!(!is_broken(prose), "{prose}");
    }
}
