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

use std::path::Path;

use crate::findings::{Finding, Summary};
use crate::source::SourceFile;

/// Turns findings into text, file by file: the output of `gloss check`.
pub trait Printer {
    /// Text before the first finding.
    fn begin(&mut self) -> String;
    /// The text of the findings of one file.
    fn findings(&mut self, findings: &[Finding]) -> String;
    /// The text of one checked file and its findings (none when it is clean):
    /// formats that list the files (JUnit) need the path of a clean file too.
    fn file(&mut self, _path: &Path, findings: &[Finding]) -> String {
        self.findings(findings)
    }
    /// Text after the last finding, with the summary.
    fn finish(&mut self, summary: &Summary) -> String;
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
