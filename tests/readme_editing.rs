//! The README's editing examples, run in order by a shell on a copy of the
//! demo (its configuration, glossary and documents): each succeeds, or is
//! refused when its comment says so, and the glossary stays valid.

mod common;

use std::path::PathBuf;

use common::read;
use predicates::prelude::*;

/// The commands of the first `sh` block of the README's editing section,
/// continuation lines joined.
fn editing_examples() -> Vec<String> {
    let readme = include_str!("../README.md");
    let section = &readme[readme
        .find("### Editing the glossary")
        .expect("the README has an editing section")..];
    let block = &section[section.find("```sh\n").expect("with examples") + 6..];
    let block = &block[..block.find("```").expect("closed")];
    let mut commands: Vec<String> = Vec::new();
    let mut continued = false;
    for line in block.lines() {
        if continued {
            commands
                .last_mut()
                .expect("a command")
                .push_str(line.trim_end_matches('\\'));
        } else if line.starts_with("gloss ") {
            commands.push(line.trim_end_matches('\\').to_owned());
        }
        continued = line.ends_with('\\');
    }
    commands
}

#[test]
#[cfg(unix)]
fn the_readme_editing_examples_work_in_order_on_the_demo() {
    let dir = common::demo_copy();
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_gloss"));
    let path = std::env::join_paths(std::iter::once(binary.parent().unwrap().to_owned()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let commands = editing_examples();
    assert!(commands.len() >= 6, "{commands:?}");
    for command in &commands {
        let expected = if command.contains("# refused") { 2 } else { 0 };
        assert_cmd::Command::new("sh")
            .args(["-c", command])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .assert()
            .code(expected)
            .stderr(predicate::str::contains("panicked").not());
    }
    let text = read(&dir.path().join("glossary/dermatology.toml"));
    assert!(
        text.contains("[terms.dechirure-cutanee]"),
        "the renamed concept is there"
    );
    assert!(text.contains("déchirure de la peau") && text.contains("lacération cutanée"));
    assert!(!text.contains("[terms.hydrocolloid]") && !text.contains("[terms.stem-cell]"));
    assert_cmd::Command::new(&binary)
        .arg("validate")
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .assert()
        .success();
}
