/* relate_parties.c — the parties of a meeting predicate: its subject,
 * partners, owners, holders and carried visitors; ag__x_meeting_at files
 * the meeting a predicate tells, ag__x_passive_meeting a passive one. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "relate_int.h"

/* "separate" or "separately" between the predicate and its partners. */
static int separately(const xdoc *x, const sentctx *s, size_t head, size_t at)
{
    size_t lo = head > s->lo + 2 ? head - 2 : s->lo;
    for (size_t k = lo; k < at && k < s->hi; k++)
        if (x_tok_has2(x, k, WC2(SEPARATE_WORD)))
            return 1;
    return 0;
}

/* "met his Peruvian counterpart": a counterpart the text does not name
 * (resolution found no Peruvian official of the same office) is met on
 * behalf of the country, the first such within six tokens after k. */
static size_t unnamed_counterpart(xdoc *x, sentctx *s, size_t k, int *tg, size_t *at)
{
    for (size_t q = k; q < s->hi && q < k + 6; q++) {
        int c = ag__x_chunk_of(x, q);
        if (c < 0)
            continue;
        /* "his Peruvian and Chilean counterparts": each country. */
        size_t n = 0;
        *at = x->chunks[c].t0;
        while (c >= 0 && (x->chunks[c].flags & CH_ADJ) && !(x->chunks[c].flags & CH_LOC) && n < MAXG) {
            tg[n++] = x->chunks[c].actor;
            size_t t1 = x->chunks[c].t1;
            if (x_tok_has2(x, t1, WC2(COUNTERPART_NOUN)))
                return n;
            if (x_tok_is(x, t1, ",") && x_tok_is(x, t1 + 1, "and"))
                t1++;
            c = x_tok_is(x, t1, "and") || x_tok_is(x, t1, ",") ? ag__x_chunk_of(x, t1 + 1) : -1;
        }
        return 0;
    }
    return 0;
}
/* "the Afghan government's negotiating team and the Taliban leadership
 * met": the owner of a possessed or modified noun phrase before "and" and
 * the one subject found (parts[0], its nearest mention left of head) meet
 * too.  Appends it to parts[1]; returns 1, or 0. */
static size_t owner_before(const xdoc *x, const sentctx *s, size_t head, int *parts)
{
    size_t k = head;
    while (k > s->lo && (ag__x_chunk_of(x, k - 1) < 0 || x->chunks[ag__x_chunk_of(x, k - 1)].actor != parts[0]))
        k--;
    if (k <= s->lo + 2)
        return 0;
    k = x->chunks[ag__x_chunk_of(x, k - 1)].t0;
    k -= k > s->lo + 2 && x_tok_has(x, k - 1, WC(DETERMINER));
    if (!x_tok_is(x, k - 1, "and"))
        return 0;
    size_t w = k - 1; /* over "negotiating team": lower-case words of the phrase's noun */
    while (w > s->lo + 1 && w + 4 > k && ag__x_chunk_of(x, w - 1) < 0 && ag__x_is_modifier(x, w - 1) &&
           !x_tok_has(x, w - 1, WC(DETERMINER)))
        w--;
    w -= w < k - 1 && w > s->lo + 1 && (x_tflags(x, w - 1) & AG_TOK_POSS) && ag__x_chunk_of(x, w - 1) < 0;
    int c = w < k - 1 ? ag__x_chunk_of(x, w - 1) : -1;
    if (c < 0 || !(x->chunks[c].flags & (CH_POSS | CH_MOD)) || x->chunks[c].t1 > w + 1)
        return 0;
    parts[1] = ag__x_chunk_actor(x, c);
    return parts[1] != parts[0];
}

/* How far a meeting's partners are looked for after k: twelve tokens, not
 * into a relative clause (", where they discussed Taiwan"; ", which was
 * attended by A and B" names them) or an adjunct
 * of time ("meet on Friday ahead of the arrival of X"), and inside a
 * quote not past its end ("'... had meetings with X,' Y said"). */
static size_t partner_reach(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < k + 12 && q < s->hi; q++)
        if ((ag__x_in_quote(s, k) && !ag__x_in_quote(s, q)) || (x_tok_is(x, q, ",") && x_tok_has(x, q + 1, WC(RELATIVE)) && !ag__x_attended_clause(x, q + 1)) ||
            x_tok_has3(x, q, WC3(TIME_ADJUNCT)) || ag__x_own_clause(x, k, q))
            return q - k;
    return 12;
}

/* "met on the sidelines of the ASEAN summit": a name before a meeting
 * noun names that other meeting, not a partner. */
static int owns_meeting(const xdoc *x, const sentctx *s, size_t at)
{
    int c = ag__x_chunk_of(x, at);
    ag_lx_hit h;
    return c >= 0 && x_match(x, x->chunks[c].t1, s->hi, KIND(AG_LX_MEET), &h) &&
           ag_lexicon_entry(x->lx, h.entry)->kind == AG_LX_MEET && h.form == AG_FORM_NOUN;
}

/* "the ministers discussed relations with Russia": with several holders
 * (n), "relations"/"ties with" the mention at `at` names a topic, not a
 * partner ("X discussed bilateral ties with Y" is one). */
static int relations_topic(const xdoc *x, const sentctx *s, size_t at, size_t n)
{
    return n >= 2 && at > s->lo + 1 && x_tok_is(x, at - 1, "with") &&
           x_tok_has3(x, at - 2, WC3(RELATION_NOUN));
}

