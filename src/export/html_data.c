/* html_data.c — the graph as the HTML viewer reads it (schema
 * actorgraph-html/2, docs/export.md): compact, so that a corpus graph fits
 * the page budget.  Nodes are objects; links are columns (one array per
 * field, a link's fields at the same position); every label, code, place,
 * document, sentence and evidence date is written once in "strings" and
 * referred to by its position (-1 for none); a link's days are a flat
 * [YYYYMMDD, count, ...] list and its evidence a flat [doc, sentence,
 * text, date, location, ...] list (location: a meeting's place on that
 * occurrence).
 *
 * Built with jansson; export_html.c escapes the dump for the script
 * element.  Deterministic: nodes and links in graph order, strings in
 * order of first use.
 */
#include "html_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Strings written once each: the text -> position map and the array. */
typedef struct strtab {
    ag_strmap *map;
    json_t *arr;
} strtab;

/* The position of s in the table (added when new) as a JSON integer, -1
 * for NULL; NULL on OOM. */
static json_t *sref(strtab *t, const char *s)
{
    size_t k;
    if (!s)
        return json_integer(-1);
    if (!ag_strmap_get(t->map, s, &k)) {
        k = json_array_size(t->arr);
        if (ag__jpush(t->arr, ag__jtext(s)) || ag_strmap_put(t->map, s, k))
            return NULL;
    }
    return json_integer((json_int_t)k);
}

static json_t *html_node(const html_part *p, size_t i, double degree, const ag_actor_stats *st)
{
    json_t *d = json_object();
    if (!d || ag__jset(d, "i", json_integer((json_int_t)i)) || ag__ex_node_fields(d, p->g, i) ||
        ag__jset(d, "degree", ag__jreal(degree)) ||
        ag__jset(d, "pagerank", st ? ag__jreal(st->pagerank) : json_null()) ||
        ag__jset(d, "betweenness", st ? ag__jreal(st->betweenness) : json_null()) ||
        ag__jset(d, "strength", st ? ag__jreal(st->strength) : json_null()) ||
        ag__jset(d, "community", st ? json_integer(st->community) : json_null()) ||
        ag__jset(d, "x", p->xy ? ag__jreal(round(p->xy[2 * i] * 10) / 10) : json_null()) ||
        ag__jset(d, "y", p->xy ? ag__jreal(round(p->xy[2 * i + 1] * 10) / 10) : json_null()) ||
        ag__jset(d, "aliases", ag__ex_aliases(&p->g->nodes[i]))) {
        json_decref(d);
        return NULL;
    }
    return d;
}

/* The link columns, in this order in every row. */
static const char *const COLUMNS[] = {"i", "source", "target", "kind", "label", "code", "polarity",
                                      "goldstein", "weight", "location", "days", "evidence",
                                      "evidence_total"};
enum { N_COLUMNS = sizeof COLUMNS / sizeof COLUMNS[0] };

/* [YYYYMMDD, count, ...] of link l. */
static json_t *link_days(const ag_link *l)
{
    json_t *a = json_array();
    for (size_t k = 0; a && k < l->n_days; k++)
        if (ag__jpush(a, json_integer(l->days[k].day)) || ag__jpush(a, json_integer(l->days[k].count))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

/* [doc, sentence, text, date, location, ...] of the first n evidence entries. */
static json_t *link_evidence(strtab *t, const ag_link *l, size_t n)
{
    json_t *a = json_array();
    for (size_t k = 0; a && k < n; k++) {
        const ag_evidence *e = &l->evidence[k];
        if (ag__jpush(a, sref(t, e->doc)) || ag__jpush(a, json_integer(e->sentence >= 0 ? e->sentence : -1)) ||
            ag__jpush(a, sref(t, e->text)) || ag__jpush(a, sref(t, e->date)) || ag__jpush(a, sref(t, e->location))) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

/* Appends link i's fields to the columns; pos maps graph node -> page node. */
static int html_link(const html_part *p, size_t i, const size_t *pos, strtab *t, json_t *const *col)
{
    const ag_link *l = &p->g->links[i];
    json_t *v[N_COLUMNS] = {
        json_integer((json_int_t)i), json_integer((json_int_t)pos[l->source]),
        json_integer((json_int_t)pos[l->target]), sref(t, ag_rel_kind_name(l->kind)), sref(t, l->label),
        sref(t, l->code), json_integer(l->polarity), ag__jreal(l->goldstein), json_integer(l->weight),
        sref(t, l->location), link_days(l), link_evidence(t, l, p->n_ev[i]),
        json_integer((json_int_t)l->n_evidence)};
    int bad = 0;
    for (size_t c = 0; c < N_COLUMNS; c++)
        bad |= ag__jpush(col[c], v[c]);
    return bad;
}

static json_t *html_links(const html_part *p, const size_t *pos, strtab *t)
{
    json_t *links = json_object(), *col[N_COLUMNS];
    int bad = !links;
    for (size_t c = 0; c < N_COLUMNS; c++) {
        col[c] = json_array();
        bad |= links ? ag__jset(links, COLUMNS[c], col[c]) : -1;
    }
    for (size_t i = 0; i < p->g->n_links && !bad; i++)
        if (p->link_on[i])
            bad = html_link(p, i, pos, t, col);
    if (bad) {
        json_decref(links);
        return NULL;
    }
    return links;
}

static json_t *html_budget(const html_part *p)
{
    return json_pack("{s:i, s:i, s:I, s:I}", "draw", AG_HTML_DRAW_EDGES, "max_links", AG_HTML_MAX_LINKS,
                     "links_cut", (json_int_t)p->links_cut, "evidence_cut", (json_int_t)p->evidence_cut);
}

json_t *ag__ex_html_data(const html_part *p, const double *degree, const ag_analysis *an)
{
    const ag_graph *g = p->g;
    strtab t = {ag_strmap_new(), json_array()};
    size_t *pos = calloc(g->n_nodes + 1, sizeof *pos);
    json_t *root = json_object(), *nodes = json_array();
    int bad = !t.map || !t.arr || !pos || !root || !nodes;
    for (size_t i = 0, k = 0; i < g->n_nodes && !bad; i++)
        if (p->node_on[i]) {
            pos[i] = k++;
            bad = ag__jpush(nodes, html_node(p, i, degree[i], an ? ag_analysis_node(an, i) : NULL));
        }
    json_t *links = bad ? NULL : html_links(p, pos, &t);
    bad |= ag__jset(root, "nodes", nodes) | ag__jset(root, "links", links);
    bad |= ag__jset(root, "strings", t.arr) | ag__jset(root, "schema", json_string(AG_HTML_SCHEMA)) |
           ag__jset(root, "directed", json_true()) | ag__jset(root, "budget", html_budget(p));
    ag_strmap_free(t.map);
    free(pos);
    if (bad) {
        json_decref(root);
        return NULL;
    }
    return root;
}
