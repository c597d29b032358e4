/* view.c — the view filter: see view.h. */
#include "view.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_int.h"
#include "util_int.h"

#define REL_KIND_BITS (AG_KIND_STANCE | AG_KIND_MEETING | AG_KIND_AFFILIATION | AG_KIND_FORCE)
#define ACTOR_KIND_BITS (AG_KIND_COUNTRY | AG_KIND_PERSON | AG_KIND_ORGANIZATION)

void ag_view_opts_init(ag_view_opts *o)
{
    memset(o, 0, sizeof *o);
    o->to = INT32_MAX;
    o->min_weight = 1;
    o->depth = -1;
}

int ag_view_is_all(const ag_view_opts *o)
{
    return !o->kinds && o->from <= 0 && o->to == INT32_MAX && o->min_weight <= 1 &&
           o->collapse == AG_COLLAPSE_NONE && !(o->actor && o->depth >= 0) && !o->net;
}

int ag_view_kinds_parse(const char *s, unsigned *kinds)
{
    unsigned k = 0;
    while (s && *s) {
        size_t n = strcspn(s, ",");
        size_t i;
        for (i = 0; i < AN_N_KIND_NAMES; i++)
            if (strlen(ag__an_kind_names[i]) == n && strncmp(s, ag__an_kind_names[i], n) == 0)
                break;
        if (i == AN_N_KIND_NAMES && n > 0)
            return -1;
        if (i < AN_N_KIND_NAMES)
            k |= 1u << i;
        s += n;
        if (*s == ',')
            s++;
    }
    if (!k)
        return -1;
    *kinds |= k;
    return 0;
}

ag_status ag_view_dates(ag_view_opts *o, const char *since, const char *until, ag_error *err)
{
    int32_t from = since ? ag_graph_day(since) : 0, to = until ? ag_graph_day(until) : INT32_MAX;
    if (from < 0 || to < 0)
        return ag_error_set(err, AG_EUSAGE, "dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%s'",
                            from < 0 ? since : until);
    /* --until 2019-11 reaches to the month's end, 2019 to the year's. */
    if (until)
        to = to % 10000 == 0 ? to + 9999 : to % 100 == 0 ? to + 99 : to;
    o->from = from;
    o->to = to;
    return AG_OK;
}

static int dated_range(const ag_view_opts *o)
{
    return o->from > 0 || o->to < INT32_MAX;
}

/* Exact from the counts per day.  A graph.json written before those
 * existed falls back to the evidence: all of the weight when every entry
 * is in range, else the entries in range (a lower bound: evidence is
 * capped).  Undated occurrences are dropped: nothing shows they are in
 * range. */
long ag_view_link_weight(const ag_view_opts *o, const ag_link *l)
{
    if (!dated_range(o))
        return l->weight;
    if (l->n_days)
        return ag_link_count_between(l, o->from, o->to);
    long in = 0;
    for (size_t i = 0; i < l->n_evidence; i++) {
        int32_t day = ag_graph_day(l->evidence[i].date);
        in += day >= 0 && day >= o->from && day <= o->to;
    }
    return in > 0 && (size_t)in == l->n_evidence ? l->weight : in;
}

double ag_view_signed_weight(const ag_link *l, long w)
{
    if (l->kind == AG_REL_AFFILIATION)
        return 0.0;
    int polarity = l->kind == AG_REL_MEETING && l->polarity == 0 ? 1 : l->polarity;
    double mag = fabs(l->goldstein) > 0 ? fabs(l->goldstein) : 1.0;
    return polarity * mag * (double)w;
}

/* The node of `name` in g, -1 unknown, -2 ambiguous (*both names two). */
static long find_node(const ag_graph *g, const char *name, const char *slug, size_t *both)
{
    long i = ag_graph_find_node(g, name);
    if (i < 0 && slug)
        i = ag_graph_find_node(g, slug);
    for (size_t k = 0; i < 0 && k < g->n_nodes; k++)
        if (strcasecmp(g->nodes[k].name, name) == 0)
            i = (long)k;
    /* Any other name the actor was seen under: "Recep Erdogan". */
    for (size_t k = 0; i < 0 && k < g->n_nodes; k++)
        for (size_t q = 0; q < g->nodes[k].n_aliases; q++)
            if (strcasecmp(g->nodes[k].aliases[q], name) == 0) {
                i = (long)k;
                break;
            }
    for (size_t k = 0; i < 0 && slug && *slug && k < g->n_nodes; k++) {
        if (!strstr(g->nodes[k].id, slug))
            continue;
        for (size_t j = k + 1; j < g->n_nodes; j++)
            if (strstr(g->nodes[j].id, slug)) {
                both[0] = k;
                both[1] = j;
                return -2;
            }
        i = (long)k;
    }
    return i;
}

