/* svg.c — SVG: the drawing of graphviz.c laid out and rendered in-process
 * (gvLayout, gvRenderData) in a GVC_t made per call.
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
#include <stdlib.h>
#include <string.h>

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

/* Lays out ag with engine in a context of its own and calls read(ag, arg)
 * on the laid-out graph (the HTML viewer's positions, html_layout.c). */
ag_status ag__ex_gv_layout(Agraph_t *ag, const char *engine, void (*read)(Agraph_t *, void *), void *arg,
                           ag_error *err)
{
    gv_session gs = {0};
    char gvmsg[512];
    agerrlevel_t prev_level = agseterr(AGMAX);
    ag_status st = gv_open(&gs, err);
    if (st == AG_OK && gvLayout(gs.gvc, ag, engine) != 0) {
        last_gv_error(gvmsg, sizeof gvmsg);
        st = ag_error_set(err, AG_ELIB, "Graphviz could not lay out the graph with '%s'%s%s",
                          engine, gvmsg[0] ? ": " : "", gvmsg);
    } else if (st == AG_OK) {
        read(ag, arg);
        gvFreeLayout(gs.gvc, ag);
    }
    gv_close(&gs);
    agseterr(prev_level);
    return st;
}

ag_status ag__ex_export_svg(const ex_view *v, const ex_plan *p, const ag_export_opts *o, FILE *out,
                        ag_error *err)
{
    const char *engine = p->pub.engine;
    Agraph_t *ag = NULL;
    gv_session gs = {0};
    char *data = NULL;
    unsigned int len = 0;
    int laid = 0;
    char gvmsg[512];
    /* Graphviz reports through agerr; AGMAX keeps its messages off stderr
     * so that aglasterr() can hand them back for our own message. */
    agerrlevel_t prev_level = agseterr(AGMAX);
    ag_status st = ag__ex_draw(v, p, o, &ag, err);
    if (st != AG_OK)
        goto out;
    st = gv_open(&gs, err);
    if (st != AG_OK)
        goto out;
    if (gvLayout(gs.gvc, ag, engine) != 0) {
        last_gv_error(gvmsg, sizeof gvmsg);
        st = ag_error_set(err, AG_ELIB,
                          "Graphviz could not lay out the graph with '%s'%s%s; if its plugins are "
                          "missing, install the 'graphviz' package, or run 'dot -c' as root to "
                          "register them",
                          engine, gvmsg[0] ? ": " : "", gvmsg);
        goto out;
    }
    laid = 1;
    if (gvRenderData(gs.gvc, ag, "svg", &data, &len) != 0 || !data || len == 0) {
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
        gvFreeLayout(gs.gvc, ag);
    if (ag)
        agclose(ag);
    gv_close(&gs);
    agseterr(prev_level);
    return st;
}
