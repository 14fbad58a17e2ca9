//! `gloss manpage`: the man page gloss(1), in roff, generated from the
//! command tree (clap_mangen) in the interface language, on stdout.

use std::process::ExitCode;

use super::{CommandResult, Context, localized_command};

/// Arguments of `gloss manpage`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Prints the man page.
pub fn run(context: &Context, _args: Args) -> CommandResult {
    let command = localized_command(&context.localizer);
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    context.print(&String::from_utf8_lossy(&page))?;
    Ok(ExitCode::SUCCESS)
}
