/* extract_int.h — the extractor's working state, shared by its stages:
 * actors.c (document actors, person names, token helpers and the lexicon
 * phrase lookup), mention.c (find actor mentions and resolve them to
 * document actors) and relate.c (stances and meetings between them).
 * Library-internal.
 *
 * Ownership: everything lives in one xdoc for the duration of ag_extract();
 * strings are in the output doc's arena, arrays are malloc'd and freed by
 * xdoc_free().
 */
#ifndef AG_EXTRACT_INT_H
#define AG_EXTRACT_INT_H

#include <limits.h>
#include <string.h>

#include "extract.h"
#include "lexicon_int.h"
#include "model_int.h"
#include "resolve_int.h"
#include "text.h"

/* Chunk flags. */
enum {
    CH_LOC = 1u << 0,   /* used as a place ("in Moscow") */
    CH_ADJ = 1u << 1,   /* bare adjective or demonym ("Syrian", "Turks") */
    CH_POSS = 1u << 2,  /* followed by a possessive ('s) */
    CH_PRON = 1u << 3,  /* a pronoun resolved to an actor */
    CH_NOMINAL = 1u << 4, /* a title without a name ("the minister") */
    CH_MOD = 1u << 5      /* a name modifying a noun ("the China pact") */
};

/* Alias spans an actor remembers (xactor.alias_at). */
#define XALIAS_SPANS 4
_Static_assert(AG_EXTRACT_MAX_BYTES <= UINT32_MAX, "a text's offsets fit 32 bits");

typedef struct xactor {
    char *name;
    ag_actor_kind kind;
    const char *code;
    const char *role;    /* CAMEO role suffix (GOV, LEG, ...) of persons and national bodies, or NULL */
    int affil;           /* actor index or -1 */
    int affil_weak;      /* affil is only the document's guess (a title naming no country); 2: a list partner's */
    int lex;             /* lexicon entry or -1 */
    int agency;          /* agencies: lexicon agency-type entry or -1 */
    char *surname;       /* persons: last name token */
    char *title;         /* persons: lower-cased last title seen */
    const char **aliases; /* in the output doc's arena (add_alias) */
    size_t n_aliases, cap_aliases;
    int mentions;
    int loc_mentions;    /* weak mentions: places, unnamed officials */
    int mod_mentions;    /* names that only modify a noun ("the Taiwan question") */
    int prep_mentions;   /* mentions right after a preposition ("on the Customs Union") */
    int in_relation;
    int root;            /* ag__x_root() of the actor, kept for the index */
    int n_members;       /* actors whose affil is this one */
    int last_hostile;    /* latest hostile stance at it: rel index + 1, 0 if none */
    /* actors.c: the text spans last given as its alias in pass 2 (bytes
     * [alias_at[k], alias_at[k] + alias_len[k]) of the text; 0 bytes:
     * none), the next to replace at alias_next: the same bytes again are
     * known (an actor's mentions alternate forms: "Turkey", "Turkish"). */
    uint32_t alias_at[XALIAS_SPANS], alias_len[XALIAS_SPANS];
    unsigned alias_next;
    /* mention.c, countries: their latest chunk in pass cchunk_pass (0:
     * none yet), for state_noun_country. */
    int cchunk, cchunk_pass;
    uint64_t head_words; /* organizations: bit k for word k of its name a head word, the top bit once known (resolve.c) */
    unsigned char speaks;      /* organizations: "X said it ..." somewhere (affil_office.c) */
    unsigned char only_source; /* organizations: 2 if every mention is a report's source (affil_office.c) */
} xactor;

typedef struct xchunk {
    size_t t0, t1;       /* token range */
    int actor;
    int sent;
    unsigned flags;
} xchunk;

typedef struct xrel {
    ag_rel_kind kind;
    int src, tgt;        /* stances */
    int *parts;          /* meetings */
    size_t n_parts;
    const ag_lx_entry *lex;
    const char *label, *code, *location;
    int polarity;
    double goldstein;
    int sent;
    const char *rule;    /* the relation rule that made it (lexicon "rules") */
} xrel;

/* Lexicon matches starting at one token, found once per document. */
typedef struct xmatch {
    uint8_t len;  /* phrase length in tokens */
    uint8_t kind; /* the entry's ag_lx_kind */
    ag_lx_hit hit;
} xmatch;

typedef struct xindex xindex;

#define XLEXMEMO 128
#define XWORDMEMO 256
#define XROSTER_MAX 32
#define MAXG_DELEGATION 8
/* The joint-statement state of an xdoc: its authors (as MAXG in
 * relate_int.h: a statement may have a dozen signatories), the last quotes
 * "the statement" spoke before its authors were known (a ring), and the
 * stances it took before they were named. */
