/* relate_roster.c — attendees and summit rosters: the attendees of a
 * gathering, unmet pairs, and the attendees of a summit listed over several
 * sentences as one meeting. */
#include <stdint.h>
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"
#include "resolve_int.h"

/* The n parts meet (the lexicon's plain "meet"), placed by the words
 * at `at`; rule names why.  1 when a meeting was told. */
static int plain_meeting(xdoc *x, sentctx *s, int *parts, size_t n, const char *rule, size_t at, int si)
{
    long meet = ag_lexicon_find(x->lx, AG_LX_MEET, "meet");
    if (meet < 0)
        return 0;
    x->rule = rule;
    ag__x_add_meeting(x, parts, n, ag_lexicon_entry(x->lx, (uint32_t)meet), ag__x_meeting_place(x, s, at), si);
    return 1;
}

int ag__x_attendance_unheld(const xdoc *x, const sentctx *s, size_t p)
{
    xvgroup vg;
    ag__x_vgroup(x, s->lo, p, &vg);
    return (vg.flags & (VG_NEG | VG_REFUSED | VG_DENIED)) || ag__x_wished(x, s, p);
}

/* "attended a meeting in Bangkok with the junta's envoy": the partners
 * after "with" past the gathering noun at q (over a place or a day) join
 * parts[0..n) (of 2 * MAXG).  Returns the new count. */
static size_t gathering_partners(xdoc *x, const sentctx *s, size_t q, int *parts, size_t n)
{
    size_t w = q + 1;
    while (w + 1 < s->hi && w < q + 5 && (x_tok_is(x, w, "in") || x_tok_is(x, w, "on")) &&
           (ag__x_chunk_of(x, w + 1) >= 0 ? (x->chunks[ag__x_chunk_of(x, w + 1)].flags & CH_LOC) != 0
                                          : x_tok_has(x, w + 1, WC(WEEKDAY))))
        w = ag__x_chunk_of(x, w + 1) >= 0 ? x->chunks[ag__x_chunk_of(x, w + 1)].t1 : w + 2;
    int c = x_tok_is(x, w, "with") && !ag__x_in_quote(s, w) ? ag__x_chunk_after(x, w + 1) : -1;
    if (c < 0 || x->chunks[c].actor < 0)
        return n;
    int with[MAXG];
    size_t nw = ag__x_group_right(x, ag__x_possessed_person(x, c), s->hi, with);
    for (size_t i = 0; i < nw && n + 2 < 2 * MAXG; i++) /* room for a broker */
        if (with[i] >= 0 && !x_has_actor(parts, n, with[i]))
            parts[n++] = with[i];
    return n;
}

/* The attendance verb at p, the gathering noun at q: the subject, with
 * the organization org (or -1) whose gathering it is, meets (at least two
 * participants, told as a fact).  1 when a meeting was told. */
static int attended_at(xdoc *x, sentctx *s, size_t p, size_t q, int org, int si)
{
    xvgroup vg;
    ag__x_vgroup(x, s->lo, p, &vg);
    if (q >= s->hi || !x_tok_has(x, q, WC(GATHERING_NOUN)) || (vg.flags & (VG_NEG | VG_IRREALIS | VG_PASSIVE)))
        return 0;
    int parts[2 * MAXG];
    size_t n = ag__x_find_source(x, s, p, parts);
    if (!n || (org < 0 && n < 2))
        return 0;
    if (org >= 0)
        parts[n++] = org;
    n = gathering_partners(x, s, q, parts, n);
    /* "attended a Thai-brokered meeting": the mediator too. */
    n = ag__x_add_broker(x, s, q, parts, n);
    return plain_meeting(x, s, parts, n, org >= 0 ? "attended_gathering" : "attendees_meet", q, si);
}

/* "attended the SCO ministerial meeting", "attended the African Union
 * summit": an attendee of an organization's gathering meets the
 * organization.  1 when a meeting was told. */
