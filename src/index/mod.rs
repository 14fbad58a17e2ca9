//! The compiled term index: the second stage of the pipeline. Built once from
//! the glossary for a source and a target language, it finds every term of
//! both sides in a text in one pass (see [`matcher`]), and the near misses of
//! a term that differ from an approved form only by accents or case.

pub mod matcher;

use std::ops::Range;

use crate::glossary::{Gender, Glossary, LangEntry, PartOfSpeech};
use crate::text::{
    Language, Token, TokenKind, complements_noun, fold_case, inflection_key, introduces_noun,
    loose_key, noun_homographs, tokenize, tokenize_outside,
};
use matcher::{FastMap, Matcher};

/// Position of a concept in [`TermIndex::concepts`].
pub type ConceptId = usize;

/// Whether a target form is approved or forbidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The preferred form or a variant.
    Accepted,
    /// A forbidden form.
    Forbidden,
}

/// A concept as the checker needs it: its forms on each side.
#[derive(Debug, Clone)]
pub struct IndexedConcept {
    /// The glossary id.
    pub id: String,
    /// Accepted forms in the source language.
    pub source: Vec<String>,
    /// Accepted forms in the target language, the preferred one first.
    pub approved: Vec<String>,
    /// Forbidden forms in the target language.
    pub forbidden: Vec<String>,
    /// Grammatical gender of the target term, when given.
    pub gender: Option<Gender>,
    /// Do not translate: the target must keep the source form.
    pub dnt: bool,
    /// The target forms (approved or forbidden) that are verbs.
    pub verbs: Vec<String>,
    /// For each forbidden form, whether it is a verb: it matches conjugated,
    /// and a conjugated form gets no replacement (the approved verb is not
    /// conjugated to fit).
    pub forbidden_verbs: Vec<bool>,
    /// Loose keys of each approved form, for near misses.
    loose: Vec<Vec<String>>,
}

/// One occurrence of a term's form in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMatch {
    /// The concept.
    pub concept: ConceptId,
    /// Approved (source matches are always `Accepted`) or forbidden.
    pub role: Role,
    /// Index of the form in `approved`, `forbidden` or `source`.
    pub form: usize,
    /// The matched tokens.
    pub tokens: Range<usize>,
    /// Byte range in the text.
    pub span: Range<usize>,
}

/// A text cut into tokens with the terms found in it.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// The tokens of the text.
    pub tokens: Vec<Token>,
    /// Every term occurrence, nested and overlapping ones included.
    pub matches: Vec<TermMatch>,
}

/// A place where a text has an approved form with other accents or case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Index of the approved form in [`IndexedConcept::approved`].
    pub form: usize,
}

#[derive(Debug, Clone)]
struct FormRef {
    concept: ConceptId,
    /// `None` for a context in which the concept's word is not the concept
    /// (`not-in`).
    role: Option<Role>,
    form: usize,
    /// For a forbidden verb, the keys of its forms spelt like a noun
    /// (*sauvegarde*): after an article or a preposition they are the noun,
    /// which may be allowed, not the verb.
    noun_homographs: Option<Box<[String]>>,
}

/// The glossary compiled for one language pair.
#[derive(Debug)]
pub struct TermIndex {
    concepts: Vec<IndexedConcept>,
    by_id: FastMap<String, ConceptId>,
    source: Matcher,
    target: Matcher,
    source_forms: Vec<FormRef>,
    target_forms: Vec<FormRef>,
    target_language: Language,
}

