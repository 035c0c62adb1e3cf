use super::join::*;
use super::*;
use crate::text::punctuation::*;

#[test]
fn reference_marks_stay_with_their_sentence() {
    let text = "The bridge will close on Wednesday.[1] Engineers found cracks in March.[2][a] \
                Repairs will cost 48 million kronor.[citation needed]";
    let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        got,
        [
            "The bridge will close on Wednesday.[1]",
            "Engineers found cracks in March.[2][a]",
            "Repairs will cost 48 million kronor.[citation needed]",
        ]
    );
    assert!(ends_sentence(got[2]));
    // A bracket that opens a sentence is no reference mark.
    let text = "The bridge will close. [Update] The city reopened one lane.";
    assert_eq!(split(text).len(), 2);
}

#[test]
fn a_quotation_of_several_sentences_is_one() {
    let cases: &[(&str, &[&str])] = &[
        (
            "\"We are ready. We trained for this,\" the chief said. Crews left.",
            &[
                "\"We are ready. We trained for this,\" the chief said.",
                "Crews left.",
            ],
        ),
        (
            "She said: “Not me. But someone will.” He agreed.",
            &["She said: “Not me. But someone will.”", "He agreed."],
        ),
        (
            "``It held. It will hold,'' he said. The dam held.",
            &["``It held. It will hold,'' he said.", "The dam held."],
        ),
        // French spacing puts the closing guillemet after a space (or a no-break space),
        // where UAX #29 has already begun the next sentence: the mark closes the quotation.
        (
            "Il a dit : « C'est fini. Rentrez. » Puis il est parti.",
            &["Il a dit : « C'est fini. Rentrez. »", "Puis il est parti."],
        ),
        (
            "« Nous avons tout perdu.\u{a0}» Le maire a parlé mardi.",
            &["« Nous avons tout perdu.\u{a0}»", "Le maire a parlé mardi."],
        ),
        (
            "Il a dit : « C'est fini. Rentrez. »",
            &["Il a dit : « C'est fini. Rentrez. »"],
        ),
        (
            "« C'est fini ! » a crié un riverain. Le maire a promis une enquête.",
            &[
                "« C'est fini ! » a crié un riverain.",
                "Le maire a promis une enquête.",
            ],
        ),
        // German quotes »so«: a "»" after a full stop opens the next quotation.
        (
            "Er sagte: »Wir sind bereit.« »Wir auch«, sagte sie.",
            &["Er sagte: »Wir sind bereit.«", "»Wir auch«, sagte sie."],
        ),
        // A quotation that runs on past its paragraph stays apart.
        (
            "\"The water rose fast. We left at night. We lost the car.",
            &[
                "\"The water rose fast.",
                "We left at night.",
                "We lost the car.",
            ],
        ),
        // A quotation on its own goes with its speaker's quoted sentence before it, and
        // so does a second one.
        (
            "\"It held,\" he said. \"It will hold.\" The dam held.",
            &["\"It held,\" he said. \"It will hold.\"", "The dam held."],
        ),
        (
            "Ms. Okafor said: “It held.” “It will hold.” “We checked.” Crews left.",
            &[
                "Ms. Okafor said: “It held.” “It will hold.” “We checked.”",
                "Crews left.",
            ],
        ),
        (
            "“It held,” he said. “It will hold. We checked twice.”",
            &["“It held,” he said. “It will hold. We checked twice.”"],
        ),
        // Not after a sentence without a quotation, nor one that has its own speaker.
        (
            "The dam held. \"It will hold.\"",
            &["The dam held.", "\"It will hold.\""],
        ),
        (
            "\"It held,\" he said. \"It will hold,\" she said.",
            &["\"It held,\" he said.", "\"It will hold,\" she said."],
        ),
    ];
    for &(text, expected) in cases {
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, expected, "{text}");
    }
    // A run longer than MAX_QUOTATION_BYTES is left apart.
    let long = format!(
        "\"{} It ended,\" he said.",
        "The water rose fast. ".repeat(20)
    );
    assert_eq!(split(&long).len(), 21);
}