/* "..., ministry spokesman X said": the mention at `at` is the speaker of
 * an attribution, no partner. */
static int attribution(const xdoc *x, size_t at)
{
    int c = ag__x_chunk_of(x, at);
    return c >= 0 && x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB));
}

/* "Qatari-brokered talks between A and B", "attended a Thai-brokered
 * meeting" (pairs.c split the name from the participle): the name before
 * a broker's participle among the modifiers of the meeting noun at p
 * mediates, a participant (corpus convention 14).  Appends it to
 * parts[0..n) unless there; returns the new count. */
size_t ag__x_add_broker(const xdoc *x, const sentctx *s, size_t p, int *parts, size_t n)
{
    for (size_t q = p; q > s->lo + 1 && q + 4 > p; q--) {
        if (!x_tok_has3(x, q - 1, WC3(BROKER_PARTICIPLE))) {
            if (ag__x_chunk_of(x, q - 1) >= 0 || !ag__x_is_modifier(x, q - 1))
                return n;
            continue;
        }
        int c = ag__x_chunk_of(x, q - 2);
        int a = c >= 0 && x->chunks[c].t1 == q - 1 ? ag__x_chunk_actor(x, c) : -1;
        for (size_t i = 0; i < n && a >= 0; i++)
            a = parts[i] == a ? -1 : a;
        if (a >= 0 && n < 2 * MAXG)
            parts[n++] = a;
        return n;
    }
    return n;
}

/* "a meeting of the ministers": a singular noun tells one meeting, whose
 * parties the group reference after "of" names; "the regular meetings of
 * the regional leaders" are a custom, none of them told. */
static int one_meeting(const xdoc *x, size_t k) { return !x_tok_ends(x, k, "s", 0); }

/* The parties a meeting noun with no subject names: "the meeting of Putin
 * and Xi lasted" (those it is of), "a summit of the leaders of A, B and C"
 * (the leaders: group_right takes the title), "the talks between the two
 * sides" (the members of the reference), "the meeting between A and B
 * lasted", "talks were held in Doha between A and B" (those named). */
static size_t nominal_parties(xdoc *x, sentctx *s, size_t p, size_t m, unsigned opts, int *parts)
{
    size_t n = 0;
    int of = x_tok_is(x, p + m, "of") ? ag__x_chunk_of(x, p + m + 1) : -1;
    /* "the meeting of Ministers of Foreign Affairs and Ministers of Water
     * Affairs of A, B and C": past the titles' own of-phrases. */
    int titled = 0;
    for (size_t q = p + m + 1; of < 0 && q < s->hi && q < p + m + (titled ? 14 : 5); q++) {
        if (!(x_tflags(x, q) & AG_TOK_WORD))
            break;
        if (x_tok_is(x, q, "of") && (titled || (titled = ag__x_plural_title(x, q - 1))))
            of = ag__x_chunk_of(x, x_tok_is(x, q + 1, "the") ? q + 2 : q + 1);
    }
    if (!(of >= 0 && ag__x_usable(x, of) && (n = ag__x_group_right(x, of, s->hi, parts)) >= 2) &&
        !((x_tok_is(x, p + m, "between") || (x_tok_is(x, p + m, "of") && one_meeting(x, p + m - 1))) &&
          (n = ag__x_coref_group_at(x, p + m + 1, parts, MAXG)) > 0)) {
        int bc = !(opts & AG_RO_SEPARATE) && !separately(x, s, p, p) ? ag__x_between_chunk(x, s, p + m) : -1;
        n = bc >= 0 && (n = ag__x_group_right(x, bc, s->hi, parts)) >= 2 ? n : 0;
    }
    /* "the meeting between A and B was mediated by C": the hosts too. */
    size_t at;
    n = n ? n + ag__x_scene_host(x, s, p + m, parts + n, &at) : 0;
    return n ? n + ag__x_scene_host(x, s, p + m, parts + n, &at) : 0;
}

/* "met ECOWAS mediator Goodluck Jonathan", "hosted a Taliban delegation
 * led by X": a name that modifies a person's title or a delegation still
 * names the partner: the person (the delegation's head), else the one the
 * modifier names.  1 with the partner in tg[0], else 0. */
static int modified_partner(const xdoc *x, const sentctx *s, int c, int *tg)
{
    size_t q = x->chunks[c].t1;
    if (x->chunks[c].flags & CH_POSS)
        return 0;
    if (x_tok_has2(x, q, WC2(DELEGATION_NOUN))) {
        int h = ag__x_led_by(x, q + 1, s->hi);
        tg[0] = h >= 0 && x->chunks[h].actor >= 0 ? x->chunks[h].actor : x->chunks[c].actor;
        return tg[0] >= 0;
    }
    for (; q < s->hi && q < x->chunks[c].t1 + 3 && (x_tflags(x, q) & AG_TOK_WORD); q++) {
        int pc = ag__x_chunk_of(x, q);
        if (pc >= 0) {
            int a = x->chunks[pc].actor;
            if (a < 0 || x->actors[a].kind != AG_ACTOR_PERSON)
                return 0;
            tg[0] = a;
            return 1;
        }
    }
    return 0;
}

/* The one person of country a in the last meeting (the head of its
 * delegation there), else a. */
static int head_in_last_meeting(const xdoc *x, int a)
{
    const xrel *lm = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    int who = a, count = 0;
    for (size_t b = 0; lm && b < lm->n_parts; b++)
        if (x->actors[lm->parts[b]].kind == AG_ACTOR_PERSON && ag__x_root(x, lm->parts[b]) == a)
            who = lm->parts[b], count++;
    return count == 1 ? who : a;
}

