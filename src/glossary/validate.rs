//! Checks that span several entries or files: duplicate ids, undeclared
//! languages, forms both accepted and forbidden, forms claimed by two
//! concepts, and do-not-translate concepts whose forms differ.

use std::collections::HashMap;

use super::load::LoadedGlossary;
use super::model::{Glossary, same_language};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::text::comparison_key;

/// Adds the cross-entry diagnostics of `loaded` and drops concepts whose id
/// repeats one read before.
pub fn check_glossary(loaded: &mut LoadedGlossary) {
    remove_duplicate_ids(loaded);
    if let (Some(tag), Some(at)) = (
        &loaded.glossary.header.source_language,
        &loaded.source_language_at,
    ) && let Some(warning) = language_without_forms(&loaded.glossary, tag)
    {
        let warning = warning.at(&at.file, at.span.clone());
        loaded.diagnostics.push(warning);
    }
    let declared = &loaded.glossary.header.languages;
    let mut claimed: HashMap<(String, String), usize> = HashMap::new();
    for (index, (concept, source)) in loaded
        .glossary
        .concepts
        .iter()
        .zip(&loaded.sources)
        .enumerate()
    {
        let span_of = |lang: &str| {
            source
                .languages
                .get(lang)
                .cloned()
                .unwrap_or(source.id_span.clone())
        };
        for (lang, entry) in &concept.languages {
            if !declared.is_empty() && !declared.contains(lang) {
                loaded.diagnostics.push(
                    Diagnostic::error(msg!(
                        "glossary-undeclared-language",
                        tag = lang,
                        declared = declared.join(", ")
                    ))
                    .at(&source.file, span_of(lang))
                    .with_help(language_help(lang, declared)),
                );
            }
            for forbidden in &entry.forbidden {
                let key = comparison_key(forbidden, entry.case_sensitive);
                if entry
                    .accepted()
                    .any(|form| comparison_key(form, entry.case_sensitive) == key)
                {
                    loaded.diagnostics.push(
                        Diagnostic::error(msg!(
                            "glossary-accepted-and-forbidden",
                            form = forbidden,
                            id = &concept.id
                        ))
                        .at(&source.file, span_of(lang))
                        .with_help(msg!("help-accepted-and-forbidden")),
                    );
                }
            }
            for form in entry.accepted() {
                let key = (lang.clone(), comparison_key(form, entry.case_sensitive));
                match claimed.get(&key) {
                    Some(&other) if other != index => {
                        let first = &loaded.sources[other];
                        let first_id = &loaded.glossary.concepts[other].id;
                        let first_span = first
                            .languages
                            .get(lang)
                            .cloned()
                            .unwrap_or(first.id_span.clone());
                        let other_domain = &loaded.glossary.concepts[other].domain;
                        let diagnostic = match (&concept.domain, other_domain) {
                            // Homonyms: one word, two senses in two fields.
                            (Some(domain), Some(other_domain)) if domain != other_domain => {
                                Diagnostic::info(msg!(
                                    "glossary-homonym",
                                    form = form,
                                    id = &concept.id,
                                    domain = domain,
                                    other = first_id,
                                    other_domain = other_domain
                                ))
                                .with_help(msg!("help-homonym"))
                            }
                            _ => Diagnostic::warning(msg!(
                                "glossary-ambiguous-form",
                                form = form,
                                id = &concept.id,
                                other = first_id
                            ))
                            .with_help(msg!("help-ambiguous-form")),
                        };
                        loaded.diagnostics.push(
                            diagnostic.at(&source.file, span_of(lang)).with_related(
                                &first.file,
                                first_span,
                                msg!("note-first-claimed", id = first_id),
                            ),
                        );
                    }
                    Some(_) => {}
                    None => {
                        claimed.insert(key, index);
                    }
                }
            }
        }
        if concept.dnt {
            let mut forms = concept
                .languages
                .values()
                .map(|e| comparison_key(&e.term, e.case_sensitive));
            if let Some(first) = forms.next()
                && forms.any(|form| form != first)
            {
                loaded.diagnostics.push(
                    Diagnostic::error(msg!("glossary-dnt-differs", id = &concept.id))
                        .at(&source.file, source.id_span.clone())
                        .with_help(msg!("help-dnt-differs")),
                );
            }
        }
    }
}

