/* json_load.c — see json_load.h. */
#include "json_load.h"

#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "common.h"

/* Below jansson's JSON_PARSER_MAX_DEPTH (2048): deeper texts go to it. */
#define MAX_DEPTH 2000
#define MAX_KEY 4096

typedef struct builder {
    json_t *root;
    json_t *stack[MAX_DEPTH]; /* the open containers (borrowed from root) */
    size_t depth;
    size_t flags;
    size_t keylen;
    char key[MAX_KEY];
} builder;

/* Puts v (a new reference, NULL when its constructor failed) under the
 * innermost open container, or makes it the root; opens it when it is a
 * container.  0 stops the parse: the text goes to jansson. */
static int add(builder *b, json_t *v, int container)
{
    if (!v)
        return 0;
    if (!b->depth) {
        if (b->root) {
            json_decref(v);
            return 0;
        }
        b->root = v;
    } else if (json_is_object(b->stack[b->depth - 1])) {
        /* A duplicate key replaces a value: the size tells, without a
         * lookup a key (7 M instructions of loading the lexicon). */
        json_t *o = b->stack[b->depth - 1];
        size_t size = json_object_size(o);
        if (json_object_setn_new_nocheck(o, b->key, b->keylen, v))
            return 0;
        if ((b->flags & JSON_REJECT_DUPLICATES) && json_object_size(o) == size)
            return 0;
    } else if (json_array_append_new(b->stack[b->depth - 1], v)) {
        return 0;
    }
    if (container) {
        if (b->depth == MAX_DEPTH)
            return 0;
        b->stack[b->depth++] = v;
    }
    return 1;
}

/* jansson's check of strings and keys: strict UTF-8 without NUL. */
static int valid(const unsigned char *s, size_t n)
{
    return ag_utf8_valid_prefix((const char *)s, n) == n;
}

static int on_null(void *b)
{
    return add(b, json_null(), 0);
}

static int on_bool(void *b, int v)
{
    return add(b, json_boolean(v), 0);
}

static int on_integer(void *b, long long v)
{
    return add(b, json_integer(v), 0);
}

static int on_double(void *b, double v)
{
    return add(b, json_real(v), 0);
}

static int on_string(void *b, const unsigned char *s, size_t n)
{
    return valid(s, n) && add(b, json_stringn_nocheck((const char *)s, n), 0);
}

static int on_start_map(void *b)
{
    return add(b, json_object(), 1);
}

static int on_start_array(void *b)
{
    return add(b, json_array(), 1);
}

static int on_end(void *b)
{
    ((builder *)b)->depth--;
    return 1;
}

static int on_key(void *p, const unsigned char *s, size_t n)
{
    builder *b = p;
    if (n >= MAX_KEY || !valid(s, n))
        return 0;
    memcpy(b->key, s, n);
    b->key[n] = '\0';
    b->keylen = n;
    return 1;
}

static const yajl_callbacks events = {on_null,      on_bool, on_integer, on_double, NULL,          on_string,
                                      on_start_map, on_key,  on_end,     on_start_array, on_end};

/* yajl takes \v and \f as blanks, and reads a lone or unpaired UTF-16
 * surrogate escape as some character where jansson refuses it. */
int ag__json_for_jansson(const char *buf, size_t len)
{
    if (memchr(buf, '\v', len) || memchr(buf, '\f', len))
        return 1;
    const char *end = buf + len;
    for (const char *p = buf; (p = memchr(p, '\\', (size_t)(end - p))) != NULL; p += 2) {
        if (end - p >= 3 && p[1] == 'u' && (p[2] == 'd' || p[2] == 'D'))
            return 1;
        if (end - p < 2) /* a last backslash: p + 2 would pass the end */
            break;
    }
    return 0;
}

/* The tree yajl's events build, or NULL when jansson is to parse buf. */
static json_t *build(const char *buf, size_t len, size_t flags)
{
    builder *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->root = NULL;
    b->depth = 0;
    b->flags = flags;
    yajl_handle h = yajl_alloc(&events, NULL, b);
    /* UTF-8 is checked by valid() as jansson checks it (strictly). */
    int ok = h && yajl_config(h, yajl_dont_validate_strings, 1) &&
             yajl_parse(h, (const unsigned char *)buf, len) == yajl_status_ok &&
             yajl_complete_parse(h) == yajl_status_ok && (json_is_object(b->root) || json_is_array(b->root));
    if (h)
        yajl_free(h);
    json_t *root = b->root;
    free(b);
    if (!ok) {
        json_decref(root);
        return NULL;
    }
    return root;
}

json_t *ag__json_loadb(const char *buf, size_t len, size_t flags, json_error_t *error)
{
    json_t *root = NULL;
    if (!(flags & ~(size_t)JSON_REJECT_DUPLICATES) && !ag__json_for_jansson(buf, len))
        root = build(buf, len, flags);
    if (!root)
        return json_loadb(buf, len, flags, error);
    if (error) {
        /* What json_loadb leaves in it on success: the bytes read. */
        memset(error, 0, sizeof *error);
        error->line = error->column = -1;
        error->position = (int)len;
        strcpy(error->source, "<buffer>");
    }
    return root;
}
