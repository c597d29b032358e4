#!/bin/sh
# End-to-end tests of uses of force (kind "force": CAMEO roots 18-20, a
# relation of its own, no stance; docs/formats.md): extracted, read back
# by build, a directed hostile link in the graph and in every export,
# selected by --kind, one event row, and read back from event rows.
# Usage: e2e_force.sh BINARY
AG=${1:-./actorgraph}
PY=${AG_PYTHON:-python3}
. "$(dirname "$0")/e2e-lib.sh"
# check DESCRIPTION -- python code reading sys.argv[1:]
check() {
  what=$1; shift 2
  if "$PY" -c "$@" >"$T/py" 2>&1; then ok; else no "$what: $(tail -3 "$T/py")"; fi
}

printf '%s\n' '{"id":"f1","date":"2022-02-24","text":"Russia invaded Ukraine on Thursday. The United States condemned Russia."}' \
  >"$T/docs.jsonl"

# ---- extraction: the invasion is a force, the condemnation a stance ----
expect 0 "extract" -- "$AG" extract -q "$T/docs.jsonl" -o "$T/events.jsonl"
check "force and stance records" -- 'import json, sys
rels = [r for r in map(json.loads, open(sys.argv[1])) if r["type"] == "relation"]
got = sorted((r["kind"], r["source"], r["target"], r["label"], r["polarity"], r["code"][:2]) for r in rels)
assert got == [("force", "russia", "ukraine", "invade", -1, "19"),
               ("stance", "united-states", "russia", "condemn", -1, "11")], got
f = [r for r in rels if r["kind"] == "force"][0]
assert f["plover"] and f["goldstein"] < 0 and f["rule"] and "invaded" in f["evidence"], f' "$T/events.jsonl"
expect 0 "extract --explain" -- "$AG" extract -q --explain "$T/docs.jsonl" -o /dev/null
"$AG" extract -q --explain "$T/docs.jsonl" >"$T/explain" 2>&1
has "$T/explain" "force invade" "--explain names the predicate a force"

# ---- build reads the records back: a directed hostile link ----
expect 0 "build" -- "$AG" build -q "$T/events.jsonl" -o "$T/graph.json"
check "force link in graph.json" -- 'import json, sys
g = json.load(open(sys.argv[1]))
f = [l for l in g["links"] if l["kind"] == "force"]
assert [(l["source"], l["target"], l["label"], l["polarity"], l["weight"]) for l in f] == \
    [("russia", "ukraine", "invade", -1, 1)], g["links"]
assert any(l["kind"] == "stance" for l in g["links"]), g["links"]' "$T/graph.json"
expect 0 "graph.json read back" -- "$AG" export "$T/graph.json" -f json -o "$T/again.json"
check "graph.json read back keeps its links" -- 'import json, sys
a, b = (json.load(open(f))["links"] for f in sys.argv[1:3])
assert a == b, (a, b)' "$T/graph.json" "$T/again.json"

# ---- exports keep the force edge ----
expect 0 "export dot" -- "$AG" export -q "$T/graph.json" -f dot -o "$T/g.dot"
has "$T/g.dot" 'class="force hostile"' "DOT: the edge's class names the kind"
has "$T/g.dot" 'force: Russia' "DOT: the tooltip names the kind"
expect 0 "export svg" -- "$AG" export -q "$T/graph.json" -f svg -o "$T/g.svg"
has "$T/g.svg" 'force hostile' "SVG keeps the force edge"
expect 0 "export cyjs" -- "$AG" export -q "$T/graph.json" -f cyjs -o "$T/g.cyjs"
check "Cytoscape: a directed force edge" -- 'import json, sys
e = [x["data"] for x in json.load(open(sys.argv[1]))["elements"]["edges"] if x["data"]["kind"] == "force"]
assert len(e) == 1 and e[0]["directed"] is True and e[0]["polarity"] == -1, e' "$T/g.cyjs"
for f in graphml gexf; do
  expect 0 "export $f" -- "$AG" export -q "$T/graph.json" -f $f -o "$T/g.$f"
  has "$T/g.$f" '>force<\|"force"' "$f keeps the kind"
done
expect 0 "export csv-edges" -- "$AG" export -q "$T/graph.json" -f csv-edges -o "$T/g.csv"
has "$T/g.csv" ',force,' "CSV edges keep the kind"
expect 0 "export html" -- "$AG" export -q "$T/graph.json" -f html -o "$T/g.html"
has "$T/g.html" 'value="force"' "the page can filter the kind"

# ---- --kind selects it ----
expect 0 "export --kind force" -- "$AG" export -q "$T/graph.json" -f json --kind force -o "$T/k.json"
check "--kind force keeps only the force" -- 'import json, sys
assert [l["kind"] for l in json.load(open(sys.argv[1]))["links"]] == ["force"]' "$T/k.json"
expect 0 "export --kind stance" -- "$AG" export -q "$T/graph.json" -f json --kind stance -o "$T/k.json"
check "--kind stance drops the force" -- 'import json, sys
assert [l["kind"] for l in json.load(open(sys.argv[1]))["links"]] == ["stance"]' "$T/k.json"
expect 0 "analyze --kind force" -- "$AG" analyze -q "$T/graph.json" --kind force -f json -o "$T/a.json"
has "$T/a.json" '"force"' "analyze names the kind kept"
expect 0 "timeline" -- "$AG" timeline -q "$T/graph.json" -o "$T/t.txt"

# ---- event rows: one row out, read back as a force ----
expect 0 "extract --format phoenix" -- "$AG" extract -q --format phoenix "$T/docs.jsonl" -o "$T/ev.csv"
check "one Phoenix row for the force" -- 'import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["EventRootCode"] == "19"]
assert [(r["SourceActorFull"], r["TargetActorFull"]) for r in rows] == [("RUS", "UKR")], rows' "$T/ev.csv"
expect 0 "build --from phoenix" -- "$AG" build -q --from phoenix "$T/ev.csv" -o "$T/ev.json"
check "event rows of root 19 read back as force" -- 'import json, sys
k = sorted((l["source"], l["target"], l["kind"]) for l in json.load(open(sys.argv[1]))["links"])
assert ("russia", "ukraine", "force") in k and not any(x[2] == "stance" and x[0] == "russia" for x in k), k' "$T/ev.json"

echo "e2e-force: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
