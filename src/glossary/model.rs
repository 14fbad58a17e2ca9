//! The glossary as data: concepts, their forms per language, and grammar notes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Grammatical gender of a term (`gender` in the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// Masculine.
    Masculine,
    /// Feminine.
    Feminine,
    /// Neuter.
    Neuter,
    /// Common gender.
    Common,
}

impl Gender {
    /// Every value, with its spelling in the file.
    pub const ALL: [(&'static str, Gender); 4] = [
        ("masculine", Gender::Masculine),
        ("feminine", Gender::Feminine),
        ("neuter", Gender::Neuter),
        ("common", Gender::Common),
    ];

    /// The spelling in the file.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, g)| *g == self)
            .map(|(s, _)| *s)
            .unwrap_or("common")
    }
}

/// Part of speech of a term (`pos` in the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartOfSpeech {
    /// Noun.
    Noun,
    /// Verb.
    Verb,
    /// Adjective.
    Adjective,
    /// Adverb.
    Adverb,
    /// Anything else.
    Other,
}

impl PartOfSpeech {
    /// Every value, with its spelling in the file.
    pub const ALL: [(&'static str, PartOfSpeech); 5] = [
        ("noun", PartOfSpeech::Noun),
        ("verb", PartOfSpeech::Verb),
        ("adjective", PartOfSpeech::Adjective),
        ("adverb", PartOfSpeech::Adverb),
        ("other", PartOfSpeech::Other),
    ];

    /// The spelling in the file.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, p)| *p == self)
            .map(|(s, _)| *s)
            .unwrap_or("other")
    }
}

/// A field a glossary entry can hold, on the concept (`domain`, `note`,
/// `dnt`) or on one of its languages (`term`, `variants`, …): the one list of
/// them that reading, editing and exchanging the glossary share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryField {
    /// Concept subject field.
    Domain,
    /// Concept note.
    Note,
    /// Concept do-not-translate flag.
    Dnt,
    /// Preferred form of a language.
    Term,
    /// Accepted variants of a language.
    Variants,
    /// Forbidden forms of a language.
    Forbidden,
    /// Contexts in which a form of the language is not this concept.
    NotIn,
    /// Definition in a language.
    Definition,
    /// Grammatical gender.
    Gender,
    /// Part of speech.
    Pos,
    /// Case-sensitive matching.
    CaseSensitive,
}

impl EntryField {
    /// The fields of a concept itself, in file order.
    pub const OF_CONCEPT: [EntryField; 3] = [EntryField::Domain, EntryField::Note, EntryField::Dnt];

    /// The fields of a concept's language entry, in file order.
    pub const OF_LANGUAGE: [EntryField; 8] = [
        EntryField::Term,
        EntryField::Variants,
        EntryField::Forbidden,
        EntryField::NotIn,
        EntryField::Definition,
        EntryField::Gender,
        EntryField::Pos,
        EntryField::CaseSensitive,
    ];

    /// The key in the file.
    pub fn key(self) -> &'static str {
        match self {
            EntryField::Domain => "domain",
            EntryField::Note => "note",
            EntryField::Dnt => "dnt",
            EntryField::Term => "term",
            EntryField::Variants => "variants",
            EntryField::Forbidden => "forbidden",
            EntryField::NotIn => "not-in",
            EntryField::Definition => "definition",
            EntryField::Gender => "gender",
            EntryField::Pos => "pos",
            EntryField::CaseSensitive => "case-sensitive",
        }
    }

    /// The field among `fields` whose key is `key`.
    pub fn find(fields: &[EntryField], key: &str) -> Option<EntryField> {
        fields.iter().copied().find(|f| f.key() == key)
    }

    /// The keys of `fields`, for listing the known ones in a help.
    pub fn keys(fields: &[EntryField]) -> Vec<&'static str> {
        fields.iter().map(|f| f.key()).collect()
    }

    /// A list of forms.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            EntryField::Variants | EntryField::Forbidden | EntryField::NotIn
        )
    }

    /// A boolean flag (`true` or `false`).
    pub fn is_bool(self) -> bool {
        matches!(self, EntryField::Dnt | EntryField::CaseSensitive)
    }
}

