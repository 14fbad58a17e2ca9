//! A new glossary on the real binary: `gloss init` writes the header, and a
//! glossary that holds only its header (or nothing) is filled by `add`,
//! `import csv` and `import tbx`.

mod common;

use std::path::Path;

use common::{gloss_in, read, write_in};
use predicates::prelude::*;

fn tbx_fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange/vendor-basic-v2.tbx")
}

#[test]
fn an_empty_or_header_only_glossary_can_be_filled() {
    let header = "[glossary]\nlanguages = [\"en\", \"fr\"]\n";
    for text in ["", header] {
        let dir = tempfile::tempdir().unwrap();
        let path = write_in(dir.path(), "glossary.toml", text);
        let csv = write_in(dir.path(), "terms.csv", "id,en,fr\nscar,scar,cicatrice\n");
        let run = |args: &[&str]| {
            gloss_in(dir.path())
                .args(["--glossary", "glossary.toml"])
                .args(args)
                .assert()
        };
        run(&["validate", "glossary.toml"])
            .success()
            .stderr(predicate::str::contains(
                "warning: glossary.toml defines no terms",
            ));
        run(&["add", "--en", "wound", "--fr", "plaie"]).success();
        run(&["import", "csv", csv.to_str().unwrap()]).success();
        run(&["import", "tbx", tbx_fixture().to_str().unwrap()]).code(predicate::in_iter([0, 1]));
        let filled = read(&path);
        assert!(filled.starts_with(text), "{filled}");
        assert!(filled.contains("[terms.wound]") && filled.contains("[terms.scar]"));
        run(&["validate", "glossary.toml"])
            .success()
            .stderr(predicate::str::is_empty());
    }
}

#[test]
fn init_writes_a_header_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| gloss_in(dir.path()).args(args).assert();
    run(&[
        "init",
        "wound.toml",
        "--languages",
        "en,fr,de",
        "--title",
        "Wound care",
    ])
    .success()
    .stdout("created wound.toml: add concepts with gloss add or gloss import\n");
    let text = read(&dir.path().join("wound.toml"));
    assert_eq!(
        text,
        "[glossary]\ntitle = \"Wound care\"\nlanguages = [\"en\", \"fr\", \"de\"]\nsource-language = \"en\"\n\n[terms]\n"
    );
    run(&["validate", "wound.toml"])
        .success()
        .stderr(predicate::str::is_empty());
    run(&["init", "wound.toml"])
        .code(2)
        .stderr(predicate::str::contains(
            "wound.toml already exists: nothing was written",
        ));
    assert_eq!(read(&dir.path().join("wound.toml")), text);
    run(&["init", "bad.toml", "--languages", "en,xx-!!"])
        .code(2)
        .stderr(predicate::str::contains(
            "“xx-!!” is not a valid BCP 47 language tag",
        ));
    run(&["init", "bad.toml", "--source-language", "de"])
        .code(2)
        .stderr(predicate::str::contains("“de” is not one of the languages"));
    assert!(!dir.path().join("bad.toml").exists());
    run(&[
        "--glossary",
        "wound.toml",
        "add",
        "--en",
        "wound",
        "--fr",
        "plaie",
        "--term",
        "de=Wunde",
    ])
    .success();
    std::fs::create_dir(dir.path().join("glossary")).unwrap();
    run(&["init", "glossary"]).success();
    assert!(dir.path().join("glossary/glossary.toml").exists());
}
