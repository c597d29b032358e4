/* mention.c — resolve: finds the actor mentions of a sentence (countries,
 * organizations, agencies, officials with their titles, pronouns, generic
 * descriptions) and maps each to one document actor, so "Erdogan",
 * "Recep Erdogan", "the Turkish president" and "Ankara" land on the actors
 * they mean.  The document actors, person names and the lexicon phrase
 * lookup it builds on are in actors.c. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <stdint.h>
#include <strings.h>

#include "extract_int.h"


/* ---- locators, titles, agencies ---- */

typedef struct loc {
    int actor;
    size_t end;
    int is_org;
    ag_lx_form form;
} loc;

/* A country or organization that places a title or agency: "Turkish",
 * "Turkey's", "the UN's", "ECOWAS". */
static int parse_locator_at(xdoc *x, size_t i, size_t end, loc *L)
{
    ag_lx_hit h;
    size_t m = x_match(x, i, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG), &h);
    if (!m)
        return 0;
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, h.entry);
    if (e->kind == AG_LX_COUNTRY && h.form == AG_FORM_DEMONYM)
        return 0;
    L->actor = ag__x_actor_for_lex(x, h.entry, 0);
    L->is_org = e->kind == AG_LX_ORG;
    L->form = (ag_lx_form)h.form;
    L->end = i + m;
    /* "the Gulf Cooperation Council (GCC) Secretary General". */
    if (L->end + 2 < end && x_tok_is(x, L->end, "(") && x_tok_is(x, L->end + 2, ")") &&
        (x_tflags(x, L->end + 1) & AG_TOK_UPPER))
        L->end += 3;
    if (L->end < end && (x_tflags(x, L->end) & AG_TOK_POSS))
        L->end++;
    return L->actor >= 0;
}

/* Fills x->locmemo for (i, end). Out of line: most calls find it filled. */
static void locator_fill(xdoc *x, size_t i, size_t end)
{
    struct xlocmemo *m = &x->locmemo;
    loc T = {INT_MIN, 0, 0, 0};
    m->rc = parse_locator_at(x, i, end, &T);
    m->set = T.actor != INT_MIN;
    m->at = i;
    m->end = end;
    m->lend = T.end;
    m->actor = T.actor;
    m->is_org = T.is_org;
    m->form = (int)T.form;
}

/* parse_locator_at through x->locmemo: the same answer, and the same
 * fields of *L written, as the first call at (i, end) for this token. */
static inline int parse_locator(xdoc *x, size_t i, size_t end, loc *L)
{
    const struct xlocmemo *m = &x->locmemo;
    if (m->at != i || m->end != end)
        locator_fill(x, i, end);
    if (m->set)
        *L = (loc){m->actor, m->lend, m->is_org, (ag_lx_form)m->form};
    return m->rc;
}

typedef struct title {
    size_t start, end;
    const ag_lx_entry *e;
    char key[96];
    int of_actor;     /* "Prime Minister of Kosovo" -> Kosovo */
    size_t name_at;   /* where a name inside a long tail starts, or 0 */
    int counterpart;
} title;

/* Title words at i: a lexicon title, possibly after capitalized words that
 * qualify it ("Development Planning and Aid Coordination Minister") and
 * chained with "and" ("Deputy Prime Minister and Foreign Minister"). */
/* "foreign affairs and international cooperation minister": lower-case
 * words, one "and" among them, then a title, within six words. */
static int lower_office_chain(const xdoc *x, size_t i, size_t end)
{
    /* The "and" comes within four words, before anything but lower-case
     * words: most runs of lower-case words end there with none, and many
     * sentences have no conjunction at all (sent_cls, within the sentence). */
    const ag_sentence *s = &x->t.sents[x->co.sent];
    if (!(x->sent_cls & WC(CONJUNCTION)) && i >= s->tok_start && end <= s->tok_end)
        return 0;
    size_t k = i;
    for (; !x_tok_is(x, k, "and"); k++)
        if (k >= end || k >= i + 4 || !(x_tflags(x, k) & AG_TOK_WORD) || (x_tflags(x, k) & AG_TOK_CAP))
            return 0;
    int ands = 1;
    for (k++; k < end && k < i + 6; k++) {
        if (x_tok_is(x, k, "and")) {
            ands++;
            continue;
        }
        if (!(x_tflags(x, k) & AG_TOK_WORD) || (x_tflags(x, k) & AG_TOK_CAP))
            return 0;
        if (k > i + 1 && ands == 1 && !x_tok_is(x, k - 1, "and") && x_match(x, k, end, KIND(AG_LX_TITLE), NULL) == 1)
            return 1;
    }
    return 0;
}

static size_t title_core_at(xdoc *x, size_t i, size_t end, const ag_lx_entry **e)
{
    ag_lx_hit h;
    size_t m = x_match(x, i, end, KIND(AG_LX_TITLE), &h);
    if (m) {
        *e = ag_lexicon_entry(x->lx, h.entry);
        return m;
    }
    if (x_tok_has2(x, i, WC2(COUNTERPART_NOUN))) {
        *e = NULL;
        return 1;
    }
    /* Qualifying capitalized words before a title; lower-case ones only
     * in a chain of offices ("foreign affairs and international
     * cooperation minister"), whose "and" is checked below. */
    int lower = (x_tflags(x, i) & AG_TOK_WORD) && !(x_tflags(x, i) & AG_TOK_CAP) && lower_office_chain(x, i, end);
    for (size_t k = i; k < end && k < i + 8; k++) {
        unsigned f = x_tflags(x, k);
        int cap = (f & AG_TOK_WORD) && ((f & AG_TOK_CAP) || (lower && !x_tok_is(x, k, "and")));
        /* "met on Thursday (at Carthage Palace) Algerian Foreign Minister
         * X": a weekday or month qualifies no office, and a country's word
         * after the first starts the title of its own official. */
        if (cap && (x_tok_has(x, k, WC(WEEKDAY) | WC(MONTH)) ||
                    (k > i && x_match(x, k, end, KIND(AG_LX_COUNTRY), NULL))))
            break;
        if (k > i && (cap || x_tok_is(x, k, "and") || x_tok_is(x, k, "&"))) {
            m = x_match(x, k, end, KIND(AG_LX_TITLE), &h);
            /* "Esmeralda Mendonça and Director of ...": a title right
             * after "and" follows a name, not a qualifier of its own. */
            size_t n0;
            if (m && cap && !lower && x_tok_is(x, k - 1, "and") && k >= i + 3 &&
                ag__x_scan_name(x, i, k - 1, &n0) == k - 1 - i && n0 == i)
                break;
            if (m && cap) {
                *e = ag_lexicon_entry(x->lx, h.entry);
                return k - i + m;
            }
        }
        if (!cap && !(k > i && (x_tok_is(x, k, "and") || x_tok_is(x, k, "&"))))
            break;
        /* "Cyril Ramaphosa and Indian Prime Minister": a country after
         * "and" starts the next person's title. */
        if (!cap && x_match(x, k + 1, end, KIND(AG_LX_COUNTRY), NULL))
            break;
    }
    return 0;
}

/* Where x->tknown keeps what holds at i to the end: within the sentence
 * being read and to its end, or NULL. */
static inline uint8_t *known_at(xdoc *x, size_t i, size_t end)
{
    const ag_sentence *s = &x->t.sents[x->co.sent];
    return x->tknown && i >= s->tok_start && i < s->tok_end && end == s->tok_end ? &x->tknown[i] : NULL;
}

/* title_core_at, its "none" marked at *known (out of line: the answer is
 * mostly known). */
static size_t title_core_known(xdoc *x, size_t i, size_t end, const ag_lx_entry **e, uint8_t *known)
{
    size_t m = title_core_at(x, i, end, e);
    if (known && !m)
        *known |= XT_NO_TITLE;
    return m;
}

/* title_core_at, whose "none" (where *e is not written) is kept in
 * x->tknown: asked again at the same words in both passes. Within the
 * sentence being read and to its end, the answer depends on the words
 * alone (lower_office_chain reads x->sent_cls of that sentence). */
static inline size_t title_core(xdoc *x, size_t i, size_t end, const ag_lx_entry **e)
{
    uint8_t *known = known_at(x, i, end);
    if (known && (*known & XT_NO_TITLE))
        return 0;
    return title_core_known(x, i, end, e, known);
}

static int parse_title(xdoc *x, size_t i, size_t end, int pre_name, title *T);

/* The first chunk of the sentence being read (x->co.sent), or n_chunks
 * if it has none yet. */
static size_t sentence_first_chunk(const xdoc *x)
{
    size_t c = x->n_chunks;
    while (c > 0 && (size_t)x->chunks[c - 1].sent == x->co.sent)
        c--;
    return c;
}

/* "Morocco regrets ... of Algeria ..., the country's Foreign Affairs
 * Ministry said", "a meeting of the country's National Security Council":
 * before the agency at i, a possessive state noun names the first country
 * the sentence names as an actor (its subject), else the country in focus;
 * -2 if there is no such possessive. */
static int possessive_state_country(const xdoc *x, size_t i)
{
    if (i < 3 || !(x_tflags(x, i - 1) & AG_TOK_POSS) || !x_tok_has(x, i - 2, WC(STATE_NOUN)) ||
        !x_tok_has(x, i - 3, WC(DETERMINER)))
        return -2;
    size_t c = sentence_first_chunk(x);
    const xchunk *ch = c < x->n_chunks ? &x->chunks[c] : NULL;
    if (ch && !(ch->flags & (CH_LOC | CH_ADJ)) && x->actors[ch->actor].kind == AG_ACTOR_COUNTRY)
        return ch->actor;
    return x->co.country;
}

static int is_locative_prep(const xdoc *x, size_t i);

/* A venue's preposition at i ("talks at the Foreign Ministry"), not a
 * workplace's ("an official source at the Saudi Foreign Ministry"). */
static int venue_prep(const xdoc *x, size_t i)
{
    return is_locative_prep(x, i) &&
           !(i > 0 && (x_tok_has(x, i - 1, WC(OFFICIAL_NOUN)) || x_tok_has2(x, i - 1, WC2(STAFF_NOUN) | WC2(AIDE_NOUN)) ||
                       x_match(x, i - 1, i, KIND(AG_LX_TITLE), NULL) == 1));
}

