/* relate_meeting.c — meetings: filing one, its place, joining the last
 * one ("were also present").  The scenes and hosts of a meeting are in
 * relate_scene.c, the parties of a meeting predicate in relate_parties.c. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "relate_int.h"

/* "the Presidents of Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali":
 * a country or body whose own official takes part is represented by the
 * official, not a participant beside it. An official whose country is only
 * a guess represents none: the meeting may be with that country (then
 * affil_guess.c drops the guess). */
size_t ag__x_drop_represented(const xdoc *x, int *parts, size_t n)
{
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        int represented = 0;
        for (size_t j = 0; j < n && !represented; j++)
            represented = j != i && parts[j] != parts[i] && !x->actors[parts[j]].affil_weak &&
                          x_serves(x, parts[j], parts[i]);
        if (!represented)
            parts[u++] = parts[i];
    }
    return u;
}

/* "The presidents of A and B convened ... to hold the meeting of the
 * leaders of A and B": a meeting of this sentence already has each of
 * parts[0..u) or one who stands for it (an official of that country). */
static int told_in_sentence(const xdoc *x, const int *parts, size_t u, int sent)
{
    for (size_t i = x->n_rels; i > 0 && x->rels[i - 1].sent == sent; i--) {
        const xrel *o = &x->rels[i - 1];
        size_t found = 0;
        for (size_t a = 0; o->kind == AG_REL_MEETING && a < u; a++)
            for (size_t b = 0; b < o->n_parts; b++)
                if (o->parts[b] == parts[a] || ag__x_root(x, o->parts[b]) == parts[a]) {
                    found++;
                    break;
                }
        if (o->kind == AG_REL_MEETING && found == u)
            return 1;
    }
    return 0;
}

/* Whether sentence `sent` names country a only by a nominal or an
 * adjective ("the Russian and Chinese leaders", "the Egyptian minister"). */
static int named_nominally(const xdoc *x, int a, int sent)
{
    const ag_sentence *se = &x->t.sents[sent];
    int nominal = 0;
    for (size_t k = se->tok_start; k < se->tok_end; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0 || x->chunks[c].t0 != k || x->chunks[c].actor != a)
            continue;
        size_t last = x->chunks[c].t1 - 1;
        if (!(x->chunks[c].flags & (CH_NOMINAL | CH_ADJ)) && (x->t.toks[last].flags & AG_TOK_CAP))
            return 0;
        nominal = 1;
    }
    return nominal;
}

/* "Putin met Xi ... Along with the Russian and Chinese leaders, the talks
 * were attended by ...": a country named only by its leader's title is the
 * one person of that country in the meeting told before (corpus: meetings
 * named by office go to the person the text names). */
static void nominal_leaders(xdoc *x, int *parts, size_t u, int sent)
{
    const xrel *lm = x->last_meeting >= 0 ? &x->rels[x->last_meeting] : NULL;
    for (size_t i = 0; lm && lm->sent != sent && i < u; i++) {
        if (x->actors[parts[i]].kind != AG_ACTOR_COUNTRY || !named_nominally(x, parts[i], sent))
            continue;
        int who = -1, count = 0;
        for (size_t b = 0; b < lm->n_parts; b++)
            if (x->actors[lm->parts[b]].kind == AG_ACTOR_PERSON && ag__x_root(x, lm->parts[b]) == parts[i])
                who = lm->parts[b], count++;
        for (size_t j = 0; count == 1 && j < u; j++)
            count -= parts[j] == who;
        if (count == 1)
            parts[i] = who;
    }
}

/* 1 if sentence sent opens with "The meeting"/"The talks" after the last
 * meeting (told in the sentence before) and a meeting of parts[0, u) with
 * none of its participants is told in it: the visit or summit in whose
 * framework it took place ("The meeting took place within the framework
 * of X's visit to Y"), a background that leaves the last meeting as is. */
