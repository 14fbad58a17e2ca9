//! `gloss.toml`: where the glossary is, which languages, which documents to
//! check, and rule settings. Found in the current directory or its ancestors
//! (like ruff and typos); paths inside are relative to the file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml_edit::{Item, TableLike};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Location};
use crate::glossary::did_you_mean;
use crate::i18n::Message;
use crate::msg;
use crate::rules;
use crate::source::SourceFile;
use crate::toml_syntax::SyntaxError;

/// File names searched for, in order, in each directory.
pub const CONFIG_NAMES: [&str; 2] = ["gloss.toml", ".gloss.toml"];

/// The keys of the top level of the file.
const KEYS: [&str; 5] = [
    "glossary",
    "source-language",
    "target-language",
    "pairs",
    "rules",
];

/// The keys of a `[[pairs]]` entry.
const PAIR_KEYS: [&str; 4] = ["source", "target", "glossary", "format"];

/// The project configuration. Unknown keys are errors.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Glossary files or directories (a string or a list).
    pub glossary: Vec<PathBuf>,
    /// Source language of the documents (default: the glossary's).
    pub source_language: Option<String>,
    /// Target language of the documents.
    pub target_language: Option<String>,
    /// Source/target document pairs to check.
    pub pairs: Vec<PairConfig>,
    /// Severity per rule id: `"error"`, `"warning"` or `"off"`.
    pub rules: BTreeMap<String, RuleLevel>,
    /// The directory that relative paths are resolved against.
    pub root: PathBuf,
    /// The file this configuration came from.
    pub path: Option<PathBuf>,
    /// Where each value was written in the file, by key (`glossary`,
    /// `target-language`, `pairs.target`…) and by resolved path, so that
    /// a problem with a value points at its line.
    places: Vec<(Place, Location)>,
}

/// What a place in the configuration file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    /// The value of a top-level key.
    Key(&'static str),
    /// A path, as resolved against the file's directory.
    Path(PathBuf),
}

/// One pair of documents: Fluent files or directories side by side, or a
/// gettext catalogue alone (`target` only, ending in `.po`).
#[derive(Debug, Clone, PartialEq)]
pub struct PairConfig {
    /// The source-language file or directory (absent for a PO catalogue).
    pub source: Option<PathBuf>,
    /// The target-language file or directory.
    pub target: PathBuf,
    /// Glossary files or directories for this pair only, instead of the
    /// top-level `glossary` (e.g. the UI vocabulary for the UI's own files).
    pub glossary: Vec<PathBuf>,
    /// The format of both sides (`"markdown"`, `"xliff"`…), when the file
    /// extensions do not tell it.
    pub format: Option<crate::documents::Format>,
}

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    /// Findings are errors (exit 1).
    Error,
    /// Findings are warnings.
    Warning,
    /// The rule does not run.
    Off,
}

impl RuleLevel {
    /// The level written `name` in the file.
    fn named(name: &str) -> Option<RuleLevel> {
        match name {
            "error" => Some(RuleLevel::Error),
            "warning" => Some(RuleLevel::Warning),
            "off" => Some(RuleLevel::Off),
            _ => None,
        }
    }
}

/// Reads the values of the file, each checked, every problem located.
struct Reader<'f> {
    file: &'f Arc<SourceFile>,
    root: PathBuf,
    diagnostics: Vec<Diagnostic>,
    places: Vec<(Place, Location)>,
}

