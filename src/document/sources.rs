//! Articles → independent sources: an article most of whose long paragraphs already appeared
//! in one earlier article is a syndicated copy of it, and both count as one source.

use std::collections::hash_map::Entry;

use super::scan::fingerprint;
use super::{BlockKind, Document};
use crate::text::hash::FxHashMap;
use crate::Article;

/// Mixed into whole-text fingerprints (see `group_sources`).
pub(super) const WHOLE_TEXT_SALT: u64 = 0x5bd1_e995_9e37_79b9;

/// Minimum words for a paragraph to be distinctive enough to identify a syndicated copy.
pub(super) const FINGERPRINT_MIN_WORDS: usize = 8;

pub(super) fn group_sources(articles: &[Article], docs: &mut [Document]) -> usize {
    let mut first_owner: FxHashMap<u64, usize> = FxHashMap::default();
    let mut fingerprints_of: Vec<usize> = Vec::with_capacity(docs.len());
    let mut sources = 0;
    // Shared paragraphs per earlier article, keyed as `u64` so that both maps are one type.
    let mut counts: FxHashMap<u64, usize> = FxHashMap::default();
    for (i, doc) in docs.iter_mut().enumerate() {
        counts.clear();
        // A fingerprint seen before counts for the article that had it first; a new one is
        // this article's.
        let mut note = |hash: u64| match first_owner.entry(hash) {
            Entry::Occupied(owner) => *counts.entry(*owner.get() as u64).or_insert(0) += 1,
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        };
        let mut n = 0;
        for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Prose) {
            let (hash, words) = b.fingerprint;
            if words >= FINGERPRINT_MIN_WORDS {
                n += 1;
                note(hash);
            }
        }
        // Without a long paragraph (bullets, short lines), the whole text is the fingerprint,
        // salted so that it never equals a paragraph's.
        if n == 0 {
            let (hash, words) = fingerprint(&articles[i].text);
            if words > 0 {
                n = 1;
                note(hash ^ WHOLE_TEXT_SALT);
            }
        }
        fingerprints_of.push(n);
        // The earlier article sharing the most paragraphs (lowest index on ties).
        let best = counts
            .iter()
            .map(|(&a, &c)| (c, std::cmp::Reverse(a as usize)))
            .max();
        let copy_of = best.and_then(|(shared, std::cmp::Reverse(owner))| {
            let smaller = n.min(fingerprints_of[owner]).max(1);
            (shared * 5 >= smaller * 3).then_some(owner)
        });
        match copy_of {
            Some(owner) => {
                doc.duplicate_of = Some(owner);
                doc.source_group = usize::MAX; // filled below, after the borrow of `docs` ends
            }
            None => {
                doc.source_group = sources;
                sources += 1;
            }
        }
    }
    for i in 0..docs.len() {
        if let Some(owner) = docs[i].duplicate_of {
            docs[i].source_group = docs[owner].source_group;
        }
    }
    sources
}
