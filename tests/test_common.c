/* common: capped line reading, slugs, UTF-8 repair, the string map. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "testutil.h"

START_TEST(lines_are_capped_and_the_rest_is_consumed)
{
    const char *text = "short\n0123456789abcdef\nlast";
    FILE *fp = fmemopen((void *)text, strlen(text), "r");
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_read_line(fp, &b, 8), 1);
    ck_assert_str_eq(b.data, "short");
    ck_assert_int_eq(ag_read_line(fp, &b, 8), -1);
    ck_assert_str_eq(b.data, "01234567");
    ck_assert_int_eq(ag_read_line(fp, &b, 8), 1);
    ck_assert_str_eq(b.data, "last");
    ck_assert_int_eq(ag_read_line(fp, &b, 8), 0);
    fclose(fp);
    ag_buf_free(&b);
}
END_TEST

START_TEST(slugs_fold_letters_and_utf8_is_repaired)
{
    ag_arena *a = ag_arena_new();
    ck_assert_str_eq(ag_slug(a, "Recep Tayyip Erdo\xC4\x9F" "an"), "recep-tayyip-erdogan");
    ck_assert_str_eq(ag_slug(a, "C\xC3\xB4te d\xE2\x80\x99Ivoire"), "cote-divoire");
    ck_assert_str_eq(ag_slug(a, "\xE2\x80\x94"), "x");
    char *fixed = ag_utf8_sanitize(a, "ok\xff\xfe!", 5);
    ck_assert_str_eq(fixed, "ok\xEF\xBF\xBD\xEF\xBF\xBD!");
    ck_assert_uint_eq(ag_utf8_valid_prefix("ab\xC3", 3), 2);
    ag_arena_free(a);
}
END_TEST

START_TEST(the_map_grows_and_replaces)
{
    ag_strmap *m = ag_strmap_new();
    char keys[500][16];
    for (int i = 0; i < 500; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        ck_assert_int_eq(ag_strmap_put(m, keys[i], (size_t)i), 0);
    }
    size_t v = 0;
    ck_assert_uint_eq(ag_strmap_count(m), 500);
    ck_assert(ag_strmap_get(m, "k377", &v));
    ck_assert_uint_eq(v, 377);
    ck_assert_int_eq(ag_strmap_put(m, keys[3], 9), 0);
    ck_assert(ag_strmap_get(m, "k3", &v));
    ck_assert_uint_eq(v, 9);
    ck_assert(!ag_strmap_get(m, "k500", NULL));
    ag_strmap_free(m);
}
END_TEST

START_TEST(a_nul_byte_is_reported_and_ends_no_line)
{
    static const char text[] = "a\0b\nnext\n\0\0\0\0\0\0\0\0\0\n";
    FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_read_line(fp, &b, 8), -3);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_int_eq(memcmp(b.data, "a\0b", 3), 0);
    ck_assert_int_eq(ag_read_line(fp, &b, 8), 1);
    ck_assert_str_eq(b.data, "next");
    ck_assert_int_eq(ag_read_line(fp, &b, 8), -1); /* over the cap first */
    ck_assert_uint_eq(b.len, 8);
    ck_assert_int_eq(ag_read_line(fp, &b, 8), 0);
    fclose(fp);
    ag_buf_free(&b);
}
END_TEST

START_TEST(only_real_dates_are_dates)
{
    static const char *const good[] = {"2024", "2024-02", "2024-02-29", "2000-02-29", "1999-12-31", "202402",
                                       "20240229", "0001-01-01", NULL};
    static const char *const bad[] = {"", "24", "2023-02-29", "1900-02-29", "2024-00", "2024-13", "2024-04-31",
                                      "2024-01-00", "2024-1-01", "2024/01/01", "20230229", "202413",
                                      "2024-01-01T00:00", "2024-01-0x", "abcd", "2024-", NULL};
    for (int i = 0; good[i]; i++)
        ck_assert_msg(ag_date_valid(good[i]), "%s is a date", good[i]);
    for (int i = 0; bad[i]; i++)
        ck_assert_msg(!ag_date_valid(bad[i]), "%s is no date", bad[i]);
}
END_TEST

START_TEST(counts_saturate)
{
    ck_assert_int_eq(ag_count_add(2, 3), 5);
    ck_assert_int_eq(ag_count_add(AG_COUNT_MAX - 1, 1), AG_COUNT_MAX);
    ck_assert_int_eq(ag_count_add(AG_COUNT_MAX, AG_COUNT_MAX), AG_COUNT_MAX);
    ck_assert_int_eq(ag_count_add(AG_COUNT_MAX, 1), AG_COUNT_MAX);
}
END_TEST

START_TEST(nfc_composes_accents)
{
    ag_arena *a = ag_arena_new();
    const char *ascii = "Jose Marti";
    ck_assert_ptr_eq(ag_utf8_nfc(a, ascii), ascii); /* nothing to do: no copy */
    ck_assert_str_eq(ag_utf8_nfc(a, "Jose\xCC\x81 Mart\xC3\xAD"), "Jos\xC3\xA9 Mart\xC3\xAD");
    ck_assert_str_eq(ag_utf8_nfc(a, "\xE2\x84\xAB"), "\xC3\x85"); /* Angstrom sign: A with ring */
    ck_assert_str_eq(ag_slug(a, ag_utf8_nfc(a, "Erdog\xCC\x86" "an")), "erdogan");
    ag_arena_free(a);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("common");
    TCase *tc = tcase_create("common");
    tcase_add_test(tc, lines_are_capped_and_the_rest_is_consumed);
    tcase_add_test(tc, slugs_fold_letters_and_utf8_is_repaired);
    tcase_add_test(tc, the_map_grows_and_replaces);
    tcase_add_test(tc, a_nul_byte_is_reported_and_ends_no_line);
    tcase_add_test(tc, only_real_dates_are_dates);
    tcase_add_test(tc, counts_saturate);
    tcase_add_test(tc, nfc_composes_accents);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
