//! Fixes: the replacements that findings carry, put into the files. Edits
//! are made on byte spans of the text the findings point into, never by
//! writing the document again, so every byte outside a fix's span stays as
//! it was; the file keeps its BOM, line endings and encoding, and is
//! replaced atomically.
//!
//! Overlapping fixes are applied once, deterministically, as ruff does: the
//! edits are sorted by position, an edit that overlaps one already taken is
//! skipped, and the caller checks again and repeats until nothing changes.

use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

use crate::documents::{Format, po};
use crate::edit::atomic::resolve;
use crate::edit::{ReadOnly, write_atomic};
use crate::findings::{Edit, Finding};

/// Which findings to fix: all when a list is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Rule ids (`--rule`).
    pub rules: Vec<String>,
    /// Glossary term ids (`--term`).
    pub terms: Vec<String>,
}

impl Filter {
    /// Whether the filter lets `finding` be fixed.
    pub fn accepts(&self, finding: &Finding) -> bool {
        let listed =
            |list: &[String], value: &str| list.is_empty() || list.iter().any(|v| v == value);
        listed(&self.rules, finding.rule) && listed(&self.terms, &finding.term)
    }
}

/// The edits to make in one file for `findings` (all of that file): the
/// fixes of the findings `filter` accepts that change something and can be
/// made on plain text, by position, without overlaps.
pub fn plan(findings: &[Finding], filter: &Filter) -> Vec<Edit> {
    let mut edits: Vec<Edit> = findings
        .iter()
        .filter(|finding| filter.accepts(finding))
        .filter_map(|finding| {
            let edit = finding.fix.as_ref()?;
            applicable(&finding.file.text, edit).then(|| edit.clone())
        })
        .collect();
    edits.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.text).cmp(&(b.span.start, b.span.end, &b.text))
    });
    let mut taken: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match taken.last() {
            Some(last) if *last == edit => {}
            Some(last) if edit.span.start < last.span.end || edit.span == last.span => {}
            _ => taken.push(edit),
        }
    }
    taken
}

/// Characters that a format gives a meaning to (escapes, quotes,
/// placeables, line breaks): a fix whose span or text holds one is not made,
/// since the span would not be the text itself.
const SPECIAL: [char; 9] = ['\\', '"', '{', '}', '\n', '\r', '&', '<', '>'];

/// Whether `edit` replaces plain text of `text` by plain text, and changes it.
fn applicable(text: &str, edit: &Edit) -> bool {
    let Some(old) = text.get(edit.span.clone()) else {
        return false;
    };
    old != edit.text && !old.contains(SPECIAL) && !edit.text.contains(SPECIAL)
}

/// `text` with `edits` made (sorted, not overlapping, as [`plan`] gives them).
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.span.start]);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Why a fixed file could not be written; the file is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file is not the one that was checked any more.
    #[error("{path}: the file changed since it was read")]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// The fixed text has characters the file's encoding cannot hold, or
    /// the file does not read back to its own bytes.
    #[error("{path}: the fixed text cannot be written in {encoding}")]
    Encoding {
        /// The file.
        path: PathBuf,
        /// The encoding's name.
        encoding: &'static str,
    },
    /// The file could not be read again.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The atomic write refused (a read-only file) or failed.
    #[error(transparent)]
    Write(#[from] crate::edit::WriteError),
}

/// Whether fixes are made in files of `format`: those whose text is the
/// file's own text (not extracted from markup or an archive).
pub fn fixable(format: Format) -> bool {
    matches!(
        format,
        Format::Fluent | Format::Po | Format::Markdown | Format::Text
    )
}

/// Replaces the file at `path` (a symbolic link is followed to its target),
/// whose text was `old`, by `new` in the same encoding and with the same
/// BOM, atomically. A read-only file is refused unless `read_only` says
/// to force it.
pub fn write(
    path: &Path,
    format: Format,
    old: &str,
    new: &str,
    read_only: ReadOnly,
) -> Result<(), WriteError> {
    let target = resolve(path);
    let bytes = std::fs::read(&target).map_err(|source| WriteError::Read {
        path: target.clone(),
        source,
    })?;
    let bom: &[u8] = if bytes.starts_with(BOM) { BOM } else { &[] };
    let body = &bytes[bom.len()..];
    let encoding = match format {
        Format::Po => po::encoding(body),
        _ => encoding_rs::UTF_8,
    };
    let (decoded, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors || decoded != old {
        return Err(WriteError::Changed { path: target });
    }
    let encoded = encode(encoding, new)
        .filter(|_| encode(encoding, old).as_deref() == Some(body))
        .ok_or(WriteError::Encoding {
            path: target.clone(),
            encoding: encoding.name(),
        })?;
    let mut out = Vec::with_capacity(bom.len() + encoded.len());
    out.extend_from_slice(bom);
    out.extend_from_slice(&encoded);
    write_atomic(&target, &out, read_only)?;
    Ok(())
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `text` in `encoding`, or `None` when a character has no place in it.
fn encode(encoding: &'static Encoding, text: &str) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = encoding.encode(text);
    (!unmappable).then(|| bytes.into_owned())
}

/// A unified diff of `old` and `new`, both sides named `path`; empty when
/// they are equal.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let name = path.to_string_lossy().replace('\\', "/");
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(span: std::ops::Range<usize>, text: &str) -> Edit {
        Edit {
            line: 1,
            column: span.start + 1,
            end_line: 1,
            end_column: span.end + 1,
            text: text.to_owned(),
            span,
        }
    }

    #[test]
    fn edits_change_only_their_spans() {
        let text = "Sa sécurité, sa sécurité.\r\n";
        let second = text.rfind("sa").unwrap();
        let edits = [
            edit(0..second - 2, "Son innocuité"),
            edit(second..text.len() - 3, "son innocuité"),
        ];
        assert_eq!(apply(text, &edits), "Son innocuité, son innocuité.\r\n");
        assert_eq!(apply(text, &[]), text);
    }

    #[test]
    fn special_characters_and_no_ops_are_not_fixed() {
        assert!(applicable("a b", &edit(0..1, "c")));
        assert!(!applicable("a b", &edit(0..1, "a")));
        assert!(!applicable("a\\\"b", &edit(0..4, "c")));
        assert!(!applicable("a b", &edit(0..1, "{ c }")));
        assert!(!applicable("a\n b", &edit(0..4, "c")));
    }

    #[test]
    fn utf8_round_trips_and_unmappable_text_is_refused() {
        assert_eq!(encode(encoding_rs::UTF_8, "é").unwrap(), "é".as_bytes());
        assert_eq!(encode(encoding_rs::WINDOWS_1252, "é").unwrap(), b"\xE9");
        assert!(encode(encoding_rs::WINDOWS_1252, "€ ō").is_none());
    }
}
