//! Conjugation: every surface form of a verb, generated from its infinitive
//! when the term index is compiled, so that matching a conjugated verb in a
//! text stays a lookup of its inflection key (see [`crate::index`]).
//!
//! The forms are generated, not recognised: a word is a form of a verb only
//! when the verb's paradigm holds it, so derivations stay apart
//! (*enregistrement* is not a form of *enregistrer*, *differentiation* not
//! one of *differentiate*). Generating a few spellings nobody writes
//! (*editted* beside *edited*) is harmless: they never occur.

mod english;
mod french;

use super::Language;

/// Every conjugated form of a verb given by its infinitive (lowercase, NFC,
/// straight apostrophe), the infinitive first; only the infinitive for a
/// language whose conjugation is not known.
pub fn conjugations(infinitive: &str, language: Language) -> Vec<String> {
    let mut forms = match language {
        Language::English => english::conjugations(infinitive),
        Language::French => french::conjugations(infinitive),
        Language::Other => Vec::new(),
    };
    forms.retain(|form| form != infinitive);
    forms.sort();
    forms.dedup();
    forms.insert(0, infinitive.to_owned());
    forms
}

/// The French reflexive pronouns a pronominal verb takes (*se connecter*,
/// *nous nous connectons*, *s'affiche*), elided ones with a straight
/// apostrophe.
pub const FRENCH_REFLEXIVES: [&str; 8] = ["se", "s'", "me", "m'", "te", "t'", "nous", "vous"];

/// The French pronouns that follow an imperative with a hyphen
/// (*connectez-vous*).
pub const FRENCH_IMPERATIVE_REFLEXIVES: [&str; 3] = ["toi", "nous", "vous"];
