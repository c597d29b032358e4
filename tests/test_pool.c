/* The generic pool (pool.h) and the extraction pool: results in submission order for any number of
 * threads, records written by the workers equal to sequential ones, and
 * the first failure stops the run. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_pool.h"
#include "pool.h"
#include "records.h"
#include "testutil.h"

typedef struct seen {
    char ids[64][16];
    int n;
    int fail_at;
    char *records;
    size_t len;
    FILE *fp;
} seen;

static ag_status sink(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err)
{
    seen *s = ud;
    if (s->n == s->fail_at)
        return ag_error_set(err, AG_EIO, "%s: sink refused", d->id);
    if (s->n < 64)
        snprintf(s->ids[s->n], sizeof s->ids[0], "%s", d->id);
    s->n++;
    if (records)
        fwrite(records, 1, len, s->fp);
    return AG_OK;
}

static const char *const texts[] = {"France condemned Iran.", "Peru and Chile agreed on the border.",
                                    "Kenyan President Amos Kibet met Ugandan officials in Kampala.",
                                    "Japan criticized China over the islands."};

static void run_pool(const ag_lexicon *lx, int jobs, seen *s)
{
    ag_error err;
    ag_extract_pool *p = NULL;
    s->fp = open_memstream(&s->records, &s->len);
    ck_assert_int_eq(ag_extract_pool_new(lx, jobs, 1, sink, s, &p, &err), AG_OK);
    ag_status st = AG_OK;
    for (int i = 0; i < 40 && !st; i++) {
        char id[16];
        snprintf(id, sizeof id, "d%02d", i);
        const char *t = texts[i % 4];
        ag_doc_input in = {id, t, strlen(t), NULL, NULL, NULL};
        st = ag_extract_pool_submit(p, &in, &err);
    }
    ag_status fin = ag_extract_pool_finish(p, &err);
    if (s->fail_at < 0) {
        ck_assert_int_eq(st, AG_OK);
        ck_assert_int_eq(fin, AG_OK);
    } else {
        ck_assert_int_eq(fin, AG_EIO);
        ck_assert_ptr_nonnull(strstr(err.msg, "sink refused"));
    }
    fclose(s->fp);
}

START_TEST(order_and_output_do_not_depend_on_threads)
{
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    seen one = {.fail_at = -1}, four = {.fail_at = -1};
    run_pool(lx, 1, &one);
    run_pool(lx, 4, &four);
    ck_assert_int_eq(one.n, 40);
    ck_assert_int_eq(four.n, 40);
    for (int i = 0; i < 40; i++) {
        char id[16];
        snprintf(id, sizeof id, "d%02d", i);
        ck_assert_str_eq(four.ids[i], id);
    }
    ck_assert_uint_gt(one.len, 0);
    ck_assert_uint_eq(one.len, four.len);
    ck_assert_int_eq(memcmp(one.records, four.records, one.len), 0);
    /* The same records as writing each document on this thread. */
    ag_doc_input in = {"d00", texts[0], strlen(texts[0]), NULL, NULL, NULL};
    ag_doc *d;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ag_records_write(d, fp, &err);
    fclose(fp);
    ck_assert_int_eq(strncmp(one.records, buf, len), 0);
    free(buf);
    ag_doc_free(d);
    free(one.records);
    free(four.records);
    ag_lexicon_free(lx);
}
END_TEST

START_TEST(the_first_failure_stops_the_run)
{
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    seen s = {.fail_at = 7};
    run_pool(lx, 3, &s);
    ck_assert_int_eq(s.n, 7);
    free(s.records);
    ag_lexicon_free(lx);
}
END_TEST

/* The generic pool knows no format: items of any kind, work on the
 * workers, done in submit order, every item released once. */
typedef struct num {
    long in, out;
    int *released;
} num;

static ag_status square(void *item, void *ud, ag_error *err)
{
    num *n = item;
    (void)ud;
    if (n->in == 13)
        return ag_error_set(err, AG_EINPUT, "item 13 refused");
    long x = 0;
    for (long i = 0; i < (n->in % 5) * 20000; i++) /* uneven work, so workers finish out of order */
        x += i & 1;
    n->out = n->in * n->in + (x < 0);
    return AG_OK;
}

static ag_status collect(void *item, void *ud, ag_error *err)
{
    (void)err;
    long *seen = ud;
    num *n = item;
    seen[seen[0] + 1] = n->out;
    seen[0]++;
    return AG_OK;
}

static void release(void *item)
{
    num *n = item;
    (*n->released)++;
    free(n);
}

static ag_status run_generic(int jobs, int upto, long *seen, int *released, int *made, ag_error *err)
{
    static const ag_pool_fns fns = {square, collect, release};
    ag_pool *p = NULL;
    ck_assert_int_eq(ag_pool_new(jobs, &fns, seen, &p, err), AG_OK);
    ag_status st = AG_OK;
    for (long i = 0; i < upto && !st; i++) {
        num *n = calloc(1, sizeof *n);
        ck_assert_ptr_nonnull(n);
        n->in = i;
        n->released = released;
        ++*made;
        st = ag_pool_submit(p, n, err);
    }
    ag_status fin = ag_pool_finish(p, err);
    return st ? st : fin;
}

START_TEST(generic_pool_keeps_input_order)
{
    ag_error err;
    long seen[64] = {0};
    int released = 0, made = 0;
    ck_assert_int_eq(run_generic(4, 13, seen, &released, &made, &err), AG_OK);
    ck_assert_int_eq(seen[0], 13);
    for (long i = 0; i < 13; i++)
        ck_assert_int_eq(seen[i + 1], i * i);
    ck_assert_int_eq(released, 13);
    /* Item 13 fails: nothing after it is done, every item is released. */
    long seen2[64] = {0};
    released = made = 0;
    ck_assert_int_eq(run_generic(3, 40, seen2, &released, &made, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "item 13 refused"));
    ck_assert_int_eq(seen2[0], 13);
    ck_assert_int_ge(made, 14);
    ck_assert_int_eq(released, made);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("pool");
    TCase *tc = tcase_create("pool");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, order_and_output_do_not_depend_on_threads);
    tcase_add_test(tc, the_first_failure_stops_the_run);
    tcase_add_test(tc, generic_pool_keeps_input_order);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
