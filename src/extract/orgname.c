/* orgname.c — organizations the lexicon does not know, recognized by the
 * head noun of their name (the lexicon's "org_head" words: Committee,
 * Service, Mission, Council, Front, Movement, ...): capitalized words up to
 * the last head ("Pakistan High Commission", "Border Security Force"), a
 * country named right after it ("Border Guard Bangladesh"), and tails of
 * "of"/"for" with capitalized words ("State Committee for National Security
 * of the Republic of Belarus", "Cabinet of Ministers of the Kyrgyz
 * Republic"). The name is the text's; the affiliation is the country the
 * name holds, or the organization it holds ("UN Regional Centre ..." ->
 * United Nations, corpus convention 16).  Lexicon names and titles win:
 * a span the lexicon knows as long is left to mention.c. */
#include <string.h>
#include <strings.h>

#include "extract_int.h"

static int cap_word(const xdoc *x, size_t k)
{
    unsigned f = x_tflags(x, k);
    return (f & AG_TOK_WORD) && (f & AG_TOK_CAP) && !(f & AG_TOK_DIGIT) &&
           !x_tok_has(x, k, WC(MONTH) | WC(WEEKDAY) | WC(TIME_WORD) | WC(DETERMINER));
}

/* A country or organization form at k: its length (0 if none). */
static size_t place_form(const xdoc *x, size_t k, size_t end, ag_lx_hit *h)
{
    return x_match(x, k, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG), h);
}

/* Words that end a name: a title or a person the lexicon knows, a phrase
 * that is no actor ("News Agency"), a verb ("Countries Condemn Mexican
 * Embassy" of a headline); before the head also a noun of a group
 * ("Countries ..."), which a tail may hold ("Cabinet of Ministers"). */
static int stops_name(const xdoc *x, size_t k, size_t end)
{
    ag_lx_hit h;
    size_t m = x_match(x, k, end,
                       KIND(AG_LX_TITLE) | KIND(AG_LX_PERSON) | KIND(AG_LX_BLOCK) | KIND(AG_LX_VERB) |
                           KIND(AG_LX_MEET),
                       &h);
    if (!m)
        return 0;
    /* "United Nations Support Mission": a verb's bare lemma right before a
     * head noun is a noun of the name (a headline's verb is inflected:
     * "UN Extends Mission"). */
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, h.entry);
    const ag_token *t = &x->t.toks[k];
    return !(m == 1 && (e->kind == AG_LX_VERB || e->kind == AG_LX_MEET) && x_tok_has(x, k + 1, WC(ORG_HEAD)) &&
             strlen(e->name) == t->end - t->start && !strncasecmp(e->name, x->text + t->start, t->end - t->start));
}

/* Capitalized words from j (lexicon forms among them, "and" between
 * them): where the last head noun ends, or 0 when there is none. */
static size_t name_core(const xdoc *x, size_t j, size_t end)
{
    size_t k = j, head_end = 0;
    while (k < end && k < j + 10) {
        ag_lx_hit h;
        size_t m = place_form(x, k, end, &h);
        if (m && !(x_tflags(x, k + m - 1) & AG_TOK_POSS) && !(x_tflags(x, k + m) & AG_TOK_POSS)) {
            /* "Central Security Council": a body's form that ends in a
             * head, after other words of the name, ends the name too. */
            if (k > j && ag_lexicon_entry(x->lx, h.entry)->kind == AG_LX_ORG && x_tok_has(x, k + m - 1, WC(ORG_HEAD)))
                head_end = k + m;
            k += m;
            continue;
        }
        /* A noun of a group ends the name ("Latin American Countries
         * Condemn") unless a head follows it ("Sahel Mediators Forum"). */
        int group_noun = x_tok_has(x, k, WC(PAIR_NOUN)) && !(k + 1 < end && x_tok_has(x, k + 1, WC(ORG_HEAD)));
        if (cap_word(x, k) && !stops_name(x, k, end) && !group_noun) {
            if (x_tok_has(x, k, WC(ORG_HEAD)))
                head_end = k + 1;
            k++;
        } else if (k > j && (x_tok_is(x, k, "and") || x_tok_is(x, k, "&")) && cap_word(x, k + 1)) {
            k++;
        } else {
            break;
        }
    }
    /* "Border Guard Bangladesh": a country's name closes the name. */
    ag_lx_hit h;
    size_t m = head_end ? place_form(x, head_end, end, &h) : 0;
    if (m && h.form == AG_FORM_NAME && !(x_tflags(x, head_end + m) & AG_TOK_POSS) &&
        ag_lexicon_entry(x->lx, h.entry)->kind == AG_LX_COUNTRY && !cap_word(x, head_end + m))
        head_end += m;
    return head_end;
}

