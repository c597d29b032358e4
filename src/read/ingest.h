/* ingest.h — the pipeline as library calls: any input into a graph.
 *
 * An input is a path ("-": stdin) of one of the kinds input.h tells apart:
 * one text document, JSON Lines documents (extracted with the lexicon,
 * JSON Lines on `jobs` threads, results in input order), extraction
 * records (docs/formats.md), or a graph file; or, when the options say
 * so, an event table (events.h).  Every input is read once and streamed,
 * so a corpus of any size is added in bounded memory.
 *
 *   ag_graph *g = ag_graph_new();
 *   ag_ingest_opts o;  ag_ingest_opts_init(&o);
 *   ag_ingest_path(g, NULL, "news.jsonl", &o, &err);   // the default lexicon
 *
 * A document the graph refuses (an id that is no actor) is reported with
 * the FILE:LINE of the record at fault.
 *
 * Ownership: the functions only add to the graph (which the caller owns)
 * and read the lexicon; the options borrow their stream and callbacks.
 */
#ifndef AG_INGEST_H
#define AG_INGEST_H

#include <stdio.h>

#include "events.h"
#include "graph.h"
#include "input.h"

typedef struct ag_ingest_opts {
    int jobs;           /* threads extracting JSON Lines documents; 0: one
                         * per processor (default), 1: the caller's only */
    FILE *records;      /* each document's extraction records are also
                         * written here (in input order), or NULL */
    int events;         /* an ag_events_format: the input is an event table
                         * of that format; -1 (default): told from the input */
    void (*on_doc)(void *ud); /* after each document is added (progress), or NULL */
    ag_events_warn_fn warn;   /* event tables: each skipped row, or NULL */
    void *ud;                 /* for on_doc and warn */
    ag_events_stats *stats;   /* event tables: the counts, or NULL */
} ag_ingest_opts;

void ag_ingest_opts_init(ag_ingest_opts *o);

/* 1 when ingesting this kind of input extracts documents (a lexicon is
 * needed): text and JSON Lines documents. */
int ag_ingest_needs_lexicon(ag_input_kind kind);

/* Adds an open input to g.  Documents are extracted with lx, which must
 * not be NULL when ag_ingest_needs_lexicon(in->kind).  A graph file is
 * refused (AG_EINPUT: a graph goes to analyze or export).  AG_EIO when
 * writing o->records fails.  o->events is not looked at (an event table is
 * read by its path, below); o NULL: the defaults. */
ag_status ag_ingest_input(ag_graph *g, const ag_lexicon *lx, ag_input *in, const ag_ingest_opts *o,
                          ag_error *err);
/* Opens path, adds it to g and closes it; an event table when o->events
 * says so.  lx NULL: the default lexicon is loaded when one is needed. */
ag_status ag_ingest_path(ag_graph *g, const ag_lexicon *lx, const char *path, const ag_ingest_opts *o,
                         ag_error *err);

/* A graph from an open input: a graph file as it is, any other input
 * ingested into a new graph (lx as for ag_ingest_input).  The caller frees
 * *out. */
ag_status ag_graph_load_input(ag_input *in, const ag_lexicon *lx, const ag_ingest_opts *o, ag_graph **out,
                              ag_error *err);

#endif
