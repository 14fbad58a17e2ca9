//! gettext PO catalogues: source (msgid) and target (msgstr) in one file.
//!
//! A hand-written, line-oriented parser that never panics: a malformed line
//! gives a located diagnostic, its entry is dropped, and reading goes on
//! with the next entry.
//!
//! - The file is decoded before parsing, from the charset of the header's
//!   `Content-Type` (UTF-8 when absent; legacy charsets such as ISO-8859-1 or
//!   Windows-1252 through encoding_rs). Offsets are offsets into the decoded
//!   text that [`Document::target`] holds; invalid bytes become U+FFFD and are
//!   reported.
//! - Entries: `msgctxt`, `msgid`, `msgid_plural`, `msgstr`, `msgstr[n]`,
//!   strings continued on following lines, C escapes (`\n \t \r \" \\`,
//!   octal, hex). Comments, `#|` previous strings and obsolete `#~` entries
//!   are skipped; `#, fuzzy` entries too unless
//!   [`ReadOptions::include_fuzzy`]. The header (empty msgid) and
//!   untranslated entries (empty msgstr) give no segment.
//! - Segment id: the msgctxt when there is one, else the msgid. A plural
//!   entry gives one segment per non-empty `msgstr[n]`, with `variant` =
//!   `msgstr[n]` and source = msgid for n = 0, msgid_plural otherwise.
//! - Format placeholders become [`PLACEHOLDER`](super::PLACEHOLDER): see
//!   [`placeholders`] for which, and when.

pub mod placeholders;

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use encoding_rs::Encoding;

use super::decode;
use super::{Document, Format, ReadOptions, Segment, SegmentText, TextBuilder};
use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;
use crate::source::SourceFile;

/// Reads a PO file into segment pairs. `Err` only when the file cannot be
/// read at all (missing, unreadable, binary).
pub fn read(path: &Path, options: &ReadOptions) -> Result<Document, Diagnostic> {
    read_with_catalogue(path, options).map(|(document, _)| document)
}

/// [`read`], with what the catalogue's own rules need (plural forms,
/// repeated entries).
pub fn read_with_catalogue(
    path: &Path,
    options: &ReadOptions,
) -> Result<(Document, Catalogue), Diagnostic> {
    parse_with_catalogue(path, &crate::source::read_bytes(path)?, options)
}

/// Reads the bytes of a PO file (as read from `path`) into segment pairs.
/// `Err` only for a binary file.
pub fn parse(path: &Path, bytes: &[u8], options: &ReadOptions) -> Result<Document, Diagnostic> {
    parse_with_catalogue(path, bytes, options).map(|(document, _)| document)
}

/// [`parse`], with the catalogue's structure.
pub fn parse_with_catalogue(
    path: &Path,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<(Document, Catalogue), Diagnostic> {
    // UTF-16 with a BOM (as some editors save): read as its text in UTF-8.
    if let Some((encoding, bom)) = decode::utf16_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return parse_text(path, text.as_bytes(), options, Some(encoding));
    }
    parse_text(path, bytes, options, None)
}

/// [`parse`] of bytes in UTF-8 or the header's charset; `transcoded` names
/// the encoding they were converted from, when they were.
fn parse_text(
    path: &Path,
    bytes: &[u8],
    options: &ReadOptions,
    transcoded: Option<&'static Encoding>,
) -> Result<(Document, Catalogue), Diagnostic> {
    decode::check_not_binary(path, bytes)?;
    let body = decode::strip_bom(bytes);
    let charset = header_charset(body).filter(|_| transcoded.is_none());
    let declared = charset_encoding(charset.as_deref());
    // A file declared in a single-byte charset but written in UTF-8 would
    // read as mojibake (`cellules mÃ¨res`): read it as UTF-8, and say so.
    let mojibake = is_mojibake(body, declared);
    let encoding = if mojibake {
        encoding_rs::UTF_8
    } else {
        declared
    };
    let decoded = if encoding == encoding_rs::UTF_8 {
        decode::utf8_lossy(body)
    } else {
        decode::legacy(body, encoding)
    };
    let file = Arc::new(SourceFile::new(path, decoded.text));
    let mut diagnostics: Vec<Diagnostic> =
        decode::replaced_diagnostic(&file, &decoded.replaced, encoding.name())
            .map(|d| d.with_help(msg!("help-invalid-bytes", encoding = encoding.name())))
            .into_iter()
            .collect();
    let charset_span = |label: &str| {
        let at = file.text.find(label).unwrap_or(0);
        at..at + label.len()
    };
    if let Some(label) = &charset
        && mojibake
    {
        diagnostics.push(
            Diagnostic::warning(msg!("pipeline-po-utf8-declared-legacy", charset = label))
                .at(&file, charset_span(label))
                .with_help(msg!("pipeline-help-po-declare-utf8")),
        );
    }
    if let Some(label) = &charset
        && Encoding::for_label(label.as_bytes()).is_none()
        && !label.eq_ignore_ascii_case("CHARSET")
    {
        diagnostics.push(
            Diagnostic::warning(msg!("po-unknown-charset", charset = label))
                .at(&file, charset_span(label)),
        );
    }
    let mut parser = Parser {
        file: &file,
        encoding,
        options,
        entry: Entry::default(),
        segments: Vec::new(),
        diagnostics,
        catalogue: CatalogueBuilder::default(),
    };
    parser.parse();
    let Parser {
        segments,
        diagnostics,
        catalogue,
        ..
    } = parser;
    let document = Document {
        format: Format::Po,
        target: file,
        source: None,
        segments,
        diagnostics,
        declared_languages: Vec::new(),
    };
    Ok((document, catalogue.finish()))
}