static int retold_within(const xdoc *x, const int *parts, size_t u, int sent)
{
    if (x->last_meeting < 0 || sent < 1)
        return 0;
    const xrel *lm = &x->rels[x->last_meeting];
    size_t lo = x->t.sents[sent].tok_start;
    if (lm->sent + 1 != sent || !x_tok_is(x, lo, "the") || !x_tok_has(x, lo + 1, WC(GATHERING_NOUN)))
        return 0;
    for (size_t i = 0; i < u; i++)
        if (x_has_actor(lm->parts, lm->n_parts, parts[i]))
            return 0;
    return 1;
}

/* told: 0 for a visit to a country ("received X, who is on a visit to
 * Y"), which is its own meeting beside the talks the sentence tells. */
void ag__x_add_meeting_told(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where,
                            int sent, int told)
{
    int uniq[2 * MAXG + 4];
    size_t u = 0;
    for (size_t i = 0; i < n && u < sizeof uniq / sizeof *uniq; i++) {
        int dup = 0;
        for (size_t k = 0; k < u; k++)
            if (uniq[k] == parts[i])
                dup = 1;
        if (!dup && parts[i] >= 0)
            uniq[u++] = parts[i];
    }
    nominal_leaders(x, uniq, u, sent);
    u = ag__x_drop_represented(x, uniq, u);
    if (u < 2 || (told && told_in_sentence(x, uniq, u, sent)))
        return;
    /* "hosting a joint meeting with A and B": one event, however many words name it. */
    size_t n_same;
    xkey k = {XI_MEETING, NULL, sent, (long)u};
    const int *same_size = ag__x_index_all(x, &k, &n_same);
    for (size_t i = 0; i < n_same; i++) {
        xrel *o = &x->rels[same_size[i]];
        if (o->kind != AG_REL_MEETING || o->sent != sent || o->n_parts != u)
            continue;
        size_t same = 0;
        for (size_t a = 0; a < u; a++)
            for (size_t b = 0; b < o->n_parts; b++)
                same += o->parts[b] == uniq[a];
        if (same == u)
            return;
    }
    xrel r;
    memset(&r, 0, sizeof r);
    r.kind = AG_REL_MEETING;
    r.parts = malloc(u * sizeof *r.parts);
    if (!r.parts) {
        x->oom = 1;
        return;
    }
    memcpy(r.parts, uniq, u * sizeof *uniq);
    r.n_parts = u;
    r.lex = e;
    r.label = "meet";
    r.code = e->code;
    r.polarity = 1;
    r.goldstein = e->goldstein != 0 ? e->goldstein : 1.0;
    r.location = where;
    r.sent = sent;
    r.rule = x->rule;
    for (size_t i = 0; i < u; i++)
        x->actors[uniq[i]].in_relation = 1;
    int background = retold_within(x, uniq, u, sent);
    if (ag__x_push_rel(x, &r) == 0) {
        if (!background)
            x->last_meeting = (int)x->n_rels - 1;
        ag__x_index_rel(x, (int)x->n_rels - 1);
    } else
        free(r.parts);
}

void ag__x_add_meeting(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent)
{
    ag__x_add_meeting_told(x, parts, n, e, where, sent, 1);
}

/* A visit to a country: filed though a meeting of this sentence has an
 * official of that country (the host beside the visit). */
void ag__x_add_visit(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent)
{
    ag__x_add_meeting_told(x, parts, n, e, where, sent, 0);
}

/* The capitalized text of place chunk c ("the capital Luanda": Luanda). */
const char *ag__x_place_text(xdoc *x, int c)
{
    size_t t0 = x->chunks[c].t0, t1 = x->chunks[c].t1;
    while (t0 < t1 && !(x->t.toks[t0].flags & AG_TOK_CAP))
        t0++;
    return t0 < t1 ? ag_arena_strndup(x->doc->arena, x->text + x->t.toks[t0].start,
                                      x->t.toks[t1 - 1].end - x->t.toks[t0].start)
                   : NULL;
}

/* "the Kazakh capital, Astana", "the capital city of Astana": a chunk
 * named as a capital or city, a place. */
