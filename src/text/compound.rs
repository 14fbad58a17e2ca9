//! Hyphenated compounds. A hyphen is a word boundary (*MSC-derived* holds
//! *MSC*, *keratinocyte-fibroblast* both terms), except after a bound prefix:
//! *anti-inflammatory*, *non-serious*, *sous-cutané* are derived words, and a
//! derivation is not a use of its base (*non-serious adverse event* does not
//! use *serious adverse event*).

use super::strip_accents;

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

#[cfg(test)]
mod tests {
    use super::*;

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
