/* analyze_report.c — the report writers of analyze (see analyze.h and
 * docs/analysis.md): an ag_analysis made by analyze.c written as text or
 * Markdown (summary, actor table, blocs, strongest relations, net stances,
 * balance, allies and adversaries, --actor and --path), as CSV (one row per
 * actor) or as JSON (everything, with evidence), into one buffer that is
 * flushed at the end; also ag_analyze_report(), run + write + free.
 */
#include "analyze_int.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "json_tree.h"
#include "util_int.h"

#define TEXT_EVIDENCE 2 /* evidence sentences per relation in text/md */
#define LINE_NAMES 160  /* characters of names on one bloc line; the rest
                           are counted ("and 40 more") */
#define CLEAR_BLOCS 0.3 /* modularity below this: no clear bloc structure */

/* Output sink: formatted writes into one buffer, flushed at the end, so a
 * failure leaves nothing half-written in `out` beyond what the outfile
 * layer discards. */
typedef struct rep {
    ag_buf b;
    int oom;
    ag_report_format f;
    const ag_analysis *a;
    ag_arena *ar; /* scratch strings */
} rep;

/* Formatted output into the report buffer and scratch strings in its
 * arena; a failure is remembered in r->oom and reported once at the end. */
#define put(r, ...) ((r)->oom |= ag_buf_printf(&(r)->b, __VA_ARGS__) != 0)
#define sprintf_ar(r, ...) or_empty((r), ag_arena_printf((r)->ar, __VA_ARGS__))

static const char *or_empty(rep *r, const char *s)
{
    if (!s)
        r->oom = 1;
    return s ? s : "";
}

/* A number for text, Markdown and CSV: NaN and infinities never appear. */
static const char *num(rep *r, double x, int decimals)
{
    if (!isfinite(x))
        return "";
    return sprintf_ar(r, "%.*f", decimals, x);
}

/* Display width: code points, which is right for the Latin, Cyrillic and
 * Arabic names news mostly has. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Text cell: control characters (a newline in a name) become spaces. */
static void put_clean(rep *r, const char *s)
{
    for (; *s; s++) {
        char c = (unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s;
        r->oom |= ag_buf_putc(&r->b, c) != 0;
    }
}

/* Markdown: characters that would start markup are escaped. */
static void put_md(rep *r, const char *s)
{
    for (; *s; s++) {
        if ((unsigned char)*s < 0x20 || *s == 0x7f) {
            r->oom |= ag_buf_putc(&r->b, ' ') != 0;
            continue;
        }
        if (strchr("\\`*_[]<|", *s))
            r->oom |= ag_buf_putc(&r->b, '\\') != 0;
        r->oom |= ag_buf_putc(&r->b, *s) != 0;
    }
}

static void put_str(rep *r, const char *s)
{
    if (r->f == AG_REPORT_MD)
        put_md(r, s);
    else
        put_clean(r, s);
}

/* A table: header row plus rows, all cells strings; 'r' columns are
 * right-aligned numbers. */
typedef struct table {
    size_t cols, n, cap;
    const char **cells;
    const char *align;
} table;

static void tab_cell(table *t, rep *r, const char *s)
{
    if (ag__grow(&t->cells, &t->cap, t->n, sizeof *t->cells, 64)) {
        r->oom = 1;
        return;
    }
    t->cells[t->n++] = s ? s : "";
}

static void tab_init(table *t, const char *align, const char *const *head, size_t cols, rep *r)
{
    memset(t, 0, sizeof *t);
    t->cols = cols;
    t->align = align;
    for (size_t i = 0; i < cols; i++)
        tab_cell(t, r, head[i]);
}

static void tab_write(table *t, rep *r)
{
    size_t rows = t->cols ? t->n / t->cols : 0;
    if (r->f == AG_REPORT_MD) {
        for (size_t i = 0; i < rows; i++) {
            put(r, "|");
            for (size_t c = 0; c < t->cols; c++) {
                put(r, " ");
                put_md(r, t->cells[i * t->cols + c]);
                put(r, " |");
            }
            put(r, "\n");
            if (i == 0) {
                put(r, "|");
                for (size_t c = 0; c < t->cols; c++)
                    put(r, "%s|", t->align[c] == 'r' ? "---:" : "---");
                put(r, "\n");
            }
        }
        put(r, "\n");
        return;
    }
    size_t *w = calloc(t->cols + 1, sizeof *w);
    if (!w) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < rows; i++)
        for (size_t c = 0; c < t->cols; c++) {
            size_t x = width(t->cells[i * t->cols + c]);
            if (x > w[c])
                w[c] = x;
        }
    for (size_t i = 0; i < rows; i++) {
        put(r, " ");
        for (size_t c = 0; c < t->cols; c++) {
            const char *s = t->cells[i * t->cols + c];
            size_t pad = w[c] - width(s);
            int right = t->align[c] == 'r';
            put(r, " ");
            if (right)
                put(r, "%*s", (int)pad, "");
            put_clean(r, s);
            if (!right && c + 1 < t->cols)
                put(r, "%*s", (int)pad, "");
        }
        put(r, "\n");
    }
    free(w);
}

static void tab_free(table *t)
{
    free(t->cells);
}

/* Titles can hold actor names and --path words: escaped like any name. */
static void heading(rep *r, const char *title)
{
    put(r, r->f == AG_REPORT_MD ? "\n## " : "\n");
    put_str(r, title);
    put(r, r->f == AG_REPORT_MD ? "\n\n" : "\n");
}

static const char *polarity_sign(int p)
{
    return p > 0 ? "+" : p < 0 ? "-" : "0";
}

