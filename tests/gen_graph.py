#!/usr/bin/env python3
"""Big inputs for the export tests and measurements (deterministic, seeded).

  gen_graph.py parallel ACTORS LINKS   extraction records: few actors, many
                                       parallel links (distinct labels per pair)
  gen_graph.py random ACTORS LINKS     extraction records: random stances
                                       between many actors (make bench's graph)
  gen_graph.py docs N                  N three-sentence news documents (JSON
                                       Lines) about 20 countries

Records go through `actorgraph build`; documents through `run` or `build`.
Output is on stdout.
"""
import json
import random
import sys

LABELS = [  # (label, polarity) as the lexicon has them
    ("denounce", -1), ("condemn", -1), ("criticize", -1), ("deplore", -1), ("accuse", -1),
    ("blame", -1), ("protest", -1), ("reject", -1), ("oppose", -1), ("refuse", -1),
    ("veto", -1), ("deny", -1), ("warn", -1), ("threaten", -1), ("sanction", -1),
    ("suspend", -1), ("sever", -1), ("ban", -1), ("expel", -1), ("attack", -1),
    ("demand", 0), ("urge", 0), ("call", 0), ("appeal", 0), ("ask", 0), ("request", 0),
    ("press", 0), ("propose", 0), ("suggest", 0), ("mediate", 0),
    ("praise", 1), ("commend", 1), ("welcome", 1), ("support", 1), ("back", 1),
    ("endorse", 1), ("approve", 1), ("congratulate", 1), ("thank", 1), ("defend", 1),
    ("recognize", 1), ("agree", 1), ("accept", 1), ("offer", 1), ("invite", 1),
    ("pledge", 1), ("promise", 1), ("cooperate", 1), ("normalize", 1), ("forgive", 1),
]


def records(actors, rels, per_doc=500):
    """rels: (kind, label, polarity, a, b); one document per per_doc relations."""
    out = sys.stdout
    for doc, start in enumerate(range(0, len(rels), per_doc)):
        chunk = rels[start:start + per_doc]
        ids = sorted({x for r in chunk for x in r[3:5]})
        for i in ids:
            out.write(json.dumps({"type": "actor", "id": f"a{i}", "name": f"Actor {i}",
                                  "kind": "country", "doc": f"d{doc}"}) + "\n")
        for kind, label, pol, a, b in chunk:
            out.write(json.dumps({"type": "relation", "kind": kind, "label": label,
                                  "source": f"a{a}", "target": f"a{b}", "polarity": pol,
                                  "doc": f"d{doc}"}) + "\n")


def parallel(n_actors, n_links):
    """n_links distinct links among n_actors: every link is a new
    (pair, label), seen 1-4 times; some are meetings."""
    rnd = random.Random(13)
    keys = set()
    rels = []
    while len(keys) < n_links:
        a, b = rnd.sample(range(n_actors), 2)
        if rnd.random() < 0.1:
            a, b = min(a, b), max(a, b)
            key = ("meeting", "meet", 1, a, b)
        else:
            label, pol = rnd.choice(LABELS)
            key = ("stance", label, pol, a, b)
        if key in keys:
            continue
        keys.add(key)
        rels.extend([key] * rnd.randint(1, 4))
    rnd.shuffle(rels)
    records(n_actors, rels)


def random_graph(n_actors, n_rel):
    rnd = random.Random(7)
    rels = []
    for _ in range(n_rel):
        a, b = rnd.sample(range(n_actors), 2)
        p = rnd.choice([-1, 1])
        rels.append(("stance", "support" if p > 0 else "criticize", p, a, b))
    records(n_actors, rels)


COUNTRIES = ["France", "Germany", "Iran", "Turkey", "Syria", "Russia", "China", "Japan",
             "India", "Brazil", "Egypt", "Israel", "Spain", "Italy", "Poland", "Ukraine",
             "Canada", "Mexico", "Peru", "Chile"]
VERBS = ["condemned", "criticized", "denounced", "accused", "warned", "threatened",
         "sanctioned", "rejected", "opposed", "urged", "praised", "welcomed", "supported",
         "backed", "thanked", "congratulated", "invited", "attacked", "blamed", "commended"]


def docs(n):
    rnd = random.Random(11)
    for i in range(n):
        sents = []
        for _ in range(3):
            a, b = rnd.sample(COUNTRIES, 2)
            if rnd.random() < 0.15:
                sents.append(f"Officials of {a} met officials of {b}.")
            else:
                sents.append(f"{a} {rnd.choice(VERBS)} {b}.")
        sys.stdout.write(json.dumps({"id": f"doc-{i}", "date": f"2024-01-{1 + i % 28:02d}",
                                     "text": " ".join(sents)}) + "\n")


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "parallel" and len(sys.argv) == 4:
        parallel(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "random" and len(sys.argv) == 4:
        random_graph(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "docs" and len(sys.argv) == 3:
        docs(int(sys.argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
