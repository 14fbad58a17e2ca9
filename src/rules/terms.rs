//! The term rules, `missing-term` and `forbidden-term`, checked together in
//! one pass over each segment pair.
//!
//! - A term is *used* by the source when one of its source forms occurs
//!   (inflected) or a Fluent reference `{ -id }` names it (or names a term
//!   whose preferred form holds it: the reference stands for that form).
//! - The target *has* a term when an approved form occurs outside every
//!   forbidden form of the same term, or a reference names it (or names a
//!   term whose preferred form holds it).
//! - `missing-term`: used and not had. Nested terms are each checked: a term
//!   used inside a longer one (*growth factor* in *platelet-derived growth
//!   factor*) must be had too when the longer one is (*PDGF* alone lacks
//!   *facteur de croissance*). It is accounted for by the longer term, and
//!   not reported, when the longer term is itself missing (its translation is
//!   wrong as a whole) or when the glossary does not nest them in the target
//!   language (*white blood cell* → *globule blanc* holds no *cellule
//!   sanguine*).
//! - `forbidden-term`: every forbidden form in the target, whatever the
//!   source says, unless it lies inside an approved form of the same term.
//! - A hyphenated compound that the other side copies verbatim is an
//!   identifier or a name (`target-language`), not words of the language:
//!   terms inside it are neither used nor forbidden.
//! - Code (options, paths, URLs, identifiers, placeholders, keywords copied
//!   verbatim: see [`crate::text::code`]) is not language on either side: no
//!   term is used, had or forbidden inside it, and no fix edits it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use super::{FORBIDDEN_TERM, MISSING_TERM, Rule, RuleSettings};
use crate::documents::{Document, PLACEHOLDER, Segment, SegmentText};
use crate::findings::{Edit, Finding, display_text};
use crate::index::{ConceptId, Role, Scan, TermIndex, TermMatch};
use crate::msg;
use crate::source::SourceFile;
use crate::text::code::{is_copied_keyword, is_copied_name, overlaps_code, pair_code_spans};
use crate::text::{comparison_key, compound_around, conjugate_like, normalize_word};

mod replace;
mod senses;

pub use replace::Fix;

/// A finding before it is placed in a file: the rule, the term and the span
/// in the segment's target text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentFinding {
    /// The rule.
    pub rule: &'static Rule,
    /// The concept.
    pub concept: ConceptId,
    /// Byte range in the target text; `None` for the whole text (a missing
    /// term with nothing in its place).
    pub span: Option<Range<usize>>,
    /// The source text of the term's first use (for `missing-term`).
    pub used: Option<String>,
    /// The forbidden form matched (for `forbidden-term`).
    pub forbidden: Option<usize>,
    /// The approved form the target nearly spells (for `missing-term`).
    pub near_miss: Option<usize>,
    /// Other concepts the source word may be (homonyms), any of which the
    /// translation could have used (for `missing-term`).
    pub candidates: Vec<ConceptId>,
    /// The approved form in the number and case of the span (for `forbidden-term`).
    pub replacement: Option<String>,
    /// The edit that puts the replacement in the text, article adapted.
    pub fix: Option<Fix>,
}

