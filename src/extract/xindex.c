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

typedef struct xbucket {
    uint64_t h;
    xkey k;
    int *v;      /* heap of values, or NULL while they fit in `inl` */
    int inl[2];
    size_t n, cap;
} xbucket;

struct xindex {
    xbucket *b;
    size_t cap, used;
};

/* Names, aliases, surnames and title words match ignoring ASCII case, as
 * the strcasecmp of the scans they replace. */
static int folds_case(unsigned tag)
{
    return tag == XI_NAME_CI || tag == XI_ALIAS_CI || tag == XI_SUR || tag == XI_TSUF || tag == XI_HEAD;
}

/* One multiply per number, not eight: the parser asks for a lexicon
 * entry's actor at nearly every capitalized token. */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

static uint64_t key_hash(const xkey *k)
{
    uint64_t h = mix(mix(mix(1469598103934665603ull, k->tag), (uint64_t)k->a), (uint64_t)k->b);
    /* The fold is chosen once, outside the loops: the bytes of k->s may
     * alias k, so the compiler would load the tag again for every byte. */
    const unsigned char *p = (const unsigned char *)k->s;
    if (p && folds_case(k->tag)) {
        for (; *p; p++) /* A-Z made a-z without a branch */
            h = (h ^ (*p + ((unsigned)(*p - 'A') < 26u ? 32u : 0u))) * 1099511628211ull;
    } else if (p) {
        for (; *p; p++)
            h = (h ^ *p) * 1099511628211ull;
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

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
    /* Only filled slots (h != 0) hold a vector: a grown table clears the
     * hashes alone. */
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->b[i].h && ix->b[i].v)
            free(ix->b[i].v);
    free(ix->b);
    free(ix);
}

static xbucket *slot(const xindex *ix, const xkey *k, uint64_t h)
{
    size_t i = (size_t)h & (ix->cap - 1);
    while (ix->b[i].h && !(ix->b[i].h == h && key_eq(&ix->b[i].k, k)))
        i = (i + 1) & (ix->cap - 1);
    return &ix->b[i];
}

static int grow(xindex *ix)
{
    size_t cap = ix->cap ? ix->cap * 2 : 64;
    xbucket *old = ix->b;
    size_t ocap = ix->cap;
    /* Only the hashes need clearing (0 marks an empty slot; a slot is
     * filled whole when taken): a document makes a new index. */
    ix->b = malloc(cap * sizeof *ix->b);
    if (!ix->b) {
        ix->b = old;
        return -1;
    }
    for (size_t i = 0; i < cap; i++)
        ix->b[i].h = 0;
    ix->cap = cap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].h)
            *slot(ix, &old[i].k, old[i].h) = old[i];
    free(old);
    return 0;
}

static xbucket *find(const xdoc *x, const xkey *k)
{
    if (!x->index || !x->index->cap)
        return NULL;
    xbucket *b = slot(x->index, k, key_hash(k));
    return b->h ? b : NULL;
}

static int *vals(xbucket *b) { return b->v ? b->v : b->inl; }

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

int ag__x_index_add(xdoc *x, const xkey *k, int value)
{
    if (!x->index && !(x->index = calloc(1, sizeof *x->index)))
        goto oom;
    xindex *ix = x->index;
    if ((ix->used + 1) * 4 > ix->cap * 3 && grow(ix))
        goto oom;
    uint64_t h = key_hash(k);
    xbucket *b = slot(ix, k, h);
    if (!b->h) {
        memset(b, 0, sizeof *b);
        b->h = h;
        b->k = *k;
        ix->used++;
    }
    size_t cap = b->v ? b->cap : sizeof b->inl / sizeof *b->inl;
    if (b->n == cap) {
        int *p = realloc(b->v, 2 * cap * sizeof *p);
        if (!p)
            goto oom;
        if (!b->v)
            memcpy(p, b->inl, sizeof b->inl);
        b->v = p;
        b->cap = 2 * cap;
    }
    vals(b)[b->n++] = value;
    sift_up(vals(b), b->n - 1);
    return 0;
oom:
    x->oom = 1;
    return -1;
}

int ag__x_index_first(xdoc *x, const xkey *k, x_index_valid valid, int exclude)
{
    xbucket *b = find(x, k);
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

const int *ag__x_index_all(const xdoc *x, const xkey *k, size_t *n)
{
    xbucket *b = find(x, k);
    *n = b ? b->n : 0;
    return b ? vals(b) : NULL;
}
