/* test_graph.c — building the actor graph from hand-made documents and its
 * node-link JSON round trip. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "graph.h"
#include "testutil.h"

/* ---- hand-made documents ---- */

#define MAX_ITEMS 64

static ag_doc *doc_new(const char *id, const char *date)
{
    ag_doc *d = ag_doc_new();
    ck_assert_ptr_nonnull(d);
    d->id = ag_arena_strdup(d->arena, id);
    d->date = ag_arena_strdup(d->arena, date);
    d->actors = ag_arena_alloc(d->arena, MAX_ITEMS * sizeof *d->actors);
    d->relations = ag_arena_alloc(d->arena, MAX_ITEMS * sizeof *d->relations);
    ck_assert_ptr_nonnull(d->actors);
    ck_assert_ptr_nonnull(d->relations);
    return d;
}

static void actor(ag_doc *d, const char *id, ag_actor_kind kind, const char *code,
                  const char *affiliation, int mentions)
{
    ck_assert_uint_lt(d->n_actors, MAX_ITEMS);
    ag_actor *a = &d->actors[d->n_actors++];
    a->id = ag_arena_strdup(d->arena, id);
    /* Names differ from ids so a test can tell which one was kept. */
    a->name = ag_arena_printf(d->arena, "Name of %s (%s)", id, d->id);
    a->kind = kind;
    a->code = ag_arena_strdup(d->arena, code);
    a->affiliation = ag_arena_strdup(d->arena, affiliation);
    a->mentions = mentions;
}

/* Participants: a NULL-terminated list of actor ids. */
static ag_relation *relation(ag_doc *d, ag_rel_kind kind, const char *label, int polarity,
                             double goldstein, int sentence, ...)
{
    ck_assert_uint_lt(d->n_relations, MAX_ITEMS);
    ag_relation *r = &d->relations[d->n_relations++];
    r->kind = kind;
    r->label = ag_arena_strdup(d->arena, label);
    r->polarity = polarity;
    r->goldstein = goldstein;
    r->sentence = sentence;
    r->evidence = ag_arena_printf(d->arena, "sentence %d of %s", sentence, d->id);
    r->participants = ag_arena_alloc(d->arena, 8 * sizeof *r->participants);
    va_list ap;
    va_start(ap, sentence);
    for (const char *p; (p = va_arg(ap, const char *)) != NULL;)
        r->participants[r->n_participants++] = ag_arena_strdup(d->arena, p);
    va_end(ap);
    return r;
}

static void add(ag_graph *g, ag_doc *d)
{
    ag_error err = {{0}};
    ag_status st = ag_graph_add_doc(g, d, &err);
    ck_assert_msg(st == AG_OK, "add_doc failed: %s", err.msg);
    ag_doc_free(d);
}

static const ag_node *node(const ag_graph *g, const char *id)
{
    long i = ag_graph_find_node(g, id);
    ck_assert_msg(i >= 0, "no node '%s'", id);
    return &g->nodes[i];
}

/* The link (source id, target id, kind, label), or NULL. */
static const ag_link *find_link(const ag_graph *g, const char *s, const char *t, ag_rel_kind kind,
                                const char *label)
{
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (l->kind == kind && strcmp(g->nodes[l->source].id, s) == 0 &&
            strcmp(g->nodes[l->target].id, t) == 0 && strcmp(l->label, label) == 0)
            return l;
    }
    return NULL;
}

static const ag_link *link_of(const ag_graph *g, const char *s, const char *t, ag_rel_kind kind,
                              const char *label)
{
    const ag_link *l = find_link(g, s, t, kind, label);
    ck_assert_msg(l != NULL, "no %s link %s -> %s '%s'", ag_rel_kind_name(kind), s, t, label);
    return l;
}

/* Two documents about the same actors, used by several tests. */
static void add_two_docs(ag_graph *g)
{
    ag_doc *d = doc_new("doc-a", "2019-10-10");
    actor(d, "turkey", AG_ACTOR_COUNTRY, NULL, NULL, 3);
    actor(d, "syria", AG_ACTOR_COUNTRY, "SYR", NULL, 2);
    actor(d, "recep-erdogan", AG_ACTOR_PERSON, "TURGOV", "turkey", 1);
    relation(d, AG_REL_STANCE, "denounce", -1, -2.0, 0, "turkey", "syria", NULL);
    relation(d, AG_REL_STANCE, "denounce", -1, -2.0, 2, "turkey", "syria", NULL);
    relation(d, AG_REL_STANCE, "urge", 1, 3.0, 3, "syria", "turkey", NULL);
    add(g, d);

    d = doc_new("doc-b", "2019-10-11");
    actor(d, "syria", AG_ACTOR_COUNTRY, "XXX", NULL, 4);
    actor(d, "turkey", AG_ACTOR_COUNTRY, "TUR", NULL, 5);
    actor(d, "russia", AG_ACTOR_COUNTRY, "RUS", NULL, 1);
    relation(d, AG_REL_STANCE, "denounce", -1, -2.0, 7, "turkey", "syria", NULL);
    relation(d, AG_REL_MEETING, "meet", 1, 1.0, 1, "turkey", "syria", "russia", NULL);
    add(g, d);
}

static ag_graph *two_doc_graph(void)
{
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    add_two_docs(g);
    return g;
}