int ag__x_named_capital(const xdoc *x, int c)
{
    if (c < 0)
        return 0;
    size_t t0 = x->chunks[c].t0;
    size_t b = t0 > 0 && (x_tok_is(x, t0 - 1, ",") || x_tok_is(x, t0 - 1, "of")) ? t0 - 1 : t0;
    return b > 0 && (x_tok_has2(x, b - 1, WC2(CAPITAL_NOUN)) ||
                     (b < t0 && x_tok_has2(x, b - 1, WC2(CITY_NOUN)) && x_tok_is(x, b, "of")));
}

/* Where a meeting took place: a place mention after the predicate, or
 * "in [the ...] city of X" / "in X" with a capitalized X; else where the
 * clause travelled to ("travelled to Washington ... to meet"). */
const char *ag__x_meeting_place(xdoc *x, sentctx *s, size_t p)
{
    for (size_t k = p; k < s->hi; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0 && (((x->chunks[c].flags & CH_LOC) && !(x->chunks[c].flags & CH_ADJ)) || ag__x_named_capital(x, c)))
            return ag__x_place_text(x, c); /* "in the Kazakh capital, Astana": Astana */
        if (x_tok_is(x, k, "in") || (x_tok_has2(x, k, WC2(CITY_NOUN)) && x_tok_is(x, k + 1, "of"))) {
            size_t q = x_tok_has2(x, k, WC2(CITY_NOUN)) ? k + 2 : k + 1;
            if (ag__x_chunk_of(x, q) < 0 && (x->t.toks[q].flags & AG_TOK_CAP) && q < s->hi) {
                size_t e = q;
                while (e < s->hi && (x->t.toks[e].flags & AG_TOK_CAP) && (x->t.toks[e].flags & AG_TOK_WORD) &&
                       ag__x_chunk_of(x, e) < 0 && e - q < 3)
                    e++;
                size_t city = x_match(x, q, s->hi, KIND(AG_LX_PLACE), NULL); /* "Rio de Janeiro" */
                e = q + city > e ? q + city : e;
                if (e > q && !x_tok_has(x, q, WC(NOT_PLACE)))
                    return ag_arena_strndup(x->doc->arena, x->text + x->t.toks[q].start,
                                            x->t.toks[e - 1].end - x->t.toks[q].start);
            }
        }
    }
    for (size_t k = p; k > s->lo + 2; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        size_t t0 = c >= 0 ? x->chunks[c].t0 : 0;
        if (c >= 0 && (((x->chunks[c].flags & CH_LOC) && t0 >= s->lo + 2 && x_tok_is(x, t0 - 1, "to") &&
                        x_tok_has(x, t0 - 2, WC(MOTION_WORD))) ||
                       ag__x_named_capital(x, c)))
            return ag__x_place_text(x, c);
        if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            break;
    }
    return NULL;
}

/* "A and B were also in Luanda" after a meeting in Luanda: they are at
 * the place of the meeting just told. */
static int at_meeting_place(xdoc *x, size_t p)
{
    const char *where = x->rels[x->last_meeting].location;
    if (!where || !x_tok_has(x, p, WC(BE)))
        return 0;
    size_t k = x_tok_has2(x, p + 1, WC2(VERB_ADVERB)) ? p + 2 : p + 1;
    int c = x_tok_is(x, k, "in") ? ag__x_chunk_of(x, k + 1) : -1;
    const char *here = c >= 0 && (x->chunks[c].flags & CH_LOC) ? ag__x_place_text(x, c) : NULL;
    return here && strcmp(here, where) == 0;
}

/* "attended the talks": the gathering noun at k is the meeting last told,
 * named with "the", and not placed elsewhere ("will attend the summit in Brussels" after talks in Paris;
 * "attend a summit" is another). */
static int same_gathering(xdoc *x, sentctx *s, size_t k)
{
    const xrel *m = &x->rels[x->last_meeting];
    int definite = 0;
    for (size_t q = ag__x_modifiers_start(x, s, k); q > s->lo && q <= k; q++)
        definite |= x_tok_is(x, q - 1, "the");
    int c = x_tok_is(x, k + 1, "in") ? ag__x_chunk_of(x, k + 2) : -1;
    const char *here = c >= 0 && (x->chunks[c].flags & CH_LOC) ? ag__x_place_text(x, c) : NULL;
    return definite && !(here && (!m->location || strcmp(here, m->location) != 0));
}

