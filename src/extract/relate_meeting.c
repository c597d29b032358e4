/* relate_meeting.c — meetings: filing one, its place, joining the last
 * one, scenes ("at a meeting"), hosts, the parties of a meeting noun and
 * passive meetings. */
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

/* told: 0 for a visit to a country ("received X, who is on a visit to
 * Y"), which is its own meeting beside the talks the sentence tells. */
static void add_meeting_told(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where,
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
    if (ag__x_push_rel(x, &r) == 0) {
        x->last_meeting = (int)x->n_rels - 1;
        ag__x_index_rel(x, x->last_meeting);
    } else
        free(r.parts);
}

void ag__x_add_meeting(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent)
{
    add_meeting_told(x, parts, n, e, where, sent, 1);
}

/* A visit to a country: filed though a meeting of this sentence has an
 * official of that country (the host beside the visit). */
void ag__x_add_visit(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent)
{
    add_meeting_told(x, parts, n, e, where, sent, 0);
}

/* The capitalized text of place chunk c ("the capital Luanda": Luanda). */
static const char *place_text(xdoc *x, int c)
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
static int named_capital(const xdoc *x, int c)
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
        if (c >= 0 && (((x->chunks[c].flags & CH_LOC) && !(x->chunks[c].flags & CH_ADJ)) || named_capital(x, c)))
            return place_text(x, c); /* "in the Kazakh capital, Astana": Astana */
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
                       named_capital(x, c)))
            return place_text(x, c);
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
    const char *here = c >= 0 && (x->chunks[c].flags & CH_LOC) ? place_text(x, c) : NULL;
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
    const char *here = c >= 0 && (x->chunks[c].flags & CH_LOC) ? place_text(x, c) : NULL;
    return definite && !(here && (!m->location || strcmp(here, m->location) != 0));
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
        size_t ng = ag__x_group_right(x, c, s->hi, g);
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

/* The attendees of the meeting just told. */
static size_t attendees_after(const xdoc *x, const sentctx *s, size_t p, int *add)
{
    return meeting_just_told(x, s) ? ag__x_inverted_attendees(x, s, p, add) : 0;
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
        if (present || x_tok_has(x, k, WC(GATHERING_NOUN))) {
            join_last_meeting(x, add, mentions_in(x, s->lo, p, add));
            return 1;
        }
    }
    return 0;
}

/* "separate" or "separately" between the predicate and its partners. */
static int separately(const xdoc *x, const sentctx *s, size_t head, size_t at)
{
    size_t lo = head > s->lo + 2 ? head - 2 : s->lo;
    for (size_t k = lo; k < at && k < s->hi; k++)
        if (x_tok_has2(x, k, WC2(SEPARATE_WORD)))
            return 1;
    return 0;
}

/* "at a meeting", "during talks", "following a meeting": a meeting noun
 * after such a preposition is the scene of its clause, held by the
 * clause's subject.  Returns the preposition's token, or 0. */
size_t ag__x_scene_prep(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = ag__x_modifiers_start(x, s, p);
    if (q <= s->lo)
        return 0;
    /* "In their meeting in New York, A and B agreed": a sentence that opens
     * with the meeting; the token after the preposition (never 0). */
    if (q - 1 == s->lo && x_tok_has(x, q - 1, WC(SCENE_PREP) | WC(LOCATIVE_PREP)))
        return q;
    if (x_tok_has(x, q - 1, WC(SCENE_PREP)))
        return q - 1;
    /* "arrived in Cairo on Friday for talks with X": the purpose of a
     * journey in its clause. */
    for (size_t k = q - 1; x_tok_is(x, q - 1, "for") && k > s->lo && k + 10 > q; k--) {
        if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) || x_tok_is(x, k - 1, ","))
            break;
        if ((x_tok_has(x, k - 1, WC(MOTION_WORD)) && !x_tok_has(x, k - 1, WC(FUNCTION_WORD))) ||
            (x_tok_has(x, k - 1, WC(BE)) && x_tok_is(x, k, "in"))) /* "was in Beijing for talks" */
            return q - 1;
    }
    return 0;
}

/* "In a phone call with X on Monday, Y urged ...", "At their meeting held
 * in Paris, A, B and C agreed": a scene that opens the sentence is held by
 * the subject after the comma that closes it. */
