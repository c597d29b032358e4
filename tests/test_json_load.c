/* test_json_load.c — ag__json_loadb (json_load.h) gives what jansson's
 * json_loadb gives: the same tree for a text both read (yajl's flat
 * document turned into it), and for any other text jansson's own error,
 * text, line and column; ag__jdoc_load reads only what jansson reads, to
 * the same values; and ag__jdoc_parse reads every text as jansson does,
 * or gives jansson's error. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "json_load.h"
#include "testutil.h"

static char *dump(const json_t *j)
{
    return json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY | JSON_REAL_PRECISION(17));
}

/* The document's value v as a jansson tree. */
static json_t *tree_of(const ag__jdoc *d, const ag__jval *v)
{
    size_t i;
    const ag__jval *x;
    json_t *t;
    switch (v->type) {
    case AG__J_OBJECT:
        t = json_object();
        for (x = ag__jdoc_members(d, v); x; x = ag__jdoc_next(d, x))
            ck_assert_int_eq(json_object_set_new(t, ag__jdoc_key(d, x), tree_of(d, x)), 0);
        ck_assert_uint_eq(json_object_size(t), v->n);
        return t;
    case AG__J_ARRAY:
        t = json_array();
        ag__jdoc_foreach(d, v, i, x)
            json_array_append_new(t, tree_of(d, x));
        ck_assert_uint_eq(i, v->n);
        return t;
    case AG__J_STRING:
        ck_assert_uint_eq(strlen(ag__jdoc_str(d, v)), v->n);
        return json_stringn(ag__jdoc_str(d, v), v->n);
    case AG__J_INTEGER:
        return json_integer(ag__jdoc_int(d, v));
    case AG__J_REAL:
        return json_real(ag__jdoc_num(d, v));
    case AG__J_TRUE:
    case AG__J_FALSE:
        return json_boolean(v->type == AG__J_TRUE);
    default:
        return json_null();
    }
}

/* ag__jdoc_load on s[0..n): 0 only for a text jansson reads, to its tree;
 * and jansson's tree read by ag__jdoc_from_tree is that tree again. */
static int doc_as_jansson(const char *s, size_t n)
{
    json_t *t = json_loadb(s, n, JSON_REJECT_DUPLICATES, NULL);
    char *want = t ? dump(t) : NULL;
    ag__jdoc d = {0};
    int r = ag__jdoc_load(&d, s, n);
    ck_assert(r == 0 || r == -1);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0 && r != 0)
            continue;
        if (pass == 1 && (!t || ag__jdoc_from_tree(&d, t) != 0)) {
            ck_assert_msg(!t, "%.*s: jansson's tree not read", (int)n, s);
            continue;
        }
        ck_assert_msg(want != NULL, "%.*s: read where jansson refuses it", (int)n, s);
        json_t *back = tree_of(&d, ag__jdoc_root(&d));
        char *got = dump(back);
        ck_assert_str_eq(got, want);
        free(got);
        json_decref(back);
    }
    ag__jdoc_free(&d);
    free(want);
    json_decref(t);
    return r;
}

static void same_error(const char *s, size_t n, const json_error_t *ea, const json_error_t *eb)
{
    ck_assert_msg(strcmp(ea->text, eb->text) == 0, "%.*s: error \"%s\", jansson's \"%s\"", (int)n, s, ea->text,
                  eb->text);
    ck_assert_str_eq(ea->source, eb->source);
    ck_assert_int_eq(ea->line, eb->line);
    ck_assert_int_eq(ea->column, eb->column);
    ck_assert_int_eq(ea->position, eb->position);
}

/* ag__jdoc_parse on s[0..n) with flags: the document of jansson's tree,
 * or jansson's error. Returns what ag__jdoc_load did with the text. */
static int parse_as_jansson(const char *s, size_t n, size_t flags)
{
    json_error_t ea, eb;
    json_t *t = json_loadb(s, n, flags, &eb);
    ag__jdoc d = {0}, mine = {0};
    int loaded = ag__jdoc_load(&mine, s, n);
    ag__jdoc_free(&mine);
    int r = ag__jdoc_parse(&d, s, n, flags, &ea);
    ck_assert_msg(r == (t ? 0 : -1), "%.*s: ag__jdoc_parse %d where jansson %s", (int)n, s, r,
                  t ? "took it" : "refused it");
    if (t) {
        char *want = dump(t), *got = NULL;
        json_t *back = tree_of(&d, ag__jdoc_root(&d));
        got = dump(back);
        ck_assert_str_eq(got, want);
        free(got);
        free(want);
        json_decref(back);
    } else {
        same_error(s, n, &ea, &eb);
    }
    ag__jdoc_free(&d);
    json_decref(t);
    return loaded;
}

