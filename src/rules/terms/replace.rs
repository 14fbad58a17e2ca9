//! The approved form to put in place of a forbidden one, in the number,
//! gender and letter case the text used: *cellules mères* → *cellules
//! souches*, *donatrices* → *donneuses*, *CICATRISATION DES BLESSURES* →
//! *CICATRISATION DES PLAIES*.

use std::ops::Range;

use crate::glossary::Gender;
use crate::text::{
    Language, Token, TokenKind, is_apostrophe, is_hyphen, strip_accents_char, tokenize,
};

/// A replacement of a byte range of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The bytes replaced.
    pub span: Range<usize>,
    /// What goes in their place.
    pub text: String,
}

/// French words elided before a vowel, with their full form.
const ELISIONS: [(&str, &str); 11] = [
    ("d", "de"),
    ("qu", "que"),
    ("jusqu", "jusque"),
    ("lorsqu", "lorsque"),
    ("puisqu", "puisque"),
    ("n", "ne"),
    ("s", "se"),
    ("c", "ce"),
    ("j", "je"),
    ("m", "me"),
    ("t", "te"),
];

/// Possessives that take the masculine form before a vowel (*son innocuité*).
const POSSESSIVES: [(&str, &str); 3] = [("ma", "mon"), ("ta", "ton"), ("sa", "son")];

/// French words that end the head of a term: words after them do not agree
/// with it (*facteurs de croissance*).
const FRENCH_STOPS: [&str; 17] = [
    "de", "du", "des", "à", "au", "aux", "en", "pour", "par", "sur", "sous", "avec", "sans",
    "chez", "contre", "entre", "dans",
];

/// English prepositions that end the head of a term (*rates of healing*).
const ENGLISH_STOPS: [&str; 6] = ["of", "for", "in", "on", "with", "by"];

/// `preferred`, in the number, gender and case in which `found` spells
/// `forbidden`.
pub fn replacement(found: &str, forbidden: &str, preferred: &str, language: Language) -> String {
    let mut form = preferred.to_owned();
    if is_feminine(found, forbidden, language) {
        form = inflect_head(&form, language, feminine_word);
    }
    if is_plural(found, forbidden, language) {
        form = inflect_head(&form, language, plural_word);
    }
    match_case(found, &form)
}

/// The gender of the replacement: feminine when `found` is a feminine of
/// `forbidden` (*enquêtrice* for *enquêteur*), else the term's gender.
pub fn gender(
    found: &str,
    forbidden: &str,
    term_gender: Option<Gender>,
    language: Language,
) -> Option<Gender> {
    if is_feminine(found, forbidden, language) {
        Some(Gender::Feminine)
    } else {
        term_gender
    }
}

fn words(text: &str, language: Language) -> Vec<String> {
    tokenize(text, language)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.normalized(text).to_lowercase())
        .collect()
}

/// True when a word of `found` carries a plural mark that the same word of
/// `forbidden` lacks (*infectueuses* for *infectueux*: the `x` is no plural
/// mark of the singular, the `s` is one).
fn is_plural(found: &str, forbidden: &str, language: Language) -> bool {
    let plural_mark = |word: &str| match language {
        Language::French => word.chars().next_back().filter(|c| matches!(c, 's' | 'x')),
        Language::English => word.chars().next_back().filter(|&c| c == 's'),
        Language::Other => None,
    };
    words(found, language)
        .iter()
        .zip(words(forbidden, language))
        .any(|(found, form)| {
            *found != form && plural_mark(found).is_some_and(|m| !form.ends_with(m))
        })
}

/// True when a French word of `found` is a feminine (it ends in `-e`, plural
/// mark aside) of a word of `forbidden` that is not.
fn is_feminine(found: &str, forbidden: &str, language: Language) -> bool {
    if language != Language::French {
        return false;
    }
    words(found, language)
        .iter()
        .zip(words(forbidden, language))
        .any(|(found, form)| {
            let singular = found.strip_suffix('s').unwrap_or(found);
            *found != form && singular.ends_with('e') && !form.ends_with('e')
        })
}

