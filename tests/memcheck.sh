#!/bin/sh
# memcheck.sh — the seed pipeline (extract, build, analyze, export in every
# format, run) and a set of bad inputs under valgrind's memcheck: each case
# passes when valgrind finds no error and no definitely or indirectly lost
# block (Graphviz's and its libraries' own leaks are suppressed in
# tests/valgrind.supp, actorgraph's never) and the command exits with the
# status the case expects.  Run by `make memcheck`.
#
#   sh tests/memcheck.sh [BINARY]      (default ./actorgraph)
#
# Each case's valgrind log is kept in build/memcheck/NAME.log and its inputs
# in build/memcheck/in/, so a failure can be run again by hand.
AG=${1:-./actorgraph}
VALGRIND=${VALGRIND:-valgrind}
SEED=graphs/seed-turkey-syria.txt
OUT=build/memcheck
IN=$OUT/in
rm -rf "$OUT"
mkdir -p "$IN" "$OUT/run"
pass=0 fail=0

# mc STATUS NAME -- COMMAND...: COMMAND under memcheck must exit STATUS.
# A message (status 1 or 2) must start with "actorgraph:".
mc() {
    want=$1 name=$2
    shift 3
    log=$OUT/$name.log
    "$VALGRIND" -q --error-exitcode=99 --leak-check=full --trace-children=yes \
        --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
        --suppressions=tests/valgrind.supp --gen-suppressions=all --num-callers=40 \
        --log-file="$log" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    got=$?
    why=
    if [ $got -eq 99 ]; then
        why="valgrind: $(grep -m1 -E 'Invalid|uninitialised|lost in|Mismatched|overlap' "$log")"
    elif [ $got -ne "$want" ]; then
        why="exit $got, wanted $want: $(head -c 300 "$OUT/$name.err")"
    elif [ "$want" -ne 0 ] && ! grep -q '^actorgraph: ' "$OUT/$name.err"; then
        why="no 'actorgraph:' message: $(head -c 300 "$OUT/$name.err")"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL memcheck $name: $why (see $log)"
    fi
}

# The seed pipeline, every stage and format.
mc 0 extract -- "$AG" extract -q "$SEED" -o "$IN/events.jsonl"
printf '{"id":"a","date":"2023-01-05","text":"France condemned Iran. Turkish President Recep Erdogan met Vladimir Putin in Sochi."}\n{"id":"b","text":"Iran criticized France."}\n' >"$IN/docs.jsonl"
mc 0 extract-jobs -- "$AG" extract -q -j 2 "$IN/docs.jsonl" -o "$IN/docs-events.jsonl"
mc 0 build -- "$AG" build -q "$IN/events.jsonl" -o "$IN/graph.json"
mc 0 build-text -- "$AG" build -q "$SEED" "$IN/docs.jsonl" -o "$IN/graph2.json"
mc 0 analyze -- "$AG" analyze "$IN/graph.json" -o "$OUT/run/report.txt"
mc 0 analyze-json -- "$AG" analyze "$IN/graph.json" -f json --collapse country --with-affiliation
mc 0 analyze-actor -- "$AG" analyze "$IN/graph.json" -f md --actor Turkey
mc 0 analyze-path -- "$AG" analyze "$IN/graph.json" -f csv --path "Ned Price" Russia --kind stance,meeting
for f in dot svg json graphml gexf csv-nodes csv-edges cyjs html; do
    # html fails (status 1, with a message) when cytoscape.js was not
    # built in (no npm); what it does without valgrind is expected.
    want=0
    [ $f = html ] && { "$AG" export "$IN/graph.json" -f html -o "$OUT/run/probe.html" 2>/dev/null || want=1; }
    mc $want "export-$f" -- "$AG" export "$IN/graph.json" -f $f -o "$OUT/run/graph.$f"
