#!/bin/sh
# End-to-end tests of the views an analyst reads: diagrams sized and
# coloured by the analysis (--size, --color, --cluster bloc; --cluster
# country through Graphviz's own dot, as the README shows it), the dated
# exports (dynamic GEXF, dates in GraphML and cyjs, PageRank and bloc as
# node attributes) and the report's warnings.
# Usage: e2e_views.sh BINARY
AG=${1:-./actorgraph}
. "$(dirname "$0")/e2e-lib.sh"

G=tests/golden/seed-graph.json

# ---- diagrams ----
expect 0 "export --size pagerank --color bloc --cluster bloc" -- \
  "$AG" export $G -f dot --size pagerank --color bloc --cluster bloc -q -o "$T/bloc.dot"
has "$T/bloc.dot" "cluster_bloc_1" "--cluster bloc draws a box per bloc"
has "$T/bloc.dot" "larger actor: higher PageRank" "the legend says what size means"
has "$T/bloc.dot" "newrank=true" "clusters are ranked with newrank"
[ "$(grep -c 'subgraph cluster_legend' "$T/bloc.dot")" -eq 1 ] && ok || no "the legend is one block"
if command -v dot >/dev/null; then
  dot -Tpdf -o "$T/bloc.pdf" "$T/bloc.dot" 2>"$T/err" && ok || no "dot -Tpdf of --cluster bloc: $(head -c 300 "$T/err")"
  # The README's example, on the seed graph and on a graph of many countries
  # with officials (persons and ministries inside country boxes).
  for src in $G export/seed-turkey-syria/graph.json; do
    "$AG" export "$src" -f dot --cluster country -q | dot -Tpdf -o "$T/c.pdf" 2>"$T/err" &&
      [ -s "$T/c.pdf" ] && ok || no "README: export $src -f dot --cluster country | dot -Tpdf: $(head -c 300 "$T/err")"
  done
fi
expect 0 "export svg --size degree --color country" -- \
  "$AG" export $G -f svg --size degree --color country -q -o "$T/c.svg"
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$T/c.svg" && ok || no "SVG with --size is XML"
has "$T/c.svg" "fill: country" "the SVG legend says what colour means"
expect 2 "--size nonsense is a usage error" -- "$AG" export $G -f dot --size fame
has "$T/err" "actorgraph: .*--size: unknown measure 'fame'" "the message names the option"
expect 2 "--color nonsense is a usage error" -- "$AG" export $G -f dot --color mood
expect 2 "--cluster nonsense is a usage error" -- "$AG" export $G -f dot --cluster planet

# Boxes come out in the order they were made, not in the order of their
# names' heap addresses (which address-space randomization changes).
for i in 1 2 3; do "$AG" export export/seed-turkey-syria/graph.json -f dot --cluster country -q | cksum; done |
  sort -u | wc -l | grep -qx 1 && ok || no "DOT with --cluster country is the same bytes on every run"

# ---- dated exports ----
cat > "$T/dated.json" <<'EOF'
{"directed":true,"multigraph":true,"graph":{"format":"actorgraph-graph/1"},
"nodes":[{"id":"turkey","name":"Turkey","kind":"country"},{"id":"syria","name":"Syria","kind":"country"},
 {"id":"russia","name":"Russia","kind":"country"}],
"links":[{"source":"turkey","target":"syria","kind":"stance","label":"condemn","polarity":-1,"weight":5,
  "evidence":[],"dates":{"2024-01-05":2,"2024-02-10":1,"2024-03":1}},
 {"source":"russia","target":"turkey","kind":"meeting","label":"meet","polarity":1,"weight":1,"evidence":[],
  "dates":{"2023-12-31":1}}]}
