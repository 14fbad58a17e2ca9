//! `gloss mv OLD NEW [--rewrite]`: renames a concept's id in place and, with
//! `--rewrite`, its `{ -old }` references in the Fluent files of `gloss.toml`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::editing::{self, file_of, refuse};
use super::{CommandResult, Context, Failure};
use crate::diagnostic::Diagnostic;
use crate::edit::{rewrite_term_references, write_atomic, write_diagnostic};
use crate::glossary::is_fluent_identifier;
use crate::msg;
use crate::source::read_text;

/// Arguments of `gloss mv`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The current id.
    #[arg(value_name = "OLD")]
    old: String,
    /// The new id.
    #[arg(value_name = "NEW")]
    new: String,
    /// Also rewrite the term references in the configured Fluent files.
    #[arg(long)]
    rewrite: bool,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Renames, then rewrites the Fluent references when asked.
pub fn run(context: &Context, args: Args) -> CommandResult {
    if !is_fluent_identifier(&args.new) {
        return Err(refuse(msg!("glossary-bad-id", id = args.new.as_str())));
    }
    let mut session = editing::open(context, args.write)?;
    let file = file_of(&session, &args.old)?;
    if args.old == args.new {
        let same = msg!("edit-mv-same-id", id = args.old.as_str());
        context.print(&format!("{}\n", context.localizer.message(&same)))?;
        return Ok(ExitCode::SUCCESS);
    }
    if session.glossary().concept(&args.new).is_some() {
        return Err(refuse(msg!("edit-id-taken", id = args.new.as_str())));
    }
    session
        .document(&file)?
        .rename_concept(&args.old, &args.new);
    let (old, new) = (args.old.as_str(), args.new.as_str());
    editing::commit(context, session, msg!("edit-renamed", old = old, new = new))?;
    if !args.rewrite {
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = String::new();
    let mut errors = Vec::new();
    for path in fluent_files(context) {
        let text = match read_text(&path) {
            Ok(text) => text,
            Err(error) => {
                errors.push(Diagnostic::from(error));
                continue;
            }
        };
        let (rewritten, count) = rewrite_term_references(&text, old, new);
        if count == 0 {
            continue;
        }
        if let Err(error) = write_atomic(&path, rewritten.as_bytes(), args.write.read_only()) {
            errors.push(write_diagnostic(&error));
            continue;
        }
        out += &context.localizer.message(&msg!(
            "edit-references-rewritten",
            count = count,
            path = path.display().to_string()
        ));
        out.push('\n');
    }
    context.print(&out)?;
    if errors.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure(errors))
    }
}

/// The `.ftl` files of the configured document pairs, sorted, each once.
fn fluent_files(context: &Context) -> Vec<PathBuf> {
    let config = &context.config;
    let mut files = Vec::new();
    for pair in &config.pairs {
        for path in pair.source.iter().chain([&pair.target]) {
            collect_ftl(&config.resolve_path(path), &mut files);
        }
    }
    files.sort();
    files.dedup();
    files
}

fn collect_ftl(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            collect_ftl(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "ftl") {
        out.push(path.to_owned());
    }
}
