//! `gloss check` and `gloss rules` on the real binary: human and JSON output,
//! Fluent pairs and PO catalogues, configuration of rule levels, exit codes.

mod common;

use assert_cmd::Command;
use common::{gloss_in, stdout_with_code as stdout, write_in};
use predicates::prelude::*;
use serde_json::Value;

const GLOSSARY: &str = "tests/fixtures/glossary/clinic.toml";
const SOURCE: &str = "tests/fixtures/check/en-US";
const TARGET: &str = "tests/fixtures/check/fr";
const PO: &str = "tests/fixtures/check/ward.po";

fn gloss() -> Command {
    let mut command = common::gloss();
    command.args(["--glossary", GLOSSARY]);
    command
}

fn json(command: &mut Command, code: i32) -> Value {
    serde_json::from_str(&stdout(command.args(["--format", "json"]), code)).unwrap()
}

/// (segment, variant, rule, term, line, column) of each finding.
fn triples(value: &Value) -> Vec<(String, String, String, String, u64, u64)> {
    value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["segment"].as_str().unwrap().to_owned(),
                f["variant"].as_str().unwrap_or("").to_owned(),
                f["rule"].as_str().unwrap().to_owned(),
                f["term"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn finding(
    segment: &str,
    variant: &str,
    rule: &str,
    term: &str,
    line: u64,
    column: u64,
) -> (String, String, String, String, u64, u64) {
    (
        segment.into(),
        variant.into(),
        rule.into(),
        term.into(),
        line,
        column,
    )
}

#[test]
fn human_report_of_a_fluent_pair_in_english_and_french() {
    for lang in ["en-US", "fr"] {
        let text = stdout(
            gloss().args([
                "--lang", lang, "check", "--source", SOURCE, "--target", TARGET,
            ]),
            1,
        );
        insta::assert_snapshot!(format!("human_{lang}"), text);
    }
}

#[test]
fn json_report_of_a_fluent_pair() {
    let value = json(
        gloss().args(["check", "--source", SOURCE, "--target", TARGET]),
        1,
    );
    assert_eq!(
        triples(&value),
        vec![
            finding(
                "ward-effects",
                "",
                "forbidden-term",
                "effet-indesirable",
                3,
                22
            ),
            finding(
                "ward-effects",
                "",
                "missing-term",
                "effet-indesirable",
                3,
                22
            ),
            finding("ward-mri", "other", "forbidden-term", "irm", 6, 24),
            finding("ward-mri", "other", "missing-term", "irm", 6, 24),
            // The term reference counts as the term, but no file of the
            // French locale defines it: the structural rules say so.
            finding(
                "ward-threshold",
                "",
                "unknown-term-reference",
                "seuil",
                10,
                23
            ),
            finding(
                "ward-hospital",
                "",
                "missing-term",
                "hopital-de-jour",
                12,
                19
            ),
        ]
    );
    let first = &value["findings"][0];
    assert_eq!(first["path"], "tests/fixtures/check/fr/ward.ftl");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["replacement"], "effet indésirable");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("effet secondaire")
    );
    assert_eq!(value["findings"][5]["near_miss"], "hôpital de jour");
    assert_eq!(value["findings"][4]["found"], "-seuil");
    assert_eq!(value["summary"]["findings"], 6);
    assert_eq!(value["summary"]["segments_with_findings"], 4);
    assert_eq!(value["summary"]["files"], 1);
}

#[test]
fn po_catalogues_pair_msgid_and_msgstr_and_skip_fuzzy_entries() {
    let value = json(gloss().args(["check", PO]), 1);
    assert_eq!(
        triples(&value),
        vec![
            finding(
                "ward-effects",
                "",
                "forbidden-term",
                "effet-indesirable",
                14,
                15
            ),
            finding(
                "ward-effects",
                "",
                "missing-term",
                "effet-indesirable",
                14,
                15
            ),
            finding(
                "One MRI was booked.",
                "msgstr[1]",
                "forbidden-term",
                "irm",
                19,
                15
            ),
            finding(
                "One MRI was booked.",
                "msgstr[1]",
                "missing-term",
                "irm",
                19,
                15
            ),
            finding(
                "ward-hospital",
                "",
                "missing-term",
                "hopital-de-jour",
                28,
                11
            ),
        ]
    );
    let fuzzy = json(gloss().args(["check", PO, "--include-fuzzy"]), 1);
    assert!(
        triples(&fuzzy)
            .iter()
            .any(|f| f.0 == "ward-draft" && f.3 == "bilan-sanguin")
    );
}