/* "gave a dinner in honour of the Pakistan and Afghan delegations": the
 * countries listed (names or adjectives) right before a delegation noun
 * from the partner at token at are the partners, each by the head of its
 * delegation in the meeting told before.  Returns their count (into tg),
 * 0 when no such list stands there. */
static size_t delegation_partners(const xdoc *x, const sentctx *s, size_t at, int *tg)
{
    size_t n = 0;
    for (size_t q = at; q < s->hi && n < MAXG;) {
        int c = ag__x_chunk_of(x, q), a = c >= 0 ? x->chunks[c].actor : -1;
        if (a < 0 || x->chunks[c].t0 != q || x->actors[a].kind != AG_ACTOR_COUNTRY)
            return 0;
        tg[n++] = a;
        q = x->chunks[c].t1;
        if (x_tok_has2(x, q - 1, WC2(DELEGATION_NOUN)) || x_tok_has2(x, q, WC2(DELEGATION_NOUN)))
            break; /* "the Afghan delegations" as one mention, or the noun after it */
        q += x_tok_is(x, q, ",");
        if (!x_tok_and(x, q) && !x_tok_is(x, q - 1, ","))
            return 0;
        q += x_tok_and(x, q);
    }
    for (size_t i = 0; n >= 2 && i < n; i++)
        tg[i] = head_in_last_meeting(x, tg[i]);
    return n >= 2 ? n : 0;
}

/* "met his Finnish counterpart A and President B": two or more persons of
 * one country the subject does not belong to are hosts met one by one
 * (corpus choice, pc-48), not a meeting among themselves. */
static int hosts_of_one_side(const xdoc *x, const int *parts, size_t n, const int *tg, size_t nt)
{
    if (n != 1 || nt < 2)
        return 0;
    int r = ag__x_root(x, tg[0]);
    if (r < 0 || r == tg[0] || r == ag__x_root(x, parts[0]))
        return 0;
    for (size_t i = 0; i < nt; i++)
        if (x->actors[tg[i]].kind != AG_ACTOR_PERSON || ag__x_root(x, tg[i]) != r)
            return 0;
    return 1;
}

/* "A and B will pay a visit to Pakistan": visitors of one side travel
 * together; each meets the host, not the other.  1 when the rule is a
 * visit's (host option) and parts[0..n) share one root other than the
 * host's. */
static int covisitors(const xdoc *x, unsigned opts, const int *parts, size_t n, int host)
{
    if (!(opts & AG_RO_HOST) || n < 2)
        return 0;
    int r = ag__x_root(x, parts[0]);
    for (size_t i = 1; i < n; i++)
        if (ag__x_root(x, parts[i]) != r)
            return 0;
    return r >= 0 && r != ag__x_root(x, host);
}

/* "He also met A of X, B of Y and C of Z": one actor who meets three or
 * more partners, each of another country than the others and than his
 * own, meets them one by one (corpus choice, pc-104, pc-68): a joint
 * meeting of so many sides is told as one ("a trilateral meeting", "the
 * leaders of A, B and C met"). */
static int many_sides(const xdoc *x, const int *parts, size_t n, const int *tg, size_t nt, size_t least)
{
    if (n != 1 || nt < least)
        return 0;
    for (size_t i = 0; i < nt; i++) {
        int r = ag__x_root(x, tg[i]);
        if (r < 0 || r == ag__x_root(x, parts[0]))
            return 0;
        for (size_t j = 0; j < i; j++)
            if (ag__x_root(x, tg[j]) == r)
                return 0;
    }
    return 1;
}

/* One meeting with each partner: the rule says so ("separate talks"), the
 * text says so ("separately"), or the partners are hosts of one side or
 * of many. */
static int meet_each(const xdoc *x, const sentctx *s, unsigned opts, size_t head, size_t at, const int *parts,
                     size_t n, const int *tg, size_t nt)
{
    /* "will visit A, B and C": a tour, one visit to each, whether or not
     * they read as places. */
    int tour = (opts & AG_RO_HOST) != 0;
    /* "travelled to Georgetown and Caracas for talks with Presidents Ali
     * and Maduro": as many partners of other countries as stops, one
     * meeting at each stop (pc-156). */
    int stops = nt == ag__x_trip_stops(x, s, head, NULL);
    return tour || (opts & AG_RO_SEPARATE) || separately(x, s, head, at) || hosts_of_one_side(x, parts, n, tg, nt) ||
           many_sides(x, parts, n, tg, nt, stops ? 2 : 3);
}

/* "X held separate meetings with ... The meetings with A, B and C took
 * place on Friday": a meeting noun named with "the", partners after "with"
 * and no subject is the meeting told in this sentence or the one before;
 * its first participant holds it.  1 with him in parts[0], else 0. */
static size_t told_holder(const xdoc *x, const sentctx *s, size_t p, size_t m, int *parts)
{
    const xrel *lm = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    size_t q = ag__x_modifiers_start(x, s, p);
    int definite = x_tok_is(x, q, "the") || (q > s->lo && x_tok_is(x, q - 1, "the"));
    if (!lm || lm->sent + 1 < s->sent || !definite ||
        !(x_tok_is(x, p + m, "with") || x_tok_is(x, p + m - 1, "with")))
        return 0;
    parts[0] = lm->parts[0];
    return 1;
}

