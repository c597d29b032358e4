#!/bin/sh
# make bench: throughput and peak memory of each stage on a synthetic corpus
# made from the sample article (N documents, default 2000) and on a random
# graph of many actors. Figures are printed, never asserted.
N=${N:-2000}
AG=./actorgraph
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 - "$N" graphs/seed-turkey-syria.txt "$T/corpus.jsonl" <<'PY'
import json, sys
n, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"doc-{i}", "date": f"2024-01-{1 + i % 28:02d}", "text": text}, ensure_ascii=False) + "\n")
PY
measure() { # label, command...
  label=$1; shift
  python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
p = subprocess.run(cmd, stdout=subprocess.DEVNULL)
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:38} {dt:8.2f} s  peak RSS {rss:7.1f} MiB  exit {p.returncode}")
PY
}
bytes=$(wc -c < "$T/corpus.jsonl")
echo "corpus: $N documents, $((bytes / 1024)) KiB"
measure "extract ($N docs, 1 thread)" $AG extract -q -j 1 "$T/corpus.jsonl" -o "$T/events.jsonl"
measure "extract ($N docs, all processors)" $AG extract -q "$T/corpus.jsonl" -o "$T/events.jsonl"
measure "build" $AG build -q "$T/events.jsonl" -o "$T/graph.json"
measure "analyze (text report)" $AG analyze "$T/graph.json"
python3 - "$T/big.jsonl" <<'PY'
import json, random, sys
random.seed(7)
n_actors, n_rel = 5000, 50000
with open(sys.argv[1], "w") as f:
    doc = 0
    for start in range(0, n_rel, 500):
        ids = set()
        rels = []
        for k in range(500):
            a, b = random.sample(range(n_actors), 2)
            ids.update((a, b))
            rels.append((a, b, random.choice([-1, 1])))
        for i in sorted(ids):
            f.write(json.dumps({"type": "actor", "id": f"a{i}", "name": f"Actor {i}", "kind": "country", "doc": f"d{doc}"}) + "\n")
        for a, b, p in rels:
            f.write(json.dumps({"type": "relation", "kind": "stance", "label": "support" if p > 0 else "criticize",
                                "source": f"a{a}", "target": f"a{b}", "polarity": p, "doc": f"d{doc}"}) + "\n")
        doc += 1
PY
measure "build (5000 actors, 50000 relations)" $AG build -q "$T/big.jsonl" -o "$T/big.json"
measure "analyze (5000 actors)" $AG analyze "$T/big.json" --format json
measure "export svg (5000 actors)" $AG export "$T/big.json" -f svg -o "$T/big.svg"
sh tests/scale_doc.sh "$AG"
# Issue 9: stages on 10 MB and 100 MB, analyze beside its igraph floor.
sh tests/bench_scale.sh "$AG"
