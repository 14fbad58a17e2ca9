//! Inflection keys: every inflected form of a word reduces to the key of its
//! base form, by the regular rules of number and gender of French and of
//! English plurals and possessives. Derivations keep distinct keys
//! (*différenciation* / *différencient*, *safety* / *safely*): the rules only
//! touch inflectional endings, unlike a stemmer. Accents are kept.

use std::borrow::Cow;

use super::Language;

/// Words shorter than this are never reduced (articles, prepositions,
/// abbreviations such as `CSM`).
const MIN_CHARS: usize = 4;

/// French number endings, tried in order: plural → singular.
const FRENCH_NUMBER: [(&str, &str); 4] =
    [("eaux", "eau"), ("aux", "al"), ("eux", "eu"), ("oux", "ou")];

/// French gender endings, tried in order: feminine → masculine, and masculine
/// endings that share a key with their feminine (`-eur`, `-eux`, `-euse`,
/// `-rice` all end in `eu`). Doubled consonants lose one letter with the `e`.
const FRENCH_GENDER: [(&str, &str); 14] = [
    ("trice", "teu"),
    ("euse", "eu"),
    ("eure", "eu"),
    ("eur", "eu"),
    ("ive", "if"),
    ("ouse", "ou"),
    ("ère", "er"),
    ("ète", "et"),
    ("guë", "gu"),
    ("güe", "gu"),
    ("lle", "l"),
    ("nne", "n"),
    ("tte", "t"),
    ("sse", ""),
];

/// The inflection key of one word (already NFC with one apostrophe), folded
/// to lowercase unless `case_sensitive`.
pub fn inflection_key(word: &str, language: Language, case_sensitive: bool) -> Cow<'_, str> {
    let word = if case_sensitive {
        Cow::Borrowed(word)
    } else {
        fold_case(word)
    };
    if word.chars().count() < MIN_CHARS {
        return word;
    }
    match language {
        Language::French => Cow::Owned(french_key(&word)),
        Language::English => Cow::Owned(english_key(&word)),
        Language::Other => word,
    }
}

/// The key used to find near misses: the inflection key of the word without
/// its accents, lowercase.
pub fn loose_key(word: &str, language: Language) -> String {
    let bare = super::strip_accents(&fold_case(word));
    inflection_key(&bare, language, true).into_owned()
}

