//! `gloss lookup` on the real binary: tolerant matching, ranking, advice on
//! forbidden forms, JSON, exit codes, the cache, and hostile queries.

mod common;

use common::{TERMS, gloss, glossary_in, json, stdout};
use predicates::prelude::*;

fn lookup(dir: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    let glossary = glossary_in(dir, TERMS);
    gloss()
        .arg("--glossary")
        .arg(glossary)
        .arg("lookup")
        .args(args)
        .assert()
}

#[test]
fn a_forbidden_form_is_answered_with_the_approved_one() {
    let dir = tempfile::tempdir().unwrap();
    let assert = lookup(dir.path(), &["cellule", "mere"]).success();
    insta::assert_snapshot!(stdout(&assert));
}

#[test]
fn accents_case_hyphens_and_inflection_are_forgiven() {
    let dir = tempfile::tempdir().unwrap();
    for query in [
        "CELLULES-SOUCHES",
        "Stem Cells",
        "greffes cutanees",
        "Keratinocytes",
    ] {
        let assert = lookup(dir.path(), &[query]).success();
        let text = stdout(&assert);
        let first = text.lines().next().unwrap_or_default();
        assert!(
            ["cellule-souche", "greffe-cutanee", "keratinocyte"]
                .iter()
                .any(|id| first.starts_with(id)),
            "{query}: {text}"
        );
    }
}

#[test]
fn typing_the_accentless_forbidden_spelling_gets_the_advice() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["therapeutique dermatologique"])
        .success()
        .stdout(predicate::str::contains(
            "do not use “therapeutique dermatologique”: use “thérapeutique dermatologique”",
        ));
}

#[test]
fn typos_and_word_beginnings_are_forgiven() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["keratinocite"])
        .success()
        .stdout(predicate::str::starts_with("keratinocyte"));
    lookup(dir.path(), &["epiderm"])
        .success()
        .stdout(predicate::str::starts_with("epiderme"));
}

#[test]
fn exact_preferred_form_ranks_before_partial_matches() {
    let dir = tempfile::tempdir().unwrap();
    let assert = lookup(dir.path(), &["--format", "json", "cell"]).success();
    let json = json(&assert);
    let results = json["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let qualities: Vec<&str> = results
        .iter()
        .map(|r| r["quality"].as_str().unwrap())
        .collect();
    let mut sorted = qualities.clone();
    sorted.sort_by_key(|q| {
        ["exact", "inflected", "partial", "approximate", "definition"]
            .iter()
            .position(|x| x == q)
    });
    assert_eq!(qualities, sorted);
}

#[test]
fn json_output_carries_both_languages_and_the_replacement() {
    let dir = tempfile::tempdir().unwrap();
    let assert = lookup(dir.path(), &["--format", "json", "cellule mère"]).success();
    let json = json(&assert);
    let first = &json["results"][0];
    assert_eq!(first["id"], "cellule-souche");
    assert_eq!(first["kind"], "forbidden");
    assert_eq!(first["replacement"], "cellule souche");
    assert_eq!(first["terms"]["en"]["term"], "stem cell");
    assert_eq!(first["terms"]["fr"]["gender"], "feminine");
    assert_eq!(first["domain"], "cell biology");
}

#[test]
fn from_restricts_the_query_language() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["--from", "fr", "stem cell"])
        .code(1)
        .stdout(predicate::str::contains("no term matches “stem cell”"));
    lookup(dir.path(), &["--from", "en", "stem cell"]).success();
    lookup(dir.path(), &["--from", "de", "stem cell"])
        .code(2)
        .stderr(predicate::str::contains("no language “de”"));
}

#[test]
fn definitions_are_searched_on_request() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["outer layer"]).code(1);
    lookup(dir.path(), &["--definitions", "outer layer"])
        .success()
        .stdout(predicate::str::starts_with("keratinocyte"))
        .stdout(predicate::str::contains("found in the definition"));
}

#[test]
fn nothing_found_exits_1_with_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["epidermys graft"])
        .code(1)
        .stdout(predicate::str::contains("did you mean"))
        .stdout(predicate::str::contains("“epidermis”"));
}

#[test]
fn french_interface() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["--lang", "fr", "cellule mere"])
        .success()
        .stdout(predicate::str::contains(
            "n’employez pas «\u{a0}cellule mère\u{a0}»\u{a0}: employez «\u{a0}cellule souche\u{a0}»",
        ))
        .stdout(predicate::str::contains("féminin"));
}

#[test]
fn hostile_queries_are_answered_calmly() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["?!…«»"])
        .code(2)
        .stderr(predicate::str::contains("nothing to look up"));
    let long = "é".repeat(10_000);
    let assert = lookup(dir.path(), &[&long]).code(1);
    assert!(
        stdout(&assert).len() < 1_000,
        "the query is not echoed whole"
    );
    let many = "cellule ".repeat(1_300);
    lookup(dir.path(), &[many.trim()]).code(1);
    lookup(dir.path(), &["<script>alert(1)</script>", "🧬"]).code(1);
}

#[test]
fn a_query_is_required_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &[])
        .code(2)
        .stderr(predicate::str::contains("give a term to look up"));
}

#[test]
fn the_cache_lives_beside_the_glossary_and_follows_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path(), &["vitiligo"]).success();
    let cache = dir.path().join(".gloss-cache");
    assert!(cache.join(".gitignore").is_file());
    assert_eq!(
        std::fs::read_dir(&cache)
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "idx"))
            .count(),
        1
    );
    let glossary = dir.path().join("glossary.toml");
    let changed = format!("{TERMS}\n[terms.acne]\nen = \"acne\"\nfr = \"acné\"\n");
    std::fs::write(&glossary, changed).unwrap();
    gloss()
        .arg("--glossary")
        .arg(&glossary)
        .args(["lookup", "acne"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("acne"));
}

#[test]
fn a_broken_glossary_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), "[terms.a]\nen = \"x\"\n[terms.a\n");
    gloss()
        .arg("--glossary")
        .arg(glossary)
        .args(["lookup", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("glossary.toml:3:"));
}

#[test]
fn other_scripts_emoji_and_quotes_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"
[glossary]
languages = ["en", "fr"]

[terms.paix]
en = "peace"
fr = { term = "paix", variants = ["שלום"], definition = "سلام" }

[terms.gene]
en = "🧬 gene"
fr = "🧬 gène"

[terms.quote]
en = "\"quoted\" <term>"
fr = "« terme » cité"
"#;
    let glossary = glossary_in(dir.path(), text);
    let find = |query: &str, id: &str| {
        gloss()
            .arg("--glossary")
            .arg(&glossary)
            .args(["lookup", query])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(id));
    };
    find("שלום", "paix");
    find("🧬", "gene");
    find("gene", "gene");
    find("<term>", "quote");
    find("terme cite", "quote");
}
