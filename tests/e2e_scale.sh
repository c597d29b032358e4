#!/bin/sh
# End-to-end tests of a corpus rather than an article (issue 9): shards
# built together equal one run over the whole corpus; date filters count
# exactly what events.jsonl holds; progress lines and `run --formats`.
# Usage: e2e_scale.sh BINARY.  Times are never asserted (make bench).
AG=${1:-./actorgraph}
case $AG in /*) ;; *) AG=$PWD/$AG ;; esac
PY=${AG_PYTHON:-python3}
. "$(dirname "$0")/e2e-lib.sh"
same() { cmp -s "$1" "$2" && ok || no "$3: $1 and $2 differ"; }
py() { what=$1; shift; if "$PY" -c "$@" >"$T/py" 2>&1; then ok; else no "$what: $(tail -3 "$T/py")"; fi; }

# A small synthetic wire corpus (about 200 stories over a year).
"$PY" tests/bench_corpus.py 0.3 "$T/corpus.jsonl" --seed 11 || no "corpus"
# A story with actors and no relation: its records must keep its date.
sed -i '50a {"id": "no-relation", "date": "2024-03-04", "text": "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday."}' "$T/corpus.jsonl"

# ---- shards: extract is the map step, build the reduce step ----
expect 0 "run over the whole corpus" -- "$AG" run "$T/corpus.jsonl" -o "$T/whole" -q
split -n l/4 -d "$T/corpus.jsonl" "$T/shard-"
for s in "$T"/shard-0*; do
  "$AG" extract -q "$s" -o "$s.events" || no "extract $s"
done
expect 0 "build over the shards' records" -- "$AG" build "$T"/shard-0*.events -o "$T/merged.json"
same "$T/merged.json" "$T/whole/graph.json" "shards merged"
# The same by a pipe, and the shards' events put together are the run's.
cat "$T"/shard-0*.events | "$AG" build -q -o "$T/piped.json"
same "$T/piped.json" "$T/whole/graph.json" "shards merged through a pipe"
cat "$T"/shard-0*.events >"$T/all.events"
same "$T/all.events" "$T/whole/events.jsonl" "the shards' records are the run's"
has "$T/all.events" '"doc":"no-relation","date":"2024-03-04"' "an actor record keeps its document's date"
# One thread and many extract the same.
expect 0 "build the corpus on one thread" -- "$AG" build -j 1 "$T/corpus.jsonl" -o "$T/one.json"
same "$T/one.json" "$T/whole/graph.json" "one thread"
# Shards in another order: the evidence kept (the first 16 seen) may
# differ, but every count, date and node is the same.
"$AG" build -q "$T/shard-03.events" "$T/shard-01.events" "$T/shard-02.events" "$T/shard-00.events" -o "$T/shuffled.json"
py "shards in any order count the same" '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
key = lambda l: (l["source"], l["target"], l["kind"], l["label"])
strip = lambda l: (key(l), l["weight"], l.get("dates"))
assert [n["id"] for n in a["nodes"]] == [n["id"] for n in b["nodes"]]
assert [strip(l) for l in a["links"]] == [strip(l) for l in b["links"]]
assert [key(l) for l in a["links"]] == sorted(key(l) for l in a["links"]), "links sorted"
' "$T/merged.json" "$T/shuffled.json"

# ---- exact dates: every occurrence counted, whatever the evidence cap ----
py "per-day counts sum to the weight" '
import json, sys
g = json.load(open(sys.argv[1]))
assert any(l["weight"] > 16 for l in g["links"]), "some link is seen more often than its evidence holds"
for l in g["links"]:
    assert sum(l["dates"].values()) == l["weight"], l
' "$T/whole/graph.json"
for since in 2024-07 2024-11-15; do
  expect 0 "analyze --since $since" -- "$AG" analyze "$T/whole/graph.json" --since "$since" -f json -o "$T/since.json" -q
  py "--since $since counts exactly what events.jsonl holds" '
import collections, json, sys
events, report, since = sys.argv[1], sys.argv[2], sys.argv[3]
want = collections.Counter()
for line in open(events):
    r = json.loads(line)
    if r["type"] != "relation" or r["kind"] != "stance" or r.get("date", "") < since:
        continue
    want[(r["source"], r["target"], r["label"])] += 1
j = json.load(open(report))
got = {(x["source"], x["target"], x["label"]): x["weight"]
       for x in j["cooperative"] + j["hostile"] if x["kind"] == "stance"}
neutral = {k for k in want if k not in got}
assert want and all(got[k] == n for k, n in want.items() if k in got), "weights differ"
assert len(neutral) < len(want) / 4, "most stances are kept"
assert set(got) <= set(want), "nothing outside the range"
' "$T/whole/events.jsonl" "$T/since.json" "$since"
done

# ---- progress and the outputs of run ----
# A log gets a line every AG_PROGRESS_SECONDS (5 by default; 0: every
# step, so that these short stages say something).
LOG="env AG_PROGRESS_SECONDS=0"
expect 0 "run into a log" -- $LOG "$AG" run "$T/corpus.jsonl" -o "$T/logged" --formats report
has "$T/err" "^actorgraph: extract: [0-9,]* documents, 0.3 MB in " "extract summary in a log"
has "$T/err" "^actorgraph: analyze: report.txt in " "analyze summary in a log"
if grep -qv '^actorgraph: ' "$T/err"; then no "a progress line without 'actorgraph: '"; else ok; fi
[ -s "$T/logged/report.txt" ] && [ ! -e "$T/logged/graph.svg" ] && [ ! -e "$T/logged/graph.dot" ] &&
  [ ! -e "$T/logged/graph.html" ] && ok || no "--formats report writes the report only: $(ls "$T/logged" | tr '\n' ' ')"
expect 0 "run --no-svg --no-html -q" -- "$AG" run "$T/corpus.jsonl" -o "$T/nosvg" --no-svg --no-html -q
[ ! -s "$T/err" ] && ok || no "-q prints nothing: $(head -c 200 "$T/err")"
[ -s "$T/nosvg/graph.dot" ] && [ ! -e "$T/nosvg/graph.svg" ] && [ ! -e "$T/nosvg/graph.html" ] &&
  ok || no "--no-svg --no-html: $(ls "$T/nosvg" | tr '\n' ' ')"
expect 2 "run --formats with an unknown output" -- "$AG" run "$T/corpus.jsonl" -o "$T/bad" --formats report,pdf
has "$T/err" "unknown output 'pdf'" "the unknown output is named"
expect 0 "build into a log" -- $LOG "$AG" build "$T/whole/events.jsonl" -o "$T/b.json"
has "$T/err" "^actorgraph: build: [0-9,]* actors, [0-9,]* links, [0-9,]* documents" "build summary"
expect 0 "analyze into a log" -- $LOG "$AG" analyze "$T/b.json" -o "$T/r.txt"
has "$T/err" "^actorgraph: analyze: blocs (Leiden and Louvain), " "analyze steps"
has "$T/err" "^actorgraph: analyze: [0-9,]* actors, [0-9,]* links" "analyze summary"
expect 0 "analyze -q" -- "$AG" analyze "$T/b.json" -o "$T/r.txt" -q
[ ! -s "$T/err" ] && ok || no "analyze -q prints nothing"
expect 0 "export -q" -- "$AG" export "$T/b.json" -f dot -o "$T/b.dot" -q
[ ! -s "$T/err" ] && ok || no "export -q prints nothing"

echo "e2e-scale: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
