//! `gloss pages`: writes the glossary as a static site (or Markdown pages)
//! with its chrome in the interface language (`--lang fr` for French).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CommandResult, Context, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::msg;
use crate::pages;

/// Output formats of `gloss pages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A static HTML site with an offline search.
    Html,
    /// Markdown pages for wikis.
    Markdown,
}

/// Arguments of `gloss pages`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory to write the site into.
    #[arg(long, default_value = "site", value_name = "DIR")]
    out: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Html, value_name = "FORMAT")]
    format: Format,
}

/// Loads the glossary and writes its pages.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let loaded = crate::glossary::load(&context.glossary_paths());
    if has_errors(&loaded.diagnostics) {
        return Err(Failure(loaded.diagnostics));
    }
    let format = match args.format {
        Format::Html => pages::Format::Html,
        Format::Markdown => pages::Format::Markdown,
    };
    let files = pages::render(&loaded.glossary, &context.localizer, format);
    pages::write(&args.out, &files).map_err(|error| {
        Diagnostic::error(msg!(
            "pages-cannot-write",
            path = args.out.display().to_string(),
            reason = crate::source::io_reason(&error)
        ))
    })?;
    let pages = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == format.extension()))
        .count();
    let summary = msg!(
        "pages-written",
        pages = pages,
        concepts = loaded.glossary.concepts.len(),
        path = args
            .out
            .join(format!("index.{}", format.extension()))
            .display()
            .to_string()
    );
    context.print(&format!("{}\n", context.localizer.message(&summary)))?;
    Ok(ExitCode::SUCCESS)
}
