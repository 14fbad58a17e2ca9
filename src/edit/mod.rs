//! Editing the glossary from the command line without losing anything.
//!
//! A [`Session`] takes the glossary's lock, reads every file, lets commands
//! change [`GlossaryDocument`]s (toml_edit documents: comments, key order and
//! formatting of untouched parts are kept), then validates the whole edited
//! glossary and writes the changed files atomically. An edit that would make
//! the glossary invalid is refused with the reasons, and nothing is written.

mod assign;
pub mod atomic;
mod document;
mod fluent_refs;
mod session;

use std::path::Path;

pub use assign::{Assignment, Op, is_language_tag};
pub use atomic::{
    CACHE_DIR, ReadOnly, WriteError, cache_dir_beside, check_writable, prepare_cache_dir,
    write_atomic,
};
pub use document::{Applied, AssignError, GlossaryDocument};
pub use fluent_refs::rewrite_term_references;
pub use session::{Committed, Session};

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::ReadError;

/// Why an edit was not made.
#[derive(Debug)]
pub enum EditError {
    /// The glossary has errors already: fix them first.
    InvalidBefore(Vec<Diagnostic>),
    /// The edit would make the glossary invalid: the errors of the text it
    /// would have written, which point into the files of `edited` as they
    /// would have been, not as they are on disk.
    WouldBeInvalid {
        /// The errors.
        errors: Vec<Diagnostic>,
        /// The files the edit changed (and did not write).
        edited: Vec<std::path::PathBuf>,
    },
    /// The request does not fit the glossary (unknown concept, id taken…).
    Refused(Diagnostic),
    /// A glossary file could not be read.
    Read(ReadError),
    /// A glossary file could not be written (nothing was, when it was
    /// refused before writing).
    Write(WriteError),
    /// Locking failed.
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl EditError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        EditError::Io {
            path: path.to_owned(),
            source,
        }
    }

    /// The error as diagnostics for people, the reason first.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        match self {
            EditError::InvalidBefore(mut diagnostics) => {
                diagnostics.push(
                    Diagnostic::error(msg!("edit-invalid-before"))
                        .with_help(msg!("help-edit-invalid-before")),
                );
                diagnostics
            }
            EditError::WouldBeInvalid { mut errors, .. } => {
                errors.insert(0, Diagnostic::error(msg!("edit-would-be-invalid")));
                errors
            }
            EditError::Refused(diagnostic) => vec![diagnostic],
            EditError::Read(error) => vec![error.into()],
            EditError::Write(error) => vec![write_diagnostic(&error)],
            EditError::Io { path, source } => vec![Diagnostic::error(msg!(
                "error-write-file",
                path = path.display().to_string(),
                reason = crate::source::io_reason(&source)
            ))],
        }
    }
}

/// A write error as a diagnostic, with its advice.
pub fn write_diagnostic(error: &WriteError) -> Diagnostic {
    let diagnostic = Diagnostic::error(error.message());
    match error.help() {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}
