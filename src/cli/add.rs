//! `gloss add [ID] --en … --fr …`: a new concept at the end of a glossary file.

use std::collections::HashSet;
use std::path::PathBuf;

use super::editing::{self, lang_form, refuse};
use super::{CommandResult, Context, Failure};
use crate::diagnostic::Diagnostic;
use crate::exchange::merge::unique_id;
use crate::exchange::{parse_gender, parse_pos};
use crate::glossary::{Concept, Glossary, LangEntry, is_fluent_identifier, suggest_id};
use crate::msg;
use crate::text::comparison_key;

const GENDERS: [&str; 4] = ["masculine", "feminine", "neuter", "common"];
const PARTS_OF_SPEECH: [&str; 5] = ["noun", "verb", "adjective", "adverb", "other"];

/// Arguments of `gloss add`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term id (default: made from the English form).
    #[arg(value_name = "ID")]
    id: Option<String>,
    /// English preferred form.
    #[arg(long, value_name = "FORM")]
    en: Option<String>,
    /// French preferred form.
    #[arg(long, value_name = "FORM")]
    fr: Option<String>,
    /// Preferred form in another language.
    #[arg(long = "term", value_name = "LANG=FORM")]
    terms: Vec<String>,
    /// Accepted variant.
    #[arg(long = "variant", value_name = "LANG=FORM")]
    variants: Vec<String>,
    /// Forbidden form.
    #[arg(long = "forbidden", value_name = "LANG=FORM")]
    forbidden: Vec<String>,
    /// Subject field.
    #[arg(long, value_name = "TEXT")]
    domain: Option<String>,
    /// Note for translators.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// English definition.
    #[arg(long, value_name = "TEXT")]
    definition_en: Option<String>,
    /// French definition.
    #[arg(long, value_name = "TEXT")]
    definition_fr: Option<String>,
    /// Grammatical gender of the French form.
    #[arg(long, value_name = "GENDER", value_parser = GENDERS)]
    gender: Option<String>,
    /// Part of speech (every language).
    #[arg(long, value_name = "POS", value_parser = PARTS_OF_SPEECH)]
    pos: Option<String>,
    /// Glossary file to add to (default: the first file of the glossary).
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Builds the concept, checks the id and appends it.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let mut session = editing::open(context, args.write)?;
    let mut concept = Concept {
        domain: args.domain,
        note: args.note,
        ..Default::default()
    };
    let mut preferred: Vec<(String, String)> = Vec::new();
    preferred.extend(args.en.map(|form| ("en".to_owned(), form)));
    preferred.extend(args.fr.map(|form| ("fr".to_owned(), form)));
    for text in &args.terms {
        preferred.push(lang_form(text)?);
    }
    if preferred.is_empty() {
        return Err(refuse(msg!("edit-no-form")));
    }
    for (lang, form) in preferred {
        concept.languages.insert(lang, LangEntry::preferred(form));
    }
    let lists = [(&args.variants, true), (&args.forbidden, false)];
    for (texts, accepted) in lists {
        for text in texts {
            let (lang, form) = lang_form(text)?;
            let entry = concept
                .languages
                .get_mut(&lang)
                .ok_or_else(|| refuse(msg!("edit-add-no-preferred", lang = lang.as_str())))?;
            if accepted {
                entry.variants.push(form);
            } else {
                entry.forbidden.push(form);
            }
        }
    }
    for (lang, definition) in [("en", args.definition_en), ("fr", args.definition_fr)] {
        if let Some(definition) = definition {
            let entry = concept
                .languages
                .get_mut(lang)
                .ok_or_else(|| refuse(msg!("edit-add-no-preferred", lang = lang)))?;
            entry.definition = Some(definition);
        }
    }
    if let Some(gender) = args.gender.as_deref().and_then(parse_gender) {
        let entry = concept
            .languages
            .get_mut("fr")
            .ok_or_else(|| refuse(msg!("edit-add-no-preferred", lang = "fr")))?;
        entry.gender = Some(gender);
    }
    if let Some(pos) = args.pos.as_deref().and_then(parse_pos) {
        for entry in concept.languages.values_mut() {
            entry.pos = Some(pos);
        }
    }
    if let Some(existing) = same_forms(session.glossary(), &concept) {
        return Err(Failure::from(
            Diagnostic::error(msg!("edit-add-duplicate", id = existing.as_str()))
                .with_help(msg!("help-edit-add-duplicate", id = existing.as_str())),
        ));
    }
    let taken: HashSet<String> = session
        .glossary()
        .concepts
        .iter()
        .map(|c| c.id.clone())
        .collect();
    concept.id = match args.id {
        Some(id) if !is_fluent_identifier(&id) => {
            return Err(refuse(msg!("glossary-bad-id", id = id.as_str())));
        }
        Some(id) if taken.contains(&id) => {
            return Err(refuse(msg!("edit-id-taken", id = id.as_str())));
        }
        Some(id) => id,
        None => {
            let base = concept
                .entry("en")
                .or_else(|| concept.languages.values().next())
                .map(|e| suggest_id(&e.term))
                .unwrap_or_default();
            unique_id(&base, &taken)
        }
    };
    let file = args
        .file
        .unwrap_or_else(|| session.default_file().to_owned());
    session.document(&file)?.append_concept(&concept);
    editing::commit(context, session, msg!("edit-added", id = concept.id))
}

/// The concept of `glossary` that already accepts every form of `concept`
/// in the same language: adding `concept` would only duplicate it.
fn same_forms(glossary: &Glossary, concept: &Concept) -> Option<String> {
    let key = |form: &str| comparison_key(form, false);
    glossary
        .concepts
        .iter()
        .find(|existing| {
            concept.languages.iter().all(|(lang, entry)| {
                let Some(theirs) = existing.entry(lang) else {
                    return false;
                };
                let accepted: HashSet<String> = theirs.accepted().map(key).collect();
                entry.accepted().all(|form| accepted.contains(&key(form)))
            })
        })
        .map(|existing| existing.id.clone())
}
