//! `gloss set ID PATH=VALUE…`: changes fields of a concept in place (syntax
//! in [`crate::edit::Assignment`]).

use super::editing::{self, command_line};
use super::{CommandResult, Context, Failure};
use crate::edit::Assignment;
use crate::msg;

/// Arguments of `gloss set`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term id.
    #[arg(value_name = "ID")]
    id: String,
    /// Assignments: PATH=VALUE, PATH+=VALUE, PATH-=VALUE, PATH=.
    #[arg(value_name = "ASSIGNMENT", required = true)]
    assignments: Vec<String>,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Applies every assignment, or none when one fails.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let (arguments, spans) = command_line(&context.localizer, "set", &args.id, &args.assignments);
    let assignments = spans
        .into_iter()
        .map(|span| Assignment::parse(&arguments, span))
        .collect::<Result<Vec<_>, _>>()
        .map_err(Failure::from)?;
    let mut session = editing::open(context, args.write)?;
    editing::assign(&mut session, &args.id, &assignments)?;
    editing::commit(context, session, msg!("edit-updated", id = args.id))
}
