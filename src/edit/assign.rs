//! The `gloss set` syntax: `PATH=VALUE` sets, `PATH+=VALUE` appends to a
//! list, `PATH-=VALUE` removes from a list, `PATH=` removes the key.
//!
//! `PATH` is a concept key (`domain`, `note`, `dnt`), a language tag (`fr`:
//! its preferred form; `fr=` removes the language), or `LANG.FIELD` with
//! FIELD one of `term`, `variants`, `forbidden`, `definition`, `gender`,
//! `pos`, `case-sensitive`. A VALUE in double quotes is read as a TOML string
//! (escapes allowed); otherwise it is taken as is.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::glossary::{EntryField, Gender, PartOfSpeech, did_you_mean};
use crate::msg;
use crate::source::SourceFile;

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

    /// Parses the assignment at `span` of `arguments` (the command line as a
    /// source file); errors say what is wrong and how to write it, and point
    /// at the part of the argument that is wrong.
    pub fn parse(
        arguments: &Arc<SourceFile>,
        span: Range<usize>,
    ) -> Result<Assignment, Diagnostic> {
        let text = &arguments.text[span.clone()];
        let at = |range: Range<usize>| span.start + range.start..span.start + range.end;
        let whole = at(0..text.len());
        let syntax = |reason, place: Range<usize>| {
            Diagnostic::error(msg!("set-bad-assignment", text = text, reason = reason))
                .at(arguments, place)
                .with_help(msg!("help-set-syntax"))
        };
        let Some(equals) = text.find('=') else {
            return Err(syntax("no-operator", whole));
        };
        let (mut path, raw_value) = (&text[..equals], &text[equals + 1..]);
        let value_span = at(equals + 1..text.len());
        let mut op = Op::Set;
        if let Some(stripped) = path.strip_suffix('+') {
            (path, op) = (stripped, Op::Append);
        } else if let Some(stripped) = path.strip_suffix('-') {
            (path, op) = (stripped, Op::Remove);
        }
        let path_start = path.len() - path.trim_start().len();
        let path = path.trim();
        let path_span = at(path_start..path_start + path.len());
        let value =
            unquote(raw_value.trim()).ok_or_else(|| syntax("bad-quotes", value_span.clone()))?;
        if value.is_empty() {
            if op != Op::Set {
                return Err(syntax("empty-value", whole));
            }
            op = Op::Unset;
        }
        let (lang, field) =
            parse_path(path).map_err(|diagnostic| diagnostic.at(arguments, path_span.clone()))?;
        if matches!(op, Op::Append | Op::Remove) && !field.is_list() {
            return Err(Diagnostic::error(msg!("set-not-a-list", field = path))
                .at(arguments, path_span)
                .with_help(msg!("help-set-syntax")));
        }
        if op == Op::Set
            && let Some(possible) = possible_values(field)
            && !possible.contains(&value.as_str())
        {
            let help = match did_you_mean(&value, &possible) {
                Some(near) => msg!("help-did-you-mean", name = near),
                None => msg!("help-possible-values", values = possible.join(", ")),
            };
            return Err(Diagnostic::error(msg!(
                "glossary-bad-value",
                key = field.key(),
                value = value.as_str()
            ))
            .at(arguments, value_span)
            .with_help(help));
        }
        if field == EntryField::Term && op == Op::Unset && path.contains('.') {
            return Err(Diagnostic::error(msg!("set-term-required", field = path))
                .at(arguments, whole)
                .with_help(msg!(
                    "help-set-remove-language",
                    lang = lang.unwrap_or_default()
                )));
        }
        Ok(Assignment {
            lang,
            field,
            op,
            value,
        })
    }
}

/// The values a field accepts, when it accepts only a few.
fn possible_values(field: EntryField) -> Option<Vec<&'static str>> {
    match field {
        EntryField::Gender => Some(Gender::ALL.iter().map(|(name, _)| *name).collect()),
        EntryField::Pos => Some(PartOfSpeech::ALL.iter().map(|(name, _)| *name).collect()),
        _ if field.is_bool() => Some(vec!["true", "false"]),
        _ => None,
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
/// A value that opens a quote and does not close it is a mistake (`None`).
fn unquote(value: &str) -> Option<String> {
    if value.starts_with('"') {
        if value.len() < 2 || !value.ends_with('"') {
            return None;
        }
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

    fn try_parse(text: &str) -> Result<Assignment, Diagnostic> {
        let file = Arc::new(SourceFile::new("arguments", text.to_owned()));
        Assignment::parse(&file, 0..text.len())
    }

    fn parse(text: &str) -> Assignment {
        try_parse(text).unwrap()
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
        let id = |text: &str| try_parse(text).unwrap_err().message.id;
        assert_eq!(id("fr.variants"), "set-bad-assignment");
        assert_eq!(id("fr.varaints+=x"), "set-unknown-field");
        assert_eq!(id("domain+=x"), "set-not-a-list");
        assert_eq!(id("dnt=yes"), "glossary-bad-value");
        assert_eq!(id("fr.term="), "set-term-required");
        assert_eq!(id("fr.variants+="), "set-bad-assignment");
        assert_eq!(id("domain=\"unclosed"), "set-bad-assignment");
        assert_eq!(id("domain=\""), "set-bad-assignment");
        assert_eq!(id("fr.gender=bogus"), "glossary-bad-value");
        assert_eq!(id("fr.pos=nown"), "glossary-bad-value");
        let bad_gender = try_parse("fr.gender=bogus").unwrap_err();
        assert_eq!(bad_gender.location.unwrap().span, 10..15);
        let unknown = try_parse("fr.varaints+=x").unwrap_err();
        assert_eq!(
            unknown.help.unwrap().args[0].1,
            crate::i18n::Arg::from("variants")
        );
    }
}