/// `form` with `inflect` applied to each word of its head (the words before
/// a preposition; in English, the last of them).
fn inflect_head(form: &str, language: Language, inflect: fn(&str, Language) -> String) -> String {
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
            out.push_str(&inflect(word, language));
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

/// French feminines that follow no ending rule.
const IRREGULAR_FEMININES: [(&str, &str); 17] = [
    ("beau", "belle"),
    ("bénin", "bénigne"),
    ("blanc", "blanche"),
    ("doux", "douce"),
    ("faux", "fausse"),
    ("fou", "folle"),
    ("franc", "franche"),
    ("frais", "fraîche"),
    ("gentil", "gentille"),
    ("grec", "grecque"),
    ("long", "longue"),
    ("malin", "maligne"),
    ("mou", "molle"),
    ("nouveau", "nouvelle"),
    ("roux", "rousse"),
    ("sec", "sèche"),
    ("vieux", "vieille"),
];

/// Masculine endings and their feminine, tried in order: *-ateur* →
/// *-atrice*, *-eur* → *-euse*, *-if* → *-ive*, *-el* → *-elle*…
const FEMININE_ENDINGS: [(&str, &str); 20] = [
    ("ateur", "atrice"),
    ("cteur", "ctrice"),
    ("ieur", "ieure"),
    ("eur", "euse"),
    ("eux", "euse"),
    ("oux", "ouse"),
    ("if", "ive"),
    ("f", "ve"),
    ("eil", "eille"),
    ("el", "elle"),
    ("ul", "ulle"),
    ("ien", "ienne"),
    ("en", "enne"),
    ("on", "onne"),
    ("plet", "plète"),
    ("cret", "crète"),
    ("iet", "iète"),
    ("et", "ette"),
    ("er", "ère"),
    ("gu", "guë"),
];

/// The feminine of a French masculine word (*donneur* → *donneuse*); words
/// that already end in `-e` and abbreviations stay.
fn feminine_word(word: &str, language: Language) -> String {
    if language != Language::French || word.ends_with('e') || !word.chars().any(char::is_lowercase)
    {
        return word.to_owned();
    }
    if let Some((_, feminine)) = IRREGULAR_FEMININES.iter().find(|(m, _)| *m == word) {
        return (*feminine).to_owned();
    }
    FEMININE_ENDINGS
        .iter()
        .find_map(|(masculine, feminine)| {
            word.strip_suffix(masculine)
                .map(|stem| format!("{stem}{feminine}"))
        })
        .unwrap_or_else(|| format!("{word}e"))
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

/// The edit that puts `replacement` at `span` of `text`, with the French
/// word before it adapted to the new first letter: an elided `l’`, `d’`…
/// spelt out before a consonant (`l’` needs the gender), `le`, `la`, `de`…
/// elided before a vowel, `sa` → `son`.
pub fn fix(
    text: &str,
    span: Range<usize>,
    replacement: &str,
    gender: Option<Gender>,
    language: Language,
) -> Fix {
    let plain = Fix {
        span: span.clone(),
        text: replacement.to_owned(),
    };
    if language != Language::French {
        return plain;
    }
    let starts_with_vowel = replacement
        .chars()
        .next()
        .map(|c| strip_accents_char(c.to_lowercase().next().unwrap_or(c)))
        .is_some_and(|c| "aeiouy".contains(c));
    let before = &text[..span.start];
    // An elided word right before the span: `l’`, `d'`.
    if let Some(apostrophe) = before.chars().next_back().filter(|&c| is_apostrophe(c)) {
        let head = &before[..before.len() - apostrophe.len_utf8()];
        let word_start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &head[word_start..];
        if starts_with_vowel || replacement.starts_with(['h', 'H']) {
            return plain;
        }
        let lower = word.to_lowercase();
        let full = if lower == "l" {
            match gender {
                Some(Gender::Feminine) => Some("la"),
                Some(Gender::Masculine) => Some("le"),
                _ => None,
            }
        } else {
            ELISIONS.iter().find(|(e, _)| *e == lower).map(|(_, f)| *f)
        };
        return match full {
            Some(full) => Fix {
                span: word_start..span.end,
                text: format!("{} {replacement}", same_initial_case(word, full)),
            },
            None => plain,
        };
    }
    // A whole word and one space before the span: `le`, `de`, `sa`.
    let Some(head) = before.strip_suffix(' ') else {
        return plain;
    };
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
    let lower = word.to_lowercase();
    let apostrophe = if text.contains('\u{2019}') {
        '\u{2019}'
    } else {
        '\''
    };
    let elided = match lower.as_str() {
        "le" | "la" => Some("l"),
        other => ELISIONS.iter().find(|(_, f)| *f == other).map(|(e, _)| *e),
    };
    if starts_with_vowel && let Some(elided) = elided {
        return Fix {
            span: word_start..span.end,
            text: format!(
                "{}{apostrophe}{replacement}",
                same_initial_case(word, elided)
            ),
        };
    }
    let possessive = POSSESSIVES.iter().find_map(|&(feminine, masculine)| {
        if starts_with_vowel && lower == feminine {
            Some(masculine)
        } else if !starts_with_vowel && lower == masculine && gender == Some(Gender::Feminine) {
            Some(feminine)
        } else {
            None
        }
    });
    match possessive {
        Some(possessive) => Fix {
            span: word_start..span.end,
            text: format!("{} {replacement}", same_initial_case(word, possessive)),
        },
        None => plain,
    }
}

/// `fix` widened to the whole compound its span is joined into by a hyphen
/// or a slash (*porte-clefs* → *porte-clés*, *sauvegarder/restaurer* →
/// *enregistrer/restaurer*) and to a plural mark in brackets (*login(s)* →
/// *connexion(s)*): the edit shows the word it changes, and rewrites only
/// the forbidden part of it.
pub fn whole_compound(text: &str, fix: Fix) -> Fix {
    let fix = with_bracketed_mark(text, fix);
    let joiner = |c: char| is_hyphen(c) || c == '/';
    let part = |c: char| c.is_alphanumeric() || joiner(c) || is_apostrophe(c);
    let joined_before = text[..fix.span.start]
        .chars()
        .next_back()
        .is_some_and(joiner);
    let joined_after = text[fix.span.end..].chars().next().is_some_and(joiner);
    if !joined_before && !joined_after {
        return fix;
    }
    let start = text[..fix.span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(fix.span.start, |(i, _)| i);
    let end = text[fix.span.end..]
        .char_indices()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(fix.span.end, |(i, c)| fix.span.end + i + c.len_utf8());
    // The compound without joiners at its ends (`sous-` at a line end).
    let end = text[..end].trim_end_matches(joiner).len().max(fix.span.end);
    let start = (end - text[start..end].trim_start_matches(joiner).len()).min(fix.span.start);
    Fix {
        text: format!(
            "{}{}{}",
            &text[start..fix.span.start],
            fix.text,
            &text[fix.span.end..end]
        ),
        span: start..end,
    }
}

/// `fix` without a word that the text already has beside its span: with
/// *serveur mandataire* for *proxy* in *serveur proxy*, the edit takes in
/// *serveur* rather than write it twice; the text's letter case is kept.
pub fn without_doubled_words(text: &str, fix: Fix, language: Language) -> Fix {
    let replacement = tokenize(&fix.text, language);
    let before = tokenize(&text[..fix.span.start], language);
    let same = |a: &Token, a_text: &str, b: &Token, b_text: &str| {
        a.kind == TokenKind::Word
            && b.kind == TokenKind::Word
            && a.normalized(a_text).to_lowercase() == b.normalized(b_text).to_lowercase()
    };
    // The longest run of the replacement's first words that ends the text before the span.
    let doubled = (1..replacement.len())
        .rev()
        .find(|&n| {
            n <= before.len()
                && before[before.len() - n..]
                    .iter()
                    .zip(&replacement[..n])
                    .all(|(b, r)| same(b, text, r, &fix.text))
                && text[before[before.len() - 1].range.end..fix.span.start]
                    .chars()
                    .all(char::is_whitespace)
        })
        .unwrap_or(0);
    if doubled == 0 {
        return fix;
    }
    let start = before[before.len() - doubled].range.start;
    let kept = &text[start..before[before.len() - 1].range.end];
    let rest = &fix.text[replacement[doubled - 1].range.end..];
    Fix {
        text: format!("{kept}{rest}"),
        span: start..fix.span.end,
    }
}

/// `fix` with the accelerator marker of `found` (`Pro_xy`, `jo~ur`,
/// `Enre&gistrer`) before its first letter, so that the interface keeps its
/// keyboard mnemonic.
pub fn keep_accelerator(text: &str, found: &str, fix: Fix) -> Fix {
    // A marker right before the word (`_Timeout`, `&Save`): the edit takes
    // it in and puts it back before the new word.
    let before = &text[..fix.span.start];
    if let Some(marker) = before
        .chars()
        .next_back()
        .filter(|&c| matches!(c, '_' | '~' | '&'))
        && !before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return Fix {
            span: fix.span.start - 1..fix.span.end,
            text: format!("{marker}{}", fix.text),
        };
    }
    let marker = found
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '_' | '~' | '&')
                && found[i + c.len_utf8()..].starts_with(char::is_alphabetic)
        })
        .map(|(_, c)| c);
    // The first letter the fix changes: words it keeps (`Serveur` in
    // `Serveur Pro_xy` → `Serveur _mandataire`) keep no marker.
    let kept: usize = fix
        .text
        .chars()
        .zip(text[fix.span.clone()].chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let first = fix.text[kept..]
        .find(char::is_alphabetic)
        .map(|first| kept + first);
    let (Some(marker), Some(first)) = (marker, first) else {
        return fix;
    };
    Fix {
        text: format!("{}{marker}{}", &fix.text[..first], &fix.text[first..]),
        span: fix.span,
    }
}