/* The country a bare "the foreign ministry" at i serves: the sentence's
 * subject if it is a country ("Pakistan condemned ... by Iran in a
 * statement released by the Foreign Office"), else the country that led an
 * earlier sentence ("Pakistan recalled its envoy from Iran. The Foreign
 * Office said": not Iran, named last), else the dateline's ("ISLAMABAD:
 * The Foreign Office"), else the country in focus. */
static int bare_agency_country(const xdoc *x, size_t i)
{
    size_t c = sentence_first_chunk(x);
    const xchunk *ch = c < x->n_chunks ? &x->chunks[c] : NULL;
    int r = ch ? ag__x_root(x, ch->actor) : -1;
    if (ch && ch->t1 <= i && !(ch->flags & (CH_LOC | CH_ADJ)) && r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY &&
        !(ch->t0 > 0 && x_tok_has(x, ch->t0 - 1, WC(PREPOSITION))))
        return r;
    /* "talks at the Foreign Ministry": a place, the host's (in focus). */
    size_t p = i > 0 && x_tok_is(x, i - 1, "the") ? i - 1 : i;
    if (p > 0 && venue_prep(x, p - 1))
        return x->co.country;
    return x->co.lead >= 0 ? x->co.lead : x->co.dateline >= 0 ? x->co.dateline : x->co.country;
}

/* The organization the lexicon names by the agency's own words [j,k) for
 * that country ("Foreign Office" of the United Kingdom is the FCDO), or -1:
 * the same words of another country are that country's agency. */
static int named_agency_of(xdoc *x, size_t j, size_t k, int country)
{
    ag_lx_hit h;
    if (x_match(x, j, k, KIND(AG_LX_ORG), &h) != k - j)
        return -1;
    const ag_lx_entry *o = ag_lexicon_entry(x->lx, h.entry);
    if (!o->affiliation || strcmp(o->affiliation, x->actors[country].name) != 0)
        return -1;
    return ag__x_actor_for_lex(x, h.entry, 0);
}

/* An agency at i: "[Country] Agency", "Agency of Country"; sets *actor. */
/* 1 if the agency words [j,k) are lower-case and end in an armed_noun
 * ("armed forces", "army", not "Police" or "Sudanese Armed Forces"). */
static int lower_armed(const xdoc *x, size_t j, size_t k)
{
    for (size_t q = j; q < k; q++)
        if (x_tflags(x, q) & AG_TOK_CAP)
            return 0;
    return k > j && x_tok_has2(x, k - 1, WC2(ARMED_NOUN));
}

static size_t parse_agency(xdoc *x, size_t i, size_t end, int *actor)
{
    size_t j = i;
    loc L = {-1, 0, 0, 0};
    int has_loc = parse_locator(x, j, end, &L) && !L.is_org;
    if (has_loc)
        j = L.end;
    ag_lx_hit h;
    size_t m = x_match(x, j, end, KIND(AG_LX_AGENCY), &h);
    if (!m)
        return 0;
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, h.entry);
    size_t k = j + m;
    if (!has_loc && x_tok_is(x, k, "of")) {
        size_t q = k + 1;
        if (x_tok_is(x, q, "the"))
            q++;
        loc L2 = {-1, 0, 0, 0};
        if (parse_locator(x, q, end, &L2) && !L2.is_org) {
            L = L2;
            has_loc = 1;
            k = L2.end;
        }
    }
    /* "Ministry of Foreign Affairs Sri Lanka,": a bare country name that
     * closes the agency's name. */
    loc L3 = {-1, 0, 0, 0};
    if (!has_loc && (x_tflags(x, j) & AG_TOK_CAP) && parse_locator(x, k, end, &L3) && !L3.is_org &&
        L3.form == AG_FORM_NAME && L3.end > k && (L3.end >= end || (x_tflags(x, L3.end) & AG_TOK_PUNCT))) {
        L = L3;
        has_loc = 1;
        k = L3.end;
    }
    int country = has_loc ? L.actor : -1;
    /* "Israeli spy agency Mossad": the type describes the body named next. */
    if (has_loc && (x_tflags(x, k) & AG_TOK_CAP) && !(x_tflags(x, j) & AG_TOK_CAP) &&
        x_match(x, k, end, KIND(AG_LX_ORG), NULL))
        return 0;
    if (has_loc && L.form == AG_FORM_ADJ && lower_armed(x, j, k)) {
        *actor = country; /* "Colombian armed forces", "the Israeli army": the country */
        return k - i;
    }
    if (!has_loc) {
        /* "the ministry": the last agency of that type. Without a country
         * an agency is not an actor of its own ("told Parliament"). */
        if (x->co.agency >= 0 && x_tok_is(x, i - 1, "the") && x->actors[x->co.agency].agency == (int)h.entry) {
            *actor = x->co.agency;
            return k - i;
        }
        /* "urged the National Assembly", "the foreign ministry said": an
         * agency type of two words or more is the country's in focus
         * (resolve.c). */
        /* "Foreign Office spokesperson X" opening a clause: the agency as a
         * title's modifier (after "and" it stays the list's title). */
        int poss = possessive_state_country(x, i);
        int voice = x_tok_has(x, k, WC(VOICE_NOUN)) && !(i > 0 && x_tok_and(x, i - 1));
        country = m >= 2 && (x_tok_is(x, i - 1, "the") || poss != -2 || voice) &&
                          !(x_tflags(x, k) & AG_TOK_CAP)
                      ? (poss != -2 ? poss : bare_agency_country(x, i))
                      : -1;
        if (country < 0)
            return 0;
    }
    int named = country >= 0 ? named_agency_of(x, j, k, country) : -1;
    if (named >= 0) {
        *actor = named;
        x->co.agency = named;
        return k - i;
    }
    char *name = country >= 0 ? ag__x_cat(x, e->name, " of ", x->actors[country].name)
                              : ag_arena_strdup(x->doc->arena, e->name);
    /* A named organization of the lexicon may be this very agency
     * ("Ministry of Foreign Affairs of Turkey" listed by name). */
    int made, a = ag__x_org_named(x, name, &made);
    if (a < 0)
        return 0;
    if (made) {
        x->actors[a].role = e->role;
        x->actors[a].agency = (int)h.entry;
        if (country >= 0) {
            ag__x_set_affil(x, a, country);
            const char *cc = x->actors[country].code;
            if (cc)
                x->actors[a].code = ag__x_cat(x, cc, e->role ? e->role : "GOV", "");
        }
    }
    *actor = a;
    x->co.agency = a;
    return k - i;
}

/* "X of Energy Mark Esper, Japanese Defence Minister Taro Kono": after a
 * comma, a title (after "and", a country or a determiner) starts the next
 * person of a list, not more of the office's name. */
static int next_entry_title(xdoc *x, size_t j, size_t end)
{
    const ag_lx_entry *e = NULL;
    loc L = {-1, 0, 0, 0};
    if (x_tok_is(x, j, "and"))
        j++;
    if (x_tok_has(x, j, WC(DETERMINER)))
        j++;
    if (parse_locator(x, j, end, &L))
        j = L.end;
    return title_core(x, j, end, &e) && e;
}

/* A one-letter capital word: a middle initial written without its point. */
static int one_letter(const xdoc *x, size_t i)
{
    return (x_tflags(x, i) & AG_TOK_CAP) && x->t.toks[i].end - x->t.toks[i].start == 1;
}

/* Tail of a title: "of Kosovo", "for the State Department", "to the UN",
 * "for Foreign Affairs and Security Policy". */
/* "Adviser on Security Affairs", "Special Envoy on Climate Change": "on"
 * before a capitalized word that is no date opens a post, as "for" does
 * ("the minister on Monday" does not). */
static int post_on(const xdoc *x, size_t k)
{
    return x_tok_is(x, k, "on") && (x_tflags(x, k + 1) & AG_TOK_WORD) && (x_tflags(x, k + 1) & AG_TOK_CAP) &&
           !x_tok_has(x, k + 1, WC(MONTH) | WC(WEEKDAY) | WC(TIME_WORD) | WC(DETERMINER));
}

/* A title's tail that names a diplomatic mission ("Second Secretary of the
 * US Embassy, X", "attache at the Romanian embassy", "Officer in the High
 * Commission of India", "a spokesman for the Chinese Embassy"): the holder
 * belongs to it, made when a name follows or the holder was named before
 * ("X, attache at the Romanian embassy").
 * Its end, or 0 if none (a mission that is no actor: the tail is read as
 * before, by its country). */
static size_t mission_tail(xdoc *x, size_t k, size_t end, int pre_name, title *T)
{
    if (!(x_tok_is(x, k, "of") || x_tok_is(x, k, "at") || x_tok_is(x, k, "in") || x_tok_is(x, k, "for")))
        return 0;
    size_t q = k + 1 + x_tok_is(x, k + 1, "the");
    int a = -1;
    size_t m = ag__x_mission_ref(x, q, end, x_tok_is(x, k + 1, "the"), &a);
    if (!m)
        return 0;
    size_t n = q + m + x_tok_is(x, q + m, ",");
    if (x->actors[a].kind == AG_ACTOR_COUNTRY && (pre_name ? ag__x_name_token(x, n) : 1))
        ag__x_mission_at(x, q, end, 1, &a);
    if (x->actors[a].kind == AG_ACTOR_COUNTRY)
        return 0;
    T->of_actor = a;
    x->actors[a].mentions++;
    return q + m;
}

/* A lower-case verb that opens the clause after an apposition the text
 * did not close with a comma ("X, Minister of Y led a delegation", "...
 * has said"): the apposition's tail ends before it. */
static int clause_verb(const xdoc *x, size_t r)
{
    if (x_tflags(x, r) & AG_TOK_CAP)
        return 0;
    return x_tok_has(x, r, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB) | WC(ATTENDANCE_VERB) |
                               WC(AUXILIARY) | WC(BE) | WC(HAVE) | WC(MODAL) | WC(RELATIVE)) ||
           x_tok_has2(x, r, WC2(LEAD_VERB) | WC2(COMPANION_VERB) | WC2(RECEIVER_VERB) | WC2(DEPARTURE_VERB) |
                                WC2(DELEGATE_VERB) | WC2(EXPRESSION_VERB));
}

/* The agency, body or government a title's tail names at q (after "of",
 * "for", ...; after "in" only an agency): its length and *ag. */
