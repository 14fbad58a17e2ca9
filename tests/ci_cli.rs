//! The CI side of `gloss check` and `gloss fix` on the real binary: SARIF
//! (validated against the SARIF 2.1.0 schema), GitHub workflow commands,
//! GitLab Code Quality, JUnit, `--quiet`, `--statistics`, `--diff`, fixes
//! written in place, and the completion and man page commands.

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{gloss_in, stdout_with_code as output, write_in};
use serde_json::Value;

const GLOSSARY: &str = "tests/fixtures/glossary/clinic.toml";
const SOURCE: &str = "tests/fixtures/check/en-US";
const TARGET: &str = "tests/fixtures/check/fr";
const PO: &str = "tests/fixtures/check/ward.po";

/// The SARIF 2.1.0 JSON schema (OASIS), as published by SchemaStore.
const SARIF_SCHEMA: &str = include_str!("fixtures/sarif/sarif-schema-2.1.0.json");

/// A glossary with the forms of the fix tests.
const FIX_GLOSSARY: &str = r#"[glossary]
languages = ["en", "fr"]
source-language = "en"

[terms.cellule-souche]
en = "stem cell"
fr = { term = "cellule souche", forbidden = ["cellule mère"], gender = "feminine" }

[terms.innocuite]
en = "safety"
fr = { term = "innocuité", forbidden = ["sécurité"], gender = "feminine" }
"#;

const FIX_SOURCE: &str = "\
stem = Stem cells divide.
safety = Its safety over several years is not yet known.
both = Stem cells and their safety.
clean = Nothing to see.
";

const FIX_TARGET: &str = "\
stem = Cellules mères se divisent.
safety = Sa sécurité sur plusieurs années n’est pas encore connue.
both = Les cellules mères et leur sécurité.
clean = Rien à voir.
";

const FIXED_TARGET: &str = "\
stem = Cellules souches se divisent.
safety = Son innocuité sur plusieurs années n’est pas encore connue.
both = Les cellules souches et leur innocuité.
clean = Rien à voir.
";

fn gloss() -> Command {
    let mut command = common::gloss();
    command.args(["--glossary", GLOSSARY]);
    command
}

fn check_pair(format: &str) -> String {
    output(
        gloss().args([
            "check", "--source", SOURCE, "--target", TARGET, "--format", format,
        ]),
        1,
    )
}

fn assert_valid_sarif(text: &str) -> Value {
    let schema: Value = serde_json::from_str(SARIF_SCHEMA).unwrap();
    // Formats are not checked: the schema's own pattern for `run.language`
    // is not an ECMA 262 regex (a stray `]`), which the meta-schema's
    // `regex` format would refuse.
    let validator = jsonschema::validator_for(&schema).unwrap();
    let log: Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
    log
}

#[test]
fn sarif_of_a_fluent_pair_and_a_catalogue_is_valid_sarif_2_1_0() {
    let text = check_pair("sarif");
    let log = assert_valid_sarif(&text);
    insta::assert_snapshot!("sarif_fluent", text);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), gloss::rules::RULES.len());
    assert_eq!(rules[1]["id"], "forbidden-term");
    assert_eq!(rules[1]["defaultConfiguration"]["level"], "error");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    let first = &results[0];
    assert_eq!(
        first["ruleId"],
        rules[first["ruleIndex"].as_u64().unwrap() as usize]["id"]
    );
    let replacement = &first["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "effet indésirable");
    assert_eq!(replacement["deletedRegion"]["startColumn"], 22);
    assert_eq!(replacement["deletedRegion"]["endColumn"], 38);

    let po = output(gloss().args(["check", PO, "--format", "sarif"]), 1);
    assert_valid_sarif(&po);
    let clean = output(
        common::gloss().args([
            "--glossary",
            GLOSSARY,
            "check",
            "--source",
            SOURCE,
            "--target",
            SOURCE,
            "--format",
            "sarif",
        ]),
        1,
    );
    assert_valid_sarif(&clean);
}

