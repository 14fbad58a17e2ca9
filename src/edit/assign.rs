//! The `gloss set` syntax: `PATH=VALUE` sets, `PATH+=VALUE` appends to a
//! list, `PATH-=VALUE` removes from a list, `PATH=` removes the key.
//!
//! `PATH` is a concept key (`domain`, `note`, `dnt`), a language tag (`fr`:
//! its preferred form; `fr=` removes the language), or `LANG.FIELD` with
//! FIELD one of `term`, `variants`, `forbidden`, `definition`, `gender`,
//! `pos`, `case-sensitive`. A VALUE in double quotes is read as a TOML string
//! (escapes allowed); otherwise it is taken as is.

use crate::diagnostic::Diagnostic;
use crate::glossary::did_you_mean;
use crate::msg;

/// An editable field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Concept subject field.
    Domain,
    /// Concept note.
    Note,
    /// Concept do-not-translate flag.
    Dnt,
    /// Preferred form of a language.
    Term,
    /// Accepted variants of a language.
    Variants,
    /// Forbidden forms of a language.
    Forbidden,
    /// Definition in a language.
    Definition,
    /// Grammatical gender.
    Gender,
    /// Part of speech.
    Pos,
    /// Case-sensitive matching.
    CaseSensitive,
}

const CONCEPT_FIELDS: [(&str, Field); 3] = [
    ("domain", Field::Domain),
    ("note", Field::Note),
    ("dnt", Field::Dnt),
];

const ENTRY_FIELDS: [(&str, Field); 7] = [
    ("term", Field::Term),
    ("variants", Field::Variants),
    ("forbidden", Field::Forbidden),
    ("definition", Field::Definition),
    ("gender", Field::Gender),
    ("pos", Field::Pos),
    ("case-sensitive", Field::CaseSensitive),
];

impl Field {
    /// The key in the file.
    pub fn key(self) -> &'static str {
        CONCEPT_FIELDS
            .iter()
            .chain(&ENTRY_FIELDS)
            .find(|(_, f)| *f == self)
            .map(|(k, _)| *k)
            .unwrap_or("term")
    }

    /// A list of forms (`+=` and `-=` apply).
    pub fn is_list(self) -> bool {
        matches!(self, Field::Variants | Field::Forbidden)
    }

    /// A boolean flag (`true` or `false`).
    pub fn is_bool(self) -> bool {
        matches!(self, Field::Dnt | Field::CaseSensitive)
    }
}

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
    pub field: Field,
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
        if field == Field::Term && op == Op::Unset && path.contains('.') {
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

fn parse_path(path: &str) -> Result<(Option<String>, Field), Diagnostic> {
    let unknown = |name: &str, known: &[(&str, Field)]| {
        let names: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
        let help = match did_you_mean(name, &names) {
            Some(near) => msg!("help-did-you-mean", name = near),
            None => msg!("help-known-keys", keys = names.join(", ")),
        };
        Diagnostic::error(msg!("set-unknown-field", field = name)).with_help(help)
    };
    let lookup = |name: &str, known: &[(&str, Field)]| {
        known.iter().find(|(k, _)| *k == name).map(|(_, f)| *f)
    };
    match path.split_once('.') {
        None => {
            if let Some(field) = lookup(path, &CONCEPT_FIELDS) {
                Ok((None, field))
            } else if is_language_tag(path) {
                Ok((Some(path.to_owned()), Field::Term))
            } else {
                Err(unknown(path, &CONCEPT_FIELDS))
            }
        }
        Some((lang, name)) => {
            if !is_language_tag(lang) {
                return Err(Diagnostic::error(msg!("glossary-bad-language", tag = lang))
                    .with_help(msg!("help-language-tag")));
            }
            let field = lookup(name, &ENTRY_FIELDS).ok_or_else(|| unknown(name, &ENTRY_FIELDS))?;
            Ok((Some(lang.to_owned()), field))
        }
    }
}

fn is_language_tag(text: &str) -> bool {
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
            (Some("fr"), Field::Variants, Op::Append, "cellule-souche")
        );
        assert_eq!(parse("fr.forbidden-=\"x\"").op, Op::Remove);
        assert_eq!(parse("domain=").op, Op::Unset);
        assert_eq!(parse("fr-CA=courriel").lang.as_deref(), Some("fr-CA"));
        assert_eq!(parse("fr-CA=courriel").field, Field::Term);
        assert_eq!(parse("en.case-sensitive=true").field, Field::CaseSensitive);
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
