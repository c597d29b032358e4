/* cli_run.c — `actorgraph run`: the whole pipeline into one folder:
 * events.jsonl, graph.json, report.txt, graph.dot, graph.svg, graph.html.
 * The folder is replaced whole at the end or left as it was
 * (cli_outdir.c). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"
#include "export.h"

static const char usage[] =
    "usage: actorgraph run FILE... [-o DIR] [-j N] [--formats LIST] [--no-svg] [--no-html]\n"
    "                      [--lexicon FILE]... [-q]\n"
    "\n"
    "Extracts, builds, analyzes and exports in one go. Writes into DIR\n"
    "(default actorgraph-out): events.jsonl, graph.json, report.txt,\n"
    "graph.dot, graph.svg and graph.html (the browser viewer).\n"
    "\n"
    "  -o, --output DIR    output folder (created if missing); it is replaced\n"
    "                      whole at the end, or left as it was on failure\n"
    "  -j, --jobs N        extract documents on N threads (0: one per\n"
    "                      processor, the default)\n"
    "  --formats LIST      the outputs beside events.jsonl and graph.json, from\n"
    "                      report, dot, svg, html (default: all of them)\n"
    "  --no-svg, --no-html leave out the picture or the viewer (the slow ones\n"
    "                      on a large corpus)\n"
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

/* The report of the analysis run once for the report and the viewer. */
static ag_status write_report(const ag_graph *g, FILE *fp, const void *opt, ag_error *err)
{
    (void)g;
    return ag_analysis_write(opt, AG_REPORT_TEXT, fp, err);
}

static ag_status write_export(const ag_graph *g, FILE *fp, const void *opt, ag_error *err)
{
    return ag_export(g, opt, fp, err);
}

/* The names `run` writes; the rest of an existing folder is kept. */
static const char *const outputs[] = {"events.jsonl", "graph.json", "report.txt", "graph.dot",
                                      "graph.svg",    "graph.html", NULL};

/* The outputs chosen with --formats, --no-svg, --no-html. */
enum { OUT_REPORT = 1, OUT_DOT = 2, OUT_SVG = 4, OUT_HTML = 8, OUT_ALL = 15 };

/* One output file, as a progress stage of its own. */
static int write_one(cli_outdir *d, const char *file, const ag_graph *g, writer_fn fn, const void *opt,
                     cli_progress_t *prog, const char *stage)
{
    cli_out out;
    int rc = ag_cli_outdir_file(d, file, &out);
    if (rc)
        return rc;
    ag_error err = {{0}};
    ag_progress_begin(prog, stage, NULL, 0);
    ag_progress_step(prog, file);
    rc = ag_cli_out_close(&out, fn(g, out.of.fp, opt, &err), &err);
    if (!rc)
        ag_progress_end(prog, file);
    return rc;
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
    ag_progress_begin(prog, "extract", "documents", ag_progress_files_size(n, files));
    for (int i = 0; !rc && i < n; i++)
        rc = from ? ag_cli_add_events(files[i], from, lex, &lx, g, ev.of.fp, prog->quiet)
                  : ag_cli_add_to_graph(files[i], lex, &lx, g, &ev.of, prog, jobs);
    if (!rc)
        ag_progress_end(prog, NULL);
    ag_lexicon_free(lx);
    if (rc) {
        ag_cli_out_abort(&ev); /* the message is printed */
        return rc;
    }
    ag_error err = {{0}};
    return ag_cli_out_close(&ev, AG_OK, &err);
}

