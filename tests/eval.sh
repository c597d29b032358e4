#!/bin/sh
# make eval: both scorers' tables against ../shared, and the extraction table
# for the project's own corpus (tests/corpus), for both corpora together, and
# for the held-out set (tests/heldout: articles nobody tunes on, scored apart).
# Fails when the extractor crashes or prints invalid output (the scorers
# report that as a failure line) and when a score falls below its floor in
# tests/eval_floors.txt (raise a floor when a change lifts a score for good;
# lower one only with a reason in the commit).
SHARED=${SHARED:-../shared}
PROJECT=tests/corpus
HELDOUT=tests/heldout
if [ ! -d "$SHARED/eval" ]; then
  echo "eval: $SHARED/eval not found; nothing to score"; exit 0
fi
status=0
FLOORS=tests/eval_floors.txt
checked=0; below=0
# floors SET OKLINE: compares each "name=F1" of a scorer's closing "ok" line
# with the floors of SET.
floors() {
  for kv in $(printf '%s\n' "$2" | grep -o '[a-z.]*=[0-9.]*' | grep -v '^docs=\|^sentences=\|^failures='); do
    name=${kv%%=*}; got=${kv#*=}
    want=$(awk -v s="$1" -v m="$name" '$1 == s && $2 == m { print $3 }' "$FLOORS")
    [ -n "$want" ] || continue
    checked=$((checked + 1))
    if awk -v g="$got" -v w="$want" 'BEGIN { exit !(g + 0 < w + 0) }'; then
      below=$((below + 1)); status=1
      echo "eval: $1 $name F1 $got is below its floor $want ($FLOORS)"
    fi
  done
}
# score SET TITLE COMMAND...: print the title and the command's table; a
# "failure:" line in it makes make eval fail, and so does a score below
# the set's floors.
score() {
  set_name=$1; echo "== $2"; shift 2
  out=$("$@" 2>&1)
  printf '%s\n' "$out"
  printf '%s\n' "$out" | grep -q '^failure:' && status=1
  floors "$set_name" "$(printf '%s\n' "$out" | grep '^ok ' | tail -1)"
  echo
}
extraction() { # corpus directory
  python3 "$SHARED/eval/score.py" --corpus "$1" --run './actorgraph extract {}'
}
score shared "extraction (score.py, shared corpus $SHARED/corpus)" extraction "$SHARED/corpus"
score project "extraction (score.py, project corpus $PROJECT)" extraction "$PROJECT"
# One micro-averaged table over both: score.py takes one directory, so both
# sets are linked into a temporary one (their file names do not overlap).
both=$(mktemp -d)
trap 'rm -rf "$both"' EXIT
for g in "$SHARED"/corpus/*.gold.json "$PROJECT"/*.gold.json; do
  for f in "$g" "${g%.gold.json}.txt"; do
    ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$both/" ||
      { echo "eval: $f: a file of that name is in both corpora; rename one"; status=1; }
  done
done
score both "extraction (score.py, shared and project corpus together)" extraction "$both"
# The held-out set measures how extraction generalizes: it is scored on its own
# and is in neither table above (tests/heldout/README.md: do not tune on it).
if ls "$HELDOUT"/*.gold.json >/dev/null 2>&1; then
  score heldout "extraction (score.py, held-out set $HELDOUT)" extraction "$HELDOUT"
else
  echo "== held-out set $HELDOUT: no articles yet"; echo
fi
score cameo "CAMEO events (score_cameo.py, $SHARED/corpus/cameo-gsr/sentences.jsonl)" \
  python3 "$SHARED/eval/score_cameo.py" --sentences "$SHARED/corpus/cameo-gsr/sentences.jsonl" --run './actorgraph extract -q {}'
echo "eval: $((checked - below)) passed, $below failed (scores against the floors in $FLOORS)"
exit $status
