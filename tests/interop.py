#!/usr/bin/env python3
"""interop.py — runs `actorgraph export` in every format on one input and
loads each file with the tool it is meant for: networkx (node-link JSON,
GraphML, GEXF, Cytoscape.js), Python's strict XML parser (SVG), the csv
module (CSV), Graphviz's own `dot` (DOT).  Counts must agree with the
node-link JSON.  A generated graph with dated links checks the dynamic
GEXF (spells and occurrences per link) and the dates of GraphML and cyjs.

usage: tests/interop.py ACTORGRAPH [INPUT...]
(a generated graph of hostile names is always checked too)
Prints one line per check and closes with "interop: N passed, M failed";
exits 1 if any check failed.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_check  # noqa: E402

passed = failed = 0


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok   {name}", flush=True)
    except Exception as e:  # one failed check must not stop the others
        failed += 1
        print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)


def export(binary, src, fmt, out, *extra):
    r = subprocess.run([binary, "export", src, "-f", fmt, "-o", out, *extra],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise AssertionError(f"exit {r.returncode}: {r.stderr.strip()}")


def run(binary, src, tmp):
    base = os.path.join(tmp, os.path.basename(src))
    js = base + ".json"
    export(binary, src, "json", js)
    with open(js, encoding="utf-8") as f:
        data = json.load(f)
    n_nodes, n_links = len(data["nodes"]), len(data["links"])
    names = {n["id"]: n["name"] for n in data["nodes"]}
    meetings = sum(1 for l in data["links"] if l["kind"] == "meeting")

    def same_graph(fmt, path, mutual=0):
        got = export_check.nx_load(fmt, path)
        assert got["nodes"] == n_nodes, f"{got['nodes']} nodes, want {n_nodes}"
        assert n_links <= got["edges"] <= n_links + mutual, f"{got['edges']} edges, want {n_links}"
        for k, v in names.items():
            assert got["names"].get(k) == v, f"node {k}: {got['names'].get(k)!r} != {v!r}"

    check(f"{src}: json loads in networkx", lambda: same_graph("json", js))

    def edges_key():
        p = base + ".edges.json"
        export(binary, src, "json", p, "--edges-key", "edges")
        same_graph("json", p)

    check(f"{src}: json --edges-key edges loads in networkx", edges_key)

    for fmt, ext, mutual in (("graphml", "graphml", 0), ("gexf", "gexf", meetings), ("cyjs", "cyjs", 0)):
        def one(fmt=fmt, ext=ext, mutual=mutual):
            p = f"{base}.{ext}"
            export(binary, src, fmt, p)
            same_graph(fmt, p, mutual)

        check(f"{src}: {fmt} loads in networkx", one)

    # dot and neato take minutes on thousands of actors: large inputs get
    # the default engine (sfdp) only.
    for layout in ("dot", "sfdp", "neato") if n_nodes <= 150 else ("sfdp",):
        def svg(layout=layout):
            p = f"{base}.{layout}.svg"
            export(binary, src, "svg", p, "--layout", layout, "--cluster", "country")
            got = export_check.svg(p)
            for k, v in names.items():
                node = got["nodes"].get(k)
                if node is None:  # ids that are not plain slugs are drawn as _n<i>
                    continue
                assert node["text"] == export_check.norm(v), f"{k}: {node['text']!r} != {v!r}"
            assert len(got["edges"]) == n_links, f"{len(got['edges'])} edges, want {n_links}"

        check(f"{src}: svg ({layout}) is well-formed XML with every name", svg)

    def dot():
        p = base + ".dot"
        export(binary, src, "dot", p, "--cluster", "country")
        # Graphviz's nop only parses; laying out thousands of actors with dot is slow.
        cmd = ["dot", "-Tsvg", "-o", os.devnull, p] if n_nodes <= 150 else ["nop", p]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0 and not r.stderr.strip(), f"dot: {r.returncode} {r.stderr.strip()}"

    check(f"{src}: dot is read by Graphviz without warnings", dot)

    def csvs():
        for fmt, want in (("csv-nodes", n_nodes), ("csv-edges", n_links)):
            p = f"{base}.{fmt}.csv"
            export(binary, src, fmt, p)
            rows = export_check.csv_rows(p)["rows"]
            assert len(rows) == want + 1, f"{fmt}: {len(rows) - 1} rows, want {want}"
            assert len({len(r) for r in rows}) == 1, f"{fmt}: ragged rows"

    check(f"{src}: csv node and edge lists parse", csvs)


HOSTILE = ['He said "hi"', "back\\slash", "trailing\\", "\\N \\G \\E \\T \\H \\L", "x\\n y\\l",
           "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "</text></g></svg>",
           "&amp; &lt; &#92; & &;", "]]> <![CDATA[ x ]]>", "tab\there", "\U0001F642 \u202e rtl",
           "@SUM(1+1)", "-", "+1", "a  b"]


def hostile_graph(tmp):
    """A graph JSON whose names, labels and evidence are the hostile battery."""
    kinds = ["country", "person", "organization"]
    nodes = [{"id": f"h{i}", "name": n, "kind": kinds[i % 3], "code": HOSTILE[(i + 1) % len(HOSTILE)],
              "affiliation": None, "mentions": 1, "docs": 1} for i, n in enumerate(HOSTILE)]
    nodes.append({"id": 'we"ird\\', "name": "Weird id", "kind": "person", "code": None,
                  "affiliation": "h0", "mentions": 1, "docs": 1})
    links = []
    for i in range(1, len(HOSTILE)):
        links.append({"source": f"h{i - 1}", "target": f"h{i}",
                      "kind": "meeting" if i % 4 == 0 else "stance", "label": HOSTILE[i],
                      "code": None, "polarity": i % 3 - 1, "goldstein": 0.0, "weight": i,
                      "location": HOSTILE[(i + 2) % len(HOSTILE)],
                      "evidence": [{"doc": HOSTILE[i - 1], "sentence": i, "text": HOSTILE[(i + 3) % len(HOSTILE)],
                                    "date": None}]})
    links.append({"source": 'we"ird\\', "target": "h0", "kind": "affiliation", "label": "member of",
                  "code": None, "polarity": 0, "goldstein": 0.0, "weight": 1, "location": None,
                  "evidence": []})
    return write_graph(tmp, "hostile.json", nodes, links)


def write_graph(tmp, name, nodes, links):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": True, "graph": {"format": "actorgraph-graph/1"},
                   "nodes": nodes, "links": links}, f)
    return path


def dated_graph(tmp):
    """A graph whose links carry exact per-day counts (some known only to
    the month or year), for the dynamic GEXF and the dates of GraphML and
    cyjs."""
    import random
    rnd = random.Random(7)
    ids = [f"a{i}" for i in range(12)]
    nodes = [{"id": i, "name": i.upper(), "kind": "country"} for i in ids]
    links = []
    for k in range(30):
        s, t = rnd.sample(ids, 2)
        days = {}
        for _ in range(rnd.randint(0, 6)):
            y, m, d = rnd.choice((2023, 2024)), rnd.randint(1, 12), rnd.randint(1, 28)
            key = rnd.choice((f"{y}-{m:02d}-{d:02d}",) * 8 + (f"{y}-{m:02d}", f"{y}"))
            days[key] = days.get(key, 0) + rnd.randint(1, 3)
        weight = sum(days.values()) + rnd.randint(0, 2)
        link = {"source": s, "target": t, "kind": "meeting" if k % 5 == 0 else "stance",
                "label": f"rel{k}", "polarity": rnd.choice((-1, 0, 1)), "weight": max(weight, 1),
                "evidence": []}
        if days:
            link["dates"] = days
        links.append(link)
    return write_graph(tmp, "dated.json", nodes, links)


def span(day):
    """The first and last day an entry of "dates" covers (ISO strings)."""
    import calendar
    parts = day.split("-")
    if len(parts) == 3:
        return day, day
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{day}-01", f"{day}-{calendar.monthrange(y, m)[1]:02d}"
    return f"{day}-01-01", f"{day}-12-31"


def run_dated(binary, tmp):
    """Dynamic GEXF read by networkx: every dated occurrence is inside a
    spell of its link with its count, spells do not overlap; GraphML and
    cyjs carry the same dates; PageRank and bloc equal analyze's."""
    src = dated_graph(tmp)
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    r = subprocess.run([binary, "analyze", src, "-f", "json", "--top", "0"], capture_output=True, text=True,
                       timeout=300)
    an = {n["id"]: n for n in json.loads(r.stdout)["nodes"]}

    def gexf():
        import networkx as nx
        p = os.path.join(tmp, "dated.gexf")
        export(binary, src, "gexf", p)
        export_check.gexf_13_shim()
        g = nx.read_gexf(p)
        assert g.graph.get("mode") == "dynamic", f"mode {g.graph.get('mode')}"
        by_id = {d["id"]: d for _, _, d in g.edges(data=True)}
        for i, link in enumerate(data["links"]):
            d = by_id[f"e{i}"]
            days = link.get("dates", {})
            spells = d.get("spells", [])
            occ = d.get("occurrences", [])
            assert sum(v for v, _, _ in occ) == sum(days.values()), f"e{i}: {occ} vs {days}"
            assert [(a, b) for _, a, b in occ] == spells, f"e{i}: occurrences and spells differ"
            assert all(spells[k][1] < spells[k + 1][0] for k in range(len(spells) - 1)), f"e{i}: overlap {spells}"
            for day in days:
                a, b = span(day)
                assert any(s <= a and b <= e for s, e in spells), f"e{i}: {day} in no spell {spells}"
            if days and all(len(k) == 10 for k in days):
                assert len(spells) == len(days), f"e{i}: {len(spells)} spells for {len(days)} days"
        for n, d in g.nodes(data=True):
            assert abs(d["pagerank"] - an[n]["pagerank"]) < 1e-12, f"{n}: pagerank {d['pagerank']}"
            assert d["bloc"] == an[n]["community"], f"{n}: bloc {d['bloc']} != {an[n]['community']}"

    check("dated graph: gexf is dynamic, spells hold every dated occurrence", gexf)

    def graphml_cyjs():
        import networkx as nx
        p = os.path.join(tmp, "dated.graphml")
        export(binary, src, "graphml", p)
        g = nx.read_graphml(p)
        got = {k: d.get("dates") for _, _, k, d in g.edges(keys=True, data=True)}
        for i, link in enumerate(data["links"]):
            want = " ".join(f"{k}:{v}" for k, v in sorted(link.get("dates", {}).items())) or None
            assert got[f"e{i}"] == want, f"graphml e{i}: {got[f'e{i}']!r} != {want!r}"
        for n, d in g.nodes(data=True):
            assert abs(d["pagerank"] - an[n]["pagerank"]) < 1e-12 and d["bloc"] == an[n]["community"], n
        p = os.path.join(tmp, "dated.cyjs")
        export(binary, src, "cyjs", p)
        with open(p, encoding="utf-8") as f:
            cy = json.load(f)
        for e in cy["elements"]["edges"]:
            link = data["links"][e["data"]["key"]]
            assert e["data"].get("dates", {}) == link.get("dates", {}), f"cyjs {e['data']['id']}"
        for n in cy["elements"]["nodes"]:
            assert n["data"]["bloc"] == an[n["data"]["id"]]["community"], n["data"]["id"]

    check("dated graph: graphml and cyjs carry the dates, pagerank and bloc", graphml_cyjs)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for src in argv[2:] + [hostile_graph(tmp)]:
            run(argv[1], src, tmp)
        run_dated(argv[1], tmp)
    print(f"interop: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
