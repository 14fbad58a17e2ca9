//! The French interface as a French user reads it: counts that agree with
//! the number (French `one` holds 0 and 1), the typography of the labels, and
//! no English left in the messages.

mod common;

use common::{gloss, gloss_in, stdout, temp_glossary, write_in};
use predicates::prelude::*;

const CLEAN: &str =
    "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n";

fn french() -> assert_cmd::Command {
    let mut command = gloss();
    command.env("LANG", "fr_FR.UTF-8");
    command
}

#[test]
fn zero_is_said_zero_not_one() {
    let (_dir, path) = temp_glossary(CLEAN);
    let summary = stdout(&french().arg("validate").arg(&path).assert().code(0));
    assert_eq!(
        summary,
        "1 concept dans 1 fichier\u{a0}: 0 erreur, 0 avertissement\n"
    );
}

#[test]
fn a_check_and_an_import_in_french_count_zero_as_zero() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "g.toml", CLEAN);
    write_in(dir.path(), "en.ftl", "a = The wound\n");
    write_in(dir.path(), "fr.ftl", "a = La plaie\n");
    french()
        .current_dir(dir.path())
        .args(["--glossary", "g.toml", "check", "--source", "en.ftl"])
        .args(["--target", "fr.ftl"])
        .assert()
        .code(0)
        .stdout("aucun constat dans 1 segment de 1 fichier\n");
    write_in(dir.path(), "terms.csv", "id,en,fr\nplaie,wound,plaie\n");
    let output = french()
        .current_dir(dir.path())
        .args(["--glossary", "g.toml", "import", "csv", "terms.csv"])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&output.get_output().stderr).to_string() + &stdout(&output);
    assert!(
        text.contains("0 ajouté, 0 remplacé, 1 inchangé, 0 conflit"),
        "{text}"
    );
    assert!(!text.contains("(s)"), "{text}");
}

/// The rule that would have caught `[one] 1 erreur`, on a French Fluent pair.
#[test]
fn literal_plural_number_is_reported_in_french_fluent() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "g.toml", CLEAN);
    write_in(
        dir.path(),
        "en.ftl",
        "errors = { $count ->\n    [one] 1 error\n   *[other] { $count } errors\n}\n",
    );
    write_in(
        dir.path(),
        "fr.ftl",
        "errors = { $count ->\n    [one] 1 erreur\n   *[other] { $count } erreurs\n}\n",
    );
    gloss_in(dir.path())
        .args(["--glossary", "g.toml", "check", "--source", "en.ftl"])
        .args(["--target", "fr.ftl"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "warning[literal-plural-number]: the [one] variant writes 1, but in “fr” the category one holds 0, 1: write { $count }",
        ))
        .stdout(predicate::str::contains("fr.ftl:2:11"));
    gloss()
        .args(["rules", "literal-plural-number"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("French “one” holds 0 and 1"));
}

/// `erreur :`, `aide :`, `Commandes :`, `Options :` take a no-break space
/// before the colon, as the French messages do.
#[test]
fn labels_and_headings_follow_french_typography() {
    let (_dir, path) = temp_glossary("[terms.a.fr]\nterm = \"plaie\"\ngenre = \"feminine\"\n");
    french()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("erreur\u{a0}: clé inconnue"))
        .stderr(predicate::str::contains("aide\u{a0}: vouliez-vous dire"));
    let help = stdout(&french().arg("--help").assert().code(0));
    assert!(help.contains("Commandes\u{a0}:"), "{help}");
    assert!(help.contains("Options\u{a0}:"), "{help}");
    french()
        .arg("--bogus")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "erreur\u{a0}: argument inattendu",
        ));
}

/// The placeholders of `--help` are French too (`<FICHIER>`, `[CHEMIN]`),
/// and no clap English (`[alias: …]`) is left.
#[test]
fn help_placeholders_are_french() {
    let help = stdout(&french().args(["export", "--help"]).assert().code(0));
    assert!(help.contains("--output <FICHIER>"), "{help}");
    assert!(!help.contains("<FILE>"), "{help}");
    assert!(!help.contains("alias"), "{help}");
    let help = stdout(&french().args(["add", "--help"]).assert().code(0));
    assert!(help.contains("--term <LANGUE=FORME>"), "{help}");
    let help = stdout(&gloss().args(["add", "--help"]).assert().code(0));
    assert!(help.contains("--term <LANG=FORM>"), "{help}");
}

/// A system error is said in French, not in the system's English words.
#[test]
fn file_system_errors_are_said_in_french() {
    let (dir, path) = temp_glossary(CLEAN);
    let file = write_in(dir.path(), "a-file", "");
    let output = french()
        .arg("--glossary")
        .arg(&path)
        .args(["pages", "--out"])
        .arg(file.join("site"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
    assert!(
        stderr.contains("une partie du chemin n’est pas un répertoire"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
}
