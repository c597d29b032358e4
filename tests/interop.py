#!/usr/bin/env python3
"""interop.py — runs `actorgraph export` in every format on one input and
loads each file with the tool it is meant for: networkx (node-link JSON,
GraphML, GEXF, Cytoscape.js), Python's strict XML parser (SVG), the csv
module (CSV), Graphviz's own `dot` (DOT).  Counts must agree with the
node-link JSON.

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
    path = os.path.join(tmp, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": True, "graph": {"format": "actorgraph-graph/1"},
                   "nodes": nodes, "links": links}, f)
    return path


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for src in argv[2:] + [hostile_graph(tmp)]:
            run(argv[1], src, tmp)
    print(f"interop: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
