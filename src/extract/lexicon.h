/* lexicon.h — the extractor's knowledge (docs/lexicon.md): countries,
 * organizations, persons, agency types, titles, stance and meeting verbs,
 * looked up by phrase; and the vocabulary of single words (word classes,
 * lemmas) that every token is looked up in.
 *
 * A lexicon is built once (the embedded default, then --lexicon files) and is
 * read-only afterwards, so one lexicon serves any number of concurrent
 * extractions.
 *
 * Ownership: ag_lexicon_free() releases the lexicon and every entry and
 * string reachable from it.
 */
#ifndef AG_LEXICON_H
#define AG_LEXICON_H

#include <stdint.h>

#include "common.h"
#include "vocab.h"

typedef enum ag_lx_kind {
    AG_LX_COUNTRY = 0,
    AG_LX_ORG,
    AG_LX_PERSON,
    AG_LX_AGENCY,  /* generic agency type, completed by a country */
    AG_LX_TITLE,
    AG_LX_VERB,    /* stance */
    AG_LX_MEET,    /* meeting */
    AG_LX_BLOCK,   /* a phrase that holds a name but is no actor ("Latin America") */
    AG_LX_NKINDS
} ag_lx_kind;

typedef enum ag_lx_form {
    AG_FORM_NAME = 0,  /* name or alias */
    AG_FORM_ADJ,       /* "Turkish" */
    AG_FORM_DEMONYM,   /* "Turks" */
    AG_FORM_CAPITAL,   /* "Ankara" */
    AG_FORM_SEAT,      /* "Kremlin" */
    AG_FORM_VERB,      /* inflected verb */
    AG_FORM_NOUN       /* nominal form: "condemnation" */
} ag_lx_form;

/* A code valid from `from` until `until` (YYYY-MM-DD, inclusive; NULL:
 * open), as TABARI dictionaries give them: [TURGOV 950101-991231]. */
typedef struct ag_lx_dated {
    const char *code, *from, *until;
} ag_lx_dated;

typedef struct ag_lx_entry {
    ag_lx_kind kind;
    const char *name;        /* canonical name; lemma for verbs */
    const char *code;        /* CAMEO actor or event code, may be NULL */
    const char *affiliation; /* name of a country/organization, or NULL */
    const char *role;        /* CAMEO role for agencies and titles, or NULL */
    const char *label;       /* verbs: relation label */
    const char *adjective;   /* countries: first adjective ("Turkish"), or NULL */
    const char *target_preps; /* verbs: " at on " — the target must follow one of these, or NULL */
    int polarity;            /* verbs */
    double goldstein;        /* verbs */
    int is_person;           /* organizations: "kind":"person" never; kept for symmetry */
    int dead;                /* replaced by a later entry of the same name */
    const ag_lx_dated *dated; /* actors: codes by date ("codes"), or NULL */
    size_t n_dated;
} ag_lx_entry;

typedef struct ag_lx_hit {
    uint32_t entry;
    uint8_t form; /* ag_lx_form */
} ag_lx_hit;

typedef struct ag_lexicon ag_lexicon;

/* The embedded default lexicon. */
ag_status ag_lexicon_load_default(ag_lexicon **out, ag_error *err);
/* An empty lexicon, for tests and for building one from files only. */
ag_lexicon *ag_lexicon_new(void);
/* Adds (or replaces by name) the entries of a lexicon JSON file, or of a
 * TABARI/PETRARCH dictionary named *.actors, *.agents or *.verbs
 * (dict_tabari.h). */
ag_status ag_lexicon_add_file(ag_lexicon *lx, const char *path, ag_error *err);
/* The same from a buffer; `name` is used in messages. */
ag_status ag_lexicon_add_json(ag_lexicon *lx, const char *json, size_t len, const char *name,
                              ag_error *err);
void ag_lexicon_free(ag_lexicon *lx);

/* Hits for a phrase of words joined by single spaces, apostrophes as '.
 * `exact` is the phrase as written; case-insensitive forms are found from
 * its lower-cased copy. Writes at most `cap` hits; returns how many exist. */
size_t ag_lexicon_lookup(const ag_lexicon *lx, const char *exact, ag_lx_hit *hits, size_t cap);
const ag_lx_entry *ag_lexicon_entry(const ag_lexicon *lx, uint32_t i);
/* Entry index of a live entry of this kind and name, or -1. */
long ag_lexicon_find(const ag_lexicon *lx, ag_lx_kind kind, const char *name);
/* 1 if some form starts with the lower-cased words `lower` and goes on. */
int ag_lexicon_is_prefix(const ag_lexicon *lx, const char *lower);
/* The entry's code on a document's date (YYYY-MM-DD or YYYYMMDD; NULL:
 * undated): the first dated code whose range holds the date, else `code`. */
const char *ag_lexicon_code_at(const ag_lx_entry *e, const char *date);
/* The vocabulary: every word's classes and lemma ("word_classes",
 * "lemmas"), and the first words of every form. Owned by the lexicon. */
const ag_vocab *ag_lexicon_vocab(const ag_lexicon *lx);
/* Longest phrase in words. */
int ag_lexicon_max_words(const ag_lexicon *lx);
size_t ag_lexicon_count(const ag_lexicon *lx, ag_lx_kind kind);

#endif
