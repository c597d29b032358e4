/* export.c — see export.h.
 *
 * DOT and SVG share one cgraph drawing (build_drawing): DOT is agwrite of
 * it, SVG is gvLayout + gvRenderData of it in a GVC_t made per call.  The
 * other formats are written from the graph arrays with small escaping
 * writers.  Every format walks nodes and links in graph order, so the
 * output is deterministic.
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
 *
 * Graphviz plugins: gvContext() loads the pango text-layout plugin, which
 * keeps a pointer into the first context's font table in a static; a
 * second context in the same process then reads freed memory (ASan shows
 * it).  So each SVG export makes a context without configured plugins and
 * adds the core (SVG), dot and neato (neato, fdp, sfdp, circo, twopi)
 * plugin libraries itself; text is then measured with Graphviz's built-in
 * font metrics, which is what an SVG needs.  The libraries are opened
 * RTLD_NODELETE: their static buffers must outlive dlclose.
 */
#define _GNU_SOURCE /* dladdr, RTLD_NODELETE */
#include "export.h"

#include <cgraph.h>
#include <dlfcn.h>
#include <gvc.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "events_csv.h"

#define COLOR_HOSTILE "#d62728"
#define COLOR_COOP "#2ca02c"
#define COLOR_NEUTRAL "#7f7f7f"
#define COLOR_AFFIL "#6a6a6a"
#define TOOLTIP_MAX 600       /* bytes of text per tooltip part */
#define AFFIL_MAX_HOPS 8      /* affiliation chains longer than this are cycles */
#define SCHEMA_TAG "actorgraph-graph/1"

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

static const char *polarity_name(int p)
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

int ag_export_cluster_parse(const char *s, ag_export_cluster *c)
{
    if (s && strcmp(s, "none") == 0)
        *c = AG_CLUSTER_NONE;
    else if (s && strcmp(s, "country") == 0)
        *c = AG_CLUSTER_COUNTRY;
    else
        return -1;
    return 0;
}

int ag_export_layout_valid(const char *s)
{
    for (size_t i = 0; s && i < sizeof layouts / sizeof layouts[0]; i++)
        if (strcmp(s, layouts[i]) == 0)
            return 1;
    return 0;
}

/* ---- the selected part of the graph (max_nodes) ---- */

typedef struct view {
    const ag_graph *g;
    unsigned char *node_on, *link_on; /* one flag per node / link */
    size_t n_nodes, n_links;          /* how many are on */
    double *degree;                   /* weighted degree per node */
} view;

typedef struct rank_item {
    double degree;
    long mentions;
    size_t index;
} rank_item;

static int rank_cmp(const void *a, const void *b)
{
    const rank_item *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree > y->degree ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static void view_free(view *v)
{
    free(v->node_on);
    free(v->link_on);
    free(v->degree);
    memset(v, 0, sizeof *v);
}

/* Keeps the max_nodes nodes of highest weighted degree (ties: mentions,
 * then graph order) and the links among them; 0 keeps everything. */
static ag_status view_init(view *v, const ag_graph *g, size_t max_nodes, ag_error *err)
{
    ag_status st = AG_ENOMEM;
    rank_item *rank = NULL;
    memset(v, 0, sizeof *v);
    v->g = g;
    v->node_on = calloc(g->n_nodes + 1, 1);
    v->link_on = calloc(g->n_links + 1, 1);
    v->degree = calloc(g->n_nodes + 1, sizeof *v->degree);
    if (!v->node_on || !v->link_on || !v->degree)
        goto out;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->source >= g->n_nodes || l->target >= g->n_nodes)
            continue;
        double w = l->weight > 0 ? (double)l->weight : 1.0;
        v->degree[l->source] += w;
        v->degree[l->target] += w;
    }
    if (max_nodes == 0 || max_nodes >= g->n_nodes) {
        memset(v->node_on, 1, g->n_nodes);
        v->n_nodes = g->n_nodes;
    } else {
        rank = malloc(g->n_nodes * sizeof *rank);
        if (!rank)
            goto out;
        for (size_t i = 0; i < g->n_nodes; i++)
            rank[i] = (rank_item){v->degree[i], g->nodes[i].mentions, i};
        qsort(rank, g->n_nodes, sizeof *rank, rank_cmp);
        for (size_t i = 0; i < max_nodes; i++)
            v->node_on[rank[i].index] = 1;
        v->n_nodes = max_nodes;
    }
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->source < g->n_nodes && l->target < g->n_nodes && v->node_on[l->source] &&
            v->node_on[l->target]) {
            v->link_on[i] = 1;
            v->n_links++;
        }
    }
    st = AG_OK;
