/* analyze.c — see analyze.h and docs/analysis.md.
 *
 * Steps: (1) a "view" of the graph: filters applied, actors optionally
 * rolled up into their countries, links merged per (source, target, kind,
 * label) of the view; (2) three igraph graphs built from it — directed
 * (centrality), undirected (eigenvector, paths) and undirected cooperative
 * (blocs) — each simple, parallel relations summed into one weighted edge;
 * (3) igraph computes every measure; (4) the signed relations (net stance
 * per pair, balance).  The report writers (text, Markdown, CSV, JSON) are
 * in analyze_report.c; the types both share are in analyze_int.h.
 */
#include "analyze_int.h"
#include "util_int.h"

#include <igraph.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DEFAULT_TOP 20
#define DEFAULT_SEED 1UL
#define DEFAULT_EXACT_LIMIT 5000L
#define DEFAULT_SAMPLES 256L

/* ---- options ---- */

void ag_analyze_opts_init(ag_analyze_opts *o)
{
    memset(o, 0, sizeof *o);
    o->top = DEFAULT_TOP;
    o->min_weight = 1;
    o->seed = DEFAULT_SEED;
    o->exact_limit = DEFAULT_EXACT_LIMIT;
    o->samples = DEFAULT_SAMPLES;
    o->depth = -1;
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

const char *const ag__an_kind_names[] = {"stance", "meeting", "affiliation", "country",
                                         "person", "organization", "force"};
_Static_assert(sizeof ag__an_kind_names / sizeof ag__an_kind_names[0] == AN_N_KIND_NAMES,
               "one name per AG_KIND_* bit");

int ag_analyze_kinds_parse(const char *s, unsigned *kinds)
{
    return ag_view_kinds_parse(s, kinds);
}

/* ---- the analysis ---- */

const char *ag__an_vid(const ag_analysis *a, size_t v)
{
    return a->g->nodes[a->node_of[v]].id;
}

const char *ag__an_vname(const ag_analysis *a, size_t v)
{
    return a->g->nodes[a->node_of[v]].name;
}

void ag__an_step(const ag_analysis *a, const char *what)
{
    if (a->o.progress)
        a->o.progress(a->o.progress_ud, what);
}

int ag__an_evidence_in_range(const ag_analysis *a, const ag_evidence *e)
{
    int32_t day = ag_graph_day(e->date);
    return day >= 0 && day >= a->since_day && day <= a->until_day;
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
    int c = ag__cmp(p->s, q->s);
    c = c ? c : ag__cmp(p->t, q->t);
    c = c ? c : ag__cmp(p->kind, q->kind);
    c = c ? c : strcmp(p->label, q->label);
    return c ? c : ag__cmp(p->link, q->link);
}

static int same_relation(const entry *p, const entry *q)
{
    return p->s == q->s && p->t == q->t && p->kind == q->kind && strcmp(p->label, q->label) == 0;
}

typedef struct id_key {
    const char *id;
    size_t i;
} id_key;

static int id_key_cmp(const void *x, const void *y)
{
    return strcmp(((const id_key *)x)->id, ((const id_key *)y)->id);
}

/* Vertices: the nodes of the view, in id order, so that the measures
 * (and the seeded blocs) do not depend on the order the graph was built
 * in.  0 ok, -1 out of memory. */
static int vertices(ag_analysis *a)
{
    const ag_graph *g = a->g;
    id_key *k = malloc((g->n_nodes + 1) * sizeof *k);
    if (!k)
        return -1;
    for (size_t i = 0; i < g->n_nodes; i++)
        k[i] = (id_key){g->nodes[i].id, i};
    qsort(k, g->n_nodes, sizeof *k, id_key_cmp);
    for (size_t r = 0; r < g->n_nodes; r++) {
        a->node_of[a->n] = k[r].i;
        a->vertex_of[k[r].i] = (long)a->n;
        a->stats_of_node[k[r].i] = (long)a->n++;
    }
    free(k);
    return 0;
}

static ag_status view_build(ag_analysis *a, ag_error *err)
{
    const ag_graph *g = a->g;
    ag_status st = AG_OK;
    entry *ent = NULL;
    size_t n_ent = 0;

    a->vertex_of = ag__arena_array(a->arena, g->n_nodes ? g->n_nodes : 1, sizeof *a->vertex_of);
    a->node_of = ag__arena_array(a->arena, g->n_nodes ? g->n_nodes : 1, sizeof *a->node_of);
    a->stats_of_node = ag__arena_array(a->arena, g->n_nodes ? g->n_nodes : 1, sizeof *a->stats_of_node);
    ent = malloc((g->n_links ? g->n_links : 1) * sizeof *ent);
    if (!a->vertex_of || !a->node_of || !a->stats_of_node || !ent || vertices(a)) {
        st = AG_ENOMEM;
        goto out;
    }

    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        long s = a->vertex_of[l->source], t = a->vertex_of[l->target], w = l->weight;
        if (s == t) /* a hand-written file */
            continue;
        if (l->kind == AG_REL_MEETING && s > t) { /* vertices are in id order */
            long tmp = s;
            s = t;
            t = tmp;
        }
        ent[n_ent++] = (entry){(size_t)s, (size_t)t, i, l->kind, l->label, w};
    }
    a->n_graph_links = n_ent;
    qsort(ent, n_ent, sizeof *ent, entry_cmp);

    a->members = ag__arena_array(a->arena, n_ent ? n_ent : 1, sizeof *a->members);
    a->links = ag__arena_array(a->arena, n_ent ? n_ent : 1, sizeof *a->links);
    if (!a->members || !a->links) {
        st = AG_ENOMEM;
        goto out;
    }
    int affiliation_counts = a->o.with_affiliation || (a->o.kinds & AG_KIND_AFFILIATION);
    for (size_t i = 0; i < n_ent; i++) {
        a->members[i] = ent[i].link;
        if (i > 0 && same_relation(&ent[i - 1], &ent[i])) {
            vlink *v = &a->links[a->n_links - 1];
            v->weight = ag_count_add(v->weight, ent[i].w);
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

/* Each vertex's view links (a CSR index), for --actor and --path. */
static int vlink_index(ag_analysis *a)
{
    a->vlinks_start = ag__arena_array(a->arena, a->n + 2, sizeof *a->vlinks_start);
    a->vlinks_of = ag__arena_array(a->arena, 2 * a->n_links + 1, sizeof *a->vlinks_of);
    if (!a->vlinks_start || !a->vlinks_of)
        return -1;
    for (size_t i = 0; i < a->n_links; i++) {
        a->vlinks_start[a->links[i].s + 2]++;
        a->vlinks_start[a->links[i].t + 2]++;
    }
    for (size_t v = 0; v < a->n; v++)
        a->vlinks_start[v + 2] += a->vlinks_start[v + 1];
    /* start[v + 1] is where v's links go; filling moves it to start[v + 2]'s old place. */
    for (size_t i = 0; i < a->n_links; i++) {
        a->vlinks_of[a->vlinks_start[a->links[i].s + 1]++] = i;
        a->vlinks_of[a->vlinks_start[a->links[i].t + 1]++] = i;
    }
    return 0;
}

/* ---- igraph ---- */

typedef struct wedge {
    size_t u, v;
    double w;
} wedge;

static int wedge_cmp(const void *x, const void *y)
{
    const wedge *p = x, *q = y;
    int c = ag__cmp(p->u, q->u);
    return c ? c : ag__cmp(p->v, q->v);
}

/* A simple igraph graph from weighted edges: parallel edges merged with
 * their weights summed, edges in (u, v) order so results are stable.
 * On success *made is set and the caller destroys graph and weights. */
igraph_error_t ag__ig_init(ag__ig_owned *o, ag__ig_vec v, igraph_integer_t n)
{
    if (o->n == AG__IG_OWNED_MAX)
        return IGRAPH_EINVAL;
    igraph_error_t e = v.real ? igraph_vector_init(v.real, n) : igraph_vector_int_init(v.ints, n);
    if (e == IGRAPH_SUCCESS)
        o->v[o->n++] = v;
    return e;
}

void ag__ig_drop(ag__ig_owned *o)
{
    while (o->n) {
        o->n--;
        if (o->v[o->n].real)
            igraph_vector_destroy(o->v[o->n].real);
        else
            igraph_vector_int_destroy(o->v[o->n].ints);
    }
}

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
    int c = ag__cmp(q->size, p->size); /* largest first */
    return c ? c : strcmp(p->min_id, q->min_id);
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
        if (!b->min_id || strcmp(ag__an_vid(a, i), b->min_id) < 0)
            b->min_id = ag__an_vid(a, i);
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

/* PageRank as the ranking compares it: quantized, so that ties are ties on
 * every platform. */
static long long rank_q(double pagerank)
{
    return isfinite(pagerank) ? llround(pagerank * 1e12) : -1;
}

int ag__an_rank_tied(const ag_analysis *a, size_t i)
{
    long long q = rank_q(a->stats[a->rank[i]].pagerank);
    return (i > 0 && rank_q(a->stats[a->rank[i - 1]].pagerank) == q) ||
           (i + 1 < a->n && rank_q(a->stats[a->rank[i + 1]].pagerank) == q);
}

static int rank_cmp(const void *x, const void *y)
{
    const rank_key *p = x, *q = y;
    int c = ag__cmp(q->q, p->q); /* highest first */
    return c ? c : strcmp(p->id, q->id);
}

static ag_status blocs(ag_analysis *a, const igraph_t *coop, const igraph_vector_t *cw, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_int_t mem;
    igraph_vector_t nodew;
    ag__ig_owned owned = AG__IG_OWNED_INIT;
    igraph_integer_t nb = 0;
    igraph_real_t quality = 0;

    IG("vector", ag__ig_init(&owned, AG__IG_INTS(&mem), (igraph_integer_t)a->n));
    IG("vector", ag__ig_init(&owned, AG__IG_REAL(&nodew), 0));
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
    ag__ig_drop(&owned);
    return st;
}

/* Eigenvector solvers leave rounding noise like -1e-17 where the answer
 * is 0: it would print as "-0.000". */
static double tidy(double x)
{
    return fabs(x) < 1e-12 ? 0.0 : x;
}

/* The weakly connected components of the centrality graph: how many, and
 * the size of the largest (a report on many components compares actors
 * that no path joins). */
static ag_status components(ag_analysis *a, const igraph_t *dir, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_int_t size;
    igraph_integer_t nc = 0;
    IG("vector", igraph_vector_int_init(&size, 0));
    st = igraph_connected_components(dir, NULL, &size, &nc, IGRAPH_WEAK) == IGRAPH_SUCCESS
             ? AG_OK
             : ag_error_set(err, AG_ENOMEM, "igraph: connected components failed");
    a->n_components = (size_t)nc;
    for (igraph_integer_t c = 0; c < nc; c++)
        if ((size_t)VECTOR(size)[c] > a->largest_component)
            a->largest_component = (size_t)VECTOR(size)[c];
    igraph_vector_int_destroy(&size);
out:
    return st;
}

/* PageRank, eigenvector centrality, hubs and authorities, components.  On
 * symmetric relations (meetings only) HITS has no direction to find: its
 * hub and authority scores are the principal eigenvector of A^2, which
 * igraph may split between the two sides of a bipartite pattern (1 and 0
 * for the same role); both are then the eigenvector centrality, which is
 * that eigenvector of A. */
static ag_status spectral(ag_analysis *a, const igraph_t *dir, const igraph_vector_t *wd, const igraph_t *und,
                          const igraph_vector_t *wu, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_vector_t res, res2;
    ag__ig_owned owned = AG__IG_OWNED_INIT;
    igraph_real_t value;
    IG("vector", ag__ig_init(&owned, AG__IG_REAL(&res), 0));
    IG("vector", ag__ig_init(&owned, AG__IG_REAL(&res2), 0));
    ag__an_step(a, "PageRank, eigenvector, hubs and authorities");
    IG("PageRank", igraph_pagerank(dir, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(),
                                   1, DAMPING, wd, NULL));
    for (size_t i = 0; i < a->n; i++)
        a->stats[i].pagerank = VECTOR(res)[i];
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("eigenvector centrality", igraph_eigenvector_centrality(und, &res, &value, 0, 1, wu, NULL));
    for (size_t i = 0; i < a->n; i++)
        a->stats[i].eigenvector = tidy(VECTOR(res)[i]);
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    if (!a->symmetric)
        IG("hub and authority scores", igraph_hub_and_authority_scores(dir, &res, &res2, &value, 1, wd, NULL));
    for (size_t i = 0; i < a->n; i++) {
        a->stats[i].hub = a->symmetric ? a->stats[i].eigenvector : tidy(VECTOR(res)[i]);
        a->stats[i].authority = a->symmetric ? a->stats[i].eigenvector : tidy(VECTOR(res2)[i]);
    }
    st = components(a, dir, err);
out:
    ag__ig_drop(&owned);
    return st;
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
    igraph_vector_t wd, wu, wc, res;
    igraph_vector_int_t deg;
    int have_dir = 0, have_coop = 0, have_res = 0, have_deg = 0;

    ed = malloc((2 * a->n_links + 1) * sizeof *ed);
    eu = malloc((a->n_links + 1) * sizeof *eu);
    ec = malloc((a->n_links + 1) * sizeof *ec);
    if (!ed || !eu || !ec) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while building the igraph graphs");
        goto out;
    }
    a->symmetric = 1;
    for (size_t i = 0; i < a->n_links; i++) {
        const vlink *v = &a->links[i];
        if (!v->counted)
            continue;
        a->symmetric &= v->kind == AG_REL_MEETING;
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

    ag__an_step(a, "degree and strength");
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

    if ((st = ag__an_path_measures(a, &dir, err)))
        goto out;

    if ((st = spectral(a, &dir, &wd, und, &wu, err)))
        goto out;

    ag__an_step(a, "blocs (Leiden and Louvain)");
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
    int c = ag__cmp(q->weight, p->weight); /* heaviest, then strongest first */
    c = c ? c : ag__cmp(q->mag, p->mag);
    c = c ? c : strcmp(p->s, q->s);
    c = c ? c : strcmp(p->t, q->t);
    c = c ? c : strcmp(p->label, q->label);
    return c ? c : ag__cmp(p->kind, q->kind);
}

/* Orders view links by weight, |signed weight|, source id, target id,
 * label.  The keys are copied out so plain qsort needs no context.
 * 0 ok, -1 out of memory. */
int ag__an_sort_links(const ag_analysis *a, size_t *idx, size_t n)
{
    rel_key *k = malloc((n + 1) * sizeof *k);
    if (!k)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const vlink *v = &a->links[idx[i]];
        k[i] = (rel_key){v->weight, fabs(v->signed_weight), ag__an_vid(a, v->s), ag__an_vid(a, v->t), v->label,
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
    a->coop = ag__arena_array(a->arena, a->n_links + 1, sizeof *a->coop);
    a->hostile = ag__arena_array(a->arena, a->n_links + 1, sizeof *a->hostile);
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
    if (ag__an_sort_links(a, a->coop, a->n_coop) || ag__an_sort_links(a, a->hostile, a->n_hostile))
        return AG_ENOMEM;
    return AG_OK;
}

/* ---- signed relations ---- */

static int pair_cmp(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    int c = ag__cmp(p->a, q->a);
    return c ? c : ag__cmp(p->b, q->b);
}

static const pair *pair_find(const ag_analysis *a, size_t u, size_t v)
{
    pair key = {u < v ? u : v, u < v ? v : u, 0, 0};
    return bsearch(&key, a->pairs, a->n_pairs, sizeof key, pair_cmp);
}

int ag__an_sign_of(double x)
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
    int c = ag__cmp(q->mag, p->mag); /* strongest first */
    c = c ? c : strcmp(p->ida, q->ida);
    return c ? c : strcmp(p->idb, q->idb);
}

/* Orders triads strongest first (times seen over their three pairs), then
 * by their three ids: by their vertices, which are in id order. */
static int triad_cmp(const void *x, const void *y)
{
    const triad *p = x, *q = y;
    int c = ag__cmp(q->weight, p->weight);
    for (int k = 0; k < 3 && !c; k++)
        c = ag__cmp(p->v[k], q->v[k]);
    return c;
}

/* The balance of every triangle of actors whose three pairs all have a
 * sign (listed by igraph); the unbalanced ones strongest first.  e is
 * scratch for the signed pairs (a->n_pairs entries at least). */
static ag_status balance(ag_analysis *a, wedge *e, ag_error *err)
{
    ag_status st = AG_OK;
    igraph_t sg;
    igraph_vector_t sw;
    igraph_vector_int_t tri;
    int have_sg = 0, have_tri = 0;
    size_t k = 0;
    for (size_t i = 0; i < a->n_pairs; i++)
        if (ag__an_sign_of(a->pairs[i].net))
            e[k++] = (wedge){a->pairs[i].a, a->pairs[i].b, a->pairs[i].net};
    if ((st = make_graph(e, k, a->n, 0, &sg, &sw, &have_sg, err)))
        goto out;
    IG("vector", igraph_vector_int_init(&tri, 0));
    have_tri = 1;
    IG("triangles", igraph_list_triangles(&sg, &tri));
    a->n_triangles = (size_t)igraph_vector_int_size(&tri) / 3;
    a->unbalanced = ag__arena_array(a->arena, a->n_triangles + 1, sizeof *a->unbalanced);
    if (!a->unbalanced) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while weighing signed relations");
        goto out;
    }
    for (size_t i = 0; i < a->n_triangles; i++) {
        triad t;
        for (int j = 0; j < 3; j++)
            t.v[j] = (size_t)VECTOR(tri)[3 * i + (size_t)j];
        /* Sort the three by id so the listing is stable. */
        for (int x = 0; x < 3; x++)
            for (int y = x + 1; y < 3; y++)
                if (t.v[y] < t.v[x]) {
                    size_t tmp = t.v[x];
                    t.v[x] = t.v[y];
                    t.v[y] = tmp;
                }
        const pair *p01 = pair_find(a, t.v[0], t.v[1]), *p02 = pair_find(a, t.v[0], t.v[2]),
                   *p12 = pair_find(a, t.v[1], t.v[2]);
        t.sign[0] = ag__an_sign_of(p01->net);
        t.sign[1] = ag__an_sign_of(p02->net);
        t.sign[2] = ag__an_sign_of(p12->net);
        if (t.sign[0] * t.sign[1] * t.sign[2] > 0) {
            a->n_balanced++;
            continue;
        }
        t.weight = ag_count_add(ag_count_add(p01->weight, p02->weight), p12->weight);
        a->unbalanced[a->n_unbalanced++] = t;
    }
    qsort(a->unbalanced, a->n_unbalanced, sizeof *a->unbalanced, triad_cmp);
out:
    if (have_sg) {
        igraph_destroy(&sg);
        igraph_vector_destroy(&sw);
    }
    if (have_tri)
        igraph_vector_int_destroy(&tri);
    return st;
}

/* Net stance per pair (pairs are keyed by vertex index, a < b), then the
 * balance of every triangle of actors whose three pairs all have a sign. */
static ag_status signed_relations(ag_analysis *a, ag_error *err)
{
    ag_status st = AG_OK;
    wedge *e = NULL;
    pair_key *keys = NULL;
    size_t m = 0;

    e = malloc((a->n_links + 1) * sizeof *e);
    a->pairs = ag__arena_array(a->arena, a->n_links + 1, sizeof *a->pairs);
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
            p->weight = ag_count_add(p->weight, v->weight);
    }
    keys = malloc((a->n_pairs + 1) * sizeof *keys);
    a->pair_order = ag__arena_array(a->arena, a->n_pairs + 1, sizeof *a->pair_order);
    if (!keys || !a->pair_order)
        goto oom;
    for (size_t i = 0; i < a->n_pairs; i++) {
        const char *x = ag__an_vid(a, a->pairs[i].a), *y = ag__an_vid(a, a->pairs[i].b);
        int swap = strcmp(x, y) > 0;
        keys[i] = (pair_key){fabs(a->pairs[i].net), swap ? y : x, swap ? x : y, i};
    }
    qsort(keys, a->n_pairs, sizeof *keys, pair_key_cmp);
    for (size_t i = 0; i < a->n_pairs; i++)
        a->pair_order[i] = keys[i].i;
    /* Each vertex's pairs, strongest first (a CSR index). */
    a->padj_start = ag__arena_array(a->arena, a->n + 1, sizeof *a->padj_start);
    a->padj = ag__arena_array(a->arena, 2 * a->n_pairs + 1, sizeof *a->padj);
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

    st = balance(a, e, err);
    goto out;
oom:
    st = ag_error_set(err, AG_ENOMEM, "out of memory while weighing signed relations");
out:
    free(e);
    free(keys);
    return st;
}

/* ---- questions: --actor, --path ---- */

/* The vertex of an actor (view.h, ag_view_find_actor); an actor of the
 * graph that the view left out is named as such. */
static ag_status resolve_actor(const ag_analysis *a, const char *name, long *out, ag_error *err)
{
    long i;
    ag_status st = ag_view_find_actor(a->g, name, &i, err);
    if (st == AG_EUSAGE && a->view && ag_view_find_actor(a->src, name, &i, err) == AG_OK)
        return ag_error_set(err, AG_EUSAGE, "actor '%s' is left out by the filters", name);
    if (st)
        return st;
    *out = a->vertex_of[i];
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
        a->path = ag__arena_array(a->arena, a->n_path + 1, sizeof *a->path);
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

/* The filters, as a view graph the analysis owns (none when they keep
 * everything: the graph itself). */
static ag_status apply_view(ag_analysis *a, ag_view_opts *vo, ag_error *err)
{
    vo->kinds = a->o.kinds;
    vo->min_weight = a->o.min_weight;
    vo->collapse = a->o.collapse;
    vo->actor = a->o.actor;
    vo->depth = a->o.actor ? a->o.depth : -1;
    vo->net = a->o.net;
    if (ag_view_is_all(vo))
        return AG_OK;
    ag_status st = ag_view_apply(a->src, vo, &a->view, err);
    if (!st)
        a->g = a->view->graph;
    return st;
}

static const char *arena_copy(ag_arena *ar, const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *p = ag_arena_strdup(ar, s);
    if (!p)
        *oom = 1;
    return p;
}

static ag_status analysis_run(const ag_graph *g, const ag_analyze_opts *o, ag_analysis **out, ag_error *err)
{
    ag_status st = AG_OK;
    ag_analysis *a = NULL;
    igraph_t und;
    int have_und = 0, oom = 0;
    rank_key *keys = NULL;
    *out = NULL;

    ag_view_opts vo;
    ag_view_opts_init(&vo);
    if ((st = ag_view_dates(&vo, o->since, o->until, err)))
        goto out;
    if (o->cutoff < 0 || o->exact_limit < 0 || o->samples < 0) {
        st = ag_error_set(err, AG_EUSAGE, "the cutoff, the exact limit and the samples cannot be negative");
        goto out;
    }
    a = calloc(1, sizeof *a);
    if (!a || !(a->arena = ag_arena_new())) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    a->g = a->src = g;
    a->o = *o;
    a->o.since = arena_copy(a->arena, o->since, &oom);
    a->o.until = arena_copy(a->arena, o->until, &oom);
    a->o.actor = arena_copy(a->arena, o->actor, &oom);
    a->o.path_from = arena_copy(a->arena, o->path_from, &oom);
    a->o.path_to = arena_copy(a->arena, o->path_to, &oom);
    a->actor = -1;
    a->since_day = vo.from;
    a->until_day = vo.to;
    if (oom) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    ag__an_step(a, "the view: filters and merged relations");
    if ((st = apply_view(a, &vo, err)))
        goto out;
    if ((st = view_build(a, err)))
        goto out;
    if (vlink_index(a)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    a->stats = ag__arena_array(a->arena, a->n + 1, sizeof *a->stats);
    a->rank = ag__arena_array(a->arena, a->n + 1, sizeof *a->rank);
    if (!a->stats || !a->rank) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < a->n; i++)
        a->stats[i].node = a->node_of[i];
    if (a->n > 0) {
        if ((st = centrality(a, &und, &have_und, err)))
            goto out;
        ag__an_step(a, "net stance per pair and balance of triangles");
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
        keys[i] = (rank_key){rank_q(a->stats[i].pagerank),
                             ag__an_vid(a, i), i};
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
    ag_view_free(a->view);
    ag_arena_free(a->arena);
    free(a);
}

const ag_actor_stats *ag_analysis_node(const ag_analysis *a, size_t node)
{
    if (!a || node >= a->src->n_nodes)
        return NULL;
    long v = a->view ? a->view->node_of[node] : (long)node;
    if (v < 0 || a->stats_of_node[v] < 0)
        return NULL;
    return &a->stats[a->stats_of_node[v]];
}

size_t ag_analysis_size(const ag_analysis *a)
{
    return a ? a->n : 0;
}

const char *ag_analysis_ranked_id(const ag_analysis *a, size_t i)
{
    return a && i < a->n ? ag__an_vid(a, a->rank[i]) : NULL;
}

/* igraph's process-wide state is set here and given back before return:
 * errors come back as codes, never abort(), and warnings (e.g. "graph is
 * disconnected") are not for the user; the randomized steps draw from an
 * RNG of our own (the default's type, seeded from o->seed before each
 * step), so the caller's default RNG keeps its state. */
ag_status ag_analysis_run(const ag_graph *g, const ag_analyze_opts *o, ag_analysis **out, ag_error *err)
{
    ag_analyze_opts defaults;
    if (!o) {
        ag_analyze_opts_init(&defaults);
        o = &defaults;
    }
    *out = NULL;
    if (!g)
        return ag_error_set(err, AG_EUSAGE, "analyze: no graph");
    /* igraph_rng_set_default copies the struct (type and a pointer to the
     * state): keep a copy of the caller's to put back. */
    igraph_rng_t caller_rng = *igraph_rng_default(), rng;
    if (igraph_rng_init(&rng, caller_rng.type) != IGRAPH_SUCCESS)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    igraph_error_handler_t *old_error = igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_warning_handler_t *old_warning = igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_rng_set_default(&rng);
    ag_status st = analysis_run(g, o, out, err);
    igraph_rng_set_default(&caller_rng);
    igraph_set_warning_handler(old_warning);
    igraph_set_error_handler(old_error);
    igraph_rng_destroy(&rng);
    return st;
}
