/* html_layout.c — where the HTML viewer draws each actor: the carried
 * actors laid out once, in C, by Graphviz's sfdp over one edge per pair of
 * related actors, so the page opens drawn (cytoscape's force-directed
 * layout took tens of seconds in the browser on a corpus graph).  The
 * viewer scales the positions to its node sizes. */
#include "html_int.h"

#include <cgraph.h>
#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct placed {
    const html_part *p;
    Agnode_t **nodes; /* per graph node, NULL when not carried */
    double *xy;
} placed;

static void read_positions(Agraph_t *ag, void *arg)
{
    (void)ag;
    placed *r = arg;
    for (size_t i = 0; i < r->p->g->n_nodes; i++)
        if (r->nodes[i]) {
            r->xy[2 * i] = ND_coord(r->nodes[i]).x;
            r->xy[2 * i + 1] = -ND_coord(r->nodes[i]).y; /* the page's y grows downwards */
        }
}

/* The carried actors and one edge per related pair (a strict graph keeps
 * one); 0, or -1 on OOM. */
static int add_graph(Agraph_t *ag, placed *r)
{
    const ag_graph *g = r->p->g;
    char name[32];
    for (size_t i = 0; i < g->n_nodes; i++)
        if (r->p->node_on[i]) {
            snprintf(name, sizeof name, "%zu", i);
            if (!(r->nodes[i] = agnode(ag, name, 1)))
                return -1;
        }
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (r->p->link_on[i] && l->source != l->target && !agedge(ag, r->nodes[l->source], r->nodes[l->target], NULL, 1))
            return -1;
    }
    return 0;
}

ag_status ag__ex_html_positions(html_part *p, ag_error *err)
{
    placed r = {p, calloc(p->g->n_nodes + 1, sizeof *r.nodes), calloc(2 * p->g->n_nodes + 1, sizeof *r.xy)};
    Agraph_t *ag = r.nodes && r.xy ? agopen("actorgraph", Agstrictundirected, NULL) : NULL;
    ag_status st = AG_OK;
    /* start=1 seeds sfdp itself: otherwise it continues the process's
     * random sequence, and a second export in one process would differ. */
    if (!ag || agattr(ag, AGNODE, "shape", "point") == NULL || agattr(ag, AGRAPH, "start", "1") == NULL ||
        add_graph(ag, &r))
        st = ag_error_set(err, AG_ENOMEM, "out of memory while laying out the HTML page");
    else
        st = ag__ex_gv_layout(ag, "sfdp", read_positions, &r, err);
    if (ag)
        agclose(ag);
    free(r.nodes);
    if (st == AG_OK)
        p->xy = r.xy;
    else
        free(r.xy);
    return st;
}
