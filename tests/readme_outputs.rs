//! The outputs the README shows are the real ones: every ```text block that
//! starts with `$ gloss …` is run on a copy of the demo and must match (a
//! block whose next line is `…` is an excerpt of the output). The Fluent
//! export commands it shows run on the demo as written.

mod common;

/// `(command, expected output, excerpt)` for each runnable text block.
fn shown_outputs() -> Vec<(String, String, bool)> {
    let readme = include_str!("../README.md");
    let mut shown = Vec::new();
    for block in readme.split("```text\n").skip(1) {
        let block = &block[..block.find("```").expect("closed")];
        let Some((first, rest)) = block.split_once('\n') else {
            continue;
        };
        let Some(command) = first.strip_prefix("$ ") else {
            continue;
        };
        let (excerpt, expected) = match rest.strip_prefix("…\n") {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        shown.push((command.to_owned(), expected.to_owned(), excerpt));
    }
    shown
}

/// A copy of the demo: its configuration, glossary and documents.
#[test]
fn the_outputs_shown_in_the_readme_are_the_real_ones() {
    let shown = shown_outputs();
    assert!(shown.len() >= 2, "the README shows outputs: {shown:?}");
    let dir = common::demo_copy();
    for (command, expected, excerpt) in shown {
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let output = common::gloss_in(dir.path()).args(&args).output().unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        if excerpt {
            assert!(text.contains(&expected), "$ {command}\n{text}");
        } else {
            assert_eq!(text, expected, "$ {command}");
        }
    }
}

#[test]
fn the_readme_fluent_export_commands_run_on_the_demo() {
    let readme = include_str!("../README.md");
    let commands: Vec<&str> = readme
        .lines()
        .filter(|line| line.starts_with("gloss --glossary glossary/dermatology.toml export fluent"))
        .collect();
    assert_eq!(commands.len(), 2, "{commands:?}");
    let dir = common::demo_copy();
    let fresh = dir.path().join("examples/dermatology/fr/terms.ftl");
    let before = std::fs::read(&fresh).unwrap();
    for command in commands {
        let args: Vec<&str> = command
            .split('#')
            .next()
            .unwrap()
            .split_whitespace()
            .skip(1)
            .collect();
        common::gloss_in(dir.path()).args(&args).assert().code(0);
    }
    assert_eq!(
        std::fs::read(&fresh).unwrap(),
        before,
        "the demo's terms are up to date"
    );
}
