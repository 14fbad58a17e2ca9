//! What changed between two glossaries, concept by concept: added, removed
//! and renamed concepts, and per language the preferred form, variants,
//! forbidden forms, definitions and grammar notes. A reviewer reads this
//! instead of a TOML line diff.
//!
//! A removed concept and an added one are a rename when their preferred
//! forms agree.

pub mod git;
pub mod human;

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::glossary::{Concept, Gender, Glossary, LangEntry, PartOfSpeech};
use crate::text::comparison_key;

/// One difference inside a concept.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "field", rename_all = "kebab-case")]
pub enum Change {
    /// Subject field.
    Domain {
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// Note for translators.
    Note {
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// Do-not-translate flag.
    Dnt {
        /// Before.
        old: bool,
        /// After.
        new: bool,
    },
    /// A language entry appeared.
    LanguageAdded {
        /// The language.
        lang: String,
        /// Its entry.
        entry: LangEntry,
    },
    /// A language entry disappeared.
    LanguageRemoved {
        /// The language.
        lang: String,
        /// Its entry, as it was.
        entry: LangEntry,
    },
    /// The preferred form.
    Term {
        /// The language.
        lang: String,
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// Accepted variants.
    Variants {
        /// The language.
        lang: String,
        /// Forms that appeared.
        added: Vec<String>,
        /// Forms that disappeared.
        removed: Vec<String>,
    },
    /// Forbidden forms.
    Forbidden {
        /// The language.
        lang: String,
        /// Forms that appeared.
        added: Vec<String>,
        /// Forms that disappeared.
        removed: Vec<String>,
    },
    /// Definition.
    Definition {
        /// The language.
        lang: String,
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// Grammatical gender.
    Gender {
        /// The language.
        lang: String,
        /// Before.
        old: Option<Gender>,
        /// After.
        new: Option<Gender>,
    },
    /// Part of speech.
    Pos {
        /// The language.
        lang: String,
        /// Before.
        old: Option<PartOfSpeech>,
        /// After.
        new: Option<PartOfSpeech>,
    },
    /// Case-sensitive matching.
    CaseSensitive {
        /// The language.
        lang: String,
        /// Before.
        old: bool,
        /// After.
        new: bool,
    },
}

/// A concept present on both sides with differences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    /// The id.
    pub id: String,
    /// The differences, concept fields first, then by language.
    pub changes: Vec<Change>,
}

/// A concept whose id changed (its forms matched).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Renamed {
    /// The old id.
    pub from: String,
    /// The new id.
    pub to: String,
    /// Other differences.
    pub changes: Vec<Change>,
}

/// The semantic difference of two glossaries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GlossaryDiff {
    /// Concepts only in the new glossary.
    pub added: Vec<Concept>,
    /// Concepts only in the old glossary.
    pub removed: Vec<Concept>,
    /// Concepts whose id changed.
    pub renamed: Vec<Renamed>,
    /// Concepts with the same id and different content.
    pub changed: Vec<Changed>,
}

impl GlossaryDiff {
    /// True when the glossaries mean the same.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
            && self.changed.is_empty()
    }
}

/// Compares two glossaries.
pub fn diff(old: &Glossary, new: &Glossary) -> GlossaryDiff {
    let old_ids: HashMap<&str, &Concept> =
        old.concepts.iter().map(|c| (c.id.as_str(), c)).collect();
    let new_ids: HashMap<&str, &Concept> =
        new.concepts.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut result = GlossaryDiff::default();
    for concept in &new.concepts {
        if let Some(before) = old_ids.get(concept.id.as_str()) {
            let changes = concept_changes(before, concept);
            if !changes.is_empty() {
                result.changed.push(Changed {
                    id: concept.id.clone(),
                    changes,
                });
            }
        }
    }
    let mut removed: Vec<&Concept> = old
        .concepts
        .iter()
        .filter(|c| !new_ids.contains_key(c.id.as_str()))
        .collect();
    let mut added: Vec<&Concept> = new
        .concepts
        .iter()
        .filter(|c| !old_ids.contains_key(c.id.as_str()))
        .collect();
    for same in [
        (|a: &Concept, b: &Concept| preferred_forms(a) == preferred_forms(b))
            as fn(&Concept, &Concept) -> bool,
        |a, b| !preferred_forms(a).is_disjoint(&preferred_forms(b)),
    ] {
        let mut index = 0;
        while index < removed.len() {
            let from = removed[index];
            let matches: Vec<usize> = (0..added.len()).filter(|&i| same(from, added[i])).collect();
            let unique_back = matches.len() == 1
                && removed
                    .iter()
                    .filter(|r| same(r, added[matches[0]]))
                    .count()
                    == 1;
            if unique_back {
                let to = added.remove(matches[0]);
                removed.remove(index);
                result.renamed.push(Renamed {
                    from: from.id.clone(),
                    to: to.id.clone(),
                    changes: concept_changes(from, to),
                });
            } else {
                index += 1;
            }
        }
    }
    result.added = added.into_iter().cloned().collect();
    result.removed = removed.into_iter().cloned().collect();
    result
}

/// The (language, preferred form) pairs of a concept, compared loosely.
fn preferred_forms(concept: &Concept) -> BTreeSet<(String, String)> {
    concept
        .languages
        .iter()
        .map(|(lang, e)| (lang.clone(), comparison_key(&e.term, e.case_sensitive)))
        .collect()
}

