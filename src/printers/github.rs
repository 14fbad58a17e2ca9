//! `--format github`: one GitHub Actions workflow command per finding
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`),
//! which the runner turns into annotations on the pull request, and the
//! summary line as plain log text.

use super::{Printer, slash_path};
use crate::diagnostic::Severity;
use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;
use crate::printers::human;

/// Prints findings as workflow commands.
pub struct GithubPrinter<'l> {
    localizer: &'l Localizer,
}

impl<'l> GithubPrinter<'l> {
    /// A printer that localises messages with `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        GithubPrinter { localizer }
    }
}

impl Printer for GithubPrinter<'_> {
    fn begin(&mut self) -> String {
        String::new()
    }

    fn findings(&mut self, findings: &[Finding]) -> String {
        findings
            .iter()
            .map(|finding| command(finding, &self.localizer.message(&finding.message)))
            .collect()
    }

    fn finish(&mut self, summary: &Summary) -> String {
        format!("{}\n", human::summary(summary, self.localizer))
    }
}

/// The workflow command of one finding, with `message` as its text.
pub fn command(finding: &Finding, message: &str) -> String {
    let level = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut properties = vec![("file", slash_path(&finding.path))];
    // A missing file has no text, hence no position.
    if !finding.file.text.is_empty() {
        properties.extend([
            ("line", finding.line.to_string()),
            ("col", finding.column.to_string()),
            ("endLine", finding.end_line.to_string()),
            ("endColumn", finding.end_column.to_string()),
        ]);
    }
    properties.push(("title", format!("gloss({})", finding.rule)));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(name, value)| format!("{name}={}", escape_property(&value)))
        .collect();
    format!(
        "::{level} {}::{}\n",
        properties.join(","),
        escape_data(message)
    )
}

/// Escapes the message of a workflow command: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, and `:` and `,` too.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_properties_are_escaped_as_github_requires() {
        let text = "50% a:b,c\r\nd";
        assert_eq!(escape_data(text), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property(text), "50%25 a%3Ab%2Cc%0D%0Ad");
        // `%` first: an escape is never escaped again.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
