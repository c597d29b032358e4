/* graph_int.h — the bodies of the graph types of graph.h and the graph as
 * a jansson tree, for the library's own files (not installed: a program
 * uses the accessors and ag_graph_read_file / ag_graph_write_json).
 *
 * Ownership as in graph.h: the graph owns every node, link, evidence entry,
 * day count and string reachable from it.
 */
#ifndef AG_GRAPH_INT_H
#define AG_GRAPH_INT_H

#include <jansson.h>

#include "graph.h"
#include "model_int.h"

struct ag_evidence {
    const char *doc;
    int sentence;       /* -1 if unknown */
    const char *text;   /* may be NULL */
    const char *date;   /* document date (ISO 8601 or YYYYMMDD) or NULL */
    const char *location; /* meetings: where this occurrence took place, or NULL */
};

struct ag_node {
    const char *id;          /* canonical id (slug) */
    const char *name;
    ag_actor_kind kind;
    const char *code;        /* CAMEO actor code or NULL */
    const char *affiliation; /* id of another node, or NULL */
    long mentions;           /* summed over documents */
    long docs;               /* documents it appears in */
    const char **aliases;    /* other names seen, at most AG_GRAPH_MAX_ALIASES */
    size_t n_aliases;
};

struct ag_link {
    size_t source, target;   /* node indices */
    ag_rel_kind kind;
    const char *label;
    const char *code;        /* CAMEO event code or NULL */
    int polarity;            /* -1, 0, +1 */
    double goldstein;        /* per occurrence */
    long weight;             /* times seen */
    const char *location;    /* meetings: the first location seen, or NULL */
    ag_evidence *evidence;   /* malloc'd, grown as entries come */
    size_t n_evidence;       /* <= AG_GRAPH_MAX_EVIDENCE */
    ag_day_count *days;      /* dated occurrences per day, by day (malloc'd);
                              * weight minus their sum were undated */
    size_t n_days, cap_days;
};

struct ag_graph {
    ag_node *nodes;
    size_t n_nodes, cap_nodes;
    ag_link *links;
    size_t n_links, cap_links;
    ag_arena *arena;         /* strings */
    ag_strmap *node_index;   /* id -> node index */
    uint64_t *link_slots;    /* (source, target, kind, label) -> link: a hash
                              * table of its own (graph.c) */
    size_t cap_slots;
    ag_strmap *strings;      /* labels, codes, places, document ids, dates:
                              * one copy each (graph.c) */
};

/* Node-link JSON: {"directed":true,"multigraph":true,"graph":{...},
 * "nodes":[{id,name,kind,code,affiliation,mentions,docs,aliases}],
 * "links":[{source,target,kind,label,code,polarity,goldstein,weight,
 *           location,evidence:[{doc,sentence,text,date}],
 *           dates:{"YYYY-MM-DD":count} (only when some occurrence is dated)}]}
 * (graph.h, docs/formats.md).  Nodes and links in graph order; read back
 * from ag_graph_write_json's bytes (graph_write.c), the one writer.
 * Returns a new reference; NULL on OOM. `edges_key` is "links" or "edges". */
json_t *ag_graph_to_json(const ag_graph *g, const char *edges_key);

/* Reads the JSON above (either key); `name` is for messages. */
ag_status ag_graph_from_json(const json_t *root, const char *name, ag_graph **out, ag_error *err);

#endif
