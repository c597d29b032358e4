#!/usr/bin/env python3
"""Extraction tests as data: tests/extract/*.test, run by `make check`.

A file holds cases separated by blank lines. A case is one text line (a
sentence or a short paragraph: one document) followed by expectations:

    # comment
    Hungary was strongly criticized by Sweden.
    => stance sweden hungary criticize
    => !stance hungary sweden

    todo: The killing of Iranian diplomats by Israel drew protests.
    => stance israel iran

Expectations (actor ids as `actorgraph extract` makes them: slugs):
  => stance SRC TGT [LABEL|+|-]   a stance SRC -> TGT (with that label, or that
                                  sign of polarity); stances not listed are
                                  errors unless the case says `=> ...`
  => force SRC TGT [LABEL|+|-]    a use of force SRC -> TGT (kind "force": CAMEO
                                  roots 18-20, no stance); the same rules
  => meeting A B [C ...] [@ PLACE] a meeting of exactly these participants
  => none                          no stance, use of force or meeting at all
  => actor ID [KIND] [of AFFIL]    an actor with that id (kind, affiliation)
                                  ("of -": no affiliation)
  => !stance SRC TGT / !force SRC TGT / !actor ID   must not exist
  => ...                           other stances, uses of force and meetings may exist

A case whose text starts with `todo:` is a known gap: it is run and counted
apart, and when it passes the run fails so that the mark is removed (a test
that cannot fail is a defect). Usage: extract_cases.py BINARY [FILE...]
"""
import json, subprocess, sys, glob, os


def parse(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                cur = None
                continue
            if line.startswith("#"):
                continue
            if line.startswith("=>"):
                if cur is None:
                    sys.exit(f"{path}:{n}: expectation without a text line before it")
                cur["want"].append((n, line[2:].split()))
                continue
            if cur is not None:
                sys.exit(f"{path}:{n}: second text line in one case (separate cases by a blank line)")
            todo = line.startswith("todo:")
            text = line[5:].strip() if todo else line
            cur = {"file": path, "line": n, "text": text, "todo": todo, "want": []}
            cases.append(cur)
    for c in cases:
        if not c["want"]:
            sys.exit(f"{c['file']}:{c['line']}: case without expectations")
    return cases


def run(binary, cases):
    docs = "".join(json.dumps({"id": f"c{i}", "text": c["text"]}) + "\n" for i, c in enumerate(cases))
    p = subprocess.run([binary, "extract", "-q", "-"], input=docs.encode(), capture_output=True)
    if p.returncode != 0:
        sys.exit(f"extract exited {p.returncode}: {p.stderr.decode()[:500]}")
    out = {f"c{i}": {"actors": {}, "stance": [], "force": [], "meetings": []} for i in range(len(cases))}
    for line in p.stdout.decode().splitlines():
        r = json.loads(line)
        d = out[r["doc"]]
        if r["type"] == "actor":
            d["actors"][r["id"]] = r
        elif r["kind"] in ("stance", "force"):
            d[r["kind"]].append(r)
        elif r["kind"] == "meeting":
            parts = r.get("participants") or [r["source"], r["target"]]
            d["meetings"].append((sorted(parts), r.get("location")))
    return out


def sign(x):
    return (x > 0) - (x < 0)


def check(case, got):
    errs, seen, seen_mt, open_ended = [], {"stance": set(), "force": set()}, set(), False
    for n, w in case["want"]:
        op = w[0] if w else ""
        where = f"line {n}"
        if op == "...":
            open_ended = True
        elif op == "none":
            if got["stance"] or got["force"] or got["meetings"]:
                errs.append(f"{where}: wanted no relation")
        elif op.lstrip("!") in ("stance", "force"):
            kind, src, tgt = op.lstrip("!"), w[1], w[2]
            lab = w[3] if len(w) > 3 else None
            hits = [i for i, s in enumerate(got[kind]) if s["source"] == src and s["target"] == tgt
                    and (lab is None or (lab == "+" and sign(s["polarity"]) > 0)
                         or (lab == "-" and sign(s["polarity"]) < 0) or s["label"] == lab)]
            if op == kind:
                if not hits:
                    errs.append(f"{where}: no {kind} {src} -> {tgt}" + (f" {lab}" if lab else ""))
                seen[kind].update(hits)
            elif hits:
                errs.append(f"{where}: unwanted {kind} {src} -> {tgt}")
        elif op == "meeting":
            at = w.index("@") if "@" in w else len(w)
            parts, place = sorted(w[1:at]), " ".join(w[at + 1:]) or None
            hits = [i for i, m in enumerate(got["meetings"]) if m[0] == parts and (place is None or m[1] == place)]
            if not hits:
                errs.append(f"{where}: no meeting of {' '.join(parts)}" + (f" at {place}" if place else ""))
            seen_mt.update(hits)
        elif op in ("actor", "!actor"):
            a = got["actors"].get(w[1])
            if op == "!actor":
                if a:
                    errs.append(f"{where}: unwanted actor {w[1]}")
                continue
            if not a:
                errs.append(f"{where}: no actor {w[1]}")
                continue
            rest = w[2:]
            if rest and rest[0] != "of" and a["kind"] != rest[0]:
                errs.append(f"{where}: {w[1]} is a {a['kind']}, wanted {rest[0]}")
            want_of = rest[rest.index("of") + 1] if "of" in rest else None
            if "of" in rest and a.get("affiliation") != (None if want_of == "-" else want_of):
                errs.append(f"{where}: {w[1]} is of {a.get('affiliation')}, wanted {want_of}")
        else:
            errs.append(f"{where}: unknown expectation '{' '.join(w)}'")
    wants_rel = any(w and w[0] in ("stance", "force", "meeting", "none") for _, w in case["want"])
    if wants_rel and not open_ended:
        for kind in ("stance", "force"):
            for i, s in enumerate(got[kind]):
                if i not in seen[kind]:
                    errs.append(f"extra {kind} {s['source']} -> {s['target']} {s['label']}")
        for i, m in enumerate(got["meetings"]):
            if i not in seen_mt:
                errs.append(f"extra meeting of {' '.join(m[0])}")
    return errs


def main():
    binary = sys.argv[1]
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "extract", "*.test")))
    cases = [c for f in files for c in parse(f)]
    got = run(binary, cases)
    passed = failed = todo = fixed = 0
    for i, c in enumerate(cases):
        errs = check(c, got[f"c{i}"])
        where = f"{c['file']}:{c['line']}"
        if c["todo"]:
            if errs:
                todo += 1
            else:
                fixed += 1
                print(f"FIXED {where}: passes now; remove its todo: mark\n  {c['text']}")
        elif errs:
            failed += 1
            print(f"FAIL {where}: {c['text']}")
            for e in errs:
                print(f"  {e}")
        else:
            passed += 1
    print(f"extract-cases: {passed} passed, {failed + fixed} failed ({todo} known gaps marked todo)")
    return 1 if failed or fixed else 0


if __name__ == "__main__":
    sys.exit(main())
