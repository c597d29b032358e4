/* relate_speaker.c — who speaks and who acts: the quoted speaker of a
 * sentence, titles and office holders, coordinated groups, and the source
 * of a predicate (find_source and its helpers). */
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"

static int holds_title(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0 && ag__x_root(x, v) == (int)k->a;
}

/* "the Presidents of Guyana and Venezuela", "the foreign minister of
 * Iran": the title before "of" at t0 (lower-cased, singular, into buf), or
 * NULL. */
const char *ag__x_title_of(const xdoc *x, size_t t0, char *buf, size_t cap)
{
    size_t b = t0 > 0 && x_tok_is(x, t0 - 1, "the") ? t0 - 1 : t0;
    if (b < 2 || !x_tok_is(x, b - 1, "of") || ag__x_chunk_of(x, b - 2) >= 0)
        return NULL;
    size_t w = b - 2, first = w > 0 && !(x_tflags(x, w - 1) & AG_TOK_CAP) && (x_tflags(x, w - 1) & AG_TOK_WORD) &&
                                      !x_tok_has(x, w - 1, WC(DETERMINER))
                                  ? w - 1
                                  : w;
    size_t len = x->t.toks[w].end - x->t.toks[first].start;
    if (len + 1 >= cap)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        char ch = x->text[x->t.toks[first].start + i];
        buf[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    buf[len] = '\0';
    if (ag__x_plural_title(x, w))
        buf[len - 1] = '\0';
    return buf;
}

/* "The foreign ministers of Russia and Ukraine met ... Lavrov said": no
 * one holds the title, but the text names one person of the country and
 * gives him no other title: he is the holder. Else a. */
static int untitled_holder(const xdoc *x, int a)
{
    int one = -1;
    for (size_t i = 0; i < x->n_actors; i++) {
        const xactor *p = &x->actors[i];
        if (p->kind != AG_ACTOR_PERSON || (int)i == a || ag__x_root(x, (int)i) != a)
            continue;
        if (one >= 0 || p->title)
            return a;
        one = (int)i;
    }
    return one >= 0 ? one : a;
}

/* The person the text names with `title` for country a ("the President
 * of Guyana" is Irfaan Ali when the text names him), else a.  "foreign
 * minister" is tried whole, then as "minister". */
int ag__x_office_holder(xdoc *x, const char *title, int a)
{
    if (!title || a < 0 || x->actors[a].kind != AG_ACTOR_COUNTRY)
        return a;
    for (const char *t = title; t; t = strchr(t, ' ') ? strchr(t, ' ') + 1 : NULL) {
        /* The most mentioned holder: a stray name that took the title
         * counts less than the one the text keeps naming. */
        xkey k = {XI_TROOT, t, a, 0};
        size_t n;
        const int *v = ag__x_index_all(x, &k, &n);
        int best = -1;
        for (size_t i = 0; i < n; i++)
            if (v[i] >= 0 && (size_t)v[i] < x->n_actors && holds_title(x, &k, v[i]) &&
                (best < 0 || x->actors[v[i]].mentions > x->actors[best].mentions))
                best = v[i];
        if (best >= 0)
            return best;
    }
    return untitled_holder(x, a);
}

/* "Sergei Lavrov of Russia": the person a country chunk after "of"
 * belongs to, or c itself. */
static int person_of(const xdoc *x, int c)
{
    size_t t0 = x->chunks[c].t0;
    int pc = t0 >= 2 && x_tok_is(x, t0 - 1, "of") ? ag__x_chunk_of(x, t0 - 2) : -1;
    if (pc < 0 || x->actors[x->chunks[pc].actor].kind != AG_ACTOR_PERSON ||
        x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY)
        return c;
    int r = ag__x_root(x, x->chunks[pc].actor);
    return r == x->chunks[c].actor || r == x->chunks[pc].actor || r < 0 ? pc : c;
}

/* "A and Ministry of Foreign Affairs spokesperson B": the words of a
 * title before person who's mention at t (capitalized or office words, at
 * most six) after an "and"; returns that "and", else t - 1. */
static size_t over_title(const xdoc *x, int who, size_t t, size_t lo)
{
    if (x->actors[who].kind != AG_ACTOR_PERSON)
        return t - 1;
    size_t k = t - 1;
    while (k > lo + 1 && k + 6 > t && ag__x_chunk_of(x, k) < 0 && (x_tflags(x, k) & AG_TOK_WORD) &&
           ((x_tflags(x, k) & AG_TOK_CAP) || x_tok_has2(x, k, WC2(OFFICE_WORD))) && !x_tok_and(x, k))
        k--;
    return k < t - 1 && x_tok_and(x, k) ? k : t - 1;
}

/* The words that add to a list and end at token k: "along with",
 * "together with", ", joined by" (2), "as well as" (3); else 0. */
static size_t list_tail_end(const xdoc *x, size_t k)
{
    if (k < 2)
        return 0;
    if ((x_tok_is(x, k, "with") && x_tok_has3(x, k - 1, WC3(COMITATIVE_ADVERB))) ||
        (x_tok_is(x, k, "by") && x_tok_has3(x, k - 1, WC3(LIST_JOINER)) && x_tok_is(x, k - 2, ",")))
        return 2;
    return x_tok_is(x, k, "as") && x_tok_is(x, k - 1, "well") && x_tok_is(x, k - 2, "as") ? 3 : 0;
}

/* A group mention whose members the text lists later ("Ten Latin American
 * countries", resolve_list.c) ending right before token end: its members
 * appended to out[0, n) (no repeats, at most MAXG), its first token in
 * *start. Returns the new count, n when none ends there. */
static size_t listed_group(xdoc *x, size_t lo, size_t end, int *out, size_t n, size_t *start)
{
    int g[MAXG];
    size_t ng = x->n_fwd && end > lo && x_tok_has(x, end - 1, WC(PAIR_NOUN))
                    ? ag__x_coref_group_ending(x, lo, end, g, MAXG, start)
                    : 0;
    int listed = 0; /* a reference to a group named before is not one */
    for (size_t i = 0; ng && i < x->n_fwd && !listed; i++)
        listed = x->fwd[i].k == *start;
    return listed ? x_add_actors(out, n, g, ng) : n;
}

/* The same for a reference to a group named before ("the two countries",
 * "the Nordic countries", resolve.c) ending right before token end. */
static size_t referred_group(xdoc *x, size_t lo, size_t end, int *out, size_t n, size_t *start)
{
    int g[MAXG];
    size_t ng = ag__x_coref_group_ending(x, lo, end, g, MAXG, start);
    return x_add_actors(out, n, g, ng);
}

/* Actors of a coordinated group ending at chunk c: "Russia and China",
 * "A, B and C", "A along with B", "A and B, as well as C". joined: an
 * "and" after c already links it to a group ("A, B and five others"). */
static size_t group_left_of(xdoc *x, int c, size_t lo, int *out, int joined)
{
    size_t n = 0;
    c = person_of(x, c); /* "A of X and B of Y met" */
    out[n++] = ag__x_chunk_actor(x, c);
    size_t t = x->chunks[c].t0;
    while (n < MAXG && t > lo + 1) {
        size_t k = over_title(x, out[n - 1], t, lo);
        /* "Norway and the dictatorships of Cuba and Venezuela": over "the",
         * a plural common noun and "of" before the members it heads. */
        if (k + 1 == t && k >= lo + 4 && x_tok_is(x, k, "of") && x_tok_ends(x, k - 1, "s", 4) &&
            (x_tflags(x, k - 1) & (AG_TOK_WORD | AG_TOK_CAP)) == AG_TOK_WORD && ag__x_chunk_of(x, k - 1) < 0 &&
            x_tok_is(x, k - 2, "the") && (x_tok_is(x, k - 3, "and") || x_tok_is(x, k - 3, ",")))
            k -= 3;
        /* "the Sudanese army and the paramilitary RSF": over a determiner and
         * one lower-case modifier. */
        if (k > lo + 2 && ag__x_chunk_of(x, k) < 0 && ag__x_is_modifier(x, k) && x_tok_has(x, k - 1, WC(DETERMINER)) &&
            (x_tok_is(x, k - 2, "and") || x_tok_is(x, k - 2, ",")))
            k -= 2;
        else if (k > lo + 1 && x_tok_is(x, k, "the") && (x_tok_is(x, k - 1, "and") || x_tok_is(x, k - 1, ",")))
            k -= 1;
        int conj = x_tok_and(x, k) || x_tok_is(x, k, ",") || x_tok_is(x, k, "&");
        /* "A, together with B and C, condemned", "A, joined by B and C,": A
         * leads the group, B and C join it. */
        size_t tail = list_tail_end(x, k);
        if (tail)
            conj = 2;
        /* "Apart from his meetings with A and B, he met C": a pronoun after a
         * comma opens a clause, it ends no list. */
        if (!conj || (n == 1 && (x->chunks[c].flags & CH_PRON) && x_tok_is(x, k, ",")))
            break;
        size_t b = conj == 2 ? k - tail : k - 1;
        if (x_tok_is(x, b, ","))
            b--;
        int pc = ag__x_chunk_of(x, b);
        size_t g0, ng = pc < 0 && x->n_fwd ? listed_group(x, lo, b + 1, out, n, &g0) : n;
        if (ng == n && pc < 0 && x_tok_is(x, k, "and")) /* "the Nordic countries and Ukraine" */
            ng = referred_group(x, lo, b + 1, out, n, &g0);
        if (ng > n) { /* "Ten Latin American countries, the United States and the EU" */
            n = ng;
            t = g0;
            joined |= conj == 2 || !x_tok_is(x, k, ",");
            continue;
        }
        /* "Russian and Ukrainian officials": adjectives sharing the head
         * noun of a nominal mention. */
        size_t last = x->chunks[c].t1 - 1;
        int headed = (x->chunks[c].flags & (CH_NOMINAL | CH_ADJ)) ||
                     (last > x->chunks[c].t0 && !(x->t.toks[last].flags & AG_TOK_CAP));
        int shared = pc >= 0 && headed && (x->chunks[pc].flags & CH_ADJ) && !(x->chunks[pc].flags & CH_LOC) &&
                     x->chunks[pc].t1 == k;
        if (pc < 0 || (!ag__x_usable(x, pc) && !shared))
            break;
        pc = person_of(x, pc);
        /* "Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali": the person
         * in apposition stands for the country. */
        int a = x->chunks[pc].actor, right = out[n - 1];
        if (x_tok_is(x, k, ",") && x->actors[a].kind == AG_ACTOR_COUNTRY && x->actors[right].kind == AG_ACTOR_PERSON &&
            ag__x_root(x, right) == a) {
            t = x->chunks[pc].t0;
            continue;
        }
        out[n++] = a;
        t = x->chunks[pc].t0;
        joined |= conj == 2 || !x_tok_is(x, k, ",");
    }
    /* "Before the AU chief, Botswana condemned": commas alone make no list
     * of two ("Kyrgyzstan, Tajikistan, Uzbekistan to sign" is one). */
    if (!joined && n < 3)
        n = 1;
    /* "The presidents of A, B and C convened": the office holders. */
    char tb[48];
    const char *title = ag__x_title_of(x, t, tb, sizeof tb);
    for (size_t i = 0; title && i < n; i++)
        out[i] = ag__x_office_holder(x, title, out[i]);
    return n;
}

size_t ag__x_group_left(xdoc *x, int c, size_t lo, int *out) { return group_left_of(x, c, lo, out, 0); }

/* An aside after a list member at token t: "A, who chaired the meeting, B
 * and C" (a relative clause between commas) or "the Kyrgyz Republic
 * [Chingiz Aidarbekov] and ..." (the official of the country named in
 * brackets, who then stands for it in *last).  Returns the token after the
 * aside, or t. */
static size_t aside_end(const xdoc *x, size_t t, size_t hi, int *last)
{
    if (x_tok_is(x, t, ",") && x_tok_has(x, t + 1, WC(RELATIVE))) {
        for (size_t w = t + 2; w < hi && w < t + 14; w++) {
            if (x_tok_has(x, w, WC(CLAUSE_BREAK)))
                break;
            if (x_tok_is(x, w, ","))
                return w + 1 < hi && ag__x_chunk_of(x, w + 1) >= 0 ? w : t; /* the list goes on */
        }
        return t;
    }
    const char *close = x_tok_is(x, t, "[") ? "]" : x_tok_is(x, t, "(") ? ")" : NULL;
    int c = close ? ag__x_chunk_of(x, t + 1) : -1;
    if (close && c < 0) { /* a bracketed name the text gives no actor for: skipped */
        for (size_t w = t + 1; w < hi && w < t + 7 && (x_tflags(x, w) & (AG_TOK_WORD | AG_TOK_CAP)); w++)
            if (x_tok_eq(x, w + 1, close, 1))
                return w + 2;
        return t;
    }
    if (c < 0 || !x_tok_eq(x, x->chunks[c].t1, close, 1))
        return t;
    int a = x->chunks[c].actor;
    /* "the U.S. Central Intelligence Agency (CIA) and ...": the member's own
     * acronym, which its mention did not take in, is an aside too. */
    if (a >= 0 && *last >= 0 &&
        (a == *last || (x->actors[a].kind == AG_ACTOR_PERSON && x->actors[*last].kind == AG_ACTOR_COUNTRY &&
                        ag__x_root(x, a) == *last))) {
        *last = a;
        return x->chunks[c].t1 + 1;
    }
    /* "met Presidents A (Djibouti), B (Mali) and C": a person's country in
     * brackets is an aside; the person stays in the list. */
    if (a >= 0 && *last >= 0 && x->actors[a].kind == AG_ACTOR_COUNTRY && x->actors[*last].kind == AG_ACTOR_PERSON &&
        ag__x_root(x, *last) == a)
        return x->chunks[c].t1 + 1;
    return t;
}

/* "A and Israeli spy agency Mossad", "between X and the Palestinian
 * militant group Hamas": a demonym and up to three lower-case words that
 * describe the named body or person after them. Returns the token of that
 * name's chunk, or b. */
static size_t described_member(const xdoc *x, size_t b, size_t hi)
{
    int c = ag__x_chunk_of(x, b);
    if (c < 0 || !(x->chunks[c].flags & CH_ADJ) || x->chunks[c].t1 != b + 1)
        return b;
    for (size_t w = b + 1; w < hi && w <= b + 3 && ag__x_is_modifier(x, w); w++) {
        int nc = ag__x_chunk_of(x, w + 1);
        if (nc >= 0) {
            int a = x->chunks[nc].actor;
            return ag__x_usable(x, nc) && a >= 0 && x->actors[a].kind != AG_ACTOR_COUNTRY ? w + 1 : b;
        }
    }
    return b;
}

/* "Kenya's Uhuru Kenyatta", "ECOWAS Commission President Omar Touray":
 * the person a possessive chunk c names right after its "'s", or a person
 * chunk right after c, stands in the list, not his country; else c. */
int ag__x_possessed_person(const xdoc *x, int c)
{
    size_t t = x->chunks[c].t1;
    if ((x->chunks[c].flags & CH_POSS) && t < x->t.n_toks && (x->t.toks[t].flags & AG_TOK_POSS))
        t++;
    int pc = ag__x_chunk_of(x, t);
    return pc >= 0 && x->chunks[pc].t0 == t && ag__x_usable(x, pc) && x->chunks[pc].actor >= 0 &&
                   x->actors[x->chunks[pc].actor].kind == AG_ACTOR_PERSON
               ? pc
               : c;
}

/* "the Minister of A of South Africa and Chairperson of the AU Executive
 * Council": after a title read as its country, "and" and a second title
 * with no determiner (b is the token after "and" at k) name the same
 * person again, no other member. */
static int second_title(const xdoc *x, size_t t, size_t k, size_t b, int nc)
{
    int pc = t > 0 ? ag__x_chunk_of(x, t - 1) : -1;
    return b == k + 1 && x_tok_is(x, k, "and") && pc >= 0 && (x->chunks[pc].flags & CH_NOMINAL) &&
           (x->chunks[nc].flags & CH_NOMINAL) && x->chunks[nc].t0 == b;
}

/* "talks with A and B is also phoning C": a person right before a
 * singular progressive ("is/was [adverbs] -ing") acts in a new clause.  A
 * copula or passive after the list ("A, B and C was held", "between A and
 * B is a sign") keeps the whole list its subject. */
static int new_clause_subject(const xdoc *x, int nc)
{
    size_t v = x->chunks[nc].t1;
    if (x->actors[x->chunks[nc].actor].kind != AG_ACTOR_PERSON || !(x_tok_is(x, v, "is") || x_tok_is(x, v, "was")))
        return 0;
    for (v++; v < x->t.n_toks && ag__x_vg_adverb(x, v); v++)
        ;
    return ag__x_ends_ing(x, v);
}

/* The same to the right: "A, B and C"; commas alone make no list of two
 * ("condemned Israel, Hamas said"). */
size_t ag__x_group_right(xdoc *x, int c, size_t hi, int *out)
{
    size_t n = 0;
    int joined = 0;
    char tb[48];
    const char *title = ag__x_title_of(x, x->chunks[c].t0, tb, sizeof tb);
    out[n++] = ag__x_office_holder(x, title, ag__x_chunk_actor(x, c));
    size_t t = x->chunks[c].t1;
    while (n < MAXG && t + 1 < hi) {
        size_t k = aside_end(x, t, hi, &out[n - 1]);
        if (x->t.toks[k].flags & AG_TOK_POSS) /* "Saudi Arabia's and the United States' efforts" */
            k++;
        if (x_tok_is(x, k, ",") && (x_tok_is(x, k + 1, "and") || x_tok_is(x, k + 1, "as")))
            k++;
        /* "attended by A and B, as well as C": C is one more member. */
        int also = x_tok_is(x, k, "as") && x_tok_is(x, k + 1, "well") && x_tok_is(x, k + 2, "as");
        k += also ? 2 : 0;
        joined |= also || x_tok_is(x, k, "and"); /* "A, B, and other countries" */
        if (!(also || x_tok_is(x, k, "and") || x_tok_is(x, k, ",")))
            break;
        size_t b = k + 1;
        if (x_tok_is(x, b, "the"))
            b++;
        /* "A and former President B": over one lower-case word before a person. */
        if (ag__x_chunk_of(x, b) < 0 && ag__x_is_modifier(x, b) && ag__x_chunk_of(x, b + 1) >= 0 && (x_tflags(x, b + 1) & AG_TOK_CAP) &&
            x->actors[x->chunks[ag__x_chunk_of(x, b + 1)].actor].kind == AG_ACTOR_PERSON)
            b++;
        /* "the junta and armed groups from B": beside a body or country
         * the members stand for B; beside a person ("the leader and all
         * members of B") they are persons, no party of their own. */
        if (out[n - 1] >= 0 && x->actors[out[n - 1]].kind != AG_ACTOR_PERSON)
            b = ag__x_members_of(x, b, hi);
        b = described_member(x, b, hi);
        int nc = ag__x_chunk_of(x, b);
        if (nc < 0 || !ag__x_usable(x, nc) || second_title(x, t, k, b, nc))
            break;
        nc = ag__x_possessed_person(x, nc);
        if (x_tok_is(x, k, "and") && new_clause_subject(x, nc))
            break;
        /* "held by ECOWAS, the AU said": a trailing attribution names the
         * speaker, not one more member. */
        if (x_tok_is(x, k, ",") && x_tok_has(x, x->chunks[nc].t1, WC(SPEECH_VERB)))
            break;
        /* "the Presidents of Venezuela, Nicolás Maduro, and Guyana": a
         * person in apposition to a country stands for it. */
        int a = x->chunks[nc].actor, prev = x->chunks[c].actor;
        if (x_tok_is(x, k, ",") && x->actors[a].kind == AG_ACTOR_PERSON && prev >= 0 &&
            x->actors[prev].kind == AG_ACTOR_COUNTRY && ag__x_root(x, a) == prev)
            out[n - 1] = a;
        else
            out[n++] = ag__x_office_holder(x, title, a);
        c = nc;
        t = x->chunks[nc].t1;
    }
    return joined || n >= 3 ? n : 1;
}

int ag__x_in_quote(const sentctx *s, size_t i) { return i >= s->lo && i < s->hi && s->inq[i - s->lo]; }

/* A quote still open at the end of the sentence (from `hi` on): the
 * speaker named where it closes, `...," the ministry said` or `...," said
 * X`, within a few sentences; -1 if none. */
static int speaker_after_quote(const xdoc *x, size_t hi)
{
    for (size_t i = hi; i < x->t.n_toks && i < hi + 160; i++) {
        unsigned f = x->t.toks[i].flags;
        if (f & AG_TOK_OPENQ)
            return -1;
        if (!(f & AG_TOK_CLOSEQ))
            continue;
        size_t j = i + 1;
        if (j < x->t.n_toks && x_tok_is(x, j, ","))
            j++;
        int c = ag__x_chunk_of(x, j);
        if (c >= 0 && x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB))) /* the ministry said */
            return ag__x_usable(x, c) ? x->chunks[c].actor : -1;
        if (x_tok_has(x, j, WC(SPEECH_VERB)) && (c = ag__x_chunk_of(x, j + 1)) >= 0) /* said X */
            return ag__x_usable(x, c) ? x->chunks[c].actor : -1;
        return -1;
    }
    return -1;
}

