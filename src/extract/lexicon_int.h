/* lexicon_int.h — the lexicon's entries and lookups for the extractor and
 * the dictionary readers, and what lexicon.c and lexicon_words.c share.
 * Library-internal (not installed). */
#ifndef AG_LEXICON_INT_H
#define AG_LEXICON_INT_H

#include <jansson.h>
#include <stdint.h>

#include "lexicon.h"
#include "vocab.h"

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

/* Loads the section "word_classes" or "lemmas" (an array) into v. On an
 * error *bad is the entry at fault (NULL for the section itself). */
ag_status ag__lx_load_words(ag_vocab *v, const char *section, json_t *arr, const char *file, json_t **bad,
                        ag_error *err);

#endif
