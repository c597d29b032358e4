/* cli_common.c — what the subcommands share: messages, exit codes, the
 * lexicon options, and turning any input (graph JSON, extraction records,
 * documents) into a graph. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdarg.h>
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

void ag_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("actorgraph: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int ag_cli_exit_for(ag_status st)
{
    return st == AG_OK ? AG_EXIT_OK : st == AG_EUSAGE ? AG_EXIT_USAGE : AG_EXIT_FAIL;
}

int ag_cli_lexicon(char **files, int n, ag_lexicon **out)
{
    ag_error err = {{0}};
    ag_lexicon *lx = NULL;
    ag_status st = ag_lexicon_load_default(&lx, &err);
    for (int i = 0; !st && i < n; i++)
        st = ag_lexicon_add_file(lx, files[i], &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        ag_lexicon_free(lx);
        return ag_cli_exit_for(st);
    }
    *out = lx;
    return AG_EXIT_OK;
}

int ag_cli_push_lexicon(cli_lexicons *l, char *path)
{
    if (l->n >= CLI_MAX_LEXICONS) {
        ag_cli_error("too many --lexicon files (at most %d)", CLI_MAX_LEXICONS);
        return -1;
    }
    l->files[l->n++] = path;
    return 0;
}

void ag_cli_progress(cli_progress_t *p, const char *what)
{
    p->count++;
    if (p->quiet || !isatty(STDERR_FILENO))
        return;
    if (p->count % 200 == 0) {
        fprintf(stderr, "\r%s: %zu documents", what, p->count);
        p->shown = 1;
    }
}

void ag_cli_progress_done(cli_progress_t *p, const char *what)
{
    if (p->shown && !p->quiet) {
        fprintf(stderr, "\r%s: %zu documents\n", what, p->count);
        p->shown = 0;
    }
}

/* What a file holds, judged by its first non-blank line. */
typedef enum { IN_TEXT, IN_DOCS, IN_RECORDS, IN_GRAPH } in_kind;

static in_kind sniff(const char *data, size_t len, const char *path)
{
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i >= len || data[i] != '{')
        return IN_TEXT;
    const char *nl = memchr(data + i, '\n', len - i);
    size_t l = nl ? (size_t)(nl - (data + i)) : len - i;
    json_t *o = json_loadb(data + i, l, 0, NULL);
    in_kind k = IN_GRAPH;
    if (o && json_is_object(o)) {
        if (json_object_get(o, "type"))
            k = IN_RECORDS;
        else if (json_object_get(o, "text"))
            k = IN_DOCS;
        else if (json_object_get(o, "nodes"))
            k = IN_GRAPH;
    } else if (ag_input_is_jsonl(path)) {
        k = IN_DOCS;
    }
    json_decref(o);
    return k;
}

typedef struct build_ctx {
    ag_graph *g;
    const ag_lexicon *lx;
    FILE *events; /* extraction records are also written here, or NULL */
    cli_progress_t *prog;
    int jobs;                /* worker threads for JSON Lines documents */
    ag_extract_pool *pool;   /* while reading JSON Lines documents */
} build_ctx;

ag_status ag_cli_doc_to_graph(ag_doc *d, ag_graph *g, FILE *events, ag_error *err)
{
    ag_status st = events ? ag_records_write(d, events, err) : AG_OK;
    if (!st)
        st = ag_graph_add_doc(g, d, err);
    ag_doc_free(d);
    return st;
}

static ag_status on_doc(ag_doc *d, void *ud, ag_error *err)
{
    build_ctx *b = ud;
    ag_status st = ag_cli_doc_to_graph(d, b->g, b->events, err);
    if (b->prog)
        ag_cli_progress(b->prog, "build");
    return st;
}

static ag_status on_input(const ag_doc_input *in, void *ud, ag_error *err);

