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

/* The evidence sentences (docs = 0) joined by newlines, or their
 * document ids (docs = 1) joined by spaces. */
static int evidence_field(ag_buf *b, const ag_link *l, int docs)
{
    int r = 0;
    for (size_t k = 0; k < l->n_evidence && r == 0; k++) {
        const char *v = docs ? l->evidence[k].doc : l->evidence[k].text;
        if (k > 0)
            r = ag_buf_puts(b, docs ? " " : "&#10;");
        if (r == 0 && v)
            r = xml_text(b, v);
    }
    return r;
}

/* `<edge id="eI" source="S" target="T` of link i (GraphML and GEXF). */
static int edge_start(ag_buf *b, const ag_graph *g, size_t i, const char *indent)
{
    const ag_link *l = &g->links[i];
    return ag_buf_printf(b, "%s<edge id=\"e%zu\" source=\"", indent, i) || xml_text(b, g->nodes[l->source].id) ||
           ag_buf_puts(b, "\" target=\"") || xml_text(b, g->nodes[l->target].id);
}

/* The attributes of nodes (XN_*) and links (XL_*) both formats carry, in
 * the order they are written.  An xml_form says how one format writes a
 * value of one class: GraphML <data key="n_kind">V</data>, GEXF
 * <attvalue for="0" value="V"/>; key[a] is the attribute's key there
 * (NULL: that format has no such attribute). */
enum { XN_KIND, XN_CODE, XN_AFFILIATION, XN_MENTIONS, XN_DOCS, XN_DEGREE, XN_PAGERANK, XN_BETWEENNESS, XN_BLOC };
enum { XL_KIND, XL_LABEL, XL_CODE, XL_POLARITY, XL_GOLDSTEIN, XL_WEIGHT, XL_LOCATION, XL_EVIDENCE, XL_DOCS };

typedef struct xml_form {
    const char *open; /* printf format of the key */
    const char *close;
    const char *const *key;
} xml_form;

#define GRAPHML_DATA "      <data key=\"%s\">", "</data>\n"
#define GEXF_ATTVALUE "          <attvalue for=\"%s\" value=\"", "\"/>\n"
static const char *const graphml_node_keys[] = {"n_kind", "n_code",   "n_affiliation", "n_mentions", "n_docs",
                                                "n_degree", "n_pagerank", "n_betweenness", "n_bloc"};
static const char *const graphml_link_keys[] = {"e_kind",   "e_label",    "e_code",     "e_polarity", "e_goldstein",
                                                "e_weight", "e_location", "e_evidence", "e_docs"};
/* GEXF's ids as declared in its header; the label is an attribute of <edge>. */
static const char *const gexf_node_keys[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};
static const char *const gexf_link_keys[] = {"0", NULL, "1", "2", "3", "4", "5", "6", "7"};
static const xml_form graphml_node = {GRAPHML_DATA, graphml_node_keys};
static const xml_form graphml_link = {GRAPHML_DATA, graphml_link_keys};
static const xml_form gexf_node = {GEXF_ATTVALUE, gexf_node_keys};
static const xml_form gexf_link = {GEXF_ATTVALUE, gexf_link_keys};

/* An escaped string value; NULL, or an attribute the format lacks, writes
 * nothing. */
static int attr_str(ag_buf *b, const xml_form *f, int a, const char *s)
{
    if (!s || !f->key[a])
        return 0;
    return ag_buf_printf(b, f->open, f->key[a]) || xml_text(b, s) || ag_buf_puts(b, f->close);
}

static int attr_long(ag_buf *b, const xml_form *f, int a, long x)
{
    return ag_buf_printf(b, f->open, f->key[a]) || ag_buf_printf(b, "%ld", x) || ag_buf_puts(b, f->close);
}

static int attr_real(ag_buf *b, const xml_form *f, int a, double x)
{
    return ag_buf_printf(b, f->open, f->key[a]) || ag_buf_printf(b, "%.17g", x) || ag_buf_puts(b, f->close);
}

/* Node i's attributes; PageRank, betweenness and bloc when the analysis
 * has them. */
static int node_attrs(ag_buf *b, const xml_form *f, const ex_view *v, size_t i)
{
    const ag_node *n = &v->g->nodes[i];
    const ag_actor_stats *st = v->an ? ag_analysis_node(v->an, i) : NULL;
    return attr_str(b, f, XN_KIND, ag_actor_kind_name(n->kind)) || attr_str(b, f, XN_CODE, n->code) ||
           attr_str(b, f, XN_AFFILIATION, n->affiliation) || attr_long(b, f, XN_MENTIONS, n->mentions) ||
           attr_long(b, f, XN_DOCS, n->docs) || attr_real(b, f, XN_DEGREE, v->degree[i]) ||
           (st && (attr_real(b, f, XN_PAGERANK, st->pagerank) || attr_real(b, f, XN_BETWEENNESS, st->betweenness) ||
                   attr_long(b, f, XN_BLOC, st->community)));
}

/* A link's attributes, its evidence sentences and their documents
 * included when it has any. */
