//! Bytes to text for the document readers. Unlike [`crate::source::read_text`],
//! a bad byte does not stop the reading: it becomes U+FFFD, the place is
//! remembered for a located diagnostic, and the rest of the file is checked.

use std::path::Path;
use std::sync::Arc;

use encoding_rs::Encoding;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::{ReadError, SourceFile};

/// A file decoded to text, with the places where bytes had to be replaced.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text (no BOM).
    pub text: String,
    /// Offsets in `text` of the U+FFFD that replaced invalid byte sequences.
    pub replaced: Vec<usize>,
}

/// Drops a UTF-8 BOM.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The UTF-16 encoding a BOM at the start of `bytes` announces, and the
/// BOM's length.
pub(crate) fn utf16_bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes).filter(|(encoding, _)| *encoding != encoding_rs::UTF_8)
}

/// Refuses files with NUL bytes: they are binary, not text (or UTF-16,
/// which this format is not read in: the error says so).
pub(crate) fn check_not_binary(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    if let Some((encoding, _)) = utf16_bom(bytes) {
        return Err(Diagnostic::error(msg!(
            "pipeline-utf16-unsupported",
            path = path.display().to_string(),
            encoding = encoding.name()
        ))
        .with_help(msg!(
            "pipeline-help-convert-to-utf8",
            encoding = encoding.name()
        )));
    }
    if bytes.contains(&0) {
        return Err(ReadError::Binary {
            path: path.to_owned(),
        }
        .into());
    }
    Ok(())
}

/// Decodes `bytes` (BOM already dropped) as UTF-8, replacing each invalid
/// sequence by U+FFFD.
pub(crate) fn utf8_lossy(mut bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = Vec::new();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(valid) => {
                text.push_str(valid);
                return Decoded { text, replaced };
            }
            Err(error) => {
                let (valid, rest) = bytes.split_at(error.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                replaced.push(text.len());
                text.push(char::REPLACEMENT_CHARACTER);
                let bad = error.error_len().unwrap_or(rest.len());
                bytes = &rest[bad..];
            }
        }
    }
}

/// True when `bytes` are UTF-8 with at least one multi-byte character
/// whose bytes, read as Latin-1 or Windows-1252, spell typical mojibake
/// (`Ã¨` for `è`): a file declared in a legacy charset but written in UTF-8.
/// Text really written in those charsets almost never forms valid UTF-8
/// sequences (an accented capital followed by a symbol, for each letter).
pub(crate) fn is_utf8_mojibake(bytes: &[u8]) -> bool {
    !bytes.is_ascii()
        && std::str::from_utf8(bytes).is_ok_and(|text| text.chars().any(|c| c.len_utf8() > 1))
}

/// Decodes `bytes` (BOM already dropped) from a legacy charset.
pub(crate) fn legacy(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replaced = if had_errors {
        text.match_indices(char::REPLACEMENT_CHARACTER)
            .map(|(at, _)| at)
            .collect()
    } else {
        Vec::new()
    };
    Decoded {
        text: text.into_owned(),
        replaced,
    }
}

/// Decodes a UTF-8 text document: BOM dropped, invalid bytes replaced and
/// reported, binary refused.
pub(crate) fn load_utf8(
    path: &Path,
    bytes: &[u8],
) -> Result<(Arc<SourceFile>, Vec<Diagnostic>), Diagnostic> {
    check_not_binary(path, bytes)?;
    let decoded = utf8_lossy(strip_bom(bytes));
    let file = Arc::new(SourceFile::new(path, decoded.text));
    let diagnostics = replaced_diagnostic(&file, &decoded.replaced, "UTF-8")
        .into_iter()
        .collect();
    Ok((file, diagnostics))
}

/// The diagnostic for replaced bytes, at the first one, or none; its help
/// says to save the file in `encoding` (formats that can declare another
/// charset change the help).
pub(crate) fn replaced_diagnostic(
    file: &Arc<SourceFile>,
    replaced: &[usize],
    encoding: &str,
) -> Option<Diagnostic> {
    let &first = replaced.first()?;
    let span = first..first + char::REPLACEMENT_CHARACTER.len_utf8();
    Some(
        Diagnostic::error(msg!(
            "document-invalid-bytes",
            count = replaced.len(),
            encoding = encoding
        ))
        .at(file, span)
        .with_help(msg!("pipeline-help-save-as", encoding = encoding)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_becomes_replacement_characters_with_places() {
        let decoded = utf8_lossy(b"ab\xFFc\xE2\x82d\xC3\xA9");
        assert_eq!(decoded.text, "ab\u{FFFD}c\u{FFFD}dé");
        assert_eq!(decoded.replaced, vec![2, 6]);
    }

    #[test]
    fn truncated_sequence_at_the_end_is_replaced() {
        let decoded = utf8_lossy(b"ok\xE2\x82");
        assert_eq!(decoded.text, "ok\u{FFFD}");
        assert_eq!(decoded.replaced, vec![2]);
    }

    #[test]
    fn utf8_read_as_latin1_is_told_from_latin1() {
        assert!(is_utf8_mojibake("cellules mères".as_bytes()));
        assert!(!is_utf8_mojibake(b"cellules m\xE8res"));
        assert!(!is_utf8_mojibake(b"plain ASCII"));
    }

    #[test]
    fn utf16_is_named_not_called_binary() {
        let bytes = b"\xFF\xFEm\0s\0g\0";
        assert_eq!(utf16_bom(bytes).map(|(e, _)| e.name()), Some("UTF-16LE"));
        let error = check_not_binary(Path::new("x.ftl"), bytes).unwrap_err();
        assert_eq!(error.message.id, "pipeline-utf16-unsupported");
    }

    #[test]
    fn latin1_is_decoded() {
        let decoded = legacy(b"caf\xE9", encoding_rs::WINDOWS_1252);
        assert_eq!(decoded.text, "café");
        assert!(decoded.replaced.is_empty());
    }
}
