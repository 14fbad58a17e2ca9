//! CSV (RFC 4180) with a header row naming the columns:
//! `id`, `domain`, `note`, `dnt`, `pos` (every language), and per language
//! `<lang>` (preferred form), `<lang>_variants`, `<lang>_forbidden`,
//! `definition_<lang>` (or `<lang>_definition`), `<lang>_gender`,
//! `<lang>_pos`, `<lang>_case_sensitive`. Lists hold forms separated by `|`
//! (`\|` for a bar inside a form, `\\` for a backslash). The delimiter (`,`,
//! `;` or tab) is detected from the header line.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::exchange::{Carried, Imported, IncomingConcept, parse_gender, parse_pos};
use crate::glossary::{
    Concept, EntryField, Glossary, LangEntry, PartOfSpeech, is_fluent_identifier,
};
use crate::i18n::Message;
use crate::msg;
use crate::source::SourceFile;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Column {
    Id,
    Domain,
    Note,
    Dnt,
    /// Part of speech of every language of the row.
    Pos,
    Entry(String, EntryField),
    Ignored,
}

/// The language-entry fields that have a column of their own, by the
/// column suffix (`<lang>_variants`); the preferred form is the bare `<lang>`.
fn column_field(suffix: &str) -> Option<EntryField> {
    if suffix == "variant" {
        return Some(EntryField::Variants);
    }
    EntryField::OF_LANGUAGE
        .into_iter()
        .filter(|f| *f != EntryField::Term)
        .find(|f| column_suffix(*f) == suffix)
}

/// The column suffix of a language-entry field: its key with `_` for `-`.
fn column_suffix(field: EntryField) -> String {
    field.key().replace('-', "_")
}

fn parse_column(name: &str) -> Column {
    let lower = name.trim().to_ascii_lowercase();
    match lower.as_str() {
        "id" => return Column::Id,
        "domain" | "subject" | "subject_field" => return Column::Domain,
        "note" | "notes" | "comment" => return Column::Note,
        "dnt" => return Column::Dnt,
        "pos" | "part_of_speech" => return Column::Pos,
        _ => {}
    }
    let name = name.trim();
    if is_language(name) {
        return Column::Entry(name.to_owned(), EntryField::Term);
    }
    if let Some((lang, rest)) = name.split_once('_')
        && is_language(lang)
        && let Some(field) = column_field(&rest.to_ascii_lowercase())
    {
        return Column::Entry(lang.to_owned(), field);
    }
    if let Some((rest, lang)) = name.rsplit_once('_')
        && is_language(lang)
        && let Some(field) = column_field(&rest.to_ascii_lowercase())
    {
        return Column::Entry(lang.to_owned(), field);
    }
    Column::Ignored
}

