/* lexicon.h — the extractor's knowledge (docs/lexicon.md): countries,
 * organizations, persons, agency types, titles, stance and meeting verbs,
 * cities, looked up by phrase; and the vocabulary of single words (word classes,
 * lemmas) that every token is looked up in.
 *
 * A lexicon is built once (the embedded default, then --lexicon files) and is
 * read-only afterwards, so one lexicon serves any number of concurrent
 * extractions.
 *
 * The lexicon is opaque; the entries and lookups the extractor uses are in
 * lexicon_int.h, inside the library.
 *
 * Ownership: ag_lexicon_free() releases the lexicon and every entry and
 * string reachable from it.
 */
#ifndef AG_LEXICON_H
#define AG_LEXICON_H

#include "common.h"

typedef enum ag_lx_kind {
    AG_LX_COUNTRY = 0,
    AG_LX_ORG,
    AG_LX_PERSON,
    AG_LX_AGENCY,  /* generic agency type, completed by a country */
    AG_LX_TITLE,
    AG_LX_VERB,    /* stance */
    AG_LX_MEET,    /* meeting */
    AG_LX_BLOCK,   /* a phrase that holds a name but is no actor ("Latin America") */
    AG_LX_PLACE,   /* a city: a place, never an actor ("Sochi"); code = its country's ISO3 */
    AG_LX_NKINDS
} ag_lx_kind;

typedef struct ag_lexicon ag_lexicon;

/* The embedded default lexicon. */
ag_status ag_lexicon_load_default(ag_lexicon **out, ag_error *err);
/* An empty lexicon, for tests and for building one from files only. */
ag_lexicon *ag_lexicon_new(void);
/* Adds (or replaces by name) the entries of a lexicon JSON file, or of a
 * TABARI/PETRARCH dictionary named *.actors, *.agents or *.verbs
 * (dict_tabari.h). */
ag_status ag_lexicon_add_file(ag_lexicon *lx, const char *path, ag_error *err);
/* The same from a buffer; `name` is used in messages. */
ag_status ag_lexicon_add_json(ag_lexicon *lx, const char *json, size_t len, const char *name,
                              ag_error *err);
void ag_lexicon_free(ag_lexicon *lx);

/* Live entries of a kind. */
size_t ag_lexicon_count(const ag_lexicon *lx, ag_lx_kind kind);

#endif