START_TEST(merge_across_documents)
{
    ag_graph *g = two_doc_graph();
    ck_assert_uint_eq(g->n_nodes, 4);
    /* Insertion order: first document's actors first. */
    ck_assert_str_eq(g->nodes[0].id, "turkey");
    ck_assert_str_eq(g->nodes[1].id, "syria");
    ck_assert_str_eq(g->nodes[2].id, "recep-erdogan");
    ck_assert_str_eq(g->nodes[3].id, "russia");

    const ag_node *tr = node(g, "turkey");
    ck_assert_int_eq(tr->mentions, 8);
    ck_assert_int_eq(tr->docs, 2);
    ck_assert_str_eq(tr->code, "TUR");                  /* first non-NULL code */
    ck_assert_str_eq(tr->name, "Name of turkey (doc-a)"); /* first name */
    ck_assert_int_eq(tr->kind, AG_ACTOR_COUNTRY);
    ck_assert_str_eq(node(g, "syria")->code, "SYR"); /* the later "XXX" does not replace it */
    ck_assert_int_eq(node(g, "syria")->mentions, 6);
    ck_assert_int_eq(node(g, "russia")->docs, 1);
    ck_assert_int_eq(node(g, "recep-erdogan")->docs, 1);
    ck_assert_int_eq(ag_graph_find_node(g, "nowhere"), -1);
    ag_graph_free(g);
}
END_TEST

START_TEST(stance_weights_count_occurrences)
{
    ag_graph *g = two_doc_graph();
    const ag_link *l = link_of(g, "turkey", "syria", AG_REL_STANCE, "denounce");
    ck_assert_int_eq(l->weight, 3);
    ck_assert_int_eq(l->polarity, -1);
    ck_assert_double_eq(l->goldstein, -2.0);
    ck_assert_uint_eq(l->n_evidence, 3);
    ck_assert_str_eq(l->evidence[0].doc, "doc-a");
    ck_assert_int_eq(l->evidence[0].sentence, 0);
    ck_assert_str_eq(l->evidence[0].text, "sentence 0 of doc-a");
    ck_assert_str_eq(l->evidence[0].date, "2019-10-10");
    ck_assert_str_eq(l->evidence[2].doc, "doc-b");
    ck_assert_int_eq(l->evidence[2].sentence, 7);
    ck_assert_str_eq(l->evidence[2].date, "2019-10-11");

    /* Direction matters for stances: the reverse is its own link. */
    const ag_link *u = link_of(g, "syria", "turkey", AG_REL_STANCE, "urge");
    ck_assert_int_eq(u->weight, 1);
    ck_assert_int_eq(u->polarity, 1);
    ck_assert_ptr_null(find_link(g, "syria", "turkey", AG_REL_STANCE, "denounce"));
    ag_graph_free(g);
}
END_TEST

/* A use of force is a directed link of its own kind: not merged with a
 * stance of the same label, nor with the reverse; it reads back from
 * graph.json; without a label it is refused like a stance. */
START_TEST(force_is_a_link_of_its_own)
{
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    ag_doc *d = doc_new("doc-f", "2022-02-24");
    actor(d, "russia", AG_ACTOR_COUNTRY, "RUS", NULL, 2);
    actor(d, "ukraine", AG_ACTOR_COUNTRY, "UKR", NULL, 2);
    relation(d, AG_REL_FORCE, "attack", -1, -10.0, 0, "russia", "ukraine", NULL);
    relation(d, AG_REL_FORCE, "attack", -1, -10.0, 1, "russia", "ukraine", NULL);
    relation(d, AG_REL_STANCE, "attack", -1, -4.4, 2, "russia", "ukraine", NULL);
    relation(d, AG_REL_FORCE, "attack", -1, -10.0, 3, "ukraine", "russia", NULL);
    add(g, d);
    const ag_link *f = link_of(g, "russia", "ukraine", AG_REL_FORCE, "attack");
    ck_assert_int_eq(f->weight, 2);
    ck_assert_int_eq(f->polarity, -1);
    ck_assert_double_eq(f->goldstein, -10.0);
    ck_assert_uint_eq(f->n_evidence, 2);
    ck_assert_int_eq(link_of(g, "russia", "ukraine", AG_REL_STANCE, "attack")->weight, 1);
    ck_assert_int_eq(link_of(g, "ukraine", "russia", AG_REL_FORCE, "attack")->weight, 1);
    ck_assert_uint_eq(g->n_links, 3);

    json_t *j = ag_graph_to_json(g, "links");
    ag_graph *h = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "f.json", &h, &err), AG_OK);
    ck_assert_int_eq(link_of(h, "russia", "ukraine", AG_REL_FORCE, "attack")->weight, 2);
    ck_assert_uint_eq(h->n_links, 3);
    json_decref(j);

    ag_rel_kind k = AG_REL_STANCE;
    ck_assert_int_eq(ag_rel_kind_parse("force", &k), 0);
    ck_assert_int_eq(k, AG_REL_FORCE);
    ck_assert_str_eq(ag_rel_kind_name(AG_REL_FORCE), "force");

    d = doc_new("doc-nolabel", NULL);
    actor(d, "russia", AG_ACTOR_COUNTRY, "RUS", NULL, 1);
    actor(d, "ukraine", AG_ACTOR_COUNTRY, "UKR", NULL, 1);
    relation(d, AG_REL_FORCE, "", -1, -10.0, 0, "russia", "ukraine", NULL);
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "force has no label"));
    ag_doc_free(d);
    ag_graph_free(g);
    ag_graph_free(h);
}
END_TEST