int ag__x_attends_gathering(xdoc *x, sentctx *s, size_t p, int si)
{
    if (!x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    int c = ag__x_chunk_of(x, x_tok_is(x, p + 1, "the") ? p + 2 : p + 1);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_ORGANIZATION)
        return 0;
    size_t q = x->chunks[c].t1;
    while (q < s->hi && q < x->chunks[c].t1 + 3 && !x_tok_has(x, q, WC(GATHERING_NOUN)) && ag__x_chunk_of(x, q) < 0 &&
           (x_tflags(x, q) & AG_TOK_WORD))
        q++;
    return attended_at(x, s, p, q, x->chunks[c].actor, si);
}

/* "In attendance were A, B and C" with no meeting just told (its
 * parties unnamed: "officials met intelligence chiefs"): the attendees
 * listed meet one another.  1 when a meeting was told. */
static int inverted_attendees_meet(xdoc *x, sentctx *s, size_t p, int si)
{
    int parts[MAXG];
    size_t n = ag__x_inverted_attendees(x, s, p, parts);
    return n >= 2 && plain_meeting(x, s, parts, n, "attendees_listed", p, si);
}

/* "A, B and C attended the summit in Arusha" with no meeting just told
 * that the summit is: the attendees meet one another.  1 when a meeting
 * was told. */
int ag__x_attendees_meet(xdoc *x, sentctx *s, size_t p, int si)
{
    if (!x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    if (!ag__x_in_quote(s, p) && inverted_attendees_meet(x, s, p, si))
        return 1;
    size_t k = p + 1;
    while (k < s->hi && k < p + 4 && !x_tok_has(x, k, WC(GATHERING_NOUN)) && ag__x_is_modifier(x, k))
        k++;
    return attended_at(x, s, p, k, -1, si);
}

/* 1 if meeting m has every one of src[0..ns) and others besides. */
static int has_parties(const xrel *m, const int *src, size_t ns)
{
    size_t found = 0;
    for (size_t j = 0; j < ns; j++)
        for (size_t i = 0; i < m->n_parts; i++)
            found += m->parts[i] == src[j];
    return m->kind == AG_REL_MEETING && found == ns && m->n_parts > ns;
}

/* "Turkey hosted talks between A and B. ... The A and B delegations did
 * not meet directly": a negated meeting of parties of a meeting told in
 * the last eight sentences with others in it undoes their pair: the
 * others met each party apart (proximity talks, corpus choice pc-13). */
void ag__x_unmet_pair(xdoc *x, sentctx *s, const pred *pr)
{
    if (pr->e->kind != AG_LX_MEET || !(pr->cond & AG_RC_NEGATED))
        return;
    int src[MAXG], rest[MAXG + 1];
    size_t ns = ag__x_find_source(x, s, pr->head, src), nr = 0, mi = x->n_rels;
    while (ns >= 2 && mi > 0 && x->rels[mi - 1].sent + 8 >= s->sent && !has_parties(&x->rels[mi - 1], src, ns))
        mi--;
    if (ns < 2 || mi == 0 || !has_parties(&x->rels[mi - 1], src, ns))
        return;
    xrel *m = &x->rels[mi - 1];
    for (size_t i = 0; i < m->n_parts; i++) {
        int party = 0;
        for (size_t j = 0; j < ns; j++)
            party |= m->parts[i] == src[j];
        if (!party && nr < MAXG)
            rest[nr++] = m->parts[i];
    }
    memcpy(m->parts, rest, nr * sizeof *rest);
    m->parts[nr] = src[0];
    m->n_parts = nr + 1;
    xkey mk = ag__x_meeting_key(m);
    ag__x_index_add(x, &mk, (int)mi - 1);
    const ag_lx_entry *e = m->lex;
    const char *where = m->location;
    int sent = m->sent;
    for (size_t j = 1; j < ns; j++) {
        rest[nr] = src[j];
        ag__x_add_meeting(x, rest, nr + 1, e, where, sent);
    }
}

/* ---- summit roster: the attendees of a summit listed over several
 * sentences ("host X", "Among the attendees is Y", "Z is also here",
 * "W was represented by his deputy V", "the leaders of A, B and C") are
 * one meeting (corpus pc-76 ... pc-79). */

static int list_glue(const xdoc *x, size_t a, size_t b);

static int leaders_list(const xdoc *x, const sentctx *s, int c);

/* "the leaders of A, B and C", "heads of state from A and B", "the summit
 * of A and B": a list of countries opens at the "of" or "from" at k,
 * after a plural title or a gathering noun. */
static int country_list_at(const xdoc *x, const sentctx *s, size_t k)
{
    if (!(x_tok_is(x, k, "of") || x_tok_is(x, k, "from")) || ag__x_chunk_of(x, k - 1) >= 0)
        return 0;
    int c = ag__x_chunk_of(x, x_tok_is(x, k + 1, "the") ? k + 2 : k + 1);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY ||
        ((x->chunks[c].flags & CH_ADJ) && !leaders_list(x, s, c)))
        return 0;
    for (size_t q = k; q > s->lo && q + 3 > k; q--)
        if (ag__x_plural_title(x, q - 1) || x_tok_has(x, q - 1, WC(GATHERING_NOUN) | WC(OFFICIAL_NOUN)) ||
            x_tok_has2(x, q - 1, WC2(SUMMIT_NOUN)))
            return 1;
    return 0;
}

