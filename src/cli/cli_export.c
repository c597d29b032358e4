/* cli_export.c — `actorgraph export`: a graph as DOT, SVG, node-link JSON,
 * GraphML, GEXF, CSV, Cytoscape.js JSON or an HTML viewer (see
 * docs/export.md). */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"
#include "export.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static const char usage[] =
    "usage: actorgraph export GRAPH [-f FORMAT] [-o FILE|-] [--layout L]\n"
    "                         [--cluster country] [--no-legend] [--max-nodes N]\n"
    "                         [--max-edges M] [--edges-key links|edges]\n"
    "                         [--lexicon FILE]... [-q]\n"
    "\n"
    "Writes the actor graph for other tools. GRAPH is a graph JSON file, or\n"
    "text / .jsonl documents built on the fly.\n"
    "\n"
    "  -f, --format FMT      dot (Graphviz source), svg (laid out by Graphviz),\n"
    "                        json (node-link), graphml, gexf (1.3), csv-nodes,\n"
    "                        csv-edges, cyjs (Cytoscape.js elements), html (one\n"
    "                        offline page to explore the graph); default: from\n"
    "                        the -o extension (.dot .gv .svg .json .graphml .gexf\n"
    "                        .cyjs .html), else dot; events-csv: one row per\n"
    "                        event in Phoenix's columns (docs/event-data.md)\n"
    "  -o, --output FILE     write here instead of stdout; the file appears whole\n"
    "                        or not at all\n"
    "  --layout L            SVG layout engine: dot, neato, fdp, sfdp, circo or\n"
    "                        twopi (default: dot up to " STR(AG_EXPORT_DOT_LAYOUT_MAX) " actors and " STR(AG_EXPORT_DOT_MAX_EDGES) " edges,\n"
    "                        else sfdp; an engine is refused above its limit)\n"
    "  --cluster country     DOT/SVG: draw each country's officials and agencies\n"
    "                        (through their affiliations) in a box for the country;\n"
    "                        bloc: a box per bloc (Leiden, as analyze finds them)\n"
    "  --size MEASURE        DOT/SVG: node size by pagerank, degree, betweenness,\n"
    "                        eigenvector, harmonic or strength (default none)\n"
    "  --color C             DOT/SVG: node colour by kind (default), bloc or country\n"
    "  --no-legend           DOT/SVG: leave out the legend of shapes and colours\n"
    "  --max-nodes N         keep the N most central actors (weighted degree over\n"
    "                        stance and meeting links) and the links among\n"
    "                        them, at most " STR(AG_EXPORT_EDGES_PER_NODE) " x N of those; 0 = all (default)\n"
    "  --max-edges M         keep the M strongest stance and meeting links (plus\n"
    "                        the member-of links); 0 = all; default: " STR(AG_EXPORT_EDGES_PER_NODE) " x N with\n"
    "                        --max-nodes, for DOT/SVG at most " STR(AG_EXPORT_DRAW_MAX_LINKS) "\n"
    "  --edges-key K         JSON: name the link list \"links\" (default) or \"edges\"\n"
    "  --from FMT            GRAPH is an event table: gdelt, gdelt2, icews or\n"
    "                        phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress, and no note on how a DOT/SVG was drawn\n"
    "  -h, --help            this help\n"
    "\n"
    "HTML, GEXF, GraphML and cyjs carry each actor's PageRank, betweenness and\n"
    "bloc (analyze's defaults); GEXF is dynamic: Gephi's timeline plays the\n"
    "dated occurrences of each link.\n"
    "DOT/SVG: a pair of actors with more than " STR(AG_EXPORT_PARALLEL_MAX) " links is drawn as one edge with\n"
    "their count; above " STR(AG_EXPORT_LABEL_MAX_EDGES) " edges the labels are in the tooltips only.\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph export graph.json -f svg --cluster country -o graph.svg\n";

/* Prints the problem and where the usage is; returns the usage status. */
#define bad_usage(...) ag_cli_usage_error("export", __VA_ARGS__)