/// A language tag as a column name: `_` separates the field, so it is not
/// part of the tag (`fr-CA_gender`).
fn is_language(text: &str) -> bool {
    let primary = text.split('-').next().unwrap_or("");
    if text.contains('_') {
        return false;
    }
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && text.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// The delimiter of the header line: the most frequent of `,`, `;` and tab
/// outside quotes (`,` when none).
fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

/// Splits a list cell on `|`, honouring `\|` and `\\`.
fn split_list(cell: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => current.push(chars.next().unwrap_or('\\')),
            '|' => items.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    items.push(current);
    items
        .into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn join_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| item.replace('\\', "\\\\").replace('|', "\\|"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A variant item of a list cell, with its own part of speech when it ends
/// in one between braces (`télécharger {verb}`).
fn variant_with_pos(item: &str) -> (&str, Option<PartOfSpeech>) {
    item.strip_suffix('}')
        .and_then(|rest| rest.rsplit_once(" {"))
        .and_then(|(variant, pos)| Some((variant.trim_end(), parse_pos(pos)?)))
        .map_or((item, None), |(variant, pos)| (variant, Some(pos)))
}

fn parse_flag(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "x" | "oui" => Some(true),
        "false" | "no" | "0" | "" | "non" => Some(false),
        _ => None,
    }
}

struct RowReader<'a> {
    file: &'a Arc<SourceFile>,
    warnings: Vec<Diagnostic>,
}

impl RowReader<'_> {
    fn warn(&mut self, span: &Range<usize>, message: Message) {
        self.warnings
            .push(Diagnostic::warning(message).at(self.file, span.clone()));
    }

    fn row(
        &mut self,
        columns: &[Column],
        record: &csv::StringRecord,
        span: Range<usize>,
    ) -> Option<IncomingConcept> {
        let mut concept = Concept::default();
        let mut row_pos = None;
        let mut entries: Vec<(String, LangEntry, bool)> = Vec::new();
        let mut has_data = false;
        for (column, cell) in columns.iter().zip(record.iter()) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            has_data |= *column != Column::Ignored;
            match column {
                Column::Id => {
                    if is_fluent_identifier(cell) {
                        concept.id = cell.to_owned();
                    } else {
                        self.warn(&span, msg!("csv-bad-id", id = cell));
                    }
                }
                Column::Domain => concept.domain = Some(cell.to_owned()),
                Column::Note => concept.note = Some(cell.to_owned()),
                Column::Dnt => match parse_flag(cell) {
                    Some(flag) => concept.dnt = flag,
                    None => self.warn(&span, msg!("csv-bad-value", column = "dnt", value = cell)),
                },
                Column::Pos => match parse_pos(cell) {
                    Some(pos) => row_pos = Some(pos),
                    None => self.warn(&span, msg!("csv-bad-value", column = "pos", value = cell)),
                },
                Column::Entry(lang, field) => {
                    let index = match entries.iter().position(|(l, _, _)| l == lang) {
                        Some(index) => index,
                        None => {
                            entries.push((lang.clone(), LangEntry::default(), false));
                            entries.len() - 1
                        }
                    };
                    let (_, entry, has_term) = &mut entries[index];
                    let name = || format!("{lang}_{}", column_suffix(*field));
                    match field {
                        EntryField::Term => {
                            entry.term = cell.to_owned();
                            *has_term = true;
                        }
                        EntryField::Variants => {
                            for item in split_list(cell) {
                                let (variant, pos) = variant_with_pos(&item);
                                if let Some(pos) = pos {
                                    entry.variant_pos.insert(variant.to_owned(), pos);
                                }
                                entry.variants.push(variant.to_owned());
                            }
                        }
                        EntryField::Forbidden => entry.forbidden = split_list(cell),
                        EntryField::NotIn => entry.not_in = split_list(cell),
                        EntryField::Definition => entry.definition = Some(cell.to_owned()),
                        EntryField::Gender => match parse_gender(cell) {
                            Some(gender) => entry.gender = Some(gender),
                            None => {
                                let column = name();
                                self.warn(
                                    &span,
                                    msg!("csv-bad-value", column = column, value = cell),
                                );
                            }
                        },
                        EntryField::Pos => match parse_pos(cell) {
                            Some(pos) => entry.pos = Some(pos),
                            None => {
                                let column = name();
                                self.warn(
                                    &span,
                                    msg!("csv-bad-value", column = column, value = cell),
                                );
                            }
                        },
                        EntryField::CaseSensitive => match parse_flag(cell) {
                            Some(flag) => entry.case_sensitive = flag,
                            None => {
                                let column = name();
                                self.warn(
                                    &span,
                                    msg!("csv-bad-value", column = column, value = cell),
                                );
                            }
                        },
                        // Concept fields have columns of their own (`Column::Domain`, …).
                        EntryField::Domain | EntryField::Note | EntryField::Dnt => {}
                    }
                }
                Column::Ignored => {}
            }
        }
        if !has_data {
            return None;
        }
        for (lang, mut entry, has_term) in entries {
            if !has_term {
                self.warn(&span, msg!("csv-no-term", lang = lang.as_str()));
                continue;
            }
            if entry.pos.is_none() {
                entry.pos = row_pos;
            }
            concept.languages.insert(lang, entry);
        }
        if concept.languages.is_empty() {
            self.warn(&span, msg!("csv-empty-row"));
            return None;
        }
        Some(IncomingConcept { concept, span })
    }
}

