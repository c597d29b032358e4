/* lexicon_int.h — the lexicon's entries and lookups for the extractor and
 * the dictionary readers, and what lexicon.c and lexicon_words.c share.
 * Library-internal (not installed). */
#ifndef AG_LEXICON_INT_H
#define AG_LEXICON_INT_H

#include <jansson.h>
#include <stdint.h>

#include "json_load.h"
#include "lexicon.h"
#include "vocab.h"

typedef enum ag_lx_form {
    AG_FORM_NAME = 0,  /* name or alias */
    AG_FORM_ADJ,       /* "Turkish" */
    AG_FORM_DEMONYM,   /* "Turks" */
    AG_FORM_CAPITAL,   /* "Ankara" */
    AG_FORM_SEAT,      /* "Kremlin" */
    AG_FORM_VERB,      /* inflected verb */
    AG_FORM_NOUN       /* nominal form: "condemnation" */
} ag_lx_form;

/* A code valid from `from` until `until` (YYYY-MM-DD, inclusive; NULL:
 * open), as TABARI dictionaries give them: [TURGOV 950101-991231]. */
typedef struct ag_lx_dated {
    const char *code, *from, *until;
} ag_lx_dated;

typedef struct ag_lx_entry {
    ag_lx_kind kind;
    const char *name;        /* canonical name; lemma for verbs */
    const char *code;        /* CAMEO actor or event code, may be NULL */
    const char *affiliation; /* name of a country/organization, or NULL */
    const char *role;        /* CAMEO role for agencies and titles, or NULL */
    const char *label;       /* verbs: relation label */
    const char *adjective;   /* countries: first adjective ("Turkish"), or NULL */
    const char *target_preps; /* verbs: " at on " — the target must follow one of these, or NULL */
    int polarity;            /* verbs */
    double goldstein;        /* verbs */
    int is_person;           /* organizations: "kind":"person" never; kept for symmetry */
    int dead;                /* replaced by a later entry of the same name */
    const ag_lx_dated *dated; /* actors: codes by date ("codes"), or NULL */
    size_t n_dated;
} ag_lx_entry;

typedef struct ag_lx_hit {
    uint32_t entry;
    uint8_t form; /* ag_lx_form */
} ag_lx_hit;

/* A relation rule (section "rules", data/rules.txt, docs/lexicon.md): when a
 * stance or meeting predicate meets every condition in `need` and none in
 * `deny` (AG_RC_* bits the extractor computes from the sentence's shallow
 * parse), and its entry passes the filters, the rule finds the roles with
 * `roles` and makes what `effect` says. The first rule that applies wins. */
