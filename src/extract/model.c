/* model.c — see model.h. */
#include "model_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const actor_kinds[] = {"country", "person", "organization"};
static const char *const rel_kinds[] = {"stance", "meeting", "affiliation"};

const char *ag_actor_kind_name(ag_actor_kind k)
{
    return (unsigned)k < 3 ? actor_kinds[k] : "organization";
}

int ag_actor_kind_parse(const char *s, ag_actor_kind *k)
{
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, actor_kinds[i]) == 0) {
            *k = (ag_actor_kind)i;
            return 0;
        }
    return -1;
}

const char *ag_rel_kind_name(ag_rel_kind k)
{
    return (unsigned)k < 3 ? rel_kinds[k] : "stance";
}

int ag_rel_kind_parse(const char *s, ag_rel_kind *k)
{
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, rel_kinds[i]) == 0) {
            *k = (ag_rel_kind)i;
            return 0;
        }
    return -1;
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

const char *ag_doc_id(const ag_doc *d)
{
    return d->id;
}

const char *ag_doc_date(const ag_doc *d)
{
    return d->date;
}

const char *ag_doc_title(const ag_doc *d)
{
    return d->title;
}

const char *ag_doc_url(const ag_doc *d)
{
    return d->url;
}

size_t ag_doc_actor_count(const ag_doc *d)
{
    return d->n_actors;
}

const ag_actor *ag_doc_actor(const ag_doc *d, size_t i)
{
    return i < d->n_actors ? &d->actors[i] : NULL;
}

size_t ag_doc_relation_count(const ag_doc *d)
{
    return d->n_relations;
}

const ag_relation *ag_doc_relation(const ag_doc *d, size_t i)
{
    return i < d->n_relations ? &d->relations[i] : NULL;
}

const char *ag_actor_id(const ag_actor *a)
{
    return a->id;
}

const char *ag_actor_name(const ag_actor *a)
{
    return a->name;
}

ag_actor_kind ag_actor_kind_of(const ag_actor *a)
{
    return a->kind;
}

const char *ag_actor_code(const ag_actor *a)
{
    return a->code;
}

const char *ag_actor_affiliation(const ag_actor *a)
{
    return a->affiliation;
}

size_t ag_actor_alias_count(const ag_actor *a)
{
    return a->n_aliases;
}

const char *ag_actor_alias(const ag_actor *a, size_t i)
{
    return i < a->n_aliases ? a->aliases[i] : NULL;
}

int ag_actor_mentions(const ag_actor *a)
{
    return a->mentions;
}

ag_rel_kind ag_relation_kind_of(const ag_relation *r)
{
    return r->kind;
}

const char *ag_relation_label(const ag_relation *r)
{
    return r->label;
}

const char *ag_relation_code(const ag_relation *r)
{
    return r->code;
}

int ag_relation_polarity(const ag_relation *r)
{
    return r->polarity;
}

double ag_relation_goldstein(const ag_relation *r)
{
    return r->goldstein;
}

size_t ag_relation_participant_count(const ag_relation *r)
{
    return r->n_participants;
}

const char *ag_relation_participant(const ag_relation *r, size_t i)
{
    return i < r->n_participants ? r->participants[i] : NULL;
}

const char *ag_relation_location(const ag_relation *r)
{
    return r->location;
}

int ag_relation_sentence(const ag_relation *r)
{
    return r->sentence;
}

const char *ag_relation_evidence(const ag_relation *r)
{
    return r->evidence;
}

const char *ag_relation_rule(const ag_relation *r)
{
    return r->rule;
}
