#!/bin/sh
# End-to-end tests of the command line on the sample article: every
# subcommand, every exit status, atomic outputs. Usage: e2e.sh BINARY
AG=${1:-./actorgraph}
SEED=graphs/seed-turkey-syria.txt
. "$(dirname "$0")/e2e-lib.sh"
json_lines() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if l.strip(): json.loads(l)' "$1"; }

expect 0 "help" -- "$AG" --help
has "$T/out" "extract" "help lists commands"
expect 0 "version" -- "$AG" --version
has "$T/out" "actorgraph 0" "version string"
expect 2 "no command" -- "$AG"
expect 2 "unknown command" -- "$AG" frobnicate
has "$T/err" "unknown command" "message for unknown command"
for c in extract build analyze export run; do
  expect 0 "$c --help" -- "$AG" $c --help
  has "$T/out" "usage: actorgraph $c" "$c usage"
  expect 2 "$c bad option" -- "$AG" $c --no-such-option
done

# extract
expect 0 "extract seed" -- "$AG" extract "$SEED"
cp "$T/out" "$T/events.jsonl"
json_lines "$T/events.jsonl" && ok || no "extract output is JSON Lines"
has "$T/events.jsonl" '"name":"Hulusi Akar"' "Akar found"
has "$T/events.jsonl" '"label":"denounce"' "denounce found"
has "$T/events.jsonl" '"doc":"seed-turkey-syria"' "doc id is the base name"
expect 0 "extract stdin" -- sh -c "$AG extract - < $SEED"
has "$T/out" '"doc":"stdin"' "stdin doc id"
printf '{"id":"a","text":"France condemned Iran.","date":"2024-05-01"}\n{"id":"b","text":"Iran criticized France."}\n' > "$T/docs.jsonl"
expect 0 "extract jsonl" -- "$AG" extract "$T/docs.jsonl"
has "$T/out" '"doc":"b"' "jsonl second document"
has "$T/out" '"date":"2024-05-01"' "jsonl date kept"
python3 -c 'import json
with open("'"$T"'/many.jsonl","w") as f:
    for i in range(60):
        f.write(json.dumps({"id":"m%d"%i,"text":["France condemned Iran.","Japanese Prime Minister Aiko Sato met Korean officials in Seoul.","Peru and Chile agreed."][i%3]})+"\n")'
expect 0 "extract -j 1" -- "$AG" extract -q -j 1 "$T/many.jsonl" -o "$T/j1.jsonl"
expect 0 "extract -j 3" -- "$AG" extract -q -j 3 "$T/many.jsonl" -o "$T/j3.jsonl"
cmp -s "$T/j1.jsonl" "$T/j3.jsonl" && ok || no "parallel extraction gives the same bytes"
has "$T/j3.jsonl" '"doc":"m59"' "every document extracted in parallel"
expect 2 "extract bad --jobs" -- "$AG" extract -j many "$SEED"
expect 0 "build -j 1" -- "$AG" build -q -j 1 "$T/many.jsonl" -o "$T/gj1.json"
expect 0 "build -j 3" -- "$AG" build -q -j 3 "$T/many.jsonl" -o "$T/gj3.json"
cmp -s "$T/gj1.json" "$T/gj3.json" && ok || no "parallel build gives the same graph"
expect 1 "extract missing file" -- "$AG" extract "$T/nope.txt"
has "$T/err" "nope.txt" "missing file named"
printf '{"id":"a","text":"x"}\n{broken\n' > "$T/bad.jsonl"
expect 1 "extract malformed jsonl" -- "$AG" extract "$T/bad.jsonl"
has "$T/err" "bad.jsonl:2" "malformed line named"
printf '{"countries":[{"name":"Freedonia","code":"FRD","capitals":["Fredville"]}]}' > "$T/lex.json"
printf 'Fredville condemned Sylvania.\n' > "$T/fred.txt"
expect 0 "extract with --lexicon" -- "$AG" extract --lexicon "$T/lex.json" "$T/fred.txt"
has "$T/out" '"name":"Freedonia"' "lexicon override used"
printf '{"countries":[' > "$T/badlex.json"
expect 1 "malformed lexicon" -- "$AG" extract --lexicon "$T/badlex.json" "$T/fred.txt"
has "$T/err" "badlex.json:1:" "lexicon error names file:line"
expect 0 "extract -o" -- "$AG" extract -o "$T/e2.jsonl" "$SEED"
cmp -s "$T/e2.jsonl" "$T/events.jsonl" && ok || no "extract -o equals stdout"

# build
expect 0 "build" -- "$AG" build "$T/events.jsonl" -o "$T/graph.json"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert g["directed"] and g["nodes"] and g["links"]; assert all(l["weight"]>=1 for l in g["links"])' "$T/graph.json" && ok || no "graph.json shape"
expect 0 "build twice merges" -- "$AG" build "$T/events.jsonl" "$T/events.jsonl" -o "$T/g2.json"
python3 -c 'import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
assert len(a["nodes"])==len(b["nodes"]), "one node per actor"
wa={(l["source"],l["target"],l["label"]):l["weight"] for l in a["links"]}
wb={(l["source"],l["target"],l["label"]):l["weight"] for l in b["links"]}
assert all(wb[k]==2*wa[k] for k in wa), "weights add up"' "$T/graph.json" "$T/g2.json" && ok || no "merging two inputs"
expect 0 "build from text" -- "$AG" build "$SEED" -o "$T/g3.json"
expect 1 "build bad records" -- "$AG" build "$T/bad.jsonl"

