/* model.h — what extraction produces for one document: actors and the
 * relations between them (the records of docs/formats.md).
 *
 * Ownership: an ag_doc owns everything it points to through its arena;
 * ag_doc_free() releases the whole document.  Pointers into a doc must not
 * outlive it.
 */
#ifndef AG_MODEL_H
#define AG_MODEL_H

#include "common.h"

typedef enum ag_actor_kind {
    AG_ACTOR_COUNTRY = 0,
    AG_ACTOR_PERSON,
    AG_ACTOR_ORGANIZATION
} ag_actor_kind;

typedef enum ag_rel_kind {
    AG_REL_STANCE = 0,  /* directed: participants[0] toward participants[1] */
    AG_REL_MEETING,     /* undirected: two or more participants */
    AG_REL_AFFILIATION  /* participants[0] is member of participants[1] */
} ag_rel_kind;

const char *ag_actor_kind_name(ag_actor_kind k); /* "country", ... */
int ag_actor_kind_parse(const char *s, ag_actor_kind *k); /* 0 ok, -1 unknown */
const char *ag_rel_kind_name(ag_rel_kind k);     /* "stance", ... */
int ag_rel_kind_parse(const char *s, ag_rel_kind *k);

typedef struct ag_actor {
    const char *id;          /* slug of the canonical name, unique in the doc */
    const char *name;        /* canonical name */
    ag_actor_kind kind;
    const char *code;        /* CAMEO actor code ("TUR", "SYRGOV", "IGOUNO") or NULL */
    const char *affiliation; /* id of another actor of this doc, or NULL */
    const char **aliases;    /* other surface forms seen in the text */
    size_t n_aliases;
    int mentions;
} ag_actor;

typedef struct ag_relation {
    ag_rel_kind kind;
    const char *label;         /* "denounce", "meet", "member of" */
    const char *code;          /* CAMEO event code ("111") or NULL */
    int polarity;              /* -1 hostile, 0 neutral, +1 cooperative */
    double goldstein;          /* Goldstein scale weight, -10..+10 */
    const char **participants; /* actor ids; stance: source, target */
    size_t n_participants;
    const char *location;      /* meetings: where, or NULL */
    int sentence;              /* 0-based sentence index, -1 if unknown */
    const char *evidence;      /* that sentence's text, or NULL */
    const char *rule;          /* the extraction rule that made it (lexicon "rules"), or NULL */
} ag_relation;

typedef struct ag_doc {
    const char *id;
    const char *date, *title, *url; /* optional, NULL when absent */
    ag_actor *actors;
    size_t n_actors;
    ag_relation *relations;
    size_t n_relations;
    ag_arena *arena; /* owns all of the above */
} ag_doc;

ag_doc *ag_doc_new(void); /* empty doc with its arena; NULL on OOM */
void ag_doc_free(ag_doc *d);
/* Index of the actor with this id, or -1. Linear: docs are small. */
long ag_doc_find_actor(const ag_doc *d, const char *id);

#endif
