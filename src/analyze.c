/* analyze.c — see analyze.h and docs/analysis.md.
 *
 * Steps: (1) a "view" of the graph: filters applied, actors optionally
 * rolled up into their countries, links merged per (source, target, kind,
 * label) of the view; (2) three igraph graphs built from it — directed
 * (centrality), undirected (eigenvector, paths) and undirected cooperative
 * (blocs) — each simple, parallel relations summed into one weighted edge;
 * (3) igraph computes every measure; (4) the signed relations (net stance
 * per pair, balance); (5) a writer per report format.
 */
#include "analyze.h"

#include <igraph.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DAMPING 0.85
#define DEFAULT_TOP 20
#define DEFAULT_SEED 1UL
#define DEFAULT_EXACT_LIMIT 5000L
#define DEFAULT_CUTOFF 4.0
#define TEXT_EVIDENCE 2 /* evidence sentences per relation in text/md */

/* ---- options ---- */

void ag_analyze_opts_init(ag_analyze_opts *o)
{
    memset(o, 0, sizeof *o);
    o->top = DEFAULT_TOP;
    o->min_weight = 1;
    o->seed = DEFAULT_SEED;
    o->exact_limit = DEFAULT_EXACT_LIMIT;
    o->cutoff = DEFAULT_CUTOFF;
}

int ag_report_format_parse(const char *s, ag_report_format *f)
{
    static const struct {
        const char *name;
        ag_report_format f;
    } names[] = {{"text", AG_REPORT_TEXT}, {"txt", AG_REPORT_TEXT}, {"md", AG_REPORT_MD},
                 {"markdown", AG_REPORT_MD}, {"csv", AG_REPORT_CSV}, {"json", AG_REPORT_JSON}};
    for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) {
            *f = names[i].f;
            return 0;
        }
    return -1;
}

static const char *const kind_names[] = {"stance", "meeting", "affiliation",
                                         "country", "person", "organization"};
#define N_KIND_NAMES (sizeof kind_names / sizeof kind_names[0])
#define REL_KIND_BITS (AG_KIND_STANCE | AG_KIND_MEETING | AG_KIND_AFFILIATION)
#define ACTOR_KIND_BITS (AG_KIND_COUNTRY | AG_KIND_PERSON | AG_KIND_ORGANIZATION)

int ag_analyze_kinds_parse(const char *s, unsigned *kinds)
{
    unsigned k = 0;
    while (s && *s) {
        size_t n = strcspn(s, ",");
        size_t i;
        for (i = 0; i < N_KIND_NAMES; i++)
            if (strlen(kind_names[i]) == n && strncmp(s, kind_names[i], n) == 0)
                break;
        if (i == N_KIND_NAMES && n > 0)
            return -1;
        if (i < N_KIND_NAMES)
            k |= 1u << i;
        s += n;
        if (*s == ',')
            s++;
    }
    if (!k)
        return -1;
    *kinds |= k;
    return 0;
}

/* ---- the analysis ---- */

/* Links of the view merged per (s, t, kind, label); a meeting has s < t
 * by actor id.  members[first .. first + n) are the graph links merged. */
typedef struct vlink {
    size_t s, t; /* vertices */
    ag_rel_kind kind;
    const char *label, *code;
    int polarity;     /* effective: a meeting without polarity is cooperation */
    double goldstein; /* of the first merged link */
    long weight;
    double signed_weight;
    size_t first, n;
    int counted; /* part of the centrality graph */
} vlink;

/* Net stance of an unordered pair of vertices (a < b by id). */
typedef struct pair {
    size_t a, b;
    double net;
    long weight;
} pair;

typedef struct triad {
    size_t v[3]; /* sorted by id */
    int sign[3]; /* of (v0,v1), (v0,v2), (v1,v2) */
} triad;

struct ag_analysis {
    const ag_graph *g;
    ag_analyze_opts o;    /* strings copied into the arena */
    ag_arena *arena;
    size_t n;             /* vertices */
    size_t *node_of;      /* vertex -> graph node */
    long *vertex_of;      /* graph node -> vertex, -1 if left out */
    vlink *links;
    size_t n_links;
    size_t *members;      /* graph link indices, grouped per vlink */
    size_t n_graph_links; /* graph links that passed the filters */
    ag_actor_stats *stats; /* per vertex */
    long *stats_of_node;  /* graph node -> vertex whose stats are its own, or -1 */
    size_t *rank;         /* vertices by PageRank, then id */
    size_t *coop, n_coop, *hostile, n_hostile; /* vlinks by weight */
    size_t n_edges;       /* edges of the directed centrality graph */
    int approximate;      /* betweenness/harmonic with a cutoff */
    long n_leiden, n_louvain;
    double leiden_q, louvain_q;
    pair *pairs;          /* by vertex pair, for lookup */
    size_t n_pairs;
    size_t *pair_order;   /* pairs by |net| */
    size_t *padj, *padj_start; /* per vertex: its pairs, in pair_order */
    triad *unbalanced;
    size_t n_triangles, n_balanced, n_unbalanced;
    long actor;           /* vertex of --actor, or -1 */
    int path_asked;
    long *path;           /* vertices of --path, NULL/0 when there is none */
    size_t n_path;
};

static const char *vid(const ag_analysis *a, size_t v)
{
    return a->g->nodes[a->node_of[v]].id;
}

static const char *vname(const ag_analysis *a, size_t v)
{
    return a->g->nodes[a->node_of[v]].name;
}

/* "YYYYMMDD" -> "YYYY-MM-DD" (also YYYYMM); other forms are kept. */
static void date_key(const char *in, char out[16])
{
    size_t n = strlen(in), digits = strspn(in, "0123456789");
    if ((n == 8 || n == 6) && digits == n) {
        snprintf(out, 16, "%.4s-%.2s%s%.2s", in, in + 4, n == 8 ? "-" : "", n == 8 ? in + 6 : "");
    } else {
        snprintf(out, 16, "%.10s", in);
    }
}

static int date_ok(const char *s)
{
    /* YYYY, YYYY-MM, YYYY-MM-DD, YYYYMM, YYYYMMDD */
    size_t n = strlen(s);
    if (n == 4 || n == 6 || n == 8)
        return strspn(s, "0123456789") == n;
    if (n == 7 || n == 10)
        return strspn(s, "0123456789") == 4 && s[4] == '-' && strspn(s + 5, "0123456789") == 2 &&
               (n == 7 || (s[7] == '-' && strspn(s + 8, "0123456789") == 2));
    return 0;
}

static int evidence_in_range(const ag_analysis *a, const ag_evidence *e)
{
    char k[16], since[16], until[16];
    if (!e->date)
        return 0;
    date_key(e->date, k);
    if (a->o.since) {
        date_key(a->o.since, since);
        if (strncmp(k, since, strlen(since)) < 0)
            return 0;
    }
    if (a->o.until) {
        date_key(a->o.until, until);
        if (strncmp(k, until, strlen(until)) > 0)
            return 0;
    }
    return 1;
}

/* The weight a link keeps under the date filter: all of it when every
 * evidence entry is in range, else the entries in range (a lower bound:
 * evidence is capped, see graph.h).  Undated links are dropped: nothing
 * shows they fall in the range. */
static long filtered_weight(const ag_analysis *a, const ag_link *l)
{
    if (!a->o.since && !a->o.until)
        return l->weight;
    long in = 0;
    for (size_t i = 0; i < l->n_evidence; i++)
        in += evidence_in_range(a, &l->evidence[i]);
    return in > 0 && (size_t)in == l->n_evidence ? l->weight : in;
}

/* Where an actor ends up when rolled up into countries: the first country
 * on its affiliation chain, or itself.  The walk is bounded: a cycle in a
 * hand-written file must not loop forever. */
