/* diff.c — two graphs compared: see diff.h.  Each side's actors, links,
 * pairs and ranks are put in sorted arrays and merged like sorted files. */
#include "graph_int.h"
#include "util_int.h"
#include "diff.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "json_out.h"
#include "view.h"

#define DEFAULT_TOP 20

void ag_diff_opts_init(ag_diff_opts *o)
{
    memset(o, 0, sizeof *o);
    o->top = DEFAULT_TOP;
}

int ag_diff_format_parse(const char *s, ag_diff_format *f)
{
    if (s && strcmp(s, "text") == 0)
        *f = AG_DIFF_TEXT;
    else if (s && strcmp(s, "json") == 0)
        *f = AG_DIFF_JSON;
    else
        return -1;
    return 0;
}

typedef struct dkey {
    const char *s, *t, *label; /* a pair: s < t, label NULL */
    const char *name;          /* an actor's name (actors: s is its id) */
    int kind;
    long weight;
    double net;
} dkey;

typedef struct side {
    const ag_graph *g;
    dkey *actors, *links, *pairs, *ranks; /* ranks: id and rank in weight */
    size_t n_actors, n_links, n_pairs, n_ranks;
    ag_analysis *an;
} side;

static int str_cmp(const char *a, const char *b)
{
    return a == b ? 0 : !a ? -1 : !b ? 1 : strcmp(a, b);
}

static int key_cmp(const void *x, const void *y)
{
    const dkey *p = x, *q = y;
    int c = strcmp(p->s, q->s);
    if (!c)
        c = str_cmp(p->t, q->t);
    if (!c)
        c = p->kind < q->kind ? -1 : p->kind > q->kind;
    return c ? c : str_cmp(p->label, q->label);
}

/* Pairs merged after sorting: the same (s, t) adds up. */
static size_t merge_pairs(dkey *k, size_t n)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && strcmp(k[m - 1].s, k[i].s) == 0 && strcmp(k[m - 1].t, k[i].t) == 0) {
            k[m - 1].net += k[i].net;
            k[m - 1].weight = ag_count_add(k[m - 1].weight, k[i].weight);
        } else {
            k[m++] = k[i];
        }
    }
    return m;
}

static ag_status side_links(side *d)
{
    const ag_graph *g = d->g;
    unsigned char *on = calloc(g->n_nodes + 1, 1);
    d->links = malloc((g->n_links + 1) * sizeof *d->links);
    d->pairs = malloc((g->n_links + 1) * sizeof *d->pairs);
    d->actors = malloc((g->n_nodes + 1) * sizeof *d->actors);
    if (!on || !d->links || !d->pairs || !d->actors) {
        free(on);
        return AG_ENOMEM;
    }
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        const char *s = g->nodes[l->source].id, *t = g->nodes[l->target].id;
        on[l->source] = on[l->target] = 1;
        d->links[d->n_links++] = (dkey){s, t, l->label, NULL, (int)l->kind, l->weight, 0.0};
        if (l->kind == AG_REL_AFFILIATION)
            continue;
        int swap = strcmp(s, t) > 0;
        d->pairs[d->n_pairs++] =
            (dkey){swap ? t : s, swap ? s : t, NULL, NULL, 0, l->weight, ag_view_signed_weight(l, l->weight)};
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        if (on[i])
            d->actors[d->n_actors++] = (dkey){g->nodes[i].id, NULL, NULL, g->nodes[i].name, 0, 0, 0.0};
    free(on);
    qsort(d->links, d->n_links, sizeof *d->links, key_cmp);
    qsort(d->pairs, d->n_pairs, sizeof *d->pairs, key_cmp);
    qsort(d->actors, d->n_actors, sizeof *d->actors, key_cmp);
    d->n_pairs = merge_pairs(d->pairs, d->n_pairs);
    return AG_OK;
}

/* PageRank ranks of every actor of the analysis, by id. */
static ag_status side_ranks(side *d, ag_error *err)
{
    ag_analyze_opts ao;
    ag_analyze_opts_init(&ao);
    ag_status st = ag_analysis_run(d->g, &ao, &d->an, err);
    if (st)
        return st;
    size_t n = ag_analysis_size(d->an);
    d->ranks = malloc((n + 1) * sizeof *d->ranks);
    if (!d->ranks)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const char *id = ag_analysis_ranked_id(d->an, i);
        long node = ag_graph_find_node(d->g, id);
        d->ranks[d->n_ranks++] = (dkey){id, NULL, NULL, node >= 0 ? d->g->nodes[node].name : id, 0, (long)i + 1, 0};
    }
    qsort(d->ranks, d->n_ranks, sizeof *d->ranks, key_cmp);
    return AG_OK;
}

