//! Homonyms: several concepts sharing a source form (*key* is the
//! cryptographic *clé* and the keyboard *touche*). A source occurrence is the
//! use of every concept it matches, and any of them in the target satisfies
//! it; a missing-term finding names every candidate.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use crate::index::ConceptId;

/// The concepts of each source occurrence, by its span.
pub(super) struct Homonyms {
    by_span: HashMap<(usize, usize), BTreeSet<ConceptId>>,
}

/// The senses of one occurrence, in glossary order.
pub(super) struct Senses(BTreeSet<ConceptId>);

impl Homonyms {
    /// Groups the uses of a segment's source by span.
    pub(super) fn new<'u>(uses: impl Iterator<Item = (ConceptId, &'u Range<usize>)>) -> Self {
        let mut by_span: HashMap<(usize, usize), BTreeSet<ConceptId>> = HashMap::new();
        for (concept, span) in uses {
            by_span
                .entry((span.start, span.end))
                .or_default()
                .insert(concept);
        }
        Homonyms { by_span }
    }

    /// The senses of a use of `concept` at `span` (`None`: a use that has no
    /// homonyms, such as a term within a reference).
    pub(super) fn of(&self, concept: ConceptId, span: Option<&Range<usize>>) -> Senses {
        let shared = span.and_then(|span| self.by_span.get(&(span.start, span.end)));
        let mut senses = shared.cloned().unwrap_or_default();
        senses.insert(concept);
        Senses(senses)
    }
}

impl Senses {
    /// Whether this use of `concept` gives no finding of its own: another
    /// sense is in the target, or the finding is reported under the first
    /// sense.
    pub(super) fn reported_elsewhere(
        &self,
        concept: ConceptId,
        present: &BTreeSet<ConceptId>,
    ) -> bool {
        self.0.iter().any(|c| present.contains(c))
            || self.0.first().is_some_and(|&first| first != concept)
    }
}

/// The senses other than `concept` of its unmet uses, in glossary order.
pub(super) fn others(concept: ConceptId, unmet: impl Iterator<Item = Senses>) -> Vec<ConceptId> {
    let all: BTreeSet<ConceptId> = unmet.flat_map(|senses| senses.0).collect();
    all.into_iter().filter(|&c| c != concept).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_occurrence_is_reported_once_and_satisfied_by_any_sense() {
        let spans = [(0, 0..3), (1, 0..3), (2, 4..8)];
        let homonyms = Homonyms::new(spans.iter().map(|(c, s)| (*c, s)));
        let none = BTreeSet::new();
        assert!(!homonyms.of(0, Some(&(0..3))).reported_elsewhere(0, &none));
        assert!(homonyms.of(1, Some(&(0..3))).reported_elsewhere(1, &none));
        assert!(
            homonyms
                .of(0, Some(&(0..3)))
                .reported_elsewhere(0, &BTreeSet::from([1]))
        );
        assert!(!homonyms.of(1, None).reported_elsewhere(1, &none));
        let senses = [homonyms.of(0, Some(&(0..3))), homonyms.of(2, Some(&(4..8)))];
        assert_eq!(others(0, senses.into_iter()), vec![1, 2]);
    }
}