/* The token after the list of countries that chunk c opens (joined by
 * commas, "and" or pair hyphens), or s->hi. */
static size_t country_chain_end(const xdoc *x, const sentctx *s, int c)
{
    size_t t = x->chunks[c].t1;
    while (t < s->hi) {
        int n = ag__x_chunk_of(x, t);
        if (n >= 0 && x->chunks[n].actor >= 0 && x->actors[x->chunks[n].actor].kind == AG_ACTOR_COUNTRY)
            t = x->chunks[n].t1;
        else if (n < 0 && list_glue(x, t, t + 1))
            t++;
        else
            break;
    }
    return t;
}

/* "the Egyptian, Jordanian and Iraqi leaders", "the Nigerian and Ghanaian
 * foreign ministers", "the Russia-Turkey-Iran summit": the country at chunk
 * c opens a list of countries before a plural title or a gathering noun. */
static int leaders_list(const xdoc *x, const sentctx *s, int c)
{
    size_t t = country_chain_end(x, s, c);
    if (ag__x_plural_title(x, t - 1) && ag__x_chunk_of(x, t - 1) >= 0) /* "... and Iraqi leaders" */
        return 1;
    /* A lower-case word of the title before it: "foreign ministers". */
    if (t + 1 < s->hi && ag__x_chunk_of(x, t) < 0 && ag__x_is_modifier(x, t) && !x_tok_has(x, t, WC(DETERMINER)) &&
        ag__x_chunk_of(x, t + 1) < 0 && ag__x_plural_title(x, t + 1))
        return 1;
    return t < s->hi && ag__x_chunk_of(x, t) < 0 &&
           (ag__x_plural_title(x, t) || x_tok_has(x, t, WC(GATHERING_NOUN)) || x_tok_has2(x, t, WC2(SUMMIT_NOUN)));
}

/* "accompanied by": the persons after it travel with someone (an
 * entourage), they are not listed as attendees. */
static int entourage_at(const xdoc *x, const sentctx *s, size_t k)
{
    return x_tok_has3(x, k, WC3(ENTOURAGE_VERB)) && k + 1 < s->hi && x_tok_is(x, k + 1, "by");
}

/* "A, B and C also took part": "part" at k after a form of "take" (not
 * "as part of the summit"). */
static int took_part(const xdoc *x, const sentctx *s, size_t k)
{
    return k > s->lo && x_tok_has3(x, k, WC3(PART_NOUN)) && x_tok_has3(x, k - 1, WC3(PARTAKE_VERB));
}

/* "Kikwete, one of six heads of state at the two-day summit": "at" at k
 * after a plural title (up to three words before it: "heads of state";
 * not a body's "council of ministers") and, within five words, a summit
 * noun. */