#[test]
fn what_goes_on_a_time() {
    for word in TIME_GOES_ON.split_whitespace() {
        assert!(goes_on_a_time(word), "{word}");
    }
    assert!(goes_on_a_time("Sept. 3"));
    assert!(goes_on_a_time("Tuesday, the"));
    assert!(goes_on_a_time("GMT."));
    assert!(!goes_on_a_time("Passengers"));
    assert!(!goes_on_a_time("Mayor Lind"));
}

#[test]
fn every_abbreviation_is_listed() {
    let lists = [&ALWAYS_JOIN, &MAYBE_JOIN, &PLACE_JOIN];
    for word in lists.iter().flat_map(|list| list.items()) {
        let list = lists
            .into_iter()
            .find(|list| list.items().contains(word))
            .expect("listed");
        assert!(is_listed(word, list), "{word}");
        assert!(is_listed(&word.to_uppercase(), list), "{word}");
        let mut chars = word.chars();
        let capitalized: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(chars)
            .collect();
        for w in [word.to_string(), word.to_uppercase(), capitalized] {
            assert!(may_be_listed(&w), "{w}");
        }
    }
    for list in lists {
        assert!(!is_listed("said", list));
    }
}

struct Case {
    name: &'static str,
    input: &'static str,
    expected: &'static [&'static str],
}

macro_rules! t {
    ($name:ident, $input:expr, [$($s:expr),* $(,)?]) => {
        Case { name: stringify!($name), input: $input, expected: &[$($s),*] }
    };
}