static void side_free(side *d)
{
    free(d->actors);
    free(d->links);
    free(d->pairs);
    free(d->ranks);
    ag_analysis_free(d->an);
}

/* The rank of id on side d, or 0 when it has none. */
static long rank_of(const side *d, const char *id)
{
    dkey k = {id, NULL, NULL, NULL, 0, 0, 0.0};
    const dkey *r = bsearch(&k, d->ranks, d->n_ranks, sizeof *d->ranks, key_cmp);
    return r ? r->weight : 0;
}

/* ---- the changes ---- */

/* Entries of a not in b, and of b not in a (both sorted). */
static void one_sided(const dkey *a, size_t na, const dkey *b, size_t nb, dkey *only_a, size_t *n_only_a,
                      dkey *only_b, size_t *n_only_b)
{
    size_t i = 0, j = 0;
    *n_only_a = *n_only_b = 0;
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : key_cmp(&a[i], &b[j]);
        if (c < 0)
            only_a[(*n_only_a)++] = a[i++];
        else if (c > 0)
            only_b[(*n_only_b)++] = b[j++];
        else
            i++, j++;
    }
}

static int by_weight_cmp(const void *x, const void *y)
{
    const dkey *p = x, *q = y;
    int c = ag__cmp(q->weight, p->weight);
    return c ? c : key_cmp(x, y);
}

/* A pair in both graphs whose net stance differs. */
typedef struct pchange {
    dkey k; /* k.net: new - old */
    double old_net, new_net;
    long old_w, new_w;
} pchange;

/* The biggest change first, then by pair. */
static int pchange_cmp(const void *x, const void *y)
{
    const pchange *p = x, *q = y;
    int c = ag__cmp(fabs(q->k.net), fabs(p->k.net));
    return c ? c : key_cmp(&p->k, &q->k);
}

static pchange *changed_pairs(const side *o, const side *n, size_t *count)
{
    pchange *c = malloc((o->n_pairs < n->n_pairs ? o->n_pairs : n->n_pairs) * sizeof *c + 1);
    size_t i = 0, j = 0, m = 0;
    while (c && i < o->n_pairs && j < n->n_pairs) {
        int r = key_cmp(&o->pairs[i], &n->pairs[j]);
        if (r) {
            r < 0 ? i++ : j++;
            continue;
        }
        const dkey *a = &o->pairs[i++], *b = &n->pairs[j++];
        /* Equal up to rounding: the same stance. */
        if (fabs(a->net - b->net) > 1e-9)
            c[m++] = (pchange){{b->s, b->t, NULL, NULL, 0, 0, b->net - a->net}, a->net, b->net, a->weight, b->weight};
    }
    if (c)
        qsort(c, m, sizeof *c, pchange_cmp);
    *count = m;
    return c;
}

/* The actors ranked in the top `top` of either side: weight the old rank,
 * net the new (0: none), by new rank then old. */
static int rank_row_cmp(const void *x, const void *y)
{
    const dkey *p = x, *q = y;
    long a = p->net > 0 ? (long)p->net : 1L << 40, b = q->net > 0 ? (long)q->net : 1L << 40;
    int c = ag__cmp(a, b);
    return c ? c : ag__cmp(p->weight > 0 ? p->weight : 1L << 40, q->weight > 0 ? q->weight : 1L << 40);
}

static dkey *rank_rows(const side *o, const side *n, int top, size_t *count)
{
    size_t m = 0, cap = o->n_ranks + n->n_ranks + 1;
    dkey *r = malloc(cap * sizeof *r);
    const side *sides[2] = {o, n};
    for (int s = 0; r && s < 2; s++)
        for (size_t i = 0; i < sides[s]->n_ranks; i++) {
            const dkey *k = &sides[s]->ranks[i];
            long ro = rank_of(o, k->s), rn = rank_of(n, k->s);
            int high = top <= 0 || (ro && ro <= top) || (rn && rn <= top);
            /* Once: the new side's pass adds only actors the old lacks. */
            if (!high || (s == 1 && ro))
                continue;
            r[m++] = (dkey){k->s, NULL, NULL, k->name, 0, ro, (double)rn};
        }
    if (r)
        qsort(r, m, sizeof *r, rank_row_cmp);
    *count = m;
    return r;
}

