/* vocab.c — see vocab.h.  Open addressing over word ids, FNV-1a on the
 * folded bytes; the folded forms live in one text (vocab_int.h).  A slot holds the word's
 * hash beside its id, so a probe reads a word (a cache miss: 7,456 words
 * are 360 KB) only when the hashes agree, and its first 8 bytes, so a word
 * shorter than that (most tokens) is told without reading its text (a
 * second miss); every token of every document is looked up. */
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "util_int.h"
#include "vocab_int.h"

typedef ag__vocab_spelling spelling;

static const char *const class_names[WCI_NAMED2] = {
    [WCI_DETERMINER] = "determiner",
    [WCI_PREPOSITION] = "preposition",
    [WCI_PRONOUN] = "pronoun",
    [WCI_RELATIVE] = "relative_pronoun",
    [WCI_CONJUNCTION] = "conjunction",
    [WCI_AUXILIARY] = "auxiliary",
    [WCI_BE] = "be",
    [WCI_HAVE] = "have",
    [WCI_MODAL] = "modal",
    [WCI_NEGATION] = "negation",
    [WCI_FIRST_PERSON] = "first_person",
    [WCI_IRREALIS] = "irrealis",
    [WCI_CLAUSE_BREAK] = "clause_break",
    [WCI_FUNCTION_WORD] = "function_word",
    [WCI_PRE_VERB] = "pre_verb",
    [WCI_PERSONAL_PRONOUN] = "personal_pronoun",
    [WCI_LOCATIVE_PREP] = "locative_prep",
    [WCI_DIRECTIONAL_PREP] = "directional_prep",
    [WCI_SUBJECT_BLOCKING_PREP] = "subject_blocking_prep",
    [WCI_SHIELD_PREP] = "shield_prep",
    [WCI_OBJECT_PREP] = "object_prep",
    [WCI_SCENE_PREP] = "scene_prep",
    [WCI_NOUN_MARKER] = "noun_marker",
    [WCI_NOUN_MODIFIER] = "noun_modifier",
    [WCI_SPEECH_VERB] = "speech_verb",
    [WCI_NEWS_VERB] = "news_verb",
    [WCI_LIGHT_VERB] = "light_verb",
    [WCI_REPORT_VERB] = "report_verb",
    [WCI_WISH_VERB] = "wish_verb",
    [WCI_REFUSAL_VERB] = "refusal_verb",
    [WCI_DENIAL_VERB] = "denial_verb",
    [WCI_THREAT_VERB] = "threat_verb",
    [WCI_APPEAL_WORD] = "appeal_word",
    [WCI_MOTION_WORD] = "motion_word",
    [WCI_ATTENDANCE_VERB] = "attendance_verb",
    [WCI_GOVERNMENT_NOUN] = "government_noun",
    [WCI_AGENCY_HEAD_NOUN] = "agency_head_noun",
    [WCI_ORG_HEAD] = "org_head",
    [WCI_STATE_NOUN] = "state_noun",
    [WCI_FORCE_NOUN] = "force_noun",
    [WCI_OFFICIAL_NOUN] = "official_noun",
    [WCI_PEOPLE_NOUN] = "people_noun",
    [WCI_PAIR_NOUN] = "pair_noun",
    [WCI_PROPOSAL_NOUN] = "proposal_noun",
    [WCI_CHARGE_NOUN] = "charge_noun",
    [WCI_GATHERING_NOUN] = "gathering_noun",
    [WCI_GROUP_REFERENCE] = "group_reference",
    [WCI_RULE_NOUN] = "rule_noun",
    [WCI_VOICE_NOUN] = "voice_noun",
    [WCI_VIOLATION_NOUN] = "violation_noun",
    [WCI_TIME_ADVERB] = "time_adverb",
    [WCI_NEGATIVE_EVALUATION] = "negative_evaluation",
    [WCI_MONTH] = "month",
    [WCI_WEEKDAY] = "weekday",
    [WCI_NOT_PLACE] = "not_place",
    [WCI_TIME_WORD] = "time_word",
    [WCI_HONORIFIC] = "honorific",
    [WCI_NAME_PARTICLE] = "name_particle",
    [WCI_NAME_PREFIX] = "name_prefix",
    [WCI_NOT_NAME] = "not_name",
    [WCI_ABBREVIATION] = "abbreviation",
    [WCI_COUNTERPART_NOUN] = "counterpart_noun",
    [WCI_CAPITAL_NOUN] = "capital_noun",
    [WCI_CITY_NOUN] = "city_noun",
    [WCI_GOVERNMENT_OF_NOUN] = "government_of_noun",
    [WCI_JUNTA_MODIFIER] = "junta_modifier",
    [WCI_JUNTA_NOUN] = "junta_noun",
    [WCI_RULER_MODIFIER] = "ruler_modifier",
    [WCI_RULER_NOUN] = "ruler_noun",
    [WCI_NOT_PEOPLE_NOUN] = "not_people_noun",
    [WCI_PRESENCE_NOUN] = "presence_noun",
    [WCI_SEPARATE_WORD] = "separate_word",
    [WCI_PARTICIPATION_NOUN] = "participation_noun",
    [WCI_VERB_ADVERB] = "verb_adverb",
    [WCI_LEAD_PARTICIPLE] = "lead_participle",
    [WCI_INSTITUTION_NOUN] = "institution_noun",
    [WCI_ENVOY_TITLE] = "envoy_title",
    [WCI_ENVOY_MODIFIER] = "envoy_modifier",
    [WCI_ENVOY_HEAD] = "envoy_head",
    [WCI_NAME_LOWER_WORD] = "name_lower_word",
    [WCI_COLLECTIVE_WORD] = "collective_word",
    [WCI_CESSATION_VERB] = "cessation_verb",
    [WCI_POSITIVE_EVALUATION] = "positive_evaluation",
    [WCI_LEAD_VERB] = "lead_verb",
    [WCI_DELEGATION_NOUN] = "delegation_noun",
    [WCI_COURTESY_PREP] = "courtesy_prep",
    [WCI_UNHELD_VERB] = "unheld_verb",
    [WCI_MEMBER_WORD] = "member_word",
    [WCI_OFFICE_WORD] = "office_word",
    [WCI_FACILITY_NOUN] = "facility_noun",
    [WCI_JUDGMENT_VERB] = "judgment_verb",
    [WCI_ORDER_VERB] = "order_verb",
    [WCI_DEPARTURE_VERB] = "departure_verb",
    [WCI_DOCUMENT_NOUN] = "document_noun",
    [WCI_COMPANION_VERB] = "companion_verb",
    [WCI_RECEIVER_VERB] = "receiver_verb",
    [WCI_SUMMIT_NOUN] = "summit_noun",
    [WCI_ROSTER_WORD] = "roster_word",
    [WCI_REPRESENT_VERB] = "represent_verb",
    [WCI_ABSENCE_WORD] = "absence_word",
    [WCI_DELEGATE_VERB] = "delegate_verb",
    [WCI_ACT_NOUN] = "act_noun",
    [WCI_VICTIM_NOUN] = "victim_noun",
    [WCI_PLAN_WORD] = "plan_word",
    [WCI_TITLE_MODIFIER] = "title_modifier",
    [WCI_PERSON_NOUN] = "person_noun",
    [WCI_MISSION_NOUN] = "mission_noun",
    [WCI_ARMED_NOUN] = "armed_noun",
    [WCI_MISSION_HEAD] = "mission_head",
    [WCI_QUANTITY_WORD] = "quantity_word",
    [WCI_ENVOY_GROUP] = "envoy_group",
    [WCI_COUP_NOUN] = "coup_noun",
    [WCI_NAME_TITLE] = "name_title",
    [WCI_AIDE_NOUN] = "aide_noun",
    [WCI_EXPRESSION_VERB] = "expression_verb",
    [WCI_VISITOR_MODIFIER] = "visitor_modifier",
    [WCI_STAFF_NOUN] = "staff_noun",
    [WCI_COMPASS_WORD] = "compass_word",
    [WCI_NEW_MODIFIER] = "new_modifier",
    [WCI_HEAD_TITLE] = "head_title",
    [WCI_HEAD_REFERENCE] = "head_reference",
    [WCI_FM_WORD] = "fm_word",
    [WCI_PREMIER_TITLE] = "premier_title",
    [WCI_UNIT_MODIFIER] = "unit_modifier",
    [WCI_TOPIC_NOUN] = "topic_noun",
    [WCI_UTTERANCE_NOUN] = "utterance_noun",
    [WCI_TIME_ADJUNCT] = "time_adjunct",
    [WCI_BROKER_PARTICIPLE] = "broker_participle",
    [WCI_MEMBERS_NOUN] = "members_noun",
    [WCI_POSTNOMINAL] = "postnominal",
    [WCI_PHASE_NOUN] = "phase_noun",
    [WCI_PARTY_ORGAN] = "party_organ",
    [WCI_PARTY_NOUN] = "party_noun",
    [WCI_ENTOURAGE_VERB] = "entourage_verb",
    [WCI_ROUTE_ADVERB] = "route_adverb",
    [WCI_STAFF_TITLE] = "staff_title",
    [WCI_MINISTRY_NOUN] = "ministry_noun",
    [WCI_REMEDY_NOUN] = "remedy_noun",
    [WCI_GROUP_COUNT] = "group_count",
    [WCI_BLOC_NOUN] = "bloc_noun",
    [WCI_REGIME_NOUN] = "regime_noun",
    [WCI_MEASURE_NOUN] = "measure_noun",
    [WCI_PARTAKE_VERB] = "partake_verb",
    [WCI_RELATION_NOUN] = "relation_noun",
    [WCI_COMITATIVE_ADVERB] = "comitative_adverb",
    [WCI_ADJUNCT_OPENER] = "adjunct_opener",
    [WCI_FINITE_BE] = "finite_be",
    [WCI_THING_NOUN] = "thing_noun",
    [WCI_CHANCE_NOUN] = "chance_noun",
    [WCI_FULFILMENT_NOUN] = "fulfilment_noun",
    [WCI_REBUKE_NOUN] = "rebuke_noun",
    [WCI_DEAL_PLURAL] = "deal_plural",
    [WCI_BEHALF_NOUN] = "behalf_noun",
    [WCI_CAPACITY_NOUN] = "capacity_noun",
    [WCI_DAY_ADVERB] = "day_adverb",
    [WCI_LIST_JOINER] = "list_joiner",
    [WCI_JOINT_MODIFIER] = "joint_modifier",
    [WCI_REMEDY_VERB] = "remedy_verb",
    [WCI_PART_NOUN] = "part_noun",
    [WCI_MISSION_CHIEF] = "mission_chief",
    [WCI_CONTINENT_WORD] = "continent_word",
    [WCI_OFFICE_VERB] = "office_verb",
    [WCI_MEMBER_OWNER] = "member_owner",
    [WCI_RESIDENT_FORCE] = "resident_force",
    [WCI_ACCORD_NOUN] = "accord_noun",
    [WCI_PREPARE_VERB] = "prepare_verb",
    [WCI_PATRONYMIC] = "patronymic",
    [WCI_SIGNATORY_WORD] = "signatory_word",
    [WCI_SPEECH_ADJUNCT] = "speech_adjunct",
    [WCI_RELATIVE_SUBJECT] = "relative_subject",
    [WCI_ASIDE_RELATIVE] = "aside_relative",
    [WCI_THING_RELATIVE] = "thing_relative",
    [WCI_PLURAL_DEMONSTRATIVE] = "plural_demonstrative",
    [WCI_CREDIT_VERB] = "credit_verb",
    [WCI_CREDIT_NOUN] = "credit_noun",
    [WCI_PERSONAL_POSSESSIVE] = "personal_possessive",
    [WCI_UNHELD_PHRASAL] = "unheld_phrasal",
    [WCI_UNHELD_PARTICLE] = "unheld_particle",
    [WCI_ATTENDEE_NOUN] = "attendee_noun",
    [WCI_SEQUEL_PREPOSITION] = "sequel_preposition",
    [WCI_TIE_NOUN] = "tie_noun",
    [WCI_REACTION_VERB] = "reaction_verb",
};

