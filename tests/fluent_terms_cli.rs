//! `gloss export fluent` and `gloss import fluent` on the real binary: the
//! generated file, the staleness check, and changes brought back into the
//! TOML with its comments and layout.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use common::{read, stdout, write_in};
use predicates::prelude::*;

const GLOSSARY: &str = "tests/fixtures/fluent-terms/glossary.toml";

fn gloss(glossary: &Path) -> Command {
    let mut command = common::gloss();
    command.arg("--glossary").arg(glossary);
    command
}

fn export(glossary: &Path, lang: &str) -> String {
    stdout(
        &gloss(glossary)
            .args(["export", "fluent", "--lang", lang])
            .assert()
            .code(0),
    )
}

/// A copy of the fixture glossary in `dir`, to import into.
fn copy_of_glossary(dir: &Path) -> PathBuf {
    write_in(dir, "glossary.toml", read(Path::new(GLOSSARY)))
}

/// `gloss import fluent --lang fr TERMS` into `glossary`.
fn import_fr(glossary: &Path, terms: &Path) -> Assert {
    gloss(glossary)
        .args(["import", "fluent", "--lang", "fr"])
        .arg(terms)
        .assert()
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
    write_in(
        dir.path(),
        "terms.ftl",
        export(Path::new(GLOSSARY), "fr").replace("plaie", "blessure"),
    );
    run(1);
}

#[test]
fn import_brings_changed_forms_back_and_keeps_the_toml_layout() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = copy_of_glossary(dir.path());
    let original = read(&glossary);
    let edited = export(&glossary, "fr")
        .replace("-pansement = pansement", "-pansement = compresse")
        .replace("-plaie = plaie", "-plaie = plaie ouverte")
        .replace("feminine", "masculine");
    let terms = write_in(dir.path(), "terms.ftl", edited);
    import_fr(&glossary, &terms)
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
    import_fr(&glossary, &terms)
        .code(0)
        .stdout(predicate::str::contains(
            "0 forme privilégiée modifiée et 0 genre modifié",
        ));
}

#[test]
fn a_broken_terms_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = copy_of_glossary(dir.path());
    let terms = write_in(
        dir.path(),
        "terms.ftl",
        "-plaie = blessure\n-greffe = { broken\n-inconnu = x\n",
    );
    import_fr(&glossary, &terms)
        .code(2)
        .stderr(predicate::str::contains("terms.ftl:3:1"));
    assert_eq!(
        std::fs::read_to_string(&glossary).unwrap(),
        std::fs::read_to_string(GLOSSARY).unwrap()
    );
    // Unknown ids are warnings: the other changes go through.
    write_in(dir.path(), "terms.ftl", "-plaie = blessure\n-inconnu = x\n");
    import_fr(&glossary, &terms)
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
    let glossary = copy_of_glossary(dir.path());
    // "bandage" is a forbidden form of the concept: it cannot be preferred.
    let terms = write_in(dir.path(), "terms.ftl", "-pansement = bandage\n");
    import_fr(&glossary, &terms)
        .code(2)
        .stderr(predicate::str::contains("bandage"));
    assert_eq!(
        std::fs::read_to_string(&glossary).unwrap(),
        std::fs::read_to_string(GLOSSARY).unwrap()
    );
}
