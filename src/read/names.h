/* names.h — how a name reads, for sources that give names without saying
 * what they name (event tables, TABARI dictionaries).
 *
 * Ownership: the functions only read their arguments.
 */
#ifndef AG_NAMES_H
#define AG_NAMES_H

#include "vocab.h"

/* 1 when `name` reads as a person's: two to four words, capitalized, no
 * parenthesis and no word that names a body rather than a person in `v`'s
 * classes: an organization's head noun ("Ministry", "Party": org_head), an
 * institution or state noun ("government", "republic") or a collective word
 * ("group", "bank"). */
int ag_name_is_personal(const ag_vocab *v, const char *name);

#endif