const char *ag_word_class_name(int cls) { return cls >= 0 && cls < WCI_NAMED2 ? class_names[cls] : NULL; }

int ag_word_class_parse(const char *name)
{
    for (int i = 0; i < WCI_NAMED2; i++)
        if (class_names[i] && strcmp(class_names[i], name) == 0)
            return i;
    return -1;
}

ag_vocab *ag_vocab_new(void)
{
    ag_vocab *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->cap_words = 256;
    v->words = calloc(v->cap_words, sizeof *v->words);
    v->cap_slots = 512;
    v->slots = calloc(v->cap_slots, sizeof *v->slots);
    v->n_words = 1;
    return AG__BUILT(v, v->words && v->slots, ag_vocab_free);
}

void ag_vocab_free(ag_vocab *v)
{
    if (!v)
        return;
    free(v->text);
    free(v->words);
    free(v->slots);
    free(v->sp);
    free(v);
}

ag_vocab *ag__vocab_clone(const ag_vocab *v)
{
    ag_vocab *c = malloc(sizeof *c);
    if (!c)
        return NULL;
    int ok = 1;
    *c = (ag_vocab){.text = ag__dup_array(v->text, v->n_text, 1, &ok), .n_text = v->n_text, .cap_text = v->n_text,
                    .words = ag__dup_array(v->words, v->n_words, sizeof *v->words, &ok), .n_words = v->n_words,
                    .cap_words = v->n_words,
                    .slots = ag__dup_array(v->slots, v->cap_slots, sizeof *v->slots, &ok), .cap_slots = v->cap_slots,
                    .sp = ag__dup_array(v->sp, v->n_sp, sizeof *v->sp, &ok), .n_sp = v->n_sp, .cap_sp = v->n_sp};
    return AG__BUILT(c, ok, ag_vocab_free);
}

