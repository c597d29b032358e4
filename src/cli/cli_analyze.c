/* cli_analyze.c — `actorgraph analyze`: centrality, blocs and the strongest
 * relations of a graph, as a text, Markdown, CSV or JSON report. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "cli.h"
#include "cli_int.h"

static const char usage[] =
    "usage: actorgraph analyze GRAPH [--format text|md|csv|json] [--top N] [-o FILE|-]\n"
    "                          [--with-affiliation] [--collapse country] [--kind K[,K...]]\n"
    "                          [--since DATE] [--until DATE] [--min-weight N] [--seed N]\n"
    "                          [--actor NAME] [--path A B] [--lexicon FILE]...\n"
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
    "  --collapse country    roll officials and agencies up into their countries\n"
    "  --kind K[,K...]       keep only these relation kinds (stance, meeting,\n"
    "                        affiliation) and/or actor kinds (country, person,\n"
    "                        organization); repeatable\n"
    "  --since DATE, --until DATE\n"
    "                        keep evidence dated in this range (YYYY[-MM[-DD]])\n"
    "  --min-weight N        drop relations seen fewer than N times (default 1)\n"
    "  --seed N              seed of the community detection (default 1)\n"
    "  --exact-limit N       above N actors (default 5000), betweenness and harmonic\n"
    "                        closeness are estimated from sampled source actors\n"
    "  --samples N           source actors sampled above the limit (default 256)\n"
    "  --cutoff N            above the limit, count paths of at most N steps instead\n"
    "                        of sampling\n"
    "  --actor NAME          ego view: the actor's measures and relations with evidence\n"
    "  --path A B            shortest chain of relations from A to B, with evidence\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph analyze graph.json --format md --top 10 -o report.md\n";

/* A whole decimal number in [lo, hi]; 0 ok, -1 otherwise. */
static int parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* Prints the problem and a pointer to --help; returns the usage status. */
static int bad_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int bad_usage(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ag_cli_error("%s", msg);
    fputs("usage: actorgraph analyze GRAPH [options]; see actorgraph analyze --help\n", stderr);
    return AG_EXIT_USAGE;
}

