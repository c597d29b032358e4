/* json_load_doc.c — ag__jdoc (json_load.h): a JSON text as one flat array
 * of values, from yajl's events or from jansson's tree. */
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "common.h"
#include "json_load.h"
#include "util_int.h"

/* Below jansson's JSON_PARSER_MAX_DEPTH (2048): deeper texts go to it.
 * Its trees are at most that deep. */
#define MAX_DEPTH 2000
#define TREE_DEPTH 2100

typedef struct docb {
    ag__jdoc *d;
    size_t depth, max_depth;
    uint32_t key; /* the next member's key: an offset into chars */
    int parsed;   /* from yajl: duplicate keys and big objects go to jansson */
    uint32_t open[TREE_DEPTH], last[TREE_DEPTH]; /* open containers, their last value */
} docb;

/* s[0..n) and a NUL into chars: their offset, or -1. */
static long long put_chars(ag__jdoc *d, const char *s, size_t n)
{
    ag_buf *b = &d->chars;
    if (n >= UINT32_MAX - b->len || ag_buf_reserve(b, n + 1))
        return -1;
    size_t at = b->len;
    memcpy(b->data + at, s, n);
    b->data[at + n] = '\0';
    b->len += n + 1;
    b->data[b->len] = '\0';
    return (long long)at;
}

/* A new value of type t under the innermost open container (or the root):
 * its index, or 0 out of memory. */
static uint32_t add(docb *b, uint8_t t)
{
    ag__jdoc *d = b->d;
    if (d->n >= UINT32_MAX || ag__grow(&d->v, &d->cap, d->n, sizeof *d->v, 1024))
        return 0;
    if (!b->depth && d->n > 1)
        return 0; /* a second value after the root: yajl takes several (a kept handle), jansson none */
    uint32_t i = (uint32_t)d->n++;
    d->v[i] = (ag__jval){.type = t};
    if (b->depth) {
        uint32_t p = b->open[b->depth - 1];
        if (d->v[p].type == AG__J_OBJECT)
            d->v[i].key = b->key;
        if (b->last[b->depth - 1])
            d->v[b->last[b->depth - 1]].next = i;
        else
            d->v[p].first = i;
        b->last[b->depth - 1] = i;
        d->v[p].n++;
    }
    return i;
}

static int add_num(docb *b, uint8_t t, union ag__jnum x)
{
    ag__jdoc *d = b->d;
    uint32_t i = add(b, t);
    if (!i || d->n_nums >= UINT32_MAX || ag__grow(&d->nums, &d->cap_nums, d->n_nums, sizeof *d->nums, 64))
        return 0;
    d->v[i].first = (uint32_t)d->n_nums;
    d->nums[d->n_nums++] = x;
    return 1;
}

/* jansson's check of strings and keys: strict UTF-8 without NUL. */
static int valid(const unsigned char *s, size_t n)
{
    return ag_utf8_valid_prefix((const char *)s, n) == n;
}

static int on_null(void *b)
{
    return add(b, AG__J_NULL) != 0;
}

static int on_bool(void *b, int v)
{
    return add(b, v ? AG__J_TRUE : AG__J_FALSE) != 0;
}

static int on_integer(void *b, long long v)
{
    return add_num(b, AG__J_INTEGER, (union ag__jnum){.i = v});
}

static int on_double(void *b, double v)
{
    return add_num(b, AG__J_REAL, (union ag__jnum){.d = v});
}

static int on_string(void *p, const unsigned char *s, size_t n)
{
    docb *b = p;
    uint32_t i = (!b->parsed || valid(s, n)) ? add(b, AG__J_STRING) : 0;
    long long at = i ? put_chars(b->d, (const char *)s, n) : -1;
    if (at < 0)
        return 0;
    b->d->v[i].first = (uint32_t)at;
    b->d->v[i].n = (uint32_t)n;
    return 1;
}

static int open_container(docb *b, uint8_t t)
{
    uint32_t i = b->depth < b->max_depth ? add(b, t) : 0;
    if (!i)
        return 0;
    b->open[b->depth] = i;
    b->last[b->depth++] = 0;
    return 1;
}

static int on_start_map(void *b)
{
    return open_container(b, AG__J_OBJECT);
}

static int on_start_array(void *b)
{
    return open_container(b, AG__J_ARRAY);
}

static int on_end(void *b)
{
    ((docb *)b)->depth--;
    return 1;
}

/* A duplicate key is jansson's error (JSON_REJECT_DUPLICATES), found by a
 * scan of the object's members, so only for small objects. */
static int on_key(void *p, const unsigned char *s, size_t n)
{
    docb *b = p;
    ag__jdoc *d = b->d;
    const ag__jval *o = &d->v[b->open[b->depth - 1]];
    if (b->parsed) {
        if (o->n >= AG__JDOC_MAX_MEMBERS || !valid(s, n))
            return 0;
        for (uint32_t c = o->first; c; c = d->v[c].next)
            if (memcmp(d->chars.data + d->v[c].key, s, n) == 0 && d->chars.data[d->v[c].key + n] == '\0')
                return 0;
    }
    long long at = put_chars(d, (const char *)s, n);
    b->key = (uint32_t)at;
    return at >= 0;
}

static const yajl_callbacks events = {on_null,      on_bool, on_integer, on_double, NULL,          on_string,
                                      on_start_map, on_key,  on_end,     on_start_array, on_end};

static void reset(ag__jdoc *d)
{
    d->n = d->n_nums = 0;
    d->utf8_checked = 0;
    ag_buf_reset(&d->chars);
}

/* An empty document (v[0] is no value) with room for a text of len bytes:
 * its strings take at most len bytes. NULL out of memory. */
