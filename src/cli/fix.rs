//! `gloss fix [PATH...]`: applies the fixes of the findings (`--rule`,
//! `--term` restrict them), checks again and repeats until nothing changes,
//! then says how many findings were fixed and how many remain. `gloss check
//! --diff` shows the same changes as a unified diff without writing.
//!
//! Exit codes: 0 when no finding at error severity remains, 1 otherwise, 2
//! when nothing could be checked or a file could not be written.

use std::collections::BTreeSet;
use std::process::ExitCode;

use super::check::{self, Checked, CheckedFile, Inputs};
use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::diagnostic::Diagnostic;
use crate::edit::ReadOnly;
use crate::findings::Edit;
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
    let mut written = BTreeSet::new();
    let mut passes = 0;
    let mut found = None;
    let checked = loop {
        let Some(checked) = check::check(context, &args.inputs)? else {
            return Ok(ExitCode::from(EXIT_ERROR));
        };
        found.get_or_insert(checked.summary.findings);
        passes += 1;
        let mut changed = false;
        for file in &checked.files {
            let Some((old, new, _)) = fixed_text(file, &filter) else {
                continue;
            };
            let Some(format) = file.format else {
                continue;
            };
            fixes::write(&file.path, format, &old, &new, read_only).map_err(write_failure)?;
            written.insert(file.path.clone());
            changed = true;
        }
        if !changed || passes == MAX_PASSES {
            break checked;
        }
    };
    // A fix may remove several findings (a forbidden form in place of the
    // approved one is two), so what was fixed is what no longer is found.
    let fixed = found
        .unwrap_or_default()
        .saturating_sub(checked.summary.findings);
    let summary = msg!(
        "ci-fix-summary",
        fixed = fixed,
        files = written.len(),
        remaining = checked.summary.findings
    );
    context.print(&format!("{}\n", context.localizer.message(&summary)))?;
    Ok(if checked.summary.errors > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
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

/// A unified diff of every file that the fixes `filter` accepts would
/// change (what `gloss check --diff` prints).
pub fn diff(checked: &Checked, filter: &Filter) -> String {
    checked
        .files
        .iter()
        .filter_map(|file| {
            let (old, new, _) = fixed_text(file, filter)?;
            Some(fixes::unified_diff(&file.path, &old, &new))
        })
        .collect()
}

/// The text of `file`, the text with its fixes made, and the edits; `None`
/// when there is nothing to fix.
fn fixed_text(file: &CheckedFile, filter: &Filter) -> Option<(String, String, Vec<Edit>)> {
    let edits = fixes::plan(&file.findings, filter);
    let first = file.findings.first()?;
    if edits.is_empty() {
        return None;
    }
    let old = first.file.text.clone();
    let new = fixes::apply(&old, &edits);
    Some((old, new, edits))
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
