//! Mistakes in `gloss.toml` on the real binary: each names the file, line
//! and column in plain words, in English and in French, and a configured
//! path that does not exist points at the line that names it.

mod common;

use common::{gloss_in, write_in};
use predicates::prelude::*;

/// Words of the parser's or serde's vocabulary that no user should read.
const LEAKS: [&str; 6] = [
    "untagged",
    "enum",
    "unknown variant",
    "unknown field",
    "invalid type",
    "expected one of",
];

/// Runs `gloss check` in a directory holding `config` as gloss.toml, in
/// `lang`, and returns its stderr after checking exit 2 and the leaks.
fn config_error(config: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write_in(dir.path(), "gloss.toml", config);
    let output = gloss_in(dir.path())
        .env("LANG", lang)
        .arg("check")
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
    for leak in LEAKS {
        assert!(!stderr.contains(leak), "{config:?}: {stderr}");
    }
    stderr
}

#[test]
fn every_configuration_mistake_names_the_file_line_and_column() {
    for (config, place, english, french) in [
        (
            "glossary = 3\n",
            "gloss.toml:1:12",
            "“glossary” must be a path or a list of paths",
            "«\u{a0}glossary\u{a0}» doit être un chemin ou une liste de chemins",
        ),
        (
            "[rules]\nmissing-term = \"fatal\"\n",
            "gloss.toml:2:16",
            "“fatal” is not a level for the rule “missing-term”",
            "«\u{a0}fatal\u{a0}» n’est pas un niveau pour la règle «\u{a0}missing-term\u{a0}»",
        ),
        (
            "[rules]\nmising-term = \"error\"\n",
            "gloss.toml:2:1",
            "unknown rule “mising-term” in [rules]",
            "règle inconnue «\u{a0}mising-term\u{a0}» dans [rules]",
        ),
        (
            "target-langage = \"fr\"\n",
            "gloss.toml:1:1",
            "did you mean “target-language”?",
            "vouliez-vous dire «\u{a0}target-language\u{a0}»\u{a0}?",
        ),
        (
            "[[pairs]]\nsource = \"en\"\n",
            "gloss.toml:1:1",
            "this [[pairs]] entry has no “target”",
            "cette entrée [[pairs]] n’a pas de «\u{a0}target\u{a0}»",
        ),
        (
            "source-language = \"not a tag!\"\n",
            "gloss.toml:1:19",
            "is not a valid BCP 47 language tag",
            "n’est pas une étiquette de langue BCP 47 valide",
        ),
        (
            "glossary = \"glossary\"\nglossary = \"other\"\n",
            "gloss.toml:2:1",
            "the key “glossary” is defined twice in this table (first at line 1)",
            "la clé «\u{a0}glossary\u{a0}» est définie deux fois",
        ),
    ] {
        let stderr = config_error(config, "en_US.UTF-8");
        assert!(stderr.contains(place), "{config:?}: {stderr}");
        assert!(stderr.contains(english), "{config:?}: {stderr}");
        let stderr = config_error(config, "fr_FR.UTF-8");
        assert!(stderr.contains(place), "{config:?}: {stderr}");
        assert!(stderr.contains(french), "{config:?}: {stderr}");
    }
}

/// A glossary or document path of gloss.toml that does not exist is shown
/// at the line of gloss.toml that names it.
#[test]
fn a_configured_path_that_does_not_exist_points_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    write_in(
        dir.path(),
        "gloss.toml",
        "# the glossary\nglossary = \"missing.toml\"\n",
    );
    gloss_in(dir.path())
        .arg("validate")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing.toml: no such file or directory",
        ))
        .stderr(predicate::str::contains("gloss.toml:2:12"));
    write_in(
        dir.path(),
        "g.toml",
        "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n",
    );
    write_in(
        dir.path(),
        "gloss.toml",
        "glossary = \"g.toml\"\n\n[[pairs]]\nsource = \"en\"\ntarget = \"fr\"\n",
    );
    let nested = dir.path().join("sub");
    std::fs::create_dir(&nested).unwrap();
    gloss_in(&nested)
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file or directory"))
        .stderr(predicate::str::contains("gloss.toml:5:10"));
}

/// A source or target language that no concept has a form in makes `check`
/// find nothing: `validate` warns, at the line of gloss.toml.
#[test]
fn a_configured_language_without_forms_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    write_in(
        dir.path(),
        "g.toml",
        "[terms.plaie]\nen = \"wound\"\nfr = \"plaie\"\n",
    );
    write_in(
        dir.path(),
        "gloss.toml",
        "glossary = \"g.toml\"\nsource-language = \"de\"\n",
    );
    gloss_in(dir.path())
        .arg("validate")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 errors, 1 warning"))
        .stderr(predicate::str::contains("no concept has a form in “de”"))
        .stderr(predicate::str::contains("gloss.toml:2:19"))
        .stderr(predicate::str::contains(
            "the concepts have forms in: en, fr",
        ));
    gloss_in(dir.path())
        .args(["validate", "--strict"])
        .assert()
        .code(1);
}
