/* mention.c — resolve: finds the actor mentions of a sentence (countries,
 * organizations, agencies, officials with their titles, pronouns, generic
 * descriptions) and maps each to one document actor, so "Erdogan",
 * "Recep Erdogan", "the Turkish president" and "Ankara" land on the actors
 * they mean.  The document actors, person names and the lexicon phrase
 * lookup it builds on are in actors.c; locators and titles are in
 * mention_title.c, officials and their affiliations in mention_person.c. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <stdint.h>
#include <strings.h>

#include "mention_int.h"

/* ---- chunks ---- */

/* The word after a name looks like its verb ("Uganda says", "the OAS
 * issued", "the Council was"), so the name is no mere modifier of it. */
static int verb_like(const xdoc *x, size_t k)
{
    if (x_tok_has(x, k, WC(AUXILIARY) | WC(PRE_VERB) | WC(BE) | WC(HAVE) | WC(MODAL) | WC(SPEECH_VERB) |
                            WC(NEWS_VERB) | WC(REPORT_VERB) | WC(LIGHT_VERB) | WC(NEGATION)))
        return 1;
    const ag_token *t = &x->t.toks[k];
    return t->end - t->start > 3 && x->text[t->end - 2] == 'e' && x->text[t->end - 1] == 'd';
}

/* A stance or meeting form at k after a name makes the name its actor
 * ("China condemned", "Russia talks"); an accord's noun does not: "the
 * Gaza ceasefire", "the Iran agreement" name what it is about. */
static int act_after_name(const xdoc *x, size_t k, size_t end)
{
    return !x_tok_has3(x, k, WC3(ACCORD_NOUN)) && x_match(x, k, end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL);
}

/* Counted in both passes: pass 1 needs them for default affiliations. */
static void count_mention(xdoc *x, int actor, size_t t0, size_t t1, unsigned flags)
{
    x->actors[actor].mentions++;
    /* Places and unnamed officials alone do not make an actor. */
    if (flags & (CH_LOC | CH_NOMINAL))
        x->actors[actor].loc_mentions++;
    else if ((flags & CH_MOD) && !verb_like(x, t1))
        x->actors[actor].mod_mentions++;
    /* "after the Defence Council's decision": the preposition
     * governs the noun, and the name is its possessor. */
    if (t0 > 0 && x_tok_has(x, t0 - 1, WC(PREPOSITION)) && !(flags & CH_POSS))
        x->actors[actor].prep_mentions++;
}

static int push_chunk(xdoc *x, size_t t0, size_t t1, int actor, int sent, unsigned flags)
{
    if (actor < 0)
        return -1;
    if (x->n_chunks == x->cap_chunks) {
        size_t cap = x->cap_chunks ? x->cap_chunks * 2 : 64;
        xchunk *p = realloc(x->chunks, cap * sizeof *p);
        if (!p) {
            x->oom = 1;
            return -1;
        }
        x->chunks = p;
        x->cap_chunks = cap;
    }
    if (t1 < x->t.n_toks && (x_tflags(x, t1) & AG_TOK_POSS))
        flags |= CH_POSS;
    xchunk *c = &x->chunks[x->n_chunks];
    c->t0 = t0;
    c->t1 = t1;
    c->actor = actor;
    c->sent = sent;
    c->flags = flags;
    for (size_t k = t0; k < t1; k++)
        x->tok_chunk[k] = (int)x->n_chunks;
    if (x->actors[actor].kind == AG_ACTOR_COUNTRY) { /* for state_noun_country */
        x->actors[actor].cchunk = (int)x->n_chunks;
        x->actors[actor].cchunk_pass = x->pass;
    }
    x->n_chunks++;
    count_mention(x, actor, t0, t1, flags);
    ag__x_coref_mention(x, actor, t0, t1, flags);
    return 0;
}

int ag__m_formal_state_name(const xdoc *x, size_t k, int c);

/* Does the phrase at k mean the government of a country ("government",
 * "regime", "military junta", "coup leaders")? Returns its length. */
static size_t gov_noun(const xdoc *x, size_t k)
{
    if (x_tok_has2(x, k, WC2(JUNTA_MODIFIER)) && x_tok_has2(x, k + 1, WC2(JUNTA_NOUN)))
        return 2;
    if (x_tok_has2(x, k, WC2(RULER_MODIFIER)) && x_tok_has2(x, k + 1, WC2(RULER_NOUN)))
        return 2;
    return x_tok_has(x, k, WC(GOVERNMENT_NOUN)) ? 1 : 0;
}

/* The lexicon kinds a mention can start with: lower-case words that start
 * only verb or meeting forms ("said", "met") start none. */
#define MENTION_KINDS                                                                                         \
    (KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON) | KIND(AG_LX_AGENCY) | KIND(AG_LX_TITLE) |  \
     KIND(AG_LX_BLOCK))

/* Before a name at j + 1, what a lower-case word at j with no lexicon form
 * of a mention kind can start: a place ("in gulf X": m_place), a
 * mission's head ("embassy", "diplomatic mission": m_mission) or a plural
 * title ("leaders Anthony Albanese": m_person). No other pattern starts at
 * such a word: a locator, agency or title needs a form of a mention kind
 * there, a name or acronym a capital, a pronoun its own class (words that
 * ag__x_mstart_words answers). Most words before a name ("said", "to",
 * "by") are none of these, and every pattern would be tried in vain. */
static int lower_start_before_name(const xdoc *x, size_t j, size_t end)
{
    return x_match(x, j, end, KIND(AG_LX_PLACE), NULL) || x_tok_has2(x, j, WC2(ENVOY_MODIFIER) | WC2(MISSION_NOUN)) ||
           ag__x_plural_title(x, j);
}

/* may_start_mention at a lower-case word that starts a lexicon form (out
 * of line: the word's own flags and classes answer at most words). */
static int may_start_lex(const xdoc *x, size_t j, size_t end)
{
    return x_match(x, j, end, MENTION_KINDS, NULL) || x_tok_has(x, j, WC(HONORIFIC)) ||
           (ag__x_name_token(x, j + 1) && lower_start_before_name(x, j, end));
}

/* Whether a mention can start at token j (before end) with no determiner
 * before it: most words start none, and this says so without trying every
 * pattern of chunk_at. It holds exactly the cases chunk_at handles: a
 * capitalized word (names, titles, "-led"), a particle joined by a hyphen
 * ("al-Assad"), "government", "counterpart", the pronouns, and a lower-case
 * word that starts a lexicon form of a mention kind, is an honorific, or
 * may be a plural title before a name ("leaders Anthony Albanese"). */
static inline int may_start_mention(const xdoc *x, size_t j, size_t end)
{
    uint8_t v = ag__x_mstart_words(x, j);
    return v ? v == 2 : may_start_lex(x, j, end);
}

/* may_start_mention through x->mstart (when the caller made one): its
 * answer depends only on the words and the lexicon (end is always the
 * sentence's end), and both passes ask it at every word. */
static inline int may_start_cached(const xdoc *x, size_t j, size_t end)
{
    /* In locals: a store of a byte may alias x, which would be read again. */
    uint8_t *ms = x->mstart;
    if (!ms)
        return may_start_mention(x, j, end);
    uint8_t v = ms[j];
    if (!v)
        ms[j] = v = may_start_mention(x, j, end) ? 2 : 1;
    return v == 2;
}

/* Where a mention may start: tokens [j, end) of sentence si, after a
 * determiner at i when det. */
typedef struct mspan {
    size_t si, i, j, end;
    int sent, det;
} mspan;

#define NOPE ((size_t)-1)

/* "the Federal Government", "the Union Government": "the", one
 * capitalized word that names nothing, then "Government" and no "of" is
 * the government of the country the text is written from (its dateline),
 * else of the one it names most (none in pass 1: no chunk then). */
static size_t home_government(xdoc *x, const mspan *s)
{
    size_t g = s->j + 1;
    if (!s->det || !x_tok_is(x, s->i, "the") || !(x_tflags(x, s->j) & AG_TOK_CAP) || !(x_tflags(x, g) & AG_TOK_CAP) ||
        !x_tok_has2(x, g, WC2(GOVERNMENT_OF_NOUN)) || x_tok_is(x, g + 1, "of") ||
        x_match(x, s->j, s->end, MENTION_KINDS | KIND(AG_LX_PLACE), NULL))
        return NOPE;
    int c = x->co.dateline >= 0 ? x->co.dateline : x->dominant;
    if (c < 0)
        return NOPE;
    ag__x_add_alias_span(x, c, s->j, g + 1);
    push_chunk(x, s->i, g + 1, c, s->sent, 0);
    return g + 1 - s->i;
}