static const char *rel_text(rep *r, const vlink *v)
{
    const ag_analysis *a = r->a;
    const char *arrow = v->kind == AG_REL_MEETING ? "<->" : "->";
    return sprintf_ar(r, "%s %s %s", ag__an_vname(a, v->s), arrow, ag__an_vname(a, v->t));
}

static int same_str(const char *x, const char *y)
{
    return x == y || (x && y && strcmp(x, y) == 0);
}

/* Evidence of a view link that passes the date filter, up to `max`.  A
 * sentence shows once even when several merged links cite it (a meeting of
 * three officials, collapsed into two countries). */
static size_t evidence_of(const ag_analysis *a, const vlink *v, const ag_evidence **out, size_t max)
{
    size_t k = 0;
    for (size_t m = 0; m < v->n && k < max; m++) {
        const ag_link *l = &a->g->links[a->members[v->first + m]];
        for (size_t i = 0; i < l->n_evidence && k < max; i++) {
            const ag_evidence *e = &l->evidence[i];
            size_t j = 0;
            if ((a->o.since || a->o.until) && !ag__an_evidence_in_range(a, e))
                continue;
            while (j < k && !(same_str(out[j]->doc, e->doc) && out[j]->sentence == e->sentence &&
                              same_str(out[j]->text, e->text)))
                j++;
            if (j == k)
                out[k++] = e;
        }
    }
    return k;
}

static void put_evidence(rep *r, const vlink *v, const char *indent)
{
    const ag_evidence *ev[TEXT_EVIDENCE];
    size_t k = evidence_of(r->a, v, ev, TEXT_EVIDENCE);
    for (size_t i = 0; i < k; i++) {
        if (ev[i]->text) {
            put(r, "%s%s", indent, r->f == AG_REPORT_MD ? "> " : "\"");
            put_str(r, ev[i]->text);
            put(r, "%s (", r->f == AG_REPORT_MD ? "" : "\"");
        } else {
            /* Affiliations come from the actor records, not one sentence. */
            put(r, "%s%s(", indent, r->f == AG_REPORT_MD ? "> " : "");
        }
        put_str(r, ev[i]->doc ? ev[i]->doc : "?");
        if (ev[i]->sentence >= 0)
            put(r, ", sentence %d", ev[i]->sentence);
        if (ev[i]->date) {
            put(r, ", ");
            put_str(r, ev[i]->date);
        }
        put(r, ")%s\n", r->f == AG_REPORT_MD ? "\n" : "");
    }
}

static size_t limit(const rep *r, size_t n)
{
    return r->a->o.top > 0 && (size_t)r->a->o.top < n ? (size_t)r->a->o.top : n;
}

static void write_relations(rep *r, const char *title, const size_t *idx, size_t n)
{
    const ag_analysis *a = r->a;
    heading(r, title);
    if (n == 0) {
        put(r, "%snone\n", r->f == AG_REPORT_MD ? "" : "  ");
        return;
    }
    static const char *const head[] = {"weight", "signed", "relation", "label", "kind"};
    table t;
    tab_init(&t, "rrlll", head, 5, r);
    for (size_t i = 0; i < limit(r, n); i++) {
        const vlink *v = &a->links[idx[i]];
        tab_cell(&t, r, sprintf_ar(r, "%ld", v->weight));
        tab_cell(&t, r, sprintf_ar(r, "%+.1f", v->signed_weight));
        tab_cell(&t, r, rel_text(r, v));
        tab_cell(&t, r, v->label);
        tab_cell(&t, r, ag_rel_kind_name(v->kind));
    }
    tab_write(&t, r);
    tab_free(&t);
}

static long bloc_of(const ag_analysis *a, size_t v, int louvain)
{
    return louvain ? a->stats[v].louvain : a->stats[v].community;
}

/* The members of every bloc in one pass (a counting sort), rank order
 * kept: bloc b is mem[start[b] .. start[b + 1]).  0 ok, -1 out of memory
 * (nothing to free then). */
static int bloc_members(const ag_analysis *a, int louvain, size_t **mem_out, size_t **start_out)
{
    long nb = louvain ? a->n_louvain : a->n_leiden;
    size_t *mem = malloc((a->n + 1) * sizeof *mem);
    size_t *start = calloc((size_t)nb + 2, sizeof *start);
    if (!mem || !start) {
        free(mem);
        free(start);
        return -1;
    }
    for (size_t i = 0; i < a->n; i++)
        start[bloc_of(a, i, louvain)]++;
    for (long b = 1; b <= nb + 1; b++)
        start[b] += start[b - 1];
    /* start[b] is now the end of bloc b; fill backwards to keep rank order. */
    for (size_t i = a->n; i > 0; i--) {
        size_t v = a->rank[i - 1];
        mem[--start[bloc_of(a, v, louvain)]] = v;
    }
    *mem_out = mem;
    *start_out = start;
    return 0;
}

/* Names of vertices v[0..n), up to `budget` characters, then how many
 * more; "none" for none. */
static void put_names(rep *r, const size_t *v, size_t n, size_t budget)
{
    size_t used = 0, k = 0;
    for (; k < n; k++) {
        const char *name = ag__an_vname(r->a, v[k]);
        if (k > 0 && used + width(name) > budget)
            break;
        put(r, "%s", k ? ", " : "");
        put_str(r, name);
        used += width(name) + 2;
    }
    if (k < n)
        put(r, " and %zu more", n - k);
    if (n == 0)
        put(r, "none");
}

/* Blocs of two or more (numbered by size), a line each, up to --top; the
 * actors in no bloc (no cooperative relation) counted on one line. */
