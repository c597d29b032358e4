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
 * The types are opaque (their bodies are in graph_int.h, inside the
 * library); no jansson or igraph type is part of this header.
 *
 * graph.json is written by ag_graph_write_json (graph_write.c) record by
 * record without building a jansson tree; `build` writes it sorted (nodes
 * by id, links by source id, target id, kind, label).  It is the one
 * writer of the document (export -f json and ag_graph_to_json use it), and
 * its bytes equal json_dumpf's of the same tree (tests/test_graph.c).
 */
#ifndef AG_GRAPH_H
#define AG_GRAPH_H

#include <stdint.h>

#include "model.h"

#define AG_GRAPH_FORMAT "actorgraph-graph/1"
#define AG_GRAPH_MAX_EVIDENCE 16
#define AG_GRAPH_MAX_ALIASES 24

/* The handles: the graph, one of its nodes (an actor), one of its links,
 * one evidence entry of a link.  Read them with the accessors below; a
 * node, link or evidence pointer is valid until the graph changes or is
 * freed. */
typedef struct ag_graph ag_graph;
typedef struct ag_node ag_node;
typedef struct ag_link ag_link;
typedef struct ag_evidence ag_evidence;

/* Occurrences of a link on one day.  `day` is YYYYMMDD as a number; a
 * date known only to the month or year has 00 there (20240500, 20240000). */
typedef struct ag_day_count {
    int32_t day;
    uint32_t count;
} ag_day_count;

/* Nodes and links in graph order (the order build first saw them, or
 * ag_graph_sort's): iterate i from 0 to the count; past it, NULL. */
size_t ag_graph_node_count(const ag_graph *g);
const ag_node *ag_graph_node(const ag_graph *g, size_t i);
size_t ag_graph_link_count(const ag_graph *g);
const ag_link *ag_graph_link(const ag_graph *g, size_t i);

const char *ag_node_id(const ag_node *n);          /* canonical id (slug) */
const char *ag_node_name(const ag_node *n);
ag_actor_kind ag_node_kind_of(const ag_node *n);
const char *ag_node_code(const ag_node *n);        /* CAMEO actor code or NULL */
const char *ag_node_affiliation(const ag_node *n); /* id of another node, or NULL */
long ag_node_mentions(const ag_node *n);           /* summed over documents */
long ag_node_docs(const ag_node *n);               /* documents it appears in */
size_t ag_node_alias_count(const ag_node *n);      /* at most AG_GRAPH_MAX_ALIASES */
const char *ag_node_alias(const ag_node *n, size_t i);

size_t ag_link_source(const ag_link *l);           /* node indices */
size_t ag_link_target(const ag_link *l);
ag_rel_kind ag_link_kind_of(const ag_link *l);
const char *ag_link_label(const ag_link *l);
const char *ag_link_code(const ag_link *l);        /* CAMEO event code or NULL */
int ag_link_polarity(const ag_link *l);            /* -1, 0, +1 */
double ag_link_goldstein(const ag_link *l);        /* per occurrence */
long ag_link_weight(const ag_link *l);             /* times seen */
const char *ag_link_location(const ag_link *l);    /* meetings: the first location seen, or NULL */
/* Dated occurrences per day, by day; weight minus their sum were undated. */
const ag_day_count *ag_link_days(const ag_link *l, size_t *n);
size_t ag_link_evidence_count(const ag_link *l);   /* at most AG_GRAPH_MAX_EVIDENCE */
const ag_evidence *ag_link_evidence(const ag_link *l, size_t i);

const char *ag_evidence_doc(const ag_evidence *e);
int ag_evidence_sentence(const ag_evidence *e);    /* -1 if unknown */
const char *ag_evidence_text(const ag_evidence *e); /* may be NULL */
const char *ag_evidence_date(const ag_evidence *e); /* the document's date, or NULL */
const char *ag_evidence_location(const ag_evidence *e); /* meetings: where this occurrence was, or NULL */

ag_graph *ag_graph_new(void); /* NULL on OOM */
void ag_graph_free(ag_graph *g);

/* Merges one document's actors and relations into the graph. */
ag_status ag_graph_add_doc(ag_graph *g, const ag_doc *d, ag_error *err);

/* Node index of id, or -1. */
long ag_graph_find_node(const ag_graph *g, const char *id);
/* The country each node belongs to through its affiliation chain (person
 * -> agency -> country): country[i] (g->n_nodes entries, the caller's) is
 * the first country on node i's chain, i itself for a country, or -1 when
 * the chain reaches none (or loops, in a hand-written file).  Linear in
 * the nodes.  0 ok, -1 out of memory. */
int ag_graph_countries(const ag_graph *g, long *country);

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
 * (docs/formats.md), written or read by the functions below.  */
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
/* Reads graph.json (either key; "-" is stdin). */
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
