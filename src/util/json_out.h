/* json_out.h — JSON written straight from C values, without a jansson tree.
 *
 * ag_json_escape() appends one string as a quoted JSON string, byte for
 * byte as jansson's json_dumps() writes it (the same flags: JSON_ENSURE_ASCII
 * and JSON_ESCAPE_SLASH are honoured) and, like jansson, refuses invalid
 * UTF-8.  tests/test_json_out.c compares the two on many strings.
 *
 * ag_jw is a streaming writer on top of it: objects and arrays laid out as
 * json_dumpf() lays them out with the same flags (JSON_INDENT(n),
 * JSON_COMPACT, JSON_REAL_PRECISION(p)), so a large file can be written
 * record by record in bounded memory and still equal the bytes jansson
 * would write.  The writer does not sort: give object keys in the order
 * they must appear (sorted, to match JSON_SORT_KEYS).  Errors (out of
 * memory, a write error, invalid UTF-8, a non-finite real, nesting deeper
 * than AG_JW_MAX_DEPTH) are sticky: every call after one does nothing, and
 * ag_jw_finish() reports it.
 *
 * Ownership: the caller owns the buffer given to ag_json_escape(); ag_jw
 * borrows its FILE (never closed here) and owns its staging buffer until
 * ag_jw_finish().  With a NULL FILE everything stays in w->out, which the
 * caller takes (and frees with ag_buf_free) after ag_jw_finish().
 */
#ifndef AG_JSON_OUT_H
#define AG_JSON_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "common.h"

/* Appends s[0..n) as a JSON string ("..." with escapes).  `flags` are
 * jansson dump flags; only JSON_ENSURE_ASCII and JSON_ESCAPE_SLASH matter.
 * Returns 0, or -1 for invalid UTF-8 or out of memory (b is then left as
 * it was). */
int ag_json_escape(ag_buf *b, const char *s, size_t n, size_t flags);

#define AG_JW_MAX_DEPTH 32
#define AG_JW_REALS 16

typedef struct ag_jw {
    FILE *fp;             /* borrowed; NULL keeps the output in `out` */
    size_t flags;         /* jansson dump flags */
    ag_buf out;           /* staged output, flushed to fp in blocks */
    int depth;
    int after_key;        /* the next value completes a "key": pair */
    unsigned char open[AG_JW_MAX_DEPTH];  /* '{' or '[' per level */
    unsigned char items[AG_JW_MAX_DEPTH]; /* the level has a member */
    int failed;
    struct ag_jw_real {   /* reals written lately and their text */
        uint64_t bits;
        char text[48];
        unsigned char len; /* 0: empty */
    } reals[AG_JW_REALS];
} ag_jw;

void ag_jw_init(ag_jw *w, FILE *fp, size_t flags);
void ag_jw_object(ag_jw *w);
void ag_jw_array(ag_jw *w);
void ag_jw_end(ag_jw *w);       /* closes the innermost object or array */
void ag_jw_key(ag_jw *w, const char *key);
void ag_jw_str(ag_jw *w, const char *s); /* NULL writes null */
void ag_jw_strn(ag_jw *w, const char *s, size_t n);
void ag_jw_int(ag_jw *w, long long v);
void ag_jw_real(ag_jw *w, double v);     /* jansson's format at the flags' precision */
void ag_jw_bool(ag_jw *w, int v);
void ag_jw_null(ag_jw *w);
/* One "key": value member of the object being written. */
void ag_jw_kstr(ag_jw *w, const char *key, const char *v);
void ag_jw_kint(ag_jw *w, const char *key, long long v);
void ag_jw_kreal(ag_jw *w, const char *key, double v);
/* A "key": [ or "key": { member, closed by ag_jw_end. */
void ag_jw_karray(ag_jw *w, const char *key);
void ag_jw_kobject(ag_jw *w, const char *key);
/* Flushes what is staged; 0 ok, -1 if anything failed.  Releases the
 * staging buffer when writing to a FILE. */
int ag_jw_finish(ag_jw *w);

#endif
