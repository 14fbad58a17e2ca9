//! Localised help and argument errors. clap cannot translate its own strings,
//! so every about, argument help and heading is replaced by a Fluent message:
//! `cmd-<command>` for a command, `arg-<command>-<arg>` (or `arg-<arg>` for
//! global arguments) for an argument.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::EXIT_ERROR;
use crate::i18n::{Arg, Localizer};

/// The `--lang` value, read before clap so that help is already localised.
pub fn requested_language(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--lang" {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

/// The message id for an argument's help: the command-specific one if the
/// resources have it, else the global one.
pub fn arg_message_id(localizer: &Localizer, command: &str, arg: &str) -> String {
    let specific = format!("arg-{command}-{arg}");
    if localizer.has(&specific) {
        specific
    } else {
        format!("arg-{arg}")
    }
}

/// The whole command tree with help texts in the localizer's language.
pub fn localized_command(localizer: &Localizer) -> clap::Command {
    localize(super::base_command(), "gloss", localizer)
}

fn localize(command: clap::Command, path: &str, localizer: &Localizer) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
        localizer.plain("help-usage")
    );
    let mut command = command
        .about(localizer.plain(&format!("cmd-{path}")))
        .help_template(template)
        .subcommand_help_heading(localizer.label("help-heading-commands"))
        .subcommand_value_name(localizer.plain("help-value-command"));
    let ids: Vec<(String, bool)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    // `mut_arg` moves an argument to the end; the display order keeps the declared one.
    for (order, (id, positional)) in ids.into_iter().enumerate() {
        let help = localizer.plain(&arg_message_id(localizer, path, &id));
        let heading = localizer.label(if positional {
            "help-heading-arguments"
        } else {
            "help-heading-options"
        });
        command = command.mut_arg(id, |arg| {
            let names: Vec<String> = arg
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|name| value_name(localizer, name.as_str()))
                .collect();
            let arg = if names.is_empty() {
                arg
            } else {
                arg.value_names(names)
            };
            let arg = arg
                .help(help)
                .long_help(None)
                .help_heading(heading)
                .display_order(order);
            if arg.get_action().takes_values() {
                arg.hide_possible_values(true).hide_default_value(true)
            } else {
                arg
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name.clone(), |sub| localize(sub, &name, localizer));
    }
    command
}

/// A placeholder of the help (`FILE`) in the localizer's language
/// (`FICHIER`), from `help-value-<name in lower case>`; as is when there is
/// no such message.
fn value_name(localizer: &Localizer, name: &str) -> String {
    let id = format!(
        "help-value-{}",
        name.to_ascii_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    if localizer.has(&id) {
        localizer.plain(&id)
    } else {
        name.to_owned()
    }
}

/// Prints a clap error in the user's language; help and version go to stdout.
pub fn report_clap_error(error: &clap::Error, localizer: &Localizer) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let (id, args): (&str, Vec<(&str, Arg)>) = match error.kind() {
        ErrorKind::UnknownArgument => (
            "cli-unknown-argument",
            vec![("arg", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::InvalidSubcommand => (
            "cli-unknown-command",
            vec![("command", context(ContextKind::InvalidSubcommand).into())],
        ),
        ErrorKind::InvalidValue => (
            "cli-invalid-value",
            vec![
                ("value", context(ContextKind::InvalidValue).into()),
                ("arg", context(ContextKind::InvalidArg).into()),
                ("valid", context(ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::MissingRequiredArgument => (
            "cli-missing-argument",
            vec![("arg", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            ("cli-missing-command", vec![])
        }
        _ => (
            "cli-error",
            vec![(
                "reason",
                error
                    .render()
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ")
                    .to_owned()
                    .into(),
            )],
        ),
    };
    let level = localizer.label("level-error");
    let text = localizer.text(id, &args);
    let hint = localizer.plain("cli-see-help");
    let mut stderr = anstream::stderr();
    let _ = std::io::Write::write_fmt(&mut stderr, format_args!("{level}: {text}\n\n{hint}\n"));
    ExitCode::from(EXIT_ERROR)
}
