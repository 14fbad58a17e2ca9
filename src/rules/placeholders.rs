//! The `placeholder-mismatch` rule: the placeholders of a source text
//! (printf `%s` `%1$d` `%(name)s`, braces `{name}` `{{var}}`, ICU arguments,
//! XLIFF inline codes) are all in its target, with the same type, and the
//! target has none the source lacks. Positional printf conversions may be
//! reordered; a singular plural form may drop the integer count, as msgfmt
//! allows. Readers mark each placeholder as one
//! [`PLACEHOLDER`](crate::documents::PLACEHOLDER); this module reads its
//! text back from the file.

use std::ops::Range;

use super::Rule;
use crate::diagnostic::Severity;
use crate::documents::{PLACEHOLDER, Segment, SegmentText};

/// A placeholder on one side only, or with a changed type.
pub const PLACEHOLDER_MISMATCH: Rule = Rule {
    id: "placeholder-mismatch",
    default_severity: Severity::Error,
    summary: "rule-placeholder-mismatch-summary",
    doc: "rule-placeholder-mismatch-doc",
};

/// A placeholder as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// Byte range in the segment text (its [`PLACEHOLDER`]).
    pub range: Range<usize>,
    /// The placeholder as written.
    pub written: String,
    /// What identifies it (the argument: position, name, or order).
    slot: String,
    /// Its conversion type (`s`, `d`…), empty when it has none.
    kind: String,
    /// The arguments its `*` width or precision take before it.
    stars: usize,
}

/// What differs between the placeholders of a pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceholderMismatch {
    /// A source placeholder the target lacks (written as in the source).
    Missing(String),
    /// A target placeholder the source lacks.
    Added(Placeholder),
    /// The same argument with another type: the source's, then the target's.
    Changed(String, Placeholder),
}

/// The placeholders of a text, read back from `file`, the text it maps to.
pub fn placeholders(text: &SegmentText, file: &str) -> Vec<Placeholder> {
    let width = PLACEHOLDER.len_utf8();
    text.text
        .match_indices(PLACEHOLDER)
        .map(|(at, _)| {
            let start = text.file_offset(at);
            let end = text.file_end(at + width, file);
            let written = file.get(start..end).unwrap_or_default().to_owned();
            let (slot, kind, stars) = identify(&written);
            Placeholder {
                range: at..at + width,
                written,
                slot,
                kind,
                stars,
            }
        })
        .collect()
}

/// Gives unnumbered printf conversions their position (`%s %d` =
/// `%1$s %2$d`), so that a translation may number and reorder them. Only
/// done when a side numbers its conversions: else they are compared by type,
/// which tolerates a conversion left unmarked on one side.
fn number_in_order(placeholders: &mut [Placeholder]) {
    let mut position = 0;
    for placeholder in placeholders {
        if placeholder.slot == "%" {
            position += placeholder.stars + 1;
            placeholder.slot = format!("%{position}$");
        }
    }
}

/// The argument, type and number of `*` arguments of a printf conversion
/// (`rest` follows the `%`): `%1$s` is argument 1 of type `s`, `%(n)d`
/// argument `n` of type `d`, `%-17s` the next argument; the length (`l`,
/// `ll`, `z`…) is no part of the type.
fn printf(rest: &str) -> (String, String, usize) {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (slot, mut spec) = if digits > 0 && rest[digits..].starts_with('$') {
        (format!("%{}$", &rest[..digits]), &rest[digits + 1..])
    } else if let Some((name, after)) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        (format!("%({name})"), after)
    } else {
        ("%".to_owned(), rest)
    };
    let stars = spec.matches('*').count();
    spec = spec.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | '+' | ' ' | '#' | '\'' | '.' | '*' | '$')
    });
    spec = spec.trim_start_matches(['h', 'l', 'L', 'q', 'j', 'z', 't']);
    let kind = if spec.starts_with('<') {
        // A C macro such as `%<PRIu64>`.
        spec.split_inclusive('>').next().unwrap_or(spec).to_owned()
    } else {
        match spec.chars().next() {
            Some('i') => "d".to_owned(),
            Some(c) => c.to_string(),
            None => String::new(),
        }
    };
    (slot, kind, stars)
}

