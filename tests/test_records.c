/* Extraction records: what extract writes, read back; FORMAT.md fields;
 * malformed lines named by line. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
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

#define ACTOR(id) "{\"type\":\"actor\",\"id\":\"" id "\",\"name\":\"N\",\"kind\":\"country\",\"doc\":\"d\""
#define STANCE "{\"type\":\"relation\",\"kind\":\"stance\",\"label\":\"warn\",\"source\":\"a\",\"target\":\"b\",\"doc\":\"d\""

/* Bad values are refused with the file and line; the line is counted
 * right past a NUL byte. Sizes are given: the inputs may hold NULs. */
static const struct {
    const char *in;
    size_t len;
    const char *msg;
} bad_records[] = {
#define CASE(in, msg) {in, sizeof in - 1, msg}
    CASE(ACTOR("a") "}\n" ACTOR("b") "}\n" ACTOR("a") "}\n", "r.jsonl:3: actor id \"a\" appears twice in document \"d\""),
    CASE(ACTOR("a") ",\"mentions\":-1}\n", "r.jsonl:1: actor \"a\": mentions must be an integer from 0 to 2147483647"),
    CASE(ACTOR("a") ",\"mentions\":2147483648}\n", "r.jsonl:1: actor \"a\": mentions must be an integer"),
    CASE(ACTOR("a") ",\"mentions\":\"3\"}\n", "r.jsonl:1: actor \"a\": mentions must be an integer"),
    CASE(ACTOR("a") ",\"mentions\":1.5}\n", "r.jsonl:1: actor \"a\": mentions must be an integer"),
    CASE(ACTOR("a") "}\n" ACTOR("b") "}\n" STANCE ",\"goldstein\":1e308}\n",
         "r.jsonl:3: goldstein must be a number from -10 to 10"),
    CASE(STANCE ",\"goldstein\":-10.5}\n", "r.jsonl:1: goldstein must be a number from -10 to 10"),
    CASE(STANCE ",\"goldstein\":\"high\"}\n", "r.jsonl:1: goldstein must be a number from -10 to 10"),
    CASE(STANCE ",\"sentence\":-2}\n", "r.jsonl:1: sentence must be an integer from -1 to"),
    CASE(ACTOR("a") ",\"date\":\"2023-02-29\"}\n", "r.jsonl:1: date \"2023-02-29\" is not a real date"),
    CASE(ACTOR("a") ",\"date\":\"2024-13\"}\n", "r.jsonl:1: date \"2024-13\" is not a real date"),
    CASE(ACTOR("a") ",\"date\":\"yesterday\"}\n", "r.jsonl:1: date \"yesterday\" is not a real date"),
    CASE(ACTOR("a") ",\"date\":20240101}\n", "r.jsonl:1: date must be a string"),
    CASE(ACTOR("a") "}\n" ACTOR("b") "\0}\n" ACTOR("c") "}\n", "r.jsonl:2:63: NUL byte at line 2"),
    CASE("\n\0\n", "r.jsonl:2:1: NUL byte at line 2"),
#undef CASE
};

START_TEST(bad_values_are_refused_with_their_line)
{
    const char *in = bad_records[_i].in;
    got g = {{0}, 0};
    ag_error err = {{0}};
    FILE *fp = fmemopen((void *)in, bad_records[_i].len, "r");
    ck_assert_int_eq(ag_records_read(fp, "r.jsonl", keep, &g, &err), AG_EINPUT);
    fclose(fp);
    ck_assert_msg(strncmp(err.msg, bad_records[_i].msg, strlen(bad_records[_i].msg)) == 0, "case %d: %s", _i,
                  err.msg);
    for (int i = 0; i < g.n; i++)
        ag_doc_free(g.docs[i]);
}
END_TEST

