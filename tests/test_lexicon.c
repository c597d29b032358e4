/* Lexicon: the embedded default, lookups by phrase and case, overrides,
 * and messages for malformed files. */
#include <string.h>

#include "lexicon.h"
#include "testutil.h"

static ag_lexicon *lx;

static void setup(void)
{
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
}

static void teardown(void) { ag_lexicon_free(lx); }

static const ag_lx_entry *first(const char *phrase, ag_lx_form *form)
{
    ag_lx_hit h[8];
    size_t n = ag_lexicon_lookup(lx, phrase, h, 8);
    if (!n)
        return NULL;
    if (form)
        *form = (ag_lx_form)h[0].form;
    return ag_lexicon_entry(lx, h[0].entry);
}

START_TEST(default_lexicon_is_broad)
{
    ck_assert_uint_ge(ag_lexicon_count(lx, AG_LX_COUNTRY), 190);
    ck_assert_uint_ge(ag_lexicon_count(lx, AG_LX_ORG), 60);
    ck_assert_uint_ge(ag_lexicon_count(lx, AG_LX_VERB), 50);
    ck_assert_int_ge(ag_lexicon_max_words(lx), 4);
}
END_TEST

START_TEST(countries_by_every_form)
{
    ag_lx_form f;
    const ag_lx_entry *e = first("Turkey", &f);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->code, "TUR");
    ck_assert_int_eq(f, AG_FORM_NAME);
    e = first("Ankara", &f);
    ck_assert_str_eq(e->name, "Turkey");
    ck_assert_int_eq(f, AG_FORM_CAPITAL);
    e = first("Turkish", &f);
    ck_assert_str_eq(e->name, "Turkey");
    ck_assert_int_eq(f, AG_FORM_ADJ);
    ck_assert_str_eq(first("U.S.", NULL)->name, "United States");
    ck_assert_str_eq(first("Kremlin", NULL)->name, "Russia");
    /* Capitalized names match as written: the bird is not the country. */
    ck_assert_ptr_null(first("turkey", NULL));
}
END_TEST

START_TEST(titles_and_verbs_in_any_case)
{
    const ag_lx_entry *e = first("defense minister", NULL);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, AG_LX_TITLE);
    e = first("condemned", NULL);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, AG_LX_VERB);
    ck_assert_str_eq(e->label, "condemn");
    ck_assert_int_eq(e->polarity, -1);
    ck_assert_str_eq(e->code, "111");
}
END_TEST

START_TEST(override_replaces_by_name)
{
    const char *extra = "{\"countries\":[{\"name\":\"Turkey\",\"code\":\"TUR\",\"aliases\":[\"Tuerkei\"]}],"
                        "\"organizations\":[{\"name\":\"Ruritanian League\",\"code\":\"IGORUR\",\"aliases\":[\"RL\"]}]}";
    ag_error err;
    ck_assert_int_eq(ag_lexicon_add_json(lx, extra, strlen(extra), "extra.json", &err), AG_OK);
    ck_assert_str_eq(first("Tuerkei", NULL)->name, "Turkey");
    ck_assert_ptr_null(first("Ankara", NULL)); /* the old entry is gone */
    ck_assert_str_eq(first("RL", NULL)->code, "IGORUR");
    ck_assert_int_ge(ag_lexicon_find(lx, AG_LX_ORG, "Ruritanian League"), 0);
}
END_TEST

START_TEST(malformed_files_name_the_place)
{
    ag_error err;
    const char *bad = "{\n  \"countries\": [\n    {\"name\": \"X\",}\n  ]\n}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, bad, strlen(bad), "bad.json", &err), AG_EINPUT);
    ck_assert_msg(strncmp(err.msg, "bad.json:3:", 11) == 0, "message was: %s", err.msg);
    const char *wrong = "{\n \"verbs\": [\n  {\"lemma\": \"x\", \"polarity\": 5}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, wrong, strlen(wrong), "w.json", &err), AG_EINPUT);
    /* Placed at the entry's name: line 3, column 13. */
    ck_assert_msg(strncmp(err.msg, "w.json:3:13: ", 13) == 0, "message was: %s", err.msg);
    ck_assert_ptr_nonnull(strstr(err.msg, "verbs[0]"));
    ck_assert_ptr_nonnull(strstr(err.msg, "polarity"));
    const char *section = "{\"colours\":[]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, section, strlen(section), "s.json", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "colours"));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("lexicon");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, default_lexicon_is_broad);
    tcase_add_test(tc, countries_by_every_form);
    tcase_add_test(tc, titles_and_verbs_in_any_case);
    tcase_add_test(tc, override_replaces_by_name);
    tcase_add_test(tc, malformed_files_name_the_place);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