START_TEST(meeting_becomes_pairwise_links)
{
    ag_graph *g = two_doc_graph();
    /* Participants turkey, syria, russia: 3 pairs, source id < target id. */
    const ag_link *a = link_of(g, "syria", "turkey", AG_REL_MEETING, "meet");
    const ag_link *b = link_of(g, "russia", "turkey", AG_REL_MEETING, "meet");
    const ag_link *c = link_of(g, "russia", "syria", AG_REL_MEETING, "meet");
    ck_assert_int_eq(a->weight, 1);
    ck_assert_int_eq(b->weight, 1);
    ck_assert_int_eq(c->weight, 1);
    ck_assert_ptr_null(find_link(g, "turkey", "syria", AG_REL_MEETING, "meet"));
    size_t meetings = 0;
    for (size_t i = 0; i < g->n_links; i++)
        if (g->links[i].kind == AG_REL_MEETING) {
            meetings++;
            ck_assert_str_lt(g->nodes[g->links[i].source].id, g->nodes[g->links[i].target].id);
        }
    ck_assert_uint_eq(meetings, 3);

    /* Another meeting of the same pair (named in reverse, with a repeated
     * participant) adds weight to the same link; location fills in. */
    ag_doc *d = doc_new("doc-c", NULL);
    actor(d, "turkey", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "syria", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    ag_relation *r = relation(d, AG_REL_MEETING, "meet", 1, 1.0, -1, "turkey", "syria", "turkey", NULL);
    r->location = ag_arena_strdup(d->arena, "Sochi");
    add(g, d);
    a = link_of(g, "syria", "turkey", AG_REL_MEETING, "meet");
    ck_assert_int_eq(a->weight, 2);
    ck_assert_str_eq(a->location, "Sochi");
    ck_assert_int_eq(a->evidence[1].sentence, -1);
    ck_assert_ptr_null(a->evidence[1].date);
    ag_graph_free(g);
}
END_TEST

START_TEST(affiliation_links)
{
    ag_graph *g = two_doc_graph();
    const ag_node *e = node(g, "recep-erdogan");
    ck_assert_str_eq(e->affiliation, "turkey");
    const ag_link *l = link_of(g, "recep-erdogan", "turkey", AG_REL_AFFILIATION, "member of");
    ck_assert_int_eq(l->weight, 1);
    ck_assert_int_eq(l->polarity, 0);
    ck_assert_ptr_null(node(g, "turkey")->affiliation);

    /* Stated twice in one document (field and record): counted once. */
    ag_doc *d = doc_new("doc-c", "2019-10-12");
    actor(d, "recep-erdogan", AG_ACTOR_PERSON, NULL, "turkey", 1);
    actor(d, "turkey", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_AFFILIATION, "member of", 0, 0.0, 4, "recep-erdogan", "turkey", NULL);
    add(g, d);
    l = link_of(g, "recep-erdogan", "turkey", AG_REL_AFFILIATION, "member of");
    ck_assert_int_eq(l->weight, 2);
    ck_assert_uint_eq(l->n_evidence, 2);
    ck_assert_str_eq(l->evidence[1].doc, "doc-c");

    /* An affiliation record alone also sets the node's affiliation. */
    d = doc_new("doc-d", NULL);
    actor(d, "ned-price", AG_ACTOR_PERSON, NULL, NULL, 1);
    actor(d, "us-state-department", AG_ACTOR_ORGANIZATION, NULL, NULL, 1);
    relation(d, AG_REL_AFFILIATION, "member of", 0, 0.0, 0, "ned-price", "us-state-department", NULL);
    add(g, d);
    ck_assert_str_eq(node(g, "ned-price")->affiliation, "us-state-department");
    ck_assert_int_eq(link_of(g, "ned-price", "us-state-department", AG_REL_AFFILIATION, "member of")
                         ->evidence[0].sentence,
                     0);
    ag_graph_free(g);
}
END_TEST

START_TEST(evidence_is_capped)
{
    ag_graph *g = ag_graph_new();
    ag_doc *d = doc_new("long", NULL);
    actor(d, "a", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "b", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    for (int i = 0; i < AG_GRAPH_MAX_EVIDENCE + 9; i++)
        relation(d, AG_REL_STANCE, "warn", -1, -4.0, i, "a", "b", NULL);
    add(g, d);
    ck_assert_uint_eq(g->n_links, 1);
    ck_assert_int_eq(g->links[0].weight, AG_GRAPH_MAX_EVIDENCE + 9);
    ck_assert_uint_eq(g->links[0].n_evidence, AG_GRAPH_MAX_EVIDENCE);
    ck_assert_int_eq(g->links[0].evidence[AG_GRAPH_MAX_EVIDENCE - 1].sentence,
                     AG_GRAPH_MAX_EVIDENCE - 1);
    ag_graph_free(g);
}
END_TEST

START_TEST(bad_document_leaves_graph_unchanged)
{
    ag_graph *g = two_doc_graph();
    size_t nodes = g->n_nodes, links = g->n_links;
    ag_error err = {{0}};

    ag_doc *d = doc_new("bad", NULL);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "iran", "iraq", NULL);
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "'bad'"));
    ck_assert_ptr_nonnull(strstr(err.msg, "'iraq' is not an actor"));
    ck_assert_uint_eq(g->n_nodes, nodes);
    ck_assert_uint_eq(g->n_links, links);
    ag_doc_free(d);

    d = doc_new("bad2", NULL);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "iran", NULL);
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "exactly 2 participants"));
    ag_doc_free(d);

    /* An id an earlier document introduced may be referred to. */
    d = doc_new("ok", NULL);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "iran", "russia", NULL);
    add(g, d);
    ck_assert_uint_eq(g->n_nodes, nodes + 1);
    ag_graph_free(g);
}
END_TEST

START_TEST(bad_values_in_a_document_are_refused)
{
    ag_graph *g = ag_graph_new();
    ag_error err = {{0}};
    ag_doc *d = doc_new("dup", NULL);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "iraq", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 2);
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_EINPUT);
    ck_assert_str_eq(err.msg, "document 'dup': actor id 'iran' appears twice");
    ag_doc_free(d);

    d = doc_new("far", NULL);
    actor(d, "iran", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "iraq", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -1e308, 0, "iran", "iraq", NULL);
    ck_assert_int_eq(ag_graph_add_doc(g, d, &err), AG_EINPUT);
    ck_assert_str_eq(err.msg, "document 'far': relation 1: Goldstein weight -1e+308 is not in [-10, 10]");
    ck_assert_uint_eq(g->n_nodes, 0);
    ag_doc_free(d);
    ag_graph_free(g);
}
END_TEST

/* Weights, mentions and document counts stop at AG_COUNT_MAX instead of
 * overflowing (UBSan checks the sums), and such a graph reads back. */
