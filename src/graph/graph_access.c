/* graph_access.c — the accessors of graph.h: what a program outside the
 * library reads of a graph.  An index past the end gives NULL. */
#include "graph_int.h"
#include "util_int.h"

AG__LIST_AT(graph, const ag_node *, node, nodes, n_nodes)
AG__LIST_AT(graph, const ag_link *, link, links, n_links)

AG__PARTY_ACCESSORS(AG__GET, node)
AG__GET(node, long, mentions, mentions)
AG__GET(node, long, docs, docs)

AG__TIE_ACCESSORS(AG__GET, link)
AG__GET(link, size_t, source, source)
AG__GET(link, size_t, target, target)
AG__GET(link, long, weight, weight)
AG__LIST_AT(link, const ag_evidence *, evidence, evidence, n_evidence)

AG__GET(evidence, const char *, doc, doc)
AG__GET(evidence, int, sentence, sentence)
AG__GET(evidence, const char *, text, text)
AG__GET(evidence, const char *, date, date)
AG__GET(evidence, const char *, location, location)

const ag_day_count *ag_link_days(const ag_link *l, size_t *n)
{
    *n = l->n_days;
    return l->days;
}
