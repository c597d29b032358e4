/* vocab.h — read: the vocabulary every token is looked up in, once, when
 * the text is split (docs/lexicon.md, "word_classes" and "lemmas").
 *
 * A word is its case-folded form (ASCII letters lower-cased, curly
 * apostrophes and quotes made straight); its id indexes the vocabulary.
 * Each word has a set of classes (WC_* bits): closed classes, the word
 * lists the extractor's rules test, and bits the lexicon computes (the
 * word is a lexicon form or starts one; it starts a stance or meeting
 * form).
 * The classes fill three 64-bit class words: `cls` (WC(), tested on every
 * token: closed classes, roles, computed bits), `cls2` and `cls3` (WC2(),
 * WC3(): the content-word lists of single rules: "counterpart",
 * "capital"). A class's index says which: below 64 the first word, from
 * WCI_WORD2 the second, from WCI_WORD3 the third.
 * A class is named and read the same way in either word.
 * A class read "exact" holds spellings rather than words: the bit is set on
 * a token only when it is written exactly so ("May" the month, not "may").
 * Open-class words also carry their lemma (a word id) and WordNet part of
 * speech.
 *
 * Ownership: ag_vocab_free() releases the vocabulary and its strings.
 * Built while a lexicon loads, read-only afterwards: any number of threads
 * may look words up at once.
 */