void ag__x_quote_speakers(xdoc *x)
{
    for (size_t si = 0; si < x->t.n_sents; si++) {
        const ag_sentence *se = &x->t.sents[si];
        int open = 0;
        /* Pass 1's sum of the sentence's flags (and the two after it): most
         * sentences have no quote mark to look for. */
        const struct xsentsum *m = x->sentsum ? &x->sentsum[si] : NULL;
        int marks = !m || !m->set || (m->flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ));
        for (size_t i = se->tok_start; i < se->tok_end && marks; i++)
            if (x->t.toks[i].flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ))
                open = (x->t.toks[i].flags & AG_TOK_OPENQ) != 0;
        x->quote_spk[si] = open ? speaker_after_quote(x, se->tok_end) : -1;
    }
}

/* "The ministry also announced \"the freezing of ...\"": a news verb right
 * before a quote attributes it like a speech verb. */
static int announces_quote(const xdoc *x, size_t i)
{
    return x_tok_has(x, i, WC(NEWS_VERB)) && i + 1 < x->t.n_toks && (x->t.toks[i + 1].flags & AG_TOK_OPENQ);
}

/* The mention before the speech verb at i: "X said", "X also said",
 * "X last week said" (up to three words between, no punctuation). */
static int speaker_before(const xdoc *x, const sentctx *s, size_t i)
{
    for (size_t k = i; k > s->lo && k + 4 > i; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        if (c >= 0)
            return c;
        if ((x->t.toks[k - 1].flags & AG_TOK_PUNCT) || x_tok_has(x, k - 1, WC(CLAUSE_BREAK) | WC(RELATIVE)))
            return -1;
    }
    return -1;
}

