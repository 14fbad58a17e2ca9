//! Fluent `.ftl` files: a source file and a target file read into segment
//! pairs.
//!
//! Parsing is fluent-syntax's zero-copy parse: every text element and
//! identifier of the AST is a slice of the file's text, so its byte offset is
//! the pointer difference to the start of the text (fluent-syntax has no
//! spans). Multiline patterns lose their common indentation in the AST, but
//! each text element is still one slice, so each gets its own offset run.
//!
//! # What pairs with what
//!
//! - A message value pairs with the source message of the same id (segment
//!   id `msg`); each attribute with the source attribute of the same name
//!   (`msg.attr`). Terms (`-x = …`) are definitions, not segments. A target
//!   message or attribute with no source counterpart gives no segment (the
//!   structural checks report it).
//! - The text of a pattern is its text elements. A term reference
//!   `{ -id }` (with or without attribute or arguments) becomes a
//!   [`PLACEHOLDER`](super::PLACEHOLDER) and a [`TermRef`](super::TermRef);
//!   every other placeable (`{ $count }`, message references, functions,
//!   string and number literals) becomes a bare placeholder.
//! - **Select expressions.** Each variant of the target is a segment of its
//!   own, with `variant` = its key (nested or successive selects: every
//!   combination, keys joined by `/`, e.g. `one/feminine`). Its source text
//!   is built by taking, in each select expression of the source, the variant
//!   whose key the target variant chose for a select on the same selector
//!   (`$count`, `NUMBER($n)`, `-brand.gender`…), and the source's default
//!   variant when there is no such key or selector. So French `[many]` pairs
//!   with the English `*[other]`, and a target without a select pairs with
//!   the source's default text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Message as FluentMessage, Pattern, PatternElement,
    Resource, VariantKey,
};
use fluent_syntax::parser::{ErrorKind, ParserError};

pub mod compare;
pub mod plurals;
pub mod structure;

use super::decode;
use super::{Document, Format, Segment, TextBuilder};
use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;
use crate::source::{ReadError, SourceFile};

/// Deepest nesting of placeables read; deeper entries are reported and
/// skipped, since the recursive parser would exhaust the stack on them.
pub const MAX_NESTING: usize = 32;

/// Most segments made from one message's select expressions; beyond, the
/// combinations are reported and not checked.
pub const MAX_VARIANTS: usize = 10_000;

/// Reads a Fluent target file and its source file into segment pairs.
///
/// `Err` when the target cannot be read; a source that cannot be read is a
/// diagnostic of the document. Junk is among the document's diagnostics.
pub fn read_pair(source: &Path, target: &Path) -> Result<Document, Diagnostic> {
    read_pair_with_structure(source, target).map(with_junk)
}

/// Pairs a Fluent source text and target text (as read from `source` and
/// `target`). `Err` when the target is not text.
pub fn parse_pair(source: (&Path, &[u8]), target: (&Path, &[u8])) -> Result<Document, Diagnostic> {
    parse_pair_with_structure(source, target).map(with_junk)
}

/// [`read_pair`], with the structure of both files from the same parse. The
/// junk is in the structures, not among the document's diagnostics.
pub fn read_pair_with_structure(
    source: &Path,
    target: &Path,
) -> Result<(Document, Structures), Diagnostic> {
    let target_file = load(target, &crate::source::read_bytes(target)?)?;
    let source_file = match crate::source::read_bytes(source) {
        Ok(bytes) => load(source, &bytes),
        Err(ReadError::NotFound { .. }) => Err(Diagnostic::error(msg!(
            "document-no-source",
            path = target.display().to_string(),
            expected = source.display().to_string()
        ))
        .at(&target_file.0, 0..0)
        .with_help(msg!("help-no-source"))),
        Err(other) => Err(other.into()),
    };
    Ok(pair(source_file, target_file))
}

/// [`parse_pair`], with the structure of both texts.
pub fn parse_pair_with_structure(
    source: (&Path, &[u8]),
    target: (&Path, &[u8]),
) -> Result<(Document, Structures), Diagnostic> {
    let target_file = load(target.0, target.1)?;
    Ok(pair(load(source.0, source.1), target_file))
}

