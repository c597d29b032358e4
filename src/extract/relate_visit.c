/* relate_visit.c — visits, delegations and envoys: a visit's destination
 * and visitor, the heads of delegations, the envoy standing for a summoned
 * country, and where an event took place. */
#include <stdint.h>
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"

/* Chunk c names a country by its name, or ends in it after a formal
 * prefix ("the Republic of Azerbaijan"; not "Azerbaijani", not "Baku"). */
static int country_named(const xdoc *x, int c)
{
    const xactor *h = &x->actors[x->chunks[c].actor];
    size_t b = x->t.toks[x->chunks[c].t0].start, n = x->t.toks[x->chunks[c].t1 - 1].end - b, l = strlen(h->name);
    if (h->kind != AG_ACTOR_COUNTRY || l > n || strncmp(h->name, x->text + b + n - l, l) != 0)
        return 0;
    return l == n || x->text[b + n - l - 1] == ' ';
}

/* "visited Turkey", "arrived in Ankara", "his trip to Moscow": the
 * country a visit goes to, named or by one of its places (dev-04's visit
 * to Niger is a meeting with it; a city stands for its country). */
static int is_country(const xdoc *x, int c)
{
    return x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY;
}

/* "the capital of Finland", "the Finnish capital" at k: the chunk of the
 * country whose capital it is, else -1. */
int ag__x_capital_country(const xdoc *x, const sentctx *s, size_t k)
{
    if (k + 3 >= s->hi || !x_tok_is(x, k, "the"))
        return -1;
    int c = x_tok_has2(x, k + 1, WC2(CAPITAL_NOUN)) && x_tok_is(x, k + 2, "of") ? ag__x_chunk_of(x, k + 3)
                                                                                 : ag__x_chunk_of(x, k + 1);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY)
        return -1;
    if (x->chunks[c].t0 == k + 3)
        return country_named(x, c) ? c : -1;
    /* "the Finnish capital": a country adjective right before the noun. */
    return x->chunks[c].t0 <= k + 1 && (x->chunks[c].flags & CH_ADJ) && x->chunks[c].t1 < s->hi &&
                   x_tok_has2(x, x->chunks[c].t1, WC2(CAPITAL_NOUN))
               ? c
               : -1;
}

/* A country named by its name at k ("visit to Namibia"), though the chunk
 * reads as a modifier ("to Namibia follows ..."); not a possessor ("visit
 * to Vietnam's neighbour"). */
int ag__x_country_named_at(const xdoc *x, const sentctx *s, size_t k)
{
    int c = k < s->hi ? ag__x_chunk_of(x, k) : -1;
    return c >= 0 && x->chunks[c].t0 == k && x->chunks[c].actor >= 0 && !(x->chunks[c].flags & CH_POSS) &&
           country_named(x, c);
}

/* "Rwanda in Central Africa", "to West Africa to Ghana": past a region
 * (a place that is no country, or capitalized words no chunk holds) after
 * the word w at q, when one is there; else q. */
static size_t region_end(const xdoc *x, const sentctx *s, size_t q, const char *w)
{
    if (q + 1 >= s->hi || !x_tok_eq(x, q, w, strlen(w)))
        return q;
    size_t r = q + 1;
    int c = ag__x_chunk_of(x, r);
    if (c >= 0 && x->chunks[c].t0 == r && !is_country(x, c) && (x->chunks[c].flags & CH_LOC))
        r = x->chunks[c].t1;
    else
        while (r < s->hi && r < q + 4 && ag__x_chunk_of(x, r) < 0 && (x_tflags(x, r) & AG_TOK_CAP))
            r++;
    return r > q + 1 ? r : q;
}

/* A tour's next stop after the glue ("and") at q: "and Liberia", "and
 * the Republic of Congo", "and then to Ghana", "and back to West Africa to
 * Ghana" (a route adverb, "to", a region and "to" again); the token where
 * the stop's name stands. */
