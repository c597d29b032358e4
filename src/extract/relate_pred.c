/* relate_pred.c — the predicate the relation rules read: the modifiers
 * before it, "of X by Y", "between A and B", and the conditions (AG_RC_*)
 * its verb group and its neighbours offer; ag__x_pred_read reads one. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"
#include "ruleplan.h"
#include "util_int.h"

/* The first word of the modifiers before p that a light verb may precede
 * ("expressed its strongest condemnation"); after a verb of expression,
 * over an opening quote mark ('expressed its "deep concern"': the
 * statement's own words). */
/* "an immediate and unconditional ceasefire": an "and" at k between two
 * modifiers that are neither nouns nor verbs (adjectives) joins them;
 * "held talks and bilateral meetings" joins two nouns, two acts. */
static int adjective_and(const xdoc *x, const sentctx *s, size_t k)
{
    if (k <= s->lo || !x_tok_is(x, k, "and") || !ag__x_is_modifier(x, k - 1) || !ag__x_is_modifier(x, k + 1))
        return 0;
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    for (size_t q = k - 1; q <= k + 1; q += 2) {
        const ag_word *w = ag_vocab_word(v, x->t.toks[q].word);
        if ((w && (w->pos & (AG_POS_NOUN | AG_POS_VERB))) || x_tok_has(x, q, WC(DETERMINER)))
            return 0;
    }
    return 1;
}

