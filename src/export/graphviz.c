/* graphviz.c — the cgraph drawing that DOT and SVG share (ex_draw), as
 * plan.c decided it: one edge per link, or per pair of actors with many
 * links (bundle.c); labels on the edges or only in their tooltips.  DOT is
 * agwrite of it; svg.c lays it out and renders it.  A drawing for another
 * engine than dot carries layout=ENGINE, so Graphviz's tools use it too.
 *
 * Escaping for Graphviz (measured on 2.42, Debian 12):
 *  - plain labels cannot carry a trailing backslash through agwrite (it
 *    writes "a\" which re-reads as an open string), so names go into
 *    HTML-like labels, XML-escaped;
 *  - Graphviz still expands \N \G \E \T \H \L inside HTML-like labels after
 *    XML decoding, and collapses \\ to \, so backslashes are doubled;
 *  - in tooltips the SVG renderer copies "&name;" / "&#N;" unescaped, so
 *    an '&' that starts such a sequence is written "&amp;" there;
 *  - tooltips are plain escStrings that Graphviz expands more than once,
 *    so a backslash there is shown as U+29F5 (reverse solidus operator);
 *  - cgraph keeps one string per value with an HTML flag: a plain string
 *    equal to an HTML one would share its flag.  Every HTML string made
 *    here starts with '<' and no plain string made here does.
 */
#include "export_int.h"

#include <cgraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TOOLTIP_MAX 600       /* bytes of text per tooltip part */
#define AFFIL_MAX_HOPS 8      /* affiliation chains longer than this are cycles */

typedef struct kind_style {
    const char *shape, *fill, *style;
} kind_style;

static const kind_style kind_styles[3] = {
    [AG_ACTOR_COUNTRY] = {"box", "#cfe2f3", "filled,bold"},
    [AG_ACTOR_PERSON] = {"ellipse", "#fff2cc", "filled"},
    [AG_ACTOR_ORGANIZATION] = {"hexagon", "#e4d7f5", "filled"},
};

static const kind_style *style_of(ag_actor_kind k)
{
    return &kind_styles[(unsigned)k < 3 ? k : AG_ACTOR_ORGANIZATION];
}


static const char *polarity_color(int p)
{
    return p < 0 ? COLOR_HOSTILE : p > 0 ? COLOR_COOP : COLOR_NEUTRAL;
}

/* ---- the cgraph drawing ---- */

typedef struct drawing {
    Agraph_t *ag;
    Agnode_t **nodes;    /* per graph node, NULL when not drawn */
    ag_buf buf;          /* scratch for attribute values */
    const ex_plan *plan; /* merged pairs, engine, labels */
} drawing;

/* A node name that cgraph and agwrite carry safely: the id when it is a
 * plain slug, else "_n<index>" (slugs never start with '_'). */
static int id_is_plain(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 200 || !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9')))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return 0;
    }
    return 1;
}

/* Sets a plain attribute (never starts with '<', see the top comment). */
static int set_plain(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, "");
}

/* Sets an HTML-like attribute from d->buf (which starts with '<'). */
static int set_html(drawing *d, void *obj, const char *name)
{
    char *h = agstrdup_html(d->ag, d->buf.data);
    if (!h)
        return -1;
    int r = agsafeset(obj, (char *)name, h, "");
    agstrfree(d->ag, h);
    return r;
}

/* d->buf = <FONT ...>text</FONT>, the text escaped. */
static int html_label(drawing *d, const char *font_attrs, const char *text, const char *suffix)
{
    ag_buf_reset(&d->buf);
    return ag_buf_printf(&d->buf, "<FONT %s>", font_attrs) || ex_put_text(&d->buf, text, ESC_GVHTML, 0) ||
           (suffix && ag_buf_puts(&d->buf, suffix)) || ag_buf_puts(&d->buf, "</FONT>");
}

/* The country node that node i belongs to by affiliation, or -1. */
static long country_of(const ag_graph *g, size_t i)
{
    for (int hop = 0; hop <= AFFIL_MAX_HOPS; hop++) {
        const ag_node *n = &g->nodes[i];
        if (n->kind == AG_ACTOR_COUNTRY)
            return (long)i;
        long next = n->affiliation ? ag_graph_find_node(g, n->affiliation) : -1;
        if (next < 0 || (size_t)next == i)
            return -1;
        i = (size_t)next;
    }
    return -1;
}