/* "Government of Mexico", "the government of X". */
static size_t m_government_of(xdoc *x, const mspan *s)
{
    if (x_tok_has2(x, s->j + 1, WC2(GOVERNMENT_OF_NOUN)))
        return home_government(x, s);
    if (x_tok_has2(x, s->j, WC2(GOVERNMENT_OF_NOUN))) {
        /* "the government in Khartoum": a country's government named by
         * its seat (a country or its capital, not a town or a body). */
        int seat = s->det && x_tok_is(x, s->j + 1, "in");
        if (x_tok_is(x, s->j + 1, "of") || seat) {
            size_t q = s->j + 2;
            if (x_tok_is(x, q, "the"))
                q++;
            loc L = {-1, 0, 0, 0};
            /* Not an adjective: "the regime of Venezuelan President X" is
             * the ruler's (rule_noun), not a name of the country's. */
            if (parse_locator(x, q, s->end, &L) && !L.is_org && L.form != AG_FORM_ADJ &&
                (!seat || x->actors[L.actor].kind == AG_ACTOR_COUNTRY)) {
                ag__x_add_alias_span(x, L.actor, s->j, L.end);
                push_chunk(x, s->i, L.end, L.actor, s->sent, 0);
                return L.end - s->i;
            }
        }
        int g = -1;
        size_t m = (x_tflags(x, s->j) & AG_TOK_CAP)
                       ? ag__x_gov_name_at(x, s->j, s->end, ag__m_bare_agency_country(x, s->j), &g)
                       : 0;
        if (m) {
            push_chunk(x, s->i, s->j + m, g, s->sent, 0);
            return s->j + m - s->i;
        }
    }
    return NOPE;
}

/* "Kenyan Army Chief X", "the Nigerian Military Spokesman X": a
 * government noun (an army's, ruled the country's own) that opens a
 * title is that title's word; the official is the country's (corpus
 * pc-124: the chief of an army goes to its country). */
static int army_title(xdoc *x, size_t k, size_t end)
{
    return x_tok_has(x, k, WC(GOVERNMENT_NOUN)) && x_match(x, k, end, KIND(AG_LX_TITLE), NULL) > 1;
}

/* "the Syrian government", "Myanmar's military junta", "Saudi forces";
 * of a body its members: "Taliban officials", "Hamas leaders". */
static size_t m_government_noun(xdoc *x, const mspan *s)
{
    loc G = {-1, 0, 0, 0};
    if (parse_locator(x, s->j, s->end, &G) && G.form != AG_FORM_DEMONYM) {
        size_t g = gov_noun(x, G.end);
        if (g && !army_title(x, G.end + g - 1, s->end)) {
            ag__x_add_alias_span(x, G.actor, s->j, G.end + g);
            push_chunk(x, s->i, G.end + g, G.actor, s->sent, 0);
            return G.end + g - s->i;
        }
    }
    return NOPE;
}

/* Phrases that hold a name but are no actor: "Latin American". */
static size_t m_not_actor(xdoc *x, const mspan *s)
{
    size_t b = x_match(x, s->j, s->end, KIND(AG_LX_BLOCK), NULL);
    if (b && b >= x_match(x, s->j, s->end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON), NULL))
        return s->j + b - s->i;
    return NOPE;
}

/* A city the lexicon knows ("in Sochi", "New York condemned"): a place,
 * never an actor, so its words start no mention. Not before a capitalized
 * word that is no title ("New York Times"; "Los Angeles Mayor X" is one),
 * nor when a person of the document bears the name ("Medina said"). */
static size_t m_place_at(xdoc *x, const mspan *s)
{
    size_t n = x_match(x, s->j, s->end, KIND(AG_LX_PLACE), NULL), k = s->j + n, m = 0;
    if (!n || n < x_match(x, s->j, s->end, MENTION_KINDS, NULL) ||
        (k < s->end && (x_tflags(x, k) & AG_TOK_CAP) && !x_match(x, k, s->end, KIND(AG_LX_TITLE), NULL)))
        return NOPE;
    char w[128];
    if (n == 1 && ag__x_phrase(x, s->j, k, w, sizeof w)) {
        ag__x_index_all(x, &(xkey){XI_SUR, w, 0, 0}, &m);
        if (!m)
            ag__x_index_all(x, &(xkey){XI_SUR, w, 1, 0}, &m);
    }
    return m ? NOPE : k - s->i;
}

/* m_place, whose first test (a place's lexicon form at j) is made here:
 * asked at most words after "the", and most have none. */
static inline size_t m_place(xdoc *x, const mspan *s)
{
    if (s->j < s->end && s->j < x->t.n_toks && !(x->mkinds[s->j] & KIND(AG_LX_PLACE)))
        return NOPE;
    return m_place_at(x, s);
}

/* "the ministry", "the parliament": the last agency or organization
 * whose name has that word. */
static inline size_t m_agency_head(xdoc *x, const mspan *s)
{
    if (s->det && x_tok_is(x, s->i, "the")) {
        int a = ag__x_coref_head(x, s->j);
        if (a >= 0) {
            push_chunk(x, s->i, s->j + 1, a, s->sent, 0);
            return s->j + 1 - s->i;
        }
    }
    return NOPE;
}

/* The phrase hash of "<the word at k> of". */
static uint64_t formal_prefix(const xdoc *x, size_t k)
{
    uint64_t h = ag__lx_phrase_step(AG_LX_PH0, x->t.toks[k].word);
    return ag__lx_phrase_step(h, ag_vocab_find(ag_lexicon_vocab(x->lx), "of", 2));
}

/* 1 if the phrase hashed h (formal_prefix) and country c's name is a
 * lexicon form. */
static int formal_name_after(const xdoc *x, uint64_t h, int c)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    for (const char *p = x->actors[c].name; *p;) {
        size_t n = strcspn(p, " ");
        uint32_t id = ag_vocab_find(v, p, n);
        if (!id)
            return 0;
        h = ag__lx_phrase_step(h, id);
        p += n + (p[n] == ' ');
    }
    return (ag__lx_phrases_flags(ag__lx_phrases(x->lx), h) & AG_LX_PH_FORM) != 0;
}

/* 1 if "<the state noun at k> of <country c's name>" is a lexicon form
 * ("Kingdom of Saudi Arabia", "Republic of Korea"). */
int ag__m_formal_state_name(const xdoc *x, size_t k, int c)
{
    return formal_name_after(x, formal_prefix(x, k), c);
}

/* "the kingdom" after Saudi Arabia and Canada: the sentence's subject
 * country if its formal name is "Kingdom of <name>", else the latest country
 * named whose formal name is that, else the country last spoken of (or the
 * subject). Each country's latest chunk is at hand (xactor.cchunk): the document's
 * countries are asked, not its chunks. */
static int state_noun_country(xdoc *x, size_t k)
{
    /* "Qatar is engaging with Hamas and Israel ..., the Gulf state's
     * spokesperson said": within its antecedent's sentence the noun stands
     * for the subject, not for the country named last. */
    size_t sc = ag__m_sentence_first_chunk(x);
    const xchunk *ch = sc < x->n_chunks ? &x->chunks[sc] : NULL;
    int subj = ch && !(ch->flags & (CH_LOC | CH_ADJ)) && x->actors[ch->actor].kind == AG_ACTOR_COUNTRY ? ch->actor : -1;
    uint64_t h = formal_prefix(x, k);
    if (subj >= 0 && formal_name_after(x, h, subj))
        return subj;
    int latest = -1;
    for (size_t q = 0; q < x->n_countries; q++) {
        int a = x->countries[q];
        if (x->actors[a].kind != AG_ACTOR_COUNTRY || !formal_name_after(x, h, a))
            continue;
        const xactor *c = &x->actors[a];
        if (c->cchunk_pass == x->pass && (size_t)c->cchunk < x->n_chunks && c->cchunk > latest)
            latest = c->cchunk;
    }
    return latest >= 0 ? x->chunks[latest].actor : subj >= 0 ? subj : x->co.country;
}

/* "Sheikh X expressed his country's solidarity": the country of the
 * person the possessive stands for holds what the noun after it names
 * (corpus guide 10); NOPE if that is not so. */
static size_t owned_state_noun(xdoc *x, const mspan *s)
{
    if (!s->det || x_tok_is(x, s->i, "the") || !x_tok_has(x, s->j, WC(STATE_NOUN)) ||
        !(x_tflags(x, s->j + 1) & AG_TOK_POSS))
        return NOPE;
    int who = ag__x_coref_possessor(x, s->i);
    int r = who >= 0 ? ag__x_root(x, who) : -1;
    if (r < 0 || r == who || x->actors[who].kind != AG_ACTOR_PERSON || x->actors[r].kind != AG_ACTOR_COUNTRY)
        return NOPE;
    push_chunk(x, s->i, s->j + 1, r, s->sent, 0);
    return s->j + 1 - s->i;
}

/* "the regional bloc": the latest organization named that belongs to no
 * country (an international one), or -1. Rare: the chunks are walked back. */
static int latest_bloc(const xdoc *x)
{
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if (ch->actor < 0 || (ch->flags & (CH_LOC | CH_PRON)) || x->actors[ch->actor].kind != AG_ACTOR_ORGANIZATION)
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY)
            return r >= 0 ? r : ch->actor;
    }
    return -1;
}

/* The country of the latest regime the text named with its owner ("Kim
 * Jong Un's regime", "the Assad regime", "the Syrian regime", or "the
 * regime" resolved before), or -1. Rare: the chunks are walked back. */
static int latest_regime(const xdoc *x)
{
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if (ch->actor < 0 || (ch->flags & CH_LOC))
            continue;
        size_t j = ch->t1;
        if (j < x->t.n_toks && (x_tflags(x, j) & AG_TOK_POSS))
            j++;
        if (!x_tok_has3(x, ch->t1 - 1, WC3(REGIME_NOUN)) && (j >= x->t.n_toks || !x_tok_has3(x, j, WC3(REGIME_NOUN))))
            continue;
        int r = ag__x_root(x, ch->actor);
        return r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY ? r : -1;
    }
    return -1;
}