/* A meeting verb whose subject is the clause's, told by the last
 * predicate: "will visit Moscow to meet X" (an infinitive of purpose after
 * a meeting of this sentence), "is due to meet X before heading to Y" (a
 * gerund after "before", "after" or "while"). */
static int clause_subject(const xdoc *x, const sentctx *s, size_t head)
{
    if (!s->n_subj || head <= s->lo)
        return 0;
    const xrel *lm = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    if (x_tok_is(x, head - 1, "to"))
        return lm && lm->sent == s->sent && lm->parts[0] == s->subj[0];
    return ag__x_adjunct_gerund(x, head);
}

/* "held separate meetings with A and B": one meeting of the subjects
 * parts[0..n) with each partner tg[i]; "A and B met separately with C":
 * one of each subject with the one partner. */
static void separate_meetings(xdoc *x, sentctx *s, size_t p, const int *parts, size_t n, const int *tg, size_t nt,
                              const ag_lx_entry *e, int sent)
{
    int pair[MAXG + 1], stops[MAXG];
    const char *where = ag__x_meeting_place(x, s, p);
    /* "travelled to Georgetown and Caracas for talks with Presidents Ali
     * and Maduro": the hosts in the order of the stops, each met at his. */
    int at_stops = n == 1 && nt > 1 && ag__x_trip_stops(x, s, p, stops) == nt;
    for (size_t i = 0; nt > 1 && i < nt; i++) {
        memcpy(pair, parts, n * sizeof *parts);
        pair[n] = tg[i];
        int host = at_stops && x->chunks[stops[i]].actor != tg[i];
        ag__x_add_meeting(x, pair, n + 1, e, host ? ag__x_place_text(x, stops[i]) : where, sent);
    }
    for (size_t i = 0; nt == 1 && i < n; i++) {
        pair[0] = parts[i];
        pair[1] = tg[0];
        ag__x_add_meeting(x, pair, 2, e, where, sent);
    }
}
/* "representatives of the two sides in the talks met X": with no subject
 * found, a group reference in the clause before the verb at head (no
 * mention between them) names those who met. */
static size_t clause_group(xdoc *x, const sentctx *s, size_t head, int *parts)
{
    for (size_t k = head; k > s->lo && k + 12 > head; k--) {
        if (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) || ag__x_chunk_of(x, k - 1) >= 0)
            return 0;
        size_t n = ag__x_coref_group_at(x, k - 1, parts, MAXG);
        if (n)
            return n;
    }
    return 0;
}

/* "held talks with X, and later met Y", "praised the talks with X and
 * referred to a meeting with Y": a predicate joined by "and" to the one
 * before it, with no mention between them, has that one's subject, not
 * its last partner (X).  Not a noun phrase joined to a partner ("X and the
 * talks with Y"): the word after "and" is no determiner or name. */
static int joined_predicate(const xdoc *x, const sentctx *s, size_t head)
{
    for (size_t k = head; k > s->lo + 1 && k + 7 > head; k--) {
        size_t w = k - 1;
        if (ag__x_chunk_of(x, w) >= 0 || x_tok_is(x, w, ",") || x_tok_has(x, w, WC(CLAUSE_BREAK) | WC(RELATIVE)))
            return 0;
        if (x_tok_is(x, w, "and"))
            return ag__x_chunk_of(x, w - 1) >= 0 || x_tok_is(x, w - 1, ",") ? !(x_tflags(x, w + 1) & AG_TOK_CAP) &&
                                                                                 !x_tok_has(x, w + 1, WC(DETERMINER))
                                                                           : 0;
    }
    return 0;
}

/* Whether the lower-cased title holds the word of token k as a whole word. */
static int title_has_word(const xdoc *x, const char *title, size_t k)
{
    const ag_token *t = &x->t.toks[k];
    size_t len = t->end - t->start;
    for (const char *p = title; p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL)
        if (strncasecmp(p, x->text + t->start, len) == 0 && (p[len] == ' ' || !p[len]))
            return 1;
    return 0;
}

/* The subject of a meeting of the last six sentences in which a is a
 * partner, not the subject; -1 if none. */
static int visitor_of(const xdoc *x, int a, int sent)
{
    for (size_t i = x->n_rels; i > 0 && x->rels[i - 1].sent + 6 >= sent; i--) {
        const xrel *m = &x->rels[i - 1];
        if (m->kind == AG_REL_MEETING && m->n_parts >= 2 && m->parts[0] != a &&
            x_has_actor(m->parts + 1, m->n_parts - 1, a))
            return m->parts[0];
    }
    return -1;
}

/* "X met the Defence Minister Y. ... In Colombia, the minister met Z": a
 * title without a name read as Y, a partner (not the subject) of a recent
 * meeting whose subject holds that title too, is that subject: the story
 * follows the visitor. parts[0] is replaced. */
static void title_follows_visitor(const xdoc *x, const sentctx *s, size_t head, int *parts)
{
    for (size_t k = head; k > s->lo; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        if (c < 0 || x->chunks[c].actor != parts[0])
            continue;
        int v = (x->chunks[c].flags & CH_NOMINAL) ? visitor_of(x, parts[0], s->sent) : -1;
        if (v >= 0 && x->actors[v].kind == AG_ACTOR_PERSON && x->actors[v].title &&
            title_has_word(x, x->actors[v].title, x->chunks[c].t1 - 1))
            parts[0] = v;
        return;
    }
}