/// What the rules of a catalogue as a whole check: its entries against the
/// header's `Plural-Forms`, and entries defined twice (as `msgfmt -c`
/// does). Spans are byte ranges in the document's target file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    /// The problems, in file order.
    pub problems: Vec<CatalogueProblem>,
}

/// One problem of a catalogue's structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueProblem {
    /// Which rule reports it.
    pub kind: CatalogueProblemKind,
    /// The entry's first keyword.
    pub span: Range<usize>,
    /// The entry's msgctxt, else its msgid.
    pub entry: String,
    /// What is wrong, for people.
    pub message: Message,
}

/// The kinds of [`CatalogueProblem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogueProblemKind {
    /// A plural entry whose `msgstr[n]` do not match the header's
    /// `nplurals`, or plural entries without a `Plural-Forms` header.
    PluralForms,
    /// The same msgctxt and msgid defined twice.
    DuplicateEntry,
}

/// Gathers the catalogue's structure while the parser reads entries.
#[derive(Debug, Default)]
struct CatalogueBuilder {
    /// `nplurals` of the header, and where the header is.
    nplurals: Option<(usize, Range<usize>)>,
    /// Plural entries: where, their id, their `msgstr[n]` indices.
    plurals: Vec<(Range<usize>, String, Vec<usize>)>,
    /// Where each (msgctxt, msgid) was first defined.
    keys: std::collections::HashMap<(Option<String>, String), Range<usize>>,
    problems: Vec<CatalogueProblem>,
}

impl CatalogueBuilder {
    /// Records a complete entry that starts at `start`.
    fn entry(&mut self, entry: &Entry, id: &TextBuilder, start: &Range<usize>, file: &SourceFile) {
        let context = entry.context.as_ref().map(|c| c.as_str().to_owned());
        let shown = context.clone().unwrap_or_else(|| id.as_str().to_owned());
        if id.as_str().is_empty() && context.is_none() {
            if let Some((_, header)) = entry.strs.first() {
                self.nplurals = nplurals(header.as_str()).map(|n| (n, start.clone()));
            }
            return;
        }
        if entry.id_plural.is_some() {
            let indices = entry.strs.iter().filter_map(|(index, _)| *index).collect();
            self.plurals.push((start.clone(), shown.clone(), indices));
        }
        let key = (context, id.as_str().to_owned());
        if let Some(first) = self.keys.get(&key) {
            self.problems.push(CatalogueProblem {
                kind: CatalogueProblemKind::DuplicateEntry,
                span: start.clone(),
                message: msg!(
                    "pipeline-po-duplicate-entry",
                    id = excerpt(&shown),
                    line = file.line_column(first.start).0
                ),
                entry: shown,
            });
        } else {
            self.keys.insert(key, start.clone());
        }
    }