/// Reads one Fluent file as structure (a source file without a target, a
/// file of the locale outside any pair).
pub fn read_structure(path: &Path) -> Result<structure::Resource, Diagnostic> {
    let (file, _) = load(path, &crate::source::read_bytes(path)?)?;
    Ok(parse_structure(&file))
}

/// The structures of a Fluent pair: the source (when it could be read) and
/// the target.
#[derive(Debug, Clone)]
pub struct Structures {
    /// The source file's structure.
    pub source: Option<structure::Resource>,
    /// The target file's structure.
    pub target: structure::Resource,
}

/// The document with the junk of its structures among its diagnostics.
pub(crate) fn with_junk((mut document, structures): (Document, Structures)) -> Document {
    let source_junk = structures.source.map(|s| s.junk).unwrap_or_default();
    document.diagnostics.extend(source_junk);
    document.diagnostics.extend(structures.target.junk);
    document
}

type Loaded = (Arc<SourceFile>, Vec<Diagnostic>);

fn parse_structure(file: &Arc<SourceFile>) -> structure::Resource {
    let mut junk = Vec::new();
    let input = guard_nesting(file, &mut junk);
    let resource = parse(file, &input, &mut junk);
    structure::build(file, &input, &resource, junk)
}

fn pair(source: Result<Loaded, Diagnostic>, target: Loaded) -> (Document, Structures) {
    let (target_file, mut diagnostics) = target;
    let mut target_junk = Vec::new();
    let target_input = guard_nesting(&target_file, &mut target_junk);
    let target_resource = parse(&target_file, &target_input, &mut target_junk);
    let target_structure =
        structure::build(&target_file, &target_input, &target_resource, target_junk);
    let source_file = match source {
        Ok((file, source_diagnostics)) => {
            diagnostics.extend(source_diagnostics);
            file
        }
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            let document = Document {
                format: Format::Fluent,
                target: target_file,
                source: None,
                segments: Vec::new(),
                diagnostics,
            };
            let structures = Structures {
                source: None,
                target: target_structure,
            };
            return (document, structures);
        }
    };
    let mut source_junk = Vec::new();
    let source_input = guard_nesting(&source_file, &mut source_junk);
    let source_resource = parse(&source_file, &source_input, &mut source_junk);
    let source_structure =
        structure::build(&source_file, &source_input, &source_resource, source_junk);

    let source_messages = messages_by_id(&source_resource);
    let mut pairer = Pairer {
        source_base: &source_input,
        target_base: &target_input,
        target_file: &target_file,
        segments: Vec::new(),
        diagnostics: Vec::new(),
    };
    for entry in &target_resource.body {
        if let Entry::Message(message) = entry
            && let Some(source) = source_messages.get(message.id.name)
        {
            pairer.pair_message(source, message);
        }
    }
    let Pairer {
        segments,
        diagnostics: pairing_diagnostics,
        ..
    } = pairer;
    diagnostics.extend(pairing_diagnostics);
    let document = Document {
        format: Format::Fluent,
        target: target_file,
        source: Some(source_file),
        segments,
        diagnostics,
    };
    let structures = Structures {
        source: Some(source_structure),
        target: target_structure,
    };
    (document, structures)
}

/// Decodes a Fluent file: BOM dropped, invalid UTF-8 replaced and reported,
/// binary refused.
pub(crate) fn load(path: &Path, bytes: &[u8]) -> Result<Loaded, Diagnostic> {
    decode::load_utf8(path, bytes)
}

/// The byte offset of `slice` in `base`, which it was cut from.
pub(crate) fn offset_in(base: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .saturating_sub(base.as_ptr() as usize)
        .min(base.len())
}

/// Parses `input` (the file's text or its nesting-guarded copy, same length)
/// and turns parse errors into located diagnostics.
pub(crate) fn parse<'a>(
    file: &Arc<SourceFile>,
    input: &'a str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Resource<&'a str> {
    match fluent_syntax::parser::parse(input) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            diagnostics.extend(errors.iter().map(|error| junk_diagnostic(file, error)));
            resource
        }
    }
}

