/* pool.h — work on every core, results in input order: each submitted
 * item is processed by `work` on a worker thread, then handed to `done` on
 * the submitting thread in the order the items were submitted, so the
 * output of a parallel run is byte-identical to a sequential one.  At most
 * 4 x jobs items are in flight, so memory stays bounded however long the
 * input is.  The pool knows nothing of what an item is (the extraction
 * pool of extract.h is one use).
 *
 * Worker threads start with every signal blocked, so a signal is always
 * handled by one of the caller's threads.
 *
 * Ownership: submit() hands the item to the pool; after `done` (or after
 * a failure) the pool releases it with `release`.  `done` runs on the
 * submitting thread, never concurrently with itself; `work` runs on any
 * worker, concurrently with other items' work.
 */
#ifndef AG_POOL_H
#define AG_POOL_H

#include "common.h"

typedef struct ag_pool_fns {
    /* On a worker thread: a non-AG_OK status stops the pool. */
    ag_status (*work)(void *item, void *ud, ag_error *err);
    /* On the submitting thread, in submit order, after its work. */
    ag_status (*done)(void *item, void *ud, ag_error *err);
    void (*release)(void *item);
} ag_pool_fns;

typedef struct ag_pool ag_pool;

/* jobs < 1 means one per online processor (at most 256).  `fns` is
 * copied; `ud` is passed to work and done. */
ag_status ag_pool_new(int jobs, const ag_pool_fns *fns, void *ud, ag_pool **out, ag_error *err);
/* Queues one item (blocks while the pool is full).  After a failure (a
 * work or done), releases the item and returns that failure. */
ag_status ag_pool_submit(ag_pool *p, void *item, ag_error *err);
/* Waits for every item, hands the rest to `done`, stops the threads and
 * frees the pool.  Returns the first failure, if any. */
ag_status ag_pool_finish(ag_pool *p, ag_error *err);

#endif
