/* cytoscape.c — Cytoscape.js elements: the one serializer behind -f cyjs
 * and the data of the HTML page (export_html.c).  Both carry the same
 * fields; only the element ids differ (see ag__ex_cy_elements).  Dates:
 * each edge's exact per-day counts as "dates" {"YYYY-MM-DD": n} (as in
 * graph.json) and each evidence entry's date.  PageRank, betweenness,
 * strength and bloc come from the analysis passed in (null without one).
 */
#include "export_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* {"data": data, "classes": classes}; takes the reference to data. */
static json_t *element(json_t *data, const char *classes)
{
    json_t *el = json_object();
    if (!el || !data || ag__jset(el, "classes", json_string(classes))) {
        json_decref(el);
        json_decref(data);
        return NULL;
    }
    if (json_object_set_new(el, "data", data)) {
        json_decref(el);
        return NULL;
    }
    return el;
}

/* PageRank, betweenness, strength and bloc of node i, null without them. */
static int node_measures(json_t *d, const ex_view *v, size_t i)
{
    const ag_actor_stats *st = v->an ? ag_analysis_node(v->an, i) : NULL;
    return ag__jset(d, "pagerank", st ? ag__jreal(st->pagerank) : json_null()) ||
           ag__jset(d, "betweenness", st ? ag__jreal(st->betweenness) : json_null()) ||
           ag__jset(d, "strength", st ? ag__jreal(st->strength) : json_null()) ||
           ag__jset(d, "bloc", st ? json_integer(st->community) : json_null());
}

int ag__ex_node_fields(json_t *d, const ag_graph *g, size_t i)
{
    const ag_node *n = &g->nodes[i];
    long affil = n->affiliation ? ag_graph_find_node(g, n->affiliation) : -1;
    return ag__jset(d, "actor", ag__jtext(n->id)) || ag__jset(d, "name", ag__jtext(n->name)) ||
           ag__jset(d, "kind", json_string(ag_actor_kind_name(n->kind))) || ag__jset(d, "code", ag__jtext(n->code)) ||
           ag__jset(d, "affiliation", ag__jtext(n->affiliation)) ||
           ag__jset(d, "affiliation_name", affil >= 0 ? ag__jtext(g->nodes[affil].name) : json_null()) ||
           ag__jset(d, "mentions", json_integer(n->mentions)) || ag__jset(d, "docs", json_integer(n->docs));
}

