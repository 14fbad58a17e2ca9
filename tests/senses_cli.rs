//! Verbs, verb variants, homonyms and `not-in` contexts, on the real binary.

mod common;

use common::{gloss, stdout, temp_glossary, write_in};
use predicates::prelude::*;

/// A software glossary with verbs, a noun with a verb variant, homonyms of
/// two domains and a compound with a translation of its own.
const GLOSSARY: &str = r#"
[terms.save]
en = { term = "save", pos = "verb" }
fr = { term = "enregistrer", pos = "verb", forbidden = ["sauvegarder"] }

[terms.update]
en = { term = "update", pos = "verb" }
fr = { term = "mettre à jour", pos = "verb" }

[terms.download]
en = { term = "download", pos = "verb" }
fr = { term = "téléchargement", variants = [{ term = "télécharger", pos = "verb" }] }

[terms.log-in]
en = { term = "log in", pos = "verb" }
fr = { term = "se connecter", pos = "verb" }

[terms.display]
en = { term = "appear", pos = "verb" }
fr = { term = "s'afficher", pos = "verb" }

[terms.registration]
en = "registration"
fr = "enregistrement"

[terms.key]
domain = "security"
en = { term = "key", not-in = ["hot key", "<|> key"] }
fr = "clé"

[terms.keyboard-key]
domain = "keyboard"
en = "key"
fr = "touche"

[terms.user]
en = "user"
fr = "utilisateur"

[terms.user-id]
en = "user ID"
fr = { term = "identifiant d’utilisateur", variants = ["identité", "UID"] }
"#;

