//! The glossary as Fluent terms, and back.
//!
//! Export writes each concept that has a term in the chosen language as a
//! Fluent term `-<id> = <preferred form>`, with its definition in that
//! language as the term's comment and its grammatical gender as a `.gender`
//! attribute, so that translators write `{ -cellule-souche }` instead of
//! retyping the term. The text comes from the fluent-syntax serializer and
//! depends only on the glossary: the same glossary gives the same bytes.
//!
//! Import reads such a file back and lists what differs from the glossary:
//! a changed preferred form or gender. Applying the changes to the TOML is
//! the glossary editing layer's work.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;

use crate::diagnostic::Diagnostic;
use crate::documents::fluent::{guard_nesting, offset_in, parse};
use crate::glossary::{Gender, Glossary};
use crate::msg;
use crate::source::SourceFile;

/// The name of the grammatical gender attribute.
pub const GENDER_ATTRIBUTE: &str = "gender";

/// The Fluent terms of one language, and what they leave out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The Fluent resource.
    pub text: String,
    /// How many terms it holds.
    pub written: usize,
    /// The ids of the concepts without a form in the language, left out.
    pub without_form: Vec<String>,
}

/// The Fluent resource of the terms of `lang`, headed by the resource
/// comment `header` (one paragraph; lines are split on `\n`).
pub fn export(glossary: &Glossary, lang: &str, header: &str) -> Exported {
    let mut without_form = Vec::new();
    let mut body: Vec<ast::Entry<String>> = vec![ast::Entry::ResourceComment(ast::Comment {
        content: header.lines().map(str::to_owned).collect(),
    })];
    for concept in &glossary.concepts {
        let Some(entry) = concept.entry(lang) else {
            without_form.push(concept.id.clone());
            continue;
        };
        let comment = entry.definition.as_ref().map(|definition| ast::Comment {
            content: definition.lines().map(str::to_owned).collect(),
        });
        let attributes = entry
            .gender
            .map(|gender| ast::Attribute {
                id: ast::Identifier {
                    name: GENDER_ATTRIBUTE.to_owned(),
                },
                value: text_pattern(gender.as_str()),
            })
            .into_iter()
            .collect();
        body.push(ast::Entry::Term(ast::Term {
            id: ast::Identifier {
                name: concept.id.clone(),
            },
            value: text_pattern(&entry.term),
            attributes,
            comment,
        }));
    }
    Exported {
        written: body.len() - 1,
        text: fluent_syntax::serializer::serialize(&ast::Resource { body }),
        without_form,
    }
}

/// A one-line pattern holding `text` (line breaks become spaces), with what
/// Fluent text cannot hold (`{`, `}`, blanks at the ends) as string literals.
fn text_pattern(text: &str) -> ast::Pattern<String> {
    let text: String = text.lines().collect::<Vec<_>>().join(" ");
    let mut elements = Vec::new();
    let mut plain = String::new();
    let last = text.chars().count().saturating_sub(1);
    for (i, c) in text.chars().enumerate() {
        let at_edge = (i == 0 || i == last) && c == ' ';
        if matches!(c, '{' | '}') || at_edge {
            if !plain.is_empty() {
                elements.push(ast::PatternElement::TextElement {
                    value: std::mem::take(&mut plain),
                });
            }
            elements.push(ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                    value: c.to_string(),
                }),
            });
        } else {
            plain.push(c);
        }
    }
    if !plain.is_empty() {
        elements.push(ast::PatternElement::TextElement { value: plain });
    }
    ast::Pattern { elements }
}

/// What changed in one term of an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new preferred form.
    Term(String),
    /// A new grammatical gender.
    Gender(Gender),
}

/// A change to bring into the glossary, with its place in the Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermChange {
    /// The concept id.
    pub id: String,
    /// What changed.
    pub change: Change,
    /// Where the new value is in the Fluent file.
    pub span: Range<usize>,
}

/// The changes of an imported Fluent file against the glossary, and the
/// problems met (junk, unknown ids, values that are not plain text).
#[derive(Debug, Default)]
pub struct Imported {
    /// The changes, in file order.
    pub changes: Vec<TermChange>,
    /// Located problems; the terms concerned are left out.
    pub diagnostics: Vec<Diagnostic>,
}