static int declare_attrs(Agraph_t *ag, const char *engine)
{
    static const char *const graph_attrs[][2] = {
        {"charset", "UTF-8"}, {"fontname", "Helvetica"}, {"outputorder", "edgesfirst"},
        {"overlap", "false"}, {"pad", "0.3"}, {"tooltip", "actor graph"},
    };
    static const char *const node_attrs[][2] = {
        {"label", "\\N"}, {"shape", "ellipse"}, {"style", "filled"}, {"fillcolor", "white"},
        {"color", "#444444"}, {"fontname", "Helvetica"}, {"fontsize", "11"}, {"tooltip", ""},
        {"class", ""},
    };
    static const char *const edge_attrs[][2] = {
        {"label", ""}, {"color", COLOR_NEUTRAL}, {"fontname", "Helvetica"}, {"fontsize", "9"},
        {"penwidth", "1"}, {"style", "solid"}, {"dir", "forward"}, {"arrowhead", "normal"},
        {"tooltip", ""}, {"class", ""},
    };
    for (size_t i = 0; i < sizeof graph_attrs / sizeof graph_attrs[0]; i++)
        if (!agattr(ag, AGRAPH, (char *)graph_attrs[i][0], (char *)graph_attrs[i][1]))
            return -1;
    /* dot draws stances left to right; other engines ignore rankdir.  The
     * drawing of a DOT file names any other engine it was planned for. */
    if (strcmp(engine, "dot") == 0 ? !agattr(ag, AGRAPH, "rankdir", "LR")
                                   : !agattr(ag, AGRAPH, "layout", (char *)engine))
        return -1;
    for (size_t i = 0; i < sizeof node_attrs / sizeof node_attrs[0]; i++)
        if (!agattr(ag, AGNODE, (char *)node_attrs[i][0], (char *)node_attrs[i][1]))
            return -1;
    for (size_t i = 0; i < sizeof edge_attrs / sizeof edge_attrs[0]; i++)
        if (!agattr(ag, AGEDGE, (char *)edge_attrs[i][0], (char *)edge_attrs[i][1]))
            return -1;
    return 0;
}

/* Node tooltip: "kind · code · member of X · N mentions in D documents". */
static int node_tooltip(drawing *d, const ag_graph *g, const ag_node *n)
{
    ag_buf *b = &d->buf;
    ag_buf_reset(b);
    int r = ag_buf_puts(b, ag_actor_kind_name(n->kind));
    if (n->code)
        r |= ag_buf_puts(b, " \xC2\xB7 code ") | ex_put_text(b, n->code, ESC_TOOLTIP, TOOLTIP_MAX);
    if (n->affiliation) {
        long a = ag_graph_find_node(g, n->affiliation);
        r |= ag_buf_puts(b, " \xC2\xB7 member of ") |
             ex_put_text(b, a >= 0 ? g->nodes[a].name : n->affiliation, ESC_TOOLTIP, TOOLTIP_MAX);
    }
    r |= ag_buf_printf(b, " \xC2\xB7 %ld mention%s in %ld document%s", n->mentions,
                       n->mentions == 1 ? "" : "s", n->docs, n->docs == 1 ? "" : "s");
    return r;
}

/* Edge tooltip: "kind: A → B, label ×w (polarity) | evidence...". */
static int link_tooltip(drawing *d, const ag_graph *g, const ag_link *l)
{
    ag_buf *b = &d->buf;
    ag_buf_reset(b);
    int r = ag_buf_printf(b, "%s: ", ag_rel_kind_name(l->kind));
    r |= ex_put_text(b, g->nodes[l->source].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, l->kind == AG_REL_STANCE ? " \xE2\x86\x92 " : l->kind == AG_REL_MEETING ? " \xE2\x80\x94 " : " \xE2\x86\x92 ");
    r |= ex_put_text(b, g->nodes[l->target].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, ", ") | ex_put_text(b, l->label, ESC_TOOLTIP, TOOLTIP_MAX);
    if (l->weight > 1)
        r |= ag_buf_printf(b, " \xC3\x97%ld", l->weight);
    if (l->kind != AG_REL_AFFILIATION)
        r |= ag_buf_printf(b, " (%s)", ex_polarity_name(l->polarity));
    if (l->location)
        r |= ag_buf_puts(b, " in ") | ex_put_text(b, l->location, ESC_TOOLTIP, TOOLTIP_MAX);
    size_t shown = l->n_evidence < 3 ? l->n_evidence : 3;
    for (size_t i = 0; i < shown; i++) {
        const ag_evidence *e = &l->evidence[i];
        r |= ag_buf_puts(b, " | ");
        if (e->doc)
            r |= ex_put_text(b, e->doc, ESC_TOOLTIP, 120) | ag_buf_puts(b, ": ");
        r |= e->text ? ex_put_text(b, e->text, ESC_TOOLTIP, TOOLTIP_MAX) : ag_buf_puts(b, "(no sentence)");
    }
    if (l->n_evidence > shown)
        r |= ag_buf_printf(b, " | and %zu more", l->n_evidence - shown);
    return r;
}

