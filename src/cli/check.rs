//! `gloss check`: parses the arguments, runs the [`Checker`] and prints its
//! reports (human, JSON, SARIF, GitHub workflow commands, GitLab Code
//! Quality, JUnit), or the diff of their fixes.
//!
//! Exit codes: 0 when no finding is at error severity, 1 otherwise, 2 when
//! an input could not be read whole (a missing file, a syntax error) or
//! nothing could be checked (no glossary).

use std::io::Write;

use anstream::ColorChoice;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::baseline::{self, Baseline};
use crate::checker::{Checker, Pair, Partition, Settings};
use crate::diagnostic::{Diagnostic, Severity, has_errors};
use crate::documents::{PairSpec, ReadOptions};
use crate::edit::ReadOnly;
use crate::findings::Summary;
use crate::i18n::Localizer;
use crate::msg;
use crate::printers::github::GithubPrinter;
use crate::printers::gitlab::GitlabPrinter;
use crate::printers::human::HumanPrinter;
use crate::printers::json::JsonPrinter;
use crate::printers::junit::JunitPrinter;
use crate::printers::sarif::SarifPrinter;
use crate::printers::statistics::StatisticsPrinter;
use crate::printers::{InputProblem, Printer};
use crate::rules::RuleSettings;

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
    /// Check only share K of N of the files (`2/4`), for a CI matrix.
    #[arg(long, value_name = "K/N")]
    partition: Option<String>,
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
    /// Report only the findings that this baseline file does not record.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record today's findings in this baseline file instead of reporting them.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "diff"])]
    write_baseline: Option<PathBuf>,
}

/// Runs the check: builds the [`Checker`] and prints its reports as they come.
pub fn run(context: &Context, args: Args) -> CommandResult {
    if let Some(path) = &args.write_baseline {
        return write_baseline(context, &checker(context, &args.inputs, None)?, path);
    }
    let baseline = match &args.baseline {
        Some(path) => Some(Arc::new(Baseline::read(path).map_err(|error| {
            Diagnostic::error(msg!(
                "ci-baseline-unreadable",
                path = path.display().to_string(),
                reason = error.to_string()
            ))
            .with_help(msg!("ci-help-baseline", path = path.display().to_string()))
        })?)),
        None => None,
    };
    let checker = checker(context, &args.inputs, baseline.clone())?;
    if args.diff {
        return super::fix::print_diff(context, &checker);
    }
    let color = args.format == OutputFormat::Human
        && anstream::AutoStream::choice(&std::io::stdout()) != ColorChoice::Never;
    let printer = printer(
        args.format,
        args.quiet,
        args.statistics,
        color,
        &context.localizer,
    );
    let (summary, problems) = print(context, &checker, printer.as_ref(), buffered_stdout())?;
    if let (Some(baseline), Some(path)) = (&baseline, &args.baseline)
        && baseline.fixed() > 0
    {
        let note = msg!(
            "ci-baseline-fixed",
            fixed = baseline.fixed(),
            total = baseline.len(),
            path = path.display().to_string()
        );
        let _ = writeln!(anstream::stderr(), "{}", context.localizer.message(&note));
    }
    Ok(
        if problems
            .iter()
            .any(|p| p.diagnostic.severity == Severity::Error)
        {
            ExitCode::from(EXIT_ERROR)
        } else if summary.errors > 0 {
            ExitCode::from(EXIT_FINDINGS)
        } else {
            ExitCode::SUCCESS
        },
    )
}

