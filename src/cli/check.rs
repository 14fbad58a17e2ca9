//! `gloss check`: reads the document pairs, checks every segment against the
//! compiled term index and every Fluent pair's structure, and prints the
//! findings (human, JSON, SARIF, GitHub workflow commands, GitLab Code
//! Quality, JUnit), or the diff of their fixes.
//!
//! Exit codes: 0 when no finding is at error severity, 1 otherwise, 2 when
//! nothing could be checked (no glossary, no readable document).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::documents::fluent::compare;
use crate::documents::{self, Document, Format, PairSpec, ReadOptions};
use crate::findings::{Finding, Summary};
use crate::glossary::{self, Glossary, same_language};
use crate::i18n::Localizer;
use crate::index::TermIndex;
use crate::msg;
use crate::printers::Printer;
use crate::printers::github::GithubPrinter;
use crate::printers::gitlab::GitlabPrinter;
use crate::printers::human::HumanPrinter;
use crate::printers::json::JsonPrinter;
use crate::printers::junit::JunitPrinter;
use crate::printers::sarif::SarifPrinter;
use crate::printers::statistics::StatisticsPrinter;
use crate::rules::terms::check_document;
use crate::rules::{RuleSettings, structure};

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Annotated snippets and a summary line.
    Human,
    /// One JSON object with the findings and a summary.
    Json,
    /// A SARIF 2.1.0 log (GitHub code scanning, SARIF viewers).
    Sarif,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// A GitLab Code Quality report.
    Gitlab,
    /// A JUnit XML report, one test case per checked file.
    Junit,
}

/// What to check: shared by `check` and `fix`.
#[derive(Debug, clap::Args)]
pub struct Inputs {
    /// PO catalogues (or directories of them) to check.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Source-language file or directory.
    #[arg(long, value_name = "PATH")]
    source: Option<PathBuf>,
    /// Target-language file or directory.
    #[arg(long, value_name = "PATH")]
    target: Option<PathBuf>,
    /// Also check PO entries flagged fuzzy.
    #[arg(long)]
    include_fuzzy: bool,
}

/// Arguments of `gloss check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human, value_name = "FORMAT")]
    format: OutputFormat,
    /// Only the summary line, nothing when clean.
    #[arg(long)]
    quiet: bool,
    /// Counts per rule and per term instead of each finding.
    #[arg(long, conflicts_with = "quiet")]
    statistics: bool,
    /// Print the fixes as a unified diff instead of the findings.
    #[arg(long)]
    diff: bool,
}

/// One checked target file (or a missing one) and its findings, sorted.
pub struct CheckedFile {
    /// The target file.
    pub path: PathBuf,
    /// Its format, `None` for a missing file.
    pub format: Option<Format>,
    /// The findings of the file, in [`Finding::sort_key`] order.
    pub findings: Vec<Finding>,
}

/// Everything `check` found, file by file in path order, with the counts.
pub struct Checked {
    /// The files, in path order.
    pub files: Vec<CheckedFile>,
    /// The counts of the summary line.
    pub summary: Summary,
}

/// Runs the check.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let Some(checked) = check(context, &args.inputs)? else {
        return Ok(ExitCode::from(EXIT_ERROR));
    };
    if args.diff {
        let diff = super::fix::diff(&checked, &crate::fix::Filter::default());
        context.print(&diff)?;
        return Ok(if diff.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(EXIT_FINDINGS)
        });
    }
    let mut printer = printer(args.format, args.quiet, args.statistics, &context.localizer);
    context.print(&printer.begin())?;
    for file in &checked.files {
        context.print(&printer.file(&file.path, &file.findings))?;
    }
    context.print(&printer.finish(&checked.summary))?;
    Ok(if checked.summary.errors > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// The printer of `format`; `quiet` and `statistics` change the human one.
pub fn printer<'l>(
    format: OutputFormat,
    quiet: bool,
    statistics: bool,
    localizer: &'l Localizer,
) -> Box<dyn Printer + 'l> {
    match format {
        OutputFormat::Human if statistics => Box::new(StatisticsPrinter::new(localizer)),
        OutputFormat::Human if quiet => Box::new(HumanPrinter::quiet(localizer)),
        OutputFormat::Human => Box::new(HumanPrinter::new(localizer)),
        OutputFormat::Json => Box::new(JsonPrinter::new(localizer)),
        OutputFormat::Sarif => Box::new(SarifPrinter::new(localizer)),
        OutputFormat::Github => Box::new(GithubPrinter::new(localizer)),
        OutputFormat::Gitlab => Box::new(GitlabPrinter::new(localizer)),
        OutputFormat::Junit => Box::new(JunitPrinter::new(localizer)),
    }
}