/// Compares the terms of `file` with the forms of `lang` in the glossary.
pub fn import(glossary: &Glossary, lang: &str, file: &Arc<SourceFile>) -> Imported {
    let mut imported = Imported::default();
    let input = guard_nesting(file, &mut imported.diagnostics);
    let resource = parse(file, &input, &mut imported.diagnostics);
    let concepts: HashMap<&str, &crate::glossary::Concept> = glossary
        .concepts
        .iter()
        .map(|concept| (concept.id.as_str(), concept))
        .collect();
    for entry in &resource.body {
        let ast::Entry::Term(term) = entry else {
            continue;
        };
        let id = term.id.name;
        let id_start = offset_in(&input, id);
        let id_span = id_start.saturating_sub(1)..id_start + id.len();
        let Some(concept) = concepts.get(id) else {
            imported.diagnostics.push(
                Diagnostic::warning(msg!("import-fluent-unknown-term", id = id))
                    .at(file, id_span)
                    .with_help(msg!("help-import-fluent-unknown-term")),
            );
            continue;
        };
        let current = concept.entry(lang);
        match plain_text(&input, &term.value) {
            Some((text, span)) => {
                if current.is_none_or(|entry| entry.term != text) && !text.is_empty() {
                    imported.changes.push(TermChange {
                        id: id.to_owned(),
                        change: Change::Term(text),
                        span,
                    });
                }
            }
            None => imported.diagnostics.push(
                Diagnostic::warning(msg!("import-fluent-not-plain", id = id))
                    .at(file, id_span.clone())
                    .with_help(msg!("help-import-fluent-not-plain")),
            ),
        }
        let gender = term
            .attributes
            .iter()
            .find(|attribute| attribute.id.name == GENDER_ATTRIBUTE);
        if let Some(attribute) = gender {
            let Some((text, span)) = plain_text(&input, &attribute.value) else {
                continue;
            };
            match Gender::ALL.iter().find(|(name, _)| *name == text) {
                Some(&(_, gender)) => {
                    if current.and_then(|entry| entry.gender) != Some(gender) {
                        imported.changes.push(TermChange {
                            id: id.to_owned(),
                            change: Change::Gender(gender),
                            span,
                        });
                    }
                }
                None => imported.diagnostics.push(
                    Diagnostic::warning(msg!("import-fluent-bad-gender", id = id, value = text))
                        .at(file, span)
                        .with_help(msg!("help-import-fluent-gender")),
                ),
            }
        }
    }
    imported
}

/// The text of a pattern made of text and string literals only, with the
/// span it covers; `None` when it has other placeables or several lines.
fn plain_text(input: &str, pattern: &ast::Pattern<&str>) -> Option<(String, Range<usize>)> {
    let mut text = String::new();
    let mut span: Option<Range<usize>> = None;
    for element in &pattern.elements {
        let (piece, start, end) = match element {
            ast::PatternElement::TextElement { value } if !value.contains('\n') => {
                let start = offset_in(input, value);
                (*value, start, start + value.len())
            }
            // Escapes in literals (`{ "\u00A0" }`) are not plain text.
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } if !value.contains('\\') => {
                let start = offset_in(input, value);
                (*value, start.saturating_sub(1), start + value.len() + 1)
            }
            _ => return None,
        };
        text.push_str(piece);
        span = Some(span.map_or(start..end, |span| span.start..end));
    }
    Some((text, span.unwrap_or(0..0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;

    const GLOSSARY: &str = r#"
[glossary]
languages = ["en", "fr"]

[terms.cellule-souche.en]
term = "stem cell"
[terms.cellule-souche.fr]
term = "cellule souche"
gender = "feminine"
definition = "Cellule indifférenciée."

[terms.vitiligo]
dnt = true
en = "vitiligo"

[terms.braces]
en = "{x} value"
fr = " [crochets] {x} "

[terms.english-only]
en = "only English"
"#;

    fn glossary() -> Glossary {
        let loaded = load_str("g.toml", GLOSSARY);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        loaded.glossary
    }

    #[test]
    fn terms_with_definition_comments_and_gender() {
        let text = export(&glossary(), "fr", "Header line").text;
        assert_eq!(
            text,
            "### Header line\n\n\
             # Cellule indifférenciée.\n\
             -cellule-souche = cellule souche\n    .gender = feminine\n\
             -vitiligo = vitiligo\n\
             -braces = { \" \" }[crochets] { \"{\" }x{ \"}\" }{ \" \" }\n"
        );
    }

    #[test]
    fn export_then_import_changes_nothing() {
        let glossary = glossary();
        let text = export(&glossary, "fr", "Header").text;
        let file = Arc::new(SourceFile::new("terms.ftl", text));
        let imported = import(&glossary, "fr", &file);
        assert!(imported.changes.is_empty(), "{:?}", imported.changes);
        assert!(imported.diagnostics.is_empty());
    }

    #[test]
    fn changed_forms_and_genders_come_back_located() {
        let glossary = glossary();
        let text = export(&glossary, "fr", "Header")
            .text
            .replace("= cellule souche", "= cellule-souche")
            .replace("feminine", "masculine");
        let file = Arc::new(SourceFile::new("terms.ftl", text));
        let imported = import(&glossary, "fr", &file);
        assert_eq!(
            imported
                .changes
                .iter()
                .map(|c| (c.id.as_str(), c.change.clone()))
                .collect::<Vec<_>>(),
            [
                ("cellule-souche", Change::Term("cellule-souche".into())),
                ("cellule-souche", Change::Gender(Gender::Masculine)),
            ]
        );
        assert_eq!(
            &file.text[imported.changes[0].span.clone()],
            "cellule-souche"
        );
    }

    #[test]
    fn unknown_ids_placeables_and_bad_genders_are_reported() {
        let text = "-unknown = x\n-cellule-souche = { $n } cellules\n-vitiligo = vitiligo\n    .gender = plural\nbroken = {\n";
        let file = Arc::new(SourceFile::new("terms.ftl", text.to_owned()));
        let imported = import(&glossary(), "fr", &file);
        assert!(imported.changes.is_empty());
        let ids: Vec<&str> = imported.diagnostics.iter().map(|d| d.message.id).collect();
        assert_eq!(
            ids,
            [
                "fluent-expected-inline-expression",
                "import-fluent-unknown-term",
                "import-fluent-not-plain",
                "import-fluent-bad-gender",
            ]
        );
    }
}
