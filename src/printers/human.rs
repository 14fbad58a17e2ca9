//! The human format of `gloss check`: each finding as an annotated snippet
//! of the target line (rustc-style), the source text and the approved forms
//! beside it, the fix as a small word diff, and a summary line.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, renderer::DecorStyle};
use anstyle::{AnsiColor, Effects, Style};
use similar::{Algorithm, ChangeTag};

use super::{InputProblem, Printer};
use crate::checker::FileReport;
use crate::diagnostic::Severity;
use crate::findings::{Edit, Finding, Summary};
use crate::i18n::Localizer;
use crate::msg;
use crate::rules::{FORBIDDEN_TERM, MISSING_TERM};

/// Lines of a multi-line span shown at most.
const MAX_LINES: usize = 4;

/// Characters of a source text shown in a note at most: a longer text (a
/// whole document in one message) is cut, so that each finding's note stays
/// readable and the output grows with the number of findings alone.
const NOTE_MAX_CHARS: usize = 500;

/// `text`, cut after [`NOTE_MAX_CHARS`] characters with an ellipsis.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(NOTE_MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// One finding, with ANSI styles (the output stream strips them when colour is off).
pub fn render(finding: &Finding, localizer: &Localizer) -> String {
    render_styled(finding, false, localizer, true)
}

/// One finding, with ANSI styles or without (`color`). `approved_missing`:
/// a missing-term finding on the same span was folded into this
/// forbidden-term one, and a note says so.
fn render_styled(
    finding: &Finding,
    approved_missing: bool,
    localizer: &Localizer,
    color: bool,
) -> String {
    let text = &finding.file.text;
    let (window, local, first_line) = window(finding);
    let label = label(finding).map_or_else(String::new, |label| localizer.message(&label));
    let title = localizer.message(&finding.message);
    let source_note = (!finding.source.is_empty()).then(|| {
        localizer.message(&msg!(
            "check-note-source",
            text = shortened(&finding.source)
        ))
    });
    let approved_note = (!finding.approved.is_empty()).then(|| {
        localizer.message(&msg!(
            "check-note-approved",
            forms = finding.approved.join(", ")
        ))
    });
    let help = help(finding).map(|message| localizer.message(&message));
    let path = finding.file.path.display().to_string();
    let mut group = Group::with_title(
        level(finding.severity, localizer)
            .primary_title(title)
            .id(finding.rule)
            .footnote(localizer.before_colon()),
    );
    // A file that does not exist (missing-file) has no line to show.
    if !text.is_empty() {
        group = group.element(
            Snippet::source(&text[window.clone()])
                .line_start(first_line)
                .path(path)
                .annotation(AnnotationKind::Primary.span(local).label(label)),
        );
    }
    let paragraph_note = finding.file.paragraphs.then(|| {
        localizer.message(&msg!(
            "documents-note-paragraph",
            paragraph = finding.line,
            column = finding.column
        ))
    });
    let missing_note = approved_missing.then(|| {
        localizer.message(&msg!(
            "ci-note-approved-missing",
            approved = finding.approved.first().cloned().unwrap_or_default()
        ))
    });
    for note in [paragraph_note, source_note, approved_note, missing_note]
        .into_iter()
        .flatten()
    {
        group = group.element(note_level(localizer).message(note));
    }
    if let Some(help) = help {
        group = group.element(
            Level::HELP
                .with_name(localizer.label("level-help"))
                .message(help),
        );
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = renderer.decor_style(DecorStyle::Unicode).render(&[group]);
    out.push('\n');
    if let Some(fix) = &finding.fix {
        out.push_str(&diff(finding, fix, color));
    }
    out.push('\n');
    out
}

/// The summary line: `N findings in M segments of K files`.
pub fn summary(summary: &Summary, localizer: &Localizer) -> String {
    localizer.message(&msg!(
        "check-summary",
        findings = summary.findings,
        segments = summary.segments,
        files = summary.files
    ))
}

/// Prints findings as annotated snippets, then the summary line.
pub struct HumanPrinter<'l> {
    localizer: &'l Localizer,
    color: bool,
    quiet: bool,
}

