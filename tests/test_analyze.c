/* test_analyze.c — centrality against values computed independently with
 * NetworkX, blocs, signed relations, filters, questions, and every report
 * format parsed back. */
#include <igraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "records.h"
#include "testutil.h"

#define TOL 1e-6

/* ---- graphs ---- */

static ag_graph *graph_of(const char *json)
{
    json_error_t jerr;
    json_t *j = json_loads(json, 0, &jerr);
    ck_assert_msg(j != NULL, "bad test JSON: %s", jerr.text);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_msg(ag_graph_from_json(j, "test", &g, &err) == AG_OK, "%s", err.msg);
    json_decref(j);
    return g;
}

/* A graph of nodes "v0".."v(n-1)" and links given as (source, target)
 * index pairs, all of one kind, label and polarity. */
static ag_graph *graph_of_edges(int n, const int (*e)[2], size_t m, const char *kind, int polarity)
{
    json_t *nodes = json_array(), *links = json_array();
    for (int i = 0; i < n; i++) {
        char id[16];
        snprintf(id, sizeof id, "v%d", i);
        json_array_append_new(nodes, json_pack("{ss ss ss}", "id", id, "name", id, "kind", "country"));
    }
    for (size_t i = 0; i < m; i++) {
        char s[16], t[16];
        snprintf(s, sizeof s, "v%d", e[i][0]);
        snprintf(t, sizeof t, "v%d", e[i][1]);
        json_array_append_new(links, json_pack("{ss ss ss ss si}", "source", s, "target", t, "kind", kind,
                                               "label", "rel", "polarity", polarity));
    }
    json_t *root = json_pack("{so so}", "nodes", nodes, "links", links);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_msg(ag_graph_from_json(root, "edges", &g, &err) == AG_OK, "%s", err.msg);
    json_decref(root);
    return g;
}

static ag_analysis *run(const ag_graph *g, const ag_analyze_opts *o)
{
    ag_analyze_opts def;
    ag_analyze_opts_init(&def);
    ag_analysis *a = NULL;
    ag_error err = {{0}};
    ag_status st = ag_analysis_run(g, o ? o : &def, &a, &err);
    ck_assert_msg(st == AG_OK, "analysis failed: %s", err.msg);
    return a;
}

/* The analysis with actors rolled up into their countries. */
static ag_analysis *run_collapsed(const ag_graph *g)
{
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.collapse = AG_COLLAPSE_COUNTRY;
    return run(g, &o);
}

static const ag_actor_stats *stats(const ag_analysis *a, const ag_graph *g, const char *id)
{
    long i = ag_graph_find_node(g, id);
    ck_assert_msg(i >= 0, "no node %s", id);
    const ag_actor_stats *s = ag_analysis_node(a, (size_t)i);
    ck_assert_msg(s != NULL, "no stats for %s", id);
    return s;
}

/* The report as a string (caller frees). */
static char *report(const ag_graph *g, const ag_analyze_opts *o, ag_report_format f)
{
    ag_analyze_opts def;
    ag_analyze_opts_init(&def);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ag_error err = {{0}};
    ag_status st = ag_analyze_report(g, o ? o : &def, f, fp, &err);
    fclose(fp);
    ck_assert_msg(st == AG_OK, "report failed: %s", err.msg);
    ck_assert_msg(!strstr(buf, "nan") && !strstr(buf, "NaN") && !strstr(buf, "inf"),
                  "report prints a non-finite number:\n%s", buf);
    return buf;
}

static json_t *report_json(const ag_graph *g, const ag_analyze_opts *o)
{
    char *s = report(g, o, AG_REPORT_JSON);
    json_error_t jerr;
    json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
    ck_assert_msg(j != NULL, "JSON report does not parse: %s:%d: %s", s, jerr.line, jerr.text);
    free(s);
    return j;
}

/* ---- centrality against NetworkX ----
 * Every constant below was printed by `python3 tests/analyze_expected.py`
 * (NetworkX 3, pure-Python PageRank/HITS with tol 1e-15, on the same
 * graphs built the way docs/analysis.md describes), not by our code. */

