/* lexicon_store.h — the lexicon's tables, for the files that build and read
 * them (lexicon.c, lexicon_store.c, lexicon_default.c) and for the built
 * image of the default lexicon (tools/lexicon_image.c writes them as
 * constants into build/lexicon_image.c; docs/lexicon.md, "The built
 * image").  Library-internal.
 *
 * The hash tables hold no pointer: a key is an offset into the lexicon's
 * key text, so the image's tables are plain read-only data, shared by
 * every process and read in only where a lookup touches them.  The
 * entries and rules keep their string pointers (the extractor reads them). */
#ifndef AG_LEXICON_STORE_H
#define AG_LEXICON_STORE_H

#include "lexicon_int.h"
#include "util_int.h"
#include "vocab_int.h"

/* The hits of a phrase: hits[at .. at + n) of the lexicon's one pool of
 * hits, room for cap there (a malloc a phrase was 2 M instructions of
 * every start, and as much again to free them). */
typedef struct ag__lx_hitlist {
    uint32_t at, n, cap;
} ag__lx_hitlist;

/* The one-word forms of a word id (its folded spelling), so that a token's
 * one-word lookup reads two small tables rather than hashing its text into
 * the phrase tables (ag__lx_word_hits): `ci` the any-case list (index + 1,
 * 0: none), `cs` its first exact spelling (index + 1 into `spells`). */
typedef struct ag__lx_wordforms {
    uint32_t ci, cs;
} ag__lx_wordforms;

/* An exact spelling of a one-word form ("Turkey"): its key (an offset into
 * the key text) and list; `next` the word's next spelling (index + 1, 0 at
 * the end). */
typedef struct ag__lx_spelling {
    uint32_t key, len, list, next;
} ag__lx_spelling;

/* Every key of the tables, each with a NUL; offset 0 is no key. */
typedef struct ag__lx_text {
    char *s;
    size_t n, cap;
} ag__lx_text;

/* String -> uint32 by open addressing, keys in an ag__lx_text; zeroed it
 * is empty. */
typedef struct ag__lx_table {
    struct ag__lx_tslot {
        uint64_t hash;
        uint32_t key, val; /* key: offset into the key text, 0 empty */
    } *slots;
    size_t cap, n; /* cap: 0 or a power of two */
} ag__lx_table;

struct ag_lexicon {
    int image; /* the tables are the built image's constants: thawed before anything is added */
    ag_arena *arena;
    ag_lx_entry *entries;
    size_t n_entries, cap_entries;
    ag__lx_hitlist *lists;
    size_t n_lists, cap_lists;
    ag_lx_hit *hits; /* the pool of every list's hits */
    size_t n_hits, cap_hits;
    ag__lx_text keys;
    ag__lx_table cs;       /* exact phrase -> list */
    ag__lx_table ci;       /* lower-cased phrase -> list */
    ag__lx_table by_name;  /* "kind\x1fname" -> entry */
    ag__lx_table prefixes; /* lower-cased proper word prefixes of every form */
    ag_vocab *vocab;       /* every word: classes, lemma, phrase starts */
    ag_lx_phrases phrases; /* forms and their prefixes by word ids */
    ag__lx_wordforms *wf;  /* by word id, wf[0] unused */
    size_t cap_wf;
    ag__lx_spelling *spells;
    size_t n_spells, cap_spells;
    int max_words;
    size_t counts[AG_LX_NKINDS];
    ag_lx_ruleset rules; /* the relation rules, in order */
};

/* Files key (copied into keys when new) with val, replacing the value of
 * an existing key; *at (unless NULL) gets the key's offset. 0, or -1 out
 * of memory. */
int ag__lx_table_put(ag__lx_table *t, ag__lx_text *keys, const char *key, uint32_t val, uint32_t *at);
/* 1 and *val (unless NULL) when key is in t (keys: its key text), else 0. */
int ag__lx_table_get(const ag__lx_table *t, const char *keys, const char *key, size_t *val);
/* Makes an image's lexicon its own (copies of the tables; the strings stay
 * the image's) before something is added to it. 0, or -1 out of memory. */
int ag__lx_thaw(ag_lexicon *lx);

/* Frees what a lexicon that is no image owns, not lx itself. */
void ag__lx_free_tables(ag_lexicon *lx);

/* The default lexicon, data/lexicon.json built at build time
 * (build/lexicon_image.c); absent from the image generator itself. */
extern const struct ag_lexicon ag__lx_default_image;

#endif
