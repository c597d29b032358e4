/* cli_events.c — see cli_events.h. */
#define _GNU_SOURCE
#include <string.h>

#include "cli.h"
#include "cli_events.h"
#include "ingest.h"

/* At most this many skipped rows are named; the summary counts them all. */
#define MAX_WARNINGS 20

int ag_cli_take_from(int *argc, char **argv, const char **from)
{
    ag_events_format f;
    *from = NULL;
    int rc = ag_cli_take_opt(argc, argv, "--from", from);
    if (rc >= 0)
        return rc;
    if (*from && ag_events_format_parse(*from, &f)) {
        ag_cli_error("--from: unknown event table '%s' (gdelt, gdelt2, icews or phoenix; see docs/event-data.md)",
                     *from);
        return AG_EXIT_USAGE;
    }
    return -1;
}

static void on_warn(const char *msg, void *ud)
{
    size_t *warned = ud;
    if ((*warned)++ < MAX_WARNINGS)
        ag_cli_error("%s", msg);
}

int ag_cli_add_events(const char *path, const char *from, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g,
                      FILE *events, int quiet)
{
    if (!*lx) {
        int rc = ag_cli_lexicon(lex->files, lex->n, lx);
        if (rc)
            return rc;
    }
    size_t warned = 0;
    ag_events_format f = AG_EVENTS_GDELT;
    ag_events_format_parse(from, &f);
    ag_events_stats s;
    ag_ingest_opts o;
    ag_ingest_opts_init(&o);
    o.events = (int)f;
    o.records = events;
    o.warn = on_warn;
    o.ud = &warned;
    o.stats = &s;
    ag_error err = {{0}};
    ag_status st = ag_ingest_path(g, *lx, path, &o, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    const char *name = strcmp(path, "-") == 0 ? "stdin" : path;
    if (!quiet || s.bad)
        ag_cli_error("%s: %zu events from %zu rows (%zu without two actors, %zu bad rows skipped)", name, s.events,
                     s.rows, s.one_sided, s.bad);
    return AG_EXIT_OK;
}

int ag_cli_load_events(const char *path, const char *from, cli_lexicons *lex, ag_graph **out)
{
    ag_lexicon *lx = NULL;
    int rc = (*out = ag_graph_new()) ? ag_cli_add_events(path, from, lex, &lx, *out, NULL, 1) : AG_EXIT_FAIL;
    if (!*out)
        ag_cli_error("out of memory");
    ag_lexicon_free(lx);
    if (rc && *out) {
        ag_graph_free(*out);
        *out = NULL;
    }
    return rc;
}
