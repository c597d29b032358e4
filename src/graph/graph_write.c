/* graph_write.c — graph.json streamed record by record (see graph.h).
 *
 * The one writer of the document: written through ag_jw so that no
 * jansson copy of the graph is ever made (memory is the graph plus the
 * two order arrays); ag_graph_to_json reads these bytes back for whoever
 * wants a jansson tree.  Keys are written in jansson's sorted order (byte
 * order), so the bytes equal json_dumpf with JSON_SORT_KEYS;
 * tests/test_graph.c compares the two.
 */
#include "graph_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"

#define GRAPH_JSON_FLAGS (JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17))

static void write_node(ag_jw *w, const ag_node *n)
{
    ag_jw_object(w);
    ag_jw_kstr(w, "affiliation", n->affiliation);
    ag_jw_karray(w, "aliases");
    for (size_t i = 0; i < n->n_aliases; i++)
        ag_jw_str(w, n->aliases[i]);
    ag_jw_end(w);
    ag_jw_kstr(w, "code", n->code);
    ag_jw_kint(w, "docs", n->docs);
    ag_jw_kstr(w, "id", n->id);
    ag_jw_kstr(w, "kind", ag_actor_kind_name(n->kind));
    ag_jw_kint(w, "mentions", n->mentions);
    ag_jw_kstr(w, "name", n->name);
    ag_jw_end(w);
}

static void write_evidence(ag_jw *w, const ag_link *l)
{
    ag_jw_array(w);
    for (size_t i = 0; i < l->n_evidence; i++) {
        const ag_evidence *e = &l->evidence[i];
        ag_jw_object(w);
        ag_jw_kstr(w, "date", e->date);
        ag_jw_kstr(w, "doc", e->doc);
        if (e->location) /* meetings only: stance evidence stays as it was */
            ag_jw_kstr(w, "location", e->location);
        ag_jw_kint(w, "sentence", e->sentence);
        ag_jw_kstr(w, "text", e->text);
        ag_jw_end(w);
    }
    ag_jw_end(w);
}

static void write_link(ag_jw *w, const ag_graph *g, const ag_link *l)
{
    ag_jw_object(w);
    ag_jw_kstr(w, "code", l->code);
    if (l->n_days) {
        ag_jw_kobject(w, "dates");
        for (size_t i = 0; i < l->n_days; i++) {
            char k[16];
            ag_graph_day_string(l->days[i].day, k);
            ag_jw_key(w, k);
            ag_jw_int(w, l->days[i].count);
        }
        ag_jw_end(w);
    }
    ag_jw_key(w, "evidence");
    write_evidence(w, l);
    ag_jw_key(w, "goldstein");
    /* Only finite values enter the graph; 0 otherwise, as jansson refuses them. */
    ag_jw_real(w, isfinite(l->goldstein) ? l->goldstein : 0.0);
    ag_jw_kstr(w, "kind", ag_rel_kind_name(l->kind));
    ag_jw_kstr(w, "label", l->label);
    ag_jw_kstr(w, "location", l->location);
    ag_jw_kint(w, "polarity", l->polarity);
    ag_jw_kstr(w, "source", g->nodes[l->source].id);
    ag_jw_kstr(w, "target", g->nodes[l->target].id);
    ag_jw_kint(w, "weight", l->weight);
    ag_jw_end(w);
}

/* The links (or nodes) array, in `order` (or graph order), those `on` only. */
static void write_array(ag_jw *w, const ag_graph *g, int links, const size_t *order,
                        const unsigned char *on)
{
    size_t n = links ? g->n_links : g->n_nodes;
    ag_jw_array(w);
    for (size_t r = 0; r < n && !w->failed; r++) {
        size_t i = order ? order[r] : r;
        if (on && !on[i])
            continue;
        if (links)
            write_link(w, g, &g->links[i]);
        else
            write_node(w, &g->nodes[i]);
    }
    ag_jw_end(w);
}

/* The whole document into w, nodes and links in the orders no and lo
 * (NULL: graph order). */
static void write_doc(ag_jw *w, const ag_graph *g, const ag_graph_json_opts *o, const size_t *no,
                      const size_t *lo)
{
    /* "edges" sorts before "graph", "links" after it. */
    int edges = o->edges_key && strcmp(o->edges_key, "edges") == 0;
    ag_jw_object(w);
    ag_jw_key(w, "directed");
    ag_jw_bool(w, 1);
    if (edges) {
        ag_jw_key(w, "edges");
        write_array(w, g, 1, lo, o->link_on);
    }
    ag_jw_kobject(w, "graph");
    ag_jw_key(w, "format");
    ag_jw_str(w, AG_GRAPH_FORMAT);
    if (o->schema) {
        ag_jw_key(w, "schema");
        ag_jw_str(w, o->schema);
    }
    ag_jw_end(w);
    if (!edges) {
        ag_jw_key(w, "links");
        write_array(w, g, 1, lo, o->link_on);
    }
    ag_jw_key(w, "multigraph");
    ag_jw_bool(w, 1);
    ag_jw_key(w, "nodes");
    write_array(w, g, 0, no, o->node_on);
    ag_jw_end(w);
}

ag_status ag_graph_write_json(const ag_graph *g, FILE *fp, const ag_graph_json_opts *o, ag_error *err)
{
    static const ag_graph_json_opts defaults = {NULL, NULL, NULL, NULL, 0};
    size_t *no = NULL, *lo = NULL;
    if (!o)
        o = &defaults;
    if (o->sorted && ag_graph_order(g, &no, &lo))
        return ag_error_set(err, AG_ENOMEM, "out of memory while writing the graph");
    ag_jw w;
    ag_jw_init(&w, fp, GRAPH_JSON_FLAGS);
    write_doc(&w, g, o, no, lo);
    int bad = ag_jw_finish(&w);
    free(no);
    free(lo);
    if (bad || fputc('\n', fp) == EOF || ferror(fp))
        return ag_error_set(err, AG_EIO, "cannot write the graph JSON");
    return AG_OK;
}

/* The same document as a jansson tree, read back from the writer's bytes
 * (compact: only the values matter), so that graph.json has one writer. */
json_t *ag_graph_to_json(const ag_graph *g, const char *edges_key)
{
    ag_graph_json_opts o = {edges_key, NULL, NULL, NULL, 0};
    ag_jw w;
    ag_jw_init(&w, NULL, JSON_COMPACT | JSON_REAL_PRECISION(17));
    write_doc(&w, g, &o, NULL, NULL);
    json_t *root = ag_jw_finish(&w) ? NULL : json_loadb(w.out.data, w.out.len, 0, NULL);
    ag_buf_free(&w.out);
    return root;
}

ag_status ag_graph_write(const ag_graph *g, FILE *fp, ag_error *err)
{
    return ag_graph_write_json(g, fp, NULL, err);
}
