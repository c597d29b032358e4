/* test_export_html.c — `-f html` without a browser: the page's structure,
 * the graph JSON in its script element (every < > & escaped, names back
 * exactly), hostile names kept out of the markup, determinism, --max-nodes
 * and the CLI.  tests/browser_test.js runs the page in Chromium.
 *
 * A build without npm has an empty cytoscape.js (the stub): then every
 * test checks that the export fails with the clear message instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "export.h"
#include "testutil.h"

/* Graphviz's sfdp places the actors; the analysis' igraph ranks them. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }

#define DATA_OPEN "<script type=\"application/json\" id=\"graph-data\">\n"

static const char *const hostile[] = {
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=window.pwned=2>",
    "<!--<script>",
    "a & b &amp; \"q\" 'r' \\ /",
    "line\xE2\x80\xA8sep\xE2\x80\xA9para",
    "]]> --> <![CDATA[",
};
#define N_HOSTILE (sizeof hostile / sizeof hostile[0])

static ag_graph *graph_from(json_t *j)
{
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ag_status st = ag_graph_from_json(j, "test", &g, &err);
    ck_assert_msg(st == AG_OK, "graph: %s", err.msg);
    json_decref(j);
    return g;
}

/* Turkey, Syria, Erdogan (member of Turkey), a stance and a meeting. */
static ag_graph *small_graph(void)
{
    json_error_t je;
    json_t *j = json_loads(
        "{\"directed\":true,\"multigraph\":true,\"graph\":{\"format\":\"actorgraph-graph/1\"},"
        "\"nodes\":["
        "{\"id\":\"turkey\",\"name\":\"Turkey\",\"kind\":\"country\",\"code\":\"TUR\",\"affiliation\":null,"
        "\"mentions\":3,\"docs\":1},"
        "{\"id\":\"syria\",\"name\":\"Syria\",\"kind\":\"country\",\"code\":\"SYR\",\"affiliation\":null,"
        "\"mentions\":2,\"docs\":1},"
        "{\"id\":\"recep-erdogan\",\"name\":\"Recep Erdo\\u011fan\",\"kind\":\"person\",\"code\":null,"
        "\"affiliation\":\"turkey\",\"aliases\":[\"Erdogan\"],\"mentions\":1,\"docs\":1}],"
        "\"links\":["
        "{\"source\":\"turkey\",\"target\":\"syria\",\"kind\":\"stance\",\"label\":\"denounce\",\"code\":\"111\","
        "\"polarity\":-1,\"goldstein\":-2.0,\"weight\":2,\"location\":null,\"evidence\":["
        "{\"doc\":\"d1\",\"sentence\":4,\"text\":\"Turkey denounced Syria.\",\"date\":\"2019-10-10\"}]},"
        "{\"source\":\"recep-erdogan\",\"target\":\"turkey\",\"kind\":\"affiliation\",\"label\":\"member of\","
        "\"code\":null,\"polarity\":0,\"goldstein\":0,\"weight\":1,\"location\":null,\"evidence\":[]},"
        "{\"source\":\"recep-erdogan\",\"target\":\"syria\",\"kind\":\"meeting\",\"label\":\"meet\","
        "\"code\":\"040\",\"polarity\":1,\"goldstein\":1.0,\"weight\":1,\"location\":\"Sochi\",\"evidence\":["
        "{\"doc\":\"d1\",\"sentence\":5,\"text\":\"Erdogan met officials in Sochi.\",\"date\":null}]}]}",
        0, &je);
    ck_assert_msg(j != NULL, "%s", je.text);
    return graph_from(j);
}

/* One actor per hostile name, chained by stances whose labels, locations
 * and evidence are hostile names too. */
