#!/bin/sh
# Extraction time per MB of one document as the document grows (SIZES in
# MB, default "1 4 16"): each document repeats varied news sentences with
# ever new person names and random countries, so actors and relations keep
# growing with the text.  Figures are printed, never asserted (make bench).
#   sh tests/scale_doc.sh [actorgraph]        SIZES="1 4 16 64" for more
#   sh tests/scale_doc.sh --make SIZE OUT     only writes a document
AG=${1:-./actorgraph}
SIZES=${SIZES:-1 4 16}
gen() { # megabytes (may be a fraction), output file
  python3 - "$1" "$2" data/lexicon.json <<'PY'
import json, random, sys
size, out = int(float(sys.argv[1]) * 1048576), sys.argv[2]
lx = json.load(open(sys.argv[3], encoding="utf-8"))
random.seed(13)
countries = [c["name"] for c in lx["countries"]]
adjs = [c["adjectives"][0] for c in lx["countries"] if c.get("adjectives")]
verbs = [v["forms"][2] for v in lx["verbs"] if len(v["forms"]) > 2 and v["forms"][2].endswith("ed")]
syl = ["ka", "lo", "mi", "ru", "sen", "ta", "vo", "ne", "bar", "dim", "ko", "zu", "el", "fa", "gor", "han",
       "pe", "li", "dro", "mas", "ti", "ve", "sol", "an"]
def name():
    first = "".join(random.choice(syl) for _ in range(2)).capitalize()
    last = "".join(random.choice(syl) for _ in range(4)).capitalize()
    return first + " " + last
titles = ["President", "Foreign Minister", "Defense Minister", "Prime Minister"]
tmpl = [
    "{t} {p} of {c1} {v} {c2} on Monday.",
    "{c1} {v} {c2} over the border dispute, officials said.",
    "{t} {p} met {t2} {q} of {c2} in {c1} on Tuesday.",
    "{c1} and {c2} signed an agreement on trade.",
    "The government of {c1} {v} the decision by {c2}.",
    "{p} said {c1} would not accept the demands of {c2}.",
    "The {a} president {v} {c2}, and he urged both sides to show restraint.",
    "{c2} rejected the accusations and said the {a} foreign minister had misled the public.",
    "{t} {p} of {c1} held talks with his {a} counterpart in {c2}.",
    "Delegations of {c1} and {c2} were also present at the meeting.",
]
n = 0
with open(out, "w", encoding="utf-8") as f:
    while n < size:
        s = random.choice(tmpl).format(t=random.choice(titles), t2=random.choice(titles), p=name(), q=name(),
                                       c1=random.choice(countries), c2=random.choice(countries),
                                       a=random.choice(adjs), v=random.choice(verbs))
        s += "\n" if random.random() < 0.2 else " "
        if n + len(s.encode()) > size:
            break  # at most `size` bytes: 64 MB is the document limit
        f.write(s)
        n += len(s.encode())
PY
}
if [ "$1" = --make ]; then
  gen "$2" "$3"
  exit
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
measure() { # label, megabytes, input
  python3 - "$1" "$2" "$AG" "$3" "$T/events.jsonl" <<'PY'
import os, resource, subprocess, sys, time
label, mb, ag, doc, out = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
t = time.perf_counter()
p = subprocess.run([ag, "extract", "-q", "-j", "1", doc, "-o", out])
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
rels = sum(1 for l in open(out, encoding="utf-8") if '"relation"' in l) if p.returncode == 0 else 0
print(f"{label:>28}: cpu {cpu:7.2f} s ({cpu / mb:5.2f} s/MB)  wall {wall:7.2f} s  "
      f"peak RSS {ru.ru_maxrss / 1024:7.1f} MiB  {rels} relations  exit {p.returncode}")
PY
}
echo "extraction time per MB (CPU time: user + system; wall time depends on the machine's load)"
# The small end: 1 KB documents, 1024 of them in one JSON Lines file, so
# the start-up (loading the lexicon) is spread over a MB.
gen 1 "$T/doc.txt"
python3 - "$T/doc.txt" "$T/docs.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(1024):
        chunk = text[i * 1024:(i + 1) * 1024]
        f.write(json.dumps({"id": f"d{i}", "text": chunk}, ensure_ascii=False) + "\n")
PY
measure "1024 documents of 1 KB" 1 "$T/docs.jsonl"
for mb in $SIZES; do
  gen "$mb" "$T/doc.txt"
  measure "one document of $mb MB" "$mb" "$T/doc.txt"
done
