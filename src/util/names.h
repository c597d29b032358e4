/* names.h — how a name reads, for sources that give names without saying
 * what they name (event tables, TABARI dictionaries).
 *
 * Ownership: the functions only read their arguments.
 */
#ifndef AG_NAMES_H
#define AG_NAMES_H

/* 1 when `name` reads as a person's: two to four words, capitalized, no
 * parenthesis and no word of an institution ("Ministry", "Party", ...). */
int ag_name_is_personal(const char *name);

#endif
