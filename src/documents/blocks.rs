//! Monolingual documents (Markdown, HTML, plain text, DOCX): each side is
//! read into a sequence of [`Block`]s (headings, paragraphs, list items,
//! table cells…), and the two sequences are paired into segments.
//!
//! Pairing follows the block structure: a dynamic-programming alignment
//! matches blocks of the same kind in order, preferring pairs of similar
//! length, and lets blocks of either side stay unmatched. Unmatched blocks
//! are never dropped: they join the neighbouring pair, so a stretch where
//! the structures differ is checked as one larger pair (a term can still be
//! found missing).

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use super::{Document, Format, Segment, SegmentText, TextBuilder, decode};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// What a block is, for pairing: only blocks of the same kind pair up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading or a document title.
    Heading,
    /// A paragraph (of the body, a block quote, a footnote…).
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A cell of a table.
    TableCell,
    /// A text held in an attribute (`alt`, `title`, `aria-label`).
    Attribute,
}

impl fmt::Display for BlockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list-item",
            BlockKind::TableCell => "table-cell",
            BlockKind::Attribute => "attribute",
        })
    }
}

/// One block of text of a monolingual document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, mapped to the file.
    pub text: SegmentText,
}

/// Collects blocks while a reader walks a document: text goes into the
/// current block, [`Blocks::flush`] ends it.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    /// The finished blocks.
    pub blocks: Vec<Block>,
    /// The text of the block being read.
    pub current: TextBuilder,
}

impl Blocks {
    /// Ends the current block as a block of `kind`, without its leading and
    /// trailing white space; a block with no letter or digit (only spaces,
    /// punctuation or placeholders) is dropped.
    pub fn flush(&mut self, kind: BlockKind) {
        let text = std::mem::take(&mut self.current).finish();
        if !text.text.chars().any(char::is_alphanumeric) {
            return;
        }
        let trimmed = text.text.trim();
        let start = trimmed.as_ptr() as usize - text.text.as_ptr() as usize;
        let text = if trimmed.len() == text.text.len() {
            text
        } else {
            let mut builder = TextBuilder::default();
            builder.append_range(&text, start..start + trimmed.len());
            builder.finish()
        };
        self.blocks.push(Block { kind, text });
    }

    /// Appends a space standing for a line break or an inline boundary at
    /// `file_offset`, unless the text is empty or already ends with a space.
    pub fn space(&mut self, file_offset: usize) {
        let text = self.current.as_str();
        if !text.is_empty() && !text.ends_with(char::is_whitespace) {
            self.current.run(" ", file_offset);
        }
    }
}

/// One side of a monolingual pair, read.
pub(crate) struct ReadSide {
    /// The file that block offsets point into.
    pub file: Arc<SourceFile>,
    /// The blocks in document order.
    pub blocks: Vec<Block>,
    /// Problems met while reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a source and a target document of a monolingual `format` and pairs
/// their blocks. `Err` when either file cannot be read at all.
pub(crate) fn read_pair(
    format: Format,
    source: &Path,
    target: &Path,
) -> Result<Document, Diagnostic> {
    let source = read_side(format, source)?;
    let target = read_side(format, target)?;
    let mut diagnostics = source.diagnostics.clone();
    diagnostics.extend(target.diagnostics.iter().cloned());
    for side in [&source, &target] {
        if side.blocks.is_empty() {
            diagnostics.push(
                Diagnostic::error(msg!(
                    "documents-empty",
                    path = side.file.path.display().to_string()
                ))
                .at(&side.file, 0..0),
            );
        }
    }
    let segments = if source.blocks.is_empty() && target.blocks.is_empty() {
        Vec::new()
    } else {
        pair(&source.blocks, &target.blocks)
    };
    Ok(Document {
        format,
        target: target.file,
        source: Some(source.file),
        segments,
        diagnostics,
    })
}

/// Reads one side of a monolingual pair into blocks.
pub(crate) fn read_side(format: Format, path: &Path) -> Result<ReadSide, Diagnostic> {
    let bytes = crate::source::read_bytes(path)?;
    if format == Format::Docx {
        return super::docx::read(path, &bytes);
    }
    let (file, mut diagnostics) = decode::load_utf8(path, &bytes)?;
    let blocks = match format {
        Format::Markdown => super::markdown::blocks(&file, &mut diagnostics),
        Format::Html => super::html::blocks(&file, &mut diagnostics),
        _ => super::plain::blocks(&file.text),
    };
    Ok(ReadSide {
        file,
        blocks,
        diagnostics,
    })
}

/// Cost of leaving a block unmatched, against the length cost of a match.
const SKIP_COST: f32 = 3.0;

/// One step of the alignment path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Match,
    SkipSource,
    SkipTarget,
}

