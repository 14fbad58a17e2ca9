//! Plain text (`.txt`): paragraphs are separated by blank lines; the lines
//! of a paragraph are re-flowed into one text (a translation re-wraps
//! differently), each line break standing as one space.

use super::blocks::{Block, BlockKind, Blocks};

/// The paragraphs of `text`.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Blocks::default();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |at| start + at);
        let line = &text[start..end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blocks.flush(BlockKind::Paragraph);
        } else {
            blocks.space(start);
            let at = start + (line.len() - line.trim_start().len());
            blocks.current.literal(trimmed, at);
        }
        start = end + 1;
    }
    blocks.flush(BlockKind::Paragraph);
    blocks.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_are_one_paragraph() {
        let text = "First line\n  wrapped here.\n\n\nSecond\r\nparagraph.\n";
        let blocks = blocks(text);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.text.as_str()).collect();
        assert_eq!(texts, ["First line wrapped here.", "Second paragraph."]);
        let wrapped = &blocks[0].text;
        let at = wrapped.text.find("wrapped").unwrap();
        assert_eq!(&text[wrapped.file_offset(at)..][..7], "wrapped");
    }
}
