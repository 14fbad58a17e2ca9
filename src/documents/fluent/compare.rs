//! Structural differences between a Fluent source file and its translation,
//! as facts with places: the rules layer turns them into findings.
//!
//! - Messages and terms compare by id; attributes, values, variables and
//!   references only for messages (terms are private to each locale: a French
//!   term may have a `.gender` the English one lacks).
//! - Variables compare over the whole message (value and attributes get the
//!   same arguments); references to messages and terms compare per value and
//!   per attribute, like compare-locales (term references with an attribute
//!   are left out there too).
//! - A reference must resolve somewhere in the target locale: in any of its
//!   files, not only the file at hand ([`LocaleIndex`]).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::plurals;
use super::structure::{Entry, EntryKind, Pattern, ReferenceKind, Resource};
use crate::documents::{PairSpec, Read, fluent_sources_without_target};
use crate::i18n::Message;
use crate::msg;
use crate::source::SourceFile;

/// The kinds of difference, one per structural rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DifferenceKind {
    /// A source message or term the target file lacks.
    MissingMessage,
    /// A target message or term the source file lacks.
    ObsoleteMessage,
    /// A source attribute the target message lacks.
    MissingAttribute,
    /// A target attribute the source message lacks.
    ObsoleteAttribute,
    /// The source has a value and the target only attributes, or the reverse.
    MissingValue,
    /// The target uses a variable the source message never uses.
    UnknownVariable,
    /// The target message does not use a variable of the source message.
    DroppedVariable,
    /// A term reference defined in no file of the target locale.
    UnknownTermReference,
    /// A message reference defined in no file of the target locale.
    UnknownMessageReference,
    /// The source references a message or term, the target does not.
    DroppedReference,
    /// The target references a message or term, the source does not.
    AddedReference,
    /// An id, attribute or variant key defined twice.
    DuplicateId,
    /// A parse error.
    Junk,
    /// The target text is identical to the source text.
    Untranslated,
    /// Variant keys that are not plural categories of the target language,
    /// or a category the source covers and the target lacks.
    PluralCategories,
    /// A plural variant that presumes one number of a category holding
    /// several (`[one] 1 file` where French `one` also holds 0).
    LiteralPluralNumber,
    /// A source file with no target file.
    MissingFile,
}

/// One structural difference, located.
#[derive(Debug, Clone)]
pub struct Difference {
    /// What kind.
    pub kind: DifferenceKind,
    /// The file it is in: the target, or the source for problems of the
    /// source itself (junk, duplicates).
    pub file: Arc<SourceFile>,
    /// Byte range in `file`.
    pub span: Range<usize>,
    /// The entry: `msg`, `msg.attr` or `-term`.
    pub entry: String,
    /// What the difference is about: the variable, reference, attribute or
    /// key, as written.
    pub subject: Option<String>,
    /// What is wrong, for people.
    pub message: Message,
    /// A place that explains it (the first definition, the source message).
    pub related: Option<(Arc<SourceFile>, Range<usize>, Message)>,
}

/// The messages and terms (with their attributes) defined in every file of
/// a locale, so that references resolve across files.
#[derive(Debug, Clone, Default)]
pub struct LocaleIndex {
    defined: HashMap<(EntryKind, String), HashSet<String>>,
}

impl LocaleIndex {
    /// Indexes the entries of `resources`.
    pub fn new<'a>(resources: impl IntoIterator<Item = &'a Resource>) -> Self {
        let mut index = LocaleIndex::default();
        for resource in resources {
            for entry in &resource.entries {
                index
                    .defined
                    .entry((entry.kind, entry.id.clone()))
                    .or_default()
                    .extend(entry.attributes.iter().map(|a| a.id.clone()));
            }
        }
        index
    }

    /// True when the entry (and its attribute, when given) is defined.
    pub fn defines(&self, kind: EntryKind, id: &str, attribute: Option<&str>) -> bool {
        self.defined
            .get(&(kind, id.to_owned()))
            .is_some_and(|attributes| attribute.is_none_or(|a| attributes.contains(a)))
    }
}

