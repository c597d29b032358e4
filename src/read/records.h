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

/* Called once per document; owns d.  A non-AG_OK return stops the read. */
typedef ag_status (*ag_doc_cb)(ag_doc *d, void *ud, ag_error *err);

/* Reads JSON Lines records; consecutive records with one "doc" form one
 * document.  `name` names the stream in messages ("events.jsonl:12: ..."). */
ag_status ag_records_read(FILE *fp, const char *name, ag_doc_cb cb, void *ud, ag_error *err);

#endif