static size_t next_stop(const xdoc *x, const sentctx *s, size_t q)
{
    size_t r = q < s->hi && x_tok_has3(x, q, WC3(ROUTE_ADVERB)) ? q + 1 : q;
    if (r + 1 < s->hi && x_tok_is(x, r, "to")) {
        size_t t = region_end(x, s, r, "to");
        q = t > r && t + 1 < s->hi && x_tok_is(x, t, "to") ? t + 1 : r + 1;
    }
    return q + 1 < s->hi && x_tok_is(x, q, "the") && ag__x_chunk_of(x, q) < 0 ? q + 1 : q;
}

/* "will travel to Qatar", "arrived in Fiji": with the rule's host option,
 * a country named by its name right after a visit is the host, though the
 * mention reads as a place ("arrived in the capital of Finland", "the
 * Finnish capital" too); a capital ("flew to Washington to meet ...")
 * is only where the visit went; and a tour's stops: "will head to
 * Mozambique and Zambia". */
size_t ag__x_destination(const xdoc *x, const sentctx *s, size_t k, int *tg)
{
    int c = ag__x_capital_country(x, s, k);
    if (c >= 0) {
        tg[0] = x->chunks[c].actor;
        return 1;
    }
    c = k < s->hi ? ag__x_chunk_of(x, k) : -1;
    if (c < 0 || !country_named(x, c))
        return 0;
    size_t n = 0;
    tg[n++] = x->chunks[c].actor;
    for (size_t q = region_end(x, s, x->chunks[c].t1, "in"); n < MAXG && q + 1 < s->hi && (x_tok_is(x, q, "and") || x_tok_is(x, q, ","));) {
        q = next_stop(x, s, q + (x_tok_is(x, q, ",") && x_tok_is(x, q + 1, "and") ? 2 : 1));
        c = ag__x_chunk_of(x, q);
        /* A later stop may be named by another form ("the Republic of
         * Congo"), as a list of partners would take it. */
        if (c < 0 || x->chunks[c].t0 != q || !is_country(x, c) || (x->chunks[c].flags & (CH_ADJ | CH_POSS)))
            break;
        tg[n++] = x->chunks[c].actor;
        q = region_end(x, s, x->chunks[c].t1, "in");
    }
    return n;
}

/* "the visiting Ethiopian delegation ... arrived in Khartoum": visitors
 * called "visiting" (after a determiner) before the verb at p. */
static int visiting_before(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t q = s->lo + 1; q < p; q++)
        if (x_tok_has2(x, q, WC2(VISITOR_MODIFIER)) && x_tok_has(x, q - 1, WC(DETERMINER)))
            return 1;
    return 0;
}

size_t ag__x_city_host(const xdoc *x, const sentctx *s, size_t p, size_t d, int nominal, int *tg, size_t nd)
{
    if (nd)
        return nd;
    int c = d < s->hi ? ag__x_chunk_of(x, d) : -1;
    /* A visit noun to a city ("made a visit to Nairobi") keeps the city a
     * place (test_extract.c to_and_from_are_places_only_after_motion). */
    if (c < 0 || x->chunks[c].t0 != d || !(x->chunks[c].flags & CH_LOC) || !is_country(x, c) || nominal ||
        !visiting_before(x, s, p))
        return 0;
    tg[0] = x->chunks[c].actor;
    return 1;
}

/* "travelled to Georgetown and Caracas", "a tour of A, B and C" before
 * head: how many places the trip goes to (their chunks in stops, if
 * given), 0 unless two or more. */
