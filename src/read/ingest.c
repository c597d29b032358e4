/* ingest.c — see ingest.h: inputs of every kind into a graph, with the
 * extraction pool for JSON Lines documents and FILE:LINE on a record the
 * graph refuses. */
#define _GNU_SOURCE
#include "ingest.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "extract_pool.h"
#include "graph_int.h"
#include "input_int.h"
#include "json_load.h"
#include "records.h"

typedef struct ingest {
    ag_graph *g;
    const ag_ingest_opts *o;
    const char *name;      /* the input, for messages */
    ag_extract_pool *pool; /* while reading documents */
} ingest;

void ag_ingest_opts_init(ag_ingest_opts *o)
{
    memset(o, 0, sizeof *o);
    o->events = -1;
}

int ag_ingest_needs_lexicon(ag_input_kind kind)
{
    return kind == AG_IN_TEXT || kind == AG_IN_DOCS;
}

static int known(const ag_graph *g, const ag_doc *d, const char *id)
{
    return id && (ag_doc_find_actor(d, id) >= 0 || ag_graph_find_node(g, id) >= 0);
}

/* Puts FILE:LINE on a document the graph refused: the line of the record
 * naming an id that is no actor, else the document's first line. */
static void locate(const ingest *b, const ag_doc *d, const ag_records_lines *at, ag_error *err)
{
    static const char fix[] = "is not an actor of this document or an earlier one; add its actor record";
    for (size_t i = 0; i < d->n_actors; i++) {
        const ag_actor *a = &d->actors[i];
        if (a->affiliation && !known(b->g, d, a->affiliation)) {
            ag_error_set(err, AG_EINPUT, "%s:%zu: actor '%s': affiliation '%s' %s", b->name, at->actor[i], a->id,
                         a->affiliation, fix);
            return;
        }
    }
    for (size_t i = 0; i < d->n_relations; i++) {
        const ag_relation *r = &d->relations[i];
        for (size_t p = 0; p < r->n_participants; p++)
            if (!known(b->g, d, r->participants[p])) {
                ag_error_set(err, AG_EINPUT, "%s:%zu: relation: '%s' %s", b->name, at->relation[i],
                             r->participants[p] ? r->participants[p] : "(null)", fix);
                return;
            }
    }
    char msg[sizeof err->msg];
    memcpy(msg, err->msg, sizeof msg);
    ag_error_set(err, AG_EINPUT, "%s:%zu: %s", b->name, at->first, msg);
}

/* One document into the graph, its records first (`records`, or written
 * here from d when NULL). */
static ag_status add_doc(ingest *b, const ag_doc *d, const char *records, size_t len, ag_error *err)
{
    FILE *fp = b->o->records;
    ag_status st = AG_OK;
    if (fp && records) {
        if (len && fwrite(records, 1, len, fp) != len)
            st = ag_error_set(err, AG_EIO, "writing extraction records: %s", strerror(errno));
    } else if (fp) {
        st = ag_records_write(d, fp, err);
    }
    if (!st)
        st = ag_graph_add_doc(b->g, d, err);
    if (!st && b->o->on_doc)
        b->o->on_doc(b->o->ud);
    return st;
}

static ag_status on_records(ag_doc *d, const ag_records_lines *at, void *ud, ag_error *err)
{
    ingest *b = ud;
    ag_status st = add_doc(b, d, NULL, 0, err);
    if (st == AG_EINPUT && !(b->o->records && ferror(b->o->records)))
        locate(b, d, at, err);
    ag_doc_free(d);
    return st;
}

static ag_status on_event(ag_doc *d, void *ud, ag_error *err)
{
    ag_status st = add_doc(ud, d, NULL, 0, err);
    ag_doc_free(d);
    return st;
}

/* A document extracted by the pool, in input order. */
static ag_status on_extracted(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err)
{
    return add_doc(ud, d, records, len, err);
}

static ag_status on_input(const ag_doc_input *in, void *ud, ag_error *err)
{
    ingest *b = ud;
    return ag_extract_pool_submit(b->pool, in, err);
}

