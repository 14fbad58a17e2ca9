//! Fluent junk on the real binary: said in words a translator understands,
//! reported once, and never at a line past the end of the file.

mod common;

use common::{gloss_in, stdout, write_in};

const GLOSSARY: &str =
    "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n";

/// `gloss check` of `fr` against `en` in a new directory, in `lang`.
fn check(en: &str, fr: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "g.toml", GLOSSARY);
    write_in(dir.path(), "en.ftl", en);
    write_in(dir.path(), "fr.ftl", fr);
    stdout(
        &gloss_in(dir.path())
            .env("LANG", lang)
            .args(["--glossary", "g.toml", "check", "--source", "en.ftl"])
            .args(["--target", "fr.ftl"])
            .assert()
            .code(1),
    )
}

#[test]
fn a_line_that_is_not_an_entry_says_a_message_starts_with_an_identifier() {
    let out = check(
        "a = A\nb = B\n",
        "a = A fr\n!!junk\nb = B fr\n",
        "en_US.UTF-8",
    );
    assert!(
        out.contains("error[junk]: a message must start with its identifier"),
        "{out}"
    );
    assert!(!out.contains("a-zA-Z"), "{out}");
    let out = check(
        "a = A\nb = B\n",
        "a = A fr\n!!junk\nb = B fr\n",
        "fr_FR.UTF-8",
    );
    assert!(
        out.contains("un message doit commencer par son identifiant"),
        "{out}"
    );
}

#[test]
fn a_broken_message_is_one_finding_on_its_own_line() {
    let out = check("a = A\nb = B\n", "a = A fr\nb = { B\n", "en_US.UTF-8");
    assert!(out.contains("error[junk]"), "{out}");
    assert!(!out.contains("missing-message"), "{out}");
    assert!(out.contains("fr.ftl:2:"), "{out}");
    assert!(!out.contains("fr.ftl:3:"), "{out}");
    assert!(out.ends_with("1 finding in 1 segment of 1 file\n"), "{out}");
}

#[test]
fn a_message_missing_at_the_end_is_shown_on_the_last_line() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "g.toml", GLOSSARY);
    write_in(dir.path(), "en.ftl", "a = A\nb = B\n");
    write_in(dir.path(), "fr.ftl", "a = A fr\n");
    let out = stdout(
        &gloss_in(dir.path())
            .args(["--glossary", "g.toml", "check", "--source", "en.ftl"])
            .args(["--target", "fr.ftl"])
            .assert()
            .code(1),
    );
    assert!(out.contains("missing-message"), "{out}");
    assert!(out.contains("fr.ftl:1:"), "{out}");
    assert!(!out.contains("fr.ftl:2:"), "{out}");
}
