//! Documents read into source/target segment pairs: the third stage of the
//! pipeline. Formats know nothing of rules: they only say which texts pair
//! up and where each byte of a text came from in its file.
//!
//! [`read`] is the one entry point: it picks the reader from the file
//! extension (`.ftl` → [`fluent`], `.po`/`.pot` → [`po`]) and walks
//! directories.

mod decode;
pub mod fluent;
pub mod po;
mod text;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::{ReadError, SourceFile};

pub(crate) use text::TextBuilder;

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

impl Format {
    /// The format of a file, from its extension: `.ftl` is Fluent, `.po` and
    /// `.pot` are gettext.
    pub fn of_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()? {
            "ftl" => Some(Format::Fluent),
            "po" | "pot" => Some(Format::Po),
            _ => None,
        }
    }
}

/// How documents are read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read PO entries flagged `#, fuzzy` too (they are drafts, skipped by default).
    pub include_fuzzy: bool,
}

impl Document {
    /// A document that could not be read: no segments, one diagnostic.
    fn unreadable(format: Format, path: &Path, diagnostic: Diagnostic) -> Self {
        Document {
            format,
            target: Arc::new(SourceFile::new(path, String::new())),
            source: None,
            segments: Vec::new(),
            diagnostics: vec![diagnostic],
        }
    }
}

/// A document as read, with the structure of its files when they are Fluent.
#[derive(Debug, Clone)]
pub struct Read {
    /// The segment pairs; for Fluent, without the junk (it is in `structures`).
    pub document: Document,
    /// For Fluent: the structure of the source and target files.
    pub structures: Option<fluent::Structures>,
}

impl Read {
    /// The document alone, with the junk of its structures among its
    /// diagnostics.
    pub fn into_document(self) -> Document {
        match self.structures {
            Some(structures) => fluent::with_junk((self.document, structures)),
            None => self.document,
        }
    }
}

/// Reads the documents of `spec` into segment pairs.
///
/// A file target is read with the reader of its extension; a Fluent target
/// needs its source file. A directory target is walked (hidden entries
/// skipped): each `.ftl` file is paired with the file at the same relative
/// path under the source directory, each `.po` file is read on its own.
///
/// `Err` when nothing can be read: a missing target, an unknown format, a
/// single file that cannot be read, a directory without documents. Inside a
/// directory, a file that cannot be read or has no source file gives a
/// [`Document`] with no segments and a diagnostic, and the others are read.
pub fn read(spec: &PairSpec, options: &ReadOptions) -> Result<Vec<Document>, Diagnostic> {
    Ok(read_with_structure(spec, options)?
        .into_iter()
        .map(Read::into_document)
        .collect())
}

/// [`read`], keeping the structure of the Fluent files (one parse for both).
pub fn read_with_structure(
    spec: &PairSpec,
    options: &ReadOptions,
) -> Result<Vec<Read>, Diagnostic> {
    let target_is_dir = std::fs::metadata(&spec.target)
        .map_err(|error| io_diagnostic(&spec.target, error))?
        .is_dir();
    let source_is_dir = match &spec.source {
        Some(source) => Some(
            std::fs::metadata(source)
                .map_err(|error| io_diagnostic(source, error))?
                .is_dir(),
        ),
        None => None,
    };
    if target_is_dir {
        if source_is_dir == Some(false) {
            return Err(kind_mismatch(spec));
        }
        return read_directory(spec, options);
    }
    match (Format::of_path(&spec.target), &spec.source, source_is_dir) {
        (Some(Format::Fluent), Some(_), Some(true)) => Err(kind_mismatch(spec)),
        (Some(format), source, _) => read_file(format, source.as_deref(), &spec.target, options),
        (None, _, _) => Err(Diagnostic::error(msg!(
            "document-unknown-format",
            path = spec.target.display().to_string()
        ))
        .with_help(msg!("help-document-formats"))),
    }
    .map(|read| vec![read])
}

