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
# --explain: the same records, and on stderr each sentence's chunks, the
# verb group of each predicate and the rule that fired, and the rules that
# read the whole sentence ("considered X's statements a provocation").
printf 'Hungary was strongly criticized by Sweden and Norway.\nVenezuela refused to meet Guyana.\nGreece considered Turkey'"'"'s statements a provocation.\n' > "$T/x.txt"
"$AG" extract -q "$T/x.txt" > "$T/plain.jsonl"
"$AG" extract -q --explain "$T/x.txt" > "$T/explained.jsonl" 2> "$T/explain.txt"
cmp -s "$T/plain.jsonl" "$T/explained.jsonl" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: extract --explain changes the records"; }
for want in 'sentence 0: Hungary was strongly criticized by Sweden and Norway.' \
    '{[NP Sweden /head Sweden = Sweden] [NP Norway /head Norway = Norway]}' \
    'predicate [VG was strongly criticized +passive] stance criticize: verb passive by_agent' \
    'rule passive_agent -> 2 relations' 'predicate [VG to meet +refused +infinitive]' 'rule refused_act -> 0 relations' \
    'sentence rule judgment -> 1 relation'; do
  grep -qF -- "$want" "$T/explain.txt" && pass=$((pass + 1)) ||
    { fail=$((fail + 1)); echo "FAIL: extract --explain does not print: $want"; }
done
grep -q '"rule":"passive_agent"' "$T/plain.jsonl" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: a relation record does not name its rule"; }
# A word class of the second class word is data too: "town" added to
# city_noun with --lexicon makes "in the town of Qardaha" the place met in.
printf 'Turkish President Recep Tayyip Erdogan met Syrian President Bashar al-Assad in the town of Qardaha.\n' > "$T/town.txt"
printf '{"word_classes": [{"class": "city_noun", "words": ["city", "town"]}]}\n' > "$T/town.json"
"$AG" extract -q "$T/town.txt" > "$T/town-plain.jsonl"
"$AG" extract -q --lexicon "$T/town.json" "$T/town.txt" > "$T/town-lex.jsonl"
grep -q '"kind":"meeting".*"location":null' "$T/town-plain.jsonl" &&
  grep -q '"kind":"meeting".*"location":"Qardaha"' "$T/town-lex.jsonl" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: a city_noun added with --lexicon does not give the meeting's place"; }
echo "e2e-extract: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
