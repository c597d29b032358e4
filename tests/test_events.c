/* test_events.c — event data: the CAMEO code table, event tables in
 * (GDELT, ICEWS, Phoenix; plain, gzip and zip), event rows out, and
 * TABARI/PETRARCH dictionaries. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include "actorgraph.h"
#include "cameo.h"
#include "dict_tabari.h"
#include "events.h"
#include "events_csv.h"
#include "testutil.h"

static ag_lexicon *lx;
static char dir[] = "/tmp/ag-events-XXXXXX";

static void setup(void)
{
    ag_error err = {{0}};
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    ag_lexicon_free(lx);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
    memcpy(dir + strlen(dir) - 6, "XXXXXX", 6);
}

/* A GDELT 1.0 row of 58 columns with the fields the reader uses. */
static void gdelt_row(FILE *fp, const char *id, const char *date, const char *a1, const char *a2, const char *code,
                      const char *gs)
{
    const char *f[58] = {0};
    f[0] = id;
    f[1] = date;
    f[5] = a1;
    f[15] = a2;
    f[26] = code;
    f[30] = gs;
    f[50] = "Ankara, Turkey";
    f[57] = "https://example.org/news";
    for (int i = 0; i < 58; i++)
        fprintf(fp, "%s%s", i ? "\t" : "", f[i] ? f[i] : "");
    fputc('\n', fp);
}

static char *path_in(const char *name)
{
    static char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static ag_status add(ag_doc *d, void *ud, ag_error *err)
{
    ag_status st = ag_graph_add_doc(ud, d, err);
    ag_doc_free(d);
    return st;
}

static ag_graph *read_events(const char *path, ag_events_format f, ag_events_stats *s, ag_status *st)
{
    ag_graph *g = ag_graph_new();
    ag_events_opts o = {f, lx, NULL, NULL};
    ag_error err = {{0}};
    *st = ag_events_read(path, &o, add, g, s, &err);
    return g;
}

static const ag_link *find_link(const ag_graph *g, const char *src, const char *tgt, ag_rel_kind kind)
{
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->kind == kind && strcmp(g->nodes[l->source].id, src) == 0 && strcmp(g->nodes[l->target].id, tgt) == 0)
            return l;
    }
    return NULL;
}

START_TEST(one_label_one_root)
{
    /* The table: every label on one root, polarity by quad class. */
    for (size_t i = 0; i < ag_cameo_count(); i++) {
        const ag_cameo_code *c = ag_cameo_at(i);
        const ag_cameo_label *l = ag_cameo_find_label(c->label);
        ck_assert_ptr_nonnull(l);
        ck_assert_msg(strncmp(l->code, c->root, 2) == 0, "%s: label %s is root %.2s", c->code, c->label, l->code);
        ck_assert_int_eq(ag_cameo_polarity(c->code), c->quad <= 2 ? 1 : -1);
    }
    ck_assert_str_eq(ag_cameo_find_label("criticize")->code, "111");
    ck_assert_str_eq(ag_cameo_find("111")->plover, "ACCUSE");
    ck_assert_int_eq(ag_cameo_find("111")->quad, 3);
    ck_assert_str_eq(ag_cameo_nearest("0431")->code, "043");
    ck_assert_ptr_null(ag_cameo_nearest("99"));
    /* The lexicon: a verb's label keeps to its root, its polarity follows
     * the quad class and its Goldstein value is the table's. */
    const ag_lx_entry *e;
    size_t verbs = 0;
    for (uint32_t i = 0; (e = ag_lexicon_entry(lx, i)) != NULL; i++) {
        if (e->dead || (e->kind != AG_LX_VERB && e->kind != AG_LX_MEET) || !e->code)
            continue;
        char root[3];
        ck_assert_msg(ag_cameo_check(e->kind == AG_LX_VERB ? e->label : "meet", e->code, root) == 0,
                      "%s: label %s, code %s", e->name, e->label, e->code);
        ck_assert_int_eq(e->polarity, ag_cameo_polarity(e->code));
        ck_assert_double_eq(e->goldstein, ag_cameo_find(e->code)->goldstein);
        verbs++;
    }
    ck_assert_uint_gt(verbs, 100);
    /* A lexicon file may not give a label a code of another root. */
    const char *bad = "{\"verbs\":[{\"lemma\":\"fret\",\"label\":\"criticize\",\"code\":\"012\",\"forms\":[\"frets\"]}]}";
    ag_error err = {{0}};
    ck_assert_int_eq(ag_lexicon_add_json(lx, bad, strlen(bad), "x.json", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "root 11"));
}
END_TEST

