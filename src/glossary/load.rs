//! Reading glossary files: TOML parsed with spans, walked by hand so that
//! every problem is reported with its place, not only the first.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml_edit::{Item, TableLike};
use unic_langid::LanguageIdentifier;

use super::model::{Concept, EntryField, Gender, Glossary, Header, LangEntry, PartOfSpeech};
use crate::diagnostic::{Diagnostic, Location};
use crate::i18n::Message;
use crate::msg;
use crate::source::SourceFile;
use crate::toml_syntax::{Duplicate, SyntaxError};

/// Where a concept came from, for diagnostics that point at it.
#[derive(Debug, Clone)]
pub struct ConceptSource {
    /// The file holding the concept.
    pub file: Arc<SourceFile>,
    /// Span of the concept's id (its table header or key).
    pub id_span: Range<usize>,
    /// Span of each language's value.
    pub languages: BTreeMap<String, Range<usize>>,
}

/// A glossary read from disk with the places of its concepts and what was wrong.
#[derive(Debug, Default)]
pub struct LoadedGlossary {
    /// The concepts that could be read (those with errors are left out).
    pub glossary: Glossary,
    /// Parallel to `glossary.concepts`.
    pub sources: Vec<ConceptSource>,
    /// The files read.
    pub files: Vec<Arc<SourceFile>>,
    /// Every problem found while reading and validating.
    pub diagnostics: Vec<Diagnostic>,
    /// Where the header's `source-language` is written, for a warning when
    /// no concept has a form in it.
    pub source_language_at: Option<Location>,
}

const HEADER_KEYS: [&str; 3] = ["title", "languages", "source-language"];

/// The keys of a variant given as a table.
const VARIANT_KEYS: [&str; 2] = ["term", "pos"];

/// The glossary files named by `paths`: files as given, directories searched
/// for `*.toml` (sorted, so the order is stable).
pub fn glossary_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            collect_toml(path, &mut files).map_err(|source| {
                Diagnostic::from(crate::source::ReadError::Io {
                    path: path.clone(),
                    source,
                })
            })?;
            if files.len() == before {
                return Err(Diagnostic::error(msg!(
                    "error-no-toml",
                    path = path.display().to_string()
                ))
                .with_help(msg!("help-no-toml")));
            }
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_toml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Loads and validates every glossary file under `paths`.
pub fn load(paths: &[PathBuf]) -> LoadedGlossary {
    let mut loaded = LoadedGlossary::default();
    let files = match glossary_files(paths) {
        Ok(files) => files,
        Err(diagnostic) => {
            loaded.diagnostics.push(diagnostic);
            return loaded;
        }
    };
    for path in files {
        match SourceFile::read(&path) {
            Ok(file) => loaded.add_file(Arc::new(file)),
            Err(error) => loaded.diagnostics.push(error.into()),
        }
    }
    super::validate::check_glossary(&mut loaded);
    loaded
}

/// Loads a glossary from text (for tests and for revisions read from git).
pub fn load_str(path: impl Into<PathBuf>, text: &str) -> LoadedGlossary {
    load_texts(vec![(path.into(), text.to_owned())])
}

/// Loads a glossary made of several files already in memory, in order: the
/// text an edit is about to write, or a directory read from a git revision.
pub fn load_texts(files: Vec<(PathBuf, String)>) -> LoadedGlossary {
    let mut loaded = LoadedGlossary::default();
    for (path, text) in files {
        loaded.add_file(Arc::new(SourceFile::new(path, text)));
    }
    super::validate::check_glossary(&mut loaded);
    loaded
}

impl LoadedGlossary {
    fn add_file(&mut self, file: Arc<SourceFile>) {
        self.files.push(Arc::clone(&file));
        let document = match toml_edit::Document::parse(file.text.as_str()) {
            Ok(document) => document,
            Err(error) => {
                let syntax = SyntaxError::new(&file.text, error.message(), error.span());
                let mut diagnostic = syntax.diagnostic(&file);
                // `[terms.a]` twice is a concept defined twice.
                if let Some((Duplicate::Table { path }, _)) = &syntax.duplicate
                    && let [terms, id] = path.as_slice()
                    && terms == "terms"
                {
                    let line = syntax.first_line(&file).to_string();
                    diagnostic.message =
                        msg!("glossary-duplicate-concept", id = id.as_str(), line = line);
                    diagnostic.help = Some(msg!("help-duplicate-concept"));
                }
                self.diagnostics.push(diagnostic);
                return;
            }
        };
        let mut walker = Walker {
            file: &file,
            diagnostics: &mut self.diagnostics,
            source_language_at: &mut self.source_language_at,
        };
        let root = document.as_table();
        for (key, item) in root.iter() {
            match key {
                "glossary" => walker.header(root, item, &mut self.glossary.header),
                "terms" => {
                    let Some(terms) = walker.table(root, key, item) else {
                        continue;
                    };
                    for (id, item) in terms.iter() {
                        if let Some((concept, source)) = walker.concept(terms, id, item) {
                            self.glossary.concepts.push(concept);
                            self.sources.push(source);
                        }
                    }
                }
                _ => walker.unknown_key(root, key, &["glossary", "terms"]),
            }
        }
        // An empty glossary is valid (a new one is filled by `add` or
        // `import`); it only deserves a warning.
        if !root.contains_key("terms") {
            self.diagnostics.push(
                Diagnostic::warning(msg!(
                    "glossary-no-terms-table",
                    path = file.path.display().to_string()
                ))
                .at(&file, 0..0)
                .with_help(msg!("help-no-terms-table")),
            );
        }
    }
}

