/* extract_pool_int.h — the pool's entry for the program's own reader.
 * Library-internal (not installed). */
#ifndef AG_EXTRACT_POOL_INT_H
#define AG_EXTRACT_POOL_INT_H

#include "extract_pool.h"

/* ag_extract_pool_submit of a document whose reader found its text valid
 * UTF-8 without NUL as ag_utf8_valid_prefix does (utf8_checked 1: a JSON
 * Lines string, ag__input_read_checked), so the extractor does not check
 * it again.  Apart from the public ag_doc_input: a field there would break
 * every caller's positional initializer. */
ag_status ag__extract_pool_submit(ag_extract_pool *p, const ag_doc_input *in, int utf8_checked, ag_error *err);

#endif
