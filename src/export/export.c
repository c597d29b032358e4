/* export.c — see export.h: the options and ag_export(), which selects the
 * part of the graph to write (select.c) and hands it to the writer of the
 * format: graphviz.c (DOT, SVG), json.c, xml.c (GraphML, GEXF), csv.c,
 * cytoscape.c, export_html.c.  Every writer walks nodes and links in graph
 * order, so the output is deterministic.
 */
#include "export_int.h"

#include <stdlib.h>
#include <string.h>

#include "events_csv.h"

const char *ag__ex_polarity_name(int p)
{
    return p < 0 ? "hostile" : p > 0 ? "cooperative" : "neutral";
}

/* ---- options ---- */

static const char *const format_names[] = {"dot", "svg", "json", "graphml", "gexf",
                                           "csv-nodes", "csv-edges", "cyjs", "html", "events-csv"};
#define N_FORMATS (sizeof format_names / sizeof format_names[0])

static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

void ag_export_opts_init(ag_export_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = AG_EXPORT_DOT;
    o->legend = 1;
}

int ag_export_format_parse(const char *s, ag_export_format *f)
{
    for (size_t i = 0; s && i < N_FORMATS; i++)
        if (strcmp(s, format_names[i]) == 0) {
            *f = (ag_export_format)i;
            return 0;
        }
    return -1;
}

const char *ag_export_format_name(ag_export_format f)
{
    return (unsigned)f < N_FORMATS ? format_names[f] : "dot";
}

/* The index of s in names[0..n), or -1. */
static int name_index(const char *s, const char *const *names, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return (int)i;
    return -1;
}

static const char *const cluster_names[] = {"none", "country", "bloc"};
static const char *const size_names[] = {"none",        "degree",   "pagerank", "betweenness",
                                         "eigenvector", "harmonic", "strength"};
static const char *const color_names[] = {"kind", "bloc", "country"};
#define N_OF(a) (sizeof a / sizeof a[0])

int ag_export_cluster_parse(const char *s, ag_export_cluster *c)
{
    int i = name_index(s, cluster_names, N_OF(cluster_names));
    if (i >= 0)
        *c = (ag_export_cluster)i;
    return i >= 0 ? 0 : -1;
}

int ag_export_size_parse(const char *s, ag_export_size *z)
{
    int i = name_index(s, size_names, N_OF(size_names));
    if (i >= 0)
        *z = (ag_export_size)i;
    return i >= 0 ? 0 : -1;
}

int ag_export_color_parse(const char *s, ag_export_color *c)
{
    int i = name_index(s, color_names, N_OF(color_names));
    if (i >= 0)
        *c = (ag_export_color)i;
    return i >= 0 ? 0 : -1;
}

/* 1 when the DOT/SVG options draw a measure of the analysis. */
static int drawing_wants_analysis(const ag_export_opts *o)
{
    return (o->size != AG_SIZE_NONE && o->size != AG_SIZE_DEGREE) || o->color == AG_COLOR_BLOC ||
           o->cluster == AG_CLUSTER_BLOC;
}

int ag_export_wants_analysis(const ag_export_opts *o)
{
    switch (o->format) {
    case AG_EXPORT_HTML:
    case AG_EXPORT_GEXF:
    case AG_EXPORT_GRAPHML:
    case AG_EXPORT_CYJS: return 1;
    case AG_EXPORT_DOT:
    case AG_EXPORT_SVG: return drawing_wants_analysis(o);
    default: return 0;
    }
}

int ag_export_layout_valid(const char *s)
{
    for (size_t i = 0; s && i < sizeof layouts / sizeof layouts[0]; i++)
        if (strcmp(s, layouts[i]) == 0)
            return 1;
    return 0;
}

/* ---- entry point ---- */

/* DOT and SVG: the drawing plan.c makes of the view. */
static ag_status export_drawing(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    ex_plan p;
    ag_status st = ag__ex_plan_init(&p, v, o, err);
    if (st != AG_OK)
        return st;
    st = o->format == AG_EXPORT_DOT ? ag__ex_export_dot(v, &p, o, out, err) : ag__ex_export_svg(v, &p, o, out, err);
    ag__ex_plan_free(&p);
    return st;
}

ag_status ag_export(const ag_graph *g, const ag_export_opts *o, FILE *out, ag_error *err)
{
    ag_export_opts defaults;
    ex_view v = {0};
    ag_status st;
    if (!o) {
        ag_export_opts_init(&defaults);
        o = &defaults;
    }
    if (!g || !out)
        return ag_error_set(err, AG_EUSAGE, "export: no graph or no output");
    if ((unsigned)o->format >= N_FORMATS)
        return ag_error_set(err, AG_EUSAGE, "unknown export format %d", (int)o->format);
    if (o->layout && !ag_export_layout_valid(o->layout))
        return ag_error_set(err, AG_EUSAGE,
                            "unknown layout '%s' (use dot, neato, fdp, sfdp, circo or twopi)", o->layout);
    if (o->edges_key && strcmp(o->edges_key, "links") != 0 && strcmp(o->edges_key, "edges") != 0)
        return ag_error_set(err, AG_EUSAGE, "unknown edges key '%s' (use links or edges)", o->edges_key);
    if ((unsigned)o->size >= N_OF(size_names) || (unsigned)o->color >= N_OF(color_names) ||
        (unsigned)o->cluster >= N_OF(cluster_names))
        return ag_error_set(err, AG_EUSAGE, "unknown --size, --color or --cluster value");
    if (!o->analysis && drawing_wants_analysis(o) && (o->format == AG_EXPORT_DOT || o->format == AG_EXPORT_SVG))
        return ag_error_set(err, AG_EUSAGE, "--size %s, --color %s and --cluster %s need an analysis of the "
                            "graph (ag_export_opts.analysis; the command runs one)",
                            size_names[o->size], color_names[o->color], cluster_names[o->cluster]);
    int drawing = o->format == AG_EXPORT_DOT || o->format == AG_EXPORT_SVG;
    st = ag__ex_view_init(&v, g, o, drawing, err);
    if (st != AG_OK)
        return st;
    switch (o->format) {
    case AG_EXPORT_DOT:
    case AG_EXPORT_SVG: st = export_drawing(&v, o, out, err); break;
    case AG_EXPORT_JSON: st = ag__ex_export_json(&v, o, out, err); break;
    case AG_EXPORT_GRAPHML: st = ag__ex_export_graphml(&v, out, err); break;
    case AG_EXPORT_GEXF: st = ag__ex_export_gexf(&v, out, err); break;
    case AG_EXPORT_CSV_NODES: st = ag__ex_export_csv(&v, 0, out, err); break;
    case AG_EXPORT_CSV_EDGES: st = ag__ex_export_csv(&v, 1, out, err); break;
    case AG_EXPORT_CYJS: st = ag__ex_export_cyjs(&v, out, err); break;
    case AG_EXPORT_HTML: st = ag_export_html(g, v.node_on, v.link_on, v.degree, o->analysis, out, err); break;
    case AG_EXPORT_EVENTS_CSV: st = ag_events_csv_graph(g, AG_EVCSV_PHOENIX, out, err); break;
    }
    ag__ex_view_free(&v);
    return st;
}
