/* lexicon_int.h — what lexicon.c and lexicon_words.c share.
 * Library-internal. */
#ifndef AG_LEXICON_INT_H
#define AG_LEXICON_INT_H

#include <jansson.h>

#include "lexicon.h"
#include "vocab.h"

/* Loads the section "word_classes" or "lemmas" (an array) into v. On an
 * error *bad is the entry at fault (NULL for the section itself). */
ag_status ag__lx_load_words(ag_vocab *v, const char *section, json_t *arr, const char *file, json_t **bad,
                        ag_error *err);

/* The relation rules of a lexicon, in order. */
typedef struct ag_lx_ruleset {
    ag_lx_rule *v;
    size_t n, cap;
} ag_lx_ruleset;
/* Loads the section "rules": a rule whose name exists replaces it in place,
 * a new one goes before the rule named by its "before", else last. Strings
 * are copied into `a`. On an error *bad is the entry at fault. */
ag_status ag__lx_load_rules(ag_lx_ruleset *rs, ag_arena *a, json_t *arr, const char *file, json_t **bad,
                            ag_error *err);

#endif