/* The 8 ASCII bytes at u in small case, eight at a time; UINT64_MAX when
 * one is from 0x80 (no folded word is all 0xFF bytes). */
static inline uint64_t fold8(const unsigned char *u)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, u, 8);
    if (x & high)
        return UINT64_MAX;
    /* A high bit for each byte from 'A' to 'Z': below 0x80, no carry. */
    uint64_t caps = (x + ones * (0x80u - 'A')) & ~(x + ones * (0x7Fu - 'Z')) & high;
    return x + (caps >> 2);
}

/* Folds s[0..n) into out (AG_WORD_MAX + 1 bytes) and hashes the folded
 * bytes: this runs once for every token of every document. */
static size_t fold_hash(const char *s, size_t n, char *out, uint32_t *hash)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    if (n > 3 * AG_WORD_MAX)
        return 0;
    /* ASCII (nearly every token): no quote to fold, no length to watch. */
    if (n <= AG_WORD_MAX) {
        for (; n - o >= 8; o += 8) {
            uint64_t x = fold8(u + o);
            if (x == UINT64_MAX)
                break; /* a byte from 0x80: the bytes below see to it */
            memcpy(out + o, &x, 8);
        }
        for (; o < n && u[o] < 0x80; o++)
            out[o] = (char)(u[o] + ((unsigned)(u[o] - 'A') < 26u ? 32 : 0));
        if (o == n) {
            out[o] = '\0';
            *hash = ag_word_hash(out, o);
            return o;
        }
    }
    for (size_t k = o; k < n; k++) {
        unsigned char c = u[k];
        if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c + 32);
        } else if (c == 0xE2 && k + 2 < n && u[k + 1] == 0x80 && u[k + 2] >= 0x98 && u[k + 2] <= 0x9D &&
                   u[k + 2] != 0x9A && u[k + 2] != 0x9B) {
            c = u[k + 2] <= 0x99 ? '\'' : '"';
            k += 2;
        }
        if (o == AG_WORD_MAX)
            return 0;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    *hash = ag_word_hash(out, o);
    return o;
}

