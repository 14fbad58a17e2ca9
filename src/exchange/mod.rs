//! Exchanging the glossary with CAT tools: TBX (ISO 30042) and CSV in both
//! directions, JSON out. Readers turn a file into [`Imported`] concepts with
//! located diagnostics; [`merge`] decides what an import changes in the
//! glossary; writers turn a [`Glossary`] into text.

pub mod csv;
pub mod fluent;
pub mod merge;
pub mod tbx;

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::glossary::{Concept, EntryField, Gender, Glossary, PartOfSpeech, same_language};
use crate::source::{ReadError, SourceFile, decode_utf8};

/// A concept read from an exchange file, with where it came from.
#[derive(Debug, Clone)]
pub struct IncomingConcept {
    /// The concept. `id` is the file's id when it is a valid term id, else empty.
    pub concept: Concept,
    /// Span of the entry in the file (for messages).
    pub span: Range<usize>,
}

/// Which fields an exchange file can carry. Fields it cannot carry are kept
/// from the glossary on merge, so an import never erases what the format
/// had no place for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Carried {
    /// Languages the file has (columns or language sections).
    pub languages: BTreeSet<String>,
    /// Concept and entry fields the file has.
    pub fields: BTreeSet<EntryField>,
}

/// The result of reading an exchange file.
#[derive(Debug)]
pub struct Imported {
    /// The file read, for diagnostics.
    pub file: Arc<SourceFile>,
    /// Concepts in file order.
    pub concepts: Vec<IncomingConcept>,
    /// What the file can carry.
    pub carried: Carried,
    /// Things that were skipped or guessed (unknown columns, unknown values).
    pub warnings: Vec<Diagnostic>,
}

/// Languages of an imported file left out because the glossary does not
/// have them: each tag with the number of entries skipped.
pub type SkippedLanguages = Vec<(String, usize)>;

impl Imported {
    /// Fits the file's language tags to the glossary's: a tag the glossary
    /// has is kept, a regional or generic variant of exactly one of its
    /// languages becomes that language (`fr-FR` → `fr`), and when the
    /// glossary declares its languages, an entry in any other language is
    /// left out and counted. A glossary without declared languages (a new
    /// one) takes every language of the file, fitted to the tags it uses.
    pub fn fit_languages(&mut self, glossary: &Glossary) -> SkippedLanguages {
        let known = glossary.languages();
        let declared = !glossary.header.languages.is_empty();
        let fit = |tag: &str| -> Option<String> {
            if known.iter().any(|k| k == tag) {
                return Some(tag.to_owned());
            }
            let mut near = known.iter().filter(|k| same_language(k, tag));
            match (near.next(), near.next()) {
                (Some(only), None) => Some(only.clone()),
                _ if declared => None,
                _ => Some(tag.to_owned()),
            }
        };
        let mut skipped: std::collections::BTreeMap<String, usize> = Default::default();
        for incoming in &mut self.concepts {
            let languages = std::mem::take(&mut incoming.concept.languages);
            for (tag, entry) in languages {
                match fit(&tag) {
                    Some(fitted) => {
                        incoming.concept.languages.entry(fitted).or_insert(entry);
                    }
                    None => *skipped.entry(tag).or_default() += 1,
                }
            }
        }
        self.concepts
            .retain(|incoming| !incoming.concept.languages.is_empty());
        self.carried.languages = std::mem::take(&mut self.carried.languages)
            .into_iter()
            .filter_map(|tag| fit(&tag))
            .collect();
        skipped.into_iter().collect()
    }
}

/// Reads an exchange file as text: UTF-8 with or without BOM, or UTF-16
/// with a BOM (Excel's "Unicode text"). Anything else is refused with the
/// place of the first bad byte.
pub fn read_input(path: &Path) -> Result<SourceFile, ReadError> {
    let bytes = crate::source::read_bytes(path)?;
    let text = decode_input(path, bytes)?;
    Ok(SourceFile::new(path, text))
}

fn decode_input(path: &Path, bytes: Vec<u8>) -> Result<String, ReadError> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, had_errors) = encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
            .map(|text| (text, false))
            .unwrap_or_else(|| (Default::default(), true));
        if !had_errors {
            return Ok(text.into_owned());
        }
        return Err(ReadError::InvalidUtf8 {
            path: path.to_owned(),
            line: 1,
            column: 1,
        });
    }
    decode_utf8(path, bytes)
}

/// The glossary as JSON: the model's fields (`header`, `concepts` with their
/// `languages`), for scripts.
pub fn to_json(glossary: &Glossary) -> String {
    let mut text = serde_json::to_string_pretty(glossary).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a gender as spelled in the file contract, TBX or common dictionaries
/// (`fem`, `f`, `otherGender`).
pub fn parse_gender(text: &str) -> Option<Gender> {
    let text = text.trim().trim_end_matches('.').to_ascii_lowercase();
    Some(match text.as_str() {
        "masculine" | "masc" | "m" => Gender::Masculine,
        "feminine" | "fem" | "f" => Gender::Feminine,
        "neuter" | "neut" | "n" => Gender::Neuter,
        "common" | "othergender" | "other" => Gender::Common,
        _ => return None,
    })
}

/// The TBX spelling of a gender.
pub fn tbx_gender(gender: Gender) -> &'static str {
    match gender {
        Gender::Common => "otherGender",
        other => other.as_str(),
    }
}

/// Reads a part of speech as spelled in the file contract, TBX or common
/// dictionaries (`n`, `vt`, `adj`, `properNoun`); other known classes
/// (prepositions, pronouns…) are `other`.
pub fn parse_pos(text: &str) -> Option<PartOfSpeech> {
    let text = text.trim().trim_end_matches('.').to_ascii_lowercase();
    Some(match text.as_str() {
        "noun" | "n" | "propernoun" | "proper noun" | "nm" | "nf" => PartOfSpeech::Noun,
        "verb" | "v" | "vt" | "vi" | "vr" | "vtr" | "vpr" => PartOfSpeech::Verb,
        "adjective" | "adj" | "a" => PartOfSpeech::Adjective,
        "adverb" | "adv" => PartOfSpeech::Adverb,
        "other" | "prep" | "preposition" | "pron" | "pronoun" | "conj" | "conjunction" | "num"
        | "numeral" | "art" | "article" | "det" | "determiner" | "interj" | "interjection"
        | "int" | "intj" | "abbr" | "abbreviation" | "phrase" | "particle" => PartOfSpeech::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "en\tfr\ncell\tcellule\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(
            decode_input(Path::new("x"), bytes).unwrap(),
            "en\tfr\ncell\tcellule\n"
        );
        assert!(matches!(
            decode_input(Path::new("x"), b"a\n\xC3(".to_vec()),
            Err(ReadError::InvalidUtf8 { line: 2, .. })
        ));
    }

    #[test]
    fn dictionary_abbreviations_are_understood() {
        assert_eq!(parse_gender("fem"), Some(Gender::Feminine));
        assert_eq!(parse_gender("otherGender"), Some(Gender::Common));
        assert_eq!(parse_pos("vt"), Some(PartOfSpeech::Verb));
        assert_eq!(parse_pos("properNoun"), Some(PartOfSpeech::Noun));
        assert_eq!(parse_pos("prep"), Some(PartOfSpeech::Other));
        assert_eq!(parse_pos("zz"), None);
    }
}
