//! Finding and ranking. Every word of the query is looked up among the words
//! of the glossary's forms: whole (inflection ignored), as the beginning of a
//! word, or within one or two edits. A form matches when each query word
//! matches one of its words; a form with exactly the query's words is then
//! told apart as exact, inflected or reordered by reading it. Each concept
//! keeps its best match and concepts are ranked by it.

use std::collections::HashMap;

use fst::automaton::Str;
use fst::{Automaton, IntoStreamer, Map, Streamer};
use serde::Serialize;

use super::edits::WithinEdits;
use super::fold::{fold, reduce_folded, reduce_word};
use super::index::{FormKind, FormRef, Index, IndexError, Keys};
use crate::glossary::Concept;
use crate::text::comparison_key;

/// Past this many characters a query word is only looked up whole:
/// approximate matching would cost more than it could find.
const MAX_APPROXIMATE_CHARS: usize = 48;
/// Past this many words a query cannot be a term: nothing is searched.
const MAX_QUERY_WORDS: usize = 12;
/// A query word shorter than this is not taken as the beginning of longer words.
const MIN_PREFIX_CHARS: usize = 3;
/// Keys a word prefix or a misspelt word may expand to.
const MAX_EXPANSION_KEYS: usize = 2_000;
/// Forms weighed for "did you mean".
const MAX_SUGGESTION_CANDIDATES: usize = 40;
/// Suggestions shown when nothing is found.
const SUGGESTIONS: usize = 3;

/// How to search.
#[derive(Debug, Clone)]
pub struct Options {
    /// Match only forms of this language (ids still match).
    pub side: Option<String>,
    /// Also match words of definitions.
    pub definitions: bool,
    /// Return at most this many concepts.
    pub limit: usize,
}

/// How well a query matched a form; the order is the ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quality {
    /// The same form, up to case, accents and punctuation.
    Exact,
    /// The same form up to plural or feminine endings (or word order).
    Inflected,
    /// Every word of the query is a word of the form or begins one.
    Partial,
    /// Every word of the query is a word of the form, one or two edits apart.
    Approximate,
    /// Every word of the query is in a definition.
    Definition,
}

/// One concept found, with the form that matched best.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The concept, whole.
    pub concept: Concept,
    /// How the query matched.
    pub quality: Quality,
    /// What the matched form is to the concept.
    pub kind: FormKind,
    /// The language of the matched form (none for an id).
    pub lang: Option<String>,
    /// The matched form as the glossary writes it (the preferred form for a
    /// definition match).
    pub form: String,
    /// Edits between query and form (approximate matches), or query words
    /// matched only as the beginning of a word (partial matches).
    pub distance: u32,
}

impl Hit {
    /// For a forbidden form, the preferred form of the same language to use instead.
    pub fn replacement(&self) -> Option<&str> {
        if self.kind != FormKind::Forbidden {
            return None;
        }
        let lang = self.lang.as_deref()?;
        self.concept.entry(lang).map(|entry| entry.term.as_str())
    }
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The best concepts, best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// How many concepts matched in all.
    pub total: usize,
    /// Forms close to the query, when nothing matched.
    pub suggestions: Vec<String>,
}

/// How one query word met one form: whole, as a beginning, or with edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    Whole,
    Beginning,
    Edited(u32),
}

/// How all the query words met one form.
#[derive(Debug, Clone, Copy, Default)]
struct FormMatch {
    beginnings: u32,
    edits: u32,
}

