//! `gloss import FORMAT FILE`: merges a TBX or CSV file into the glossary.
//! New concepts are appended, identical ones left, different ones reported
//! as conflicts and left as they are unless `--overwrite`.
//!
//! `gloss import fluent FILE --lang fr` brings the preferred forms and
//! genders changed in a file written by `gloss export fluent` back into the
//! TOML, through the same editing session (validated, atomic, comments kept).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::editing::{self, report_some};
use super::{CommandResult, Context, EXIT_FINDINGS, Failure};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::edit::{Assignment, Op};
use crate::exchange::csv::CsvOptions;
use crate::exchange::fluent::Change;
use crate::exchange::{self, Imported, SkippedLanguages, merge};
use crate::glossary::{EntryField, Glossary, same_language};
use crate::glossary_diff::human::render_changes;
use crate::msg;
use crate::source::SourceFile;

/// The formats gloss reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// TBX v2 (martif, TBX-Basic) or TBX v3.
    Tbx,
    /// CSV or tab-separated text with a header row.
    Csv,
    /// Fluent terms written by `gloss export fluent` (one language).
    Fluent,
}

/// Arguments of `gloss import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input format.
    #[arg(value_enum, value_name = "FORMAT")]
    format: ImportFormat,
    /// The file to import.
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// Replace concepts that differ from the file's.
    #[arg(long)]
    overwrite: bool,
    /// Glossary file that receives new concepts (default: the first file).
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// CSV field delimiter (default: detected from the header line).
    #[arg(long, value_name = "CHAR")]
    delimiter: Option<char>,
    /// CSV column mapping: a header name of the file and the gloss column it holds.
    #[arg(long = "map", value_name = "NAME=COLUMN")]
    map: Vec<String>,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Files larger than this show a progress bar on a terminal.
const PROGRESS_THRESHOLD: usize = 1 << 20;

/// Reads, merges, validates and writes; exit 1 when conflicts were left.
pub fn run(context: &Context, args: Args) -> CommandResult {
    if args.format != ImportFormat::Csv && (args.delimiter.is_some() || !args.map.is_empty()) {
        return Err(editing::refuse(msg!("import-csv-only")));
    }
    let file = exchange::read_input(&args.input).map_err(Diagnostic::from)?;
    let csv_options = csv_options(&args)?;
    let csv_reader = |file, progress: &mut dyn FnMut(usize)| {
        exchange::csv::read_with(file, &csv_options, progress)
    };
    let reader: &ConceptReader<'_> = match args.format {
        ImportFormat::Tbx => &exchange::tbx::read,
        ImportFormat::Csv => &csv_reader,
        ImportFormat::Fluent => return import_fluent(context, args.write, Arc::new(file)),
    };
    let mut imported = read(context, reader, Arc::new(file))?;
    report_some(context, &imported.warnings);
    let mut session = editing::open(context, args.write)?;
    let skipped = imported.fit_languages(session.glossary());
    report_skipped(context, session.glossary(), &skipped);
    let Imported {
        file,
        concepts,
        carried,
        ..
    } = imported;
    let plan = merge::plan(session.glossary(), concepts, &carried, args.overwrite);
    let target = args
        .file
        .unwrap_or_else(|| session.default_file().to_owned());
    if !plan.added.is_empty() {
        let document = session.document(&target)?;
        for concept in &plan.added {
            document.append_concept(concept);
        }
    }
    for concept in &plan.replaced {
        let holder = editing::file_of(&session, &concept.id)?;
        session.document(&holder)?.replace_concept(concept);
    }
    let conflicts: Vec<Diagnostic> = plan
        .conflicts
        .iter()
        .map(|conflict| conflict_diagnostic(context, &file, conflict))
        .collect();
    report_some(context, &conflicts);
    let summary = msg!(
        "import-summary",
        path = args.input.display().to_string(),
        added = plan.added.len(),
        replaced = plan.replaced.len(),
        unchanged = plan.unchanged,
        conflicts = plan.conflicts.len()
    );
    let clean = plan.conflicts.is_empty();
    drop(plan);
    let committed = editing::commit_edits(context, session)?;
    report_some(context, &committed.new_warnings);
    let mut out = format!("{}\n", context.localizer.message(&summary));
    for path in &committed.written {
        let line = msg!("import-written", path = path.display().to_string());
        out += &format!("{}\n", context.localizer.message(&line));
    }
    context.print(&out)?;
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}

