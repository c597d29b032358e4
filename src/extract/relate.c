/* relate.c — relate: stances and meetings between the actors of a
 * sentence.  A predicate (a stance or meeting verb, or its noun after a
 * light verb) takes its source from the subject — the nearest mention on its
 * left, a passive's "by" agent, the quoted speaker for "we"/"I" inside a
 * quote, the antecedent of "who", the subject of a coordinated verb — and
 * its target from the first mention on its right. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "util_int.h"

#define MAXG 8

static int chunk_of(const xdoc *x, size_t i) { return i < x->t.n_toks ? x->tok_chunk[i] : -1; }

/* A word between a light verb and its noun: a determiner or a lower-case
 * adjective ("staged a dramatic protest", "expressed its strongest
 * condemnation"), never a name or a light verb itself. */
static int is_modifier(const xdoc *x, size_t i)
{
    if (chunk_of(x, i) >= 0)
        return 0;
    if (x_tok_has(x, i, WC(NOUN_MODIFIER)))
        return 1;
    unsigned f = x->t.toks[i].flags;
    if (!(f & AG_TOK_WORD) || (f & (AG_TOK_CAP | AG_TOK_DIGIT)) || x_tok_has(x, i, WC(LIGHT_VERB)) ||
        x_tok_has(x, i, WC(NEGATION)) || x_tok_has(x, i, WC(BE)) || x_tok_has(x, i, WC(FUNCTION_WORD)) ||
        x_tok_has(x, i, WC(PREPOSITION))) /* "carried out under the mediation of X" */
        return 0;
    /* "has condemned the bombing": a stance verb is the predicate whose
     * object the noun is, not a modifier of it. */
    ag_lx_hit h;
    return !(x_match(x, i, x->t.n_toks, KIND(AG_LX_VERB), &h) && h.form == AG_FORM_VERB);
}

static int usable(const xdoc *x, int c)
{
    return c >= 0 && !(x->chunks[c].flags & (CH_ADJ | CH_LOC));
}

/* The usable chunk at token k, or after "the" there; -1 if none. */
static int chunk_after(const xdoc *x, size_t k)
{
    int c = chunk_of(x, k);
    if (c < 0 && x_tok_is(x, k, "the"))
        c = chunk_of(x, k + 1);
    return c >= 0 && usable(x, c) ? c : -1;
}

/* "a delegation led by X": X's chunk when token t is a lead verb followed
 * by "by" and X is inside the sentence [.., hi); else -1. */
static int led_by(const xdoc *x, size_t t, size_t hi)
{
    return t + 2 < hi && x_tok_has2(x, t, WC2(LEAD_VERB)) && x_tok_is(x, t + 1, "by") ? chunk_of(x, t + 2) : -1;
}

static int ends_ing(const xdoc *x, size_t k);

static int push_rel(xdoc *x, const xrel *r)
{
    if (ag__grow(&x->rels, &x->cap_rels, x->n_rels, sizeof *x->rels, 32)) {
        x->oom = 1;
        return -1;
    }
    x->rels[x->n_rels++] = *r;
    return 0;
}

/* The actor a chunk stands for: "the regime of President Maduro" and
 * "the government of Prime Minister X" are the leader's country (corpus
 * convention 3). */
static int chunk_actor(const xdoc *x, int c)
{
    int a = x->chunks[c].actor;
    size_t t0 = x->chunks[c].t0;
    if (t0 >= 2 && x_tok_is(x, t0 - 1, "of") && x->actors[a].kind == AG_ACTOR_PERSON &&
        x_tok_has(x, t0 - 2, WC(RULE_NOUN))) {
        int r = ag__x_root(x, a);
        if (r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY)
            return r;
    }
    return a;
}

/* The key of a meeting: its sentence and its number of participants. */
static xkey meeting_key(const xrel *r) { return (xkey){XI_MEETING, NULL, r->sent, (long)r->n_parts}; }

/* The key of a stance: one per source, target, label and sentence. */
static xkey stance_key(int src, int tgt, const char *label, int sent)
{
    return (xkey){XI_STANCE, label, sent, (long)((uint64_t)(unsigned)src << 32 | (unsigned)tgt)};
}

/* Files relation i (just pushed) for the lookups below. */
static void index_rel(xdoc *x, int i)
{
    const xrel *r = &x->rels[i];
    if (r->kind == AG_REL_MEETING) {
        xkey k = meeting_key(r);
        ag__x_index_add(x, &k, i);
        return;
    }
    xkey k = stance_key(r->src, r->tgt, r->label, r->sent);
    ag__x_index_add(x, &k, i);
    if (r->polarity < 0) {
        x->last_hostile = i + 1;
        x->actors[r->tgt].last_hostile = i + 1;
        ag__x_index_add(x, &(xkey){XI_ACCUSED, NULL, x->actors[r->tgt].root, 0}, XI_LATEST(i));
    }
}

static int holds_title(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0 && ag__x_root(x, v) == (int)k->a;
}

/* "the Presidents of Guyana and Venezuela", "the foreign minister of
 * Iran": the title before "of" at t0 (lower-cased, singular, into buf), or
 * NULL. */
static const char *title_of(const xdoc *x, size_t t0, char *buf, size_t cap)
{
    size_t b = t0 > 0 && x_tok_is(x, t0 - 1, "the") ? t0 - 1 : t0;
    if (b < 2 || !x_tok_is(x, b - 1, "of") || chunk_of(x, b - 2) >= 0)
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
static int office_holder(xdoc *x, const char *title, int a)
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
    int pc = t0 >= 2 && x_tok_is(x, t0 - 1, "of") ? chunk_of(x, t0 - 2) : -1;
    if (pc < 0 || x->actors[x->chunks[pc].actor].kind != AG_ACTOR_PERSON ||
        x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY)
        return c;
    int r = ag__x_root(x, x->chunks[pc].actor);
    return r == x->chunks[c].actor || r == x->chunks[pc].actor || r < 0 ? pc : c;
}

/* Actors of a coordinated group ending at chunk c: "Russia and China",
 * "A, B and C", "A along with B". */
static size_t group_left(xdoc *x, int c, size_t lo, int *out)
{
    size_t n = 0;
    int joined = 0; /* an "and" (or "along with") link seen */
    c = person_of(x, c); /* "A of X and B of Y met" */
    out[n++] = chunk_actor(x, c);
    size_t t = x->chunks[c].t0;
    while (n < MAXG && t > lo + 1) {
        size_t k = t - 1;
        /* "the Sudanese army and the paramilitary RSF": over a determiner and
         * one lower-case modifier. */
        if (k > lo + 2 && chunk_of(x, k) < 0 && is_modifier(x, k) && x_tok_has(x, k - 1, WC(DETERMINER)) &&
            (x_tok_is(x, k - 2, "and") || x_tok_is(x, k - 2, ",")))
            k -= 2;
        else if (k > lo + 1 && x_tok_is(x, k, "the") && (x_tok_is(x, k - 1, "and") || x_tok_is(x, k - 1, ",")))
            k -= 1;
        int conj = x_tok_and(x, k) || x_tok_is(x, k, ",") || x_tok_is(x, k, "&");
        if (x_tok_is(x, k, "with") && x_tok_is(x, k - 1, "along"))
            conj = 2;
        if (!conj)
            break;
        size_t b = conj == 2 ? k - 2 : k - 1;
        if (x_tok_is(x, b, ","))
            b--;
        int pc = chunk_of(x, b);
        /* "Russian and Ukrainian officials": adjectives sharing the head
         * noun of a nominal mention. */
        size_t last = x->chunks[c].t1 - 1;
        int headed = (x->chunks[c].flags & (CH_NOMINAL | CH_ADJ)) ||
                     (last > x->chunks[c].t0 && !(x->t.toks[last].flags & AG_TOK_CAP));
        int shared = pc >= 0 && headed && (x->chunks[pc].flags & CH_ADJ) && !(x->chunks[pc].flags & CH_LOC) &&
                     x->chunks[pc].t1 == k;
        if (pc < 0 || (!usable(x, pc) && !shared))
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
    const char *title = title_of(x, t, tb, sizeof tb);
    for (size_t i = 0; title && i < n; i++)
        out[i] = office_holder(x, title, out[i]);
    return n;
}

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
                return w + 1 < hi && chunk_of(x, w + 1) >= 0 ? w : t; /* the list goes on */
        }
        return t;
    }
    const char *close = x_tok_is(x, t, "[") ? "]" : x_tok_is(x, t, "(") ? ")" : NULL;
    int c = close ? chunk_of(x, t + 1) : -1;
    if (close && c < 0) { /* a bracketed name the text gives no actor for: skipped */
        for (size_t w = t + 1; w < hi && w < t + 7 && (x_tflags(x, w) & (AG_TOK_WORD | AG_TOK_CAP)); w++)
            if (x_tok_is(x, w + 1, close))
                return w + 2;
        return t;
    }
    if (c < 0 || !x_tok_is(x, x->chunks[c].t1, close))
        return t;
    int a = x->chunks[c].actor;
    if (a >= 0 && *last >= 0 && x->actors[a].kind == AG_ACTOR_PERSON &&
        (a == *last || (x->actors[*last].kind == AG_ACTOR_COUNTRY && ag__x_root(x, a) == *last))) {
        *last = a;
        return x->chunks[c].t1 + 1;
    }
    return t;
}

/* "Kenya's Uhuru Kenyatta", "ECOWAS Commission President Omar Touray":
 * the person a possessive chunk c names right after its "'s", or a person
 * chunk right after c, stands in the list, not his country; else c. */
static int possessed_person(const xdoc *x, int c)
{
    size_t t = x->chunks[c].t1;
    if ((x->chunks[c].flags & CH_POSS) && t < x->t.n_toks && (x->t.toks[t].flags & AG_TOK_POSS))
        t++;
    int pc = chunk_of(x, t);
    return pc >= 0 && x->chunks[pc].t0 == t && usable(x, pc) && x->chunks[pc].actor >= 0 &&
                   x->actors[x->chunks[pc].actor].kind == AG_ACTOR_PERSON
               ? pc
               : c;
}

/* The same to the right: "A, B and C"; commas alone make no list of two
 * ("condemned Israel, Hamas said"). */
static size_t group_right(xdoc *x, int c, size_t hi, int *out)
{
    size_t n = 0;
    int joined = 0;
    char tb[48];
    const char *title = title_of(x, x->chunks[c].t0, tb, sizeof tb);
    out[n++] = office_holder(x, title, chunk_actor(x, c));
    size_t t = x->chunks[c].t1;
    while (n < MAXG && t + 1 < hi) {
        size_t k = aside_end(x, t, hi, &out[n - 1]);
        if (x->t.toks[k].flags & AG_TOK_POSS) /* "Saudi Arabia's and the United States' efforts" */
            k++;
        if (x_tok_is(x, k, ",") && x_tok_is(x, k + 1, "and"))
            k++;
        joined |= x_tok_is(x, k, "and"); /* "A, B, and other countries" */
        if (!(x_tok_is(x, k, "and") || x_tok_is(x, k, ",")))
            break;
        size_t b = k + 1;
        if (x_tok_is(x, b, "the"))
            b++;
        /* "A and former President B": over one lower-case word before a person. */
        if (chunk_of(x, b) < 0 && is_modifier(x, b) && chunk_of(x, b + 1) >= 0 && (x_tflags(x, b + 1) & AG_TOK_CAP) &&
            x->actors[x->chunks[chunk_of(x, b + 1)].actor].kind == AG_ACTOR_PERSON)
            b++;
        int nc = chunk_of(x, b);
        if (nc < 0 || !usable(x, nc))
            break;
        nc = possessed_person(x, nc);
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
            out[n++] = office_holder(x, title, a);
        c = nc;
        t = x->chunks[nc].t1;
    }
    return joined || n >= 3 ? n : 1;
}

typedef struct sentctx {
    size_t lo, hi;      /* token range */
    int speaker;        /* actor quoted in this sentence, or -1 */
    unsigned char *inq; /* per token in [lo,hi): inside a quote */
    int sent;           /* sentence index */
    int subj[MAXG];     /* subject of the last predicate */
    size_t n_subj;
} sentctx;

static size_t modifiers_start(const xdoc *x, const sentctx *s, size_t p);

static int in_quote(const sentctx *s, size_t i) { return i >= s->lo && i < s->hi && s->inq[i - s->lo]; }

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
        int c = chunk_of(x, j);
        if (c >= 0 && x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB))) /* the ministry said */
            return usable(x, c) ? x->chunks[c].actor : -1;
        if (x_tok_has(x, j, WC(SPEECH_VERB)) && (c = chunk_of(x, j + 1)) >= 0) /* said X */
            return usable(x, c) ? x->chunks[c].actor : -1;
        return -1;
    }
    return -1;
}

void ag__x_quote_speakers(xdoc *x)
{
    for (size_t si = 0; si < x->t.n_sents; si++) {
        const ag_sentence *se = &x->t.sents[si];
        int open = 0;
        for (size_t i = se->tok_start; i < se->tok_end; i++)
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
        int c = chunk_of(x, k - 1);
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
    return (k->flags & CH_ADJ) && !(k->flags & CH_LOC) && chunk_of(x, k->t1) < 0 &&
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

/* '"...," the message said', "according to the statement": a document
 * noun at token d (after "the" or "its") speaks for the one that last took
 * a stance; -1 if it is none. */
static int document_voice(const xdoc *x, const sentctx *s, size_t d)
{
    if (d <= s->lo || d >= s->hi || chunk_of(x, d) >= 0 || !x_tok_has2(x, d, WC2(DOCUMENT_NOUN)) ||
        !(x_tok_is(x, d - 1, "the") || x_tok_is(x, d - 1, "its")))
        return -1;
    return last_acting(x, s->sent);
}

/* Marks quoted tokens and finds who is quoted: `"...," said X`,
 * `X said: "..."`, `according to X`. */
static void find_speaker(xdoc *x, sentctx *s, int carry_speaker)
{
    int open = 0, any_quote = 0, first_close = -1;
    for (size_t i = s->lo; i < s->hi; i++) {
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
    for (size_t i = s->lo; i < s->hi; i++) {
        /* Most words are no speech or news verb and no "according" (9 bytes). */
        const ag_token *t = &x->t.toks[i];
        if (!(t->cls & (WC(SPEECH_VERB) | WC(NEWS_VERB))) && t->end - t->start != 9)
            continue;
        if (in_quote(s, i))
            continue;
        if (x_tok_is(x, i, "according") && x_tok_is(x, i + 1, "to")) {
            int c = chunk_of(x, i + 2);
            if (c >= 0 && usable(x, c)) {
                s->speaker = x->chunks[c].actor;
                return;
            }
            if ((s->speaker = document_voice(x, s, i + 3)) >= 0)
                return;
        }
        if (!x_tok_has(x, i, WC(SPEECH_VERB)) && !announces_quote(x, i))
            continue;
        int after = chunk_of(x, i + 1), before = speaker_before(x, s, i);
        /* '"...," said X' names the speaker after the verb; reported speech
         * without quotes ("X said Y had ...") before it. */
        int reported = !any_quote && i > s->lo && !(x->t.toks[i - 1].flags & AG_TOK_PUNCT);
        int c = reported ? (before >= 0 ? before : after) : (after >= 0 ? after : before);
        if (c >= 0 && (usable(x, c) || adjective_agency(x, c))) {
            s->speaker = x->chunks[c].actor;
            return;
        }
        if (c < 0 && ((s->speaker = document_voice(x, s, i - 1)) >= 0 || (s->speaker = document_voice(x, s, i + 2)) >= 0))
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
        int c = chunk_of(x, i);
        goes_on = c < 0 || (x->chunks[c].flags & CH_PRON) || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON;
    }
    /* prev_speaker_sent is 0 before any sentence: then nothing goes on */
    int carried = goes_on && x->prev_speaker_sent > 0 && x->prev_speaker_sent == (size_t)s->sent;
    if (s->speaker < 0 && any_quote)
        s->speaker = carried && x->prev_speaker >= 0 ? x->prev_speaker : carry_speaker;
}

/* "X wants (Y) to attack Z": a wish, not an act. Returns the index of the
 * wish verb before the infinitive at p, or 0. */
static size_t wished(const xdoc *x, const sentctx *s, size_t p)
{
    if (p < s->lo + 2 || !x_tok_is(x, p - 1, "to"))
        return 0;
    for (size_t k = p - 2; k > s->lo && k + 6 > p; k--)
        if (x_tok_has(x, k, WC(WISH_VERB)))
            return k;
    return 0;
}

/* "asked Obama to help Iran": the act asked for has not happened. */
static int appealed(const xdoc *x, const sentctx *s, size_t p)
{
    if (p < s->lo + 2 || !x_tok_is(x, p - 1, "to"))
        return 0;
    /* A mention counts as one word: "invited Brazilian President Luiz
     * Inacio Lula da Silva to visit". */
    for (size_t k = p - 2, w = 0; k > s->lo && w < 5; k--, w++) {
        int c = chunk_of(x, k);
        if (c >= 0 && x->chunks[c].t0 < k)
            k = x->chunks[c].t0;
        if (x_tok_has(x, k, WC(APPEAL_WORD)))
            return 1;
    }
    return 0;
}

/* "called on Russia to end its expulsions", "urged the authorities to
 * immediately release them": the act asked for (after "to" within ten
 * words, a mention counting as one) is a cessation_verb. */
static int to_stop(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t w = 0; k + 1 < s->hi && w < 10; k++, w++) {
        int c = chunk_of(x, k);
        if (c >= 0) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)) || x_tok_is(x, k, ",") || x_tok_is(x, k, "."))
            return 0;
        if (!x_tok_is(x, k, "to"))
            continue;
        /* one word may come between: "to immediately release" */
        return x_tok_has2(x, k + 1, WC2(CESSATION_VERB)) ||
               (k + 2 < s->hi && chunk_of(x, k + 1) < 0 && x_tok_has2(x, k + 2, WC2(CESSATION_VERB)));
    }
    return 0;
}

