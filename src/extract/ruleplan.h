/* ruleplan.h — the relation rules each lexicon entry can meet: a rule's
 * filters of the entry (labels, lemmas, codes, polarity) depend on the
 * entry alone, so a run that extracts many documents with one lexicon
 * (the extract pool) tests them once per entry rather than at every
 * predicate, and ag__x_rule_for then tests only the conditions of the
 * rules left.  The rules found are the same, in the same order.
 * Library-internal. */
#ifndef AG_RULEPLAN_H
#define AG_RULEPLAN_H

#include "extract.h"

typedef struct ag__x_ruleplan ag__x_ruleplan;

/* The plan of lx's stance and meeting entries; NULL out of memory. The
 * lexicon must stay unchanged while the plan is used. */
ag__x_ruleplan *ag__x_ruleplan_new(const ag_lexicon *lx);
void ag__x_ruleplan_free(ag__x_ruleplan *p);

/* ag_extract_explain with plan (NULL: none) for lx; utf8_checked: the
 * reader found in->text valid UTF-8 without NUL as ag_utf8_valid_prefix
 * does (a JSON string), so it is not checked again. */
ag_status ag__extract_planned(const ag_lexicon *lx, const ag__x_ruleplan *plan, const ag_doc_input *in,
                              int utf8_checked, ag_buf *explain, ag_doc **out, ag_error *err);

#endif
