//! Glossary → Fluent terms → glossary: nothing lost, nothing changed.

use std::sync::Arc;

use gloss::exchange::fluent::{export, import};
use gloss::glossary::load_str;
use gloss::source::SourceFile;
use proptest::prelude::*;

fn toml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn form() -> impl Strategy<Value = String> {
    "[a-zé{}\\[\\]*.\"'\\\\-][a-zé {}\\[\\]*.\"'\\\\-]{0,14}[a-zé{}\\]\"'\\\\]"
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_the_identity(
        concepts in prop::collection::btree_map("[a-z][a-z0-9-]{0,8}", (form(), form(), proptest::option::of("[A-Za-zé .,{}]{1,30}"), 0..5usize), 1..8)
    ) {
        let mut toml = String::from("[glossary]\nlanguages = [\"en\", \"fr\"]\n");
        for (id, (en, fr, definition, gender)) in &concepts {
            toml += &format!("\n[terms.{id}.en]\nterm = {}\n[terms.{id}.fr]\nterm = {}\n", toml_string(en), toml_string(fr));
            if let Some(definition) = definition {
                toml += &format!("definition = {}\n", toml_string(definition));
            }
            if let Some(gender) = ["masculine", "feminine", "neuter", "common"].get(*gender) {
                toml += &format!("gender = \"{gender}\"\n");
            }
        }
        let loaded = load_str("g.toml", &toml);
        prop_assume!(loaded.diagnostics.is_empty());
        let text = export(&loaded.glossary, "fr", "Header").text;
        prop_assert_eq!(&text, &export(&loaded.glossary, "fr", "Header").text);
        let parsed = fluent_syntax::parser::parse(text.as_str());
        prop_assert!(parsed.is_ok(), "{}", text);
        let file = Arc::new(SourceFile::new("terms.ftl", text));
        let imported = import(&loaded.glossary, "fr", &file);
        prop_assert!(imported.changes.is_empty(), "{:?}\n{}", imported.changes, file.text);
        prop_assert!(imported.diagnostics.is_empty());
    }
}
