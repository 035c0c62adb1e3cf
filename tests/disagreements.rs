//! Where sources differ: `Summary::disagreements` on made-up stories, one case per test:
//! figures that agree, true conflicts, unit conversions, approximations, and different
//! quantities that share a unit.

use corroborate::{summarize, Article, Disagreement, Options, Summary};

/// The summary of `texts`, each from an outlet of its own, with what every disagreement
/// promises checked ([`check`]).
fn run(texts: &[&str]) -> Summary {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(*t).with_source(format!("Outlet {}", i + 1)))
        .collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    check(texts, &summary);
    summary
}

/// Every value's figures as written, with their articles: `[("12 people", [0, 2]), …]`.
fn values(d: &Disagreement) -> Vec<(String, Vec<usize>)> {
    d.values
        .iter()
        .map(|v| (v.text.clone(), v.articles.clone()))
        .collect()
}

/// Checks what every disagreement promises: verbatim text at each span, finite values, a
/// label without white space at its ends.
fn check(texts: &[&str], summary: &Summary) {
    for d in &summary.disagreements {
        assert!(d.values.len() >= 2, "{d:?}");
        assert!(!d.about.is_empty() && d.about.trim() == d.about, "{d:?}");
        for v in &d.values {
            assert!(v.value.is_finite());
            assert_eq!(v.articles.len(), v.spans.len());
            assert_eq!(&texts[v.articles[0]][v.spans[0].clone()], v.text);
            for (&a, span) in v.articles.iter().zip(&v.spans) {
                assert!(texts[a].get(span.clone()).is_some());
            }
        }
    }
}

/// The summary of a story in one language (`code`, detected for every article) that gives
/// exactly one disagreement, whose values must hold each of `expected` as written.
fn one_disagreement_in(texts: &[&str], code: &str, expected: &[&str]) {
    let s = run(texts);
    assert!(s.articles.iter().all(|a| a.language.code() == code));
    let texts: Vec<Vec<(String, Vec<usize>)>> = s.disagreements.iter().map(values).collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    let written: Vec<&str> = texts[0].iter().map(|(t, _)| t.as_str()).collect();
    for e in expected {
        assert!(written.contains(e), "{written:?}");
    }
}

const HARBOUR: [&str; 3] = [
    "Crane collapse at Vallen harbour\n\nImage Source: Harbour Cam\n\nA crane collapsed at the port of Vallen on Tuesday, killing 12 people, officials said.\nThe crane, which weighed 300 tonnes, fell onto a cargo ship in winds of 80 km/h.\nRescue crews searched the wreckage for nearly 20 hours, the fire service said.\nSubscribe to our newsletter",
    "Vallen port disaster\n\nAt least 15 people were killed when a crane collapsed at the port of Vallen on Tuesday, the mayor said.\nThe 300-tonne crane fell onto a cargo ship in winds of 50 mph.\nRescue crews searched the wreckage for up to 24 hours, the fire service said.",
    "The crane collapse at the port of Vallen on Tuesday killed 12 people, officials said.\nThe crane weighed 300 tonnes and fell in winds of about 80 kilometres per hour.\nRescue crews searched the wreckage for 20 hours, the fire service said.",
];

#[test]
fn a_true_conflict_is_reported_with_its_sources() {
    let s = run(&HARBOUR);
    let killed = s
        .disagreements
        .iter()
        .find(|d| d.values.iter().any(|v| v.text.contains("15 people")))
        .expect("12 killed against 15 killed");
    assert_eq!(
        values(killed),
        [
            ("12 people".to_string(), vec![0, 2]),
            ("At least 15 people".to_string(), vec![1])
        ]
    );
    assert!(killed.about.contains("kill"), "{}", killed.about);
    assert_eq!(killed.values[0].value, 12.0);
    assert_eq!(killed.values[0].unit, "people");
}

#[test]
fn approximations_that_exclude_each_other_disagree() {
    let s = run(&HARBOUR);
    let hours = s
        .disagreements
        .iter()
        .find(|d| d.values.iter().any(|v| v.unit == "hours"))
        .expect("nearly 20 hours against up to 24 hours");
    // "nearly 20 hours" and "20 hours" agree; "up to 24 hours" does not.
    assert_eq!(
        values(hours),
        [
            ("nearly 20 hours".to_string(), vec![0, 2]),
            ("up to 24 hours".to_string(), vec![1])
        ]
    );
}