impl TermIndex {
    /// Compiles every concept that has a form in the source or target language.
    pub fn build(glossary: &Glossary, source_tag: &str, target_tag: &str) -> TermIndex {
        let source_language = Language::from_tag(source_tag);
        let target_language = Language::from_tag(target_tag);
        let mut index = TermIndex {
            concepts: Vec::new(),
            by_id: FastMap::default(),
            source: Matcher::new(source_language),
            target: Matcher::new(target_language),
            source_forms: Vec::new(),
            target_forms: Vec::new(),
            target_language,
        };
        for concept in &glossary.concepts {
            let source = concept.entry(source_tag);
            let target = concept.entry(target_tag);
            if source.is_none() && target.is_none() {
                continue;
            }
            let id = index.concepts.len();
            let mut indexed = IndexedConcept {
                id: concept.id.clone(),
                source: Vec::new(),
                approved: Vec::new(),
                forbidden: Vec::new(),
                gender: None,
                dnt: concept.dnt,
                verbs: Vec::new(),
                forbidden_verbs: Vec::new(),
                loose: Vec::new(),
            };
            if let Some(entry) = source {
                indexed.source = entry.accepted().map(str::to_owned).collect();
                for (form, text) in indexed.source.iter().enumerate() {
                    let payload = index.source_forms.len() as u32;
                    if add_form(&mut index.source, entry, text, payload) {
                        index.source_forms.push(FormRef {
                            concept: id,
                            role: Some(Role::Accepted),
                            form,
                            noun_homographs: None,
                        });
                    }
                }
                add_contexts(&mut index.source, &mut index.source_forms, entry, id);
            }
            if let Some(entry) = target {
                indexed.approved = entry.accepted().map(str::to_owned).collect();
                indexed.forbidden = entry.forbidden.clone();
                indexed.forbidden_verbs = indexed
                    .forbidden
                    .iter()
                    .map(|form| entry.pos_of(form) == Some(PartOfSpeech::Verb))
                    .collect();
                indexed.gender = entry.gender;
                indexed.verbs = entry
                    .accepted()
                    .chain(entry.forbidden.iter().map(String::as_str))
                    .filter(|form| entry.pos_of(form) == Some(PartOfSpeech::Verb))
                    .map(str::to_owned)
                    .collect();
                indexed.loose = indexed
                    .approved
                    .iter()
                    .map(|form| loose_keys(form, target_language))
                    .collect();
                let forms = indexed
                    .approved
                    .iter()
                    .map(|f| (Role::Accepted, f))
                    .enumerate()
                    .chain(
                        indexed
                            .forbidden
                            .iter()
                            .map(|f| (Role::Forbidden, f))
                            .enumerate(),
                    );
                for (form, (role, text)) in forms {
                    let payload = index.target_forms.len() as u32;
                    if add_form(&mut index.target, entry, text, payload) {
                        let noun_homographs = (role == Role::Forbidden
                            && entry.pos_of(text) == Some(PartOfSpeech::Verb))
                        .then(|| noun_homograph_keys(text, target_language))
                        .filter(|keys| !keys.is_empty());
                        index.target_forms.push(FormRef {
                            concept: id,
                            role: Some(role),
                            form,
                            noun_homographs,
                        });
                    }
                }
                add_contexts(&mut index.target, &mut index.target_forms, entry, id);
            }
            index.by_id.insert(indexed.id.clone(), id);
            index.concepts.push(indexed);
        }
        index
    }

    /// The indexed concepts.
    pub fn concepts(&self) -> &[IndexedConcept] {
        &self.concepts
    }

    /// The concept with a glossary id (for Fluent term references `{ -id }`).
    pub fn concept_by_id(&self, id: &str) -> Option<ConceptId> {
        self.by_id.get(id).copied()
    }

    /// The language of the target side.
    pub fn target_language(&self) -> Language {
        self.target_language
    }

    /// The source-language terms used in `text`.
    pub fn scan_source(&self, text: &str) -> Scan {
        self.scan_source_outside(text, &[])
    }

    /// The approved and forbidden target-language forms in `text`.
    pub fn scan_target(&self, text: &str) -> Scan {
        self.scan_target_outside(text, &[])
    }

    /// [`TermIndex::scan_source`], outside the sorted `code` spans of `text`.
    pub fn scan_source_outside(&self, text: &str, code: &[Range<usize>]) -> Scan {
        scan(&self.source, &self.source_forms, text, code)
    }

    /// [`TermIndex::scan_target`], outside the sorted `code` spans of `text`.
    pub fn scan_target_outside(&self, text: &str, code: &[Range<usize>]) -> Scan {
        scan(&self.target, &self.target_forms, text, code)
    }

    /// The loose keys of a target text's tokens, for [`TermIndex::near_miss`].
    pub fn loose_text(&self, text: &str, tokens: &[Token]) -> LooseText {
        let keys: Vec<String> = tokens
            .iter()
            .map(|token| token_loose_key(token, text, self.target_language))
            .collect();
        let mut starts: FastMap<String, Vec<usize>> = FastMap::default();
        for (position, key) in keys.iter().enumerate() {
            starts.entry(key.clone()).or_default().push(position);
        }
        LooseText { keys, starts }
    }

    /// The first place in a target text (its tokens and their loose keys)
    /// that spells an approved form of `concept` with other accents or case.
    /// Only the places where a form's first key occurs are tried, so that
    /// asking for many concepts in a long text stays linear.
    pub fn near_miss(
        &self,
        concept: ConceptId,
        loose: &LooseText,
        tokens: &[Token],
    ) -> Option<NearMiss> {
        let wanted = &self.concepts.get(concept)?.loose;
        let keys = &loose.keys;
        wanted
            .iter()
            .enumerate()
            .filter_map(|(form, wanted)| {
                let first = wanted.first()?;
                let start = loose.starts.get(first)?.iter().copied().find(|&start| {
                    keys.get(start..start + wanted.len()) == Some(wanted.as_slice())
                })?;
                Some((start, form, start + wanted.len()))
            })
            .min()
            .map(|(start, form, end)| NearMiss {
                span: tokens[start].range.start..tokens[end - 1].range.end,
                form,
            })
    }
}

