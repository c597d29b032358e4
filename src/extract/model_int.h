/* model_int.h — the bodies of the document types of model.h, for the
 * library's own files (not installed: a program uses the accessors).
 *
 * Ownership as in model.h: everything a doc points to lives in its arena.
 */
#ifndef AG_MODEL_INT_H
#define AG_MODEL_INT_H

#include "model.h"

struct ag_actor {
    const char *id;          /* slug of the canonical name, unique in the doc */
    const char *name;        /* canonical name */
    ag_actor_kind kind;
    const char *code;        /* CAMEO actor code ("TUR", "SYRGOV", "IGOUNO") or NULL */
    const char *affiliation; /* id of another actor of this doc, or NULL */
    const char **aliases;    /* other surface forms seen in the text */
    size_t n_aliases;
    int mentions;
};

struct ag_relation {
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
};

struct ag_doc {
    const char *id;
    const char *date, *title, *url; /* optional, NULL when absent */
    ag_actor *actors;
    size_t n_actors;
    ag_relation *relations;
    size_t n_relations;
    ag_arena *arena; /* owns all of the above */
};

ag_doc *ag_doc_new(void); /* empty doc with its arena; NULL on OOM */

/* The accessors an actor (model.c) and a graph node (graph_access.c) share,
 * and those a relation and a graph link share: the same fields under the
 * same names, listed once.  X is AG__GET-like (util_int.h) for the fields, obj "actor",
 * "node", "relation" or "link". */
#define AG__PARTY_ACCESSORS(X, obj)                                       \
    X(obj, const char *, id, id) X(obj, const char *, name, name)         \
    X(obj, ag_actor_kind, kind_of, kind) X(obj, const char *, code, code) \
    X(obj, const char *, affiliation, affiliation)                        \
    AG__LIST(obj, const char *, alias, aliases, n_aliases)
#define AG__TIE_ACCESSORS(X, obj)                                       \
    X(obj, ag_rel_kind, kind_of, kind) X(obj, const char *, label, label) \
    X(obj, const char *, code, code) X(obj, int, polarity, polarity)    \
    X(obj, double, goldstein, goldstein)                                \
    X(obj, const char *, location, location)

#endif