/* The outputs made from the graph. */
static int write_outputs(cli_outdir *d, const ag_graph *g, unsigned chosen, cli_progress_t *prog)
{
    ag_analyze_opts aopt;
    ag_analyze_opts_init(&aopt);
    aopt.progress = ag_progress_step_cb;
    aopt.progress_ud = prog;
    ag_export_opts dot, svg, page;
    ag_export_opts_init(&dot);
    dot.format = AG_EXPORT_DOT;
    ag_export_opts_init(&svg);
    svg.format = AG_EXPORT_SVG;
    ag_export_opts_init(&page);
    page.format = AG_EXPORT_HTML;
    int rc = write_one(d, "graph.json", g, write_graph, NULL, prog, "build");
    ag_analysis *an = NULL;
    int html = (chosen & OUT_HTML) && ag_export_html_available();
    if (!rc && ((chosen & OUT_REPORT) || html)) {
        ag_error err = {{0}};
        ag_progress_begin(prog, "analyze", NULL, 0);
        ag_status st = ag_analysis_run(g, &aopt, &an, &err);
        if (st != AG_OK) {
            ag_cli_error("%s", err.msg);
            return ag_cli_exit_for(st);
        }
    }
    page.analysis = an;
    if (!rc && (chosen & OUT_REPORT))
        rc = write_one(d, "report.txt", g, write_report, an, prog, "analyze");
    if (!rc && (chosen & OUT_DOT))
        rc = write_one(d, "graph.dot", g, write_export, &dot, prog, "export");
    if (!rc && (chosen & OUT_SVG))
        rc = write_one(d, "graph.svg", g, write_export, &svg, prog, "export");
    /* The browser viewer, when this build has it (see `make viewer`). */
    if (!rc && html)
        rc = write_one(d, "graph.html", g, write_export, &page, prog, "export");
    ag_analysis_free(an);
    return rc;
}

/* Removes a flag from argv; 1 if it was there. */
static int take_flag(int *argc, char **argv, const char *flag)
{
    int found = 0, out = 1;
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], flag) == 0)
            found = 1;
        else
            argv[out++] = argv[i];
    }
    *argc = out;
    argv[out] = NULL;
    return found;
}

/* --formats, --no-svg and --no-html into OUT_* bits; -1 (with the
 * message printed) for an unknown format. */
static int take_formats(int *argc, char **argv, unsigned *chosen)
{
    static const char *const names[] = {"report", "dot", "svg", "html"};
    const char *list = NULL;
    if (ag_cli_take_opt(argc, argv, "--formats", &list) >= 0)
        return -1;
    *chosen = list ? 0 : OUT_ALL;
    for (const char *s = list; s && *s;) {
        size_t n = strcspn(s, ","), i = 0;
        while (i < 4 && !(strlen(names[i]) == n && strncmp(s, names[i], n) == 0))
            i++;
        if (i == 4 && n > 0) {
            ag_cli_usage_error("run", "--formats: unknown output '%.*s' (report, dot, svg, html)", (int)n, s);
            return -1;
        }
        *chosen |= i < 4 ? 1u << i : 0;
        s += n + (s[n] == ',');
    }
    if (take_flag(argc, argv, "--no-svg"))
        *chosen &= ~(unsigned)OUT_SVG;
    if (take_flag(argc, argv, "--no-html"))
        *chosen &= ~(unsigned)OUT_HTML;
    return 0;
}

int ag_cli_run(int argc, char **argv)
{
    const char *dir = "actorgraph-out";
    cli_lexicons lex = {{0}, 0};
    cli_progress_t prog;
    int jobs = 0, quiet = 0;
    unsigned chosen;
    const char *from = NULL;
    int rc = ag_cli_take_from(&argc, argv, &from);
    if (rc >= 0)
        return rc;
    if (take_formats(&argc, argv, &chosen))
        return AG_EXIT_USAGE;
    rc = ag_cli_std_opts(argc, argv, usage, &dir, &lex, &quiet, &jobs);
    if (rc >= 0)
        return rc;
    ag_progress_init(&prog, stderr, quiet);
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
            rc = write_outputs(&od, g, chosen, &prog);
        if (rc)
            ag_cli_outdir_abort(&od);
        else
            rc = ag_cli_outdir_commit(&od);
    }
    if (!rc && !prog.quiet)
        fprintf(stderr, "actorgraph: %zu actors, %zu relations -> %s/{events.jsonl,graph.json%s%s%s%s}\n",
                g->n_nodes, g->n_links, dir, chosen & OUT_REPORT ? ",report.txt" : "",
                chosen & OUT_DOT ? ",graph.dot" : "", chosen & OUT_SVG ? ",graph.svg" : "",
                chosen & OUT_HTML && ag_export_html_available() ? ",graph.html" : "");
    ag_graph_free(g);
    return rc;
}
