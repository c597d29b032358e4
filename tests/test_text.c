/* Sentence splitting and tokens: abbreviations, dotted acronyms, curly
 * quotes, possessives, line breaks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "testutil.h"
#include "text.h"

/* The default lexicon's vocabulary: abbreviations and word classes, loaded
 * once for the suite (the tests only read it). */
static ag_lexicon *lx;
static const ag_vocab *V;

static void setup(void)
{
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    V = ag_lexicon_vocab(lx);
}

static void teardown(void) { ag_lexicon_free(lx); }

static char *tok(const ag_text *t, size_t i)
{
    static char buf[128];
    return ag_token_str(t, i, buf, sizeof buf);
}

static char *sent(const ag_text *t, size_t i)
{
    static char buf[512];
    size_t n = t->sents[i].end - t->sents[i].start;
    memcpy(buf, t->text + t->sents[i].start, n);
    buf[n] = '\0';
    return buf;
}

START_TEST(abbreviations_do_not_end_sentences)
{
    const char *s = "The U.S. State Department spoke on Dec.15 and Mr. Smith agreed. Then Gen. Ali left.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_uint_eq(t.n_sents, 2);
    ck_assert_str_eq(sent(&t, 0), "The U.S. State Department spoke on Dec.15 and Mr. Smith agreed.");
    ck_assert_str_eq(sent(&t, 1), "Then Gen. Ali left.");
    ck_assert_str_eq(tok(&t, 1), "U.S.");
    ck_assert(t.toks[1].flags & AG_TOK_UPPER);
    ck_assert_str_eq(tok(&t, 6), "Dec.15");
    ag_text_free(&t);
}
END_TEST

START_TEST(closing_quotes_stay_with_their_sentence)
{
    const char *s = "He said it will \xE2\x80\x9Crehabilitate the dictator.\xE2\x80\x9D She left! \"Why?\" he asked.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_uint_eq(t.n_sents, 3);
    ck_assert_str_eq(sent(&t, 0), "He said it will \xE2\x80\x9Crehabilitate the dictator.\xE2\x80\x9D");
    ck_assert_str_eq(sent(&t, 1), "She left!");
    /* "? he asked" continues the sentence: the next word is lower-case. */
    ck_assert_str_eq(sent(&t, 2), "\"Why?\" he asked.");
    ck_assert(t.toks[4].flags & AG_TOK_OPENQ);
    ag_text_free(&t);
}
END_TEST

START_TEST(possessives_are_tokens)
{
    const char *s = "Turkey\xE2\x80\x99s army and the Solomon Islands\xE2\x80\x99 minister met O'Brien.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_str_eq(tok(&t, 0), "Turkey");
    ck_assert_str_eq(tok(&t, 1), "'s");
    ck_assert(t.toks[1].flags & AG_TOK_POSS);
    ck_assert_str_eq(tok(&t, 6), "Islands");
    ck_assert(t.toks[7].flags & AG_TOK_POSS);
    ck_assert_str_eq(tok(&t, 10), "O'Brien");
    ag_text_free(&t);
}
END_TEST

START_TEST(lines_are_sentences_and_hyphens_join)
{
    const char *s = "Headline without a period\nKim Jong-un met al-Assad \xE2\x80\x94 again";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_uint_eq(t.n_sents, 2);
    ck_assert_str_eq(sent(&t, 0), "Headline without a period");
    ck_assert_str_eq(tok(&t, 5), "Jong-un");
    ck_assert_str_eq(tok(&t, 7), "al-Assad");
    ck_assert(t.toks[8].flags & AG_TOK_PUNCT);
    ag_text_free(&t);
}
END_TEST

START_TEST(empty_and_blank_text)
{
    ag_text t;
    ck_assert_int_eq(ag_text_split("", 0, V, &t), AG_OK);
    ck_assert_uint_eq(t.n_sents, 0);
    ag_text_free(&t);
    ck_assert_int_eq(ag_text_split(" \n\n ", 4, V, &t), AG_OK);
    ck_assert_uint_eq(t.n_toks, 0);
    ag_text_free(&t);
}
END_TEST

START_TEST(without_a_vocabulary_only_initials_keep_their_period)
{
    const char *s = "Then Gen. Ali left. J. Smith came.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), NULL, &t), AG_OK);
    ck_assert_str_eq(tok(&t, 1), "Gen");
    ck_assert_uint_eq(t.n_sents, 3);
    ck_assert_str_eq(tok(&t, 6), "J.");
    ck_assert_uint_eq(t.toks[0].word, 0);
    ck_assert(t.toks[0].cls == 0);
    ag_text_free(&t);
}
END_TEST

/* A split pair: its words looked up again, its hyphens marked as pairs,
 * and the later sentences' token ranges moved. */
