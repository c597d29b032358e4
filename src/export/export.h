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

#include "analyze.h"
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
    AG_CLUSTER_COUNTRY, /* DOT/SVG: a box per country around its officials
                           and agencies (followed through affiliations) */
    AG_CLUSTER_BLOC     /* DOT/SVG: a box per bloc of the analysis (Leiden) */
} ag_export_cluster;

/* DOT/SVG: what a node's size says (--size).  Every measure but degree
 * comes from the analysis passed in ag_export_opts.analysis. */
typedef enum ag_export_size {
    AG_SIZE_NONE = 0,   /* every node as big as its label */
    AG_SIZE_DEGREE,     /* weighted degree of the exported graph */
    AG_SIZE_PAGERANK,
    AG_SIZE_BETWEENNESS,
    AG_SIZE_EIGENVECTOR,
    AG_SIZE_HARMONIC,
    AG_SIZE_STRENGTH
} ag_export_size;

/* DOT/SVG: what a node's fill colour says (--color). */
typedef enum ag_export_color {
    AG_COLOR_KIND = 0,  /* country, person, organization (the default) */
    AG_COLOR_BLOC,      /* the bloc of the analysis */
    AG_COLOR_COUNTRY    /* the country it belongs to through affiliations */
} ag_export_color;

typedef struct ag_export_opts {
    ag_export_format format;
    const char *layout;        /* Graphviz engine, NULL = chosen by size */
    const char *edges_key;     /* JSON: "links" (NULL = default) or "edges" */
    ag_export_cluster cluster; /* DOT/SVG only */
    int legend;                /* DOT/SVG: draw the legend; default 1 */
    size_t max_nodes;          /* 0 = all; else the N most central actors
                                  (weighted degree over stance and meeting
                                  links) and the links among them */
    size_t max_edges;          /* the edge budget: at most this many stance
                                  and meeting links, the strongest; 0 =
                                  automatic (below), AG_EXPORT_ALL = none */
    /* An analysis of the same graph (ag_analysis_run), borrowed, or NULL.
     * Its PageRank, betweenness and blocs become node attributes of HTML,
     * GEXF, GraphML and cyjs (left out without one); --size by a
     * centrality, --color bloc and --cluster bloc need it (AG_EUSAGE
     * otherwise).  Export never runs igraph itself, so it touches no
     * process-wide state and may run in several threads at once. */
    const ag_analysis *analysis;
    ag_export_size size;       /* DOT/SVG node size; default none */
    ag_export_color color;     /* DOT/SVG node colour; default kind */
} ag_export_opts;

#define AG_EXPORT_ALL ((size_t)-1)

/* What an export draws and how (docs/export.md, "Bounded cost"):
 *  - max_edges 0 means AG_EXPORT_EDGES_PER_NODE x max_nodes links with
 *    max_nodes, and for DOT/SVG at most AG_EXPORT_DRAW_MAX_LINKS links and
 *    AG_EXPORT_DRAW_MAX_NODES actors; otherwise no budget;
 *  - DOT/SVG draw the links of a pair of actors (either direction) as one
 *    edge with their count and a summary of their labels when the pair has
 *    more than AG_EXPORT_PARALLEL_MAX links;
 *  - the layout engine is dot up to AG_EXPORT_DOT_LAYOUT_MAX actors and
 *    AG_EXPORT_DOT_MAX_EDGES edges drawn, else sfdp; a --layout beyond its
 *    engine's limit (ag_export_plan_for) is refused;
 *  - edge labels are placed up to AG_EXPORT_LABEL_MAX_EDGES edges drawn;
 *    above, they are in the edge tooltips only. */
#define AG_EXPORT_EDGES_PER_NODE 4
#define AG_EXPORT_DRAW_MAX_LINKS 50000
#define AG_EXPORT_DRAW_MAX_NODES 10000
#define AG_EXPORT_PARALLEL_MAX 3
#define AG_EXPORT_DOT_LAYOUT_MAX 150
#define AG_EXPORT_DOT_MAX_EDGES 200
#define AG_EXPORT_LABEL_MAX_EDGES 200

/* The drawing a DOT/SVG export makes. */
typedef struct ag_export_plan {
    const char *engine;  /* layout engine (static string) */
    size_t nodes, links; /* actors and links drawn */
    size_t links_cut;    /* links between drawn actors left out by the budget */
    size_t nodes_cut;    /* actors left out by max_nodes or the budget */
    size_t edges;        /* edges drawn (a merged pair counts once) */
    size_t merged;       /* pairs whose links are drawn as one edge */
    int labels;          /* 1: labels on the edges; 0: in tooltips only */
} ag_export_plan;

void ag_export_opts_init(ag_export_opts *o);
int ag_export_format_parse(const char *s, ag_export_format *f); /* 0 ok, -1 unknown */
const char *ag_export_format_name(ag_export_format f);          /* "dot", ... */
int ag_export_cluster_parse(const char *s, ag_export_cluster *c); /* "none" | "country" | "bloc" */
/* "none", "degree", "pagerank", "betweenness", "eigenvector", "harmonic",
 * "strength"; 0 ok, -1 unknown. */
int ag_export_size_parse(const char *s, ag_export_size *z);
int ag_export_color_parse(const char *s, ag_export_color *c); /* "kind" | "bloc" | "country" */
/* 1 when an export with o shows something only an analysis gives (the
 * formats with node measures, or --size/--color/--cluster by one), so a
 * caller knows to run ag_analysis_run and set o->analysis. */
int ag_export_wants_analysis(const ag_export_opts *o);
/* 1 if `s` is a layout engine the SVG export accepts. */
int ag_export_layout_valid(const char *s);
/* The drawing a DOT/SVG export of g with o (NULL = defaults) makes,
 * whatever o->format.  AG_EUSAGE when o->layout cannot draw it within its
 * engine's limit (the message says which and what to do), AG_ENOMEM. */
ag_status ag_export_plan_for(const ag_graph *g, const ag_export_opts *o, ag_export_plan *p,
                             ag_error *err);
/* The engine of that plan; o->layout (or "sfdp") when there is none. */
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
 * = computed here), PageRank, betweenness and blocs from `an` (NULL: left
 * out).  ag_export() calls it for AG_EXPORT_HTML with its --max-nodes
 * selection; call ag_export() instead unless you select the nodes
 * yourself. */
ag_status ag_export_html(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                         const double *degree, const ag_analysis *an, FILE *out, ag_error *err);

#endif