START_TEST(directed_path)
{
    static const int e[][2] = {{0, 1}, {1, 2}, {2, 3}};
    static const double pagerank[] = {0.116155823037, 0.214888272618, 0.298810854762, 0.370145049584};
    static const double betweenness[] = {0, 2, 2, 0};
    ag_graph *g = graph_of_edges(4, e, 3, "stance", -1);
    ag_analysis *a = run(g, NULL);
    double sum = 0;
    for (int i = 0; i < 4; i++) {
        const ag_actor_stats *s = ag_analysis_node(a, (size_t)i);
        ck_assert_double_eq_tol(s->pagerank, pagerank[i], TOL);
        ck_assert_double_eq_tol(s->betweenness, betweenness[i], TOL);
        sum += s->pagerank;
    }
    ck_assert_double_eq_tol(sum, 1.0, 1e-9);
    const ag_actor_stats *b = ag_analysis_node(a, 1);
    ck_assert_int_eq(b->in_degree, 1);
    ck_assert_int_eq(b->out_degree, 1);
    ck_assert_int_eq(b->degree, 2);
    ck_assert_int_eq(ag_analysis_node(a, 0)->in_degree, 0);
    ck_assert_int_eq(ag_analysis_node(a, 3)->out_degree, 0);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

START_TEST(weighted_pagerank)
{
    /* x->y seen 3 times, y->z 1, z->x 2, x->z 1, w->x 1. */
    ag_graph *g = graph_of("{\"nodes\":[{\"id\":\"w\"},{\"id\":\"x\"},{\"id\":\"y\"},{\"id\":\"z\"}],"
                           "\"links\":[{\"source\":\"x\",\"target\":\"y\",\"label\":\"a\",\"weight\":2},"
                           "{\"source\":\"x\",\"target\":\"y\",\"label\":\"b\",\"weight\":1},"
                           "{\"source\":\"y\",\"target\":\"z\",\"label\":\"a\"},"
                           "{\"source\":\"z\",\"target\":\"x\",\"label\":\"a\",\"weight\":2},"
                           "{\"source\":\"x\",\"target\":\"z\",\"label\":\"a\"},"
                           "{\"source\":\"w\",\"target\":\"x\",\"label\":\"a\"}]}");
    static const double pagerank[] = {0.037500000000, 0.357721452835, 0.265547426182, 0.339231120982};
    static const double betweenness[] = {0, 3, 0, 1};
    ag_analysis *a = run(g, NULL);
    for (int i = 0; i < 4; i++) {
        ck_assert_double_eq_tol(ag_analysis_node(a, (size_t)i)->pagerank, pagerank[i], TOL);
        ck_assert_double_eq_tol(ag_analysis_node(a, (size_t)i)->betweenness, betweenness[i], TOL);
    }
    /* Two labels x->y merge into one edge of weight 3: strength counts it. */
    ck_assert_double_eq_tol(stats(a, g, "x")->strength, 3 + 1 + 2 + 1, 1e-12);
    ck_assert_int_eq(stats(a, g, "x")->out_degree, 2);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

START_TEST(zachary_karate_club)
{
    static const double pagerank[34] = {0.096997285388, 0.052876924061, 0.057078509488, 0.035859857786, 0.021977952365, 0.029111154678, 0.029111154678, 0.024490497035, 0.029766056081, 0.014309397129, 0.021977952365, 0.009564745492, 0.014644892012, 0.029536456152, 0.014535993998, 0.014535993998, 0.016784005444, 0.014558677209, 0.014535993998, 0.019604636326, 0.014535993998, 0.014558677209, 0.014535993998, 0.031522514777, 0.021076033559, 0.021006197394, 0.015044038083, 0.025639767483, 0.019573459464, 0.026288537695, 0.024590155249, 0.037158087069, 0.071693226006, 0.100919182333};
    /* Meetings count both ways: ordered pairs, twice NetworkX's undirected figure. */
    static const double betweenness[34] = {462.142857142857, 56.957142857143, 151.701587301587, 12.576190476190, 0.666666666667, 31.666666666667, 31.666666666667, 0.000000000000, 59.058730158730, 0.895238095238, 0.666666666667, 0.000000000000, 0.000000000000, 48.431746031746, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 34.293650793651, 0.000000000000, 0.000000000000, 0.000000000000, 18.600000000000, 2.333333333333, 4.055555555556, 0.000000000000, 23.584126984127, 1.895238095238, 3.085714285714, 15.219047619048, 146.019047619048, 153.380952380952, 321.103174603175};
    static const double eigenvector[34] = {0.952132366477, 0.712335139120, 0.849554200465, 0.565614306651, 0.203471480817, 0.212883828873, 0.212883828873, 0.457890933763, 0.609068441934, 0.274998115492, 0.203471480817, 0.141566333343, 0.225663824720, 0.606574392416, 0.271593956716, 0.271593956716, 0.063304607936, 0.247478785548, 0.271593956716, 0.396162244201, 0.271593956716, 0.247478785548, 0.271593956716, 0.402070860719, 0.152806701996, 0.158575971213, 0.202428516719, 0.357499230645, 0.351072971551, 0.361473014907, 0.468064811423, 0.511656486526, 0.826658857521, 1.000000000000};
    static const double harmonic[34] = {0.702020202020, 0.580808080808, 0.636363636364, 0.535353535354, 0.444444444444, 0.459595959596, 0.459595959596, 0.497474747475, 0.560606060606, 0.472222222222, 0.444444444444, 0.409090909091, 0.424242424242, 0.560606060606, 0.430303030303, 0.430303030303, 0.336363636364, 0.429292929293, 0.430303030303, 0.530303030303, 0.430303030303, 0.429292929293, 0.430303030303, 0.485858585859, 0.421717171717, 0.421717171717, 0.422727272727, 0.512626262626, 0.497474747475, 0.465656565657, 0.512626262626, 0.585858585859, 0.633838383838, 0.704545454545};
    /* On a symmetric graph hubs = authorities = eigenvector centrality;
     * NetworkX's HITS printed exactly the eigenvector column above. */
    igraph_t z;
    ck_assert_int_eq(igraph_famous(&z, "Zachary"), IGRAPH_SUCCESS);
    size_t m = (size_t)igraph_ecount(&z);
    int(*e)[2] = malloc(m * sizeof *e);
    for (size_t i = 0; i < m; i++) {
        igraph_integer_t f, t;
        igraph_edge(&z, (igraph_integer_t)i, &f, &t);
        e[i][0] = (int)f;
        e[i][1] = (int)t;
    }
    igraph_destroy(&z);
    ck_assert_uint_eq(m, 78);
    ag_graph *g = graph_of_edges(34, e, m, "meeting", 1);
    free(e);
    ag_analysis *a = run(g, NULL);
    for (int i = 0; i < 34; i++) {
        char id[16];
        snprintf(id, sizeof id, "v%d", i);
        const ag_actor_stats *s = stats(a, g, id);
        ck_assert_msg(fabs(s->pagerank - pagerank[i]) < TOL, "pagerank v%d %.9f", i, s->pagerank);
        ck_assert_msg(fabs(s->betweenness - betweenness[i]) < TOL, "betweenness v%d %.9f", i, s->betweenness);
        ck_assert_msg(fabs(s->eigenvector - eigenvector[i]) < TOL, "eigenvector v%d %.9f", i, s->eigenvector);
        ck_assert_msg(fabs(s->harmonic - harmonic[i]) < TOL, "harmonic v%d %.9f", i, s->harmonic);
        ck_assert_msg(fabs(s->authority - eigenvector[i]) < TOL, "authority v%d %.9f", i, s->authority);
        ck_assert_msg(fabs(s->hub - eigenvector[i]) < TOL, "hub v%d %.9f", i, s->hub);
        ck_assert_int_eq(s->in_degree, s->out_degree);
    }
    ck_assert_int_eq(stats(a, g, "v33")->in_degree, 17);
    ck_assert_int_eq(stats(a, g, "v0")->degree, 32);

    /* Blocs: the club's well-known split; Leiden and Louvain reach the
     * known modularity range (best partition 0.4198). */
    json_t *j = report_json(g, NULL);
    json_t *leiden = json_object_get(json_object_get(j, "communities"), "leiden");
    double q = json_real_value(json_object_get(leiden, "modularity"));
    ck_assert_msg(q > 0.40 && q < 0.4199, "Leiden modularity %f", q);
    size_t nb = json_array_size(json_object_get(leiden, "blocs"));
    ck_assert_msg(nb >= 3 && nb <= 5, "%zu blocs", nb);
    double lq = json_real_value(json_object_get(json_object_get(json_object_get(j, "communities"), "louvain"),
                                                "modularity"));
    ck_assert_msg(lq > 0.40 && lq < 0.4199, "Louvain modularity %f", lq);
    ck_assert_int_eq(stats(a, g, "v0")->community, stats(a, g, "v1")->community);
    ck_assert_int_ne(stats(a, g, "v0")->community, stats(a, g, "v33")->community);
    json_decref(j);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

static const char *test_dir(void)
{
    const char *d = getenv("AG_TESTDIR");
    return d ? d : "tests";
}

static ag_status add_cb(ag_doc *d, void *ud, ag_error *err)
{
    ag_status st = ag_graph_add_doc(ud, d, err);
    ag_doc_free(d);
    return st;
}

static ag_graph *synthetic_graph(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/data/synthetic-events.jsonl", test_dir());
    FILE *fp = fopen(path, "r");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    ag_graph *g = ag_graph_new();
    ag_error err = {{0}};
    ag_status st = ag_records_read(fp, path, add_cb, g, &err);
    fclose(fp);
    ck_assert_msg(st == AG_OK, "%s", err.msg);
    return g;
}

START_TEST(synthetic_events)
{
    static const char *const ids[] = {"turkey", "sdf", "united-states", "france", "russia",
                                      "syria", "recep-erdogan", "sergei-lavrov", "united-nations", "iran"};
    static const double pagerank[] = {0.353328485586, 0.200303217821, 0.039838796477, 0.015000000000, 0.140299720266, 0.070415935129, 0.043444227006, 0.033463796477, 0.015000000000, 0.088905821237};
    static const double betweenness[] = {22, 0, 10.5, 0, 3.5, 0, 6, 0, 0, 3};
    ag_graph *g = synthetic_graph();
    ck_assert_uint_eq(g->n_nodes, 10);
    ag_analysis *a = run(g, NULL);
    for (size_t i = 0; i < 10; i++) {
        const ag_actor_stats *s = stats(a, g, ids[i]);
        ck_assert_msg(fabs(s->pagerank - pagerank[i]) < TOL, "pagerank %s %.9f", ids[i], s->pagerank);
        ck_assert_msg(fabs(s->betweenness - betweenness[i]) < TOL, "betweenness %s %.9f", ids[i],
                      s->betweenness);
    }
    /* Turkey leads the PageRank ranking in every format. */
    json_t *j = report_json(g, NULL);
    json_t *first = json_array_get(json_object_get(j, "nodes"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(first, "id")), "turkey");
    ck_assert_int_eq(json_integer_value(json_object_get(first, "rank")), 1);
    /* Strongest hostile relation: Turkey attacked the SDF three times. */
    json_t *h = json_array_get(json_object_get(j, "hostile"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(h, "source")), "turkey");
    ck_assert_str_eq(json_string_value(json_object_get(h, "target")), "sdf");
    ck_assert_int_eq(json_integer_value(json_object_get(h, "weight")), 3);
    ck_assert_double_eq_tol(json_real_value(json_object_get(h, "signed_weight")), -30.0, 1e-9);
    /* Strongest cooperative: Russia and Turkey met twice. */
    json_t *c = json_array_get(json_object_get(j, "cooperative"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(c, "source")), "russia");
    ck_assert_str_eq(json_string_value(json_object_get(c, "target")), "turkey");
    ck_assert_str_eq(json_string_value(json_object_get(c, "kind")), "meeting");
    ck_assert_int_eq(json_integer_value(json_object_get(c, "weight")), 2);
    /* Cooperative and hostile lists are sorted by weight. */
    json_t *arr = json_object_get(j, "hostile");
    for (size_t i = 1; i < json_array_size(arr); i++)
        ck_assert_int_ge(json_integer_value(json_object_get(json_array_get(arr, i - 1), "weight")),
                         json_integer_value(json_object_get(json_array_get(arr, i), "weight")));
    json_decref(j);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

/* ---- the model ---- */

static const char *person_graph =
    "{\"nodes\":[{\"id\":\"turkey\",\"name\":\"Turkey\",\"kind\":\"country\"},"
    "{\"id\":\"syria\",\"name\":\"Syria\",\"kind\":\"country\"},"
    "{\"id\":\"mfa\",\"name\":\"Turkish Foreign Ministry\",\"kind\":\"organization\",\"affiliation\":\"turkey\"},"
    "{\"id\":\"mevlut\",\"name\":\"Mevlut Cavusoglu\",\"kind\":\"person\",\"affiliation\":\"mfa\"},"
    "{\"id\":\"russia\",\"name\":\"Russia\",\"kind\":\"country\"}],"
    "\"links\":["
    "{\"source\":\"mfa\",\"target\":\"turkey\",\"kind\":\"affiliation\",\"label\":\"member of\"},"
    "{\"source\":\"mevlut\",\"target\":\"mfa\",\"kind\":\"affiliation\",\"label\":\"member of\"},"
    "{\"source\":\"mevlut\",\"target\":\"syria\",\"label\":\"denounce\",\"polarity\":-1,\"goldstein\":-2,"
    " \"evidence\":[{\"doc\":\"d1\",\"sentence\":0,\"text\":\"Cavusoglu denounced Syria.\",\"date\":\"2019-10-01\"}]},"
    "{\"source\":\"turkey\",\"target\":\"syria\",\"label\":\"denounce\",\"polarity\":-1,\"goldstein\":-2,\"weight\":2,"
    " \"evidence\":[{\"doc\":\"d2\",\"sentence\":3,\"text\":\"Turkey denounced Syria.\",\"date\":\"2019-11-05\"},"
    "{\"doc\":\"d3\",\"sentence\":1,\"text\":\"Ankara denounced Damascus.\",\"date\":\"20191120\"}]},"
    "{\"source\":\"russia\",\"target\":\"turkey\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":0,"
    " \"evidence\":[{\"doc\":\"d2\",\"sentence\":0,\"text\":\"Russia and Turkey met.\",\"date\":\"2019-11-05\"}]}"
    "]}";

START_TEST(affiliation_excluded_by_default)
{
    ag_graph *g = graph_of(person_graph);
    ag_analysis *a = run(g, NULL);
    ck_assert_int_eq(stats(a, g, "mfa")->degree, 0);
    ck_assert_int_eq(stats(a, g, "mevlut")->degree, 1);
    ck_assert_int_ne(stats(a, g, "mevlut")->community, stats(a, g, "mfa")->community);
    ck_assert_int_eq(stats(a, g, "turkey")->in_degree, 1); /* the meeting */
    ag_analysis_free(a);

    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.with_affiliation = 1;
    a = run(g, &o);
    ck_assert_int_eq(stats(a, g, "mfa")->degree, 2);
    ck_assert_int_eq(stats(a, g, "turkey")->in_degree, 2);
    ck_assert_int_eq(stats(a, g, "mevlut")->out_degree, 2);
    /* Membership now ties the minister to his ministry: the cooperative
     * subgraph is the path mevlut - mfa - turkey - russia, whose best
     * split is {mevlut, mfa} {turkey, russia}. */
    ck_assert_int_eq(stats(a, g, "mevlut")->community, stats(a, g, "mfa")->community);
    ck_assert_int_eq(stats(a, g, "turkey")->community, stats(a, g, "russia")->community);
    ck_assert_int_ne(stats(a, g, "mevlut")->community, stats(a, g, "turkey")->community);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

START_TEST(collapse_into_countries)
{
    ag_graph *g = graph_of(person_graph);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.collapse = AG_COLLAPSE_COUNTRY;
    ag_analysis *a = run(g, &o);
    /* The minister and his ministry are rolled up into Turkey. */
    ck_assert_ptr_null(ag_analysis_node(a, (size_t)ag_graph_find_node(g, "mevlut")));
    ck_assert_ptr_null(ag_analysis_node(a, (size_t)ag_graph_find_node(g, "mfa")));
    ck_assert_int_eq(stats(a, g, "turkey")->out_degree, 2); /* Syria, Russia */
    json_t *j = report_json(g, &o);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 3);
    json_t *h = json_array_get(json_object_get(j, "hostile"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(h, "source")), "turkey");
    ck_assert_int_eq(json_integer_value(json_object_get(h, "weight")), 3); /* 2 + the minister's 1 */
    ck_assert_uint_eq(json_array_size(json_object_get(j, "hostile")), 1);
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "params"), "collapse")), "country");
    json_decref(j);
    /* Evidence of merged links: each sentence once, all three listed. */
    o.actor = "syria";
    j = report_json(g, &o);
    json_t *ev = json_object_get(json_array_get(json_object_get(json_object_get(j, "actor"), "relations"), 0),
                                 "evidence");
    ck_assert_uint_eq(json_array_size(ev), 3);
    json_decref(j);
    ag_analysis_free(a);
    ag_graph_free(g);

    /* Two officials of A meet one of B in one sentence: after the roll-up,
     * A - B weighs 2 and that sentence shows once. */
    g = graph_of("{\"nodes\":[{\"id\":\"a\",\"kind\":\"country\"},{\"id\":\"b\",\"kind\":\"country\"},"
                 "{\"id\":\"a1\",\"kind\":\"person\",\"affiliation\":\"a\"},"
                 "{\"id\":\"a2\",\"kind\":\"person\",\"affiliation\":\"a\"},"
                 "{\"id\":\"b1\",\"kind\":\"person\",\"affiliation\":\"b\"}],\"links\":["
                 "{\"source\":\"a1\",\"target\":\"b1\",\"kind\":\"meeting\","
                 " \"evidence\":[{\"doc\":\"d\",\"sentence\":5,\"text\":\"They met.\"}]},"
                 "{\"source\":\"a2\",\"target\":\"b1\",\"kind\":\"meeting\","
                 " \"evidence\":[{\"doc\":\"d\",\"sentence\":5,\"text\":\"They met.\"}]}]}");
    ag_analyze_opts_init(&o);
    o.collapse = AG_COLLAPSE_COUNTRY;
    o.actor = "a";
    j = report_json(g, &o);
    json_t *rel = json_array_get(json_object_get(json_object_get(j, "actor"), "relations"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(rel, "weight")), 2);
    ck_assert_uint_eq(json_array_size(json_object_get(rel, "evidence")), 1);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(collapse_keeps_unaffiliated)
{
    /* The Security Council belongs to the UN, which has no country: both
     * stay themselves; a cycle of affiliations does not hang the walk. */
    ag_graph *g = graph_of("{\"nodes\":[{\"id\":\"un\",\"kind\":\"organization\"},"
                           "{\"id\":\"unsc\",\"kind\":\"organization\",\"affiliation\":\"un\"},"
                           "{\"id\":\"x\",\"kind\":\"person\",\"affiliation\":\"y\"},"
                           "{\"id\":\"y\",\"kind\":\"person\",\"affiliation\":\"x\"},"
                           "{\"id\":\"syria\",\"kind\":\"country\"}],\"links\":["
                           "{\"source\":\"unsc\",\"target\":\"syria\",\"label\":\"urge\"},"
                           "{\"source\":\"x\",\"target\":\"syria\",\"label\":\"urge\"}]}");
    ag_analysis *a = run_collapsed(g);
    ck_assert_int_eq(stats(a, g, "unsc")->out_degree, 1);
    ck_assert_int_eq(stats(a, g, "un")->degree, 0);
    ck_assert_int_eq(stats(a, g, "x")->out_degree, 1);
    ck_assert_int_eq(stats(a, g, "syria")->in_degree, 2);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

START_TEST(filters)
{
    ag_graph *g = graph_of(person_graph);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);

    ck_assert_int_eq(ag_analyze_kinds_parse("stance", &o.kinds), 0);
    ag_analysis *a = run(g, &o);
    ck_assert_int_eq(stats(a, g, "russia")->degree, 0); /* the meeting is gone */
    ck_assert_int_eq(stats(a, g, "syria")->in_degree, 2);
    ag_analysis_free(a);

    ag_analyze_opts_init(&o);
    ck_assert_int_eq(ag_analyze_kinds_parse("country,meeting", &o.kinds), 0);
    a = run(g, &o);
    ck_assert_ptr_null(ag_analysis_node(a, (size_t)ag_graph_find_node(g, "mevlut")));
    ck_assert_int_eq(stats(a, g, "turkey")->degree, 2); /* meeting both ways, no stance */
    ag_analysis_free(a);

    /* Evidence dates: only November keeps Turkey's stance (both dates
     * forms) and the meeting, not the minister's October one. */
    ag_analyze_opts_init(&o);
    o.since = "2019-11";
    a = run(g, &o);
    ck_assert_int_eq(stats(a, g, "mevlut")->degree, 0);
    ck_assert_int_eq(stats(a, g, "mfa")->degree, 0); /* undated links are out too */
    ck_assert_int_eq(stats(a, g, "russia")->degree, 2);
    ck_assert_int_eq(stats(a, g, "syria")->in_degree, 1);
    ck_assert_double_eq_tol(stats(a, g, "syria")->strength, 2, 1e-12);
    ag_analysis_free(a);
    o.since = NULL;
    o.until = "20191110";
    o.with_affiliation = 1; /* the undated memberships must still be dropped */
    a = run(g, &o);
    /* d3 (2019-11-20) is out: Turkey's link keeps the one dated weight. */
    ck_assert_double_eq_tol(stats(a, g, "syria")->strength, 2, 1e-12);
    ck_assert_int_eq(stats(a, g, "mfa")->degree, 0);
    ag_analysis_free(a);

    ag_analyze_opts_init(&o);
    o.min_weight = 2;
    a = run(g, &o);
    ck_assert_int_eq(stats(a, g, "syria")->in_degree, 1);
    ck_assert_int_eq(stats(a, g, "russia")->degree, 0);
    ag_analysis_free(a);

    ag_error err = {{0}};
    ag_analyze_opts_init(&o);
    o.since = "last week";
    ck_assert_int_eq(ag_analysis_run(g, &o, &a, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "last week"));

    unsigned k = 0;
    ck_assert_int_eq(ag_analyze_kinds_parse("stance,planet", &k), -1);
    ck_assert_int_eq(ag_analyze_kinds_parse("", &k), -1);
    ag_graph_free(g);
}
END_TEST

START_TEST(ties_broken_by_id)
{
    /* Two identical pairs: equal PageRank everywhere; the ranking is by id. */
    static const int e[][2] = {{2, 3}, {0, 1}};
    ag_graph *g = graph_of_edges(4, e, 2, "meeting", 1);
    json_t *j = report_json(g, NULL);
    json_t *nodes = json_object_get(j, "nodes");
    const char *want[] = {"v0", "v1", "v2", "v3"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_str_eq(json_string_value(json_object_get(json_array_get(nodes, i), "id")), want[i]);
    /* Equal-size blocs are numbered by their smallest id. */
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(nodes, 0), "community")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(nodes, 2), "community")), 2);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(deterministic_output)
{
    ag_graph *g = synthetic_graph();
    for (int f = AG_REPORT_TEXT; f <= AG_REPORT_JSON; f++) {
        char *x = report(g, NULL, (ag_report_format)f), *y = report(g, NULL, (ag_report_format)f);
        ck_assert_str_eq(x, y);
        free(x);
        free(y);
    }
    /* The seed is recorded. */
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.seed = 7;
    json_t *j = report_json(g, &o);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(j, "params"), "seed")), 7);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(approximate_betweenness)
{
    /* A path of 6: with cutoff 2 only paths of at most 2 steps count, so
     * v2 lies on 1->3 alone instead of 2 * 3 pairs. */
    static const int e[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}};
    ag_graph *g = graph_of_edges(6, e, 5, "stance", 1);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    ag_analysis *a = run(g, &o);
    ck_assert_double_eq_tol(ag_analysis_node(a, 2)->betweenness, 6, 1e-9); /* 2*3 pairs */
    ag_analysis_free(a);
    o.exact_limit = 5;
    o.cutoff = 2;
    a = run(g, &o);
    ck_assert_double_eq_tol(ag_analysis_node(a, 2)->betweenness, 1, 1e-9);
    ag_analysis_free(a);
    json_t *j = report_json(g, &o);
    json_t *p = json_object_get(j, "params");
    ck_assert_str_eq(json_string_value(json_object_get(p, "betweenness")), "cutoff");
    ck_assert_double_eq(json_real_value(json_object_get(p, "cutoff")), 2);
    json_decref(j);
    char *t = report(g, &o, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "approximate, paths of at most 2 steps"));
    free(t);
    ag_graph_free(g);
}
END_TEST

