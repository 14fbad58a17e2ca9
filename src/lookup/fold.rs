//! Forgiving keys for lookup: what a person types and what the glossary says
//! are reduced to the same key when they differ only by case, accents,
//! punctuation, or a plural or feminine ending.
//!
//! These keys are for finding, never for accepting: the term engine used by
//! `check` keeps accents significant.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The folded form of a text: compatibility-decomposed, accents and other
/// combining marks dropped, lowercase, ligatures spelt out, and every run of
/// punctuation or spaces turned into one space (`Cellules-Souches` →
/// `cellules souches`, `cœur` → `coeur`). Empty when the text has no letter,
/// digit or symbol.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if !is_word_char(c) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        for lower in c.to_lowercase() {
            match lower {
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                'ß' => out.push_str("ss"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' => out.push('d'),
                lower if is_combining_mark(lower) => {}
                lower => out.push(lower),
            }
        }
    }
    out
}

/// Letters, digits and non-ASCII symbols (emoji, scripts without case) make
/// words; ASCII punctuation, spaces and the Unicode punctuation blocks
/// separate them.
fn is_word_char(c: char) -> bool {
    if c.is_alphanumeric() {
        return true;
    }
    !c.is_ascii()
        && !c.is_whitespace()
        && !c.is_control()
        && !matches!(c,
            '\u{80}'..='\u{BF}'          // Latin-1 punctuation: « » ¿ ¡ · §
            | '\u{2000}'..='\u{206F}'    // general punctuation, bidi and joiner controls
            | '\u{2E00}'..='\u{2E7F}'    // supplemental punctuation
            | '\u{3000}'..='\u{303F}'    // CJK punctuation
            | '\u{FE10}'..='\u{FE1F}'    // vertical forms
            | '\u{FE30}'..='\u{FE6F}'    // compatibility and small forms
            | '\u{FEFF}'                 // byte order mark
            | '\u{FFF0}'..='\u{FFFF}') // specials
}

/// The reduced key of one folded word: plural and feminine endings of French
/// and English taken off, so that the inflected forms of a word share a key
/// (`cellules` and `cellule` → `cellul`; `cutanees` and `cutane` → `cutan`;
/// `therapies` and `therapy` → `therapi`; `medicaux` and `medical` → `medicau`).
///
/// Words of three letters or fewer, and words with digits or symbols, are
/// kept as they are; no reduction leaves fewer than three letters.
pub fn reduce_word(word: &str) -> String {
    const MIN: usize = 3;
    if word.chars().count() <= MIN || !word.chars().all(char::is_alphabetic) {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    let len = |w: &str| w.chars().count();
    // Plural: -s (but not -ss), and -x after u (chevaux, jeux, bijoux).
    if (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ux") {
        w.pop();
    }
    // -al and its plural -aux (stripped to -au above) meet at -au.
    if w.ends_with("al") && len(&w) > MIN + 1 {
        w.truncate(w.len() - 1);
        w.push('u');
    }
    // Feminine endings onto the masculine ones.
    for (feminine, masculine) in [
        ("euse", "eu"),
        ("ive", "if"),
        ("elle", "el"),
        ("enne", "en"),
        ("onne", "on"),
        ("ette", "et"),
    ] {
        if let Some(stem) = w.strip_suffix(feminine)
            && len(stem) + len(masculine) >= MIN
        {
            w = format!("{stem}{masculine}");
            break;
        }
    }
    // Mute final e (cutanée, cellule) and English -y / -ie (therapy, thérapie).
    while w.ends_with('e') && len(&w) > MIN {
        w.pop();
    }
    if w.ends_with('y') && len(&w) > MIN {
        w.pop();
        w.push('i');
    }
    w
}

/// The reduced key of a whole text: [`fold`], then [`reduce_word`] on each word.
pub fn reduce(text: &str) -> String {
    reduce_folded(&fold(text))
}

/// [`reduce`] for a text already folded.
pub fn reduce_folded(folded: &str) -> String {
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(reduce_word)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(
            fold("Thérapeutique  DERMATOLOGIQUE"),
            "therapeutique dermatologique"
        );
        assert_eq!(fold("cellules-souches"), "cellules souches");
        assert_eq!(fold("L’épiderme"), "l epiderme");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Kératinocyte"), fold("keratinocyte"));
        assert_eq!(fold("e\u{301}"), "e");
        assert_eq!(fold("?!… «»"), "");
        assert_eq!(fold("ﬁbre"), "fibre");
    }

    #[test]
    fn folding_keeps_other_scripts_and_emoji() {
        assert_eq!(fold("שָׁלוֹם עולם"), "שלום עולם");
        assert_eq!(fold("🧬 gène"), "🧬 gene");
        assert_eq!(fold("\u{200F}abc\u{200E}"), "abc");
    }

    #[test]
    fn inflected_forms_share_a_key() {
        let same = |a: &str, b: &str| assert_eq!(reduce(a), reduce(b), "{a} / {b}");
        same("cellules souches", "cellule souche");
        same("greffes cutanées", "greffe cutanée");
        same("cutanée", "cutané");
        same("stem cells", "stem cell");
        same("therapies", "therapy");
        same("thérapies", "thérapie");
        same("médicaux", "médical");
        same("chevaux", "cheval");
        same("actives", "actif");
        same("heureuse", "heureux");
        same("cruelles", "cruel");
        same("anciennes", "ancien");
        same("Kératinocytes", "keratinocyte");
    }

    #[test]
    fn short_words_and_codes_are_kept() {
        assert_eq!(reduce_word("des"), "des");
        assert_eq!(reduce_word("h2o"), "h2o");
        assert_eq!(reduce_word("glass"), "glass");
        assert_eq!(reduce_word("emes"), "eme");
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(text in "\\PC{0,40}") {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
            prop_assert!(!once.contains("  "));
        }

        #[test]
        fn reduction_never_panics_and_keeps_words(text in "\\PC{0,40}") {
            let folded = fold(&text);
            let reduced = reduce_folded(&folded);
            prop_assert_eq!(reduced.split(' ').count(), folded.split(' ').count());
        }
    }
}
