/* The pipeline as library calls (ingest.h) and the accessors of the
 * opaque handles: any input into a graph, the same graph for any number
 * of threads, FILE:LINE on a refused record, a graph file refused where
 * documents are expected; accessors equal to the bodies they read. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actorgraph.h"
#include "testutil.h"

static const char docs[] =
    "{\"id\":\"a\",\"text\":\"France condemned Iran.\",\"date\":\"2024-05-01\"}\n"
    "{\"id\":\"b\",\"text\":\"Iran criticized France. Peru and Chile agreed.\"}\n"
    "{\"id\":\"c\",\"text\":\"Japan criticized China over the islands.\"}\n"
    "{\"id\":\"d\",\"text\":\"Kenyan President Amos Kibet met Ugandan officials in Kampala.\"}\n";

/* A file in a fresh temporary folder; the caller frees the path. */
static char *temp_file(const char *name, const char *content)
{
    char dir[] = "/tmp/ag_ingest_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(content, fp);
    fclose(fp);
    return path;
}

static void remove_temp(char *path)
{
    unlink(path);
    *strrchr(path, '/') = '\0';
    rmdir(path);
    free(path);
}

static void count(void *ud)
{
    ++*(int *)ud;
}

/* graph.json of path ingested on `jobs` threads, and its records. */
static char *ingest_json(const ag_lexicon *lx, const char *path, int jobs, char **records, int *n_docs)
{
    ag_error err;
    ag_graph *g = ag_graph_new();
    size_t rlen = 0, len = 0;
    FILE *rec = open_memstream(records, &rlen);
    ag_ingest_opts o;
    ag_ingest_opts_init(&o);
    o.jobs = jobs;
    o.records = rec;
    o.on_doc = count;
    o.ud = n_docs;
    ck_assert_msg(ag_ingest_path(g, lx, path, &o, &err) == AG_OK, "%s", err.msg);
    fclose(rec);
    char *out = NULL;
    FILE *fp = open_memstream(&out, &len);
    ag_graph_json_opts jo = {.sorted = 1};
    ck_assert_int_eq(ag_graph_write_json(g, fp, &jo, &err), AG_OK);
    fclose(fp);
    ag_graph_free(g);
    return out;
}

START_TEST(documents_records_and_threads_give_one_graph)
{
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    char *path = temp_file("news.jsonl", docs);
    char *rec1 = NULL, *rec3 = NULL, *rec_again = NULL;
    int n1 = 0, n3 = 0, n_rec = 0;
    char *one = ingest_json(lx, path, 1, &rec1, &n1);
    char *three = ingest_json(lx, path, 3, &rec3, &n3);
    ck_assert_int_eq(n1, 4);
    ck_assert_int_eq(n3, 4);
    ck_assert_str_eq(one, three);
    ck_assert_str_eq(rec1, rec3);
    ck_assert_ptr_nonnull(strstr(one, "\"france\""));
    /* The records written on the way give the same graph again. */
    char *rpath = temp_file("events.jsonl", rec1);
    char *from_records = ingest_json(NULL, rpath, 0, &rec_again, &n_rec);
    ck_assert_int_eq(n_rec, 4);
    ck_assert_str_eq(one, from_records);
    ck_assert_str_eq(rec1, rec_again);
    free(one);
    free(three);
    free(from_records);
    free(rec1);
    free(rec3);
    free(rec_again);
    remove_temp(path);
    remove_temp(rpath);
    ag_lexicon_free(lx);
}
END_TEST

