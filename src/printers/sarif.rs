//! `--format sarif`: a SARIF 2.1.0 log with one run, what GitHub code
//! scanning and SARIF viewers read. The driver lists every rule of the
//! registry with its documentation in English; each result has its region
//! (lines and columns in Unicode code points, the end exclusive), the target
//! line as snippet, a fingerprint that survives unrelated edits, and the
//! replacement as a fix when there is one. Input problems are notifications
//! of the run's invocation, which then did not succeed: the log is whole
//! even when nothing could be read. Written file by file.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{InputProblem, Printer, lines_text, slash_path};
use crate::checker::FileReport;
use crate::diagnostic::Severity;
use crate::findings::{Edit, Finding, Summary, fingerprints};
use crate::i18n::Localizer;
use crate::msg;
use crate::rules::{RULES, Rule};

/// The schema of the log, as SARIF producers name it.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of gloss's fingerprint in `partialFingerprints`.
const FINGERPRINT_KEY: &str = "glossFindingHash/v1";

/// Prints the log: the run's driver first, the results file by file, then
/// the invocation with the input problems as notifications.
pub struct SarifPrinter<'l> {
    localizer: &'l Localizer,
}

impl<'l> SarifPrinter<'l> {
    /// A printer that localises result messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        SarifPrinter { localizer }
    }
}

impl Printer for SarifPrinter<'_> {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{{\n\"$schema\": \"{SCHEMA}\",\n\"version\": \"2.1.0\",\n\"runs\": [{{\n\"tool\": {{\"driver\": "
        )?;
        serde_json::to_writer(&mut *out, &driver())?;
        out.write_all(b"},\n\"columnKind\": \"unicodeCodePoints\",\n\"results\": [")
    }

    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut first = true;
        for report in reports {
            let findings = &report.findings;
            for (finding, fingerprint) in findings.iter().zip(fingerprints(findings)) {
                out.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                serde_json::to_writer(&mut *out, &result(finding, &fingerprint, self.localizer))?;
            }
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
        let notifications: Vec<Value> = problems
            .iter()
            .map(|problem| notification(problem, self.localizer))
            .collect();
        let invocation = json!({
            "executionSuccessful": !problems.iter().any(|p| p.diagnostic.severity == Severity::Error),
            "toolExecutionNotifications": notifications,
        });
        out.write_all(b"\"invocations\": [")?;
        serde_json::to_writer(&mut *out, &invocation)?;
        out.write_all(b"]\n}]\n}\n")
    }
}

/// An input problem (an unreadable file, a syntax error) as a notification
/// of the invocation.
fn notification(problem: &InputProblem, localizer: &Localizer) -> Value {
    let diagnostic = &problem.diagnostic;
    let mut physical = json!({
        "artifactLocation": { "uri": artifact_uri(&slash_path(&problem.path)) },
    });
    if let Some(location) = &diagnostic.location {
        let (line, column) = location.line_column();
        physical["artifactLocation"]["uri"] = json!(artifact_uri(&slash_path(&location.file.path)));
        physical["region"] = json!({ "startLine": line, "startColumn": column });
    }
    json!({
        "level": level(diagnostic.severity),
        "message": { "text": localizer.message(&diagnostic.message) },
        "locations": [{ "physicalLocation": physical }],
    })
}

/// gloss and its rules, documented in English whatever the interface
/// language (code-scanning views show one text to everyone).
fn driver() -> Value {
    let english = Localizer::for_locale("en-US");
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| descriptor(rule, &english))
        .collect();
    let mut driver = json!({
        "name": "gloss",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(base) = repository() {
        driver["informationUri"] = json!(base);
    }
    driver
}

/// The repository URL of the package, when the manifest names one.
fn repository() -> Option<&'static str> {
    Some(env!("CARGO_PKG_REPOSITORY")).filter(|url| !url.is_empty())
}

/// A rule as a SARIF reporting descriptor.
fn descriptor(rule: &Rule, english: &Localizer) -> Value {
    let summary = english.plain(rule.summary);
    let doc = english.plain(rule.doc);
    let mut descriptor = json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": summary },
        "fullDescription": { "text": doc },
        "help": {
            "text": english.message(&msg!("ci-sarif-rule-help", doc = doc.as_str(), rule = rule.id)),
        },
        "defaultConfiguration": { "level": level(rule.default_severity) },
    });
    if let Some(base) = repository() {
        descriptor["helpUri"] = json!(format!("{base}#rules"));
    }
    descriptor
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// One finding as a SARIF result.
fn result(finding: &Finding, fingerprint: &str, localizer: &Localizer) -> Value {
    let uri = artifact_uri(&slash_path(&finding.path));
    let mut physical = json!({ "artifactLocation": { "uri": uri } });
    // A missing file has no text, hence no region.
    if !finding.file.text.is_empty() {
        let mut region = region(
            finding.line,
            finding.column,
            finding.end_line,
            finding.end_column,
        );
        region["snippet"] = json!({
            "text": lines_text(&finding.file, finding.line, finding.end_line),
        });
        physical["region"] = region;
    }
    let rule_index = RULES.iter().position(|rule| rule.id == finding.rule);
    let mut result = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": localizer.message(&finding.message) },
        "locations": [{ "physicalLocation": physical }],
        "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
        "properties": { "term": finding.term, "segment": finding.segment },
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    if let (Some(fix), Some(replacement)) = (&finding.fix, &finding.replacement) {
        result["fixes"] = json!([self::fix(&uri, fix, replacement, localizer)]);
    }
    result
}

fn region(line: usize, column: usize, end_line: usize, end_column: usize) -> Value {
    json!({
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
    })
}

/// The replacement as a SARIF fix: one change of one region of the file.
fn fix(uri: &str, edit: &Edit, replacement: &str, localizer: &Localizer) -> Value {
    json!({
        "description": {
            "text": localizer.message(&msg!("ci-fix-description", replacement = replacement)),
        },
        "artifactChanges": [{
            "artifactLocation": { "uri": uri },
            "replacements": [{
                "deletedRegion": region(edit.line, edit.column, edit.end_line, edit.end_column),
                "insertedContent": { "text": edit.text },
            }],
        }],
    })
}

/// A relative path as a URI reference: bytes other than unreserved
/// characters and `/` percent-encoded.
fn artifact_uri(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(artifact_uri("fr/a b.ftl"), "fr/a%20b.ftl");
        assert_eq!(artifact_uri("fr/é.po"), "fr/%C3%A9.po");
    }
}