/* ---- signed relations ---- */

static const char *triangle_graph =
    "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},{\"id\":\"d\"}],\"links\":["
    "{\"source\":\"a\",\"target\":\"b\",\"label\":\"support\",\"polarity\":1,\"goldstein\":3,\"weight\":2},"
    "{\"source\":\"b\",\"target\":\"c\",\"label\":\"support\",\"polarity\":1,\"goldstein\":3},"
    "{\"source\":\"a\",\"target\":\"c\",\"label\":\"attack\",\"polarity\":-1,\"goldstein\":-10},"
    "{\"source\":\"c\",\"target\":\"a\",\"label\":\"praise\",\"polarity\":1,\"goldstein\":1},"
    "{\"source\":\"c\",\"target\":\"d\",\"label\":\"attack\",\"polarity\":-1,\"goldstein\":-10},"
    "{\"source\":\"b\",\"target\":\"d\",\"label\":\"attack\",\"polarity\":-1,\"goldstein\":-10}]}";

START_TEST(net_stance_and_balance)
{
    ag_graph *g = graph_of(triangle_graph);
    json_t *j = report_json(g, NULL);
    /* Pairs by |net|: a-c = -10 + 1 = -9; b-d and c-d -10; a-b +6; b-c +3. */
    json_t *pairs = json_object_get(j, "pairs");
    ck_assert_uint_eq(json_array_size(pairs), 5);
    json_t *p0 = json_array_get(pairs, 0);
    ck_assert_str_eq(json_string_value(json_object_get(p0, "a")), "b");
    ck_assert_str_eq(json_string_value(json_object_get(p0, "b")), "d");
    ck_assert_double_eq_tol(json_real_value(json_object_get(p0, "net")), -10, 1e-12);
    json_t *p2 = json_array_get(pairs, 2);
    ck_assert_str_eq(json_string_value(json_object_get(p2, "a")), "a");
    ck_assert_str_eq(json_string_value(json_object_get(p2, "b")), "c");
    ck_assert_double_eq_tol(json_real_value(json_object_get(p2, "net")), -9, 1e-12);
    ck_assert_int_eq(json_integer_value(json_object_get(p2, "weight")), 2);

    /* Triangles: a,b,c (+ + -) unbalanced; b,c,d (+ - -) balanced. */
    json_t *bal = json_object_get(j, "balance");
    ck_assert_int_eq(json_integer_value(json_object_get(bal, "triangles")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(bal, "balanced")), 1);
    ck_assert_double_eq_tol(json_real_value(json_object_get(bal, "balanced_share")), 0.5, 1e-12);
    json_t *u = json_array_get(json_object_get(bal, "unbalanced"), 0);
    json_t *ua = json_object_get(u, "actors");
    ck_assert_str_eq(json_string_value(json_array_get(ua, 0)), "a");
    ck_assert_str_eq(json_string_value(json_array_get(ua, 1)), "b");
    ck_assert_str_eq(json_string_value(json_array_get(ua, 2)), "c");

    /* Allies and adversaries of b, strongest first. */
    json_t *nodes = json_object_get(j, "nodes");
    json_t *b = NULL;
    for (size_t i = 0; i < json_array_size(nodes); i++)
        if (strcmp(json_string_value(json_object_get(json_array_get(nodes, i), "id")), "b") == 0)
            b = json_array_get(nodes, i);
    ck_assert_ptr_nonnull(b);
    json_t *allies = json_object_get(b, "allies");
    ck_assert_uint_eq(json_array_size(allies), 2);
    ck_assert_str_eq(json_string_value(json_array_get(allies, 0)), "a");
    ck_assert_str_eq(json_string_value(json_array_get(allies, 1)), "c");
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(b, "adversaries"), 0)), "d");
    json_decref(j);

    char *t = report(g, NULL, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "2 signed triangles, 1 balanced (50.0%)"));
    ck_assert_ptr_nonnull(strstr(t, "unbalanced: a + b + c - a"));
    free(t);
    ag_graph_free(g);
}
END_TEST

