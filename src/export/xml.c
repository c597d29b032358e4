/* xml.c — GraphML and GEXF 1.3.
 *
 * Dates: each link's exact per-day counts (graph.h).  GraphML carries them
 * as one string, "2024-01-05:2 2024-02-01:1" (a month or year known only
 * written YYYY-MM or YYYY).  GEXF is dynamic (timeformat "date"): every
 * dated occurrence is a spell of its link, a day long (a month or a year
 * when only that is known; overlapping spells merged), and the dynamic
 * attribute "occurrences" gives the count of each spell, so Gephi's
 * timeline plays the graph.  A link without dates has no spell: it is
 * there all the time.  PageRank, betweenness and bloc come from the
 * analysis passed in, and are left out of nodes it does not have.
 */
#include "export_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates ---- */

/* A dated occurrence's span of days, YYYYMMDD inclusive. */
typedef struct spell {
    int32_t start, end;
    long count;
} spell;

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dim[(m - 1) % 12];
}

static spell spell_of(const ag_day_count *d)
{
    int32_t y = d->day / 10000, m = d->day / 100 % 100;
    spell s = {d->day, d->day, (long)d->count};
    if (m == 0) {
        s.start = y * 10000 + 101;
        s.end = y * 10000 + 1231;
    } else if (d->day % 100 == 0) {
        s.start = d->day + 1;
        s.end = d->day + days_in_month(y, m);
    }
    return s;
}

/* The spells of l, overlapping ones merged (days are sorted, and a month
 * or year sorts before its days), into out (l->n_days at most); how many. */
static size_t link_spells(const ag_link *l, spell *out)
{
    size_t n = 0;
    for (size_t k = 0; k < l->n_days; k++) {
        spell s = spell_of(&l->days[k]);
        if (n > 0 && s.start <= out[n - 1].end) {
            if (s.end > out[n - 1].end)
                out[n - 1].end = s.end;
            out[n - 1].count += s.count;
        } else {
            out[n++] = s;
        }
    }
    return n;
}

static int put_day(ag_buf *b, int32_t day)
{
    return ag_buf_printf(b, "%04d-%02d-%02d", (int)(day / 10000), (int)(day / 100 % 100), (int)(day % 100));
}

/* GraphML's dates string: "day:count" entries, space separated. */
static int graphml_dates(ag_buf *b, const ag_link *l)
{
    if (l->n_days == 0)
        return 0;
    int r = ag_buf_puts(b, "      <data key=\"e_dates\">");
    for (size_t k = 0; k < l->n_days && r == 0; k++) {
        char day[16];
        ag_graph_day_string(l->days[k].day, day);
        r = ag_buf_printf(b, "%s%s:%lu", k ? " " : "", day, (unsigned long)l->days[k].count);
    }
    return r || ag_buf_puts(b, "</data>\n");
}

/* GEXF: the occurrences per spell (dynamic attribute 8), then the spells. */
static int gexf_spells(ag_buf *b, const spell *sp, size_t n)
{
    int r = 0;
    for (size_t k = 0; k < n && r == 0; k++)
        r = ag_buf_printf(b, "          <attvalue for=\"8\" value=\"%ld\" start=\"", sp[k].count) ||
            put_day(b, sp[k].start) || ag_buf_puts(b, "\" end=\"") || put_day(b, sp[k].end) ||
            ag_buf_puts(b, "\"/>\n");
    r = r || ag_buf_puts(b, "        </attvalues>\n");
    if (n > 0)
        r = r || ag_buf_puts(b, "        <spells>\n");
    for (size_t k = 0; k < n && r == 0; k++)
        r = ag_buf_puts(b, "          <spell start=\"") || put_day(b, sp[k].start) ||
            ag_buf_puts(b, "\" end=\"") || put_day(b, sp[k].end) || ag_buf_puts(b, "\"/>\n");
    if (n > 0)
        r = r || ag_buf_puts(b, "        </spells>\n");
    return r;
}

/* ---- XML: GraphML and GEXF ---- */

static int xml_text(ag_buf *b, const char *s)
{
    return ag__ex_put_text(b, s ? s : "", ESC_XML, 0);
}

