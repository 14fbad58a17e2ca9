//! `gloss fix [PATH...]`: applies the fixes of the findings (`--rule`,
//! `--term` restrict them), checks again and repeats until nothing changes,
//! then says how many findings were fixed and how many remain. `gloss check
//! --diff` shows the same changes as a unified diff without writing.
//!
//! Exit codes: 0 when no finding at error severity remains, 1 otherwise, 2
//! when nothing could be checked or a file could not be written.

use std::collections::BTreeSet;
use std::process::ExitCode;

use super::check::{self, Inputs};
use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::checker::{Checker, FileReport};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::edit::ReadOnly;
use crate::findings::{Finding, Summary};
use crate::fix::{self as fixes, Filter};
use crate::glossary::did_you_mean;
use crate::msg;
use crate::rules::{RULES, rule};

/// Passes at most: each fixes what the previous one skipped as overlapping.
const MAX_PASSES: usize = 10;

/// Arguments of `gloss fix`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    /// Fix only the findings of these rules (repeatable).
    #[arg(long, value_name = "RULE")]
    rule: Vec<String>,
    /// Fix only the findings of these glossary terms (repeatable).
    #[arg(long, value_name = "TERM")]
    term: Vec<String>,
    /// Replace read-only files too (when the user owns them).
    #[arg(long)]
    force: bool,
}

/// Fixes, checks again, repeats; prints the counts.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let filter = Filter {
        rules: known_rules(args.rule)?,
        terms: args.term,
    };
    let read_only = if args.force {
        ReadOnly::Force
    } else {
        ReadOnly::Refuse
    };
    let checker = check::checker(context, &args.inputs, None)?;
    let mut written = BTreeSet::new();
    let mut passes = 0;
    let mut found = None;
    let (reports, summary) = loop {
        let reports = checker.check_all();
        let summary = summary_of(&reports);
        found.get_or_insert(summary.findings);
        passes += 1;
        let mut changed = false;
        for report in &reports {
            // A file not read whole is left alone.
            if report.has_input_errors() {
                continue;
            }
            let Some(document) = report
                .document
                .as_ref()
                .filter(|d| fixes::fixable(d.format))
            else {
                continue;
            };
            let old = &document.target.text;
            let Some(new) = fixed_text(old, &report.findings, &filter) else {
                continue;
            };
            fixes::write(&report.path, document.format, old, &new, read_only)
                .map_err(write_failure)?;
            written.insert(report.path.clone());
            changed = true;
        }
        if !changed || passes == MAX_PASSES {
            break (reports, summary);
        }
    };
    let diagnostics: Vec<Diagnostic> = reports
        .iter()
        .flat_map(|r| r.diagnostics.iter().cloned())
        .collect();
    context.report(&diagnostics);
    // A fix may remove several findings (a forbidden form in place of the
    // approved one is two), so what was fixed is what no longer is found.
    let fixed = found.unwrap_or_default().saturating_sub(summary.findings);
    let message = msg!(
        "ci-fix-summary",
        fixed = fixed,
        files = written.len(),
        remaining = summary.findings
    );
    context.print(&format!("{}\n", context.localizer.message(&message)))?;
    Ok(if has_errors(&diagnostics) {
        ExitCode::from(EXIT_ERROR)
    } else if summary.errors > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// `gloss check --diff`: a unified diff of every file that the fixes would
/// change; exit 1 when there is one.
pub fn print_diff(context: &Context, checker: &Checker) -> CommandResult {
    let reports = checker.check_all();
    let diagnostics: Vec<Diagnostic> = reports
        .iter()
        .flat_map(|r| r.diagnostics.iter().cloned())
        .collect();
    context.report(&diagnostics);
    let diff: String = reports
        .iter()
        .filter(|report| !report.has_input_errors())
        .filter_map(|report| {
            let document = report
                .document
                .as_ref()
                .filter(|d| fixes::fixable(d.format))?;
            let old = &document.target.text;
            let new = fixed_text(old, &report.findings, &Filter::default())?;
            Some(fixes::unified_diff(&report.path, old, &new))
        })
        .collect();
    context.print(&diff)?;
    Ok(if has_errors(&diagnostics) {
        ExitCode::from(EXIT_ERROR)
    } else if diff.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}

/// The counts of `reports`.
fn summary_of(reports: &[FileReport]) -> Summary {
    let mut summary = Summary::default();
    for report in reports {
        report.count(&mut summary);
    }
    summary
}

/// The diagnostic of a file whose fixes could not be written.
fn write_failure(error: fixes::WriteError) -> Diagnostic {
    match error {
        fixes::WriteError::Write(error) => Diagnostic::error(error.message())
            .with_help(error.help().unwrap_or(msg!("ci-help-fix-unchanged"))),
        other => Diagnostic::error(msg!("ci-fix-write-failed", reason = other.to_string()))
            .with_help(msg!("ci-help-fix-unchanged")),
    }
}

/// `old` with the fixes of `findings` that `filter` accepts made; `None`
/// when there is nothing to change.
fn fixed_text(old: &str, findings: &[Finding], filter: &Filter) -> Option<String> {
    let edits = fixes::plan(findings, filter);
    (!edits.is_empty()).then(|| fixes::apply(old, &edits))
}

/// The `--rule` ids, each checked against the registry.
fn known_rules(ids: Vec<String>) -> Result<Vec<String>, Failure> {
    let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let errors: Vec<Diagnostic> = ids
        .iter()
        .filter(|id| rule(id).is_none())
        .map(|id| {
            let help = match did_you_mean(id, &known) {
                Some(near) => msg!("help-did-you-mean", name = near),
                None => msg!("help-known-rules", rules = known.join(", ")),
            };
            Diagnostic::error(msg!("config-unknown-rule", rule = id.as_str())).with_help(help)
        })
        .collect();
    if errors.is_empty() {
        Ok(ids)
    } else {
        Err(Failure(errors))
    }
}
