/* lexicon_int.h — what lexicon.c and lexicon_words.c share.
 * Library-internal. */
#ifndef AG_LEXICON_INT_H
#define AG_LEXICON_INT_H

#include <jansson.h>

#include "lexicon.h"
#include "vocab.h"

/* Loads the section "word_classes" or "lemmas" (an array) into v. On an
 * error *bad is the entry at fault (NULL for the section itself). */
ag_status lx_load_words(ag_vocab *v, const char *section, json_t *arr, const char *file, json_t **bad,
                        ag_error *err);

#endif
