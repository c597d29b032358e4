/* cli_analyze.c — `actorgraph analyze`: centrality, blocs and the strongest
 * relations of a graph, as a text, Markdown, CSV or JSON report. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"

static const char usage[] =
    "usage: actorgraph analyze GRAPH [--format text|md|csv|json] [--top N] [-o FILE|-]\n"
    "                          [--with-affiliation] [--collapse country] [--kind K[,K...]]\n"
    "                          [--since DATE] [--until DATE] [--min-weight N] [--seed N]\n"
    "                          [--actor NAME] [--path A B] [--lexicon FILE]... [-q]\n"
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
    "                        count only what was seen in this range (YYYY[-MM[-DD]])\n"
    "  --min-weight N        drop relations seen fewer than N times (default 1)\n"
    "  --seed N              seed of the community detection (default 1)\n"
    "  --exact-limit N       above N actors (default 5000), betweenness and harmonic\n"
    "                        closeness are estimated from sampled source actors\n"
    "  --samples N           source actors sampled above the limit (default 256)\n"
    "  --cutoff N            above the limit, count paths of at most N steps instead\n"
    "                        of sampling\n"
    "  --actor NAME          ego view: the actor's measures and relations with evidence\n"
    "  --path A B            shortest chain of relations from A to B, with evidence\n"
    "  --from FMT            GRAPH is an event table: gdelt, gdelt2, icews or\n"
    "                        phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph analyze graph.json --format md --top 10 -o report.md\n";

/* Prints the problem and where the usage is; returns the usage status. */
#define bad_usage(...) ag_cli_usage_error("analyze", __VA_ARGS__)

/* An option's number in [lo, hi]; the message is printed on failure. */
#define NUMBER(opt, lo, hi)                                    \
    do {                                                       \
        if (ag_cli_parse_long(opt, optarg, lo, hi, &v))        \
            return AG_EXIT_USAGE;                              \
    } while (0)

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
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    ag_analyze_opts ao;
    ag_report_format fmt = AG_REPORT_TEXT;
    const char *output = "-";
    cli_lexicons lex = {{0}, 0};
    long v;
    int o, quiet = 0;

    ag_analyze_opts_init(&ao);
    const char *from = NULL;
    if ((o = ag_cli_take_from(&argc, argv, &from)) >= 0)
        return o;
    optind = 1;
    opterr = 0; /* our own messages, naming the option */
    while ((o = getopt_long(argc, argv, ":f:n:o:hq", opts, NULL)) != -1) {
        switch (o) {
        case 'q': quiet = 1; break;
        case 'f':
            if (ag_report_format_parse(optarg, &fmt))
                return bad_usage("--format: unknown format '%s' (text, md, csv or json)", optarg);
            break;
        case 'n':
            NUMBER("--top", 0, 1000000000L);
            ao.top = (int)v;
            break;
        case 'o':
            if (!*optarg)
                return bad_usage("-o: the output name is empty");
            output = optarg;
            break;
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
            NUMBER("--min-weight", 1, 1000000000L);
            ao.min_weight = v;
            break;
        case O_SEED:
            NUMBER("--seed", 0, 2147483647L);
            ao.seed = (unsigned long)v;
            break;
        case O_CUTOFF:
            NUMBER("--cutoff", 1, 1000000L);
            ao.cutoff = (double)v;
            break;
        case O_EXACT:
            NUMBER("--exact-limit", 0, 2147483647L);
            ao.exact_limit = v;
            break;
        case O_SAMPLES:
            NUMBER("--samples", 1, 2147483647L);
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
        default: return ag_cli_bad_option("analyze", argv, o);
        }
    }
    if (optind >= argc)
        return bad_usage("analyze: missing GRAPH (a graph JSON file or documents)");
    if (argc - optind > 1)
        return bad_usage("analyze: one GRAPH only; unexpected '%s'", argv[optind + 1]);
    const char *path = argv[optind];

    ag_graph *g = NULL;
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, quiet);
    ag_progress_begin(&prog, "analyze", NULL, ag_progress_file_size(path));
    ag_progress_step(&prog, "reading the graph");
    int rc = from ? ag_cli_load_events(path, from, &lex, &g)
                  : ag_cli_load_graph(path, lex.files, lex.n, &g);
    if (rc)
        return rc;

    ag_error err = {{0}};
    ag_analysis *an = NULL;
    ao.progress = ag_progress_step_cb;
    ao.progress_ud = &prog;
    ag_status st = ag_analysis_run(g, &ao, &an, &err);
    cli_out out;
    if (st) {
        ag_cli_error("%s: %s", strcmp(path, "-") == 0 ? "stdin" : path, err.msg);
        rc = ag_cli_exit_for(st);
    } else if ((rc = ag_cli_out_open(&out, output)) == 0) {
        /* Opened only once the analysis worked, so a failure leaves an
         * existing report untouched. */
        ag_progress_step(&prog, "writing the report");
        rc = ag_cli_out_close(&out, ag_analysis_write(an, fmt, out.of.fp, &err), &err);
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