/* Weights summed over merged links and over a pair stop at AG_COUNT_MAX
 * (UBSan would stop an overflow). */
START_TEST(huge_weights_saturate)
{
    char json[1024];
    snprintf(json, sizeof json,
             "{\"nodes\":[{\"id\":\"a\",\"kind\":\"country\"},{\"id\":\"b\",\"kind\":\"country\"},"
             "{\"id\":\"a1\",\"kind\":\"person\",\"affiliation\":\"a\"},"
             "{\"id\":\"a2\",\"kind\":\"person\",\"affiliation\":\"a\"}],\"links\":["
             "{\"source\":\"a1\",\"target\":\"b\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-10,\"weight\":%ld},"
             "{\"source\":\"a2\",\"target\":\"b\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-10,\"weight\":%ld},"
             "{\"source\":\"b\",\"target\":\"a\",\"label\":\"praise\",\"polarity\":1,\"weight\":%ld}]}",
             AG_COUNT_MAX, AG_COUNT_MAX, AG_COUNT_MAX);
    ag_graph *g = graph_of(json);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.collapse = AG_COLLAPSE_COUNTRY;
    json_t *j = report_json(g, &o);
    json_t *h = json_array_get(json_object_get(j, "hostile"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(h, "source")), "a");
    ck_assert_int_eq(json_integer_value(json_object_get(h, "weight")), AG_COUNT_MAX);
    json_t *p = json_array_get(json_object_get(j, "pairs"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(p, "weight")), AG_COUNT_MAX);
    ck_assert(json_real_value(json_object_get(p, "net")) < 0);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

/* ---- questions ---- */

START_TEST(actor_and_path)
{
    ag_graph *g = graph_of(person_graph);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.actor = "Turkey";
    o.path_from = "cavusoglu"; /* part of the id "mevlut"? no: of the name */
    o.path_to = "russia";
    ag_analysis *a = NULL;
    ag_error err = {{0}};
    /* "cavusoglu" is not an id, a slug of one, or a whole name. */
    ck_assert_int_eq(ag_analysis_run(g, &o, &a, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "'cavusoglu' is not in the graph"));

    o.path_from = "Mevlut Cavusoglu";
    json_t *j = report_json(g, &o);
    json_t *act = json_object_get(j, "actor");
    ck_assert_str_eq(json_string_value(json_object_get(act, "id")), "turkey");
    json_t *rels = json_object_get(act, "relations");
    ck_assert_uint_eq(json_array_size(rels), 3); /* denounce, meet, ministry's membership */
    json_t *r0 = json_array_get(rels, 0);
    ck_assert_str_eq(json_string_value(json_object_get(r0, "label")), "denounce");
    json_t *ev = json_object_get(r0, "evidence");
    ck_assert_uint_eq(json_array_size(ev), 2);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(ev, 1), "text")),
                     "Ankara denounced Damascus.");

    /* mevlut -> syria <- turkey <-> russia: three steps, with evidence. */
    json_t *path = json_object_get(j, "path");
    ck_assert(json_is_true(json_object_get(path, "found")));
    json_t *steps = json_object_get(path, "steps");
    ck_assert_uint_eq(json_array_size(steps), 3);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(steps, 0), "from")), "mevlut");
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(steps, 1), "to")), "turkey");
    json_t *last = json_array_get(json_object_get(json_array_get(steps, 2), "relations"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(last, "label")), "meet");
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(last, "evidence"), 0), "text")),
                     "Russia and Turkey met.");
    json_decref(j);

    char *t = report(g, &o, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "3 steps: Mevlut Cavusoglu - Syria - Turkey - Russia"));
    ck_assert_ptr_nonnull(strstr(t, "\"Ankara denounced Damascus.\" (d3, sentence 1, 20191120)"));
    free(t);

    /* A unique part of an id is enough; an ambiguous one is refused. */
    ag_analyze_opts_init(&o);
    o.actor = "urk";
    a = run(g, &o);
    ag_analysis_free(a);
    o.actor = "r";
    ck_assert_int_eq(ag_analysis_run(g, &o, &a, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "ambiguous"));

    /* No chain: an isolated actor. */
    ag_analyze_opts_init(&o);
    o.path_from = "mfa";
    o.path_to = "russia";
    j = report_json(g, &o);
    ck_assert(json_is_false(json_object_get(json_object_get(j, "path"), "found")));
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

