/* common: capped line reading, slugs, UTF-8 repair, the string map,
 * output files (regular files replaced whole, devices, FIFOs and symlinks
 * written in place), reading files. */
#define _GNU_SOURCE /* makedev */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <utf8proc.h>

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

/* The one CSV field policy: quoted only when needed, formulas kept text,
 * tab-separated fields kept on one line. */
START_TEST(csv_fields)
{
    static const struct {
        const char *in;
        char sep;
        int text;
        const char *out;
    } cases[] = {
        {"plain", ',', 1, "plain"},
        {"Smith, \"Jr\"", ',', 1, "\"Smith, \"\"Jr\"\"\""},
        {"=HYPERLINK(\"x\")", ',', 1, "\"'=HYPERLINK(\"\"x\"\")\""},
        {"@at", ',', 1, "'@at"},
        {"-1.5", ',', 0, "-1.5"},
        {"a\tb\nc", '\t', 1, "a b c"},
        {"line\nbreak", ',', 1, "\"line\nbreak\""},
        {"", ',', 1, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_buf b = AG_BUF_INIT;
        ck_assert_int_eq(ag_buf_put_csv(&b, cases[i].in, cases[i].sep, cases[i].text), 0);
        ck_assert_str_eq(b.data ? b.data : "", cases[i].out);
        ag_buf_free(&b);
    }
    ag_buf b = AG_BUF_INIT;
    ck_assert_int_eq(ag_buf_put_csv(&b, NULL, ',', 1), 0);
    ck_assert_uint_eq(b.len, 0);
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

/* The word-at-a-time scan stops at a NUL, a stray byte or a cut
 * character wherever it falls in a 32- or 8-byte block, and passes a
 * whole character there. */
START_TEST(utf8_prefix_stops_anywhere_in_a_block)
{
    char s[72];
    for (size_t k = 0; k < 69; k++) {
        memset(s, 'a', sizeof s);
        s[k] = '\0';
        ck_assert_uint_eq(ag_utf8_valid_prefix(s, 70), k);
        s[k] = (char)0x80;
        ck_assert_uint_eq(ag_utf8_valid_prefix(s, 70), k);
        s[k] = (char)0xC3;
        ck_assert_uint_eq(ag_utf8_valid_prefix(s, 70), k);
        s[k + 1] = (char)0xA9;
        ck_assert_uint_eq(ag_utf8_valid_prefix(s, 70), 70);
        ck_assert_uint_eq(ag_utf8_valid_prefix(s, k + 1), k);
    }
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


/* ---- output files: replace regular files, never devices or links ---- */

static char tmpdir[64];

static const char *in_tmp(const char *name)
{
    static char buf[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void make_tmpdir(void)
{
    strcpy(tmpdir, "/tmp/ag-test-common-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

/* The number of entries in the temporary folder (no leftover temp files). */
static int entries(void)
{
    int n = 0;
    DIR *d = opendir(tmpdir);
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

static char *slurp(const char *path)
{
    static char buf[256];
    FILE *fp = fopen(path, "r");
    ck_assert_ptr_nonnull(fp);
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

static ag_status write_text(const char *path, const char *text, ag_error *err)
{
    ag_outfile o;
    ag_status st = ag_outfile_open(&o, path, err);
    if (st)
        return st;
    fputs(text, o.fp);
    return ag_outfile_commit(&o, err);
}

START_TEST(outfile_replaces_a_file_and_keeps_its_mode)
{
    make_tmpdir();
    umask(022);
    ag_error err = {{0}};
    const char *p = in_tmp("new.txt");
    ck_assert_int_eq(write_text(p, "one", &err), AG_OK);
    struct stat st;
    ck_assert_int_eq(stat(p, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0644);
    ck_assert_int_eq(chmod(p, 0640), 0);
    ck_assert_int_eq(write_text(p, "two", &err), AG_OK);
    ck_assert_int_eq(stat(p, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0640);
    ck_assert_str_eq(slurp(p), "two");
    ck_assert_int_eq(entries(), 1);

    /* A read-only file is refused, even for root, and stays as it was. */
    ck_assert_int_eq(chmod(p, 0444), 0);
    ck_assert_int_eq(write_text(p, "three", &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "new.txt: the file is read-only"));
    ck_assert_str_eq(slurp(p), "two");

    /* A folder and an empty name are refused by name. */
    ck_assert_int_eq(write_text(tmpdir, "x", &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "is a directory"));
    ck_assert_int_eq(write_text("", "x", &err), AG_EUSAGE);
    ck_assert_int_eq(entries(), 1);

    /* An aborted output leaves nothing. */
    ag_outfile o;
    ck_assert_int_eq(ag_outfile_open(&o, in_tmp("never.txt"), &err), AG_OK);
    fputs("half", o.fp);
    ck_assert_int_eq(entries(), 2);
    ag_outfile_abort(&o);
    ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(outfile_writes_through_a_symlink)
{
    make_tmpdir();
    ag_error err = {{0}};
    ck_assert_int_eq(write_text(in_tmp("target"), "old", &err), AG_OK);
    ck_assert_int_eq(symlink("target", in_tmp("link")), 0);
    ck_assert_int_eq(symlink("link", in_tmp("link2")), 0);
    ck_assert_int_eq(write_text(in_tmp("link2"), "new", &err), AG_OK);
    struct stat st;
    ck_assert_int_eq(lstat(in_tmp("link"), &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_int_eq(lstat(in_tmp("link2"), &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_str_eq(slurp(in_tmp("target")), "new");
    /* A dangling link gets its target created. */
    ck_assert_int_eq(symlink("made", in_tmp("dangling")), 0);
    ck_assert_int_eq(write_text(in_tmp("dangling"), "made", &err), AG_OK);
    ck_assert_int_eq(lstat(in_tmp("dangling"), &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_str_eq(slurp(in_tmp("made")), "made");
    ck_assert_int_eq(entries(), 5);
    /* A loop of links is reported, not followed for ever. */
    ck_assert_int_eq(symlink("loop-b", in_tmp("loop-a")), 0);
    ck_assert_int_eq(symlink("loop-a", in_tmp("loop-b")), 0);
    ck_assert_int_eq(write_text(in_tmp("loop-a"), "x", &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "loop-a"));
}
END_TEST

START_TEST(outfile_writes_devices_and_fifos_in_place)
{
    make_tmpdir();
    ag_error err = {{0}};
    struct stat st;
    /* Own device nodes (null and full) in the test's folder: never /dev. */
    if (mknod(in_tmp("null"), S_IFCHR | 0666, makedev(1, 3)) == 0) {
        ck_assert_int_eq(ag_outfile_in_place(in_tmp("null")), 1);
        ck_assert_int_eq(write_text(in_tmp("null"), "gone", &err), AG_OK);
        ck_assert_int_eq(stat(in_tmp("null"), &st), 0);
        ck_assert(S_ISCHR(st.st_mode));
        ck_assert_int_eq(mknod(in_tmp("full"), S_IFCHR | 0666, makedev(1, 7)), 0);
        ag_outfile o;
        ck_assert_int_eq(ag_outfile_open(&o, in_tmp("full"), &err), AG_OK);
        for (int i = 0; i < 10000; i++)
            fputs("more than one buffer ", o.fp);
        ck_assert_int_eq(ag_outfile_commit(&o, &err), AG_EIO);
        ck_assert_ptr_nonnull(strstr(err.msg, "/full: cannot write: No space left on device"));
        ck_assert_int_eq(stat(in_tmp("full"), &st), 0);
        ck_assert(S_ISCHR(st.st_mode));
        /* A writer's failure from the stream is reported by the file. */
        ck_assert_int_eq(ag_outfile_open(&o, in_tmp("full"), &err), AG_OK);
        for (int i = 0; i < 10000; i++)
            fputs("more than one buffer ", o.fp);
        ag_error_set(&err, AG_EIO, "the writer's own words");
        ck_assert_int_eq(ag_outfile_close(&o, AG_EIO, &err), AG_EIO);
        ck_assert_ptr_nonnull(strstr(err.msg, "No space left on device"));
    }
    /* A FIFO: its reader gets the bytes; it stays a FIFO. */
    ck_assert_int_eq(mkfifo(in_tmp("fifo"), 0600), 0);
    int rd = open(in_tmp("fifo"), O_RDONLY | O_NONBLOCK);
    ck_assert_int_ge(rd, 0);
    ck_assert_int_eq(write_text(in_tmp("fifo"), "through", &err), AG_OK);
    char buf[16] = {0};
    ck_assert_int_eq(read(rd, buf, sizeof buf - 1), 7);
    ck_assert_str_eq(buf, "through");
    close(rd);
    ck_assert_int_eq(lstat(in_tmp("fifo"), &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    ck_assert_int_eq(ag_outfile_in_place(in_tmp("fifo")), 1);
    ck_assert_int_eq(ag_outfile_in_place(in_tmp("nothing-yet")), 0);
}
END_TEST

START_TEST(reading_a_folder_says_so)
{
    make_tmpdir();
    ag_error err = {{0}};
    char *data = NULL;
    size_t len = 0;
    ck_assert_int_eq(ag_read_file(tmpdir, &data, &len, &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "is a directory"));
    ck_assert_int_eq(ag_read_file(in_tmp("missing"), &data, &len, &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "missing: cannot open: No such file"));
}
END_TEST

static void remove_tmpdir(void)
{
    if (tmpdir[0]) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0) {
            /* left for the system's cleaning of /tmp */
        }
    }
}

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

/* The quick check's inert code points, checked against utf8proc's own
 * data: combining class 0, each NFC by itself, and no pair of them
 * composes (so a text made of them only is NFC as it is). */
static size_t put_utf8(unsigned long cp, char *out)
{
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

static int nfc_unchanged(const char *s)
{
    utf8proc_uint8_t *n = utf8proc_NFC((const utf8proc_uint8_t *)s);
    int same = n && strcmp((const char *)n, s) == 0;
    free(n);
    return same;
}

START_TEST(nfc_quick_check_ranges_are_inert)
{
    unsigned long inert[1024];
    size_t n = 0;
    for (unsigned long cp = 1; cp < 0x10000; cp++)
        if (ag_utf8_nfc_inert(cp) && !(cp >= 0xD800 && cp <= 0xDFFF))
            inert[n++] = cp;
    ck_assert_uint_gt(n, 900);
    ck_assert(!ag_utf8_nfc_inert(0x300) && !ag_utf8_nfc_inert(0x2000) && !ag_utf8_nfc_inert(0x212B));
    char s[16];
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(utf8proc_get_property((utf8proc_int32_t)inert[i])->combining_class, 0);
        s[put_utf8(inert[i], s)] = '\0';
        ck_assert_msg(nfc_unchanged(s), "U+%04lX is not NFC", inert[i]);
    }
    /* Pairs: each inert code point above U+02FF after and before every
     * other, in one text per code point ("b1 c b2 c ..."). */
    char *pairs = malloc(n * 8 + 1);
    ck_assert_ptr_nonnull(pairs);
    for (size_t i = 0; i < n; i++) {
        if (inert[i] < 0x300)
            continue;
        size_t k = 0;
        for (size_t j = 0; j < n; j++) {
            k += put_utf8(inert[j], pairs + k);
            k += put_utf8(inert[i], pairs + k);
        }
        pairs[k] = '\0';
        ck_assert_msg(nfc_unchanged(pairs), "U+%04lX composes with an inert code point", inert[i]);
    }
    free(pairs);
    /* Texts: inert ones are returned as they are, the others normalized. */
    ag_arena *a = ag_arena_new();
    const char *quoted = "\xE2\x80\x9CNo,\xE2\x80\x9D said Erdo\xC4\x9F" "an \xE2\x80\x94 \xE2\x82\xAC" "5";
    ck_assert_ptr_eq(ag_utf8_nfc(a, quoted), quoted);
    ck_assert_str_eq(ag_utf8_nfc(a, "\xE2\x80\x9CJose\xCC\x81\xE2\x80\x9D"), "\xE2\x80\x9CJos\xC3\xA9\xE2\x80\x9D");
    ck_assert_str_eq(ag_utf8_nfc(a, "a\xE2\x80\x80" "b"), "a\xE2\x80\x82" "b"); /* U+2000 is U+2002 in NFC */
    ag_arena_free(a);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("common");
    TCase *tc = tcase_create("common");
    tcase_add_test(tc, lines_are_capped_and_the_rest_is_consumed);
    tcase_add_test(tc, slugs_fold_letters_and_utf8_is_repaired);
    tcase_add_test(tc, utf8_prefix_stops_anywhere_in_a_block);
    tcase_add_test(tc, csv_fields);
    tcase_add_test(tc, the_map_grows_and_replaces);
    tcase_add_test(tc, a_nul_byte_is_reported_and_ends_no_line);
    tcase_add_test(tc, only_real_dates_are_dates);
    tcase_add_test(tc, counts_saturate);
    tcase_add_test(tc, nfc_composes_accents);
    tcase_add_test(tc, nfc_quick_check_ranges_are_inert);
    suite_add_tcase(s, tc);
    TCase *out = tcase_create("outfile");
    tcase_add_checked_fixture(out, NULL, remove_tmpdir);
    tcase_add_test(out, outfile_replaces_a_file_and_keeps_its_mode);
    tcase_add_test(out, outfile_writes_through_a_symlink);
    tcase_add_test(out, outfile_writes_devices_and_fifos_in_place);
    tcase_add_test(out, reading_a_folder_says_so);
    suite_add_tcase(s, out);
    return s;
}

AG_TEST_MAIN(suite)
