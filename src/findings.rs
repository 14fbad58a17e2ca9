//! Findings: what the rules report, as data. The fifth stage of the
//! pipeline; printers turn findings into text or JSON.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::documents::{PLACEHOLDER, SegmentText};
use crate::i18n::Message;
use crate::source::SourceFile;

/// Bytes of a segment's text that machine output repeats in each finding:
/// past it the text is cut at a character boundary and ends with `…`, so that
/// a huge message with many findings stays linear in output size.
pub const SEGMENT_TEXT_LIMIT: usize = 2048;

fn serialize_segment_text<S: serde::Serializer>(
    text: &Arc<str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if text.len() <= SEGMENT_TEXT_LIMIT {
        return serializer.serialize_str(text);
    }
    let mut end = SEGMENT_TEXT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    serializer.serialize_str(&format!("{}…", &text[..end]))
}

/// One problem in one segment of a translation.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The rule id (`missing-term`, `forbidden-term`).
    pub rule: &'static str,
    /// The glossary id of the term.
    pub term: String,
    /// Error or warning, after configuration.
    pub severity: Severity,
    /// The file holding the target text.
    pub path: PathBuf,
    /// 1-based line of the start of the target span.
    pub line: usize,
    /// 1-based column (in characters) of the start of the target span.
    pub column: usize,
    /// 1-based line of the end of the target span.
    pub end_line: usize,
    /// 1-based column just after the target span.
    pub end_column: usize,
    /// The Fluent message id or PO msgctxt (else msgid) of the segment.
    pub segment: String,
    /// The select-expression variant or plural form, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The source text of the segment (shared by the segment's findings);
    /// machine output shortens a very long one (see [`SEGMENT_TEXT_LIMIT`]).
    #[serde(serialize_with = "serialize_segment_text")]
    pub source: Arc<str>,
    /// The target text of the segment (shared by the segment's findings),
    /// shortened like `source` in machine output.
    #[serde(serialize_with = "serialize_segment_text")]
    pub target: Arc<str>,
    /// The target text the finding points at (a forbidden form, a near miss).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// The approved forms of the term, the preferred one first.
    pub approved: Vec<String>,
    /// For a forbidden form, the approved form in the same number and letter case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
    /// The edit that applies the replacement (the article before it adapted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Edit>,
    /// For a near miss, the approved spelling the target almost has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_miss: Option<String>,
    /// For a missing term whose source word other concepts share
    /// (homonyms), every one's id, `term` first: the translation may use any
    /// of them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// What is wrong, for people (localised by the printers).
    #[serde(skip)]
    pub message: Message,
    /// The target file, for printers that show the line.
    #[serde(skip)]
    pub file: Arc<SourceFile>,
    /// Byte range of the span in the target file.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Finding {
    /// A problem of an input file (the glossary for `gloss validate`) as a
    /// finding of `rule`, so that the machine formats report it too;
    /// `fallback` is its file when the diagnostic has no place.
    pub fn from_diagnostic(rule: &'static str, diagnostic: &Diagnostic, fallback: &Path) -> Self {
        let (file, span) = match &diagnostic.location {
            Some(location) => (Arc::clone(&location.file), location.span.clone()),
            None => (Arc::new(SourceFile::new(fallback, String::new())), 0..0),
        };
        let (line, column) = file.line_column(span.start);
        let (end_line, end_column) = file.line_column(span.end);
        Finding {
            rule,
            term: String::new(),
            severity: diagnostic.severity,
            path: file.path.clone(),
            line,
            column,
            end_line,
            end_column,
            segment: String::new(),
            variant: None,
            source: Arc::from(""),
            target: Arc::from(""),
            found: None,
            approved: Vec::new(),
            candidates: Vec::new(),
            replacement: None,
            fix: None,
            near_miss: None,
            message: diagnostic.message.clone(),
            file,
            span,
        }
    }

    /// The order findings are printed in: file, position, rule, term.
    pub fn sort_key(&self) -> (&PathBuf, usize, usize, &str, &str) {
        (
            &self.path,
            self.span.start,
            self.span.end,
            self.rule,
            &self.term,
        )
    }

    /// What the finding is about, not where it is: rule, term, file (with
    /// `/` separators), segment id and variant, the found text and the
    /// target text with its whitespace collapsed. Moving the segment to
    /// another line or editing other segments keeps it.
    fn identity(&self) -> String {
        let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        [
            self.rule,
            &self.term,
            &self.path.to_string_lossy().replace('\\', "/"),
            &self.segment,
            self.variant.as_deref().unwrap_or(""),
            &collapse(self.found.as_deref().unwrap_or("")),
            &collapse(&self.target),
        ]
        .join("\0")
    }
}

