/* plan.c — how DOT/SVG draw a view, chosen so that Graphviz's cost stays
 * bounded (thresholds in export.h, measurements in docs/export.md):
 *  - the links of a pair of actors, either direction, are drawn as one edge
 *    when the pair has more than AG_EXPORT_PARALLEL_MAX of them: dot gives
 *    every edge and label its own rank slots, so 2,855 links among 19
 *    actors never finished, while 171 edges take a second;
 *  - dot only up to a few hundred edges drawn, sfdp above;
 *  - labels placed only up to a few hundred edges drawn: placing 50,000
 *    edge labels cost 25x sfdp's layout; above, they are in the tooltips.
 * Grouping is one sort of the drawn links by pair: O(m log m).
 */
#include "export_int.h"
#include "util_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What an engine asked for with --layout may draw (actors, edges). */
/* What an engine asked for with --layout may draw (actors, edges): about
 * 15 s of CPU at most on random graphs (docs/export.md has the figures).
 * sfdp is near-linear; the drawing caps of export.h bound it. */
static const struct engine_limit {
    const char *name;
    size_t nodes, edges;
} engine_limits[] = {
    {"dot", 1000, AG_EXPORT_DOT_MAX_EDGES},
    {"neato", 2000, 5000},
    {"fdp", 2000, 5000},
    {"circo", 150, 300},
    {"twopi", 2000, 5000},
    {"sfdp", SIZE_MAX, SIZE_MAX},
};

typedef struct pair_item {
    size_t lo, hi, index;
} pair_item;

static int pair_cmp(const void *a, const void *b)
{
    const pair_item *x = a, *y = b;
    int c = ag__cmp(x->lo, y->lo);
    c = c ? c : ag__cmp(x->hi, y->hi);
    return c ? c : ag__cmp(x->index, y->index);
}

void ag__ex_plan_free(ex_plan *p)
{
    ag_arena_free(p->arena);
    memset(p, 0, sizeof *p);
}

int ag__ex_plan_merged(const ex_plan *p, size_t i)
{
    return p->run_len[p->run[i]] > AG_EXPORT_PARALLEL_MAX;
}

/* Sorts the drawn links by pair and counts the edges drawn. */
static int group_pairs(ex_plan *p, const ex_view *v)
{
    const ag_graph *g = v->g;
    size_t n = 0;
    pair_item *items = malloc((v->n_links + 1) * sizeof *items);
    if ((p->arena = ag_arena_new())) {
        p->order = ag__arena_array(p->arena, v->n_links + 1, sizeof *p->order);
        p->run = ag__arena_array(p->arena, g->n_links + 1, sizeof *p->run);
        p->run_len = ag__arena_array(p->arena, v->n_links + 1, sizeof *p->run_len);
    }
    if (!items || !p->order || !p->run || !p->run_len) {
        free(items);
        return -1;
    }
    for (size_t i = 0; i < g->n_links; i++) {
        if (!v->link_on[i])
            continue;
        size_t s = g->links[i].source, t = g->links[i].target;
        items[n++] = (pair_item){s < t ? s : t, s < t ? t : s, i};
    }
    qsort(items, n, sizeof *items, pair_cmp);
    for (size_t k = 0, start = 0; k < n; k++) {
        if (k > 0 && (items[k].lo != items[k - 1].lo || items[k].hi != items[k - 1].hi))
            start = k;
        p->order[k] = items[k].index;
        p->run[items[k].index] = start;
        p->run_len[start]++;
    }
    for (size_t k = 0; k < n; k++) {
        size_t len = p->run_len[k];
        if (len > AG_EXPORT_PARALLEL_MAX) {
            p->pub.merged++;
            p->pub.edges++;
        } else {
            p->pub.edges += len;
        }
    }
    free(items);
    return 0;
}

static ag_status choose_engine(ex_plan *p, const ag_export_opts *o, ag_error *err)
{
    ag_export_plan *q = &p->pub;
    q->labels = q->edges <= AG_EXPORT_LABEL_MAX_EDGES;
    if (!o->layout) {
        int dot = q->nodes <= AG_EXPORT_DOT_LAYOUT_MAX && q->edges <= AG_EXPORT_DOT_MAX_EDGES;
        q->engine = dot ? "dot" : "sfdp";
        return AG_OK;
    }
    for (size_t i = 0; i < sizeof engine_limits / sizeof engine_limits[0]; i++) {
        const struct engine_limit *e = &engine_limits[i];
        if (strcmp(o->layout, e->name) != 0)
            continue;
        q->engine = e->name;
        if (q->nodes <= e->nodes && q->edges <= e->edges)
            return AG_OK;
        return ag_error_set(err, AG_EUSAGE,
                            "--layout %s draws at most %zu actors and %zu edges, and this drawing "
                            "has %zu actors and %zu edges (%zu links); use --layout sfdp, or draw "
                            "fewer with --max-nodes N or --max-edges M",
                            e->name, e->nodes, e->edges, q->nodes, q->edges, q->links);
    }
    return ag_error_set(err, AG_EUSAGE, "unknown layout '%s' (use dot, neato, fdp, sfdp, circo or twopi)",
                        o->layout);
}

ag_status ag__ex_plan_init(ex_plan *p, const ex_view *v, const ag_export_opts *o, ag_error *err)
{
    memset(p, 0, sizeof *p);
    p->pub.nodes = v->n_nodes;
    p->pub.links = v->n_links;
    p->pub.links_cut = v->n_links_cut;
    p->pub.nodes_cut = v->g->n_nodes - v->n_nodes;
    if (group_pairs(p, v)) {
        ag__ex_plan_free(p);
        return ag_error_set(err, AG_ENOMEM, "out of memory while planning the drawing");
    }
    ag_status st = choose_engine(p, o, err);
    if (st != AG_OK)
        ag__ex_plan_free(p);
    return st;
}

ag_status ag_export_plan_for(const ag_graph *g, const ag_export_opts *o, ag_export_plan *out,
                             ag_error *err)
{
    ag_export_opts defaults;
    ex_view v;
    ex_plan p;
    if (!o) {
        ag_export_opts_init(&defaults);
        o = &defaults;
    }
    ag_status st = ag__ex_view_init(&v, g, o, 1, err);
    if (st != AG_OK)
        return st;
    st = ag__ex_plan_init(&p, &v, o, err);
    if (st == AG_OK)
        *out = p.pub;
    ag__ex_plan_free(&p);
    ag__ex_view_free(&v);
    return st;
}

const char *ag_export_layout_for(const ag_graph *g, const ag_export_opts *o)
{
    ag_export_plan p;
    ag_error err;
    if (ag_export_plan_for(g, o, &p, &err) == AG_OK)
        return p.engine;
    return o && o->layout ? o->layout : "sfdp";
}
