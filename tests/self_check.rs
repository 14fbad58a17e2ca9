//! gloss on its own files: the French interface passes its own check, and
//! the demo's Fluent terms are those the glossary exports.

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::json;

fn gloss() -> Command {
    common::gloss_in(Path::new(env!("CARGO_MANIFEST_DIR")))
}

#[test]
fn the_french_interface_passes_gloss() {
    let report = json(
        &gloss()
            .args([
                "--glossary",
                "glossary/gloss-ui.toml",
                "check",
                "--source",
                "locales/en-US",
                "--target",
                "locales/fr",
            ])
            .args(["--format", "json"])
            .assert()
            .code(0),
    );
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
}

#[test]
fn the_demo_terms_are_up_to_date() {
    for (lang, dir) in [("en", "en-US"), ("fr", "fr")] {
        gloss()
            .args([
                "--glossary",
                "glossary/dermatology.toml",
                "export",
                "fluent",
            ])
            .args(["--lang", lang, "--check", "--output"])
            .arg(format!("examples/dermatology/{dir}/terms.ftl"))
            .assert()
            .code(0);
    }
}
