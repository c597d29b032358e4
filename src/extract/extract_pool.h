/* extract_pool.h — extract on every core: documents are extracted on the
 * threads of a pool (pool.h) and handed back in the order they were
 * submitted, so the output of a parallel run is byte-identical to a
 * sequential one.  With one job (or jobs 0 on a one-processor machine)
 * no thread is started: submit() extracts and calls the sink at once.
 *
 * Ownership: submit() copies the input; each finished ag_doc is lent to the
 * sink for the duration of the call and freed by the pool afterwards.  The
 * sink runs on the submitting thread, never concurrently with itself.
 */
#ifndef AG_EXTRACT_POOL_H
#define AG_EXTRACT_POOL_H

#include "extract.h"

/* `records` is the document's extraction records as JSON Lines, written
 * by the worker thread when the pool was made with_records, else NULL. */
typedef ag_status (*ag_doc_sink)(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err);

typedef struct ag_extract_pool ag_extract_pool;

/* jobs < 1 means one per online processor. The lexicon must stay alive and
 * unchanged until ag_extract_pool_finish(). */
ag_status ag_extract_pool_new(const ag_lexicon *lx, int jobs, int with_records, ag_doc_sink sink, void *ud,
                              ag_extract_pool **out, ag_error *err);
/* Queues one document (blocks while the pool is full). After a failure
 * (an extraction or the sink), returns that failure. */
ag_status ag_extract_pool_submit(ag_extract_pool *p, const ag_doc_input *in, ag_error *err);
/* Waits for every document, hands the rest to the sink, stops the threads
 * and frees the pool. Returns the first failure, if any. */
ag_status ag_extract_pool_finish(ag_extract_pool *p, ag_error *err);

#endif
