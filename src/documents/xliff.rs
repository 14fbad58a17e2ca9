//! XLIFF 1.2 and 2.0: both sides in one file, like PO.
//!
//! - 1.2: each `trans-unit` gives its `source`/`target`; 2.0: each
//!   `segment` of a `unit`. The segment id is the unit id (with `/` and the
//!   segment id in 2.0 when the segment has one).
//! - Inline codes that stand for markup (`<x/>`, `<bx/>`, `<ex/>`, `<ph>`,
//!   `<bpt>`, `<ept>`, `<it>`, `<sc/>`, `<ec/>`, `<cp/>`) are placeholders,
//!   never words; a protected `<mrk>` (`translate="no"`, `mtype="protected"`)
//!   too. Paired codes that wrap text (`<g>`, `<pc>`, other `<mrk>`) keep
//!   their text and do not break a term.
//! - Units and groups marked `translate="no"`, `alt-trans`, `seg-source`,
//!   `ignorable` and notes are not read. Targets in a draft state (1.2
//!   `new`, `needs-…`; 2.0 `initial`) are skipped unless
//!   [`ReadOptions::include_fuzzy`].
//! - A document type declaration that declares entities or names an
//!   external subset is refused (no entity is ever expanded); malformed XML
//!   is a located error, and the units read before it are kept.

use std::path::Path;
use std::sync::Arc;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::xml::{attribute, doctype_is_safe, reference_char};
use super::{Document, Format, ReadOptions, Segment, SegmentText, TextBuilder, decode};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// Inline elements that stand for markup: a placeholder, content skipped.
const CODES: &[&str] = &[
    "x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "cp", "sub",
];

/// Elements whose content is never a segment text.
const IGNORED: &[&str] = &["alt-trans", "seg-source", "ignorable", "note", "notes"];

/// 1.2 target states that mark a draft.
fn is_draft_state(state: &str) -> bool {
    state == "new" || state == "initial" || state.starts_with("needs-")
}

/// Reads an XLIFF file into segment pairs. `Err` only when the file cannot
/// be read at all (missing, unreadable, binary).
pub fn read(path: &Path, options: &ReadOptions) -> Result<Document, Diagnostic> {
    let bytes = crate::source::read_bytes(path)?;
    let (file, diagnostics) = decode::load_utf8(path, &bytes)?;
    let mut parser = Parser {
        file: &file,
        options,
        segments: Vec::new(),
        diagnostics,
        open: Vec::new(),
        unit: None,
        capture: None,
        units: 0,
        targets: 0,
        root_seen: false,
    };
    parser.parse();
    let Parser {
        segments,
        mut diagnostics,
        units,
        targets,
        root_seen,
        ..
    } = parser;
    if !root_seen && !crate::diagnostic::has_errors(&diagnostics) {
        diagnostics.push(
            Diagnostic::error(msg!("documents-xliff-not-xliff"))
                .at(&file, 0..0)
                .with_help(msg!("help-document-formats")),
        );
    } else if units > 0 && targets == 0 {
        diagnostics.push(
            Diagnostic::error(msg!("documents-xliff-no-targets", count = units))
                .at(&file, 0..0)
                .with_help(msg!("documents-help-xliff-no-targets")),
        );
    }
    Ok(Document {
        format: Format::Xliff,
        target: file,
        source: None,
        segments,
        diagnostics,
    })
}

/// An open element.
struct Open {
    name: String,
    /// `translate="no"` here or on an ancestor.
    untranslatable: bool,
    /// Inside an element whose content is not read.
    ignored: bool,
}

/// The unit (1.2 `trans-unit`, 2.0 `unit`) being read.
#[derive(Default)]
struct Unit {
    id: String,
    untranslatable: bool,
    /// The 2.0 segment id and whether its state is a draft.
    segment_id: Option<String>,
    segment_draft: bool,
    source: Option<SegmentText>,
    /// The target and whether its state is a draft.
    target: Option<(SegmentText, bool)>,
}

/// A `source` or `target` being read.
struct Capture {
    is_target: bool,
    draft: bool,
    text: TextBuilder,
    /// Depth of the `source`/`target` element in the open stack.
    depth: usize,
    /// Depth of the inline code whose content is skipped, if inside one.
    skip_from: Option<usize>,
}

struct Parser<'a> {
    file: &'a Arc<SourceFile>,
    options: &'a ReadOptions,
    segments: Vec<Segment>,
    diagnostics: Vec<Diagnostic>,
    open: Vec<Open>,
    unit: Option<Unit>,
    capture: Option<Capture>,
    units: usize,
    targets: usize,
    root_seen: bool,
}

