//! `gloss completions <SHELL>`: the shell completion script, generated
//! from the command tree (clap_complete), on stdout.

use std::process::ExitCode;

use clap_complete::Shell;

use super::{CommandResult, Context, localized_command};

/// Arguments of `gloss completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum, value_name = "SHELL")]
    shell: Shell,
}

/// Prints the completion script.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let mut command = localized_command(&context.localizer);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "gloss", &mut script);
    context.print(&String::from_utf8_lossy(&script))?;
    Ok(ExitCode::SUCCESS)
}
