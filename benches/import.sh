#!/bin/sh
# Import benchmark: the FreeDict EN–FR dictionary (32,345 rows) imported into
# an empty glossary as tab-separated text and as TBX, then imported again
# (every concept unchanged). Prints wall time and peak memory of each run
# (GNU time), and the size of the result.
#
# The data comes from get-eval-data.sh (TT=1 for the TBX), run into an
# ignored folder such as target/corpora:
#   TT=1 sh get-eval-data.sh target/corpora
#   sh benches/import.sh target/corpora/termbase
# Then load+validate of the result: GLOSS_BENCH_GLOSSARY=<printed path>
#   cargo bench --bench glossary_load
# Targets: import < 3 s, peak memory < 300 MB; load+validate < 1 s.
set -eu

DATA=${1:-target/corpora/termbase}
RUNS=${RUNS:-3}
[ -f "$DATA/freedict-en-fr.tsv" ] || { echo "no $DATA/freedict-en-fr.tsv: run get-eval-data.sh first" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

cargo build --release --quiet
BIN=$(pwd)/target/release/gloss
OUT=${OUT:-target/bench-import}
rm -rf "$OUT"
mkdir -p "$OUT"

# measure LABEL GLOSSARY ARGS...: RUNS runs, each on a copy of the starting glossary.
measure() {
    label=$1 glossary=$2
    shift 2
    run=1
    while [ "$run" -le "$RUNS" ]; do
        rm -f "$OUT/$glossary" "$OUT/.$glossary.lock"
        [ -f "$OUT/$glossary.start" ] && cp "$OUT/$glossary.start" "$OUT/$glossary"
        status=0
        /usr/bin/time -f '%e %M' -o "$OUT/time" "$BIN" --glossary "$OUT/$glossary" "$@" \
            >"$OUT/stdout" 2>"$OUT/stderr" || status=$?
        read -r seconds kilobytes < "$OUT/time"
        printf '%-28s run %s: %5.2f s  %4d MB  exit %s  %s\n' "$label" "$run" "$seconds" \
            $((kilobytes / 1024)) "$status" "$(tail -n 2 "$OUT/stdout" | head -n 1)"
        run=$((run + 1))
    done
}

measure "import csv (tsv)" tsv.toml import csv "$DATA/freedict-en-fr.tsv"
cp "$OUT/tsv.toml" "$OUT/tsv.toml.start"
measure "re-import csv (unchanged)" tsv.toml import csv "$DATA/freedict-en-fr.tsv"
if [ -f "$DATA/tbx/freedict-en-fr.tbx" ]; then
    measure "import tbx" tbx.toml import tbx "$DATA/tbx/freedict-en-fr.tbx"
else
    echo "no $DATA/tbx/freedict-en-fr.tbx (TT=1 builds it): TBX skipped"
fi
printf 'result: %s (%s bytes, %s concepts)\n' "$OUT/tsv.toml" "$(wc -c < "$OUT/tsv.toml")" \
    "$(grep -c '^\[terms\.[^].]*\]$' "$OUT/tsv.toml")"