/* "proposed talks", "cancelled his visit", "suspend all high-level
 * visits": an unheld_verb a few words before the meeting word at p. */
static int unheld_before(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p > s->lo + 5 ? p - 5 : s->lo; k < p; k++)
        if (x_tok_has2(x, k, WC2(UNHELD_VERB)) && (k + 3 >= p || x_tok_has(x, k + 1, WC(DETERMINER))))
            return 1;
    return 0;
}

/* "called for talks between A and B", "a call for direct talks",
 * "proposed talks", "cancelled his visit", "a meeting between A and B could
 * take place if ...": a meeting noun asked for, offered, called off or
 * hypothetical has not happened. */
static int asked_for(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = modifiers_start(x, s, p);
    if (q > s->lo && x_tok_has(x, q - 1, WC(DETERMINER)))
        q--;
    if (unheld_before(x, s, p))
        return 1;
    if (q >= s->lo + 2 && x_tok_is(x, q - 1, "for") && x_tok_has(x, q - 2, WC(APPEAL_WORD)))
        return 1;
    /* the clause's verb after the noun: "... could take place" */
    for (size_t k = p + 1; k < s->hi && k < p + 12 && !x_tok_has(x, k, WC(CLAUSE_BREAK)); k++)
        if (chunk_of(x, k) < 0 && x_tok_has(x, k, WC(MODAL)) && !x_tok_is(x, k, "will"))
            return q == s->lo || (q == s->lo + 1 && x_tok_has(x, s->lo, WC(DETERMINER)));
    return 0;
}

/* "Indian and Chinese troops clashed", "the Indian and Chinese foreign
 * ministers met": coordinated country adjectives before the subject's
 * head noun stand for their countries. */
static size_t adjective_subject(const xdoc *x, const sentctx *s, int c, size_t p, int *src)
{
    if (!(x->chunks[c].flags & CH_ADJ) || (x->chunks[c].flags & CH_LOC))
        return 0;
    size_t t1 = x->chunks[c].t1;
    /* "Russian-Ukrainian talks": the noun of a pair is the head itself. */
    int pair = t1 == p && (x_tflags(x, x->chunks[c].t0 - 1) & AG_TOK_PAIR);
    if ((t1 >= p && !pair) || p - t1 > 3)
        return 0;
    for (size_t k = t1; k < p; k++) {
        const ag_token *t = &x->t.toks[k];
        if (!(t->flags & AG_TOK_WORD) || chunk_of(x, k) >= 0 || x_tok_has(x, k, WC(BE)) ||
            x_tok_has(x, k, WC(CLAUSE_BREAK)))
            return 0;
    }
    size_t n = 0;
    src[n++] = x->chunks[c].actor;
    size_t t = x->chunks[c].t0;
    while (n < MAXG && t > s->lo + 1 && (x_tok_and(x, t - 1) || x_tok_is(x, t - 1, ","))) {
        int pc = chunk_of(x, t - 2);
        /* "Iran-Saudi talks": a name joins a pair too. */
        if (pc < 0 || !((x->chunks[pc].flags & CH_ADJ) || (x_tflags(x, t - 1) & AG_TOK_PAIR)))
            break;
        src[n++] = x->chunks[pc].actor;
        t = x->chunks[pc].t0;
    }
    return n >= 2 ? n : 0;
}

/* The participants of the last meeting, into src (at most MAXG). */
static size_t meeting_parts(const xdoc *x, int *src)
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
    if (!in_quote(s, p) || s->speaker < 0)
        return 0;
    for (size_t k = p; k > s->lo && k + 6 > p; k--) {
        if (chunk_of(x, k - 1) >= 0)
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
        char w[64];
        size_t n = strlen(ag_token_str(&x->t, k, w, sizeof w));
        int ly = n > 2 && w[n - 2] == 'l' && w[n - 1] == 'y';
        if (chunk_of(x, k) >= 0 || !(ly || x_tok_has(x, k, WC(AUXILIARY) | WC(HAVE) | WC(MODAL) | WC(NEGATION)) ||
                                     x_tok_has2(x, k, WC2(VERB_ADVERB))))
            return 0;
    }
    return 1;
}

/* The country or organization that "it" at token t stands for as a
 * subject: after "X said (that)", X; at the head of a clause, the source
 * of the last stance of this or the last sentence; -1 if none. */
static int it_subject(const xdoc *x, const sentctx *s, size_t t)
{
    size_t k = t > s->lo && x_tok_is(x, t - 1, "that") ? t - 1 : t;
    /* "announced today that", "said on Monday that" */
    size_t v = k;
    while (v > s->lo + 1 && v + 3 > k && chunk_of(x, v - 1) < 0 &&
           (x_tok_has(x, v - 1, WC(WEEKDAY) | WC(TIME_ADVERB)) || x_tok_is(x, v - 1, "on") || x_tok_is(x, v - 1, "today")))
        v--;
    if (v < k && v > s->lo && x_tok_has(x, v - 1, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB)))
        k = v;
    if (k > s->lo && x_tok_has(x, k - 1, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB))) {
        for (size_t j = k - 1; j > s->lo; j--) {
            int c = chunk_of(x, j - 1);
            if (x_tok_has(x, j - 1, WC(CLAUSE_BREAK)))
                return -1;
            if (c >= 0 && usable(x, c))
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
static int relative_subject(const xdoc *x, const sentctx *s, size_t p, int *src)
{
    if (p <= s->lo + 1 || !(x_tok_is(x, p - 1, "who") || x_tok_is(x, p - 1, "which")))
        return 0;
    size_t b = p - 2;
    if (x_tok_is(x, b, ",") && b > s->lo)
        b--;
    int c = chunk_of(x, b);
    if (c < 0 || !usable(x, c))
        return 0;
    src[0] = x->chunks[c].actor;
    return 1;
}

/* Source of the predicate at p: returns the number of actors in *src. */
static size_t find_source(xdoc *x, sentctx *s, size_t p, int *src)
{
    /* "the two agreed", "both sides said", "the three countries will
     * hold": the group resolution found. */
    size_t n = ag__x_coref_group_before(x, s->lo, p, src, MAXG), v = p;
    while (!n && v > s->lo + 1 && v + 3 > p && x_tok_has(x, v - 1, WC(AUXILIARY) | WC(MODAL)))
        if ((n = ag__x_coref_group_before(x, s->lo, --v, src, MAXG)) > 0)
            return n;
    if (n)
        return n;
    if (speaker_subject(x, s, p)) {
        src[0] = s->speaker;
        return 1;
    }
    if (relative_subject(x, s, p, src))
        return 1;
    /* "said ... and made the proposal": the subject of the first verb. */
    if (p > s->lo && (x_tok_is(x, p - 1, "and") || x_tok_is(x, p - 1, "but")) && s->n_subj) {
        memcpy(src, s->subj, s->n_subj * sizeof *src);
        return s->n_subj;
    }
    /* "President Bush scheduled to ... and meet with": with no earlier
     * predicate, the clause's first actor is the subject. */
    if (p > s->lo && x_tok_is(x, p - 1, "and") && chunk_of(x, p - 2) < 0) {
        for (size_t k = s->lo; k + 1 < p; k++) {
            int c = chunk_of(x, k);
            if (c >= 0 && usable(x, c) && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON)
                return group_right(x, c, p, src);
        }
    }
    /* "the two agreed", "the two leaders signed", "both sides": the last
     * meeting's participants. */
    int two = p > s->lo + 1 && x_tok_is(x, p - 2, "the") && x_tok_is(x, p - 1, "two");
    int two_noun = p > s->lo + 2 && x_tok_is(x, p - 3, "the") && x_tok_is(x, p - 2, "two") &&
                   x_tok_has(x, p - 1, WC(PAIR_NOUN));
    if (p > s->lo + 1 && (two || two_noun || x_tok_is(x, p - 1, "both") ||
                          (x_tok_is(x, p - 2, "both") && chunk_of(x, p - 1) < 0)) &&
        x->last_meeting >= 0) {
        return meeting_parts(x, src);
    }
    /* Nearest mention on the left, skipping adjectives and places. */
    for (size_t k = p; k > s->lo; k--) {
        int c = chunk_of(x, k - 1);
        if (c < 0) {
            if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
                break;
            /* "Qatar, which hosts Hamas's office, has been mediating": step
             * over a relative clause closed by this comma. */
            if (x_tok_is(x, k - 1, ",") && k - 1 < p) {
                size_t w = k - 1;
                while (w > s->lo + 1 && w + 15 > k && !x_tok_is(x, w - 1, ","))
                    w--;
                /* "X, in a phone call with Y, described": and over an aside
                 * that opens with a preposition. */
                if (w > s->lo + 1 && x_tok_is(x, w - 1, ",") &&
                    (x_tok_is(x, w, "which") || x_tok_is(x, w, "who") || x_tok_is(x, w, "whose") ||
                     x_tok_has(x, w, WC(PREPOSITION)))) {
                    k = w; /* the loop's k-- lands on the comma before "which" */
                    continue;
                }
            }
            /* "Iraq announced that it had summoned", "It also recalled". */
            if (x_tok_is(x, k - 1, "it") && verb_group_between(x, k, p)) {
                src[0] = it_subject(x, s, k - 1);
                return src[0] >= 0;
            }
            /* "a pact with China, which has raised": the clause is about a thing. */
            if (x_tok_is(x, k - 1, "which") || x_tok_is(x, k - 1, "that"))
                return 0;
            continue;
        }
        if (!usable(x, c)) {
            size_t na = adjective_subject(x, s, c, p, src);
            if (na)
                return na;
            k = x->chunks[c].t0 + 1;
            continue;
        }
        /* A mention inside a prepositional phrase ("the attacks on Saudi
         * Arabia") is not a subject when a better one stands before it. */
        return group_left(x, c, s->lo, src);
    }
    if (in_quote(s, p) && s->speaker >= 0) {
        src[0] = s->speaker;
        return 1;
    }
    /* "The presidents signed ...", "The parties, meeting in Caracas,
     * said": a plural group noun opening the sentence is the last
     * meeting's participants. */
    if ((n = s->lo + 1 < p ? ag__x_coref_group_at(x, s->lo, src, MAXG) : 0))
        return n; /* ... unless resolution found the group it refers to */
    if (x_tok_is(x, s->lo, "the") && x_tok_has(x, s->lo + 1, WC(PAIR_NOUN)) && s->lo + 1 < p && x->last_meeting >= 0) {
        return meeting_parts(x, src);
    }
    return 0;
}

/* 1 if the word before token k is one of `preps` (" at on "). */
static int after_prep(const xdoc *x, size_t k, const char *preps)
{
    char w[64], key[68];
    if (k == 0)
        return 0;
    size_t b = k - 1;
    if (x_tok_is(x, b, "the") && b > 0)
        b--;
    ag_token_str(&x->t, b, w, sizeof w);
    for (char *q = w; *q; q++)
        if (*q >= 'A' && *q <= 'Z')
            *q = (char)(*q + 32);
    snprintf(key, sizeof key, " %s ", w);
    return strstr(preps, key) != NULL;
}

static int related(const xdoc *x, int a, int b);

/* Target: the first mention on the right within `reach` tokens; "both
 * parties" are the other participants of the last meeting. */
static size_t find_target_p(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                            int *tgt, size_t *at, const char *preps);

static size_t find_target(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                          int *tgt, size_t *at)
{
    return find_target_p(x, s, from, reach, src, nsrc, tgt, at, NULL);
}

/* Appends to tgt, which holds n actors (at most MAXG), those of v[0..nv)
 * that are not among the sources; returns the new count. */
static size_t add_others(int *tgt, size_t n, const int *v, size_t nv, const int *src, size_t nsrc)
{
    for (size_t i = 0; i < nv && n < MAXG; i++) {
        int self = 0;
        for (size_t q = 0; q < nsrc; q++)
            self |= src[q] == v[i];
        if (!self)
            tgt[n++] = v[i];
    }
    return n;
}

/* "expelled 24 Italian and 27 Spanish diplomats": the country adjectives
 * coordinated before the target chunk c (at or after token `from`) share
 * its head noun; appends their actors to tgt (n of them) and returns the
 * new count. */
static size_t shared_adjectives(const xdoc *x, int c, size_t from, int *tgt, size_t n)
{
    size_t last = x->chunks[c].t1 - 1;
    if (last == x->chunks[c].t0 || (x->t.toks[last].flags & AG_TOK_CAP))
        return n; /* no lower-case head noun to share */
    for (size_t t = x->chunks[c].t0; n < MAXG && t > from + 1;) {
        size_t k = t - 1;
        if (x_tflags(x, k) & AG_TOK_DIGIT) /* "and 27 Spanish" */
            k--;
        if (k <= from || !(x_tok_is(x, k, "and") || x_tok_is(x, k, ",")))
            break;
        int pc = chunk_of(x, k - 1);
        if (pc < 0 || !(x->chunks[pc].flags & CH_ADJ) || (x->chunks[pc].flags & CH_LOC) || x->chunks[pc].t1 != k)
            break;
        tgt[n++] = x->chunks[pc].actor;
        t = x->chunks[pc].t0;
    }
    return n;
}

/* "the brutal Israeli aggression": a country adjective (chunk c) just
 * before a hostile act's noun names the act's author. */
static int act_author(const xdoc *x, const sentctx *s, int c)
{
    const xchunk *ch = &x->chunks[c];
    return (ch->flags & CH_ADJ) && !(ch->flags & CH_LOC) && ch->t1 < s->hi && x_tok_has2(x, ch->t1, WC2(ACT_NOUN));
}

/* The same; with `preps`, a mention after one of them counts even where it
 * reads as a place ("fired at Russia"). */
static size_t find_target_p(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                            int *tgt, size_t *at, const char *preps)
{
    size_t hi = s->hi;
    if (from + reach < hi)
        hi = from + reach;
    for (size_t k = from; k < hi; k++) {
        int both = (x_tok_is(x, k, "both") || (x_tok_is(x, k, "the") && x_tok_is(x, k + 1, "two"))) &&
                   (x_tok_has(x, k + 1, WC(PAIR_NOUN)) || x_tok_has(x, k + 2, WC(PAIR_NOUN)));
        if (both && x->last_meeting >= 0) {
            const xrel *m = &x->rels[x->last_meeting];
            size_t n = add_others(tgt, 0, m->parts, m->n_parts, src, nsrc);
            if (at)
                *at = k;
            return n;
        }
        if (both && x->n_rels > 0) {
            /* No meeting: the two sides of the last dispute ("rejected
             * the sanctions by Washington ... urging both sides"). */
            const xrel *r = x->last_hostile ? &x->rels[x->last_hostile - 1] : NULL;
            size_t n = 0;
            if (r) {
                int two[2] = {r->src, r->tgt};
                n = add_others(tgt, 0, two, 2, src, nsrc);
            }
            if (n) {
                if (at)
                    *at = k;
                return n;
            }
        }
        /* "accusing these nations of", "urged both sides": the group
         * resolution found for the reference. */
        int group[MAXG];
        size_t ng = ag__x_coref_group_at(x, k, group, MAXG);
        if (ng) {
            size_t n = add_others(tgt, 0, group, ng, src, nsrc);
            if (n) {
                if (at)
                    *at = k;
                return n;
            }
        }
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)) || x_tok_has(x, k, WC(SPEECH_VERB)))
            break;
        /* "condemned the attacks and pledged support for Kyiv": the next
         * verb starts its own predicate. */
        if (k > from && (x_tok_is(x, k, "and") || x_tok_is(x, k, "but")) && chunk_of(x, k + 1) < 0 &&
            (x_match(x, k + 1, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) || x_tok_has(x, k + 1, WC(LIGHT_VERB))))
            break;
        /* "rejects all violence, reiterating its support for X": a
         * participle after a comma opens a predicate of its own. */
        if (k > from && x_tok_is(x, k, ",") && chunk_of(x, k + 1) < 0 && ends_ing(x, k + 1) &&
            (x_match(x, k + 1, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) || x_tok_has(x, k + 1, WC(LIGHT_VERB))))
            break;
        int c = chunk_of(x, k);
        if (c < 0)
            continue;
        int aimed = preps && (x->chunks[c].flags & CH_LOC) && after_prep(x, x->chunks[c].t0, preps);
        /* "condemned the Israeli operation": a country adjective opening
         * the object names the actor of the act. */
        aimed |= x->chunks[c].t0 <= from + 1 && (x->chunks[c].flags & CH_ADJ) && !(x->chunks[c].flags & CH_LOC) &&
                 x->chunks[c].t1 < s->hi && (x_tflags(x, x->chunks[c].t1) & AG_TOK_WORD) &&
                 !(x_tflags(x, x->chunks[c].t1) & AG_TOK_CAP) && !x_tok_has(x, x->chunks[c].t1, WC(FUNCTION_WORD)) &&
                 !x_tok_has(x, x->chunks[c].t1, WC(CONJUNCTION) | WC(PREPOSITION));
        aimed |= act_author(x, s, c);
        if (!usable(x, c) && !aimed) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        int a = x->chunks[c].actor;
        int self = 0;
        for (size_t q = 0; q < nsrc; q++)
            if (src[q] == a || related(x, src[q], a)) /* no stance at one's own side */
                self = 1;
        if (self) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        if (at)
            *at = x->chunks[c].t0;
        size_t n = group_right(x, c, s->hi, tgt);
        return n == 1 ? shared_adjectives(x, c, from, tgt, n) : n;
    }
    return 0;
}