/* A document extracted by the pool, in input order. */
static ag_status pooled_doc(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err)
{
    build_ctx *b = ud;
    ag_status st = AG_OK;
    if (b->events && len && fwrite(records, 1, len, b->events) != len)
        st = ag_error_set(err, AG_EIO, "%s: cannot write the records", d->id);
    if (!st)
        st = ag_graph_add_doc(b->g, d, err);
    if (b->prog)
        ag_cli_progress(b->prog, "extract");
    return st;
}

/* JSON Lines documents on the worker pool (one thread: on this one). */
static ag_status read_docs(FILE *fp, const char *name, build_ctx *b, ag_error *err)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    ag_status st = AG_OK;
    if (b->jobs != 1 && !(b->jobs == 0 && cpus == 1))
        st = ag_extract_pool_new(b->lx, b->jobs, b->events != NULL, pooled_doc, b, &b->pool, err);
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
        st = ag_records_write(d, b->events, err);
    if (!st)
        st = ag_graph_add_doc(b->g, d, err);
    ag_doc_free(d);
    if (b->prog)
        ag_cli_progress(b->prog, "extract");
    return st;
}

/* Records or JSON Lines documents from an open stream into the graph,
 * loading the lexicon on first need. Returns an exit status. */
static int add_stream(FILE *fp, const char *name, in_kind k, cli_lexicons *lex, ag_lexicon **lx, build_ctx *b)
{
    ag_error err = {{0}};
    ag_status st;
    if (k == IN_RECORDS) {
        st = ag_records_read(fp, name, on_doc, b, &err);
    } else {
        if (!*lx) {
            int rc = ag_cli_lexicon(lex->files, lex->n, lx);
            if (rc)
                return rc;
        }
        b->lx = *lx;
        st = read_docs(fp, name, b, &err);
    }
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

/* Adds the documents or records in data (read from path; freed here). */
static int add_data(char *data, size_t len, const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g,
                    FILE *events, cli_progress_t *prog, int jobs)
{
    const char *name = strcmp(path, "-") == 0 ? "stdin" : path;
    in_kind k = sniff(data, len, path);
    build_ctx b = {g, NULL, events, prog, jobs, NULL};
    int rc = AG_EXIT_OK;
    if (k == IN_GRAPH) {
        ag_cli_error("%s: is a graph file; give extraction records or documents here", name);
        rc = AG_EXIT_FAIL;
    } else if (k == IN_RECORDS || k == IN_DOCS) {
        FILE *fp = fmemopen(data, len ? len : 1, "r");
        if (!fp) {
            ag_cli_error("out of memory");
            rc = AG_EXIT_FAIL;
        } else {
            rc = add_stream(fp, name, k, lex, lx, &b);
            fclose(fp);
        }
    } else if (!*lx && (rc = ag_cli_lexicon(lex->files, lex->n, lx)) != AG_EXIT_OK) {
        /* the message is printed */
    } else {
        /* One plain-text document; its id is the base name. */
        b.lx = *lx;
        char *id = ag_input_doc_id(path);
        ag_error err = {{0}};
        ag_doc_input in = {id, data, len, NULL, NULL, NULL};
        ag_status st = id ? on_input(&in, &b, &err) : ag_error_set(&err, AG_ENOMEM, "out of memory");
        free(id);
        if (st) {
            ag_cli_error("%s", err.msg);
            rc = ag_cli_exit_for(st);
        }
    }
    free(data);
    return rc;
}

/* JSON Lines files (records or documents) are streamed one document at a
 * time, so a corpus of any size is built in bounded memory. */
static int stream_file(const char *path, cli_lexicons *lex, ag_lexicon **lx, build_ctx *b, int *done)
{
    *done = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return AG_EXIT_OK; /* the whole-file read below reports the error */
    /* The first non-blank line tells what the file holds; a few KiB of
     * it are enough (a longer line is judged by its start). */
    ag_buf line = AG_BUF_INIT;
    int r;
    while ((r = ag_read_line(fp, &line, 1 << 20)) != 0 && r != -2 && strspn(line.data, " \t\r") == line.len)
        ;
    in_kind k = r != 0 && r != -2 ? sniff(line.data, line.len, path) : IN_TEXT;
    ag_buf_free(&line);
    int rc = AG_EXIT_OK;
    if (k == IN_RECORDS || k == IN_DOCS) {
        *done = 1;
        rewind(fp);
        rc = add_stream(fp, path, k, lex, lx, b);
    }
    fclose(fp);
    return rc;
}

int ag_cli_add_to_graph(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g, FILE *events,
                        cli_progress_t *prog, int jobs)
{
    ag_error err = {{0}};
    if (strcmp(path, "-") != 0) {
        build_ctx b = {g, NULL, events, prog, jobs, NULL};
        int done = 0;
        int rc = stream_file(path, lex, lx, &b, &done);
        if (rc || done)
            return rc;
    }
    char *data = NULL;
    size_t len = 0;
    ag_status st = ag_read_file(path, &data, &len, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return add_data(data, len, path, lex, lx, g, events, prog, jobs);
}

int ag_cli_load_graph(const char *path, char **lexicons, int n_lexicons, ag_graph **out)
{
    *out = NULL;
    ag_error err = {{0}};
    char *data = NULL;
    size_t len = 0;
    ag_status st = ag_read_file(path, &data, &len, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    const char *name = strcmp(path, "-") == 0 ? "stdin" : path;
    size_t n = strlen(path);
    int graph_name = n > 5 && strcmp(path + n - 5, ".json") == 0;
    if (graph_name || sniff(data, len, path) == IN_GRAPH) {
        json_error_t je;
        json_t *root = json_loadb(data, len, 0, &je);
        free(data);
        if (!root) {
            ag_cli_error("%s:%d:%d: %s (expected a graph file from 'actorgraph build')", name, je.line,
                         je.column, je.text);
            return AG_EXIT_FAIL;
        }
        st = ag_graph_from_json(root, name, out, &err);
        json_decref(root);
        if (st) {
            ag_cli_error("%s", err.msg);
            return ag_cli_exit_for(st);
        }
        return AG_EXIT_OK;
    }
    ag_graph *g = ag_graph_new();
    if (!g) {
        free(data);
        ag_cli_error("out of memory");
        return AG_EXIT_FAIL;
    }
    cli_lexicons lex = {{0}, 0};
    for (int i = 0; i < n_lexicons && i < CLI_MAX_LEXICONS; i++)
        lex.files[lex.n++] = lexicons[i];
    ag_lexicon *lx = NULL;
    int rc = add_data(data, len, path, &lex, &lx, g, NULL, NULL, 0);
    ag_lexicon_free(lx);
    if (rc) {
        ag_graph_free(g);
        return rc;
    }
    *out = g;
    return AG_EXIT_OK;
}

int ag_cli_std_opts(int argc, char **argv, const char *usage, const char **output, cli_lexicons *lex,
                    int *quiet, int *jobs)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"lexicon", required_argument, NULL, 'L'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {NULL, 0, NULL, 0}};
    int o;
    optind = 1;
    while ((o = getopt_long(argc, argv, jobs ? "o:qhj:" : "o:qh", opts, NULL)) != -1) {
        switch (o) {
        case 'j': {
            char *end = NULL;
            long n = jobs ? strtol(optarg, &end, 10) : -1;
            if (!jobs || !end || *end || n < 0 || n > 256) {
                ag_cli_error("--jobs takes a number from 0 (one per processor) to 256, not '%s'", optarg);
                return AG_EXIT_USAGE;
            }
            *jobs = (int)n;
            break;
        }
        case 'o': *output = optarg; break;
        case 'L':
            if (ag_cli_push_lexicon(lex, optarg))
                return AG_EXIT_USAGE;
            break;
        case 'q': *quiet = 1; break;
        case 'h': fputs(usage, stdout); return AG_EXIT_OK;
        default: fputs(usage, stderr); return AG_EXIT_USAGE;
        }
    }
    return -1;
}

int ag_cli_is_help(const char *s)
{
    return strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0;
}
