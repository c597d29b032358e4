/* Lexicon: the embedded default, lookups by phrase and case, overrides,
 * and messages for malformed files. */
#include <string.h>

#include "lexicon.h"
#include "names.h"
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

/* A form holding a mark is keyed by its tokens, as the text's are: "T&T"
 * and "Bosnia & Herzegovina" are the tokens "T" "&" "T" and "Bosnia" "&"
 * "Herzegovina" (the extractor's phrase matcher reads them so). */
START_TEST(forms_with_marks_keyed_by_tokens)
{
    ck_assert_str_eq(first("T & T", NULL)->code, "TTO");
    ck_assert_str_eq(first("Trinidad & Tobago", NULL)->code, "TTO");
    ck_assert_str_eq(first("Bosnia & Herzegovina", NULL)->code, "BIH");
    ck_assert_str_eq(first("St Kitts & Nevis", NULL)->code, "KNA");
    ck_assert_str_eq(first("U.A.E.", NULL)->code, "ARE");
    ck_assert_str_eq(first("Cote d'Ivoire", NULL)->code, "CIV");
    ck_assert_str_eq(first("Guinea-Bissau", NULL)->code, "GNB");
    ck_assert_ptr_nonnull(first("Foreign , Commonwealth and Development Office", NULL));
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

/* GeoNames cities: a place with its country's code, by name, ASCII name and
 * English spelling; an override adds one; a bad one is refused by place. */
START_TEST(places_from_geonames)
{
    ck_assert_uint_ge(ag_lexicon_count(lx, AG_LX_PLACE), 1000);
    const ag_lx_entry *e = first("Sochi", NULL);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, AG_LX_PLACE);
    ck_assert_str_eq(e->code, "RUS");
    ck_assert_str_eq(first("Istanbul", NULL)->name, "\u0130stanbul");
    ck_assert_str_eq(first("Geneva", NULL)->name, "Gen\u00e8ve");
    ck_assert_int_eq(first("Ankara", NULL)->kind, AG_LX_COUNTRY); /* a capital stays a country form */
    const char *extra = "{\"places\":[{\"name\":\"Strelsau\",\"country\":\"RUR\",\"aliases\":[\"Strelsaw\"]}]}";
    ag_error err;
    ck_assert_int_eq(ag_lexicon_add_json(lx, extra, strlen(extra), "extra.json", &err), AG_OK);
    ck_assert_str_eq(first("Strelsaw", NULL)->code, "RUR");
    const char *bad = "{\n \"places\": [\n  {\"name\": \"X\", \"country\": 3}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, bad, strlen(bad), "p.json", &err), AG_EINPUT);
    ck_assert_msg(strstr(err.msg, "p.json:3:") && strstr(err.msg, "places[0]"), "message was: %s", err.msg);
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

/* The classes of a word as the tokenizer sees it. */
static uint64_t classes(const char *word)
{
    return ag_vocab_classify(ag_lexicon_vocab(lx), word, strlen(word), NULL);
}

/* The same in the second class word (WC2). */
static uint64_t classes2(const char *word)
{
    uint64_t c2;
    ag_vocab_classes(ag_lexicon_vocab(lx), word, strlen(word), NULL, &c2);
    return c2;
}

START_TEST(word_classes_come_from_the_lexicon)
{
    ck_assert(classes("the") & WC(DETERMINER));
    ck_assert(classes("THE") & WC(DETERMINER));
    ck_assert(classes("said") & WC(SPEECH_VERB));
    ck_assert(!(classes("said") & WC(LIGHT_VERB)));
    ck_assert(classes("government") & WC(GOVERNMENT_NOUN));
    ck_assert(classes("would") & WC(IRREALIS));
    /* exact spellings: the honorific "Sir", not "sir" */
    ck_assert(classes("Sir") & WC(HONORIFIC));
    ck_assert(!(classes("sir") & WC(HONORIFIC)));
    /* computed: "condemned" starts a stance form, "foreign" a longer form */
    ck_assert(classes("condemned") & WC(PREDICATE_START));
    ck_assert(classes("foreign") & WC(FORM_PREFIX));
    ck_assert(!(classes("banana") & (WC_PHRASE_START | WC(PREDICATE_START))));
    /* the second class word, named and read alike */
    ck_assert(classes2("Counterparts") & WC2(COUNTERPART_NOUN));
    ck_assert(classes2("capital") & WC2(CAPITAL_NOUN));
    ck_assert(!(classes2("capital") & WC2(CITY_NOUN)));
    ck_assert(!(classes2("the") & WC2(COUNTERPART_NOUN)));
    ck_assert_str_eq(ag_word_class_name(WCI_COUNTERPART_NOUN), "counterpart_noun");
    ck_assert_int_eq(ag_word_class_parse("counterpart_noun"), WCI_COUNTERPART_NOUN);
    ck_assert_ptr_null(ag_word_class_name(WCI_FORM_WORD));
}
END_TEST

/* Names from sources that give no kind read through the word classes. */
START_TEST(names_read_as_persons_or_bodies)
{
    const ag_vocab *v = ag_lexicon_vocab(lx);
    ck_assert(ag_name_is_personal(v, "Recep Tayyip Erdogan"));
    ck_assert(ag_name_is_personal(v, "Ahmad al Said"));
    ck_assert(!ag_name_is_personal(v, "Erdogan"));                  /* one word */
    ck_assert(!ag_name_is_personal(v, "ahmad said"));               /* not capitalized */
    ck_assert(!ag_name_is_personal(v, "Police (Turkey)"));          /* a role */
    ck_assert(!ag_name_is_personal(v, "Ministry of Defense"));      /* org_head */
    ck_assert(!ag_name_is_personal(v, "Wagner Group"));             /* collective_word */
    ck_assert(!ag_name_is_personal(v, "Islamic Republic of Iran")); /* state_noun */
    ck_assert(!ag_name_is_personal(v, "Interim Government"));       /* institution_noun */
    ck_assert(!ag_name_is_personal(v, "Al-Aqsa Martyrs Brigade"));
}
END_TEST

START_TEST(lemmas_and_verbs_from_wordnet)
{
    const ag_vocab *v = ag_lexicon_vocab(lx);
    const ag_word *said = ag_vocab_word(v, ag_vocab_find(v, "Said", 4));
    ck_assert_ptr_nonnull(said);
    ck_assert_str_eq(ag_vocab_text(v, said->lemma), "say");
    ck_assert(said->pos & AG_POS_VERB);
    const ag_word *met = ag_vocab_word(v, ag_vocab_find(v, "met", 3));
    ck_assert_str_eq(ag_vocab_text(v, met->lemma), "meet");
    ck_assert_int_ge(met->verb, 0);
    ck_assert_str_eq(ag_lexicon_entry(lx, (uint32_t)met->verb)->name, "meet");
    /* Irregular and doubled forms from verb.exc, not from a table. */
    ck_assert_str_eq(first("slammed", NULL)->label, "criticize");
    ck_assert_str_eq(first("forgave", NULL)->name, "forgive");
    ck_assert_str_eq(first("banning", NULL)->name, "ban");
    const ag_word *leaders = ag_vocab_word(v, ag_vocab_find(v, "leaders", 7));
    ck_assert_str_eq(ag_vocab_text(v, leaders->lemma), "leader");
    ck_assert(leaders->pos & AG_POS_NOUN);
}
END_TEST

START_TEST(a_word_class_is_replaced_by_an_override)
{
    const char *extra = "{\"word_classes\": [{\"class\": \"speech_verb\", \"words\": [\"quipped\"]},"
                        " {\"class\": \"abbreviation\", \"words\": [\"gen\", \"amb\", \"excl\"]}],"
                        " \"titles\": [{\"title\": \"Excl. Envoy\", \"role\": \"GOV\"}]}";
    ag_error err;
    ck_assert_int_eq(ag_lexicon_add_json(lx, extra, strlen(extra), "extra.json", &err), AG_OK);
    ck_assert(classes("quipped") & WC(SPEECH_VERB));
    ck_assert(!(classes("said") & WC(SPEECH_VERB)));
    ck_assert(classes("said") & WC(REPORT_VERB)); /* other classes stay */
    /* A class of the second word is replaced alike, and may be exact. */
    const char *two = "{\"word_classes\": [{\"class\": \"capital_noun\", \"words\": [\"seat\"]},"
                      " {\"class\": \"city_noun\", \"case\": \"exact\", \"words\": [\"Town\"]}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, two, strlen(two), "two.json", &err), AG_OK);
    ck_assert(classes2("SEAT") & WC2(CAPITAL_NOUN));
    ck_assert(!(classes2("capital") & WC2(CAPITAL_NOUN)));
    ck_assert(classes2("Town") & WC2(CITY_NOUN));
    ck_assert(!(classes2("town") & WC2(CITY_NOUN)));
    ck_assert(!(classes2("city") & WC2(CITY_NOUN)));
    ck_assert(classes("seat") == 0); /* the bit is not the first word's */
    /* The new abbreviation keeps its period in forms loaded after it. */
    ck_assert_ptr_nonnull(first("excl. envoy", NULL));
}
END_TEST

START_TEST(bad_word_classes_name_the_place)
{
    ag_error err;
    const char *unknown = "{\n \"word_classes\": [\n  {\"class\": \"colour\", \"words\": [\"red\"]}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, unknown, strlen(unknown), "w.json", &err), AG_EINPUT);
    ck_assert_msg(strncmp(err.msg, "w.json:3:13: ", 13) == 0, "message was: %s", err.msg);
    ck_assert_ptr_nonnull(strstr(err.msg, "unknown class \"colour\""));
    const char *two = "{\"word_classes\": [{\"class\": \"be\", \"words\": [\"is not\"]}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, two, strlen(two), "t.json", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "one word"));
    const char *pos = "{\"lemmas\": [{\"lemma\": \"go\", \"pos\": \"adverb\", \"forms\": [\"went\"]}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, pos, strlen(pos), "p.json", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "lemmas[0]"));
}
END_TEST

/* The relation rules: named, in order; an override replaces one by name
 * and puts a new one before the rule it names. */
static long rule_index(const char *name)
{
    size_t n;
    const ag_lx_rule *r = ag_lexicon_rules(lx, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(r[i].name, name) == 0)
            return (long)i;
    return -1;
}

START_TEST(relation_rules_are_data)
{
    size_t n;
    const ag_lx_rule *r = ag_lexicon_rules(lx, &n);
    ck_assert_uint_ge(n, 20);
    long svo = rule_index("svo"), pas = rule_index("passive_agent");
    ck_assert_int_ge(pas, 0);
    ck_assert_int_gt(svo, pas);
    ck_assert_uint_eq(r[pas].need, AG_RC_PASSIVE | AG_RC_BY_AGENT);
    ck_assert_uint_eq(r[pas].deny, AG_RC_NOUN);
    ck_assert_int_eq(r[pas].roles, AG_RR_PASSIVE);
    ck_assert_int_eq(r[pas].effect, AG_RE_STANCE);
    const char *o = "{\"rules\": [{\"name\": \"svo\", \"when\": [\"verb\"], \"roles\": \"svo\", \"effect\": \"none\"},"
                    " {\"name\": \"mine\", \"labels\": [\"praise\"], \"codes\": [\"05\"], \"polarity\": \"+\","
                    " \"roles\": \"svo\", \"effect\": \"stance\", \"before\": \"svo\", \"reach\": 5}]}";
    ag_error err;
    ck_assert_int_eq(ag_lexicon_add_json(lx, o, strlen(o), "extra.json", &err), AG_OK);
    r = ag_lexicon_rules(lx, &n);
    ck_assert_int_eq(rule_index("svo"), svo + 1);
    ck_assert_int_eq(rule_index("mine"), svo);
    ck_assert_int_eq(r[svo + 1].effect, AG_RE_NONE);
    ck_assert_str_eq(r[svo].labels[0], "praise");
    ck_assert_str_eq(r[svo].codes, " 05 ");
    ck_assert_int_eq(r[svo].polarity, 1);
    ck_assert_int_eq(r[svo].reach, 5);
    const char *bad = "{\"rules\": [{\"name\": \"x\", \"when\": [\"sideways\"]}]}";
    ck_assert_int_eq(ag_lexicon_add_json(lx, bad, strlen(bad), "bad.json", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.json"));
    ck_assert_ptr_nonnull(strstr(err.msg, "unknown condition sideways"));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("lexicon");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, default_lexicon_is_broad);
    tcase_add_test(tc, countries_by_every_form);
    tcase_add_test(tc, forms_with_marks_keyed_by_tokens);
    tcase_add_test(tc, titles_and_verbs_in_any_case);
    tcase_add_test(tc, override_replaces_by_name);
    tcase_add_test(tc, malformed_files_name_the_place);
    tcase_add_test(tc, places_from_geonames);
    tcase_add_test(tc, word_classes_come_from_the_lexicon);
    tcase_add_test(tc, lemmas_and_verbs_from_wordnet);
    tcase_add_test(tc, names_read_as_persons_or_bodies);
    tcase_add_test(tc, a_word_class_is_replaced_by_an_override);
    tcase_add_test(tc, bad_word_classes_name_the_place);
    tcase_add_test(tc, relation_rules_are_data);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