size_t ag_word_fold(const char *s, size_t n, char *out)
{
    uint32_t h;
    return fold_hash(s, n, out, &h);
}

/* ag_word_hash of a stored word, which has no bytes to read past its end. */
static uint32_t hash(const char *s, size_t n)
{
    char buf[AG_WORD_MAX + 8];
    memcpy(buf, s, n);
    return ag_word_hash(buf, n);
}

/* The first 8 bytes of a folded key in a buffer with 8 bytes to read (a
 * fold buffer; below 8 bytes, its bytes, zeros and its length in the last
 * byte): one load where the byte order allows; the first word of its hash. */
static inline uint64_t key8_buf(const char *key, size_t n) { return ag__word8(key, n); }

/* The word id in slot i, 0 when empty. */
static inline uint32_t slot_id(const ag_vocab *v, size_t i) { return (uint32_t)v->slots[i].hid; }

uint32_t ag_vocab_find(const ag_vocab *v, const char *s, size_t n)
{
    char key[AG_WORD_MAX + 1];
    uint32_t h;
    size_t kl = fold_hash(s, n, key, &h);
    return kl ? slot_id(v, ag__vocab_slot_of(v, key, kl, h, key8_buf(key, kl))) : 0;
}

static int grow_slots(ag_vocab *v)
{
    size_t cap = v->cap_slots * 2;
    struct ag__vocab_slot *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    free(v->slots);
    v->slots = s;
    v->cap_slots = cap;
    for (size_t id = 1; id < v->n_words; id++) {
        const ag_word *w = &v->words[id];
        const char *text = v->text + w->text;
        uint32_t h = hash(text, w->len);
        v->slots[ag__vocab_slot_of(v, text, w->len, h, w->key8)] = (struct ag__vocab_slot){(uint64_t)h << 32 | id};
    }
    return 0;
}

