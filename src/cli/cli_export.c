/* cli_export.c — `actorgraph export`: a graph as DOT, SVG, node-link JSON,
 * GraphML, GEXF, CSV, Cytoscape.js JSON or an HTML viewer (see
 * docs/export.md). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_int.h"
#include "cli_view.h"
#include "export.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static const char usage[] =
    "usage: actorgraph export GRAPH [-f FORMAT] [-o FILE|-] [--layout L]\n"
    "                         [--cluster country] [--no-legend] [--max-nodes N]\n"
    "                         [--max-edges M] [--edges-key links|edges]\n"
    "                         [--kind K[,K...]] [--since DATE] [--until DATE]\n"
    "                         [--min-weight N] [--collapse country] [--net]\n"
    "                         [--actor NAME [--depth N]] [--lexicon FILE]... [-q]\n"
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
    CLI_VIEW_HELP
    "                        (--actor alone: --depth 1)\n"
    "  --from FMT            GRAPH is an event table: gdelt, gdelt2, icews or\n"
    "                        phoenix (docs/event-data.md)\n"
    "  --lexicon FILE        extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet           no progress, and no note on how a DOT/SVG was drawn\n"
    "  -h, --help            this help\n"
    "\n"
    "HTML, GEXF, GraphML and cyjs carry each actor's PageRank, betweenness and\n"
    "bloc (analyze's defaults); GEXF is dynamic: Gephi's timeline plays the\n"
    "dated occurrences of each link.\n"
    "\n"
    "DOT/SVG: a pair of actors with more than " STR(AG_EXPORT_PARALLEL_MAX) " links is drawn as one edge with\n"
    "their count; above " STR(AG_EXPORT_LABEL_MAX_EDGES) " edges the labels are in the tooltips only.\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failure, 2 usage error.\n"
    "example: actorgraph export graph.json -f svg --cluster country -o graph.svg\n";

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

enum { O_LAYOUT = 256, O_CLUSTER, O_NOLEGEND, O_MAXN, O_MAXE, O_EDGES, O_SIZE, O_COLOR };

typedef struct export_args {
    ag_export_opts eo;
    int have_format;
} export_args;

/* export's own options (cli_set_fn). */
static int set_opt(void *ud, int o, const cli_value *v)
{
    export_args *a = ud;
    const char *w = v->word;
    switch (o) {
    case 'f':
        if (ag_export_format_parse(w, &a->eo.format))
            return -1;
        a->have_format = 1;
        break;
    case O_LAYOUT:
        if (!ag_export_layout_valid(w))
            return -1;
        a->eo.layout = w;
        break;
    case O_CLUSTER: return ag_export_cluster_parse(w, &a->eo.cluster);
    case O_SIZE: return ag_export_size_parse(w, &a->eo.size);
    case O_COLOR: return ag_export_color_parse(w, &a->eo.color);
    case O_NOLEGEND: a->eo.legend = 0; break;
    case O_MAXN: a->eo.max_nodes = (size_t)v->num; break;
    case O_MAXE: a->eo.max_edges = v->num ? (size_t)v->num : AG_EXPORT_ALL; break;
    case O_EDGES:
        if (strcmp(w, "links") != 0 && strcmp(w, "edges") != 0)
            return -1;
        a->eo.edges_key = w;
        break;
    }
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

/* What export does once its options are parsed (cli_run_fn). */
static int run(cli_graph_cmd *c, void *ud, int argc, char **argv)
{
    export_args *a = ud;
    int rc = 0;
    (void)argc;
    if (c->view.actor && c->view.depth < 0)
        c->view.depth = 1; /* an export of an actor is its neighbourhood */
    const char *output = c->output, *path = argv[c->first_arg];
    if (!a->have_format && strcmp(output, "-") != 0)
        format_from_name(output, &a->eo.format); /* else the default, dot */

    const ag_graph *shown = NULL;
    cli_progress_t prog;
    ag_progress_init(&prog, stderr, c->quiet);
    ag_progress_begin(&prog, "export", NULL, ag_progress_file_size(path));
    ag_progress_step(&prog, "reading the graph");
    if ((rc = ag_cli_graph_load(c, path, &shown)))
        return rc;
    /* The output is opened only once the graph loaded, and removed when the
     * export fails, so an existing file is never left half-written. */
    ag_error err = {{0}};
    cli_out out;
    ag_analysis *an = NULL;
    if ((rc = export_analysis(shown, path, &a->eo, &prog, &an)) != 0)
        return rc;
    ag_progress_step(&prog, strcmp(output, "-") == 0 ? "writing" : output);
    if ((rc = ag_cli_out_open(&out, output)) == 0)
        rc = ag_cli_out_close(&out, ag_export(shown, &a->eo, out.of.fp, &err), &err);
    ag_analysis_free(an);
    if (!rc && !c->quiet && (a->eo.format == AG_EXPORT_DOT || a->eo.format == AG_EXPORT_SVG))
        note_plan(shown, &a->eo, strcmp(output, "-") == 0 ? "stdout" : output);
    if (!rc)
        ag_progress_end(&prog, strcmp(output, "-") == 0 ? "stdout" : output);
    return rc;
}

static const cli_opt opts[] = {
    {"format", 'f', .arg = CLI_WORD, .bad = "--format: unknown format '%s' (dot, svg, json, graphml, gexf, "
                                     "csv-nodes, csv-edges, cyjs, html or events-csv)"},
    {"layout", O_LAYOUT, .arg = CLI_WORD, .bad = "--layout: unknown engine '%s' (dot, neato, fdp, sfdp, circo or twopi)"},
    {"cluster", O_CLUSTER, .arg = CLI_WORD, .bad = "--cluster: unknown grouping '%s' (country, bloc or none)"},
    {"no-legend", O_NOLEGEND, .arg = CLI_FLAG},
    {"size", O_SIZE, .arg = CLI_WORD, .bad = "--size: unknown measure '%s' (pagerank, degree, betweenness, "
                                      "eigenvector, harmonic, strength or none)"},
    {"color", O_COLOR, .arg = CLI_WORD, .bad = "--color: unknown colouring '%s' (kind, bloc or country)"},
    {"max-nodes", O_MAXN, .arg = CLI_NUMBER, .lo = 0, .hi = 100000000L},
    {"max-edges", O_MAXE, .arg = CLI_NUMBER, .lo = 0, .hi = 100000000L},
    {"edges-key", O_EDGES, .arg = CLI_WORD, .bad = "--edges-key: '%s' is neither links nor edges"},
    {0}};

static const cli_graph_spec spec = {"export", usage, opts, set_opt, run, 1, 1, CLI_GRAPH_ARG};

int ag_cli_export(int argc, char **argv)
{
    export_args a = {.have_format = 0};
    ag_export_opts_init(&a.eo);
    return ag_cli_graph_main(&spec, argc, argv, &a);
}