/* ---- report formats ---- */

/* RFC 4180 records of a CSV text: returns the number of records and
 * checks each has `cols` fields; fields[] receives row `want_row`. */
static size_t csv_parse(const char *s, size_t cols, size_t want_row, char fields[][128])
{
    size_t rows = 0, col = 0, len = 0;
    int quoted = 0, in_field = 0;
    char cur[128];
    for (const char *p = s;; p++) {
        if (quoted) {
            ck_assert_msg(*p != '\0', "unterminated quoted field");
            if (*p == '"' && p[1] == '"') {
                if (len < 127)
                    cur[len++] = '"';
                p++;
            } else if (*p == '"') {
                quoted = 0;
            } else if (len < 127) {
                cur[len++] = *p;
            }
            continue;
        }
        if (*p == '"' && !in_field) {
            quoted = in_field = 1;
            continue;
        }
        if (*p == ',' || *p == '\r' || *p == '\0') {
            if (*p == '\0' && col == 0 && !in_field && len == 0)
                break;
            cur[len] = '\0';
            if (rows == want_row && col < cols)
                memcpy(fields[col], cur, len + 1);
            col++;
            len = 0;
            in_field = 0;
            if (*p == ',')
                continue;
            ck_assert_msg(col == cols, "row %zu has %zu fields, not %zu", rows, col, cols);
            rows++;
            col = 0;
            if (*p == '\0')
                break;
            ck_assert_msg(p[1] == '\n', "records end with CRLF");
            p++;
            continue;
        }
        ck_assert_msg(*p != '"', "a quote inside an unquoted field");
        in_field = 1;
        if (len < 127)
            cur[len++] = *p;
    }
    return rows;
}

static const char *tricky_graph =
    "{\"nodes\":[{\"id\":\"eq\",\"name\":\"=HYPERLINK(\\\"x\\\")\"},"
    "{\"id\":\"comma\",\"name\":\"Smith, \\\"Jr\\\"\",\"kind\":\"person\"},"
    "{\"id\":\"pipe\",\"name\":\"A|B *bold*\\nnext\"},{\"id\":\"-minus\",\"name\":\"@at\"}],"
    "\"links\":[{\"source\":\"eq\",\"target\":\"comma\",\"label\":\"warn\",\"polarity\":-1},"
    "{\"source\":\"pipe\",\"target\":\"comma\",\"kind\":\"meeting\"}]}";

START_TEST(csv_format)
{
    ag_graph *g = graph_of(tricky_graph);
    char *s = report(g, NULL, AG_REPORT_CSV);
    char f[16][128];
    ck_assert_uint_eq(csv_parse(s, 16, 0, f), 5); /* header + 4 actors */
    ck_assert_str_eq(f[0], "rank");
    ck_assert_str_eq(f[9], "pagerank");
    ck_assert_str_eq(f[15], "louvain");
    int seen = 0;
    for (size_t row = 1; row <= 4; row++) {
        csv_parse(s, 16, row, f);
        ck_assert_int_eq(atoi(f[0]), (int)row);
        if (strcmp(f[1], "eq") == 0) {
            ck_assert_str_eq(f[2], "'=HYPERLINK(\"x\")"); /* formula neutralized */
            seen++;
        } else if (strcmp(f[1], "comma") == 0) {
            ck_assert_str_eq(f[2], "Smith, \"Jr\"");
            ck_assert_str_eq(f[3], "person");
            seen++;
        } else if (strcmp(f[1], "'-minus") == 0) {
            ck_assert_str_eq(f[2], "'@at");
            seen++;
        }
        double pr = strtod(f[9], NULL);
        ck_assert(pr > 0 && pr < 1);
    }
    ck_assert_int_eq(seen, 3);
    free(s);
    ag_graph_free(g);
}
END_TEST

