//! `gloss check`: reads the document pairs, checks every segment against the
//! compiled term index and prints the findings (human or JSON).
//!
//! Exit codes: 0 when no finding is at error severity, 1 otherwise, 2 when
//! nothing could be checked (no glossary, no readable document).

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::documents::{self, Document, PairSpec, ReadOptions};
use crate::findings::Summary;
use crate::glossary::{self, Glossary, same_language};
use crate::index::TermIndex;
use crate::msg;
use crate::printers::Printer;
use crate::printers::human::HumanPrinter;
use crate::printers::json::JsonPrinter;
use crate::rules::RuleSettings;
use crate::rules::terms::check_document;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Annotated snippets and a summary line.
    Human,
    /// One JSON object with the findings and a summary.
    Json,
}

/// Arguments of `gloss check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// PO catalogues (or directories of them) to check.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Source-language file or directory.
    #[arg(long, value_name = "PATH")]
    source: Option<PathBuf>,
    /// Target-language file or directory.
    #[arg(long, value_name = "PATH")]
    target: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human, value_name = "FORMAT")]
    format: OutputFormat,
    /// Also check PO entries flagged fuzzy.
    #[arg(long)]
    include_fuzzy: bool,
}

/// Runs the check.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let settings = RuleSettings::from_config(&context.config.rules).map_err(Failure)?;
    let loaded = glossary::load(&context.glossary_paths());
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    let (source_language, target_language) = languages(context, &loaded.glossary)?;
    let index = TermIndex::build(&loaded.glossary, &source_language, &target_language);
    let specs = pair_specs(context, &args)?;
    let options = ReadOptions {
        include_fuzzy: args.include_fuzzy,
    };
    let mut documents: Vec<Document> = Vec::new();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for spec in &specs {
        match documents::read(spec, &options) {
            Ok(read) => documents.extend(read),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    diagnostics.extend(documents.iter().flat_map(|d| d.diagnostics.iter().cloned()));
    context.report(&diagnostics);
    let unreadable = |d: &Document| d.segments.is_empty() && has_errors(&d.diagnostics);
    if documents.iter().all(unreadable) {
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    let mut printer: Box<dyn Printer> = match args.format {
        OutputFormat::Json => Box::new(JsonPrinter::new(&context.localizer)),
        OutputFormat::Human => Box::new(HumanPrinter::new(&context.localizer)),
    };
    documents.sort_by(|a, b| a.target.path.cmp(&b.target.path));
    let mut summary = Summary::default();
    context.print(&printer.begin())?;
    for document in &documents {
        let findings = check_document(&index, document, &settings);
        summary.add_file(document.segments.len(), &findings);
        context.print(&printer.findings(&findings))?;
    }
    context.print(&printer.finish(&summary))?;
    Ok(if summary.errors > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// The source and target languages: the configuration's, else the
/// glossary's source language and its first other language.
fn languages(context: &Context, glossary: &Glossary) -> Result<(String, String), Failure> {
    let source = context
        .config
        .source_language
        .clone()
        .or_else(|| glossary.source_language())
        .unwrap_or_else(|| "en".to_owned());
    let target = context.config.target_language.clone().or_else(|| {
        glossary
            .languages()
            .into_iter()
            .find(|tag| !same_language(tag, &source))
    });
    match target {
        Some(target) => Ok((source, target)),
        None => Err(Failure(vec![
            Diagnostic::error(msg!("check-no-target-language"))
                .with_help(msg!("help-target-language")),
        ])),
    }
}

/// What to read: `--source`/`--target`, else the PO paths, else the
/// configured pairs.
fn pair_specs(context: &Context, args: &Args) -> Result<Vec<PairSpec>, Failure> {
    let mut specs: Vec<PairSpec> = args
        .paths
        .iter()
        .map(|path| PairSpec {
            source: None,
            target: path.clone(),
        })
        .collect();
    match (&args.source, &args.target) {
        (source, Some(target)) => specs.push(PairSpec {
            source: source.clone(),
            target: target.clone(),
        }),
        (Some(_), None) => {
            return Err(Failure(vec![
                Diagnostic::error(msg!("check-source-without-target"))
                    .with_help(msg!("help-check-usage")),
            ]));
        }
        (None, None) => {}
    }
    if specs.is_empty() {
        specs = context
            .config
            .pairs
            .iter()
            .map(|pair| PairSpec {
                source: pair.source.as_ref().map(|s| context.config.resolve_path(s)),
                target: context.config.resolve_path(&pair.target),
            })
            .collect();
    }
    if specs.is_empty() {
        return Err(Failure(vec![
            Diagnostic::error(msg!("check-nothing-to-check")).with_help(msg!("help-check-usage")),
        ]));
    }
    Ok(specs)
}
