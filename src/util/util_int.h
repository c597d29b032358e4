/* util_int.h — helpers of src/util for the library's own files, not
 * installed: the one realloc-doubling helper for growable arrays
 * (`T *v; size_t n, cap;`, grow.c) and its destructors, arrays in an owner's arena
 * (ag__arena_array, common.c), an object and its array in one allocation
 * (ag__with_array, common.c), a constructor's last step (AG__BUILT), the
 * comparators' three-way step (ag__cmp) and digits (common.c).
 *
 *   if (ag__grow(&x->items, &x->cap, x->n, sizeof *x->items, 16))
 *       return ag_error_set(err, AG_ENOMEM, "out of memory");
 *   x->items[x->n++] = item;
 */
#ifndef AG_UTIL_INT_H
#define AG_UTIL_INT_H

#include <stdint.h>

#include "common.h"

/* Makes room for element n of the array *arr (arr is a T **) holding *cap
 * elements of `size` bytes: the capacity doubles, from `first`.  AG_OK, or
 * AG_ENOMEM (no message; the array and *cap are as they were) when memory
 * or the size arithmetic runs out. */
ag_status ag__grow(void *arr, size_t *cap, size_t n, size_t size, size_t first);

/* A copy of the n elements of `size` bytes at p in a block of its own
 * (NULL for none); *ok becomes 0 when it cannot be made.  Several copies
 * then one test: a built table thawed to be added to (lexicon.c). */
void *ag__dup_array(const void *p, size_t n, size_t size, int *ok);

/* The hash of a NUL-terminated string that ag_strmap uses. */
uint64_t ag__str_hash(const char *s);

/* The destructors of growable arrays, driven by a table of what each
 * element owns: off[0..n_off) are byte offsets (offsetof) of pointer
 * members, each NULL or a block of its own to free().
 *
 * ag__free_members frees those members of obj (not obj itself), e.g. the
 * plain arrays of a struct.  ag__free_owners frees them in each of the n
 * elements of `size` bytes of the array arr (NULL when nothing was
 * allocated), then arr: an array of elements that own arrays.
 *
 *   static const size_t link_owns[] = {offsetof(ag_link, days), offsetof(ag_link, evidence)};
 *   ag__free_owners(g->links, g->n_links, sizeof *g->links, link_owns, 2);
 */
void ag__free_members(void *obj, const size_t *off, size_t n_off);
void ag__free_owners(void *arr, size_t n, size_t size, const size_t *off, size_t n_off);

/* Zeroed room for n elements of `size` bytes in the arena, for an array
 * that lives as long as the arena's owner and is freed with it (no free of
 * its own); NULL when memory or the size arithmetic runs out. */
void *ag__arena_array(ag_arena *a, size_t n, size_t size);

/* An object of `size` bytes and an array of n elements of `elem` bytes
 * after it, in one zeroed allocation that one free() releases: the
 * object, with *tail (tail is a T **) set to the array; NULL when memory
 * or the size arithmetic runs out.  For an object whose array's length is
 * known when it is made (a timeline's rows, a view's node map). */
void *ag__with_array(size_t size, size_t n, size_t elem, void *tail);

/* The step of every qsort comparator: -1, 0 or 1 as a sorts before, with
 * or after b in ascending order (swap the arguments for descending).  A
 * NaN sorts after everything, as the comparators always had it.  Integer
 * keys (counts, indexes, days) are far below 2^53, so exact as doubles. */
static inline int ag__cmp(double a, double b)
{
    return a < b ? -1 : a != b;
}

/* ag__grow, then element n zeroed: its address, or NULL when memory runs
 * out.  The caller counts it (n++) once it is filled in. */
void *ag__grow_slot(void *arr, size_t *cap, size_t n, size_t size, size_t first);

/* The number the n characters at s spell when all are digits 0-9, else -1
 * (n at most 9). */
int ag__digits(const char *s, size_t n);

/* The one-line accessors of the public headers (model.h, graph.h), written
 * once: each use expands to real exported functions with the header's exact
 * signatures, named ag_<obj>_<name>.  AG__GET reads a field.  AG__LIST is an
 * array of pointers and AG__LIST_AT an array of structs: ag_<obj>_<name>_count
 * gives the count and ag_<obj>_<name>(p, i) element i (its address for
 * AG__LIST_AT), NULL when i is past the count. */
#define AG__GET(obj, type, name, field) \
    type ag_##obj##_##name(const ag_##obj *p) { return p->field; }
#define AG__LIST(obj, type, name, arr, count)                                 \
    AG__GET(obj, size_t, name##_count, count)                                 \
    type ag_##obj##_##name(const ag_##obj *p, size_t i) { return i < p->count ? p->arr[i] : NULL; }
#define AG__LIST_AT(obj, type, name, arr, count)                              \
    AG__GET(obj, size_t, name##_count, count)                                 \
    type ag_##obj##_##name(const ag_##obj *p, size_t i) { return i < p->count ? &p->arr[i] : NULL; }

/* A constructor's last step, the one idiom of every *_new: the object when
 * all its parts were allocated (ok), else NULL after its destructor freed
 * what was.  A macro so that each destructor keeps its own type:
 *
 *   m->slots = calloc(16, sizeof *m->slots);
 *   return AG__BUILT(m, m->slots, ag_strmap_free);
 */
#define AG__BUILT(obj, ok, destroy) ((ok) ? (obj) : ((destroy)(obj), NULL))

/* The length of the prefix of s[0..n) that a JSON string holds as it is:
 * bytes from 0x20 to 0x7F but '"' and '\\' (records.c's escape copies
 * such runs whole). */
size_t ag__json_plain_run(const char *s, size_t n);

#endif