/// unicode-segmentation's own documented miss comes first.
const ABBREVIATIONS: &[Case] = &[
    t!(
        mr_from_unicode_segmentation_docs,
        "Mr. Fox jumped. The dog slept.",
        ["Mr. Fox jumped.", "The dog slept."]
    ),
    t!(
        titles,
        "Gen. Ortiz met Sen. Park and Dr. Ruiz. They talked.",
        ["Gen. Ortiz met Sen. Park and Dr. Ruiz.", "They talked."]
    ),
    t!(
        military_ranks,
        "A court martial found Army Spc. Lena Ortiz and Pfc. Dan Ruiz guilty. Cdr. Ames spoke.",
        [
            "A court martial found Army Spc. Lena Ortiz and Pfc. Dan Ruiz guilty.",
            "Cdr. Ames spoke."
        ]
    ),
    t!(
        month,
        "The vote is on Jan. 5 in the hall. It is public.",
        ["The vote is on Jan. 5 in the hall.", "It is public."]
    ),
    t!(
        number_sign,
        "Pier No. 3 is closed. Pier No. 4 is open.",
        ["Pier No. 3 is closed.", "Pier No. 4 is open."]
    ),
    t!(
        lost_pdf_ligature,
        "The memo contains classi?ed information. Who wrote it? Nobody knows!",
        [
            "The memo contains classi?ed information.",
            "Who wrote it?",
            "Nobody knows!"
        ]
    ),
    t!(
        titles_in_other_languages,
        "Según la Dra. Ortega, el fuego sigue. Il Dott. Rossi ha parlato. Viven en EE.UU. desde 2019.",
        [
            "Según la Dra. Ortega, el fuego sigue.",
            "Il Dott. Rossi ha parlato.",
            "Viven en EE.UU. desde 2019."
        ]
    ),
    t!(
        spanish_us_written_with_a_space,
        "EE. UU. y Portugal ofrecieron ayuda. La ayuda llega hoy.",
        ["EE. UU. y Portugal ofrecieron ayuda.", "La ayuda llega hoy."]
    ),
    t!(
        lost_pdf_quotation_marks,
        "The panel (hereinafter ?the Committee?) voted on it. What now? the mayor asked. “Who approved it?” said the mayor.",
        [
            "The panel (hereinafter ?the Committee?) voted on it.",
            "What now? the mayor asked.",
            "“Who approved it?”",
            "said the mayor."
        ]
    ),
    t!(
        lost_pdf_opening_quotation_mark,
        "They voted on a memo (the ?Memorandum,? which is attached). Is it? Yes.",
        [
            "They voted on a memo (the ?Memorandum,? which is attached).",
            "Is it?",
            "Yes."
        ]
    ),
    t!(
        acronym_before_a_number,
        "Shots were fired on U.S. 278. Police closed it. He moved to the U.S. The police followed.",
        [
            "Shots were fired on U.S. 278.",
            "Police closed it.",
            "He moved to the U.S.",
            "The police followed."
        ]
    ),
    t!(
        region_before_agency,
        "MILLBROOK, Ore. (Harbor Wire) — Work starts. It ends in May.",
        [
            "MILLBROOK, Ore. (Harbor Wire) — Work starts.",
            "It ends in May."
        ]
    ),
    t!(
        region_before_aside,
        "Crews came from Salem, Ore. (The city sent two.) They helped.",
        [
            "Crews came from Salem, Ore.",
            "(The city sent two.)",
            "They helped."
        ]
    ),
    t!(
        state_then_opener,
        "The crews came from Salem, Ore. The city sent two.",
        ["The crews came from Salem, Ore.", "The city sent two."]
    ),
    t!(
        state_then_title,
        "It rained in Fresno, Calif. Gov. Ortiz came.",
        ["It rained in Fresno, Calif. Gov. Ortiz came."]
    ),
    t!(
        state_word_without_place,
        "Two of the crew fell ill. Doctors saw them.",
        ["Two of the crew fell ill.", "Doctors saw them."]
    ),
    t!(
        us_before_name,
        "The U.S. Coast Guard said so. Then it left.",
        ["The U.S. Coast Guard said so.", "Then it left."]
    ),
    t!(
        us_at_end,
        "The ship sailed for the U.S. The crew cheered.",
        ["The ship sailed for the U.S.", "The crew cheered."]
    ),
    t!(
        un_lowercase,
        "The U.N. said on Friday that aid was coming.",
        ["The U.N. said on Friday that aid was coming."]
    ),
    t!(
        company,
        "Verity Cranes Inc. Chief Executive Mara Lind resigned. Shares fell.",
        [
            "Verity Cranes Inc. Chief Executive Mara Lind resigned.",
            "Shares fell."
        ]
    ),
    t!(
        time,
        "It fell at 5 a.m. Tuesday. Nobody was there.",
        ["It fell at 5 a.m. Tuesday.", "Nobody was there."]
    ),
    t!(
        time_then_zone,
        "Polls close at 8 p.m. ET and at 9 P.M. Eastern in Maine. Counting starts then.",
        [
            "Polls close at 8 p.m. ET and at 9 P.M. Eastern in Maine.",
            "Counting starts then."
        ]
    ),
    t!(
        time_then_sentence,
        "The ferry left at 4:15 p.m. Passengers said it shook.",
        ["The ferry left at 4:15 p.m.", "Passengers said it shook."]
    ),
    t!(
        unknown_acronym,
        "She flew to N.J. Governor Hale met her.",
        ["She flew to N.J. Governor Hale met her."]
    ),
];

const INITIALS: &[Case] = &[
    t!(
        middle_initial,
        "John F. Kennedy spoke. Crowds cheered.",
        ["John F. Kennedy spoke.", "Crowds cheered."]
    ),
    t!(
        two_initials,
        "The book by J. R. Tolkien sold well. It was long.",
        ["The book by J. R. Tolkien sold well.", "It was long."]
    ),
];