START_TEST(a_split_pair_keeps_sentences_and_classes)
{
    const char *s = "The US-China-Russia talks began. The talks ended.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_uint_eq(t.n_toks, 9);
    ck_assert_int_eq(ag_text_split_pair(&t, 1, V, 1), AG_OK);
    ck_assert_uint_eq(t.n_toks, 13);
    ck_assert_str_eq(tok(&t, 1), "US");
    ck_assert_str_eq(tok(&t, 2), "-");
    ck_assert_str_eq(tok(&t, 3), "China");
    ck_assert_str_eq(tok(&t, 5), "Russia");
    ck_assert_str_eq(tok(&t, 6), "talks");
    ck_assert(t.toks[2].flags & AG_TOK_PAIR);
    ck_assert(t.toks[4].flags & AG_TOK_PAIR);
    ck_assert(!(t.toks[3].flags & AG_TOK_PAIR));
    ck_assert(t.toks[1].flags & AG_TOK_UPPER);
    ck_assert(t.toks[3].flags & AG_TOK_CAP);
    ck_assert(t.toks[3].cls & WC_PHRASE_START);
    ck_assert_uint_eq(t.sents[0].tok_start, 0);
    ck_assert_uint_eq(t.sents[0].tok_end, 9);
    ck_assert_uint_eq(t.sents[1].tok_start, 9);
    ck_assert_uint_eq(t.sents[1].tok_end, 13);
    ck_assert_str_eq(tok(&t, 12), ".");
    ag_text_free(&t);
    /* Without the hyphens: the words of a hyphenated title. */
    const char *u = "Vice-Premier Liu met him.";
    ck_assert_int_eq(ag_text_split(u, strlen(u), V, &t), AG_OK);
    ck_assert_int_eq(ag_text_split_pair(&t, 0, V, 0), AG_OK);
    ck_assert_uint_eq(t.n_toks, 6);
    ck_assert_str_eq(tok(&t, 0), "Vice");
    ck_assert_str_eq(tok(&t, 1), "Premier");
    ck_assert(t.toks[1].flags & AG_TOK_CAP);
    ck_assert_uint_eq(t.sents[0].tok_end, 6);
    ag_text_free(&t);
}
END_TEST

START_TEST(every_token_carries_its_word_and_classes)
{
    const char *s = "In May the Government may NOT meet; Sheikh al-Thani said THE sheikh spoke.";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    /* Any-case classes, whatever the spelling. */
    ck_assert(t.toks[2].cls & WC(DETERMINER));
    ck_assert(t.toks[11].cls & WC(DETERMINER));
    ck_assert(t.toks[5].cls & WC(NEGATION));
    ck_assert(t.toks[7].cls & WC(CLAUSE_BREAK));
    ck_assert(t.toks[10].cls & WC(SPEECH_VERB));
    /* Exact classes only as written: "May" the month is a time word, the
     * modal "may" is not; "Sheikh" is an honorific, "sheikh" is not. */
    ck_assert(t.toks[1].cls & WC(TIME_WORD));
    ck_assert(t.toks[1].cls & WC(MODAL));
    ck_assert(!(t.toks[4].cls & WC(TIME_WORD)));
    ck_assert(t.toks[4].cls & WC(MODAL));
    ck_assert(t.toks[3].cls & WC(TIME_WORD));
    ck_assert(t.toks[8].cls & WC(HONORIFIC));
    ck_assert(!(t.toks[12].cls & WC(HONORIFIC)));
    /* One word, one id, in any case. */
    ck_assert_uint_ne(t.toks[2].word, 0);
    ck_assert_uint_eq(t.toks[2].word, t.toks[11].word);
    ck_assert_uint_eq(t.toks[1].word, t.toks[4].word);
    /* A word the lexicon starts phrases with. */
    ck_assert(t.toks[3].cls & WC_PHRASE_START);
    ag_text_free(&t);
}
END_TEST

/* Text without sentence breaks is cut into sentences of at most
 * AG_SENTENCE_MAX bytes, between tokens, after a comma when the second half
 * of the piece has one; every token stays in exactly one sentence. */
