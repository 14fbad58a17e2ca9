//! The `number-mismatch` rule: every number of the source is in the target
//! and the target has none the source lacks, whatever the notation of each
//! language (`1.5` = `1,5`, `1,000` = `1 000` = `1000`, `10%` = `10 %`,
//! `1st` = `1er`, `2nd` = `2e`). Numbers inside placeholders and code are
//! not compared; a number spelled out on one side (*two*, *deux*, up to
//! twelve) may be written in digits on the other. Dates and versions are
//! compared as their set of parts, so `12/31/2024` = `31/12/2024`.

use std::ops::Range;

use super::Rule;
use crate::diagnostic::Severity;
use crate::documents::{PLACEHOLDER, Segment};
use crate::text::code::{code_spans, overlaps_code};

/// A number of one side missing from the other.
pub const NUMBER_MISMATCH: Rule = Rule {
    id: "number-mismatch",
    default_severity: Severity::Error,
    summary: "rule-number-mismatch-summary",
    doc: "rule-number-mismatch-doc",
};

/// A number as written in a text, with the values it may stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// Byte range in the segment text.
    pub range: Range<usize>,
    /// The number as written.
    pub written: String,
    /// Canonical values (`1,000` is a thousand in English, one in French).
    values: Vec<String>,
    /// Inside code: never required nor reported, but it may match a
    /// number of the other side (`C=0` is code, `C = 0` is not).
    in_code: bool,
}

/// What differs between the numbers of a pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberMismatch {
    /// A source number the target lacks (written as in the source).
    Missing(String),
    /// A target number the source lacks.
    Added(Number),
}

/// Numbers and ordinals spelled out in either language, up to twelve.
const SPELLED: [(&str, u32); 53] = [
    ("zero", 0),
    ("zéro", 0),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("premier", 1),
    ("première", 1),
    ("deuxième", 2),
    ("seconde", 2),
    ("troisième", 3),
    ("quatrième", 4),
    ("cinquième", 5),
    ("sixième", 6),
    ("septième", 7),
    ("huitième", 8),
    ("neuvième", 9),
    ("dixième", 10),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("single", 1),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("seul", 1),
    ("both", 2),
    ("secondaire", 2),
    ("seule", 1),
];

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}')
}

fn digits_at(text: &str, at: usize) -> usize {
    text[at..].bytes().take_while(u8::is_ascii_digit).count()
}

/// The numbers of `text` outside placeholders and identifiers (those inside
/// code marked so).
pub fn numbers(text: &str) -> Vec<Number> {
    let code = code_spans(text);
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let before = text[..at].chars().next_back();
        let hyphenated = text[..at]
            .strip_suffix('-')
            .is_some_and(|before| before.chars().next_back().is_some_and(char::is_alphabetic));
        let in_word = hyphenated
            || before.is_some_and(|c| {
                c.is_alphanumeric() || matches!(c, '_' | '%' | '$' | '*' | PLACEHOLDER)
            });
        let hex = text[at..].starts_with("0x") || text[at..].starts_with("0X");
        let (end, scanned) = scan(text, at);
        let after = text[end..].chars().next();
        let glued = after.is_some_and(|c| matches!(c, '_' | '$' | PLACEHOLDER));
        if !hex {
            // Digits of a word (`interleukin-6`, `POP3`) may match a number
            // of the other side but are never required.
            let soft = in_word || glued;
            found.extend(scanned.into_iter().map(|(range, mut values)| {
                twelve_hour_clock(&text[range.end..], &mut values);
                Number {
                    written: text[range.clone()].to_owned(),
                    in_code: soft || overlaps_code(&code, &range),
                    range,
                    values,
                }
            }));
        }
        // Skip the rest of an identifier (`x86_64`, `0x1F`).
        at = end;
        if in_word || hex || glued {
            while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
                at += 1;
            }
        }
    }
    found
}

/// A number read: its byte range and its canonical values.
type Scanned = (Range<usize>, Vec<String>);

/// An hour before `p.m.` or `pm` is also the same hour on a 24-hour clock
/// (`5 p.m.` = `17 h`).
fn twelve_hour_clock(after: &str, values: &mut Vec<String>) {
    let after = after.trim_start().to_lowercase();
    if !(after.starts_with("p.m.") || after.starts_with("pm")) {
        return;
    }
    if let Some(hour) = values.first().and_then(|v| v.parse::<u32>().ok())
        && (1..12).contains(&hour)
    {
        values.push((hour + 12).to_string());
    }
}

