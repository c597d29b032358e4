#!/bin/sh
# The scale part of `make bench` (issue 9): one table of each stage's CPU
# seconds, corpus MB per CPU second and peak RSS on 10 MB and 100 MB of
# synthetic wire news (tests/bench_corpus.py), with the growth from one to
# the other; then analyze on random graphs of 10k and 100k actors beside
# the same igraph calls in a small C program (tests/bench_floor.c, the
# floor).  Figures only, never asserted.
# Usage: bench_scale.sh ACTORGRAPH.  BENCH_SIZES="10 100" (MB) and
# BENCH_ACTORS="10000 100000" choose the sizes.
AG=${1:-./actorgraph}
SIZES=${BENCH_SIZES:-10 100}
ACTORS=${BENCH_ACTORS:-10000 100000}
PY=${PYTHON:-python3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# measure NAME command...: appends "NAME cpu_seconds peak_rss_mib exit" to
# $T/rows (the child's own rusage, so the table holds CPU, not wall, time).
measure() {
  name=$1; shift
  "$PY" - "$name" "$@" >>"$T/rows" <<'PY'
import os, resource, subprocess, sys
name, cmd = sys.argv[1], sys.argv[2:]
p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(name, f"{u.ru_utime + u.ru_stime:.2f}", f"{u.ru_maxrss / 1024:.0f}", p.returncode)
PY
}

echo "Scale: synthetic wire news (tests/bench_corpus.py), $(nproc) processors; CPU = user + system"
for mb in $SIZES; do
  c=$T/c$mb
  "$PY" tests/bench_corpus.py "$mb" "$c.jsonl"
  measure "extract/$mb" "$AG" extract -q "$c.jsonl" -o "$c.events"
  measure "build/$mb" "$AG" build -q "$c.events" -o "$c.graph.json"
  measure "analyze/$mb" "$AG" analyze -q "$c.graph.json" -o "$c.report.txt"
  measure "export-json/$mb" "$AG" export -q "$c.graph.json" -f json -o "$c.export.json"
  measure "export-svg/$mb" timeout 600 "$AG" export -q "$c.graph.json" -f svg -o "$c.svg"
  echo "corpus/$mb $(wc -c <"$c.jsonl") $(grep -c . "$c.jsonl") $(wc -c <"$c.events") $(wc -c <"$c.graph.json")" >>"$T/sizes"
  grep "betweenness and harmonic closeness:" "$c.report.txt" | sed "s/^ */paths\/$mb /" >>"$T/sizes"
done
"$PY" - "$T/rows" "$T/sizes" $SIZES <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, cpu, rss, rc = line.split()
    rows[name] = (float(cpu), float(rss), int(rc))
sizes, paths = {}, {}
for line in open(sys.argv[2]):
    key, rest = line.split(" ", 1)
    kind, mb = key.split("/")
    if kind == "corpus":
        sizes[mb] = [int(x) for x in rest.split()]
    else:
        paths[mb] = rest.strip()
mbs = sys.argv[3:]
for mb in mbs:
    b, docs, ev, g = sizes[mb]
    print(f"  {mb} MB corpus: {b / 1e6:.1f} MB, {docs} documents; events.jsonl {ev / 1e6:.1f} MB; graph.json {g / 1e6:.1f} MB")
    print(f"  {mb} MB analyze: betweenness and harmonic closeness: {paths.get(mb, '?').split(': ', 1)[-1]}")
head = f"  {'stage':12}" + "".join(f"{mb + ' MB: CPU s':>16}{'MB/s':>8}{'RSS MiB':>9}" for mb in mbs)
if len(mbs) == 2:
    head += f"{'CPU x':>8}{'RSS x':>8}"
print(head)
for stage in ("extract", "build", "analyze", "export-json", "export-svg"):
    line = f"  {stage:12}"
    got = []
    for mb in mbs:
        cpu, rss, rc = rows[f"{stage}/{mb}"]
        rate = sizes[mb][0] / 1e6 / cpu if cpu > 0 else 0
        flag = "" if rc == 0 else (" timeout" if rc == 124 else f" exit {rc}")
        line += f"{cpu:16.2f}{rate:8.2f}{rss:9.0f}{flag}"
        got.append((cpu, rss))
    if len(got) == 2 and got[0][0] > 0:
        line += f"{got[1][0] / got[0][0]:8.1f}{got[1][1] / got[0][1]:8.1f}"
    print(line)
print("  (MB/s: corpus megabytes per CPU second; x: the larger size over the smaller)")
PY

echo
echo "Analyze on random graphs (5 stances an actor) beside its igraph floor (tests/bench_floor.c)"
cc -O2 -o "$T/floor" tests/bench_floor.c $(pkg-config --cflags --libs igraph) || { echo "bench_floor: cannot compile"; exit 0; }
: >"$T/rows"
for n in $ACTORS; do
  "$PY" - "$n" "$T/r$n.json" "$T/r$n.edges" <<'PY'
import json, random, sys
n, gpath, epath = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(7)
pairs = set()
while len(pairs) < 5 * n:
    a, b = rng.randrange(n), rng.randrange(n)
    if a != b and (b, a) not in pairs:
        pairs.add((a, b))
links = []
with open(epath, "w") as e:
    e.write(f"{n} {len(pairs)}\n")
    for a, b in sorted(pairs):
        p = 1 if rng.random() < 0.6 else -1
        e.write(f"{a} {b} 1 {p}\n")
        links.append({"source": f"a{a}", "target": f"a{b}", "label": "praise" if p > 0 else "warn",
                      "polarity": p, "goldstein": 3.0 * p})
json.dump({"nodes": [{"id": f"a{i}", "kind": "country"} for i in range(n)], "links": links}, open(gpath, "w"))
PY
  measure "analyze/$n" "$AG" analyze -q "$T/r$n.json" -o "$T/r$n.txt"
  floor=$("$T/floor" "$T/r$n.edges" 256 1)
  echo "floor/$n $floor" >>"$T/floors"
done
"$PY" - "$T/rows" "$T/floors" $ACTORS <<'PY'
import sys
rows = {l.split()[0]: l.split()[1:] for l in open(sys.argv[1])}
floors = {l.split()[0]: float(l.split()[1]) for l in open(sys.argv[2])}
print(f"  {'actors':>8}{'links':>9}{'analyze CPU s':>15}{'RSS MiB':>9}{'igraph floor s':>16}{'ratio':>7}")
for n in sys.argv[3:]:
    cpu, rss, rc = rows[f"analyze/{n}"]
    fl = floors[f"floor/{n}"]
    ratio = float(cpu) / fl if fl > 0 else 0
    print(f"  {n:>8}{5 * int(n):>9}{float(cpu):15.2f}{float(rss):9.0f}{fl:16.2f}{ratio:7.1f}" + ("" if rc == "0" else f" exit {rc}"))
print("  (above 5000 actors both estimate paths from 256 sampled sources; analyze also reads the graph JSON)")
PY
