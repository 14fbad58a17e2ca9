//! Any glossary the model serialises loads back equal.

use std::collections::BTreeMap;

use gloss::diagnostic::Severity;
use gloss::glossary::{
    Concept, Gender, Glossary, Header, LangEntry, PartOfSpeech, load_str, to_toml,
};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-y][a-yéèçœ' -]{0,15}[a-y]",
        "[a-y]\\PC{0,12}[a-y]",
        "[a-y]{1,3}\"\\\\\t[a-y]"
    ]
}

fn entry() -> impl Strategy<Value = LangEntry> {
    (
        text(),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(Gender::ALL.map(|(_, g)| g).to_vec())),
        prop::option::of(prop::sample::select(
            PartOfSpeech::ALL.map(|(_, p)| p).to_vec(),
        )),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(term, variants, forbidden, definition, gender, pos, case_sensitive, verb)| {
                LangEntry {
                    term,
                    // A variant with its own part of speech is written as a table.
                    variant_pos: variants
                        .iter()
                        .take(usize::from(verb))
                        .map(|v| (v.clone(), PartOfSpeech::Verb))
                        .collect(),
                    not_in: forbidden
                        .iter()
                        .take(usize::from(verb))
                        .map(|f| format!("{f} z"))
                        .collect(),
                    variants,
                    // "zz" keeps forbidden forms apart from accepted ones (which never start with z).
                    forbidden: forbidden.into_iter().map(|f| format!("zz{f}")).collect(),
                    definition,
                    gender,
                    pos,
                    case_sensitive,
                }
            },
        )
}

fn concept() -> impl Strategy<Value = Concept> {
    (
        prop::option::of(text()),
        prop::option::of(text()),
        prop::collection::btree_map(
            prop::sample::select(vec!["en", "fr", "fr-CA", "de"]),
            entry(),
            1..4,
        ),
    )
        .prop_map(|(domain, note, languages)| Concept {
            id: String::new(),
            domain,
            note,
            dnt: false,
            languages: languages
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        })
}

fn glossary() -> impl Strategy<Value = Glossary> {
    (
        prop::option::of(text()),
        any::<bool>(),
        prop::collection::btree_map("[a-z][a-z0-9_-]{0,12}", concept(), 1..8),
    )
        .prop_map(
            |(title, declare, concepts): (_, _, BTreeMap<String, Concept>)| {
                let concepts: Vec<Concept> = concepts
                    .into_iter()
                    .map(|(id, c)| Concept { id, ..c })
                    .collect();
                let languages = if declare {
                    vec!["de".into(), "en".into(), "fr".into(), "fr-CA".into()]
                } else {
                    Vec::new()
                };
                let source_language = declare.then(|| "en".to_owned());
                Glossary {
                    header: Header {
                        title,
                        languages,
                        source_language,
                    },
                    concepts,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn serialised_glossaries_load_back_equal(original in glossary()) {
        let text = to_toml(&original);
        let loaded = load_str("generated.toml", &text);
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| &d.message).collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{text}");
        prop_assert_eq!(loaded.glossary, original);
    }
}