static int related(const xdoc *x, int a, int b)
{
    for (int p = a, h = 0; p >= 0 && h < 8; p = x->actors[p].affil, h++)
        if (p == b)
            return 1;
    for (int p = b, h = 0; p >= 0 && h < 8; p = x->actors[p].affil, h++)
        if (p == a)
            return 1;
    return 0;
}

/* Who last spoke against `who` (or its country): the source of the most
 * recent hostile stance at it. */
static int accused(const xdoc *x, const xkey *k, int v) { return ag__x_root(x, x->rels[XI_LATEST(v)].tgt) == (int)k->a; }

static int last_accuser(xdoc *x, int who)
{
    int v = ag__x_index_first(x, &(xkey){XI_ACCUSED, NULL, ag__x_root(x, who), 0}, accused, -1);
    return v >= 0 ? x->rels[XI_LATEST(v)].src : -1;
}

static void add_stance(xdoc *x, int src, int tgt, const ag_lx_entry *e, int sent)
{
    if (src < 0 || tgt < 0 || src == tgt || related(x, src, tgt))
        return;
    size_t dup;
    xkey k = stance_key(src, tgt, e->label, sent);
    ag__x_index_all(x, &k, &dup);
    if (dup)
        return;
    xrel r;
    memset(&r, 0, sizeof r);
    r.kind = AG_REL_STANCE;
    r.src = src;
    r.tgt = tgt;
    r.lex = e;
    r.label = e->label;
    r.code = e->code;
    r.polarity = e->polarity;
    r.goldstein = e->goldstein;
    r.sent = sent;
    r.rule = x->rule;
    if (push_rel(x, &r) == 0)
        index_rel(x, (int)x->n_rels - 1);
    x->actors[src].in_relation = x->actors[tgt].in_relation = 1;
}

/* "the Presidents of Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali":
 * a country or body whose own official takes part is represented by the
 * official, not a participant beside it. */
static size_t drop_represented(const xdoc *x, int *parts, size_t n)
{
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        int represented = 0;
        for (size_t j = 0; j < n && !represented; j++)
            for (int a = x->actors[parts[j]].affil, h = 0; j != i && a >= 0 && h < 8; a = x->actors[a].affil, h++)
                represented |= a == parts[i];
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
        int c = chunk_of(x, k);
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
    u = drop_represented(x, uniq, u);
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
    if (push_rel(x, &r) == 0) {
        x->last_meeting = (int)x->n_rels - 1;
        index_rel(x, x->last_meeting);
    } else
        free(r.parts);
}

static void add_meeting(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent)
{
    add_meeting_told(x, parts, n, e, where, sent, 1);
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
static const char *meeting_place(xdoc *x, sentctx *s, size_t p)
{
    for (size_t k = p; k < s->hi; k++) {
        int c = chunk_of(x, k);
        if (c >= 0 && (((x->chunks[c].flags & CH_LOC) && !(x->chunks[c].flags & CH_ADJ)) || named_capital(x, c)))
            return place_text(x, c); /* "in the Kazakh capital, Astana": Astana */
        if (x_tok_is(x, k, "in") || (x_tok_has2(x, k, WC2(CITY_NOUN)) && x_tok_is(x, k + 1, "of"))) {
            size_t q = x_tok_has2(x, k, WC2(CITY_NOUN)) ? k + 2 : k + 1;
            if (chunk_of(x, q) < 0 && (x->t.toks[q].flags & AG_TOK_CAP) && q < s->hi) {
                size_t e = q;
                while (e < s->hi && (x->t.toks[e].flags & AG_TOK_CAP) && (x->t.toks[e].flags & AG_TOK_WORD) &&
                       chunk_of(x, e) < 0 && e - q < 3)
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
        int c = chunk_of(x, k - 1);
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
    int c = x_tok_is(x, k, "in") ? chunk_of(x, k + 1) : -1;
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
    for (size_t q = modifiers_start(x, s, k); q > s->lo && q <= k; q++)
        definite |= x_tok_is(x, q - 1, "the");
    int c = x_tok_is(x, k + 1, "in") ? chunk_of(x, k + 2) : -1;
    const char *here = c >= 0 && (x->chunks[c].flags & CH_LOC) ? place_text(x, c) : NULL;
    return definite && !(here && (!m->location || strcmp(here, m->location) != 0));
}

/* "The foreign ministers of A and B accompanied him": the mention at k
 * takes part in the last meeting. */
static int accompanies(const xdoc *x, size_t k)
{
    int c = chunk_of(x, k);
    const xrel *m = &x->rels[x->last_meeting];
    for (size_t i = 0; c >= 0 && i < m->n_parts; i++)
        if (m->parts[i] == x->chunks[c].actor)
            return 1;
    return 0;
}

/* add[0..n) take part in meeting rel too. */
static void join_meeting(xdoc *x, int rel, const int *add, size_t n)
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
        }
    }
    xkey mk = meeting_key(m);
    ag__x_index_add(x, &mk, rel);
}

/* add[0..n) take part in the last meeting too. */
static void join_last_meeting(xdoc *x, const int *add, size_t n) { join_meeting(x, x->last_meeting, add, n); }

/* "whose delegation includes A and B", "officials including A, B and C":
 * after a meeting told in this sentence, the persons a member_word lists
 * take part in it; "issues including Ukraine" lists no one. */
static void members_join(xdoc *x, const sentctx *s, int si)
{
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent != si)
        return;
    for (size_t k = s->lo; k + 1 < s->hi; k++) {
        if (!x_tok_has2(x, k, WC2(MEMBER_WORD)))
            continue;
        int c = chunk_after(x, k + 1);
        if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
            continue;
        int g[MAXG];
        size_t ng = group_right(x, c, s->hi, g);
        join_last_meeting(x, g, ng);
    }
}

/* "A, B ... were also present at the meeting", "attended the talks". */
static int joins_last_meeting(xdoc *x, sentctx *s, size_t p)
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
                  accompanies(x, p + 1);
    for (size_t k = present ? p : p + 1; k < hi; k++) {
        if (!present && x_tok_has(x, k, WC(GATHERING_NOUN)) && !same_gathering(x, s, k))
            return 0;
        if (present || x_tok_has(x, k, WC(GATHERING_NOUN))) {
            int add[MAXG];
            size_t n = 0;
            for (size_t q = s->lo; q < p && n < MAXG; q++) {
                int c = chunk_of(x, q);
                if (c >= 0 && usable(x, c) && x->chunks[c].t0 == q && !(x->chunks[c].flags & (CH_NOMINAL | CH_POSS)))
                    add[n++] = x->chunks[c].actor;
            }
            join_last_meeting(x, add, n);
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
static size_t scene_prep(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = modifiers_start(x, s, p);
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
    int c = chunk_after(x, k + 1);
    return c >= 0 && !(x->chunks[c].flags & (CH_POSS | CH_MOD)) ? group_right(x, c, s->hi, src) : 0;
}

static int led_delegation(const xdoc *x, const sentctx *s, size_t p, int *side);

/* "received X, who is on an official visit to Y": a meeting in a
 * relative clause ("who", a form of "be" or "have", then a preposition
 * and the noun's modifiers, or the verb) is held by the one the relative
 * pronoun stands for, not the clause's subject.  Returns 1 with it in
 * src[0], else 0. */
static int relative_scene(const xdoc *x, const sentctx *s, size_t at, int *src)
{
    size_t k = at;
    while (k > s->lo + 2 && k + 7 > at && chunk_of(x, k - 1) < 0 &&
           (x_tok_has(x, k - 1, WC(BE) | WC(HAVE) | WC(AUXILIARY) | WC(DETERMINER) | WC(PREPOSITION)) ||
            is_modifier(x, k - 1)))
        k--;
    return k < at && relative_subject(x, s, k, src);
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
        if (x_tok_has2(x, k - 1, WC2(LEAD_VERB)) && led_delegation(x, s, k - 1, &side))
            return find_source(x, s, k - 1, src);
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
        int c = chunk_of(x, k);
        if (c < 0)
            continue;
        size_t b = k > s->lo && x_tok_is(x, k - 1, "the") ? k - 1 : k;
        int governed = b > s->lo && x_tok_has(x, b - 1, WC(SUBJECT_BLOCKING_PREP)); /* "with the U.S." */
        if (usable(x, c) && !governed && !(x->chunks[c].flags & (CH_POSS | CH_MOD))) {
            /* "The Pakistani delegation led by X arrived ... for a visit": X. */
            size_t e = x->chunks[c].t1;
            int h = led_by(x, e, s->hi);
            if (h >= 0 && x->chunks[h].actor >= 0 && x->actors[x->chunks[h].actor].kind == AG_ACTOR_PERSON)
                c = h;
            return group_right(x, c, at, src);
        }
        k = x->chunks[c].t1 - 1;
    }
    return lo == s->lo && at <= s->lo + 1 ? subject_after_scene(x, s, at, src) : 0;
}

/* "an emergency meeting held on the situation in Niger by ECOWAS": the
 * host after "by" within the clause, into tg. */
static size_t scene_host(xdoc *x, sentctx *s, size_t k, int *tg, size_t *at)
{
    /* Ten words, the names between them not counted ("the meeting between
     * <two titled names> was mediated by X"). */
    for (size_t q = k, words = 0; q + 1 < s->hi && words < 10; q++) {
        words += chunk_of(x, q) < 0;
        if (x_tok_is(x, q, ",") || x_tok_has(x, q, WC(CLAUSE_BREAK)))
            return 0;
        int c = x_tok_is(x, q, "by") ? chunk_of(x, x_tok_is(x, q + 1, "the") ? q + 2 : q + 1) : -1;
        if (c >= 0 && usable(x, c)) {
            *at = x->chunks[c].t0;
            return group_right(x, c, s->hi, tg);
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
        int c = chunk_of(x, q);
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
            c = x_tok_is(x, t1, "and") || x_tok_is(x, t1, ",") ? chunk_of(x, t1 + 1) : -1;
        }
        return 0;
    }
    return 0;
}

static int between_chunk(const xdoc *x, const sentctx *s, size_t k);

/* "the talks between A and B were mediated by Egypt", "the talks are
 * sponsored by the United States and Saudi Arabia": a meeting noun with
 * no subject and hosts after "by" is a meeting of the parties after
 * "between" (else of the last meeting's, for "the talks") with the hosts
 * (corpus convention 14). */
static void hosted_talks(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent)
{
    int parts[2 * MAXG + 4], hosts[MAXG];
    size_t at = 0, n = 0;
    size_t nh = scene_host(x, s, p + m, hosts, &at);
    if (!nh)
        return;
    const char *where = meeting_place(x, s, p);
    int c = between_chunk(x, s, p + m);
    if (c >= 0)
        n = group_right(x, c, s->hi, parts);
    else if (p > s->lo && x_tok_is(x, p - 1, "the") && x->last_meeting >= 0) {
        n = meeting_parts(x, parts);
        where = where ? where : x->rels[x->last_meeting].location;
    }
    /* "the talks were attended by A, B and C", "were led by A and B":
     * those who attend or lead meet, whoever else the talks had; sponsors
     * alone do not. */
    size_t by = at > 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    int attended = by > p && (x_tok_has(x, by - 1, WC(ATTENDANCE_VERB)) || x_tok_has2(x, by - 1, WC2(LEAD_VERB)));
    for (size_t i = 0; (n || attended) && i < nh; i++)
        parts[n++] = hosts[i];
    add_meeting(x, parts, n, e, where, sent);
}

static int country_named(const xdoc *x, int c)
{
    const xactor *h = &x->actors[x->chunks[c].actor];
    size_t b = x->t.toks[x->chunks[c].t0].start, n = x->t.toks[x->chunks[c].t1 - 1].end - b;
    return h->kind == AG_ACTOR_COUNTRY && strlen(h->name) == n && strncmp(h->name, x->text + b, n) == 0;
}

/* "visited Turkey", "arrived in Ankara", "his trip to Moscow": the
 * country a visit goes to, named or by one of its places (dev-04's visit
 * to Niger is a meeting with it; a city stands for its country). */
static int visited_country(const xdoc *x, int c)
{
    int a = x->chunks[c].actor;
    return a >= 0 && x->actors[a].kind == AG_ACTOR_COUNTRY && (country_named(x, c) || (x->chunks[c].flags & CH_LOC));
}

/* "will travel to Qatar", "arrived in Fiji": with the rule's host option,
 * a country named by its name right after a visit is the host, though the
 * mention reads as a place; a capital ("flew to Washington to meet ...")
 * is only where the visit went; and a tour's stops: "will head to
 * Mozambique and Zambia". */
static size_t destination(const xdoc *x, const sentctx *s, size_t k, int *tg)
{
    int c = k < s->hi ? chunk_of(x, k) : -1;
    if (c < 0 || !(x->chunks[c].flags & CH_LOC) || !country_named(x, c))
        return 0;
    size_t n = 0;
    tg[n++] = x->chunks[c].actor;
    for (size_t q = x->chunks[c].t1; n < MAXG && q + 1 < s->hi && (x_tok_is(x, q, "and") || x_tok_is(x, q, ","));) {
        q += x_tok_is(x, q, ",") && x_tok_is(x, q + 1, "and") ? 2 : 1;
        c = chunk_of(x, q);
        if (c < 0 || x->chunks[c].t0 != q || !visited_country(x, c))
            break;
        tg[n++] = x->chunks[c].actor;
        q = x->chunks[c].t1;
    }
    return n;
}

/* "the Afghan government's negotiating team and the Taliban leadership
 * met": the owner of a possessed or modified noun phrase before "and" and
 * the one subject found (parts[0], its nearest mention left of head) meet
 * too.  Appends it to parts[1]; returns 1, or 0. */
static size_t owner_before(const xdoc *x, const sentctx *s, size_t head, int *parts)
{
    size_t k = head;
    while (k > s->lo && (chunk_of(x, k - 1) < 0 || x->chunks[chunk_of(x, k - 1)].actor != parts[0]))
        k--;
    if (k <= s->lo + 2)
        return 0;
    k = x->chunks[chunk_of(x, k - 1)].t0;
    k -= k > s->lo + 2 && x_tok_has(x, k - 1, WC(DETERMINER));
    if (!x_tok_is(x, k - 1, "and"))
        return 0;
    size_t w = k - 1; /* over "negotiating team": lower-case words of the phrase's noun */
    while (w > s->lo + 1 && w + 4 > k && chunk_of(x, w - 1) < 0 && is_modifier(x, w - 1) &&
           !x_tok_has(x, w - 1, WC(DETERMINER)))
        w--;
    w -= w < k - 1 && w > s->lo + 1 && (x_tflags(x, w - 1) & AG_TOK_POSS) && chunk_of(x, w - 1) < 0;
    int c = w < k - 1 ? chunk_of(x, w - 1) : -1;
    if (c < 0 || !(x->chunks[c].flags & (CH_POSS | CH_MOD)) || x->chunks[c].t1 > w + 1)
        return 0;
    parts[1] = chunk_actor(x, c);
    return parts[1] != parts[0];
}

/* How far a meeting's partners are looked for after k: twelve tokens, not
 * into a relative clause (", where they discussed Taiwan"), and inside a
 * quote not past its end ("'... had meetings with X,' Y said"). */
static size_t partner_reach(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < k + 12 && q < s->hi; q++)
        if ((in_quote(s, k) && !in_quote(s, q)) || (x_tok_is(x, q, ",") && x_tok_has(x, q + 1, WC(RELATIVE))))
            return q - k;
    return 12;
}

/* "met on the sidelines of the ASEAN summit": a name before a meeting
 * noun names that other meeting, not a partner. */
static int owns_meeting(const xdoc *x, const sentctx *s, size_t at)
{
    int c = chunk_of(x, at);
    ag_lx_hit h;
    return c >= 0 && x_match(x, x->chunks[c].t1, s->hi, KIND(AG_LX_MEET), &h) &&
           ag_lexicon_entry(x->lx, h.entry)->kind == AG_LX_MEET && h.form == AG_FORM_NOUN;
}

/* "..., ministry spokesman X said": the mention at `at` is the speaker of
 * an attribution, no partner. */
static int attribution(const xdoc *x, size_t at)
{
    int c = chunk_of(x, at);
    return c >= 0 && x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB));
}

/* The parties a meeting noun with no subject names: "the meeting of Putin
 * and Xi lasted" (those it is of), "a summit of the leaders of A, B and C"
 * (the leaders: group_right takes the title), "the talks between the two
 * sides" (the members of the reference), "the meeting between A and B
 * lasted", "talks were held in Doha between A and B" (those named). */