/* How a DOT/SVG was drawn, when it is not every link with its label. */
static void note_plan(const ag_graph *g, const ag_export_opts *eo, const char *output)
{
    ag_export_plan p;
    ag_error err = {{0}};
    if (ag_export_plan_for(g, eo, &p, &err) != AG_OK ||
        (!p.merged && p.labels && !p.links_cut && !p.nodes_cut))
        return;
    fprintf(stderr, "actorgraph: %s: %zu actors and %zu links drawn as %zu edges", output, p.nodes, p.links,
            p.edges);
    if (p.merged)
        fprintf(stderr, " (%zu pairs with more than %d links as one edge each)", p.merged,
                AG_EXPORT_PARALLEL_MAX);
    fprintf(stderr, ", layout %s", p.engine);
    if (!p.labels)
        fprintf(stderr, ", labels in tooltips (more than %d edges)", AG_EXPORT_LABEL_MAX_EDGES);
    if (p.nodes_cut)
        fprintf(stderr, "; %zu less central actors left out (%s)", p.nodes_cut,
                eo->max_nodes ? "--max-nodes" : "at most " STR(AG_EXPORT_DRAW_MAX_NODES) " drawn; see --max-nodes");
    if (p.links_cut)
        fprintf(stderr, "; %zu weaker links left out (%s)", p.links_cut,
                eo->max_edges ? "--max-edges" : "the edge budget; see --max-edges");
    fputc('\n', stderr);
}

/* The format an output file name asks for; 0 found, -1 otherwise. */
static int format_from_name(const char *path, ag_export_format *f)
{
    static const struct {
        const char *ext;
        ag_export_format f;
    } exts[] = {{".dot", AG_EXPORT_DOT},         {".gv", AG_EXPORT_DOT},     {".svg", AG_EXPORT_SVG},
                {".json", AG_EXPORT_JSON},       {".graphml", AG_EXPORT_GRAPHML},
                {".gexf", AG_EXPORT_GEXF},       {".cyjs", AG_EXPORT_CYJS},
                {".html", AG_EXPORT_HTML},       {".htm", AG_EXPORT_HTML}};
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof exts / sizeof exts[0]; i++)
        if (strcmp(dot, exts[i].ext) == 0) {
            *f = exts[i].f;
            return 0;
        }
    return -1;
}

/* --cluster ('c'), --size ('s') or --color ('k') into eo; 0, or the
 * usage status after the message. */
static int drawing_option(int which, const char *arg, ag_export_opts *eo)
{
    if (which == 'c' && ag_export_cluster_parse(arg, &eo->cluster))
        return bad_usage("--cluster: unknown grouping '%s' (country, bloc or none)", arg);
    if (which == 's' && ag_export_size_parse(arg, &eo->size))
        return bad_usage("--size: unknown measure '%s' (pagerank, degree, betweenness, "
                         "eigenvector, harmonic, strength or none)", arg);
    if (which == 'k' && ag_export_color_parse(arg, &eo->color))
        return bad_usage("--color: unknown colouring '%s' (kind, bloc or country)", arg);
    return 0;
}

/* The analysis whose measures the export shows (ag_export_wants_analysis),
 * with analyze's defaults, into *an and eo->analysis; 0 or an exit status. */
static int export_analysis(const ag_graph *g, const char *path, ag_export_opts *eo, cli_progress_t *prog,
                           ag_analysis **an)
{
    if (!ag_export_wants_analysis(eo))
        return 0;
    ag_analyze_opts ao;
    ag_analyze_opts_init(&ao);
    ao.progress = ag_progress_step_cb;
    ao.progress_ud = prog;
    ag_error err = {{0}};
    ag_status st = ag_analysis_run(g, &ao, an, &err);
    if (st != AG_OK) {
        ag_cli_error("%s: %s", strcmp(path, "-") == 0 ? "stdin" : path, err.msg);
        return ag_cli_exit_for(st);
    }
    eo->analysis = *an;
    return 0;
}