/* "Central Asia", "West Africa", "the Middle East": compass words and a
 * continent's, or two compass words; its length at k, or 0. */
static size_t region_name(const xdoc *x, size_t k, size_t end)
{
    size_t r = k;
    while (r < end && r < k + 3 && cap_word(x, r) && x_tok_has2(x, r, WC2(COMPASS_WORD)))
        r++;
    if (r < end && cap_word(x, r) && x_tok_has3(x, r, WC3(CONTINENT_WORD)))
        return r + 1 - k;
    return r - k >= 2 ? r - k : 0;
}

/* "... for Central Asia Kakha Imnadze", "... Office in Geneva Tatiana
 * Valovaya": two to four words of a person's name right after a place,
 * none a head noun, and no capitalized word after them. The place then
 * ends the body's name: the person is its head, named after it. */
static int person_after(const xdoc *x, size_t k, size_t end)
{
    size_t n0, nl = k < end && ag__x_name_token(x, k) ? ag__x_scan_name(x, k, end, &n0) : 0;
    if (nl < 2 || nl > 4 || n0 != k || cap_word(x, k + nl))
        return 0;
    for (size_t r = k; r < k + nl; r++)
        if (x_tok_has(x, r, WC(ORG_HEAD)) || x_match(x, r, end, KIND(AG_LX_PLACE), NULL))
            return 0;
    return 1;
}

/* A place at k that a person's name follows (person_after): a region, a
 * city or a country; where it ends, or k. */
static size_t place_before_person(const xdoc *x, size_t k, size_t end)
{
    size_t m = region_name(x, k, end);
    if (!m)
        m = x_match(x, k, end, KIND(AG_LX_PLACE) | KIND(AG_LX_COUNTRY), NULL);
    return m && person_after(x, k + m, end) ? k + m : k;
}

/* "UN Support Mission in Libya", "EU Training Mission in Mali": a
 * mission's name ends in its host country; any body's in the place a
 * person's name follows ("the UN Office in Geneva Tatiana Valovaya"). */
static size_t mission_in(const xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, "in"))
        return k;
    size_t p = x_tok_has(x, k - 1, WC(ORG_HEAD)) ? place_before_person(x, k + 1, end) : k + 1;
    if (p > k + 1)
        return p;
    ag_lx_hit h;
    size_t m = x_tok_has2(x, k - 1, WC2(MISSION_NOUN)) ? place_form(x, k + 1, end, &h) : 0;
    if (!m || h.form != AG_FORM_NAME || ag_lexicon_entry(x->lx, h.entry)->kind != AG_LX_COUNTRY ||
        cap_word(x, k + 1 + m))
        return k;
    return k + 1 + m;
}

/* "Defence, Intelligence and Foreign Relations": at the comma r, a
 * list of capitalized words that "and" closes within eight words. */
static int comma_list(const xdoc *x, size_t r, size_t end)
{
    for (size_t k = r + 1; k < end && k < r + 9; k++) {
        if (x_tok_is(x, k, "and"))
            return k > r + 1 && cap_word(x, k + 1);
        if (!cap_word(x, k) && !x_tok_is(x, k, ","))
            return 0;
    }
    return 0;
}

/* Tails "of X", "for Y": capitalized words; a country ends the name.
 * After a head noun also "on X" ("Committee on Foreign Affairs", "Senate
 * Committee on Defence, Intelligence and Foreign Relations"): the subjects
 * of a committee or commission, a list with commas among them. */
static size_t name_tails(const xdoc *x, size_t k, size_t end)
{
    if (mission_in(x, k, end) > k)
        return mission_in(x, k, end);
    while (x_tok_is(x, k, "of") || x_tok_is(x, k, "for") ||
           (x_tok_is(x, k, "on") && k > 0 && x_tok_has(x, k - 1, WC(ORG_HEAD)))) {
        int on = x_tok_is(x, k, "on");
        size_t q = k + 1;
        if (x_tok_is(x, q, "the"))
            q++;
        size_t r = q;
        while (r < end && r < q + 8) {
            size_t g = place_before_person(x, r, end);
            if (g > r)
                return g; /* "for Central Asia Kakha Imnadze" */
            ag_lx_hit h;
            size_t m = place_form(x, r, end, &h);
            if (m && !(x_tflags(x, r + m - 1) & AG_TOK_POSS)) {
                r += m;
                if (ag_lexicon_entry(x->lx, h.entry)->kind == AG_LX_COUNTRY)
                    return r; /* "of the Kyrgyz Republic Edil Baisalov" */
            } else if (cap_word(x, r) && !stops_name(x, r, end)) {
                r++;
            } else if (r > q && (x_tok_is(x, r, "and") || x_tok_is(x, r, "&")) && cap_word(x, r + 1)) {
                r++;
            } else if (on && r > q && x_tok_is(x, r, ",") && cap_word(x, r + 1) && comma_list(x, r, end)) {
                r++;
            } else {
                break;
            }
        }
        if (r > q && (x_tok_is(x, r - 1, "and") || x_tok_is(x, r - 1, "&")))
            r--; /* "and" joins only the words it is between */
        if (r == q)
            break;
        k = r;
    }
    return k;
}

