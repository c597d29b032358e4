#!/bin/sh
# make eval: both scorers' tables against ../shared. Fails only when the
# extractor crashes or prints invalid output (the scorers report that as a
# failure line); the scores themselves are for people to read.
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/eval" ]; then
  echo "eval: $SHARED/eval not found; nothing to score"; exit 0
fi
status=0
echo "== extraction (score.py, $SHARED/corpus)"
out=$(python3 "$SHARED/eval/score.py" --corpus "$SHARED/corpus" --run './actorgraph extract {}' 2>&1)
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -q '^failure:' && status=1
echo
echo "== CAMEO events (score_cameo.py, $SHARED/corpus/cameo-gsr/sentences.jsonl)"
out=$(python3 "$SHARED/eval/score_cameo.py" --sentences "$SHARED/corpus/cameo-gsr/sentences.jsonl" --run './actorgraph extract -q {}' 2>&1)
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -q '^failure:' && status=1
exit $status