int ag_cli_export(int argc, char **argv)
{
    enum { O_LEX = 256, O_LAYOUT, O_CLUSTER, O_NOLEGEND, O_MAXN, O_MAXE, O_EDGES, O_SIZE, O_COLOR };
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"layout", required_argument, NULL, O_LAYOUT},
                                         {"cluster", required_argument, NULL, O_CLUSTER},
                                         {"no-legend", no_argument, NULL, O_NOLEGEND},
                                         {"size", required_argument, NULL, O_SIZE},
                                         {"color", required_argument, NULL, O_COLOR},
                                         {"max-nodes", required_argument, NULL, O_MAXN},
                                         {"max-edges", required_argument, NULL, O_MAXE},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"edges-key", required_argument, NULL, O_EDGES},
                                         {"lexicon", required_argument, NULL, O_LEX},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    ag_export_opts eo;
    const char *output = "-";
    int have_format = 0, quiet = 0;
    cli_lexicons lex = {{0}, 0};
    int o;

    ag_export_opts_init(&eo);
    const char *from = NULL;
    if ((o = ag_cli_take_from(&argc, argv, &from)) >= 0)
        return o;
    optind = 1;
    opterr = 0; /* our own messages, naming the option */
    while ((o = getopt_long(argc, argv, ":f:o:qh", opts, NULL)) != -1) {
        switch (o) {
        case 'q': quiet = 1; break;
        case 'f':
            if (ag_export_format_parse(optarg, &eo.format))
                return bad_usage("--format: unknown format '%s' (dot, svg, json, graphml, gexf, "
                                 "csv-nodes, csv-edges, cyjs, html or events-csv)",
                                 optarg);
            have_format = 1;
            break;
        case 'o':
            if (!*optarg)
                return bad_usage("-o: the output name is empty");
            output = optarg;
            break;
        case O_LAYOUT:
            if (!ag_export_layout_valid(optarg))
                return bad_usage("--layout: unknown engine '%s' (dot, neato, fdp, sfdp, circo or twopi)",
                                 optarg);
            eo.layout = optarg;
            break;
        case O_CLUSTER:
        case O_SIZE:
        case O_COLOR:
            if (drawing_option(o == O_CLUSTER ? 'c' : o == O_SIZE ? 's' : 'k', optarg, &eo))
                return AG_EXIT_USAGE;
            break;
        case O_NOLEGEND: eo.legend = 0; break;
        case O_MAXN:
        case O_MAXE: {
            long v;
            if (ag_cli_parse_long(o == O_MAXN ? "--max-nodes" : "--max-edges", optarg, 0, 100000000L, &v))
                return AG_EXIT_USAGE;
            if (o == O_MAXN)
                eo.max_nodes = (size_t)v;
            else
                eo.max_edges = v ? (size_t)v : AG_EXPORT_ALL;
            break;
        }
        case O_EDGES:
            if (strcmp(optarg, "links") != 0 && strcmp(optarg, "edges") != 0)
                return bad_usage("--edges-key: '%s' is neither links nor edges", optarg);
            eo.edges_key = optarg;
            break;
        case O_LEX:
            if (ag_cli_push_lexicon(&lex, optarg))
                return AG_EXIT_USAGE;
            break;
        case 'h': fputs(usage, stdout); return AG_EXIT_OK;
        default: return ag_cli_bad_option("export", argv, o);
        }
    }
    if (optind >= argc)
        return bad_usage("export: missing GRAPH (a graph JSON file or documents)");
    if (argc - optind > 1)
        return bad_usage("export: one GRAPH only; unexpected '%s'", argv[optind + 1]);
    if (!have_format && strcmp(output, "-") != 0)
        format_from_name(output, &eo.format); /* else the default, dot */
    const char *path = argv[optind];

    ag_graph *g = NULL;
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, quiet);
    ag_progress_begin(&prog, "export", NULL, ag_progress_file_size(path));
    ag_progress_step(&prog, "reading the graph");
    int rc = from ? ag_cli_load_events(path, from, &lex, &g)
                  : ag_cli_load_graph(path, lex.files, lex.n, &g);
    if (rc)
        return rc;

    /* The output is opened only once the graph loaded, and removed when the
     * export fails, so an existing file is never left half-written. */
    ag_error err = {{0}};
    cli_out out;
    ag_analysis *an = NULL;
    if ((rc = export_analysis(g, path, &eo, &prog, &an)) != 0) {
        ag_graph_free(g);
        return rc;
    }
    ag_progress_step(&prog, strcmp(output, "-") == 0 ? "writing" : output);
    if ((rc = ag_cli_out_open(&out, output)) == 0)
        rc = ag_cli_out_close(&out, ag_export(g, &eo, out.of.fp, &err), &err);
    ag_analysis_free(an);
    if (!rc && !quiet && (eo.format == AG_EXPORT_DOT || eo.format == AG_EXPORT_SVG))
        note_plan(g, &eo, strcmp(output, "-") == 0 ? "stdout" : output);
    if (!rc)
        ag_progress_end(&prog, strcmp(output, "-") == 0 ? "stdout" : output);
    ag_graph_free(g);
    return rc;
}