/// Applies the changed preferred forms and genders of a Fluent terms file.
fn import_fluent(
    context: &Context,
    write: editing::WriteArgs,
    file: Arc<SourceFile>,
) -> CommandResult {
    let mut session = editing::open(context, write)?;
    let lang = super::export::terms_language(context, session.glossary())?;
    let imported = exchange::fluent::import(session.glossary(), &lang, &file);
    if has_errors(&imported.diagnostics) {
        return Err(Failure(imported.diagnostics));
    }
    report_some(context, &imported.diagnostics);
    let (mut terms, mut genders) = (0, 0);
    for change in &imported.changes {
        let (field, value) = match &change.change {
            Change::Term(term) => (EntryField::Term, term.clone()),
            Change::Gender(gender) => (EntryField::Gender, gender.as_str().to_owned()),
        };
        let tag = session
            .glossary()
            .concept(&change.id)
            .and_then(|concept| {
                concept
                    .languages
                    .keys()
                    .find(|tag| same_language(tag, &lang))
            })
            .cloned()
            .unwrap_or_else(|| lang.clone());
        let assignment = Assignment {
            lang: Some(tag),
            field,
            op: Op::Set,
            value,
        };
        editing::assign(&mut session, &change.id, std::slice::from_ref(&assignment))?;
        match field {
            EntryField::Term => terms += 1,
            _ => genders += 1,
        }
    }
    let committed = editing::commit_edits(context, session)?;
    report_some(context, &committed.new_warnings);
    let summary = msg!(
        "import-fluent-summary",
        path = file.path.display().to_string(),
        terms = terms,
        genders = genders
    );
    let mut out = format!("{}\n", context.localizer.message(&summary));
    for path in &committed.written {
        let line = msg!("import-written", path = path.display().to_string());
        out += &format!("{}\n", context.localizer.message(&line));
    }
    context.print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Parses the file, with a progress bar for large files on a terminal.
/// A reader of concepts from an exchange file, reporting its progress.
type ConceptReader<'a> =
    dyn Fn(Arc<SourceFile>, &mut dyn FnMut(usize)) -> Result<Imported, Vec<Diagnostic>> + 'a;

fn read(
    context: &Context,
    reader: &ConceptReader<'_>,
    file: Arc<SourceFile>,
) -> Result<Imported, Failure> {
    let total = file.text.len();
    let bar = if total >= PROGRESS_THRESHOLD && std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{msg} {wide_bar} {bytes}/{total_bytes}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(context.localizer.message(&msg!(
        "import-reading",
        path = file.path.display().to_string()
    )));
    let mut progress = |done: usize| bar.set_position(done as u64);
    let result = reader(file, &mut progress);
    bar.finish_and_clear();
    result.map_err(Failure)
}

/// A conflict for people: which concept, what differs (the glossary's value
/// first, or the earlier row's) and what to do.
fn conflict_diagnostic(
    context: &Context,
    file: &Arc<SourceFile>,
    conflict: &merge::Conflict,
) -> Diagnostic {
    let id = conflict.existing.join(", ");
    let changes = render_changes(&conflict.changes, &context.localizer);
    let diagnostic = match &conflict.earlier {
        Some(earlier) => Diagnostic::warning(msg!(
            "import-conflict-in-file",
            id = id,
            changes = changes.as_str()
        ))
        .with_related(file, earlier.clone(), msg!("import-earlier-row"))
        .with_help(msg!("help-import-conflict-in-file")),
        None if conflict.existing.len() > 1 => {
            Diagnostic::warning(msg!("import-conflict", id = id))
                .with_help(msg!("help-import-ambiguous"))
        }
        None => Diagnostic::warning(msg!(
            "import-conflict-changes",
            id = id,
            changes = changes.as_str()
        ))
        .with_help(msg!("help-import-overwrite")),
    };
    diagnostic.at(file, conflict.span.clone())
}

/// `--delimiter` and `--map` checked and gathered.
fn csv_options(args: &Args) -> Result<CsvOptions, Failure> {
    let delimiter = match args.delimiter {
        None => None,
        Some(delimiter) => Some(
            u8::try_from(delimiter)
                .ok()
                .filter(|d| d.is_ascii() && !matches!(d, b'"' | b'\n' | b'\r'))
                .ok_or_else(|| {
                    editing::refuse(msg!(
                        "export-bad-delimiter",
                        delimiter = delimiter.to_string()
                    ))
                })?,
        ),
    };
    let map = args
        .map
        .iter()
        .map(|text| match text.split_once('=') {
            Some((name, column)) if !name.trim().is_empty() && !column.trim().is_empty() => {
                Ok((name.trim().to_owned(), column.trim().to_owned()))
            }
            _ => Err(Failure::from(
                Diagnostic::error(msg!("import-bad-map", text = text.as_str()))
                    .with_help(msg!("help-import-map")),
            )),
        })
        .collect::<Result<_, _>>()?;
    Ok(CsvOptions { delimiter, map })
}

/// Warns once per language of the file that the glossary does not have.
fn report_skipped(context: &Context, glossary: &Glossary, skipped: &SkippedLanguages) {
    let languages = glossary.languages().join(", ");
    let warnings: Vec<Diagnostic> = skipped
        .iter()
        .map(|(lang, count)| {
            Diagnostic::warning(msg!(
                "import-language-skipped",
                count = *count,
                lang = lang.as_str(),
                languages = languages.as_str()
            ))
            .with_help(msg!("help-import-language-skipped", lang = lang.as_str()))
        })
        .collect();
    report_some(context, &warnings);
}