static size_t root_of(const ag_graph *g, size_t i, ag_collapse c)
{
    if (c != AG_COLLAPSE_COUNTRY)
        return i;
    size_t cur = i;
    for (size_t step = 0; step <= g->n_nodes; step++) {
        if (g->nodes[cur].kind == AG_ACTOR_COUNTRY)
            return cur;
        long next = ag_graph_find_node(g, g->nodes[cur].affiliation);
        if (next < 0)
            break;
        cur = (size_t)next;
    }
    return i;
}

static int rel_kind_kept(const ag_analysis *a, ag_rel_kind k)
{
    unsigned rk = a->o.kinds & REL_KIND_BITS;
    return !rk || (rk & (1u << k));
}

static int actor_kind_kept(const ag_analysis *a, ag_actor_kind k)
{
    unsigned ak = a->o.kinds & ACTOR_KIND_BITS;
    return !ak || (ak & (1u << (k + 3)));
}

typedef struct entry {
    size_t s, t, link;
    ag_rel_kind kind;
    const char *label;
    long w;
} entry;

static int entry_cmp(const void *x, const void *y)
{
    const entry *p = x, *q = y;
    if (p->s != q->s)
        return p->s < q->s ? -1 : 1;
    if (p->t != q->t)
        return p->t < q->t ? -1 : 1;
    if (p->kind != q->kind)
        return p->kind < q->kind ? -1 : 1;
    int c = strcmp(p->label, q->label);
    if (c)
        return c;
    return p->link < q->link ? -1 : p->link > q->link;
}

static int same_relation(const entry *p, const entry *q)
{
    return p->s == q->s && p->t == q->t && p->kind == q->kind && strcmp(p->label, q->label) == 0;
}

static ag_status view_build(ag_analysis *a, ag_error *err)
{
    const ag_graph *g = a->g;
    ag_status st = AG_OK;
    entry *ent = NULL;
    size_t n_ent = 0;

    a->vertex_of = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *a->vertex_of);
    a->node_of = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *a->node_of);
    a->stats_of_node = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *a->stats_of_node);
    ent = malloc((g->n_links ? g->n_links : 1) * sizeof *ent);
    if (!a->vertex_of || !a->node_of || !a->stats_of_node || !ent) {
        st = AG_ENOMEM;
        goto out;
    }
    /* Vertices: the roots that pass the actor-kind filter, in node order.
     * A root's vertex is also where its own stats are: stats_of_node. */
    long *vertex_of_root = a->stats_of_node;
    for (size_t i = 0; i < g->n_nodes; i++) {
        vertex_of_root[i] = -1;
        if (root_of(g, i, a->o.collapse) == i && actor_kind_kept(a, g->nodes[i].kind)) {
            a->node_of[a->n] = i;
            vertex_of_root[i] = (long)a->n++;
        }
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        a->vertex_of[i] = vertex_of_root[root_of(g, i, a->o.collapse)];

    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        long s = a->vertex_of[l->source], t = a->vertex_of[l->target];
        if (s < 0 || t < 0 || s == t || !rel_kind_kept(a, l->kind))
            continue;
        long w = filtered_weight(a, l);
        if (w <= 0 || w < a->o.min_weight)
            continue;
        if (l->kind == AG_REL_MEETING && strcmp(vid(a, (size_t)s), vid(a, (size_t)t)) > 0) {
            long tmp = s;
            s = t;
            t = tmp;
        }
        ent[n_ent++] = (entry){(size_t)s, (size_t)t, i, l->kind, l->label, w};
    }
    a->n_graph_links = n_ent;
    qsort(ent, n_ent, sizeof *ent, entry_cmp);

    a->members = malloc((n_ent ? n_ent : 1) * sizeof *a->members);
    a->links = malloc((n_ent ? n_ent : 1) * sizeof *a->links);
    if (!a->members || !a->links) {
        st = AG_ENOMEM;
        goto out;
    }
    int affiliation_counts = a->o.with_affiliation || (a->o.kinds & AG_KIND_AFFILIATION);
    for (size_t i = 0; i < n_ent; i++) {
        a->members[i] = ent[i].link;
        if (i > 0 && same_relation(&ent[i - 1], &ent[i])) {
            vlink *v = &a->links[a->n_links - 1];
            v->weight += ent[i].w;
            v->n++;
            continue;
        }
        const ag_link *l = &g->links[ent[i].link];
        vlink *v = &a->links[a->n_links++];
        memset(v, 0, sizeof *v);
        v->s = ent[i].s;
        v->t = ent[i].t;
        v->kind = ent[i].kind;
        v->label = ent[i].label;
        v->code = l->code;
        v->polarity = l->kind == AG_REL_MEETING && l->polarity == 0 ? 1 : l->polarity;
        v->goldstein = l->goldstein;
        v->weight = ent[i].w;
        v->first = i;
        v->n = 1;
        v->counted = l->kind != AG_REL_AFFILIATION || affiliation_counts;
    }
    for (size_t i = 0; i < a->n_links; i++) {
        vlink *v = &a->links[i];
        /* A relation without a Goldstein weight keeps its sign. */
        double mag = fabs(v->goldstein) > 0 ? fabs(v->goldstein) : 1.0;
        v->signed_weight = v->kind == AG_REL_AFFILIATION ? 0.0 : v->polarity * mag * (double)v->weight;
    }
out:
    free(ent);
    if (st)
        ag_error_set(err, st, "out of memory while preparing the analysis");
    return st;
}

/* ---- igraph ---- */

#define IG(what, call)                                                                   \
    do {                                                                                 \
        igraph_error_t ige_ = (call);                                                    \
        if (ige_ != IGRAPH_SUCCESS) {                                                    \
            st = ag_error_set(err, ige_ == IGRAPH_ENOMEM ? AG_ENOMEM : AG_ELIB,          \
                              "igraph: %s failed: %s", what, igraph_strerror(ige_));     \
            goto out;                                                                    \
        }                                                                                \
    } while (0)

typedef struct wedge {
    size_t u, v;
    double w;
} wedge;

static int wedge_cmp(const void *x, const void *y)
{
    const wedge *p = x, *q = y;
    if (p->u != q->u)
        return p->u < q->u ? -1 : 1;
    return p->v < q->v ? -1 : p->v > q->v;
}

/* A simple igraph graph from weighted edges: parallel edges merged with
 * their weights summed, edges in (u, v) order so results are stable.
 * On success *made is set and the caller destroys graph and weights. */
static ag_status make_graph(wedge *e, size_t m, size_t n, int directed, igraph_t *graph,
                            igraph_vector_t *weights, int *made, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_int_t edges;
    int have_edges = 0, have_w = 0;
    size_t k = 0;
    qsort(e, m, sizeof *e, wedge_cmp);
    for (size_t i = 0; i < m; i++) {
        if (k > 0 && e[k - 1].u == e[i].u && e[k - 1].v == e[i].v)
            e[k - 1].w += e[i].w;
        else
            e[k++] = e[i];
    }
    IG("vector", igraph_vector_int_init(&edges, (igraph_integer_t)(2 * k)));
    have_edges = 1;
    IG("vector", igraph_vector_init(weights, (igraph_integer_t)k));
    have_w = 1;
    for (size_t i = 0; i < k; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)e[i].u;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)e[i].v;
        VECTOR(*weights)[i] = e[i].w;
    }
    IG("create", igraph_create(graph, &edges, (igraph_integer_t)n, directed));
    *made = 1;
out:
    if (have_edges)
        igraph_vector_int_destroy(&edges);
    if (st && have_w)
        igraph_vector_destroy(weights);
    return st;
}

/* Renumbers a membership so bloc 1 is the largest, ties broken by the
 * smallest member id: the numbers then do not depend on igraph's order. */