/* "the Moroccan ministry said": a country adjective before an agency or
 * government noun the lexicon does not name speaks for the country. */
static int adjective_agency(const xdoc *x, int c)
{
    const xchunk *k = &x->chunks[c];
    return (k->flags & CH_ADJ) && !(k->flags & CH_LOC) && ag__x_chunk_of(x, k->t1) < 0 &&
           x_tok_has(x, k->t1, WC(AGENCY_HEAD_NOUN) | WC(GOVERNMENT_NOUN));
}

/* The source of the last stance of this or the last sentence that is a
 * country or organization, or -1. */
static int last_acting(const xdoc *x, int sent)
{
    for (size_t r = x->n_rels; r-- > 0;) {
        const xrel *e = &x->rels[r];
        if (e->sent + 1 < sent)
            break;
        if (e->kind == AG_REL_STANCE && e->src >= 0 && x->actors[e->src].kind != AG_ACTOR_PERSON)
            return e->src;
    }
    return -1;
}

/* 1 if relation r's sentence quoted "the statement" and r's source was
 * its stand-in (x->voice_sent). */
static int voiced(const xdoc *x, const xrel *r)
{
    for (size_t i = 0; i < x->n_voice && i < XJ_VOICE_MAX; i++)
        if (x->voice_sent[i] == r->sent && x->voice_src[i] == r->src)
            return 1;
    return 0;
}

/* "A joint statement condemned X. ... It was signed by A, B and C": the
 * stances the statement took in the four sentences before its authors
 * were named (x->pend) are each author's. */
static void pending_to_authors(xdoc *x, const int *src, size_t ns, int si)
{
    const char *rule = x->rule;
    for (size_t i = 0; i < x->n_pend; i++) {
        const struct xpend *q = &x->pend[i];
        if (q->sent > si || q->sent + XJ_REACH < si)
            continue;
        x->rule = q->rule;
        for (size_t a = 0; a < ns; a++)
            if (src[a] != q->tgt)
                ag__x_add_stance(x, src[a], q->tgt, q->e, q->sent);
    }
    x->rule = rule;
    x->n_pend = 0;
}

/* '"We condemn X," the statement says. ... The statement was issued by A,
 * B and C': the stances "the statement" took through a stand-in in the
 * four sentences before its authors were named join the pending ones
 * (x->pend, latest first; a full store is passed on first), so one store
 * gives both to the authors. */
static void voice_to_pending(xdoc *x, const int *src, size_t ns, int si)
{
    for (size_t i = x->n_rels; i-- > 0;) {
        const xrel r = x->rels[i]; /* a copy: passing stances on may move x->rels */
        if (r.sent + XJ_REACH < si)
            break;
        if (r.kind != AG_REL_STANCE || r.sent >= si || !r.lex || !voiced(x, &r))
            continue;
        if (x->n_pend == XJ_PEND_MAX)
            pending_to_authors(x, src, ns, si);
        x->pend[x->n_pend++] = (struct xpend){r.tgt, r.sent, r.lex, r.rule};
    }
}

