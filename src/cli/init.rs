//! `gloss init [PATH]`: writes the header of a new, empty glossary
//! (languages, source language, title) for `add` and `import` to fill.
//! An existing file is never overwritten.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use toml_edit::{Array, DocumentMut, Item, Table, value};

use super::editing::{WriteArgs, refuse};
use super::{CommandResult, Context, Failure};
use crate::diagnostic::Diagnostic;
use crate::edit::{is_language_tag, write_atomic, write_diagnostic};
use crate::msg;

/// Arguments of `gloss init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The glossary file to create (default: the configured glossary).
    #[arg(value_name = "PATH")]
    path: Option<PathBuf>,
    /// The glossary's languages, comma-separated.
    #[arg(long, value_name = "TAGS", value_delimiter = ',')]
    languages: Vec<String>,
    /// The default source language of `check`.
    #[arg(long, value_name = "TAG")]
    source_language: Option<String>,
    /// The title shown on the published pages.
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
}

/// Writes the header, refusing an existing file.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let path = match args.path {
        Some(path) => file_for(&path),
        None => match context.glossary_paths().first() {
            Some(path) => file_for(path),
            None => PathBuf::from("glossary.toml"),
        },
    };
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Failure::from(
            Diagnostic::error(msg!("init-exists", path = path.display().to_string()))
                .with_help(msg!("help-init-exists")),
        ));
    }
    let config = &context.config;
    let languages = if args.languages.is_empty() {
        let configured = [&config.source_language, &config.target_language];
        let mut languages: Vec<String> = configured.into_iter().flatten().cloned().collect();
        if languages.len() < 2 {
            languages = vec!["en".to_owned(), "fr".to_owned()];
        }
        languages
    } else {
        args.languages
            .iter()
            .map(|tag| tag.trim().to_owned())
            .collect()
    };
    let source = args
        .source_language
        .or_else(|| config.source_language.clone())
        .unwrap_or_else(|| languages[0].clone());
    for tag in languages.iter().chain([&source]) {
        if !is_language_tag(tag) {
            return Err(Failure::from(
                Diagnostic::error(msg!("glossary-bad-language", tag = tag.as_str()))
                    .with_help(msg!("help-language-tag")),
            ));
        }
    }
    if !languages.contains(&source) {
        return Err(refuse(msg!(
            "init-source-not-declared",
            lang = source.as_str(),
            languages = languages.join(", ")
        )));
    }
    let text = header(args.title.as_deref(), &languages, &source);
    let written = write_atomic(&path, text.as_bytes(), WriteArgs::default().read_only())
        .map_err(|error| Failure::from(write_diagnostic(&error)))?;
    let done = msg!("init-written", path = written.display().to_string());
    context.print(&format!("{}\n", context.localizer.message(&done)))?;
    Ok(ExitCode::SUCCESS)
}

/// The file to create for `path`: itself when it names a `.toml` file, else
/// `glossary.toml` inside it (a glossary directory).
fn file_for(path: &Path) -> PathBuf {
    if path.extension().is_some_and(|e| e == "toml") {
        path.to_owned()
    } else {
        path.join("glossary.toml")
    }
}

/// The text of a new glossary: its `[glossary]` header and an empty
/// `[terms]` table.
fn header(title: Option<&str>, languages: &[String], source: &str) -> String {
    let mut document = DocumentMut::new();
    let mut table = Table::new();
    if let Some(title) = title {
        table.insert("title", value(title));
    }
    let tags: Array = languages.iter().map(String::as_str).collect();
    table.insert("languages", value(tags));
    table.insert("source-language", value(source));
    document.insert("glossary", Item::Table(table));
    document.insert("terms", Item::Table(Table::new()));
    document.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_a_valid_empty_glossary() {
        let text = header(
            Some("Soins \"des plaies\""),
            &["en".into(), "fr".into()],
            "en",
        );
        let loaded = crate::glossary::load_str(Path::new("g.toml"), &text);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(
            loaded.glossary.header.title.as_deref(),
            Some("Soins \"des plaies\"")
        );
        assert_eq!(loaded.glossary.header.languages, ["en", "fr"]);
        assert!(text.contains("[terms]"));
    }
}