out:
    free(rank);
    if (st != AG_OK) {
        view_free(v);
        ag_error_set(err, st, "out of memory while selecting the nodes to export");
    }
    return st;
}

/* ---- text escaping ---- */

/* Escaping modes of put_text. */
enum {
    ESC_XML,     /* XML text or attribute value */
    ESC_GVHTML,  /* Graphviz HTML-like label text */
    ESC_TOOLTIP, /* Graphviz tooltip (plain escString) */
    ESC_RAW      /* only UTF-8 repair (CSV, JSON) */
};

/* Length of an "&name;" / "&#N;" / "&#xH;" sequence at s (s[0] == '&'),
 * as Graphviz's SVG writer recognizes it, or 0. */
static size_t entity_len(const char *s)
{
    const char *p = s + 1;
    if (*p == '#') {
        p++;
        if (*p == 'x' || *p == 'X') {
            p++;
            while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F'))
                p++;
        } else {
            while (*p >= '0' && *p <= '9')
                p++;
        }
    } else {
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
            p++;
    }
    return *p == ';' ? (size_t)(p - s + 1) : 0;
}

/* Length of the UTF-8 sequence at s (1..4) if valid, else 0. */
static size_t utf8_len(const char *s, size_t n)
{
    size_t k = ag_utf8_valid_prefix(s, n < 4 ? n : 4);
    if (k == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    size_t want = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return k >= want ? want : 0;
}

/* Appends up to `max` bytes of s (0 = all) escaped for `mode`.  Invalid
 * UTF-8 and characters XML 1.0 cannot carry become U+FFFD.  Returns 0, or
 * -1 when the buffer cannot grow. */
static int put_text(ag_buf *b, const char *s, int mode, size_t max)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    if (!s)
        return 0;
    size_t n = strlen(s), i = 0;
    int r = 0;
    if (max && n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* cut at a character boundary */
    }
    while (i < n && r == 0) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_len(s + i, n - i);
        if (k == 0) {
            r = ag_buf_append(b, fffd, 3);
            i++;
            continue;
        }
        if (k > 1) {
            /* U+FFFE and U+FFFF are not XML characters. */
            int nonchar = k == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
                          (unsigned char)s[i + 2] >= 0xBE;
            r = nonchar && mode != ESC_RAW ? ag_buf_append(b, fffd, 3) : ag_buf_append(b, s + i, k);
            i += k;
            continue;
        }
        i++;
        if (mode == ESC_RAW) {
            r = ag_buf_putc(b, (char)c);
            continue;
        }
        if (c < 0x20) {
            if (mode == ESC_XML)
                r = c == '\t' || c == '\n' || c == '\r' ? ag_buf_printf(b, "&#%u;", c)
                                                       : ag_buf_append(b, fffd, 3);
            else
                r = ag_buf_putc(b, ' '); /* Graphviz labels are one line here */
            continue;
        }
        switch (c) {
        case '&':
            if (mode == ESC_TOOLTIP)
                r = ag_buf_puts(b, entity_len(s + i - 1) ? "&amp;" : "&");
            else
                r = ag_buf_puts(b, "&amp;");
            break;
        case '<':
            r = ag_buf_puts(b, mode == ESC_TOOLTIP ? "<" : "&lt;");
            break;
        case '>':
            r = ag_buf_puts(b, mode == ESC_TOOLTIP ? ">" : "&gt;");
            break;
        case '"':
            r = ag_buf_puts(b, mode == ESC_TOOLTIP ? "\"" : "&quot;");
            break;
        case '\'':
            r = ag_buf_puts(b, mode == ESC_TOOLTIP ? "'" : "&#39;");
            break;
        case '\\':
            r = ag_buf_puts(b, mode == ESC_GVHTML ? "\\\\" : mode == ESC_TOOLTIP ? "\xE2\xA7\xB5" : "\\");
            break;
        default:
            r = ag_buf_putc(b, (char)c);
        }
    }
    if (r == 0 && max && strlen(s) > max)
        r = ag_buf_puts(b, "\xE2\x80\xA6"); /* … */
    return r;
}

/* ---- the cgraph drawing ---- */

