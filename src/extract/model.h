/* model.h — what extraction produces for one document: actors and the
 * relations between them (the records of docs/formats.md).  The types are
 * opaque (their bodies are in model_int.h, inside the library).
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
    AG_REL_AFFILIATION, /* participants[0] is member of participants[1] */
    AG_REL_FORCE        /* directed like a stance: a use of force (CAMEO roots 18-20:
                         * assault, fight, mass violence), which is no stance */
} ag_rel_kind;

const char *ag_actor_kind_name(ag_actor_kind k); /* "country", ... */
int ag_actor_kind_parse(const char *s, ag_actor_kind *k); /* 0 ok, -1 unknown */
const char *ag_rel_kind_name(ag_rel_kind k);     /* "stance", "meeting", "affiliation", "force" */
int ag_rel_kind_parse(const char *s, ag_rel_kind *k);

/* The handles: a document, one of its actors, one of its relations.
 * Read them with the accessors below; an actor or relation pointer is
 * valid as long as its document. */
typedef struct ag_doc ag_doc;
typedef struct ag_actor ag_actor;
typedef struct ag_relation ag_relation;

/* The document's id and its optional date, title and url (NULL when absent). */
const char *ag_doc_id(const ag_doc *d);
const char *ag_doc_date(const ag_doc *d);
const char *ag_doc_title(const ag_doc *d);
const char *ag_doc_url(const ag_doc *d);
/* Actors and relations in the order extraction found them: i < count. */
size_t ag_doc_actor_count(const ag_doc *d);
const ag_actor *ag_doc_actor(const ag_doc *d, size_t i);
size_t ag_doc_relation_count(const ag_doc *d);
const ag_relation *ag_doc_relation(const ag_doc *d, size_t i);

const char *ag_actor_id(const ag_actor *a);          /* slug of the canonical name, unique in the doc */
const char *ag_actor_name(const ag_actor *a);        /* canonical name */
ag_actor_kind ag_actor_kind_of(const ag_actor *a);
const char *ag_actor_code(const ag_actor *a);        /* CAMEO actor code ("TUR", "SYRGOV") or NULL */
const char *ag_actor_affiliation(const ag_actor *a); /* id of another actor of the doc, or NULL */
size_t ag_actor_alias_count(const ag_actor *a);      /* other surface forms seen in the text */
const char *ag_actor_alias(const ag_actor *a, size_t i);
int ag_actor_mentions(const ag_actor *a);

ag_rel_kind ag_relation_kind_of(const ag_relation *r);
const char *ag_relation_label(const ag_relation *r);     /* "denounce", "meet", "member of" */
const char *ag_relation_code(const ag_relation *r);      /* CAMEO event code ("111") or NULL */
int ag_relation_polarity(const ag_relation *r);          /* -1 hostile, 0 neutral, +1 cooperative */
double ag_relation_goldstein(const ag_relation *r);      /* Goldstein scale weight, -10..+10 */
/* Actor ids; a stance or force has two (source, target), a meeting two or more. */
size_t ag_relation_participant_count(const ag_relation *r);
const char *ag_relation_participant(const ag_relation *r, size_t i);
const char *ag_relation_location(const ag_relation *r);  /* meetings: where, or NULL */
int ag_relation_sentence(const ag_relation *r);          /* 0-based sentence index, -1 if unknown */
const char *ag_relation_evidence(const ag_relation *r);  /* that sentence's text, or NULL */
const char *ag_relation_rule(const ag_relation *r);      /* the extraction rule that made it (lexicon "rules"), or NULL */

void ag_doc_free(ag_doc *d);
/* Index of the actor with this id, or -1. Linear: docs are small. */
long ag_doc_find_actor(const ag_doc *d, const char *id);

#endif
