/* mention_title.c — the locators ("Turkish", "Turkey's", "the UN's"),
 * agencies ("the Turkish Foreign Ministry", "Kenya's Directorate of ...")
 * and titles ("Deputy Prime Minister and Foreign Minister of X") that
 * mention.c's patterns are built of. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <stdint.h>
#include <strings.h>

#include "mention_int.h"

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
void ag__m_locator_fill(xdoc *x, size_t i, size_t end)
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
             * after "and" follows a name, not a qualifier of its own; so
             * does a title of two words or more after a lone name ("by
             * Fernandez and Foreign Minister X"; "State Councillors and
             * Foreign Minister" is a chain of titles). */
            size_t n0;
            int lone = m >= 2 && (i == 0 || !(x_tflags(x, i - 1) & AG_TOK_CAP));
            if (m && cap && !lower && x_tok_is(x, k - 1, "and") && (k >= i + 3 || lone) &&
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

/* title_core_at, its "none" marked at *known (out of line: the answer is
 * mostly known). */
size_t ag__m_title_core_known(xdoc *x, size_t i, size_t end, const ag_lx_entry **e, uint8_t *known)
{
    size_t m = title_core_at(x, i, end, e);
    if (known && !m)
        *known |= XT_NO_TITLE;
    return m;
}

/* The first chunk of the sentence being read (x->co.sent), or n_chunks
 * if it has none yet. */
size_t ag__m_sentence_first_chunk(const xdoc *x)
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
    size_t c = ag__m_sentence_first_chunk(x);
    const xchunk *ch = c < x->n_chunks ? &x->chunks[c] : NULL;
    if (ch && !(ch->flags & (CH_LOC | CH_ADJ)) && x->actors[ch->actor].kind == AG_ACTOR_COUNTRY)
        return ch->actor;
    return x->co.country;
}

/* A venue's preposition at i ("talks at the Foreign Ministry"), not a
 * workplace's ("an official source at the Saudi Foreign Ministry"). */
int ag__m_venue_prep(const xdoc *x, size_t i)
{
    return ag__m_is_locative_prep(x, i) &&
           !(i > 0 && (x_tok_has(x, i - 1, WC(OFFICIAL_NOUN)) || x_tok_has2(x, i - 1, WC2(STAFF_NOUN) | WC2(AIDE_NOUN)) ||
                       x_match(x, i - 1, i, KIND(AG_LX_TITLE), NULL) == 1));
}

/* An envoy opens the sentence ("Russia's Ambassador to Estonia was
 * summoned by the Ministry of Foreign Affairs", "High Commissioner X met
 * ... after the Ministry of External Affairs called him"): the ministry he
 * deals with is his host's, not his own country's (an envoy word in the
 * chunk or right after it: "the Russian envoy", "Russia's Ambassador to
 * Estonia"). */
static int envoy_subject(const xdoc *x, const xchunk *ch)
{
    const xactor *a = &x->actors[ch->actor];
    if (a->kind == AG_ACTOR_PERSON)
        return a->title && ag__x_envoy_title(x, a->title);
    for (size_t k = ch->t0; k < ch->t1 + 2 && k < x->t.n_toks; k++)
        if (x_tok_has2(x, k, WC2(ENVOY_TITLE)))
            return 1;
    return 0;
}

/* The country a bare "the foreign ministry" at i serves: the sentence's
 * subject if it is a country ("Pakistan condemned ... by Iran in a
 * statement released by the Foreign Office"), else the country that led an
 * earlier sentence ("Pakistan recalled its envoy from Iran. The Foreign
 * Office said": not Iran, named last), else the dateline's ("ISLAMABAD:
 * The Foreign Office"), else the country in focus, else the country the
 * whole text is most about. */
int ag__m_bare_agency_country(const xdoc *x, size_t i)
{
    int by;
    return ag__m_bare_agency_country_by(x, i, &by);
}

