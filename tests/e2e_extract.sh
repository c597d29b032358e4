#!/bin/sh
# The extraction of the sample article and of the project corpus
# (tests/corpus) compared with tests/golden/corpus.events.jsonl, byte for
# byte; after a deliberate extractor change, `make golden` rewrites it and
# the diff is reviewed with the change. Usage: e2e_extract.sh BINARY
AG=${1:-./actorgraph}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
texts="graphs/seed-turkey-syria.txt $(ls tests/corpus/*.txt | LC_ALL=C sort)"
if "$AG" extract -q $texts -o "$T/events.jsonl" 2>"$T/err"; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL: extract of the golden texts: $(head -c 300 "$T/err")"; fi
if cmp -s "$T/events.jsonl" tests/golden/corpus.events.jsonl; then pass=$((pass + 1))
else
  fail=$((fail + 1))
  echo "FAIL: extraction differs from tests/golden/corpus.events.jsonl (run make golden after a deliberate change):"
  diff "$T/events.jsonl" tests/golden/corpus.events.jsonl | head -20
fi
# One document at a time or all at once: the same records.
for f in graphs/seed-turkey-syria.txt tests/corpus/pc-01*.txt; do
  "$AG" extract -q "$f" >> "$T/one-by-one.jsonl" 2>/dev/null
done
"$AG" extract -q graphs/seed-turkey-syria.txt tests/corpus/pc-01*.txt > "$T/together.jsonl" 2>/dev/null
cmp -s "$T/one-by-one.jsonl" "$T/together.jsonl" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: extraction of several files differs from one file at a time"; }
echo "e2e-extract: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