/* "The regime threatened ...", "a spokesman for the regime": the country
 * of the last regime named with its owner (a text calls its adversary so,
 * not the country it sides with), else the country that last acted as a
 * subject, else the one last spoken of; -1 after a verb or another
 * preposition ("engage with the regime"), where the noun may stand for a
 * country the text named long before. */
static int regime_country(const xdoc *x, const mspan *s)
{
    size_t i = s->i, first = x->t.sents[s->sent].tok_start;
    /* "the Arakan Army and the junta agreed": joined to a mention, as one
     * of the parties. */
    int joined = i > first + 1 && x_tok_is(x, i - 1, "and") && x->tok_chunk[i - 2] >= 0;
    if (i > first && (x_tflags(x, i - 1) & AG_TOK_WORD) && !joined &&
        !((x_tok_is(x, i - 1, "for") || x_tok_is(x, i - 1, "of")) && i - 1 > first &&
          x_tok_has(x, i - 2, WC(OFFICIAL_NOUN))))
        return -1;
    int r = latest_regime(x);
    if (r >= 0)
        return r;
    r = x->co.subject >= 0 ? ag__x_root(x, x->co.subject) : -1;
    return r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY ? r : x->co.country;
}

/* The noun of "the South Pacific nation", "the regional bloc" or "the
 * isolated regime" at k, after only descriptive words from s->j: 1 a state
 * noun, 2 a bloc noun, 3 a regime noun; 0 if not one here, -1 if other
 * words come before it. A bloc noun may take "of" ("the continental bloc
 * of African states"). */
static int described_noun_at(const xdoc *x, const mspan *s, size_t k)
{
    int kind = x_tok_has(x, k, WC(STATE_NOUN))         ? 1
               : x_tok_has3(x, k, WC3(BLOC_NOUN))   ? 2
               : x_tok_has3(x, k, WC3(REGIME_NOUN)) ? 3
                                                    : 0;
    if (!kind || (x_tflags(x, k + 1) & AG_TOK_CAP) || (kind != 2 && x_tok_is(x, k + 1, "of")))
        return 0;
    /* "of the Alliance", "the Regime": a name's word, not a description. */
    if (kind > 1 && (x_tflags(x, k) & AG_TOK_CAP))
        return 0;
    /* Only descriptive words before the noun: "South Pacific", "small", "Gulf"
     * ("The envoys met junta member X": a meeting verb ends a regime's
     * phrase; "the Secretary of State" is a title; "the United Kingdom",
     * "the Czech Republic": a lexicon name takes the noun in). */
    for (size_t q = s->j; q < k; q++)
        if (!(x_tflags(x, q) & AG_TOK_WORD) || x->tok_chunk[q] >= 0 || x_tok_has(x, q, WC(PREPOSITION)) ||
            x_match(x, q, k + 1, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_VERB) | (kind == 3 ? KIND(AG_LX_MEET) : 0), NULL))
            return -1;
    return kind;
}

/* "the South Pacific nation", "the Gulf state": the country last spoken of;
 * "the bloc", "the Western alliance": the international organization;
 * "the regime": the country acting. */
static size_t m_state_noun(xdoc *x, const mspan *s)
{
    size_t n = owned_state_noun(x, s);
    if (n != NOPE)
        return n;
    if (!s->det || !x_tok_is(x, s->i, "the"))
        return NOPE;
    /* x->sent_cls: a sentence without a state noun (most) has none in [j, end). */
    int states = (x->sent_cls & WC(STATE_NOUN)) && x->co.country >= 0;
    if (!states && !(x->sent_cls3 & (WC3(BLOC_NOUN) | WC3(REGIME_NOUN))))
        return NOPE;
    for (size_t k = s->j; k < s->end && k < s->j + 4; k++) {
        if (!(x_tflags(x, k) & AG_TOK_WORD))
            break;
        if (!(states && x_tok_has(x, k, WC(STATE_NOUN))) && !x_tok_has3(x, k, WC3(BLOC_NOUN) | WC3(REGIME_NOUN)))
            continue;
        int kind = described_noun_at(x, s, k);
        if (!kind)
            continue;
        int a = kind == 1   ? state_noun_country(x, k)
                : kind == 2 ? latest_bloc(x)
                : kind == 3 ? regime_country(x, s)
                            : -1;
        if (a < 0)
            return NOPE;
        push_chunk(x, s->i, k + 1, a, s->sent, 0);
        return k + 1 - s->i;
    }
    return NOPE;
}

/* "the Saudi-led coalition": a coalition under a country. */
static size_t m_led_coalition(xdoc *x, const mspan *s)
{
    const char *w = x->text + x->t.toks[s->j].start;
    size_t wl = x->t.toks[s->j].end - x->t.toks[s->j].start;
    /* A word holds a '-' only with AG_TOK_HYPHEN: most words are told by their flags. */
    unsigned f = x_tflags(x, s->j);
    if ((f & AG_TOK_HYPHEN) && wl > 4 && wl < 64 && (f & AG_TOK_CAP) && x_tok_has(x, s->j + 1, WC(FORCE_NOUN))) {
        size_t pl = wl - 1; /* the last hyphen: "led" of "Saudi-led" is a lead_participle */
        while (pl > 0 && w[pl] != '-')
            pl--;
        uint64_t c2 = 0;
        if (pl > 0)
            ag_vocab_classes(ag_lexicon_vocab(x->lx), w + pl + 1, wl - pl - 1, NULL, &c2);
        if (!(c2 & WC2(LEAD_PARTICIPLE)))
            return NOPE;
        char pre[64];
        memcpy(pre, w, pl);
        pre[pl] = '\0';
        ag_lx_hit h[4];
        size_t n = ag_lexicon_lookup(x->lx, pre, h, 4);
        const ag_lx_entry *e = n ? ag_lexicon_entry(x->lx, h[0].entry) : NULL;
        if (e && e->kind == AG_LX_COUNTRY) {
            int country = ag__x_actor_for_lex(x, h[0].entry, 0);
            char *name = ag__x_surface(x, s->j, s->j + 2);
            int a = name ? ag__x_find_actor_name(x, name) : -1;
            if (name && a < 0 && country >= 0) {
                a = ag__x_actor_new(x, name, AG_ACTOR_ORGANIZATION, NULL, -1);
                if (a >= 0) {
                    ag__x_set_affil(x, a, country);
                    x->actors[a].role = "MIL";
                    if (x->actors[country].code)
                        x->actors[a].code = ag_arena_printf(x->doc->arena, "%sMIL", x->actors[country].code);
                }
            }
            if (a >= 0) {
                push_chunk(x, s->i, s->j + 2, a, s->sent, 0);
                return s->j + 2 - s->i;
            }
        }
    }
    return NOPE;
}

/* Agencies: "Turkey's Intelligence Agency", "the Syrian Foreign
 * Ministry", "Ministry of Foreign Affairs of Brazil", "the ministry". */
static size_t m_agency(xdoc *x, const mspan *s)
{
    int ag = -1;
    size_t m = parse_agency(x, s->j, s->end, &ag);
    if (m && !army_title(x, s->j + m - 1, s->end)) {
        /* An agency followed by a name is a title ("Head of ..."), handled below. */
        title T;
        if (!ag__m_parse_title(x, s->j, s->end, 1, &T)) {
            /* "Chinese Foreign Ministry spokesperson Wang Wenbin": an
             * official of the agency. */
            title Ta;
            if (ag__m_parse_title(x, s->j + m, s->end, 1, &Ta)) {
                size_t stop = 0;
                int p = ag__m_person_after_title(x, s->j + m, s->end, &Ta, ag, &stop);
                if (p >= 0) {
                    ag__x_add_alias_span(x, ag, s->j, s->j + m);
                    x->actors[ag].mentions++;
                    ag__m_title_count(x, &Ta, stop);
                    push_chunk(x, s->i, stop, p, s->sent, 0);
                    return stop - s->i;
                }
            }
            /* "Russian intelligence chiefs": officials of the agency. */
            if (x_tok_has(x, s->j + m, WC(OFFICIAL_NOUN))) {
                push_chunk(x, s->i, s->j + m + 1, ag, s->sent, CH_NOMINAL);
                return s->j + m + 1 - s->i;
            }
            /* "talks at the Foreign Ministry in Kabul": a venue, a place. */
            unsigned fl = s->i > 0 && ag__m_venue_prep(x, s->i - 1) ? CH_LOC : 0;
            ag__x_add_alias_span(x, ag, s->j, s->j + m);
            push_chunk(x, s->i, s->j + m, ag, s->sent, fl);
            return s->j + m - s->i;
        }
    }
    return NOPE;
}

/* A date or time word between a subject and its verb ("on Friday", "last
 * week", "June 5"). */
static int time_filler(const xdoc *x, size_t k)
{
    return x_tok_has(x, k, WC(TIME_ADVERB) | WC(WEEKDAY) | WC(MONTH)) || (x_tflags(x, k) & AG_TOK_DIGIT) ||
           (k > 0 && x_tok_has(x, k - 1, WC(TIME_ADVERB)) && !verb_like(x, k)) ||
           (x_tok_is(x, k, "on") && x_tok_has(x, k + 1, WC(WEEKDAY) | WC(MONTH)));
}

