//! TOML syntax errors in words gloss can translate. The parser's own text is
//! English and terse (`unclosed table, expected ']'`, `duplicate key`): each
//! kind of mistake it reports is classified into a message of the locales,
//! and a key or table defined twice names itself and its first definition.
//! The parser's text is kept only for a mistake gloss cannot classify.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// What was defined twice: a key of a table, or a whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    /// `key = …` twice in one table.
    Key {
        /// The key as written.
        key: String,
    },
    /// `[a.b]` twice: the table's path, its parts unquoted.
    Table {
        /// The header's dotted path (`["terms", "a"]`).
        path: Vec<String>,
    },
}

/// A TOML parse error, classified.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// Where the parser stopped.
    pub span: Range<usize>,
    /// A key or table defined twice, with the place of its first definition
    /// when it could be found.
    pub duplicate: Option<(Duplicate, Option<Range<usize>>)>,
    /// The kind of mistake, a selector of the `toml-syntax` message.
    pub kind: &'static str,
    /// The parser's own words, for a kind gloss does not know.
    pub reason: String,
}

impl SyntaxError {
    /// Classifies the error the parser reported with `message` at `span` of `text`.
    pub fn new(text: &str, message: &str, span: Option<Range<usize>>) -> Self {
        let span = span.unwrap_or(0..0);
        let reason = message.trim().to_owned();
        let what = reason.split(", expected").next().unwrap_or_default();
        let kind = kind(what);
        let duplicate = (kind == "duplicate-key").then(|| duplicate(text, &span));
        SyntaxError {
            span,
            duplicate,
            kind,
            reason,
        }
    }

    /// The line (1-based) of the first definition of a duplicate, or 0.
    pub fn first_line(&self, file: &SourceFile) -> usize {
        match &self.duplicate {
            Some((_, Some(first))) => file.line_column(first.start).0,
            _ => 0,
        }
    }

    /// The error as a located diagnostic in `file`. A table or key defined
    /// twice points at its first definition too.
    pub fn diagnostic(&self, file: &Arc<SourceFile>) -> Diagnostic {
        let (message, help) = match &self.duplicate {
            Some((duplicate, _)) => {
                let line = self.first_line(file).to_string();
                match duplicate {
                    Duplicate::Table { path } => (
                        msg!("toml-duplicate-table", table = path.join("."), line = line),
                        msg!("help-toml-duplicate-table"),
                    ),
                    Duplicate::Key { key } => (
                        msg!("toml-duplicate-key", key = key.as_str(), line = line),
                        msg!("help-toml-duplicate-key"),
                    ),
                }
            }
            None => (
                msg!(
                    "toml-syntax",
                    kind = self.kind,
                    reason = self.reason.as_str()
                ),
                msg!("help-toml-syntax"),
            ),
        };
        let diagnostic = Diagnostic::error(message)
            .at(file, self.span.clone())
            .with_help(help);
        match &self.duplicate {
            Some((_, Some(first))) => {
                diagnostic.with_related(file, first.clone(), msg!("note-first-defined"))
            }
            _ => diagnostic,
        }
    }
}

/// The kind of a parser message (its part before `, expected …`).
fn kind(what: &str) -> &'static str {
    match what {
        "duplicate key" => "duplicate-key",
        "unclosed table" | "unclosed array table" => "unclosed-table",
        "unclosed array" => "unclosed-array",
        "unclosed inline table" => "unclosed-inline-table",
        "missing comma between array elements" | "missing comma between key-value pairs" => {
            "missing-comma"
        }
        "extra comma in array" | "extra comma in inline table" => "extra-comma",
        "string values must be quoted" | "invalid value" | "missing value" => "unquoted-string",
        "key with no value"
        | "missing value for key"
        | "missing assignment between key-value pairs"
        | "invalid key-value pair" => "missing-equals",
        "unquoted keys cannot be empty" | "invalid unquoted key" => "bad-key",
        "missing escaped value" => "bad-escape",
        what if what.starts_with("invalid") && what.ends_with("string") => "unclosed-string",
        _ => "other",
    }
}

