/* lexicon_store.c — see lexicon_store.h: the lexicon's string tables and
 * the thaw of a built image. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_store.h"

static size_t tslot(const ag__lx_table *t, const char *keys, const char *key, uint64_t h)
{
    size_t mask = t->cap - 1, i = (size_t)h & mask;
    while (t->slots[i].key && (t->slots[i].hash != h || strcmp(keys + t->slots[i].key, key) != 0))
        i = (i + 1) & mask;
    return i;
}

static int tgrow(ag__lx_table *t, const char *keys)
{
    ag__lx_table g = {calloc(t->cap ? 2 * t->cap : 64, sizeof *g.slots), t->cap ? 2 * t->cap : 64, t->n};
    if (!g.slots)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key)
            g.slots[tslot(&g, keys, keys + t->slots[i].key, t->slots[i].hash)] = t->slots[i];
    free(t->slots);
    *t = g;
    return 0;
}

/* key and its NUL at the end of the key text; its offset, 0 out of memory. */
static uint32_t add_key(ag__lx_text *keys, const char *key)
{
    size_t n = strlen(key), at = keys->n ? keys->n : 1;
    if (at + n >= UINT32_MAX || ag__grow(&keys->s, &keys->cap, at + n, 1, 65536))
        return 0;
    keys->s[0] = '\0';
    memcpy(keys->s + at, key, n + 1);
    keys->n = at + n + 1;
    return (uint32_t)at;
}

int ag__lx_table_put(ag__lx_table *t, ag__lx_text *keys, const char *key, uint32_t val, uint32_t *at)
{
    /* At most half full: short probe runs. */
    if (2 * (t->n + 1) > t->cap && tgrow(t, keys->s))
        return -1;
    uint64_t h = ag__str_hash(key);
    size_t i = tslot(t, keys->s, key, h);
    if (!t->slots[i].key) {
        uint32_t k = add_key(keys, key);
        if (!k)
            return -1;
        t->slots[i] = (struct ag__lx_tslot){h, k, 0};
        t->n++;
    }
    t->slots[i].val = val;
    if (at)
        *at = t->slots[i].key;
    return 0;
}

int ag__lx_table_get(const ag__lx_table *t, const char *keys, const char *key, size_t *val)
{
    if (!t->cap)
        return 0;
    size_t i = tslot(t, keys, key, ag__str_hash(key));
    if (!t->slots[i].key)
        return 0;
    if (val)
        *val = t->slots[i].val;
    return 1;
}

/* A copy of table t's slots into c (ok is cleared when it cannot be made). */
static void dup_table(ag__lx_table *c, const ag__lx_table *t, int *ok)
{
    *c = (ag__lx_table){ag__dup_array(t->slots, t->cap, sizeof *t->slots, ok), t->cap, t->n};
}

int ag__lx_thaw(ag_lexicon *lx)
{
    if (!lx->image)
        return 0;
    int ok = 1;
    ag_lexicon c = *lx;
    c.image = 0;
    c.arena = ag_arena_new();
    c.vocab = ag__vocab_clone(lx->vocab);
    ok = c.arena && c.vocab;
    c.entries = ag__dup_array(lx->entries, c.cap_entries = lx->n_entries, sizeof *c.entries, &ok);
    c.lists = ag__dup_array(lx->lists, c.cap_lists = lx->n_lists, sizeof *c.lists, &ok);
    c.hits = ag__dup_array(lx->hits, c.cap_hits = lx->n_hits, sizeof *c.hits, &ok);
    c.keys.s = ag__dup_array(lx->keys.s, c.keys.cap = lx->keys.n, 1, &ok);
    dup_table(&c.cs, &lx->cs, &ok);
    dup_table(&c.ci, &lx->ci, &ok);
    dup_table(&c.by_name, &lx->by_name, &ok);
    dup_table(&c.prefixes, &lx->prefixes, &ok);
    c.phrases.slots = ag__dup_array(lx->phrases.slots, lx->phrases.cap, sizeof *c.phrases.slots, &ok);
    c.wf = ag__dup_array(lx->wf, lx->cap_wf, sizeof *c.wf, &ok);
    c.spells = ag__dup_array(lx->spells, c.cap_spells = lx->n_spells, sizeof *c.spells, &ok);
    c.rules.v = ag__dup_array(lx->rules.v, c.rules.cap = lx->rules.n, sizeof *c.rules.v, &ok);
    if (!ok) {
        /* c owns what was copied; lx stays the image. */
        ag__lx_free_tables(&c);
        return -1;
    }
    *lx = c;
    return 0;
}

void ag__lx_free_tables(ag_lexicon *lx)
{
    static const size_t arrays[] = {offsetof(ag_lexicon, entries),  offsetof(ag_lexicon, rules.v),
                                    offsetof(ag_lexicon, lists),    offsetof(ag_lexicon, hits),
                                    offsetof(ag_lexicon, wf),       offsetof(ag_lexicon, spells),
                                    offsetof(ag_lexicon, keys.s),   offsetof(ag_lexicon, cs.slots),
                                    offsetof(ag_lexicon, ci.slots), offsetof(ag_lexicon, by_name.slots),
                                    offsetof(ag_lexicon, prefixes.slots), offsetof(ag_lexicon, phrases.slots)};
    ag__free_members(lx, arrays, sizeof arrays / sizeof *arrays);
    ag_vocab_free(lx->vocab);
    ag_arena_free(lx->arena);
}