/// What the comparison needs to know beyond the two files.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The target language, for plural categories (none: not checked).
    pub language: Option<&'a str>,
    /// Ids of the glossary's terms: a reference `{ -id }` to one of them is
    /// a use of the glossary term, checked by the term rules, so the source
    /// and target may differ there (the French writes `{ -cellule-souche }`
    /// where the English writes "stem cell").
    pub glossary_terms: Option<&'a HashSet<String>>,
}

/// The differences of a target file against its source file (`None` when
/// the target has no source: only the checks of the target alone run).
pub fn compare(
    source: Option<&Resource>,
    target: &Resource,
    locale: &LocaleIndex,
    options: &Options,
) -> Vec<Difference> {
    let language = options.language;
    let categories = language.and_then(plurals::categories);
    let mut differences = Vec::new();
    if let Some(source) = source {
        junk(source, &mut differences);
        duplicates(source, &mut differences);
    }
    junk(target, &mut differences);
    duplicates(target, &mut differences);
    for entry in &target.entries {
        unknown_references(target, entry, locale, &mut differences);
    }
    if let Some(categories) = categories {
        for entry in &target.entries {
            for (attribute, pattern) in entry.patterns() {
                plural_keys(
                    target,
                    entry,
                    attribute,
                    pattern,
                    categories,
                    language,
                    &mut differences,
                );
            }
        }
    }
    if let Some(members) = language.and_then(plurals::Members::new) {
        for entry in &target.entries {
            for (attribute, pattern) in entry.patterns() {
                let place = Place {
                    resource: target,
                    entry,
                    attribute,
                };
                presumed_numbers(&place, pattern, &members, language, &mut differences);
            }
        }
    }
    if let Some(source) = source {
        Pairing::new(source, target, categories, options.glossary_terms).compare(&mut differences);
    }
    differences
}

/// The differences of every Fluent pair of one read [`PairSpec`], one list
/// per read (empty for PO documents), with references resolved across all
/// the target files of the spec.
pub fn differences(reads: &[Read], options: &Options) -> Vec<Vec<Difference>> {
    let locale = LocaleIndex::new(
        reads
            .iter()
            .filter_map(|read| read.structures.as_ref())
            .map(|structures| &structures.target),
    );
    reads
        .par_iter()
        .map(|read| match &read.structures {
            Some(s) => compare(s.source.as_ref(), &s.target, &locale, options),
            None => Vec::new(),
        })
        .collect()
}

/// The source files of a directory pair that have no target file.
pub fn missing_files(spec: &PairSpec) -> Vec<Difference> {
    fluent_sources_without_target(spec)
        .into_iter()
        .map(|(source, expected)| {
            let messages = super::read_structure(&source).map_or(0, |resource| {
                resource
                    .entries
                    .iter()
                    .filter(|entry| entry.kind == EntryKind::Message)
                    .count()
            });
            missing_file(&expected, messages)
        })
        .collect()
}

/// The difference for a source file whose target file (`expected`) does
/// not exist; `messages` is the number of messages of the source file.
pub fn missing_file(expected: &Path, messages: usize) -> Difference {
    difference(
        DifferenceKind::MissingFile,
        &Arc::new(SourceFile::new(expected, String::new())),
        0..0,
        String::new(),
        Some(expected.display().to_string()),
        msg!(
            "fluent-missing-file",
            path = expected.display().to_string(),
            count = messages
        ),
    )
}

fn difference(
    kind: DifferenceKind,
    file: &Arc<SourceFile>,
    span: Range<usize>,
    entry: String,
    subject: Option<String>,
    message: Message,
) -> Difference {
    Difference {
        kind,
        file: Arc::clone(file),
        span,
        entry,
        subject,
        message,
        related: None,
    }
}

fn entry_name(entry: &Entry, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{}.{attribute}", entry.key()),
        None => entry.key(),
    }
}

