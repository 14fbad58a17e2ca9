//! `--format junit`: a JUnit XML report for CI dashboards. Each checked file
//! is a test case; each finding at error severity a failure of it, warnings
//! go to the case's output. Printed at the end, since the counts come first.

use std::fmt::Write as _;
use std::path::Path;

use quick_xml::escape::escape;

use super::{Printer, slash_path};
use crate::diagnostic::Severity;
use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;

/// Collects one test case per file and prints the report at the end.
pub struct JunitPrinter<'l> {
    localizer: &'l Localizer,
    cases: Vec<String>,
    failed: usize,
}

impl<'l> JunitPrinter<'l> {
    /// A printer that localises messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        JunitPrinter {
            localizer,
            cases: Vec::new(),
            failed: 0,
        }
    }
}

impl Printer for JunitPrinter<'_> {
    fn begin(&mut self) -> String {
        String::new()
    }

    fn findings(&mut self, findings: &[Finding]) -> String {
        match findings.first() {
            Some(first) => self.file(&first.path.clone(), findings),
            None => String::new(),
        }
    }

    fn file(&mut self, path: &Path, findings: &[Finding]) -> String {
        let name = escape(slash_path(path)).into_owned();
        let mut case = format!("    <testcase classname=\"gloss\" name=\"{name}\"");
        if findings.is_empty() {
            case.push_str("/>\n");
            self.cases.push(case);
            return String::new();
        }
        case.push_str(">\n");
        let mut output = String::new();
        let mut failed = false;
        for finding in findings {
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
                    failed = true;
                    let _ = writeln!(
                        case,
                        "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                        finding.rule,
                        escape(message.as_str()),
                        escape(place.as_str())
                    );
                }
                Severity::Warning => {
                    let _ = writeln!(output, "{place}");
                }
            }
        }
        if !output.is_empty() {
            let _ = writeln!(
                case,
                "      <system-out>{}</system-out>",
                escape(output.as_str())
            );
        }
        case.push_str("    </testcase>\n");
        self.failed += usize::from(failed);
        self.cases.push(case);
        String::new()
    }

    fn finish(&mut self, _summary: &Summary) -> String {
        let tests = self.cases.len();
        let failures = self.failed;
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"gloss\" tests=\"{tests}\" failures=\"{failures}\">"
        );
        let _ = writeln!(
            out,
            "  <testsuite name=\"gloss check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
        );
        for case in self.cases.drain(..) {
            out.push_str(&case);
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}
