//! `gloss export fluent` and `gloss import fluent` on the real binary: the
//! generated file, the staleness check, and changes brought back into the
//! TOML with its comments and layout.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const GLOSSARY: &str = "tests/fixtures/fluent-terms/glossary.toml";

fn gloss(glossary: &Path) -> Command {
    let mut command = Command::cargo_bin("gloss").unwrap();
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .arg("--glossary")
        .arg(glossary);
    command
}

fn export(glossary: &Path, lang: &str) -> String {
    let output = gloss(glossary)
        .args(["export", "fluent", "--lang", lang])
        .assert()
        .code(0)
        .get_output()
        .clone();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_generated_terms() {
    insta::assert_snapshot!("terms_fr", export(Path::new(GLOSSARY), "fr"));
    insta::assert_snapshot!("terms_en", export(Path::new(GLOSSARY), "en"));
}

#[test]
fn the_export_is_byte_stable_whatever_the_interface_language() {
    let first = export(Path::new(GLOSSARY), "fr");
    let output = gloss(Path::new(GLOSSARY))
        .env("LANG", "en_US.UTF-8")
        .args(["export", "fluent", "--lang", "fr"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert_eq!(first.as_bytes(), output.stdout);
}

#[test]
fn check_exits_one_when_the_file_is_stale_or_missing() {
    let dir = tempfile::tempdir().unwrap();
    let terms = dir.path().join("terms.ftl");
    let run = |code: i32| {
        gloss(Path::new(GLOSSARY))
            .args(["export", "fluent", "--lang", "fr", "--check", "--out"])
            .arg(&terms)
            .assert()
            .code(code);
    };
    run(1);
    assert!(!terms.exists(), "--check writes nothing");
    gloss(Path::new(GLOSSARY))
        .args(["export", "fluent", "--lang", "fr", "--out"])
        .arg(&terms)
        .assert()
        .code(0);
    run(0);
    std::fs::write(
        &terms,
        export(Path::new(GLOSSARY), "fr").replace("plaie", "blessure"),
    )
    .unwrap();
    run(1);
}

#[test]
fn import_brings_changed_forms_back_and_keeps_the_toml_layout() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = dir.path().join("glossary.toml");
    let original = std::fs::read_to_string(GLOSSARY).unwrap();
    std::fs::write(&glossary, &original).unwrap();
    let terms = dir.path().join("terms.ftl");
    let edited = export(&glossary, "fr")
        .replace("-pansement = pansement", "-pansement = compresse")
        .replace("-plaie = plaie", "-plaie = plaie ouverte")
        .replace("feminine", "masculine");
    std::fs::write(&terms, edited).unwrap();
    gloss(&glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(&terms)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "2 formes privilégiées modifiées et 1 genre modifié",
        ));
    let expected = original
        .replace(
            "term = \"pansement\"   # the usual word",
            "term = \"compresse\"   # the usual word",
        )
        .replace("fr = \"plaie\"", "fr = \"plaie ouverte\"")
        .replace(
            "fr = { term = \"greffe\", gender = \"feminine\" }",
            "fr = { term = \"greffe\", gender = \"masculine\" }",
        );
    assert_eq!(std::fs::read_to_string(&glossary).unwrap(), expected);
    // A second import finds nothing to change.
    gloss(&glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(&terms)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 forme privilégiée modifiée et 0 genre modifié",
        ));
}

#[test]
fn a_broken_terms_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = dir.path().join("glossary.toml");
    std::fs::copy(GLOSSARY, &glossary).unwrap();
    let terms = dir.path().join("terms.ftl");
    std::fs::write(
        &terms,
        "-plaie = blessure\n-greffe = { broken\n-inconnu = x\n",
    )
    .unwrap();
    gloss(&glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(&terms)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("terms.ftl:3:1"));
    assert_eq!(
        std::fs::read_to_string(&glossary).unwrap(),
        std::fs::read_to_string(GLOSSARY).unwrap()
    );
    // Unknown ids are warnings: the other changes go through.
    std::fs::write(&terms, "-plaie = blessure\n-inconnu = x\n").unwrap();
    gloss(&glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(&terms)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("-inconnu"));
    assert!(
        std::fs::read_to_string(&glossary)
            .unwrap()
            .contains("fr = \"blessure\"")
    );
}

#[test]
fn an_import_that_would_make_the_glossary_invalid_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = dir.path().join("glossary.toml");
    std::fs::copy(GLOSSARY, &glossary).unwrap();
    let terms = dir.path().join("terms.ftl");
    // "bandage" is a forbidden form of the concept: it cannot be preferred.
    std::fs::write(&terms, "-pansement = bandage\n").unwrap();
    gloss(&glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(&terms)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bandage"));
    assert_eq!(
        std::fs::read_to_string(&glossary).unwrap(),
        std::fs::read_to_string(GLOSSARY).unwrap()
    );
}
