#!/usr/bin/env python3
"""Synthetic wire news for `make bench` and tests/e2e_scale.sh: one JSON
document a line ({"id","date","title","text"}), written until the file
reaches the size asked for.  Deterministic for a given seed.

The actors are the lexicon's countries, organizations and persons plus a
fixed population of invented officials ("Kenyan Trade Minister Amina
Otieno"), drawn with a Zipf-like skew so that a few pairs are seen very
often (links far above the 16 evidence entries a link keeps) and most
rarely.  Like a wire story, each document has a cast of a few actors;
nearly half of its sentences relate two of them with the lexicon's
stance and meeting verbs, the rest is filler without a relation.  Dates
spread evenly over one year.

usage: bench_corpus.py MEGABYTES OUT.jsonl [--seed N] [--lexicon data/lexicon.json]
"""
import argparse
import datetime
import json
import random

FIRST = ("Amina Ahmed Ana Andrei Anna Carlos Chen David Elena Emma Farid Fatima Hana Hiroshi "
         "Ibrahim Ivan Jean Jorge Kofi Lars Layla Leila Luis Maria Marta Mehmet Min Mohammed "
         "Nadia Nikolai Olga Omar Pablo Priya Rahul Rosa Sami Sara Sofia Tomas Yusuf Zhang "
         "Aisha Bruno Dmitri Erik Greta Hassan Ines Jonas Karim Lucia Malik Nora Oskar Pedro "
         "Rania Stefan Tariq Ursula Viktor Wei Xavier Yara Zeynep").split()
LAST = ("Otieno Kaya Silva Novak Kowalski Haddad Tanaka Moreau Rossi Schmidt Petrov Haddadi "
        "Okafor Mensah Nguyen Park Kim Costa Ferreira Jensen Larsen Dubois Laurent Romero "
        "Castillo Mendez Aziz Rahman Chowdhury Iyer Reddy Sato Suzuki Yamamoto Wang Liu Zhao "
        "Abbas Karimi Farouk Mansour Demir Yilmaz Ozturk Hansen Nilsson Berg Lindqvist Varga "
        "Horvat Popescu Ionescu Marin Kovacs Dvorak Adeyemi Balogun Mwangi Kamau Banda Phiri "
        "Moyo Dlamini Aguilar Ortega Navarro Vargas Salazar Quispe").split()
TITLES = ("Foreign Minister", "Defense Minister", "Prime Minister", "Interior Minister",
          "Finance Minister", "Trade Minister", "Energy Minister", "Health Minister")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FILLER = (
    "Markets in {cap} were calm on {day}, with the main index closing slightly higher after a week of losses.",
    "The talks are expected to continue next week, according to people familiar with the negotiations.",
    "Officials did not give further details and declined to say when a final text would be published.",
    "Analysts said the move could reshape the region's politics for years, though much depends on the economy.",
    "The statement came after weeks of tension along the border and repeated warnings from aid groups.",
    "Diplomats described the atmosphere as cordial but firm, and said several questions remained open.",
    "Several ministers are expected to attend the summit in {cap}, where trade and security are on the agenda.",
    "The announcement was broadcast on state television on {day} and repeated in the evening news.",
    "Prices of wheat and fuel have risen sharply since the spring, adding to pressure on households.",
    "A spokesperson said the government would study the proposal carefully before taking any decision.",
    "Opposition lawmakers criticized the lack of consultation and called for a debate in parliament.",
    "The central bank kept its main interest rate unchanged on {day}, citing uncertainty over inflation.",
)


def zipf_pick(rng, items, s=1.1):
    """An item with probability falling as 1/rank^s (ranks fixed by the list)."""
    # inverse-CDF on precomputed cumulative weights, cached per list
    key = id(items)
    cum = zipf_pick.cache.get(key)
    if cum is None:
        total, cum = 0.0, []
        for r in range(len(items)):
            total += 1.0 / (r + 1) ** s
            cum.append(total)
        zipf_pick.cache[key] = cum
    x = rng.random() * cum[-1]
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return items[lo]


zipf_pick.cache = {}


def load(lexicon, rng):
    lx = json.load(open(lexicon, encoding="utf-8"))
    countries = [c for c in lx["countries"] if c.get("adjectives") and c.get("capitals")]
    rng.shuffle(countries)
    orgs = [o["name"] for o in lx["organizations"]]
    rng.shuffle(orgs)
    persons = [p["name"] for p in lx["persons"]]
    rng.shuffle(persons)
    stances = []
    for v in lx["verbs"]:  # a one-word past tense of each verb
        past = [f for f in v.get("forms", []) if f.endswith("ed") and " " not in f]
        if past:
            stances.append(past[0])
    officials = []
    for i in range(2400):
        c = zipf_pick(rng, countries, 0.8)
        officials.append((c["adjectives"][0], rng.choice(TITLES),
                          f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"))
    return countries, orgs, persons, stances, officials


class Doc:
    """One article: a cast of a few actors; remembers which officials it
    introduced (full title first, the surname after)."""

    def __init__(self, rng, data):
        self.rng, self.data, self.seen = rng, data, set()
        self.cast = []
        for _ in range(rng.randint(3, 7)):
            self.cast.append(self.new_actor())

    def actor(self):
        """A member of the cast, as the text names them now."""
        a = self.rng.choice(self.cast)
        if isinstance(a, tuple):
            adj, title, name = a
            if name in self.seen:
                return name.split()[-1]
            self.seen.add(name)
            return f"{adj} {title} {name}"
        return a

    def new_actor(self):
        rng = self.rng
        countries, orgs, persons, _, officials = self.data
        kind = rng.random()
        if kind < 0.35:
            return zipf_pick(rng, countries)["name"]
        if kind < 0.5:
            return zipf_pick(rng, orgs)
        if kind < 0.65:
            return zipf_pick(rng, persons)
        return zipf_pick(rng, officials, 0.9)

    def two(self):
        """Two different actors."""
        a = self.actor()
        for _ in range(5):
            b = self.actor()
            if b.split()[-1] != a.split()[-1]:
                return a, b
        return a, "the European Union" if "Europe" not in a else "the African Union"

    def sentence(self):
        rng = self.rng
        countries, _, _, stances, _ = self.data
        cap = zipf_pick(rng, countries)["capitals"][0]
        day = rng.choice(WEEKDAYS)
        r = rng.random()
        a, b = self.two() if r < 0.45 else (None, None)
        if r < 0.26:
            return f"{a} {rng.choice(stances)} {b} on {day}."
        if r < 0.35:
            return f"{a} met with {b} in {cap} on {day}."
        if r < 0.4:
            return f"In a statement, {a} {rng.choice(stances)} {b}."
        if r < 0.45:
            return f"{a} and {b} held talks in {cap}."
        return rng.choice(FILLER).format(cap=cap, day=day)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("megabytes", type=float)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lexicon", default="data/lexicon.json")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    data = load(a.lexicon, rng)
    target = int(a.megabytes * 1e6)
    start = datetime.date(2024, 1, 1)
    # about 2.3 KB a document: spread the year over the expected count
    expected = max(1, target // 2300)
    size, i = 0, 0
    with open(a.out, "w", encoding="utf-8") as f:
        while size < target:
            doc = Doc(rng, data)
            text = " ".join(doc.sentence() for _ in range(rng.randint(12, 22)))
            date = start + datetime.timedelta(days=min(365, i * 366 // expected))
            line = json.dumps({"id": f"wire-{i:07d}", "date": date.isoformat(),
                               "title": f"Wire report {i}", "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            i += 1


if __name__ == "__main__":
    main()
