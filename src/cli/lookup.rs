//! `gloss lookup QUERY`: finds a term in either language however it is typed.
//! Without a query on a terminal, asks for queries one after the other.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CommandResult, Context, EXIT_FINDINGS, Failure};
use crate::diagnostic::Diagnostic;
use crate::lookup::{self, Index, Options, print};
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
    /// Show at most this many concepts.
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
        limit: args.limit.max(1),
    };
    if args.query.is_empty() {
        if std::io::stdin().is_terminal() && args.format == Format::Human {
            return interactive(context, &index, &options);
        }
        return Err(Diagnostic::error(msg!("lookup-missing-query")).into());
    }
    let query = args.query.join(" ");
    let found = answer(context, &index, &options, &query, args.format)?;
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}

/// Looks one query up and prints the answer; true when something was found.
fn answer(
    context: &Context,
    index: &Index,
    options: &Options,
    query: &str,
    format: Format,
) -> Result<bool, Failure> {
    let outcome = lookup::search(index, query, options).map_err(|error| {
        Diagnostic::error(msg!("lookup-damaged-cache", reason = error.to_string()))
    })?;
    let text = match format {
        Format::Json => print::json(query, &outcome),
        Format::Human if outcome.hits.is_empty() => {
            print::not_found(query, &outcome, &context.localizer)
        }
        Format::Human => print::human(&outcome, &context.localizer),
    };
    context.print(&text)?;
    Ok(!outcome.hits.is_empty())
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
        answer(context, index, options, query, Format::Human)?;
        context.print("\n")?;
    }
    Ok(ExitCode::SUCCESS)
}