typedef struct diffs {
    dkey *actors[2], *links[2]; /* [0] removed (old only), [1] added (new only) */
    size_t n_actors[2], n_links[2];
    pchange *changed;
    size_t n_changed;
    dkey *ranks;
    size_t n_ranks;
} diffs;

static ag_status diffs_make(const side *o, const side *n, int top, diffs *d)
{
    memset(d, 0, sizeof *d);
    d->actors[0] = malloc((o->n_actors + 1) * sizeof(dkey));
    d->actors[1] = malloc((n->n_actors + 1) * sizeof(dkey));
    d->links[0] = malloc((o->n_links + 1) * sizeof(dkey));
    d->links[1] = malloc((n->n_links + 1) * sizeof(dkey));
    d->changed = changed_pairs(o, n, &d->n_changed);
    d->ranks = rank_rows(o, n, top, &d->n_ranks);
    if (!d->actors[0] || !d->actors[1] || !d->links[0] || !d->links[1] || !d->changed || !d->ranks)
        return AG_ENOMEM;
    one_sided(o->actors, o->n_actors, n->actors, n->n_actors, d->actors[0], &d->n_actors[0], d->actors[1],
              &d->n_actors[1]);
    one_sided(o->links, o->n_links, n->links, n->n_links, d->links[0], &d->n_links[0], d->links[1],
              &d->n_links[1]);
    for (int s = 0; s < 2; s++)
        qsort(d->links[s], d->n_links[s], sizeof(dkey), by_weight_cmp);
    return AG_OK;
}

static void diffs_free(diffs *d)
{
    for (int s = 0; s < 2; s++) {
        free(d->actors[s]);
        free(d->links[s]);
    }
    free(d->changed);
    free(d->ranks);
}

static const char *kind_name(int k)
{
    return ag_rel_kind_name((ag_rel_kind)k);
}

/* ---- JSON ---- */

/* Opens the object of a link or a changed pair: its two ends first. */
static void json_ends(ag_jw *w, const dkey *k)
{
    ag_jw_object(w);
    ag_jw_kstr(w, "source", k->s);
    ag_jw_kstr(w, "target", k->t);
}

static void json_link(ag_jw *w, const dkey *k)
{
    json_ends(w, k);
    ag_jw_kstr(w, "kind", kind_name(k->kind));
    ag_jw_kstr(w, "label", k->label);
    ag_jw_kint(w, "weight", k->weight);
    ag_jw_end(w);
}

static void json_changed(ag_jw *w, const pchange *c)
{
    json_ends(w, &c->k);
    ag_jw_kreal(w, "old", c->old_net);
    ag_jw_kreal(w, "new", c->new_net);
    ag_jw_kint(w, "old_weight", c->old_w);
    ag_jw_kint(w, "new_weight", c->new_w);
    ag_jw_end(w);
}

static void json_rank(ag_jw *w, const dkey *k)
{
    ag_jw_object(w);
    ag_jw_kstr(w, "id", k->s);
    ag_jw_kstr(w, "name", k->name);
    ag_jw_key(w, "old");
    if (k->weight)
        ag_jw_int(w, k->weight);
    else
        ag_jw_null(w);
    ag_jw_key(w, "new");
    if (k->net > 0)
        ag_jw_int(w, (long long)k->net);
    else
        ag_jw_null(w);
    ag_jw_end(w);
}