START_TEST(markdown_and_text_formats)
{
    ag_graph *g = graph_of(tricky_graph);
    char *md = report(g, NULL, AG_REPORT_MD);
    ck_assert_ptr_nonnull(strstr(md, "# Actor graph analysis"));
    ck_assert_ptr_nonnull(strstr(md, "A\\|B \\*bold\\* next")); /* escaped, one line */
    /* Every table row has the header's number of unescaped pipes. */
    const char *head = strstr(md, "| # | actor |");
    ck_assert_ptr_nonnull(head);
    int want = -1;
    for (const char *line = head; *line == '|';) {
        int pipes = 0;
        const char *p = line;
        for (; *p && *p != '\n'; p++)
            pipes += *p == '|' && p[-1] != '\\';
        if (want < 0)
            want = pipes;
        ck_assert_int_eq(pipes, want);
        line = *p ? p + 1 : p;
    }
    ck_assert_int_eq(want, 15);
    free(md);

    char *t = report(g, NULL, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "Actors by PageRank (top 4 of 4)"));
    ck_assert_ptr_nonnull(strstr(t, "pagerank: weighted PageRank"));
    ck_assert_ptr_nonnull(strstr(t, "A|B *bold* next")); /* newline flattened */
    /* Columns line up: every table row is as long as the header row. */
    const char *h = strstr(t, "  # actor");
    ck_assert_ptr_nonnull(h);
    while (h > t && h[-1] != '\n') /* the rank column is as wide as "N=" */
        h--;
    size_t hl = strcspn(h, "\n");
    const char *row = h + hl + 1;
    for (int i = 0; i < 4; i++) {
        size_t w = 0, n = strcspn(row, "\n");
        for (size_t k = 0; k < n; k++)
            w += ((unsigned char)row[k] & 0xC0) != 0x80;
        ck_assert_uint_eq(w, hl);
        row += n + 1;
    }
    free(t);

    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.top = 2;
    t = report(g, &o, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "(top 2 of 4)"));
    free(t);
    ag_graph_free(g);
}
END_TEST

START_TEST(json_format)
{
    ag_graph *g = graph_of(tricky_graph);
    json_t *j = report_json(g, NULL);
    json_t *nodes = json_object_get(j, "nodes");
    ck_assert_uint_eq(json_array_size(nodes), 4);
    static const char *const keys[] = {"id", "name", "kind", "degree", "in_degree", "out_degree",
                                       "strength", "betweenness", "pagerank", "eigenvector",
                                       "community", "hub", "authority", "harmonic"};
    double sum = 0;
    for (size_t i = 0; i < 4; i++) {
        json_t *n = json_array_get(nodes, i);
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            ck_assert_msg(json_object_get(n, keys[k]) != NULL, "node %zu lacks %s", i, keys[k]);
        ck_assert(json_is_number(json_object_get(n, "pagerank")));
        sum += json_number_value(json_object_get(n, "pagerank"));
    }
    ck_assert_double_eq_tol(sum, 1.0, 1e-9);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(nodes, 0), "id")), "comma");
    ck_assert_uint_eq(json_array_size(json_object_get(j, "cooperative")), 1);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "hostile")), 1);
    ck_assert_str_eq(json_string_value(json_object_get(j, "format")), "actorgraph-analysis/1");
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(empty_graph)
{
    ag_graph *g = ag_graph_new();
    for (int f = AG_REPORT_TEXT; f <= AG_REPORT_JSON; f++) {
        char *s = report(g, NULL, (ag_report_format)f);
        ck_assert(strlen(s) > 0);
        free(s);
    }
    json_t *j = report_json(g, NULL);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 0);
    ck_assert(json_is_null(json_object_get(json_object_get(j, "balance"), "balanced_share")));
    json_decref(j);
    char *csv = report(g, NULL, AG_REPORT_CSV);
    char f[16][128];
    ck_assert_uint_eq(csv_parse(csv, 16, 0, f), 1);
    free(csv);

    /* Actors but no relations: every measure defined, no NaN printed. */
    ag_graph_free(g);
    g = graph_of("{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");
    j = report_json(g, NULL);
    json_t *n0 = json_array_get(json_object_get(j, "nodes"), 0);
    ck_assert_double_eq_tol(json_number_value(json_object_get(n0, "pagerank")), 0.5, 1e-12);
    json_decref(j);
    free(report(g, NULL, AG_REPORT_TEXT));
    ag_graph_free(g);
}
END_TEST

START_TEST(format_names)
{
    ag_report_format f;
    ck_assert_int_eq(ag_report_format_parse("md", &f), 0);
    ck_assert_int_eq(f, AG_REPORT_MD);
    ck_assert_int_eq(ag_report_format_parse("json", &f), 0);
    ck_assert_int_eq(f, AG_REPORT_JSON);
    ck_assert_int_eq(ag_report_format_parse("csv", &f), 0);
    ck_assert_int_eq(f, AG_REPORT_CSV);
    ck_assert_int_eq(ag_report_format_parse("text", &f), 0);
    ck_assert_int_eq(f, AG_REPORT_TEXT);
    ck_assert_int_eq(ag_report_format_parse("xml", &f), -1);
    ck_assert_int_eq(ag_report_format_parse(NULL, &f), -1);
}
END_TEST


/* ---- scale: exact dates, sampled paths, order ---- */

/* Links with per-day counts beside capped evidence, and an older link
 * without them. */
static const char *dated_graph =
    "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}],\"links\":["
    "{\"source\":\"a\",\"target\":\"b\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-4,\"weight\":40,"
    " \"dates\":{\"2023-12-01\":10,\"2024-01-05\":30},"
    " \"evidence\":[{\"doc\":\"d1\",\"sentence\":0,\"text\":\"A warned B.\",\"date\":\"2023-12-01\"},"
    "              {\"doc\":\"d2\",\"sentence\":0,\"text\":\"A warned B.\",\"date\":\"2023-12-01\"}]},"
    "{\"source\":\"b\",\"target\":\"c\",\"label\":\"praise\",\"polarity\":1,\"goldstein\":3,\"weight\":5,"
    " \"evidence\":[{\"doc\":\"d3\",\"date\":\"2024-01-02\"},{\"doc\":\"d4\",\"date\":\"2024-01-02\"},"
    "              {\"doc\":\"d5\",\"date\":\"2024-01-02\"},{\"doc\":\"d6\",\"date\":\"2023-11-01\"},"
    "              {\"doc\":\"d7\",\"date\":\"2023-11-01\"}]}"
    "]}";

/* Weight of the link s -> t in the analysis (0 when filtered out). */
static long view_weight(const ag_graph *g, const ag_analyze_opts *o, const char *s, const char *t)
{
    json_t *j = report_json(g, o);
    long w = 0;
    const char *lists[] = {"cooperative", "hostile"};
    for (int k = 0; k < 2; k++) {
        json_t *arr = json_object_get(j, lists[k]);
        for (size_t i = 0; i < json_array_size(arr); i++) {
            json_t *r = json_array_get(arr, i);
            if (strcmp(json_string_value(json_object_get(r, "source")), s) == 0 &&
                strcmp(json_string_value(json_object_get(r, "target")), t) == 0)
                w = (long)json_integer_value(json_object_get(r, "weight"));
        }
    }
    json_decref(j);
    return w;
}

