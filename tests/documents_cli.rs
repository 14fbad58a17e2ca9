//! `gloss check` on translated documents, on the real binary: one pair per
//! format with a forbidden French form at a known place, bad input, and the
//! format named in gloss.toml.

mod common;

use std::io::Write as _;
use std::path::Path;

use common::{TERMS, gloss_in, json, write_in};

/// A minimal Word document whose body holds `paragraphs`, each split into
/// runs at `|`.
fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let mut body = String::new();
    for paragraph in paragraphs {
        body.push_str("<w:p>");
        for run in paragraph.split('|') {
            body.push_str(&format!(
                "<w:r><w:t xml:space=\"preserve\">{run}</w:t></w:r>"
            ));
        }
        body.push_str("</w:p>");
    }
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// Checks `source`/`target` (written as `name.en.ext`/`name.fr.ext`) and
/// returns the JSON findings as `rule line:column segment`.
fn check_pair(dir: &Path, extension: &str, source: &[u8], target: &[u8]) -> Vec<String> {
    write_in(dir, "glossary.toml", TERMS);
    let source = write_in(dir, &format!("doc.en.{extension}"), source);
    let target = write_in(dir, &format!("doc.fr.{extension}"), target);
    let assert = gloss_in(dir)
        .args(["--glossary", "glossary.toml", "check", "--format", "json"])
        .arg("--source")
        .arg(&source)
        .arg("--target")
        .arg(&target)
        .assert()
        .code(1);
    findings(&json(&assert))
}

fn findings(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            format!(
                "{} {}:{} {}",
                f["rule"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["segment"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn markdown_findings_point_into_the_target_file() {
    let dir = tempfile::tempdir().unwrap();
    let found = check_pair(
        dir.path(),
        "md",
        b"# Stem cells\n\nA *skin graft* and `stem cell` code.\n",
        b"# Cellules souches\n\nUne **greffe** cutan\xc3\xa9e et une cellule m\xc3\xa8re.\n",
    );
    assert_eq!(found, ["forbidden-term 3:31 paragraph-1"]);
}

#[test]
fn html_findings_point_into_the_target_file() {
    let dir = tempfile::tempdir().unwrap();
    let found = check_pair(
        dir.path(),
        "html",
        b"<h1>Stem cells</h1><p>Use a <em>stem</em> cell.</p>",
        "<h1>Cellules souches</h1>\n<p>Utilisez une <em>cellule</em>&nbsp;m\u{e8}re.</p>"
            .as_bytes(),
    );
    assert_eq!(
        found,
        [
            "forbidden-term 2:21 paragraph-1",
            "missing-term 2:21 paragraph-1"
        ]
    );
}

#[test]
fn plain_text_findings_point_into_the_target_file() {
    let dir = tempfile::tempdir().unwrap();
    let found = check_pair(
        dir.path(),
        "txt",
        b"Stem cells.\n\nA stem cell\nis grown.\n",
        "Cellules souches.\n\nUne cellule\nm\u{e8}re est cultiv\u{e9}e.\n".as_bytes(),
    );
    assert_eq!(
        found,
        [
            "forbidden-term 3:5 paragraph-2",
            "missing-term 3:5 paragraph-2"
        ]
    );
}

#[test]
fn json_findings_point_into_the_target_file() {
    let dir = tempfile::tempdir().unwrap();
    let found = check_pair(
        dir.path(),
        "json",
        br#"{"a": {"title": "Stem cells for {{name}}"}}"#,
        "{\"a\": {\"title\": \"Cellules m\u{e8}res pour {{name}}\"}}".as_bytes(),
    );
    assert_eq!(
        found,
        ["forbidden-term 1:18 a.title", "missing-term 1:18 a.title"]
    );
}

#[test]
fn docx_findings_are_located_by_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let found = check_pair(
        dir.path(),
        "docx",
        &docx(&["Stem cells", "A stem cell is grown."]),
        &docx(&[
            "Cellules souches",
            "Une cellule m|\u{e8}|re est cultiv\u{e9}e.",
        ]),
    );
    assert_eq!(
        found,
        [
            "forbidden-term 2:5 paragraph-2",
            "missing-term 2:5 paragraph-2"
        ]
    );
    let assert = gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "check", "--format", "json"])
        .args(["--source", "doc.en.docx", "--target", "doc.fr.docx"])
        .assert()
        .code(1);
    assert_eq!(json(&assert)["findings"][0]["paragraph"], 2);
}

#[test]
fn xliff_is_checked_alone() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(
        dir.path(),
        "app.xlf",
        "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\">\n\
         <unit id=\"u1\"><segment><source>A <ph id=\"1\"/>stem cell</source>\
         <target>Une <ph id=\"1\"/>cellule m\u{e8}re</target></segment></unit>\n\
         </file></xliff>\n",
    );
    let assert = gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "check",
            "app.xlf",
            "--format",
            "json",
        ])
        .assert()
        .code(1);
    assert_eq!(
        findings(&json(&assert)),
        ["forbidden-term 2:88 u1", "missing-term 2:88 u1"]
    );
}