/* d->buf = the legend's table of link styles; the rows on merged pairs
 * and hidden labels only when the drawing has them. */
static int legend_links(drawing *d)
{
#define ROW "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\""
    ag_buf *b = &d->buf;
    ag_buf_reset(b);
    int r = ag_buf_printf(
        b,
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">"
        "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 hostile stance</FONT></TD></TR>"
        "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 cooperative stance</FONT></TD></TR>"
        "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 neutral stance</FONT></TD></TR>"
        "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x94\x80 meeting (no arrow)</FONT></TD></TR>"
        "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">- - \xE2\x96\xB7 member of (dashed)</FONT></TD></TR>"
        "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">thicker line, \xC3\x97N: seen N times</FONT></TD></TR>",
        COLOR_HOSTILE, COLOR_COOP, COLOR_NEUTRAL, COLOR_AFFIL);
    if (r == 0 && d->plan->pub.merged)
        r = ag_buf_printf(b, ROW ">N links: a pair with more than %d links, drawn as one line</FONT></TD></TR>",
                          AG_EXPORT_PARALLEL_MAX);
    if (r == 0 && !d->plan->pub.labels)
        r = ag_buf_puts(b, ROW ">labels: point at a line to see its relations</FONT></TD></TR>");
    return r || ag_buf_puts(b, "</TABLE>");
#undef ROW
}

static int add_legend(drawing *d)
{
    Agraph_t *lg = agsubg(d->ag, "cluster_legend", 1);
    if (!lg || html_label(d, "POINT-SIZE=\"12\"", "Legend", NULL) || set_html(d, lg, "label") ||
        set_plain(lg, "style", "rounded") || set_plain(lg, "color", "#bbbbbb") ||
        set_plain(lg, "tooltip", "legend"))
        return -1;
    static const ag_actor_kind kinds[3] = {AG_ACTOR_COUNTRY, AG_ACTOR_PERSON, AG_ACTOR_ORGANIZATION};
    for (int i = 0; i < 3; i++) {
        const char *kname = ag_actor_kind_name(kinds[i]);
        char name[64];
        snprintf(name, sizeof name, "_legend_%s", kname);
        Agnode_t *n = agnode(lg, name, 1);
        const kind_style *ks = style_of(kinds[i]);
        if (!n || html_label(d, "POINT-SIZE=\"10\"", kname, NULL) || set_html(d, n, "label") ||
            set_plain(n, "shape", ks->shape) || set_plain(n, "fillcolor", ks->fill) ||
            set_plain(n, "style", ks->style) || set_plain(n, "tooltip", kname) ||
            set_plain(n, "class", "legend"))
            return -1;
    }
    Agnode_t *n = agnode(lg, "_legend_links", 1);
    if (!n || legend_links(d) || set_html(d, n, "label") || set_plain(n, "shape", "plaintext") ||
        set_plain(n, "style", "solid") || set_plain(n, "tooltip", "link colours") ||
        set_plain(n, "class", "legend"))
        return -1;
    return 0;
}

/* Country clusters: each country that has members by affiliation gets a
 * subgraph holding it and its members. */