START_TEST(overlong_sentences_are_cut_between_tokens)
{
    size_t cap = 20000;
    char *s = malloc(cap + 16);
    size_t n = 0;
    for (int i = 0; n < cap; i++)
        n += (size_t)sprintf(s + n, i % 37 == 36 ? "word%d, " : "word%d ", i);
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, n, V, &t), AG_OK);
    ck_assert_uint_ge(t.n_sents, n / AG_SENTENCE_MAX);
    size_t next = 0;
    for (size_t i = 0; i < t.n_sents; i++) {
        const ag_sentence *se = &t.sents[i];
        ck_assert_uint_eq(se->tok_start, next);
        next = se->tok_end;
        ck_assert_uint_le(se->end - se->start, AG_SENTENCE_MAX);
        if (i + 1 < t.n_sents) {
            ck_assert_uint_gt(se->end - se->start, AG_SENTENCE_MAX / 2);
            ck_assert_msg(strcmp(tok(&t, se->tok_end - 1), ",") == 0, "sentence %zu ends with %s", i,
                          tok(&t, se->tok_end - 1));
        }
    }
    ck_assert_uint_eq(next, t.n_toks);
    ag_text_free(&t);
    /* No comma: cut before the token that would pass the limit. */
    n = 0;
    for (int i = 0; n < cap; i++)
        n += (size_t)sprintf(s + n, "w%d ", i);
    ck_assert_int_eq(ag_text_split(s, n, V, &t), AG_OK);
    ck_assert_uint_gt(t.n_sents, 1);
    for (size_t i = 0; i + 1 < t.n_sents; i++) {
        ck_assert_uint_le(t.sents[i].end - t.sents[i].start, AG_SENTENCE_MAX);
        ck_assert_uint_gt(t.toks[t.sents[i].tok_end].end - t.sents[i].start, AG_SENTENCE_MAX);
    }
    ag_text_free(&t);
    /* One token longer than the limit stays one sentence, its own. */
    memset(s, 'a', 5000);
    memcpy(s + 5000, " is long. Next one.", 20);
    ck_assert_int_eq(ag_text_split(s, strlen(s), V, &t), AG_OK);
    ck_assert_uint_eq(t.n_sents, 3);
    ck_assert_uint_eq(t.sents[0].end - t.sents[0].start, 5000);
    ck_assert_str_eq(sent(&t, 1), "is long.");
    ag_text_free(&t);
    free(s);
}
END_TEST

/* Words at the fold buffer's limit (AG_WORD_MAX bytes): one token each,
 * however long, ending where the letters end; the text's last word runs to
 * its end. */
START_TEST(words_past_the_fold_limit_stay_one_token)
{
    char s[600];
    size_t n = 0;
    size_t lens[] = {AG_WORD_MAX - 1, AG_WORD_MAX, AG_WORD_MAX + 1, 3 * AG_WORD_MAX};
    for (size_t w = 0; w < 4; w++) {
        memset(s + n, 'A' + (int)w, lens[w]);
        n += lens[w];
        memcpy(s + n, w == 1 ? ", " : " ", w == 1 ? 2 : 1);
        n += w == 1 ? 2 : 1;
    }
    memcpy(s + n, "said. ", 6);
    n += 6;
    memset(s + n, 'Z', AG_WORD_MAX);
    n += AG_WORD_MAX;
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, n, V, &t), AG_OK);
    ck_assert_uint_eq(t.n_toks, 8);
    ck_assert_uint_eq(t.n_sents, 2);
    for (size_t w = 0; w < 4; w++) {
        size_t k = w < 2 ? w : w + 1; /* the comma after the second */
        ck_assert_uint_eq(t.toks[k].end - t.toks[k].start, lens[w]);
        ck_assert(t.toks[k].flags & AG_TOK_UPPER);
    }
    ck_assert_str_eq(tok(&t, 2), ",");
    ck_assert_str_eq(tok(&t, 5), "said");
    ck_assert(t.toks[5].word != 0);
    ck_assert_uint_eq(t.toks[7].end, n);
    ag_text_free(&t);
}
END_TEST

/* A word with a byte 0xE2 (broken UTF-8 before a curly apostrophe) is
 * looked up as the vocabulary folds it: that apostrophe made straight. */
START_TEST(a_broken_curly_quote_in_a_word_is_folded_by_the_vocabulary)
{
    ag_vocab *v = ag_vocab_new();
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(ag_vocab_add_class(v, "ab\xE2'cd", 6, WCI_MONTH), 0);
    const char *s = "in ab\xE2\xE2\x80\x99"
                    "cd now";
    ag_text t;
    ck_assert_int_eq(ag_text_split(s, strlen(s), v, &t), AG_OK);
    ck_assert_uint_eq(t.n_toks, 3);
    ck_assert_uint_eq(t.toks[1].end - t.toks[1].start, 8);
    ck_assert(t.toks[1].cls & WC(MONTH));
    ck_assert_uint_ne(t.toks[1].word, 0);
    ag_text_free(&t);
    ag_vocab_free(v);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("split");
    tcase_add_unchecked_fixture(tc, setup, teardown);
    tcase_add_test(tc, abbreviations_do_not_end_sentences);
    tcase_add_test(tc, closing_quotes_stay_with_their_sentence);
    tcase_add_test(tc, possessives_are_tokens);
    tcase_add_test(tc, lines_are_sentences_and_hyphens_join);
    tcase_add_test(tc, empty_and_blank_text);
    tcase_add_test(tc, without_a_vocabulary_only_initials_keep_their_period);
    tcase_add_test(tc, every_token_carries_its_word_and_classes);
    tcase_add_test(tc, a_split_pair_keeps_sentences_and_classes);
    tcase_add_test(tc, overlong_sentences_are_cut_between_tokens);
    tcase_add_test(tc, words_past_the_fold_limit_stay_one_token);
    tcase_add_test(tc, a_broken_curly_quote_in_a_word_is_folded_by_the_vocabulary);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
