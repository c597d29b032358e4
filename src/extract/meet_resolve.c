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
static int office_words(const xdoc *x, int c, int si, size_t *lo, size_t *hi)
{
    const ag_sentence *se = &x->t.sents[si];
    int office = 0;
    for (size_t k = 0; k < x->n_chunks; k++) {
        const xchunk *ch = &x->chunks[k];
        if (ch->sent != si || ch->actor != c)
            continue;
        size_t title = list_title(x, ch->t0, se->tok_start);
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
static int may_be_one(const xdoc *x, const xrel *m, const xrel *o)
{
    if (m->location && o->location && strcasecmp(m->location, o->location) != 0)
        return 0;
    return m->sent == o->sent || planned(x, m->sent) == planned(x, o->sent);
}

/* 1 if sentence si mentions actor a. */
static int mentioned_in(const xdoc *x, int a, int si)
{
    for (size_t k = 0; k < x->n_chunks; k++)
        if (x->chunks[k].sent == si && x->chunks[k].actor == a)
            return 1;
    return 0;
}

/* Official p may be who body c stands for in meeting m: m's sentence does
 * not name p apart from the meeting (there he reports it: "A summoned the
 * envoy, according to President P"), and names c by its name or by an
 * office that p's title says ("the leaders of A" are not A's foreign
 * minister). */
static int fits_office(const xdoc *x, const xrel *m, int c, int p)
{
    if (mentioned_in(x, p, m->sent))
        return 0;
    size_t lo, hi;
    return !office_words(x, c, m->sent, &lo, &hi) ||
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
static int official_met(const xdoc *x, size_t mi, size_t at)
{
    const xrel *m = &x->rels[mi];
    int c = m->parts[at], who = -1;
    for (size_t k = 0; k < x->n_rels; k++) {
        const xrel *o = &x->rels[k];
        if (k == mi || o->kind != AG_REL_MEETING || !may_be_one(x, m, o) || !covers_others(x, m, at, o))
            continue;
        for (size_t j = 0; j < o->n_parts; j++) {
            int p = o->parts[j];
            if (p == c || !is_person(x, p) || !x_serves(x, p, c) || x_has_actor(m->parts, m->n_parts, p) ||
                !fits_office(x, m, c, p))
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
static int official_named(const xdoc *x, const xrel *m, int c)
{
    size_t lo, hi;
    int who = -1, office = office_words(x, c, m->sent, &lo, &hi);
    for (size_t p = 0; office && p < x->n_actors; p++) {
        const xactor *a = &x->actors[p];
        if (a->kind != AG_ACTOR_PERSON || a->mentions <= 0 || !a->title || !x_serves(x, (int)p, c) ||
            x_has_actor(m->parts, m->n_parts, (int)p) || !office_says_title(x, lo, hi, a->title))
            continue;
        if (who >= 0)
            return -1;
        who = (int)p;
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
static void choose_sides(xdoc *x, size_t mi)
{
    xrel *m = &x->rels[mi];
    for (size_t i = 0; i < m->n_parts; i++) {
        int c = m->parts[i], by = -1;
        if (messenger(x, c)) {
            by = ag__x_root(x, c);
        } else if (!is_person(x, c) && !visited(x, m, c)) {
            by = official_met(x, mi, i);
            if (by < 0)
                by = official_named(x, m, c);
        }
        if (by >= 0 && !x_has_actor(m->parts, m->n_parts, by)) {
            m->parts[i] = by;
            x->actors[by].in_relation = 1;
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
static int told_again(const xdoc *x, size_t mi, size_t oi)
{
    const xrel *m = &x->rels[mi], *o = &x->rels[oi];
    if (oi == mi || o->kind != AG_REL_MEETING || o->n_parts != m->n_parts || !may_be_one(x, m, o))
        return 0;
    size_t exact = 0;
    for (size_t i = 0; i < m->n_parts; i++) {
        int found = 0, c = m->parts[i];
        for (size_t j = 0; j < o->n_parts && !found; j++)
            found = o->parts[j] == c ? 2
                                          : !visited(x, m, c) && x_serves(x, o->parts[j], c) &&
                                                fits_office(x, m, c, o->parts[j]);
        if (!found)
            return 0;
        exact += found == 2;
    }
    if (exact < m->n_parts)
        return 1;
    return (o->location && !m->location) || (!o->location == !m->location && oi < mi);
}

void ag__x_meetings_resolve(xdoc *x)
{
    for (size_t i = 0; i < x->n_rels; i++)
        if (x->rels[i].kind == AG_REL_MEETING) {
            choose_sides(x, i);
            one_actor_a_side(x, &x->rels[i]);
        }
    /* Dropped meetings are emptied first (a set told twice keeps its first
     * copy), then the relations close up. */
    for (size_t i = 0; i < x->n_rels; i++) {
        int again = 0;
        for (size_t k = 0; x->rels[i].kind == AG_REL_MEETING && k < x->n_rels && !again; k++)
            again = told_again(x, i, k);
        if (again) {
            free(x->rels[i].parts);
            x->rels[i].parts = NULL;
            x->rels[i].n_parts = 0;
        }
    }
    size_t u = 0;
    for (size_t i = 0; i < x->n_rels; i++)
        if (x->rels[i].kind != AG_REL_MEETING || x->rels[i].n_parts)
            x->rels[u++] = x->rels[i];
    x->n_rels = u;
}
