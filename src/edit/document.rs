//! Edits on one glossary file as a `toml_edit` document: everything not
//! touched keeps its comments, key order and formatting.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Key, Table, TableLike, Value, value};

use super::assign::{Assignment, Op};
use crate::glossary::{Concept, EntryField, concept_table};
use crate::text::comparison_key;

/// What an assignment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The file changed.
    Changed,
    /// The file already said so (`+=` of a present form, `=` of the same
    /// value, unset of an absent key): nothing to write.
    Unchanged,
}

/// Why an assignment cannot be applied to the file as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignError {
    /// The concept is not in this file.
    NoConcept,
    /// The language has no entry yet, and the field needs one (`fr.variants`
    /// before `fr`).
    NoEntry,
    /// `-=` of a form that is not in the list.
    NotInList {
        /// The forms that are there.
        present: Vec<String>,
    },
    /// The entry or concept is written in a shape gloss does not edit (for
    /// example a number where a table was expected).
    Unsupported,
}

/// A glossary file opened for editing.
#[derive(Debug)]
pub struct GlossaryDocument {
    document: DocumentMut,
    next_position: isize,
}

impl GlossaryDocument {
    /// Wraps a parsed document.
    pub fn new(document: DocumentMut) -> Self {
        let mut last = 0;
        let mut stack: Vec<&Table> = vec![document.as_table()];
        while let Some(table) = stack.pop() {
            last = last.max(table.position().unwrap_or(0));
            for (_, item) in table.iter() {
                match item {
                    Item::Table(child) => stack.push(child),
                    Item::ArrayOfTables(array) => stack.extend(array.iter()),
                    _ => {}
                }
            }
        }
        GlossaryDocument {
            document,
            next_position: last + 1,
        }
    }

    /// The file's text as it now stands.
    pub fn render(&self) -> String {
        self.document.to_string()
    }

    /// Appends a concept at the end of the file as a `[terms.<id>]` table,
    /// with `[terms.<id>.<lang>]` sub-tables for full entries.
    pub fn append_concept(&mut self, concept: &Concept) {
        let position = self.take_position();
        let mut table = concept_table(concept);
        place_tables(&mut table, position);
        let terms = self.terms_mut();
        terms.insert(&concept.id, Item::Table(table));
    }

    /// Replaces a concept's content with `concept`, keeping its place in the
    /// file and the comments before it. Returns false when the file does not
    /// hold the concept.
    pub fn replace_concept(&mut self, concept: &Concept) -> bool {
        let Some(item) = self.concept_item_mut(&concept.id) else {
            return false;
        };
        match item {
            Item::Table(table) => {
                let mut fresh = concept_table(concept);
                *fresh.decor_mut() = table.decor().clone();
                fresh.set_dotted(table.is_dotted());
                let position = last_position(table);
                place_tables(&mut fresh, position);
                *table = fresh;
            }
            Item::Value(old) => {
                let mut fresh = Value::InlineTable(concept_table(concept).into_inline_table());
                *fresh.decor_mut() = old.decor().clone();
                *old = fresh;
            }
            _ => return false,
        }
        true
    }

    /// Removes a concept. Returns false when the file does not hold it.
    /// The `[terms]` header stays when the last concept goes, so the file
    /// still reads as a glossary.
    pub fn remove_concept(&mut self, id: &str) -> bool {
        let removed = self
            .terms_table_like_mut()
            .and_then(|terms| terms.remove(id))
            .is_some();
        if let Some(Item::Table(terms)) = self.document.get_mut("terms")
            && terms.is_empty()
        {
            terms.set_implicit(false);
        }
        removed
    }

    /// Renames a concept in place: same position, same comments, same body.
    /// Returns false when the file does not hold it.
    pub fn rename_concept(&mut self, old: &str, new: &str) -> bool {
        let Some(terms) = self.terms_table_like_mut() else {
            return false;
        };
        if !terms.contains_key(old) {
            return false;
        }
        let keys: Vec<String> = terms.iter().map(|(k, _)| k.to_owned()).collect();
        let start = keys.iter().position(|k| k == old).unwrap_or(keys.len());
        let mut moved = Vec::new();
        for key in &keys[start..] {
            if let Some((key, item)) = remove_entry(terms, key) {
                moved.push((key, item));
            }
        }
        for (key, item) in moved {
            let key = if key.get() == old {
                Key::new(new)
                    .with_leaf_decor(key.leaf_decor().clone())
                    .with_dotted_decor(key.dotted_decor().clone())
            } else {
                key
            };
            insert_formatted(terms, &key, item);
        }
        true
    }