/// Reads and checks every pair of `inputs`; reading problems are reported
/// on stderr. `None` when nothing could be read.
pub fn check(context: &Context, inputs: &Inputs) -> Result<Option<Checked>, Failure> {
    let settings = RuleSettings::from_config(&context.config.rules).map_err(Failure)?;
    let specs = pair_specs(context, inputs)?;
    let read_options = ReadOptions {
        include_fuzzy: inputs.include_fuzzy,
    };
    let mut checkers: Vec<(Vec<PathBuf>, TermChecker)> = Vec::new();
    let mut units: Vec<(usize, Unit)> = Vec::new();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for (spec, glossary_paths) in &specs {
        let checker = match checkers
            .iter()
            .position(|(paths, _)| paths == glossary_paths)
        {
            Some(position) => position,
            None => {
                checkers.push((
                    glossary_paths.clone(),
                    TermChecker::load(context, glossary_paths)?,
                ));
                checkers.len() - 1
            }
        };
        let options = checkers[checker].1.structure_options();
        match documents::read_with_structure(spec, &read_options) {
            Ok(reads) => {
                let (per_read, missing) = structure::check(&reads, spec, &options, &settings);
                units.extend(
                    reads
                        .into_iter()
                        .zip(per_read)
                        .map(|(read, found)| (checker, Unit::Document(read.document, found))),
                );
                units.extend(
                    missing
                        .into_iter()
                        .map(|f| (checker, Unit::MissingFile(Box::new(f)))),
                );
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    let documents = || {
        units.iter().filter_map(|(_, unit)| match unit {
            Unit::Document(document, _) => Some(document),
            Unit::MissingFile(_) => None,
        })
    };
    diagnostics.extend(documents().flat_map(|d| d.diagnostics.iter().cloned()));
    context.report(&diagnostics);
    let unreadable = |d: &Document| d.segments.is_empty() && has_errors(&d.diagnostics);
    if documents().all(unreadable)
        && units
            .iter()
            .all(|(_, unit)| matches!(unit, Unit::Document(..)))
    {
        return Ok(None);
    }
    units.sort_by(|a, b| a.1.path().cmp(b.1.path()));
    let mut summary = Summary::default();
    let mut files = Vec::with_capacity(units.len());
    for (checker, unit) in units {
        match unit {
            Unit::Document(document, structural) => {
                let mut findings = check_document(&checkers[checker].1.index, &document, &settings);
                findings.extend(structural);
                findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                summary.add_file(document.segments.len(), &findings);
                files.push(CheckedFile {
                    path: document.target.path.clone(),
                    format: Some(document.format),
                    findings,
                });
            }
            Unit::MissingFile(finding) => {
                summary.add_findings(std::slice::from_ref(finding.as_ref()));
                files.push(CheckedFile {
                    path: finding.path.clone(),
                    format: None,
                    findings: vec![*finding],
                });
            }
        }
    }
    Ok(Some(Checked { files, summary }))
}

/// One glossary compiled for checking: the term index and what the
/// structural checks need to know of the glossary.
struct TermChecker {
    index: TermIndex,
    glossary_terms: HashSet<String>,
    target_language: String,
}

impl TermChecker {
    /// Loads and compiles the glossary at `paths`; any glossary error fails the run.
    fn load(context: &Context, paths: &[PathBuf]) -> Result<Self, Failure> {
        let loaded = glossary::load(paths);
        if has_errors(&loaded.diagnostics) {
            return Err(Failure(loaded.diagnostics));
        }
        let (source_language, target_language) = languages(context, &loaded.glossary)?;
        let index = TermIndex::build(&loaded.glossary, &source_language, &target_language);
        let glossary_terms = loaded
            .glossary
            .concepts
            .iter()
            .map(|c| c.id.clone())
            .collect();
        Ok(TermChecker {
            index,
            glossary_terms,
            target_language,
        })
    }

    fn structure_options(&self) -> compare::Options<'_> {
        compare::Options {
            language: Some(&self.target_language),
            glossary_terms: Some(&self.glossary_terms),
        }
    }
}

/// What is checked and printed in path order: a document with its
/// structural findings, or a source file that has no target file.
enum Unit {
    Document(Document, Vec<Finding>),
    MissingFile(Box<Finding>),
}

impl Unit {
    fn path(&self) -> &Path {
        match self {
            Unit::Document(document, _) => &document.target.path,
            Unit::MissingFile(finding) => &finding.path,
        }
    }
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

/// What to read, each with the glossary to check it against:
/// `--source`/`--target`, else the PO paths, else the configured pairs (whose
/// own `glossary` wins over the top-level one, and `--glossary` over both).
fn pair_specs(context: &Context, args: &Inputs) -> Result<Vec<(PairSpec, Vec<PathBuf>)>, Failure> {
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
    let default_glossary = context.glossary_paths();
    let mut with_glossary: Vec<(PairSpec, Vec<PathBuf>)> = specs
        .into_iter()
        .map(|spec| (spec, default_glossary.clone()))
        .collect();
    if with_glossary.is_empty() {
        with_glossary = context
            .config
            .pairs
            .iter()
            .map(|pair| {
                let spec = PairSpec {
                    source: pair.source.as_ref().map(|s| context.config.resolve_path(s)),
                    target: context.config.resolve_path(&pair.target),
                };
                let glossary = if pair.glossary.is_empty() || !context.glossary_override.is_empty()
                {
                    default_glossary.clone()
                } else {
                    pair.glossary
                        .iter()
                        .map(|p| context.config.resolve_path(p))
                        .collect()
                };
                (spec, glossary)
            })
            .collect();
    }
    if with_glossary.is_empty() {
        return Err(Failure(vec![
            Diagnostic::error(msg!("check-nothing-to-check")).with_help(msg!("help-check-usage")),
        ]));
    }
    Ok(with_glossary)
}
