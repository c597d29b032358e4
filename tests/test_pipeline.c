/* The library alone, through its one public header: extract -> build ->
 * analyze -> export, as a C program embedding actorgraph would. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorgraph.h"
#include "testutil.h"

START_TEST(extract_build_analyze_export)
{
    ag_error err;
    ag_lexicon *lx = NULL;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    const char *texts[2] = {"Polish President Anna Nowak met Lithuanian President Jonas Kazlauskas in Warsaw.",
                            "Polish President Anna Nowak later condemned Belarus. Lithuania praised Poland."};
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    for (int i = 0; i < 2; i++) {
        char id[16];
        snprintf(id, sizeof id, "d%d", i);
        ag_doc_input in = {id, texts[i], strlen(texts[i]), "2025-01-01", NULL, NULL};
        ag_doc *d = NULL;
        ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
        ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_OK);
        ag_doc_free(d);
    }
    /* One node for Anna Nowak across both documents. */
    long nowak = ag_graph_find_node(g, "anna-nowak");
    ck_assert_int_ge(nowak, 0);
    ck_assert_int_eq(g->nodes[nowak].docs, 2);
    ck_assert_int_ge(ag_graph_find_node(g, "belarus"), 0);

    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ag_analyze_opts ao;
    ag_analyze_opts_init(&ao);
    ck_assert_int_eq(ag_analyze_report(g, &ao, AG_REPORT_JSON, fp, &err), AG_OK);
    fclose(fp);
    json_t *rep = json_loads(buf, 0, NULL);
    ck_assert_ptr_nonnull(rep);
    ck_assert_uint_eq(json_array_size(json_object_get(rep, "nodes")), g->n_nodes);
    json_decref(rep);
    free(buf);

    buf = NULL;
    fp = open_memstream(&buf, &len);
    ag_export_opts eo;
    ag_export_opts_init(&eo);
    eo.format = AG_EXPORT_DOT;
    ck_assert_int_eq(ag_export(g, &eo, fp, &err), AG_OK);
    fclose(fp);
    ck_assert_ptr_nonnull(strstr(buf, "Anna Nowak"));
    ck_assert_ptr_nonnull(strstr(buf, "condemn"));
    free(buf);

    ag_graph_free(g);
    ag_lexicon_free(lx);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("pipeline");
    TCase *tc = tcase_create("library");
    tcase_add_test(tc, extract_build_analyze_export);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
