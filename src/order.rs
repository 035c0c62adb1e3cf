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
    // The key is unique per sentence, so an unstable sort is deterministic (and smaller in wasm).
    choices.sort_unstable_by_key(|c| {
        let s = &sentences[c.sentence];
        (s.position, s.article, s.span.start)
    });
}
