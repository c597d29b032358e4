/* cli_input.c — any input into a graph for build, run, analyze and export:
 * the library does the work (ingest.h); this file loads the lexicon only
 * when an input needs one, reports progress and prints the message. */
#define _GNU_SOURCE
#include <stdio.h>

#include "cli.h"
#include "cli_int.h"
#include "ingest.h"

static int report(ag_status st, const ag_error *err)
{
    if (st)
        ag_cli_error("%s", err->msg);
    return ag_cli_exit_for(st);
}

static void count_doc(void *ud)
{
    ag_progress_add(ud, 1);
}

/* Opens path and loads the lexicon into *lx when its kind needs one. */
static int open_input(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_input *in)
{
    ag_error err = {{0}};
    ag_status st = ag_input_open(in, path, &err);
    if (st)
        return report(st, &err);
    int rc = AG_EXIT_OK;
    if (ag_ingest_needs_lexicon(in->kind) && !*lx && (rc = ag_cli_lexicon(lex->files, lex->n, lx)) != 0)
        ag_input_close(in);
    return rc;
}

int ag_cli_add_to_graph(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g, ag_outfile *events,
                        cli_progress_t *prog, int jobs)
{
    ag_input in;
    int rc = open_input(path, lex, lx, &in);
    if (rc)
        return rc;
    ag_ingest_opts o;
    ag_ingest_opts_init(&o);
    o.jobs = jobs;
    o.records = events ? events->fp : NULL;
    o.on_doc = prog ? count_doc : NULL;
    o.ud = prog;
    ag_error err = {{0}};
    ag_status st = ag_ingest_input(g, *lx, &in, &o, &err);
    ag_input_close(&in);
    if (st && events && ferror(events->fp))
        ag_outfile_error(events, &err); /* name the output, not the document */
    return report(st, &err);
}

int ag_cli_load_graph(const char *path, char **lexicons, int n_lexicons, ag_graph **out)
{
    *out = NULL;
    cli_lexicons lex = {{0}, 0};
    for (int i = 0; i < n_lexicons && i < CLI_MAX_LEXICONS; i++)
        lex.files[lex.n++] = lexicons[i];
    ag_lexicon *lx = NULL;
    ag_input in;
    int rc = open_input(path, &lex, &lx, &in);
    if (rc)
        return rc;
    ag_error err = {{0}};
    ag_status st = ag_graph_load_input(&in, lx, NULL, out, &err);
    ag_input_close(&in);
    ag_lexicon_free(lx);
    return report(st, &err);
}
