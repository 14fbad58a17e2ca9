//! Splitting text into the tokens terms are matched on: UAX #29 words, with
//! French elision split off, typographic spaces treated as spaces, symbols
//! kept (a hyphen is part of a term's spelling) and placeables as hard
//! boundaries. Every token keeps its byte range in the original text.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::Language;
use crate::documents::PLACEHOLDER;

/// What a token is, which decides how it may take part in a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (letters, digits, inner apostrophes).
    Word,
    /// An elided French article or pronoun with its apostrophe (`l'`, `qu'`).
    Elided,
    /// A hyphen (`-`, U+2010, U+2011): joins compounds, and part of a term's spelling.
    Hyphen,
    /// Any other punctuation or symbol character (`,`, `(`, `%`…).
    Symbol,
    /// A placeable: never part of a term.
    Placeholder,
    /// A word or symbol inside code (an option, a path, an identifier…; see
    /// [`code`](crate::text::code)): never part of a term.
    Code,
}

/// One token: its kind and byte range in the text it was cut from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Word, elided word, symbol or placeholder.
    pub kind: TokenKind,
    /// Byte range in the original text.
    pub range: Range<usize>,
}

impl Token {
    /// The token's text: NFC, with every apostrophe as `'` and every hyphen
    /// as `-`, letter case kept.
    pub fn normalized<'t>(&self, text: &'t str) -> Cow<'t, str> {
        normalize_word(&text[self.range.clone()])
    }
}

/// Apostrophes that French and English texts use interchangeably.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}')
}

/// Hyphens that join the parts of a compound word.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Spaces that UAX #29 does not treat as spaces: no-break, narrow no-break
/// and figure spaces of French typography.
fn is_typographic_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Invisible characters that may sit inside a word without changing it: soft
/// hyphen, zero-width joiners, word joiner, zero-width no-break space.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Accelerator markers of interface strings: the next letter is the
/// keyboard mnemonic (`_Save`, `&Save`, `Mise à jo~ur`). Inside or before a
/// word they are no part of it.
fn is_accelerator(c: char) -> bool {
    matches!(c, '_' | '&' | '~')
}