    /// The problems, plural ones checked now that the header is known.
    fn finish(mut self) -> Catalogue {
        let nplurals = self.nplurals.as_ref().map(|(n, _)| *n);
        for (span, entry, indices) in std::mem::take(&mut self.plurals) {
            let message = match nplurals {
                None => msg!("pipeline-po-plural-without-header", id = excerpt(&entry)),
                Some(n) => {
                    let mut sorted = indices.clone();
                    sorted.sort_unstable();
                    if sorted == (0..n).collect::<Vec<_>>() {
                        continue;
                    }
                    let found: Vec<String> =
                        sorted.iter().map(|i| format!("msgstr[{i}]")).collect();
                    msg!(
                        "pipeline-po-plural-forms",
                        id = excerpt(&entry),
                        found = found.join(", "),
                        nplurals = n,
                        last = n.saturating_sub(1)
                    )
                }
            };
            self.problems.push(CatalogueProblem {
                kind: CatalogueProblemKind::PluralForms,
                span,
                entry,
                message,
            });
            // Without a header, once is enough.
            if nplurals.is_none() {
                break;
            }
        }
        self.problems.sort_by_key(|problem| problem.span.start);
        Catalogue {
            problems: self.problems,
        }
    }
}

/// `nplurals` of a header's `Plural-Forms: nplurals=N; plural=…;` line.
fn nplurals(header: &str) -> Option<usize> {
    let line = header
        .lines()
        .find_map(|line| line.trim().strip_prefix("Plural-Forms:"))?;
    let value = line
        .split(';')
        .find_map(|part| part.trim().strip_prefix("nplurals"))?;
    value.trim_start().strip_prefix('=')?.trim().parse().ok()
}

/// The encoding of a PO file whose BOM is dropped: its header's charset
/// when encoding_rs knows it, else UTF-8.
pub fn encoding(body: &[u8]) -> &'static Encoding {
    let declared = charset_encoding(header_charset(body).as_deref());
    if is_mojibake(body, declared) {
        encoding_rs::UTF_8
    } else {
        declared
    }
}

/// Whether `body`, declared in `declared`, is in fact UTF-8 that a
/// single-byte charset would turn into mojibake.
fn is_mojibake(body: &[u8], declared: &'static Encoding) -> bool {
    declared.is_single_byte() && decode::is_utf8_mojibake(body)
}

fn charset_encoding(charset: Option<&str>) -> &'static Encoding {
    charset
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8)
}

/// The charset named in the header entry (the first entry, with an empty
/// msgid), read from the raw bytes before decoding.
fn header_charset(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes
        .split(|&b| b == b'\n')
        .map(|line| line.trim_ascii())
        .filter(|line| !line.is_empty() && !line.starts_with(b"#"));
    let first = lines.next()?;
    if first != b"msgid \"\"" {
        return None;
    }
    let header: Vec<u8> = lines
        .skip_while(|line| *line == b"\"\"")
        .take_while(|line| line.starts_with(b"msgstr") || line.starts_with(b"\""))
        .flat_map(|line| line.iter().copied())
        .collect();
    let lower = header.to_ascii_lowercase();
    let at = lower
        .windows(b"charset=".len())
        .position(|window| window == b"charset=")?
        + b"charset=".len();
    let name: Vec<u8> = header[at..]
        .iter()
        .copied()
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .collect();
    (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
}

/// The string fields of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    IdPlural,
    Str(Option<usize>),
}

impl Field {
    fn keyword(self) -> String {
        match self {
            Field::Context => "msgctxt".to_owned(),
            Field::Id => "msgid".to_owned(),
            Field::IdPlural => "msgid_plural".to_owned(),
            Field::Str(None) => "msgstr".to_owned(),
            Field::Str(Some(n)) => format!("msgstr[{n}]"),
        }
    }
}

/// The entry being read.
#[derive(Debug, Default)]
struct Entry {
    flags: Vec<String>,
    context: Option<TextBuilder>,
    id: Option<TextBuilder>,
    id_plural: Option<TextBuilder>,
    /// `msgstr` (index `None`) or `msgstr[n]`, in file order.
    strs: Vec<(Option<usize>, TextBuilder)>,
    /// The field that continuation lines extend.
    last: Option<Field>,
    /// Where the entry's first keyword is.
    start: Option<Range<usize>>,
    /// A syntax error was reported: the entry gives no segment.
    broken: bool,
}

impl Entry {
    fn has_keywords(&self) -> bool {
        self.start.is_some()
    }