fn junk(resource: &Resource, differences: &mut Vec<Difference>) {
    for diagnostic in &resource.junk {
        let span = diagnostic
            .location
            .as_ref()
            .map_or(0..0, |l| l.span.clone());
        let text = diagnostic.help.as_ref().and_then(|help| {
            help.args.iter().find_map(|(name, value)| match value {
                crate::i18n::Arg::Text(text) if *name == "text" => Some(text.clone()),
                _ => None,
            })
        });
        differences.push(difference(
            DifferenceKind::Junk,
            &resource.file,
            span,
            String::new(),
            text,
            diagnostic.message.clone(),
        ));
    }
}

fn duplicates(resource: &Resource, differences: &mut Vec<Difference>) {
    let mut first: HashMap<(EntryKind, &str), &Entry> = HashMap::new();
    for entry in &resource.entries {
        if let Some(original) = first.get(&(entry.kind, entry.id.as_str())) {
            differences.push(Difference {
                related: Some((
                    Arc::clone(&resource.file),
                    original.span.clone(),
                    msg!("note-first-defined"),
                )),
                ..difference(
                    DifferenceKind::DuplicateId,
                    &resource.file,
                    entry.span.clone(),
                    entry.key(),
                    Some(entry.key()),
                    msg!("fluent-duplicate-entry", id = entry.key()),
                )
            });
        } else {
            first.insert((entry.kind, &entry.id), entry);
        }
        let mut attributes: HashMap<&str, &Range<usize>> = HashMap::new();
        for attribute in &entry.attributes {
            if let Some(original) = attributes.get(attribute.id.as_str()) {
                differences.push(Difference {
                    related: Some((
                        Arc::clone(&resource.file),
                        (*original).clone(),
                        msg!("note-first-defined"),
                    )),
                    ..difference(
                        DifferenceKind::DuplicateId,
                        &resource.file,
                        attribute.span.clone(),
                        entry_name(entry, Some(&attribute.id)),
                        Some(attribute.id.clone()),
                        msg!(
                            "fluent-duplicate-attribute",
                            attribute = attribute.id.as_str(),
                            id = entry.key()
                        ),
                    )
                });
            } else {
                attributes.insert(&attribute.id, &attribute.span);
            }
        }
        for (attribute, pattern) in entry.patterns() {
            for select in &pattern.selects {
                let mut keys: HashSet<&str> = HashSet::new();
                for key in &select.keys {
                    if !keys.insert(&key.name) {
                        differences.push(difference(
                            DifferenceKind::DuplicateId,
                            &resource.file,
                            key.span.clone(),
                            entry_name(entry, attribute),
                            Some(key.name.clone()),
                            msg!("fluent-duplicate-key", key = key.name.as_str()),
                        ));
                    }
                }
            }
        }
    }
}

fn unknown_references(
    resource: &Resource,
    entry: &Entry,
    locale: &LocaleIndex,
    differences: &mut Vec<Difference>,
) {
    for (attribute, pattern) in entry.patterns() {
        for reference in &pattern.references {
            let (kind, rule, message_id) = match reference.kind {
                ReferenceKind::Variable => continue,
                ReferenceKind::Term => (
                    EntryKind::Term,
                    DifferenceKind::UnknownTermReference,
                    "fluent-unknown-term-reference",
                ),
                ReferenceKind::Message => (
                    EntryKind::Message,
                    DifferenceKind::UnknownMessageReference,
                    "fluent-unknown-message-reference",
                ),
            };
            if locale.defines(kind, &reference.id, reference.attribute.as_deref()) {
                continue;
            }
            let written = reference.written();
            differences.push(difference(
                rule,
                &resource.file,
                reference.span.clone(),
                entry_name(entry, attribute),
                Some(written.clone()),
                Message::new(message_id).arg("reference", written),
            ));
        }
    }
}