fn junk_diagnostic(file: &Arc<SourceFile>, error: &ParserError) -> Diagnostic {
    let text = &file.text;
    let mut span = char_span(text, error.pos.clone());
    // An error at the end of the file (an unclosed placeable) is shown on
    // the last character, not on a line past the end.
    let end = text.trim_end().len();
    if span.start >= end && end > 0 {
        span = char_span(text, end - 1..end);
    }
    let junk = error
        .slice
        .clone()
        .map_or(span.clone(), |slice| char_span(text, slice));
    let at_entry_start = span.start == junk.start;
    let first_line = text[junk].lines().next().unwrap_or_default();
    let excerpt: String = first_line.chars().take(80).collect();
    // Where an entry starts, Fluent expects the identifier of a message
    // (`a-zA-Z`): say so rather than quote the character range.
    let message = match &error.kind {
        ErrorKind::ExpectedCharRange { range } if range == "a-zA-Z" && at_entry_start => {
            msg!("fluent-expected-entry-identifier")
        }
        ErrorKind::ExpectedCharRange { range } if range == "a-zA-Z" => {
            msg!("fluent-expected-identifier")
        }
        kind => parser_error_message(kind),
    };
    Diagnostic::error(message)
        .at(file, span)
        .with_help(msg!("help-fluent-junk", text = excerpt))
}

/// `range` clamped to `text` and widened to character boundaries.
fn char_span(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

fn parser_error_message(kind: &ErrorKind) -> Message {
    match kind {
        ErrorKind::ExpectedToken(token) => {
            msg!("fluent-expected-token", token = token.to_string())
        }
        ErrorKind::ExpectedCharRange { range } => {
            msg!("fluent-expected-char-range", range = range)
        }
        ErrorKind::ExpectedMessageField { entry_id } => {
            msg!("fluent-expected-message-field", id = entry_id)
        }
        ErrorKind::ExpectedTermField { entry_id } => {
            msg!("fluent-expected-term-field", id = entry_id)
        }
        ErrorKind::ForbiddenCallee => msg!("fluent-forbidden-callee"),
        ErrorKind::MissingDefaultVariant => msg!("fluent-missing-default-variant"),
        ErrorKind::MissingValue => msg!("fluent-expected-value"),
        ErrorKind::MultipleDefaultVariants => msg!("fluent-multiple-default-variants"),
        ErrorKind::MessageReferenceAsSelector => msg!("fluent-message-reference-as-selector"),
        ErrorKind::TermReferenceAsSelector => msg!("fluent-term-reference-as-selector"),
        ErrorKind::MessageAttributeAsSelector => msg!("fluent-message-attribute-as-selector"),
        ErrorKind::TermAttributeAsPlaceable => msg!("fluent-term-attribute-as-placeable"),
        ErrorKind::UnterminatedStringLiteral => msg!("fluent-unterminated-string"),
        ErrorKind::PositionalArgumentFollowsNamed => msg!("fluent-positional-after-named"),
        ErrorKind::DuplicatedNamedArgument(name) => {
            msg!("fluent-duplicated-argument", name = name)
        }
        ErrorKind::UnknownEscapeSequence(escape) => {
            msg!("fluent-unknown-escape", escape = escape)
        }
        ErrorKind::InvalidUnicodeEscapeSequence(escape) => {
            msg!("fluent-invalid-unicode-escape", escape = escape)
        }
        ErrorKind::UnbalancedClosingBrace => msg!("fluent-unbalanced-brace"),
        ErrorKind::ExpectedInlineExpression => msg!("fluent-expected-inline-expression"),
        ErrorKind::ExpectedSimpleExpressionAsSelector => msg!("fluent-expected-simple-selector"),
        ErrorKind::ExpectedLiteral => msg!("fluent-expected-literal"),
    }
}

/// The text to parse: the file's text, or a copy of the same length in
/// which entries nested deeper than [`MAX_NESTING`] are blanked out (and
/// reported), so that the recursive parser cannot overflow the stack.
///
/// The scan follows the grammar closely enough to bound the parser's depth:
/// `{` opens an expression, `}` closes one, string literals are skipped in
/// expressions, `[key]` opens a variant pattern that ends at a line starting
/// with `[`, `*` or `}`. The count restarts at each line that starts an
/// entry (`id =`, `-id =`, `#`): the parser is at depth 0 there, either
/// between entries or skipping junk.
pub(crate) fn guard_nesting<'a>(
    file: &'a Arc<SourceFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Cow<'a, str> {
    let text = file.text.as_str();
    if text.bytes().filter(|&b| b == b'{').count() <= MAX_NESTING {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut blanked: Vec<Range<usize>> = Vec::new();
    let mut line_start = 0;
    let mut entry_start = 0;
    let mut scanner = NestingScanner::default();
    let mut too_deep_at: Option<usize> = None;
    while line_start < bytes.len() {
        let line_end = memchr_newline(bytes, line_start);
        let line = &bytes[line_start..line_end];
        if starts_entry(line) {
            if let Some(at) = too_deep_at.take() {
                blanked.push(entry_start..line_start);
                diagnostics.push(nesting_diagnostic(file, at));
            }
            entry_start = line_start;
            scanner = NestingScanner::default();
        }
        if line.first() != Some(&b'#')
            && too_deep_at.is_none()
            && let Some(at) = scanner.scan_line(line)
        {
            too_deep_at = Some(line_start + at);
        }
        line_start = line_end + 1;
    }
    if let Some(at) = too_deep_at {
        blanked.push(entry_start..bytes.len());
        diagnostics.push(nesting_diagnostic(file, at));
    }
    if blanked.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut copy = bytes.to_vec();
    for range in blanked {
        for byte in &mut copy[range] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    }
    // Only whole characters were replaced by ASCII spaces: still UTF-8.
    Cow::Owned(String::from_utf8(copy).unwrap_or_default())
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |at| from + at)
}

/// True for a line where the parser is at depth 0: `id =`, `-id =` or `#…`.
fn starts_entry(line: &[u8]) -> bool {
    let rest = match line.first() {
        Some(b'#') => return true,
        Some(b'-') => &line[1..],
        _ => line,
    };
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let after_id = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .map_or(&[][..], |at| &rest[at..]);
    after_id.iter().find(|&&b| b != b' ') == Some(&b'=')
}

fn nesting_diagnostic(file: &Arc<SourceFile>, at: usize) -> Diagnostic {
    let span = char_span(&file.text, at..at + 1);
    let line = file.lines().line_range(&file.text, file.line_column(at).0);
    let excerpt: String = file.text[line].chars().take(80).collect();
    Diagnostic::error(msg!("fluent-nested-too-deep", limit = MAX_NESTING))
        .at(file, span)
        .with_help(msg!("help-fluent-junk", text = excerpt))
}

/// What the nesting scan is inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A placeable or select expression.
    Expression,
    /// The pattern of a select variant.
    Variant,
}