    /// Applies a `set` assignment to a concept of this file.
    pub fn assign(&mut self, id: &str, assignment: &Assignment) -> Result<Applied, AssignError> {
        let item = self.concept_item_mut(id).ok_or(AssignError::NoConcept)?;
        let (can_hold_tables, position) = match &*item {
            Item::Table(table) if !table.is_dotted() => (true, last_position(table)),
            _ => (false, 0),
        };
        let concept = item.as_table_like_mut().ok_or(AssignError::Unsupported)?;
        let Some(lang) = &assignment.lang else {
            return assign_in(concept, assignment.field.key(), assignment);
        };
        if assignment.field == EntryField::Term && assignment.op == Op::Unset {
            return Ok(if concept.remove(lang).is_some() {
                Applied::Changed
            } else {
                Applied::Unchanged
            });
        }
        let shorthand = concept
            .get(lang)
            .and_then(Item::as_value)
            .filter(|v| v.is_str())
            .map(|v| (v.as_str().unwrap_or_default().to_owned(), v.decor().clone()));
        let comments_above = concept
            .key(lang)
            .and_then(|k| k.leaf_decor().prefix())
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .to_owned();
        match (concept.get_mut(lang), shorthand) {
            (None, _) if assignment.field == EntryField::Term => {
                concept.insert(lang, value(assignment.value.as_str()));
                Ok(Applied::Changed)
            }
            (None, _) => Err(AssignError::NoEntry),
            (Some(item), Some(_)) if assignment.field == EntryField::Term => {
                set_value(item, Value::from(assignment.value.as_str()))
            }
            (Some(item), Some((term, decor))) if !can_hold_tables => {
                let mut inline = InlineTable::new();
                inline.insert("term", Value::from(term));
                let applied = assign_in(&mut inline, assignment.field.key(), assignment)?;
                inline.fmt();
                let mut entry = Value::InlineTable(inline);
                *entry.decor_mut() = decor;
                *item = Item::Value(entry);
                Ok(applied)
            }
            (Some(_), Some((term, decor))) => {
                // `fr = "…"  # comment` becomes a `[terms.<id>.fr]` table
                // whose `term` line keeps the comment.
                let mut table = Table::new();
                table.set_position(Some(position));
                if !comments_above.trim().is_empty() {
                    table.decor_mut().set_prefix(format!("\n{comments_above}"));
                }
                let mut term_value = Value::from(term);
                if let Some(comment) = decor.suffix().and_then(|s| s.as_str()) {
                    term_value.decor_mut().set_suffix(comment.to_owned());
                }
                table.insert("term", Item::Value(term_value));
                let applied = assign_in(&mut table, assignment.field.key(), assignment)?;
                concept.remove(lang);
                concept.insert(lang, Item::Table(table));
                Ok(applied)
            }
            (Some(item), None) => {
                let entry = item.as_table_like_mut().ok_or(AssignError::Unsupported)?;
                let applied = assign_in(entry, assignment.field.key(), assignment)?;
                if let Some(inline) = item.as_inline_table_mut() {
                    inline.fmt();
                }
                Ok(applied)
            }
        }
    }

    fn take_position(&mut self) -> isize {
        let position = self.next_position;
        self.next_position += 1;
        position
    }

    fn terms_table_like_mut(&mut self) -> Option<&mut dyn TableLike> {
        self.document
            .get_mut("terms")
            .and_then(Item::as_table_like_mut)
    }

    fn terms_mut(&mut self) -> &mut dyn TableLike {
        let root = self.document.as_table_mut();
        if !root.get("terms").is_some_and(Item::is_table_like) {
            let mut terms = Table::new();
            terms.set_implicit(true);
            root.insert("terms", Item::Table(terms));
        }
        root.get_mut("terms")
            .and_then(Item::as_table_like_mut)
            .expect("terms was just made a table")
    }

    fn concept_item_mut(&mut self, id: &str) -> Option<&mut Item> {
        self.terms_table_like_mut()?.get_mut(id)
    }
}

