//! JSON strings: i18next nested objects, ARB and flat key/value files, a
//! source file and a target file paired by key.
//!
//! - A small JSON parser that keeps byte positions: every string is mapped
//!   back to its place in the file (escapes included). A BOM is reported
//!   (JSON has none), duplicate keys are reported, malformed JSON and
//!   trailing garbage are located errors; what was read before stays.
//! - Keys are paired by their dotted path (`menu.file.open`); array items
//!   by index. ARB metadata (`@key`, `@@locale`) is skipped.
//! - i18next plural keys (`key_one`, `key_few`, `key_other`…) are variants
//!   of `key`: a target plural form pairs with the same source form, else
//!   with the source `_other`.
//! - Placeables are placeholders, never words: `{{var}}`, `$t(key)`,
//!   `{var}`, ICU arguments (`{n, number}`) and `#` in a plural. An ICU
//!   `plural`/`select`/`selectordinal` gives one variant per branch,
//!   paired like Fluent select variants (a target branch with the same
//!   source branch, else `other`).

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use super::{Document, Format, Segment, SegmentText, TextBuilder, decode};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::SourceFile;

/// How deep objects and arrays may nest.
const MAX_DEPTH: usize = 128;

/// The most variants one message expands to.
const MAX_VARIANTS: usize = 64;

/// CLDR plural categories, as i18next suffixes and ICU keys.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One string of a JSON file.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The dotted path of the string.
    pub key: String,
    /// The string, decoded and mapped to the file.
    pub text: SegmentText,
}

/// A JSON file read into its strings.
struct Parsed {
    file: Arc<SourceFile>,
    entries: Vec<Entry>,
    diagnostics: Vec<Diagnostic>,
}

/// Reads a source and a target JSON file and pairs their strings by key.
/// `Err` only when a file cannot be read at all.
pub fn read_pair(source: &Path, target: &Path) -> Result<Document, Diagnostic> {
    let source = parse_file(source)?;
    let target = parse_file(target)?;
    let mut diagnostics = source.diagnostics;
    diagnostics.extend(target.diagnostics);
    let by_key: HashMap<&str, &Entry> = source
        .entries
        .iter()
        .map(|entry| (entry.key.as_str(), entry))
        .collect();
    let mut segments = Vec::new();
    for entry in &target.entries {
        let (base, suffix) = plural_suffix(&entry.key);
        let source_entry = by_key.get(entry.key.as_str()).or_else(|| {
            let base = base?;
            by_key
                .get(format!("{base}_other").as_str())
                .or_else(|| by_key.get(base))
        });
        let Some(source_entry) = source_entry else {
            continue;
        };
        let id = base.unwrap_or(&entry.key).to_owned();
        segments.extend(pair_variants(&id, suffix, &source_entry.text, &entry.text));
    }
    Ok(Document {
        format: Format::Json,
        target: target.file,
        source: Some(source.file),
        segments,
        diagnostics,
    })
}

/// `(Some(base), Some(category))` for an i18next plural key `base_category`.
fn plural_suffix(key: &str) -> (Option<&str>, Option<&str>) {
    match key.rsplit_once('_') {
        Some((base, category)) if !base.is_empty() && PLURAL_CATEGORIES.contains(&category) => {
            let base = base.strip_suffix("_ordinal").unwrap_or(base);
            (Some(base), Some(category))
        }
        _ => (None, None),
    }
}

/// The segments of one key: one per variant of the target text.
fn pair_variants(
    id: &str,
    suffix: Option<&str>,
    source: &SegmentText,
    target: &SegmentText,
) -> Vec<Segment> {
    let sources = variants(source);
    let targets = variants(target);
    targets
        .into_iter()
        .map(|(keys, target)| {
            let source = matching_variant(&sources, &keys);
            let label: Vec<&str> = suffix
                .into_iter()
                .chain(keys.iter().map(String::as_str))
                .collect();
            Segment {
                id: id.to_owned(),
                variant: (!label.is_empty()).then(|| label.join("/")),
                source,
                target,
            }
        })
        .collect()
}

/// The source variant for target variant `keys`: the same keys, else the
/// keys with each plural category made `other`, else the first.
fn matching_variant(sources: &[(Vec<String>, SegmentText)], keys: &[String]) -> SegmentText {
    let as_other: Vec<String> = keys
        .iter()
        .map(|key| {
            if PLURAL_CATEGORIES.contains(&key.as_str()) || key.starts_with('=') {
                "other".to_owned()
            } else {
                key.clone()
            }
        })
        .collect();
    sources
        .iter()
        .find(|(source_keys, _)| source_keys == keys)
        .or_else(|| {
            sources
                .iter()
                .find(|(source_keys, _)| *source_keys == as_other)
        })
        .or_else(|| sources.first())
        .map(|(_, text)| text.clone())
        .unwrap_or_default()
}

