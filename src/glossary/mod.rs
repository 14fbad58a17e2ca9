//! The glossary: the model, reading it from TOML with validation, and writing it.
//!
//! First stage of the pipeline: glossary → term index → documents → rules →
//! findings → printers.

mod load;
mod model;
mod validate;
mod write;

pub use load::{
    ConceptSource, LoadedGlossary, did_you_mean, glossary_files, is_fluent_identifier, load,
    load_str, load_texts, suggest_id,
};
pub use model::{
    Concept, EntryField, Gender, Glossary, Header, LangEntry, PartOfSpeech, same_language,
};
pub use validate::language_without_forms;
pub use write::{concept_table, entry_item, to_toml, variant_array};
