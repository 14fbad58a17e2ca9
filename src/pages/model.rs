//! What the site holds, whatever its format: the directions (one per
//! language the index is sorted by), each concept under the letter of its
//! term, and how the letters fall into pages.
//!
//! A glossary whose directions each fit in one page gives one page per
//! direction (the first is the home page). A larger one gives a home page
//! with the letters of every direction, then one page per letter and
//! direction, cut into pages of [`PAGE_SIZE`] concepts.

use crate::glossary::{Concept, Glossary};
use crate::lookup::fold::fold;

/// Concepts on one page at most.
pub const PAGE_SIZE: usize = 1_000;

/// One way of reading the glossary: sorted by the terms of `source`.
#[derive(Debug, Clone)]
pub struct Direction {
    /// The language the index is sorted by.
    pub source: String,
    /// The other languages, shown after it.
    pub targets: Vec<String>,
    /// Names the direction's files (`en-fr`).
    pub slug: String,
    /// The letters, in order, each with its concepts sorted.
    pub letters: Vec<Letter>,
}

/// The concepts whose term starts with one letter.
#[derive(Debug, Clone)]
pub struct Letter {
    /// Names the letter's files and anchor (`a`, `0-9`, `other`).
    pub key: String,
    /// Shown in the letter navigation (`A`, `0–9`, `#`).
    pub label: String,
    /// Positions of the concepts in the glossary, sorted by term.
    pub concepts: Vec<usize>,
}

/// One page of the site.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path without extension, relative to the site root (`index`, `en-fr/c-2`).
    pub stem: String,
    /// The direction listed, none for the home page of a large site.
    pub direction: Option<usize>,
    /// The letters listed, each with the range of its concepts on this page.
    pub groups: Vec<(usize, std::ops::Range<usize>)>,
    /// For a letter cut into several pages: which one (0-based) of how many.
    pub part: (usize, usize),
}

impl Page {
    /// `../` for pages in a direction's folder, empty at the root.
    pub fn root(&self) -> &'static str {
        if self.stem.contains('/') { "../" } else { "" }
    }
}

/// The plan of the whole site.
#[derive(Debug, Clone)]
pub struct Site {
    /// The directions, the glossary's languages in order.
    pub directions: Vec<Direction>,
    /// Every page.
    pub pages: Vec<Page>,
    /// True when letters have pages of their own.
    pub paginated: bool,
    /// Every domain, sorted, for the filter.
    pub domains: Vec<String>,
}

impl Site {
    /// Plans the site of a glossary.
    pub fn plan(glossary: &Glossary) -> Site {
        let languages = glossary.languages();
        let directions: Vec<Direction> = languages
            .iter()
            .map(|source| direction(glossary, source, &languages))
            .collect();
        let paginated = directions
            .iter()
            .any(|d| d.letters.iter().map(|l| l.concepts.len()).sum::<usize>() > PAGE_SIZE);
        let mut pages = Vec::new();
        if paginated {
            pages.push(Page {
                stem: "index".into(),
                direction: None,
                groups: Vec::new(),
                part: (0, 1),
            });
            for (d, direction) in directions.iter().enumerate() {
                for (l, letter) in direction.letters.iter().enumerate() {
                    let parts = letter.concepts.len().div_ceil(PAGE_SIZE).max(1);
                    for part in 0..parts {
                        let start = part * PAGE_SIZE;
                        let end = (start + PAGE_SIZE).min(letter.concepts.len());
                        pages.push(Page {
                            stem: letter_stem(direction, letter, part),
                            direction: Some(d),
                            groups: vec![(l, start..end)],
                            part: (part, parts),
                        });
                    }
                }
            }
        } else {
            for (d, direction) in directions.iter().enumerate() {
                pages.push(Page {
                    stem: if d == 0 {
                        "index".into()
                    } else {
                        direction.slug.clone()
                    },
                    direction: Some(d),
                    groups: direction
                        .letters
                        .iter()
                        .enumerate()
                        .map(|(l, letter)| (l, 0..letter.concepts.len()))
                        .collect(),
                    part: (0, 1),
                });
            }
            if pages.is_empty() {
                pages.push(Page {
                    stem: "index".into(),
                    direction: None,
                    groups: Vec::new(),
                    part: (0, 1),
                });
            }
        }
        let mut domains: Vec<String> = glossary
            .concepts
            .iter()
            .filter_map(|c| c.domain.clone())
            .collect();
        domains.sort();
        domains.dedup();
        Site {
            directions,
            pages,
            paginated,
            domains,
        }
    }

