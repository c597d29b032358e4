/* extract.h — extract, resolve, relate: one document's text in, its actors
 * and relations out (an ag_doc, see model.h).
 *
 * Re-entrant: the extractor reads the lexicon and the input, keeps all its
 * working state in the call, and returns nothing but the ag_doc, so any
 * number of documents can be extracted concurrently with one lexicon.
 *
 * Ownership: the caller owns the returned doc (ag_doc_free); the input is
 * only read and may be freed after the call.
 */
#ifndef AG_EXTRACT_H
#define AG_EXTRACT_H

#include "lexicon.h"
#include "model.h"

typedef struct ag_doc_input {
    const char *id;    /* document id */
    const char *text;  /* UTF-8 (invalid bytes are replaced) */
    size_t len;
    const char *date, *title, *url; /* optional, may be NULL */
} ag_doc_input;

/* Documents larger than this are refused with AG_EINPUT. */
#define AG_EXTRACT_MAX_BYTES ((size_t)64 << 20)

ag_status ag_extract(const ag_lexicon *lx, const ag_doc_input *in, ag_doc **out, ag_error *err);
/* The same; when `explain` is not NULL, appends to it, for people, why each
 * relation exists: per sentence its noun-phrase chunks with their heads and
 * actors, coordinated groups, clause breaks, the quoted speaker, and per
 * predicate its verb group, the conditions that hold and the rule that
 * fired (docs/lexicon.md, "Relation rules"). The caller owns the buffer. */
ag_status ag_extract_explain(const ag_lexicon *lx, const ag_doc_input *in, ag_buf *explain, ag_doc **out,
                             ag_error *err);

#endif