/// A warning when `tag` is a language that no concept has a form in (the
/// source or target language of a glossary or a configuration): `check`
/// would find nothing to check. `None` when a concept has it, or when the
/// glossary is empty.
pub fn language_without_forms(glossary: &Glossary, tag: &str) -> Option<Diagnostic> {
    let mut used: Vec<&str> = Vec::new();
    for lang in glossary.concepts.iter().flat_map(|c| c.languages.keys()) {
        if same_language(lang, tag) {
            return None;
        }
        if !used.contains(&lang.as_str()) {
            used.push(lang);
        }
    }
    if used.is_empty() {
        return None;
    }
    Some(
        Diagnostic::warning(msg!("glossary-language-without-forms", tag = tag)).with_help(msg!(
            "help-language-without-forms",
            languages = used.join(", ")
        )),
    )
}

/// "Did you mean fr?" for a near declared tag, else how to declare it.
fn language_help(tag: &str, declared: &[String]) -> crate::i18n::Message {
    let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
    match super::did_you_mean(tag, &declared) {
        Some(near) => msg!("help-did-you-mean", name = near),
        None => msg!("help-declare-language", tag = tag),
    }
}

fn remove_duplicate_ids(loaded: &mut LoadedGlossary) {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut keep = Vec::with_capacity(loaded.glossary.concepts.len());
    for (index, concept) in loaded.glossary.concepts.iter().enumerate() {
        if let Some(&first) = first_seen.get(&concept.id) {
            let here = &loaded.sources[index];
            let there = &loaded.sources[first];
            loaded.diagnostics.push(
                Diagnostic::error(msg!("glossary-duplicate-id", id = &concept.id))
                    .at(&here.file, here.id_span.clone())
                    .with_related(
                        &there.file,
                        there.id_span.clone(),
                        msg!("note-first-defined"),
                    )
                    .with_help(msg!("help-duplicate-id")),
            );
            keep.push(false);
        } else {
            first_seen.insert(concept.id.clone(), index);
            keep.push(true);
        }
    }
    let mut flags = keep.iter();
    loaded
        .glossary
        .concepts
        .retain(|_| *flags.next().unwrap_or(&true));
    let mut flags = keep.iter();
    loaded.sources.retain(|_| *flags.next().unwrap_or(&true));
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::glossary::load_str;

    fn ids(text: &str) -> Vec<(&'static str, Severity)> {
        load_str("t.toml", text)
            .diagnostics
            .iter()
            .map(|d| (d.message.id, d.severity))
            .collect()
    }

    #[test]
    fn accepted_and_forbidden_is_an_error() {
        let found =
            ids("[terms.a.fr]\nterm = \"cellule souche\"\nforbidden = [\"Cellule Souche\"]\n");
        assert_eq!(
            found,
            vec![("glossary-accepted-and-forbidden", Severity::Error)]
        );
    }

    #[test]
    fn a_form_claimed_twice_is_a_warning() {
        let found = ids("[terms.a]\nen = \"scar\"\n[terms.b]\nen = \"Scar\"\n");
        assert_eq!(found, vec![("glossary-ambiguous-form", Severity::Warning)]);
    }

    #[test]
    fn dnt_forms_must_agree() {
        assert_eq!(
            ids("[terms.v]\ndnt = true\nen = \"vitiligo\"\nfr = \"vitiligo\"\n"),
            vec![]
        );
        let found = ids("[terms.v]\ndnt = true\nen = \"vitiligo\"\nfr = \"leucodermie\"\n");
        assert_eq!(found, vec![("glossary-dnt-differs", Severity::Error)]);
    }

    #[test]
    fn undeclared_language_is_an_error() {
        let found = ids("[glossary]\nlanguages = [\"en\"]\n[terms.a]\nen = \"x\"\nde = \"y\"\n");
        assert_eq!(
            found,
            vec![("glossary-undeclared-language", Severity::Error)]
        );
    }
}