/* A mission [s->i, k) that opens its clause (after a date: "On Friday the
 * embassy said") and is followed by a verb of speech or stance ("The US
 * embassy in Conakry on Friday stated", "the Japanese embassy expressed
 * hope"): it acts. Other verbs do not make it one ("the embassy received
 * a note" is told of the country's mission as a place). */
static int mission_acts(const xdoc *x, const mspan *s, size_t k)
{
    size_t lo = x->t.sents[s->si].tok_start;
    if (s->i > lo && !x_tok_is(x, s->i - 1, ",") && !time_filler(x, s->i - 1))
        return 0;
    for (size_t n = 0; n < 3 && k < s->end && time_filler(x, k); n++)
        k++;
    return k < s->end && (x_tok_has(x, k, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB)) ||
                          x_tok_has2(x, k, WC2(EXPRESSION_VERB)) || x_match(x, k, s->end, KIND(AG_LX_VERB), NULL));
}

/* "a Japanese embassy official, X": an indefinite mission named by its
 * country (m words at s->j) whose member follows is that country's mission,
 * the official's employer (README: an agency named in an official's title
 * is required), as "the Japanese embassy's official" would be; "an embassy
 * official" names no mission. */
static int indefinite_named_mission(xdoc *x, const mspan *s, size_t m)
{
    int a = -1;
    return (x_tok_is(x, s->i, "a") || x_tok_is(x, s->i, "an")) && ag__x_mission_at(x, s->j, s->end, 0, &a) == m;
}

/* "the Chinese Embassy's statement", "a statement of the Russian Embassy"
 * (mission [s->i, k)): the mission speaks in its own name, so it acts
 * (README: a body that speaks is required), whatever verb follows. */
static int mission_speaks(const xdoc *x, const mspan *s, size_t k)
{
    if (k + 1 < s->end && (x_tflags(x, k) & AG_TOK_POSS) && x_tok_has2(x, k + 1, WC2(UTTERANCE_NOUN)))
        return 1;
    size_t lo = x->t.sents[s->si].tok_start;
    return s->i >= lo + 2 && (x_tok_is(x, s->i - 1, "of") || x_tok_is(x, s->i - 1, "by")) &&
           x_tok_has2(x, s->i - 2, WC2(UTTERANCE_NOUN));
}

/* A diplomatic mission (mission.c) the document has, or one that acts
 * here; "the Embassy" is the latest one. Any other mission is left to
 * the patterns below (its country's adjective, a place). */
static size_t m_mission(xdoc *x, const mspan *s)
{
    if (!(x->sent_cls2 & (WC2(MISSION_NOUN) | WC2(MISSION_HEAD))))
        return NOPE; /* most sentences name no mission */
    int a = -1;
    size_t m = ag__x_mission_ref(x, s->j, s->end, s->det != 0, &a);
    if (!m)
        return NOPE;
    size_t k = s->j + m;
    /* "the Chinese Embassy spokesperson Li Wei": a named member of the
     * mission ("the Spanish Consulate General in ..." names none). */
    title Ta;
    size_t n0 = 0;
    int member = (!s->det || x_tok_is(x, s->i, "the") || indefinite_named_mission(x, s, m)) &&
                 ag__m_parse_title(x, k, s->end, 1, &Ta) && Ta.of_actor < 0;
    if (member) {
        size_t n_at = (Ta.name_at ? Ta.name_at : Ta.end);
        n_at += x_tok_is(x, n_at, ",");
        member = ag__x_scan_name(x, n_at, s->end, &n0) && n0 == n_at;
    }
    if (x->actors[a].kind == AG_ACTOR_COUNTRY && (member || mission_acts(x, s, k) || mission_speaks(x, s, k)))
        ag__x_mission_at(x, s->j, s->end, 1, &a);
    if (x->actors[a].kind == AG_ACTOR_COUNTRY)
        return NOPE;
    size_t stop = 0;
    int p = member ? ag__m_person_after_title(x, k, s->end, &Ta, a, &stop) : -1;
    if (p >= 0) {
        x->actors[a].mentions++;
        ag__m_title_count(x, &Ta, stop);
        push_chunk(x, s->i, stop, p, s->sent, 0);
        return stop - s->i;
    }
    unsigned fl = s->i > 0 && ag__m_venue_prep(x, s->i - 1) ? CH_LOC : 0;
    push_chunk(x, s->i, k, a, s->sent, fl);
    return k - s->i;
}

/* "the East Africa Community (EAC)": capitalized words whose initials spell
 * the known acronym in brackets after them are a spelling of that body the
 * lexicon lacks, not a place or a person. */
static size_t m_spelled_acronym(xdoc *x, const mspan *s)
{
    /* The acronym is a word in capitals, at most two past the sentence. */
    if (!(x->sent_flags & AG_TOK_UPPER))
        return NOPE;
    char ini[12];
    size_t ni = 0, k = s->j;
    for (; k < s->end && ni < sizeof ini; k++) {
        unsigned f = x_tflags(x, k);
        if ((f & AG_TOK_WORD) && (f & AG_TOK_CAP))
            ini[ni++] = x->text[x->t.toks[k].start];
        else if (!ni || !x_tok_has2(x, k, WC2(NAME_LOWER_WORD)))
            break;
    }
    if (ni < 2 || !x_tok_is(x, k, "(") || !x_tok_is(x, k + 2, ")") || !(x_tflags(x, k + 1) & AG_TOK_UPPER))
        return NOPE;
    const ag_token *t = &x->t.toks[k + 1];
    if (t->end - t->start != ni || strncasecmp(x->text + t->start, ini, ni) != 0)
        return NOPE;
    ag_lx_hit h;
    if (x_match(x, s->j, k, KIND(AG_LX_ORG) | KIND(AG_LX_COUNTRY), NULL) == k - s->j ||
        x_match(x, k + 1, k + 2, KIND(AG_LX_ORG) | KIND(AG_LX_COUNTRY), &h) != 1)
        return NOPE;
    int a = ag__x_actor_for_lex(x, h.entry, 0);
    if (a < 0)
        return NOPE;
    ag__x_add_alias_span(x, a, s->j, k);
    push_chunk(x, s->i, k + 3, a, s->sent, 0);
    return k + 3 - s->i;
}

/* ag__x_org_at, whose "none" is kept in x->tknown: both passes ask it at
 * the same words, and it finds none from the words and the lexicon alone
 * (capitals, a head noun, the lexicon's forms); the document's actors
 * only tell which body a name it found is. */
static size_t org_at(xdoc *x, size_t j, size_t end, int *og)
{
    uint8_t *known = known_at(x, j, end);
    if (known && (*known & XT_NO_ORG))
        return 0;
    size_t m = ag__x_org_at(x, j, end, og);
    if (!m && known)
        *known |= XT_NO_ORG;
    return m;
}

/* Organizations the lexicon does not know (orgname.c), and acronyms
 * the text defined for one (resolve.c). */
static size_t m_unknown_org(xdoc *x, const mspan *s)
{
    int og = ag__x_coref_acronym(x, s->j);
    /* A new name ends in a head noun ("Council"), which most sentences lack. */
    size_t m = og >= 0 ? 1 : (x->sent_cls & WC(ORG_HEAD)) ? org_at(x, s->j, s->end, &og) : 0;
    if (!m)
        return NOPE;
    push_chunk(x, s->i, s->j + m, og, s->sent, 0);
    return s->j + m - s->i;
}

/* "a Japanese embassy official X", "a Russian defence ministry official
 * Y": the unit words (at most two) between a country's locator and a
 * title at k that is no title itself; 0 if none or no title follows. */
static size_t unit_words(xdoc *x, size_t k, size_t end)
{
    title T;
    size_t n = 0;
    while (n < 2 && k + n < end && x_tok_has2(x, k + n, WC2(UNIT_MODIFIER)) && !ag__m_parse_title(x, k + n, end, 1, &T))
        n++;
    return n && k + n < end && ag__m_parse_title(x, k + n, end, 1, &T) ? n : 0;
}

/* "his Russian and Chinese counterparts, A and B (respectively)": the
 * two nationalities go to the two names in order. L: the first locator
 * (at s->j). The span's length, or NOPE. */
/* "Azerbaijani and Armenian Foreign Ministers A and B": a plural title
 * of at most three words (its last one plural: "Foreign Ministers",
 * "foreign ministers") at k, an optional comma, then the first name; its
 * person (stop: the token after the name), or -1. */
static int plural_titled(xdoc *x, size_t k, size_t end, size_t *stop)
{
    size_t q = k, n0;
    while (q < end && q < k + 3 && !ag__x_plural_title(x, q) && (x_tflags(x, q) & AG_TOK_WORD))
        q++;
    if (q >= end || !ag__x_plural_title(x, q))
        return -1;
    q += 1 + (x_tok_is(x, q + 1, ",") ? 1 : 0);
    size_t nl = ag__x_scan_name(x, q, end, &n0);
    int p = nl && n0 == q ? ag__x_person_for_name(x, n0, n0 + nl, 1) : -1;
    if (p >= 0) {
        ag__x_add_alias_span(x, p, n0, n0 + nl);
        *stop = n0 + nl;
    }
    return p;
}

