/* Extraction records: what extract writes, read back; FORMAT.md fields;
 * malformed lines named by line. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "records.h"
#include "testutil.h"

typedef struct got {
    ag_doc *docs[4];
    int n;
} got;

static ag_status keep(ag_doc *d, void *ud, ag_error *err)
{
    (void)err;
    got *g = ud;
    if (g->n < 4)
        g->docs[g->n++] = d;
    else
        ag_doc_free(d);
    return AG_OK;
}

START_TEST(write_then_read_gives_the_same_doc)
{
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    const char *text = "Chilean President Ana Rojas met Argentine President Pablo Diaz in Santiago. Rojas praised Argentina.";
    ag_doc_input in = {"doc-1", text, strlen(text), "2024-01-02", NULL, NULL};
    ag_doc *d;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ck_assert_int_eq(ag_records_write(d, fp, &err), AG_OK);
    fclose(fp);

    /* Every line is a JSON object with the FORMAT.md fields. */
    size_t lines = 0;
    char *copy = strdup(buf);
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
        json_t *o = json_loads(line, 0, NULL);
        ck_assert_ptr_nonnull(o);
        const char *type = json_string_value(json_object_get(o, "type"));
        ck_assert_ptr_nonnull(type);
        ck_assert_str_eq(json_string_value(json_object_get(o, "doc")), "doc-1");
        if (strcmp(type, "actor") == 0) {
            ck_assert(json_is_string(json_object_get(o, "id")));
            ck_assert(json_is_string(json_object_get(o, "kind")));
            ck_assert(json_is_array(json_object_get(o, "aliases")));
        } else {
            ck_assert(json_is_integer(json_object_get(o, "polarity")));
            ck_assert(json_is_string(json_object_get(o, "evidence")));
        }
        json_decref(o);
        lines++;
    }
    free(copy);
    ck_assert_uint_eq(lines, d->n_actors + d->n_relations);

    got g = {{0}, 0};
    fp = fmemopen(buf, len, "r");
    ck_assert_int_eq(ag_records_read(fp, "mem", keep, &g, &err), AG_OK);
    fclose(fp);
    ck_assert_int_eq(g.n, 1);
    ag_doc *r = g.docs[0];
    ck_assert_str_eq(r->id, "doc-1");
    ck_assert_str_eq(r->date, "2024-01-02");
    ck_assert_uint_eq(r->n_actors, d->n_actors);
    ck_assert_uint_eq(r->n_relations, d->n_relations);
    for (size_t i = 0; i < d->n_actors; i++) {
        ck_assert_str_eq(r->actors[i].id, d->actors[i].id);
        ck_assert_int_eq(r->actors[i].kind, d->actors[i].kind);
    }
    for (size_t i = 0; i < d->n_relations; i++) {
        ck_assert_int_eq(r->relations[i].kind, d->relations[i].kind);
        ck_assert_uint_eq(r->relations[i].n_participants, d->relations[i].n_participants);
    }
    ag_doc_free(r);
    ag_doc_free(d);
    ag_lexicon_free(lx);
    free(buf);
}
END_TEST

START_TEST(documents_split_on_doc_and_bad_lines_are_named)
{
    const char *two = "{\"type\":\"actor\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"country\",\"doc\":\"d1\"}\n"
                      "{\"type\":\"actor\",\"id\":\"b\",\"name\":\"B\",\"kind\":\"country\",\"doc\":\"d2\"}\n"
                      "{\"type\":\"relation\",\"kind\":\"stance\",\"label\":\"warn\",\"source\":\"b\",\"target\":\"b\",\"polarity\":-1,\"doc\":\"d2\"}\n";
    got g = {{0}, 0};
    ag_error err;
    FILE *fp = fmemopen((void *)two, strlen(two), "r");
    ck_assert_int_eq(ag_records_read(fp, "two.jsonl", keep, &g, &err), AG_OK);
    fclose(fp);
    ck_assert_int_eq(g.n, 2);
    ck_assert_uint_eq(g.docs[1]->n_relations, 1);
    ck_assert_int_eq(g.docs[1]->relations[0].polarity, -1);
    for (int i = 0; i < g.n; i++)
        ag_doc_free(g.docs[i]);

    const char *bad = "{\"type\":\"actor\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"country\",\"doc\":\"d1\"}\n{nope\n";
    g.n = 0;
    fp = fmemopen((void *)bad, strlen(bad), "r");
    ck_assert_int_eq(ag_records_read(fp, "bad.jsonl", keep, &g, &err), AG_EINPUT);
    fclose(fp);
    ck_assert_msg(strncmp(err.msg, "bad.jsonl:2:", 12) == 0, "message: %s", err.msg);
    for (int i = 0; i < g.n; i++)
        ag_doc_free(g.docs[i]);

    const char *kind = "{\"type\":\"actor\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"planet\",\"doc\":\"d1\"}\n";
    g.n = 0;
    fp = fmemopen((void *)kind, strlen(kind), "r");
    ck_assert_int_eq(ag_records_read(fp, "k.jsonl", keep, &g, &err), AG_EINPUT);
    fclose(fp);
    ck_assert_ptr_nonnull(strstr(err.msg, "k.jsonl:1"));
    ck_assert_int_eq(g.n, 0);
}
END_TEST

/* Found by fuzzing (tests/fuzz-seeds/records/one-participant.jsonl): a
 * stance given one participant was read, then refused by build and
 * written back without source or target. */
START_TEST(a_stance_or_affiliation_needs_two_participants)
{
    const char *one = "{\"type\":\"actor\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"country\",\"doc\":\"d\"}\n"
                      "{\"type\":\"relation\",\"kind\":\"affiliation\",\"source\":\"a\",\"target\":\"a\","
                      "\"participants\":[\"a\"],\"doc\":\"d\"}\n";
    got g = {{0}, 0};
    ag_error err;
    FILE *fp = fmemopen((void *)one, strlen(one), "r");
    ck_assert_int_eq(ag_records_read(fp, "one.jsonl", keep, &g, &err), AG_EINPUT);
    fclose(fp);
    ck_assert_str_eq(err.msg, "one.jsonl:2: affiliation relation needs 2 participants (source, target), has 1");
    ck_assert_int_eq(g.n, 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("records");
    TCase *tc = tcase_create("records");
    tcase_add_test(tc, write_then_read_gives_the_same_doc);
    tcase_add_test(tc, documents_split_on_doc_and_bad_lines_are_named);
    tcase_add_test(tc, a_stance_or_affiliation_needs_two_participants);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