typedef struct drawing {
    Agraph_t *ag;
    Agnode_t **nodes; /* per graph node, NULL when not drawn */
    ag_buf buf;       /* scratch for attribute values */
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
    return ag_buf_printf(&d->buf, "<FONT %s>", font_attrs) || put_text(&d->buf, text, ESC_GVHTML, 0) ||
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
    /* dot draws stances left to right; other engines ignore rankdir. */
    if (strcmp(engine, "dot") == 0 && !agattr(ag, AGRAPH, "rankdir", "LR"))
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
        r |= ag_buf_puts(b, " \xC2\xB7 code ") | put_text(b, n->code, ESC_TOOLTIP, TOOLTIP_MAX);
    if (n->affiliation) {
        long a = ag_graph_find_node(g, n->affiliation);
        r |= ag_buf_puts(b, " \xC2\xB7 member of ") |
             put_text(b, a >= 0 ? g->nodes[a].name : n->affiliation, ESC_TOOLTIP, TOOLTIP_MAX);
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
    r |= put_text(b, g->nodes[l->source].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, l->kind == AG_REL_STANCE ? " \xE2\x86\x92 " : l->kind == AG_REL_MEETING ? " \xE2\x80\x94 " : " \xE2\x86\x92 ");
    r |= put_text(b, g->nodes[l->target].name, ESC_TOOLTIP, TOOLTIP_MAX);
    r |= ag_buf_puts(b, ", ") | put_text(b, l->label, ESC_TOOLTIP, TOOLTIP_MAX);
    if (l->weight > 1)
        r |= ag_buf_printf(b, " \xC3\x97%ld", l->weight);
    if (l->kind != AG_REL_AFFILIATION)
        r |= ag_buf_printf(b, " (%s)", polarity_name(l->polarity));
    if (l->location)
        r |= ag_buf_puts(b, " in ") | put_text(b, l->location, ESC_TOOLTIP, TOOLTIP_MAX);
    size_t shown = l->n_evidence < 3 ? l->n_evidence : 3;
    for (size_t i = 0; i < shown; i++) {
        const ag_evidence *e = &l->evidence[i];
        r |= ag_buf_puts(b, " | ");
        if (e->doc)
            r |= put_text(b, e->doc, ESC_TOOLTIP, 120) | ag_buf_puts(b, ": ");
        r |= e->text ? put_text(b, e->text, ESC_TOOLTIP, TOOLTIP_MAX) : ag_buf_puts(b, "(no sentence)");
    }
    if (l->n_evidence > shown)
        r |= ag_buf_printf(b, " | and %zu more", l->n_evidence - shown);
    return r;
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
    ag_buf_reset(&d->buf);
    if (!n ||
        ag_buf_printf(
            &d->buf,
            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">"
            "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 hostile stance</FONT></TD></TR>"
            "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 cooperative stance</FONT></TD></TR>"
            "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x96\xB6 neutral stance</FONT></TD></TR>"
            "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\xE2\x94\x80\xE2\x94\x80 meeting (no arrow)</FONT></TD></TR>"
            "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"10\">- - \xE2\x96\xB7 member of (dashed)</FONT></TD></TR>"
            "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">thicker line, \xC3\x97N: seen N times</FONT></TD></TR>"
            "</TABLE>",
            COLOR_HOSTILE, COLOR_COOP, COLOR_NEUTRAL, COLOR_AFFIL) ||
        set_html(d, n, "label") || set_plain(n, "shape", "plaintext") ||
        set_plain(n, "style", "solid") || set_plain(n, "tooltip", "link colours") ||
        set_plain(n, "class", "legend"))
        return -1;
    return 0;
}

/* Country clusters: each country that has members by affiliation gets a
 * subgraph holding it and its members. */
static int add_country_clusters(drawing *d, const view *v)
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

static ag_status build_drawing(drawing *d, const view *v, const ag_export_opts *o, const char *engine,
                               ag_error *err)
{
    const ag_graph *g = v->g;
    memset(d, 0, sizeof *d);
    d->ag = agopen("actorgraph", Agdirected, NULL);
    d->nodes = calloc(g->n_nodes + 1, sizeof *d->nodes);
    if (!d->ag || !d->nodes || declare_attrs(d->ag, engine))
        goto oom;
    /* Every node and subgraph name first: they are plain strings. */
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
            goto oom;
    }
    if (o->cluster == AG_CLUSTER_COUNTRY && add_country_clusters(d, v))
        goto oom;
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
            goto oom;
    }
    for (size_t i = 0; i < g->n_links; i++) {
        if (!v->link_on[i])
            continue;
        const ag_link *l = &g->links[i];
        Agedge_t *e = agedge(d->ag, d->nodes[l->source], d->nodes[l->target], NULL, 1);
        if (!e)
            goto oom;
        const char *color = l->kind == AG_REL_AFFILIATION ? COLOR_AFFIL : polarity_color(l->polarity);
        char font[64], times[32] = "", pen[32], cls[64];
        snprintf(font, sizeof font, "COLOR=\"%s\" POINT-SIZE=\"9\"", color);
        if (l->weight > 1)
            snprintf(times, sizeof times, " \xC3\x97%ld", l->weight);
        /* Width grows with the log of how often the relation was seen. */
        double w = l->weight > 1 ? (double)l->weight : 1.0;
        double pw = 1.0 + 1.5 * log2(w);
        snprintf(pen, sizeof pen, "%.2f", pw > 8.0 ? 8.0 : pw);
        snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), polarity_name(l->polarity));
        if (html_label(d, font, l->label ? l->label : "", times) || set_html(d, e, "label") ||
            set_plain(e, "color", color) || set_plain(e, "penwidth", pen) ||
            set_plain(e, "class", cls) || link_tooltip(d, g, l) ||
            set_plain(e, "tooltip", d->buf.data))
            goto oom;
        if (l->kind == AG_REL_MEETING && set_plain(e, "dir", "none"))
            goto oom;
        if (l->kind == AG_REL_AFFILIATION &&
            (set_plain(e, "style", "dashed") || set_plain(e, "arrowhead", "empty")))
            goto oom;
    }
    if (o->legend && v->n_nodes > 0 && add_legend(d))
        goto oom;
    return AG_OK;