/// True when `form` is an abbreviation in capitals of up to five letters
/// (*AUS*, *MRI*): it is matched in its own letter case even in a table that
/// is not `case-sensitive`, or inflection would find it in common words
/// (*aux*, *au*).
pub fn is_short_capitals(form: &str) -> bool {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters)
        && !form.chars().any(char::is_lowercase)
        && !form.contains(char::is_whitespace)
}

/// Adds one form of an entry to a matcher, conjugated when it is a verb;
/// short capitals keep their case (see [`is_short_capitals`]).
fn add_form(matcher: &mut Matcher, entry: &LangEntry, form: &str, payload: u32) -> bool {
    let case_sensitive = entry.case_sensitive || is_short_capitals(form);
    if entry.pos_of(form) == Some(PartOfSpeech::Verb) {
        matcher.add_verb(form, case_sensitive, payload)
    } else {
        matcher.add(form, case_sensitive, payload)
    }
}

/// The tokens of a text reduced to accent- and case-insensitive keys.
#[derive(Debug, Clone)]
pub struct LooseText {
    keys: Vec<String>,
    /// Where each key occurs, in order.
    starts: FastMap<String, Vec<usize>>,
}

fn scan(matcher: &Matcher, forms: &[FormRef], text: &str, code: &[Range<usize>]) -> Scan {
    let tokens = tokenize_outside(text, matcher.language(), code);
    let symbols = matcher.symbols(text, &tokens);
    let found = matcher.find(&tokens, &symbols);
    // The contexts in which a concept's word is not the concept.
    let contexts: Vec<(ConceptId, Range<usize>)> = found
        .iter()
        .filter_map(|m| {
            let form = forms.get(m.payload as usize)?;
            form.role
                .is_none()
                .then(|| (form.concept, m.tokens.clone()))
        })
        .collect();
    let matches = found
        .into_iter()
        .filter_map(|m| {
            let form = forms.get(m.payload as usize)?;
            // A derived word uses no term, but may still spell a forbidden one.
            if m.derived && form.role == Some(Role::Accepted) {
                return None;
            }
            if form
                .noun_homographs
                .as_deref()
                .is_some_and(|keys| reads_as_noun(text, &tokens, m.tokens.start, keys))
            {
                return None;
            }
            let in_context = contexts.iter().any(|(concept, context)| {
                *concept == form.concept
                    && context.start <= m.tokens.start
                    && m.tokens.end <= context.end
            });
            Some(TermMatch {
                concept: form.concept,
                role: form.role.filter(|_| !in_context)?,
                form: form.form,
                tokens: m.tokens,
                span: m.span,
            })
        })
        .collect();
    Scan { tokens, matches }
}

/// The inflection keys of the forms of a verb spelt like a noun.
fn noun_homograph_keys(verb: &str, language: Language) -> Box<[String]> {
    let verb = fold_case(verb);
    let first = verb.split_whitespace().next().unwrap_or_default();
    noun_homographs(first, language)
        .iter()
        .map(|form| inflection_key(form, language, false).into_owned())
        .collect()
}

/// True when the word at `at` has one of the noun-like `keys` and follows an
/// article or a preposition (*la sauvegarde*, *de sauvegarde*) or comes
/// before a complement (*sauvegarde du contenu*).
fn reads_as_noun(text: &str, tokens: &[Token], at: usize, keys: &[String]) -> bool {
    let word = |i: usize| fold_case(&tokens[i].normalized(text)).into_owned();
    let key = inflection_key(&word(at), Language::French, false).into_owned();
    keys.contains(&key)
        && (at
            .checked_sub(1)
            .is_some_and(|before| introduces_noun(&word(before)))
            || (at + 1 < tokens.len() && complements_noun(&word(at + 1))))
}

/// Adds the `not-in` contexts of an entry, matched like forms.
fn add_contexts(
    matcher: &mut Matcher,
    forms: &mut Vec<FormRef>,
    entry: &LangEntry,
    concept: ConceptId,
) {
    for (form, context) in entry.not_in.iter().enumerate() {
        let payload = forms.len() as u32;
        if matcher.add(context, entry.case_sensitive, payload) {
            forms.push(FormRef {
                concept,
                role: None,
                form,
                noun_homographs: None,
            });
        }
    }
}

