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
 * What the page carries is bounded (html_budget.c), the actors are placed
 * by sfdp here (html_layout.c) and the data is compact (html_data.c).
 *
 * PageRank, betweenness and blocs come from the analysis the caller
 * passes (export never runs one; without it they are null).
 * Deterministic: nodes and links in graph order, keys sorted, sfdp's
 * seeded layout, no date or random id.
 */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>

/* build/viewer_data.c, made by the Makefile. */
extern const unsigned char ag_viewer_page[], ag_viewer_css[], ag_viewer_js[], ag_viewer_cytoscape_js[];
extern const size_t ag_viewer_page_len, ag_viewer_css_len, ag_viewer_js_len, ag_viewer_cytoscape_js_len;

/* Enough digits for centralities; 17 would only add noise to the page. */
#define HTML_REAL_PRECISION 10

int ag_export_html_available(void)
{
    return ag_viewer_cytoscape_js_len > 0;
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

/* The page's graph data, escaped for its script element, into *json:
 * the part within the page budget, placed by sfdp, with the centralities. */
static ag_status page_data(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                           const double *degree, const ag_analysis *an, ag_buf *json, ag_error *err)
{
    html_part part = {0};
    json_t *data = NULL;
    char *dumped = NULL;
    ag_status st = ag__ex_html_part(&part, g, node_on, link_on, err);
    if (st == AG_OK && g->n_nodes > 0)
        st = ag__ex_html_positions(&part, err);
    if (st == AG_OK) {
        data = ag__ex_html_data(&part, degree, an);
        dumped = data ? json_dumps(data, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(HTML_REAL_PRECISION))
                      : NULL;
        if (!dumped || put_json_for_script(json, dumped))
            st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the HTML output");
    }
    free(dumped);
    json_decref(data);
    ag__ex_html_part_free(&part);
    return st;
}

ag_status ag_export_html(const ag_graph *g, const unsigned char *node_on, const unsigned char *link_on,
                         const double *degree, const ag_analysis *an, FILE *out, ag_error *err)
{
    ag_status st = AG_OK;
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
    st = page_data(g, node_on, link_on, degree, an, &json, err);
    if (st != AG_OK)
        goto out;

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
    free(own_degree);
    return st;
}
