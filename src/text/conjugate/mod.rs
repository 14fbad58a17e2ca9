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

/// The form of `to` (an infinitive) that has the person, tense and agreement
/// of `found`, a form of the verb `from`: *sauvegardé* → *enregistré*,
/// *Sauvegardez* → *Enregistrez*. Known for regular French *-er* verbs and
/// English verbs of the same spelling class; `None` otherwise.
pub fn conjugate_like(found: &str, from: &str, to: &str, language: Language) -> Option<String> {
    let lower = super::fold_case(found);
    let (from, to) = (super::fold_case(from), super::fold_case(to));
    let (from_stem, to_stem) = match language {
        Language::French => (from.strip_suffix("er")?, to.strip_suffix("er")?),
        Language::English => (
            from.strip_suffix('e').unwrap_or(&from),
            to.strip_suffix('e').unwrap_or(&to),
        ),
        Language::Other => return None,
    };
    let ending = lower.strip_prefix(from_stem)?;
    let form = format!("{to_stem}{ending}");
    let is_form =
        |candidate: &str, verb: &str| conjugations(verb, language).iter().any(|f| f == candidate);
    if !is_form(&lower, &from) || !is_form(&form, &to) {
        return None;
    }
    let capitalised = found.chars().next().is_some_and(char::is_uppercase);
    let all_capitals = found
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    Some(if all_capitals && found.chars().count() > 1 {
        form.to_uppercase()
    } else if capitalised {
        let mut chars = form.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    } else {
        form
    })
}

/// The conjugated forms of a verb that are also spelt like a noun of the
/// same stem (*sauvegarde*, *sauvegardes*: the present singular of a French
/// *-er* verb): a forbidden verb does not forbid them, since the noun may be
/// another word (*une sauvegarde*, a backup, beside *sauvegarder*, to save).
pub fn noun_homographs(infinitive: &str, language: Language) -> Vec<String> {
    match language {
        Language::French => french::noun_homographs(infinitive),
        Language::English | Language::Other => Vec::new(),
    }
}

/// French words after which a word is a noun, not a conjugated verb:
/// articles, possessives, demonstratives, prepositions and adjectives that
/// stand before a noun (*la sauvegarde*, *de sauvegarde*, *sans sauvegarde*,
/// *dernière sauvegarde*; but *ne sauvegarde pas*). Lowercase, elided ones
/// with a straight apostrophe.
const NOUN_INTRODUCERS: [&str; 56] = [
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "sa",
    "son",
    "ses",
    "ma",
    "mon",
    "mes",
    "ta",
    "ton",
    "tes",
    "ce",
    "cet",
    "cette",
    "ces",
    "votre",
    "vos",
    "notre",
    "nos",
    "leur",
    "leurs",
    "sans",
    "pour",
    "par",
    "avec",
    "en",
    "à",
    "sur",
    "chaque",
    "aucune",
    "dernière",
    "dernières",
    "nouvelle",
    "nouvelles",
    "première",
    "premières",
    "autre",
    "autres",
    "seule",
    "même",
    "ancienne",
    "anciennes",
    "prochaine",
    "plusieurs",
    "quelques",
    "toute",
];

/// French words after which a word is a noun: the complements of a noun
/// (*sauvegarde du contenu*, *sauvegarde en cours*).
const NOUN_COMPLEMENTS: [&str; 5] = ["du", "de", "d'", "des", "en"];

/// Whether a word (lowercase, straight apostrophe) introduces a noun rather
/// than a verb.
pub fn introduces_noun(word: &str) -> bool {
    NOUN_INTRODUCERS.contains(&word)
}

/// Whether a word (lowercase, straight apostrophe) after another makes that
/// one a noun rather than a verb.
pub fn complements_noun(word: &str) -> bool {
    NOUN_COMPLEMENTS.contains(&word)
}

/// The French reflexive pronouns a pronominal verb takes (*se connecter*,
/// *nous nous connectons*, *s'affiche*), elided ones with a straight
/// apostrophe.
pub const FRENCH_REFLEXIVES: [&str; 8] = ["se", "s'", "me", "m'", "te", "t'", "nous", "vous"];