#define XJ_AUTH_MAX 16
#define XJ_VOICE_MAX 4
#define XJ_PEND_MAX 8
/* How many sentences after it a joint statement still speaks through "the
 * statement", its held stances and its voice. */
#define XJ_REACH 4
/* How many sentences after a meeting told with one named party (xdoc.lone)
 * a later attendance sentence may complete it; the "no meeting told since"
 * test bounds it more than this reach does. */
#define XL_REACH 12
/* How many group mentions a document's later member lists may name
 * (resolve_list.c). */
#define XF_MAX 8

typedef struct xdoc {
    const ag_lexicon *lx;
    const struct ag__x_ruleplan *plan; /* the rules of each entry (ruleplan.h), or NULL */
    ag_doc *doc;       /* output; its arena holds strings */
    ag_text t;
    const char *text;
    xactor *actors;
    size_t n_actors, cap_actors;
    xchunk *chunks;
    size_t n_chunks, cap_chunks;
    xrel *rels;
    size_t n_rels, cap_rels;
    int *tok_chunk;     /* per token: chunk index or -1 */
    int *quote_spk;     /* per sentence: who is named where a quote open at its end closes, or -1 (pass 1) */
    int prev_speaker;   /* the quoted speaker of sentence prev_speaker_sent - 1, or -1 */
    size_t prev_speaker_sent; /* 0: no sentence related yet */
    int *mfirst;        /* per token: first xmatch in mpool, or -1 if not yet looked up */
    uint16_t *mcount;   /* per token: how many */
    uint16_t *mkinds;   /* per token: KIND() bits of its matches, and XM_UNLOOKED while mfirst is -1 */
    uint8_t *mstart;    /* per token: 0 not yet asked, 1 starts no mention, 2 may; NULL: not kept (mention.c) */
    /* per token: the last ag__x_scan_name answer there (span 0: none yet);
     * NULL: not kept. */
    struct xscan {
        uint16_t span;    /* end - i (4 bytes a token: the array is zeroed for every document) */
        uint8_t off, len; /* *n0 - i, the name's length */
    } *scan;
    /* mention.c: per sentence, its words' classes and flags as sent_cls,
     * sent_cls2, sent_cls3 and sent_flags hold them (set 0: not yet read), and per
     * token the first token at or after it, within its sentence, that may
     * tell a sentence's subject (ag__x_subject_word); both made in pass 1
     * for pass 2. NULL: not kept. */
    struct xsentsum {
        uint64_t cls, cls2, cls3;
        unsigned flags, set;
    } *sentsum;
    uint32_t *subj_next;
    /* mention.c: per token, what is known to hold there to its sentence's
     * end in any pass (XT_* bits); NULL: not kept. */
    uint8_t *tknown;
    /* The block that holds the per-token and per-sentence arrays above
     * (tok_chunk ... tknown) when ag__extract_planned made them at once;
     * NULL when each is an allocation of its own. */
    void *per_tok;
    xmatch *mpool;      /* longest phrases first within a token */
    size_t n_mpool, cap_mpool;
    int pass;           /* 1: learn names; 2: final */
    size_t missions_seen; /* actors [0, missions_seen) filed under XI_MISSION if missions (mission.c) */
    uint64_t sent_cls2; /* mention: the second classes of the sentence's words, ORed */
    uint64_t sent_cls;  /* mention: their first classes, ORed */
    uint64_t sent_cls3; /* mention: their third classes, ORed */
    unsigned sent_flags; /* mention: their AG_TOK_* flags and the next two tokens', ORed */
    xcoref co;          /* resolution: the coreference table (resolve_int.h) */
    int last_meeting;   /* relate: rel index or -1 */
    int last_proposer;  /* relate: actor of the last proposal, for "the idea" */
    int last_proposer_sent; /* relate: its sentence */
    int last_attacker;  /* relate: author of the last attack, for "condemned the attack" */
    int last_coup;      /* relate: country of the last coup, for "condemned the coup" */
    /* relate: the authors of the last joint statement and its sentence, for
     * '"...," the statement said' and "The statement also urged X" */
    int joint_auth[XJ_AUTH_MAX];
    size_t n_joint_auth;
    int joint_sent;
    /* relate: the last sentences whose quote "the statement" spoke with no
     * joint authors known yet, and the actor it was given to */
    int voice_sent[XJ_VOICE_MAX], voice_src[XJ_VOICE_MAX];
    size_t n_voice;
    /* relate: stances a statement with no authors known yet took ("A joint
     * statement condemned X"), each signatory's once they are named */
    struct xpend {
        int tgt, sent;
        const ag_lx_entry *e;
        const char *rule;
    } pend[XJ_PEND_MAX];
    size_t n_pend;
    int last_coercer;   /* relate: source of the last sanction or expulsion, for "criticized the sanctions" */
    int dominant;       /* the country the document is most about (pass 1), or -1 */
    int last_hostile;   /* latest hostile stance: rel index + 1, 0 if none */
    /* relate.c: the summit the document tells from the first sentence that
     * names one, and the attendees its sentences list (summit_roster). */
    struct xroster {
        int who[XROSTER_MAX];
        size_t n;
        int rel, open;      /* its meeting (rel index, -1 until 3 attend); a summit named */
        int last_named;     /* the last sentence that names a summit (-1 none), + 1; 0: not sought */
        const char *where;
    } roster;
    /* relate_roster.c: a held meeting told with one named party ("The rebels
     * and the AU are meeting"), which a later "A and B also attended the
     * talks" completes; actor -1: none. */
    struct xlone {
        int actor, sent;
        const ag_lx_entry *e;
        const char *where;
    } lone;
    /* relate_roster.c: the members a sentence lists of a delegation that
     * met no one there ("X is part of the delegation, as are ..."), whom a
     * later "the envoys met Y" names; n = 0: none. */
    struct xdelegation {
        int who[MAXG_DELEGATION];
        size_t n;
        int sent;
    } deleg;
    /* resolve_list.c: group mentions whose members a later sentence lists
     * ("Seven African countries ... The signatories are A, B, ..."): the
     * mention's tokens [k, k + len) in sentence sent and its members; made
     * between the passes, filed for pass 2 by resolve.c. */
    struct xfwd {
        size_t k, len, n;
        int sent;
        int who[XC_GROUP_MAX];
    } fwd[XF_MAX];
    size_t n_fwd;
    int *countries;     /* the country actors, in order */
    size_t n_countries, cap_countries;
    xindex *index;      /* actors and relations by key (xindex.c) */
    const char *rule;   /* the rule being applied: each relation made is marked with it */
    ag_buf *explain;    /* --explain: chunks, mentions and rules per sentence, or NULL */
    /* mention.c: the last locator parsed, since the patterns tried at one
     * token each ask for it; emptied (at = SIZE_MAX) for every token. */
    struct xlocmemo {
        size_t at, end, lend;
        int rc, set, actor, is_org, form;
    } locmemo;
    /* actors.c: the actor of a lexicon entry, by entry % XLEXMEMO (entry + 1,
     * 0: empty): asked for at nearly every name, and still right while
     * that actor keeps the entry (a smaller one never takes it later). */
    struct xlexmemo {
        uint32_t entry;
        int actor;
    } lexmemo[XLEXMEMO];
    /* actors.c: the last titles asked whether an envoy's (a vocabulary
     * lookup per word): a document repeats a few titles. */
    struct xenvoymemo {
        const char *title;
        int envoy;
    } envoymemo[4];
    unsigned envoy_next;
    /* actors.c: the last token of each word (by id % XWORDMEMO; word 0:
     * empty) whose one-word lexicon hits were looked up, to copy them to
     * the next token spelled the same. */
    struct xwordmemo {
        uint32_t word, tok;
    } wordmemo[XWORDMEMO];
    int oom;
} xdoc;