static size_t subject_after_scene(xdoc *x, const sentctx *s, size_t at, int *src)
{
    size_t k = at;
    while (k + 1 < s->hi && k < at + 16 && !x_tok_is(x, k, ",") && !x_tok_has(x, k, WC(CLAUSE_BREAK)))
        k++;
    if (!x_tok_is(x, k, ","))
        return 0;
    int c = ag__x_chunk_after(x, k + 1);
    return c >= 0 && !(x->chunks[c].flags & (CH_POSS | CH_MOD)) ? ag__x_group_right(x, c, s->hi, src) : 0;
}

/* "received X, who is on an official visit to Y": a meeting in a
 * relative clause ("who", a form of "be" or "have", then a preposition
 * and the noun's modifiers, or the verb) is held by the one the relative
 * pronoun stands for, not the clause's subject.  Returns 1 with it in
 * src[0], else 0. */
static int relative_scene(const xdoc *x, const sentctx *s, size_t at, int *src)
{
    size_t k = at;
    while (k > s->lo + 2 && k + 7 > at && ag__x_chunk_of(x, k - 1) < 0 &&
           (x_tok_has(x, k - 1, WC(BE) | WC(HAVE) | WC(AUXILIARY) | WC(DETERMINER) | WC(PREPOSITION)) ||
            ag__x_is_modifier(x, k - 1)))
        k--;
    return k < at && ag__x_relative_subject(x, s, k, src);
}

/* The subject of the clause a scene noun belongs to: the last predicate's
 * subject, else the clause's first mention that no preposition governs
 * and that names no possessor. */
static size_t scene_subject(xdoc *x, sentctx *s, size_t at, int *src)
{
    /* "X will lead the Ukrainian delegation during talks with Y": the head
     * of the delegation, whoever announced it. */
    int side;
    for (size_t k = at; k > s->lo + 1 && k + 8 > at && !x_tok_has(x, k - 1, WC(CLAUSE_BREAK)); k--)
        if (x_tok_has2(x, k - 1, WC2(LEAD_VERB)) && ag__x_led_delegation(x, s, k - 1, &side))
            return ag__x_find_source(x, s, k - 1, src);
    if (relative_scene(x, s, at, src))
        return 1;
    if (s->n_subj) {
        memcpy(src, s->subj, s->n_subj * sizeof *src);
        return s->n_subj;
    }
    size_t lo = s->lo;
    for (size_t k = s->lo; k < at; k++)
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)))
            lo = k + 1;
    for (size_t k = lo; k < at; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0)
            continue;
        size_t b = k > s->lo && x_tok_is(x, k - 1, "the") ? k - 1 : k;
        int governed = b > s->lo && x_tok_has(x, b - 1, WC(SUBJECT_BLOCKING_PREP)); /* "with the U.S." */
        if (ag__x_usable(x, c) && !governed && !(x->chunks[c].flags & (CH_POSS | CH_MOD))) {
            /* "The Pakistani delegation led by X arrived ... for a visit": X. */
            size_t e = x->chunks[c].t1;
            int h = ag__x_led_by(x, e, s->hi);
            if (h >= 0 && x->chunks[h].actor >= 0 && x->actors[x->chunks[h].actor].kind == AG_ACTOR_PERSON)
                c = h;
            return ag__x_group_right(x, c, at, src);
        }
        k = x->chunks[c].t1 - 1;
    }
    return lo == s->lo && at <= s->lo + 1 ? subject_after_scene(x, s, at, src) : 0;
}

/* ", which was attended by", ", attended by" at k: the clause after the
 * comma still tells who was at the meeting before it. */
static int attended_clause(const xdoc *x, size_t k)
{
    if (x_tok_is(x, k, "which") && x_tok_has(x, k + 1, WC(BE)))
        k += 2;
    else if (x_tok_has2(x, k, WC2(VERB_ADVERB))) /* ", also attended by" */
        k++;
    return x_tok_has(x, k, WC(ATTENDANCE_VERB)) && x_tok_is(x, k + 1, "by");
}

/* "an emergency meeting held on the situation in Niger by ECOWAS": the
 * host after "by" within the clause, into tg. */
