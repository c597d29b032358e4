/* json_load.h — json_loadb() for the hot readers (JSON Lines documents and
 * records, the input sniff, the lexicon), not installed (it names jansson
 * types).
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
 * Ownership: as json_loadb(): the caller releases the tree (json_decref).
 */
#ifndef AG_JSON_LOAD_H
#define AG_JSON_LOAD_H

#include <jansson.h>
#include <stddef.h>

json_t *ag__json_loadb(const char *buf, size_t len, size_t flags, json_error_t *error);

/* A top-level member that ag__json_members() looks for: `key` is set by
 * the caller; the rest is what the text holds under it. */
typedef enum { AG__JM_ABSENT, AG__JM_NULL, AG__JM_STRING, AG__JM_OTHER } ag__json_kind;
typedef struct ag__json_member {
    const char *key;
    ag__json_kind kind;
    size_t at, len; /* a string: its bytes at store->data + at, NUL-ended */
} ag__json_member;

/* The members m[0..n) of the JSON object text buf[0..len), read from
 * yajl's events without a tree (a JSON Lines document: its few keys, one
 * of them a long text); the strings are copied into `store` (reset first,
 * owned by the caller).  Returns 0, or -1 when the text is to go to
 * ag__json_loadb() instead: any text that jansson might refuse or read
 * otherwise (as above), no object, a key of m given twice, or out of
 * memory.  So jansson alone judges and reports bad text. */
struct ag_buf;
int ag__json_members(const char *buf, size_t len, ag__json_member *m, size_t n, struct ag_buf *store);

#endif
