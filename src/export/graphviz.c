/* graphviz.c — the cgraph drawing that DOT and SVG share (ag__ex_draw), as
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
    const ag_export_opts *o;
    long *country;       /* per graph node: its country (ag_graph_countries),
                            with --color or --cluster country */
    long *group;         /* per graph node: the palette slot of its country
                            or bloc (--color), -1 for none */
    size_t n_colored;    /* groups with a colour of their own */
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
    return ag_buf_printf(&d->buf, "<FONT %s>", font_attrs) || ag__ex_put_text(&d->buf, text, ESC_GVHTML, 0) ||
           (suffix && ag_buf_puts(&d->buf, suffix)) || ag_buf_puts(&d->buf, "</FONT>");
}

static int declare_attrs(Agraph_t *ag, const char *engine, int clusters)
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
    /* dot's old ranking fails on clusters that edges cross ("trouble in
     * init_rank"); newrank ranks the whole graph at once. */
    if (clusters && !agattr(ag, AGRAPH, "newrank", "true"))
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
        r |= ag_buf_puts(b, " \xC2\xB7 code ") | ag__ex_put_text(b, n->code, ESC_TOOLTIP, TOOLTIP_MAX);
    if (n->affiliation) {
        long a = ag_graph_find_node(g, n->affiliation);
        r |= ag_buf_puts(b, " \xC2\xB7 member of ") |
             ag__ex_put_text(b, a >= 0 ? g->nodes[a].name : n->affiliation, ESC_TOOLTIP, TOOLTIP_MAX);
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
    r |= ag__ex_put_text(b, g->nodes[l->source].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, l->kind == AG_REL_MEETING ? " \xE2\x80\x94 " : " \xE2\x86\x92 ");
    r |= ag__ex_put_text(b, g->nodes[l->target].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, ", ") | ag__ex_put_text(b, l->label, ESC_TOOLTIP, TOOLTIP_MAX);
    if (l->weight > 1)
        r |= ag_buf_printf(b, " \xC3\x97%ld", l->weight);
    if (l->kind != AG_REL_AFFILIATION)
        r |= ag_buf_printf(b, " (%s)", ag__ex_polarity_name(l->polarity));
    if (l->location)
        r |= ag_buf_puts(b, " in ") | ag__ex_put_text(b, l->location, ESC_TOOLTIP, TOOLTIP_MAX);
    size_t shown = l->n_evidence < 3 ? l->n_evidence : 3;
    for (size_t i = 0; i < shown; i++) {
        const ag_evidence *e = &l->evidence[i];
        r |= ag_buf_puts(b, " | ");
        if (e->doc)
            r |= ag__ex_put_text(b, e->doc, ESC_TOOLTIP, 120) | ag_buf_puts(b, ": ");
        r |= e->text ? ag__ex_put_text(b, e->text, ESC_TOOLTIP, TOOLTIP_MAX) : ag_buf_puts(b, "(no sentence)");
    }
    if (l->n_evidence > shown)
        r |= ag_buf_printf(b, " | and %zu more", l->n_evidence - shown);
    return r;
}

static const char *const size_words[] = {"", "weighted degree", "PageRank", "betweenness",
                                         "eigenvector centrality", "harmonic closeness", "strength"};

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
    if (r == 0 && d->o->size != AG_SIZE_NONE)
        r = ag_buf_printf(b, ROW ">larger actor: higher %s</FONT></TD></TR>", size_words[d->o->size]);
    if (r == 0 && d->o->color != AG_COLOR_KIND)
        r = ag_buf_printf(b, ROW ">fill: %s (the %zu largest coloured, others pale grey)</FONT></TD></TR>",
                          d->o->color == AG_COLOR_BLOC ? "bloc of cooperation (Leiden)" : "country, through affiliations",
                          d->n_colored);
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
            set_plain(n, "shape", ks->shape) || set_plain(n, "fillcolor", d->group ? "white" : ks->fill) ||
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
        home[i] = v->node_on[i] ? d->country[i] : -1;
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

/* ---- --size, --color and --cluster bloc ---- */

/* Fills for --color bloc / country (ColorBrewer Set3): the PALETTE_N
 * largest blocs or most connected countries get one each, the rest
 * OTHER_FILL. */
