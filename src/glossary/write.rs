//! Writing a glossary model as TOML in the contract's layout, for files that
//! gloss generates (imports, conversions). Hand-written files are edited in
//! place elsewhere, never rewritten through this.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value, value};

use super::model::{Concept, Glossary, LangEntry};

/// The glossary as a TOML document: `[glossary]`, then one `[terms.<id>]`
/// table per concept with a string for shorthand entries and a sub-table for
/// full ones.
pub fn to_toml(glossary: &Glossary) -> String {
    let mut document = DocumentMut::new();
    let header = &glossary.header;
    if header.title.is_some() || !header.languages.is_empty() || header.source_language.is_some() {
        let mut table = Table::new();
        if let Some(title) = &header.title {
            table.insert("title", value(title.as_str()));
        }
        if !header.languages.is_empty() {
            table.insert("languages", value(string_array(&header.languages)));
        }
        if let Some(source) = &header.source_language {
            table.insert("source-language", value(source.as_str()));
        }
        document.insert("glossary", Item::Table(table));
    }
    let mut terms = Table::new();
    terms.set_implicit(true);
    for concept in &glossary.concepts {
        terms.insert(&concept.id, Item::Table(concept_table(concept)));
    }
    document.insert("terms", Item::Table(terms));
    document.to_string()
}

/// One concept as the body of its `[terms.<id>]` table: domain, note, dnt,
/// then one entry per language (see [`entry_item`]).
pub fn concept_table(concept: &Concept) -> Table {
    let mut table = Table::new();
    if let Some(domain) = &concept.domain {
        table.insert("domain", value(domain.as_str()));
    }
    if let Some(note) = &concept.note {
        table.insert("note", value(note.as_str()));
    }
    if concept.dnt {
        table.insert("dnt", value(true));
    }
    for (lang, entry) in &concept.languages {
        table.insert(lang, entry_item(entry));
    }
    table
}

/// One language entry: the string shorthand when only `term` is set.
pub fn entry_item(entry: &LangEntry) -> Item {
    if entry.is_shorthand() {
        return value(entry.term.as_str());
    }
    let mut table = Table::new();
    table.insert("term", value(entry.term.as_str()));
    if !entry.variants.is_empty() {
        table.insert("variants", value(variant_array(entry)));
    }
    if !entry.forbidden.is_empty() {
        table.insert("forbidden", value(string_array(&entry.forbidden)));
    }
    if !entry.not_in.is_empty() {
        table.insert("not-in", value(string_array(&entry.not_in)));
    }
    if let Some(gender) = entry.gender {
        table.insert("gender", value(gender.as_str()));
    }
    if let Some(pos) = entry.pos {
        table.insert("pos", value(pos.as_str()));
    }
    if entry.case_sensitive {
        table.insert("case-sensitive", value(true));
    }
    if let Some(definition) = &entry.definition {
        table.insert("definition", value(definition.as_str()));
    }
    Item::Table(table)
}

/// The variants, those with their own part of speech as inline tables
/// (`{ term = "télécharger", pos = "verb" }`).
pub fn variant_array(entry: &LangEntry) -> Array {
    entry
        .variants
        .iter()
        .map(|variant| match entry.variant_pos.get(variant) {
            Some(pos) => {
                let mut table = InlineTable::new();
                table.insert("term", variant.as_str().into());
                table.insert("pos", pos.as_str().into());
                Value::InlineTable(table)
            }
            None => Value::from(variant.as_str()),
        })
        .collect()
}

fn string_array(items: &[String]) -> Array {
    items.iter().map(String::as_str).collect()
}
