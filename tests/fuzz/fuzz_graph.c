/* fuzz_graph.c — libFuzzer harness for node-link graph JSON (the GRAPH of
 * `analyze` and `export`): a graph read is written and read back, analyzed
 * and exported.  The input's size picks the options and the format (small
 * changes of size cover them all), so no input byte is set aside for it.  Layout (SVG)
 * and the HTML page are left out: Graphviz's and cytoscape's cost is not
 * the reader's. */
#include "fuzz.h"

/* Graphs beyond this are only read: igraph on thousands of nodes would
 * slow every run down for no more of the reader's code. */
#define FZ_MAX_ANALYZED 200

static const ag_export_format formats[] = {
    AG_EXPORT_DOT,       AG_EXPORT_JSON,      AG_EXPORT_GRAPHML, AG_EXPORT_GEXF,
    AG_EXPORT_CSV_NODES, AG_EXPORT_CSV_EDGES, AG_EXPORT_CYJS,
};

static void analyze(const ag_graph *g, size_t size, FILE *out)
{
    size_t pick = size / 5;
    ag_analyze_opts o;
    ag_error err;
    ag_analyze_opts_init(&o);
    o.collapse = pick & 1 ? AG_COLLAPSE_COUNTRY : AG_COLLAPSE_NONE;
    o.with_affiliation = (pick >> 1) & 1;
    if (g->n_nodes > 0 && (pick >> 2) & 1)
        o.actor = g->nodes[0].id;
    ag_analyze_report(g, &o, (ag_report_format)((pick >> 3) % 4), out, &err);
}

static void export_graph(const ag_graph *g, size_t size, FILE *out)
{
    ag_export_opts o;
    ag_error err;
    ag_export_opts_init(&o);
    size_t nf = sizeof formats / sizeof *formats;
    o.format = formats[size % nf];
    o.cluster = (size / nf) & 1 ? AG_CLUSTER_COUNTRY : AG_CLUSTER_NONE;
    o.max_nodes = (size / nf) & 2 ? 3 : 0;
    ag_export(g, &o, out, &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_error err;
    json_t *root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, NULL);
    if (!root)
        return 0;
    ag_graph *g = NULL;
    if (ag_graph_from_json(root, "fuzz", &g, &err) == AG_OK) {
        fz_graph_roundtrip(g);
        if (g->n_nodes <= FZ_MAX_ANALYZED && g->n_links <= 4 * FZ_MAX_ANALYZED) {
            char *buf = NULL;
            size_t n = 0;
            FILE *out = open_memstream(&buf, &n);
            if (out) {
                analyze(g, size, out);
                export_graph(g, size, out);
                fclose(out);
            }
            free(buf);
        }
    }
    ag_graph_free(g);
    json_decref(root);
    return 0;
}