/* The same; *by_dateline 1 when only the dateline gave the country. */
int ag__m_bare_agency_country_by(const xdoc *x, size_t i, int *by_dateline)
{
    *by_dateline = 0;
    size_t c = ag__m_sentence_first_chunk(x);
    const xchunk *ch = c < x->n_chunks ? &x->chunks[c] : NULL;
    int r = ch ? ag__x_root(x, ch->actor) : -1;
    if (ch && ch->t1 <= i && !(ch->flags & (CH_LOC | CH_ADJ)) && r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY &&
        !(ch->t0 > 0 && x_tok_has(x, ch->t0 - 1, WC(PREPOSITION))) && !envoy_subject(x, ch))
        return r;
    /* "talks at the Foreign Ministry": a place, the host's (in focus). */
    size_t p = i > 0 && x_tok_is(x, i - 1, "the") ? i - 1 : i;
    if (p > 0 && ag__m_venue_prep(x, p - 1))
        return x->co.country;
    *by_dateline = x->co.lead < 0 && x->co.dateline >= 0;
    /* "THE Ministry of Foreign Affairs has dismissed ... its minister, X"
     * opening a text: no country named yet, the one the text is most about
     * (pass 1's count; -1 in pass 1). */
    return x->co.lead >= 0       ? x->co.lead
           : x->co.dateline >= 0 ? x->co.dateline
           : x->co.country >= 0  ? x->co.country
                                 : x->dominant;
}

/* The country of the envoy whose title is at k ("the Ethiopian
 * ambassador", "Turkey's envoy", "Ambassador of Ethiopia", "Ambassador X"
 * of a person already known), or -1; *host gets the country after "to"
 * ("Ambassador of Ethiopia to Sudan"). */
static int envoy_country_at(xdoc *x, size_t k, size_t end, int *host)
{
    loc L = {-1, 0, 0, 0};
    int c = -1;
    for (size_t b = 1; b <= 3 && b <= k && c < 0; b++)
        if (parse_locator(x, k - b, end, &L) && !L.is_org && L.end == k)
            c = L.actor;
    size_t q = k + 1;
    if (c < 0 && x_tok_is(x, q, "of")) {
        q += x_tok_is(x, q + 1, "the") ? 2 : 1;
        if (parse_locator(x, q, end, &L) && !L.is_org) {
            c = L.actor;
            q = L.end;
        }
    } else if (c < 0 && x->pass == 2) {
        size_t n = q;
        while (n < end && (x_tflags(x, n) & AG_TOK_CAP) && (x_tflags(x, n) & AG_TOK_WORD))
            n++;
        char *name = n > q + 1 ? ag__x_surface(x, q, n) : NULL;
        int p = name ? ag__x_find_actor_name(x, name) : -1;
        c = p >= 0 ? ag__x_country_root(x, p) : -1;
        q = n;
    }
    if (x_tok_is(x, q, "to") && parse_locator(x, q + 1, end, &L) && !L.is_org)
        *host = L.actor;
    return c;
}

/* "The Ministry of Foreign Affairs summoned ... the Ethiopian ambassador
 * to Sudan", "The Foreign Ministry reported that in a meeting with
 * Ambassador X": a bare home ministry is never that of the foreign envoy
 * it summons or meets in its sentence. When the fallback country is the
 * envoy's, the ministry serves the envoy's host, else the first other
 * country of the sentence before, the dateline, the focus or the text.
 * (Any other country the text names, by mentions, was tried: it lost on
 * held-out texts.) */
