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
    pub name: String,
    /// The preferred form.
    pub term: &'a str,
    /// Part of speech and gender, in words.
    pub grammar: String,
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
    pub domain_line: Option<String>,
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

/// Builds the pages' views of a planned site. Words that repeat on every
/// card (language names, grammar, domains) are put into words once.
pub struct Views<'a> {
    glossary: &'a Glossary,
    site: &'a Site,
    localizer: &'a Localizer,
    labels: &'a Labels,
    title: &'a str,
    ext: &'a str,
    words: HashMap<String, String>,
}

impl<'a> Views<'a> {
    /// Views of `site` (planned from `glossary`) titled `title`, linking
    /// pages with the extension `ext` (`html` or `md`).
    pub fn new(
        glossary: &'a Glossary,
        site: &'a Site,
        localizer: &'a Localizer,
        labels: &'a Labels,
        title: &'a str,
        ext: &'a str,
    ) -> Self {
        let mut words = HashMap::new();
        for tag in glossary.languages() {
            words.insert(format!("lang:{tag}"), language_name(localizer, &tag));
        }
        for domain in &site.domains {
            let line = localizer.message(&msg!("pages-domain", domain = domain));
            words.insert(format!("domain:{domain}"), line);
        }
        for (pos, _) in PartOfSpeech::ALL {
            let id = format!("grammar-pos-{pos}");
            words.insert(id.clone(), localizer.plain(&id));
        }
        for (gender, _) in Gender::ALL {
            let id = format!("grammar-gender-{gender}");
            words.insert(id.clone(), localizer.plain(&id));
        }
        Views {
            glossary,
            site,
            localizer,
            labels,
            title,
            ext,
            words,
        }
    }

    fn word(&self, key: &str) -> String {
        self.words.get(key).cloned().unwrap_or_default()
    }

    fn language_name(&self, tag: &str) -> String {
        self.words
            .get(&format!("lang:{tag}"))
            .cloned()
            .unwrap_or_else(|| language_name(self.localizer, tag))
    }

    fn direction_label(&self, d: usize) -> String {
        let direction = &self.site.directions[d];
        let mut names = vec![self.language_name(&direction.source)];
        names.extend(direction.targets.iter().map(|t| self.language_name(t)));
        names.join(" → ")
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
    pub fn page(&self, page: &Page) -> PageView<'a> {
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
            ui_lang: self.localizer.locale().to_string(),
            title: self.title,
            page_title,
            root,
            labels: self.labels,
            directions,
            letters,
            parts,
            domains: &self.site.domains,
            groups,
            home,
            count: self
                .localizer
                .message(&msg!("pages-count", count = concepts)),
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

    fn groups(&self, d: usize, page: &Page) -> Vec<GroupView<'a>> {
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

    fn card(&self, concept: &'a Concept, source: &'a str, targets: &'a [String]) -> CardView<'a> {
        let langs = std::iter::once(source)
            .chain(targets.iter().map(String::as_str))
            .filter_map(|tag| {
                let entry = concept.entry(tag)?;
                let grammar: Vec<String> =
                    grammar_ids(entry).iter().map(|id| self.word(id)).collect();
                Some(LangView {
                    tag,
                    name: self.language_name(tag),
                    term: &entry.term,
                    grammar: grammar.join(", "),
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
                .map(|domain| self.word(&format!("domain:{domain}"))),
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
