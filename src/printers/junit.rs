//! `--format junit`: a JUnit XML report for CI dashboards. Each checked file
//! is a test case; each finding at error severity (and each input error) a
//! failure of it, warnings go to the case's output. Printed at the end,
//! sorted by path, since the counts come first.

use std::fmt::Write as _;
use std::io;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use quick_xml::escape::escape;

use super::{InputProblem, Printer, slash_path};
use crate::checker::FileReport;
use crate::diagnostic::Severity;
use crate::findings::Summary;
use crate::i18n::Localizer;

/// Collects one test case per file and prints the report at the end.
pub struct JunitPrinter<'l> {
    localizer: &'l Localizer,
    /// Each file's path, test case and whether it failed; files are
    /// rendered in parallel, the report sorts them by path.
    cases: Mutex<Vec<(PathBuf, String, bool)>>,
}

impl<'l> JunitPrinter<'l> {
    /// A printer that localises messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        JunitPrinter {
            localizer,
            cases: Mutex::default(),
        }
    }

    /// The test case of one file: a failure per finding at error severity
    /// and per input error, warnings in its output.
    fn case(&self, report: &FileReport) -> (String, bool) {
        let name = escape(slash_path(&report.path)).into_owned();
        let mut failures = String::new();
        let mut output = String::new();
        for finding in &report.findings {
            let message = self.localizer.message(&finding.message);
            let place = format!(
                "{}:{}:{}: [{}] {message}",
                slash_path(&finding.path),
                finding.line,
                finding.column,
                finding.rule
            );
            match finding.severity {
                Severity::Error => {
                    let _ = writeln!(
                        failures,
                        "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                        finding.rule,
                        escape(message.as_str()),
                        escape(place.as_str())
                    );
                }
                Severity::Warning | Severity::Info => {
                    let _ = writeln!(output, "{place}");
                }
            }
        }
        for diagnostic in &report.diagnostics {
            let message = self.localizer.message(&diagnostic.message);
            match diagnostic.severity {
                Severity::Error => {
                    let _ = writeln!(
                        failures,
                        "      <error message=\"{}\"/>",
                        escape(message.as_str())
                    );
                }
                Severity::Warning | Severity::Info => {
                    let _ = writeln!(output, "{message}");
                }
            }
        }
        let failed = !failures.is_empty();
        if failures.is_empty() && output.is_empty() {
            return (
                format!("    <testcase classname=\"gloss\" name=\"{name}\"/>\n"),
                false,
            );
        }
        let mut case = format!("    <testcase classname=\"gloss\" name=\"{name}\">\n{failures}");
        if !output.is_empty() {
            let _ = writeln!(
                case,
                "      <system-out>{}</system-out>",
                escape(output.as_str())
            );
        }
        case.push_str("    </testcase>\n");
        (case, failed)
    }
}

impl Printer for JunitPrinter<'_> {
    fn begin(&self, _: &mut dyn io::Write) -> io::Result<()> {
        Ok(())
    }

    fn files(&self, reports: &[FileReport], _: &mut dyn io::Write) -> io::Result<()> {
        let cases: Vec<(PathBuf, String, bool)> = reports
            .iter()
            .map(|report| {
                let (case, failed) = self.case(report);
                (report.path.clone(), case, failed)
            })
            .collect();
        self.cases
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(cases);
        Ok(())
    }

    fn finish(
        &self,
        _: &Summary,
        problems: &[InputProblem],
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        let mut cases =
            std::mem::take(&mut *self.cases.lock().unwrap_or_else(PoisonError::into_inner));
        // A pair that could not be read at all gave no report: its problems
        // make a failed case of their own.
        for problem in problems {
            if !cases.iter().any(|(path, ..)| *path == problem.path) {
                let report = FileReport {
                    path: problem.path.clone(),
                    document: None,
                    findings: Vec::new(),
                    diagnostics: vec![problem.diagnostic.clone()],
                };
                let (case, failed) = self.case(&report);
                cases.push((problem.path.clone(), case, failed));
            }
        }
        cases.sort_by(|a, b| a.0.cmp(&b.0));
        let tests = cases.len();
        let failures = cases.iter().filter(|(.., failed)| *failed).count();
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"gloss\" tests=\"{tests}\" failures=\"{failures}\">"
        )?;
        writeln!(
            out,
            "  <testsuite name=\"gloss check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
        )?;
        for (_, case, _) in &cases {
            out.write_all(case.as_bytes())?;
        }
        writeln!(out, "  </testsuite>\n</testsuites>")
    }
}
