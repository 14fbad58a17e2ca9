//! What one page shows, in words: the localised chrome, the navigation links
//! and the concept cards, ready for a template of either format. Texts are
//! raw here; the templates escape them.

use std::collections::HashMap;

use super::model::{Page, Site, term};
use crate::glossary::{Concept, Gender, Glossary, PartOfSpeech};
use crate::i18n::Localizer;
use crate::lookup::print::grammar_ids;
use crate::msg;

/// The chrome of every page, in the interface language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// Skip link to the list.
    pub skip: String,
    /// Name of the direction navigation.
    pub directions: String,
    /// Name of the letter navigation.
    pub letters: String,
    /// Name of the navigation between the pages of one letter.
    pub parts: String,
    /// Label of the search box.
    pub search: String,
    /// Placeholder of the search box.
    pub search_hint: String,
    /// Label of the domain filter.
    pub domain_filter: String,
    /// First choice of the domain filter.
    pub all_domains: String,
    /// Said when the search finds nothing.
    pub results_none: String,
    /// Said of a forbidden form found by the search (`{preferred}` is replaced).
    pub results_forbidden: String,
    /// Said of a variant found by the search.
    pub results_variant: String,
    /// Before the variants.
    pub variants: String,
    /// Before the forbidden forms.
    pub forbidden: String,
    /// Before a note.
    pub note: String,
    /// Marks a do-not-translate concept.
    pub dnt: String,
    /// Names the link to a concept.
    pub permalink: String,
    /// Shown for an empty glossary.
    pub empty: String,
    /// Footer line.
    pub generated: String,
    /// Link to the home page of a large site.
    pub home: String,
}

impl Labels {
    /// The labels in the localizer's language.
    pub fn new(localizer: &Localizer) -> Labels {
        let text = |id: &str| localizer.plain(id);
        Labels {
            skip: text("pages-skip"),
            directions: text("pages-directions"),
            letters: text("pages-letters"),
            parts: text("pages-parts"),
            search: text("pages-search"),
            search_hint: text("pages-search-hint"),
            domain_filter: text("pages-domain-filter"),
            all_domains: text("pages-all-domains"),
            results_none: text("pages-results-none"),
            results_forbidden: localizer
                .message(&msg!("pages-results-forbidden", preferred = "{preferred}")),
            results_variant: text("pages-results-variant"),
            variants: text("pages-variants"),
            forbidden: text("pages-forbidden"),
            note: text("pages-note"),
            dnt: text("pages-dnt"),
            permalink: text("pages-permalink"),
            empty: text("pages-empty"),
            generated: text("pages-generated"),
            home: text("pages-home"),
        }
    }
}

/// A navigation link.
#[derive(Debug, Clone)]
pub struct Link {
    /// The text of the link.
    pub label: String,
    /// Where it goes (relative).
    pub href: String,
    /// True for the page (or part) being shown.
    pub current: bool,
}

/// One language of a concept.
#[derive(Debug, Clone)]
pub struct LangView<'a> {
    /// The language tag, for `lang` attributes.
    pub tag: &'a str,
    /// The language's name in the interface language.
    pub name: &'a str,
    /// The preferred form.
    pub term: &'a str,
    /// Part of speech and gender, in words.
    pub grammar: &'a str,
    /// Other accepted forms.
    pub variants: &'a [String],
    /// Forms not to use.
    pub forbidden: &'a [String],
    /// The definition.
    pub definition: Option<&'a str>,
}

/// One concept, as a card.
#[derive(Debug, Clone)]
pub struct CardView<'a> {
    /// The id, also the anchor.
    pub id: &'a str,
    /// The id reduced to the characters of a Fluent identifier, for places
    /// where it cannot be escaped (raw HTML in Markdown).
    pub anchor: String,
    /// The term of the direction's language, as heading.
    pub heading: &'a str,
    /// Its language.
    pub heading_lang: &'a str,
    /// The domain, for the filter.
    pub domain: &'a str,
    /// "Domain: …", in words.
    pub domain_line: Option<&'a str>,
    /// The translators' note.
    pub note: Option<&'a str>,
    /// Do not translate.
    pub dnt: bool,
    /// The direction's language first, then the others.
    pub langs: Vec<LangView<'a>>,
}

/// The concepts of one letter on a page.
#[derive(Debug, Clone)]
pub struct GroupView<'a> {
    /// Anchor of the letter (`_a`): ids of concepts start with a letter, so
    /// they never collide.
    pub anchor: String,
    /// The letter as shown.
    pub label: String,
    /// The cards.
    pub cards: Vec<CardView<'a>>,
}

/// A direction on the home page of a large site: its name and letters.
#[derive(Debug, Clone)]
pub struct HomeDirection {
    /// "English → French".
    pub label: String,
    /// The direction's source language.
    pub lang: String,
    /// One link per letter.
    pub letters: Vec<Link>,
}