    fn field_mut(&mut self, field: Field) -> Option<&mut TextBuilder> {
        match field {
            Field::Context => self.context.as_mut(),
            Field::Id => self.id.as_mut(),
            Field::IdPlural => self.id_plural.as_mut(),
            Field::Str(index) => self
                .strs
                .iter_mut()
                .rev()
                .find(|(i, _)| *i == index)
                .map(|(_, text)| text),
        }
    }
}

struct Parser<'a> {
    file: &'a Arc<SourceFile>,
    encoding: &'static Encoding,
    options: &'a ReadOptions,
    entry: Entry,
    segments: Vec<Segment>,
    diagnostics: Vec<Diagnostic>,
    catalogue: CatalogueBuilder,
}

impl Parser<'_> {
    fn parse(&mut self) {
        let file = Arc::clone(self.file);
        let text = file.text.as_str();
        let mut start = 0;
        while start < text.len() {
            let end = text[start..].find('\n').map_or(text.len(), |at| start + at);
            let line = text[start..end].trim_end_matches('\r');
            let indent = line.len() - line.trim_start().len();
            self.line(line.trim_start(), start + indent);
            start = end + 1;
        }
        self.finish_entry();
    }

    /// Reads one line, without its indentation, found at file offset `at`.
    fn line(&mut self, line: &str, at: usize) {
        if line.is_empty() {
            return;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if rest.starts_with('~') {
                // An obsolete entry: the comments before it were its own.
                if !self.entry.has_keywords() {
                    self.entry = Entry::default();
                }
                return;
            }
            if self.entry.has_keywords() {
                self.finish_entry();
            }
            if let Some(flags) = rest.strip_prefix(',') {
                self.entry.flags.extend(
                    flags
                        .split(',')
                        .map(str::trim)
                        .filter(|flag| !flag.is_empty())
                        .map(str::to_owned),
                );
            }
            return;
        }
        if line.starts_with('"') {
            self.continuation(line, at);
            return;
        }
        let keyword_end = line
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(line.len());
        let keyword = &line[..keyword_end];
        let Some(field) = parse_keyword(keyword) else {
            if !self.entry.strs.is_empty() {
                self.finish_entry();
            }
            self.error_line(line, at, msg!("po-unknown-keyword", text = excerpt(line)));
            return;
        };
        if !self.start_field(field, at..at + keyword.len()) {
            return;
        }
        let rest = &line[keyword_end..];
        let string_at = at + keyword_end + (rest.len() - rest.trim_start().len());
        let rest = rest.trim_start();
        if !rest.starts_with('"') {
            self.error(
                at..at + line.len(),
                msg!("po-expected-string", keyword = field.keyword()),
            );
            return;
        }
        self.string(rest, string_at, field);
    }

    /// Starts `field` in the current entry or a new one; false after an error.
    fn start_field(&mut self, field: Field, span: Range<usize>) -> bool {
        let entry = &self.entry;
        let complete = !entry.strs.is_empty();
        let starts_new = match field {
            Field::Context => {
                entry.broken || entry.context.is_some() || entry.id.is_some() || complete
            }
            Field::Id => entry.broken || entry.id.is_some() || complete,
            // A repeated msgstr after a complete entry: a new entry that lacks its msgid.
            Field::Str(index) => entry.strs.iter().any(|(i, _)| *i == index),
            Field::IdPlural => false,
        };
        if starts_new {
            self.finish_entry();
        }
        let entry = &mut self.entry;
        if entry.broken {
            return false;
        }
        let problem = match field {
            Field::Context | Field::Id => None,
            Field::IdPlural if entry.id.is_none() || complete => {
                Some(msg!("po-missing-msgid", keyword = field.keyword()))
            }
            Field::IdPlural if entry.id_plural.is_some() => {
                Some(msg!("po-duplicate-keyword", keyword = field.keyword()))
            }
            Field::Str(_) if entry.id.is_none() => {
                Some(msg!("po-missing-msgid", keyword = field.keyword()))
            }
            Field::Str(None) if entry.id_plural.is_some() => Some(msg!("po-plural-needs-index")),
            Field::Str(Some(_)) if entry.id_plural.is_none() => Some(msg!("po-index-needs-plural")),
            _ => None,
        };
        if entry.start.is_none() {
            entry.start = Some(span.clone());
        }
        if let Some(problem) = problem {
            self.error(span, problem);
            return false;
        }
        let text = TextBuilder::default();
        match field {
            Field::Context => entry.context = Some(text),
            Field::Id => entry.id = Some(text),
            Field::IdPlural => entry.id_plural = Some(text),
            Field::Str(index) => entry.strs.push((index, text)),
        }
        entry.last = Some(field);
        true
    }

    fn continuation(&mut self, line: &str, at: usize) {
        if self.entry.broken {
            return;
        }
        match self.entry.last {
            Some(field) => self.string(line, at, field),
            None => self.error_line(line, at, msg!("po-orphan-string")),
        }
    }

    /// Parses the quoted string at the start of `line` (file offset `at`)
    /// and appends it to `field`.
    fn string(&mut self, line: &str, at: usize, field: Field) {
        let encoding = self.encoding;
        let mut unknown_escapes = Vec::new();
        let parsed = {
            let Some(text) = self.entry.field_mut(field) else {
                return;
            };
            unquote(line, at, encoding, text, &mut unknown_escapes)
        };
        for (span, escape) in unknown_escapes {
            let shown = escape.chars().nth(1).map(String::from).unwrap_or_default();
            self.diagnostics.push(
                Diagnostic::warning(msg!("po-unknown-escape", escape = escape, shown = shown))
                    .at(self.file, span),
            );
        }
        match parsed {
            Ok(()) => {}
            Err(StringError::Unterminated) => {
                self.error(at..at + line.len(), msg!("po-unterminated-string"));
            }
            Err(StringError::TextAfter(offset)) => {
                self.error(offset..at + line.len(), msg!("po-text-after-string"));
            }
        }
    }

    fn error_line(&mut self, line: &str, at: usize, message: Message) {
        self.error(at..at + line.len(), message);
    }

    /// Reports a syntax error; the current entry gives no segment.
    fn error(&mut self, span: Range<usize>, message: Message) {
        self.entry.broken = true;
        self.report(span, message);
    }

    fn report(&mut self, span: Range<usize>, message: Message) {
        self.diagnostics.push(
            Diagnostic::error(message)
                .at(self.file, span)
                .with_help(msg!("help-po-syntax")),
        );
    }

    /// Ends the current entry: its segments, or a diagnostic when it is
    /// incomplete.
    fn finish_entry(&mut self) {
        let mut entry = std::mem::take(&mut self.entry);
        let Some(start) = entry.start.clone() else {
            return;
        };
        if entry.broken {
            return;
        }
        let Some(id) = entry.id.take() else {
            self.report(start, msg!("po-missing-msgid", keyword = "msgctxt"));
            return;
        };
        if entry.strs.is_empty() {
            let id_text = id.as_str().to_owned();
            self.report(start, msg!("po-missing-msgstr", id = excerpt(&id_text)));
            return;
        }
        self.catalogue.entry(&entry, &id, &start, self.file);
        let fuzzy = entry.flags.iter().any(|flag| flag == "fuzzy");
        if id.as_str().is_empty() || (fuzzy && !self.options.include_fuzzy) {
            return;
        }
        let syntaxes = placeholders::syntaxes(&entry.flags);
        let segment_id = entry
            .context
            .as_ref()
            .map_or(id.as_str(), |context| context.as_str())
            .to_owned();
        let source = placeholders::replace(id.finish(), &syntaxes);
        let source_plural = entry
            .id_plural
            .map(|plural| placeholders::replace(plural.finish(), &syntaxes));
        for (index, target) in entry.strs {
            if target.as_str().is_empty() {
                continue;
            }
            let source_text: &SegmentText = match (index, &source_plural) {
                (Some(n), Some(plural)) if n > 0 => plural,
                _ => &source,
            };
            self.segments.push(Segment {
                id: segment_id.clone(),
                variant: index.map(|n| format!("msgstr[{n}]")),
                source: source_text.clone(),
                target: placeholders::replace(target.finish(), &syntaxes),
            });
        }
    }
}