void ag__x_pend_statement(xdoc *x, const int *tgt, size_t nt, const ag_lx_entry *e, int si)
{
    for (size_t b = 0; b < nt && x->n_pend < sizeof x->pend / sizeof x->pend[0]; b++)
        x->pend[x->n_pend++] = (struct xpend){tgt[b], si, e, x->rule};
}

void ag__x_note_joint(xdoc *x, const int *src, size_t ns, int si)
{
    if (ns < 2)
        return;
    if (x->n_voice)
        voice_to_pending(x, src, ns, si);
    if (x->n_pend)
        pending_to_authors(x, src, ns, si);
    x->n_voice = 0;
    size_t cap = sizeof x->joint_auth / sizeof x->joint_auth[0];
    x->n_joint_auth = ns < cap ? ns : cap;
    memcpy(x->joint_auth, src, x->n_joint_auth * sizeof *src);
    x->joint_sent = si;
}

/* Files sentence si's quote as spoken by "the statement" through actor a. */
static void note_voice(xdoc *x, int si, int a)
{
    if (a < 0 || (x->n_voice && x->voice_sent[(x->n_voice - 1) % XJ_VOICE_MAX] == si))
        return;
    x->voice_sent[x->n_voice % XJ_VOICE_MAX] = si;
    x->voice_src[x->n_voice % XJ_VOICE_MAX] = a;
    x->n_voice++;
}

/* The authors of a joint statement told in this sentence or the four
 * before (into src), when "the statement" speaks again; else 0. */
static size_t joint_voice(const xdoc *x, const sentctx *s, int *src)
{
    if (!x->n_joint_auth || x->joint_sent > s->sent || x->joint_sent + XJ_REACH < s->sent)
        return 0;
    size_t n = x->n_joint_auth < MAXG ? x->n_joint_auth : MAXG;
    memcpy(src, x->joint_auth, n * sizeof *src);
    return n;
}

/* '"...," the message said', "according to the statement": a document
 * noun at token d (after "the" or "its") speaks for the one that last took
 * a stance, or for all the authors of a joint statement just told
 * (s->voice_joint); -1 if it is none. */
static int document_voice(xdoc *x, sentctx *s, size_t d)
{
    if (d <= s->lo || d >= s->hi || ag__x_chunk_of(x, d) >= 0 || !x_tok_has2(x, d, WC2(DOCUMENT_NOUN)) ||
        !(x_tok_is(x, d - 1, "the") || x_tok_is(x, d - 1, "its") || x_tok_has3(x, d - 1, WC3(JOINT_MODIFIER))))
        return -1;
    int g[MAXG];
    if (joint_voice(x, s, g)) {
        s->voice_joint = 1;
        return g[0];
    }
    int a = last_acting(x, s->sent);
    note_voice(x, s->sent, a);
    return a;
}

/* '"...," it said' (token k "it", in the sentence [lo, hi)) right after a joint statement was told: "it" is the
 * statement (told in the two sentences before at most), and its authors
 * speak; -1 otherwise. */
static int statement_it(const xdoc *x, sentctx *s, size_t k)
{
    int g[MAXG];
    if (k < s->lo || k >= s->hi || x->joint_sent + 2 < s->sent || !x_tok_is(x, k, "it") || !joint_voice(x, s, g))
        return -1;
    s->voice_joint = 1;
    return g[0];
}

/* The sources the quoted speaker stands for (into src): a joint
 * statement's authors, else the speaker alone. */
size_t ag__x_speaker_sources(const xdoc *x, const sentctx *s, int *src)
{
    size_t n = s->voice_joint ? joint_voice(x, s, src) : 0;
    if (!n)
        src[0] = s->speaker;
    return n ? n : 1;
}

/* "The statement also urged X", "The joint statement called on X": the
 * document noun right before the predicate at p (verb adverbs and
 * auxiliaries between) is the voice of a joint statement's authors. */
int ag__x_document_subject(const xdoc *x, const sentctx *s, size_t p)
{
    size_t k = p;
    while (k > s->lo + 1 && k + 3 > p && (ag__x_vg_adverb(x, k - 1) || x_tok_has(x, k - 1, WC(AUXILIARY) | WC(HAVE))))
        k--;
    return k > s->lo + 1 && ag__x_chunk_of(x, k - 1) < 0 && x_tok_has2(x, k - 1, WC2(DOCUMENT_NOUN)) &&
           (x_tok_is(x, k - 2, "the") || x_tok_has3(x, k - 2, WC3(JOINT_MODIFIER)));
}

static size_t document_subject(const xdoc *x, const sentctx *s, size_t p, int *src)
{
    return ag__x_document_subject(x, s, p) ? joint_voice(x, s, src) : 0;
}

/* Marks quoted tokens and finds who is quoted: `"...," said X`,
 * `X said: "..."`, `according to X`. */
void ag__x_find_speaker(xdoc *x, sentctx *s, int carry_speaker)
{
    int open = 0, any_quote = 0, first_close = -1;
    for (size_t i = s->lo; i < s->hi && s->quotes; i++) {
        unsigned f = x->t.toks[i].flags;
        if (f & AG_TOK_OPENQ) {
            open = 1;
            any_quote = 1;
        } else if (f & AG_TOK_CLOSEQ) {
            if (!open && first_close < 0)
                first_close = (int)i;
            open = 0;
            any_quote = 1;
        }
        s->inq[i - s->lo] = (unsigned char)open;
    }
    /* A quote that began in an earlier sentence. */
    if (first_close >= 0)
        for (size_t i = s->lo; i < (size_t)first_close; i++)
            s->inq[i - s->lo] = 1;
    s->speaker = -1;
    /* In a sentence with no news verb (pass 1's sum), the words below are
     * among those x->subj_next leads to: a speech verb or 9 bytes. */
    const struct xsentsum *sum = x->sentsum ? &x->sentsum[s->sent] : NULL;
    const uint32_t *nx = sum && sum->set && x->subj_next && !(sum->cls & WC(NEWS_VERB)) ? x->subj_next : NULL;
    for (size_t i = nx && s->lo < s->hi ? nx[s->lo] : s->lo; i < s->hi; i = nx && i + 1 < s->hi ? nx[i + 1] : i + 1) {
        /* Most words are no speech or news verb and no "according" (9 bytes). */
        const ag_token *t = &x->t.toks[i];
        if (!(t->cls & (WC(SPEECH_VERB) | WC(NEWS_VERB))) && t->end - t->start != 9)
            continue;
        if (ag__x_in_quote(s, i))
            continue;
        if (x_tok_is(x, i, "according") && x_tok_is(x, i + 1, "to")) {
            int c = ag__x_chunk_of(x, i + 2);
            if (c >= 0 && ag__x_usable(x, c)) {
                s->speaker = x->chunks[c].actor;
                return;
            }
            if ((s->speaker = document_voice(x, s, i + 3)) >= 0)
                return;
        }
        if (!x_tok_has(x, i, WC(SPEECH_VERB)) && !announces_quote(x, i))
            continue;
        int after = ag__x_chunk_of(x, i + 1), before = speaker_before(x, s, i);
        /* '"...," said X' names the speaker after the verb; reported speech
         * without quotes ("X said Y had ...") before it. */
        int reported = !any_quote && i > s->lo && !(x->t.toks[i - 1].flags & AG_TOK_PUNCT);
        int c = reported ? (before >= 0 ? before : after) : (after >= 0 ? after : before);
        if (c >= 0 && (ag__x_usable(x, c) || adjective_agency(x, c))) {
            s->speaker = x->chunks[c].actor;
            return;
        }
        if (c < 0 && ((s->speaker = statement_it(x, s, i - 1)) >= 0 || (s->speaker = document_voice(x, s, i - 1)) >= 0 || (s->speaker = document_voice(x, s, i + 2)) >= 0))
            return;
    }
    /* '"The Government condemns ... . ...," the ministry said': a quote
     * that closes in a later sentence has the speaker named there. */
    if (s->speaker < 0 && open && x->quote_spk)
        s->speaker = x->quote_spk[s->sent];
    /* A quote that goes on from the last sentence, or opens this one
     * with no speaker named, holds the last speaker's words. */
    int goes_on = first_close >= 0 || (x->t.toks[s->lo].flags & AG_TOK_OPENQ);
    for (size_t i = s->lo; i < s->hi && goes_on; i++) { /* a person named here is the likelier speaker */
        int c = ag__x_chunk_of(x, i);
        goes_on = c < 0 || (x->chunks[c].flags & CH_PRON) || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON;
    }
    /* prev_speaker_sent is 0 before any sentence: then nothing goes on */
    int carried = goes_on && x->prev_speaker_sent > 0 && x->prev_speaker_sent == (size_t)s->sent;
    if (s->speaker < 0 && any_quote)
        s->speaker = carried && x->prev_speaker >= 0 ? x->prev_speaker : carry_speaker;
}