/// Everything one page shows.
#[derive(Debug, Clone)]
pub struct PageView<'a> {
    /// The interface language, for `<html lang>`.
    pub ui_lang: String,
    /// The glossary's title.
    pub title: &'a str,
    /// The document title (title and direction or letter).
    pub page_title: String,
    /// Relative path to the site root.
    pub root: &'static str,
    /// The chrome.
    pub labels: &'a Labels,
    /// Link to the home page, on a large site.
    pub home_link: Option<Link>,
    /// Links to each direction.
    pub directions: Vec<Link>,
    /// Links to each letter of the direction.
    pub letters: Vec<Link>,
    /// Links to the other pages of the same letter.
    pub parts: Vec<Link>,
    /// The domains of the filter.
    pub domains: &'a [String],
    /// The letters and their cards.
    pub groups: Vec<GroupView<'a>>,
    /// The directions and their letters (home page of a large site).
    pub home: Vec<HomeDirection>,
    /// "N concepts".
    pub count: String,
    /// True when the glossary has no concept.
    pub empty: bool,
}

/// What the pages repeat, put into words once, so that pages can then be
/// built on several threads (a localizer stays on one).
struct Words {
    ui_lang: String,
    count: String,
    languages: HashMap<String, String>,
    directions: Vec<String>,
    domains: HashMap<String, String>,
    grammar: HashMap<(Option<PartOfSpeech>, Option<Gender>), String>,
}

impl Words {
    fn new(glossary: &Glossary, site: &Site, localizer: &Localizer) -> Words {
        let languages: HashMap<String, String> = glossary
            .languages()
            .into_iter()
            .map(|tag| {
                let name = language_name(localizer, &tag);
                (tag, name)
            })
            .collect();
        let name = |tag: &str| {
            languages
                .get(tag)
                .cloned()
                .unwrap_or_else(|| tag.to_owned())
        };
        let directions = site
            .directions
            .iter()
            .map(|d| {
                std::iter::once(name(&d.source))
                    .chain(d.targets.iter().map(|t| name(t)))
                    .collect::<Vec<_>>()
                    .join(" → ")
            })
            .collect();
        let domains = site
            .domains
            .iter()
            .map(|domain| {
                let line = localizer.message(&msg!("pages-domain", domain = domain));
                (domain.clone(), line)
            })
            .collect();
        let mut grammar = HashMap::new();
        let positions = PartOfSpeech::ALL
            .iter()
            .map(|(_, p)| Some(*p))
            .chain([None]);
        for pos in positions {
            let genders = Gender::ALL.iter().map(|(_, g)| Some(*g)).chain([None]);
            for gender in genders {
                let entry = crate::glossary::LangEntry {
                    pos,
                    gender,
                    ..Default::default()
                };
                let words: Vec<String> = grammar_ids(&entry)
                    .iter()
                    .map(|id| localizer.plain(id))
                    .collect();
                grammar.insert((pos, gender), words.join(", "));
            }
        }
        Words {
            ui_lang: localizer.locale().to_string(),
            count: localizer.message(&msg!("pages-count", count = glossary.concepts.len())),
            languages,
            directions,
            domains,
            grammar,
        }
    }
}

/// Builds the pages' views of a planned site.
pub struct Views<'a> {
    glossary: &'a Glossary,
    site: &'a Site,
    labels: &'a Labels,
    title: &'a str,
    ext: &'a str,
    words: Words,
}

impl<'a> Views<'a> {
    /// Views of `site` (planned from `glossary`) titled `title`, linking
    /// pages with the extension `ext` (`html` or `md`).
    pub fn new(
        glossary: &'a Glossary,
        site: &'a Site,
        localizer: &Localizer,
        labels: &'a Labels,
        title: &'a str,
        ext: &'a str,
    ) -> Self {
        Views {
            glossary,
            site,
            labels,
            title,
            ext,
            words: Words::new(glossary, site, localizer),
        }
    }

    fn language_name<'v>(&'v self, tag: &'v str) -> &'v str {
        self.words.languages.get(tag).map_or(tag, String::as_str)
    }

    fn direction_label(&self, d: usize) -> String {
        self.words.directions[d].clone()
    }

    /// The first page of direction `d`.
    fn direction_href(&self, d: usize, root: &str) -> String {
        self.site
            .pages
            .iter()
            .find(|p| p.direction == Some(d))
            .map(|p| format!("{root}{}.{}", p.stem, self.ext))
            .unwrap_or_else(|| format!("{root}index.{}", self.ext))
    }

    fn letter_links(&self, d: usize, page: Option<&Page>, root: &str) -> Vec<Link> {
        let direction = &self.site.directions[d];
        direction
            .letters
            .iter()
            .enumerate()
            .map(|(l, letter)| {
                let href = if self.site.paginated {
                    format!("{root}{}/{}.{}", direction.slug, letter.key, self.ext)
                } else {
                    format!("#_{}", letter.key)
                };
                let current = self.site.paginated
                    && page.is_some_and(|p| p.groups.first().is_some_and(|g| g.0 == l));
                Link {
                    label: letter.label.clone(),
                    href,
                    current,
                }
            })
            .collect()
    }

