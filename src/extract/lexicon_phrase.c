/* lexicon_phrase.c — see lexicon_int.h ("phrase filter"). An open-addressing
 * set of 64-bit hashes of word-id sequences, each with the flags of what the
 * sequence is: a form, or the words a longer form starts with. */
#include <stdlib.h>
#include <string.h>

#include "lexicon_int.h"
#include "text.h"
#include "util_int.h"

/* The slot of hash h: where its key (h without its flag bits) is, or the
 * empty slot it would take. */
static size_t slot(const ag_lx_phrases *p, uint64_t h)
{
    /* From the key alone: a stored key is rehashed as its table grows. */
    uint64_t k = h & ~(uint64_t)AG_LX_PH_ANY;
    size_t mask = p->cap - 1, i = (size_t)(k ^ (k >> 29)) & mask;
    while (p->slots[i].key && (p->slots[i].key & ~(uint64_t)AG_LX_PH_ANY) != k)
        i = (i + 1) & mask;
    return i;
}

static int grow(ag_lx_phrases *p)
{
    ag_lx_phrases q = {calloc(p->cap ? 2 * p->cap : 1024, sizeof *q.slots), p->cap ? 2 * p->cap : 1024, p->n};
    if (!q.slots)
        return -1;
    for (size_t i = 0; i < p->cap; i++)
        if (p->slots[i].key)
            q.slots[slot(&q, p->slots[i].key)] = p->slots[i];
    free(p->slots);
    *p = q;
    return 0;
}

static int put(ag_lx_phrases *p, uint64_t h, unsigned flags)
{
    if (2 * (p->n + 1) > p->cap && grow(p))
        return -1;
    size_t s = slot(p, h);
    if (!p->slots[s].key) {
        p->slots[s].key = h & ~(uint64_t)AG_LX_PH_ANY;
        p->n++;
    }
    p->slots[s].key |= flags;
    return 0;
}

/* Files the word s[0..n) after the phrase hashed so far in *h. */
static int add_word(ag_lx_phrases *p, ag_vocab *v, uint64_t *h, const char *s, size_t n, unsigned last)
{
    char folded[AG_WORD_MAX + 1];
    /* A word too long for the vocabulary is id 0, as in a text. */
    uint32_t id = ag_vocab_add(v, s, n);
    if (!id && ag_word_fold(s, n, folded))
        return -1;
    *h = ag__lx_phrase_step(*h, id);
    return put(p, *h, last ? AG_LX_PH_FORM | last : AG_LX_PH_PREFIX);
}

int ag__lx_phrases_add(ag_lx_phrases *p, ag_vocab *v, const ag_text *t, unsigned map)
{
    uint64_t h = AG_LX_PH0;
    for (size_t i = 0; i < t->n_toks; i++)
        if (add_word(p, v, &h, t->text + t->toks[i].start, t->toks[i].end - t->toks[i].start,
                     i + 1 == t->n_toks ? map : 0))
            return -1;
    return 0;
}

int ag__lx_phrases_add_plain(ag_lx_phrases *p, ag_vocab *v, const char *form, unsigned map)
{
    uint64_t h = AG_LX_PH0;
    while (*form) {
        size_t n = strcspn(form, " ");
        if (add_word(p, v, &h, form, n, form[n] == '\0' ? map : 0))
            return -1;
        form += n + (form[n] == ' ');
    }
    return 0;
}

unsigned ag__lx_phrases_flags(const ag_lx_phrases *p, uint64_t h)
{
    return p->cap ? (unsigned)(p->slots[slot(p, h)].key & AG_LX_PH_ANY) : 0;
}
