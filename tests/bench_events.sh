#!/bin/sh
# Event data throughput (sh tests/bench_events.sh): one GDELT day's worth of
# synthetic GDELT 1.0 rows (ROWS, default 150000; a day of GDELT 1.0 has
# 100,000-200,000) through build (plain and zipped) and analyze, with times
# and peak memory. Figures are printed, never asserted. The analysis runs
# collapsed to countries: uncollapsed, a day's dense graph takes many
# minutes listing triangles for structural balance (docs/event-data.md).
ROWS=${ROWS:-150000}
AG=${AG:-./actorgraph}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 - "$ROWS" "$T/day.export.CSV" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(11)
iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
countries = [c["alpha_3"] for c in iso]
roles = ["", "", "", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "CVL", "EDU", "SPY"]
codes = [l.split("\t")[0] for l in open("data/cameo.tsv") if l[:1].isdigit() and len(l.split("\t")[0]) >= 3]
gold = {l.split("\t")[0]: l.split("\t")[3] for l in open("data/cameo.tsv") if l[:1].isdigit()}
# A few busy countries, as in GDELT, and a long tail.
weights = [40 if c in ("USA", "RUS", "CHN", "GBR", "ISR", "UKR", "TUR", "IRN", "IND", "FRA") else 1 for c in countries]
def actor():
    if random.random() < 0.08:
        return "", ""
    c = random.choices(countries, weights)[0]
    return c + random.choice(roles), c
with open(out, "w") as f:
    for i in range(n):
        a1, c1 = actor()
        a2, c2 = actor()
        code = random.choice(codes)
        day = "20230105"
        row = [str(1000000000 + i), day, day[:6], day[:4], "2023.0110", a1, a1, c1, "", "", "", "", a1[3:6], "", "",
               a2, a2, c2, "", "", "", "", a2[3:6], "", "", "1", code, code[:3], code[:2],
               "1", gold[code], "4", "1", "4", "-1.5"]
        for geo in range(3):
            row += ["4", "Moscow, Moscow City, Russia", "RS", "RS48", "55.75", "37.61", "-2960561"]
        row += [day, f"https://example.org/{day}/{i}"]
        f.write("\t".join(row) + "\n")
PY
(cd "$T" && python3 -c 'import zipfile; z = zipfile.ZipFile("day.export.CSV.zip", "w", zipfile.ZIP_DEFLATED); z.write("day.export.CSV"); z.close()')
measure() { # label, command...
  label=$1; shift
  python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:44} {dt:8.2f} s  peak RSS {rss:7.1f} MiB  exit {p.returncode}")
if p.stderr.strip():
    print("   ", p.stderr.decode().strip().splitlines()[-1])
PY
}
echo "GDELT day: $ROWS rows, $(($(wc -c < "$T/day.export.CSV") / 1024)) KiB, zipped $(($(wc -c < "$T/day.export.CSV.zip") / 1024)) KiB"
measure "build --from gdelt (plain)" $AG build --from gdelt "$T/day.export.CSV" -o "$T/g.json"
measure "build --from gdelt (zip)" $AG build --from gdelt "$T/day.export.CSV.zip" -o "$T/g.json"
python3 -c 'import json, sys; g = json.load(open(sys.argv[1])); print("graph:", len(g["nodes"]), "actors,", len(g["links"]), "links")' "$T/g.json"
measure "analyze --from gdelt (zip, collapse country)" $AG analyze --from gdelt "$T/day.export.CSV.zip" --collapse country
measure "export -f events-csv" $AG export "$T/g.json" -f events-csv -o "$T/rows.csv"
