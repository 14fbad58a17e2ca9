//! `--format gitlab`: a GitLab Code Quality report, a JSON array of issues
//! with a description, the rule as `check_name`, a stable fingerprint, a
//! severity and the path and first line. Written file by file.

use serde_json::json;

use super::{Printer, slash_path};
use crate::diagnostic::Severity;
use crate::findings::{Finding, Summary, fingerprints};
use crate::i18n::Localizer;

/// Prints findings as a Code Quality report.
pub struct GitlabPrinter<'l> {
    localizer: &'l Localizer,
    first: bool,
}

impl<'l> GitlabPrinter<'l> {
    /// A printer that localises descriptions with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        GitlabPrinter {
            localizer,
            first: true,
        }
    }
}

impl Printer for GitlabPrinter<'_> {
    fn begin(&mut self) -> String {
        "[".to_owned()
    }

    fn findings(&mut self, findings: &[Finding]) -> String {
        let mut out = String::new();
        for (finding, fingerprint) in findings.iter().zip(fingerprints(findings)) {
            let issue = json!({
                "description": self.localizer.message(&finding.message),
                "check_name": finding.rule,
                "fingerprint": fingerprint,
                "severity": match finding.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": {
                    "path": slash_path(&finding.path),
                    "lines": { "begin": finding.line },
                },
            });
            out.push_str(if self.first { "\n  " } else { ",\n  " });
            self.first = false;
            out.push_str(&issue.to_string());
        }
        out
    }

    fn finish(&mut self, _summary: &Summary) -> String {
        let close = if self.first { "" } else { "\n" };
        format!("{close}]\n")
    }
}
