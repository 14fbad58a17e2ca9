//! Renders [`Diagnostic`]s rustc-style: the level, the message, the file with
//! line:column, the offending source line underlined, related places and help.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, renderer::DecorStyle};

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::i18n::Localizer;

/// The text of one diagnostic, with ANSI styles (strip them for plain output).
pub fn render(diagnostic: &Diagnostic, localizer: &Localizer) -> String {
    let level = level(diagnostic.severity, localizer);
    let title_text = localizer.message(&diagnostic.message);
    let title = level
        .primary_title(title_text)
        .footnote(localizer.before_colon());
    let mut group = Group::with_title(title);
    if let Some(location) = &diagnostic.location {
        let label = diagnostic.related.is_empty().then(String::new);
        group = group.element(snippet(location, AnnotationKind::Primary, label));
    }
    let related_labels: Vec<String> = diagnostic
        .related
        .iter()
        .map(|(_, message)| localizer.message(message))
        .collect();
    for ((location, _), label) in diagnostic.related.iter().zip(&related_labels) {
        group = group.element(snippet(
            location,
            AnnotationKind::Context,
            Some(label.clone()),
        ));
    }
    let help_text = diagnostic.help.as_ref().map(|help| localizer.message(help));
    if let Some(help) = &help_text {
        group = group.element(
            Level::HELP
                .with_name(localizer.label("level-help"))
                .message(help.clone()),
        );
    }
    let report: Vec<Group<'_>> = vec![group];
    Renderer::styled()
        .decor_style(DecorStyle::Unicode)
        .render(&report)
}

/// The one-line form, for `--format concise` and logs: `path:line:col: level: message`.
pub fn render_concise(diagnostic: &Diagnostic, localizer: &Localizer) -> String {
    let level = localizer.label(level_id(diagnostic.severity));
    let message = localizer.message(&diagnostic.message);
    match &diagnostic.location {
        Some(location) => {
            let (line, column) = location.line_column();
            format!(
                "{}:{line}:{column}: {level}: {message}",
                location.file.path.display()
            )
        }
        None => format!("{level}: {message}"),
    }
}

fn level_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "level-error",
        Severity::Warning => "level-warning",
        Severity::Info => "level-info",
    }
}

fn level(severity: Severity, localizer: &Localizer) -> Level<'static> {
    let base = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    base.with_name(localizer.plain(level_id(severity)))
}

fn snippet(
    location: &Location,
    kind: AnnotationKind,
    label: Option<String>,
) -> Snippet<'_, annotate_snippets::Annotation<'_>> {
    let text = location.file.text.as_str();
    let start = location.span.start.min(text.len());
    let end = location.span.end.clamp(start, text.len());
    let (start, end) = (floor_char(text, start), floor_char(text, end));
    let lines = location.file.lines();
    let (first_line, _) = location.file.line_column(start);
    let (last_line, _) = location.file.line_column(end.saturating_sub(1).max(start));
    let window_start = lines.line_range(text, first_line).start;
    let window_end = lines
        .line_range(text, last_line.min(first_line + 4))
        .end
        .max(window_start);
    let window = &text[window_start..window_end];
    let local = (start - window_start)..(end.min(window_end).max(start) - window_start);
    let local = if local.is_empty() {
        local.start..next_char(window, local.start)
    } else {
        local
    };
    let mut annotation = kind.span(local);
    if let Some(label) = label.filter(|l| !l.is_empty()) {
        annotation = annotation.label(label);
    }
    Snippet::source(window)
        .line_start(first_line)
        .path(location.file.path.display().to_string())
        .annotation(annotation)
}

fn floor_char(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn next_char(text: &str, index: usize) -> usize {
    text[index..]
        .chars()
        .next()
        .map_or(index, |c| index + c.len_utf8())
}