/* xindex.c: the per-document index. A key is a tag, a string (borrowed:
 * it must outlive the document) and two numbers; each tag says what is
 * filed under it. */
enum {
    XI_NAME,     /* s = actor name: actors */
    XI_NAME_CI,  /* s = person name, any case: persons */
    XI_ALIAS,    /* s = alias, a = actor: that actor */
    XI_ALIAS_CI, /* s = person alias, any case: persons */
    XI_SUR,      /* s = surname, any case (a = 1: first word of the name): persons */
    XI_LEX,      /* a = lexicon entry: actors */
    XI_TITLE,    /* s = title: persons */
    XI_TSUF,     /* s = last word of a title, any case: persons */
    XI_TROOT,    /* s = title, a = root actor: persons */
    XI_ROOT,     /* a = root actor: persons */
    XI_ACCUSED,  /* a = root actor: XI_LATEST(hostile stances at it) */
    XI_STANCE,   /* s = label, a = sentence, b = source << 32 | target: stances */
    XI_MEETING,  /* a = sentence, b = participants: meetings */
    XI_HEAD,     /* s = head word of a name, any case, b = pass: XI_LATEST(chunks) */
    XI_GROUP,    /* a = token, b = pass: a group reference's members in x->co.pool */
    XI_ACRONYM,  /* s = acronym the text defined ("(BSF)"): that organization */
    XI_MEET_BY,  /* a = actor (meet_resolve.c): meetings with it or one serving it */
    XI_SERVED,   /* a = actor (meet_resolve.c): persons serving it */
    XI_MET,      /* a = actor: XI_LATEST(meetings it takes part in) */
    XI_NAMEWORDS, /* a = first slug word of a name, b = another (0: none), hashed: persons */
    XI_ENVOY,    /* a = root actor: persons with an envoy's title (ag__x_envoy_title) */
    XI_MISSION,  /* nothing: organizations named as a diplomatic mission (ag__x_mission_name) */
    XI_TRANSLIT  /* a = hash of the transliteration key of the last of two or more name words (name_parts.c): persons */
};
/* A relation index filed so that the latest comes first (self-inverse). */
#define XI_LATEST(i) (INT_MAX - (i))
typedef struct xkey {
    unsigned tag;
    const char *s;
    long a, b;
} xkey;
/* 1 if `value` is still filed rightly under k (the actor has not moved). */
typedef int (*x_index_valid)(const xdoc *x, const xkey *k, int value);
/* Files value under k; 0, or -1 when out of memory (x->oom set). */
int ag__x_index_add(xdoc *x, const xkey *k, int value);
/* As ag__x_index_add, for a key string that does not last (a word on the
 * stack): a new key keeps a copy in the document's arena, so that the
 * caller need not look the key up first to know whether to copy it. */
