/* test_progress.c — the progress lines, on a fake clock and a fake count
 * of bytes read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "progress.h"
#include "testutil.h"

static double now;
static long long bytes;

static double fake_clock(void) { return now; }
static long long fake_bytes(void) { return bytes; }
static long long no_bytes(void) { return -1; }

typedef struct capture {
    char *buf;
    size_t len;
    FILE *fp;
} capture;

static void start(capture *c, ag_progress *p, int quiet, int live)
{
    c->buf = NULL;
    c->fp = open_memstream(&c->buf, &c->len);
    ck_assert_ptr_nonnull(c->fp);
    ag_progress_init(p, c->fp, quiet);
    p->clock = fake_clock;
    p->bytes_read = fake_bytes;
    if (live) {
        p->live = 1;
        p->every = 0.25;
    }
    now = 100;
    bytes = 5000; /* read before the stage: not counted */
}

/* At time t, `more` bytes read and n more items done. */
static void at(ag_progress *p, double t, long long more, unsigned long long n)
{
    now = t;
    bytes += more;
    ag_progress_add(p, n);
}

static char *finish(capture *c)
{
    fclose(c->fp);
    return c->buf;
}

START_TEST(log_lines_every_few_seconds)
{
    capture c;
    ag_progress p;
    start(&c, &p, 0, 0);
    ag_progress_begin(&p, "extract", "documents", 100000000ULL);
    at(&p, 101, 10000000, 1); /* too soon: nothing */
    at(&p, 106, 20000000, 1233);
    at(&p, 107, 0, 1); /* one line per 5 s */
    at(&p, 120, 70000000, 10);
    ag_progress_end(&p, NULL);
    char *out = finish(&c);
    ck_assert_str_eq(out, "actorgraph: extract: 1,234 documents, 30.0 of 100.0 MB (30%), 5.0 MB/s, 14 s left\n"
                          "actorgraph: extract: 1,245 documents, 100.0 of 100.0 MB (100%), 5.0 MB/s\n"
                          "actorgraph: extract: 1,245 documents, 100.0 MB in 20 s (5.0 MB/s)\n");
    free(out);
}
END_TEST

START_TEST(live_line_redrawn_in_place)
{
    capture c;
    ag_progress p;
    start(&c, &p, 0, 1);
    ag_progress_begin(&p, "build", "documents", 0);
    at(&p, 101, 123456789, 1000000);
    at(&p, 200, 1000000, 1);
    ag_progress_end(&p, "graph.json");
    char *out = finish(&c);
    /* No total: no percentage, no time left; the last line pads over the
     * longer one before it and ends the line. */
    ck_assert_str_eq(out, "\ractorgraph: build: 1,000,000 documents, 123.5 MB, 123.5 MB/s"
                          "\ractorgraph: build: 1,000,001 documents, 124.5 MB, 1.2 MB/s  "
                          "\ractorgraph: build: graph.json, 1,000,001 documents, 124.5 MB in 1 min 40 s (1.2 MB/s)\n");
    free(out);
}
END_TEST

START_TEST(steps_and_no_bytes)
{
    capture c;
    ag_progress p;
    start(&c, &p, 0, 0);
    p.bytes_read = no_bytes;
    ag_progress_begin(&p, "analyze", NULL, 0);
    now = 101;
    ag_progress_step(&p, "view"); /* a log: not yet due */
    now = 106;
    ag_progress_step(&p, "betweenness and harmonic closeness (exact)");
    now = 107;
    ag_progress_end(&p, "2,408 actors, 385,063 links");
    ag_progress_begin(&p, "extract", "documents", 0);
    at(&p, 117, 0, 50);
    now = 117.4;
    ag_progress_end(&p, NULL);
    char *out = finish(&c);
    ck_assert_str_eq(out, "actorgraph: analyze: betweenness and harmonic closeness (exact), 6.0 s\n"
                          "actorgraph: analyze: 2,408 actors, 385,063 links in 7 s\n"
                          "actorgraph: extract: 50 documents, 5 documents/s\n"
                          "actorgraph: extract: 50 documents in 10 s\n");
    free(out);
}
END_TEST