START_TEST(date_filters_are_exact)
{
    ag_graph *g = graph_of(dated_graph);
    ag_analyze_opts o;
    /* a -> b: its two evidence entries are from 2023, but 30 of its 40
     * occurrences are not.  b -> c comes from an older graph.json: its
     * evidence holds every occurrence. */
    static const struct {
        const char *since, *until, *s, *t;
        long want;
    } cases[] = {
        {NULL, NULL, "a", "b", 40},         {"2024", NULL, "a", "b", 30},
        {"2024-01-05", "20240105", "a", "b", 30}, {"2024-01-06", NULL, "a", "b", 0},
        {NULL, "2023-12", "a", "b", 10},    {NULL, "2023-11", "a", "b", 0},
        {"2024-01", NULL, "b", "c", 3},     {NULL, "2023", "b", "c", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_analyze_opts_init(&o);
        o.since = cases[i].since;
        o.until = cases[i].until;
        ck_assert_msg(view_weight(g, &o, cases[i].s, cases[i].t) == cases[i].want, "case %zu", i);
    }
    ag_graph_free(g);
}
END_TEST

/* A deterministic random graph of n actors and m stances. */
static ag_graph *random_graph(int n, size_t m, unsigned seed)
{
    int (*e)[2] = malloc(m * sizeof *e);
    unsigned x = seed;
    for (size_t i = 0; i < m; i++) {
        x = x * 1103515245u + 12345u;
        e[i][0] = (int)((x >> 8) % (unsigned)n);
        x = x * 1103515245u + 12345u;
        e[i][1] = (int)((x >> 8) % (unsigned)n);
        if (e[i][1] == e[i][0])
            e[i][1] = (e[i][0] + 1) % n;
    }
    ag_graph *g = graph_of_edges(n, (const int (*)[2])e, m, "stance", 1);
    free(e);
    return g;
}

START_TEST(sampled_paths)
{
    ag_graph *g = random_graph(80, 240, 3);
    ag_analysis *exact = run(g, NULL);
    ag_analyze_opts o;
    ag_analyze_opts_init(&o);
    o.exact_limit = 50;
    /* Every actor a source: the estimate is the exact value. */
    o.samples = 1000;
    ag_analysis *all = run(g, &o);
    for (size_t i = 0; i < g->n_nodes; i++) {
        ck_assert_double_eq_tol(ag_analysis_node(all, i)->betweenness, ag_analysis_node(exact, i)->betweenness, 1e-9);
        ck_assert_double_eq_tol(ag_analysis_node(all, i)->harmonic, ag_analysis_node(exact, i)->harmonic, 1e-9);
    }
    /* A sample: the same numbers for the same seed, close to exact on average. */
    o.samples = 40;
    ag_analysis *s1 = run(g, &o), *s2 = run(g, &o);
    double err_h = 0, sum_b = 0, sum_be = 0;
    for (size_t i = 0; i < g->n_nodes; i++) {
        ck_assert_double_eq(ag_analysis_node(s1, i)->betweenness, ag_analysis_node(s2, i)->betweenness);
        ck_assert_double_eq(ag_analysis_node(s1, i)->harmonic, ag_analysis_node(s2, i)->harmonic);
        err_h += fabs(ag_analysis_node(s1, i)->harmonic - ag_analysis_node(exact, i)->harmonic);
        sum_b += ag_analysis_node(s1, i)->betweenness;
        sum_be += ag_analysis_node(exact, i)->betweenness;
    }
    ck_assert_double_lt(err_h / (double)g->n_nodes, 0.05);
    ck_assert_double_lt(fabs(sum_b - sum_be) / sum_be, 0.25);
    json_t *j = report_json(g, &o);
    json_t *p = json_object_get(j, "params");
    ck_assert_str_eq(json_string_value(json_object_get(p, "betweenness")), "sampled");
    ck_assert_int_eq(json_integer_value(json_object_get(p, "samples")), 40);
    ck_assert(json_is_null(json_object_get(p, "cutoff")));
    ck_assert_int_eq(json_integer_value(json_object_get(p, "exact_limit")), 50);
    json_decref(j);
    char *t = report(g, &o, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "estimated from 40 source actors sampled with seed 1 (80 actors, more than --exact-limit 50"));
    free(t);
    t = report(g, NULL, AG_REPORT_TEXT);
    ck_assert_ptr_nonnull(strstr(t, "betweenness and harmonic closeness: exact\n"));
    free(t);
    ag_analysis_free(exact);
    ag_analysis_free(all);
    ag_analysis_free(s1);
    ag_analysis_free(s2);
    ag_graph_free(g);
}
END_TEST

START_TEST(order_of_the_graph_does_not_matter)
{
    /* The same graph in build order and in graph.json's sorted order. */
    ag_graph *g = synthetic_graph(), *h = synthetic_graph();
    ck_assert_int_eq(ag_graph_sort(h), AG_OK);
    ck_assert_str_ne(g->nodes[0].id, h->nodes[0].id);
    for (int f = AG_REPORT_TEXT; f <= AG_REPORT_JSON; f++) {
        char *x = report(g, NULL, (ag_report_format)f), *y = report(h, NULL, (ag_report_format)f);
        ck_assert_str_eq(x, y);
        free(x);
        free(y);
    }
    ag_graph_free(g);
    ag_graph_free(h);
}
END_TEST

START_TEST(many_unbalanced_triangles_in_id_order)
{
    /* All pairs of 30 actors with signs from a fixed rule: thousands of
     * triangles; ids v0..v29 sort as text, not as numbers. */
    enum { N = 30 };
    json_t *nodes = json_array(), *links = json_array();
    for (int i = 0; i < N; i++) {
        char id[16];
        snprintf(id, sizeof id, "v%d", i);
        json_array_append_new(nodes, json_pack("{ss}", "id", id));
    }
    for (int i = 0; i < N; i++)
        for (int k = i + 1; k < N; k++) {
            char s[16], t[16];
            snprintf(s, sizeof s, "v%d", i);
            snprintf(t, sizeof t, "v%d", k);
            int pol = ((i * 7 + k * 13) % 5) < 2 ? -1 : 1;
            json_array_append_new(links, json_pack("{ss ss ss si si}", "source", s, "target", t, "label",
                                                   pol > 0 ? "praise" : "warn", "polarity", pol,
                                                   "goldstein", pol * 2));
        }
    json_t *root = json_pack("{so so}", "nodes", nodes, "links", links);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(root, "t", &g, &err), AG_OK);
    json_decref(root);
    json_t *j = report_json(g, NULL);
    json_t *bal = json_object_get(j, "balance");
    json_t *u = json_object_get(bal, "unbalanced");
    ck_assert_int_eq(json_integer_value(json_object_get(bal, "triangles")), N * (N - 1) * (N - 2) / 6);
    ck_assert_int_eq((long)json_array_size(u) + json_integer_value(json_object_get(bal, "balanced")),
                     N * (N - 1) * (N - 2) / 6);
    ck_assert_int_gt(json_array_size(u), 100);
    char prev[64] = "";
    for (size_t i = 0; i < json_array_size(u); i++) {
        json_t *ac = json_object_get(json_array_get(u, i), "actors");
        const char *x = json_string_value(json_array_get(ac, 0)), *y = json_string_value(json_array_get(ac, 1)),
                   *z = json_string_value(json_array_get(ac, 2));
        ck_assert_int_lt(strcmp(x, y), 0);
        ck_assert_int_lt(strcmp(y, z), 0);
        char cur[64];
        /* '\x01' joins the three ids so the key orders like the tuple. */
        snprintf(cur, sizeof cur, "%s\x01%s\x01%s", x, y, z);
        ck_assert_msg(strcmp(prev, cur) < 0, "unbalanced triangle %zu out of order", i);
        strcpy(prev, cur);
    }
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(collapse_follows_chains_and_stops_at_cycles)
{
    ag_graph *g = graph_of(
        "{\"nodes\":[{\"id\":\"t\",\"kind\":\"country\"},{\"id\":\"s\",\"kind\":\"organization\",\"affiliation\":\"t\"},"
        "{\"id\":\"r\",\"kind\":\"person\",\"affiliation\":\"s\"},{\"id\":\"p\",\"kind\":\"person\",\"affiliation\":\"q\"},"
        "{\"id\":\"q\",\"kind\":\"organization\",\"affiliation\":\"p\"},{\"id\":\"u\",\"kind\":\"country\"}],"
        "\"links\":[{\"source\":\"r\",\"target\":\"p\",\"label\":\"warn\",\"polarity\":-1},"
        "{\"source\":\"q\",\"target\":\"u\",\"label\":\"praise\",\"polarity\":1}]}");
    ag_analysis *a = run_collapsed(g);
    ck_assert_ptr_null(ag_analysis_node(a, (size_t)ag_graph_find_node(g, "r")));
    ck_assert_ptr_null(ag_analysis_node(a, (size_t)ag_graph_find_node(g, "s")));
    /* r's stance is t's; p and q, affiliated with each other, stay themselves. */
    ck_assert_int_eq(stats(a, g, "t")->out_degree, 1);
    ck_assert_int_eq(stats(a, g, "p")->in_degree, 1);
    ck_assert_int_eq(stats(a, g, "q")->out_degree, 1);
    ag_analysis_free(a);
    ag_graph_free(g);
}
END_TEST

