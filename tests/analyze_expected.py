#!/usr/bin/env python3
"""Expected centrality values for tests/test_analyze.c, computed with
NetworkX (Debian's python3-networkx, pure Python: no numpy or scipy),
independently of igraph and of actorgraph's C code.

Run it and paste its output over the constants in test_analyze.c:
    python3 tests/analyze_expected.py

The analysis model it re-implements (docs/analysis.md): one directed simple
graph; edge u->v weighs the stances u->v plus the meetings of u and v (a
meeting counts in both directions); affiliation links and self-loops are
left out.
"""
import itertools
import json
import os

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))


def pagerank(g):
    return _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000)


def emit(name, nodes, values):
    print(f"/* {name} */")
    print("{" + ", ".join(f"{values[n]:.12f}" for n in nodes) + "},")


def add(g, u, v, w=1.0):
    if u == v:
        return
    if g.has_edge(u, v):
        g[u][v]["weight"] += w
    else:
        g.add_edge(u, v, weight=w)


def path_graph():
    g = nx.DiGraph()
    for u, v in [("a", "b"), ("b", "c"), ("c", "d")]:
        add(g, u, v)
    nodes = ["a", "b", "c", "d"]
    print("== directed path a->b->c->d")
    emit("pagerank", nodes, pagerank(g))
    emit("betweenness", nodes, nx.betweenness_centrality(g, normalized=False))


def weighted_graph():
    g = nx.DiGraph()
    for u, v, w in [("x", "y", 3), ("y", "z", 1), ("z", "x", 2), ("x", "z", 1), ("w", "x", 1)]:
        add(g, u, v, w)
    nodes = ["w", "x", "y", "z"]
    print("== weighted x->y 3, y->z 1, z->x 2, x->z 1, w->x 1")
    emit("pagerank", nodes, pagerank(g))
    emit("betweenness", nodes, nx.betweenness_centrality(g, normalized=False))


def karate():
    u = nx.Graph(list(nx.karate_club_graph().edges()))  # unweighted
    g = u.to_directed()
    for a, b in g.edges():
        g[a][b]["weight"] = 1.0
    nodes = list(range(34))
    print("== Zachary karate club, each edge a meeting")
    emit("pagerank", nodes, pagerank(g))
    emit("betweenness (directed: ordered pairs)", nodes, nx.betweenness_centrality(g, normalized=False))
    ev = nx.eigenvector_centrality(u, max_iter=100000, tol=1e-15)
    top = max(ev.values())
    emit("eigenvector (largest = 1)", nodes, {n: x / top for n, x in ev.items()})
    hc = nx.harmonic_centrality(u)
    emit("harmonic (normalized by n - 1)", nodes, {n: x / 33 for n, x in hc.items()})
    hubs, auth = _hits_python(g, max_iter=100000, tol=1e-15)
    top = max(auth.values())
    emit("authority (largest = 1)", nodes, {n: x / top for n, x in auth.items()})


def synthetic():
    g = nx.DiGraph()
    ids = []
    with open(os.path.join(HERE, "data", "synthetic-events.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["type"] == "actor":
                if r["id"] not in ids:
                    ids.append(r["id"])
                    g.add_node(r["id"])
            elif r["kind"] == "stance":
                add(g, r["source"], r["target"])
            elif r["kind"] == "meeting":
                for a, b in itertools.combinations(r["participants"], 2):
                    add(g, a, b)
                    add(g, b, a)
    print("== tests/data/synthetic-events.jsonl, nodes in order: " + " ".join(ids))
    emit("pagerank", ids, pagerank(g))
    emit("betweenness", ids, nx.betweenness_centrality(g, normalized=False))


if __name__ == "__main__":
    path_graph()
    weighted_graph()
    karate()
    synthetic()
