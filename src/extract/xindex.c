/* xindex.c — the extractor's per-document index: a hash map from a key
 * (a tag, a string, two numbers) to the actors or relations filed under
 * it, so that finding an actor by name, surname, lexicon entry, title or
 * country, or a relation by its key, costs the same in a 1 KB and in a
 * 64 MiB document.
 *
 * Values are filed when an actor or relation gets a key and are never
 * removed: when an actor changes (a fuller name, a new title, another
 * country) it is filed again under its new key, and the caller's `valid`
 * test drops the stale entries as a lookup meets them.  Each key keeps its
 * values in a binary min-heap, so the first one in document order is at
 * hand.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "util_int.h"

/* A key's values: a binary min-heap, in `inl` while it has two at most. */
typedef struct xbucket {
    xkey k;
    union {
        int *v;
        int inl[2];
    } u;
    uint32_t n, cap; /* cap 0: the values are in u.inl */
} xbucket;

/* The hash table holds only where a key's bucket is (at: its index + 1, 0
 * for an empty slot) and the key's hash: the buckets lie in one array in
 * the order the keys came, so a table twice as large as the keys costs 8
 * bytes a slot, not a bucket's 56, and growing it moves no bucket. */
typedef struct xslot {
    uint32_t at, h;
} xslot;

struct xindex {
    xslot *s;
    size_t cap; /* slots, a power of two */
    xbucket *b;
    size_t n, cap_b;
};

/* Names, aliases, surnames and title words match ignoring ASCII case, as
 * the strcasecmp of the scans they replace. */
static int folds_case(unsigned tag)
{
    return tag == XI_NAME_CI || tag == XI_ALIAS_CI || tag == XI_SUR || tag == XI_TSUF || tag == XI_HEAD;
}

/* A multiply and a fold of the high half into the low one (the slot is
 * the low bits): the parser asks for a lexicon entry's actor at nearly
 * every capitalized token. */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

/* The 8 bytes at p. */
static uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* The n < 8 bytes at p in a word, read without passing p + n: two
 * overlapping loads, as wyhash does. */
static uint64_t load_short(const unsigned char *p, size_t n)
{
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + n - 4, 4);
        return (uint64_t)lo | (uint64_t)hi << 32;
    }
    return n ? (uint64_t)p[0] | (uint64_t)p[n / 2] << 8 | (uint64_t)p[n - 1] << 16 : 0;
}

/* A-Z made a-z in each byte of w, as in strcasecmp's C locale: bytes of
 * 0x80 and above stay. */
static uint64_t fold8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t low7 = w & ~high;
    uint64_t ge_a = low7 + (0x80 - 'A') * ones, gt_z = low7 + (0x80 - 'Z' - 1) * ones;
    return w | ((ge_a & ~gt_z & ~w & high) >> 2);
}

/* A string 8 bytes a step, not one: names and titles are hashed at every
 * key filed and looked up. A string of 8 bytes or more ends with its
 * last 8 (overlapping the step before), a shorter one is read in two
 * overlapping halves; the length goes in so that those overlaps cannot
 * make two strings one. Equal strings (in any ASCII case when folded)
 * hash alike, which is all the table needs. */
static uint64_t str_hash(uint64_t h, const unsigned char *p, int fold)
{
    size_t n = strlen((const char *)p);
    h = mix(h, n);
    if (n < 8) {
        uint64_t w = load_short(p, n);
        return mix(h, fold ? fold8(w) : w);
    }
    for (size_t i = 0; i + 8 < n; i += 8)
        h = mix(h, fold ? fold8(load8(p + i)) : load8(p + i));
    return mix(h, fold ? fold8(load8(p + n - 8)) : load8(p + n - 8));
}

/* The string's hash apart from the rest of the key, so that one string
 * under several tags is hashed once (ag__x_key_str). */
#define STR_SEED 0x243F6A8885A308D3ull

uint64_t ag__x_key_str(const char *s) { return str_hash(STR_SEED, (const unsigned char *)s, 1); }