static size_t tail_body(xdoc *x, size_t q, size_t end, int in, int *ag)
{
    size_t m = parse_agency(x, q, end, ag);
    if (!m && !in)
        m = ag__x_org_at(x, q, end, ag);
    /* "Prime Minister of the interim Government of National Unity". */
    size_t g = q + (!(x_tflags(x, q) & AG_TOK_CAP) && (x_tflags(x, q + 1) & AG_TOK_CAP));
    if (!m && (x_tflags(x, g) & AG_TOK_CAP) && x_tok_has2(x, g, WC2(GOVERNMENT_OF_NOUN)) &&
        (m = ag__x_gov_name_at(x, g, end, bare_agency_country(x, g), ag)))
        m += g - q;
    return m;
}

static size_t title_tail(xdoc *x, size_t k, size_t end, int pre_name, title *T)
{
    size_t me = mission_tail(x, k, end, pre_name, T);
    if (me)
        return me;
    int on = post_on(x, k), in = x_tok_is(x, k, "in");
    if (!(on || in || x_tok_is(x, k, "of") || x_tok_is(x, k, "for") || x_tok_is(x, k, "to") || x_tok_is(x, k, "at")))
        return k;
    int to = x_tok_is(x, k, "to") || on;
    size_t q = k + 1;
    if (x_tok_is(x, q, "the"))
        q++;
    int ag = -1;
    size_t m = tail_body(x, q, end, in, &ag);
    if (in && !(m && ag >= 0))
        return k; /* "Director General in the Chinese Ministry of ...": only an agency */
    if (m && ag >= 0) {
        if (!to)
            T->of_actor = ag;
        ag__x_add_alias_span(x, ag, q, q + m);
        x->actors[ag].mentions++;
        return q + m;
    }
    loc L = {-1, 0, 0, 0};
    if (parse_locator(x, q, end, &L)) {
        /* "Special Envoy for Syria": the post, not the sender. */
        if (!to && (L.is_org || !x_tok_is(x, k, "for")))
            T->of_actor = L.actor;
        x->actors[L.actor].mentions++;
        /* "the head of Cuban diplomacy": the title heads the foreign
         * service (foreign_minister_of reads the word). */
        if (x_tok_has2(x, L.end, WC2(FM_WORD)) && !(x_tflags(x, L.end) & AG_TOK_CAP) &&
            strlen(T->key) + 16 < sizeof T->key) {
            strcat(T->key, " diplomacy");
            return L.end + 1;
        }
        /* "Minister of Foreign Affairs of X" */
        return L.end;
    }
    if (x_tok_is(x, k, "to"))
        return k;
    /* A descriptive tail: capitalized words, commas and "and" before the
     * name ("for Political Affairs, Peace, and Security, Bankole Adiwoye"),
     * or lower-case words up to a comma after a name. */
    size_t r = k + 1, last_comma = 0;
    while (r < end) {
        /* "Minister of International Relations and Cooperation of the
         * Republic of Namibia": a country or body that ends the tail. */
        if (r > k + 1 && x_tok_is(x, r, "of")) {
            size_t q2 = r + 1 + (x_tok_is(x, r + 1, "the") ? 1 : 0);
            int ag2 = -1;
            size_t m2 = parse_agency(x, q2, end, &ag2);
            if (m2 && ag2 >= 0) { /* "... of the Ministry of Foreign Affairs of Mexico" */
                T->of_actor = ag2;
                ag__x_add_alias_span(x, ag2, q2, q2 + m2);
                x->actors[ag2].mentions++;
                r = q2 + m2;
                if (pre_name && x_tok_is(x, r, ",")) {
                    T->name_at = r + 1;
                    return r + 1;
                }
                return r;
            }
            if (parse_locator(x, q2, end, &L)) {
                T->of_actor = L.actor;
                x->actors[L.actor].mentions++;
                return L.end;
            }
        }
        unsigned f = x_tflags(x, r);
        if (!pre_name && clause_verb(x, r))
            break; /* ", Minister of Homeland Security toured ...": no comma closes it */
        if ((f & AG_TOK_WORD) && ((f & AG_TOK_CAP) || !pre_name || x_tok_is(x, r, "and") || x_tok_is(x, r, "of") ||
                                  (x_tok_is(x, r, "the") && x_tok_is(x, r - 1, "and"))))
            r++;
        else if (x_tok_is(x, r, ",") && pre_name && !next_entry_title(x, r + 1, end)) {
            last_comma = r;
            r++;
        } else
            break;
        if (r - k > 14)
            break;
    }
    if (!pre_name)
        return r;
    if (last_comma && last_comma + 1 < r) {
        T->name_at = last_comma + 1;
        return last_comma + 1;
    }
    /* No comma: the name is the last two capitalized words of the run,
     * three with a middle initial ("of Defense Mark T Esper"). */
    if (r - (k + 1) >= 3) {
        size_t n = r - (k + 1) >= 4 && one_letter(x, r - 2) ? 3 : 2;
        T->name_at = r - n;
        return r - n;
    }
    return k;
}

/* The rest of an office's name after "and" when a country or body follows
 * it: "Minister of Foreign Affairs [and International Trade] of the
 * Republic of Zimbabwe". Returns its length, 0 if none. */
static size_t office_rest(xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, "and"))
        return 0;
    loc L = {-1, 0, 0, 0};
    size_t r = k + 1;
    while (r < end && r < k + 6 && (x_tflags(x, r) & AG_TOK_WORD) && (x_tflags(x, r) & AG_TOK_CAP) &&
           !parse_locator(x, r, end, &L))
        r++;
    if (r == k + 1 || !x_tok_is(x, r, "of"))
        return 0;
    size_t q = r + 1 + (x_tok_is(x, r + 1, "the") ? 1 : 0);
    return parse_locator(x, q, end, &L) ? r - k : 0;
}