/// Pairs source blocks with target blocks: matched blocks become one segment
/// each; unmatched blocks join the pair before them (or after them, at the
/// start), so no text goes unchecked.
pub fn pair(source: &[Block], target: &[Block]) -> Vec<Segment> {
    let steps = align(source, target);
    // Groups of (source indices, target indices), one per matched pair.
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut pending: (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    for step in steps {
        match step {
            Step::Match => {
                let (mut sources, mut targets) = std::mem::take(&mut pending);
                sources.push(i);
                targets.push(j);
                groups.push((sources, targets));
                i += 1;
                j += 1;
            }
            Step::SkipSource => {
                match groups.last_mut() {
                    Some(group) => group.0.push(i),
                    None => pending.0.push(i),
                }
                i += 1;
            }
            Step::SkipTarget => {
                match groups.last_mut() {
                    Some(group) => group.1.push(j),
                    None => pending.1.push(j),
                }
                j += 1;
            }
        }
    }
    if !pending.0.is_empty() || !pending.1.is_empty() {
        groups.push(pending);
    }
    let ordinals = ordinals(target);
    groups
        .into_iter()
        .map(|(sources, targets)| Segment {
            id: targets
                .first()
                .map_or_else(|| "document".to_owned(), |&t| ordinals[t].clone()),
            variant: None,
            source: concat(source, &sources),
            target: concat(target, &targets),
        })
        .collect()
}

/// `kind-n` for each block: its kind and its 1-based rank among the blocks
/// of that kind.
fn ordinals(blocks: &[Block]) -> Vec<String> {
    let mut counts: Vec<(BlockKind, usize)> = Vec::new();
    blocks
        .iter()
        .map(|block| {
            let count = match counts.iter_mut().find(|(kind, _)| *kind == block.kind) {
                Some((_, count)) => {
                    *count += 1;
                    *count
                }
                None => {
                    counts.push((block.kind, 1));
                    1
                }
            };
            format!("{}-{count}", block.kind)
        })
        .collect()
}

/// The texts of `blocks[indices]` in order, one line apart.
fn concat(blocks: &[Block], indices: &[usize]) -> SegmentText {
    let mut indices = indices.to_vec();
    indices.sort_unstable();
    if let [only] = indices[..] {
        return blocks[only].text.clone();
    }
    let mut builder = TextBuilder::default();
    for (n, &index) in indices.iter().enumerate() {
        let text = &blocks[index].text;
        if n > 0 {
            builder.run("\n", text.file_offset(0));
        }
        builder.append(text);
    }
    builder.finish()
}

/// The length cost of pairing two blocks: zero for equal lengths, growing
/// with the log of their ratio (translations run about as long as their
/// source).
fn length_cost(source: &Block, target: &Block) -> f32 {
    let source = source.text.text.chars().count() as f32 + 10.0;
    let target = target.text.text.chars().count() as f32 + 10.0;
    2.0 * (target / source).ln().abs()
}

/// The cheapest alignment path: matches of same-kind blocks and skips.
/// Banded around the diagonal for long documents, so time and memory stay
/// linear in practice.
fn align(source: &[Block], target: &[Block]) -> Vec<Step> {
    let (n, m) = (source.len(), target.len());
    let band = if n.saturating_mul(m) <= 4_000_000 {
        n.max(m)
    } else {
        n.abs_diff(m) + 200
    };
    // Row i holds columns lo(i)..=hi(i).
    let center = |i: usize| (i * m).checked_div(n).unwrap_or(0);
    let lo = |i: usize| center(i).saturating_sub(band);
    let hi = |i: usize| (center(i) + band).min(m);
    let mut costs: Vec<Vec<f32>> = Vec::with_capacity(n + 1);
    let mut steps: Vec<Vec<Step>> = Vec::with_capacity(n + 1);
    let get = |costs: &Vec<Vec<f32>>, i: usize, j: usize| -> f32 {
        if j < lo(i) || j > hi(i) {
            f32::INFINITY
        } else {
            costs[i][j - lo(i)]
        }
    };
    for i in 0..=n {
        let mut row = Vec::with_capacity(hi(i) - lo(i) + 1);
        let mut row_steps = Vec::with_capacity(hi(i) - lo(i) + 1);
        for j in lo(i)..=hi(i) {
            let mut best = (
                if i == 0 && j == 0 { 0.0 } else { f32::INFINITY },
                Step::Match,
            );
            if i > 0 && j > 0 && source[i - 1].kind == target[j - 1].kind {
                let cost = get(&costs, i - 1, j - 1) + length_cost(&source[i - 1], &target[j - 1]);
                if cost < best.0 {
                    best = (cost, Step::Match);
                }
            }
            if i > 0 {
                let cost = get(&costs, i - 1, j) + SKIP_COST;
                if cost < best.0 {
                    best = (cost, Step::SkipSource);
                }
            }
            if j > 0 {
                let cost = row.last().copied().unwrap_or(f32::INFINITY) + SKIP_COST;
                if cost < best.0 {
                    best = (cost, Step::SkipTarget);
                }
            }
            row.push(best.0);
            row_steps.push(best.1);
        }
        costs.push(row);
        steps.push(row_steps);
    }
    let mut path = Vec::with_capacity(n + m);
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let step = if j < lo(i) || j > hi(i) {
            // Outside the band (cannot happen on a reachable path): walk back.
            if i > 0 {
                Step::SkipSource
            } else {
                Step::SkipTarget
            }
        } else {
            steps[i][j - lo(i)]
        };
        let step = match step {
            Step::Match if i == 0 || j == 0 => {
                if i > 0 {
                    Step::SkipSource
                } else {
                    Step::SkipTarget
                }
            }
            step => step,
        };
        path.push(step);
        match step {
            Step::Match => {
                i -= 1;
                j -= 1;
            }
            Step::SkipSource => i -= 1,
            Step::SkipTarget => j -= 1,
        }
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: BlockKind, text: &str, at: usize) -> Block {
        let mut builder = TextBuilder::default();
        builder.literal(text, at);
        Block {
            kind,
            text: builder.finish(),
        }
    }

    fn texts(segments: &[Segment]) -> Vec<(String, String, String)> {
        segments
            .iter()
            .map(|s| (s.id.clone(), s.source.text.clone(), s.target.text.clone()))
            .collect()
    }

    #[test]
    fn same_structure_pairs_one_to_one() {
        let source = [
            block(BlockKind::Heading, "Title", 0),
            block(BlockKind::Paragraph, "One two.", 10),
            block(BlockKind::ListItem, "Item", 20),
        ];
        let target = [
            block(BlockKind::Heading, "Titre", 0),
            block(BlockKind::Paragraph, "Un deux.", 10),
            block(BlockKind::ListItem, "Élément", 20),
        ];
        let pairs = texts(&pair(&source, &target));
        assert_eq!(
            pairs,
            vec![
                ("heading-1".into(), "Title".into(), "Titre".into()),
                ("paragraph-1".into(), "One two.".into(), "Un deux.".into()),
                ("list-item-1".into(), "Item".into(), "Élément".into()),
            ]
        );
    }

    #[test]
    fn an_extra_block_joins_its_neighbour_instead_of_being_dropped() {
        let source = [
            block(BlockKind::Heading, "Title", 0),
            block(BlockKind::Paragraph, "A long first paragraph.", 10),
            block(BlockKind::Paragraph, "A dropped stem cell paragraph.", 40),
        ];
        let target = [
            block(BlockKind::Heading, "Titre", 0),
            block(BlockKind::Paragraph, "Un long premier paragraphe.", 10),
        ];
        let pairs = texts(&pair(&source, &target));
        assert_eq!(pairs.len(), 2);
        let sources: Vec<&str> = pairs.iter().map(|p| p.1.as_str()).collect();
        assert!(sources.join("\n").contains("A long first paragraph.\n"));
        assert!(
            sources
                .join("\n")
                .contains("A dropped stem cell paragraph.")
        );
    }

    #[test]
    fn different_kinds_fall_back_to_one_pair() {
        let source = [block(BlockKind::Paragraph, "Text", 0)];
        let target = [block(BlockKind::ListItem, "Texte", 0)];
        let pairs = texts(&pair(&source, &target));
        assert_eq!(
            pairs,
            vec![("list-item-1".into(), "Text".into(), "Texte".into())]
        );
    }
}