static const char *const palette[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                      "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
#define PALETTE_N (sizeof palette / sizeof palette[0])
#define OTHER_FILL "#f5f5f5"

static const ag_actor_stats *stats_of(const ex_view *v, size_t i)
{
    return v->an ? ag_analysis_node(v->an, i) : NULL;
}

/* --color country: each drawn node's country gets the palette slot of its
 * rank among the drawn countries; -1 without one. */
static int country_groups(drawing *d, const ex_view *v)
{
    const ag_graph *g = v->g;
    rank_item *order = malloc((g->n_nodes + 1) * sizeof *order);
    size_t n = 0;
    long *slot = malloc((g->n_nodes + 1) * sizeof *slot);
    if (!order || !slot) {
        free(order);
        free(slot);
        return -1;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        slot[i] = -1;
        if (v->node_on[i] && g->nodes[i].kind == AG_ACTOR_COUNTRY)
            order[n++] = (rank_item){v->degree[i], g->nodes[i].mentions, i};
    }
    qsort(order, n, sizeof *order, ag__ex_rank_cmp); /* most connected first */
    for (size_t k = 0; k < n; k++)
        slot[order[k].index] = (long)k;
    for (size_t i = 0; i < g->n_nodes; i++) {
        long c = v->node_on[i] ? d->country[i] : -1;
        d->group[i] = c >= 0 ? slot[c] : -1;
    }
    d->n_colored = n < PALETTE_N ? n : PALETTE_N;
    free(order);
    free(slot);
    return 0;
}

/* The colour group of every node (--color), as a palette index or -1. */
static int node_groups(drawing *d, const ex_view *v)
{
    if (d->o->color == AG_COLOR_COUNTRY || d->o->cluster == AG_CLUSTER_COUNTRY) {
        d->country = malloc((v->g->n_nodes + 1) * sizeof *d->country);
        if (!d->country || ag_graph_countries(v->g, d->country))
            return -1;
    }
    if (d->o->color == AG_COLOR_KIND)
        return 0;
    d->group = malloc((v->g->n_nodes + 1) * sizeof *d->group);
    if (!d->group)
        return -1;
    if (d->o->color == AG_COLOR_COUNTRY)
        return country_groups(d, v);
    for (size_t i = 0; i < v->g->n_nodes; i++) {
        const ag_actor_stats *st = stats_of(v, i);
        d->group[i] = st && st->community > 0 ? st->community - 1 : -1;
        if (d->group[i] >= 0 && (size_t)d->group[i] + 1 > d->n_colored)
            d->n_colored = (size_t)d->group[i] + 1 < PALETTE_N ? (size_t)d->group[i] + 1 : PALETTE_N;
    }
    return 0;
}

static const char *node_fill(const drawing *d, size_t i, const kind_style *ks)
{
    if (!d->group)
        return ks->fill;
    return d->group[i] >= 0 && (size_t)d->group[i] < PALETTE_N ? palette[d->group[i]] : OTHER_FILL;
}

/* The --size measure of node i (0 when the analysis left it out). */
static double size_measure(const ex_view *v, ag_export_size z, size_t i)
{
    const ag_actor_stats *st = z == AG_SIZE_DEGREE ? NULL : stats_of(v, i);
    switch (z) {
    case AG_SIZE_DEGREE: return v->degree[i];
    case AG_SIZE_PAGERANK: return st ? st->pagerank : 0;
    case AG_SIZE_BETWEENNESS: return st ? st->betweenness : 0;
    case AG_SIZE_EIGENVECTOR: return st ? st->eigenvector : 0;
    case AG_SIZE_HARMONIC: return st ? st->harmonic : 0;
    case AG_SIZE_STRENGTH: return st ? st->strength : 0;
    default: return 0;
    }
}

/* Node i's size as a share of the largest drawn (area grows with the
 * measure, so the side with its square root), 0..1; -1 without --size. */
static double size_share(const drawing *d, const ex_view *v, size_t i, double max)
{
    if (d->o->size == AG_SIZE_NONE)
        return -1;
    double x = size_measure(v, d->o->size, i);
    return max > 0 && isfinite(x) && x > 0 ? sqrt(x / max) : 0;
}

static double size_max(const drawing *d, const ex_view *v)
{
    double max = 0;
    for (size_t i = 0; d->o->size != AG_SIZE_NONE && i < v->g->n_nodes; i++) {
        double x = v->node_on[i] ? size_measure(v, d->o->size, i) : 0;
        if (isfinite(x) && x > max)
            max = x;
    }
    return max;
}

/* Width, height and font of a node whose size says share (0..1). */
static int set_size(Agnode_t *n, double share, char *font, size_t font_size)
{
    char w[32], h[32];
    snprintf(w, sizeof w, "%.2f", 0.6 + 2.4 * share);
    snprintf(h, sizeof h, "%.2f", 0.35 + 1.4 * share);
    snprintf(font, font_size, "POINT-SIZE=\"%.0f\"", 9 + 15 * share);
    return set_plain(n, "width", w) || set_plain(n, "height", h);
}

/* --cluster bloc: a box per bloc with two or more drawn members. */
static int add_bloc_clusters(drawing *d, const ex_view *v)
{
    const ag_graph *g = v->g;
    size_t *members = calloc(g->n_nodes + 2, sizeof *members);
    Agraph_t **sub = calloc(g->n_nodes + 2, sizeof *sub);
    int r = members && sub ? 0 : -1;
    for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
        const ag_actor_stats *st = d->nodes[i] ? stats_of(v, i) : NULL;
        if (st && st->community > 0 && (size_t)st->community <= g->n_nodes)
            members[st->community]++;
    }
    for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
        const ag_actor_stats *st = d->nodes[i] ? stats_of(v, i) : NULL;
        if (!st || st->community <= 0 || (size_t)st->community > g->n_nodes || members[st->community] < 2)
            continue;
        size_t c = (size_t)st->community;
        if (!sub[c]) {
            char name[64], label[64];
            snprintf(name, sizeof name, "cluster_bloc_%zu", c);
            snprintf(label, sizeof label, "bloc %zu (%zu actors)", c, members[c]);
            sub[c] = agsubg(d->ag, name, 1);
            if (!sub[c] || html_label(d, "POINT-SIZE=\"12\"", label, NULL) || set_html(d, sub[c], "label") ||
                set_plain(sub[c], "style", "rounded,dashed") || set_plain(sub[c], "color", "#8aa9c9") ||
                set_plain(sub[c], "tooltip", "bloc"))
                r = -1;
        }
        if (r == 0 && !agsubnode(sub[c], d->nodes[i], 1))
            r = -1;
    }
    free(members);
    free(sub);
    return r;
}