impl<'l> HumanPrinter<'l> {
    /// A printer in the language of `localizer`, with ANSI styles.
    pub fn new(localizer: &'l Localizer) -> Self {
        HumanPrinter {
            localizer,
            color: true,
            quiet: false,
        }
    }

    /// A printer of the summary line alone, and of nothing when there is
    /// no finding (`--quiet`).
    pub fn quiet(localizer: &'l Localizer) -> Self {
        HumanPrinter {
            quiet: true,
            ..Self::new(localizer)
        }
    }

    /// The same printer, without ANSI styles when `color` is false (then
    /// the output needs no stripping and goes to a plain buffered stream).
    pub fn colored(self, color: bool) -> Self {
        HumanPrinter { color, ..self }
    }
}

impl Printer for HumanPrinter<'_> {
    fn begin(&self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn files(&self, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        for report in reports {
            let findings = &report.findings;
            let forbidden = places(findings, FORBIDDEN_TERM.id);
            let missing = places(findings, MISSING_TERM.id);
            for finding in findings {
                let place = (finding.term.as_str(), finding.span.start, finding.span.end);
                // A missing-term finding whose span a forbidden form of the
                // same term fills: people see one diagnostic, the
                // forbidden-term one, with a note.
                if finding.rule == MISSING_TERM.id && forbidden.contains(&place) {
                    continue;
                }
                let approved_missing =
                    finding.rule == FORBIDDEN_TERM.id && missing.contains(&place);
                let text = render_styled(finding, approved_missing, self.localizer, self.color);
                out.write_all(text.as_bytes())?;
            }
        }
        Ok(())
    }

    fn finish(&self, summary: &Summary, _: &[InputProblem], out: &mut dyn Write) -> io::Result<()> {
        if self.quiet && summary.findings == 0 {
            return Ok(());
        }
        writeln!(out, "{}", self::summary(summary, self.localizer))
    }
}

/// The term and span of each finding of `rule` (one file's findings).
fn places<'f>(findings: &'f [Finding], rule: &str) -> HashSet<(&'f str, usize, usize)> {
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| (f.term.as_str(), f.span.start, f.span.end))
        .collect()
}

fn level(severity: Severity, localizer: &Localizer) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR.with_name(localizer.plain("level-error")),
        Severity::Warning => Level::WARNING.with_name(localizer.plain("level-warning")),
        Severity::Info => Level::INFO.with_name(localizer.plain("level-info")),
    }
}

fn note_level(localizer: &Localizer) -> Level<'static> {
    Level::NOTE.with_name(localizer.label("level-note"))
}

/// The label under the span, for the term rules; structural findings say it
/// all in their title.
fn label(finding: &Finding) -> Option<crate::i18n::Message> {
    if ![MISSING_TERM.id, FORBIDDEN_TERM.id].contains(&finding.rule) {
        return None;
    }
    let approved = finding.approved.first().cloned().unwrap_or_default();
    Some(match (&finding.near_miss, &finding.found) {
        (Some(near), _) => msg!("check-label-near-miss", approved = near.as_str()),
        (None, Some(_)) => msg!("check-label-forbidden"),
        (None, None) => msg!("check-label-missing", approved = approved),
    })
}

fn help(finding: &Finding) -> Option<crate::i18n::Message> {
    if let Some(replacement) = &finding.replacement {
        // Without an edit there is no before/after to show under the help.
        let replacement = replacement.as_str();
        return Some(if finding.fix.is_some() {
            msg!("check-help-replace", replacement = replacement)
        } else {
            msg!("check-help-replace-by-hand", replacement = replacement)
        });
    }
    let near = finding.near_miss.as_ref()?;
    Some(msg!(
        "check-help-near-miss",
        found = finding.found.clone().unwrap_or_default(),
        approved = near.as_str()
    ))
}