const NUMBERS_AND_QUOTES: &[Case] = &[
    t!(
        decimal,
        "Prices rose 3.5 percent. Wages did not.",
        ["Prices rose 3.5 percent.", "Wages did not."]
    ),
    t!(
        ellipsis_lowercase,
        "He paused... then left. Rain fell.",
        ["He paused... then left.", "Rain fell."]
    ),
    t!(
        quote_then_said,
        "\"Stop the crane.\" he shouted. Workers ran.",
        ["\"Stop the crane.\" he shouted.", "Workers ran."]
    ),
    t!(
        curly_quotes,
        "“We are safe,” she said. “Nobody was hurt.” The pier closed.",
        [
            "“We are safe,” she said. “Nobody was hurt.”",
            "The pier closed."
        ]
    ),
    t!(
        doubled_quotes,
        "\"\"It was loud,\"\" he said. Then silence.",
        ["\"\"It was loud,\"\" he said.", "Then silence."]
    ),
    t!(
        question_exclaim,
        "Was it safe? No! The pier shut.",
        ["Was it safe?", "No!", "The pier shut."]
    ),
];

const OTHER_SCRIPTS: &[Case] = &[
    t!(
        chinese,
        "港口关闭了。没有人受伤。",
        ["港口关闭了。", "没有人受伤。"]
    ),
    t!(
        hebrew_gershayim_is_no_quotation_mark,
        "הנשיא ביקר בארה\"ב. צבא, צה\"ל, הודיע. \"נחזור\", אמר.",
        [
            "הנשיא ביקר בארה\"ב.",
            "צבא, צה\"ל, הודיע.",
            "\"נחזור\", אמר."
        ]
    ),
    t!(
        hindi_danda,
        "पुल बंद कर दिया गया। कोई घायल नहीं हुआ।",
        ["पुल बंद कर दिया गया।", "कोई घायल नहीं हुआ।"]
    ),
    t!(
        arabic_question,
        "هل أغلق الجسر؟ نعم، أغلق يوم الثلاثاء.",
        ["هل أغلق الجسر؟", "نعم، أغلق يوم الثلاثاء."]
    ),
    t!(
        japanese_quotes,
        "市長は「橋は閉鎖する。」と述べた。けが人はいない。",
        ["市長は「橋は閉鎖する。」と述べた。", "けが人はいない。"]
    ),
    t!(
        chinese_quotation_after_a_full_stop_opens_the_next_sentence,
        "大桥将关闭一周。「我们必须确保安全，」总工程师说。河水达到6.2米。",
        ["大桥将关闭一周。", "「我们必须确保安全，」总工程师说。", "河水达到6.2米。"]
    ),
    t!(
        japanese_bracket_after_a_full_stop_opens_the_next_sentence,
        "橋は閉鎖された。『安全が第一だ』と市長は述べた。",
        ["橋は閉鎖された。", "『安全が第一だ』と市長は述べた。"]
    ),
    t!(
        french_title_and_guillemets,
        "M. Dupont a parlé. « Le pont restera fermé. Nous attendons les ingénieurs », a-t-il dit. Mme Roy a confirmé.",
        [
            "M. Dupont a parlé.",
            "« Le pont restera fermé. Nous attendons les ingénieurs », a-t-il dit.",
            "Mme Roy a confirmé."
        ]
    ),
    t!(
        german_abbreviations,
        "Die Brücke, z. B. die am Hafen, bleibt zu. Laut Dr. Weber dauert es bzw. Wochen. Die Stadt schweigt.",
        [
            "Die Brücke, z. B. die am Hafen, bleibt zu.",
            "Laut Dr. Weber dauert es bzw. Wochen.",
            "Die Stadt schweigt."
        ]
    ),
    t!(
        german_quotes,
        "Er sagte: „Die Brücke bleibt zu. Sie ist alt.“ Dann ging er.",
        ["Er sagte: „Die Brücke bleibt zu. Sie ist alt.“", "Dann ging er."]
    ),
    t!(
        spanish_title,
        "El Sr. García habló. La Sra. Ortega calló.",
        ["El Sr. García habló.", "La Sra. Ortega calló."]
    ),
    t!(
        russian_abbreviations,
        "Мост закрыт, т. е. движения нет. Об этом сообщил проф. Иванов. Ремонт займёт неделю.",
        [
            "Мост закрыт, т. е. движения нет.",
            "Об этом сообщил проф. Иванов.",
            "Ремонт займёт неделю."
        ]
    ),
    t!(
        no_punctuation,
        "one long line without any punctuation",
        ["one long line without any punctuation"]
    ),
    t!(
        emoji,
        "Great news 🎉🎉. Pier reopens 👩‍👩‍👧!",
        ["Great news 🎉🎉.", "Pier reopens 👩‍👩‍👧!"]
    ),
];

