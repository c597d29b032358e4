/* test_view.c — the view filter (view.h) on small graphs whose answers are
 * worked out by hand: kinds, exact dates, weight, countries, ego network,
 * net links; and the timeline's periods (ISO weeks at year ends) and
 * counts (timeline.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "timeline.h"
#include "view.h"

/* Turkey's president Erdogan (via the presidency), Syria, Russia, Iran.
 * erdogan -> syria "criticize" x5: 2 in 2024-01, 1 on 2024-02-10, 1 in
 *   2024-03 known to the month only, 1 undated;
 * presidency -> syria "condemn" x2 (2024-02-11, 2024-02-12);
 * turkey -> syria "support" x1 (2024-02-10), goldstein 3;
 * meeting russia -- syria x3 (2024-01-05 x3);
 * syria -> iran "praise" x1 (2024-04-01). */
static const char *const graph_json =
    "{\"nodes\":["
    "{\"id\":\"erdogan\",\"name\":\"Recep Erdogan\",\"kind\":\"person\",\"affiliation\":\"presidency\"},"
    "{\"id\":\"presidency\",\"name\":\"Turkish Presidency\",\"kind\":\"organization\",\"affiliation\":\"turkey\"},"
    "{\"id\":\"turkey\",\"name\":\"Turkey\",\"kind\":\"country\"},"
    "{\"id\":\"syria\",\"name\":\"Syria\",\"kind\":\"country\"},"
    "{\"id\":\"russia\",\"name\":\"Russia\",\"kind\":\"country\"},"
    "{\"id\":\"iran\",\"name\":\"Iran\",\"kind\":\"country\"}],"
    "\"links\":["
    "{\"source\":\"erdogan\",\"target\":\"syria\",\"kind\":\"stance\",\"label\":\"criticize\",\"polarity\":-1,"
    "\"goldstein\":-2,\"weight\":5,\"dates\":{\"2024-01-03\":1,\"2024-01-20\":1,\"2024-02-10\":1,\"2024-03\":1}},"
    "{\"source\":\"presidency\",\"target\":\"syria\",\"kind\":\"stance\",\"label\":\"condemn\",\"polarity\":-1,"
    "\"goldstein\":-2,\"weight\":2,\"dates\":{\"2024-02-11\":1,\"2024-02-12\":1}},"
    "{\"source\":\"turkey\",\"target\":\"syria\",\"kind\":\"stance\",\"label\":\"support\",\"polarity\":1,"
    "\"goldstein\":3,\"weight\":1,\"dates\":{\"2024-02-10\":1}},"
    "{\"source\":\"syria\",\"target\":\"russia\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1,"
    "\"goldstein\":1,\"weight\":3,\"dates\":{\"2024-01-05\":3}},"
    "{\"source\":\"syria\",\"target\":\"iran\",\"kind\":\"stance\",\"label\":\"praise\",\"polarity\":1,"
    "\"goldstein\":3.4,\"weight\":1,\"dates\":{\"2024-04-01\":1}},"
    "{\"source\":\"erdogan\",\"target\":\"presidency\",\"kind\":\"affiliation\",\"label\":\"member of\",\"weight\":1},"
    "{\"source\":\"presidency\",\"target\":\"turkey\",\"kind\":\"affiliation\",\"label\":\"member of\",\"weight\":1}]}";

static ag_graph *graph_of(const char *js)
{
    json_error_t jerr;
    json_t *j = json_loads(js, 0, &jerr);
    ck_assert_msg(j != NULL, "bad test JSON: %s", jerr.text);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_msg(ag_graph_from_json(j, "test", &g, &err) == AG_OK, "%s", err.msg);
    json_decref(j);
    return g;
}

static ag_graph *sample(void)
{
    return graph_of(graph_json);
}

static ag_view *view_of(const ag_graph *g, const ag_view_opts *o)
{
    ag_view *v = NULL;
    ag_error err = {{0}};
    ck_assert_msg(ag_view_apply(g, o, &v, &err) == AG_OK, "%s", err.msg);
    return v;
}

/* The link (source, target, label) of g, or NULL. */
static const ag_link *link_of(const ag_graph *g, const char *s, const char *t, const char *label)
{
    long a = ag_graph_find_node(g, s), b = ag_graph_find_node(g, t);
    for (size_t i = 0; a >= 0 && b >= 0 && i < g->n_links; i++)
        if (g->links[i].source == (size_t)a && g->links[i].target == (size_t)b &&
            strcmp(g->links[i].label, label) == 0)
            return &g->links[i];
    return NULL;
}