static ag_graph *hostile_graph(void)
{
    json_t *nodes = json_array(), *links = json_array();
    for (size_t i = 0; i < N_HOSTILE; i++) {
        char id[16];
        snprintf(id, sizeof id, "h%zu", i);
        json_array_append_new(nodes, json_pack("{s:s, s:s, s:s, s:n, s:n, s:[s], s:i, s:i}", "id", id, "name",
                                               hostile[i], "kind", i % 2 ? "person" : "country", "code",
                                               "affiliation", "aliases", hostile[(i + 1) % N_HOSTILE],
                                               "mentions", 1, "docs", 1));
        if (i == 0)
            continue;
        char prev[16];
        snprintf(prev, sizeof prev, "h%zu", i - 1);
        json_array_append_new(
            links, json_pack("{s:s, s:s, s:s, s:s, s:n, s:i, s:f, s:i, s:s, s:[{s:s, s:i, s:s, s:n}]}", "source",
                             prev, "target", id, "kind", "stance", "label", hostile[i], "code", "polarity", -1,
                             "goldstein", -2.0, "weight", 1, "location", hostile[(i + 2) % N_HOSTILE], "evidence",
                             "doc", hostile[(i + 3) % N_HOSTILE], "sentence", (int)i, "text",
                             hostile[(i + 4) % N_HOSTILE], "date"));
    }
    json_t *j = json_pack("{s:b, s:b, s:{s:s}, s:o, s:o}", "directed", 1, "multigraph", 1, "graph", "format",
                          "actorgraph-graph/1", "nodes", nodes, "links", links);
    ck_assert_ptr_nonnull(j);
    return graph_from(j);
}

/* Runs the export into memory, with an analysis of g as the command
 * passes (or none); *st gets the status, err the message. */
static char *export_html_an(const ag_graph *g, size_t max_nodes, int with_analysis, ag_status *st, ag_error *err,
                            size_t *len)
{
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_HTML;
    o.max_nodes = max_nodes;
    ag_analysis *an = NULL;
    if (with_analysis && g->n_nodes > 0) {
        ck_assert_int_eq(ag_analysis_run(g, NULL, &an, err), AG_OK);
        o.analysis = an;
    }
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    ck_assert_ptr_nonnull(fp);
    *st = ag_export(g, &o, fp, err);
    fclose(fp);
    ag_analysis_free(an);
    if (len)
        *len = n;
    return buf;
}

static char *export_html(const ag_graph *g, size_t max_nodes, ag_status *st, ag_error *err, size_t *len)
{
    return export_html_an(g, max_nodes, 1, st, err, len);
}

/* Without the viewer: the export fails, says how to fix it, writes nothing. */
static void assert_stub_error(ag_status st, const ag_error *err, size_t len)
{
    ck_assert_int_eq(st, AG_ELIB);
    ck_assert_msg(strstr(err->msg, "make viewer") && strstr(err->msg, "npm"), "unclear message: %s", err->msg);
    ck_assert_uint_eq(len, 0);
}

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* The graph-data script's text (malloc'd), checked to hold no < > &. */
static char *data_text(const char *html)
{
    ck_assert_uint_eq(count_of(html, DATA_OPEN), 1);
    const char *start = strstr(html, DATA_OPEN) + strlen(DATA_OPEN);
    const char *end = strstr(start, "</script>");
    ck_assert_ptr_nonnull(end);
    size_t n = (size_t)(end - start);
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    memcpy(s, start, n);
    s[n] = '\0';
    ck_assert_msg(strpbrk(s, "<>&") == NULL, "raw < > or & in the graph data");
    ck_assert_ptr_null(strstr(s, "\xE2\x80\xA8"));
    return s;
}

/* The parsed graph-data object. */
static json_t *data_json(const char *html)
{
    char *s = data_text(html);
    json_error_t je;
    json_t *j = json_loads(s, 0, &je);
    ck_assert_msg(j != NULL, "graph data is not JSON: %s", je.text);
    free(s);
    return j;
}

/* Node i of the page (an object). */
static json_t *node_at(json_t *j, size_t i)
{
    return json_array_get(json_object_get(j, "nodes"), i);
}

/* Field `col` of the page's link i (the links are columns). */
static json_t *link_field(json_t *j, const char *col, size_t i)
{
    return json_array_get(json_object_get(json_object_get(j, "links"), col), i);
}