START_TEST(counts_saturate_and_read_back)
{
    char json[1024];
    snprintf(json, sizeof json,
             "{\"nodes\":[{\"id\":\"a\",\"mentions\":%ld,\"docs\":%ld},{\"id\":\"b\"}],\"links\":["
             "{\"source\":\"a\",\"target\":\"b\",\"label\":\"warn\",\"weight\":%ld},"
             "{\"source\":\"a\",\"target\":\"b\",\"label\":\"warn\",\"weight\":%ld},"
             "{\"source\":\"a\",\"target\":\"b\",\"label\":\"warn\",\"weight\":%ld}]}",
             AG_COUNT_MAX, AG_COUNT_MAX, AG_COUNT_MAX, AG_COUNT_MAX - 1, 3L);
    json_t *j = json_loads(json, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "big.json", &g, &err), AG_OK);
    json_decref(j);
    ck_assert_uint_eq(g->n_links, 1);
    ck_assert_int_eq(g->links[0].weight, AG_COUNT_MAX);

    ag_doc *d = doc_new("more", NULL);
    actor(d, "a", AG_ACTOR_COUNTRY, NULL, NULL, 2147483647);
    actor(d, "b", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "a", "b", NULL);
    add(g, d);
    ck_assert_int_eq(g->links[0].weight, AG_COUNT_MAX);
    ck_assert_int_eq(node(g, "a")->mentions, AG_COUNT_MAX);
    ck_assert_int_eq(node(g, "a")->docs, AG_COUNT_MAX);

    ag_graph *h = NULL;
    j = ag_graph_to_json(g, "links");
    ck_assert_int_eq(ag_graph_from_json(j, "again.json", &h, &err), AG_OK);
    ck_assert_int_eq(h->links[0].weight, AG_COUNT_MAX);
    json_decref(j);
    ag_graph_free(h);
    ag_graph_free(g);
}
END_TEST

/* ---- JSON ---- */

static char *dump(const ag_graph *g)
{
    json_t *j = ag_graph_to_json(g, "links");
    ck_assert_ptr_nonnull(j);
    char *s = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(j);
    ck_assert_ptr_nonnull(s);
    return s;
}

static void assert_same_graph(const ag_graph *a, const ag_graph *b)
{
    ck_assert_uint_eq(a->n_nodes, b->n_nodes);
    ck_assert_uint_eq(a->n_links, b->n_links);
    for (size_t i = 0; i < a->n_nodes; i++) {
        const ag_node *x = &a->nodes[i], *y = &b->nodes[i];
        ck_assert_str_eq(x->id, y->id);
        ck_assert_str_eq(x->name, y->name);
        ck_assert_int_eq(x->kind, y->kind);
        ck_assert_pstr_eq(x->code, y->code);
        ck_assert_pstr_eq(x->affiliation, y->affiliation);
        ck_assert_int_eq(x->mentions, y->mentions);
        ck_assert_int_eq(x->docs, y->docs);
    }
    for (size_t i = 0; i < a->n_links; i++) {
        const ag_link *x = &a->links[i], *y = &b->links[i];
        ck_assert_uint_eq(x->source, y->source);
        ck_assert_uint_eq(x->target, y->target);
        ck_assert_int_eq(x->kind, y->kind);
        ck_assert_str_eq(x->label, y->label);
        ck_assert_pstr_eq(x->code, y->code);
        ck_assert_int_eq(x->polarity, y->polarity);
        ck_assert_double_eq(x->goldstein, y->goldstein);
        ck_assert_int_eq(x->weight, y->weight);
        ck_assert_pstr_eq(x->location, y->location);
        ck_assert_uint_eq(x->n_evidence, y->n_evidence);
        for (size_t k = 0; k < x->n_evidence; k++) {
            ck_assert_pstr_eq(x->evidence[k].doc, y->evidence[k].doc);
            ck_assert_int_eq(x->evidence[k].sentence, y->evidence[k].sentence);
            ck_assert_pstr_eq(x->evidence[k].text, y->evidence[k].text);
            ck_assert_pstr_eq(x->evidence[k].date, y->evidence[k].date);
        }
    }
}

static char *temp_file(const char *content)
{
    static const char tmpl[] = "/tmp/ag-test-graph-XXXXXX";
    char *path = strdup(tmpl);
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *fp = fdopen(fd, "w");
    ck_assert_ptr_nonnull(fp);
    if (content)
        fputs(content, fp);
    fclose(fp);
    return path;
}

START_TEST(json_round_trip)
{
    ag_graph *g = two_doc_graph();
    /* A string with invalid UTF-8 is repaired on the way in, so it can be written. */
    ag_doc *d = doc_new("bytes", NULL);
    actor(d, "caf\xe9", AG_ACTOR_ORGANIZATION, NULL, NULL, 1);
    add(g, d);
    ck_assert_str_eq(g->nodes[g->n_nodes - 1].id, "caf\xef\xbf\xbd");

    char *path = temp_file(NULL);
    FILE *fp = fopen(path, "w");
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_write(g, fp, &err), AG_OK);
    fclose(fp);

    ag_graph *h = NULL;
    ag_status st = ag_graph_read_file(path, &h, &err);
    ck_assert_msg(st == AG_OK, "read failed: %s", err.msg);
    assert_same_graph(g, h);
    char *a = dump(g), *b = dump(h);
    ck_assert_str_eq(a, b);

    /* Writing is deterministic byte for byte. */
    char *buf1 = NULL, *buf2 = NULL;
    size_t n1 = 0, n2 = 0;
    FILE *m1 = open_memstream(&buf1, &n1), *m2 = open_memstream(&buf2, &n2);
    ck_assert_int_eq(ag_graph_write(g, m1, &err), AG_OK);
    ck_assert_int_eq(ag_graph_write(h, m2, &err), AG_OK);
    fclose(m1);
    fclose(m2);
    ck_assert_str_eq(buf1, buf2);
    /* Keys sorted: "directed" comes before "graph", "links", "nodes". */
    ck_assert_ptr_nonnull(strstr(buf1, "\"directed\": true"));
    ck_assert(strstr(buf1, "\"directed\"") < strstr(buf1, "\"links\""));
    ck_assert(strstr(buf1, "\"links\"") < strstr(buf1, "\"nodes\""));

    unlink(path);
    free(path);
    free(a);
    free(b);
    free(buf1);
    free(buf2);
    ag_graph_free(g);
    ag_graph_free(h);
}
END_TEST

