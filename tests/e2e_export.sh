#!/bin/sh
# End-to-end tests of exports that must finish on big graphs: parallel
# links drawn as one edge per pair, the engine and label placement chosen
# by the edges drawn, --max-nodes / --max-edges, every format on a
# 2,000-actor graph, and `run` on many short documents.  They check the
# structure of the outputs, never the time (make bench measures that).
# Usage: e2e_export.sh BINARY
AG=${1:-./actorgraph}
PY=${AG_PYTHON:-python3}
GEN="$PY tests/gen_graph.py"
CHECK="$PY tests/drawing_check.py"
. "$(dirname "$0")/e2e-lib.sh"
# check DESCRIPTION -- command: a drawing_check.py run that must pass
check() {
  what=$1; shift 2
  "$@" >"$T/check" 2>&1 && ok || no "$what: $(tail -c 400 "$T/check")"
}

# 19 actors, 3,000 parallel links: one edge per pair, dot, labels placed
$GEN parallel 19 3000 > "$T/par.jsonl"
expect 0 "build 19 x 3000" -- "$AG" build -q "$T/par.jsonl" -o "$T/par.json"
expect 0 "export dot 19 x 3000" -- "$AG" export "$T/par.json" -f dot -o "$T/par.dot"
check "parallel links merged per pair" -- $CHECK pairs "$T/par.json" "$T/par.dot"
has "$T/par.dot" "rankdir=LR" "a small drawing is laid out by dot"
hasnt "$T/par.dot" "layout=" "dot needs no layout attribute"
has "$T/par.dot" "N links: a pair with more than 3 links" "the legend explains merged edges"
has "$T/err" "3000 links drawn as 171 edges" "export says how it drew the links"
has "$T/err" "layout dot" "export names the engine"
expect 0 "export svg 19 x 3000" -- "$AG" export "$T/par.json" -f svg -o "$T/par.svg"
$PY -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$T/par.svg" && ok || no "SVG is XML"
[ "$(grep -c '<g id="edge' "$T/par.svg")" -eq 171 ] && ok || no "SVG has one edge per pair"
grep -q '>[0-9]* links</text>' "$T/par.svg" && ok || no "SVG shows the count of a merged edge"
expect 0 "export -q" -- "$AG" export "$T/par.json" -f dot -q -o "$T/par-q.dot"
[ ! -s "$T/err" ] && ok || no "-q prints no note"
cmp -s "$T/par.dot" "$T/par-q.dot" && ok || no "the DOT is deterministic"

# 2,000 actors, 6,000 links: sfdp, labels in the tooltips
$GEN random 2000 6000 > "$T/big.jsonl"
expect 0 "build 2000 actors" -- "$AG" build -q "$T/big.jsonl" -o "$T/big.json"
expect 0 "export svg 2000 actors" -- "$AG" export "$T/big.json" -f svg -o "$T/big.svg"
has "$T/err" "layout sfdp, labels in tooltips" "a big drawing uses sfdp and tooltips"
check "labels are tooltips" -- $CHECK tooltips "$T/big.svg" "criticize"
expect 0 "export dot 2000 actors" -- "$AG" export "$T/big.json" -f dot -o "$T/big.dot"
has "$T/big.dot" "layout=sfdp" "the DOT names its engine"
hasnt "$T/big.dot" "label=<<FONT COLOR" "no placed edge labels in a big DOT"
expect 2 "--layout dot refused on 6000 edges" -- "$AG" export "$T/big.json" -f svg --layout dot -o "$T/never.svg"
has "$T/err" "layout dot draws at most" "the refusal says the limit"
has "$T/err" "max-nodes" "the refusal says what to do"
[ ! -e "$T/never.svg" ] && ok || no "a refused export writes nothing"

# --max-nodes: the most central by stance and meeting links, not member-of
expect 0 "max-nodes 40" -- "$AG" export "$T/big.json" -f json --max-nodes 40 -o "$T/top40.json"
check "max-nodes keeps the central actors and the strongest links" -- $CHECK select "$T/big.json" "$T/top40.json" 40 160
expect 0 "max-nodes 40 --max-edges 25" -- "$AG" export "$T/big.json" -f json --max-nodes 40 --max-edges 25 -o "$T/top40e.json"
check "max-edges is the budget" -- $CHECK select "$T/big.json" "$T/top40e.json" 40 25
expect 0 "max-nodes 40 --max-edges 0" -- "$AG" export "$T/big.json" -f json --max-nodes 40 --max-edges 0 -o "$T/top40a.json"
check "max-edges 0 keeps all links among them" -- $CHECK select "$T/big.json" "$T/top40a.json" 40 100000
expect 0 "max-nodes 40 svg" -- "$AG" export "$T/big.json" -f svg --max-nodes 40 -o "$T/top40.svg"
has "$T/err" "layout dot" "a 40-actor drawing is laid out by dot"
expect 2 "bad --max-edges" -- "$AG" export "$T/big.json" --max-edges -3
{
  printf '{"type":"actor","id":"ministry","name":"Ministry","kind":"organization","doc":"d"}\n'
  for i in 1 2 3 4 5 6 7 8; do
    printf '{"type":"actor","id":"p%s","name":"P %s","kind":"person","affiliation":"ministry","doc":"d"}\n' $i $i
  done
  for c in a b c; do printf '{"type":"actor","id":"%s","name":"%s","kind":"country","doc":"d"}\n' $c $c; done
  printf '{"type":"relation","kind":"stance","label":"condemn","source":"a","target":"b","polarity":-1,"doc":"d"}\n'
  printf '{"type":"relation","kind":"stance","label":"praise","source":"b","target":"c","polarity":1,"doc":"d"}\n'
  printf '{"type":"relation","kind":"stance","label":"urge","source":"p1","target":"a","polarity":0,"doc":"d"}\n'
} > "$T/affil.jsonl"
expect 0 "build affiliations" -- "$AG" build -q "$T/affil.jsonl" -o "$T/affil.json"
expect 0 "max-nodes 3 csv" -- "$AG" export "$T/affil.json" -f csv-nodes --max-nodes 3 -o "$T/affil.csv"
has "$T/affil.csv" '^b,' "the country in two stances is central"
hasnt "$T/affil.csv" '^ministry,' "members do not make a ministry central"

# every data format on the 2,000-actor graph: all actors and links
for f in json graphml gexf cyjs csv-nodes csv-edges html; do
  "$AG" export "$T/big.json" -f $f -o "$T/big.$f" >"$T/out" 2>"$T/err"; got=$?
  if [ $f = html ] && [ $got -eq 1 ] && grep -q "make viewer" "$T/err"; then ok; continue; fi
  [ $got -eq 0 ] && ok || no "export $f: exit $got: $(head -c 300 "$T/err")"
done
$PY - "$T" <<'PY' && ok || no "data exports hold every actor and link"
import csv, json, sys, xml.etree.ElementTree as ET
t = sys.argv[1]
g = json.load(open(f"{t}/big.json"))
n, m = len(g["nodes"]), len(g["links"])
j = json.load(open(f"{t}/big.json"))
assert (len(j["nodes"]), len(j["links"])) == (n, m)
c = json.load(open(f"{t}/big.cyjs"))["elements"]
assert (len(c["nodes"]), len(c["edges"])) == (n, m)
gm = ET.parse(f"{t}/big.graphml").getroot()
ns = "{http://graphml.graphdrawing.org/xmlns}"
assert (len(list(gm.iter(ns + "node"))), len(list(gm.iter(ns + "edge")))) == (n, m)
gx = ET.parse(f"{t}/big.gexf").getroot()
ns = "{http://gexf.net/1.3}"
assert (len(list(gx.iter(ns + "node"))), len(list(gx.iter(ns + "edge")))) == (n, m)
assert len(list(csv.reader(open(f"{t}/big.csv-nodes", newline="")))) == n + 1
assert len(list(csv.reader(open(f"{t}/big.csv-edges", newline="")))) == m + 1
PY

# run on many three-sentence documents about 20 countries: every output,
# the pictures with one edge per pair
$GEN docs 600 > "$T/docs.jsonl"
expect 0 "run on 600 documents" -- "$AG" run -q "$T/docs.jsonl" -o "$T/run"
for f in events.jsonl graph.json report.txt graph.dot graph.svg; do
  [ -s "$T/run/$f" ] && ok || no "run wrote $f"
done
check "run draws parallel links merged" -- $CHECK pairs "$T/run/graph.json" "$T/run/graph.dot"
has "$T/run/graph.svg" " links</text>" "run's SVG shows merged edges"

echo "e2e-export: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
