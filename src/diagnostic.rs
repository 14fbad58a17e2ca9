//! Problems found in the user's files (glossary, configuration, documents),
//! as data: a severity, a message, and where it is. Printers render them.

use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::source::{ReadError, SourceFile};

/// How serious a diagnostic or finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Fails the run (exit 2 for input problems, 1 for findings).
    Error,
    /// Reported; fails the run only when asked (`--strict`).
    Warning,
    /// Worth knowing, never a failure (two concepts of different domains
    /// sharing a form: homonyms).
    Info,
}

/// A place in a file: the file and a byte range in it.
#[derive(Debug, Clone)]
pub struct Location {
    /// The file, shared by every diagnostic pointing into it.
    pub file: Arc<SourceFile>,
    /// Byte range in `file.text`.
    pub span: Range<usize>,
}

impl Location {
    /// 1-based line and column of the start of the span.
    pub fn line_column(&self) -> (usize, usize) {
        self.file.line_column(self.span.start)
    }
}

/// One problem in the user's input.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: Message,
    /// Where, when the problem has a place in a file.
    pub location: Option<Location>,
    /// What to do about it.
    pub help: Option<Message>,
    /// Other places that explain the problem (e.g. the first definition of a duplicate id).
    pub related: Vec<(Location, Message)>,
}

impl Diagnostic {
    /// An error without a location.
    pub fn error(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message,
            location: None,
            help: None,
            related: Vec::new(),
        }
    }

    /// A warning without a location.
    pub fn warning(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// A piece of information without a location: never fails a run.
    pub fn info(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Info,
            ..Self::error(message)
        }
    }

    /// Places the diagnostic at `span` of `file`.
    pub fn at(mut self, file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        self.location = Some(Location {
            file: Arc::clone(file),
            span,
        });
        self
    }

    /// Adds advice on what to do.
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// Adds a related place.
    pub fn with_related(
        mut self,
        file: &Arc<SourceFile>,
        span: Range<usize>,
        message: Message,
    ) -> Self {
        self.related.push((
            Location {
                file: Arc::clone(file),
                span,
            },
            message,
        ));
        self
    }
}

impl From<ReadError> for Diagnostic {
    fn from(error: ReadError) -> Self {
        Diagnostic::error(error.message()).with_help(crate::msg!("help-check-path"))
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
