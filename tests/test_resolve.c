/* The resolution stage (src/extract/resolve.c): the coreference table is
 * built by the mention pass alone — no relation is found here — and then
 * answers pronouns, head words, group references and acronyms. */
#include <stdio.h>
#include <string.h>

#include "extract_int.h"
#include "testutil.h"

static ag_lexicon *lx;

static void load(void)
{
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
}

static void unload(void) { ag_lexicon_free(lx); }

/* Finds the mentions of `text` as ag_extract's final pass does, sentence
 * by sentence, without relating anything. */
static void mentions(xdoc *x, const char *text)
{
    memset(x, 0, sizeof *x);
    x->lx = lx;
    x->dominant = -1;
    x->doc = ag_doc_new();
    ck_assert_ptr_nonnull(x->doc);
    x->text = text;
    ck_assert_int_eq(ag_text_split(text, strlen(text), ag_lexicon_vocab(lx), &x->t), AG_OK);
    size_t n = x->t.n_toks + 1;
    x->tok_chunk = malloc(n * sizeof *x->tok_chunk);
    x->mfirst = malloc(n * sizeof *x->mfirst);
    x->mcount = calloc(n, sizeof *x->mcount);
    x->mkinds = calloc(n, sizeof *x->mkinds);
    ck_assert(x->tok_chunk && x->mfirst && x->mcount && x->mkinds);
    for (size_t i = 0; i < n; i++)
        x->tok_chunk[i] = -1;
    ag__x_lookups_init(x); /* as ag_extract does */
    x->pass = 2;
    ag__x_coref_reset(x);
    for (size_t s = 0; s < x->t.n_sents; s++)
        ck_assert_int_eq(ag__x_mentions_sentence(x, s), 0);
    ck_assert_uint_eq(x->n_rels, 0);
}

static void done(xdoc *x)
{
    ag__x_doc_free(x);
    ag_doc_free(x->doc);
}

/* The token of `word` (a whole word: its first occurrence after a blank
 * following `after`) in the text. */
static size_t tok(const xdoc *x, const char *after, const char *word)
{
    const char *a = strstr(x->text, after);
    ck_assert_ptr_nonnull(a);
    char blank_word[64];
    snprintf(blank_word, sizeof blank_word, " %s", word);
    const char *w = strstr(a, blank_word);
    ck_assert_ptr_nonnull(w);
    size_t off = (size_t)(w + 1 - x->text);
    for (size_t i = 0; i < x->t.n_toks; i++)
        if (x->t.toks[i].start == off)
            return i;
    ck_abort_msg("no token at '%s'", word);
    return 0;
}

static const char *actor_at(const xdoc *x, size_t t)
{
    int c = x->tok_chunk[t];
    return c >= 0 ? x->actors[x->chunks[c].actor].name : "(none)";
}

static const char *name(const xdoc *x, int a) { return a >= 0 ? x->actors[a].name : "(none)"; }

START_TEST(pronoun_is_who_acted_not_who_was_named_last)
{
    xdoc x;
    mentions(&x, "Ana Lima, Brazil's foreign minister, criticized Chile. Foreign Minister Jorge Ruiz of Peru "
                 "was also present. She condemned Argentina.");
    ck_assert_str_eq(name(&x, x.co.subject), "Ana Lima");
    ck_assert_str_eq(name(&x, x.co.person), "Jorge Ruiz");
    ck_assert_str_eq(actor_at(&x, tok(&x, "present", "She")), "Ana Lima");
    done(&x);
}
END_TEST

START_TEST(pronoun_prefers_a_person_of_its_sentence_outside_quotes)
{
    xdoc x;
    mentions(&x, "Ana Lima condemned Chile. \"We spoke with Foreign Minister Jorge Ruiz,\" he said. "
                 "Jorge Ruiz visited Cairo, where he met officials.");
    /* Inside the quote Jorge Ruiz is named, but "he" is the speaker
     * carried over: the subject of the first sentence. */
    ck_assert_str_eq(actor_at(&x, tok(&x, "Ruiz,", "he")), "Ana Lima");
    ck_assert_str_eq(actor_at(&x, tok(&x, "spoke", "Jorge")), "Jorge Ruiz");
    ck_assert_str_eq(actor_at(&x, tok(&x, "Cairo", "he")), "Jorge Ruiz");
    done(&x);
}
END_TEST