typedef struct bloc_key {
    long old, size;
    const char *min_id;
} bloc_key;

static int bloc_cmp(const void *x, const void *y)
{
    const bloc_key *p = x, *q = y;
    if (p->size != q->size)
        return p->size > q->size ? -1 : 1;
    return strcmp(p->min_id, q->min_id);
}

static ag_status renumber(const ag_analysis *a, const igraph_vector_int_t *mem, long *out,
                          size_t stride, long *n_blocs)
{
    size_t n = a->n;
    long k = 0;
    for (size_t i = 0; i < n; i++)
        if (VECTOR(*mem)[i] + 1 > k)
            k = (long)VECTOR(*mem)[i] + 1;
    bloc_key *keys = calloc((size_t)k + 1, sizeof *keys);
    long *new_of = malloc(((size_t)k + 1) * sizeof *new_of);
    if (!keys || !new_of) {
        free(keys);
        free(new_of);
        return AG_ENOMEM;
    }
    for (long c = 0; c < k; c++)
        keys[c].old = c;
    for (size_t i = 0; i < n; i++) {
        bloc_key *b = &keys[VECTOR(*mem)[i]];
        b->size++;
        if (!b->min_id || strcmp(vid(a, i), b->min_id) < 0)
            b->min_id = vid(a, i);
    }
    long used = 0;
    for (long c = 0; c < k; c++)
        if (keys[c].size)
            keys[used++] = keys[c];
    qsort(keys, (size_t)used, sizeof *keys, bloc_cmp);
    for (long c = 0; c < used; c++)
        new_of[keys[c].old] = c + 1;
    for (size_t i = 0; i < n; i++)
        *(long *)((char *)out + i * stride) = new_of[VECTOR(*mem)[i]];
    *n_blocs = used;
    free(keys);
    free(new_of);
    return AG_OK;
}

typedef struct rank_key {
    long long q; /* PageRank quantized: ties compare equal on every platform */
    const char *id;
    size_t v;
} rank_key;

static int rank_cmp(const void *x, const void *y)
{
    const rank_key *p = x, *q = y;
    if (p->q != q->q)
        return p->q > q->q ? -1 : 1;
    return strcmp(p->id, q->id);
}

static ag_status blocs(ag_analysis *a, const igraph_t *coop, const igraph_vector_t *cw, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_int_t mem;
    igraph_vector_t nodew;
    int have_mem = 0, have_nodew = 0;
    igraph_integer_t nb = 0;
    igraph_real_t quality = 0;

    IG("vector", igraph_vector_int_init(&mem, (igraph_integer_t)a->n));
    have_mem = 1;
    IG("vector", igraph_vector_init(&nodew, 0));
    have_nodew = 1;
    double total = igraph_vector_sum(cw);
    if (igraph_ecount(coop) == 0 || !(total > 0)) {
        /* No cooperation at all: every actor is its own bloc. */
        for (size_t i = 0; i < a->n; i++)
            VECTOR(mem)[i] = (igraph_integer_t)i;
        st = renumber(a, &mem, &a->stats[0].community, sizeof a->stats[0], &a->n_leiden);
        if (!st)
            st = renumber(a, &mem, &a->stats[0].louvain, sizeof a->stats[0], &a->n_louvain);
        if (st)
            ag_error_set(err, st, "out of memory while numbering blocs");
        a->leiden_q = a->louvain_q = NAN;
        goto out;
    }
    /* Leiden with the modularity objective: node weights are strengths and
     * the resolution 1/(2m) (igraph's documented recipe). */
    IG("strength", igraph_strength(coop, &nodew, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, cw));
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("Leiden", igraph_community_leiden(coop, cw, &nodew, 1.0 / (2.0 * total), 0.01, 0, -1, &mem,
                                         &nb, &quality));
    IG("modularity", igraph_modularity(coop, &mem, cw, 1.0, 0, &quality));
    a->leiden_q = quality;
    if (renumber(a, &mem, &a->stats[0].community, sizeof a->stats[0], &a->n_leiden)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while numbering blocs");
        goto out;
    }
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("Louvain", igraph_community_multilevel(coop, cw, 1.0, &mem, NULL, NULL));
    IG("modularity", igraph_modularity(coop, &mem, cw, 1.0, 0, &quality));
    a->louvain_q = quality;
    if (renumber(a, &mem, &a->stats[0].louvain, sizeof a->stats[0], &a->n_louvain))
        st = ag_error_set(err, AG_ENOMEM, "out of memory while numbering blocs");
out:
    if (have_mem)
        igraph_vector_int_destroy(&mem);
    if (have_nodew)
        igraph_vector_destroy(&nodew);
    return st;
}

/* Eigenvector solvers leave rounding noise like -1e-17 where the answer
 * is 0: it would print as "-0.000". */
static double tidy(double x)
{
    return fabs(x) < 1e-12 ? 0.0 : x;
}

/* Every measure that needs igraph.  The three graphs are built here and
 * the undirected one is kept for --path. */
static ag_status centrality(ag_analysis *a, igraph_t *und, int *have_und, ag_error *err)
{
    ag_status st = AG_OK;
    size_t n = a->n;
    wedge *ed = NULL, *eu = NULL, *ec = NULL;
    size_t md = 0, mu = 0, mc = 0;
    igraph_t dir, coop;
    igraph_vector_t wd, wu, wc, res, res2;
    igraph_vector_int_t deg;
    int have_dir = 0, have_coop = 0, have_res = 0, have_res2 = 0, have_deg = 0;
    igraph_real_t value;

    ed = malloc((2 * a->n_links + 1) * sizeof *ed);
    eu = malloc((a->n_links + 1) * sizeof *eu);
    ec = malloc((a->n_links + 1) * sizeof *ec);
    if (!ed || !eu || !ec) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while building the igraph graphs");
        goto out;
    }
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *v = &a->links[i];
        if (!v->counted)
            continue;
        double w = (double)v->weight;
        size_t lo = v->s < v->t ? v->s : v->t, hi = v->s < v->t ? v->t : v->s;
        ed[md++] = (wedge){v->s, v->t, w};
        if (v->kind == AG_REL_MEETING)
            ed[md++] = (wedge){v->t, v->s, w};
        eu[mu++] = (wedge){lo, hi, w};
        if (v->polarity > 0 || v->kind == AG_REL_AFFILIATION)
            ec[mc++] = (wedge){lo, hi, w};
    }
    if ((st = make_graph(ed, md, n, 1, &dir, &wd, &have_dir, err)) ||
        (st = make_graph(eu, mu, n, 0, und, &wu, have_und, err)) ||
        (st = make_graph(ec, mc, n, 0, &coop, &wc, &have_coop, err)))
        goto out;
    a->n_edges = (size_t)igraph_ecount(&dir);

    IG("vector", igraph_vector_int_init(&deg, 0));
    have_deg = 1;
    IG("vector", igraph_vector_init(&res, 0));
    have_res = 1;
    IG("vector", igraph_vector_init(&res2, 0));
    have_res2 = 1;

    IG("degree", igraph_degree(&dir, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS));
    for (size_t i = 0; i < n; i++)
        a->stats[i].degree = (long)VECTOR(deg)[i];
    IG("degree", igraph_degree(&dir, &deg, igraph_vss_all(), IGRAPH_IN, IGRAPH_LOOPS));
    for (size_t i = 0; i < n; i++)
        a->stats[i].in_degree = (long)VECTOR(deg)[i];
    IG("degree", igraph_degree(&dir, &deg, igraph_vss_all(), IGRAPH_OUT, IGRAPH_LOOPS));
    for (size_t i = 0; i < n; i++)
        a->stats[i].out_degree = (long)VECTOR(deg)[i];
    IG("strength", igraph_strength(&dir, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &wd));
    for (size_t i = 0; i < n; i++)
        a->stats[i].strength = VECTOR(res)[i];

    /* Betweenness and harmonic closeness count hops: link weights are
     * strengths, not distances. */
    a->approximate = (long)n > a->o.exact_limit;
    if (a->approximate)
        IG("betweenness", igraph_betweenness_cutoff(&dir, &res, igraph_vss_all(), 1, NULL,
                                                    a->o.cutoff));
    else
        IG("betweenness", igraph_betweenness(&dir, &res, igraph_vss_all(), 1, NULL));
    for (size_t i = 0; i < n; i++)
        a->stats[i].betweenness = VECTOR(res)[i];
    if (a->approximate)
        IG("harmonic centrality", igraph_harmonic_centrality_cutoff(&dir, &res, igraph_vss_all(),
                                                                    IGRAPH_ALL, NULL, 1, a->o.cutoff));
    else
        IG("harmonic centrality",
           igraph_harmonic_centrality(&dir, &res, igraph_vss_all(), IGRAPH_ALL, NULL, 1));
    for (size_t i = 0; i < n; i++)
        a->stats[i].harmonic = VECTOR(res)[i];

    IG("PageRank", igraph_pagerank(&dir, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(),
                                   1, DAMPING, &wd, NULL));
    for (size_t i = 0; i < n; i++)
        a->stats[i].pagerank = VECTOR(res)[i];

    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("eigenvector centrality",
       igraph_eigenvector_centrality(und, &res, &value, 0, 1, &wu, NULL));
    for (size_t i = 0; i < n; i++)
        a->stats[i].eigenvector = tidy(VECTOR(res)[i]);

    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("hub and authority scores",
       igraph_hub_and_authority_scores(&dir, &res, &res2, &value, 1, &wd, NULL));
    for (size_t i = 0; i < n; i++) {
        a->stats[i].hub = tidy(VECTOR(res)[i]);
        a->stats[i].authority = tidy(VECTOR(res2)[i]);
    }

    st = blocs(a, &coop, &wc, err);
