//! The check pipeline on the real binary: the same output whatever the
//! number of threads and the order of the arguments, bounded memory on a
//! segment with many findings, and input problems in every output format.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::write_in;

const GLOSSARY: &str = "tests/fixtures/glossary/clinic.toml";
const SOURCE: &str = "tests/fixtures/check/en-US";
const TARGET: &str = "tests/fixtures/check/fr";
const PO: &str = "tests/fixtures/check/ward.po";

fn gloss() -> Command {
    let mut command = common::gloss();
    command.args(["--glossary", GLOSSARY]);
    command
}

/// What a run printed on stdout, after checking its exit code.
fn stdout(command: &mut Command, code: i32) -> String {
    let output = command.assert().code(code).get_output().clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
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