/// The forms and notes of one concept in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LangEntry {
    /// The preferred form.
    pub term: String,
    /// Other accepted forms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// The part of speech of variants that have their own (a verb beside a
    /// noun: `{ term = "télécharger", pos = "verb" }` in `variants`), by
    /// variant.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variant_pos: BTreeMap<String, PartOfSpeech>,
    /// Deprecated or wrong forms: using one is a finding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<String>,
    /// Contexts in which the word is not this concept (*hot key* for the
    /// cryptographic *key*): an occurrence inside one does not use it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_in: Vec<String>,
    /// A one-sentence definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// Grammatical gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Part of speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos: Option<PartOfSpeech>,
    /// Letter case is significant when matching (abbreviations such as `MSC`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub case_sensitive: bool,
}

impl LangEntry {
    /// An entry with only a preferred form (the string shorthand of the file).
    pub fn preferred(term: impl Into<String>) -> Self {
        LangEntry {
            term: term.into(),
            ..Default::default()
        }
    }

    /// The preferred form followed by the variants: every accepted form.
    pub fn accepted(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.variants.iter().map(String::as_str))
    }

    /// The part of speech of one of the entry's forms: a variant's own, else
    /// the entry's.
    pub fn pos_of(&self, form: &str) -> Option<PartOfSpeech> {
        self.variant_pos.get(form).copied().or(self.pos)
    }

    /// True when only `term` is set, so the entry can be written as a string.
    pub fn is_shorthand(&self) -> bool {
        *self == LangEntry::preferred(self.term.clone())
    }
}

/// One concept of the glossary: an id and its terms per language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Concept {
    /// The stable id, a Fluent identifier (`-<id>` in Fluent).
    pub id: String,
    /// Subject field.
    pub domain: Option<String>,
    /// Free text for translators.
    pub note: Option<String>,
    /// Do not translate: the same form in every language.
    pub dnt: bool,
    /// Terms by language tag, as written in the file.
    pub languages: BTreeMap<String, LangEntry>,
}

impl Concept {
    /// The entry for a language; for a `dnt` concept any declared entry stands
    /// for every language.
    pub fn entry(&self, lang: &str) -> Option<&LangEntry> {
        self.languages
            .get(lang)
            .or_else(|| {
                self.languages
                    .iter()
                    .find(|(tag, _)| same_language(tag, lang))
                    .map(|(_, e)| e)
            })
            .or_else(|| {
                if self.dnt {
                    self.languages.values().next()
                } else {
                    None
                }
            })
    }
}

/// `fr` matches `fr-FR` and the reverse: the primary language subtags agree.
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    primary(a) == primary(b)
}

/// The `[glossary]` header.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Header {
    /// Title shown on pages.
    pub title: Option<String>,
    /// Declared languages; empty means "the tags used".
    pub languages: Vec<String>,
    /// Default source side for `check`.
    pub source_language: Option<String>,
}

/// A whole glossary: the merged header and every concept of every file, in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Glossary {
    /// Merged `[glossary]` headers.
    pub header: Header,
    /// Concepts in the order they were read.
    pub concepts: Vec<Concept>,
}

impl Glossary {
    /// The concept with this id.
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }

    /// The declared languages, or else every tag used, in first-use order.
    pub fn languages(&self) -> Vec<String> {
        if !self.header.languages.is_empty() {
            return self.header.languages.clone();
        }
        let mut tags: Vec<String> = Vec::new();
        for tag in self.concepts.iter().flat_map(|c| c.languages.keys()) {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        tags
    }

    /// The source language: the header's, else `en` when used, else the first.
    pub fn source_language(&self) -> Option<String> {
        self.header.source_language.clone().or_else(|| {
            let languages = self.languages();
            languages
                .iter()
                .find(|l| same_language(l, "en"))
                .or(languages.first())
                .cloned()
        })
    }
}
