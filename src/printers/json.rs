//! `--format json`: one object `{"findings": [...], "summary": {...}}`, each
//! finding with its fields and its message in the user's language. Written
//! file by file, so that memory does not grow with the number of findings.

use serde::Serialize;

use super::Printer;
use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;

#[derive(Serialize)]
struct Item<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    message: String,
}

/// Prints findings as one JSON document.
pub struct JsonPrinter<'l> {
    localizer: &'l Localizer,
    first: bool,
}

impl<'l> JsonPrinter<'l> {
    /// A printer that localises messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        JsonPrinter {
            localizer,
            first: true,
        }
    }
}

impl Printer for JsonPrinter<'_> {
    fn begin(&mut self) -> String {
        "{\"findings\": [".to_owned()
    }

    fn findings(&mut self, findings: &[Finding]) -> String {
        let mut out = String::new();
        for finding in findings {
            let item = Item {
                finding,
                message: self.localizer.message(&finding.message),
            };
            out.push_str(if self.first { "\n  " } else { ",\n  " });
            self.first = false;
            out.push_str(&serde_json::to_string(&item).unwrap_or_default());
        }
        out
    }

    fn finish(&mut self, summary: &Summary) -> String {
        let summary = serde_json::to_string(summary).unwrap_or_default();
        let close = if self.first { "" } else { "\n" };
        format!("{close}],\n\"summary\": {summary}}}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_output_is_valid_json() {
        let localizer = Localizer::for_locale("en-US");
        let mut printer = JsonPrinter::new(&localizer);
        let text = printer.begin() + &printer.findings(&[]) + &printer.finish(&Summary::default());
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["findings"], serde_json::json!([]));
        assert_eq!(value["summary"]["findings"], 0);
    }
}