int ag__x_index_add_dup(xdoc *x, const xkey *k, int value);
/* The smallest valid value under k other than `exclude`, or -1; drops the
 * invalid ones it meets. */
int ag__x_index_first(xdoc *x, const xkey *k, x_index_valid valid, int exclude);
/* The hash of key string s for the tags that ignore case (XI_NAME_CI,
 * XI_ALIAS_CI, XI_SUR, ...), for the _h forms below: they take it as the
 * string's part of the key's hash, so that a string under several tags is
 * hashed once. */
uint64_t ag__x_key_str(const char *s);
int ag__x_index_first_h(xdoc *x, const xkey *k, uint64_t sh, x_index_valid valid, int exclude);
const int *ag__x_index_all_h(const xdoc *x, const xkey *k, uint64_t sh, size_t *n);
/* Every value under k, in no order, stale and repeated ones included. */
const int *ag__x_index_all(const xdoc *x, const xkey *k, size_t *n);
void ag__x_index_free(xindex *ix);

/* Tokens: every token was looked up once in the lexicon's vocabulary when
 * the text was split; its classes are bits of two words (WC(...) and
 * WC2(...), vocab.h). No content word is compared as a literal: a rule's
 * word list is a class, so a lexicon can change it. */
/* 1 if token i is the word s[0..n) in any case. */
static inline int x_tok_eq(const xdoc *x, size_t i, const char *s, size_t n)
{
    /* A dash of a pair sets off an aside as a comma does (text.h). */
    if (n == 1 && *s == ',' && i < x->t.n_toks && (x->t.toks[i].flags & AG_TOK_ASIDE))
        return 1;
    if (i >= x->t.n_toks || x->t.toks[i].end - x->t.toks[i].start != n)
        return 0;
    const unsigned char *p = (const unsigned char *)x->text + x->t.toks[i].start;
    for (size_t k = 0; k < n; k++) {
        /* b folded is known when s is a literal; a letter then matches in
         * either case by one test. */
        unsigned a = p[k], b = (unsigned char)s[k];
        b += b >= 'A' && b <= 'Z' ? 32 : 0;
        if ((b >= 'a' && b <= 'z' ? a | 32 : a) != b)
            return 0;
    }
    return 1;
}
/* 1 if token i is function word k (x_fw_slot): a token is the word exactly
 * when its word id is the word's, since a word id stands for one folded
 * spelling (vocab.h), and function word k has id k + 1 in every lexicon's
 * vocabulary (ag_lexicon_new). */
static inline int x_tok_fw(const xdoc *x, size_t i, int k)
{
    if (i >= x->t.n_toks)
        return 0;
    /* A dash of a pair sets off an aside as a comma does (text.h). */
    return x->t.toks[i].word == (uint32_t)k + 1 || (k == XFW_COMMA && (x->t.toks[i].flags & AG_TOK_ASIDE));
}
/* 1 if token i is the word s in any case; s must be a literal (x_tok_eq
 * takes any string): a function word's id is compared, another literal's
 * bytes. */
#define x_tok_is(x, i, s) \
    (x_fw_slot("" s "") >= 0 ? x_tok_fw((x), (i), x_fw_slot(s)) : x_tok_eq((x), (i), (s), sizeof(s) - 1))
/* 1 if token i has one of the classes in `mask` (WC(...) bits). */
static inline int x_tok_has(const xdoc *x, size_t i, uint64_t mask)
{
    return i < x->t.n_toks && (x->t.toks[i].cls & mask) != 0;
}
/* The same for the second class word (WC2(...) bits). */
static inline int x_tok_has2(const xdoc *x, size_t i, uint64_t mask)
{
    return i < x->t.n_toks && (x->t.toks[i].cls2 & mask) != 0;
}
/* The same for the third class word (WC3(...) bits). */
static inline int x_tok_has3(const xdoc *x, size_t i, uint64_t mask)
{
    return i < x->t.n_toks && (x->t.toks[i].cls3 & mask) != 0;
}
/* 1 if token i, as written, is longer than `min` bytes and ends in the
 * suffix s[0..m): the word forms no vocabulary can list, most of them
 * words it does not know (an adverb in "-ly", a participle in "-ed" or
 * "-ing"). Use x_tok_ends with a literal. */