/// How to read a CSV file whose layout gloss cannot guess.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// The field delimiter (default: detected from the header line).
    pub delimiter: Option<u8>,
    /// Header names of the file (compared without case) and the gloss
    /// column each one holds (`English` → `en`).
    pub map: Vec<(String, String)>,
}

/// The column names gloss reads, for messages: what a header may say.
pub const ACCEPTED_COLUMNS: &str = "id, domain, note, dnt, pos, LANG (en, fr…), LANG_variants, LANG_forbidden, definition_LANG, LANG_gender, LANG_pos, LANG_case_sensitive";

/// Reads a CSV file with the delimiter detected and the header as written.
/// `progress` is told how many bytes were read so far.
pub fn read(
    file: Arc<SourceFile>,
    progress: &mut dyn FnMut(usize),
) -> Result<Imported, Vec<Diagnostic>> {
    read_with(file, &CsvOptions::default(), progress)
}

/// Reads a CSV file as `options` say.
pub fn read_with(
    file: Arc<SourceFile>,
    options: &CsvOptions,
    progress: &mut dyn FnMut(usize),
) -> Result<Imported, Vec<Diagnostic>> {
    let text = file.text.as_str();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(options.delimiter.unwrap_or_else(|| detect_delimiter(text)))
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let located = |error: &csv::Error| {
        let offset = error.position().map_or(0, |p| p.byte() as usize);
        let message = match error.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => msg!(
                "csv-ragged-row",
                found = *len as usize,
                expected = *expected_len as usize
            ),
            _ => msg!("csv-syntax", reason = error.to_string()),
        };
        Diagnostic::error(message).at(&file, offset..offset + 1)
    };
    let header = reader.headers().map_err(|e| vec![located(&e)])?.clone();
    let header_span = 0..text.find('\n').unwrap_or(text.len()).max(1);
    let columns = map_columns(&header, &options.map)
        .map_err(|error| vec![error.at(&file, header_span.clone())])?;
    let mut rows = RowReader {
        file: &file,
        warnings: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    let mut carried = Carried::default();
    for (name, column) in header.iter().zip(&columns) {
        if !seen.insert(column.clone()) && *column != Column::Ignored {
            return Err(vec![
                Diagnostic::error(msg!("csv-duplicate-column", column = name.trim()))
                    .at(&file, header_span.clone()),
            ]);
        }
        let field = match column {
            Column::Ignored => {
                rows.warnings.push(
                    Diagnostic::warning(msg!("csv-ignored-column", column = name.trim()))
                        .at(&file, header_span.clone())
                        .with_help(msg!("help-csv-map", accepted = ACCEPTED_COLUMNS)),
                );
                None
            }
            Column::Id => None,
            Column::Domain => Some(EntryField::Domain),
            Column::Note => Some(EntryField::Note),
            Column::Dnt => Some(EntryField::Dnt),
            Column::Pos => Some(EntryField::Pos),
            Column::Entry(lang, field) => {
                carried.languages.insert(lang.clone());
                (*field != EntryField::Term).then_some(*field)
            }
        };
        carried.fields.extend(field);
    }
    if !columns
        .iter()
        .any(|c| matches!(c, Column::Entry(_, EntryField::Term)))
    {
        return Err(vec![
            Diagnostic::error(msg!("csv-no-language-column"))
                .at(&file, header_span)
                .with_help(msg!("help-csv-map", accepted = ACCEPTED_COLUMNS)),
        ]);
    }
    let mut concepts = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut reported = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => return Err(vec![located(&error)]),
        }
        let start = record.position().map_or(0, |p| p.byte() as usize);
        if start - reported > 1 << 16 {
            progress(start);
            reported = start;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if let Some(concept) = rows.row(&columns, &record, start..end.max(start + 1)) {
            concepts.push(concept);
        }
    }
    progress(text.len());
    Ok(Imported {
        file: Arc::clone(&file),
        concepts,
        carried,
        warnings: rows.warnings,
    })
}

