//! Term lookup: find a concept however a person types it.
//!
//! [`fold`] turns forms and queries into forgiving keys; [`index`] stores
//! every key of the glossary in fst maps; [`cache`] keeps the index beside the
//! glossary, keyed by a hash of its bytes; [`search`] ranks what a query
//! finds (with [`edits`] for misspellings); [`print`] renders the results for people or as JSON.

pub mod cache;
pub mod edits;
pub mod fold;
pub mod index;
pub mod print;
pub mod search;

pub use cache::{Origin, open};
pub use index::{FormKind, Index, IndexError};
pub use search::{Hit, Options, Outcome, Quality, search};
