//! `gloss import` and `gloss export` on the real binary: vendor TBX and
//! Excel CSV come in, merges report conflicts, malformed or hostile files
//! are refused with their place and leave the glossary as it was.

mod common;

use std::path::{Path, PathBuf};

use common::{gloss_on_glossary_in as gloss, read, stdout, temp_glossary, write_in};
use predicates::prelude::*;

const GLOSSARY: &str = "# Wound care\n[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.wound]\nen = \"wound\"\nfr = \"plaie\"\n";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange")
        .join(name)
}

#[test]
fn a_vendor_tbx_merges_then_reimports_unchanged() {
    let (dir, path) = temp_glossary("[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms]\n");
    gloss(dir.path())
        .args(["import", "tbx"])
        .arg(fixture("vendor-basic-v2.tbx"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "3 added, 0 replaced, 0 unchanged, 0 conflicts",
        ));
    let text = read(&path);
    insta::assert_snapshot!("imported_tbx_v2", text);
    gloss(dir.path())
        .args(["import", "tbx"])
        .arg(fixture("vendor-basic-v2.tbx"))
        .assert()
        .success()
        .stdout(predicate::str::contains("0 added, 0 replaced, 3 unchanged"));
    assert_eq!(read(&path), text, "a second import changes nothing");
}

#[test]
fn conflicts_are_reported_and_kept_unless_overwrite() {
    let (dir, path) = temp_glossary(&GLOSSARY.replace("\"plaie\"", "\"blessure\""));
    let before = read(&path);
    gloss(dir.path())
        .args(["import", "tbx"])
        .arg(fixture("vendor-basic-v2.tbx"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("vendor-basic-v2.tbx:12:7"))
        .stderr(predicate::str::contains("differs from concept wound"))
        .stdout(predicate::str::contains(
            "2 added, 0 replaced, 0 unchanged, 1 conflict",
        ));
    let merged = read(&path);
    assert!(
        merged.starts_with(&before),
        "the conflicting concept is left as it was"
    );
    gloss(dir.path())
        .args(["import", "tbx", "--overwrite"])
        .arg(fixture("vendor-basic-v2.tbx"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 added, 1 replaced, 2 unchanged, 0 conflicts",
        ));
    let replaced = read(&path);
    assert!(replaced.starts_with("# Wound care\n[glossary]"));
    assert!(
        replaced.contains("[terms.wound.fr]\nterm = \"plaie\""),
        "{replaced}"
    );
}

#[test]
fn tbx_v3_dct_and_excel_csv_import() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["import", "tbx"])
        .arg(fixture("vendor-v3-dct.tbx"))
        .assert()
        .success();
    gloss(dir.path())
        .args(["import", "csv"])
        .arg(fixture("excel-semicolon.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains("2 added"));
    let loaded = gloss::glossary::load(&[path]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let glossary = loaded.glossary;
    let burn = glossary.concept("burn").unwrap();
    assert_eq!(burn.domain.as_deref(), Some("burns"));
    assert_eq!(burn.languages["fr"].term, "brûlure");
    let bandage = glossary.concept("bandage").unwrap();
    assert_eq!(
        bandage.languages["fr"].variants,
        ["bande velpeau", "bandage"]
    );
    assert_eq!(
        bandage.languages["fr"].definition.as_deref(),
        Some("Bande de tissu; sert à maintenir\nun pansement.")
    );
    assert!(glossary.concept("skin-graft").is_some());
}

#[test]
fn utf16_tab_separated_text_imports() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "en\tfr\r\nscar\tcicatrice\r\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    write_in(dir.path(), "unicode.txt", bytes);
    gloss(dir.path())
        .args(["import", "csv", "unicode.txt"])
        .assert()
        .success();
    assert_eq!(
        read(&dir.path().join("glossary.toml")),
        "[terms.scar]\nen = \"scar\"\nfr = \"cicatrice\"\n"
    );
}

/// Every malformed or hostile file: exit 2, the place named, no panic, and
/// the glossary keeps its bytes.
#[test]
fn bad_files_are_located_and_change_nothing() {
    let (dir, path) = temp_glossary(GLOSSARY);
    let cases: [(&str, &[u8], &str, &str); 9] = [
        (
            "unclosed.tbx",
            b"<martif>\n<text><body>\n<termEntry id=\"x\">\n",
            "unclosed.tbx:3:1",
            "never closed",
        ),
        (
            "mismatch.tbx",
            b"<martif><text>\n<body></text></martif>\n",
            "mismatch.tbx:2:",
            "malformed XML",
        ),
        (
            "namespace.tbx",
            b"<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-1\"/>\n",
            "namespace.tbx:2:1",
            "expected “urn:iso:std:iso:30042:ed-2”",
        ),
        (
            "xxe.tbx",
            b"<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>\n",
            "xxe.tbx:2:1",
            "never expands entities",
        ),
        (
            "laughs.tbx",
            b"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n]>\n<martif>&lol2;</martif>\n",
            "laughs.tbx:2:1",
            "never expands entities",
        ),
        (
            "entity.tbx",
            b"<martif><text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>&nbsp;</term></tig></langSet></termEntry></body></text></martif>\n",
            "entity.tbx:2:46",
            "unknown entity reference “&nbsp;”",
        ),
        (
            "latin1.tbx",
            b"<martif><text><body>\n<termEntry><langSet xml:lang=\"fr\"><tig><term>cro\xfbte</term></tig></langSet></termEntry></body></text></martif>\n",
            "latin1.tbx:2:49",
            "not valid UTF-8",
        ),
        (
            "ragged.csv",
            b"en,fr\nscar,cicatrice\nburn\n",
            "ragged.csv:3:1",
            "this row has 1 fields, the header has 2",
        ),
        (
            "latin1.csv",
            b"en;fr\nscab;cro\xfbte\n",
            "latin1.csv:2:9",
            "not valid UTF-8",
        ),
    ];
    for (name, content, place, words) in cases {
        write_in(dir.path(), name, content);
        let format = if name.ends_with(".csv") { "csv" } else { "tbx" };
        gloss(dir.path())
            .args(["import", format, name])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(place))
            .stderr(predicate::str::contains(words))
            .stderr(predicate::str::contains("panicked").not());
        assert_eq!(read(&path), GLOSSARY, "{name} left the glossary as it was");
    }
}

