//! The lookup index: every word of every form and id of the glossary, and
//! every word of the definitions, under forgiving keys in two fst maps, with
//! the concepts stored beside them.
//!
//! The index is one byte string (written as is to the cache file). Reading it
//! back touches only what a query needs: the header, the maps it searches, the
//! posting lists of the keys it finds and the records of the concepts it
//! shows, so a lookup in a large glossary reads a small part of the file.
//!
//! Layout: a header (magic, format version, content hash, then offset and
//! length of each section), then the sections in [`Section`] order. Numbers
//! are little-endian. A posting list is a run of 12-byte [`FormRef`]s; a map
//! value is `offset << 32 | count` into its postings section.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::Path;

use fst::Map;
use serde::Serialize;

use super::fold::{fold, reduce_word};
use crate::glossary::{Concept, Glossary, same_language};

/// Bumped whenever the layout or the keys change, so that old caches are rebuilt.
pub const FORMAT_VERSION: u32 = 2;
const MAGIC: &[u8; 8] = b"GLOSSIDX";
const SECTIONS: usize = 7;
const HEADER_LEN: usize = 8 + 4 + 4 + 16 + SECTIONS * 16;
const POSTING_LEN: usize = 12;
/// The language byte of an id, which belongs to no language.
pub const NO_LANGUAGE: u8 = u8::MAX;

/// Why an index cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Reading the cache file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not an index of this version (truncated, damaged, older).
    #[error("not a gloss lookup index of format {FORMAT_VERSION}")]
    Corrupt,
}

/// What kind of form a key came from; the order is the ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    /// The preferred form.
    Preferred,
    /// An accepted variant.
    Variant,
    /// A forbidden form.
    Forbidden,
    /// The concept's id.
    Id,
    /// A word of a definition.
    Definition,
}

impl FormKind {
    const ALL: [FormKind; 5] = [
        FormKind::Preferred,
        FormKind::Variant,
        FormKind::Forbidden,
        FormKind::Id,
        FormKind::Definition,
    ];
}

/// One form of one concept, as a posting: which concept, which language,
/// which kind, which slot in its list, and its size (for ranking, and to
/// tell a whole-form match from a partial one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FormRef {
    /// Position of the concept in the glossary.
    pub concept: u32,
    /// Index into the index's languages, or [`NO_LANGUAGE`].
    pub lang: u8,
    /// Preferred, variant, forbidden, id or definition.
    pub kind: FormKind,
    /// Position in `variants` or `forbidden` (0 otherwise).
    pub slot: u16,
    /// Length in characters of the folded form (at most 2²⁴ − 1).
    pub chars: u32,
    /// Number of words of the folded form (at most 255).
    pub words: u8,
}

impl FormRef {
    fn encode(&self, out: &mut Vec<u8>) {
        let meta = (u32::from(self.lang) << 24) | ((self.kind as u32) << 16) | u32::from(self.slot);
        out.extend_from_slice(&self.concept.to_le_bytes());
        out.extend_from_slice(&meta.to_le_bytes());
        let size = (self.chars.min(0xFF_FFFF) << 8) | u32::from(self.words);
        out.extend_from_slice(&size.to_le_bytes());
    }

    fn decode(bytes: &[u8]) -> Option<FormRef> {
        let word = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap_or_default());
        let meta = word(4);
        let size = word(8);
        Some(FormRef {
            concept: word(0),
            lang: (meta >> 24) as u8,
            kind: *FormKind::ALL.get(((meta >> 16) & 0xFF) as usize)?,
            slot: (meta & 0xFFFF) as u16,
            chars: size >> 8,
            words: (size & 0xFF) as u8,
        })
    }
}

/// The keyed maps of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// Reduced words of the forms and ids.
    Words,
    /// Reduced words of the definitions.
    Definitions,
}

impl Keys {
    const ALL: [Keys; 2] = [Keys::Words, Keys::Definitions];

    fn map_section(self) -> usize {
        1 + 2 * self as usize
    }

    fn postings_section(self) -> usize {
        2 + 2 * self as usize
    }
}

/// Section numbers: languages, (map, postings) per [`Keys`], record offsets, records.
struct Section;

impl Section {
    const LANGUAGES: usize = 0;
    const RECORD_OFFSETS: usize = 5;
    const RECORDS: usize = 6;
}

