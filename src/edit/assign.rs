//! The `gloss set` syntax: `PATH=VALUE` sets, `PATH+=VALUE` appends to a
//! list, `PATH-=VALUE` removes from a list, `PATH=` removes the key.
//!
//! `PATH` is a concept key (`domain`, `note`, `dnt`), a language tag (`fr`:
//! its preferred form; `fr=` removes the language), or `LANG.FIELD` with
//! FIELD one of `term`, `variants`, `forbidden`, `definition`, `gender`,
//! `pos`, `case-sensitive`. A VALUE in double quotes is read as a TOML string
//! (escapes allowed); otherwise it is taken as is.

use crate::diagnostic::Diagnostic;
use crate::glossary::{EntryField, did_you_mean};
use crate::msg;

/// The operator of an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `=` with a value.
    Set,
    /// `+=`: append to a list.
    Append,
    /// `-=`: remove from a list.
    Remove,
    /// `=` with nothing after it: remove the key.
    Unset,
}

/// One parsed `PATH op VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The language, for entry fields.
    pub lang: Option<String>,
    /// The field.
    pub field: EntryField,
    /// What to do.
    pub op: Op,
    /// The value (empty for [`Op::Unset`]).
    pub value: String,
}

impl Assignment {
    /// The field as written in the syntax (`fr.variants`, `domain`).
    pub fn path(&self) -> String {
        match &self.lang {
            Some(lang) => format!("{lang}.{}", self.field.key()),
            None => self.field.key().to_owned(),
        }
    }

    /// Parses one assignment; errors say what is wrong and how to write it.
    pub fn parse(text: &str) -> Result<Assignment, Diagnostic> {
        let syntax = |reason| {
            Diagnostic::error(msg!("set-bad-assignment", text = text, reason = reason))
                .with_help(msg!("help-set-syntax"))
        };
        let Some(equals) = text.find('=') else {
            return Err(syntax("no-operator"));
        };
        let (mut path, raw_value) = (&text[..equals], &text[equals + 1..]);
        let mut op = Op::Set;
        if let Some(stripped) = path.strip_suffix('+') {
            (path, op) = (stripped, Op::Append);
        } else if let Some(stripped) = path.strip_suffix('-') {
            (path, op) = (stripped, Op::Remove);
        }
        let path = path.trim();
        let value = unquote(raw_value.trim()).ok_or_else(|| syntax("bad-quotes"))?;
        if value.is_empty() {
            if op != Op::Set {
                return Err(syntax("empty-value"));
            }
            op = Op::Unset;
        }
        let (lang, field) = parse_path(path)?;
        if matches!(op, Op::Append | Op::Remove) && !field.is_list() {
            return Err(Diagnostic::error(msg!("set-not-a-list", field = path))
                .with_help(msg!("help-set-syntax")));
        }
        if field.is_bool() && op == Op::Set && value != "true" && value != "false" {
            return Err(Diagnostic::error(msg!(
                "glossary-bad-value",
                key = field.key(),
                value = value.as_str()
            ))
            .with_help(msg!("help-known-keys", keys = "true, false")));
        }
        if field == EntryField::Term && op == Op::Unset && path.contains('.') {
            return Err(
                Diagnostic::error(msg!("set-term-required", field = path)).with_help(msg!(
                    "help-set-remove-language",
                    lang = lang.unwrap_or_default()
                )),
            );
        }
        Ok(Assignment {
            lang,
            field,
            op,
            value,
        })
    }
}

fn parse_path(path: &str) -> Result<(Option<String>, EntryField), Diagnostic> {
    let unknown = |name: &str, known: &[EntryField]| {
        let names = EntryField::keys(known);
        let help = match did_you_mean(name, &names) {
            Some(near) => msg!("help-did-you-mean", name = near),
            None => msg!("help-known-keys", keys = names.join(", ")),
        };
        Diagnostic::error(msg!("set-unknown-field", field = name)).with_help(help)
    };
    match path.split_once('.') {
        None => {
            if let Some(field) = EntryField::find(&EntryField::OF_CONCEPT, path) {
                Ok((None, field))
            } else if is_language_tag(path) {
                Ok((Some(path.to_owned()), EntryField::Term))
            } else {
                Err(unknown(path, &EntryField::OF_CONCEPT))
            }
        }
        Some((lang, name)) => {
            if !is_language_tag(lang) {
                return Err(Diagnostic::error(msg!("glossary-bad-language", tag = lang))
                    .with_help(msg!("help-language-tag")));
            }
            let field = EntryField::find(&EntryField::OF_LANGUAGE, name)
                .ok_or_else(|| unknown(name, &EntryField::OF_LANGUAGE))?;
            Ok((Some(lang.to_owned()), field))
        }
    }
}

/// True for a BCP 47 tag gloss accepts as a language: a 2–3 letter primary
/// language subtag and a well-formed rest (`fr`, `fr-CA`, `pt_BR`).
pub fn is_language_tag(text: &str) -> bool {
    let primary = text.split(['-', '_']).next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && text.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// A value in double quotes is a TOML basic string; anything else is literal.
fn unquote(value: &str) -> Option<String> {
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        return value
            .parse::<toml_edit::Value>()
            .ok()?
            .as_str()
            .map(str::to_owned);
    }
    Some(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Assignment {
        Assignment::parse(text).unwrap()
    }

    #[test]
    fn operators_and_paths() {
        let a = parse("fr.variants+=cellule-souche");
        assert_eq!(
            (a.lang.as_deref(), a.field, a.op, a.value.as_str()),
            (
                Some("fr"),
                EntryField::Variants,
                Op::Append,
                "cellule-souche"
            )
        );
        assert_eq!(parse("fr.forbidden-=\"x\"").op, Op::Remove);
        assert_eq!(parse("domain=").op, Op::Unset);
        assert_eq!(parse("fr-CA=courriel").lang.as_deref(), Some("fr-CA"));
        assert_eq!(parse("fr-CA=courriel").field, EntryField::Term);
        assert_eq!(
            parse("en.case-sensitive=true").field,
            EntryField::CaseSensitive
        );
        assert_eq!(
            parse(r#"fr.definition="Dit \"ceci\"""#).value,
            "Dit \"ceci\""
        );
        assert_eq!(parse("note=a = b").value, "a = b");
    }

    #[test]
    fn mistakes_are_explained() {
        let id = |text: &str| Assignment::parse(text).unwrap_err().message.id;
        assert_eq!(id("fr.variants"), "set-bad-assignment");
        assert_eq!(id("fr.varaints+=x"), "set-unknown-field");
        assert_eq!(id("domain+=x"), "set-not-a-list");
        assert_eq!(id("dnt=yes"), "glossary-bad-value");
        assert_eq!(id("fr.term="), "set-term-required");
        assert_eq!(id("fr.variants+="), "set-bad-assignment");
        let unknown = Assignment::parse("fr.varaints+=x").unwrap_err();
        assert_eq!(
            unknown.help.unwrap().args[0].1,
            crate::i18n::Arg::from("variants")
        );
    }
}