/* ag__json_loadb and json_loadb agree on s[0..n) with flags. */
static void same(const char *s, size_t n, size_t flags)
{
    json_error_t ea, eb;
    memset(&ea, 'x', sizeof ea);
    json_t *a = ag__json_loadb(s, n, flags, &ea), *b = json_loadb(s, n, flags, &eb);
    ck_assert_msg(!a == !b, "%.*s: ag__json_loadb %s, json_loadb %s", (int)n, s, a ? "took it" : "refused it",
                  b ? "took it" : "refused it");
    same_error(s, n, &ea, &eb);
    if (a) {
        char *da = dump(a), *db = dump(b);
        ck_assert_str_eq(da, db);
        free(da);
        free(db);
    }
    json_decref(a);
    json_decref(b);
    parse_as_jansson(s, n, flags);
    if (flags == 0 || flags == JSON_REJECT_DUPLICATES)
        doc_as_jansson(s, n);
}

static void same_s(const char *s)
{
    same(s, strlen(s), 0);
}

START_TEST(valid_texts_give_the_same_tree)
{
    same_s("{\"id\":\"doc-1\",\"date\":\"2024-01-02\",\"text\":\"Turkey \\\"criticized\\\" Syria.\\nAnkara\"}");
    same_s("  {\"a\":[1,-2,3.5,-0.0,1e-400,1E5,true,false,null,{},[]],\"b\":{\"c\":{\"d\":[[[\"x\"]]]}}}  \r\n");
    same_s("[\"Erdo\xc4\x9f" "an\",\"\\u011f\\u00e9\\u20ac\",\"\\/\\b\\f\\n\\r\\t\\\\\",\"\x7f\"]");
    same_s("{\"k\":1,\"k\":\"last wins\"}");
    same_s("{\"big\":9223372036854775807,\"small\":-9223372036854775808,\"r\":1.7976931348623157e308}");
    same_s("{\"\":\"\",\"\\u00e9\":\"key with an escape\"}");
}
END_TEST