static char *json_of(const ag_graph *g)
{
    json_t *j = ag_graph_to_json(g, "links");
    char *s = json_dumps(j, JSON_SORT_KEYS);
    json_decref(j);
    return s;
}

START_TEST(no_filter_is_the_graph)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_view_opts_init(&o);
    ck_assert(ag_view_is_all(&o));
    ck_assert_int_eq(ag_graph_sort(g), AG_OK);
    ag_view *v = view_of(g, &o);
    char *a = json_of(g), *b = json_of(v->graph);
    ck_assert_str_eq(a, b);
    for (size_t i = 0; i < g->n_nodes; i++)
        ck_assert_int_eq(v->node_of[i], (long)i);
    ck_assert_uint_eq(v->links_in, g->n_links);
    free(a);
    free(b);
    ag_view_free(v);
    ag_graph_free(g);
}
END_TEST

START_TEST(dates_count_exactly)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_error err = {{0}};
    ag_view_opts_init(&o);
    /* February: 1 of erdogan's, both of the presidency's, turkey's. */
    ck_assert_int_eq(ag_view_dates(&o, "2024-02", "2024-02", &err), AG_OK);
    ck_assert_int_eq(o.from, 20240200);
    ck_assert_int_eq(o.to, 20240299);
    ag_view *v = view_of(g, &o);
    const ag_link *l = link_of(v->graph, "erdogan", "syria", "criticize");
    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(l->weight, 1);
    ck_assert_uint_eq(l->n_days, 1);
    ck_assert_int_eq(l->days[0].day, 20240210);
    ck_assert_int_eq(link_of(v->graph, "presidency", "syria", "condemn")->weight, 2);
    ck_assert_ptr_null(link_of(v->graph, "syria", "russia", "meet"));
    ck_assert_ptr_null(link_of(v->graph, "erdogan", "presidency", "member of")); /* undated */
    ck_assert_uint_eq(v->graph->n_nodes, g->n_nodes); /* actors stay */
    ag_view_free(v);
    /* From March: the occurrence known to the month is in, the undated not. */
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_dates(&o, "2024-03", NULL, &err), AG_OK);
    v = view_of(g, &o);
    ck_assert_int_eq(link_of(v->graph, "erdogan", "syria", "criticize")->weight, 1);
    ck_assert_int_eq(link_of(v->graph, "syria", "iran", "praise")->weight, 1);
    ck_assert_uint_eq(v->graph->n_links, 2);
    ag_view_free(v);
    ck_assert_int_eq(ag_view_dates(&o, "2024-13-01", NULL, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "2024-13-01"));
    ag_graph_free(g);
}
END_TEST

START_TEST(kinds_and_weight)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_kinds_parse("meeting", &o.kinds), 0);
    ck_assert_int_eq(ag_view_kinds_parse("nonsense", &o.kinds), -1);
    ag_view *v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_links, 1);
    ck_assert_int_eq(v->graph->links[0].kind, AG_REL_MEETING);
    ag_view_free(v);
    /* Actor kinds: countries only; the person's and agency's links go. */
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_kinds_parse("country", &o.kinds), 0);
    v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 4);
    ck_assert_int_eq(v->node_of[ag_graph_find_node(g, "erdogan")], -1);
    ck_assert_uint_eq(v->graph->n_links, 3);
    ag_view_free(v);
    ag_view_opts_init(&o);
    o.min_weight = 3;
    v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_links, 2); /* criticize x5, meet x3 */
    ag_view_free(v);
    ag_graph_free(g);
}
END_TEST

/* A use of force is a kind of its own: --kind force keeps it alone, and
 * --kind stance drops it; its bit is no actor kind's. */