#ifndef AG_VOCAB_H
#define AG_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Word classes; the names (ag_word_class_name) are the lexicon's. */
typedef enum ag_word_class {
    /* closed classes */
    WCI_DETERMINER, WCI_PREPOSITION, WCI_PRONOUN, WCI_RELATIVE, WCI_CONJUNCTION, WCI_AUXILIARY,
    WCI_BE, WCI_HAVE, WCI_MODAL, WCI_NEGATION, WCI_FIRST_PERSON, WCI_IRREALIS, WCI_CLAUSE_BREAK,
    WCI_FUNCTION_WORD, WCI_PRE_VERB, WCI_PERSONAL_PRONOUN,
    /* prepositions in the rules' roles */
    WCI_LOCATIVE_PREP, WCI_DIRECTIONAL_PREP, WCI_SUBJECT_BLOCKING_PREP, WCI_SHIELD_PREP, WCI_OBJECT_PREP,
    WCI_SCENE_PREP,
    /* noun-phrase words */
    WCI_NOUN_MARKER, WCI_NOUN_MODIFIER,
    /* verbs */
    WCI_SPEECH_VERB, WCI_NEWS_VERB, WCI_LIGHT_VERB, WCI_REPORT_VERB, WCI_WISH_VERB, WCI_APPEAL_WORD,
    WCI_REFUSAL_VERB, WCI_DENIAL_VERB, WCI_THREAT_VERB,
    WCI_MOTION_WORD, WCI_ATTENDANCE_VERB,
    /* nouns */
    WCI_GOVERNMENT_NOUN, WCI_AGENCY_HEAD_NOUN, WCI_STATE_NOUN, WCI_FORCE_NOUN, WCI_OFFICIAL_NOUN,
    WCI_PEOPLE_NOUN, WCI_PAIR_NOUN, WCI_PROPOSAL_NOUN, WCI_CHARGE_NOUN, WCI_GATHERING_NOUN,
    WCI_GROUP_REFERENCE, WCI_RULE_NOUN, WCI_VOICE_NOUN, WCI_VIOLATION_NOUN, WCI_TIME_ADVERB,
    WCI_ORG_HEAD,
    /* adjectives */
    WCI_NEGATIVE_EVALUATION,
    /* time */
    WCI_MONTH, WCI_WEEKDAY, WCI_NOT_PLACE, WCI_TIME_WORD,
    /* names */
    WCI_HONORIFIC, WCI_NAME_PARTICLE, WCI_NAME_PREFIX, WCI_NOT_NAME,
    /* the tokenizer */
    WCI_ABBREVIATION,
    WCI_NAMED, /* classes a lexicon file can name end here */
    /* computed by the lexicon from its phrase forms */
    WCI_FORM_WORD = WCI_NAMED, /* a one-word lexicon form, in some spelling */
    WCI_FORM_PREFIX,           /* the first word of a longer lexicon form */
    WCI_PREDICATE_START,       /* the first word of a stance or meeting form */
    WCI_COUNT,
    /* the second class word (cls2): content words one rule tests */
    WCI_WORD2 = 64,
    WCI_COUNTERPART_NOUN = WCI_WORD2, WCI_CAPITAL_NOUN, WCI_CITY_NOUN, WCI_GOVERNMENT_OF_NOUN,
    WCI_JUNTA_MODIFIER, WCI_JUNTA_NOUN, WCI_RULER_MODIFIER, WCI_RULER_NOUN, WCI_NOT_PEOPLE_NOUN,
    WCI_PRESENCE_NOUN, WCI_SEPARATE_WORD, WCI_PARTICIPATION_NOUN, WCI_VERB_ADVERB, WCI_LEAD_PARTICIPLE,
    WCI_INSTITUTION_NOUN, WCI_ENVOY_TITLE, WCI_ENVOY_MODIFIER, WCI_ENVOY_HEAD, WCI_NAME_LOWER_WORD, WCI_COLLECTIVE_WORD,
    WCI_CESSATION_VERB, WCI_POSITIVE_EVALUATION,
    WCI_LEAD_VERB, WCI_DELEGATION_NOUN, WCI_COURTESY_PREP, WCI_UNHELD_VERB,
    WCI_MEMBER_WORD,
    WCI_OFFICE_WORD, WCI_FACILITY_NOUN,
    WCI_JUDGMENT_VERB, WCI_ORDER_VERB, WCI_DEPARTURE_VERB, WCI_DOCUMENT_NOUN,
    WCI_COMPANION_VERB, WCI_RECEIVER_VERB,
    WCI_SUMMIT_NOUN, WCI_ROSTER_WORD, WCI_REPRESENT_VERB, WCI_ABSENCE_WORD, WCI_DELEGATE_VERB,
    WCI_ACT_NOUN, WCI_VICTIM_NOUN,
    WCI_PLAN_WORD,
    WCI_TITLE_MODIFIER, WCI_PERSON_NOUN, WCI_MISSION_NOUN, WCI_ARMED_NOUN,
    WCI_MISSION_HEAD, WCI_QUANTITY_WORD,
    WCI_ENVOY_GROUP, WCI_COUP_NOUN,
    WCI_NAME_TITLE, WCI_AIDE_NOUN,
    WCI_EXPRESSION_VERB,
    WCI_VISITOR_MODIFIER,
    WCI_STAFF_NOUN,
    WCI_COMPASS_WORD,
    WCI_NEW_MODIFIER,
    WCI_HEAD_TITLE, WCI_HEAD_REFERENCE, WCI_FM_WORD,
    WCI_UNIT_MODIFIER,
    WCI_TOPIC_NOUN,
    WCI_UTTERANCE_NOUN,
    WCI_END2, /* classes of the second word end here */
    /* the third class word (cls3): more content words one rule tests */
    WCI_WORD3 = 128,
    WCI_TIME_ADJUNCT = WCI_WORD3,
    WCI_BROKER_PARTICIPLE,
    WCI_MEMBERS_NOUN,
    WCI_POSTNOMINAL,
    WCI_PHASE_NOUN,
    WCI_PARTY_ORGAN,
    WCI_PARTY_NOUN,
    WCI_PREMIER_TITLE,
    WCI_ENTOURAGE_VERB,
    WCI_ROUTE_ADVERB,
    WCI_STAFF_TITLE, WCI_MINISTRY_NOUN,
    WCI_REMEDY_NOUN,
    WCI_GROUP_COUNT,
    WCI_BLOC_NOUN, WCI_REGIME_NOUN,
    WCI_MEASURE_NOUN,
    WCI_PARTAKE_VERB, WCI_RELATION_NOUN, WCI_COMITATIVE_ADVERB, WCI_ADJUNCT_OPENER, WCI_FINITE_BE,
    WCI_PATRONYMIC,
    WCI_SIGNATORY_WORD,
    WCI_SPEECH_ADJUNCT,
    WCI_RELATIVE_SUBJECT, WCI_ASIDE_RELATIVE, WCI_THING_RELATIVE, WCI_PLURAL_DEMONSTRATIVE,
    WCI_CREDIT_VERB, WCI_CREDIT_NOUN, WCI_PERSONAL_POSSESSIVE,
    WCI_UNHELD_PHRASAL, WCI_UNHELD_PARTICLE,
    WCI_ATTENDEE_NOUN,
    WCI_SEQUEL_PREPOSITION,
    WCI_TIE_NOUN,
    WCI_REACTION_VERB,
    WCI_THING_NOUN, WCI_CHANCE_NOUN, WCI_FULFILMENT_NOUN,
    WCI_REBUKE_NOUN, WCI_DEAL_PLURAL, WCI_BEHALF_NOUN, WCI_CAPACITY_NOUN, WCI_DAY_ADVERB,
    WCI_LIST_JOINER, WCI_JOINT_MODIFIER, WCI_REMEDY_VERB, WCI_PART_NOUN, WCI_MISSION_CHIEF,
    WCI_CONTINENT_WORD, WCI_OFFICE_VERB, WCI_MEMBER_OWNER,
    WCI_RESIDENT_FORCE,
    WCI_ACCORD_NOUN,
    WCI_PREPARE_VERB,
    WCI_NAMED2, /* named classes end here */
    WCI_COUNT2 = WCI_NAMED2
} ag_word_class;

