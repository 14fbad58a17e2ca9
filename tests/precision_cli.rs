//! `gloss check` on interface strings, on the real binary: code is not
//! language, accelerators and compounds, exact locations, fixes that never
//! edit code nor double a word.

mod common;

use assert_cmd::Command;
use serde_json::Value;

const GLOSSARY: &str = "tests/fixtures/software/glossary.toml";
const CATALOGUE: &str = "tests/fixtures/software/catalogue.fr.po";

fn gloss() -> Command {
    let mut command = common::gloss();
    command.args(["--glossary", GLOSSARY]);
    command
}

fn findings() -> Vec<Value> {
    let output = gloss()
        .args(["check", "--format", "json", CATALOGUE])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    value["findings"].as_array().unwrap().clone()
}

/// (line, rule, term) of each finding.
fn summary(findings: &[Value]) -> Vec<(u64, String, String)> {
    findings
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_owned(),
                f["term"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The bytes of the catalogue's line `line` between 1-based character
/// columns.
fn columns(line: u64, start: u64, end: u64) -> String {
    let text = std::fs::read_to_string(CATALOGUE).unwrap();
    let line = text.lines().nth(line as usize - 1).unwrap();
    line.chars()
        .skip(start as usize - 1)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn code_accelerators_and_glosses_give_no_finding() {
    let found = summary(&findings());
    let line_of = |needle: &str| {
        let text = std::fs::read_to_string(CATALOGUE).unwrap();
        text.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1
    };
    assert_eq!(
        found,
        vec![
            // *proxy* as a verb: another sense, which this glossary does not tell apart.
            (
                line_of("service mandataire"),
                "missing-term".into(),
                "serveur-mandataire".into()
            ),
            (
                line_of("Pas de sous-clef"),
                "forbidden-term".into(),
                "sous-cle".into()
            ),
            (
                line_of("Pas de sous-clef"),
                "missing-term".into(),
                "sous-cle".into()
            ),
            (
                line_of("Timeout (secondes)"),
                "forbidden-term".into(),
                "delai-expiration".into()
            ),
            (
                line_of("Timeout (secondes)"),
                "missing-term".into(),
                "delai-expiration".into()
            ),
            (line_of("un bug."), "forbidden-term".into(), "bogue".into()),
            (line_of("un bug."), "missing-term".into(), "bogue".into()),
            (
                line_of("Serveur proxy"),
                "forbidden-term".into(),
                "serveur-mandataire".into()
            ),
            (
                line_of("Serveur proxy"),
                "missing-term".into(),
                "serveur-mandataire".into()
            ),
            (line_of("Il a dit"), "missing-term".into(), "cle".into()),
        ]
    );
}

#[test]
fn fixes_rewrite_words_only_and_never_double_one() {
    let found = findings();
    let fixes: Vec<(String, String)> = found
        .iter()
        .filter_map(|f| {
            let fix = f.get("fix")?;
            let line = fix["line"].as_u64().unwrap();
            let was = columns(
                line,
                fix["column"].as_u64().unwrap(),
                fix["end_column"].as_u64().unwrap(),
            );
            Some((was, fix["text"].as_str().unwrap().to_owned()))
        })
        .collect();
    assert_eq!(
        fixes,
        vec![
            ("sous-clef".into(), "sous-clé".into()),
            ("_Timeout".into(), "_Délai d’expiration".into()),
            ("bug".into(), "bogue".into()),
            ("Serveur proxy".into(), "Serveur mandataire".into()),
        ]
    );
}

#[test]
fn a_missing_term_with_nothing_in_its_place_spans_the_first_line_exactly() {
    let found = findings();
    let missing = found
        .iter()
        .find(|f| f["term"] == "cle")
        .expect("the key is missing");
    assert!(missing.get("found").is_none());
    assert_eq!(missing["line"], missing["end_line"]);
    let shown = columns(
        missing["line"].as_u64().unwrap(),
        missing["column"].as_u64().unwrap(),
        missing["end_column"].as_u64().unwrap(),
    );
    // The escaped quote at the end is taken in whole, the closing quote not.
    assert_eq!(shown, r#"Il a dit \"non\""#);
    // The segment is the msgid when there is no msgctxt.
    assert_eq!(missing["segment"], "Set the key");
}

#[test]
fn the_segment_is_the_msgctxt_when_there_is_one() {
    let catalogue = "msgctxt \"RID_UPDATE\"\nmsgid \"Update the key\"\nmsgstr \"Mettre à jour\"\n";
    let dir = tempfile::tempdir().unwrap();
    let path = common::write_in(dir.path(), "ui.po", catalogue);
    let output = gloss()
        .args(["check", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["findings"][0]["segment"], "RID_UPDATE");
}

#[test]
fn a_fix_over_two_po_lines_shows_them_before_and_after() {
    let output = common::gloss()
        .args([
            "--glossary",
            "glossary/dermatology.toml",
            "check",
            "examples/dermatology/po/wound-care-app.fr.po",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("  - \"blessures autour de la greffe de peau.\"")
            && text.contains("cicatrisation des plaies autour de la greffe de peau."),
        "{text}"
    );
    // The approved variant inside the forbidden form is no near miss.
    assert!(!text.contains("only in accents or letter case"), "{text}");
}