static void write_blocs(rep *r, int louvain)
{
    const ag_analysis *a = r->a;
    long nb = louvain ? a->n_louvain : a->n_leiden;
    size_t *mem, *start, n_alone = 0;
    if (bloc_members(a, louvain, &mem, &start)) {
        r->oom = 1;
        return;
    }
    for (long b = 1; b <= nb && (a->o.top <= 0 || b <= a->o.top); b++) {
        size_t size = start[b + 1] - start[b];
        if (size < 2)
            break; /* blocs are numbered by size: the rest are alone */
        put(r, r->f == AG_REPORT_MD ? "- **%ld** (%zu actors): " : "  %ld (%zu actors): ", b, size);
        put_names(r, mem + start[b], size, LINE_NAMES);
        put(r, "\n");
    }
    /* The lone actors, in rank order, gathered at the front of mem. */
    for (size_t i = 0; i < a->n; i++) {
        size_t v = a->rank[i], bv = (size_t)bloc_of(a, v, louvain);
        if (start[bv + 1] - start[bv] == 1)
            mem[n_alone++] = v;
    }
    if (n_alone) {
        put(r, "%s%zu actor%s in no bloc (no cooperative tie): ", r->f == AG_REPORT_MD ? "- " : "  ", n_alone,
            n_alone == 1 ? "" : "s");
        put_names(r, mem, n_alone, LINE_NAMES);
        put(r, "\n");
    }
    free(mem);
    free(start);
}

/* Blocs of two or more members (the others are actors alone). */
static long real_blocs(const ag_analysis *a, int louvain)
{
    long k = 0;
    size_t *mem, *start;
    if (bloc_members(a, louvain, &mem, &start))
        return louvain ? a->n_louvain : a->n_leiden;
    for (long b = 1; b <= (louvain ? a->n_louvain : a->n_leiden); b++)
        k += start[b + 1] - start[b] >= 2;
    free(mem);
    free(start);
    return k;
}

/* What a reader must know before trusting the tables. */
static void write_warnings(rep *r)
{
    const ag_analysis *a = r->a;
    const char *li = r->f == AG_REPORT_MD ? "- **warning**: " : "  warning: ";
    const char *more = r->f == AG_REPORT_MD ? " " : "\n           ";
    if (a->n_components > 1)
        put(r, "%s%zu separate components; the largest holds %zu of %zu actors (%.0f%%).%sNo path joins "
               "them: compare centralities within one; eigenvector 0 = outside the largest\n",
            li, a->n_components, a->largest_component, a->n, 100.0 * (double)a->largest_component / (double)a->n,
            more);
    if (isfinite(a->leiden_q) && a->leiden_q < CLEAR_BLOCS && a->n > 0)
        put(r, "%sno clear bloc structure (Leiden modularity %s < %.1f): the blocs below are weak\n", li,
            num(r, a->leiden_q, 3), CLEAR_BLOCS);
    if (a->symmetric && a->n_edges > 0)
        put(r, "%severy relation counted is symmetric (meetings):%shub and authority are both the eigenvector "
               "centrality\n", li, more);
}

static void write_summary(rep *r)
{
    const ag_analysis *a = r->a;
    const ag_analyze_opts *o = &a->o;
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    put(r, "%sgraph: %zu actors, %zu links; analyzed: %zu actors, %zu relations, %zu directed edges\n",
        li, a->src->n_nodes, a->src->n_links, a->n, a->n_links, a->n_edges);
    put(r, "%saffiliation links: %s\n", li,
        o->with_affiliation || (o->kinds & AG_KIND_AFFILIATION) ? "included" : "excluded from centrality");
    if (o->collapse == AG_COLLAPSE_COUNTRY)
        put(r, "%scollapsed: officials and agencies rolled up into their countries\n", li);
    if (o->kinds) {
        put(r, "%skinds:", li);
        for (size_t i = 0; i < AN_N_KIND_NAMES; i++)
            if (o->kinds & (1u << i))
                put(r, " %s", ag__an_kind_names[i]);
        put(r, "\n");
    }
    if (o->since || o->until)
        put(r, "%sdates: %s to %s (every occurrence counted by its day)\n", li, o->since ? o->since : "any", o->until ? o->until : "any");
    if (o->min_weight > 1)
        put(r, "%sminimum weight: %ld\n", li, o->min_weight);
    char paths[256];
    ag__an_paths_describe(a, paths, sizeof paths);
    put(r, "%sbetweenness and harmonic closeness: %s\n", li, paths);
    put(r, "%scomponents: %zu (the largest holds %zu of %zu actors)\n", li, a->n_components,
        a->largest_component, a->n);
    put(r, "%sblocs of two or more on the cooperative subgraph (seed %lu): Leiden %ld (modularity %s), "
           "Louvain %ld (modularity %s)\n",
        li, o->seed, real_blocs(a, 0), isfinite(a->leiden_q) ? num(r, a->leiden_q, 3) : "n/a", real_blocs(a, 1),
        isfinite(a->louvain_q) ? num(r, a->louvain_q, 3) : "n/a");
    write_warnings(r);
}