size_t ag__x_trip_stops(const xdoc *x, const sentctx *s, size_t head, int *stops)
{
    for (size_t q = s->lo; q + 1 < head; q++) {
        if (!x_tok_is(x, q, "to") && !x_tok_is(x, q, "of"))
            continue;
        size_t n = 0;
        int c = ag__x_chunk_of(x, q + 1);
        while (c >= 0 && x->chunks[c].t0 == q + 1 && x->chunks[c].t1 < head && is_country(x, c) && n < MAXG) {
            if (stops)
                stops[n] = c;
            n++;
            q = x->chunks[c].t1;
            q += x_tok_is(x, q, ",") && x_tok_is(x, q + 1, "and") ? 1 : 0;
            c = x_tok_is(x, q, "and") || x_tok_is(x, q, ",") ? ag__x_chunk_of(x, q + 1) : -1;
        }
        if (n > 1)
            return n;
    }
    return 0;
}

/* The chunk of a person named right after "of" at k ("of the"), or -1. */
static int of_person(const xdoc *x, const sentctx *s, size_t k)
{
    if (k + 1 >= s->hi || !x_tok_is(x, k, "of"))
        return -1;
    int c = ag__x_chunk_of(x, x_tok_is(x, k + 1, "the") ? k + 2 : k + 1);
    return c >= 0 && ag__x_usable(x, c) && x->chunks[c].actor >= 0 &&
                   x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON
               ? c
               : -1;
}

size_t ag__x_visitor(const xdoc *x, const sentctx *s, size_t p, size_t *k, int *parts, size_t n)
{
    if (!n)
        return ag__x_visit_owner(x, s, p, k, parts);
    /* "the visit of X to Y" in a clause with another subject: X, not it */
    return of_person(x, s, *k) >= 0 && ag__x_visit_owner(x, s, p, k, parts) ? 1 : n;
}

/* "X's visit to Y", "a visit by X to Y", "his trips to Y": the visitor of
 * a visit noun at p that has no subject: the possessor before its
 * modifiers, the agent right after it (*k, the token after the noun, then
 * moves past him), or for "his" and "her" the nearest person before it.
 * Returns 1 with him in parts[0], else 0. */
size_t ag__x_visit_owner(const xdoc *x, const sentctx *s, size_t p, size_t *k, int *parts)
{
    size_t q = ag__x_modifiers_start(x, s, p);
    int c = q > s->lo ? ag__x_chunk_of(x, q - 1) : -1;
    if (c >= 0 && !(x->chunks[c].flags & CH_POSS))
        return 0;
    if (c < 0 && *k + 1 < s->hi && x_tok_is(x, *k, "by")) {
        c = ag__x_chunk_of(x, x_tok_is(x, *k + 1, "the") ? *k + 2 : *k + 1);
        *k = c >= 0 && ag__x_usable(x, c) ? x->chunks[c].t1 : *k;
    }
    /* "the state visit of President X to Y", "the arrival of X in Y": a
     * person after "of" is the visitor. */
    int of = c < 0 ? of_person(x, s, *k) : -1;
    if (of >= 0) {
        c = of;
        *k = x->chunks[c].t1;
    }
    /* "his" before the modifiers or the first of them */
    size_t w = q > s->lo && x_tok_has3(x, q - 1, WC3(PERSONAL_POSSESSIVE)) ? q - 1 : q;
    int his = c < 0 && w < p && x_tok_has3(x, w, WC3(PERSONAL_POSSESSIVE));
    for (size_t b = w; his && b > s->lo; b--) {
        int h = ag__x_chunk_of(x, b - 1), a = h >= 0 ? x->chunks[h].actor : -1;
        if (a >= 0 && x->actors[a].kind == AG_ACTOR_PERSON) {
            parts[0] = a;
            return 1;
        }
    }
    /* "The dates of his trips ... have been set, X said": the speaker. */
    if (his && s->speaker >= 0 && x->actors[s->speaker].kind == AG_ACTOR_PERSON) {
        parts[0] = s->speaker;
        return 1;
    }
    /* "The conversation focused on his trip to A and B" in a sentence that
     * names no person: the one who acted last, as "he" would be. */
    if (his && x->co.subject >= 0 && x->actors[x->co.subject].kind == AG_ACTOR_PERSON) {
        parts[0] = x->co.subject;
        return 1;
    }
    if (c < 0 || !ag__x_usable(x, c))
        return 0;
    parts[0] = x->chunks[c].actor;
    return 1;
}