/* Evidence sentences joined by newlines. */
static int evidence_text(ag_buf *b, const ag_link *l)
{
    int r = 0;
    for (size_t k = 0; k < l->n_evidence && r == 0; k++) {
        if (k > 0)
            r = ag_buf_puts(b, "&#10;");
        if (r == 0 && l->evidence[k].text)
            r = xml_text(b, l->evidence[k].text);
    }
    return r;
}

static int evidence_docs(ag_buf *b, const ag_link *l)
{
    int r = 0;
    for (size_t k = 0; k < l->n_evidence && r == 0; k++) {
        if (k > 0)
            r = ag_buf_puts(b, " ");
        if (r == 0 && l->evidence[k].doc)
            r = xml_text(b, l->evidence[k].doc);
    }
    return r;
}

/* GraphML data element with an escaped string value; NULL writes nothing. */
static int gml_str(ag_buf *b, const char *key, const char *s)
{
    if (!s)
        return 0;
    return ag_buf_printf(b, "      <data key=\"%s\">", key) || xml_text(b, s) || ag_buf_puts(b, "</data>\n");
}

/* PageRank, betweenness and bloc of node i when the analysis has them,
 * each written with its format (GraphML data / GEXF attvalue). */
static int put_measures(ag_buf *b, const ex_view *v, size_t i, const char *const fmt[3])
{
    const ag_actor_stats *st = v->an ? ag_analysis_node(v->an, i) : NULL;
    return st && (ag_buf_printf(b, fmt[0], st->pagerank) || ag_buf_printf(b, fmt[1], st->betweenness) ||
                  ag_buf_printf(b, fmt[2], st->community));
}

static const char *const graphml_measures[3] = {"      <data key=\"n_pagerank\">%.17g</data>\n",
                                                "      <data key=\"n_betweenness\">%.17g</data>\n",
                                                "      <data key=\"n_bloc\">%ld</data>\n"};
static const char *const gexf_measures[3] = {"          <attvalue for=\"6\" value=\"%.17g\"/>\n",
                                             "          <attvalue for=\"7\" value=\"%.17g\"/>\n",
                                             "          <attvalue for=\"8\" value=\"%ld\"/>\n"};