size_t ag__x_scene_host(xdoc *x, sentctx *s, size_t k, int *tg, size_t *at)
{
    /* Ten words, the names between them not counted ("the meeting between
     * <two titled names> was mediated by X"). */
    for (size_t q = k, words = 0; q + 1 < s->hi && words < 10; q++) {
        words += ag__x_chunk_of(x, q) < 0;
        if ((x_tok_is(x, q, ",") && !attended_clause(x, q + 1)) || x_tok_has(x, q, WC(CLAUSE_BREAK)))
            return 0;
        int c = x_tok_is(x, q, "by") ? ag__x_chunk_of(x, x_tok_is(x, q + 1, "the") ? q + 2 : q + 1) : -1;
        if (c >= 0 && ag__x_usable(x, c)) {
            *at = x->chunks[c].t0;
            return ag__x_group_right(x, c, s->hi, tg);
        }
    }
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

/* "the talks", "The Monday meeting": "the" before the noun at p, over its
 * modifiers and a weekday ("the Monday meeting"), names a meeting already
 * told. */
static int definite_noun(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = p;
    while (q > s->lo && q + 4 > p && (ag__x_is_modifier(x, q - 1) || x_tok_has(x, q - 1, WC(WEEKDAY)))) {
        if (x_tok_is(x, q - 1, "the"))
            return 1;
        q--;
    }
    return 0;
}

/* "the summit in Kampala" after talks in Nairobi (or talks placed nowhere)
 * is another meeting. */
static int placed_elsewhere(const xdoc *x, const char *where)
{
    const char *last = x->rels[x->last_meeting].location;
    return where && (!last || strcmp(where, last) != 0);
}

/* "the talks between A and B were mediated by Egypt", "the talks are
 * sponsored by the United States and Saudi Arabia": a meeting noun with
 * no subject and hosts after "by" is a meeting of the parties after
 * "between" (else of the last meeting's, for "the talks") with the hosts
 * (corpus convention 14). */
static void hosted_talks(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent)
{
    int parts[2 * MAXG + 4], hosts[MAXG];
    size_t at = 0, n = 0;
    size_t nh = ag__x_scene_host(x, s, p + m, hosts, &at);
    if (!nh)
        return;
    const char *where = ag__x_meeting_place(x, s, p);
    int c = ag__x_between_chunk(x, s, p + m);
    if (c >= 0)
        n = ag__x_group_right(x, c, s->hi, parts);
    else if (definite_noun(x, s, p) && x->last_meeting >= 0 && !placed_elsewhere(x, where)) {
        n = ag__x_meeting_parts(x, parts);
        where = where ? where : x->rels[x->last_meeting].location;
    }
    /* "the talks were attended by A, B and C", "were led by A and B":
     * those who attend or lead meet, whoever else the talks had; sponsors
     * alone do not. */
    size_t by = at > 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    int attended = by > p && (x_tok_has(x, by - 1, WC(ATTENDANCE_VERB)) || x_tok_has2(x, by - 1, WC2(LEAD_VERB)));
    for (size_t i = 0; (n || attended) && i < nh; i++)
        parts[n++] = hosts[i];
    ag__x_add_meeting(x, parts, n, e, where, sent);
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
 * into a relative clause (", where they discussed Taiwan") or an adjunct
 * of time ("meet on Friday ahead of the arrival of X"), and inside a
 * quote not past its end ("'... had meetings with X,' Y said"). */
static size_t partner_reach(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < k + 12 && q < s->hi; q++)
        if ((ag__x_in_quote(s, k) && !ag__x_in_quote(s, q)) || (x_tok_is(x, q, ",") && x_tok_has(x, q + 1, WC(RELATIVE))) ||
            x_tok_has3(x, q, WC3(TIME_ADJUNCT)))
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
        !(x_tok_is(x, p + m, "between") && (n = ag__x_coref_group_at(x, p + m + 1, parts, MAXG)) > 0)) {
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
        ag__x_add_meeting(x, pair, n + 1, e, host ? place_text(x, stops[i]) : where, sent);
    }
    for (size_t i = 0; nt == 1 && i < n; i++) {
        pair[0] = parts[i];
        pair[1] = tg[0];
        ag__x_add_meeting(x, pair, 2, e, where, sent);
    }
}

/* The first usable mention after "of" at `of`: right after it, or past
 * the words of a bare noun phrase before a list ("in the presence of
 * leaders from all member states as well as the AU and UN"); -1 if none
 * before a comma or a clause break. */