#[test]
fn an_xxe_xliff_is_refused_and_nothing_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(
        dir.path(),
        "xxe.xlf",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n\
         <xliff version=\"2.0\"><file id=\"f\"><unit id=\"u\"><segment><source>a</source>\
         <target>&e;</target></segment></unit></file></xliff>\n",
    );
    let assert = gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "check", "xxe.xlf"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("xxe.xlf:2:1"), "{stderr}");
    assert!(!stderr.contains("root:"), "{stderr}");
}

#[test]
fn sides_of_different_formats_are_an_error_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(dir.path(), "a.md", "# Stem cells\n");
    write_in(dir.path(), "b.html", "<h1>Cellules souches</h1>");
    let assert = gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "check", "--source", "a.md"])
        .args(["--target", "b.html"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("a.md is markdown but b.html is html"),
        "{stderr}"
    );
}

#[test]
fn a_corrupt_docx_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(dir.path(), "a.docx", docx(&["Stem cells"]));
    write_in(dir.path(), "b.docx", b"PK\x03\x04 truncated");
    let assert = gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "check", "--source", "a.docx"])
        .args(["--target", "b.docx"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("cannot be read as a Word document"),
        "{stderr}"
    );
}

#[test]
fn the_format_of_a_pair_can_be_named_in_gloss_toml() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(dir.path(), "en.page", "# Stem cells\n");
    write_in(dir.path(), "fr.page", "# Cellules m\u{e8}res\n");
    write_in(
        dir.path(),
        "gloss.toml",
        "glossary = \"glossary.toml\"\n\n[[pairs]]\nsource = \"en.page\"\ntarget = \"fr.page\"\nformat = \"markdown\"\n",
    );
    let assert = gloss_in(dir.path())
        .args(["check", "--format", "json"])
        .assert()
        .code(1);
    assert_eq!(
        findings(&json(&assert)),
        ["forbidden-term 1:3 heading-1", "missing-term 1:3 heading-1"]
    );
}

/// An XLIFF file with `srcLang` and `trgLang`, one unit.
fn xliff(source_language: &str, target_language: &str, source: &str, target: &str) -> String {
    format!(
        "<xliff version=\"2.0\" srcLang=\"{source_language}\" trgLang=\"{target_language}\">\
         <file id=\"f\"><unit id=\"u\"><segment><source>{source}</source>\
         <target>{target}</target></segment></unit></file></xliff>\n"
    )
}

#[test]
fn an_xliff_written_the_other_way_round_is_checked_with_its_sides_swapped() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(
        dir.path(),
        "back.xlf",
        xliff("fr", "en", "Une cellule m\u{e8}re", "A stem cell"),
    );
    let assert = gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "check",
            "back.xlf",
            "--format",
            "json",
        ])
        .assert()
        .code(1);
    let report = json(&assert);
    assert_eq!(
        findings(&report),
        ["forbidden-term 1:95 u", "missing-term 1:95 u"]
    );
    assert_eq!(
        report["warnings"].as_array().unwrap().len(),
        1,
        "{report:#}"
    );
}

#[test]
fn an_xliff_in_other_languages_is_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", TERMS);
    write_in(
        dir.path(),
        "de.xlf",
        xliff("en", "de-DE", "A stem cell", "Eine Stammzelle"),
    );
    let assert = gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "check", "de.xlf"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("de.xlf:1:44"), "{stderr}");
    assert!(stderr.contains("“de-DE”"), "{stderr}");
}

#[test]
fn align_shows_the_pairs_side_by_side_and_as_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures/documents/text");
    let assert = gloss_in(&fixtures)
        .args([
            "align",
            "--source",
            "notice.en.txt",
            "--target",
            "notice.fr.txt",
        ])
        .assert()
        .code(0);
    insta::assert_snapshot!(common::stdout(&assert));
    let assert = gloss_in(&fixtures)
        .args([
            "align",
            "--source",
            "notice.en.txt",
            "--target",
            "notice.fr.txt",
        ])
        .args(["--format", "json"])
        .assert()
        .code(0);
    let report = json(&assert);
    let ranges: Vec<(u64, u64, u64, u64)> = report["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            let line = |side: &str, key: &str| pair[side][key].as_u64().unwrap();
            (
                line("source", "line"),
                line("source", "end_line"),
                line("target", "line"),
                line("target", "end_line"),
            )
        })
        .collect();
    assert_eq!(ranges, [(1, 1, 1, 1), (3, 5, 3, 4), (7, 7, 6, 6)]);
}

#[test]
fn no_fix_deletes_markup_the_segment_text_leaves_out() {
    // `la <strong>sécurité</strong>` → `l’innocuité` would need the article
    // outside the tag to change: an edit over `<strong>` would delete it.
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dermatology/documents");
    let assert = gloss_in(dir.path())
        .arg("--glossary")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary/dermatology.toml"))
        .args(["check", "--format", "json", "--source"])
        .arg(root.join("en/trial-page.html"))
        .arg("--target")
        .arg(root.join("fr/trial-page.html"))
        .assert()
        .code(1);
    let report = json(&assert);
    let securite = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["found"] == "sécurité")
        .expect("the forbidden « sécurité » is found");
    assert_eq!(securite["replacement"], "innocuité");
    assert!(securite.get("fix").is_none(), "{securite}");
}