/// The column of each header name, through `map` (`English` → `en`).
/// A mapping that names no column of the file, or no column gloss reads, is
/// an error.
fn map_columns(
    header: &csv::StringRecord,
    map: &[(String, String)],
) -> Result<Vec<Column>, Diagnostic> {
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    for (name, column) in map {
        if !header.iter().any(|h| same(h, name)) {
            let names: Vec<&str> = header.iter().map(str::trim).collect();
            return Err(Diagnostic::error(msg!(
                "csv-map-unknown-header",
                name = name.as_str(),
                names = names.join(", ")
            )));
        }
        if parse_column(column) == Column::Ignored {
            return Err(
                Diagnostic::error(msg!("csv-map-bad-column", column = column.as_str()))
                    .with_help(msg!("help-csv-map", accepted = ACCEPTED_COLUMNS)),
            );
        }
    }
    Ok(header
        .iter()
        .map(|name| {
            let mapped = map.iter().find(|(from, _)| same(from, name));
            parse_column(mapped.map_or(name, |(_, column)| column.as_str()))
        })
        .collect())
}

/// The glossary as CSV with `delimiter`: `id`, the preferred form of every
/// language, then only the columns some concept uses.
pub fn write(glossary: &Glossary, delimiter: u8) -> String {
    let languages = glossary.languages();
    let entries = || glossary.concepts.iter().flat_map(|c| c.languages.iter());
    /// Whether a concept uses the column, per entry.
    type Used = fn(&LangEntry) -> bool;
    let used = |lang: &str, test: Used| entries().any(|(l, e)| l == lang && test(e));
    let mut columns: Vec<(String, Column)> = vec![("id".into(), Column::Id)];
    for lang in &languages {
        columns.push((lang.clone(), Column::Entry(lang.clone(), EntryField::Term)));
    }
    let optional: [(&str, EntryField, Used); 7] = [
        ("{}_variants", EntryField::Variants, |e| {
            !e.variants.is_empty()
        }),
        ("{}_forbidden", EntryField::Forbidden, |e| {
            !e.forbidden.is_empty()
        }),
        ("{}_not_in", EntryField::NotIn, |e| !e.not_in.is_empty()),
        ("definition_{}", EntryField::Definition, |e| {
            e.definition.is_some()
        }),
        ("{}_gender", EntryField::Gender, |e| e.gender.is_some()),
        ("{}_pos", EntryField::Pos, |e| e.pos.is_some()),
        ("{}_case_sensitive", EntryField::CaseSensitive, |e| {
            e.case_sensitive
        }),
    ];
    for (pattern, field, test) in optional {
        for lang in &languages {
            if used(lang, test) {
                columns.push((
                    pattern.replace("{}", lang),
                    Column::Entry(lang.clone(), field),
                ));
            }
        }
    }
    let concepts = &glossary.concepts;
    if concepts.iter().any(|c| c.domain.is_some()) {
        columns.push(("domain".into(), Column::Domain));
    }
    if concepts.iter().any(|c| c.note.is_some()) {
        columns.push(("note".into(), Column::Note));
    }
    if concepts.iter().any(|c| c.dnt) {
        columns.push(("dnt".into(), Column::Dnt));
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let memory = "writing to memory cannot fail";
    writer
        .write_record(columns.iter().map(|(name, _)| name.as_str()))
        .expect(memory);
    for concept in concepts {
        writer
            .write_record(columns.iter().map(|(_, column)| cell(concept, column)))
            .expect(memory);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn cell(concept: &Concept, column: &Column) -> String {
    let entry = |lang: &str| concept.languages.get(lang);
    match column {
        Column::Id => concept.id.clone(),
        Column::Domain => concept.domain.clone().unwrap_or_default(),
        Column::Note => concept.note.clone().unwrap_or_default(),
        Column::Dnt => if concept.dnt { "true" } else { "" }.to_owned(),
        Column::Pos | Column::Ignored => String::new(),
        Column::Entry(lang, field) => entry(lang).map_or_else(String::new, |e| match field {
            EntryField::Term => e.term.clone(),
            EntryField::Variants => join_list(
                &e.variants
                    .iter()
                    .map(|variant| match e.variant_pos.get(variant) {
                        Some(pos) => format!("{variant} {{{}}}", pos.as_str()),
                        None => variant.clone(),
                    })
                    .collect::<Vec<_>>(),
            ),
            EntryField::Forbidden => join_list(&e.forbidden),
            EntryField::NotIn => join_list(&e.not_in),
            EntryField::Definition => e.definition.clone().unwrap_or_default(),
            EntryField::Gender => e.gender.map_or("", |g| g.as_str()).to_owned(),
            EntryField::Pos => e.pos.map_or("", |p| p.as_str()).to_owned(),
            EntryField::CaseSensitive => if e.case_sensitive { "true" } else { "" }.to_owned(),
            EntryField::Domain | EntryField::Note | EntryField::Dnt => String::new(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<Imported, Vec<Diagnostic>> {
        read(
            Arc::new(SourceFile::new("t.csv", text.to_owned())),
            &mut |_| {},
        )
    }

    #[test]
    fn columns_are_recognised() {
        assert_eq!(
            parse_column("fr"),
            Column::Entry("fr".into(), EntryField::Term)
        );
        assert_eq!(
            parse_column("definition_en"),
            Column::Entry("en".into(), EntryField::Definition)
        );
        assert_eq!(
            parse_column("fr-CA_case_sensitive"),
            Column::Entry("fr-CA".into(), EntryField::CaseSensitive)
        );
        assert_eq!(parse_column("POS"), Column::Pos);
        assert_eq!(
            parse_column("fr-CA_gender"),
            Column::Entry("fr-CA".into(), EntryField::Gender)
        );
        assert_eq!(parse_column("sense"), Column::Ignored);
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("en;fr;note\n"), b';');
        assert_eq!(detect_delimiter("en\tfr\n"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter("en\n"), b',');
    }

    #[test]
    fn lists_escape_the_separator() {
        let items = vec!["a|b".to_owned(), "c\\d".to_owned(), "e".to_owned()];
        assert_eq!(split_list(&join_list(&items)), items);
        assert_eq!(split_list(" x | y ||"), vec!["x", "y"]);
    }

    #[test]
    fn excel_semicolon_file_reads() {
        let imported = read_text(
            "id;en;fr;fr_variants;definition_fr;fr_gender\r\ncellule-souche;stem cell;cellule souche;cellule-souche|cellules souches;\"Cellule; indifférenciée\";f\r\n;graft;greffe;;;\r\n",
        )
        .unwrap();
        assert!(imported.warnings.is_empty());
        let concepts: Vec<&Concept> = imported.concepts.iter().map(|c| &c.concept).collect();
        assert_eq!(concepts.len(), 2);
        let fr = &concepts[0].languages["fr"];
        assert_eq!(fr.variants, vec!["cellule-souche", "cellules souches"]);
        assert_eq!(fr.definition.as_deref(), Some("Cellule; indifférenciée"));
        assert_eq!(concepts[1].id, "");
    }

    #[test]
    fn ragged_rows_are_located() {
        let errors = read_text("en,fr\ncell,cellule\nskin\n").unwrap_err();
        let location = errors[0].location.as_ref().unwrap();
        assert_eq!(errors[0].message.id, "csv-ragged-row");
        assert_eq!(location.line_column(), (3, 1));
    }

    #[test]
    fn a_header_without_language_is_refused() {
        let errors = read_text("id,domain\na,b\n").unwrap_err();
        assert_eq!(errors[0].message.id, "csv-no-language-column");
    }
}