/// The differences between two versions of a concept (its id aside).
pub fn concept_changes(old: &Concept, new: &Concept) -> Vec<Change> {
    let mut changes = Vec::new();
    if old.domain != new.domain {
        changes.push(Change::Domain {
            old: old.domain.clone(),
            new: new.domain.clone(),
        });
    }
    if old.note != new.note {
        changes.push(Change::Note {
            old: old.note.clone(),
            new: new.note.clone(),
        });
    }
    if old.dnt != new.dnt {
        changes.push(Change::Dnt {
            old: old.dnt,
            new: new.dnt,
        });
    }
    let languages: BTreeSet<&String> = old.languages.keys().chain(new.languages.keys()).collect();
    for lang in languages {
        match (old.languages.get(lang), new.languages.get(lang)) {
            (Some(entry), None) => changes.push(Change::LanguageRemoved {
                lang: lang.clone(),
                entry: entry.clone(),
            }),
            (None, Some(entry)) => changes.push(Change::LanguageAdded {
                lang: lang.clone(),
                entry: entry.clone(),
            }),
            (Some(a), Some(b)) => entry_changes(lang, a, b, &mut changes),
            (None, None) => {}
        }
    }
    changes
}

fn entry_changes(lang: &str, old: &LangEntry, new: &LangEntry, changes: &mut Vec<Change>) {
    let lang = lang.to_owned();
    if old.term != new.term {
        changes.push(Change::Term {
            lang: lang.clone(),
            old: old.term.clone(),
            new: new.term.clone(),
        });
    }
    let (added, removed) = list_changes(&old.variants, &new.variants);
    if !added.is_empty() || !removed.is_empty() {
        changes.push(Change::Variants {
            lang: lang.clone(),
            added,
            removed,
        });
    }
    let (added, removed) = list_changes(&old.forbidden, &new.forbidden);
    if !added.is_empty() || !removed.is_empty() {
        changes.push(Change::Forbidden {
            lang: lang.clone(),
            added,
            removed,
        });
    }
    if old.definition != new.definition {
        changes.push(Change::Definition {
            lang: lang.clone(),
            old: old.definition.clone(),
            new: new.definition.clone(),
        });
    }
    if old.gender != new.gender {
        changes.push(Change::Gender {
            lang: lang.clone(),
            old: old.gender,
            new: new.gender,
        });
    }
    if old.pos != new.pos {
        changes.push(Change::Pos {
            lang: lang.clone(),
            old: old.pos,
            new: new.pos,
        });
    }
    if old.case_sensitive != new.case_sensitive {
        changes.push(Change::CaseSensitive {
            lang,
            old: old.case_sensitive,
            new: new.case_sensitive,
        });
    }
}

fn list_changes(old: &[String], new: &[String]) -> (Vec<String>, Vec<String>) {
    let added = new.iter().filter(|f| !old.contains(f)).cloned().collect();
    let removed = old.iter().filter(|f| !new.contains(f)).cloned().collect();
    (added, removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;

    fn glossary(text: &str) -> Glossary {
        let loaded = load_str("g.toml", text);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        loaded.glossary
    }

    #[test]
    fn added_removed_changed() {
        let old = glossary(
            "[terms.a]\nen = \"scar\"\nfr = \"cicatrice\"\n[terms.b]\nen = \"skin\"\n[terms.c.fr]\nterm = \"greffe\"\nvariants = [\"greffon\"]\n",
        );
        let new = glossary(
            "[terms.c.fr]\nterm = \"greffe\"\nvariants = [\"autogreffe\"]\ngender = \"feminine\"\n[terms.d]\nen = \"wound\"\n",
        );
        let d = diff(&old, &new);
        assert_eq!(d.added.iter().map(|c| &c.id).collect::<Vec<_>>(), ["d"]);
        assert_eq!(
            d.removed.iter().map(|c| &c.id).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(
            d.changed[0].changes,
            vec![
                Change::Variants {
                    lang: "fr".into(),
                    added: vec!["autogreffe".into()],
                    removed: vec!["greffon".into()]
                },
                Change::Gender {
                    lang: "fr".into(),
                    old: None,
                    new: Some(Gender::Feminine)
                }
            ]
        );
    }

    #[test]
    fn renames_are_found_by_forms() {
        let old = glossary(
            "[terms.cell]\nen = \"stem cell\"\nfr = \"cellule souche\"\n[terms.x]\nen = \"graft\"\nfr = \"greffe\"\n",
        );
        let new = glossary(
            "[terms.stem-cell]\nen = \"Stem cell\"\nfr = \"cellule souche\"\n[terms.graft]\nen = \"graft\"\nfr = \"greffon\"\n",
        );
        let d = diff(&old, &new);
        assert!(d.added.is_empty() && d.removed.is_empty(), "{d:?}");
        assert_eq!(d.renamed.len(), 2);
        assert_eq!(
            (d.renamed[0].from.as_str(), d.renamed[0].to.as_str()),
            ("cell", "stem-cell")
        );
        assert_eq!(d.renamed[1].changes.len(), 1, "the French form changed too");
        assert!(diff(&new, &new).is_empty());
    }
}