#[derive(Debug, Default)]
struct NestingScanner {
    stack: Vec<Context>,
}

impl NestingScanner {
    /// Scans one line; the offset in it where nesting passes the limit.
    fn scan_line(&mut self, line: &[u8]) -> Option<usize> {
        let mut at = 0;
        let mut line_start = true;
        while at < line.len() {
            let byte = line[at];
            if line_start && byte != b' ' {
                line_start = false;
                if self.stack.last() == Some(&Context::Variant)
                    && matches!(byte, b'[' | b'*' | b'}')
                {
                    self.stack.pop();
                }
            }
            match (self.stack.last(), byte) {
                (_, b'{') => {
                    self.stack.push(Context::Expression);
                    if self.stack.len() > MAX_NESTING {
                        return Some(at);
                    }
                }
                (Some(Context::Expression), b'}') => {
                    self.stack.pop();
                }
                (Some(Context::Expression), b'"') => {
                    at += 1;
                    while at < line.len() && line[at] != b'"' {
                        at += if line[at] == b'\\' { 2 } else { 1 };
                    }
                }
                (Some(Context::Expression), b'[') => {
                    while at < line.len() && line[at] != b']' {
                        at += 1;
                    }
                    self.stack.push(Context::Variant);
                }
                _ => {}
            }
            at += 1;
        }
        None
    }
}

fn messages_by_id<'r, 's>(
    resource: &'r Resource<&'s str>,
) -> HashMap<&'s str, &'r FluentMessage<&'s str>> {
    let mut messages = HashMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            messages.entry(message.id.name).or_insert(message);
        }
    }
    messages
}

/// The key of one select expression chosen by a target variant.
#[derive(Debug, Clone)]
struct Choice {
    selector: String,
    key: String,
}