static void write_actor_table(rep *r)
{
    const ag_analysis *a = r->a;
    static const char *const head[] = {"#", "actor", "kind", "deg", "in", "out", "strength",
                                       "betweenness", "pagerank", "eigenvector", "hub",
                                       "authority", "harmonic", "bloc"};
    heading(r, sprintf_ar(r, "Actors by PageRank (top %zu of %zu)", limit(r, a->n), a->n));
    if (a->n == 0) {
        put(r, "%sno actors\n", r->f == AG_REPORT_MD ? "" : "  ");
        return;
    }
    table t;
    tab_init(&t, "rllrrrrrrrrrrr", head, 14, r);
    for (size_t i = 0; i < limit(r, a->n); i++) {
        const ag_actor_stats *s = &a->stats[a->rank[i]];
        tab_cell(&t, r, sprintf_ar(r, "%zu%s", i + 1, ag__an_rank_tied(a, i) ? "=" : ""));
        tab_cell(&t, r, ag__an_vname(a, a->rank[i]));
        tab_cell(&t, r, ag_actor_kind_name(a->g->nodes[s->node].kind));
        tab_cell(&t, r, sprintf_ar(r, "%ld", s->degree));
        tab_cell(&t, r, sprintf_ar(r, "%ld", s->in_degree));
        tab_cell(&t, r, sprintf_ar(r, "%ld", s->out_degree));
        tab_cell(&t, r, num(r, s->strength, 0));
        tab_cell(&t, r, num(r, s->betweenness, 1));
        tab_cell(&t, r, num(r, s->pagerank, 4));
        tab_cell(&t, r, num(r, s->eigenvector, 3));
        tab_cell(&t, r, num(r, s->hub, 3));
        tab_cell(&t, r, num(r, s->authority, 3));
        tab_cell(&t, r, num(r, s->harmonic, 3));
        tab_cell(&t, r, sprintf_ar(r, "%ld", s->community));
    }
    tab_write(&t, r);
    tab_free(&t);
    static const char *const legend[] = {
        "deg, in, out: related actors; in = actors relating to it, out = actors it relates to "
        "(a meeting counts both ways), deg = in + out",
        "strength: relations counted with their weight (times seen), in + out",
        "betweenness: directed shortest paths (in hops) between other actors through it",
        "pagerank: weighted PageRank, damping 0.85 (sums to 1): attention received",
        "eigenvector: weighted eigenvector centrality, directions ignored (largest = 1)",
        "hub, authority: HITS (largest = 1): hubs relate to authorities",
        "harmonic: mean inverse hop distance to the other actors, directions ignored",
        "bloc: Leiden community of the cooperative subgraph (1 = largest)",
        "#: rank by PageRank; N= ties with a neighbour (equal to 1e-12), ordered by id"};
    put(r, r->f == AG_REPORT_MD ? "Columns:\n\n" : "\n  Columns:\n");
    for (size_t i = 0; i < sizeof legend / sizeof legend[0]; i++)
        put(r, "%s%s\n", r->f == AG_REPORT_MD ? "- " : "    ", legend[i]);
}

static void write_pairs(rep *r)
{
    const ag_analysis *a = r->a;
    heading(r, "Net stance between actors (signed weight summed per pair)");
    if (a->n_pairs == 0) {
        put(r, "%snone\n", r->f == AG_REPORT_MD ? "" : "  ");
        return;
    }
    static const char *const head[] = {"net", "weight", "actors", "stance"};
    table t;
    tab_init(&t, "rrll", head, 4, r);
    for (size_t i = 0; i < limit(r, a->n_pairs); i++) {
        const pair *p = &a->pairs[a->pair_order[i]];
        tab_cell(&t, r, sprintf_ar(r, "%+.1f", p->net));
        tab_cell(&t, r, sprintf_ar(r, "%ld", p->weight));
        int swap = strcmp(ag__an_vid(a, p->a), ag__an_vid(a, p->b)) > 0;
        tab_cell(&t, r, sprintf_ar(r, "%s - %s", ag__an_vname(a, swap ? p->b : p->a), ag__an_vname(a, swap ? p->a : p->b)));
        tab_cell(&t, r, p->net > 0 ? "allies" : p->net < 0 ? "adversaries" : "neutral");
    }
    tab_write(&t, r);
    tab_free(&t);
}

static void write_balance(rep *r)
{
    const ag_analysis *a = r->a;
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    heading(r, "Structural balance");
    if (a->n_triangles == 0) {
        put(r, "%sno triangle of actors with signed relations\n", li);
        return;
    }
    put(r, "%s%zu signed triangles, %zu balanced (%.1f%%); the unbalanced, strongest first:\n", li,
        a->n_triangles, a->n_balanced, 100.0 * (double)a->n_balanced / (double)a->n_triangles);
    for (size_t i = 0; i < limit(r, a->n_unbalanced); i++) {
        const triad *t = &a->unbalanced[i];
        put(r, "%sunbalanced: ", li);
        put_str(r, ag__an_vname(a, t->v[0]));
        put(r, " %s ", polarity_sign(t->sign[0]));
        put_str(r, ag__an_vname(a, t->v[1]));
        put(r, " %s ", polarity_sign(t->sign[2]));
        put_str(r, ag__an_vname(a, t->v[2]));
        put(r, " %s ", polarity_sign(t->sign[1]));
        put_str(r, ag__an_vname(a, t->v[0]));
        put(r, " (seen %ld times)\n", t->weight);
    }
}

/* Allies (net > 0) or adversaries (net < 0) of vertex v, strongest first. */
static size_t partners(const ag_analysis *a, size_t v, int sign, size_t *out)
{
    size_t k = 0;
    if (!a->padj_start)
        return 0;
    for (size_t i = a->padj_start[v]; i < a->padj_start[v + 1]; i++) {
        const pair *p = &a->pairs[a->padj[i]];
        if (ag__an_sign_of(p->net) == sign)
            out[k++] = p->a == v ? p->b : p->a;
    }
    return k;
}

static void write_partners(rep *r)
{
    const ag_analysis *a = r->a;
    size_t *buf = malloc((a->n_pairs + 1) * sizeof *buf);
    if (!buf) {
        r->oom = 1;
        return;
    }
    heading(r, "Allies and adversaries (by net stance)");
    for (size_t i = 0; i < limit(r, a->n); i++) {
        size_t v = a->rank[i];
        size_t na = partners(a, v, 1, buf);
        put(r, "%s", r->f == AG_REPORT_MD ? "- **" : "  ");
        put_str(r, ag__an_vname(a, v));
        put(r, "%s allies: ", r->f == AG_REPORT_MD ? "**" : ":");
        put_names(r, buf, na, LINE_NAMES / 2);
        put(r, "; adversaries: ");
        put_names(r, buf, partners(a, v, -1, buf), LINE_NAMES / 2);
        put(r, "\n");
    }
    free(buf);
}

