//! Printers: turn findings and diagnostics (data) into text for people or
//! machines. The last stage of the pipeline; nothing upstream prints.

pub mod diagnostics;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod statistics;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::checker::FileReport;
use crate::diagnostic::Diagnostic;
use crate::findings::Summary;
use crate::source::SourceFile;

/// A problem met while reading the input, with the file it concerns.
#[derive(Debug, Clone)]
pub struct InputProblem {
    /// The file (or the path given, when nothing could be read).
    pub path: PathBuf,
    /// What went wrong, and where when it is known.
    pub diagnostic: Diagnostic,
}

/// Turns the reports of `gloss check` into text. [`Printer::files`] runs on
/// the worker threads, in parallel; the checker writes its texts in path
/// order, [`Printer::separator`] between two non-empty ones.
pub trait Printer: Sync {
    /// Text before the first file.
    fn begin(&self, out: &mut dyn Write) -> io::Result<()>;
    /// The text of the findings of a few files (one file, or the files of a
    /// pair read together).
    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()>;
    /// What goes between the texts of two units (a comma in a JSON array).
    fn separator(&self) -> &[u8] {
        b""
    }
    /// Text after the last file: the summary, and for machine formats the
    /// input problems (people read those on stderr as they come).
    fn finish(
        &self,
        summary: &Summary,
        problems: &[InputProblem],
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

/// The path of a finding's file with `/` separators, as CI systems want it.
pub fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The lines `first..=last` (1-based) of `file`, without the last line break.
pub fn lines_text(file: &SourceFile, first: usize, last: usize) -> &str {
    let text = &file.text;
    let start = file.lines().line_range(text, first).start;
    let end = file
        .lines()
        .line_range(text, last.max(first))
        .end
        .max(start);
    &text[start..end]
}

/// Closes a JSON array of findings opened by a printer's `begin`: nothing was
/// written into it when the summary counts no finding.
pub fn close_findings_array(summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(if summary.findings == 0 {
        b"],\n"
    } else {
        b"\n],\n"
    })
}