START_TEST(json_edges_key_and_defaults)
{
    ag_graph *g = two_doc_graph();
    json_t *j = ag_graph_to_json(g, "edges");
    ck_assert_ptr_nonnull(json_object_get(j, "edges"));
    ck_assert_ptr_null(json_object_get(j, "links"));
    ck_assert_uint_eq(json_array_size(json_object_get(j, "edges")), g->n_links);
    ag_graph *h = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "e.json", &h, &err), AG_OK);
    assert_same_graph(g, h);
    json_decref(j);
    ag_graph_free(h);
    ag_graph_free(g);

    /* A minimal hand-written file: missing fields take defaults, a meeting
     * written target-first is normalized, repeated links merge. */
    json_error_t jerr;
    j = json_loads("{\"nodes\":[{\"id\":\"b\"},{\"id\":\"a\",\"kind\":\"person\"}],"
                   "\"links\":[{\"source\":\"b\",\"target\":\"a\",\"kind\":\"meeting\"},"
                   "{\"source\":\"a\",\"target\":\"b\",\"kind\":\"meeting\",\"weight\":2}]}",
                   0, &jerr);
    ck_assert_ptr_nonnull(j);
    ck_assert_int_eq(ag_graph_from_json(j, "min.json", &h, &err), AG_OK);
    ck_assert_uint_eq(h->n_nodes, 2);
    ck_assert_str_eq(h->nodes[0].name, "b");
    ck_assert_int_eq(h->nodes[1].kind, AG_ACTOR_PERSON);
    ck_assert_uint_eq(h->n_links, 1);
    ck_assert_str_eq(h->nodes[h->links[0].source].id, "a");
    ck_assert_str_eq(h->links[0].label, "meet");
    ck_assert_int_eq(h->links[0].weight, 3);
    json_decref(j);
    ag_graph_free(h);
}
END_TEST

START_TEST(json_empty_graph)
{
    ag_graph *g = ag_graph_new(), *h = NULL;
    ag_error err = {{0}};
    json_t *j = ag_graph_to_json(g, "links");
    ck_assert_int_eq(ag_graph_from_json(j, "empty.json", &h, &err), AG_OK);
    ck_assert_uint_eq(h->n_nodes, 0);
    ck_assert_uint_eq(h->n_links, 0);
    json_decref(j);
    ag_graph_free(g);
    ag_graph_free(h);
}
END_TEST

/* Each malformed document and a piece of the message it must produce. */
static const struct {
    const char *json, *msg;
} malformed[] = {
    {"[]", "g.json: a graph must be a JSON object"},
    {"{\"links\":[]}", "g.json: \"nodes\" must be an array"},
    {"{\"nodes\":[],\"edges\":{}}", "g.json: \"edges\" must be an array"},
    {"{\"nodes\":[1]}", "g.json: node 1 must be an object"},
    {"{\"nodes\":[{\"name\":\"x\"}]}", "g.json: node 1: id must be a non-empty string"},
    {"{\"nodes\":[{\"id\":7}]}", "node 1: id must be a non-empty string"},
    {"{\"nodes\":[{\"id\":\"a\"},{\"id\":\"a\"}]}", "g.json: node 2: id 'a' appears twice"},
    {"{\"nodes\":[{\"id\":\"a\",\"kind\":\"planet\"}]}", "node 1 ('a'): unknown kind 'planet'"},
    {"{\"nodes\":[{\"id\":\"a\",\"mentions\":-1}]}", "mentions and docs must be integers >= 0"},
    {"{\"nodes\":[{\"id\":\"a\",\"affiliation\":\"z\"}]}", "node 1 ('a'): affiliation 'z' is not a node"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"x\",\"label\":\"l\"}]}",
     "g.json: link 1: target 'x' is not a node"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{},{\"source\":\"a\"}]}",
     "g.json: link 1: source and target must be node id strings"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\"},"
     "{\"source\":\"q\",\"target\":\"a\",\"label\":\"l\"}]}",
     "g.json: link 2: source 'q' is not a node"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\"}]}",
     "link 1: a stance needs a label"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"polarity\":2}]}",
     "link 1: polarity must be -1, 0 or 1"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"weight\":0}]}",
     "link 1: weight must be an integer >= 1"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"goldstein\":\"high\"}]}",
     "link 1: goldstein must be a number"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"kind\":\"war\"}]}",
     "link 1: unknown kind 'war'"},
    {"{\"nodes\":[{\"id\":\"a\",\"mentions\":4611686018427387904}]}", "mentions and docs must be integers >= 0 and <="},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"weight\":4611686018427387904}]}",
     "link 1: weight must be an integer >= 1 and <= 4611686018427387903"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"goldstein\":1e308}]}",
     "g.json: link 1: goldstein must be a number from -10 to 10"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"goldstein\":-10.01}]}",
     "g.json: link 1: goldstein must be a number from -10 to 10"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"evidence\":[{\"date\":\"2023-02-29\"}]}]}",
     "g.json: link 1: evidence 1: date \"2023-02-29\" is not a real date"},
    {"{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"label\":\"l\","
     "\"evidence\":[{\"sentence\":\"two\"}]}]}",
     "link 1: evidence 1: sentence must be an integer"},
};

