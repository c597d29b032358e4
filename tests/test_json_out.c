/* test_json_out.c — the JSON string escaper and the streaming writer give
 * exactly the bytes of jansson's json_dumps / json_dumpf. */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "testutil.h"

static const size_t escape_flags[] = {0, JSON_ENSURE_ASCII, JSON_ESCAPE_SLASH,
                                      JSON_ENSURE_ASCII | JSON_ESCAPE_SLASH};

/* ag_json_escape(s) equals json_dumps of the same string, or both refuse. */
static void same_as_jansson(const char *s, size_t n, size_t flags)
{
    json_t *j = json_stringn_nocheck(s, n);
    ck_assert_ptr_nonnull(j);
    char *want = json_dumps(j, JSON_ENCODE_ANY | flags);
    json_decref(j);
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_buf_puts(&b, "prefix"), 0);
    int rc = ag_json_escape(&b, s, n, flags);
    if (!want) {
        ck_assert_msg(rc == -1, "jansson refuses a string of %zu bytes (first 0x%02x), ag_json_escape took it",
                      n, n ? (unsigned char)s[0] : 0);
        ck_assert_str_eq(b.data, "prefix"); /* left as it was */
    } else {
        ck_assert_msg(rc == 0, "ag_json_escape refused what jansson writes as %s", want);
        ck_assert_str_eq(b.data + 6, want);
    }
    free(want);
    ag_buf_free(&b);
}

START_TEST(escape_every_byte)
{
    for (size_t f = 0; f < sizeof escape_flags / sizeof escape_flags[0]; f++)
        for (int c = 0; c < 256; c++) {
            char s[3] = {'a', (char)c, 'z'};
            same_as_jansson(s, 3, escape_flags[f]);
            same_as_jansson(s + 1, 1, escape_flags[f]);
        }
}
END_TEST

START_TEST(escape_chosen_strings)
{
    static const struct {
        const char *s;
        size_t n;
    } cases[] = {
        {"", 0}, {"plain ascii", 11}, {"quote \" and backslash \\", 24}, {"a/b</script>", 12},
        {"\b\f\n\r\t\x01\x1f\x7f", 8}, {"nul\0inside", 10},
        {"Erdo\xc4\x9f" "an", 8},                       /* U+011F */
        {"\xc2\x80 \xdf\xbf", 5},                       /* U+0080, U+07FF */
        {"\xe0\xa0\x80 \xef\xbf\xbf", 7},               /* U+0800, U+FFFF */
        {"\xe2\x80\xa8 line separator", 19},
        {"\xf0\x9f\x98\x80 emoji", 10},                 /* U+1F600: a surrogate pair */
        {"\xf4\x8f\xbf\xbf", 4},                        /* U+10FFFF */
        {"\xef\xbf\xbd replacement", 15},
        /* invalid: jansson refuses them all */
        {"\x80", 1}, {"\xbf", 1}, {"\xc0\x80", 2}, {"\xc1\xbf", 2}, {"\xe0\x80\x80", 3},
        {"\xed\xa0\x80", 3}, {"\xed\xbf\xbf", 3}, {"\xf0\x80\x80\x80", 4}, {"\xf4\x90\x80\x80", 4},
        {"\xf5\x80\x80\x80", 4}, {"\xff", 1}, {"\xc3", 1}, {"\xe2\x82", 2}, {"ok \xf0\x9f\x98", 6},
        {"\xc3\x28", 2}, {"\xe2\x28\xa1", 3},
    };
    for (size_t f = 0; f < sizeof escape_flags / sizeof escape_flags[0]; f++)
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            same_as_jansson(cases[i].s, cases[i].n, escape_flags[f]);
}
END_TEST