START_TEST(real_dates_and_counts_are_kept)
{
    const char *in = ACTOR("a") ",\"mentions\":2147483647,\"date\":\"2024-02-29\"}\n" ACTOR("b") ",\"mentions\":0}\n"
        STANCE ",\"goldstein\":-10,\"sentence\":-1,\"date\":\"20240229\"}\n" ACTOR("c") ",\"doc\":\"e\",\"date\":\"1900\"}\n"
        ACTOR("a") ",\"doc\":\"f\",\"date\":\"2000-02\"}\n";
    got g = {{0}, 0};
    ag_error err = {{0}};
    FILE *fp = fmemopen((void *)in, strlen(in), "r");
    ck_assert_int_eq(ag_records_read(fp, "ok.jsonl", keep, &g, &err), AG_OK);
    fclose(fp);
    ck_assert_int_eq(g.n, 3); /* the same id in another document is fine */
    ck_assert_str_eq(g.docs[0]->date, "2024-02-29");
    ck_assert_int_eq(g.docs[0]->actors[0].mentions, 2147483647);
    ck_assert_int_eq(g.docs[0]->actors[1].mentions, 0);
    ck_assert(g.docs[0]->relations[0].goldstein == -10);
    for (int i = 0; i < g.n; i++)
        ag_doc_free(g.docs[i]);
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

/* The escaping helper writes what jansson's json_dumps() writes, for every
 * byte that needs care: quotes, backslashes, each control character,
 * slashes, DEL, non-ASCII letters, symbols and astral characters. */
/* The helper writes s as json_dumps() does. */
static void escapes_as_jansson(const char *s)
{
    json_t *j = json_string(s);
    ck_assert_ptr_nonnull(j);
    char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT);
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_records_put_string(&b, s), 0);
    ck_assert_str_eq(b.data, want);
    free(want);
    json_decref(j);
    ag_buf_free(&b);
}

START_TEST(strings_are_escaped_as_jansson_escapes_them)
{
    static const char *const samples[] = {
        "", "plain", "quote \" inside", "back\\slash", "a/b </script>", "tab\there", "new\nline",
        "cr\rlf\n", "\b\f", "\x01\x02\x1f end", "\x7f del", "Erdo\xC4\x9F" "an", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
        "\xE2\x80\xA8 line separator", "emoji \xF0\x9F\x98\x80", "\xEF\xBB\xBF bom", "\\u0041 not an escape",
        "mixed \"\\\n\t\x1b[0m \xC3\xA9\xC3\xA8"};
    char all[32];
    for (int c = 1; c < 32; c++)
        all[c - 1] = (char)c;
    all[31] = '\0';
    for (size_t i = 0; i <= sizeof samples / sizeof *samples; i++) {
        escapes_as_jansson(i < sizeof samples / sizeof *samples ? samples[i] : all);
    }
    /* Not UTF-8: jansson refuses it, and so does the helper. */
    ag_buf b = AG_BUF_INIT;
    ck_assert_ptr_null(json_string("bad \xC3("));
    ck_assert_int_eq(ag_records_put_string(&b, "bad \xC3("), 1);
    ck_assert_uint_eq(b.len, 0);
    /* Found after escapes were written: the buffer is as it was. */
    ag_buf_puts(&b, "keep");
    ck_assert_int_eq(ag_records_put_string(&b, "tab\t\x01 \xE2\x80\x9C then bad \xC3("), 1);
    ck_assert_str_eq(b.data, "keep");
    ag_buf_free(&b);
}
END_TEST

/* Long plain runs are skipped a word at a time: a byte that needs an
 * escape (or starts UTF-8) is still found at every offset of such a run. */
START_TEST(escapes_are_found_at_every_offset_of_a_long_run)
{
    static const char *const specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\xC3\xA9", "\xE2\x80\x9C", " ", "\x7f"};
    for (size_t k = 0; k < sizeof specials / sizeof *specials; k++) {
        for (size_t at = 0; at <= 20; at++) {
            char s[64];
            snprintf(s, sizeof s, "%.*s%s%s", (int)at, "abcdefghijklmnopqrstuvwxyz", specials[k], "0123456789ABCDEFGH");
            escapes_as_jansson(s);
        }
    }
    /* Not UTF-8 after a long plain run is still refused. */
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_records_put_string(&b, "a plain run of words, then bad \xC3("), 1);
    ck_assert_uint_eq(b.len, 0);
    ag_buf_free(&b);
}
END_TEST