done
mc 0 export-svg-cluster -- "$AG" export "$IN/graph.json" -f svg --cluster country --layout neato -o "$OUT/run/c.svg"
mc 0 run -- "$AG" run -q "$SEED" -o "$OUT/run/seed"

# Bad inputs: a clear message and status 1, or the documented behaviour.
printf '{"nodes": [{"id": "a", "name": "A", "kind": "country"}], "links": [' >"$IN/malformed.json"
mc 1 malformed-graph -- "$AG" analyze "$IN/malformed.json"
mc 1 malformed-graph-export -- "$AG" export "$IN/malformed.json" -f svg -o "$OUT/run/never.svg"
head -3 "$IN/events.jsonl" >"$IN/malformed.jsonl"
echo '{"type":"actor","id":' >>"$IN/malformed.jsonl"
mc 1 malformed-records -- "$AG" build "$IN/malformed.jsonl"
head -c 700 "$IN/events.jsonl" >"$IN/truncated.jsonl"
mc 1 truncated-records -- "$AG" build "$IN/truncated.jsonl"
printf '{"id":"a","text":"France condemned Iran."}\n{"id":"b","text":\n' >"$IN/bad-docs.jsonl"
mc 1 malformed-documents -- "$AG" extract "$IN/bad-docs.jsonl"
printf '{"type":"actor","id":"a","name":"A","kind":"country","doc":"d"}\n{"type":"relation","kind":"stance","label":"condemn","source":"a","target":"ghost","doc":"d"}\n' >"$IN/dangling.jsonl"
mc 1 unknown-actor-records -- "$AG" build "$IN/dangling.jsonl"
printf '{"directed":true,"multigraph":true,"graph":{},"nodes":[{"id":"a","name":"A","kind":"country"}],"links":[{"source":"a","target":"ghost","kind":"stance","label":"condemn","weight":1}]}\n' >"$IN/dangling.json"
mc 1 unknown-actor-graph -- "$AG" analyze "$IN/dangling.json"
mc 1 unknown-actor-graph-export -- "$AG" export "$IN/dangling.json" -f dot
printf '{"directed":true,"graph":{},"nodes":[{"id":"a","name":"A","kind":"country","affiliation":"ghost"}],"links":[]}\n' >"$IN/dangling-aff.json"
mc 1 unknown-affiliation-graph -- "$AG" analyze "$IN/dangling-aff.json"
: >"$IN/empty.txt"
: >"$IN/empty.json"
: >"$IN/empty.jsonl"
mc 0 empty-text -- "$AG" extract "$IN/empty.txt"
mc 0 empty-documents -- "$AG" extract "$IN/empty.jsonl"
mc 1 empty-graph -- "$AG" analyze "$IN/empty.json"
mc 0 empty-build -- "$AG" build -q "$IN/empty.txt"
${PYTHON:-python3} -c 'import random, sys
random.seed(13)
sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(8192)))' >"$IN/garbage.bin"
cp "$IN/garbage.bin" "$IN/garbage.json"
cp "$IN/garbage.bin" "$IN/garbage.jsonl"
mc 0 garbage-text -- "$AG" extract "$IN/garbage.bin"
mc 1 garbage-documents -- "$AG" extract "$IN/garbage.jsonl"
mc 1 garbage-graph -- "$AG" analyze "$IN/garbage.json"
mc 1 garbage-graph-export -- "$AG" export "$IN/garbage.json" -f svg
mc 1 garbage-lexicon -- "$AG" extract --lexicon "$IN/garbage.json" "$SEED"
printf '{"countries": [{"name": "Freedonia", "code": 7}' >"$IN/bad-lexicon.json"
mc 1 malformed-lexicon -- "$AG" extract --lexicon "$IN/bad-lexicon.json" "$SEED"
mc 1 missing-file -- "$AG" build "$IN/no-such-file.jsonl"
mc 2 bad-option -- "$AG" export "$IN/graph.json" -f png

echo "memcheck: $pass passed, $fail failed"
[ $fail -eq 0 ]