static size_t nominal_parties(xdoc *x, sentctx *s, size_t p, size_t m, unsigned opts, int *parts)
{
    size_t n = 0;
    int of = x_tok_is(x, p + m, "of") ? chunk_of(x, p + m + 1) : -1;
    /* "the meeting of Ministers of Foreign Affairs and Ministers of Water
     * Affairs of A, B and C": past the titles' own of-phrases. */
    int titled = 0;
    for (size_t q = p + m + 1; of < 0 && q < s->hi && q < p + m + (titled ? 14 : 5); q++) {
        if (!(x_tflags(x, q) & AG_TOK_WORD))
            break;
        if (x_tok_is(x, q, "of") && (titled || (titled = ag__x_plural_title(x, q - 1))))
            of = chunk_of(x, x_tok_is(x, q + 1, "the") ? q + 2 : q + 1);
    }
    if (!(of >= 0 && usable(x, of) && (n = group_right(x, of, s->hi, parts)) >= 2) &&
        !(x_tok_is(x, p + m, "between") && (n = ag__x_coref_group_at(x, p + m + 1, parts, MAXG)) > 0)) {
        int bc = !(opts & AG_RO_SEPARATE) && !separately(x, s, p, p) ? between_chunk(x, s, p + m) : -1;
        n = bc >= 0 && (n = group_right(x, bc, s->hi, parts)) >= 2 ? n : 0;
    }
    /* "the meeting between A and B was mediated by C": the hosts too. */
    size_t at;
    return n ? n + scene_host(x, s, p + m, parts + n, &at) : 0;
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
        int h = led_by(x, q + 1, s->hi);
        tg[0] = h >= 0 && x->chunks[h].actor >= 0 ? x->chunks[h].actor : x->chunks[c].actor;
        return tg[0] >= 0;
    }
    for (; q < s->hi && q < x->chunks[c].t1 + 3 && (x_tflags(x, q) & AG_TOK_WORD); q++) {
        int pc = chunk_of(x, q);
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

/* One meeting with each partner: the rule says so ("separate talks"), the
 * text says so ("separately"), or the partners are hosts of one side. */
static int meet_each(const xdoc *x, const sentctx *s, unsigned opts, size_t head, size_t at, const int *parts,
                     size_t n, const int *tg, size_t nt)
{
    /* "will visit A, B and C": a tour, one visit to each, whether or not
     * they read as places. */
    int tour = (opts & AG_RO_HOST) != 0;
    return tour || (opts & AG_RO_SEPARATE) || separately(x, s, head, at) || hosts_of_one_side(x, parts, n, tg, nt);
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
    return ends_ing(x, head) &&
           (x_tok_is(x, head - 1, "before") || x_tok_is(x, head - 1, "after") || x_tok_is(x, head - 1, "while"));
}

/* "held separate meetings with A and B": one meeting of the subjects
 * parts[0..n) with each partner tg[i]; "A and B met separately with C":
 * one of each subject with the one partner. */
static void separate_meetings(xdoc *x, const int *parts, size_t n, const int *tg, size_t nt, const ag_lx_entry *e,
                              const char *where, int sent)
{
    int pair[MAXG + 1];
    for (size_t i = 0; nt > 1 && i < nt; i++) {
        memcpy(pair, parts, n * sizeof *parts);
        pair[n] = tg[i];
        add_meeting(x, pair, n + 1, e, where, sent);
    }
    for (size_t i = 0; nt == 1 && i < n; i++) {
        pair[0] = parts[i];
        pair[1] = tg[0];
        add_meeting(x, pair, 2, e, where, sent);
    }
}

/* "with the participation of A and B" from token `from`: A and B join
 * parts[0..n).  Returns the new count. */
static size_t participation_of(xdoc *x, const sentctx *s, size_t from, int *parts, size_t n)
{
    for (size_t q = from; q + 3 < s->hi; q++) {
        if (x_tok_has2(x, q, WC2(PARTICIPATION_NOUN)) && x_tok_is(x, q + 1, "of")) {
            int c = chunk_of(x, q + 2);
            if (c >= 0 && usable(x, c)) {
                int g[MAXG];
                size_t ng = group_right(x, c, s->hi, g);
                for (size_t i = 0; i < ng && n < 2 * MAXG; i++)
                    parts[n++] = g[i];
            }
        }
    }
    return n;
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
        return meeting_parts(x, parts);
    if (relative_scene(x, s, head, parts))
        return 1;
    return find_source(x, s, head, parts);
}

/* "met Guinea's junta leader X", "met Kenya's Uhuru Kenyatta": the
 * partners from the person the first one's possessive names. */
static size_t possessed_partners(xdoc *x, sentctx *s, size_t nt, int *tg, size_t *at)
{
    int c = nt ? chunk_of(x, *at) : -1;
    int pp = c >= 0 ? possessed_person(x, c) : -1;
    if (pp < 0 || pp == c)
        return nt;
    *at = x->chunks[pp].t0;
    return group_right(x, pp, s->hi, tg);
}

/* "X's visit to Y", "a visit by X to Y", "his trips to Y": the visitor of
 * a visit noun at p that has no subject: the possessor before its
 * modifiers, the agent right after it (*k, the token after the noun, then
 * moves past him), or for "his" and "her" the nearest person before it.
 * Returns 1 with him in parts[0], else 0. */
static size_t visit_owner(const xdoc *x, const sentctx *s, size_t p, size_t *k, int *parts)
{
    size_t q = modifiers_start(x, s, p);
    int c = q > s->lo ? chunk_of(x, q - 1) : -1;
    if (c >= 0 && !(x->chunks[c].flags & CH_POSS))
        return 0;
    if (c < 0 && *k + 1 < s->hi && x_tok_is(x, *k, "by")) {
        c = chunk_of(x, x_tok_is(x, *k + 1, "the") ? *k + 2 : *k + 1);
        *k = c >= 0 && usable(x, c) ? x->chunks[c].t1 : *k;
    }
    /* "his" before the modifiers or the first of them */
    size_t w = q > s->lo && (x_tok_is(x, q - 1, "his") || x_tok_is(x, q - 1, "her")) ? q - 1 : q;
    int his = c < 0 && w < p && (x_tok_is(x, w, "his") || x_tok_is(x, w, "her"));
    for (size_t b = w; his && b > s->lo; b--) {
        int h = chunk_of(x, b - 1), a = h >= 0 ? x->chunks[h].actor : -1;
        if (a >= 0 && x->actors[a].kind == AG_ACTOR_PERSON) {
            parts[0] = a;
            return 1;
        }
    }
    /* "The dates of his trips ... have been set, X said": the speaker. */
    if (his && s->speaker >= 0 && x->actors[s->speaker].kind == AG_ACTOR_PERSON) {
        parts[0] = s->speaker;
        return 1;
    }
    if (c < 0 || !usable(x, c))
        return 0;
    parts[0] = x->chunks[c].actor;
    return 1;
}

/* "A delegation led by X, including the ministers of A and B, met Y": the
 * head of a delegation named in the clause before the predicate at head
 * joins the subject parts[0..n).  Returns the new count. */
static size_t delegation_head(xdoc *x, const sentctx *s, size_t head, int *parts, size_t n)
{
    for (size_t k = s->lo; k + 3 < head && n < 2 * MAXG; k++) {
        int c = x_tok_has2(x, k, WC2(DELEGATION_NOUN)) ? led_by(x, k + 1, head) : -1;
        if (c < 0)
            continue;
        int a = x->chunks[c].actor;
        if (a >= 0 && x->actors[a].kind != AG_ACTOR_PERSON)
            c = possessed_person(x, c), a = x->chunks[c].actor;
        if (a >= 0 && !x_has_actor(parts, n, a) && usable(x, c))
            parts[n++] = a;
        return n;
    }
    return n;
}

static void meeting_at(xdoc *x, sentctx *s, size_t head, size_t p, size_t m, const ag_lx_entry *e, int nominal,
                       unsigned opts, int sent)
{
    int parts[2 * MAXG + 4];
    /* "visited Egypt for talks with X": the form "talks with" is a verb's,
     * but after "for" the purpose of a journey, like the noun. */
    size_t scene = nominal || (p > s->lo && (x_tok_is(x, p - 1, "for") || /* "during talks with X", not "at visiting" */
                                             (x_tok_has(x, p - 1, WC(SCENE_PREP)) && !ends_ing(x, p))))
                       ? scene_prep(x, s, p)
                       : 0;
    int purpose = !nominal && clause_subject(x, s, head);
    size_t n = scene ? scene_subject(x, s, scene, parts) : purpose ? s->n_subj : meeting_subject(x, s, head, parts);
    size_t k = p + m;
    if (!n && (opts & AG_RO_HOST))
        n = visit_owner(x, s, p, &k, parts);
    if (purpose)
        memcpy(parts, s->subj, n * sizeof *parts);
    else if (n && !nominal) {
        memcpy(s->subj, parts, n * sizeof *parts);
        s->n_subj = n;
    }
    if (n == 1 && !scene)
        n += owner_before(x, s, head, parts);
    if (n && !nominal && !purpose)
        n = delegation_head(x, s, head, parts, n);
    if (nominal && n == 0)
        n = nominal_parties(x, s, p, m, opts, parts);
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
                    ? find_target(x, s, k, partner_reach(x, s, k), parts, n, tg, &at)
                    : scene_host(x, s, k, tg, &at);
    /* "received Anwar at the Bogor Palace": after "at", a venue. */
    size_t before = at > s->lo + 1 && x_tok_is(x, at - 1, "the") ? at - 2 : at - 1;
    if (nt && (attribution(x, at) || named_capital(x, chunk_of(x, at)) || owns_meeting(x, s, at) ||
               (at > s->lo && x_tok_is(x, before, "at"))))
        nt = 0;
    if (!nt && (!scene || x_tok_is(x, k - 1, "with") || x_tok_is(x, k, "with")))
        nt = unnamed_counterpart(x, s, k, tg, &at);
    /* "visit to Beijing angered the EU": a visit that goes to a place has
     * no partner further on. */
    size_t d = x_tok_is(x, k, "to") ? k + 1 : k;
    int visit_to = 0;
    if ((opts & AG_RO_HOST) && chunk_of(x, d) >= 0 && (x->chunks[chunk_of(x, d)].flags & CH_LOC)) {
        nt = destination(x, s, d, tg);
        visit_to = nt > 0;
        at = d;
        /* "A, B and C arrived in Astana" after a meeting in Astana: they
         * come to it. */
        const char *lm = x->last_meeting >= 0 ? x->rels[x->last_meeting].location : NULL;
        const char *to = lm && !nt ? place_text(x, chunk_of(x, d)) : NULL;
        if (to && strcmp(to, lm) == 0)
            n += meeting_parts(x, parts + n);
    }
    /* "discussed Ukraine": a verb with partner prepositions takes a partner
     * only after one ("discussed trade with Japan"). */
    if (nt && e->target_preps && !after_prep(x, at, e->target_preps))
        nt = 0;
    nt = possessed_partners(x, s, nt, tg, &at);
    /* "discuss China pact", "hosts Hamas's office": a name that modifies
     * a thing is no partner. */
    int modifier = !visit_to && at && chunk_of(x, at) >= 0 && (x->chunks[chunk_of(x, at)].flags & (CH_MOD | CH_POSS));
    if (modifier && nt == 1)
        modifier = !modified_partner(x, s, chunk_of(x, at), tg);
    /* "held separate meetings with A and B", "spoke separately with A and
     * B": one meeting with each partner, none between the partners. */
    if (!modifier && ((nt > 1 && meet_each(x, s, opts, head, at, parts, n, tg, nt)) ||
                      (nt == 1 && n > 1 &&
                       ((opts & AG_RO_SEPARATE) || separately(x, s, head, at) || covisitors(x, opts, parts, n, tg[0]))))) {
        separate_meetings(x, parts, n, tg, nt, e, meeting_place(x, s, p), sent);
        return;
    }
    for (size_t i = 0; i < nt && n < 2 * MAXG && !modifier; i++)
        parts[n++] = tg[i];
    /* "Malaysia hosted the meeting", "joined the talks": the meeting just
     * told, with this one taking part. */
    const char *where = meeting_place(x, s, p);
    if (!nt && !nominal && x->last_meeting >= 0 && x_tok_is(x, k, "the") &&
        (x_tok_has(x, k + 1, WC(GATHERING_NOUN)) || (is_modifier(x, k + 1) && x_tok_has(x, k + 2, WC(GATHERING_NOUN))))) {
        n += meeting_parts(x, parts + n);
        where = where ? where : x->rels[x->last_meeting].location;
    }
    n = participation_of(x, s, at ? at : k, parts, n);
    add_meeting_told(x, parts, n, e, where, sent, !visit_to);
}

/* The delegation a lead_verb at p heads ("led the Afghan side", "led their
 * respective delegations"): 1 when a delegation noun follows within four
 * words, with in *side the country its phrase names (else -1). */
static int led_delegation(const xdoc *x, const sentctx *s, size_t p, int *side)
{
    *side = -1;
    for (size_t q = p + 1; q < s->hi && q < p + 5 && (x_tflags(x, q) & AG_TOK_WORD); q++) {
        int c = chunk_of(x, q);
        if (c >= 0) {
            *side = x->chunks[c].actor;
            q = x->chunks[c].t1 - 1;
        }
        if (x_tok_has2(x, q, WC2(DELEGATION_NOUN)))
            return 1;
    }
    return 0;
}

/* A head stands for his delegation in the meeting just told ("Pakistan
 * and Afghanistan delegations held talks. X led the Pakistani delegation
 * ..."): the country of the delegation (else his own) is replaced by him.
 * Returns how many heads were placed. */
static size_t heads_in_last_meeting(xdoc *x, const int *heads, const int *sides, size_t n, int si)
{
    if (x->last_meeting < 0 || x->rels[x->last_meeting].sent + 1 < si)
        return 0;
    xrel *m = &x->rels[x->last_meeting];
    size_t placed = 0;
    for (size_t i = 0; i < n; i++) {
        int country = sides[i] >= 0 ? sides[i] : ag__x_root(x, heads[i]);
        for (size_t j = 0; j < m->n_parts; j++)
            if (m->parts[j] == country || m->parts[j] == heads[i]) {
                m->parts[j] = heads[i];
                x->actors[heads[i]].in_relation = 1;
                placed++;
                break;
            }
    }
    return placed;
}

/* The head of a delegation led at p when the subject found names no person
 * ("X, Member of the Council of Ministers, led the Saudi delegation"): the
 * nearest person after `from`, or -1. */
static int nearest_person(const xdoc *x, size_t from, size_t p)
{
    for (size_t q = p; q > from; q--) {
        int c = chunk_of(x, q - 1);
        if (c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON &&
            !(x->chunks[c].flags & CH_NOMINAL))
            return x->chunks[c].actor;
    }
    return -1;
}

/* "X led the Saudi delegation and Y led the Iranian delegation", "A and B
 * led their respective delegations in the talks": the heads of the
 * delegations meet, or take their countries' places in the meeting just
 * told. */
static void delegation_heads(xdoc *x, sentctx *s, int si)
{
    int heads[MAXG], sides[MAXG];
    size_t n = 0, at = s->lo;
    for (size_t p = s->lo + 1; p < s->hi && n < MAXG; p++) {
        int side;
        if (!x_tok_has2(x, p, WC2(LEAD_VERB)) || chunk_of(x, p) >= 0 || x_tok_is(x, p + 1, "by") ||
            !led_delegation(x, s, p, &side))
            continue; /* "the delegation led by X": his, told by its clause */
        xvgroup vg;
        ag__x_vgroup(x, s->lo, p, &vg);
        if (vg.flags & (VG_NEG | VG_IRREALIS | VG_PASSIVE))
            continue;
        int src[MAXG], person = 0;
        size_t ns = find_source(x, s, p, src);
        for (size_t i = 0; i < ns; i++)
            person |= x->actors[src[i]].kind == AG_ACTOR_PERSON;
        if (!person && (src[0] = nearest_person(x, at, p)) >= 0)
            ns = 1;
        for (size_t i = 0; i < ns && n < MAXG; i++) {
            heads[n] = src[i];
            sides[n++] = ns == 1 ? side : -1;
        }
        at = p;
    }
    x->rule = "delegation_heads";
    if (!n || heads_in_last_meeting(x, heads, sides, n, si) || n < 2)
        return;
    long meet = ag_lexicon_find(x->lx, AG_LX_MEET, "meet");
    if (meet >= 0)
        add_meeting(x, heads, n, ag_lexicon_entry(x->lx, (uint32_t)meet), meeting_place(x, s, at), si);
}

/* "Condemning the coup, Faki said ...": a participle that opens the
 * sentence takes the subject of the clause after its comma. */
static size_t opening_participle(xdoc *x, sentctx *s, size_t p, int *src)
{
    const ag_token *t = &x->t.toks[p];
    size_t n = t->end - t->start;
    if (p != s->lo || n < 5 || memcmp(x->text + t->end - 3, "ing", 3) != 0)
        return 0;
    for (size_t k = p + 1; k + 1 < s->hi && k < p + 20; k++) {
        if (!x_tok_is(x, k, ","))
            continue;
        int c = chunk_of(x, k + 1);
        if (c < 0 && x_tok_has(x, k + 1, WC(NOUN_MODIFIER)))
            c = chunk_of(x, k + 2);
        if (c >= 0 && usable(x, c))
            return group_right(x, c, s->hi, src);
        return 0;
    }
    return 0;
}

/* "condemned the coup in Niger": an act whose object names no actor is
 * aimed at the country where the event it names took place. */
static size_t event_place(xdoc *x, sentctx *s, size_t from, const int *src, size_t nsrc, int *tgt)
{
    for (size_t k = from; k + 1 < s->hi && k < from + 6; k++) {
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)) || x_tok_is(x, k, ",") || chunk_of(x, k) >= 0)
            return 0;
        if (!x_tok_is(x, k, "in") || k == from)
            continue;
        int c = chunk_of(x, k + 1);
        if (c < 0 || !(x->chunks[c].flags & CH_LOC))
            return 0;
        int a = ag__x_root(x, x->chunks[c].actor);
        if (a < 0 || x->actors[a].kind != AG_ACTOR_COUNTRY)
            return 0;
        for (size_t q = 0; q < nsrc; q++)
            if (src[q] == a || ag__x_root(x, src[q]) == a)
                return 0;
        tgt[0] = a;
        return 1;
    }
    return 0;
}

/* "summoned India's High Commissioner in Dhaka, Pranay Verma,": a
 * person of the summoned country in apposition after its mention in
 * sentence si, or -1. */
