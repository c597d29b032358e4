/* relate_nominal.c — stances told around nouns and lists rather than by a
 * plain subject, verb and object: the country a coup is in (the author of
 * the "coup" condemned later), "A joined B in condemning ...", agents
 * listed after "as well as", and the place of an act quoted as the
 * object ('condemned "this attempt ..." in X'). */
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"

/* The country of chunk c when it names one (a country or its official or
 * agency), else -1. */
static int country_of(const xdoc *x, int c)
{
    int a = ag__x_root(x, x->chunks[c].actor);
    return a >= 0 && x->actors[a].kind == AG_ACTOR_COUNTRY ? a : -1;
}

/* "the Malian coup", "Niger's military coup": the country named just
 * before the coup noun at k (over one lower-case modifier), else -1. */
static int coup_owner(const xdoc *x, const sentctx *s, size_t k)
{
    size_t b = k;
    if (b > s->lo + 1 && ag__x_chunk_of(x, b - 1) < 0 && ag__x_is_modifier(x, b - 1) && !x_tok_is(x, b - 1, "the"))
        b--;
    int c = b > s->lo ? ag__x_chunk_of(x, b - 1) : -1;
    if (c < 0 || !(x->chunks[c].flags & (CH_ADJ | CH_POSS)) || (x->chunks[c].flags & CH_LOC))
        return -1;
    return country_of(x, c);
}

/* The country of the coup noun at k: the one named before it, the place
 * after "in" ("the coup in Guinea"), else the country of the leader it
 * toppled or of the officer who led it ("the coup that toppled President
 * X", "a coup after special forces led by Y seized power"); -1 if none. */
static int coup_country(const xdoc *x, const sentctx *s, size_t k)
{
    int a = coup_owner(x, s, k), person = -1;
    for (size_t q = k + 1; a < 0 && q < s->hi && q < k + 14; q++) {
        if (x_tok_has(x, q, WC(CLAUSE_BREAK)) || x_tok_is(x, q, ",") || x_tok_is(x, q, "."))
            break;
        int c = ag__x_chunk_of(x, q);
        if (c < 0)
            continue;
        if ((x->chunks[c].flags & CH_LOC) && q > k + 1 && x_tok_is(x, q - 1, "in"))
            a = country_of(x, c);
        else if (person < 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON)
            person = country_of(x, c);
        q = x->chunks[c].t1 - 1;
    }
    return a >= 0 ? a : person;
}

/* A coup's makers rule its country in fact (corpus convention 15): the
 * country a coup noun of sentence s names is the author of "the coup"
 * condemned later, as the last attacker is of "the attack" (and of "the
 * detention" when no attacker was named). */
void ag__x_note_coups(xdoc *x, const sentctx *s)
{
    if (!(s->cls2 & WC2(COUP_NOUN)))
        return;
    for (size_t k = s->lo; k < s->hi; k++) {
        if (!x_tok_has2(x, k, WC2(COUP_NOUN)))
            continue;
        int a = coup_country(x, s, k);
        if (a >= 0)
            x->last_coup = a;
    }
}

/* Adds actor a to src (n of them, at most MAXG) unless it is there. */
static size_t add_actor(int *src, size_t n, int a)
{
    if (n < MAXG && !x_has_actor(src, n, a))
        src[n++] = a;
    return n;
}

/* "Sweden joined ECOWAS in condemning the coup": the gerund at p (after
 * "in", perhaps a quote) is the act of the subject of the companion verb
 * and of those it joined; their number (into src), 0 if p is no such
 * gerund. */
size_t ag__x_joined_sources(xdoc *x, sentctx *s, size_t p, int *src)
{
    size_t b = p;
    if (b > s->lo && (x_tflags(x, b - 1) & AG_TOK_OPENQ))
        b--;
    if (b < s->lo + 3 || !x_tok_is(x, b - 1, "in") || !ag__x_ends_ing(x, p))
        return 0;
    int c = ag__x_chunk_of(x, b - 2);
    if (c < 0 || !ag__x_usable(x, c))
        return 0;
    size_t t0 = x->chunks[c].t0;
    int g[MAXG];
    size_t ng = 0;
    /* "joined A and B in": the whole group before "in". */
    while (t0 > s->lo + 1 && !x_tok_has2(x, t0 - 1, WC2(COMPANION_VERB)) && (x_tok_and(x, t0 - 1) || x_tok_is(x, t0 - 1, ","))) {
        int pc = ag__x_chunk_of(x, t0 - 2);
        if (pc < 0 || !ag__x_usable(x, pc))
            return 0;
        t0 = x->chunks[pc].t0;
    }
    if (t0 <= s->lo || !x_tok_has2(x, t0 - 1, WC2(COMPANION_VERB)))
        return 0;
    size_t n = ag__x_find_source(x, s, t0 - 1, src);
    if (!n)
        return 0;
    int first = ag__x_chunk_of(x, t0);
    ng = first >= 0 ? ag__x_group_right(x, first, b - 1, g) : 0;
    for (size_t i = 0; i < ng; i++)
        n = add_actor(src, n, g[i]);
    return n;
}

/* "condemned by regional leaders as well as the AU, ECOWAS and the US":
 * the agents after "by" at k that follow a description naming no actor;
 * their number (into src), 0 if none. */