/// `--write-baseline`: records every finding of today in `path`; nothing is
/// written when an input could not be read whole.
fn write_baseline(context: &Context, checker: &Checker, path: &Path) -> CommandResult {
    let reports = checker.check_all();
    let diagnostics: Vec<Diagnostic> = reports
        .iter()
        .flat_map(|r| r.diagnostics.iter().cloned())
        .collect();
    context.report(&diagnostics);
    if has_errors(&diagnostics) {
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    let text = baseline::render(reports.iter().map(|r| r.findings.as_slice()));
    crate::edit::write_atomic(path, text.as_bytes(), ReadOnly::Refuse).map_err(|error| {
        let diagnostic = Diagnostic::error(error.message());
        match error.help() {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    })?;
    let count = reports.iter().map(|r| r.findings.len()).sum::<usize>();
    let message = msg!(
        "ci-baseline-written",
        count = count,
        path = path.display().to_string()
    );
    context.print(&format!("{}\n", context.localizer.message(&message)))?;
    Ok(ExitCode::SUCCESS)
}

/// The check engine for `inputs`, with the configured rule levels and
/// languages, leaving out what `baseline` records.
pub fn checker(
    context: &Context,
    inputs: &Inputs,
    baseline: Option<Arc<Baseline>>,
) -> Result<Checker, Failure> {
    let partition = match &inputs.partition {
        Some(text) => Some(Partition::parse(text).ok_or_else(|| {
            Failure(vec![
                Diagnostic::error(msg!("ci-bad-partition", value = text.as_str()))
                    .with_help(msg!("ci-help-partition")),
            ])
        })?),
        None => None,
    };
    let settings = Settings {
        rules: RuleSettings::from_config(&context.config.rules).map_err(Failure)?,
        read: ReadOptions {
            include_fuzzy: inputs.include_fuzzy,
        },
        source_language: context.config.source_language.clone(),
        target_language: context.config.target_language.clone(),
        baseline,
        partition,
    };
    Checker::new(pair_specs(context, inputs)?, settings).map_err(Failure)
}

/// The printer of `format`; `quiet`, `statistics` and `color` change the
/// human one.
pub fn printer<'l>(
    format: OutputFormat,
    quiet: bool,
    statistics: bool,
    color: bool,
    localizer: &'l Localizer,
) -> Box<dyn Printer + 'l> {
    match format {
        OutputFormat::Human if statistics => Box::new(StatisticsPrinter::new(localizer)),
        OutputFormat::Human if quiet => Box::new(HumanPrinter::quiet(localizer)),
        OutputFormat::Human => Box::new(HumanPrinter::new(localizer).colored(color)),
        OutputFormat::Json => Box::new(JsonPrinter::new(localizer)),
        OutputFormat::Sarif => Box::new(SarifPrinter::new(localizer)),
        OutputFormat::Github => Box::new(GithubPrinter::new(localizer)),
        OutputFormat::Gitlab => Box::new(GitlabPrinter::new(localizer)),
        OutputFormat::Junit => Box::new(JunitPrinter::new(localizer)),
    }
}

/// Standard output, written in large blocks (the texts come whole).
fn buffered_stdout() -> std::io::BufWriter<std::io::Stdout> {
    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())
}

/// Prints every report with `printer` on `out` (input problems on stderr as
/// they come); the summary and the problems met.
fn print<W: Write + Send>(
    context: &Context,
    checker: &Checker,
    printer: &dyn Printer,
    mut out: W,
) -> Result<(Summary, Vec<InputProblem>), Failure> {
    let mut summary = Summary::default();
    let mut problems = Vec::new();
    let written =
        printer.begin(&mut out).and_then(|()| {
            checker.run(
                out,
                printer.separator(),
                |reports, text| printer.files(reports, text),
                |report| {
                    report.count(&mut summary);
                    context.report(&report.diagnostics);
                    problems.extend(report.diagnostics.into_iter().map(|diagnostic| {
                        InputProblem {
                            path: report.path.clone(),
                            diagnostic,
                        }
                    }));
                },
            )
        });
    let finished = written.and_then(|mut out| {
        printer.finish(&summary, &problems, &mut out)?;
        out.flush()
    });
    match finished {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error.into()),
        _ => Ok((summary, problems)),
    }
}

/// What to read, each with the glossary to check it against:
/// `--source`/`--target`, else the PO paths, else the configured pairs (whose
/// own `glossary` wins over the top-level one, and `--glossary` over both).
fn pair_specs(context: &Context, args: &Inputs) -> Result<Vec<Pair>, Failure> {
    let mut specs: Vec<PairSpec> = args
        .paths
        .iter()
        .map(|path| PairSpec {
            source: None,
            target: path.clone(),
            format: None,
        })
        .collect();
    match (&args.source, &args.target) {
        (source, Some(target)) => specs.push(PairSpec {
            source: source.clone(),
            target: target.clone(),
            format: None,
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
    let mut with_glossary: Vec<Pair> = specs
        .into_iter()
        .map(|spec| Pair {
            spec,
            glossary: default_glossary.clone(),
        })
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
                    format: pair.format,
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
                Pair { spec, glossary }
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