enum {
    AG_RC_VERB = 1u << 0,      /* a stance predicate (section "verbs") */
    AG_RC_MEET = 1u << 1,      /* a meeting predicate (section "meetings") */
    AG_RC_NOUN = 1u << 2,      /* the nominal form ("condemnation") */
    AG_RC_LIGHT = 1u << 3,     /* the noun after a light verb ("expressed its condemnation") */
    AG_RC_PREP = 1u << 4,      /* the noun before an object preposition ("support for") */
    AG_RC_NEGATED = 1u << 5,   /* "did not condemn", "never met" */
    AG_RC_IRREALIS = 1u << 6,  /* "would", "if", "could": a hypothesis */
    AG_RC_REFUSED = 1u << 7,   /* "refused to meet", "declined to support" */
    AG_RC_DENIED = 1u << 8,    /* "denied that it had criticized" */
    AG_RC_APPEALED = 1u << 9,  /* "asked Obama to help": the act asked for */
    AG_RC_WISHED = 1u << 10,   /* "wants to attack" */
    AG_RC_WISH_OBJECT = 1u << 11, /* "wants Y to attack": Y is asked */
    AG_RC_SHIELDED = 1u << 12, /* "warned X against providing" */
    AG_RC_PASSIVE = 1u << 13,  /* "was condemned" */
    AG_RC_BY_AGENT = 1u << 14, /* a passive or a noun with its "by" agent */
    AG_RC_OF_BY = 1u << 15,    /* "the killing of X by Y" */
    AG_RC_BETWEEN = 1u << 16,  /* "an agreement ... between A and B" */
    AG_RC_TO_VERB = 1u << 17,  /* "agreed to hold": an infinitive, no object */
    AG_RC_CONTINUED = 1u << 18, /* "spoke with X and discussed": the same act */
    AG_RC_COMPLEMENT = 1u << 19, /* "denied that ...", "denied attacking", "denied its ...": no object */
    AG_RC_AIMED = 1u << 20,    /* the verb takes its target after given prepositions */
    AG_RC_REPORTED = 1u << 21, /* the sentence names a speaker ("X said Y had violated ...") */
    AG_RC_THREATENED = 1u << 22, /* the infinitive after a threat ("threatened to impose sanctions") */
    AG_RC_CLAIMED = 1u << 23,  /* reported, and the act's subject is not the speaker's side */
    AG_RC_EMBEDDED = 1u << 24, /* a noun with no agent inside another's phrase ("condemned the expulsion of X") */
    AG_RC_PAIRED = 1u << 25,   /* a meeting noun right after a hyphenated pair of names ("US-China trade talks") */
    AG_RC_TO_STOP = 1u << 26,   /* an appeal to stop or undo something ("called on X to end ...") */
    AG_RC_ON_PERSON = 1u << 27, /* "called on the Prime Minister": a person after the form, no infinitive after him */
    AG_RC_VISITOR = 1u << 28,  /* "welcomed X to Tokyo": a person after the form, then "to"/"in" a place */
    AG_RC_DOCUMENT = 1u << 29, /* its object is a document ("released on Monday a joint statement") */
    AG_RC_NAMED = 1u << 30,    /* a bare judgment verb's object and what it is called ("called X a liar") */
    AG_RC_OBJECT = 1u << 31    /* a noun after its light verb's object ("took X to task") */
};
enum { AG_RR_NONE, AG_RR_SVO, AG_RR_PASSIVE, AG_RR_OF_BY, AG_RR_WISH, AG_RR_BETWEEN, AG_RR_SUBJECT,
       AG_RR_MEETING, AG_RR_PASSIVE_MEETING, AG_RR_SPEAKER, AG_RR_JOINT };
enum { AG_RE_NONE, AG_RE_STANCE, AG_RE_MUTUAL, AG_RE_MEETING, AG_RE_SUMMONS };
/* Options: the place of the act is its target when it names none ("staged
 * a protest in Beijing"); the source is remembered as who proposed ("the
 * idea" then means it); a meeting with several partners is one meeting with
 * each ("bilateral talks with A and B"); a mutual effect goes both ways
 * only among several sources ("A seeks to deepen ties with B": one way);
 * noun_agent: for the entries the rule's filters pass, a "by" after a plain
 * noun names the agent ("a ceasefire agreed by both sides"), whichever rule
 * then applies. */
enum { AG_RO_HOST = 1u << 0, AG_RO_PROPOSER = 1u << 1, AG_RO_SEPARATE = 1u << 2, AG_RO_ONE_WAY = 1u << 3,
       AG_RO_ENVOY_COUNTRY = 1u << 4, AG_RO_MET_THERE = 1u << 5, AG_RO_NOUN_AGENT = 1u << 6,
       AG_RO_ORG_TARGET = 1u << 7 };
typedef struct ag_lx_rule {
    const char *name;
    uint32_t need, deny;   /* AG_RC_* */
    const char **labels;   /* the entry's label is one of these; NULL: any */
    size_t n_labels;
    const char **lemmas;   /* the entry's lemma is one of these; NULL: any */
    size_t n_lemmas;
    const char *codes;     /* " 18 19 ": the entry's code starts with one; NULL: any */
    int polarity;          /* -1, 0, +1, or 2 for any */
    int roles, effect;     /* AG_RR_*, AG_RE_* */
    unsigned options;      /* AG_RO_* */
    const char *relabel;   /* the lemma of the verb entry to record instead, or NULL */
    int reach;             /* tokens to look for a target in, 0: the default */
} ag_lx_rule;
/* Names of the AG_RC_* bits, in bit order, and of the AG_RR_* and AG_RE_*
 * values, as the rules section writes them. */
extern const char *const ag_lx_rule_conditions[];
extern const char *const ag_lx_rule_roles[];
extern const char *const ag_lx_rule_effects[];


