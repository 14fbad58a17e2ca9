//! Keys within a few edits of a word, found by walking the fst with one row
//! of the edit-distance table as state. Unlike a precomputed Levenshtein
//! automaton, nothing is built up front: only the branches of the fst that
//! can still end within the allowed edits are visited.
//!
//! Distances are counted in bytes: for the folded keys of Latin-script
//! glossaries (accents are folded away) that is the distance in letters; for
//! other scripts it is stricter.

use fst::Automaton;

/// Matches keys at most `max` edits (insertions, deletions, substitutions)
/// away from `word`.
#[derive(Debug, Clone, Copy)]
pub struct WithinEdits<'a> {
    word: &'a [u8],
    max: u8,
}

impl<'a> WithinEdits<'a> {
    /// Keys within `max` edits of `word`.
    pub fn new(word: &'a str, max: u8) -> Self {
        WithinEdits {
            word: word.as_bytes(),
            max,
        }
    }
}

impl Automaton for WithinEdits<'_> {
    /// The row of distances between the key read so far and each prefix of
    /// the word; `None` once no continuation can come back within `max`.
    type State = Option<Vec<u8>>;

    fn start(&self) -> Self::State {
        Some(
            (0..=self.word.len())
                .map(|i| u8::try_from(i).unwrap_or(u8::MAX))
                .collect(),
        )
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state
            .as_ref()
            .and_then(|row| row.last())
            .is_some_and(|distance| *distance <= self.max)
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.is_some()
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let row = state.as_ref()?;
        let mut next = Vec::with_capacity(row.len());
        next.push(row[0].saturating_add(1));
        for (i, expected) in self.word.iter().enumerate() {
            let substitution = row[i].saturating_add(u8::from(*expected != byte));
            let deletion = row[i + 1].saturating_add(1);
            let insertion = next[i].saturating_add(1);
            next.push(substitution.min(deletion).min(insertion));
        }
        let best = next.iter().copied().min().unwrap_or(u8::MAX);
        (best <= self.max).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Set, Streamer};

    fn within(keys: &[&str], word: &str, max: u8) -> Vec<String> {
        let set = Set::from_iter(keys.iter().copied()).unwrap();
        let mut stream = set.search(WithinEdits::new(word, max)).into_stream();
        let mut found = Vec::new();
        while let Some(key) = stream.next() {
            found.push(String::from_utf8_lossy(key).into_owned());
        }
        found
    }

    #[test]
    fn finds_keys_within_the_allowed_edits() {
        let keys = ["cellul", "cellular", "keratinocyt", "keratos", "stem"];
        assert_eq!(within(&keys, "keratinocit", 2), ["keratinocyt"]);
        assert_eq!(within(&keys, "celul", 1), ["cellul"]);
        assert_eq!(within(&keys, "stem", 0), ["stem"]);
        assert_eq!(within(&keys, "sterm", 1), ["stem"]);
        assert!(within(&keys, "xyz", 2).is_empty());
        assert_eq!(within(&keys, "", 4), ["stem"]);
    }
}