/* "A and B also joined the V4 heads of state": the holders of the meeting
 * just told, named by a plural title after "the" (not "joined the leaders
 * in condemning ...", an act shared, nor "at the summit", another). */
static int joins_holders(const xdoc *x, const sentctx *s, size_t p, size_t k)
{
    if (!x_tok_is(x, p + 1, "the") || k > p + 4 || !ag__x_plural_title(x, k))
        return 0;
    for (size_t q = k + 1; q + 1 < s->hi && q < k + 8; q++)
        if ((x_tok_is(x, q, "in") && ag__x_ends_ing(x, q + 1)) || x_tok_has(x, q, WC(GATHERING_NOUN)))
            return 0; /* "join the two leaders at the summit": that gathering */
    return 1;
}

/* "The foreign ministers of A and B accompanied him": the mention at k
 * takes part in the last meeting. */
static int accompanies(const xdoc *x, size_t k)
{
    int c = ag__x_chunk_of(x, k);
    const xrel *m = &x->rels[x->last_meeting];
    for (size_t i = 0; c >= 0 && i < m->n_parts; i++)
        if (m->parts[i] == x->chunks[c].actor)
            return 1;
    return 0;
}

/* add[0..n) take part in meeting rel too. */
void ag__x_join_meeting(xdoc *x, int rel, const int *add, size_t n)
{
    xrel *m = &x->rels[rel];
    int *parts = realloc(m->parts, (m->n_parts + n) * sizeof *parts);
    if (!parts) {
        x->oom = 1;
        return;
    }
    m->parts = parts;
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t k2 = 0; k2 < m->n_parts; k2++)
            if (m->parts[k2] == add[i])
                dup = 1;
        if (!dup) {
            m->parts[m->n_parts++] = add[i];
            x->actors[add[i]].in_relation = 1;
            ag__x_index_add(x, &(xkey){XI_MET, NULL, add[i], 0}, XI_LATEST(rel));
        }
    }
    xkey mk = ag__x_meeting_key(m);
    ag__x_index_add(x, &mk, rel);
}

static int cmp_int(const void *a, const void *b)
{
    int p = *(const int *)a, q = *(const int *)b;
    return (p > q) - (p < q);
}

int ag__x_met_of_root(xdoc *x, int who, int r)
{
    size_t n;
    const int *v = who >= 0 ? ag__x_index_all(x, &(xkey){XI_MET, NULL, who, 0}, &n) : NULL;
    if (!v)
        return -1;
    /* The latest meeting first: XI_LATEST values in increasing order. */
    int buf[32], *m = n <= sizeof buf / sizeof *buf ? buf : malloc(n * sizeof *m);
    if (!m) {
        x->oom = 1;
        return -1;
    }
    memcpy(m, v, n * sizeof *m);
    qsort(m, n, sizeof *m, cmp_int);
    int found = -1;
    for (size_t q = 0; q < n && found < 0; q++) {
        size_t i = (size_t)XI_LATEST(m[q]);
        const xrel *o = &x->rels[i];
        if ((q && m[q] == m[q - 1]) || i >= x->n_rels || o->kind != AG_REL_MEETING ||
            !x_has_actor(o->parts, o->n_parts, who))
            continue;
        for (size_t j = 0; j < o->n_parts && found < 0; j++)
            if (x->actors[o->parts[j]].kind == AG_ACTOR_PERSON && ag__x_root(x, o->parts[j]) == r)
                found = o->parts[j];
    }
    if (m != buf)
        free(m);
    return found;
}

/* add[0..n) take part in the last meeting too. */
static void join_last_meeting(xdoc *x, const int *add, size_t n) { ag__x_join_meeting(x, x->last_meeting, add, n); }

/* "the visiting delegation included A and B, arrived in X": the members
 * already placed in a meeting of sentence si (each visitor meets the host
 * apart) join no other.  Keeps the others in g[0..n); returns their count. */