json_t *ag__ex_aliases(const ag_node *n)
{
    json_t *a = json_array();
    for (size_t k = 0; a && k < n->n_aliases; k++)
        if (ag__jpush(a, ag__jtext(n->aliases[k]))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *cy_node(const ex_view *v, size_t i, int page)
{
    const ag_node *n = &v->g->nodes[i];
    char id[32];
    snprintf(id, sizeof id, "n%zu", i);
    json_t *d = json_object();
    if (!d || ag__jset(d, "id", page ? json_string(id) : ag__jtext(n->id)) ||
        (!page && ag__jset(d, "value", ag__jtext(n->id))) || ag__ex_node_fields(d, v->g, i) ||
        ag__jset(d, "degree", ag__jreal(v->degree[i])) || node_measures(d, v, i) ||
        ag__jset(d, "aliases", ag__ex_aliases(n))) {
        json_decref(d);
        return NULL;
    }
    return element(d, ag_actor_kind_name(n->kind));
}

static json_t *cy_evidence(const ag_evidence *e)
{
    json_t *o = json_object();
    if (!o || ag__jset(o, "doc", ag__jtext(e->doc)) ||
        ag__jset(o, "sentence", e->sentence >= 0 ? json_integer(e->sentence) : json_null()) ||
        ag__jset(o, "text", ag__jtext(e->text)) || ag__jset(o, "date", ag__jtext(e->date))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* Evidence entries and, when some occurrence is dated, "dates". */
static int edge_dates(json_t *d, const ag_link *l)
{
    json_t *ev = json_array();
    for (size_t k = 0; ev && k < l->n_evidence; k++)
        if (ag__jpush(ev, cy_evidence(&l->evidence[k]))) {
            json_decref(ev);
            return -1;
        }
    if (ag__jset(d, "evidence", ev))
        return -1;
    if (l->n_days == 0)
        return 0;
    json_t *dates = json_object();
    for (size_t k = 0; dates && k < l->n_days; k++) {
        char day[16];
        ag_graph_day_string(l->days[k].day, day);
        if (ag__jset(dates, day, json_integer(l->days[k].count))) {
            json_decref(dates);
            return -1;
        }
    }
    return ag__jset(d, "dates", dates);
}

static json_t *cy_edge(const ex_view *v, size_t i, int page)
{
    const ag_graph *g = v->g;
    const ag_link *l = &g->links[i];
    char id[32], src[32], tgt[32], cls[64];
    snprintf(id, sizeof id, "e%zu", i);
    snprintf(src, sizeof src, "n%zu", l->source);
    snprintf(tgt, sizeof tgt, "n%zu", l->target);
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), ag__ex_polarity_name(l->polarity));
    json_t *d = json_object();
    if (!d || ag__jset(d, "id", json_string(id)) ||
        ag__jset(d, "source", page ? json_string(src) : ag__jtext(g->nodes[l->source].id)) ||
        ag__jset(d, "target", page ? json_string(tgt) : ag__jtext(g->nodes[l->target].id)) ||
        ag__jset(d, "key", json_integer((json_int_t)i)) || ag__jset(d, "kind", json_string(ag_rel_kind_name(l->kind))) ||
        ag__jset(d, "label", ag__jtext(l->label)) || ag__jset(d, "code", ag__jtext(l->code)) ||
        ag__jset(d, "polarity", json_integer(l->polarity)) || ag__jset(d, "goldstein", ag__jreal(l->goldstein)) ||
        ag__jset(d, "weight", json_integer(l->weight)) || ag__jset(d, "location", ag__jtext(l->location)) ||
        ag__jset(d, "directed", json_boolean(l->kind != AG_REL_MEETING)) || edge_dates(d, l)) {
        json_decref(d);
        return NULL;
    }
    return element(d, cls);
}

json_t *ag__ex_cy_elements(const ex_view *v, int page)
{
    const ag_graph *g = v->g;
    json_t *els = json_object(), *nodes = json_array(), *edges = json_array();
    if (!els || !nodes || !edges)
        goto fail;
    for (size_t i = 0; i < g->n_nodes; i++)
        if (v->node_on[i] && ag__jpush(nodes, cy_node(v, i, page)))
            goto fail;
    for (size_t i = 0; i < g->n_links; i++)
        if (v->link_on[i] && ag__jpush(edges, cy_edge(v, i, page)))
            goto fail;
    /* set_new takes the reference even when it fails. */
    int bad = json_object_set_new(els, "nodes", nodes);
    nodes = NULL;
    bad |= json_object_set_new(els, "edges", edges);
    edges = NULL;
    if (bad)
        goto fail;
    return els;
fail:
    json_decref(els);
    json_decref(nodes);
    json_decref(edges);
    return NULL;
}

ag_status ag__ex_export_cyjs(const ex_view *v, FILE *out, ag_error *err)
{
    ag_status st = AG_ENOMEM;
    json_t *root = json_object(), *meta = json_object();
    if (!root || !meta || ag__jset(meta, "name", json_string("actorgraph")) ||
        ag__jset(meta, "schema", json_string("actorgraph-cyjs/2")))
        goto out;
    int bad = ag__jset(root, "elements", ag__ex_cy_elements(v, 0));
    bad |= json_object_set_new(root, "data", meta);
    meta = NULL;
    if (bad || ag__jset(root, "directed", json_true()) || ag__jset(root, "multigraph", json_true()))
        goto out;
    st = ag__ex_dump_json(root, out, err);
out:
    if (st == AG_ENOMEM)
        ag_error_set(err, st, "out of memory while writing the Cytoscape.js output");
    json_decref(root);
    json_decref(meta);
    return st;
}
