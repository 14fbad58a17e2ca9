//! `--format json`: one object `{"version": 1, "findings": [...], "summary":
//! {...}, "errors": [...], "warnings": [...]}`, each finding with its fields
//! and its message in the user's language, each input problem with its
//! place. Always a whole document, even when nothing could be read. Its
//! shape is published as a JSON Schema (`docs/findings.schema.json`).

use std::io::{self, Write};

use serde::Serialize;

use super::{InputProblem, Printer};
use crate::checker::FileReport;
use crate::diagnostic::Severity;
use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;

/// The version of the document's shape: raised when a field changes
/// meaning or goes away (new fields may appear within a version).
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Item<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    /// For a document read as paragraphs (DOCX): the paragraph, which is
    /// the finding's line.
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    message: String,
}

/// One input problem as the JSON shows it.
#[derive(Serialize)]
struct Problem<'a> {
    path: &'a std::path::Path,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

/// Prints findings as one JSON document.
pub struct JsonPrinter<'l> {
    localizer: &'l Localizer,
}

impl<'l> JsonPrinter<'l> {
    /// A printer that localises messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        JsonPrinter { localizer }
    }

    fn problems(
        &self,
        problems: &[InputProblem],
        severity: Severity,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let mut first = true;
        out.write_all(b"[")?;
        for problem in problems
            .iter()
            .filter(|p| p.diagnostic.severity == severity)
        {
            let diagnostic = &problem.diagnostic;
            let (path, place) = match &diagnostic.location {
                Some(location) => (location.file.path.as_path(), Some(location.line_column())),
                None => (problem.path.as_path(), None),
            };
            let item = Problem {
                path,
                line: place.map(|(line, _)| line),
                column: place.map(|(_, column)| column),
                message: self.localizer.message(&diagnostic.message),
                help: diagnostic.help.as_ref().map(|h| self.localizer.message(h)),
            };
            out.write_all(if first { b"\n  " } else { b",\n  " })?;
            first = false;
            serde_json::to_writer(&mut *out, &item)?;
        }
        out.write_all(if first { b"]" } else { b"\n]" })
    }
}

impl Printer for JsonPrinter<'_> {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\"version\": {FORMAT_VERSION},\n\"findings\": [")
    }

    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let findings = reports.iter().flat_map(|report| &report.findings);
        for (position, finding) in findings.enumerate() {
            let item = Item {
                finding,
                paragraph: finding.file.paragraphs.then_some(finding.line),
                message: self.localizer.message(&finding.message),
            };
            out.write_all(if position == 0 { b"\n  " } else { b",\n  " })?;
            serde_json::to_writer(&mut *out, &item)?;
        }
        Ok(())
    }

    fn separator(&self) -> &[u8] {
        b","
    }

    fn finish(
        &self,
        summary: &Summary,
        problems: &[InputProblem],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        super::close_findings_array(summary, out)?;
        out.write_all(b"\"summary\": ")?;
        serde_json::to_writer(&mut *out, summary)?;
        out.write_all(b",\n\"errors\": ")?;
        self.problems(problems, Severity::Error, out)?;
        out.write_all(b",\n\"warnings\": ")?;
        self.problems(problems, Severity::Warning, out)?;
        out.write_all(b"}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_output_is_valid_json() {
        let localizer = Localizer::for_locale("en-US");
        let printer = JsonPrinter::new(&localizer);
        let mut text = Vec::new();
        printer.begin(&mut text).unwrap();
        printer.files(&[], &mut text).unwrap();
        printer.finish(&Summary::default(), &[], &mut text).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
        assert_eq!(value["version"], FORMAT_VERSION);
        assert_eq!(value["findings"], serde_json::json!([]));
        assert_eq!(value["summary"]["findings"], 0);
        assert_eq!(value["errors"], serde_json::json!([]));
    }
}
