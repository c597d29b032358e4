/* meet_resolve.c — who represents each side of a meeting, decided once over
 * the meetings of the whole document after the last sentence is related.
 *
 * The corpus guide records a meeting by the people present and falls back
 * to their country or body only when the text names none of them (guide 8
 * and 14, dev-07, dev-08; tests/corpus/README.md: "meetings named by office
 * are recorded by the person when the text names that person elsewhere").
 * Sentences tell one meeting several times at different grains (a headline
 * or lead at country level, then the names), so the choice needs the whole
 * document:
 *   1. a spokesman who reports talks ("we are talking to both sides") only
 *      speaks for his side: his country (or body) is the participant;
 *   2. a country or body stands for its one official who meets the same
 *      other side in another meeting told at no other place; failing that,
 *      a country named only by an office ("the foreign ministers of A and
 *      B") stands for its one official the text names (the counterpart of
 *      the other side's official when several are named);
 *   3. a body beside an official of its own country is that official's
 *      side, not a participant of its own (it reports the talks);
 *   4. a meeting that another one tells again with names (each of its
 *      participants is one of the other's or that one's country or body)
 *      is that meeting, and so is a second copy of the same participants.
 * A visited country keeps its place beside the visitor: a visit to a
 * country is a meeting with that country (dev-04). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "lexicon_int.h"

/* CAMEO 042 "make a visit": the lexicon's visit entry (data/meetings.txt). */
#define CAMEO_VISIT "042"

static int is_person(const xdoc *x, int a) { return x->actors[a].kind == AG_ACTOR_PERSON; }

/* What the resolution asks of the whole document, found once, so that a
 * meeting is compared only with those that may tell it again: the
 * meetings are filed by every actor their participants serve
 * (XI_MEET_BY), the persons by every actor they serve (XI_SERVED, made
 * when first asked), and a sentence's chunks are found by bisection when
 * the chunks are in sentence order. */
typedef struct mres {
    unsigned char *plan; /* per relation: its sentence is planned() */
    int sorted;          /* the chunks are in sentence order */
    int served;          /* XI_SERVED is made */
} mres;

/* Files actor p under every actor it serves (x_serves' chain) and tag. */
static void file_chain(xdoc *x, unsigned tag, int p, int value)
{
    for (int a = p, h = 0; a >= 0 && h < 8; a = x->actors[a].affil, h++)
        ag__x_index_add(x, &(xkey){tag, NULL, a, 0}, value);
}

/* The relations filed under actor c and tag: v[0..*n), or NULL when all
 * n relations may be (the caller reads k = v ? v[q] : q). */
static const int *filed_under(const xdoc *x, unsigned tag, int c, size_t all, size_t *n)
{
    if (c < 0) {
        *n = all;
        return NULL;
    }
    return ag__x_index_all(x, &(xkey){tag, NULL, c, 0}, n);
}

/* The meetings that may tell meeting m again or cover its participants
 * but the one at index skip (SIZE_MAX: none): each holds every such
 * participant or one serving it, so is filed under each of them; the
 * shortest of their lists (a person's, not a country's hundreds).  As
 * filed_under, with all = x->n_rels. */
static const int *meetings_with_all(const xdoc *x, const xrel *m, size_t skip, size_t *n)
{
    const int *best = NULL;
    *n = x->n_rels;
    for (size_t i = 0, any = 0; i < m->n_parts; i++) {
        size_t k;
        const int *v = i == skip ? NULL : filed_under(x, XI_MEET_BY, m->parts[i], 0, &k);
        if (i != skip && (!any++ || k < *n)) {
            best = v;
            *n = k;
        }
    }
    return best;
}

