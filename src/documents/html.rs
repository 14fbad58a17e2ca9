//! HTML pages: a small tokenizer that keeps byte positions (tags, comments,
//! raw-text elements, attributes, character references), enough to read the
//! text of a page; it builds no tree.
//!
//! The text of block elements (headings, paragraphs, list items, table
//! cells, captions…) and of `title`, and the `alt`, `title` and
//! `aria-label` attributes are checked. `script`, `style`, `code`, `pre`,
//! `template` and elements marked `translate="no"` are skipped. Inline tags
//! (`<em>`, `<a>`, `<span>`) inside a sentence do not break it; `<br>` is a
//! space. Character references are decoded with offsets kept.

use std::sync::Arc;

use super::TextBuilder;
use super::blocks::{Block, BlockKind, Blocks};
use super::entities::{self, Dialect};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// Elements that start and end a block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements whose content is not text to check.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "code", "pre", "template", "textarea", "svg", "math", "kbd", "samp",
];

/// Skipped elements that stand inside a sentence: a placeholder.
const INLINE_CODE: &[&str] = &["code", "kbd", "samp", "math", "svg"];

/// Elements with no content (no end tag).
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Attributes whose value is text to check.
const TEXT_ATTRIBUTES: &[&str] = &["alt", "title", "aria-label"];

/// An open element.
struct Open {
    name: String,
    /// Byte range of its start tag.
    tag: std::ops::Range<usize>,
    /// Its content is skipped.
    skipped: bool,
}

/// A start or end tag, as read.
struct Tag<'a> {
    name: String,
    end_tag: bool,
    self_closing: bool,
    /// `(name, value, file offset of the value)`.
    attributes: Vec<(String, &'a str, usize)>,
}

/// The blocks of an HTML page; an element left open whose content was
/// skipped (so the rest of the page was not checked) is reported.
pub(crate) fn blocks(file: &Arc<SourceFile>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Block> {
    let html = file.text.as_str();
    let mut reader = Reader {
        blocks: Blocks::default(),
        attributes: Vec::new(),
        open: Vec::new(),
        skipped: 0,
    };
    let mut pos = 0;
    while pos < html.len() {
        let rest = &html[pos..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            pos = comment
                .find("-->")
                .map_or(html.len(), |end| pos + 4 + end + 3);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            pos = rest.find('>').map_or(html.len(), |end| pos + end + 1);
        } else if let Some((tag, len)) = parse_tag(rest, pos) {
            let range = pos..pos + len;
            pos += len;
            if tag.end_tag {
                reader.end_tag(&tag.name);
            } else {
                reader.start_tag(&tag, range.clone());
                if matches!(tag.name.as_str(), "script" | "style") && !tag.self_closing {
                    // Raw text: nothing inside is markup.
                    let closing = format!("</{}", tag.name);
                    pos = find_ignore_case(html, pos, &closing).unwrap_or(html.len());
                }
            }
        } else {
            let first = rest.chars().next().map_or(1, char::len_utf8);
            let end = rest[first..]
                .find('<')
                .map_or(html.len(), |at| pos + first + at);
            if reader.skipped == 0 {
                let _ = entities::decode_into(
                    &mut reader.blocks.current,
                    &html[pos..end],
                    pos,
                    Dialect::Html,
                );
            }
            pos = end;
        }
    }
    reader.flush();
    diagnostics.extend(
        reader
            .open
            .iter()
            .filter(|open| open.skipped)
            .take(1)
            .map(|open| {
                Diagnostic::warning(msg!("documents-html-unclosed", element = open.name.clone()))
                    .at(file, open.tag.clone())
                    .with_help(msg!("documents-help-html-unclosed"))
            }),
    );
    reader.blocks.blocks
}

/// The state of the walk over a page.
struct Reader {
    blocks: Blocks,
    /// Attribute texts met inside the current block, added after it.
    attributes: Vec<Block>,
    open: Vec<Open>,
    /// How many open elements skip their content.
    skipped: usize,
}

impl Reader {
    /// The kind of the innermost open block element.
    fn kind(&self) -> BlockKind {
        self.open
            .iter()
            .rev()
            .find_map(|open| match open.name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "title" => Some(BlockKind::Heading),
                "li" | "dt" | "dd" => Some(BlockKind::ListItem),
                "td" | "th" | "caption" => Some(BlockKind::TableCell),
                name if BLOCK_ELEMENTS.contains(&name) => Some(BlockKind::Paragraph),
                _ => None,
            })
            .unwrap_or(BlockKind::Paragraph)
    }

    /// Ends the current block, then the attribute texts met inside it.
    fn flush(&mut self) {
        self.blocks.flush(self.kind());
        self.blocks.blocks.append(&mut self.attributes);
    }

    fn start_tag(&mut self, tag: &Tag, range: std::ops::Range<usize>) {
        let name = tag.name.as_str();
        let is_block = BLOCK_ELEMENTS.contains(&name);
        if is_block {
            self.flush();
            self.close_implied(name);
        } else if name == "br" {
            self.blocks.space(range.start);
        }
        let translate_no = tag.attributes.iter().any(|(attribute, value, _)| {
            attribute == "translate" && value.eq_ignore_ascii_case("no")
        });
        if self.skipped == 0 && !translate_no {
            for (attribute, value, at) in &tag.attributes {
                if TEXT_ATTRIBUTES.contains(&attribute.as_str()) {
                    let mut text = TextBuilder::default();
                    let _ = entities::decode_into(&mut text, value, *at, Dialect::Html);
                    let mut block = Blocks {
                        blocks: Vec::new(),
                        current: text,
                    };
                    block.flush(BlockKind::Attribute);
                    self.attributes.append(&mut block.blocks);
                }
            }
        }
        if tag.self_closing || VOID_ELEMENTS.contains(&name) {
            return;
        }
        let skipped = translate_no || SKIPPED_ELEMENTS.contains(&name);
        if skipped && self.skipped == 0 && INLINE_CODE.contains(&name) {
            self.blocks.current.placeholder(range.start);
        }
        self.skipped += usize::from(skipped);
        self.open.push(Open {
            name: name.to_owned(),
            tag: range,
            skipped,
        });
    }

    /// Closes the elements a new block start tag ends implicitly: an open
    /// `p`, or the previous item or cell of the same list or row.
    fn close_implied(&mut self, name: &str) {
        let (closes, scope): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tr" => (&["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
            _ => (&["p"], &[]),
        };
        let position = self.open.iter().rposition(|open| {
            closes.contains(&open.name.as_str()) || scope.contains(&open.name.as_str())
        });
        if let Some(position) = position
            && closes.contains(&self.open[position].name.as_str())
            && (position + 1 == self.open.len() || !scope.is_empty())
        {
            self.pop_to(position);
        }
    }

    fn end_tag(&mut self, name: &str) {
        let Some(position) = self.open.iter().rposition(|open| open.name == name) else {
            return;
        };
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
        self.pop_to(position);
    }

    /// Pops the elements from `position` on.
    fn pop_to(&mut self, position: usize) {
        for open in self.open.drain(position..) {
            self.skipped -= usize::from(open.skipped);
        }
    }
}

