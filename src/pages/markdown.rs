//! Markdown pages for wikis. Every text of the glossary goes through
//! [`Markdown`], so that it shows as written and never turns into markup.

use askama::Template;

use super::view::PageView;

/// Escapes text for CommonMark (and GitHub's extensions): a backslash before
/// each character that could start inline markup (emphasis, links, code,
/// HTML, tables, strikethrough, entities, headings' closing marks, maths) and
/// one space for each line break, so that a text stays on its line. Texts
/// never start a line in the templates, so block markers (`-`, `1.`) need no
/// escape.
#[derive(Debug, Clone, Copy)]
pub struct Markdown;

impl askama::filters::Escaper for Markdown {
    fn write_escaped_str<W: std::fmt::Write>(&self, mut dest: W, string: &str) -> std::fmt::Result {
        for c in string.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '$' => {
                    dest.write_char('\\')?;
                    dest.write_char(c)?;
                }
                '\r' | '\n' | '\u{2028}' | '\u{2029}' => dest.write_char(' ')?,
                c => dest.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// One Markdown page.
#[derive(Template)]
#[template(path = "page.md", config = "src/pages/askama.toml")]
pub struct MarkdownPage<'a> {
    /// What the page shows.
    pub page: &'a PageView<'a>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use askama::filters::Escaper;

    #[test]
    fn markup_in_text_is_escaped() {
        let mut out = String::new();
        Markdown
            .write_escaped_str(&mut out, "<script>*x*</script>\n[a](b) `c` &amp;")
            .unwrap();
        assert_eq!(
            out,
            "\\<script\\>\\*x\\*\\</script\\> \\[a\\](b) \\`c\\` \\&amp;"
        );
    }
}