/* Hits for a phrase of words joined by single spaces, apostrophes as '.
 * `exact` is the phrase as written; case-insensitive forms are found from
 * its lower-cased copy. Writes at most `cap` hits; returns how many exist. */
size_t ag_lexicon_lookup(const ag_lexicon *lx, const char *exact, ag_lx_hit *hits, size_t cap);
/* ag_lexicon_lookup with `lower`, exact with A-Z made a-z, already at hand
 * (the extractor keeps both as a phrase grows), in the maps AG_LX_PH_FORM_*
 * of `maps` only (the phrase filter's answer; a
 * capitalized name probed in both maps was a third of the probes). */
size_t ag__lx_lookup_folded(const ag_lexicon *lx, const char *exact, const char *lower, unsigned maps,
                            ag_lx_hit *hits, size_t cap);
/* The hits of the one-word form that token s[0..n) (as written; at most
 * AG_WORD_MAX bytes) of word id `id` is, as ag_lexicon_lookup gives them,
 * found by the word id: no string map is probed. */
size_t ag__lx_word_hits(const ag_lexicon *lx, uint32_t id, const char *s, size_t n, ag_lx_hit *hits, size_t cap);
const ag_lx_entry *ag_lexicon_entry(const ag_lexicon *lx, uint32_t i);
/* Entry index of a live entry of this kind and name, or -1. */
long ag_lexicon_find(const ag_lexicon *lx, ag_lx_kind kind, const char *name);
/* 1 if some form starts with the lower-cased words `lower` and goes on. */
int ag_lexicon_is_prefix(const ag_lexicon *lx, const char *lower);
/* The entry's code on a document's date (YYYY-MM-DD or YYYYMMDD; NULL:
 * undated): the first dated code whose range holds the date, else `code`. */
const char *ag_lexicon_code_at(const ag_lx_entry *e, const char *date);
/* The function words the extractor's rules compare as literals (x_tok_is
 * in extract_int.h): word k of the list is word id k + 1 of every
 * lexicon's vocabulary (ag_lexicon_new adds them first), so that a compare
 * is one integer test; so are the commonest marks (a comma, a pair of
 * brackets: the tokenizer looks marks up too). A literal not listed is
 * compared as a string. */
#define X_FUNCTION_WORDS(W, s) W(s, 0, "the") W(s, 1, "of") W(s, 2, "and") W(s, 3, "to") W(s, 4, "by") \
    W(s, 5, "in") W(s, 6, "for") W(s, 7, "with") W(s, 8, "that") W(s, 9, "as") W(s, 10, "his") \
    W(s, 11, "her") W(s, 12, "on") W(s, 13, "it") W(s, 14, "from") W(s, 15, "which") W(s, 16, "they") \
    W(s, 17, "between") W(s, 18, "according") W(s, 19, "two") W(s, 20, "but") W(s, 21, "both") \
    W(s, 22, "at") W(s, 23, "who") W(s, 24, "well") W(s, 25, "those") W(s, 26, "these") W(s, 27, "its") \
    W(s, 28, "an") W(s, 29, "along") W(s, 30, "a") W(s, 31, "would") W(s, 32, "will") W(s, 33, "whose") \
    W(s, 34, "while") W(s, 35, "were") W(s, 36, "was") W(s, 37, "today") W(s, 38, "other") \
    W(s, 39, "new") W(s, 40, "is") W(s, 41, "ibn") W(s, 42, "bint") W(s, 43, "bin") W(s, 44, "before") \
    W(s, 45, "are") W(s, 46, "against") W(s, 47, "after") \
    W(s, 48, ",") W(s, 49, "(") W(s, 50, ")")
enum { XFW_N = 51, XFW_COMMA = 48 };
/* The slot of the function word s, or -1: a constant when s is a literal
 * (a compiler folds strcmp of two literals). */
#define X_FW_SLOT(s, k, w) strcmp(s, w) == 0 ? k :
#define x_fw_slot(s) (X_FUNCTION_WORDS(X_FW_SLOT, s) - 1)

/* The vocabulary: every word's classes and lemma ("word_classes",
 * "lemmas"), and every word of a form (the first ones classed FORM_WORD or
 * FORM_PREFIX). Owned by the lexicon. */
