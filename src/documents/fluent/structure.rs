//! The structure of a Fluent resource, for structural checks: which messages
//! and terms it defines, their values and attributes, the variables and
//! references each pattern uses, its select expressions and their keys, and
//! the junk — each with a byte span in the file.

use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;

use super::{offset_in, selector_key, variant_key};
use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// One Fluent file, as structure.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The file (spans point into its text).
    pub file: Arc<SourceFile>,
    /// Messages and terms, in file order (duplicates included).
    pub entries: Vec<Entry>,
    /// Parse errors: located diagnostics, one per junk entry.
    pub junk: Vec<Diagnostic>,
}

/// Whether an entry is a message or a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// `id = …`, shown to users.
    Message,
    /// `-id = …`, referenced by messages.
    Term,
}

/// A message or a term.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Message or term.
    pub kind: EntryKind,
    /// The identifier, without the `-` of a term.
    pub id: String,
    /// The identifier in the file (with the `-` of a term).
    pub span: Range<usize>,
    /// The value, when there is one.
    pub value: Option<Pattern>,
    /// The attributes, in file order.
    pub attributes: Vec<Attribute>,
}

impl Entry {
    /// The id as written: `id` for a message, `-id` for a term.
    pub fn key(&self) -> String {
        match self.kind {
            EntryKind::Message => self.id.clone(),
            EntryKind::Term => format!("-{}", self.id),
        }
    }

    /// The attribute named `id`, the first one if repeated.
    pub fn attribute(&self, id: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|attribute| attribute.id == id)
    }

    /// The value and the attributes, with their names (`None` for the value).
    pub fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &Pattern)> {
        self.value.iter().map(|value| (None, value)).chain(
            self.attributes
                .iter()
                .map(|attribute| (Some(attribute.id.as_str()), &attribute.value)),
        )
    }
}

/// An attribute `.id = …` of an entry.
#[derive(Debug, Clone)]
pub struct Attribute {
    /// The attribute name.
    pub id: String,
    /// The name in the file.
    pub span: Range<usize>,
    /// Its pattern.
    pub value: Pattern,
}

/// What a pattern is made of, for comparison.
#[derive(Debug, Clone, Default)]
pub struct Pattern {
    /// Where the pattern starts in the file.
    pub start: usize,
    /// Variables and references, in order (selectors included).
    pub references: Vec<Reference>,
    /// Select expressions, outer ones first.
    pub selects: Vec<Select>,
    /// The pattern in a canonical spelling: equal texts mean equal patterns.
    pub canonical: String,
    /// How many words (runs of letters) the text elements hold.
    pub words: usize,
}

/// What a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferenceKind {
    /// `$name`, given by the program.
    Variable,
    /// `-term` or `-term.attribute`.
    Term,
    /// `message` or `message.attribute`.
    Message,
}

/// A variable or a reference to a term or message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Variable, term or message.
    pub kind: ReferenceKind,
    /// The name, without `$` or `-`.
    pub id: String,
    /// The attribute, for `-term.attr` and `message.attr`.
    pub attribute: Option<String>,
    /// The reference in the file (with its sigil and attribute).
    pub span: Range<usize>,
}

impl Reference {
    /// The reference as written: `$x`, `-t`, `-t.attr`, `m`, `m.attr`.
    pub fn written(&self) -> String {
        let sigil = match self.kind {
            ReferenceKind::Variable => "$",
            ReferenceKind::Term => "-",
            ReferenceKind::Message => "",
        };
        match &self.attribute {
            Some(attribute) => format!("{sigil}{}.{attribute}", self.id),
            None => format!("{sigil}{}", self.id),
        }
    }
}

/// A select expression.
#[derive(Debug, Clone)]
pub struct Select {
    /// The selector in canonical spelling (`$count`, `NUMBER($n)`).
    pub selector: String,
    /// Where the selector is in the file.
    pub span: Range<usize>,
    /// True when the selector is a number: a `NUMBER()` call, or a number literal.
    pub numeric_selector: bool,
    /// The variable the selector reads (`count` for `$count` and
    /// `NUMBER($count)`), which each variant should show.
    pub variable: Option<String>,
    /// The variant keys, in order.
    pub keys: Vec<Key>,
}

