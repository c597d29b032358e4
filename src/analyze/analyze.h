/* analyze.h — analyze: centrality, communities and the strongest
 * cooperative and hostile relations of an actor graph, computed with igraph,
 * written as a report (text, Markdown, CSV or JSON).
 *
 * The model (docs/analysis.md): links are first filtered by the view
 * (view.h: kinds, dates, weight, countries, ego network, net); every centrality runs
 * on one directed simple graph whose edge u->v weighs the summed weight of
 * u's stances toward v plus the meetings of u and v (a meeting counts in
 * both directions).  Affiliation links are left out unless asked for.
 *
 * igraph keeps process-wide state: its error and warning handlers and its
 * default random number generator.  ag_analysis_run() sets them (handlers
 * to "ignore"; the default RNG to one of its own, seeded from `seed`
 * before each randomized step) and restores the caller's before it
 * returns; nothing else in actorgraph touches them (export takes an
 * analysis instead of running one).  So results do not depend on what
 * the caller did with igraph, but two analyses must not run concurrently
 * in one process, nor igraph calls of the caller's during one.
 *
 * Ownership: the functions only read the graph, which must outlive the
 * ag_analysis made from it; ag_analysis_free() releases an analysis; the
 * caller owns `out`.
 */
#ifndef AG_ANALYZE_H
#define AG_ANALYZE_H

#include "graph.h"
#include "view.h" /* ag_collapse, AG_KIND_*: the view filter */

typedef enum ag_report_format {
    AG_REPORT_TEXT = 0,
    AG_REPORT_MD,
    AG_REPORT_CSV,
    AG_REPORT_JSON
} ag_report_format;

typedef struct ag_analyze_opts {
    int top;                 /* rows in the text/md tables; 0 = all (default 20) */
    int with_affiliation;    /* affiliation links count in centrality and blocs */
    ag_collapse collapse;
    unsigned kinds;          /* AG_KIND_* relation and actor kinds kept; 0 = all */
    const char *since, *until; /* occurrences dated in this range count (inclusive;
                                * YYYY-MM-DD or YYYYMMDD, a month or year like
                                * "2019" is fine); NULL = open.  Exact with the
                                * per-day counts of graph.json; an older file
                                * without them falls back to the evidence dates */
    long min_weight;         /* links seen fewer times are dropped (default 1) */
    unsigned long seed;      /* community detection seed (default 1) */
    long exact_limit;        /* above this many actors, betweenness and harmonic
                              * closeness are approximated (default 5000) ... */
    long samples;            /* ... from this many source actors sampled with
                              * `seed` (default 256) ... */
    double cutoff;           /* ... or, when > 0, exactly over paths of at most
                              * `cutoff` steps (default 0: sampling) */
    const char *actor;       /* ego view of this actor (id or name), or NULL */
    int depth;               /* with actor: only its neighbourhood of this many
                              * steps counts (the view's ego network); -1
                              * (default): the whole graph */
    int net;                 /* one signed link per pair (view.h) */
    const char *path_from, *path_to; /* shortest chain between two actors, or NULL */
    /* Called as each step of the analysis begins ("blocs (Leiden,
     * Louvain)"), for progress lines; NULL: none.  Borrowed. */
    void (*progress)(void *ud, const char *step);
    void *progress_ud;
} ag_analyze_opts;

void ag_analyze_opts_init(ag_analyze_opts *o);
int ag_report_format_parse(const char *s, ag_report_format *f); /* 0 ok, -1 unknown */
/* ag_view_kinds_parse (view.h), kept for library callers. */
int ag_analyze_kinds_parse(const char *s, unsigned *kinds);

/* Runs the analysis and writes the report; the one call the CLI needs.
 * AG_EUSAGE when --actor/--path name an unknown actor. */
ag_status ag_analyze_report(const ag_graph *g, const ag_analyze_opts *o, ag_report_format f,
                            FILE *out, ag_error *err);

/* ---- results, for callers that want the numbers (e.g. export) ---- */

typedef struct ag_actor_stats {
    size_t node;             /* index into g->nodes */
    long degree, in_degree, out_degree; /* distinct related actors */
    double strength;         /* summed link weights, in + out */
    double betweenness;      /* directed, unnormalized, hop counts */
    double pagerank;         /* weighted, damping 0.85; sums to 1 */
    double eigenvector;      /* undirected weighted, largest = 1 */
    double hub, authority;   /* HITS, weighted, largest = 1 */
    double harmonic;         /* undirected hops, normalized by n - 1 */
    long community;          /* Leiden bloc, 1 = largest */
    long louvain;            /* Louvain bloc, 1 = largest */
} ag_actor_stats;

typedef struct ag_analysis ag_analysis;

/* o NULL: the defaults of ag_analyze_opts_init. */
ag_status ag_analysis_run(const ag_graph *g, const ag_analyze_opts *o, ag_analysis **out,
                          ag_error *err);
void ag_analysis_free(ag_analysis *a);
/* Stats of graph node `node`, or NULL when the filters left it out (or,
 * collapsed, it was rolled up into its country).  Owned by the analysis. */
const ag_actor_stats *ag_analysis_node(const ag_analysis *a, size_t node);
ag_status ag_analysis_write(const ag_analysis *a, ag_report_format f, FILE *out, ag_error *err);
/* Actors in the analysis, and the id of the one ranked i-th by PageRank
 * (then id; 0 first), or NULL past the end.  Owned by the analysis. */
size_t ag_analysis_size(const ag_analysis *a);
const char *ag_analysis_ranked_id(const ag_analysis *a, size_t i);

#endif