oom:
    drawing_free(d);
    return ag_error_set(err, AG_ENOMEM, "out of memory while building the drawing");
}

const char *ag_export_layout_for(const ag_graph *g, const ag_export_opts *o)
{
    if (o && o->layout)
        return o->layout;
    size_t n = g->n_nodes;
    if (o && o->max_nodes && o->max_nodes < n)
        n = o->max_nodes;
    return n <= AG_EXPORT_DOT_LAYOUT_MAX ? "dot" : "sfdp";
}

static ag_status export_dot(const view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    drawing d;
    ag_status st = build_drawing(&d, v, o, ag_export_layout_for(v->g, o), err);
    if (st != AG_OK)
        return st;
    if (agwrite(d.ag, out) != 0 || fflush(out) == EOF || ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the DOT output");
    drawing_free(&d);
    return st;
}

/* The last Graphviz message, trimmed, into buf (empty if none). */
static void last_gv_error(char *buf, size_t size)
{
    char *m = aglasterr();
    buf[0] = '\0';
    if (m) {
        size_t n = strlen(m);
        while (n > 0 && (m[n - 1] == '\n' || m[n - 1] == ' '))
            m[--n] = '\0';
        snprintf(buf, size, "%s", m);
        free(m);
    }
}

/* ---- SVG: a gvc context with the plugins we need ---- */

static const char *const gv_plugins[] = {"gvplugin_core", "gvplugin_dot_layout", "gvplugin_neato_layout"};
#define N_GV_PLUGINS (sizeof gv_plugins / sizeof gv_plugins[0])

typedef struct gv_session {
    GVC_t *gvc;
    void *libs[N_GV_PLUGINS];
} gv_session;

static void gv_close(gv_session *s)
{
    if (s->gvc)
        gvFreeContext(s->gvc);
    for (size_t i = 0; i < N_GV_PLUGINS; i++)
        if (s->libs[i])
            dlclose(s->libs[i]);
    memset(s, 0, sizeof *s);
}

/* Graphviz's plugin folder: $GVBINDIR as Graphviz reads it, else
 * "graphviz" beside libgvc.  *suffix gets libgvc's ".so.N". */
static int gv_plugin_dir(char *dir, size_t size, char *suffix, size_t suffix_size)
{
    Dl_info info;
    const char *env = getenv("GVBINDIR");
    snprintf(suffix, suffix_size, ".so.6");
    if (!dladdr((void *)gvContext, &info) || !info.dli_fname) {
        if (!env || !*env)
            return -1;
    } else {
        const char *base = strrchr(info.dli_fname, '/');
        const char *so = strstr(base ? base : info.dli_fname, ".so");
        if (so)
            snprintf(suffix, suffix_size, "%s", so);
        if (!env || !*env) {
            int n = base ? (int)(base - info.dli_fname) : 1;
            snprintf(dir, size, "%.*s/graphviz", n, base ? info.dli_fname : ".");
            return 0;
        }
    }
    snprintf(dir, size, "%s", env);
    return 0;
}

static ag_status gv_open(gv_session *s, ag_error *err)
{
    char dir[PATH_MAX], suffix[32], path[PATH_MAX + 64];
    memset(s, 0, sizeof *s);
    if (gv_plugin_dir(dir, sizeof dir, suffix, sizeof suffix))
        return ag_error_set(err, AG_ELIB,
                            "cannot find the Graphviz plugin folder; install the 'graphviz' "
                            "package or set GVBINDIR to its plugin folder");
    s->gvc = gvContextPlugins(NULL, 0);
    if (!s->gvc)
        return ag_error_set(err, AG_ENOMEM, "out of memory while starting Graphviz");
    for (size_t i = 0; i < N_GV_PLUGINS; i++) {
        const char *const tries[] = {suffix, ".so.6", ".so"};
        for (size_t t = 0; t < 3 && !s->libs[i]; t++) {
            snprintf(path, sizeof path, "%s/lib%s%s", dir, gv_plugins[i], tries[t]);
            s->libs[i] = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        }
        char sym[64];
        snprintf(sym, sizeof sym, "%s_LTX_library", gv_plugins[i]);
        gvplugin_library_t *lib = s->libs[i] ? dlsym(s->libs[i], sym) : NULL;
        if (!lib) {
            gv_close(s);
            return ag_error_set(err, AG_ELIB,
                                "Graphviz plugin lib%s is missing from %s, so Graphviz cannot lay "
                                "out or render SVG: install the 'graphviz' package (then 'dot -c' "
                                "as root registers its plugins)",
                                gv_plugins[i], dir);
        }
        gvAddLibrary(s->gvc, lib);
    }
    return AG_OK;
}

static ag_status export_svg(const view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    const char *engine = ag_export_layout_for(v->g, o);
    drawing d = {0};
    gv_session gs = {0};
    char *data = NULL;
    unsigned int len = 0;
    int laid = 0;
    char gvmsg[512];
    /* Graphviz reports through agerr; AGMAX keeps its messages off stderr
     * so that aglasterr() can hand them back for our own message. */
    agerrlevel_t prev_level = agseterr(AGMAX);
    ag_status st = build_drawing(&d, v, o, engine, err);
    if (st != AG_OK)
        goto out;
    st = gv_open(&gs, err);
    if (st != AG_OK)
        goto out;
    if (gvLayout(gs.gvc, d.ag, engine) != 0) {
        last_gv_error(gvmsg, sizeof gvmsg);
        st = ag_error_set(err, AG_ELIB,
                          "Graphviz could not lay out the graph with '%s'%s%s; if its plugins are "
                          "missing, install the 'graphviz' package, or run 'dot -c' as root to "
                          "register them",
                          engine, gvmsg[0] ? ": " : "", gvmsg);
        goto out;
    }
    laid = 1;
    if (gvRenderData(gs.gvc, d.ag, "svg", &data, &len) != 0 || !data || len == 0) {
        last_gv_error(gvmsg, sizeof gvmsg);
        st = ag_error_set(err, AG_ELIB,
                          "Graphviz could not render SVG%s%s; if its plugins are missing, install "
                          "the 'graphviz' package, or run 'dot -c' as root to register them",
                          gvmsg[0] ? ": " : "", gvmsg);
        goto out;
    }
    if (fwrite(data, 1, len, out) != len || fflush(out) == EOF || ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the SVG output");
out:
    if (data)
        gvFreeRenderData(data);
    if (laid)
        gvFreeLayout(gs.gvc, d.ag);
    drawing_free(&d);
    gv_close(&gs);
    agseterr(prev_level);
    return st;
}

/* ---- JSON ---- */

/* Keeps the nodes and links of the view in a node-link document. */
static int json_filter(json_t *root, const view *v, const char *edges_key)
{
    const ag_graph *g = v->g;
    json_t *nodes = json_object_get(root, "nodes"), *links = json_object_get(root, edges_key);
    json_t *kn = json_array(), *kl = json_array();
    int r = 0;
    if (!json_is_array(nodes) || !json_is_array(links) || !kn || !kl ||
        json_array_size(nodes) != g->n_nodes || json_array_size(links) != g->n_links) {
        r = -1;
        goto out;
    }
    for (size_t i = 0; i < g->n_nodes && r == 0; i++)
        if (v->node_on[i])
            r = json_array_append(kn, json_array_get(nodes, i));
    for (size_t i = 0; i < g->n_links && r == 0; i++)
        if (v->link_on[i])
            r = json_array_append(kl, json_array_get(links, i));
    if (r == 0)
        r = json_object_set(root, "nodes", kn) || json_object_set(root, edges_key, kl);
out:
    json_decref(kn);
    json_decref(kl);
    return r;
}

static ag_status dump_json(json_t *root, FILE *out, ag_error *err)
{
    if (json_dumpf(root, out, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17)) ||
        fputc('\n', out) == EOF || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the JSON output");
    return AG_OK;
}

static ag_status export_json(const view *v, const ag_export_opts *o, FILE *out, ag_error *err)
{
    const char *key = o->edges_key ? o->edges_key : "links";
    ag_status st = AG_OK;
    json_t *root = ag_graph_to_json(v->g, key);
    if (!root) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the JSON output");
        goto out;
    }
    json_t *meta = json_object_get(root, "graph");
    if (json_is_object(meta) && !json_object_get(meta, "schema") &&
        json_object_set_new(meta, "schema", json_string(SCHEMA_TAG))) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the JSON output");
        goto out;
    }
    if ((v->n_nodes != v->g->n_nodes || v->n_links != v->g->n_links) && json_filter(root, v, key)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while selecting the JSON nodes");
        goto out;
    }
    st = dump_json(root, out, err);
out:
    json_decref(root);
    return st;
}