/// A target text being built along one combination of variants.
#[derive(Debug, Clone, Default)]
struct Partial {
    choices: Vec<Choice>,
    text: TextBuilder,
}

struct Pairer<'a> {
    source_base: &'a str,
    target_base: &'a str,
    target_file: &'a Arc<SourceFile>,
    segments: Vec<super::Segment>,
    diagnostics: Vec<Diagnostic>,
}

impl Pairer<'_> {
    fn pair_message(&mut self, source: &FluentMessage<&str>, target: &FluentMessage<&str>) {
        let id = target.id.name;
        if let (Some(source_value), Some(target_value)) = (&source.value, &target.value) {
            self.pair_pattern(id.to_owned(), source_value, target_value);
        }
        for attribute in &target.attributes {
            let name = attribute.id.name;
            if let Some(source_attribute) = source.attributes.iter().find(|a| a.id.name == name) {
                self.pair_pattern(
                    format!("{id}.{name}"),
                    &source_attribute.value,
                    &attribute.value,
                );
            }
        }
    }

    fn pair_pattern(&mut self, id: String, source: &Pattern<&str>, target: &Pattern<&str>) {
        let mut expander = Expander {
            base: self.target_base,
            truncated: false,
        };
        let partials = expander.pattern(target, vec![Partial::default()]);
        if expander.truncated {
            let at = target_anchor(self.target_base, target);
            self.diagnostics.push(
                Diagnostic::warning(msg!(
                    "fluent-too-many-variants",
                    id = id.clone(),
                    limit = MAX_VARIANTS
                ))
                .at(self.target_file, char_span(self.target_base, at..at)),
            );
        }
        for partial in partials {
            let mut used = vec![false; partial.choices.len()];
            let mut source_text = TextBuilder::default();
            render_source(
                self.source_base,
                source,
                &partial.choices,
                &mut used,
                &mut source_text,
            );
            let variant = (!partial.choices.is_empty()).then(|| {
                partial
                    .choices
                    .iter()
                    .map(|choice| choice.key.as_str())
                    .collect::<Vec<_>>()
                    .join("/")
            });
            self.segments.push(Segment {
                id: id.clone(),
                variant,
                source: source_text.finish(),
                target: partial.text.finish(),
            });
        }
    }
}

/// Where a pattern starts in the file, for diagnostics about it.
fn target_anchor(base: &str, pattern: &Pattern<&str>) -> usize {
    match pattern.elements.first() {
        Some(PatternElement::TextElement { value }) => offset_in(base, value),
        Some(PatternElement::Placeable { expression }) => expression_anchor(base, expression),
        None => 0,
    }
}

/// Builds every combination of target variants of a pattern.
struct Expander<'a> {
    base: &'a str,
    truncated: bool,
}

impl Expander<'_> {
    fn pattern(&mut self, pattern: &Pattern<&str>, mut partials: Vec<Partial>) -> Vec<Partial> {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    let at = offset_in(self.base, value);
                    for partial in &mut partials {
                        partial.text.literal(value, at);
                    }
                }
                PatternElement::Placeable { expression } => {
                    partials = self.expression(expression, partials);
                }
            }
        }
        partials
    }

    fn expression(
        &mut self,
        expression: &Expression<&str>,
        partials: Vec<Partial>,
    ) -> Vec<Partial> {
        match expression {
            Expression::Inline(inline) => self.inline(inline, partials),
            Expression::Select { selector, variants } => {
                let selector = selector_key(selector);
                let mut expanded = Vec::new();
                'partials: for partial in partials {
                    for variant in variants {
                        if expanded.len() >= MAX_VARIANTS {
                            self.truncated = true;
                            break 'partials;
                        }
                        let mut chosen = partial.clone();
                        chosen.choices.push(Choice {
                            selector: selector.clone(),
                            key: variant_key(&variant.key).to_owned(),
                        });
                        expanded.extend(self.pattern(&variant.value, vec![chosen]));
                    }
                }
                if expanded.len() > MAX_VARIANTS {
                    self.truncated = true;
                    expanded.truncate(MAX_VARIANTS);
                }
                expanded
            }
        }
    }

    fn inline(
        &mut self,
        inline: &InlineExpression<&str>,
        mut partials: Vec<Partial>,
    ) -> Vec<Partial> {
        match inline {
            InlineExpression::Placeable { expression } => self.expression(expression, partials),
            _ => {
                for partial in &mut partials {
                    push_inline(self.base, inline, &mut partial.text);
                }
                partials
            }
        }
    }
}