static inline int x_tok_ends_n(const xdoc *x, size_t i, const char *s, size_t m, size_t min)
{
    if (i >= x->t.n_toks)
        return 0;
    const ag_token *t = &x->t.toks[i];
    size_t n = t->end - t->start;
    return n > min && n >= m && memcmp(x->text + t->end - m, s, m) == 0;
}
#define x_tok_ends(x, i, s, min) x_tok_ends_n((x), (i), "" s "", sizeof(s) - 1, (min))
/* Flags of token i (AG_TOK_*), 0 past the end. */
static inline unsigned x_tflags(const xdoc *x, size_t i)
{
    return i < x->t.n_toks ? x->t.toks[i].flags : 0;
}
/* 1 if token t can tell who spoke or acted in its sentence (resolve.c
 * reads these alone): a quote mark, a speech verb, a predicate's start,
 * a judgment verb ("X branded Y a ..."), or a word of nine letters
 * ("according"). */
static inline int ag__x_subject_word(const ag_token *t)
{
    return (t->flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ)) || (t->cls & (WC(SPEECH_VERB) | WC(PREDICATE_START))) ||
           (t->cls2 & WC2(JUDGMENT_VERB)) || t->end - t->start == 9;
}
/* Phrase key of tokens [t0,t1) joined by spaces, into buf. */
char *ag__x_phrase(const xdoc *x, size_t t0, size_t t1, char *buf, size_t cap);
/* The original text of tokens [t0,t1), line breaks made spaces, in the
 * output arena; NULL when empty or out of memory (x->oom set). */
char *ag__x_surface(xdoc *x, size_t t0, size_t t1);
/* a b c joined, in the output arena (NULL out of memory): names and codes
 * made for every mention, where a printf costs more than the lookup. */
char *ag__x_cat(const xdoc *x, const char *a, const char *b, const char *c);
/* Longest lexicon match at token i (within [i, end)) with a hit of a kind
 * in `kinds` (bit mask of 1u << ag_lx_kind). Returns its length in tokens
 * (0 if none) and the hit. */
size_t ag__x_match_at(const xdoc *x, size_t i, size_t end, unsigned kinds, ag_lx_hit *hit);
/* The bit of x->mkinds that says the token is not yet looked up (above
 * every KIND bit: AG_LX_NKINDS < 15). Until then its KIND bits are those
 * of the forms its word starts (ag_word.starts): a superset of its
 * matches' kinds, so a kind it lacks is no match without a lookup. */
#define XM_UNLOOKED 0x8000u
/* Fills x->mfirst and x->mkinds (allocated for n_toks + 1 tokens) before
 * the first pass: no token is looked up yet. */
void ag__x_lookups_init(xdoc *x);
/* What may_start_mention (mention.c) answers at token j < n_toks from the
 * token's own flags, classes and text: 2 a mention may start there (a
 * capital, a hyphen, a word too long for the vocabulary, "government",
 * "counterpart", a pronoun), 1 none can (a word that starts no lexicon
 * form), 0 the lexicon must be asked. Inline: asked once at every word.
 * (Filling x->mstart with it before pass 1 cost more: +1.6 M Ir.) */
static inline uint8_t ag__x_mstart_words(const xdoc *x, size_t j)
{
    const ag_token *t = &x->t.toks[j];
    if ((t->flags & (AG_TOK_CAP | AG_TOK_HYPHEN)) || t->end - t->start > AG_WORD_MAX ||
        (t->cls2 & (WC2(GOVERNMENT_OF_NOUN) | WC2(COUNTERPART_NOUN))) || (t->cls & WC(PERSONAL_PRONOUN)) ||
        x_tok_is(x, j, "it"))
        return 2;
    return (t->cls & WC_PHRASE_START) ? 0 : 1;
}
/* Most calls ask a token already looked up for a kind it does not have. */
static inline size_t x_match(const xdoc *x, size_t i, size_t end, unsigned kinds, ag_lx_hit *hit)
{
    /* One load: a token not yet looked up has the kinds its word may start. */
    if (i < end && i < x->t.n_toks && !(x->mkinds[i] & kinds))
        return 0;
    return ag__x_match_at(x, i, end, kinds, hit);
}

