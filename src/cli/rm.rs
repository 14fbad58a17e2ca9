//! `gloss rm ID`: removes a concept (its table and the comments just above it).

use super::editing::{self, file_of};
use super::{CommandResult, Context};
use crate::msg;

/// Arguments of `gloss rm`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term id.
    #[arg(value_name = "ID")]
    id: String,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Removes the concept.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let mut session = editing::open(context, args.write)?;
    let file = file_of(&session, &args.id)?;
    session.document(&file)?.remove_concept(&args.id);
    editing::commit(context, session, msg!("edit-removed", id = args.id))
}