/* A caller's igraph state is its own: the analysis gives back the error
 * and warning handlers and leaves the default RNG's sequence where it was,
 * and its own results do not depend on that RNG's state. */
static igraph_error_t caller_rng_draws(igraph_integer_t out[4])
{
    for (int i = 0; i < 4; i++)
        out[i] = igraph_rng_get_integer(igraph_rng_default(), 0, 1000000);
    return IGRAPH_SUCCESS;
}

START_TEST(igraph_state_restored)
{
    static const int e[][2] = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}};
    ag_graph *g = graph_of_edges(6, e, 7, "meeting", 1);
    igraph_integer_t want[4], got[4];
    igraph_rng_seed(igraph_rng_default(), 4242);
    caller_rng_draws(want);
    igraph_rng_seed(igraph_rng_default(), 4242);
    igraph_error_handler_t *before = igraph_set_error_handler(igraph_error_handler_printignore);
    ag_analysis *a = run(g, NULL);
    char *first = NULL, *second = NULL;
    size_t n1 = 0, n2 = 0;
    FILE *fp = open_memstream(&first, &n1);
    ag_error err = {{0}};
    ck_assert_int_eq(ag_analysis_write(a, AG_REPORT_JSON, fp, &err), AG_OK);
    fclose(fp);
    caller_rng_draws(got);
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(got[i], want[i]);
    /* The handler we set is still ours. */
    ck_assert_ptr_eq(igraph_set_error_handler(before), igraph_error_handler_printignore);
    /* Another state of the caller's RNG: the same report. */
    igraph_rng_seed(igraph_rng_default(), 7);
    ag_analysis *b = run(g, NULL);
    fp = open_memstream(&second, &n2);
    ck_assert_int_eq(ag_analysis_write(b, AG_REPORT_JSON, fp, &err), AG_OK);
    fclose(fp);
    ck_assert_str_eq(first, second);
    free(first);
    free(second);
    ag_analysis_free(a);
    ag_analysis_free(b);
    ag_graph_free(g);
}
END_TEST

/* Issue 10 item 8: the report says what the tables cannot. */
START_TEST(report_warns)
{
    /* Two triangles no path joins: components; one of meetings is a
     * symmetric K3, its members tie; K3s give modularity 0 on their own. */
    ag_graph *g = graph_of(
        "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},{\"id\":\"x\"},{\"id\":\"y\"},"
        "{\"id\":\"z\"},{\"id\":\"w\"}],\"links\":["
        "{\"source\":\"a\",\"target\":\"b\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1},"
        "{\"source\":\"a\",\"target\":\"c\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1},"
        "{\"source\":\"b\",\"target\":\"c\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1},"
        "{\"source\":\"x\",\"target\":\"y\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1,\"weight\":5},"
        "{\"source\":\"x\",\"target\":\"z\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1},"
        "{\"source\":\"y\",\"target\":\"z\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1}]}");
    json_t *j = report_json(g, NULL);
    json_t *c = json_object_get(j, "components");
    ck_assert_int_eq(json_integer_value(json_object_get(c, "count")), 3); /* w is alone */
    ck_assert_int_eq(json_integer_value(json_object_get(c, "largest")), 3);
    ck_assert(fabs(json_real_value(json_object_get(c, "largest_share")) - 3.0 / 7.0) < 1e-12);
    ck_assert(json_is_true(json_object_get(json_object_get(j, "summary"), "symmetric")));
    json_t *nodes = json_object_get(j, "nodes");
    for (size_t i = 0; i < json_array_size(nodes); i++) {
        json_t *n = json_array_get(nodes, i);
        const char *id = json_string_value(json_object_get(n, "id"));
        /* a, b, c have one PageRank; so do x and y; hub = authority. */
        ck_assert_int_eq(json_is_true(json_object_get(n, "tied")), strchr("abcxy", id[0]) != NULL);
        ck_assert(json_real_value(json_object_get(n, "hub")) == json_real_value(json_object_get(n, "authority")));
        ck_assert(json_real_value(json_object_get(n, "hub")) == json_real_value(json_object_get(n, "eigenvector")));
    }
    json_decref(j);
    char *t = report(g, NULL, AG_REPORT_TEXT);
    ck_assert_msg(strstr(t, "warning: 3 separate components; the largest holds 3 of 7 actors (43%)"), "%s", t);
    ck_assert_ptr_nonnull(strstr(t, "hub and authority are both the eigenvector centrality"));
    ck_assert_ptr_nonnull(strstr(t, "  1= x "));
    ck_assert_ptr_nonnull(strstr(t, "1 actor in no bloc (no cooperative tie): w"));
    free(t);
    ag_graph_free(g);

    /* One cooperative K4: one bloc, modularity 0 < 0.3. */
    g = graph_of_edges(4, (const int[][2]){{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}, 6, "meeting", 1);
    t = report(g, NULL, AG_REPORT_TEXT);
    ck_assert_msg(strstr(t, "warning: no clear bloc structure (Leiden modularity 0.000 < 0.3)"), "%s", t);
    ck_assert_ptr_null(strstr(t, "separate components"));
    free(t);
    ag_graph_free(g);

    /* Unbalanced triangles strongest first, whatever their ids. */
    g = graph_of(
        "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},{\"id\":\"x\"},{\"id\":\"y\"},"
        "{\"id\":\"z\"}],\"links\":["
        "{\"source\":\"a\",\"target\":\"b\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2},"
        "{\"source\":\"a\",\"target\":\"c\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2},"
        "{\"source\":\"b\",\"target\":\"c\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2},"
        "{\"source\":\"x\",\"target\":\"y\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2,\"weight\":9},"
        "{\"source\":\"x\",\"target\":\"z\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2},"
        "{\"source\":\"y\",\"target\":\"z\",\"label\":\"warn\",\"polarity\":-1,\"goldstein\":-2}]}");
    j = report_json(g, NULL);
    json_t *u = json_object_get(json_object_get(j, "balance"), "unbalanced");
    ck_assert_uint_eq(json_array_size(u), 2);
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(u, 0), "actors"), 0)), "x");
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(u, 0), "weight")), 11);
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(u, 1), "weight")), 3);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

static Suite *analyze_suite(void)
{
    Suite *s = suite_create("analyze");
    TCase *tc = tcase_create("centrality");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, directed_path);
    tcase_add_test(tc, igraph_state_restored);
    tcase_add_test(tc, weighted_pagerank);
    tcase_add_test(tc, zachary_karate_club);
    tcase_add_test(tc, synthetic_events);
    tcase_add_test(tc, approximate_betweenness);
    suite_add_tcase(s, tc);
    tc = tcase_create("model");
    tcase_add_test(tc, affiliation_excluded_by_default);
    tcase_add_test(tc, collapse_into_countries);
    tcase_add_test(tc, collapse_keeps_unaffiliated);
    tcase_add_test(tc, filters);
    tcase_add_test(tc, ties_broken_by_id);
    tcase_add_test(tc, deterministic_output);
    tcase_add_test(tc, net_stance_and_balance);
    tcase_add_test(tc, huge_weights_saturate);
    tcase_add_test(tc, actor_and_path);
    suite_add_tcase(s, tc);
    tc = tcase_create("reports");
    tcase_add_test(tc, csv_format);
    tcase_add_test(tc, markdown_and_text_formats);
    tcase_add_test(tc, json_format);
    tcase_add_test(tc, empty_graph);
    tcase_add_test(tc, format_names);
    suite_add_tcase(s, tc);
    tc = tcase_create("scale");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, date_filters_are_exact);
    tcase_add_test(tc, sampled_paths);
    tcase_add_test(tc, order_of_the_graph_does_not_matter);
    tcase_add_test(tc, many_unbalanced_triangles_in_id_order);
    tcase_add_test(tc, report_warns);
    tcase_add_test(tc, collapse_follows_chains_and_stops_at_cycles);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(analyze_suite)
