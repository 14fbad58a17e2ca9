//! `number-mismatch` and `placeholder-mismatch` on the real binary: a
//! Markdown leaflet whose dose changed, and a gettext catalogue whose
//! placeholders were dropped, added or changed.

mod common;

use std::path::Path;

use common::{TERMS, gloss_in, json, write_in};

/// The findings of rule `rule` in the JSON report of `gloss check args`, as
/// `line:column found`.
fn findings_of(dir: &Path, args: &[&str], rule: &str) -> Vec<String> {
    write_in(dir, "glossary.toml", TERMS);
    let assert = gloss_in(dir)
        .args(["--glossary", "glossary.toml", "check", "--format", "json"])
        .args(args)
        .assert();
    json(&assert)["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            format!(
                "{}:{} {}",
                f["line"],
                f["column"],
                f["found"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_changed_dose_is_reported_and_notations_are_not() {
    let dir = tempfile::tempdir().unwrap();
    write_in(
        dir.path(),
        "leaflet.en.md",
        "Take 1.5 tablets twice a day, 1,000 mg at most.\n\nEach injection holds 0.5 mg.\n",
    );
    write_in(
        dir.path(),
        "leaflet.fr.md",
        "Prenez 1,5 comprimé deux fois par jour, 1\u{202F}000 mg au plus.\n\nChaque injection contient 5 mg.\n",
    );
    let found = findings_of(
        dir.path(),
        &["--source", "leaflet.en.md", "--target", "leaflet.fr.md"],
        "number-mismatch",
    );
    assert_eq!(found, ["3:1 0.5", "3:27 5"]);
}

#[test]
fn placeholders_of_po_catalogues_are_left_to_msgfmt() {
    let dir = tempfile::tempdir().unwrap();
    write_in(
        dir.path(),
        "app.fr.po",
        r#"msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

#, c-format
msgid "%s by %s"
msgstr "%2$s : %1$s"

#, c-format
msgid "Saved %s"
msgstr "Enregistré %d"

#, c-format
msgid "Open %s"
msgstr "Ouvrir"

#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "un fichier"
msgstr[1] "%d fichiers"
"#,
    );
    // PO placeholders are left to `msgfmt -c`: on real catalogues, which
    // mostly declare no format, guessed placeholders cried wolf.
    let found = findings_of(dir.path(), &["app.fr.po"], "placeholder-mismatch");
    assert_eq!(found, Vec::<String>::new());
}