/// Checks every segment of a document (in parallel); findings sorted by position.
pub fn check_document(
    index: &TermIndex,
    document: &Document,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = document
        .segments
        .par_iter()
        .flat_map_iter(|segment| {
            let found = check_segment(index, segment, settings);
            // The segment's texts as written, made once and shared by its findings.
            let texts = (!found.is_empty()).then(|| {
                let source_file = document.source.as_ref().unwrap_or(&document.target);
                (
                    Arc::<str>::from(display_text(&segment.source, source_file)),
                    Arc::<str>::from(display_text(&segment.target, &document.target)),
                )
            });
            found.into_iter().map(move |found| {
                let (source, target) = texts.clone().unwrap_or_default();
                locate(index, document, segment, settings, found, source, target)
            })
        })
        .collect();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// The term findings of one segment pair, in target order.
pub fn check_segment(
    index: &TermIndex,
    segment: &Segment,
    settings: &RuleSettings,
) -> Vec<SegmentFinding> {
    let (source_code, target_code) = pair_code_spans(&segment.source.text, &segment.target.text);
    let source = index.scan_source_outside(&segment.source.text, &source_code);
    let target = index.scan_target_outside(&segment.target.text, &target_code);
    let mut findings = Vec::new();
    if settings.severity(&FORBIDDEN_TERM).is_some() {
        findings.extend(forbidden_findings(index, segment, &target, &target_code));
    }
    if settings.severity(&MISSING_TERM).is_some() {
        findings.extend(missing_findings(index, segment, &source, &target));
    }
    findings.sort_by_key(|f| {
        let span = f.span.clone().unwrap_or(0..0);
        (span.start, span.end, f.rule.id, f.concept)
    });
    findings
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn forbidden_findings(
    index: &TermIndex,
    segment: &Segment,
    target: &Scan,
    code: &[Range<usize>],
) -> Vec<SegmentFinding> {
    let text = &segment.target.text;
    let accepted = Covers::new(target, Role::Accepted);
    let longer_forbidden = Covers::any_concept(target, Role::Forbidden);
    let mut copied = CopiedCompounds::new(target, text, &segment.source.text);
    let mut seen = HashSet::new();
    target
        .matches
        .iter()
        .filter(|m| m.role == Role::Forbidden)
        .filter(|m| !copied.holds(&m.tokens))
        .filter(|m| {
            let form = &index.concepts()[m.concept].forbidden[m.form];
            let found = &text[m.span.clone()];
            let other = &segment.source.text;
            !is_copied_keyword(found, form, other)
                && !is_copied_name(text, m.span.start, found, form, other)
        })
        .filter(|m| !is_gloss(text, target, m))
        .filter(|m| !accepted.covers(m.concept, &m.span))
        // A longer forbidden form holds this one: one finding, one fix.
        .filter(|m| !longer_forbidden.covers_strictly(ANY_CONCEPT, &m.span))
        .filter(|m| seen.insert((m.concept, m.span.start, m.span.end)))
        .map(|m| {
            let concept = &index.concepts()[m.concept];
            let language = index.target_language();
            let found = &text[m.span.clone()];
            let forbidden = &concept.forbidden[m.form];
            // A conjugated verb is replaced by the same form of the approved
            // verb when it can be told (Sauvegardé → Enregistré), else not at all.
            let conjugated = concept.forbidden_verbs.get(m.form) == Some(&true)
                && comparison_key(&normalize_word(found), false)
                    != comparison_key(forbidden, false);
            let replacement = concept.approved.first().and_then(|preferred| {
                if conjugated {
                    concept
                        .verbs
                        .iter()
                        .any(|verb| verb == preferred)
                        .then(|| conjugate_like(found, forbidden, preferred, language))
                        .flatten()
                } else {
                    Some(replace::replacement(found, forbidden, preferred, language))
                }
            });
            let gender = replace::gender(found, forbidden, concept.gender, language);
            // A fix never edits code, not even the word before the span.
            let fix = replacement
                .as_ref()
                .map(|replacement| {
                    replace::fix(text, m.span.clone(), replacement, gender, language)
                })
                .map(|fix| replace::without_doubled_words(text, fix, language))
                .map(|fix| replace::whole_compound(text, fix))
                .map(|fix| replace::keep_accelerator(text, found, fix))
                .filter(|fix| !overlaps_code(code, &fix.span));
            SegmentFinding {
                rule: &FORBIDDEN_TERM,
                concept: m.concept,
                span: Some(m.span.clone()),
                used: None,
                forbidden: Some(m.form),
                near_miss: None,
                candidates: Vec::new(),
                replacement,
                fix,
            }
        })
        .collect()
}

/// The spans of one role's matches in a text, by concept, to tell in
/// O(log n) whether a span lies within one of them.
/// The key under which [`Covers::any_concept`] keeps every span.
const ANY_CONCEPT: ConceptId = ConceptId::MAX;

struct Covers {
    /// For each concept: the spans' starts, sorted, and the greatest end
    /// among the spans up to each of them.
    by_concept: HashMap<ConceptId, (Vec<usize>, Vec<usize>)>,
}

impl Covers {
    fn new(scan: &Scan, role: Role) -> Self {
        let mut spans: Vec<(ConceptId, usize, usize)> = scan
            .matches
            .iter()
            .filter(|m| m.role == role)
            .map(|m| (m.concept, m.span.start, m.span.end))
            .collect();
        spans.sort_unstable();
        let mut by_concept: HashMap<ConceptId, (Vec<usize>, Vec<usize>)> = HashMap::new();
        for (concept, start, end) in spans {
            let (starts, ends) = by_concept.entry(concept).or_default();
            let reach = ends.last().map_or(end, |&last: &usize| last.max(end));
            starts.push(start);
            ends.push(reach);
        }
        Covers { by_concept }
    }

    /// The spans of every concept in `role`, under the one key [`ANY_CONCEPT`].
    fn any_concept(scan: &Scan, role: Role) -> Self {
        let mut spans: Vec<(usize, usize)> = scan
            .matches
            .iter()
            .filter(|m| m.role == role)
            .map(|m| (m.span.start, m.span.end))
            .collect();
        spans.sort_unstable();
        let mut starts = Vec::with_capacity(spans.len());
        let mut ends: Vec<usize> = Vec::with_capacity(spans.len());
        for (start, end) in spans {
            let reach = ends.last().map_or(end, |&last| last.max(end));
            starts.push(start);
            ends.push(reach);
        }
        Covers {
            by_concept: HashMap::from([(ANY_CONCEPT, (starts, ends))]),
        }
    }

    /// True when a span of `concept` holds `span` and is longer than it.
    fn covers_strictly(&self, concept: ConceptId, span: &Range<usize>) -> bool {
        let Some((starts, ends)) = self.by_concept.get(&concept) else {
            return false;
        };
        // Spans starting before `span` hold it when they reach its end; spans
        // starting with it hold it when they reach past its end.
        let before = starts.partition_point(|&start| start < span.start);
        let with = starts.partition_point(|&start| start <= span.start);
        before > 0 && ends[before - 1] >= span.end || with > 0 && ends[with - 1] > span.end
    }

    /// True when a span of `concept` holds `span`.
    fn covers(&self, concept: ConceptId, span: &Range<usize>) -> bool {
        let Some((starts, ends)) = self.by_concept.get(&concept) else {
            return false;
        };
        let before = starts.partition_point(|&start| start <= span.start);
        before > 0 && ends[before - 1] >= span.end
    }
}

/// Whether matched tokens lie in a hyphenated compound that the other side
/// of the pair holds verbatim, each compound looked up once.
struct CopiedCompounds<'a> {
    scan: &'a Scan,
    text: &'a str,
    other: &'a str,
    known: HashMap<&'a str, bool>,
}

impl<'a> CopiedCompounds<'a> {
    fn new(scan: &'a Scan, text: &'a str, other: &'a str) -> Self {
        CopiedCompounds {
            scan,
            text,
            other,
            known: HashMap::new(),
        }
    }

    /// True when `tokens` lie in a hyphenated compound of the text that the
    /// other side holds verbatim.
    fn holds(&mut self, tokens: &Range<usize>) -> bool {
        let compound = compound_around(&self.scan.tokens, tokens.clone());
        if compound == *tokens {
            return false;
        }
        let tokens = &self.scan.tokens;
        let written =
            &self.text[tokens[compound.start].range.start..tokens[compound.end - 1].range.end];
        let other = self.other;
        *self
            .known
            .entry(written)
            .or_insert_with(|| other.contains(written))
    }
}

/// A use of a term in the source: where, and its text.
struct Use {
    concept: ConceptId,
    span: Range<usize>,
    text: String,
    /// For a term within a referenced term, the referenced one.
    within: Option<ConceptId>,
}

fn missing_findings(
    index: &TermIndex,
    segment: &Segment,
    source: &Scan,
    target: &Scan,
) -> Vec<SegmentFinding> {
    let source_text = &segment.source.text;
    let mut copied = CopiedCompounds::new(source, source_text, &segment.target.text);
    let mut uses: Vec<Use> = source
        .matches
        .iter()
        .filter(|m| !copied.holds(&m.tokens))
        .filter(|m| {
            let form = &index.concepts()[m.concept].source[m.form];
            let found = &source_text[m.span.clone()];
            let other = &segment.target.text;
            !is_copied_keyword(found, form, other)
                && !is_copied_name(source_text, m.span.start, found, form, other)
        })
        .map(|m| Use {
            concept: m.concept,
            span: m.span.clone(),
            text: source_text[m.span.clone()].to_owned(),
            within: None,
        })
        .collect();
    for reference in &segment.source.term_refs {
        let Some(concept) = index.concept_by_id(&reference.id) else {
            continue;
        };
        uses.push(Use {
            concept,
            span: reference.range.clone(),
            text: format!("{{ -{} }}", reference.id),
            within: None,
        });
        uses.extend(
            referenced_concepts(index, concept, Side::Source)
                .skip(1)
                .map(|inner| Use {
                    concept: inner,
                    span: reference.range.clone(),
                    text: index.concepts()[inner].source[0].clone(),
                    within: Some(concept),
                }),
        );
    }
    let forbidden = Covers::new(target, Role::Forbidden);
    let mut present: BTreeSet<ConceptId> = target
        .matches
        .iter()
        .filter(|m| m.role == Role::Accepted && !forbidden.covers(m.concept, &m.span))
        .map(|m| m.concept)
        .collect();
    for reference in &segment.target.term_refs {
        if let Some(concept) = index.concept_by_id(&reference.id) {
            present.extend(referenced_concepts(index, concept, Side::Target));
        }
    }
    // Each concept's uses, in source order; the first one names the term.
    let mut uses_of: BTreeMap<ConceptId, Vec<usize>> = BTreeMap::new();
    for (position, used) in uses.iter().enumerate() {
        uses_of.entry(used.concept).or_default().push(position);
    }
    let missing: BTreeSet<ConceptId> = uses_of
        .keys()
        .copied()
        .filter(|c| !present.contains(c) && !index.concepts()[*c].approved.is_empty())
        .collect();
    // A term used inside a longer term is accounted for by it when the longer
    // term is missing or its preferred target form does not hold the term.
    let mut holds: HashMap<ConceptId, Vec<ConceptId>> = HashMap::new();
    let mut accounts_for = |outer: ConceptId, inner: ConceptId| {
        missing.contains(&outer)
            || !holds
                .entry(outer)
                .or_insert_with(|| {
                    senses::held_by_translation(index, target, outer, || {
                        referenced_concepts(index, outer, Side::Target).collect()
                    })
                })
                .contains(&inner)
    };
    // The uses by start, to find the spans around a use among those that
    // start at most the longest use's length before it.
    let mut by_start: Vec<usize> = (0..uses.len()).collect();
    by_start.sort_by_key(|&position| uses[position].span.start);
    let longest = uses.iter().map(|u| u.span.len()).max().unwrap_or(0);
    let mut accounted_for = |u: &Use| match u.within {
        Some(outer) => accounts_for(outer, u.concept),
        None => {
            let from = by_start
                .partition_point(|&p| uses[p].span.start < u.span.end.saturating_sub(longest));
            let to = by_start.partition_point(|&p| uses[p].span.start <= u.span.start);
            by_start[from..to.max(from)].iter().any(|&p| {
                let outer = &uses[p];
                outer.concept != u.concept
                    && contains(&outer.span, &u.span)
                    && outer.span != u.span
                    && accounts_for(outer.concept, u.concept)
            })
        }
    };
    let mut first_forbidden: HashMap<ConceptId, &Range<usize>> = HashMap::new();
    for m in target.matches.iter().filter(|m| m.role == Role::Forbidden) {
        first_forbidden.entry(m.concept).or_insert(&m.span);
    }
    let text = &segment.target.text;
    let loose = std::cell::OnceCell::new();
    let homonyms = senses::Homonyms::new(
        uses.iter()
            .filter(|u| u.within.is_none())
            .map(|u| (u.concept, &u.span)),
    );
    // Each reported concept with the other senses of its unmet uses.
    let reported: Vec<(ConceptId, Vec<ConceptId>)> = missing
        .iter()
        .copied()
        .filter_map(|concept| {
            let mut unmet = uses_of[&concept]
                .iter()
                .map(|&p| &uses[p])
                .filter(|u| !accounted_for(u))
                // Terms within a reference share its span without being homonyms.
                .map(|u| homonyms.of(concept, u.within.is_none().then_some(&u.span)))
                .filter(|senses| !senses.reported_elsewhere(concept, &present))
                .peekable();
            unmet.peek()?;
            Some((concept, senses::others(concept, unmet)))
        })
        .collect();
    reported
        .into_iter()
        .map(|(concept, candidates)| {
            let used = uses_of[&concept].first().map(|&p| uses[p].text.clone());
            let forbidden_span = first_forbidden.get(&concept).map(|&span| span.clone());
            // A near miss spells an approved form with other accents or case:
            // not the approved form itself inside a forbidden one (*cicatrisation
            // des blessures*), which the forbidden form explains.
            let near_miss = forbidden_span
                .is_none()
                .then(|| {
                    let loose = loose.get_or_init(|| index.loose_text(text, &target.tokens));
                    index.near_miss(concept, loose, &target.tokens)
                })
                .flatten()
                .filter(|near| {
                    let approved = &index.concepts()[concept].approved[near.form];
                    comparison_key(&text[near.span.clone()], true) != comparison_key(approved, true)
                });
            let span = forbidden_span.or_else(|| near_miss.as_ref().map(|n| n.span.clone()));
            SegmentFinding {
                rule: &MISSING_TERM,
                concept,
                span,
                used,
                forbidden: None,
                near_miss: near_miss.map(|n| n.form),
                candidates,
                replacement: None,
                fix: None,
            }
        })
        .collect()
}

/// True when forbidden match `m` glosses the approved form just before it,
/// in quotes or brackets: `serveur mandataire (« proxy »)`, `délai
/// d’expiration "timeout"`: a mention of the English word, not a use.
fn is_gloss(text: &str, target: &Scan, m: &TermMatch) -> bool {
    let spaces = |c: char| c.is_whitespace();
    let opener = |c: char| matches!(c, '(' | '[' | '«' | '"' | '“' | '‘' | '\'');
    let closer = |c: char| matches!(c, ')' | ']' | '»' | '"' | '”' | '’' | '\'');
    let closed = text[m.span.end..]
        .trim_start_matches(spaces)
        .starts_with(closer);
    closed
        && target.matches.iter().any(|approved| {
            approved.role == Role::Accepted
                && approved.concept == m.concept
                && approved.span.end <= m.span.start
                && {
                    let between = &text[approved.span.end..m.span.start];
                    between.contains(opener) && between.chars().all(|c| spaces(c) || opener(c))
                }
        })
}

/// Which side of a segment pair a term reference is on.
#[derive(Clone, Copy)]
enum Side {
    Source,
    Target,
}

/// The concepts a reference `{ -id }` to `concept` stands for: the concept
/// and every term found in its preferred form on that side (a reference to
/// *cellule souche mésenchymateuse* also gives *cellule souche*), as if the
/// form were written out.
fn referenced_concepts(
    index: &TermIndex,
    concept: ConceptId,
    side: Side,
) -> impl Iterator<Item = ConceptId> {
    let indexed = &index.concepts()[concept];
    let (preferred, scan): (_, fn(&TermIndex, &str) -> Scan) = match side {
        Side::Source => (indexed.source.first(), TermIndex::scan_source),
        Side::Target => (indexed.approved.first(), TermIndex::scan_target),
    };
    let within = preferred.map_or_else(Vec::new, |form| {
        scan(index, form)
            .matches
            .into_iter()
            .filter(|m| m.role == Role::Accepted && m.concept != concept)
            .map(|m| m.concept)
            .collect()
    });
    std::iter::once(concept).chain(within)
}

/// The concepts a missing-term finding names when its source word is shared
/// by homonyms: its own, then the others; none otherwise.
fn senses(found: &SegmentFinding) -> impl Iterator<Item = ConceptId> + '_ {
    let any = !found.candidates.is_empty();
    std::iter::once(found.concept)
        .filter(move |_| any)
        .chain(found.candidates.iter().copied())
}

