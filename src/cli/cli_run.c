/* cli_run.c — `actorgraph run`: the whole pipeline into one folder:
 * events.jsonl, graph.json, report.txt, graph.dot, graph.svg. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze.h"
#include "cli.h"
#include "cli_int.h"
#include "export.h"

static const char usage[] =
    "usage: actorgraph run FILE... [-o DIR] [-j N] [--lexicon FILE]... [-q]\n"
    "\n"
    "Extracts, builds, analyzes and exports in one go. Writes into DIR\n"
    "(default actorgraph-out): events.jsonl, graph.json, report.txt,\n"
    "graph.dot, graph.svg and graph.html (the browser viewer).\n"
    "\n"
    "  -o, --output DIR    output folder (created if missing)\n"
    "  -j, --jobs N        extract documents on N threads (0: one per\n"
    "                      processor, the default)\n"
    "  --lexicon FILE      extra lexicon entries; repeatable\n"
    "  -q, --quiet         no progress and no summary on stderr\n"
    "\n"
    "example: actorgraph run graphs/seed-turkey-syria.txt -o out\n";

/* mkdir -p */
static int make_dirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return rc;
}

typedef ag_status (*writer_fn)(const ag_graph *g, FILE *fp, const void *opt, ag_error *err);

static ag_status write_graph(const ag_graph *g, FILE *fp, const void *opt, ag_error *err)
{
    (void)opt;
    return ag_graph_write(g, fp, err);
}

static ag_status write_report(const ag_graph *g, FILE *fp, const void *opt, ag_error *err)
{
    return ag_analyze_report(g, opt, AG_REPORT_TEXT, fp, err);
}

static ag_status write_export(const ag_graph *g, FILE *fp, const void *opt, ag_error *err)
{
    return ag_export(g, opt, fp, err);
}

static int write_one(const char *dir, const char *file, const ag_graph *g, writer_fn fn, const void *opt)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    ag_error err = {{0}};
    ag_outfile of;
    ag_status st = ag_outfile_open(&of, path, &err);
    if (!st) {
        st = fn(g, of.fp, opt, &err);
        if (!st)
            st = ag_outfile_commit(&of, &err);
        else
            ag_outfile_abort(&of);
    }
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

int ag_cli_run(int argc, char **argv)
{
    const char *dir = "actorgraph-out";
    cli_lexicons lex = {{0}, 0};
    cli_progress_t prog = {0, 0, 0};
    int jobs = 0;
    int rc0 = ag_cli_std_opts(argc, argv, usage, &dir, &lex, &prog.quiet, &jobs);
    if (rc0 >= 0)
        return rc0;
    if (optind >= argc) {
        ag_cli_error("run: give at least one FILE (text or .jsonl documents)");
        fputs(usage, stderr);
        return AG_EXIT_USAGE;
    }
    if (make_dirs(dir)) {
        ag_cli_error("%s: cannot create output folder: %s", dir, strerror(errno));
        return AG_EXIT_FAIL;
    }
    ag_graph *g = ag_graph_new();
    if (!g) {
        ag_cli_error("out of memory");
        return AG_EXIT_FAIL;
    }
    int rc = AG_EXIT_OK;
    ag_lexicon *lx = NULL;
    char events_path[4096];
    snprintf(events_path, sizeof events_path, "%s/events.jsonl", dir);
    ag_error err = {{0}};
    ag_outfile ev;
    ag_status st = ag_outfile_open(&ev, events_path, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        ag_graph_free(g);
        return AG_EXIT_FAIL;
    }
    for (int i = optind; !rc && i < argc; i++)
        rc = ag_cli_add_to_graph(argv[i], &lex, &lx, g, ev.fp, &prog, jobs);
    ag_cli_progress_done(&prog, "extract");
    ag_lexicon_free(lx);
    if (rc) {
        ag_outfile_abort(&ev);
        ag_graph_free(g);
        return rc;
    }
    st = ag_outfile_commit(&ev, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        ag_graph_free(g);
        return AG_EXIT_FAIL;
    }
    ag_analyze_opts aopt;
    ag_analyze_opts_init(&aopt);
    ag_export_opts dot, svg;
    ag_export_opts_init(&dot);
    dot.format = AG_EXPORT_DOT;
    ag_export_opts_init(&svg);
    svg.format = AG_EXPORT_SVG;
    /* In graph.json's order, so that the report and pictures equal those
     * made later from graph.json. */
    if (ag_graph_sort(g)) {
        ag_cli_error("out of memory");
        ag_graph_free(g);
        return AG_EXIT_FAIL;
    }
    rc = write_one(dir, "graph.json", g, write_graph, NULL);
    if (!rc)
        rc = write_one(dir, "report.txt", g, write_report, &aopt);
    if (!rc)
        rc = write_one(dir, "graph.dot", g, write_export, &dot);
    if (!rc)
        rc = write_one(dir, "graph.svg", g, write_export, &svg);
    /* The browser viewer, when this build has it (see `make viewer`). */
    int html = ag_export_html_available();
    if (!rc && html) {
        ag_export_opts page;
        ag_export_opts_init(&page);
        page.format = AG_EXPORT_HTML;
        rc = write_one(dir, "graph.html", g, write_export, &page);
    }
    if (!rc && !prog.quiet)
        fprintf(stderr, "actorgraph: %zu actors, %zu relations -> %s/{events.jsonl,graph.json,report.txt,graph.dot,graph.svg%s}\n",
                g->n_nodes, g->n_links, dir, html ? ",graph.html" : "");
    ag_graph_free(g);
    return rc;
}
