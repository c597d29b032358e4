/* cli_run.c — `actorgraph run`: the whole pipeline into one folder:
 * events.jsonl, graph.json, report.txt, graph.dot, graph.svg, graph.html.
 * The folder is replaced whole at the end or left as it was
 * (cli_outdir.c). */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

#include "analyze.h"
#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"
#include "export.h"

static const char usage[] =
    "usage: actorgraph run FILE... [-o DIR] [-j N] [--lexicon FILE]... [-q]\n"
    "\n"
    "Extracts, builds, analyzes and exports in one go. Writes into DIR\n"
    "(default actorgraph-out): events.jsonl, graph.json, report.txt,\n"
    "graph.dot, graph.svg and graph.html (the browser viewer).\n"
    "\n"
    "  -o, --output DIR    output folder (created if missing); it is replaced\n"
    "                      whole at the end, or left as it was on failure\n"
    "  -j, --jobs N        extract documents on N threads (0: one per\n"
    "                      processor, the default)\n"
    "  --from FMT          the files are event tables: gdelt, gdelt2, icews or\n"
    "                      phoenix (docs/event-data.md)\n"
    "  --lexicon FILE      extra lexicon entries; repeatable\n"
    "  -q, --quiet         no progress and no summary on stderr\n"
    "\n"
    "example: actorgraph run graphs/seed-turkey-syria.txt -o out\n";

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

/* The names `run` writes; the rest of an existing folder is kept. */
static const char *const outputs[] = {"events.jsonl", "graph.json", "report.txt", "graph.dot",
                                      "graph.svg",    "graph.html", NULL};

static int write_one(cli_outdir *d, const char *file, const ag_graph *g, writer_fn fn, const void *opt)
{
    cli_out out;
    int rc = ag_cli_outdir_file(d, file, &out);
    if (rc)
        return rc;
    ag_error err = {{0}};
    return ag_cli_out_close(&out, fn(g, out.of.fp, opt, &err), &err);
}

/* events.jsonl while the inputs are read into g. */
static int read_inputs(cli_outdir *d, int n, char **files, cli_lexicons *lex, ag_graph *g, cli_progress_t *prog,
                       int jobs, const char *from)
{
    cli_out ev;
    int rc = ag_cli_outdir_file(d, "events.jsonl", &ev);
    if (rc)
        return rc;
    ag_lexicon *lx = NULL;
    for (int i = 0; !rc && i < n; i++)
        rc = from ? ag_cli_add_events(files[i], from, lex, &lx, g, ev.of.fp, prog->quiet)
                  : ag_cli_add_to_graph(files[i], lex, &lx, g, &ev.of, prog, jobs);
    ag_cli_progress_done(prog, "extract");
    ag_lexicon_free(lx);
    if (rc) {
        ag_cli_out_abort(&ev); /* the message is printed */
        return rc;
    }
    ag_error err = {{0}};
    return ag_cli_out_close(&ev, AG_OK, &err);
}

/* The outputs made from the graph. */
static int write_outputs(cli_outdir *d, const ag_graph *g)
{
    ag_analyze_opts aopt;
    ag_analyze_opts_init(&aopt);
    ag_export_opts dot, svg, page;
    ag_export_opts_init(&dot);
    dot.format = AG_EXPORT_DOT;
    ag_export_opts_init(&svg);
    svg.format = AG_EXPORT_SVG;
    ag_export_opts_init(&page);
    page.format = AG_EXPORT_HTML;
    int rc = write_one(d, "graph.json", g, write_graph, NULL);
    if (!rc)
        rc = write_one(d, "report.txt", g, write_report, &aopt);
    if (!rc)
        rc = write_one(d, "graph.dot", g, write_export, &dot);
    if (!rc)
        rc = write_one(d, "graph.svg", g, write_export, &svg);
    /* The browser viewer, when this build has it (see `make viewer`). */
    if (!rc && ag_export_html_available())
        rc = write_one(d, "graph.html", g, write_export, &page);
    return rc;
}

int ag_cli_run(int argc, char **argv)
{
    const char *dir = "actorgraph-out";
    cli_lexicons lex = {{0}, 0};
    cli_progress_t prog = {0, 0, 0};
    int jobs = 0;
    const char *from = NULL;
    int rc = ag_cli_take_from(&argc, argv, &from);
    if (rc >= 0)
        return rc;
    rc = ag_cli_std_opts(argc, argv, usage, &dir, &lex, &prog.quiet, &jobs);
    if (rc >= 0)
        return rc;
    if (optind >= argc)
        return ag_cli_usage_error("run", "run: give at least one FILE (text or .jsonl documents)");
    ag_graph *g = ag_graph_new();
    if (!g) {
        ag_cli_error("out of memory");
        return AG_EXIT_FAIL;
    }
    cli_outdir od;
    rc = ag_cli_outdir_open(&od, dir, outputs);
    if (!rc) {
        rc = read_inputs(&od, argc - optind, argv + optind, &lex, g, &prog, jobs, from);
        /* In graph.json's order, so that the report and pictures equal
         * those made later from graph.json. */
        if (!rc && ag_graph_sort(g)) {
            ag_cli_error("out of memory");
            rc = AG_EXIT_FAIL;
        }
        if (!rc)
            rc = write_outputs(&od, g);
        if (rc)
            ag_cli_outdir_abort(&od);
        else
            rc = ag_cli_outdir_commit(&od);
    }
    if (!rc && !prog.quiet)
        fprintf(stderr, "actorgraph: %zu actors, %zu relations -> %s/{events.jsonl,graph.json,report.txt,graph.dot,graph.svg%s}\n",
                g->n_nodes, g->n_links, dir, ag_export_html_available() ? ",graph.html" : "");
    ag_graph_free(g);
    return rc;
}
