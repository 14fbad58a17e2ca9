//! The structural rules of Fluent pairs (on a par with compare-locales):
//! each kind of [`Difference`] between a target file and its source is a
//! rule with an id, a default severity and a doc, and becomes a [`Finding`].

use std::sync::Arc;

use crate::diagnostic::Severity;
use crate::documents::fluent::compare::{
    Difference, DifferenceKind, Options, differences, missing_files,
};
use crate::documents::{PairSpec, Read};
use crate::findings::Finding;
use crate::msg;

use super::{Rule, RuleSettings};

macro_rules! structural_rules {
    ($($(#[$doc:meta])* $name:ident = $id:literal, $severity:ident, $kind:ident;)*) => {
        $(
            $(#[$doc])*
            pub const $name: Rule = Rule {
                id: $id,
                default_severity: Severity::$severity,
                summary: concat!("rule-", $id, "-summary"),
                doc: concat!("rule-", $id, "-doc"),
            };
        )*

        /// The rule that reports a kind of difference.
        pub fn rule_of(kind: DifferenceKind) -> &'static Rule {
            match kind {
                $(DifferenceKind::$kind => &$name,)*
            }
        }
    };
}

structural_rules! {
    /// A source message or term the target file lacks.
    MISSING_MESSAGE = "missing-message", Error, MissingMessage;
    /// A target message or term the source file lacks.
    OBSOLETE_MESSAGE = "obsolete-message", Warning, ObsoleteMessage;
    /// A source attribute the target message lacks.
    MISSING_ATTRIBUTE = "missing-attribute", Error, MissingAttribute;
    /// A target attribute the source message lacks.
    OBSOLETE_ATTRIBUTE = "obsolete-attribute", Error, ObsoleteAttribute;
    /// A value on one side only.
    MISSING_VALUE = "missing-value", Error, MissingValue;
    /// A target variable the source message never uses.
    UNKNOWN_VARIABLE = "unknown-variable", Error, UnknownVariable;
    /// A source variable the target message does not use.
    DROPPED_VARIABLE = "dropped-variable", Warning, DroppedVariable;
    /// A term reference defined nowhere in the target locale.
    UNKNOWN_TERM_REFERENCE = "unknown-term-reference", Error, UnknownTermReference;
    /// A message reference defined nowhere in the target locale.
    UNKNOWN_MESSAGE_REFERENCE = "unknown-message-reference", Error, UnknownMessageReference;
    /// A reference of the source that the target drops.
    DROPPED_REFERENCE = "dropped-reference", Warning, DroppedReference;
    /// A reference of the target that the source does not have.
    ADDED_REFERENCE = "added-reference", Warning, AddedReference;
    /// An id, attribute or variant key defined twice.
    DUPLICATE_ID = "duplicate-id", Error, DuplicateId;
    /// A parse error.
    JUNK = "junk", Error, Junk;
    /// A target text identical to its source text.
    UNTRANSLATED = "untranslated", Warning, Untranslated;
    /// Plural variant keys that do not fit the target language.
    PLURAL_CATEGORIES = "plural-categories", Error, PluralCategories;
    /// A plural variant that presumes one number of a category holding several.
    LITERAL_PLURAL_NUMBER = "literal-plural-number", Warning, LiteralPluralNumber;
    /// A source file without a target file.
    MISSING_FILE = "missing-file", Error, MissingFile;
}

/// The structural findings of one read pair spec: one list per read
/// (aligned with `reads`), and the findings of source files that have no
/// target file. Rules that are off give nothing.
pub fn check(
    reads: &[Read],
    spec: &PairSpec,
    options: &Options,
    settings: &RuleSettings,
) -> (Vec<Vec<Finding>>, Vec<Finding>) {
    let per_read = differences(reads, options)
        .into_iter()
        .map(|found| findings(found, options, settings))
        .collect();
    (per_read, findings(missing_files(spec), options, settings))
}

fn findings(
    differences: Vec<Difference>,
    options: &Options,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = differences
        .into_iter()
        .filter_map(|difference| {
            let rule = rule_of(difference.kind);
            let severity = settings.severity(rule)?;
            Some(finding(rule, severity, difference))
        })
        .map(|finding| about_glossary_terms(finding, options))
        .collect();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// An unknown reference to a term of the glossary most likely means that
/// the file defining the glossary's terms (as `gloss export fluent` writes
/// it) is not part of the checked pair: the message says so.
fn about_glossary_terms(mut finding: Finding, options: &Options) -> Finding {
    let glossary_term = options
        .glossary_terms
        .is_some_and(|terms| terms.contains(&finding.term));
    if finding.rule == UNKNOWN_TERM_REFERENCE.id && glossary_term {
        finding.message = msg!(
            "pipeline-unknown-glossary-term-reference",
            reference = finding.found.clone().unwrap_or_default(),
            term = finding.term.as_str()
        );
    }
    finding
}

fn finding(rule: &Rule, severity: Severity, difference: Difference) -> Finding {
    let file = difference.file;
    let (line, column) = file.line_column(difference.span.start);
    let (end_line, end_column) = file.line_column(difference.span.end);
    let source = difference
        .related
        .as_ref()
        .map(|(related, span, _)| {
            let line = related.line_column(span.start).0;
            related.text[related.lines().line_range(&related.text, line)].to_owned()
        })
        .unwrap_or_default()
        .into();
    // A Fluent term `-id` stands for glossary term `id` (gloss export
    // fluent writes them so): findings about term references name it.
    let term = difference
        .subject
        .as_deref()
        .and_then(|subject| subject.strip_prefix('-'))
        .filter(|_| {
            matches!(
                difference.kind,
                DifferenceKind::UnknownTermReference
                    | DifferenceKind::DroppedReference
                    | DifferenceKind::AddedReference
            )
        })
        .map(|reference| reference.split('.').next().unwrap_or(reference).to_owned())
        .unwrap_or_default();
    Finding {
        rule: rule.id,
        term,
        severity,
        path: file.path.clone(),
        line,
        column,
        end_line,
        end_column,
        segment: difference.entry,
        variant: None,
        source,
        target: Arc::from(""),
        found: difference.subject,
        approved: Vec::new(),
        replacement: None,
        fix: None,
        near_miss: None,
        candidates: Vec::new(),
        message: difference.message,
        span: difference.span,
        file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_registered_with_messages_named_after_its_id() {
        for rule in [MISSING_MESSAGE, JUNK, UNTRANSLATED, MISSING_FILE] {
            assert_eq!(super::super::rule(rule.id), Some(&rule));
            assert_eq!(rule.summary, format!("rule-{}-summary", rule.id));
            assert_eq!(rule.doc, format!("rule-{}-doc", rule.id));
        }
        assert_eq!(rule_of(DifferenceKind::Junk).id, "junk");
        assert_eq!(
            rule_of(DifferenceKind::DroppedVariable).default_severity,
            Severity::Warning
        );
        assert_eq!(
            rule_of(DifferenceKind::UnknownVariable).default_severity,
            Severity::Error
        );
    }
}