/* "expressing hope he will travel to Nicaragua", "hopes that the two
 * leaders will soon meet": a clause after a wish word whose verb at p
 * follows a modal is a wish too.  The wish word's index, or 0. */
static size_t wished_clause(const xdoc *x, const sentctx *s, size_t p)
{
    size_t k = p > s->lo && x_tok_has2(x, p - 1, WC2(VERB_ADVERB)) ? p - 1 : p;
    if (k < s->lo + 3 || !x_tok_has(x, k - 1, WC(MODAL)))
        return 0;
    size_t q = k - 1; /* the modal; before it the clause's subject */
    int c = ag__x_chunk_of(x, q - 1);
    if (c >= 0)
        q = x->chunks[c].t0;
    else if (x_tok_has(x, q - 1, WC(PRONOUN)))
        q--;
    else
        return 0;
    q -= q > s->lo + 1 && x_tok_has(x, q - 1, WC(DETERMINER));
    q -= q > s->lo + 1 && x_tok_is(x, q - 1, "that");
    return q > s->lo && x_tok_has(x, q - 1, WC(WISH_VERB)) ? q - 1 : 0;
}

/* "was preparing to attend the summit": a form of "prepare" right before
 * "to" plans the act ("preparing for the state visit" readies one that is
 * set, no wish_verb). */
static int preparing_to(const xdoc *x, size_t k)
{
    return x_tok_is(x, k + 1, "to") && x_tok_has3(x, k, WC3(PREPARE_VERB));
}

/* "X wants (Y) to attack Z": a wish, not an act. Returns the index of the
 * wish verb before the infinitive at p, or 0. */
size_t ag__x_wished(const xdoc *x, const sentctx *s, size_t p)
{
    if (p < s->lo + 2 || !x_tok_is(x, p - 1, "to"))
        return wished_clause(x, s, p);
    for (size_t k = p - 2; k > s->lo && k + 6 > p; k--)
        if (x_tok_has(x, k, WC(WISH_VERB)) || preparing_to(x, k))
            return k;
    return 0;
}

/* "asked Obama to help Iran": the act asked for has not happened. */
int ag__x_appealed(const xdoc *x, const sentctx *s, size_t p)
{
    if (p < s->lo + 2 || !x_tok_is(x, p - 1, "to"))
        return 0;
    /* "appealed to his colleagues to continue to dialogue with X": the
     * infinitive an asked-for infinitive governs is asked for too. */
    if (p > s->lo + 3 && x_tok_is(x, p - 3, "to") && ag__x_chunk_of(x, p - 2) < 0 &&
        (x_tflags(x, p - 2) & AG_TOK_WORD) && ag__x_appealed(x, s, p - 2))
        return 1;
    /* A mention counts as one word: "invited Brazilian President Luiz
     * Inacio Lula da Silva to visit". */
    for (size_t k = p - 2, w = 0; k > s->lo && w < 5; k--, w++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0 && x->chunks[c].t0 < k)
            k = x->chunks[c].t0;
        if (x_tok_has(x, k, WC(APPEAL_WORD)))
            return 1;
    }
    return 0;
}

/* "to take immediate action to prevent": the "to" after a remedy_noun
 * (up to two words after "take"), else k itself. */
static size_t remedy_to(const xdoc *x, const sentctx *s, size_t k)
{
    if (k + 3 >= s->hi || !x_tok_has3(x, k + 1, WC3(REMEDY_VERB)))
        return k;
    for (size_t j = k + 2; j + 1 < s->hi && j < k + 5; j++)
        if (x_tok_has3(x, j, WC3(REMEDY_NOUN)) && x_tok_is(x, j + 1, "to"))
            return j + 1;
    return k;
}

/* "called on Russia to end its expulsions", "urged the authorities to
 * immediately release them": the act asked for (after "to" within ten
 * words, a mention counting as one) is a cessation_verb; not when asked
 * of "both sides" or "all parties". */
int ag__x_to_stop(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t w = 0; k + 1 < s->hi && w < 10; k++, w++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)) || x_tok_is(x, k, ",") || x_tok_is(x, k, "."))
            return 0;
        /* "called on both sides to stop the fighting": an even-handed
         * appeal (corpus guide 7), an urge to each side. */
        if ((x_tok_has(x, k, WC(GROUP_REFERENCE)) || x_tok_is(x, k, "all")) && x_tok_has(x, k + 1, WC(PAIR_NOUN)))
            return 0;
        if (!x_tok_is(x, k, "to"))
            continue;
        k = remedy_to(x, s, k);
        /* one word may come between: "to immediately release" */
        return x_tok_has2(x, k + 1, WC2(CESSATION_VERB)) ||
               (k + 2 < s->hi && ag__x_chunk_of(x, k + 1) < 0 && x_tok_has2(x, k + 2, WC2(CESSATION_VERB)));
    }
    return 0;
}

/* The index of the unheld verb's last word when one starts at k ("cancelled";
 * "ruled out", "called off": a phrasal verb and its particle), else 0. */
static size_t unheld_at(const xdoc *x, size_t k, size_t end)
{
    if (k + 1 < end && x_tok_has3(x, k, WC3(UNHELD_PHRASAL)) && x_tok_has3(x, k + 1, WC3(UNHELD_PARTICLE)))
        return k + 1;
    return x_tok_has2(x, k, WC2(UNHELD_VERB)) ? k : 0;
}

/* "proposed talks", "cancelled his visit", "suspend all high-level
 * visits": an unheld_verb a few words before the meeting word at p. */
int ag__x_unheld_before(const xdoc *x, const sentctx *s, size_t p)
{
    /* "denied a joint team of A, B and C the chance to meet X": before a
     * chance_noun and "to", the unheld verb of its clause, past names. */
    if (p > s->lo + 3 && x_tok_is(x, p - 1, "to") && x_tok_has3(x, p - 2, WC3(CHANCE_NOUN)))
        for (size_t k = p - 2, w = 0; k > s->lo && w < 12 && !x_tok_has(x, k - 1, WC(CLAUSE_BREAK)); k--, w++)
            if (unheld_at(x, k - 1, p))
                return 1;
    for (size_t k = p > s->lo + 5 ? p - 5 : s->lo; k < p; k++) {
        size_t v = unheld_at(x, k, p);
        if (v && (v + 3 >= p || x_tok_has(x, v + 1, WC(DETERMINER))))
            return 1;
    }
    return 0;
}

/* "called for talks", "called for calm and dialogue between the two
 * countries": an appeal word and "for" before the noun's phrase at q, or
 * before the plain nouns coordinated with it. */
static int appeal_for_before(const xdoc *x, const sentctx *s, size_t q)
{
    for (size_t k = q, w = 0; k >= s->lo + 2 && w < 6; k--, w++) {
        if (x_tok_is(x, k - 1, "for"))
            return x_tok_has(x, k - 2, WC(APPEAL_WORD));
        if (ag__x_chunk_of(x, k - 1) >= 0 || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) ||
            !((x->t.toks[k - 1].flags & AG_TOK_WORD) || x_tok_is(x, k - 1, ",")))
            return 0;
        if (w == 0 && !x_tok_and(x, k - 1) && !x_tok_is(x, k - 1, ","))
            return 0; /* the word before the phrase joins another noun */
    }
    return 0;
}

/* "called for talks between A and B", "a call for direct talks",
 * "proposed talks", "cancelled his visit", "a meeting between A and B could
 * take place if ...": a meeting noun asked for, offered, called off or
 * hypothetical has not happened. */
int ag__x_asked_for(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = ag__x_modifiers_start(x, s, p);
    if (q > s->lo && x_tok_has(x, q - 1, WC(DETERMINER)))
        q--;
    if (ag__x_unheld_before(x, s, p))
        return 1;
    if (appeal_for_before(x, s, q))
        return 1;
    /* the clause's verb after the noun: "... could take place"; "the
     * talks between A and B were called off" */
    for (size_t k = p + 1; k < s->hi && k < p + 12 && !x_tok_has(x, k, WC(CLAUSE_BREAK)); k++) {
        if (ag__x_chunk_of(x, k) < 0 && x_tok_has(x, k, WC(MODAL)) && !x_tok_is(x, k, "will"))
            return q == s->lo || (q == s->lo + 1 && x_tok_has(x, s->lo, WC(DETERMINER)));
        if (x_tok_has(x, k, WC(BE)) && k + 1 < s->hi && unheld_at(x, k + 1, s->hi))
            return 1;
    }
    return 0;
}

/* "police in Quito stormed the embassy": a force that serves where it
 * stands (resident_force, with no country named before it) "in" a place
 * that ends the subject acts for the place's country. */
