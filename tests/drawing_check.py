#!/usr/bin/env python3
"""Checks the structure of big exports against the graph they came from
(tests/e2e_export.sh).  Exits 1 with the reason when a check fails.

  drawing_check.py pairs GRAPH.json DRAWING.dot
      every pair of drawn actors with more than 3 links is one edge whose
      label counts them and names the strongest label first; every other
      link is its own edge
  drawing_check.py tooltips DRAWING.svg LABEL
      no edge has a placed label (<text>); every edge has a tooltip, and
      some tooltip names LABEL
  drawing_check.py select GRAPH.json EXPORT.json N M
      EXPORT holds the N most central actors (weighted degree over stance
      and meeting links; ties: mentions, then graph order), every member-of
      link among them and the M strongest other links (weight, then order)
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PARALLEL_MAX = 3


def fail(msg):
    sys.exit("drawing_check: " + msg)


def dot_edges(path):
    """(tail, head, attribute text) of every edge agwrite wrote."""
    text = open(path, encoding="utf-8").read()
    return [(m.group(1), m.group(2), m.group(3))
            for m in re.finditer(r"^\s*(\S+)\s+->\s+(\S+)\s+\[(.*?)\];\s*$", text, re.S | re.M)]


def pairs(graph_path, dot_path):
    g = json.load(open(graph_path, encoding="utf-8"))
    edges = dot_edges(dot_path)
    drawn = {n for e in edges for n in e[:2]}
    groups = {}
    for i, l in enumerate(g["links"]):
        if l["source"] in drawn and l["target"] in drawn:
            groups.setdefault(frozenset((l["source"], l["target"])), []).append((i, l))
    merged = [e for e in edges if "merged" in e[2]]
    single = [e for e in edges if "merged" not in e[2]]
    want_merged = {k: v for k, v in groups.items() if len(v) > PARALLEL_MAX}
    if len(merged) != len(want_merged):
        fail(f"{len(merged)} merged edges, wanted {len(want_merged)}")
    want_single = sum(len(v) for v in groups.values() if len(v) <= PARALLEL_MAX)
    if len(single) != want_single:
        fail(f"{len(single)} single-link edges, wanted {want_single}")
    for tail, head, attrs in merged:
        links = want_merged.get(frozenset((tail, head)))
        if links is None:
            fail(f"merged edge {tail} -> {head} is not a pair with many links")
        m = re.search(r">(\d+) links<BR/>([^<,]*)", attrs)
        if not m or int(m.group(1)) != len(links):
            fail(f"{tail} -> {head}: label does not count {len(links)} links: {attrs[:200]}")
        by_label = {}
        for i, l in links:
            w, first = by_label.get(l["label"], (0, i))
            by_label[l["label"]] = (w + l["weight"], min(first, i))
        top = min(by_label, key=lambda k: (-by_label[k][0], by_label[k][1]))
        w = by_label[top][0]
        want = top + (f" \u00d7{w}" if w > 1 else "")
        if m.group(2).strip() != want:
            fail(f"{tail} -> {head}: first label '{m.group(2)}', wanted '{want}'")
        if "tooltip=" not in attrs or f"{len(links)} links between" not in attrs:
            fail(f"{tail} -> {head}: tooltip does not sum up the pair")
    print(f"{len(merged)} merged, {len(single)} single")


def tooltips(svg_path, label):
    ns = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
    root = ET.parse(svg_path).getroot()
    edges = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if "edge" in (g.get("class") or "").split()]
    if not edges:
        fail("no edges in the SVG")
    named = 0
    for g in edges:
        if g.findall(".//s:text", ns):
            fail(f"edge {g.get('id')} has a placed label")
        tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in g.findall(".//s:a", ns)]
        tips = [t for t in tips if t]
        if not tips:
            fail(f"edge {g.get('id')} has no tooltip")
        named += any(label in t for t in tips)
    if not named:
        fail(f"no tooltip names '{label}'")
    print(f"{len(edges)} edges, labels in tooltips")


def select(graph_path, export_path, n, m):
    g = json.load(open(graph_path, encoding="utf-8"))
    out = json.load(open(export_path, encoding="utf-8"))
    index = {node["id"]: i for i, node in enumerate(g["nodes"])}
    cent = [0] * len(g["nodes"])
    for l in g["links"]:
        if l["kind"] != "affiliation":
            cent[index[l["source"]]] += l["weight"]
            cent[index[l["target"]]] += l["weight"]
    order = sorted(range(len(g["nodes"])), key=lambda i: (-cent[i], -g["nodes"][i]["mentions"], i))
    want_nodes = {g["nodes"][i]["id"] for i in order[:n]}
    got_nodes = {node["id"] for node in out["nodes"]}
    if got_nodes != want_nodes:
        fail(f"actors {sorted(got_nodes - want_nodes)[:5]} kept instead of {sorted(want_nodes - got_nodes)[:5]}")
    inside = [(i, l) for i, l in enumerate(g["links"])
              if l["source"] in want_nodes and l["target"] in want_nodes]
    affil = [i for i, l in inside if l["kind"] == "affiliation"]
    other = sorted((i for i, l in inside if l["kind"] != "affiliation"),
                   key=lambda i: (-g["links"][i]["weight"], i))
    key = lambda l: (l["source"], l["target"], l["kind"], l["label"])
    want_links = {key(g["links"][i]) for i in affil + other[:m]}
    got_links = {key(l) for l in out["links"]}
    if got_links != want_links:
        fail(f"{len(got_links)} links kept, wanted {len(want_links)}; "
             f"extra {sorted(got_links - want_links)[:3]}, missing {sorted(want_links - got_links)[:3]}")
    print(f"{len(got_nodes)} actors, {len(got_links)} links")


def main():
    a = sys.argv[1:]
    if a[:1] == ["pairs"] and len(a) == 3:
        pairs(a[1], a[2])
    elif a[:1] == ["tooltips"] and len(a) == 3:
        tooltips(a[1], a[2])
    elif a[:1] == ["select"] and len(a) == 5:
        select(a[1], a[2], int(a[3]), int(a[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