impl Reader<'_> {
    fn span(&self, table: &dyn TableLike, key: &str, of_key: bool) -> Range<usize> {
        match table.get_key_value(key) {
            Some((k, item)) if of_key => k.span().or_else(|| item.span()),
            Some((k, item)) => item.span().or_else(|| k.span()),
            None => None,
        }
        .unwrap_or(0..0)
    }

    fn error(&mut self, span: Range<usize>, message: Message, help: Option<Message>) {
        let mut diagnostic = Diagnostic::error(message).at(self.file, span);
        diagnostic.help = help;
        self.diagnostics.push(diagnostic);
    }

    fn remember(&mut self, place: Place, span: Range<usize>) {
        let location = Location {
            file: Arc::clone(self.file),
            span,
        };
        self.places.push((place, location));
    }

    fn unknown_key(&mut self, table: &dyn TableLike, key: &str, known: &[&str]) {
        let help = match did_you_mean(key, known) {
            Some(near) => msg!("help-did-you-mean", name = near),
            None => msg!("help-known-keys", keys = known.join(", ")),
        };
        let span = self.span(table, key, true);
        self.error(span, msg!("glossary-unknown-key", key = key), Some(help));
    }

    /// `expected` names the kind for the selector of `glossary-wrong-type`.
    fn wrong_type(&mut self, table: &dyn TableLike, key: &str, expected: &'static str) {
        let span = self.span(table, key, false);
        self.error(
            span,
            msg!("glossary-wrong-type", key = key, expected = expected),
            None,
        );
    }

    fn string(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> Option<String> {
        let value = item.as_str().map(str::to_owned);
        if value.is_none() {
            self.wrong_type(table, key, "string");
        }
        value
    }

    fn path(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> Option<PathBuf> {
        let path = PathBuf::from(self.string(table, key, item)?);
        let span = self.span(table, key, false);
        self.remember(Place::Path(self.root.join(&path)), span);
        Some(path)
    }

    /// A path or a list of paths.
    fn paths(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> Vec<PathBuf> {
        if item.is_str() {
            return self.path(table, key, item).into_iter().collect();
        }
        let Some(array) = item.as_array() else {
            self.wrong_type(table, key, "paths");
            return Vec::new();
        };
        let mut paths = Vec::new();
        for value in array.iter() {
            let span = value.span().unwrap_or(0..0);
            match value.as_str() {
                Some(text) => {
                    self.remember(Place::Path(self.root.join(text)), span);
                    paths.push(PathBuf::from(text));
                }
                None => self.error(
                    span,
                    msg!("glossary-wrong-type", key = key, expected = "paths"),
                    None,
                ),
            }
        }
        paths
    }

    fn language(
        &mut self,
        table: &dyn TableLike,
        key: &'static str,
        item: &Item,
    ) -> Option<String> {
        let tag = self.string(table, key, item)?;
        let span = self.span(table, key, false);
        if tag.parse::<LanguageIdentifier>().is_err() {
            self.error(
                span,
                msg!("glossary-bad-language", tag = tag),
                Some(msg!("help-language-tag")),
            );
            return None;
        }
        self.remember(Place::Key(key), span);
        Some(tag)
    }

    fn format(
        &mut self,
        table: &dyn TableLike,
        key: &str,
        item: &Item,
    ) -> Option<crate::documents::Format> {
        let name = self.string(table, key, item)?;
        let format = crate::documents::Format::named(&name);
        if format.is_none() {
            let span = self.span(table, key, false);
            let known: Vec<&str> = crate::documents::Format::ALL
                .iter()
                .map(|format| format.name())
                .collect();
            self.error(
                span,
                msg!("config-bad-format", value = name),
                Some(msg!("help-formats", formats = known.join(", "))),
            );
        }
        format
    }

    fn pairs(&mut self, root: &dyn TableLike, item: &Item) -> Vec<PairConfig> {
        let Some(tables) = item.as_array_of_tables() else {
            self.wrong_type(root, "pairs", "pairs");
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for table in tables.iter() {
            let mut pair = PairConfig {
                source: None,
                target: PathBuf::new(),
                glossary: Vec::new(),
                format: None,
            };
            let mut target = None;
            for (key, item) in table.iter() {
                match key {
                    "source" => pair.source = self.path(table, key, item),
                    "target" => target = self.path(table, key, item),
                    "glossary" => pair.glossary = self.paths(table, key, item),
                    "format" => pair.format = self.format(table, key, item),
                    _ => self.unknown_key(table, key, &PAIR_KEYS),
                }
            }
            match target {
                Some(target) => {
                    pair.target = target;
                    pairs.push(pair);
                }
                None => {
                    let span = table.span().unwrap_or(0..0);
                    self.error(
                        span,
                        msg!("config-pair-without-target"),
                        Some(msg!("help-pair-target")),
                    );
                }
            }
        }
        pairs
    }

    fn rules(&mut self, root: &dyn TableLike, item: &Item) -> BTreeMap<String, RuleLevel> {
        let Some(table) = item.as_table_like() else {
            self.wrong_type(root, "rules", "table");
            return BTreeMap::new();
        };
        let known: Vec<&str> = rules::RULES.iter().map(|rule| rule.id).collect();
        let mut levels = BTreeMap::new();
        for (id, item) in table.iter() {
            if rules::rule(id).is_none() {
                let help = match did_you_mean(id, &known) {
                    Some(near) => msg!("help-did-you-mean", name = near),
                    None => msg!("help-known-rules", rules = known.join(", ")),
                };
                let span = self.span(table, id, true);
                self.error(span, msg!("config-unknown-rule", rule = id), Some(help));
                continue;
            }
            let Some(name) = self.string(table, id, item) else {
                continue;
            };
            match RuleLevel::named(&name) {
                Some(level) => {
                    levels.insert(id.to_owned(), level);
                }
                None => {
                    let span = self.span(table, id, false);
                    self.error(
                        span,
                        msg!("config-bad-level", value = name, rule = id),
                        Some(msg!("help-rule-levels")),
                    );
                }
            }
        }
        levels
    }
}

/// The nearest `gloss.toml` or `.gloss.toml` in `start` or its ancestors.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

impl Config {
    /// Reads a configuration file; every problem is reported, each with the
    /// file, line and column.
    pub fn read(path: &Path) -> Result<Config, Vec<Diagnostic>> {
        let file = Arc::new(SourceFile::read(path).map_err(|error| vec![error.into()])?);
        let document = toml_edit::Document::parse(file.text.as_str()).map_err(|error| {
            let syntax = SyntaxError::new(&file.text, error.message(), error.span());
            vec![syntax.diagnostic(&file)]
        })?;
        let root = path.parent().map(Path::to_owned).unwrap_or_default();
        let mut reader = Reader {
            file: &file,
            root: root.clone(),
            diagnostics: Vec::new(),
            places: Vec::new(),
        };
        let mut config = Config::default();
        let table = document.as_table();
        for (key, item) in table.iter() {
            match key {
                "glossary" => config.glossary = reader.paths(table, key, item),
                "source-language" => {
                    config.source_language = reader.language(table, "source-language", item);
                }
                "target-language" => {
                    config.target_language = reader.language(table, "target-language", item);
                }
                "pairs" => config.pairs = reader.pairs(table, item),
                "rules" => config.rules = reader.rules(table, item),
                _ => reader.unknown_key(table, key, &KEYS),
            }
        }
        if !reader.diagnostics.is_empty() {
            return Err(reader.diagnostics);
        }
        config.places = reader.places;
        config.root = root;
        config.path = Some(path.to_owned());
        Ok(config)
    }

    /// Where the file writes `key` (`source-language`, `target-language`).
    pub fn location_of_key(&self, key: &str) -> Option<&Location> {
        self.places
            .iter()
            .find(|(place, _)| *place == Place::Key(key_name(key)))
            .map(|(_, location)| location)
    }

    /// Where the file writes `path` (as the commands see it: resolved
    /// against the file's directory), so that an error about a configured
    /// path points at its line.
    pub fn location_of_path(&self, path: &Path) -> Option<&Location> {
        self.places
            .iter()
            .find(|(place, _)| matches!(place, Place::Path(p) if p == path))
            .map(|(_, location)| location)
    }

    /// The configuration in force for `cwd`: an explicit file, else the
    /// nearest one found, else the defaults rooted at `cwd`. Relative paths
    /// stay relative to `cwd` (`../glossary`), so messages show short paths.
    pub fn resolve(explicit: Option<&Path>, cwd: &Path) -> Result<Config, Vec<Diagnostic>> {
        match explicit.map(Path::to_owned).or_else(|| discover(cwd)) {
            Some(path) => {
                let mut config = Config::read(&path)?;
                let root = relative_to(&config.root, cwd);
                for (place, _) in &mut config.places {
                    if let Place::Path(resolved) = place
                        && let Ok(rest) = resolved.strip_prefix(&config.root)
                    {
                        *resolved = root.join(rest);
                    }
                }
                config.root = root;
                Ok(config)
            }
            None => Ok(Config::default()),
        }
    }

    /// A path from the file, resolved against its directory.
    pub fn resolve_path(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_owned()
        } else {
            self.root.join(path)
        }
    }

    /// The glossary paths: the configured ones, else `glossary/`.
    pub fn glossary_paths(&self) -> Vec<PathBuf> {
        if self.glossary.is_empty() {
            vec![self.root.join("glossary")]
        } else {
            self.glossary.iter().map(|p| self.resolve_path(p)).collect()
        }
    }
}

/// The `'static` name of a top-level key.
fn key_name(key: &str) -> &'static str {
    KEYS.iter()
        .find(|known| **known == key)
        .copied()
        .unwrap_or("")
}

/// `dir` as seen from `cwd` when `dir` is `cwd` or one of its ancestors
/// (`""`, `..`, `../..`), else `dir` unchanged.
fn relative_to(dir: &Path, cwd: &Path) -> PathBuf {
    let absolute = if dir.is_absolute() {
        dir.to_owned()
    } else {
        cwd.join(dir)
    };
    match cwd.strip_prefix(&absolute) {
        Ok(rest) => rest.components().map(|_| "..").collect(),
        Err(_) => dir.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gloss.toml");
        std::fs::write(&path, "glossary = \"g\"\ntarget-langage = \"fr\"\n").unwrap();
        let errors = Config::read(&path).unwrap_err();
        let location = errors[0].location.clone().expect("located");
        assert_eq!(location.line_column(), (2, 1));
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".gloss.toml"),
            "glossary = [\"a\", \"b\"]\n",
        )
        .unwrap();
        let nested = dir.path().join("x/y");
        std::fs::create_dir_all(&nested).unwrap();
        let config = Config::resolve(None, &nested).unwrap();
        assert_eq!(
            config.glossary_paths(),
            vec![PathBuf::from("../../a"), PathBuf::from("../../b")]
        );
    }
}
