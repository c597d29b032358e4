/* vocab_int.h — the vocabulary's tables, for vocab.c and for the built
 * lexicon image (docs/lexicon.md, "The built image"), which holds them as
 * constants.  Library-internal. No pointer inside the tables: strings are
 * offsets into `text`, so the image's tables need no relocation and a
 * process reads in only the pages it touches. */
#ifndef AG_VOCAB_INT_H
#define AG_VOCAB_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vocab.h"

/* An exact spelling of a word ("May"): its classes beside the word's. */
typedef struct ag__vocab_spelling {
    uint32_t text;        /* offset of the spelling as written in the vocabulary's text */
    size_t len;
    uint64_t bits, bits2, bits3; /* the three class words */
    uint32_t next;        /* next spelling of the same word (index + 1), 0 at the end */
    unsigned char first;  /* its first byte: "the" is told from "The" (not_name) without reading the text */
} ag__vocab_spelling;

struct ag_vocab {
    char *text;       /* every word's folded form and every spelling, each with a NUL */
    size_t n_text, cap_text;
    ag_word *words;   /* words[0] is all zero: id 0 means unknown */
    size_t n_words, cap_words;
    /* 8 bytes a slot (the word's first 8 bytes are in its record, key8):
     * the table is probed for every token and is twice the size of L1. */
    struct ag__vocab_slot {
        uint64_t hid;  /* hash << 32 | word id, 0 empty */
    } *slots;
    size_t cap_slots; /* power of two */
    ag__vocab_spelling *sp;
    size_t n_sp, cap_sp;
};

/* a[0..n) == b[0..n) with two overlapping loads (the ends of the bytes)
 * for n up to 16: the words of a vocabulary, which a libc memcmp call
 * compared at several times the cost (every long token of every text). */
static inline int ag__vocab_same(const char *a, const char *b, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t a0, b0, a1, b1;
        memcpy(&a0, a, 8), memcpy(&b0, b, 8), memcpy(&a1, a + n - 8, 8), memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, b0, a1, b1;
        memcpy(&a0, a, 4), memcpy(&b0, b, 4), memcpy(&a1, a + n - 4, 4), memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n < 4)
        return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
    return memcmp(a, b, n) == 0;
}

/* The slot of a folded key of hash h and key8 k8 (ag__word8): where it
 * is, or the empty slot it would take.  Inline, as the lookup below: the
 * tokenizer looks every token up. */
static inline size_t ag__vocab_slot_of(const ag_vocab *v, const char *key, size_t n, uint32_t h, uint64_t k8)
{
    size_t mask = v->cap_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t s = v->slots[i].hid;
        if (!s)
            return i;
        if ((uint32_t)(s >> 32) != h)
            continue;
        const ag_word *w = &v->words[(uint32_t)s];
        if (w->key8 != k8)
            continue;
        /* Below 8 bytes the key is all in key8, its length too. */
        if (n < 8)
            return i;
        if (w->len == n && ag__vocab_same(v->text + w->text, key, n))
            return i;
    }
}

/* Classes of token s[0..n), word w (0: unknown); *cls2 and *cls3 (if not
 * NULL) get the second and third class words. */
static inline uint64_t ag__vocab_classes_of(const ag_vocab *v, uint32_t w, const char *s, size_t n, uint32_t *id,
                                            uint64_t *cls2, uint64_t *cls3)
{
    /* words[0] is all zero (no classes, no spelling): an unknown word is
     * read as any other, without a test. */
    static const ag_word none = {0};
    const ag_word *word = v ? &v->words[w] : &none;
    uint64_t cls = word->cls, c2 = word->cls2, c3 = word->cls3;
    /* "the" is not "The" (its only spelling) at its first byte: most
     * tokens of a word with spellings read none of them. */
    uint32_t k0 = word->exact_first && word->exact_first != (unsigned char)s[0] ? 0 : word->exact;
    for (uint32_t k = k0; k; k = v->sp[k - 1].next)
        if (v->sp[k - 1].len == n && v->sp[k - 1].first == (unsigned char)s[0] &&
            ag__vocab_same(v->text + v->sp[k - 1].text, s, n)) {
            cls |= v->sp[k - 1].bits;
            c2 |= v->sp[k - 1].bits2;
            c3 |= v->sp[k - 1].bits3;
        }
    if (id)
        *id = w;
    if (cls2)
        *cls2 = c2;
    if (cls3)
        *cls3 = c3;
    return cls;
}

/* ag_vocab_classes for a token s[0..n) whose folded form (ag_word_fold)
 * is folded[0..fn), in a buffer with 8 bytes to read from every multiple
 * of 8 up to fn (the tokenizer folds as it scans); fn 0 or past
 * AG_WORD_MAX: unknown. */
static inline uint64_t ag__vocab_classify_folded(const ag_vocab *v, const char *s, size_t n, const char *folded,
                                                 size_t fn, uint32_t *id, uint64_t *cls2,
                                                 uint64_t *cls3)
{
    if (!v || !fn || fn > AG_WORD_MAX)
        return ag__vocab_classes_of(v, 0, s, n, id, cls2, cls3);
    uint64_t k8 = ag__word8(folded, fn);
    size_t at = ag__vocab_slot_of(v, folded, fn, ag__word_hash_from(k8, folded, fn), k8);
    return ag__vocab_classes_of(v, (uint32_t)v->slots[at].hid, s, n, id, cls2, cls3);
}

/* A copy of v in memory of its own (to add to a vocabulary that is an
 * image's constants); NULL out of memory. */
ag_vocab *ag__vocab_clone(const ag_vocab *v);

#endif
