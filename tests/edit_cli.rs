//! `gloss add/set/forbid/rm/mv` on the real binary: comments and layout are
//! kept byte for byte, bad edits are refused without touching the file,
//! concurrent editors never lose an entry and a killed editor never leaves a
//! truncated file.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

use common::{gloss_in, gloss_on_glossary_in as gloss, read, temp_glossary, write_in};
use gloss::diagnostic::Severity;
use predicates::prelude::*;

const GLOSSARY: &str = r#"# Dermatology glossary — reviewed by the terminology board.
[glossary]
languages = ["en", "fr"]   # both sides are required

# --- Cells -------------------------------------------------------------
[terms.cellule-souche]
domain    = "cell biology"          # aligned on purpose
en        = "stem cell"
fr        = "cellule souche"        # approved 2024-03

# Abbreviations keep their case.
[terms.csm]
en = { term = "MSC", case-sensitive = true }
fr = { term = "CSM", case-sensitive = true }

[terms.greffe.fr]
term = "greffe"
variants = [
    "greffon",   # the grafted tissue
]
"#;

#[test]
fn edits_keep_comments_and_layout() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["add", "--en", "skin graft", "--fr", "greffe de peau"])
        .args([
            "--gender",
            "feminine",
            "--definition-fr",
            "Peau prélevée puis replacée.",
        ])
        .assert()
        .success()
        .stdout("added “skin-graft” to glossary.toml\n");
    gloss(dir.path())
        .args([
            "set",
            "cellule-souche",
            "fr.variants+=cellule-souche",
            "domain=biology",
        ])
        .assert()
        .success();
    gloss(dir.path())
        .args([
            "set",
            "greffe",
            "fr.variants+=autogreffe",
            "fr.variants-=greffon",
        ])
        .assert()
        .success();
    gloss(dir.path())
        .args(["forbid", "csm", "--fr", "C.S.M."])
        .assert()
        .success();
    gloss(dir.path())
        .args(["mv", "greffe", "graft"])
        .assert()
        .success()
        .stdout("renamed “greffe” to “graft” in glossary.toml\n");
    let text = read(&path);
    assert!(
        text.starts_with(&GLOSSARY[..GLOSSARY.find("[terms.cellule-souche]").unwrap()]),
        "the header and its comments are untouched"
    );
    insta::assert_snapshot!("edited_glossary", text);
    let loaded = gloss::glossary::load(&[path]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
}

#[test]
fn remove_then_nothing_to_do() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path()).args(["rm", "csm"]).assert().success();
    let text = read(&path);
    assert!(!text.contains("csm") && !text.contains("Abbreviations keep"));
    assert!(text.contains("# approved 2024-03"));
    gloss(dir.path())
        .args(["set", "greffe", "fr.variants+=Greffon"])
        .assert()
        .success()
        .stdout("nothing to change: the glossary already says so\n");
    assert_eq!(read(&path), text);
}

#[test]
fn removing_the_last_concept_keeps_a_valid_file() {
    let (dir, path) = temp_glossary("[terms.a]\nen = \"scar\"\n");
    gloss(dir.path()).args(["rm", "a"]).assert().success();
    assert_eq!(read(&path), "[terms]\n");
    gloss(dir.path())
        .args(["add", "--en", "wound"])
        .assert()
        .success();
    assert_eq!(read(&path), "[terms]\n\n[terms.wound]\nen = \"wound\"\n");
}