static int envoy_apposition(const xdoc *x, int who, int si)
{
    const ag_sentence *se = &x->t.sents[si];
    for (size_t k = se->tok_start; k < se->tok_end; k++) {
        int c = chunk_of(x, k);
        if (c < 0 || x->chunks[c].actor != who)
            continue;
        size_t t1 = x->chunks[c].t1;
        for (size_t q = t1; q + 1 < se->tok_end && q < t1 + 6; q++) {
            int pc = x_tok_is(x, q, ",") ? chunk_of(x, q + 1) : -1;
            if (pc >= 0 && x->actors[x->chunks[pc].actor].kind == AG_ACTOR_PERSON &&
                ag__x_root(x, x->chunks[pc].actor) == who)
                return x->chunks[pc].actor;
        }
        return -1;
    }
    return -1;
}

/* Is a title (a lexicon title's key) an envoy's: a word of it an
 * envoy_title ("deputy ambassador"), or an envoy_modifier before an
 * envoy_head ("high commissioner")? */
static int envoy_title(const xdoc *x, const char *title)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    uint64_t prev = 0;
    for (const char *w = title; *w;) {
        size_t n = strcspn(w, " ");
        uint64_t c2;
        ag_vocab_classes(v, w, n, NULL, &c2);
        if ((c2 & WC2(ENVOY_TITLE)) || ((prev & WC2(ENVOY_MODIFIER)) && (c2 & WC2(ENVOY_HEAD))))
            return 1;
        prev = c2;
        w += n + strspn(w + n, " ");
    }
    return 0;
}

/* Who stands for a summoned country: the person named in apposition, a
 * person of that country the text calls its ambassador or envoy, else the
 * country itself. */
static int envoy_of(xdoc *x, int who, int si)
{
    if (x->actors[who].kind == AG_ACTOR_PERSON)
        return who;
    int named = envoy_apposition(x, who, si);
    if (named >= 0)
        return named;
    for (size_t i = 0; i < x->n_actors; i++) {
        const xactor *a = &x->actors[i];
        if (a->kind == AG_ACTOR_PERSON && a->title && ag__x_root(x, (int)i) == who && envoy_title(x, a->title))
            return (int)i;
    }
    return who;
}

/* The nearest usable mention left of p in the sentence, or -1. */
static int chunk_left(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p; k > s->lo; k--) {
        int c = chunk_of(x, k - 1);
        if (c >= 0 && usable(x, c))
            return c;
    }
    return -1;
}

/* "The ceasefire between Israel and Hamas was welcomed by Egypt": a
 * mention before t0 in its clause (after a comma or "where") that a
 * preposition other than "of" governs is no guest. */
static int governed_subject(const xdoc *x, const sentctx *s, size_t t0)
{
    for (size_t k = t0; k > s->lo; k--) {
        if (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(RELATIVE)) || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            return 0;
        /* "On Thursday he was visited by X": the preposition governs the date. */
        if (x_tok_has(x, k - 1, WC(WEEKDAY) | WC(MONTH)))
            return 0;
        if (chunk_of(x, k - 1) < 0 && x_tok_has(x, k - 1, WC(PREPOSITION)) && !x_tok_is(x, k - 1, "of"))
            return 1;
    }
    return 0;
}

/* "The delegation was welcomed by X": a subject that is a delegation noun
 * right before the verb group at p is the delegation of the country its
 * adjective names ("The Iranian delegation"), else the side that came to
 * the last meeting (its first participant).  Returns 0 or 1. */
static size_t delegation_subject(const xdoc *x, const sentctx *s, size_t p, int *parts)
{
    size_t k = p;
    while (k > s->lo && k + 3 > p && x_tok_has(x, k - 1, WC(BE) | WC(AUXILIARY)))
        k--;
    if (k == p || k <= s->lo || !x_tok_has2(x, k - 1, WC2(DELEGATION_NOUN)))
        return 0;
    int c = k > s->lo + 1 ? chunk_of(x, k - 2) : -1;
    if (c >= 0 && (x->chunks[c].flags & CH_ADJ) && x->chunks[c].actor >= 0)
        parts[0] = x->chunks[c].actor;
    else if (x->last_meeting >= 0 && x->rels[x->last_meeting].n_parts > 0)
        parts[0] = x->rels[x->last_meeting].parts[0];
    else
        return 0;
    return 1;
}

/* "Tshisekedi and Biruta were received in Luanda by Angolan President
 * Lourenco": a meeting of the subject group and the agent, wherever the
 * "by" phrase stands before the clause ends. */
static void passive_meeting(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent)
{
    int parts[2 * MAXG + 4];
    int tc = chunk_left(x, s, p);
    size_t n = delegation_subject(x, s, p, parts);
    if (!n && (tc < 0 || governed_subject(x, s, x->chunks[tc].t0)))
        return;
    n = n ? n : group_left(x, tc, s->lo, parts);
    size_t hi = p + m + 12 < s->hi ? p + m + 12 : s->hi;
    for (size_t k = p + m - 1; k + 1 < hi; k++) { /* the form may end in "by": "welcomed by" */
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)))
            break;
        if (!x_tok_is(x, k, "by"))
            continue;
        int c = chunk_of(x, k + 1);
        if (c < 0 && x_tok_is(x, k + 1, "the"))
            c = chunk_of(x, k + 2);
        /* "welcomed by top Afghan officials including A, B and C" */
        for (size_t q = k + 1; !usable(x, c) && q < k + 6 && q + 1 < s->hi; q++)
            if (x_tok_has2(x, q, WC2(MEMBER_WORD)))
                c = chunk_of(x, q + 1);
        if (c < 0 || !usable(x, c))
            break;
        int g[MAXG];
        size_t ng = group_right(x, c, s->hi, g);
        /* "was joined by A and B in condemning ...": an act shared, no
         * meeting. */
        for (size_t q = k + 1; q + 1 < hi; q++)
            if (x_tok_is(x, q, "in") && ends_ing(x, q + 1))
                return;
        for (size_t i = 0; i < ng && n < 2 * MAXG; i++)
            parts[n++] = g[i];
        add_meeting(x, parts, n, e, meeting_place(x, s, p), sent);
        return;
    }
}

/* What a speaker's "X is ..." says of X: the lemma of the stance, or
 * NULL. Up to seven words after the verb, before a negation or another
 * actor: "in direct violation" (accuse), "'illegitimate'" (criticize), "two
 * friends and partners" (praise). */
static const char *copula_judgment(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k + 1; q < k + 8 && q < s->hi; q++) {
        if (x_tok_has(x, q, WC(NEGATION) | WC(CLAUSE_BREAK)) || chunk_of(x, q) >= 0)
            return NULL;
        if (x_tok_has(x, q, WC(VIOLATION_NOUN)))
            return "accuse";
        if (x_tok_has(x, q, WC(NEGATIVE_EVALUATION)))
            return "criticize";
        if (x_tok_has2(x, q, WC2(POSITIVE_EVALUATION)))
            return "praise";
    }
    return NULL;
}

/* The token after the prepositional phrases at k ("towards the UAE"; not
 * "of", nor "by" that names the act's agent), or k. */
static size_t past_phrase(const xdoc *x, const sentctx *s, size_t k)
{
    while (k + 1 < s->hi && x_tok_has(x, k, WC(PREPOSITION)) && !x_tok_is(x, k, "of") && !x_tok_is(x, k, "by") &&
           chunk_of(x, k + 1) >= 0)
        k = x->chunks[chunk_of(x, k + 1)].t1;
    return k;
}

/* "both Kosovo and Serbia are in direct violation of their obligations",
 * "Mali's junta was 'illegitimate'", "The Dutch position is ... interference"
 * in a speaker's words: the speaker's stance toward them. */