static size_t m_paired_titled(xdoc *x, const mspan *s, const loc *L)
{
    loc L2 = {-1, 0, 0, 0};
    title T;
    if (L->is_org || L->form != AG_FORM_ADJ || !x_tok_and(x, L->end) ||
        !parse_locator(x, L->end + 1, s->end, &L2) || L2.is_org || L2.form != AG_FORM_ADJ || L2.actor == L->actor)
        return NOPE;
    size_t stop = 0, n0;
    int titled = ag__m_parse_title(x, L2.end, s->end, 1, &T);
    int a = titled ? ag__m_person_after_title(x, s->i, s->end, &T, L->actor, &stop)
                   : plural_titled(x, L2.end, s->end, &stop);
    size_t nl = a >= 0 && x_tok_and(x, stop) ? ag__x_scan_name(x, stop + 1, s->end, &n0) : 0;
    int b = nl && n0 == stop + 1 ? ag__x_person_for_name(x, n0, n0 + nl, 1) : -1;
    if (a < 0)
        return NOPE;
    if (titled)
        ag__m_title_count(x, &T, stop);
    ag__x_bind_affil(x, a, L->actor);
    x->actors[L->actor].mentions++;
    if (!titled)
        ag__x_person_code(x, a, NULL);
    push_chunk(x, s->i, stop, a, s->sent, 0);
    if (b < 0 || b == a)
        return stop - s->i;
    ag__x_bind_affil(x, b, L2.actor);
    x->actors[L2.actor].mentions++;
    ag__x_person_code(x, b, NULL);
    ag__x_add_alias_span(x, b, n0, n0 + nl);
    push_chunk(x, n0, n0 + nl, b, s->sent, 0);
    return n0 + nl - s->i;
}

/* The end of the words an unresolved title skips: "its ambassador to
 * Kenya" stops before "to", so the host country after it is a mention of
 * its own ("recalled its ambassador to Kenya": the recall's target). */
static size_t unresolved_envoy_end(const xdoc *x, const title *T, size_t i)
{
    if (!ag__x_envoy_title(x, T->key)) /* "ambassador", "high commissioner" */
        return T->end;
    for (size_t k = i + 1; k + 1 < T->end; k++)
        if (x_tok_is(x, k, "to") && (x_tflags(x, k + 1) & AG_TOK_CAP))
            return k;
    return T->end;
}

/* "Foreign Ministry spokesperson X" with no country: the spokesperson
 * speaks for the agency of the country in focus (parse_agency); its
 * length, 0 when the title is no agency's voice. */
static size_t voiced_agency(xdoc *x, const mspan *s, const title *T, int *ag)
{
    if (T->end <= s->j + 1 || !x_tok_has(x, T->end - 1, WC(VOICE_NOUN)) || !(x_tflags(x, s->j) & AG_TOK_CAP))
        return 0;
    return ag__m_parse_agency(x, s->j, s->end, ag);
}

/* Locator, then title, then name: "Turkish Defense Minister Hulusi
 * Akar", "UNICEF's Niger representative, Stefano Savi", "Head of
 * Turkey's Intelligence Agency Hakan Fidan", "his Syrian counterpart". */
/* "The former foreign minister ... met foreign minister X": a person
 * this pass has not named yet whose surname comes later in this sentence
 * (after token k, not in apposition) is another holder of the title, not the one the
 * description refers back to (pass 1 learnt him from that later name). */
static int named_later_here(const xdoc *x, int q, size_t k, size_t end)
{
    const xactor *a = &x->actors[q];
    if (x->pass != 2 || a->mentions || !a->surname || x_tok_is(x, k, ","))
        return 0; /* "Secretary of Economy, X": the name in apposition is his */
    size_t n = strlen(a->surname);
    for (; k < end; k++)
        if (x_tok_eq(x, k, a->surname, n))
            return 1;
    return 0;
}

/* "Minister X urged Seoul to act, during talks with South Korea's top
 * diplomat", "She held talks with the Turkish president": a description
 * after "with" is the partner of the clause's subject, so not a person
 * this sentence has already named (however his guessed country matches);
 * the one the sentence named last, for a pronoun subject, is its
 * referent. */
static int partner_named_here(const xdoc *x, int q, const mspan *s)
{
    if (s->i <= x->t.sents[s->si].tok_start || !x_tok_is(x, s->i - 1, "with"))
        return 0;
    for (size_t c = x->n_chunks; c-- > 0 && x->chunks[c].sent == s->sent;)
        if (x->chunks[c].actor == q)
            return 1;
    return 0;
}

/* "X met Y. The 73-year-old former foreign minister from Laos also met
 * Z": a description that opens the sentence with "the" and a
 * title_modifier ("former") before a title no one named holds refers back
 * to the person the last sentence was about; -1 if none. */
static int former_subject(const xdoc *x, const mspan *s, const title *T)
{
    size_t lo = x->t.sents[s->si].tok_start;
    int p = x->co.subject;
    if (p < 0 || x->actors[p].kind != AG_ACTOR_PERSON || !x_tok_is(x, lo, "the") || T->start > lo + 6)
        return -1;
    for (size_t k = lo + 1; k < T->start; k++)
        if (x_tok_has2(x, k, WC2(TITLE_MODIFIER)))
            return p;
    return -1;
}

/* "the former foreign minister from Laos": "from" and a country after a
 * described person are part of the mention (the person's origin, not
 * another party); their length, or 0. */
static size_t from_country(xdoc *x, int q, size_t k, size_t end)
{
    loc L = {-1, 0, 0, 0};
    if (!x_tok_is(x, k, "from") || !parse_locator(x, k + 1, end, &L) || L.is_org ||
        x->actors[L.actor].kind != AG_ACTOR_COUNTRY || (x_tflags(x, L.end - 1) & AG_TOK_POSS))
        return 0;
    if (x->actors[q].affil < 0)
        ag__x_set_affil(x, q, L.actor);
    x->actors[L.actor].mentions++;
    return L.end - k;
}

static size_t m_titled(xdoc *x, const mspan *s, loc *Lp, int *has_loc_out)
{
    loc L = {-1, 0, 0, 0};
    int has_loc = parse_locator(x, s->j, s->end, &L);
    *Lp = L;
    *has_loc_out = has_loc;
    size_t paired = has_loc ? m_paired_titled(x, s, &L) : NOPE;
    if (paired != NOPE)
        return paired;
    size_t tj = has_loc ? L.end : s->j;
    loc L2 = {-1, 0, 0, 0};
    int l2 = has_loc && parse_locator(x, tj, s->end, &L2);
    /* "met at Carthage Palace Algerian Foreign Minister X": a place by its
     * name (no possessive), then another country's adjective: the place
     * is an adjunct and the title is that country's. */
    if (l2 && !L.is_org && !L2.is_org && L.form != AG_FORM_ADJ && L2.form == AG_FORM_ADJ &&
        !(x_tflags(x, L.end - 1) & AG_TOK_POSS) && ag__x_root(x, L.actor) != ag__x_root(x, L2.actor))
        return NOPE;
    if (l2 && (L2.form == AG_FORM_ADJ || L.is_org) && !L2.is_org)
        tj = L2.end; /* "UNICEF's Niger representative" */
    else if (has_loc && (x_tflags(x, L.end - 1) & AG_TOK_POSS) && x_tok_has2(x, tj, WC2(NEW_MODIFIER)))
        tj++; /* "Australia's new foreign minister" */
    title T;
    if (has_loc && !L.is_org)
        tj += unit_words(x, tj, s->end);
    if (ag__m_parse_title(x, tj, s->end, 1, &T)) {
        size_t stop = 0;
        /* "Foreign Office Spokesperson X": an organization's name that is
         * also an agency type is the agency of the country in context (the
         * lexicon's body only when that country is its). */
        int ag = -1;
        size_t am = has_loc && L.is_org && x_match(x, s->j, s->end, KIND(AG_LX_AGENCY), NULL) == L.end - s->j
                        ? voiced_agency(x, s, &T, &ag)
                        : 0;
        int typed = am && ag >= 0;
        int p = ag__m_person_after_title(x, s->i, s->end, &T, typed ? ag : has_loc ? L.actor : -1, &stop);
        if (p >= 0) {
            ag__m_title_count(x, &T, stop);
            /* "Chinese Foreign Ministry Spokesperson X": the title names
             * the agency the official speaks for. */
            if (!typed)
                am = has_loc ? (!L.is_org && !army_title(x, L.end, s->end) ? ag__m_parse_agency(x, s->j, s->end, &ag) : 0)
                             : voiced_agency(x, s, &T, &ag);
            if (am && s->j + am <= T.end && ag >= 0) {
                ag__x_set_affil(x, p, ag);
                x->actors[ag].mentions++;
                ag__x_add_alias_span(x, ag, s->j, s->j + am);
            }
            if (has_loc && !typed) {
                /* The title's country or organization is named too. */
                size_t le = L.end;
                if (x_tflags(x, le - 1) & AG_TOK_POSS)
                    le--;
                ag__x_add_alias_span(x, L.actor, s->j, le);
                x->actors[L.actor].mentions++;
            }
            /* "Admiral Ali Shamkhani, Secretary of Iran's Supreme National
             * Security Council": the apposition binds the person. */
            size_t app = ag__m_appositive(x, stop, s->end, p, 1);
            push_chunk(x, s->i, stop + app, p, s->sent, 0);
            return stop + app - s->i;
        }
        /* No name: "the Turkish president", "Australia's foreign minister";
         * initials only after a determiner or as a possessive ("the FM",
         * "PM's aide"; not "Capital FM"). */
        if ((T.e || T.counterpart) && !(ag__m_abbreviated(&T) && !s->det && !(x_tflags(x, T.end) & AG_TOK_POSS))) {
            int country = has_loc ? L.actor : T.of_actor;
            int q = ag__m_person_by_title(x, &T, country, x->co.person == -1 ? -1 : (T.counterpart ? x->co.person : -1));
            if (q >= 0 && (named_later_here(x, q, T.end, s->end) || partner_named_here(x, q, s)))
                q = -1;
            if (q < 0 && !T.counterpart)
                q = former_subject(x, s, &T);
            if (q >= 0) {
                ag__m_title_count(x, &T, T.end);
                size_t e = T.end + from_country(x, q, T.end, s->end);
                push_chunk(x, s->i, e, q, s->sent, CH_NOMINAL);
                return e - s->i;
            }
            if (country >= 0 && !T.counterpart) {
                /* An official of a country stands for the country ("the
                 * Turkish president", "the ambassador of Peru"). */
                if (has_loc)
                    ag__x_add_alias_span(x, L.actor, s->j, L.end);
                ag__m_title_count(x, &T, T.end);
                push_chunk(x, s->i, T.end, country, s->sent, CH_NOMINAL);
                return T.end - s->i;
            }
            if (T.e && s->det) { /* "the minister" unresolved: skip the words */
                size_t ue = unresolved_envoy_end(x, &T, s->i);
                ag__m_title_count(x, &T, ue);
                return ue - s->i;
            }
        }
    }
    return NOPE;
}

