//! `--format github`: one GitHub Actions workflow command per finding
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`),
//! which the runner turns into annotations on the pull request; input
//! problems as commands too, and the summary line as plain log text.

use std::io::{self, Write};

use super::{InputProblem, Printer, slash_path};
use crate::checker::FileReport;
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
    fn begin(&self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        for finding in reports.iter().flat_map(|report| &report.findings) {
            out.write_all(command(finding, &self.localizer.message(&finding.message)).as_bytes())?;
        }
        Ok(())
    }

    fn finish(
        &self,
        summary: &Summary,
        problems: &[InputProblem],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        for problem in problems {
            let diagnostic = &problem.diagnostic;
            let mut properties = Vec::new();
            match &diagnostic.location {
                Some(location) => {
                    let (line, column) = location.line_column();
                    properties.push(("file", slash_path(&location.file.path)));
                    properties.push(("line", line.to_string()));
                    properties.push(("col", column.to_string()));
                }
                None => properties.push(("file", slash_path(&problem.path))),
            }
            properties.push(("title", "gloss".to_owned()));
            let message = self.localizer.message(&diagnostic.message);
            out.write_all(workflow_command(diagnostic.severity, properties, &message).as_bytes())?;
        }
        writeln!(out, "{}", human::summary(summary, self.localizer))
    }
}

/// The workflow command of one finding, with `message` as its text.
pub fn command(finding: &Finding, message: &str) -> String {
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
    workflow_command(finding.severity, properties, message)
}

/// `::error` or `::warning` with its properties and message, escaped.
fn workflow_command(severity: Severity, properties: Vec<(&str, String)>, message: &str) -> String {
    let level = match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
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

    #[test]
    fn a_command_escapes_its_path_and_message() {
        let file = std::sync::Arc::new(crate::source::SourceFile::new(
            "fr/a,b:c%.ftl",
            "m = x\n".to_owned(),
        ));
        let diagnostic = crate::diagnostic::Diagnostic::warning(crate::msg!(
            "ci-unused-suppression",
            comment = "50%: a,b\r\nc"
        ))
        .at(&file, 0..5);
        let finding =
            Finding::from_diagnostic("unused-suppression", &diagnostic, file.path.as_path());
        let localizer = Localizer::for_locale("en-US");
        let message = localizer.message(&finding.message);
        assert_eq!(
            command(&finding, &message),
            "::warning file=fr/a%2Cb%3Ac%25.ftl,line=1,col=1,endLine=1,endColumn=6,\
             title=gloss(unused-suppression)::this suppression silences no finding: \
             50%25: a,b%0D%0Ac\n"
        );
    }
}
