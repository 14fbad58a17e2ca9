//! The check pipeline as one engine: document pairs in, each file's findings
//! out, in path order. The command line, `fix`, baselines and benchmarks all
//! call it; it knows nothing of terminals (printers turn its reports into
//! text).
//!
//! Files are read, checked and rendered in parallel, and handed over in a
//! deterministic order (by target path) as soon as the files before them are
//! done, with a bounded number of files in flight: memory does not grow with
//! the number of files, and the output is the same whatever the number of
//! threads or the order of the arguments.

mod ordered;

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::baseline::Baseline;
use crate::diagnostic::{Diagnostic, has_errors};
use crate::documents::fluent::compare;
use crate::documents::{self, Document, PairSpec, Read, ReadOptions};
use crate::findings::{Finding, Summary};
use crate::glossary::{self, Glossary, same_language};
use crate::index::TermIndex;
use crate::msg;
use crate::rules::terms::check_document;
use crate::rules::{RuleSettings, catalogue, pairs, structure, suppress};

/// One pair of documents to check, with the glossary files to check it against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// What to read.
    pub spec: PairSpec,
    /// The glossary files or directories.
    pub glossary: Vec<PathBuf>,
}

/// How to check: rule levels, reading options and the languages.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The severity of each rule, or off.
    pub rules: RuleSettings,
    /// How documents are read.
    pub read: ReadOptions,
    /// The source language; else the glossary's.
    pub source_language: Option<String>,
    /// The target language; else the glossary's first other language.
    pub target_language: Option<String>,
    /// Findings to leave out (`--baseline`).
    pub baseline: Option<Arc<Baseline>>,
    /// The share of the files to check (`--partition K/N`), for a CI matrix.
    pub partition: Option<Partition>,
}

/// One of `count` disjoint shares of the files to check: a file belongs to
/// the share its path hashes to, so the shares do not depend on the order or
/// number of the arguments, and together they are the whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// 1-based index of the share.
    pub index: u64,
    /// How many shares.
    pub count: u64,
}

impl Partition {
    /// Reads `K/N` with 1 ≤ K ≤ N.
    pub fn parse(text: &str) -> Option<Partition> {
        let (index, count) = text.split_once('/')?;
        let (index, count) = (index.trim().parse().ok()?, count.trim().parse().ok()?);
        (1..=count)
            .contains(&index)
            .then_some(Partition { index, count })
    }

    /// True when the file at `path` is in this share (a stable hash of the
    /// path as written, with `/` between its parts).
    pub fn holds(&self, path: &Path) -> bool {
        let parts: Vec<_> = path.iter().map(|part| part.to_string_lossy()).collect();
        let hash = xxhash_rust::xxh3::xxh3_64(parts.join("/").as_bytes());
        hash % self.count == self.index - 1
    }
}

/// What checking one target file gave.
#[derive(Debug)]
pub struct FileReport {
    /// The target file (or the pair's target path when nothing could be read).
    pub path: PathBuf,
    /// The document read; `None` when the file could not be read or does not
    /// exist (a source file without its target).
    pub document: Option<Document>,
    /// The findings, sorted by position.
    pub findings: Vec<Finding>,
    /// Problems met while reading (syntax errors, undecodable bytes…).
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    /// Adds this file's counts to `summary`.
    pub fn count(&self, summary: &mut Summary) {
        match &self.document {
            Some(document) => summary.add_file(document.segments.len(), &self.findings),
            None => summary.add_findings(&self.findings),
        }
    }

    /// True when reading met an error: the file was not wholly checked.
    pub fn has_input_errors(&self) -> bool {
        has_errors(&self.diagnostics)
    }

    fn failed(path: &Path, diagnostic: Diagnostic) -> Self {
        FileReport {
            path: path.to_owned(),
            document: None,
            findings: Vec::new(),
            diagnostics: vec![diagnostic],
        }
    }
}

/// A glossary compiled for checking: the term index and what the structural
/// checks need to know of it.
struct Compiled {
    paths: Vec<PathBuf>,
    index: TermIndex,
    glossary_terms: HashSet<String>,
    source_language: String,
    target_language: String,
}

impl Compiled {
    fn structure_options(&self) -> compare::Options<'_> {
        compare::Options {
            language: Some(&self.target_language),
            glossary_terms: Some(&self.glossary_terms),
        }
    }
}

/// The check engine: the pairs to check, each with its compiled glossary.
pub struct Checker {
    settings: Settings,
    glossaries: Vec<Compiled>,
    /// The pairs, without repeats, each with its index in `glossaries`.
    pairs: Vec<(PairSpec, usize)>,
}

/// What one worker reads and checks, in path order.
enum Unit {
    /// A pair read by the worker (a single file, or one file of a directory
    /// whose files are independent).
    Unread(PairSpec, usize),
    /// A document read beforehand, with its structural findings (Fluent
    /// directories: references resolve across the files of the pair).
    Read(Document, Vec<Finding>, usize),
    /// A source file without its target file.
    MissingFile(Box<Finding>),
    /// A pair that could not be read at all.
    Failed(PathBuf, Diagnostic),
}