/// The tag at the start of `rest` (at file offset `at`) and its length, or
/// `None` when `<` does not start a tag.
fn parse_tag(rest: &str, at: usize) -> Option<(Tag<'_>, usize)> {
    let bytes = rest.as_bytes();
    if bytes.first() != Some(&b'<') {
        return None;
    }
    let end_tag = bytes.get(1) == Some(&b'/');
    let name_start = if end_tag { 2 } else { 1 };
    if !bytes.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let name_end = name_start
        + rest[name_start..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len() - name_start);
    let mut tag = Tag {
        name: rest[name_start..name_end].to_ascii_lowercase(),
        end_tag,
        self_closing: false,
        attributes: Vec::new(),
    };
    let mut pos = name_end;
    loop {
        pos += rest[pos..].len() - rest[pos..].trim_start().len();
        match bytes.get(pos) {
            None => return Some((tag, rest.len())),
            Some(b'>') => return Some((tag, pos + 1)),
            Some(b'/') => {
                tag.self_closing = bytes.get(pos + 1) == Some(&b'>');
                pos += 1;
                continue;
            }
            Some(_) => {}
        }
        let attribute_end = pos
            + rest[pos..]
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(rest.len() - pos);
        let attribute = rest[pos..attribute_end].to_ascii_lowercase();
        pos = attribute_end.max(pos + 1);
        let after = rest[pos.min(rest.len())..].trim_start();
        if let Some(value) = after.strip_prefix('=') {
            let value_start = rest.len() - value.trim_start().len();
            let (value, value_at, next) = match bytes.get(value_start) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = rest[value_start + 1..]
                        .find(quote as char)
                        .map_or(rest.len(), |end| value_start + 1 + end);
                    (&rest[value_start + 1..close], value_start + 1, close + 1)
                }
                _ => {
                    let close = value_start
                        + rest[value_start..]
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(rest.len() - value_start);
                    (&rest[value_start..close], value_start, close)
                }
            };
            tag.attributes.push((attribute, value, at + value_at));
            pos = next.min(rest.len());
        } else if !attribute.is_empty() {
            tag.attributes.push((attribute, "", at + pos));
        }
    }
}

/// The offset of `needle` (ASCII) in `haystack` from `from`, ignoring case.
fn find_ignore_case(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    haystack.as_bytes()[from..]
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
        .map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<(BlockKind, String)> {
        let file = Arc::new(SourceFile::new("t.html", html.to_owned()));
        blocks(&file, &mut Vec::new())
            .into_iter()
            .map(|b| (b.kind, b.text.text))
            .collect()
    }

    #[test]
    fn inline_tags_do_not_break_a_sentence_and_code_is_skipped() {
        assert_eq!(
            texts("<p>Les cellules <em>souches</em> <code>stem cell</code>&nbsp;ici.<p>Deux"),
            [
                (
                    BlockKind::Paragraph,
                    "Les cellules souches \u{FFFC}\u{A0}ici.".to_owned()
                ),
                (BlockKind::Paragraph, "Deux".to_owned())
            ]
        );
    }

    #[test]
    fn attributes_titles_and_skipped_elements() {
        let html = "<html><head><title>Stem cells</title><script>var a = '<p>no</p>';</script></head>\
                    <body><ul><li>One<li translate=\"no\">Two</ul><img alt='A skin graft' src=x.png></body>";
        assert_eq!(
            texts(html),
            [
                (BlockKind::Heading, "Stem cells".to_owned()),
                (BlockKind::ListItem, "One".to_owned()),
                (BlockKind::Attribute, "A skin graft".to_owned()),
            ]
        );
    }

    #[test]
    fn an_unclosed_skipped_element_is_reported() {
        let file = Arc::new(SourceFile::new("t.html", "<p>a <code>b\n<p>c".to_owned()));
        let mut diagnostics = Vec::new();
        blocks(&file, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
    }
}
