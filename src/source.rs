//! Reading text files the way every reader of gloss needs: UTF-8 checked with
//! a location, a BOM dropped, binary files refused, and offsets turned into
//! line:column once per file.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::msg;

/// Why a file could not be read as text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path does not exist.
    #[error("{path}: no such file or directory")]
    NotFound {
        /// The missing path.
        path: PathBuf,
    },
    /// The operating system refused the read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file holds NUL bytes: it is not a text file.
    #[error("{path}: binary file")]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// The bytes are not UTF-8.
    #[error("{path}:{line}:{column}: invalid UTF-8")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
    },
}

impl ReadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ReadError::NotFound { path }
            | ReadError::Io { path, .. }
            | ReadError::Binary { path }
            | ReadError::InvalidUtf8 { path, .. } => path,
        }
    }

    /// The error as a message for people.
    pub fn message(&self) -> Message {
        let path = self.path().display().to_string();
        match self {
            ReadError::NotFound { .. } => msg!("error-not-found", path = path),
            ReadError::Io { source, .. } => {
                msg!("error-read-file", path = path, reason = source.to_string())
            }
            ReadError::Binary { .. } => msg!("error-binary-file", path = path),
            ReadError::InvalidUtf8 { line, column, .. } => {
                msg!(
                    "error-invalid-utf8",
                    path = path,
                    line = *line,
                    column = *column
                )
            }
        }
    }
}

/// Reads raw bytes, with the path in the error.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    std::fs::read(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            ReadError::NotFound {
                path: path.to_owned(),
            }
        } else {
            ReadError::Io {
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// Reads a UTF-8 text file, dropping a BOM.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    decode_utf8(path, read_bytes(path)?)
}

/// Checks that `bytes` are UTF-8 text (no NUL byte), dropping a BOM.
pub fn decode_utf8(path: &Path, mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if bytes.contains(&0) {
        return Err(ReadError::Binary {
            path: path.to_owned(),
        });
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = LineIndex::new(valid).line_column(valid, valid.len());
        ReadError::InvalidUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

/// Byte offsets of line starts, to turn offsets into 1-based line:column.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of byte `offset` of `text`.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// Byte range of the 1-based `line`, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts.get(line - 1).copied().unwrap_or(text.len());
        let end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        let end = if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end
    }
}

/// A file read into memory with its line index: what diagnostics point into.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (shown in messages).
    pub path: PathBuf,
    /// The whole text, BOM removed.
    pub text: String,
    /// The text is made of a document's paragraphs, one per line (a DOCX):
    /// a line number is a paragraph number.
    pub paragraphs: bool,
    lines: LineIndex,
}

impl SourceFile {
    /// Wraps text read from `path`.
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let lines = LineIndex::new(&text);
        SourceFile {
            path: path.into(),
            text,
            paragraphs: false,
            lines,
        }
    }

    /// Wraps the paragraphs of a document read from `path`, one per line.
    pub fn of_paragraphs(path: impl Into<PathBuf>, text: String) -> Self {
        SourceFile {
            paragraphs: true,
            ..Self::new(path, text)
        }
    }

    /// Reads `path` as UTF-8 text.
    pub fn read(path: &Path) -> Result<Self, ReadError> {
        Ok(Self::new(path, read_text(path)?))
    }

    /// 1-based line and column of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines.line_column(&self.text, offset)
    }

    /// The line index of this file.
    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::new("x", "ab\né€x\r\nz".to_owned());
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(3), (2, 1));
        assert_eq!(file.line_column(8), (2, 3));
        assert_eq!(file.line_column(file.text.len()), (3, 2));
        assert_eq!(&file.text[file.lines().line_range(&file.text, 2)], "é€x");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let error = decode_utf8(Path::new("f"), b"ok\nab\xFFc".to_vec()).unwrap_err();
        assert!(matches!(
            error,
            ReadError::InvalidUtf8 {
                line: 2,
                column: 3,
                ..
            }
        ));
    }

    #[test]
    fn bom_is_dropped_and_nul_is_binary() {
        assert_eq!(
            decode_utf8(Path::new("f"), b"\xEF\xBB\xBFa".to_vec()).unwrap(),
            "a"
        );
        assert!(matches!(
            decode_utf8(Path::new("f"), b"a\0b".to_vec()),
            Err(ReadError::Binary { .. })
        ));
    }
}