/* The subject of a meeting verb at head: find_source's, else for "they"
 * ("visited Kyiv, where they met X"; "... arrived in Kyiv. They met X")
 * the subject of the last predicate in this sentence, else those of a
 * meeting told in this sentence or the one before. */
static size_t meeting_subject(xdoc *x, sentctx *s, size_t head, int *parts)
{
    size_t k = head;
    while (k > s->lo + 1 && k + 3 > head && (x_tok_has(x, k - 1, WC(AUXILIARY)) || x_tok_has2(x, k - 1, WC2(VERB_ADVERB))))
        k--;
    const xrel *m = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    if (k > s->lo && x_tok_is(x, k - 1, "they") && s->n_subj > 1) {
        memcpy(parts, s->subj, s->n_subj * sizeof *parts);
        return s->n_subj;
    }
    if (k > s->lo && x_tok_is(x, k - 1, "they") && m && m->sent + 1 >= s->sent)
        return ag__x_meeting_parts(x, parts);
    if (ag__x_relative_scene(x, s, head, parts))
        return 1;
    /* "The envoys met X" after the delegation's members were listed. */
    const struct xdelegation *d = &x->deleg;
    if (d->n && d->sent + 3 >= s->sent && k > s->lo + 1 && x_tok_has2(x, k - 1, WC2(ENVOY_GROUP)) &&
        x_tok_is(x, k - 2, "the")) {
        memcpy(parts, d->who, d->n * sizeof *parts);
        return d->n;
    }
    /* "The mission paid a call on X and held talks with Y": the first
     * predicate's subject is no actor; X, its object, is no subject. */
    if (joined_predicate(x, s, head)) {
        memcpy(parts, s->subj, s->n_subj * sizeof *parts);
        return s->n_subj;
    }
    s->meeting = 1;
    size_t n = ag__x_find_source(x, s, head, parts);
    s->meeting = 0;
    if (n == 1)
        title_follows_visitor(x, s, head, parts);
    return n ? n : clause_group(x, s, head, parts);
}

/* "met Guinea's junta leader X", "met Kenya's Uhuru Kenyatta": the
 * partners from the person the first one's possessive names. */
static size_t possessed_partners(xdoc *x, sentctx *s, size_t nt, int *tg, size_t *at)
{
    int c = nt ? ag__x_chunk_of(x, *at) : -1;
    int pp = c >= 0 ? ag__x_possessed_person(x, c) : -1;
    if (pp < 0 || pp == c)
        return nt;
    *at = x->chunks[pp].t0;
    return ag__x_group_right(x, pp, s->hi, tg);
}

/* "(ENA) The meeting of the Ministers of ... of A, B and C was held": a
 * bare meeting noun of named parties is theirs, not of a mention before it
 * (parts[0..n)).  Returns the new count. */
static size_t bare_noun_parties(xdoc *x, sentctx *s, size_t p, size_t m, unsigned opts, int *parts, size_t n)
{
    int of[2 * MAXG + 4];
    size_t no = nominal_parties(x, s, p, m, opts, of);
    if (no < 2)
        return n;
    memcpy(parts, of, no * sizeof *of);
    return no;
}

/* The partners tg[0..nt) (the first at *at), or when a list of countries
 * before a delegation noun stands at *at (or at k, the token after the
 * predicate: adjectives find no target), those delegations' heads.
 * Returns the new count. */
static size_t delegations_met(const xdoc *x, const sentctx *s, size_t nt, int *tg, size_t *at, size_t k)
{
    int dg[MAXG];
    size_t nd = delegation_partners(x, s, nt ? *at : k, dg);
    if (!nd)
        return nt;
    memcpy(tg, dg, nd * sizeof *dg);
    *at = nt ? *at : k;
    return nd;
}
/* "received a letter from X", "received a congratulatory message": the
 * object of a verb with no partner preposition is a document sent, not a
 * guest (a phone call received is a meeting: no document_noun). */
static int document_object(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < s->hi && q < k + 3; q++) {
        if (ag__x_chunk_of(x, q) >= 0 || !(x_tflags(x, q) & AG_TOK_WORD))
            return 0;
        if (x_tok_has2(x, q, WC2(DOCUMENT_NOUN)))
            return 1;
    }
    return 0;
}

/* "His meetings with A and B were productive", "Apart from his bilateral
 * meetings with A and B, he ...": the owner of a meeting noun after "his"
 * or "her" is the person named last before it (in the sentence, else
 * before the sentence), not a partner named after it.
 * Returns 1 with him in parts[0], else 0. */
static size_t possessor_owner(const xdoc *x, const sentctx *s, size_t p, int *parts)
{
    size_t q = ag__x_modifiers_start(x, s, p);
    size_t w = q > s->lo && x_tok_has3(x, q - 1, WC3(PERSONAL_POSSESSIVE)) ? q - 1 : q;
    if (w >= p || !x_tok_has3(x, w, WC3(PERSONAL_POSSESSIVE)))
        return 0;
    int who = x->co.prev_person;
    for (size_t b = w; b > s->lo; b--) {
        int c = ag__x_chunk_of(x, b - 1);
        if (c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON) {
            who = x->chunks[c].actor;
            break;
        }
    }
    if (who < 0 || x->actors[who].kind != AG_ACTOR_PERSON)
        return 0;
    parts[0] = who;
    return 1;
}

/* "returned from Chile": a visit told by where it came from has no
 * partner but that country ("boats returning from the sea": none). */
static int came_from(const xdoc *x, const sentctx *s, size_t k, unsigned opts, int nominal)
{
    return (opts & AG_RO_HOST) && !nominal && k > s->lo && x_tok_is(x, k - 1, "from");
}