/* actors.c: document actors */
int ag__x_actor_new(xdoc *x, const char *name, ag_actor_kind kind, const char *code, int lex);
int ag__x_actor_country(xdoc *x, uint32_t lex_entry);
/* The document actor of lexicon entry `entry` (made with its lexicon
 * affiliation chain when new); depth bounds that chain, 0 from outside. */
int ag__x_actor_for_lex(xdoc *x, uint32_t entry, int depth);
/* The actor with exactly this name, or -1. */
int ag__x_find_actor_name(xdoc *x, const char *name);
void ag__x_add_alias(xdoc *x, int actor, const char *alias);
/* The text of tokens [t0,t1) as an alias: the same as ag__x_add_alias with
 * ag__x_surface, without copying the text in pass 1, which keeps none. */
void ag__x_add_alias_span(xdoc *x, int actor, size_t t0, size_t t1);
/* 1 if the dash at token k joins two words with no space ("US-China"). */
int ag__x_joining_hyphen(const xdoc *x, size_t k);
/* 1 if the place [i,k) opens a line and a dateline's mark follows: a
 * dash, a comma before a date (or, after capitals, any capital), a wire
 * service's acronym in brackets (after capitals, any capital), or after
 * capitals a colon ("SEOUL, June 9", "Caracas (AP) -", "ISLAMABAD:"). */
int ag__x_dateline_mark(const xdoc *x, size_t i, size_t k);
int ag__x_root(const xdoc *x, int actor);
/* The root of actor a when it is a country ("Pakistan's ambassador":
 * Pakistan), else -1. */
int ag__x_country_root(const xdoc *x, int a);
/* Makes parent (or -1) the affiliation of actor a: every write of affil
 * goes through here so the index follows the actors' roots. */
void ag__x_set_parent(xdoc *x, int a, int parent);
/* Files person p under its title (after p's title changed). */
void ag__x_index_title(xdoc *x, int p);
/* Affiliates actor a with parent, refining within the same country. */
void ag__x_set_affil(xdoc *x, int a, int parent);
/* affil_office.c, after the last pass: a person whose title's own words
 * name an organization of his country that the text names ("Deputy Foreign
 * Minister X", "the Azerbaijani Foreign Ministry") belongs to it. */
void ag__x_office_affils(xdoc *x);
/* An organization that acts in no way and whose every mention is the
 * source of a report ("according to X", "X said that Y met Z"): optional
 * in the corpus, and given without its country. Reads what
 * ag__x_office_affils marked. */
int ag__x_report_source(const xdoc *x, int o);
void ag__x_drop_met_guesses(xdoc *x);
int ag__x_dominant_except(const xdoc *x, const int *except, size_t n_except);
/* affil_guess.c, after the last pass: the representative of a country or
 * of its official ('X is representing Y', 'Y is represented by X') whose
 * own country is only guessed takes the represented one's. */
void ag__x_representative_affils(xdoc *x);
/* affil_guess.c, after the last pass: "Macron's adviser, X": an aide
 * titled after a person in the possessive serves that person's country. */
void ag__x_aide_affils(xdoc *x);
/* affil_guess.c, after the last pass: "X, as Chairman of CARICOM", "X
 * visited in his capacity as the Facilitator of the EAC": the capacity
 * the text states is the person's affiliation, over a title before the
 * name, an apposition or the lexicon's country. */
void ag__x_capacity_affils(xdoc *x);
/* affil_guess.c, after the last pass: a person whose body a list gives
 * ("A, Directorate of X.", "members of the Council, namely A and B"). */
void ag__x_member_affils(xdoc *x);
/* meet_resolve.c, after the last pass: each side of every meeting by the
 * actor that represents it, and one meeting for one told twice. */
void ag__x_meetings_resolve(xdoc *x);
/* The same for evidence that binds the person (an apposition, "Britain's
 * Hunt", "the ambassador of X, NAME"): it also replaces a guessed one. */
void ag__x_bind_affil(xdoc *x, int a, int parent);
/* CAMEO code of an official from its root actor's code and role. */
void ag__x_person_code(xdoc *x, int a, const char *role);
/* The singular of a plural title before the list of persons whose member
 * at i (name from n0) is person p, as p's title when it has none: each of
 * "Presidents A of X, B of Y and C" is a president. */
void ag__x_note_list_title(xdoc *x, int p, size_t i, size_t n0);

/* actors.c: person names */
/* ag__x_name_token with a look at the word's bytes ("al-Assad"). */
int ag__x_name_token_hyphen(const xdoc *x, size_t i);
/* 1 if token i can be part of a person's name. Asked at most words, and
 * inline: the flags answer for every word but a hyphenated one. */