    /// The view of one page.
    pub fn page<'v>(&'v self, page: &Page) -> PageView<'v>
    where
        'a: 'v,
    {
        let root = page.root();
        let directions = (0..self.site.directions.len())
            .map(|d| Link {
                label: self.direction_label(d),
                href: self.direction_href(d, root),
                current: page.direction == Some(d),
            })
            .collect();
        let (letters, parts, groups, subtitle, home) = match page.direction {
            Some(d) => (
                self.letter_links(d, Some(page), root),
                self.part_links(d, page),
                self.groups(d, page),
                Some(self.direction_label(d)),
                Vec::new(),
            ),
            None => (
                Vec::new(),
                Vec::new(),
                Vec::new(),
                None,
                (0..self.site.directions.len())
                    .map(|d| HomeDirection {
                        label: self.direction_label(d),
                        lang: self.site.directions[d].source.clone(),
                        letters: self.letter_links(d, None, root),
                    })
                    .collect(),
            ),
        };
        let mut page_title = self.title.to_owned();
        if let Some(subtitle) = &subtitle {
            page_title = format!("{page_title} — {subtitle}");
        }
        if self.site.paginated
            && let (Some(d), Some((l, _))) = (page.direction, page.groups.first())
        {
            let letter = &self.site.directions[d].letters[*l];
            page_title = format!("{page_title} — {}", letter.label);
            if page.part.1 > 1 {
                page_title = format!("{page_title} ({}/{})", page.part.0 + 1, page.part.1);
            }
        }
        let concepts = self.glossary.concepts.len();
        PageView {
            ui_lang: self.words.ui_lang.clone(),
            title: self.title,
            page_title,
            root,
            labels: self.labels,
            home_link: self.site.paginated.then(|| Link {
                label: self.labels.home.clone(),
                href: format!("{root}index.{}", self.ext),
                current: page.direction.is_none(),
            }),
            directions,
            letters,
            parts,
            domains: &self.site.domains,
            groups,
            home,
            count: self.words.count.clone(),
            empty: concepts == 0,
        }
    }

    fn part_links(&self, d: usize, page: &Page) -> Vec<Link> {
        let (part, parts) = page.part;
        if parts < 2 {
            return Vec::new();
        }
        let Some((l, _)) = page.groups.first() else {
            return Vec::new();
        };
        let key = &self.site.directions[d].letters[*l].key;
        (0..parts)
            .map(|n| Link {
                label: (n + 1).to_string(),
                href: if n == 0 {
                    format!("{key}.{}", self.ext)
                } else {
                    format!("{key}-{}.{}", n + 1, self.ext)
                },
                current: n == part,
            })
            .collect()
    }

    fn groups<'v>(&'v self, d: usize, page: &Page) -> Vec<GroupView<'v>> {
        let direction = &self.site.directions[d];
        page.groups
            .iter()
            .map(|(l, range)| {
                let letter = &direction.letters[*l];
                GroupView {
                    anchor: format!("_{}", letter.key),
                    label: letter.label.clone(),
                    cards: letter.concepts[range.clone()]
                        .iter()
                        .map(|&c| {
                            self.card(
                                &self.glossary.concepts[c],
                                &direction.source,
                                &direction.targets,
                            )
                        })
                        .collect(),
                }
            })
            .collect()
    }

    fn card<'v>(
        &'v self,
        concept: &'v Concept,
        source: &'v str,
        targets: &'v [String],
    ) -> CardView<'v> {
        let langs = std::iter::once(source)
            .chain(targets.iter().map(String::as_str))
            .filter_map(|tag| {
                let entry = concept.entry(tag)?;
                Some(LangView {
                    tag,
                    name: self.language_name(tag),
                    term: &entry.term,
                    grammar: self
                        .words
                        .grammar
                        .get(&(entry.pos, entry.gender))
                        .map_or("", String::as_str),
                    variants: &entry.variants,
                    forbidden: &entry.forbidden,
                    definition: entry.definition.as_deref(),
                })
            })
            .collect();
        CardView {
            id: &concept.id,
            anchor: concept
                .id
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .collect(),
            heading: term(concept, source).unwrap_or(&concept.id),
            heading_lang: source,
            domain: concept.domain.as_deref().unwrap_or(""),
            domain_line: concept
                .domain
                .as_ref()
                .and_then(|domain| self.words.domains.get(domain))
                .map(String::as_str),
            note: concept.note.as_deref(),
            dnt: concept.dnt,
            langs,
        }
    }
}

/// A language's name in the interface language (`fr-CA` → "French (fr-CA)").
fn language_name(localizer: &Localizer, tag: &str) -> String {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    let name = localizer.message(&msg!("pages-language", tag = primary.as_str()));
    if primary == tag {
        name
    } else {
        format!("{name} ({tag})")
    }
}