/// The id (`msg` or `-term`) that a junk entry starts with, read from the
/// first line that its diagnostic quotes (`b = { B` → `b`).
fn junk_entry_id(diagnostic: &crate::diagnostic::Diagnostic) -> Option<&str> {
    let text = diagnostic
        .help
        .as_ref()?
        .args
        .iter()
        .find_map(|(name, value)| match value {
            crate::i18n::Arg::Text(text) if *name == "text" => Some(text.as_str()),
            _ => None,
        })?;
    let (id, _) = text.split_once('=')?;
    let id = id.trim();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

/// True when a select expression chooses on a number: a `NUMBER()` selector,
/// or a key that is a plural category other than `other`.
fn is_plural(select: &super::structure::Select) -> bool {
    select.numeric_selector
        || select
            .keys
            .iter()
            .any(|key| !key.number && key.name != "other" && plurals::is_category(&key.name))
}

fn plural_keys(
    resource: &Resource,
    entry: &Entry,
    attribute: Option<&str>,
    pattern: &Pattern,
    categories: &[&str],
    language: Option<&str>,
    differences: &mut Vec<Difference>,
) {
    for select in pattern.selects.iter().filter(|select| is_plural(select)) {
        for key in &select.keys {
            if key.number || categories.contains(&key.name.as_str()) {
                continue;
            }
            differences.push(difference(
                DifferenceKind::PluralCategories,
                &resource.file,
                key.span.clone(),
                entry_name(entry, attribute),
                Some(key.name.clone()),
                msg!(
                    "fluent-not-a-plural-category",
                    key = key.name.as_str(),
                    language = language.unwrap_or_default(),
                    categories = categories.join(", ")
                ),
            ));
        }
    }
}

/// Where a pattern is: its file, entry and attribute.
struct Place<'a> {
    resource: &'a Resource,
    entry: &'a Entry,
    attribute: Option<&'a str>,
}

/// Variants of a plural select that presume one number of a category that
/// holds several in the target language: a number of that category written
/// in digits (`[one] 1 file`, while French `one` holds 0 and 1), or a
/// variant that never shows the selector's variable (`[one] un fichier`
/// reads wrong for 0). `other` is left alone: it holds nearly every number.
/// Numbers with a variant of their own (`[0]`) are left out of the category.
fn presumed_numbers(
    place: &Place,
    pattern: &Pattern,
    members: &plurals::Members,
    language: Option<&str>,
    differences: &mut Vec<Difference>,
) {
    for select in pattern.selects.iter().filter(|select| is_plural(select)) {
        let exact: Vec<u64> = select
            .keys
            .iter()
            .filter(|key| key.number)
            .filter_map(|key| key.name.parse().ok())
            .collect();
        let placeable = format!("{{ {} }}", select.selector);
        // `other` holds nearly every number: a number in its text (“at 12
        // weeks”) is seldom the count.
        for key in select
            .keys
            .iter()
            .filter(|key| !key.number && key.name != "other")
        {
            let (held, more) = members.holds(&key.name, &exact, 3);
            if held.len() < 2 {
                continue;
            }
            let mut shown = held
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            if more {
                shown.push('…');
            }
            let literals: Vec<_> = key
                .numbers
                .iter()
                .filter(|(number, _)| {
                    number
                        .parse()
                        .is_ok_and(|n| !exact.contains(&n) && members.category(n) == key.name)
                })
                .collect();
            let (span, subject, message) = if let Some((number, span)) = literals.first() {
                (
                    span.clone(),
                    number.clone(),
                    msg!(
                        "fluent-literal-plural-number",
                        number = number.as_str(),
                        key = key.name.as_str(),
                        language = language.unwrap_or_default(),
                        numbers = shown,
                        placeable = placeable.as_str()
                    ),
                )
            } else if select
                .variable
                .as_ref()
                .is_some_and(|variable| !key.variables.contains(variable))
            {
                (
                    key.span.clone(),
                    key.name.clone(),
                    msg!(
                        "fluent-plural-variant-without-variable",
                        key = key.name.as_str(),
                        language = language.unwrap_or_default(),
                        numbers = shown,
                        placeable = placeable.as_str()
                    ),
                )
            } else {
                continue;
            };
            differences.push(difference(
                DifferenceKind::LiteralPluralNumber,
                &place.resource.file,
                span,
                entry_name(place.entry, place.attribute),
                Some(subject),
                message,
            ));
        }
    }
}

/// The fewest words a text needs for `untranslated`: one or two words (a
/// product name, "Zoom", "Extensions") are often the same in both languages.
pub const UNTRANSLATED_MIN_WORDS: usize = 3;