_Static_assert(WCI_COUNT <= 64, "the first class word is a uint64_t");
_Static_assert(WCI_END2 <= WCI_WORD2 + 64, "the second class word is a uint64_t");
_Static_assert(WCI_COUNT2 <= WCI_WORD3 + 64, "the third class word is a uint64_t");

#define WC(name) ((uint64_t)1 << WCI_##name)
#define WC2(name) ((uint64_t)1 << (WCI_##name - WCI_WORD2))
#define WC3(name) ((uint64_t)1 << (WCI_##name - WCI_WORD3))
/* The word starts some lexicon form. */
#define WC_PHRASE_START (WC(FORM_WORD) | WC(FORM_PREFIX))

/* WordNet parts of speech of a word (ag_word.pos). */
enum { AG_POS_NOUN = 1u << 0, AG_POS_VERB = 1u << 1 };

/* 64 bytes: a token's lookup reads its hash slot and then one record,
 * one cache line when the array is aligned (the built image's is). */
typedef struct ag_word {
    uint64_t key8;      /* the form's first 8 bytes (ag__word8): the slot only holds the hash */
    uint32_t text;      /* offset of the folded form in the vocabulary's text */
    uint32_t len;       /* its length in bytes */
    uint64_t cls;       /* classes in any spelling */
    uint64_t cls2;      /* second class word (WC2) in any spelling */
    uint64_t cls3;      /* third class word (WC3) in any spelling */
    uint32_t lemma;     /* word id of the lemma; the word's own id when none is known */
    uint32_t exact;     /* first exact spelling (index + 1), 0 when none */
    int32_t verb;       /* lexicon entry of a stance or meeting with this one-word form, or -1 */
    uint8_t pos;        /* AG_POS_* */
    uint8_t exact_first; /* the first byte of every exact spelling when they share one, else 0 */
    uint16_t starts;    /* bits 1 << ag_lx_kind of the lexicon forms it is the first word of (the lexicon's) */
    uint16_t starts_lower; /* those of them a spelling without a capital can match: forms matched in any case */
    uint8_t pad[4];     /* to 64 bytes: an aligned record never spans two cache lines */
} ag_word;
_Static_assert(sizeof(ag_word) == 64, "a word record is one cache line");

typedef struct ag_vocab ag_vocab;

ag_vocab *ag_vocab_new(void);
void ag_vocab_free(ag_vocab *v);

/* The longest word the vocabulary holds, in bytes; longer tokens are
 * unknown. */
#define AG_WORD_MAX 64

/* Folds s[0..n) into out (AG_WORD_MAX bytes + NUL): ASCII lower case,
 * straight apostrophes and quotes. Returns the length, or 0 when empty or
 * too long. */