/* ---- Cytoscape.js ---- */

/* A JSON string of s (repaired if not UTF-8), or null for NULL. */
static json_t *jtext(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (ag_utf8_valid_prefix(s, n) == n)
        return json_stringn(s, n);
    ag_buf b = AG_BUF_INIT;
    json_t *j = put_text(&b, s, ESC_RAW, 0) ? NULL : json_stringn(b.data ? b.data : "", b.len);
    ag_buf_free(&b);
    return j;
}

static int jset(json_t *o, const char *k, json_t *v)
{
    return v ? json_object_set_new(o, k, v) : -1;
}

static json_t *cyjs_node(const view *v, size_t i)
{
    const ag_node *n = &v->g->nodes[i];
    json_t *el = json_object(), *data = json_object();
    if (!el || !data || jset(data, "id", jtext(n->id)) || jset(data, "value", jtext(n->id)) ||
        jset(data, "name", jtext(n->name)) || jset(data, "kind", json_string(ag_actor_kind_name(n->kind))) ||
        jset(data, "code", jtext(n->code)) || jset(data, "affiliation", jtext(n->affiliation)) ||
        jset(data, "mentions", json_integer(n->mentions)) || jset(data, "docs", json_integer(n->docs)) ||
        jset(data, "degree", json_real(v->degree[i])) ||
        jset(el, "classes", json_string(ag_actor_kind_name(n->kind)))) {
        json_decref(el);
        json_decref(data);
        return NULL;
    }
    if (json_object_set_new(el, "data", data)) {
        json_decref(el);
        return NULL;
    }
    return el;
}