#[test]
fn sarif_fingerprints_survive_moved_lines_and_other_edits() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = write_in(dir.path(), "glossary.toml", FIX_GLOSSARY);
    write_in(dir.path(), "en.ftl", FIX_SOURCE);
    write_in(dir.path(), "fr.ftl", FIX_TARGET);
    let fingerprints = |dir: &Path| -> Vec<String> {
        let text = output(
            gloss_in(dir).args([
                "--glossary",
                glossary.to_str().unwrap(),
                "check",
                "--source",
                "en.ftl",
                "--target",
                "fr.ftl",
                "--format",
                "sarif",
            ]),
            1,
        );
        let log = assert_valid_sarif(&text);
        let mut prints: Vec<String> = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["glossFindingHash/v1"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        prints.sort();
        prints
    };
    let before = fingerprints(dir.path());
    write_in(
        dir.path(),
        "en.ftl",
        format!("new = A new message.\n\n{FIX_SOURCE}"),
    );
    write_in(
        dir.path(),
        "fr.ftl",
        format!("new = Un nouveau message.\n\n{FIX_TARGET}"),
    );
    assert_eq!(fingerprints(dir.path()), before);
}

#[test]
fn github_workflow_commands() {
    let text = check_pair("github");
    insta::assert_snapshot!("github_fluent", text);
    assert!(text.starts_with(
        "::error file=tests/fixtures/check/fr/ward.ftl,line=3,col=22,endLine=3,endColumn=38,title=gloss(forbidden-term)::"
    ));
}

#[test]
fn github_properties_and_messages_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = write_in(
        dir.path(),
        "glossary.toml",
        "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.taux]\nen = \"rate\"\nfr = \"taux, 100 %\"\n",
    );
    write_in(
        dir.path(),
        "a,b:c%.po",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"The rate\"\nmsgstr \"La vitesse\"\n",
    );
    let text = output(
        gloss_in(dir.path()).args([
            "--glossary",
            glossary.to_str().unwrap(),
            "check",
            "a,b:c%.po",
            "--format",
            "github",
        ]),
        1,
    );
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=a%2Cb%3Ac%25.po,line=6,"),
        "{first}"
    );
    assert!(first.contains(",title=gloss(missing-term)::"), "{first}");
    // The message keeps `:` and `,` but escapes `%`.
    assert!(first.ends_with("“taux, 100 %25”"), "{first}");
}

#[test]
fn gitlab_code_quality_report() {
    let text = check_pair("gitlab");
    insta::assert_snapshot!("gitlab_fluent", text);
    let issues: Value = serde_json::from_str(&text).unwrap();
    let issues = issues.as_array().unwrap();
    assert_eq!(issues.len(), 6);
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), 6, "fingerprints are unique");
    assert_eq!(
        issues[0]["location"]["path"],
        "tests/fixtures/check/fr/ward.ftl"
    );
    assert_eq!(issues[0]["location"]["lines"]["begin"], 3);
    assert_eq!(issues[0]["severity"], "major");
}

#[test]
fn junit_has_one_case_per_checked_file() {
    let text = check_pair("junit");
    insta::assert_snapshot!("junit_fluent", text);
    let clean = output(
        gloss().args([
            "check", "--source", SOURCE, "--target", SOURCE, "--format", "junit",
        ]),
        1,
    );
    assert!(clean.contains("<testsuites name=\"gloss\" tests=\"1\""));
}

#[test]
fn quiet_prints_the_summary_line_or_nothing() {
    let text = output(
        gloss().args(["check", "--source", SOURCE, "--target", TARGET, "--quiet"]),
        1,
    );
    assert_eq!(text, "6 findings in 9 segments of 1 file\n");
    let dir = tempfile::tempdir().unwrap();
    let glossary = write_in(dir.path(), "glossary.toml", FIX_GLOSSARY);
    write_in(dir.path(), "en.ftl", "clean = Nothing to see.\n");
    write_in(dir.path(), "fr.ftl", "clean = Rien à voir.\n");
    let clean = output(
        gloss_in(dir.path()).args([
            "--glossary",
            glossary.to_str().unwrap(),
            "check",
            "--source",
            "en.ftl",
            "--target",
            "fr.ftl",
            "--quiet",
        ]),
        0,
    );
    assert_eq!(clean, "");
}

#[test]
fn statistics_count_per_rule_and_term_most_first() {
    let text = output(
        gloss().args([
            "check",
            "--source",
            SOURCE,
            "--target",
            TARGET,
            "--statistics",
        ]),
        1,
    );
    insta::assert_snapshot!("statistics", text);
}

/// A directory with the fix glossary, `en.ftl` and `fr.ftl` (as `target`).
fn fix_dir(target: impl AsRef<[u8]>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", FIX_GLOSSARY);
    write_in(dir.path(), "en.ftl", FIX_SOURCE);
    write_in(dir.path(), "fr.ftl", target);
    dir
}