static size_t resident_subject(const xdoc *x, const sentctx *s, int c, int *src)
{
    const xchunk *ch = &x->chunks[c];
    size_t f = ch->t0 >= s->lo + 2 ? ch->t0 - 2 : s->lo;
    if ((ch->flags & CH_ADJ) || f + 2 != ch->t0 || !x_tok_is(x, f + 1, "in") ||
        !x_tok_has3(x, f, WC3(RESIDENT_FORCE)) || (f > s->lo && ag__x_chunk_of(x, f - 1) >= 0))
        return 0;
    src[0] = ch->actor;
    return 1;
}

/* "Indian and Chinese troops clashed", "the Indian and Chinese foreign
 * ministers met": coordinated country adjectives before the subject's
 * head noun stand for their countries. */
static size_t adjective_subject(const xdoc *x, const sentctx *s, int c, size_t p, int *src)
{
    if (x->chunks[c].flags & CH_LOC)
        return resident_subject(x, s, c, src);
    if (!(x->chunks[c].flags & CH_ADJ))
        return 0;
    size_t t1 = x->chunks[c].t1;
    /* "Russian-Ukrainian talks": the noun of a pair is the head itself. */
    int pair = t1 == p && (x_tflags(x, x->chunks[c].t0 - 1) & AG_TOK_PAIR);
    if ((t1 >= p && !pair) || p - t1 > 3)
        return 0;
    for (size_t k = t1; k < p; k++) {
        const ag_token *t = &x->t.toks[k];
        if (!(t->flags & AG_TOK_WORD) || ag__x_chunk_of(x, k) >= 0 || x_tok_has(x, k, WC(BE)) ||
            x_tok_has(x, k, WC(CLAUSE_BREAK)))
            return 0;
    }
    size_t n = 0;
    src[n++] = x->chunks[c].actor;
    size_t t = x->chunks[c].t0;
    while (n < MAXG && t > s->lo + 1 && (x_tok_and(x, t - 1) || x_tok_is(x, t - 1, ","))) {
        int pc = ag__x_chunk_of(x, t - 2);
        /* "Iran-Saudi talks": a name joins a pair too. */
        if (pc < 0 || !((x->chunks[pc].flags & CH_ADJ) || (x_tflags(x, t - 1) & AG_TOK_PAIR)))
            break;
        src[n++] = x->chunks[pc].actor;
        t = x->chunks[pc].t0;
    }
    return n >= 2 ? n : 0;
}

/* The participants of the last meeting, into src (at most MAXG). */
size_t ag__x_meeting_parts(const xdoc *x, int *src)
{
    const xrel *m = &x->rels[x->last_meeting];
    size_t n = m->n_parts < MAXG ? m->n_parts : MAXG;
    memcpy(src, m->parts, n * sizeof *src);
    return n;
}

/* Inside a quote, "we"/"I" before the predicate at p is the speaker, and
 * so is an unnamed "the Government" or "the ministry" ('"The Government
 * condemns ...," the ministry said'). */
static int speaker_subject(const xdoc *x, const sentctx *s, size_t p)
{
    if (!ag__x_in_quote(s, p) || s->speaker < 0)
        return 0;
    for (size_t k = p; k > s->lo && k + 6 > p; k--) {
        if (ag__x_chunk_of(x, k - 1) >= 0)
            return 0;
        if (x_tok_has(x, k - 1, WC(FIRST_PERSON) | WC(GOVERNMENT_NOUN) | WC(AGENCY_HEAD_NOUN)))
            return 1;
    }
    return 0;
}

/* 1 if tokens [a, p) are only words of a verb group ("had", "also",
 * "firmly"): the word before a is the predicate's subject. */
static int verb_group_between(const xdoc *x, size_t a, size_t p)
{
    for (size_t k = a; k < p; k++) {
        if (ag__x_chunk_of(x, k) >= 0 || !(x_tok_ends(x, k, "ly", 2) || x_tok_has(x, k, WC(AUXILIARY) | WC(HAVE) | WC(MODAL) | WC(NEGATION)) ||
                                     x_tok_has2(x, k, WC2(VERB_ADVERB))))
            return 0;
    }
    return 1;
}

/* "China seeks reunification but has warned Taiwan", "X said it seeks
 * reunification but has warned Taiwan": a "but" at k whose clause has no
 * subject of its own shares the first clause's. */
static int but_shares(const xdoc *x, size_t k, size_t p)
{
    return x_tok_is(x, k, "but") && verb_group_between(x, k + 1, p);
}

/* "announced today that", "said on Monday that", "said in a statement
 * (on Friday) that": the start of the adjunct of time or manner that ends
 * just before token k (k itself if none). It names no actor and opens with
 * a time word or a preposition. */
static size_t said_adjunct(const xdoc *x, const sentctx *s, size_t k)
{
    size_t v = k, open = k;
    while (v > s->lo + 1 && v + 7 > k && ag__x_chunk_of(x, v - 1) < 0 &&
           (x_tflags(x, v - 1) & (AG_TOK_WORD | AG_TOK_PUNCT | AG_TOK_QUOTE)) == AG_TOK_WORD &&
           !x_tok_has(x, v - 1, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB) | WC(CLAUSE_BREAK))) {
        v--;
        if (x_tok_has(x, v, WC(WEEKDAY) | WC(TIME_ADVERB)) || x_tok_has3(x, v, WC3(SPEECH_ADJUNCT)))
            open = v;
    }
    return open;
}

/* The country or organization that "it" at token t stands for as a
 * subject: after "X said (that)", X; at the head of a clause, the source
 * of the last stance of this or the last sentence; -1 if none. */
static int it_subject(const xdoc *x, const sentctx *s, size_t t)
{
    size_t k = t > s->lo && x_tok_is(x, t - 1, "that") ? t - 1 : t;
    size_t v = k > s->lo ? said_adjunct(x, s, k) : k;
    if (v < k && v > s->lo && x_tok_has(x, v - 1, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB)))
        k = v;
    if (k > s->lo && x_tok_has(x, k - 1, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB))) {
        for (size_t j = k - 1; j > s->lo; j--) {
            int c = ag__x_chunk_of(x, j - 1);
            if (x_tok_has(x, j - 1, WC(CLAUSE_BREAK)))
                return -1;
            if (c >= 0 && ag__x_usable(x, c))
                return x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON ? -1 : x->chunks[c].actor;
        }
        return -1;
    }
    if (k > s->lo && !x_tok_has(x, k - 1, WC(CONJUNCTION)) && !x_tok_is(x, k - 1, ","))
        return -1;
    return last_acting(x, s->sent);
}

/* "..., who supported ...": the mention the relative pronoun before p
 * stands for, into src[0].  Returns 1 when there is one. */
int ag__x_relative_subject(const xdoc *x, const sentctx *s, size_t p, int *src)
{
    if (p <= s->lo + 1 || !x_tok_has3(x, p - 1, WC3(RELATIVE_SUBJECT)))
        return 0;
    size_t b = p - 2;
    if (x_tok_is(x, b, ",") && b > s->lo)
        b--;
    int c = ag__x_chunk_of(x, b);
    if (c < 0 || !ag__x_usable(x, c))
        return 0;
    src[0] = x->chunks[c].actor;
    return 1;
}


/* Does the aside from w to its closing comma at end describe the mention
 * before it, not act: a relative clause ("which hosts ..."), a preposition
 * ("in a phone call with Y"), a leader ("led by X") or an apposition ("a
 * member of the Arab League", "all members of X"; not an item of a list:
 * "China, the US, and others", "X, the aid and the release,")? */
static int aside_opening(const xdoc *x, size_t w, size_t end)
{
    if (x_tok_has3(x, w, WC3(ASIDE_RELATIVE)) || x_tok_has(x, w, WC(PREPOSITION)))
        return 1;
    if (x_tok_has2(x, w, WC2(LEAD_PARTICIPLE)) && x_tok_is(x, w + 1, "by"))
        return 1;
    /* "A, B and C — all members of X —", "founding members of X": the
     * members noun and its "of" after one plain word at most. */
    size_t m = x_tok_has3(x, w, WC3(MEMBERS_NOUN)) ? w : w + 1;
    int members = x_tok_has3(x, m, WC3(MEMBERS_NOUN)) && x_tok_is(x, m + 1, "of") &&
                  (m == w || (x_tflags(x, w) & (AG_TOK_WORD | AG_TOK_CAP)) == AG_TOK_WORD);
    if (!members && !x_tok_is(x, w, "a") && !x_tok_is(x, w, "an") && !x_tok_is(x, w, "the"))
        return 0;
    for (size_t q = w; q <= end + 1; q++)
        if (x_tok_has(x, q, WC(CONJUNCTION)))
            return 0;
    return 1;
}
/* The token of a "they" that is the clause's subject at the sentence's
 * opening, before hi: the first word, or the first after a fronted adjunct
 * of up to eleven words ("In a joint statement, they ...", "After the
 * talks with X, they ...") whose preposition opens the sentence. Else hi
 * (no token of the span: 0 would be a token). */