static void quoted_copula(xdoc *x, sentctx *s, int sent)
{
    x->rule = "quoted_violation";
    for (size_t i = s->lo; i < s->hi; i++) {
        int c = chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || (x->chunks[c].flags & CH_LOC))
            continue;
        /* "statements towards the UAE are ...": the object of a preposition
         * is not the subject ("the statements of X" are X's). */
        if (i > s->lo && x_tok_has(x, i - 1, WC(PREPOSITION)) && !x_tok_is(x, i - 1, "of") && !x_tok_is(x, i - 1, "by"))
            continue;
        size_t k = x->chunks[c].t1;
        while (k < s->hi && (chunk_of(x, k) >= 0 || x_tok_is(x, k, "and") || x_tok_is(x, k, ",")))
            k++;
        if ((x->chunks[c].flags & CH_POSS) && k < s->hi && (x_tflags(x, k) & AG_TOK_POSS) && !(x_tflags(x, k) & AG_TOK_CAP))
            k++; /* the "'s" of "Poland's remarks" */
        k = past_phrase(x, s, k);
        /* "The Canadian position is", "Russia's decision was": one noun of
         * the actor's between. */
        if ((x->chunks[c].flags & (CH_ADJ | CH_POSS)) && chunk_of(x, k) < 0 && !(x_tflags(x, k) & AG_TOK_CAP) &&
            k + 1 < s->hi && x_tok_has(x, past_phrase(x, s, k + 1), WC(BE)))
            k = past_phrase(x, s, k + 1);
        else if (x->chunks[c].flags & CH_ADJ) /* "Dutch" alone is no actor's */
            continue;
        if (!(x_tok_is(x, k, "is") || x_tok_is(x, k, "are") || x_tok_is(x, k, "was") || x_tok_is(x, k, "were")))
            continue;
        const char *lemma = copula_judgment(x, s, k);
        long v = lemma ? ag_lexicon_find(x->lx, AG_LX_VERB, lemma) : -1;
        int g[MAXG];
        size_t ng = v >= 0 ? group_right(x, c, s->hi, g) : 0; /* only for a judgment: most chunks have none */
        for (size_t a = 0; a < ng; a++)
            if (g[a] != s->speaker && !related(x, g[a], s->speaker))
                add_stance(x, s->speaker, g[a], ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* A quoted speaker who calls an actor's record "atrocious" criticizes it:
 * "the Assad regime's atrocious record" said by X gives X -> Syria. */
static void evaluations(xdoc *x, sentctx *s, int sent)
{
    if (s->speaker < 0)
        return;
    quoted_copula(x, s, sent);
    x->rule = "quoted_evaluation";
    long crit = ag_lexicon_find(x->lx, AG_LX_VERB, "criticize");
    if (crit < 0)
        return;
    for (size_t i = s->lo; i < s->hi; i++) {
        int c = chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || !usable(x, c) || !(x->chunks[c].flags & CH_POSS))
            continue;
        size_t k = x->chunks[c].t1 + 1;
        for (size_t q = k; q < k + 3 && q < s->hi; q++)
            if (x_tok_has(x, q, WC(NEGATIVE_EVALUATION))) {
                add_stance(x, s->speaker, x->chunks[c].actor, ag_lexicon_entry(x->lx, (uint32_t)crit), sent);
                break;
            }
    }
}

/* The actors judged after a judgment verb at i ("considered Akar's
 * statements", "described the Turkish move"): the first mention within a
 * few words that is not a place; their count in tgt, the mention in *c. */
static size_t judged(xdoc *x, const sentctx *s, size_t i, int *tgt, int *c)
{
    for (size_t k = i + 1; k < s->hi && k < i + 6; k++) {
        if (x_tok_has(x, k, WC(CLAUSE_BREAK) | WC(SPEECH_VERB)))
            return 0;
        *c = chunk_of(x, k);
        if (*c < 0 || (x->chunks[*c].flags & CH_LOC))
            continue;
        if (usable(x, *c))
            return group_right(x, *c, s->hi, tgt);
        tgt[0] = x->chunks[*c].actor; /* "the Turkish move" */
        return 1;
    }
    return 0;
}

static size_t act_object(const xdoc *x, const sentctx *s, size_t k);
static size_t act_of_last_attacker(const xdoc *x, const int *src, size_t ns, int *tgt);

/* "described the attack as a criminal act": the judgment verb at i judges
 * a hostile act named by its noun alone, whose author is the last attacker
 * (into tgt, the judges into src); returns the act's last token, or 0. */
static size_t judged_act(xdoc *x, sentctx *s, size_t i, int *src, size_t *ns, int *tgt, size_t *nt)
{
    size_t act = act_object(x, s, i + 1);
    if (!act || x_tok_has(x, i - 1, WC(BE)) || !(*ns = find_source(x, s, i, src)))
        return 0;
    *nt = act_of_last_attacker(x, src, *ns, tgt);
    *ns = *nt ? *ns : 0;
    return act;
}

/* "Greece considered Turkey's statements a provocation", "Azerbaijan finds
 * X's comments one-sided", "Turkey's move was described by Greece as
 * reckless": a judgment verb with an actor (or its act) and an evaluation
 * word is the judge's stance toward the actor. */
static void judgments(xdoc *x, sentctx *s, int sent)
{
    x->rule = "judgment";
    for (size_t i = s->lo + 1; i + 2 < s->hi; i++) {
        if (!x_tok_has2(x, i, WC2(JUDGMENT_VERB)) || chunk_of(x, i) >= 0 || x_tok_has(x, i - 1, WC(NEGATION)) ||
            (i > s->lo + 1 && x_tok_has(x, i - 2, WC(NEGATION))))
            continue;
        int src[MAXG], tgt[MAXG], c = -1;
        size_t ns = 0, nt = 0;

        if (x_tok_has(x, i - 1, WC(BE))) { /* "was described by X as" */
            int agent = x_tok_is(x, i + 1, "by") ? chunk_of(x, i + 2) : -1;
            for (size_t k = i - 1; agent >= 0 && usable(x, agent) && k > s->lo && !nt; k--) {
                int b = chunk_of(x, k - 1);
                if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
                    break;
                if (b >= 0 && !(x->chunks[b].flags & CH_LOC))
                    tgt[nt++] = x->chunks[b].actor;
            }
            src[0] = agent;
            ns = nt ? 1 : 0;
            c = agent;
        } else if (!x_tok_has(x, i + 1, WC(PREPOSITION))) { /* "called on X to": an appeal */
            nt = judged(x, s, i, tgt, &c);
            ns = nt ? find_source(x, s, i, src) : 0;
        }
        size_t end = ns ? x->chunks[c].t1 - 1 : judged_act(x, s, i, src, &ns, tgt, &nt);
        const char *lemma = ns ? copula_judgment(x, s, end) : NULL;
        long v = lemma ? ag_lexicon_find(x->lx, AG_LX_VERB, lemma) : -1;
        for (size_t a = 0; v >= 0 && a < ns; a++)
            for (size_t b = 0; b < nt; b++)
                if (src[a] != tgt[b] && !related(x, src[a], tgt[b]))
                    add_stance(x, src[a], tgt[b], ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* "ordered the Kenyan ambassador to leave the country", "gave Mexico's
 * ambassador 72 hours to leave": an order to an envoy (the first mention
 * before "to") to leave is an expulsion of the envoy's side. */
static void leave_orders(xdoc *x, sentctx *s, int sent)
{
    x->rule = "leave_order";
    for (size_t i = s->lo + 2; i < s->hi; i++) {
        if (!x_tok_has2(x, i, WC2(DEPARTURE_VERB)) || !x_tok_is(x, i - 1, "to"))
            continue;
        int tgt = -1, src[MAXG];
        size_t verb = 0;
        for (size_t k = i - 1; k > s->lo + 1 && k + 10 > i && !verb; k--) {
            int c = chunk_of(x, k - 1);
            if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) || (c >= 0 && (x->chunks[c].flags & CH_PRON)))
                break; /* "order him to leave": whom "him" stands for is not known here */
            if (c >= 0 && tgt < 0 && !(x->chunks[c].flags & CH_LOC)) {
                tgt = x->chunks[c].actor;
                k = x->chunks[c].t0 + 1; /* the loop's k-- lands on the mention's start */
            } else if (c < 0 && tgt >= 0 && x_tok_has2(x, k - 1, WC2(ORDER_VERB)) &&
                       !x_tok_has(x, k - 2, WC(NEGATION)) && !x_tok_has(x, k - 2, WC(IRREALIS))) {
                verb = k - 1;
            }
        }
        long v = verb ? ag_lexicon_find(x->lx, AG_LX_VERB, "expel") : -1;
        size_t ns = v >= 0 ? find_source(x, s, verb, src) : 0;
        for (size_t a = 0; a < ns; a++)
            add_stance(x, src[a], tgt, ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* "Turkey must stop its interference", "it is more appropriate for Turkey
 * to stop": said by a speaker, an actor that must stop or undo something is
 * the target of the speaker's demand (corpus guide 7). */
static void modal_demands(xdoc *x, sentctx *s, int sent)
{
    if (s->speaker < 0)
        return;
    x->rule = "modal_demand";
    for (size_t i = s->lo; i + 2 < s->hi; i++) {
        int c = chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || !usable(x, c) || (x->chunks[c].flags & CH_POSS))
            continue;
        size_t k = x->chunks[c].t1;
        int modal = x_tok_has(x, k, WC(MODAL)) && !x_tok_has(x, k + 1, WC(NEGATION));
        int for_to = i > s->lo && x_tok_is(x, i - 1, "for") && x_tok_is(x, k, "to");
        size_t v = k + 1;
        if (v < s->hi && chunk_of(x, v) < 0 && !x_tok_has2(x, v, WC2(CESSATION_VERB)) &&
            (x_tok_is(x, v, "to") || (x_tflags(x, v) & AG_TOK_WORD)) && !x_tok_has(x, v, WC(NEGATION)))
            v++; /* "has to stop", "must immediately stop" */
        if (!(modal || for_to || (x_tok_has(x, k, WC(HAVE)) && x_tok_is(x, k + 1, "to"))) || v >= s->hi ||
            !x_tok_has2(x, v, WC2(CESSATION_VERB)))
            continue;
        long e = ag_lexicon_find(x->lx, AG_LX_VERB, "demand");
        if (e >= 0 && x->chunks[c].actor != s->speaker)
            add_stance(x, s->speaker, x->chunks[c].actor, ag_lexicon_entry(x->lx, (uint32_t)e), sent);
    }
}

/* What a sentence offers the relation rules, read from its tokens. */
enum { CUE_MENTION = 1, CUE_PREDICATE = 2, CUE_QUOTE = 4, CUE_GROUP = 8 };

static unsigned sentence_cues(const xdoc *x, size_t lo, size_t hi)
{
    unsigned cues = 0;
    for (size_t i = lo; i < hi; i++) {
        const ag_token *t = &x->t.toks[i];
        if (x->tok_chunk[i] >= 0)
            cues |= CUE_MENTION;
        /* A stance or meeting form starts with a word the vocabulary marks
         * (a word too long for it is tried too). */
        else if ((t->cls & (WC(PREDICATE_START) | WC(ATTENDANCE_VERB))) || t->end - t->start > AG_WORD_MAX)
            cues |= CUE_PREDICATE;
        else if ((t->cls & WC(BE)) && x->last_meeting >= 0 && (x_tok_is(x, i + 1, "in") || x_tok_has2(x, i + 1, WC2(VERB_ADVERB))))
            cues |= CUE_PREDICATE; /* "were also in Luanda", where the last meeting was */
        if (t->flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ))
            cues |= CUE_QUOTE;
        if (t->cls & (WC(GROUP_REFERENCE) | WC(PAIR_NOUN))) /* "the presidents", "these nations" */
            cues |= CUE_GROUP;
    }
    return cues;
}

/* ---- predicates and the relation rules (lexicon "rules", data/rules.txt) ---- */

/* A stance or meeting predicate and what the rules may ask of it. */
typedef struct pred {
    size_t p, m;     /* its tokens [p, p+m) */
    size_t head;     /* the light verb before a noun ("held talks"), else p */
    const ag_lx_entry *e;
    int nominal;
    size_t wish_at;  /* the wish verb before "to", or 0 */
    int obj;         /* "declared X persona non grata": X's chunk, else -1 */
    unsigned cond;   /* AG_RC_* */
    xvgroup vg;
} pred;

/* The first word of the modifiers before p that a light verb may precede
 * ("expressed its strongest condemnation"). */
static size_t modifiers_start(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = p;
    while (q > s->lo && q + 4 > p && is_modifier(x, q - 1))
        q--;
    return q;
}

/* "the condemnation of Serbia by Croatia", "the shelling of Armenian
 * villages by Azerbaijan", "evidence against Russia was presented by the
 * US": *obj (the first mention of the noun phrase after "of" or another
 * object preposition, a country adjective included) and *agent (after
 * "by") chunks. k is the token after the noun, or after a noun form that
 * ends in its preposition ("evidence against"). */
static int of_by(const xdoc *x, size_t k, int *obj, int *agent)
{
    size_t b = k + 1;
    if (k > 0 && x_tok_has(x, k - 1, WC(OBJECT_PREP)) && !x_tok_has(x, k, WC(OBJECT_PREP)))
        b = k; /* the form holds the preposition */
    else if (!x_tok_has(x, k, WC(OBJECT_PREP)) || x_tok_is(x, k, "between"))
        return 0;
    int oc = -1, poss = 0;
    for (; b < x->t.n_toks && b < k + 8 && !x_tok_is(x, b, "by"); b++) {
        int c = chunk_of(x, b);
        if (c >= 0 && oc < 0 && !(x->chunks[c].flags & CH_LOC))
            oc = c;
        else if (c < 0 && !(x_tflags(x, b) & AG_TOK_WORD))
            return 0; /* a comma or a quote: another phrase */
        /* "the expulsion of 34 of its diplomats by Russia": the owner is
         * the clause's subject (*obj -1). */
        poss |= c < 0 && x_tok_has(x, b, WC(PRONOUN)) && x_tok_has(x, b, WC(NOUN_MARKER));
    }
    if ((oc < 0 && !poss) || !x_tok_is(x, b, "by"))
        return 0;
    int ac = chunk_of(x, b + 1);
    if (ac < 0 && x_tok_is(x, b + 1, "the"))
        ac = chunk_of(x, b + 2);
    if (ac < 0 || !usable(x, ac))
        return 0;
    *obj = oc;
    *agent = ac;
    return 1;
}

/* "between A and B" within ten tokens after k: the chunk of A, or -1. */
static int between_chunk(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < s->hi && q < k + 10; q++)
        if (x_tok_is(x, q, "between")) {
            size_t b = q + 1;
            if (x_tok_is(x, b, "the"))
                b++;
            int c = chunk_of(x, b);
            return c >= 0 && usable(x, c) ? c : -1;
        }
    return -1;
}

/* A gerund or participle in -ing of five letters or more ("attacking"). */
static int ends_ing(const xdoc *x, size_t k)
{
    if (k >= x->t.n_toks)
        return 0;
    const ag_token *t = &x->t.toks[k];
    return t->end - t->start > 4 && (t->flags & AG_TOK_WORD) && memcmp(x->text + t->end - 3, "ing", 3) == 0;
}

/* A participle right after a comma or a noun phrase, before "by": 2 after
 * a comma or an actor ("the militia backed by Iran": the actor is its
 * target), 1 after another noun ("a plan backed by Russia", "victims
 * killed by the crash": a passive whose target is no actor), else 0. */
static int reduced_relative(const xdoc *x, const sentctx *s, size_t p)
{
    if (p <= s->lo || ends_ing(x, p))
        return 0;
    if (x_tok_is(x, p - 1, ",") || chunk_of(x, p - 1) >= 0)
        return 2;
    const ag_token *t = &x->t.toks[p - 1];
    return (t->flags & AG_TOK_WORD) && !(t->cls & (WC(BE) | WC(HAVE) | WC(AUXILIARY) | WC(MODAL) | WC(NEGATION))) &&
           !x_tok_is(x, p - 1, "to") && !x_tok_has(x, p - 1, WC(PRONOUN)) && !x_tok_has(x, p - 1, WC(RELATIVE));
}

/* "The US said (that) Iraq had attacked ...": the act's subject stands
 * right before its verb group, after the speaker's speech verb and an
 * optional "that", and is not the speaker's side ("Israel said it struck
 * ..." is its own act). */
static int claimed(xdoc *x, const sentctx *s, const pred *pr)
{
    if (s->speaker < 0 || pr->e->kind != AG_LX_VERB || pr->nominal || pr->vg.t0 <= s->lo)
        return 0;
    int c = chunk_of(x, pr->vg.t0 - 1);
    if (c < 0 || !usable(x, c))
        return 0;
    size_t q = x->chunks[c].t0;
    if (q > s->lo && x_tok_is(x, q - 1, "that"))
        q--;
    if (q <= s->lo || !x_tok_has(x, q - 1, WC(SPEECH_VERB)) || in_quote(s, q - 1))
        return 0;
    int a = x->chunks[c].actor;
    return a != s->speaker && !related(x, a, s->speaker);
}

/* A determiner among the modifiers [q, p) of the noun at p, with a
 * preposition or a stance verb before it ("to the expulsion", "condemned
 * the expulsion"); the modifiers may have taken the verb in. */
static int embedded(const xdoc *x, const sentctx *s, size_t q, size_t p)
{
    int det = 0;
    for (size_t j = p; j > q && j + 6 > p && !det; j--)
        det = x_tok_has(x, j - 1, WC(DETERMINER));
    for (size_t j = q > s->lo ? q - 1 : q; det && j < p; j++)
        if (chunk_of(x, j) < 0 && !x_tok_has(x, j, WC(DETERMINER)) &&
            (x_tok_has(x, j, WC(PREPOSITION)) || x_match(x, j, s->hi, KIND(AG_LX_VERB), NULL)))
            return 1;
    return 0;
}

/* "US-China trade talks", "the India-Pakistan summit": a meeting noun
 * whose modifiers (a name and at most two words) start with a pair that
 * the hyphen joined (pairs.c). */
static int paired_noun(const xdoc *x, const sentctx *s, size_t head)
{
    size_t q = head;
    while (q > s->lo + 2 && q + 3 > head && chunk_of(x, q - 1) < 0 && is_modifier(x, q - 1))
        q--;
    int c = q > s->lo + 2 ? chunk_of(x, q - 1) : -1;
    if (c < 0 || x->chunks[c].t1 != q || !(x_tflags(x, x->chunks[c].t0 - 1) & AG_TOK_PAIR))
        return 0;
    /* "no US-China talks": the verb group ends at the names. */
    int first = chunk_of(x, x->chunks[c].t0 - 2);
    return first >= 0 && !(x->chunks[first].t0 > s->lo && x_tok_has(x, x->chunks[first].t0 - 1, WC(NEGATION)));
}

/* "called on the Prime Minister on Saturday": after a form that ends in a
 * courtesy preposition, a person, and no infinitive in the rest of the
 * clause ("called on X to resign" asks X for an act). */
static int on_person(const xdoc *x, const sentctx *s, size_t k)
{
    if (k <= s->lo || !x_tok_has2(x, k - 1, WC2(COURTESY_PREP)))
        return 0;
    int c = -1; /* over "the", "interim", "Speaker National Assembly" */
    for (size_t q = k; c < 0 && q < s->hi && q < k + 4 && (x_tflags(x, q) & AG_TOK_WORD); q++)
        c = chunk_of(x, q);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
        return 0;
    for (size_t q = x->chunks[c].t1; q + 1 < s->hi && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (x_tok_is(x, q, "to") && chunk_of(x, q + 1) < 0 && !(x_tflags(x, q + 1) & AG_TOK_CAP))
            return 0;
    return 1;
}

/* "welcomed South Korean Foreign Minister Park Jin to Tokyo": a person
 * right after the form, then "to" or "in" and a place: a visitor. */
static int visitor(const xdoc *x, const sentctx *s, size_t k)
{
    int c = k < s->hi ? chunk_of(x, x_tok_is(x, k, "the") ? k + 1 : k) : -1;
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON ||
        (x->chunks[c].flags & CH_POSS))
        return 0;
    size_t q = x->chunks[c].t1;
    int pc = q + 1 < s->hi && (x_tok_is(x, q, "to") || x_tok_is(x, q, "in")) ? chunk_of(x, q + 1) : -1;
    return pc >= 0 && ((x->chunks[pc].flags & CH_LOC) ||
                       (x->chunks[pc].actor >= 0 && x->actors[x->chunks[pc].actor].kind == AG_ACTOR_COUNTRY));
}

/* "wants to host a meeting between A and B": a meeting noun that is the
 * object of a wished verb ("to host a") is wished too. */
static int wished_object(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p; k > s->lo + 2 && k + 4 > p && chunk_of(x, k - 1) < 0; k--)
        if (wished(x, s, k - 1))
            return 1;
    return 0;
}

/* The conditions the rules test (AG_RC_*), from the verb group and the
 * words around the predicate. */
static void pred_conditions(xdoc *x, sentctx *s, pred *pr)
{
    size_t p = pr->p, k = p + pr->m;
    const ag_lx_entry *e = pr->e;
    unsigned c = e->kind == AG_LX_MEET ? AG_RC_MEET : AG_RC_VERB;
    ag__x_vgroup(x, s->lo, p, &pr->vg);
    unsigned f = pr->vg.flags;
    int rr = 0;
    if (pr->nominal) {
        size_t q = modifiers_start(x, s, p);
        /* "expressed their appreciation and gratitude": the second noun
         * shares the light verb of the first. */
        if (q == p && p > s->lo + 2 && x_tok_is(x, p - 1, "and") && chunk_of(x, p - 2) < 0)
            q = modifiers_start(x, s, p - 2);
        c |= AG_RC_NOUN;
        /* "at a meeting": the scene of the clause is an act like "held a meeting". */
        int scene = e->kind == AG_LX_MEET && scene_prep(x, s, p);
        c |= scene || pr->obj >= 0 || (q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB))) ? AG_RC_LIGHT : 0;
        /* "support for X"; "evidence against X", a form with its preposition. */
        c |= x_tok_has(x, k, WC(OBJECT_PREP)) || (pr->m > 1 && x_tok_has(x, k - 1, WC(OBJECT_PREP))) ? AG_RC_PREP : 0;
        int o, a, hosts[MAXG];
        c |= of_by(x, k, &o, &a) ? AG_RC_OF_BY : 0;
        /* "the talks are sponsored by X": a meeting noun with its hosts. */
        size_t at;
        c |= e->kind == AG_LX_MEET && scene_host(x, s, k, hosts, &at) ? AG_RC_BY_AGENT : 0;
        /* "in response to the expulsion of X", "condemned the expulsion of
         * X": a noun after a preposition or another stance verb names an
         * act whose agent the clause does not give. */
        /* "condemned the Israeli attack on X": the same past a country
         * adjective before the noun. */
        int adj = q == p && p > s->lo ? chunk_of(x, p - 1) : -1;
        size_t qa = adj >= 0 && (x->chunks[adj].flags & CH_ADJ) ? x->chunks[adj].t0 : q;
        c |= !(c & AG_RC_LIGHT) && embedded(x, s, qa, p) ? AG_RC_EMBEDDED : 0;
    } else if (((f & VG_PASSIVE) && !ends_ing(x, p) && /* "has been backing": progressive */
                !(e->kind == AG_LX_MEET && pr->m > 1 && x_tok_is(x, p + 1, "to"))) /* "is expected to meet" */ ||
               (x_tok_is(x, k, "by") && pr->vg.t0 == p && (rr = reduced_relative(x, s, p)))) {
        /* ", mediated by the African Union", "the militia backed by Iran":
         * a participle after a comma or a noun, with its agent, is a
         * passive too. */
        c |= AG_RC_PASSIVE | (x_tok_is(x, k, "by") && rr != 1 ? AG_RC_BY_AGENT : 0);
    }
    c |= f & VG_NEG ? AG_RC_NEGATED : f & VG_IRREALIS ? AG_RC_IRREALIS : 0;
    c |= f & VG_REFUSED ? AG_RC_REFUSED : 0;
    c |= f & VG_DENIED ? AG_RC_DENIED : 0;
    if (e->kind == AG_LX_VERB) {
        c |= appealed(x, s, p) ? AG_RC_APPEALED : 0;
        c |= x_tok_has(x, pr->head, WC(APPEAL_WORD)) && to_stop(x, s, p + pr->m) ? AG_RC_TO_STOP : 0;
        pr->wish_at = wished(x, s, p);
        if (pr->wish_at) {
            int wsrc[MAXG], y[MAXG];
            size_t nw = find_source(x, s, pr->wish_at, wsrc);
            size_t w = pr->wish_at;
            c |= AG_RC_WISHED | (find_target(x, s, w + 1, p - 1 - (w + 1), wsrc, nw, y, NULL) ? AG_RC_WISH_OBJECT : 0);
        }
    } else {
        /* "wants to meet", "invited X to visit", "urged them to hold talks":
         * a wished-for meeting has not happened (corpus convention 8). */
        c |= appealed(x, s, pr->head) || (pr->nominal ? asked_for(x, s, p) : unheld_before(x, s, p)) ? AG_RC_APPEALED : 0;
        c |= wished(x, s, pr->head) || (pr->nominal && wished_object(x, s, p)) ? AG_RC_WISHED : 0;
    }
    /* "warned Beijing against providing support to Russia". */
    if (pr->head > s->lo && ends_ing(x, pr->head) && x_tok_has(x, pr->head - 1, WC(SHIELD_PREP)))
        c |= AG_RC_SHIELDED;
    c |= between_chunk(x, s, k) >= 0 ? AG_RC_BETWEEN : 0;
    c |= e->kind == AG_LX_MEET && paired_noun(x, s, pr->head) ? AG_RC_PAIRED : 0;
    c |= x_tok_is(x, k, "to") && chunk_of(x, k + 1) < 0 ? AG_RC_TO_VERB : 0;
    c |= x_tok_is(x, k, "that") || ends_ing(x, k) ? AG_RC_COMPLEMENT : 0;
    c |= e->target_preps ? AG_RC_AIMED : 0;
    c |= s->speaker >= 0 ? AG_RC_REPORTED : 0;
    c |= claimed(x, s, pr) ? AG_RC_CLAIMED : 0;
    c |= !pr->nominal && on_person(x, s, k) ? AG_RC_ON_PERSON : 0;
    c |= !pr->nominal && visitor(x, s, k) ? AG_RC_VISITOR : 0;
    /* "threatened to impose sanctions": the act is the threat's content. */
    for (size_t q = pr->head; q > s->lo + 1 && q + 3 > pr->head; q--) {
        if (!x_tok_is(x, q - 1, "to")) {
            if (chunk_of(x, q - 1) >= 0 || !(x_tflags(x, q - 1) & AG_TOK_WORD))
                break;
            continue; /* "to impose sanctions": over the light verb */
        }
        c |= x_tok_has(x, q - 2, WC(THREAT_VERB)) ? AG_RC_THREATENED : 0;
        break;
    }
    /* "spoke by phone with X and discussed ...": one conversation. */
    if (e->kind == AG_LX_MEET && p > s->lo && x_tok_is(x, p - 1, "and") && x->last_meeting >= 0 &&
        x->rels[x->last_meeting].sent == s->sent)
        c |= AG_RC_CONTINUED;
    pr->cond = c;
}

/* "the BRICS meeting took place", "after the GCC meeting on ...": a meeting
 * form in -ing right after a name, with no mention after it, is the noun
 * the name modifies ("Putin meeting Xi" keeps its object: a verb). */
static int named_meeting(const xdoc *x, const sentctx *s, size_t p, size_t m, const ag_lx_entry *e)
{
    if (e->kind != AG_LX_MEET || p <= s->lo || !ends_ing(x, p) || chunk_of(x, p - 1) < 0)
        return 0;
    size_t k = x_tok_has(x, p + m, WC(DETERMINER)) ? p + m + 1 : p + m;
    return k >= s->hi || chunk_of(x, k) < 0;
}