/// Gives a new concept table and its sub-tables one position, so they are
/// written together, in tree order, after everything already there.
fn place_tables(table: &mut Table, position: isize) {
    table.set_position(Some(position));
    for (_, item) in table.iter_mut() {
        if let Item::Table(child) = item {
            place_tables(child, position);
        }
    }
}

/// The position of the last table in a subtree: a table placed there with a
/// later tree order is written right after the subtree.
fn last_position(table: &Table) -> isize {
    let mut last = table.position().unwrap_or(0);
    for (_, item) in table.iter() {
        if let Item::Table(child) = item {
            last = last.max(last_position(child));
        }
    }
    last
}

fn remove_entry(table: &mut dyn TableLike, key: &str) -> Option<(Key, Item)> {
    let formatted = table.key(key).cloned();
    let item = table.remove(key)?;
    Some((formatted.unwrap_or_else(|| Key::new(key)), item))
}

fn insert_formatted(table: &mut dyn TableLike, key: &Key, item: Item) {
    table.insert(key.get(), item);
    if let Some(mut stored) = table.key_mut(key.get()) {
        *stored.leaf_decor_mut() = key.leaf_decor().clone();
        *stored.dotted_decor_mut() = key.dotted_decor().clone();
    }
}

/// Replaces a value, keeping the spacing and comment around it.
fn set_value(item: &mut Item, mut new: Value) -> Result<Applied, AssignError> {
    let Item::Value(old) = item else {
        *item = Item::Value(new);
        return Ok(Applied::Changed);
    };
    if same_value(old, &new) {
        return Ok(Applied::Unchanged);
    }
    *new.decor_mut() = old.decor().clone();
    *old = new;
    Ok(Applied::Changed)
}

/// Splits a value's prefix into what belongs to the previous line (up to
/// and including its last line break: a comment after the previous value)
/// and the indentation of this value.
fn split_prefix(value: &Value) -> (String, String) {
    let prefix = value
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or_default();
    match prefix.rfind('\n') {
        Some(end) => (prefix[..=end].to_owned(), prefix[end + 1..].to_owned()),
        None => (String::new(), prefix.to_owned()),
    }
}

/// Appends a form the way the array is laid out: on its own line in a
/// multi-line array (taking over the comment that followed the last value),
/// after a space otherwise.
fn push_form(array: &mut Array, text: &str) {
    let Some(first) = array.get(0) else {
        array.push(text);
        return;
    };
    let (head, indent) = split_prefix(first);
    if head.is_empty() {
        array.push(text);
        return;
    }
    let trailing = array.trailing().as_str().unwrap_or_default().to_owned();
    let (comment, rest) = match trailing.rfind('\n') {
        Some(end) => (trailing[..end].to_owned(), trailing[end..].to_owned()),
        None => (String::new(), trailing),
    };
    let mut value = Value::from(text);
    value.decor_mut().set_prefix(format!("{comment}\n{indent}"));
    value.decor_mut().set_suffix("");
    array.push_formatted(value);
    array.set_trailing(rest);
    array.set_trailing_comma(true);
}

/// Removes a form with the comment that followed it, keeping the layout of
/// the others.
fn remove_form(array: &mut Array, index: usize) {
    let Some(removed) = array.get(index) else {
        return;
    };
    let (head, indent) = split_prefix(removed);
    array.remove(index);
    if let Some(next) = array.get_mut(index) {
        let (_, next_indent) = split_prefix(next);
        let indent = if index == 0 { indent } else { next_indent };
        next.decor_mut().set_prefix(format!("{head}{indent}"));
    } else {
        let trailing = array.trailing().as_str().unwrap_or_default().to_owned();
        let rest = trailing.rfind('\n').map_or("", |end| &trailing[end + 1..]);
        let head = head.strip_suffix('\n').unwrap_or(&head);
        let line_break = if trailing.contains('\n') { "\n" } else { "" };
        array.set_trailing(format!("{head}{line_break}{rest}"));
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_value(a, b))
        }
        _ => false,
    }
}

/// The form an element of a list holds: a string, or the `term` of a
/// variant given as a table (`{ term = "télécharger", pos = "verb" }`).
fn form_text(value: &Value) -> Option<&str> {
    value.as_str().or_else(|| {
        value
            .as_inline_table()
            .and_then(|table| table.get("term"))
            .and_then(Value::as_str)
    })
}