fn parse_keyword(keyword: &str) -> Option<Field> {
    match keyword {
        "msgctxt" => Some(Field::Context),
        "msgid" => Some(Field::Id),
        "msgid_plural" => Some(Field::IdPlural),
        "msgstr" => Some(Field::Str(None)),
        _ => {
            let index = keyword.strip_prefix("msgstr[")?.strip_suffix(']')?;
            index.parse().ok().map(|n| Field::Str(Some(n)))
        }
    }
}

/// The start of a line for a message, shortened.
fn excerpt(text: &str) -> String {
    let mut excerpt: String = text.chars().take(60).collect();
    if excerpt.len() < text.len() {
        excerpt.push('…');
    }
    excerpt
}

#[derive(Debug, PartialEq, Eq)]
enum StringError {
    Unterminated,
    /// Non-blank text after the closing quote, at this file offset.
    TextAfter(usize),
}

/// Appends the content of the quoted string that starts `line` (at file
/// offset `at`) to `text`, decoding escapes. Unknown escapes are kept as the
/// escaped character and listed in `unknown`.
fn unquote(
    line: &str,
    at: usize,
    encoding: &'static Encoding,
    text: &mut TextBuilder,
    unknown: &mut Vec<(Range<usize>, String)>,
) -> Result<(), StringError> {
    let bytes = line.as_bytes();
    let mut i = 1;
    let mut chunk_start = 1;
    let mut escaped_bytes: Vec<u8> = Vec::new();
    let mut escaped_at = 0;
    let flush_bytes = |escaped: &mut Vec<u8>, text: &mut TextBuilder, offset: usize| {
        if !escaped.is_empty() {
            let (decoded, _) = encoding.decode_without_bom_handling(escaped);
            text.run(&decoded, offset);
            escaped.clear();
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                flush_bytes(&mut escaped_bytes, text, escaped_at);
                text.literal(&line[chunk_start..i], at + chunk_start);
                let after = &line[i + 1..];
                return match after.find(|c: char| !c.is_whitespace()) {
                    Some(offset) => Err(StringError::TextAfter(at + i + 1 + offset)),
                    None => Ok(()),
                };
            }
            b'\\' => {
                text.literal(&line[chunk_start..i], at + chunk_start);
                let (length, escape) = escape_at(&line[i..]);
                match escape {
                    Escape::Byte(byte) => {
                        if escaped_bytes.is_empty() {
                            escaped_at = at + i;
                        }
                        escaped_bytes.push(byte);
                    }
                    Escape::Char(c) => {
                        flush_bytes(&mut escaped_bytes, text, escaped_at);
                        text.run(c.encode_utf8(&mut [0; 4]), at + i);
                    }
                    Escape::Unknown => {
                        flush_bytes(&mut escaped_bytes, text, escaped_at);
                        let escape = &line[i..i + length];
                        unknown.push((at + i..at + i + length, escape.to_owned()));
                        text.literal(&escape[1..], at + i + 1);
                    }
                }
                i += length;
                chunk_start = i;
                continue;
            }
            _ => {
                flush_bytes(&mut escaped_bytes, text, escaped_at);
            }
        }
        i += 1;
    }
    flush_bytes(&mut escaped_bytes, text, escaped_at);
    text.literal(&line[chunk_start.min(line.len())..], at + chunk_start);
    Err(StringError::Unterminated)
}

