//! What an import changes: imported concepts are matched with the glossary's
//! (by id, else by preferred form), new ones are added, identical ones are
//! left, and different ones are conflicts, replaced only when asked.
//!
//! A match is compared on what the file carries: a field the file has no
//! place for, or leaves empty, keeps the glossary's value, so an import
//! never erases anything.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::{Carried, IncomingConcept};
use crate::glossary::{Concept, EntryField, Glossary, LangEntry, suggest_id};
use crate::glossary_diff::{Change, concept_changes};
use crate::text::comparison_key;

/// A concept of the file that differs from the glossary's.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Where the imported concept is in its file.
    pub span: Range<usize>,
    /// The glossary concepts it matches (one, or several when ambiguous).
    pub existing: Vec<String>,
    /// What importing it would change in the one concept it matches, the
    /// glossary's value first (empty when ambiguous).
    pub changes: Vec<Change>,
    /// The earlier place in the same file whose concept this one repeats
    /// with other values (`existing` then names the id given to it).
    pub earlier: Option<Range<usize>>,
}

/// The outcome of merging a file into the glossary.
#[derive(Debug, Default)]
pub struct MergePlan {
    /// New concepts, with their ids, in file order.
    pub added: Vec<Concept>,
    /// Glossary concepts replaced by their merged version (`--overwrite`).
    pub replaced: Vec<Concept>,
    /// Imported concepts the glossary already has as they are.
    pub unchanged: usize,
    /// Imported concepts that differ from the glossary and were left out.
    pub conflicts: Vec<Conflict>,
}

/// Plans the merge of `incoming` into `glossary` (the imported concepts
/// move into the plan: a large import is held once).
pub fn plan(
    glossary: &Glossary,
    incoming: Vec<IncomingConcept>,
    carried: &Carried,
    overwrite: bool,
) -> MergePlan {
    let source = glossary
        .source_language()
        .unwrap_or_else(|| "en".to_owned());
    let by_id: HashMap<&str, usize> = glossary
        .concepts
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut by_form: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (index, concept) in glossary.concepts.iter().enumerate() {
        for (lang, entry) in &concept.languages {
            by_form
                .entry((
                    lang.clone(),
                    comparison_key(&entry.term, entry.case_sensitive),
                ))
                .or_default()
                .push(index);
        }
    }
    let mut id_counts: HashMap<String, usize> = HashMap::new();
    for item in &incoming {
        *id_counts.entry(item.concept.id.clone()).or_default() += 1;
    }
    let mut taken: HashSet<String> = glossary.concepts.iter().map(|c| c.id.clone()).collect();
    let mut added_content: HashSet<String> = HashSet::new();
    let mut replaced_ids: HashSet<String> = HashSet::new();
    // The concepts added so far by their key form, with their place in the
    // file: a later row with the same form repeats them.
    let mut added_by_form: HashMap<(String, String), (usize, Range<usize>)> = HashMap::new();
    let mut plan = MergePlan::default();
    for item in incoming {
        let concept = &item.concept;
        let usable_id = !concept.id.is_empty() && id_counts[&concept.id] == 1;
        let candidates: Vec<usize> = match by_id.get(concept.id.as_str()) {
            Some(&found) if usable_id => vec![found],
            _ => key_form(concept, &source)
                .and_then(|key| by_form.get(&key))
                .cloned()
                .unwrap_or_default(),
        };
        let merged: Vec<Concept> = candidates
            .iter()
            .map(|&i| overlay(&glossary.concepts[i], concept, carried))
            .collect();
        if candidates
            .iter()
            .zip(&merged)
            .any(|(&i, m)| *m == glossary.concepts[i])
        {
            plan.unchanged += 1;
            continue;
        }
        if let [single] = merged.as_slice() {
            if overwrite && replaced_ids.insert(single.id.clone()) {
                plan.replaced.push(single.clone());
            } else {
                let changes = concept_changes(&glossary.concepts[candidates[0]], single);
                plan.conflicts.push(Conflict {
                    span: item.span,
                    existing: vec![single.id.clone()],
                    changes,
                    earlier: None,
                });
            }
            continue;
        }
        if !candidates.is_empty() {
            plan.conflicts.push(Conflict {
                span: item.span,
                existing: candidates
                    .iter()
                    .map(|&i| glossary.concepts[i].id.clone())
                    .collect(),
                changes: Vec::new(),
                earlier: None,
            });
            continue;
        }
        let key = key_form(concept, &source);
        if let Some((index, earlier)) = key.as_ref().and_then(|k| added_by_form.get(k))
            && !usable_id
        {
            let first: &Concept = &plan.added[*index];
            let repeated = Concept {
                id: first.id.clone(),
                ..item.concept
            };
            if *first == repeated {
                plan.unchanged += 1;
            } else {
                plan.conflicts.push(Conflict {
                    span: item.span,
                    existing: vec![first.id.clone()],
                    changes: concept_changes(first, &repeated),
                    earlier: Some(earlier.clone()),
                });
            }
            continue;
        }
        let mut content = item.concept;
        let file_id = std::mem::take(&mut content.id);
        // Rows without an id that repeat an earlier row add nothing.
        if !usable_id && !added_content.insert(serde_json::to_string(&content).unwrap_or_default())
        {
            plan.unchanged += 1;
            continue;
        }
        content.id = if usable_id && !taken.contains(&file_id) {
            file_id
        } else {
            unique_id(&suggested_base(&content, &source), &taken)
        };
        taken.insert(content.id.clone());
        if let Some(key) = key {
            added_by_form
                .entry(key)
                .or_insert((plan.added.len(), item.span));
        }
        plan.added.push(content);
    }
    plan
}

