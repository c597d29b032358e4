/* relate_stance.c — stances: the target of a predicate, judgments,
 * evaluations and copula judgments, the conditions a predicate offers the
 * relation rules, the first rule that applies and its roles and effect. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"
#include "ruleplan.h"
#include "util_int.h"

/* 1 if the word before token k is one of `preps` (" at on "). */
int ag__x_after_prep(const xdoc *x, size_t k, const char *preps)
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

size_t ag__x_find_target(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
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
        int pc = ag__x_chunk_of(x, k - 1);
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
/* "welcomed the idea to invite X", "condemned attempts to isolate X": an
 * infinitive completing a plain noun (token k is its "to") is what the
 * act is about, and whom that infinitive names is not the target. */
static int noun_infinitive(const xdoc *x, size_t from, size_t k)
{
    if (k <= from || !x_tok_is(x, k, "to") || ag__x_chunk_of(x, k - 1) >= 0 || ag__x_chunk_of(x, k + 1) >= 0)
        return 0;
    uint32_t fl = AG_TOK_WORD | AG_TOK_CAP;
    if ((x_tflags(x, k - 1) & fl) != AG_TOK_WORD || (x_tflags(x, k + 1) & fl) != AG_TOK_WORD)
        return 0;
    /* "accused X of trying to oust Y": a verb's infinitive is the act. */
    return !ag__x_ends_ing(x, k - 1) && !x_tok_has(x, k - 1, WC(FUNCTION_WORD)) &&
           !x_tok_has(x, k + 1, WC(FUNCTION_WORD));
}

static size_t find_target_p(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                            int *tgt, size_t *at, const char *preps)
{
    size_t hi = s->hi;
    if (from + reach < hi)
        hi = from + reach;
    int first = 0;
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
        /* '"... his denunciation of it," X said': a quoted act's target
         * is quoted too, not the speaker named after the quote, unless
         * the quote said "our" ('"Y attacked our villages," X said'). */
        first |= x_tok_has(x, k, WC(FIRST_PERSON));
        if (k > from && (x_tflags(x, k) & AG_TOK_CLOSEQ) && ag__x_in_quote(s, from - 1) && !first)
            break;
        /* "condemned the attacks and pledged support for Kyiv": the next
         * verb starts its own predicate. */
        if (k > from && (x_tok_is(x, k, "and") || x_tok_is(x, k, "but")) && ag__x_chunk_of(x, k + 1) < 0 &&
            (x_match(x, k + 1, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) || x_tok_has(x, k + 1, WC(LIGHT_VERB))))
            break;
        /* "voiced outrage, with its president expressing solidarity with
         * X": an absolute clause is no object. */
        if (x_tok_is(x, k, ",") && x_tok_is(x, k + 1, "with"))
            break;
        if (noun_infinitive(x, from, k))
            break;
        /* "rejects all violence, reiterating its support for X": a
         * participle after a comma opens a predicate of its own. */
        if (k > from && x_tok_is(x, k, ",") && ag__x_chunk_of(x, k + 1) < 0 && ag__x_ends_ing(x, k + 1) &&
            (x_match(x, k + 1, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) || x_tok_has(x, k + 1, WC(LIGHT_VERB))))
            break;
        int c = ag__x_chunk_of(x, k);
        if (c < 0)
            continue;
        int aimed = preps && (x->chunks[c].flags & CH_LOC) && ag__x_after_prep(x, x->chunks[c].t0, preps);
        /* "condemned the Israeli operation": a country adjective opening
         * the object names the actor of the act. */
        aimed |= x->chunks[c].t0 <= from + 1 && (x->chunks[c].flags & CH_ADJ) && !(x->chunks[c].flags & CH_LOC) &&
                 x->chunks[c].t1 < s->hi && (x_tflags(x, x->chunks[c].t1) & AG_TOK_WORD) &&
                 !(x_tflags(x, x->chunks[c].t1) & AG_TOK_CAP) && !x_tok_has(x, x->chunks[c].t1, WC(FUNCTION_WORD)) &&
                 !x_tok_has(x, x->chunks[c].t1, WC(CONJUNCTION) | WC(PREPOSITION));
        aimed |= act_author(x, s, c);
        if (!ag__x_usable(x, c) && !aimed) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        int a = x->chunks[c].actor;
        int self = 0;
        for (size_t q = 0; q < nsrc; q++)
            /* No stance or meeting at one's own side; a guessed country is
             * no side ("she visited Ghana" by an official guessed Ghanaian:
             * the visit stands, and affil_guess.c drops the guess). */
            if (src[q] == a || (related(x, src[q], a) && !x->actors[src[q]].affil_weak))
                self = 1;
        if (self) {
            k = x->chunks[c].t1 - 1;
            continue;
        }
        if (at)
            *at = x->chunks[c].t0;
        size_t n = ag__x_group_right(x, c, s->hi, tgt);
        return n == 1 ? shared_adjectives(x, c, from, tgt, n) : n;
    }
    return 0;
}

static int related(const xdoc *x, int a, int b) { return x_serves(x, a, b) || x_serves(x, b, a); }

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
    xkey k = ag__x_stance_key(src, tgt, e->label, sent);
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
    if (ag__x_push_rel(x, &r) == 0)
        ag__x_index_rel(x, (int)x->n_rels - 1);
    x->actors[src].in_relation = x->actors[tgt].in_relation = 1;
}

/* What a speaker's "X is ..." says of X: the lemma of the stance, or
 * NULL. Up to seven words after the verb, before a negation or another
 * actor: "in direct violation" (accuse), "'illegitimate'" (criticize), "two
 * friends and partners" (praise). */
static const char *copula_judgment(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k + 1; q < k + 8 && q < s->hi; q++) {
        if (x_tok_has(x, q, WC(NEGATION) | WC(CLAUSE_BREAK)) || ag__x_chunk_of(x, q) >= 0)
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
           ag__x_chunk_of(x, k + 1) >= 0)
        k = x->chunks[ag__x_chunk_of(x, k + 1)].t1;
    return k;
}

/* "both Kosovo and Serbia are in direct violation of their obligations",
 * "Mali's junta was 'illegitimate'", "The Dutch position is ... interference"
 * in a speaker's words: the speaker's stance toward them. */
