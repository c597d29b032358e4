/* analyze_paths.c — the measures that follow shortest paths, betweenness
 * and harmonic closeness, whose exact cost grows with actors × edges (one
 * search from every actor).  Up to o.exact_limit actors and AN_EXACT_WORK
 * actor × edge steps they are exact; above either they are approximated
 * (docs/analysis.md):
 *
 * - sampled sources (the default): searches from o.samples actors drawn
 *   with the seed.  Betweenness sums the dependencies of the sampled
 *   sources and scales them by n / k (Brandes and Pich's estimator, with
 *   igraph_betweenness_subset); harmonic closeness is the mean of 1/d over
 *   the sampled sources other than the actor (distances are symmetric, as
 *   directions are ignored).  Cost: k searches instead of n.
 * - a cutoff (o.cutoff > 0): exact sums over paths of at most that many
 *   steps.  Cheap only when the graph is sparse: in a small world, four
 *   steps reach nearly everyone.
 */
#include "analyze_int.h"

#include <stdlib.h>

#define DEFAULT_SAMPLES 256
/* Actors × directed edges beyond which the exact measures take more than
 * about half a minute on one core (make bench: some 1.4e8 steps a second
 * for both together). */
#define AN_EXACT_WORK 5e9

/* Estimates from sampled sources; see the head of the file. */
static ag_status sampled(ag_analysis *a, const igraph_t *dir, igraph_vector_t *res, ag_error *err)
{
    ag_status st = AG_OK;
    size_t n = a->n;
    igraph_integer_t k = a->o.samples > 0 ? (igraph_integer_t)a->o.samples : DEFAULT_SAMPLES;
    igraph_vector_int_t src, order, layers;
    igraph_vs_t sources;
    ag__ig_owned owned = AG__IG_OWNED_INIT;
    double *sum = NULL;
    char *is_source = NULL;
    if (k > (igraph_integer_t)n)
        k = (igraph_integer_t)n;
    a->o.samples = (long)k;

    IG("vector", ag__ig_init(&owned, AG__IG_INTS(&src), 0));
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)a->o.seed);
    IG("random sample", igraph_random_sample(&src, 0, (igraph_integer_t)n - 1, k));
    IG("vertex set", igraph_vs_vector(&sources, &src));
    IG("betweenness", igraph_betweenness_subset(dir, res, igraph_vss_all(), 1, sources,
                                                igraph_vss_all(), NULL));
    for (size_t i = 0; i < n; i++)
        a->stats[i].betweenness = VECTOR(*res)[i] * (double)n / (double)k;

    sum = calloc(n, sizeof *sum);
    is_source = calloc(n, 1);
    if (!sum || !is_source) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while sampling paths");
        goto out;
    }
    IG("vector", ag__ig_init(&owned, AG__IG_INTS(&order), 0));
    if (ag__ig_init(&owned, AG__IG_INTS(&layers), 0)) {
        st = ag_error_set(err, AG_ENOMEM, "out of memory while sampling paths");
        goto out;
    }
    for (igraph_integer_t s = 0; s < k; s++) {
        igraph_integer_t root = VECTOR(src)[s];
        is_source[root] = 1;
        IG("breadth-first search", igraph_bfs_simple(dir, root, IGRAPH_ALL, &order, &layers, NULL));
        /* layers[d] .. layers[d + 1] are the vertices at distance d. */
        igraph_integer_t nl = igraph_vector_int_size(&layers);
        for (igraph_integer_t d = 1; d + 1 < nl; d++)
            for (igraph_integer_t j = VECTOR(layers)[d]; j < VECTOR(layers)[d + 1]; j++)
                sum[VECTOR(order)[j]] += 1.0 / (double)d;
    }
    for (size_t i = 0; i < n; i++) {
        double others = (double)k - is_source[i];
        a->stats[i].harmonic = others > 0 ? sum[i] / others : 0.0;
    }
out:
    ag__ig_drop(&owned);
    free(sum);
    free(is_source);
    return st;
}

ag_status ag__an_path_measures(ag_analysis *a, const igraph_t *dir, ag_error *err)
{
    ag_status st = AG_OK;
    size_t n = a->n;
    igraph_vector_t res;
    if (igraph_vector_init(&res, 0))
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    a->path_work = (double)n * (double)igraph_ecount(dir);
    a->paths = (long)n <= a->o.exact_limit && a->path_work <= AN_EXACT_WORK ? AN_PATHS_EXACT
               : a->o.cutoff > 0                                           ? AN_PATHS_CUTOFF
                                                                            : AN_PATHS_SAMPLED;
    ag__an_step(a, a->paths == AN_PATHS_EXACT    ? "betweenness and harmonic closeness (exact)"
               : a->paths == AN_PATHS_CUTOFF ? "betweenness and harmonic closeness (cutoff)"
                                             : "betweenness and harmonic closeness (sampled sources)");
    /* Paths count hops: link weights are strengths, not distances. */
    if (a->paths == AN_PATHS_SAMPLED) {
        st = sampled(a, dir, &res, err);
        goto out;
    }
    if (a->paths == AN_PATHS_CUTOFF)
        IG("betweenness", igraph_betweenness_cutoff(dir, &res, igraph_vss_all(), 1, NULL, a->o.cutoff));
    else
        IG("betweenness", igraph_betweenness(dir, &res, igraph_vss_all(), 1, NULL));
    for (size_t i = 0; i < n; i++)
        a->stats[i].betweenness = VECTOR(res)[i];
    if (a->paths == AN_PATHS_CUTOFF)
        IG("harmonic centrality", igraph_harmonic_centrality_cutoff(dir, &res, igraph_vss_all(), IGRAPH_ALL,
                                                                    NULL, 1, a->o.cutoff));
    else
        IG("harmonic centrality", igraph_harmonic_centrality(dir, &res, igraph_vss_all(), IGRAPH_ALL, NULL, 1));
    for (size_t i = 0; i < n; i++)
        a->stats[i].harmonic = VECTOR(res)[i];
out:
    igraph_vector_destroy(&res);
    return st;
}

void ag__an_paths_describe(const ag_analysis *a, char *buf, size_t size)
{
    const ag_analyze_opts *o = &a->o;
    char why[160];
    if (a->paths == AN_PATHS_EXACT) {
        snprintf(buf, size, "exact");
        return;
    }
    if ((long)a->n > o->exact_limit)
        snprintf(why, sizeof why, "%zu actors, more than --exact-limit %ld", a->n, o->exact_limit);
    else
        snprintf(why, sizeof why, "%zu actors x %zu edges, more than %.0e steps", a->n, a->n_edges,
                 AN_EXACT_WORK);
    if (a->paths == AN_PATHS_CUTOFF)
        snprintf(buf, size, "approximate, paths of at most %g steps (%s)", o->cutoff, why);
    else
        snprintf(buf, size,
                 "estimated from %ld source actors sampled with seed %lu (%s: the exact cost grows "
                 "with actors x edges)",
                 o->samples, o->seed, why);
}