static inline int ag__x_name_token(const xdoc *x, size_t i)
{
    unsigned f = x_tflags(x, i);
    if ((f & AG_TOK_WORD) && (f & AG_TOK_HYPHEN))
        return ag__x_name_token_hyphen(x, i);
    if (!(f & AG_TOK_WORD) || !(f & AG_TOK_CAP) || (f & AG_TOK_DIGIT))
        return 0;
    return !x_tok_has(x, i, WC(NOT_NAME));
}
/* A person's name at token i (before end): its length in tokens, 0 if
 * none; *n0 is where the name proper starts (after an honorific). */
size_t ag__x_scan_name(const xdoc *x, size_t i, size_t end, size_t *n0);
/* 1 if token i is the plural of a title: "Presidents", "ministers". */
int ag__x_plural_title(const xdoc *x, size_t i);
/* name_parts.c: 1 if the word after token k is "bin", "ibn" or "bint" and
 * a capitalized word follows ("Sultan bin Ahmed": k is a given name); with
 * in_patronymic (the name had a particle), any particle ("... Sultan Al
 * Jaber"). */
int ag__x_patronym_after(const xdoc *x, size_t k, size_t end, int in_patronymic);
/* name_parts.c: 1 if hyphenated token i is no name word: a title with
 * lower-case words ("Chairperson-in-Office") or a compound of places. */
int ag__x_hyphen_not_name(const xdoc *x, size_t i);
/* Is actor a a leader's spouse ("First Lady", a title of role ELI)? */
static inline int ag__x_spouse(const xdoc *x, int a)
{
    const char *r = a >= 0 ? x->actors[a].role : NULL;
    return r && strcmp(r, "ELI") == 0;
}

/* How many of the n actors a[] are a leader's spouse. */
static inline size_t ag__x_spouses(const xdoc *x, const int *a, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += (size_t)ag__x_spouse(x, a[i]);
    return k;
}
/* name_parts.c: a person whose surname is a spelling of the surname of
 * `name` ("Stephanie Khouri" or "Khouri" for "Stephanie Khoury"), with the
 * same first word when `name` has two or more; -1 if none. */
int ag__x_variant_person(const xdoc *x, const char *name);
/* name_parts.c: files person i under its name's transliteration key, for
 * ag__x_variant_person (after each new name). */
void ag__x_index_variant(xdoc *x, int i);
/* name_parts.c: 1 if a '[' opens an editor's insertion shortly before
 * token j, not closed before it ("[Palestinian Authority President ..."). */
int ag__x_bracket_open(const xdoc *x, size_t j);
/* 1 if `shorter` is the last words of `longer`. */
int ag__x_word_suffix(const char *shorter, const char *longer);
/* The person named by tokens [n0,n1): found, or made when `create`. */
int ag__x_person_for_name(xdoc *x, size_t n0, size_t n1, int create);

/* 1 if the mention at i ends a "by" phrase after a representation verb
 * ("Libya will be represented by X"). */
int ag__x_representative_at(const xdoc *x, size_t i, size_t lo);

/* actors.c: the new person named by tokens [n0,n1) of a mention at i, made
 * when `strong` (the caller saw a cue) or by what surrounds the name: a title
 * in apposition before it ("China's special envoy, Qian Bo"), three or more
 * name parts, an honorific, a plural title ("Presidents A of X, B of Y"),
 * a coordination with a person; affiliated with the title's country or an
 * "of <country>" after the name. -1 if none. */
int ag__x_region_people(const xdoc *x, size_t n0, size_t n1);
int ag__x_person_by_cue(xdoc *x, size_t i, size_t n0, size_t n1, size_t end, int strong);

/* orgname.c: an organization the lexicon does not know, by the head noun of
 * its name, at token j: its length in tokens (0 if none) and *actor (-1 for
 * the name of a session or meeting: "the 26th SADC Ministerial Committee"). */
size_t ag__x_org_at(xdoc *x, size_t j, size_t end, int *actor);
size_t ag__x_gov_name_at(xdoc *x, size_t j, size_t end, int country, int *actor);
/* mission.c: a diplomatic mission's name at j ("the US Embassy in Moscow",
 * "Embassy of Japan", "Pakistan High Commission"): its length (0 if none)
 * and *actor, the mission when the document has one for that country or
 * `make` asks for it (a member or an act of it), else its country. */
size_t ag__x_mission_at(xdoc *x, size_t j, size_t end, int make, int *actor);
/* mission.c: a mission named at j, found but not made: "the Embassy" (bare: after
 * "the") for the document's latest, else a full name; its words' count
 * (0 if none), *actor the mission or, if none is an actor, its country. */
size_t ag__x_mission_ref(xdoc *x, size_t j, size_t end, int bare, int *actor);
/* relate_visit.c: is a name a diplomatic mission's ("Embassy", "High
 * Commission")? */