out:
    free(ed);
    free(eu);
    free(ec);
    if (have_dir) {
        igraph_destroy(&dir);
        igraph_vector_destroy(&wd);
    }
    if (*have_und)
        igraph_vector_destroy(&wu);
    if (have_coop) {
        igraph_destroy(&coop);
        igraph_vector_destroy(&wc);
    }
    if (have_res)
        igraph_vector_destroy(&res);
    if (have_res2)
        igraph_vector_destroy(&res2);
    if (have_deg)
        igraph_vector_int_destroy(&deg);
    return st;
}

/* ---- ordering ---- */

typedef struct rel_key {
    long weight;
    double mag;
    const char *s, *t, *label;
    int kind;
    size_t i;
} rel_key;

static int rel_key_cmp(const void *x, const void *y)
{
    const rel_key *p = x, *q = y;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    if (p->mag != q->mag)
        return p->mag > q->mag ? -1 : 1;
    int c = strcmp(p->s, q->s);
    if (!c)
        c = strcmp(p->t, q->t);
    if (!c)
        c = strcmp(p->label, q->label);
    return c ? c : (p->kind > q->kind) - (p->kind < q->kind);
}

/* Orders view links by weight, |signed weight|, source id, target id,
 * label.  The keys are copied out so plain qsort needs no context.
 * 0 ok, -1 out of memory. */
static int sort_links(const ag_analysis *a, size_t *idx, size_t n)
{
    rel_key *k = malloc((n + 1) * sizeof *k);
    if (!k)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const vlink *v = &a->links[idx[i]];
        k[i] = (rel_key){v->weight, fabs(v->signed_weight), vid(a, v->s), vid(a, v->t), v->label,
                         (int)v->kind, idx[i]};
    }
    qsort(k, n, sizeof *k, rel_key_cmp);
    for (size_t i = 0; i < n; i++)
        idx[i] = k[i].i;
    free(k);
    return 0;
}

static ag_status relations(ag_analysis *a)
{
    a->coop = malloc((a->n_links + 1) * sizeof *a->coop);
    a->hostile = malloc((a->n_links + 1) * sizeof *a->hostile);
    if (!a->coop || !a->hostile)
        return AG_ENOMEM;
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *v = &a->links[i];
        if (v->kind == AG_REL_AFFILIATION)
            continue;
        if (v->polarity > 0)
            a->coop[a->n_coop++] = i;
        else if (v->polarity < 0)
            a->hostile[a->n_hostile++] = i;
    }
    if (sort_links(a, a->coop, a->n_coop) || sort_links(a, a->hostile, a->n_hostile))
        return AG_ENOMEM;
    return AG_OK;
}

/* ---- signed relations ---- */