#[derive(Debug, PartialEq, Eq)]
enum Escape {
    /// A character (`\n`, `\"`…).
    Char(char),
    /// A raw byte in the file's charset (octal or hex).
    Byte(u8),
    /// Not a C escape.
    Unknown,
}

/// The escape sequence at the start of `text` (which starts with `\`): its
/// length in bytes and its meaning.
fn escape_at(text: &str) -> (usize, Escape) {
    let Some(next) = text[1..].chars().next() else {
        return (1, Escape::Unknown);
    };
    let simple = match next {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        '"' => Some('"'),
        '\\' => Some('\\'),
        '\'' => Some('\''),
        '?' => Some('?'),
        'a' => Some('\u{07}'),
        'b' => Some('\u{08}'),
        'f' => Some('\u{0C}'),
        'v' => Some('\u{0B}'),
        _ => None,
    };
    if let Some(c) = simple {
        return (2, Escape::Char(c));
    }
    let digits_after = |skip: usize, max: usize, radix: u32| {
        text[skip..]
            .chars()
            .take(max)
            .take_while(|c| c.is_digit(radix))
            .count()
    };
    if next.is_digit(8) {
        let digits = digits_after(1, 3, 8);
        let value = u32::from_str_radix(&text[1..1 + digits], 8).unwrap_or(0);
        return (1 + digits, Escape::Byte((value & 0xFF) as u8));
    }
    if next == 'x' {
        let digits = digits_after(2, 2, 16);
        if digits > 0 {
            let value = u8::from_str_radix(&text[2..2 + digits], 16).unwrap_or(0);
            return (2 + digits, Escape::Byte(value));
        }
    }
    (1 + next.len_utf8(), Escape::Unknown)
}