/// Reads and parses one JSON file.
fn parse_file(path: &Path) -> Result<Parsed, Diagnostic> {
    let bytes = crate::source::read_bytes(path)?;
    let (file, mut diagnostics) = decode::load_utf8(path, &bytes)?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        diagnostics.push(
            Diagnostic::warning(msg!("documents-json-bom"))
                .at(&file, 0..0)
                .with_help(msg!("documents-help-json-bom")),
        );
    }
    let mut parser = JsonParser {
        file: &file,
        text: file.text.as_str(),
        pos: 0,
        entries: Vec::new(),
        diagnostics: Vec::new(),
    };
    parser.document();
    let JsonParser {
        mut entries,
        diagnostics: parse_diagnostics,
        ..
    } = parser;
    // A key defined twice: the last definition wins, as in JSON parsers.
    let mut seen = std::collections::HashSet::new();
    entries.reverse();
    entries.retain(|entry| seen.insert(entry.key.clone()));
    entries.reverse();
    diagnostics.extend(parse_diagnostics);
    Ok(Parsed {
        file,
        entries,
        diagnostics,
    })
}

/// Why parsing stopped: the offset and what was expected there.
struct Stop(usize, &'static str);

struct JsonParser<'a> {
    file: &'a Arc<SourceFile>,
    text: &'a str,
    pos: usize,
    entries: Vec<Entry>,
    diagnostics: Vec<Diagnostic>,
}

impl JsonParser<'_> {
    fn document(&mut self) {
        self.skip_space();
        let result = self.value("", 0).and_then(|()| {
            self.skip_space();
            if self.pos < self.text.len() {
                Err(Stop(self.pos, "end of file"))
            } else {
                Ok(())
            }
        });
        if let Err(Stop(at, expected)) = result {
            let end = self.text[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            self.diagnostics.push(
                Diagnostic::error(msg!("documents-json-malformed", expected = expected))
                    .at(self.file, at..end),
            );
        }
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn value(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        if depth > MAX_DEPTH {
            return Err(Stop(self.pos, "less nesting"));
        }
        match self.peek() {
            Some(b'{') => self.object(path, depth),
            Some(b'[') => self.array(path, depth),
            Some(b'"') => {
                let text = self.string()?;
                self.entries.push(Entry {
                    key: path.to_owned(),
                    text,
                });
                Ok(())
            }
            Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                let rest = &self.text[self.pos..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.')))
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                let valid =
                    matches!(word, "true" | "false" | "null") || word.parse::<f64>().is_ok();
                if !valid || len == 0 {
                    return Err(Stop(self.pos, "a value"));
                }
                self.pos += len;
                Ok(())
            }
            _ => Err(Stop(self.pos, "a value")),
        }
    }

    fn object(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        self.pos += 1;
        let mut keys: HashMap<String, Range<usize>> = HashMap::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(Stop(self.pos, "a key"));
            }
            let key_start = self.pos;
            let key = self.string()?.text;
            let key_range = key_start..self.pos;
            if let Some(first) = keys.get(&key) {
                self.diagnostics.push(
                    Diagnostic::warning(msg!("documents-json-duplicate-key", key = key.clone()))
                        .at(self.file, key_range.clone())
                        .with_related(self.file, first.clone(), msg!("documents-json-first-key")),
                );
            } else {
                keys.insert(key.clone(), key_range);
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(Stop(self.pos, "`:`"));
            }
            self.pos += 1;
            self.skip_space();
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            if key.starts_with('@') {
                // ARB metadata: read past it, keep nothing.
                let kept = self.entries.len();
                self.value(&child, depth + 1)?;
                self.entries.truncate(kept);
            } else {
                self.value(&child, depth + 1)?;
            }
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Stop(self.pos, "`,` or `}`")),
            }
        }
    }

    fn array(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        self.pos += 1;
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            self.skip_space();
            self.value(&format!("{path}.{index}"), depth + 1)?;
            index += 1;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Stop(self.pos, "`,` or `]`")),
            }
        }
    }

    /// A string at `pos` (on its `"`), decoded with its offset map.
    fn string(&mut self) -> Result<SegmentText, Stop> {
        let start = self.pos;
        self.pos += 1;
        let mut builder = TextBuilder::default();
        let mut copied = self.pos;
        loop {
            let rest = &self.text[self.pos..];
            let Some(at) = rest.find(['"', '\\', '\n']) else {
                return Err(Stop(start, "a closing `\"`"));
            };
            let at = self.pos + at;
            match self.text.as_bytes()[at] {
                b'"' => {
                    builder.literal(&self.text[copied..at], copied);
                    self.pos = at + 1;
                    return Ok(builder.finish());
                }
                b'\n' => return Err(Stop(at, "a closing `\"`")),
                _ => {
                    builder.literal(&self.text[copied..at], copied);
                    let (decoded, len) = self.escape(at)?;
                    builder.run(decoded.encode_utf8(&mut [0; 4]), at);
                    self.pos = at + len;
                    copied = self.pos;
                }
            }
        }
    }

    /// The character of the escape at `at` and its length in the file.
    fn escape(&self, at: usize) -> Result<(char, usize), Stop> {
        let bytes = self.text.as_bytes();
        let simple = match bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{C}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = |from: usize| {
                    self.text
                        .get(from..from + 4)
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                };
                let high = unit(at + 2).ok_or(Stop(at, "a \\u escape"))?;
                if (0xD800..0xDC00).contains(&high)
                    && self.text.get(at + 6..at + 8) == Some("\\u")
                    && let Some(low) = unit(at + 8).filter(|low| (0xDC00..0xE000).contains(low))
                {
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    return Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), 12));
                }
                return Ok((char::from_u32(high).unwrap_or('\u{FFFD}'), 6));
            }
            _ => return Err(Stop(at, "an escape")),
        };
        Ok((simple, 2))
    }
}