static int pair_cmp(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static const pair *pair_find(const ag_analysis *a, size_t u, size_t v)
{
    pair key = {u < v ? u : v, u < v ? v : u, 0, 0};
    return bsearch(&key, a->pairs, a->n_pairs, sizeof key, pair_cmp);
}

static int sign_of(double x)
{
    return x > 0 ? 1 : x < 0 ? -1 : 0;
}

typedef struct pair_key {
    double mag;
    const char *ida, *idb;
    size_t i;
} pair_key;

static int pair_key_cmp(const void *x, const void *y)
{
    const pair_key *p = x, *q = y;
    if (p->mag != q->mag)
        return p->mag > q->mag ? -1 : 1;
    int c = strcmp(p->ida, q->ida);
    return c ? c : strcmp(p->idb, q->idb);
}

/* Compares two triads given as their three ids. */
static int triad_cmp(const char *const *p, const char *const *q)
{
    for (int k = 0; k < 3; k++) {
        int c = strcmp(p[k], q[k]);
        if (c)
            return c;
    }
    return 0;
}

/* Net stance per pair (pairs are keyed by vertex index, a < b), then the
 * balance of every triangle of actors whose three pairs all have a sign. */
static ag_status signed_relations(ag_analysis *a, ag_error *err)
{
    ag_status st = AG_OK;
    wedge *e = NULL;
    pair_key *keys = NULL;
    size_t m = 0;
    igraph_t sg;
    igraph_vector_t sw;
    igraph_vector_int_t tri;
    int have_sg = 0, have_tri = 0;

    e = malloc((a->n_links + 1) * sizeof *e);
    a->pairs = malloc((a->n_links + 1) * sizeof *a->pairs);
    if (!e || !a->pairs)
        goto oom;
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *v = &a->links[i];
        if (v->kind == AG_REL_AFFILIATION)
            continue;
        e[m++] = (wedge){v->s < v->t ? v->s : v->t, v->s < v->t ? v->t : v->s, v->signed_weight};
    }
    qsort(e, m, sizeof *e, wedge_cmp);
    for (size_t i = 0; i < m; i++) {
        if (a->n_pairs > 0 && a->pairs[a->n_pairs - 1].a == e[i].u &&
            a->pairs[a->n_pairs - 1].b == e[i].v) {
            a->pairs[a->n_pairs - 1].net += e[i].w;
        } else {
            a->pairs[a->n_pairs++] = (pair){e[i].u, e[i].v, e[i].w, 0};
        }
    }
    /* Weights of the pair: every relation between the two, any direction. */
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *v = &a->links[i];
        if (v->kind == AG_REL_AFFILIATION)
            continue;
        pair *p = (pair *)pair_find(a, v->s, v->t);
        if (p)
            p->weight += v->weight;
    }
    keys = malloc((a->n_pairs + 1) * sizeof *keys);
    a->pair_order = malloc((a->n_pairs + 1) * sizeof *a->pair_order);
    if (!keys || !a->pair_order)
        goto oom;
    for (size_t i = 0; i < a->n_pairs; i++) {
        const char *x = vid(a, a->pairs[i].a), *y = vid(a, a->pairs[i].b);
        int swap = strcmp(x, y) > 0;
        keys[i] = (pair_key){fabs(a->pairs[i].net), swap ? y : x, swap ? x : y, i};
    }
    qsort(keys, a->n_pairs, sizeof *keys, pair_key_cmp);
    for (size_t i = 0; i < a->n_pairs; i++)
        a->pair_order[i] = keys[i].i;
    /* Each vertex's pairs, strongest first (a CSR index). */
    a->padj_start = calloc(a->n + 1, sizeof *a->padj_start);
    a->padj = malloc((2 * a->n_pairs + 1) * sizeof *a->padj);
    if (!a->padj_start || !a->padj)
        goto oom;
    for (size_t i = 0; i < a->n_pairs; i++) {
        a->padj_start[a->pairs[i].a + 1]++;
        a->padj_start[a->pairs[i].b + 1]++;
    }
    for (size_t v = 0; v < a->n; v++)
        a->padj_start[v + 1] += a->padj_start[v];
    for (size_t i = 0; i < a->n_pairs; i++) {
        const pair *p = &a->pairs[a->pair_order[i]];
        a->padj[a->padj_start[p->a]++] = a->pair_order[i];
        a->padj[a->padj_start[p->b]++] = a->pair_order[i];
    }
    /* The fill advanced each start to the next vertex's start: shift back. */
    for (size_t v = a->n; v > 0; v--)
        a->padj_start[v] = a->padj_start[v - 1];
    a->padj_start[0] = 0;

    /* Triangles of signed pairs, listed by igraph. */
    size_t k = 0;
    for (size_t i = 0; i < a->n_pairs; i++)
        if (sign_of(a->pairs[i].net))
            e[k++] = (wedge){a->pairs[i].a, a->pairs[i].b, a->pairs[i].net};
    if ((st = make_graph(e, k, a->n, 0, &sg, &sw, &have_sg, err)))
        goto out;
    IG("vector", igraph_vector_int_init(&tri, 0));
    have_tri = 1;
    IG("triangles", igraph_list_triangles(&sg, &tri));
    a->n_triangles = (size_t)igraph_vector_int_size(&tri) / 3;
    a->unbalanced = malloc((a->n_triangles + 1) * sizeof *a->unbalanced);
    if (!a->unbalanced)
        goto oom;
    for (size_t i = 0; i < a->n_triangles; i++) {
        size_t v[3];
        for (int j = 0; j < 3; j++)
            v[j] = (size_t)VECTOR(tri)[3 * i + (size_t)j];
        /* Sort the three by id so the listing is stable. */
        for (int x = 0; x < 3; x++)
            for (int y = x + 1; y < 3; y++)
                if (strcmp(vid(a, v[y]), vid(a, v[x])) < 0) {
                    size_t t = v[x];
                    v[x] = v[y];
                    v[y] = t;
                }
        int s01 = sign_of(pair_find(a, v[0], v[1])->net);
        int s02 = sign_of(pair_find(a, v[0], v[2])->net);
        int s12 = sign_of(pair_find(a, v[1], v[2])->net);
        if (s01 * s02 * s12 > 0) {
            a->n_balanced++;
            continue;
        }
        triad *t = &a->unbalanced[a->n_unbalanced];
        memcpy(t->v, v, sizeof v);
        t->sign[0] = s01;
        t->sign[1] = s02;
        t->sign[2] = s12;
        a->n_unbalanced++;
    }
    /* Order unbalanced triads by their ids (an index sort via the ids). */
    for (size_t i = 1; i < a->n_unbalanced; i++) {
        triad x = a->unbalanced[i];
        const char *xi[3] = {vid(a, x.v[0]), vid(a, x.v[1]), vid(a, x.v[2])};
        size_t j = i;
        while (j > 0) {
            const triad *p = &a->unbalanced[j - 1];
            const char *pi[3] = {vid(a, p->v[0]), vid(a, p->v[1]), vid(a, p->v[2])};
            if (triad_cmp(xi, pi) >= 0)
                break;
            a->unbalanced[j] = a->unbalanced[j - 1];
            j--;
        }
        a->unbalanced[j] = x;
    }
    goto out;
oom:
    st = ag_error_set(err, AG_ENOMEM, "out of memory while weighing signed relations");
out:
    free(e);
    free(keys);
    if (have_sg) {
        igraph_destroy(&sg);
        igraph_vector_destroy(&sw);
    }
    if (have_tri)
        igraph_vector_int_destroy(&tri);
    return st;
}

/* ---- questions: --actor, --path ---- */

/* The node an actor name refers to: an id, the slug of a name, a name
 * compared without case, or else the one node whose id contains the slug
 * ("erdogan" for "recep-erdogan").  -1 unknown, -2 ambiguous. */
static long find_node(const ag_analysis *a, const char *name, const char **other)
{
    const ag_graph *g = a->g;
    long i = ag_graph_find_node(g, name);
    char *slug = ag_slug(a->arena, name);
    if (i < 0 && slug)
        i = ag_graph_find_node(g, slug);
    for (size_t k = 0; i < 0 && k < g->n_nodes; k++)
        if (strcasecmp(g->nodes[k].name, name) == 0)
            i = (long)k;
    /* Any other name the actor was seen under: "Recep Erdogan". */
    for (size_t k = 0; i < 0 && k < g->n_nodes; k++)
        for (size_t q = 0; q < g->nodes[k].n_aliases; q++)
            if (strcasecmp(g->nodes[k].aliases[q], name) == 0) {
                i = (long)k;
                break;
            }
    for (size_t k = 0; i < 0 && slug && *slug && k < g->n_nodes; k++) {
        if (!strstr(g->nodes[k].id, slug))
            continue;
        for (size_t j = k + 1; j < g->n_nodes; j++)
            if (strstr(g->nodes[j].id, slug)) {
                *other = ag_arena_printf(a->arena, "%s, %s", g->nodes[k].id, g->nodes[j].id);
                return -2;
            }
        i = (long)k;
    }
    return i;
}

static ag_status resolve_actor(const ag_analysis *a, const char *name, long *out, ag_error *err)
{
    const char *both = NULL;
    long i = find_node(a, name, &both);
    if (i == -2)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is ambiguous (%s, ...): give the id",
                            name, both ? both : "several actors");
    if (i < 0)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is not in the graph", name);
    *out = a->vertex_of[i];
    if (*out < 0)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is left out by the filters", name);
    return AG_OK;
}

static ag_status questions(ag_analysis *a, const igraph_t *und, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_int_t verts;
    int have_verts = 0;
    a->actor = -1;
    if (a->o.actor && (st = resolve_actor(a, a->o.actor, &a->actor, err)))
        goto out;
    if (a->o.path_from && a->o.path_to) {
        long from, to;
        if ((st = resolve_actor(a, a->o.path_from, &from, err)) ||
            (st = resolve_actor(a, a->o.path_to, &to, err)))
            goto out;
        a->path_asked = 1;
        IG("vector", igraph_vector_int_init(&verts, 0));
        have_verts = 1;
        /* Shortest in hops over every counted relation, either direction. */
        IG("shortest path", igraph_get_shortest_path(und, &verts, NULL, (igraph_integer_t)from,
                                                     (igraph_integer_t)to, IGRAPH_ALL));
        a->n_path = (size_t)igraph_vector_int_size(&verts);
        a->path = malloc((a->n_path + 1) * sizeof *a->path);
        if (!a->path) {
            st = ag_error_set(err, AG_ENOMEM, "out of memory");
            goto out;
        }
        for (size_t i = 0; i < a->n_path; i++)
            a->path[i] = (long)VECTOR(verts)[i];
    }
out:
    if (have_verts)
        igraph_vector_int_destroy(&verts);
    return st;
}