static json_int_t link_int(json_t *j, const char *col, size_t i)
{
    return json_integer_value(link_field(j, col, i));
}

/* The string a link field or evidence entry refers to ("strings"). */
static const char *string_at(json_t *j, json_t *ref)
{
    ck_assert_msg(json_is_integer(ref), "not a string reference");
    return json_string_value(json_array_get(json_object_get(j, "strings"), (size_t)json_integer_value(ref)));
}

static size_t n_links(json_t *j)
{
    return json_array_size(json_object_get(json_object_get(j, "links"), "i"));
}

static const char *str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

START_TEST(page_structure)
{
    ag_graph *g = small_graph();
    ag_error err = {{0}};
    ag_status st;
    size_t len;
    char *html = export_html(g, 0, &st, &err, &len);
    if (!ag_export_html_available()) {
        assert_stub_error(st, &err, len);
    } else {
        ck_assert_msg(st == AG_OK, "%s", err.msg);
        ck_assert_uint_eq(strlen(html), len);
        ck_assert_msg(strncmp(html, "<!DOCTYPE html>", 15) == 0, "no doctype");
        ck_assert_ptr_nonnull(strstr(html, "</html>\n"));
        /* The data, cytoscape.js and viewer.js, nothing else; every
         * placeholder replaced; no external resource. */
        ck_assert_uint_eq(count_of(html, "<script"), 3);
        ck_assert_uint_eq(count_of(html, "</script>"), 3);
        ck_assert_ptr_null(strstr(html, "\n@@"));
        ck_assert_ptr_null(strstr(html, " src="));
        ck_assert_ptr_nonnull(strstr(html, "Content-Security-Policy"));
        ck_assert_ptr_nonnull(strstr(html, "cytoscape"));
        ck_assert_ptr_nonnull(strstr(html, "window.cy = cy"));
        json_t *j = data_json(html);
        ck_assert_str_eq(str(j, "schema"), "actorgraph-html/2");
        ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 3);
        ck_assert_uint_eq(n_links(j), 3);
        json_t *erd = node_at(j, 2);
        ck_assert_int_eq(json_integer_value(json_object_get(erd, "i")), 2);
        ck_assert_str_eq(str(erd, "actor"), "recep-erdogan");
        ck_assert_str_eq(str(erd, "name"), "Recep Erdo\xC4\x9F" "an");
        ck_assert_str_eq(str(erd, "kind"), "person");
        ck_assert_str_eq(str(erd, "affiliation_name"), "Turkey");
        ck_assert_str_eq(json_string_value(json_array_get(json_object_get(erd, "aliases"), 0)), "Erdogan");
        ck_assert(json_is_number(json_object_get(erd, "pagerank")));
        ck_assert(json_is_integer(json_object_get(erd, "community")));
        ck_assert(json_real_value(json_object_get(erd, "degree")) == 2.0);
        /* sfdp placed the actors apart. */
        ck_assert(json_is_real(json_object_get(erd, "x")) && json_is_real(json_object_get(erd, "y")));
        ck_assert(json_real_value(json_object_get(node_at(j, 0), "x")) != json_real_value(json_object_get(erd, "x")) ||
                  json_real_value(json_object_get(node_at(j, 0), "y")) != json_real_value(json_object_get(erd, "y")));
        /* The denunciation: link 0, Turkey (page node 0) to Syria (1). */
        ck_assert_int_eq(link_int(j, "i", 0), 0);
        ck_assert_int_eq(link_int(j, "source", 0), 0);
        ck_assert_int_eq(link_int(j, "target", 0), 1);
        ck_assert_int_eq(link_int(j, "weight", 0), 2);
        ck_assert_int_eq(link_int(j, "polarity", 0), -1);
        ck_assert_str_eq(string_at(j, link_field(j, "kind", 0)), "stance");
        ck_assert_str_eq(string_at(j, link_field(j, "label", 0)), "denounce");
        ck_assert_str_eq(string_at(j, link_field(j, "code", 0)), "111");
        ck_assert_int_eq(link_int(j, "location", 0), -1);
        /* Evidence: [doc, sentence, text, date]. */
        json_t *ev = link_field(j, "evidence", 0);
        ck_assert_uint_eq(json_array_size(ev), 4);
        ck_assert_str_eq(string_at(j, json_array_get(ev, 0)), "d1");
        ck_assert_int_eq(json_integer_value(json_array_get(ev, 1)), 4);
        ck_assert_str_eq(string_at(j, json_array_get(ev, 2)), "Turkey denounced Syria.");
        ck_assert_str_eq(string_at(j, json_array_get(ev, 3)), "2019-10-10");
        ck_assert_int_eq(link_int(j, "evidence_total", 0), 1);
        ck_assert_str_eq(string_at(j, link_field(j, "kind", 2)), "meeting");
        ck_assert_str_eq(string_at(j, link_field(j, "location", 2)), "Sochi");
        ck_assert_int_eq(json_integer_value(json_array_get(link_field(j, "evidence", 2), 3)), -1);
        json_t *budget = json_object_get(j, "budget");
        ck_assert_int_eq(json_integer_value(json_object_get(budget, "draw")), 3000);
        ck_assert_int_eq(json_integer_value(json_object_get(budget, "links_cut")), 0);
        json_decref(j);
    }
    free(html);
    ag_graph_free(g);
}
END_TEST