/// The argument and type of a placeholder as written.
fn identify(written: &str) -> (String, String, usize) {
    if let Some(rest) = written.strip_prefix('%') {
        return printf(rest);
    }
    let trimmed = written.trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace());
    if written.starts_with('{') {
        // `{name}`, `{{ name }}`, `{count, plural, …}`, `{0:.2f}`.
        let name = trimmed
            .split([',', ':', '!'])
            .next()
            .unwrap_or(trimmed)
            .trim();
        return (format!("{{{name}}}"), String::new(), 0);
    }
    // Inline codes and anything else: as written, spaces normalised.
    (
        written.split_whitespace().collect::<Vec<_>>().join(" "),
        String::new(),
        0,
    )
}

/// The same type, or a type unknown on one side (a conversion the reader
/// marked without its type, such as GCC's `%q` before `s`).
fn same_kind(a: &Placeholder, b: &Placeholder) -> bool {
    a.kind == b.kind || a.kind.is_empty() || b.kind.is_empty()
}

fn is_count(placeholder: &Placeholder) -> bool {
    placeholder.slot.starts_with('%') && matches!(placeholder.kind.as_str(), "d" | "u")
}

/// The placeholder mismatches of a segment pair whose sides map to
/// `source_file` and `target_file`.
pub fn mismatches(
    segment: &Segment,
    source_file: &str,
    target_file: &str,
) -> Vec<PlaceholderMismatch> {
    let mut source = placeholders(&segment.source, source_file);
    let mut target = placeholders(&segment.target, target_file);
    let numbered = |side: &[Placeholder]| side.iter().any(|p| p.slot.ends_with('$'));
    if numbered(&source) || numbered(&target) {
        number_in_order(&mut source);
        number_in_order(&mut target);
    }
    if segment.target.text.trim().is_empty() {
        return Vec::new();
    }
    let singular = matches!(segment.variant.as_deref(), Some("one" | "msgstr[0]"));
    let mut missing = Vec::new();
    for placeholder in source {
        let same = target
            .iter()
            .position(|t| t.slot == placeholder.slot && same_kind(t, &placeholder));
        match same {
            Some(position) => {
                target.remove(position);
            }
            None if singular && is_count(&placeholder) => {}
            // Written in the target but not marked there (a reader guessing
            // the syntax may mark `%s` on one side only).
            None if segment.target.text.contains(&placeholder.written) => {}
            None => missing.push(placeholder),
        }
    }
    let mut found = Vec::new();
    for placeholder in target {
        let changed = missing.iter().position(|m| m.slot == placeholder.slot);
        match changed {
            Some(position) => {
                let source = missing.remove(position);
                found.push(PlaceholderMismatch::Changed(source.written, placeholder));
            }
            None if segment.source.text.contains(&placeholder.written) => {}
            None => found.push(PlaceholderMismatch::Added(placeholder)),
        }
    }
    let mut all: Vec<PlaceholderMismatch> = missing
        .into_iter()
        .map(|m| PlaceholderMismatch::Missing(m.written))
        .collect();
    all.extend(found);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A segment whose sides are `source` and `target` with each
    /// placeholder (in `{…}` or `%…` form, as listed) replaced.
    fn side(written: &str, marked: &[&str]) -> SegmentText {
        let mut text = String::new();
        let mut offsets = Vec::new();
        let mut rest = written;
        let mut file_at = 0;
        for placeholder in marked {
            let at = rest.find(placeholder).unwrap();
            offsets.push((text.len(), file_at));
            text.push_str(&rest[..at]);
            offsets.push((text.len(), file_at + at));
            text.push(PLACEHOLDER);
            file_at += at + placeholder.len();
            rest = &rest[at + placeholder.len()..];
        }
        offsets.push((text.len(), file_at));
        text.push_str(rest);
        SegmentText {
            text,
            offsets,
            ..SegmentText::default()
        }
    }

    /// A text as written and the placeholders it holds.
    type Side<'a> = (&'a str, &'a [&'a str]);

    fn check(source: Side, target: Side, variant: Option<&str>) -> usize {
        let segment = Segment {
            id: "id".to_owned(),
            variant: variant.map(str::to_owned),
            source: side(source.0, source.1),
            target: side(target.0, target.1),
        };
        mismatches(&segment, source.0, target.0).len()
    }

    #[test]
    fn equivalent_placeholders_match() {
        let same: [(Side, Side); 8] = [
            (("%s of %d", &["%s", "%d"]), ("%s sur %d", &["%s", "%d"])),
            (
                ("%1$s by %2$s", &["%1$s", "%2$s"]),
                ("%2$s : %1$s", &["%2$s", "%1$s"]),
            ),
            (
                ("%s by %d", &["%s", "%d"]),
                ("%2$d : %1$s", &["%2$d", "%1$s"]),
            ),
            (
                ("%dkB at %.*s", &["%d", "%.*s"]),
                ("%1$d Ko à %3$.*2$s", &["%1$d", "%3$.*2$s"]),
            ),
            (
                ("%-17s %lu", &["%-17s", "%lu"]),
                ("%-17s %lu", &["%-17s", "%lu"]),
            ),
            (
                ("%(name)s left", &["%(name)s"]),
                ("%(name)s est parti", &["%(name)s"]),
            ),
            (
                ("Hi {{name}}", &["{{name}}"]),
                ("Bonjour {{ name }}", &["{{ name }}"]),
            ),
            (
                ("{count, plural, one {#}}", &["{count, plural, one {#}}"]),
                ("{count}", &["{count}"]),
            ),
        ];
        for (source, target) in same {
            assert_eq!(check(source, target, None), 0, "{source:?} / {target:?}");
        }
    }

    #[test]
    fn dropped_added_and_changed_placeholders_are_reported() {
        assert_eq!(check(("%s files", &["%s"]), ("fichiers", &[]), None), 1);
        // Marked on one side only, but written on both: not a mismatch.
        assert_eq!(
            check(("%sRead %d", &["%d"]), ("%s lu %d", &["%s", "%d"]), None),
            0
        );
        assert_eq!(check(("files", &[]), ("%s fichiers", &["%s"]), None), 1);
        let changed = Segment {
            id: "id".to_owned(),
            variant: None,
            source: side("%s files", &["%s"]),
            target: side("%d fichiers", &["%d"]),
        };
        let found = mismatches(&changed, "%s files", "%d fichiers");
        assert!(
            matches!(&found[..], [PlaceholderMismatch::Changed(s, t)] if s == "%s" && t.written == "%d")
        );
        assert_eq!(
            check(
                ("{name} left", &["{name}"]),
                ("{nom} est parti", &["{nom}"]),
                None
            ),
            2
        );
        assert_eq!(
            check(
                ("<ph id=\"1\"/> ok", &["<ph id=\"1\"/>"]),
                ("ok", &[]),
                None
            ),
            1
        );
    }

    #[test]
    fn the_singular_form_may_drop_the_count() {
        assert_eq!(
            check(("%d file", &["%d"]), ("un fichier", &[]), Some("msgstr[0]")),
            0
        );
        assert_eq!(
            check(("%d file", &["%d"]), ("un fichier", &[]), Some("msgstr[1]")),
            1
        );
        assert_eq!(
            check(("%s file", &["%s"]), ("un fichier", &[]), Some("msgstr[0]")),
            1
        );
    }
}