/* s[0..n) and a NUL at the end of the vocabulary's text; *at gets its
 * offset.  0, or -1 out of memory. */
static int add_text(ag_vocab *v, const char *s, size_t n, uint32_t *at)
{
    if (v->n_text + n >= UINT32_MAX || ag__grow(&v->text, &v->cap_text, v->n_text + n, 1, 16384))
        return -1;
    memcpy(v->text + v->n_text, s, n);
    v->text[v->n_text + n] = '\0';
    *at = (uint32_t)v->n_text;
    v->n_text += n + 1;
    return 0;
}

uint32_t ag_vocab_add(ag_vocab *v, const char *s, size_t n)
{
    char key[AG_WORD_MAX + 1];
    uint32_t h;
    size_t kl = fold_hash(s, n, key, &h);
    if (!kl)
        return 0;
    uint64_t k8 = key8_buf(key, kl);
    size_t at = ag__vocab_slot_of(v, key, kl, h, k8);
    if (v->slots[at].hid)
        return slot_id(v, at);
    if (2 * (v->n_words + 1) > v->cap_slots) {
        if (grow_slots(v))
            return 0;
        at = ag__vocab_slot_of(v, key, kl, h, k8);
    }
    ag_word *w = ag__grow_slot(&v->words, &v->cap_words, v->n_words, sizeof *v->words, 256);
    if (!w)
        return 0;
    if (add_text(v, key, kl, &w->text))
        return 0;
    w->len = (uint32_t)kl;
    w->key8 = k8;
    w->lemma = (uint32_t)v->n_words;
    w->verb = -1;
    v->slots[at] = (struct ag__vocab_slot){(uint64_t)h << 32 | v->n_words};
    return (uint32_t)v->n_words++;
}

const ag_word *ag_vocab_word(const ag_vocab *v, uint32_t id)
{
    return v && id > 0 && id < v->n_words ? &v->words[id] : NULL;
}

