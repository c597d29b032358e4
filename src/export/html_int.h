/* html_int.h — what the HTML viewer's files share (library-internal):
 * export_html.c fills the page template, html_data.c writes the graph as
 * the viewer reads it, html_layout.c places the actors with sfdp.
 *
 * The page budget: a corpus graph (tens of thousands of links, each with
 * up to AG_GRAPH_MAX_EVIDENCE sentences) made a 25 MB page that took a
 * minute to open.  The page now carries at most AG_HTML_MAX_LINKS stance
 * and meeting links (the strongest; every "member of" link between carried
 * actors), at most AG_HTML_EVIDENCE_PER_LINK sentences per link and
 * AG_HTML_EVIDENCE_BYTES of sentence text in all (the strongest links
 * first), and the viewer draws AG_HTML_DRAW_EDGES net edges at first.  A
 * 10 MB news corpus gives a page under 10 MB.
 */
#ifndef AG_HTML_INT_H
#define AG_HTML_INT_H

#include <jansson.h>

#include "analyze.h"
#include "export_int.h"

#define AG_HTML_SCHEMA "actorgraph-html/2"
#define AG_HTML_MAX_LINKS 60000
#define AG_HTML_EVIDENCE_PER_LINK 4
#define AG_HTML_EVIDENCE_BYTES (2500u * 1024u)
#define AG_HTML_DRAW_EDGES 3000

/* What the page carries: flags over g's nodes and links (owned). */
typedef struct html_part {
    const ag_graph *g;
    ag_arena *arena;        /* holds node_on, link_on and n_ev */
    unsigned char *node_on, *link_on;
    unsigned char *n_ev;    /* per link: evidence sentences carried */
    size_t links_cut;       /* stance / meeting links left out by the budget */
    size_t evidence_cut;    /* sentences left out */
    double *xy;             /* per node: x, y (sfdp; y down), or NULL */
} html_part;

/* The part of g within the page budget, from the nodes and links the
 * export selected (NULL = all).  AG_ENOMEM. */
ag_status ag__ex_html_part(html_part *p, const ag_graph *g, const unsigned char *node_on,
                           const unsigned char *link_on, ag_error *err);
void ag__ex_html_part_free(html_part *p);

/* p->xy: the carried actors laid out by sfdp over one edge per pair of
 * actors (html_layout.c).  AG_ELIB when Graphviz fails, AG_ENOMEM. */
ag_status ag__ex_html_positions(html_part *p, ag_error *err);

/* The page's graph-data object (html_data.c, docs/export.md); an (NULL)
 * leaves the centralities null.  NULL on OOM. */
json_t *ag__ex_html_data(const html_part *p, const double *degree, const ag_analysis *an);

#endif