const GLUED: &[Case] = &[
    t!(
        lost_space,
        "A fishing boat picked her up.On Tuesday, divers found the hull.",
        [
            "A fishing boat picked her up.",
            "On Tuesday, divers found the hull."
        ]
    ),
    t!(
        before_a_one_letter_word,
        "Two were charged, police said.A second woman was held.I think so, she said.",
        [
            "Two were charged, police said.",
            "A second woman was held.",
            "I think so, she said."
        ]
    ),
    t!(
        not_after_an_abbreviation_a_domain_or_an_initialism,
        "Gen.Ortiz wrote on Amazon.Com about the U.S.Army, the U.S.A team and e.g.The report.",
        ["Gen.Ortiz wrote on Amazon.Com about the U.S.Army, the U.S.A team and e.g.The report."]
    ),
];

#[test]
fn glued_full_stops() {
    run(GLUED);
    // A run of many glued sentences is scraped text: it stays one piece, too long to quote.
    let run_on: String = (0..12)
        .map(|i| format!("Part {i} of the notice has several words in it.Then"))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(split(&run_on).len(), 1);
}

const LINE_BREAKS: &[Case] = &[
    t!(
        pdf_line_break,
        "The council voted on Monday to\nraise the levee. It passed.",
        [
            "The council voted on Monday to\nraise the levee.",
            "It passed."
        ]
    ),
    t!(
        crlf_after_sentence,
        "It rained.\r\nThen it stopped.",
        ["It rained.", "Then it stopped."]
    ),
];

#[test]
fn text_without_capitals() {
    run(&[
        t!(
            lowercase,
            "the crane fell on tuesday. no one was hurt, mr. ortiz said. it cost $5.2 million. \
             the u.s. sent help. ok.",
            [
                "the crane fell on tuesday.",
                "no one was hurt, mr. ortiz said.",
                "it cost $5.2 million.",
                "the u.s. sent help.",
                "ok."
            ]
        ),
        t!(
            lowercase_with_accents,
            "ça va. élan fut là. tôt ou tard.",
            ["ça va.", "élan fut là.", "tôt ou tard."]
        ),
        t!(
            cased_text_is_left_to_uax_29,
            "The crane fell. it was old.",
            ["The crane fell. it was old."]
        ),
    ]);
}

#[test]
fn line_breaks() {
    run(LINE_BREAKS);
}

fn run(cases: &[Case]) {
    for case in cases {
        let got: Vec<&str> = split(case.input)
            .into_iter()
            .map(|r| &case.input[r])
            .collect();
        assert_eq!(got, case.expected, "case {}", case.name);
    }
}

#[test]
fn abbreviations() {
    run(ABBREVIATIONS);
}

#[test]
fn initials() {
    run(INITIALS);
}

#[test]
fn numbers_and_quotes() {
    run(NUMBERS_AND_QUOTES);
}

#[test]
fn other_scripts() {
    run(OTHER_SCRIPTS);
}