fn on_pair(dir: &Path, command: &str, extra: &[&str]) -> Command {
    let mut gloss = gloss_in(dir);
    gloss
        .args([
            "--glossary",
            "glossary.toml",
            command,
            "--source",
            "en.ftl",
            "--target",
            "fr.ftl",
        ])
        .args(extra);
    gloss
}

#[test]
fn diff_shows_the_fixes_without_writing() {
    let dir = fix_dir(FIX_TARGET);
    let text = output(&mut on_pair(dir.path(), "check", &["--diff"]), 1);
    insta::assert_snapshot!("diff", text);
    assert_eq!(common::read(&dir.path().join("fr.ftl")), FIX_TARGET);
}

#[test]
fn fix_keeps_case_and_agreement_and_a_second_run_changes_nothing() {
    let dir = fix_dir(FIX_TARGET);
    let report = output(&mut on_pair(dir.path(), "fix", &[]), 0);
    // Each forbidden form stood in place of the approved term: two findings.
    assert_eq!(report, "8 findings fixed in 1 file, none remains\n");
    assert_eq!(common::read(&dir.path().join("fr.ftl")), FIXED_TARGET);
    let json: Value = serde_json::from_str(&output(
        &mut on_pair(dir.path(), "check", &["--format", "json"]),
        0,
    ))
    .unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.is_empty(), "{rules:?}");
    let again = output(&mut on_pair(dir.path(), "fix", &[]), 0);
    assert_eq!(again, "no finding fixed in 0 files, none remains\n");
    assert_eq!(common::read(&dir.path().join("fr.ftl")), FIXED_TARGET);
}

#[test]
fn fix_keeps_crlf_and_bom_and_every_byte_outside_the_spans() {
    let crlf = |text: &str| text.replace('\n', "\r\n");
    let dir = fix_dir(format!("\u{FEFF}{}", crlf(FIX_TARGET)));
    output(&mut on_pair(dir.path(), "fix", &[]), 0);
    let bytes = std::fs::read(dir.path().join("fr.ftl")).unwrap();
    assert_eq!(
        bytes,
        format!("\u{FEFF}{}", crlf(FIXED_TARGET)).into_bytes()
    );
}