/* The name's parent: the first country it names, else the first
 * organization. A body of government (a head that is also an agency's:
 * Committee, Council, Assembly, ...) belongs to any country its name holds
 * ("National Assembly of Venezuela", "the Pakistani Parliament"); any other
 * body only to a country named before or right after its head ("Pakistan
 * High Commission", "Border Guard Bangladesh"), not in its tails ("Popular
 * Front for the Liberation of Palestine", an armed group: convention 15),
 * and never by an adjective ("the Colombian Catholic Church"). An
 * organization in a tail is the body's parent ("Panel of Elders of the
 * Southern African Development Community"). */
static int name_parent(xdoc *x, size_t j, size_t core, size_t e)
{
    int org = -1;
    int gov_head = 0;
    for (size_t k = j; k < e; k++)
        gov_head |= x_tok_has(x, k, WC(AGENCY_HEAD_NOUN)) && x_tok_has(x, k, WC(ORG_HEAD));
    /* "Kenya's Directorate of Criminal Investigations": a body of
     * government after its country's possessive is that country's (an
     * armed group's head is none: "Sudan's Rapid Support Forces"). */
    size_t p = j > 1 && (x_tflags(x, j - 1) & AG_TOK_POSS) ? j - 1 : 0;
    for (size_t k = p; gov_head && k > 0 && k + 4 > p;) {
        ag_lx_hit h;
        k--;
        if (x_match(x, k, p, KIND(AG_LX_COUNTRY), &h) == p - k && h.form != AG_FORM_DEMONYM)
            return ag__x_actor_for_lex(x, h.entry, 0);
    }
    /* The host of "... Mission in Mali" is no parent. */
    size_t lim = x_tok_is(x, core, "in") ? core : e;
    for (size_t k = j; k < lim;) {
        ag_lx_hit h;
        size_t m = place_form(x, k, e, &h);
        if (!m) {
            k++;
            continue;
        }
        const ag_lx_entry *en = ag_lexicon_entry(x->lx, h.entry);
        if (en->kind == AG_LX_COUNTRY && (k < core || gov_head) && (h.form != AG_FORM_ADJ || gov_head) &&
            h.form != AG_FORM_DEMONYM)
            return ag__x_actor_for_lex(x, h.entry, 0);
        /* Not a body whose form is the name's own end ("Central
         * Security Council"). */
        if (en->kind == AG_LX_ORG && org < 0 && k + m != core)
            org = ag__x_actor_for_lex(x, h.entry, 0);
        k += m;
    }
    return org;
}

/* The organization of a lexicon form in [j, core) that ends at the head
 * word core - 1 or right before it, or -1. */
static int known_before(xdoc *x, size_t j, size_t core)
{
    int plain = 0;
    for (size_t k = j; k + 1 < core;) {
        ag_lx_hit h;
        size_t m = place_form(x, k, core, &h);
        const ag_lx_entry *en = m ? ag_lexicon_entry(x->lx, h.entry) : NULL;
        /* A form that ends at the head after a plain word is another
         * body's tail ("Central Security Council"). */
        if (en && k + m + 1 >= core && en->kind == AG_LX_ORG &&
            !(plain && k + m == core))
            return ag__x_actor_for_lex(x, h.entry, 0);
        /* ("Algeria-backed Polisario Front" is the Front.) */
        plain |= !m && !(x_tflags(x, k) & AG_TOK_HYPHEN);
        k += m ? m : 1;
    }
    return -1;
}

/* "the 26th SADC Ministerial Committee ...", "the 11th National LPRP
 * Congress", "a General Border Committee meeting": the name of a session
 * or meeting, after an ordinal or before a gathering noun. */
static int event_name(const xdoc *x, size_t j, size_t e)
{
    if (x_tok_has(x, e, WC(GATHERING_NOUN)))
        return 1;
    if (j == 0 || !(x_tflags(x, j - 1) & AG_TOK_DIGIT))
        return 0;
    const ag_token *t = &x->t.toks[j - 1];
    const char *w = x->text + t->end - 2;
    return t->end - t->start >= 3 && (!strncmp(w, "th", 2) || !strncmp(w, "st", 2) || !strncmp(w, "nd", 2) ||
                                      !strncmp(w, "rd", 2));
}

