/* resolve_list.c — group subjects whose members the text lists after them
 * ("Seven African countries condemned X ... The signatories are A, B, ...",
 * "Arab foreign ministers rejected Y. ... the ministers of A, B and C
 * said", "the 11 governments ... These governments are A, B, ..."): read
 * between the passes from pass 1's chunks, filed for pass 2's resolution
 * (resolve.c), which then reads the group mention as its members. */
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

/* How many sentences after a group mention its member list may come. */
#define XF_REACH 2

/* A list member: a country, organization or person named as such, not a
 * place ("in Kyiv") or an adjective. */
static int member_chunk(const xdoc *x, int c)
{
    return c >= 0 && !(x->chunks[c].flags & (CH_LOC | CH_ADJ | CH_PRON | CH_MOD));
}

/* "A, which did not sign the statement,": a member followed by a relative
 * aside that holds a negation is said not to be one. */
static int negated_aside(const xdoc *x, size_t t, size_t hi)
{
    if (!(x_tok_is(x, t, ",") && x_tok_has(x, t + 1, WC(RELATIVE))))
        return 0;
    for (size_t w = t + 2; w < hi && w < t + 10 && !x_tok_is(x, w, ","); w++)
        if (x_tok_has(x, w, WC(NEGATION)))
            return 1;
    return 0;
}

/* The list of members that starts at token t: mentions joined by ",",
 * "and", ", and". Every item must be a member mention; a list of places
 * or of anything else is none. Returns their number (0: no list of two),
 * into out (at most cap), and the token after the list in *end. */
static size_t member_list(const xdoc *x, size_t t, size_t hi, int *out, size_t cap, size_t *end)
{
    size_t n = 0, all = 0;
    int c = ag__x_chunk_of(x, t);
    while (t < hi && c >= 0) {
        if (!member_chunk(x, c))
            return 0;
        t = x->chunks[c].t1;
        all++;
        if (negated_aside(x, t, hi)) { /* past the aside to its closing comma */
            while (t + 1 < hi && !x_tok_is(x, t + 1, ","))
                t++;
            t++;
        } else if (n < cap && !x_has_actor(out, n, x->chunks[c].actor)) {
            out[n++] = x->chunks[c].actor;
        }
        size_t j = t;
        if (j < hi && x_tok_is(x, j, ","))
            j++;
        if (j < hi && x_tok_and(x, j))
            j++;
        if (j == t || (c = ag__x_chunk_of(x, j)) < 0)
            break;
        t = j;
    }
    *end = t;
    return all >= 2 ? n : 0;
}

/* A number written in digits ("the 11 governments"), else 0: a count in
 * words ("Ten ... countries") only says there is one. */
static long digits_count(const xdoc *x, size_t k)
{
    if (!(x_tflags(x, k) & AG_TOK_DIGIT))
        return 0;
    return strtol(x->text + x->t.toks[k].start, NULL, 10);
}

/* A group mention that ends with the plural noun of a group at r (a
 * pair_noun): [the] [count] and up to three modifiers before it ("Ten
 * Latin American countries", "the 11 governments", "Arab foreign
 * ministers"). It needs a count or a capitalized modifier (a region's or a
 * bloc's adjective); the members it names itself ("the ministers of A and
 * B") make it none. Returns its first token (r + 1: none) and the count
 * (-1 in words, 0 none). Read from the noun back: only nouns of a group
 * are tried. */