/* The head's chunk of the delegation noun at k: "a delegation led by X",
 * "a delegation from Pakistan led by X" (its side between them), "the
 * delegation, led by X," (in commas); else -1. */
static int delegation_led(const xdoc *x, size_t k, size_t hi)
{
    size_t t = x_tok_is(x, k + 1, ",") ? k + 2 : k + 1;
    int c = t + 1 < hi && (x_tok_is(x, t, "from") || x_tok_is(x, t, "of")) ? ag__x_chunk_after(x, t + 1) : -1;
    if (c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
        t = x->chunks[c].t1;
    return ag__x_led_by(x, t, hi);
}

/* "A delegation led by X, including the ministers of A and B, met Y", "a
 * delegation from A led by X, and a delegation from B led by Y, concluded
 * negotiations": the head of each delegation named in the clause before
 * the predicate at head joins the subject parts[0..n).  Returns the new
 * count. */
size_t ag__x_delegation_head(xdoc *x, const sentctx *s, size_t head, int *parts, size_t n)
{
    for (size_t k = s->lo; k + 3 < head && n < 2 * MAXG; k++) {
        int c = x_tok_has2(x, k, WC2(DELEGATION_NOUN)) ? delegation_led(x, k, head) : -1;
        if (c < 0)
            continue;
        int a = x->chunks[c].actor;
        if (a >= 0 && x->actors[a].kind != AG_ACTOR_PERSON)
            c = ag__x_possessed_person(x, c), a = x->chunks[c].actor;
        if (a >= 0 && !x_has_actor(parts, n, a) && ag__x_usable(x, c))
            parts[n++] = a;
        k = x->chunks[c].t1 - 1;
    }
    return n;
}

/* The delegation a lead_verb at p heads ("led the Afghan side", "led their
 * respective delegations"): 1 when a delegation noun follows within four
 * words, with in *side the country its phrase names (else -1). */
int ag__x_led_delegation(const xdoc *x, const sentctx *s, size_t p, int *side)
{
    *side = -1;
    for (size_t q = p + 1; q < s->hi && q < p + 5 && (x_tflags(x, q) & AG_TOK_WORD); q++) {
        int c = ag__x_chunk_of(x, q);
        if (c >= 0) {
            *side = x->chunks[c].actor;
            q = x->chunks[c].t1 - 1;
        }
        if (x_tok_has2(x, q, WC2(DELEGATION_NOUN)))
            return 1;
    }
    return 0;
}

/* A head stands for his delegation in the meeting just told ("Pakistan
 * and Afghanistan delegations held talks. X led the Pakistani delegation
 * ..."): the country of the delegation (else his own) is replaced by him.
 * Returns how many heads were placed. */
static size_t heads_in_last_meeting(xdoc *x, const int *heads, const int *sides, size_t n, int si)
{
    /* Told over the sentences after it ("... held their first meeting.
     * According to the statement, the delegations ... X led ..."). */
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent + 5 < si)
        return 0;
    xrel *m = &x->rels[x->last_meeting];
    size_t placed = 0;
    for (size_t i = 0; i < n; i++) {
        int country = sides[i] >= 0 ? sides[i] : ag__x_root(x, heads[i]);
        for (size_t j = 0; j < m->n_parts; j++)
            if (m->parts[j] == country || m->parts[j] == heads[i]) {
                m->parts[j] = heads[i];
                x->actors[heads[i]].in_relation = 1;
                placed++;
                break;
            }
    }
    return placed;
}

/* The head of a delegation led at p when the subject found names no person
 * ("X, Member of the Council of Ministers, led the Saudi delegation"): the
 * nearest person after `from`, or -1. */