static int title_at_summit(const xdoc *x, const sentctx *s, size_t k)
{
    if (!x_tok_is(x, k, "at"))
        return 0;
    int title = 0;
    for (size_t q = k; q > s->lo + 1 && q + 4 > k && !title && ag__x_chunk_of(x, q - 1) < 0; q--)
        title = ag__x_plural_title(x, q - 1) && !x_tok_is(x, q - 2, "of"); /* not "council of ministers" */
    if (!title)
        return 0;
    for (size_t q = k + 1; q < s->hi && q < k + 6 && ag__x_chunk_of(x, q) < 0; q++)
        if (x_tok_has2(x, q, WC2(SUMMIT_NOUN)))
            return 1;
    return 0;
}

/* Whether the sentence lists attendees: a roster word, an attendance or
 * representation verb, or a gathering noun before a copula ("leaders at
 * the Summit were ..."); never with a negation or an absence ("will be
 * absent from the summit"). */
static int roster_sentence(const xdoc *x, const sentctx *s)
{
    int cue = 0;
    for (size_t k = s->lo; k < s->hi; k++) {
        /* "X declined to attend the summit": as absent as "skipped it". */
        if (x_tok_has(x, k, WC(NEGATION)) || x_tok_has2(x, k, WC2(ABSENCE_WORD)) ||
            (x_tok_has(x, k, WC(ATTENDANCE_VERB)) && ag__x_attendance_unheld(x, s, k)))
            return 0;
        cue |= x_tok_has2(x, k, WC2(ROSTER_WORD) | WC2(REPRESENT_VERB)) ||
               (x_tok_has(x, k, WC(ATTENDANCE_VERB)) && !entourage_at(x, s, k)) ||
               (x_tok_has(x, k, WC(GATHERING_NOUN)) && k + 1 < s->hi && x_tok_has(x, k + 1, WC(BE))) ||
               (x_tok_has2(x, k, WC2(DELEGATE_VERB)) && k + 1 < s->hi && x_tok_has(x, k + 1, WC(PRONOUN))) ||
               ag__x_participation_at(x, s, k) || took_part(x, s, k) || title_at_summit(x, s, k) ||
               (k > s->lo && country_list_at(x, s, k));
    }
    return cue;
}

/* The actors the sentence says are represented by another, into out:
 * "X is (being) represented by Y" (the actor before), "Y is representing
 * X" (the actors after, up to a comma). */
static size_t represented_actors(const xdoc *x, const sentctx *s, int *out, size_t cap)
{
    size_t n = 0;
    for (size_t k = s->lo; k < s->hi; k++) {
        if (!x_tok_has2(x, k, WC2(REPRESENT_VERB) | WC2(DELEGATE_VERB)))
            continue;
        if (x_tok_has2(x, k, WC2(DELEGATE_VERB)) || (k + 1 < s->hi && x_tok_is(x, k + 1, "by"))) {
            for (size_t q = k; q > s->lo && n < cap; q--) {
                int c = ag__x_chunk_of(x, q - 1);
                if (c >= 0 && x->chunks[c].actor >= 0) {
                    out[n++] = x->chunks[c].actor;
                    break;
                }
            }
            continue;
        }
        for (size_t q = k + 1; q < s->hi && n < cap && !x_tok_is(x, q, ","); q++) {
            int c = ag__x_chunk_of(x, q);
            if (c >= 0 && x->chunks[c].actor >= 0 && x->chunks[c].t0 == q)
                out[n++] = x->chunks[c].actor;
        }
    }
    return n;
}

/* Whether tokens [a,b) only join list members: ",", "and", "the". */
static int list_glue(const xdoc *x, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!x_tok_is(x, k, ",") && !x_tok_and(x, k) && !x_tok_is(x, k, "the"))
            return 0;
    return 1;
}

/* "Luis Arce (Bolivia)": a country in brackets at token t. */
static int country_in_brackets(const xdoc *x, size_t t)
{
    int c = x_tok_is(x, t, "(") ? ag__x_chunk_of(x, t + 1) : -1;
    return c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY;
}

/* "Chaired by X, the summit imposed sanctions on Y": a person the
 * sentence names as the target of a hostile stance is no attendee (a
 * country in "the summit of A, B and C" still is). */
