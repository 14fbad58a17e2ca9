//! One locked edit of a glossary: lock, read, edit documents, validate the
//! whole result, write the changed files atomically.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use super::EditError;
use super::atomic::{self, ReadOnly};
use super::document::GlossaryDocument;
use crate::diagnostic::{Diagnostic, Severity, has_errors};
use crate::glossary::{self, Glossary, LoadedGlossary};
use crate::msg;
use crate::source::{ReadError, decode_utf8, read_bytes};

/// How a file was written, so that a rewrite keeps it.
#[derive(Debug, Clone, Copy, Default)]
struct Layout {
    bom: bool,
    crlf: bool,
}

impl Layout {
    fn of(bytes: &[u8]) -> Self {
        Layout {
            bom: bytes.starts_with(b"\xEF\xBB\xBF"),
            crlf: bytes.windows(2).any(|w| w == b"\r\n"),
        }
    }

    fn apply(self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() + 3);
        if self.bom {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        if self.crlf {
            let mut previous = '\0';
            for c in text.chars() {
                if c == '\n' && previous != '\r' {
                    out.push(b'\r');
                }
                let mut buffer = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                previous = c;
            }
        } else {
            out.extend_from_slice(text.as_bytes());
        }
        out
    }
}

struct FileState {
    path: PathBuf,
    /// The text read (BOM removed); `None` for a file the edit creates.
    original: Option<String>,
    layout: Layout,
    document: Option<GlossaryDocument>,
}

/// The files written by a commit and what the edit changed in the
/// glossary's warnings.
#[derive(Debug)]
pub struct Committed {
    /// Files replaced or created, in order.
    pub written: Vec<PathBuf>,
    /// Warnings that the edited glossary has and the old one had not.
    pub new_warnings: Vec<Diagnostic>,
}