/* "the 44th General Assembly of the ASEAN Inter-Parliamentary Assembly":
 * a known body's name before "of" and the name of another body or of a
 * country (not its own parent: "the General Assembly of the United
 * Nations") names that one's organ, which is no mention of the known body. */
static int organ_of_other(const xdoc *x, const loc *L, size_t end)
{
    size_t q = L->end;
    if (!L->is_org || x->actors[L->actor].lex < 0 || !x_tok_is(x, q, "of"))
        return 0;
    if (x_tok_has(x, ++q, WC(DETERMINER)))
        q++;
    if (q >= end || !(x_tflags(x, q) & AG_TOK_CAP))
        return 0;
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, (uint32_t)x->actors[L->actor].lex);
    ag_lx_hit h;
    if (!x_match(x, q, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG), &h))
        return ag__x_name_token(x, q);
    const ag_lx_entry *o = ag_lexicon_entry(x->lx, h.entry);
    return o != e && !(e->affiliation && strcmp(o->name, e->affiliation) == 0);
}

/* A country or organization alone: a mention of itself, a place, a
 * modifier, or people of it. */
/* "the Presidents of Azerbaijan Ilham Aliyev, Kazakhstan Kassym-Jomart
 * Tokayev and ...": a country's name at t0 opens an item "Country Name"
 * of a list: the first after "of" and a plural title, a later one after
 * "," or "and" right after an item of that form (a country's chunk, then
 * its person's). */
static int country_name_item(const xdoc *x, size_t t0)
{
    if (t0 < 2)
        return 0;
    if (x_tok_is(x, t0 - 1, "of"))
        return ag__x_plural_title(x, t0 - 2);
    if (!x_tok_is(x, t0 - 1, ",") && !x_tok_and(x, t0 - 1))
        return 0;
    int p = x->tok_chunk[t0 - 2];
    if (p < 0 || x->chunks[p].t1 != t0 - 1 || x->chunks[p].actor < 0 ||
        x->actors[x->chunks[p].actor].kind != AG_ACTOR_PERSON || x->chunks[p].t0 == 0)
        return 0;
    int c = x->tok_chunk[x->chunks[p].t0 - 1];
    return c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY &&
           !(x->chunks[c].flags & (CH_ADJ | CH_POSS));
}

/* The country of the "Country Name" item whose name starts at i (the
 * country's chunk right before it), or -1. */
static int item_country(const xdoc *x, size_t i)
{
    int c = i > 0 ? x->tok_chunk[i - 1] : -1;
    if (c < 0 || x->chunks[c].t1 != i || x->chunks[c].actor < 0 ||
        x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY || (x->chunks[c].flags & (CH_ADJ | CH_POSS)))
        return -1;
    return country_name_item(x, x->chunks[c].t0) ? x->chunks[c].actor : -1;
}

static size_t m_located(xdoc *x, const mspan *s, const loc *Lp)
{
    loc L = *Lp;
    {
        /* "Saudi - led" is no mention; the first name of a pair is. */
        if ((x_tok_is(x, L.end, "-") && !(x_tflags(x, L.end) & AG_TOK_PAIR)) ||
            (L.end > s->j && x_tok_is(x, L.end - 1, "-")))
            return 0;
        if (organ_of_other(x, &L, s->end))
            return L.end - s->i;
        /* "Vienna Convention", "Kuwait News Agency": part of a name; "the
         * Russian Embassy" that is no actor of its own (m_mission) stands
         * for its country, as "the Russian embassy" does. */
        if (!L.is_org && L.end < s->end && !(x_tflags(x, L.end - 1) & AG_TOK_POSS) && (x_tflags(x, L.end) & AG_TOK_CAP) &&
            (x_tflags(x, L.end) & AG_TOK_WORD) && !x_tok_has(x, L.end, WC(TIME_WORD)) &&
            !x_tok_has2(x, L.end, WC2(MISSION_NOUN)) &&
            !x_match(x, L.end, s->end, KIND(AG_LX_TITLE) | KIND(AG_LX_AGENCY) | KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON), NULL) &&
            !(L.form == AG_FORM_ADJ && ag__x_name_token(x, L.end) && ag__x_name_token(x, L.end + 1)) &&
            !(L.form == AG_FORM_NAME && !s->det && country_name_item(x, s->j)))
            return L.end - s->i;
        size_t core_end = L.end;
        if (x_tflags(x, core_end - 1) & AG_TOK_POSS)
            core_end--;
        unsigned fl = 0;
        if (L.form == AG_FORM_ADJ || L.form == AG_FORM_DEMONYM)
            fl |= CH_ADJ;
        /* "a Nigerian student", "Filipino peacekeepers": people of the
         * country, who can be the object of an event. */
        /* "Danish and Swedish activists": the first adjective shares the noun. */
        if ((fl & CH_ADJ) && L.form == AG_FORM_ADJ && (x_tok_and(x, L.end) || x_tok_is(x, L.end, ","))) {
            size_t k = L.end;
            loc L3 = {-1, 0, 0, 0};
            while (k < s->end && (x_tok_and(x, k) || x_tok_is(x, k, ",")) && parse_locator(x, k + 1, s->end, &L3) &&
                   L3.form == AG_FORM_ADJ)
                k = L3.end;
            if (k > L.end && x_tok_has(x, k, WC(PEOPLE_NOUN))) {
                ag__x_add_alias_span(x, L.actor, s->j, L.end);
                push_chunk(x, s->i, L.end, L.actor, s->sent, CH_NOMINAL);
                return L.end - s->i;
            }
        }
        if ((fl & CH_ADJ) && L.form == AG_FORM_ADJ && x_tok_has(x, L.end, WC(PEOPLE_NOUN)) && !x_tok_has2(x, L.end, WC2(NOT_PEOPLE_NOUN))) {
            ag__x_add_alias_span(x, L.actor, s->j, L.end);
            push_chunk(x, s->i, L.end + 1, L.actor, s->sent, CH_NOMINAL);
            return L.end + 1 - s->i;
        }
        /* "the Palestinian issue": a topic; only the adjective names it. */
        if ((fl & CH_ADJ) && L.form == AG_FORM_ADJ && x_tok_has2(x, L.end, WC2(TOPIC_NOUN)))
            fl |= CH_MOD;
        unsigned nf = x_tflags(x, L.end);
        /* "the China pact": a name before a noun modifies it; before a
         * function word ("Russia on Monday", "Iran and") or a speech verb
         * ("China said": the sentence's lead, for a later bare "Foreign
         * Ministry") it does not. */
        if (!(fl & CH_ADJ) && L.end < s->end && (nf & AG_TOK_WORD) && !(nf & AG_TOK_CAP) &&
            !(x_tflags(x, L.end - 1) & AG_TOK_POSS) &&
            !act_after_name(x, L.end, s->end) &&
            !x_tok_has(x, L.end, WC(DETERMINER) | WC(PREPOSITION) | WC(CONJUNCTION) | WC(RELATIVE) |
                                     WC(CLAUSE_BREAK) | WC(IRREALIS) | WC(TIME_ADVERB) | WC(SPEECH_VERB) |
                                     WC(REPORT_VERB) | WC(HAVE) | WC(AUXILIARY)))
            fl |= CH_MOD; /* "Ukraine has agreed": a subject, no modifier */
        /* "in Moscow", "visit to Nur-Sultan": a place, not the government. */
        if (ag__m_is_locative_prep(x, s->i - 1) && !(x_tflags(x, L.end - 1) & AG_TOK_POSS))
            fl |= CH_LOC;
        /* A dateline's place is where the outlet wrote, no actor and no
         * party to the text's relations: no chunk; it counts as a place
         * (the country the text names most) and is weak context for a
         * bare agency (ag__m_bare_agency_country). */
        if (ag__x_dateline_mark(x, s->i, core_end)) {
            int r = ag__x_root(x, L.actor);
            if (x->co.dateline < 0 && r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY)
                x->co.dateline = r;
            count_mention(x, L.actor, s->i, core_end, CH_LOC);
            return core_end - s->i;
        }
        /* "in Pretoria, South Africa": the country of a place is a place
         * ("in Mali, Senegal called" names another actor). */
        if (s->i >= 2 && x_tok_is(x, s->i - 1, ",") && x->tok_chunk[s->i - 2] >= 0 &&
            (x->chunks[x->tok_chunk[s->i - 2]].flags & CH_LOC) &&
            ag__x_root(x, x->chunks[x->tok_chunk[s->i - 2]].actor) == ag__x_root(x, L.actor))
            fl |= CH_LOC;
        ag__x_add_alias_span(x, L.actor, s->j, core_end);
        push_chunk(x, s->i, core_end, L.actor, s->sent, fl);
        return core_end - s->i;
    }
    return NOPE;
}

