//! Markdown (CommonMark with tables, strikethrough and front matter), read
//! with pulldown-cmark's offset iterator.
//!
//! Headings, paragraphs, list items, table cells, block quotes, link text
//! and image alt text are checked. Code spans are placeholders; code blocks,
//! URLs, HTML (comments and tags) and YAML/TOML front matter are not words.
//! Emphasis and links inside a sentence do not break it: `cellules
//! **souches**` reads `cellules souches`.

use std::sync::Arc;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::blocks::{Block, BlockKind, Blocks};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// The blocks of a Markdown file; an unclosed code fence is reported.
pub(crate) fn blocks(file: &Arc<SourceFile>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Block> {
    let text = file.text.as_str();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut blocks = Blocks::default();
    // The kinds of the open blocks, innermost last.
    let mut open: Vec<BlockKind> = Vec::new();
    // Inside code blocks, front matter, autolinks: text that is not words.
    let mut skipped = 0usize;
    let kind = |open: &[BlockKind]| open.last().copied().unwrap_or(BlockKind::Paragraph);
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell => {
                    blocks.flush(kind(&open));
                    open.push(match tag {
                        Tag::Heading { .. } => BlockKind::Heading,
                        Tag::Item => BlockKind::ListItem,
                        Tag::TableCell => BlockKind::TableCell,
                        _ if open.contains(&BlockKind::ListItem) => BlockKind::ListItem,
                        _ => BlockKind::Paragraph,
                    });
                }
                Tag::CodeBlock(code) => {
                    if matches!(code, CodeBlockKind::Fenced(_))
                        && let Some(diagnostic) = unclosed_fence(file, range)
                    {
                        diagnostics.push(diagnostic);
                    }
                    skipped += 1;
                }
                Tag::MetadataBlock(_) | Tag::HtmlBlock => skipped += 1,
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } => skipped += 1,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    blocks.flush(kind(&open));
                    open.pop();
                }
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock => {
                    skipped = skipped.saturating_sub(1);
                }
                TagEnd::Link if is_autolink(text, range) => skipped = skipped.saturating_sub(1),
                _ => {}
            },
            Event::Text(piece) if skipped == 0 => {
                if text.get(range.clone()) == Some(&*piece) {
                    blocks.current.literal(&piece, range.start);
                } else {
                    blocks.current.run(&piece, range.start);
                }
            }
            Event::Code(_) | Event::FootnoteReference(_) | Event::InlineMath(_) if skipped == 0 => {
                blocks.current.placeholder(range.start);
            }
            Event::SoftBreak | Event::HardBreak => blocks.space(range.start),
            Event::InlineHtml(html) if html.trim_start_matches('<').starts_with("br") => {
                blocks.space(range.start);
            }
            _ => {}
        }
    }
    blocks.flush(kind(&open));
    blocks.blocks
}

/// True when the link ending at `range` is written `<…>` (an autolink).
fn is_autolink(text: &str, range: std::ops::Range<usize>) -> bool {
    text.get(range)
        .is_some_and(|link| link.starts_with('<') && link.ends_with('>'))
}

/// A warning when the fenced code block at `range` has no closing fence:
/// the rest of the file is read as code and not checked.
fn unclosed_fence(file: &Arc<SourceFile>, range: std::ops::Range<usize>) -> Option<Diagnostic> {
    let block = file.text.get(range.clone())?;
    let opening = block.lines().next()?.trim_start();
    let fence: String = opening
        .chars()
        .take_while(|&c| c == opening.chars().next().unwrap_or('`'))
        .collect();
    let closed = block.lines().count() > 1
        && block
            .trim_end()
            .lines()
            .last()
            .is_some_and(|line| line.trim().starts_with(&fence));
    (!closed).then(|| {
        Diagnostic::warning(msg!("documents-markdown-unclosed-fence"))
            .at(file, range.start..range.start + opening.len())
            .with_help(msg!("documents-help-unclosed-fence"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(markdown: &str) -> Vec<(BlockKind, String)> {
        let file = Arc::new(SourceFile::new("t.md", markdown.to_owned()));
        blocks(&file, &mut Vec::new())
            .into_iter()
            .map(|b| (b.kind, b.text.text))
            .collect()
    }

    #[test]
    fn emphasis_does_not_break_a_term_and_code_is_not_words() {
        assert_eq!(
            texts("Les cellules **souches** et `stem cell` ici.\n"),
            [(
                BlockKind::Paragraph,
                "Les cellules souches et \u{FFFC} ici.".to_owned()
            )]
        );
    }

    #[test]
    fn front_matter_code_blocks_and_urls_are_skipped() {
        let markdown = "---\ntitle: stem cell\n---\n# Title\n\n```\nstem cell\n```\n\n- item <https://x.org/stem-cell>\n";
        assert_eq!(
            texts(markdown),
            [
                (BlockKind::Heading, "Title".to_owned()),
                (BlockKind::ListItem, "item".to_owned())
            ]
        );
    }
}
