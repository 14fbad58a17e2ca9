//! gloss: terminology checking for translations.
//!
//! The pipeline, one module per stage:
//! [`glossary`] → [`index`] (compiled term index) → [`documents`] (source/target
//! segment pairs) → [`rules`] → [`findings`] → [`printers`].
//! [`cli`] is the edge: it reads arguments and configuration, runs the stages
//! and prints, in the user's language ([`i18n`]).

#![warn(missing_docs)]

pub mod baseline;
pub mod checker;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod documents;
pub mod edit;
pub mod exchange;
pub mod findings;
pub mod fix;
pub mod glossary;
pub mod glossary_diff;
pub mod i18n;
pub mod index;
pub mod lookup;
pub mod pages;
pub mod printers;
pub mod rules;
pub mod source;
pub mod text;
pub mod toml_syntax;