/// An edit that would make the glossary invalid is refused with the reason,
/// exit 2, and the file keeps its bytes.
#[test]
fn invalid_edits_are_refused_and_change_nothing() {
    let (dir, path) = temp_glossary(GLOSSARY);
    let cases: [(&[&str], &str); 8] = [
        (
            &["set", "cellule-souche", "fr.gender=femnine"],
            "invalid value “femnine” for “gender”",
        ),
        (
            &["forbid", "cellule-souche", "--fr", "Cellule souche"],
            "is both accepted and forbidden",
        ),
        (
            &["set", "cellule-souche", "de=Stammzelle"],
            "language “de” is not declared",
        ),
        (&["add", "csm", "--en", "marrow"], "already exists"),
        (
            &["set", "cellule-souch", "domain=x"],
            "did you mean “cellule-souche”",
        ),
        (
            &["set", "greffe", "fr.varaints+=x"],
            "did you mean “variants”",
        ),
        (&["mv", "greffe", "csm"], "already exists"),
        (&["set", "greffe", "fr.variants-=nope"], "it holds: greffon"),
    ];
    for (args, reason) in cases {
        gloss(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(reason))
            .stderr(predicate::str::contains("panicked").not());
        assert_eq!(read(&path), GLOSSARY, "{args:?} left the file as it was");
    }
    gloss(dir.path())
        .args(["forbid", "cellule-souche", "--fr", "Cellule souche"])
        .assert()
        .stderr(predicate::str::contains(
            "edit refused: the glossary would become invalid",
        ))
        .stderr(predicate::str::contains(
            "glossary.toml as the edit would write it:",
        ));
}

#[test]
fn a_broken_glossary_is_not_edited() {
    let broken = "[terms.a]\nen = \"scar\"\ndomian = \"skin\"\n";
    let (dir, path) = temp_glossary(broken);
    gloss(dir.path())
        .args(["add", "--en", "wound"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("glossary.toml:3:1"))
        .stderr(predicate::str::contains("the glossary has errors"));
    assert_eq!(read(&path), broken);
}

#[test]
fn bom_and_crlf_survive_an_edit() {
    let original = "\u{feff}[terms.a]\r\nen = \"scar\"\r\n";
    let (dir, path) = temp_glossary(original);
    gloss(dir.path())
        .args(["add", "--en", "wound", "--fr", "plaie"])
        .assert()
        .success();
    assert_eq!(
        read(&path),
        "\u{feff}[terms.a]\r\nen = \"scar\"\r\n\r\n[terms.wound]\r\nen = \"wound\"\r\nfr = \"plaie\"\r\n"
    );
}

#[test]
fn ids_are_made_unique_and_new_files_are_created() {
    let dir = tempfile::tempdir().unwrap();
    for fr in ["cellule souche", "cellule souche adulte"] {
        gloss(dir.path())
            .args(["add", "--en", "Stem cell (MSC)", "--fr", fr])
            .assert()
            .success();
    }
    let text = read(&dir.path().join("glossary.toml"));
    assert!(text.contains("[terms.stem-cell-msc]") && text.contains("[terms.stem-cell-msc-2]"));
}

#[test]
fn directories_take_the_first_file_or_the_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = dir.path().join("glossary");
    std::fs::create_dir(&glossary).unwrap();
    write_in(&glossary, "a.toml", "[terms.scar]\nen = \"scar\"\n");
    write_in(&glossary, "b.toml", "[terms.wound]\nen = \"wound\"\n");
    let run = |args: &[&str]| gloss_in(dir.path()).args(args).assert().success();
    run(&["add", "--en", "graft"]).stdout(predicate::str::contains("glossary/a.toml"));
    run(&["add", "--en", "burn", "--file", "glossary/b.toml"]);
    run(&["set", "wound", "fr=plaie"]).stdout(predicate::str::contains("glossary/b.toml"));
    assert!(read(&glossary.join("a.toml")).contains("[terms.graft]"));
    let b = read(&glossary.join("b.toml"));
    assert!(b.contains("[terms.burn]") && b.contains("fr = \"plaie\""));
}