static size_t unplaced(const xdoc *x, int si, int *g, size_t n)
{
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        int placed = 0;
        for (size_t r = x->n_rels; !placed && r > 0 && x->rels[r - 1].sent == si; r--)
            placed = x->rels[r - 1].kind == AG_REL_MEETING && x_has_actor(x->rels[r - 1].parts, x->rels[r - 1].n_parts, g[i]);
        if (!placed)
            g[u++] = g[i];
    }
    return u;
}

/* "whose delegation includes A and B", "officials including A, B and C":
 * after a meeting told in this sentence, the persons a member_word lists
 * take part in it; "issues including Ukraine" lists no one. */
void ag__x_members_join(xdoc *x, const sentctx *s, int si)
{
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent != si || !(s->cls2 & WC2(MEMBER_WORD)))
        return;
    for (size_t k = s->lo; k + 1 < s->hi; k++) {
        if (!x_tok_has2(x, k, WC2(MEMBER_WORD)))
            continue;
        int c = ag__x_chunk_after(x, k + 1);
        if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
            continue;
        int g[MAXG];
        size_t ng = unplaced(x, si, g, ag__x_group_right(x, c, s->hi, g));
        join_last_meeting(x, g, ng);
    }
}

/* The last meeting was told in this sentence or the one before: a bare
 * "present" names no gathering of its own and may follow another event
 * ("X attended a wedding. Y was also present"); in a quote it is no
 * narration ("a crowd chanting 'Petro is present'"). */
static int meeting_just_told(const xdoc *x, const sentctx *s)
{
    return x->rels[x->last_meeting].sent + 1 >= s->sent;
}

/* "were also present", "was present.": an attendance word closing its
 * clause right after a form of be (with an adverb between) says where the
 * subject was: at the meeting just told. */
static int present_after_be(const xdoc *x, const sentctx *s, size_t p)
{
    if ((p + 1 < s->hi && (x_tflags(x, p + 1) & AG_TOK_WORD)) || !meeting_just_told(x, s) || ag__x_in_quote(s, p))
        return 0;
    size_t k = p > s->lo && x_tok_has2(x, p - 1, WC2(VERB_ADVERB)) ? p - 1 : p;
    return k > s->lo && x_tok_has(x, k - 1, WC(BE));
}

/* The usable mentions (not nominal, not possessive) starting in [lo, hi)
 * into add[0..): returns their count. */
static size_t mentions_in(const xdoc *x, size_t lo, size_t hi, int *add)
{
    size_t n = 0;
    for (size_t q = lo; q < hi && n < MAXG; q++) {
        int c = ag__x_chunk_of(x, q);
        if (c >= 0 && ag__x_usable(x, c) && x->chunks[c].t0 == q && !(x->chunks[c].flags & (CH_NOMINAL | CH_POSS)) &&
            !x_has_actor(add, n, x->chunks[c].actor))
            add[n++] = x->chunks[c].actor;
    }
    return n;
}

/* "In attendance were A, B and C", "Also present were A and B": the
 * attendance phrase at p opens its clause (no mention before it) and the
 * attendees follow the form of be after it.  Returns their count in add. */
size_t ag__x_inverted_attendees(const xdoc *x, const sentctx *s, size_t p, int *add)
{
    if (p + 1 >= s->hi || !x_tok_has(x, p + 1, WC(BE)) || mentions_in(x, s->lo, p, add))
        return 0;
    return mentions_in(x, p + 2, s->hi, add);
}

/* A negation word before token p in its sentence. */
static int negation_before(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = s->lo; k < p; k++)
        if (x_tok_has(x, k, WC(NEGATION)))
            return 1;
    return 0;
}

/* "Participants included A, B and C", "Among the attendees were A and B":
 * an attendee noun opening its clause (no mention before it), then a form
 * of be or "include" (an adverb between), lists those who join the meeting
 * told in this sentence or the one before; nothing with a negation ("The
 * participants did not include X"). */
