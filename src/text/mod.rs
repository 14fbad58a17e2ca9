//! Text normalisation shared by the glossary and the term engine.

use unicode_normalization::UnicodeNormalization;

/// Canonical comparison key of a form: NFC, one apostrophe (`'`), ordinary
/// spaces for no-break spaces, collapsed whitespace, and lowercase unless
/// `case_sensitive`.
pub fn comparison_key(form: &str, case_sensitive: bool) -> String {
    let unified: String = form
        .nfc()
        .map(|c| match c {
            '\u{2019}' | '\u{02BC}' | '\u{2018}' => '\'',
            '\u{00A0}' | '\u{202F}' | '\u{2007}' => ' ',
            other => other,
        })
        .collect();
    let collapsed = unified.split_whitespace().collect::<Vec<_>>().join(" ");
    if case_sensitive {
        collapsed
    } else {
        collapsed.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_apostrophes_and_normal_form() {
        assert_eq!(comparison_key("L’E\u{301}piderme", false), "l'épiderme");
        assert_eq!(comparison_key("MSC", true), "MSC");
        assert_eq!(comparison_key(" a\u{a0} b ", false), "a b");
    }
}