START_TEST(json_malformed_rejected)
{
    json_error_t jerr;
    json_t *j = json_loads(malformed[_i].json, 0, &jerr);
    ck_assert_msg(j != NULL, "test input %d does not parse: %s", _i, jerr.text);
    ag_graph *g = (ag_graph *)1;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "g.json", &g, &err), AG_EINPUT);
    ck_assert_ptr_null(g);
    ck_assert_msg(strstr(err.msg, malformed[_i].msg) != NULL, "message '%s' lacks '%s'", err.msg,
                  malformed[_i].msg);
    json_decref(j);
}
END_TEST

START_TEST(read_file_reports_position)
{
    char *path = temp_file("{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": }\n]}\n");
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_read_file(path, &g, &err), AG_EINPUT);
    ck_assert_ptr_null(g);
    char want[512];
    snprintf(want, sizeof want, "%s:3:", path);
    ck_assert_msg(strncmp(err.msg, want, strlen(want)) == 0, "message '%s' does not start with '%s'",
                  err.msg, want);
    unlink(path);

    /* Duplicate keys are rejected too. */
    FILE *fp = fopen(path, "w");
    fputs("{\"nodes\": [], \"nodes\": []}", fp);
    fclose(fp);
    ck_assert_int_eq(ag_graph_read_file(path, &g, &err), AG_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.msg, "duplicate"));
    unlink(path);

    ck_assert_int_eq(ag_graph_read_file(path, &g, &err), AG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, path));
    free(path);
}
END_TEST


/* ---- exact dates ---- */

START_TEST(day_parsing)
{
    static const struct {
        const char *s;
        int32_t day;
    } cases[] = {
        {"2024-05-03", 20240503}, {"20240503", 20240503}, {"2024-05", 20240500}, {"202405", 20240500},
        {"2024", 20240000}, {"2024-02-29", 20240229}, {"2024-05-03T10:00:00Z", -1},
        {"yesterday", -1}, {"", -1}, {"2024-13-01", -1}, {"2023-02-29", -1},
        {"2024-05-32", -1}, {"2024-5-3", -1}, {"2024-05T10", -1}, {"24-05-03", -1}, {"2024-05-03x", -1},
        {"1234567", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_msg(ag_graph_day(cases[i].s) == cases[i].day, "'%s': %d, not %d", cases[i].s,
                      (int)ag_graph_day(cases[i].s), (int)cases[i].day);
    ck_assert_int_eq(ag_graph_day(NULL), -1);
    char out[16];
    ag_graph_day_string(20240503, out);
    ck_assert_str_eq(out, "2024-05-03");
    ag_graph_day_string(20240500, out);
    ck_assert_str_eq(out, "2024-05");
    ag_graph_day_string(20240000, out);
    ck_assert_str_eq(out, "2024");
}
END_TEST

/* One stance a->b seen in many documents of several dates; with `bad`,
 * some dates are no dates (counted as undated; the input readers refuse
 * them, ag_graph_add_doc takes them). */
static ag_graph *dated_graph(int bad)
{
    const char *const dates[] = {"2024-03-02", "20240301", "2024-03-01", NULL,
                                 "2024-03", bad ? "yesterday" : NULL, "2024-02-28"};
    ag_graph *g = ag_graph_new();
    for (int i = 0; i < 40; i++) {
        char id[16];
        snprintf(id, sizeof id, "doc-%02d", i);
        ag_doc *d = doc_new(id, dates[i % 7]);
        actor(d, "a", AG_ACTOR_COUNTRY, NULL, NULL, 1);
        actor(d, "b", AG_ACTOR_COUNTRY, NULL, NULL, 1);
        relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "a", "b", NULL);
        if (i % 2 == 0)
            relation(d, AG_REL_MEETING, "meet", 0, 1.0, 1, "b", "a", NULL);
        add(g, d);
    }
    return g;
}

START_TEST(days_count_every_occurrence)
{
    ag_graph *g = dated_graph(1);
    const ag_link *l = link_of(g, "a", "b", AG_REL_STANCE, "warn");
    ck_assert_int_eq(l->weight, 40);
    ck_assert_uint_eq(l->n_evidence, AG_GRAPH_MAX_EVIDENCE);
    /* i % 7: 0 -> 03-02 (6), 1 and 2 -> 03-01 (6 + 6), 4 -> month (6), 6 -> 02-28 (5);
     * 3 (undated) and 5 ("yesterday") count as undated (5 + 6). */
    ck_assert_uint_eq(l->n_days, 4);
    ck_assert_int_eq(l->days[0].day, 20240228);
    ck_assert_uint_eq(l->days[0].count, 5);
    ck_assert_int_eq(l->days[1].day, 20240300);
    ck_assert_uint_eq(l->days[1].count, 6);
    ck_assert_int_eq(l->days[2].day, 20240301);
    ck_assert_uint_eq(l->days[2].count, 12);
    ck_assert_int_eq(l->days[3].day, 20240302);
    ck_assert_uint_eq(l->days[3].count, 6);
    ck_assert_int_eq(ag_link_count_between(l, 0, INT32_MAX), 29);
    ck_assert_int_eq(ag_link_count_between(l, 20240301, 20240399), 18);
    ck_assert_int_eq(ag_link_count_between(l, 20240300, 20240301), 18);
    ck_assert_int_eq(ag_link_count_between(l, 20250000, 20259999), 0);
    /* The meeting (every other document) has its own days. */
    const ag_link *m = link_of(g, "a", "b", AG_REL_MEETING, "meet");
    ck_assert_int_eq(m->weight, 20);
    /* even i: undated for i = 10, 24, 38 (i % 7 == 3) and 12, 26 (== 5) */
    ck_assert_int_eq(ag_link_count_between(m, 0, INT32_MAX), 20 - 5);
    ag_graph_free(g);
}
END_TEST

/* The graph written to memory: ag_graph_write_json with o. */
static char *written(const ag_graph *g, const ag_graph_json_opts *o)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_write_json(g, m, o, &err), AG_OK);
    fclose(m);
    return buf;
}

