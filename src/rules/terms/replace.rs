//! The approved form to put in place of a forbidden one, in the number and
//! letter case the text used: *cellules mères* → *cellules souches*,
//! *CICATRISATION DES BLESSURES* → *CICATRISATION DES PLAIES*.

use crate::text::{Language, Token, TokenKind, tokenize};

/// French words that end the head of a term: words after them do not agree
/// with it (*facteurs de croissance*).
const FRENCH_STOPS: [&str; 17] = [
    "de", "du", "des", "à", "au", "aux", "en", "pour", "par", "sur", "sous", "avec", "sans",
    "chez", "contre", "entre", "dans",
];

/// English prepositions that end the head of a term (*rates of healing*).
const ENGLISH_STOPS: [&str; 6] = ["of", "for", "in", "on", "with", "by"];

/// `preferred`, in the number and case in which `found` spells `forbidden`.
pub fn replacement(found: &str, forbidden: &str, preferred: &str, language: Language) -> String {
    let form = if is_plural(found, forbidden, language) {
        pluralize(preferred, language)
    } else {
        preferred.to_owned()
    };
    match_case(found, &form)
}

fn words(text: &str, language: Language) -> Vec<String> {
    tokenize(text, language)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.normalized(text).to_lowercase())
        .collect()
}

/// True when a word of `found` carries a plural mark that the same word of
/// `forbidden` lacks.
fn is_plural(found: &str, forbidden: &str, language: Language) -> bool {
    let plural_mark = |word: &str| match language {
        Language::French => word.ends_with(['s', 'x']),
        Language::English => word.ends_with('s'),
        Language::Other => false,
    };
    words(found, language)
        .iter()
        .zip(words(forbidden, language))
        .any(|(found, form)| *found != form && plural_mark(found) && !plural_mark(&form))
}

fn pluralize(form: &str, language: Language) -> String {
    let tokens = tokenize(form, language);
    let words: Vec<&Token> = tokens.iter().collect();
    let head_end = words
        .iter()
        .position(|t| t.kind == TokenKind::Elided || is_stop(&form[t.range.clone()], language))
        .unwrap_or(words.len());
    let inflected: Vec<usize> = match language {
        Language::French => (0..head_end).collect(),
        Language::English => (0..head_end)
            .rev()
            .find(|&i| words[i].kind == TokenKind::Word)
            .into_iter()
            .collect(),
        Language::Other => Vec::new(),
    };
    let mut out = String::with_capacity(form.len() + 4);
    let mut copied = 0;
    for (i, token) in words.iter().enumerate() {
        out.push_str(&form[copied..token.range.start]);
        let word = &form[token.range.clone()];
        if token.kind == TokenKind::Word && inflected.contains(&i) {
            out.push_str(&plural_word(word, language));
        } else {
            out.push_str(word);
        }
        copied = token.range.end;
    }
    out.push_str(&form[copied..]);
    out
}

fn is_stop(word: &str, language: Language) -> bool {
    let word = word.to_lowercase();
    match language {
        Language::French => FRENCH_STOPS.contains(&word.as_str()),
        Language::English => ENGLISH_STOPS.contains(&word.as_str()),
        Language::Other => false,
    }
}

fn plural_word(word: &str, language: Language) -> String {
    if !word.chars().any(char::is_lowercase) {
        return word.to_owned(); // abbreviations are invariable
    }
    match language {
        Language::French => {
            if word.ends_with(['s', 'x', 'z']) {
                word.to_owned()
            } else if let Some(stem) = word.strip_suffix("al") {
                format!("{stem}aux")
            } else if word.ends_with("au") || word.ends_with("eu") {
                format!("{word}x")
            } else {
                format!("{word}s")
            }
        }
        Language::English => {
            if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
                format!("{word}es")
            } else if let Some(stem) = word.strip_suffix('y')
                && !stem.ends_with(['a', 'e', 'o', 'u'])
            {
                format!("{stem}ies")
            } else {
                format!("{word}s")
            }
        }
        Language::Other => word.to_owned(),
    }
}

fn match_case(found: &str, form: &str) -> String {
    let has_letters = found.chars().any(char::is_alphabetic);
    if has_letters && !found.chars().any(char::is_lowercase) {
        return form.to_uppercase();
    }
    let starts_upper = found
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    let mut chars = form.chars();
    match chars.next() {
        Some(first) if starts_upper && first.is_lowercase() => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => form.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(found: &str, forbidden: &str, preferred: &str) -> String {
        replacement(found, forbidden, preferred, Language::French)
    }

    #[test]
    fn number_follows_the_text() {
        assert_eq!(
            fr("cellules mères", "cellule mère", "cellule souche"),
            "cellules souches"
        );
        assert_eq!(
            fr("cellule mère", "cellule mère", "cellule souche"),
            "cellule souche"
        );
        assert_eq!(
            fr(
                "évidences cliniques",
                "évidence clinique",
                "preuve clinique"
            ),
            "preuves cliniques"
        );
        assert_eq!(
            fr(
                "guérisons des plaies",
                "guérison des plaies",
                "facteur de croissance animal"
            ),
            "facteurs de croissance animal"
        );
        assert_eq!(fr("modèles", "modèle", "réseau animal"), "réseaux animaux");
        assert_eq!(
            replacement(
                "mother cells",
                "mother cell",
                "stem cell",
                Language::English
            ),
            "stem cells"
        );
        assert_eq!(
            replacement("bodies", "body", "growth factor of body", Language::English),
            "growth factors of body"
        );
    }

    #[test]
    fn case_follows_the_text() {
        assert_eq!(
            fr(
                "CICATRISATION DES BLESSURES",
                "cicatrisation des blessures",
                "cicatrisation des plaies"
            ),
            "CICATRISATION DES PLAIES"
        );
        assert_eq!(fr("Scaffold", "scaffold", "échafaudage"), "Échafaudage");
        assert_eq!(fr("MSC", "MSC", "CSM"), "CSM");
        assert_eq!(fr("MSCs", "MSC", "CSM"), "CSM");
    }
}
