//! `gloss.toml`: where the glossary is, which languages, which documents to
//! check, and rule settings. Found in the current directory or its ancestors
//! (like ruff and typos); paths inside are relative to the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Deserializer};

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// File names searched for, in order, in each directory.
pub const CONFIG_NAMES: [&str; 2] = ["gloss.toml", ".gloss.toml"];

/// The project configuration. Unknown keys are errors.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// Glossary files or directories (a string or a list).
    #[serde(default, deserialize_with = "one_or_many")]
    pub glossary: Vec<PathBuf>,
    /// Source language of the documents (default: the glossary's).
    pub source_language: Option<String>,
    /// Target language of the documents.
    pub target_language: Option<String>,
    /// Source/target document pairs to check.
    #[serde(default)]
    pub pairs: Vec<PairConfig>,
    /// Severity per rule id: `"error"`, `"warning"` or `"off"`.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleLevel>,
    /// The directory that relative paths are resolved against.
    #[serde(skip)]
    pub root: PathBuf,
    /// The file this configuration came from.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// One pair of documents: Fluent files or directories side by side, or a
/// gettext catalogue alone (`target` only, ending in `.po`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PairConfig {
    /// The source-language file or directory (absent for a PO catalogue).
    pub source: Option<PathBuf>,
    /// The target-language file or directory.
    pub target: PathBuf,
    /// Glossary files or directories for this pair only, instead of the
    /// top-level `glossary` (e.g. the UI vocabulary for the UI's own files).
    #[serde(default, deserialize_with = "one_or_many")]
    pub glossary: Vec<PathBuf>,
    /// The format of both sides (`"markdown"`, `"xliff"`…), when the file
    /// extensions do not tell it.
    pub format: Option<crate::documents::Format>,
}

/// A rule's configured level.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RuleLevel {
    /// Findings are errors (exit 1).
    Error,
    /// Findings are warnings.
    Warning,
    /// The rule does not run.
    Off,
}

fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<PathBuf>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(PathBuf),
        Many(Vec<PathBuf>),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(path) => vec![path],
        OneOrMany::Many(paths) => paths,
    })
}

/// The nearest `gloss.toml` or `.gloss.toml` in `start` or its ancestors.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

impl Config {
    /// Reads a configuration file; errors carry the file, line and column.
    pub fn read(path: &Path) -> Result<Config, Diagnostic> {
        let file = Arc::new(SourceFile::read(path)?);
        let mut config: Config = toml::from_str(&file.text).map_err(|error| {
            let reason = error.message().trim().to_owned();
            let diagnostic = Diagnostic::error(msg!("config-invalid", reason = reason))
                .with_help(msg!("help-config"));
            match error.span() {
                Some(span) => diagnostic.at(&file, span),
                None => diagnostic,
            }
        })?;
        config.root = path.parent().map(Path::to_owned).unwrap_or_default();
        config.path = Some(path.to_owned());
        Ok(config)
    }

    /// The configuration in force for `cwd`: an explicit file, else the
    /// nearest one found, else the defaults rooted at `cwd`. Relative paths
    /// stay relative to `cwd` (`../glossary`), so messages show short paths.
    pub fn resolve(explicit: Option<&Path>, cwd: &Path) -> Result<Config, Diagnostic> {
        match explicit.map(Path::to_owned).or_else(|| discover(cwd)) {
            Some(path) => {
                let mut config = Config::read(&path)?;
                config.root = relative_to(&config.root, cwd);
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
        let error = Config::read(&path).unwrap_err();
        let location = error.location.expect("located");
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
