/* json.c — node-link JSON (-f json). */
#include "export_int.h"

#include <string.h>

#define SCHEMA_TAG "actorgraph-graph/1"

/* ---- JSON ---- */

/* Keeps the nodes and links of the view in a node-link document. */
static int json_filter(json_t *root, const ex_view *v, const char *edges_key)
{
    const ag_graph *g = v->g;
    json_t *nodes = json_object_get(root, "nodes"), *links = json_object_get(root, edges_key);
    json_t *kn = json_array(), *kl = json_array();
    int r = 0;
    if (!json_is_array(nodes) || !json_is_array(links) || !kn || !kl ||
        json_array_size(nodes) != g->n_nodes || json_array_size(links) != g->n_links) {
        r = -1;
        goto out;
    }
    for (size_t i = 0; i < g->n_nodes && r == 0; i++)
        if (v->node_on[i])
            r = json_array_append(kn, json_array_get(nodes, i));
    for (size_t i = 0; i < g->n_links && r == 0; i++)
        if (v->link_on[i])
            r = json_array_append(kl, json_array_get(links, i));
    if (r == 0)
        r = json_object_set(root, "nodes", kn) || json_object_set(root, edges_key, kl);
out:
    json_decref(kn);
    json_decref(kl);
    return r;
}

ag_status ex_dump_json(json_t *root, FILE *out, ag_error *err)
{
    if (json_dumpf(root, out, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17)) ||
        fputc('\n', out) == EOF || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the JSON output");
    return AG_OK;
}

ag_status ex_export_json(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    const char *key = o->edges_key ? o->edges_key : "links";
    ag_status st = AG_OK;
    json_t *root = ag_graph_to_json(v->g, key);
    if (!root) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the JSON output");
        goto out;
    }
    json_t *meta = json_object_get(root, "graph");
    if (json_is_object(meta) && !json_object_get(meta, "schema") &&
        json_object_set_new(meta, "schema", json_string(SCHEMA_TAG))) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the JSON output");
        goto out;
    }
    if ((v->n_nodes != v->g->n_nodes || v->n_links != v->g->n_links) && json_filter(root, v, key)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while selecting the JSON nodes");
        goto out;
    }
    st = ex_dump_json(root, out, err);
out:
    json_decref(root);
    return st;
}

