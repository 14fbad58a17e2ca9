//! Homonyms: several concepts sharing a source form (*key* is the
//! cryptographic *clé* and the keyboard *touche*). A source occurrence is the
//! use of every concept it matches, and any of them in the target satisfies
//! it; a missing-term finding names every candidate.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::index::ConceptId;

/// The concepts that share one source occurrence (the same span), in id
/// order.
pub(super) fn candidates<'u>(
    spans: impl Iterator<Item = (ConceptId, &'u Range<usize>)> + Clone,
    span: &Range<usize>,
) -> BTreeSet<ConceptId> {
    spans
        .filter(|(_, other)| *other == span)
        .map(|(concept, _)| concept)
        .collect()
}

/// Whether a use of `concept` whose homonyms are `candidates` is satisfied
/// (one of them is in the target) or reported under another candidate (the
/// first one missing): either way it gives no finding of its own.
pub(super) fn reported_elsewhere(
    concept: ConceptId,
    candidates: &BTreeSet<ConceptId>,
    present: &BTreeSet<ConceptId>,
) -> bool {
    candidates.iter().any(|c| present.contains(c))
        || candidates.first().is_some_and(|&first| first != concept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_occurrence_is_reported_once_and_satisfied_by_any_sense() {
        let spans = [(0, 0..3), (1, 0..3), (2, 4..8)];
        let all = candidates(spans.iter().map(|(c, s)| (*c, s)), &(0..3));
        assert_eq!(all, BTreeSet::from([0, 1]));
        assert!(!reported_elsewhere(0, &all, &BTreeSet::new()));
        assert!(reported_elsewhere(1, &all, &BTreeSet::new()));
        assert!(reported_elsewhere(0, &all, &BTreeSet::from([1])));
    }
}