/// What the duplicate at `span` is, and where it was first defined.
fn duplicate(text: &str, span: &Range<usize>) -> (Duplicate, Option<Range<usize>>) {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    if let Some(path) = header_path(line) {
        let first = lines(text)
            .take_while(|(offset, _)| *offset < line_start)
            .find(|(_, earlier)| header_path(earlier).as_ref() == Some(&path))
            .map(|(offset, earlier)| offset..offset + earlier.trim_end().len());
        return (Duplicate::Table { path }, first);
    }
    let key = text[start..span.end.clamp(start, text.len())]
        .trim()
        .to_owned();
    let key = if key.is_empty() {
        line.split('=').next().unwrap_or_default().trim().to_owned()
    } else {
        key
    };
    // The first definition is above, in the same table: after the last
    // header before the duplicate.
    let table_start = lines(text)
        .take_while(|(offset, _)| *offset < line_start)
        .filter(|(_, earlier)| header_path(earlier).is_some())
        .last()
        .map_or(0, |(offset, _)| offset);
    let first = lines(text)
        .skip_while(|(offset, _)| *offset < table_start)
        .take_while(|(offset, _)| *offset < line_start)
        .find(|(_, earlier)| {
            earlier
                .split_once('=')
                .is_some_and(|(name, _)| name.trim() == key)
        })
        .map(|(offset, earlier)| {
            let indent = earlier.len() - earlier.trim_start().len();
            offset + indent..offset + indent + key.len()
        });
    (Duplicate::Key { key }, first)
}

/// The lines of `text` with their byte offsets.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len() + 1;
        Some((start, line))
    })
}

/// The dotted path of a `[table]` header line, parts unquoted; `None` for
/// any other line (array-of-tables headers `[[…]]` included: they repeat).
fn header_path(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    let line = line.split_once('#').map_or(line, |(code, _)| code).trim();
    if line.starts_with("[[") {
        return None;
    }
    let inner = line.strip_prefix('[')?.strip_suffix(']')?;
    Some(
        inner
            .split('.')
            .map(|part| part.trim().trim_matches(['"', '\'']).to_owned())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_defined_twice_names_its_first_line() {
        let text = "[glossary]\nlanguages = [\"en\"]\n\n[terms.a]\nen = \"x\"\n\n[terms.a]\n";
        let error = SyntaxError::new(text, "duplicate key", Some(55..56));
        let (duplicate, first) = error.duplicate.unwrap();
        assert_eq!(
            duplicate,
            Duplicate::Table {
                path: vec!["terms".into(), "a".into()]
            }
        );
        assert_eq!(&text[first.unwrap()], "[terms.a]");
    }

    #[test]
    fn a_key_defined_twice_names_its_first_definition_in_the_same_table() {
        let text = "[a]\nen = 1\n[b]\nen = 2\nen = 3\n";
        let at = text.rfind("en").unwrap();
        let error = SyntaxError::new(text, "duplicate key", Some(at..at + 2));
        let (duplicate, first) = error.duplicate.unwrap();
        assert_eq!(duplicate, Duplicate::Key { key: "en".into() });
        assert_eq!(
            first,
            Some(text.find("en = 2").unwrap()..text.find("en = 2").unwrap() + 2)
        );
    }

    #[test]
    fn parser_messages_are_classified() {
        for (message, expected) in [
            ("unclosed table, expected `]`", "unclosed-table"),
            ("invalid basic string, expected `\"`", "unclosed-string"),
            (
                "string values must be quoted, expected literal string",
                "unquoted-string",
            ),
            ("key with no value, expected `=`", "missing-equals"),
            ("something new", "other"),
        ] {
            assert_eq!(
                SyntaxError::new("", message, None).kind,
                expected,
                "{message}"
            );
        }
    }
}