size_t ag_word_fold(const char *s, size_t n, char *out);

/* Id of the word spelled s[0..n) in any case, 0 when unknown. */
uint32_t ag_vocab_find(const ag_vocab *v, const char *s, size_t n);
/* The same, adding it when missing; 0 on out of memory or too long. */
uint32_t ag_vocab_add(ag_vocab *v, const char *s, size_t n);
/* Entry of a word id (id 0 and unknown ids give NULL). */
const ag_word *ag_vocab_word(const ag_vocab *v, uint32_t id);
ag_word *ag_vocab_word_mut(ag_vocab *v, uint32_t id);
/* The folded form of a word id (NULL for id 0 and unknown ids). */
const char *ag_vocab_text(const ag_vocab *v, uint32_t id);
/* Puts the word s[0..n) (added when missing) in class `cls` (WCI_*), in
 * any spelling. Returns 0, or -1 on out of memory. */
int ag_vocab_add_class(ag_vocab *v, const char *s, size_t n, int cls);
/* Puts the exact spelling s[0..n) in class `cls` (the word is added too).
 * Returns 0, or -1 on out of memory. */
int ag_vocab_add_exact(ag_vocab *v, const char *s, size_t n, int cls);
/* Removes class `cls` from every word and spelling (a class read again
 * replaces the old one). */
void ag_vocab_clear(ag_vocab *v, int cls);
/* Classes of the token spelled s[0..n): its word's classes and the exact
 * spellings it matches as written. Returns the first class word; *cls2
 * (unless NULL) receives the second, *id (unless NULL) the word id (0
 * unknown). */
uint64_t ag_vocab_classes(const ag_vocab *v, const char *s, size_t n, uint32_t *id, uint64_t *cls2);
/* ag_vocab_classes with the third class word in *cls3 (unless NULL). */
uint64_t ag_vocab_classes3(const ag_vocab *v, const char *s, size_t n, uint32_t *id, uint64_t *cls2, uint64_t *cls3);
/* The first class word only. */
uint64_t ag_vocab_classify(const ag_vocab *v, const char *s, size_t n, uint32_t *id);
/* The hash of a folded word k[0..n), 8 bytes a step (FNV-1a, a byte a
 * step, was a serial multiply for every byte of every text): each 8 bytes
 * as a little-endian word, below 8 the bytes, zeros and the length in the
 * top byte (key8 in vocab.c). k has 8 bytes to read from every multiple of
 * 8 up to n (a fold buffer of AG_WORD_MAX bytes). */
static inline uint64_t ag__word8(const char *k, size_t n)
{
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* The bytes below n kept by a mask from a table: a load, not a shift
     * by a variable count and its set-up (every token of every text). */
    static const uint64_t low[8] = {0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull,
                                    0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull};
    memcpy(&w, k, 8);
    if (n < 8)
        w = (w & low[n]) | (uint64_t)n << 56;
#else
    for (size_t j = 0; j < n && j < 8; j++)
        w |= (uint64_t)(unsigned char)k[j] << (8 * j);
    if (n < 8)
        w |= (uint64_t)n << 56;
#endif
    return w;
}
/* ag_word_hash of k[0..n) whose ag__word8(k, n) is w0 (also the key's
 * first word in the table: computed once). */
static inline uint32_t ag__word_hash_from(uint64_t w0, const char *k, size_t n)
{
    uint64_t h = w0 * 0x9E3779B97F4A7C15ull;
    for (size_t i = 8; i < n; i += 8)
        h = (h ^ h >> 29 ^ ag__word8(k + i, n - i)) * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(h >> 32);
}
static inline uint32_t ag_word_hash(const char *k, size_t n) { return ag__word_hash_from(ag__word8(k, n), k, n); }
size_t ag_vocab_count(const ag_vocab *v);

/* The lexicon name of a class ("determiner"), or NULL when no lexicon
 * names it (the computed classes, numbers out of range). */
const char *ag_word_class_name(int cls);
/* The class of a lexicon name, or -1. */
int ag_word_class_parse(const char *name);

#endif