/// Reads one target file (with its source file, for Fluent).
fn read_file(
    format: Format,
    source: Option<&Path>,
    target: &Path,
    options: &ReadOptions,
) -> Result<Read, Diagnostic> {
    match (format, source) {
        (Format::Po, _) => po::read(target, options).map(|document| Read {
            document,
            structures: None,
        }),
        (Format::Fluent, Some(source)) => {
            fluent::read_pair_with_structure(source, target).map(|(document, structures)| Read {
                document,
                structures: Some(structures),
            })
        }
        (Format::Fluent, None) => Err(Diagnostic::error(msg!(
            "document-fluent-needs-source",
            path = target.display().to_string()
        ))
        .with_help(msg!("help-fluent-needs-source"))),
    }
}

fn read_directory(spec: &PairSpec, options: &ReadOptions) -> Result<Vec<Read>, Diagnostic> {
    let files = directory_documents(&spec.target)?;
    if files.is_empty() {
        return Err(Diagnostic::error(msg!(
            "document-no-documents",
            path = spec.target.display().to_string()
        ))
        .with_help(msg!("help-document-formats")));
    }
    Ok(files
        .par_iter()
        .map(|(format, target)| {
            let relative = target.strip_prefix(&spec.target).unwrap_or(target);
            let source = spec.source.as_ref().map(|dir| dir.join(relative));
            read_file(*format, source.as_deref(), target, options).unwrap_or_else(|diagnostic| {
                Read {
                    document: Document::unreadable(*format, target, diagnostic),
                    structures: None,
                }
            })
        })
        .collect())
}

/// The target files of `spec` that can be read one at a time, sorted: the
/// documents under a target directory that has no source directory (each
/// holds both sides). `None` when `spec` is read as a whole: a single file,
/// or a directory pair (its files are paired with their sources and their
/// references resolve across files).
pub fn independent_targets(spec: &PairSpec) -> Option<Result<Vec<PathBuf>, Diagnostic>> {
    if spec.source.is_some() || !spec.target.is_dir() {
        return None;
    }
    Some(directory_documents(&spec.target).and_then(|files| {
        if files.is_empty() {
            return Err(Diagnostic::error(msg!(
                "document-no-documents",
                path = spec.target.display().to_string()
            ))
            .with_help(msg!("help-document-formats")));
        }
        Ok(files.into_iter().map(|(_, path)| path).collect())
    }))
}

/// The Fluent source files of a directory pair that have no target file:
/// `(source, expected target)`, sorted. Empty unless both sides are
/// directories.
pub fn fluent_sources_without_target(spec: &PairSpec) -> Vec<(PathBuf, PathBuf)> {
    let Some(source_dir) = spec.source.as_ref().filter(|dir| dir.is_dir()) else {
        return Vec::new();
    };
    if !spec.target.is_dir() {
        return Vec::new();
    }
    directory_documents(source_dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|(format, _)| *format == Format::Fluent)
        .filter_map(|(_, source)| {
            let relative = source.strip_prefix(source_dir).ok()?;
            let target = spec.target.join(relative);
            (!target.exists()).then_some((source, target))
        })
        .collect()
}

/// The documents under `dir`, sorted by path.
fn directory_documents(dir: &Path) -> Result<Vec<(Format, PathBuf)>, Diagnostic> {
    let mut files = Vec::new();
    document_files(dir, &mut files).map_err(|error| io_diagnostic(dir, error))?;
    files.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(files)
}

/// Collects the `.ftl` and `.po` files under `dir`, skipping hidden entries.
fn document_files(dir: &Path, files: &mut Vec<(Format, PathBuf)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            document_files(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|ext| ext == "ftl" || ext == "po")
        {
            files.extend(Format::of_path(&path).map(|format| (format, path)));
        }
    }
    Ok(())
}

fn kind_mismatch(spec: &PairSpec) -> Diagnostic {
    let source = spec.source.as_deref().unwrap_or(Path::new(""));
    Diagnostic::error(msg!(
        "document-kind-mismatch",
        source = source.display().to_string(),
        target = spec.target.display().to_string()
    ))
}

/// A diagnostic for a file-system error on `path`.
fn io_diagnostic(path: &Path, error: std::io::Error) -> Diagnostic {
    let error = if error.kind() == std::io::ErrorKind::NotFound {
        ReadError::NotFound {
            path: path.to_owned(),
        }
    } else {
        ReadError::Io {
            path: path.to_owned(),
            source: error,
        }
    };
    error.into()
}