EOF
expect 0 "export gexf of a dated graph" -- "$AG" export "$T/dated.json" -o "$T/d.gexf"
has "$T/d.gexf" 'mode="dynamic" timeformat="date"' "GEXF is dynamic with dates"
has "$T/d.gexf" '<spell start="2024-01-05" end="2024-01-05"/>' "a dated day is a spell"
has "$T/d.gexf" '<spell start="2024-03-01" end="2024-03-31"/>' "a month known only spans the month"
has "$T/d.gexf" '<attvalue for="8" value="2" start="2024-01-05" end="2024-01-05"/>' "occurrences per spell"
has "$T/d.gexf" 'title="pagerank"' "GEXF carries PageRank"
has "$T/d.gexf" '<attvalue for="8" value="1"/>' "GEXF carries the bloc"
expect 0 "export graphml of a dated graph" -- "$AG" export "$T/dated.json" -o "$T/d.graphml"
has "$T/d.graphml" '<data key="e_dates">2024-01-05:2 2024-02-10:1 2024-03:1</data>' "GraphML carries the dates"
has "$T/d.graphml" '<data key="n_bloc">1</data>' "GraphML carries the bloc"
expect 0 "export cyjs of a dated graph" -- "$AG" export "$T/dated.json" -o "$T/d.cyjs"
python3 - "$T/d.cyjs" <<'EOF' && ok || no "cyjs carries dates, pagerank and bloc"
import json, sys
d = json.load(open(sys.argv[1]))
e = d["elements"]["edges"][0]["data"]
assert e["dates"] == {"2024-01-05": 2, "2024-02-10": 1, "2024-03": 1}, e.get("dates")
n = d["elements"]["nodes"][0]["data"]
assert isinstance(n["pagerank"], float) and n["bloc"] == 1, n
EOF
# Node-link JSON and CSV need no analysis: they stay as they were.
expect 0 "export json" -- "$AG" export "$T/dated.json" -f json -o "$T/d.json"
hasnt "$T/d.json" "pagerank" "node-link JSON is the graph, not the analysis"

# ---- the report warns ----
expect 0 "analyze -f json" -- "$AG" analyze "$T/dated.json" -f json -o "$T/a.json"
python3 - "$T/a.json" <<'EOF' && ok || no "analyze -f json reports components"
import json, sys
c = json.load(open(sys.argv[1]))["components"]
assert c == {"count": 1, "largest": 3, "largest_share": 1.0}, c
EOF
expect 0 "analyze the seed graph" -- "$AG" analyze $G -o "$T/seed.txt"
has "$T/seed.txt" "^  components: " "the summary counts components"
has "$T/seed.txt" "^  warning: [0-9]* separate components; the largest holds" "many components are a warning"
has "$T/seed.txt" "actors* in no bloc (no cooperative tie)" "one-member blocs are summarized"
hasnt "$T/seed.txt" "without a bloc" "one-member blocs are not listed as blocs"
awk 'length($0) > 240 { bad = 1 } END { exit bad }' "$T/seed.txt" && ok || no "report lines are capped"

# ---- a meeting's place per occurrence ----
# The same pair meets in Ankara, then in Doha: the link keeps both places,
# each on its own evidence entry, through graph.json, a re-read and the page.
cat > "$T/meet.jsonl" <<'EOF2'
{"type":"actor","doc":"m1","id":"turkey","name":"Turkey","kind":"country"}
{"type":"actor","doc":"m1","id":"qatar","name":"Qatar","kind":"country"}
{"type":"relation","doc":"m1","kind":"meeting","label":"meet","participants":["turkey","qatar"],"location":"Ankara","sentence":0,"evidence":"Turkey and Qatar met in Ankara."}
{"type":"actor","doc":"m2","id":"turkey","name":"Turkey","kind":"country"}
{"type":"actor","doc":"m2","id":"qatar","name":"Qatar","kind":"country"}
{"type":"relation","doc":"m2","kind":"meeting","label":"meet","participants":["turkey","qatar"],"location":"Doha","sentence":0,"evidence":"Turkey and Qatar met again in Doha."}
EOF2
expect 0 "build a meeting held in two places" -- "$AG" build -q -o "$T/meet.json" "$T/meet.jsonl"
python3 - "$T/meet.json" <<'EOF2' && ok || no "each meeting occurrence keeps its place in graph.json"
import json, sys
g = json.load(open(sys.argv[1]))
m = [l for l in g["links"] if l["kind"] == "meeting"]
assert len(m) == 1 and m[0]["weight"] == 2, m
assert [e.get("location") for e in m[0]["evidence"]] == ["Ankara", "Doha"], m[0]["evidence"]
EOF2
expect 0 "export json of that graph" -- "$AG" export "$T/meet.json" -f json -q -o "$T/meet2.json"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert [e.get("location") for l in g["links"] if l["kind"]=="meeting" for e in l["evidence"]]==["Ankara","Doha"]' "$T/meet2.json" && ok || no "the places survive a re-read"

echo "e2e_views: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