START_TEST(refusals_name_the_place)
{
    ag_error err;
    ag_graph *g = ag_graph_new();
    char *bad = temp_file("bad.jsonl", "{\"type\":\"actor\",\"doc\":\"x\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"country\"}\n"
                                       "{\"type\":\"relation\",\"doc\":\"x\",\"kind\":\"stance\",\"source\":\"a\","
                                       "\"target\":\"b\"}\n");
    ck_assert_int_eq(ag_ingest_path(g, NULL, bad, NULL, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.jsonl:2: relation: 'b' is not an actor"));
    ck_assert_uint_eq(ag_graph_node_count(g), 0); /* the document was refused whole */
    char *graph = temp_file("g.json", "{\"directed\":true,\"nodes\":[],\"links\":[]}\n");
    ck_assert_int_eq(ag_ingest_path(g, NULL, graph, NULL, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "g.json: is a graph file"));
    /* ... which ag_graph_load_input reads as it is. */
    ag_input in;
    ag_graph *h = NULL;
    ck_assert_int_eq(ag_input_open(&in, graph, &err), AG_OK);
    ck_assert_int_eq(ag_graph_load_input(&in, NULL, NULL, &h, &err), AG_OK);
    ag_input_close(&in);
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(ag_graph_node_count(h), 0);
    /* Documents without a lexicon: a usage error, not a crash. */
    char *text = temp_file("story.txt", "France condemned Iran.");
    ck_assert_int_eq(ag_input_open(&in, text, &err), AG_OK);
    ck_assert_int_eq(ag_ingest_needs_lexicon(in.kind), 1);
    ck_assert_int_eq(ag_ingest_input(g, NULL, &in, NULL, &err), AG_EUSAGE);
    ag_input_close(&in);
    /* With the default lexicon loaded by ag_ingest_path. */
    ck_assert_int_eq(ag_ingest_path(g, NULL, text, NULL, &err), AG_OK);
    ck_assert_int_ge(ag_graph_find_node(g, "iran"), 0);
    ag_graph_free(g);
    ag_graph_free(h);
    remove_temp(bad);
    remove_temp(graph);
    remove_temp(text);
}
END_TEST

START_TEST(accessors_read_the_bodies)
{
    ag_lexicon *lx;
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    const char *t = "Kenyan President Amos Kibet met Ugandan officials in Kampala. France condemned Iran.";
    ag_doc_input in = {"k", t, strlen(t), "2024-02-03", "T", NULL};
    ag_doc *d = NULL;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    ck_assert_str_eq(ag_doc_id(d), "k");
    ck_assert_str_eq(ag_doc_date(d), "2024-02-03");
    ck_assert_str_eq(ag_doc_title(d), "T");
    ck_assert_ptr_null(ag_doc_url(d));
    ck_assert_uint_eq(ag_doc_actor_count(d), d->n_actors);
    ck_assert_uint_gt(d->n_actors, 2);
    for (size_t i = 0; i < d->n_actors; i++) {
        const ag_actor *a = ag_doc_actor(d, i);
        ck_assert_ptr_eq(a, &d->actors[i]);
        ck_assert_str_eq(ag_actor_id(a), d->actors[i].id);
        ck_assert_str_eq(ag_actor_name(a), d->actors[i].name);
        ck_assert_int_eq(ag_actor_kind_of(a), d->actors[i].kind);
        ck_assert_int_eq(ag_actor_mentions(a), d->actors[i].mentions);
        ck_assert_uint_eq(ag_actor_alias_count(a), d->actors[i].n_aliases);
    }
    ck_assert_ptr_null(ag_doc_actor(d, d->n_actors));
    ck_assert_uint_eq(ag_doc_relation_count(d), d->n_relations);
    const ag_relation *r = ag_doc_relation(d, 0);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(ag_relation_label(r), d->relations[0].label);
    ck_assert_uint_eq(ag_relation_participant_count(r), d->relations[0].n_participants);
    ck_assert_str_eq(ag_relation_participant(r, 0), d->relations[0].participants[0]);
    ck_assert_ptr_null(ag_relation_participant(r, d->relations[0].n_participants));
    ck_assert_int_eq(ag_relation_sentence(r), d->relations[0].sentence);

    ag_graph *g = ag_graph_new();
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_OK);
    ck_assert_uint_eq(ag_graph_node_count(g), g->n_nodes);
    ck_assert_uint_eq(ag_graph_link_count(g), g->n_links);
    long fr = ag_graph_find_node(g, "france");
    ck_assert_int_ge(fr, 0);
    const ag_node *n = ag_graph_node(g, (size_t)fr);
    ck_assert_str_eq(ag_node_name(n), "France");
    ck_assert_int_eq(ag_node_kind_of(n), AG_ACTOR_COUNTRY);
    ck_assert_int_eq(ag_node_docs(n), 1);
    int stance = 0;
    for (size_t i = 0; i < ag_graph_link_count(g); i++) {
        const ag_link *l = ag_graph_link(g, i);
        if (ag_link_source(l) != (size_t)fr || ag_link_kind_of(l) != AG_REL_STANCE)
            continue;
        stance = 1;
        ck_assert_str_eq(ag_node_id(ag_graph_node(g, ag_link_target(l))), "iran");
        ck_assert_int_eq(ag_link_polarity(l), -1);
        ck_assert_int_eq(ag_link_weight(l), 1);
        ck_assert_uint_eq(ag_link_evidence_count(l), 1);
        const ag_evidence *e = ag_link_evidence(l, 0);
        ck_assert_str_eq(ag_evidence_doc(e), "k");
        ck_assert_str_eq(ag_evidence_date(e), "2024-02-03");
        ck_assert_ptr_nonnull(strstr(ag_evidence_text(e), "condemned"));
        size_t nd = 0;
        const ag_day_count *days = ag_link_days(l, &nd);
        ck_assert_uint_eq(nd, 1);
        ck_assert_int_eq(days[0].day, 20240203);
    }
    ck_assert_int_eq(stance, 1);
    ck_assert_ptr_null(ag_graph_node(g, g->n_nodes));
    ag_graph_free(g);
    ag_doc_free(d);
    ag_lexicon_free(lx);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ingest");
    TCase *tc = tcase_create("ingest");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, documents_records_and_threads_give_one_graph);
    tcase_add_test(tc, refusals_name_the_place);
    tcase_add_test(tc, accessors_read_the_bodies);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