/// A piece of a message.
#[derive(Debug)]
enum Node {
    /// Text: a byte range of the decoded string.
    Text(Range<usize>),
    /// A placeable at this byte of the decoded string.
    Placeholder(usize),
    /// An ICU plural or select: its branches, key and content.
    Select(Vec<(String, Vec<Node>)>),
}

/// The variants of a message: for each combination of select branches,
/// the keys chosen and the text.
pub fn variants(text: &SegmentText) -> Vec<(Vec<String>, SegmentText)> {
    let mut pos = 0;
    let nodes = message(&text.text, &mut pos, false);
    expand(text, &nodes)
        .into_iter()
        .map(|(keys, builder)| (keys, builder.finish()))
        .collect()
}

fn expand(source: &SegmentText, nodes: &[Node]) -> Vec<(Vec<String>, TextBuilder)> {
    let mut out = vec![(Vec::new(), TextBuilder::default())];
    for node in nodes {
        match node {
            Node::Text(range) => {
                for (_, builder) in &mut out {
                    builder.append_range(source, range.clone());
                }
            }
            Node::Placeholder(at) => {
                let file_offset = source.file_offset(*at);
                for (_, builder) in &mut out {
                    builder.placeholder(file_offset);
                }
            }
            Node::Select(branches) => {
                let mut next = Vec::new();
                for (keys, builder) in &out {
                    for (key, branch) in branches {
                        for (branch_keys, branch_text) in expand(source, branch) {
                            if next.len() >= MAX_VARIANTS {
                                break;
                            }
                            let mut keys = keys.clone();
                            keys.push(key.clone());
                            keys.extend(branch_keys);
                            let mut builder = builder.clone();
                            builder.append(&branch_text.finish());
                            next.push((keys, builder));
                        }
                    }
                }
                if !next.is_empty() {
                    out = next;
                }
            }
        }
    }
    out
}