/* ---- run ---- */

static const char *arena_copy(ag_arena *ar, const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *p = ag_arena_strdup(ar, s);
    if (!p)
        *oom = 1;
    return p;
}

ag_status ag_analysis_run(const ag_graph *g, const ag_analyze_opts *o, ag_analysis **out,
                          ag_error *err)
{
    ag_status st = AG_OK;
    ag_analysis *a = NULL;
    igraph_t und;
    int have_und = 0, oom = 0;
    rank_key *keys = NULL;
    *out = NULL;

    /* Errors come back as codes, never abort(); warnings (e.g. "graph is
     * disconnected") are not for the user.  Global, always the same value. */
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);

    if ((o->since && !date_ok(o->since)) || (o->until && !date_ok(o->until))) {
        st = ag_error_set(err, AG_EUSAGE, "dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%s'",
                          o->since && !date_ok(o->since) ? o->since : o->until);
        goto out;
    }
    if (o->cutoff <= 0 || o->exact_limit < 0) {
        st = ag_error_set(err, AG_EUSAGE, "the betweenness cutoff must be positive");
        goto out;
    }
    a = calloc(1, sizeof *a);
    if (!a || !(a->arena = ag_arena_new())) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    a->g = g;
    a->o = *o;
    a->o.since = arena_copy(a->arena, o->since, &oom);
    a->o.until = arena_copy(a->arena, o->until, &oom);
    a->o.actor = arena_copy(a->arena, o->actor, &oom);
    a->o.path_from = arena_copy(a->arena, o->path_from, &oom);
    a->o.path_to = arena_copy(a->arena, o->path_to, &oom);
    a->actor = -1;
    if (oom) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    if ((st = view_build(a, err)))
        goto out;
    a->stats = calloc(a->n + 1, sizeof *a->stats);
    a->rank = malloc((a->n + 1) * sizeof *a->rank);
    if (!a->stats || !a->rank) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < a->n; i++)
        a->stats[i].node = a->node_of[i];
    if (a->n > 0) {
        if ((st = centrality(a, &und, &have_und, err)))
            goto out;
        if ((st = signed_relations(a, err)))
            goto out;
    }
    if ((st = relations(a))) {
        ag_error_set(err, st, "out of memory");
        goto out;
    }
    keys = malloc((a->n + 1) * sizeof *keys);
    if (!keys) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < a->n; i++)
        keys[i] = (rank_key){isfinite(a->stats[i].pagerank) ? llround(a->stats[i].pagerank * 1e12) : -1,
                             vid(a, i), i};
    qsort(keys, a->n, sizeof *keys, rank_cmp);
    for (size_t i = 0; i < a->n; i++)
        a->rank[i] = keys[i].v;
    if (a->n > 0)
        st = questions(a, &und, err);
    else if (a->o.actor || a->o.path_from)
        st = ag_error_set(err, AG_EUSAGE, "actor '%s' is not in the graph",
                          a->o.actor ? a->o.actor : a->o.path_from);
    if (st)
        goto out;
    *out = a;
    a = NULL;
out:
    if (have_und)
        igraph_destroy(&und);
    free(keys);
    ag_analysis_free(a);
    return st;
}

void ag_analysis_free(ag_analysis *a)
{
    if (!a)
        return;
    free(a->node_of);
    free(a->vertex_of);
    free(a->stats_of_node);
    free(a->links);
    free(a->members);
    free(a->stats);
    free(a->rank);
    free(a->coop);
    free(a->hostile);
    free(a->pairs);
    free(a->pair_order);
    free(a->padj);
    free(a->padj_start);
    free(a->unbalanced);
    free(a->path);
    ag_arena_free(a->arena);
    free(a);
}

const ag_actor_stats *ag_analysis_node(const ag_analysis *a, size_t node)
{
    if (!a || node >= a->g->n_nodes || a->stats_of_node[node] < 0)
        return NULL;
    return &a->stats[a->stats_of_node[node]];
}

/* ============================ reports ============================ */

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
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        const char **c = realloc(t->cells, cap * sizeof *c);
        if (!c) {
            r->oom = 1;
            return;
        }
        t->cells = c;
        t->cap = cap;
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
    return sprintf_ar(r, "%s %s %s", vname(a, v->s), arrow, vname(a, v->t));
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
            if ((a->o.since || a->o.until) && !evidence_in_range(a, e))
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

static void write_blocs(rep *r, int louvain)
{
    const ag_analysis *a = r->a;
    long nb = louvain ? a->n_louvain : a->n_leiden;
    size_t *size = calloc((size_t)nb + 2, sizeof *size);
    if (!size) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < a->n; i++)
        size[bloc_of(a, i, louvain)]++;
    /* Blocs are numbered by size: the members of each, in rank order,
     * make one line, shown up to --top blocs. */
    for (long b = 1; b <= nb && (a->o.top <= 0 || b <= a->o.top); b++) {
        if (size[b] < 2)
            break; /* lone actors are listed once below */
        put(r, r->f == AG_REPORT_MD ? "- **%ld** (%zu actors): " : "  %ld (%zu actors): ", b, size[b]);
        size_t k = 0;
        for (size_t i = 0; i < a->n; i++) {
            size_t v = a->rank[i];
            if (bloc_of(a, v, louvain) != b)
                continue;
            put(r, "%s", k++ ? ", " : "");
            put_str(r, vname(a, v));
        }
        put(r, "\n");
    }
    size_t alone = 0, shown = limit(r, a->n);
    for (size_t i = 0; i < a->n; i++) {
        size_t v = a->rank[i];
        if (size[bloc_of(a, v, louvain)] != 1)
            continue;
        if (alone++ < shown) {
            put(r, "%s", alone > 1 ? ", " : r->f == AG_REPORT_MD ? "- without a bloc: " : "  without a bloc: ");
            put_str(r, vname(a, v));
        }
    }
    if (alone > shown)
        put(r, " and %zu more", alone - shown);
    if (alone)
        put(r, "\n");
    free(size);
}