/* 1 if a lexicon organization's form starts in [k, e). */
static int org_form_inside(const xdoc *x, size_t k, size_t e)
{
    for (; k < e; k++)
        if (x_match(x, k, e, KIND(AG_LX_ORG), NULL))
            return 1;
    return 0;
}

/* "SADC Panel of Elders", "AU High-Level Panel": an organization's form
 * before the first words of the name of a body of that organization that
 * the text gave in full ("Panel of Elders of the Southern African
 * Development Community"): that body, or -1. */
static int body_short_name(xdoc *x, size_t j, size_t e)
{
    ag_lx_hit h;
    size_t m = x_match(x, j, e, KIND(AG_LX_ORG), &h), k = j;
    /* The organization's form may also stand right before the name. */
    while (!m && k > 0 && k + 4 > j) {
        k--;
        if (x_match(x, k, j, KIND(AG_LX_ORG), &h) == j - k) {
            m = j - k;
            j = k;
        }
    }
    const char *rest = m && j + m < e ? ag__x_surface(x, j + m, e) : NULL;
    if (!rest)
        return -1;
    size_t n = strlen(rest);
    for (size_t i = 0; i < x->n_actors; i++) {
        const xactor *a = &x->actors[i];
        if (a->kind == AG_ACTOR_ORGANIZATION && a->affil >= 0 && x->actors[a->affil].lex == (int)h.entry &&
            strncmp(a->name, rest, n) == 0 && a->name[n] == ' ')
            return (int)i;
    }
    return -1;
}

/* 1 if the lexicon entry is a political party (a CAMEO code ending in
 * PTY: "CHNPTY"). */
static int party_entry(const ag_lx_entry *en)
{
    size_t n = en->kind == AG_LX_ORG && en->code ? strlen(en->code) : 0;
    return n >= 3 && !strcmp(en->code + n - 3, "PTY");
}

/* "Political Bureau of the CPC Central Committee", "Central Secretariat
 * of the Communist Party of China", "(CPC) Central Committee": a name
 * whose head is a party's organ (class party_organ) and that holds a
 * party of the lexicon, or follows its bracketed acronym, is the party;
 * "the Vietnamese Party": a country's adjective and a party noun alone is
 * the country. The actor, or -1. */
static int party_organ(xdoc *x, size_t j, size_t core, size_t e)
{
    ag_lx_hit h;
    if (e == j + 2 && x_tok_has3(x, j + 1, WC3(PARTY_NOUN)) && x_match(x, j, j + 1, KIND(AG_LX_COUNTRY), &h) == 1 &&
        h.form == AG_FORM_ADJ)
        return ag__x_actor_for_lex(x, h.entry, 0);
    if (!x_tok_has3(x, core - 1, WC3(PARTY_ORGAN)))
        return -1;
    if (j >= 3 && x_tok_is(x, j - 1, ")") && x_tok_is(x, j - 3, "(") && x_match(x, j - 2, j - 1, KIND(AG_LX_ORG), &h) == 1 &&
        party_entry(ag_lexicon_entry(x->lx, h.entry)))
        return ag__x_actor_for_lex(x, h.entry, 0);
    for (size_t k = j; k < e;) {
        size_t m = place_form(x, k, e, &h);
        if (m && party_entry(ag_lexicon_entry(x->lx, h.entry)))
            return ag__x_actor_for_lex(x, h.entry, 0);
        k += m ? m : 1;
    }
    return -1;
}

/* "the Senate Committee on Defence": a body whose name opens with a
 * legislature's form (an agency type of role LEG) and names no country is
 * a committee of the country in focus's chamber; -1 if none. */
static int chamber_country(const xdoc *x, size_t j, size_t core)
{
    ag_lx_hit h;
    size_t m = x_match(x, j, core, KIND(AG_LX_AGENCY), &h);
    const char *role = m && j + m < core ? ag_lexicon_entry(x->lx, h.entry)->role : NULL;
    return role && strcmp(role, "LEG") == 0 ? x->co.country : -1;
}

