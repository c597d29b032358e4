/* analyze_int.h — what analyze.c (the analysis: view, igraph measures,
 * blocs, signed relations, --actor/--path) and analyze_report.c (the text,
 * Markdown, CSV and JSON writers) share: the body of struct ag_analysis and
 * the view's link, pair and triad types, plus the few helpers both call
 * (prefix an_).  Library-internal, not installed.
 *
 * Ownership: an ag_analysis owns its arena, which holds every array it
 * points to (sized once, so ag__arena_array; ag_analysis_free() frees them
 * all with the arena), and its view; it borrows the graph, which must
 * outlive it.
 */
#ifndef AG_ANALYZE_INT_H
#define AG_ANALYZE_INT_H

#include <igraph.h>
#include <stdint.h>

#include "analyze.h"
#include "graph_int.h"

#define DAMPING 0.85

/* Runs an igraph call; a failure sets st and err and jumps to `out`. */
#define IG(what, call)                                                                   \
    do {                                                                                 \
        igraph_error_t ige_ = (call);                                                    \
        if (ige_ != IGRAPH_SUCCESS) {                                                    \
            st = ag_error_set(err, ige_ == IGRAPH_ENOMEM ? AG_ENOMEM : AG_ELIB,          \
                              "igraph: %s failed: %s", what, igraph_strerror(ige_));     \
            goto out;                                                                    \
        }                                                                                \
    } while (0)

/* The igraph vectors a function has initialised, destroyed together by
 * ag__ig_drop at its `out:` (newest first), instead of a have_* flag and
 * an `if` per object.  Start with AG__IG_OWNED_INIT; a function owns at
 * most AG__IG_OWNED_MAX of them. */
#define AG__IG_OWNED_MAX 4
typedef struct {
    igraph_vector_t *real; /* one of the two is set */
    igraph_vector_int_t *ints;
} ag__ig_vec;
typedef struct {
    size_t n;
    ag__ig_vec v[AG__IG_OWNED_MAX];
} ag__ig_owned;
#define AG__IG_OWNED_INIT {0, {{NULL, NULL}}}

/* igraph_vector_init of v.real, or igraph_vector_int_init of v.ints, of
 * size n, recorded in o when it succeeds: igraph's code (IGRAPH_EINVAL
 * when o is full).  AG__IG_REAL(&x) and AG__IG_INTS(&x) make the v. */
igraph_error_t ag__ig_init(ag__ig_owned *o, ag__ig_vec v, igraph_integer_t n);
#define AG__IG_REAL(p) ((ag__ig_vec){(p), NULL})
#define AG__IG_INTS(p) ((ag__ig_vec){NULL, (p)})
void ag__ig_drop(ag__ig_owned *o);

/* Names of the AG_KIND_* bits, in bit order (analyze.c). */
#define AN_N_KIND_NAMES 7
extern const char *const ag__an_kind_names[AN_N_KIND_NAMES];

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
    size_t v[3]; /* sorted (by id: vertices are in id order) */
    int sign[3]; /* of (v0,v1), (v0,v2), (v1,v2) */
    long weight; /* times seen, summed over the three pairs */
} triad;

/* How the path measures (betweenness, harmonic closeness) were computed. */
typedef enum an_paths {
    AN_PATHS_EXACT = 0,
    AN_PATHS_CUTOFF,  /* exact over paths of at most o.cutoff steps */
    AN_PATHS_SAMPLED  /* estimated from o.samples sampled sources */
} an_paths;

struct ag_analysis {
    const ag_graph *g;    /* the view's graph, or src when nothing is filtered */
    const ag_graph *src;  /* the graph asked about (ag_analysis_node's indices) */
    ag_view *view;        /* owned; NULL when nothing is filtered */
    ag_analyze_opts o;    /* strings copied into the arena */
    ag_arena *arena;
    size_t n;             /* vertices, numbered in id order */
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
    size_t n_components;  /* weakly connected components of that graph */
    size_t largest_component; /* actors in the largest of them */
    int symmetric;        /* every counted relation is a meeting: hub and
                             authority are both the eigenvector centrality */
    an_paths paths;       /* how betweenness and harmonic closeness were computed */
    double path_work;     /* actors x directed edges: the exact cost */
    int32_t since_day, until_day; /* --since/--until as days (ag_graph_day) */
    size_t *vlinks_of, *vlinks_start; /* per vertex: its vlinks (a CSR index) */
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

/* analyze.c */
/* Id and name of vertex v (its graph node). */
const char *ag__an_vid(const ag_analysis *a, size_t v);
const char *ag__an_vname(const ag_analysis *a, size_t v);
/* 1 if the evidence entry's date passes --since/--until. */
int ag__an_evidence_in_range(const ag_analysis *a, const ag_evidence *e);
/* Tells o.progress (if any) that a step begins. */
void ag__an_step(const ag_analysis *a, const char *what);
/* 1 when the PageRank of the vertex at rank position i (a->rank[i]) ties
 * with the next or previous one (as the ranking compares them, to 1e-12):
 * their order is then by id only. */
int ag__an_rank_tied(const ag_analysis *a, size_t i);
/* 1, -1 or 0: the sign of x. */
int ag__an_sign_of(double x);
/* Orders view links (indices into a->links) by weight, |signed weight|,
 * source id, target id, label.  0 ok, -1 out of memory (idx unchanged). */
int ag__an_sort_links(const ag_analysis *a, size_t *idx, size_t n);

/* analyze_paths.c */
/* Betweenness (directed, hops) and harmonic closeness (directions ignored,
 * hops) of every vertex of `dir` into a->stats: exact up to
 * o.exact_limit vertices, then a cutoff or sampled sources (a->paths). */
ag_status ag__an_path_measures(ag_analysis *a, const igraph_t *dir, ag_error *err);
/* The words of the report for a->paths: "exact", or what was approximated
 * and why, into buf. */
void ag__an_paths_describe(const ag_analysis *a, char *buf, size_t size);

#endif
