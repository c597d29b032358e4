/* vocab_int.h — the vocabulary's tables, for vocab.c and for the built
 * lexicon image (docs/lexicon.md, "The built image"), which holds them as
 * constants.  Library-internal. No pointer inside the tables: strings are
 * offsets into `text`, so the image's tables need no relocation and a
 * process reads in only the pages it touches. */
#ifndef AG_VOCAB_INT_H
#define AG_VOCAB_INT_H

#include <stddef.h>
#include <stdint.h>

#include "vocab.h"

/* An exact spelling of a word ("May"): its classes beside the word's. */
typedef struct ag__vocab_spelling {
    uint32_t text;        /* offset of the spelling as written in the vocabulary's text */
    size_t len;
    uint64_t bits, bits2; /* both class words */
    uint32_t next;        /* next spelling of the same word (index + 1), 0 at the end */
    unsigned char first;  /* its first byte: "the" is told from "The" (not_name) without reading the text */
} ag__vocab_spelling;

struct ag_vocab {
    char *text;       /* every word's folded form and every spelling, each with a NUL */
    size_t n_text, cap_text;
    ag_word *words;   /* words[0] is unused: id 0 means unknown */
    size_t n_words, cap_words;
    struct ag__vocab_slot {
        uint64_t hid;  /* hash << 32 | word id, 0 empty */
        uint64_t key8; /* the word's first 8 bytes (vocab.c's key8()) */
    } *slots;
    size_t cap_slots; /* power of two */
    ag__vocab_spelling *sp;
    size_t n_sp, cap_sp;
};

/* A copy of v in memory of its own (to add to a vocabulary that is an
 * image's constants); NULL out of memory. */
ag_vocab *ag__vocab_clone(const ag_vocab *v);

#endif
