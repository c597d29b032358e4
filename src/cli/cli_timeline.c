/* cli_timeline.c — `actorgraph timeline`: stances and meetings per period
 * and pair, as a table, CSV, JSON or an SVG chart (timeline.h). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_int.h"
#include "cli_view.h"
#include "timeline.h"

static const char usage[] =
    "usage: actorgraph timeline GRAPH [--by day|week|month|year] [--actor A | --pair A B]\n"
    "                           [--format text|csv|json|svg] [-o FILE|-]\n"
    "                           [--kind K[,K...]] [--since DATE] [--until DATE]\n"
    "                           [--min-weight N] [--collapse country] [--depth N]\n"
    "                           [--lexicon FILE]... [-q]\n"
    "\n"
    "For each period and directed pair of actors: cooperative, hostile and\n"
    "neutral stances, meetings (once per pair, listed with source id < target\n"
    "id) and the net Goldstein sum, counted exactly from the graph's dates.\n"
    "\n"
    "  --by P                day, week (ISO, 2024-W03), month (default) or year\n"
    "  --actor A             only the pairs of actor A (id or name)\n"
    "  --pair A B            only the pair A, B (both directions)\n"
    "  -f, --format FMT      text (default; a sparkline per pair on a terminal),\n"
    "                        csv, json or svg (a line chart of the busiest pairs)\n"
    "  -o, --output FILE     write here instead of stdout (atomically)\n"
    CLI_VIEW_HELP
    "                        (with --depth, --actor is also the ego network's centre)\n"
    "  --from FMT            GRAPH is an event table: gdelt, gdelt2, icews or\n"
    "                        phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph timeline graph.json --pair turkey syria --by month\n";

enum { O_BY = 256, O_PAIR };

typedef struct timeline_args {
    ag_timeline_opts to;
    ag_timeline_format fmt;
    int have_format;
} timeline_args;

/* timeline's own options (cli_set_fn). */
static int set_opt(void *ud, int o, const cli_value *v)
{
    timeline_args *a = ud;
    switch (o) {
    case 'f':
        if (ag_timeline_format_parse(v->word, &a->fmt))
            return -1;
        a->have_format = 1;
        break;
    case O_BY: return ag_period_parse(v->word, &a->to.by);
    case O_PAIR:
        a->to.pair_a = v->word;
        a->to.pair_b = v->word2;
        break;
    }
    return 0;
}

/* The format an output name asks for (.csv .json .svg), else text. */
static ag_timeline_format format_of(const char *output)
{
    const char *dot = strrchr(output, '.');
    ag_timeline_format f = AG_TIMELINE_TEXT;
    if (dot)
        ag_timeline_format_parse(dot + 1, &f);
    return f;
}

/* What timeline does once its options are parsed (cli_run_fn). */
static int run(cli_graph_cmd *c, void *ud, int argc, char **argv)
{
    timeline_args *a = ud;
    int rc = 0;
    (void)argc;
    if (c->view.actor && a->to.pair_a)
        return ag_cli_usage_error("timeline", "--actor and --pair: give one of them");
    a->to.actor = c->view.actor;
    const char *path = argv[c->first_arg], *shown = strcmp(path, "-") == 0 ? "stdin" : path;
    if (!a->have_format && strcmp(c->output, "-") != 0)
        a->fmt = format_of(c->output);

    const ag_graph *g = NULL;
    ag_timeline *t = NULL;
    ag_error err = {{0}};
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, c->quiet);
    ag_progress_begin(&prog, "timeline", NULL, ag_progress_file_size(path));
    ag_progress_step(&prog, "reading the graph");
    if (!(rc = ag_cli_graph_load(c, path, &g))) {
        ag_status st = ag_timeline_build(g, &a->to, &t, &err);
        if (st)
            ag_cli_error("%s: %s", shown, err.msg);
        rc = ag_cli_exit_for(st);
    }
    cli_out out;
    if (!rc && (rc = ag_cli_out_open(&out, c->output)) == 0) {
        int terminal = strcmp(c->output, "-") == 0 && isatty(STDOUT_FILENO);
        rc = ag_cli_out_close(&out, ag_timeline_write(t, a->fmt, terminal, out.of.fp, &err), &err);
    }
    if (!rc)
        ag_progress_end(&prog, strcmp(c->output, "-") == 0 ? "stdout" : c->output);
    ag_timeline_free(t);
    return rc;
}

static const cli_opt opts[] = {
    {"format", 'f', .arg = CLI_WORD, .bad = "--format: unknown format '%s' (text, csv, json or svg)"},
    {"by", O_BY, .arg = CLI_WORD, .bad = "--by: unknown period '%s' (day, week, month or year)"},
    {"pair", O_PAIR, .arg = CLI_TWO_WORDS},
    {0}};

static const cli_graph_spec spec = {"timeline", usage, opts, set_opt, run, 1, 1, CLI_GRAPH_ARG};

int ag_cli_timeline(int argc, char **argv)
{
    timeline_args a = {.fmt = AG_TIMELINE_TEXT};
    ag_timeline_opts_init(&a.to);
    return ag_cli_graph_main(&spec, argc, argv, &a);
}