/// The key of a variant.
#[derive(Debug, Clone)]
pub struct Key {
    /// The key as written (`one`, `0`).
    pub name: String,
    /// True for a number literal key.
    pub number: bool,
    /// True for the default variant (`*[…]`).
    pub default: bool,
    /// The key in the file.
    pub span: Range<usize>,
    /// The variables the variant's pattern uses, nested ones included.
    pub variables: Vec<String>,
    /// The numbers written as digits in the variant's own text (`1` in
    /// `[one] 1 file`), with their places in the file.
    pub numbers: Vec<(String, Range<usize>)>,
}

/// Builds the structure of a parsed resource; `base` is the text it was
/// parsed from (same offsets as `file.text`).
pub(crate) fn build(
    file: &Arc<SourceFile>,
    base: &str,
    resource: &ast::Resource<&str>,
    junk: Vec<Diagnostic>,
) -> Resource {
    let span = |slice: &str| {
        let start = offset_in(base, slice);
        start..start + slice.len()
    };
    let mut entries = Vec::new();
    for entry in &resource.body {
        let (kind, id, value, attributes) = match entry {
            ast::Entry::Message(message) => (
                EntryKind::Message,
                &message.id,
                message.value.as_ref(),
                &message.attributes,
            ),
            ast::Entry::Term(term) => (
                EntryKind::Term,
                &term.id,
                Some(&term.value),
                &term.attributes,
            ),
            _ => continue,
        };
        let mut id_span = span(id.name);
        if kind == EntryKind::Term {
            id_span.start = id_span.start.saturating_sub(1);
        }
        entries.push(Entry {
            kind,
            id: id.name.to_owned(),
            span: id_span,
            value: value.map(|pattern| Walker::pattern(base, pattern, span(id.name).end)),
            attributes: attributes
                .iter()
                .map(|attribute| Attribute {
                    id: attribute.id.name.to_owned(),
                    span: span(attribute.id.name),
                    value: Walker::pattern(base, &attribute.value, span(attribute.id.name).end),
                })
                .collect(),
        });
    }
    Resource {
        file: Arc::clone(file),
        entries,
        junk,
    }
}

/// Collects the parts of one pattern.
struct Walker<'a> {
    base: &'a str,
    pattern: Pattern,
}

impl<'a> Walker<'a> {
    fn pattern(base: &'a str, pattern: &ast::Pattern<&str>, fallback_start: usize) -> Pattern {
        let start = match pattern.elements.first() {
            Some(ast::PatternElement::TextElement { value }) => offset_in(base, value),
            Some(ast::PatternElement::Placeable { expression }) => {
                super::expression_anchor(base, expression)
            }
            None => fallback_start,
        };
        let mut walker = Walker {
            base,
            pattern: Pattern {
                start,
                ..Pattern::default()
            },
        };
        walker.elements(pattern);
        walker.pattern
    }

