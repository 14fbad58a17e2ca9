//! Inline suppressions: a comment on a message or entry that silences some
//! of its findings, with a reason, where a justified exception lives (*Les
//! cellules mères se divisent* is biology, not a forbidden calque).
//!
//! ```text
//! # gloss-ignore: forbidden-term cellule-souche -- a mother cell dividing
//! cells-divide = Les cellules mères se divisent.
//! ```
//!
//! In Fluent the directive is a line of the message's comment (`#`, right
//! above the message); in PO a translator comment (`# `) of the entry. It
//! names rule ids and glossary term ids, in any order, then optionally `--`
//! and a reason: a finding is silenced when its rule is named (or none is)
//! and its term is named (or none is). A directive that silences nothing is
//! itself reported (`unused-suppression`, a warning), as ruff does for an
//! unused `noqa`.

use std::collections::HashSet;
use std::ops::Range;

use super::{FORBIDDEN_TERM, MISSING_TERM, Rule, RuleSettings, rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::documents::{Document, Format};
use crate::findings::Finding;
use crate::msg;
use crate::source::SourceFile;

/// A suppression comment that silences nothing.
pub const UNUSED_SUPPRESSION: Rule = Rule {
    id: "unused-suppression",
    default_severity: Severity::Warning,
    summary: "rule-unused-suppression-summary",
    doc: "rule-unused-suppression-doc",
};

/// The word that starts a directive.
const DIRECTIVE: &str = "gloss-ignore:";

/// One `gloss-ignore:` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Suppression {
    /// 1-based line of the comment.
    line: usize,
    /// Byte range of the comment line.
    span: Range<usize>,
    /// Rule ids named (empty: every rule).
    rules: Vec<String>,
    /// Term ids named (empty: every term).
    terms: Vec<String>,
}

impl Suppression {
    fn silences(&self, finding: &Finding) -> bool {
        let named =
            |list: &[String], value: &str| list.is_empty() || list.iter().any(|v| v == value);
        named(&self.rules, finding.rule) && named(&self.terms, &finding.term)
    }
}

/// Drops the findings of `document` that a suppression comment silences,
/// and adds an `unused-suppression` finding for each comment that silenced
/// nothing (unless that rule is off).
pub fn apply(document: &Document, findings: &mut Vec<Finding>, settings: &RuleSettings) {
    // `#` comments are Fluent's and PO's (a Markdown `#` is a heading).
    if !matches!(document.format, Format::Fluent | Format::Po) {
        return;
    }
    let file = &document.target;
    let suppressions = suppressions(file);
    if suppressions.is_empty() {
        return;
    }
    let lines: Vec<&str> = file.text.lines().collect();
    let mut used = vec![false; suppressions.len()];
    let silenced: Vec<bool> = findings
        .iter()
        .map(|finding| {
            let comments = comment_lines(&lines, document.format, finding);
            let mut silenced = false;
            for (index, suppression) in suppressions.iter().enumerate() {
                if comments.contains(&suppression.line) && suppression.silences(finding) {
                    used[index] = true;
                    silenced = true;
                }
            }
            silenced
        })
        .collect();
    // A forbidden form silenced in place of the approved term silences the
    // missing-term finding of the same span: people see them as one.
    let silenced_forbidden: HashSet<(&str, usize, usize)> = findings
        .iter()
        .zip(&silenced)
        .filter(|(finding, silenced)| **silenced && finding.rule == FORBIDDEN_TERM.id)
        .map(|(f, _)| (f.term.as_str(), f.span.start, f.span.end))
        .collect();
    let keep: Vec<bool> = findings
        .iter()
        .zip(&silenced)
        .map(|(finding, silenced)| {
            let place = (finding.term.as_str(), finding.span.start, finding.span.end);
            let folded = finding.rule == MISSING_TERM.id && silenced_forbidden.contains(&place);
            !silenced && !folded
        })
        .collect();
    let mut keep = keep.into_iter();
    findings.retain(|_| keep.next().unwrap_or(true));
    let Some(severity) = settings.severity(&UNUSED_SUPPRESSION) else {
        return;
    };
    for (suppression, used) in suppressions.iter().zip(used) {
        if used {
            continue;
        }
        let text = file.text[suppression.span.clone()].trim();
        let diagnostic = Diagnostic {
            severity,
            ..Diagnostic::warning(msg!("ci-unused-suppression", comment = text))
        }
        .at(file, suppression.span.clone());
        findings.push(Finding::from_diagnostic(
            UNUSED_SUPPRESSION.id,
            &diagnostic,
            &file.path,
        ));
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// Every `gloss-ignore:` comment of the file.
fn suppressions(file: &SourceFile) -> Vec<Suppression> {
    let mut found = Vec::new();
    let mut start = 0;
    for (index, line) in file.text.split_inclusive('\n').enumerate() {
        let span = start..start + line.trim_end().len();
        start += line.len();
        let Some(body) = comment_body(line) else {
            continue;
        };
        let Some(directive) = body.trim_start().strip_prefix(DIRECTIVE) else {
            continue;
        };
        let names = directive.split(" --").next().unwrap_or_default();
        let (rules, terms): (Vec<String>, Vec<String>) = names
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .partition(|word| rule(word).is_some());
        found.push(Suppression {
            line: index + 1,
            span,
            rules,
            terms,
        });
    }
    found
}

/// The text of a Fluent message comment or PO translator comment line
/// (`#` then a space or nothing), without the `#`.
fn comment_body(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('#')?;
    (rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n'])).then_some(rest)
}

/// The 1-based lines of the comment that belongs to the finding's message
/// (Fluent) or entry (PO): the comment lines right above its first line.
fn comment_lines(lines: &[&str], format: Format, finding: &Finding) -> Vec<usize> {
    if finding.line == 0 || finding.line > lines.len() {
        return Vec::new();
    }
    let mut line = finding.line - 1;
    // Up to the first line of the message or entry.
    match format {
        Format::Fluent => {
            let id = finding.segment.split('.').next().unwrap_or_default();
            while !starts_message(lines[line], id) {
                if line == 0 {
                    return Vec::new();
                }
                line -= 1;
            }
        }
        _ => {
            while line > 0
                && !lines[line - 1].trim().is_empty()
                && !lines[line - 1].starts_with('#')
            {
                line -= 1;
            }
        }
    }
    // Every comment line counts (a PO entry mixes `#:`, `#,` and `# `).
    let mut comments = Vec::new();
    while line > 0 && lines[line - 1].trim_start().starts_with('#') {
        line -= 1;
        comments.push(line + 1);
    }
    comments
}

/// Whether `line` defines the Fluent message `id` (`id =`).
fn starts_message(line: &str, id: &str) -> bool {
    !id.is_empty()
        && line
            .strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_name_rules_and_terms_and_a_reason() {
        let file = SourceFile::new(
            "x.ftl",
            "## Group\n# gloss-ignore: forbidden-term cellule-souche -- biology\nm = x\n#gloss-ignore: x\n".to_owned(),
        );
        let found = suppressions(&file);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        assert_eq!(found[0].rules, vec!["forbidden-term"]);
        assert_eq!(found[0].terms, vec!["cellule-souche"]);
        assert!(starts_message("m = x", "m"));
        assert!(!starts_message("mm = x", "m"));
    }
}