static int parse_title(xdoc *x, size_t i, size_t end, int pre_name, title *T)
{
    /* Field by field: most calls find no title, and the key is written
     * only for one that is found. */
    T->start = i;
    T->end = 0;
    T->e = NULL;
    T->key[0] = '\0';
    T->of_actor = -1;
    T->name_at = 0;
    T->counterpart = 0;
    const ag_lx_entry *e = NULL;
    size_t m = title_core(x, i, end, &e);
    if (!m)
        return 0;
    T->e = e;
    T->counterpart = e == NULL;
    size_t k = i + m;
    /* Chains: "Deputy Prime Minister and Foreign Minister", "Deputy Prime
     * Minister/Foreign Minister". */
    while (x_tok_is(x, k, "and") || x_tok_is(x, k, ",") || x_tok_is(x, k, "/")) {
        const ag_lx_entry *e2 = NULL;
        size_t m2 = title_core(x, k + 1, end, &e2);
        if (!m2 || !e2)
            break;
        k = k + 1 + m2;
        T->e = e2;
    }
    k += office_rest(x, k, end);
    ag__x_phrase(x, i, k, T->key, sizeof T->key);
    for (char *p = T->key; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    T->end = title_tail(x, k, end, pre_name, T);
    return 1;
}

static const char *title_role(const title *T)
{
    return T->e && T->e->role && *T->e->role ? T->e->role : "GOV";
}

/* The first word of title t (lower case, as filed) has a class of cls2. */
static int title_word_is(const xdoc *x, const char *t, uint64_t cls2)
{
    uint64_t c2 = 0;
    ag_vocab_classes(ag_lexicon_vocab(x->lx), t, strcspn(t, " "), NULL, &c2);
    return (c2 & cls2) != 0;
}

/* The first word of title t has a class of cls3. */
static int title_word_is3(const xdoc *x, const char *t, uint64_t cls3)
{
    uint64_t c2 = 0, c3 = 0;
    ag_vocab_classes3(ag_lexicon_vocab(x->lx), t, strcspn(t, " "), NULL, &c2, &c3);
    return (c3 & cls3) != 0;
}

/* A word of title t before its last has a class of cls2. */
static int title_has_word(const xdoc *x, const char *t, uint64_t cls2)
{
    for (; strchr(t, ' '); t += strcspn(t, " ") + 1)
        if (title_word_is(x, t, cls2))
            return 1;
    return 0;
}

/* "Peru's top diplomat", "the head of Cuban diplomacy": a title of more
 * words whose last names the foreign service fits a person of that
 * country whose title is a foreign minister's ("Foreign Minister"). */
static int foreign_minister_of(const xdoc *x, const title *T, const xactor *a)
{
    const char *last = strrchr(T->key, ' ');
    return last && title_word_is(x, last + 1, WC2(FM_WORD)) && title_has_word(x, a->title, WC2(FM_WORD));
}

/* "the Egyptian leader": a title that names a country's head by no
 * office fits a person of that country whose title is a head's; so does
 * "the top Peruvian diplomat" its foreign minister. */
/* A word of the name of the organization a person belongs to is a
 * diplomatic mission's ("the American diplomatic mission in Moscow"). */
static int in_mission(const xdoc *x, const xactor *a)
{
    if (a->affil < 0 || x->actors[a->affil].kind != AG_ACTOR_ORGANIZATION)
        return 0;
    for (const char *w = x->actors[a->affil].name; w; w = strchr(w, ' ')) {
        w += *w == ' ';
        if (title_word_is(x, w, WC2(MISSION_NOUN) | WC2(MISSION_HEAD)))
            return 1;
    }
    return 0;
}

static int head_of(const xdoc *x, const title *T, int country, const xactor *a)
{
    if (country < 0 || !a->title)
        return 0;
    if (strchr(T->key, ' '))
        return foreign_minister_of(x, T, a);
    /* "Washington's ambassador" after "the head of the American diplomatic
     * mission, Lynn Tracy": an envoy is the head of his country's mission. */
    if (title_word_is(x, T->key, WC2(ENVOY_TITLE)))
        return strcasecmp(a->title, "head") == 0 && in_mission(x, a);
    /* "the Estonian premier" after "Estonian Prime Minister X". */
    if (title_word_is3(x, T->key, WC3(PREMIER_TITLE)))
        return title_word_is3(x, a->title, WC3(PREMIER_TITLE));
    return title_word_is(x, T->key, WC2(HEAD_REFERENCE)) && title_word_is(x, a->title, WC2(HEAD_TITLE));
}

/* "the FM", "the PM": a title the lexicon writes as capital initials
 * stands for the title whose words they begin ("Foreign Minister"). */
static int abbreviated(const title *T)
{
    const char *n = T->e ? T->e->name : NULL;
    if (!n || strlen(n) < 2)
        return 0;
    for (const char *c = n; *c; c++)
        if (*c < 'A' || *c > 'Z')
            return 0;
    return 1;
}

static int initials_of(const title *T, const char *t)
{
    if (!t || !abbreviated(T))
        return 0;
    for (const char *c = T->e->name; *c; c++) {
        if (!*t || *t != *c + 32)
            return 0;
        t += strcspn(t, " ");
        t += *t == ' ';
    }
    return !*t;
}

/* A person already known with this title and country: "the Turkish
 * president", "her Solomon Islands counterpart", "the Egyptian leader". */
static int titled_as(const xdoc *x, const title *T, int country, int i)
{
    const xactor *a = &x->actors[i];
    if (a->kind != AG_ACTOR_PERSON)
        return 0;
    if (country >= 0 && ag__x_root(x, i) != ag__x_root(x, country))
        return 0;
    if (head_of(x, T, country, a) || initials_of(T, a->title))
        return 1;
    /* "the minister" is the last person titled "... minister". */
    if (!T->counterpart && (!a->title || (strcmp(a->title, T->key) != 0 &&
                                          !(country < 0 && !strchr(T->key, ' ') && ag__x_word_suffix(T->key, a->title)))))
        return 0;
    return !(T->counterpart && country < 0);
}

static int has_root(const xdoc *x, const xkey *k, int v) { return ag__x_root(x, v) == (int)k->a; }

static int has_title_root(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0 && ag__x_root(x, v) == (int)k->a;
}

static int has_title(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0;
}

static int has_title_word(const xdoc *x, const xkey *k, int v)
{
    const char *t = x->actors[v].title;
    return t && (strcmp(t, k->s) == 0 || ag__x_word_suffix(k->s, t));
}

/* The first person of root r named whose title is a head's, for "the
 * Egyptian leader" (the index is only read: a person who is no head stays
 * filed for the others); -1 if none. */
static int first_head(const xdoc *x, const title *T, int r, int exclude)
{
    size_t n;
    const int *v = ag__x_index_all(x, &(xkey){XI_ROOT, NULL, r, 0}, &n);
    int best = -1;
    for (size_t i = 0; i < n; i++)
        if (v[i] != exclude && (best < 0 || v[i] < best) && ag__x_root(x, v[i]) == r &&
            head_of(x, T, r, &x->actors[v[i]]))
            best = v[i];
    return best;
}

static int person_by_title(xdoc *x, const title *T, int country, int exclude)
{
    /* The one who just spoke or was named, else the first one named: a
     * counterpart is met before others of the same country. */
    int met = T->counterpart && country >= 0 ? ag__x_met_of_root(x, exclude, ag__x_root(x, country)) : -1;
    if (met >= 0)
        return met;
    int best = -1;
    int recent[2] = {x->co.subject, x->co.person};
    for (int k = 0; k < 2; k++)
        if (recent[k] >= 0 && recent[k] != exclude && titled_as(x, T, country, recent[k]) &&
            (best < 0 || recent[k] < best))
            best = recent[k];
    if (best >= 0 || (T->counterpart && country < 0))
        return best;
    if (country >= 0) {
        int r = ag__x_root(x, country);
        if (T->counterpart)
            return ag__x_index_first(x, &(xkey){XI_ROOT, NULL, r, 0}, has_root, exclude);
        int q = ag__x_index_first(x, &(xkey){XI_TROOT, T->key, r, 0}, has_title_root, exclude);
        return q >= 0 ? q : first_head(x, T, r, exclude);
    }
    if (strchr(T->key, ' '))
        return ag__x_index_first(x, &(xkey){XI_TITLE, T->key, 0, 0}, has_title, exclude);
    int q = ag__x_index_first(x, &(xkey){XI_TSUF, T->key, 0, 0}, has_title_word, exclude);
    for (size_t i = 0; q < 0 && abbreviated(T) && i < x->n_actors; i++) /* "the FM": the first named with the title spelled out */
        if ((int)i != exclude && x->actors[i].kind == AG_ACTOR_PERSON && initials_of(T, x->actors[i].title))
            q = (int)i;
    return q;
}

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
    {
        /* Counted in both passes: pass 1 needs them for default affiliations. */
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
    ag__x_coref_mention(x, actor, t0, t1, flags);
    return 0;
}

static int is_locative_prep(const xdoc *x, size_t i)
{
    if (x_tok_has(x, i, WC(LOCATIVE_PREP)))
        return 1;
    /* "to", "from", "toward" are places only after a word of motion ("a
     * visit to Nur-Sultan", "returned from Cairo"); otherwise they take
     * the party of an act ("support to Israel", "support from Moscow"). */
    if (!x_tok_has(x, i, WC(DIRECTIONAL_PREP)))
        return 0;
    for (size_t k = 1; k <= 4 && i >= k; k++) {
        if (x_tok_has(x, i - k, WC(MOTION_WORD)))
            return 1;
        if (x->tok_chunk[i - k] >= 0)
            break;
    }
    return 0;
}

static void note_title(xdoc *x, int person, const title *T)
{
    if (person < 0 || !T->e)
        return;
    /* The same title again is filed already (under the person's current
     * root too: reroot keeps that). */
    const char *had = x->actors[person].title;
    /* "Minister Ramírez" after "the Foreign Affairs Minister, Rubén
     * Ramírez Lezcano": the fuller title stays (affil_office.c reads it). */
    if (!had || (strcmp(had, T->key) != 0 && !ag__x_word_suffix(T->key, had))) {
        x->actors[person].title = ag_arena_strdup(x->doc->arena, T->key);
        ag__x_index_title(x, person);
    }
    if (!x->actors[person].role)
        x->actors[person].role = title_role(T);
}

/* The holder's country of a title that names none, from an unnamed holder
 * of the same title in this or the two sentences before ("Beijing's
 * ambassador ... Ambassador Huang"); -1 if none. (The actor a sentence
 * opens with was tried too: better on the project set, worse on unseen
 * text.) */
static int nearby_holder(xdoc *x, const title *T)
{
    size_t cur = x->co.sent;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent + 2 < cur)
            break;
        if (!(ch->flags & CH_NOMINAL) || x->actors[ch->actor].kind == AG_ACTOR_PERSON)
            continue;
        for (size_t k = ch->t0; k < ch->t1; k++) {
            ag_lx_hit h;
            if (x_match(x, k, ch->t1, KIND(AG_LX_TITLE), &h) && ag_lexicon_entry(x->lx, h.entry) == T->e)
                return ch->actor;
        }
    }
    return -1;
}

/* The one country that the sentence names before the title at `at`, in a
 * possessive or as an agency's country ("Panama's stance ..., with Foreign
 * Minister X"; "The White House ..., with Press Secretary Y"); -1 if none or
 * several. (Any country named before was tried too: better on the project
 * set, worse on unseen text.) */
/* "The White House ..., with Press Secretary X": a mention of a country by
 * its seat of government speaks for its government, as a possessive does. */
static int seat_form(xdoc *x, const xchunk *ch)
{
    ag_lx_hit h;
    size_t t0 = ch->t0 + (x_tok_has(x, ch->t0, WC(DETERMINER)) ? 1 : 0);
    return x_match(x, t0, ch->t1, KIND(AG_LX_COUNTRY), &h) && h.form == AG_FORM_SEAT;
}

static int sentence_country(xdoc *x, size_t at)
{
    int one = -1;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent != x->co.sent)
            break;
        if (ch->t1 > at || (ch->flags & (CH_LOC | CH_ADJ | CH_NOMINAL)) ||
            x->actors[ch->actor].kind == AG_ACTOR_PERSON)
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY)
            continue;
        if (!(ch->flags & CH_POSS) && r == ch->actor && !seat_form(x, ch))
            continue;
        if (one >= 0 && one != r)
            return -1;
        one = r;
    }
    return one;
}

/* "President X was accompanied by Foreign Minister Y": the one country of
 * the persons the sentence names before a companion_verb that comes before
 * the title at `at`; -1 if none or several. */
static int companion_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, v = at;
    while (v > lo && !x_tok_has2(x, v - 1, WC2(COMPANION_VERB)))
        v--;
    if (v == lo)
        return -1;
    int one = -1;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent != x->co.sent)
            break;
        const xactor *a = &x->actors[ch->actor];
        if (ch->t1 >= v || a->kind != AG_ACTOR_PERSON || a->affil < 0 || a->affil_weak)
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || (one >= 0 && one != r))
            return -1;
        one = r;
    }
    return one;
}

/* "welcomed by top Afghan officials including Chief of Protocol X", "The
 * Pakistan delegation comprises ... Y": the country of the group before a
 * member_word that comes before the title at `at`; -1 if none. */
static int member_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, v = at;
    while (v > lo && !x_tok_has2(x, v - 1, WC2(MEMBER_WORD)))
        v--;
    if (v <= lo + 1)
        return -1;
    size_t g = v - 1; /* the member word; the group noun just before it */
    if (!x_tok_has(x, g - 1, WC(OFFICIAL_NOUN)) && !x_tok_has2(x, g - 1, WC2(DELEGATION_NOUN)))
        return -1;
    for (size_t q = g - 1; q > lo && q + 3 > g; q--) {
        int c = x->tok_chunk[q - 1];
        if (c < 0)
            continue;
        int a = x->chunks[c].actor;
        return x->actors[a].kind == AG_ACTOR_PERSON ? -1 : ag__x_country_root(x, a);
    }
    return -1;
}

/* "In Chile, the minister met Defence Minister X", "In Oman, Government
 * Spokesperson Y said": a sentence that opens with a place frames it; a
 * title after the frame that names no country is of the place's country
 * (a tour's stop, a round-up of reactions). Another opening ("During her
 * visit to Malabo,") frames only the titles met after a meeting word: the
 * one who opens the clause is the visitor, as is a "visiting" minister. -1
 * if no such opening. */