/* Key k's hash; sh is its string's (ag__x_key_str) or 0: not known. */
static uint32_t key_hash_h(const xkey *k, uint64_t sh)
{
    /* Three independent multiplies, then one mix: the numbers are mostly
     * small (actor, sentence and token indexes). */
    uint64_t h = (k->tag + 1ull) * 0x9E3779B97F4A7C15ull ^ (uint64_t)k->a * 0xC2B2AE3D27D4EB4Full ^
                 (uint64_t)k->b * 0x165667B19E3779F9ull;
    if (k->s)
        h ^= sh ? sh : str_hash(STR_SEED, (const unsigned char *)k->s, folds_case(k->tag));
    else
        h = mix(h, 0);
    /* The high half, which every bit of the key reaches: mix() already
     * folded it into the low half, so folding it again cancelled it and
     * left the slot to the low bits of a product, which only the key's
     * low bits reach (a string's first or last bytes): names alike in
     * those made probe runs that grew with the table. */
    return (uint32_t)(h >> 32);
}

static uint32_t key_hash(const xkey *k) { return key_hash_h(k, 0); }

static int key_eq(const xkey *a, const xkey *b)
{
    if (a->tag != b->tag || a->a != b->a || a->b != b->b || !a->s != !b->s)
        return 0;
    if (!a->s)
        return 1;
    return folds_case(a->tag) ? strcasecmp(a->s, b->s) == 0 : strcmp(a->s, b->s) == 0;
}

void ag__x_index_free(xindex *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->n; i++)
        if (ix->b[i].cap)
            free(ix->b[i].u.v);
    free(ix->b);
    free(ix->s);
    free(ix);
}

static xslot *probe(const xindex *ix, const xkey *k, uint32_t h)
{
    size_t i = h & (ix->cap - 1);
    while (ix->s[i].at && !(ix->s[i].h == h && key_eq(&ix->b[ix->s[i].at - 1].k, k)))
        i = (i + 1) & (ix->cap - 1);
    return &ix->s[i];
}

/* The slot of key k (hash h), or the empty one where it would go. A new
 * key mostly finds its home slot empty: that answer costs no call (the
 * probe saves six registers for its string compares). */
static inline xslot *slot(const xindex *ix, const xkey *k, uint32_t h)
{
    xslot *s = &ix->s[h & (ix->cap - 1)];
    return s->at ? probe(ix, k, h) : s;
}

static int grow(xindex *ix)
{
    size_t cap = ix->cap ? ix->cap * 2 : 64;
    xslot *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < ix->cap; i++) {
        if (!ix->s[i].at)
            continue;
        size_t j = ix->s[i].h & (cap - 1);
        while (s[j].at)
            j = (j + 1) & (cap - 1);
        s[j] = ix->s[i];
    }
    free(ix->s);
    ix->s = s;
    ix->cap = cap;
    return 0;
}

static xbucket *find_h(const xdoc *x, const xkey *k, uint64_t sh)
{
    if (!x->index || !x->index->cap)
        return NULL;
    const xslot *sl = slot(x->index, k, key_hash_h(k, sh));
    return sl->at ? &x->index->b[sl->at - 1] : NULL;
}

static int *vals(xbucket *b) { return b->cap ? b->u.v : b->u.inl; }

static void sift_up(int *v, size_t i)
{
    for (; i > 0 && v[(i - 1) / 2] > v[i]; i = (i - 1) / 2) {
        int t = v[i];
        v[i] = v[(i - 1) / 2];
        v[(i - 1) / 2] = t;
    }
}

static void pop(xbucket *b)
{
    int *v = vals(b);
    v[0] = v[--b->n];
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < b->n && v[l] < v[m])
            m = l;
        if (l + 1 < b->n && v[l + 1] < v[m])
            m = l + 1;
        if (m == i)
            break;
        int t = v[i];
        v[i] = v[m];
        v[m] = t;
        i = m;
    }
}

/* The bucket of key k, made when new; NULL when out of memory. */
static xbucket *bucket(xindex *ix, const xkey *k)
{
    if (((ix->n + 1) * 4 > ix->cap * 3 && grow(ix)) ||
        (ix->n == ix->cap_b && ag__grow(&ix->b, &ix->cap_b, ix->n, sizeof *ix->b, 64)))
        return NULL;
    uint32_t h = key_hash(k);
    xslot *sl = slot(ix, k, h);
    if (!sl->at) {
        if (ix->n >= UINT32_MAX)
            return NULL;
        ix->b[ix->n] = (xbucket){.k = *k};
        *sl = (xslot){(uint32_t)++ix->n, h};
    }
    return &ix->b[sl->at - 1];
}

