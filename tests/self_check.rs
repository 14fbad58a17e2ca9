//! gloss on its own files: the French interface passes its own check, and
//! the demo's Fluent terms are those the glossary exports.

use assert_cmd::Command;

fn gloss() -> Command {
    let mut command = Command::cargo_bin("gloss").unwrap();
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1");
    command
}

#[test]
fn the_french_interface_passes_gloss() {
    let output = gloss()
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
        .code(0)
        .get_output()
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
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