/* "arrived in the east African country of Tanzania", "a visit to the
 * island nation of Maldives": the country named after a state noun and
 * "of" is the destination (its index), else d. */
static size_t state_named(const xdoc *x, const sentctx *s, size_t d)
{
    if (d >= s->hi || !x_tok_is(x, d, "the"))
        return d;
    for (size_t q = d + 1; q + 2 < s->hi && q < d + 5 && ag__x_chunk_of(x, q) < 0; q++)
        if (x_tok_has(x, q, WC(STATE_NOUN)) && x_tok_is(x, q + 1, "of") && ag__x_country_named_at(x, s, q + 2))
            return q + 2;
    return d;
}

/* A visit form ending at k goes to the place at d (d0 before a state
 * noun): a place, a capital, or a country named by its name after a
 * visit noun, a state noun or a form that ends in "to" ("a tour that will
 * take him to Rwanda and back to Ghana"). */
static int goes_to(const xdoc *x, const sentctx *s, size_t k, size_t d0, size_t d, int nominal)
{
    int c = ag__x_chunk_of(x, d);
    return (c >= 0 && (x->chunks[c].flags & CH_LOC)) || ag__x_capital_country(x, s, d) >= 0 ||
           ((nominal || d > d0 || (d == k && x_tok_is(x, k - 1, "to"))) && d >= k && ag__x_country_named_at(x, s, d));
}

/* "a tour which has taken him to Chad and Gabon": the person a visit form
 * carries (its object pronoun) is the visitor, whatever its subject. After
 * "X's meeting with Y ends the tour which has taken him to ...", a pronoun
 * resolved to the partner Y of the meeting told in this sentence is its
 * owner X, the one on the tour. */
static size_t carried_visitor(const xdoc *x, const sentctx *s, size_t p, size_t m, unsigned opts, int *parts, size_t n)
{
    const xrel *lm = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    for (size_t t = p; (opts & AG_RO_HOST) && t < p + m; t++) {
        int c = ag__x_chunk_of(x, t), who = c >= 0 ? x->chunks[c].actor : -1;
        if (who < 0 || !(x->chunks[c].flags & CH_PRON) || x->actors[who].kind != AG_ACTOR_PERSON)
            continue;
        if (lm && lm->sent == s->sent && lm->n_parts == 2 && lm->parts[1] == who &&
            x->actors[lm->parts[0]].kind == AG_ACTOR_PERSON)
            who = lm->parts[0];
        parts[0] = who;
        return 1;
    }
    return n;
}

/* "prior to the commencement of the Regular Meeting of X": a meeting noun
 * after a phase_noun and "of" tells when, not who met; the clause's
 * subject is none of its parties. */
static int phase_of(const xdoc *x, const sentctx *s, size_t p)
{
    /* Back over the noun's modifiers and capitalized name words ("the
     * Forty-Ninth Regular Meeting"). */
    size_t q = ag__x_modifiers_start(x, s, p);
    while (q > s->lo && q + 6 > p && (x_tflags(x, q - 1) & AG_TOK_CAP) && !x_tok_is(x, q - 1, "of"))
        q--;
    if (q > s->lo && x_tok_has(x, q - 1, WC(DETERMINER)))
        q--;
    return q > s->lo + 1 && x_tok_is(x, q - 1, "of") && x_tok_has3(x, q - 2, WC3(PHASE_NOUN));
}

/* The subject who holds the meeting at p: none for a phase's meeting. */
static size_t holders(xdoc *x, sentctx *s, size_t head, size_t p, int nominal, int *parts)
{
    return nominal && phase_of(x, s, p) ? 0 : meeting_subject(x, s, head, parts);
}

/* "X highlighted the talks with A and referred to a meeting with B": a
 * meeting noun with no light verb whose holder parts[0] is named before it
 * in its clause (no comma or clause break between) is the object of that
 * holder's verb, so he is the clause's subject, which a predicate joined
 * by "and" takes.  Not when an earlier predicate gave the subject. */
static int clause_holder(const xdoc *x, const sentctx *s, size_t p, const int *parts, size_t n)
{
    if (!n || s->n_subj)
        return 0;
    for (size_t k = p; k > s->lo; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        if (c >= 0 && x->chunks[c].actor == parts[0])
            return 1;
        if (c < 0 && (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(CLAUSE_BREAK))))
            return 0;
    }
    return 0;
}

/* "The ASEAN foreign ministers meeting was attended by A, B and C": the
 * body that names the meeting frames it (no party); the attendees meet. */
static int framed_by_body(const xdoc *x, size_t p, const int *parts, size_t n, size_t nt, size_t at)
{
    return n == 1 && nt > 1 && x->actors[parts[0]].kind != AG_ACTOR_PERSON && ag__x_attended_by(x, p, at);
}

/* "has met the demands by the United States", "meeting the needs of X":
 * a fulfilment_noun right after the form (past a determiner and one
 * modifier, k the token after it) is met as one fulfils it. */
static int fulfils(const xdoc *x, const sentctx *s, size_t k)
{
    k += k < s->hi && x_tok_has(x, k, WC(DETERMINER));
    k += k + 1 < s->hi && ag__x_chunk_of(x, k) < 0 && ag__x_is_modifier(x, k) && x_tok_has3(x, k + 1, WC3(FULFILMENT_NOUN));
    return k < s->hi && ag__x_chunk_of(x, k) < 0 && x_tok_has3(x, k, WC3(FULFILMENT_NOUN));
}