START_TEST(quiet_says_nothing)
{
    capture c;
    ag_progress p;
    start(&c, &p, 1, 1);
    ag_progress_begin(&p, "extract", "documents", 10);
    at(&p, 200, 10, 5);
    ag_progress_step(&p, "x");
    ag_progress_end(&p, NULL);
    char *out = finish(&c);
    ck_assert_str_eq(out, "");
    free(out);
    /* Nor does a stage that was never begun. */
    start(&c, &p, 0, 0);
    ag_progress_add(&p, 5);
    ag_progress_end(&p, NULL);
    out = finish(&c);
    ck_assert_str_eq(out, "");
    free(out);
}
END_TEST

START_TEST(read_ahead_stops_at_the_total_and_short_stages)
{
    capture c;
    ag_progress p;
    start(&c, &p, 0, 0);
    ag_progress_begin(&p, "extract", "documents", 1000000);
    now = 106;
    bytes += 3000000; /* buffers read past the end of the input */
    ag_progress_add(&p, 3);
    now = 106.5;
    ag_progress_end(&p, NULL);
    char *out = finish(&c);
    ck_assert_str_eq(out, "actorgraph: extract: 3 documents, 1.0 of 1.0 MB (100%), 0.2 MB/s\n"
                          "actorgraph: extract: 3 documents, 1.0 MB in 6 s (0.2 MB/s)\n");
    free(out);
    /* A short stage: its summary on a terminal, nothing in a log. */
    for (int live = 1; live >= 0; live--) {
        start(&c, &p, 0, live);
        ag_progress_begin(&p, "export", NULL, 0);
        now = 100.2;
        ag_progress_end(&p, "graph.svg");
        out = finish(&c);
        ck_assert_str_eq(out, live ? "\ractorgraph: export: graph.svg in under a second\n" : "");
        free(out);
    }
}
END_TEST

START_TEST(log_interval_from_the_environment)
{
    capture c;
    ag_progress p;
    setenv("AG_PROGRESS_SECONDS", "0", 1);
    start(&c, &p, 0, 0);
    unsetenv("AG_PROGRESS_SECONDS");
    ag_progress_begin(&p, "analyze", NULL, 0);
    ag_progress_step(&p, "view");
    now = 100.5;
    ag_progress_end(&p, "report.txt");
    char *out = finish(&c);
    ck_assert_str_eq(out, "actorgraph: analyze: view, 0.0 s\n"
                          "actorgraph: analyze: report.txt in under a second\n");
    free(out);
}
END_TEST

START_TEST(file_sizes)
{
    char path[] = "/tmp/ag-progress-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "12345", 5), 5);
    close(fd);
    ck_assert_uint_eq(ag_progress_file_size(path), 5);
    unlink(path);
    ck_assert_uint_eq(ag_progress_file_size(path), 0);
    ck_assert_uint_eq(ag_progress_file_size("-"), 0);
    ck_assert_uint_eq(ag_progress_file_size("/tmp"), 0);
    /* The real count of bytes read moves when this process reads. */
    ag_progress p;
    ag_progress_init(&p, stderr, 0);
    long long before = p.bytes_read();
    if (before >= 0) {
        FILE *fp = fopen("/proc/self/status", "r");
        char buf[4096];
        while (fread(buf, 1, sizeof buf, fp) > 0)
            ;
        fclose(fp);
        ck_assert_int_gt(p.bytes_read(), before);
    }
}
END_TEST

static Suite *progress_suite(void)
{
    Suite *s = suite_create("progress");
    TCase *tc = tcase_create("lines");
    tcase_add_test(tc, log_lines_every_few_seconds);
    tcase_add_test(tc, live_line_redrawn_in_place);
    tcase_add_test(tc, steps_and_no_bytes);
    tcase_add_test(tc, quiet_says_nothing);
    tcase_add_test(tc, read_ahead_stops_at_the_total_and_short_stages);
    tcase_add_test(tc, log_interval_from_the_environment);
    tcase_add_test(tc, file_sizes);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(progress_suite)