static size_t group_start(const xdoc *x, size_t lo, size_t r, size_t hi, long *count)
{
    *count = 0;
    if (r + 1 < hi && (x_tok_is(x, r + 1, "of") || x_tok_is(x, r + 1, "from")))
        return r + 1; /* "the leaders of A and B": named */
    size_t q = r;
    int capital = 0;
    uint64_t stop = WC(PREPOSITION) | WC(DETERMINER) | WC(FUNCTION_WORD) | WC(GROUP_REFERENCE);
    while (q > lo && q + 4 > r && ag__x_chunk_of(x, q - 1) < 0 && (x_tflags(x, q - 1) & AG_TOK_WORD) &&
           !(x_tflags(x, q - 1) & AG_TOK_DIGIT) && !x_tok_has(x, q - 1, stop) && !x_tok_has3(x, q - 1, WC3(GROUP_COUNT))) {
        capital |= (x_tflags(x, q - 1) & AG_TOK_CAP) != 0;
        q--;
    }
    if (q > lo && (x_tok_has(x, q - 1, WC(GROUP_REFERENCE)) || x_tok_has3(x, q - 1, WC3(GROUP_COUNT))))
        *count = -1, q--;
    else if (q > lo && (*count = digits_count(x, q - 1)) > 1)
        q--;
    else
        *count = 0;
    if (!*count && !capital)
        return r + 1;
    return q > lo && x_tok_is(x, q - 1, "the") ? q - 1 : q;
}

/* The list a sentence opens with: "These governments are A, B and C",
 * "The signatories were A and B", "They include A, B and C". Returns the
 * token where the list starts, or 0. */
static size_t list_opening(const xdoc *x, size_t lo, size_t hi)
{
    size_t q = lo;
    if (x_tok_is(x, q, "they")) {
        q++;
    } else {
        if (x_tok_is(x, q, "the") || x_tok_has3(x, q, WC3(PLURAL_DEMONSTRATIVE)))
            q++;
        /* "The other countries are", "These seven governments are" */
        for (size_t r = q; q > lo && r < hi && r < q + 3 && ag__x_chunk_of(x, r) < 0 && (x_tflags(x, r) & AG_TOK_WORD); r++)
            if (x_tok_has(x, r, WC(PAIR_NOUN)) || x_tok_has3(x, r, WC3(SIGNATORY_WORD))) {
                q = r;
                break;
            }
        if (q == lo || !(x_tok_has(x, q, WC(PAIR_NOUN)) || x_tok_has3(x, q, WC3(SIGNATORY_WORD))))
            return 0;
        q++;
    }
    if (q + 1 < hi && (x_tok_has(x, q, WC(BE)) || x_tok_has2(x, q, WC2(MEMBER_WORD))))
        return q + 1;
    return 0;
}

/* "... the foreign ministers and officials from A, B and C said": the
 * list at t follows a noun of a group and "of"/"from" (past "and" and a
 * noun, and "the"); that noun's token, or SIZE_MAX. */
static size_t named_by_noun(const xdoc *x, size_t lo, size_t t)
{
    size_t q = t > lo + 1 && x_tok_is(x, t - 1, "the") ? t - 1 : t;
    if (q < lo + 2 || !(x_tok_is(x, q - 1, "of") || x_tok_is(x, q - 1, "from")))
        return SIZE_MAX;
    size_t r = q - 2;
    if (!x_tok_has(x, r, WC(PAIR_NOUN)) && r > lo + 1 && x_tok_is(x, r - 1, "and") && ag__x_chunk_of(x, r) < 0)
        r -= 2;
    return x_tok_has(x, r, WC(PAIR_NOUN)) ? r : SIZE_MAX;
}

/* "All of the seven nations that signed it, including A, B and C": the
 * list at t follows a member word ("including", "namely") after a group
 * mention in its clause, with no other mention between. */
static int named_including(const xdoc *x, size_t lo, size_t t)
{
    if (t < lo + 2 || !x_tok_has2(x, t - 1, WC2(MEMBER_WORD)))
        return 0;
    for (size_t r = t - 1; r > lo && r + 14 > t && ag__x_chunk_of(x, r - 1) < 0; r--) {
        long count;
        if (x_tok_has(x, r - 1, WC(CLAUSE_BREAK)))
            return 0;
        if (x_tok_has(x, r - 1, WC(PAIR_NOUN)) && group_start(x, lo, r - 1, t, &count) < r)
            return 1;
    }
    return 0;
}