#[test]
fn the_same_figure_in_other_units_agrees() {
    let s = run(&HARBOUR);
    // 80 km/h, 50 mph and about 80 kilometres per hour; 300 tonnes and the 300-tonne crane.
    assert!(
        !s.disagreements
            .iter()
            .flat_map(|d| &d.values)
            .any(|v| v.text.contains("mph") || v.text.contains("tonne")),
        "{:?}",
        s.disagreements
    );
    assert_eq!(s.disagreements.len(), 2, "{:?}", s.disagreements);
    let converted = [
        "The ferry crossing is 100 km long, the operator said on Monday.",
        "The ferry crossing is 62 miles long, the operator said on Monday.",
        "Forecasters said it would reach 30C in Vallen on Monday.",
        "Forecasters said it would reach 86F in Vallen on Monday.",
    ];
    let s = run(&[
        &format!("{} {}", converted[0], converted[2]),
        &format!("{} {}", converted[1], converted[3]),
    ]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn thousands_written_with_a_k_are_the_sum_written_out() {
    let pay = |sum: &str| {
        format!(
            "Vallen names a harbour master\n\nThe Vallen council named Ana Ruiz harbour master on Tuesday.\nRuiz will be paid {sum} a month under the contract, council officials said."
        )
    };
    // "$25k" is $25,000: the two agree, and $30,000 differs from both.
    let (k, full, more) = (pay("$25k"), pay("$25,000"), pay("$30,000"));
    let s = run(&[&k, &full]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    let s = run(&[&k, &full, &more]);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    assert_eq!(
        values(&s.disagreements[0]),
        [
            ("$25k a month".to_string(), vec![0, 1]),
            ("$30,000 a month".to_string(), vec![2])
        ]
    );
}

#[test]
fn ranges_and_bounds_disagree_at_their_ends() {
    // Two ranges with one end apart, and two lower bounds: consistent as intervals, but the
    // sources give different figures.
    let texts = [
        "Judge Alma Ferrer sentenced the Vallen mill owner to three to 10 years in prison on Friday. Thieves stole more than $40,000 worth of copper from the Vallen mill, police said.",
        "On Friday the Vallen mill owner was sentenced to three to 14 years in prison by Judge Alma Ferrer. Police said thieves stole more than $56,000 worth of copper from the Vallen mill.",
        "The Vallen mill owner was sentenced on Friday to three to 10 years in prison, Judge Alma Ferrer ruled.",
    ];
    let s = run(&texts);
    let found: Vec<_> = s.disagreements.iter().map(values).collect();
    assert!(
        found.contains(&vec![
            ("three to 10 years".to_string(), vec![0, 2]),
            ("three to 14 years".to_string(), vec![1])
        ]),
        "{found:?}"
    );
    assert!(
        found.contains(&vec![
            ("more than $40,000".to_string(), vec![0]),
            ("more than $56,000".to_string(), vec![1])
        ]),
        "{found:?}"
    );
    // A range and a figure inside it, a bound and a figure past it: no disagreement.
    let texts = [
        "The Vallen mill owner was sentenced to three to 10 years in prison on Friday. Thieves stole more than $40,000 worth of copper from the Vallen mill, police said.",
        "The Vallen mill owner was sentenced to 10 years in prison on Friday. Thieves stole $56,000 worth of copper from the Vallen mill, police said.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn a_shared_phrase_tells_one_fact_as_well_as_a_shared_word() {
    // Three words in common ("children", "glue", "gun") and none beside the figures: too few
    // alone; the phrase "glue gun" makes the fourth.
    let texts = [
        "A daycare worker was watching 16 children at the time of the glue gun incident, officials said.",
        "The woman, who had 22 children in her care, burned a boy with a glue gun on Monday.",
    ];
    let s = run(&texts);
    let found: Vec<_> = s.disagreements.iter().map(values).collect();
    assert_eq!(
        found,
        [[
            ("16 children".to_string(), vec![0]),
            ("22 children".to_string(), vec![1])
        ]],
        "{found:?}"
    );
    // The same words, not as a phrase in one of them: kept apart.
    let texts = [
        "A daycare worker was watching 16 children at the time of the glue gun incident, officials said.",
        "The woman, who had 22 children in her care, burned a boy with glue, then hit him with a toy gun on Monday.",
    ];
    assert!(run(&texts).disagreements.is_empty());
}

#[test]
fn ages_do_not_keep_two_figures_apart() {
    // Ages differ from person to person: "aged between 35 and 75 years" is no other figure of
    // the study that "over five years" could be told apart from.
    let texts = [
        "Doctors at Vallen General followed 9,509 men and women with heart disease for an average of five years, the study found.",
        "The Vallen General study followed 13,313 men and women with heart disease aged between 35 and 75 years, doctors said.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    assert_eq!(
        values(&s.disagreements[0]),
        [
            ("9,509 men".to_string(), vec![0]),
            ("13,313 men".to_string(), vec![1])
        ]
    );
}

#[test]
fn distances_toward_other_directions_are_two_places() {
    // Two aftershocks: one south of the town, one southwest of it.
    let texts = [
        "The aftershock on Thursday struck 28 kilometers south of Vallen, the seismic service said.",
        "The aftershock on Thursday struck 40 kilometers southwest of Vallen, the seismic service said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
    // The same direction, written two ways ("southwestern", "south-west"): one place.
    let texts = [
        "The aftershock on Thursday struck 28 kilometers southwest of Vallen, the seismic service said.",
        "The aftershock on Thursday struck 40 kilometers south-west of Vallen, the seismic service said.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // A place whose name starts with a direction is no direction.
    let texts = [
        "The ferry sank 12 miles off Southport on Thursday, the coast guard said.",
        "The ferry sank 20 miles off Southport on Thursday, the coast guard said.",
    ];
    assert_eq!(run(&texts).disagreements.len(), 1);
}

#[test]
fn distances_from_other_places_or_no_place_are_two_quantities() {
    // One direction, but from two towns: two aftershocks.
    let texts = [
        "The aftershock on Thursday struck 18 kilometers southwest of Vallen, the seismic service said.",
        "The aftershock on Thursday struck 40 kilometers southwest of Marsby, the seismic service said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
    // A position against a depth: two quantities, however close.
    let texts = [
        "The aftershock on Thursday struck 40 kilometers southwest of Vallen, the seismic service said.",
        "The aftershock on Thursday struck at a depth of 44 kilometers, the seismic service said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
    // A direction named as an adjective is no position: one distance.
    let texts = [
        "Wreckage of the ferry was found 650 kilometres off the northern coast of Vallen on Tuesday, the navy said.",
        "Wreckage of the ferry was found 910 kilometres off the coast of Vallen on Tuesday, the navy said.",
    ];
    assert_eq!(run(&texts).disagreements.len(), 1);
}

#[test]
fn a_conversion_in_brackets_is_not_the_words_after_a_figure() {
    // "[620 miles]" sits between the figure and its direction: the figure is still a
    // position north-east of Port Ellis, not a distance off the coast.
    let texts = [
        "Search teams will look for the ferry near the last point of contact, about 1,000km [620 miles] north-east of Port Ellis, the navy said on Tuesday.",
        "Wreckage of the ferry was found about 650 kilometres off the northern coast of Vallen, the navy said on Tuesday.",
    ];
    assert!(run(&texts).disagreements.is_empty());
}

#[test]
fn other_numbers_of_a_dimension_are_compared_in_its_base_unit() {
    // Two quakes, each placed from several towns. "85 km" in one and "(85 miles)" in the other
    // are not one number alike, so the other numbers tell the sentences apart.
    let texts = [
        "The epicentre was 70 km northwest of Curell, 85 km southwest of Rancagua, 140 km southwest of Santiago, the survey said.",
        "The epicentre was 135 kilometres (85 miles) south of Valmar, where the new port opened, and 145 kilometres (90 miles) southwest of Santiago, the survey said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
}

#[test]
fn other_figures_of_other_things_do_not_keep_two_apart() {
    // "25 arrests" and "80 runners" count different things: they say nothing about whether
    // the relay's two lengths are one quantity.
    let texts = [
        "The torch was carried on a 31 mile relay around Vallen by 80 runners, the organisers said.",
        "Police made 25 arrests during the 43 mile torch relay around Vallen, the organisers said.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // Each picked out by another word: two stages, not two lengths of one.
    let texts = [
        "The final 146 km stage of the Vallen race was won by Ilse Brandt, the organisers said.",
        "Today's 196 km stage of the Vallen race was won by Ilse Brandt, the organisers said.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    // Other figures of one unit, none alike, tell of two things: two stages of a race.
    let texts = [
        "The 146 km stage of the Vallen race ended with a 12 km climb, the organisers said.",
        "The 196 km stage of the Vallen race ended with a 9 km climb, the organisers said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
}

#[test]
fn neighbouring_whole_numbers_differ_and_one_number_written_two_ways_agrees() {
    // "14" is 13.5 to 14.5 as written, "15" 14.5 to 15.5: touching is not agreeing.
    let texts = [
        "Police in Vallen said 14 people were in custody after the raid on Tuesday.",
        "Police in Vallen said 15 people were in custody after the raid on Tuesday.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // Two ranges whose ends are neighbours are two ranges.
    let texts = [
        "The Vallen bridge will be closed for three to 10 days, the council said on Monday.",
        "The Vallen bridge will be closed for three to 11 days, the council said on Monday.",
    ];
    assert_eq!(run(&texts).disagreements.len(), 1);
    // One figure, written to different precision: one value.
    let texts = [
        "The Vallen bridge cost 3.7 million euros to repair, the council said on Monday.",
        "The Vallen bridge cost 3.72 million euros to repair, the council said on Monday.",
    ];
    assert!(run(&texts).disagreements.is_empty());
}

#[test]
fn a_capitalized_common_noun_is_no_name() {
    // "Government" beside one figure, "government" in the other's sentence: one pledge.
    let texts = [
        "After the floods the Vallen Government pledged 210,000 euro for relief, the ministry said on Monday.",
        "The 150,000 euro pledged by the Vallen government for flood relief will buy tents, the ministry said on Monday.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // A name beside one figure that the other sentence lacks still keeps them apart.
    let texts = [
        "After the floods Mayor Ilse Brandt pledged 210,000 euro for relief, the ministry said on Monday.",
        "After the floods the Vallen government pledged 150,000 euro for relief, the ministry said on Monday.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn different_quantities_with_one_noun_are_kept_apart() {
    let texts = [
        "The storm in Vallen killed 12 people on Tuesday, officials said.",
        "In Vallen the storm injured 40 people on Tuesday, officials said.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn a_source_that_gives_both_values_is_an_update_not_a_disagreement() {
    let texts = [
        "The fire at the Vallen mill killed 12 people on Tuesday, officials said. By Wednesday the fire at the Vallen mill had killed 15 people, officials said.",
        "The fire at the Vallen mill killed 12 people on Tuesday, officials said.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn figures_that_agree_give_no_disagreement_and_become_key_facts() {
    let texts = [
        "Leaders of 26 countries met in Vallen. The summit drew 26 world leaders to the harbour town on Monday.",
        "The summit drew 26 world leaders to Vallen on Monday, the organisers said.",
        "Some 26 world leaders came to the Vallen summit on Monday.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    let fact = s
        .key_facts
        .iter()
        .find(|f| f.text.starts_with("26"))
        .expect("a key fact of the figure");
    assert_eq!(fact.text, "26 world leaders");
    assert_eq!(fact.sources, 3);
}

#[test]
fn a_figure_key_fact_counts_only_the_sources_that_write_its_number() {
    // "about 800" and "about 1,000" are rounded enough to be no disagreement, but they are
    // not one number: no key fact says "800 residents" of two sources.
    let texts = [
        "Heavy rain flooded the Midori River overnight, and the city ordered about 800 residents to evacuate.",
        "The Midori River burst its banks before dawn, and the city told about 1,000 residents to leave their homes and evacuate.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    assert!(
        s.key_facts.iter().all(|f| !f.text.contains("residents")),
        "{:?}",
        s.key_facts
    );
    // A number rounded by one outlet and given exactly by two is one fact of three sources.
    let texts = [
        "The Vallen council paid $973,000 for the new ferry ramp, its records show.",
        "The Vallen council paid $972,815 for the new ferry ramp, according to its records.",
        "Records show the Vallen council paid $972,815 for the new ferry ramp last spring.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    let fact = s
        .key_facts
        .iter()
        .find(|f| f.text.starts_with('$'))
        .unwrap_or_else(|| panic!("{:?}", s.key_facts));
    assert_eq!((fact.text.as_str(), fact.sources), ("$973,000", 3));
}

#[test]
fn a_summary_sentence_with_a_disputed_figure_is_marked() {
    let s = run(&HARBOUR);
    let marked: Vec<&str> = s
        .sentences
        .iter()
        .filter(|x| !x.disagreements.is_empty())
        .map(|x| x.text.as_str())
        .collect();
    assert!(
        marked
            .iter()
            .any(|t| t.contains("12 people") || t.contains("15 people")),
        "{marked:?}"
    );
    for x in &s.sentences {
        for &d in &x.disagreements {
            assert!(d < s.disagreements.len());
        }
    }
}

#[test]
fn outputs_name_the_values_and_their_sources() {
    let s = run(&HARBOUR);
    let lines = s.disagreement_lines();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("12 people (Outlet 1; Outlet 3) · At least 15 people (Outlet 2)")),
        "{lines:?}"
    );
    let md = s.to_markdown();
    assert!(md.contains("**Sources differ**"), "{md}");
    assert!(
        md.contains("*12 people* (Outlet 1; Outlet 3) · *At least 15 people* (Outlet 2)"),
        "{md}"
    );
}

#[test]
fn no_figures_no_disagreements() {
    let texts = [
        "The harbour in Vallen reopened on Tuesday after the storm, officials said.",
        "Officials said the Vallen harbour reopened on Tuesday after the storm.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty());
    let one = run(&[HARBOUR[0]]);
    assert!(
        one.disagreements.is_empty(),
        "one source cannot disagree with itself"
    );
}

#[test]
fn numbers_that_are_names_or_dates_are_no_figures() {
    let texts = [
        "On March 12 the Vallen clinic treated COVID-19 patients from Route 66 towns, and a Boeing 737 landed at 9 a.m. in 2019, officials said.",
        "On March 14 the Vallen clinic treated COVID-21 patients from Route 67 towns, and a Boeing 747 landed at 10 a.m. in 2020, officials said.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn figures_from_differently_named_polls_are_two_measurements() {
    // One quantity, two polls: each is right about its own.
    let texts = [
        "The mayor cited a Harlow Institute poll showing that 55 percent of Vallen voters approve of the bridge plan.",
        "According to a Dunmore Research survey, 39 percent of Vallen voters approve of the bridge plan.",
    ];
    let s = run(&texts);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    // The same poll reported differently is a disagreement.
    let texts = [
        "The mayor cited a Harlow Institute poll showing that 55 percent of Vallen voters approve of the bridge plan.",
        "A Harlow Institute poll found that 39 percent of Vallen voters approve of the bridge plan.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // So are two figures that only one source credits to a poll.
    let texts = [
        "The mayor cited a Harlow Institute poll showing that 55 percent of Vallen voters approve of the bridge plan.",
        "Only 39 percent of Vallen voters approve of the bridge plan, the council said.",
    ];
    assert_eq!(run(&texts).disagreements.len(), 1);
    // Three sources, each sentence compared with two others: the two that name one poll
    // differ, and the third, another poll's, takes no part.
    let texts = [
        "The mayor cited a Harlow Institute poll showing that 55 percent of Vallen voters approve of the bridge plan.",
        "According to a Dunmore Research survey, 39 percent of Vallen voters approve of the bridge plan.",
        "A Harlow Institute poll found that 41 percent of Vallen voters approve of the bridge plan.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    assert_eq!(
        values(&s.disagreements[0]),
        [
            ("41 percent".to_string(), vec![2]),
            ("55 percent".to_string(), vec![0])
        ]
    );
}

/// The harbour story as three French outlets tell it: thousands grouped with spaces and full
/// stops, a decimal comma, an elided "d'", a currency after its number, an age and a point in
/// time that are no figures.
const PORT: [&str; 3] = [
    "Effondrement d’une grue au port de Vallen\n\nCrédit photo : Port de Vallen\n\nUne grue s’est effondrée mardi au port de Vallen et 12 personnes ont été tuées, selon les autorités portuaires.\nLa grue de 300 tonnes est tombée sur un cargo par des vents de 80 km/h.\nLes dégâts sont estimés à 2,5 millions d’euros par l’assureur du port.\nAbonnez-vous à notre newsletter",
    "Drame au port de Vallen\n\nAu moins 15 personnes ont été tuées mardi dans l’effondrement d’une grue au port de Vallen, a déclaré le maire.\nUn docker de 45 ans figure parmi les victimes de l’effondrement.\nLes dégâts sont estimés à 2.500.000 € par l’assureur du port.",
    "L’effondrement d’une grue mardi au port de Vallen a tué 12 personnes, selon les autorités portuaires.\nLa grue pesait 300 tonnes et est tombée il y a 3 jours par des vents d’environ 80 kilomètres par heure.\nLes dégâts sont estimés à 2 500 000 euros par l’assureur du port.",
];

#[test]
fn french_articles_report_where_they_differ_and_agree_in_their_own_number_formats() {
    // The count of the dead differs; the damage, the weight and the wind agree in every
    // way of writing them, and the docker's age and "il y a 3 jours" are no figures.
    one_disagreement_in(&PORT, "fr", &["Au moins 15 personnes", "12 personnes"]);
}

const BRIDGE: [&str; 3] = [
    "Desabamento de ponte em Serra Alta\n\nFoto: Divulgação/Prefeitura\n\nUma ponte desabou na quarta-feira em Serra Alta e 9 pessoas morreram, segundo a Defesa Civil do município.\nA ponte tinha 120 metros e foi atingida por uma enchente depois de 3 dias de chuva.\nOs prejuízos são estimados em R$ 4,5 milhões pela prefeitura de Serra Alta.\nAssine a nossa newsletter",
    "Tragédia em Serra Alta\n\nPelo menos 14 pessoas morreram na quarta-feira no desabamento de uma ponte em Serra Alta, disse o prefeito da cidade.\nUm motorista de 52 anos está entre as vítimas do desabamento.\nOs prejuízos são estimados em R$ 4.500.000 pela prefeitura de Serra Alta.",
    "O desabamento de uma ponte na quarta-feira em Serra Alta matou 9 pessoas, segundo a Defesa Civil do município.\nA ponte, de 120 metros, caiu há 2 dias durante uma enchente, depois de 3 dias de chuva.\nOs prejuízos são estimados em 4,5 milhões de reais pela prefeitura de Serra Alta.",
];

#[test]
fn portuguese_articles_report_where_they_differ_and_agree_in_reais() {
    // The count of the dead differs; the damage in reais (three ways of writing it), the
    // bridge's length and the days of rain agree, and the driver's age and "há 2 dias" are
    // no figures.
    one_disagreement_in(&BRIDGE, "pt", &["Pelo menos 14 pessoas", "9 pessoas"]);
}

const LANDSLIDE: [&str; 3] = [
    "Frana a Valdoro, strada chiusa\n\nFoto: Vigili del Fuoco\n\nUna frana ha travolto martedì la strada provinciale di Valdoro e 6 persone sono rimaste ferite, secondo la protezione civile.\nLa frana ha coperto 200 metri di strada dopo 4 giorni di pioggia.\nI danni sono stimati in 1,2 milioni di euro dalla provincia di Valdoro.\nIscriviti alla nostra newsletter",
    "Paura a Valdoro\n\nAlmeno 11 persone sono rimaste ferite martedì per la frana sulla strada provinciale di Valdoro, ha detto il sindaco.\nUn camionista di 38 anni è tra i feriti della frana.\nI danni sono stimati in 1.200.000 euro dalla provincia di Valdoro.",
    "La frana di martedì sulla strada provinciale di Valdoro ha ferito 6 persone, secondo la protezione civile.\nLa frana, caduta 2 giorni fa, ha coperto 200 metri di strada dopo 4 giorni di pioggia.\nI danni sono stimati in 1,2 milioni di euro dalla provincia di Valdoro.",
];

#[test]
fn italian_articles_report_where_they_differ_and_agree_in_their_own_number_formats() {
    // The count of the injured differs; the damage, the length of road and the days of rain
    // agree, and the driver's age and "2 giorni fa" are no figures.
    one_disagreement_in(&LANDSLIDE, "it", &["Almeno 11 persone", "6 persone"]);
}

#[test]
fn a_short_sentence_that_shares_a_word_beside_the_figure_is_compared() {
    // "He said up to 60 sheep drowned" has few concepts to share with the farmer's longer
    // account: "drowned" beside both figures, and "sheep", are a quarter of its own.
    let s = run(&[
        "Storm hits Dunmore\n\nA storm swept across Dunmore county on Saturday night, officials said.\nHe said up to 60 sheep drowned and their barns collapsed.\nRoads were closed for most of Sunday.",
        "Dunmore storm\n\nA storm swept across Dunmore county on Saturday night, according to the county office.\nA local farmer told the county office that the storm drowned up to 84 sheep on the hills above the river valley.\nRoads were closed for most of Sunday.",
    ]);
    let texts: Vec<Vec<(String, Vec<usize>)>> = s.disagreements.iter().map(values).collect();
    assert_eq!(
        texts,
        [[
            ("up to 60 sheep".to_string(), vec![0]),
            ("up to 84 sheep".to_string(), vec![1])
        ]]
    );
}

const MOST: [&str; 3] = [
    "Обрушение моста в Северогорске\n\nФото: пресс-служба МЧС\n\nВо вторник в Северогорске обрушился автомобильный мост, погибли 9 человек, сообщили в городской администрации.\nДлина моста составляла 120 метров, он рухнул после 3 дней сильных дождей.\nУщерб оценивается в 4,5 млн рублей, сообщили в администрации Северогорска.\nПодписывайтесь на наш канал в Telegram.",
    "Трагедия в Северогорске\n\nПо меньшей мере 14 человек погибли во вторник при обрушении моста в Северогорске, заявил мэр города.\nСреди погибших водитель в возрасте 52 лет.\nУщерб оценивается в 4 500 000 рублей, сообщили в администрации Северогорска.",
    "Обрушение моста во вторник в Северогорске унесло жизни 9 человек, сообщили в городской администрации.\nМост длиной 120 метров рухнул 2 дня назад после 3 дней сильных дождей.\nУщерб оценивается в 4,5 миллиона рублей, сообщили в администрации Северогорска.",
];

#[test]
fn russian_articles_report_where_they_differ_and_agree_in_rubles() {
    // The count of the dead differs; the damage in rubles (written two ways), the bridge's
    // length and the days of rain agree, and the driver's age and "2 дня назад" are no
    // figures.
    one_disagreement_in(&MOST, "ru", &["По меньшей мере 14 человек", "9 человек"]);
}

#[test]
fn a_share_and_a_change_in_percent_are_two_quantities() {
    // "about 15 percent" of the patients and "30 percent more likely": a share and a
    // relative change, both in percent, in sentences about the same patients.
    let s = run(&[
        "Young patients study\n\nOf more than 250,000 colon cancer patients in the registry, about 15 percent were younger than 50, the researchers said.\nThe study was published on Monday.",
        "Colon cancer in the young\n\nOf the 250,000 colon cancer patients in the registry, those younger than 50 were 30 percent more likely to have advanced tumors, the researchers said.\nThe study was published on Monday.",
    ]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn a_change_qualified_is_still_a_change_and_a_share_after_by_still_a_share() {
    // "by at least 50 percent": a change, though "at least" stands between.
    let s = run(&[
        "Climate talks in Varna\n\nTree cutting makes up at least 20 percent of carbon emissions, scientists at the climate talks in Varna said.\nThe talks end on Friday.",
        "Varna climate talks\n\nCarbon emissions must fall by at least 50 percent, scientists at the climate talks in Varna said.\nThe talks end on Friday.",
    ]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    // "approved by 86% of shareholders": a share ("of"), compared with another share.
    let s = run(&[
        "Varna Shipping vote\n\nThe merger was approved by 86% of shareholders at the annual meeting of Varna Shipping on Monday.\nThe company's shares rose.",
        "Varna Shipping merger\n\nAt the annual meeting of Varna Shipping on Monday, 79% of shareholders approved the merger.\nThe company's shares rose.",
    ]);
    let texts: Vec<Vec<(String, Vec<usize>)>> = s.disagreements.iter().map(values).collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
}

#[test]
fn a_unit_of_time_around_two_figures_is_a_word_in_common() {
    // "for the whole year" after both counts: "year" is on the term stage's stop list, but
    // around a figure it says what is counted.
    let s = run(&[
        "Syndrome in Dunmore\n\nThe syndrome has paralyzed 40 children in Dunmore county this summer, health officials said.\nThat is nearly double over 2025, when 21 cases for the whole year were reported.",
        "Dunmore syndrome\n\nHealth officials in Dunmore county said the syndrome has paralyzed 40 children this summer.\nThough the syndrome is still rare, that is more than double compared to 2025, when 29 cases were confirmed for the whole year.",
    ]);
    let texts: Vec<Vec<(String, Vec<usize>)>> = s.disagreements.iter().map(values).collect();
    assert_eq!(
        texts,
        [[
            ("21 cases".to_string(), vec![0]),
            ("29 cases".to_string(), vec![1])
        ]]
    );
}

#[test]
fn a_magnitude_is_one_quantity_however_it_is_written() {
    // "a magnitude 6.1 quake", "the 6.4-magnitude earthquake" and "the 6.4 earthquake" give
    // one quantity: the magnitude of the quake.
    let texts = [
        "A magnitude 6.1 quake struck the coast of Vallen early on Sunday, the seismic service said.",
        "The 6.4-magnitude earthquake struck the coast of Vallen early on Sunday, the seismic service said.",
        "The 6.4 earthquake that struck the coast of Vallen early on Sunday was felt in Marsby, the seismic service said.",
    ];
    let s = run(&texts);
    assert_eq!(s.disagreements.len(), 1, "{:?}", s.disagreements);
    // The value two sources give first, as the first of them writes it.
    assert_eq!(
        values(&s.disagreements[0]),
        [
            ("6.4-magnitude".to_string(), vec![1, 2]),
            ("magnitude 6.1".to_string(), vec![0])
        ]
    );
    let texts = [
        "Un séisme de magnitude 6,1 a frappé la côte de Vallen dimanche matin, selon l'institut sismologique.",
        "Un séisme de magnitude 6,4 a frappé la côte de Vallen dimanche matin, selon l'institut sismologique.",
    ];
    one_disagreement_in(&texts, "fr", &["magnitude 6,1", "magnitude 6,4"]);
}

#[test]
fn aftershocks_at_two_times_are_two_quakes() {
    // Each sentence gives the clock time of its own aftershock: two events, not sources that
    // disagree on one.
    let texts = [
        "Another aftershock, magnitude 5.1, struck the coast of Vallen at 20:36 local time, the seismic service said.",
        "A further aftershock, of magnitude 4.2, struck the coast of Vallen at 02:41:10 local time, the seismic service said.",
    ];
    assert!(run(&texts).disagreements.is_empty());
    // At one time, the two magnitudes are of one quake.
    let texts = [
        "Another aftershock, magnitude 5.1, struck the coast of Vallen at 20:36 local time, the seismic service said.",
        "A further aftershock, of magnitude 4.2, struck the coast of Vallen at 20:36 local time, the seismic service said.",
    ];
    assert_eq!(run(&texts).disagreements.len(), 1);
}

#[test]
fn a_french_direction_after_another_word_says_which_part_of_it() {
    // "des côtes nord-est du Brésil": the direction is the coast's, so both figures are
    // distances from the coast, and they differ.
    one_disagreement_in(
        &[
            "Épave retrouvée dans l’Atlantique\n\nCrédit photo : Armée de l’air\n\nL’épave de l’avion a été retrouvée à environ 650 kilomètres des côtes nord-est du Brésil, selon l’armée de l’air brésilienne.\nLes recherches continuent dans l’océan.",
            "L’épave de l’avion a été retrouvée à 910 kilomètres des côtes du Brésil, a confirmé l’armée de l’air brésilienne mardi.\nLes familles des passagers attendent des nouvelles.",
        ],
        "fr",
        &["environ 650 kilomètres", "910 kilomètres"],
    );
    // Right after the figure, a direction makes it a position: toward other directions from
    // one town, two places.
    let s = run(&[
        "Séisme au Chili\n\nUne réplique a frappé mardi à 40 kilomètres au sud-ouest de Rancagua, selon l’institut géologique du Chili.",
        "Une réplique a frappé mardi à 60 kilomètres au nord de Rancagua, selon l’institut géologique du Chili.",
    ]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
}

#[test]
fn last_year_and_this_year_are_two_counts() {
    // "Last year, 12 climbers died" tells of another season than "This year, 15 climbers
    // died"; so does "a year earlier" against a sentence that names no time.
    let last = "Deaths on Mount Kell\n\nLast year, 12 climbers died on Mount Kell during the spring season, park officials said on Monday.\nThe park will close two trails.";
    let this = "Mount Kell season\n\nThis year, 15 climbers died on Mount Kell during the spring season, park officials said on Monday.\nRangers will close two trails.";
    let earlier = "Kell season ends\n\nPark officials said on Monday that a year earlier, 12 climbers died on Mount Kell during the spring season.\nRangers will close two trails.";
    let now = "Kell toll rises\n\nPark officials said on Monday that 15 climbers died on Mount Kell during the spring season.\nRangers will close two trails.";
    assert!(run(&[last, this]).disagreements.is_empty());
    assert!(run(&[earlier, now]).disagreements.is_empty());
    // Without the earlier time, the two counts are one quantity, given differently.
    let same_season = last.replace("Last year, 12", "12");
    let s = run(&[&same_season, this]);
    assert_eq!(s.disagreements.len(), 1);
    // Labelled as the articles write it: the noun counted and the shared word after it.
    assert_eq!(s.disagreements[0].about, "climbers died");
    // In French: "l’an dernier".
    let s = run(&[
        "Saison au mont Kell\n\nL’an dernier, 12 alpinistes sont morts sur le mont Kell pendant la saison de printemps, selon le parc.",
        "Cette saison, 15 alpinistes sont morts sur le mont Kell pendant la saison de printemps, selon le parc.",
    ]);
    assert!(s.disagreements.is_empty(), "{:?}", s.disagreements);
    let s = run(&[
        "Saison au mont Kell\n\n12 alpinistes sont morts sur le mont Kell pendant la saison de printemps, selon le parc.",
        "Cette saison, 15 alpinistes sont morts sur le mont Kell pendant la saison de printemps, selon le parc.",
    ]);
    assert_eq!(s.disagreements.len(), 1);
}

#[test]
fn a_name_far_before_a_figure_is_not_its_subject() {
    // "l’Arena Kelbrook" is where the relay ends, five words before the torch's 95 bearers:
    // not their subject, so no name that the other outlet's 70 lack.
    one_disagreement_in(
        &[
            "Le relais de la flamme à Vallen\n\nPhoto : Ville de Vallen\n\nLa flamme sera portée mardi par 70 coureurs, dignitaires et artistes dans les rues de Vallen, selon la mairie.",
            "Le relais de la flamme se termine mardi à l’Arena Kelbrook après avoir été portée par environ 95 coureurs, dignitaires et artistes dans les rues de Vallen.",
        ],
        "fr",
        &["70 coureurs", "environ 95 coureurs"],
    );
}

#[test]
fn a_number_both_sentences_give_ties_their_other_figures() {
    // The two sentences share few words ("homeless", "lost their homes"), but both give the
    // death toll as 350: they report the same things, so 40,000 and 65,000 residents are one
    // count, given differently.
    let toll = "Floods in the Marrow valley\n\nImage Source: River Watch\n\nThe storm has left 40,000 residents homeless, and the death toll could rise as high as 350, officials said.\nSubscribe to our newsletter";
    let homes = "Marrow valley floods\n\nUp to 350 people died when the river burst its banks, and 65,000 residents lost their homes.";
    one_disagreement_in(
        &[toll, homes],
        "en",
        &["40,000 residents", "65,000 residents"],
    );
    // With death tolls that differ, nothing ties the sentences: two counts of residents.
    let other_toll = homes.replace("Up to 350", "Up to 320");
    assert!(run(&[toll, &other_toll]).disagreements.is_empty());
    // A small number alike ties nothing: "three" is in too many sentences.
    let small = |t: &str| t.replace("350", "three");
    assert!(run(&[&small(toll), &small(homes)]).disagreements.is_empty());
    // The toll alike ties them even when one sentence has another number of the toll's kind
    // besides ("March 3"): one number alike is enough, whatever it counts.
    let dated = "Marrow valley floods\n\nUp to 350 people were killed when the river burst its banks on March 3, and 65,000 residents lost their homes.";
    one_disagreement_in(
        &[toll, dated],
        "en",
        &["40,000 residents", "65,000 residents"],
    );
}

#[test]
fn a_table_pasted_as_one_sentence_is_not_compared() {
    // Both outlets paste the same rain gauges' readings, the second with one reading
    // updated, and their line breaks lost: forty numbers in one sentence. Figures are told
    // apart by the words and numbers of their sentence, and in a table run together every
    // row's are in one: none of its figures is compared (and the work of reading it stays
    // linear). The death toll the outlets give differently is still reported.
    const TOWNS: [&str; 10] = [
        "Vallen", "Keel", "Marrow", "Verity", "Kelbrook", "Ashby", "Torrin", "Wexley", "Dunmore",
        "Halden",
    ];
    let table = |updated: &str| {
        let readings: Vec<String> = (0..40)
            .map(|i| format!("{} mm fell in {} {}", 10 + 3 * i, TOWNS[i % 10], i / 10 + 1))
            .collect();
        format!("Rainfall by gauge: {}.", readings.join(", ")).replace("13 mm", updated)
    };
    let story = "people were killed when the river burst its banks on Tuesday, officials said. The water rose faster than in any flood of the past century, and the roads of the valley were closed by the evening.";
    let first = format!(
        "Floods in the Marrow valley\n\nAt least 12 {story}\n{}",
        table("13 mm")
    );
    let second = format!(
        "Marrow valley floods\n\nAt least 15 {story}\n{}",
        table("14 mm")
    );
    one_disagreement_in(
        &[&first, &second],
        "en",
        &["At least 12 people", "At least 15 people"],
    );
}
