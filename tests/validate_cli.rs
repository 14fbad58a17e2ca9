//! `gloss validate` on the real binary: good files pass, every kind of bad
//! input exits 2 with a message naming the file (and line:column), no panic.

mod common;

use std::path::Path;

use common::{gloss, write_in};
use predicates::prelude::*;

const GOOD: &str = "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.cellule-souche]\nen = \"stem cell\"\nfr = \"cellule souche\"\n";

fn validate(path: &Path) -> assert_cmd::assert::Assert {
    gloss().arg("validate").arg(path).assert()
}

/// Exit 2, the file named, a location when given, and never a panic.
fn assert_fails(path: &Path, location: Option<&str>, words: &str) {
    let shown = path.display().to_string();
    let expected = match location {
        Some(location) => format!("{shown}:{location}"),
        None => shown,
    };
    validate(path)
        .code(2)
        .stderr(predicate::str::contains(expected))
        .stderr(predicate::str::contains(words))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn a_valid_glossary_passes() {
    let dir = tempfile::tempdir().unwrap();
    validate(&write_in(dir.path(), "g.toml", GOOD.as_bytes()))
        .code(0)
        .stdout(predicate::str::contains("1 concept"));
}

#[test]
fn bom_and_crlf_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
    validate(&write_in(dir.path(), "g.toml", crlf.as_bytes())).code(0);
    let bad = format!(
        "\u{feff}{}\r\n[terms.x]\r\nen = \"a\"\r\nfrr = \"b\"\r\n",
        GOOD.replace('\n', "\r\n")
    );
    assert_fails(
        &write_in(dir.path(), "bad.toml", bad.as_bytes()),
        Some("10:7"),
        "did you mean “fr”",
    );
}

/// An empty glossary is valid (a new one, to fill): a warning only.
#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(dir.path(), "empty.toml", b"");
    validate(&path)
        .code(0)
        .stderr(predicate::str::contains("warning:"))
        .stderr(predicate::str::contains("defines no terms"));
    gloss()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .code(1);
}

#[test]
fn invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    assert_fails(
        &write_in(dir.path(), "latin1.toml", b"[terms.a]\nen = \"caf\xe9\"\n"),
        Some("2:10"),
        "UTF-8",
    );
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_fails(
        &write_in(dir.path(), "bin.toml", b"\x7fELF\x00\x01\x02"),
        None,
        "binary",
    );
}

#[test]
fn ten_megabyte_line() {
    let dir = tempfile::tempdir().unwrap();
    let line = format!(
        "[terms.a]\nen = \"{}\"\nfr = \"b\" x\n",
        "a".repeat(10 * 1024 * 1024)
    );
    assert_fails(
        &write_in(dir.path(), "long.toml", line.as_bytes()),
        Some("3:10"),
        "TOML",
    );
}

#[test]
fn deeply_nested_toml() {
    let dir = tempfile::tempdir().unwrap();
    let nested = format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    assert_fails(
        &write_in(dir.path(), "nested.toml", nested.as_bytes()),
        Some("1:"),
        "TOML",
    );
    let tables = format!("x = {}1{}\n", "{a=".repeat(10_000), "}".repeat(10_000));
    assert_fails(
        &write_in(dir.path(), "tables.toml", tables.as_bytes()),
        Some("1:"),
        "TOML",
    );
}

#[test]
fn duplicate_ids_across_files() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "a.toml", GOOD.as_bytes());
    let second = write_in(
        dir.path(),
        "b.toml",
        b"[terms.cellule-souche]\nen = \"stem-cell\"\n",
    );
    gloss()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:1:8",
            second.display()
        )))
        .stderr(predicate::str::contains("duplicate term id"))
        .stderr(predicate::str::contains("first defined here"));
}

#[test]
fn unknown_key_suggests_the_near_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[terms.a.fr]\nterm = \"cicatrice\"\nvaraints = [\"x\"]\n";
    assert_fails(
        &write_in(dir.path(), "g.toml", text.as_bytes()),
        Some("3:1"),
        "did you mean “variants”",
    );
}

#[test]
fn bad_and_undeclared_language_tags() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[glossary]\nlanguages = [\"en\", \"fr\"]\n[terms.a]\nen = \"scar\"\nde = \"Narbe\"\n[terms.b]\nen = \"burn\"\n\"fr-!!\" = \"brûlure\"\n";
    let path = write_in(dir.path(), "g.toml", text.as_bytes());
    validate(&path)
        .code(2)
        .stderr(predicate::str::contains("“de” is not declared"))
        .stderr(predicate::str::contains(
            "“fr-!!” is not a valid BCP 47 language tag",
        ));
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[terms.\"1x\"]\nen = \"a\"\n[terms.b]\nen = \"\"\n[terms.c.fr]\nterm = \"plaie\"\nforbidden = [\"Plaie\"]\n[terms.d]\ndnt = true\nen = \"vitiligo\"\nfr = \"leucodermie\"\n[terms.e]\nen = \"A\"\n";
    validate(&write_in(dir.path(), "g.toml", text.as_bytes()))
        .code(2)
        .stderr(predicate::str::contains("not a valid term id"))
        .stderr(predicate::str::contains("missing or empty preferred form"))
        .stderr(predicate::str::contains("both accepted and forbidden"))
        .stderr(predicate::str::contains("do-not-translate"))
        .stderr(predicate::str::contains("ambiguous"));
}

#[test]
fn warnings_fail_only_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(
        dir.path(),
        "g.toml",
        b"[terms.a]\nen = \"scar\"\n[terms.b]\nen = \"Scar\"\n",
    );
    validate(&path)
        .code(0)
        .stderr(predicate::str::contains("warning"));
    gloss()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .code(1);
}