size_t ag__x_org_at(xdoc *x, size_t j, size_t end, int *actor)
{
    if (!cap_word(x, j))
        return 0;
    /* Most capitalized words have no head noun within name_core's reach
     * (its words start before j + 10): no name, told without a lookup. */
    size_t reach = end < j + 10 ? end : j + 10, hk = j;
    while (hk < reach && !x_tok_has(x, hk, WC(ORG_HEAD)))
        hk++;
    if (hk == reach)
        return 0;
    size_t core = name_core(x, j, end);
    if (!core)
        return 0;
    size_t e = name_tails(x, core, end);
    if (e - j < 2)
        return 0;
    /* What the lexicon knows at least as long is not a new name; an
     * agency's form no country took is, when its tail is another body's
     * form ("the National Security Council" is no UN Security Council). */
    size_t known = x_match(x, j, end,
                           KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_PERSON) | KIND(AG_LX_TITLE) |
                               KIND(AG_LX_BLOCK),
                           NULL);
    if (known >= e - j || (x_match(x, j, end, KIND(AG_LX_AGENCY), NULL) >= e - j && !org_form_inside(x, j + 1, e)))
        return 0;
    /* An event's name: consumed, and no actor (*actor = -1). */
    if (event_name(x, j, e)) {
        *actor = -1;
        return e - j;
    }
    /* "Iranian Revolutionary Guards Corps": a known organization's form
     * right before the head is that organization, written otherwise. */
    int variant = known_before(x, j, core), party = variant < 0 ? party_organ(x, j, core, e) : -1;
    if (party >= 0) {
        *actor = party;
        return e - j;
    }
    if (variant >= 0) {
        /* "the UN Office in Geneva Tatiana Valovaya": the place is the
         * body's, the name after it a person's. */
        *actor = variant;
        return (e > core && x_tok_is(x, core, "in") ? mission_in(x, core, end) : core) - j;
    }
    int made = 0, a = body_short_name(x, j, e);
    if (a >= 0)
        ag__x_add_alias_span(x, a, j, e);
    else
        a = ag__x_org_named(x, ag__x_surface(x, j, e), &made);
    if (a < 0)
        return 0;
    if (made) {
        int parent = name_parent(x, j, core, e);
        if (parent < 0)
            parent = chamber_country(x, j, core);
        if (parent >= 0)
            ag__x_set_affil(x, a, parent);
    }
    /* An organization named inside the body's name is named: the UN of
     * "UN Regional Centre" is an actor (corpus convention 16). */
    int p = x->actors[a].affil;
    if (p >= 0 && x->actors[p].kind == AG_ACTOR_ORGANIZATION)
        x->actors[p].mentions++;
    *actor = a;
    return e - j;
}

/* "the interim Government of National Unity", "Government of National
 * Accord": a government named by capitalized words that hold no place is
 * a body of its own, of the country the caller read from the context
 * ("the Government of Mexico" is Mexico: mention.c). */
size_t ag__x_gov_name_at(xdoc *x, size_t j, size_t end, int country, int *actor)
{
    if (!cap_word(x, j + 2) || !x_tok_is(x, j + 1, "of"))
        return 0;
    size_t e = name_tails(x, j + 1, end);
    if (e < j + 3)
        return 0;
    for (size_t k = j + 2; k < e; k++)
        if (place_form(x, k, e, &(ag_lx_hit){0}))
            return 0;
    int made, a = ag__x_org_named(x, ag__x_surface(x, j, e), &made);
    if (a < 0)
        return 0;
    if (made && country >= 0)
        ag__x_set_affil(x, a, country);
    *actor = a;
    return e - j;
}

/* "the Brotherhood Alliance" after "the Three Brotherhood Alliance": the
 * one organization named before whose name ends in these two words or
 * more; -1 if none or several. */
static int org_by_tail(const xdoc *x, const char *name)
{
    int one = -1;
    if (!strchr(name, ' '))
        return -1;
    for (size_t i = 0; i < x->n_actors; i++)
        if (x->actors[i].kind == AG_ACTOR_ORGANIZATION && ag__x_word_suffix(name, x->actors[i].name)) {
            if (one >= 0)
                return -1;
            one = (int)i;
        }
    return one;
}

int ag__x_org_named(xdoc *x, const char *name, int *made)
{
    *made = 0;
    if (!name) {
        x->oom = 1;
        return -1;
    }
    int a = ag__x_find_actor_name(x, name);
    /* "Inter-Governmental Committee" and "Inter-governmental Committee":
     * one body whose name the text capitalized in two ways. */
    for (size_t i = 0; a < 0 && i < x->n_actors; i++)
        if (x->actors[i].kind == AG_ACTOR_ORGANIZATION && strcasecmp(x->actors[i].name, name) == 0)
            a = (int)i;
    if (a < 0)
        a = org_by_tail(x, name);
    *made = a < 0;
    return a >= 0 ? a : ag__x_actor_new(x, name, AG_ACTOR_ORGANIZATION, NULL, -1);
}
