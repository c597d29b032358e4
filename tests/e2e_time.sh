#!/bin/sh
# End-to-end tests of time and views (issue 10): on a synthetic corpus
# dated over a year, the view filter of export keeps exactly the dated
# occurrences events.jsonl holds, the timeline equals counts computed from
# events.jsonl for every pair, diff of two periods names what appeared and
# disappeared, and the filters, the ego network and net links do what the
# manual says.  Usage: e2e_time.sh BINARY.  Times are never asserted.
AG=${1:-./actorgraph}
case $AG in /*) ;; *) AG=$PWD/$AG ;; esac
PY=${AG_PYTHON:-python3}
. "$(dirname "$0")/e2e-lib.sh"
py() { what=$1; shift; if "$PY" -c "$@" >"$T/py" 2>&1; then ok; else no "$what: $(tail -3 "$T/py")"; fi; }

# About 1.2 MB of wire stories over 2024 (bench_corpus.py spreads the dates).
"$PY" tests/bench_corpus.py 1.2 "$T/corpus.jsonl" --seed 23 || no "corpus"
expect 0 "run over the corpus" -- "$AG" run "$T/corpus.jsonl" -o "$T/run" -q --formats report
G=$T/run/graph.json
E=$T/run/events.jsonl

# What events.jsonl says, shared by the checks below: every stance, use of
# force and meeting occurrence with its date, a meeting once per unordered pair.
cat >"$T/events.py" <<'EOF'
import json
def occurrences(path):
    for line in open(path):
        r = json.loads(line)
        if r["type"] != "relation" or r["kind"] not in ("stance", "force", "meeting"):
            continue
        if r["kind"] != "meeting":
            yield r, r["source"], r["target"]
        else:
            p = sorted(set(r["participants"]))
            for i in range(len(p)):
                for j in range(i + 1, len(p)):
                    yield r, p[i], p[j]
EOF

# ---- export --since: exactly the occurrences dated on or after D ----
for since in 2024-05 2024-09-15; do
  expect 0 "export -f json --since $since" -- "$AG" export "$G" -f json --since "$since" -o "$T/since.json" -q
  py "export --since $since keeps what events.jsonl dates from then" '
import collections, json, sys
sys.path.insert(0, sys.argv[1])
from events import occurrences
since = sys.argv[4]
want = collections.Counter()
for r, s, t in occurrences(sys.argv[2]):
    if r.get("date", "") >= since:
        want[(s, t, r["kind"], r["label"])] += 1
g = json.load(open(sys.argv[3]))
got = {(l["source"], l["target"], l["kind"], l["label"]): l["weight"] for l in g["links"] if l["kind"] != "affiliation"}
assert sum(k[2] == "stance" for k in want) > 100, "a corpus with stances in range"
assert got == dict(want), [(k, got.get(k), want.get(k)) for k in set(got) | set(want) if got.get(k) != want.get(k)][:5]
for l in g["links"]:
    assert all(d >= since for d in l.get("dates", {})), l
    assert sum(l.get("dates", {}).values()) == l["weight"], l
' "$T" "$E" "$T/since.json" "$since"
done
# The same filter in analyze and export agrees on the relations kept.
expect 0 "export --until --kind stance" -- "$AG" export "$G" -f json --until 2024-03 --kind stance -o "$T/until.json" -q
py "export --until --kind stance: stances dated up to March only" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["links"] and all(l["kind"] == "stance" for l in g["links"])
assert all(max(l["dates"]) <= "2024-03-31" for l in g["links"])
' "$T/until.json"

# ---- timeline: monthly counts equal events.jsonl for every pair ----
# A link keeps one Goldstein value (its first occurrence's, graph.h), so
# the sums are checked against the link's value per occurrence.
expect 0 "timeline --by month -f json" -- "$AG" timeline "$G" --by month -f json -o "$T/tl.json" -q
py "timeline by month equals events.jsonl" '
import collections, json, sys
sys.path.insert(0, sys.argv[1])
from events import occurrences
gold = {(l["source"], l["target"], l["kind"], l["label"]): l["goldstein"] or 0.0
        for l in json.load(open(sys.argv[4]))["links"]}
want = collections.defaultdict(lambda: [0, 0, 0, 0, 0.0])
for r, s, t in occurrences(sys.argv[2]):
    if len(r.get("date", "")) < 7:
        continue
    row = want[(r["date"][:7], s, t)]
    col = 3 if r["kind"] == "meeting" else {1: 0, -1: 1, 0: 2}[r["polarity"]]
    row[col] += 1
    row[4] += gold[(s, t, r["kind"], r["label"])]
tl = json.load(open(sys.argv[3]))
assert tl["by"] == "month"
rows = tl["rows"]
keys = [(x["period"], x["source"], x["target"]) for x in rows]
assert keys == sorted(keys), "rows by period, source, target"
got = {k: [x["cooperative"], x["hostile"], x["neutral"], x["meetings"], x["goldstein"]] for k, x in zip(keys, rows)}
assert set(got) == set(want), (len(got), len(want), list(set(got) ^ set(want))[:5])
for k, w in want.items():
    assert got[k][:4] == w[:4], (k, got[k], w)
    assert abs(got[k][4] - w[4]) < 1e-6, (k, got[k], w)
assert all(x["meetings"] == 0 or x["source"] < x["target"] for x in rows), "a meeting once, source < target"
assert len({x["period"] for x in rows}) >= 10, "a year of months"
' "$T" "$E" "$T/tl.json" "$G"
expect 0 "timeline --by week -f csv" -- "$AG" timeline "$G" --by week -f csv -o "$T/tl.csv" -q
py "ISO weeks equal Python's isocalendar" '
import collections, csv, datetime, sys
sys.path.insert(0, sys.argv[1])
from events import occurrences
want = collections.Counter()
for r, s, t in occurrences(sys.argv[2]):
    d = r.get("date", "")
    if len(d) == 10:
        y, w, _ = datetime.date.fromisoformat(d).isocalendar()
        want[("%04d-W%02d" % (y, w), s, t)] += 1
rows = list(csv.DictReader(open(sys.argv[3])))
got = {(x["period"], x["source"], x["target"]): sum(int(x[c]) for c in ("cooperative", "hostile", "neutral", "meetings")) for x in rows}
assert got == dict(want), list(set(got.items()) ^ set(want.items()))[:5]
' "$T" "$E" "$T/tl.csv"
# One pair, one actor, the chart and the text.
PAIR=$("$PY" -c '
import json, sys, collections
c = collections.Counter()
for l in json.load(open(sys.argv[1]))["links"]:
    if l["kind"] == "stance": c[(l["source"], l["target"])] += l["weight"]
print(*c.most_common(1)[0][0])' "$G")
set -- $PAIR
expect 0 "timeline --pair $1 $2" -- "$AG" timeline "$G" --pair "$1" "$2" -f json -o "$T/pair.json" -q
py "--pair keeps that pair only" '
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
assert rows and all({x["source"], x["target"]} == {sys.argv[2], sys.argv[3]} for x in rows), rows[:3]
' "$T/pair.json" "$1" "$2"
expect 0 "timeline --actor $1 (text)" -- "$AG" timeline "$G" --actor "$1" -o "$T/actor.txt" -q
has "$T/actor.txt" "^month  *source  *target  *coop  *host  *neut  *meet  *goldstein" "the table's header"
expect 0 "timeline -f svg" -- "$AG" timeline "$G" -o "$T/tl.svg" -q
py "the chart is SVG with a line per busy pair" '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.w3.org/2000/svg}"
assert root.tag == ns + "svg"
lines = root.findall(ns + "polyline")
assert len(lines) == 8, len(lines)
assert all(len(l.get("points").split()) >= 10 for l in lines), "a point per month"
' "$T/tl.svg"
expect 2 "timeline --actor and --pair" -- "$AG" timeline "$G" --actor "$1" --pair "$1" "$2"
has "$T/err" "give one of them" "the conflict is named"
expect 2 "timeline of an unknown actor" -- "$AG" timeline "$G" --actor atlantis-xyz
has "$T/err" "actor 'atlantis-xyz' is not in the graph" "the unknown actor is named"
expect 2 "timeline --by fortnight" -- "$AG" timeline "$G" --by fortnight
has "$T/err" "unknown period 'fortnight'" "the unknown period is named"

# ---- diff: two periods of one graph, and two graphs ----
expect 0 "diff --before" -- "$AG" diff "$G" --before 2024-07 -f json -o "$T/diff.json" -q
py "diff of two periods: what appeared and disappeared" '
import json, sys
sys.path.insert(0, sys.argv[1])
from events import occurrences
before, after = set(), set()
for r, s, t in occurrences(sys.argv[2]):
    d = r.get("date", "")
    if d:
        (before if d < "2024-07" else after).add((s, t, r["kind"], r["label"]))
d = json.load(open(sys.argv[3]))
assert set(d) == {"actors", "links", "ranks"}
assert set(d["links"]) == {"added", "removed", "changed"}
key = lambda l: (l["source"], l["target"], l["kind"], l["label"])
added = {key(l) for l in d["links"]["added"] if l["kind"] != "affiliation"}
removed = {key(l) for l in d["links"]["removed"] if l["kind"] != "affiliation"}
assert added == after - before, len(added ^ (after - before))
assert removed == before - after, len(removed ^ (before - after))
assert added and removed and d["links"]["changed"] and d["actors"]["added"]
w = [l["weight"] for l in d["links"]["added"]]
assert w == sorted(w, reverse=True), "strongest first"
assert all(x["old"] != x["new"] for x in d["links"]["changed"])
assert all(r["old"] is None or r["old"] <= 20 or r["new"] <= 20 for r in d["ranks"])
' "$T" "$E" "$T/diff.json"
expect 0 "diff --before (text)" -- "$AG" diff "$G" --before 2024-07 -o "$T/diff.txt" -q
has "$T/diff.txt" "^diff: before 2024-07 (.*) -> from 2024-07 on" "the text names both periods"
has "$T/diff.txt" "^links added: [0-9]" "the text counts the links"
head -n 250 "$T/corpus.jsonl" >"$T/first.jsonl"
tail -n +251 "$T/corpus.jsonl" >"$T/second.jsonl"
"$AG" build -q "$T/first.jsonl" -o "$T/first.json" && "$AG" build -q "$T/second.jsonl" -o "$T/second.json" ||
  no "build the halves"
expect 0 "diff OLD NEW" -- "$AG" diff "$T/first.json" "$T/second.json" -f json -o "$T/halves.json" -q
py "diff of two graphs is valid JSON with both sides" '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["links"]["added"] and d["links"]["removed"] and d["actors"]["removed"]
' "$T/halves.json"
expect 2 "diff with one graph and no --before" -- "$AG" diff "$G"
has "$T/err" "missing NEW" "the missing graph is named"
expect 2 "diff --before with two graphs" -- "$AG" diff "$G" "$G" --before 2024-07
expect 2 "diff --before a bad date" -- "$AG" diff "$G" --before 2024-13

# ---- the other view options: ego network, net, collapse ----
HUB=$("$PY" -c '
import json, sys, collections
c = collections.Counter()
for l in json.load(open(sys.argv[1]))["links"]:
    c[l["source"]] += 1; c[l["target"]] += 1
print(c.most_common(1)[0][0])' "$G")
expect 0 "export --actor $HUB --depth 1" -- "$AG" export "$G" -f json --actor "$HUB" --depth 1 -o "$T/ego.json" -q
py "the ego network: the actor, its neighbours and the links among them" '
import json, sys
g, e, hub = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
near = {hub} | {l["target"] for l in g["links"] if l["source"] == hub} | {l["source"] for l in g["links"] if l["target"] == hub}
assert {n["id"] for n in e["nodes"]} == near
inside = [l for l in g["links"] if l["source"] in near and l["target"] in near]
assert len(e["links"]) == len(inside) and len(near) > 3
' "$G" "$T/ego.json" "$HUB"
expect 0 "export --net" -- "$AG" export "$G" -f json --net -o "$T/net.json" -q
py "--net: one link per pair, the total weight" '
import collections, json, sys
g, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
tot = collections.Counter()
for l in g["links"]:
    if l["kind"] != "affiliation":
        tot[tuple(sorted((l["source"], l["target"])))] += l["weight"]
got = {(l["source"], l["target"]): l["weight"] for l in n["links"]}
assert all(l["label"] == "net" and l["source"] < l["target"] for l in n["links"])
assert got == dict(tot)
' "$G" "$T/net.json"
expect 0 "analyze --collapse country --net -f json" -- "$AG" analyze "$G" --collapse country --net -f json -o "$T/an.json" -q
expect 0 "export --collapse country -f json" -- "$AG" export "$G" --collapse country -f json -o "$T/col.json" -q
py "analyze and export share the view" '
import json, sys
a, x = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
kinds = {n["kind"] for n in x["nodes"]}
assert "country" in kinds
assert a["summary"]["actors"] == len(x["nodes"]), (a["summary"], len(x["nodes"]))
' "$T/an.json" "$T/col.json"
expect 2 "--depth without --actor" -- "$AG" export "$G" --depth 2
has "$T/err" "needs --actor" "--depth asks for its centre"
expect 2 "export --since a bad date" -- "$AG" export "$G" --since 2024-02-30
has "$T/err" "not '2024-02-30'" "the bad date is named"
expect 2 "export --actor unknown" -- "$AG" export "$G" --actor atlantis-xyz -f json
has "$T/err" "atlantis-xyz" "the unknown actor is named"

echo "e2e-time: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
