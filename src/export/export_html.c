/* export_html.c — `-f html`: one self-contained, offline page that draws the
 * graph with cytoscape.js (see export.h and docs/export.md).
 *
 * The page is the template viewer/page.html with four lines replaced:
 * @@VIEWER_CSS@@, @@GRAPH_DATA@@, @@CYTOSCAPE_JS@@ and @@VIEWER_JS@@.  The
 * template, viewer.css, viewer.js and npm's cytoscape.min.js are compiled
 * into the binary by the Makefile (tools/embed.c -> build/viewer_data.c).
 * When npm was not available at build time the cytoscape array is empty
 * and the export fails with a message that says how to get it.
 *
 * Names and evidence are untrusted text.  The graph goes into the page as
 * JSON built with jansson, inside <script type="application/json">; the
 * dumped string then has every '<', '>' and '&' written as \u003c, \u003e,
 * \u0026 (and U+2028/U+2029 escaped too), so no name can close the script
 * element or open a comment, and JSON.parse gives back the exact text.
 * viewer.js shows it through textContent only.
 *
 * Deterministic: nodes and links in graph order, keys sorted, the
 * centralities from ag_analysis_run (seeded), no date or random id.
 */
#include "export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "graph_int.h"

/* build/viewer_data.c, made by the Makefile. */
extern const unsigned char ag_viewer_page[], ag_viewer_css[], ag_viewer_js[], ag_viewer_cytoscape_js[];
extern const size_t ag_viewer_page_len, ag_viewer_css_len, ag_viewer_js_len, ag_viewer_cytoscape_js_len;

#define HTML_SCHEMA "actorgraph-html/1"
/* Enough digits for centralities; 17 would only add noise to the page. */
#define HTML_REAL_PRECISION 10

int ag_export_html_available(void)
{
    return ag_viewer_cytoscape_js_len > 0;
}

/* ---- the graph as JSON ---- */

/* A JSON string of s, invalid UTF-8 replaced by U+FFFD (a graph read from
 * JSON is clean already; a hand-made one may not be), or null for NULL. */
static json_t *jtext(ag_arena *a, const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (ag_utf8_valid_prefix(s, n) == n)
        return json_stringn(s, n);
    const char *clean = ag_utf8_sanitize(a, s, n);
    return clean ? json_string(clean) : NULL;
}

/* json_object_set_new that also fails on a NULL value (a failed
 * constructor); the reference is taken either way. */
static int jset(json_t *o, const char *k, json_t *v)
{
    return v ? json_object_set_new(o, k, v) : -1;
}

/* Appends v to arr; takes the reference, fails on NULL. */
static int jpush(json_t *arr, json_t *v)
{
    return v ? json_array_append_new(arr, v) : -1;
}

static json_t *jreal(double x)
{
    return isfinite(x) ? json_real(x) : json_null();
}