/// Writes a PO catalogue of (msgid, msgstr) pairs.
fn catalogue(entries: &[(&str, &str)]) -> String {
    let mut po =
        String::from("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
    for (source, target) in entries {
        po.push_str(&format!("\nmsgid \"{source}\"\nmsgstr \"{target}\"\n"));
    }
    po
}

/// The (rule, term, msgid) of every finding of `check --format json`, and
/// the JSON itself.
fn check(glossary: &str, entries: &[(&str, &str)]) -> (Vec<(String, String, String)>, String) {
    let (dir, path) = temp_glossary(glossary);
    let po = write_in(dir.path(), "fr.po", catalogue(entries));
    let assert = gloss()
        .arg("--glossary")
        .arg(&path)
        .arg("check")
        .arg(&po)
        .args(["--format", "json"])
        .assert();
    let json = stdout(&assert);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON output");
    let findings = value["findings"]
        .as_array()
        .expect("a findings array")
        .iter()
        .map(|f| {
            let field = |name: &str| f[name].as_str().unwrap_or_default().to_owned();
            (field("rule"), field("term"), field("segment"))
        })
        .collect();
    (findings, json)
}

fn finding(rule: &str, term: &str, segment: &str) -> (String, String, String) {
    (rule.to_owned(), term.to_owned(), segment.to_owned())
}

#[test]
fn conjugated_verbs_are_the_term() {
    let (findings, _) = check(
        GLOSSARY,
        &[
            (
                "Saves the user's full name",
                "Enregistre le nom complet de l’utilisateur",
            ),
            ("Saving…", "Enregistrement…"),
            ("Update the list", "Mettez à jour la liste"),
            ("The list was updated", "La liste a été mise à jour"),
            ("Updates the index", "Met à jour l’index"),
            ("Log in to continue", "Connectez-vous pour continuer"),
            ("You logged in", "Vous vous êtes connecté"),
            ("Logging in…", "Connexion…"),
            ("It appears here", "Il s’affiche ici"),
            ("They appeared", "Ils s'affichèrent"),
        ],
    );
    assert_eq!(
        findings,
        vec![
            // Derivation is not inflection: enregistrement is not enregistrer.
            finding("missing-term", "save", "Saving…"),
            finding("missing-term", "log-in", "Logging in…"),
        ]
    );
}

#[test]
fn a_forbidden_verb_is_found_conjugated() {
    let (findings, json) = check(
        GLOSSARY,
        &[
            ("Saved", "Sauvegardé"),
            ("dump the data", "sauvegarde les données"),
            // The noun spelt like the verb is another word.
            ("backup file", "fichier de sauvegarde"),
            ("restore without backup", "restauration sans sauvegarde"),
        ],
    );
    assert_eq!(
        findings,
        vec![
            finding("forbidden-term", "save", "Saved"),
            finding("missing-term", "save", "Saved"),
            finding("forbidden-term", "save", "dump the data"),
        ]
    );
    assert!(json.contains(r#""found":"Sauvegardé""#), "{json}");
    // The fix puts the same form of the approved verb.
    assert!(json.contains(r#""replacement":"Enregistré""#), "{json}");
    assert!(!json.contains(r#""replacement":"sauvegarde""#), "{json}");
}

#[test]
fn a_verb_variant_of_a_noun_conjugates_and_the_noun_does_not() {
    let (findings, _) = check(
        GLOSSARY,
        &[
            ("Download the file", "Téléchargez le fichier"),
            ("Downloaded", "Téléchargé"),
            ("Downloading", "Téléchargements"),
        ],
    );
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn homonyms_are_satisfied_by_either_sense_and_named_together() {
    let (findings, json) = check(
        GLOSSARY,
        &[
            ("Import the key", "Importer la clé"),
            ("Press any key", "Appuyez sur une touche"),
            ("Lost key", "Perdu"),
        ],
    );
    assert_eq!(findings, vec![finding("missing-term", "key", "Lost key")]);
    assert!(
        json.contains(r#""candidates":["key","keyboard-key"]"#),
        "{json}"
    );
    assert!(
        json.contains("“clé” (key), “touche” (keyboard-key)"),
        "{json}"
    );
}

#[test]
fn a_word_in_a_not_in_context_is_not_the_concept() {
    let glossary = r#"
[terms.key]
en = { term = "key", not-in = ["hot key", "<|> key"] }
fr = "clé"
"#;
    let (findings, _) = check(
        glossary,
        &[
            ("Czech (with <|> key)", "Tchèque (avec la touche <|>)"),
            ("Set the hot keys", "Définir les raccourcis"),
            ("Set the key", "Définir le mot de passe"),
        ],
    );
    assert_eq!(
        findings,
        vec![finding("missing-term", "key", "Set the key")]
    );
}

#[test]
fn a_compound_with_its_own_translation_needs_no_inner_term() {
    let (findings, _) = check(
        GLOSSARY,
        &[
            ("Change the user ID", "Changer l’identité"),
            ("The user IDs", "Les identités"),
            ("The user name", "Le nom"),
            (
                "Delete the user ID",
                "Supprimer l’identifiant d’utilisateur",
            ),
            // An abbreviation stands for the whole preferred form.
            ("Show the user ID", "Afficher l’UID"),
        ],
    );
    assert_eq!(
        findings,
        vec![
            finding("missing-term", "user", "The user name"),
            finding("missing-term", "user", "Show the user ID"),
        ]
    );
}

#[test]
fn validate_reports_homonyms_of_different_domains_as_information() {
    let (_dir, path) = temp_glossary(GLOSSARY);
    gloss()
        .arg("validate")
        .arg(&path)
        .args(["--strict"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "info: “key” of “keyboard-key” (keyboard) is also a form of “key” (security)",
        ))
        .stdout(predicate::str::contains("0 warnings"));
    // Without domains to tell them apart, the shared form stays a warning.
    let (_dir, path) = temp_glossary(
        "[terms.a]\nen = \"key\"\nfr = \"clé\"\n[terms.b]\nen = \"key\"\nfr = \"touche\"\n",
    );
    gloss()
        .arg("validate")
        .arg(&path)
        .assert()
        .stderr(predicate::str::contains("warning: “key” of “b” is also"));
}

#[test]
fn variant_tables_and_not_in_are_validated_with_their_place() {
    let (_dir, path) = temp_glossary(
        "[terms.a]\nen = { term = \"key\", not-in = [\"hot key\"] }\n\
         fr = { term = \"clé\", variants = [{ pos = \"verb\" }, { term = \"x\", pos = \"verbe\" }] }\n",
    );
    gloss()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("variant table without a term"))
        .stderr(predicate::str::contains("glossary.toml:3:"))
        .stderr(predicate::str::contains("invalid value “verbe” for “pos”"));
}

#[test]
fn exports_and_imports_keep_verb_variants_and_not_in() {
    let (dir, path) = temp_glossary(GLOSSARY);
    let csv = gloss()
        .arg("--glossary")
        .arg(&path)
        .args(["export", "csv"])
        .assert()
        .success();
    let csv = stdout(&csv);
    assert!(csv.contains("télécharger {verb}"), "{csv}");
    assert!(
        csv.contains("hot key|<|> key") || csv.contains("hot key|<\\|> key"),
        "{csv}"
    );
    let tbx = gloss()
        .arg("--glossary")
        .arg(&path)
        .args(["export", "tbx"])
        .assert()
        .success();
    let tbx = stdout(&tbx);
    let variant = tbx
        .find("<term>télécharger</term>")
        .expect("the variant in TBX");
    let section = &tbx[variant
        ..tbx[variant..]
            .find("</termSec>")
            .map_or(tbx.len(), |end| variant + end)];
    assert!(
        section.contains(r#"<termNote type="partOfSpeech">verb</termNote>"#),
        "{section}"
    );
    // The CSV read back into an empty glossary gives the same concepts.
    let csv_path = write_in(dir.path(), "g.csv", &csv);
    let empty = write_in(dir.path(), "empty.toml", "[terms]\n");
    gloss()
        .arg("--glossary")
        .arg(&empty)
        .args(["import", "csv"])
        .arg(&csv_path)
        .assert()
        .success();
    let written = common::read(&empty);
    assert!(
        written.contains(r#"variants = [{ term = "télécharger", pos = "verb" }]"#),
        "{written}"
    );
    assert!(
        written.contains(r#"not-in = ["hot key", "<|> key"]"#),
        "{written}"
    );
}

#[test]
fn editing_commands_find_a_variant_given_as_a_table() {
    let (dir, path) = temp_glossary(GLOSSARY);
    gloss()
        .current_dir(dir.path())
        .arg("--glossary")
        .arg(&path)
        .args(["set", "download", "fr.variants-=télécharger"])
        .assert()
        .success();
    let written = common::read(&path);
    assert!(!written.contains("télécharger"), "{written}");
    gloss()
        .current_dir(dir.path())
        .arg("--glossary")
        .arg(&path)
        .args(["set", "key", "en.not-in+=key binding"])
        .assert()
        .success();
    assert!(common::read(&path).contains(r#"not-in = ["hot key", "<|> key", "key binding"]"#));
}
