#!/bin/sh
# make eval: both scorers' tables against ../shared, and the extraction table
# for the project's own corpus (tests/corpus) and for both corpora together.
# Fails only when the extractor crashes or prints invalid output (the scorers
# report that as a failure line); the scores themselves are for people to read.
SHARED=${SHARED:-../shared}
PROJECT=tests/corpus
if [ ! -d "$SHARED/eval" ]; then
  echo "eval: $SHARED/eval not found; nothing to score"; exit 0
fi
status=0
# score TITLE COMMAND...: print the title and the command's table; a
# "failure:" line in it makes make eval fail.
score() {
  echo "== $1"; shift
  out=$("$@" 2>&1)
  printf '%s\n' "$out"
  printf '%s\n' "$out" | grep -q '^failure:' && status=1
  echo
}
extraction() { # corpus directory
  python3 "$SHARED/eval/score.py" --corpus "$1" --run './actorgraph extract {}'
}
score "extraction (score.py, shared corpus $SHARED/corpus)" extraction "$SHARED/corpus"
score "extraction (score.py, project corpus $PROJECT)" extraction "$PROJECT"
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
score "extraction (score.py, shared and project corpus together)" extraction "$both"
score "CAMEO events (score_cameo.py, $SHARED/corpus/cameo-gsr/sentences.jsonl)" \
  python3 "$SHARED/eval/score_cameo.py" --sentences "$SHARED/corpus/cameo-gsr/sentences.jsonl" --run './actorgraph extract -q {}'
exit $status