size_t ag__x_agents_as_well(xdoc *x, const sentctx *s, size_t k, int *src)
{
    for (size_t q = k + 1; q + 3 < s->hi && q < k + 8; q++) {
        if (ag__x_chunk_of(x, q) >= 0 || x_tok_has(x, q, WC(CLAUSE_BREAK)) || x_tok_is(x, q, ","))
            return 0;
        if (!x_tok_is(x, q, "as") || !x_tok_is(x, q + 1, "well") || !x_tok_is(x, q + 2, "as"))
            continue;
        int c = ag__x_chunk_after(x, q + 3);
        return c >= 0 && ag__x_usable(x, c) ? ag__x_group_right(x, c, s->hi, src) : 0;
    }
    return 0;
}

/* 'condemned "this attempt to disrupt the constitutional order" in X':
 * the country where the act quoted right after the verb (from token k)
 * took place; its count in tgt (0 or 1). */
size_t ag__x_place_after_quote(xdoc *x, sentctx *s, size_t k, const int *src, size_t ns, int *tgt)
{
    if (k >= s->hi || !(x_tflags(x, k) & AG_TOK_OPENQ))
        return 0;
    for (size_t q = k + 1; q < s->hi && q < k + 30; q++)
        if (x_tflags(x, q) & AG_TOK_CLOSEQ)
            return ag__x_event_place(x, s, q, src, ns, tgt);
    return 0;
}

/* "G5 Sahel (Mauritania, Mali and Chad) condemned": the mention c closing
 * a list of members in brackets stands for the one the brackets follow;
 * that one's chunk, else c. */
int ag__x_bracket_owner(const xdoc *x, const sentctx *s, int c)
{
    if (!x_tok_is(x, x->chunks[c].t1, ")"))
        return c;
    for (size_t k = x->chunks[c].t0; k > s->lo + 1 && k + 40 > x->chunks[c].t0; k--) {
        int pc = ag__x_chunk_of(x, k - 1);
        if (pc >= 0) {
            k = x->chunks[pc].t0 + 1;
            continue;
        }
        if (x_tok_is(x, k - 1, "(")) {
            int owner = ag__x_chunk_of(x, k - 2);
            return owner >= 0 && ag__x_usable(x, owner) ? owner : c;
        }
        if (!x_tok_is(x, k - 1, ",") && !x_tok_and(x, k - 1))
            return c;
    }
    return c;
}

/* "called for the “immediate release” of ...": the token of the act asked
 * for after the predicate (ending before k), a cessation_verb read as a
 * noun after "for the" (over quotes and one modifier), else 0. bare: the
 * determiner may follow the predicate ("urged the departure of"). */
static size_t act_asked_for(const xdoc *x, const sentctx *s, size_t k, int bare)
{
    if (k < s->hi && x_tok_is(x, k, "for"))
        k++;
    else if ((k <= s->lo || !x_tok_is(x, k - 1, "for")) && !bare)
        return 0;
    if (k + 2 >= s->hi || !x_tok_has(x, k, WC(DETERMINER)))
        return 0;
    size_t act = 0, q = k + 1;
    for (int words = 0; q + 1 < s->hi && q < k + 7 && !act; q++) {
        if (x_tflags(x, q) & AG_TOK_QUOTE)
            continue;
        if (x_tok_has2(x, q, WC2(CESSATION_VERB)))
            act = q;
        else if (ag__x_chunk_of(x, q) >= 0 || !ag__x_is_modifier(x, q) || ++words > 1)
            return 0;
    }
    return act;
}

/* "called for the “immediate release” of the former president": the
 * act asked for (act_asked_for) when its "of" names a person (held by
 * another: the demand is his captor's), else 0. */
size_t ag__x_release_of_person(const xdoc *x, const sentctx *s, size_t k)
{
    size_t act = act_asked_for(x, s, k, 0);
    return act && ag__x_of_person(x, act, s->hi) ? act : 0;
}

/* "called for the withdrawal of Israeli forces", "urged the immediate
 * departure of Russian troops": the forces are the country's (armed_noun,
 * corpus convention: "Saudi forces" are Saudi Arabia), and to pull them
 * out is the country's act, so the appeal is a demand of the country
 * (corpus guide 7). The country's actor, else -1. */
int ag__x_forces_asked_out(const xdoc *x, const sentctx *s, size_t k)
{
    size_t act = act_asked_for(x, s, k, 1), q = act + 1;
    while (act && q < s->hi && (x_tflags(x, q) & AG_TOK_QUOTE))
        q++;
    if (!act || q + 1 >= s->hi || !x_tok_is(x, q, "of"))
        return -1;
    int c = ag__x_chunk_of(x, q + (x_tok_has(x, q + 1, WC(DETERMINER)) ? 2 : 1));
    if (c < 0 || x->chunks[c].t1 - x->chunks[c].t0 < 2 || !x_tok_has2(x, x->chunks[c].t1 - 1, WC2(ARMED_NOUN)))
        return -1;
    int a = x->chunks[c].actor;
    return ag__x_country_root(x, a) == a ? a : -1;
}

/* 1 if "of" and a person follow the act's noun at act (over quotes):
 * "the detention of President X", "the “release” of X". */
int ag__x_of_person(const xdoc *x, size_t act, size_t hi)
{
    size_t q = act + 1;
    while (q < hi && (x_tflags(x, q) & AG_TOK_QUOTE))
        q++;
    if (q + 1 >= hi || !x_tok_is(x, q, "of"))
        return 0;
    /* over "the former" */
    for (size_t k = q + 1; k < hi && k < q + 4; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0)
            return x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON;
        if (!x_tok_has(x, k, WC(DETERMINER)) && !ag__x_is_modifier(x, k))
            return 0;
    }
    return 0;
}