/// The comparison of a target file with its source file.
struct Pairing<'a> {
    source: &'a Resource,
    target: &'a Resource,
    categories: Option<&'static [&'static str]>,
    glossary_terms: Option<&'a HashSet<String>>,
    source_entries: HashMap<(EntryKind, &'a str), &'a Entry>,
    target_entries: HashMap<(EntryKind, &'a str), &'a Entry>,
}

impl<'a> Pairing<'a> {
    fn new(
        source: &'a Resource,
        target: &'a Resource,
        categories: Option<&'static [&'static str]>,
        glossary_terms: Option<&'a HashSet<String>>,
    ) -> Self {
        let index = |resource: &'a Resource| {
            let mut entries = HashMap::new();
            for entry in &resource.entries {
                entries
                    .entry((entry.kind, entry.id.as_str()))
                    .or_insert(entry);
            }
            entries
        };
        Pairing {
            source,
            target,
            categories,
            glossary_terms,
            source_entries: index(source),
            target_entries: index(target),
        }
    }

    /// `difference` with the place in the source file that explains it.
    fn in_source(&self, difference: Difference, span: Range<usize>) -> Difference {
        Difference {
            related: Some((
                Arc::clone(&self.source.file),
                span,
                msg!("note-source-message"),
            )),
            ..difference
        }
    }

    fn compare(&self, differences: &mut Vec<Difference>) {
        self.missing(differences);
        let mut seen = HashSet::new();
        for entry in &self.target.entries {
            if !seen.insert((entry.kind, entry.id.as_str())) {
                continue;
            }
            match self.source_entries.get(&(entry.kind, entry.id.as_str())) {
                None => differences.push(difference(
                    DifferenceKind::ObsoleteMessage,
                    &self.target.file,
                    entry.span.clone(),
                    entry.key(),
                    Some(entry.key()),
                    msg!("fluent-obsolete-message", id = entry.key()),
                )),
                Some(source) => self.compare_entries(source, entry, differences),
            }
        }
    }

    /// Missing entries, placed where they would go: before the target entry
    /// of the next source entry that the target has, else at the end.
    fn missing(&self, differences: &mut Vec<Difference>) {
        let entries = &self.source.entries;
        let mut next_present: Option<usize> = None;
        // Past the last message: the end of the file's last line.
        let end = self.target.file.text.trim_end().len();
        let mut places = vec![end; entries.len()];
        // An entry the target writes but that did not parse is reported as
        // junk; it is not missing too.
        let broken: HashSet<&str> = self
            .target
            .junk
            .iter()
            .filter_map(|diagnostic| junk_entry_id(diagnostic))
            .collect();
        for (i, entry) in entries.iter().enumerate().rev() {
            if let Some(found) = self.target_entries.get(&(entry.kind, entry.id.as_str())) {
                next_present = Some(line_start(&self.target.file.text, found.span.start));
            }
            if let Some(place) = next_present {
                places[i] = place;
            }
        }
        let mut seen = HashSet::new();
        for (entry, place) in entries.iter().zip(places) {
            let key = (entry.kind, entry.id.as_str());
            if self.target_entries.contains_key(&key)
                || broken.contains(entry.key().as_str())
                || !seen.insert(key)
            {
                continue;
            }
            let missing = difference(
                DifferenceKind::MissingMessage,
                &self.target.file,
                place..place,
                entry.key(),
                Some(entry.key()),
                msg!("fluent-missing-message", id = entry.key()),
            );
            differences.push(self.in_source(missing, entry.span.clone()));
        }
    }

    fn compare_entries(&self, source: &Entry, target: &Entry, differences: &mut Vec<Difference>) {
        for (attribute, target_pattern) in target.patterns() {
            let source_pattern = match attribute {
                None => source.value.as_ref(),
                Some(name) => source.attribute(name).map(|a| &a.value),
            };
            if let (Some(source_pattern), Some(categories)) = (source_pattern, self.categories) {
                self.plural_coverage(
                    target,
                    attribute,
                    source_pattern,
                    target_pattern,
                    categories,
                    differences,
                );
            }
        }
        if target.kind == EntryKind::Term {
            return;
        }
        self.values_and_attributes(source, target, differences);
        self.variables(source, target, differences);
        for (attribute, target_pattern) in target.patterns() {
            let source_pattern = match attribute {
                None => source.value.as_ref(),
                Some(name) => source.attribute(name).map(|a| &a.value),
            };
            let Some(source_pattern) = source_pattern else {
                continue;
            };
            self.references(
                target,
                attribute,
                source_pattern,
                target_pattern,
                differences,
            );
            if source_pattern.words >= UNTRANSLATED_MIN_WORDS
                && source_pattern.canonical == target_pattern.canonical
                && !is_not_text(&target.id, attribute)
            {
                differences.push(difference(
                    DifferenceKind::Untranslated,
                    &self.target.file,
                    target_pattern.start..target_pattern.start,
                    entry_name(target, attribute),
                    None,
                    msg!("fluent-untranslated", id = entry_name(target, attribute)),
                ));
            }
        }
    }

    fn values_and_attributes(
        &self,
        source: &Entry,
        target: &Entry,
        differences: &mut Vec<Difference>,
    ) {
        let file = &self.target.file;
        match (&source.value, &target.value) {
            (Some(value), None) => differences.push(self.in_source(
                difference(
                    DifferenceKind::MissingValue,
                    file,
                    target.span.clone(),
                    target.key(),
                    None,
                    msg!("fluent-missing-value", id = target.key()),
                ),
                value.start..value.start,
            )),
            (None, Some(value)) => differences.push(difference(
                DifferenceKind::MissingValue,
                file,
                value.start..value.start,
                target.key(),
                None,
                msg!("fluent-obsolete-value", id = target.key()),
            )),
            _ => {}
        }
        let mut reported = HashSet::new();
        for attribute in &source.attributes {
            if target.attribute(&attribute.id).is_none() && reported.insert(&attribute.id) {
                let missing = difference(
                    DifferenceKind::MissingAttribute,
                    file,
                    target.span.clone(),
                    entry_name(target, Some(&attribute.id)),
                    Some(attribute.id.clone()),
                    msg!(
                        "fluent-missing-attribute",
                        attribute = attribute.id.as_str(),
                        id = target.key()
                    ),
                );
                differences.push(self.in_source(missing, attribute.span.clone()));
            }
        }
        for attribute in &target.attributes {
            if source.attribute(&attribute.id).is_none() && reported.insert(&attribute.id) {
                differences.push(difference(
                    DifferenceKind::ObsoleteAttribute,
                    file,
                    attribute.span.clone(),
                    entry_name(target, Some(&attribute.id)),
                    Some(attribute.id.clone()),
                    msg!(
                        "fluent-obsolete-attribute",
                        attribute = attribute.id.as_str(),
                        id = target.key()
                    ),
                ));
            }
        }
    }

    /// Variables over the whole message.
    fn variables(&self, source: &Entry, target: &Entry, differences: &mut Vec<Difference>) {
        let source_variables = variables(source);
        let target_variables = variables(target);
        let mut reported = HashSet::new();
        for (attribute, pattern) in target.patterns() {
            for reference in &pattern.references {
                if reference.kind == ReferenceKind::Variable
                    && !source_variables.contains(reference.id.as_str())
                    && reported.insert(reference.id.as_str())
                {
                    differences.push(difference(
                        DifferenceKind::UnknownVariable,
                        &self.target.file,
                        reference.span.clone(),
                        entry_name(target, attribute),
                        Some(reference.written()),
                        msg!("fluent-unknown-variable", variable = reference.written()),
                    ));
                }
            }
        }
        for variable in source_variables.difference(&target_variables) {
            let written = format!("${variable}");
            let used = source
                .patterns()
                .flat_map(|(_, pattern)| &pattern.references)
                .find(|r| r.kind == ReferenceKind::Variable && r.id == *variable)
                .map_or(source.span.clone(), |r| r.span.clone());
            let dropped = difference(
                DifferenceKind::DroppedVariable,
                &self.target.file,
                target.span.clone(),
                target.key(),
                Some(written.clone()),
                msg!("fluent-dropped-variable", variable = written),
            );
            differences.push(self.in_source(dropped, used));
        }
    }

    /// References to messages and terms, per value or attribute.
    fn references(
        &self,
        target: &Entry,
        attribute: Option<&str>,
        source_pattern: &Pattern,
        target_pattern: &Pattern,
        differences: &mut Vec<Difference>,
    ) {
        let glossary_term = |(written, _): &(String, Range<usize>)| {
            written
                .strip_prefix('-')
                .is_some_and(|id| self.glossary_terms.is_some_and(|terms| terms.contains(id)))
        };
        let mut source_references = compared(source_pattern);
        let mut target_references = compared(target_pattern);
        source_references.retain(|reference| !glossary_term(reference));
        target_references.retain(|reference| !glossary_term(reference));
        let source_names: HashSet<&str> =
            source_references.iter().map(|(n, _)| n.as_str()).collect();
        let target_names: HashSet<&str> =
            target_references.iter().map(|(n, _)| n.as_str()).collect();
        let name = entry_name(target, attribute);
        let mut reported = HashSet::new();
        for (reference, span) in &source_references {
            if !target_names.contains(reference.as_str()) && reported.insert(reference.as_str()) {
                let dropped = difference(
                    DifferenceKind::DroppedReference,
                    &self.target.file,
                    target_pattern.start..target_pattern.start,
                    name.clone(),
                    Some(reference.clone()),
                    msg!("fluent-dropped-reference", reference = reference.as_str()),
                );
                differences.push(self.in_source(dropped, span.clone()));
            }
        }
        for (reference, span) in &target_references {
            if !source_names.contains(reference.as_str()) && reported.insert(reference.as_str()) {
                differences.push(difference(
                    DifferenceKind::AddedReference,
                    &self.target.file,
                    span.clone(),
                    name.clone(),
                    Some(reference.clone()),
                    msg!("fluent-added-reference", reference = reference.as_str()),
                ));
            }
        }
    }

    /// Each plural category that a source select covers and the target
    /// language has must be a key of the target select on the same selector.
    fn plural_coverage(
        &self,
        target: &Entry,
        attribute: Option<&str>,
        source_pattern: &Pattern,
        target_pattern: &Pattern,
        categories: &[&str],
        differences: &mut Vec<Difference>,
    ) {
        for target_select in target_pattern.selects.iter().filter(|s| is_plural(s)) {
            let Some(source_select) = source_pattern
                .selects
                .iter()
                .find(|s| s.selector == target_select.selector)
            else {
                continue;
            };
            for key in &source_select.keys {
                let needed = !key.number && categories.contains(&key.name.as_str());
                if needed && !target_select.keys.iter().any(|k| k.name == key.name) {
                    let missing = difference(
                        DifferenceKind::PluralCategories,
                        &self.target.file,
                        target_select.span.clone(),
                        entry_name(target, attribute),
                        Some(key.name.clone()),
                        msg!("fluent-missing-plural-category", key = key.name.as_str()),
                    );
                    differences.push(self.in_source(missing, key.span.clone()));
                }
            }
        }
    }
}

/// The variables an entry uses, in its value and attributes.
fn variables(entry: &Entry) -> BTreeSet<&str> {
    entry
        .patterns()
        .flat_map(|(_, pattern)| &pattern.references)
        .filter(|r| r.kind == ReferenceKind::Variable)
        .map(|r| r.id.as_str())
        .collect()
}

/// The references compared between source and target: messages, and terms
/// without an attribute.
fn compared(pattern: &Pattern) -> Vec<(String, Range<usize>)> {
    pattern
        .references
        .iter()
        .filter(|r| match r.kind {
            ReferenceKind::Variable => false,
            ReferenceKind::Term => r.attribute.is_none(),
            ReferenceKind::Message => true,
        })
        .map(|r| (r.written(), r.span.clone()))
        .collect()
}

/// Access and command keys are letters that often stay the same, and
/// `style` attributes hold CSS, not text.
fn is_not_text(id: &str, attribute: Option<&str>) -> bool {
    let name = attribute.unwrap_or(id).to_ascii_lowercase();
    name.ends_with("key") || attribute == Some("style")
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |at| at + 1)
}