static int add_country_clusters(drawing *d, const ex_view *v)
{
    const ag_graph *g = v->g;
    int r = 0;
    long *home = malloc((g->n_nodes + 1) * sizeof *home);
    unsigned char *has_members = calloc(g->n_nodes + 1, 1);
    Agraph_t **sub = calloc(g->n_nodes + 1, sizeof *sub);
    if (!home || !has_members || !sub) {
        r = -1;
        goto out;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        home[i] = v->node_on[i] ? country_of(g, i) : -1;
        if (home[i] >= 0 && (size_t)home[i] != i && v->node_on[home[i]])
            has_members[home[i]] = 1;
        else if (home[i] >= 0 && (size_t)home[i] != i)
            home[i] = -1; /* its country is not drawn */
    }
    for (size_t c = 0; c < g->n_nodes && r == 0; c++) {
        if (!has_members[c])
            continue;
        char name[64];
        snprintf(name, sizeof name, "cluster_country_%zu", c);
        sub[c] = agsubg(d->ag, name, 1);
        if (!sub[c] || html_label(d, "POINT-SIZE=\"12\"", g->nodes[c].name, NULL) ||
            set_html(d, sub[c], "label") || set_plain(sub[c], "style", "rounded,dashed") ||
            set_plain(sub[c], "color", "#8aa9c9") || set_plain(sub[c], "tooltip", "country"))
            r = -1;
    }
    for (size_t i = 0; i < g->n_nodes && r == 0; i++)
        if (home[i] >= 0 && has_members[home[i]] && !agsubnode(sub[home[i]], d->nodes[i], 1))
            r = -1;
out:
    free(home);
    free(has_members);
    free(sub);
    return r;
}

static void drawing_free(drawing *d)
{
    if (d->ag)
        agclose(d->ag);
    free(d->nodes);
    ag_buf_free(&d->buf);
    memset(d, 0, sizeof *d);
}

/* Width grows with the log of how often the relation was seen. */
static int set_penwidth(Agedge_t *e, long weight)
{
    char pen[32];
    double pw = 1.0 + 1.5 * log2(weight > 1 ? (double)weight : 1.0);
    snprintf(pen, sizeof pen, "%.2f", pw > 8.0 ? 8.0 : pw);
    return set_plain(e, "penwidth", pen);
}

/* The drawn nodes: names first (plain strings, see the top comment), then
 * clusters, then labels, shapes and tooltips. */
static int draw_nodes(drawing *d, const ex_view *v, const ag_export_opts *o)
{
    const ag_graph *g = v->g;
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (!v->node_on[i])
            continue;
        char alt[32];
        const char *name = g->nodes[i].id;
        if (!id_is_plain(name)) {
            snprintf(alt, sizeof alt, "_n%zu", i);
            name = alt;
        }
        d->nodes[i] = agnode(d->ag, (char *)name, 1);
        if (!d->nodes[i])
            return -1;
    }
    if (o->cluster == AG_CLUSTER_COUNTRY && add_country_clusters(d, v))
        return -1;
    for (size_t i = 0; i < g->n_nodes; i++) {
        Agnode_t *n = d->nodes[i];
        if (!n)
            continue;
        const ag_node *gn = &g->nodes[i];
        const kind_style *ks = style_of(gn->kind);
        if (html_label(d, "POINT-SIZE=\"11\"", gn->name, NULL) || set_html(d, n, "label") ||
            set_plain(n, "shape", ks->shape) || set_plain(n, "fillcolor", ks->fill) ||
            set_plain(n, "style", ks->style) || node_tooltip(d, g, gn) ||
            set_plain(n, "tooltip", d->buf.data) ||
            set_plain(n, "class", ag_actor_kind_name(gn->kind)))
            return -1;
    }
    return 0;
}

/* One link as one edge: label "label ×N" (or only the tooltip). */
static int draw_link(drawing *d, const ag_graph *g, const ag_link *l)
{
    Agedge_t *e = agedge(d->ag, d->nodes[l->source], d->nodes[l->target], NULL, 1);
    if (!e)
        return -1;
    const char *color = l->kind == AG_REL_AFFILIATION ? COLOR_AFFIL : polarity_color(l->polarity);
    char font[64], times[32] = "", cls[64];
    snprintf(font, sizeof font, "COLOR=\"%s\" POINT-SIZE=\"9\"", color);
    if (l->weight > 1)
        snprintf(times, sizeof times, " \xC3\x97%ld", l->weight);
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), ex_polarity_name(l->polarity));
    if ((d->plan->pub.labels &&
         (html_label(d, font, l->label ? l->label : "", times) || set_html(d, e, "label"))) ||
        set_plain(e, "color", color) || set_penwidth(e, l->weight) || set_plain(e, "class", cls) ||
        link_tooltip(d, g, l) || set_plain(e, "tooltip", d->buf.data))
        return -1;
    if (l->kind == AG_REL_MEETING && set_plain(e, "dir", "none"))
        return -1;
    if (l->kind == AG_REL_AFFILIATION && (set_plain(e, "style", "dashed") || set_plain(e, "arrowhead", "empty")))
        return -1;
    return 0;
}