/* What json_dumpf writes for the same choices, from ag_graph_to_json. */
static char *expected(const ag_graph *g, const ag_graph_json_opts *o)
{
    const char *key = o->edges_key ? o->edges_key : "links";
    json_t *j = ag_graph_to_json(g, key);
    json_t *nodes = json_object_get(j, "nodes"), *links = json_object_get(j, key);
    json_t *kn = json_array(), *kl = json_array();
    size_t *no = NULL, *lo = NULL;
    if (o->sorted)
        ck_assert_int_eq(ag_graph_order(g, &no, &lo), AG_OK);
    for (size_t r = 0; r < g->n_nodes; r++) {
        size_t i = no ? no[r] : r;
        if (!o->node_on || o->node_on[i])
            json_array_append(kn, json_array_get(nodes, i));
    }
    for (size_t r = 0; r < g->n_links; r++) {
        size_t i = lo ? lo[r] : r;
        if (!o->link_on || o->link_on[i])
            json_array_append(kl, json_array_get(links, i));
    }
    json_object_set_new(j, "nodes", kn);
    json_object_set_new(j, key, kl);
    if (o->schema)
        json_object_set_new(json_object_get(j, "graph"), "schema", json_string(o->schema));
    char *s = json_dumps(j, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(17));
    json_decref(j);
    free(no);
    free(lo);
    size_t n = strlen(s);
    s = realloc(s, n + 2);
    strcpy(s + n, "\n");
    return s;
}

/* Nodes and links with every kind of value: dates, aliases, nulls,
 * escapes, non-ASCII, reals that are not round. */
static ag_graph *varied_graph(void)
{
    ag_graph *g = dated_graph(0);
    add_two_docs(g);
    ag_doc *d = doc_new("z-doc\t\"quoted\"", "2023-12-31");
    actor(d, "zeta", AG_ACTOR_PERSON, "ZZZ", "turkey", 2);
    actor(d, "turkey", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "caf\xc3\xa9-\xe2\x80\xa8", AG_ACTOR_ORGANIZATION, NULL, NULL, 1);
    d->actors[0].aliases = ag_arena_alloc(d->arena, 2 * sizeof *d->actors[0].aliases);
    d->actors[0].aliases[0] = "Zeta \xf0\x9f\x98\x80";
    d->actors[0].aliases[1] = "Z/eta\\";
    d->actors[0].n_aliases = 2;
    ag_relation *r = relation(d, AG_REL_STANCE, "praise", 1, 0.1, 4, "zeta", "caf\xc3\xa9-\xe2\x80\xa8", NULL);
    r->evidence = "control \x01 and \x1f and \xc3\xa9";
    r = relation(d, AG_REL_MEETING, "meet", 1, 1.0, 5, "zeta", "turkey", "caf\xc3\xa9-\xe2\x80\xa8", NULL);
    r->location = "Ankara";
    add(g, d);
    return g;
}

START_TEST(streamed_json_equals_jansson)
{
    ag_graph *g = varied_graph();
    ag_graph *h = two_doc_graph();
    unsigned char *non = calloc(g->n_nodes, 1), *lon = calloc(g->n_links, 1);
    for (size_t i = 0; i < g->n_nodes; i += 2)
        non[i] = 1;
    for (size_t i = 1; i < g->n_links; i += 2)
        lon[i] = 1;
    for (int v = 0; v < 16; v++) {
        ag_graph_json_opts o = {v & 1 ? "edges" : NULL, v & 2 ? "actorgraph/test" : NULL,
                                v & 4 ? non : NULL, v & 4 ? lon : NULL, (v & 8) != 0};
        for (const ag_graph *x = g; x; x = x == g ? h : NULL) {
            if (x == h && (v & 4))
                continue; /* the masks are sized for g */
            char *got = written(x, &o), *want = expected(x, &o);
            ck_assert_str_eq(got, want);
            free(got);
            free(want);
        }
    }
    free(non);
    free(lon);
    ag_graph_free(g);
    ag_graph_free(h);
}
END_TEST

START_TEST(golden_seed_rewritten_byte_for_byte)
{
    /* The frozen seed graph read and written again gives the same bytes. */
    char *data = NULL;
    size_t len = 0;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_read_file("tests/golden/seed-graph.json", &data, &len, &err), AG_OK);
    ag_graph *g = NULL;
    ck_assert_int_eq(ag_graph_read_file("tests/golden/seed-graph.json", &g, &err), AG_OK);
    char *got = written(g, NULL);
    ck_assert_str_eq(got, data);
    free(got);
    free(data);
    ag_graph_free(g);
}
END_TEST

START_TEST(dates_round_trip)
{
    ag_graph *g = varied_graph();
    char *buf = written(g, NULL);
    json_t *j = json_loads(buf, 0, NULL);
    ck_assert_ptr_nonnull(j);
    /* The stance's dates as written: day -> count. */
    json_t *links = json_object_get(j, "links"), *dates = NULL;
    for (size_t i = 0; i < json_array_size(links); i++) {
        json_t *l = json_array_get(links, i);
        if (strcmp(json_string_value(json_object_get(l, "label")), "warn") == 0)
            dates = json_object_get(l, "dates");
    }
    ck_assert_int_eq(json_integer_value(json_object_get(dates, "2024-03")), 6);
    ck_assert_int_eq(json_integer_value(json_object_get(dates, "2024-03-01")), 12);
    ck_assert_uint_eq(json_object_size(dates), 4);
    ag_graph *h = NULL;
    ag_error err = {{0}};
    ck_assert_msg(ag_graph_from_json(j, "g", &h, &err) == AG_OK, "%s", err.msg);
    for (size_t i = 0; i < g->n_links; i++) {
        ck_assert_uint_eq(g->links[i].n_days, h->links[i].n_days);
        for (size_t k = 0; k < g->links[i].n_days; k++) {
            ck_assert_int_eq(g->links[i].days[k].day, h->links[i].days[k].day);
            ck_assert_uint_eq(g->links[i].days[k].count, h->links[i].days[k].count);
        }
    }
    char *again = written(h, NULL);
    ck_assert_str_eq(buf, again);
    free(again);
    free(buf);
    json_decref(j);
    ag_graph_free(h);
    ag_graph_free(g);
}
END_TEST