#[test]
fn thai_sentences_end_at_a_space() {
    // Thai writes no full stop and no space between words: a space between Thai letters
    // ends a sentence; one beside a number or a Latin word does not.
    run(&[
        t!(
            between_thai_letters,
            "สะพานถูกปิดเมื่อวันจันทร์ วิศวกรพบรอยร้าว  ตำรวจกล่าวว่าไม่มีผู้บาดเจ็บ",
            [
                "สะพานถูกปิดเมื่อวันจันทร์",
                "วิศวกรพบรอยร้าว",
                "ตำรวจกล่าวว่าไม่มีผู้บาดเจ็บ"
            ]
        ),
        t!(
            beside_numbers_and_latin_words,
            "สะพานปิดเมื่อ 12 มีนาคม ตามรายงานของ Reuters แล้ว",
            ["สะพานปิดเมื่อ 12 มีนาคม", "ตามรายงานของ Reuters แล้ว"]
        ),
    ]);
}

#[test]
fn greek_question_marks_end_greek_sentences() {
    // Greek writes "?" as ";" (its semicolon is the raised dot "·"): UAX #29 does not know it.
    run(&[
        t!(
            after_greek_words,
            "Πώς θα πάνε στη δουλειά τους; Ο δήμαρχος είπε ότι θα υπάρχουν πλοία.",
            [
                "Πώς θα πάνε στη δουλειά τους;",
                "Ο δήμαρχος είπε ότι θα υπάρχουν πλοία."
            ]
        ),
        t!(
            closed_by_a_guillemet,
            "«Ποιος θα πληρώσει;» Οι μηχανικοί δεν απάντησαν.",
            ["«Ποιος θα πληρώσει;»", "Οι μηχανικοί δεν απάντησαν."]
        ),
        // A quoted question that a lowercase verb goes on from, and Latin semicolons.
        t!(
            a_lowercase_word_goes_on,
            "«Γιατί;» ρώτησε ο δήμαρχος. The span closed; Engineers came.",
            [
                "«Γιατί;» ρώτησε ο δήμαρχος.",
                "The span closed; Engineers came."
            ]
        ),
    ]);
}

#[test]
fn bars_typed_for_a_danda_end_devanagari_sentences() {
    run(&[
        t!(
            bar_after_devanagari,
            "लोगों ने सम्मान दिखाया | हमले में 52 लोगों ने जान गँवाई थी |",
            ["लोगों ने सम्मान दिखाया |", "हमले में 52 लोगों ने जान गँवाई थी |"]
        ),
        t!(
            double_bar,
            "लोगों ने सम्मान दिखाया|| पुलिस जाँच कर रही है।",
            ["लोगों ने सम्मान दिखाया||", "पुलिस जाँच कर रही है।"]
        ),
        // Between Latin words a bar separates a page's fields; the sentence stage judges it.
        t!(
            bar_between_latin_words,
            "Ferry news | Harbor news. It rained.",
            ["Ferry news | Harbor news.", "It rained."]
        ),
    ]);
    assert!(ends_sentence("पुलिस हमले के बारे में अनिश्चित है |"));
    assert!(ends_sentence("Ποιος θα πληρώσει για την επισκευή;"));
    assert!(ends_sentence("«Ποιος θα πληρώσει;»"));
    assert!(!ends_sentence("The bridge closed on Monday;"));
    assert!(!ends_sentence("Election Calendar |"));
    assert!(!ends_sentence("It's nice to be back in action ❤️"));
}

#[test]
fn every_scripts_full_stop_ends_a_paragraph() {
    for line in [
        "غوطہ خور ہر ستون کا معائنہ کریں گے۔",
        "ཆུ་ཚོད་གསུམ་རིང་བཀག་ཡོད།",
        "ស្ពានត្រូវបានបិទ។",
        "တံတားကို ပိတ်ထားသည်။",
        "पूल बंद राहील॥",
        "橋は閉鎖された｡",
        // German quotation marks close with what opens them elsewhere.
        "„Die Pfeiler haben Risse.“",
        "Er sagte: »Die Stadt wird Schadenersatz fordern.«",
        "‚Wir sind bereit.‘",
        // Emoji after the full stop.
        "The crew are all safe. 🙏",
        "We are back in action! ❤️",
        "Thank you all. 👨‍👩‍👧",
    ] {
        assert!(ends_sentence(line), "{line}");
    }
}