static int hostile_target(const xdoc *x, int a, int si)
{
    for (size_t i = x->n_rels; i > 0 && x->rels[i - 1].sent == si; i--)
        if (x->rels[i - 1].kind == AG_REL_STANCE && x->rels[i - 1].polarity < 0 &&
            (x->rels[i - 1].tgt == a || x->rels[i - 1].tgt == ag__x_root(x, a))) /* "on the junta leader": his country */
            return 1;
    return 0;
}

/* "the Minister of State for Foreign Affairs of X": chunk c is a
 * capitalized title and "of" its country (not "X's government"). */
static int office_of(const xdoc *x, int c)
{
    size_t t = x->chunks[c].t0 + x_tok_is(x, x->chunks[c].t0, "the");
    if (!(x_tflags(x, t) & AG_TOK_CAP))
        return 0;
    for (; t < x->chunks[c].t1; t++)
        if (x_tok_is(x, t, "of"))
            return 1;
    return 0;
}

/* "only Juba confirmed attendance", "Burundi will attend": a country (or
 * its capital) that is the subject of attending, its verb or noun within
 * three lower-case words after chunk c ("confirmed its participation"). */
static int attends_after(const xdoc *x, const sentctx *s, int c)
{
    if (x->chunks[c].flags & (CH_LOC | CH_MOD))
        return 0;
    for (size_t q = x->chunks[c].t1; q < s->hi && q < x->chunks[c].t1 + 3; q++) {
        if (ag__x_chunk_of(x, q) >= 0 || !(x_tflags(x, q) & AG_TOK_WORD) || (x_tflags(x, q) & AG_TOK_CAP))
            return 0;
        if (x_tok_has(x, q, WC(ATTENDANCE_VERB)) || x_tok_has2(x, q, WC2(PRESENCE_NOUN) | WC2(PARTICIPATION_NOUN)))
            return 1;
    }
    return 0;
}

/* "..., according to Secretary for Foreign Affairs X": the source of the
 * sentence at k (past "the" and its title's words) is no attendee. */
static int according_to(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q > s->lo + 1 && q + 8 > k; q--) {
        if (x_tok_is(x, q - 1, "to") && x_tok_is(x, q - 2, "according"))
            return 1;
        if (!(x_tflags(x, q - 1) & AG_TOK_WORD) || ag__x_chunk_of(x, q - 1) >= 0)
            return 0;
    }
    return 0;
}

/* add[0..na) join out[0..n) (up to cap), but for those represented
 * (skip[0..ns)) and those already there.  Returns the new count. */
static size_t add_attendees(int *out, size_t n, size_t cap, const int *add, size_t na, const int *skip, size_t ns)
{
    for (size_t i = 0; i < na && n < cap; i++)
        if (!x_has_actor(skip, ns, add[i]) && !x_has_actor(out, n, add[i]))
            out[n++] = add[i];
    return n;
}

/* The attendees a roster sentence names, into out: the named persons, and
 * the countries of a list after "of" that follows no name ("the leaders
 * of A, B and C", "representatives of A and B"; not "X of Kuwait"),
 * leaving out those represented by another. */
