/* input: an input's kind from its name and first line; a pipe read once
 * gives every byte (the peeked line is replayed); a BOM is skipped. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "testutil.h"

static char dir[64];

static const char *write_file(const char *name, const char *text)
{
    static char path[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
    FILE *fp = fopen(path[k], "w");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
    return path[k];
}

static void setup(void)
{
    strcpy(dir, "/tmp/ag-test-input-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) {
        /* left for the system's cleaning of /tmp */
    }
}

static ag_input_kind kind_of(const char *name, const char *text)
{
    ag_input in;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_input_open(&in, write_file(name, text), &err), AG_OK);
    ag_input_kind k = in.kind;
    ag_input_close(&in);
    return k;
}

START_TEST(kinds_come_from_the_name_and_the_first_line)
{
    const char *rec = "{\"type\":\"actor\",\"id\":\"a\"}\n";
    const char *doc = "{\"id\":\"a\",\"text\":\"x\"}\n";
    ck_assert_int_eq(kind_of("r.jsonl", rec), AG_IN_RECORDS);
    ck_assert_int_eq(kind_of("d.jsonl", doc), AG_IN_DOCS);
    ck_assert_int_eq(kind_of("bom.jsonl", "\xEF\xBB\xBF\n\n  {\"type\":\"actor\"}\n"), AG_IN_RECORDS);
    /* .jsonl is JSON whatever its first line: the reader reports it. */
    ck_assert_int_eq(kind_of("t.jsonl", "plain words\n"), AG_IN_DOCS);
    ck_assert_int_eq(kind_of("g.json", "{\n \"nodes\": []\n}\n"), AG_IN_GRAPH);
    ck_assert_int_eq(kind_of("x.json", "not json\n"), AG_IN_GRAPH);
    ck_assert_int_eq(kind_of("r.json", rec), AG_IN_RECORDS);
    ck_assert_int_eq(kind_of("brace.txt", doc), AG_IN_TEXT);
    ck_assert_int_eq(kind_of("noext", doc), AG_IN_DOCS);
    ck_assert_int_eq(kind_of("noext2", "France condemned Iran.\n"), AG_IN_TEXT);
    ck_assert_int_eq(kind_of("empty", ""), AG_IN_TEXT);

    ag_input in;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_input_open(&in, dir, &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "is a directory"));
    ck_assert_int_eq(ag_input_open(&in, "", &err), AG_EUSAGE);
}
END_TEST

START_TEST(a_pipe_is_read_once_and_whole)
{
    /* A first line longer than one read, blank lines and a BOM before it. */
    size_t big = 200000;
    char *text = malloc(big + 64);
    strcpy(text, "\xEF\xBB\xBF\n{\"id\":\"a\",\"text\":\"");
    size_t n = strlen(text);
    memset(text + n, 'x', big);
    strcpy(text + n + big, "\"}\n{\"id\":\"b\",\"text\":\"y\"}\n");
    size_t len = strlen(text);
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    if (fork() == 0) { /* the writer */
        close(fds[0]);
        ck_assert_int_eq(write(fds[1], text, len), (ssize_t)len);
        _exit(0);
    }
    close(fds[1]);
    char path[32];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    ag_input in;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_input_open(&in, path, &err), AG_OK);
    ck_assert_int_eq(in.kind, AG_IN_DOCS);
    char *got = NULL;
    size_t got_len = 0;
    ck_assert_int_eq(ag_read_stream(in.fp, in.name, &got, &got_len, &err), AG_OK);
    ck_assert_uint_eq(got_len, len - 3); /* all but the BOM */
    ck_assert(memcmp(got, text + 3, got_len) == 0);
    ag_input_close(&in);
    close(fds[0]);
    free(got);
    free(text);
}
END_TEST

/* What a read gave: each document's id and text, then the error. */
static ag_status note_doc(const ag_doc_input *in, void *ud, ag_error *err)
{
    (void)err;
    ag_buf *b = ud;
    return ag_buf_printf(b, "[%s|%.*s]", in->id, (int)in->len, in->text) ? AG_ENOMEM : AG_OK;
}

static void read_both(const char *text, ag_buf *with_head, ag_buf *without)
{
    const char *path = write_file("head.jsonl", text);
    ag_error err = {{0}};
    ag_status st = ag_input_read(path, note_doc, with_head, &err);
    ag_buf_printf(with_head, "%d %s", (int)st, err.msg);
    ag_input in;
    ag_error err2 = {{0}};
    ck_assert_int_eq(ag_input_open(&in, path, &err2), AG_OK);
    st = ag_input_read_jsonl(in.fp, in.name, note_doc, without, &err2);
    ag_buf_printf(without, "%d %s", (int)st, err2.msg);
    ag_input_close(&in);
}

/* The first line's tree comes from the sniff (parsed once): the documents
 * and errors are those of a reader that parses every line. */
START_TEST(the_sniffed_first_line_reads_as_any_line)
{
    const char *texts[] = {
        "\xEF\xBB\xBF\n \t{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\n",
        "\r\n{\"id\":\"a\",\"text\":\"x\"}\r \r\n{\"id\":2,\"text\":\"y\"}\n",
        "{\"id\":\"a\",\"text\":\"x\"}",
        "{\"id\":\"a\",\"text\":\"x\"} x\n",
        "{\"id\":\"a\"}\n",
        "{\"id\":[],\"text\":\"x\"}\n",
        "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-13-01\"}\n",
        "\n\n{\"text\":\"x\"}\n\n{\"text\":\"y\"}\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        ag_buf a = AG_BUF_INIT, b = AG_BUF_INIT;
        read_both(texts[i], &a, &b);
        ck_assert_str_eq(a.data, b.data);
        if (i == 0)
            ck_assert_str_eq(a.data, "[a|x][b|y]0 ");
        if (i == 7)
            ck_assert_str_eq(a.data, "[line-3|x][line-5|y]0 ");
        ag_buf_free(&a);
        ag_buf_free(&b);
    }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("input");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, kinds_come_from_the_name_and_the_first_line);
    tcase_add_test(tc, a_pipe_is_read_once_and_whole);
    tcase_add_test(tc, the_sniffed_first_line_reads_as_any_line);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
