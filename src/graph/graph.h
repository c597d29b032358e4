/* graph.h — build: the actor graph aggregated from extraction records of
 * any number of documents, and its node-link JSON file.
 *
 * One node per canonical actor id across documents.  Links are aggregated
 * per (source, target, kind, label): weight counts how often the relation
 * was seen; the evidence list keeps at most AG_GRAPH_MAX_EVIDENCE sentences
 * per link so memory stays bounded on large corpora, while `days` counts
 * every dated occurrence per day exactly (date filters stay exact).  A
 * link has one polarity (its first occurrence's), so its days need no
 * split by polarity.  A meeting of n
 * participants becomes n(n-1)/2 undirected links (source id < target id).
 * An actor's affiliation becomes both the node's `affiliation` and an
 * "affiliation" link.
 *
 * Ownership: ag_graph owns every node, link, evidence entry, day count
 * and string reachable from it; ag_graph_free() releases them.
 * ag_graph_add_doc() copies what it keeps, so the doc can be freed right
 * after.
 *
 * graph.json is written by ag_graph_write_json (graph_write.c) record by
 * record without building a jansson tree; `build` writes it sorted (nodes
 * by id, links by source id, target id, kind, label).  The bytes equal
 * json_dumpf of ag_graph_to_json (tests/test_graph.c).
 */
#ifndef AG_GRAPH_H
#define AG_GRAPH_H

#include <jansson.h>
#include <stdint.h>

#include "model.h"

#define AG_GRAPH_FORMAT "actorgraph-graph/1"
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

/* Occurrences of a link on one day.  `day` is YYYYMMDD as a number; a
 * date known only to the month or year has 00 there (20240500, 20240000). */
typedef struct ag_day_count {
    int32_t day;
    uint32_t count;
} ag_day_count;

typedef struct ag_link {
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
} ag_link;

typedef struct ag_graph {
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
} ag_graph;

ag_graph *ag_graph_new(void); /* NULL on OOM */
void ag_graph_free(ag_graph *g);

/* Merges one document's actors and relations into the graph. */
ag_status ag_graph_add_doc(ag_graph *g, const ag_doc *d, ag_error *err);

/* Node index of id, or -1. */
long ag_graph_find_node(const ag_graph *g, const char *id);

/* The day of a date as YYYYMMDD (see ag_day_count), for the dates
 * ag_date_valid accepts: YYYY, YYYY-MM, YYYY-MM-DD, YYYYMM, YYYYMMDD.  -1
 * for anything else (the occurrence counts as undated). */
int32_t ag_graph_day(const char *s);
/* Writes a day back as "YYYY-MM-DD" ("YYYY-MM", "YYYY" when partial). */
void ag_graph_day_string(int32_t day, char out[16]);
/* Occurrences of link l dated in [from, to] (days as above; inclusive). */
long ag_link_count_between(const ag_link *l, int32_t from, int32_t to);

/* The order of graph.json: nodes by id, links by (source id, target id,
 * kind name, label), strings compared byte by byte, as two new arrays of indices (the caller frees both).
 * AG_ENOMEM sets neither. */
ag_status ag_graph_order(const ag_graph *g, size_t **node_order, size_t **link_order);
/* Puts the nodes and links themselves in that order, so that what runs on
 * the graph in memory sees it as a reader of graph.json will.  AG_ENOMEM
 * leaves g as it was. */
ag_status ag_graph_sort(ag_graph *g);

/* Node-link JSON: {"directed":true,"multigraph":true,"graph":{...},
 * "nodes":[{id,name,kind,code,affiliation,mentions,docs,aliases}],
 * "links":[{source,target,kind,label,code,polarity,goldstein,weight,
 *           location,evidence:[{doc,sentence,text,date}],
 *           dates:{"YYYY-MM-DD":count} (only when some occurrence is dated)}]}
 * (docs/formats.md).  Nodes and links in graph order.
 * Returns a new reference; NULL on OOM. `edges_key` is "links" or "edges". */
json_t *ag_graph_to_json(const ag_graph *g, const char *edges_key);

/* The same document streamed to fp, in bounded memory beside the graph.
 * node_on/link_on (NULL: all) choose what is written; `schema` (or NULL)
 * is added to "graph"; `sorted` writes nodes and links in the order of
 * ag_graph_sort instead of graph order.  Formatted as json_dumpf with
 * JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17), plus "\n". */
typedef struct ag_graph_json_opts {
    const char *edges_key;   /* "links" (NULL) or "edges" */
    const char *schema;
    const unsigned char *node_on, *link_on;
    int sorted;
} ag_graph_json_opts;
ag_status ag_graph_write_json(const ag_graph *g, FILE *fp, const ag_graph_json_opts *o, ag_error *err);
/* Reads the JSON above (either key); `name` is for messages. */
ag_status ag_graph_from_json(const json_t *root, const char *name, ag_graph **out, ag_error *err);
ag_status ag_graph_read_file(const char *path, ag_graph **out, ag_error *err);
/* Every node and link in graph order (build sorts the graph first, or
 * asks for `sorted`). */
ag_status ag_graph_write(const ag_graph *g, FILE *fp, ag_error *err);

/* ---- derived graphs, for the view (view.c); library-internal ---- */
/* Copies node n (of another graph) into g unless g has its id: name,
 * kind, code, affiliation, counts, aliases.  *out is its index in g. */
ag_status ag__graph_copy_node(ag_graph *g, const ag_node *n, size_t *out);
/* Adds `weight` occurrences of link l (of another graph) to g's link
 * (s, t, l->kind, label or l->label), created with l's polarity, Goldstein
 * weight, code and location: its day counts in [from, to] and its
 * evidence dated there (all of it when the range is open, 0..INT32_MAX).
 * *out (when not NULL) is the link's index in g. */
ag_status ag__graph_merge_link(ag_graph *g, size_t s, size_t t, const ag_link *l, const char *label,
                               long weight, int32_t from, int32_t to, size_t *out);

#endif
