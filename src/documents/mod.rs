//! Documents read into source/target segment pairs: the third stage of the
//! pipeline. Formats know nothing of rules: they only say which texts pair
//! up and where each byte of a text came from in its file.
//!
//! [`read`] is the one entry point: it picks the reader from the file
//! extension (or the pair's configured format) and walks directories.
//! Bilingual files ([`po`], [`xliff`]) hold both sides; [`fluent`] and
//! [`json`] files pair entries by id; monolingual documents (Markdown,
//! HTML, plain text, DOCX) are read into [`blocks`] and paired by
//! structure.

pub mod blocks;
mod decode;
mod docx;
mod entities;
pub mod fluent;
mod html;
pub mod json;
mod markdown;
mod plain;
pub mod po;
mod text;
pub mod xliff;
mod xml;

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

impl SegmentText {
    /// The file offset just past the text that ends at byte `end`: past the
    /// whole escape (`\"`, `\n`, `\u00A0`) or placeable (`%s`, `{ $n }`)
    /// that the last character stands for, so that end columns are exact.
    pub fn file_end(&self, end: usize, file: &str) -> usize {
        let Some((last, c)) = self.text[..end].char_indices().next_back() else {
            return self.file_offset(0);
        };
        let at = self.file_offset(last);
        at + file
            .get(at..)
            .map_or(c.len_utf8(), |written| written_len(written, c))
    }
}

/// The length in the file of character `c` written at the start of
/// `written`: itself, an escape sequence, or a placeable.
fn written_len(written: &str, c: char) -> usize {
    let bytes = written.as_bytes();
    let hex_run = |from: usize, max: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take(max)
            .take_while(|b| b.is_ascii_hexdigit())
            .count()
    };
    match bytes.first() {
        Some(b'\\') if c != '\\' || written.starts_with("\\\\") => match bytes.get(1) {
            Some(b'u') => 2 + hex_run(2, 4),
            Some(b'U') => 2 + hex_run(2, 6),
            Some(b'x') => 2 + hex_run(2, 2),
            Some(b'0'..=b'7') => {
                1 + bytes[1..]
                    .iter()
                    .take(3)
                    .take_while(|b| (b'0'..=b'7').contains(b))
                    .count()
            }
            _ => 1 + written[1..].chars().next().map_or(0, char::len_utf8),
        },
        _ if written.starts_with(c) => c.len_utf8(),
        Some(b'{') => {
            let mut depth = 0;
            for (i, b) in bytes.iter().enumerate() {
                match b {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    b'\n' => break,
                    _ => {}
                }
            }
            c.len_utf8()
        }
        Some(b'%') => {
            let mut i = 1;
            if bytes.get(1) == Some(&b'(') {
                i = bytes
                    .iter()
                    .position(|&b| b == b')')
                    .map_or(1, |close| close + 1);
            }
            i += bytes[i.min(bytes.len())..]
                .iter()
                .take_while(|b| b"-+ #0123456789.$*'hlLqjzt".contains(b))
                .count();
            (i + 1).min(bytes.len())
        }
        _ => c.len_utf8(),
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

/// The document formats gloss reads (named in `gloss.toml` as `format =
/// "markdown"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Project Fluent `.ftl`, a source file and a target file.
    Fluent,
    /// gettext `.po`: both sides in one file.
    Po,
    /// XLIFF 1.2 or 2.0 (`.xlf`, `.xliff`): both sides in one file.
    Xliff,
    /// JSON strings (i18next, ARB, flat): a source file and a target file.
    Json,
    /// Markdown (`.md`): a source document and its translation.
    Markdown,
    /// HTML (`.html`, `.htm`): a source page and its translation.
    Html,
    /// Plain text (`.txt`): a source document and its translation.
    Text,
    /// Word documents (`.docx`): a source document and its translation.
    Docx,
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
    /// The format of both sides, when not to be guessed from the extension.
    pub format: Option<Format>,
}