ag_status ag_view_find_actor(const ag_graph *g, const char *name, long *out, ag_error *err)
{
    ag_arena *ar = ag_arena_new();
    char *slug = ar ? ag_slug(ar, name) : NULL;
    size_t both[2] = {0, 0};
    long i = ar ? find_node(g, name, slug, both) : -3;
    ag_arena_free(ar);
    if (i == -3)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (i == -2)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is ambiguous (%s, %s, ...): give the id", name,
                            g->nodes[both[0]].id, g->nodes[both[1]].id);
    if (i < 0)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is not in the graph", name);
    *out = i;
    return AG_OK;
}

/* Where each actor ends up when rolled up into countries: the first
 * country on its affiliation chain (ag_graph_countries, the one walk), or
 * itself (no country on it, a cycle, or no collapse asked). */
static int roots_of(const ag_graph *g, ag_collapse c, size_t *root)
{
    long *country = malloc((g->n_nodes + 1) * sizeof *country);
    if (!country || ag_graph_countries(g, country)) {
        free(country);
        return -1;
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        root[i] = c == AG_COLLAPSE_COUNTRY && country[i] >= 0 ? (size_t)country[i] : i;
    free(country);
    return 0;
}

static int rel_kind_kept(const ag_view_opts *o, ag_rel_kind k)
{
    static const unsigned bit[] = {AG_KIND_STANCE, AG_KIND_MEETING, AG_KIND_AFFILIATION, AG_KIND_FORCE};
    _Static_assert(sizeof bit / sizeof bit[0] == AG_REL_FORCE + 1, "one bit per ag_rel_kind");
    unsigned rk = o->kinds & REL_KIND_BITS;
    return !rk || ((unsigned)k <= AG_REL_FORCE && (rk & bit[k]));
}

static int actor_kind_kept(const ag_view_opts *o, ag_actor_kind k)
{
    unsigned ak = o->kinds & ACTOR_KIND_BITS;
    return !ak || (ak & (1u << (k + 3)));
}

/* Meetings and net links are undirected: source id < target id. */
static void orient(const ag_graph *g, ag_rel_kind kind, int net, size_t *s, size_t *t)
{
    if ((kind == AG_REL_MEETING || net) && strcmp(g->nodes[*s].id, g->nodes[*t].id) > 0) {
        size_t x = *s;
        *s = *t;
        *t = x;
    }
}

/* Step 1: collapse, kinds, dates and weight.  map[i]: source node i's
 * node in v (its root's), or -1. */
static ag_status filter(const ag_graph *g, const ag_view_opts *o, ag_view *v, long *map)
{
    size_t *root = malloc((g->n_nodes + 1) * sizeof *root);
    ag_status st = !root || roots_of(g, o->collapse, root) ? AG_ENOMEM : AG_OK;
    for (size_t i = 0; i < g->n_nodes && !st; i++) {
        size_t k;
        map[i] = -1;
        if (root[i] == i && actor_kind_kept(o, g->nodes[i].kind) &&
            !(st = ag__graph_copy_node(v->graph, &g->nodes[i], &k)))
            map[i] = (long)k;
    }
    for (size_t i = 0; i < g->n_nodes && !st; i++)
        if (root[i] != i)
            map[i] = map[root[i]];
    for (size_t i = 0; i < g->n_links && !st; i++) {
        const ag_link *l = &g->links[i];
        long s = map[l->source], t = map[l->target];
        if (s < 0 || t < 0 || s == t || !rel_kind_kept(o, l->kind))
            continue;
        long w = ag_view_link_weight(o, l);
        if (w <= 0 || w < o->min_weight)
            continue;
        size_t a = (size_t)s, b = (size_t)t;
        orient(v->graph, l->kind, 0, &a, &b);
        st = ag__graph_merge_link(v->graph, a, b, l, NULL, w, o->from, o->to, NULL);
        v->links_in++;
    }
    free(root);
    return st;
}

/* A new graph with the nodes `keep` flags and the links among them
 * (net: one per pair, see view.h); replaces v->graph. */
static ag_status rebuild(ag_view *v, const unsigned char *keep, int net)
{
    const ag_graph *g = v->graph;
    ag_graph *n = ag_graph_new();
    long *map = malloc((g->n_nodes + 1) * sizeof *map);
    double *sum = NULL;
    size_t cap = 0;
    ag_status st = !n || !map ? AG_ENOMEM : AG_OK;
    for (size_t i = 0; i < g->n_nodes && !st; i++) {
        size_t k;
        map[i] = -1;
        if (keep[i] && !(st = ag__graph_copy_node(n, &g->nodes[i], &k)))
            map[i] = (long)k;
    }
    for (size_t i = 0; i < g->n_links && !st; i++) {
        const ag_link *l = &g->links[i];
        if (map[l->source] < 0 || map[l->target] < 0 || (net && l->kind == AG_REL_AFFILIATION))
            continue;
        size_t s = (size_t)map[l->source], t = (size_t)map[l->target], li;
        orient(n, l->kind, net, &s, &t);
        if (!net) {
            st = ag__graph_merge_link(n, s, t, l, NULL, l->weight, 0, INT32_MAX, NULL);
            continue;
        }
        /* The stance's kind and label make the pair's one link. */
        ag_link as_stance = *l;
        as_stance.kind = AG_REL_STANCE;
        if ((st = ag__graph_merge_link(n, s, t, &as_stance, "net", l->weight, 0, INT32_MAX, &li)))
            break;
        if (li >= cap) {
            size_t c = cap ? 2 * cap : 64;
            double *p = realloc(sum, c * sizeof *p);
            if (!p) {
                st = AG_ENOMEM;
                break;
            }
            memset(p + cap, 0, (c - cap) * sizeof *p);
            sum = p;
            cap = c;
        }
        sum[li] += ag_view_signed_weight(l, l->weight);
    }
    for (size_t i = 0; net && !st && i < n->n_links; i++) {
        ag_link *l = &n->links[i];
        double mean = sum[i] / (double)l->weight;
        l->polarity = ag__an_sign_of(sum[i]);
        l->goldstein = fmax(-10.0, fmin(10.0, mean));
        l->code = NULL;
        l->location = NULL;
    }
    for (size_t i = 0; i < v->n_source && !st; i++)
        if (v->node_of[i] >= 0)
            v->node_of[i] = map[v->node_of[i]];
    free(map);
    free(sum);
    if (st) {
        ag_graph_free(n);
        return st;
    }
    ag_graph_free(v->graph);
    v->graph = n;
    return AG_OK;
}

/* Flags in keep the actors of g within o->depth steps of the actor (an
 * actor of src that g lacks was filtered out or rolled up). */
static ag_status ego(const ag_graph *g, const ag_graph *src, const ag_view_opts *o, unsigned char *keep,
                     ag_error *err)
{
    long c;
    ag_status st = ag_view_find_actor(g, o->actor, &c, err);
    if (st == AG_EUSAGE && ag_view_find_actor(src, o->actor, &c, err) == AG_OK)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is left out by the filters (or rolled up into its country)",
                            o->actor);
    if (st)
        return st;
    /* Breadth first over the links in both directions, one sweep over
     * the links per step (depth is small). */
    int *dist = malloc((g->n_nodes + 1) * sizeof *dist);
    if (!dist)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    for (size_t i = 0; i < g->n_nodes; i++)
        dist[i] = -1;
    dist[c] = 0;
    for (int d = 0; d < o->depth; d++) {
        int grew = 0;
        for (size_t i = 0; i < g->n_links; i++) {
            size_t s = g->links[i].source, t = g->links[i].target;
            if (dist[s] == d && dist[t] < 0)
                dist[t] = d + 1, grew = 1;
            else if (dist[t] == d && dist[s] < 0)
                dist[s] = d + 1, grew = 1;
        }
        if (!grew)
            break;
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        keep[i] = dist[i] >= 0;
    free(dist);
    return AG_OK;
}

/* Sorts the view as build does and follows the nodes through the sort. */
static ag_status sort_view(ag_view *v, const ag_graph *src)
{
    if (ag_graph_sort(v->graph))
        return AG_ENOMEM;
    for (size_t i = 0; i < v->n_source; i++)
        if (v->node_of[i] >= 0)
            v->node_of[i] = ag_graph_find_node(v->graph, src->nodes[i].id);
    return AG_OK;
}

ag_status ag_view_apply(const ag_graph *g, const ag_view_opts *o, ag_view **out, ag_error *err)
{
    *out = NULL;
    /* node_of comes with the view (its graph is replaced as the view is
     * built, so not from the graph's arena). */
    long *node_of = NULL;
    ag_view *v = ag__with_array(sizeof *v, g->n_nodes + 1, sizeof *node_of, &node_of);
    if (!v || !(v->graph = ag_graph_new())) {
        ag_view_free(v);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    v->node_of = node_of;
    v->n_source = g->n_nodes;
    ag_status st = filter(g, o, v, v->node_of);
    /* Rolled-up actors map to their country's node: only the country's
     * own entry stays. */
    for (size_t i = 0; i < g->n_nodes && !st; i++)
        if (v->node_of[i] >= 0 && strcmp(v->graph->nodes[v->node_of[i]].id, g->nodes[i].id) != 0)
            v->node_of[i] = -1;
    if (!st && ((o->actor && o->depth >= 0) || o->net)) {
        unsigned char *keep = malloc(v->graph->n_nodes + 1);
        if (!keep)
            st = ag_error_set(err, AG_ENOMEM, "out of memory");
        else if (o->actor && o->depth >= 0)
            st = ego(v->graph, g, o, keep, err);
        else
            memset(keep, 1, v->graph->n_nodes);
        if (!st && (st = rebuild(v, keep, o->net)))
            ag_error_set(err, st, "out of memory");
        free(keep);
    }
    if (!st && (st = sort_view(v, g)))
        ag_error_set(err, st, "out of memory");
    if (st) {
        if (st == AG_ENOMEM && !err->msg[0])
            ag_error_set(err, st, "out of memory");
        ag_view_free(v);
        return st;
    }
    *out = v;
    return AG_OK;
}

void ag_view_free(ag_view *v)
{
    if (!v)
        return;
    ag_graph_free(v->graph);
    free(v); /* node_of with it (ag__with_array) */
}
