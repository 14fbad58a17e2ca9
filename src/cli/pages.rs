//! `gloss pages`: writes the glossary as a static site (or Markdown pages)
//! with its chrome in the interface language (`--lang fr` for French).

use std::path::{Path, PathBuf};
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
    let index = args.out.join(format!("index.{}", format.extension()));
    let shown = match format {
        pages::Format::Html => file_url(&index),
        pages::Format::Markdown => shell_quoted(&index.display().to_string()),
    };
    let summary = msg!(
        "pages-written",
        pages = pages,
        concepts = loaded.glossary.concepts.len(),
        path = shown
    );
    context.print(&format!("{}\n", context.localizer.message(&summary)))?;
    Ok(ExitCode::SUCCESS)
}

/// The `file://` URL of `path` (made absolute, percent-encoded): a browser
/// opens it and a terminal makes it a link, whatever the path holds.
fn file_url(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// `text` as one shell word: as it is when nothing in it is special to a
/// POSIX shell, else in single quotes.
fn shell_quoted(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-._/+,:@%=".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_printed_so_that_they_can_be_pasted() {
        assert_eq!(shell_quoted("site/index.md"), "site/index.md");
        assert_eq!(
            shell_quoted("site publié/index.md"),
            "'site publié/index.md'"
        );
        assert_eq!(shell_quoted("l'index.md"), "'l'\\''index.md'");
        assert!(
            file_url(Path::new("/tmp/site publié/index.html"))
                .ends_with("/tmp/site%20publi%C3%A9/index.html")
        );
    }
}
