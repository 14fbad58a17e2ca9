#!/bin/sh
# Whole-run timings of `gloss check` on real data, side by side with ripgrep.
#
# Needs the corpora built by the project's data scripts (see BENCHMARKS.md):
#   CORPORA/po/                 ~118,000 real PO pairs (136 catalogues)
#   CORPORA/po/_concat/fr.txt   their French text, one unit per line
#   CORPORA/termbase/           FreeDict EN–FR and ICD-11 EN–FR tables
#   CORPORA/fluent/{en-US,fr}/  Firefox and Thunderbird Fluent files
# and python3, ripgrep (rg) and GNU time (/usr/bin/time).
#
# usage: sh benches/whole-run.sh [CORPORA]   (default: target/corpora)
# env:   RUNS (default 3) timed runs per row, the median is kept;
#        RG_RUNS (default 1) runs of the slow `rg -w` baseline;
#        GLOSS (default target/release/gloss).
set -eu

CORPORA=${1:-target/corpora}
RUNS=${RUNS:-3}
RG_RUNS=${RG_RUNS:-1}
GLOSS=${GLOSS:-target/release/gloss}
WORK=target/bench
mkdir -p "$WORK"

for tool in python3 rg /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 2; }
done
[ -d "$CORPORA/po" ] || { echo "no $CORPORA/po: build the corpora first" >&2; exit 2; }
[ -x "$GLOSS" ] || cargo build --release --quiet

# Glossaries of growing size from the dictionary, and their French forms.
for n in 2500 5000 10000; do
  [ -s "$WORK/glossary-$n.toml" ] || python3 benches/make-check-glossary.py \
    "$CORPORA/termbase/freedict-en-fr.tsv" "$CORPORA/termbase/icd11-en-fr.tsv" \
    "$n" "$WORK/glossary-$n.toml" "$WORK/terms-$n.txt" >/dev/null
done
# The French text alone, lowercased: what `rg` searches.
[ -s "$WORK/fr-lower.txt" ] || python3 -c '
import sys
text = open(sys.argv[1], encoding="utf-8").read().lower()
open(sys.argv[2], "w", encoding="utf-8").write(text)' "$CORPORA/po/_concat/fr.txt" "$WORK/fr-lower.txt"
# The PO corpus twice and four times (hard links), for growth with text size.
for k in 2 4; do
  if [ ! -d "$WORK/po-x$k" ]; then
    mkdir -p "$WORK/po-x$k"
    i=1
    while [ "$i" -le "$k" ]; do cp -al "$CORPORA/po" "$WORK/po-x$k/copy$i"; i=$((i + 1)); done
  fi
done
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > "$WORK/empty.po"

# median_of RUNS command...: prints "wall user+sys peak_kb" of the median run.
median_of() {
  runs=$1; shift
  : > "$WORK/times.txt"
  i=0
  while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$WORK/time.txt" >> "$WORK/times.txt"
    i=$((i + 1))
  done
  sort -n "$WORK/times.txt" | awk -v n="$runs" 'NR == int((n + 1) / 2) { printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024 }'
}

row() {
  label=$1; runs=$2; shift 2
  set -- $(median_of "$runs" "$@") "$@"
  printf '| %s | %s | %s | %s |\n' "$label" "$1" "$2" "$3"
}

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(date -u +%Y-%m-%d)"
echo "PO corpus: $(du -sh "$CORPORA/po" | cut -f1); French text: $(du -h "$WORK/fr-lower.txt" | cut -f1)"
echo
echo '| run | wall s | cpu s | peak MB |'
echo '| --- | ---: | ---: | ---: |'
row 'rg -F -w -f terms-10000.txt fr-lower.txt' "$RG_RUNS" rg -F -w -c -f "$WORK/terms-10000.txt" "$WORK/fr-lower.txt"
row 'rg -F -f terms-10000.txt fr-lower.txt (no -w)' "$RUNS" rg -F -c -f "$WORK/terms-10000.txt" "$WORK/fr-lower.txt"
for n in 2500 5000 10000; do
  row "gloss check, empty PO, $n terms (load + index)" "$RUNS" \
    "$GLOSS" --glossary "$WORK/glossary-$n.toml" check "$WORK/empty.po" --format json
done
for n in 2500 5000 10000; do
  row "gloss check po/ ×1, $n terms, json" "$RUNS" \
    "$GLOSS" --glossary "$WORK/glossary-$n.toml" check "$CORPORA/po" --format json
done
for k in 2 4; do
  row "gloss check po/ ×$k, 10000 terms, json" "$RUNS" \
    "$GLOSS" --glossary "$WORK/glossary-10000.toml" check "$WORK/po-x$k" --format json
done
row 'gloss check po/ ×1, 10000 terms, human' "$RUNS" \
  "$GLOSS" --glossary "$WORK/glossary-10000.toml" --color never check "$CORPORA/po"
row 'gloss check fluent en-US → fr, 10000 terms, json' "$RUNS" \
  "$GLOSS" --glossary "$WORK/glossary-10000.toml" check \
  --source "$CORPORA/fluent/en-US" --target "$CORPORA/fluent/fr" --format json
