/* export.h — export: the graph as DOT (written with cgraph), SVG (laid out
 * and rendered in-process with gvc) or node-link JSON.
 *
 * Ownership: the functions only read the graph and write to `out`.
 */
#ifndef AG_EXPORT_H
#define AG_EXPORT_H

#include "graph.h"

typedef enum ag_export_format {
    AG_EXPORT_DOT = 0,
    AG_EXPORT_SVG,
    AG_EXPORT_JSON
} ag_export_format;

typedef struct ag_export_opts {
    ag_export_format format;
    const char *layout; /* Graphviz engine, NULL = chosen by size */
} ag_export_opts;

void ag_export_opts_init(ag_export_opts *o);
int ag_export_format_parse(const char *s, ag_export_format *f); /* 0 ok, -1 unknown */
ag_status ag_export(const ag_graph *g, const ag_export_opts *o, FILE *out, ag_error *err);

#endif