impl Unit {
    fn path(&self) -> &Path {
        match self {
            Unit::Unread(spec, _) => &spec.target,
            Unit::Read(document, ..) => &document.target.path,
            Unit::MissingFile(finding) => &finding.path,
            Unit::Failed(path, _) => path,
        }
    }
}

impl Checker {
    /// Loads and compiles the glossaries of `pairs` (each once); a pair
    /// listed twice is checked once. `Err` when a glossary has errors or
    /// lacks the target language.
    pub fn new(pairs: Vec<Pair>, settings: Settings) -> Result<Self, Vec<Diagnostic>> {
        let mut checker = Checker {
            settings,
            glossaries: Vec::new(),
            pairs: Vec::new(),
        };
        for pair in pairs {
            let glossary = match checker
                .glossaries
                .iter()
                .position(|compiled| compiled.paths == pair.glossary)
            {
                Some(position) => position,
                None => {
                    let compiled = checker.compile(pair.glossary)?;
                    checker.glossaries.push(compiled);
                    checker.glossaries.len() - 1
                }
            };
            let entry = (pair.spec, glossary);
            if !checker.pairs.contains(&entry) {
                checker.pairs.push(entry);
            }
        }
        Ok(checker)
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn compile(&self, paths: Vec<PathBuf>) -> Result<Compiled, Vec<Diagnostic>> {
        let loaded = glossary::load(&paths);
        if has_errors(&loaded.diagnostics) {
            return Err(loaded.diagnostics);
        }
        let (source_language, target_language) = self.languages(&loaded.glossary)?;
        let index = TermIndex::build(&loaded.glossary, &source_language, &target_language);
        let glossary_terms = loaded
            .glossary
            .concepts
            .iter()
            .map(|c| c.id.clone())
            .collect();
        Ok(Compiled {
            paths,
            index,
            glossary_terms,
            source_language,
            target_language,
        })
    }

    /// The source and target languages: the settings', else the glossary's
    /// source language and its first other language. A target language the
    /// glossary has no form in is an error: nothing could ever be found.
    fn languages(&self, glossary: &Glossary) -> Result<(String, String), Vec<Diagnostic>> {
        let source = self
            .settings
            .source_language
            .clone()
            .or_else(|| glossary.source_language())
            .unwrap_or_else(|| "en".to_owned());
        let languages = glossary.languages();
        let target = self.settings.target_language.clone().or_else(|| {
            languages
                .iter()
                .find(|tag| !same_language(tag, &source))
                .cloned()
        });
        let Some(target) = target else {
            return Err(vec![
                Diagnostic::error(msg!("check-no-target-language"))
                    .with_help(msg!("help-target-language")),
            ]);
        };
        if !glossary.concepts.is_empty() && !languages.iter().any(|tag| same_language(tag, &target))
        {
            return Err(vec![
                Diagnostic::error(msg!(
                    "pipeline-no-target-forms",
                    language = target.as_str(),
                    languages = languages.join(", ")
                ))
                .with_help(msg!("pipeline-help-no-target-forms")),
            ]);
        }
        Ok((source, target))
    }

    /// Checks every pair and returns the reports in path order (for callers
    /// that keep them all: `fix`, baselines, tests).
    pub fn check_all(&self) -> Vec<FileReport> {
        let mut reports = Vec::new();
        self.run(
            std::io::sink(),
            b"",
            |_: &[FileReport], _: &mut dyn Write| Ok(()),
            |report| reports.push(report),
        )
        .ok();
        reports
    }

    /// Checks every pair in parallel. `render` writes the text of a few
    /// reports (one file, or a pair read as a whole) on the thread that
    /// checked them; their texts reach `out` in path order, `separator`
    /// between two non-empty texts. `deliver` receives each report, in the
    /// same order, once its text is written. Returns `out`, or the first
    /// write error.
    pub fn run<W, R, D>(
        &self,
        out: W,
        separator: &[u8],
        render: R,
        deliver: D,
    ) -> std::io::Result<W>
    where
        W: Write + Send,
        R: Fn(&[FileReport], &mut dyn Write) -> std::io::Result<()> + Sync,
        D: FnMut(FileReport) + Send,
    {
        let units = self.plan();
        let output = ordered::Ordered::new(out, separator, deliver);
        let window = 4 * rayon::current_num_threads().max(2);
        rayon::in_place_scope(|scope| {
            for (position, unit) in units.into_iter().enumerate() {
                output.wait_for_room(position, window);
                let (output, render) = (&output, &render);
                scope.spawn(move |_| {
                    let mut reports = self.check_unit(unit);
                    if let Some(baseline) = &self.settings.baseline {
                        for report in &mut reports {
                            baseline.filter(&mut report.findings);
                        }
                    }
                    let mut text = output.text_of(position);
                    let rendered = render(&reports, &mut text);
                    output.finish(position, text, reports, rendered);
                });
            }
        });
        output.into_inner()
    }

    /// The units of work, sorted by target path. Fluent directory pairs are
    /// read here (their structure needs all their files); everything else
    /// is read by the workers.
    fn plan(&self) -> Vec<Unit> {
        let mut units = Vec::new();
        for (spec, glossary) in &self.pairs {
            match documents::independent_targets(spec) {
                Some(Ok(targets)) => units.extend(targets.into_iter().map(|target| {
                    let spec = PairSpec {
                        source: None,
                        target,
                        format: spec.format,
                    };
                    Unit::Unread(spec, *glossary)
                })),
                Some(Err(diagnostic)) => units.push(Unit::Failed(spec.target.clone(), diagnostic)),
                None if spec.target.is_dir() => match documents::independent_pairs(spec) {
                    // Files read by the workers, one at a time: memory stays
                    // bounded whatever the size of the directories.
                    Some(pairs) => {
                        units.extend(pairs.into_iter().map(|pair| Unit::Unread(pair, *glossary)));
                        let options = self.glossaries[*glossary].structure_options();
                        let (_, missing) =
                            structure::check(&[], spec, &options, &self.settings.rules);
                        units.extend(missing.into_iter().map(|f| Unit::MissingFile(Box::new(f))));
                    }
                    None => self.read_whole(spec, *glossary, &mut units),
                },
                None => units.push(Unit::Unread(spec.clone(), *glossary)),
            }
        }
        units.sort_by(|a, b| a.path().cmp(b.path()));
        // A file given twice (itself and within its directory) is checked once.
        units.dedup_by(|a, b| match (a, b) {
            (Unit::Unread(a, a_glossary), Unit::Unread(b, b_glossary)) => {
                a == b && a_glossary == b_glossary
            }
            _ => false,
        });
        if let Some(partition) = self.settings.partition {
            units.retain(|unit| partition.holds(unit.path()));
        }
        units
    }

    fn read_whole(&self, spec: &PairSpec, glossary: usize, units: &mut Vec<Unit>) {
        match documents::read_with_structure(spec, &self.settings.read) {
            Ok(reads) => {
                let (per_read, missing) = self.structural_findings(reads, spec, glossary);
                units.extend(
                    per_read
                        .into_iter()
                        .map(|(document, found)| Unit::Read(document, found, glossary)),
                );
                units.extend(missing.into_iter().map(|f| Unit::MissingFile(Box::new(f))));
            }
            Err(diagnostic) => units.push(Unit::Failed(spec.target.clone(), diagnostic)),
        }
    }

    /// The findings of the structural rules (Fluent pairs, PO catalogues)
    /// of each read document, and those of source files without a target.
    fn structural_findings(
        &self,
        reads: Vec<Read>,
        spec: &PairSpec,
        glossary: usize,
    ) -> (Vec<(Document, Vec<Finding>)>, Vec<Finding>) {
        let options = self.glossaries[glossary].structure_options();
        let rules = &self.settings.rules;
        let (per_read, missing) = structure::check(&reads, spec, &options, rules);
        let documents = reads
            .into_iter()
            .zip(per_read)
            .map(|(read, mut found)| {
                found.extend(catalogue::check(&read, rules));
                (read.document, found)
            })
            .collect();
        (documents, missing)
    }

    /// Reads (when needed) and checks one unit.
    fn check_unit(&self, unit: Unit) -> Vec<FileReport> {
        match unit {
            Unit::Unread(spec, glossary) => {
                match documents::read_with_structure(&spec, &self.settings.read) {
                    Ok(reads) => {
                        let (per_read, missing) = self.structural_findings(reads, &spec, glossary);
                        let mut reports: Vec<FileReport> = per_read
                            .into_iter()
                            .map(|(document, found)| self.check_document(document, found, glossary))
                            .collect();
                        reports.extend(missing.into_iter().map(missing_file));
                        reports
                    }
                    Err(diagnostic) => vec![FileReport::failed(&spec.target, diagnostic)],
                }
            }
            Unit::Read(document, structural, glossary) => {
                vec![self.check_document(document, structural, glossary)]
            }
            Unit::MissingFile(finding) => vec![missing_file(*finding)],
            Unit::Failed(path, diagnostic) => vec![FileReport::failed(&path, diagnostic)],
        }
    }

    fn check_document(
        &self,
        mut document: Document,
        structural: Vec<Finding>,
        glossary: usize,
    ) -> FileReport {
        let compiled = &self.glossaries[glossary];
        document.honour_languages(&compiled.source_language, &compiled.target_language);
        let mut findings = check_document(&compiled.index, &document, &self.settings.rules);
        findings.extend(pairs::check_document(&document, &self.settings.rules));
        findings.extend(structural);
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        suppress::apply(&document, &mut findings, &self.settings.rules);
        let diagnostics = std::mem::take(&mut document.diagnostics);
        FileReport {
            path: document.target.path.clone(),
            document: Some(document),
            findings,
            diagnostics,
        }
    }
}

fn missing_file(finding: Finding) -> FileReport {
    FileReport {
        path: finding.path.clone(),
        document: None,
        findings: vec![finding],
        diagnostics: Vec::new(),
    }
}