static void write_summary(rep *r)
{
    const ag_analysis *a = r->a;
    const ag_analyze_opts *o = &a->o;
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    put(r, "%sgraph: %zu actors, %zu links; analyzed: %zu actors, %zu relations, %zu directed edges\n",
        li, a->g->n_nodes, a->g->n_links, a->n, a->n_links, a->n_edges);
    put(r, "%saffiliation links: %s\n", li,
        o->with_affiliation || (o->kinds & AG_KIND_AFFILIATION) ? "included" : "excluded from centrality");
    if (o->collapse == AG_COLLAPSE_COUNTRY)
        put(r, "%scollapsed: officials and agencies rolled up into their countries\n", li);
    if (o->kinds) {
        put(r, "%skinds:", li);
        for (size_t i = 0; i < N_KIND_NAMES; i++)
            if (o->kinds & (1u << i))
                put(r, " %s", kind_names[i]);
        put(r, "\n");
    }
    if (o->since || o->until)
        put(r, "%sevidence dates: %s to %s\n", li, o->since ? o->since : "any", o->until ? o->until : "any");
    if (o->min_weight > 1)
        put(r, "%sminimum weight: %ld\n", li, o->min_weight);
    if (a->approximate)
        put(r, "%sbetweenness and harmonic closeness: approximate, paths of at most %g steps (more than %ld actors)\n",
            li, o->cutoff, o->exact_limit);
    else
        put(r, "%sbetweenness and harmonic closeness: exact\n", li);
    put(r, "%sblocs: Leiden (modularity %s, %ld blocs) and Louvain (modularity %s, %ld blocs) on the cooperative subgraph, seed %lu\n",
        li, isfinite(a->leiden_q) ? num(r, a->leiden_q, 3) : "n/a", a->n_leiden,
        isfinite(a->louvain_q) ? num(r, a->louvain_q, 3) : "n/a", a->n_louvain, o->seed);
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
        tab_cell(&t, r, sprintf_ar(r, "%zu", i + 1));
        tab_cell(&t, r, vname(a, a->rank[i]));
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
        "bloc: Leiden community of the cooperative subgraph (1 = largest)"};
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
        int swap = strcmp(vid(a, p->a), vid(a, p->b)) > 0;
        tab_cell(&t, r, sprintf_ar(r, "%s - %s", vname(a, swap ? p->b : p->a), vname(a, swap ? p->a : p->b)));
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
    put(r, "%s%zu signed triangles, %zu balanced (%.1f%%)\n", li, a->n_triangles, a->n_balanced,
        100.0 * (double)a->n_balanced / (double)a->n_triangles);
    for (size_t i = 0; i < limit(r, a->n_unbalanced); i++) {
        const triad *t = &a->unbalanced[i];
        put(r, "%sunbalanced: ", li);
        put_str(r, vname(a, t->v[0]));
        put(r, " %s ", polarity_sign(t->sign[0]));
        put_str(r, vname(a, t->v[1]));
        put(r, " %s ", polarity_sign(t->sign[2]));
        put_str(r, vname(a, t->v[2]));
        put(r, " %s ", polarity_sign(t->sign[1]));
        put_str(r, vname(a, t->v[0]));
        put(r, "\n");
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
        if (sign_of(p->net) == sign)
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
        put_str(r, vname(a, v));
        put(r, "%s allies: ", r->f == AG_REPORT_MD ? "**" : ":");
        for (size_t k = 0; k < na; k++) {
            put(r, "%s", k ? ", " : "");
            put_str(r, vname(a, buf[k]));
        }
        put(r, "%s; adversaries: ", na ? "" : "none");
        size_t nh = partners(a, v, -1, buf);
        for (size_t k = 0; k < nh; k++) {
            put(r, "%s", k ? ", " : "");
            put_str(r, vname(a, buf[k]));
        }
        put(r, "%s\n", nh ? "" : "none");
    }
    free(buf);
}

/* Relations of vertex v (or between u and v when u >= 0), by weight. */
static size_t links_of(const ag_analysis *a, size_t v, long u, size_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *l = &a->links[i];
        int touches = l->s == v || l->t == v;
        if (touches && (u < 0 || l->s == (size_t)u || l->t == (size_t)u))
            out[k++] = i;
    }
    /* Unsorted beats nothing when memory is that short. */
    (void)sort_links(a, out, k);
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
    heading(r, sprintf_ar(r, "Actor: %s", vname(a, v)));
    const char *li = r->f == AG_REPORT_MD ? "- " : "  ";
    size_t rank = 0;
    while (a->rank[rank] != v)
        rank++;
    put(r, "%sid %s, %s, PageRank rank %zu of %zu, bloc %ld\n", li, vid(a, v),
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
        put_str(r, vname(a, (size_t)a->path[i]));
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
    /* A leading = + - @ (or tab, CR) would make a spreadsheet evaluate the
     * cell: a quote character keeps it text. */
    int formula = strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
    put(r, "\"%s", formula ? "'" : "");
    for (; *s; s++) {
        if (*s == '"')
            put(r, "\"");
        r->oom |= ag_buf_putc(&r->b, *s) != 0;
    }
    put(r, "\"");
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
        csv_field(r, vid(a, v), 0);
        csv_field(r, vname(a, v), 0);
        csv_field(r, ag_actor_kind_name(a->g->nodes[s->node].kind), 0);
        put(r, ",%ld,%ld,%ld,%s,%s,%s,%s,%s,%s,%s,%ld,%ld\r\n", s->degree, s->in_degree, s->out_degree,
            num(r, s->strength, 0), num(r, s->betweenness, 10), num(r, s->pagerank, 12),
            num(r, s->eigenvector, 12), num(r, s->hub, 12), num(r, s->authority, 12),
            num(r, s->harmonic, 12), s->community, s->louvain);
    }
}

/* ---- JSON ---- */

static json_t *jreal(double x)
{
    return isfinite(x) ? json_real(x) : json_null();
}

static json_t *jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* json_object_set_new that remembers a failure instead of returning it;
 * jansson releases v on failure (also when o is NULL after an OOM). */
static void jset(json_t *o, const char *k, json_t *v, int *bad)
{
    if (json_object_set_new(o, k, v))
        *bad = 1;
}

static void jpush(json_t *arr, json_t *v, int *bad)
{
    if (json_array_append_new(arr, v))
        *bad = 1;
}

static json_t *json_ids(const ag_analysis *a, const size_t *v, size_t n, int *bad)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        jpush(arr, json_string(vid(a, v[i])), bad);
    if (!arr)
        *bad = 1;
    return arr;
}

static json_t *json_evidence(const ag_analysis *a, const vlink *v, int *bad)
{
    const ag_evidence *ev[AG_GRAPH_MAX_EVIDENCE];
    size_t k = evidence_of(a, v, ev, AG_GRAPH_MAX_EVIDENCE);
    json_t *arr = json_array();
    if (!arr)
        *bad = 1;
    for (size_t i = 0; i < k; i++) {
        json_t *e = json_object();
        jset(e, "doc", jstr(ev[i]->doc), bad);
        jset(e, "sentence", json_integer(ev[i]->sentence), bad);
        jset(e, "text", jstr(ev[i]->text), bad);
        jset(e, "date", jstr(ev[i]->date), bad);
        jpush(arr, e, bad);
    }
    return arr;
}

static json_t *json_rel(const ag_analysis *a, const vlink *v, int with_evidence, int *bad)
{
    json_t *o = json_object();
    jset(o, "source", json_string(vid(a, v->s)), bad);
    jset(o, "target", json_string(vid(a, v->t)), bad);
    jset(o, "kind", json_string(ag_rel_kind_name(v->kind)), bad);
    jset(o, "label", json_string(v->label), bad);
    jset(o, "code", jstr(v->code), bad);
    jset(o, "polarity", json_integer(v->polarity), bad);
    jset(o, "goldstein", jreal(v->goldstein), bad);
    jset(o, "weight", json_integer(v->weight), bad);
    jset(o, "signed_weight", jreal(v->signed_weight), bad);
    if (with_evidence)
        jset(o, "evidence", json_evidence(a, v, bad), bad);
    return o;
}

static json_t *json_rels(const ag_analysis *a, const size_t *idx, size_t n, int with_evidence, int *bad)
{
    json_t *arr = json_array();
    if (!arr)
        *bad = 1;
    for (size_t i = 0; i < n; i++)
        jpush(arr, json_rel(a, &a->links[idx[i]], with_evidence, bad), bad);
    return arr;
}

static json_t *json_blocs(const ag_analysis *a, int louvain, int *bad)
{
    json_t *o = json_object(), *arr = json_array();
    long nb = louvain ? a->n_louvain : a->n_leiden;
    /* Members grouped per bloc in one pass (a counting sort), rank order kept. */
    size_t *mem = malloc((a->n + 1) * sizeof *mem);
    size_t *start = calloc((size_t)nb + 2, sizeof *start);
    if (!mem || !start)
        *bad = 1;
    for (size_t i = 0; mem && start && i < a->n; i++)
        start[bloc_of(a, i, louvain)]++;
    for (long b = 1; mem && start && b <= nb + 1; b++)
        start[b] += start[b - 1];
    /* start[b] is now the end of bloc b; fill backwards to keep rank order. */
    for (size_t i = a->n; mem && start && i > 0; i--) {
        size_t v = a->rank[i - 1];
        mem[--start[bloc_of(a, v, louvain)]] = v;
    }
    for (long b = 1; mem && start && b <= nb; b++) {
        size_t k = start[b + 1] - start[b];
        json_t *bo = json_object();
        jset(bo, "id", json_integer(b), bad);
        jset(bo, "size", json_integer((json_int_t)k), bad);
        jset(bo, "members", json_ids(a, mem + start[b], k, bad), bad);
        jpush(arr, bo, bad);
    }
    free(mem);
    free(start);
    jset(o, "algorithm", json_string(louvain ? "louvain" : "leiden"), bad);
    jset(o, "modularity", jreal(louvain ? a->louvain_q : a->leiden_q), bad);
    jset(o, "blocs", arr, bad);
    return o;
}

