//! Finding and ranking: a query is tried as an exact form, an inflected form,
//! a run of word prefixes, an approximate spelling and (when asked) as words
//! of definitions; each concept keeps its best match and concepts are ranked
//! by it.

use std::collections::HashMap;

use fst::automaton::{Levenshtein, Str};
use fst::{Automaton, IntoStreamer, Streamer};
use serde::Serialize;

use super::fold::{fold, reduce_folded, reduce_word};
use super::index::{FormKind, FormRef, Index, IndexError, Keys};
use crate::glossary::Concept;

/// Past this many characters (after folding) a query is only looked up
/// whole: approximate matching would cost more than it could find.
const MAX_APPROXIMATE_CHARS: usize = 48;
/// Past this many words a query is only looked up whole.
const MAX_QUERY_WORDS: usize = 8;
/// Keys a word prefix may expand to; a shorter prefix than that says too little.
const MAX_PREFIX_KEYS: usize = 2_000;
/// Forms gathered for "did you mean".
const MAX_SUGGESTION_CANDIDATES: usize = 200;
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
    /// The same form up to plural or feminine endings.
    Inflected,
    /// Every word of the query starts a word of the form.
    Partial,
    /// The form is one or two edits away.
    Approximate,
    /// Every word of the query is in a definition.
    Definition,
}

/// One concept found, with the form that matched best.
#[derive(Debug, Clone, Serialize)]
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
    /// Edits between query and form (approximate matches), or words matched
    /// only by their beginning (partial matches).
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
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outcome {
    /// The best concepts, best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// How many concepts matched in all.
    pub total: usize,
    /// Forms close to the query, when nothing matched.
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    quality: Quality,
    kind: FormKind,
    distance: u32,
    length_gap: u32,
    concept: u32,
}

/// The best match so far of each concept.
struct Candidates<'a> {
    index: &'a Index,
    side: Option<Vec<u8>>,
    query_chars: u32,
    best: HashMap<u32, (Rank, FormRef)>,
}

impl Candidates<'_> {
    fn allows(&self, posting: &FormRef) -> bool {
        posting.kind == FormKind::Id
            || self
                .side
                .as_ref()
                .is_none_or(|side| side.contains(&posting.lang))
    }

    fn offer(&mut self, quality: Quality, posting: FormRef, distance: u32) {
        if !self.allows(&posting) {
            return;
        }
        let rank = Rank {
            quality,
            kind: posting.kind,
            distance,
            length_gap: posting.chars.abs_diff(self.query_chars),
            concept: posting.concept,
        };
        self.best
            .entry(posting.concept)
            .and_modify(|best| {
                if rank < best.0 {
                    *best = (rank, posting);
                }
            })
            .or_insert((rank, posting));
    }

    fn offer_key(&mut self, keys: Keys, key: &[u8], quality: Quality) -> Result<(), IndexError> {
        if let Some(value) = self.index.map(keys)?.get(key) {
            for posting in self.index.postings(keys, value)? {
                self.offer(quality, posting, 0);
            }
        }
        Ok(())
    }
}

/// Searches the index for `query`.
pub fn search(index: &Index, query: &str, options: &Options) -> Result<Outcome, IndexError> {
    let folded = fold(query);
    if folded.is_empty() {
        return Ok(Outcome::default());
    }
    let reduced = reduce_folded(&folded);
    let side = options.side.as_deref().map(|tag| index.language_bytes(tag));
    let mut candidates = Candidates {
        index,
        side,
        query_chars: u32::try_from(folded.chars().count()).unwrap_or(u32::MAX),
        best: HashMap::new(),
    };
    candidates.offer_key(Keys::Forms, folded.as_bytes(), Quality::Exact)?;
    candidates.offer_key(Keys::Reduced, reduced.as_bytes(), Quality::Inflected)?;
    let words: Vec<&str> = folded.split(' ').collect();
    if words.len() <= MAX_QUERY_WORDS {
        partial(&mut candidates, &words)?;
        if options.definitions {
            definitions(&mut candidates, &words)?;
        }
    }
    approximate(&mut candidates, &reduced)?;

    let mut ranked: Vec<(Rank, FormRef)> = candidates.best.into_values().collect();
    ranked.sort_unstable_by_key(|(rank, _)| *rank);
    let total = ranked.len();
    let hits = ranked
        .into_iter()
        .take(options.limit)
        .map(|(rank, posting)| hit(index, rank, posting))
        .collect::<Result<Vec<_>, _>>()?;
    let suggestions = if total == 0 {
        suggestions(index, &folded, options)?
    } else {
        Vec::new()
    };
    Ok(Outcome {
        hits,
        total,
        suggestions,
    })
}

