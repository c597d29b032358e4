/* export_int.h — what the export files share (library-internal): the
 * selected part of the graph (select.c), text escaping (escape.c) and one
 * writer per format: graphviz.c (DOT, SVG), json.c, xml.c (GraphML, GEXF),
 * csv.c, cytoscape.c; export.c checks the options and dispatches.
 *
 * Ownership: an ex_view owns its arrays (ex_view_free) and borrows the
 * graph, which must outlive it.
 */
#ifndef AG_EXPORT_INT_H
#define AG_EXPORT_INT_H

#include <stdio.h>

#include "export.h"

#define COLOR_HOSTILE "#d62728"
#define COLOR_COOP "#2ca02c"
#define COLOR_NEUTRAL "#7f7f7f"
#define COLOR_AFFIL "#6a6a6a"

/* The part of the graph an export writes. */
typedef struct ex_view {
    const ag_graph *g;
    unsigned char *node_on, *link_on; /* one flag per node / link */
    size_t n_nodes, n_links;          /* how many are on */
    double *degree;                   /* weighted degree per node, all links */
} ex_view;

/* Selects the nodes and links of g that o asks for (max_nodes, max_edges). */
ag_status ex_view_init(ex_view *v, const ag_graph *g, const ag_export_opts *o, ag_error *err);
void ex_view_free(ex_view *v);

/* Escaping modes of ex_put_text. */
enum {
    ESC_XML,     /* XML text or attribute value */
    ESC_GVHTML,  /* Graphviz HTML-like label text */
    ESC_TOOLTIP, /* Graphviz tooltip (plain escString) */
    ESC_RAW      /* only UTF-8 repair (CSV, JSON) */
};

/* Appends up to `max` bytes of s (0 = all) escaped for `mode`; 0, or -1
 * when the buffer cannot grow. */
int ex_put_text(ag_buf *b, const char *s, int mode, size_t max);
/* Writes b to out; AG_EIO naming `what` ("GraphML") on failure. */
ag_status ex_write_buf(const ag_buf *b, FILE *out, const char *what, ag_error *err);
const char *ex_polarity_name(int p); /* "hostile", "cooperative", "neutral" */
/* A jansson dump of root (sorted keys, one-space indent) and a newline. */
ag_status ex_dump_json(json_t *root, FILE *out, ag_error *err);

/* The writers: the view v in one format to out. */
ag_status ex_export_dot(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err);
ag_status ex_export_svg(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err);
ag_status ex_export_json(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err);
ag_status ex_export_cyjs(const ex_view *v, FILE *out, ag_error *err);
ag_status ex_export_graphml(const ex_view *v, FILE *out, ag_error *err);
ag_status ex_export_gexf(const ex_view *v, FILE *out, ag_error *err);
ag_status ex_export_csv(const ex_view *v, int edges, FILE *out, ag_error *err);

#endif
