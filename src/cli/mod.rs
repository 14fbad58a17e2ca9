//! The edge of the program: arguments, configuration, language, colours,
//! exit codes. Commands live in one module each and return an [`ExitCode`].
//!
//! Exit codes: 0 clean, 1 findings (or warnings with `--strict`), 2 failure.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::i18n::Localizer;
use crate::printers::diagnostics;

mod add;
mod align;
mod check;
mod completions;
mod diff;
mod editing;
mod export;
mod fix;
mod forbid;
mod help;
mod import;
mod init;
mod lookup;
mod manpage;
mod mv;
mod pages;
mod rm;
mod rules;
mod set;
mod validate;

pub use help::localized_command;

/// Success, nothing to report.
pub const EXIT_OK: u8 = 0;
/// Findings (or warnings under `--strict`).
pub const EXIT_FINDINGS: u8 = 1;
/// Bad input or failure: nothing could be done.
pub const EXIT_ERROR: u8 = 2;

/// The command line. Help texts come from the Fluent resources (see [`help`]).
#[derive(Debug, Parser)]
#[command(
    name = "gloss",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Interface language (BCP 47 tag or POSIX locale).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// When to use colours.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,
    /// Configuration file instead of the discovered `gloss.toml`.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Glossary file or directory (repeatable), instead of the configured one.
    #[arg(long, global = true, value_name = "PATH")]
    pub glossary: Vec<PathBuf>,
    /// Print help.
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Print the version.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colours on a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate glossary files.
    Validate(validate::Args),
    /// Check translations against the glossary.
    Check(check::Args),
    /// Show how a document pair is paired into segments.
    Align(align::Args),
    /// Apply the fixes of the findings.
    Fix(fix::Args),
    /// List the rules of `check`, or explain one.
    Rules(rules::Args),
    /// Look a term up in either language.
    Lookup(lookup::Args),
    /// Publish the glossary as a static site or Markdown pages.
    Pages(pages::Args),
    /// Create a new, empty glossary.
    Init(init::Args),
    /// Add a concept to the glossary.
    Add(Box<add::Args>),
    /// Change fields of a concept.
    Set(set::Args),
    /// Forbid forms of a concept.
    Forbid(forbid::Args),
    /// Remove a concept.
    Rm(rm::Args),
    /// Rename a concept.
    Mv(mv::Args),
    /// Compare two glossaries.
    Diff(diff::Args),
    /// Write the glossary in an exchange format.
    Export(export::Args),
    /// Merge an exchange file into the glossary.
    Import(import::Args),
    /// Print a shell completion script.
    Completions(completions::Args),
    /// Print the man page.
    Manpage(manpage::Args),
}

/// What every command gets: the language, the configuration and the global flags.
pub struct Context {
    /// Turns messages into text.
    pub localizer: Localizer,
    /// The configuration in force (discovered or defaults).
    pub config: Config,
    /// `--glossary` paths, overriding the configuration.
    pub glossary_override: Vec<PathBuf>,
    /// `--lang` as given: the interface language, and the language of the
    /// terms for `export fluent` and `import fluent`.
    pub lang: Option<String>,
}

impl Context {
    /// The glossary paths in force: `--glossary`, else the configuration's.
    pub fn glossary_paths(&self) -> Vec<PathBuf> {
        if self.glossary_override.is_empty() {
            self.config.glossary_paths()
        } else {
            self.glossary_override.clone()
        }
    }

    /// Prints diagnostics to stderr, rustc-style. A diagnostic about a path
    /// that `gloss.toml` names, without a place of its own, points at the
    /// line of the configuration that names it.
    pub fn report(&self, diagnostics: &[Diagnostic]) {
        let mut stderr = anstream::stderr().lock();
        for diagnostic in diagnostics {
            let located = self.locate_in_config(diagnostic);
            let _ = writeln!(
                stderr,
                "{}",
                diagnostics::render(located.as_ref().unwrap_or(diagnostic), &self.localizer)
            );
        }
    }

