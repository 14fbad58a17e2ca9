//! Building a [`SegmentText`] piece by piece while remembering where each
//! piece came from, so that every reader produces the same kind of offset map.

use super::{PLACEHOLDER, SegmentText, TermRef};

/// Appends literal copies, decoded characters and placeables to a segment
/// text, recording one offset run per piece that does not continue the
/// previous run.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextBuilder {
    text: SegmentText,
    /// Where the previous literal copy ended: `(text offset, file offset)`.
    run_end: Option<(usize, usize)>,
}

impl TextBuilder {
    /// Appends `literal`, a copy of the file bytes starting at `file_offset`.
    pub fn literal(&mut self, literal: &str, file_offset: usize) {
        if literal.is_empty() {
            return;
        }
        let start = self.text.text.len();
        if self.run_end != Some((start, file_offset)) {
            self.text.offsets.push((start, file_offset));
        }
        self.text.text.push_str(literal);
        self.run_end = Some((self.text.text.len(), file_offset + literal.len()));
    }

    /// Appends `text` as a run of its own starting at `file_offset`: for
    /// text that stands for the file bytes there without being a copy of them
    /// (an escape sequence, a `%%`), or a run copied from another map.
    pub fn run(&mut self, text: &str, file_offset: usize) {
        if text.is_empty() {
            return;
        }
        self.text.offsets.push((self.text.text.len(), file_offset));
        self.text.text.push_str(text);
        self.run_end = None;
    }

    /// Appends a [`PLACEHOLDER`] for the placeable at `file_offset`.
    pub fn placeholder(&mut self, file_offset: usize) {
        let mut buffer = [0; 4];
        self.run(PLACEHOLDER.encode_utf8(&mut buffer), file_offset);
    }

    /// Appends a [`PLACEHOLDER`] for a reference to term `id` at `file_offset`.
    pub fn term_ref(&mut self, id: &str, file_offset: usize) {
        let start = self.text.text.len();
        self.placeholder(file_offset);
        self.text.term_refs.push(TermRef {
            id: id.to_owned(),
            range: start..self.text.text.len(),
        });
    }

    /// Appends a text built elsewhere, keeping its offset map and term
    /// references.
    pub fn append(&mut self, other: &SegmentText) {
        let base = self.text.text.len();
        self.text.offsets.extend(
            other
                .offsets
                .iter()
                .map(|&(text, file)| (base + text, file)),
        );
        self.text
            .term_refs
            .extend(other.term_refs.iter().map(|term_ref| TermRef {
                id: term_ref.id.clone(),
                range: base + term_ref.range.start..base + term_ref.range.end,
            }));
        self.text.text.push_str(&other.text);
        self.run_end = None;
    }

    /// Appends the bytes `range` of a text built elsewhere, mapped to the
    /// file as they are there, run by run (term references are not carried
    /// over).
    pub fn append_range(&mut self, other: &SegmentText, range: std::ops::Range<usize>) {
        let runs = &other.offsets;
        for (index, &(start, file)) in runs.iter().enumerate() {
            let end = runs.get(index + 1).map_or(other.text.len(), |next| next.0);
            let (from, to) = (start.max(range.start), end.min(range.end));
            if from < to
                && let Some(piece) = other.text.get(from..to)
            {
                self.run(piece, file + (from - start));
            }
        }
    }

    /// The text built so far.
    pub fn as_str(&self) -> &str {
        &self.text.text
    }

    /// The finished text.
    pub fn finish(self) -> SegmentText {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguous_literals_share_one_run() {
        let mut builder = TextBuilder::default();
        builder.literal("ab", 10);
        builder.literal("cd", 12);
        builder.literal("ef", 20);
        let text = builder.finish();
        assert_eq!(text.text, "abcdef");
        assert_eq!(text.offsets, vec![(0, 10), (4, 20)]);
        assert_eq!(text.file_offset(3), 13);
        assert_eq!(text.file_offset(5), 21);
    }

    #[test]
    fn runs_and_term_refs_are_not_merged() {
        let mut builder = TextBuilder::default();
        builder.literal("a", 0);
        builder.run("\n", 1);
        builder.literal("b", 3);
        builder.term_ref("cell", 4);
        builder.literal("c", 11);
        let text = builder.finish();
        assert_eq!(text.text, "a\nb\u{FFFC}c");
        assert_eq!(text.offsets, vec![(0, 0), (1, 1), (2, 3), (3, 4), (6, 11)]);
        assert_eq!(
            text.term_refs,
            vec![TermRef {
                id: "cell".into(),
                range: 3..6
            }]
        );
    }
}