/* Relations of vertex v (or between u and v when u >= 0), by weight. */
static size_t links_of(const ag_analysis *a, size_t v, long u, size_t *out)
{
    size_t k = 0;
    for (size_t j = a->vlinks_start[v]; j < a->vlinks_start[v + 1]; j++) {
        const vlink *l = &a->links[a->vlinks_of[j]];
        if (u < 0 || l->s == (size_t)u || l->t == (size_t)u)
            out[k++] = a->vlinks_of[j];
    }
    /* Unsorted beats nothing when memory is that short. */
    (void)ag__an_sort_links(a, out, k);
    return k;
}

static void write_actor(rep *r)
{
    const ag_analysis *a = r->a;
    size_t v = (size_t)a->actor;
    const ag_actor_stats *s = &a->stats[v];
    size_t *idx = malloc((a->n_links + 1) * sizeof *idx);
    if (!idx) {
        r->oom = 1;
        return;
    }
    heading(r, sprintf_ar(r, "Actor: %s", ag__an_vname(a, v)));
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    size_t rank = 0;
    while (a->rank[rank] != v)
        rank++;
    put(r, "%sid %s, %s, PageRank rank %zu of %zu, bloc %ld\n", li, ag__an_vid(a, v),
        ag_actor_kind_name(a->g->nodes[s->node].kind), rank + 1, a->n, s->community);
    put(r, "%sdegree %ld (in %ld, out %ld), strength %s, betweenness %s, pagerank %s, eigenvector %s\n",
        li, s->degree, s->in_degree, s->out_degree, num(r, s->strength, 0), num(r, s->betweenness, 1),
        num(r, s->pagerank, 4), num(r, s->eigenvector, 3));
    size_t k = links_of(a, v, -1, idx);
    put(r, "%s%zu relations:\n", li, k);
    for (size_t i = 0; i < k; i++) {
        const vlink *l = &a->links[idx[i]];
        put(r, "%s", r->f == AG_REPORT_MD ? "- " : "    ");
        put_str(r, rel_text(r, l));
        put(r, ": ");
        put_str(r, l->label);
        put(r, " (%s, polarity %s, weight %ld)\n", ag_rel_kind_name(l->kind), polarity_sign(l->polarity),
            l->weight);
        put_evidence(r, l, r->f == AG_REPORT_MD ? "  " : "      ");
    }
    free(idx);
}

static void write_path(rep *r)
{
    const ag_analysis *a = r->a;
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    heading(r, sprintf_ar(r, "Path: %s to %s", a->o.path_from, a->o.path_to));
    if (a->n_path == 0) {
        put(r, "%sno chain of relations joins them\n", li);
        return;
    }
    size_t *idx = malloc((a->n_links + 1) * sizeof *idx);
    if (!idx) {
        r->oom = 1;
        return;
    }
    put(r, "%s%zu steps: ", li, a->n_path - 1);
    for (size_t i = 0; i < a->n_path; i++) {
        put(r, "%s", i ? " - " : "");
        put_str(r, ag__an_vname(a, (size_t)a->path[i]));
    }
    put(r, "\n");
    for (size_t i = 0; i + 1 < a->n_path; i++) {
        size_t k = links_of(a, (size_t)a->path[i], a->path[i + 1], idx);
        for (size_t j = 0; j < k; j++) {
            const vlink *l = &a->links[idx[j]];
            if (!l->counted)
                continue;
            put(r, "%sstep %zu: ", r->f == AG_REPORT_MD ? "- " : "    ", i + 1);
            put_str(r, rel_text(r, l));
            put(r, ": ");
            put_str(r, l->label);
            put(r, " (weight %ld)\n", l->weight);
            put_evidence(r, l, r->f == AG_REPORT_MD ? "  " : "      ");
            break; /* the strongest relation of the step */
        }
    }
    free(idx);
}

static void write_text(rep *r)
{
    const ag_analysis *a = r->a;
    put(r, r->f == AG_REPORT_MD ? "# Actor graph analysis\n\n" : "actorgraph analysis\n");
    write_summary(r);
    if (a->actor >= 0)
        write_actor(r);
    if (a->path_asked)
        write_path(r);
    write_actor_table(r);
    heading(r, "Blocs (Leiden, cooperative subgraph)");
    write_blocs(r, 0);
    heading(r, "Blocs (Louvain, cooperative subgraph)");
    write_blocs(r, 1);
    write_relations(r, "Strongest cooperative relations", a->coop, a->n_coop);
    write_relations(r, "Strongest hostile relations", a->hostile, a->n_hostile);
    write_pairs(r);
    write_balance(r);
    write_partners(r);
}

/* ---- CSV (RFC 4180) ---- */

static void csv_field(rep *r, const char *s, int first)
{
    if (!first)
        put(r, ",");
    r->oom |= ag_buf_put_csv(&r->b, s, ',', 1) != 0;
}