ag_status ag__ex_export_graphml(const ex_view *v, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    static const char *const keys[][4] = {
        {"n_name", "node", "name", "string"},        {"n_kind", "node", "kind", "string"},
        {"n_code", "node", "code", "string"},        {"n_affiliation", "node", "affiliation", "string"},
        {"n_mentions", "node", "mentions", "long"},  {"n_docs", "node", "docs", "long"},
        {"n_degree", "node", "degree", "double"},    {"n_pagerank", "node", "pagerank", "double"},
        {"n_betweenness", "node", "betweenness", "double"}, {"n_bloc", "node", "bloc", "long"},
        {"e_kind", "edge", "kind", "string"},
        {"e_label", "edge", "label", "string"},      {"e_code", "edge", "code", "string"},
        {"e_polarity", "edge", "polarity", "int"},   {"e_goldstein", "edge", "goldstein", "double"},
        {"e_weight", "edge", "weight", "long"},      {"e_location", "edge", "location", "string"},
        {"e_evidence", "edge", "evidence", "string"}, {"e_docs", "edge", "docs", "string"},
        {"e_dates", "edge", "dates", "string"},
    };
    int r = ag_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && r == 0; i++)
        r = ag_buf_printf(&b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                          keys[i][0], keys[i][1], keys[i][2], keys[i][3]);
    if (r == 0)
        r = ag_buf_puts(&b, "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n");
    for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
        if (!v->node_on[i])
            continue;
        const ag_node *n = &g->nodes[i];
        r = ag_buf_puts(&b, "    <node id=\"") || xml_text(&b, n->id) || ag_buf_puts(&b, "\">\n") ||
            gml_str(&b, "n_name", n->name) || gml_str(&b, "n_kind", ag_actor_kind_name(n->kind)) ||
            gml_str(&b, "n_code", n->code) || gml_str(&b, "n_affiliation", n->affiliation) ||
            ag_buf_printf(&b, "      <data key=\"n_mentions\">%ld</data>\n"
                              "      <data key=\"n_docs\">%ld</data>\n"
                              "      <data key=\"n_degree\">%.17g</data>\n",
                          n->mentions, n->docs, v->degree[i]) ||
            put_measures(&b, v, i, graphml_measures) || ag_buf_puts(&b, "    </node>\n");
    }
    for (size_t i = 0; i < g->n_links && r == 0; i++) {
        if (!v->link_on[i])
            continue;
        const ag_link *l = &g->links[i];
        /* No per-edge directed="false" for meetings: networkx refuses it in
         * a directed graph; kind "meeting" says the link is undirected. */
        r = ag_buf_printf(&b, "    <edge id=\"e%zu\" source=\"", i) ||
            xml_text(&b, g->nodes[l->source].id) || ag_buf_puts(&b, "\" target=\"") ||
            xml_text(&b, g->nodes[l->target].id) || ag_buf_puts(&b, "\">\n") ||
            gml_str(&b, "e_kind", ag_rel_kind_name(l->kind)) || gml_str(&b, "e_label", l->label) ||
            gml_str(&b, "e_code", l->code) ||
            ag_buf_printf(&b, "      <data key=\"e_polarity\">%d</data>\n"
                              "      <data key=\"e_goldstein\">%.17g</data>\n"
                              "      <data key=\"e_weight\">%ld</data>\n",
                          l->polarity, isfinite(l->goldstein) ? l->goldstein : 0.0, l->weight) ||
            gml_str(&b, "e_location", l->location);
        if (r == 0 && l->n_evidence)
            r = ag_buf_puts(&b, "      <data key=\"e_evidence\">") || evidence_text(&b, l) ||
                ag_buf_puts(&b, "</data>\n      <data key=\"e_docs\">") || evidence_docs(&b, l) ||
                ag_buf_puts(&b, "</data>\n");
        if (r == 0)
            r = graphml_dates(&b, l) || ag_buf_puts(&b, "    </edge>\n");
    }
    if (r == 0)
        r = ag_buf_puts(&b, "  </graph>\n</graphml>\n");
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the GraphML output")
           : ag__ex_write_buf(&b, out, "GraphML", err);
    ag_buf_free(&b);
    return st;
}

/* GEXF attvalue with an escaped string value; NULL writes nothing. */
static int gexf_str(ag_buf *b, int id, const char *s)
{
    if (!s)
        return 0;
    return ag_buf_printf(b, "          <attvalue for=\"%d\" value=\"", id) || xml_text(b, s) ||
           ag_buf_puts(b, "\"/>\n");
}

/* The most day entries of any link written: the spells' scratch size. */
static size_t max_days(const ex_view *v)
{
    size_t m = 0;
    for (size_t i = 0; i < v->g->n_links; i++)
        if (v->link_on[i] && v->g->links[i].n_days > m)
            m = v->g->links[i].n_days;
    return m;
}