/* "declared Mexico's ambassador persona non grata": a noun after the
 * object of a light verb is the predicate of that verb, and the object
 * its target. Returns the object's chunk (and the verb in *head), or -1. */
static int complement_object(const xdoc *x, const sentctx *s, size_t p, size_t *head)
{
    size_t k = p;
    while (k > s->lo && (x_tflags(x, k - 1) & AG_TOK_PUNCT) && chunk_of(x, k - 1) < 0) /* 'them "persona ..."' */
        k--;
    /* "Mexico's ambassador": a possessive before one lower-case noun. */
    if (k > s->lo + 3 && chunk_of(x, k - 1) < 0 && (x_tflags(x, k - 2) & AG_TOK_POSS) &&
        (x_tflags(x, k - 1) & AG_TOK_WORD) && !(x_tflags(x, k - 1) & AG_TOK_CAP))
        k -= 2;
    int c = k > s->lo ? chunk_of(x, k - 1) : -1;
    if (c < 0 || !usable(x, c) || x->chunks[c].t0 <= s->lo)
        return -1;
    size_t v = x->chunks[c].t0 - 1;
    if (x_tok_is(x, v, "the") && v > s->lo)
        v--;
    if (!x_tok_has(x, v, WC(LIGHT_VERB)) || chunk_of(x, v) >= 0)
        return -1;
    *head = v;
    return c;
}

/* Reads the predicate matched at p (m tokens, entry e): its form and head.
 * A verb form after a light verb and modifiers is the noun ("providing
 * military support"); "support" after "our" is the noun too. */
static void pred_read(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_hit *h, pred *pr)
{
    memset(pr, 0, sizeof *pr);
    pr->p = p;
    pr->m = m;
    pr->e = ag_lexicon_entry(x->lx, h->entry);
    pr->nominal = h->form == AG_FORM_NOUN || (p > s->lo && x_tok_has(x, p - 1, WC(NOUN_MARKER)));
    /* "Sanctions against Iran were imposed": a sentence opens with a noun. */
    pr->nominal |= p == s->lo && x_tok_has(x, p + m, WC(OBJECT_PREP)) && !x_tok_is(x, p + m, "to");
    /* "bans on travel to Canada": a meeting verb's bare form after a
     * preposition is a noun (a gerund, "after meeting X", stays a verb). */
    int bare = pr->e->kind == AG_LX_MEET && p > s->lo && x_tok_has(x, p - 1, WC(PREPOSITION)) &&
               !x_tok_is(x, p - 1, "to") && !ends_ing(x, p) && !scene_prep(x, s, p); /* "during talks with X" */
    pr->nominal |= bare || named_meeting(x, s, p, m, pr->e);
    size_t q = modifiers_start(x, s, p);
    if (!pr->nominal && p > s->lo)
        pr->nominal = q < p && q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB));
    /* "condemned the terrorist bombing which ...", "The virtual meeting of
     * ...": an -ing form after a determiner and its modifiers is the noun. */
    pr->nominal |= q < p && ends_ing(x, p) && x_tok_has(x, q, WC(DETERMINER));
    /* "the Israeli attack": a form after a country adjective and its determiner. */
    int adj = p > s->lo ? chunk_of(x, p - 1) : -1;
    pr->nominal |= adj >= 0 && (x->chunks[adj].flags & CH_ADJ) && x_tok_has(x, x->chunks[adj].t0, WC(DETERMINER));
    pr->head = p;
    /* A noun's subject is the light verb's: "X ... and made the proposal". */
    if (pr->nominal && q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB)) && chunk_of(x, q - 1) < 0)
        pr->head = q - 1;
    pr->obj = pr->nominal && pr->head == p && pr->e->kind == AG_LX_VERB ? complement_object(x, s, p, &pr->head) : -1;
    pred_conditions(x, s, pr);
    /* "advised against travel to X": a bare noun, no act of anyone. */
    if (bare)
        pr->cond &= ~(AG_RC_LIGHT | AG_RC_PREP | AG_RC_BY_AGENT);
}

static int one_of(const char *s, const char **v, size_t n)
{
    if (!v)
        return 1;
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(s, v[i]) == 0)
            return 1;
    return 0;
}

static int code_in(const ag_lx_entry *e, const char *codes)
{
    if (!codes)
        return 1;
    for (const char *c = codes; e->code && (c = strchr(c, ' ')) && c[1]; c++) {
        size_t n = strcspn(c + 1, " ");
        if (strncmp(e->code, c + 1, n) == 0)
            return 1;
    }
    return 0;
}

/* The first rule that applies to the predicate, or NULL. */
static const ag_lx_rule *rule_for(const xdoc *x, const pred *pr, const ag_lx_rule *from)
{
    size_t n;
    const ag_lx_rule *r = ag_lexicon_rules(x->lx, &n);
    if (!r) /* a lexicon without rules */
        return NULL;
    size_t i = from ? (size_t)(from - r) : 0;
    for (r += i; i < n; i++, r++)
        if ((pr->cond & r->need) == r->need && !(pr->cond & r->deny) && one_of(pr->e->label, r->labels, r->n_labels) &&
            one_of(pr->e->name, r->lemmas, r->n_lemmas) &&
            code_in(pr->e, r->codes) && (r->polarity == 2 || r->polarity == pr->e->polarity))
            return r;
    return NULL;
}

/* A verbal disapproval (CAMEO 11 criticize, 12 reject, 13 threaten and
 * warn): the acts it condemns have authors. */
static int disapproval(const ag_lx_entry *e)
{
    return e->code && e->code[0] == '1' && e->code[1] >= '1' && e->code[1] <= '3';
}

/* "Jordan condemned the attack": the author of the last attack told, if
 * it is none of the sources' side. */
static size_t act_of_last_attacker(const xdoc *x, const int *src, size_t ns, int *tgt)
{
    int a = x->last_attacker;
    for (size_t q = 0; a >= 0 && q < ns; q++)
        if (src[q] == a || related(x, src[q], a))
            return 0;
    tgt[0] = a;
    return a >= 0;
}

/* Notes the source of an attack (CAMEO 18, 19), told or not as a stance,
 * for the acts condemned later without their author. */
static void note_attacker(xdoc *x, const sentctx *s, const pred *pr, const ag_lx_entry *e, const int *src,
                          size_t ns)
{
    if (!e->code || (strncmp(e->code, "18", 2) != 0 && strncmp(e->code, "19", 2) != 0))
        return;
    /* "condemned the attack", "condemns attack in X": a noun with no light
     * verb names no author. */
    size_t b = pr->vg.t0;
    if ((pr->nominal && pr->head == pr->p) ||
        (b > s->lo && x_tok_has(x, b - 1, WC(DETERMINER) | WC(PREDICATE_START))) ||
        (!pr->nominal && x_tok_has2(x, pr->p, WC2(ACT_NOUN)) && (b == s->lo || chunk_of(x, b - 1) < 0)))
        return; /* "sabotage attacks": a noun, not "Israel attacks" */
    /* "destroyed a ballistic missile": an attack on no one named. */
    size_t k = pr->p + pr->m, named = 0;
    for (; k < s->hi && k < pr->p + pr->m + 8 && !named && !x_tok_has(x, k, WC(CLAUSE_BREAK)); k++)
        named = chunk_of(x, k) >= 0;
    if (!named)
        return;
    if (ns) {
        x->last_attacker = src[0];
        return;
    }
    /* "condemned Israel after it launched ...": "it" is the nearest
     * country or body before it. */
    size_t t = pr->vg.t0 > s->lo ? pr->vg.t0 - 1 : pr->vg.t0;
    for (size_t k = t; x_tok_is(x, t, "it") && k > s->lo; k--) {
        int c = chunk_of(x, k - 1);
        if (c >= 0 && usable(x, c) && x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON) {
            x->last_attacker = x->chunks[c].actor;
            return;
        }
    }
}

/* The targets of a subject-verb-object predicate that names none after it:
 * the place of the event ("condemned the coup in Niger"), the host of a
 * protest, who proposed "the idea", who made "the accusations". */
static size_t fallback_target(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, const int *src,
                              size_t ns, int *tgt)
{
    size_t k0 = pr->p + pr->m;
    size_t nt = 0;
    if (pr->e->polarity != 0 && !pr->e->target_preps)
        nt = event_place(x, s, k0, src, ns, tgt);
    for (size_t k = k0; !nt && (r->options & AG_RO_HOST) && k < s->hi && k < k0 + 6; k++) {
        int c = chunk_of(x, k);
        if (c >= 0 && (x->chunks[c].flags & CH_LOC)) {
            tgt[0] = x->chunks[c].actor;
            nt = 1;
        }
    }
    size_t hi = k0 + 4 < s->hi ? k0 + 4 : s->hi;
    for (size_t k = k0; k < hi && !nt; k++) {
        if (x_tok_has(x, k, WC(PROPOSAL_NOUN)) && x->last_proposer >= 0) {
            tgt[0] = x->last_proposer;
            nt = 1;
        } else if (x_tok_has2(x, k, WC2(ACT_NOUN)) && disapproval(pr->e)) {
            nt = act_of_last_attacker(x, src, ns, tgt);
        } else if (x_tok_has(x, k, WC(CHARGE_NOUN)) && ns) {
            int accuser = last_accuser(x, src[0]);
            if (accuser >= 0) {
                tgt[0] = accuser;
                nt = 1;
            }
        }
    }
    return nt;
}

/* Adds the actors of the group starting at chunk c to src (n of them, at
 * most MAXG), each once. */
static size_t add_group(xdoc *x, const sentctx *s, int c, int *src, size_t n)
{
    int g[MAXG];
    size_t ng = group_right(x, c, s->hi, g);
    for (size_t i = 0; i < ng && n < MAXG; i++) {
        size_t j = 0;
        while (j < n && src[j] != g[i])
            j++;
        if (j == n)
            src[n++] = g[i];
    }
    return n;
}

/* The authors of a joint statement: "the joint statement by/of A and B"
 * names them alone; else the subject ("A and B said in a joint
 * statement", "In a joint statement, A and B ...") and those it was made
 * "with". */
static size_t joint_parties(xdoc *x, sentctx *s, const pred *pr, int *src)
{
    size_t k = pr->p + pr->m;
    int c;
    if ((x_tok_is(x, k, "by") || x_tok_is(x, k, "of")) && (c = chunk_after(x, k + 1)) >= 0)
        return add_group(x, s, c, src, 0);
    /* "..., according to the joint statement": the authors are not named
     * next to it, and the nearest mention on the left is no author. */
    size_t a = modifiers_start(x, s, pr->p);
    if (a > s->lo + 1 && x_tok_is(x, a - 1, "to") && x_tok_is(x, a - 2, "according"))
        return 0;
    size_t n = find_source(x, s, pr->head, src);
    for (size_t q = k; !n && q < s->hi && q < k + 8 && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (x_tok_is(x, q, ",")) {
            if ((c = chunk_after(x, q + 1)) >= 0)
                n = add_group(x, s, c, src, 0);
            break;
        }
    if (x_tok_is(x, k, "with") && (c = chunk_after(x, k + 1)) >= 0)
        n = add_group(x, s, c, src, n);
    return n;
}

/* "condemned the detention of X", "the violation of Qatar's sovereignty":
 * the mention at token `at` suffered the hostile act its object names. */
static int victim_at(const xdoc *x, size_t k, size_t at)
{
    int c = chunk_of(x, at);
    if (c < 0)
        return 0;
    size_t t1 = x->chunks[c].t1;
    if ((x->chunks[c].flags & CH_POSS) &&
        (x_tok_has2(x, t1, WC2(VICTIM_NOUN)) || x_tok_has2(x, t1 + 1, WC2(VICTIM_NOUN))))
        return 1;
    /* The act is in the object, not the predicate ("attacks on X"); "the
     * attacks of the militia" names its author, "the detention of X" a
     * person held. */
    if (at < k + 2 || !x_tok_has2(x, at - 2, WC2(ACT_NOUN)))
        return 0;
    return x_tok_is(x, at - 1, "on") || x_tok_is(x, at - 1, "against") ||
           (x_tok_is(x, at - 1, "of") && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON);
}

/* "condemned the recent attack": the object of the verb (its first words
 * from token k) is a hostile act's noun; returns its token, or 0. */
static size_t act_object(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < s->hi && q < k + 4; q++) {
        if (x_tok_has2(x, q, WC2(ACT_NOUN)))
            return q;
        if (!(x_tflags(x, q) & AG_TOK_WORD) || x_tok_has(x, q, WC(CLAUSE_BREAK) | WC(PREPOSITION) | WC(CONJUNCTION)))
            return 0;
    }
    return 0;
}

/* The targets of a hostile predicate whose object starts at token k,
 * found at `at` (nt of them in tgt), past those that suffered it: the next
 * mention before token `end`, or none. */
static size_t past_victims(xdoc *x, sentctx *s, size_t k, size_t end, const int *src, size_t ns, int *tgt,
                           size_t nt, size_t at, const char *preps)
{
    for (int tries = 0; nt && victim_at(x, k, at) && tries < 3; tries++) {
        size_t from = x->chunks[chunk_of(x, at)].t1;
        nt = from < end ? find_target_p(x, s, from, end - from, src, ns, tgt, &at, preps) : 0;
    }
    return nt;
}

/* Source and target of the rule's roles; returns the number of targets. */
static size_t find_roles(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, int *src, size_t *ns, int *tgt)
{
    size_t p = pr->p, k = p + pr->m, nt = 0;
    int c, a;
    *ns = 0;
    switch (r->roles) {
    case AG_RR_PASSIVE:
        if ((c = chunk_of(x, k + 1)) >= 0 && usable(x, c))
            *ns = group_right(x, c, s->hi, src);
        return (c = chunk_left(x, s, p)) >= 0 ? group_left(x, c, s->lo, tgt) : 0;
    case AG_RR_OF_BY:
        if (!of_by(x, k, &c, &a))
            return 0;
        *ns = group_right(x, a, s->hi, src);
        if (c < 0) /* "its diplomats": the owner is the clause's subject */
            return (nt = find_source(x, s, pr->head, tgt)) && tgt[0] != src[0] ? nt : 0;
        return group_right(x, c, s->hi, tgt);
    case AG_RR_WISH:
        *ns = find_source(x, s, pr->wish_at, src);
        nt = find_target(x, s, pr->wish_at + 1, p - 1 - (pr->wish_at + 1), src, *ns, tgt, NULL);
        return nt ? nt : find_target(x, s, k, 16, src, *ns, tgt, NULL);
    case AG_RR_SPEAKER:
        /* "X said Y had violated ...": the speaker, the act's subject. */
        src[0] = s->speaker;
        *ns = s->speaker >= 0;
        return *ns ? find_source(x, s, pr->head, tgt) : 0;
    case AG_RR_BETWEEN:
        *ns = (c = between_chunk(x, s, k)) >= 0 ? group_right(x, c, s->hi, src) : 0;
        return 0;
    case AG_RR_JOINT:
        *ns = joint_parties(x, s, pr, src);
        return 0;
    case AG_RR_SVO:
    case AG_RR_SUBJECT:
        /* "following requests from Bangkok and Phnom Penh": the holder of
         * a stance noun follows "from"; the clause's subject is its aim. */
        if (pr->nominal && x_tok_is(x, k, "from") && (c = chunk_of(x, k + 1)) >= 0 && !(x->chunks[c].flags & CH_ADJ)) {
            *ns = group_right(x, c, s->hi, src); /* "from Bangkok" reads as a place: the government */
            return r->roles == AG_RR_SUBJECT ? 0 : find_source(x, s, pr->head, tgt);
        }
        *ns = opening_participle(x, s, pr->head, src);
        if (!*ns)
            *ns = find_source(x, s, pr->head, src);
        if (r->roles == AG_RR_SUBJECT)
            return 0;
        if (pr->obj >= 0) /* "declared X persona non grata" */
            return group_left(x, pr->obj, pr->head, tgt);
        size_t at = 0;
        size_t reach = r->reach ? (size_t)r->reach : pr->nominal ? 8 : 16;
        size_t act = disapproval(pr->e) ? act_object(x, s, k) : 0;
        if (act && (!x_tok_has(x, act + 1, WC(PREPOSITION)) || x_tok_is(x, act + 1, "as")) &&
            !find_target_p(x, s, k, act - k, src, *ns, tgt, &at, NULL))
            return act_of_last_attacker(x, src, *ns, tgt); /* "blasted the attack as ..." */
        nt = find_target_p(x, s, k, reach, src, *ns, tgt, &at, pr->e->target_preps);
        /* "fired rockets at X": "fired the minister" is no attack. */
        if (nt && pr->e->target_preps && !after_prep(x, at, pr->e->target_preps))
            nt = 0;
        if (nt && pr->e->polarity < 0)
            nt = past_victims(x, s, k, k + reach, src, *ns, tgt, nt, at, pr->e->target_preps);
        if (nt && (c = chunk_of(x, at)) >= 0 && act_author(x, s, c)) /* "condemned the Houthi attacks" */
            x->last_attacker = tgt[0];
        return nt ? nt : fallback_target(x, s, pr, r, src, *ns, tgt);
    }
    return 0;
}