static void drawing_free(drawing *d)
{
    if (d->ag)
        agclose(d->ag);
    free(d->nodes);
    free(d->group);
    free(d->country);
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
    if ((o->cluster == AG_CLUSTER_COUNTRY && add_country_clusters(d, v)) ||
        (o->cluster == AG_CLUSTER_BLOC && add_bloc_clusters(d, v)))
        return -1;
    double max = size_max(d, v);
    for (size_t i = 0; i < g->n_nodes; i++) {
        Agnode_t *n = d->nodes[i];
        if (!n)
            continue;
        const ag_node *gn = &g->nodes[i];
        const kind_style *ks = style_of(gn->kind);
        char font[32] = "POINT-SIZE=\"11\"";
        double share = size_share(d, v, i, max);
        if ((share >= 0 && set_size(n, share, font, sizeof font)) || html_label(d, font, gn->name, NULL) ||
            set_html(d, n, "label") || set_plain(n, "shape", ks->shape) ||
            set_plain(n, "fillcolor", node_fill(d, i, ks)) ||
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
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), ag__ex_polarity_name(l->polarity));
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
    ag__ex_bundle_sum(&b, g, links, n);
    Agedge_t *e = agedge(d->ag, d->nodes[b.tail], d->nodes[b.head], NULL, 1);
    if (!e)
        return -1;
    const char *color = b.affil_only ? COLOR_AFFIL : polarity_color(b.net < 0 ? -1 : b.net > 0);
    const char *dir = b.fwd && b.back ? "both" : b.fwd ? "forward" : b.back ? "back" : "none";
    char cls[64];
    snprintf(cls, sizeof cls, "merged %s", b.affil_only ? "affiliation" : ag__ex_polarity_name(b.net < 0 ? -1 : b.net > 0));
    if (d->plan->pub.labels) {
        ag_buf_reset(&d->buf);
        if (ag_buf_printf(&d->buf, "<FONT COLOR=\"%s\" POINT-SIZE=\"9\">", color) ||
            ag__ex_bundle_label(&d->buf, g, links, n) || ag_buf_puts(&d->buf, "</FONT>") || set_html(d, e, "label"))
            return -1;
    }
    ag_buf_reset(&d->buf);
    if (set_plain(e, "color", color) || set_penwidth(e, b.weight) || set_plain(e, "class", cls) ||
        set_plain(e, "dir", dir) || ag__ex_bundle_tooltip(&d->buf, g, links, n) ||
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
        if (!ag__ex_plan_merged(p, i)) {
            if (draw_link(d, g, &g->links[i]))
                return -1;
        } else if (p->order[p->run[i]] == i) {
            if (draw_bundle(d, g, &p->order[p->run[i]], p->run_len[p->run[i]]))
                return -1;
        }
    }
    return 0;
}

ag_status ag__ex_draw(const ex_view *v, const ex_plan *p, const ag_export_opts *o, Agraph_t **out,
                  ag_error *err)
{
    drawing d;
    memset(&d, 0, sizeof d);
    d.plan = p;
    d.ag = ag__ex_agopen("actorgraph");
    d.nodes = calloc(v->g->n_nodes + 1, sizeof *d.nodes);
    d.o = o;
    if (!d.ag || !d.nodes || declare_attrs(d.ag, p->pub.engine, o->cluster != AG_CLUSTER_NONE) ||
        node_groups(&d, v) || draw_nodes(&d, v, o) ||
        draw_edges(&d, v) || (o->legend && v->n_nodes > 0 && add_legend(&d))) {
        drawing_free(&d);
        return ag_error_set(err, AG_ENOMEM, "out of memory while building the drawing");
    }
    *out = d.ag;
    d.ag = NULL;
    drawing_free(&d);
    return AG_OK;
}

ag_status ag__ex_export_dot(const ex_view *v, const ex_plan *p, const ag_export_opts *o, FILE *out,
                        ag_error *err)
{
    Agraph_t *ag;
    ag_status st = ag__ex_draw(v, p, o, &ag, err);
    if (st != AG_OK)
        return st;
    if (agwrite(ag, out) != 0 || fflush(out) == EOF || ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the DOT output");
    agclose(ag);
    return st;
}