/* {"data": data, "classes": classes}; takes the reference to data. */
static json_t *element(json_t *data, const char *classes)
{
    json_t *el = json_object();
    if (!el || !data || jset(el, "classes", json_string(classes))) {
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

static json_t *html_node(const ag_graph *g, size_t i, double degree, const ag_actor_stats *st, ag_arena *a)
{
    const ag_node *n = &g->nodes[i];
    char id[32];
    snprintf(id, sizeof id, "n%zu", i);
    long affil = n->affiliation ? ag_graph_find_node(g, n->affiliation) : -1;
    json_t *d = json_object(), *aliases = json_array();
    if (!d || !aliases)
        goto fail;
    for (size_t k = 0; k < n->n_aliases; k++)
        if (jpush(aliases, jtext(a, n->aliases[k])))
            goto fail;
    /* Cytoscape ids are "n<index>": actor ids come from the input and
     * could break cytoscape selectors such as cy.$('#id'). */
    if (jset(d, "id", json_string(id)) || jset(d, "actor", jtext(a, n->id)) ||
        jset(d, "name", jtext(a, n->name)) || jset(d, "kind", json_string(ag_actor_kind_name(n->kind))) ||
        jset(d, "code", jtext(a, n->code)) || jset(d, "affiliation", jtext(a, n->affiliation)) ||
        jset(d, "affiliation_name", affil >= 0 ? jtext(a, g->nodes[affil].name) : json_null()) ||
        jset(d, "mentions", json_integer(n->mentions)) || jset(d, "docs", json_integer(n->docs)) ||
        jset(d, "degree", jreal(degree)) ||
        jset(d, "pagerank", st ? jreal(st->pagerank) : json_null()) ||
        jset(d, "betweenness", st ? jreal(st->betweenness) : json_null()) ||
        jset(d, "strength", st ? jreal(st->strength) : json_null()) ||
        jset(d, "community", st ? json_integer(st->community) : json_null()))
        goto fail;
    if (json_object_set_new(d, "aliases", aliases)) {
        json_decref(d);
        return NULL;
    }
    return element(d, ag_actor_kind_name(n->kind));
fail:
    json_decref(d);
    json_decref(aliases);
    return NULL;
}

static json_t *html_evidence(const ag_evidence *e, ag_arena *a)
{
    json_t *o = json_object();
    if (!o || jset(o, "doc", jtext(a, e->doc)) ||
        jset(o, "sentence", e->sentence >= 0 ? json_integer(e->sentence) : json_null()) ||
        jset(o, "text", jtext(a, e->text)) || jset(o, "date", jtext(a, e->date))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *html_edge(const ag_graph *g, size_t i, ag_arena *a)
{
    const ag_link *l = &g->links[i];
    const char *pol = l->polarity < 0 ? "hostile" : l->polarity > 0 ? "cooperative" : "neutral";
    char id[32], src[32], tgt[32], cls[64];
    snprintf(id, sizeof id, "e%zu", i);
    snprintf(src, sizeof src, "n%zu", l->source);
    snprintf(tgt, sizeof tgt, "n%zu", l->target);
    snprintf(cls, sizeof cls, "%s %s", ag_rel_kind_name(l->kind), pol);
    json_t *d = json_object(), *ev = json_array();
    if (!d || !ev)
        goto fail;
    for (size_t k = 0; k < l->n_evidence; k++)
        if (jpush(ev, html_evidence(&l->evidence[k], a)))
            goto fail;
    if (jset(d, "id", json_string(id)) || jset(d, "source", json_string(src)) ||
        jset(d, "target", json_string(tgt)) || jset(d, "kind", json_string(ag_rel_kind_name(l->kind))) ||
        jset(d, "label", jtext(a, l->label)) || jset(d, "code", jtext(a, l->code)) ||
        jset(d, "polarity", json_integer(l->polarity)) || jset(d, "goldstein", jreal(l->goldstein)) ||
        jset(d, "weight", json_integer(l->weight)) || jset(d, "location", jtext(a, l->location)) ||
        jset(d, "directed", json_boolean(l->kind != AG_REL_MEETING)))
        goto fail;
    if (json_object_set_new(d, "evidence", ev)) {
        json_decref(d);
        return NULL;
    }
    return element(d, cls);
fail:
    json_decref(d);
    json_decref(ev);
    return NULL;
}

/* The page's graph-data object; NULL on OOM. */
static json_t *html_data(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                         const double *degree, const ag_analysis *an, ag_arena *a)
{
    json_t *root = json_object(), *nodes = json_array(), *edges = json_array();
    if (!root || !nodes || !edges)
        goto fail;
    for (size_t i = 0; i < g->n_nodes; i++)
        if ((!node_on || node_on[i]) &&
            jpush(nodes, html_node(g, i, degree[i], an ? ag_analysis_node(an, i) : NULL, a)))
            goto fail;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->source >= g->n_nodes || l->target >= g->n_nodes)
            continue;
        if (link_on ? !link_on[i] : (node_on && (!node_on[l->source] || !node_on[l->target])))
            continue;
        if (jpush(edges, html_edge(g, i, a)))
            goto fail;
    }
    int bad = json_object_set_new(root, "nodes", nodes);
    nodes = NULL;
    bad |= json_object_set_new(root, "edges", edges);
    edges = NULL;
    if (bad || jset(root, "schema", json_string(HTML_SCHEMA)) || jset(root, "directed", json_true()))
        goto fail;
    return root;
fail:
    json_decref(root);
    json_decref(nodes);
    json_decref(edges);
    return NULL;
}

/* Appends the dumped JSON with the characters that mean something to the
 * HTML parser inside a script element written as JSON escapes.  In
 * jansson's output these bytes only occur as literal characters inside
 * strings (never after a backslash), where \uXXXX means the same. */
static int put_json_for_script(ag_buf *b, const char *s)
{
    int r = 0;
    for (const char *p = s; *p && r == 0; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '<')
            r = ag_buf_puts(b, "\\u003c");
        else if (c == '>')
            r = ag_buf_puts(b, "\\u003e");
        else if (c == '&')
            r = ag_buf_puts(b, "\\u0026");
        else if (c == 0xE2 && (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
            /* U+2028/U+2029: valid in JSON, line breaks to some JS tools. */
            r = ag_buf_puts(b, (unsigned char)p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 2;
        } else
            r = ag_buf_putc(b, (char)c);
    }
    return r;
}

/* ---- the page ---- */

/* 1 if data[0..n) contains needle, ASCII case-insensitive. */
static int contains_ci(const unsigned char *data, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && (data[i + j] | 0x20) == (needle[j] | 0x20))
            j++;
        if (j == k)
            return 1;
    }
    return 0;
}

typedef struct slot {
    const char *name;          /* the template line "@@name@@" */
    const unsigned char *data; /* what replaces it */
    size_t len;
    const char *what;          /* for messages */
    const char *closer;        /* must not appear in data, or NULL */
    int used;
} slot;

/* The template with each @@NAME@@ line replaced by its slot. */
static ag_status fill_template(ag_buf *b, slot *slots, size_t n_slots, ag_error *err)
{
    const char *t = (const char *)ag_viewer_page, *end = t + ag_viewer_page_len;
    int r = 0;
    while (t < end && r == 0) {
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        const char *eol = nl ? nl : end, *next = nl ? nl + 1 : end;
        size_t len = (size_t)(eol - t);
        if (len > 4 && memcmp(t, "@@", 2) == 0 && memcmp(eol - 2, "@@", 2) == 0) {
            size_t k = 0;
            while (k < n_slots && !(strlen(slots[k].name) == len - 4 && memcmp(slots[k].name, t + 2, len - 4) == 0))
                k++;
            if (k == n_slots || slots[k].used)
                return ag_error_set(err, AG_ELIB, "the HTML page template has %s placeholder '%.*s' "
                                    "(viewer/page.html; rebuild actorgraph)",
                                    k == n_slots ? "an unknown" : "a repeated", (int)(len > 64 ? 64 : len), t);
            slots[k].used = 1;
            r = ag_buf_append(b, (const char *)slots[k].data, slots[k].len);
            if (r == 0 && nl)
                r = ag_buf_putc(b, '\n');
        } else {
            r = ag_buf_append(b, t, (size_t)(next - t));
        }
        t = next;
    }
    if (r)
        return ag_error_set(err, AG_ENOMEM, "out of memory while writing the HTML output");
    for (size_t k = 0; k < n_slots; k++)
        if (!slots[k].used)
            return ag_error_set(err, AG_ELIB, "the HTML page template has no '@@%s@@' line "
                                "(viewer/page.html; rebuild actorgraph)", slots[k].name);
    return AG_OK;
}

ag_status ag_export_html(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                         const double *degree, FILE *out, ag_error *err)
{
    ag_status st = AG_OK;
    ag_analysis *an = NULL;
    ag_arena *arena = NULL;
    json_t *data = NULL;
    char *dumped = NULL;
    double *own_degree = NULL;
    ag_buf json = AG_BUF_INIT, page = AG_BUF_INIT;

    if (!g || !out)
        return ag_error_set(err, AG_EUSAGE, "export: no graph or no output");
    if (!ag_export_html_available())
        return ag_error_set(err, AG_ELIB,
                            "this actorgraph was built without the HTML viewer (cytoscape.js was not "
                            "fetched): run `make viewer` with npm available, then export again");
    if (!degree) {
        own_degree = calloc(g->n_nodes + 1, sizeof *own_degree);
        if (!own_degree) {
            st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the HTML output");
            goto out;
        }
        for (size_t i = 0; i < g->n_links; i++) {
            const ag_link *l = &g->links[i];
            if (l->source < g->n_nodes && l->target < g->n_nodes) {
                double w = l->weight > 0 ? (double)l->weight : 1.0;
                own_degree[l->source] += w;
                own_degree[l->target] += w;
            }
        }
        degree = own_degree;
    }
    /* PageRank, betweenness and strength over the whole graph (as
     * `actorgraph analyze` computes them), also for a --max-nodes part. */
    if (g->n_nodes > 0) {
        ag_analyze_opts ao;
        ag_analyze_opts_init(&ao);
        st = ag_analysis_run(g, &ao, &an, err);
        if (st != AG_OK)
            goto out;
    }
    arena = ag_arena_new();
    data = arena ? html_data(g, node_on, link_on, degree, an, arena) : NULL;
    dumped = data ? json_dumps(data, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(HTML_REAL_PRECISION))
                  : NULL;
    if (!dumped || put_json_for_script(&json, dumped)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the HTML output");
        goto out;
    }

    slot slots[] = {
        {"VIEWER_CSS", ag_viewer_css, ag_viewer_css_len, "viewer.css", "</style", 0},
        {"GRAPH_DATA", (const unsigned char *)json.data, json.len, "the graph data", "<", 0},
        {"CYTOSCAPE_JS", ag_viewer_cytoscape_js, ag_viewer_cytoscape_js_len, "cytoscape.min.js", "</script", 0},
        {"VIEWER_JS", ag_viewer_js, ag_viewer_js_len, "viewer.js", "</script", 0},
    };
    /* An inlined script must not end its element early, nor start an HTML
     * comment (which changes where the parser ends the element). */
    for (size_t k = 0; k < sizeof slots / sizeof slots[0]; k++)
        if (contains_ci(slots[k].data, slots[k].len, slots[k].closer) ||
            contains_ci(slots[k].data, slots[k].len, "<!--")) {
            st = ag_error_set(err, AG_ELIB, "%s contains '%s' and cannot be inlined in the HTML page",
                              slots[k].what, slots[k].closer);
            goto out;
        }
    st = fill_template(&page, slots, sizeof slots / sizeof slots[0], err);
    if (st != AG_OK)
        goto out;
    if ((page.len && fwrite(page.data, 1, page.len, out) != page.len) || fflush(out) == EOF || ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the HTML output");
out:
    ag_buf_free(&page);
    ag_buf_free(&json);
    free(dumped);
    json_decref(data);
    ag_arena_free(arena);
    ag_analysis_free(an);
    free(own_degree);
    return st;
}