START_TEST(hostile_names_stay_text)
{
    ag_graph *g = hostile_graph();
    ag_error err = {{0}};
    ag_status st;
    size_t len;
    char *html = export_html(g, 0, &st, &err, &len);
    if (!ag_export_html_available()) {
        assert_stub_error(st, &err, len);
    } else {
        ck_assert_msg(st == AG_OK, "%s", err.msg);
        ck_assert_ptr_null(strstr(html, "</script><script>"));
        ck_assert_ptr_null(strstr(html, "<img"));
        ck_assert_ptr_null(strstr(html, "pwned=1</script>"));
        ck_assert_ptr_null(strstr(html, "<!--<script>"));
        ck_assert_uint_eq(count_of(html, "<script"), 3);
        /* The escapes are there, and decoding gives every name back. */
        ck_assert_ptr_nonnull(strstr(html, "\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=1"));
        ck_assert_ptr_nonnull(strstr(html, "a \\u0026 b \\u0026amp;"));
        json_t *j = data_json(html);
        for (size_t i = 0; i < N_HOSTILE; i++) {
            json_t *d = node_at(j, i);
            ck_assert_str_eq(str(d, "name"), hostile[i]);
            ck_assert_str_eq(json_string_value(json_array_get(json_object_get(d, "aliases"), 0)),
                             hostile[(i + 1) % N_HOSTILE]);
        }
        for (size_t i = 1; i < N_HOSTILE; i++) {
            ck_assert_str_eq(string_at(j, link_field(j, "label", i - 1)), hostile[i]);
            ck_assert_str_eq(string_at(j, link_field(j, "location", i - 1)), hostile[(i + 2) % N_HOSTILE]);
            json_t *ev = link_field(j, "evidence", i - 1);
            ck_assert_str_eq(string_at(j, json_array_get(ev, 0)), hostile[(i + 3) % N_HOSTILE]);
            ck_assert_str_eq(string_at(j, json_array_get(ev, 2)), hostile[(i + 4) % N_HOSTILE]);
        }
        json_decref(j);
    }
    free(html);
    ag_graph_free(g);
}
END_TEST

/* A name that escaped the graph's UTF-8 cleaning still gives valid JSON. */
START_TEST(invalid_utf8_repaired)
{
    ag_graph *g = small_graph();
    g->nodes[0].name = "raw \xff\xc0 bytes";
    ag_error err = {{0}};
    ag_status st;
    size_t len;
    char *html = export_html(g, 0, &st, &err, &len);
    if (!ag_export_html_available()) {
        assert_stub_error(st, &err, len);
    } else {
        ck_assert_msg(st == AG_OK, "%s", err.msg);
        json_t *j = data_json(html);
        ck_assert_str_eq(str(node_at(j, 0), "name"), "raw \xEF\xBF\xBD\xEF\xBF\xBD bytes");
        json_decref(j);
    }
    free(html);
    ag_graph_free(g);
}
END_TEST