/* The n links of one pair as one edge: arrows for the directions present,
 * colour by the sign of the net polarity, width by the times seen. */
static int draw_bundle(drawing *d, const ag_graph *g, const size_t *links, size_t n)
{
    ex_bundle b;
    ex_bundle_sum(&b, g, links, n);
    Agedge_t *e = agedge(d->ag, d->nodes[b.tail], d->nodes[b.head], NULL, 1);
    if (!e)
        return -1;
    const char *color = b.affil_only ? COLOR_AFFIL : polarity_color(b.net < 0 ? -1 : b.net > 0);
    const char *dir = b.fwd && b.back ? "both" : b.fwd ? "forward" : b.back ? "back" : "none";
    char cls[64];
    snprintf(cls, sizeof cls, "merged %s", b.affil_only ? "affiliation" : ex_polarity_name(b.net < 0 ? -1 : b.net > 0));
    if (d->plan->pub.labels) {
        ag_buf_reset(&d->buf);
        if (ag_buf_printf(&d->buf, "<FONT COLOR=\"%s\" POINT-SIZE=\"9\">", color) ||
            ex_bundle_label(&d->buf, g, links, n) || ag_buf_puts(&d->buf, "</FONT>") || set_html(d, e, "label"))
            return -1;
    }
    ag_buf_reset(&d->buf);
    if (set_plain(e, "color", color) || set_penwidth(e, b.weight) || set_plain(e, "class", cls) ||
        set_plain(e, "dir", dir) || ex_bundle_tooltip(&d->buf, g, links, n) ||
        set_plain(e, "tooltip", d->buf.data))
        return -1;
    if (b.affil_only && (set_plain(e, "style", "dashed") || set_plain(e, "arrowhead", "empty")))
        return -1;
    return 0;
}

/* Edges in graph order; a merged pair is drawn where its first link is. */
static int draw_edges(drawing *d, const ex_view *v)
{
    const ag_graph *g = v->g;
    const ex_plan *p = d->plan;
    for (size_t i = 0; i < g->n_links; i++) {
        if (!v->link_on[i])
            continue;
        if (!ex_plan_merged(p, i)) {
            if (draw_link(d, g, &g->links[i]))
                return -1;
        } else if (p->order[p->run[i]] == i) {
            if (draw_bundle(d, g, &p->order[p->run[i]], p->run_len[p->run[i]]))
                return -1;
        }
    }
    return 0;
}

ag_status ex_draw(const ex_view *v, const ex_plan *p, const ag_export_opts *o, Agraph_t **out,
                  ag_error *err)
{
    drawing d;
    memset(&d, 0, sizeof d);
    d.plan = p;
    d.ag = agopen("actorgraph", Agdirected, NULL);
    d.nodes = calloc(v->g->n_nodes + 1, sizeof *d.nodes);
    if (!d.ag || !d.nodes || declare_attrs(d.ag, p->pub.engine) || draw_nodes(&d, v, o) ||
        draw_edges(&d, v) || (o->legend && v->n_nodes > 0 && add_legend(&d))) {
        drawing_free(&d);
        return ag_error_set(err, AG_ENOMEM, "out of memory while building the drawing");
    }
    *out = d.ag;
    d.ag = NULL;
    drawing_free(&d);
    return AG_OK;
}

ag_status ex_export_dot(const ex_view *v, const ex_plan *p, const ag_export_opts *o, FILE *out,
                        ag_error *err)
{
    Agraph_t *ag;
    ag_status st = ex_draw(v, p, o, &ag, err);
    if (st != AG_OK)
        return st;
    if (agwrite(ag, out) != 0 || fflush(out) == EOF || ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the DOT output");
    agclose(ag);
    return st;
}
