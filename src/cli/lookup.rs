//! `gloss lookup QUERY`: finds a term in either language however it is typed.
//! Without a query on a terminal, asks for queries one after the other.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CommandResult, Context, EXIT_FINDINGS, Failure};
use crate::diagnostic::Diagnostic;
use crate::lookup::fold::fold;
use crate::lookup::{self, Index, Options, Outcome, print};
use crate::msg;

/// Output formats of `gloss lookup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// One JSON object for scripts.
    Json,
}

/// Arguments of `gloss lookup`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term to look up; several words need no quotes.
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Match only forms of this language.
    #[arg(long, value_name = "LANG")]
    from: Option<String>,
    /// Also search the definitions.
    #[arg(long)]
    definitions: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAT")]
    format: Format,
    /// Show at most this many concepts (0: all).
    #[arg(long, default_value_t = 10, value_name = "N")]
    limit: usize,
}

/// Runs the lookup (or the interactive loop).
pub fn run(context: &Context, args: Args) -> CommandResult {
    let (index, _) = lookup::open(&context.glossary_paths()).map_err(Failure)?;
    if let Some(tag) = &args.from
        && index.language_bytes(tag).is_empty()
    {
        let known: Vec<&str> = (0..=u8::MAX).map_while(|b| index.language(b)).collect();
        return Err(Diagnostic::error(msg!(
            "lookup-unknown-language",
            lang = tag,
            languages = known.join(", ")
        ))
        .into());
    }
    let options = Options {
        side: args.from.clone(),
        definitions: args.definitions,
        limit: if args.limit == 0 {
            usize::MAX
        } else {
            args.limit
        },
    };
    let queries = if !args.query.is_empty() {
        vec![args.query.join(" ")]
    } else if std::io::stdin().is_terminal() {
        if args.format == Format::Human {
            return interactive(context, &index, &options);
        }
        Vec::new()
    } else {
        piped_queries()?
    };
    if queries.is_empty() {
        return Err(Diagnostic::error(msg!("lookup-missing-query")).into());
    }
    if let Some(empty) = queries.iter().find(|query| fold(query).is_empty()) {
        let echoed: String = empty.chars().take(80).collect();
        return Err(
            Diagnostic::error(msg!("lookup-empty-query", query = echoed))
                .with_help(msg!("help-lookup-empty-query"))
                .into(),
        );
    }
    let mut all_found = true;
    let mut documents = Vec::new();
    for (n, query) in queries.iter().enumerate() {
        let outcome = search(&index, &options, query)?;
        all_found &= !outcome.hits.is_empty();
        match args.format {
            Format::Json => documents.push(print::json(query, &outcome)),
            Format::Human => {
                if n > 0 {
                    context.print("\n")?;
                }
                if queries.len() > 1 {
                    let heading = msg!("lookup-answer-to", query = query.as_str());
                    context.print(&format!("{}\n", context.localizer.message(&heading)))?;
                }
                context.print(&human(context, query, &outcome))?;
            }
        }
    }
    if args.format == Format::Json {
        context.print(&json_document(documents))?;
    }
    Ok(if all_found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}

/// The queries of a pipe or file on standard input: one per line, blank
/// lines skipped.
fn piped_queries() -> Result<Vec<String>, Failure> {
    let mut queries = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let query = line.trim();
        if !query.is_empty() {
            queries.push(query.to_owned());
        }
    }
    Ok(queries)
}

/// One JSON document for any number of answers: the answer itself for one
/// query, an array of answers for several.
fn json_document(mut documents: Vec<String>) -> String {
    if documents.len() == 1 {
        return documents.remove(0);
    }
    let values: Vec<serde_json::Value> = documents
        .iter()
        .filter_map(|text| serde_json::from_str(text).ok())
        .collect();
    let mut text = serde_json::to_string_pretty(&values).unwrap_or_default();
    text.push('\n');
    text
}

/// Looks one query up.
fn search(index: &Index, options: &Options, query: &str) -> Result<Outcome, Failure> {
    lookup::search(index, query, options).map_err(|error| {
        Failure::from(Diagnostic::error(msg!(
            "lookup-damaged-cache",
            reason = error.to_string()
        )))
    })
}

/// The answer to one query for people.
fn human(context: &Context, query: &str, outcome: &Outcome) -> String {
    if outcome.hits.is_empty() {
        print::not_found(query, outcome, &context.localizer)
    } else {
        print::human(outcome, &context.localizer)
    }
}

/// One query per line until an empty line or end of input.
fn interactive(context: &Context, index: &Index, options: &Options) -> CommandResult {
    let prompt = context.localizer.plain("lookup-prompt");
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        context.print(&format!("{prompt} "))?;
        let Some(line) = lines.next().transpose()? else {
            context.print("\n")?;
            break;
        };
        let query = line.trim();
        if query.is_empty() {
            break;
        }
        let outcome = search(index, options, query)?;
        context.print(&human(context, query, &outcome))?;
        context.print("\n")?;
    }
    Ok(ExitCode::SUCCESS)
}