static void write_csv(rep *r)
{
    const ag_analysis *a = r->a;
    put(r, "rank,id,name,kind,degree,in_degree,out_degree,strength,betweenness,pagerank,"
           "eigenvector,hub,authority,harmonic,community,louvain\r\n");
    for (size_t i = 0; i < a->n; i++) {
        size_t v = a->rank[i];
        const ag_actor_stats *s = &a->stats[v];
        put(r, "%zu", i + 1);
        csv_field(r, ag__an_vid(a, v), 0);
        csv_field(r, ag__an_vname(a, v), 0);
        csv_field(r, ag_actor_kind_name(a->g->nodes[s->node].kind), 0);
        put(r, ",%ld,%ld,%ld,%s,%s,%s,%s,%s,%s,%s,%ld,%ld\r\n", s->degree, s->in_degree, s->out_degree,
            num(r, s->strength, 0), num(r, s->betweenness, 10), num(r, s->pagerank, 12),
            num(r, s->eigenvector, 12), num(r, s->hub, 12), num(r, s->authority, 12),
            num(r, s->harmonic, 12), s->community, s->louvain);
    }
}

/* ---- JSON ----
 * Each builder returns its tree, or NULL when anything failed (out of
 * memory, a string jansson refuses) with what it had built released; the
 * caller owns the tree. */

/* Releases a partial tree; NULL, the builders' failure. */
static json_t *drop(json_t *j)
{
    json_decref(j);
    return NULL;
}

static json_t *json_ids(const ag_analysis *a, const size_t *v, size_t n)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < n; i++)
        if (ag__jpush(arr, json_string(ag__an_vid(a, v[i]))))
            return drop(arr);
    return arr;
}

static json_t *json_evidence_entry(const ag_evidence *e)
{
    json_t *o = json_object();
    if (ag__jset(o, "doc", ag__jstr(e->doc)) || ag__jset(o, "sentence", json_integer(e->sentence)) ||
        ag__jset(o, "text", ag__jstr(e->text)) || ag__jset(o, "date", ag__jstr(e->date)))
        return drop(o);
    return o;
}

static json_t *json_evidence(const ag_analysis *a, const vlink *v)
{
    const ag_evidence *ev[AG_GRAPH_MAX_EVIDENCE];
    size_t k = evidence_of(a, v, ev, AG_GRAPH_MAX_EVIDENCE);
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < k; i++)
        if (ag__jpush(arr, json_evidence_entry(ev[i])))
            return drop(arr);
    return arr;
}

static json_t *json_rel(const ag_analysis *a, const vlink *v, int with_evidence)
{
    json_t *o = json_object();
    if (ag__jset(o, "source", json_string(ag__an_vid(a, v->s))) ||
        ag__jset(o, "target", json_string(ag__an_vid(a, v->t))) ||
        ag__jset(o, "kind", json_string(ag_rel_kind_name(v->kind))) ||
        ag__jset(o, "label", json_string(v->label)) || ag__jset(o, "code", ag__jstr(v->code)) ||
        ag__jset(o, "polarity", json_integer(v->polarity)) || ag__jset(o, "goldstein", ag__jreal(v->goldstein)) ||
        ag__jset(o, "weight", json_integer(v->weight)) ||
        ag__jset(o, "signed_weight", ag__jreal(v->signed_weight)) ||
        (with_evidence && ag__jset(o, "evidence", json_evidence(a, v))))
        return drop(o);
    return o;
}

static json_t *json_rels(const ag_analysis *a, const size_t *idx, size_t n, int with_evidence)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < n; i++)
        if (ag__jpush(arr, json_rel(a, &a->links[idx[i]], with_evidence)))
            return drop(arr);
    return arr;
}

/* Bloc b: its members are ids[0..k). */
static json_t *json_bloc(const ag_analysis *a, long b, const size_t *ids, size_t k)
{
    json_t *o = json_object();
    if (ag__jset(o, "id", json_integer(b)) || ag__jset(o, "size", json_integer((json_int_t)k)) ||
        ag__jset(o, "members", json_ids(a, ids, k)))
        return drop(o);
    return o;
}

static json_t *json_blocs(const ag_analysis *a, int louvain)
{
    long nb = louvain ? a->n_louvain : a->n_leiden;
    size_t *mem = NULL, *start = NULL;
    json_t *arr = bloc_members(a, louvain, &mem, &start) ? NULL : json_array();
    for (long b = 1; arr && b <= nb; b++)
        if (ag__jpush(arr, json_bloc(a, b, mem + start[b], start[b + 1] - start[b])))
            arr = drop(arr);
    free(mem);
    free(start);
    if (!arr)
        return NULL;
    json_t *o = json_object();
    if (ag__jset(o, "algorithm", json_string(louvain ? "louvain" : "leiden")) ||
        ag__jset(o, "modularity", ag__jreal(louvain ? a->louvain_q : a->leiden_q)) || ag__jset(o, "blocs", arr))
        return drop(o);
    return o;
}

static json_t *json_kinds(unsigned kinds)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < AN_N_KIND_NAMES; i++)
        if ((kinds & (1u << i)) && ag__jpush(arr, json_string(ag__an_kind_names[i])))
            return drop(arr);
    return arr;
}

static json_t *json_params(const ag_analysis *a)
{
    static const char *const paths[] = {"exact", "cutoff", "sampled"};
    const ag_analyze_opts *o = &a->o;
    json_t *p = json_object();
    if (ag__jset(p, "seed", json_integer((json_int_t)o->seed)) || ag__jset(p, "damping", json_real(DAMPING)) ||
        ag__jset(p, "with_affiliation", json_boolean(o->with_affiliation || (o->kinds & AG_KIND_AFFILIATION))) ||
        ag__jset(p, "collapse", o->collapse == AG_COLLAPSE_COUNTRY ? json_string("country") : json_null()) ||
        ag__jset(p, "kinds", json_kinds(o->kinds)) || ag__jset(p, "since", ag__jstr(o->since)) ||
        ag__jset(p, "until", ag__jstr(o->until)) || ag__jset(p, "min_weight", json_integer(o->min_weight)) ||
        ag__jset(p, "betweenness", json_string(paths[a->paths])) ||
        ag__jset(p, "cutoff", a->paths == AN_PATHS_CUTOFF ? json_real(o->cutoff) : json_null()) ||
        ag__jset(p, "samples", a->paths == AN_PATHS_SAMPLED ? json_integer(o->samples) : json_null()) ||
        ag__jset(p, "exact_limit", json_integer(o->exact_limit)))
        return drop(p);
    return p;
}

