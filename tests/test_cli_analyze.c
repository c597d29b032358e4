/* test_cli_analyze.c — `actorgraph analyze`: every exit status, messages
 * that name the file, atomic output. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "testutil.h"

static char dir[64];
static char *out_text, *err_text;

static void setup(void)
{
    strcpy(dir, "/tmp/ag-test-cli-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(out_text);
    free(err_text);
    out_text = err_text = NULL;
}

/* A path in the test's directory; a ring of buffers, enough for a test. */
static const char *in_dir(const char *name)
{
    static char path[16][256];
    static int k;
    k = (k + 1) % 16;
    snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
    return path[k];
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
}

/* Whole file as a string (caller frees); NULL if it does not exist. */
static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    int c;
    while ((c = fgetc(fp)) != EOF)
        fputc(c, m);
    fclose(m);
    fclose(fp);
    return buf;
}

/* Runs `analyze ARGS...` with stdout and stderr captured. */
static int run(const char *first, ...)
{
    char *argv[32];
    int argc = 0;
    argv[argc++] = "analyze";
    va_list ap;
    va_start(ap, first);
    for (const char *a = first; a; a = va_arg(ap, const char *))
        argv[argc++] = (char *)a;
    va_end(ap);
    argv[argc] = NULL;

    char po[256], pe[256];
    snprintf(po, sizeof po, "%s/stdout", dir);
    snprintf(pe, sizeof pe, "%s/stderr", dir);
    fflush(stdout);
    fflush(stderr);
    int so = dup(1), se = dup(2);
    int fo = open(po, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int fe = open(pe, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fo, 1);
    dup2(fe, 2);
    int rc = ag_cli_analyze(argc, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(so, 1);
    dup2(se, 2);
    close(so);
    close(se);
    close(fo);
    close(fe);
    free(out_text);
    free(err_text);
    out_text = slurp(po);
    err_text = slurp(pe);
    return rc;
}

static const char *graph_json =
    "{\"nodes\":[{\"id\":\"turkey\",\"name\":\"Turkey\",\"kind\":\"country\"},"
    "{\"id\":\"syria\",\"name\":\"Syria\",\"kind\":\"country\"},"
    "{\"id\":\"russia\",\"name\":\"Russia\",\"kind\":\"country\"}],"
    "\"links\":[{\"source\":\"turkey\",\"target\":\"syria\",\"label\":\"attack\",\"polarity\":-1,"
    "\"goldstein\":-10,\"weight\":2},"
    "{\"source\":\"russia\",\"target\":\"turkey\",\"kind\":\"meeting\",\"label\":\"meet\",\"polarity\":1}]}";

START_TEST(success_to_stdout_and_file)
{
    const char *g = in_dir("graph.json");
    write_file(g, graph_json);
    ck_assert_int_eq(run(g, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out_text, "Actors by PageRank"));
    ck_assert_str_eq(err_text, "");

    const char *out = in_dir("report.json");
    ck_assert_int_eq(run(g, "--format", "json", "--top", "1", "-o", out, NULL), 0);
    ck_assert_str_eq(out_text, "");
    char *rep = slurp(out);
    ck_assert_ptr_nonnull(rep);
    json_error_t jerr;
    json_t *j = json_loads(rep, 0, &jerr);
    ck_assert_ptr_nonnull(j);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 3);
    json_decref(j);
    free(rep);

    ck_assert_int_eq(run("--format", "csv", g, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out_text, "rank,id,name,kind,"));

    /* Options after GRAPH, --path's two words, the md format. */
    ck_assert_int_eq(run(g, "--path", "Syria", "russia", "-f", "md", "--seed", "3", NULL), 0);
    ck_assert_ptr_nonnull(strstr(out_text, "## Path: Syria to russia"));
    ck_assert_ptr_nonnull(strstr(out_text, "seed 3"));

    ck_assert_int_eq(run("--help", NULL), 0);
    ck_assert_ptr_nonnull(strstr(out_text, "usage: actorgraph analyze GRAPH"));
}
END_TEST

START_TEST(records_built_on_the_fly)
{
    char path[512];
    const char *d = getenv("AG_TESTDIR");
    snprintf(path, sizeof path, "%s/data/synthetic-events.jsonl", d ? d : "tests");
    ck_assert_int_eq(run(path, "--collapse", "country", "--kind", "stance", "--top", "3", NULL), 0);
    ck_assert_ptr_nonnull(strstr(out_text, "(top 3 of "));
    ck_assert_ptr_nonnull(strstr(out_text, "collapsed: officials"));
}
END_TEST

START_TEST(usage_errors_exit_2)
{
    const char *g = in_dir("graph.json");
    write_file(g, graph_json);
    ck_assert_int_eq(run(NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "missing GRAPH"));
    ck_assert_int_eq(run(g, "--bogus", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "unknown option '--bogus'"));
    ck_assert_int_eq(run(g, "--format", "xml", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "--format: unknown format 'xml'"));
    ck_assert_int_eq(run(g, "--top", "many", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "--top: 'many'"));
    ck_assert_int_eq(run(g, "--top", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "needs an argument"));
    ck_assert_int_eq(run(g, "--path", "turkey", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "--path A B"));
    ck_assert_int_eq(run(g, "--kind", "planet", NULL), 2);
    ck_assert_int_eq(run(g, "--collapse", "region", NULL), 2);
    ck_assert_int_eq(run(g, "--since", "yesterday", NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "yesterday"));
    ck_assert_int_eq(run(g, g, NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "one GRAPH only"));
    ck_assert_str_eq(out_text, "");

    /* An unknown actor: nothing is written, an old report stays. */
    const char *out = in_dir("old.txt");
    write_file(out, "old report\n");
    ck_assert_int_eq(run(g, "--actor", "atlantis", "-o", out, NULL), 2);
    ck_assert_ptr_nonnull(strstr(err_text, "graph.json: actor 'atlantis' is not in the graph"));
    char *old = slurp(out);
    ck_assert_str_eq(old, "old report\n");
    free(old);
}
END_TEST

START_TEST(bad_input_exits_1)
{
    const char *missing = in_dir("missing.json");
    ck_assert_int_eq(run(missing, NULL), 1);
    ck_assert_ptr_nonnull(strstr(err_text, missing));

    const char *bad = in_dir("bad.json");
    write_file(bad, "{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": }\n]}\n");
    ck_assert_int_eq(run(bad, NULL), 1);
    char want[300];
    snprintf(want, sizeof want, "%s:3:", bad);
    ck_assert_msg(strstr(err_text, want) != NULL, "stderr: %s", err_text);

    const char *dangling = in_dir("dangling.json");
    write_file(dangling, "{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"x\",\"label\":\"l\"}]}");
    ck_assert_int_eq(run(dangling, NULL), 1);
    ck_assert_ptr_nonnull(strstr(err_text, "link 1: target 'x' is not a node"));

    const char *g = in_dir("graph.json");
    write_file(g, graph_json);
    ck_assert_int_eq(run(g, "-o", in_dir("no/such/dir/out.txt"), NULL), 1);
    ck_assert_ptr_nonnull(strstr(err_text, "no/such/dir/out.txt"));
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli_analyze");
    TCase *tc = tcase_create("analyze");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, success_to_stdout_and_file);
    tcase_add_test(tc, records_built_on_the_fly);
    tcase_add_test(tc, usage_errors_exit_2);
    tcase_add_test(tc, bad_input_exits_1);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(cli_suite)
