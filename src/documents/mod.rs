//! Documents read into source/target segment pairs: the third stage of the
//! pipeline. Formats know nothing of rules: they only say which texts pair
//! up and where each byte of a text came from in its file.

use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// Stands for a placeable (`{ $count }`, `%s`, a term reference…) in a
/// segment's text: never part of a word, so matching stops there.
pub const PLACEHOLDER: char = '\u{FFFC}';

/// A Fluent term reference `{ -id }` in a text: a use of glossary term `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermRef {
    /// The term id, without the leading `-`.
    pub id: String,
    /// Byte range in the segment text (the [`PLACEHOLDER`] that stands for it).
    pub range: std::ops::Range<usize>,
}

/// The text of one side of a segment, with a map back to the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SegmentText {
    /// The text as displayed; each placeable is one [`PLACEHOLDER`].
    pub text: String,
    /// Term references, in order.
    pub term_refs: Vec<TermRef>,
    /// Starts of runs copied from the file: `(text offset, file offset)`,
    /// sorted by text offset. A byte at text offset `t` in the run starting at
    /// `(ts, fs)` comes from file offset `fs + (t - ts)`.
    pub offsets: Vec<(usize, usize)>,
}

impl SegmentText {
    /// The file byte offset of text byte `offset` (the run start for bytes that
    /// do not map one to one, such as escapes).
    pub fn file_offset(&self, offset: usize) -> usize {
        let index = self.offsets.partition_point(|&(text, _)| text <= offset);
        match index.checked_sub(1).and_then(|i| self.offsets.get(i)) {
            Some(&(text, file)) => file + (offset - text),
            None => self.offsets.first().map_or(0, |&(_, file)| file),
        }
    }
}

/// One translation unit: a source text and its target text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Fluent message id (`msg` or `msg.attr`), or the PO msgctxt (else msgid).
    pub id: String,
    /// For a Fluent select expression or a PO plural form: which variant of
    /// the target this is (`one`, `other`, `msgstr[1]`…).
    pub variant: Option<String>,
    /// The source-language text.
    pub source: SegmentText,
    /// The target-language text.
    pub target: SegmentText,
}

/// The document formats gloss reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Project Fluent `.ftl`, a source file and a target file.
    Fluent,
    /// gettext `.po`: both sides in one file.
    Po,
}

/// One target file read into segments, with the problems met while reading.
#[derive(Debug, Clone)]
pub struct Document {
    /// The format read.
    pub format: Format,
    /// The target file (segments' target offsets point into its text).
    pub target: Arc<SourceFile>,
    /// The source file, when it is a separate file.
    pub source: Option<Arc<SourceFile>>,
    /// The segment pairs, in file order.
    pub segments: Vec<Segment>,
    /// Junk, parse errors and unpaired entries, located.
    pub diagnostics: Vec<Diagnostic>,
}

/// What to read: a target and, for Fluent, its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSpec {
    /// Source file or directory (none for PO).
    pub source: Option<PathBuf>,
    /// Target file or directory.
    pub target: PathBuf,
}