#[test]
fn fix_is_restricted_by_rule_and_term() {
    let dir = fix_dir(FIX_TARGET);
    let report = output(
        &mut on_pair(
            dir.path(),
            "fix",
            &["--rule", "forbidden-term", "--term", "cellule-souche"],
        ),
        1,
    );
    assert_eq!(report, "4 findings fixed in 1 file, 4 remain\n");
    let text = common::read(&dir.path().join("fr.ftl"));
    assert!(text.contains("Cellules souches se divisent"));
    assert!(text.contains("Sa sécurité"));
    let unknown = gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "fix",
            "--rule",
            "forbiden-term",
            "--target",
            "fr.ftl",
        ])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&unknown.get_output().stderr).into_owned();
    assert!(stderr.contains("forbidden-term"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn fix_follows_a_symbolic_link_to_its_target() {
    let dir = fix_dir("");
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    write_in(&real, "fr.ftl", FIX_TARGET);
    std::fs::remove_file(dir.path().join("fr.ftl")).unwrap();
    std::os::unix::fs::symlink("real/fr.ftl", dir.path().join("fr.ftl")).unwrap();
    output(&mut on_pair(dir.path(), "fix", &[]), 0);
    let link = std::fs::symlink_metadata(dir.path().join("fr.ftl")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is kept");
    assert_eq!(common::read(&real.join("fr.ftl")), FIXED_TARGET);
}

#[test]
fn a_read_only_file_is_refused_and_left_intact() {
    let dir = fix_dir(FIX_TARGET);
    let path = dir.path().join("fr.ftl");
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let assert = on_pair(dir.path(), "fix", &[]).assert().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(common::read(&path), FIX_TARGET);
    output(&mut on_pair(dir.path(), "fix", &["--force"]), 0);
    assert_eq!(common::read(&path), FIXED_TARGET);
    assert!(std::fs::metadata(&path).unwrap().permissions().readonly());
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_original_intact() {
    use std::os::unix::fs::PermissionsExt;
    let dir = fix_dir(FIX_TARGET);
    let path = dir.path().join("fr.ftl");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    // A privileged user writes into a read-only directory anyway: nothing
    // to simulate then.
    let privileged = std::fs::write(dir.path().join("probe"), "").is_ok();
    if !privileged {
        let assert = on_pair(dir.path(), "fix", &[]).assert().code(2);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains("fr.ftl"), "{stderr}");
        assert_eq!(common::read(&path), FIX_TARGET);
        let names = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(names, 3, "no temporary file is left");
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn fix_keeps_a_legacy_encoding() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", FIX_GLOSSARY);
    let po = |msgstr: &[u8]| -> Vec<u8> {
        let mut bytes = b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Its safety is known.\"\nmsgstr \"".to_vec();
        bytes.extend_from_slice(msgstr);
        bytes.extend_from_slice(b"\"\n");
        bytes
    };
    write_in(dir.path(), "fr.po", po(b"Sa s\xE9curit\xE9 est connue."));
    output(
        gloss_in(dir.path()).args(["--glossary", "glossary.toml", "fix", "fr.po"]),
        0,
    );
    assert_eq!(
        std::fs::read(dir.path().join("fr.po")).unwrap(),
        po(b"Son innocuit\xE9 est connue.")
    );
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = output(common::gloss().args(["completions", shell]), 0);
        assert!(script.contains("gloss"), "{shell}");
        assert!(script.contains("completions"), "{shell}");
    }
    let page = output(common::gloss().args(["manpage"]), 0);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH gloss 1"),
        "{page}"
    );
    assert!(page.contains("fix"));
}

#[test]
fn the_schema_rejects_an_invalid_log() {
    let schema: Value = serde_json::from_str(SARIF_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let log = |level: &str| {
        serde_json::json!({
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": { "name": "gloss" } },
                "results": [{ "message": { "text": "m" }, "level": level }],
            }],
        })
    };
    assert!(validator.is_valid(&log("error")));
    assert!(!validator.is_valid(&log("fatal")));
}

#[test]
fn validate_reports_glossary_problems_in_the_machine_formats() {
    let dir = tempfile::tempdir().unwrap();
    write_in(
        dir.path(),
        "g.toml",
        "[terms.\"1x\"]\nen = \"a\"\n[terms.b]\nen = \"\"\n[terms.e]\nen = \"A\"\n",
    );
    let run = |format: &str| {
        output(
            gloss_in(dir.path()).args(["validate", "g.toml", "--format", format]),
            2,
        )
    };
    let sarif = run("sarif");
    let log = assert_valid_sarif(&sarif);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() >= 2, "{sarif}");
    assert!(results.iter().all(|r| r["ruleId"] == "glossary"));
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "g.toml"
    );
    let github = run("github");
    assert!(
        github.starts_with("::error file=g.toml,line=1,"),
        "{github}"
    );
    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    assert_eq!(gitlab.as_array().unwrap().len(), results.len());
    let junit = run("junit");
    assert!(
        junit.contains("<testcase classname=\"gloss\" name=\"g.toml\">"),
        "{junit}"
    );
}