/// Parses a message up to an unmatched `}` or the end; `#` is a placeholder
/// inside a plural branch.
fn message(text: &str, pos: &mut usize, in_plural: bool) -> Vec<Node> {
    let bytes = text.as_bytes();
    let mut nodes = Vec::new();
    let mut text_start = *pos;
    let flush = |nodes: &mut Vec<Node>, from: usize, to: usize| {
        if from < to {
            nodes.push(Node::Text(from..to));
        }
    };
    while *pos < bytes.len() {
        let at = *pos;
        match bytes[at] {
            b'}' => break,
            b'#' if in_plural => {
                flush(&mut nodes, text_start, at);
                nodes.push(Node::Placeholder(at));
                *pos += 1;
                text_start = *pos;
            }
            b'$' if text[at..].starts_with("$t(") => {
                flush(&mut nodes, text_start, at);
                *pos = text[at..].find(')').map_or(text.len(), |end| at + end + 1);
                nodes.push(Node::Placeholder(at));
                text_start = *pos;
            }
            b'\'' if matches!(bytes.get(at + 1), Some(b'{' | b'}' | b'#')) => {
                // ICU quoting: literal text up to the next apostrophe.
                flush(&mut nodes, text_start, at);
                let end = text[at + 1..].find('\'').map_or(text.len(), |e| at + 1 + e);
                flush(&mut nodes, at + 1, end);
                *pos = (end + 1).min(text.len());
                text_start = *pos;
            }
            b'{' => {
                flush(&mut nodes, text_start, at);
                nodes.push(placeable(text, pos));
                text_start = *pos;
            }
            _ => *pos += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    flush(&mut nodes, text_start, (*pos).min(text.len()));
    nodes
}

/// A placeable at `pos` (on its `{`): `{{var}}`, `{var}`, `{n, type…}` or
/// an ICU plural/select. Leaves `pos` after it.
fn placeable(text: &str, pos: &mut usize) -> Node {
    let at = *pos;
    if text[at..].starts_with("{{") {
        *pos = text[at..].find("}}").map_or(text.len(), |end| at + end + 2);
        return Node::Placeholder(at);
    }
    let inner_start = at + 1;
    let header_end = text[inner_start..]
        .find(['}', '{'])
        .map_or(text.len(), |e| inner_start + e);
    let header = &text[inner_start..header_end];
    let mut parts = header.splitn(3, ',').map(str::trim);
    let _name = parts.next();
    let kind = parts.next().unwrap_or("");
    if !matches!(kind, "plural" | "select" | "selectordinal") {
        *pos = skip_braces(text, at);
        return Node::Placeholder(at);
    }
    let in_plural = kind != "select";
    // After `{name, plural,`: optional `offset:n`, then `key {message}`…
    let mut cursor = inner_start + header.rfind(',').map_or(header.len(), |c| c + 1);
    let mut branches = Vec::new();
    loop {
        let rest = &text[cursor..];
        let trimmed = rest.trim_start();
        cursor += rest.len() - trimmed.len();
        if trimmed.starts_with('}') || trimmed.is_empty() {
            *pos = (cursor + 1).min(text.len());
            break;
        }
        let key_len = trimmed
            .find(|c: char| c.is_whitespace() || c == '{' || c == '}')
            .unwrap_or(trimmed.len());
        let key = &trimmed[..key_len];
        cursor += key_len;
        let rest = &text[cursor..];
        cursor += rest.len() - rest.trim_start().len();
        if key.starts_with("offset:") {
            continue;
        }
        if text.as_bytes().get(cursor) != Some(&b'{') {
            *pos = skip_braces(text, at);
            return Node::Placeholder(at);
        }
        cursor += 1;
        let branch = message(text, &mut cursor, in_plural);
        cursor = (cursor + 1).min(text.len());
        branches.push((key.to_owned(), branch));
    }
    if branches.is_empty() {
        Node::Placeholder(at)
    } else {
        Node::Select(branches)
    }
}

/// The offset after the `}` matching the `{` at `at` (or the end).
fn skip_braces(text: &str, at: usize) -> usize {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate().skip(at) {
        match byte {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return offset + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literal(text: &str) -> SegmentText {
        let mut builder = TextBuilder::default();
        builder.literal(text, 0);
        builder.finish()
    }

    fn show(text: &str) -> Vec<(String, String)> {
        variants(&literal(text))
            .into_iter()
            .map(|(keys, text)| (keys.join("/"), text.text))
            .collect()
    }

    #[test]
    fn placeholders_of_every_syntax() {
        assert_eq!(
            show("Hi {{name}}, {count, number} $t(cell) {x} left"),
            [(
                String::new(),
                "Hi \u{FFFC}, \u{FFFC} \u{FFFC} \u{FFFC} left".to_owned()
            )]
        );
    }

    #[test]
    fn icu_plural_branches_are_variants() {
        assert_eq!(
            show("You have {n, plural, one {# stem cell} other {# stem cells}} left"),
            [
                (
                    "one".to_owned(),
                    "You have \u{FFFC} stem cell left".to_owned()
                ),
                (
                    "other".to_owned(),
                    "You have \u{FFFC} stem cells left".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn unbalanced_braces_do_not_panic() {
        for text in [
            "{",
            "{n, plural, one {",
            "{n, plural,",
            "}",
            "'{",
            "{{a",
            "{a, select, x",
        ] {
            let _ = show(text);
        }
    }

    #[test]
    fn i18next_plural_suffixes() {
        assert_eq!(plural_suffix("cells_one"), (Some("cells"), Some("one")));
        assert_eq!(
            plural_suffix("place_ordinal_few"),
            (Some("place"), Some("few"))
        );
        assert_eq!(plural_suffix("stem_cell"), (None, None));
    }
}
