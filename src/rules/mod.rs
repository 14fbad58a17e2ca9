//! Rules: the fourth stage of the pipeline. A rule is a value with an id, a
//! default severity and a documentation message; the configuration may change
//! its severity or turn it off. The term rules live in [`terms`], the
//! structural rules of Fluent pairs in [`structure`], the number and
//! placeholder rules of segment pairs in [`numbers`] and [`placeholders`].

pub mod catalogue;
pub mod numbers;
pub mod pairs;
pub mod placeholders;
pub mod structure;
pub mod suppress;
pub mod terms;

use std::collections::BTreeMap;

use crate::config::RuleLevel;
use crate::diagnostic::{Diagnostic, Severity};
use crate::glossary::did_you_mean;
use crate::msg;

/// A check that produces findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable kebab-case id used in output and configuration.
    pub id: &'static str,
    /// Severity unless the configuration says otherwise.
    pub default_severity: Severity,
    /// Fluent id of the one-line summary.
    pub summary: &'static str,
    /// Fluent id of the one-paragraph documentation.
    pub doc: &'static str,
}

/// The source uses a term and the target has none of its approved forms.
pub const MISSING_TERM: Rule = Rule {
    id: "missing-term",
    default_severity: Severity::Error,
    summary: "rule-missing-term-summary",
    doc: "rule-missing-term-doc",
};

/// The target uses a forbidden form of a term.
pub const FORBIDDEN_TERM: Rule = Rule {
    id: "forbidden-term",
    default_severity: Severity::Error,
    summary: "rule-forbidden-term-summary",
    doc: "rule-forbidden-term-doc",
};

/// Every rule, in the order `gloss rules` lists them.
pub const RULES: [Rule; 24] = [
    MISSING_TERM,
    FORBIDDEN_TERM,
    structure::MISSING_MESSAGE,
    structure::OBSOLETE_MESSAGE,
    structure::MISSING_ATTRIBUTE,
    structure::OBSOLETE_ATTRIBUTE,
    structure::MISSING_VALUE,
    structure::UNKNOWN_VARIABLE,
    structure::DROPPED_VARIABLE,
    structure::UNKNOWN_TERM_REFERENCE,
    structure::UNKNOWN_MESSAGE_REFERENCE,
    structure::DROPPED_REFERENCE,
    structure::ADDED_REFERENCE,
    structure::DUPLICATE_ID,
    structure::JUNK,
    structure::UNTRANSLATED,
    structure::PLURAL_CATEGORIES,
    structure::LITERAL_PLURAL_NUMBER,
    structure::MISSING_FILE,
    catalogue::PO_PLURAL_FORMS,
    catalogue::PO_DUPLICATE_ENTRY,
    numbers::NUMBER_MISMATCH,
    placeholders::PLACEHOLDER_MISMATCH,
    suppress::UNUSED_SUPPRESSION,
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// The severity in force for each rule (`None`: the rule is off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSettings {
    levels: BTreeMap<&'static str, Option<Severity>>,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            levels: RULES
                .iter()
                .map(|rule| (rule.id, Some(rule.default_severity)))
                .collect(),
        }
    }
}

impl RuleSettings {
    /// The defaults changed by the `[rules]` table of the configuration; an
    /// unknown rule id is an error naming the nearest known one.
    pub fn from_config(levels: &BTreeMap<String, RuleLevel>) -> Result<Self, Vec<Diagnostic>> {
        let mut settings = RuleSettings::default();
        let mut errors = Vec::new();
        for (id, level) in levels {
            match rule(id) {
                Some(rule) => {
                    let severity = match level {
                        RuleLevel::Error => Some(Severity::Error),
                        RuleLevel::Warning => Some(Severity::Warning),
                        RuleLevel::Off => None,
                    };
                    settings.levels.insert(rule.id, severity);
                }
                None => {
                    let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
                    let help = match did_you_mean(id, &known) {
                        Some(near) => msg!("help-did-you-mean", name = near),
                        None => msg!("help-known-rules", rules = known.join(", ")),
                    };
                    errors.push(
                        Diagnostic::error(msg!("config-unknown-rule", rule = id.as_str()))
                            .with_help(help),
                    );
                }
            }
        }
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }

    /// The severity of `rule`'s findings, or `None` when it is off.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        self.levels
            .get(rule.id)
            .copied()
            .unwrap_or(Some(rule.default_severity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configuration_changes_levels_and_rejects_unknown_rules() {
        let mut levels = BTreeMap::new();
        levels.insert("forbidden-term".to_owned(), RuleLevel::Warning);
        levels.insert("missing-term".to_owned(), RuleLevel::Off);
        let settings = RuleSettings::from_config(&levels).unwrap();
        assert_eq!(settings.severity(&FORBIDDEN_TERM), Some(Severity::Warning));
        assert_eq!(settings.severity(&MISSING_TERM), None);

        levels.insert("missing-terms".to_owned(), RuleLevel::Error);
        let errors = RuleSettings::from_config(&levels).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].help,
            Some(msg!("help-did-you-mean", name = "missing-term"))
        );
    }

    #[test]
    fn ids_are_unique_kebab_case() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(RULES[..i].iter().all(|other| other.id != rule.id));
        }
    }
}