static json_t *cyjs_edge(const view *v, size_t i)
{
    const ag_graph *g = v->g;
    const ag_link *l = &g->links[i];
    char id[32], cls[64];
    snprintf(id, sizeof id, "e%zu", i);
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), polarity_name(l->polarity));
    json_t *el = json_object(), *data = json_object(), *ev = json_array();
    if (!el || !data || !ev)
        goto fail;
    for (size_t k = 0; k < l->n_evidence; k++)
        if (l->evidence[k].text && json_array_append_new(ev, jtext(l->evidence[k].text)))
            goto fail;
    if (jset(data, "id", json_string(id)) || jset(data, "source", jtext(g->nodes[l->source].id)) ||
        jset(data, "target", jtext(g->nodes[l->target].id)) || jset(data, "key", json_integer((json_int_t)i)) ||
        jset(data, "kind", json_string(ag_rel_kind_name(l->kind))) || jset(data, "label", jtext(l->label)) ||
        jset(data, "code", jtext(l->code)) || jset(data, "polarity", json_integer(l->polarity)) ||
        jset(data, "goldstein", json_real(isfinite(l->goldstein) ? l->goldstein : 0.0)) ||
        jset(data, "weight", json_integer(l->weight)) || jset(data, "location", jtext(l->location)) ||
        jset(data, "directed", json_boolean(l->kind != AG_REL_MEETING)))
        goto fail;
    if (json_object_set_new(data, "evidence", ev)) {
        ev = NULL;
        goto fail;
    }
    ev = NULL;
    if (jset(el, "classes", json_string(cls)))
        goto fail;
    if (json_object_set_new(el, "data", data)) {
        data = NULL;
        goto fail;
    }
    return el;
fail:
    json_decref(el);
    json_decref(data);
    json_decref(ev);
    return NULL;
}