/// The French pronouns that follow an imperative with a hyphen
/// (*connectez-vous*).
pub const FRENCH_IMPERATIVE_REFLEXIVES: [&str; 3] = ["toi", "nous", "vous"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;
    use crate::index::TermIndex;
    use proptest::prelude::*;

    /// The index of one verb concept, English and French.
    fn verb_index(english: &str, french: &str) -> TermIndex {
        let glossary = format!(
            "[terms.v]\nen = {{ term = \"{english}\", pos = \"verb\" }}\n\
             fr = {{ term = \"{french}\", pos = \"verb\" }}\n"
        );
        let loaded = load_str("g.toml", &glossary);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        TermIndex::build(&loaded.glossary, "en", "fr")
    }

    /// French infinitives: regular stems of the first and second groups with
    /// their spelling changes, and irregular verbs.
    fn french_verb() -> impl Strategy<Value = String> {
        prop_oneof![
            "(dé|re|)(ch|gr|v|m|t)(a|i|ou)(rqu|nd|st|r)(er|ir)",
            "(com|a|pro)(men|lan|van|plon)(cer|ger)",
            "(ap|rap|ren)(peler|jeter|acheter)",
            "(em|dé)(ployer|nuyer)",
            "(ré|pro|li|cé)(péter|téger|bérer|der)",
            prop::sample::select(vec![
                "être",
                "avoir",
                "faire",
                "mettre",
                "remettre",
                "permettre",
                "prendre",
                "pouvoir",
                "vouloir",
                "devoir",
                "voir",
                "venir",
                "tenir",
                "ouvrir",
                "offrir",
                "lire",
                "écrire",
                "dire",
                "aller",
                "savoir",
                "recevoir",
                "connaître",
                "paraître",
                "produire",
                "réduire",
                "sortir",
                "rendre",
            ])
            .prop_map(str::to_owned),
        ]
    }

    #[test]
    fn a_form_is_carried_over_to_another_verb() {
        let fr = |found, from, to| conjugate_like(found, from, to, Language::French);
        assert_eq!(
            fr("Sauvegardé", "sauvegarder", "enregistrer").as_deref(),
            Some("Enregistré")
        );
        assert_eq!(
            fr("sauvegardera", "sauvegarder", "enregistrer").as_deref(),
            Some("enregistrera")
        );
        assert_eq!(
            fr("SAUVEGARDEZ", "sauvegarder", "enregistrer").as_deref(),
            Some("ENREGISTREZ")
        );
        assert_eq!(fr("sauvegarde", "sauver", "enregistrer"), None);
        assert_eq!(fr("mis", "mettre", "enregistrer"), None);
        assert!(introduces_noun("la") && introduces_noun("dernière") && !introduces_noun("ne"));
        assert!(complements_noun("du") && !complements_noun("les"));
    }

    proptest! {
        #[test]
        fn every_french_form_of_a_verb_matches_it(verb in french_verb(), pick in 0usize..200) {
            let index = verb_index("zzz", &format!("{verb} à jour"));
            let forms = conjugations(&verb, Language::French);
            let form = &forms[pick % forms.len()];
            let text = format!("Alors {form} à jour, puis.");
            let found = index.scan_target(&text).matches.len();
            prop_assert_eq!(found, 1, "{} in {:?}", form, text);
        }

        #[test]
        fn every_english_form_of_a_verb_matches_it(
            verb in "(re|un|)(st|pl|c|fl|ed|vis)(a|o|i|e)(p|t|n|ck|sh|y|ve|de)",
            pick in 0usize..20,
        ) {
            let index = verb_index(&format!("{verb} up"), "zzz");
            let forms = conjugations(&verb, Language::English);
            let form = &forms[pick % forms.len()];
            let text = format!("Then {form} up, and.");
            prop_assert_eq!(index.scan_source(&text).matches.len(), 1, "{}", text);
        }

        #[test]
        fn derived_nouns_are_not_forms_of_the_verb(
            stem in "(enregistr|configur|install|valid|import)",
            suffix in prop::sample::select(vec!["ement", "ation", "eur", "euse", "ements"]),
        ) {
            let index = verb_index("zzz", &format!("{stem}er"));
            let text = format!("Un {stem}{suffix}.");
            prop_assert!(index.scan_target(&text).matches.is_empty(), "{}", text);
        }
    }
}
