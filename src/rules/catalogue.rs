//! The rules of a gettext catalogue as a whole, as `msgfmt -c` checks it:
//! each plural entry has the `msgstr[n]` the header's `Plural-Forms`
//! announces, and no msgctxt + msgid is defined twice.

use std::sync::Arc;

use super::{Rule, RuleSettings};
use crate::diagnostic::Severity;
use crate::documents::Read;
use crate::documents::po::{CatalogueProblem, CatalogueProblemKind};
use crate::findings::Finding;

/// A plural entry with missing or extra `msgstr[n]` for the header's
/// `nplurals`, or plural entries in a catalogue without `Plural-Forms`.
pub const PO_PLURAL_FORMS: Rule = Rule {
    id: "po-plural-forms",
    default_severity: Severity::Error,
    summary: "rule-po-plural-forms-summary",
    doc: "rule-po-plural-forms-doc",
};

/// The same msgctxt and msgid defined twice in a catalogue.
pub const PO_DUPLICATE_ENTRY: Rule = Rule {
    id: "po-duplicate-entry",
    default_severity: Severity::Error,
    summary: "rule-po-duplicate-entry-summary",
    doc: "rule-po-duplicate-entry-doc",
};

/// The findings of a read catalogue (none for other formats or rules that
/// are off).
pub fn check(read: &Read, settings: &RuleSettings) -> Vec<Finding> {
    let Some(catalogue) = &read.catalogue else {
        return Vec::new();
    };
    catalogue
        .problems
        .iter()
        .filter_map(|problem| {
            let rule = match problem.kind {
                CatalogueProblemKind::PluralForms => &PO_PLURAL_FORMS,
                CatalogueProblemKind::DuplicateEntry => &PO_DUPLICATE_ENTRY,
            };
            let severity = settings.severity(rule)?;
            Some(finding(read, rule, severity, problem))
        })
        .collect()
}

fn finding(read: &Read, rule: &Rule, severity: Severity, problem: &CatalogueProblem) -> Finding {
    let file = &read.document.target;
    let (line, column) = file.line_column(problem.span.start);
    let (end_line, end_column) = file.line_column(problem.span.end);
    Finding {
        rule: rule.id,
        term: String::new(),
        severity,
        path: file.path.clone(),
        line,
        column,
        end_line,
        end_column,
        segment: problem.entry.clone(),
        variant: None,
        source: Arc::from(""),
        target: Arc::from(""),
        found: None,
        approved: Vec::new(),
        replacement: None,
        fix: None,
        near_miss: None,
        candidates: Vec::new(),
        message: problem.message.clone(),
        file: Arc::clone(file),
        span: problem.span.clone(),
    }
}