/// Places a segment finding in the target file and builds its message.
fn locate(
    index: &TermIndex,
    document: &Document,
    segment: &Segment,
    settings: &RuleSettings,
    found: SegmentFinding,
    source: Arc<str>,
    target_text: Arc<str>,
) -> Finding {
    let concept = &index.concepts()[found.concept];
    let file: &Arc<SourceFile> = &document.target;
    let target = &segment.target;
    let span = found
        .span
        .clone()
        .unwrap_or_else(|| first_line(target, file));
    let Range { start, end } = file_range(target, span, file);
    let (line, column) = file.line_column(start);
    let (end_line, end_column) = file.line_column(end);
    let preferred = concept.approved.first().cloned().unwrap_or_default();
    let found_text = found
        .span
        .as_ref()
        .map(|span| target.text[span.clone()].replace(PLACEHOLDER, "…"));
    let message = if found.rule.id == FORBIDDEN_TERM.id {
        msg!(
            "finding-forbidden-term",
            found = found_text.clone().unwrap_or_default(),
            approved = preferred.as_str(),
            term = concept.id.as_str()
        )
    } else {
        let used = found.used.clone().unwrap_or_else(|| concept.id.clone());
        if !found.candidates.is_empty() {
            let senses: Vec<String> = senses(&found)
                .map(|c| {
                    let sense = &index.concepts()[c];
                    let preferred = sense.approved.first().map_or("", String::as_str);
                    format!("“{preferred}” ({})", sense.id)
                })
                .collect();
            msg!(
                "finding-missing-term-senses",
                used = used,
                approved = senses.join(", ")
            )
        } else if concept.dnt {
            msg!(
                "finding-dnt-missing",
                used = used,
                approved = preferred.as_str()
            )
        } else {
            msg!(
                "finding-missing-term",
                used = used,
                approved = preferred.as_str(),
                term = concept.id.as_str()
            )
        }
    };
    let candidates = senses(&found)
        .map(|c| index.concepts()[c].id.clone())
        .collect();
    Finding {
        rule: found.rule.id,
        term: concept.id.clone(),
        severity: settings
            .severity(found.rule)
            .unwrap_or(found.rule.default_severity),
        path: file.path.clone(),
        line,
        column,
        end_line,
        end_column,
        segment: segment.id.clone(),
        variant: segment.variant.clone(),
        source,
        target: target_text,
        found: found_text,
        approved: concept.approved.clone(),
        replacement: found.replacement,
        // A fix whose text runs over markup the segment text leaves out (an
        // article before `<strong>`) would delete that markup: none is offered.
        fix: found
            .fix
            .filter(|fix| {
                let span = file_range(target, fix.span.clone(), file);
                !file.text[span].contains('<') || target.text[fix.span.clone()].contains('<')
            })
            .map(|fix| {
                let span = file_range(target, fix.span, file);
                let (line, column) = file.line_column(span.start);
                let (end_line, end_column) = file.line_column(span.end);
                Edit {
                    line,
                    column,
                    end_line,
                    end_column,
                    text: fix.text,
                    span,
                }
            }),
        near_miss: found.near_miss.map(|i| concept.approved[i].clone()),
        candidates,
        message,
        file: Arc::clone(file),
        span: start..end,
    }
}

