//! `gloss export FORMAT [-o FILE]`: the glossary as TBX-Basic, CSV or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{CommandResult, Context, Failure};
use crate::diagnostic::has_errors;
use crate::edit::write_atomic;
use crate::exchange;
use crate::glossary;
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
}

/// Arguments of `gloss export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(value_enum, value_name = "FORMAT")]
    format: ExportFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV field delimiter.
    #[arg(long, value_name = "CHAR", default_value_t = ',')]
    delimiter: char,
    /// Start the CSV with a byte-order mark (for Excel).
    #[arg(long)]
    bom: bool,
}

/// Loads the glossary and writes it in the chosen format.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let loaded = glossary::load(&context.glossary_paths());
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    let glossary = &loaded.glossary;
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
    };
    if args.bom && args.format == ExportFormat::Csv {
        text.insert(0, '\u{FEFF}');
    }
    match args.output {
        Some(path) => {
            write_atomic(&path, text.as_bytes())?;
            let done = msg!(
                "export-written",
                count = glossary.concepts.len(),
                path = path.display().to_string()
            );
            context.print(&format!("{}\n", context.localizer.message(&done)))?;
        }
        None => context.print(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}
