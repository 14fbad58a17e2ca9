//! The check pipeline on the real binary: the same output whatever the
//! number of threads and the order of the arguments, bounded memory on a
//! segment with many findings, and input problems in every output format.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{stdout_with_code as stdout, write_in};

const GLOSSARY: &str = "tests/fixtures/glossary/clinic.toml";
const SOURCE: &str = "tests/fixtures/check/en-US";
const TARGET: &str = "tests/fixtures/check/fr";
const PO: &str = "tests/fixtures/check/ward.po";

fn gloss() -> Command {
    let mut command = common::gloss();
    command.args(["--glossary", GLOSSARY]);
    command
}

/// Thirty PO catalogues, in two directories, each with its own findings.
fn many_catalogues(dir: &Path) -> Vec<PathBuf> {
    let ward = std::fs::read_to_string(PO).unwrap();
    let mut paths = Vec::new();
    for n in 0..30 {
        let sub = dir.join(if n % 2 == 0 { "even" } else { "odd" });
        std::fs::create_dir_all(&sub).unwrap();
        let extra = format!(
            "\nmsgid \"Adverse effect number {n}.\"\nmsgstr \"Effet secondaire numéro {n}.\"\n"
        );
        paths.push(write_in(
            &sub,
            &format!("ward-{n:02}.po"),
            ward.clone() + &extra,
        ));
    }
    paths
}

#[test]
fn output_is_the_same_whatever_the_threads_and_the_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = many_catalogues(dir.path());
    let run = |threads: &str, paths: &[PathBuf], format: &str| {
        let mut command = gloss();
        command
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "check", "--format", format, "--source", SOURCE, "--target", TARGET,
            ])
            .args(paths);
        stdout(&mut command, 1)
    };
    for format in ["json", "human"] {
        let one = run("1", &paths, format);
        assert!(one.contains("ward-29.po"), "{one}");
        assert_eq!(run("2", &paths, format), one);
        paths.reverse();
        assert_eq!(run("2", &paths, format), one);
        paths.rotate_left(7);
        assert_eq!(run("3", &paths, format), one);
        // The directories give the same files as the files themselves.
        let dirs = [dir.path().join("odd"), dir.path().join("even")];
        assert_eq!(run("2", &dirs, format), one);
    }
}

/// A PO catalogue whose header says `charset` and whose bytes are `body`'s.
fn catalogue(charset: &str, body: &str) -> String {
    format!(
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset={charset}\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n{body}"
    )
}

const ADVERSE: &str = "msgid \"No adverse effect.\"\nmsgstr \"Aucun effet secondaire.\"\n";

#[test]
fn an_entry_without_msgstr_exits_2_and_json_stays_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let po = write_in(
        dir.path(),
        "truncated.po",
        catalogue("UTF-8", &format!("{ADVERSE}\nmsgid \"Blood vessels.\"\n")),
    );
    let human = gloss().arg("check").arg(&po).assert().code(2);
    let stderr = String::from_utf8_lossy(&human.get_output().stderr).into_owned();
    assert!(stderr.contains("has no msgstr"), "{stderr}");
    let text = stdout(gloss().args(["check", "--format", "json"]).arg(&po), 2);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["findings"][0]["rule"], "forbidden-term");
    let error = &value["errors"][0];
    assert!(error["message"].as_str().unwrap().contains("has no msgstr"));
    assert_eq!(error["path"], po.display().to_string());
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(9), Some(1))
    );
}

#[test]
fn json_is_a_document_even_when_nothing_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.po");
    let text = stdout(gloss().args(["check", "--format", "json"]).arg(&missing), 2);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["findings"], serde_json::json!([]));
    assert_eq!(value["summary"]["findings"], 0);
    assert_eq!(value["errors"][0]["path"], missing.display().to_string());
    assert_eq!(value["errors"][0]["line"], serde_json::Value::Null);
}

#[test]
fn a_pair_listed_twice_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    let po = write_in(dir.path(), "notes.po", catalogue("UTF-8", ADVERSE));
    let pair = format!("[[pairs]]\ntarget = \"{}\"\n", po.display());
    let config = write_in(dir.path(), "gloss.toml", format!("{pair}\n{pair}"));
    let text = stdout(
        gloss()
            .arg("--config")
            .arg(&config)
            .args(["check", "--format", "json"]),
        1,
    );
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["summary"]["findings"], 2, "{text}");
    assert_eq!(value["summary"]["files"], 1);
}

#[test]
fn a_target_language_without_forms_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let po = write_in(dir.path(), "notes.po", catalogue("UTF-8", ADVERSE));
    let config = write_in(dir.path(), "gloss.toml", "target-language = \"de\"\n");
    let assert = gloss()
        .arg("--config")
        .arg(&config)
        .arg("check")
        .arg(&po)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("the glossary has no `de` forms"),
        "{stderr}"
    );
}

#[test]
fn utf8_declared_as_latin1_is_read_as_utf8_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let po = write_in(
        dir.path(),
        "mojibake.po",
        catalogue(
            "ISO-8859-1",
            "msgid \"Blood vessels.\"\nmsgstr \"Vaisseaux sanguins à l’hôpital.\"\n",
        ),
    );
    let output = gloss()
        .args(["check", "--format", "json"])
        .arg(&po)
        .assert()
        .code(0)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("charset=ISO-8859-1 but the file is written in UTF-8"),
        "{stderr}"
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["findings"], serde_json::json!([]));
    assert_eq!(value["warnings"][0]["line"], 3);
}

