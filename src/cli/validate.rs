//! `gloss validate [PATH...]`: every problem of the glossary, rustc-style.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::check::{self, OutputFormat};
use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS};
use crate::diagnostic::Severity;
use crate::findings::{Finding, Summary};
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
    /// Output format: human (diagnostics on stderr) or a machine format of
    /// `check`, the problems on stdout.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human, value_name = "FORMAT")]
    format: OutputFormat,
}

/// The rule id of glossary problems in the machine formats.
const GLOSSARY_RULE: &str = "glossary";

/// Loads and validates, prints every diagnostic and a summary.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let paths = if args.paths.is_empty() {
        context.glossary_paths()
    } else {
        args.paths
    };
    let loaded = glossary::load(&paths);
    if args.format != OutputFormat::Human {
        print_machine(context, &loaded, &paths, args.format)?;
    } else {
        context.report(&loaded.diagnostics);
    }
    let count = |severity| {
        loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let summary = msg!(
        "validate-summary",
        concepts = loaded.glossary.concepts.len(),
        files = loaded.files.len(),
        errors = errors,
        warnings = warnings
    );
    if args.format == OutputFormat::Human {
        context.print(&format!("{}\n", context.localizer.message(&summary)))?;
    }
    Ok(if errors > 0 {
        ExitCode::from(EXIT_ERROR)
    } else if warnings > 0 && args.strict {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// The glossary's problems in a machine format, file by file.
fn print_machine(
    context: &Context,
    loaded: &glossary::LoadedGlossary,
    paths: &[PathBuf],
    format: OutputFormat,
) -> std::io::Result<()> {
    let fallback = paths.first().cloned().unwrap_or_default();
    let mut findings: Vec<Finding> = loaded
        .diagnostics
        .iter()
        .map(|d| Finding::from_diagnostic(GLOSSARY_RULE, d, &fallback))
        .collect();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let mut printer = check::printer(format, false, false, &context.localizer);
    let mut summary = Summary::default();
    context.print(&printer.begin())?;
    let mut files: Vec<&Path> = loaded.files.iter().map(|f| f.path.as_path()).collect();
    files.extend(findings.iter().map(|f| f.path.as_path()));
    files.sort_unstable();
    files.dedup();
    for path in files {
        let of_file: Vec<Finding> = findings
            .iter()
            .filter(|f| f.path == path)
            .cloned()
            .collect();
        summary.add_file(0, &of_file);
        context.print(&printer.file(path, &of_file))?;
    }
    summary.segments = loaded.glossary.concepts.len();
    context.print(&printer.finish(&summary))
}
