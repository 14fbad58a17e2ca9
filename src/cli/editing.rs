//! What the editing commands share: opening the configured glossary for
//! editing, turning refusals into failures, reporting what was written.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use super::{CommandResult, Context, Failure};
use crate::diagnostic::{Diagnostic, Location};
use crate::edit::{
    AssignError, Assignment, Committed, EditError, ReadOnly, Session, is_language_tag,
};
use crate::glossary::did_you_mean;
use crate::i18n::{Localizer, Message};
use crate::msg;
use crate::source::SourceFile;

/// How many warnings of one kind are printed before a count of the rest.
pub const WARNING_LIMIT: usize = 20;

impl From<EditError> for Failure {
    fn from(error: EditError) -> Self {
        Failure(error.into_diagnostics())
    }
}

/// The option every command that writes a user's file shares.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct WriteArgs {
    /// Replace read-only files the user owns.
    #[arg(long)]
    force: bool,
}

impl WriteArgs {
    /// Whether read-only files may be replaced.
    pub fn read_only(self) -> ReadOnly {
        if self.force {
            ReadOnly::Force
        } else {
            ReadOnly::Refuse
        }
    }
}

/// Opens the glossary in force for editing, under its lock.
pub fn open(context: &Context, write: WriteArgs) -> Result<Session, Failure> {
    Ok(Session::open(&context.glossary_paths(), write.read_only())?)
}

/// The file holding concept `id`, or a failure naming the nearest id.
pub fn file_of(session: &Session, id: &str) -> Result<PathBuf, Failure> {
    session.file_of(id).ok_or_else(|| {
        let ids: Vec<&str> = session
            .glossary()
            .concepts
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let diagnostic = Diagnostic::error(msg!("edit-unknown-id", id = id));
        Failure::from(match did_you_mean(id, &ids) {
            Some(near) => diagnostic.with_help(msg!("help-did-you-mean", name = near)),
            None => diagnostic,
        })
    })
}

/// A refusal with a message and no location.
pub fn refuse(message: Message) -> Failure {
    Failure::from(Diagnostic::error(message))
}

/// Applies `assignments` to concept `id` in the file that holds it, in
/// order; the first that cannot be applied is the failure.
pub fn assign(session: &mut Session, id: &str, assignments: &[Assignment]) -> Result<(), Failure> {
    let file = file_of(session, id)?;
    let document = session.document(&file)?;
    for assignment in assignments {
        document
            .assign(id, assignment)
            .map_err(|error| assign_failure(id, &assignment.path(), error))?;
    }
    Ok(())
}

/// Explains why a `set`-style assignment could not be applied.
fn assign_failure(id: &str, path: &str, error: AssignError) -> Failure {
    let diagnostic = match error {
        AssignError::NoConcept => Diagnostic::error(msg!("edit-unknown-id", id = id)),
        AssignError::NoEntry => {
            let lang = path.split('.').next().unwrap_or(path);
            Diagnostic::error(msg!("edit-no-entry", id = id, lang = lang))
                .with_help(msg!("help-edit-no-entry", lang = lang))
        }
        AssignError::NotInList { present } => Diagnostic::error(msg!(
            "edit-not-in-list",
            field = path,
            present = present.join(", ")
        )),
        AssignError::Unsupported => {
            Diagnostic::error(msg!("edit-unsupported", id = id, field = path))
        }
    };
    Failure::from(diagnostic)
}

/// Commits the session. When the edit is refused because the glossary would
/// become invalid, the errors point into text that was not written: their
/// files are named as the edited versions, so that no location seems to be
/// a line on disk.
pub fn commit_edits(context: &Context, session: Session) -> Result<Committed, Failure> {
    match session.commit() {
        Ok(committed) => Ok(committed),
        Err(EditError::WouldBeInvalid { errors, edited }) => {
            let mut renamed: HashMap<PathBuf, Arc<SourceFile>> = HashMap::new();
            let mut rename = |location: &mut Location| {
                if !edited.contains(&location.file.path) {
                    return;
                }
                let file = renamed
                    .entry(location.file.path.clone())
                    .or_insert_with(|| {
                        let label = msg!(
                            "edit-unwritten-file",
                            path = location.file.path.display().to_string()
                        );
                        let label = context.localizer.message(&label);
                        Arc::new(SourceFile::new(label, location.file.text.clone()))
                    });
                location.file = Arc::clone(file);
            };
            let mut diagnostics = vec![Diagnostic::error(msg!("edit-would-be-invalid"))];
            for mut diagnostic in errors {
                if let Some(location) = diagnostic.location.as_mut() {
                    rename(location);
                }
                for (location, _) in &mut diagnostic.related {
                    rename(location);
                }
                diagnostics.push(diagnostic);
            }
            Err(Failure(diagnostics))
        }
        Err(error) => Err(error.into()),
    }
}

/// Prints up to [`WARNING_LIMIT`] diagnostics and a count of the others.
pub fn report_some(context: &Context, diagnostics: &[Diagnostic]) {
    context.report(&diagnostics[..diagnostics.len().min(WARNING_LIMIT)]);
    if diagnostics.len() > WARNING_LIMIT {
        let more = msg!(
            "edit-more-warnings",
            count = diagnostics.len() - WARNING_LIMIT
        );
        context.report(&[Diagnostic::warning(more)]);
    }
}

/// Commits the session, then prints the new warnings and `done` once per
/// written file, given the file as `$path`.
pub fn commit(context: &Context, session: Session, done: Message) -> CommandResult {
    let committed = commit_edits(context, session)?;
    report_some(context, &committed.new_warnings);
    let mut out = String::new();
    for path in &committed.written {
        let line = done.clone().arg("path", path.display().to_string());
        out += &context.localizer.message(&line);
        out.push('\n');
    }
    if committed.written.is_empty() {
        out += &context.localizer.plain("edit-nothing-to-do");
        out.push('\n');
    }
    context.print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The command line of an edit as a source file that diagnostics can point
/// into (`gloss set ID ARG…`), and the place of each of `values` in it.
pub fn command_line(
    localizer: &Localizer,
    command: &str,
    id: &str,
    values: &[String],
) -> (Arc<SourceFile>, Vec<Range<usize>>) {
    let mut text = format!("gloss {command} {id}");
    let mut spans = Vec::with_capacity(values.len());
    for value in values {
        text.push(' ');
        spans.push(text.len()..text.len() + value.len());
        text.push_str(value);
    }
    let origin = localizer.plain("edit-command-line");
    (Arc::new(SourceFile::new(origin, text)), spans)
}

/// Parses `LANG=FORM`.
pub fn lang_form(text: &str) -> Result<(String, String), Failure> {
    match text.split_once('=') {
        Some((lang, form)) if !lang.trim().is_empty() && !form.trim().is_empty() => {
            let lang = lang.trim();
            if !is_language_tag(lang) {
                return Err(Failure::from(
                    Diagnostic::error(msg!("glossary-bad-language", tag = lang))
                        .with_help(msg!("help-language-tag")),
                ));
            }
            Ok((lang.to_owned(), form.trim().to_owned()))
        }
        _ => Err(Failure::from(
            Diagnostic::error(msg!("edit-bad-lang-form", text = text))
                .with_help(msg!("help-edit-lang-form")),
        )),
    }
}
