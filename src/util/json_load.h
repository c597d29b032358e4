/* json_load.h — JSON read by yajl for the hot readers: jansson's tree
 * (JSON Lines records, graph files) or a flat document (JSON Lines
 * documents, the input sniff, the lexicon); not installed (it names
 * jansson types).
 *
 * jansson reads a byte at a time through a stream callback with a UTF-8
 * check per byte: 140 million instructions a megabyte of JSON Lines
 * documents (callgrind), more than half of what extraction costs a
 * megabyte beside it.  yajl (libyajl-dev) tokenizes the same text with
 * about a tenth of that, so ag__json_loadb() lets yajl tokenize and builds
 * the jansson tree from its events; the callers keep jansson's API.
 *
 * jansson stays the judge: yajl is used only for texts that jansson takes
 * and reads to the same tree.  Where the two could differ (invalid UTF-8,
 * \u0000 or any \uD... escape, \v or \f between tokens, nesting near
 * jansson's depth limit, a duplicate key under JSON_REJECT_DUPLICATES, a
 * key over 4 KiB, a top-level value that is no object or array, any flag
 * but JSON_REJECT_DUPLICATES) or when yajl refuses the text, jansson's
 * json_loadb() parses it instead, so every error (its text, line and
 * column) is jansson's own.
 *
 * The tree is built from yajl's events, not through the flat document
 * below: for its readers (a records line, a graph file) that cost a fifth
 * more instructions and, for a graph file, both held at once (a 16 MB
 * graph's load: 146 -> 171 MB peak).
 *
 * Ownership: as json_loadb(): the caller releases the tree (json_decref).
 */
#ifndef AG_JSON_LOAD_H
#define AG_JSON_LOAD_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"

json_t *ag__json_loadb(const char *buf, size_t len, size_t flags, json_error_t *error);
/* 1 when yajl might read buf otherwise than jansson (\v, \f, a \uD...
 * escape): the text is jansson's to parse. */
int ag__json_for_jansson(const char *buf, size_t len);

/* ---- ag__jdoc: a JSON text as one flat array of values ----
 *
 * For a reader that walks a text once and keeps none of it (the lexicon,
 * docs/lexicon.md; a JSON Lines document, input.h): yajl's events fill one
 * array of values and one buffer of their strings, so a value costs no
 * allocation of its own and the document is freed (or read again) in one
 * go.  Building the lexicon's text into jansson's tree was half of every
 * start of the program (a malloc a value, a hash table an object, their
 * free).
 *
 * The judge above: ag__jdoc_load() reads only a text that jansson reads
 * (with or without JSON_REJECT_DUPLICATES) to the same values; for any
 * other text (yajl refuses it, the cases above, an object of more than
 * AG__JDOC_MAX_MEMBERS members, whose duplicate keys are looked for by a
 * scan) it returns -1 and the caller parses it with jansson, for jansson's
 * error or its tree, which ag__jdoc_from_tree() turns into the same
 * document; ag__jdoc_parse() does both.
 *
 * Values are addressed by pointer into d->v, valid until the document
 * changes; index 0 is no value (the root is v[1]).
 * Ownership: the caller owns the ag__jdoc (zeroed: empty) and releases it
 * with ag__jdoc_free(). */
typedef enum { AG__J_NULL, AG__J_FALSE, AG__J_TRUE, AG__J_INTEGER, AG__J_REAL, AG__J_STRING, AG__J_ARRAY,
               AG__J_OBJECT } ag__jtype;
typedef struct ag__jval {
    uint8_t type;   /* ag__jtype */
    uint32_t key;   /* a member: its key at chars + key, NUL-ended */
    uint32_t next;  /* the next element or member, 0: none */
    uint32_t first; /* array, object: the first element or member (0: none); string: its text at
                     * chars + first, NUL-ended; number: nums[first] */
    uint32_t n;     /* array, object: how many; string: its bytes */
} ag__jval;
typedef struct ag__jdoc {
    ag__jval *v;
    size_t n, cap;
    union ag__jnum {
        long long i;
        double d;
    } *nums;
    size_t n_nums, cap_nums;
    ag_buf chars; /* the strings and keys, each NUL-ended */
    void *scratch; /* the reader's stacks (json_load_doc.c), kept from one load to the next */
    void *yh; /* yajl's handle after a good load, kept for the next text (a JSON Lines document a line) */
    int utf8_checked; /* 1: read here (not from jansson's tree), every string checked by ag_utf8_valid_prefix */
} ag__jdoc;
#define AG__JDOC_MAX_MEMBERS 64

/* 0, or -1: jansson is to parse buf (also when memory runs out). */
int ag__jdoc_load(ag__jdoc *d, const char *buf, size_t len);
/* The text as jansson reads it with flags: ag__jdoc_load's reading, or
 * jansson's tree as a document.  0; -1 jansson refuses the text (its error
 * in *error, which may be NULL); -2 out of memory. */
int ag__jdoc_parse(ag__jdoc *d, const char *buf, size_t len, size_t flags, json_error_t *error);
/* jansson's tree as a document: 0, or -1 out of memory. */
int ag__jdoc_from_tree(ag__jdoc *d, const json_t *root);
void ag__jdoc_free(ag__jdoc *d);

/* The accessors, as jansson's: a NULL value is absent. */
static inline const ag__jval *ag__jdoc_root(const ag__jdoc *d)
{
    return d->n > 1 ? &d->v[1] : NULL;
}
/* The first member of an object, the first element of an array; NULL for
 * none or another value. */
static inline const ag__jval *ag__jdoc_members(const ag__jdoc *d, const ag__jval *obj)
{
    return obj && obj->type == AG__J_OBJECT && obj->first ? &d->v[obj->first] : NULL;
}
static inline const ag__jval *ag__jdoc_elems(const ag__jdoc *d, const ag__jval *arr)
{
    return arr && arr->type == AG__J_ARRAY && arr->first ? &d->v[arr->first] : NULL;
}
static inline const ag__jval *ag__jdoc_next(const ag__jdoc *d, const ag__jval *v)
{
    return v->next ? &d->v[v->next] : NULL;
}
static inline const char *ag__jdoc_key(const ag__jdoc *d, const ag__jval *member)
{
    return d->chars.data + member->key;
}
/* The string's text, or NULL when v is no string (json_string_value). */
static inline const char *ag__jdoc_str(const ag__jdoc *d, const ag__jval *v)
{
    return v && v->type == AG__J_STRING ? d->chars.data + v->first : NULL;
}
static inline int ag__jdoc_is(const ag__jval *v, ag__jtype t)
{
    return v && v->type == t;
}
/* Elements of an array (0 for anything else). */
static inline size_t ag__jdoc_size(const ag__jval *v)
{
    return v && v->type == AG__J_ARRAY ? v->n : 0;
}
/* The member `key` of an object, NULL when absent or obj is no object. */
const ag__jval *ag__jdoc_get(const ag__jdoc *d, const ag__jval *obj, const char *key);
/* An integer's value (0 for anything else); a number's as a double. */
long long ag__jdoc_int(const ag__jdoc *d, const ag__jval *v);
double ag__jdoc_num(const ag__jdoc *d, const ag__jval *v);
/* Each element x (index i) of arr, none when arr is no array (as
 * json_array_foreach). */
#define ag__jdoc_foreach(d, arr, i, x) \
    for ((i) = 0, (x) = ag__jdoc_elems((d), (arr)); (x); (i)++, (x) = ag__jdoc_next((d), (x)))

#endif
