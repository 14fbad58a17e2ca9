//! `--statistics`: instead of each finding, how many there are per rule and
//! per term, most violated first, then the summary line; where to start
//! when a translation has hundreds of findings.

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::{Mutex, PoisonError};

use super::{InputProblem, Printer};
use crate::checker::FileReport;
use crate::findings::Summary;
use crate::i18n::Localizer;
use crate::printers::human;

/// Findings per rule and per term.
type Counts = (HashMap<&'static str, usize>, HashMap<String, usize>);

/// Counts findings and prints the tables at the end.
pub struct StatisticsPrinter<'l> {
    localizer: &'l Localizer,
    /// Findings per rule and per term; files are counted in parallel.
    counts: Mutex<Counts>,
}

impl<'l> StatisticsPrinter<'l> {
    /// A printer whose headings are in the language of `localizer`.
    pub fn new(localizer: &'l Localizer) -> Self {
        StatisticsPrinter {
            localizer,
            counts: Mutex::default(),
        }
    }
}

impl Printer for StatisticsPrinter<'_> {
    fn begin(&self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn files(&self, reports: &[FileReport], _: &mut dyn Write) -> io::Result<()> {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        let (rules, terms) = &mut *counts;
        for finding in reports.iter().flat_map(|report| &report.findings) {
            *rules.entry(finding.rule).or_default() += 1;
            if !finding.term.is_empty() {
                *terms.entry(finding.term.clone()).or_default() += 1;
            }
        }
        Ok(())
    }

    fn finish(&self, summary: &Summary, _: &[InputProblem], out: &mut dyn Write) -> io::Result<()> {
        let counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        let (rules, terms) = &*counts;
        let rules = rules.iter().map(|(rule, count)| (rule.to_string(), *count));
        let terms = terms.iter().map(|(term, count)| (term.clone(), *count));
        for (heading, counts) in [
            ("ci-statistics-rules", rules.collect::<Vec<_>>()),
            ("ci-statistics-terms", terms.collect()),
        ] {
            if counts.is_empty() {
                continue;
            }
            writeln!(out, "{}", self.localizer.plain(heading))?;
            for (name, count) in most_first(counts) {
                writeln!(out, "{count:>6}  {name}")?;
            }
            writeln!(out)?;
        }
        writeln!(out, "{}", human::summary(summary, self.localizer))
    }
}

/// Counts sorted by decreasing count, then by name.
fn most_first(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