/// The bytes of `file` that a range of a segment text comes from, escapes
/// and placeables whole.
fn file_range(target: &SegmentText, span: Range<usize>, file: &SourceFile) -> Range<usize> {
    let start = target.file_offset(span.start).min(file.text.len());
    let end = if span.end > span.start {
        target.file_end(span.end, &file.text).max(start)
    } else {
        start
    };
    start..end.min(file.text.len())
}

/// Where a missing term with nothing in its place is shown: the start of
/// the target text, to the end of its first line in the file (trailing
/// spaces and line breaks left out).
fn first_line(target: &SegmentText, file: &SourceFile) -> Range<usize> {
    let text = &target.text;
    let (line, _) = file.line_column(target.file_offset(0));
    let end = text
        .char_indices()
        .take_while(|&(i, _)| file.line_column(target.file_offset(i)).0 == line)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[..end].trim_end().len();
    let end = if end == 0 {
        text.chars().next().map_or(0, char::len_utf8)
    } else {
        end
    };
    0..end
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::documents::{SegmentText, TermRef};
    use crate::glossary;

    pub(crate) const CLINIC: &str = include_str!("../../tests/fixtures/glossary/clinic.toml");

    pub(crate) fn clinic_index() -> TermIndex {
        let loaded = glossary::load_str("clinic.toml", CLINIC);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        TermIndex::build(&loaded.glossary, "en", "fr")
    }

    /// A segment text where `{ … }` is a placeable and `{ -id }` a term reference.
    pub(crate) fn segment_text(written: &str) -> SegmentText {
        let mut text = SegmentText {
            offsets: vec![(0, 0)],
            ..SegmentText::default()
        };
        let mut rest = written;
        while let Some(open) = rest.find('{') {
            text.text.push_str(&rest[..open]);
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
            let start = text.text.len();
            text.text.push(PLACEHOLDER);
            let inner = rest[open + 1..close - 1].trim();
            if let Some(id) = inner.strip_prefix('-') {
                text.term_refs.push(TermRef {
                    id: id.to_owned(),
                    range: start..text.text.len(),
                });
            }
            rest = &rest[close..];
        }
        text.text.push_str(rest);
        text
    }

    pub(crate) fn segment(source: &str, target: &str) -> Segment {
        Segment {
            id: "msg".to_owned(),
            variant: None,
            source: segment_text(source),
            target: segment_text(target),
        }
    }

    fn check(index: &TermIndex, source: &str, target: &str) -> Vec<(&'static str, String)> {
        check_segment(index, &segment(source, target), &RuleSettings::default())
            .into_iter()
            .map(|f| (f.rule.id, index.concepts()[f.concept].id.clone()))
            .collect()
    }

    fn missing(term: &str) -> (&'static str, String) {
        ("missing-term", term.to_owned())
    }

    fn forbidden(term: &str) -> (&'static str, String) {
        ("forbidden-term", term.to_owned())
    }

    #[test]
    fn inflected_and_elided_forms_are_accepted() {
        let index = clinic_index();
        let clean = [
            (
                "The blood vessels of the day hospital.",
                "Les vaisseaux sanguins de l’hôpital de jour.",
            ),
            ("Living donors.", "Des donneuses vivantes."),
            ("Cancerous lesions.", "LÉSIONS CANCÉREUSES."),
            ("Blood pressure.", "La pression artérielle."),
            (
                "Multiple cancerous lesions.",
                "Des lésions cancéreuses multiples.",
            ),
            ("The state of the art.", "L'état de l’art."),
            ("Thresholds.", "Les seuils."),
            (
                "Adverse effect: none.",
                "Effet\u{a0}indésirable\u{a0}: aucun.",
            ),
            ("A blood test.", "Un bilan-sanguin."),
        ];
        for (source, target) in clean {
            assert_eq!(check(&index, source, target), vec![], "{target}");
        }
    }

    #[test]
    fn missing_terms_need_the_whole_phrase_at_word_boundaries() {
        let index = clinic_index();
        assert_eq!(
            check(&index, "Blood vessels.", "Des veines."),
            vec![missing("vaisseau-sanguin")]
        );
        assert_eq!(
            check(&index, "A cancerous lesion.", "Une lésion très cancéreuse."),
            vec![missing("lesion-cancereuse")]
        );
        assert_eq!(
            check(&index, "The threshold.", "Le seuillage."),
            vec![missing("seuil")]
        );
        assert_eq!(
            check(&index, "Blood vessel.", "Vaisseau { $n } sanguin."),
            vec![missing("vaisseau-sanguin")]
        );
        assert_eq!(
            check(
                &index,
                "An anti-inflammatory drug.",
                "Un antiinflammatoire."
            ),
            vec![missing("anti-inflammatoire")]
        );
    }

    #[test]
    fn derivations_and_compounds_are_not_uses() {
        let index = clinic_index();
        assert_eq!(check(&index, "We vaccinate.", "Nous vaccinons."), vec![]);
        assert_eq!(
            check(&index, "The vaccination.", "On a vacciné."),
            vec![missing("vaccination")]
        );
        assert_eq!(
            check(&index, "An anti-inflammation effect.", "Un effet."),
            vec![]
        );
    }

    #[test]
    fn forbidden_forms_in_place_of_or_beside_the_approved_one() {
        let index = clinic_index();
        assert_eq!(
            check(&index, "An adverse effect.", "Un effet secondaire."),
            vec![forbidden("effet-indesirable"), missing("effet-indesirable")]
        );
        assert_eq!(
            check(
                &index,
                "An adverse effect.",
                "Un effet indésirable (ou effet adverse)."
            ),
            vec![forbidden("effet-indesirable")]
        );
        assert_eq!(
            check(&index, "It went well.", "Aucun effet secondaire."),
            vec![forbidden("effet-indesirable")]
        );
        let found = check_segment(
            &index,
            &segment("Side effects.", "Des effets secondaires."),
            &RuleSettings::default(),
        );
        assert_eq!(found[0].replacement.as_deref(), Some("effets indésirables"));
    }

    #[test]
    fn case_sensitive_terms_inflect_but_keep_their_case() {
        let index = clinic_index();
        assert_eq!(
            check(&index, "MRIs were done.", "Les IRM ont été faites."),
            vec![]
        );
        assert_eq!(check(&index, "An mri.", "Une irm."), vec![]);
        assert_eq!(check(&index, "An MRI.", "Une irm."), vec![missing("irm")]);
        assert_eq!(
            check(&index, "An MRI.", "Une MRI."),
            vec![forbidden("irm"), missing("irm")]
        );
    }

    #[test]
    fn nested_terms_are_each_checked() {
        let index = clinic_index();
        // The glossary does not nest them in French: the outer term accounts
        // for the inner one.
        assert_eq!(
            check(&index, "White blood cells.", "Des leucocytes."),
            vec![]
        );
        assert_eq!(
            check(&index, "White blood cells.", "Des cellules."),
            vec![missing("globule-blanc")]
        );
        assert_eq!(
            check(&index, "Blood cells.", "Des cellules sanguines."),
            vec![]
        );
    }

    const GROWTH_FACTORS: &str = r#"
[terms.facteur-croissance]
en = "growth factor"
fr = "facteur de croissance"

[terms.pdgf.en]
term = "platelet-derived growth factor"

[terms.pdgf.fr]
term = "facteur de croissance dérivé des plaquettes"
variants = ["PDGF"]
"#;

    #[test]
    fn an_inner_term_is_needed_when_the_outer_one_is_there() {
        let loaded = glossary::load_str("g.toml", GROWTH_FACTORS);
        let index = TermIndex::build(&loaded.glossary, "en", "fr");
        let source = "Platelet-derived growth factor.";
        assert_eq!(
            check(
                &index,
                source,
                "Le facteur de croissance dérivé des plaquettes."
            ),
            vec![]
        );
        assert_eq!(
            check(&index, source, "Le PDGF."),
            vec![missing("facteur-croissance")]
        );
        // The outer term is wrong as a whole: it alone is reported.
        assert_eq!(
            check(&index, source, "Le facteur plaquettaire."),
            vec![missing("pdgf")]
        );
        // A reference stands for the preferred form, on either side.
        assert_eq!(check(&index, source, "Le { -pdgf }."), vec![]);
        assert_eq!(check(&index, "The { -pdgf }.", "Le { -pdgf }."), vec![]);
        assert_eq!(
            check(&index, "The { -pdgf }.", "Le PDGF."),
            vec![missing("facteur-croissance")]
        );
        assert_eq!(
            check(&index, "The { -pdgf }.", "Le facteur plaquettaire."),
            vec![missing("pdgf")]
        );
    }

    #[test]
    fn hyphenated_compounds_hold_terms_unless_copied_verbatim() {
        let index = clinic_index();
        assert_eq!(
            check(
                &index,
                "A threshold-based rule.",
                "Une règle fondée sur un seuil."
            ),
            vec![]
        );
        assert_eq!(
            check(
                &index,
                "A threshold-based rule.",
                "Une règle fondée sur une limite."
            ),
            vec![missing("seuil")]
        );
        // An identifier kept as is: not words of either language.
        assert_eq!(
            check(&index, "Set threshold-value.", "Réglez threshold-value."),
            vec![]
        );
        assert_eq!(check(&index, "See MRI-scan.", "Voir MRI-scan."), vec![]);
        assert_eq!(
            check(
                &index,
                "An MRI-guided biopsy.",
                "Une biopsie guidée par MRI."
            ),
            vec![forbidden("irm"), missing("irm")]
        );
    }

    #[test]
    fn term_references_and_dnt_terms() {
        let index = clinic_index();
        assert_eq!(check(&index, "The threshold.", "Le { -seuil }."), vec![]);
        assert_eq!(
            check(&index, "{ -seuil } reached.", "Limite atteinte."),
            vec![missing("seuil")]
        );
        assert_eq!(
            check(&index, "Psoriasis plaques.", "Plaques de psoriasis."),
            vec![]
        );
        assert_eq!(
            check(&index, "Psoriasis.", "La maladie."),
            vec![missing("psoriasis")]
        );
    }

    #[test]
    fn accent_near_misses_name_the_approved_spelling() {
        let index = clinic_index();
        let found = check_segment(
            &index,
            &segment("The day hospital.", "L'hopital de jour."),
            &RuleSettings::default(),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].near_miss, Some(0));
        assert_eq!(found[0].span, Some(2..17));
    }

    #[test]
    fn rules_turned_off_report_nothing() {
        let index = clinic_index();
        let mut levels = std::collections::BTreeMap::new();
        levels.insert("missing-term".to_owned(), crate::config::RuleLevel::Off);
        let settings = RuleSettings::from_config(&levels).unwrap();
        let found = check_segment(
            &index,
            &segment("An adverse effect.", "Un effet adverse."),
            &settings,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule.id, "forbidden-term");
    }

    const SOFTWARE: &str = include_str!("../../tests/fixtures/software/glossary.toml");

    fn software_index() -> TermIndex {
        let loaded = glossary::load_str("software.toml", SOFTWARE);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        TermIndex::build(&loaded.glossary, "en", "fr")
    }

    /// The target after the fixes of a segment's findings.
    fn fixed(index: &TermIndex, source: &str, target: &str) -> String {
        let mut text = target.to_owned();
        let found = check_segment(index, &segment(source, target), &RuleSettings::default());
        for fix in found.into_iter().rev().filter_map(|f| f.fix) {
            text.replace_range(fix.span, &fix.text);
        }
        text
    }

    #[test]
    fn code_uses_no_term_and_is_never_fixed() {
        let index = software_index();
        let clean = [
            (
                "  -z cet-report=[none|warning|error] (default: none)",
                "  -z cet-report=[none|warning|error] (none par défaut)",
            ),
            (
                "-msse-check=[none|error|warning] (default: warning)",
                "-msse-check=[none|error|warning] (warning par défaut)",
            ),
            ("  --plugin <name>", "  --plugin <nom>"),
            ("#warning directive", "directive #warning"),
            (
                "The port of /system/proxy/ftp/host.",
                "Le port de /system/proxy/ftp/host.",
            ),
            (
                "See https://example.org/bugs/.",
                "Voir https://example.org/bugs/.",
            ),
            ("Mail bug-tar@gnu.org", "Écrire à bug-tar@gnu.org"),
            (
                "Acquire::ftp::ProxyLogin is empty.",
                "Acquire::ftp::ProxyLogin est vide.",
            ),
            ("`plugin' expected", "« plugin » attendu"),
            ("$user$'s $plugin$", "$plugin$ de $user$"),
            ("%PRODUCTNAME keys", "Les clés de %PRODUCTNAME"),
            ("&lt;key&gt;", "&lt;clef&gt;"),
            (
                "cannot set a subfield to DEFAULT",
                "impossible d’affecter DEFAULT à un sous-champ",
            ),
            ("email = %s", "email = %s"),
            ("Unknown \"proxy\" value", "Valeur « proxy » inconnue"),
            ("for login(1)", "pour login(1)"),
        ];
        for (source, target) in clean {
            assert_eq!(check(&index, source, target), vec![], "{target}");
        }
        // Prose beside code is still checked; the fix leaves the code alone.
        assert_eq!(
            fixed(
                &index,
                "--plugin loads a plugin",
                "--plugin charge un plugin"
            ),
            "--plugin charge un greffon"
        );
    }

    #[test]
    fn accelerators_are_no_part_of_words() {
        let index = software_index();
        assert_eq!(check(&index, "_Update…", "Mise à jo~ur…"), vec![]);
        assert_eq!(check(&index, "&Save", "&Enregistrer"), vec![]);
        assert_eq!(
            check(&index, "_Timeout:", "_Timeout :"),
            vec![forbidden("delai-expiration"), missing("delai-expiration")]
        );
        assert_eq!(
            fixed(&index, "_Timeout:", "_Timeout :"),
            "_Délai d’expiration :"
        );
        assert_eq!(fixed(&index, "Save", "Sauve&garder"), "&Enregistrer");
        // `R&D` and `&amp;` are no accelerators.
        assert_eq!(
            check(&index, "R&D", "R&D &amp; plugin"),
            vec![forbidden("greffon")]
        );
    }

    #[test]
    fn forbidden_forms_inside_prefixed_compounds() {
        let index = software_index();
        assert_eq!(fixed(&index, "Keyring", "Le porte-clefs"), "Le porte-clés");
        assert_eq!(
            fixed(&index, "No subkey", "Pas de sous-clef"),
            "Pas de sous-clé"
        );
        assert_eq!(
            fixed(&index, "save/restore", "sauvegarder/restaurer"),
            "enregistrer/restaurer"
        );
        assert_eq!(
            fixed(&index, "for the login(s)", "pour le(s) login(s)"),
            "pour le(s) connexion(s)"
        );
    }

    #[test]
    fn glosses_in_quotes_are_mentions() {
        let index = software_index();
        for target in [
            "Un serveur mandataire (« proxy »)",
            "Un serveur mandataire (proxy)",
            "Le délai d’expiration \"timeout\"",
        ] {
            assert_eq!(
                check(&index, "A proxy or timeout", target)
                    .into_iter()
                    .filter(|f| f.0 == "forbidden-term")
                    .collect::<Vec<_>>(),
                vec![],
                "{target}"
            );
        }
        assert_eq!(
            check(&index, "A proxy", "Un proxy (serveur mandataire)"),
            vec![forbidden("serveur-mandataire")]
        );
    }

    #[test]
    fn fixes_never_double_a_word_and_keep_case() {
        let index = software_index();
        assert_eq!(
            fixed(&index, "Proxy", "Serveur proxy :"),
            "Serveur mandataire :"
        );
        assert_eq!(
            fixed(&index, "Proxy", "Serveur Pro_xy :"),
            "Serveur _mandataire :"
        );
        assert_eq!(fixed(&index, "Plugin", "Plugin"), "Greffon");
        // A forbidden verb is replaced by the same form of the approved verb.
        assert_eq!(
            fixed(&index, "Save and quit", "Sauvegarder et quitter"),
            "Enregistrer et quitter"
        );
        assert_eq!(fixed(&index, "Saved", "Sauvegardé"), "Enregistré");
        assert_eq!(fixed(&index, "Bug", "BUG"), "BOGUE");
        // Copied in capitals from the source: a keyword, not the word.
        assert_eq!(check(&index, "BUG", "BUG"), vec![]);
    }

    #[test]
    fn spaced_elision_of_machine_translation() {
        let index = software_index();
        assert_eq!(check(&index, "The host", "L’ hôte"), vec![]);
        assert_eq!(check(&index, "The user", "d’ utilisateur"), vec![]);
        assert_eq!(
            check(&index, "The timeout", "Le délai d’ expiration"),
            vec![]
        );
    }

    const CAPITALS: &str = r#"