START_TEST(deterministic_bytes)
{
    ag_graph *g = hostile_graph();
    ag_error err = {{0}};
    ag_status st1, st2;
    size_t n1, n2;
    char *a = export_html(g, 0, &st1, &err, &n1), *b = export_html(g, 0, &st2, &err, &n2);
    ck_assert_int_eq(st1, st2);
    ck_assert_msg(n1 == n2 && memcmp(a, b, n1) == 0, "HTML output differs between runs");
    free(a);
    free(b);
    ag_graph_free(g);
}
END_TEST

START_TEST(max_nodes_and_empty_graph)
{
    ag_graph *g = small_graph();
    ag_error err = {{0}};
    ag_status st;
    size_t len;
    /* Turkey (degree 3) and Erdogan or Syria (2 each; Syria has more
     * mentions): Turkey, Syria and the denunciation between them. */
    char *html = export_html(g, 2, &st, &err, &len);
    if (ag_export_html_available()) {
        ck_assert_msg(st == AG_OK, "%s", err.msg);
        json_t *j = data_json(html);
        ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 2);
        ck_assert_uint_eq(n_links(j), 1);
        ck_assert_str_eq(str(node_at(j, 1), "actor"), "syria");
        ck_assert_int_eq(link_int(j, "target", 0), 1);
        json_decref(j);
    } else {
        assert_stub_error(st, &err, len);
    }
    free(html);
    ag_graph_free(g);
    g = ag_graph_new();
    html = export_html(g, 0, &st, &err, &len);
    if (ag_export_html_available()) {
        ck_assert_msg(st == AG_OK, "%s", err.msg);
        json_t *j = data_json(html);
        ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 0);
        json_decref(j);
    } else {
        assert_stub_error(st, &err, len);
    }
    free(html);
    ag_graph_free(g);
}
END_TEST

START_TEST(format_name_and_extension)
{
    ag_export_format f;
    ck_assert_int_eq(ag_export_format_parse("html", &f), 0);
    ck_assert_int_eq(f, AG_EXPORT_HTML);
    ck_assert_str_eq(ag_export_format_name(AG_EXPORT_HTML), "html");

    char dir[] = "/tmp/ag-html-XXXXXX", graph[256], out[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(graph, sizeof graph, "%s/graph.json", dir);
    snprintf(out, sizeof out, "%s/page.html", dir);
    ag_graph *g = small_graph();
    FILE *fp = fopen(graph, "w");
    ck_assert_ptr_nonnull(fp);
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_write(g, fp, &err), AG_OK);
    fclose(fp);
    ag_graph_free(g);
    char *argv[] = {"export", graph, "-o", out, NULL};
    int rc = ag_cli_export(4, argv);
    if (ag_export_html_available()) {
        ck_assert_int_eq(rc, AG_EXIT_OK);
        char *html = NULL;
        size_t len = 0;
        ck_assert_int_eq(ag_read_file(out, &html, &len, &err), AG_OK);
        ck_assert_uint_eq(count_of(html, DATA_OPEN), 1);
        free(html);
        unlink(out);
    } else {
        /* Exit 1 and no file, not even a temporary one. */
        ck_assert_int_eq(rc, AG_EXIT_FAIL);
        ck_assert_int_eq(access(out, F_OK), -1);
    }
    unlink(graph);
    ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

static Suite *export_html_suite(void)
{
    Suite *s = suite_create("export_html");
    TCase *tc = tcase_create("html");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, page_structure);
    tcase_add_test(tc, hostile_names_stay_text);
    tcase_add_test(tc, invalid_utf8_repaired);
    tcase_add_test(tc, deterministic_bytes);
    tcase_add_test(tc, max_nodes_and_empty_graph);
    tcase_add_test(tc, format_name_and_extension);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(export_html_suite)