static int frame_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, c = sentence_first_chunk(x);
    if (c >= x->n_chunks)
        return -1;
    const xchunk *ch = &x->chunks[c];
    if (!(ch->flags & CH_LOC) || ch->t1 >= at || !x_tok_is(x, ch->t1, ",") ||
        x_tok_has2(x, at - 1, WC2(VISITOR_MODIFIER)))
        return -1;
    int met = ch->t0 == lo + 1 && x_tok_has(x, lo, WC(LOCATIVE_PREP));
    for (size_t k = ch->t1; k < at && !met; k++)
        met = x_match(x, k, at, KIND(AG_LX_MEET), NULL) != 0;
    return met ? ag__x_country_root(x, ch->actor) : -1;
}

/* The country of a government title that names none, from its context:
 * a holder named nearby (nearby_holder), the sentence's one country, the
 * persons a companion accompanies, the group a member belongs to, the
 * place that frames the sentence; -1 if none. */
static int context_affiliation(xdoc *x, const title *T)
{
    int near = nearby_holder(x, T);
    if (near >= 0)
        return near;
    if ((near = sentence_country(x, T->start)) >= 0)
        return near;
    if ((near = companion_country(x, T->start)) >= 0)
        return near;
    if ((near = member_country(x, T->start)) >= 0)
        return near;
    return frame_country(x, T->start);
}

/* The country (or organization) of a title that names none: the title's
 * own default ("Secretary-General": United Nations), else, for government
 * titles, a holder named nearby (nearby_holder), else the country the
 * document has mentioned most so far. */
static int default_affiliation(xdoc *x, const title *T)
{
    if (!T->e)
        return -1;
    if (T->e->affiliation) {
        long o = ag_lexicon_find(x->lx, AG_LX_ORG, T->e->affiliation);
        if (o < 0)
            o = ag_lexicon_find(x->lx, AG_LX_COUNTRY, T->e->affiliation);
        int a = o >= 0 ? ag__x_actor_for_lex(x, (uint32_t)o, 0) : -1;
        if (a >= 0)
            x->actors[a].mentions++; /* the title names it */
        return a;
    }
    if (!T->e->role || !*T->e->role)
        return -1;
    int near = context_affiliation(x, T);
    if (near >= 0)
        return near;
    if (x->pass == 2)
        return x->dominant;
    int best = -1;
    for (size_t c = 0; c < x->n_countries; c++) {
        int i = x->countries[c];
        if (x->actors[i].mentions > x->actors[i].loc_mentions &&
            (best < 0 || x->actors[i].mentions > x->actors[best].mentions))
            best = i;
    }
    return best;
}

static int formal_state_name(const xdoc *x, size_t k, int c);

/* "Saudi Arabia summoned Ambassador X", "The kingdom gave the envoy X 24
 * hours to leave": an envoy whom the country the sentence opens with
 * summons, expels or orders is posted to it, not its own; his guessed
 * country `guess` is then the other country the text names most. */
static int receiver_envoy_country(xdoc *x, const title *T, int guess)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, k = T->start;
    int envoy = 0, acted = 0;
    for (size_t q = T->start; q < T->end && !envoy; q++)
        envoy = x_tok_has2(x, q, WC2(ENVOY_TITLE)) || x_tok_has2(x, q, WC2(ENVOY_HEAD));
    while (k > lo && !acted)
        acted = x_tok_has2(x, --k, WC2(RECEIVER_VERB) | WC2(ORDER_VERB));
    size_t c = sentence_first_chunk(x);
    if (!envoy || !acted || c >= x->n_chunks || x->chunks[c].t1 > k)
        return guess;
    int r = ag__x_root(x, x->chunks[c].actor);
    /* The acting country by its name ("Saudi Arabia", "Riyadh") or its
     * formal noun ("the kingdom": Kingdom of Saudi Arabia), not by a
     * reference such as "the country", which may stand for the last
     * country named: the envoy's own. */
    size_t t0 = x->chunks[c].t0 + (x_tok_has(x, x->chunks[c].t0, WC(DETERMINER)) ? 1 : 0);
    if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || (guess >= 0 && guess != r) ||
        !(x_match(x, t0, x->chunks[c].t1, KIND(AG_LX_COUNTRY), NULL) ||
          formal_state_name(x, x->chunks[c].t1 - 1, r)))
        return guess;
    int best = -1;
    for (size_t q = 0; q < x->n_countries; q++) {
        int i = x->countries[q];
        if (i != r && x->actors[i].mentions > 0 && (best < 0 || x->actors[i].mentions > x->actors[best].mentions))
            best = i;
    }
    return best;
}

/* "Sri Lankan President X, Prime Minister Y": a title in a list, right
 * after a person whose country the text gave, takes that country (a guess
 * that evidence replaces); -1 if none. */
static int list_partner_country(const xdoc *x, size_t i)
{
    if (i < 2 || !(x_tok_is(x, i - 1, ",") || x_tok_is(x, i - 1, "and")) || x->tok_chunk[i - 2] < 0)
        return -1;
    int p = x->chunks[x->tok_chunk[i - 2]].actor;
    if (x->actors[p].kind != AG_ACTOR_PERSON || x->actors[p].affil < 0 || x->actors[p].affil_weak)
        return -1;
    return ag__x_country_root(x, p);
}

/* A named person after a title; affiliation from the locator or the
 * title's "of X". */
/* "President Santiago Peña", "Minister Victoria Tan": after a title, a
 * one-word capital followed by a name is a first name, not the
 * place. The name's length from n_at (*n0 = n_at), or 0. */
static size_t capital_first_name(const xdoc *x, size_t n_at, size_t end, size_t *n0)
{
    ag_lx_hit h;
    if (!ag__x_name_token(x, n_at) || x_match(x, n_at, end, KIND(AG_LX_COUNTRY), &h) != 1 ||
        h.form != AG_FORM_CAPITAL || (x_tflags(x, n_at) & AG_TOK_POSS))
        return 0;
    size_t r0;
    size_t nl = ag__x_scan_name(x, n_at + 1, end, &r0);
    if (!nl || r0 != n_at + 1 || nl > 2)
        return 0;
    *n0 = n_at;
    return nl + 1;
}

/* "Saudi King Salman": the title's words and the name together may be a
 * lexicon person's form ("King Salman"), which is then an alias; that
 * person, or -1. */
static int titled_lexicon_person(xdoc *x, size_t t0, size_t n0, size_t n1)
{
    for (size_t t = t0; t < n0; t++) {
        ag_lx_hit h;
        if (x_match(x, t, n1, KIND(AG_LX_PERSON), &h) == n1 - t) {
            int p = ag__x_actor_for_lex(x, h.entry, 0);
            if (p >= 0)
                ag__x_add_alias_span(x, p, t, n1);
            return p;
        }
    }
    return -1;
}

/* "deputy", "acting": a lower-case word of an office, no function word. */
static int lower_office_word(const xdoc *x, size_t k)
{
    return x->tok_chunk[k] < 0 && x_tok_has2(x, k, WC2(OFFICE_WORD)) && !(x_tflags(x, k) & AG_TOK_CAP) &&
           !x_tok_has(x, k, WC(DETERMINER) | WC(PREPOSITION)) && !x_tok_and(x, k);
}

/* "Arakan Army spokesperson X", "the Presidential Council head, X", "the
 * KNU deputy chief, X": an organization named right before the title
 * (no place, no adjective; lower-case office words such as "deputy"
 * between) employs the official; -1 if none. */
static int org_before_title(xdoc *x, size_t i)
{
    for (size_t n = 0; n < 2 && i > 0 && lower_office_word(x, i - 1); n++)
        i--;
    int c = i > 0 ? x->tok_chunk[i - 1] : -1;
    if (c < 0 || x->chunks[c].t1 != i || (x->chunks[c].flags & (CH_LOC | CH_ADJ | CH_NOMINAL | CH_PRON)))
        return -1;
    int a = x->chunks[c].actor;
    if (x->actors[a].kind != AG_ACTOR_ORGANIZATION)
        return -1;
    /* The name modifies the title: the official, not the body, takes
     * part in what the clause tells. */
    x->chunks[c].flags |= CH_MOD;
    return a;
}

/* "Junta spokesperson X", "regime spokesman Y": the one country the text
 * called by that government noun ("the Myanmar junta"), not a guess;
 * -1 if none or several. */
static int government_before_title(xdoc *x, size_t i)
{
    for (size_t n = 0; n < 2 && i > 0 && lower_office_word(x, i - 1); n++)
        i--;
    if (i == 0 || x->tok_chunk[i - 1] >= 0 || !x_tok_has(x, i - 1, WC(GOVERNMENT_NOUN)))
        return -1;
    char w[64];
    ag_token_str(&x->t, i - 1, w, sizeof w);
    int one = -1;
    for (size_t q = 0; q < x->n_countries; q++) {
        const xactor *a = &x->actors[x->countries[q]];
        for (size_t k = 0; k < a->n_aliases; k++) {
            if (!ag__x_word_suffix(w, a->aliases[k]))
                continue;
            if (one >= 0 && one != x->countries[q])
                return -1;
            one = x->countries[q];
        }
    }
    return one;
}

/* Where the name after title T starts: past a comma, and past the body's
 * acronym in brackets ("Head of the Support Mission (UNSMIL), X"; not
 * after a second office: "Minister of X and chairman of the Council (C),
 * Y"). */
static size_t name_start(const xdoc *x, const title *T)
{
    size_t n_at = T->name_at ? T->name_at : T->end;
    if (T->of_actor >= 0 && !(T->start > 0 && x_tok_and(x, T->start - 1)) && x_tok_is(x, n_at, "(") &&
        x_tok_is(x, n_at + 2, ")") && (x_tflags(x, n_at + 1) & AG_TOK_UPPER) && x_tok_is(x, n_at + 3, ","))
        n_at += 3;
    return n_at + (x_tok_is(x, n_at, ",") ? 1 : 0);
}

/* The employer a possessive before the title names, or -1. */
static int possessor_parent(xdoc *x, const title *T)
{
    if (T->start < 1)
        return -1;
    /* "Kiir was represented by his foreign minister X": the country of
     * the person "his" stands for. */
    int who = ag__x_coref_possessor(x, T->start - 1);
    int r = who >= 0 ? ag__x_root(x, who) : -1;
    if (r >= 0 && r != who && x->actors[r].kind == AG_ACTOR_COUNTRY)
        return r;
    size_t k = T->start - 1; /* "its outgoing deputy prime minister X" */
    if (k >= 1 && x_tok_has2(x, k, WC2(NEW_MODIFIER)))
        k--;
    return ag__x_coref_its(x, k);
}