static void quoted_copula(xdoc *x, sentctx *s, int sent)
{
    x->rule = "quoted_violation";
    for (size_t i = s->lo; i < s->hi; i++) {
        int c = ag__x_chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || (x->chunks[c].flags & CH_LOC))
            continue;
        /* "statements towards the UAE are ...": the object of a preposition
         * is not the subject ("the statements of X" are X's). */
        if (i > s->lo && x_tok_has(x, i - 1, WC(PREPOSITION)) && !x_tok_is(x, i - 1, "of") && !x_tok_is(x, i - 1, "by"))
            continue;
        size_t k = x->chunks[c].t1;
        while (k < s->hi && (ag__x_chunk_of(x, k) >= 0 || x_tok_is(x, k, "and") || x_tok_is(x, k, ",")))
            k++;
        if ((x->chunks[c].flags & CH_POSS) && k < s->hi && (x_tflags(x, k) & AG_TOK_POSS) && !(x_tflags(x, k) & AG_TOK_CAP))
            k++; /* the "'s" of "Poland's remarks" */
        k = past_phrase(x, s, k);
        /* "The Canadian position is", "Russia's decision was": one noun of
         * the actor's between. */
        if ((x->chunks[c].flags & (CH_ADJ | CH_POSS)) && ag__x_chunk_of(x, k) < 0 && !(x_tflags(x, k) & AG_TOK_CAP) &&
            k + 1 < s->hi && x_tok_has(x, past_phrase(x, s, k + 1), WC(BE)))
            k = past_phrase(x, s, k + 1);
        else if (x->chunks[c].flags & CH_ADJ) /* "Dutch" alone is no actor's */
            continue;
        if (!(x_tok_is(x, k, "is") || x_tok_is(x, k, "are") || x_tok_is(x, k, "was") || x_tok_is(x, k, "were")))
            continue;
        const char *lemma = copula_judgment(x, s, k);
        long v = lemma ? ag_lexicon_find(x->lx, AG_LX_VERB, lemma) : -1;
        int g[MAXG];
        size_t ng = v >= 0 ? ag__x_group_right(x, c, s->hi, g) : 0; /* only for a judgment: most chunks have none */
        for (size_t a = 0; a < ng; a++)
            if (g[a] != s->speaker && !related(x, g[a], s->speaker))
                add_stance(x, s->speaker, g[a], ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* A quoted speaker who calls an actor's record "atrocious" criticizes it:
 * "the Assad regime's atrocious record" said by X gives X -> Syria. */
void ag__x_evaluations(xdoc *x, sentctx *s, int sent)
{
    if (s->speaker < 0)
        return;
    quoted_copula(x, s, sent);
    x->rule = "quoted_evaluation";
    /* The loop needs a negative evaluation word: most sentences (pass 1's
     * sum of their words) have none, and need no lexicon lookup either. */
    const struct xsentsum *m = x->sentsum && x->sentsum[sent].set ? &x->sentsum[sent] : NULL;
    if (m && !(m->cls & WC(NEGATIVE_EVALUATION)))
        return;
    long crit = ag_lexicon_find(x->lx, AG_LX_VERB, "criticize");
    if (crit < 0)
        return;
    for (size_t i = s->lo; i < s->hi; i++) {
        int c = ag__x_chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || !ag__x_usable(x, c) || !(x->chunks[c].flags & CH_POSS))
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
        *c = ag__x_chunk_of(x, k);
        if (*c < 0 || (x->chunks[*c].flags & CH_LOC))
            continue;
        if (ag__x_usable(x, *c))
            return ag__x_group_right(x, *c, s->hi, tgt);
        tgt[0] = x->chunks[*c].actor; /* "the Turkish move" */
        return 1;
    }
    return 0;
}

/* "termed as 'absurd' and 'irresponsible' X's remarks", "described as
 * unacceptable the decision of X": the evaluation before the judged act.
 * The lemma of the evaluation, the owners of the act after it (a
 * possessive, an adjective or the object of "of"/"by") into tgt. */
static const char *judged_fronted(xdoc *x, const sentctx *s, size_t i, int *tgt, size_t *nt)
{
    size_t e = i + 2;
    if (e < s->hi && !x_tok_has(x, e, WC(NEGATIVE_EVALUATION)) && (x_tflags(x, e) & AG_TOK_QUOTE))
        e++; /* "as 'absurd'"; not "as a friend of X", a noun with its article */
    const char *lemma = e < s->hi && x_tok_has(x, e, WC(NEGATIVE_EVALUATION)) ? "criticize" : NULL;
    for (size_t k = e + 1; lemma && k < s->hi && k < e + 6 && ag__x_chunk_of(x, k) < 0; k++)
        if (x_tok_has(x, k, WC(NEGATIVE_EVALUATION))) /* "'absurd' and 'irresponsible'" */
            e = k;
    int c = -1;
    *nt = lemma && e < s->hi ? judged(x, s, e, tgt, &c) : 0;
    if (*nt && !(x->chunks[c].flags & (CH_POSS | CH_ADJ)) &&
        !(x_tok_is(x, x->chunks[c].t0 - 1, "of") || x_tok_is(x, x->chunks[c].t0 - 1, "by")))
        *nt = 0;
    return *nt ? lemma : NULL;
}

static size_t act_object(const xdoc *x, const sentctx *s, size_t k);

static size_t act_of_last_attacker(const xdoc *x, size_t act, const int *src, size_t ns, int *tgt);

/* "described the attack as a criminal act": the judgment verb at i judges
 * a hostile act named by its noun alone, whose author is the last attacker
 * (into tgt, the judges into src); returns the act's last token, or 0. */
static size_t judged_act(xdoc *x, sentctx *s, size_t i, int *src, size_t *ns, int *tgt, size_t *nt)
{
    size_t act = act_object(x, s, i + 1);
    if (!act || x_tok_has(x, i - 1, WC(BE)) || !(*ns = ag__x_find_source(x, s, i, src)))
        return 0;
    *nt = act_of_last_attacker(x, act, src, *ns, tgt);
    *ns = *nt ? *ns : 0;
    return act;
}

/* "Greece considered Turkey's statements a provocation", "Azerbaijan finds
 * X's comments one-sided", "Turkey's move was described by Greece as
 * reckless": a judgment verb with an actor (or its act) and an evaluation
 * word is the judge's stance toward the actor. */
void ag__x_judgments(xdoc *x, sentctx *s, int sent)
{
    x->rule = "judgment";
    if (!(s->cls2 & WC2(JUDGMENT_VERB)))
        return;
    for (size_t i = s->lo + 1; i + 2 < s->hi; i++) {
        if (!x_tok_has2(x, i, WC2(JUDGMENT_VERB)) || ag__x_chunk_of(x, i) >= 0 || x_tok_has(x, i - 1, WC(NEGATION)) ||
            (i > s->lo + 1 && x_tok_has(x, i - 2, WC(NEGATION))))
            continue;
        int src[MAXG], tgt[MAXG], c = -1;
        size_t ns = 0, nt = 0;
        const char *lemma = NULL;

        if (x_tok_has(x, i - 1, WC(BE))) { /* "was described by X as" */
            int agent = x_tok_is(x, i + 1, "by") ? ag__x_chunk_of(x, i + 2) : -1;
            for (size_t k = i - 1; agent >= 0 && ag__x_usable(x, agent) && k > s->lo && !nt; k--) {
                int b = ag__x_chunk_of(x, k - 1);
                if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
                    break;
                if (b >= 0 && !(x->chunks[b].flags & CH_LOC))
                    tgt[nt++] = x->chunks[b].actor;
            }
            src[0] = agent;
            ns = nt ? 1 : 0;
            c = agent;
        } else if (x_tok_is(x, i + 1, "as")) { /* "termed as absurd X's remarks" */
            lemma = judged_fronted(x, s, i, tgt, &nt);
            ns = lemma ? ag__x_find_source(x, s, i, src) : 0;
        } else if (!x_tok_has(x, i + 1, WC(PREPOSITION))) { /* "called on X to": an appeal */
            nt = judged(x, s, i, tgt, &c);
            ns = nt ? ag__x_find_source(x, s, i, src) : 0;
        }
        if (!lemma) {
            size_t end = ns ? x->chunks[c].t1 - 1 : judged_act(x, s, i, src, &ns, tgt, &nt);
            lemma = ns ? copula_judgment(x, s, end) : NULL;
        }
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
void ag__x_leave_orders(xdoc *x, sentctx *s, int sent)
{
    x->rule = "leave_order";
    if (!(s->cls2 & WC2(DEPARTURE_VERB)))
        return;
    for (size_t i = s->lo + 2; i < s->hi; i++) {
        if (!x_tok_has2(x, i, WC2(DEPARTURE_VERB)) || !x_tok_is(x, i - 1, "to"))
            continue;
        int tgt = -1, src[MAXG];
        size_t verb = 0;
        for (size_t k = i - 1; k > s->lo + 1 && k + 10 > i && !verb; k--) {
            int c = ag__x_chunk_of(x, k - 1);
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
        size_t ns = v >= 0 ? ag__x_find_source(x, s, verb, src) : 0;
        for (size_t a = 0; a < ns; a++)
            add_stance(x, src[a], tgt, ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* "Turkey must stop its interference", "it is more appropriate for Turkey
 * to stop": said by a speaker, an actor that must stop or undo something is
 * the target of the speaker's demand (corpus guide 7). */
void ag__x_modal_demands(xdoc *x, sentctx *s, int sent)
{
    /* Each needs a cessation verb ("stop"): most sentences (pass 1's sum
     * of their words) have none. */
    const struct xsentsum *m = x->sentsum && x->sentsum[sent].set ? &x->sentsum[sent] : NULL;
    if (s->speaker < 0)
        return;
    x->rule = "modal_demand";
    if (m && !(m->cls2 & WC2(CESSATION_VERB)))
        return;
    for (size_t i = s->lo; i + 2 < s->hi; i++) {
        int c = ag__x_chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || !ag__x_usable(x, c) || (x->chunks[c].flags & CH_POSS))
            continue;
        size_t k = x->chunks[c].t1;
        int modal = x_tok_has(x, k, WC(MODAL)) && !x_tok_has(x, k + 1, WC(NEGATION));
        int for_to = i > s->lo && x_tok_is(x, i - 1, "for") && x_tok_is(x, k, "to");
        size_t v = k + 1;
        if (v < s->hi && ag__x_chunk_of(x, v) < 0 && !x_tok_has2(x, v, WC2(CESSATION_VERB)) &&
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

/* ---- predicates and the relation rules (lexicon "rules", data/rules.txt) ---- */

/* The first word of the modifiers before p that a light verb may precede
 * ("expressed its strongest condemnation"); after a verb of expression,
 * over an opening quote mark ('expressed its "deep concern"': the
 * statement's own words). */
size_t ag__x_modifiers_start(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = p;
    while (q > s->lo && q + 4 > p && ag__x_is_modifier(x, q - 1))
        q--;
    if (q < s->lo + 2 || !(x_tflags(x, q - 1) & AG_TOK_OPENQ) || q + 4 <= p)
        return q;
    size_t r = q - 1; /* over the quote mark and the modifiers before it */
    while (r > s->lo && r + 5 > p && ag__x_is_modifier(x, r - 1))
        r--;
    return r > s->lo && x_tok_has2(x, r - 1, WC2(EXPRESSION_VERB)) ? r : q;
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
        int c = ag__x_chunk_of(x, b);
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
    int ac = ag__x_chunk_of(x, b + 1);
    if (ac < 0 && x_tok_is(x, b + 1, "the"))
        ac = ag__x_chunk_of(x, b + 2);
    if (ac < 0 || !ag__x_usable(x, ac))
        return 0;
    *obj = oc;
    *agent = ac;
    return 1;
}

/* "between A and B" within ten tokens after k: the chunk of A, or -1;
 * "between the Presidents of A and B": past the plural title. */
size_t ag__x_members_of(const xdoc *x, size_t b, size_t hi)
{
    for (size_t t = b; t < b + 4 && t + 2 < hi; t++) {
        unsigned f = x_tflags(x, t);
        if (ag__x_chunk_of(x, t) >= 0 || !(f & AG_TOK_WORD) || (f & AG_TOK_CAP))
            return b;
        if (!x_tok_has3(x, t, WC3(MEMBERS_NOUN)))
            continue;
        if (!x_tok_is(x, t + 1, "from") && !x_tok_is(x, t + 1, "of"))
            return b;
        int c = ag__x_chunk_of(x, t + 2);
        int a = c >= 0 && !(x->chunks[c].flags & CH_POSS) ? x->chunks[c].actor : -1;
        return a >= 0 && x->actors[a].kind != AG_ACTOR_PERSON ? t + 2 : b;
    }
    return b;
}

int ag__x_between_chunk(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < s->hi && q < k + 10; q++)
        if (x_tok_is(x, q, "between")) {
            size_t b = q + 1;
            if (x_tok_is(x, b, "the"))
                b++;
            /* "the (foreign) ministers of": one word may stand before it */
            for (size_t t = b; t < b + 2 && t + 2 < s->hi && ag__x_chunk_of(x, t) < 0; t++)
                if (ag__x_plural_title(x, t) && x_tok_is(x, t + 1, "of")) {
                    b = x_tok_is(x, t + 2, "the") ? t + 3 : t + 2;
                    break;
                }
            /* "the Ministries of Foreign Affairs of A and B": a body's
             * noun and its own of-phrase, then the parties. */
            for (size_t t = b + 1; x_tok_has(x, b, WC(AGENCY_HEAD_NOUN)) && t + 1 < s->hi && t < b + 6; t++)
                if (x_tok_is(x, t, "of") && ag__x_chunk_of(x, t + 1) >= 0) {
                    b = t + 1;
                    break;
                }
            b = ag__x_members_of(x, b, s->hi); /* "between representatives of A and B" */
            int c = ag__x_chunk_of(x, b);
            return c >= 0 && ag__x_usable(x, c) ? c : -1;
        }
    return -1;
}

/* A gerund or participle in -ing of five letters or more ("attacking"). */
int ag__x_ends_ing(const xdoc *x, size_t k)
{
    if (k >= x->t.n_toks)
        return 0;
    const ag_token *t = &x->t.toks[k];
    return t->end - t->start > 4 && (t->flags & AG_TOK_WORD) && memcmp(x->text + t->end - 3, "ing", 3) == 0;
}

/* "before", "after", "while" or "by" at k: it opens an adjunct clause
 * ("by firmly supporting China", "responded by expelling"). */
static int adjunct_opener(const xdoc *x, size_t k)
{
    return x_tok_is(x, k, "before") || x_tok_is(x, k, "after") || x_tok_is(x, k, "while") || x_tok_is(x, k, "by");
}

/* A gerund after "before", "after", "while" or "by" ("is due to meet X before
 * heading to Y", "laid out plans while condemning Y"): an adjunct whose
 * subject is the clause's. */
int ag__x_adjunct_gerund(const xdoc *x, size_t head)
{
    return head > 0 && ag__x_ends_ing(x, head) && adjunct_opener(x, head - 1);
}

/* "A and B laid out plans while condemning Z", "summoned Y's envoy after
 * accusing Z": the adjunct's subject is the clause's, the last predicate's
 * subject, else the first actor of the clause that follows no preposition;
 * not the actor named right before it. (After a bare comma the participle
 * may hang on that actor: "talks with X, offering aid" is left to the
 * nearest mention.) */
static size_t adjunct_subject(xdoc *x, const sentctx *s, size_t p, int *src)
{
    size_t q = p > s->lo + 1 && ag__x_vg_adverb(x, p - 1) ? p - 1 : p; /* "while also accusing" */
    /* "recalled its envoy in protest at X", "a move made in solidarity
     * with Y": a stance noun right after "in" is a purpose of the clause. */
    int in_noun = p > s->lo + 2 && x_tok_is(x, p - 1, "in") && !ag__x_ends_ing(x, p); /* not "joined by Y in condemning" */
    if (!in_noun && (!ag__x_ends_ing(x, p) || q < s->lo + 2 || !adjunct_opener(x, q - 1)))
        return 0;
    if (s->n_subj) {
        memcpy(src, s->subj, s->n_subj * sizeof *src);
        return s->n_subj;
    }
    for (size_t k = s->lo; k + 1 < q; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0 || (x->chunks[c].flags & CH_LOC) || !ag__x_usable(x, c))
            continue;
        if (k > s->lo && x_tok_has(x, k - 1, WC(PREPOSITION)))
            return 0; /* "In a call with X, ...": no subject named first */
        return ag__x_group_right(x, c, q, src);
    }
    return 0;
}

/* "summoned a Japanese diplomat to express concern over X": an infinitive
 * after a summons' object in its clause is the summoner's purpose (the
 * last predicate's subject), not an act of the envoy named before it. */
static size_t summons_purpose(xdoc *x, const sentctx *s, size_t p, int *src)
{
    size_t q = p > s->lo + 1 && ag__x_vg_adverb(x, p - 1) ? p - 1 : p; /* "to strongly protest" */
    if (!s->n_subj || q < s->lo + 3 || !x_tok_is(x, q - 1, "to"))
        return 0;
    long summon = ag_lexicon_find(x->lx, AG_LX_VERB, "summon"); /* a string probe: after the cheap tests */
    if (summon < 0)
        return 0;
    for (size_t k = q - 1; k > s->lo && k + 16 > q; k--) {
        ag_lx_hit h;
        if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            return 0;
        if (x_match(x, k - 1, q, KIND(AG_LX_VERB), &h) && h.entry == (uint32_t)summon) {
            memcpy(src, s->subj, s->n_subj * sizeof *src);
            return s->n_subj;
        }
    }
    return 0;
}

/* A participle right after a comma or a noun phrase, before "by": 2 after
 * a comma or an actor ("the militia backed by Iran": the actor is its
 * target), 1 after another noun ("a plan backed by Russia", "victims
 * killed by the crash": a passive whose target is no actor), else 0. */
static int reduced_relative(const xdoc *x, const sentctx *s, size_t p)
{
    if (p <= s->lo || ag__x_ends_ing(x, p))
        return 0;
    if (x_tok_is(x, p - 1, ",") || ag__x_chunk_of(x, p - 1) >= 0)
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
    int c = ag__x_chunk_of(x, pr->vg.t0 - 1);
    if (c < 0 || !ag__x_usable(x, c))
        return 0;
    size_t q = x->chunks[c].t0;
    if (q > s->lo && x_tok_is(x, q - 1, "that"))
        q--;
    if (q <= s->lo || !x_tok_has(x, q - 1, WC(SPEECH_VERB)) || ag__x_in_quote(s, q - 1))
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
        if (ag__x_chunk_of(x, j) < 0 && !x_tok_has(x, j, WC(DETERMINER)) &&
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
    while (q > s->lo + 2 && q + 3 > head && ag__x_chunk_of(x, q - 1) < 0 && ag__x_is_modifier(x, q - 1))
        q--;
    int c = q > s->lo + 2 ? ag__x_chunk_of(x, q - 1) : -1;
    if (c < 0 || x->chunks[c].t1 != q || !(x_tflags(x, x->chunks[c].t0 - 1) & AG_TOK_PAIR))
        return 0;
    /* "no US-China talks": the verb group ends at the names. */
    int first = ag__x_chunk_of(x, x->chunks[c].t0 - 2);
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
        c = ag__x_chunk_of(x, q);
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
        return 0;
    /* "according to the sources" is no infinitive: "to" before a determiner. */
    for (size_t q = x->chunks[c].t1; q + 1 < s->hi && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (x_tok_is(x, q, "to") && ag__x_chunk_of(x, q + 1) < 0 && !(x_tflags(x, q + 1) & AG_TOK_CAP) &&
            !x_tok_has(x, q + 1, WC(DETERMINER)))
            return 0;
    return 1;
}

/* "welcomed South Korean Foreign Minister Park Jin to Tokyo": a person
 * right after the form, then "to" or "in" and a place: a visitor. */
static int visitor(const xdoc *x, const sentctx *s, size_t k)
{
    int c = k < s->hi ? ag__x_chunk_of(x, x_tok_is(x, k, "the") ? k + 1 : k) : -1;
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON ||
        (x->chunks[c].flags & CH_POSS))
        return 0;
    size_t q = x->chunks[c].t1;
    int pc = q + 1 < s->hi && (x_tok_is(x, q, "to") || x_tok_is(x, q, "in")) ? ag__x_chunk_of(x, q + 1) : -1;
    return pc >= 0 && ((x->chunks[pc].flags & CH_LOC) ||
                       (x->chunks[pc].actor >= 0 && x->actors[x->chunks[pc].actor].kind == AG_ACTOR_COUNTRY));
}

/* "wants to host a meeting between A and B", "the urgent need for direct
 * dialogue between A and B": a meeting noun that is the object of a wished
 * verb ("to host a") or follows a wish word and "for" is wished too. */
static int wished_object(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p; k > s->lo + 2 && k + 4 > p && ag__x_chunk_of(x, k - 1) < 0; k--)
        if (ag__x_wished(x, s, k - 1) || (x_tok_is(x, k - 1, "for") && x_tok_has(x, k - 2, WC(WISH_VERB))))
            return 1;
    return 0;
}

/* "US Ambassador Summoned to Foreign Ministry" (a headline, no "was"): a
 * participle of a summons right after its envoy and before "to" is a
 * passive, as an active "summoned" would take the envoy as object. */
static int bare_summoned_to(const xdoc *x, const sentctx *s, const pred *pr, size_t k)
{
    size_t p = pr->p;
    const ag_token *t = &x->t.toks[p];
    return !pr->nominal && pr->vg.t0 == p && p > s->lo && ag__x_chunk_of(x, p - 1) >= 0 &&
           x_tok_has2(x, p, WC2(RECEIVER_VERB)) && t->end - t->start > 2 &&
           !strncmp(x->text + t->end - 2, "ed", 2) && x_tok_is(x, k, "to");
}

/* "with a focus on deepening ties", "the importance of strengthening
 * ties", "aimed at expanding cooperation": a gerund after a preposition
 * that follows a plain word (not an actor: "accused X of attacking") names
 * a topic, not an act. */
static int topic_gerund(const xdoc *x, const sentctx *s, size_t p)
{
    if (p < s->lo + 2 || !ag__x_ends_ing(x, p) || !x_tok_has(x, p - 1, WC(PREPOSITION)) || x_tok_is(x, p - 1, "to") ||
        ag__x_chunk_of(x, p - 2) >= 0)
        return 0;
    uint32_t fl = AG_TOK_WORD | AG_TOK_CAP;
    return (x_tflags(x, p - 2) & fl) == AG_TOK_WORD && !x_tok_has(x, p - 2, WC(FUNCTION_WORD) | WC(PRONOUN));
}

/* The conditions the rules test (AG_RC_*), from the verb group and the
 * words around the predicate. */
static void pred_conditions(xdoc *x, sentctx *s, pred *pr)
{
    size_t p = pr->p, k = p + pr->m;
    const ag_lx_entry *e = pr->e;
    /* One of the two kind bits, never both (ag__x_ruleplan_new relies on it). */
    unsigned c = e->kind == AG_LX_MEET ? AG_RC_MEET : AG_RC_VERB;
    ag__x_vgroup(x, s->lo, p, &pr->vg);
    unsigned f = pr->vg.flags;
    int rr = 0;
    if (pr->nominal) {
        size_t q = ag__x_modifiers_start(x, s, p);
        /* "expressed their appreciation and gratitude": the second noun
         * shares the light verb of the first. */
        if (q == p && p > s->lo + 2 && x_tok_is(x, p - 1, "and") && ag__x_chunk_of(x, p - 2) < 0)
            q = ag__x_modifiers_start(x, s, p - 2);
        c |= AG_RC_NOUN;
        /* "at a meeting": the scene of the clause is an act like "held a meeting". */
        int scene = e->kind == AG_LX_MEET && ag__x_scene_prep(x, s, p);
        c |= scene || pr->obj >= 0 || (q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB))) ? AG_RC_LIGHT : 0;
        /* "support for X"; "evidence against X", a form with its preposition. */
        c |= x_tok_has(x, k, WC(OBJECT_PREP)) || (pr->m > 1 && x_tok_has(x, k - 1, WC(OBJECT_PREP))) ? AG_RC_PREP : 0;
        int o, a, hosts[MAXG];
        c |= of_by(x, k, &o, &a) ? AG_RC_OF_BY : 0;
        /* "the talks are sponsored by X": a meeting noun with its hosts. */
        size_t at;
        c |= e->kind == AG_LX_MEET && ag__x_scene_host(x, s, k, hosts, &at) ? AG_RC_BY_AGENT : 0;
        /* "in response to the expulsion of X", "condemned the expulsion of
         * X": a noun after a preposition or another stance verb names an
         * act whose agent the clause does not give. */
        /* "condemned the Israeli attack on X": the same past a country
         * adjective before the noun. */
        int adj = q == p && p > s->lo ? ag__x_chunk_of(x, p - 1) : -1;
        size_t qa = adj >= 0 && (x->chunks[adj].flags & CH_ADJ) ? x->chunks[adj].t0 : q;
        c |= !(c & AG_RC_LIGHT) && embedded(x, s, qa, p) ? AG_RC_EMBEDDED : 0;
    } else if (((f & VG_PASSIVE) && !ag__x_ends_ing(x, p) && /* "has been backing": progressive */
                !(e->kind == AG_LX_MEET && pr->m > 1 && x_tok_is(x, p + 1, "to"))) /* "is expected to meet" */ ||
               (x_tok_is(x, k, "by") && pr->vg.t0 == p && (rr = reduced_relative(x, s, p))) ||
               bare_summoned_to(x, s, pr, k)) {
        /* ", mediated by the African Union", "the militia backed by Iran":
         * a participle after a comma or a noun, with its agent, is a
         * passive too. */
        c |= AG_RC_PASSIVE | (x_tok_is(x, k, "by") && rr != 1 ? AG_RC_BY_AGENT : 0);
    }
    c |= f & VG_NEG ? AG_RC_NEGATED : f & VG_IRREALIS ? AG_RC_IRREALIS : 0;
    c |= f & VG_REFUSED ? AG_RC_REFUSED : 0;
    c |= f & VG_DENIED ? AG_RC_DENIED : 0;
    c |= !pr->nominal && topic_gerund(x, s, p) ? AG_RC_EMBEDDED : 0;
    if (e->kind == AG_LX_VERB) {
        c |= ag__x_appealed(x, s, p) ? AG_RC_APPEALED : 0;
        c |= x_tok_has(x, pr->head, WC(APPEAL_WORD)) &&
                     (ag__x_to_stop(x, s, p + pr->m) || ag__x_release_of_person(x, s, p + pr->m))
                 ? AG_RC_TO_STOP
                 : 0;
        pr->wish_at = ag__x_wished(x, s, p);
        if (pr->wish_at) {
            int wsrc[MAXG], y[MAXG];
            size_t nw = ag__x_find_source(x, s, pr->wish_at, wsrc);
            size_t w = pr->wish_at;
            c |= AG_RC_WISHED | (ag__x_find_target(x, s, w + 1, p - 1 - (w + 1), wsrc, nw, y, NULL) ? AG_RC_WISH_OBJECT : 0);
        }
    } else {
        /* "wants to meet", "invited X to visit", "urged them to hold talks":
         * a wished-for meeting has not happened (corpus convention 8). */
        /* "called on both sides to resume negotiations": the infinitive
         * before a meeting noun is the act asked for. */
        int to_noun = pr->nominal && pr->head == p && p > s->lo + 2 && x_tok_is(x, p - 2, "to");
        c |= ag__x_appealed(x, s, pr->head) || (to_noun && ag__x_appealed(x, s, p - 1)) ||
                     (pr->nominal ? ag__x_asked_for(x, s, p) : ag__x_unheld_before(x, s, p))
                 ? AG_RC_APPEALED
                 : 0;
        c |= ag__x_wished(x, s, pr->head) || (pr->nominal && wished_object(x, s, p)) ? AG_RC_WISHED : 0;
    }
    /* "warned Beijing against providing support to Russia". */
    if (pr->head > s->lo && ag__x_ends_ing(x, pr->head) && x_tok_has(x, pr->head - 1, WC(SHIELD_PREP)))
        c |= AG_RC_SHIELDED;
    c |= ag__x_between_chunk(x, s, k) >= 0 ? AG_RC_BETWEEN : 0;
    c |= e->kind == AG_LX_MEET && paired_noun(x, s, pr->head) ? AG_RC_PAIRED : 0;
    c |= x_tok_is(x, k, "to") && ag__x_chunk_of(x, k + 1) < 0 ? AG_RC_TO_VERB : 0;
    c |= x_tok_is(x, k, "that") || ag__x_ends_ing(x, k) ? AG_RC_COMPLEMENT : 0;
    c |= e->target_preps ? AG_RC_AIMED : 0;
    c |= s->speaker >= 0 ? AG_RC_REPORTED : 0;
    c |= claimed(x, s, pr) ? AG_RC_CLAIMED : 0;
    /* "made separate calls on President X": the noun after a light verb too. */
    c |= (!pr->nominal || (c & AG_RC_LIGHT)) && on_person(x, s, k) ? AG_RC_ON_PERSON : 0;
    c |= !pr->nominal && visitor(x, s, k) ? AG_RC_VISITOR : 0;
    /* "threatened to impose sanctions": the act is the threat's content. */
    for (size_t q = pr->head; q > s->lo + 1 && q + 3 > pr->head; q--) {
        if (!x_tok_is(x, q - 1, "to")) {
            if (ag__x_chunk_of(x, q - 1) >= 0 || !(x_tflags(x, q - 1) & AG_TOK_WORD))
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

/* "the BRICS meeting took place", "after the GCC meeting on ...", "the
 * second Balkan Peace Platform meeting": a meeting form in -ing right after
 * a name (an actor's, or capitalized words inside the sentence), with no
 * mention after it, is the noun the name modifies ("Putin meeting Xi" keeps
 * its object: a verb). */
static int named_meeting(const xdoc *x, const sentctx *s, size_t p, size_t m, const ag_lx_entry *e)
{
    if (e->kind != AG_LX_MEET || p <= s->lo + 1 || !ag__x_ends_ing(x, p))
        return 0;
    unsigned f = x_tflags(x, p - 1);
    if (ag__x_chunk_of(x, p - 1) < 0 && (!(f & AG_TOK_CAP) || !(f & AG_TOK_WORD)))
        return 0;
    size_t k = x_tok_has(x, p + m, WC(DETERMINER)) ? p + m + 1 : p + m;
    return k >= s->hi || ag__x_chunk_of(x, k) < 0;
}

/* Back over punctuation that is no mention: 'them "persona ...'. */
static size_t skip_open_quotes(const xdoc *x, const sentctx *s, size_t k)
{
    while (k > s->lo && (x_tflags(x, k - 1) & AG_TOK_PUNCT) && ag__x_chunk_of(x, k - 1) < 0)
        k--;
    return k;
}

/* "declared Mexico's ambassador persona non grata": a noun after the
 * object of a light verb is the predicate of that verb, and the object
 * its target. Returns the object's chunk (and the verb in *head), or -1. */
static int complement_object(const xdoc *x, const sentctx *s, size_t p, size_t *head)
{
    size_t k = skip_open_quotes(x, s, p);
    /* "declared the envoy as (a) persona non grata": over "as" and an article. */
    size_t a = k > s->lo + 1 && (x_tok_is(x, k - 1, "a") || x_tok_is(x, k - 1, "an")) ? k - 1 : k;
    if (a > s->lo + 1 && x_tok_is(x, a - 1, "as"))
        k = skip_open_quotes(x, s, a - 1);
    /* "Mexico's ambassador": a possessive before one lower-case noun
     * ("Kenya's full solidarity": a modifier of the predicate is none). */
    if (k > s->lo + 3 && ag__x_chunk_of(x, k - 1) < 0 && (x_tflags(x, k - 2) & AG_TOK_POSS) &&
        (x_tflags(x, k - 1) & AG_TOK_WORD) && !(x_tflags(x, k - 1) & AG_TOK_CAP) &&
        !x_tok_has(x, k - 1, WC(NOUN_MODIFIER)))
        k -= 2;
    /* "four Russian embassy employees": a country adjective before one or
     * two lower-case nouns. */
    size_t j = k;
    while (j > s->lo + 1 && j + 2 > k && ag__x_chunk_of(x, j - 1) < 0 && (x_tflags(x, j - 1) & AG_TOK_WORD) &&
           !(x_tflags(x, j - 1) & (AG_TOK_CAP | AG_TOK_DIGIT)) && !x_tok_has(x, j - 1, WC(FUNCTION_WORD) | WC(PREPOSITION)))
        j--;
    int adj = j < k && ag__x_chunk_of(x, j - 1) >= 0 && (x->chunks[ag__x_chunk_of(x, j - 1)].flags & CH_ADJ);
    if (adj)
        k = j;
    int c = k > s->lo ? ag__x_chunk_of(x, k - 1) : -1;
    if (c < 0 || (!adj && !ag__x_usable(x, c)) || x->chunks[c].t0 <= s->lo)
        return -1;
    size_t v = x->chunks[c].t0 - 1;
    if (x_tok_is(x, v, "the") && v > s->lo)
        v--;
    /* "declared three Russian diplomats", "27 employees": over a count. */
    if (v > s->lo && ((x_tflags(x, v) & AG_TOK_DIGIT) || x_tok_has2(x, v, WC2(QUANTITY_WORD))))
        v--;
    if (!x_tok_has(x, v, WC(LIGHT_VERB)) || ag__x_chunk_of(x, v) >= 0)
        return -1;
    *head = v;
    return c;
}

/* "for his first bilateral visit to X", "a new official visit": a word
 * that can be a noun after a noun marker and noun modifiers ("first",
 * "bilateral", "official") is the noun, not the verb; "the official met"
 * stays a verb ("met" is no noun). */
static int noun_after_modifiers(const xdoc *x, const sentctx *s, size_t p)
{
    const ag_word *w = ag_vocab_word(ag_lexicon_vocab(x->lx), x->t.toks[p].word);
    if (!w || !(w->pos & AG_POS_NOUN))
        return 0;
    size_t b = p;
    while (b > s->lo && b + 4 > p && x_tok_has(x, b - 1, WC(NOUN_MODIFIER)) && !x_tok_has(x, b - 1, WC(NOUN_MARKER)))
        b--;
    return b < p && b > s->lo && x_tok_has(x, b - 1, WC(NOUN_MARKER));
}

/* Reads the predicate matched at p (m tokens, entry e): its form and head.
 * A verb form after a light verb and modifiers is the noun ("providing
 * military support"); "support" after "our" is the noun too. */
void ag__x_pred_read(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_hit *h, pred *pr)
{
    memset(pr, 0, sizeof *pr);
    pr->p = p;
    pr->m = m;
    pr->e = ag_lexicon_entry(x->lx, h->entry);
    pr->entry = h->entry;
    pr->nominal = h->form == AG_FORM_NOUN || (p > s->lo && x_tok_has(x, p - 1, WC(NOUN_MARKER)));
    /* "Sanctions against Iran were imposed": a sentence opens with a noun. */
    pr->nominal |= p == s->lo && x_tok_has(x, p + m, WC(OBJECT_PREP)) && !x_tok_is(x, p + m, "to");
    /* "bans on travel to Canada": a meeting verb's bare form after a
     * preposition is a noun (a gerund, "after meeting X", stays a verb). */
    int bare = pr->e->kind == AG_LX_MEET && p > s->lo && x_tok_has(x, p - 1, WC(PREPOSITION)) &&
               !x_tok_is(x, p - 1, "to") && !ag__x_ends_ing(x, p) && !ag__x_scene_prep(x, s, p); /* "during talks with X" */
    pr->nominal |= bare || named_meeting(x, s, p, m, pr->e);
    size_t q = ag__x_modifiers_start(x, s, p);
    if (!pr->nominal && p > s->lo)
        pr->nominal = q < p && q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB));
    pr->nominal |= noun_after_modifiers(x, s, p);
    /* "condemned the terrorist bombing which ...", "The virtual meeting of
     * ...": an -ing form after a determiner and its modifiers is the noun. */
    pr->nominal |= q < p && ag__x_ends_ing(x, p) && x_tok_has(x, q, WC(DETERMINER));
    /* "the Israeli attack": a form after a country adjective and its determiner. */
    int adj = p > s->lo ? ag__x_chunk_of(x, p - 1) : -1;
    pr->nominal |= adj >= 0 && (x->chunks[adj].flags & CH_ADJ) && x_tok_has(x, x->chunks[adj].t0, WC(DETERMINER));
    pr->head = p;
    /* A noun's subject is the light verb's: "X ... and made the proposal". */
    if (pr->nominal && q > s->lo && x_tok_has(x, q - 1, WC(LIGHT_VERB)) && ag__x_chunk_of(x, q - 1) < 0)
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
    /* The first bytes first: rule_for asks at every predicate, for each
     * rule that names lemmas or labels. */
    for (size_t i = 0; s && i < n; i++)
        if (s[0] == v[i][0] && strcmp(s, v[i]) == 0)
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

/* 1 if rule r's filters of the entry pass (its conditions aside). */
static int entry_fits(const ag_lx_rule *r, const ag_lx_entry *e)
{
    return one_of(e->label, r->labels, r->n_labels) && one_of(e->name, r->lemmas, r->n_lemmas) && code_in(e, r->codes) &&
           (r->polarity == 2 || r->polarity == e->polarity);
}

/* Entry i's rules are ix[at[i] .. at[i + 1]), in rule order; only the
 * stance and meeting entries have any (the predicates' kinds). */
struct ag__x_ruleplan {
    uint32_t n; /* entries */
    uint32_t *at, *ix;
};

static int planned(const ag_lx_entry *e) { return e->kind == AG_LX_VERB || e->kind == AG_LX_MEET; }

/* 1 if rule r can apply to a predicate of entry e: its filters pass, and
 * its conditions allow the kind's bit, which pred_conditions sets alone
 * of the two (AG_RC_MEET for a meeting entry, else AG_RC_VERB). */
static int plan_fits(const ag_lx_rule *r, const ag_lx_entry *e)
{
    unsigned kind = e->kind == AG_LX_MEET ? AG_RC_MEET : AG_RC_VERB, other = (AG_RC_MEET | AG_RC_VERB) & ~kind;
    return !(r->need & other) && !(r->deny & kind) && entry_fits(r, e);
}

void ag__x_ruleplan_free(ag__x_ruleplan *p)
{
    if (!p)
        return;
    free(p->at);
    free(p->ix);
    free(p);
}

ag__x_ruleplan *ag__x_ruleplan_new(const ag_lexicon *lx)
{
    size_t nr, n = 0, cap = 0, k = 0;
    const ag_lx_rule *r = ag_lexicon_rules(lx, &nr);
    while (ag_lexicon_entry(lx, (uint32_t)n) && n < UINT32_MAX - 1)
        n++;
    ag__x_ruleplan *p = calloc(1, sizeof *p);
    if (!p || !(p->at = malloc((n + 1) * sizeof *p->at)))
        goto oom;
    p->n = (uint32_t)n;
    for (uint32_t i = 0; i < n; i++) {
        const ag_lx_entry *e = ag_lexicon_entry(lx, i);
        p->at[i] = (uint32_t)k;
        for (size_t q = 0; r && planned(e) && q < nr; q++) {
            if (!plan_fits(&r[q], e))
                continue;
            if (k == cap && ag__grow(&p->ix, &cap, k, sizeof *p->ix, 64))
                goto oom;
            p->ix[k++] = (uint32_t)q;
        }
    }
    p->at[n] = (uint32_t)k;
    return p;
oom:
    ag__x_ruleplan_free(p);
    return NULL;
}

/* The first rule that applies to the predicate, or NULL. */
const ag_lx_rule *ag__x_rule_for(const xdoc *x, const pred *pr, const ag_lx_rule *from)
{
    size_t n;
    const ag_lx_rule *r = ag_lexicon_rules(x->lx, &n);
    if (!r) /* a lexicon without rules */
        return NULL;
    size_t i = from ? (size_t)(from - r) : 0;
    const ag__x_ruleplan *pl = x->plan;
    if (pl && pr->entry < pl->n && planned(pr->e)) {
        for (uint32_t q = pl->at[pr->entry]; q < pl->at[pr->entry + 1]; q++) {
            const ag_lx_rule *c = &r[pl->ix[q]];
            if (pl->ix[q] >= i && (pr->cond & c->need) == c->need && !(pr->cond & c->deny))
                return c;
        }
        return NULL;
    }
    for (r += i; i < n; i++, r++)
        if ((pr->cond & r->need) == r->need && !(pr->cond & r->deny) && entry_fits(r, pr->e))
            return r;
    return NULL;
}

/* A verbal disapproval (CAMEO 11 criticize, 12 reject, 13 threaten and
 * warn): the acts it condemns have authors. */
static int disapproval(const ag_lx_entry *e)
{
    return e->code && e->code[0] == '1' && e->code[1] >= '1' && e->code[1] <= '3';
}

/* "Jordan condemned the attack": the author of the last attack told (of
 * "the coup" at token act, the country of the last coup; of "the
 * detention of X", that country when no attacker was told), if it is none
 * of the sources' side. */
static size_t act_of_last_attacker(const xdoc *x, size_t act, const int *src, size_t ns, int *tgt)
{
    int coup = x_tok_has2(x, act, WC2(COUP_NOUN)) || (x->last_attacker < 0 && ag__x_of_person(x, act, x->t.n_toks));
    int a = coup ? x->last_coup : x->last_attacker;
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
        (!pr->nominal && x_tok_has2(x, pr->p, WC2(ACT_NOUN)) && (b == s->lo || ag__x_chunk_of(x, b - 1) < 0)))
        return; /* "sabotage attacks": a noun, not "Israel attacks" */
    /* "destroyed a ballistic missile": an attack on no one named. */
    size_t k = pr->p + pr->m, named = 0;
    for (; k < s->hi && k < pr->p + pr->m + 8 && !named && !x_tok_has(x, k, WC(CLAUSE_BREAK)); k++)
        named = ag__x_chunk_of(x, k) >= 0;
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
        int c = ag__x_chunk_of(x, k - 1);
        if (c >= 0 && ag__x_usable(x, c) && x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON) {
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
        nt = ag__x_event_place(x, s, k0, src, ns, tgt);
    if (!nt && pr->e->polarity != 0 && !pr->e->target_preps)
        nt = ag__x_place_after_quote(x, s, k0, src, ns, tgt);
    for (size_t k = k0; !nt && (r->options & AG_RO_HOST) && k < s->hi && k < k0 + 6; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0 && (x->chunks[c].flags & CH_LOC)) {
            tgt[0] = x->chunks[c].actor;
            nt = 1;
        }
    }
    /* "The UAE also voiced outrage, with ...": a disapproval with no
     * object is aimed at the last attacker. */
    if (!nt && disapproval(pr->e) && !pr->nominal && (k0 >= s->hi || x_tok_is(x, k0, ",") || x_tok_is(x, k0, ".")))
        nt = act_of_last_attacker(x, pr->p, src, ns, tgt);
    size_t hi = k0 + 4 < s->hi ? k0 + 4 : s->hi;
    for (size_t k = k0; k < hi && !nt; k++) {
        if (x_tok_has(x, k, WC(PROPOSAL_NOUN)) && x->last_proposer >= 0) {
            tgt[0] = x->last_proposer;
            nt = 1;
        } else if (x_tok_has2(x, k, WC2(ACT_NOUN)) && disapproval(pr->e)) {
            nt = act_of_last_attacker(x, k, src, ns, tgt);
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
    size_t ng = ag__x_group_right(x, c, s->hi, g);
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
    if ((x_tok_is(x, k, "by") || x_tok_is(x, k, "of")) && (c = ag__x_chunk_after(x, k + 1)) >= 0)
        return add_group(x, s, c, src, 0);
    /* "..., according to the joint statement": the authors are not named
     * next to it, and the nearest mention on the left is no author. */
    size_t a = ag__x_modifiers_start(x, s, pr->p);
    if (a > s->lo + 1 && x_tok_is(x, a - 1, "to") && x_tok_is(x, a - 2, "according"))
        return 0;
    size_t n = ag__x_find_source(x, s, pr->head, src);
    for (size_t q = k; !n && q < s->hi && q < k + 8 && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (x_tok_is(x, q, ",")) {
            if ((c = ag__x_chunk_after(x, q + 1)) >= 0)
                n = add_group(x, s, c, src, 0);
            break;
        }
    if (x_tok_is(x, k, "with") && (c = ag__x_chunk_after(x, k + 1)) >= 0)
        n = add_group(x, s, c, src, n);
    return n;
}

/* "condemned the detention of X", "the violation of Qatar's sovereignty":
 * the mention at token `at` suffered the hostile act its object names. */
static int victim_at(const xdoc *x, size_t k, size_t at)
{
    int c = ag__x_chunk_of(x, at);
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
        if (x_tflags(x, q) & AG_TOK_QUOTE) /* 'condemned the "military coup"' */
            continue;
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
        size_t from = x->chunks[ag__x_chunk_of(x, at)].t1;
        nt = from < end ? find_target_p(x, s, from, end - from, src, ns, tgt, &at, preps) : 0;
    }
    return nt;
}

/* Source and target of the rule's roles; returns the number of targets. */
/* "in a statement released on Friday", "a deal signed in Doha": a bare
 * "-ed" form right after a plain noun and before a preposition or comma
 * describes that noun; no mention before it is its subject. */
static int bare_participle(const xdoc *x, const sentctx *s, const pred *pr)
{
    size_t p = pr->p, k = p + pr->m;
    if (pr->nominal || pr->vg.t0 != p || p <= s->lo || k >= s->hi || ag__x_chunk_of(x, p - 1) >= 0)
        return 0;
    const ag_token *t = &x->t.toks[p];
    if (t->end - t->start < 4 || memcmp(x->text + t->end - 2, "ed", 2) != 0)
        return 0;
    uint32_t fl = AG_TOK_WORD | AG_TOK_CAP;
    if ((x_tflags(x, p - 1) & fl) != AG_TOK_WORD ||
        x_tok_has(x, p - 1, WC(FUNCTION_WORD) | WC(PRONOUN) | WC(CONJUNCTION) | WC(PREPOSITION) | WC(PAIR_NOUN) |
                               WC(GROUP_REFERENCE)))
        return 0; /* "the two sides agreed on": a group is a subject */
    return x_tok_is(x, k, ",") || (x_tok_has(x, k, WC(PREPOSITION)) && !x_tok_is(x, k, "by"));
}

static size_t find_roles(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, int *src, size_t *ns, int *tgt)
{
    size_t p = pr->p, k = p + pr->m, nt = 0;
    int c, a;
    *ns = 0;
    switch (r->roles) {
    case AG_RR_PASSIVE:
        if ((c = ag__x_chunk_of(x, k + 1)) >= 0 && ag__x_usable(x, c))
            *ns = ag__x_group_right(x, c, s->hi, src);
        else if (x_tok_is(x, k, "by"))
            *ns = ag__x_agents_as_well(x, s, k, src);
        /* "The attack was condemned by X": the act's author, told before. */
        if (pr->vg.t0 > s->lo && x_tok_has2(x, pr->vg.t0 - 1, WC2(ACT_NOUN)) && disapproval(pr->e))
            return act_of_last_attacker(x, pr->vg.t0 - 1, src, *ns, tgt);
        return (c = ag__x_chunk_left(x, s, p)) >= 0 ? ag__x_group_left(x, c, s->lo, tgt) : 0;
    case AG_RR_OF_BY:
        if (!of_by(x, k, &c, &a))
            return 0;
        *ns = ag__x_group_right(x, a, s->hi, src);
        if (c < 0) /* "its diplomats": the owner is the clause's subject */
            return (nt = ag__x_find_source(x, s, pr->head, tgt)) && tgt[0] != src[0] ? nt : 0;
        return ag__x_group_right(x, c, s->hi, tgt);
    case AG_RR_WISH:
        *ns = ag__x_find_source(x, s, pr->wish_at, src);
        nt = ag__x_find_target(x, s, pr->wish_at + 1, p - 1 - (pr->wish_at + 1), src, *ns, tgt, NULL);
        return nt ? nt : ag__x_find_target(x, s, k, 16, src, *ns, tgt, NULL);
    case AG_RR_SPEAKER:
        /* "X said Y had violated ...": the speaker, the act's subject. */
        src[0] = s->speaker;
        *ns = s->speaker >= 0;
        return *ns ? ag__x_find_source(x, s, pr->head, tgt) : 0;
    case AG_RR_BETWEEN:
        *ns = (c = ag__x_between_chunk(x, s, k)) >= 0 ? ag__x_group_right(x, c, s->hi, src) : 0;
        return 0;
    case AG_RR_JOINT:
        *ns = joint_parties(x, s, pr, src);
        return 0;
    case AG_RR_SVO:
    case AG_RR_SUBJECT:
        /* "following requests from Bangkok and Phnom Penh": the holder of
         * a stance noun follows "from"; the clause's subject is its aim. */
        if (pr->nominal && x_tok_is(x, k, "from") && (c = ag__x_chunk_of(x, k + 1)) >= 0 && !(x->chunks[c].flags & CH_ADJ)) {
            *ns = ag__x_group_right(x, c, s->hi, src); /* "from Bangkok" reads as a place: the government */
            return r->roles == AG_RR_SUBJECT ? 0 : ag__x_find_source(x, s, pr->head, tgt);
        }
        if (bare_participle(x, s, pr))
            return 0;
        *ns = ag__x_opening_participle(x, s, pr->head, src);
        if (!*ns)
            *ns = adjunct_subject(x, s, pr->head, src);
        if (!*ns)
            *ns = summons_purpose(x, s, pr->head, src);
        if (!*ns)
            *ns = ag__x_joined_sources(x, s, pr->head, src);
        if (!*ns)
            *ns = ag__x_find_source(x, s, pr->head, src);
        if (r->roles == AG_RR_SUBJECT)
            return 0;
        if (pr->obj >= 0) /* "declared X persona non grata" */
            return ag__x_group_left(x, pr->obj, pr->head, tgt);
        size_t held = pr->cond & AG_RC_TO_STOP ? ag__x_release_of_person(x, s, k) : 0;
        if (held) /* "called for the release of X": a demand to his captor */
            return act_of_last_attacker(x, held, src, *ns, tgt);
        size_t at = 0;
        size_t reach = r->reach ? (size_t)r->reach : pr->nominal ? 8 : 16;
        size_t act = disapproval(pr->e) ? act_object(x, s, k) : 0;
        if (act && (!x_tok_has(x, act + 1, WC(PREPOSITION)) || x_tok_is(x, act + 1, "as")) &&
            !find_target_p(x, s, k, act - k, src, *ns, tgt, &at, NULL))
            return act_of_last_attacker(x, act, src, *ns, tgt); /* "blasted the attack as ..." */
        nt = find_target_p(x, s, k, reach, src, *ns, tgt, &at, pr->e->target_preps);
        /* "fired rockets at X": "fired the minister" is no attack. */
        if (nt && pr->e->target_preps && !ag__x_after_prep(x, at, pr->e->target_preps))
            nt = 0;
        if (nt && pr->e->polarity < 0)
            nt = past_victims(x, s, k, k + reach, src, *ns, tgt, nt, at, pr->e->target_preps);
        if (nt && (c = ag__x_chunk_of(x, at)) >= 0 && act_author(x, s, c)) /* "condemned the Houthi attacks" */
            x->last_attacker = tgt[0];
        return nt ? nt : fallback_target(x, s, pr, r, src, *ns, tgt);
    }
    return 0;
}

/* "A and B signed pacts with C", "A and B agreed with the proposal": a
 * "with" after the predicate and its object (no comma, "to", "that" or
 * "and" between) names the other side, so A and B are not each other's:
 * 2 if an actor follows it (the side), 1 if a thing does. */
static int with_partner(const xdoc *x, const sentctx *s, const pred *pr)
{
    for (size_t k = pr->p + pr->m; k < s->hi && k < pr->p + pr->m + 8; k++) {
        if (x_tok_is(x, k, "with")) {
            size_t q = k + 1 + (x_tok_is(x, k + 1, "the") ? 1 : 0);
            int c = ag__x_chunk_of(x, q);
            return c >= 0 && ag__x_usable(x, c) ? 2 : 1;
        }
        if (x_tok_is(x, k, ",") || x_tok_is(x, k, "to") || x_tok_is(x, k, "that") || x_tok_is(x, k, "and") ||
            x_tok_has(x, k, WC(CLAUSE_BREAK)) || ag__x_clause_break(x, k))
            return 0;
    }
    return 0;
}

/* The stances (and a summons' meeting) of sources x targets. */
static void make_stances(xdoc *x, const ag_lx_rule *r, const ag_lx_entry *e, const int *src, size_t ns,
                         const int *tgt, size_t nt, int si, int partnered)
{
    /* A verb that is a meeting by its rule ("called on the Prime Minister"):
     * the meeting entry its label names. */
    if (r->effect == AG_RE_MEETING) {
        long m = ag_lexicon_find(x->lx, AG_LX_MEET, r->relabel ? r->relabel : "meet");
        /* "a call between A and B", "was co-chaired by A and B": the
         * parties alone, no object. */
        if (m >= 0 && (r->roles == AG_RR_BETWEEN || r->roles == AG_RR_JOINT) && ns >= 2)
            ag__x_add_meeting(x, src, ns, ag_lexicon_entry(x->lx, (uint32_t)m), NULL, si);
        for (size_t a = 0; m >= 0 && a < ns; a++)
            for (size_t b = 0; b < nt; b++) {
                int pair[2] = {src[a], tgt[b]};
                ag__x_add_meeting(x, pair, 2, ag_lexicon_entry(x->lx, (uint32_t)m), NULL, si);
            }
        return;
    }
    int mutual = r->effect == AG_RE_MUTUAL;
    int aim[MAXG]; /* the stances' targets; a summons' meeting stays with the envoy */
    for (size_t b = 0; b < nt; b++)
        aim[b] = r->options & AG_RO_ENVOY_COUNTRY ? ag__x_served_country(x, tgt[b]) : tgt[b];
    /* "A and B agreed that ...": what follows is the content, not a party. */
    if (partnered == 1) /* "agreed with the proposal, while C ...": no side named */
        nt = 0;
    if (mutual && ns >= 2 && !partnered) {
        nt = 0;
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                add_stance(x, src[a], src[b], e, si);
    }
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            add_stance(x, src[a], aim[b], e, si);
            if (mutual && !(r->options & AG_RO_ONE_WAY))
                add_stance(x, aim[b], src[a], e, si);
        }
    /* A summons is also a meeting of the summoner and the envoy (corpus
     * convention 11). */
    long meet = r->effect == AG_RE_SUMMONS ? ag_lexicon_find(x->lx, AG_LX_MEET, "meet") : -1;
    for (size_t a = 0; meet >= 0 && a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            int pair[2] = {src[a], ag__x_envoy_of(x, tgt[b], si)};
            ag__x_add_meeting(x, pair, 2, ag_lexicon_entry(x->lx, (uint32_t)meet), NULL, si);
        }
}

/* "summoned the envoy following remarks by X", "over comments of X", "to
 * explain statements made by X": the summoner protests the speaker too
 * (a person named within a few words after the utterance noun). */
static void summons_cause(xdoc *x, const sentctx *s, const pred *pr, const ag_lx_entry *e, const int *src,
                          size_t ns, int si)
{
    size_t k0 = pr->p + pr->m;
    for (size_t k = k0; ns && k < s->hi && k < k0 + 16; k++) {
        if (x_tok_has(x, k, WC(CLAUSE_BREAK)))
            return;
        if (!x_tok_has2(x, k, WC2(UTTERANCE_NOUN)))
            continue;
        int c = -1;
        for (size_t j = k + 1; j < s->hi && j < k + 6; j++)
            if ((c = ag__x_chunk_of(x, j)) >= 0 && !(x->chunks[c].flags & CH_ADJ))
                break;
        if (c < 0 || !ag__x_usable(x, c) || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
            return;
        for (size_t a = 0; a < ns; a++)
            add_stance(x, src[a], x->chunks[c].actor, e, si);
        return;
    }
}

/* "welcomed X to Maldives" under a rule with the option host: the
 * visitor X also visits the country named after "to" or "in" (beside the
 * host's meeting with him). A capital names no country here. */
static void welcomed_visit(xdoc *x, const sentctx *s, const pred *pr, const int *tgt, size_t nt, int si)
{
    size_t k = pr->p + pr->m;
    int c = k < s->hi ? ag__x_chunk_of(x, x_tok_is(x, k, "the") ? k + 1 : k) : -1;
    size_t q = c >= 0 ? x->chunks[c].t1 : s->hi;
    int named = q + 1 < s->hi && (x_tok_is(x, q, "to") || x_tok_is(x, q, "in")) && ag__x_country_named_at(x, s, q + 1);
    int land = named ? x->chunks[ag__x_chunk_of(x, q + 1)].actor : -1;
    long v = ag_lexicon_find(x->lx, AG_LX_MEET, "visit");
    if (land < 0 || x->actors[land].kind != AG_ACTOR_COUNTRY || v < 0)
        return;
    for (size_t b = 0; b < nt; b++) {
        int pair[2] = {tgt[b], land};
        ag__x_add_visit(x, pair, 2, ag_lexicon_entry(x->lx, (uint32_t)v), NULL, si);
    }
}

/* Applies rule r to the predicate. */
void ag__x_apply_rule(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, int si)
{
    x->rule = r->name;
    if (r->roles == AG_RR_MEETING) {
        ag__x_meeting_at(x, s, pr->head, pr->p, pr->m, pr->e, pr->nominal, r->options, si);
        return;
    }
    if (r->roles == AG_RR_PASSIVE_MEETING) {
        /* "were welcomed by X": a stance verb's reception is a meeting
         * (the rule's label names the meeting entry), else its stance. */
        long host = r->relabel ? ag_lexicon_find(x->lx, AG_LX_MEET, r->relabel) : -1;
        size_t before = x->n_rels;
        ag__x_passive_meeting(x, s, pr->p, pr->m, host >= 0 ? ag_lexicon_entry(x->lx, (uint32_t)host) : pr->e, si);
        const ag_lx_rule *next = x->n_rels == before && pr->e->kind == AG_LX_VERB ? ag__x_rule_for(x, pr, r + 1) : NULL;
        if (next)
            ag__x_apply_rule(x, s, pr, next, si);
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
    int partnered = r->roles == AG_RR_SVO && r->effect == AG_RE_MUTUAL ? with_partner(x, s, pr) : 0;
    make_stances(x, r, e, src, ns, tgt, nt, si, partnered);
    if (r->effect == AG_RE_MEETING && (r->options & AG_RO_HOST))
        welcomed_visit(x, s, pr, tgt, nt, si);
    if (r->effect == AG_RE_SUMMONS && nt)
        summons_cause(x, s, pr, e, src, ns, si);
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
