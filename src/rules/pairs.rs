//! The rules that compare the two sides of each segment pair beyond terms:
//! [`numbers`](super::numbers) and [`placeholders`](super::placeholders).
//! This module turns their mismatches into located findings.

use std::ops::Range;
use std::sync::Arc;

use super::numbers::{self, NUMBER_MISMATCH, NumberMismatch};
use super::placeholders::{self, PLACEHOLDER_MISMATCH, PlaceholderMismatch};
use super::{Rule, RuleSettings};
use crate::documents::{Document, Format, Segment};
use crate::findings::{Finding, display_text};
use crate::i18n::Message;
use crate::msg;

/// The number and placeholder findings of a document. Placeholders are
/// compared in XLIFF and JSON strings, where they are marked up; Fluent
/// variables are left to the structural rules (`unknown-variable`,
/// `dropped-variable`), and PO to `msgfmt -c`: most real catalogues declare
/// no format, and placeholders guessed on each side were wrong nine times in
/// ten on real Debian catalogues.
pub fn check_document(document: &Document, settings: &RuleSettings) -> Vec<Finding> {
    let numbers_on = settings.severity(&NUMBER_MISMATCH).is_some();
    // Placeholders are those of interface strings; code in prose documents
    // (Markdown code spans) may be translated or dropped.
    let placeholders_on = settings.severity(&PLACEHOLDER_MISMATCH).is_some()
        && matches!(document.format, Format::Xliff | Format::Json);
    if !numbers_on && !placeholders_on {
        return Vec::new();
    }
    let source_file = document.source.as_ref().unwrap_or(&document.target);
    let mut findings = Vec::new();
    for segment in &document.segments {
        let mut found: Vec<(&Rule, Option<Range<usize>>, String, Message)> = Vec::new();
        if numbers_on {
            found.extend(numbers::mismatches(segment).into_iter().map(|m| match m {
                NumberMismatch::Missing(number) => (
                    &NUMBER_MISMATCH,
                    None,
                    number.clone(),
                    msg!("documents-number-missing", number = number),
                ),
                NumberMismatch::Added(number) => (
                    &NUMBER_MISMATCH,
                    Some(number.range),
                    number.written.clone(),
                    msg!("documents-number-added", number = number.written),
                ),
            }));
        }
        if placeholders_on {
            let mismatches =
                placeholders::mismatches(segment, &source_file.text, &document.target.text);
            found.extend(mismatches.into_iter().map(|m| match m {
                PlaceholderMismatch::Missing(written) => (
                    &PLACEHOLDER_MISMATCH,
                    None,
                    written.clone(),
                    msg!("documents-placeholder-missing", placeholder = written),
                ),
                PlaceholderMismatch::Added(placeholder) => (
                    &PLACEHOLDER_MISMATCH,
                    Some(placeholder.range),
                    placeholder.written.clone(),
                    msg!(
                        "documents-placeholder-added",
                        placeholder = placeholder.written
                    ),
                ),
                PlaceholderMismatch::Changed(source, placeholder) => (
                    &PLACEHOLDER_MISMATCH,
                    Some(placeholder.range),
                    placeholder.written.clone(),
                    msg!(
                        "documents-placeholder-changed",
                        source = source,
                        placeholder = placeholder.written
                    ),
                ),
            }));
        }
        if found.is_empty() {
            continue;
        }
        let source = Arc::<str>::from(display_text(&segment.source, source_file));
        let target = Arc::<str>::from(display_text(&segment.target, &document.target));
        for (rule, range, written, message) in found {
            let Some(severity) = settings.severity(rule) else {
                continue;
            };
            let span = file_span(document, segment, range);
            let file = &document.target;
            let (line, column) = file.line_column(span.start);
            let (end_line, end_column) = file.line_column(span.end);
            findings.push(Finding {
                rule: rule.id,
                term: String::new(),
                severity,
                path: file.path.clone(),
                line,
                column,
                end_line,
                end_column,
                segment: segment.id.clone(),
                variant: segment.variant.clone(),
                source: Arc::clone(&source),
                target: Arc::clone(&target),
                found: Some(written),
                approved: Vec::new(),
                replacement: None,
                fix: None,
                near_miss: None,
                candidates: Vec::new(),
                message,
                file: Arc::clone(file),
                span,
            });
        }
    }
    findings
}

/// The file span of a target text range, or the start of the target when
/// the finding is about something the target lacks.
fn file_span(document: &Document, segment: &Segment, range: Option<Range<usize>>) -> Range<usize> {
    let target = &segment.target;
    match range {
        Some(range) => {
            target.file_offset(range.start)..target.file_end(range.end, &document.target.text)
        }
        None => {
            let start = target.file_offset(0);
            start..start
        }
    }
}
