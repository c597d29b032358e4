/* cli_diff.c — `actorgraph diff`: what changed between two graphs, or
 * between the periods before and after a date in one (diff.h). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_int.h"
#include "cli_view.h"
#include "diff.h"

static const char usage[] =
    "usage: actorgraph diff OLD NEW [--format text|json] [-o FILE|-] [--top N]\n"
    "       actorgraph diff GRAPH --before DATE [...]\n"
    "                       [--kind K[,K...]] [--since DATE] [--until DATE]\n"
    "                       [--min-weight N] [--collapse country] [--net]\n"
    "                       [--actor NAME --depth N] [--lexicon FILE]... [-q]\n"
    "\n"
    "Actors and links that appeared or disappeared, the pairs whose net stance\n"
    "changed, and how the PageRank ranks moved, between two graphs (two\n"
    "corpora) or two periods of one: with --before DATE, what was seen before\n"
    "DATE against what was seen on or after it (exactly, by the graph's dates).\n"
    "\n"
    "  --before DATE         compare GRAPH before DATE with GRAPH from DATE on\n"
    "  -f, --format FMT      text (default) or json\n"
    "  -n, --top N           rows per text list, and the ranks compared: the\n"
    "                        actors in the top N of either (default 20; 0 = all)\n"
    "  -o, --output FILE     write here instead of stdout (atomically)\n"
    CLI_VIEW_HELP
    "                        (applied to both sides)\n"
    "  --from FMT            OLD and NEW are event tables: gdelt, gdelt2, icews\n"
    "                        or phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph diff graph.json --before 2024-07 -f json -o changes.json\n";

enum { O_BEFORE = 256 };

typedef struct diff_args {
    ag_diff_opts dopt;
    ag_diff_format fmt;
    const char *before;
    char names[2][64]; /* the sides' names with --before */
} diff_args;

/* diff's own options (cli_set_fn). */
static int set_opt(void *ud, int o, const cli_value *v)
{
    diff_args *a = ud;
    switch (o) {
    case 'f': return ag_diff_format_parse(v->word, &a->fmt);
    case 'n': a->dopt.top = (int)v->num; break;
    case O_BEFORE:
        if (ag_graph_day(v->word) < 0)
            return -1;
        a->before = v->word;
        break;
    }
    return 0;
}

/* The view of the period before a->before (side 0) or from it (1). */
static int period_view(cli_graph_cmd *c, const diff_args *a, const ag_graph *g, const char *path, int side,
                       ag_view **out)
{
    ag_view_opts o = c->view;
    int32_t day = ag_graph_day(a->before);
    if (side == 0)
        o.to = o.to < day - 1 ? o.to : day - 1;
    else
        o.from = o.from > day ? o.from : day;
    ag_error err = {{0}};
    ag_status st = ag_view_apply(g, &o, out, &err);
    if (st)
        ag_cli_error("%s: %s", path, err.msg);
    return ag_cli_exit_for(st);
}

/* Reads both sides and writes the diff. */
static int compare(cli_graph_cmd *c, diff_args *a, const char *const path[2])
{
    ag_graph *g[2] = {NULL, NULL};
    ag_view *v[2] = {NULL, NULL};
    int rc = 0;
    for (int s = 0; s < 2 && !rc; s++) {
        if (!a->before)
            rc = ag_cli_graph_read(c, path[s], &g[s]);
        else if (s == 0)
            rc = ag_cli_graph_read(c, path[0], &g[0]);
        const ag_graph *src = a->before ? g[0] : g[s];
        if (!rc)
            rc = a->before ? period_view(c, a, src, path[0], s, &v[s]) : ag_cli_graph_view(c, src, path[s], &v[s]);
    }
    if (a->before) {
        snprintf(a->names[0], sizeof a->names[0], "before %s", a->before);
        snprintf(a->names[1], sizeof a->names[1], "from %s on", a->before);
        a->dopt.old_name = a->names[0];
        a->dopt.new_name = a->names[1];
    }
    ag_error err = {{0}};
    cli_out out;
    if (!rc && (rc = ag_cli_out_open(&out, c->output)) == 0) {
        const ag_graph *side0 = v[0] ? v[0]->graph : g[0], *side1 = v[1] ? v[1]->graph : g[1];
        rc = ag_cli_out_close(&out, ag_diff_write(side0, side1, &a->dopt, a->fmt, out.of.fp, &err), &err);
    }
    for (int s = 0; s < 2; s++) {
        ag_view_free(v[s]);
        ag_graph_free(g[s]);
    }
    return rc;
}

/* What diff does once its options are parsed (cli_run_fn). */
static int run(cli_graph_cmd *c, void *ud, int argc, char **argv)
{
    diff_args *a = ud;
    int rc = 0;
    int n = argc - c->first_arg;
    if (a->before && n != 1)
        return ag_cli_usage_error("diff", "--before %s: compares one GRAPH with itself; unexpected '%s'",
                                  a->before, argv[c->first_arg + 1]);
    if (!a->before && n != 2)
        return ag_cli_usage_error("diff", "diff: missing NEW (or --before DATE)");
    const char *path[2] = {argv[c->first_arg], a->before ? argv[c->first_arg] : argv[c->first_arg + 1]};
    if (!a->before) {
        a->dopt.old_name = path[0];
        a->dopt.new_name = path[1];
    }
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, c->quiet);
    ag_progress_begin(&prog, "diff", NULL, ag_progress_file_size(path[0]));
    ag_progress_step(&prog, "reading and comparing");
    rc = compare(c, a, path);
    if (!rc)
        ag_progress_end(&prog, strcmp(c->output, "-") == 0 ? "stdout" : c->output);
    return rc;
}

static const cli_opt opts[] = {
    {"format", 'f', .arg = CLI_WORD, .bad = "--format: unknown format '%s' (text or json)"},
    {"top", 'n', .arg = CLI_NUMBER, .lo = 0, .hi = 1000000000L},
    {"before", O_BEFORE, .arg = CLI_WORD, .bad = "--before: dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%s'"},
    {0}};

static const cli_graph_spec spec = {"diff", usage, opts, set_opt, run, 1, 2, "OLD NEW (two graphs, or GRAPH --before DATE)"};

int ag_cli_diff(int argc, char **argv)
{
    diff_args a = {.fmt = AG_DIFF_TEXT};
    ag_diff_opts_init(&a.dopt);
    return ag_cli_graph_main(&spec, argc, argv, &a);
}
