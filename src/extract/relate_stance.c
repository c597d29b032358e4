/* relate_stance.c — stances: the target of a predicate, the stances
 * filed, judgments, evaluations and copula judgments, orders to leave and
 * modal demands.  The predicate the relation rules read is in
 * relate_pred.c, the rules and their roles and effect in relate_rule.c. */
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

static size_t find_target_in(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc, int *tgt,
                             size_t *at, const char *preps, int tail);

/* A meeting's partners may be named after the comma of a speaker's tail
 * (its own checks drop the speaker): the tail is not cut here. */
size_t ag__x_find_target(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                         int *tgt, size_t *at)
{
    return find_target_in(x, s, from, reach, src, nsrc, tgt, at, NULL, 0);
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
int ag__x_act_author(const xdoc *x, const sentctx *s, int c)
{
    const xchunk *ch = &x->chunks[c];
    return (ch->flags & CH_ADJ) && !(ch->flags & CH_LOC) && ch->t1 < s->hi && x_tok_has2(x, ch->t1, WC2(ACT_NOUN));
}

/* A count or a determiner before token k: the start of the phrase. */
static size_t over_count(const xdoc *x, const sentctx *s, size_t k)
{
    if (k > s->lo && ((x_tflags(x, k - 1) & AG_TOK_DIGIT) || x_tok_has2(x, k - 1, WC2(QUANTITY_WORD))))
        k--;
    if (k > s->lo && x_tok_has(x, k - 1, WC(DETERMINER)))
        k--;
    return k;
}

/* "expelled three employees of the Polish embassy", "three of the Polish
 * consulate's diplomatic staff": the country adjective (chunk c) of a
 * mission whose staff is the object (from token `from`) names the country
 * they serve; staff inside another act's object ("the attack on employees
 * of X's embassy") does not. */
static int mission_staff(const xdoc *x, const sentctx *s, size_t from, int c)
{
    const xchunk *ch = &x->chunks[c];
    size_t m = ch->t1;
    if (!(ch->flags & CH_ADJ) || (ch->flags & CH_LOC) || m >= s->hi || !x_tok_has2(x, m, WC2(MISSION_NOUN)))
        return 0;
    size_t k = m + 1, t = ch->t0;
    if (k < s->hi && (x_tflags(x, k) & AG_TOK_POSS))
        k++;
    if (k + 1 < s->hi && x_tok_has2(x, k, WC2(ENVOY_MODIFIER)))
        k++; /* "diplomatic staff" */
    if (k < s->hi && x_tok_has2(x, k, WC2(STAFF_NOUN))) /* the staff after the mission */
        return (t > s->lo + 1 && x_tok_is(x, t - 1, "of") ? over_count(x, s, t - 1) : over_count(x, s, t)) == from;
    return t >= s->lo + 2 && x_tok_is(x, t - 1, "of") && x_tok_has2(x, t - 2, WC2(STAFF_NOUN)) &&
           over_count(x, s, t - 2) == from;
}

/* "condemned the Israeli operation": a country adjective (chunk c)
 * opening the object (from token `from`) names the actor of the act;
 * "the Russian Embassy" (mention.c m_located) its country. */
static int object_adjective(const xdoc *x, const sentctx *s, size_t from, int c)
{
    const xchunk *ch = &x->chunks[c];
    size_t t = ch->t1;
    return ch->t0 <= from + 1 && (ch->flags & CH_ADJ) && !(ch->flags & CH_LOC) && t < s->hi &&
           (x_tflags(x, t) & AG_TOK_WORD) && (!(x_tflags(x, t) & AG_TOK_CAP) || x_tok_has2(x, t, WC2(MISSION_NOUN))) &&
           !x_tok_has(x, t, WC(FUNCTION_WORD) | WC(CONJUNCTION) | WC(PREPOSITION));
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

/* "accusing these nations of", "urged both sides": the members of the
 * group reference at k that are no source (into tgt), their number. A
 * possessive group ("reaffirmed the countries' support for X") holds the
 * act and is no target: 0, with its length in *skip. */
static size_t group_target(xdoc *x, size_t k, const int *src, size_t nsrc, int *tgt, size_t *skip)
{
    int group[MAXG];
    size_t ng = ag__x_coref_group_at(x, k, group, MAXG);
    if (!ng)
        return 0;
    size_t glen = ag__x_coref_group_len(x, k);
    if (glen && (x_tflags(x, k + glen) & AG_TOK_POSS)) {
        *skip = glen;
        return 0;
    }
    return add_others(tgt, 0, group, ng, src, nsrc);
}

/* "condemned the decision strongly, Canada's foreign ministry said": a
 * comma at k opening the tail that names the speaker. Whom the tail names
 * speaks, and is no object of the verb before it. */
static int speaker_tail(const xdoc *x, const sentctx *s, size_t k)
{
    if (!x_tok_is(x, k, ","))
        return 0;
    int named = 0;
    for (size_t j = k + 1; j < s->hi && j < k + 16; j++) {
        if (x_tok_has(x, j, WC(SPEECH_VERB)))
            return named;
        if (x_tok_is(x, j, ",") || x_tok_has(x, j, WC(CLAUSE_BREAK)) || (x_tflags(x, j) & AG_TOK_QUOTE))
            return 0;
        int c = ag__x_chunk_of(x, j);
        if (c >= 0) {
            named = 1;
            j = x->chunks[c].t1 - 1;
        } else if (x_match(x, j, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL)) {
            return 0; /* ", Canada condemned ...": a clause of its own */
        }
    }
    return 0;
}

/* "opposes unilateral measures that lack UN authorization", "condemned
 * the attack that targeted X": "that" or "which" (token k) after a hostile
 * act's or measure's noun and before a plain word opens a relative clause
 * that describes the act; whom it names is its object or its victim, not
 * the target (the act's author is, found as for the noun alone); so do
 * the things of a refusal or a deal ("would not accept any agreements
 * that restrict X": plural "-ments", "deals"). "the attack that Israel
 * launched" names the author first, and goes on. */
static int act_relative(const xdoc *x, const sentctx *s, size_t from, size_t k)
{
    if (k <= from || k + 1 >= s->hi || !x_tok_has3(x, k, WC3(THING_RELATIVE)))
        return 0;
    if (!x_tok_has2(x, k - 1, WC2(ACT_NOUN)) && !x_tok_has3(x, k - 1, WC3(MEASURE_NOUN)) &&
        !x_tok_has3(x, k - 1, WC3(DEAL_PLURAL)))
        return 0;
    uint32_t fl = AG_TOK_WORD | AG_TOK_CAP;
    size_t w = k + 1 + ((x_tflags(x, k + 1) & AG_TOK_OPENQ) && k + 2 < s->hi); /* 'that “restricts X' */
    return (x_tflags(x, w) & fl) == AG_TOK_WORD && ag__x_chunk_of(x, w) < 0 &&
           !x_tok_has(x, w, WC(FUNCTION_WORD) | WC(DETERMINER) | WC(PRONOUN));
}

/* "condemned the launch during their meeting on the sidelines of a NATO
 * summit", "welcomed the deal at talks with X": a scene preposition (token
 * k) before a meeting noun closes the object; whom the scene names took
 * part in the stance's scene or hosted it, and is no target. */
static int scene_stop(const xdoc *x, const sentctx *s, size_t k)
{
    /* "comments aired during a summit of A and B": after a participle the
     * scene is that of the object's act, whose authors may be the target. */
    if (!x_tok_has(x, k, WC(SCENE_PREP)) || k == s->lo || x_tok_ends(x, k - 1, "ed", 3))
        return 0;
    for (size_t q = k + 1; q < s->hi && q < k + 5; q++) {
        if (x_tok_has(x, q, WC(CLAUSE_BREAK)) || x_tok_is(x, q, ","))
            return 0;
        if (x_match(x, q, s->hi, KIND(AG_LX_MEET), NULL))
            return ag__x_scene_prep(x, s, q) == k;
    }
    return 0;
}

size_t ag__x_find_target_p(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                           int *tgt, size_t *at, const char *preps)
{
    return find_target_in(x, s, from, reach, src, nsrc, tgt, at, preps, 1);
}

/* 1 if token k (inside the sentence) is a plain word for the target
 * search: no function word (word ids 1 to XFW_N), mention, closing quote
 * or aside's dash, no word a group reference can start at
 * (ag__x_coref_group_at), and none of the classes the search stops at.
 * Most words are; the search tests them no further. */
static int plain_word(const xdoc *x, size_t k)
{
    const ag_token *t = &x->t.toks[k];
    const uint64_t cls = WC(DETERMINER) | WC(GROUP_REFERENCE) | WC(CLAUSE_BREAK) | WC(SPEECH_VERB) |
                         WC(FIRST_PERSON) | WC(SCENE_PREP);
    return (t->word == 0 || t->word > XFW_N) && x->tok_chunk[k] < 0 && !x->n_fwd &&
           !(t->flags & (AG_TOK_CLOSEQ | AG_TOK_ASIDE)) && !(t->cls & cls) &&
           !(t->cls3 & (WC3(PLURAL_DEMONSTRATIVE) | WC3(THING_RELATIVE))) && !x_tok_is(x, k, "all");
}

/* The target search; with tail, a stance's object ends where the tail
 * naming its speaker begins. */
static size_t find_target_in(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc, int *tgt,
                             size_t *at, const char *preps, int tail)
{
    size_t hi = s->hi;
    if (from + reach < hi)
        hi = from + reach;
    int first = 0;
    for (size_t k = from; k < hi; k++) {
        if (plain_word(x, k))
            continue;
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
        size_t skip = 0, ng = group_target(x, k, src, nsrc, tgt, &skip);
        if (ng) {
            if (at)
                *at = k;
            return ng;
        }
        if (skip) {
            k += skip - 1;
            continue;
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
        if (tail && k > from && (speaker_tail(x, s, k) || scene_stop(x, s, k)))
            break;
        if (noun_infinitive(x, from, k) || act_relative(x, s, from, k))
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
        aimed |= object_adjective(x, s, from, c);
        aimed |= ag__x_act_author(x, s, c) || mission_staff(x, s, from, c);
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
            if (src[q] == a || (ag__x_related(x, src[q], a) && !x->actors[src[q]].affil_weak))
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

int ag__x_related(const xdoc *x, int a, int b) { return x_serves(x, a, b) || x_serves(x, b, a); }

/* Who last spoke against `who` (or its country): the source of the most
 * recent hostile stance at it. */
static int accused(const xdoc *x, const xkey *k, int v) { return ag__x_root(x, x->rels[XI_LATEST(v)].tgt) == (int)k->a; }

int ag__x_last_accuser(xdoc *x, int who)
{
    int v = ag__x_index_first(x, &(xkey){XI_ACCUSED, NULL, ag__x_root(x, who), 0}, accused, -1);
    return v >= 0 ? x->rels[XI_LATEST(v)].src : -1;
}

/* Does person a serve b only by the country the document guessed for him
 * (a title that named none), and sentence sent name b (by a name, not a
 * pronoun: "it" may be resolved wrongly; nor as a place)? */
static int guessed_serves(const xdoc *x, int a, int b, int sent)
{
    if (x->actors[a].kind != AG_ACTOR_PERSON || x->actors[a].affil_weak != 1 || !x_serves(x, a, b) ||
        x_serves(x, b, a))
        return 0;
    for (size_t c = x->n_chunks; c-- > 0 && x->chunks[c].sent >= sent;)
        if (x->chunks[c].sent == sent && x->chunks[c].actor == b && !(x->chunks[c].flags & (CH_PRON | CH_LOC)))
            return 1;
    return 0;
}

void ag__x_add_stance(xdoc *x, int src, int tgt, const ag_lx_entry *e, int sent)
{
    if (src < 0 || tgt < 0 || src == tgt)
        return;
    /* No stance at one's own side; but a hostile one between a person and
     * the country only guessed his ("accusing Washington", said by an
     * official whose title named no country) tells that the guess is
     * wrong: the stance stands, and affil_guess.c drops the guess. */
    if (ag__x_related(x, src, tgt) &&
        !(e->polarity < 0 && guessed_serves(x, src, tgt, sent)))
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
        if (!x_tok_has3(x, k, WC3(FINITE_BE)))
            continue;
        const char *lemma = copula_judgment(x, s, k);
        long v = lemma ? ag_lexicon_find(x->lx, AG_LX_VERB, lemma) : -1;
        int g[MAXG];
        size_t ng = v >= 0 ? ag__x_group_right(x, c, s->hi, g) : 0; /* only for a judgment: most chunks have none */
        for (size_t a = 0; a < ng; a++)
            if (g[a] != s->speaker && !ag__x_related(x, g[a], s->speaker))
                ag__x_add_stance(x, s->speaker, g[a], ag_lexicon_entry(x->lx, (uint32_t)v), sent);
    }
}

/* A quoted speaker who calls an actor's record "atrocious" criticizes it:
 * "the Assad regime's atrocious record" said by X gives X -> Syria; so does
 * one who tells of its hostile act ("Armenia's aggression"). */
void ag__x_evaluations(xdoc *x, sentctx *s, int sent)
{
    if (s->speaker < 0)
        return;
    quoted_copula(x, s, sent);
    x->rule = "quoted_evaluation";
    /* The loop needs a negative evaluation word: most sentences (pass 1's
     * sum of their words) have none, and need no lexicon lookup either. */
    const struct xsentsum *m = x->sentsum && x->sentsum[sent].set ? &x->sentsum[sent] : NULL;
    if (m && !(m->cls & WC(NEGATIVE_EVALUATION)) && !(m->cls2 & WC2(ACT_NOUN)))
        return;
    long crit = ag_lexicon_find(x->lx, AG_LX_VERB, "criticize");
    if (crit < 0)
        return;
    for (size_t i = s->lo; i < s->hi; i++) {
        int c = ag__x_chunk_of(x, i);
        if (c < 0 || x->chunks[c].t0 != i || !ag__x_usable(x, c) || !(x->chunks[c].flags & CH_POSS))
            continue;
        size_t k = x->chunks[c].t1 + 1;
        /* "President X's aggressions against ...", "Russia's acts of
         * sabotage": a hostile act of X's told by another is blamed on X. */
        for (size_t q = k; q < k + 3 && q < s->hi; q++)
            if (x_tok_has(x, q, WC(NEGATIVE_EVALUATION)) || x_tok_has2(x, q, WC2(ACT_NOUN))) {
                ag__x_add_stance(x, s->speaker, x->chunks[c].actor, ag_lexicon_entry(x->lx, (uint32_t)crit), sent);
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

/* "described the attack as a criminal act": the judgment verb at i judges
 * a hostile act named by its noun alone, whose author is the last attacker
 * (a measure's, "called the move outrageous": the last sanction's or
 * expulsion's source) (into tgt, the judges into src); returns the act's
 * last token, or 0. */
static size_t judged_act(xdoc *x, sentctx *s, size_t i, int *src, size_t *ns, int *tgt, size_t *nt)
{
    size_t act = ag__x_act_object(x, s, i + 1);
    size_t measure = act ? 0 : ag__x_measure_object(x, s, i + 1); /* "called the move outrageous" */
    if (!(act || measure) || x_tok_has(x, i - 1, WC(BE)) || !(*ns = ag__x_find_source(x, s, i, src)))
        return 0;
    *nt = act ? ag__x_act_of_last_attacker(x, act, src, *ns, tgt) : ag__x_measure_author(x, src, *ns, tgt);
    act = act ? act : measure;
    *ns = *nt ? *ns : 0;
    return act;
}

/* "described the Russian strike as an attack on civilians", "called it a
 * brutal aggression": a hostile act's noun (after "as", an article and up
 * to two plain words) names what the judged act is: a criticism. */
static int judged_as_act(const xdoc *x, const sentctx *s, size_t end)
{
    size_t q = end + 1;
    q += q < s->hi && x_tok_is(x, q, "as");
    q += q < s->hi && (x_tok_is(x, q, "a") || x_tok_is(x, q, "an"));
    for (size_t k = 0; k < 3 && q < s->hi; k++, q++) {
        if (ag__x_chunk_of(x, q) >= 0 || x_tok_has(x, q, WC(NEGATION) | WC(CLAUSE_BREAK)) ||
            !(x_tflags(x, q) & AG_TOK_WORD) || (x_tflags(x, q) & AG_TOK_CAP))
            return 0;
        if (x_tok_has2(x, q, WC2(ACT_NOUN)))
            return 1;
    }
    return 0;
}

/* "views Caracas's actions following the referendum as a threat": the
 * "as" that names the evaluation after a longer description of the judged
 * act (up to twelve words, no other actor but a place, no clause break),
 * or 0. */
static size_t judged_as_far(const xdoc *x, const sentctx *s, size_t end)
{
    for (size_t q = end + 1; q < s->hi && q < end + 13; q++) {
        int c = ag__x_chunk_of(x, q);
        if ((c >= 0 && !(x->chunks[c].flags & CH_LOC)) || x_tok_has(x, q, WC(NEGATION) | WC(CLAUSE_BREAK)))
            return 0;
        if (x_tok_is(x, q, "as"))
            return q;
    }
    return 0;
}

/* "Ali stated that his country views X's actions as a threat": the
 * speaker judges for his side, past the "that" no subject search crosses;
 * 1 with the speaker in src, or 0. */
static size_t speaker_side(const xdoc *x, const sentctx *s, size_t i, int *src)
{
    if (s->speaker < 0 || i < s->lo + 2 || !(x_tok_is(x, i - 2, "his") || x_tok_is(x, i - 2, "her")) ||
        !x_tok_has(x, i - 1, WC(STATE_NOUN) | WC(GOVERNMENT_NOUN)))
        return 0;
    src[0] = s->speaker;
    return 1;
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
            /* "The move was described by X as ...": the act's author. */
            if (!nt && agent >= 0 && ag__x_usable(x, agent) && i >= s->lo + 2 && ag__x_chunk_of(x, i - 2) < 0)
                nt = ag__x_passive_act_author(x, s, i - 2, &x->chunks[agent].actor, 1, tgt);
            src[0] = agent >= 0 ? x->chunks[agent].actor : -1;
            ns = nt ? 1 : 0;
            c = agent;
        } else if (x_tok_is(x, i + 1, "as")) { /* "termed as absurd X's remarks" */
            lemma = judged_fronted(x, s, i, tgt, &nt);
            ns = lemma ? ag__x_find_source(x, s, i, src) : 0;
        } else if (!x_tok_has(x, i + 1, WC(PREPOSITION))) { /* "called on X to": an appeal */
            nt = judged(x, s, i, tgt, &c);
            ns = nt ? ag__x_find_source(x, s, i, src) : 0;
            ns = nt && !ns ? speaker_side(x, s, i, src) : ns;
        }
        if (!lemma) {
            size_t end = ns ? x->chunks[c].t1 - 1 : judged_act(x, s, i, src, &ns, tgt, &nt);
            lemma = ns ? copula_judgment(x, s, end) : NULL;
            if (!lemma && ns && judged_as_act(x, s, end))
                lemma = "criticize";
            size_t as = !lemma && ns ? judged_as_far(x, s, end) : 0;
            lemma = as ? copula_judgment(x, s, as) : lemma;
        }
        long v = lemma ? ag_lexicon_find(x->lx, AG_LX_VERB, lemma) : -1;
        for (size_t a = 0; v >= 0 && a < ns; a++)
            for (size_t b = 0; b < nt; b++)
                if (src[a] != tgt[b] && !ag__x_related(x, src[a], tgt[b]))
                    ag__x_add_stance(x, src[a], tgt[b], ag_lexicon_entry(x->lx, (uint32_t)v), sent);
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
            ag__x_add_stance(x, src[a], tgt, ag_lexicon_entry(x->lx, (uint32_t)v), sent);
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
            ag__x_add_stance(x, s->speaker, x->chunks[c].actor, ag_lexicon_entry(x->lx, (uint32_t)e), sent);
    }
}
