/* The extractor's per-document index (src/extract/xindex.c), and a long
 * document whose blocks must each come out as they do alone: the lookups
 * that replaced scans over all actors and relations still find the same
 * actor (the first of a name, the latest accuser) when thousands exist. */
#include <stdio.h>
#include <string.h>

#include "extract_int.h"
#include "testutil.h"

/* Values below `limit` are the valid ones. */
static int limit;

static int below(const xdoc *x, const xkey *k, int v)
{
    (void)x, (void)k;
    return v < limit;
}

START_TEST(first_is_the_smallest_valid_value)
{
    xdoc x;
    memset(&x, 0, sizeof x);
    xkey k = {XI_LEX, NULL, 7, 100};
    limit = 100;
    int in[] = {40, 12, 99, 5, 60, 5};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++)
        ck_assert_int_eq(ag__x_index_add(&x, &k, in[i]), 0);
    ck_assert_int_eq(ag__x_index_first(&x, &k, below, -1), 5);
    size_t n;
    ag__x_index_all(&x, &k, &n);
    ck_assert_uint_eq(n, 6); /* repeated ones kept */
    /* Excluding the first gives the next, and keeps the first. */
    ck_assert_int_eq(ag__x_index_first(&x, &k, below, 5), 12);
    ck_assert_int_eq(ag__x_index_first(&x, &k, below, -1), 5);
    /* Values that became invalid are passed over (and dropped). */
    limit = 40;
    ck_assert_int_eq(ag__x_index_first(&x, &k, below, 5), 12);
    limit = 5;
    ck_assert_int_eq(ag__x_index_first(&x, &k, below, -1), -1);
    ag__x_index_all(&x, &k, &n);
    ck_assert_uint_eq(n, 0);
    /* Another key with the same numbers is another bucket. */
    xkey other = {XI_ROOT, NULL, 7, 100};
    ck_assert_int_eq(ag__x_index_first(&x, &other, below, -1), -1);
    ag__x_index_free(x.index);
}
END_TEST

static int any(const xdoc *x, const xkey *k, int v)
{
    (void)x, (void)k, (void)v;
    return 1;
}

START_TEST(names_fold_case_only_where_the_tag_says)
{
    xdoc x;
    memset(&x, 0, sizeof x);
    ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME_CI, "Recep Erdogan", 0, 0}, 3), 0);
    ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME, "Recep Erdogan", 0, 0}, 3), 0);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, "RECEP erdogan", 0, 0}, any, -1), 3);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, "RECEP erdogan", 0, 0}, any, -1), -1);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, "Recep Erdogan", 0, 0}, any, -1), 3);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, "Recep Erdoga", 0, 0}, any, -1), -1);
    ag__x_index_free(x.index);
}
END_TEST

/* The hash reads 8 bytes a step, the tail in overlapping halves: every
 * length up to 40 folds A-Z (and only A-Z: bytes of 0x80 and above, and
 * '@' and '[' beside the letters, stay) and tells apart strings that
 * differ in one byte anywhere. The table is sized from the tokens: a
 * document of many tokens starts larger and still finds everything. */
START_TEST(every_length_hashes_by_its_bytes)
{
    xdoc x;
    memset(&x, 0, sizeof x);
    x.t.n_toks = 4000;
    static char up[41][44], low[41][44], odd[41][44];
    for (int n = 1; n <= 40; n++) {
        for (int i = 0; i < n; i++) {
            up[n][i] = "AbC\xc3\x89Z@[zQ"[i % 10];
            low[n][i] = "abc\xc3\x89z@[zq"[i % 10];
        }
        memcpy(odd[n], low[n], (size_t)n);
        odd[n][n / 2] ^= 1; /* one byte changed, in the middle */
        ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME_CI, up[n], 0, 0}, n), 0);
        ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME, up[n], 0, 0}, n), 0);
    }
    for (int n = 1; n <= 40; n++) {
        ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, low[n], 0, 0}, any, -1), n);
        ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, up[n], 0, 0}, any, -1), n);
        ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, low[n], 0, 0}, any, -1), -1);
        ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, odd[n], 0, 0}, any, -1), -1);
    }
    /* '@' and '[' are no letters: not 'a' and '{' in any case. */
    ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME_CI, "@[", 0, 0}, 1), 0);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, "`{", 0, 0}, any, -1), -1);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, "@[", 0, 0}, any, -1), 1);
    /* É in UTF-8 is not é: only ASCII folds. */
    ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME_CI, "\xc3\x89", 0, 0}, 2), 0);
    ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME_CI, "\xc3\xa9", 0, 0}, any, -1), -1);
    ag__x_index_free(x.index);
}
END_TEST