#[test]
fn missing_file_and_directory_without_toml() {
    let dir = tempfile::tempdir().unwrap();
    assert_fails(&dir.path().join("nope.toml"), None, "no such file");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_fails(&empty, None, "holds no .toml file");
}

#[test]
fn unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(dir.path(), "locked.toml", GOOD.as_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    if std::fs::read(&path).is_ok() {
        // Running with privileges that read anything: a directory named like a
        // glossary file is the unreadable file this user can meet.
        let as_dir = dir.path().join("dir.toml");
        std::fs::create_dir(&as_dir).unwrap();
        std::fs::write(as_dir.join("inner.toml"), "bad = [").unwrap();
        assert_fails(&as_dir.join("inner.toml"), Some("1:"), "TOML");
    } else {
        assert_fails(&path, None, "cannot read");
    }
}

#[test]
fn french_explains_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(
        dir.path(),
        "g.toml",
        b"[terms.a.fr]\nterm = \"plaie\"\ngenre = \"feminine\"\n",
    );
    gloss()
        .env("LANG", "fr_FR.UTF-8")
        .arg("validate")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "erreur\u{a0}: clé inconnue «\u{a0}genre\u{a0}»",
        ))
        .stderr(predicate::str::contains("g.toml:3:1"));
}

/// The rendered report, in both languages, as a reviewer sees it.
#[test]
fn report_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.cellule-souche.fr]\nterm = \"cellule souche\"\nvaraints = [\"cellule-souche\"]\nforbidden = [\"Cellule souche\"]\n\n[terms.scar]\nen = \"scar\"\n\n[terms.cicatrice]\nen = \"Scar\"\n";
    write_in(dir.path(), "g.toml", text.as_bytes());
    for lang in ["en-US", "fr"] {
        let output = gloss()
            .current_dir(dir.path())
            .args(["--lang", lang, "validate", "g.toml"])
            .output()
            .unwrap();
        let report = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stderr),
            String::from_utf8_lossy(&output.stdout)
        );
        insta::assert_snapshot!(format!("validate_report_{lang}"), report);
    }
}

/// `[terms.a]` twice is a concept defined twice, with the first table shown.
#[test]
fn a_concept_table_defined_twice_names_the_concept_and_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.a]\nen = \"x\"\n\n[terms.a]\nfr = \"y\"\n";
    let path = write_in(dir.path(), "g.toml", text);
    validate(&path)
        .code(2)
        .stderr(predicate::str::contains(
            "concept “a” is defined twice (first at line 4)",
        ))
        .stderr(predicate::str::contains("g.toml:7:8"))
        .stderr(predicate::str::contains("first defined here"))
        .stderr(predicate::str::contains("TOML syntax").not());
    let path = write_in(dir.path(), "k.toml", "[terms.a]\nen = \"x\"\nen = \"y\"\n");
    validate(&path).code(2).stderr(predicate::str::contains(
        "the key “en” is defined twice in this table (first at line 2)",
    ));
}

/// The parser's English never reaches a French user for the mistakes gloss
/// knows, and a wrong type never reads “a array”.
#[test]
fn toml_mistakes_are_said_in_french() {
    let dir = tempfile::tempdir().unwrap();
    for (text, words) in [
        (
            "[terms.a\nen = \"x\"\n",
            "l’en-tête de table n’est pas fermé",
        ),
        ("[terms.a]\nen = [\"x\" \"y\"]\n", "une virgule manque"),
        (
            "[terms.a]\nen = x\n",
            "une valeur textuelle demande des guillemets",
        ),
        (
            "[terms.a]\nen = 3\n",
            "doit être une chaîne (la forme privilégiée) ou une table",
        ),
        (
            "[terms.a]\nen = \"x\"\n[terms.a.fr]\nterm = \"y\"\nvariants = \"z\"\n",
            "doit être une liste de chaînes ou de tables",
        ),
    ] {
        let path = write_in(dir.path(), "g.toml", text);
        let output = gloss()
            .env("LANG", "fr_FR.UTF-8")
            .arg("validate")
            .arg(&path)
            .assert()
            .code(2);
        let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
        assert!(stderr.contains(words), "{text}: {stderr}");
        for english in [
            "unclosed",
            "expected",
            "string or table",
            "array of",
            "missing comma",
        ] {
            assert!(!stderr.contains(english), "{text}: {stderr}");
        }
    }
    let path = write_in(
        dir.path(),
        "g.toml",
        "[terms.a]\nen = \"x\"\n[terms.a.fr]\nterm = \"y\"\nvariants = \"z\"\n",
    );
    validate(&path)
        .code(2)
        .stderr(predicate::str::contains(
            "“variants” must be a list of strings or tables",
        ))
        .stderr(predicate::str::contains("a array").not());
}

/// A glossary that cannot be read is an error naming it, exit 2, and no
/// summary claiming "0 concepts in 0 files".
#[test]
fn a_missing_glossary_is_an_error_without_an_empty_summary() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml");
    validate(&missing)
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("missing.toml"));
    write_in(dir.path(), "gloss.toml", "glossary = \"nowhere.toml\"\n");
    common::gloss_in(dir.path())
        .arg("validate")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("nowhere.toml"));
}

/// The header's source language must be one the concepts have forms in.
#[test]
fn a_source_language_without_forms_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(
        dir.path(),
        "g.toml",
        "[glossary]\nsource-language = \"de\"\n\n[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n",
    );
    validate(&path)
        .code(0)
        .stdout(predicate::str::contains("0 errors, 1 warning"))
        .stderr(predicate::str::contains("no concept has a form in “de”"))
        .stderr(predicate::str::contains("g.toml:2:19"));
}