/* A record leaves out the key of a string jansson would refuse, and the
 * strings of a list it would refuse, as json_dumps() of a record built
 * with jansson (json_object_set_new of a NULL json_string) does. */
START_TEST(records_leave_out_strings_that_are_not_utf8)
{
    ag_doc *d = ag_doc_new();
    ck_assert_ptr_nonnull(d);
    d->id = "d\xC3(";
    d->date = "2024-01-02";
    const char *aliases[] = {"bad \xC3(", "Good \xE2\x80\x9Cone\xE2\x80\x9D", "\xFF"};
    ag_actor a = {"a", "A\tname", AG_ACTOR_COUNTRY, "bad\xC3", NULL, aliases, 3, 2};
    d->actors = &a;
    d->n_actors = 1;
    ag_buf b = AG_BUF_INIT;
    ag_error err;
    ck_assert_int_eq(ag_records_format(d, &b, &err), AG_OK);
    ck_assert_str_eq(b.data, "{\"type\":\"actor\",\"id\":\"a\",\"name\":\"A\\tname\",\"kind\":\"country\","
                             "\"aliases\":[\"Good \xE2\x80\x9Cone\xE2\x80\x9D\"],\"affiliation\":null,"
                             "\"date\":\"2024-01-02\",\"mentions\":2}\n");
    ag_buf_free(&b);
    d->actors = NULL;
    d->n_actors = 0;
    d->id = NULL;
    d->date = NULL;
    ag_doc_free(d);
}
END_TEST

START_TEST(reals_are_written_as_jansson_writes_them)
{
    static const double samples[] = {0, -0.0, 1, -1, 3.4, -10, 0.1, 7.0, -9.5, 123456, 1234567, 1e-7, -2.5e21,
                                     1.0 / 3, 99999.95, 1e100};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        json_t *j = json_real(samples[i]);
        char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(6));
        ag_buf b = AG_BUF_INIT;
        ck_assert_int_eq(ag_records_put_real(&b, samples[i]), 0);
        ck_assert_msg(strcmp(b.data, want) == 0, "%g: %s, jansson %s", samples[i], b.data, want);
        free(want);
        json_decref(j);
        ag_buf_free(&b);
    }
    /* Every value of one decimal under 1000 (Goldstein values; written
     * without printf). */
    ag_buf b = AG_BUF_INIT;
    for (int k = -9999; k <= 9999; k++) {
        json_t *j = json_real(k / 10.0);
        char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(6));
        ag_buf_reset(&b);
        ck_assert_int_eq(ag_records_put_real(&b, k / 10.0), 0);
        ck_assert_msg(strcmp(b.data, want) == 0, "%g: %s, jansson %s", k / 10.0, b.data, want);
        free(want);
        json_decref(j);
    }
    ag_buf_free(&b);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("records");
    TCase *tc = tcase_create("records");
    tcase_add_test(tc, write_then_read_gives_the_same_doc);
    tcase_add_test(tc, documents_split_on_doc_and_bad_lines_are_named);
    tcase_add_loop_test(tc, bad_values_are_refused_with_their_line, 0,
                        (int)(sizeof bad_records / sizeof *bad_records));
    tcase_add_test(tc, real_dates_and_counts_are_kept);
    tcase_add_test(tc, a_stance_or_affiliation_needs_two_participants);
    tcase_add_test(tc, strings_are_escaped_as_jansson_escapes_them);
    tcase_add_test(tc, escapes_are_found_at_every_offset_of_a_long_run);
    tcase_add_test(tc, reals_are_written_as_jansson_writes_them);
    tcase_add_test(tc, records_leave_out_strings_that_are_not_utf8);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