/* "Prime Minister of the Government of National Unity (GNU), X": the
 * acronym name_start skipped names the body later on. */
static void note_body_acronym(xdoc *x, const title *T, size_t n_at)
{
    size_t te = T->name_at ? T->name_at : T->end;
    if (T->of_actor >= 0 && n_at > te + 2 && x_tok_is(x, te, "(") &&
        x->actors[T->of_actor].kind == AG_ACTOR_ORGANIZATION)
        ag__x_coref_note_acronym(x, T->of_actor, te);
}

/* "Chairperson of the Commission of ... States (ECCAS) X": the body's
 * acronym in brackets between its name and the holder's; its length. */
static size_t bracketed_acronym(const xdoc *x, const title *T, size_t n_at)
{
    return T->of_actor >= 0 && x_tok_is(x, n_at, "(") && x_tok_is(x, n_at + 2, ")") &&
                   (x_tflags(x, n_at + 1) & AG_TOK_CAP)
               ? 3
               : 0;
}

static int person_after_title(xdoc *x, size_t i, size_t end, const title *T, int loc_actor,
                              size_t *stop)
{
    size_t n_at = name_start(x, T);
    note_body_acronym(x, T, n_at);
    /* "Ambassador of Kazakhstan to the Republic of Tajikistan X": the post
     * between an envoy's country and the name. */
    loc Lp = {-1, 0, 0, 0};
    if (T->of_actor >= 0 && x_tok_is(x, n_at, "to") &&
        parse_locator(x, n_at + 1 + x_tok_is(x, n_at + 1, "the"), end, &Lp) && !(x_tflags(x, Lp.end - 1) & AG_TOK_POSS))
        n_at = Lp.end;
    n_at += bracketed_acronym(x, T, n_at);
    /* "Speaker National Assembly X", "Chairman Senate Y": the body the
     * office heads, without "of", is no part of the name. */
    size_t bm = x_match(x, n_at, end, KIND(AG_LX_AGENCY) | KIND(AG_LX_ORG), NULL);
    if (bm && n_at + bm < end && ag__x_name_token(x, n_at + bm) &&
        !x_match(x, n_at + bm, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_TITLE), NULL))
        n_at += bm;
    size_t n0, nl = ag__x_scan_name(x, n_at, end, &n0);
    if (!nl)
        nl = capital_first_name(x, n_at, end, &n0);
    /* "Deputy Prime Minister of Thailand General Prawit Wongsuwan": a rank
     * or second title between the office of a country and the name. */
    const ag_lx_entry *e2 = NULL;
    size_t m2 = !nl && T->of_actor >= 0 ? title_core(x, n_at, end, &e2) : 0;
    if (m2 && e2)
        nl = ag__x_scan_name(x, n_at + m2, end, &n0);
    if (!nl)
        return -1;
    int p = titled_lexicon_person(x, T->start, n0, n0 + nl);
    if (p < 0)
        p = ag__x_person_for_name(x, n0, n0 + nl, 1);
    if (p < 0)
        return -1;
    int employer = org_before_title(x, i);
    int parent = T->of_actor >= 0 ? T->of_actor : loc_actor >= 0 ? loc_actor : employer;
    if (parent < 0)
        parent = government_before_title(x, i);
    /* "The US commander in Iraq, General David Petraeus": the title in
     * apposition before the name gives the country. */
    if (parent < 0 && i >= 2 && x_tok_is(x, i - 1, ",")) {
        /* Step back over places: "The US commander in Iraq, General ...". */
        size_t k = i - 1;
        while (k > 0 && x->tok_chunk[k - 1] >= 0 && (x->chunks[x->tok_chunk[k - 1]].flags & CH_LOC)) {
            k = x->chunks[x->tok_chunk[k - 1]].t0;
            if (k > 0 && is_locative_prep(x, k - 1))
                k--;
        }
        if (k > 0 && x->tok_chunk[k - 1] >= 0) {
            const xchunk *c = &x->chunks[x->tok_chunk[k - 1]];
            if ((c->flags & CH_NOMINAL) && x->actors[c->actor].kind != AG_ACTOR_PERSON)
                parent = c->actor;
        }
    }
    /* "the Afghan president's spokesman X", "PM's Press Secretary X": the
     * country of the office that owns the title. */
    if (parent < 0 && i >= 2 && (x_tflags(x, i - 1) & AG_TOK_POSS) && x->tok_chunk[i - 2] >= 0 &&
        (x->chunks[x->tok_chunk[i - 2]].flags & CH_NOMINAL)) {
        int r = ag__x_root(x, x->chunks[x->tok_chunk[i - 2]].actor);
        if (r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY)
            parent = r;
    }
    if (parent < 0)
        parent = possessor_parent(x, T);
    /* "ministry spokeswoman Maria Zakharova": the body named before. */
    if (parent < 0 && i >= 1 && !(x_tflags(x, i - 1) & AG_TOK_CAP))
        parent = ag__x_coref_head(x, i - 1);
    if (parent >= 0) {
        ag__x_bind_affil(x, p, parent);
    } else {
        /* A guess, which evidence that binds the person replaces (called
         * every time: a title's own organization counts as mentioned). */
        int guess = receiver_envoy_country(x, T, default_affiliation(x, T));
        int partner = T->e && !T->e->affiliation ? list_partner_country(x, i) : -1;
        if (partner >= 0)
            guess = partner;
        if (x->actors[p].affil < 0) {
            ag__x_set_affil(x, p, guess);
            x->actors[p].affil_weak = x->actors[p].affil >= 0;
        }
    }
    note_title(x, p, T);
    /* "Foreign Minister Ana Lima of Brazil". */
    size_t after = n0 + nl;
    if (T->of_actor < 0 && loc_actor < 0 && x_tok_is(x, after, "of")) {
        loc L = {-1, 0, 0, 0};
        size_t q = after + 1;
        if (x_tok_is(x, q, "the"))
            q++;
        if (parse_locator(x, q, end, &L) && !(x_tflags(x, L.end - 1) & AG_TOK_POSS)) {
            if (x->actors[p].affil < 0 || x->actors[p].affil == x->dominant || x->pass == 1)
                ag__x_set_parent(x, p, L.actor);
            x->actors[L.actor].mentions++;
            after = L.end;
        }
    }
    ag__x_person_code(x, p, title_role(T));
    ag__x_add_alias_span(x, p, n0, n0 + nl);
    *stop = after;
    return p;
}

/* ", presidential aide to Russian President Vladimir Putin", ", an adviser
 * to the Iranian foreign minister": the country of the official served,
 * or -1. */
static int aide_country(xdoc *x, size_t k, size_t end)
{
    size_t j = k + 1, q;
    if (!x_tok_is(x, k, ","))
        return -1;
    if (x_tok_has(x, j, WC(DETERMINER)))
        j++;
    for (q = j; q < end && q < j + 3 && !x_tok_has2(x, q, WC2(AIDE_NOUN)); q++)
        if (x_tflags(x, q) & AG_TOK_CAP)
            return -1;
    if (!x_tok_has2(x, q, WC2(AIDE_NOUN)) || !x_tok_is(x, q + 1, "to"))
        return -1;
    q += 2 + (x_tok_is(x, q + 2, "the") ? 1 : 0);
    loc L = {-1, 0, 0, 0};
    title T;
    if (!parse_locator(x, q, end, &L) || L.is_org || !parse_title(x, L.end, end, 1, &T) || !T.e)
        return -1;
    return x->actors[L.actor].kind == AG_ACTOR_COUNTRY ? L.actor : -1;
}

/* "met A, Undersecretary of Defence, B, and C": a title between commas
 * in a list is the next name's when that name has no title of its own
 * after it (", B, Minister of Y," keeps the title with A).  t: the token
 * after the title. */
/* ", B" or ", Mr B" at t: the token after the name, or 0. */
static size_t comma_name(const xdoc *x, size_t t, size_t end)
{
    size_t a0, len = x_tok_is(x, t, ",") ? ag__x_scan_name(x, t + 1, end, &a0) : 0;
    if (!len || (a0 != t + 1 && !x_tok_has(x, t + 1, WC(HONORIFIC))))
        return 0;
    return a0 + len;
}

static int titles_next_in_list(xdoc *x, size_t t, size_t end)
{
    size_t k = comma_name(x, t, end);
    if (!k)
        return 0;
    if (k >= end || x_tok_is(x, k, "."))
        return 1;
    if (!x_tok_is(x, k, ",") && !x_tok_and(x, k))
        return 0;
    size_t j = k + 1 + (k + 1 < end && x_tok_has(x, k + 1, WC(DETERMINER)));
    title T;
    return !(x_tok_is(x, k, ",") && parse_title(x, j, end, 0, &T) && T.e);
}

/* ", former Vice-President of Mauritius and Deputy Chairperson of the
 * Panel": after a former office, the current one of an organization's
 * body, joined by "and" at k; that body (or organization), or -1. */
static int current_org_office(xdoc *x, size_t k, size_t end)
{
    title T;
    if (!x_tok_and(x, k) || !parse_title(x, k + 1, end, 0, &T) || !T.e || T.of_actor < 0)
        return -1;
    int r = ag__x_root(x, T.of_actor);
    return r >= 0 && x->actors[r].kind == AG_ACTOR_ORGANIZATION ? T.of_actor : -1;
}

/* Does the title chain that goes on at t end in a name ("... Natalia
 * Gherman")?  It may go on by a second title ("Special Representative of
 * the UN | Secretary-General X"), a place ("in Central Asia"), or a comma
 * and a further title (", Head of the Centre X"): then the chain titles
 * the next person of a list, not the one before it. */
static int chain_names(xdoc *x, size_t t, size_t end, int depth)
{
    size_t a0;
    if (t >= end || depth < 0)
        return 0;
    if (ag__x_scan_name(x, t, end, &a0) && a0 == t)
        return 1;
    title T;
    loc L = {-1, 0, 0, 0};
    if ((is_locative_prep(x, t) || x_tok_is(x, t, "to")) && /* an envoy's post: "to Tajikistan" */
        parse_locator(x, t + 1 + x_tok_is(x, t + 1, "the"), end, &L) && L.end > t + 1)
        return chain_names(x, L.end, end, depth - 1);
    size_t j = t;
    if (x_tok_is(x, t, ","))
        j = t + 1 + (t + 1 < end && x_tok_has(x, t + 1, WC(DETERMINER)));
    else if (!(x_tflags(x, t) & AG_TOK_CAP))
        return 0;
    return parse_title(x, j, end, 0, &T) && T.e && T.end > j && chain_names(x, T.end, end, depth - 1);
}