/// NFC with one apostrophe and one hyphen, without invisible characters
/// (a soft hyphen in *kérati­nocyte*) and accelerator markers (`Pro_xy`);
/// borrows when nothing changes.
pub fn normalize_word(word: &str) -> Cow<'_, str> {
    // Accelerator markers are dropped from words, not from a lone symbol.
    let in_word = word.contains(char::is_alphanumeric);
    let plain = (word.is_ascii()
        || unicode_normalization::is_nfc_quick(word.chars())
            == unicode_normalization::IsNormalized::Yes
            && !word.chars().any(|c| {
                is_apostrophe(c) && c != '\'' || is_hyphen(c) && c != '-' || is_invisible(c)
            }))
        && !(in_word && word.contains(is_accelerator));
    if plain {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .filter(|&c| !(is_invisible(c) || in_word && is_accelerator(c)))
            .nfc()
            .map(|c| {
                if is_apostrophe(c) {
                    '\''
                } else if is_hyphen(c) {
                    '-'
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// French words elided before a vowel or mute h, lowercase, without the apostrophe.
const ELIDED: [&str; 12] = [
    "l", "d", "qu", "jusqu", "lorsqu", "puisqu", "n", "s", "c", "j", "m", "t",
];

/// [`tokenize`], with the tokens that overlap one of the sorted `code` spans
/// marked [`TokenKind::Code`].
pub fn tokenize_outside(text: &str, language: Language, code: &[Range<usize>]) -> Vec<Token> {
    let mut tokens = tokenize(text, language);
    if !code.is_empty() {
        for token in &mut tokens {
            if super::code::overlaps_code(code, &token.range) {
                token.kind = TokenKind::Code;
            }
        }
    }
    tokens
}

/// Cuts `text` into tokens. Whitespace (including no-break spaces) separates
/// tokens and is dropped.
pub fn tokenize(text: &str, language: Language) -> Vec<Token> {
    let mut tokens = Vec::new();
    for (start, piece) in text.split_word_bound_indices() {
        // UAX #29 glues U+202F to letters (it is ExtendNumLet): split there.
        let mut offset = 0;
        for part in piece.split(is_typographic_space) {
            if !part.is_empty() {
                push_piece(&mut tokens, start + offset, part, language);
            }
            offset += part.len();
            offset += piece[offset..].chars().next().map_or(0, char::len_utf8);
        }
    }
    join_accelerated_words(&mut tokens, text);
    if language == Language::French {
        join_spaced_elisions(&mut tokens, text);
    }
    tokens
}

/// Joins a word cut by an accelerator marker into one word (`jo~ur`,
/// `Enre&gistrer`), but not capitals around `&` (`R&D`, `AT&T`).
fn join_accelerated_words(tokens: &mut Vec<Token>, text: &str) {
    let mut i = 1;
    while i + 1 < tokens.len() {
        let (left, mark, right) = (&tokens[i - 1], &tokens[i], &tokens[i + 1]);
        let marker = &text[mark.range.clone()];
        let glued = left.range.end == mark.range.start && mark.range.end == right.range.start;
        let capitals = |token: &Token| !text[token.range.clone()].chars().any(char::is_lowercase);
        if glued
            && left.kind == TokenKind::Word
            && right.kind == TokenKind::Word
            && mark.kind == TokenKind::Symbol
            && (marker == "~" || marker == "&" && !(capitals(left) && capitals(right)))
        {
            let joined = left.range.start..right.range.end;
            tokens.splice(
                i - 1..i + 2,
                [Token {
                    kind: TokenKind::Word,
                    range: joined,
                }],
            );
        } else {
            i += 1;
        }
    }
}

/// Joins an elided word to its apostrophe when machine translation put a
/// space after it (`l’ hôte`, `d’ origine`): the elision still holds.
fn join_spaced_elisions(tokens: &mut Vec<Token>, text: &str) {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (word, mark, next) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
        let elided = word.kind == TokenKind::Word
            && ELIDED
                .iter()
                .any(|e| text[word.range.clone()].eq_ignore_ascii_case(e))
            && word.range.end == mark.range.start
            && text[mark.range.clone()].chars().all(is_apostrophe)
            && next.kind == TokenKind::Word
            && text[mark.range.end..next.range.start]
                .chars()
                .all(char::is_whitespace)
            && elision_split(&format!(
                "{}'{}",
                &text[word.range.clone()],
                &text[next.range.clone()]
            ))
            .is_some();
        if elided {
            let range = word.range.start..mark.range.end;
            tokens.splice(
                i..i + 2,
                [Token {
                    kind: TokenKind::Elided,
                    range,
                }],
            );
        }
        i += 1;
    }
}

fn push_piece(tokens: &mut Vec<Token>, start: usize, piece: &str, language: Language) {
    let mut chars = piece.chars();
    let Some(first) = chars.next() else { return };
    if first.is_whitespace() {
        return;
    }
    if first == PLACEHOLDER {
        // Marks that UAX #29 attaches to a placeholder belong to no word.
        for (i, _) in piece.char_indices().filter(|&(_, c)| c == PLACEHOLDER) {
            tokens.push(Token {
                kind: TokenKind::Placeholder,
                range: start + i..start + i + PLACEHOLDER.len_utf8(),
            });
        }
        return;
    }
    if !piece.chars().any(char::is_alphanumeric) {
        for (i, c) in piece.char_indices() {
            if !c.is_whitespace() {
                tokens.push(Token {
                    kind: if is_hyphen(c) {
                        TokenKind::Hyphen
                    } else {
                        TokenKind::Symbol
                    },
                    range: start + i..start + i + c.len_utf8(),
                });
            }
        }
        return;
    }
    // A leading accelerator is no part of the word (`_Timeout`).
    let marker = piece.len() - piece.trim_start_matches('_').len();
    let (start, piece) = if marker > 0 && piece[marker..].starts_with(char::is_alphabetic) {
        (start + marker, &piece[marker..])
    } else {
        (start, piece)
    };
    let end = start + piece.len();
    if language == Language::French
        && let Some(split) = elision_split(piece)
    {
        tokens.push(Token {
            kind: TokenKind::Elided,
            range: start..start + split,
        });
        tokens.push(Token {
            kind: TokenKind::Word,
            range: start + split..end,
        });
        return;
    }
    tokens.push(Token {
        kind: TokenKind::Word,
        range: start..end,
    });
}

/// Where a French elided word ends (after its apostrophe), when `word`
/// starts with one followed by a vowel or h, or by an abbreviation, which
/// may be read with a vowel (*d’MSC*, *l’HAS*).
fn elision_split(word: &str) -> Option<usize> {
    let (index, apostrophe) = word.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    let head = &word[..index];
    if !ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e)) {
        return None;
    }
    let split = index + apostrophe.len_utf8();
    let rest = &word[split..];
    let next = rest.nfc().next()?;
    let base = super::strip_accents_char(next.to_lowercase().next().unwrap_or(next));
    let abbreviation = rest.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && rest.chars().all(|c| !c.is_lowercase() || c == 's')
        && next.is_uppercase();
    (matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h') || abbreviation).then_some(split)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, language: Language) -> Vec<(TokenKind, &str)> {
        tokenize(text, language)
            .into_iter()
            .map(|t| (t.kind, &text[t.range]))
            .collect()
    }

    #[test]
    fn french_elision_is_split_with_either_apostrophe() {
        use TokenKind::*;
        assert_eq!(
            words("l'épiderme d’origine qu'il jusqu’ici", Language::French),
            vec![
                (Elided, "l'"),
                (Word, "épiderme"),
                (Elided, "d’"),
                (Word, "origine"),
                (Elided, "qu'"),
                (Word, "il"),
                (Elided, "jusqu’"),
                (Word, "ici"),
            ]
        );
    }

    #[test]
    fn elision_needs_a_vowel_or_h_and_a_known_word() {
        use TokenKind::*;
        assert_eq!(
            words("l'hôpital aujourd'hui d'Xavier", Language::French),
            vec![
                (Elided, "l'"),
                (Word, "hôpital"),
                (Word, "aujourd'hui"),
                (Word, "d'Xavier"),
            ]
        );
        assert_eq!(
            words("l'épiderme", Language::English),
            vec![(Word, "l'épiderme")]
        );
        assert_eq!(
            words("d’MSC d'MSCs", Language::French),
            vec![
                (Elided, "d’"),
                (Word, "MSC"),
                (Elided, "d'"),
                (Word, "MSCs")
            ]
        );
    }

    #[test]
    fn accelerators_are_dropped_inside_and_before_words() {
        use TokenKind::*;
        let text = "Mise à jo~ur Pro_xy _Timeout &Save Enre&gistrer R&D";
        let tokens = tokenize(text, Language::French);
        let words: Vec<_> = tokens
            .iter()
            .map(|t| (t.kind, t.normalized(text).into_owned()))
            .collect();
        assert_eq!(
            words,
            vec![
                (Word, "Mise".into()),
                (Word, "à".into()),
                (Word, "jour".into()),
                (Word, "Proxy".into()),
                (Word, "Timeout".into()),
                (Symbol, "&".into()),
                (Word, "Save".into()),
                (Word, "Enregistrer".into()),
                (Word, "R".into()),
                (Symbol, "&".into()),
                (Word, "D".into()),
            ]
        );
        assert_eq!(&text[tokens[4].range.clone()], "Timeout");
    }

    #[test]
    fn an_apostrophe_and_a_space_still_elide() {
        use TokenKind::*;
        assert_eq!(
            words("l’ hôte d' origine l' bout", Language::French),
            vec![
                (Elided, "l’"),
                (Word, "hôte"),
                (Elided, "d'"),
                (Word, "origine"),
                (Word, "l"),
                (Symbol, "'"),
                (Word, "bout"),
            ]
        );
    }

    #[test]
    fn invisible_characters_do_not_split_or_change_a_word() {
        let text = "kérati\u{ad}nocytes ce\u{200d}llule";
        let tokens = tokenize(text, Language::French);
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].normalized(text), "kératinocytes");
        assert_eq!(tokens[1].normalized(text), "cellule");
    }

    #[test]
    fn elision_sees_decomposed_accents() {
        let text = "l'e\u{301}piderme";
        let tokens = tokenize(text, Language::French);
        assert_eq!(tokens[0].kind, TokenKind::Elided);
        assert_eq!(tokens[1].normalized(text), "épiderme");
    }

    #[test]
    fn typographic_spaces_separate_words() {
        use TokenKind::*;
        assert_eq!(
            words(
                "«\u{202F}mot\u{202F}» 10\u{a0}% a\u{202F}b",
                Language::French
            ),
            vec![
                (Symbol, "«"),
                (Word, "mot"),
                (Symbol, "»"),
                (Word, "10"),
                (Symbol, "%"),
                (Word, "a"),
                (Word, "b"),
            ]
        );
    }

    #[test]
    fn hyphens_and_placeholders_are_tokens() {
        use TokenKind::*;
        let text = format!("cellule-souche {PLACEHOLDER}x");
        assert_eq!(
            words(&text, Language::French),
            vec![
                (Word, "cellule"),
                (Hyphen, "-"),
                (Word, "souche"),
                (Placeholder, "\u{FFFC}"),
                (Word, "x"),
            ]
        );
    }

    #[test]
    fn normalized_words_unify_apostrophes_hyphens_and_nfc() {
        assert_eq!(normalize_word("cell’s"), "cell's");
        assert_eq!(normalize_word("e\u{301}"), "é");
        assert_eq!(normalize_word("a\u{2011}b"), "a-b");
        assert!(matches!(normalize_word("plain"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_ordered_char_aligned_and_never_whitespace(
            text in "[a-zA-Zéè'’ʼ\\- ,.\u{a0}\u{202f}\u{301}\u{fffc}]{0,40}",
        ) {
            for language in [Language::French, Language::English] {
                let tokens = tokenize(&text, language);
                let mut end = 0;
                for token in &tokens {
                    proptest::prop_assert!(token.range.start >= end);
                    proptest::prop_assert!(token.range.start < token.range.end);
                    proptest::prop_assert!(text.is_char_boundary(token.range.start));
                    proptest::prop_assert!(text.is_char_boundary(token.range.end));
                    proptest::prop_assert!(!text[token.range.clone()].trim().is_empty());
                    end = token.range.end;
                }
            }
        }
    }
}