static int not_envoy_country(xdoc *x, size_t k, int country)
{
    size_t end = x->t.sents[x->co.sent].tok_end;
    int host = -1, envoy = -1;
    /* "Ambassador X, Ambassador of Ethiopia to Sudan": the host may come
     * with a later title of the same envoy. */
    for (; k < end; k++)
        if (x_tok_has2(x, k, WC2(ENVOY_TITLE))) {
            int c = envoy_country_at(x, k, end, &host);
            envoy = envoy >= 0 ? envoy : c;
        }
    if (envoy < 0 || ag__x_root(x, envoy) != ag__x_root(x, country))
        return country;
    if (host >= 0 && host != envoy)
        return host;
    const int alt[] = {x->co.lead, x->co.dateline, x->co.country, x->dominant};
    for (size_t a = 0; a < sizeof alt / sizeof alt[0]; a++)
        if (alt[a] >= 0 && x->actors[alt[a]].kind == AG_ACTOR_COUNTRY && ag__x_root(x, alt[a]) != ag__x_root(x, envoy))
            return alt[a];
    return country;
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

/* The actor of agency type `entry` of country (-1: none named), made
 * when new ("Ministry of Foreign Affairs of Turkey", its role and code the
 * country's and the type's); -1 when out of memory. */
int ag__x_agency_actor(xdoc *x, uint32_t entry, int country)
{
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, entry);
    char *name = country >= 0 ? ag__x_cat(x, e->name, " of ", x->actors[country].name)
                              : ag_arena_strdup(x->doc->arena, e->name);
    /* A named organization of the lexicon may be this very agency
     * ("Ministry of Foreign Affairs of Turkey" listed by name). */
    int made, a = name ? ag__x_org_named(x, name, &made) : -1;
    if (a < 0 || !made)
        return a;
    x->actors[a].role = e->role;
    x->actors[a].agency = (int)entry;
    if (country >= 0) {
        ag__x_set_affil(x, a, country);
        const char *cc = x->actors[country].code;
        if (cc)
            x->actors[a].code = ag__x_cat(x, cc, e->role ? e->role : "GOV", "");
    }
    return a;
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

/* 1 if no word of [j,k) is capitalized ("the foreign ministry"). */
static int lower_words(const xdoc *x, size_t j, size_t k)
{
    for (size_t q = j; q < k; q++)
        if (x_tflags(x, q) & AG_TOK_CAP)
            return 0;
    return 1;
}

/* 1 if a verb follows at k ("the foreign ministry summoned", "... said"),
 * not a noun the words qualify ("the foreign ministry delegations"). */
static int verb_follows(const xdoc *x, size_t k, size_t end)
{
    if (k >= end)
        return 0;
    return x_match(x, k, end, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) ||
           x_tok_has(x, k, WC(AUXILIARY) | WC(BE) | WC(HAVE) | WC(MODAL) | WC(SPEECH_VERB) | WC(REPORT_VERB)) ||
           x_tok_ends(x, k, "ed", 3);
}

/* Does the "and" at k follow a person's name ("State Minister X and
 * Ministry of Foreign Affairs spokesperson Y")? Then what follows is the
 * list's next item, not more of the first one's title. */
static int after_person(const xdoc *x, size_t k)
{
    int c = k > 0 ? x->tok_chunk[k - 1] : -1;
    return c >= 0 && x->chunks[c].t1 == k && x->chunks[c].actor >= 0 &&
           x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON;
}

/* "Foreign Ministry spokeswoman Hua Chunying", "the foreign ministry's
 * spokesman, X": a bare agency whose spokesperson at k (a voice noun) is a
 * person the lexicon knows serves that person's country, whatever country
 * led the sentences before (corpus pc-217); -1 if none. */
static int voice_person_country(xdoc *x, size_t k, size_t end)
{
    size_t q = k + 1;
    if (x_tok_is(x, q, ","))
        q++;
    ag_lx_hit h;
    if (q >= end || !(x_tflags(x, q) & AG_TOK_CAP) || !x_match(x, q, end, KIND(AG_LX_PERSON), &h) ||
        !ag_lexicon_entry(x->lx, h.entry)->affiliation)
        return -1;
    int p = ag__x_actor_for_lex(x, h.entry, 0);
    return p >= 0 ? ag__x_country_root(x, p) : -1;
}

size_t ag__m_parse_agency(xdoc *x, size_t i, size_t end, int *actor)
{
    /* Whether an agency's form is here, or after a locator here, depends on
     * the words and the lexicon alone: where none is, x->tknown keeps it
     * for the next call and pass 2 (most calls find none). */
    uint8_t *known = known_at(x, i, end);
    if (known && (*known & XT_NO_AGENCY))
        return 0;
    size_t j = i;
    loc L = {-1, 0, 0, 0};
    int has_loc = parse_locator(x, j, end, &L) && !L.is_org;
    if (has_loc)
        j = L.end;
    ag_lx_hit h;
    size_t m = x_match(x, j, end, KIND(AG_LX_AGENCY), &h);
    if (!m) {
        if (known)
            *known |= XT_NO_AGENCY;
        return 0;
    }
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
        int poss = possessive_state_country(x, i), by_dateline = 0;
        int voice = x_tok_has(x, k, WC(VOICE_NOUN)) && (!(i > 0 && x_tok_and(x, i - 1)) || after_person(x, i - 1));
        int spk = voice ? voice_person_country(x, k, end) : -1;
        country = m >= 2 && (x_tok_is(x, i - 1, "the") || poss != -2 || voice) &&
                          (!(x_tflags(x, k) & AG_TOK_CAP) || voice)
                      ? (spk >= 0 ? spk : poss != -2 ? poss : ag__m_bare_agency_country_by(x, i, &by_dateline))
                      : -1;
        if (country < 0)
            return 0;
        if (spk < 0 && poss == -2)
            country = not_envoy_country(x, k, country);
        /* "SEOUL, June 9 (Yonhap) -- The foreign ministry summoned": a
         * description ("the foreign ministry", no name) whose country only
         * the dateline gives is that country acting, no body of its own. */
        if (by_dateline && lower_words(x, j, k) && verb_follows(x, k, end)) {
            *actor = country;
            return k - i;
        }
    }
    int named = country >= 0 ? named_agency_of(x, j, k, country) : -1;
    if (named >= 0) {
        *actor = named;
        x->co.agency = named;
        return k - i;
    }
    int a = ag__x_agency_actor(x, h.entry, country);
    if (a < 0)
        return 0;
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

/* Note that title T's tail names actor a at token at. */
static void tail_names(title *T, int a, size_t at)
{
    if (T->n_named < (int)(sizeof T->named / sizeof T->named[0])) {
        T->named[T->n_named] = a;
        T->named_at[T->n_named++] = at;
    }
}

void ag__m_title_count(xdoc *x, const title *T, size_t stop)
{
    for (int k = 0; k < T->n_named; k++)
        if (T->named_at[k] < stop)
            x->actors[T->named[k]].mentions++;
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
    tail_names(T, a, q);
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
    size_t m = ag__m_parse_agency(x, q, end, ag);
    if (!m && !in)
        m = ag__x_org_at(x, q, end, ag);
    /* "Prime Minister of the interim Government of National Unity". */
    size_t g = q + (!(x_tflags(x, q) & AG_TOK_CAP) && (x_tflags(x, q + 1) & AG_TOK_CAP));
    if (!m && (x_tflags(x, g) & AG_TOK_CAP) && x_tok_has2(x, g, WC2(GOVERNMENT_OF_NOUN)) &&
        (m = ag__x_gov_name_at(x, g, end, ag__m_bare_agency_country(x, g), ag)))
        m += g - q;
    /* "X, spokesperson for the ministry,": a lower-case head noun that
     * closes the phrase is the body named before with that head. */
    if (!m && q > 0 && x_tok_is(x, q - 1, "the") && q + 1 < end && !(x_tflags(x, q) & AG_TOK_CAP) &&
        (x_tflags(x, q + 1) & AG_TOK_PUNCT)) {
        int a = ag__x_coref_head(x, q);
        if (a >= 0 && x->actors[a].kind == AG_ACTOR_ORGANIZATION) {
            *ag = a;
            m = 1;
        }
    }
    return m;
}

/* "his counterpart from Poland": a counterpart's country, as "of"
 * ("counterparts from the US, Japan and ..." are several). */
static int counterpart_from(const xdoc *x, size_t k, const title *T)
{
    size_t kl = strlen(T->key);
    return T->counterpart && kl && T->key[kl - 1] != 's' && x_tok_is(x, k, "from");
}

/* The start of the capitalized name words (two to five) that end a title's
 * tail k+1 .. r after its last portfolio word, or 0 if there are none. A
 * particle inside the name ("Bandar Ibrahim Al Khorayef") is no portfolio
 * word, though "Al" alone names none. */
size_t ag__m_tail_name_run(const xdoc *x, size_t k, size_t r)
{
    size_t p = r;
    while (p > k + 1 && (x_tflags(x, p - 1) & AG_TOK_CAP) &&
           (!x_tok_has(x, p - 1, WC(NOT_NAME)) || (p < r && x_tok_has(x, p - 1, WC(NAME_PARTICLE)))))
        p--;
    return p > k + 1 && r - p >= 2 && r - p <= 5 ? p : 0;
}

/* A title's descriptive tail k+1 .. r with no comma: the name follows the
 * run's last portfolio word or connector ("of Water and Agriculture Abdul
 * Rahman Al-Fadley": words that never name a person), else it is the last
 * two capitalized words, three with a middle initial ("of Defense Mark T
 * Esper", "of Investment Badr Al Badr" with the word before a particle).
 * Returns where the name starts (T->name_at), or k if none. */
static size_t tail_name_start(const xdoc *x, size_t k, size_t r, title *T)
{
    size_t p = ag__m_tail_name_run(x, k, r);
    if (p) {
        T->name_at = p;
        return p;
    }
    if (r - (k + 1) >= 3) {
        size_t n = r - (k + 1) >= 4 && one_letter(x, r - 2) ? 3 : 2;
        /* "of Investment Badr Al Badr", "Crown Prince Mohammed bin
         * Salman": a particle starts no name; its given name is before. */
        while (r - n > k + 1 && n < 5 && x_tok_has(x, r - n, WC(NAME_PARTICLE)))
            n++;
        T->name_at = r - n;
        return r - n;
    }
    return k;
}

/* Are tokens [a, b) two to four capitalized words (a name, no "and")? */
static int caps_only(const xdoc *x, size_t a, size_t b)
{
    if (b < a + 2 || b > a + 4)
        return 0;
    for (size_t q = a; q < b; q++)
        if (!(x_tflags(x, q) & AG_TOK_CAP) || !(x_tflags(x, q) & AG_TOK_WORD))
            return 0;
    return 1;
}

/* "Minister of Information, Ghana, Hon. X", "The Foreign Minister,
 * Ghana, X": a country set off by commas after a title, before the name,
 * is the title's country (the by-line style of official releases). r: the
 * comma before it. Returns the token after the closing comma, 0 if none. */
static size_t comma_country(xdoc *x, size_t r, size_t end, title *T)
{
    loc L = {-1, 0, 0, 0};
    if (T->of_actor >= 0 || !parse_locator(x, r + 1, end, &L) || L.is_org || !x_tok_is(x, L.end, ",") ||
        (x_tflags(x, L.end - 1) & AG_TOK_POSS) || x->actors[L.actor].kind != AG_ACTOR_COUNTRY)
        return 0;
    T->of_actor = L.actor;
    tail_names(T, L.actor, r + 1);
    return L.end + 1;
}

/* "The Spokesperson, Ministry of Foreign Affairs, X": an agency's name set
 * off by commas between a title and the name is the title's employer; a
 * bare one (no country, no "the") is the country's in focus, as "the
 * ministry" is. r: the comma before it. Returns the token after the
 * closing comma, 0 if none. */
static size_t comma_body(xdoc *x, size_t r, size_t end, title *T)
{
    ag_lx_hit h;
    size_t m = T->of_actor < 0 && (x_tflags(x, r + 1) & AG_TOK_CAP) ? x_match(x, r + 1, end, KIND(AG_LX_AGENCY), &h) : 0;
    if (m < 2 || !x_tok_is(x, r + 1 + m, ",") || !ag__x_name_token(x, r + 2 + m))
        return 0;
    int ag = -1, country = -1;
    /* A bare one only in pass 2: a person bound in pass 1 to the body of
     * the country then in focus would keep it. */
    if ((ag__m_parse_agency(x, r + 1, end, &ag) != m || ag < 0) &&
        (x->pass != 2 || (country = ag__m_bare_agency_country(x, r + 1)) < 0 ||
         (ag = ag__x_agency_actor(x, h.entry, country)) < 0))
        return 0;
    T->of_actor = ag;
    ag__x_add_alias_span(x, ag, r + 1, r + 1 + m);
    tail_names(T, ag, r + 1);
    return r + 2 + m;
}

static size_t of_tail(xdoc *x, size_t k, size_t end, int pre_name, title *T)
{
    int on = post_on(x, k), in = x_tok_is(x, k, "in");
    int from = counterpart_from(x, k, T);
    if (!(on || in || from || x_tok_is(x, k, "of") || x_tok_is(x, k, "for") || x_tok_is(x, k, "to") || x_tok_is(x, k, "at")))
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
        tail_names(T, ag, q);
        return q + m;
    }
    loc L = {-1, 0, 0, 0};
    if (parse_locator(x, q, end, &L)) {
        /* "Special Envoy for Syria": the post, not the sender. */
        if (!to && (L.is_org || !x_tok_is(x, k, "for")))
            T->of_actor = L.actor;
        tail_names(T, L.actor, q);
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
    if (x_tok_is(x, k, "to") || from)
        return k;
    /* A descriptive tail: capitalized words, commas and "and" before the
     * name ("for Political Affairs, Peace, and Security, Bankole Adiwoye"),
     * or lower-case words up to a comma after a name. */
    size_t r = k + 1, last_comma = 0, prev_comma = 0;
    while (r < end) {
        /* "Minister of International Relations and Cooperation of the
         * Republic of Namibia": a country or body that ends the tail. */
        if (r > k + 1 && x_tok_is(x, r, "of")) {
            size_t q2 = r + 1 + (x_tok_is(x, r + 1, "the") ? 1 : 0);
            int ag2 = -1;
            size_t m2 = ag__m_parse_agency(x, q2, end, &ag2);
            if (m2 && ag2 >= 0) { /* "... of the Ministry of Foreign Affairs of Mexico" */
                T->of_actor = ag2;
                ag__x_add_alias_span(x, ag2, q2, q2 + m2);
                tail_names(T, ag2, q2);
                r = q2 + m2;
                if (pre_name && x_tok_is(x, r, ",")) {
                    T->name_at = r + 1;
                    return r + 1;
                }
                return r;
            }
            if (parse_locator(x, q2, end, &L)) {
                T->of_actor = L.actor;
                tail_names(T, L.actor, q2);
                return L.end;
            }
        }
        unsigned f = x_tflags(x, r);
        if (!pre_name && clause_verb(x, r))
            break; /* ", Minister of Homeland Security toured ...": no comma closes it */
        if ((f & AG_TOK_WORD) && ((f & AG_TOK_CAP) || !pre_name || x_tok_is(x, r, "and") || x_tok_is(x, r, "of") ||
                                  (x_tok_is(x, r, "the") && x_tok_is(x, r - 1, "and"))))
            r++;
        else if (x_tok_is(x, r, ",") && pre_name && !next_entry_title(x, r + 1, end) &&
                 ((x_tflags(x, r + 1) & AG_TOK_CAP) || (x_tok_and(x, r + 1) && x_tok_has(x, r + 2, WC(NOT_NAME))))) {
            /* ", Peace, and Security, X" goes on (a portfolio word); ", and
             * senior officials" and ", and Laura R." end a list */
            comma_country(x, r, end, T);
            prev_comma = last_comma;
            last_comma = r;
            r++;
        } else
            break;
        if (r - k > 14)
            break;
    }
    if (!pre_name)
        return r;
    if (last_comma && last_comma + 1 == r && prev_comma && caps_only(x, prev_comma + 1, last_comma)) {
        /* "for Africa, Cyril Sartor, said": that comma closes the name */
        r = last_comma;
        last_comma = prev_comma;
    }
    if (last_comma && last_comma + 1 < r) {
        T->name_at = last_comma + 1;
        return last_comma + 1;
    }
    return tail_name_start(x, k, r, T);
}

/* Where title T, whose words end before k, ends with its tail: a mission
 * ("Ambassador to X"), a country between commas, an "of"/"for" tail. */
static size_t title_tail(xdoc *x, size_t k, size_t end, int pre_name, title *T)
{
    size_t me = mission_tail(x, k, end, pre_name, T);
    if (me)
        return me;
    size_t cc = 0;
    if (pre_name && x_tok_is(x, k, ",") && !(cc = comma_country(x, k, end, T)))
        cc = comma_body(x, k, end, T);
    if (cc) {
        T->name_at = cc;
        return cc;
    }
    return of_tail(x, k, end, pre_name, T);
}

/* The rest of an office's name after "and" when a country or body follows
 * it: "Minister of Foreign Affairs [and International Trade] of the
 * Republic of Zimbabwe", "[& Expatriates] of Palestine"; or, before the
 * name's comma, when the title opens the sentence's apposition ("Minister
 * of Foreign Affairs [and International Cooperation], X, said": the
 * portfolio spelled out, the country left to the context). Returns its
 * length, 0 if none. */
static size_t office_rest(xdoc *x, size_t k, size_t end, int pre_name)
{
    if (!x_tok_is(x, k, "and") && !x_tok_is(x, k, "&"))
        return 0;
    loc L = {-1, 0, 0, 0};
    size_t r = k + 1;
    while (r < end && r < k + 6 && (x_tflags(x, r) & AG_TOK_WORD) && (x_tflags(x, r) & AG_TOK_CAP) &&
           !parse_locator(x, r, end, &L) &&
           !x_match(x, r, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON) | KIND(AG_LX_TITLE), NULL))
        r++;
    if (r == k + 1)
        return 0;
    if (pre_name && x_tok_is(x, r, ",") && r + 1 < end && (x_tflags(x, r + 1) & AG_TOK_CAP))
        return r - k;
    if (!x_tok_is(x, r, "of"))
        return 0;
    size_t q = r + 1 + (x_tok_is(x, r + 1, "the") ? 1 : 0);
    return parse_locator(x, q, end, &L) ? r - k : 0;
}

