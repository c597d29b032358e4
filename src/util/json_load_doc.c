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

/* ---- the flat object: most JSON Lines documents, read without yajl ----
 * A document that is one object of strings, short integers, true, false and
 * null gets the callbacks yajl would give it, in its order; anything else
 * (nesting, reals, long integers, a NUL, surrogate or odd escape, a control
 * byte, a callback's refusal) makes flat_load give up, and yajl reads the
 * text again from its start. */
typedef struct flat {
    const unsigned char *p, *end;
    unsigned char *tmp; /* decoded strings with escapes: made at the first */
    size_t cap;         /* the text's length: no decoded string is longer */
} flat;

/* 1 when none of the 8 bytes at p is below 0x20, '"' or '\\' (bytes above
 * 0x7F pass): a string's bytes are skipped a word at a time. */
static int plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t q = w ^ (ones * '"'), k = w ^ (ones * '\\');
    return !(((w - ones * 0x20) | (q - ones) | (k - ones)) & ~w & high);
}

/* The first byte from p on that ends a plain run of a string. */
static const unsigned char *string_stop(const unsigned char *p, const unsigned char *end)
{
    while (end - p >= 8 && plain8(p))
        p += 8;
    while (p < end && *p != '"' && *p != '\\' && *p >= 0x20)
        p++;
    return p;
}

static void skip_ws(flat *f)
{
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n' || *f->p == '\r'))
        f->p++;
}

/* Four hex digits at p into *cp; 0 if they are not. */
static int hex4(const unsigned char *p, unsigned *cp)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = p[k], lc = c | 32u;
        unsigned d = c - '0' < 10u ? c - '0' : lc - 'a' < 6u ? lc - 'a' + 10 : 16;
        if (d > 15)
            return 0;
        v = v << 4 | d;
    }
    *cp = v;
    return 1;
}

/* The escape at *pp (its backslash) decoded into o as yajl decodes it: the
 * bytes written (at most its own length), 0 to give up. *pp moves past it. */
static size_t unescape(const unsigned char **pp, const unsigned char *end, unsigned char *o)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const unsigned char *p = *pp;
    const char *c = end - p >= 2 && p[1] ? strchr(from, p[1]) : NULL;
    if (c) {
        *o = (unsigned char)to[c - from];
        *pp = p + 2;
        return 1;
    }
    unsigned cp;
    if (end - p < 6 || p[1] != 'u' || !hex4(p + 2, &cp) || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *pp = p + 6;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    o[0] = (unsigned char)(0xE0 | cp >> 12);
    o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
}

/* The string whose opening quote is at f->p, to on_key or on_string. */
static int flat_string(flat *f, docb *b, int key)
{
    const unsigned char *s = ++f->p, *q = string_stop(s, f->end);
    size_t n = (size_t)(q - s);
    if (q < f->end && *q == '\\') {
        if (!f->tmp && !(f->tmp = malloc(f->cap)))
            return 0;
        memcpy(f->tmp, s, n);
        while (q < f->end && *q == '\\') {
            size_t w = unescape(&q, f->end, f->tmp + n);
            const unsigned char *r = w ? string_stop(q, f->end) : NULL;
            if (!r)
                return 0;
            memcpy(f->tmp + n + w, q, (size_t)(r - q));
            n += w + (size_t)(r - q);
            q = r;
        }
        s = f->tmp;
    }
    if (q >= f->end || *q != '"')
        return 0;
    f->p = q + 1;
    return key ? on_key(b, s, n) : on_string(b, s, n);
}