/// Reads the number starting at `start`: its end, and each number it holds
/// (several for a list without spaces, `0,4,8`) with its canonical values.
fn scan(text: &str, start: usize) -> (usize, Vec<Scanned>) {
    let mut end = start + digits_at(text, start);
    let mut integer = text[start..end].to_owned();
    // Groups of three digits after a space-like separator: `1 000`.
    if end - start <= 3 {
        while let Some(c) = text[end..].chars().next().filter(|&c| is_group_space(c)) {
            let next = end + c.len_utf8();
            if digits_at(text, next) != 3 {
                break;
            }
            integer.push_str(&text[next..next + 3]);
            end = next + 3;
        }
    }
    // Parts after `.`, `,` or `/`: decimals, thousands, dates, versions.
    let mut parts = vec![integer];
    let mut ranges = Vec::new();
    ranges.push(start..end);
    let mut separators = Vec::new();
    while let Some(&separator) = text.as_bytes().get(end) {
        if !matches!(separator, b'.' | b',' | b'/') {
            break;
        }
        let count = digits_at(text, end + 1);
        if count == 0 {
            break;
        }
        separators.push(separator);
        parts.push(text[end + 1..end + 1 + count].to_owned());
        ranges.push(end + 1..end + 1 + count);
        end += 1 + count;
    }
    let list = separators.len() > 1
        && separators.iter().all(|&s| s == b',')
        && parts[1..].iter().any(|part| part.len() != 3);
    if list {
        let numbers = ranges
            .into_iter()
            .zip(&parts)
            .map(|(range, part)| (range, vec![trim_zeros(part).to_owned()]))
            .collect();
        return (end, numbers);
    }
    (end, vec![(start..end, values(&parts, &separators))])
}

fn trim_zeros(integer: &str) -> &str {
    let trimmed = integer.trim_start_matches('0');
    if trimmed.is_empty() { "0" } else { trimmed }
}

fn decimal(integer: &str, fraction: &str) -> String {
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        trim_zeros(integer).to_owned()
    } else {
        format!("{}.{fraction}", trim_zeros(integer))
    }
}

fn values(parts: &[String], separators: &[u8]) -> Vec<String> {
    match separators {
        [] => vec![trim_zeros(&parts[0]).to_owned()],
        [b'.' | b','] => {
            let mut values = vec![decimal(&parts[0], &parts[1])];
            if parts[1].len() == 3 && parts[0].len() <= 3 {
                values.push(trim_zeros(&format!("{}{}", parts[0], parts[1])).to_owned());
            }
            values
        }
        _ if separators.iter().all(|&s| s == separators[0])
            && separators[0] != b'/'
            && parts[0].len() <= 3
            && parts[1..].iter().all(|part| part.len() == 3) =>
        {
            // `1,000,000` or `1.000.000`, or a version `1.000.000`.
            vec![trim_zeros(&parts.concat()).to_owned(), sorted_parts(parts)]
        }
        _ => vec![sorted_parts(parts)],
    }
}

/// A date or version as the set of its parts: `12/31/2024` = `31/12/2024`.
fn sorted_parts(parts: &[String]) -> String {
    let mut parts: Vec<&str> = parts.iter().map(|part| trim_zeros(part)).collect();
    parts.sort_unstable();
    format!("parts:{}", parts.join("/"))
}

/// The values of the numbers `text` spells out (*two*, *deux*).
fn spelled(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter_map(|word| {
            let word = word.to_lowercase();
            SPELLED
                .iter()
                .find(|(spelling, _)| *spelling == word)
                .map(|(_, value)| value.to_string())
        })
        .collect()
}

/// Takes from `pool` a number sharing a value with `number`.
fn take_match(pool: &mut Vec<Number>, number: &Number) -> bool {
    match pool
        .iter()
        .position(|other| other.values.iter().any(|v| number.values.contains(v)))
    {
        Some(position) => {
            pool.remove(position);
            true
        }
        None => false,
    }
}

fn take_spelled(pool: &mut Vec<String>, number: &Number) -> bool {
    match pool.iter().position(|value| number.values.contains(value)) {
        Some(position) => {
            pool.remove(position);
            true
        }
        None => false,
    }
}