/// Builds the index of a glossary, stamped with the content `hash` it stands for.
pub fn build(glossary: &Glossary, hash: u128) -> Vec<u8> {
    let languages = index_languages(glossary);
    let mut keyed = KeyedPostings::default();
    let mut records = Vec::new();
    let mut record_offsets = Vec::with_capacity((glossary.concepts.len() + 1) * 8);
    for (position, concept) in glossary.concepts.iter().enumerate() {
        let at = u32::try_from(position).unwrap_or(u32::MAX);
        keyed.add_form(at, &concept.id, NO_LANGUAGE, FormKind::Id, 0);
        for (tag, entry) in &concept.languages {
            let lang = language_byte(&languages, tag);
            keyed.add_form(at, &entry.term, lang, FormKind::Preferred, 0);
            for (slot, variant) in entry.variants.iter().enumerate() {
                keyed.add_form(at, variant, lang, FormKind::Variant, slot);
            }
            for (slot, forbidden) in entry.forbidden.iter().enumerate() {
                keyed.add_form(at, forbidden, lang, FormKind::Forbidden, slot);
            }
            if let Some(definition) = &entry.definition {
                keyed.add_definition(at, lang, definition);
            }
        }
        record_offsets.extend_from_slice(&(records.len() as u64).to_le_bytes());
        serde_json::to_writer(&mut records, concept).expect("a concept serialises to JSON");
    }
    record_offsets.extend_from_slice(&(records.len() as u64).to_le_bytes());

    let mut sections: Vec<Vec<u8>> = vec![Vec::new(); SECTIONS];
    sections[Section::LANGUAGES] = serde_json::to_vec(&languages).expect("strings serialise");
    for (keys, map) in Keys::ALL.into_iter().zip(keyed.maps) {
        let (fst, postings) = write_map(map);
        sections[keys.map_section()] = fst;
        sections[keys.postings_section()] = postings;
    }
    sections[Section::RECORD_OFFSETS] = record_offsets;
    sections[Section::RECORDS] = records;

    let mut out = Vec::with_capacity(HEADER_LEN + sections.iter().map(Vec::len).sum::<usize>());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(SECTIONS as u32).to_le_bytes());
    out.extend_from_slice(&hash.to_le_bytes());
    let mut offset = HEADER_LEN as u64;
    for section in &sections {
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(&(section.len() as u64).to_le_bytes());
        offset += section.len() as u64;
    }
    for section in sections {
        out.extend_from_slice(&section);
    }
    out
}

/// Posting lists by key, for each of the four maps, while building.
#[derive(Default)]
struct KeyedPostings {
    maps: [HashMap<String, Vec<FormRef>>; 2],
}

impl KeyedPostings {
    fn push(&mut self, keys: Keys, key: String, posting: FormRef) {
        self.maps[keys as usize]
            .entry(key)
            .or_default()
            .push(posting);
    }

    /// Each word of a form, under its reduced key.
    fn add_form(&mut self, concept: u32, form: &str, lang: u8, kind: FormKind, slot: usize) {
        let folded = fold(form);
        if folded.is_empty() {
            return;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let posting = FormRef {
            concept,
            lang,
            kind,
            slot: u16::try_from(slot).unwrap_or(u16::MAX),
            chars: u32::try_from(folded.chars().count()).unwrap_or(u32::MAX),
            words: u8::try_from(words.len()).unwrap_or(u8::MAX),
        };
        for word in words {
            self.push(Keys::Words, reduce_word(word), posting);
        }
    }

    /// Each word of a definition.
    fn add_definition(&mut self, concept: u32, lang: u8, definition: &str) {
        let posting = FormRef {
            concept,
            lang,
            kind: FormKind::Definition,
            slot: 0,
            chars: 0,
            words: 0,
        };
        for word in fold(definition).split(' ').filter(|w| !w.is_empty()) {
            self.push(Keys::Definitions, reduce_word(word), posting);
        }
    }
}

/// The declared languages, then any other tag used, so every entry has a byte.
fn index_languages(glossary: &Glossary) -> Vec<String> {
    let mut languages = glossary.languages();
    for tag in glossary.concepts.iter().flat_map(|c| c.languages.keys()) {
        if !languages.contains(tag) {
            languages.push(tag.clone());
        }
    }
    languages.truncate(usize::from(NO_LANGUAGE));
    languages
}

fn language_byte(languages: &[String], tag: &str) -> u8 {
    languages
        .iter()
        .position(|l| l == tag)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(NO_LANGUAGE)
}

/// An fst map from sorted keys to posting lists, and the postings bytes.
fn write_map(map: HashMap<String, Vec<FormRef>>) -> (Vec<u8>, Vec<u8>) {
    let mut entries: Vec<(String, Vec<FormRef>)> = map.into_iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut builder = fst::MapBuilder::memory();
    let mut postings = Vec::new();
    for (key, mut refs) in entries {
        refs.sort_unstable();
        refs.dedup();
        let value = ((postings.len() as u64) << 32) | refs.len() as u64;
        for posting in &refs {
            posting.encode(&mut postings);
        }
        builder
            .insert(key.as_bytes(), value)
            .expect("keys are inserted sorted and unique");
    }
    let fst = builder.into_inner().expect("writing to memory cannot fail");
    (fst, postings)
}

/// Where the index bytes are: in memory (just built) or in the cache file.
enum Storage {
    Memory(Vec<u8>),
    File(File),
}

impl Storage {
    fn read(&self, range: Range<u64>) -> Result<Vec<u8>, IndexError> {
        match self {
            Storage::Memory(bytes) => {
                let start = usize::try_from(range.start).map_err(|_| IndexError::Corrupt)?;
                let end = usize::try_from(range.end).map_err(|_| IndexError::Corrupt)?;
                bytes
                    .get(start..end)
                    .map(<[u8]>::to_vec)
                    .ok_or(IndexError::Corrupt)
            }
            Storage::File(file) => {
                let len =
                    usize::try_from(range.end - range.start).map_err(|_| IndexError::Corrupt)?;
                let mut buffer = vec![0; len];
                let mut file = file;
                file.seek(SeekFrom::Start(range.start))?;
                file.read_exact(&mut buffer)?;
                Ok(buffer)
            }
        }
    }
}

/// A readable index, from memory or from the cache file.
pub struct Index {
    storage: Storage,
    hash: u128,
    sections: Vec<Range<u64>>,
    languages: Vec<String>,
    maps: [OnceCell<Map<Vec<u8>>>; 2],
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("languages", &self.languages)
            .field("concepts", &self.len())
            .finish()
    }
}

