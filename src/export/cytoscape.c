/* cytoscape.c — Cytoscape.js elements JSON (-f cyjs). */
#include "export_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- Cytoscape.js ---- */

/* A JSON string of s (repaired if not UTF-8), or null for NULL. */
static json_t *jtext(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (ag_utf8_valid_prefix(s, n) == n)
        return json_stringn(s, n);
    ag_buf b = AG_BUF_INIT;
    json_t *j = ex_put_text(&b, s, ESC_RAW, 0) ? NULL : json_stringn(b.data ? b.data : "", b.len);
    ag_buf_free(&b);
    return j;
}

static int jset(json_t *o, const char *k, json_t *v)
{
    return v ? json_object_set_new(o, k, v) : -1;
}

static json_t *cyjs_node(const ex_view *v, size_t i)
{
    const ag_node *n = &v->g->nodes[i];
    json_t *el = json_object(), *data = json_object();
    if (!el || !data || jset(data, "id", jtext(n->id)) || jset(data, "value", jtext(n->id)) ||
        jset(data, "name", jtext(n->name)) || jset(data, "kind", json_string(ag_actor_kind_name(n->kind))) ||
        jset(data, "code", jtext(n->code)) || jset(data, "affiliation", jtext(n->affiliation)) ||
        jset(data, "mentions", json_integer(n->mentions)) || jset(data, "docs", json_integer(n->docs)) ||
        jset(data, "degree", json_real(v->degree[i])) ||
        jset(el, "classes", json_string(ag_actor_kind_name(n->kind)))) {
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

static json_t *cyjs_edge(const ex_view *v, size_t i)
{
    const ag_graph *g = v->g;
    const ag_link *l = &g->links[i];
    char id[32], cls[64];
    snprintf(id, sizeof id, "e%zu", i);
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), ex_polarity_name(l->polarity));
    json_t *el = json_object(), *data = json_object(), *ev = json_array();
    if (!el || !data || !ev)
        goto fail;
    for (size_t k = 0; k < l->n_evidence; k++)
        if (l->evidence[k].text && json_array_append_new(ev, jtext(l->evidence[k].text)))
            goto fail;
    if (jset(data, "id", json_string(id)) || jset(data, "source", jtext(g->nodes[l->source].id)) ||
        jset(data, "target", jtext(g->nodes[l->target].id)) || jset(data, "key", json_integer((json_int_t)i)) ||
        jset(data, "kind", json_string(ag_rel_kind_name(l->kind))) || jset(data, "label", jtext(l->label)) ||
        jset(data, "code", jtext(l->code)) || jset(data, "polarity", json_integer(l->polarity)) ||
        jset(data, "goldstein", json_real(isfinite(l->goldstein) ? l->goldstein : 0.0)) ||
        jset(data, "weight", json_integer(l->weight)) || jset(data, "location", jtext(l->location)) ||
        jset(data, "directed", json_boolean(l->kind != AG_REL_MEETING)))
        goto fail;
    if (json_object_set_new(data, "evidence", ev)) {
        ev = NULL;
        goto fail;
    }
    ev = NULL;
    if (jset(el, "classes", json_string(cls)))
        goto fail;
    if (json_object_set_new(el, "data", data)) {
        data = NULL;
        goto fail;
    }
    return el;
fail:
    json_decref(el);
    json_decref(data);
    json_decref(ev);
    return NULL;
}

ag_status ex_export_cyjs(const ex_view *v, FILE *out, ag_error *err)
{
    ag_status st = AG_ENOMEM;
    json_t *root = json_object(), *els = json_object(), *nodes = json_array(), *edges = json_array();
    json_t *meta = json_object();
    if (!root || !els || !nodes || !edges || !meta)
        goto out;
    for (size_t i = 0; i < v->g->n_nodes; i++)
        if (v->node_on[i] && json_array_append_new(nodes, cyjs_node(v, i)))
            goto out;
    for (size_t i = 0; i < v->g->n_links; i++)
        if (v->link_on[i] && json_array_append_new(edges, cyjs_edge(v, i)))
            goto out;
    if (jset(meta, "name", json_string("actorgraph")) || jset(meta, "schema", json_string("actorgraph-cyjs/1")))
        goto out;
    /* set_new takes the reference even when it fails. */
    int bad = json_object_set_new(els, "nodes", nodes);
    nodes = NULL;
    bad |= json_object_set_new(els, "edges", edges);
    edges = NULL;
    bad |= json_object_set_new(root, "elements", els);
    els = NULL;
    bad |= json_object_set_new(root, "data", meta);
    meta = NULL;
    if (bad || jset(root, "directed", json_true()) || jset(root, "multigraph", json_true()))
        goto out;
    st = ex_dump_json(root, out, err);
out:
    if (st == AG_ENOMEM)
        ag_error_set(err, st, "out of memory while writing the Cytoscape.js output");
    json_decref(root);
    json_decref(els);
    json_decref(nodes);
    json_decref(edges);
    json_decref(meta);
    return st;
}

