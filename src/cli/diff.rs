//! `gloss diff OLD [NEW]`: what changed between two glossaries. Each side is
//! a file, a directory or a git revision (read with git); NEW defaults to the
//! glossary in force, so `gloss diff HEAD~1` reviews the last commit.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_FINDINGS, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::glossary::{self, Glossary};
use crate::glossary_diff::{self, git};
use crate::msg;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One block per concept, for people.
    Human,
    /// The diff as JSON.
    Json,
}

/// Arguments of `gloss diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The old glossary: a file, a directory or a git revision.
    #[arg(value_name = "OLD")]
    old: String,
    /// The new glossary (default: the glossary in force, as on disk).
    #[arg(value_name = "NEW")]
    new: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAT")]
    format: Format,
    /// Exit with code 1 when the glossaries differ.
    #[arg(long)]
    exit_code: bool,
}

/// Loads both sides, compares and prints.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let old = side(context, Some(&args.old))?;
    let new = side(context, args.new.as_deref())?;
    let diff = glossary_diff::diff(&old, &new);
    let text = match args.format {
        Format::Human => glossary_diff::human::render(&diff, &context.localizer),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&diff).unwrap_or_default();
            json.push('\n');
            json
        }
    };
    context.print(&text)?;
    Ok(if args.exit_code && !diff.is_empty() {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// One side: an existing path, else a git revision of the glossary in
/// force; `None` is the glossary in force.
fn side(context: &Context, spec: Option<&str>) -> Result<Glossary, Failure> {
    let paths = context.glossary_paths();
    let loaded = match spec {
        None => glossary::load(&paths),
        Some(spec) if PathBuf::from(spec).exists() => glossary::load(&[PathBuf::from(spec)]),
        Some(spec) if git::is_revision(spec, &context.config.root) => {
            glossary::load_texts(git::revision_files(spec, &paths)?)
        }
        Some(spec) => {
            return Err(Failure::from(
                Diagnostic::error(msg!("diff-unknown-side", spec = spec))
                    .with_help(msg!("help-diff-side")),
            ));
        }
    };
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    Ok(loaded.glossary)
}