    fn elements(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    self.pattern.canonical.push_str(value);
                    self.pattern.words += value
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|word| !word.is_empty())
                        .count();
                }
                ast::PatternElement::Placeable { expression } => {
                    self.pattern.canonical.push('{');
                    self.expression(expression);
                    self.pattern.canonical.push('}');
                }
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.pattern.canonical.push_str(" ->");
                let at = super::inline_anchor(self.base, selector);
                let selector_key = selector_key(selector);
                let numeric_selector =
                    matches!(
                        selector,
                        ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER"
                    ) || matches!(selector, ast::InlineExpression::NumberLiteral { .. });
                let keys = variants
                    .iter()
                    .map(|variant| {
                        let name = variant_key(&variant.key);
                        let start = offset_in(self.base, name);
                        Key {
                            name: name.to_owned(),
                            number: matches!(variant.key, ast::VariantKey::NumberLiteral { .. }),
                            default: variant.default,
                            span: start..start + name.len(),
                            variables: Vec::new(),
                            numbers: digit_runs(self.base, &variant.value),
                        }
                    })
                    .collect();
                let index = self.pattern.selects.len();
                self.pattern.selects.push(Select {
                    selector: selector_key,
                    span: at..at + selector_len(selector),
                    numeric_selector,
                    variable: selector_variable(selector),
                    keys,
                });
                for (key, variant) in variants.iter().enumerate() {
                    let marker = if variant.default { " *[" } else { " [" };
                    self.pattern.canonical.push_str(marker);
                    self.pattern.canonical.push_str(variant_key(&variant.key));
                    self.pattern.canonical.push_str("] ");
                    let first_reference = self.pattern.references.len();
                    self.elements(&variant.value);
                    let variables = self.pattern.references[first_reference..]
                        .iter()
                        .filter(|reference| reference.kind == ReferenceKind::Variable)
                        .map(|reference| reference.id.clone())
                        .collect();
                    self.pattern.selects[index].keys[key].variables = variables;
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        let reference = |kind, id: &ast::Identifier<&str>, attribute: Option<&str>, sigil| {
            let start = offset_in(self.base, id.name).saturating_sub(sigil);
            let end = attribute.map_or(offset_in(self.base, id.name) + id.name.len(), |a| {
                offset_in(self.base, a) + a.len()
            });
            Reference {
                kind,
                id: id.name.to_owned(),
                attribute: attribute.map(str::to_owned),
                span: start..end.max(start),
            }
        };
        match inline {
            I::StringLiteral { value } => {
                self.pattern.canonical.push('"');
                self.pattern.canonical.push_str(value);
                self.pattern.canonical.push('"');
            }
            I::NumberLiteral { value } => self.pattern.canonical.push_str(value),
            I::VariableReference { id } => {
                let found = reference(ReferenceKind::Variable, id, None, 1);
                self.push_reference(found);
            }
            I::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let found = reference(
                    ReferenceKind::Term,
                    id,
                    attribute.as_ref().map(|a| a.name),
                    1,
                );
                self.push_reference(found);
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            I::MessageReference { id, attribute } => {
                let found = reference(
                    ReferenceKind::Message,
                    id,
                    attribute.as_ref().map(|a| a.name),
                    0,
                );
                self.push_reference(found);
            }
            I::FunctionReference { id, arguments } => {
                self.pattern.canonical.push_str(id.name);
                self.arguments(arguments);
            }
            I::Placeable { expression } => {
                self.pattern.canonical.push('{');
                self.expression(expression);
                self.pattern.canonical.push('}');
            }
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        self.pattern.canonical.push('(');
        for (i, positional) in arguments.positional.iter().enumerate() {
            if i > 0 {
                self.pattern.canonical.push_str(", ");
            }
            self.inline(positional);
        }
        for named in &arguments.named {
            self.pattern.canonical.push_str(", ");
            self.pattern.canonical.push_str(named.name.name);
            self.pattern.canonical.push_str(": ");
            self.inline(&named.value);
        }
        self.pattern.canonical.push(')');
    }

    fn push_reference(&mut self, reference: Reference) {
        self.pattern.canonical.push_str(&reference.written());
        self.pattern.references.push(reference);
    }
}

/// The variable a selector reads: `$count`, or the first argument of a
/// function call (`NUMBER($count)`).
fn selector_variable(selector: &ast::InlineExpression<&str>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selector_variable)
        }
        _ => None,
    }
}

/// The numbers written as digits in the text of a variant (not in its
/// placeables): runs of ASCII digits that stand alone, not inside a word or
/// a name such as `UTF-8` or `x2`.
fn digit_runs(base: &str, pattern: &ast::Pattern<&str>) -> Vec<(String, Range<usize>)> {
    let glued = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '[');
    let mut runs = Vec::new();
    for element in &pattern.elements {
        let ast::PatternElement::TextElement { value } = element else {
            continue;
        };
        let start = offset_in(base, value);
        let mut rest = value.char_indices().peekable();
        while let Some((at, c)) = rest.next() {
            if !c.is_ascii_digit() {
                continue;
            }
            let mut end = at + 1;
            while let Some(&(next, d)) = rest.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = next + 1;
                rest.next();
            }
            let before = value[..at].chars().next_back();
            let mut after = value[end..].chars();
            // A full stop after the number ends a sentence unless a digit follows (1.5).
            let glued_after = match after.next() {
                Some('.') => after.next().is_some_and(|c| c.is_ascii_digit()),
                next => next.is_some_and(glued),
            };
            if !before.is_some_and(glued) && !glued_after {
                runs.push((value[at..end].to_owned(), start + at..start + end));
            }
        }
    }
    runs
}

/// Length of a selector's name in the file, for its span (the name only).
fn selector_len(selector: &ast::InlineExpression<&str>) -> usize {
    use ast::InlineExpression as I;
    match selector {
        I::VariableReference { id } | I::TermReference { id, .. } => id.name.len() + 1,
        I::FunctionReference { id, .. } | I::MessageReference { id, .. } => id.name.len(),
        I::StringLiteral { value } => value.len() + 2,
        I::NumberLiteral { value } => value.len(),
        I::Placeable { .. } => 1,
    }
}
