//! `gloss diff` on the real binary: files, directories and git revisions,
//! human and JSON output, `--exit-code`.

mod common;

use std::path::Path;

use common::{gloss_in, json, stdout, write_in};
use predicates::prelude::*;

const OLD: &str = r#"[glossary]
languages = ["en", "fr"]

[terms.cell]
en = "stem cell"
fr = "cellule souche"

[terms.graft.en]
term = "graft"
definition = "Tissue moved from one site to another."

[terms.graft.fr]
term = "greffe"
variants = ["greffon"]
definition = "Tissu prélevé sur un site et placé sur un autre."

[terms.scar]
en = "scar"
fr = "cicatrice"
"#;

const NEW: &str = r#"[glossary]
languages = ["en", "fr"]

[terms.stem-cell]
en = "stem cell"
fr = "cellule souche"

[terms.graft.en]
term = "graft"
definition = "Tissue moved from one site to another."

[terms.graft.fr]
term = "greffe"
variants = ["autogreffe"]
forbidden = ["greffon"]
gender = "feminine"
definition = "Tissu vivant prélevé sur un site puis placé sur un autre."

[terms.burn]
domain = "burns"
en = "burn"
fr = "brûlure"
"#;

fn files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "old.toml", OLD);
    write_in(dir.path(), "new.toml", NEW);
    dir
}

#[test]
fn human_output_in_english_and_french() {
    let dir = files();
    let english = stdout(
        &gloss_in(dir.path())
            .args(["diff", "old.toml", "new.toml"])
            .assert()
            .success(),
    );
    insta::assert_snapshot!("diff_human_en", english);
    let french = stdout(
        &gloss_in(dir.path())
            .args(["--lang", "fr", "diff", "old.toml", "new.toml"])
            .assert()
            .success(),
    );
    insta::assert_snapshot!("diff_human_fr", french);
}

#[test]
fn json_output_and_exit_code() {
    let dir = files();
    let value = json(
        &gloss_in(dir.path())
            .args([
                "diff",
                "old.toml",
                "new.toml",
                "--format",
                "json",
                "--exit-code",
            ])
            .assert()
            .code(1),
    );
    assert_eq!(value["renamed"][0]["from"], "cell");
    assert_eq!(value["renamed"][0]["to"], "stem-cell");
    assert_eq!(value["added"][0]["id"], "burn");
    assert_eq!(value["removed"][0]["id"], "scar");
    let changes = &value["changed"][0]["changes"];
    assert_eq!(changes[0]["field"], "variants");
    assert_eq!(changes[1]["field"], "forbidden");
    assert_eq!(changes[1]["added"][0], "greffon");
    gloss_in(dir.path())
        .args(["diff", "old.toml", "old.toml", "--exit-code"])
        .assert()
        .success()
        .stdout("no differences\n");
}

#[test]
fn directories_compare_as_wholes() {
    let dir = tempfile::tempdir().unwrap();
    for (side, text) in [("a", OLD), ("b", NEW)] {
        let sub = dir.path().join(side);
        std::fs::create_dir(&sub).unwrap();
        let split = text.find("[terms.graft.en]").unwrap();
        write_in(&sub, "1.toml", &text[..split]);
        write_in(&sub, "2.toml", &text[split..]);
    }
    gloss_in(dir.path())
        .args(["diff", "a", "b"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "1 added, 1 removed, 1 renamed, 1 changed\n",
        ));
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn git_revisions_against_the_working_tree() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("glossary")).unwrap();
    write_in(root, "gloss.toml", "glossary = \"glossary\"\n");
    write_in(root, "glossary/terms.toml", OLD);
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "old"]);
    write_in(root, "glossary/terms.toml", NEW);
    git(root, &["commit", "-q", "-a", "-m", "new"]);
    write_in(
        root,
        "glossary/terms.toml",
        NEW.replace("brûlure", "brulure"),
    );
    gloss_in(root)
        .args(["diff", "HEAD~1", "HEAD"])
        .assert()
        .success()
        .stdout(predicate::str::contains("renamed cell → stem-cell"))
        .stdout(predicate::str::contains("added burn"));
    gloss_in(root)
        .args(["diff", "HEAD", "--exit-code"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "fr: preferred form “brûlure” → “brulure”",
        ));
    let nested = root.join("glossary");
    gloss_in(&nested)
        .args(["diff", "HEAD~1", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"stem-cell\""));
    gloss_in(root)
        .args(["diff", "no-such-revision"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "“no-such-revision” is neither a file, a directory nor a git revision",
        ));
}