/// The number mismatches of a segment pair, missing numbers first then added
/// ones in target order. A singular plural form (`one`, `msgstr[0]`) may
/// leave out the count 1.
pub fn mismatches(segment: &Segment) -> Vec<NumberMismatch> {
    let source = numbers(&segment.source.text);
    let mut target = numbers(&segment.target.text);
    if segment.target.text.trim().is_empty() || (source.is_empty() && target.is_empty()) {
        return Vec::new();
    }
    let mut source_spelled = spelled(&segment.source.text);
    let mut target_spelled = spelled(&segment.target.text);
    // The numbers a plural variant may leave to its selector: 1 for the
    // singular (`one`, `msgstr[0]`), `0` for a `[0]` variant, in every
    // part of a nested variant (`one/other`).
    let selected: Vec<&str> = segment
        .variant
        .iter()
        .flat_map(|variant| variant.split('/'))
        .map(|part| match part {
            "one" | "msgstr[0]" => "1",
            part => part,
        })
        .collect();
    let mut found = Vec::new();
    let (source_code, source): (Vec<Number>, Vec<Number>) =
        source.into_iter().partition(|number| number.in_code);
    let mut source_code = source_code;
    for number in &source {
        if take_match(&mut target, number) || take_spelled(&mut target_spelled, number) {
            continue;
        }
        if number.values.iter().any(|v| selected.contains(&v.as_str())) {
            continue;
        }
        found.push(NumberMismatch::Missing(number.written.clone()));
    }
    for number in target.into_iter().filter(|number| !number.in_code) {
        if !take_match(&mut source_code, &number) && !take_spelled(&mut source_spelled, &number) {
            found.push(NumberMismatch::Added(number));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::SegmentText;

    fn segment(source: &str, target: &str, variant: Option<&str>) -> Segment {
        let side = |text: &str| SegmentText {
            text: text.to_owned(),
            ..SegmentText::default()
        };
        Segment {
            id: "id".to_owned(),
            variant: variant.map(str::to_owned),
            source: side(source),
            target: side(target),
        }
    }

    fn differ(source: &str, target: &str) -> bool {
        !mismatches(&segment(source, target, None)).is_empty()
    }

    #[test]
    fn equivalent_notations_match() {
        let same = [
            ("Take 1.5 tablets.", "Prenez 1,5 comprimé."),
            ("1,000 patients", "1 000 patients"),
            ("1,000 patients", "1\u{A0}000 patients"),
            ("1,000 patients", "1\u{202F}000 patients"),
            ("1,000 patients", "1000 patients"),
            ("10% of cases", "10 % des cas"),
            ("5 mg/kg daily", "5 mg/kg par jour"),
            ("for 2–4 weeks", "pendant 2-4 semaines"),
            ("the 1st dose", "la 1re dose"),
            ("the 2nd visit", "la 2e visite"),
            ("the 21st visit", "la 21ᵉ visite"),
            ("two doses", "2 doses"),
            ("2 doses", "deux doses"),
            ("Dated 12/31/2024", "Daté du 31/12/2024"),
            ("version 2.10.3", "version 2.10.3"),
            ("0.50 mg", "0,5 mg"),
            ("Use %d files", "Utiliser \u{FFFC} fichiers"),
            ("build x86_64 and utf8", "compilation x86_64 et utf8"),
            ("run `make -j4`", "lancez `make -j4`"),
            ("recode into utf8", "recoder en utf-8"),
            ("such as interleukin-6", "comme l’interleukine 6"),
            ("9 a.m. to 5 p.m.", "de 9 h à 17 h"),
            ("values 0,1,2 only", "valeurs 0, 1 ou 2"),
            (
                "Text is evaluated as zero.",
                "La valeur 0 est attribuée au texte.",
            ),
            (
                "By 3rd level paragraphs",
                "Par paragraphes de troisième niveau",
            ),
            ("C=0 calculates the density", "C = 0 calcule la densité"),
        ];
        for (source, target) in same {
            assert!(!differ(source, target), "{source} / {target}");
        }
    }

    #[test]
    fn different_numbers_are_reported() {
        let different = [
            ("0.5 mg", "5 mg"),
            ("1.5 mg", "15 mg"),
            ("10 mg", "100 mg"),
            ("for 2–4 weeks", "pendant 2-5 semaines"),
            ("two doses", "3 doses"),
            ("Take the tablet.", "Prenez 2 comprimés."),
            ("1,5 ml", "15 ml"),
            ("4 years, 11 months ago", "il y a 10 ans et 11 mois"),
        ];
        for (source, target) in different {
            assert!(differ(source, target), "{source} / {target}");
        }
    }

    #[test]
    fn mismatches_name_the_numbers() {
        let found = mismatches(&segment("0.5 mg", "5 mg", None));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0], NumberMismatch::Missing("0.5".to_owned()));
        let NumberMismatch::Added(added) = &found[1] else {
            panic!("{found:?}")
        };
        assert_eq!((added.written.as_str(), added.range.clone()), ("5", 0..1));
    }

    #[test]
    fn the_singular_form_may_drop_the_count_one() {
        let one = segment("1 file", "un fichier", Some("msgstr[0]"));
        assert!(mismatches(&one).is_empty());
        let dropped = segment("1 file", "fichier", Some("one"));
        assert!(mismatches(&dropped).is_empty());
        assert!(!mismatches(&segment("1 file", "fichier", None)).is_empty());
    }
}