    /// The stem of the page that lists `concept` first: in the first
    /// direction that has it. Anchors (`#id`) are relative to that page.
    pub fn home_of(&self) -> Vec<Option<String>> {
        let count = self
            .directions
            .iter()
            .flat_map(|d| d.letters.iter().flat_map(|l| l.concepts.iter()))
            .max()
            .map_or(0, |max| max + 1);
        let mut home = vec![None; count];
        for page in &self.pages {
            let Some(d) = page.direction else { continue };
            for (l, range) in &page.groups {
                for &concept in &self.directions[d].letters[*l].concepts[range.clone()] {
                    if home[concept].is_none() {
                        home[concept] = Some(page.stem.clone());
                    }
                }
            }
        }
        home
    }
}

fn direction(glossary: &Glossary, source: &str, languages: &[String]) -> Direction {
    let targets: Vec<String> = languages.iter().filter(|l| *l != source).cloned().collect();
    let mut sorted: Vec<(String, &str, usize)> = glossary
        .concepts
        .iter()
        .enumerate()
        .filter_map(|(i, concept)| term(concept, source).map(|t| (fold(t), t, i)))
        .collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)).then(a.2.cmp(&b.2)));
    let mut letters: Vec<Letter> = Vec::new();
    for (folded, _, concept) in sorted {
        let (key, label) = letter_of(&folded);
        match letters.last_mut() {
            Some(letter) if letter.key == key => letter.concepts.push(concept),
            _ => letters.push(Letter {
                key,
                label,
                concepts: vec![concept],
            }),
        }
    }
    // Letters first, then digits, then the rest, whatever the sort put first.
    letters.sort_by_key(|l| match l.key.as_str() {
        "0-9" => 1,
        "other" => 2,
        _ => 0,
    });
    let slug = std::iter::once(source)
        .chain(targets.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-");
    Direction {
        source: source.to_owned(),
        targets,
        slug,
        letters,
    }
}

/// The preferred form of a concept in a language (a do-not-translate
/// concept has one for every language).
pub fn term<'a>(concept: &'a Concept, lang: &str) -> Option<&'a str> {
    concept.entry(lang).map(|entry| entry.term.as_str())
}

/// The letter key and label of a folded term.
fn letter_of(folded: &str) -> (String, String) {
    match folded.chars().next() {
        Some(c @ 'a'..='z') => (c.to_string(), c.to_ascii_uppercase().to_string()),
        Some('0'..='9') => ("0-9".into(), "0–9".into()),
        _ => ("other".into(), "#".into()),
    }
}

fn letter_stem(direction: &Direction, letter: &Letter, part: usize) -> String {
    if part == 0 {
        format!("{}/{}", direction.slug, letter.key)
    } else {
        format!("{}/{}-{}", direction.slug, letter.key, part + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{LangEntry, load_str};

    #[test]
    fn a_small_glossary_has_one_page_per_direction() {
        let loaded = load_str(
            "g.toml",
            "[terms.b]\nen = \"Éclair\"\nfr = \"zèbre\"\n[terms.a]\nen = \"apple\"\nfr = \"pomme\"\n\
             [terms.n]\nen = \"3D scan\"\nfr = \"scan 3D\"\n[terms.r]\nen = \"שלום\"\nfr = \"paix\"\n",
        );
        let site = Site::plan(&loaded.glossary);
        assert!(!site.paginated);
        let stems: Vec<&str> = site.pages.iter().map(|p| p.stem.as_str()).collect();
        assert_eq!(stems, ["index", "fr-en"]);
        let en = &site.directions[0];
        let keys: Vec<&str> = en.letters.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(keys, ["a", "e", "0-9", "other"]);
        assert_eq!(site.home_of()[0].as_deref(), Some("index"));
    }

    #[test]
    fn a_large_glossary_is_cut_by_letter_and_page() {
        let mut glossary = Glossary::default();
        for n in 0..(PAGE_SIZE + 10) {
            let mut concept = Concept {
                id: format!("c{n}"),
                ..Default::default()
            };
            concept
                .languages
                .insert("en".into(), LangEntry::preferred(format!("cell {n:05}")));
            glossary.concepts.push(concept);
        }
        let site = Site::plan(&glossary);
        assert!(site.paginated);
        let stems: Vec<&str> = site.pages.iter().map(|p| p.stem.as_str()).collect();
        assert_eq!(stems, ["index", "en/c", "en/c-2"]);
        assert_eq!(site.pages[2].groups[0].1, PAGE_SIZE..PAGE_SIZE + 10);
        assert_eq!(site.pages[2].root(), "../");
        assert_eq!(site.home_of()[PAGE_SIZE + 5].as_deref(), Some("en/c-2"));
    }

    #[test]
    fn an_empty_glossary_still_has_a_home_page() {
        let site = Site::plan(&Glossary::default());
        assert_eq!(site.pages.len(), 1);
        assert_eq!(site.pages[0].stem, "index");
    }
}
