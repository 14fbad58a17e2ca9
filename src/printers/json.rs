//! `--format json`: one object `{"findings": [...], "summary": {...}}`, each
//! finding with its fields and its message in the user's language.

use serde::Serialize;

use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;

#[derive(Serialize)]
struct Output<'a> {
    findings: Vec<Item<'a>>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct Item<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    message: String,
}

/// The JSON document for `findings`, pretty-printed, with a final newline.
pub fn render(findings: &[Finding], summary: &Summary, localizer: &Localizer) -> String {
    let output = Output {
        findings: findings
            .iter()
            .map(|finding| Item {
                finding,
                message: localizer.message(&finding.message),
            })
            .collect(),
        summary,
    };
    let mut text = serde_json::to_string_pretty(&output).unwrap_or_default();
    text.push('\n');
    text
}