/* The measures of ag_actor_stats as JSON keys. */
static const struct {
    const char *name;
    size_t offset;
    int is_real; /* double, else long */
} stat_fields[] = {
#define STAT(field, is_real) {#field, offsetof(ag_actor_stats, field), is_real}
    STAT(degree, 0),
    STAT(in_degree, 0),
    STAT(out_degree, 0),
    STAT(strength, 1),
    STAT(betweenness, 1),
    STAT(pagerank, 1),
    STAT(eigenvector, 1),
    STAT(hub, 1),
    STAT(authority, 1),
    STAT(harmonic, 1),
    STAT(community, 0),
    STAT(louvain, 0),
#undef STAT
};

/* The actor at rank position i; buf is scratch for its partners. */
static json_t *json_node(const ag_analysis *a, size_t i, size_t *buf)
{
    size_t v = a->rank[i];
    const ag_actor_stats *s = &a->stats[v];
    json_t *n = json_object();
    if (ag__jset(n, "rank", json_integer((json_int_t)i + 1)) ||
        ag__jset(n, "tied", json_boolean(ag__an_rank_tied(a, i))) ||
        ag__jset(n, "id", json_string(ag__an_vid(a, v))) || ag__jset(n, "name", json_string(ag__an_vname(a, v))) ||
        ag__jset(n, "kind", json_string(ag_actor_kind_name(a->g->nodes[s->node].kind))))
        return drop(n);
    for (size_t k = 0; k < sizeof stat_fields / sizeof stat_fields[0]; k++) {
        const char *field = (const char *)s + stat_fields[k].offset;
        if (ag__jset(n, stat_fields[k].name,
                     stat_fields[k].is_real ? ag__jreal(*(const double *)field) : json_integer(*(const long *)field)))
            return drop(n);
    }
    if (ag__jset(n, "allies", json_ids(a, buf, partners(a, v, 1, buf))) ||
        ag__jset(n, "adversaries", json_ids(a, buf, partners(a, v, -1, buf))))
        return drop(n);
    return n;
}

static json_t *json_nodes(const ag_analysis *a, size_t *buf)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < a->n; i++)
        if (ag__jpush(arr, json_node(a, i, buf)))
            return drop(arr);
    return arr;
}

/* Net stances per pair, strongest first. */
static json_t *json_pairs(const ag_analysis *a)
{
    json_t *pairs = json_array();
    for (size_t i = 0; pairs && i < a->n_pairs; i++) {
        const pair *p = &a->pairs[a->pair_order[i]];
        int swap = strcmp(ag__an_vid(a, p->a), ag__an_vid(a, p->b)) > 0;
        json_t *po = json_object();
        if (ag__jset(po, "a", json_string(ag__an_vid(a, swap ? p->b : p->a))) ||
            ag__jset(po, "b", json_string(ag__an_vid(a, swap ? p->a : p->b))) ||
            ag__jset(po, "net", ag__jreal(p->net)) || ag__jset(po, "weight", json_integer(p->weight))) {
            json_decref(po);
            return drop(pairs);
        }
        if (ag__jpush(pairs, po))
            return drop(pairs);
    }
    return pairs;
}

/* One unbalanced triangle: its actors, the signs of its sides, its weight. */
static json_t *json_triad(const ag_analysis *a, const triad *t)
{
    json_t *o = json_object(), *signs = json_array();
    for (int k = 0; signs && k < 3; k++)
        if (ag__jpush(signs, json_integer(t->sign[k])))
            signs = drop(signs);
    if (ag__jset(o, "signs", signs) || ag__jset(o, "actors", json_ids(a, t->v, 3)) ||
        ag__jset(o, "weight", json_integer(t->weight)))
        return drop(o);
    return o;
}

/* Structural balance; the unbalanced triangles strongest first. */
static json_t *json_balance(const ag_analysis *a)
{
    json_t *balance = json_object(), *unb = json_array();
    for (size_t i = 0; unb && i < a->n_unbalanced; i++)
        if (ag__jpush(unb, json_triad(a, &a->unbalanced[i])))
            unb = drop(unb);
    if (ag__jset(balance, "unbalanced", unb) ||
        ag__jset(balance, "triangles", json_integer((json_int_t)a->n_triangles)) ||
        ag__jset(balance, "balanced", json_integer((json_int_t)a->n_balanced)) ||
        ag__jset(balance, "balanced_share",
                 a->n_triangles ? json_real((double)a->n_balanced / (double)a->n_triangles) : json_null()))
        return drop(balance);
    return balance;
}

/* {"count", "largest", "largest_share"}: the weakly connected components
 * of the centrality graph. */
static json_t *json_components(const ag_analysis *a)
{
    json_t *c = json_object();
    if (ag__jset(c, "count", json_integer((json_int_t)a->n_components)) ||
        ag__jset(c, "largest", json_integer((json_int_t)a->largest_component)) ||
        ag__jset(c, "largest_share", a->n ? json_real((double)a->largest_component / (double)a->n) : json_null()))
        return drop(c);
    return c;
}

