//! Hyphenated compounds. A hyphen is a word boundary (*MSC-derived* holds
//! *MSC*, *keratinocyte-fibroblast* both terms), except after a bound prefix:
//! *anti-inflammatory*, *non-serious*, *sous-cutané* are derived words, and a
//! derivation is not a use of its base (*non-serious adverse event* does not
//! use *serious adverse event*).

use std::ops::Range;

use super::{Token, TokenKind, strip_accents};

/// Prefixes and combining forms of English and French that make a new word
/// when hyphened to one, without accents, lowercase, sorted.
const BOUND_PREFIXES: [&str; 78] = [
    "angio", "anti", "auto", "bi", "bio", "cardio", "chemo", "chimio", "co", "contra", "contre",
    "counter", "cryo", "cyto", "de", "demi", "dermo", "dis", "electro", "endo", "epi", "ex", "exo",
    "extra", "fibro", "gastro", "hemato", "hemi", "histo", "hyper", "hypo", "immuno", "infra",
    "inter", "intra", "iso", "macro", "meta", "micro", "mid", "mini", "mono", "multi", "myo",
    "neo", "neuro", "non", "osteo", "over", "pan", "para", "peri", "photo", "pluri", "poly",
    "post", "pre", "pro", "pseudo", "quasi", "radio", "re", "retro", "self", "semi", "sous", "sub",
    "super", "supra", "sur", "thermo", "trans", "tri", "ultra", "un", "under", "uni", "vice",
];

/// True when `word` is a bound prefix (*anti*, *non*, *sous*, *ré*, *immuno*):
/// a word hyphened after it is a derivation, not a use of itself.
pub fn is_bound_prefix(word: &str) -> bool {
    if word.chars().count() > 7 {
        return false;
    }
    let key = strip_accents(&word.to_lowercase());
    BOUND_PREFIXES.binary_search(&key.as_str()).is_ok()
}

/// True when tokens `hyphen - 1`, `hyphen`, `hyphen + 1` are a word, a
/// hyphen and a word written together.
fn joins_compound(tokens: &[Token], hyphen: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| t.kind == TokenKind::Word);
    match (
        hyphen.checked_sub(1).and_then(word),
        tokens.get(hyphen),
        word(hyphen + 1),
    ) {
        (Some(left), Some(mark), Some(right)) => {
            mark.kind == TokenKind::Hyphen
                && left.range.end == mark.range.start
                && mark.range.end == right.range.start
        }
        _ => false,
    }
}

/// True when token `start` is the second part of a hyphenated compound.
pub fn continues_compound(tokens: &[Token], start: usize) -> bool {
    start > 0 && joins_compound(tokens, start - 1)
}

/// The tokens of the whole hyphenated compound around `tokens[range]`
/// (`range` itself when no hyphen joins it to a neighbour).
pub fn compound_around(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    let Range { mut start, mut end } = range;
    while continues_compound(tokens, start) {
        start -= 2;
    }
    while end > 0 && joins_compound(tokens, end) {
        end += 2;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Language, tokenize};

    #[test]
    fn compounds_extend_across_hyphens() {
        let text = "set target-language-file now, a - b";
        let tokens = tokenize(text, Language::English);
        let span =
            |r: Range<usize>| &text[tokens[r.start].range.start..tokens[r.end - 1].range.end];
        assert_eq!(span(compound_around(&tokens, 1..2)), "target-language-file");
        assert_eq!(span(compound_around(&tokens, 3..4)), "target-language-file");
        assert_eq!(span(compound_around(&tokens, 0..1)), "set");
        assert_eq!(span(compound_around(&tokens, 8..9)), "a");
        assert!(continues_compound(&tokens, 3) && !continues_compound(&tokens, 10));
    }

    #[test]
    fn prefixes_are_recognised_in_any_case_and_accent() {
        assert!(BOUND_PREFIXES.windows(2).all(|w| w[0] < w[1]));
        for prefix in ["non", "Anti", "SOUS", "ré", "pré", "Immuno", "post"] {
            assert!(is_bound_prefix(prefix), "{prefix}");
        }
        for word in [
            "MSC",
            "bone",
            "marrow",
            "placebo",
            "keratinocyte",
            "cellule",
        ] {
            assert!(!is_bound_prefix(word), "{word}");
        }
    }
}
