/* model.c — see model.h. */
#include "model.h"

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