[terms.australie.en]
term = "Australia"

[terms.australie.fr]
term = "Australie"
forbidden = ["AUS"]

[terms.fibroblaste]
en = "fibroblast"
fr = "fibroblaste"
"#;

    #[test]
    fn short_capitals_keep_their_case_and_english_is_no_inflection() {
        let loaded = glossary::load_str("g.toml", CAPITALS);
        let index = TermIndex::build(&loaded.glossary, "en", "fr");
        assert_eq!(check(&index, "To the sea.", "Aux mers, au port."), vec![]);
        assert_eq!(
            check(&index, "Australia.", "AUS."),
            vec![forbidden("australie"), missing("australie")]
        );
        assert_eq!(
            check(&index, "The fibroblasts.", "Les fibroblasts."),
            vec![missing("fibroblaste")]
        );
        assert_eq!(
            check(&index, "The fibroblasts.", "Les fibroblastes."),
            vec![]
        );
    }

    const FRENCH_PIECES: [&str; 12] = [
        "lésion cancéreuse",
        "lésions cancéreuses",
        "l’hôpital de jour",
        "L'hopital de jour",
        "effets secondaires",
        "effet indésirable",
        "pression artérielle",
        "IRM",
        "vaisseaux sanguins",
        "état de l'art",
        "élévation",
        "réaction à { $n }",
    ];
    const ENGLISH_PIECES: [&str; 7] = [
        "cancerous lesion",
        "day hospital",
        "adverse effect",
        "blood pressure",
        "MRI",
        "blood vessels",
        "state of the art",
    ];

    proptest::proptest! {
        #[test]
        fn decomposed_accents_give_the_same_findings(
            source in proptest::collection::vec(0..ENGLISH_PIECES.len(), 1..4),
            target in proptest::collection::vec(0..FRENCH_PIECES.len(), 1..5),
        ) {
            use unicode_normalization::UnicodeNormalization;
            let index = clinic_index();
            let source: Vec<&str> = source.iter().map(|&i| ENGLISH_PIECES[i]).collect();
            let target: Vec<&str> = target.iter().map(|&i| FRENCH_PIECES[i]).collect();
            let source = source.join(", ");
            let nfc = target.join(", ");
            let nfd: String = nfc.nfd().collect();
            let summary = |target: &str| -> Vec<_> {
                check_segment(&index, &segment(&source, target), &RuleSettings::default())
                    .into_iter()
                    .map(|f| (f.rule.id, f.concept, f.near_miss, f.replacement))
                    .collect()
            };
            proptest::prop_assert_eq!(summary(&nfc), summary(&nfd));
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_checked_without_panic(
            source in "[a-zA-Z'’ ,.\\-]{0,30}( (blood vessel|adverse effect|MRI|day hospital)s?){0,2}",
            target in "[a-zA-Zéèô'’ʼ ,.\\-\u{a0}\u{301}\u{fffc}]{0,30}( ?(l'|d’|le |sa )?(effet secondaire|MRI|hopital de jour|vaisseaux sanguins)){0,2}",
        ) {
            let index = clinic_index();
            let settings = RuleSettings::default();
            for found in check_segment(&index, &segment(&source, &target), &settings) {
                let text = segment_text(&target).text;
                if let Some(span) = found.span {
                    proptest::prop_assert!(text.get(span).is_some());
                }
                if let Some(fix) = found.fix {
                    proptest::prop_assert!(text.get(fix.span).is_some());
                }
            }
        }
    }
}
