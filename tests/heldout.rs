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

use common::Triple;

const DIR: &str = "tests/fixtures/heldout";

/// The gold findings.
fn gold() -> BTreeSet<Triple> {
    common::gold_triples(&format!("{DIR}/gold.jsonl"))
}

/// The term findings of `gloss check --format json` run with `args`.
fn findings(args: &[&str]) -> BTreeSet<Triple> {
    common::term_findings(&format!("{DIR}/glossary.toml"), args)
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