/* The object after the form (at k) is no one met: a need fulfilled, or a
 * document a verb with no partner preposition received. */
static int object_not_met(const xdoc *x, const sentctx *s, size_t k, int nominal, const ag_lx_entry *e)
{
    return fulfils(x, s, k) || (!nominal && !e->target_preps && document_object(x, s, k));
}

/* "After meeting (with) X, Y said": a meeting verb's -ing form right
 * after the scene preposition that opens the sentence is a fronted
 * adjunct; its subject is the main clause's, after the comma. */
static int opening_gerund(const xdoc *x, const sentctx *s, size_t p)
{
    return p == s->lo + 1 && x_tok_has(x, s->lo, WC(SCENE_PREP)) && ag__x_ends_ing(x, p);
}

/* The scene preposition a meeting form at p stands after, or 0: a noun's
 * ("during talks with X"), a verb form's after "for" ("visited Egypt for
 * talks with X": the purpose of a journey, like the noun) or after a
 * scene preposition, but not an -ing form's ("at visiting") unless it
 * opens the sentence ("After meeting with X, Y said"). */
static size_t meeting_scene(const xdoc *x, const sentctx *s, size_t p, int nominal)
{
    int prep = p > s->lo && (x_tok_is(x, p - 1, "for") ||
                             (x_tok_has(x, p - 1, WC(SCENE_PREP)) && (!ag__x_ends_ing(x, p) || opening_gerund(x, s, p))));
    return nominal || prep ? ag__x_scene_prep(x, s, p) : 0;
}

void ag__x_meeting_at(xdoc *x, sentctx *s, size_t head, size_t p, size_t m, const ag_lx_entry *e, int nominal,
                      unsigned opts, int sent)
{
    if (object_not_met(x, s, p + m, nominal, e) || (!nominal && ag__x_thanked_hosts(x, s, head, p, e, sent)))
        return;
    int parts[2 * MAXG + 4];
    size_t scene = meeting_scene(x, s, p, nominal);
    int purpose = !nominal && clause_subject(x, s, head);
    size_t k = p + m, n = scene ? ag__x_scene_subject(x, s, scene, parts) : purpose ? s->n_subj : holders(x, s, head, p, nominal, parts);
    n = nominal ? (n || (opts & AG_RO_HOST) ? n : possessor_owner(x, s, p, parts)) : carried_visitor(x, s, p, m, opts, parts, n);
    if (opts & AG_RO_HOST)
        n = ag__x_visitor(x, s, p, &k, parts, n);
    if (purpose)
        memcpy(parts, s->subj, n * sizeof *parts);
    else if (n && (!nominal || (head == p && !scene && clause_holder(x, s, p, parts, n)))) {
        memcpy(s->subj, parts, n * sizeof *parts);
        s->n_subj = n;
    }
    if (n == 1 && !scene)
        n += owner_before(x, s, head, parts);
    if ((!nominal || head != p) && !purpose) /* a light verb's subject too: "A delegation led by X held talks" */
        n = ag__x_delegation_head(x, s, head, parts, n);
    if (nominal && n && !scene && head == p && x_tok_is(x, p + m, "of"))
        n = bare_noun_parties(x, s, p, m, opts, parts, n);
    if (nominal && n == 0)
        n = nominal_parties(x, s, p, m, opts, parts);
    if (nominal && n == 0)
        n = told_holder(x, s, p, m, parts);
    if (nominal && n == 0) {
        ag__x_hosted_talks(x, s, p, m, e, sent);
        return;
    }
    /* Partners: "met X", "talks with X", "with the participation of X",
     * "between A and B", "hosting a meeting with A and B". */
    int tg[MAXG];
    size_t at = 0;
    /* A scene's partners follow "with" or "between", or are its host ("a
     * meeting held ... by ECOWAS"); "talks on the sidelines of the U.N.
     * General Assembly" names a venue. */
    size_t nt = !scene || opening_gerund(x, s, p) || x_tok_is(x, k - 1, "with") || x_tok_is(x, k, "with") ||
                        x_tok_is(x, k, "between")
                    ? ag__x_find_target(x, s, k, partner_reach(x, s, k), parts, n, tg, &at)
                    : ag__x_scene_host(x, s, k, tg, &at);
    /* "received Anwar at the Bogor Palace": after "at", a venue. */
    size_t before = at > s->lo + 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    if (nt && (attribution(x, at) || relations_topic(x, s, at, n) || ag__x_named_capital(x, ag__x_chunk_of(x, at)) || owns_meeting(x, s, at) ||
               (at > s->lo && x_tok_is(x, before, "at"))))
        nt = 0;
    if (!nt && (!scene || x_tok_is(x, k - 1, "with") || x_tok_is(x, k, "with")))
        nt = unnamed_counterpart(x, s, k, tg, &at);
    /* "visit to Beijing angered the EU": a visit that goes to a place has
     * no partner further on. */
    size_t d0 = x_tok_is(x, k, "to") || (nominal && x_tok_is(x, k, "in")) ? k + 1 : k, d = state_named(x, s, d0);
    int visit_to = 0;
    if ((opts & AG_RO_HOST) && goes_to(x, s, k, d0, d, nominal)) {
        nt = ag__x_city_host(x, s, p, d, nominal, tg, ag__x_destination(x, s, d, tg));
        visit_to = nt > 0;
        at = d;
        /* "A, B and C arrived in Astana" after a meeting in Astana: they
         * come to it. */
        const char *lm = x->last_meeting >= 0 ? x->rels[x->last_meeting].location : NULL;
        const char *to = lm && !nt ? ag__x_place_text(x, ag__x_chunk_of(x, d)) : NULL;
        if (to && strcmp(to, lm) == 0)
            n += ag__x_meeting_parts(x, parts + n);
    }
    nt = !visit_to && came_from(x, s, k, opts, nominal) ? 0 : nt;
    /* "discussed Ukraine": a verb with partner prepositions takes a partner
     * only after one ("discussed trade with Japan"). */
    if (nt && e->target_preps && !ag__x_after_prep(x, at, e->target_preps))
        nt = 0;
    nt = delegations_met(x, s, possessed_partners(x, s, nt, tg, &at), tg, &at, k);
    n = framed_by_body(x, p, parts, n, nt, at) ? 0 : n;
    /* "discuss China pact", "hosts Hamas's office": a name that modifies
     * a thing is no partner. */
    int modifier = !visit_to && at && ag__x_chunk_of(x, at) >= 0 && (x->chunks[ag__x_chunk_of(x, at)].flags & (CH_MOD | CH_POSS));
    if (modifier && nt == 1)
        modifier = !modified_partner(x, s, ag__x_chunk_of(x, at), tg);
    /* "held separate meetings with A and B", "spoke separately with A and
     * B": one meeting with each partner, none between the partners. */
    if (!modifier && ((nt > 1 && meet_each(x, s, opts, head, at, parts, n, tg, nt)) ||
                      (nt == 1 && n > 1 &&
                       ((opts & AG_RO_SEPARATE) || separately(x, s, head, at) || covisitors(x, opts, parts, n, tg[0]))))) {
        separate_meetings(x, s, p, parts, n, tg, nt, e, sent);
        return;
    }
    for (size_t i = 0; i < nt && n < 2 * MAXG && !modifier; i++)
        parts[n++] = tg[i];
    /* "Malaysia hosted the meeting", "joined the talks": the meeting just
     * told, with this one taking part. */
    const char *where = ag__x_meeting_place(x, s, p);
    if (!nt && !nominal && x->last_meeting >= 0 && x_tok_is(x, k, "the") &&
        (x_tok_has(x, k + 1, WC(GATHERING_NOUN)) || (ag__x_is_modifier(x, k + 1) && x_tok_has(x, k + 2, WC(GATHERING_NOUN))))) {
        n += ag__x_meeting_parts(x, parts + n);
        where = where ? where : x->rels[x->last_meeting].location;
    }
    n = ag__x_add_broker(x, s, p, parts, ag__x_participation_of(x, s, at ? at : k, parts, n));
    ag__x_add_meeting_told(x, parts, n, e, where, sent, !visit_to);
}

