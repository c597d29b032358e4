/* diff.h — what changed between two graphs (two corpora, or two periods
 * of one: the view of each, view.h): the actors and links that appeared
 * or disappeared, the net stance of each pair seen in both that changed,
 * and how the PageRank ranks moved (docs/formats.md, "diff").
 *
 *  - An actor is present when it takes part in a link (of any kind).
 *  - A link is (source, target, kind, label); added and removed ones carry
 *    their weight in the graph that has them.
 *  - The net stance of an unordered pair sums polarity x |Goldstein| x
 *    weight over its stances and meetings (ag_view_signed_weight); a pair
 *    with links in both graphs whose net differs is "changed".
 *  - Ranks: PageRank (ag_analysis_run with default options) ranked from 1;
 *    the actors ranked in the top `top` of either graph are listed.
 *
 * Ownership: only reads both graphs; writes to out.
 */
#ifndef AG_DIFF_H
#define AG_DIFF_H

#include <stdio.h>

#include "graph.h"

typedef enum ag_diff_format { AG_DIFF_TEXT = 0, AG_DIFF_JSON } ag_diff_format;

typedef struct ag_diff_opts {
    int top;          /* actors of the rank table, and rows per text list; default 20 */
    const char *old_name, *new_name; /* for the text's heading (borrowed) */
} ag_diff_opts;

void ag_diff_opts_init(ag_diff_opts *o);
int ag_diff_format_parse(const char *s, ag_diff_format *f); /* "text" | "json"; 0 ok, -1 unknown */

/* JSON: {"actors":{"added":[{id,name}],"removed":[...]},
 *        "links":{"added":[{source,target,kind,label,weight}],"removed":[...],
 *                 "changed":[{source,target,old,new,old_weight,new_weight}]},
 *        "ranks":[{id,name,old,new}]}  (a rank absent from a graph is null).
 * AG_ELIB when igraph fails, AG_ENOMEM, AG_EIO. */
ag_status ag_diff_write(const ag_graph *old_g, const ag_graph *new_g, const ag_diff_opts *o, ag_diff_format f,
                        FILE *out, ag_error *err);

#endif