START_TEST(group_reference_takes_the_coordinated_group)
{
    xdoc x;
    mentions(&x, "Russia, China and Iran held talks in Tehran. The three countries condemned Israel.");
    int g[XC_GROUP_MAX];
    size_t k = tok(&x, "Tehran", "The");
    size_t n = ag__x_coref_group_at(&x, k, g, XC_GROUP_MAX);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(name(&x, g[0]), "Russia");
    ck_assert_str_eq(name(&x, g[1]), "China");
    ck_assert_str_eq(name(&x, g[2]), "Iran");
    /* The same reference, found from the word after it. */
    ck_assert_uint_eq(ag__x_coref_group_before(&x, k, tok(&x, "Tehran", "condemned"), g, XC_GROUP_MAX), 3);
    /* No reference starts at "Israel". */
    ck_assert_uint_eq(ag__x_coref_group_at(&x, tok(&x, "condemned", "Israel"), g, XC_GROUP_MAX), 0);
    done(&x);
}
END_TEST

START_TEST(the_two_are_the_last_two_persons_when_no_group_is_near)
{
    xdoc x;
    mentions(&x, "Peru and Chile held talks. Nothing happened on Monday. Nor on Tuesday. "
                 "Foreign Minister Ana Lima of Brazil met Foreign Minister Jorge Ruiz of Peru. "
                 "The two agreed to meet again.");
    int g[XC_GROUP_MAX];
    size_t n = ag__x_coref_group_at(&x, tok(&x, "Ruiz of Peru.", "The"), g, XC_GROUP_MAX);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(name(&x, g[0]), "Jorge Ruiz");
    ck_assert_str_eq(name(&x, g[1]), "Ana Lima");
    done(&x);
}
END_TEST

START_TEST(both_before_names_is_no_reference)
{
    xdoc x;
    mentions(&x, "Peru and Chile held talks. Both Kosovo and Serbia condemned it.");
    int g[XC_GROUP_MAX];
    ck_assert_uint_eq(ag__x_coref_group_at(&x, tok(&x, "talks", "Both"), g, XC_GROUP_MAX), 0);
    done(&x);
}
END_TEST

START_TEST(head_word_finds_the_latest_organization_it_heads)
{
    xdoc x;
    /* A force no lexicon names: its acronym is defined in the text. */
    mentions(&x, "The State Committee for National Security of the Republic of Belarus spoke. "
                 "The Coastal Defence Force (CDFR) replied. The committee said more. The CDFR said less.");
    ck_assert_str_eq(actor_at(&x, tok(&x, "replied", "committee")),
                     "State Committee for National Security of the Republic of Belarus");
    ck_assert_str_eq(actor_at(&x, tok(&x, "more", "CDFR")), "Coastal Defence Force");
    int a = ag__x_coref_acronym(&x, tok(&x, "more", "CDFR"));
    ck_assert_str_eq(name(&x, a), "Coastal Defence Force");
    /* "the force" is the latest organization headed by "Force". */
    ck_assert_int_eq(ag__x_coref_head(&x, tok(&x, "more", "said")), -1);
    done(&x);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("resolve");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, load, unload);
    tcase_add_test(tc, pronoun_is_who_acted_not_who_was_named_last);
    tcase_add_test(tc, pronoun_prefers_a_person_of_its_sentence_outside_quotes);
    tcase_add_test(tc, group_reference_takes_the_coordinated_group);
    tcase_add_test(tc, the_two_are_the_last_two_persons_when_no_group_is_near);
    tcase_add_test(tc, both_before_names_is_no_reference);
    tcase_add_test(tc, head_word_finds_the_latest_organization_it_heads);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
