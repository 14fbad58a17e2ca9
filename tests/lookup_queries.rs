//! `gloss lookup` queries on the real binary: a typo in any word of a
//! multi-word query, two typos in a long word, the matched form in the
//! language that matched, `--limit 0`, bad queries and options refused with
//! exit 2, and queries read from a pipe.

mod common;

use common::{TERMS, gloss, glossary_in, json, stdout};
use predicates::prelude::*;

fn lookup(dir: &std::path::Path) -> assert_cmd::Command {
    let glossary = glossary_in(dir, TERMS);
    let mut command = gloss();
    command.arg("--glossary").arg(glossary).arg("lookup");
    command
}

#[test]
fn typos_are_forgiven_per_word_and_twice_in_long_words() {
    let dir = tempfile::tempdir().unwrap();
    for (query, id) in [
        ("stem cels", "cellule-souche"),
        ("stme cell", "cellule-souche"),
        ("kératinocytezz", "keratinocyte"),
        ("keratinocite", "keratinocyte"),
    ] {
        let assert = lookup(dir.path()).arg(query).assert().success();
        let text = stdout(&assert);
        assert!(text.starts_with(id), "{query}: {text}");
    }
}

#[test]
fn the_approximate_match_names_the_form_that_matched() {
    let dir = tempfile::tempdir().unwrap();
    let assert = lookup(dir.path())
        .args(["--format", "json", "celule", "souche"])
        .assert()
        .success();
    let first = &json(&assert)["results"][0];
    assert_eq!(first["id"], "cellule-souche");
    assert_eq!(first["lang"], "fr");
    assert_eq!(first["form"], "cellule souche");
    lookup(dir.path())
        .arg("celule")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "approximate match: “cellule souche”",
        ));
}

#[test]
fn limit_zero_shows_every_concept() {
    let dir = tempfile::tempdir().unwrap();
    let count = |limit: &str| {
        let assert = lookup(dir.path())
            .args([
                "--format",
                "json",
                "--definitions",
                "--limit",
                limit,
                "cell",
            ])
            .assert()
            .success();
        json(&assert)["results"].as_array().unwrap().len()
    };
    assert!(count("0") > 1);
    assert_eq!(count("0"), count("100"));
    assert_eq!(count("1"), 1);
}

#[test]
fn bad_queries_and_languages_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for query in ["", "  ", "?!…"] {
        lookup(dir.path())
            .arg(query)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nothing to look up"));
    }
    gloss()
        .args([
            "--glossary",
            "x.toml",
            "--lang",
            "xx-!!",
            "lookup",
            "cellule",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "“xx-!!” is not a language tag or a locale",
        ));
    let glossary = glossary_in(dir.path(), TERMS);
    for lang in ["fr", "fr_FR.UTF-8", "C"] {
        gloss()
            .arg("--glossary")
            .arg(&glossary)
            .args(["--lang", lang, "lookup", "cellule"])
            .assert()
            .success();
    }
}

#[test]
fn queries_are_read_from_a_pipe_one_per_line() {
    let dir = tempfile::tempdir().unwrap();
    lookup(dir.path())
        .write_stdin("stem cell\n\nvitiligo\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("▶ stem cell\ncellule-souche"))
        .stdout(predicate::str::contains("▶ vitiligo\nvitiligo"));
    lookup(dir.path())
        .write_stdin("vitiligo\nzzzqqqxx\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("no term matches “zzzqqqxx”"));
    let assert = lookup(dir.path())
        .args(["--format", "json"])
        .write_stdin("vitiligo\nepiderme\n")
        .assert()
        .success();
    let answers = json(&assert);
    assert_eq!(answers.as_array().unwrap().len(), 2);
    assert_eq!(answers[1]["query"], "epiderme");
    lookup(dir.path())
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give a term to look up"));
}
