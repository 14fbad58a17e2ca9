//! What `import` and `export` report on the real binary: conflicts say what
//! differs, rows repeated inside one file are conflicts, and `export fluent`
//! counts the terms it wrote and names the concepts it left out.

mod common;

use common::{gloss_on_glossary_in as gloss, read, temp_glossary, write_in};
use predicates::prelude::*;

const GLOSSARY: &str = "[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms.skin]\nen = \"skin\"\nfr = \"peau\"\n\n[terms.vitiligo]\ndnt = true\nen = \"vitiligo\"\n";

#[test]
fn an_import_conflict_shows_the_fields_and_both_values() {
    let (dir, path) = temp_glossary(GLOSSARY);
    let csv = write_in(
        dir.path(),
        "vendor.csv",
        "en,fr,definition_en\nskin,derme,The outer layer.\n",
    );
    gloss(dir.path())
        .args(["import", "csv"])
        .arg(&csv)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "differs from concept skin of the glossary (glossary → file)",
        ))
        .stderr(predicate::str::contains(
            "fr: preferred form “peau” → “derme”",
        ))
        .stderr(predicate::str::contains(
            "en: definition: {+The outer layer.+}",
        ));
    assert_eq!(read(&path), GLOSSARY);
}

#[test]
fn rows_repeating_a_term_inside_the_file_are_a_conflict() {
    let (dir, path) = temp_glossary(GLOSSARY);
    let csv = write_in(
        dir.path(),
        "vendor.csv",
        "en,fr\nwound,plaie\nwound,blessure\nwound,plaie\n",
    );
    gloss(dir.path())
        .args(["import", "csv"])
        .arg(&csv)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "1 added, 0 replaced, 1 unchanged, 1 conflict",
        ))
        .stderr(predicate::str::contains("vendor.csv:3:1"))
        .stderr(predicate::str::contains(
            "repeats the concept wound of an earlier entry",
        ))
        .stderr(predicate::str::contains(
            "fr: preferred form “plaie” → “blessure”",
        ))
        .stderr(predicate::str::contains("the earlier entry"));
    let text = read(&path);
    assert!(text.contains("[terms.wound]") && !text.contains("wound-2"));
}

#[test]
fn export_fluent_counts_what_it_wrote_and_names_what_it_left_out() {
    let (dir, _) = temp_glossary(GLOSSARY);
    gloss(dir.path())
        .args(["export", "fluent", "--lang", "de", "-o", "de.ftl"])
        .assert()
        .success()
        .stdout("1 concept written to de.ftl\n")
        .stderr(predicate::str::contains(
            "1 concept has no form in “de” and was left out: skin",
        ));
    gloss(dir.path())
        .args(["export", "fluent", "--lang", "en", "-o", "en.ftl"])
        .assert()
        .success()
        .stdout("2 concepts written to en.ftl\n")
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_vendor_csv_is_read_with_a_delimiter_and_a_column_mapping() {
    let (dir, path) = temp_glossary("[terms]\n");
    let csv = write_in(
        dir.path(),
        "vendor.csv",
        "English|French|Subject\nwound|plaie|care\n",
    );
    gloss(dir.path())
        .args(["import", "csv"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the header names no language column",
        ))
        .stderr(predicate::str::contains(
            "gloss reads the columns id, domain",
        ))
        .stderr(predicate::str::contains("--map NAME=COLUMN"));
    gloss(dir.path())
        .args(["import", "csv", "--delimiter", "|", "--map", "Anglais=en"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "its columns: English, French, Subject",
        ));
    assert_eq!(read(&path), "[terms]\n");
    gloss(dir.path())
        .args(["import", "csv", "--delimiter", "|"])
        .args(["--map", "English=en", "--map", "french=fr"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 added"));
    assert_eq!(
        read(&path),
        "[terms]\n\n[terms.wound]\ndomain = \"care\"\nen = \"wound\"\nfr = \"plaie\"\n"
    );
    gloss(dir.path())
        .args(["import", "tbx", "--map", "English=en"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("options of import csv"));
}

/// A vendor TBX with regional tags and a language the glossary does not
/// have: regions map to the glossary's languages, the other language is
/// left out with a count, and nothing points into a file not on disk.
#[test]
fn a_vendor_tbx_with_region_tags_and_an_extra_language_is_fitted() {
    let (dir, path) = temp_glossary("[glossary]\nlanguages = [\"en\", \"fr\"]\n\n[terms]\n");
    let vendor = include_str!("fixtures/exchange/vendor-basic-v2.tbx")
        .replace("xml:lang=\"fr\"", "xml:lang=\"fr-FR\"")
        .replace("xml:lang=\"en\">\n          <descrip", "xml:lang=\"en-GB\">\n          <descrip")
        .replacen(
            "<langSet xml:lang=\"fr-FR\">",
            "<langSet xml:lang=\"de\"><tig><term>Wunde</term></tig></langSet>\n        <langSet xml:lang=\"fr-FR\">",
            1,
        );
    let tbx = write_in(dir.path(), "vendor.tbx", vendor);
    gloss(dir.path())
        .args(["import", "tbx"])
        .arg(&tbx)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "3 added, 0 replaced, 0 unchanged, 0 conflicts",
        ))
        .stderr(predicate::str::contains(
            "1 entry in “de” left out: the glossary’s languages are en, fr",
        ))
        .stderr(predicate::str::contains("glossary.toml:").not());
    let text = read(&path);
    assert!(text.contains("[terms.c101.fr]") && text.contains("term = \"plaie\""));
    assert!(!text.contains("fr-FR") && !text.contains("Wunde"));
    let csv = write_in(
        dir.path(),
        "vendor.csv",
        "en-GB,fr-FR,de\nscar,cicatrice,Narbe\n",
    );
    gloss(dir.path())
        .args(["import", "csv"])
        .arg(&csv)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 entry in “de” left out"));
    assert!(read(&path).contains("[terms.scar]\nen = \"scar\"\nfr = \"cicatrice\"\n"));
}
