//! Stage 4b, [`Terms`] + the concepts a reader's focus names → [`Agreement::weight`] turned
//! toward it ([`Options::focus`](crate::Options::focus)).
//!
//! Heuristic:
//! - The concepts the focus names (read by the term stage: "What caused the collapse?" names
//!   `caus`, `collaps`) weigh [`NAMED`] times as much.
//! - The concepts of the sentences that mention one of them are what the reader is asking
//!   about too ("the brakes failed" beside "the collapse"): each weighs up to [`RELATED`]
//!   times as much, by the share of its mentions that are in such sentences.
//! - A sentence that mentions a named concept is worth as much as a lead sentence wherever it
//!   stands in its article (`Sentence::in_focus`): the lead prior stands for importance where
//!   nobody said what is important.
//! - Agreement still decides among equals: a factor of at most [`NAMED`] leaves a concept one
//!   source has (weight 0.03 to 0.1 with several sources) far below one that two sources
//!   share (2).
//! - No named concept, nothing changes.
//!
//! Known miss: synonyms and paraphrase ("casualties" does not name "killed" or "injured"):
//! the focus works through the words the articles use.

use crate::agreement::Agreement;
use crate::sentence::Sentence;
use crate::term::Terms;

/// The factor of a concept the focus names.
pub(crate) const NAMED: f64 = 3.0;
/// The factor of a concept all of whose mentions share a sentence with a named one.
pub(crate) const RELATED: f64 = 2.0;

/// Turns `agreement`'s weights toward the concepts `named` and those that share sentences
/// with them.
pub(crate) fn focus(
    named: &[u32],
    sentences: &mut [Sentence],
    terms: &Terms,
    agreement: &mut Agreement,
) {
    if named.is_empty() {
        return;
    }
    let n = terms.len();
    let mut is_named = vec![false; n];
    for &c in named {
        if let Some(x) = is_named.get_mut(c as usize) {
            *x = true;
        }
    }
    // Per concept: the sentences that mention it, and of those, the ones that mention a named
    // concept.
    let mut mentions = vec![0u32; n];
    let mut near = vec![0u32; n];
    for (s, sentence) in sentences.iter_mut().enumerate() {
        let concepts = terms.of(s);
        let in_focus = concepts.iter().any(|&c| is_named[c as usize]);
        sentence.in_focus = in_focus;
        for &c in concepts {
            mentions[c as usize] += 1;
            if in_focus {
                near[c as usize] += 1;
            }
        }
    }
    for (c, w) in agreement.weight.iter_mut().enumerate() {
        let factor = if is_named[c] {
            NAMED
        } else if mentions[c] > 0 {
            1.0 + (RELATED - 1.0) * f64::from(near[c]) / f64::from(mentions[c])
        } else {
            1.0
        };
        *w *= factor;
    }
}

#[cfg(test)]
mod tests {
    use crate::{summarize, Article, Options};

    fn story() -> Vec<Article> {
        vec![
            Article::new("A crane collapsed onto the north pier of Port Verity on Tuesday, and the pier will stay closed for two weeks. No one was injured in the collapse, the harbor master said. Ships will use the south pier. Dockworkers were sent home for the day. The union said the crane's brakes had failed twice last year."),
            Article::new("The north pier of Port Verity is closed for two weeks after a crane collapsed on Tuesday. The harbor master said no one was injured in the collapse. Freight will move to the south pier. Work resumes on Monday. Inspectors found that the crane's brakes had failed before."),
            Article::new("Port Verity closed its north pier for two weeks after Tuesday's crane collapse. No one was injured, the harbor master said. The south pier takes the ships."),
        ]
    }

    fn sentences(options: &Options) -> Vec<String> {
        summarize(&story(), options)
            .unwrap()
            .sentences
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn a_focus_brings_what_it_asks_about_into_the_summary() {
        let short = Options {
            max_sentences: Some(2),
            ..Options::default()
        };
        let plain = sentences(&short);
        assert!(!plain.iter().any(|s| s.contains("brakes")), "{plain:?}");
        let focused = sentences(&Options {
            focus: Some("Why did the brakes fail?".into()),
            ..short.clone()
        });
        assert!(focused.iter().any(|s| s.contains("brakes")), "{focused:?}");
        // Agreement still counts: the closure all three report stays.
        assert!(
            focused.iter().any(|s| s.contains("two weeks")),
            "{focused:?}"
        );
    }

    #[test]
    fn no_focus_an_empty_one_or_one_that_names_nothing_changes_nothing() {
        let plain = summarize(&story(), &Options::default()).unwrap();
        for focus in ["", "   ", "quantum chromodynamics", "🙂", "的"] {
            let options = Options {
                focus: Some(focus.into()),
                ..Options::default()
            };
            assert_eq!(summarize(&story(), &options).unwrap(), plain, "{focus:?}");
        }
    }

    #[test]
    fn the_words_a_focus_asks_with_name_nothing() {
        // "including" and "details" are words of the mill story's sentences; a focus that
        // only asks ("Describe … and include any details") names none of them, and one that
        // asks about the cause names the cause alone.
        let mill = [
            "A fire destroyed the old mill in Harlow on Sunday, including its wooden water wheel, the fire service said. Firefighters fought the blaze for six hours, including two hours in heavy rain. The cause is under investigation, the fire service said.",
            "The old mill in Harlow burned down on Sunday, the fire service said. Details of the damage, including the loss of the water wheel, were given by the mayor. Details of the rescue, including the rain, were given by the firefighters. An electrical fault is the likely cause, an investigator said.",
            "Fire gutted Harlow's old mill on Sunday. The fire service said the cause is under investigation. Nobody was hurt.",
        ]
        .map(Article::new);
        let with = |focus: Option<&str>| {
            let options = Options {
                max_sentences: Some(2),
                focus: focus.map(str::to_string),
                ..Options::default()
            };
            summarize(&mill, &options).unwrap()
        };
        let plain = with(None);
        for focus in ["Describe it and include any details.", "including details"] {
            assert_eq!(with(Some(focus)), plain, "{focus}");
        }
        assert_eq!(
            with(Some("Describe the cause and include any details.")),
            with(Some("the cause"))
        );
    }

    #[test]
    fn a_focus_of_any_length_and_script_is_read() {
        let long = "brakes ".repeat(100_000);
        for focus in [long.as_str(), "Тормоза", "ブレーキ", "\u{0}\u{1}"] {
            let options = Options {
                focus: Some(focus.into()),
                ..Options::default()
            };
            assert!(summarize(&story(), &options).is_ok());
        }
    }
}