static size_t roster_members(xdoc *x, const sentctx *s, int *out, size_t cap)
{
    int skip[MAXG];
    size_t ns = represented_actors(x, s, skip, MAXG), n = 0, list_end = 0;
    char tb[48];
    const char *title = NULL;
    for (size_t k = s->lo; k < s->hi && n < cap; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0 || x->chunks[c].t0 != k || ag__x_in_quote(s, k))
            continue;
        int a = x->chunks[c].actor;
        unsigned fl = x->chunks[c].flags;
        int country = a >= 0 && x->actors[a].kind == AG_ACTOR_COUNTRY && !(fl & CH_POSS);
        size_t of = k > s->lo + 1 && x_tok_is(x, k - 1, "the") ? k - 2 : k - 1;
        int opens = (of > s->lo && country_list_at(x, s, of)) || (!(fl & CH_LOC) && leaders_list(x, s, c));
        int listed = country && (opens || (list_end && list_glue(x, list_end, k)));
        if (listed && !list_end) /* "the Presidents of A and B": the holders the text names */
            title = ag__x_title_of(x, k, tb, sizeof tb);
        list_end = listed ? x->chunks[c].t1 : 0;
        a = listed ? ag__x_office_holder(x, title, a) : a;
        /* An attendee holds an office or belongs to a country or body ("the
         * Southeast Asian Nation" read as a name does not); "X reported that
         * the summit ...": the speaker is no attendee. */
        int person = a >= 0 && x->actors[a].kind == AG_ACTOR_PERSON && !(fl & CH_NOMINAL) &&
                     (x->actors[a].affil >= 0 || x->actors[a].title || country_in_brackets(x, x->chunks[c].t1) ||
                      ag__x_representative_at(x, k, s->lo)) &&
                     !(listed || x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB) | WC(REPORT_VERB) | WC(NEWS_VERB)) ||
                       x_tok_is(x, x->chunks[c].t1 + 1, "that") || according_to(x, s, k));
        /* "along with the Foreign Minister of X": an office of a country
         * that names no holder attends for the country. */
        int office = country && (fl & CH_NOMINAL) && !listed && office_of(x, c);
        office |= country && !listed && attends_after(x, s, c);
        if ((person || listed || office) && !x_has_actor(skip, ns, a) && !x_has_actor(out, n, a) && (listed || !hostile_target(x, a, s->sent)))
            out[n++] = a;
        k = x->chunks[c].t1 - 1;
    }
    /* "held in the presence of ... the AU and UN": bodies present attend. */
    int with[2 * MAXG];
    n = add_attendees(out, n, cap, with, ag__x_participation_of(x, s, s->lo, with, 0), skip, ns);
    /* "X will join the two leaders at the summit": a group reference's
     * members attend too. */
    for (size_t k = s->lo; k < s->hi && n < cap; k++)
        if (ag__x_chunk_of(x, k) < 0 && !ag__x_in_quote(s, k))
            n = add_attendees(out, n, cap, with, ag__x_coref_group_at(x, k, with, MAXG), skip, ns);
    return n;
}

/* Whether sentence s lists a delegation's members: a delegation noun after
 * "of the" ("is part of the delegation, as are ...", "members of the
 * delegation are ...") or before a member word ("the delegation includes
 * A and B"), and no negation. */
static int delegation_list(const xdoc *x, const sentctx *s)
{
    int deleg = 0, cue = 0;
    if (!(s->cls2 & WC2(DELEGATION_NOUN)))
        return 0;
    for (size_t k = s->lo; k < s->hi; k++) {
        if (x_tok_has(x, k, WC(NEGATION)))
            return 0;
        int noun = x_tok_has2(x, k, WC2(DELEGATION_NOUN)) != 0;
        cue |= (noun && k > s->lo + 1 && x_tok_is(x, k - 1, "the") && x_tok_is(x, k - 2, "of")) ||
               (deleg && x_tok_has2(x, k, WC2(MEMBER_WORD)));
        deleg |= noun;
    }
    return cue;
}

/* "ECOWAS Commission President X is part of the delegation, as are the
 * Nigerian and Ghanaian foreign ministers": a sentence that lists the
 * members of a delegation and tells no meeting keeps them (two or more) as
 * the document's delegation, whom a later "the envoys met Y" names. */
void ag__x_delegation_roster(xdoc *x, sentctx *s, int si)
{
    if ((x->last_meeting >= 0 && x->rels[x->last_meeting].sent == si) || !delegation_list(x, s))
        return;
    int who[MAXG_DELEGATION];
    size_t n = roster_members(x, s, who, MAXG_DELEGATION);
    if (n < 2)
        return;
    memcpy(x->deleg.who, who, n * sizeof *who);
    x->deleg.n = n;
    x->deleg.sent = si;
}

/* The roster's meeting takes its attendees parts[0..u): told once three
 * attend, then grown in place. */