impl FormMatch {
    fn add(self, word: WordMatch) -> FormMatch {
        match word {
            WordMatch::Whole => self,
            WordMatch::Beginning => FormMatch {
                beginnings: self.beginnings + 1,
                ..self
            },
            WordMatch::Edited(edits) => FormMatch {
                edits: self.edits + edits,
                ..self
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    quality: Quality,
    /// Accents or case differ from the form (exact matches only).
    loose: bool,
    kind: FormKind,
    distance: u32,
    length_gap: u32,
    concept: u32,
}

/// The query, in the shapes the search compares.
struct Query {
    folded: String,
    reduced: String,
    strict: String,
    words: Vec<String>,
    chars: u32,
}

/// The state of one search: every match so far, and the concepts read to
/// decide how well some matched.
struct Search<'a> {
    index: &'a Index,
    side: Option<Vec<u8>>,
    found: Vec<(Rank, FormRef)>,
    concepts: HashMap<u32, Concept>,
}

/// The postings that matched one query word, sorted, each once with its best match.
type WordMatches = Vec<(FormRef, WordMatch)>;

/// The postings that matched every query word so far, sorted.
type Surviving = Vec<(FormRef, FormMatch)>;

/// Searches the index for `query`.
pub fn search(index: &Index, query: &str, options: &Options) -> Result<Outcome, IndexError> {
    let folded = fold(query);
    let words: Vec<String> = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() || words.len() > MAX_QUERY_WORDS {
        return Ok(Outcome::default());
    }
    let query = Query {
        reduced: reduce_folded(&folded),
        strict: comparison_key(query, false),
        chars: u32::try_from(folded.chars().count()).unwrap_or(u32::MAX),
        folded,
        words,
    };
    let mut search = Search {
        index,
        side: options.side.as_deref().map(|tag| index.language_bytes(tag)),
        found: Vec::new(),
        concepts: HashMap::new(),
    };
    search.forms(&query)?;
    if options.definitions {
        search.definitions(&query)?;
    }
    // Each concept keeps its best match, then concepts are ranked.
    let mut ranked = std::mem::take(&mut search.found);
    ranked.sort_unstable_by_key(|(rank, _)| (rank.concept, *rank));
    ranked.dedup_by_key(|(rank, _)| rank.concept);
    ranked.sort_unstable_by_key(|(rank, _)| *rank);
    let total = ranked.len();
    let mut hits = Vec::new();
    for (rank, posting) in ranked.into_iter().take(options.limit) {
        hits.push(search.hit(rank, posting)?);
    }
    let suggestions = if total == 0 {
        search.suggestions(&query)?
    } else {
        Vec::new()
    };
    Ok(Outcome {
        hits,
        total,
        suggestions,
    })
}

impl Search<'_> {
    fn allows(&self, posting: &FormRef) -> bool {
        posting.kind == FormKind::Id
            || self
                .side
                .as_ref()
                .is_none_or(|side| side.contains(&posting.lang))
    }

    fn offer(&mut self, rank: Rank, posting: FormRef) {
        self.found.push((rank, posting));
    }

    fn concept(&mut self, at: u32) -> Result<&Concept, IndexError> {
        if !self.concepts.contains_key(&at) {
            let concept = self.index.concept(at)?;
            self.concepts.insert(at, concept);
        }
        Ok(&self.concepts[&at])
    }

    fn form_text(&mut self, posting: FormRef) -> Result<String, IndexError> {
        let lang = self.index.language(posting.lang).map(str::to_owned);
        let concept = self.concept(posting.concept)?;
        form_text(concept, lang.as_deref(), posting).ok_or(IndexError::Corrupt)
    }

    fn hit(&mut self, rank: Rank, posting: FormRef) -> Result<Hit, IndexError> {
        let form = self.form_text(posting)?;
        let concept = self.concept(posting.concept)?.clone();
        Ok(Hit {
            concept,
            quality: rank.quality,
            kind: rank.kind,
            lang: self.index.language(posting.lang).map(str::to_owned),
            form,
            distance: rank.distance,
        })
    }

    /// Forms that have every query word, ranked by how they have them.
    fn forms(&mut self, query: &Query) -> Result<(), IndexError> {
        let map = self.index.map(Keys::Words)?;
        // Rarest words first, so that the forms still in the running stay few.
        let mut words: Vec<(u64, &str)> = query
            .words
            .iter()
            .map(|word| {
                let count = map.get(reduce_word(word)).map_or(0, |v| v & 0xFFFF_FFFF);
                (count, word.as_str())
            })
            .collect();
        words.sort_unstable();
        let mut surviving: Option<Surviving> = None;
        for (_, word) in words {
            let matches = word_matches(self.index, map, word, true, surviving.as_deref())?;
            surviving = Some(match surviving {
                None => matches
                    .into_iter()
                    .map(|(posting, how)| (posting, FormMatch::default().add(how)))
                    .collect(),
                Some(previous) => join(previous, &matches),
            });
        }
        let query_words = query.words.len();
        for (posting, form) in surviving.unwrap_or_default() {
            if !self.allows(&posting) {
                continue;
            }
            let same_words = usize::from(posting.words) == query_words;
            let (quality, distance, loose) = if form.edits > 0 {
                let text = self.form_text(posting)?;
                (Quality::Approximate, typed_distance(query, &text), false)
            } else if form.beginnings > 0 || !same_words {
                (Quality::Partial, form.beginnings, false)
            } else {
                let text = self.form_text(posting)?;
                if fold(&text) == query.folded {
                    (
                        Quality::Exact,
                        0,
                        comparison_key(&text, false) != query.strict,
                    )
                } else if reduce_folded(&fold(&text)) == query.reduced {
                    (Quality::Inflected, 0, false)
                } else {
                    (Quality::Inflected, 1, false)
                }
            };
            let rank = Rank {
                quality,
                loose,
                kind: posting.kind,
                distance,
                length_gap: posting.chars.abs_diff(query.chars),
                concept: posting.concept,
            };
            self.offer(rank, posting);
        }
        Ok(())
    }

    /// Concepts whose definition (in an allowed language) has every query word.
    fn definitions(&mut self, query: &Query) -> Result<(), IndexError> {
        let map = self.index.map(Keys::Definitions)?;
        let mut surviving: Option<Vec<FormRef>> = None;
        for word in &query.words {
            let mut found = match map.get(reduce_word(word)) {
                Some(value) => self.index.postings(Keys::Definitions, value)?,
                None => Vec::new(),
            };
            if let Some(previous) = &surviving {
                found.retain(|posting| previous.binary_search(posting).is_ok());
            }
            surviving = Some(found);
        }
        for posting in surviving.unwrap_or_default() {
            if self.allows(&posting) {
                let rank = Rank {
                    quality: Quality::Definition,
                    loose: false,
                    kind: FormKind::Definition,
                    distance: 0,
                    length_gap: 0,
                    concept: posting.concept,
                };
                self.offer(rank, posting);
            }
        }
        Ok(())
    }

    /// Forms sharing the most words with the query (each word whole, begun
    /// or misspelt), closest first: the "did you mean" of a search that
    /// found nothing.
    fn suggestions(&mut self, query: &Query) -> Result<Vec<String>, IndexError> {
        let map = self.index.map(Keys::Words)?;
        let mut shared: HashMap<FormRef, u32> = HashMap::new();
        for word in &query.words {
            for (posting, _) in word_matches(self.index, map, word, false, None)? {
                if posting.kind != FormKind::Id && self.allows(&posting) {
                    *shared.entry(posting).or_default() += 1;
                }
            }
        }
        let mut forms: Vec<(FormRef, u32)> = shared.into_iter().collect();
        forms.sort_unstable_by_key(|(posting, shared)| {
            (
                std::cmp::Reverse(*shared),
                posting.chars.abs_diff(query.chars),
                *posting,
            )
        });
        forms.truncate(MAX_SUGGESTION_CANDIDATES);
        let mut scored: Vec<(f64, String)> = Vec::new();
        for (posting, _) in forms {
            let form = self.form_text(posting)?;
            let score = strsim::normalized_levenshtein(&query.folded, &fold(&form));
            if !scored.iter().any(|(_, known)| *known == form) {
                scored.push((score, form));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        Ok(scored
            .into_iter()
            .take(SUGGESTIONS)
            .map(|(_, form)| form)
            .collect())
    }
}

/// The forms having one word that matches `word`: whole (inflection
/// ignored), as its beginning, or within the edits its length allows. In a
/// `strict` search, only words unknown to the glossary are taken as
/// misspelt; for suggestions, every word is, with at least one edit. Only
/// forms in `among` are kept, when given.
fn word_matches(
    index: &Index,
    map: &Map<Vec<u8>>,
    word: &str,
    strict: bool,
    among: Option<&[(FormRef, FormMatch)]>,
) -> Result<WordMatches, IndexError> {
    let mut matches: WordMatches = Vec::new();
    let mut add = |postings: Vec<FormRef>, how: WordMatch| {
        let kept = postings.into_iter().filter(|posting| {
            among.is_none_or(|among| among.binary_search_by(|(p, _)| p.cmp(posting)).is_ok())
        });
        matches.extend(kept.map(|posting| (posting, how)));
    };
    let reduced = reduce_word(word);
    let whole = map.get(&reduced);
    if let Some(value) = whole {
        add(index.postings(Keys::Words, value)?, WordMatch::Whole);
    }
    // The typed length decides the edits allowed: the reduction shortens a
    // word (`cels` → `cel`) without making a typo in it less likely.
    let typed = word.chars().count().max(reduced.chars().count());
    if typed > MAX_APPROXIMATE_CHARS {
        return Ok(best_per_posting(matches));
    }
    if word.chars().count() >= MIN_PREFIX_CHARS {
        let mut values = Vec::new();
        let mut stream = map.search(Str::new(word).starts_with()).into_stream();
        while let Some((key, value)) = stream.next() {
            if values.len() == MAX_EXPANSION_KEYS {
                break;
            }
            if key != reduced.as_bytes() {
                values.push(value);
            }
        }
        add(
            index.postings_of_many(Keys::Words, &values)?,
            WordMatch::Beginning,
        );
    }
    let edits = match (strict, whole) {
        (true, Some(_)) => 0,
        (true, None) => allowed_edits(typed),
        (false, _) => allowed_edits(typed).max(1),
    };
    if edits > 0 {
        // A key is a reduced word: the ending the reduction dropped (a mute
        // `e`, a plural `s`) may be what the typed word still has, so keys
        // one edit further are read and measured with those endings back.
        let automaton = WithinEdits::new(&reduced, edits + 1);
        let mut stream = map.search(automaton).into_stream();
        let mut keys = 0;
        while let Some((key, value)) = stream.next() {
            keys += 1;
            if keys > MAX_EXPANSION_KEYS {
                break;
            }
            let key = String::from_utf8_lossy(key);
            let distance = ["", "e", "s", "es"]
                .iter()
                .map(|ending| {
                    let restored = format!("{key}{ending}");
                    strsim::levenshtein(&reduced, &restored)
                        .min(strsim::levenshtein(word, &restored))
                })
                .min()
                .map_or(u32::MAX, |d| u32::try_from(d).unwrap_or(u32::MAX));
            if distance > 0 && distance <= u32::from(edits) {
                add(
                    index.postings(Keys::Words, value)?,
                    WordMatch::Edited(distance),
                );
            }
        }
    }
    Ok(best_per_posting(matches))
}

/// Sorts matches by posting and keeps the best match of each.
fn best_per_posting(mut matches: WordMatches) -> WordMatches {
    matches.sort_unstable();
    matches.dedup_by_key(|(posting, _)| *posting);
    matches
}

/// The postings of `surviving` that `matches` has too, with its match added.
fn join(surviving: Surviving, matches: &WordMatches) -> Surviving {
    let mut next = 0;
    surviving
        .into_iter()
        .filter_map(|(posting, form)| {
            while next < matches.len() && matches[next].0 < posting {
                next += 1;
            }
            let (other, how) = matches.get(next)?;
            (*other == posting).then(|| (posting, form.add(*how)))
        })
        .collect()
}

/// How far the typed query words are from the words of `form`: for each
/// query word, the edits to the closest word of the form. Ranks approximate
/// matches by what was typed, not by the reduced words that found them
/// (`celule` is one edit from `cellule`, two from `cell`).
fn typed_distance(query: &Query, form: &str) -> u32 {
    let folded = fold(form);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let total: usize = query
        .words
        .iter()
        .map(|typed| {
            words
                .iter()
                .map(|word| strsim::levenshtein(typed, word))
                .min()
                .unwrap_or(typed.chars().count())
        })
        .sum();
    u32::try_from(total).unwrap_or(u32::MAX)
}

/// How many edits a word of this length may carry.
fn allowed_edits(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The text of the form a posting points at.
fn form_text(concept: &Concept, lang: Option<&str>, posting: FormRef) -> Option<String> {
    if posting.kind == FormKind::Id {
        return Some(concept.id.clone());
    }
    let entry = concept.languages.get(lang?)?;
    let slot = usize::from(posting.slot);
    match posting.kind {
        FormKind::Variant => entry.variants.get(slot).cloned(),
        FormKind::Forbidden => entry.forbidden.get(slot).cloned(),
        _ => Some(entry.term.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;
    use crate::lookup::index::build;
    use proptest::prelude::*;

    const GLOSSARY: &str = r#"
[glossary]
languages = ["en", "fr"]

[terms.cellule-souche]
domain = "cell biology"
[terms.cellule-souche.en]
term = "stem cell"
variants = ["stem-cell"]
definition = "An undifferentiated cell that can renew itself."
[terms.cellule-souche.fr]
term = "cellule souche"
variants = ["cellule-souche"]
forbidden = ["cellule mère"]
gender = "feminine"

[terms.cellule]
en = "cell"
fr = "cellule"

[terms.keratinocyte]
en = "keratinocyte"
fr = "kératinocyte"

[terms.therapeutique-dermatologique]
en = "therapeutic dermatology"
fr = { term = "thérapeutique dermatologique", forbidden = ["therapeutique dermatologique"] }

[terms.greffe-cutanee]
en = "skin graft"
fr = "greffe cutanée"
"#;

    fn index() -> Index {
        let loaded = load_str("g.toml", GLOSSARY);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        Index::from_bytes(build(&loaded.glossary, 0)).unwrap()
    }

    fn options() -> Options {
        Options {
            side: None,
            definitions: false,
            limit: 10,
        }
    }

    fn ids(outcome: &Outcome) -> Vec<&str> {
        outcome.hits.iter().map(|h| h.concept.id.as_str()).collect()
    }

    fn first(query: &str) -> Hit {
        let outcome = search(&index(), query, &options()).unwrap();
        outcome
            .hits
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing for {query}"))
    }

    #[test]
    fn typed_any_way_finds_the_concept() {
        for query in [
            "therapeutique dermatologique",
            "THÉRAPEUTIQUE-Dermatologique",
            "cellules-souches",
            "Stem Cells",
            "keratinocyte",
            "keratinocytes",
            "greffes cutanées",
        ] {
            let hit = first(query);
            assert!(
                matches!(hit.quality, Quality::Exact | Quality::Inflected),
                "{query}: {hit:?}"
            );
        }
        assert_eq!(first("cellules-souches").concept.id, "cellule-souche");
    }

    #[test]
    fn exact_preferred_comes_before_partial_matches() {
        let outcome = search(&index(), "cellule", &options()).unwrap();
        assert_eq!(ids(&outcome), ["cellule", "cellule-souche"]);
        assert_eq!(outcome.hits[0].quality, Quality::Exact);
        assert_eq!(outcome.hits[0].kind, FormKind::Preferred);
        assert_eq!(outcome.hits[1].quality, Quality::Partial);
    }

    #[test]
    fn a_forbidden_form_names_the_replacement() {
        let hit = first("cellule mere");
        assert_eq!(hit.kind, FormKind::Forbidden);
        assert_eq!(hit.form, "cellule mère");
        assert_eq!(hit.replacement(), Some("cellule souche"));
    }

    #[test]
    fn the_accentless_forbidden_form_typed_as_such_is_flagged() {
        let hit = first("Therapeutique dermatologique");
        assert_eq!(hit.kind, FormKind::Forbidden);
        assert_eq!(hit.replacement(), Some("thérapeutique dermatologique"));
        let hit = first("thérapeutique dermatologique");
        assert_eq!(
            (hit.quality, hit.kind),
            (Quality::Exact, FormKind::Preferred)
        );
    }

    #[test]
    fn variants_and_ids_match() {
        let hit = first("stem-cell");
        assert_eq!((hit.quality, hit.kind), (Quality::Exact, FormKind::Variant));
        assert_eq!(hit.concept.id, "cellule-souche");
        let hit = first("greffe-cutanee");
        assert_eq!(hit.concept.id, "greffe-cutanee");
    }

    #[test]
    fn typos_and_prefixes_are_forgiven() {
        let hit = first("keratinocite");
        assert_eq!(
            (hit.concept.id.as_str(), hit.quality),
            ("keratinocyte", Quality::Approximate)
        );
        let hit = first("cellulle souche");
        assert_eq!(hit.concept.id, "cellule-souche");
        let hit = first("kerat");
        assert_eq!(
            (hit.concept.id.as_str(), hit.quality),
            ("keratinocyte", Quality::Partial)
        );
        let hit = first("therap derm");
        assert_eq!(hit.concept.id, "therapeutique-dermatologique");
    }

    #[test]
    fn side_restricts_the_query_language() {
        let fr_only = Options {
            side: Some("fr".into()),
            ..options()
        };
        let outcome = search(&index(), "stem cell", &fr_only).unwrap();
        assert!(outcome.hits.is_empty(), "{:?}", ids(&outcome));
        let outcome = search(&index(), "cellule souche", &fr_only).unwrap();
        assert_eq!(outcome.hits[0].lang.as_deref(), Some("fr"));
    }

    #[test]
    fn definitions_are_searched_only_when_asked() {
        assert!(
            search(&index(), "undifferentiated", &options())
                .unwrap()
                .hits
                .is_empty()
        );
        let with = Options {
            definitions: true,
            ..options()
        };
        let outcome = search(&index(), "undifferentiated renew", &with).unwrap();
        assert_eq!(ids(&outcome), ["cellule-souche"]);
        assert_eq!(outcome.hits[0].quality, Quality::Definition);
    }

    #[test]
    fn nothing_found_suggests_close_forms() {
        let outcome = search(&index(), "keratynocyttes derma", &options()).unwrap();
        assert!(outcome.hits.is_empty());
        assert_eq!(
            outcome.suggestions.first().map(String::as_str),
            Some("keratinocyte")
        );
    }

    #[test]
    fn hostile_queries_find_nothing_quietly() {
        let index = index();
        for query in [
            "",
            "?!…",
            "«»",
            &"é".repeat(10_000),
            &"cellule ".repeat(2_000),
        ] {
            let outcome = search(&index, query, &options()).unwrap();
            assert!(outcome.hits.len() <= 10);
        }
        assert!(search(&index, "?!", &options()).unwrap().hits.is_empty());
    }

    proptest! {
        #[test]
        fn any_query_is_answered(query in "\\PC{0,30}") {
            let outcome = search(&index(), &query, &options()).unwrap();
            prop_assert!(outcome.hits.len() <= outcome.total);
        }
    }
}
