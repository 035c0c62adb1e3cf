//! The text layer below the stages: what every stage may use, and which uses no stage.
//!
//! - [`segment`]: Unicode sentence and word boundaries (UAX #29) with ASCII fast paths, and its
//!   generated table ([`sentence_table`]).
//! - [`boundaries`]: a paragraph's sentences, UAX #29 repaired (abbreviations, initials,
//!   quotations, reference marks).
//! - [`words`]: word counts as budgets count them, letter case, scripts.
//! - [`punctuation`]: what ends a sentence, closing marks, reference marks.
//! - [`case`]: lowercasing from a generated table ([`case_table`]).
//! - [`function_words`]: the words that are never concepts.
//! - [`phrases`]: substring and prefix matching of phrase lists.
//! - [`hash`]: a fast hasher and a Bloom filter of short words.

pub(crate) mod boundaries;
pub(crate) mod case;
pub(crate) mod case_table;
pub(crate) mod function_words;
pub(crate) mod hash;
pub(crate) mod phrases;
pub(crate) mod punctuation;
pub(crate) mod segment;
pub(crate) mod sentence_table;
pub(crate) mod words;