static void roster_meeting(xdoc *x, const int *parts, size_t u, int si)
{
    struct xroster *r = &x->roster;
    if (r->rel < 0) {
        long meet = ag_lexicon_find(x->lx, AG_LX_MEET, "summit");
        if (meet < 0)
            return;
        size_t before = x->n_rels;
        x->rule = "summit_roster";
        ag__x_add_meeting(x, parts, u, ag_lexicon_entry(x->lx, (uint32_t)meet), r->where, si);
        /* Not told again when a meeting of this sentence has them all
         * ("Host X was joined by A, B and C"): that one grows. */
        if (x->n_rels > before || (x->last_meeting >= 0 && x->rels[x->last_meeting].sent == si))
            r->rel = x->n_rels > before ? (int)x->n_rels - 1 : x->last_meeting;
        return;
    }
    ag__x_join_meeting(x, r->rel, parts, u);
    /* One it had may be represented by another now: filed again by its
     * new size (join_meeting filed it by the joined one). */
    xrel *m = &x->rels[r->rel];
    size_t joined = m->n_parts;
    m->n_parts = ag__x_drop_represented(x, m->parts, m->n_parts);
    if (m->n_parts != joined) {
        xkey mk = ag__x_meeting_key(m);
        ag__x_index_add(x, &mk, r->rel);
    }
}

/* "the Leaders Meeting", "the ministers' meeting", "the annual meeting of
 * the Deputy Foreign Ministers of ...": a gathering noun at k after or
 * before ("of the", up to a four-word title) a plural title is a gathering
 * of many parties, like a summit. */
static int multiparty_gathering(const xdoc *x, const sentctx *s, size_t k)
{
    if (!x_tok_has(x, k, WC(GATHERING_NOUN)))
        return 0;
    size_t b = k > s->lo && x_tok_is(x, k - 1, "'") ? k - 1 : k; /* "ministers' meeting" */
    if (b > s->lo && ag__x_plural_title(x, b - 1))
        return 1;
    if (!x_tok_is(x, k + 1, "of"))
        return 0;
    size_t t = x_tok_is(x, k + 2, "the") ? k + 3 : k + 2;
    for (size_t q = t; q < s->hi && q < t + 4 && (x_tflags(x, q) & AG_TOK_WORD); q++)
        if (ag__x_plural_title(x, q))
            return 1;
    return 0;
}

/* "Leaders of A, B and C said in a joint statement ... at the summit in
 * X, which Y attended": the countries (or their holders of the title) of
 * the first list a plural title opens before any summit is named wait in
 * the roster, not open; they attend the summit a later sentence names. */
static void pending_leaders(xdoc *x, const sentctx *s)
{
    struct xroster *r = &x->roster;
    /* Only where a later sentence names a summit (most documents name none). */
    for (size_t j = x->t.n_sents; !r->last_named && j > 0; j--)
        if (!x->sentsum || !x->sentsum[j - 1].set || (x->sentsum[j - 1].cls2 & WC2(SUMMIT_NOUN)))
            r->last_named = (int)j;
    if (!r->last_named)
        r->last_named = -1;
    if (r->last_named <= s->sent + 1)
        return;
    for (size_t k = s->lo + 1; k + 1 < s->hi; k++) {
        if (!(x_tok_is(x, k, "of") || x_tok_is(x, k, "from")) || ag__x_in_quote(s, k) || !country_list_at(x, s, k))
            continue;
        int c = ag__x_chunk_of(x, x_tok_is(x, k + 1, "the") ? k + 2 : k + 1);
        char tb[48];
        const char *title = ag__x_title_of(x, x->chunks[c].t0, tb, sizeof tb);
        int who[MAXG];
        size_t n = 0, end = country_chain_end(x, s, c);
        for (size_t t = x->chunks[c].t0; t < end && n < MAXG; t++) {
            int d = ag__x_chunk_of(x, t);
            if (d >= 0 && x->chunks[d].t0 == t && x->chunks[d].actor >= 0 && !x_has_actor(who, n, x->chunks[d].actor))
                who[n++] = x->chunks[d].actor;
        }
        for (size_t i = 0; n >= 2 && i < n; i++) /* one country is no list */
            r->who[r->n++] = ag__x_office_holder(x, title, who[i]);
        return;
    }
}

/* From the first sentence that names a summit, the attendees each roster
 * sentence lists join one meeting (three or more: a multilateral one). */
