/* json.c — node-link JSON (-f json). */
#include "export_int.h"

#include <string.h>

#define SCHEMA_TAG "actorgraph-graph/1"

/* ---- JSON ---- */

ag_status ag__ex_dump_json(json_t *root, FILE *out, ag_error *err)
{
    if (json_dumpf(root, out, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17)) ||
        fputc('\n', out) == EOF || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the JSON output");
    return AG_OK;
}

/* Streamed by graph.json's one writer (graph_write.c), the view's nodes
 * and links only, with the schema tag; export's own messages. */
ag_status ag__ex_export_json(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    ag_graph_json_opts jo = {o->edges_key ? o->edges_key : "links", SCHEMA_TAG, v->node_on, v->link_on, 0};
    ag_error werr = {{0}};
    ag_status st = ag_graph_write_json(v->g, out, &jo, &werr);
    if (st == AG_ENOMEM)
        return ag_error_set(err, st, "out of memory while writing the JSON output");
    if (st || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the JSON output");
    return AG_OK;
}