static json_t *json_report(const ag_analysis *a, int *bad)
{
    const ag_analyze_opts *o = &a->o;
    json_t *root = json_object(), *params = json_object(), *summary = json_object();
    json_t *nodes = json_array(), *pairs = json_array(), *balance = json_object(), *unb = json_array();
    json_t *kinds = json_array();
    size_t *buf = malloc((a->n_pairs + a->n_links + 1) * sizeof *buf);
    if (!root || !buf)
        *bad = 1;

    jset(root, "format", json_string("actorgraph-analysis/1"), bad);
    jset(summary, "graph_nodes", json_integer((json_int_t)a->g->n_nodes), bad);
    jset(summary, "graph_links", json_integer((json_int_t)a->g->n_links), bad);
    jset(summary, "actors", json_integer((json_int_t)a->n), bad);
    jset(summary, "relations", json_integer((json_int_t)a->n_links), bad);
    jset(summary, "edges", json_integer((json_int_t)a->n_edges), bad);
    jset(root, "summary", summary, bad);

    jset(params, "seed", json_integer((json_int_t)o->seed), bad);
    jset(params, "damping", json_real(DAMPING), bad);
    jset(params, "with_affiliation",
         json_boolean(o->with_affiliation || (o->kinds & AG_KIND_AFFILIATION)), bad);
    jset(params, "collapse", o->collapse == AG_COLLAPSE_COUNTRY ? json_string("country") : json_null(), bad);
    for (size_t i = 0; i < N_KIND_NAMES; i++)
        if (o->kinds & (1u << i))
            jpush(kinds, json_string(kind_names[i]), bad);
    jset(params, "kinds", kinds, bad);
    jset(params, "since", jstr(o->since), bad);
    jset(params, "until", jstr(o->until), bad);
    jset(params, "min_weight", json_integer(o->min_weight), bad);
    jset(params, "betweenness", json_string(a->approximate ? "cutoff" : "exact"), bad);
    jset(params, "cutoff", a->approximate ? json_real(o->cutoff) : json_null(), bad);
    jset(root, "params", params, bad);

    for (size_t i = 0; buf && i < a->n; i++) {
        size_t v = a->rank[i];
        const ag_actor_stats *s = &a->stats[v];
        json_t *n = json_object();
        jset(n, "rank", json_integer((json_int_t)i + 1), bad);
        jset(n, "id", json_string(vid(a, v)), bad);
        jset(n, "name", json_string(vname(a, v)), bad);
        jset(n, "kind", json_string(ag_actor_kind_name(a->g->nodes[s->node].kind)), bad);
        jset(n, "degree", json_integer(s->degree), bad);
        jset(n, "in_degree", json_integer(s->in_degree), bad);
        jset(n, "out_degree", json_integer(s->out_degree), bad);
        jset(n, "strength", jreal(s->strength), bad);
        jset(n, "betweenness", jreal(s->betweenness), bad);
        jset(n, "pagerank", jreal(s->pagerank), bad);
        jset(n, "eigenvector", jreal(s->eigenvector), bad);
        jset(n, "hub", jreal(s->hub), bad);
        jset(n, "authority", jreal(s->authority), bad);
        jset(n, "harmonic", jreal(s->harmonic), bad);
        jset(n, "community", json_integer(s->community), bad);
        jset(n, "louvain", json_integer(s->louvain), bad);
        jset(n, "allies", json_ids(a, buf, partners(a, v, 1, buf), bad), bad);
        jset(n, "adversaries", json_ids(a, buf, partners(a, v, -1, buf), bad), bad);
        jpush(nodes, n, bad);
    }
    jset(root, "nodes", nodes, bad);

    json_t *comm = json_object();
    jset(comm, "leiden", json_blocs(a, 0, bad), bad);
    jset(comm, "louvain", json_blocs(a, 1, bad), bad);
    jset(root, "communities", comm, bad);
    jset(root, "cooperative", json_rels(a, a->coop, a->n_coop, 0, bad), bad);
    jset(root, "hostile", json_rels(a, a->hostile, a->n_hostile, 0, bad), bad);

    for (size_t i = 0; i < a->n_pairs; i++) {
        const pair *p = &a->pairs[a->pair_order[i]];
        int swap = strcmp(vid(a, p->a), vid(a, p->b)) > 0;
        json_t *po = json_object();
        jset(po, "a", json_string(vid(a, swap ? p->b : p->a)), bad);
        jset(po, "b", json_string(vid(a, swap ? p->a : p->b)), bad);
        jset(po, "net", jreal(p->net), bad);
        jset(po, "weight", json_integer(p->weight), bad);
        jpush(pairs, po, bad);
    }
    jset(root, "pairs", pairs, bad);

    jset(balance, "triangles", json_integer((json_int_t)a->n_triangles), bad);
    jset(balance, "balanced", json_integer((json_int_t)a->n_balanced), bad);
    jset(balance, "balanced_share",
         a->n_triangles ? json_real((double)a->n_balanced / (double)a->n_triangles) : json_null(), bad);
    for (size_t i = 0; i < a->n_unbalanced; i++) {
        const triad *t = &a->unbalanced[i];
        json_t *to = json_object();
        jset(to, "actors", json_ids(a, t->v, 3, bad), bad);
        json_t *signs = json_array();
        for (int k = 0; k < 3; k++)
            jpush(signs, json_integer(t->sign[k]), bad);
        jset(to, "signs", signs, bad);
        jpush(unb, to, bad);
    }
    jset(balance, "unbalanced", unb, bad);
    jset(root, "balance", balance, bad);

    if (a->actor >= 0 && buf) {
        size_t v = (size_t)a->actor;
        json_t *ao = json_object();
        jset(ao, "id", json_string(vid(a, v)), bad);
        jset(ao, "name", json_string(vname(a, v)), bad);
        size_t k = links_of(a, v, -1, buf);
        jset(ao, "relations", json_rels(a, buf, k, 1, bad), bad);
        jset(root, "actor", ao, bad);
    }
    if (a->path_asked && buf) {
        json_t *po = json_object(), *steps = json_array();
        jset(po, "from", json_string(a->o.path_from), bad);
        jset(po, "to", json_string(a->o.path_to), bad);
        for (size_t i = 0; i + 1 < a->n_path; i++) {
            size_t k = links_of(a, (size_t)a->path[i], a->path[i + 1], buf), c = 0;
            for (size_t j = 0; j < k; j++)
                if (a->links[buf[j]].counted)
                    buf[c++] = buf[j];
            json_t *so = json_object();
            jset(so, "from", json_string(vid(a, (size_t)a->path[i])), bad);
            jset(so, "to", json_string(vid(a, (size_t)a->path[i + 1])), bad);
            jset(so, "relations", json_rels(a, buf, c, 1, bad), bad);
            jpush(steps, so, bad);
        }
        jset(po, "found", json_boolean(a->n_path > 0), bad);
        jset(po, "steps", steps, bad);
        jset(root, "path", po, bad);
    }
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
        int bad = 0;
        root = json_report(a, &bad);
        if (bad || !root) {
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