#[test]
fn mv_rewrites_fluent_references() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_in(root, "glossary.toml", "[terms.cell]\nen = \"stem cell\"\n");
    write_in(
        root,
        "gloss.toml",
        "glossary = \"glossary.toml\"\n[[pairs]]\nsource = \"en\"\ntarget = \"fr\"\n",
    );
    for lang in ["en", "fr"] {
        std::fs::create_dir(root.join(lang)).unwrap();
    }
    write_in(
        root,
        "en/app.ftl",
        "-cell = stem cell\nintro = A { -cell } and a { -cell-line }.\n",
    );
    write_in(root, "fr/app.ftl", "intro = Une { -cell }.\n");
    gloss_in(root)
        .args(["mv", "cell", "stem-cell", "--rewrite"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 references rewritten in en/app.ftl",
        ))
        .stdout(predicate::str::contains(
            "1 reference rewritten in fr/app.ftl",
        ));
    assert_eq!(
        read(&root.join("en/app.ftl")),
        "-stem-cell = stem cell\nintro = A { -stem-cell } and a { -cell-line }.\n"
    );
    assert_eq!(
        read(&root.join("fr/app.ftl")),
        "intro = Une { -stem-cell }.\n"
    );
}

#[test]
fn help_and_errors_are_localised() {
    let (dir, _) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["--lang", "fr", "set", "cellule-souche", "fr.variants"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("impossible de lire l’affectation"));
    gloss(dir.path())
        .args(["--lang", "fr", "set", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("CHEMIN+=VALEUR"));
}

/// 50 processes add one concept each to the same file at the same time:
/// the lock serialises them and every entry lands.
#[test]
fn fifty_concurrent_adds_add_fifty_entries() {
    let (dir, path) = temp_glossary("[terms.seed]\nen = \"seed\"\n");
    let children: Vec<_> = (0..50)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("gloss"))
                .current_dir(dir.path())
                .env("LANG", "C")
                .args(["--glossary", "glossary.toml", "add"])
                .args(["--en", &format!("term {i}"), "--fr", &format!("terme {i}")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let loaded = gloss::glossary::load(&[path]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let mut ids: Vec<String> = loaded
        .glossary
        .concepts
        .iter()
        .map(|c| c.id.clone())
        .collect();
    ids.sort();
    let mut expected: Vec<String> = (0..50).map(|i| format!("term-{i}")).collect();
    expected.push("seed".into());
    expected.sort();
    assert_eq!(ids, expected);
}

fn large_glossary(concepts: usize) -> String {
    let mut text = String::from(
        "# Large glossary for the crash test.\n[glossary]\nlanguages = [\"en\", \"fr\"]\n",
    );
    for i in 0..concepts {
        text += &format!(
            "\n[terms.concept-{i}]\nen = \"concept {i}\"\n\n[terms.concept-{i}.fr]\nterm = \"notion {i}\"\ndefinition = \"{}\"\n",
            "Une définition assez longue pour que l’écriture du fichier prenne du temps. "
                .repeat(4)
        );
    }
    text
}

fn temporaries(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count()
}

/// What killed editors left; no editor runs when this is called.
fn remove_temporaries(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".tmp") {
            std::fs::remove_file(path).unwrap();
        }
    }
}

fn concept_count(path: &Path) -> usize {
    let loaded = gloss::glossary::load(&[path.to_owned()]);
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "the file always parses: {errors:?}");
    loaded.glossary.concepts.len()
}

