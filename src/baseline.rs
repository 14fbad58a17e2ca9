//! Baselines: today's findings recorded in a file, so that a years-old
//! translation can adopt gloss and be held to "no new finding" while the old
//! ones are paid off. Findings are recorded by fingerprint (rule, term,
//! file, segment id and variant, found and target text: see
//! [`fingerprints`]), never by line, so moving a message or editing others
//! keeps them. The file is JSON, sorted, one finding per line: its diffs are
//! reviewable.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::findings::{Finding, fingerprints};
use crate::printers::slash_path;

/// The version of the file's shape.
const VERSION: u32 = 1;

/// One recorded finding: the fingerprint, and what it was about for people
/// reading the file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// The file, `/`-separated.
    pub path: String,
    /// The segment id.
    pub segment: String,
    /// The rule id.
    pub rule: String,
    /// The glossary term id (empty for structural rules).
    pub term: String,
    /// The finding's fingerprint.
    pub fingerprint: String,
}

/// The file's shape.
#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// Why a baseline could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// The file could not be read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file is not a baseline written by gloss.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

/// A baseline read for `check --baseline`: which fingerprints to leave out,
/// and which of them were met (files are checked in parallel).
#[derive(Debug, Default)]
pub struct Baseline {
    fingerprints: HashSet<String>,
    met: Mutex<HashSet<String>>,
}

impl Baseline {
    /// Reads the baseline file at `path`.
    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let file: BaselineFile = serde_json::from_slice(&std::fs::read(path)?)?;
        Ok(Baseline {
            fingerprints: file.findings.into_iter().map(|e| e.fingerprint).collect(),
            met: Mutex::default(),
        })
    }

    /// Drops the findings of one file that the baseline records.
    pub fn filter(&self, findings: &mut Vec<Finding>) {
        let prints = fingerprints(findings);
        let mut met = self.met.lock().unwrap_or_else(PoisonError::into_inner);
        let keep: Vec<bool> = prints
            .iter()
            .map(|print| {
                let known = self.fingerprints.contains(print);
                if known {
                    met.insert(print.clone());
                }
                !known
            })
            .collect();
        let mut keep = keep.into_iter();
        findings.retain(|_| keep.next().unwrap_or(true));
    }

    /// Number of findings the baseline records.
    pub fn len(&self) -> usize {
        self.fingerprints.len()
    }

    /// Whether the baseline records no finding.
    pub fn is_empty(&self) -> bool {
        self.fingerprints.is_empty()
    }

    /// Recorded findings no longer found: fixed since the baseline was written.
    pub fn fixed(&self) -> usize {
        let met = self.met.lock().unwrap_or_else(PoisonError::into_inner);
        self.fingerprints.len() - met.len()
    }
}

/// The baseline file of the findings of some files (each slice one file),
/// sorted.
pub fn render<'a>(files: impl IntoIterator<Item = &'a [Finding]>) -> String {
    let mut entries: Vec<Entry> = files
        .into_iter()
        .flat_map(|findings| {
            findings
                .iter()
                .zip(fingerprints(findings))
                .map(|(finding, fingerprint)| Entry {
                    path: slash_path(&finding.path),
                    segment: finding.segment.clone(),
                    rule: finding.rule.to_owned(),
                    term: finding.term.clone(),
                    fingerprint,
                })
        })
        .collect();
    entries.sort();
    let mut out = format!("{{\n  \"version\": {VERSION},\n  \"findings\": [");
    for (position, entry) in entries.iter().enumerate() {
        out.push_str(if position == 0 { "\n    " } else { ",\n    " });
        out.push_str(&serde_json::to_string(entry).unwrap_or_default());
    }
    out.push_str(if entries.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}
