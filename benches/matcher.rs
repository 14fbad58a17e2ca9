//! Criterion benches of the term engine on synthetic data (no corpus
//! needed): building the index for growing glossaries, and scanning French
//! text with a 10,000-term index. Whole runs on real data: `whole-run.sh`.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gloss::glossary::{Concept, Glossary, LangEntry};
use gloss::index::TermIndex;

/// A deterministic stream of pseudo-French words.
struct Words(u64);

impl Words {
    fn next_word(&mut self) -> String {
        const ONSETS: [&str; 12] = ["b", "c", "d", "f", "g", "l", "m", "p", "r", "s", "t", "v"];
        const NUCLEI: [&str; 8] = ["a", "e", "i", "o", "u", "é", "ou", "ai"];
        const CODAS: [&str; 8] = ["", "", "n", "r", "l", "tion", "que", "ment"];
        let syllables = 2 + self.pick(3);
        let mut word = String::new();
        for _ in 0..syllables {
            word.push_str(ONSETS[self.pick(ONSETS.len())]);
            word.push_str(NUCLEI[self.pick(NUCLEI.len())]);
        }
        word.push_str(CODAS[self.pick(CODAS.len())]);
        word
    }

    fn pick(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn glossary(terms: usize) -> Glossary {
    let mut words = Words(7);
    let concepts = (0..terms)
        .map(|i| {
            let length = 1 + words.pick(3);
            let phrase = |words: &mut Words| {
                (0..length)
                    .map(|_| words.next_word())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let mut languages = BTreeMap::new();
            languages.insert("en".to_owned(), LangEntry::preferred(phrase(&mut words)));
            let mut fr = LangEntry::preferred(phrase(&mut words));
            if i % 4 == 0 {
                fr.variants.push(phrase(&mut words));
            }
            if i % 7 == 0 {
                fr.forbidden.push(phrase(&mut words));
            }
            languages.insert("fr".to_owned(), fr);
            Concept {
                id: format!("t{i}"),
                languages,
                ..Concept::default()
            }
        })
        .collect();
    Glossary {
        concepts,
        ..Glossary::default()
    }
}

/// About `bytes` of French-like text that contains some glossary forms.
fn text(glossary: &Glossary, bytes: usize) -> String {
    let mut words = Words(11);
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        if words.pick(10) == 0 {
            let concept = &glossary.concepts[words.pick(glossary.concepts.len())];
            text.push_str(&concept.languages["fr"].term);
            text.push_str("s, l’");
        } else {
            text.push_str(&words.next_word());
            text.push(' ');
        }
    }
    text
}

fn index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_build");
    group.sample_size(10);
    for terms in [1_000, 10_000] {
        let glossary = glossary(terms);
        group.throughput(Throughput::Elements(terms as u64));
        group.bench_with_input(BenchmarkId::from_parameter(terms), &glossary, |b, g| {
            b.iter(|| TermIndex::build(black_box(g), "en", "fr"))
        });
    }
    group.finish();
}

fn scan(c: &mut Criterion) {
    let glossary = glossary(10_000);
    let index = TermIndex::build(&glossary, "en", "fr");
    let mut group = c.benchmark_group("scan_target_10000_terms");
    for bytes in [10_000, 100_000] {
        let text = text(&glossary, bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(bytes), &text, |b, text| {
            b.iter(|| index.scan_target(black_box(text)).matches.len())
        });
    }
    group.finish();
}

criterion_group!(benches, index_build, scan);
criterion_main!(benches);