void ag__x_attendee_list(xdoc *x, const sentctx *s)
{
    if (x->last_meeting < 0 || !meeting_just_told(x, s) || negation_before(x, s, s->hi))
        return;
    int add[MAXG];
    for (size_t k = s->lo; k + 2 < s->hi; k++) {
        if (!x_tok_has3(x, k, WC3(ATTENDEE_NOUN)) || mentions_in(x, s->lo, k, add))
            continue;
        size_t q = x_tok_has2(x, k + 1, WC2(VERB_ADVERB)) ? k + 2 : k + 1;
        if (!x_tok_has(x, q, WC(BE)) && !x_tok_has2(x, q, WC2(MEMBER_WORD)))
            return;
        size_t n = mentions_in(x, q + 1, s->hi, add);
        if (n)
            join_last_meeting(x, add, n);
        return;
    }
}

/* The attendees of the meeting just told. */
static size_t attendees_after(const xdoc *x, const sentctx *s, size_t p, int *add)
{
    return meeting_just_told(x, s) ? ag__x_inverted_attendees(x, s, p, add) : 0;
}

/* "Representatives of A and B also are attending these talks" in the XL_REACH
 * sentences after a lone meeting (x->lone, no meeting told since):
 * an attendance verb (not negated or hypothetical) before a gathering noun
 * named with "the" or "these": the mentions before the verb meet its
 * party. */
int ag__x_joins_lone_meeting(xdoc *x, sentctx *s, size_t p)
{
    const struct xlone *l = &x->lone;
    if (l->actor < 0 || l->sent + XL_REACH < s->sent || x->last_meeting >= 0 || !x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    xvgroup vg;
    ag__x_vgroup(x, s->lo, p, &vg);
    if (vg.flags & (VG_NEG | VG_IRREALIS))
        return 0;
    int definite = 0, gathering = 0;
    for (size_t k = p + 1; k < s->hi && k < p + 5 && !gathering; k++) {
        definite |= x_tok_is(x, k, "the") || x_tok_is(x, k, "these");
        gathering = x_tok_has(x, k, WC(GATHERING_NOUN));
    }
    int add[MAXG], parts[MAXG + 1];
    size_t n = definite && gathering ? mentions_in(x, s->lo, p, add) : 0, u = 1;
    parts[0] = l->actor;
    for (size_t i = 0; i < n; i++)
        if (add[i] != l->actor)
            parts[u++] = add[i];
    if (u < 2)
        return 0;
    x->rule = "lone_meeting";
    ag__x_add_meeting(x, parts, u, l->e, l->where, s->sent);
    x->lone.actor = -1;
    return 1;
}

/* "A, B ... were also present at the meeting", "attended the talks". */
int ag__x_joins_last_meeting(xdoc *x, sentctx *s, size_t p)
{
    if (x->last_meeting < 0)
        return 0;
    int there = at_meeting_place(x, p);
    if (!there && !x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    xvgroup vg;
    ag__x_vgroup(x, s->lo, p, &vg);
    if (vg.flags & (VG_NEG | VG_IRREALIS)) /* "would not attend the summit" */
        return 0;
    size_t hi = p + 5 < s->hi ? p + 5 : s->hi;
    /* "were also in attendance": the meeting is the one just told. */
    int present = there || (p > s->lo && x_tok_has2(x, p, WC2(PRESENCE_NOUN)) && x_tok_is(x, p - 1, "in")) ||
                  accompanies(x, p + 1) || present_after_be(x, s, p);
    int add[MAXG];
    size_t after = there ? 0 : attendees_after(x, s, p, add);
    if (after) {
        join_last_meeting(x, add, after);
        return 1;
    }
    for (size_t k = present ? p : p + 1; k < hi; k++) {
        if (!present && x_tok_has(x, k, WC(GATHERING_NOUN)) && !same_gathering(x, s, k))
            return 0;
        if (present || x_tok_has(x, k, WC(GATHERING_NOUN)) || joins_holders(x, s, p, k)) {
            if (!negation_before(x, s, p)) /* "nobody from X was present" */
                join_last_meeting(x, add, mentions_in(x, s->lo, p, add));
            return 1;
        }
    }
    return 0;
}