#[test]
fn an_import_that_would_break_the_glossary_is_refused() {
    let (dir, path) = temp_glossary(GLOSSARY);
    write_in(dir.path(), "bad.csv", "en,en_forbidden\nburn,burn\n");
    gloss(dir.path())
        .args(["import", "csv", "bad.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is both accepted and forbidden"))
        .stderr(predicate::str::contains(
            "glossary.toml as the edit would write it",
        ))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(read(&path), GLOSSARY);
}

#[test]
fn exports() {
    let glossary = "[glossary]\ntitle = \"Wound care\"\nlanguages = [\"en\", \"fr\"]\n\n[terms.wound]\ndomain = \"wound care\"\nen = \"wound\"\n\n[terms.wound.fr]\nterm = \"plaie\"\nvariants = [\"blessure\"]\nforbidden = [\"lésion | ouverte\"]\ngender = \"feminine\"\ndefinition = \"Rupture de la peau, « ouverte ».\"\n\n[terms.msc]\ndnt = true\nen = { term = \"MSC\", case-sensitive = true }\n";
    let (dir, _) = temp_glossary(glossary);
    let export = |format: &str| {
        stdout(
            &gloss(dir.path())
                .args(["export", format])
                .assert()
                .success(),
        )
    };
    insta::assert_snapshot!("export_csv", export("csv"));
    insta::assert_snapshot!("export_tbx", export("tbx"));
    insta::assert_snapshot!("export_json", export("json"));
    gloss(dir.path())
        .args([
            "export",
            "csv",
            "--delimiter",
            ";",
            "--bom",
            "-o",
            "out.csv",
        ])
        .assert()
        .success()
        .stdout("2 concepts written to out.csv\n");
    let written = std::fs::read(dir.path().join("out.csv")).unwrap();
    assert!(written.starts_with(b"\xEF\xBB\xBFid;en;fr;"));
}
