/* graph.h — build: the actor graph aggregated from extraction records of
 * any number of documents, and its node-link JSON file.
 *
 * One node per canonical actor id across documents.  Links are aggregated
 * per (source, target, kind, label): weight counts how often the relation
 * was seen; the evidence list keeps at most AG_GRAPH_MAX_EVIDENCE sentences
 * per link so memory stays bounded on large corpora.  A meeting of n
 * participants becomes n(n-1)/2 undirected links (source id < target id).
 * An actor's affiliation becomes both the node's `affiliation` and an
 * "affiliation" link.
 *
 * Ownership: ag_graph owns every node, link, evidence entry and string
 * reachable from it; ag_graph_free() releases them.  ag_graph_add_doc()
 * copies what it keeps, so the doc can be freed right after.
 */
#ifndef AG_GRAPH_H
#define AG_GRAPH_H

#include <jansson.h>

#include "model.h"

#define AG_GRAPH_MAX_EVIDENCE 16
#define AG_GRAPH_MAX_ALIASES 24

typedef struct ag_evidence {
    const char *doc;
    int sentence;       /* -1 if unknown */
    const char *text;   /* may be NULL */
    const char *date;   /* document date (ISO 8601 or YYYYMMDD) or NULL */
} ag_evidence;

typedef struct ag_node {
    const char *id;          /* canonical id (slug) */
    const char *name;
    ag_actor_kind kind;
    const char *code;        /* CAMEO actor code or NULL */
    const char *affiliation; /* id of another node, or NULL */
    long mentions;           /* summed over documents */
    long docs;               /* documents it appears in */
    const char **aliases;    /* other names seen, at most AG_GRAPH_MAX_ALIASES */
    size_t n_aliases;
} ag_node;

typedef struct ag_link {
    size_t source, target;   /* node indices */
    ag_rel_kind kind;
    const char *label;
    const char *code;        /* CAMEO event code or NULL */
    int polarity;            /* -1, 0, +1 */
    double goldstein;        /* per occurrence */
    long weight;             /* times seen */
    const char *location;    /* meetings: the first location seen, or NULL */
    ag_evidence *evidence;
    size_t n_evidence;       /* <= AG_GRAPH_MAX_EVIDENCE */
} ag_link;

typedef struct ag_graph {
    ag_node *nodes;
    size_t n_nodes, cap_nodes;
    ag_link *links;
    size_t n_links, cap_links;
    ag_arena *arena;         /* strings and evidence */
    ag_strmap *node_index;   /* id -> node index */
    ag_strmap *link_index;   /* "src\x1ftgt\x1fkind\x1flabel" -> link index */
} ag_graph;

ag_graph *ag_graph_new(void); /* NULL on OOM */
void ag_graph_free(ag_graph *g);

/* Merges one document's actors and relations into the graph. */
ag_status ag_graph_add_doc(ag_graph *g, const ag_doc *d, ag_error *err);

/* Node index of id, or -1. */
long ag_graph_find_node(const ag_graph *g, const char *id);

/* Node-link JSON: {"directed":true,"multigraph":true,"graph":{...},
 * "nodes":[{id,name,kind,code,affiliation,mentions,docs}],
 * "links":[{source,target,kind,label,code,polarity,goldstein,weight,
 *           location,evidence:[{doc,sentence,text,date}]}]}.
 * Returns a new reference; NULL on OOM. `edges_key` is "links" or "edges". */
json_t *ag_graph_to_json(const ag_graph *g, const char *edges_key);
/* Reads the JSON above (either key); `name` is for messages. */
ag_status ag_graph_from_json(const json_t *root, const char *name, ag_graph **out, ag_error *err);
ag_status ag_graph_read_file(const char *path, ag_graph **out, ag_error *err);
ag_status ag_graph_write(const ag_graph *g, FILE *fp, ag_error *err);

#endif