static int nearest_person(const xdoc *x, size_t from, size_t p)
{
    for (size_t q = p; q > from; q--) {
        int c = ag__x_chunk_of(x, q - 1);
        if (c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON &&
            !(x->chunks[c].flags & CH_NOMINAL))
            return x->chunks[c].actor;
    }
    return -1;
}

/* The side of the delegation phrase that ends before token e: "the
 * Iranian delegation", "Pakistan's delegation" (one mention with the noun
 * in it), "the delegation of Azerbaijan"; else -1. */
static int delegation_side(const xdoc *x, const sentctx *s, size_t e)
{
    int c = e > s->lo ? ag__x_chunk_of(x, e - 1) : -1;
    if (c < 0 && e > s->lo + 1 && x_tok_has2(x, e - 1, WC2(DELEGATION_NOUN)))
        c = ag__x_chunk_of(x, e - 2);
    else if (c >= 0 && !x_tok_has2(x, x->chunks[c].t1 - 1, WC2(DELEGATION_NOUN))) {
        size_t t0 = x->chunks[c].t0; /* "the delegation of A", "a delegation from A" */
        c = t0 > s->lo + 1 && (x_tok_is(x, t0 - 1, "of") || x_tok_is(x, t0 - 1, "from")) &&
                    x_tok_has2(x, t0 - 2, WC2(DELEGATION_NOUN))
                ? c
                : -1;
    }
    int a = c >= 0 ? x->chunks[c].actor : -1;
    return a >= 0 && x->actors[a].kind != AG_ACTOR_PERSON ? a : -1;
}

/* The first named person from token k on in its clause ("by Bai Tian,
 * director general", "by assistant to the foreign minister X"), else -1;
 * its chunk's end in *end. */
static int person_from(const xdoc *x, const sentctx *s, size_t k, size_t *end)
{
    for (size_t q = k; q < s->hi && q < k + 8 && !x_tok_has(x, q, WC(CLAUSE_BREAK)) && !x_tok_is(x, q, ","); q++) {
        int c = ag__x_chunk_of(x, q);
        int a = c >= 0 ? x->chunks[c].actor : -1;
        if (a >= 0 && x->actors[a].kind == AG_ACTOR_PERSON && !(x->chunks[c].flags & CH_NOMINAL)) {
            *end = x->chunks[c].t1;
            return a;
        }
    }
    return -1;
}

/* "the Chinese delegation was headed by X", "the delegation of A was
 * headed by X and that of B by Y": the heads after "by" of the delegations
 * before the passive lead verb at p join heads[0..n) with their sides.
 * Returns the new count. */
static size_t passive_heads(const xdoc *x, const sentctx *s, size_t p, int *heads, int *sides, size_t n)
{
    size_t k = p, end;
    while (k > s->lo && k + 3 > p && x_tok_has(x, k - 1, WC(BE) | WC(AUXILIARY)))
        k--;
    int side = k < p ? delegation_side(x, s, k) : -1;
    int h = side >= 0 ? person_from(x, s, p + 2, &end) : -1;
    if (h < 0 || n >= MAXG)
        return n;
    heads[n] = h, sides[n++] = side;
    /* "... and that of Georgia by Y" */
    int c = end + 4 < s->hi && x_tok_is(x, end, "and") && x_tok_is(x, end + 1, "that") && x_tok_is(x, end + 2, "of")
                ? ag__x_chunk_of(x, end + 3)
                : -1;
    if (c < 0 || n >= MAXG || !x_tok_is(x, x->chunks[c].t1, "by") || x->chunks[c].actor < 0 ||
        (h = person_from(x, s, x->chunks[c].t1 + 1, &end)) < 0)
        return n;
    heads[n] = h, sides[n++] = x->chunks[c].actor;
    return n;
}

/* "X, Minister of Foreign Affairs, led a Trinidad and Tobago delegation",
 * "the Chinese delegation was headed by Y": a person who heads the
 * delegation of a country or organization belongs to it, unless the text
 * gave him another (a guess from a title naming none gives way). */