impl Format {
    /// The format of a file, from its extension (any letter case).
    pub fn of_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "ftl" => Some(Format::Fluent),
            "po" | "pot" => Some(Format::Po),
            "xlf" | "xliff" => Some(Format::Xliff),
            "json" | "arb" => Some(Format::Json),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "txt" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// The name of the format, as written in `gloss.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Fluent => "fluent",
            Format::Po => "po",
            Format::Xliff => "xliff",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Text => "text",
            Format::Docx => "docx",
        }
    }

    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 8] = [
        Format::Fluent,
        Format::Po,
        Format::Xliff,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Text,
        Format::Docx,
    ];

    /// The format written `name` in `gloss.toml`, if any.
    pub fn named(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// True when one file holds both sides (no source file is needed).
    pub fn is_bilingual(self) -> bool {
        matches!(self, Format::Po | Format::Xliff)
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

/// A document as read, with the structure of its files when they are
/// Fluent or a PO catalogue.
#[derive(Debug, Clone)]
pub struct Read {
    /// The segment pairs; for Fluent, without the junk (it is in `structures`).
    pub document: Document,
    /// For Fluent: the structure of the source and target files.
    pub structures: Option<fluent::Structures>,
    /// For PO: the catalogue's plural forms and repeated entries.
    pub catalogue: Option<po::Catalogue>,
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
    let format = file_format(spec)?;
    match (format, &spec.source, source_is_dir) {
        (format, Some(_), Some(true)) if !format.is_bilingual() => Err(kind_mismatch(spec)),
        (format, source, _) => read_file(format, source.as_deref(), &spec.target, options),
    }
    .map(|read| vec![read])
}

/// The format of a file pair: the configured one, else the target's
/// extension, which the source's must agree with.
fn file_format(spec: &PairSpec) -> Result<Format, Diagnostic> {
    if let Some(format) = spec.format {
        return Ok(format);
    }
    let unknown = |path: &Path| {
        Diagnostic::error(msg!(
            "document-unknown-format",
            path = path.display().to_string()
        ))
        .with_help(msg!("help-document-formats"))
    };
    let target = Format::of_path(&spec.target).ok_or_else(|| unknown(&spec.target))?;
    match spec.source.as_deref().filter(|_| !target.is_bilingual()) {
        Some(source) if source.is_file() => {
            let source_format = Format::of_path(source).ok_or_else(|| unknown(source))?;
            if source_format != target {
                return Err(Diagnostic::error(msg!(
                    "documents-format-mismatch",
                    source = source.display().to_string(),
                    source_format = source_format.name(),
                    target = spec.target.display().to_string(),
                    target_format = target.name()
                ))
                .with_help(msg!("documents-help-format-mismatch")));
            }
            Ok(target)
        }
        _ => Ok(target),
    }
}

/// Reads one target file (with its source file, for Fluent).
fn read_file(
    format: Format,
    source: Option<&Path>,
    target: &Path,
    options: &ReadOptions,
) -> Result<Read, Diagnostic> {
    let document = |document| Read {
        document,
        structures: None,
        catalogue: None,
    };
    match (format, source) {
        (Format::Po, _) => {
            po::read_with_catalogue(target, options).map(|(document, catalogue)| Read {
                document,
                structures: None,
                catalogue: Some(catalogue),
            })
        }
        (Format::Xliff, _) => xliff::read(target, options).map(document),
        (Format::Fluent, Some(source)) => {
            fluent::read_pair_with_structure(source, target).map(|(document, structures)| Read {
                document,
                structures: Some(structures),
                catalogue: None,
            })
        }
        (Format::Json, Some(source)) => json::read_pair(source, target).map(document),
        (Format::Markdown | Format::Html | Format::Text | Format::Docx, Some(source)) => {
            blocks::read_pair(format, source, target).map(document)
        }
        (Format::Fluent, None) => Err(Diagnostic::error(msg!(
            "document-fluent-needs-source",
            path = target.display().to_string()
        ))
        .with_help(msg!("help-fluent-needs-source"))),
        (_, None) => Err(Diagnostic::error(msg!(
            "documents-needs-source",
            path = target.display().to_string(),
            format = format.name()
        ))
        .with_help(msg!("help-check-usage"))),
    }
}

fn read_directory(spec: &PairSpec, options: &ReadOptions) -> Result<Vec<Read>, Diagnostic> {
    let files: Vec<(Format, PathBuf)> = directory_documents(&spec.target)?
        .into_iter()
        .map(|(format, path)| (spec.format.unwrap_or(format), path))
        .collect();
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
                    catalogue: None,
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

/// The source files of a directory pair (formats that need one) that have
/// no target file:
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
        .filter(|(format, _)| !format.is_bilingual())
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

/// Collects the documents under `dir` (any extension gloss reads), skipping
/// hidden entries.
fn document_files(dir: &Path, files: &mut Vec<(Format, PathBuf)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            document_files(&path, files)?;
        } else if let Some(format) = Format::of_path(&path)
            && path.extension().is_none_or(|ext| ext != "pot")
        {
            files.push((format, path));
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
