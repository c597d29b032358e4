/* dict_int.h — what the TABARI/PETRARCH dictionary readers share
 * (dict_tabari.c: lines, codes, names and the hand-over to the lexicon;
 * dict_actors.c, dict_agents.c, dict_verbs.c: one reader per kind).
 * Library-internal.
 *
 * Ownership: a dparse owns the JSON it builds until dict_finish().
 */
#ifndef AG_DICT_INT_H
#define AG_DICT_INT_H

#include <jansson.h>

#include "dict_tabari.h"
#include "lexicon_int.h"
#include "model_int.h"

typedef struct dparse {
    ag_lexicon *lx;
    const char *name;
    ag_error *err;
    size_t line;
    json_t *lex;      /* the lexicon JSON being built: one array per section */
    json_t *sets;     /* agents: "!SET!" -> [words] */
    json_t *cur;      /* actors: the entry being read */
    size_t cur_line;
    char block[8];    /* verbs: the code of the current block, "" for none */
    int in_set;       /* verbs: inside a &SET of + lines */
    size_t skipped;   /* entries the lexicon already has */
    size_t patterns;  /* verb patterns and synonym-set lines skipped */
} dparse;

/* Sets err to "FILE:LINE: message (see docs/event-data.md)"; AG_EINPUT. */
ag_status ag__dict_error(dparse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Cuts a # comment (and ; after a blank or at the start) and trailing
 * blanks; returns the line after its leading blanks ("" when nothing is left). */
char *ag__dict_strip(char *s);
/* "RECEP_TAYYIP_ERDOGAN_" -> "Recep Tayyip Erdogan" (title case unless
 * `lower`; short one-word names stay in capitals: "NATO"; a later word of
 * v's class name_lower_word stays lower-case: "Ministry of Defense"). */
void ag__dict_words(const ag_vocab *v, const char *in, size_t n, char *out, size_t cap, int lower);
/* The inside of [...]: "CODE", "CODE YYMMDD-YYMMDD", "CODE >YYMMDD",
 * "CODE <YYMMDD", "~GOV". Dates become YYYY-MM-DD ("" when open). 0 ok,
 * -1 with the message set. */
int ag__dict_code(dparse *p, const char *in, size_t n, char code[32], char from[11], char until[11]);
/* Appends obj to the section array (steals the reference); -1 on OOM. */
int ag__dict_add(dparse *p, const char *section, json_t *obj);
/* 1 when the lexicon has a live entry of that kind whose phrase is s. */
int ag__dict_known(const dparse *p, ag_lx_kind kind, const char *s);
/* The name of the lexicon country with this 3-letter code, or NULL. */
const char *ag__dict_country(const dparse *p, const char *code3);

ag_status ag__dict_actor_line(dparse *p, char *s);
ag_status ag__dict_actor_end(dparse *p);
ag_status ag__dict_agent_line(dparse *p, char *s);
ag_status ag__dict_verb_line(dparse *p, char *s);

#endif