/// The form used to recognise a concept: its preferred form in the source
/// language, else in its first language.
fn key_form(concept: &Concept, source: &str) -> Option<(String, String)> {
    let (lang, entry) = concept
        .languages
        .get_key_value(source)
        .or_else(|| concept.languages.iter().next())?;
    Some((
        lang.clone(),
        comparison_key(&entry.term, entry.case_sensitive),
    ))
}

fn suggested_base(concept: &Concept, source: &str) -> String {
    let term = concept
        .entry(source)
        .or_else(|| concept.languages.values().next())
        .map_or("term", |e| e.term.as_str());
    suggest_id(term)
}

/// `base`, or `base-2`, `base-3`… the first that is free.
pub fn unique_id(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("some suffix is free")
}

/// The glossary's concept with what the file says on top: fields the file
/// carries and fills replace the glossary's, the others are kept.
fn overlay(existing: &Concept, incoming: &Concept, carried: &Carried) -> Concept {
    let carries = |field| carried.fields.contains(&field);
    let mut merged = existing.clone();
    if carries(EntryField::Domain) && incoming.domain.is_some() {
        merged.domain.clone_from(&incoming.domain);
    }
    if carries(EntryField::Note) && incoming.note.is_some() {
        merged.note.clone_from(&incoming.note);
    }
    if carries(EntryField::Dnt) && incoming.dnt {
        merged.dnt = true;
    }
    for (lang, new) in &incoming.languages {
        let entry = merged
            .languages
            .entry(lang.clone())
            .or_insert_with(|| LangEntry::preferred(new.term.clone()));
        entry.term.clone_from(&new.term);
        if carries(EntryField::Variants) && !new.variants.is_empty() {
            entry.variants.clone_from(&new.variants);
            entry.variant_pos.clone_from(&new.variant_pos);
        }
        if carries(EntryField::NotIn) && !new.not_in.is_empty() {
            entry.not_in.clone_from(&new.not_in);
        }
        if carries(EntryField::Forbidden) && !new.forbidden.is_empty() {
            entry.forbidden.clone_from(&new.forbidden);
        }
        if carries(EntryField::Definition) && new.definition.is_some() {
            entry.definition.clone_from(&new.definition);
        }
        if carries(EntryField::Gender) && new.gender.is_some() {
            entry.gender = new.gender;
        }
        if carries(EntryField::Pos) && new.pos.is_some() {
            entry.pos = new.pos;
        }
        if carries(EntryField::CaseSensitive) && new.case_sensitive {
            entry.case_sensitive = true;
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::EntryField;
    use crate::glossary::load_str;

    fn incoming(id: &str, en: &str, fr: &str) -> IncomingConcept {
        let mut concept = Concept {
            id: id.into(),
            ..Default::default()
        };
        concept
            .languages
            .insert("en".into(), LangEntry::preferred(en));
        concept
            .languages
            .insert("fr".into(), LangEntry::preferred(fr));
        IncomingConcept {
            concept,
            span: id.len()..id.len() + 1,
        }
    }

    fn carried() -> Carried {
        Carried {
            languages: ["en".to_owned(), "fr".to_owned()].into(),
            fields: [EntryField::Variants, EntryField::Definition].into(),
        }
    }

    #[test]
    fn new_same_and_conflicting_concepts() {
        let glossary = load_str(
            "g.toml",
            "[terms.cell.en]\nterm = \"cell\"\ndefinition = \"Unit of life.\"\n[terms.cell.fr]\nterm = \"cellule\"\n[terms.skin]\nen = \"skin\"\nfr = \"peau\"\n",
        )
        .glossary;
        let file = vec![
            incoming("", "cell", "cellule"),
            incoming("", "skin", "derme"),
            incoming("", "graft", "greffe"),
            incoming("", "graft", "greffe"),
            incoming("cell", "scar", "cicatrice"),
        ];
        let plan = plan(&glossary, file.clone(), &carried(), false);
        assert_eq!(plan.unchanged, 2, "same content and a repeated row");
        assert_eq!(
            plan.added.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            vec!["graft"]
        );
        assert_eq!(
            plan.conflicts,
            vec![
                Conflict {
                    span: 0..1,
                    existing: vec!["skin".into()],
                    changes: vec![Change::Term {
                        lang: "fr".into(),
                        old: "peau".into(),
                        new: "derme".into()
                    }],
                    earlier: None,
                },
                Conflict {
                    span: 4..5,
                    existing: vec!["cell".into()],
                    changes: vec![
                        Change::Term {
                            lang: "en".into(),
                            old: "cell".into(),
                            new: "scar".into()
                        },
                        Change::Term {
                            lang: "fr".into(),
                            old: "cellule".into(),
                            new: "cicatrice".into()
                        }
                    ],
                    earlier: None,
                }
            ]
        );
        let overwritten = super::plan(&glossary, file, &carried(), true);
        assert_eq!(overwritten.replaced.len(), 2);
        let cell = &overwritten.replaced[1];
        assert_eq!(cell.languages["en"].term, "scar");
        assert_eq!(
            cell.languages["en"].definition.as_deref(),
            Some("Unit of life."),
            "what the file leaves empty is kept"
        );
    }

    #[test]
    fn repeated_file_ids_are_not_trusted() {
        let glossary = load_str("g.toml", "[terms.a]\nen = \"a\"\nfr = \"à\"\n").glossary;
        let file = vec![incoming("a", "a", "à"), incoming("a", "a", "dans")];
        let plan = plan(&glossary, file.clone(), &carried(), false);
        assert_eq!(plan.unchanged, 1);
        assert_eq!(plan.conflicts.len(), 1);
        let fresh = super::plan(&Glossary::default(), file, &carried(), false);
        assert_eq!(
            fresh
                .added
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>(),
            vec!["a"]
        );
        assert_eq!(
            fresh.conflicts[0].earlier,
            Some(1..2),
            "the second row repeats the first with another form"
        );
    }
}