/* The stances (and a summons' meeting) of sources x targets. */
static void make_stances(xdoc *x, const ag_lx_rule *r, const ag_lx_entry *e, const int *src, size_t ns,
                         const int *tgt, size_t nt, int si)
{
    /* A verb that is a meeting by its rule ("called on the Prime Minister"):
     * the meeting entry its label names. */
    if (r->effect == AG_RE_MEETING) {
        long m = ag_lexicon_find(x->lx, AG_LX_MEET, r->relabel ? r->relabel : "meet");
        /* "a call between A and B": the parties alone, no object. */
        if (m >= 0 && r->roles == AG_RR_BETWEEN && ns >= 2)
            add_meeting(x, src, ns, ag_lexicon_entry(x->lx, (uint32_t)m), NULL, si);
        for (size_t a = 0; m >= 0 && a < ns; a++)
            for (size_t b = 0; b < nt; b++) {
                int pair[2] = {src[a], tgt[b]};
                add_meeting(x, pair, 2, ag_lexicon_entry(x->lx, (uint32_t)m), NULL, si);
            }
        return;
    }
    int mutual = r->effect == AG_RE_MUTUAL;
    /* "A and B agreed that ...": what follows is the content, not a party. */
    if (mutual && ns >= 2) {
        nt = 0;
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                add_stance(x, src[a], src[b], e, si);
    }
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            add_stance(x, src[a], tgt[b], e, si);
            if (mutual && !(r->options & AG_RO_ONE_WAY))
                add_stance(x, tgt[b], src[a], e, si);
        }
    /* A summons is also a meeting of the summoner and the envoy (corpus
     * convention 11). */
    long meet = r->effect == AG_RE_SUMMONS ? ag_lexicon_find(x->lx, AG_LX_MEET, "meet") : -1;
    for (size_t a = 0; meet >= 0 && a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            int pair[2] = {src[a], envoy_of(x, tgt[b], si)};
            add_meeting(x, pair, 2, ag_lexicon_entry(x->lx, (uint32_t)meet), NULL, si);
        }
}

/* Applies rule r to the predicate. */
static void apply_rule(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, int si)
{
    x->rule = r->name;
    if (r->roles == AG_RR_MEETING) {
        meeting_at(x, s, pr->head, pr->p, pr->m, pr->e, pr->nominal, r->options, si);
        return;
    }
    if (r->roles == AG_RR_PASSIVE_MEETING) {
        /* "were welcomed by X": a stance verb's reception is a meeting
         * (the rule's label names the meeting entry), else its stance. */
        long host = r->relabel ? ag_lexicon_find(x->lx, AG_LX_MEET, r->relabel) : -1;
        size_t before = x->n_rels;
        passive_meeting(x, s, pr->p, pr->m, host >= 0 ? ag_lexicon_entry(x->lx, (uint32_t)host) : pr->e, si);
        const ag_lx_rule *next = x->n_rels == before && pr->e->kind == AG_LX_VERB ? rule_for(x, pr, r + 1) : NULL;
        if (next)
            apply_rule(x, s, pr, next, si);
        return;
    }
    if (r->roles == AG_RR_NONE || r->effect == AG_RE_NONE)
        return;
    const ag_lx_entry *e = pr->e;
    long alt = r->relabel ? ag_lexicon_find(x->lx, AG_LX_VERB, r->relabel) : -1;
    if (alt >= 0)
        e = ag_lexicon_entry(x->lx, (uint32_t)alt);
    int src[MAXG], tgt[MAXG];
    size_t ns = 0;
    size_t nt = find_roles(x, s, pr, r, src, &ns, tgt);
    note_attacker(x, s, pr, e, src, ns);
    make_stances(x, r, e, src, ns, tgt, nt, si);
    if (r->roles != AG_RR_SVO && r->roles != AG_RR_PASSIVE && r->roles != AG_RR_SUBJECT)
        return;
    /* An infinitive ("right to defend itself") is not the clause's verb. */
    if (ns && !(pr->p > s->lo && x_tok_is(x, pr->p - 1, "to"))) {
        memcpy(s->subj, src, ns * sizeof *src);
        s->n_subj = ns;
    }
    if ((r->options & AG_RO_PROPOSER) && ns)
        x->last_proposer = src[0];
}

/* --explain: the predicate, its verb group, its conditions, the rule. */
static void explain_pred(xdoc *x, const pred *pr, const ag_lx_rule *r, size_t n_rels)
{
    ag_buf *b = x->explain;
    ag_buf_puts(b, "  predicate ");
    ag__x_explain_vgroup(x, &pr->vg, pr->p + pr->m, b);
    ag_buf_printf(b, " %s %s:", pr->e->kind == AG_LX_MEET ? "meeting" : "stance", pr->e->name);
    for (int k = 0; ag_lx_rule_conditions[k]; k++)
        if (pr->cond & (1u << k))
            ag_buf_printf(b, " %s", ag_lx_rule_conditions[k]);
    ag_buf_printf(b, "\n    rule %s -> %zu relation%s\n", r ? r->name : "(none)", x->n_rels - n_rels,
                  x->n_rels - n_rels == 1 ? "" : "s");
}

/* --explain: the rules that read the whole sentence rather than one
 * predicate (judgments, quoted evaluations, orders to leave, ...), each
 * with the relations it made since relation `before`. */
static void explain_sentence_rules(xdoc *x, size_t before)
{
    for (size_t i = before; i < x->n_rels;) {
        const char *rule = x->rels[i].rule ? x->rels[i].rule : "(none)";
        size_t n = 0;
        while (i < x->n_rels && strcmp(x->rels[i].rule ? x->rels[i].rule : "(none)", rule) == 0)
            i++, n++;
        ag_buf_printf(x->explain, "  sentence rule %s -> %zu relation%s\n", rule, n, n == 1 ? "" : "s");
    }
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
    int parts[MAXG + 1];
    size_t n = find_source(x, s, p, parts);
    long meet = ag_lexicon_find(x->lx, AG_LX_MEET, "meet");
    if (!n || meet < 0 || (org < 0 && n < 2))
        return 0;
    if (org >= 0)
        parts[n++] = org;
    x->rule = org >= 0 ? "attended_gathering" : "attendees_meet";
    add_meeting(x, parts, n, ag_lexicon_entry(x->lx, (uint32_t)meet), meeting_place(x, s, q), si);
    return 1;
}

/* "attended the SCO ministerial meeting", "attended the African Union
 * summit": an attendee of an organization's gathering meets the
 * organization.  1 when a meeting was told. */
static int attends_gathering(xdoc *x, sentctx *s, size_t p, int si)
{
    if (!x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    int c = chunk_of(x, x_tok_is(x, p + 1, "the") ? p + 2 : p + 1);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_ORGANIZATION)
        return 0;
    size_t q = x->chunks[c].t1;
    while (q < s->hi && q < x->chunks[c].t1 + 3 && !x_tok_has(x, q, WC(GATHERING_NOUN)) && chunk_of(x, q) < 0 &&
           (x_tflags(x, q) & AG_TOK_WORD))
        q++;
    return attended_at(x, s, p, q, x->chunks[c].actor, si);
}

/* "A, B and C attended the summit in Arusha" with no meeting just told
 * that the summit is: the attendees meet one another.  1 when a meeting
 * was told. */
static int attendees_meet(xdoc *x, sentctx *s, size_t p, int si)
{
    if (!x_tok_has(x, p, WC(ATTENDANCE_VERB)))
        return 0;
    size_t k = p + 1;
    while (k < s->hi && k < p + 4 && !x_tok_has(x, k, WC(GATHERING_NOUN)) && is_modifier(x, k))
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
static void unmet_pair(xdoc *x, sentctx *s, const pred *pr)
{
    if (pr->e->kind != AG_LX_MEET || !(pr->cond & AG_RC_NEGATED))
        return;
    int src[MAXG], rest[MAXG + 1];
    size_t ns = find_source(x, s, pr->head, src), nr = 0, mi = x->n_rels;
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
    xkey mk = meeting_key(m);
    ag__x_index_add(x, &mk, (int)mi - 1);
    const ag_lx_entry *e = m->lex;
    const char *where = m->location;
    int sent = m->sent;
    for (size_t j = 1; j < ns; j++) {
        rest[nr] = src[j];
        add_meeting(x, rest, nr + 1, e, where, sent);
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
    if (!(x_tok_is(x, k, "of") || x_tok_is(x, k, "from")) || chunk_of(x, k - 1) >= 0)
        return 0;
    int c = chunk_of(x, x_tok_is(x, k + 1, "the") ? k + 2 : k + 1);
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
        int n = chunk_of(x, t);
        if (n >= 0 && x->chunks[n].actor >= 0 && x->actors[x->chunks[n].actor].kind == AG_ACTOR_COUNTRY)
            t = x->chunks[n].t1;
        else if (n < 0 && list_glue(x, t, t + 1))
            t++;
        else
            break;
    }
    return t;
}

/* "the Egyptian, Jordanian and Iraqi leaders", "the Russia-Turkey-Iran
 * summit": the country at chunk c opens a list of countries before a
 * plural title or a gathering noun. */
static int leaders_list(const xdoc *x, const sentctx *s, int c)
{
    size_t t = country_chain_end(x, s, c);
    if (ag__x_plural_title(x, t - 1) && chunk_of(x, t - 1) >= 0) /* "... and Iraqi leaders" */
        return 1;
    return t < s->hi && chunk_of(x, t) < 0 &&
           (ag__x_plural_title(x, t) || x_tok_has(x, t, WC(GATHERING_NOUN)) || x_tok_has2(x, t, WC2(SUMMIT_NOUN)));
}

/* Whether the sentence lists attendees: a roster word, an attendance or
 * representation verb, or a gathering noun before a copula ("leaders at
 * the Summit were ..."); never with a negation or an absence ("will be
 * absent from the summit"). */
static int roster_sentence(const xdoc *x, const sentctx *s)
{
    int cue = 0;
    for (size_t k = s->lo; k < s->hi; k++) {
        if (x_tok_has(x, k, WC(NEGATION)) || x_tok_has2(x, k, WC2(ABSENCE_WORD)))
            return 0;
        cue |= x_tok_has2(x, k, WC2(ROSTER_WORD) | WC2(REPRESENT_VERB)) || x_tok_has(x, k, WC(ATTENDANCE_VERB)) ||
               (x_tok_has(x, k, WC(GATHERING_NOUN)) && k + 1 < s->hi && x_tok_has(x, k + 1, WC(BE))) ||
               (x_tok_has2(x, k, WC2(DELEGATE_VERB)) && k + 1 < s->hi && x_tok_has(x, k + 1, WC(PRONOUN))) ||
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
                int c = chunk_of(x, q - 1);
                if (c >= 0 && x->chunks[c].actor >= 0) {
                    out[n++] = x->chunks[c].actor;
                    break;
                }
            }
            continue;
        }
        for (size_t q = k + 1; q < s->hi && n < cap && !x_tok_is(x, q, ","); q++) {
            int c = chunk_of(x, q);
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
    int c = x_tok_is(x, t, "(") ? chunk_of(x, t + 1) : -1;
    return c >= 0 && x->chunks[c].actor >= 0 && x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY;
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
        int c = chunk_of(x, k);
        if (c < 0 || x->chunks[c].t0 != k || in_quote(s, k))
            continue;
        int a = x->chunks[c].actor;
        unsigned fl = x->chunks[c].flags;
        int country = a >= 0 && x->actors[a].kind == AG_ACTOR_COUNTRY && !(fl & CH_POSS);
        size_t of = k > s->lo + 1 && x_tok_is(x, k - 1, "the") ? k - 2 : k - 1;
        int opens = (of > s->lo && country_list_at(x, s, of)) || (!(fl & CH_LOC) && leaders_list(x, s, c));
        int listed = country && (opens || (list_end && list_glue(x, list_end, k)));
        if (listed && !list_end) /* "the Presidents of A and B": the holders the text names */
            title = title_of(x, k, tb, sizeof tb);
        list_end = listed ? x->chunks[c].t1 : 0;
        a = listed ? office_holder(x, title, a) : a;
        /* An attendee holds an office or belongs to a country or body ("the
         * Southeast Asian Nation" read as a name does not); "X reported that
         * the summit ...": the speaker is no attendee. */
        int person = a >= 0 && x->actors[a].kind == AG_ACTOR_PERSON && !(fl & CH_NOMINAL) &&
                     (x->actors[a].affil >= 0 || x->actors[a].title || country_in_brackets(x, x->chunks[c].t1)) &&
                     !(listed || x_tok_has(x, x->chunks[c].t1, WC(SPEECH_VERB) | WC(REPORT_VERB) | WC(NEWS_VERB)) ||
                       x_tok_is(x, x->chunks[c].t1 + 1, "that"));
        if ((person || listed) && !x_has_actor(skip, ns, a) && !x_has_actor(out, n, a))
            out[n++] = a;
        k = x->chunks[c].t1 - 1;
    }
    return n;
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
        add_meeting(x, parts, u, ag_lexicon_entry(x->lx, (uint32_t)meet), r->where, si);
        /* Not told again when a meeting of this sentence has them all
         * ("Host X was joined by A, B and C"): that one grows. */
        if (x->n_rels > before || (x->last_meeting >= 0 && x->rels[x->last_meeting].sent == si))
            r->rel = x->n_rels > before ? (int)x->n_rels - 1 : x->last_meeting;
        return;
    }
    join_meeting(x, r->rel, parts, u);
    /* One it had may be represented by another now: filed again by its
     * new size (join_meeting filed it by the joined one). */
    xrel *m = &x->rels[r->rel];
    size_t joined = m->n_parts;
    m->n_parts = drop_represented(x, m->parts, m->n_parts);
    if (m->n_parts != joined) {
        xkey mk = meeting_key(m);
        ag__x_index_add(x, &mk, r->rel);
    }
}

/* From the first sentence that names a summit, the attendees each roster
 * sentence lists join one meeting (three or more: a multilateral one). */
static void summit_roster(xdoc *x, sentctx *s, int si)
{
    struct xroster *r = &x->roster;
    for (size_t k = s->lo; k < s->hi && !r->open; k++)
        r->open = x_tok_has2(x, k, WC2(SUMMIT_NOUN));
    if (!r->open)
        return;
    if (!r->where)
        r->where = meeting_place(x, s, s->lo);
    if (!roster_sentence(x, s))
        return;
    int add[XROSTER_MAX], parts[XROSTER_MAX];
    size_t n = roster_members(x, s, add, XROSTER_MAX - r->n), grew = 0;
    for (size_t i = 0; i < n; i++)
        if (!x_has_actor(r->who, r->n, add[i])) {
            r->who[r->n++] = add[i];
            grew++;
        }
    memcpy(parts, r->who, r->n * sizeof *parts);
    size_t u = drop_represented(x, parts, r->n);
    if (grew && u >= 3)
        roster_meeting(x, parts, u, si);
}

/* The predicate at p, if one starts there: the rules decide what it makes.
 * Returns the tokens it spans, 0 if none. */
static size_t relate_at(xdoc *x, sentctx *s, size_t p, int si)
{
    ag_lx_hit h;
    size_t m = x_match(x, p, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), &h);
    if (!m) {
        if (x_tok_has(x, p, WC(SPEECH_VERB)) && !in_quote(s, p)) {
            /* "X said ... and made the proposal": remember the subject. */
            int sub[MAXG];
            size_t ns = find_source(x, s, p, sub);
            if (ns) {
                memcpy(s->subj, sub, ns * sizeof *sub);
                s->n_subj = ns;
            }
        }
        if (!attends_gathering(x, s, p, si) && !joins_last_meeting(x, s, p))
            attendees_meet(x, s, p, si);
        return 0;
    }
    pred pr;
    pred_read(x, s, p, m, &h, &pr);
    const ag_lx_rule *r = rule_for(x, &pr, NULL);
    size_t before = x->n_rels;
    if (r)
        apply_rule(x, s, &pr, r, si);
    unmet_pair(x, s, &pr);
    if (x->explain)
        explain_pred(x, &pr, r, before);
    return m;
}

int ag__x_relate_sentence(xdoc *x, size_t si)
{
    const ag_sentence *se = &x->t.sents[si];
    sentctx s;
    memset(&s, 0, sizeof s);
    s.lo = se->tok_start;
    s.hi = se->tok_end;
    s.sent = (int)si;
    if (x->explain)
        ag__x_explain_chunks(x, si, x->explain);
    /* The rules run only where they can fire: a candidate predicate and an
     * actor to relate, named in the sentence or referred to (the quoted
     * speaker, "both sides", "the two"); a mention alone still names a
     * speaker and can be judged ("X's atrocious record"). */
    unsigned cues = sentence_cues(x, s.lo, s.hi);
    if (!(cues & CUE_MENTION) && !((cues & CUE_PREDICATE) && (cues & (CUE_QUOTE | CUE_GROUP))))
        return 0;
    unsigned char inq_small[256];
    s.inq = s.hi - s.lo < sizeof inq_small ? memset(inq_small, 0, sizeof inq_small) : calloc(s.hi - s.lo + 1, 1);
    if (!s.inq)
        return -1;
    find_speaker(x, &s, x->co.person);
    /* A quote with no speaker of its own goes on the last one's words. */
    x->prev_speaker = s.speaker;
    x->prev_speaker_sent = si + 1;
    if (x->explain && s.speaker >= 0)
        ag_buf_printf(x->explain, "  quoted speaker: %s\n", x->actors[s.speaker].name);
    size_t p_end = cues & CUE_PREDICATE ? s.hi : s.lo;
    for (size_t p = s.lo; p < p_end; p++) {
        if (chunk_of(x, p) >= 0)
            continue;
        size_t m = relate_at(x, &s, p, (int)si);
        p += m ? m - 1 : 0;
    }
    size_t before = x->n_rels;
    evaluations(x, &s, (int)si);
    if (cues & CUE_MENTION) {
        judgments(x, &s, (int)si);
        leave_orders(x, &s, (int)si);
        modal_demands(x, &s, (int)si);
        delegation_heads(x, &s, (int)si);
        members_join(x, &s, (int)si);
        summit_roster(x, &s, (int)si);
    }
    if (x->explain)
        explain_sentence_rules(x, before);
    if (s.inq != inq_small)
        free(s.inq);
    return x->oom ? -1 : 0;
}