START_TEST(force_is_a_kind)
{
    static const char *const js =
        "{\"nodes\":[{\"id\":\"russia\",\"kind\":\"country\"},{\"id\":\"ukraine\",\"kind\":\"country\"},"
        "{\"id\":\"biden\",\"kind\":\"person\"}],\"links\":["
        "{\"source\":\"russia\",\"target\":\"ukraine\",\"kind\":\"force\",\"label\":\"invade\",\"polarity\":-1,"
        "\"goldstein\":-9.5,\"weight\":2},"
        "{\"source\":\"biden\",\"target\":\"russia\",\"kind\":\"stance\",\"label\":\"condemn\",\"polarity\":-1,"
        "\"goldstein\":-2,\"weight\":1}]}";
    ag_graph *g = graph_of(js);
    const ag_link *f = link_of(g, "russia", "ukraine", "invade");
    ck_assert_int_eq(f->kind, AG_REL_FORCE);
    ck_assert_double_eq(ag_view_signed_weight(f, 2), -19.0); /* hostile, by its Goldstein weight */

    ag_view_opts o;
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_kinds_parse("force", &o.kinds), 0);
    ck_assert_uint_eq(o.kinds, AG_KIND_FORCE);
    ag_view *v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 3); /* no actor kind asked: all stay */
    ck_assert_uint_eq(v->graph->n_links, 1);
    ck_assert_int_eq(v->graph->links[0].kind, AG_REL_FORCE);
    ck_assert_int_eq(v->graph->links[0].weight, 2);
    ag_view_free(v);
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_kinds_parse("stance", &o.kinds), 0);
    v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_links, 1);
    ck_assert_ptr_null(link_of(v->graph, "russia", "ukraine", "invade"));
    ag_view_free(v);
    ag_view_opts_init(&o);
    ck_assert_int_eq(ag_view_kinds_parse("stance,force,country", &o.kinds), 0);
    v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 2); /* the person goes, and the stance with him */
    ck_assert_uint_eq(v->graph->n_links, 1);
    ck_assert_int_eq(v->graph->links[0].kind, AG_REL_FORCE);
    ag_view_free(v);
    ag_graph_free(g);
}
END_TEST

START_TEST(collapse_into_countries)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_view_opts_init(&o);
    o.collapse = AG_COLLAPSE_COUNTRY;
    ag_view *v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 4);
    ck_assert_int_eq(v->node_of[ag_graph_find_node(g, "presidency")], -1);
    ck_assert_int_ge(v->node_of[ag_graph_find_node(g, "turkey")], 0);
    /* criticize and condemn keep their labels, now from Turkey; the
     * affiliation links fall inside Turkey and vanish. */
    ck_assert_int_eq(link_of(v->graph, "turkey", "syria", "criticize")->weight, 5);
    ck_assert_int_eq(link_of(v->graph, "turkey", "syria", "condemn")->weight, 2);
    ck_assert_int_eq(link_of(v->graph, "turkey", "syria", "support")->weight, 1);
    ck_assert_uint_eq(v->graph->n_links, 5);
    ck_assert_uint_eq(v->links_in, 5);
    ag_view_free(v);
    ag_graph_free(g);
}
END_TEST

START_TEST(ego_network)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_view_opts_init(&o);
    o.actor = "Russia";
    o.depth = 1;
    ag_view *v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 2); /* russia, syria */
    ck_assert_uint_eq(v->graph->n_links, 1);
    ag_view_free(v);
    o.depth = 2; /* syria's neighbours too: everyone, and every link among them */
    v = view_of(g, &o);
    ck_assert_uint_eq(v->graph->n_nodes, 6);
    ck_assert_uint_eq(v->graph->n_links, 7);
    ag_view_free(v);
    o.actor = "atlantis";
    ag_error err = {{0}};
    ck_assert_int_eq(ag_view_apply(g, &o, &v, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "'atlantis' is not in the graph"));
    ck_assert_ptr_null(v);
    o.actor = "erdogan"; /* rolled up into Turkey */
    o.collapse = AG_COLLAPSE_COUNTRY;
    ck_assert_int_eq(ag_view_apply(g, &o, &v, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "'erdogan' is left out by the filters"));
    ag_graph_free(g);
}
END_TEST