/* A small deterministic generator (xorshift): the same strings every run. */
static uint64_t next_rand(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

START_TEST(escape_random_strings)
{
    /* Bytes drawn mostly from the interesting ones: controls, quotes,
     * lead and continuation bytes, so valid and invalid UTF-8 both occur. */
    static const unsigned char pool[] = {'a', 'Z', ' ', '"', '\\', '/', 0x00, 0x01, 0x0a, 0x1f, 0x7f,
                                         0x80, 0xa0, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef,
                                         0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0x98};
    uint64_t x = 88172645463325252ULL;
    int valid = 0;
    for (int i = 0; i < 20000; i++) {
        char s[16];
        size_t n = next_rand(&x) % sizeof s;
        for (size_t k = 0; k < n; k++)
            s[k] = (char)pool[next_rand(&x) % sizeof pool];
        same_as_jansson(s, n, escape_flags[i % 4]);
        json_t *j = json_stringn(s, n);
        valid += j != NULL;
        json_decref(j);
    }
    ck_assert_int_gt(valid, 1000); /* both kinds were tried */
    ck_assert_int_lt(valid, 19000);
}
END_TEST

/* ---- the writer ---- */

static int key_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Writes a jansson value through ag_jw, object keys sorted. */
static void emit(ag_jw *w, const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        size_t n = json_object_size(v), i = 0;
        const char **keys = malloc((n + 1) * sizeof *keys);
        const char *k;
        json_t *m;
        json_object_foreach((json_t *)v, k, m) keys[i++] = k;
        qsort(keys, n, sizeof *keys, key_cmp);
        ag_jw_object(w);
        for (i = 0; i < n; i++) {
            ag_jw_key(w, keys[i]);
            emit(w, json_object_get(v, keys[i]));
        }
        ag_jw_end(w);
        free(keys);
        break;
    }
    case JSON_ARRAY:
        ag_jw_array(w);
        for (size_t i = 0; i < json_array_size(v); i++)
            emit(w, json_array_get(v, i));
        ag_jw_end(w);
        break;
    case JSON_STRING: ag_jw_strn(w, json_string_value(v), json_string_length(v)); break;
    case JSON_INTEGER: ag_jw_int(w, json_integer_value(v)); break;
    case JSON_REAL: ag_jw_real(w, json_real_value(v)); break;
    case JSON_TRUE: ag_jw_bool(w, 1); break;
    case JSON_FALSE: ag_jw_bool(w, 0); break;
    case JSON_NULL: ag_jw_null(w); break;
    }
}

/* A random tree of every kind of value, empty containers included. */
static json_t *random_value(uint64_t *x, int depth)
{
    static const char *const strs[] = {"", "text", "a \"quoted\" \\ word", "line\nbreak",
                                       "Erdo\xc4\x9f" "an", "\xf0\x9f\x98\x80", "tab\there", "x/y"};
    static const double reals[] = {0.0, -0.0, 1.0, -2.5, 0.1, 1e300, -3.25e-7, 123456789.123456789, 2.2};
    switch (next_rand(x) % (depth > 3 ? 5 : 7)) {
    case 0: return json_string(strs[next_rand(x) % 8]);
    case 1: return json_integer((json_int_t)(next_rand(x) % 2000001) - 1000000);
    case 2: return json_real(reals[next_rand(x) % 9]);
    case 3: return next_rand(x) % 2 ? json_true() : json_false();
    case 4: return json_null();
    case 5: {
        json_t *a = json_array();
        for (int n = (int)(next_rand(x) % 4); n > 0; n--)
            json_array_append_new(a, random_value(x, depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (int n = (int)(next_rand(x) % 5); n > 0; n--) {
            char key[16];
            snprintf(key, sizeof key, "%c%d", (char)('a' + next_rand(x) % 26), (int)(next_rand(x) % 10));
            json_object_set_new(o, key, random_value(x, depth + 1));
        }
        return o;
    }
    }
}

/* ag_jw writes root as json_dumps does with these flags. */
static void writer_equals_dumps(const json_t *root, size_t flags)
{
    char *want = json_dumps(root, flags);
    ag_jw w;
    ag_jw_init(&w, NULL, flags);
    emit(&w, root);
    ck_assert_int_eq(ag_jw_finish(&w), 0);
    ck_assert_str_eq(w.out.data, want);
    ag_buf_free(&w.out);
    free(want);
}

static const size_t writer_flags[] = {
    JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17),
    JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(6),
    JSON_SORT_KEYS, /* no indentation, default spacing */
    JSON_INDENT(4) | JSON_SORT_KEYS | JSON_ENSURE_ASCII,
    JSON_INDENT(3) | JSON_COMPACT | JSON_SORT_KEYS | JSON_ESCAPE_SLASH | JSON_REAL_PRECISION(3),
};

START_TEST(writer_matches_dumps)
{
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 400; i++) {
        json_t *root = i % 2 ? json_object() : json_array();
        for (int n = (int)(next_rand(&x) % 6); n > 0; n--) {
            json_t *v = random_value(&x, 1);
            if (json_is_array(root)) {
                json_array_append_new(root, v);
            } else {
                char key[16];
                snprintf(key, sizeof key, "k%d", n);
                json_object_set_new(root, key, v);
            }
        }
        for (size_t f = 0; f < sizeof writer_flags / sizeof writer_flags[0]; f++)
            writer_equals_dumps(root, writer_flags[f]);
        json_decref(root);
    }
}
END_TEST

