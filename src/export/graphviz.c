/* graphviz.c — DOT and SVG: one cgraph drawing (build_drawing); DOT is
 * agwrite of it, SVG is gvLayout + gvRenderData of it in a GVC_t made per
 * call.
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
#include "export_int.h"

#include <cgraph.h>
#include <dlfcn.h>
#include <gvc.h>
#include <limits.h>
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

static ag_status build_drawing(drawing *d, const ex_view *v, const ag_export_opts *o, const char *engine,
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
        snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), ex_polarity_name(l->polarity));
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

ag_status ex_export_dot(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err)
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

ag_status ex_export_svg(const ex_view *v, const ag_export_opts *o, FILE *out, ag_error *err)
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

