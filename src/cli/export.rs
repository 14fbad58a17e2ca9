//! `gloss export FORMAT [-o FILE] [--check]`: the glossary as TBX-Basic,
//! CSV, JSON, or Fluent terms (`-<id> = <preferred form>`) in one language.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, EXIT_FINDINGS, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::edit::{write_atomic, write_diagnostic};
use crate::exchange;
use crate::glossary::{self, Glossary, same_language};
use crate::i18n::{Localizer, Message};
use crate::msg;

/// The formats gloss writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// TBX-Basic v3 (ISO 30042), for CAT tools.
    Tbx,
    /// CSV with a header row.
    Csv,
    /// The glossary model as JSON.
    Json,
    /// Fluent terms of one language (`--lang`), for Fluent projects.
    Fluent,
}

/// Arguments of `gloss export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(value_enum, value_name = "FORMAT")]
    format: ExportFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, visible_alias = "out", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write nothing; exit 1 when the output file differs from what would be written.
    #[arg(long, requires = "output")]
    check: bool,
    /// CSV field delimiter.
    #[arg(long, value_name = "CHAR", default_value_t = ',')]
    delimiter: char,
    /// Start the CSV with a byte-order mark (for Excel).
    #[arg(long)]
    bom: bool,
    /// Replace a read-only output file the user owns.
    #[command(flatten)]
    write: super::editing::WriteArgs,
}

/// Loads the glossary and writes it in the chosen format.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let loaded = glossary::load(&context.glossary_paths());
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    let glossary = &loaded.glossary;
    let mut written = glossary.concepts.len();
    let mut text = match args.format {
        ExportFormat::Tbx => exchange::tbx::write(glossary),
        ExportFormat::Csv => {
            let delimiter = u8::try_from(args.delimiter)
                .ok()
                .filter(|d| d.is_ascii() && *d != b'"' && *d != b'\n')
                .ok_or_else(|| {
                    Failure::from(crate::diagnostic::Diagnostic::error(msg!(
                        "export-bad-delimiter",
                        delimiter = args.delimiter.to_string()
                    )))
                })?;
            exchange::csv::write(glossary, delimiter)
        }
        ExportFormat::Json => exchange::to_json(glossary),
        ExportFormat::Fluent => {
            let lang = terms_language(context, glossary)?;
            let header = Localizer::for_locale(&lang).plain("fluent-export-header");
            let exported = exchange::fluent::export(glossary, &lang, &header);
            written = exported.written;
            warn_without_form(context, &lang, &exported.without_form);
            exported.text
        }
    };
    if args.bom && args.format == ExportFormat::Csv {
        text.insert(0, '\u{FEFF}');
    }
    match args.output {
        Some(path) if args.check => {
            let current = std::fs::read(&path).unwrap_or_default();
            let (id, code) = if current == text.as_bytes() {
                ("export-up-to-date", ExitCode::SUCCESS)
            } else {
                ("export-stale", ExitCode::from(EXIT_FINDINGS))
            };
            let message = Message::new(id).arg("path", path.display().to_string());
            context.print(&format!("{}\n", context.localizer.message(&message)))?;
            return Ok(code);
        }
        Some(path) => {
            write_atomic(&path, text.as_bytes(), args.write.read_only())
                .map_err(|error| Failure::from(write_diagnostic(&error)))?;
            let done = msg!(
                "export-written",
                count = written,
                path = path.display().to_string()
            );
            context.print(&format!("{}\n", context.localizer.message(&done)))?;
        }
        None => context.print(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The language of the terms for `export fluent` and `import fluent`:
/// `--lang`, else the configured target language, else the glossary's first
/// language that is not its source language.
pub(super) fn terms_language(context: &Context, glossary: &Glossary) -> Result<String, Failure> {
    let source = glossary.source_language().unwrap_or_default();
    context
        .lang
        .clone()
        .or_else(|| context.config.target_language.clone())
        .or_else(|| {
            glossary
                .languages()
                .into_iter()
                .find(|tag| !same_language(tag, &source))
        })
        .ok_or_else(|| {
            Failure::from(
                Diagnostic::error(msg!("export-no-language")).with_help(msg!("help-export-lang")),
            )
        })
}

/// Warns about the concepts `export fluent` left out for lack of a form in
/// `lang`, naming the first few.
fn warn_without_form(context: &Context, lang: &str, ids: &[String]) {
    const NAMED: usize = 5;
    if ids.is_empty() {
        return;
    }
    let mut named = ids[..ids.len().min(NAMED)].join(", ");
    if ids.len() > NAMED {
        named.push_str(", …");
    }
    let warning = Diagnostic::warning(msg!(
        "export-without-form",
        count = ids.len(),
        lang = lang,
        ids = named
    ))
    .with_help(msg!("help-export-without-form", lang = lang));
    context.report(&[warning]);
}
