/* records.h — extraction records as JSON Lines (docs/formats.md, the
 * contract of ../shared/eval/FORMAT.md): writing a document's actors and
 * relations, and reading them back one document at a time.
 *
 * Ownership: ag_records_write() only reads the doc.  ag_records_read()
 * hands each document it assembles to the callback, which takes ownership
 * (must ag_doc_free() it).
 */
#ifndef AG_RECORDS_H
#define AG_RECORDS_H

#include "model.h"

ag_status ag_records_write(const ag_doc *d, FILE *fp, ag_error *err);
/* The same records appended to b (one line each). */
ag_status ag_records_format(const ag_doc *d, ag_buf *b, ag_error *err);

/* The JSON string of s (quotes included) appended to b, byte for byte as
 * jansson's json_dumps() writes it: returns 0, -1 out of memory, 1 when s
 * is not UTF-8 (nothing written). */
int ag_records_put_string(ag_buf *b, const char *s);
/* A real as json_dumps() with JSON_REAL_PRECISION(6) writes it. */
int ag_records_put_real(ag_buf *b, double v);

/* Called once per document; owns d.  A non-AG_OK return stops the read. */
typedef ag_status (*ag_doc_cb)(ag_doc *d, void *ud, ag_error *err);

/* Reads JSON Lines records; consecutive records with one "doc" form one
 * document.  `name` names the stream in messages ("events.jsonl:12: ..."). */
ag_status ag_records_read(FILE *fp, const char *name, ag_doc_cb cb, void *ud, ag_error *err);

/* Where a document's records came from, so a later check (an id that is
 * not an actor) can name FILE:LINE: 1-based lines parallel to d->actors and
 * d->relations, and the document's first line. Valid during the callback. */
typedef struct ag_records_lines {
    const size_t *actor, *relation;
    size_t first;
} ag_records_lines;
typedef ag_status (*ag_doc_lines_cb)(ag_doc *d, const ag_records_lines *lines, void *ud, ag_error *err);
/* ag_records_read() with the lines of each document's records. */
ag_status ag_records_read_lines(FILE *fp, const char *name, ag_doc_lines_cb cb, void *ud, ag_error *err);

#endif
