//! Accuracy of `gloss check` on the held-out evaluation set
//! (`tests/fixtures/heldout`): 80 English→French pairs of skin-repair
//! sentences, as a Fluent pair and as a PO catalogue, against a glossary of
//! terms the development set does not use. The term findings of the real
//! binary (`missing-term`, `forbidden-term`: the structural Fluent rules are
//! not part of the gold) must equal the gold, (segment, rule, term) for
//! (segment, rule, term), in both forms; a failure lists what is missing and
//! what is extra.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

const DIR: &str = "tests/fixtures/heldout";

type Triple = (String, String, String);

/// The gold findings: one JSON object per line.
fn gold() -> BTreeSet<Triple> {
    let text = std::fs::read_to_string(format!("{DIR}/gold.jsonl")).unwrap();
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: Value = serde_json::from_str(line).unwrap();
            let field = |name: &str| value[name].as_str().unwrap().to_owned();
            (field("seg"), field("rule"), field("term"))
        })
        .collect()
}

/// The rules the gold covers.
const TERM_RULES: [&str; 2] = ["missing-term", "forbidden-term"];

/// The term findings of `gloss check --format json` run with `args`.
fn findings(args: &[&str]) -> BTreeSet<Triple> {
    let output = common::gloss()
        .args(["--glossary", &format!("{DIR}/glossary.toml")])
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| TERM_RULES.contains(&f["rule"].as_str().unwrap()))
        .map(|f| {
            let field = |name: &str| f[name].as_str().unwrap().to_owned();
            (field("segment"), field("rule"), field("term"))
        })
        .collect()
}

fn assert_same(found: &BTreeSet<Triple>, gold: &BTreeSet<Triple>) {
    let extra: Vec<_> = found.difference(gold).collect();
    let missed: Vec<_> = gold.difference(found).collect();
    assert!(
        extra.is_empty() && missed.is_empty(),
        "false positives: {extra:#?}\nfalse negatives: {missed:#?}"
    );
}

#[test]
fn fluent_findings_equal_the_gold() {
    let found = findings(&[
        "--source",
        &format!("{DIR}/en-US/heldout.ftl"),
        "--target",
        &format!("{DIR}/fr/heldout.ftl"),
    ]);
    assert_same(&found, &gold());
}

#[test]
fn po_findings_equal_the_gold() {
    let found = findings(&[&format!("{DIR}/heldout.po")]);
    assert_same(&found, &gold());
}

#[test]
fn source_and_target_pair_line_for_line() {
    let source = std::fs::read_to_string(format!("{DIR}/en-US/heldout.ftl")).unwrap();
    let target = std::fs::read_to_string(format!("{DIR}/fr/heldout.ftl")).unwrap();
    let ids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.split_once(" = "))
            .map(|(id, _)| id.to_owned())
            .collect()
    };
    assert_eq!(ids(&source).len(), 80);
    assert_eq!(ids(&source), ids(&target));
}