struct Walker<'a> {
    file: &'a Arc<SourceFile>,
    diagnostics: &'a mut Vec<Diagnostic>,
    source_language_at: &'a mut Option<Location>,
}

impl Walker<'_> {
    fn key_span(&self, table: &dyn TableLike, key: &str) -> Range<usize> {
        let (key, item) = table.get_key_value(key).expect("key comes from the table");
        key.span().or_else(|| item.span()).unwrap_or(0..0)
    }

    fn value_span(&self, table: &dyn TableLike, key: &str) -> Range<usize> {
        let (k, item) = table.get_key_value(key).expect("key comes from the table");
        item.span().or_else(|| k.span()).unwrap_or(0..0)
    }

    fn error(&mut self, span: Range<usize>, message: Message, help: Option<Message>) {
        let mut diagnostic = Diagnostic::error(message).at(self.file, span);
        diagnostic.help = help;
        self.diagnostics.push(diagnostic);
    }

    /// A language of a concept without a preferred form.
    fn missing_term(&mut self, span: Range<usize>, lang: &str) {
        self.error(
            span,
            msg!("glossary-missing-term", lang = lang),
            Some(msg!("help-missing-term")),
        );
    }

    fn unknown_key(&mut self, table: &dyn TableLike, key: &str, known: &[&str]) {
        let span = self.key_span(table, key);
        let help = match did_you_mean(key, known) {
            Some(near) => msg!("help-did-you-mean", name = near),
            None => msg!("help-known-keys", keys = known.join(", ")),
        };
        self.error(span, msg!("glossary-unknown-key", key = key), Some(help));
    }

    /// `expected` names the kind for the message's selector: `table`,
    /// `string`, `boolean`, `strings`, `string-or-table` or
    /// `strings-or-tables`.
    fn wrong_type(&mut self, table: &dyn TableLike, key: &str, expected: &'static str) {
        let span = self.value_span(table, key);
        self.error(
            span,
            msg!("glossary-wrong-type", key = key, expected = expected),
            None,
        );
    }

    fn table<'t>(
        &mut self,
        parent: &dyn TableLike,
        key: &str,
        item: &'t Item,
    ) -> Option<&'t dyn TableLike> {
        let table = item.as_table_like();
        if table.is_none() {
            self.wrong_type(parent, key, "table");
        }
        table
    }

    fn string(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> Option<String> {
        let value = item.as_str().map(str::to_owned);
        if value.is_none() {
            self.wrong_type(table, key, "string");
        }
        value
    }

    fn bool(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> bool {
        item.as_bool().unwrap_or_else(|| {
            self.wrong_type(table, key, "boolean");
            false
        })
    }

    fn strings(&mut self, table: &dyn TableLike, key: &str, item: &Item) -> Vec<String> {
        let Some(array) = item.as_array() else {
            self.wrong_type(table, key, "strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for value in array.iter() {
            match value.as_str() {
                Some(text) if !text.trim().is_empty() => out.push(text.to_owned()),
                Some(_) => self.error(
                    value.span().unwrap_or(0..0),
                    msg!("glossary-empty-form"),
                    None,
                ),
                None => self.error(
                    value.span().unwrap_or(0..0),
                    msg!("glossary-wrong-type", key = key, expected = "string"),
                    None,
                ),
            }
        }
        out
    }

    /// `variants`: strings, or tables with a `term` and its own `pos` (a
    /// verb beside a noun).
    fn variants(&mut self, table: &dyn TableLike, key: &str, item: &Item, entry: &mut LangEntry) {
        let Some(array) = item.as_array() else {
            self.wrong_type(table, key, "strings-or-tables");
            return;
        };
        for value in array.iter() {
            let span = value.span().unwrap_or(0..0);
            let Some(variant) = value.as_inline_table().map(|t| t as &dyn TableLike) else {
                match value.as_str() {
                    Some(text) if !text.trim().is_empty() => entry.variants.push(text.to_owned()),
                    Some(_) => self.error(span, msg!("glossary-empty-form"), None),
                    None => self.error(
                        span,
                        msg!(
                            "glossary-wrong-type",
                            key = key,
                            expected = "string-or-inline-table"
                        ),
                        None,
                    ),
                }
                continue;
            };
            let mut term = None;
            let mut pos = None;
            for (field, item) in variant.iter() {
                match field {
                    "term" => term = self.string(variant, field, item),
                    "pos" => pos = self.choice(variant, field, item, &PartOfSpeech::ALL),
                    _ => self.unknown_key(variant, field, &VARIANT_KEYS),
                }
            }
            match term {
                Some(term) if !term.trim().is_empty() => {
                    if let Some(pos) = pos {
                        entry.variant_pos.insert(term.clone(), pos);
                    }
                    entry.variants.push(term);
                }
                Some(_) => self.error(span, msg!("glossary-empty-form"), None),
                None if variant.get("term").is_none() => self.error(
                    span,
                    msg!("glossary-variant-no-term"),
                    Some(msg!("help-variant-table")),
                ),
                None => {}
            }
        }
    }

    fn language_tag(&mut self, table: &dyn TableLike, key: &str, tag: &str) -> bool {
        if tag.parse::<LanguageIdentifier>().is_ok() {
            return true;
        }
        let span = self.value_span(table, key);
        self.error(
            span,
            msg!("glossary-bad-language", tag = tag),
            Some(msg!("help-language-tag")),
        );
        false
    }

    fn header(&mut self, root: &dyn TableLike, item: &Item, header: &mut Header) {
        let Some(table) = self.table(root, "glossary", item) else {
            return;
        };
        for (key, item) in table.iter() {
            match key {
                "title" => {
                    if let Some(title) = self.string(table, key, item) {
                        header.title.get_or_insert(title);
                    }
                }
                "languages" => {
                    let span = self.value_span(table, key);
                    for tag in self.strings(table, key, item) {
                        if tag.parse::<LanguageIdentifier>().is_err() {
                            self.error(
                                span.clone(),
                                msg!("glossary-bad-language", tag = tag),
                                Some(msg!("help-language-tag")),
                            );
                        } else if !header.languages.contains(&tag) {
                            header.languages.push(tag);
                        }
                    }
                }
                "source-language" => {
                    if let Some(tag) = self.string(table, key, item)
                        && self.language_tag(table, key, &tag)
                        && header.source_language.is_none()
                    {
                        header.source_language = Some(tag);
                        *self.source_language_at = Some(Location {
                            file: Arc::clone(self.file),
                            span: self.value_span(table, key),
                        });
                    }
                }
                _ => self.unknown_key(table, key, &HEADER_KEYS),
            }
        }
        if let Some(source) = &header.source_language
            && !header.languages.is_empty()
            && !header.languages.contains(source)
            && let Some(span) = table
                .get_key_value("source-language")
                .map(|_| self.value_span(table, "source-language"))
        {
            let declared = header.languages.join(", ");
            self.error(
                span,
                msg!(
                    "glossary-undeclared-language",
                    tag = source.clone(),
                    declared = declared
                ),
                None,
            );
        }
    }

    fn concept(
        &mut self,
        terms: &dyn TableLike,
        id: &str,
        item: &Item,
    ) -> Option<(Concept, ConceptSource)> {
        let id_span = self.key_span(terms, id);
        let before = self.diagnostics.len();
        if !is_fluent_identifier(id) {
            self.error(
                id_span.clone(),
                msg!("glossary-bad-id", id = id),
                Some(msg!("help-fluent-id", suggestion = suggest_id(id))),
            );
        }
        let table = self.table(terms, id, item)?;
        let mut concept = Concept {
            id: id.to_owned(),
            ..Default::default()
        };
        let mut source = ConceptSource {
            file: Arc::clone(self.file),
            id_span,
            languages: BTreeMap::new(),
        };
        for (key, item) in table.iter() {
            match EntryField::find(&EntryField::OF_CONCEPT, key) {
                Some(EntryField::Domain) => concept.domain = self.string(table, key, item),
                Some(EntryField::Note) => concept.note = self.string(table, key, item),
                Some(EntryField::Dnt) => concept.dnt = self.bool(table, key, item),
                _ if looks_like_language(key) => {
                    if !self.language_tag(table, key, key) {
                        continue;
                    }
                    if let Some(entry) = self.entry(table, key, item) {
                        source
                            .languages
                            .insert(key.to_owned(), self.value_span(table, key));
                        concept.languages.insert(key.to_owned(), entry);
                    }
                }
                _ => {
                    let mut known = EntryField::keys(&EntryField::OF_CONCEPT);
                    known.extend(EntryField::keys(&EntryField::OF_LANGUAGE));
                    self.unknown_key(table, key, &known);
                }
            }
        }
        if concept.languages.is_empty() && self.diagnostics.len() == before {
            let span = source.id_span.clone();
            self.error(
                span,
                msg!("glossary-no-terms", id = id),
                Some(msg!("help-no-terms")),
            );
        }
        (!concept.languages.is_empty()).then_some((concept, source))
    }

    fn entry(&mut self, concept: &dyn TableLike, lang: &str, item: &Item) -> Option<LangEntry> {
        if let Some(text) = item.as_str() {
            if text.trim().is_empty() {
                let span = self.value_span(concept, lang);
                self.missing_term(span, lang);
                return None;
            }
            return Some(LangEntry::preferred(text));
        }
        let Some(table) = item.as_table_like() else {
            self.wrong_type(concept, lang, "string-or-table");
            return None;
        };
        let mut entry = LangEntry::default();
        let mut has_term = false;
        for (key, item) in table.iter() {
            match EntryField::find(&EntryField::OF_LANGUAGE, key) {
                Some(EntryField::Term) => {
                    if let Some(term) = self.string(table, key, item) {
                        if term.trim().is_empty() {
                            let span = self.value_span(table, key);
                            self.missing_term(span, lang);
                        } else {
                            has_term = true;
                            entry.term = term;
                        }
                    }
                }
                Some(EntryField::Variants) => self.variants(table, key, item, &mut entry),
                Some(EntryField::Forbidden) => entry.forbidden = self.strings(table, key, item),
                Some(EntryField::NotIn) => entry.not_in = self.strings(table, key, item),
                Some(EntryField::Definition) => entry.definition = self.string(table, key, item),
                Some(EntryField::Gender) => {
                    entry.gender = self.choice(table, key, item, &Gender::ALL)
                }
                Some(EntryField::Pos) => {
                    entry.pos = self.choice(table, key, item, &PartOfSpeech::ALL)
                }
                Some(EntryField::CaseSensitive) => {
                    entry.case_sensitive = self.bool(table, key, item)
                }
                _ => self.unknown_key(table, key, &EntryField::keys(&EntryField::OF_LANGUAGE)),
            }
        }
        if !has_term && table.get("term").is_none() {
            let span = self.key_span(concept, lang);
            self.missing_term(span, lang);
        }
        has_term.then_some(entry)
    }

    fn choice<T: Copy>(
        &mut self,
        table: &dyn TableLike,
        key: &str,
        item: &Item,
        values: &[(&str, T)],
    ) -> Option<T> {
        let text = self.string(table, key, item)?;
        let found = values
            .iter()
            .find(|(name, _)| *name == text)
            .map(|(_, v)| *v);
        if found.is_none() {
            let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
            let span = self.value_span(table, key);
            let help = match did_you_mean(&text, &names) {
                Some(near) => msg!("help-did-you-mean", name = near),
                None => msg!("help-possible-values", values = names.join(", ")),
            };
            self.error(
                span,
                msg!("glossary-bad-value", key = key, value = text),
                Some(help),
            );
        }
        found
    }
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_fluent_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A Fluent identifier made from any text: accents dropped, other characters
/// turned into hyphens (`cellule souche` → `cellule-souche`).
pub fn suggest_id(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut id = String::new();
    for c in text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id
    } else {
        format!("t-{id}").trim_end_matches('-').to_owned()
    }
}

/// Language keys of a concept: a 2–3 letter primary subtag (`en`, `fr-CA`).
fn looks_like_language(key: &str) -> bool {
    let primary = key.split(['-', '_']).next().unwrap_or("");
    (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic())
}

/// The nearest known name, when one is close enough to be a typo.
pub fn did_you_mean<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (strsim::jaro_winkler(name, candidate), *candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fluent_identifiers() {
        assert!(is_fluent_identifier("cellule-souche_2"));
        assert!(!is_fluent_identifier("2cellule"));
        assert!(!is_fluent_identifier("cellule souche"));
        assert!(!is_fluent_identifier("épiderme"));
        assert_eq!(suggest_id("Cellule souche (CSM)"), "cellule-souche-csm");
        assert_eq!(suggest_id("épiderme"), "epiderme");
        assert_eq!(suggest_id("3D scaffold"), "t-3d-scaffold");
    }

    #[test]
    fn near_names_are_suggested() {
        let entry_keys = EntryField::keys(&EntryField::OF_LANGUAGE);
        assert_eq!(did_you_mean("varaints", &entry_keys), Some("variants"));
        assert_eq!(did_you_mean("zzz", &entry_keys), None);
    }
}
