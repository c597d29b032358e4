/* cli_input.c — turning any input (a graph file, extraction records,
 * JSON Lines or text documents; a file or a pipe) into a graph.  Each input
 * is opened once (ag_input_open tells its kind from a peek) and read once,
 * so a pipe gives what the file gives. */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_int.h"
#include "extract.h"
#include "input.h"
#include "pool.h"
#include "records.h"

typedef struct build_ctx {
    ag_graph *g;
    const ag_lexicon *lx;
    ag_outfile *events; /* extraction records are also written here, or NULL */
    cli_progress_t *prog;
    int jobs;              /* worker threads for JSON Lines documents */
    ag_extract_pool *pool; /* while reading JSON Lines documents */
    const char *name;      /* the input, for messages */
} build_ctx;

static int known(const ag_graph *g, const ag_doc *d, const char *id)
{
    return id && (ag_doc_find_actor(d, id) >= 0 || ag_graph_find_node(g, id) >= 0);
}

/* Puts FILE:LINE on a document the graph refused: the line of the record
 * naming an id that is no actor, else the document's first line. */
static void locate(const build_ctx *b, const ag_doc *d, const ag_records_lines *at, ag_error *err)
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

ag_status ag_cli_doc_to_graph(ag_doc *d, ag_graph *g, FILE *events, ag_error *err)
{
    ag_status st = events ? ag_records_write(d, events, err) : AG_OK;
    if (!st)
        st = ag_graph_add_doc(g, d, err);
    ag_doc_free(d);
    return st;
}

static ag_status on_records(ag_doc *d, const ag_records_lines *at, void *ud, ag_error *err)
{
    build_ctx *b = ud;
    ag_status st = b->events ? ag_records_write(d, b->events->fp, err) : AG_OK;
    if (!st) {
        st = ag_graph_add_doc(b->g, d, err);
        if (st == AG_EINPUT)
            locate(b, d, at, err);
    }
    ag_doc_free(d);
    if (b->prog)
        ag_progress_add(b->prog, 1);
    return st;
}

/* A document extracted by the pool, in input order. */
static ag_status pooled_doc(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err)
{
    build_ctx *b = ud;
    ag_status st = AG_OK;
    if (b->events && len && fwrite(records, 1, len, b->events->fp) != len)
        st = ag_outfile_error(b->events, err);
    if (!st)
        st = ag_graph_add_doc(b->g, d, err);
    if (b->prog)
        ag_progress_add(b->prog, 1);
    return st;
}

static ag_status on_input(const ag_doc_input *in, void *ud, ag_error *err)
{
    build_ctx *b = ud;
    if (b->pool)
        return ag_extract_pool_submit(b->pool, in, err);
    ag_doc *d = NULL;
    ag_status st = ag_extract(b->lx, in, &d, err);
    if (st)
        return st;
    if (b->events)
        st = ag_records_write(d, b->events->fp, err);
    if (!st)
        st = ag_graph_add_doc(b->g, d, err);
    ag_doc_free(d);
    if (b->prog)
        ag_progress_add(b->prog, 1);
    return st;
}

/* JSON Lines documents on the worker pool (one thread: on this one). */
static ag_status read_docs(FILE *fp, const char *name, build_ctx *b, ag_error *err)
{
    ag_status st = ag_cli_pool_start(b->lx, b->jobs, b->events != NULL, pooled_doc, b, &b->pool, err);
    if (!st)
        st = ag_input_read_jsonl(fp, name, on_input, b, err);
    if (b->pool) {
        ag_error perr = {{0}};
        ag_status pst = ag_extract_pool_finish(b->pool, &perr);
        b->pool = NULL;
        if (!st && pst) {
            st = pst;
            *err = perr;
        }
    }
    return st;
}

/* The rest of an open input as one JSON value; prints the message (by
 * line and column, saying what was `expected`) on failure. */
