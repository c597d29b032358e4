#!/usr/bin/env python3
"""lexicon_sources_check.py -- the hand-curated tables under data/ parse, and
data/lexicon.json holds what they say (run by make lexicon-check).

tools/gen_lexicon.py reads data/countries.txt, organizations.txt,
persons.txt, agencies.txt, titles.txt, not_actors.txt and places.txt; this test reads
them with the generator's own readers (no WordNet, iso-codes or GeoNames
needed) and checks that
  * every table parses, with the entry counts the lexicon has;
  * the organizations, persons, agencies and titles sections of the
    committed lexicon equal what the files give (an edit to a data file
    without `make lexicon` fails here), and so does _not_actors;
  * every country line's code, name and seats are in the lexicon, and every
    alias of data/places.txt in its places;
  * a line with a wrong number of fields is refused with FILE:LINE.
Usage: python3 tests/lexicon_sources_check.py [data/lexicon.json]
Standard library only.
"""

import contextlib
import io
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import gen_lexicon  # noqa: E402

DATA = os.path.join(HERE, "..", "data")


def check_sections(lex, problems):
    built = {
        "organizations": gen_lexicon.build_organizations(DATA),
        "persons": gen_lexicon.build_persons(DATA),
        "agencies": gen_lexicon.build_agencies(DATA),
        "titles": gen_lexicon.build_titles(DATA),
        "_not_actors": gen_lexicon.read_not_actors(DATA),
    }
    for sec, entries in built.items():
        if not entries:
            problems.append("data: %s: no entries" % sec)
        if entries != lex[sec]:
            problems.append("data: %s differs from the lexicon's (%d entries in data/, %d in the lexicon): "
                            "run make lexicon" % (sec, len(entries), len(lex[sec])))
    return sum(len(e) for e in built.values())


def check_countries(lex, problems):
    rows, not_in_iso, skip, no_auto, _ = gen_lexicon.read_countries(DATA)
    if not rows or not not_in_iso or not skip or not no_auto:
        problems.append("data/countries.txt: a section is empty")
    by_code = {c["code"]: c for c in lex["countries"]}
    for f in rows:
        c = by_code.get(f[0])
        if c is None or c["name"] != f[1]:
            problems.append("data/countries.txt: %s %s is not in the lexicon: run make lexicon" % (f[0], f[1]))
            continue
        missing = [s for s in gen_lexicon.split(f[6]) if s != f[1] and s not in c["seats"]]
        if missing:
            problems.append("data/countries.txt: %s: seats %s are not in the lexicon" % (f[0], missing))
    if len(rows) != len(lex["countries"]):
        problems.append("data/countries.txt: %d countries, the lexicon %d" % (len(rows), len(lex["countries"])))
    return len(rows)


def check_places(lex, problems):
    """Every alias of data/places.txt is in the lexicon's places."""
    forms = {p["name"]: set(p.get("aliases", [])) for p in lex.get("places", [])}
    rows = gen_lexicon.read_table(DATA, "places.txt", (2,), "GeoNames name | aliases")
    for f in rows:
        missing = [a for a in gen_lexicon.split(f[1]) if a not in forms.get(f[0], set())]
        if missing:
            problems.append("data/places.txt: %s: %s not in the lexicon's places: run make lexicon" % (f[0], missing))
    return len(rows)


def check_refusal(problems):
    """A persons line with three fields must stop the generator at its line."""
    tmp = tempfile.mkdtemp(prefix="lexsrc-")
    try:
        for name in ("persons.txt",):
            shutil.copy(os.path.join(DATA, name), tmp)
        path = os.path.join(tmp, "persons.txt")
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        n = next(i for i, l in enumerate(lines) if l and not l.startswith("#"))
        lines[n] = "Jane Doe | Doe | France"
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                gen_lexicon.build_persons(tmp)
            problems.append("data: a persons line with 3 fields was accepted")
        except SystemExit as e:
            want = "%s:%d: expected" % (path, n + 1)
            if want not in str(e.code):
                problems.append("data: refusal %r does not name %s" % (e.code, want))
    finally:
        shutil.rmtree(tmp)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, "lexicon.json")
    with open(path, encoding="utf-8") as f:
        lex = json.load(f)
    problems = []
    n = check_sections(lex, problems) + check_countries(lex, problems) + check_places(lex, problems)
    check_refusal(problems)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("lexicon sources: %d hand-curated entries in data/ parse and match %s" % (n, os.path.normpath(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