/// `fix` with the bracketed mark after its span (`(s)`, `(e)s`, `(rice)`).
fn with_bracketed_mark(text: &str, fix: Fix) -> Fix {
    let after = &text[fix.span.end..];
    let close = after
        .strip_prefix('(')
        .and_then(|rest| rest.find(')'))
        .filter(|&close| close > 0 && close <= 4 && rest_is_lowercase(&after[1..=close]));
    let Some(close) = close else { return fix };
    let mut end = fix.span.end + close + 2;
    end += text[end..].chars().take_while(|&c| c == 's').count();
    Fix {
        text: format!("{}{}", fix.text, &text[fix.span.end..end]),
        span: fix.span.start..end,
    }
}

fn rest_is_lowercase(text: &str) -> bool {
    text.chars().all(char::is_lowercase)
}

/// `word` spelt like `model` as to its first letter's case.
fn same_initial_case(model: &str, word: &str) -> String {
    if model.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        word.to_owned()
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
    fn gender_follows_the_text() {
        assert_eq!(fr("donatrices", "donateur", "donneur"), "donneuses");
        assert_eq!(
            fr("Enquêtrice", "enquêteur", "investigateur"),
            "Investigatrice"
        );
        assert_eq!(
            fr("enquêteurs", "enquêteur", "investigateur"),
            "investigateurs"
        );
        assert_eq!(
            fr("infectueuses", "infectueux", "infectieux"),
            "infectieuses"
        );
        assert_eq!(fr("maligne", "malicieux", "malin"), "maligne");
        assert_eq!(
            fr(
                "réactions adverses",
                "réaction adverse",
                "effet indésirable"
            ),
            "effets indésirables"
        );
        let words = [
            ("actif", "active"),
            ("cicatriciel", "cicatricielle"),
            ("ancien", "ancienne"),
            ("premier", "première"),
            ("complet", "complète"),
            ("muet", "muette"),
            ("antérieur", "antérieure"),
            ("directeur", "directrice"),
            ("nouveau", "nouvelle"),
            ("cutané", "cutanée"),
            ("autologue", "autologue"),
        ];
        for (masculine, feminine) in words {
            assert_eq!(feminine_word(masculine, Language::French), feminine);
        }
        assert_eq!(
            gender(
                "l’enquêtrice",
                "enquêteur",
                Some(Gender::Masculine),
                Language::French
            ),
            Some(Gender::Feminine)
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

    fn fixed(text: &str, found: &str, replacement: &str, gender: Option<Gender>) -> String {
        let start = text.find(found).unwrap();
        let fix = fix(
            text,
            start..start + found.len(),
            replacement,
            gender,
            Language::French,
        );
        format!(
            "{}{}{}",
            &text[..fix.span.start],
            fix.text,
            &text[fix.span.end..]
        )
    }

    #[test]
    fn articles_follow_the_new_first_letter() {
        let feminine = Some(Gender::Feminine);
        assert_eq!(
            fixed("renforcent l’évidence", "évidence", "preuve", feminine),
            "renforcent la preuve"
        );
        assert_eq!(
            fixed("L'évidence", "évidence", "preuve", feminine),
            "La preuve"
        );
        assert_eq!(fixed("l'évidence", "évidence", "preuve", None), "l'preuve");
        assert_eq!(
            fixed("d’évidences", "évidences", "preuves", None),
            "de preuves"
        );
        assert_eq!(
            fixed("Le scaffold", "scaffold", "échafaudage", None),
            "L'échafaudage"
        );
        assert_eq!(
            fixed("Sa sécurité", "sécurité", "innocuité", feminine),
            "Son innocuité"
        );
        assert_eq!(
            fixed("son évidence", "évidence", "preuve", feminine),
            "sa preuve"
        );
        assert_eq!(
            fixed("la sécurité", "sécurité", "garantie", feminine),
            "la garantie"
        );
    }
}
