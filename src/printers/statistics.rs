//! `--statistics`: instead of each finding, how many there are per rule and
//! per term, most violated first, then the summary line; where to start
//! when a translation has hundreds of findings.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::Printer;
use crate::findings::{Finding, Summary};
use crate::i18n::Localizer;
use crate::printers::human;

/// Counts findings and prints the tables at the end.
pub struct StatisticsPrinter<'l> {
    localizer: &'l Localizer,
    rules: HashMap<&'static str, usize>,
    terms: HashMap<String, usize>,
}

impl<'l> StatisticsPrinter<'l> {
    /// A printer whose headings are in the language of `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        StatisticsPrinter {
            localizer,
            rules: HashMap::new(),
            terms: HashMap::new(),
        }
    }
}

impl Printer for StatisticsPrinter<'_> {
    fn begin(&mut self) -> String {
        String::new()
    }

    fn findings(&mut self, findings: &[Finding]) -> String {
        for finding in findings {
            *self.rules.entry(finding.rule).or_default() += 1;
            if !finding.term.is_empty() {
                *self.terms.entry(finding.term.clone()).or_default() += 1;
            }
        }
        String::new()
    }

    fn finish(&mut self, summary: &Summary) -> String {
        let mut out = String::new();
        let rules = self
            .rules
            .iter()
            .map(|(rule, count)| (rule.to_string(), *count));
        let terms = self
            .terms
            .iter()
            .map(|(term, count)| (term.clone(), *count));
        for (heading, counts) in [
            ("ci-statistics-rules", rules.collect::<Vec<_>>()),
            ("ci-statistics-terms", terms.collect()),
        ] {
            if counts.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{}", self.localizer.plain(heading));
            for (name, count) in most_first(counts) {
                let _ = writeln!(out, "{count:>6}  {name}");
            }
            out.push('\n');
        }
        let _ = writeln!(out, "{}", human::summary(summary, self.localizer));
        out
    }
}

/// Counts sorted by decreasing count, then by name.
fn most_first(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