void ag__x_summit_roster(xdoc *x, sentctx *s, int si)
{
    struct xroster *r = &x->roster;
    uint64_t cls = x->sentsum && x->sentsum[si].set ? x->sentsum[si].cls : ~(uint64_t)0;
    if (!r->open && (s->cls2 & WC2(SUMMIT_NOUN) || cls & WC(GATHERING_NOUN)))
        for (size_t k = s->lo; k < s->hi && !r->open; k++)
            r->open = x_tok_has2(x, k, WC2(SUMMIT_NOUN)) || multiparty_gathering(x, s, k);
    if (!r->open) {
        if (!r->n)
            pending_leaders(x, s);
        return;
    }
    if (!r->where)
        r->where = ag__x_meeting_place(x, s, s->lo);
    /* "The defence ministers of A, B and C gathered in Rome": a meeting
     * this sentence tells in another place is another gathering. */
    const xrel *told = x->last_meeting >= 0 && x->last_meeting != r->rel ? &x->rels[x->last_meeting] : NULL;
    if ((told && told->sent == si && told->location && r->where && strcmp(told->location, r->where)) ||
        !roster_sentence(x, s))
        return;
    int add[XROSTER_MAX], parts[XROSTER_MAX];
    size_t n = roster_members(x, s, add, XROSTER_MAX - r->n), grew = 0;
    for (size_t i = 0; i < n; i++)
        if (!x_has_actor(r->who, r->n, add[i])) {
            r->who[r->n++] = add[i];
            grew++;
        }
    memcpy(parts, r->who, r->n * sizeof *parts);
    size_t u = ag__x_drop_represented(x, parts, r->n);
    if (grew && u >= 3)
        roster_meeting(x, parts, u, si);
}

/* Conditions under which a meeting told is no meeting held. */
#define UNHELD (AG_RC_NEGATED | AG_RC_IRREALIS | AG_RC_REFUSED | AG_RC_DENIED | AG_RC_APPEALED | AG_RC_WISHED)

/* "X met virtually with foreign ministers from the CARICOM member states.
 * Foreign ministers from A, B and C participated in the event": a meeting
 * that related no one because its partner is a plural title naming no
 * one opens the summit roster with its holders; the attendees a later
 * roster sentence lists join them. */
void ag__x_group_roster(xdoc *x, sentctx *s, const pred *pr, size_t before)
{
    struct xroster *r = &x->roster;
    if (r->open || pr->e->kind != AG_LX_MEET || x->n_rels != before || (pr->cond & (UNHELD | AG_RC_NOUN)))
        return;
    size_t t = pr->p + pr->m;
    t += x_tok_is(x, t, "with");
    t += x_tok_is(x, t, "the");
    while (t + 1 < s->hi && ag__x_chunk_of(x, t) < 0 && ag__x_is_modifier(x, t) && !ag__x_plural_title(x, t))
        t++; /* "foreign" */
    if (t >= s->hi || ag__x_chunk_of(x, t) >= 0 || !ag__x_plural_title(x, t))
        return;
    int src[MAXG];
    size_t ns = ag__x_find_source(x, s, pr->head, src);
    for (size_t i = 0; i < ns && r->n < XROSTER_MAX; i++)
        if (!x_has_actor(r->who, r->n, src[i]))
            r->who[r->n++] = src[i];
    r->open = ns > 0;
}

/* "Representatives from the two rebel groups and the AU are meeting in
 * Geneva": the first held meeting of the document, when it related no one
 * and its holders are one named actor, is kept for a later attendee to
 * complete (the first such one: later ones are often told by a speaker). */
void ag__x_lone_meeting(xdoc *x, sentctx *s, const pred *pr, size_t before)
{
    if (pr->e->kind != AG_LX_MEET || x->n_rels != before || (pr->cond & (UNHELD | AG_RC_NOUN)) ||
        x->last_meeting >= 0 || x->lone.actor >= 0)
        return;
    int src[MAXG];
    if (ag__x_find_source(x, s, pr->head, src) != 1)
        return;
    x->lone = (struct xlone){src[0], s->sent, pr->e, ag__x_meeting_place(x, s, s->lo)};
}