# analyze
for f in text md csv json; do
  expect 0 "analyze $f" -- "$AG" analyze "$T/graph.json" --format $f
  cp "$T/out" "$T/report.$f"
done
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); n=r["nodes"]; assert n and all(k in n[0] for k in ("id","name","kind","degree","in_degree","out_degree","strength","betweenness","pagerank","eigenvector","community"))' "$T/report.json" && ok || no "analyze json fields"
python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1]))); assert len(rows)>5 and len(set(map(len,rows[:len(rows)])))>=1' "$T/report.csv" && ok || no "analyze csv parses"
has "$T/report.text" "Recep" "text report names actors"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert any("Recep Erdogan" in n.get("aliases",[]) for n in g["nodes"])' "$T/graph.json" && ok || no "graph keeps aliases"
expect 0 "analyze --actor by alias" -- "$AG" analyze "$T/graph.json" --actor "Recep Erdogan"
has "$T/out" "propose" "ego view lists the proposal"
expect 0 "analyze --path" -- "$AG" analyze "$T/graph.json" --with-affiliation --path "Ned Price" "Erdogan"
has "$T/out" "denounce" "path goes through the denunciation"
expect 0 "analyze --collapse country" -- "$AG" analyze "$T/graph.json" --collapse country --format json
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert all(n["kind"]!="person" for n in r["nodes"])' "$T/out" && ok || no "collapse leaves no persons"
expect 2 "analyze unknown actor" -- "$AG" analyze "$T/graph.json" --actor "Nobody Atall"
expect 2 "analyze bad format" -- "$AG" analyze "$T/graph.json" --format xml
expect 1 "analyze missing graph" -- "$AG" analyze "$T/none.json"
printf '{"nodes": [' > "$T/broken.json"
expect 1 "analyze broken graph" -- "$AG" analyze "$T/broken.json"
has "$T/err" "broken.json" "broken graph named"

# export
expect 0 "export dot" -- "$AG" export "$T/graph.json" -f dot -o "$T/g.dot"
if command -v dot >/dev/null; then dot -Tsvg "$T/g.dot" > /dev/null && ok || no "dot reads our DOT"; fi
expect 0 "export svg" -- "$AG" export "$T/graph.json" -f svg -o "$T/g.svg"
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$T/g.svg" && ok || no "SVG is XML"
has "$T/g.svg" "Hulusi Akar" "SVG shows names"
expect 0 "export json to stdout" -- "$AG" export "$T/graph.json" -f json -o -
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out" && ok || no "export json parses"
expect 0 "export from text" -- "$AG" export "$SEED" -f dot
has "$T/out" "digraph" "export from text gives DOT"
expect 2 "export bad format" -- "$AG" export "$T/graph.json" -f png
# html: one page, or (a build without npm) exit 1 saying how to fix it
"$AG" export "$T/graph.json" -o "$T/g.html" >"$T/out" 2>"$T/err"; got=$?
if [ "$got" -eq 0 ]; then
  has "$T/g.html" '<script type="application/json" id="graph-data">' "HTML has the graph data"
  has "$T/g.html" "Hulusi Akar" "HTML holds the names"
  "$AG" export "$T/graph.json" -f html -o "$T/g2.html" && cmp -s "$T/g.html" "$T/g2.html" && ok || no "HTML deterministic"
elif [ "$got" -eq 1 ]; then
  has "$T/err" "make viewer" "HTML without the viewer says to run make viewer"
  [ ! -e "$T/g.html" ] && ok || no "failed HTML export leaves no file"
else
  no "export html: exit $got"
fi
expect 1 "export broken graph leaves no file" -- "$AG" export "$T/broken.json" -f dot -o "$T/never.dot"
[ ! -e "$T/never.dot" ] && [ -z "$(ls "$T" | grep never)" ] && ok || no "no half-written output"

# golden files: every export of a frozen seed graph, byte for byte
# (regenerate on purpose with `make golden`)
for f in dot json graphml gexf cyjs csv-nodes csv-edges; do
  "$AG" export tests/golden/seed-graph.json -f $f -o "$T/golden.$f" 2>"$T/err" &&
    cmp -s "$T/golden.$f" "tests/golden/seed.$f" && ok || no "export -f $f differs from tests/golden/seed.$f"
done

# run
expect 0 "run" -- "$AG" run "$SEED" -o "$T/out-dir"
for f in events.jsonl graph.json report.txt graph.dot graph.svg; do
  [ -s "$T/out-dir/$f" ] && ok || no "run wrote $f"
done
expect 2 "run without files" -- "$AG" run -o "$T/x"

echo "e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
