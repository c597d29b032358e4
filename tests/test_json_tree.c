/* test_json_tree.c — the shared jansson tree steps (json_tree.h): failed
 * constructors fail the set/push, non-finite reals and NULL strings are
 * null, and text with invalid UTF-8 is repaired rather than refused. */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "json_tree.h"
#include "testutil.h"

START_TEST(set_and_push_fail_on_null_value)
{
    json_t *o = json_object(), *arr = json_array();
    ck_assert_int_eq(ag__jset(o, "a", json_integer(1)), 0);
    ck_assert_int_eq(ag__jset(o, "b", NULL), -1);
    ck_assert_int_eq(ag__jpush(arr, json_integer(2)), 0);
    ck_assert_int_eq(ag__jpush(arr, NULL), -1);
    ck_assert_uint_eq(json_object_size(o), 1);
    ck_assert_uint_eq(json_array_size(arr), 1);
    /* A NULL container (a failed json_object) fails and releases the value. */
    ck_assert_int_eq(ag__jset(NULL, "c", json_string("x")), -1);
    ck_assert_int_eq(ag__jpush(NULL, json_string("x")), -1);
    json_decref(o);
    json_decref(arr);
}
END_TEST

START_TEST(reals_and_strings)
{
    json_t *j = ag__jreal(NAN);
    ck_assert(json_is_null(j));
    json_decref(j);
    j = ag__jreal(INFINITY);
    ck_assert(json_is_null(j));
    json_decref(j);
    j = ag__jreal(0.25);
    ck_assert(json_is_real(j) && json_real_value(j) == 0.25);
    json_decref(j);
    j = ag__jstr(NULL);
    ck_assert(json_is_null(j));
    json_decref(j);
    j = ag__jstr("Ankara");
    ck_assert_str_eq(json_string_value(j), "Ankara");
    json_decref(j);
    ck_assert_ptr_null(ag__jstr("bad \xff byte")); /* jansson refuses it */
}
END_TEST

START_TEST(text_repairs_utf8)
{
    json_t *j = ag__jtext(NULL);
    ck_assert(json_is_null(j));
    json_decref(j);
    j = ag__jtext("Erdo\xc4\x9f" "an");
    ck_assert_str_eq(json_string_value(j), "Erdo\xc4\x9f" "an");
    json_decref(j);
    j = ag__jtext("bad \xff byte, cut \xc4");
    ck_assert_ptr_nonnull(j);
    ck_assert_str_eq(json_string_value(j), "bad \xef\xbf\xbd byte, cut \xef\xbf\xbd");
    json_decref(j);
}
END_TEST

static Suite *json_tree_suite(void)
{
    Suite *s = suite_create("json_tree");
    TCase *tc = tcase_create("steps");
    tcase_add_test(tc, set_and_push_fail_on_null_value);
    tcase_add_test(tc, reals_and_strings);
    tcase_add_test(tc, text_repairs_utf8);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(json_tree_suite)
