/* analyze.h — analyze: centrality, communities and the strongest
 * cooperative and hostile relations of an actor graph, computed with igraph,
 * written as a report (text, Markdown, CSV or JSON).
 *
 * Ownership: the functions only read the graph; the caller owns `out`.
 */
#ifndef AG_ANALYZE_H
#define AG_ANALYZE_H

#include "graph.h"

typedef enum ag_report_format {
    AG_REPORT_TEXT = 0,
    AG_REPORT_MD,
    AG_REPORT_CSV,
    AG_REPORT_JSON
} ag_report_format;

typedef struct ag_analyze_opts {
    int top; /* rows in the text/md tables; 0 = all */
} ag_analyze_opts;

void ag_analyze_opts_init(ag_analyze_opts *o);
int ag_report_format_parse(const char *s, ag_report_format *f); /* 0 ok, -1 unknown */
ag_status ag_analyze_report(const ag_graph *g, const ag_analyze_opts *o, ag_report_format f,
                            FILE *out, ag_error *err);

#endif