/* "Britain's Hunt", "Tehran's Zarif": a country or organization in the
 * possessive right before a person's name is the person's. */
static void possessor_binds(xdoc *x, size_t i, int p)
{
    if (i < 2 || !(x_tflags(x, i - 1) & AG_TOK_POSS) || x->tok_chunk[i - 2] < 0)
        return;
    const xchunk *c = &x->chunks[x->tok_chunk[i - 2]];
    if (c->t1 != i - 1 || !(c->flags & CH_POSS) || (c->flags & (CH_LOC | CH_ADJ | CH_PRON)) ||
        x->actors[c->actor].kind == AG_ACTOR_PERSON)
        return;
    ag__x_bind_affil(x, p, c->actor);
    ag__x_person_code(x, p, x->actors[p].role);
}

/* "ministers of the Kyrgyz Republic [Chingiz Aidarbekov]": a name that
 * fills brackets right after a country's mention is a person of that
 * country, as the editor says. The country's actor, or -1. */
static int bracketed_country(const xdoc *x, size_t i, size_t ne)
{
    if (i < 2 || !x_tok_is(x, i - 1, "[") || !x_tok_is(x, ne, "]"))
        return -1;
    int c = x->tok_chunk[i - 2];
    if (c < 0 || x->chunks[c].t1 != i - 1 || x->chunks[c].actor < 0)
        return -1;
    return x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY ? x->chunks[c].actor : -1;
}

/* "Luis Lacalle Pou (Uruguay)": a country in brackets right after a name
 * is the person's; -1 if none. */
static int name_paren_country(xdoc *x, size_t ne, size_t end)
{
    loc L = {-1, 0, 0, 0};
    if (!x_tok_is(x, ne, "(") || !parse_locator(x, ne + 1, end, &L) || L.is_org || !x_tok_is(x, L.end, ")"))
        return -1;
    return x->actors[L.actor].kind == AG_ACTOR_COUNTRY ? L.actor : -1;
}

/* "said Luxembourg's Jean Asselborn", "South Africa's Cyril Ramaphosa and":
 * a two- or three-word name owned by a country, after a speech verb or
 * before "and" or a verb ("Russia's Far East, the ..." is no person). */
static int possessed_name(const xdoc *x, size_t i, size_t n0, size_t ne, size_t end)
{
    if (ne - n0 < 2 || ne - n0 > 3 || n0 != i || i < 2 || !(x_tflags(x, i - 1) & AG_TOK_POSS) ||
        x->tok_chunk[i - 2] < 0)
        return 0;
    const xchunk *c = &x->chunks[x->tok_chunk[i - 2]];
    if (c->t1 != i - 1 || (c->flags & (CH_LOC | CH_ADJ | CH_PRON)) || x->actors[c->actor].kind != AG_ACTOR_COUNTRY)
        return 0;
    if (c->t0 > 0 && x_tok_has(x, c->t0 - 1, WC(SPEECH_VERB) | WC(NEWS_VERB)))
        return 1;
    return x_tok_is(x, ne, "and") || x_tok_has(x, ne, WC(SPEECH_VERB) | WC(NEWS_VERB)) ||
           (!(x_tflags(x, ne) & AG_TOK_CAP) && x_match(x, ne, end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL));
}

/* "attended by A's president X; Bolivia, Luis Arce; Chile, Gabriel
 * Boric and ...": a two- to four-word name right after "Country," is the
 * person of that country when the pair is an item of a semicolon list
 * (a ";" before the country or after the name, or "and" before it
 * shortly after a ";"; a bare "Chile, Santiago" is a place).  The country's actor, or -1. */
static int listed_country(const xdoc *x, size_t i, size_t n0, size_t ne)
{
    if (n0 != i || ne - n0 < 2 || ne - n0 > 4 || i < 3 || !x_tok_is(x, i - 1, ","))
        return -1;
    int c = x->tok_chunk[i - 2];
    if (c < 0 || x->chunks[c].t1 != i - 1 || x->chunks[c].actor < 0 ||
        (x->chunks[c].flags & (CH_POSS | CH_ADJ | CH_PRON)) || x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY)
        return -1;
    size_t t0 = x->chunks[c].t0;
    if ((t0 > 0 && x_tok_is(x, t0 - 1, ";")) || x_tok_is(x, ne, ";"))
        return x->chunks[c].actor;
    /* The last item: "...; Uruguay, X and Venezuela, Y". */
    for (size_t q = t0 - 1; t0 > 0 && x_tok_and(x, t0 - 1) && q > 0 && q + 8 > t0; q--)
        if (x_tok_is(x, q - 1, ";"))
            return x->chunks[c].actor;
    return -1;
}

/* The country of a list item the name [n0,ne) at i belongs to: "...;
 * Chile, X" (listed_country) or "the Presidents of Chile X, Peru Y"
 * (item_country, a two- or three-word name); -1 if none. */
static int list_item_country(const xdoc *x, size_t i, size_t n0, size_t ne)
{
    int lc = listed_country(x, i, n0, ne);
    return lc >= 0 || n0 != i || ne - n0 < 2 || ne - n0 > 3 ? lc : item_country(x, n0);
}

/* After a short bracket of plain words at k ("(PhD)", "(retd)"): the
 * token after it; else k. */
static size_t bracket_end(const xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, "("))
        return k;
    for (size_t q = k + 1; q < end && q < k + 5; q++) {
        if (x_tok_is(x, q, ")"))
            return q > k + 1 && x->tok_chunk[q - 1] < 0 ? q + 1 : k;
        if (!(x_tflags(x, q) & AG_TOK_WORD))
            return k;
    }
    return k;
}

/* Persons by name: known ones, lexicon ones, or new names that take a
 * title in apposition or speak. */
