#!/usr/bin/env python3
"""export_check.py — reads an actorgraph export the way other tools would and
prints what it found as JSON, for tests/test_export.c to compare.

  export_check.py svg FILE        strict XML parse; text and tooltips per node/edge
  export_check.py xml FILE        strict XML parse only
  export_check.py nx FORMAT FILE  load with networkx (json, graphml, gexf, cyjs)
  export_check.py csv FILE        parse with the csv module (RFC 4180)

Exits non-zero (with the Python error on stderr) when the file does not load.
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def norm(s):
    # Graphviz writes runs of spaces as NBSP; compare text as a reader sees it.
    return " ".join((s or "").replace("\u00a0", " ").split())


def group_info(g):
    title = g.find(SVG + "title")
    texts = [norm("".join(t.itertext())) for t in g.iter(SVG + "text")]
    tips = [a.get(XLINK + "title") for a in g.iter(SVG + "a") if a.get(XLINK + "title") is not None]
    return {
        "title": title.text if title is not None else None,
        "text": " ".join(t for t in texts if t),
        "tooltip": tips[0] if tips else None,
    }


def svg(path):
    root = ET.parse(path).getroot()
    assert root.tag == SVG + "svg", root.tag
    out = {"nodes": {}, "edges": [], "clusters": []}
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        if "node" in cls:
            info = group_info(g)
            out["nodes"][info["title"]] = info
        elif "edge" in cls:
            out["edges"].append(group_info(g))
        elif "cluster" in cls:
            out["clusters"].append(group_info(g))
    return out


def gexf_13_shim():
    """networkx < 3.0 (Debian 12 has 2.8.8) knows GEXF 1.1draft and 1.2draft
    only; 1.3 differs in its namespace, not in anything actorgraph writes."""
    from networkx.readwrite import gexf

    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }


def node_link(json_graph, data):
    """node_link_graph for either edges key, across networkx versions."""
    key = "edges" if "edges" in data and "links" not in data else "links"
    for kwargs in ({"edges": key}, {"link": key}, {"attrs": {"link": key, "source": "source",
                                                              "target": "target", "name": "id",
                                                              "key": "key"}}):
        try:
            return json_graph.node_link_graph(data, directed=True, multigraph=True, **kwargs)
        except TypeError:
            continue
    raise SystemExit("this networkx has no usable node_link_graph")


def nx_load(fmt, path):
    import networkx as nx
    from networkx.readwrite import json_graph

    if fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        gexf_13_shim()
        g = nx.read_gexf(path)
    else:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if fmt == "json":
            g = node_link(json_graph, data)
        elif fmt == "cyjs":
            g = json_graph.cytoscape_graph(data)
        else:
            raise SystemExit("unknown format " + fmt)
    names = {}
    for n, d in g.nodes(data=True):
        names[str(n)] = d.get("name", d.get("label"))
    labels = sorted(str(d.get("label")) for _, _, d in g.edges(data=True))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "names": names,
        "edge_labels": labels,
    }


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {"rows": list(csv.reader(f, strict=True))}


def main(argv):
    if len(argv) == 3 and argv[1] == "svg":
        out = svg(argv[2])
    elif len(argv) == 3 and argv[1] == "xml":
        ET.parse(argv[2])
        out = {"ok": True}
    elif len(argv) == 4 and argv[1] == "nx":
        out = nx_load(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "csv":
        out = csv_rows(argv[2])
    else:
        sys.stderr.write(__doc__)
        return 2
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