fn hit(index: &Index, rank: Rank, posting: FormRef) -> Result<Hit, IndexError> {
    let concept = index.concept(posting.concept)?;
    let lang = index.language(posting.lang).map(str::to_owned);
    let form = form_text(&concept, lang.as_deref(), posting).ok_or(IndexError::Corrupt)?;
    Ok(Hit {
        concept,
        quality: rank.quality,
        kind: rank.kind,
        lang,
        form,
        distance: rank.distance,
    })
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

/// Forms whose words start with the query's words, in any order: each query
/// word matches a word of the form whole (inflection ignored) or as its
/// beginning.
fn partial(candidates: &mut Candidates, words: &[&str]) -> Result<(), IndexError> {
    let index = candidates.index;
    let map = index.map(Keys::Words)?;
    // Per form: how many query words matched it only as a prefix.
    let mut surviving: Option<HashMap<FormRef, u32>> = None;
    for word in words {
        let mut matched: HashMap<FormRef, u32> = HashMap::new();
        if let Some(value) = map.get(reduce_word(word)) {
            for posting in index.postings(Keys::Words, value)? {
                matched.insert(posting, 0);
            }
        }
        if word.chars().count() >= 2 {
            let mut stream = map.search(Str::new(word).starts_with()).into_stream();
            let mut keys = 0;
            while let Some((_, value)) = stream.next() {
                keys += 1;
                if keys > MAX_PREFIX_KEYS {
                    break;
                }
                for posting in index.postings(Keys::Words, value)? {
                    matched.entry(posting).or_insert(1);
                }
            }
        }
        surviving = Some(match surviving {
            None => matched,
            Some(previous) => previous
                .into_iter()
                .filter_map(|(posting, misses)| {
                    matched.get(&posting).map(|more| (posting, misses + more))
                })
                .collect(),
        });
    }
    for (posting, misses) in surviving.unwrap_or_default() {
        candidates.offer(Quality::Partial, posting, misses);
    }
    Ok(())
}

/// Concepts whose definition (in an allowed language) has every query word.
fn definitions(candidates: &mut Candidates, words: &[&str]) -> Result<(), IndexError> {
    let index = candidates.index;
    let map = index.map(Keys::Definitions)?;
    let mut surviving: Option<Vec<FormRef>> = None;
    for word in words {
        let found = match map.get(reduce_word(word)) {
            Some(value) => index.postings(Keys::Definitions, value)?,
            None => Vec::new(),
        };
        surviving = Some(match surviving {
            None => found,
            Some(previous) => previous
                .into_iter()
                .filter(|posting| found.contains(posting))
                .collect(),
        });
    }
    for posting in surviving.unwrap_or_default() {
        candidates.offer(Quality::Definition, posting, 0);
    }
    Ok(())
}

/// How many edits a query of this length may carry.
fn allowed_edits(chars: usize) -> u32 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whole forms within one or two edits of the query (inflection ignored).
fn approximate(candidates: &mut Candidates, reduced: &str) -> Result<(), IndexError> {
    let chars = reduced.chars().count();
    let edits = allowed_edits(chars);
    if edits == 0 || chars > MAX_APPROXIMATE_CHARS {
        return Ok(());
    }
    let index = candidates.index;
    let Ok(automaton) = Levenshtein::new(reduced, edits) else {
        return Ok(());
    };
    let mut stream = index.map(Keys::Reduced)?.search(&automaton).into_stream();
    while let Some((key, value)) = stream.next() {
        let key = String::from_utf8_lossy(key);
        let distance = u32::try_from(strsim::levenshtein(reduced, &key)).unwrap_or(u32::MAX);
        if distance == 0 {
            continue;
        }
        for posting in index.postings(Keys::Reduced, value)? {
            candidates.offer(Quality::Approximate, posting, distance);
        }
    }
    Ok(())
}

/// Forms sharing the most words with the query, each word allowed up to two
/// edits, closest first: the "did you mean" of a search that found nothing.
fn suggestions(index: &Index, folded: &str, options: &Options) -> Result<Vec<String>, IndexError> {
    let words: Vec<String> = folded
        .split(' ')
        .take(MAX_QUERY_WORDS)
        .map(reduce_word)
        .filter(|w| w.chars().count() <= MAX_APPROXIMATE_CHARS)
        .collect();
    let side = options.side.as_deref().map(|tag| index.language_bytes(tag));
    let map = index.map(Keys::Words)?;
    let mut shared: HashMap<FormRef, u32> = HashMap::new();
    for word in &words {
        let edits = allowed_edits(word.chars().count()).max(1);
        let Ok(automaton) = Levenshtein::new(word, edits) else {
            continue;
        };
        let mut stream = map.search(&automaton).into_stream();
        while let Some((_, value)) = stream.next() {
            for posting in index.postings(Keys::Words, value)? {
                if side.as_ref().is_none_or(|side| side.contains(&posting.lang)) {
                    *shared.entry(posting).or_default() += 1;
                }
            }
            if shared.len() > MAX_SUGGESTION_CANDIDATES * 10 {
                break;
            }
        }
    }
    let mut forms: Vec<(FormRef, u32)> = shared.into_iter().collect();
    forms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    forms.truncate(MAX_SUGGESTION_CANDIDATES);
    let mut scored: Vec<(f64, String)> = Vec::new();
    for (posting, _) in forms {
        let concept = index.concept(posting.concept)?;
        let lang = index.language(posting.lang);
        let Some(form) = form_text(&concept, lang, posting) else {
            continue;
        };
        let score = strsim::normalized_levenshtein(folded, &fold(&form));
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
fr = "thérapeutique dermatologique"

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
        outcome.hits.into_iter().next().unwrap_or_else(|| panic!("nothing for {query}"))
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
    fn variants_and_ids_match() {
        let hit = first("stem-cell");
        assert_eq!((hit.quality, hit.kind), (Quality::Exact, FormKind::Preferred));
        let hit = first("greffe-cutanee");
        assert_eq!(hit.concept.id, "greffe-cutanee");
    }

    #[test]
    fn typos_and_prefixes_are_forgiven() {
        let hit = first("keratinocite");
        assert_eq!((hit.concept.id.as_str(), hit.quality), ("keratinocyte", Quality::Approximate));
        let hit = first("cellulle souche");
        assert_eq!(hit.concept.id, "cellule-souche");
        let hit = first("kerat");
        assert_eq!((hit.concept.id.as_str(), hit.quality), ("keratinocyte", Quality::Partial));
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
        assert!(search(&index(), "undifferentiated", &options()).unwrap().hits.is_empty());
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
        assert_eq!(outcome.suggestions.first().map(String::as_str), Some("keratinocyte"));
    }

    #[test]
    fn hostile_queries_find_nothing_quietly() {
        let index = index();
        for query in ["", "?!…", "«»", &"é".repeat(10_000), &"cellule ".repeat(2_000)] {
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
