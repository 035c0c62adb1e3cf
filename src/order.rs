//! Stage 6, chosen sentences → reading order.
//!
//! Heuristic: news puts the point first, so sentences are ordered by their position in their
//! own article (a lead before a detail), then by article, then by place in the text. The
//! choice order (by score) would jump between the most and least important points.
//!
//! Known miss: no discourse repair. A chosen sentence that begins "He added that …" keeps its
//! dangling "He" even when the sentence naming him was not chosen.

use crate::select::Choice;
use crate::sentence::Sentence;

/// Sorts `choices` into reading order.
pub(crate) fn order(choices: &mut [Choice], sentences: &[Sentence]) {
    // Position and article make a key unique per sentence. The keys are sorted as `u64`, the
    // crate's one sort (`keys`); each choice then goes to its key's place.
    let key = |c: &Choice| {
        let s = &sentences[c.sentence];
        (s.position as u64) << 32 | s.article as u64
    };
    let mut keys: Vec<u64> = choices.iter().map(key).collect();
    crate::keys::sort_keys(&mut keys);
    let mut ordered = choices.to_vec();
    for c in choices.iter() {
        if let Ok(i) = keys.binary_search(&key(c)) {
            ordered[i] = *c;
        }
    }
    choices.copy_from_slice(&ordered);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;

    #[test]
    fn choices_go_in_order_of_position_then_article() {
        // (article, position) of six sentences, chosen in an order of their own.
        let at = [(1, 0), (0, 2), (2, 0), (0, 0), (1, 3), (2, 1)];
        let sentences: Vec<Sentence> = at
            .iter()
            .map(|&(article, position)| Sentence {
                article,
                span: 0..1,
                kind: BlockKind::Prose,
                position,
                words: 1,
                headline_case: false,
                fragment: false,
                dangling: false,
            })
            .collect();
        let mut choices: Vec<Choice> = [4, 0, 5, 1, 3, 2]
            .map(|sentence| Choice {
                sentence,
                gain: 1.0,
            })
            .to_vec();
        order(&mut choices, &sentences);
        let got: Vec<(usize, usize)> = choices
            .iter()
            .map(|c| {
                (
                    sentences[c.sentence].position,
                    sentences[c.sentence].article,
                )
            })
            .collect();
        assert_eq!(got, [(0, 0), (0, 1), (0, 2), (1, 2), (2, 0), (3, 1)]);
    }
}