/* Appositive after a name: ", the Spokesperson for the State Department",
 * ", Prime Minister of Kosovo", ", the Cuban President". pretitled: the
 * name came after a title of its own ("Foreign Minister of Iraq, Dr A,
 * Foreign Minister of Egypt, Mr B"): a title followed by ", <name>" is then
 * the next person's, in a list of "Title, Name" items. */
static size_t appositive(xdoc *x, size_t k, size_t end, int person, int pretitled)
{
    size_t k0 = k;
    /* ", JP,", ", S.C., M.P.,": letters after the name, then its title. */
    while (x_tok_is(x, k, ",") && x_tok_has3(x, k + 1, WC3(POSTNOMINAL)) && x_tok_is(x, k + 2, ","))
        k += 2;
    if (!x_tok_is(x, k, ","))
        return 0;
    int served = aide_country(x, k, end);
    if (served >= 0 && (x->actors[person].affil < 0 || x->actors[person].affil_weak)) {
        ag__x_bind_affil(x, person, served);
        ag__x_person_code(x, person, NULL);
        return 0;
    }
    size_t j = k + 1;
    if (x_tok_has(x, j, WC(DETERMINER)))
        j++;
    int former = x_tok_has2(x, j, WC2(TITLE_MODIFIER));
    if (former) /* ", the former US ambassador" */
        j++;
    loc L = {-1, 0, 0, 0};
    int has_loc = parse_locator(x, j, end, &L);
    size_t tj = has_loc ? L.end : j;
    title T;
    if (!parse_title(x, tj, end, 0, &T) || !T.e)
        return 0;
    /* ", charge d'affaires Jaime Serrano": the title of the next person. */
    if (chain_names(x, T.end, end, 3) || titles_next_in_list(x, T.end, end) ||
        (pretitled && comma_name(x, T.end, end)))
        return 0;
    int parent = T.of_actor >= 0 ? T.of_actor : has_loc ? L.actor : -1;
    int body = former ? current_org_office(x, T.end, end) : -1;
    size_t tend = T.end;
    title T2;
    /* ", Deputy Special Representative of the Secretary-General and Acting
     * Head of the UN Mission in Libya": two offices, and only the second
     * names its body, which employs the person. */
    if (parent < 0 && body < 0 && x_tok_is(x, T.end, "and") && parse_title(x, T.end + 1, end, 0, &T2) && T2.e &&
        T2.of_actor >= 0 && !chain_names(x, T2.end, end, 3) && !titles_next_in_list(x, T2.end, end) &&
        !(pretitled && comma_name(x, T2.end, end))) {
        parent = T2.of_actor;
        tend = T2.end;
    }
    if (body >= 0) {
        ag__x_set_parent(x, person, body);
        x->actors[person].affil_weak = 0;
    } else if (parent >= 0) {
        ag__x_bind_affil(x, person, parent);
    } else if (x->actors[person].affil < 0) {
        /* ", Minister of Homeland Security": a title that names no
         * country gets the guess a title before the name gets. */
        int guess = T.e && !T.e->affiliation ? context_affiliation(x, &T) : default_affiliation(x, &T);
        ag__x_set_affil(x, person, receiver_envoy_country(x, &T, guess));
        x->actors[person].affil_weak = x->actors[person].affil >= 0;
    }
    note_title(x, person, &T);
    ag__x_person_code(x, person, title_role(&T));
    return tend - k0;
}

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

/* may_start_mention at a lower-case word that starts a lexicon form (out
 * of line: the word's own flags and classes answer at most words). */
