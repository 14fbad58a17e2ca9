#!/bin/sh
# No proposed fix edits code: runs `gloss check --format json` with the
# software-localisation glossary of the tests over every real PO catalogue
# of the corpora, then counts with the evaluation's code-fixes.py the fixes
# whose span touches an option, a path, a URL, a placeholder or a keyword
# (a lower bound, from the characters around each span). Fails when that
# count is not 0; skips with a message when the corpus or the counter is
# absent.
#
# usage: sh benches/code-fixes.sh [CORPORA]   (default: target/corpora)
# env:   GLOSS (default target/debug/gloss, built when missing);
#        CODE_FIXES (default ../shared/eval/code-fixes.py);
#        GLOSSARY (default tests/fixtures/software/glossary.toml).
set -eu

CORPORA=${1:-target/corpora}
GLOSS=${GLOSS:-target/debug/gloss}
CODE_FIXES=${CODE_FIXES:-../shared/eval/code-fixes.py}
GLOSSARY=${GLOSSARY:-tests/fixtures/software/glossary.toml}
WORK=target/bench
OUT=$WORK/code-fixes.json

if [ ! -d "$CORPORA/po" ]; then
  echo "skipped: no $CORPORA/po (build the corpora first, see BENCHMARKS.md)"
  exit 0
fi
if [ ! -f "$CODE_FIXES" ]; then
  echo "skipped: no $CODE_FIXES (set CODE_FIXES to the counter of fixes in code)"
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "missing: python3" >&2; exit 2; }
[ -x "$GLOSS" ] || cargo build --quiet
mkdir -p "$WORK"

# Every catalogue directory but the concatenated text.
set --
for dir in "$CORPORA"/po/*/; do
  case "$dir" in */_concat/) continue ;; esac
  set -- "$@" "$dir"
done
status=0
"$GLOSS" --glossary "$GLOSSARY" check --format json "$@" > "$OUT" || status=$?
[ "$status" -le 1 ] || { echo "gloss check failed (exit $status)" >&2; exit 2; }

python3 - "$OUT" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1], encoding="utf-8"))["findings"]
rules = collections.Counter(f["rule"] for f in findings)
print("findings: %d missing-term, %d forbidden-term, %d fixes" % (
    rules["missing-term"], rules["forbidden-term"], sum(1 for f in findings if f.get("fix"))))
PY
result=$(python3 "$CODE_FIXES" "$OUT")
echo "$result"
in_code=$(echo "$result" | head -n 1 | cut -d' ' -f1)
if [ "$in_code" != 0 ]; then
  echo "FAIL: $in_code proposed fixes edit code" >&2
  exit 1
fi
echo "ok: no proposed fix edits code"