/* A new index sized for the document: about 0.28 keys a token (0.18 to
 * 0.41 in the bench corpus), so that the table starts at the size that
 * growing from 64 slots mostly ends at (each growth is a calloc and a
 * rehash) and no larger (every slot is zeroed); a long document's grows
 * past 64 Ki slots as any. */
static xindex *index_new(size_t n_toks)
{
    xindex *ix = calloc(1, sizeof *ix);
    size_t cap = 64;
    while (cap < n_toks / 8 * 3 && cap < ((size_t)1 << 16))
        cap *= 2;
    /* Buckets for as many keys as the table takes before it grows (3/4):
     * half as many were a realloc (a copy) in most documents. */
    if (!ix || !(ix->s = calloc(cap, sizeof *ix->s)) || !(ix->b = malloc(cap / 4 * 3 * sizeof *ix->b))) {
        ag__x_index_free(ix);
        return NULL;
    }
    ix->cap = cap;
    ix->cap_b = cap / 4 * 3;
    return ix;
}

/* Files value under k; a new key's string is copied to the document's
 * arena when `dup` (k->s may be the caller's stack). */
static int add(xdoc *x, const xkey *k, int value, int dup)
{
    if (!x->index && !(x->index = index_new(x->t.n_toks)))
        goto oom;
    size_t had = x->index->n;
    xbucket *b = bucket(x->index, k);
    if (!b)
        goto oom;
    if (dup && x->index->n != had && !(b->k.s = ag_arena_strdup(x->doc->arena, k->s)))
        goto oom;
    uint32_t cap = b->cap ? b->cap : sizeof b->u.inl / sizeof *b->u.inl;
    if (b->n == cap) {
        if (cap > UINT32_MAX / 2)
            goto oom;
        int *p = realloc(b->cap ? b->u.v : NULL, 2 * cap * sizeof *p);
        if (!p)
            goto oom;
        if (!b->cap)
            memcpy(p, b->u.inl, sizeof b->u.inl);
        b->u.v = p;
        b->cap = 2 * cap;
    }
    vals(b)[b->n++] = value;
    sift_up(vals(b), b->n - 1);
    return 0;
oom:
    x->oom = 1;
    return -1;
}

int ag__x_index_add(xdoc *x, const xkey *k, int value) { return add(x, k, value, 0); }

int ag__x_index_add_dup(xdoc *x, const xkey *k, int value) { return add(x, k, value, 1); }

int ag__x_index_first(xdoc *x, const xkey *k, x_index_valid valid, int exclude)
{
    return ag__x_index_first_h(x, k, 0, valid, exclude);
}

int ag__x_index_first_h(xdoc *x, const xkey *k, uint64_t sh, x_index_valid valid, int exclude)
{
    xbucket *b = find_h(x, k, sh);
    if (!b)
        return -1;
    while (b->n && !valid(x, k, vals(b)[0]))
        pop(b);
    if (!b->n || vals(b)[0] != exclude)
        return b->n ? vals(b)[0] : -1;
    /* The first one is excluded (maybe filed more than once): the next
     * valid one, then put it back once. */
    while (b->n && (vals(b)[0] == exclude || !valid(x, k, vals(b)[0])))
        pop(b);
    int r = b->n ? vals(b)[0] : -1;
    vals(b)[b->n++] = exclude; /* the slot it left is free */
    sift_up(vals(b), b->n - 1);
    return r;
}

const int *ag__x_index_all(const xdoc *x, const xkey *k, size_t *n) { return ag__x_index_all_h(x, k, 0, n); }

const int *ag__x_index_all_h(const xdoc *x, const xkey *k, uint64_t sh, size_t *n)
{
    xbucket *b = find_h(x, k, sh);
    *n = b ? b->n : 0;
    return b ? vals(b) : NULL;
}