static void heads_of_sides(xdoc *x, const int *heads, const int *sides, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xactor *h = &x->actors[heads[i]];
        if (sides[i] < 0 || h->kind != AG_ACTOR_PERSON || (h->affil >= 0 && !h->affil_weak) ||
            x->actors[sides[i]].kind == AG_ACTOR_PERSON)
            continue;
        ag__x_bind_affil(x, heads[i], sides[i]);
    }
}

/* "the Ghanaian delegation(,) led by X", "a delegation from Ghana led by
 * X, Minister of Trade": the head of a delegation in a reduced relative
 * belongs to its side, as in the passive (its meeting is the clause's). */
static void reduced_head(xdoc *x, const sentctx *s, size_t p)
{
    size_t e = p > s->lo && x_tok_is(x, p - 1, ",") ? p - 1 : p, end;
    int side = delegation_side(x, s, e);
    int h = side >= 0 ? person_from(x, s, p + 2, &end) : -1;
    if (h >= 0)
        heads_of_sides(x, &h, &side, 1);
}

/* "X led the Saudi delegation and Y led the Iranian delegation", "A and B
 * led their respective delegations in the talks", "the Chinese delegation
 * was headed by Y": the heads of the delegations meet, or take their
 * countries' places in the meeting just told. */
void ag__x_delegation_heads(xdoc *x, sentctx *s, int si)
{
    int heads[MAXG], sides[MAXG];
    size_t n = 0, at = s->lo;
    /* Both of its patterns need a lead verb. */
    size_t hi = s->cls2 & WC2(LEAD_VERB) ? s->hi : s->lo;
    for (size_t p = s->lo + 1; p < hi && n < MAXG; p++) {
        int side;
        if (x_tok_has2(x, p, WC2(LEAD_VERB)) && ag__x_chunk_of(x, p) < 0 && x_tok_is(x, p + 1, "by")) {
            size_t had = n;
            n = passive_heads(x, s, p, heads, sides, n);
            at = n > had ? p : at;
            if (n == had) /* the meeting is told by its clause */
                reduced_head(x, s, p);
            continue;
        }
        if (!x_tok_has2(x, p, WC2(LEAD_VERB)) || ag__x_chunk_of(x, p) >= 0 || !ag__x_led_delegation(x, s, p, &side))
            continue;
        xvgroup vg;
        ag__x_vgroup(x, s->lo, p, &vg);
        if (vg.flags & (VG_NEG | VG_IRREALIS | VG_PASSIVE))
            continue;
        int src[MAXG], person = 0;
        size_t ns = ag__x_find_source(x, s, p, src);
        for (size_t i = 0; i < ns; i++)
            person |= x->actors[src[i]].kind == AG_ACTOR_PERSON;
        if (!person) { /* no person among the sources: the nearest one, if any */
            src[0] = nearest_person(x, at, p);
            ns = src[0] >= 0;
        }
        for (size_t i = 0; i < ns && n < MAXG; i++) {
            heads[n] = src[i];
            sides[n++] = ns == 1 ? side : -1;
        }
        at = p;
    }
    if (!n) /* (also tells gcc -O1 that heads and sides are set below) */
        return;
    heads_of_sides(x, heads, sides, n);
    x->rule = "delegation_heads";
    if (heads_in_last_meeting(x, heads, sides, n, si) || n < 2)
        return;
    long meet = ag_lexicon_find(x->lx, AG_LX_MEET, "meet");
    if (meet >= 0)
        ag__x_add_meeting(x, heads, n, ag_lexicon_entry(x->lx, (uint32_t)meet), ag__x_meeting_place(x, s, at), si);
}

/* "Condemning the coup, Faki said ...": a participle that opens the
 * sentence takes the subject of the clause after its comma. */