START_TEST(writer_reals_many_and_repeated)
{
    /* More distinct values than the writer remembers, each twice, at
     * several precisions. */
    uint64_t x = 12345;
    json_t *root = json_array();
    for (int i = 0; i < 3000; i++) {
        double v = (double)(int64_t)next_rand(&x) / (double)(1 + next_rand(&x) % 100000);
        if (i % 7 == 0)
            v = ldexp(v, (int)(next_rand(&x) % 600) - 300);
        json_array_append_new(root, json_real(v));
        json_array_append_new(root, json_real(v));
        json_array_append_new(root, json_real(-v));
    }
    for (int p = 1; p <= 31; p += 5)
        writer_equals_dumps(root, JSON_REAL_PRECISION(p));
    json_decref(root);
}
END_TEST

START_TEST(writer_streams_to_file)
{
    /* Larger than the staging block, so the output is flushed in parts. */
    json_t *root = json_array();
    for (int i = 0; i < 20000; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "i", json_integer(i));
        json_object_set_new(o, "s", json_string("some text to make it long"));
        json_array_append_new(root, o);
    }
    size_t flags = JSON_INDENT(1) | JSON_SORT_KEYS;
    char *want = json_dumps(root, flags);
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ag_jw w;
    ag_jw_init(&w, fp, flags);
    emit(&w, root);
    ck_assert_int_eq(ag_jw_finish(&w), 0);
    long len = ftell(fp);
    ck_assert_int_eq((size_t)len, strlen(want));
    rewind(fp);
    char *got = malloc((size_t)len + 1);
    ck_assert_uint_eq(fread(got, 1, (size_t)len, fp), (size_t)len);
    got[len] = '\0';
    ck_assert_str_eq(got, want);
    free(got);
    free(want);
    fclose(fp);
    json_decref(root);
}
END_TEST

START_TEST(writer_errors_are_sticky)
{
    ag_jw w;
    /* Invalid UTF-8 in a value. */
    ag_jw_init(&w, NULL, 0);
    ag_jw_array(&w);
    ag_jw_str(&w, "\xc3");
    ag_jw_int(&w, 1);
    ag_jw_end(&w);
    ck_assert_int_eq(ag_jw_finish(&w), -1);
    ag_buf_free(&w.out);
    /* A real jansson cannot write. */
    ag_jw_init(&w, NULL, 0);
    ag_jw_array(&w);
    ag_jw_real(&w, NAN);
    ag_jw_end(&w);
    ck_assert_int_eq(ag_jw_finish(&w), -1);
    ag_buf_free(&w.out);
    /* Unbalanced, a key outside an object, a key without a value. */
    ag_jw_init(&w, NULL, 0);
    ag_jw_object(&w);
    ck_assert_int_eq(ag_jw_finish(&w), -1);
    ag_buf_free(&w.out);
    ag_jw_init(&w, NULL, 0);
    ag_jw_array(&w);
    ag_jw_key(&w, "k");
    ck_assert_int_eq(w.failed, 1);
    ag_buf_free(&w.out);
    ag_jw_init(&w, NULL, 0);
    ag_jw_object(&w);
    ag_jw_key(&w, "k");
    ag_jw_end(&w);
    ck_assert_int_eq(ag_jw_finish(&w), -1);
    ag_buf_free(&w.out);
    /* Too deep. */
    ag_jw_init(&w, NULL, 0);
    for (int i = 0; i <= AG_JW_MAX_DEPTH; i++)
        ag_jw_array(&w);
    ck_assert_int_eq(w.failed, 1);
    ag_buf_free(&w.out);
    /* A full disk. */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        ag_jw_init(&w, full, 0);
        ag_jw_array(&w);
        for (int i = 0; i < 100000; i++)
            ag_jw_str(&w, "filling the staging buffer");
        ag_jw_end(&w);
        ck_assert_int_eq(ag_jw_finish(&w), -1);
        fclose(full);
    }
}
END_TEST

static Suite *json_out_suite(void)
{
    Suite *s = suite_create("json_out");
    TCase *tc = tcase_create("escape");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, escape_every_byte);
    tcase_add_test(tc, escape_chosen_strings);
    tcase_add_test(tc, escape_random_strings);
    suite_add_tcase(s, tc);
    tc = tcase_create("writer");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, writer_matches_dumps);
    tcase_add_test(tc, writer_reals_many_and_repeated);
    tcase_add_test(tc, writer_streams_to_file);
    tcase_add_test(tc, writer_errors_are_sticky);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(json_out_suite)