START_TEST(many_keys_survive_growth)
{
    xdoc x;
    memset(&x, 0, sizeof x);
    char names[5000][24];
    for (int i = 0; i < 5000; i++) {
        snprintf(names[i], sizeof names[i], "name %d", i);
        ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_NAME, names[i], 0, 0}, i), 0);
        ck_assert_int_eq(ag__x_index_add(&x, &(xkey){XI_STANCE, "condemn", i, i % 7}, 5000 - i), 0);
    }
    for (int i = 0; i < 5000; i++) {
        ck_assert_int_eq(ag__x_index_first(&x, &(xkey){XI_NAME, names[i], 0, 0}, any, -1), i);
        size_t n;
        const int *v = ag__x_index_all(&x, &(xkey){XI_STANCE, "condemn", i, i % 7}, &n);
        ck_assert_uint_eq(n, 1);
        ck_assert_int_eq(v[0], 5000 - i);
        ag__x_index_all(&x, &(xkey){XI_STANCE, "condemn", i, (i + 1) % 7}, &n);
        ck_assert_uint_eq(n, 0);
    }
    ck_assert_int_eq(x.oom, 0);
    ag__x_index_free(x.index);
}
END_TEST

static int has_stance(const ag_doc *d, const char *label, const char *src, const char *tgt)
{
    for (size_t i = 0; i < d->n_relations; i++) {
        const ag_relation *r = &d->relations[i];
        if (r->kind == AG_REL_STANCE && strcmp(r->label, label) == 0 && strcmp(r->participants[0], src) == 0 &&
            strcmp(r->participants[1], tgt) == 0)
            return 1;
    }
    return 0;
}

/* Block i: a new minister condemns a country, which rejects the
 * accusations of the one who just made them (not of an earlier accuser). */
START_TEST(a_long_document_resolves_each_block)
{
    static const char *const countries[] = {"France", "Germany", "Spain", "Italy", "Kenya", "Peru", "Japan"};
    enum { N = 2500 };
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    ag_buf text = AG_BUF_INIT;
    char first[N][8], last[N][12];
    for (int i = 0; i < N; i++) {
        /* Distinct names from the block number, in letters. */
        snprintf(first[i], sizeof first[i], "Zq%c%c", 'a' + i % 26, 'a' + i / 26 % 26);
        snprintf(last[i], sizeof last[i], "Qz%c%c%cov", 'a' + i / 676 % 26, 'a' + i / 26 % 26, 'a' + i % 26);
        const char *of = countries[i % 7], *at = countries[(i + 1 + i / 7) % 7];
        if (of == at)
            at = countries[(i + 2) % 7];
        ck_assert_int_eq(ag_buf_printf(&text, "Foreign Minister %s %s of %s condemned %s. %s rejected the accusations.\n",
                                       first[i], last[i], of, at, at),
                         0);
    }
    ag_doc_input in = {"long", text.data, text.len, NULL, NULL, NULL};
    ag_doc *d = NULL;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    for (int i = 0; i < N; i++) {
        const char *of = countries[i % 7], *at = countries[(i + 1 + i / 7) % 7];
        if (of == at)
            at = countries[(i + 2) % 7];
        char id[32], at_id[16];
        snprintf(id, sizeof id, "%s-%s", first[i], last[i]);
        for (char *p = id; *p; p++)
            *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        snprintf(at_id, sizeof at_id, "%s", at);
        at_id[0] = (char)(at_id[0] + 32);
        ck_assert_msg(has_stance(d, "condemn", id, at_id), "block %d: no condemn %s -> %s", i, id, at_id);
        ck_assert_msg(has_stance(d, "reject", at_id, id), "block %d: no reject %s -> %s", i, at_id, id);
    }
    ck_assert_uint_eq(d->n_relations, 2 * N);
    ck_assert_uint_eq(d->n_actors, N + 7);
    ag_doc_free(d);
    ag_buf_free(&text);
    ag_lexicon_free(lx);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("xindex");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, first_is_the_smallest_valid_value);
    tcase_add_test(tc, names_fold_case_only_where_the_tag_says);
    tcase_add_test(tc, many_keys_survive_growth);
    tcase_add_test(tc, every_length_hashes_by_its_bytes);
    tcase_add_test(tc, a_long_document_resolves_each_block);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