/* Documents (JSON Lines, or one text) through the extraction pool. */
static ag_status read_docs(ingest *b, const ag_lexicon *lx, ag_input *in, ag_error *err)
{
    int jobs = in->kind == AG_IN_DOCS ? b->o->jobs : 1;
    ag_status st = ag_extract_pool_new(lx, jobs, b->o->records != NULL, on_extracted, b, &b->pool, err);
    if (st)
        return st;
    st = in->kind == AG_IN_DOCS ? ag__input_read_docs(in, on_input, b, err)
                                : ag_input_read_text(in, on_input, b, err);
    ag_error perr = {{0}};
    ag_status pst = ag_extract_pool_finish(b->pool, &perr);
    b->pool = NULL;
    if (!st && pst) {
        st = pst;
        *err = perr;
    }
    return st;
}

/* The rest of an open input as one JSON value; the message says, by line
 * and column, what was `expected`. */
static ag_status load_json(ag_input *in, const char *expected, json_t **root, ag_error *err)
{
    char *data = NULL;
    size_t len = 0;
    ag_status st = ag_read_stream(in->fp, in->name, &data, &len, err);
    if (st)
        return st;
    json_error_t je;
    *root = ag__json_loadb(data, len, 0, &je);
    free(data);
    if (!*root)
        return ag_error_set(err, AG_EINPUT, "%s:%d:%d: %s (expected %s)", in->name, je.line, je.column, je.text,
                            expected);
    return AG_OK;
}

/* A graph file (or JSON that is neither records nor documents) where
 * documents were expected: says which. */
static ag_status refuse_graph(ag_input *in, ag_error *err)
{
    json_t *root = NULL;
    ag_status st = load_json(in, "extraction records or documents, one JSON object a line", &root, err);
    json_decref(root);
    if (st)
        return st;
    return ag_error_set(err, AG_EINPUT,
                        "%s: is a graph file; give extraction records or documents here (a graph goes to "
                        "analyze or export)",
                        in->name);
}

ag_status ag_ingest_input(ag_graph *g, const ag_lexicon *lx, ag_input *in, const ag_ingest_opts *o,
                          ag_error *err)
{
    ag_ingest_opts dflt;
    if (!o) {
        ag_ingest_opts_init(&dflt);
        o = &dflt;
    }
    ingest b = {g, o, in->name, NULL};
    if (in->kind == AG_IN_GRAPH)
        return refuse_graph(in, err);
    if (in->kind == AG_IN_RECORDS)
        return ag_records_read_lines(in->fp, in->name, on_records, &b, err);
    if (!lx)
        return ag_error_set(err, AG_EUSAGE, "%s: documents need a lexicon to be extracted", in->name);
    return read_docs(&b, lx, in, err);
}

/* An event table into g (events.h). */
static ag_status ingest_events(ag_graph *g, const ag_lexicon *lx, const char *path, const ag_ingest_opts *o,
                               ag_error *err)
{
    ingest b = {g, o, path, NULL};
    ag_events_opts eo = {(ag_events_format)o->events, lx, o->warn, o->ud};
    return ag_events_read(path, &eo, on_event, &b, o->stats, err);
}

ag_status ag_ingest_path(ag_graph *g, const ag_lexicon *lx, const char *path, const ag_ingest_opts *o,
                         ag_error *err)
{
    ag_ingest_opts dflt;
    if (!o) {
        ag_ingest_opts_init(&dflt);
        o = &dflt;
    }
    ag_lexicon *own = NULL;
    ag_input in = {0};
    ag_status st = AG_OK;
    if (o->events < 0 && (st = ag_input_open(&in, path, err)) != AG_OK)
        return st;
    if (!lx && (o->events >= 0 || ag_ingest_needs_lexicon(in.kind))) {
        if ((st = ag_lexicon_load_default(&own, err)) != AG_OK)
            goto out;
        lx = own;
    }
    st = o->events >= 0 ? ingest_events(g, lx, path, o, err) : ag_ingest_input(g, lx, &in, o, err);
out:
    if (o->events < 0)
        ag_input_close(&in);
    ag_lexicon_free(own);
    return st;
}

ag_status ag_graph_load_input(ag_input *in, const ag_lexicon *lx, const ag_ingest_opts *o, ag_graph **out,
                              ag_error *err)
{
    *out = NULL;
    ag_status st;
    if (in->kind == AG_IN_GRAPH) {
        json_t *root = NULL;
        st = load_json(in, "a graph file from 'actorgraph build'", &root, err);
        if (!st)
            st = ag_graph_from_json(root, in->name, out, err);
        json_decref(root);
        return st;
    }
    ag_graph *g = ag_graph_new();
    if (!g)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    st = ag_ingest_input(g, lx, in, o, err);
    if (st)
        ag_graph_free(g);
    else
        *out = g;
    return st;
}