#[test]
fn machine_formats_stay_whole_documents_when_an_input_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "broken.po", b"msgid \"a\"\nmsgstr \"b\n");
    let run = |format: &str| {
        output(
            common::gloss()
                .current_dir(dir.path())
                .args(["--glossary"])
                .arg(std::fs::canonicalize(GLOSSARY).unwrap())
                .args(["check", "broken.po", "missing.po", "--format", format]),
            2,
        )
    };
    let log = assert_valid_sarif(&run("sarif"));
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert!(
        !invocation["toolExecutionNotifications"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    assert!(gitlab.is_array());
    let junit = run("junit");
    assert!(junit.contains("name=\"missing.po\""), "{junit}");
    assert!(junit.contains("<error message="), "{junit}");
    assert!(run("github").contains("::error file=missing.po"));
}

#[test]
fn inline_suppressions_silence_findings_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", FIX_GLOSSARY);
    write_in(
        dir.path(),
        "en.ftl",
        "divide = Mother cells divide.\nsafety = Its safety is known.\nother = Stem cells again.\n",
    );
    write_in(
        dir.path(),
        "fr.ftl",
        "# A mother cell dividing is biology.\n# gloss-ignore: forbidden-term cellule-souche -- a mother cell dividing\ndivide = Les cellules mères se divisent.\n# gloss-ignore: forbidden-term cellule-souche -- nothing here\nsafety = Son innocuité est connue.\nother = Les cellules mères encore.\n",
    );
    let rules_and_lines = |json: &Value| -> Vec<(String, u64)> {
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let json: Value = serde_json::from_str(&output(
        &mut on_pair(dir.path(), "check", &["--format", "json"]),
        1,
    ))
    .unwrap();
    assert_eq!(
        rules_and_lines(&json),
        vec![
            ("unused-suppression".to_owned(), 4),
            ("forbidden-term".to_owned(), 6),
            ("missing-term".to_owned(), 6),
        ]
    );
    // A PO translator comment, among other comments of the entry; no rule
    // named: every rule of the term.
    write_in(
        dir.path(),
        "fr.po",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n# gloss-ignore: cellule-souche -- biology\n#: src/cells.c:12\nmsgid \"Stem cells divide.\"\nmsgstr \"Les cellules mères se divisent.\"\n\nmsgid \"Stem cells again.\"\nmsgstr \"Les cellules mères encore.\"\n",
    );
    let po: Value = serde_json::from_str(&output(
        gloss_in(dir.path()).args([
            "--glossary",
            "glossary.toml",
            "check",
            "fr.po",
            "--format",
            "json",
        ]),
        1,
    ))
    .unwrap();
    assert_eq!(
        rules_and_lines(&po),
        vec![
            ("forbidden-term".to_owned(), 11),
            ("missing-term".to_owned(), 11)
        ]
    );
}

#[test]
fn a_baseline_survives_moved_lines_and_reports_only_new_findings() {
    let dir = fix_dir(FIX_TARGET);
    let written = output(
        &mut on_pair(dir.path(), "check", &["--write-baseline", "baseline.json"]),
        0,
    );
    assert_eq!(written, "8 findings recorded in baseline.json\n");
    let first = common::read(&dir.path().join("baseline.json"));
    insta::assert_snapshot!("baseline", first);
    // Written again: the same bytes.
    output(
        &mut on_pair(dir.path(), "check", &["--write-baseline", "baseline.json"]),
        0,
    );
    assert_eq!(common::read(&dir.path().join("baseline.json")), first);
    let with_baseline = |dir: &Path| {
        on_pair(
            dir,
            "check",
            &["--baseline", "baseline.json", "--format", "json"],
        )
        .assert()
        .get_output()
        .clone()
    };
    let clean = with_baseline(dir.path());
    assert_eq!(clean.status.code(), Some(0));
    // Unrelated messages added above, lines moved, one old finding fixed,
    // one new finding.
    write_in(
        dir.path(),
        "en.ftl",
        format!("intro = Hello.\nnew = Their safety.\n\n{FIX_SOURCE}"),
    );
    write_in(
        dir.path(),
        "fr.ftl",
        format!(
            "intro = Bonjour.\nnew = Leur sécurité.\n\n{}",
            FIX_TARGET.replace("Cellules mères se divisent", "Cellules souches se divisent")
        ),
    );
    let after = with_baseline(dir.path());
    assert_eq!(after.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&after.stdout).unwrap();
    let new: Vec<(&str, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["segment"].as_str().unwrap(), f["rule"].as_str().unwrap()))
        .collect();
    assert_eq!(
        new,
        vec![("new", "forbidden-term"), ("new", "missing-term")]
    );
    let stderr = String::from_utf8_lossy(&after.stderr);
    assert!(
        stderr.contains("2 findings of the 8 of the baseline baseline.json no longer found"),
        "{stderr}"
    );
    let missing = on_pair(dir.path(), "check", &["--baseline", "nowhere.json"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&missing.get_output().stderr).into_owned();
    assert!(stderr.contains("--write-baseline nowhere.json"), "{stderr}");
}

/// The findings of `check --format json` on the repository's demo, as
/// `path:line:column rule term` lines, with the given extra arguments.
fn demo_findings(extra: &[&str]) -> Vec<String> {
    let output = common::gloss()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {} {}",
                f["path"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["rule"].as_str().unwrap(),
                f["term"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn partitions_are_disjoint_and_together_the_whole_run() {
    let whole = demo_findings(&[]);
    assert!(whole.len() > 10, "{whole:?}");
    let mut union = Vec::new();
    let mut files_seen = std::collections::BTreeSet::new();
    for k in 1..=3 {
        let share = demo_findings(&["--partition", &format!("{k}/3")]);
        let files: std::collections::BTreeSet<String> = share
            .iter()
            .map(|f| f.split(':').next().unwrap().to_owned())
            .collect();
        assert!(files_seen.is_disjoint(&files), "{k}/3 repeats {files:?}");
        files_seen.extend(files);
        union.extend(share);
    }
    union.sort();
    let mut whole_sorted = whole.clone();
    whole_sorted.sort();
    assert_eq!(union, whole_sorted);
}

#[test]
fn a_partition_that_is_not_k_of_n_is_an_input_error() {
    for bad in ["0/3", "4/3", "2", "a/b"] {
        common::gloss()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", "--partition", bad])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("is not a share of the files"));
    }
}
