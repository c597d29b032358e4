/* export_int.h — what the export files share (library-internal): the
 * selected part of the graph (select.c), text escaping (escape.c) and one
 * writer per format: graphviz.c (DOT, SVG), json.c, xml.c (GraphML, GEXF),
 * csv.c, cytoscape.c; gvid.c numbers cgraph's objects; plan.c decides how DOT/SVG draw the view; export.c
 * checks the options and dispatches.
 *
 * Ownership: an ex_view and an ex_plan own their arrays (ag__ex_view_free,
 * ag__ex_plan_free) and borrow the graph / view, which must outlive them.
 */
#ifndef AG_EXPORT_INT_H
#define AG_EXPORT_INT_H

#include <stdio.h>

#include "export.h"
#include "graph_int.h"
#include "json_tree.h"

#define COLOR_HOSTILE "#d62728"
#define COLOR_COOP "#2ca02c"
#define COLOR_NEUTRAL "#7f7f7f"
#define COLOR_AFFIL "#6a6a6a"

/* The part of the graph an export writes. */
typedef struct ex_view {
    const ag_graph *g;
    ag_arena *arena;                  /* holds the arrays below */
    unsigned char *node_on, *link_on; /* one flag per node / link */
    size_t n_nodes, n_links;          /* how many are on */
    size_t n_links_cut;               /* left out by the edge budget */
    double *degree;                   /* weighted degree per node, all links */
    const ag_analysis *an;            /* centralities and blocs, or NULL */
} ex_view;

/* Selects the nodes and links of g that o asks for (max_nodes, max_edges;
 * with `drawing`, also the DOT/SVG caps of export.h). */
/* Nodes or links ranked (select.c; graphviz.c's --color country). */
typedef struct rank_item {
    double key;   /* centrality (nodes) or weight (links) */
    long mentions;
    size_t index;
} rank_item;
/* qsort order: highest key first; ties: more mentions, then graph order. */
/* A node's fields common to every drawing's JSON, "actor" to "docs" in
 * that order, set on d: 0, or -1 out of memory (d stays the caller's). */
int ag__ex_node_fields(json_t *d, const ag_graph *g, size_t i);
/* A node's aliases as a new JSON array, or NULL out of memory. */
json_t *ag__ex_aliases(const ag_node *n);
int ag__ex_rank_cmp(const void *a, const void *b);

ag_status ag__ex_view_init(ex_view *v, const ag_graph *g, const ag_export_opts *o, int drawing,
                       ag_error *err);
void ag__ex_view_free(ex_view *v);

/* How a view is drawn (plan.c): which links are merged into one edge per
 * pair of actors, the layout engine and where the labels go. */
typedef struct ex_plan {
    ag_export_plan pub;
    ag_arena *arena; /* holds the arrays below */
    size_t *order;   /* the drawn links sorted by pair, then graph order */
    size_t *run;     /* per link: offset in order of its pair's first link */
    size_t *run_len; /* per offset in order: links in the pair (at a run's start) */
} ex_plan;

ag_status ag__ex_plan_init(ex_plan *p, const ex_view *v, const ag_export_opts *o, ag_error *err);
void ag__ex_plan_free(ex_plan *p);
/* 1 if link i (drawn) is part of a pair drawn as one edge. */
int ag__ex_plan_merged(const ex_plan *p, size_t i);

/* The links of one pair drawn as one edge (bundle.c); `links` are link
 * indices, n >= 1, all between the same two actors. */
typedef struct ex_bundle {
    size_t tail, head;        /* the first link's ends */
    int fwd, back;            /* directed links tail -> head, head -> tail */
    int undirected;           /* meetings */
    int affil_only;           /* only "member of" links */
    double net;               /* sum of weight x sign(polarity), stances and meetings */
    long weight;              /* times seen, summed (saturated) */
} ex_bundle;

void ag__ex_bundle_sum(ex_bundle *b, const ag_graph *g, const size_t *links, size_t n);
/* Appends the label text (Graphviz HTML-like, escaped) / the tooltip. */
int ag__ex_bundle_label(ag_buf *b, const ag_graph *g, const size_t *links, size_t n);
int ag__ex_bundle_tooltip(ag_buf *b, const ag_graph *g, const size_t *links, size_t n);

/* Escaping modes of ag__ex_put_text. */
enum {
    ESC_XML,     /* XML text or attribute value */
    ESC_GVHTML,  /* Graphviz HTML-like label text */
    ESC_TOOLTIP, /* Graphviz tooltip (plain escString) */
    ESC_RAW      /* only UTF-8 repair (CSV, JSON) */
};

/* Appends up to `max` bytes of s (0 = all) escaped for `mode`; 0, or -1
 * when the buffer cannot grow. */
int ag__ex_put_text(ag_buf *b, const char *s, int mode, size_t max);

/* Writes b to out; AG_EIO naming `what` ("GraphML") on failure. */
ag_status ag__ex_write_buf(const ag_buf *b, FILE *out, const char *what, ag_error *err);
const char *ag__ex_polarity_name(int p); /* "hostile", "cooperative", "neutral" */
/* A jansson dump of root (sorted keys, one-space indent) and a newline. */
ag_status ag__ex_dump_json(json_t *root, FILE *out, ag_error *err);

/* The drawing of v as p plans it (graphviz.c); the caller agclose()s it. */
struct Agraph_s;
/* agopen of a directed graph whose objects are numbered in creation order
 * (gvid.c), so agwrite's order does not depend on heap addresses. */
struct Agraph_s *ag__ex_agopen(const char *name);
ag_status ag__ex_draw(const ex_view *v, const ex_plan *p, const ag_export_opts *o, struct Agraph_s **out,
                  ag_error *err);

/* Lays out ag with Graphviz's `engine` and calls read(ag, arg) while the
 * layout (ND_coord) is there (svg.c: the plugins it loads). */
ag_status ag__ex_gv_layout(struct Agraph_s *ag, const char *engine, void (*read)(struct Agraph_s *, void *),
                           void *arg, ag_error *err);

/* The writers: the view v in one format to out. */
ag_status ag__ex_export_dot(const ex_view *v, const ex_plan *p, const ag_export_opts *o, FILE *out,
                        ag_error *err);
ag_status ag__ex_export_svg(const ex_view *v, const ex_plan *p, const ag_export_opts *o, FILE *out,
                        ag_error *err);
ag_status ag__ex_export_json(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err);
ag_status ag__ex_export_cyjs(const ex_view *v, FILE *out, ag_error *err);

/* Cytoscape.js elements of the view (cytoscape.c), the one serializer of
 * -f cyjs and the HTML page: {"nodes":[...],"edges":[...]} with the same
 * data fields; `page` names elements "n<i>"/"e<i>" (actor ids could break
 * cytoscape selectors), else by actor id with networkx's "value".  A new
 * reference, NULL on OOM. */
json_t *ag__ex_cy_elements(const ex_view *v, int page);

ag_status ag__ex_export_graphml(const ex_view *v, FILE *out, ag_error *err);
ag_status ag__ex_export_gexf(const ex_view *v, FILE *out, ag_error *err);
ag_status ag__ex_export_csv(const ex_view *v, int edges, FILE *out, ag_error *err);

#endif