START_TEST(three_gdelt_rows_give_country_dyads)
{
    FILE *fp = fopen(path_in("day.export.CSV"), "w");
    gdelt_row(fp, "1", "20230105", "USAGOV", "TUR", "111", "-2.0");
    gdelt_row(fp, "2", "20230105", "TURGOV", "SYR", "042", "1.9");
    gdelt_row(fp, "3", "20230106", "RUS", "TURMIL", "051", "3.4");
    fclose(fp);
    ag_events_stats s;
    ag_status st;
    ag_graph *g = read_events(path_in("day.export.CSV"), AG_EVENTS_GDELT, &s, &st);
    ck_assert_int_eq(st, AG_OK);
    ck_assert_uint_eq(s.rows, 3);
    ck_assert_uint_eq(s.events, 3);
    const ag_link *l = find_link(g, "american-government", "turkey", AG_REL_STANCE);
    ck_assert_ptr_nonnull(l);
    ck_assert_str_eq(l->label, "criticize");
    ck_assert_int_eq(l->polarity, -1);
    ck_assert_double_eq(l->goldstein, -2.0);
    ck_assert_str_eq(l->evidence[0].date, "2023-01-05");
    ck_assert_str_eq(l->evidence[0].text, "https://example.org/news");
    /* 04: a meeting, undirected; its place is the action's. */
    l = find_link(g, "syria", "turkish-government", AG_REL_MEETING);
    ck_assert_ptr_nonnull(l);
    ck_assert_str_eq(l->location, "Ankara, Turkey");
    ck_assert_ptr_nonnull(find_link(g, "russia", "turkish-military", AG_REL_STANCE));
    /* TURGOV is the Turkish government, affiliated with Turkey. */
    long n = ag_graph_find_node(g, "turkish-government");
    ck_assert_int_ge(n, 0);
    ck_assert_str_eq(g->nodes[n].code, "TURGOV");
    ck_assert_str_eq(g->nodes[n].affiliation, "turkey");
    ag_graph_free(g);
}
END_TEST

static void write_gz(const char *path, const char *text)
{
    gzFile z = gzopen(path, "wb");
    ck_assert_int_eq(gzputs(z, text), (int)strlen(text));
    gzclose(z);
}

static void write_zip(const char *path, const char *entry, const char *text)
{
    int e = 0;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &e);
    ck_assert_ptr_nonnull(z);
    zip_source_t *src = zip_source_buffer(z, text, strlen(text), 0);
    ck_assert_int_ge(zip_file_add(z, entry, src, 0), 0);
    ck_assert_int_eq(zip_close(z), 0);
}

START_TEST(compressed_and_bad_rows)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    gdelt_row(mem, "1", "20230105", "USAGOV", "TUR", "111", "-2.0");
    fputs("2\t20230105\ttoo few columns\n", mem);
    gdelt_row(mem, "3", "2023-01-0x", "USA", "TUR", "111", "-2.0");
    gdelt_row(mem, "4", "20230105", "USA", "", "111", "-2.0");
    gdelt_row(mem, "5", "20230105", "USA", "TUR", "999", "");
    fclose(mem);
    char gz[256], zp[256];
    snprintf(gz, sizeof gz, "%s", path_in("d.CSV.gz"));
    snprintf(zp, sizeof zp, "%s", path_in("d.zip"));
    write_gz(gz, text);
    write_zip(zp, "20230105.export.CSV", text);
    free(text);
    const char *paths[] = {gz, zp};
    for (int i = 0; i < 2; i++) {
        ag_events_stats s;
        ag_status st;
        ag_graph *g = read_events(paths[i], AG_EVENTS_GDELT, &s, &st);
        ck_assert_int_eq(st, AG_OK);
        ck_assert_uint_eq(s.rows, 5);
        ck_assert_uint_eq(s.events, 1);
        ck_assert_uint_eq(s.one_sided, 1);
        ck_assert_uint_eq(s.bad, 3);
        ag_graph_free(g);
    }
}
END_TEST

