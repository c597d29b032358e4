/* dict_tabari.h — TABARI and PETRARCH dictionaries as lexicon entries
 * (docs/event-data.md): actors (names joined by _, + synonyms, [CODE] and
 * dated [CODE 950101-991231], [CODE >YYMMDD], [CODE <YYMMDD]), agents
 * (!SET! = A, B substitutions, NAME [~ROLE], {plurals}) as titles and
 * agency types, and verbs (--- NAME [CODE] --- blocks, their words with
 * {forms} and own [CODE]s) as stance and meeting verbs.  Verb patterns
 * (lines starting with -), synonym sets (&SET, +WORD) and the other
 * constructs listed in docs/event-data.md are skipped.
 *
 * Entries the lexicon already has (a country's code, a title, agency or
 * verb of the same name) are kept as they are.  Errors name FILE:LINE.
 *
 * Ownership: the dictionary is read into the lexicon; nothing is kept.
 */
#ifndef AG_DICT_TABARI_H
#define AG_DICT_TABARI_H

#include "lexicon.h"

typedef enum ag_dict_kind { AG_DICT_ACTORS = 0, AG_DICT_AGENTS, AG_DICT_VERBS } ag_dict_kind;

/* The kind a file name asks for (*.actors, *.agents, *.verbs, each also
 * with .txt after it), or -1 for none. */
int ag_dict_tabari_kind(const char *path);
ag_status ag_dict_tabari_add(ag_lexicon *lx, const char *path, ag_error *err);
/* The same from a buffer (text, len); `name` is used in messages. */
ag_status ag_dict_tabari_add_text(ag_lexicon *lx, ag_dict_kind kind, const char *text, size_t len,
                                  const char *name, ag_error *err);

#endif
