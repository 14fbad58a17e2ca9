//! Text normalisation shared by the glossary and the term engine: comparison
//! keys, tokens with their byte ranges, and inflection keys.

pub mod code;
mod compound;
mod conjugate;
mod inflect;
mod token;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

pub use compound::{compound_around, continues_compound, is_bound_prefix};
pub use conjugate::{
    FRENCH_IMPERATIVE_REFLEXIVES, FRENCH_REFLEXIVES, complements_noun, conjugate_like,
    conjugations, introduces_noun, noun_homographs,
};
pub use inflect::{
    InflectionKeys, elided_key, fold_case, inflection_key, inflection_keys, loose_key,
};
pub use token::{
    Token, TokenKind, is_apostrophe, is_hyphen, normalize_word, tokenize, tokenize_outside,
};

use crate::glossary::same_language;

/// The languages whose tokenisation and inflection gloss knows; any other
/// language is matched on lowercase words without inflection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// French: elision, number and gender agreement.
    French,
    /// English: plurals and possessives.
    English,
    /// Anything else.
    Other,
}

impl Language {
    /// The language of a BCP 47 tag (`fr-CA` is French).
    pub fn from_tag(tag: &str) -> Self {
        if same_language(tag, "fr") {
            Language::French
        } else if same_language(tag, "en") {
            Language::English
        } else {
            Language::Other
        }
    }
}

/// Canonical comparison key of a form: NFC, one apostrophe (`'`), ordinary
/// spaces for no-break spaces, collapsed whitespace, and lowercase unless
/// `case_sensitive`.
pub fn comparison_key(form: &str, case_sensitive: bool) -> String {
    let unified: String = form
        .nfc()
        .map(|c| match c {
            '\u{2019}' | '\u{02BC}' | '\u{2018}' => '\'',
            '\u{00A0}' | '\u{202F}' | '\u{2007}' => ' ',
            other => other,
        })
        .collect();
    let collapsed = unified.split_whitespace().collect::<Vec<_>>().join(" ");
    if case_sensitive {
        collapsed
    } else {
        collapsed.to_lowercase()
    }
}

/// The text without its accents and other combining marks, in NFC.
pub fn strip_accents(text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    text.nfd()
        .filter(|&c| !is_combining_mark(c))
        .nfc()
        .collect()
}

/// The base letter of one character (`é` → `e`).
pub fn strip_accents_char(c: char) -> char {
    c.nfd().next().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_apostrophes_and_normal_form() {
        assert_eq!(comparison_key("L’E\u{301}piderme", false), "l'épiderme");
        assert_eq!(comparison_key("MSC", true), "MSC");
        assert_eq!(comparison_key(" a\u{a0} b ", false), "a b");
    }

    #[test]
    fn accents_are_stripped() {
        assert_eq!(
            strip_accents("Régénération cutane\u{301}e"),
            "Regeneration cutanee"
        );
        assert_eq!(strip_accents_char('è'), 'e');
        assert_eq!(Language::from_tag("fr-CA"), Language::French);
        assert_eq!(Language::from_tag("en-US"), Language::English);
        assert_eq!(Language::from_tag("de"), Language::Other);
    }
}
