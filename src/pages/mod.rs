//! Publishing the glossary: a static bilingual site that works offline
//! (HTML, with a search box over a small JSON index) or Markdown pages for
//! wikis. [`model`] plans the directions, letters and pages; [`view`] puts
//! them into words in the interface language; [`html`] and [`markdown`]
//! render them with templates compiled into the binary.

pub mod html;
pub mod markdown;
pub mod model;
pub mod view;

use std::path::{Path, PathBuf};

use askama::Template;
use rayon::prelude::*;
use serde::Serialize;

use crate::glossary::Glossary;
use crate::i18n::Localizer;
use crate::lookup::FormKind;
use model::Site;
use view::{Labels, Views};

/// The formats of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A static HTML site with search.
    Html,
    /// Markdown pages.
    Markdown,
}

impl Format {
    /// The extension of the pages.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }
}

/// One file of the site.
#[derive(Debug, Clone)]
pub struct SiteFile {
    /// Path relative to the output directory.
    pub path: PathBuf,
    /// What to write.
    pub contents: String,
}

/// Every file of the site of `glossary`, with its chrome in the localizer's
/// language; `title` defaults to the glossary's.
pub fn render(glossary: &Glossary, localizer: &Localizer, format: Format) -> Vec<SiteFile> {
    let site = Site::plan(glossary);
    let labels = Labels::new(localizer);
    let default_title = localizer.plain("pages-default-title");
    let title = glossary.header.title.as_deref().unwrap_or(&default_title);
    let views = Views::new(
        glossary,
        &site,
        localizer,
        &labels,
        title,
        format.extension(),
    );
    let page_views: Vec<_> = site
        .pages
        .iter()
        .map(|page| (page, views.page(page)))
        .collect();
    let mut files: Vec<SiteFile> = page_views
        .par_iter()
        .map(|(page, view)| {
            let contents = match format {
                Format::Html => html::HtmlPage { page: view }.render(),
                Format::Markdown => markdown::MarkdownPage { page: view }.render(),
            }
            .expect("templates render into a string");
            SiteFile {
                path: PathBuf::from(format!("{}.{}", page.stem, format.extension())),
                contents,
            }
        })
        .collect();
    if format == Format::Html {
        files.push(SiteFile {
            path: "style.css".into(),
            contents: html::STYLE.to_owned(),
        });
        files.push(SiteFile {
            path: "search.js".into(),
            contents: html::SCRIPT.to_owned(),
        });
        files.push(SiteFile {
            path: "search-index.js".into(),
            contents: search_index(glossary, &site),
        });
    }
    files
}

/// The search index: pages, languages and domains by number, then per
/// concept its id, page, domain and every form.
#[derive(Serialize)]
struct SearchIndex<'a> {
    pages: Vec<String>,
    languages: Vec<String>,
    domains: &'a [String],
    concepts: Vec<SearchConcept<'a>>,
}

/// A concept in the search index: id, page number, domain number, forms.
type SearchConcept<'a> = (&'a str, usize, Option<usize>, Vec<SearchForm<'a>>);

/// A form in the search index: language number, kind (as in
/// [`FormKind`]: 0 preferred, 1 variant, 2 forbidden), text.
type SearchForm<'a> = (usize, u8, &'a str);

fn search_index(glossary: &Glossary, site: &Site) -> String {
    let homes = site.home_of();
    let pages: Vec<String> = site
        .pages
        .iter()
        .map(|p| format!("{}.html", p.stem))
        .collect();
    let languages = glossary.languages();
    let concepts = glossary
        .concepts
        .iter()
        .enumerate()
        .filter_map(|(i, concept)| {
            let home = homes.get(i)?.as_ref()?;
            let page = site.pages.iter().position(|p| &p.stem == home)?;
            let domain = concept
                .domain
                .as_ref()
                .and_then(|d| site.domains.binary_search(d).ok());
            let mut forms = Vec::new();
            for (l, tag) in languages.iter().enumerate() {
                let Some(entry) = concept.entry(tag) else {
                    continue;
                };
                forms.push((l, FormKind::Preferred as u8, entry.term.as_str()));
                forms.extend(
                    entry
                        .variants
                        .iter()
                        .map(|v| (l, FormKind::Variant as u8, v.as_str())),
                );
                forms.extend(
                    entry
                        .forbidden
                        .iter()
                        .map(|f| (l, FormKind::Forbidden as u8, f.as_str())),
                );
            }
            Some((concept.id.as_str(), page, domain, forms))
        })
        .collect();
    let index = SearchIndex {
        pages,
        languages,
        domains: &site.domains,
        concepts,
    };
    let json = serde_json::to_string(&index).expect("the search index serialises");
    format!("window.glossIndex = {json};\n")
}

/// Writes the site under `dir`, creating folders as needed.
pub fn write(dir: &Path, files: &[SiteFile]) -> std::io::Result<()> {
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &file.contents)?;
    }
    Ok(())
}
