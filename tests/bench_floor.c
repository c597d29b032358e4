/* bench_floor.c — the igraph floor of `analyze` for make bench: the same
 * igraph calls analyze makes (docs/analysis.md), on an edge list, without
 * reading JSON, building the view or writing a report.  What analyze
 * spends beyond this is ours.
 *
 * usage: bench_floor EDGES SAMPLES SEED
 * EDGES: "n m" then m lines "source target weight polarity" (0-based).
 * Prints the CPU seconds of the igraph calls.
 */
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct edges {
    igraph_integer_t n, m;
    igraph_vector_int_t dir, und, coop; /* endpoints, two per edge */
    igraph_vector_t wdir, wund, wcoop;
} edges;

static int read_edges(const char *path, edges *e)
{
    FILE *fp = fopen(path, "r");
    long n, m;
    if (!fp || fscanf(fp, "%ld %ld", &n, &m) != 2)
        return -1;
    e->n = n;
    e->m = m;
    igraph_vector_int_init(&e->dir, 0);
    igraph_vector_int_init(&e->und, 0);
    igraph_vector_int_init(&e->coop, 0);
    igraph_vector_init(&e->wdir, 0);
    igraph_vector_init(&e->wund, 0);
    igraph_vector_init(&e->wcoop, 0);
    for (long i = 0; i < m; i++) {
        long s, t, p;
        double w;
        if (fscanf(fp, "%ld %ld %lf %ld", &s, &t, &w, &p) != 4)
            return -1;
        igraph_vector_int_push_back(&e->dir, s);
        igraph_vector_int_push_back(&e->dir, t);
        igraph_vector_push_back(&e->wdir, w);
        igraph_vector_int_push_back(&e->und, s < t ? s : t);
        igraph_vector_int_push_back(&e->und, s < t ? t : s);
        igraph_vector_push_back(&e->wund, w);
        if (p > 0) {
            igraph_vector_int_push_back(&e->coop, s < t ? s : t);
            igraph_vector_int_push_back(&e->coop, s < t ? t : s);
            igraph_vector_push_back(&e->wcoop, w);
        }
    }
    fclose(fp);
    return 0;
}

/* Centrality on the directed and undirected graphs, as analyze runs it
 * above its exact limit: sampled sources for the path measures. */
static void centrality(igraph_t *dir, igraph_t *und, const edges *e, igraph_integer_t k)
{
    igraph_vector_t res, res2, sum;
    igraph_vector_int_t deg, src, order, layers;
    igraph_real_t value;
    igraph_vector_init(&res, 0);
    igraph_vector_init(&res2, 0);
    igraph_vector_init(&sum, e->n);
    igraph_vector_int_init(&deg, 0);
    igraph_vector_int_init(&src, 0);
    igraph_vector_int_init(&order, 0);
    igraph_vector_int_init(&layers, 0);
    igraph_degree(dir, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
    igraph_strength(dir, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &e->wdir);
    igraph_random_sample(&src, 0, e->n - 1, k);
    igraph_vs_t sources;
    igraph_vs_vector(&sources, &src);
    igraph_betweenness_subset(dir, &res, igraph_vss_all(), 1, sources, igraph_vss_all(), NULL);
    for (igraph_integer_t s = 0; s < k; s++) {
        igraph_bfs_simple(dir, VECTOR(src)[s], IGRAPH_ALL, &order, &layers, NULL);
        for (igraph_integer_t d = 1; d + 1 < igraph_vector_int_size(&layers); d++)
            for (igraph_integer_t j = VECTOR(layers)[d]; j < VECTOR(layers)[d + 1]; j++)
                VECTOR(sum)[VECTOR(order)[j]] += 1.0 / (double)d;
    }
    igraph_pagerank(dir, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 1, 0.85, &e->wdir, NULL);
    igraph_eigenvector_centrality(und, &res, &value, 0, 1, &e->wund, NULL);
    igraph_hub_and_authority_scores(dir, &res, &res2, &value, 1, &e->wdir, NULL);
    igraph_vector_destroy(&res);
    igraph_vector_destroy(&res2);
    igraph_vector_destroy(&sum);
    igraph_vector_int_destroy(&deg);
    igraph_vector_int_destroy(&src);
    igraph_vector_int_destroy(&order);
    igraph_vector_int_destroy(&layers);
}

/* Leiden and Louvain on the cooperative graph; triangles of the signed one. */
static void blocs_and_triangles(igraph_t *coop, igraph_t *und, const edges *e)
{
    igraph_vector_int_t mem, tri;
    igraph_vector_t nodew;
    igraph_integer_t nb;
    igraph_real_t q;
    igraph_vector_int_init(&mem, e->n);
    igraph_vector_int_init(&tri, 0);
    igraph_vector_init(&nodew, 0);
    igraph_strength(coop, &nodew, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &e->wcoop);
    double total = igraph_vector_sum(&e->wcoop);
    igraph_community_leiden(coop, &e->wcoop, &nodew, 1.0 / (2.0 * total), 0.01, 0, -1, &mem, &nb, &q);
    igraph_modularity(coop, &mem, &e->wcoop, 1.0, 0, &q);
    igraph_community_multilevel(coop, &e->wcoop, 1.0, &mem, NULL, NULL);
    igraph_list_triangles(und, &tri);
    igraph_vector_int_destroy(&mem);
    igraph_vector_int_destroy(&tri);
    igraph_vector_destroy(&nodew);
}

int main(int argc, char **argv)
{
    edges e;
    if (argc != 4 || read_edges(argv[1], &e)) {
        fprintf(stderr, "usage: bench_floor EDGES SAMPLES SEED\n");
        return 2;
    }
    clock_t t0 = clock();
    igraph_t dir, und, coop;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)atol(argv[3]));
    /* Simple graphs, as analyze makes them: parallel edges summed. */
    igraph_create(&dir, &e.dir, e.n, 1);
    igraph_create(&und, &e.und, e.n, 0);
    igraph_create(&coop, &e.coop, e.n, 0);
    centrality(&dir, &und, &e, (igraph_integer_t)atol(argv[2]));
    blocs_and_triangles(&coop, &und, &e);
    printf("%.2f\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    igraph_destroy(&dir);
    igraph_destroy(&und);
    igraph_destroy(&coop);
    return 0;
}