/* Of the members out[0, n), how many the mention's own sentence names:
 * "Ten Latin American countries, the United States, and the EU" counts
 * ten of a list of eleven that holds the United States. */
static size_t named_beside(const xdoc *x, size_t si, const int *out, size_t n)
{
    size_t named = 0;
    const ag_sentence *s = &x->t.sents[si];
    for (size_t i = 0; i < n; i++)
        for (size_t k = s->tok_start; k < s->tok_end; k++) {
            int c = ag__x_chunk_of(x, k);
            if (c >= 0 && x->chunks[c].actor == out[i]) {
                named++;
                break;
            }
        }
    return named;
}

/* Files who[0, n), a list of sentence si, as the members of the group
 * mentions of the XF_REACH sentences before it (with the noun at `noun`
 * only, unless SIZE_MAX) whose count agrees. */
static void file_mentions(xdoc *x, size_t si, size_t t, size_t noun, const int *who, size_t n)
{
    for (size_t sj = si > XF_REACH ? si - XF_REACH : 0; sj <= si && x->n_fwd < XF_MAX; sj++) {
        const ag_sentence *s = &x->t.sents[sj];
        size_t hi = sj == si ? t : s->tok_end; /* the list's own sentence: before it */
        for (size_t r = s->tok_start; r < hi && x->n_fwd < XF_MAX; r++) {
            long count;
            size_t k;
            if (!x_tok_has(x, r, WC(PAIR_NOUN)) || (noun != SIZE_MAX && x->t.toks[r].word != x->t.toks[noun].word) ||
                (k = group_start(x, s->tok_start, r, s->tok_end, &count)) > r)
                continue;
            if (count > 0 && (size_t)count != n && (size_t)count + named_beside(x, sj, who, n) != n)
                continue;
            int known = 0;
            for (size_t i = 0; i < x->n_fwd && !known; i++)
                known = x->fwd[i].k == k;
            if (known)
                continue;
            struct xfwd *f = &x->fwd[x->n_fwd++];
            f->k = k;
            f->len = r + 1 - k;
            f->sent = (int)sj;
            f->n = n;
            memcpy(f->who, who, n * sizeof *who);
        }
    }
}

void ag__x_forward_groups(xdoc *x)
{
    x->n_fwd = 0;
    /* From the lists (two or more member mentions joined) back to the
     * mentions: lists are rarer than nouns of a group. */
    for (size_t c = 0; c < x->n_chunks && x->n_fwd < XF_MAX; c++) {
        size_t si = (size_t)x->chunks[c].sent, t = x->chunks[c].t0;
        const ag_sentence *s = &x->t.sents[si];
        if (c > 0 && x->chunks[c - 1].sent == (int)si && x->chunks[c - 1].t1 + 2 >= t &&
            (x_tok_is(x, t - 1, ",") || x_tok_and(x, t - 1)))
            continue; /* inside a list: it started before */
        /* "Five states rejected the ruling: A, B and C": a colon opens a
         * list of the mentions before it in its own sentence too. */
        if (t < s->tok_start + 2)
            continue;
        int colon = x_tok_is(x, t - 1, ":");
        /* Cheap tests first: "of"/"from" [the], a member word, a sentence's opening. */
        int prep = x_tok_has(x, t - 1, WC(PREPOSITION)) || x_tok_has(x, t - 2, WC(PREPOSITION));
        size_t noun = !colon && prep ? named_by_noun(x, s->tok_start, t) : SIZE_MAX;
        if (!colon && noun == SIZE_MAX && !(t < s->tok_start + 6 && list_opening(x, s->tok_start, s->tok_end) == t) &&
            !named_including(x, s->tok_start, t))
            continue;
        int who[XC_GROUP_MAX];
        size_t end, n = member_list(x, t, s->tok_end, who, XC_GROUP_MAX, &end);
        if (n)
            file_mentions(x, si, colon ? t : s->tok_start, noun, who, n);
    }
}
