#!/bin/sh
# make bench: throughput and peak memory of each stage on a synthetic news
# corpus (about MB megabytes, default 10, of JSON Lines documents made from
# the sample article and, when ../shared is there, the shared development
# articles) and on a random graph of many actors. Extraction is also given
# in MB/s of CPU at -j 1 beside `wc -w` on the same file. Figures are
# printed, never asserted.
MB=${MB:-10}
AG=./actorgraph
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 - "$MB" "$T/corpus.jsonl" graphs/seed-turkey-syria.txt ../shared/corpus/*.txt <<'PY'
import json, os, sys
mb, out, srcs = float(sys.argv[1]), sys.argv[2], [p for p in sys.argv[3:] if os.path.isfile(p)]
texts = [open(p, encoding="utf-8").read() for p in srcs]
with open(out, "w", encoding="utf-8") as f:
    i = 0
    while f.tell() < mb * 1e6:
        f.write(json.dumps({"id": f"doc-{i}", "date": f"2024-01-{1 + i % 28:02d}", "text": texts[i % len(texts)]},
                           ensure_ascii=False) + "\n")
        i += 1
PY
N=$(wc -l < "$T/corpus.jsonl")
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
# Extraction in MB/s of CPU (user + system, the best of 3 runs) beside wc -w.
python3 - "$T/corpus.jsonl" "$AG" "$T/events.jsonl" <<'PY'
import os, resource, subprocess, sys
corpus, ag, events = sys.argv[1:4]
def cpu(cmd, runs):
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
    return best
mb = os.path.getsize(corpus) / 1e6
t_ag = cpu([ag, "extract", "-q", "-j", "1", corpus, "-o", events], 3)
t_wc = cpu(["wc", "-w", corpus], 5)
print(f"extract -j 1: {mb / t_ag:6.1f} MB/s of CPU ({t_ag:.2f} s for {mb:.1f} MB); "
      f"wc -w: {mb / max(t_wc, 1e-3):6.1f} MB/s ({t_wc:.3f} s); extract is {t_ag / max(t_wc, 1e-3):.1f}x wc -w")
PY
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
measure "export svg (5000 actors)" $AG export -q "$T/big.json" -f svg -o "$T/big.svg"
# Many parallel links among few actors (tests/gen_graph.py): once dot's worst case.
python3 tests/gen_graph.py parallel 19 2855 > "$T/par.jsonl"
$AG build -q "$T/par.jsonl" -o "$T/par.json"
measure "export svg (19 actors, 2855 links)" $AG export -q "$T/par.json" -f svg -o "$T/par.svg"
python3 tests/gen_graph.py docs 10000 > "$T/docs.jsonl"
measure "run (10000 three-sentence documents)" $AG run -q "$T/docs.jsonl" -o "$T/run"
sh tests/scale_doc.sh "$AG"
# Issue 9: stages on 10 MB and 100 MB, analyze beside its igraph floor.
sh tests/bench_scale.sh "$AG"
