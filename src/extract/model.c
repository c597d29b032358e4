/* model.c — see model.h. */
#include "model_int.h"
#include "util_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const actor_kinds[] = {"country", "person", "organization"};
static const char *const rel_kinds[] = {"stance", "meeting", "affiliation", "force"};
#define N_ACTOR_KINDS (sizeof actor_kinds / sizeof actor_kinds[0])
#define N_REL_KINDS (sizeof rel_kinds / sizeof rel_kinds[0])
_Static_assert(N_REL_KINDS == AG_REL_FORCE + 1, "one name per ag_rel_kind");

/* The index of s in the n names, or -1. */
static int kind_index(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return (int)i;
    return -1;
}

const char *ag_actor_kind_name(ag_actor_kind k)
{
    return (unsigned)k < N_ACTOR_KINDS ? actor_kinds[k] : "organization";
}

const char *ag_rel_kind_name(ag_rel_kind k)
{
    return (unsigned)k < N_REL_KINDS ? rel_kinds[k] : "stance";
}

/* *k is set only when s is one of the names. */
int ag_actor_kind_parse(const char *s, ag_actor_kind *k)
{
    int i = kind_index(actor_kinds, N_ACTOR_KINDS, s);
    return i < 0 ? -1 : (*k = (ag_actor_kind)i, 0);
}

int ag_rel_kind_parse(const char *s, ag_rel_kind *k)
{
    int i = kind_index(rel_kinds, N_REL_KINDS, s);
    return i < 0 ? -1 : (*k = (ag_rel_kind)i, 0);
}

ag_doc *ag_doc_new(void)
{
    ag_arena *a = ag_arena_new();
    if (!a)
        return NULL;
    ag_doc *d = ag_arena_alloc(a, sizeof *d);
    if (!d) {
        ag_arena_free(a);
        return NULL;
    }
    d->arena = a;
    return d;
}

void ag_doc_free(ag_doc *d)
{
    if (d)
        ag_arena_free(d->arena); /* d itself lives in its arena */
}

long ag_doc_find_actor(const ag_doc *d, const char *id)
{
    for (size_t i = 0; id && i < d->n_actors; i++)
        if (strcmp(d->actors[i].id, id) == 0)
            return (long)i;
    return -1;
}

/* ---- accessors (model.h); an index past the end gives NULL ---- */

AG__GET(doc, const char *, id, id)
AG__GET(doc, const char *, date, date)
AG__GET(doc, const char *, title, title)
AG__GET(doc, const char *, url, url)
AG__LIST_AT(doc, const ag_actor *, actor, actors, n_actors)
AG__LIST_AT(doc, const ag_relation *, relation, relations, n_relations)

AG__PARTY_ACCESSORS(AG__GET, actor)
AG__GET(actor, int, mentions, mentions)

AG__TIE_ACCESSORS(AG__GET, relation)
AG__LIST(relation, const char *, participant, participants, n_participants)
AG__GET(relation, int, sentence, sentence)
AG__GET(relation, const char *, evidence, evidence)
AG__GET(relation, const char *, rule, rule)
