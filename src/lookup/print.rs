//! Lookup results for people (localised, coloured when the terminal allows)
//! and for scripts (JSON with stable field names).

use std::collections::BTreeMap;
use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::index::FormKind;
use super::search::{Hit, Outcome, Quality};
use crate::glossary::LangEntry;
use crate::i18n::{Arg, Localizer};
use crate::msg;

const ID: Style = Style::new().bold();
const PREFERRED: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const FORBIDDEN: Style = AnsiColor::Red.on_default();
const ADVICE: Style = AnsiColor::Yellow.on_default().bold();
/// Queries are echoed back cut to this many characters.
const ECHO_CHARS: usize = 80;

/// The results as text for people.
pub fn human(outcome: &Outcome, localizer: &Localizer) -> String {
    let mut out = String::new();
    for (n, hit) in outcome.hits.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        write_hit(&mut out, hit, localizer);
    }
    let more = outcome.total.saturating_sub(outcome.hits.len());
    if more > 0 {
        let text = localizer.message(&msg!("lookup-more", count = more));
        let _ = writeln!(out, "\n{DIM}{text}{DIM:#}");
    }
    out
}

/// What to say when nothing was found: the query, then close forms if any.
pub fn not_found(query: &str, outcome: &Outcome, localizer: &Localizer) -> String {
    let echoed = echo(query);
    let mut out = if super::fold::fold(query).is_empty() {
        localizer.message(&msg!("lookup-empty-query", query = echoed))
    } else {
        localizer.message(&msg!("lookup-not-found", query = echoed))
    };
    out.push('\n');
    if !outcome.suggestions.is_empty() {
        let forms = quoted_list(&outcome.suggestions, localizer);
        out += &localizer.message(&msg!("lookup-did-you-mean", forms = forms));
        out.push('\n');
    }
    out
}

fn write_hit(out: &mut String, hit: &Hit, localizer: &Localizer) {
    let concept = &hit.concept;
    let _ = write!(out, "{ID}{}{ID:#}", concept.id);
    if let Some(domain) = &concept.domain {
        let _ = write!(out, " {DIM}·{DIM:#} {domain}");
    }
    if concept.dnt {
        let _ = write!(out, " {DIM}·{DIM:#} {}", localizer.plain("lookup-dnt"));
    }
    out.push('\n');
    for (tag, entry) in &concept.languages {
        write_entry(out, tag, entry, localizer);
    }
    if let Some(note) = &concept.note {
        let text = localizer.message(&msg!("lookup-note", note = note));
        let _ = writeln!(out, "  {text}");
    }
    if let Some(replacement) = hit.replacement() {
        let text = localizer.message(&msg!(
            "lookup-use-instead",
            form = &hit.form,
            preferred = replacement
        ));
        let _ = writeln!(out, "  {ADVICE}{text}{ADVICE:#}");
    } else if let Some(how) = how_it_matched(hit) {
        let _ = writeln!(out, "  {DIM}{}{DIM:#}", localizer.message(&how));
    }
}

fn write_entry(out: &mut String, tag: &str, entry: &LangEntry, localizer: &Localizer) {
    let _ = write!(
        out,
        "  {DIM}{tag:<3}{DIM:#} {PREFERRED}{}{PREFERRED:#}",
        entry.term
    );
    let grammar: Vec<String> = grammar_ids(entry)
        .into_iter()
        .map(|id| localizer.plain(&id))
        .collect();
    if !grammar.is_empty() {
        let _ = write!(out, " ({})", grammar.join(", "));
    }
    out.push('\n');
    let indent = " ".repeat(6 + tag.chars().count().saturating_sub(3));
    if !entry.variants.is_empty() {
        let forms = entry.variants.join(", ");
        let text = localizer.message(&msg!("lookup-variants", forms = forms));
        let _ = writeln!(out, "{indent}{text}");
    }
    if !entry.forbidden.is_empty() {
        let forms = entry.forbidden.join(", ");
        let text = localizer.message(&msg!("lookup-forbidden-forms", forms = forms));
        let _ = writeln!(out, "{indent}{FORBIDDEN}{text}{FORBIDDEN:#}");
    }
    if let Some(definition) = &entry.definition {
        let _ = writeln!(out, "{indent}{}", one_line(definition));
    }
}

/// Fluent ids of the grammar notes of an entry (`grammar-pos-noun`, …).
pub fn grammar_ids(entry: &LangEntry) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(pos) = entry.pos {
        ids.push(format!("grammar-pos-{}", pos.as_str()));
    }
    if let Some(gender) = entry.gender {
        ids.push(format!("grammar-gender-{}", gender.as_str()));
    }
    ids
}

/// A line saying how the query matched, when it was not the preferred form
/// itself (or one of its inflections).
fn how_it_matched(hit: &Hit) -> Option<crate::i18n::Message> {
    match (hit.quality, hit.kind) {
        (Quality::Definition, _) => Some(msg!("lookup-via-definition")),
        (Quality::Approximate, _) => Some(msg!("lookup-via-approximate", form = &hit.form)),
        (_, FormKind::Variant) => Some(msg!("lookup-via-variant", form = &hit.form)),
        (_, FormKind::Id) => Some(msg!("lookup-via-id")),
        _ => None,
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn echo(query: &str) -> String {
    let line = one_line(query);
    if line.chars().count() > ECHO_CHARS {
        let cut: String = line.chars().take(ECHO_CHARS).collect();
        format!("{cut}…")
    } else {
        line
    }
}

fn quoted_list(forms: &[String], localizer: &Localizer) -> String {
    forms
        .iter()
        .map(|form| localizer.text("lookup-quoted", &[("form", Arg::from(form))]))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Serialize)]
struct JsonOutcome<'a> {
    query: &'a str,
    total: usize,
    results: Vec<JsonHit<'a>>,
    suggestions: &'a [String],
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    domain: Option<&'a str>,
    note: Option<&'a str>,
    dnt: bool,
    quality: Quality,
    kind: FormKind,
    lang: Option<&'a str>,
    form: &'a str,
    distance: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    replacement: Option<&'a str>,
    terms: &'a BTreeMap<String, LangEntry>,
}

/// The results as one JSON object: `query`, `total`, `results` (best first:
/// `id`, `domain`, `note`, `dnt`, `quality`, `kind`, `lang`, `form`,
/// `distance`, `replacement` for a forbidden form, `terms` by language) and
/// `suggestions`.
pub fn json(query: &str, outcome: &Outcome) -> String {
    let results = outcome
        .hits
        .iter()
        .map(|hit| JsonHit {
            id: &hit.concept.id,
            domain: hit.concept.domain.as_deref(),
            note: hit.concept.note.as_deref(),
            dnt: hit.concept.dnt,
            quality: hit.quality,
            kind: hit.kind,
            lang: hit.lang.as_deref(),
            form: &hit.form,
            distance: hit.distance,
            replacement: hit.replacement(),
            terms: &hit.concept.languages,
        })
        .collect();
    let outcome = JsonOutcome {
        query,
        total: outcome.total,
        results,
        suggestions: &outcome.suggestions,
    };
    let mut text = serde_json::to_string_pretty(&outcome).expect("results serialise to JSON");
    text.push('\n');
    text
}
