//! Structural comparison of Fluent pairs on fixtures: one message per check,
//! each beside correct neighbours that must not be reported.

mod common;

use std::path::{Path, PathBuf};

use gloss::documents::fluent::compare::{DifferenceKind, Options, differences, missing_files};
use gloss::documents::fluent::structure::{EntryKind, ReferenceKind};
use gloss::documents::fluent::{parse_pair_with_structure, plurals};
use gloss::documents::{PairSpec, Read, ReadOptions, read_with_structure};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/structure")
        .join(path)
}

/// The differences of the fixture directories as `file:line:column kind entry subject`.
fn fixture_differences(language: Option<&str>) -> Vec<String> {
    let spec = PairSpec {
        source: Some(fixture("en-US")),
        target: fixture("fr"),
        format: None,
    };
    let reads = read_with_structure(&spec, &ReadOptions::default()).unwrap();
    let options = Options {
        language,
        glossary_terms: None,
    };
    let mut found: Vec<String> = differences(&reads, &options)
        .iter()
        .flatten()
        .chain(&missing_files(&spec))
        .map(|d| {
            let (line, column) = d.file.line_column(d.span.start);
            let path = d.file.path.strip_prefix(fixture("")).unwrap().display();
            let subject = d.subject.clone().unwrap_or_default();
            format!("{path}:{line}:{column} {:?} {} {subject}", d.kind, d.entry)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_check_on_its_fixture_and_nothing_else() {
    let expected = [
        "en-US/junk.ftl:3:1 Junk  broken = A broken { message",
        "fr/checks.ftl:11:1 MissingValue value-only ",
        "fr/checks.ftl:12:6 ObsoleteAttribute value-only.label label",
        "fr/checks.ftl:13:19 MissingValue attributes-only ",
        "fr/checks.ftl:15:1 DroppedVariable variables $clinic",
        "fr/checks.ftl:15:1 DroppedVariable variables $count",
        "fr/checks.ftl:15:25 UnknownVariable variables $total",
        "fr/checks.ftl:16:15 DroppedReference dropped-ref -brand",
        "fr/checks.ftl:17:40 AddedReference added-ref -brand",
        "fr/checks.ftl:18:100 AddedReference unknown-refs absent-message",
        "fr/checks.ftl:18:100 UnknownMessageReference unknown-refs absent-message",
        "fr/checks.ftl:18:42 AddedReference unknown-refs shared-message",
        "fr/checks.ftl:18:62 AddedReference unknown-refs -shared-term",
        "fr/checks.ftl:18:80 AddedReference unknown-refs -absent-term",
        "fr/checks.ftl:18:80 UnknownTermReference unknown-refs -absent-term",
        "fr/checks.ftl:20:13 Untranslated identical ",
        "fr/checks.ftl:25:6 LiteralPluralNumber plural one",
        "fr/checks.ftl:26:6 PluralCategories plural few",
        "fr/checks.ftl:29:19 PluralCategories number-plural one",
        "fr/checks.ftl:36:1 ObsoleteMessage obsolete-message obsolete-message",
        "fr/checks.ftl:37:1 DuplicateId ok-message ok-message",
        "fr/checks.ftl:6:1 MissingMessage missing-one missing-one",
        "fr/checks.ftl:8:6 ObsoleteAttribute obsolete-attr.tooltip tooltip",
        "fr/checks.ftl:9:1 MissingAttribute missing-attr.label label",
        "fr/junk.ftl:2:27 Junk  broken = Un message cassé }",
        "fr/untranslated-file.ftl:1:1 MissingFile  ",
    ];
    let found = fixture_differences(Some("fr"));
    let found: Vec<String> = found
        .into_iter()
        .map(|line| match line.find("MissingFile") {
            Some(at) => line[..at + "MissingFile".len()].to_owned() + "  ",
            None => line,
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn plural_categories_need_a_known_language() {
    let found = fixture_differences(Some("xx"));
    assert!(found.iter().all(|line| !line.contains("PluralCategories")));
    let found = fixture_differences(None);
    assert!(found.iter().all(|line| !line.contains("PluralCategories")));
}

fn compare_texts(source: &str, target: &str, language: &str) -> Vec<(DifferenceKind, String)> {
    let (_, structures) = parse_pair_with_structure(
        (Path::new("en.ftl"), source.as_bytes()),
        (Path::new("fr.ftl"), target.as_bytes()),
    )
    .unwrap();
    let locale = gloss::documents::fluent::compare::LocaleIndex::new([&structures.target]);
    let options = Options {
        language: Some(language),
        glossary_terms: None,
    };
    gloss::documents::fluent::compare::compare(
        structures.source.as_ref(),
        &structures.target,
        &locale,
        &options,
    )
    .into_iter()
    .map(|d| (d.kind, d.subject.unwrap_or_default()))
    .collect()
}

#[test]
fn french_many_is_a_category_and_english_many_is_not() {
    let source = "m = { $n ->\n    [one] One.\n   *[other] Many.\n}\n";
    let french = "m = { $n ->\n    [one] { $n } seul.\n    [many] { $n } de plus.\n   *[other] Plusieurs.\n}\n";
    assert!(compare_texts(source, french, "fr").is_empty());
    assert_eq!(
        compare_texts(source, french, "en"),
        [(DifferenceKind::PluralCategories, "many".to_owned())]
    );
    assert_eq!(
        plurals::categories("fr"),
        Some(&["one", "many", "other"][..])
    );
}

/// French `one` holds 0 as well as 1: a `[one]` variant that writes 1, or
/// that says "one" without the number, is wrong for zero. English `one`
/// holds 1 alone, and a `[0]` variant takes 0 out of French `one`.
#[test]
fn plural_variants_that_presume_one_number() {
    let source = "m = { $n ->\n    [one] 1 file\n   *[other] { $n } files\n}\n";
    let literal = "m = { $n ->\n    [one] 1 fichier\n   *[other] { $n } fichiers\n}\n";
    let spelt = "m = { $n ->\n    [one] un fichier\n   *[other] { $n } fichiers\n}\n";
    let right = "m = { $n ->\n    [one] { $n } fichier\n   *[other] { $n } fichiers\n}\n";
    let zero_apart =
        "m = { $n ->\n    [0] aucun fichier\n    [one] 1 fichier\n   *[other] { $n } fichiers\n}\n";
    let literal_other =
        "m = { NUMBER($n) ->\n    [one] { $n } fichier\n   *[other] 2 fichiers\n}\n";
    let not_a_count = "m = { $n ->\n    [one] { $n } fichier UTF-8 (x2)\n   *[other] { $n } fichiers, version 1.5\n}\n";
    let literal_plural = |target, language| -> Vec<String> {
        compare_texts(source, target, language)
            .into_iter()
            .filter(|(kind, _)| *kind == DifferenceKind::LiteralPluralNumber)
            .map(|(_, subject)| subject)
            .collect()
    };
    assert_eq!(literal_plural(literal, "fr"), ["1"]);
    assert_eq!(literal_plural(spelt, "fr"), ["one"]);
    assert!(literal_plural(literal_other, "fr").is_empty());
    assert!(literal_plural(right, "fr").is_empty());
    assert!(literal_plural(zero_apart, "fr").is_empty());
    assert!(literal_plural(not_a_count, "fr").is_empty());
    assert!(literal_plural(source, "en").is_empty());
    assert!(literal_plural(literal, "xx").is_empty());
}

#[test]
fn number_keys_and_non_plural_selects_are_not_plural_problems() {
    let source = "m = { $n ->\n    [0] None.\n    [one] One.\n   *[other] Some.\n}\n";
    let target = "m = { $n ->\n    [0] Aucun.\n    [one] Un seul.\n   *[other] Certains.\n}\n";
    assert!(compare_texts(source, target, "fr").is_empty());
    let source = "m = { $kind ->\n    [feminine] She.\n   *[masculine] He.\n}\n";
    let target = "m = { $kind ->\n    [neutral] Iel.\n   *[masculine] Il.\n}\n";
    assert!(compare_texts(source, target, "fr").is_empty());
}

#[test]
fn variables_count_over_the_whole_message_and_selectors_count() {
    let source = "m = { $n ->\n    [one] One file\n   *[other] Files\n}\n    .title = { $name }\n";
    let target = "m = Fichiers de { $name }\n    .title = { $n } fichiers\n";
    assert!(compare_texts(source, target, "fr").is_empty());
}

#[test]
fn references_to_glossary_terms_are_not_compared() {
    let source = "-stem = stem cell\nm = Every stem cell divides.\nb = { -brand } opens.\n";
    let target =
        "-stem = cellule souche\nm = Chaque { -stem } se divise.\nb = La marque s’ouvre.\n";
    let (_, structures) = parse_pair_with_structure(
        (Path::new("en.ftl"), source.as_bytes()),
        (Path::new("fr.ftl"), target.as_bytes()),
    )
    .unwrap();
    let locale = gloss::documents::fluent::compare::LocaleIndex::new([&structures.target]);
    let terms: std::collections::HashSet<String> = ["stem".to_owned()].into();
    let options = Options {
        language: Some("fr"),
        glossary_terms: Some(&terms),
    };
    let found: Vec<(DifferenceKind, Option<String>)> = gloss::documents::fluent::compare::compare(
        structures.source.as_ref(),
        &structures.target,
        &locale,
        &options,
    )
    .into_iter()
    .map(|d| (d.kind, d.subject))
    .collect();
    // -brand is no glossary term: dropping it is reported; -stem is one.
    assert_eq!(
        found,
        [(DifferenceKind::DroppedReference, Some("-brand".to_owned()))]
    );
}

#[test]
fn term_attributes_are_private_to_each_locale() {
    let source = "-brand = Brand\nm = { -brand }\n";
    let target = "-brand = Marque\n    .gender = feminine\nm = { -brand.gender ->\n    [feminine] La { -brand }\n   *[other] Le { -brand }\n}\n";
    assert!(compare_texts(source, target, "fr").is_empty());
}

#[test]
fn the_structure_keeps_spans_and_references() {
    let source = "-t = T\nm = A { $x } and { -t.gender ->\n   *[f] x\n} and { other.attr } and { NUMBER($y) }\n";
    let (_, structures) = parse_pair_with_structure(
        (Path::new("en.ftl"), source.as_bytes()),
        (Path::new("fr.ftl"), source.as_bytes()),
    )
    .unwrap();
    let target = &structures.target;
    assert_eq!(target.entries[0].kind, EntryKind::Term);
    assert_eq!(&target.file.text[target.entries[0].span.clone()], "-t");
    let message = &target.entries[1];
    let references: Vec<(ReferenceKind, &str)> = message
        .value
        .as_ref()
        .unwrap()
        .references
        .iter()
        .map(|r| (r.kind, &target.file.text[r.span.clone()]))
        .collect();
    assert_eq!(
        references,
        [
            (ReferenceKind::Variable, "$x"),
            (ReferenceKind::Term, "-t.gender"),
            (ReferenceKind::Message, "other.attr"),
            (ReferenceKind::Variable, "$y"),
        ]
    );
}

#[test]
fn structures_come_with_the_documents() {
    let spec = PairSpec {
        source: Some(fixture("en-US")),
        target: fixture("fr"),
        format: None,
    };
    let reads: Vec<Read> = read_with_structure(&spec, &ReadOptions::default()).unwrap();
    assert!(reads.iter().all(|read| read.structures.is_some()));
    // The junk is in the structure, and back among the diagnostics of the
    // plain document.
    let junk = reads
        .iter()
        .find(|read| read.document.target.path.ends_with("junk.ftl"))
        .unwrap();
    assert!(junk.document.diagnostics.is_empty());
    let document = junk.clone().into_document();
    assert_eq!(document.diagnostics.len(), 2);
}

mod bad_input {
    use super::*;
    use gloss::documents::fluent::compare::{LocaleIndex, compare};
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "msg = ",
        "-term = ",
        "other = ",
        "a",
        "é",
        " ",
        "    ",
        "\n",
        "\r\n",
        "\t",
        "{ ",
        " }",
        "{",
        "}",
        "$count",
        "$n",
        "-term",
        "-term.gender",
        "other.attr",
        ".attr = ",
        ".gender = ",
        " ->\n",
        "[one] ",
        "[few] ",
        "*[other] ",
        "[many]",
        "[0]",
        "\"",
        "\\",
        "NUMBER(",
        ")",
        "# comment\n",
        "=",
        "-",
        "\u{FEFF}",
        "\u{FFFD}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|p| p.concat())
    }

    fn check(source: &str, target: &str) {
        let (_, structures) = parse_pair_with_structure(
            (Path::new("en.ftl"), source.as_bytes()),
            (Path::new("fr.ftl"), target.as_bytes()),
        )
        .unwrap();
        let locale = LocaleIndex::new([&structures.target]);
        let options = Options {
            language: Some("fr"),
            glossary_terms: None,
        };
        for difference in compare(
            structures.source.as_ref(),
            &structures.target,
            &locale,
            &options,
        ) {
            let text = &difference.file.text;
            assert!(difference.span.start <= difference.span.end);
            assert!(difference.span.end <= text.len());
            assert!(text.is_char_boundary(difference.span.start));
            assert!(text.is_char_boundary(difference.span.end));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn fluent_like_pairs_give_located_differences(source in text(), target in text()) {
            check(&source, &target);
            check(&target, &target);
        }
    }

    #[test]
    fn crlf_bom_tabs_deep_nesting_and_big_selects() {
        let deep = format!("deep = {}$x{}\n", "{ ".repeat(3_000), " }".repeat(3_000));
        let variants: String = (0..5_000)
            .map(|i| format!("    [v{i}] Text {i}\n"))
            .collect();
        let big = format!("big = {{ $n ->\n{variants}   *[other] Other\n}}\n");
        let source = format!("\u{FEFF}a = One\r\n\tb = Two\r\n{deep}{big}");
        let target = format!("\u{FEFF}a = Un\r\n\tb = Deux\r\n{deep}{big}");
        check(&source, &target);
    }
}

mod cli {
    use serde_json::Value;
    use std::collections::BTreeMap;

    fn check(config: Option<&str>) -> (i32, Value) {
        let dir = tempfile::tempdir().unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        let mut command = crate::common::gloss();
        if let Some(rules) = config {
            let path = dir.path().join("gloss.toml");
            std::fs::write(&path, format!("target-language = \"fr\"\n[rules]\n{rules}")).unwrap();
            command.arg("--config").arg(path);
        }
        let output = command
            .args([
                "--glossary",
                &format!("{root}/tests/fixtures/fluent-terms/glossary.toml"),
            ])
            .args(["check", "--format", "json", "--source"])
            .arg(format!("{root}/tests/fixtures/structure/en-US"))
            .arg("--target")
            .arg(format!("{root}/tests/fixtures/structure/fr"))
            .output()
            .unwrap();
        let value = serde_json::from_slice(&output.stdout).unwrap();
        (output.status.code().unwrap(), value)
    }

    fn counts(value: &Value) -> BTreeMap<String, (usize, String)> {
        let mut counts = BTreeMap::new();
        for finding in value["findings"].as_array().unwrap() {
            let entry = counts
                .entry(finding["rule"].as_str().unwrap().to_owned())
                .or_insert((0, finding["severity"].as_str().unwrap().to_owned()));
            entry.0 += 1;
        }
        counts
    }

    #[test]
    fn check_runs_the_structural_rules_with_their_severities() {
        let (code, value) = check(None);
        assert_eq!(code, 1);
        let counts = counts(&value);
        let expect = |rule: &str, n: usize, severity: &str| {
            assert_eq!(
                counts.get(rule),
                Some(&(n, severity.to_owned())),
                "{rule}: {counts:?}"
            );
        };
        expect("missing-message", 1, "error");
        expect("obsolete-message", 1, "warning");
        expect("dropped-variable", 2, "warning");
        expect("unknown-variable", 1, "error");
        expect("junk", 2, "error");
        expect("missing-file", 1, "error");
        expect("untranslated", 1, "warning");
        let junk = value["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "junk" && f["path"].as_str().unwrap().ends_with("fr/junk.ftl"))
            .unwrap();
        assert_eq!(
            (junk["line"].as_u64(), junk["column"].as_u64()),
            (Some(2), Some(27))
        );
        assert_eq!(junk["found"], "broken = Un message cassé }");
    }

    #[test]
    fn rule_levels_come_from_the_configuration() {
        let (_, value) = check(Some("untranslated = \"error\"\njunk = \"off\"\n"));
        let counts = counts(&value);
        assert_eq!(counts.get("untranslated"), Some(&(1, "error".to_owned())));
        assert_eq!(counts.get("junk"), None);
        // Only warnings left: exit 0.
        let rules = "missing-message = \"warning\"\nobsolete-attribute = \"off\"\nmissing-attribute = \"off\"\n\
             missing-value = \"off\"\nunknown-variable = \"off\"\nunknown-term-reference = \"off\"\n\
             unknown-message-reference = \"off\"\nduplicate-id = \"off\"\njunk = \"off\"\n\
             plural-categories = \"off\"\nmissing-file = \"warning\"\n";
        let (code, _) = check(Some(rules));
        assert_eq!(code, 0);
    }
}
