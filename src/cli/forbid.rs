//! `gloss forbid ID --fr FORM`: adds forbidden forms to a concept. A form
//! that was an accepted variant stops being one.

use super::editing::{self, lang_form, refuse};
use super::{CommandResult, Context};
use crate::edit::{Assignment, Op};
use crate::glossary::EntryField;
use crate::msg;
use crate::text::comparison_key;

/// Arguments of `gloss forbid`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term id.
    #[arg(value_name = "ID")]
    id: String,
    /// English form to forbid.
    #[arg(long, value_name = "FORM")]
    en: Vec<String>,
    /// French form to forbid.
    #[arg(long, value_name = "FORM")]
    fr: Vec<String>,
    /// Form to forbid in another language.
    #[arg(long = "term", value_name = "LANG=FORM")]
    terms: Vec<String>,
    /// Replace a read-only glossary the user owns.
    #[command(flatten)]
    write: editing::WriteArgs,
}

/// Adds each form to the forbidden list of its language.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let mut forms: Vec<(String, String)> = Vec::new();
    forms.extend(args.en.into_iter().map(|f| ("en".to_owned(), f)));
    forms.extend(args.fr.into_iter().map(|f| ("fr".to_owned(), f)));
    for text in &args.terms {
        forms.push(lang_form(text)?);
    }
    if forms.is_empty() {
        return Err(refuse(msg!("edit-no-form")));
    }
    let mut session = editing::open(context, args.write)?;
    let concept = session
        .glossary()
        .concept(&args.id)
        .cloned()
        .unwrap_or_default();
    let mut assignments = Vec::new();
    for (lang, form) in forms {
        let key = comparison_key(&form, false);
        let variant = concept
            .languages
            .get(&lang)
            .and_then(|e| e.variants.iter().find(|v| comparison_key(v, false) == key));
        let step = |field, op, value| Assignment {
            lang: Some(lang.clone()),
            field,
            op,
            value,
        };
        if let Some(variant) = variant {
            assignments.push(step(EntryField::Variants, Op::Remove, variant.clone()));
        }
        assignments.push(step(EntryField::Forbidden, Op::Append, form));
    }
    editing::assign(&mut session, &args.id, &assignments)?;
    editing::commit(context, session, msg!("edit-updated", id = args.id))
}