ag_status ag__ex_export_gexf(const ex_view *v, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    spell *sp = malloc((max_days(v) + 1) * sizeof *sp);
    int r = !sp || ag_buf_puts(
        &b,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        "  <meta>\n    <creator>actorgraph</creator>\n"
        "    <description>actor relationship graph</description>\n  </meta>\n"
        "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
        "    <attributes class=\"node\" mode=\"static\">\n"
        "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
        "      <attribute id=\"1\" title=\"code\" type=\"string\"/>\n"
        "      <attribute id=\"2\" title=\"affiliation\" type=\"string\"/>\n"
        "      <attribute id=\"3\" title=\"mentions\" type=\"long\"/>\n"
        "      <attribute id=\"4\" title=\"docs\" type=\"long\"/>\n"
        "      <attribute id=\"5\" title=\"degree\" type=\"double\"/>\n"
        "      <attribute id=\"6\" title=\"pagerank\" type=\"double\"/>\n"
        "      <attribute id=\"7\" title=\"betweenness\" type=\"double\"/>\n"
        "      <attribute id=\"8\" title=\"bloc\" type=\"long\"/>\n"
        "    </attributes>\n"
        "    <attributes class=\"edge\" mode=\"static\">\n"
        "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
        "      <attribute id=\"1\" title=\"code\" type=\"string\"/>\n"
        "      <attribute id=\"2\" title=\"polarity\" type=\"integer\"/>\n"
        "      <attribute id=\"3\" title=\"goldstein\" type=\"double\"/>\n"
        "      <attribute id=\"4\" title=\"count\" type=\"long\"/>\n"
        "      <attribute id=\"5\" title=\"location\" type=\"string\"/>\n"
        "      <attribute id=\"6\" title=\"evidence\" type=\"string\"/>\n"
        "      <attribute id=\"7\" title=\"docs\" type=\"string\"/>\n"
        "    </attributes>\n"
        "    <attributes class=\"edge\" mode=\"dynamic\">\n"
        "      <attribute id=\"8\" title=\"occurrences\" type=\"long\"/>\n"
        "    </attributes>\n"
        "    <nodes>\n");
    for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
        if (!v->node_on[i])
            continue;
        const ag_node *n = &g->nodes[i];
        r = ag_buf_puts(&b, "      <node id=\"") || xml_text(&b, n->id) || ag_buf_puts(&b, "\" label=\"") ||
            xml_text(&b, n->name) || ag_buf_puts(&b, "\">\n        <attvalues>\n") ||
            gexf_str(&b, 0, ag_actor_kind_name(n->kind)) || gexf_str(&b, 1, n->code) ||
            gexf_str(&b, 2, n->affiliation) ||
            ag_buf_printf(&b, "          <attvalue for=\"3\" value=\"%ld\"/>\n"
                              "          <attvalue for=\"4\" value=\"%ld\"/>\n"
                              "          <attvalue for=\"5\" value=\"%.17g\"/>\n",
                          n->mentions, n->docs, v->degree[i]) ||
            put_measures(&b, v, i, gexf_measures) || ag_buf_puts(&b, "        </attvalues>\n      </node>\n");
    }
    if (r == 0)
        r = ag_buf_puts(&b, "    </nodes>\n    <edges>\n");
    for (size_t i = 0; i < g->n_links && r == 0; i++) {
        if (!v->link_on[i])
            continue;
        const ag_link *l = &g->links[i];
        /* GEXF's weight is the link's count; meetings are "mutual" (both ways). */
        r = ag_buf_printf(&b, "      <edge id=\"e%zu\" source=\"", i) ||
            xml_text(&b, g->nodes[l->source].id) || ag_buf_puts(&b, "\" target=\"") ||
            xml_text(&b, g->nodes[l->target].id) || ag_buf_puts(&b, "\" label=\"") ||
            xml_text(&b, l->label) ||
            ag_buf_printf(&b, "\" weight=\"%ld\"%s>\n        <attvalues>\n", l->weight > 0 ? l->weight : 1,
                          l->kind == AG_REL_MEETING ? " type=\"mutual\"" : "") ||
            gexf_str(&b, 0, ag_rel_kind_name(l->kind)) || gexf_str(&b, 1, l->code) ||
            ag_buf_printf(&b, "          <attvalue for=\"2\" value=\"%d\"/>\n"
                              "          <attvalue for=\"3\" value=\"%.17g\"/>\n"
                              "          <attvalue for=\"4\" value=\"%ld\"/>\n",
                          l->polarity, isfinite(l->goldstein) ? l->goldstein : 0.0, l->weight) ||
            gexf_str(&b, 5, l->location);
        if (r == 0 && l->n_evidence)
            r = ag_buf_puts(&b, "          <attvalue for=\"6\" value=\"") || evidence_text(&b, l) ||
                ag_buf_puts(&b, "\"/>\n          <attvalue for=\"7\" value=\"") || evidence_docs(&b, l) ||
                ag_buf_puts(&b, "\"/>\n");
        if (r == 0)
            r = gexf_spells(&b, sp, link_spells(l, sp)) || ag_buf_puts(&b, "      </edge>\n");
    }
    if (r == 0)
        r = ag_buf_puts(&b, "    </edges>\n  </graph>\n</gexf>\n");
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the GEXF output")
           : ag__ex_write_buf(&b, out, "GEXF", err);
    ag_buf_free(&b);
    free(sp);
    return st;
}

