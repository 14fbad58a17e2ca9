//! Loading and validating a large glossary (`glossary::load`), the cost every
//! command pays. Measures the file named by `GLOSS_BENCH_GLOSSARY` (e.g. the
//! result of `benches/import.sh`), else a generated glossary of 32,000
//! concepts shaped like an imported dictionary.
//!
//! `cargo bench --bench glossary_load`

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};

fn generated(dir: &std::path::Path) -> PathBuf {
    let mut text = String::from("[glossary]\nlanguages = [\"en\", \"fr\"]\n");
    for i in 0..32_000 {
        text += &format!(
            "\n[terms.entry-{i}]\nen = \"entry {i}\"\n\n[terms.entry-{i}.fr]\nterm = \"entrée {i}\"\ngender = \"feminine\"\npos = \"noun\"\n"
        );
    }
    let path = dir.join("generated.toml");
    std::fs::write(&path, text).expect("the temporary directory is writable");
    path
}

fn load(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = std::env::var_os("GLOSS_BENCH_GLOSSARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| generated(dir.path()));
    let concepts = gloss::glossary::load(std::slice::from_ref(&path))
        .glossary
        .concepts
        .len();
    let mut group = c.benchmark_group("glossary");
    group.sample_size(10);
    group.bench_function(format!("load+validate {concepts} concepts"), |b| {
        b.iter(|| gloss::glossary::load(std::slice::from_ref(&path)))
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
