//! Word documents (`.docx`): a zip of XML parts.
//!
//! The paragraphs of the body, then of the headers, footers and footnotes,
//! are read in that order. Runs are merged (a term split over three runs is
//! one term); tracked changes are read as accepted (insertions in,
//! deletions and moved-away text out); field codes and results, and hidden
//! text, are skipped. A paragraph in a table cell is a table cell, one with
//! a heading or title style a heading, one with numbering a list item.
//!
//! The text gloss points into is made of the paragraphs, one per line: line
//! *n* is paragraph *n* of the document, so a finding's line is its
//! paragraph.
//!
//! The archive is guarded: members are read through a size limit (zip
//! bombs), names that climb out of the archive are refused, and no XML
//! entity is expanded.

use std::io::Read as _;
use std::path::Path;
use std::sync::Arc;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::blocks::{BlockKind, Blocks, ReadSide};
use super::xml::{attribute, doctype_is_safe, reference_char};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// The most bytes one XML part may decompress to.
pub const MEMBER_LIMIT: u64 = 64 * 1024 * 1024;

/// The most members an archive may have.
const MEMBER_COUNT_LIMIT: usize = 10_000;

/// Reads a DOCX file into blocks. `Err` when it is not a readable zip or
/// has no `word/document.xml`.
pub(crate) fn read(path: &Path, bytes: &[u8]) -> Result<ReadSide, Diagnostic> {
    let refuse = |reason: String| {
        Diagnostic::error(msg!(
            "documents-docx-unreadable",
            path = path.display().to_string(),
            reason = reason
        ))
        .with_help(msg!("documents-help-docx"))
    };
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| refuse(e.to_string()))?;
    if archive.len() > MEMBER_COUNT_LIMIT {
        return Err(refuse(format!("{} members", archive.len())));
    }
    let mut parts: Vec<String> = Vec::new();
    for index in 0..archive.len() {
        let member = archive.by_index(index).map_err(|e| refuse(e.to_string()))?;
        let name = member
            .name()
            .map_err(|e| refuse(e.to_string()))?
            .into_owned();
        if member.enclosed_name().is_none() {
            return Err(refuse(format!("unsafe member name {name:?}")));
        }
        if is_text_part(&name) {
            parts.push(name);
        }
    }
    if !parts.iter().any(|name| name == "word/document.xml") {
        return Err(refuse("no word/document.xml".to_owned()));
    }
    parts.sort_by_key(|name| (part_rank(name), name.clone()));
    let mut paragraphs = Paragraphs::default();
    let mut problems = Vec::new();
    for name in &parts {
        let mut member = archive.by_name(name).map_err(|e| refuse(e.to_string()))?;
        if member.encrypted() {
            return Err(refuse("encrypted".to_owned()));
        }
        let mut xml = Vec::new();
        (&mut member)
            .take(MEMBER_LIMIT + 1)
            .read_to_end(&mut xml)
            .map_err(|e| refuse(format!("{name}: {e}")))?;
        if xml.len() as u64 > MEMBER_LIMIT {
            return Err(refuse(format!(
                "{name} decompresses past {} MiB",
                MEMBER_LIMIT / 1024 / 1024
            )));
        }
        let xml = String::from_utf8_lossy(&xml);
        if let Err(reason) = paragraphs.read_part(&xml) {
            problems.push(format!("{name}: {reason}"));
        }
    }
    let Paragraphs { text, blocks, .. } = paragraphs;
    let file = Arc::new(SourceFile::of_paragraphs(path, text));
    let diagnostics = problems
        .into_iter()
        .map(|reason| {
            Diagnostic::error(msg!(
                "documents-docx-part",
                path = path.display().to_string(),
                reason = reason
            ))
            .with_help(msg!("documents-help-docx"))
        })
        .collect();
    Ok(ReadSide {
        file,
        blocks: blocks.blocks,
        diagnostics,
    })
}

/// True for the parts whose paragraphs are read.
fn is_text_part(name: &str) -> bool {
    name == "word/document.xml"
        || name == "word/footnotes.xml"
        || name == "word/endnotes.xml"
        || (name.starts_with("word/header") || name.starts_with("word/footer"))
            && name.ends_with(".xml")
}

/// Body first, then headers, footers and notes.
fn part_rank(name: &str) -> u8 {
    match name {
        "word/document.xml" => 0,
        _ if name.starts_with("word/header") => 1,
        _ if name.starts_with("word/footer") => 2,
        _ => 3,
    }
}

/// The paragraphs read so far: the text (one paragraph a line) and blocks
/// pointing into it.
#[derive(Default)]
struct Paragraphs {
    text: String,
    blocks: Blocks,
}

/// Where the reader is inside a part.
#[derive(Default)]
struct State {
    /// Open paragraphs (text boxes nest paragraphs inside paragraphs): the
    /// text of each and its kind.
    paragraphs: Vec<(String, BlockKind)>,
    /// Depth of table cells.
    cells: usize,
    /// Depth of deleted or moved-away content.
    deleted: usize,
    /// Inside a `w:t`.
    in_text: bool,
    /// Depth of runs (`w:tab` elsewhere is a tab stop, not text).
    runs: usize,
    /// The current run is hidden.
    hidden: bool,
    /// Depth of complex fields: `(in the result part)`.
    fields: Vec<bool>,
    /// Inside a simple field.
    simple_fields: usize,
}