fn token_loose_key(token: &Token, text: &str, language: Language) -> String {
    let normalized = token.normalized(text);
    match token.kind {
        TokenKind::Word => loose_key(&normalized, language),
        // No form holds code: its key matches nothing.
        TokenKind::Code => String::from(crate::documents::PLACEHOLDER),
        _ => fold_case(&normalized).into_owned(),
    }
}

fn loose_keys(form: &str, language: Language) -> Vec<String> {
    tokenize(form, language)
        .iter()
        .map(|token| token_loose_key(token, form, language))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;
    use proptest::prelude::*;

    fn index(glossary: &str) -> TermIndex {
        let loaded = load_str("g.toml", glossary);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        TermIndex::build(&loaded.glossary, "en", "fr")
    }

    fn found(index: &TermIndex, text: &str) -> Vec<(String, Role, String)> {
        index
            .scan_target(text)
            .matches
            .into_iter()
            .map(|m| {
                (
                    index.concepts()[m.concept].id.clone(),
                    m.role,
                    text[m.span].to_owned(),
                )
            })
            .collect()
    }

    const NESTED: &str = r#"
[terms.cellule.fr]
term = "cellule"
[terms.cellule-souche.fr]
term = "cellule souche"
forbidden = ["cellule mère"]
[terms.souche-adulte.fr]
term = "souche adulte"
"#;

    #[test]
    fn nested_and_overlapping_terms_are_all_found() {
        let index = index(NESTED);
        assert_eq!(
            found(&index, "Cellules souches adultes, cellule mère."),
            vec![
                ("cellule".into(), Role::Accepted, "Cellules".into()),
                (
                    "cellule-souche".into(),
                    Role::Accepted,
                    "Cellules souches".into()
                ),
                (
                    "souche-adulte".into(),
                    Role::Accepted,
                    "souches adultes".into()
                ),
                ("cellule".into(), Role::Accepted, "cellule".into()),
                (
                    "cellule-souche".into(),
                    Role::Forbidden,
                    "cellule mère".into()
                ),
            ]
        );
    }

    #[test]
    fn punctuation_and_hyphens_are_not_spaces() {
        let index = index(NESTED);
        assert!(found(&index, "Cellule, souche; cellule (souche)").len() == 2);
        assert_eq!(
            found(&index, "Une cellule-souche."),
            vec![("cellule".into(), Role::Accepted, "cellule".into())]
        );
    }

    #[test]
    fn hyphens_are_word_boundaries_except_after_a_bound_prefix() {
        let index = index("[terms.csm.fr]\nterm = \"cellule\"\n");
        let spans = |text: &str| -> Vec<String> {
            found(&index, text).into_iter().map(|(_, _, s)| s).collect()
        };
        assert_eq!(spans("Cellule-dérivée, néo-cellule"), vec!["Cellule"]);
        assert_eq!(spans("greffe-cellule, sous-cellule"), vec!["cellule"]);
        assert!(spans("anti-cellules, non-cellule, Ré-cellule").is_empty());
    }

    #[test]
    fn articles_inflect_with_their_noun() {
        let index = index(
            "[terms.gvh.fr]\nterm = \"maladie du greffon contre l'hôte\"\n\
             [terms.ulcere.fr]\nterm = \"ulcère du pied\"\n",
        );
        let ids = |text: &str| -> Vec<String> {
            found(&index, text)
                .into_iter()
                .map(|(id, _, _)| id)
                .collect()
        };
        assert_eq!(ids("Maladies des greffons contre les hôtes."), vec!["gvh"]);
        assert_eq!(ids("Ulcères des pieds ; ulcère de pied."), vec!["ulcere"]);
    }

    #[test]
    fn near_misses_compare_without_accents() {
        let index = index("[terms.regeneration]\nfr = \"régénération cutanée\"\n");
        let text = "La REGENERATION cutanee.";
        let scan = index.scan_target(text);
        assert!(scan.matches.is_empty());
        let loose = index.loose_text(text, &scan.tokens);
        let near = index.near_miss(0, &loose, &scan.tokens).unwrap();
        assert_eq!(&text[near.span], "REGENERATION cutanee");
    }

    /// French paradigms: the masculine singular ending, then other forms.
    const PARADIGMS: &[&[&str]] = &[
        &["", "s", "e", "es"],
        &["al", "aux", "ale", "ales"],
        &["if", "ifs", "ive", "ives"],
        &["eux", "euse", "euses"],
        &["teur", "teurs", "trice", "trices"],
        &["el", "els", "elle", "elles"],
        &["ien", "iens", "ienne", "iennes"],
        &["on", "ons", "onne", "onnes"],
        &["et", "ets", "ette", "ettes"],
        &["er", "ers", "ère", "ères"],
        &["eau", "eaux", "elle", "elles"],
        &["et", "ète", "ètes"],
        &["ail", "ails", "aux"],
        &["in", "ins", "igne", "ignes"],
        &["uc", "ucs", "uque", "uques"],
        &["anc", "ancs", "anche", "anches"],
        &["ec", "ecs", "èche", "èches"],
        &["ng", "ngs", "ngue", "ngues"],
        &["aux", "ausse", "ausses"],
        &["oux", "ousse", "ousses", "ouce"],
        &["ou", "ous", "olle", "olles"],
        &["eux", "eille", "eilles"],
        &["ais", "aîche", "aîches"],
        &["ef", "efs", "ève", "èves"],
        &["euf", "eufs", "euve", "euves"],
    ];

    /// English paradigms: the singular ending, then plural and possessive forms.
    const ENGLISH_PARADIGMS: &[&[&str]] = &[
        &["", "s", "'s", "’s", "s'"],
        &["y", "ies", "y's"],
        &["ie", "ies"],
        &["f", "ves", "f's"],
        &["fe", "ves"],
        &["ss", "sses"],
        &["ch", "ches"],
        &["sis", "ses"],
        &["um", "a"],
    ];

    fn english_index(term: &str) -> TermIndex {
        let loaded = load_str("g.toml", &format!("[terms.t]\nen = \"{term}\"\n"));
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        TermIndex::build(&loaded.glossary, "en", "fr")
    }

    /// Bound prefixes of both languages: a word hyphened after one is derived.
    const PREFIXES: [&str; 8] = ["anti", "non", "sous", "ré", "post", "co", "pré", "Immuno"];

    fn stem() -> impl Strategy<Value = String> {
        "([bcdfgmprv][aioué]){1,3}[dgmp]"
    }

    proptest! {
        #[test]
        fn every_inflected_form_matches(
            noun in stem(),
            adjective in stem(),
            paradigm in 0..PARADIGMS.len(),
            pick in 0usize..4,
        ) {
            let forms = PARADIGMS[paradigm];
            let inflected = forms[1 + pick % (forms.len() - 1)];
            let glossary = format!(
                "[terms.t.fr]\nterm = \"{noun} {adjective}{}\"\n",
                forms[0]
            );
            let index = index(&glossary);
            let text = format!("Les {noun}s {adjective}{inflected} ici.");
            let found = found(&index, &text);
            prop_assert_eq!(found.len(), 1, "{} in {}", glossary, text);
        }

        #[test]
        fn every_english_plural_and_possessive_matches(
            head in "[a-z]{3,8}",
            stem in "[bcdfgmprv][aeiou][bdgmpt]r[aeiou][dgmpt]",
            paradigm in 0..ENGLISH_PARADIGMS.len(),
            pick in 0usize..4,
        ) {
            let forms = ENGLISH_PARADIGMS[paradigm];
            let inflected = forms[1 + pick % (forms.len() - 1)];
            let index = english_index(&format!("{head} {stem}{}", forms[0]));
            let text = format!("The {head} {stem}{inflected} here.");
            let scan = index.scan_source(&text);
            prop_assert_eq!(scan.matches.len(), 1, "{}", text);
        }

        #[test]
        fn no_term_matches_inside_a_longer_word(
            word in stem(),
            prefix in "[a-zé]{0,3}",
            suffix in "([bcdfgkmpqv][a-z]{1,3})?",
            bound in 0..PREFIXES.len(),
        ) {
            prop_assume!(!prefix.is_empty() || !suffix.is_empty());
            let index = index(&format!("[terms.t.fr]\nterm = \"{word}\"\n"));
            let bound = PREFIXES[bound];
            let text = format!("Un {prefix}{word}{suffix}, un {bound}-{word}.");
            let found = found(&index, &text);
            prop_assert!(found.is_empty(), "{:?}", found);
        }

        #[test]
        fn a_hyphen_to_a_free_word_is_a_boundary(
            word in stem(),
            other in stem(),
        ) {
            prop_assume!(word != other && !crate::text::is_bound_prefix(&other));
            let index = index(&format!("[terms.t.fr]\nterm = \"{word}\"\n"));
            let text = format!("Un {word}-{other}, un {other}-{word}.");
            prop_assert_eq!(found(&index, &text).len(), 2);
        }
    }
}