fn assign_in(
    table: &mut dyn TableLike,
    key: &str,
    assignment: &Assignment,
) -> Result<Applied, AssignError> {
    let text = assignment.value.as_str();
    match (assignment.op, assignment.field.is_list()) {
        (Op::Unset, _) => Ok(if table.remove(key).is_some() {
            Applied::Changed
        } else {
            Applied::Unchanged
        }),
        (Op::Set, false) => {
            let new = if assignment.field.is_bool() {
                Value::from(text == "true")
            } else {
                Value::from(text)
            };
            match table.get_mut(key) {
                Some(item) => set_value(item, new),
                None => {
                    table.insert(key, Item::Value(new));
                    Ok(Applied::Changed)
                }
            }
        }
        (Op::Set, true) => {
            let array: Array = std::iter::once(text).collect();
            match table.get_mut(key) {
                Some(item) => set_value(item, Value::Array(array)),
                None => {
                    table.insert(key, value(array));
                    Ok(Applied::Changed)
                }
            }
        }
        (Op::Append, _) => {
            let Some(item) = table.get_mut(key) else {
                let array: Array = std::iter::once(text).collect();
                table.insert(key, value(array));
                return Ok(Applied::Changed);
            };
            let array = item.as_array_mut().ok_or(AssignError::Unsupported)?;
            let wanted = comparison_key(text, false);
            if array
                .iter()
                .any(|v| form_text(v).is_some_and(|s| comparison_key(s, false) == wanted))
            {
                return Ok(Applied::Unchanged);
            }
            push_form(array, text);
            Ok(Applied::Changed)
        }
        (Op::Remove, _) => {
            let Some(item) = table.get_mut(key) else {
                return Err(AssignError::NotInList {
                    present: Vec::new(),
                });
            };
            let array = item.as_array_mut().ok_or(AssignError::Unsupported)?;
            // Every element, so that positions are the array's.
            let forms: Vec<String> = array
                .iter()
                .map(|v| form_text(v).unwrap_or_default().to_owned())
                .collect();
            let wanted = comparison_key(text, false);
            let index = forms
                .iter()
                .position(|f| f == text)
                .or_else(|| {
                    forms
                        .iter()
                        .position(|f| comparison_key(f, false) == wanted)
                })
                .ok_or_else(|| AssignError::NotInList {
                    present: forms.iter().filter(|f| !f.is_empty()).cloned().collect(),
                })?;
            remove_form(array, index);
            if array.is_empty() {
                table.remove(key);
            }
            Ok(Applied::Changed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::LangEntry;

    const TEXT: &str = r#"# Dermatology glossary
[glossary]
title = "Derm"  # shown on pages

# Cells
[terms.cellule-souche]
domain = "cell biology" # field
en = "stem cell"
fr = "cellule souche"   # approved 2024

[terms.csm]
en = { term = "MSC", case-sensitive = true }
"#;

    fn open(text: &str) -> GlossaryDocument {
        GlossaryDocument::new(text.parse().unwrap())
    }

    fn set(document: &mut GlossaryDocument, id: &str, text: &str) -> Result<Applied, AssignError> {
        let file =
            std::sync::Arc::new(crate::source::SourceFile::new("arguments", text.to_owned()));
        document.assign(id, &Assignment::parse(&file, 0..text.len()).unwrap())
    }

    #[test]
    fn appended_concepts_are_real_tables_at_the_end() {
        let mut document = open(TEXT);
        let mut concept = Concept {
            id: "greffe".into(),
            ..Default::default()
        };
        concept
            .languages
            .insert("en".into(), LangEntry::preferred("graft"));
        let mut fr = LangEntry::preferred("greffe");
        fr.definition = Some("Tissu transplanté.".into());
        concept.languages.insert("fr".into(), fr);
        document.append_concept(&concept);
        let rendered = document.render();
        assert!(rendered.starts_with(TEXT), "{rendered}");
        assert_eq!(
            &rendered[TEXT.len()..],
            "\n[terms.greffe]\nen = \"graft\"\n\n[terms.greffe.fr]\nterm = \"greffe\"\ndefinition = \"Tissu transplanté.\"\n"
        );
    }

    #[test]
    fn a_shorthand_becomes_a_sub_table_after_its_concept() {
        let mut document = open(TEXT);
        assert_eq!(
            set(
                &mut document,
                "cellule-souche",
                "fr.variants+=cellule-souche"
            ),
            Ok(Applied::Changed)
        );
        let rendered = document.render();
        assert!(
            rendered.contains("en = \"stem cell\"\n\n[terms.cellule-souche.fr]\nterm = \"cellule souche\"   # approved 2024\nvariants = [\"cellule-souche\"]\n\n[terms.csm]"),
            "{rendered}"
        );
    }

    #[test]
    fn values_keep_their_comments() {
        let mut document = open(TEXT);
        set(&mut document, "cellule-souche", "fr=cellules souches").unwrap();
        set(&mut document, "cellule-souche", "domain=biology").unwrap();
        let rendered = document.render();
        assert!(
            rendered.contains("domain = \"biology\" # field\n"),
            "{rendered}"
        );
        assert!(
            rendered.contains("fr = \"cellules souches\"   # approved 2024\n"),
            "{rendered}"
        );
        assert_eq!(
            set(&mut document, "cellule-souche", "domain=biology"),
            Ok(Applied::Unchanged)
        );
    }

    #[test]
    fn inline_entries_are_edited_inline() {
        let mut document = open(TEXT);
        set(&mut document, "csm", "en.variants+=MSCs").unwrap();
        assert_eq!(
            set(&mut document, "csm", "en.variants+=mscs"),
            Ok(Applied::Unchanged)
        );
        set(&mut document, "csm", "en.case-sensitive=").unwrap();
        assert!(
            document
                .render()
                .contains("en = { term = \"MSC\", variants = [\"MSCs\"] }"),
            "{}",
            document.render()
        );
        assert_eq!(
            set(&mut document, "csm", "en.variants-=nope"),
            Err(AssignError::NotInList {
                present: vec!["MSCs".into()]
            })
        );
        set(&mut document, "csm", "en.variants-=mscs").unwrap();
        assert!(
            document.render().contains("en = { term = \"MSC\" }"),
            "{}",
            document.render()
        );
    }

    #[test]
    fn multi_line_arrays_keep_their_layout() {
        let text = "[terms.g.fr]\nterm = \"greffe\"\nvariants = [\n  \"a\", # about a\n  \"b\",  # about b\n]\n";
        let mut document = open(text);
        set(&mut document, "g", "fr.variants+=c").unwrap();
        assert!(
            document
                .render()
                .ends_with("[\n  \"a\", # about a\n  \"b\",  # about b\n  \"c\",\n]\n"),
            "{}",
            document.render()
        );
        set(&mut document, "g", "fr.variants-=b").unwrap();
        set(&mut document, "g", "fr.variants-=c").unwrap();
        assert!(
            document.render().ends_with("[\n  \"a\", # about a\n]\n"),
            "{}",
            document.render()
        );
        let mut single = open("[terms.g.fr]\nterm = \"x\"\nvariants = [\"a\", \"b\"]\n");
        set(&mut single, "g", "fr.variants-=a").unwrap();
        set(&mut single, "g", "fr.variants+=c").unwrap();
        assert!(
            single.render().ends_with("variants = [\"b\", \"c\"]\n"),
            "{}",
            single.render()
        );
    }

    #[test]
    fn rename_keeps_place_and_comments() {
        let mut document = open(TEXT);
        assert!(document.rename_concept("cellule-souche", "stem-cell"));
        let rendered = document.render();
        assert_eq!(
            rendered,
            TEXT.replace("[terms.cellule-souche]", "[terms.stem-cell]")
        );
        assert!(!document.rename_concept("nope", "x"));
    }

    #[test]
    fn replace_and_remove() {
        let mut document = open(TEXT);
        let mut concept = Concept {
            id: "cellule-souche".into(),
            ..Default::default()
        };
        concept
            .languages
            .insert("en".into(), LangEntry::preferred("stem cells"));
        assert!(document.replace_concept(&concept));
        let rendered = document.render();
        assert!(
            rendered
                .contains("# Cells\n[terms.cellule-souche]\nen = \"stem cells\"\n\n[terms.csm]"),
            "{rendered}"
        );
        assert!(document.remove_concept("csm"));
        assert!(!document.render().contains("[terms.csm]"));
        assert!(document.render().ends_with("en = \"stem cells\"\n"));
    }
}
