//! Criterion benches of the term rules on segments built to expose
//! super-linear paths: one segment with many findings of one term, one
//! segment using many nested terms, one segment missing many distinct
//! terms, and many terms sharing a prefix. Each is measured at growing
//! sizes: time per size must grow linearly (criterion's report shows it).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gloss::documents::{Segment, SegmentText};
use gloss::glossary;
use gloss::index::TermIndex;
use gloss::rules::RuleSettings;
use gloss::rules::terms::check_segment;

const SIZES: [usize; 3] = [1_000, 5_000, 20_000];

fn index(toml: &str) -> TermIndex {
    let loaded = glossary::load_str("bench.toml", toml);
    TermIndex::build(&loaded.glossary, "en", "fr")
}

fn text(text: String) -> SegmentText {
    SegmentText {
        text,
        term_refs: Vec::new(),
        offsets: vec![(0, 0)],
    }
}

fn segment(source: String, target: String) -> Segment {
    Segment {
        id: "m".to_owned(),
        variant: None,
        source: text(source),
        target: text(target),
    }
}

fn bench(c: &mut Criterion, name: &str, index: &TermIndex, make: impl Fn(usize) -> Segment) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    let settings = RuleSettings::default();
    for size in SIZES {
        let segment = make(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &segment, |b, segment| {
            b.iter(|| check_segment(index, black_box(segment), &settings).len());
        });
    }
    group.finish();
}

/// `n` × *cellules mères* (forbidden) for `n` × *stem cells*: n findings.
fn repeated_forbidden_form(c: &mut Criterion) {
    let index = index(
        "[terms.cellule-souche.en]\nterm = \"stem cell\"\n[terms.cellule-souche.fr]\nterm = \"cellule souche\"\nforbidden = [\"cellule mère\"]\n",
    );
    bench(c, "check/repeated-forbidden-form", &index, |n| {
        segment("stem cells ".repeat(n), "cellules mères, ".repeat(n))
    });
}

/// `n` uses of a term holding another (nested accounting), both missing.
fn repeated_nested_terms(c: &mut Criterion) {
    let index = index(
        "[terms.facteur.en]\nterm = \"growth factor\"\n[terms.facteur.fr]\nterm = \"facteur de croissance\"\n\n[terms.pdgf.en]\nterm = \"platelet-derived growth factor\"\n[terms.pdgf.fr]\nterm = \"facteur de croissance dérivé des plaquettes\"\nvariants = [\"PDGF\"]\n",
    );
    bench(c, "check/repeated-nested-terms", &index, |n| {
        segment(
            "platelet-derived growth factor, ".repeat(n),
            "facteur plaquettaire, ".repeat(n),
        )
    });
}

/// A glossary of `SIZES[2]` terms sharing their first word, all used in
/// the source and missing from a target that nearly spells each of them.
fn many_missing_terms_sharing_a_prefix(c: &mut Criterion) {
    let count = SIZES[2];
    let word = |i: usize| {
        let mut word = String::from("cel");
        let mut n = i;
        loop {
            word.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                break;
            }
        }
        word
    };
    let mut toml = String::new();
    for i in 0..count {
        let w = word(i);
        toml.push_str(&format!(
            "[terms.t{i}.en]\nterm = \"stem {w}\"\n[terms.t{i}.fr]\nterm = \"cellule {w}é\"\n\n"
        ));
    }
    let index = index(&toml);
    bench(c, "check/missing-terms-sharing-a-prefix", &index, |n| {
        let source: Vec<String> = (0..n).map(|i| format!("stem {}", word(i))).collect();
        let target: Vec<String> = (0..n).map(|i| format!("CELLULE {}E", word(i))).collect();
        segment(source.join(", "), target.join(", "))
    });
}

criterion_group!(
    benches,
    repeated_forbidden_form,
    repeated_nested_terms,
    many_missing_terms_sharing_a_prefix
);
criterion_main!(benches);