int ag__m_parse_title_at(xdoc *x, size_t i, size_t end, int pre_name, title *T, size_t m, const ag_lx_entry *e)
{
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
    k += office_rest(x, k, end, pre_name);
    /* "Mr Deputy Minister X" (an address): the honorific is no word of
     * the office, which affil_office.c reads for the body he serves. */
    size_t ki = i;
    while (ki + 1 < k && x_tok_has(x, ki, WC(HONORIFIC)))
        ki++;
    ag__x_phrase(x, ki, k, T->key, sizeof T->key);
    for (char *p = T->key; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    /* "Foreign Ministry spokesperson Ambassador X": an envoy's rank right
     * before the name is worn as an honorific; the office is the first. */
    const ag_lx_entry *e3 = NULL;
    size_t m3 = pre_name && x_tok_has2(x, k, WC2(ENVOY_TITLE)) && (x_tflags(x, k) & AG_TOK_CAP) ? title_core(x, k, end, &e3) : 0;
    if (m3 == 1 && e3 && k + 1 < end && (x_tflags(x, k + 1) & AG_TOK_CAP) && !title_core(x, k + 1, end, &e3))
        k++;
    T->end = title_tail(x, k, end, pre_name, T);
    return 1;
}

/* 1 if a hostile stance phrase of the lexicon ends right before token i
 * ("voiced alarm", "expressed deep concern"): an "at" after it takes the
 * stance's object ("voiced alarm at Israel"), not a venue. */
static int grievance_before(const xdoc *x, size_t i)
{
    ag_lx_hit h;
    for (size_t k = 1; k <= 3 && i >= k; k++)
        if (x_match(x, i - k, i, KIND(AG_LX_VERB), &h) == k && ag_lexicon_entry(x->lx, h.entry)->polarity < 0)
            return 1;
    return 0;
}

int ag__m_is_locative_prep(const xdoc *x, size_t i)
{
    if (x_tok_has(x, i, WC(LOCATIVE_PREP)))
        return !x_tok_is(x, i, "at") || !grievance_before(x, i);
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