static int may_start_lex(const xdoc *x, size_t j, size_t end)
{
    return x_match(x, j, end, MENTION_KINDS, NULL) || x_tok_has(x, j, WC(HONORIFIC)) || ag__x_name_token(x, j + 1);
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

/* "Government of Mexico", "the government of X". */
static size_t m_government_of(xdoc *x, const mspan *s)
{
    if (x_tok_has2(x, s->j, WC2(GOVERNMENT_OF_NOUN))) {
        if (x_tok_is(x, s->j + 1, "of")) {
            size_t q = s->j + 2;
            if (x_tok_is(x, q, "the"))
                q++;
            loc L = {-1, 0, 0, 0};
            if (parse_locator(x, q, s->end, &L) && !L.is_org) {
                ag__x_add_alias_span(x, L.actor, s->j, L.end);
                push_chunk(x, s->i, L.end, L.actor, s->sent, 0);
                return L.end - s->i;
            }
        }
        int g = -1;
        size_t m = (x_tflags(x, s->j) & AG_TOK_CAP)
                       ? ag__x_gov_name_at(x, s->j, s->end, bare_agency_country(x, s->j), &g)
                       : 0;
        if (m) {
            push_chunk(x, s->i, s->j + m, g, s->sent, 0);
            return s->j + m - s->i;
        }
    }
    return NOPE;
}

/* "the Syrian government", "Myanmar's military junta", "Saudi forces";
 * of a body its members: "Taliban officials", "Hamas leaders". */
static size_t m_government_noun(xdoc *x, const mspan *s)
{
    loc G = {-1, 0, 0, 0};
    if (parse_locator(x, s->j, s->end, &G) && G.form != AG_FORM_DEMONYM) {
        size_t g = gov_noun(x, G.end);
        if (g) {
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
    if (s->j < s->end && s->j < x->t.n_toks && !(x->mkinds[s->j] & (KIND(AG_LX_PLACE) | XM_UNLOOKED)))
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
static int formal_state_name(const xdoc *x, size_t k, int c)
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
    size_t sc = sentence_first_chunk(x);
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

/* "the South Pacific nation", "the Gulf state": the country last spoken of. */
static size_t m_state_noun(xdoc *x, const mspan *s)
{
    size_t n = owned_state_noun(x, s);
    if (n != NOPE)
        return n;
    /* x->sent_cls: a sentence without the noun (most) has none in [j, end). */
    if (s->det && (x->sent_cls & WC(STATE_NOUN)) && x_tok_is(x, s->i, "the") && x->co.country >= 0) {
        for (size_t k = s->j; k < s->end && k < s->j + 4; k++) {
            if (x_tok_has(x, k, WC(STATE_NOUN)) && !x_tok_is(x, k + 1, "of") && !(x_tflags(x, k + 1) & AG_TOK_CAP)) {
                /* Only descriptive words before the noun: "South Pacific", "small", "Gulf"
                 * ("the Secretary of State" is a title). */
                int ok = 1;
                for (size_t q = s->j; q < k && ok; q++)
                    ok = (x_tflags(x, q) & AG_TOK_WORD) && x->tok_chunk[q] < 0 && !x_tok_has(x, q, WC(PREPOSITION)) &&
                         !x_match(x, q, k, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_VERB), NULL);
                if (ok) {
                    push_chunk(x, s->i, k + 1, state_noun_country(x, k), s->sent, 0);
                    return k + 1 - s->i;
                }
                break;
            }
            if (!(x_tflags(x, k) & AG_TOK_WORD))
                break;
        }
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
    if (m) {
        /* An agency followed by a name is a title ("Head of ..."), handled below. */
        title T;
        if (!parse_title(x, s->j, s->end, 1, &T)) {
            /* "Chinese Foreign Ministry spokesperson Wang Wenbin": an
             * official of the agency. */
            title Ta;
            if (parse_title(x, s->j + m, s->end, 1, &Ta)) {
                size_t stop = 0;
                int p = person_after_title(x, s->j + m, s->end, &Ta, ag, &stop);
                if (p >= 0) {
                    ag__x_add_alias_span(x, ag, s->j, s->j + m);
                    x->actors[ag].mentions++;
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
            unsigned fl = s->i > 0 && venue_prep(x, s->i - 1) ? CH_LOC : 0;
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
    int member = (!s->det || x_tok_is(x, s->i, "the")) && parse_title(x, k, s->end, 1, &Ta) && Ta.of_actor < 0;
    if (member) {
        size_t n_at = (Ta.name_at ? Ta.name_at : Ta.end);
        n_at += x_tok_is(x, n_at, ",");
        member = ag__x_scan_name(x, n_at, s->end, &n0) && n0 == n_at;
    }
    if (x->actors[a].kind == AG_ACTOR_COUNTRY && (member || mission_acts(x, s, k)))
        ag__x_mission_at(x, s->j, s->end, 1, &a);
    if (x->actors[a].kind == AG_ACTOR_COUNTRY)
        return NOPE;
    size_t stop = 0;
    int p = member ? person_after_title(x, k, s->end, &Ta, a, &stop) : -1;
    if (p >= 0) {
        x->actors[a].mentions++;
        push_chunk(x, s->i, stop, p, s->sent, 0);
        return stop - s->i;
    }
    unsigned fl = s->i > 0 && venue_prep(x, s->i - 1) ? CH_LOC : 0;
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

/* Organizations the lexicon does not know (orgname.c), and acronyms
 * the text defined for one (resolve.c). */
static size_t m_unknown_org(xdoc *x, const mspan *s)
{
    int og = ag__x_coref_acronym(x, s->j);
    /* A new name ends in a head noun ("Council"), which most sentences lack. */
    size_t m = og >= 0 ? 1 : (x->sent_cls & WC(ORG_HEAD)) ? ag__x_org_at(x, s->j, s->end, &og) : 0;
    if (!m)
        return NOPE;
    push_chunk(x, s->i, s->j + m, og, s->sent, 0);
    return s->j + m - s->i;
}

/* A dateline: the place [i,k) opens a line and a date, a wire service in
 * brackets, a dash or (after capitals) a colon follows ("Caracas, March 3,
 * 2008 -", "Vientiane (VNA) -", "ISLAMABAD:"). */
static int dateline_after(const xdoc *x, size_t i, size_t k)
{
    size_t at = x->t.toks[i].start;
    if (at > 0 && x->text[at - 1] != '\n')
        return 0;
    /* The dash first: one paired with a later dash also reads as a comma. */
    if (!(x_tflags(x, k) & AG_TOK_PAIR) &&
        (x_tok_is(x, k, "-") || x_tok_is(x, k, "\xe2\x80\x93") || x_tok_is(x, k, "\xe2\x80\x94")))
        return 1;
    if (x_tok_is(x, k, ","))
        return x_tok_has(x, k + 1, WC(MONTH) | WC(WEEKDAY)) || (x_tflags(x, k + 1) & AG_TOK_DIGIT);
    if (x_tok_is(x, k, "("))
        return (x_tflags(x, k + 1) & AG_TOK_UPPER) && x_tok_is(x, k + 2, ")");
    return x_tok_is(x, k, ":") && (x_tflags(x, i) & AG_TOK_UPPER) != 0;
}

/* "a Japanese embassy official X", "a Russian defence ministry official
 * Y": the unit words (at most two) between a country's locator and a
 * title at k that is no title itself; 0 if none or no title follows. */
static size_t unit_words(xdoc *x, size_t k, size_t end)
{
    title T;
    size_t n = 0;
    while (n < 2 && k + n < end && x_tok_has2(x, k + n, WC2(UNIT_MODIFIER)) && !parse_title(x, k + n, end, 1, &T))
        n++;
    return n && k + n < end && parse_title(x, k + n, end, 1, &T) ? n : 0;
}

/* "his Russian and Chinese counterparts, A and B (respectively)": the
 * two nationalities go to the two names in order. L: the first locator
 * (at s->j). The span's length, or NOPE. */
static size_t m_paired_titled(xdoc *x, const mspan *s, const loc *L)
{
    loc L2 = {-1, 0, 0, 0};
    title T;
    if (L->is_org || L->form != AG_FORM_ADJ || !x_tok_and(x, L->end) ||
        !parse_locator(x, L->end + 1, s->end, &L2) || L2.is_org || L2.form != AG_FORM_ADJ ||
        L2.actor == L->actor || !parse_title(x, L2.end, s->end, 1, &T))
        return NOPE;
    size_t stop = 0, n0;
    int a = person_after_title(x, s->i, s->end, &T, L->actor, &stop);
    size_t nl = a >= 0 && x_tok_and(x, stop) ? ag__x_scan_name(x, stop + 1, s->end, &n0) : 0;
    int b = nl && n0 == stop + 1 ? ag__x_person_for_name(x, n0, n0 + nl, 1) : -1;
    if (a < 0)
        return NOPE;
    ag__x_bind_affil(x, a, L->actor);
    x->actors[L->actor].mentions++;
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

/* "Foreign Ministry spokesperson X" with no country: the spokesperson
 * speaks for the agency of the country in focus (parse_agency); its
 * length, 0 when the title is no agency's voice. */
static size_t voiced_agency(xdoc *x, const mspan *s, const title *T, int *ag)
{
    if (T->end <= s->j + 1 || !x_tok_has(x, T->end - 1, WC(VOICE_NOUN)) || !(x_tflags(x, s->j) & AG_TOK_CAP))
        return 0;
    return parse_agency(x, s->j, s->end, ag);
}

/* Locator, then title, then name: "Turkish Defense Minister Hulusi
 * Akar", "UNICEF's Niger representative, Stefano Savi", "Head of
 * Turkey's Intelligence Agency Hakan Fidan", "his Syrian counterpart". */
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
    if (parse_title(x, tj, s->end, 1, &T)) {
        size_t stop = 0;
        int p = person_after_title(x, s->i, s->end, &T, has_loc ? L.actor : -1, &stop);
        if (p >= 0) {
            /* "Chinese Foreign Ministry Spokesperson X": the title names
             * the agency the official speaks for. */
            int ag = -1;
            size_t am = has_loc ? (!L.is_org ? parse_agency(x, s->j, s->end, &ag) : 0) : voiced_agency(x, s, &T, &ag);
            if (am && s->j + am <= T.end && ag >= 0) {
                ag__x_set_affil(x, p, ag);
                x->actors[ag].mentions++;
                ag__x_add_alias_span(x, ag, s->j, s->j + am);
            }
            if (has_loc) {
                /* The title's country or organization is named too. */
                size_t le = L.end;
                if (x_tflags(x, le - 1) & AG_TOK_POSS)
                    le--;
                ag__x_add_alias_span(x, L.actor, s->j, le);
                x->actors[L.actor].mentions++;
            }
            /* "Admiral Ali Shamkhani, Secretary of Iran's Supreme National
             * Security Council": the apposition binds the person. */
            size_t app = appositive(x, stop, s->end, p, 1);
            push_chunk(x, s->i, stop + app, p, s->sent, 0);
            return stop + app - s->i;
        }
        /* No name: "the Turkish president", "Australia's foreign minister";
         * initials only after a determiner or as a possessive ("the FM",
         * "PM's aide"; not "Capital FM"). */
        if ((T.e || T.counterpart) && !(abbreviated(&T) && !s->det && !(x_tflags(x, T.end) & AG_TOK_POSS))) {
            int country = has_loc ? L.actor : T.of_actor;
            int q = person_by_title(x, &T, country, x->co.person == -1 ? -1 : (T.counterpart ? x->co.person : -1));
            if (q >= 0) {
                push_chunk(x, s->i, T.end, q, s->sent, CH_NOMINAL);
                return T.end - s->i;
            }
            if (country >= 0 && !T.counterpart) {
                /* An official of a country stands for the country ("the
                 * Turkish president", "the ambassador of Peru"). */
                if (has_loc)
                    ag__x_add_alias_span(x, L.actor, s->j, L.end);
                push_chunk(x, s->i, T.end, country, s->sent, CH_NOMINAL);
                return T.end - s->i;
            }
            if (T.e && s->det)
                return T.end - s->i; /* "the minister" unresolved: skip the words */
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
        /* "Vienna Convention", "Kuwait News Agency": part of a name. */
        if (!L.is_org && !(x_tflags(x, L.end - 1) & AG_TOK_POSS) && (x_tflags(x, L.end) & AG_TOK_CAP) &&
            (x_tflags(x, L.end) & AG_TOK_WORD) && !x_tok_has(x, L.end, WC(TIME_WORD)) &&
            !x_match(x, L.end, s->end, KIND(AG_LX_TITLE) | KIND(AG_LX_AGENCY) | KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON), NULL) &&
            !(L.form == AG_FORM_ADJ && ag__x_name_token(x, L.end) && ag__x_name_token(x, L.end + 1)))
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
         * function word ("Russia on Monday", "Iran and") it does not. */
        if (!(fl & CH_ADJ) && (nf & AG_TOK_WORD) && !(nf & AG_TOK_CAP) && !(x_tflags(x, L.end - 1) & AG_TOK_POSS) &&
            !x_match(x, L.end, s->end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) &&
            !x_tok_has(x, L.end, WC(DETERMINER) | WC(PREPOSITION) | WC(CONJUNCTION) | WC(RELATIVE) |
                                     WC(CLAUSE_BREAK) | WC(IRREALIS) | WC(TIME_ADVERB)))
            fl |= CH_MOD;
        /* "in Moscow", "visit to Nur-Sultan": a place, not the government. */
        if (is_locative_prep(x, s->i - 1) && !(x_tflags(x, L.end - 1) & AG_TOK_POSS))
            fl |= CH_LOC;
        if (dateline_after(x, s->i, core_end)) {
            fl |= CH_LOC;
            int r = ag__x_root(x, L.actor);
            if (x->co.dateline < 0 && r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY)
                x->co.dateline = r;
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
                if (parse_title(x, tt, s->end, 0, &Ta) && Ta.e &&
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
            if (!strong && nl >= 2 && nl <= 3 && n0 == s->j && !x_tok_has(x, n0, WC(LIGHT_VERB)) &&
                !(s->i > 0 && x_tok_has(x, s->i - 1, WC(SUBJECT_BLOCKING_PREP)))) {
                size_t v = ne;
                while (v < s->end && v < ne + 6 && (x_tok_has(x, v, WC(PRE_VERB)) || (x_tflags(x, v) & AG_TOK_CAP)))
                    v++;
                if (v < s->end && !(x_tflags(x, v) & AG_TOK_CAP) &&
                    x_match(x, v, s->end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL))
                    strong = 1;
            }
            if (!strong && possessed_name(x, s->i, n0, ne, s->end))
                strong = 1;
            /* "the Kyrgyz Republic [X]" or "X (Uganda)": a person; the
             * latter's country is bound below, for known persons too. */
            int bc = nl >= 2 ? bracketed_country(x, s->i, ne) : -1;
            int paren = nl >= 2 && bc < 0 && name_paren_country(x, ne, s->end) >= 0;
            p = ag__x_person_by_cue(x, s->i, n0, ne, s->end, strong || bc >= 0 || paren);
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
            if (pc >= 0) {
                ag__x_bind_affil(x, p, pc);
                ag__x_person_code(x, p, NULL);
            }
            size_t app = appositive(x, ne, s->end, p, 0);
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
    /* Pronouns: "he said", "urged it to" (resolve.c). */
    if (!s->det) {
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

/* Sets x->sent_cls, sent_cls2 and sent_flags for sentence si: read from
 * its words once (pass 1, with x->subj_next), then from x->sentsum. */
static void sentence_sum(xdoc *x, size_t si)
{
    const ag_sentence *s = &x->t.sents[si];
    struct xsentsum *m = x->sentsum ? &x->sentsum[si] : NULL;
    if (m && m->set) {
        x->sent_cls = m->cls;
        x->sent_cls2 = m->cls2;
        x->sent_flags = m->flags;
        return;
    }
    uint64_t cls = 0, cls2 = 0;
    unsigned flags = x_tflags(x, s->tok_end) | x_tflags(x, s->tok_end + 1);
    uint32_t next = (uint32_t)s->tok_end;
    for (size_t i = s->tok_end; i-- > s->tok_start;) {
        const ag_token *t = &x->t.toks[i];
        cls2 |= t->cls2;
        cls |= t->cls;
        flags |= t->flags;
        if (x->subj_next)
            x->subj_next[i] = next = ag__x_subject_word(t) ? (uint32_t)i : next;
    }
    x->sent_cls = cls;
    x->sent_cls2 = cls2;
    x->sent_flags = flags;
    if (m)
        *m = (struct xsentsum){cls, cls2, flags, 1};
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