/* -?(0|[1-9][0-9]{0,17}) not followed by a real's '.', 'e' or 'E'. */
static int flat_integer(flat *f, docb *b)
{
    const unsigned char *p = f->p;
    int neg = p < f->end && *p == '-';
    p += neg;
    const unsigned char *d = p;
    long long v = 0;
    while (p < f->end && *p >= '0' && *p <= '9' && p - d < 18)
        v = v * 10 + (*p++ - '0');
    if (p == d || (*d == '0' && p - d > 1) ||
        (p < f->end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E')))
        return 0;
    f->p = p;
    return on_integer(b, neg ? -v : v);
}

static int literal(flat *f, const char *w, size_t n)
{
    if ((size_t)(f->end - f->p) < n || memcmp(f->p, w, n) != 0)
        return 0;
    f->p += n;
    return 1;
}

static int flat_value(flat *f, docb *b)
{
    if (*f->p == '"')
        return flat_string(f, b, 0);
    if (literal(f, "true", 4))
        return on_bool(b, 1);
    if (literal(f, "false", 5))
        return on_bool(b, 0);
    if (literal(f, "null", 4))
        return on_null(b);
    return flat_integer(f, b);
}

/* The members after the object's '{' and its '}'. */
static int flat_members(flat *f, docb *b)
{
    skip_ws(f);
    if (f->p < f->end && *f->p == '}') {
        f->p++;
        return on_end(b);
    }
    for (;;) {
        if (f->p == f->end || *f->p != '"' || !flat_string(f, b, 1))
            return 0;
        skip_ws(f);
        if (f->p == f->end || *f->p++ != ':')
            return 0;
        skip_ws(f);
        if (f->p == f->end || !flat_value(f, b))
            return 0;
        skip_ws(f);
        if (f->p == f->end)
            return 0;
        if (*f->p++ == '}')
            return on_end(b);
        if (f->p[-1] != ',')
            return 0;
        skip_ws(f);
    }
}

/* 1 when buf[0..len) is a flat object, its values in b->d. */
static int flat_load(docb *b, const char *buf, size_t len)
{
    flat f = {(const unsigned char *)buf, (const unsigned char *)buf + len, NULL, len};
    skip_ws(&f);
    int ok = f.p < f.end && *f.p == '{' && on_start_map(b);
    if (ok) {
        f.p++;
        ok = flat_members(&f, b);
        skip_ws(&f);
        ok = ok && f.p == f.end;
    }
    free(f.tmp);
    return ok;
}

static const yajl_callbacks events = {on_null,      on_bool, on_integer, on_double, NULL,          on_string,
                                      on_start_map, on_key,  on_end,     on_start_array, on_end};

static void reset(ag__jdoc *d)
{
    d->n = d->n_nums = 0;
    ag_buf_reset(&d->chars);
}

/* b's document emptied (v[0] is no value). Not b's stacks: 17 KB to clear,
 * more than a JSON Lines document's reading costs; a level's slots are set
 * when it opens. */
static void empty(docb *b)
{
    reset(b->d);
    b->depth = 0;
    b->key = 0;
    b->d->v[b->d->n++] = (ag__jval){.type = AG__J_NULL};
}

/* An empty document (v[0] is no value) with room for a text of len bytes:
 * its strings take at most len bytes. NULL out of memory. */
static docb *start(ag__jdoc *d, size_t len, int parsed)
{
    reset(d);
    docb *b = malloc(sizeof *b);
    if (!b || ag__grow(&d->v, &d->cap, 0, sizeof *d->v, len / 12 + 16) || ag_buf_reserve(&d->chars, len)) {
        free(b);
        return NULL;
    }
    b->d = d;
    b->max_depth = parsed ? MAX_DEPTH : TREE_DEPTH;
    b->parsed = parsed;
    empty(b);
    return b;
}

int ag__jdoc_load(ag__jdoc *d, const char *buf, size_t len)
{
    docb *b = len < UINT32_MAX && !ag__json_for_jansson(buf, len) ? start(d, len, 1) : NULL;
    if (!b)
        return -1;
    if (flat_load(b, buf, len)) {
        free(b);
        return 0;
    }
    empty(b);
    yajl_handle h = yajl_alloc(&events, NULL, b);
    /* UTF-8 is checked by valid() as jansson checks it (strictly). */
    int ok = h && yajl_config(h, yajl_dont_validate_strings, 1) &&
             yajl_parse(h, (const unsigned char *)buf, len) == yajl_status_ok &&
             yajl_complete_parse(h) == yajl_status_ok && d->n > 1 &&
             (d->v[1].type == AG__J_OBJECT || d->v[1].type == AG__J_ARRAY);
    if (h)
        yajl_free(h);
    free(b);
    if (!ok)
        reset(d);
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
    free(b);
    if (!ok)
        reset(d);
    return ok ? 0 : -1;
}

void ag__jdoc_free(ag__jdoc *d)
{
    free(d->v);
    free(d->nums);
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