START_TEST(another_format_is_refused)
{
    FILE *fp = fopen(path_in("notes.txt"), "w");
    fputs("just some text\nover two lines\n", fp);
    fclose(fp);
    ag_events_format fs[] = {AG_EVENTS_GDELT, AG_EVENTS_GDELT2, AG_EVENTS_ICEWS, AG_EVENTS_PHOENIX};
    const char *want[] = {"57 or 58", "61", "Event Date", "SourceActorFull"};
    for (int i = 0; i < 4; i++) {
        ag_graph *g = ag_graph_new();
        ag_events_opts o = {fs[i], lx, NULL, NULL};
        ag_error err = {{0}};
        ck_assert_int_eq(ag_events_read(path_in("notes.txt"), &o, add, g, NULL, &err), AG_EINPUT);
        ck_assert_msg(strstr(err.msg, "notes.txt:1:") && strstr(err.msg, want[i]), "%s", err.msg);
        ag_graph_free(g);
    }
}
END_TEST

START_TEST(icews_and_phoenix_by_header)
{
    FILE *fp = fopen(path_in("icews.tab"), "w");
    fputs("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
          "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
          "Province\tCountry\tLatitude\tLongitude\n", fp);
    fputs("9\t2018-01-02\tRecep Tayyip Erdogan\tGovernment,Executive\tTurkey\tCriticize or denounce\t111\t-2.0\t"
          "Syria\t\tSyria\t1\t1\tX\tAnkara\t\t\tTurkey\t\t\n", fp);
    fclose(fp);
    fp = fopen(path_in("phoenix.csv"), "w");
    fputs("EventID,Date,Year,Month,Day,SourceActorFull,SourceActorEntity,SourceActorRole,SourceActorAttribute,"
          "TargetActorFull,TargetActorEntity,TargetActorRole,TargetActorAttribute,EventCode,EventRootCode,QuadClass,"
          "GoldsteinScore,Issues,Lat,Lon,LocationName,StateName,CountryCode,SentenceID,URLs,NewsSources\n", fp);
    fputs("p1,20180102,2018,1,2,RUSGOV,RUS,GOV,,TUR,TUR,,,\"043\",04,1,2.8,,,,\"Sochi, Russia\",,,,u,\n", fp);
    fclose(fp);
    ag_events_stats s;
    ag_status st;
    ag_graph *g = read_events(path_in("icews.tab"), AG_EVENTS_ICEWS, &s, &st);
    ck_assert_int_eq(st, AG_OK);
    const ag_link *l = find_link(g, "recep-tayyip-erdogan", "syria", AG_REL_STANCE);
    ck_assert_ptr_nonnull(l);
    long n = ag_graph_find_node(g, "recep-tayyip-erdogan");
    ck_assert_str_eq(g->nodes[n].code, "TURGOV");
    ck_assert_int_eq(g->nodes[n].kind, AG_ACTOR_PERSON);
    ag_graph_free(g);
    g = read_events(path_in("phoenix.csv"), AG_EVENTS_PHOENIX, &s, &st);
    ck_assert_int_eq(st, AG_OK);
    l = find_link(g, "russian-government", "turkey", AG_REL_MEETING);
    ck_assert_ptr_nonnull(l);
    ck_assert_str_eq(l->location, "Sochi, Russia");
    ag_graph_free(g);
}
END_TEST