size_t ag__x_opening_they(const xdoc *x, size_t lo, size_t hi)
{
    if (lo < hi && x_tok_is(x, lo, "they"))
        return lo;
    /* A preposition opens it, or a word and its preposition ("Based on
     * these talks,", "Thanks to X,"). */
    if (!x_tok_has(x, lo, WC(PREPOSITION)) &&
        !(lo + 1 < hi && ag__x_chunk_of(x, lo) < 0 && x_tok_has(x, lo + 1, WC(PREPOSITION))))
        return hi;
    for (size_t k = lo + 1; k + 1 < hi && k < lo + 12; k++) {
        if (x_tok_is(x, k, ","))
            return x_tok_is(x, k + 1, "they") ? k + 1 : hi;
    }
    return hi;
}

/* Past adverbs and auxiliaries (and, with quotes, an opening quote) from
 * token k toward p. */
static size_t past_vg_words(const xdoc *x, size_t k, size_t p, int quotes)
{
    while (k < p && (ag__x_vg_adverb(x, k) || x_tok_has(x, k, WC(AUXILIARY) | WC(MODAL) | WC(HAVE) | WC(BE)) ||
                     (quotes && (x_tflags(x, k) & AG_TOK_OPENQ))))
        k++;
    return k;
}

/* A "they" opening the sentence (ag__x_opening_they) with only adverbs or
 * auxiliaries before the predicate at p; also through its own report of
 * itself ("They also said (that) they “condemn” X": the second "they" is
 * the first). */
static int they_lead(const xdoc *x, const sentctx *s, size_t p)
{
    size_t t = ag__x_opening_they(x, s->lo, p);
    if (t >= p)
        return 0;
    size_t k = past_vg_words(x, t + 1, p, 0);
    if (k < p && x_tok_has(x, k, WC(SPEECH_VERB) | WC(REPORT_VERB))) {
        k += 1 + x_tok_is(x, k + 1, "that");
        if (k >= p || !x_tok_is(x, k, "they"))
            return 0;
        k = past_vg_words(x, k + 1, p, 1);
    }
    return k == p;
}

/* "X met Y on Monday. They agreed to ...": such a "they" right after a
 * meeting (this sentence or the one before) are its participants; so is
 * one after an adjunct naming it ("Based on these consultations, they
 * ...") within three sentences of the meeting. */
static int they_met(const xdoc *x, const sentctx *s, size_t p)
{
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent + 3 < s->sent || !they_lead(x, s, p))
        return 0;
    if (x->rels[x->last_meeting].sent + 1 >= s->sent)
        return 1;
    size_t t = ag__x_opening_they(x, s->lo, p);
    for (size_t k = s->lo; k < t; k++)
        if (x_tok_has(x, k, WC(GATHERING_NOUN)))
            return 1;
    return 0;
}

/* "A and B issued a statement. ... They called on C to ...": "they"
 * opening the sentence before its predicate (they_lead: also after a
 * fronted adjunct, "In Paris on Monday, they called on C"), with no meeting just told,
 * is the last coordinated group of an earlier sentence (within four) that
 * did not meet since: a plural pronoun has no single actor for antecedent. */
static size_t they_group(const xdoc *x, const sentctx *s, size_t p, int *src)
{
    const xcoref *c = &x->co;
    if (c->n_group < 2 || s->sent < 0 || c->group_sent >= (size_t)s->sent || c->group_sent + 4 < (size_t)s->sent ||
        !they_lead(x, s, p))
        return 0;
    /* A group that met: they_met's window (one sentence) decides. */
    if (x->last_meeting >= 0 && (size_t)x->rels[x->last_meeting].sent >= c->group_sent)
        return 0;
    size_t n = c->n_group < MAXG ? c->n_group : MAXG;
    memcpy(src, c->group, n * sizeof *src);
    return n;
}

/* "A held talks with B, where they condemned X": a "they" (only adverbs
 * or auxiliaries between it and the predicate at p) right after the
 * relative word that opens a clause (", where", ", during which") after a
 * meeting this sentence told: its participants, not the nearest mention
 * (B). 1 if so. */
static int they_where(const xdoc *x, const sentctx *s, size_t p)
{
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent != s->sent)
        return 0;
    size_t t = p;
    while (t > s->lo + 3 && t + 4 > p && !x_tok_is(x, t - 1, "they"))
        t--;
    if (t <= s->lo + 3 || !x_tok_is(x, t - 1, "they") || past_vg_words(x, t, p, 0) != p)
        return 0;
    size_t w = t - 2; /* the clause's opening word: "where", "during which" */
    if (!x_tok_has(x, w, WC(RELATIVE)))
        return 0;
    if (x_tok_has(x, w - 1, WC(PREPOSITION)))
        w--;
    return x_tok_is(x, w - 1, ",");
}

/* "the two agreed", "the two leaders signed", "both sides" right before
 * the predicate at p: words for the last meeting's participants. */
static int pair_words_before(const xdoc *x, const sentctx *s, size_t p)
{
    int two = p > s->lo + 1 && x_tok_is(x, p - 2, "the") && x_tok_is(x, p - 1, "two");
    int two_noun = p > s->lo + 2 && x_tok_is(x, p - 3, "the") && x_tok_is(x, p - 2, "two") &&
                   x_tok_has(x, p - 1, WC(PAIR_NOUN));
    return p > s->lo + 1 && (two || two_noun || x_tok_is(x, p - 1, "both") ||
                             (x_tok_is(x, p - 2, "both") && ag__x_chunk_of(x, p - 1) < 0));
}

/* The subject that ends with a listed group mention right before token k
 * (listed_group): its members, and those of a group the mention ends
 * ("Japan, the United States and five other countries", "Germany, along
 * with 11 other European countries"); their number, 0 if none ends there. */
static size_t listed_subject(xdoc *x, const sentctx *s, size_t k, int *src)
{
    size_t g0, n = listed_group(x, s->lo, k, src, 0, &g0), j = g0;
    if (!n || j < s->lo + 2)
        return n;
    size_t tail = list_tail_end(x, j - 1);
    j -= tail ? tail : (size_t)x_tok_and(x, j - 1);
    int joined = j < g0;
    if (j > s->lo + 1 && x_tok_is(x, j - 1, ","))
        j--;
    int c = j < g0 && j > s->lo ? ag__x_chunk_of(x, j - 1) : -1;
    if (c < 0 || !ag__x_usable(x, c))
        return n;
    int g[MAXG];
    return x_add_actors(src, n, g, group_left_of(x, c, s->lo, g, joined));
}

/* "published on the German Foreign Ministry's website following a
 * meeting": a possessive mention inside a prepositional phrase whose noun
 * (past two modifiers) is a thing_noun owns the thing; it is no subject
 * of a predicate after it: find_source steps past it as past an
 * adjective. */
static int thing_owner(const xdoc *x, const sentctx *s, int c)
{
    size_t b = x->chunks[c].t0, q = x->chunks[c].t1;
    b -= b > s->lo && x_tok_is(x, b - 1, "the");
    if (!(x->chunks[c].flags & CH_POSS) || b <= s->lo || !x_tok_has(x, b - 1, WC(PREPOSITION)))
        return 0;
    q += q < s->hi && ag__x_chunk_of(x, q) < 0 && (x_tflags(x, q) & AG_TOK_POSS) && !(x_tflags(x, q) & AG_TOK_WORD);
    for (size_t i = 0; i < 3 && q < s->hi && ag__x_chunk_of(x, q) < 0; i++, q++) {
        if (x_tok_has3(x, q, WC3(THING_NOUN)))
            return 1;
        if (!ag__x_is_modifier(x, q))
            return 0;
    }
    return 0;
}

/* "A and B said (in a joint statement) that they condemned X": a "they"
 * after the "that" or the speech verb of a report is the group that
 * reports (the subject relate.c kept for the speech verb); its number,
 * or 0. */
static size_t they_reported(const xdoc *x, const sentctx *s, size_t t, int *src)
{
    if (t <= s->lo + 1 || s->n_subj < 2 || ag__x_in_quote(s, t) ||
        !(x_tok_is(x, t - 1, "that") || x_tok_has(x, t - 1, WC(SPEECH_VERB))))
        return 0;
    memcpy(src, s->subj, s->n_subj * sizeof *src);
    return s->n_subj;
}

/* "During the session, the ministers agreed to support X": the group
 * reference that opens the clause after a fronted adjunct (a preposition
 * opens the sentence, no actor stands in it) right before the verb group
 * at p; its members' number, or 0. */