static size_t m_person(xdoc *x, const mspan *s)
{
    size_t n0;
    size_t nl = ag__x_scan_name(x, s->j, s->end, &n0);
    if (nl) {
        size_t ne = n0 + nl;
        int p = ag__x_person_for_name(x, n0, ne, 0);
        int strong = 0;
        if (p < 0) {
            /* "X, the Spokesperson for ..." or "X, Prime Minister of ...";
             * a short bracket may stand between ("X (PhD), the ..."). */
            size_t cm = bracket_end(x, ne, s->end);
            if (x_tok_is(x, cm, ",")) {
                size_t jj = cm + 1;
                if (x_tok_has(x, jj, WC(DETERMINER)))
                    jj++;
                if (x_tok_has2(x, jj, WC2(TITLE_MODIFIER)))
                    jj++;
                loc La = {-1, 0, 0, 0};
                size_t tt = parse_locator(x, jj, s->end, &La) ? La.end : jj;
                title Ta;
                size_t a0;
                /* "Recently, Venezuelan President Nicolas Maduro said": a
                 * title followed by a name belongs to that name, and the
                 * word before the comma is no person. */
                if (ag__m_parse_title(x, tt, s->end, 0, &Ta) && Ta.e &&
                    !(ag__x_scan_name(x, Ta.end, s->end, &a0) && a0 == Ta.end))
                    strong = 1;
            }
            /* "..., said John Smith", "John Smith said". */
            if (!strong && nl >= 2 && (x_tok_has(x, ne, WC(SPEECH_VERB) | WC(NEWS_VERB)) || x_tok_has(x, s->i - 1, WC(SPEECH_VERB) | WC(NEWS_VERB))))
                strong = 1;
            if (!strong && nl >= 2 && (x_tflags(x, ne) & AG_TOK_POSS) && x_tok_has(x, ne + 1, WC(VOICE_NOUN)))
                strong = 1;
            /* A two- or three-word name that is the subject of a stance or
             * meeting verb ("Barack Obama warned", "Jane Doe will meet"). */
            /* ... not a title-case headline's verb ("AU Expresses Extreme concern"). */
            /* ... not a region's people ("West Africans", "Young East
             * Asians decided"): a compass word and a plural. */
            if (!strong && nl >= 2 && nl <= 3 && n0 == s->j && !x_tok_has(x, n0, WC(LIGHT_VERB)) &&
                !(s->i > 0 && x_tok_has(x, s->i - 1, WC(SUBJECT_BLOCKING_PREP))) && !ag__x_region_people(x, n0, ne)) {
                size_t v = ne;
                while (v < s->end && v < ne + 6 && (x_tok_has(x, v, WC(PRE_VERB)) || (x_tflags(x, v) & AG_TOK_CAP)))
                    v++;
                if (v < s->end && !(x_tflags(x, v) & AG_TOK_CAP) &&
                    x_match(x, v, s->end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL))
                    strong = 1;
            }
            if (!strong && (possessed_name(x, s->i, n0, ne, s->end) ||
                            (nl >= 2 && nl <= 3 && ag__m_office_apposition(x, cm, s->end) > -2)))
                strong = 1;
            /* "the Kyrgyz Republic [X]" or "X (Uganda)": a person; the
             * latter's country is bound below, for known persons too. */
            int bc = nl >= 2 ? bracketed_country(x, s->i, ne) : -1;
            int paren = nl >= 2 && bc < 0 && name_paren_country(x, ne, s->end) >= 0;
            int lc = list_item_country(x, s->i, n0, ne);
            p = ag__x_person_by_cue(x, s->i, n0, ne, s->end, strong || bc >= 0 || paren || lc >= 0);
            if (p >= 0 && bc >= 0 && x->actors[p].affil < 0) {
                ag__x_set_affil(x, p, bc);
                ag__x_person_code(x, p, NULL);
            }
        }
        if (p >= 0) {
            ag__x_add_alias_span(x, p, n0, ne);
            ag__x_note_list_title(x, p, s->i, n0);
            possessor_binds(x, s->i, p);
            int pc = name_paren_country(x, ne, s->end);
            pc = pc >= 0 ? pc : list_item_country(x, s->i, n0, ne);
            if (pc >= 0) {
                ag__x_bind_affil(x, p, pc);
                ag__x_person_code(x, p, NULL);
            }
            size_t app = ag__m_appositive(x, ne, s->end, p, 0);
            size_t stop = ne;
            /* "Akar's office", "Price's spokesman" speak for the person. */
            if ((x_tflags(x, ne) & AG_TOK_POSS) && x_tok_has(x, ne + 1, WC(VOICE_NOUN))) {
                ag__x_add_alias_span(x, p, n0, ne + 2);
                stop = ne + 2;
            } else if (x_tok_has(x, ne, WC(RULE_NOUN))) {
                /* "the Assad regime" is the country Assad rules. */
                int c = ag__x_root(x, p);
                if (c >= 0 && c != p && x->actors[c].kind == AG_ACTOR_COUNTRY) {
                    ag__x_add_alias_span(x, c, n0, ne + 1);
                    push_chunk(x, s->i, ne + 1, c, s->sent, 0);
                    return ne + 1 - s->i;
                }
            }
            push_chunk(x, s->i, stop, p, s->sent, 0);
            if (app) {
                /* The appositive's organization is part of this mention. */
                for (size_t k = ne; k < ne + app; k++)
                    x->tok_chunk[k] = (int)x->n_chunks - 1;
                x->chunks[x->n_chunks - 1].t1 = ne + app;
                return ne + app - s->i;
            }
            return stop - s->i;
        }
        return 0;
    }
    return NOPE;
}

/* Pronouns: "urged it to", "he said", "she met". */
static size_t m_pronoun(xdoc *x, const mspan *s)
{
    /* Pronouns: "he said", "urged it to" (resolve.c). Pass 2 only: a
     * pronoun names no one new and teaches pass 1 no name or title. */
    if (!s->det && x->pass != 1) {
        int who = ag__x_coref_pronoun(x, s->si, s->i);
        if (who >= 0) {
            push_chunk(x, s->i, s->i + 1, who, s->sent, CH_PRON);
            return 1;
        }
    }
    return NOPE;
}

/* chunk_at after a determiner, at a word where no mention may start
 * otherwise ("the ministry", "the small Gulf state", "the leaders Anthony
 * Albanese"): a third of the words tried. Only these patterns can apply
 * there: the others need a capital, a lexicon form of a mention kind or
 * a locator at s->j, and would return NOPE. */
static size_t det_chunk_at(xdoc *x, const mspan *s)
{
    size_t n;
    if ((n = m_place(x, s)) != NOPE || (n = m_agency_head(x, s)) != NOPE || (n = m_state_noun(x, s)) != NOPE)
        return n;
    /* A name only after a plural title (ag__x_scan_name). */
    n = ag__x_name_token(x, s->j + 1) ? m_person(x, s) : NOPE;
    return n == NOPE ? 0 : n;
}

/* The wire service in brackets of a dateline on the text's first line
 * ("Colombo, Jun 6 (PTI)", "Vientiane (VNA) -"): a news source, no actor
 * (corpus convention 1), whatever else its letters name (PTI, a party). */
static int wire_service_at(const xdoc *x, size_t i)
{
    if (i < 2 || !x_tok_is(x, i - 1, "(") || !x_tok_is(x, i + 1, ")") || !(x_tflags(x, i) & AG_TOK_CAP))
        return 0;
    size_t at = x->t.toks[i - 2].start;
    int line_start = at == 0 || x->text[at - 1] == '\n';
    if (!line_start && !(x_tflags(x, i - 2) & AG_TOK_DIGIT))
        return 0;
    return memchr(x->text, '\n', at) == NULL;
}

/* One mention at token i of sentence si; returns tokens consumed. Each
 * pattern below returns NOPE when it does not apply, else the tokens it
 * consumed (0: none, and no other pattern may try). */
static size_t chunk_at(xdoc *x, size_t si, size_t i, size_t end)
{
    mspan s = {si, i, i, end, (int)si, 0};
    x->locmemo.at = SIZE_MAX;
    if (x_tok_has(x, s.j, WC(DETERMINER))) {
        s.j++;
        s.det = 1;
    }
    if (s.j >= end)
        return 0;
    if (!may_start_cached(x, s.j, end))
        return s.det ? det_chunk_at(x, &s) : 0;
    if (!s.det && wire_service_at(x, i))
        return 1;
    /* Called one by one, not from a table: most return at once, and
     * direct calls let the compiler inline those tests. */
    size_t n;
    if ((n = m_spelled_acronym(x, &s)) != NOPE || (n = m_government_of(x, &s)) != NOPE ||
        (n = m_government_noun(x, &s)) != NOPE || (n = m_not_actor(x, &s)) != NOPE || (n = m_place(x, &s)) != NOPE ||
        (n = m_agency_head(x, &s)) != NOPE || (n = m_state_noun(x, &s)) != NOPE ||
        (n = m_led_coalition(x, &s)) != NOPE || (n = m_agency(x, &s)) != NOPE || (n = m_mission(x, &s)) != NOPE ||
        (n = m_unknown_org(x, &s)) != NOPE)
        return n;
    loc L = {-1, 0, 0, 0};
    int has_loc = 0;
    n = m_titled(x, &s, &L, &has_loc);
    if (n == NOPE && has_loc)
        n = m_located(x, &s, &L);
    if (n == NOPE && !has_loc)
        n = m_person(x, &s);
    if (n == NOPE)
        n = m_pronoun(x, &s);
    return n == NOPE ? 0 : n;
}

/* Sets x->sent_cls, sent_cls2, sent_cls3 and sent_flags for sentence si: read from
 * its words once (pass 1, with x->subj_next), then from x->sentsum. */
static void sentence_sum(xdoc *x, size_t si)
{
    const ag_sentence *s = &x->t.sents[si];
    struct xsentsum *m = x->sentsum ? &x->sentsum[si] : NULL;
    if (m && m->set) {
        x->sent_cls = m->cls;
        x->sent_cls2 = m->cls2;
        x->sent_cls3 = m->cls3;
        x->sent_flags = m->flags;
        return;
    }
    uint64_t cls = 0, cls2 = 0, cls3 = 0;
    unsigned flags = x_tflags(x, s->tok_end) | x_tflags(x, s->tok_end + 1);
    uint32_t next = (uint32_t)s->tok_end;
    for (size_t i = s->tok_end; i-- > s->tok_start;) {
        const ag_token *t = &x->t.toks[i];
        cls2 |= t->cls2;
        cls3 |= t->cls3;
        cls |= t->cls;
        flags |= t->flags;
        if (x->subj_next)
            x->subj_next[i] = next = ag__x_subject_word(t) ? (uint32_t)i : next;
    }
    x->sent_cls = cls;
    x->sent_cls2 = cls2;
    x->sent_cls3 = cls3;
    x->sent_flags = flags;
    if (m)
        *m = (struct xsentsum){cls, cls2, cls3, flags, 1};
}

int ag__x_mentions_sentence(xdoc *x, size_t si)
{
    const ag_sentence *s = &x->t.sents[si];
    ag__x_coref_begin(x, si);
    sentence_sum(x, si);
    /* In locals: neither array moves while mentions are found. */
    const int *tok_chunk = x->tok_chunk;
    const ag_token *toks = x->t.toks;
    for (size_t i = s->tok_start; i < s->tok_end;) {
        /* A word that starts no mention, and no determiner, is passed
         * over here as chunk_at would (it says 0): most words. */
        if (tok_chunk[i] >= 0 || (!(toks[i].cls & WC(DETERMINER)) && !may_start_cached(x, i, s->tok_end))) {
            i++;
            continue;
        }
        size_t n = chunk_at(x, si, i, s->tok_end);
        if (x->oom)
            return -1;
        i += n ? n : 1;
    }
    return ag__x_coref_sentence(x, si);
}
