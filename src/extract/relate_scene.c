/* relate_scene.c — scenes ("at a meeting", "in the presence of") and
 * hosts: the subject a scene belongs to, the hosts after "by", talks
 * hosted or mediated, "thanked ... for hosting". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "relate_int.h"

/* "at a meeting", "during talks", "following a meeting": a meeting noun
 * after such a preposition is the scene of its clause, held by the
 * clause's subject.  Returns the preposition's token, or 0. */
size_t ag__x_scene_prep(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = ag__x_modifiers_start(x, s, p);
    /* "In a joint statement following a meeting in Cairo, ...": inside a
     * phrase that opens the sentence, the participle that is a scene
     * preposition is no modifier of the noun. Elsewhere ("It was published
     * following a meeting of the ministers") the meeting stands alone. */
    int opening = p < s->lo + 8 && x_tok_has(x, s->lo, WC(SCENE_PREP) | WC(LOCATIVE_PREP));
    for (size_t k = p; opening && k > q; k--)
        if (x_tok_has(x, k - 1, WC(SCENE_PREP))) {
            q = k;
            break;
        }
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

/* "the foreign ministers (and officials) of A, B and C": the first
 * name's chunk after a plural title, an official or members noun and its
 * "of" or "from", in the lower-case words from k on; else -1. */
static int titled_group(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t t = k + 1; t + 1 < s->hi && t < k + 7; t++) {
        if (ag__x_chunk_of(x, t - 1) >= 0 || !(x_tflags(x, t - 1) & AG_TOK_WORD))
            return -1;
        if ((x_tok_is(x, t, "of") || x_tok_is(x, t, "from")) &&
            (ag__x_plural_title(x, t - 1) || x_tok_has(x, t - 1, WC(OFFICIAL_NOUN)) ||
             x_tok_has3(x, t - 1, WC3(MEMBERS_NOUN))))
            return ag__x_chunk_after(x, t + 1);
    }
    return -1;
}

/* "in the port city of Busan, about 320 kilometers southeast of Seoul,
 * Kamikawa conveyed": a segment after the comma at k whose every mention a
 * preposition governs, closed by another comma, still tells where the
 * scene was, not the clause.  Returns 1 with that comma in *next. */
static int governed_segment(const xdoc *x, const sentctx *s, size_t k, size_t *next)
{
    int seen = 0;
    /* "the ministers from A, B and C", "the ministers welcomed delegations
     * from A, B and C": a segment a determiner opens is the clause. */
    if (k + 1 < s->hi && x_tok_has(x, k + 1, WC(DETERMINER)))
        return 0;
    for (size_t q = k + 1; q < s->hi && q < k + 12; q++) {
        if (x_tok_is(x, q, ","))
            return seen ? (*next = q, 1) : 0;
        if (x_tok_has(x, q, WC(CLAUSE_BREAK)))
            return 0;
        int c = ag__x_chunk_of(x, q);
        if (c < 0)
            continue;
        size_t b = x_tok_is(x, q - 1, "the") ? q - 1 : q;
        if (!x_tok_has(x, b - 1, WC(PREPOSITION)))
            return 0;
        seen = 1;
        q = x->chunks[c].t1 - 1;
    }
    return 0;
}

/* "In a phone call with X on Monday, Y urged ...", "At their meeting held
 * in Paris, A, B and C agreed": a scene that opens the sentence is held by
 * the subject after the comma that closes it. */
static size_t subject_after_scene(xdoc *x, const sentctx *s, size_t at, int *src)
{
    size_t k = at;
    while (k + 1 < s->hi && k < at + 20 && !x_tok_is(x, k, ",") && !x_tok_has(x, k, WC(CLAUSE_BREAK)))
        k++;
    if (!x_tok_is(x, k, ","))
        return 0;
    while (governed_segment(x, s, k, &k))
        ;
    int c = ag__x_chunk_after(x, k + 1);
    if (c < 0)
        c = titled_group(x, s, k + 1);
    return c >= 0 && !(x->chunks[c].flags & (CH_POSS | CH_MOD)) ? ag__x_group_right(x, c, s->hi, src) : 0;
}

/* "received X, who is on an official visit to Y": a meeting in a
 * relative clause ("who", a form of "be" or "have", then a preposition
 * and the noun's modifiers, or the verb) is held by the one the relative
 * pronoun stands for, not the clause's subject.  Returns 1 with it in
 * src[0], else 0. */
