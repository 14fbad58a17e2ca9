//! `--format gitlab`: a GitLab Code Quality report, a JSON array of issues
//! with a description, the rule as `check_name`, a stable fingerprint, a
//! severity and the path and first line. Written file by file; input
//! problems have no place in it (they go to stderr).

use std::io::{self, Write};

use serde_json::json;

use super::{InputProblem, Printer, slash_path};
use crate::checker::FileReport;
use crate::diagnostic::Severity;
use crate::findings::{Summary, fingerprints};
use crate::i18n::Localizer;

/// Prints findings as a Code Quality report.
pub struct GitlabPrinter<'l> {
    localizer: &'l Localizer,
}

impl<'l> GitlabPrinter<'l> {
    /// A printer that localises descriptions with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        GitlabPrinter { localizer }
    }
}

impl Printer for GitlabPrinter<'_> {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut first = true;
        for report in reports {
            let findings = &report.findings;
            for (finding, fingerprint) in findings.iter().zip(fingerprints(findings)) {
                let issue = json!({
                    "description": self.localizer.message(&finding.message),
                    "check_name": finding.rule,
                    "fingerprint": fingerprint,
                    "severity": match finding.severity {
                        Severity::Error => "major",
                        Severity::Warning => "minor",
                        Severity::Info => "info",
                    },
                    "location": {
                        "path": slash_path(&finding.path),
                        "lines": { "begin": finding.line },
                    },
                });
                out.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                serde_json::to_writer(&mut *out, &issue)?;
            }
        }
        Ok(())
    }

    fn separator(&self) -> &[u8] {
        b","
    }

    fn finish(&self, summary: &Summary, _: &[InputProblem], out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if summary.findings == 0 {
            b"]\n"
        } else {
            b"\n]\n"
        })
    }
}