/* How many chunks come before sentence si (the chunks in sentence order). */
static size_t chunks_before(const xdoc *x, int si)
{
    size_t a = 0, b = x->n_chunks;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (x->chunks[mid].sent < si)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

/* The chunks of sentence si: [*lo, *hi) (all when out of order). */
static void sentence_chunks(const xdoc *x, const mres *R, int si, size_t *lo, size_t *hi)
{
    *lo = R->sorted ? chunks_before(x, si) : 0;
    *hi = R->sorted ? chunks_before(x, si + 1) : x->n_chunks;
}

/* The last word of person p's title is a voice_noun ("spokesman"): he
 * speaks for his body, he does not meet for it (when the text says whose
 * spokesman he is: a guessed body is no better than the person). */
static int messenger(const xdoc *x, int p)
{
    const char *t = x->actors[p].title;
    if (!is_person(x, p) || !t || x->actors[p].affil < 0 || x->actors[p].affil_weak)
        return 0;
    const char *w = strrchr(t, ' ');
    w = w ? w + 1 : t;
    return (ag_vocab_classify(ag_lexicon_vocab(x->lx), w, strlen(w), NULL) & WC(VOICE_NOUN)) != 0;
}

/* The plural title before "of" that a list of names starting at token t
 * hangs on ("the foreign ministers of Turkey, Ukraine and Russia"): its
 * token, or 0 when there is none. */
static size_t list_title(const xdoc *x, size_t t, size_t start)
{
    while (t > start + 1) {
        size_t k = t - 1;
        if (x_tok_is(x, k, "of"))
            return ag__x_plural_title(x, k - 1) ? k - 1 : 0;
        if (!x_tok_is(x, k, ",") && !x_tok_and(x, k) && x->tok_chunk[k] < 0)
            return 0;
        t = k;
    }
    return 0;
}

/* The words around the office by which sentence si names actor c ("the
 * foreign ministers of A", "the Egyptian leader", "the ambassador of A"):
 * [*lo, *hi), and 1; 0 when the sentence also names c by its name. */
static int office_words(const xdoc *x, const mres *R, int c, int si, size_t *lo, size_t *hi)
{
    const ag_sentence *se = &x->t.sents[si];
    int office = 0;
    size_t k0, k1;
    sentence_chunks(x, R, si, &k0, &k1);
    for (size_t k = k0; k < k1; k++) {
        const xchunk *ch = &x->chunks[k];
        if (ch->sent != si || ch->actor != c)
            continue;
        /* "... of A and the B Foreign Secretary": B's own office, not the list's. */
        size_t title = ch->flags & CH_NOMINAL ? 0 : list_title(x, ch->t0, se->tok_start);
        if (!(ch->flags & (CH_NOMINAL | CH_ADJ)) && !title)
            return 0;
        if (office)
            continue;
        office = 1;
        *lo = title ? title : ch->t0 > se->tok_start + 4 ? ch->t0 - 4 : se->tok_start;
        *hi = title ? title + 1 : ch->t1 + 3 < se->tok_end ? ch->t1 + 3 : se->tok_end;
    }
    return office;
}

/* 1 if the head word of title (or its plural) is a word of [lo, hi): its
 * last word, or before "of" its last word there ("Minister of Foreign
 * Affairs" is a minister: "the Peruvian foreign minister"). */
static int office_says_title(const xdoc *x, size_t lo, size_t hi, const char *title)
{
    const char *of = strstr(title, " of "), *end = of ? of : title + strlen(title), *w = end;
    while (w > title && w[-1] != ' ')
        w--;
    size_t n = (size_t)(end - w);
    for (size_t t = lo; t < hi; t++) {
        const ag_token *k = &x->t.toks[t];
        size_t len = k->end - k->start;
        const char *s = x->text + k->start;
        if ((len == n || (len == n + 1 && s[n] == 's')) && strncasecmp(s, w, n) == 0)
            return 1;
    }
    return 0;
}

/* 1 if sentence si has a plan_word: its meeting is planned, not held. */
static int planned(const xdoc *x, int si)
{
    const ag_sentence *se = &x->t.sents[si];
    for (size_t t = se->tok_start; t < se->tok_end; t++)
        if (x_tok_has2(x, t, WC2(PLAN_WORD)))
            return 1;
    return 0;
}

/* Meetings m and o may be one event: the same place (or one unnamed) and
 * both held or both planned ("their meetings in Prague" are not the talks
 * in Washington; "agreed to hold talks" are not the talks held). */
static int may_be_one(const xdoc *x, const mres *R, size_t mi, size_t oi)
{
    const xrel *m = &x->rels[mi], *o = &x->rels[oi];
    if (m->location && o->location && strcasecmp(m->location, o->location) != 0)
        return 0;
    return m->sent == o->sent || R->plan[mi] == R->plan[oi];
}

/* 1 if sentence si mentions actor a. */
static int mentioned_in(const xdoc *x, const mres *R, int a, int si)
{
    size_t k0, k1;
    sentence_chunks(x, R, si, &k0, &k1);
    for (size_t k = k0; k < k1; k++)
        if (x->chunks[k].sent == si && x->chunks[k].actor == a)
            return 1;
    return 0;
}

/* Official p may be who body c stands for in meeting m: m's sentence does
 * not name p apart from the meeting (there he reports it: "A summoned the
 * envoy, according to President P"), and names c by its name or by an
 * office that p's title says ("the leaders of A" are not A's foreign
 * minister). */
static int fits_office(const xdoc *x, const mres *R, const xrel *m, int c, int p)
{
    if (mentioned_in(x, R, p, m->sent))
        return 0;
    size_t lo, hi;
    return !office_words(x, R, c, m->sent, &lo, &hi) ||
           (x->actors[p].title && office_says_title(x, lo, hi, x->actors[p].title));
}

/* Meeting o has every participant of m but the one at index skip, or an
 * official of it when it is a body ("Turkey hosted talks between Ethiopia
 * and Somalia" and "Fidan met Ethiopia's Taye"). */
static int covers_others(const xdoc *x, const xrel *m, size_t skip, const xrel *o)
{
    for (size_t i = 0; i < m->n_parts; i++) {
        int c = m->parts[i], found = i == skip;
        for (size_t j = 0; j < o->n_parts && !found; j++)
            found = o->parts[j] == c || (!is_person(x, c) && x_serves(x, o->parts[j], c));
        if (!found)
            return 0;
    }
    return 1;
}

/* The one official of body c who meets the other side of meeting mi in
 * another meeting at no other place; -1 if none or several. */
static int official_met(const xdoc *x, const mres *R, size_t mi, size_t at)
{
    const xrel *m = &x->rels[mi];
    int c = m->parts[at], who = -1;
    /* o holds one of m's other participants or one serving it. */
    size_t n;
    const int *v = meetings_with_all(x, m, at, &n);
    for (size_t q = 0; q < n; q++) {
        size_t k = v ? (size_t)v[q] : q;
        const xrel *o = &x->rels[k];
        if (k == mi || o->kind != AG_REL_MEETING || !may_be_one(x, R, mi, k) || !covers_others(x, m, at, o))
            continue;
        for (size_t j = 0; j < o->n_parts; j++) {
            int p = o->parts[j];
            if (p == c || !is_person(x, p) || !x_serves(x, p, c) || x_has_actor(m->parts, m->n_parts, p) ||
                !fits_office(x, R, m, c, p))
                continue;
            if (who >= 0 && who != p)
                return -1;
            who = p;
        }
    }
    return who;
}

/* The one official of body c the text names whose title the office that
 * names c in m's sentence says; -1 if none or several. */
static int official_named(xdoc *x, mres *R, const xrel *m, int c)
{
    size_t lo, hi, n;
    if (!office_words(x, R, c, m->sent, &lo, &hi))
        return -1;
    for (size_t p = 0; !R->served && p < x->n_actors; p++)
        if (is_person(x, (int)p))
            file_chain(x, XI_SERVED, (int)p, (int)p);
    R->served = 1;
    const int *v = filed_under(x, XI_SERVED, c, 0, &n);
    int who = -1;
    for (size_t q = 0; q < n; q++) {
        int p = v[q];
        const xactor *a = &x->actors[p];
        if (a->kind != AG_ACTOR_PERSON || a->mentions <= 0 || !a->title || !x_serves(x, p, c) ||
            x_has_actor(m->parts, m->n_parts, p) || !office_says_title(x, lo, hi, a->title) || who == p)
            continue;
        if (who >= 0)
            return -1;
        who = p;
    }
    return who;
}

/* The one person of no known country named in the sentence after m's
 * whose title the office that names body c in m's sentence says ("the UK
 * Foreign Secretary met ..." then "James Cleverly, Secretary of State
 * ..."): the text names the office holder next; -1 if none or several. */
static int official_next(const xdoc *x, const mres *R, const xrel *m, int c)
{
    size_t lo, hi, k0, k1;
    int who = -1;
    if (m->sent + 1 >= (int)x->t.n_sents || !office_words(x, R, c, m->sent, &lo, &hi))
        return -1;
    sentence_chunks(x, R, m->sent + 1, &k0, &k1);
    for (size_t k = k0; k < k1; k++) {
        int p = x->chunks[k].actor;
        if (x->chunks[k].sent != m->sent + 1 || p < 0 || p == who)
            continue;
        const xactor *a = &x->actors[p];
        if (a->kind != AG_ACTOR_PERSON || a->affil >= 0 || !a->title || x_has_actor(m->parts, m->n_parts, p) ||
            !office_says_title(x, lo, hi, a->title))
            continue;
        if (who >= 0)
            return -1;
        who = p;
    }
    return who;
}

/* A visit whose visitor is named: the other side is the visited country. */
static int visited(const xdoc *x, const xrel *m, int c)
{
    if (!m->code || strcmp(m->code, CAMEO_VISIT) != 0)
        return 0;
    for (size_t i = 0; i < m->n_parts; i++)
        if (is_person(x, m->parts[i]) && ag__x_root(x, m->parts[i]) != ag__x_root(x, c))
            return 1;
    return 0;
}

/* Steps 1 and 2 for meeting mi: each side by the actor that represents it. */
static void choose_sides(xdoc *x, mres *R, size_t mi)
{
    xrel *m = &x->rels[mi];
    for (size_t i = 0; i < m->n_parts; i++) {
        int c = m->parts[i], by = -1;
        if (messenger(x, c)) {
            by = ag__x_root(x, c);
        } else if (!is_person(x, c) && !visited(x, m, c)) {
            by = official_met(x, R, mi, i);
            if (by < 0)
                by = official_named(x, R, m, c);
            if (by < 0 && x->actors[c].kind == AG_ACTOR_COUNTRY)
                by = official_next(x, R, m, c);
        }
        if (by >= 0 && !x_has_actor(m->parts, m->n_parts, by)) {
            m->parts[i] = by;
            x->actors[by].in_relation = 1;
            file_chain(x, XI_MEET_BY, by, (int)mi);
        }
    }
}

/* A body beside an official of its own country in meeting m ("the two
 * sides" after a ministry's statement on talks of the leaders): the
 * official is that side; the body only reports for it. */
static void one_actor_a_side(const xdoc *x, xrel *m)
{
    size_t u = 0;
    for (size_t i = 0; i < m->n_parts; i++) {
        int b = m->parts[i], beside = 0;
        for (size_t j = 0; j < m->n_parts && !is_person(x, b) && !beside; j++)
            beside = is_person(x, m->parts[j]) && ag__x_root(x, m->parts[j]) == ag__x_root(x, b);
        if (!beside)
            m->parts[u++] = b;
    }
    if (u >= 2)
        m->n_parts = u;
}

/* Meeting o tells meeting m again: as many participants, each of m's one
 * of o's or the body one of o's serves (not a visited country), and o names
 * one of them more closely or is the same set told earlier. */
static int told_again(const xdoc *x, const mres *R, size_t mi, size_t oi)
{
    const xrel *m = &x->rels[mi], *o = &x->rels[oi];
    if (oi == mi || o->kind != AG_REL_MEETING || o->n_parts != m->n_parts || !may_be_one(x, R, mi, oi))
        return 0;
    size_t exact = 0;
    for (size_t i = 0; i < m->n_parts; i++) {
        int found = 0, c = m->parts[i];
        for (size_t j = 0; j < o->n_parts && !found; j++)
            found = o->parts[j] == c ? 2
                                          : !visited(x, m, c) && x_serves(x, o->parts[j], c) &&
                                                fits_office(x, R, m, c, o->parts[j]);
        if (!found)
            return 0;
        exact += found == 2;
    }
    if (exact < m->n_parts)
        return 1;
    return (o->location && !m->location) || (!o->location == !m->location && oi < mi);
}

/* 1 if another meeting tells meeting mi again: one that holds its first
 * participant or one serving it. */
static int told_before(const xdoc *x, const mres *R, size_t mi)
{
    const xrel *m = &x->rels[mi];
    size_t n;
    const int *v = meetings_with_all(x, m, SIZE_MAX, &n);
    for (size_t q = 0; q < n; q++)
        if (told_again(x, R, mi, v ? (size_t)v[q] : q))
            return 1;
    return 0;
}

static int mres_init(xdoc *x, mres *R)
{
    *R = (mres){calloc(x->n_rels + 1, 1), 1, 0};
    if (!R->plan) {
        x->oom = 1;
        return -1;
    }
    for (size_t k = 1; k < x->n_chunks && R->sorted; k++)
        R->sorted = x->chunks[k - 1].sent <= x->chunks[k].sent;
    for (size_t k = 0; k < x->n_rels; k++) {
        if (x->rels[k].kind != AG_REL_MEETING)
            continue;
        R->plan[k] = (unsigned char)planned(x, x->rels[k].sent);
        for (size_t j = 0; j < x->rels[k].n_parts; j++)
            file_chain(x, XI_MEET_BY, x->rels[k].parts[j], (int)k);
    }
    return x->oom ? -1 : 0;
}

void ag__x_meetings_resolve(xdoc *x)
{
    mres R;
    if (mres_init(x, &R)) {
        free(R.plan);
        return;
    }
    for (size_t i = 0; i < x->n_rels; i++)
        if (x->rels[i].kind == AG_REL_MEETING) {
            choose_sides(x, &R, i);
            one_actor_a_side(x, &x->rels[i]);
        }
    /* Dropped meetings are emptied first (a set told twice keeps its first
     * copy), then the relations close up. */
    for (size_t i = 0; i < x->n_rels; i++) {
        if (x->rels[i].kind == AG_REL_MEETING && told_before(x, &R, i)) {
            free(x->rels[i].parts);
            x->rels[i].parts = NULL;
            x->rels[i].n_parts = 0;
        }
    }
    free(R.plan);
    size_t u = 0;
    for (size_t i = 0; i < x->n_rels; i++)
        if (x->rels[i].kind != AG_REL_MEETING || x->rels[i].n_parts)
            x->rels[u++] = x->rels[i];
    x->n_rels = u;
}
