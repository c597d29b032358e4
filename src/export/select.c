/* select.c — the part of the graph an export writes: --max-nodes, the edge
 * budget and, for drawings, the caps that keep Graphviz's cost bounded.
 *
 * Centrality is the weighted degree over stance and meeting links: "member
 * of" links are structure, not activity, and would make every ministry
 * with many officials central.  The budget counts stance and meeting links
 * only; a "member of" link between two kept actors is always kept (there
 * is at most one per actor).  Every step is a sort or a pass: O(m log m).
 */
#include "export_int.h"
#include "util_int.h"

#include <stdlib.h>
#include <string.h>

int ag__ex_rank_cmp(const void *a, const void *b)
{
    const rank_item *x = a, *y = b;
    int c = ag__cmp(y->key, x->key); /* highest, then most mentioned first */
    c = c ? c : ag__cmp(y->mentions, x->mentions);
    return c ? c : ag__cmp(x->index, y->index);
}

void ag__ex_view_free(ex_view *v)
{
    ag_arena_free(v->arena);
    memset(v, 0, sizeof *v);
}

static int link_valid(const ag_graph *g, const ag_link *l)
{
    return l->source < g->n_nodes && l->target < g->n_nodes;
}

static double link_weight(const ag_link *l)
{
    return l->weight > 0 ? (double)l->weight : 1.0;
}

/* Keeps the `keep` most central nodes (all when keep >= n_nodes). */
static int select_nodes(ex_view *v, size_t keep)
{
    const ag_graph *g = v->g;
    if (keep >= g->n_nodes) {
        memset(v->node_on, 1, g->n_nodes);
        v->n_nodes = g->n_nodes;
        return 0;
    }
    rank_item *rank = calloc(g->n_nodes + 1, sizeof *rank);
    if (!rank)
        return -1;
    for (size_t i = 0; i < g->n_nodes; i++)
        rank[i] = (rank_item){0.0, g->nodes[i].mentions, i};
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (link_valid(g, l) && l->kind != AG_REL_AFFILIATION) {
            rank[l->source].key += link_weight(l);
            rank[l->target].key += link_weight(l);
        }
    }
    qsort(rank, g->n_nodes, sizeof *rank, ag__ex_rank_cmp);
    for (size_t i = 0; i < keep; i++)
        v->node_on[rank[i].index] = 1;
    v->n_nodes = keep;
    free(rank);
    return 0;
}

/* 1 if link i joins two kept nodes and is not a "member of" link. */
static int is_candidate(const ex_view *v, size_t i)
{
    const ag_link *l = &v->g->links[i];
    return link_valid(v->g, l) && l->kind != AG_REL_AFFILIATION && v->node_on[l->source] &&
           v->node_on[l->target];
}

/* Keeps the links between kept nodes: every "member of" link and the
 * `budget` strongest others (weight, then graph order). */
static int select_links(ex_view *v, size_t budget)
{
    const ag_graph *g = v->g;
    size_t n = 0;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->kind == AG_REL_AFFILIATION && link_valid(g, l) && v->node_on[l->source] &&
            v->node_on[l->target]) {
            v->link_on[i] = 1;
            v->n_links++;
        }
        n += is_candidate(v, i);
    }
    if (n <= budget) { /* everything fits: no sort */
        for (size_t i = 0; i < g->n_links; i++)
            v->link_on[i] |= (unsigned char)is_candidate(v, i);
        v->n_links += n;
        return 0;
    }
    rank_item *cand = malloc(n * sizeof *cand);
    if (!cand)
        return -1;
    n = 0;
    for (size_t i = 0; i < g->n_links; i++)
        if (is_candidate(v, i))
            cand[n++] = (rank_item){link_weight(&g->links[i]), 0, i};
    qsort(cand, n, sizeof *cand, ag__ex_rank_cmp);
    for (size_t k = 0; k < budget; k++)
        v->link_on[cand[k].index] = 1;
    v->n_links += budget;
    v->n_links_cut = n - budget;
    free(cand);
    return 0;
}

/* The budgets of o for this export (export.h says which apply when). */
static void budgets(const ag_graph *g, const ag_export_opts *o, int drawing, size_t *nodes, size_t *links)
{
    *nodes = o->max_nodes ? o->max_nodes : g->n_nodes;
    if (drawing && o->max_nodes == 0 && *nodes > AG_EXPORT_DRAW_MAX_NODES)
        *nodes = AG_EXPORT_DRAW_MAX_NODES;
    if (o->max_edges == AG_EXPORT_ALL) {
        *links = AG_EXPORT_ALL;
    } else if (o->max_edges) {
        *links = o->max_edges;
    } else {
        *links = AG_EXPORT_ALL;
        if (o->max_nodes && o->max_nodes < AG_EXPORT_ALL / AG_EXPORT_EDGES_PER_NODE)
            *links = o->max_nodes * AG_EXPORT_EDGES_PER_NODE;
        if (drawing && *links > AG_EXPORT_DRAW_MAX_LINKS)
            *links = AG_EXPORT_DRAW_MAX_LINKS;
    }
}

ag_status ag__ex_view_init(ex_view *v, const ag_graph *g, const ag_export_opts *o, int drawing, ag_error *err)
{
    size_t max_nodes, max_links;
    memset(v, 0, sizeof *v);
    v->g = g;
    v->an = o->analysis;
    if (!(v->arena = ag_arena_new()))
        goto oom;
    v->node_on = ag__arena_array(v->arena, g->n_nodes + 1, 1);
    v->link_on = ag__arena_array(v->arena, g->n_links + 1, 1);
    v->degree = ag__arena_array(v->arena, g->n_nodes + 1, sizeof *v->degree);
    if (!v->node_on || !v->link_on || !v->degree)
        goto oom;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (link_valid(g, l)) {
            v->degree[l->source] += link_weight(l);
            v->degree[l->target] += link_weight(l);
        }
    }
    budgets(g, o, drawing, &max_nodes, &max_links);
    if (select_nodes(v, max_nodes) || select_links(v, max_links))
        goto oom;
    return AG_OK;
oom:
    ag__ex_view_free(v);
    return ag_error_set(err, AG_ENOMEM, "out of memory while selecting the nodes to export");
}