START_TEST(refused_texts_give_janssons_error)
{
    const char *bad[] = {
        "", "   ", "5", "\"str\"", "null", "{", "{\"a\":}", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{'a':1}",
        "{\"a\":1} x", "{\"a\":1}{\"b\":2}", "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}",
        "{\"a\":nan}", "{\"a\":tru}", "{\"a\":\"tab\there\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"\\u0000\"}", "{\"\\u0000\":1}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}",
        "{\"a\":\"\\ud83d\\u0041\"}", "{\"a\":\"\xff\"}", "{\"a\":\"\xc0\x80\"}", "{\"a\":\"\xed\xa0\x80\"}",
        "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xc4\"}", "{\"\xff\":1}", "{\"a\":1}\v", "\f{\"a\":1}",
        "{\"a\":99999999999999999999}", "{\"a\":-99999999999999999999}", "{\"a\":1e400}", "{\"a\":-1e400}",
        "{\"a\":1} // comment", "/* c */{\"a\":1}", "{\"a\":[1 2]}", "\xef\xbb\xbf{\"a\":1}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        same_s(bad[i]);
    /* A surrogate pair jansson reads goes to jansson, and reads the same. */
    same_s("{\"a\":\"\\ud83d\\ude00\"}");
}
END_TEST

START_TEST(depth_and_duplicates_and_flags)
{
    /* Nesting past jansson's limit (2048): its "maximum parsing depth". */
    for (size_t depth = 1990; depth <= 2060; depth += 10) {
        char *s = malloc(2 * depth + 1);
        memset(s, '[', depth);
        memset(s + depth, ']', depth);
        s[2 * depth] = '\0';
        same_s(s);
        free(s);
    }
    same("{\"a\":1,\"b\":{\"a\":2}}", 19, JSON_REJECT_DUPLICATES);
    const char *dup = "{\"a\":1,\"b\":2,\"a\":3}";
    same(dup, strlen(dup), JSON_REJECT_DUPLICATES);
    same(dup, strlen(dup), 0);
    /* Other flags are jansson's alone. */
    same("5", 1, JSON_DECODE_ANY);
    same("{\"a\":1} x", 9, JSON_DISABLE_EOF_CHECK);
    /* A key of 5000 bytes (over the builder's 4 KiB) and a string of 1 MB. */
    char *s = malloc(1100000);
    strcpy(s, "{\"");
    memset(s + 2, 'k', 5000);
    strcpy(s + 5002, "\":\"");
    memset(s + 5005, 'v', 1000000);
    strcpy(s + 1005005, "\"}");
    same_s(s);
    free(s);
    /* Only len bytes are read: a text cut short is refused. */
    same("{\"a\":1}", 5, 0);
}
END_TEST

START_TEST(documents_of_json_lines)
{
    /* The common document, with nested and unused members: read by yajl,
     * not left to jansson. */
    const char *doc = "{\"id\":\"doc-1\",\"date\":\"2024-01-02\",\"text\":\"Turkey \\\"criticized\\\" Syria.\\nAnkara\","
                      "\"meta\":{\"id\":[1,{\"text\":null}],\"k\":true},\"a\":null,\"b\":2.5}";
    ck_assert_int_eq(parse_as_jansson(doc, strlen(doc), 0), 0);
    const char *keys = "{\"\xc3\xa9\":\"x\",\"\":\"empty key\",\"text\":\"\"}";
    ck_assert_int_eq(parse_as_jansson(keys, strlen(keys), 0), 0);
    /* Left to jansson, whose tree or error ag__jdoc_parse gives: a key
     * twice (jansson keeps the last), no object, text it refuses or might
     * read otherwise. */
    const char *left[] = {"{\"text\":\"a\",\"text\":\"b\"}", "{\"id\":null,\"id\":1}", "{\"x\":1,\"x\":2,\"text\":\"a\"}",
                          "\"text\"", "{\"text\":\"\xff\"}", "{\"x\xff\":1,\"text\":\"a\"}", "{\"text\":\"\\u0000\"}",
                          "{\"text\":\"\\ud83d\\ude00\"}", "{\"text\":\"a\"}\v", "{\"text\":\"a\"} {}",
                          "{\"text\":\"a\",\"n\":1e400}"};
    for (size_t i = 0; i < sizeof left / sizeof *left; i++)
        ck_assert_msg(parse_as_jansson(left[i], strlen(left[i]), 0) == -1, "%s: not left to jansson", left[i]);
    /* A top-level array is read; the reader says it is no object. */
    const char *array = "[{\"text\":\"a\"}]";
    ck_assert_int_eq(parse_as_jansson(array, strlen(array), 0), 0);
    /* jansson keeps the last of a key given twice, and so does the document. */
    ag__jdoc d = {0};
    ck_assert_int_eq(ag__jdoc_parse(&d, left[0], strlen(left[0]), 0, NULL), 0);
    ck_assert_str_eq(ag__jdoc_str(&d, ag__jdoc_get(&d, ag__jdoc_root(&d), "text")), "b");
    ck_assert_int_eq(ag__jdoc_parse(&d, left[0], strlen(left[0]), JSON_REJECT_DUPLICATES, NULL), -1);
    ag__jdoc_free(&d);
}
END_TEST

START_TEST(documents_as_jansson)
{
    /* Read here: the common texts, a lexicon's entry, an empty key. */
    const char *read[] = {"{\"countries\":[{\"name\":\"Turkey\",\"code\":\"TUR\",\"aliases\":[],\"polarity\":-1,"
                          "\"goldstein\":-4.5,\"x\":{\"y\":[true,false,null]}}],\"format\":\"f\"}",
                          "[]", "{}", "[[],{},\"\",0]", "{\"\":1,\"a\":{\"\":2}}", "{\"a\":{\"a\":{\"a\":1}}}"};
    for (size_t i = 0; i < sizeof read / sizeof *read; i++)
        ck_assert_msg(doc_as_jansson(read[i], strlen(read[i])) == 0, "%s: left to jansson", read[i]);
    /* Left to jansson: a duplicate key at any depth, an object of more
     * members than a scan looks through, a top-level value no container. */
    ag_buf big = AG_BUF_INIT;
    ag_buf_puts(&big, "{");
    for (int i = 0; i <= AG__JDOC_MAX_MEMBERS; i++)
        ag_buf_printf(&big, "%s\"k%d\":%d", i ? "," : "", i, i);
    ag_buf_puts(&big, "}");
    const char *left[] = {"{\"a\":1,\"a\":2}", "[{\"b\":{\"a\":1,\"a\":1}}]", big.data, "5", "\"s\"", "null"};
    for (size_t i = 0; i < sizeof left / sizeof *left; i++)
        ck_assert_msg(doc_as_jansson(left[i], strlen(left[i])) == -1, "%.60s: not left to jansson", left[i]);
    ag_buf_free(&big);
    /* A document read again is the new text alone. */
    ag__jdoc d = {0};
    ck_assert_int_eq(ag__jdoc_load(&d, "{\"a\":[1,2,3]}", 13), 0);
    ck_assert_int_eq(ag__jdoc_load(&d, "[\"x\"]", 5), 0);
    ck_assert_str_eq(ag__jdoc_str(&d, ag__jdoc_elems(&d, ag__jdoc_root(&d))), "x");
    ck_assert_uint_eq(d.n, 3);
    ck_assert_ptr_null(ag__jdoc_get(&d, ag__jdoc_root(&d), "a"));
    ag__jdoc_free(&d);
}
END_TEST

static Suite *json_load_suite(void)
{
    Suite *s = suite_create("json_load");
    TCase *tc = tcase_create("as_jansson");
    tcase_add_test(tc, valid_texts_give_the_same_tree);
    tcase_add_test(tc, refused_texts_give_janssons_error);
    tcase_add_test(tc, depth_and_duplicates_and_flags);
    tcase_add_test(tc, documents_of_json_lines);
    tcase_add_test(tc, documents_as_jansson);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(json_load_suite)
