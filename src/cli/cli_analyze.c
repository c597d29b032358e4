/* cli_analyze.c — `actorgraph analyze`: centrality, blocs and the strongest
 * relations of a graph, as a text, Markdown, CSV or JSON report. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "cli.h"
#include "cli_int.h"
#include "cli_view.h"

static const char usage[] =
    "usage: actorgraph analyze GRAPH [--format text|md|csv|json] [--top N] [-o FILE|-]\n"
    "                          [--with-affiliation] [--collapse country] [--kind K[,K...]]\n"
    "                          [--since DATE] [--until DATE] [--min-weight N] [--net]\n"
    "                          [--actor NAME [--depth N]] [--path A B] [--seed N]\n"
    "                          [--lexicon FILE]... [-q]\n"
    "\n"
    "Centrality (degree, strength, betweenness, PageRank, eigenvector, hub and\n"
    "authority, harmonic closeness), blocs (Leiden and Louvain on the cooperative\n"
    "relations), the strongest cooperative and hostile relations, net stance per\n"
    "pair and structural balance, computed with igraph. GRAPH is a graph JSON\n"
    "file, or text / .jsonl documents / extraction records built on the fly.\n"
    "\n"
    "  -f, --format FMT      text (default), md, csv (one row per actor) or json\n"
    "  -n, --top N           rows in the text and md tables; 0 = all (default 20)\n"
    "  -o, --output FILE     write here instead of stdout (atomically)\n"
    "  --with-affiliation    count affiliation links (person -> agency -> country)\n"
    "                        in centrality and blocs; left out by default\n"
    CLI_VIEW_HELP
    "  --actor NAME          ego view: the actor's measures and relations with\n"
    "                        evidence (over the whole graph unless --depth N)\n"
    "  --path A B            shortest chain of relations from A to B, with evidence\n"
    "  --seed N              seed of the community detection (default 1)\n"
    "  --exact-limit N       above N actors (default 5000), betweenness and harmonic\n"
    "                        closeness are estimated from sampled source actors\n"
    "  --samples N           source actors sampled above the limit (default 256)\n"
    "  --cutoff N            above the limit, count paths of at most N steps instead\n"
    "                        of sampling\n"
    "  --from FMT            GRAPH is an event table: gdelt, gdelt2, icews or\n"
    "                        phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph analyze graph.json --format md --top 10 -o report.md\n";

enum { O_AFF = 256, O_SEED, O_CUTOFF, O_EXACT, O_PATH, O_SAMPLES };

typedef struct analyze_args {
    ag_analyze_opts ao;
    ag_report_format fmt;
} analyze_args;

/* analyze's own options (cli_set_fn). */
static int set_opt(void *ud, int o, const cli_value *v)
{
    analyze_args *a = ud;
    switch (o) {
    case 'f': return ag_report_format_parse(v->word, &a->fmt);
    case 'n': a->ao.top = (int)v->num; break;
    case O_AFF: a->ao.with_affiliation = 1; break;
    case O_SEED: a->ao.seed = (unsigned long)v->num; break;
    case O_CUTOFF: a->ao.cutoff = (double)v->num; break;
    case O_EXACT: a->ao.exact_limit = v->num; break;
    case O_SAMPLES: a->ao.samples = v->num; break;
    case O_PATH:
        a->ao.path_from = v->word;
        a->ao.path_to = v->word2;
        break;
    }
    return 0;
}

/* The shared view options, which the analysis applies itself (its report
 * names them, and --actor without --depth asks about the whole graph). */
static void view_into(const cli_graph_cmd *c, ag_analyze_opts *ao)
{
    ao->kinds = c->view.kinds;
    ao->since = c->since;
    ao->until = c->until;
    ao->min_weight = c->view.min_weight;
    ao->collapse = c->view.collapse;
    ao->actor = c->view.actor;
    ao->depth = c->view.depth;
    ao->net = c->view.net;
}

/* What analyze does once its options are parsed (cli_run_fn). */
static int run(cli_graph_cmd *c, void *ud, int argc, char **argv)
{
    analyze_args *a = ud;
    int rc = 0;
    (void)argc;
    view_into(c, &a->ao);
    const char *path = argv[c->first_arg];

    ag_graph *g = NULL;
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, c->quiet);
    ag_progress_begin(&prog, "analyze", NULL, ag_progress_file_size(path));
    ag_progress_step(&prog, "reading the graph");
    if ((rc = ag_cli_graph_read(c, path, &g)))
        return rc;

    ag_error err = {{0}};
    ag_analysis *an = NULL;
    a->ao.progress = ag_progress_step_cb;
    a->ao.progress_ud = &prog;
    ag_status st = ag_analysis_run(g, &a->ao, &an, &err);
    cli_out out;
    if (st) {
        ag_cli_error("%s: %s", strcmp(path, "-") == 0 ? "stdin" : path, err.msg);
        rc = ag_cli_exit_for(st);
    } else if ((rc = ag_cli_out_open(&out, c->output)) == 0) {
        /* Opened only once the analysis worked, so a failure leaves an
         * existing report untouched. */
        ag_progress_step(&prog, "writing the report");
        rc = ag_cli_out_close(&out, ag_analysis_write(an, a->fmt, out.of.fp, &err), &err);
    }
    if (!rc) {
        char made[80];
        ag_progress_graph_size(ag_graph_node_count(g), ag_graph_link_count(g), made);
        ag_progress_end(&prog, made);
    }
    ag_analysis_free(an);
    ag_graph_free(g);
    return rc;
}

static const cli_opt opts[] = {
    {"format", 'f', .arg = CLI_WORD, .bad = "--format: unknown format '%s' (text, md, csv or json)"},
    {"top", 'n', .arg = CLI_NUMBER, .lo = 0, .hi = 1000000000L},
    {"with-affiliation", O_AFF, .arg = CLI_FLAG},
    {"seed", O_SEED, .arg = CLI_NUMBER, .lo = 0, .hi = 2147483647L},
    {"cutoff", O_CUTOFF, .arg = CLI_NUMBER, .lo = 1, .hi = 1000000L},
    {"exact-limit", O_EXACT, .arg = CLI_NUMBER, .lo = 0, .hi = 2147483647L},
    {"samples", O_SAMPLES, .arg = CLI_NUMBER, .lo = 1, .hi = 2147483647L},
    {"path", O_PATH, .arg = CLI_TWO_WORDS},
    {0}};

static const cli_graph_spec spec = {"analyze", usage, opts, set_opt, run, 1, 1, CLI_GRAPH_ARG};

int ag_cli_analyze(int argc, char **argv)
{
    analyze_args a = {.fmt = AG_REPORT_TEXT};
    ag_analyze_opts_init(&a.ao);
    return ag_cli_graph_main(&spec, argc, argv, &a);
}