#[test]
fn utf16_catalogues_are_read_and_utf16_fluent_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in catalogue("UTF-16", ADVERSE).encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let po = write_in(dir.path(), "wide.po", &utf16);
    let text = stdout(gloss().args(["check", "--format", "json"]).arg(&po), 1);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["findings"][0]["found"], "effet secondaire");

    let source = write_in(dir.path(), "en.ftl", "m = No adverse effect.\n");
    let target = write_in(dir.path(), "fr.ftl", &utf16[..20]);
    let assert = gloss()
        .arg("check")
        .arg("--source")
        .arg(&source)
        .arg("--target")
        .arg(&target)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("UTF-16LE"), "{stderr}");
    assert!(!stderr.contains("binary"), "{stderr}");
}

#[test]
fn fluent_with_latin1_bytes_is_not_told_to_declare_a_charset() {
    let dir = tempfile::tempdir().unwrap();
    let source = write_in(dir.path(), "en.ftl", "m = The day hospital.\n");
    let target = write_in(dir.path(), "fr.ftl", b"m = L'h\xF4pital de jour.\n");
    let assert = gloss()
        .arg("check")
        .arg("--source")
        .arg(&source)
        .arg("--target")
        .arg(&target)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
    assert!(!stderr.contains("charset"), "{stderr}");
}

/// One message of 20,000 forbidden forms (each on its own line) is checked
/// in a few tens of MB: finding collection is linear, and the findings
/// share the segment's texts. The limit is on address space (threads and
/// allocator arenas reserve some of it); quadratic memory needed gigabytes.
#[cfg(unix)]
#[test]
fn a_message_with_20000_findings_is_checked_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = write_in(
        dir.path(),
        "g.toml",
        "[terms.cellule-souche.en]\nterm = \"stem cell\"\n\n[terms.cellule-souche.fr]\nterm = \"cellule souche\"\nforbidden = [\"cellule mère\"]\n",
    );
    let lines = |text: &str| format!("m =\n{}", format!("    {text}\n").repeat(20_000));
    let source = write_in(dir.path(), "en.ftl", lines("stem cells"));
    let target = write_in(dir.path(), "fr.ftl", lines("cellules mères"));
    let binary = assert_cmd::cargo::cargo_bin("gloss");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1000000 && exec \"$0\" --glossary \"$1\" check --source \"$2\" --target \"$3\" | tail -n 1")
        .arg(&binary)
        .args([&glossary, &source, &target])
        .env("NO_COLOR", "1")
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stdout, "20001 findings in 1 segment of 1 file\n",
        "{stderr}"
    );
}

#[test]
fn po_plural_forms_and_repeated_entries_are_findings() {
    let dir = tempfile::tempdir().unwrap();
    let body = "msgid \"One dose.\"\nmsgid_plural \"%d doses.\"\nmsgstr[0] \"Une dose.\"\nmsgstr[1] \"%d doses.\"\nmsgstr[2] \"%d doses !\"\n\n\
                msgid \"One visit.\"\nmsgid_plural \"%d visits.\"\nmsgstr[0] \"Une visite.\"\n\n\
                msgid \"Blood.\"\nmsgstr \"Sang.\"\n\nmsgid \"Blood.\"\nmsgstr \"Du sang.\"\n";
    let po = write_in(dir.path(), "plurals.po", catalogue("UTF-8", body));
    let text = stdout(gloss().args(["check", "--format", "json"]).arg(&po), 1);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let found: Vec<(String, u64, String)> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let rules: Vec<(&str, u64)> = found.iter().map(|(r, l, _)| (r.as_str(), *l)).collect();
    assert_eq!(
        rules,
        [
            ("po-plural-forms", 6),
            ("po-plural-forms", 12),
            ("po-duplicate-entry", 19)
        ],
        "{text}"
    );
    assert!(
        found[0].2.contains("msgstr[0], msgstr[1], msgstr[2]"),
        "{}",
        found[0].2
    );
    assert!(found[2].2.contains("first at line 16"), "{}", found[2].2);

    let without_header = write_in(
        dir.path(),
        "no-header.po",
        "msgid \"One dose.\"\nmsgid_plural \"%d doses.\"\nmsgstr[0] \"Une dose.\"\nmsgstr[1] \"%d doses.\"\n",
    );
    let text = stdout(
        gloss()
            .args(["check", "--format", "json"])
            .arg(&without_header),
        1,
    );
    assert!(text.contains("has no Plural-Forms line"), "{text}");
}

#[test]
fn json_output_follows_the_published_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/findings.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let truncated = write_in(
        dir.path(),
        "truncated.po",
        catalogue(
            "ISO-8859-1",
            "msgid \"Blood vessels à.\"\nmsgstr \"Des veines à.\"\n\nmsgid \"x\"\n",
        ),
    );
    let runs: [(&[&str], i32); 4] = [
        (&["check", "--source", SOURCE, "--target", TARGET], 1),
        (&["check", PO], 1),
        (&["check", "missing.po"], 2),
        (&["check"], 2),
    ];
    for (args, code) in runs {
        let mut command = gloss();
        command.args(args).args(["--format", "json"]);
        if args == ["check"] {
            command.arg(&truncated);
        }
        let value: serde_json::Value = serde_json::from_str(&stdout(&mut command, code)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}\n{value:#}");
    }
}

#[test]
fn an_unknown_reference_to_a_glossary_term_says_where_terms_are_defined() {
    let text = stdout(
        common::gloss().args([
            "--glossary",
            "glossary/dermatology.toml",
            "check",
            "--source",
            "examples/dermatology/en-US/patient-leaflet.ftl",
            "--target",
            "examples/dermatology/fr/patient-leaflet.ftl",
        ]),
        1,
    );
    assert!(
        text.contains("though the glossary defines `cellule-souche`: check the file that defines the glossary’s terms"),
        "{text}"
    );
}