int ag__x_relative_scene(const xdoc *x, const sentctx *s, size_t at, int *src)
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
size_t ag__x_scene_subject(xdoc *x, sentctx *s, size_t at, int *src)
{
    /* "X will lead the Ukrainian delegation during talks with Y": the head
     * of the delegation, whoever announced it. */
    int side;
    for (size_t k = at; k > s->lo + 1 && k + 8 > at && !x_tok_has(x, k - 1, WC(CLAUSE_BREAK)); k--)
        if (x_tok_has2(x, k - 1, WC2(LEAD_VERB)) && ag__x_led_delegation(x, s, k - 1, &side))
            return ag__x_find_source(x, s, k - 1, src);
    if (ag__x_relative_scene(x, s, at, src))
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
    /* "In a joint statement following a meeting in Cairo, the ministers
     * of A, B and C said": a scene inside the phrase that opens the
     * sentence is held by the subject after it too. */
    int opening = at <= s->lo + 1 || (at < s->lo + 8 && x_tok_has(x, s->lo, WC(SCENE_PREP) | WC(LOCATIVE_PREP)));
    return lo == s->lo && opening ? subject_after_scene(x, s, at, src) : 0;
}

/* ", which was attended by", ", attended by" at k: the clause after the
 * comma still tells who was at the meeting before it. */
int ag__x_attended_clause(const xdoc *x, size_t k)
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
        if ((x_tok_is(x, q, ",") && !ag__x_attended_clause(x, q + 1)) || x_tok_has(x, q, WC(CLAUSE_BREAK)))
            return 0;
        size_t a = x_tok_is(x, q + 1, "the") ? q + 2 : q + 1;
        int c = x_tok_is(x, q, "by") ? ag__x_chunk_of(x, a) : -1;
        /* "attended by the foreign ministers of A and B": the names after
         * a plural title (*at: the title, right after "by the"). */
        int titled = c < 0 && x_tok_is(x, q, "by") && (c = titled_group(x, s, q + 1)) >= 0;
        if (c >= 0 && ag__x_usable(x, c)) {
            *at = titled ? a : x->chunks[c].t0;
            return ag__x_group_right(x, c, s->hi, tg);
        }
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

/* "attended by (the) X" with X at token at, after the meeting form at p. */
int ag__x_attended_by(const xdoc *x, size_t p, size_t at)
{
    size_t by = at > 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    return at > 0 && by > p && x_tok_is(x, by, "by") && x_tok_has(x, by - 1, WC(ATTENDANCE_VERB));
}

/* "the talks between A and B were mediated by Egypt", "the talks are
 * sponsored by the United States and Saudi Arabia": a meeting noun with
 * no subject and hosts after "by" is a meeting of the parties after
 * "between" (else of the last meeting's, for "the talks") with the hosts
 * (corpus convention 14). */
void ag__x_hosted_talks(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent)
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
    int attended = ag__x_attended_by(x, p, at) || (by > p && x_tok_has2(x, by - 1, WC2(LEAD_VERB)));
    for (size_t i = 0; (n || attended) && i < nh; i++)
        parts[n++] = hosts[i];
    ag__x_add_meeting(x, parts, n, e, where, sent);
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

/* "received the minister in the presence of the Cabinet Affairs Minister,
 * X": a person in whose presence a meeting is held who belongs to one of
 * its sides parts[0..n) is an aide or a witness, not a party (corpus
 * pc-128, pc-247); a third party present ("in the presence of the African
 * Union envoy"), a body ("... the AU and UN", pc-137) and those whose
 * "participation" is told take part.  1 if actor a, after the noun at q,
 * is such an aide. */
static int aide_present(const xdoc *x, size_t q, int a, const int *parts, size_t n)
{
    if (!x_tok_has2(x, q, WC2(PRESENCE_NOUN)) || x->actors[a].kind != AG_ACTOR_PERSON)
        return 0;
    int r = ag__x_root(x, a);
    for (size_t i = 0; r >= 0 && i < n; i++)
        if (ag__x_root(x, parts[i]) == r)
            return 1;
    return 0;
}

size_t ag__x_participation_of(xdoc *x, const sentctx *s, size_t from, int *parts, size_t n)
{
    size_t n0 = n; /* the meeting's sides */
    for (size_t q = from; q + 3 < s->hi; q++) {
        if (ag__x_participation_at(x, s, q)) {
            int c = first_mention_after(x, s, q + 1);
            if (c >= 0) {
                int g[MAXG];
                size_t ng = ag__x_group_right(x, c, s->hi, g);
                for (size_t i = 0; i < ng && n < 2 * MAXG; i++)
                    if (!aide_present(x, q, g[i], parts, n0))
                        parts[n++] = g[i];
            }
        }
    }
    return n;
}

/* CAMEO 043 "host a visit": the lexicon's host entry (data/meetings.txt). */
#define CAMEO_HOST "043"

/* "A and B expressed their gratitude to C and D for hosting several
 * rounds of dialogue": a hosting in -ing after "for", whose object names
 * no one, was done by those the clause thanks (before "for") for the
 * clause's subject: each host meets the guests (one round each). 1 when
 * filed. */
int ag__x_thanked_hosts(xdoc *x, sentctx *s, size_t head, size_t p, const ag_lx_entry *e, int sent)
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