/// The lines around the span (at most [`MAX_LINES`]), the span relative to
/// them, and the first line's number.
fn window(finding: &Finding) -> (Range<usize>, Range<usize>, usize) {
    let text = &finding.file.text;
    let lines = finding.file.lines();
    let start = floor_char(text, finding.span.start.min(text.len()));
    let end = floor_char(text, finding.span.end.clamp(start, text.len()));
    let (first_line, _) = finding.file.line_column(start);
    let (last_line, _) = finding.file.line_column(end.saturating_sub(1).max(start));
    let window_start = lines.line_range(text, first_line).start;
    let window_end = lines
        .line_range(text, last_line.min(first_line + MAX_LINES - 1))
        .end
        .max(start);
    let local_end = end.min(window_end) - window_start;
    let local_start = start - window_start;
    let local = if local_end > local_start {
        local_start..local_end
    } else {
        let next = text[start..].chars().next().map_or(0, char::len_utf8);
        local_start..(local_start + next).min(window_end - window_start)
    };
    (window_start..window_end, local, first_line)
}

fn floor_char(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Characters of context kept on each side of a replacement in the diff.
const DIFF_CONTEXT: usize = 40;

/// The target line around the span, before and after the replacement,
/// changed words marked; long lines are cut to the words near the change.
fn diff(finding: &Finding, fix: &Edit, color: bool) -> String {
    let text = &finding.file.text;
    let lines = finding.file.lines();
    // A span over several lines (a PO string continued on the next line)
    // shows all of them.
    let first = lines.line_range(text, fix.line);
    let last = lines.line_range(text, fix.end_line);
    if fix.span.start < first.start
        || fix.span.end > last.end
        || fix.end_line >= fix.line + MAX_LINES
    {
        return String::new();
    }
    let before = crop_start(&text[first.start..fix.span.start]);
    let after = crop_end(&text[fix.span.end..last.end]);
    let old = format!("{before}{}{after}", &text[fix.span.clone()]);
    let new = format!("{before}{}{after}", fix.text);
    let changes =
        similar::utils::diff_unicode_words(Algorithm::Patience, old.as_str(), new.as_str());
    let styled = |style: Style| if color { style } else { Style::new() };
    let removed = styled(Style::new().fg_color(Some(AnsiColor::Red.into())));
    let added = styled(Style::new().fg_color(Some(AnsiColor::Green.into())));
    let mut out = String::new();
    for (sign, style, skip) in [
        ('-', removed, ChangeTag::Insert),
        ('+', added, ChangeTag::Delete),
    ] {
        let _ = write!(out, "  {style}{sign} ");
        let next_line = format!("{style:#}\n  {style}{sign} ");
        for (tag, part) in &changes {
            let part = part.replace('\n', &next_line);
            match tag {
                ChangeTag::Equal => {
                    let _ = write!(out, "{part}");
                }
                tag if *tag == skip => {}
                _ => {
                    let strong = styled(style.effects(Effects::BOLD | Effects::UNDERLINE));
                    let _ = write!(out, "{style:#}{strong}{part}{strong:#}{style}");
                }
            }
        }
        let _ = writeln!(out, "{style:#}");
    }
    out
}

/// The end of `text`: its last words within [`DIFF_CONTEXT`] characters.
fn crop_start(text: &str) -> String {
    let count = text.chars().count();
    if count <= DIFF_CONTEXT {
        return text.to_owned();
    }
    let cut = text
        .char_indices()
        .nth(count - DIFF_CONTEXT)
        .map_or(0, |(i, _)| i);
    let cut = text[cut..].find(' ').map_or(cut, |space| cut + space + 1);
    format!("…{}", &text[cut..])
}

/// The start of `text`: its first words within [`DIFF_CONTEXT`] characters.
fn crop_end(text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(DIFF_CONTEXT) else {
        return text.to_owned();
    };
    let cut = text[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", &text[..cut])
}