static int link_attrs(ag_buf *b, const xml_form *f, const ag_link *l)
{
    int r = attr_str(b, f, XL_KIND, ag_rel_kind_name(l->kind)) || attr_str(b, f, XL_LABEL, l->label) ||
            attr_str(b, f, XL_CODE, l->code) || attr_long(b, f, XL_POLARITY, l->polarity) ||
            attr_real(b, f, XL_GOLDSTEIN, isfinite(l->goldstein) ? l->goldstein : 0.0) ||
            attr_long(b, f, XL_WEIGHT, l->weight) || attr_str(b, f, XL_LOCATION, l->location);
    if (r == 0 && l->n_evidence)
        r = ag_buf_printf(b, f->open, f->key[XL_EVIDENCE]) || evidence_field(b, l, 0) || ag_buf_puts(b, f->close) ||
            ag_buf_printf(b, f->open, f->key[XL_DOCS]) || evidence_field(b, l, 1) || ag_buf_puts(b, f->close);
    return r;
}

/* A writer of node or link i of the view (xml_item); sp is GEXF's spell
 * scratch. */
typedef int (*xml_item)(ag_buf *b, const ex_view *v, size_t i, spell *sp);

/* The rest of the document after its header: the nodes the view shows,
 * `between`, the links it shows (each by its format's writer) and `end`.
 * Then the whole goes to out, or r (the header's result) or the first
 * failure is reported as `what`'s; b is freed. */
static ag_status shown_items(ag_buf *b, int r, const ex_view *v, xml_item node, const char *between, xml_item link,
                             const char *end, spell *sp, FILE *out, const char *what, ag_error *err)
{
    for (size_t i = 0; i < v->g->n_nodes && r == 0; i++)
        r = v->node_on[i] ? node(b, v, i, sp) : 0;
    if (r == 0)
        r = ag_buf_puts(b, between);
    for (size_t i = 0; i < v->g->n_links && r == 0; i++)
        r = v->link_on[i] ? link(b, v, i, sp) : 0;
    if (r == 0)
        r = ag_buf_puts(b, end);
    ag_status st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the %s output", what)
                     : ag__ex_write_buf(b, out, what, err);
    ag_buf_free(b);
    return st;
}

static int graphml_node_item(ag_buf *b, const ex_view *v, size_t i, spell *sp)
{
    const ag_node *n = &v->g->nodes[i];
    (void)sp;
    return ag_buf_puts(b, "    <node id=\"") || xml_text(b, n->id) || ag_buf_puts(b, "\">\n") ||
           (n->name && (ag_buf_puts(b, "      <data key=\"n_name\">") || xml_text(b, n->name) ||
                        ag_buf_puts(b, "</data>\n"))) ||
           node_attrs(b, &graphml_node, v, i) || ag_buf_puts(b, "    </node>\n");
}

/* No per-edge directed="false" for meetings: networkx refuses it in a
 * directed graph; kind "meeting" says the link is undirected. */
static int graphml_link_item(ag_buf *b, const ex_view *v, size_t i, spell *sp)
{
    const ag_link *l = &v->g->links[i];
    (void)sp;
    return edge_start(b, v->g, i, "    ") || ag_buf_puts(b, "\">\n") || link_attrs(b, &graphml_link, l) ||
           graphml_dates(b, l) || ag_buf_puts(b, "    </edge>\n");
}

ag_status ag__ex_export_graphml(const ex_view *v, FILE *out, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
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
    return shown_items(&b, r, v, graphml_node_item, "", graphml_link_item, "  </graph>\n</graphml>\n", NULL, out,
                       "GraphML", err);
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

static int gexf_node_item(ag_buf *b, const ex_view *v, size_t i, spell *sp)
{
    const ag_node *n = &v->g->nodes[i];
    (void)sp;
    return ag_buf_puts(b, "      <node id=\"") || xml_text(b, n->id) || ag_buf_puts(b, "\" label=\"") ||
           xml_text(b, n->name) || ag_buf_puts(b, "\">\n        <attvalues>\n") ||
           node_attrs(b, &gexf_node, v, i) || ag_buf_puts(b, "        </attvalues>\n      </node>\n");
}

/* GEXF's weight is the link's count; meetings are "mutual" (both ways). */
static int gexf_link_item(ag_buf *b, const ex_view *v, size_t i, spell *sp)
{
    const ag_link *l = &v->g->links[i];
    return edge_start(b, v->g, i, "      ") || ag_buf_puts(b, "\" label=\"") || xml_text(b, l->label) ||
           ag_buf_printf(b, "\" weight=\"%ld\"%s>\n        <attvalues>\n", l->weight > 0 ? l->weight : 1,
                         l->kind == AG_REL_MEETING ? " type=\"mutual\"" : "") ||
           link_attrs(b, &gexf_link, l) || gexf_spells(b, sp, link_spells(l, sp)) ||
           ag_buf_puts(b, "      </edge>\n");
}

ag_status ag__ex_export_gexf(const ex_view *v, FILE *out, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
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
    ag_status st = shown_items(&b, r, v, gexf_node_item, "    </nodes>\n    <edges>\n", gexf_link_item,
                               "    </edges>\n  </graph>\n</gexf>\n", sp, out, "GEXF", err);
    free(sp);
    return st;
}

