//! `gloss validate [PATH...]`: every problem of the glossary, rustc-style.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::check::{self, OutputFormat};
use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS};
use crate::checker::FileReport;
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
    if args.format != OutputFormat::Human {
        match print_machine(context, &loaded, &paths, args.format) {
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error)?,
            _ => {}
        }
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
    let mut files: Vec<&Path> = loaded.files.iter().map(|f| f.path.as_path()).collect();
    files.extend(findings.iter().map(|f| f.path.as_path()));
    files.sort_unstable();
    files.dedup();
    let mut summary = Summary::default();
    let reports: Vec<FileReport> = files
        .into_iter()
        .map(|path| {
            let of_file: Vec<Finding> = findings
                .iter()
                .filter(|f| f.path == path)
                .cloned()
                .collect();
            summary.add_file(0, &of_file);
            FileReport {
                path: path.to_owned(),
                document: None,
                findings: of_file,
                diagnostics: Vec::new(),
            }
        })
        .collect();
    summary.segments = loaded.glossary.concepts.len();
    let printer = check::printer(format, false, false, false, &context.localizer);
    let mut out = std::io::BufWriter::new(std::io::stdout());
    printer.begin(&mut out)?;
    let mut first = true;
    for report in &reports {
        let mut text = Vec::new();
        printer.files(std::slice::from_ref(report), &mut text)?;
        if text.is_empty() {
            continue;
        }
        if !first {
            out.write_all(printer.separator())?;
        }
        first = false;
        out.write_all(&text)?;
    }
    printer.finish(&summary, &[], &mut out)?;
    out.flush()
}