START_TEST(net_links)
{
    ag_graph *g = sample();
    ag_view_opts o;
    ag_view_opts_init(&o);
    o.net = 1;
    o.collapse = AG_COLLAPSE_COUNTRY;
    ag_view *v = view_of(g, &o);
    /* syria--turkey: -2x5 - 2x2 + 3x1 = -11 over 8; russia--syria +3 over 3;
     * iran--syria 3.4 over 1. */
    ck_assert_uint_eq(v->graph->n_links, 3);
    const ag_link *l = link_of(v->graph, "syria", "turkey", "net");
    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(l->weight, 8);
    ck_assert_int_eq(l->polarity, -1);
    ck_assert_double_eq_tol(l->goldstein, -11.0 / 8, 1e-12);
    ck_assert_int_eq(link_of(v->graph, "russia", "syria", "net")->polarity, 1);
    ck_assert_double_eq_tol(link_of(v->graph, "iran", "syria", "net")->goldstein, 3.4, 1e-12);
    long days = 0;
    for (size_t i = 0; i < l->n_days; i++)
        days += l->days[i].count;
    ck_assert_int_eq(days, 7); /* one of the eight is undated */
    ag_view_free(v);
    ag_graph_free(g);
}
END_TEST

START_TEST(iso_weeks_and_periods)
{
    char s[16];
    ck_assert_int_eq(ag_period_of(AG_BY_WEEK, 20210103), 202053); /* a Sunday of 2020's last week */
    ck_assert_int_eq(ag_period_of(AG_BY_WEEK, 20210104), 202101);
    ck_assert_int_eq(ag_period_of(AG_BY_WEEK, 20241230), 202501); /* Monday of 2025-W01 */
    ck_assert_int_eq(ag_period_of(AG_BY_WEEK, 20240101), 202401);
    ck_assert_int_eq(ag_period_of(AG_BY_WEEK, 20261231), 202653);
    ag_period_string(AG_BY_WEEK, 202403, s);
    ck_assert_str_eq(s, "2024-W03");
    ck_assert_int_eq(ag_period_of(AG_BY_MONTH, 20240300), 202403);
    ck_assert_int_eq(ag_period_of(AG_BY_DAY, 20240300), -1);
    ck_assert_int_eq(ag_period_of(AG_BY_MONTH, 20240000), -1);
    ck_assert_int_eq(ag_period_of(AG_BY_YEAR, 20240000), 2024);
    ag_period_string(AG_BY_MONTH, 202403, s);
    ck_assert_str_eq(s, "2024-03");
}
END_TEST

START_TEST(timeline_counts)
{
    ag_graph *g = sample();
    ag_timeline_opts o;
    ag_timeline_opts_init(&o);
    ag_timeline *t = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_timeline_build(g, &o, &t, &err), AG_OK);
    /* 2024-01: erdogan->syria 2 hostile, and 3 meetings in the row
     * russia -> syria (source id < target id); 2024-02: erdogan 1,
     * presidency 2, turkey 1; 2024-03: erdogan 1; 2024-04: syria->iran 1. */
    ck_assert_uint_eq(t->n_rows, 7);
    ck_assert_int_eq(t->rows[0].period, 202401);
    ck_assert_str_eq(g->nodes[t->rows[0].source].id, "erdogan");
    ck_assert_int_eq(t->rows[0].hostile, 2);
    ck_assert_double_eq_tol(t->rows[0].goldstein, -4.0, 1e-12);
    ck_assert_str_eq(g->nodes[t->rows[1].source].id, "russia");
    ck_assert_int_eq(t->rows[1].meetings, 3);
    ck_assert_int_eq(t->undated, 1); /* criticize's; affiliations are not events */
    ag_timeline_free(t);
    o.by = AG_BY_DAY;
    ck_assert_int_eq(ag_timeline_build(g, &o, &t, &err), AG_OK);
    ck_assert_int_eq(t->imprecise, 1); /* 2024-03 */
    ag_timeline_free(t);
    o.by = AG_BY_MONTH;
    o.pair_a = "turkey";
    o.pair_b = "syria";
    ck_assert_int_eq(ag_timeline_build(g, &o, &t, &err), AG_OK);
    ck_assert_uint_eq(t->n_rows, 1);
    ck_assert_int_eq(t->rows[0].cooperative, 1);
    ag_timeline_free(t);
    ag_graph_free(g);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("view");
    TCase *tc = tcase_create("view");
    tcase_add_test(tc, no_filter_is_the_graph);
    tcase_add_test(tc, dates_count_exactly);
    tcase_add_test(tc, kinds_and_weight);
    tcase_add_test(tc, force_is_a_kind);
    tcase_add_test(tc, collapse_into_countries);
    tcase_add_test(tc, ego_network);
    tcase_add_test(tc, net_links);
    tcase_add_test(tc, iso_weeks_and_periods);
    tcase_add_test(tc, timeline_counts);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
