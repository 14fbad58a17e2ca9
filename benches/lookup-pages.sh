#!/bin/sh
# Lookup latency and site generation on a 100,000-concept glossary, with
# hyperfine. Results go to target/bench/large/*.md (copy them to BENCHMARKS.md).
#
# Usage: sh benches/lookup-pages.sh [TERMBASE_DIR]
#   TERMBASE_DIR: the termbase/ folder of the evaluation data (default
#   target/corpora/termbase, made by get-eval-data.sh target/corpora).
# Needs: python3, hyperfine (apt-get install hyperfine).
set -eu
cd "$(dirname "$0")/.."
TERMBASE=${1:-target/corpora/termbase}
WORK=target/bench/large
G=$WORK/glossary.toml
BIN=target/release/gloss

cargo build --release --quiet
rm -rf "$WORK"
python3 benches/make-large-glossary.py "$TERMBASE" "$G" 100000
echo "glossary: $(wc -c < "$G") bytes"

# Cached lookups: the first call builds the index beside the glossary.
"$BIN" --glossary "$G" lookup cholera > /dev/null
echo "index: $(du -b "$WORK"/.gloss-cache/*.idx | cut -f1) bytes"
hyperfine -N -i --warmup 5 --runs 40 --export-markdown "$WORK/lookup.md" \
    -n 'exact (cholera)' "$BIN --glossary $G lookup cholera" \
    -n 'inflected, no accents (cellules souches hematopoietiques)' "$BIN --glossary $G lookup cellules souches hematopoietiques" \
    -n 'forbidden form (Gastroenterite a Rotavirus)' "$BIN --glossary $G lookup 'Gastroenterite a Rotavirus'" \
    -n 'typo (keratinocite)' "$BIN --glossary $G lookup keratinocite" \
    -n 'prefix (gastro)' "$BIN --glossary $G lookup gastro" \
    -n 'common word (de)' "$BIN --glossary $G lookup de" \
    -n 'JSON (vitiligo)' "$BIN --glossary $G lookup --format json vitiligo" \
    -n 'definitions (intestinal infections)' "$BIN --glossary $G lookup --definitions intestinal infections" \
    -n 'nothing found (xqzv wrpt)' "$BIN --glossary $G lookup xqzv wrpt"

# First call after a change: the glossary's bytes change before each run,
# so each run parses the TOML, validates, builds and stores the index.
hyperfine --runs 5 --export-markdown "$WORK/first-call.md" \
    --prepare "printf '# changed %s\n' \"\$(date +%s%N)\" >> $G" \
    -n 'first lookup after a change' "$BIN --glossary $G lookup cholera"

# The site (100,000 concepts, paginated by letter) and the Markdown pages.
hyperfine --runs 3 --warmup 1 --export-markdown "$WORK/pages.md" \
    -n 'pages --format html' "$BIN --glossary $G pages --out $WORK/site" \
    -n 'pages --format markdown' "$BIN --glossary $G pages --format markdown --out $WORK/md"
echo "site: $(find "$WORK/site" -name '*.html' | wc -l) pages, $(du -sh "$WORK/site" | cut -f1)"
