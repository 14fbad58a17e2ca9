//! Printers: turn findings and diagnostics (data) into text for people or
//! machines. The last stage of the pipeline; nothing upstream prints.

pub mod diagnostics;
pub mod human;
pub mod json;

use crate::findings::{Finding, Summary};

/// Turns findings into text, file by file: the output of `gloss check`.
pub trait Printer {
    /// Text before the first finding.
    fn begin(&mut self) -> String;
    /// The text of the findings of one file.
    fn findings(&mut self, findings: &[Finding]) -> String;
    /// Text after the last finding, with the summary.
    fn finish(&mut self, summary: &Summary) -> String;
}