static int first_mention_after(const xdoc *x, const sentctx *s, size_t of)
{
    for (size_t q = of + 1; q < s->hi && q < of + 12; q++) {
        int c = ag__x_chunk_of(x, q);
        if (c >= 0)
            return ag__x_usable(x, c) ? c : -1;
        if (!(x_tflags(x, q) & AG_TOK_WORD) || x_tok_has(x, q, WC(CLAUSE_BREAK)))
            return -1;
    }
    return -1;
}

/* "participation" before "of", or "presence" in "in (the) presence of"
 * ("requested the presence of X" is no attendance). */
int ag__x_participation_at(const xdoc *x, const sentctx *s, size_t q)
{
    if (q + 1 >= s->hi || !x_tok_is(x, q + 1, "of"))
        return 0;
    size_t d = q > s->lo && x_tok_is(x, q - 1, "the") ? q - 1 : q;
    return x_tok_has2(x, q, WC2(PARTICIPATION_NOUN)) ||
           (x_tok_has2(x, q, WC2(PRESENCE_NOUN)) && d > s->lo && x_tok_is(x, d - 1, "in"));
}

size_t ag__x_participation_of(xdoc *x, const sentctx *s, size_t from, int *parts, size_t n)
{
    for (size_t q = from; q + 3 < s->hi; q++) {
        if (ag__x_participation_at(x, s, q)) {
            int c = first_mention_after(x, s, q + 1);
            if (c >= 0) {
                int g[MAXG];
                size_t ng = ag__x_group_right(x, c, s->hi, g);
                for (size_t i = 0; i < ng && n < 2 * MAXG; i++)
                    parts[n++] = g[i];
            }
        }
    }
    return n;
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
    if (relative_scene(x, s, head, parts))
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
    size_t n = ag__x_find_source(x, s, head, parts);
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

/* CAMEO 043 "host a visit": the lexicon's host entry (data/meetings.txt). */
#define CAMEO_HOST "043"

/* "A and B expressed their gratitude to C and D for hosting several
 * rounds of dialogue": a hosting in -ing after "for", whose object names
 * no one, was done by those the clause thanks (before "for") for the
 * clause's subject: each host meets the guests (one round each). 1 when
 * filed. */
static int thanked_hosts(xdoc *x, sentctx *s, size_t head, size_t p, const ag_lx_entry *e, int sent)
{
    if (!e->code || strcmp(e->code, CAMEO_HOST) != 0 || !s->n_subj || head < s->lo + 3 ||
        !x_tok_is(x, head - 1, "for") || !ag__x_ends_ing(x, head))
        return 0;
    /* "for hosting Hamas leaders": the partners are named; "for hosting
     * the SADC summit": a named gathering has other guests. */
    for (size_t q = head + 1; q < s->hi && !x_tok_is(x, q, ",") && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (ag__x_chunk_of(x, q) >= 0 || (x_tflags(x, q) & AG_TOK_CAP))
            return 0;
    /* "to the Chinese leaders and government for hosting": over the
     * lower-case words that end the thanked phrase. */
    size_t k = head - 1;
    while (k > s->lo + 1 && k + 4 > head && ag__x_chunk_of(x, k - 1) < 0 && (x_tflags(x, k - 1) & AG_TOK_WORD) &&
           !(x_tflags(x, k - 1) & AG_TOK_CAP))
        k--;
    int c = ag__x_chunk_of(x, k - 1), hosts[MAXG], parts[MAXG + 1];
    if (!ag__x_usable(x, c))
        return 0;
    size_t nh = ag__x_group_left(x, c, s->lo, hosts), n = s->n_subj < MAXG ? s->n_subj : MAXG;
    for (size_t i = 0; i < nh; i++)
        if (x_has_actor(s->subj, n, hosts[i]))
            return 0;
    for (size_t i = 0; i < nh; i++) {
        memcpy(parts, s->subj, n * sizeof *parts);
        parts[n] = hosts[i];
        ag__x_add_meeting(x, parts, n + 1, e, ag__x_meeting_place(x, s, p), sent);
    }
    return 1;
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
    size_t w = q > s->lo && (x_tok_is(x, q - 1, "his") || x_tok_is(x, q - 1, "her")) ? q - 1 : q;
    if (w >= p || !(x_tok_is(x, w, "his") || x_tok_is(x, w, "her")))
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

void ag__x_meeting_at(xdoc *x, sentctx *s, size_t head, size_t p, size_t m, const ag_lx_entry *e, int nominal,
                      unsigned opts, int sent)
{
    if (!nominal && ((!e->target_preps && document_object(x, s, p + m)) || thanked_hosts(x, s, head, p, e, sent)))
        return;
    int parts[2 * MAXG + 4];
    /* "visited Egypt for talks with X": the form "talks with" is a verb's,
     * but after "for" the purpose of a journey, like the noun. */
    size_t scene = nominal || (p > s->lo && (x_tok_is(x, p - 1, "for") || /* "during talks with X", not "at visiting" */
                                             (x_tok_has(x, p - 1, WC(SCENE_PREP)) && !ag__x_ends_ing(x, p))))
                       ? ag__x_scene_prep(x, s, p)
                       : 0;
    int purpose = !nominal && clause_subject(x, s, head);
    size_t k = p + m, n = scene ? scene_subject(x, s, scene, parts) : purpose ? s->n_subj : holders(x, s, head, p, nominal, parts);
    n = nominal ? (n || (opts & AG_RO_HOST) ? n : possessor_owner(x, s, p, parts)) : carried_visitor(x, s, p, m, opts, parts, n);
    if (opts & AG_RO_HOST)
        n = ag__x_visitor(x, s, p, &k, parts, n);
    if (purpose)
        memcpy(parts, s->subj, n * sizeof *parts);
    else if (n && !nominal) {
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
        hosted_talks(x, s, p, m, e, sent);
        return;
    }
    /* Partners: "met X", "talks with X", "with the participation of X",
     * "between A and B", "hosting a meeting with A and B". */
    int tg[MAXG];
    size_t at = 0;
    /* A scene's partners follow "with" or "between", or are its host ("a
     * meeting held ... by ECOWAS"); "talks on the sidelines of the U.N.
     * General Assembly" names a venue. */
    size_t nt = !scene || x_tok_is(x, k - 1, "with") || x_tok_is(x, k, "with") || x_tok_is(x, k, "between")
                    ? ag__x_find_target(x, s, k, partner_reach(x, s, k), parts, n, tg, &at)
                    : ag__x_scene_host(x, s, k, tg, &at);
    /* "received Anwar at the Bogor Palace": after "at", a venue. */
    size_t before = at > s->lo + 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    if (nt && (attribution(x, at) || named_capital(x, ag__x_chunk_of(x, at)) || owns_meeting(x, s, at) ||
               (at > s->lo && x_tok_is(x, before, "at"))))
        nt = 0;
    if (!nt && (!scene || x_tok_is(x, k - 1, "with") || x_tok_is(x, k, "with")))
        nt = unnamed_counterpart(x, s, k, tg, &at);
    /* "visit to Beijing angered the EU": a visit that goes to a place has
     * no partner further on. */
    size_t d0 = x_tok_is(x, k, "to") || (nominal && x_tok_is(x, k, "in")) ? k + 1 : k, d = state_named(x, s, d0);
    int visit_to = 0;
    if ((opts & AG_RO_HOST) && goes_to(x, s, k, d0, d, nominal)) {
        nt = ag__x_destination(x, s, d, tg);
        visit_to = nt > 0;
        at = d;
        /* "A, B and C arrived in Astana" after a meeting in Astana: they
         * come to it. */
        const char *lm = x->last_meeting >= 0 ? x->rels[x->last_meeting].location : NULL;
        const char *to = lm && !nt ? place_text(x, ag__x_chunk_of(x, d)) : NULL;
        if (to && strcmp(to, lm) == 0)
            n += ag__x_meeting_parts(x, parts + n);
    }
    nt = !visit_to && came_from(x, s, k, opts, nominal) ? 0 : nt;
    /* "discussed Ukraine": a verb with partner prepositions takes a partner
     * only after one ("discussed trade with Japan"). */
    if (nt && e->target_preps && !ag__x_after_prep(x, at, e->target_preps))
        nt = 0;
    nt = delegations_met(x, s, possessed_partners(x, s, nt, tg, &at), tg, &at, k);
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
    add_meeting_told(x, parts, n, e, where, sent, !visit_to);
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
        for (size_t q = k + 1; !ag__x_usable(x, c) && q < k + 6 && q + 1 < s->hi; q++)
            if (x_tok_has2(x, q, WC2(MEMBER_WORD)))
                c = ag__x_chunk_of(x, q + 1);
        if (c < 0 || !ag__x_usable(x, c))
            break;
        int g[MAXG];
        size_t ng = ag__x_group_right(x, c, s->hi, g);
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
