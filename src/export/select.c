/* select.c — the part of the graph an export writes (--max-nodes). */
#include "export_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct rank_item {
    double degree;
    long mentions;
    size_t index;
} rank_item;

static int rank_cmp(const void *a, const void *b)
{
    const rank_item *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree > y->degree ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

void ex_view_free(ex_view *v)
{
    free(v->node_on);
    free(v->link_on);
    free(v->degree);
    memset(v, 0, sizeof *v);
}

/* Keeps the max_nodes nodes of highest weighted degree (ties: mentions,
 * then graph order) and the links among them; 0 keeps everything. */
ag_status ex_view_init(ex_view *v, const ag_graph *g, const ag_export_opts *o, ag_error *err)
{
    ag_status st = AG_ENOMEM;
    size_t max_nodes = o->max_nodes;
    rank_item *rank = NULL;
    memset(v, 0, sizeof *v);
    v->g = g;
    v->node_on = calloc(g->n_nodes + 1, 1);
    v->link_on = calloc(g->n_links + 1, 1);
    v->degree = calloc(g->n_nodes + 1, sizeof *v->degree);
    if (!v->node_on || !v->link_on || !v->degree)
        goto out;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->source >= g->n_nodes || l->target >= g->n_nodes)
            continue;
        double w = l->weight > 0 ? (double)l->weight : 1.0;
        v->degree[l->source] += w;
        v->degree[l->target] += w;
    }
    if (max_nodes == 0 || max_nodes >= g->n_nodes) {
        memset(v->node_on, 1, g->n_nodes);
        v->n_nodes = g->n_nodes;
    } else {
        rank = malloc(g->n_nodes * sizeof *rank);
        if (!rank)
            goto out;
        for (size_t i = 0; i < g->n_nodes; i++)
            rank[i] = (rank_item){v->degree[i], g->nodes[i].mentions, i};
        qsort(rank, g->n_nodes, sizeof *rank, rank_cmp);
        for (size_t i = 0; i < max_nodes; i++)
            v->node_on[rank[i].index] = 1;
        v->n_nodes = max_nodes;
    }
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->source < g->n_nodes && l->target < g->n_nodes && v->node_on[l->source] &&
            v->node_on[l->target]) {
            v->link_on[i] = 1;
            v->n_links++;
        }
    }
    st = AG_OK;
out:
    free(rank);
    if (st != AG_OK) {
        ex_view_free(v);
        ag_error_set(err, st, "out of memory while selecting the nodes to export");
    }
    return st;
}