/// Lowercase, borrowing when there is nothing to fold.
pub fn fold_case(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn replace_suffix(word: &mut String, suffix: &str, replacement: &str) -> bool {
    let keeps_a_stem = word.len() > suffix.len() + 1;
    if keeps_a_stem && word.ends_with(suffix) {
        word.truncate(word.len() - suffix.len());
        word.push_str(replacement);
        true
    } else {
        false
    }
}

fn french_key(word: &str) -> String {
    let mut key = word.to_owned();
    let plural = FRENCH_NUMBER
        .iter()
        .any(|(from, to)| replace_suffix(&mut key, from, to));
    if !plural && key.ends_with('s') && !key.ends_with("ss") {
        key.pop();
    }
    // Singular -au has the plural -aux, like -al: both key as -al.
    if key.ends_with("au") && !key.ends_with("eau") {
        replace_suffix(&mut key, "au", "al");
    }
    let gender = FRENCH_GENDER
        .iter()
        .any(|(from, to)| replace_suffix(&mut key, from, to));
    // A feminine -e goes, except after -er/-et: their feminine takes a grave
    // accent (-ère, -ète), so an unaccented -ere/-ete is a misspelling.
    if !gender && key.ends_with('e') && !key.ends_with("ere") && !key.ends_with("ete") {
        key.pop();
    }
    key
}

/// English irregular plurals that follow no suffix rule.
const ENGLISH_IRREGULAR: [(&str, &str); 8] = [
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("lice", "louse"),
    ("geese", "goose"),
];

/// Latin and Greek endings of English (medical) nouns, singular and plural
/// alike: *bacterium*/*bacteria*, *nucleus*/*nuclei*, *criterion*/*criteria*,
/// *vertebra*/*vertebrae*, *diagnosis*/*diagnoses*, *cortex*/*cortices*.
const ENGLISH_CLASSICAL: [(&str, &str); 9] = [
    ("sis", "s"),
    ("ae", ""),
    ("um", ""),
    ("us", ""),
    ("on", ""),
    ("a", ""),
    ("i", ""),
    ("ex", "ic"),
    ("ix", "ic"),
];

/// Stems shorter than this keep their classical ending (*area* is not *are*).
const CLASSICAL_MIN_STEM: usize = 4;

fn english_key(word: &str) -> String {
    let mut key = word.to_owned();
    if let Some((_, singular)) = ENGLISH_IRREGULAR.iter().find(|(plural, _)| *plural == word) {
        return english_key(singular);
    }
    if !replace_suffix(&mut key, "'s", "")
        && !replace_suffix(&mut key, "ies", "y")
        && key.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| key.ends_with(end))
    {
        key.pop();
    }
    if key.ends_with('e') && !key.ends_with("ae") && key.chars().count() >= MIN_CHARS {
        key.pop();
    }
    for (ending, replacement) in ENGLISH_CLASSICAL {
        if let Some(stem) = key.strip_suffix(ending)
            && stem.chars().count() >= CLASSICAL_MIN_STEM
        {
            key = format!("{stem}{replacement}");
            break;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(word: &str) -> String {
        inflection_key(word, Language::French, false).into_owned()
    }

    fn en(word: &str) -> String {
        inflection_key(word, Language::English, false).into_owned()
    }

    #[test]
    fn french_number_and_gender_share_a_key() {
        let families: &[&[&str]] = &[
            &["cellule", "cellules"],
            &["animal", "animaux", "animale", "animales"],
            &["réseau", "réseaux"],
            &["noyau", "noyaux"],
            &["cutané", "cutanée", "cutanés", "cutanées"],
            &["actif", "active", "actifs", "actives"],
            &["osseux", "osseuse", "osseuses"],
            &[
                "immunomodulateur",
                "immunomodulatrice",
                "immunomodulatrices",
                "immunomodulateurs",
            ],
            &["donneur", "donneuse", "donneurs"],
            &["antérieur", "antérieure", "antérieures"],
            &["premier", "première", "premières"],
            &["complet", "complète"],
            &["cicatriciel", "cicatricielle", "cicatricielles"],
            &["ancien", "ancienne"],
            &["muet", "muette"],
            &["bon", "bonne"],
            &["épais", "épaisse", "épaisses"],
            &["aigu", "aiguë", "aiguës", "aigüe"],
            &["jaloux", "jalouse"],
            &["chronique", "chroniques"],
        ];
        for family in families {
            let key = fr(family[0]);
            for form in &family[1..] {
                assert_eq!(fr(form), key, "{form} vs {}", family[0]);
            }
        }
    }

    #[test]
    fn french_derivations_and_accents_stay_apart() {
        let pairs = [
            ("différenciation", "différencient"),
            ("différenciation", "différenciaient"),
            ("dermatologie", "dermatologique"),
            ("collagène", "collagénase"),
            ("ulcère", "ulcere"),
            ("kératinocyte", "keratinocyte"),
            ("angiogenèse", "angiogénèse"),
            ("derme", "épiderme"),
            ("de", "des"),
        ];
        for (a, b) in pairs {
            assert_ne!(fr(a), fr(b), "{a} vs {b}");
        }
    }

    #[test]
    fn english_plurals_and_possessives_share_a_key() {
        let families: &[&[&str]] = &[
            &["cell", "cells", "cell's"],
            &["therapy", "therapies"],
            &["process", "processes"],
            &["match", "matches"],
            &["cytokine", "cytokines"],
            &["virus", "viruses"],
            &["bacterium", "bacteria"],
            &["nucleus", "nuclei"],
            &["criterion", "criteria"],
            &["vertebra", "vertebrae"],
            &["diagnosis", "diagnoses"],
            &["metastasis", "metastases"],
            &["cortex", "cortices"],
            &["matrix", "matrices"],
            &["formula", "formulas", "formulae"],
            &["child", "children"],
            &["mouse", "mice"],
            &["woman", "women"],
            &["nerve", "nerves"],
            &["specimen", "specimens"],
        ];
        for family in families {
            for form in &family[1..] {
                assert_eq!(en(form), en(family[0]), "{form}");
            }
        }
        for (a, b) in [
            ("differentiation", "differentiate"),
            ("safety", "safely"),
            ("collagen", "collagenase"),
            ("area", "are"),
            ("inflammation", "inflammatory"),
        ] {
            assert_ne!(en(a), en(b));
        }
    }

    #[test]
    fn case_sensitive_keys_keep_capitals_and_still_inflect() {
        let key = |w| inflection_key(w, Language::English, true).into_owned();
        assert_eq!(key("MSCs"), "MSC");
        assert_eq!(key("MSC's"), "MSC");
        assert_ne!(key("msc"), "MSC");
    }

    #[test]
    fn loose_keys_ignore_accents() {
        assert_eq!(
            loose_key("regeneration", Language::French),
            loose_key("Régénération", Language::French)
        );
        assert_eq!(
            loose_key("ulcere", Language::French),
            loose_key("ulcère", Language::French)
        );
    }
}