static const char *const bad_dates[] = {
    "\"dates\": [1]", "\"dates\": {\"yesterday\": 1}", "\"dates\": {\"2024-01-01\": 0}",
    "\"dates\": {\"2024-01-01\": 1.5}", "\"dates\": {\"2024-01-01\": 2, \"2024-01-02\": 2}",
    "\"dates\": {\"2024-01-01\": 4294967296}",
};

START_TEST(dates_malformed_rejected)
{
    char text[512];
    snprintf(text, sizeof text,
             "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"links\":[{\"source\":\"a\",\"target\":\"b\","
             "\"label\":\"x\",\"weight\":3,%s}]}",
             bad_dates[_i]);
    json_t *j = json_loads(text, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "bad.json", &g, &err), AG_EINPUT);
    ck_assert_ptr_null(g);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.json: link 1"));
    json_decref(j);
}
END_TEST

START_TEST(repeated_links_add_their_dates)
{
    const char *text = "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"links\":["
                       "{\"source\":\"a\",\"target\":\"b\",\"label\":\"x\",\"weight\":3,\"dates\":{\"2024-01-02\":2}},"
                       "{\"source\":\"a\",\"target\":\"b\",\"label\":\"x\",\"weight\":2,\"dates\":{\"2024-01-01\":1,\"2024-01-02\":1}}]}";
    json_t *j = json_loads(text, 0, NULL);
    ag_graph *g = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "g", &g, &err), AG_OK);
    ck_assert_uint_eq(g->n_links, 1);
    ck_assert_int_eq(g->links[0].weight, 5);
    ck_assert_uint_eq(g->links[0].n_days, 2);
    ck_assert_uint_eq(g->links[0].days[0].count, 1);
    ck_assert_uint_eq(g->links[0].days[1].count, 3);
    json_decref(j);
    ag_graph_free(g);
}
END_TEST

START_TEST(sort_orders_and_keeps_lookups)
{
    ag_graph *g = varied_graph();
    size_t n = g->n_links;
    ck_assert_int_eq(ag_graph_sort(g), AG_OK);
    for (size_t i = 1; i < g->n_nodes; i++)
        ck_assert_int_lt(strcmp(g->nodes[i - 1].id, g->nodes[i].id), 0);
    for (size_t i = 1; i < g->n_links; i++) {
        const ag_link *p = &g->links[i - 1], *q = &g->links[i];
        int c = strcmp(g->nodes[p->source].id, g->nodes[q->source].id);
        if (!c)
            c = strcmp(g->nodes[p->target].id, g->nodes[q->target].id);
        if (!c)
            c = strcmp(ag_rel_kind_name(p->kind), ag_rel_kind_name(q->kind));
        if (!c)
            c = strcmp(p->label, q->label);
        ck_assert_int_lt(c, 0);
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        ck_assert_int_eq(ag_graph_find_node(g, g->nodes[i].id), (long)i);
    /* Sorted in memory = written sorted; a new occurrence finds its link. */
    ag_graph_json_opts sorted = {NULL, NULL, NULL, NULL, 1};
    char *a = written(g, NULL), *b = written(g, &sorted);
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
    ag_doc *d = doc_new("later", "2024-03-01");
    actor(d, "a", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    actor(d, "b", AG_ACTOR_COUNTRY, NULL, NULL, 1);
    relation(d, AG_REL_STANCE, "warn", -1, -4.0, 0, "a", "b", NULL);
    add(g, d);
    ck_assert_uint_eq(g->n_links, n);
    ck_assert_int_eq(link_of(g, "a", "b", AG_REL_STANCE, "warn")->weight, 41);
    ag_graph_free(g);
}
END_TEST

static Suite *graph_suite(void)
{
    Suite *s = suite_create("graph");
    TCase *tc = tcase_create("build");
    tcase_add_test(tc, merge_across_documents);
    tcase_add_test(tc, stance_weights_count_occurrences);
    tcase_add_test(tc, force_is_a_link_of_its_own);
    tcase_add_test(tc, meeting_becomes_pairwise_links);
    tcase_add_test(tc, affiliation_links);
    tcase_add_test(tc, evidence_is_capped);
    tcase_add_test(tc, bad_document_leaves_graph_unchanged);
    tcase_add_test(tc, bad_values_in_a_document_are_refused);
    tcase_add_test(tc, counts_saturate_and_read_back);
    suite_add_tcase(s, tc);
    tc = tcase_create("json");
    tcase_add_test(tc, json_round_trip);
    tcase_add_test(tc, json_edges_key_and_defaults);
    tcase_add_test(tc, json_empty_graph);
    tcase_add_loop_test(tc, json_malformed_rejected, 0, (int)(sizeof malformed / sizeof malformed[0]));
    tcase_add_test(tc, read_file_reports_position);
    suite_add_tcase(s, tc);
    tc = tcase_create("dates and streaming");
    tcase_add_test(tc, day_parsing);
    tcase_add_test(tc, days_count_every_occurrence);
    tcase_add_test(tc, streamed_json_equals_jansson);
    tcase_add_test(tc, golden_seed_rewritten_byte_for_byte);
    tcase_add_test(tc, dates_round_trip);
    tcase_add_loop_test(tc, dates_malformed_rejected, 0, (int)(sizeof bad_dates / sizeof bad_dates[0]));
    tcase_add_test(tc, repeated_links_add_their_dates);
    tcase_add_test(tc, sort_orders_and_keeps_lookups);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(graph_suite)
