/* export.h — export: the graph as DOT (written with cgraph), SVG (laid out
 * and rendered in-process with gvc), node-link JSON, GraphML, GEXF 1.3,
 * CSV node / edge lists, Cytoscape.js elements JSON and a self-contained
 * HTML viewer (cytoscape.js inlined, export_html.c).  docs/export.md
 * describes every format.
 *
 * Every export is deterministic: the same graph and options give the same
 * bytes.  Names and labels come from untrusted text; every writer escapes
 * them for its format so that they are shown literally (DOT/SVG: HTML-like
 * labels, XML-escaped, backslashes doubled so Graphviz escapes such as \N
 * are not expanded; CSV: formula triggers neutralized; HTML: JSON in a
 * script element with < > & as \u escapes, shown through textContent).
 *
 * Ownership: the functions only read the graph and write to `out`; they
 * keep no pointer to either after returning.  ag_export_opts borrows its
 * strings.
 */
#ifndef AG_EXPORT_H
#define AG_EXPORT_H

#include "graph.h"

typedef enum ag_export_format {
    AG_EXPORT_DOT = 0,
    AG_EXPORT_SVG,
    AG_EXPORT_JSON,
    AG_EXPORT_GRAPHML,
    AG_EXPORT_GEXF,
    AG_EXPORT_CSV_NODES, /* "csv-nodes": one row per actor */
    AG_EXPORT_CSV_EDGES, /* "csv-edges": one row per link */
    AG_EXPORT_CYJS,      /* Cytoscape.js {"elements":{"nodes":[],"edges":[]}} */
    AG_EXPORT_HTML,      /* one offline page: cytoscape.js viewer */
    AG_EXPORT_EVENTS_CSV /* "events-csv": Phoenix columns, a row per event (events_csv.h) */
} ag_export_format;

typedef enum ag_export_cluster {
    AG_CLUSTER_NONE = 0,
    AG_CLUSTER_COUNTRY /* DOT/SVG: a box per country around its officials
                          and agencies (followed through affiliations) */
} ag_export_cluster;

typedef struct ag_export_opts {
    ag_export_format format;
    const char *layout;        /* Graphviz engine, NULL = chosen by size */
    const char *edges_key;     /* JSON: "links" (NULL = default) or "edges" */
    ag_export_cluster cluster; /* DOT/SVG only */
    int legend;                /* DOT/SVG: draw the legend; default 1 */
    size_t max_nodes;          /* 0 = all; else the N actors of highest
                                  weighted degree and the links among them */
} ag_export_opts;

/* Above this many nodes (after max_nodes) the default layout is sfdp. */
#define AG_EXPORT_DOT_LAYOUT_MAX 150

void ag_export_opts_init(ag_export_opts *o);
int ag_export_format_parse(const char *s, ag_export_format *f); /* 0 ok, -1 unknown */
const char *ag_export_format_name(ag_export_format f);          /* "dot", ... */
int ag_export_cluster_parse(const char *s, ag_export_cluster *c); /* "none" | "country" */
/* 1 if `s` is a layout engine the SVG export accepts. */
int ag_export_layout_valid(const char *s);
/* The engine an SVG export of g with o would use (o->layout if set). */
const char *ag_export_layout_for(const ag_graph *g, const ag_export_opts *o);

/* Writes g to out in o->format.  AG_EUSAGE for a bad option (unknown
 * layout or edges_key), AG_ELIB when Graphviz fails (the message says how
 * to fix a missing plugin) or the HTML viewer was not built in, AG_EIO
 * when writing fails, AG_ENOMEM. */
ag_status ag_export(const ag_graph *g, const ag_export_opts *o, FILE *out, ag_error *err);

/* ---- the HTML viewer (export_html.c) ---- */

/* 1 when cytoscape.js was compiled in (npm was available at build time:
 * `make viewer`), 0 when the build has the empty stub and AG_EXPORT_HTML
 * fails with AG_ELIB and a message saying so. */
int ag_export_html_available(void);

/* The page for the part of g flagged in node_on / link_on (one byte per
 * node / link; NULL = all), degree[i] being node i's weighted degree (NULL
 * = computed here).  ag_export() calls it for AG_EXPORT_HTML with its
 * --max-nodes selection; call ag_export() instead unless you select the
 * nodes yourself.  Runs ag_analysis_run() for PageRank and betweenness, so
 * the analysis' igraph caveats apply. */
ag_status ag_export_html(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                         const double *degree, FILE *out, ag_error *err);

#endif