size_t ag__x_opening_participle(xdoc *x, sentctx *s, size_t p, int *src)
{
    if (p != s->lo || !x_tok_ends(x, p, "ing", 4))
        return 0;
    for (size_t k = p + 1; k + 1 < s->hi && k < p + 20; k++) {
        if (!x_tok_is(x, k, ","))
            continue;
        int c = ag__x_chunk_of(x, k + 1);
        if (c < 0 && x_tok_has(x, k + 1, WC(NOUN_MODIFIER)))
            c = ag__x_chunk_of(x, k + 2);
        if (c >= 0 && ag__x_usable(x, c))
            return ag__x_group_right(x, c, s->hi, src);
        return 0;
    }
    return 0;
}

/* "condemned the coup in Niger": an act whose object names no actor is
 * aimed at the country where the event it names took place. */
size_t ag__x_event_place(xdoc *x, sentctx *s, size_t from, const int *src, size_t nsrc, int *tgt)
{
    for (size_t k = from; k + 1 < s->hi && k < from + 6; k++) {
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)) || x_tok_is(x, k, ",") || ag__x_chunk_of(x, k) >= 0)
            return 0;
        if (!x_tok_is(x, k, "in") || k == from)
            continue;
        int c = ag__x_chunk_of(x, k + 1);
        if (c < 0 || !(x->chunks[c].flags & CH_LOC))
            return 0;
        int a = ag__x_root(x, x->chunks[c].actor);
        if (a < 0 || x->actors[a].kind != AG_ACTOR_COUNTRY)
            return 0;
        for (size_t q = 0; q < nsrc; q++)
            if (src[q] == a || ag__x_root(x, src[q]) == a)
                return 0;
        tgt[0] = a;
        return 1;
    }
    return 0;
}

/* "summoned India's High Commissioner in Dhaka, Pranay Verma,": a
 * person of the summoned country in apposition after its mention in
 * sentence si, or -1. */
static int envoy_apposition(const xdoc *x, int who, int si)
{
    const ag_sentence *se = &x->t.sents[si];
    for (size_t k = se->tok_start; k < se->tok_end; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0 || x->chunks[c].actor != who)
            continue;
        size_t t1 = x->chunks[c].t1;
        for (size_t q = t1; q + 1 < se->tok_end && q < t1 + 6; q++) {
            int pc = x_tok_is(x, q, ",") ? ag__x_chunk_of(x, q + 1) : -1;
            if (pc >= 0 && x->actors[x->chunks[pc].actor].kind == AG_ACTOR_PERSON &&
                ag__x_root(x, x->chunks[pc].actor) == who)
                return x->chunks[pc].actor;
        }
        return -1;
    }
    return -1;
}

/* Has a phrase of space-separated words a word of class `alone`, or a
 * word of `head` right after an envoy_modifier ("high commissioner", "High
 * Commission")? */
static int has_envoy_word(const xdoc *x, const char *phrase, uint64_t alone, uint64_t head)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    uint64_t prev = 0;
    for (const char *w = phrase; *w;) {
        size_t n = strcspn(w, " ");
        uint64_t c2;
        ag_vocab_classes(v, w, n, NULL, &c2);
        if ((c2 & alone) || ((prev & WC2(ENVOY_MODIFIER)) && (c2 & head)))
            return 1;
        prev = c2;
        w += n + strspn(w + n, " ");
    }
    return 0;
}

/* Is a title (a lexicon title's key) an envoy's ("deputy ambassador",
 * "high commissioner")? */
int ag__x_envoy_title(const xdoc *x, const char *title)
{
    return has_envoy_word(x, title, WC2(ENVOY_TITLE), WC2(ENVOY_HEAD));
}

int ag__x_mission_name(const xdoc *x, const char *name)
{
    return has_envoy_word(x, name, WC2(MISSION_NOUN), WC2(MISSION_HEAD));
}

/* Is actor i a diplomatic mission (by its name)? */
static int is_mission(const xdoc *x, int i) { return i >= 0 && x->actors[i].name && ag__x_mission_name(x, x->actors[i].name); }

