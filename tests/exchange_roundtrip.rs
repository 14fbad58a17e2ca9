//! Round trips through the exchange formats lose nothing the format can
//! carry: TOML → CSV → TOML keeps everything; TOML → TBX → TOML keeps
//! everything but `dnt` and `case-sensitive`, which TBX-Basic has no place
//! for. Each trip goes through the real writers, readers, merge and editor.

use std::collections::BTreeMap;
use std::sync::Arc;

use gloss::edit::GlossaryDocument;
use gloss::exchange::{self, Imported, merge};
use gloss::glossary::{Concept, Gender, Glossary, LangEntry, PartOfSpeech, load_str, to_toml};
use gloss::source::SourceFile;
use proptest::prelude::*;

fn form() -> impl Strategy<Value = String> {
    "[a-y][a-yéèçœ' -]{0,12}[a-y]"
}

fn text() -> impl Strategy<Value = String> {
    "[A-Za-yé][a-yé <>&|;,\"\\\\\n.«»’-]{0,24}[a-y.]"
}

fn entry() -> impl Strategy<Value = LangEntry> {
    (
        form(),
        prop::collection::vec(form(), 0..3),
        prop::collection::vec(form(), 0..3),
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
                let mut seen = vec![term.clone()];
                let variants = variants
                    .into_iter()
                    .filter(|v| {
                        let new = !seen.contains(v);
                        seen.push(v.clone());
                        new
                    })
                    .collect::<Vec<String>>();
                // A verb variant beside a noun (a part of speech of its own).
                let variant_pos = variants
                    .iter()
                    .take(usize::from(verb && pos != Some(PartOfSpeech::Verb)))
                    .map(|v| (v.clone(), PartOfSpeech::Verb))
                    .collect();
                let not_in = if verb {
                    vec![format!("{term} zz")]
                } else {
                    Vec::new()
                };
                let mut forbidden: Vec<String> =
                    forbidden.into_iter().map(|f| format!("zz{f}")).collect();
                forbidden.dedup();
                LangEntry {
                    term,
                    variants,
                    variant_pos,
                    not_in,
                    forbidden,
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
        any::<bool>(),
        prop::collection::btree_map(
            prop::sample::select(vec!["en".to_owned(), "fr".to_owned(), "fr-CA".to_owned()]),
            entry(),
            1..3,
        ),
    )
        .prop_map(|(domain, note, dnt, languages)| Concept {
            id: String::new(),
            domain,
            note,
            // do-not-translate concepts have one form everywhere: one language.
            dnt: dnt && languages.len() == 1,
            languages,
        })
}

fn glossary() -> impl Strategy<Value = Glossary> {
    prop::collection::btree_map("[a-z][a-z0-9_-]{0,8}", concept(), 1..6).prop_map(|concepts| {
        Glossary {
            concepts: concepts
                .into_iter()
                .map(|(id, concept)| Concept { id, ..concept })
                .collect(),
            ..Default::default()
        }
    })
}

/// Imports `imported` into an empty glossary file and reads the result back.
fn import_into_empty(imported: Imported) -> Glossary {
    let plan = merge::plan(
        &Glossary::default(),
        imported.concepts,
        &imported.carried,
        false,
    );
    assert!(plan.conflicts.is_empty());
    let mut document = GlossaryDocument::new(Default::default());
    for concept in &plan.added {
        document.append_concept(concept);
    }
    load_valid("imported.toml", &document.render())
}

fn valid(original: &Glossary) -> Glossary {
    load_valid("original.toml", &to_toml(original))
}

/// Reads `text` as a glossary, which must have no errors.
fn load_valid(name: &str, text: &str) -> Glossary {
    let loaded = load_str(name, text);
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity != gloss::diagnostic::Severity::Error),
        "{:?}",
        loaded.diagnostics
    );
    loaded.glossary
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn csv_round_trip_keeps_everything(original in glossary()) {
        let original = valid(&original);
        let text = exchange::csv::write(&original, b',');
        let file = Arc::new(SourceFile::new("g.csv", text));
        let imported = exchange::csv::read(file, &mut |_| {}).unwrap();
        prop_assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        prop_assert_eq!(import_into_empty(imported).concepts, original.concepts);
    }

    #[test]
    fn tbx_round_trip_keeps_what_tbx_carries(original in glossary()) {
        let original = valid(&original);
        let text = exchange::tbx::write(&original);
        let file = Arc::new(SourceFile::new("g.tbx", text));
        let imported = exchange::tbx::read(file, &mut |_| {}).unwrap();
        prop_assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        let carried: Vec<Concept> = original
            .concepts
            .iter()
            .map(|c| Concept {
                dnt: false,
                languages: c
                    .languages
                    .iter()
                    .map(|(lang, e)| (lang.clone(), LangEntry { case_sensitive: false, not_in: Vec::new(), ..e.clone() }))
                    .collect::<BTreeMap<_, _>>(),
                ..c.clone()
            })
            .collect();
        prop_assert_eq!(import_into_empty(imported).concepts, carried);
    }

    #[test]
    fn csv_with_semicolons_reads_back_the_same(original in glossary()) {
        let original = valid(&original);
        let comma = exchange::csv::write(&original, b',');
        let semicolon = exchange::csv::write(&original, b';');
        let read = |text: String| {
            let file = Arc::new(SourceFile::new("g.csv", text));
            let imported = exchange::csv::read(file, &mut |_| {}).unwrap();
            imported.concepts.into_iter().map(|c| c.concept).collect::<Vec<_>>()
        };
        prop_assert_eq!(read(comma), read(semicolon));
    }
}
