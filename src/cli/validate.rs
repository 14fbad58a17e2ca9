//! `gloss validate [PATH...]`: every problem of the glossary, rustc-style.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS};
use crate::diagnostic::Severity;
use crate::glossary;
use crate::msg;

/// Arguments of `gloss validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Glossary files or directories (default: the configured glossary).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Exit 1 when there are warnings.
    #[arg(long)]
    strict: bool,
}

/// Loads and validates, prints every diagnostic and a summary.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let configured = args.paths.is_empty();
    let paths = if configured {
        context.glossary_paths()
    } else {
        args.paths
    };
    let mut loaded = glossary::load(&paths);
    // The configuration's languages must be languages of the configured glossary.
    for key in ["source-language", "target-language"]
        .into_iter()
        .filter(|_| configured)
    {
        let tag = match key {
            "source-language" => &context.config.source_language,
            _ => &context.config.target_language,
        };
        if let Some(tag) = tag
            && let Some(at) = context.config.location_of_key(key)
            && let Some(warning) = glossary::language_without_forms(&loaded.glossary, tag)
        {
            loaded
                .diagnostics
                .push(warning.at(&at.file, at.span.clone()));
        }
    }
    context.report(&loaded.diagnostics);
    let count = |severity| {
        loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    // A missing or unreadable glossary: the error names it, and a summary of
    // "0 concepts in 0 files" would only hide it.
    if loaded.files.is_empty() && errors > 0 {
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    let summary = msg!(
        "validate-summary",
        concepts = loaded.glossary.concepts.len(),
        files = loaded.files.len(),
        errors = errors,
        warnings = warnings
    );
    context.print(&format!("{}\n", context.localizer.message(&summary)))?;
    Ok(if errors > 0 {
        ExitCode::from(EXIT_ERROR)
    } else if warnings > 0 && args.strict {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}