/* "expelled Mexico's ambassador", "closed the Russian consulate",
 * "summoned the Chief Minister of the Japanese Embassy": a diplomatic
 * measure against an envoy, a mission or a member of one is one against the
 * country it serves (corpus convention 11), else against who itself. */
int ag__x_served_country(const xdoc *x, int who)
{
    const xactor *a = &x->actors[who];
    int root = ag__x_root(x, who);
    if (root < 0 || root == who || x->actors[root].kind != AG_ACTOR_COUNTRY)
        return who;
    int envoy = a->kind == AG_ACTOR_PERSON ? (a->title && ag__x_envoy_title(x, a->title)) || is_mission(x, a->affil)
                                           : is_mission(x, who);
    return envoy ? root : who;
}

/* The first person the text calls an envoy of root k->a is still one. */
static int envoy_of_root(const xdoc *x, const xkey *k, int v)
{
    const xactor *a = &x->actors[v];
    return a->kind == AG_ACTOR_PERSON && a->title && ag__x_root(x, v) == (int)k->a && ag__x_envoy_title(x, a->title);
}

/* Who stands for a summoned country: the person named in apposition, a
 * person of that country the text calls its ambassador or envoy, else the
 * country itself. */
int ag__x_envoy_of(xdoc *x, int who, int si)
{
    if (x->actors[who].kind == AG_ACTOR_PERSON)
        return who;
    int named = envoy_apposition(x, who, si);
    if (named >= 0)
        return named;
    int envoy = ag__x_index_first(x, &(xkey){XI_ENVOY, NULL, who, 0}, envoy_of_root, -1);
    return envoy >= 0 ? envoy : who;
}

/* The nearest usable mention left of p in the sentence, or -1. */
int ag__x_chunk_left(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p; k > s->lo; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        if (c >= 0 && ag__x_usable(x, c))
            return c;
    }
    return -1;
}

/* "The ceasefire between Israel and Hamas was welcomed by Egypt": a
 * mention before t0 in its clause (after a comma or "where") that a
 * preposition other than "of" governs is no guest. */
int ag__x_governed_subject(const xdoc *x, const sentctx *s, size_t t0)
{
    for (size_t k = t0; k > s->lo; k--) {
        if (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(RELATIVE)) || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            return 0;
        /* "On Thursday he was visited by X": the preposition governs the date. */
        if (x_tok_has(x, k - 1, WC(WEEKDAY) | WC(MONTH)))
            return 0;
        if (ag__x_chunk_of(x, k - 1) < 0 && x_tok_has(x, k - 1, WC(PREPOSITION)) && !x_tok_is(x, k - 1, "of"))
            return 1;
    }
    return 0;
}

/* "The delegation was welcomed by X": a subject that is a delegation noun
 * right before the verb group at p is the delegation of the country its
 * adjective names ("The Iranian delegation"), else the side that came to
 * the last meeting (its first participant).  Returns 0 or 1. */
size_t ag__x_delegation_subject(const xdoc *x, const sentctx *s, size_t p, int *parts)
{
    size_t k = p;
    while (k > s->lo && k + 3 > p && x_tok_has(x, k - 1, WC(BE) | WC(AUXILIARY)))
        k--;
    if (k == p || k <= s->lo || !x_tok_has2(x, k - 1, WC2(DELEGATION_NOUN)))
        return 0;
    int c = k > s->lo + 1 ? ag__x_chunk_of(x, k - 2) : -1;
    if (c >= 0 && (x->chunks[c].flags & CH_ADJ) && x->chunks[c].actor >= 0)
        parts[0] = x->chunks[c].actor;
    else if (x->last_meeting >= 0 && x->rels[x->last_meeting].n_parts > 0)
        parts[0] = x->rels[x->last_meeting].parts[0];
    else
        return 0;
    return 1;
}