impl State {
    fn skipping(&self) -> bool {
        self.deleted > 0 || self.hidden || !self.fields.is_empty() || self.simple_fields > 0
    }

    fn push_text(&mut self, text: &str) {
        if self.in_text
            && !self.skipping()
            && let Some((paragraph, _)) = self.paragraphs.last_mut()
        {
            paragraph.push_str(text);
        }
    }
}

impl Paragraphs {
    /// Reads the paragraphs of one XML part.
    fn read_part(&mut self, xml: &str) -> Result<(), String> {
        let mut reader = Reader::from_str(xml);
        let mut state = State::default();
        loop {
            match reader.read_event().map_err(|e| e.to_string())? {
                Event::Start(element) => self.start(&element, &mut state, false),
                Event::Empty(element) => self.start(&element, &mut state, true),
                Event::End(element) => self.end(element.local_name().as_ref(), &mut state),
                Event::Text(text) => {
                    state.push_text(&text);
                }
                Event::GeneralRef(reference) => {
                    let c = reference_char(&reference).ok_or("entity reference")?;
                    state.push_text(c.encode_utf8(&mut [0; 4]));
                }
                Event::DocType(doctype) if !doctype_is_safe(&doctype) => {
                    return Err("document type declaration with entities".to_owned());
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    fn start(&mut self, element: &BytesStart, state: &mut State, empty: bool) {
        let name = element.local_name();
        match name.as_ref() {
            "p" if !empty => {
                let kind = if state.cells > 0 {
                    BlockKind::TableCell
                } else {
                    BlockKind::Paragraph
                };
                state.paragraphs.push((String::new(), kind));
            }
            "p" => self.paragraph(String::new(), BlockKind::Paragraph),
            "tc" if !empty => state.cells += 1,
            "del" | "moveFrom" if !empty => state.deleted += 1,
            "t" if !empty => state.in_text = true,
            "r" => {
                state.hidden = false;
                state.runs += usize::from(!empty);
            }
            "vanish" => {
                state.hidden = attribute(element, "w:val").is_none_or(|v| v != "0" && v != "false");
            }
            "tab" | "br" | "cr" if state.runs > 0 && !state.skipping() => {
                if let Some((paragraph, _)) = state.paragraphs.last_mut() {
                    paragraph.push(' ');
                }
            }
            "noBreakHyphen" if !state.skipping() => {
                if let Some((paragraph, _)) = state.paragraphs.last_mut() {
                    paragraph.push('-');
                }
            }
            "pStyle" => {
                let style = attribute(element, "w:val")
                    .unwrap_or_default()
                    .to_lowercase();
                if (style.starts_with("heading") || style.starts_with("titre") || style == "title")
                    && let Some((_, kind)) = state.paragraphs.last_mut()
                    && *kind == BlockKind::Paragraph
                {
                    *kind = BlockKind::Heading;
                }
            }
            "numPr" => {
                if let Some((_, kind)) = state.paragraphs.last_mut()
                    && *kind == BlockKind::Paragraph
                {
                    *kind = BlockKind::ListItem;
                }
            }
            "fldChar" => match attribute(element, "w:fldCharType").as_deref() {
                Some("begin") => state.fields.push(false),
                Some("separate") => {
                    if let Some(result) = state.fields.last_mut() {
                        *result = true;
                    }
                }
                Some("end") => {
                    state.fields.pop();
                }
                _ => {}
            },
            "fldSimple" if !empty => state.simple_fields += 1,
            _ => {}
        }
    }

    fn end(&mut self, name: &str, state: &mut State) {
        match name {
            "p" => {
                if let Some((text, kind)) = state.paragraphs.pop() {
                    self.paragraph(text, kind);
                }
            }
            "tc" => state.cells = state.cells.saturating_sub(1),
            "del" | "moveFrom" => state.deleted = state.deleted.saturating_sub(1),
            "t" => state.in_text = false,
            "r" => {
                state.hidden = false;
                state.runs = state.runs.saturating_sub(1);
            }
            "fldSimple" => state.simple_fields = state.simple_fields.saturating_sub(1),
            _ => {}
        }
    }

    /// Adds a paragraph as the next line of the text, and as a block.
    fn paragraph(&mut self, text: String, kind: BlockKind) {
        let line: String = text
            .chars()
            .map(|c| if c == '\n' { ' ' } else { c })
            .collect();
        let at = self.text.len();
        self.text.push_str(&line);
        self.text.push('\n');
        self.blocks.current.literal(&line, at);
        self.blocks.flush(kind);
    }
}

/// The blocks of `xml` as one part of a document, for tests.
#[cfg(test)]
fn part_blocks(xml: &str) -> (String, Vec<super::blocks::Block>) {
    let mut paragraphs = Paragraphs::default();
    paragraphs.read_part(xml).unwrap();
    (paragraphs.text, paragraphs.blocks.blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_merge_and_tracked_changes_are_accepted() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>
            <w:p><w:r><w:t>cellules sou</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ch</w:t></w:r><w:r><w:t>es</w:t></w:r>
              <w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> new</w:t></w:r></w:ins>
              <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>
              <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            </w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document>"#;
        let (text, blocks) = part_blocks(xml);
        assert_eq!(text, "Title\ncellules souches new\nCell\n");
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::TableCell
            ]
        );
    }

    #[test]
    fn entity_declarations_are_refused() {
        let xml = r#"<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>"#;
        assert!(Paragraphs::default().read_part(xml).is_err());
    }
}