static size_t adjunct_group(xdoc *x, const sentctx *s, size_t p, int *src)
{
    if (!x_tok_has(x, s->lo, WC(PREPOSITION)))
        return 0;
    for (size_t k = s->lo + 1; k + 2 < p && k < s->lo + 16; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0 && !(x->chunks[c].flags & CH_LOC))
            return 0;
        /* The reference is the subject of the verb group at p ("agreed
         * to support"), not of a clause further on. */
        if (x_tok_is(x, k, ","))
            return k + 1 + ag__x_coref_group_len(x, k + 1) + 3 >= p ? ag__x_coref_group_at(x, k + 1, src, MAXG) : 0;
        /* "During the session the ministers agreed ...": no comma, the
         * reference opens right after the adjunct's noun. */
        size_t len = k > s->lo + 1 && x_tok_has(x, k, WC(DETERMINER)) && !x_tok_has(x, k - 1, WC(PREPOSITION))
                         ? ag__x_coref_group_len(x, k)
                         : 0;
        if (len && k + len + 3 >= p)
            return ag__x_coref_group_at(x, k, src, MAXG);
    }
    return 0;
}

/* 1 if the list of mentions that chunk c ends (or is) opens its clause:
 * only mentions, ",", "and" and "the" stand between the clause's opening
 * (the sentence's first word, a "that" or an adjunct's comma) and c; "A
 * met B and the two leaders agreed" joins two clauses, no list. */
static int list_opens_clause(const xdoc *x, const sentctx *s, int c)
{
    size_t t = x->chunks[c].t0;
    while (t > s->lo) {
        int pc = ag__x_chunk_of(x, t - 1);
        if (pc >= 0)
            t = x->chunks[pc].t0;
        else if (x_tok_is(x, t - 1, "and") || x_tok_is(x, t - 1, "the") ||
                 (x_tok_is(x, t - 1, ",") && t > s->lo + 1 && ag__x_chunk_of(x, t - 2) >= 0))
            t--;
        else
            return x_tok_is(x, t - 1, ",") || x_tok_is(x, t - 1, "that");
    }
    return 1;
}

/* The list that ends with chunk c as a subject; "Ukraine and the Nordic
 * countries agree on the need for sanctions": with the reference joined
 * after it. */
static size_t list_subject(xdoc *x, const sentctx *s, int c, int *src)
{
    size_t n = ag__x_group_left(x, c, s->lo, src);
    size_t g0, t = x->chunks[c].t1, len = x_tok_is(x, t, "and") ? ag__x_coref_group_len(x, t + 1) : 0;
    if (len && list_opens_clause(x, s, c))
        n = referred_group(x, s->lo, t + 1 + len, src, n, &g0);
    return n;
}

/* The group subject that ends right before token k: a reference's
 * members, with the mentions joined to it by "and" ("Uganda and the two
 * countries condemned X"); their number, or 0 when none ends there. */
static size_t group_subject(xdoc *x, const sentctx *s, size_t k, int *src)
{
    size_t g0;
    int g[MAXG];
    size_t ng = ag__x_coref_group_ending(x, s->lo, k, g, MAXG, &g0);
    int c = ng && g0 > s->lo + 1 && x_tok_is(x, g0 - 1, "and") ? ag__x_chunk_of(x, g0 - 2) : -1;
    size_t n = c >= 0 && ag__x_usable(x, c) && list_opens_clause(x, s, c) ? group_left_of(x, c, s->lo, src, 1) : 0;
    return x_add_actors(src, n, g, ng);
}

/* Source of the predicate at p: returns the number of actors in *src. */
size_t ag__x_find_source(xdoc *x, sentctx *s, size_t p, int *src)
{
    size_t n = x->n_fwd ? listed_subject(x, s, p, src) : 0, v = p;
    if (n)
        return n;
    /* "the two agreed", "both sides said", "the three countries will
     * hold": the group resolution found. */
    n = group_subject(x, s, p, src);
    while (!n && v > s->lo + 1 && v + 3 > p && (x_tok_has(x, v - 1, WC(AUXILIARY) | WC(MODAL)) || ag__x_vg_adverb(x, v - 1)))
        if ((n = group_subject(x, s, --v, src)) > 0)
            return n;
    if (n)
        return n;
    /* "They called on ... “to ...”": the pronoun's group, not the quote's speaker. */
    if (!they_met(x, s, p) && (n = they_group(x, s, p, src)) > 0)
        return n;
    if (speaker_subject(x, s, p))
        return ag__x_speaker_sources(x, s, src);
    if (ag__x_relative_subject(x, s, p, src))
        return 1;
    /* "said ... and made the proposal": the subject of the first verb. */
    if (p > s->lo && (x_tok_is(x, p - 1, "and") || x_tok_is(x, p - 1, "but")) && s->n_subj) {
        memcpy(src, s->subj, s->n_subj * sizeof *src);
        return s->n_subj;
    }
    /* "President Bush scheduled to ... and meet with": with no earlier
     * predicate, the clause's first actor is the subject. */
    if (p > s->lo && x_tok_is(x, p - 1, "and") && ag__x_chunk_of(x, p - 2) < 0) {
        for (size_t k = s->lo; k + 1 < p; k++) {
            int c = ag__x_chunk_of(x, k);
            if (c >= 0 && ag__x_usable(x, c) && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON)
                return ag__x_group_right(x, c, p, src);
        }
    }
    if (pair_words_before(x, s, p) && x->last_meeting >= 0)
        return ag__x_meeting_parts(x, src);
    /* "The mediators urged X. They ...": the group that opened the last sentence. */
    if (!s->meeting && they_lead(x, s, p) && (n = ag__x_coref_they(x, s->sent, src, MAXG)) > 0)
        return n;
    if (they_met(x, s, p) || they_where(x, s, p))
        return ag__x_meeting_parts(x, src);
    /* Nearest mention on the left, skipping adjectives and places
     * (shared: past a "but" clause with no subject of its own). */
    for (size_t k = p, shared = 0; k > s->lo; k--) {
        int c = ag__x_chunk_of(x, k - 1);
        if (c < 0 && x->n_fwd && (n = listed_subject(x, s, k, src)) > 0) /* "Arab ministers on Saturday rejected" */
            return n;
        if (c < 0) {
            if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) && !(shared = but_shares(x, k - 1, p)))
                break;
            /* "Qatar, which hosts Hamas's office, has been mediating": step
             * over a relative clause closed by this comma. */
            if (x_tok_is(x, k - 1, ",") && k - 1 < p) {
                size_t w = k - 1;
                while (w > s->lo + 1 && w + 20 > k && !x_tok_is(x, w - 1, ","))
                    w--;
                /* "X, in a phone call with Y, described": and over an aside
                 * that opens with a preposition. */
                /* "A and B, as well as C, condemned": C ends the list. */
                int tail = list_tail_end(x, w + 1) || list_tail_end(x, w + 2);
                if (w > s->lo + 1 && x_tok_is(x, w - 1, ",") && aside_opening(x, w, k - 1) && !tail) {
                    k = w; /* the loop's k-- lands on the comma before "which" */
                    continue;
                }
            }
            /* "Iraq announced that it had summoned", "It also recalled". */
            if (x_tok_is(x, k - 1, "it") && (shared || verb_group_between(x, k, p)))
                return (src[0] = it_subject(x, s, k - 1)) >= 0;
            if (x_tok_is(x, k - 1, "they") && verb_group_between(x, k, p) && (n = they_reported(x, s, k - 1, src)) > 0)
                return n;
            /* "a pact with China, which has raised": the clause is about a thing. */
            if (x_tok_has3(x, k - 1, WC3(THING_RELATIVE)))
                return 0;
            continue;
        }
        if (!ag__x_usable(x, c) || thing_owner(x, s, c)) {
            size_t na = ag__x_usable(x, c) ? 0 : adjective_subject(x, s, c, p, src);
            if (na)
                return na;
            k = x->chunks[c].t0 + 1;
            continue;
        }
        /* A mention inside a prepositional phrase ("the attacks on Saudi
         * Arabia") is not a subject when a better one stands before it. */
        return list_subject(x, s, ag__x_bracket_owner(x, s, c), src);
    }
    if (ag__x_in_quote(s, p) && s->speaker >= 0)
        return ag__x_speaker_sources(x, s, src);
    if ((n = document_subject(x, s, p, src)) > 0)
        return n;
    /* "The presidents signed ...", "The parties, meeting in Caracas,
     * said": a plural group noun opening the sentence is the last
     * meeting's participants. */
    if ((n = s->lo + 1 < p ? ag__x_coref_group_at(x, s->lo, src, MAXG) : 0) || (n = adjunct_group(x, s, p, src)) > 0)
        return n; /* ... unless resolution found the group it refers to */
    if (x_tok_is(x, s->lo, "the") && x_tok_has(x, s->lo + 1, WC(PAIR_NOUN)) && s->lo + 1 < p && x->last_meeting >= 0) {
        return ag__x_meeting_parts(x, src);
    }
    return 0;
}