/// Appends the placeholder of a placeable that is not a select expression.
fn push_inline(base: &str, inline: &InlineExpression<&str>, text: &mut TextBuilder) {
    match inline {
        InlineExpression::TermReference { id, .. } => {
            text.term_ref(id.name, offset_in(base, id.name).saturating_sub(1));
        }
        _ => text.placeholder(inline_anchor(base, inline)),
    }
}

/// Builds the source text that pairs with a target variant: see the module
/// documentation for the rule.
fn render_source(
    base: &str,
    pattern: &Pattern<&str>,
    choices: &[Choice],
    used: &mut [bool],
    text: &mut TextBuilder,
) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.literal(value, offset_in(base, value)),
            PatternElement::Placeable { expression } => {
                render_source_expression(base, expression, choices, used, text);
            }
        }
    }
}

fn render_source_expression(
    base: &str,
    expression: &Expression<&str>,
    choices: &[Choice],
    used: &mut [bool],
    text: &mut TextBuilder,
) {
    match expression {
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            render_source_expression(base, expression, choices, used, text);
        }
        Expression::Inline(inline) => push_inline(base, inline, text),
        Expression::Select { selector, variants } => {
            let selector = selector_key(selector);
            let choice = choices
                .iter()
                .enumerate()
                .position(|(i, choice)| !used[i] && choice.selector == selector);
            let same_key = choice.and_then(|i| {
                used[i] = true;
                variants
                    .iter()
                    .find(|variant| variant_key(&variant.key) == choices[i].key)
            });
            let chosen = same_key
                .or_else(|| variants.iter().find(|variant| variant.default))
                .or(variants.last());
            if let Some(variant) = chosen {
                render_source(base, &variant.value, choices, used, text);
            }
        }
    }
}

pub(crate) fn variant_key<'s>(key: &VariantKey<&'s str>) -> &'s str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

/// A canonical spelling of a selector, to recognise the same selector in the
/// source and the target (`$count`, `NUMBER($n, minimumFractionDigits: 1)`).
pub(crate) fn selector_key(selector: &InlineExpression<&str>) -> String {
    match selector {
        InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        InlineExpression::FunctionReference { id, arguments } => {
            let mut parts: Vec<String> = arguments.positional.iter().map(selector_key).collect();
            parts.extend(
                arguments
                    .named
                    .iter()
                    .map(|named| format!("{}: {}", named.name.name, selector_key(&named.value))),
            );
            format!("{}({})", id.name, parts.join(", "))
        }
        InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(attribute) => format!("{}.{}", id.name, attribute.name),
            None => id.name.to_owned(),
        },
        InlineExpression::TermReference { id, attribute, .. } => match attribute {
            Some(attribute) => format!("-{}.{}", id.name, attribute.name),
            None => format!("-{}", id.name),
        },
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::Placeable { expression } => match expression.as_ref() {
            Expression::Inline(inline) => selector_key(inline),
            Expression::Select { selector, .. } => selector_key(selector),
        },
    }
}

/// Where a placeable's expression starts in the file (its sigil or name).
pub(crate) fn inline_anchor(base: &str, inline: &InlineExpression<&str>) -> usize {
    match inline {
        InlineExpression::StringLiteral { value } => offset_in(base, value).saturating_sub(1),
        InlineExpression::NumberLiteral { value } => offset_in(base, value),
        InlineExpression::FunctionReference { id, .. }
        | InlineExpression::MessageReference { id, .. } => offset_in(base, id.name),
        InlineExpression::TermReference { id, .. } | InlineExpression::VariableReference { id } => {
            offset_in(base, id.name).saturating_sub(1)
        }
        InlineExpression::Placeable { expression } => expression_anchor(base, expression),
    }
}

pub(crate) fn expression_anchor(base: &str, expression: &Expression<&str>) -> usize {
    match expression {
        Expression::Inline(inline) => inline_anchor(base, inline),
        Expression::Select { selector, .. } => inline_anchor(base, selector),
    }
}
