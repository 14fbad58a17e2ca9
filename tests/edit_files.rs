//! How the commands that write a user's file treat it, on the real binary:
//! a symbolic link is followed and kept, a read-only file is refused unless
//! forced, no lock file is left among the user's files, and a write error
//! names the file the user asked for.

mod common;

use common::{gloss_in, read, write_in};
use predicates::prelude::*;

const GLOSSARY: &str = "[terms.cellule-souche]\nen = \"stem cell\"\nfr = \"cellule souche\"\n";

/// Names in `dir`, hidden ones included, sorted.
fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
#[cfg(unix)]
fn editing_through_a_link_changes_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let real = write_in(&dir.path().join("real"), "g.toml", GLOSSARY);
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink("real/g.toml", &link).unwrap();
    let edits: [&[&str]; 4] = [
        &["set", "cellule-souche", "domain=z"],
        &["add", "--en", "wound", "--fr", "plaie"],
        &["forbid", "wound", "--fr", "blessure"],
        &["mv", "wound", "plaie"],
    ];
    for args in edits {
        gloss_in(dir.path())
            .args(["--glossary", "link.toml"])
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("real/g.toml"));
    }
    let kind = std::fs::symlink_metadata(&link).unwrap().file_type();
    assert!(kind.is_symlink(), "the link is still a link");
    let text = read(&real);
    assert!(text.contains("domain = \"z\"") && text.contains("[terms.plaie]"));
    assert_eq!(names(dir.path()), ["link.toml", "real"]);
}

#[test]
#[cfg(unix)]
fn an_export_through_a_link_writes_the_target() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", GLOSSARY);
    write_in(dir.path(), "terms.csv", "old");
    std::os::unix::fs::symlink("terms.csv", dir.path().join("out.csv")).unwrap();
    gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "export",
            "csv",
            "-o",
            "out.csv",
        ])
        .assert()
        .success();
    assert!(read(&dir.path().join("terms.csv")).contains("cellule souche"));
    let kind = std::fs::symlink_metadata(dir.path().join("out.csv")).unwrap();
    assert!(kind.file_type().is_symlink());
}

#[test]
#[cfg(unix)]
fn a_read_only_glossary_is_refused_unless_forced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write_in(dir.path(), "glossary.toml", GLOSSARY);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let edits: [&[&str]; 5] = [
        &["set", "cellule-souche", "domain=z"],
        &["add", "--en", "wound"],
        &["rm", "cellule-souche"],
        &["mv", "cellule-souche", "stem-cell"],
        &["forbid", "cellule-souche", "--fr", "cellule mère"],
    ];
    for args in edits {
        gloss_in(dir.path())
            .args(["--glossary", "glossary.toml"])
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "glossary.toml is read-only: nothing was written",
            ))
            .stderr(predicate::str::contains("--force"));
        assert_eq!(read(&path), GLOSSARY, "{args:?}");
    }
    let csv = write_in(dir.path(), "terms.csv", "old");
    std::fs::set_permissions(&csv, std::fs::Permissions::from_mode(0o444)).unwrap();
    gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "export",
            "csv",
            "-o",
            "terms.csv",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("terms.csv is read-only"));
    assert_eq!(read(&csv), "old");
    gloss_in(dir.path())
        .args(["--glossary", "glossary.toml"])
        .args(["set", "cellule-souche", "domain=z", "--force"])
        .assert()
        .success();
    assert!(read(&path).contains("domain = \"z\""));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o444, "the file stays read-only");
}

#[test]
fn no_lock_file_is_left_beside_the_glossary() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", GLOSSARY);
    gloss_in(dir.path())
        .args([
            "--glossary",
            "glossary.toml",
            "set",
            "cellule-souche",
            "domain=z",
        ])
        .assert()
        .success();
    assert_eq!(names(dir.path()), [".gloss-cache", "glossary.toml"]);
    let cache = dir.path().join(".gloss-cache");
    assert!(read(&cache.join(".gitignore")).contains('*'));
}

#[test]
#[cfg(target_os = "linux")]
fn a_write_error_names_the_file_not_a_temporary() {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "glossary.toml", GLOSSARY);
    // Nothing can be created in /proc, even by root.
    gloss_in(dir.path())
        .args(["--glossary", "glossary.toml", "export", "csv"])
        .args(["-o", "/proc/gloss-terms.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot write /proc/gloss-terms.csv",
        ))
        .stderr(predicate::str::contains(".tmp").not());
}