const ag_vocab *ag_lexicon_vocab(const ag_lexicon *lx);
/* Longest phrase in words. */
int ag_lexicon_max_words(const ag_lexicon *lx);
/* The relation rules in order (section "rules"); *n is their number. */
const ag_lx_rule *ag_lexicon_rules(const ag_lexicon *lx, size_t *n);

/* The phrase filter (lexicon_phrase.c): every form and every proper word
 * prefix of one, as a hash of its tokens' word ids (vocab.h; the lexicon
 * puts every word of a form in its vocabulary, a word too long for it is
 * id 0). A phrase of a text hashed alike from its tokens' ids is a form, or
 * starts one, only if the filter says so (a hash collision says so
 * wrongly, which only costs a lookup), so the extractor builds no phrase
 * text for the rest. Built while the lexicon loads, read-only after. */
struct ag_text;
/* An open-addressing set of phrase hashes, each with its AG_LX_PH_* flags;
 * zeroed it is empty (the slots come with the first phrase), and its owner
 * frees `slots`. */
typedef struct ag_lx_phrases {
    /* 8 bytes a slot, not 16 (the filter is probed at most tokens and is
     * larger than L1): the hash's low 4 bits give way to its flags, so
     * hashes that differ only there share a slot, a collision as any other. */
    struct ag_lx_phrase_slot {
        uint64_t key; /* hash & ~AG_LX_PH_ANY | AG_LX_PH_* flags; 0: empty (flags are never 0) */
    } *slots;
    size_t cap, n; /* cap: 0 or a power of two */
} ag_lx_phrases;
/* FORM_EXACT, FORM_ANYCASE: a form of the phrase is in the exact-spelling
 * map, in the any-case map (a lookup probes only those). */
enum {
    AG_LX_PH_FORM = 1u << 0,
    AG_LX_PH_PREFIX = 1u << 1,
    AG_LX_PH_FORM_EXACT = 1u << 2,
    AG_LX_PH_FORM_ANYCASE = 1u << 3,
    AG_LX_PH_ANY = 15u
};
#define AG_LX_PH0 1469598103934665603ull
/* The hash of a phrase h followed by the word `id` (never 0). */
static inline uint64_t ag__lx_phrase_step(uint64_t h, uint32_t id)
{
    h = (h ^ id) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
    return h ? h : 1;
}
/* Files the form tokenized as t, adding its words to v; map
 * (AG_LX_PH_FORM_EXACT or _ANYCASE) is the lexicon map the form is in. 0,
 * or -1 out of memory. */
int ag__lx_phrases_add(ag_lx_phrases *p, ag_vocab *v, const struct ag_text *t, unsigned map);
/* The same for a form of words parted by single spaces that the tokenizer
 * splits at its spaces only (lexicon.c's plain_form). */
int ag__lx_phrases_add_plain(ag_lx_phrases *p, ag_vocab *v, const char *form, unsigned map);
/* AG_LX_PH_* bits of the phrase hashed h (0: no form is or starts so). */
unsigned ag__lx_phrases_flags(const ag_lx_phrases *p, uint64_t h);
/* The lexicon's filter. */
const ag_lx_phrases *ag__lx_phrases(const ag_lexicon *lx);

/* Loads the section "word_classes" or "lemmas" (an array) into v. On an
 * error *bad is the entry at fault (NULL for the section itself). */
ag_status ag__lx_load_words(ag_vocab *v, const char *section, const ag__jdoc *d, const ag__jval *arr,
                            const char *file, const ag__jval **bad, ag_error *err);

/* The relation rules of a lexicon, in order. */
typedef struct ag_lx_ruleset {
    ag_lx_rule *v;
    size_t n, cap;
} ag_lx_ruleset;
/* Loads the section "rules": a rule whose name exists replaces it in place,
 * a new one goes before the rule named by its "before", else last. Strings
 * are copied into `a`. On an error *bad is the entry at fault. */
ag_status ag__lx_load_rules(ag_lx_ruleset *rs, ag_arena *a, const ag__jdoc *d, const ag__jval *arr,
                            const char *file, const ag__jval **bad, ag_error *err);

#endif
