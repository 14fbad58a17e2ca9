//! `gloss forbid ID --fr FORM`: adds forbidden forms to a concept. A form
//! that was an accepted variant stops being one.

use super::editing::{self, assign_failure, file_of, lang_form, refuse};
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
    let mut session = editing::open(context)?;
    let file = file_of(&session, &args.id)?;
    let concept = session
        .glossary()
        .concept(&args.id)
        .cloned()
        .unwrap_or_default();
    let document = session.document(&file)?;
    for (lang, form) in forms {
        let key = comparison_key(&form, false);
        let variant = concept
            .languages
            .get(&lang)
            .and_then(|e| e.variants.iter().find(|v| comparison_key(v, false) == key));
        let mut steps = Vec::new();
        if let Some(variant) = variant {
            steps.push((EntryField::Variants, Op::Remove, variant.clone()));
        }
        steps.push((EntryField::Forbidden, Op::Append, form));
        for (field, op, value) in steps {
            let assignment = Assignment {
                lang: Some(lang.clone()),
                field,
                op,
                value,
            };
            document
                .assign(&args.id, &assignment)
                .map_err(|error| assign_failure(&args.id, &assignment.path(), error))?;
        }
    }
    let id = args.id;
    editing::commit(context, session, |path| {
        msg!(
            "edit-updated",
            id = id.as_str(),
            path = path.display().to_string()
        )
    })
}