static ag_status export_cyjs(const view *v, FILE *out, ag_error *err)
{
    ag_status st = AG_ENOMEM;
    json_t *root = json_object(), *els = json_object(), *nodes = json_array(), *edges = json_array();
    json_t *meta = json_object();
    if (!root || !els || !nodes || !edges || !meta)
        goto out;
    for (size_t i = 0; i < v->g->n_nodes; i++)
        if (v->node_on[i] && json_array_append_new(nodes, cyjs_node(v, i)))
            goto out;
    for (size_t i = 0; i < v->g->n_links; i++)
        if (v->link_on[i] && json_array_append_new(edges, cyjs_edge(v, i)))
            goto out;
    if (jset(meta, "name", json_string("actorgraph")) || jset(meta, "schema", json_string("actorgraph-cyjs/1")))
        goto out;
    /* set_new takes the reference even when it fails. */
    int bad = json_object_set_new(els, "nodes", nodes);
    nodes = NULL;
    bad |= json_object_set_new(els, "edges", edges);
    edges = NULL;
    bad |= json_object_set_new(root, "elements", els);
    els = NULL;
    bad |= json_object_set_new(root, "data", meta);
    meta = NULL;
    if (bad || jset(root, "directed", json_true()) || jset(root, "multigraph", json_true()))
        goto out;
    st = dump_json(root, out, err);
out:
    if (st == AG_ENOMEM)
        ag_error_set(err, st, "out of memory while writing the Cytoscape.js output");
    json_decref(root);
    json_decref(els);
    json_decref(nodes);
    json_decref(edges);
    json_decref(meta);
    return st;
}

/* ---- XML: GraphML and GEXF ---- */

static int xml_text(ag_buf *b, const char *s)
{
    return put_text(b, s ? s : "", ESC_XML, 0);
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

static ag_status write_buf(const ag_buf *b, FILE *out, const char *what, ag_error *err)
{
    if ((b->len && fwrite(b->data, 1, b->len, out) != b->len) || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the %s output", what);
    return AG_OK;
}

/* GraphML data element with an escaped string value; NULL writes nothing. */
static int gml_str(ag_buf *b, const char *key, const char *s)
{
    if (!s)
        return 0;
    return ag_buf_printf(b, "      <data key=\"%s\">", key) || xml_text(b, s) || ag_buf_puts(b, "</data>\n");
}

static ag_status export_graphml(const view *v, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    static const char *const keys[][4] = {
        {"n_name", "node", "name", "string"},        {"n_kind", "node", "kind", "string"},
        {"n_code", "node", "code", "string"},        {"n_affiliation", "node", "affiliation", "string"},
        {"n_mentions", "node", "mentions", "long"},  {"n_docs", "node", "docs", "long"},
        {"n_degree", "node", "degree", "double"},    {"e_kind", "edge", "kind", "string"},
        {"e_label", "edge", "label", "string"},      {"e_code", "edge", "code", "string"},
        {"e_polarity", "edge", "polarity", "int"},   {"e_goldstein", "edge", "goldstein", "double"},
        {"e_weight", "edge", "weight", "long"},      {"e_location", "edge", "location", "string"},
        {"e_evidence", "edge", "evidence", "string"}, {"e_docs", "edge", "docs", "string"},
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
                              "      <data key=\"n_degree\">%.17g</data>\n    </node>\n",
                          n->mentions, n->docs, v->degree[i]);
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
            r = ag_buf_puts(&b, "    </edge>\n");
    }
    if (r == 0)
        r = ag_buf_puts(&b, "  </graph>\n</graphml>\n");
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the GraphML output")
           : write_buf(&b, out, "GraphML", err);
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

static ag_status export_gexf(const view *v, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    int r = ag_buf_puts(
        &b,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        "  <meta>\n    <creator>actorgraph</creator>\n"
        "    <description>actor relationship graph</description>\n  </meta>\n"
        "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
        "    <attributes class=\"node\" mode=\"static\">\n"
        "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
        "      <attribute id=\"1\" title=\"code\" type=\"string\"/>\n"
        "      <attribute id=\"2\" title=\"affiliation\" type=\"string\"/>\n"
        "      <attribute id=\"3\" title=\"mentions\" type=\"long\"/>\n"
        "      <attribute id=\"4\" title=\"docs\" type=\"long\"/>\n"
        "      <attribute id=\"5\" title=\"degree\" type=\"double\"/>\n"
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
                              "          <attvalue for=\"5\" value=\"%.17g\"/>\n"
                              "        </attvalues>\n      </node>\n",
                          n->mentions, n->docs, v->degree[i]);
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
            r = ag_buf_puts(&b, "        </attvalues>\n      </edge>\n");
    }
    if (r == 0)
        r = ag_buf_puts(&b, "    </edges>\n  </graph>\n</gexf>\n");
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the GEXF output")
           : write_buf(&b, out, "GEXF", err);
    ag_buf_free(&b);
    return st;
}

/* ---- CSV (RFC 4180) ---- */

/* A text field: quoted when needed, quotes doubled; a leading = + - @ tab
 * or CR gets a ' so spreadsheets do not run it as a formula. */
static int csv_text(ag_buf *b, const char *s)
{
    ag_buf t = AG_BUF_INIT;
    int r = 0;
    if (!s)
        return 0;
    if (strchr("=+-@\t\r", s[0]) && s[0] != '\0')
        r = ag_buf_putc(&t, '\'');
    r = r || put_text(&t, s, ESC_RAW, 0);
    if (r == 0) {
        const char *p = t.data ? t.data : "";
        if (strpbrk(p, ",\"\r\n")) {
            r = ag_buf_putc(b, '"');
            for (; *p && r == 0; p++)
                r = *p == '"' ? ag_buf_puts(b, "\"\"") : ag_buf_putc(b, *p);
            r = r || ag_buf_putc(b, '"');
        } else {
            r = ag_buf_puts(b, p);
        }
    }
    ag_buf_free(&t);
    return r;
}

static ag_status export_csv(const view *v, int edges, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    int r;
    if (!edges) {
        r = ag_buf_puts(&b, "id,name,kind,code,affiliation,mentions,docs,degree\r\n");
        for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
            if (!v->node_on[i])
                continue;
            const ag_node *n = &g->nodes[i];
            r = csv_text(&b, n->id) || ag_buf_putc(&b, ',') || csv_text(&b, n->name) ||
                ag_buf_printf(&b, ",%s,", ag_actor_kind_name(n->kind)) || csv_text(&b, n->code) ||
                ag_buf_putc(&b, ',') || csv_text(&b, n->affiliation) ||
                ag_buf_printf(&b, ",%ld,%ld,%.17g\r\n", n->mentions, n->docs, v->degree[i]);
        }
    } else {
        r = ag_buf_puts(&b, "source,target,source_name,target_name,kind,label,code,polarity,"
                            "goldstein,weight,location,evidence\r\n");
        for (size_t i = 0; i < g->n_links && r == 0; i++) {
            if (!v->link_on[i])
                continue;
            const ag_link *l = &g->links[i];
            const ag_node *s = &g->nodes[l->source], *t = &g->nodes[l->target];
            r = csv_text(&b, s->id) || ag_buf_putc(&b, ',') || csv_text(&b, t->id) ||
                ag_buf_putc(&b, ',') || csv_text(&b, s->name) || ag_buf_putc(&b, ',') ||
                csv_text(&b, t->name) || ag_buf_printf(&b, ",%s,", ag_rel_kind_name(l->kind)) ||
                csv_text(&b, l->label) || ag_buf_putc(&b, ',') || csv_text(&b, l->code) ||
                ag_buf_printf(&b, ",%d,%.17g,%ld,", l->polarity,
                              isfinite(l->goldstein) ? l->goldstein : 0.0, l->weight) ||
                csv_text(&b, l->location) || ag_buf_putc(&b, ',') ||
                csv_text(&b, l->n_evidence ? l->evidence[0].text : NULL) || ag_buf_puts(&b, "\r\n");
        }
    }
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the CSV output")
           : write_buf(&b, out, "CSV", err);
    ag_buf_free(&b);
    return st;
}