START_TEST(dictionary_roles_by_date)
{
    const char *dict = "# roles by date\n"
                       "AHMET_DAVUTOGLU_  [TURGOV 090501-160522] [TUROPP >191213] ; comment\n"
                       "+DAVUTOGLU_\n"
                       "\t[TURELI]\n";
    ag_error err = {{0}};
    ck_assert_int_eq(ag_dict_tabari_add_text(lx, AG_DICT_ACTORS, dict, strlen(dict), "t.actors", &err), AG_OK);
    const char *dates[] = {"2012-03-01", "20180301", "2020-03-01", NULL};
    const char *want[] = {"TURGOV", "TURELI", "TUROPP", "TURELI"};
    for (int i = 0; i < 4; i++) {
        const char *text = "Davutoglu condemned Syria.";
        ag_doc_input in = {"d", text, strlen(text), dates[i], NULL, NULL};
        ag_doc *d = NULL;
        ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
        long a = ag_doc_find_actor(d, "ahmet-davutoglu");
        ck_assert_int_ge(a, 0);
        ck_assert_str_eq(d->actors[a].code, want[i]);
        ck_assert_str_eq(d->actors[a].affiliation, "turkey");
        ag_doc_free(d);
    }
    /* Errors name the file and line. */
    const char *bad = "TURKEY_ [TUR]\nX_ [TURGOV 9901-]\n";
    ck_assert_int_eq(ag_dict_tabari_add_text(lx, AG_DICT_ACTORS, bad, strlen(bad), "bad.actors", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.actors:2:"));
}
END_TEST

START_TEST(agents_and_verbs)
{
    const char *agents = "!MINIST! = MINISTER, MINISTRY\n"
                         "FISHERIES_!MINIST! [~GOVAGR]\n"
                         "HARBOUR_MASTER [~GOV] {HARBOUR_MASTERS}\n";
    const char *verbs = "&CURRENCY\n+DOLLAR\n\n"
                        "---  REPROACH   [111]  ---\n"
                        "REPROACH\n"
                        "UPBRAID {UPBRAIDS UPBRAIDED UPBRAIDING}\n"
                        "- * SOMEONE [112]\n"
                        "---  CONFAB   [040]  ---\n"
                        "CONFAB\n";
    ag_error err = {{0}};
    ck_assert_int_eq(ag_dict_tabari_add_text(lx, AG_DICT_AGENTS, agents, strlen(agents), "t.agents", &err), AG_OK);
    ck_assert_int_eq(ag_dict_tabari_add_text(lx, AG_DICT_VERBS, verbs, strlen(verbs), "t.verbs", &err), AG_OK);
    ck_assert_int_ge(ag_lexicon_find(lx, AG_LX_TITLE, "Fisheries Minister"), 0);
    ck_assert_int_ge(ag_lexicon_find(lx, AG_LX_AGENCY, "Fisheries Ministry"), 0);
    long v = ag_lexicon_find(lx, AG_LX_VERB, "upbraid");
    ck_assert_int_ge(v, 0);
    const ag_lx_entry *e = ag_lexicon_entry(lx, (uint32_t)v);
    ck_assert_str_eq(e->code, "111");
    ck_assert_str_eq(e->label, "criticize");
    ck_assert_int_eq(e->polarity, -1);
    ck_assert_int_ge(ag_lexicon_find(lx, AG_LX_MEET, "confab"), 0);
    const char *text = "Turkish Fisheries Minister Ali Veli upbraided Greece.";
    ag_doc_input in = {"d", text, strlen(text), NULL, NULL, NULL};
    ag_doc *d = NULL;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    long a = ag_doc_find_actor(d, "ali-veli");
    ck_assert_int_ge(a, 0);
    ck_assert_str_eq(d->actors[a].code, "TURGOVAGR");
    ck_assert_uint_eq(d->n_relations, 1);
    ck_assert_str_eq(d->relations[0].code, "111");
    ag_doc_free(d);
    const char *badv = "---  X   [111]  ---\nFOO [999]\n";
    ck_assert_int_eq(ag_dict_tabari_add_text(lx, AG_DICT_VERBS, badv, strlen(badv), "b.verbs", &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "b.verbs:2:"));
}
END_TEST

START_TEST(rows_out_one_per_pair)
{
    const char *text = "Russian President Vladimir Putin met Turkish President Recep Erdogan and Syrian President "
                       "Bashar al-Assad in Moscow.\nThe United States condemned Turkey.";
    ag_doc_input in = {"m", text, strlen(text), "2023-01-05", NULL, NULL};
    ag_doc *d = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    ck_assert_int_eq(ag_events_csv_header(AG_EVCSV_PHOENIX, fp, &err), AG_OK);
    ck_assert_int_eq(ag_events_csv_doc(d, AG_EVCSV_PHOENIX, fp, &err), AG_OK);
    fclose(fp);
    int lines = 0;
    for (char *c = out; *c; c++)
        lines += *c == '\n';
    /* header + 3 pairs of the meeting + 1 stance */
    ck_assert_int_eq(lines, 5);
    ck_assert_ptr_nonnull(strstr(out, "EventID,Date,Year,Month,Day,SourceActorFull,"));
    ck_assert_ptr_nonnull(strstr(out, ",USA,USA,,,TUR,TUR,,,111,11,3,-2.0,"));
    ck_assert_ptr_nonnull(strstr(out, ",20230105,2023,1,5,"));
    free(out);
    ag_doc_free(d);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("events");
    TCase *tc = tcase_create("events");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, one_label_one_root);
    tcase_add_test(tc, three_gdelt_rows_give_country_dyads);
    tcase_add_test(tc, compressed_and_bad_rows);
    tcase_add_test(tc, another_format_is_refused);
    tcase_add_test(tc, icews_and_phoenix_by_header);
    tcase_add_test(tc, dictionary_roles_by_date);
    tcase_add_test(tc, agents_and_verbs);
    tcase_add_test(tc, rows_out_one_per_pair);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
