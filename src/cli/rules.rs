//! `gloss rules [RULE]`: the rules of `gloss check` with their severity in
//! force, or the documentation of one rule.

use std::process::ExitCode;

use super::{CommandResult, Context, Failure};
use crate::diagnostic::{Diagnostic, Severity};
use crate::glossary::did_you_mean;
use crate::msg;
use crate::rules::{RULES, Rule, RuleSettings, rule};

/// Arguments of `gloss rules`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The rule to explain.
    #[arg(value_name = "RULE")]
    rule: Option<String>,
}

/// Lists the rules, or explains one.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let settings = RuleSettings::from_config(&context.config.rules).map_err(Failure)?;
    let text = match args.rule {
        None => list(context, &settings),
        Some(id) => explain(context, rule(&id).ok_or_else(|| unknown(&id))?),
    };
    context.print(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn severity_name(context: &Context, severity: Option<Severity>) -> String {
    context.localizer.plain(match severity {
        Some(Severity::Error) => "level-error",
        Some(Severity::Warning) => "level-warning",
        Some(Severity::Info) => "level-info",
        None => "rules-off",
    })
}

fn list(context: &Context, settings: &RuleSettings) -> String {
    let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let rows: Vec<(&Rule, String)> = RULES
        .iter()
        .map(|r| (r, severity_name(context, settings.severity(r))))
        .collect();
    let level_width = rows
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(0);
    rows.iter()
        .map(|(rule, level)| {
            let pad = level_width - level.chars().count();
            format!(
                "{:width$}  {level}{:pad$}  {}\n",
                rule.id,
                "",
                context.localizer.plain(rule.summary)
            )
        })
        .collect()
}

fn explain(context: &Context, rule: &Rule) -> String {
    let default = severity_name(context, Some(rule.default_severity));
    format!(
        "{}\n\n{}\n\n{}\n\n{}\n",
        rule.id,
        context.localizer.plain(rule.summary),
        context.localizer.plain(rule.doc),
        context
            .localizer
            .message(&msg!("rules-default-severity", severity = default))
    )
}

fn unknown(id: &str) -> Failure {
    let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let help = match did_you_mean(id, &known) {
        Some(near) => msg!("help-did-you-mean", name = near),
        None => msg!("help-rules-list"),
    };
    Failure(vec![
        Diagnostic::error(msg!("rules-unknown", rule = id)).with_help(help),
    ])
}