/// Stable fingerprints of findings (16 hex digits of a hash of what each is
/// about, see [`Finding::identity`]); the n-th repeat of the same identity
/// gets `-n`, so fingerprints are unique within the slice.
pub fn fingerprints(findings: &[Finding]) -> Vec<String> {
    let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    findings
        .iter()
        .map(|finding| {
            let hash = xxhash_rust::xxh3::xxh3_64(finding.identity().as_bytes());
            let count = seen.entry(hash).or_insert(0);
            *count += 1;
            match *count {
                1 => format!("{hash:016x}"),
                n => format!("{hash:016x}-{n}"),
            }
        })
        .collect()
}

/// A text edit in the target file, located like a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// 1-based line of the first byte replaced.
    pub line: usize,
    /// 1-based column of the first byte replaced.
    pub column: usize,
    /// 1-based line of the end of the replaced text.
    pub end_line: usize,
    /// 1-based column just after the replaced text.
    pub end_column: usize,
    /// The new text.
    pub text: String,
    /// Byte range replaced in the file.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// Counts for the summary line and the JSON summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Number of findings.
    pub findings: usize,
    /// Findings at error severity.
    pub errors: usize,
    /// Findings at warning severity.
    pub warnings: usize,
    /// Segments with at least one finding.
    pub segments_with_findings: usize,
    /// Segments checked.
    pub segments: usize,
    /// Files with at least one finding.
    pub files_with_findings: usize,
    /// Target files checked.
    pub files: usize,
}

impl Summary {
    /// Counts the findings of one target file of `segments` segments.
    pub fn add_file(&mut self, segments: usize, findings: &[Finding]) {
        let mut segment_keys: Vec<(&str, Option<&str>)> = findings
            .iter()
            .map(|f| (f.segment.as_str(), f.variant.as_deref()))
            .collect();
        segment_keys.sort_unstable();
        segment_keys.dedup();
        self.add_findings(findings);
        self.segments_with_findings += segment_keys.len();
        self.segments += segments;
        self.files_with_findings += usize::from(!findings.is_empty());
        self.files += 1;
    }

    /// Counts findings that belong to no checked file (a missing file).
    pub fn add_findings(&mut self, findings: &[Finding]) {
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
        self.findings += findings.len();
        self.errors += count(Severity::Error);
        self.warnings += count(Severity::Warning);
    }
}

/// A segment text as the user wrote it: each placeable shown by its source
/// in the file (`{ $count }`, `%s`) when it can be found, else `…`.
pub fn display_text(text: &SegmentText, file: &SourceFile) -> String {
    let mut out = String::with_capacity(text.text.len());
    for (offset, c) in text.text.char_indices() {
        if c != PLACEHOLDER {
            out.push(c);
            continue;
        }
        let mut start = text.file_offset(offset);
        let end = text.file_offset(offset + c.len_utf8());
        // A Fluent placeable may be mapped to its expression: take its brace.
        if let Some(before) = file.text.get(..start)
            && before.trim_end().ends_with('{')
        {
            start = before.trim_end().len() - 1;
        }
        let original = file
            .text
            .get(start..end)
            .map(str::trim_end)
            .filter(|s| s.starts_with(['{', '%']) && !s.contains('\n'));
        out.push_str(original.unwrap_or("…"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeables_are_shown_as_written() {
        let file = SourceFile::new("x.ftl", "m = { $n } cells\n".to_owned());
        let text = SegmentText {
            text: format!("{PLACEHOLDER} cells"),
            term_refs: Vec::new(),
            offsets: vec![(0, 4), (3, 10)],
        };
        assert_eq!(display_text(&text, &file), "{ $n } cells");
        let inner = SegmentText {
            offsets: vec![(0, 6), (3, 10)],
            ..text.clone()
        };
        assert_eq!(display_text(&inner, &file), "{ $n } cells");
        let unmapped = SegmentText {
            offsets: vec![(0, 0)],
            ..text
        };
        assert_eq!(display_text(&unmapped, &file), "… cells");
    }
}
