//! The HTML site: pages from an askama template (every text escaped), a
//! stylesheet with a print layout, and a small script for the offline search,
//! the domain filter and the highlighting of the targeted concept.

use askama::Template;

use super::view::PageView;

/// The stylesheet, copied to `style.css`.
pub const STYLE: &str = include_str!("assets/style.css");
/// The search script, copied to `search.js`.
pub const SCRIPT: &str = include_str!("assets/search.js");

/// One HTML page.
#[derive(Template)]
#[template(path = "page.html", config = "src/pages/askama.toml")]
pub struct HtmlPage<'a> {
    /// What the page shows.
    pub page: &'a PageView<'a>,
}