int ag__x_mission_name(const xdoc *x, const char *name);
/* relate_visit.c: 1 if a title is an envoy's ("ambassador", "special envoy"). */
int ag__x_envoy_title(const xdoc *x, const char *title);
/* orgname.c: the organization named `name`, found or made (then *made is
 * 1); -1 when it cannot be made or name is NULL (out of memory: x->oom). */
int ag__x_org_named(xdoc *x, const char *name, int *made);
/* The actor of agency type `entry` (a lexicon index) of country (-1: none),
 * made when new (mention_title.c); -1 when out of memory. */
int ag__x_agency_actor(xdoc *x, uint32_t entry, int country);

/* extract.c: frees the working state of x (not x->doc). */
void ag__x_doc_free(xdoc *x);

/* mention.c */
int ag__x_mentions_sentence(xdoc *x, size_t si);
/* pairs.c: splits hyphenated pairs of actor names ("US-China") into the
 * names and an AG_TOK_PAIR hyphen, and hyphenated titles ("Vice-Premier")
 * into their words. 0, or -1 out of memory. */
int ag__x_split_pairs(const ag_lexicon *lx, ag_text *t);
/* 1 if actor a is one of v[0..n). */
static inline int x_has_actor(const int *v, size_t n, int a)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == a)
            return 1;
    return 0;
}
/* relate_meeting.c: "his Russian counterpart" after X met Russia's Y: the
 * person of root r in the latest meeting that `who` takes part in and that
 * has one; -1 if none. */
int ag__x_met_of_root(xdoc *x, int who, int r);

/* 1 if actor c is actor p or in p's affiliation chain (a person's ministry,
 * its country); the chain is followed at most 8 steps. */
static inline int x_serves(const xdoc *x, int p, int c)
{
    for (int a = p, h = 0; a >= 0 && h < 8; a = x->actors[a].affil, h++)
        if (a == c)
            return 1;
    return 0;
}

/* The chunk token i lies in, or -1 (also past the last token); inline:
 * relations and resolution ask it some 700 000 times a megabyte */
static inline int ag__x_chunk_of(const xdoc *x, size_t i) { return i < x->t.n_toks ? x->tok_chunk[i] : -1; }

/* 1 if token i joins a coordination as "and" does: "and", or the hyphen
 * of a pair ("US-China"). */
static inline int x_tok_and(const xdoc *x, size_t i)
{
    return x_tok_is(x, i, "and") || (x_tflags(x, i) & AG_TOK_PAIR);
}

/* chunk.c: the shallow parse. The verb group of the predicate at p. */
enum {
    VG_NEG = 1u << 0,        /* "did not condemn", "never met" */
    VG_IRREALIS = 1u << 1,   /* "would", "if", "could" before it */
    VG_PASSIVE = 1u << 2,    /* "was (strongly) condemned" */
    VG_REFUSED = 1u << 3,    /* "refused to meet" */
    VG_DENIED = 1u << 4,     /* "denied that it had criticized" */
    VG_PERFECT = 1u << 5,    /* "has condemned" */
    VG_MODAL = 1u << 6,      /* "will meet" */
    VG_INFINITIVE = 1u << 7  /* "to meet" */
};
typedef struct xvgroup {
    size_t t0, head; /* first token of the group; the predicate */
    unsigned flags;  /* VG_* */
} xvgroup;
void ag__x_vgroup(const xdoc *x, size_t lo, size_t p, xvgroup *vg);
/* 1 if token k opens a new clause: ";", "but", a parenthesis, a quote mark,
 * ", who"/", which". */
int ag__x_clause_break(const xdoc *x, size_t k);
/* A lower-case adverb inside a verb group: "strongly", "also", "later". */
int ag__x_vg_adverb(const xdoc *x, size_t q);
/* --explain: the sentence, its noun-phrase chunks with heads and actors,
 * coordinated groups in braces, clause breaks as "|"; a verb group. */
void ag__x_explain_chunks(const xdoc *x, size_t si, ag_buf *b);
void ag__x_explain_vgroup(const xdoc *x, const xvgroup *vg, size_t p_end, ag_buf *b);

/* relate.c */
int ag__x_relate_sentence(xdoc *x, size_t si);
/* After pass 1, while every sentence's chunks are known: fills
 * x->quote_spk (allocated by the caller, one int per sentence). */
void ag__x_quote_speakers(xdoc *x);
/* resolve_list.c: after pass 1, the group mentions whose members a later
 * sentence lists, into x->fwd. */
void ag__x_forward_groups(xdoc *x);

#define KIND(k) (1u << (k))

/* xdoc.tknown bits. */
enum {
    XT_NO_TITLE = 1u << 0, /* no title words start here (mention.c title_core) */
    XT_NO_ORG = 1u << 1,   /* no new organization's name starts here (mention.c org_at) */
    XT_NO_AGENCY = 1u << 2 /* no agency's form here or after a locator here (ag__m_parse_agency) */
};

#endif