/// Editors killed with SIGKILL at every stage of their run (reading,
/// validating, and while the new file is being written) leave the old file
/// or the new one, never a part of one.
#[test]
fn killed_editors_never_leave_a_truncated_file() {
    let (dir, path) = temp_glossary(&large_glossary(1_000));
    let spawn = |i: usize| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("gloss"))
            .current_dir(dir.path())
            .env("LANG", "C")
            .args(["--glossary", "glossary.toml", "add"])
            .args(["--en", &format!("crash {i}"), "--fr", &format!("panne {i}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let started = Instant::now();
    assert!(spawn(0).wait().unwrap().success());
    let full_run = started.elapsed();
    let mut before = read(&path);
    let mut count = concept_count(&path);
    let mut completed = 1;
    let mut mid_write = 0;
    let rounds = 24;
    for round in 1..=rounds {
        remove_temporaries(dir.path());
        let mut child = spawn(round);
        if round % 2 == 0 {
            std::thread::sleep(full_run.mul_f64(0.2 + 1.4 * round as f64 / rounds as f64));
        } else {
            // Kill as soon as the temporary file appears: during the write.
            while temporaries(dir.path()) == 0 && child.try_wait().unwrap().is_none() {}
        }
        let _ = child.kill();
        let finished = child.wait().unwrap().success();
        mid_write += usize::from(temporaries(dir.path()) > 0);
        let after = read(&path);
        let now = concept_count(&path);
        if after == before {
            assert!(!finished || now == count);
        } else {
            assert!(after.starts_with(&before), "only an append happened");
            assert_eq!(now, count + 1);
            completed += 1;
        }
        before = after;
        count = now;
    }
    assert!(
        completed < rounds + 1,
        "some editors were killed before writing"
    );
    assert!(mid_write > 0, "some editors were killed while writing");
    let mut child = spawn(98);
    while temporaries(dir.path()) == 0 && child.try_wait().unwrap().is_none() {}
    let _ = child.kill();
    let _ = child.wait();
    assert!(spawn(99).wait().unwrap().success());
    assert_eq!(
        temporaries(dir.path()),
        0,
        "the next editor removes what killed ones left"
    );
}

/// Mistakes in the values of an edit point at the command line, never at a
/// line of a file that is not on disk, and name the possible values.
#[test]
fn bad_values_point_at_the_command_line() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["set", "cellule-souche", "fr.gender=bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("command line:1:36"))
        .stderr(predicate::str::contains(
            "possible values: masculine, feminine, neuter, common",
        ))
        .stderr(predicate::str::contains("glossary.toml:").not())
        .stderr(predicate::str::contains("known keys").not());
    gloss(dir.path())
        .args(["set", "cellule-souche", "fr.pos=noum"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean “noun”"));
    gloss(dir.path())
        .args(["set", "cellule-souche", "domain=\"unclosed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read the assignment"))
        .stderr(predicate::str::contains("command line:1:33"));
    gloss(dir.path())
        .args(["add", "--en", "wound", "--term", "de=Wunde"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "glossary.toml as the edit would write it:",
        ))
        .stderr(predicate::str::contains("╭▸ glossary.toml:").not());
    gloss(dir.path())
        .args(["add", "--en", "wound", "--term", "x!=y"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "“x!” is not a valid BCP 47 language tag",
        ));
    assert_eq!(read(&path), GLOSSARY);
    let (dir, _) = temp_glossary(
        "[terms.a]\nen = \"scar\"\nfr = { term = \"cicatrice\", gender = \"bogus\" }\n",
    );
    gloss_in(dir.path())
        .args(["validate", "glossary.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

#[test]
fn add_refuses_a_concept_that_already_exists_under_another_id() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["add", "--en", "Stem cell", "--fr", "cellule souche"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "“cellule-souche” already has these forms: nothing was added",
        ))
        .stderr(predicate::str::contains("gloss set cellule-souche"));
    gloss(dir.path())
        .args(["add", "--en", "stem cell"])
        .assert()
        .code(2);
    assert_eq!(read(&path), GLOSSARY);
    gloss(dir.path())
        .args(["add", "--en", "stem cell", "--fr", "cellule souche adulte"])
        .assert()
        .success();
}

#[test]
fn mv_to_the_same_id_changes_nothing_and_suggests_ids() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["mv", "csm", "csm"])
        .assert()
        .success()
        .stdout("“csm” already has this id: nothing to change\n");
    gloss(dir.path())
        .args(["mv", "cellule-souch", "stem-cell"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean “cellule-souche”"));
    assert_eq!(read(&path), GLOSSARY);
}