static int write_json(const diffs *d, FILE *out)
{
    static const char *const sides[2] = {"removed", "added"};
    ag_jw w;
    ag_jw_init(&w, out, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
    ag_jw_object(&w);
    ag_jw_kobject(&w, "actors");
    for (int s = 1; s >= 0; s--) { /* "added" first, as the issue shows */
        ag_jw_karray(&w, sides[s]);
        for (size_t i = 0; i < d->n_actors[s]; i++) {
            ag_jw_object(&w);
            ag_jw_kstr(&w, "id", d->actors[s][i].s);
            ag_jw_kstr(&w, "name", d->actors[s][i].name);
            ag_jw_end(&w);
        }
        ag_jw_end(&w);
    }
    ag_jw_end(&w);
    ag_jw_kobject(&w, "links");
    for (int s = 1; s >= 0; s--) {
        ag_jw_karray(&w, sides[s]);
        for (size_t i = 0; i < d->n_links[s]; i++)
            json_link(&w, &d->links[s][i]);
        ag_jw_end(&w);
    }
    ag_jw_karray(&w, "changed");
    for (size_t i = 0; i < d->n_changed; i++)
        json_changed(&w, &d->changed[i]);
    ag_jw_end(&w);
    ag_jw_end(&w);
    ag_jw_karray(&w, "ranks");
    for (size_t i = 0; i < d->n_ranks; i++)
        json_rank(&w, &d->ranks[i]);
    ag_jw_end(&w);
    ag_jw_end(&w);
    int rc = ag_jw_finish(&w);
    return rc || fputc('\n', out) == EOF ? -1 : 0;
}

/* ---- text ---- */

/* "N more" after `top` lines of a list. */
static void more(FILE *out, size_t n, int top)
{
    if (top > 0 && n > (size_t)top)
        fprintf(out, "  ... and %zu more (-f json lists all)\n", n - (size_t)top);
}

static size_t shown(size_t n, int top)
{
    return top > 0 && n > (size_t)top ? (size_t)top : n;
}

static void write_text(const diffs *d, const side *o, const side *n, const ag_diff_opts *opt, FILE *out)
{
    static const char *const sides[2] = {"removed", "added"};
    int top = opt->top;
    fprintf(out, "diff: %s (%zu actors, %zu links) -> %s (%zu actors, %zu links)\n",
            opt->old_name ? opt->old_name : "old", o->n_actors, o->n_links,
            opt->new_name ? opt->new_name : "new", n->n_actors, n->n_links);
    for (int s = 1; s >= 0; s--) {
        fprintf(out, "\nactors %s: %zu\n", sides[s], d->n_actors[s]);
        for (size_t i = 0; i < shown(d->n_actors[s], top); i++)
            fprintf(out, "  %s (%s)\n", d->actors[s][i].name, d->actors[s][i].s);
        more(out, d->n_actors[s], top);
    }
    for (int s = 1; s >= 0; s--) {
        fprintf(out, "\nlinks %s: %zu (strongest first)\n", sides[s], d->n_links[s]);
        for (size_t i = 0; i < shown(d->n_links[s], top); i++) {
            const dkey *k = &d->links[s][i];
            fprintf(out, "  %s -[%s]-> %s  x%ld\n", k->s, k->label, k->t, k->weight);
        }
        more(out, d->n_links[s], top);
    }
    fprintf(out, "\nnet stance changed: %zu pairs (largest change first)\n", d->n_changed);
    for (size_t i = 0; i < shown(d->n_changed, top); i++) {
        const pchange *c = &d->changed[i];
        int flip = (c->old_net > 0 && c->new_net < 0) || (c->old_net < 0 && c->new_net > 0);
        fprintf(out, "  %s -- %s  %+.1f -> %+.1f%s\n", c->k.s, c->k.t, c->old_net, c->new_net,
                flip ? "  (turned)" : "");
    }
    more(out, d->n_changed, top);
    fprintf(out, "\nPageRank rank, old -> new (top %d of either):\n", top);
    for (size_t i = 0; i < d->n_ranks; i++) {
        const dkey *k = &d->ranks[i];
        char a[24] = "-", b[24] = "-";
        if (k->weight)
            snprintf(a, sizeof a, "%ld", k->weight);
        if (k->net > 0)
            snprintf(b, sizeof b, "%ld", (long)k->net);
        fprintf(out, "  %5s -> %-5s %s\n", a, b, k->name);
    }
}

ag_status ag_diff_write(const ag_graph *old_g, const ag_graph *new_g, const ag_diff_opts *o, ag_diff_format f,
                        FILE *out, ag_error *err)
{
    side sd[2] = {{.g = old_g}, {.g = new_g}};
    diffs d;
    memset(&d, 0, sizeof d);
    ag_status st = AG_OK;
    for (int s = 0; s < 2 && !st; s++)
        if ((st = side_links(&sd[s])) || (st = side_ranks(&sd[s], err)))
            break;
    if (!st && (st = diffs_make(&sd[0], &sd[1], o->top, &d)))
        ag_error_set(err, st, "out of memory");
    if (st == AG_ENOMEM && !err->msg[0])
        ag_error_set(err, st, "out of memory");
    if (!st && f == AG_DIFF_JSON && write_json(&d, out))
        st = ag_error_set(err, AG_EIO, "writing the diff failed");
    if (!st && f == AG_DIFF_TEXT)
        write_text(&d, &sd[0], &sd[1], o, out);
    diffs_free(&d);
    side_free(&sd[0]);
    side_free(&sd[1]);
    return st;
}