    /// `diagnostic` placed at the configuration line that names its path,
    /// when it has no place and its `path` argument is a configured path.
    fn locate_in_config(&self, diagnostic: &Diagnostic) -> Option<Diagnostic> {
        if diagnostic.location.is_some() {
            return None;
        }
        let path = diagnostic
            .message
            .args
            .iter()
            .find_map(|(name, value)| match value {
                crate::i18n::Arg::Text(text) if *name == "path" => Some(text),
                _ => None,
            })?;
        let location = self.config.location_of_path(std::path::Path::new(path))?;
        Some(diagnostic.clone().at(&location.file, location.span.clone()))
    }

    /// Writes text to stdout; a closed pipe is not an error.
    pub fn print(&self, text: &str) -> std::io::Result<()> {
        let mut stdout = anstream::stdout().lock();
        match stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush())
        {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// A command's failure: diagnostics to print, exit code 2.
#[derive(Debug)]
pub struct Failure(pub Vec<Diagnostic>);

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Self {
        Failure(vec![diagnostic])
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(vec![Diagnostic::error(crate::msg!(
            "error-output",
            reason = crate::source::io_reason(&error)
        ))])
    }
}

/// What a command returns.
pub type CommandResult = Result<ExitCode, Failure>;

/// Runs gloss with the process arguments.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let localizer = Localizer::from_environment(help::requested_language(&args).as_deref());
    let matches = match localized_command(&localizer).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return help::report_clap_error(&error, &localizer),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return help::report_clap_error(&error, &localizer),
    };
    if let Some(lang) = cli.lang.as_deref().filter(|lang| !is_locale(lang)) {
        let context = Context {
            localizer,
            config: Config::default(),
            glossary_override: Vec::new(),
            lang: None,
        };
        let error = Diagnostic::error(crate::msg!("lang-bad-tag", lang = lang))
            .with_help(crate::msg!("help-language-tag"));
        context.report(&[error]);
        return ExitCode::from(EXIT_ERROR);
    }
    let choice = match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
    let cwd = std::env::current_dir().unwrap_or_default();
    let config = match Config::resolve(cli.config.as_deref(), &cwd) {
        Ok(config) => config,
        Err(diagnostics) => {
            let context = Context {
                localizer,
                config: Config::default(),
                glossary_override: Vec::new(),
                lang: cli.lang.clone(),
            };
            context.report(&diagnostics);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let context = Context {
        localizer,
        config,
        glossary_override: cli.glossary.clone(),
        lang: cli.lang.clone(),
    };
    let result = match cli.command {
        Command::Validate(args) => validate::run(&context, args),
        Command::Check(args) => check::run(&context, args),
        Command::Fix(args) => fix::run(&context, args),
        Command::Rules(args) => rules::run(&context, args),
        Command::Lookup(args) => lookup::run(&context, args),
        Command::Align(args) => align::run(&context, args),
        Command::Pages(args) => pages::run(&context, args),
        Command::Init(args) => init::run(&context, args),
        Command::Add(args) => add::run(&context, *args),
        Command::Set(args) => set::run(&context, args),
        Command::Forbid(args) => forbid::run(&context, args),
        Command::Rm(args) => rm::run(&context, args),
        Command::Mv(args) => mv::run(&context, args),
        Command::Diff(args) => diff::run(&context, args),
        Command::Export(args) => export::run(&context, args),
        Command::Import(args) => import::run(&context, args),
        Command::Completions(args) => completions::run(&context, args),
        Command::Manpage(args) => manpage::run(&context, args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(diagnostics)) => {
            context.report(&diagnostics);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// True for what `--lang` accepts: a language tag (`fr`, `fr-CA`) or a POSIX
/// locale (`fr_FR.UTF-8`, `C`).
fn is_locale(text: &str) -> bool {
    let tag = text.split(['.', '@']).next().unwrap_or_default();
    matches!(tag, "C" | "POSIX") || crate::edit::is_language_tag(tag)
}

/// Keeps clap's derive and the localised command tree in sync.
fn base_command() -> clap::Command {
    Cli::command()
}