/* ---- entry point ---- */

ag_status ag_export(const ag_graph *g, const ag_export_opts *o, FILE *out, ag_error *err)
{
    ag_export_opts defaults;
    view v = {0};
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
    st = view_init(&v, g, o->max_nodes, err);
    if (st != AG_OK)
        return st;
    switch (o->format) {
    case AG_EXPORT_DOT: st = export_dot(&v, o, out, err); break;
    case AG_EXPORT_SVG: st = export_svg(&v, o, out, err); break;
    case AG_EXPORT_JSON: st = export_json(&v, o, out, err); break;
    case AG_EXPORT_GRAPHML: st = export_graphml(&v, out, err); break;
    case AG_EXPORT_GEXF: st = export_gexf(&v, out, err); break;
    case AG_EXPORT_CSV_NODES: st = export_csv(&v, 0, out, err); break;
    case AG_EXPORT_CSV_EDGES: st = export_csv(&v, 1, out, err); break;
    case AG_EXPORT_CYJS: st = export_cyjs(&v, out, err); break;
    case AG_EXPORT_HTML: st = ag_export_html(g, v.node_on, v.link_on, v.degree, out, err); break;
    case AG_EXPORT_EVENTS_CSV: st = ag_events_csv_graph(g, AG_EVCSV_PHOENIX, out, err); break;
    }
    view_free(&v);
    return st;
}