const char *ag_vocab_text(const ag_vocab *v, uint32_t id)
{
    const ag_word *w = ag_vocab_word(v, id);
    return w ? v->text + w->text : NULL;
}

ag_word *ag_vocab_word_mut(ag_vocab *v, uint32_t id)
{
    return v && id > 0 && id < v->n_words ? &v->words[id] : NULL;
}

/* The bit of class cls in its class word, and which word (0, 1 or 2). */
static uint64_t class_bit(int cls, int *word)
{
    *word = cls >= WCI_WORD3 ? 2 : cls >= WCI_WORD2;
    return (uint64_t)1 << (cls - (*word == 2 ? WCI_WORD3 : *word ? WCI_WORD2 : 0));
}

/* Class word k (0, 1, 2) of a word, of a spelling. */
static uint64_t *word_bits(ag_word *w, int k) { return k == 2 ? &w->cls3 : k ? &w->cls2 : &w->cls; }
static uint64_t *spelling_bits(spelling *p, int k) { return k == 2 ? &p->bits3 : k ? &p->bits2 : &p->bits; }

int ag_vocab_add_class(ag_vocab *v, const char *s, size_t n, int cls)
{
    ag_word *w = ag_vocab_word_mut(v, ag_vocab_add(v, s, n));
    if (!w)
        return -1;
    int word2;
    uint64_t bit = class_bit(cls, &word2);
    *word_bits(w, word2) |= bit;
    return 0;
}

int ag_vocab_add_exact(ag_vocab *v, const char *s, size_t n, int cls)
{
    uint32_t id = ag_vocab_add(v, s, n);
    if (!id)
        return -1;
    int word2;
    uint64_t bit = class_bit(cls, &word2);
    for (uint32_t k = v->words[id].exact; k; k = v->sp[k - 1].next)
        if (v->sp[k - 1].len == n && memcmp(v->text + v->sp[k - 1].text, s, n) == 0) {
            *spelling_bits(&v->sp[k - 1], word2) |= bit;
            return 0;
        }
    if (ag__grow(&v->sp, &v->cap_sp, v->n_sp, sizeof *v->sp, 64))
        return -1;
    spelling *p = &v->sp[v->n_sp];
    if (add_text(v, s, n, &p->text))
        return -1;
    p->len = n;
    p->first = (unsigned char)s[0];
    p->bits = p->bits2 = p->bits3 = 0;
    *spelling_bits(p, word2) = bit;
    p->next = v->words[id].exact;
    ag_word *w = &v->words[id];
    w->exact_first = !p->next || w->exact_first == p->first ? p->first : 0;
    w->exact = (uint32_t)++v->n_sp;
    return 0;
}

void ag_vocab_clear(ag_vocab *v, int cls)
{
    int word2;
    uint64_t bit = class_bit(cls, &word2);
    for (size_t i = 1; i < v->n_words; i++)
        *word_bits(&v->words[i], word2) &= ~bit;
    for (size_t i = 0; i < v->n_sp; i++)
        *spelling_bits(&v->sp[i], word2) &= ~bit;
}

uint64_t ag_vocab_classes(const ag_vocab *v, const char *s, size_t n, uint32_t *id, uint64_t *cls2)
{
    return ag__vocab_classes_of(v, v ? ag_vocab_find(v, s, n) : 0, s, n, id, cls2, NULL);
}

uint64_t ag_vocab_classes3(const ag_vocab *v, const char *s, size_t n, uint32_t *id, uint64_t *cls2, uint64_t *cls3)
{
    return ag__vocab_classes_of(v, v ? ag_vocab_find(v, s, n) : 0, s, n, id, cls2, cls3);
}

uint64_t ag_vocab_classify(const ag_vocab *v, const char *s, size_t n, uint32_t *id)
{
    return ag_vocab_classes(v, s, n, id, NULL);
}

size_t ag_vocab_count(const ag_vocab *v) { return v->n_words - 1; }