static int load_json(ag_input *in, const char *expected, json_t **root)
{
    char *data = NULL;
    size_t len = 0;
    ag_error err = {{0}};
    ag_status st = ag_read_stream(in->fp, in->name, &data, &len, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    json_error_t je;
    *root = json_loadb(data, len, 0, &je);
    free(data);
    if (!*root) {
        ag_cli_error("%s:%d:%d: %s (expected %s)", in->name, je.line, je.column, je.text, expected);
        return AG_EXIT_FAIL;
    }
    return AG_EXIT_OK;
}

/* A graph file (or JSON that is neither records nor documents) where
 * documents were expected: says which. */
static int refuse_graph(ag_input *in)
{
    json_t *root = NULL;
    int rc = load_json(in, "extraction records or documents, one JSON object a line", &root);
    if (!rc)
        ag_cli_error("%s: is a graph file; give extraction records or documents here (a graph goes to "
                     "analyze or export)",
                     in->name);
    json_decref(root);
    return AG_EXIT_FAIL;
}

/* Adds an open input to the graph, loading the lexicon on first need.
 * Returns an exit status; the message is printed. */
static int add_input(ag_input *in, cli_lexicons *lex, ag_lexicon **lx, build_ctx *b)
{
    if (in->kind == AG_IN_GRAPH)
        return refuse_graph(in);
    ag_error err = {{0}};
    ag_status st;
    b->name = in->name;
    if (in->kind == AG_IN_RECORDS) {
        st = ag_records_read_lines(in->fp, in->name, on_records, b, &err);
    } else {
        if (!*lx) {
            int rc = ag_cli_lexicon(lex->files, lex->n, lx);
            if (rc)
                return rc;
        }
        b->lx = *lx;
        st = in->kind == AG_IN_DOCS ? read_docs(in->fp, in->name, b, &err) : ag_input_read_text(in, on_input, b, &err);
    }
    if (st && b->events && ferror(b->events->fp))
        ag_outfile_error(b->events, &err); /* name the output, not the document */
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

static int open_input(const char *path, ag_input *in)
{
    ag_error err = {{0}};
    ag_status st = ag_input_open(in, path, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

int ag_cli_add_to_graph(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g, ag_outfile *events,
                        cli_progress_t *prog, int jobs)
{
    ag_input in;
    int rc = open_input(path, &in);
    if (rc)
        return rc;
    build_ctx b = {g, NULL, events, prog, jobs, NULL, in.name};
    rc = add_input(&in, lex, lx, &b);
    ag_input_close(&in);
    return rc;
}

/* The graph file of an open input. */
static int read_graph(ag_input *in, ag_graph **out)
{
    json_t *root = NULL;
    int rc = load_json(in, "a graph file from 'actorgraph build'", &root);
    if (rc)
        return rc;
    ag_error err = {{0}};
    ag_status st = ag_graph_from_json(root, in->name, out, &err);
    json_decref(root);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

int ag_cli_load_graph(const char *path, char **lexicons, int n_lexicons, ag_graph **out)
{
    *out = NULL;
    ag_input in;
    int rc = open_input(path, &in);
    if (rc)
        return rc;
    if (in.kind == AG_IN_GRAPH) {
        rc = read_graph(&in, out);
        ag_input_close(&in);
        return rc;
    }
    ag_graph *g = ag_graph_new();
    if (!g) {
        ag_input_close(&in);
        ag_cli_error("out of memory");
        return AG_EXIT_FAIL;
    }
    cli_lexicons lex = {{0}, 0};
    for (int i = 0; i < n_lexicons && i < CLI_MAX_LEXICONS; i++)
        lex.files[lex.n++] = lexicons[i];
    ag_lexicon *lx = NULL;
    build_ctx b = {g, NULL, NULL, NULL, 0, NULL, in.name};
    rc = add_input(&in, &lex, &lx, &b);
    ag_input_close(&in);
    ag_lexicon_free(lx);
    if (rc) {
        ag_graph_free(g);
        return rc;
    }
    *out = g;
    return AG_EXIT_OK;
}
