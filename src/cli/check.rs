//! `gloss check`: parses the arguments, runs the [`Checker`] and prints its
//! reports (human or JSON).
//!
//! Exit codes: 0 when no finding is at error severity, 1 otherwise, 2 when
//! an input could not be read whole (a missing file, a syntax error) or
//! nothing could be checked (no glossary).

use std::io::Write;

use anstream::ColorChoice;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_ERROR, EXIT_FINDINGS, Failure};
use crate::checker::{Checker, Pair, Settings};
use crate::diagnostic::{Diagnostic, Severity};
use crate::documents::{PairSpec, ReadOptions};
use crate::findings::Summary;
use crate::msg;
use crate::printers::human::HumanPrinter;
use crate::printers::json::JsonPrinter;
use crate::printers::{InputProblem, Printer};
use crate::rules::RuleSettings;

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

/// Runs the check: builds the [`Checker`] and prints its reports as they come.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let settings = Settings {
        rules: RuleSettings::from_config(&context.config.rules).map_err(Failure)?,
        read: ReadOptions {
            include_fuzzy: args.include_fuzzy,
        },
        source_language: context.config.source_language.clone(),
        target_language: context.config.target_language.clone(),
    };
    let checker = Checker::new(pair_specs(context, &args)?, settings).map_err(Failure)?;
    let (summary, problems) = match args.format {
        OutputFormat::Json => print(
            context,
            &checker,
            &JsonPrinter::new(&context.localizer),
            buffered_stdout(),
        )?,
        OutputFormat::Human => {
            let color = anstream::AutoStream::choice(&std::io::stdout()) != ColorChoice::Never;
            let printer = HumanPrinter::new(&context.localizer).colored(color);
            print(context, &checker, &printer, buffered_stdout())?
        }
    };
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
fn pair_specs(context: &Context, args: &Args) -> Result<Vec<Pair>, Failure> {
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