/* "Tshisekedi and Biruta were received in Luanda by Angolan President
 * Lourenco": a meeting of the subject group and the agent, wherever the
 * "by" phrase stands before the clause ends. */
void ag__x_passive_meeting(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent)
{
    int parts[2 * MAXG + 4];
    int tc = ag__x_chunk_left(x, s, p);
    size_t n = ag__x_delegation_subject(x, s, p, parts);
    if (!n && (tc < 0 || ag__x_governed_subject(x, s, x->chunks[tc].t0)))
        return;
    n = n ? n : ag__x_group_left(x, tc, s->lo, parts);
    size_t hi = p + m + 12 < s->hi ? p + m + 12 : s->hi;
    for (size_t k = p + m - 1; k + 1 < hi; k++) { /* the form may end in "by": "welcomed by" */
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)))
            break;
        if (!x_tok_is(x, k, "by"))
            continue;
        int c = ag__x_chunk_of(x, k + 1);
        if (c < 0 && x_tok_is(x, k + 1, "the"))
            c = ag__x_chunk_of(x, k + 2);
        /* "welcomed by top Afghan officials including A, B and C" */
        int members = 0;
        for (size_t q = k + 1; !ag__x_usable(x, c) && q < k + 6 && q + 1 < s->hi; q++)
            if (x_tok_has2(x, q, WC2(MEMBER_WORD)))
                c = ag__x_chunk_of(x, q + 1), members = 1;
        if (c < 0 || !ag__x_usable(x, c))
            break;
        int g[MAXG];
        size_t ng = ag__x_group_right(x, c, s->hi, g);
        /* The members' list goes on past a title the chunks cut off ("A,
         * Director General Foreign Ministry B, and C"): its persons too. */
        for (size_t q = x->chunks[c].t1; members && q < s->hi && ng < MAXG && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++) {
            int d = ag__x_chunk_of(x, q);
            if (d >= 0 && x->chunks[d].t0 == q && ag__x_usable(x, d) &&
                x->actors[x->chunks[d].actor].kind == AG_ACTOR_PERSON && !x_has_actor(g, ng, x->chunks[d].actor))
                g[ng++] = x->chunks[d].actor;
        }
        /* "was joined by A and B in condemning ...": an act shared, no
         * meeting. */
        for (size_t q = k + 1; q + 1 < hi; q++)
            if (x_tok_is(x, q, "in") && ag__x_ends_ing(x, q + 1))
                return;
        for (size_t i = 0; i < ng && n < 2 * MAXG; i++)
            parts[n++] = g[i];
        ag__x_add_meeting(x, parts, n, e, ag__x_meeting_place(x, s, p), sent);
        return;
    }
}