/// A glossary opened for editing under its lock.
pub struct Session {
    _lock: File,
    files: Vec<FileState>,
    before: LoadedGlossary,
    by_id: HashMap<String, usize>,
    default_file: PathBuf,
    read_only: ReadOnly,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field(
                "files",
                &self.files.iter().map(|s| &s.path).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Session {
    /// Takes the lock of the glossary at `paths` and reads it. Missing paths
    /// are an empty glossary (the first edit creates the file). A glossary
    /// that already has errors is refused: edits would build on concepts
    /// that could not be read. `read_only` says whether read-only files may
    /// be replaced when the edit is committed.
    pub fn open(paths: &[PathBuf], read_only: ReadOnly) -> Result<Session, EditError> {
        let Some(first) = paths.first() else {
            return Err(EditError::Refused(Diagnostic::error(msg!(
                "edit-no-glossary"
            ))));
        };
        let lock_path = atomic::lock_path(first);
        let lock = atomic::lock(&lock_path).map_err(|source| EditError::io(&lock_path, source))?;
        let mut files = Vec::new();
        for path in paths {
            if !path.exists() {
                continue;
            }
            let found = glossary::glossary_files(std::slice::from_ref(path))
                .map_err(|d| EditError::InvalidBefore(vec![d]));
            if path.is_dir() && found.is_err() {
                continue;
            }
            for file in found? {
                files.push(read_state(&file)?);
            }
        }
        for state in &files {
            atomic::remove_stale_temporaries(&state.path);
        }
        let before = glossary::load_texts(
            files
                .iter()
                .map(|s| (s.path.clone(), s.original.clone().unwrap_or_default()))
                .collect(),
        );
        if has_errors(&before.diagnostics) {
            return Err(EditError::InvalidBefore(before.diagnostics));
        }
        let default_file = match files.first() {
            Some(state) => state.path.clone(),
            None if first.extension().is_some_and(|e| e == "toml") => first.clone(),
            None => first.join("glossary.toml"),
        };
        let by_id = before
            .glossary
            .concepts
            .iter()
            .enumerate()
            .map(|(index, concept)| (concept.id.clone(), index))
            .collect();
        Ok(Session {
            _lock: lock,
            files,
            before,
            by_id,
            default_file,
            read_only,
        })
    }

    /// The glossary as it was read.
    pub fn glossary(&self) -> &Glossary {
        &self.before.glossary
    }

    /// The file that holds concept `id`.
    pub fn file_of(&self, id: &str) -> Option<PathBuf> {
        let index = *self.by_id.get(id)?;
        Some(self.before.sources[index].file.path.clone())
    }

    /// Where new concepts go unless told otherwise: the first glossary file,
    /// or the file to create when there is none.
    pub fn default_file(&self) -> &Path {
        &self.default_file
    }

    /// The document of `path` for editing (created empty if the file does
    /// not exist yet).
    pub fn document(&mut self, path: &Path) -> Result<&mut GlossaryDocument, EditError> {
        let index = match self.files.iter().position(|s| same_file(&s.path, path)) {
            Some(index) => index,
            None => {
                let state = if path.exists() {
                    read_state(path)?
                } else {
                    FileState {
                        path: path.to_owned(),
                        original: None,
                        layout: Layout::default(),
                        document: None,
                    }
                };
                self.files.push(state);
                self.files.len() - 1
            }
        };
        let state = &mut self.files[index];
        if state.document.is_none() {
            let text = state.original.as_deref().unwrap_or_default();
            let document = text.parse::<DocumentMut>().map_err(|_| {
                EditError::InvalidBefore(glossary::load_str(&state.path, text).diagnostics)
            })?;
            state.document = Some(GlossaryDocument::new(document));
        }
        Ok(state.document.as_mut().expect("document was just opened"))
    }

    /// Validates the whole glossary with the edits applied and, when it is
    /// valid, writes every changed file atomically. Nothing is written when
    /// the result would be invalid.
    pub fn commit(mut self) -> Result<Committed, EditError> {
        let mut texts = Vec::with_capacity(self.files.len());
        let mut changed = Vec::new();
        for (index, state) in self.files.iter_mut().enumerate() {
            let text = match state.document.take() {
                Some(document) => {
                    let text = document.render();
                    if state.original.as_deref() != Some(text.as_str()) {
                        changed.push(index);
                    }
                    text
                }
                None => state.original.take().unwrap_or_default(),
            };
            texts.push((state.path.clone(), text));
        }
        if changed.is_empty() {
            return Ok(Committed {
                written: Vec::new(),
                new_warnings: Vec::new(),
            });
        }
        let before = std::mem::take(&mut self.before.diagnostics);
        self.before = LoadedGlossary::default();
        let after = glossary::load_texts(texts.clone());
        if has_errors(&after.diagnostics) {
            let errors = after
                .diagnostics
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            let edited = changed
                .iter()
                .map(|&i| self.files[i].path.clone())
                .collect();
            return Err(EditError::WouldBeInvalid { errors, edited });
        }
        for &index in &changed {
            atomic::check_writable(&self.files[index].path, self.read_only)
                .map_err(EditError::Write)?;
        }
        let mut written = Vec::new();
        for index in changed {
            let state = &self.files[index];
            let bytes = state.layout.apply(&texts[index].1);
            let target = atomic::write_atomic(&state.path, &bytes, self.read_only)
                .map_err(EditError::Write)?;
            written.push(target);
        }
        Ok(Committed {
            written,
            new_warnings: new_warnings(&before, after.diagnostics),
        })
    }
}

fn read_state(path: &Path) -> Result<FileState, EditError> {
    let bytes = read_bytes(path).map_err(EditError::Read)?;
    let layout = Layout::of(&bytes);
    let text = decode_utf8(path, bytes).map_err(EditError::Read)?;
    Ok(FileState {
        path: path.to_owned(),
        original: Some(text),
        layout,
        document: None,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

/// Warnings of `after` that `before` did not have (each counted once).
fn new_warnings(before: &[Diagnostic], after: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let key = |d: &Diagnostic| format!("{:?}", d.message);
    let mut old: HashMap<String, usize> = HashMap::new();
    for diagnostic in before.iter().filter(|d| d.severity == Severity::Warning) {
        *old.entry(key(diagnostic)).or_default() += 1;
    }
    after
        .into_iter()
        .filter(|d| d.severity == Severity::Warning)
        .filter(|d| match old.get_mut(&key(d)) {
            Some(count) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

impl From<ReadError> for EditError {
    fn from(error: ReadError) -> Self {
        EditError::Read(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_kept() {
        let layout = Layout::of(b"\xEF\xBB\xBFa = 1\r\n");
        assert_eq!(
            layout.apply("a = 1\r\nb = 2\n"),
            b"\xEF\xBB\xBFa = 1\r\nb = 2\r\n"
        );
        assert_eq!(Layout::default().apply("x\n"), b"x\n");
    }
}