impl Index {
    /// Reads an index held in memory (as returned by [`build`]).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Index, IndexError> {
        let header = bytes.get(..HEADER_LEN).ok_or(IndexError::Corrupt)?.to_vec();
        let size = bytes.len() as u64;
        Index::with_header(Storage::Memory(bytes), &header, size)
    }

    /// Opens an index file, reading only its header and language list.
    pub fn open(path: &Path) -> Result<Index, IndexError> {
        let mut file = File::open(path)?;
        let size = file.metadata()?.len();
        let mut header = vec![0; HEADER_LEN];
        file.read_exact(&mut header)
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::UnexpectedEof => IndexError::Corrupt,
                _ => IndexError::Io(error),
            })?;
        Index::with_header(Storage::File(file), &header, size)
    }

    fn with_header(storage: Storage, header: &[u8], size: u64) -> Result<Index, IndexError> {
        let u32_at = |i: usize| u32::from_le_bytes(header[i..i + 4].try_into().unwrap_or_default());
        let u64_at = |i: usize| u64::from_le_bytes(header[i..i + 8].try_into().unwrap_or_default());
        if &header[..8] != MAGIC || u32_at(8) != FORMAT_VERSION || u32_at(12) as usize != SECTIONS {
            return Err(IndexError::Corrupt);
        }
        let hash = u128::from_le_bytes(header[16..32].try_into().unwrap_or_default());
        let mut sections = Vec::with_capacity(SECTIONS);
        for n in 0..SECTIONS {
            let start = u64_at(32 + n * 16);
            let end = start
                .checked_add(u64_at(40 + n * 16))
                .filter(|end| *end <= size)
                .ok_or(IndexError::Corrupt)?;
            sections.push(start..end);
        }
        let languages_bytes = storage.read(sections[Section::LANGUAGES].clone())?;
        let languages =
            serde_json::from_slice(&languages_bytes).map_err(|_| IndexError::Corrupt)?;
        Ok(Index {
            storage,
            hash,
            sections,
            languages,
            maps: Default::default(),
        })
    }

    /// The content hash the index was built for.
    pub fn hash(&self) -> u128 {
        self.hash
    }

    /// How many concepts the index holds.
    pub fn len(&self) -> usize {
        let offsets = &self.sections[Section::RECORD_OFFSETS];
        ((offsets.end - offsets.start) / 8).saturating_sub(1) as usize
    }

    /// True when the glossary had no concept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The language tag of a posting's language byte.
    pub fn language(&self, lang: u8) -> Option<&str> {
        self.languages.get(usize::from(lang)).map(String::as_str)
    }

    /// The language bytes that `tag` designates (`fr` designates `fr-CA` too).
    pub fn language_bytes(&self, tag: &str) -> Vec<u8> {
        self.languages
            .iter()
            .enumerate()
            .filter(|(_, l)| same_language(l, tag))
            .filter_map(|(i, _)| u8::try_from(i).ok())
            .collect()
    }

    /// One of the keyed maps, read on first use.
    pub fn map(&self, keys: Keys) -> Result<&Map<Vec<u8>>, IndexError> {
        let cell = &self.maps[keys as usize];
        if let Some(map) = cell.get() {
            return Ok(map);
        }
        let bytes = self
            .storage
            .read(self.sections[keys.map_section()].clone())?;
        let map = Map::new(bytes).map_err(|_| IndexError::Corrupt)?;
        Ok(cell.get_or_init(|| map))
    }

    /// The posting list behind a map value.
    pub fn postings(&self, keys: Keys, value: u64) -> Result<Vec<FormRef>, IndexError> {
        self.postings_of_many(keys, &[value])
    }

    /// The posting lists behind several map values, read at once: meant for
    /// neighbouring keys (a prefix), whose lists are neighbours in the file.
    pub fn postings_of_many(&self, keys: Keys, values: &[u64]) -> Result<Vec<FormRef>, IndexError> {
        let section = &self.sections[keys.postings_section()];
        let bounds = |value: u64| {
            let start = value >> 32;
            (start, start + (value & 0xFFFF_FFFF) * POSTING_LEN as u64)
        };
        let Some(first) = values.iter().map(|v| bounds(*v).0).min() else {
            return Ok(Vec::new());
        };
        let last = values.iter().map(|v| bounds(*v).1).max().unwrap_or(first);
        if section.start + last > section.end {
            return Err(IndexError::Corrupt);
        }
        let bytes = self
            .storage
            .read(section.start + first..section.start + last)?;
        let mut postings = Vec::new();
        for value in values {
            let (start, end) = bounds(*value);
            let slice = &bytes[(start - first) as usize..(end - first) as usize];
            for chunk in slice.chunks_exact(POSTING_LEN) {
                postings.push(FormRef::decode(chunk).ok_or(IndexError::Corrupt)?);
            }
        }
        Ok(postings)
    }

    /// The concept at a position.
    pub fn concept(&self, concept: u32) -> Result<Concept, IndexError> {
        let offsets = &self.sections[Section::RECORD_OFFSETS];
        let at = offsets.start + u64::from(concept) * 8;
        if at + 16 > offsets.end {
            return Err(IndexError::Corrupt);
        }
        let pair = self.storage.read(at..at + 16)?;
        let start = u64::from_le_bytes(pair[..8].try_into().unwrap_or_default());
        let end = u64::from_le_bytes(pair[8..].try_into().unwrap_or_default());
        let records = &self.sections[Section::RECORDS];
        if start > end || records.start + end > records.end {
            return Err(IndexError::Corrupt);
        }
        let bytes = self
            .storage
            .read(records.start + start..records.start + end)?;
        serde_json::from_slice(&bytes).map_err(|_| IndexError::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load_str;

    fn sample() -> Glossary {
        let loaded = load_str(
            "g.toml",
            r#"
[terms.cellule-souche]
domain = "biology"
en = { term = "stem cell", variants = ["stem-cell"] }
fr = { term = "cellule souche", forbidden = ["cellule mère"], definition = "Cellule capable de se renouveler." }
"#,
        );
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        loaded.glossary
    }

    #[test]
    fn round_trip_through_bytes_and_file() {
        let bytes = build(&sample(), 42);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        std::fs::write(&path, &bytes).unwrap();
        for index in [
            Index::from_bytes(bytes).unwrap(),
            Index::open(&path).unwrap(),
        ] {
            assert_eq!(index.hash(), 42);
            assert_eq!(index.len(), 1);
            let words = index.map(Keys::Words).unwrap();
            let value = words
                .get("mer")
                .expect("reduced word of the forbidden form");
            let postings = index.postings(Keys::Words, value).unwrap();
            assert_eq!(postings.len(), 1);
            assert_eq!(postings[0].kind, FormKind::Forbidden);
            assert_eq!((postings[0].words, postings[0].chars), (2, 12));
            assert_eq!(index.language(postings[0].lang), Some("fr"));
            let value = words.get("cellul").expect("a word shared by three forms");
            assert_eq!(index.postings(Keys::Words, value).unwrap().len(), 3);
            assert!(
                index
                    .map(Keys::Definitions)
                    .unwrap()
                    .get("renouveler")
                    .is_some()
            );
            assert_eq!(index.concept(0).unwrap().id, "cellule-souche");
            assert!(index.concept(1).is_err());
        }
    }

    #[test]
    fn damaged_bytes_are_rejected_not_trusted() {
        let bytes = build(&sample(), 1);
        assert!(matches!(
            Index::from_bytes(bytes[..bytes.len() / 2].to_vec()),
            Err(IndexError::Corrupt)
        ));
        assert!(Index::from_bytes(b"GLOSSIDX".to_vec()).is_err());
        let mut wrong_version = bytes.clone();
        wrong_version[8] ^= 0xFF;
        assert!(Index::from_bytes(wrong_version).is_err());
    }

    #[test]
    fn empty_glossary_gives_an_empty_index() {
        let index = Index::from_bytes(build(&Glossary::default(), 0)).unwrap();
        assert!(index.is_empty());
        assert!(index.map(Keys::Words).unwrap().is_empty());
    }
}