/* --actor: the actor and its relations with evidence; buf is scratch. */
static json_t *json_actor(const ag_analysis *a, size_t *buf)
{
    size_t v = (size_t)a->actor;
    json_t *o = json_object();
    if (ag__jset(o, "id", json_string(ag__an_vid(a, v))) || ag__jset(o, "name", json_string(ag__an_vname(a, v))) ||
        ag__jset(o, "relations", json_rels(a, buf, links_of(a, v, -1, buf), 1)))
        return drop(o);
    return o;
}

/* Step i of the --path chain: the counted relations between its ends. */
static json_t *json_step(const ag_analysis *a, size_t i, size_t *buf)
{
    size_t k = links_of(a, (size_t)a->path[i], a->path[i + 1], buf), c = 0;
    for (size_t j = 0; j < k; j++)
        if (a->links[buf[j]].counted)
            buf[c++] = buf[j];
    json_t *o = json_object();
    if (ag__jset(o, "from", json_string(ag__an_vid(a, (size_t)a->path[i]))) ||
        ag__jset(o, "to", json_string(ag__an_vid(a, (size_t)a->path[i + 1]))) ||
        ag__jset(o, "relations", json_rels(a, buf, c, 1)))
        return drop(o);
    return o;
}

/* --path: the chain of relations from one actor to the other. */
static json_t *json_path(const ag_analysis *a, size_t *buf)
{
    json_t *o = json_object(), *steps = json_array();
    for (size_t i = 0; steps && i + 1 < a->n_path; i++)
        if (ag__jpush(steps, json_step(a, i, buf)))
            steps = drop(steps);
    if (ag__jset(o, "steps", steps) || ag__jset(o, "from", json_string(a->o.path_from)) ||
        ag__jset(o, "to", json_string(a->o.path_to)) || ag__jset(o, "found", json_boolean(a->n_path > 0)))
        return drop(o);
    return o;
}

static json_t *json_summary(const ag_analysis *a)
{
    json_t *s = json_object();
    if (ag__jset(s, "graph_nodes", json_integer((json_int_t)a->src->n_nodes)) ||
        ag__jset(s, "graph_links", json_integer((json_int_t)a->src->n_links)) ||
        ag__jset(s, "actors", json_integer((json_int_t)a->n)) ||
        ag__jset(s, "relations", json_integer((json_int_t)a->n_links)) ||
        ag__jset(s, "edges", json_integer((json_int_t)a->n_edges)) ||
        ag__jset(s, "symmetric", json_boolean(a->symmetric)))
        return drop(s);
    return s;
}

static json_t *json_communities(const ag_analysis *a)
{
    json_t *c = json_object();
    if (ag__jset(c, "leiden", json_blocs(a, 0)) || ag__jset(c, "louvain", json_blocs(a, 1)))
        return drop(c);
    return c;
}

/* The whole report; buf is scratch for a->n_pairs + a->n_links + 1 indices. */
static json_t *json_report_in(const ag_analysis *a, size_t *buf)
{
    json_t *root = json_object();
    if (ag__jset(root, "format", json_string("actorgraph-analysis/1")) ||
        ag__jset(root, "summary", json_summary(a)) || ag__jset(root, "components", json_components(a)) ||
        ag__jset(root, "params", json_params(a)) || ag__jset(root, "nodes", json_nodes(a, buf)) ||
        ag__jset(root, "communities", json_communities(a)) ||
        ag__jset(root, "cooperative", json_rels(a, a->coop, a->n_coop, 0)) ||
        ag__jset(root, "hostile", json_rels(a, a->hostile, a->n_hostile, 0)) ||
        ag__jset(root, "pairs", json_pairs(a)) || ag__jset(root, "balance", json_balance(a)) ||
        (a->actor >= 0 && ag__jset(root, "actor", json_actor(a, buf))) ||
        (a->path_asked && ag__jset(root, "path", json_path(a, buf))))
        return drop(root);
    return root;
}

/* The report as a jansson tree (the caller's), or NULL when out of memory. */
static json_t *json_report(const ag_analysis *a)
{
    size_t *buf = malloc((a->n_pairs + a->n_links + 1) * sizeof *buf);
    json_t *root = buf ? json_report_in(a, buf) : NULL;
    free(buf);
    return root;
}

ag_status ag_analysis_write(const ag_analysis *a, ag_report_format f, FILE *out, ag_error *err)
{
    ag_status st = AG_OK;
    rep r = {AG_BUF_INIT, 0, f, a, ag_arena_new()};
    json_t *root = NULL;
    if (!r.ar) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the report");
        goto out;
    }
    if (f == AG_REPORT_JSON) {
        root = json_report(a);
        if (!root) {
            st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the report");
            goto out;
        }
        if (json_dumpf(root, out, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(15)) ||
            fputc('\n', out) == EOF)
            st = ag_error_set(err, AG_EIO, "cannot write the report");
        goto out;
    }
    if (f == AG_REPORT_CSV)
        write_csv(&r);
    else
        write_text(&r);
    if (r.oom) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing the report");
        goto out;
    }
    if (r.b.len && fwrite(r.b.data, 1, r.b.len, out) != r.b.len)
        st = ag_error_set(err, AG_EIO, "cannot write the report");
out:
    if (!st && ferror(out))
        st = ag_error_set(err, AG_EIO, "cannot write the report");
    json_decref(root);
    ag_buf_free(&r.b);
    ag_arena_free(r.ar);
    return st;
}

ag_status ag_analyze_report(const ag_graph *g, const ag_analyze_opts *o, ag_report_format f,
                            FILE *out, ag_error *err)
{
    ag_analysis *a = NULL;
    ag_status st = ag_analysis_run(g, o, &a, err);
    if (!st)
        st = ag_analysis_write(a, f, out, err);
    ag_analysis_free(a);
    return st;
}