#[test]
fn output_is_deterministic() {
    let run = || {
        stdout(
            gloss().args([
                "check", "--source", SOURCE, "--target", TARGET, "--format", "json",
            ]),
            1,
        )
    };
    assert_eq!(run(), run());
}

#[test]
fn a_clean_translation_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let po = write_in(
        dir.path(),
        "clean.po",
        "msgid \"Blood vessels.\"\nmsgstr \"Des vaisseaux sanguins.\"\n",
    );
    let text = stdout(gloss().arg("check").arg(po), 0);
    assert_eq!(text, "no findings in 1 segment of 1 file\n");
}

#[test]
fn configuration_changes_rule_levels() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_in(
        dir.path(),
        "gloss.toml",
        "[rules]\nforbidden-term = \"warning\"\nmissing-term = \"off\"\n",
    );
    let value = json(gloss().arg("--config").arg(&config).args(["check", PO]), 0);
    let rules: Vec<String> = triples(&value).into_iter().map(|f| f.2).collect();
    assert_eq!(rules, vec!["forbidden-term", "forbidden-term"]);
    assert_eq!(value["findings"][0]["severity"], "warning");
    assert_eq!(value["summary"]["warnings"], 2);

    std::fs::write(&config, "[rules]\nmissing-terms = \"off\"\n").unwrap();
    gloss()
        .arg("--config")
        .arg(&config)
        .args(["check", PO])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing-terms"))
        .stderr(predicate::str::contains("missing-term”?"));
}

#[test]
fn nothing_to_read_exits_2() {
    gloss()
        .args(["check", "tests/fixtures/check/none.po"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("none.po"))
        .stderr(predicate::str::contains("panicked").not());
    gloss()
        .args(["check", "--source", SOURCE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--target"));
}

#[test]
fn colours_follow_the_color_flag() {
    let coloured = stdout(gloss().args(["--color", "always", "check", PO]), 1);
    assert!(coloured.contains('\u{1b}'));
    let plain = stdout(gloss().args(["--color", "never", "check", PO]), 1);
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn rules_are_listed_and_explained() {
    let list = stdout(gloss().arg("rules"), 0);
    let level = |id: &str| {
        let line = list.lines().find(|line| line.starts_with(id)).unwrap();
        line.split_whitespace().nth(1).unwrap().to_owned()
    };
    assert!(list.starts_with("missing-term "));
    assert_eq!(level("forbidden-term"), "error");
    assert_eq!(level("dropped-variable"), "warning");
    assert_eq!(level("junk"), "error");
    let doc = stdout(gloss().args(["--lang", "fr", "rules", "forbidden-term"]), 0);
    assert!(doc.contains("forme interdite"));
    assert!(doc.contains("gravité par défaut\u{a0}: erreur"));
    gloss()
        .args(["rules", "missing-terms"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing-term"));
}

/// Each configured pair is checked against its own glossary when it names
/// one; `--glossary` overrides them all.
#[test]
fn configured_pairs_use_their_own_glossary() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_in(
        root,
        "skin.toml",
        "[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n",
    );
    write_in(
        root,
        "ui.toml",
        "[terms.fichier]\nen = \"file\"\nfr = \"fichier\"\n",
    );
    let po = |name: &str, msgid: &str, msgstr: &str| {
        let text = format!(
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"{msgid}\"\nmsgstr \"{msgstr}\"\n"
        );
        write_in(root, name, text);
    };
    // Each file misses the term of the *other* glossary only.
    po(
        "skin.po",
        "Clean the wound and the file.",
        "Nettoyez la plaie et le dossier.",
    );
    po(
        "ui.po",
        "Open the file near the wound.",
        "Ouvrez le fichier près de la blessure.",
    );
    write_in(
        root,
        "gloss.toml",
        "source-language = \"en\"\ntarget-language = \"fr\"\n\
         [[pairs]]\ntarget = \"skin.po\"\nglossary = \"skin.toml\"\n\
         [[pairs]]\ntarget = \"ui.po\"\nglossary = \"ui.toml\"\n",
    );
    let value = json(gloss_in(root).arg("check"), 0);
    assert_eq!(value["findings"].as_array().unwrap().len(), 0, "{value}");

    let value = json(gloss_in(root).args(["--glossary", "skin.toml", "check"]), 1);
    let terms: Vec<&str> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["term"].as_str().unwrap())
        .collect();
    assert_eq!(terms, vec!["plaie"]);
}