impl Parser<'_> {
    fn parse(&mut self) {
        let file = Arc::clone(self.file);
        let text = file.text.as_str();
        let mut reader = Reader::from_str(text);
        loop {
            let start = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    let at = (reader.error_position() as usize).min(text.len());
                    self.diagnostics.push(
                        Diagnostic::error(msg!(
                            "documents-xml-malformed",
                            reason = error.to_string()
                        ))
                        .at(&file, at..at),
                    );
                    return;
                }
            };
            let end = reader.buffer_position() as usize;
            match event {
                Event::Start(element) => self.start(&element, start, false),
                Event::Empty(element) => {
                    self.start(&element, start, true);
                    self.end();
                }
                Event::End(_) => self.end(),
                Event::Text(_) => self.text(&text[start..end], start),
                Event::CData(_) => {
                    let inner = start + "<![CDATA[".len();
                    self.text(&text[inner..end - "]]>".len()], inner);
                }
                Event::GeneralRef(reference) => match reference_char(&reference) {
                    Some(c) => self.decoded(c, start),
                    None => {
                        self.diagnostics.push(
                            Diagnostic::error(msg!("documents-xml-entity"))
                                .at(&file, start..end)
                                .with_help(msg!("documents-help-xml-entity")),
                        );
                        return;
                    }
                },
                Event::DocType(doctype) if !doctype_is_safe(&doctype) => {
                    self.diagnostics.push(
                        Diagnostic::error(msg!("documents-xml-entity"))
                            .at(&file, start..end)
                            .with_help(msg!("documents-help-xml-entity")),
                    );
                    return;
                }
                Event::Eof => return,
                _ => {}
            }
        }
    }

    fn start(&mut self, element: &BytesStart, at: usize, empty: bool) {
        let name = element.local_name().as_ref().to_owned();
        let parent = self.open.last();
        let translate_no = attribute(element, "translate").is_some_and(|v| v == "no");
        let untranslatable = translate_no || parent.is_some_and(|p| p.untranslatable);
        let ignored = parent.is_some_and(|p| p.ignored) || IGNORED.contains(&name.as_str());
        self.open.push(Open {
            name: name.clone(),
            untranslatable,
            ignored,
        });
        let depth = self.open.len();
        if let Some(capture) = &mut self.capture {
            let protected = name == "mrk"
                && (translate_no || attribute(element, "mtype").is_some_and(|v| v == "protected"));
            if capture.skip_from.is_none() && (CODES.contains(&name.as_str()) || protected) {
                capture.text.placeholder(at);
                if !empty {
                    capture.skip_from = Some(depth);
                }
            }
            return;
        }
        if ignored {
            return;
        }
        match name.as_str() {
            "xliff" => self.root_seen = true,
            "trans-unit" | "unit" => {
                self.units += 1;
                self.unit = Some(Unit {
                    id: attribute(element, "id").unwrap_or_default(),
                    untranslatable,
                    ..Unit::default()
                });
            }
            "segment" => {
                if let Some(unit) = &mut self.unit {
                    unit.segment_id = attribute(element, "id");
                    unit.segment_draft =
                        attribute(element, "state").is_some_and(|s| is_draft_state(&s));
                    unit.source = None;
                    unit.target = None;
                }
            }
            "source" | "target" if self.unit.is_some() => {
                let is_target = name == "target";
                let draft = attribute(element, "state").is_some_and(|s| is_draft_state(&s));
                self.capture = Some(Capture {
                    is_target,
                    draft,
                    text: TextBuilder::default(),
                    depth,
                    skip_from: None,
                });
            }
            _ => {}
        }
    }

    fn end(&mut self) {
        let depth = self.open.len();
        let Some(open) = self.open.pop() else {
            return;
        };
        if let Some(capture) = &mut self.capture {
            if capture.skip_from == Some(depth) {
                capture.skip_from = None;
            }
            if capture.depth == depth
                && let Some(capture) = self.capture.take()
                && let Some(unit) = &mut self.unit
            {
                let text = capture.text.finish();
                if capture.is_target {
                    unit.target = Some((text, capture.draft));
                } else {
                    unit.source = Some(text);
                }
            }
            return;
        }
        match open.name.as_str() {
            "segment" => self.emit(),
            "trans-unit" => {
                self.emit();
                self.unit = None;
            }
            "unit" => self.unit = None,
            _ => {}
        }
    }

    /// Turns the unit's source and target into a segment, when it has both
    /// and is to be checked.
    fn emit(&mut self) {
        let Some(unit) = &mut self.unit else {
            return;
        };
        let (Some(source), Some((target, target_draft))) = (unit.source.take(), unit.target.take())
        else {
            return;
        };
        self.targets += 1;
        let draft = target_draft || unit.segment_draft;
        if unit.untranslatable || (draft && !self.options.include_fuzzy) {
            return;
        }
        let id = match &unit.segment_id {
            Some(segment) => format!("{}/{segment}", unit.id),
            None => unit.id.clone(),
        };
        self.segments.push(Segment {
            id,
            variant: None,
            source,
            target,
        });
    }

    fn text(&mut self, text: &str, at: usize) {
        if let Some(capture) = &mut self.capture
            && capture.skip_from.is_none()
        {
            capture.text.literal(text, at);
        }
    }

    fn decoded(&mut self, c: char, at: usize) {
        if let Some(capture) = &mut self.capture
            && capture.skip_from.is_none()
        {
            capture.text.run(c.encode_utf8(&mut [0; 4]), at);
        }
    }
}
