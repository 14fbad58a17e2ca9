//! `gloss check`: loads the glossary and reports the document pairs it checks.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, Failure};
use crate::diagnostic::has_errors;
use crate::glossary;
use crate::msg;

/// Arguments of `gloss check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source-language file or directory.
    #[arg(long, value_name = "PATH")]
    source: Option<PathBuf>,
    /// Target-language file or directory.
    #[arg(long, value_name = "PATH")]
    target: Option<PathBuf>,
}

/// Runs the check.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let loaded = glossary::load(&context.glossary_paths());
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    let pairs: Vec<(Option<PathBuf>, PathBuf)> = match args.target {
        Some(target) => vec![(args.source, target)],
        None => context
            .config
            .pairs
            .iter()
            .map(|p| {
                (
                    p.source.as_ref().map(|s| context.config.resolve_path(s)),
                    context.config.resolve_path(&p.target),
                )
            })
            .collect(),
    };
    let mut out = String::new();
    for (source, target) in &pairs {
        let source = source
            .as_ref()
            .map(|s| s.display().to_string())
            .unwrap_or_default();
        out += &context.localizer.message(&msg!(
            "check-pair",
            source = source,
            target = target.display().to_string()
        ));
        out.push('\n');
    }
    context.print(&out)?;
    Ok(ExitCode::SUCCESS)
}