int ag_cli_analyze(int argc, char **argv)
{
    enum { O_LEX = 256, O_AFF, O_COLLAPSE, O_KIND, O_SINCE, O_UNTIL, O_MINW, O_SEED,
           O_CUTOFF, O_EXACT, O_ACTOR, O_PATH, O_SAMPLES };
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"top", required_argument, NULL, 'n'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"lexicon", required_argument, NULL, O_LEX},
                                         {"with-affiliation", no_argument, NULL, O_AFF},
                                         {"collapse", required_argument, NULL, O_COLLAPSE},
                                         {"kind", required_argument, NULL, O_KIND},
                                         {"since", required_argument, NULL, O_SINCE},
                                         {"until", required_argument, NULL, O_UNTIL},
                                         {"min-weight", required_argument, NULL, O_MINW},
                                         {"seed", required_argument, NULL, O_SEED},
                                         {"cutoff", required_argument, NULL, O_CUTOFF},
                                         {"exact-limit", required_argument, NULL, O_EXACT},
                                         {"samples", required_argument, NULL, O_SAMPLES},
                                         {"actor", required_argument, NULL, O_ACTOR},
                                         {"path", required_argument, NULL, O_PATH},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    ag_analyze_opts ao;
    ag_report_format fmt = AG_REPORT_TEXT;
    const char *output = "-";
    cli_lexicons lex = {{0}, 0};
    long v;
    int o;

    ag_analyze_opts_init(&ao);
    optind = 1;
    opterr = 0; /* our own messages, naming the option */
    while ((o = getopt_long(argc, argv, ":f:n:o:h", opts, NULL)) != -1) {
        switch (o) {
        case 'f':
            if (ag_report_format_parse(optarg, &fmt))
                return bad_usage("--format: unknown format '%s' (text, md, csv or json)", optarg);
            break;
        case 'n':
            if (parse_long(optarg, 0, 1000000000L, &v))
                return bad_usage("--top: '%s' is not a number >= 0", optarg);
            ao.top = (int)v;
            break;
        case 'o': output = optarg; break;
        case O_LEX:
            if (ag_cli_push_lexicon(&lex, optarg))
                return AG_EXIT_USAGE;
            break;
        case O_AFF: ao.with_affiliation = 1; break;
        case O_COLLAPSE:
            if (strcmp(optarg, "country") != 0 && strcmp(optarg, "none") != 0)
                return bad_usage("--collapse: unknown level '%s' (country or none)", optarg);
            ao.collapse = strcmp(optarg, "country") == 0 ? AG_COLLAPSE_COUNTRY : AG_COLLAPSE_NONE;
            break;
        case O_KIND:
            if (ag_analyze_kinds_parse(optarg, &ao.kinds))
                return bad_usage("--kind: '%s' is not a list of stance, meeting, affiliation, "
                                 "country, person, organization",
                                 optarg);
            break;
        case O_SINCE: ao.since = optarg; break;
        case O_UNTIL: ao.until = optarg; break;
        case O_MINW:
            if (parse_long(optarg, 1, 1000000000L, &v))
                return bad_usage("--min-weight: '%s' is not a number >= 1", optarg);
            ao.min_weight = v;
            break;
        case O_SEED:
            if (parse_long(optarg, 0, 2147483647L, &v))
                return bad_usage("--seed: '%s' is not a number from 0 to 2147483647", optarg);
            ao.seed = (unsigned long)v;
            break;
        case O_CUTOFF:
            if (parse_long(optarg, 1, 1000000L, &v))
                return bad_usage("--cutoff: '%s' is not a number >= 1", optarg);
            ao.cutoff = (double)v;
            break;
        case O_EXACT:
            if (parse_long(optarg, 0, 2147483647L, &v))
                return bad_usage("--exact-limit: '%s' is not a number >= 0", optarg);
            ao.exact_limit = v;
            break;
        case O_SAMPLES:
            if (parse_long(optarg, 1, 2147483647L, &v))
                return bad_usage("--samples: '%s' is not a number >= 1", optarg);
            ao.samples = v;
            break;
        case O_ACTOR: ao.actor = optarg; break;
        case O_PATH:
            /* Two arguments: A is optarg, B the next word, consumed here. */
            if (optind >= argc || argv[optind][0] == '-')
                return bad_usage("--path %s: needs two actors, --path A B", optarg);
            ao.path_from = optarg;
            ao.path_to = argv[optind++];
            break;
        case 'h': fputs(usage, stdout); return AG_EXIT_OK;
        case ':': return bad_usage("%s: needs an argument", argv[optind - 1]);
        default:
            return bad_usage("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return bad_usage("analyze: missing GRAPH (a graph JSON file or documents)");
    if (argc - optind > 1)
        return bad_usage("analyze: one GRAPH only; unexpected '%s'", argv[optind + 1]);
    const char *path = argv[optind];

    ag_graph *g = NULL;
    int rc = ag_cli_load_graph(path, lex.files, lex.n, &g);
    if (rc)
        return rc;

    ag_error err = {{0}};
    ag_analysis *an = NULL;
    ag_outfile of;
    ag_status st = ag_analysis_run(g, &ao, &an, &err);
    if (st) {
        ag_cli_error("%s: %s", strcmp(path, "-") == 0 ? "stdin" : path, err.msg);
        rc = ag_cli_exit_for(st);
        goto out;
    }
    /* The output is opened only once the analysis worked, so a failure
     * leaves an existing report untouched. */
    st = ag_outfile_open(&of, output, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        rc = ag_cli_exit_for(st);
        goto out;
    }
    st = ag_analysis_write(an, fmt, of.fp, &err);
    if (st) {
        ag_outfile_abort(&of);
        ag_cli_error("%s: %s", strcmp(output, "-") == 0 ? "stdout" : output, err.msg);
        rc = ag_cli_exit_for(st);
        goto out;
    }
    st = ag_outfile_commit(&of, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        rc = ag_cli_exit_for(st);
    }
out:
    ag_analysis_free(an);
    ag_graph_free(g);
    return rc;
}