static docb *start(ag__jdoc *d, size_t len, int parsed)
{
    reset(d);
    /* Kept in d for its next text (a JSON Lines document a line): a
     * malloc of 17 KB and its free were a tenth of a document's reading. */
    if (!d->scratch)
        d->scratch = malloc(sizeof(docb));
    docb *b = d->scratch;
    if (!b || ag__grow(&d->v, &d->cap, 0, sizeof *d->v, len / 12 + 16) || ag_buf_reserve(&d->chars, len))
        return NULL;
    /* Not its stacks: 17 KB to clear, more than a JSON Lines document's
     * reading costs; a level's slots are set when it opens. */
    b->d = d;
    b->depth = 0;
    b->max_depth = parsed ? MAX_DEPTH : TREE_DEPTH;
    b->key = 0;
    b->parsed = parsed;
    d->utf8_checked = parsed; /* on_string's valid() */
    d->v[d->n++] = (ag__jval){.type = AG__J_NULL};
    return b;
}

/* A handle for d's texts (its context b is d's scratch, which stays):
 * after a good load it waits for a next value, so it reads the next text
 * as a fresh one would (add() refuses a second value in one text); its
 * alloc and free were a twentieth of a JSON Lines document's reading.
 * NULL out of memory. */
static yajl_handle handle(docb *b)
{
    yajl_handle h = b->d->yh;
    b->d->yh = NULL;
    if (h)
        return h;
    h = yajl_alloc(&events, NULL, b);
    /* UTF-8 is checked by valid() as jansson checks it (strictly). */
    if (h && !(yajl_config(h, yajl_dont_validate_strings, 1) && yajl_config(h, yajl_allow_multiple_values, 1))) {
        yajl_free(h);
        h = NULL;
    }
    return h;
}

int ag__jdoc_load(ag__jdoc *d, const char *buf, size_t len)
{
    docb *b = len < UINT32_MAX && !ag__json_for_jansson(buf, len) ? start(d, len, 1) : NULL;
    if (!b)
        return -1;
    yajl_handle h = handle(b);
    int ok = h && yajl_parse(h, (const unsigned char *)buf, len) == yajl_status_ok &&
             yajl_complete_parse(h) == yajl_status_ok && d->n > 1 &&
             (d->v[1].type == AG__J_OBJECT || d->v[1].type == AG__J_ARRAY);
    if (ok) {
        d->yh = h; /* in a state to read another value */
    } else {
        if (h)
            yajl_free(h); /* an error stays in the handle */
        reset(d);
    }
    return ok ? 0 : -1;
}

int ag__jdoc_parse(ag__jdoc *d, const char *buf, size_t len, size_t flags, json_error_t *error)
{
    if (!(flags & ~(size_t)JSON_REJECT_DUPLICATES) && ag__jdoc_load(d, buf, len) == 0)
        return 0;
    json_t *root = json_loadb(buf, len, flags, error);
    if (!root)
        return -1;
    int bad = ag__jdoc_from_tree(d, root);
    json_decref(root);
    return bad ? -2 : 0;
}

static int walk(docb *b, const json_t *j)
{
    const char *k;
    json_t *v;
    switch (json_typeof(j)) {
    case JSON_OBJECT:
        if (!on_start_map(b))
            return 0;
        json_object_foreach((json_t *)j, k, v)
        {
            if (!on_key(b, (const unsigned char *)k, strlen(k)) || !walk(b, v))
                return 0;
        }
        return on_end(b);
    case JSON_ARRAY:
        if (!on_start_array(b))
            return 0;
        for (size_t i = 0; i < json_array_size(j); i++)
            if (!walk(b, json_array_get(j, i)))
                return 0;
        return on_end(b);
    case JSON_STRING:
        return on_string(b, (const unsigned char *)json_string_value(j), json_string_length(j));
    case JSON_INTEGER:
        return on_integer(b, json_integer_value(j));
    case JSON_REAL:
        return on_double(b, json_real_value(j));
    case JSON_TRUE:
    case JSON_FALSE:
        return on_bool(b, json_is_true(j));
    default:
        return on_null(b);
    }
}

int ag__jdoc_from_tree(ag__jdoc *d, const json_t *root)
{
    docb *b = start(d, 0, 0);
    int ok = b && walk(b, root);
    if (!ok)
        reset(d);
    return ok ? 0 : -1;
}

void ag__jdoc_free(ag__jdoc *d)
{
    free(d->v);
    free(d->nums);
    free(d->scratch);
    if (d->yh)
        yajl_free(d->yh);
    ag_buf_free(&d->chars);
    memset(d, 0, sizeof *d);
}

const ag__jval *ag__jdoc_get(const ag__jdoc *d, const ag__jval *obj, const char *key)
{
    if (!obj || obj->type != AG__J_OBJECT)
        return NULL;
    /* The first byte first: most members differ in it (a third of the
     * lexicon's lookups were strcmp calls). */
    for (uint32_t c = obj->first; c; c = d->v[c].next) {
        const char *k = d->chars.data + d->v[c].key;
        if (*k == *key && strcmp(k, key) == 0)
            return &d->v[c];
    }
    return NULL;
}

long long ag__jdoc_int(const ag__jdoc *d, const ag__jval *v)
{
    return v && v->type == AG__J_INTEGER ? d->nums[v->first].i : 0;
}

double ag__jdoc_num(const ag__jdoc *d, const ag__jval *v)
{
    if (!v)
        return 0;
    return v->type == AG__J_INTEGER ? (double)d->nums[v->first].i : v->type == AG__J_REAL ? d->nums[v->first].d : 0;
}