size_t ag__x_modifiers_start(const xdoc *x, const sentctx *s, size_t p)
{
    size_t q = p;
    while (q > s->lo && q + 4 > p && (ag__x_is_modifier(x, q - 1) || adjective_and(x, s, q - 1)))
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
int ag__x_of_by(const xdoc *x, size_t k, int *obj, int *agent)
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

int ag__x_own_clause(const xdoc *x, size_t k, size_t q)
{
    if (q <= k)
        return 0;
    if (x_tok_has(x, q, WC(CLAUSE_BREAK)))
        return 1;
    /* "as" before a mention ("such as the AU") or "as well as" goes on. */
    size_t n = q + 1 + x_tok_has(x, q + 1, WC(DETERMINER));
    return x_tok_is(x, q, "as") && !x_tok_is(x, q + 1, "well") && ag__x_chunk_of(x, n) < 0;
}

/* The token of "between" within ten tokens after k in k's own clause,
 * with skip_paren the words of a parenthesis not counted ("a Joint
 * Commission for Cooperation (JCC) between A and B"); s->hi if there is
 * none. */
static size_t between_at(const xdoc *x, const sentctx *s, size_t k, int skip_paren)
{
    size_t n = 0;
    int paren = 0;
    for (size_t q = k; q < s->hi && n < 10 && !ag__x_own_clause(x, k, q); q++) {
        if (x_tok_is(x, q, "between"))
            return q;
        paren = skip_paren && (x_tok_is(x, q, "(") ? 1 : x_tok_is(x, q, ")") ? 0 : paren);
        n += !paren && !(skip_paren && x_tok_is(x, q, ")"));
    }
    return s->hi;
}

/* The chunk of the first party after "between" at q, or -1. */
static int parties_chunk(const xdoc *x, const sentctx *s, size_t q)
{
    if (q >= s->hi)
        return -1;
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

int ag__x_between_chunk(const xdoc *x, const sentctx *s, size_t k)
{
    return parties_chunk(x, s, between_at(x, s, k, 0));
}

size_t ag__x_between_parties(xdoc *x, const sentctx *s, size_t k, int *out)
{
    /* Past a parenthesis: "the signing of a Joint Commission for
     * Cooperation (JCC) between A and B". */
    size_t q = between_at(x, s, k, 1);
    int c = parties_chunk(x, s, q);
    if (c >= 0)
        return ag__x_group_right(x, c, s->hi, out);
    /* "the signing of X between the two countries": a group reference. */
    size_t n = q + 1 < s->hi ? ag__x_coref_group_at(x, q + 1, out, MAXG) : 0;
    return n >= 2 ? n : 0;
}

/* A gerund or participle in -ing of five letters or more ("attacking"). */
int ag__x_ends_ing(const xdoc *x, size_t k)
{
    return (x_tflags(x, k) & AG_TOK_WORD) && x_tok_ends(x, k, "ing", 4);
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
    return a != s->speaker && !ag__x_related(x, a, s->speaker);
}

/* "criticized recent meeting between A and B": a meeting's -ing form at p
 * after one modifier (q) and no determiner, right after a stance verb, is
 * that verb's object, a noun ("sign joint statement condemning X" keeps
 * its participle: a stance form after a noun). */
static int bare_ing_object(const xdoc *x, const sentctx *s, size_t q, size_t p)
{
    return q + 1 == p && q > s->lo && ag__x_ends_ing(x, p) && ag__x_chunk_of(x, q - 1) < 0 &&
           x_match(x, p, s->hi, KIND(AG_LX_MEET), NULL) && x_match(x, q - 1, s->hi, KIND(AG_LX_VERB), NULL);
}

/* A determiner among the modifiers [q, p) of the noun at p, with a
 * preposition or a stance verb before it ("to the expulsion", "condemned
 * the expulsion"); the modifiers may have taken the verb in. */
static int embedded(const xdoc *x, const sentctx *s, size_t q, size_t p)
{
    if (bare_ing_object(x, s, q, p))
        return 1;
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

/* "released a statement", "issued on Monday a joint communique": the
 * object after the verb at k (past "on" and one word, a determiner and two
 * modifiers) is a document_noun, no actor or thing the act is done to. */
static int document_object(const xdoc *x, const sentctx *s, size_t k)
{
    if (k + 1 < s->hi && x_tok_is(x, k, "on") && ag__x_chunk_of(x, k + 1) < 0)
        k += 2;
    if (k < s->hi && x_tok_has(x, k, WC(DETERMINER)))
        k++;
    for (size_t q = k; q < s->hi && q < k + 3; q++) {
        if (ag__x_chunk_of(x, q) >= 0 || !(x_tflags(x, q) & AG_TOK_WORD) || x_tok_has(x, q, WC(PREPOSITION)))
            return 0;
        if (x_tok_has2(x, q, WC2(DOCUMENT_NOUN)))
            return 1;
    }
    return 0;
}

/* "received strong support from X", "enjoys the backing of X": a meeting
 * form that is also a light verb, with a stance noun as its object (past a
 * determiner and two modifiers), takes in a reaction, no guest; the noun
 * is the predicate (relate_rule.c, reaction_holder). */
static int stance_object(const xdoc *x, const sentctx *s, const pred *pr, size_t k)
{
    if (pr->e->kind != AG_LX_MEET || pr->m != 1 || !x_tok_has(x, pr->p, WC(LIGHT_VERB)))
        return 0;
    if (k < s->hi && x_tok_has(x, k, WC(DETERMINER)))
        k++;
    for (size_t q = k; q < s->hi && q < k + 3; q++) {
        ag_lx_hit h;
        if (ag__x_chunk_of(x, q) >= 0 || !(x_tflags(x, q) & AG_TOK_WORD) || x_tok_has(x, q, WC(PREPOSITION)))
            return 0;
        if (!x_match(x, q, s->hi, KIND(AG_LX_VERB), &h))
            continue;
        const ag_word *w = ag_vocab_word(ag_lexicon_vocab(x->lx), x->t.toks[q].word);
        return h.form == AG_FORM_NOUN || (w && (w->pos & AG_POS_NOUN)); /* "support" is both */
    }
    return 0;
}

/* "welcomed South Korean Foreign Minister Park Jin to Tokyo": a person
 * right after the form, then "to" or "in" and a place: a visitor; so are
 * "delegations from A and B" (guests received, not a stance on A or B). */
static int visitor(const xdoc *x, const sentctx *s, size_t k)
{
    size_t d = x_tok_is(x, k, "the") ? k + 1 : k;
    if (d + 2 < s->hi && x_tok_has2(x, d, WC2(DELEGATION_NOUN)) && x_tok_is(x, d + 1, "from") &&
        ag__x_chunk_of(x, d + 2) >= 0)
        return 1;
    int c = k < s->hi ? ag__x_chunk_of(x, x_tok_is(x, k, "the") ? k + 1 : k) : -1;
    if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON ||
        (x->chunks[c].flags & CH_POSS))
        return 0;
    size_t q = x->chunks[c].t1;
    int pc = q + 1 < s->hi && (x_tok_is(x, q, "to") || x_tok_is(x, q, "in")) ? ag__x_chunk_of(x, q + 1) : -1;
    return pc >= 0 && ((x->chunks[pc].flags & CH_LOC) ||
                       (x->chunks[pc].actor >= 0 && x->actors[x->chunks[pc].actor].kind == AG_ACTOR_COUNTRY));
}

/* "Blinken called Wang Yi on Saturday": a bare judgment verb that is a
 * meeting form is a phone call only before a mention that ends the clause
 * or is followed by a preposition, "and", a time word or "to" ("called X
 * to discuss"); "called Taiwan a province", "called the move illegal",
 * "called Pakistan's decision ...": what the object is called, a judgment
 * (relate_stance.c), no call: AG_RC_NAMED, else 0. */
static unsigned named_object(const xdoc *x, const sentctx *s, const pred *pr, size_t k)
{
    if (pr->e->kind != AG_LX_MEET || pr->m != 1 || pr->nominal || !x_tok_has2(x, pr->p, WC2(JUDGMENT_VERB)))
        return 0;
    int c = k < s->hi ? ag__x_chunk_of(x, k) : -1;
    if (c < 0 || x->chunks[c].actor < 0 || (x->chunks[c].flags & (CH_POSS | CH_MOD | CH_ADJ)))
        return x_tok_is(x, k, "by") ? 0 : AG_RC_NAMED; /* "was called by X": the passive's caller */
    size_t q = x->chunks[c].t1;
    if (q >= s->hi || !(x_tflags(x, q) & AG_TOK_WORD))
        return q < s->hi && (x_tflags(x, q) & AG_TOK_QUOTE) ? AG_RC_NAMED : 0; /* 'called X "a ...' */
    return x_tok_has(x, q, WC(PREPOSITION) | WC(CONJUNCTION) | WC(TIME_ADVERB) | WC(WEEKDAY)) ||
                   x_tok_has3(x, q, WC3(DAY_ADVERB))
               ? 0
               : AG_RC_NAMED;
}

/* "wants talks with X", "is seeking direct talks": a wish verb right
 * before the meeting noun's phrase; not a plan ("the planned talks" are
 * scheduled, corpus convention 8). */
static int wish_word_object(const xdoc *x, size_t k)
{
    return x_tok_has(x, k, WC(WISH_VERB)) && !x_tok_has2(x, k, WC2(PLAN_WORD));
}

/* "wants to host a meeting between A and B", "the urgent need for direct
 * dialogue between A and B": a meeting noun that is the object of a wished
 * verb ("to host a") or follows a wish word and "for" is wished too. */
static int wished_object(const xdoc *x, const sentctx *s, size_t p)
{
    for (size_t k = p; k > s->lo + 1 && k + 4 > p && ag__x_chunk_of(x, k - 1) < 0; k--)
        if (ag__x_wished(x, s, k - 1) || (x_tok_is(x, k - 1, "for") && x_tok_has(x, k - 2, WC(WISH_VERB))) ||
            wish_word_object(x, k - 1))
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

/* "were welcomed in Lany by X", "was received at the Elysee Palace by X":
 * the "by" after a place of capitalized words ("in"/"at", "the", up to
 * four words) at k. */
static int by_past_place(const xdoc *x, const sentctx *s, size_t k)
{
    if (!x_tok_is(x, k, "in") && !x_tok_is(x, k, "at"))
        return 0;
    size_t q = x_tok_is(x, k + 1, "the") ? k + 2 : k + 1, q0 = q;
    while (q < s->hi && q < q0 + 4 && (x_tflags(x, q) & (AG_TOK_WORD | AG_TOK_CAP)) == (AG_TOK_WORD | AG_TOK_CAP))
        q++;
    return q > q0 && q < s->hi && x_tok_is(x, q, "by");
}

/* "failed to reach an agreement", "refused to hold talks": the infinitive
 * of the light verb before the noun at p is what was refused (VG_REFUSED),
 * or 0. */
static unsigned light_refused(const xdoc *x, const sentctx *s, size_t p)
{
    size_t v = ag__x_modifiers_start(x, s, p) - 1;
    xvgroup lv;
    if (v <= s->lo + 1 || v >= p || !x_tok_has(x, v, WC(LIGHT_VERB)) || !x_tok_is(x, v - 1, "to"))
        return 0;
    ag__x_vgroup(x, s->lo, v, &lv);
    return lv.flags & VG_REFUSED;
}

/* "expressed Jamaica's gratitude to Cuba", "conveyed the country's
 * thanks": a possessive right before the noun's modifiers (from q), itself
 * after a light verb, holds the act the verb expresses (the holder is the
 * source, found as the nearest mention). */
static int holder_after_light(const xdoc *x, const sentctx *s, size_t q)
{
    if (q > s->lo + 1 && (x_tflags(x, q - 1) & AG_TOK_POSS) && ag__x_chunk_of(x, q - 1) < 0)
        q--; /* the "'s" */
    int c = q > s->lo ? ag__x_chunk_of(x, q - 1) : -1;
    if (c < 0 || !(x->chunks[c].flags & CH_POSS) || x->chunks[c].t0 <= s->lo + 1)
        return 0;
    size_t v = x->chunks[c].t0 - 1;
    if (x_tok_is(x, v, "the"))
        v--;
    return v > s->lo && x_tok_has(x, v, WC(LIGHT_VERB)) && ag__x_chunk_of(x, v) < 0;
}

/* The light verb before a noun's modifiers (from q): the word right
 * before them, or a reaction verb before "under"/"with" ("came under fire
 * from X", "was met with criticism"; "under" alone is no light verb: "under
 * the mediation of X"); q if there is none. */
static size_t light_before(const xdoc *x, const sentctx *s, size_t q)
{
    if (q <= s->lo)
        return q;
    if (x_tok_has(x, q - 1, WC(LIGHT_VERB)))
        return q - 1;
    if (q > s->lo + 1 && (x_tok_is(x, q - 1, "under") || x_tok_is(x, q - 1, "with")) &&
        x_tok_has3(x, q - 2, WC3(REACTION_VERB)) && ag__x_chunk_of(x, q - 2) < 0)
        return q - 2;
    return q;
}

/* A noun made an act by a light verb before its modifiers (from q), a
 * complement or a scene: AG_RC_LIGHT. "was handed a protest note (by X)",
 * "has been granted support": the light verb in the passive, its subject
 * receives the act and "by" names its source. */
static unsigned light_conditions(const xdoc *x, const sentctx *s, const pred *pr, size_t q, int scene)
{
    size_t v = light_before(x, s, q);
    if (v == q)
        return scene || pr->obj >= 0 || holder_after_light(x, s, q) ? AG_RC_LIGHT : 0;
    xvgroup vg;
    ag__x_vgroup(x, s->lo, v, &vg);
    /* "was met with criticism from X": a reaction received, not a passive */
    if (!(vg.flags & VG_PASSIVE) || ag__x_ends_ing(x, v) || v + 1 < q)
        return AG_RC_LIGHT;
    return AG_RC_LIGHT | AG_RC_PASSIVE | (x_tok_is(x, pr->p + pr->m, "by") ? AG_RC_BY_AGENT : 0);
}

/* "recalled the talks with X and will meet Y": a meeting form joined by
 * "and" to a meeting just told is another meeting when a mention right
 * after it (k) names someone that meeting did not have. */
static int new_partner(const xdoc *x, const sentctx *s, size_t k)
{
    int c = k < s->hi ? ag__x_chunk_of(x, x_tok_is(x, k, "the") ? k + 1 : k) : -1;
    if (c < 0 || !ag__x_usable(x, c))
        return 0;
    const xrel *lm = &x->rels[x->last_meeting];
    return !x_has_actor(lm->parts, lm->n_parts, x->chunks[c].actor);
}

/* 1 if the words after "by" of a passive (reduced_relative's rr) are its
 * agent: not after a plain noun ("a plan backed by Russia": the plan is no
 * target), unless a rule with option noun_agent takes the act (an accord
 * names its parties there whatever the noun: "a ceasefire agreed by both
 * sides", rules.txt agreed_by). */
static int agent_named(const xdoc *x, const ag_lx_entry *e, int rr) { return rr != 1 || ag__x_noun_agent(x, e); }

/* 1 if an appeal whose words end before k asks to stop or undo something:
 * "to end ...", "for the release of X", "for the withdrawal of Israeli
 * forces" (corpus guide 7: a demand). */
static int asks_to_stop(const xdoc *x, const sentctx *s, size_t k)
{
    return ag__x_to_stop(x, s, k) || ag__x_release_of_person(x, s, k) || ag__x_forces_asked_out(x, s, k) >= 0;
}

/* "threatened to impose sanctions": the act (its head at `head`) is the
 * content of a threat's infinitive. */
static int threatened(const xdoc *x, const sentctx *s, size_t head)
{
    for (size_t q = head; q > s->lo + 1 && q + 3 > head; q--) {
        if (!x_tok_is(x, q - 1, "to")) {
            if (ag__x_chunk_of(x, q - 1) >= 0 || !(x_tflags(x, q - 1) & AG_TOK_WORD))
                return 0;
            continue; /* "to impose sanctions": over the light verb */
        }
        return x_tok_has(x, q - 2, WC(THREAT_VERB));
    }
    return 0;
}

/* The conditions the extractor reads of every predicate whatever rule
 * applies (relate_roster.c, relate_rule.c): the others are computed only
 * for an entry some of whose rules test them (ag__x_rule_tests). */
#define COND_ALWAYS                                                                                                   \
    (AG_RC_VERB | AG_RC_MEET | AG_RC_NOUN | AG_RC_LIGHT | AG_RC_NEGATED | AG_RC_IRREALIS | AG_RC_REFUSED |            \
     AG_RC_DENIED | AG_RC_APPEALED | AG_RC_WISHED | AG_RC_TO_STOP | AG_RC_OBJECT)

/* An accord's parties may stand past a parenthesis or be a group
 * reference ("between the two countries"); a meeting's are named. */
static int has_between(xdoc *x, const sentctx *s, const ag_lx_entry *e, size_t k)
{
    int bp[MAXG];
    return e->kind == AG_LX_MEET ? ag__x_between_chunk(x, s, k) >= 0 : ag__x_between_parties(x, s, k, bp) > 0;
}

/* The conditions the rules test (AG_RC_*), from the verb group and the
 * words around the predicate: all of them for --explain, which prints
 * them, else those that can decide the rule. */
static void pred_conditions(xdoc *x, sentctx *s, pred *pr)
{
    size_t p = pr->p, k = p + pr->m;
    const ag_lx_entry *e = pr->e;
    unsigned want = x->explain ? ~0u : ag__x_rule_tests(x, pr->entry) | COND_ALWAYS;
    /* One of the two kind bits, never both (ag__x_ruleplan_new relies on it). */
    unsigned c = e->kind == AG_LX_MEET ? AG_RC_MEET : AG_RC_VERB;
    ag__x_vgroup(x, s->lo, p, &pr->vg);
    unsigned f = pr->vg.flags | (pr->nominal ? light_refused(x, s, p) : 0);
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
        c |= light_conditions(x, s, pr, q, scene);
        /* "support for X"; "evidence against X", a form with its preposition. */
        c |= x_tok_has(x, k, WC(OBJECT_PREP)) || (pr->m > 1 && x_tok_has(x, k - 1, WC(OBJECT_PREP))) ? AG_RC_PREP : 0;
        int o, a, hosts[MAXG];
        c |= (want & AG_RC_OF_BY) && ag__x_of_by(x, k, &o, &a) ? AG_RC_OF_BY : 0;
        /* "the talks are sponsored by X": a meeting noun with its hosts. */
        size_t at;
        c |= e->kind == AG_LX_MEET && (want & AG_RC_BY_AGENT) && ag__x_scene_host(x, s, k, hosts, &at) ? AG_RC_BY_AGENT : 0;
        /* "in response to the expulsion of X", "condemned the expulsion of
         * X": a noun after a preposition or another stance verb names an
         * act whose agent the clause does not give. */
        /* "condemned the Israeli attack on X": the same past a country
         * adjective before the noun. */
        int adj = q == p && p > s->lo ? ag__x_chunk_of(x, p - 1) : -1;
        size_t qa = adj >= 0 && (x->chunks[adj].flags & CH_ADJ) ? x->chunks[adj].t0 : q;
        c |= !(c & AG_RC_LIGHT) && (want & AG_RC_EMBEDDED) && embedded(x, s, qa, p) ? AG_RC_EMBEDDED : 0;
    } else if (!(want & (AG_RC_PASSIVE | AG_RC_BY_AGENT))) {
        /* nothing the rules test */
    } else if (((f & VG_PASSIVE) && !ag__x_ends_ing(x, p) && /* "has been backing": progressive */
                !(e->kind == AG_LX_MEET && pr->m > 1 && x_tok_is(x, p + 1, "to"))) /* "is expected to meet" */ ||
               (x_tok_is(x, k, "by") && pr->vg.t0 == p && (rr = reduced_relative(x, s, p))) ||
               bare_summoned_to(x, s, pr, k)) {
        /* ", mediated by the African Union", "the militia backed by Iran":
         * a participle after a comma or a noun, with its agent, is a
         * passive too. */
        c |= AG_RC_PASSIVE | ((x_tok_is(x, k, "by") || by_past_place(x, s, k)) && agent_named(x, e, rr) ? AG_RC_BY_AGENT : 0);
    }
    c |= f & VG_NEG ? AG_RC_NEGATED : f & VG_IRREALIS ? AG_RC_IRREALIS : 0;
    c |= f & VG_REFUSED ? AG_RC_REFUSED : 0;
    c |= f & VG_DENIED ? AG_RC_DENIED : 0;
    c |= !pr->nominal && (want & AG_RC_EMBEDDED) && topic_gerund(x, s, p) ? AG_RC_EMBEDDED : 0;
    if (e->kind == AG_LX_VERB) {
        c |= ag__x_appealed(x, s, p) ? AG_RC_APPEALED : 0;
        c |= x_tok_has(x, pr->head, WC(APPEAL_WORD)) && asks_to_stop(x, s, p + pr->m) ? AG_RC_TO_STOP : 0;
        pr->wish_at = ag__x_wished(x, s, p);
        c |= pr->wish_at ? AG_RC_WISHED : 0;
        if (pr->wish_at && (want & AG_RC_WISH_OBJECT)) {
            int wsrc[MAXG], y[MAXG];
            size_t nw = ag__x_find_source(x, s, pr->wish_at, wsrc);
            size_t w = pr->wish_at;
            c |= ag__x_find_target(x, s, w + 1, p - 1 - (w + 1), wsrc, nw, y, NULL) ? AG_RC_WISH_OBJECT : 0;
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
        c |= ag__x_wished(x, s, pr->head) || wished_object(x, s, pr->head) ? AG_RC_WISHED : 0;
    }
    /* "warned Beijing against providing support to Russia". */
    if (pr->head > s->lo && ag__x_ends_ing(x, pr->head) && x_tok_has(x, pr->head - 1, WC(SHIELD_PREP)))
        c |= AG_RC_SHIELDED;
    c |= (want & AG_RC_BETWEEN) && has_between(x, s, e, k) ? AG_RC_BETWEEN : 0;
    c |= e->kind == AG_LX_MEET && (want & AG_RC_PAIRED) && paired_noun(x, s, pr->head) ? AG_RC_PAIRED : 0;
    c |= x_tok_is(x, k, "to") && ag__x_chunk_of(x, k + 1) < 0 ? AG_RC_TO_VERB : 0;
    /* "denied its boycott of X": a verb's object owned by a possessive
     * pronoun (its own doing, as "denied that it ...") names no target. */
    int own = !pr->nominal && x_tok_has(x, k, WC(DETERMINER)) && x_tok_has(x, k, WC(PRONOUN));
    c |= x_tok_is(x, k, "that") || ag__x_ends_ing(x, k) || own ? AG_RC_COMPLEMENT : 0;
    c |= (e->target_preps ? AG_RC_AIMED : 0) | (want & AG_RC_NAMED ? named_object(x, s, pr, k) : 0);
    c |= s->speaker >= 0 ? AG_RC_REPORTED : 0;
    c |= (want & AG_RC_CLAIMED) && claimed(x, s, pr) ? AG_RC_CLAIMED : 0;
    /* "made separate calls on President X": the noun after a light verb too. */
    c |= (!pr->nominal || (c & AG_RC_LIGHT)) && (want & AG_RC_ON_PERSON) && on_person(x, s, k) ? AG_RC_ON_PERSON : 0;
    c |= pr->nominal ? 0
                     : ((want & AG_RC_VISITOR) && visitor(x, s, k) ? AG_RC_VISITOR : 0) |
                           ((want & AG_RC_DOCUMENT) && (document_object(x, s, k) || stance_object(x, s, pr, k)) ? AG_RC_DOCUMENT : 0);
    c |= (want & AG_RC_THREATENED) && threatened(x, s, pr->head) ? AG_RC_THREATENED : 0;
    /* "spoke by phone with X and discussed ...": one conversation. */
    if (e->kind == AG_LX_MEET && p > s->lo && x_tok_is(x, p - 1, "and") && x->last_meeting >= 0 &&
        x->rels[x->last_meeting].sent == s->sent && !new_partner(x, s, k))
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
    /* "took X to task": over the "to" of the noun's phrase. */
    if (k > s->lo + 1 && x_tok_has3(x, k, WC3(REBUKE_NOUN)) && x_tok_is(x, k - 1, "to"))
        k--;
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
    /* "the Polish consulate's diplomatic staff": over the mission's possessive. */
    if (j < k && j > s->lo + 3 && (x_tflags(x, j - 1) & AG_TOK_POSS) && x_tok_has2(x, j - 2, WC2(MISSION_NOUN)) &&
        ag__x_chunk_of(x, j - 2) < 0)
        j -= 2;
    int adj = j < k && ag__x_chunk_of(x, j - 1) >= 0 && (x->chunks[ag__x_chunk_of(x, j - 1)].flags & CH_ADJ);
    if (adj)
        k = j;
    int c = k > s->lo ? ag__x_chunk_of(x, k - 1) : -1;
    if (c < 0 || (!adj && !ag__x_usable(x, c)) || x->chunks[c].t0 <= s->lo)
        return -1;
    size_t v = x->chunks[c].t0 - 1;
    if (x_tok_is(x, v, "the") && v > s->lo)
        v--;
    /* "two employees of the Polish embassy", "three of the Polish
     * consulate's staff": over the staff and "of" to the count. */
    if (adj && v > s->lo + 2 && x_tok_is(x, v, "of")) {
        size_t u = x_tok_has2(x, v - 1, WC2(STAFF_NOUN)) ? v - 2 : v - 1;
        if ((x_tflags(x, u) & AG_TOK_DIGIT) || x_tok_has2(x, u, WC2(QUANTITY_WORD)))
            v = u;
    }
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

/* A reaction: "won praise from X", "faced sanctions from X": a one-word
 * form that can be a noun, right after a light verb that is no auxiliary
 * ("has praised" stays a verb) and before "from", is the noun whose holder
 * follows "from" (relate_rule.c). */
static int bare_noun_after_light(const xdoc *x, const sentctx *s, size_t p, size_t m, size_t q)
{
    const ag_word *w = ag_vocab_word(ag_lexicon_vocab(x->lx), x->t.toks[p].word);
    size_t v = light_before(x, s, p);
    return q == p && m == 1 && v < p && w && (w->pos & AG_POS_NOUN) && x_tok_is(x, p + 1, "from") &&
           !x_tok_has(x, v, WC(HAVE) | WC(AUXILIARY) | WC(BE) | WC(MODAL));
}

/* "During the session the ministers agreed": a preposition of time (lv)
 * and modifiers [q, p) with a second determiner hold two phrases, the
 * adjunct's and the subject's; the form at p is the verb. */
static int two_phrases(const xdoc *x, size_t lv, size_t q, size_t p)
{
    if (!x_tok_has(x, lv, WC(PREPOSITION)))
        return 0;
    for (size_t k = q + 1; k < p; k++)
        if (x_tok_has(x, k, WC(DETERMINER)))
            return 1;
    return 0;
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
    size_t lv = light_before(x, s, q);
    if (!pr->nominal && p > s->lo)
        pr->nominal = q < p && lv < q && !two_phrases(x, lv, q, p);
    pr->nominal |= noun_after_modifiers(x, s, p) || bare_noun_after_light(x, s, p, m, q);
    /* "condemned the terrorist bombing which ...", "The virtual meeting of
     * ...": an -ing form after a determiner and its modifiers is the noun. */
    pr->nominal |= q < p && ag__x_ends_ing(x, p) && (x_tok_has(x, q, WC(DETERMINER)) || bare_ing_object(x, s, q, p));
    /* "at this week's Foreign Ministers' Meeting in Fiji": a capital -ing
     * form inside a sentence (the headline aside) names an event. */
    pr->nominal |= p > s->lo && s->sent > 0 && ag__x_ends_ing(x, p) && (x_tflags(x, p) & AG_TOK_CAP);
    /* "the Israeli attack": a form after a country adjective and its determiner. */
    int adj = p > s->lo ? ag__x_chunk_of(x, p - 1) : -1;
    pr->nominal |= adj >= 0 && (x->chunks[adj].flags & CH_ADJ) && x_tok_has(x, x->chunks[adj].t0, WC(DETERMINER));
    pr->head = p;
    /* A noun's subject is the light verb's: "X ... and made the proposal". */
    if (pr->nominal && lv < q && ag__x_chunk_of(x, lv) < 0)
        pr->head = lv;
    pr->obj = pr->nominal && pr->head == p && pr->e->kind == AG_LX_VERB ? complement_object(x, s, p, &pr->head) : -1;
    pred_conditions(x, s, pr);
    pr->cond |= pr->obj >= 0 ? AG_RC_OBJECT : 0;
    /* "did not declare X persona non grata": the light verb's negation. */
    for (size_t k = pr->head; pr->obj >= 0 && k > s->lo && k + 3 > pr->head; k--)
        if (x_tok_has(x, k - 1, WC(NEGATION)))
            pr->cond |= AG_RC_NEGATED;
    /* "advised against travel to X": a bare noun, no act of anyone. */
    if (bare)
        pr->cond &= ~(AG_RC_LIGHT | AG_RC_PREP | AG_RC_BY_AGENT);
}
