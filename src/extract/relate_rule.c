/* relate_rule.c — the relation rules (lexicon "rules", data/rules.txt):
 * the rule plan, the first rule that applies to a predicate, its roles
 * (sources and targets, adjunct and purpose subjects, joint authors,
 * victims) and its effect (stances, a summons' cause, a welcomed visit). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "relate_int.h"
#include "ruleplan.h"
#include "util_int.h"

/* Sentences back that "the plan" still refers to the last proposal told. */
#define PROPOSAL_REACH 3

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

int ag__x_noun_agent(const xdoc *x, const ag_lx_entry *e)
{
    size_t n;
    const ag_lx_rule *r = ag_lexicon_rules(x->lx, &n);
    for (size_t i = 0; i < n; i++)
        if ((r[i].options & AG_RO_NOUN_AGENT) && entry_fits(&r[i], e))
            return 1;
    return 0;
}

/* Entry i's rules are ix[at[i] .. at[i + 1]), in rule order; only the
 * stance and meeting entries have any (the predicates' kinds); tests[i]
 * the conditions they test (ag__x_rule_tests). */
struct ag__x_ruleplan {
    uint32_t n; /* entries */
    uint32_t *at, *ix, *tests;
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
    free(p->tests);
    free(p);
}

ag__x_ruleplan *ag__x_ruleplan_new(const ag_lexicon *lx)
{
    size_t nr, n = 0, cap = 0, k = 0;
    const ag_lx_rule *r = ag_lexicon_rules(lx, &nr);
    while (ag_lexicon_entry(lx, (uint32_t)n) && n < UINT32_MAX - 1)
        n++;
    ag__x_ruleplan *p = calloc(1, sizeof *p);
    if (!p || !(p->at = malloc((n + 1) * sizeof *p->at)) || !(p->tests = calloc(n + 1, sizeof *p->tests)))
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
            p->tests[i] |= r[q].need | r[q].deny;
        }
    }
    p->at[n] = (uint32_t)k;
    return p;
oom:
    ag__x_ruleplan_free(p);
    return NULL;
}

unsigned ag__x_rule_tests(const xdoc *x, uint32_t entry)
{
    const ag__x_ruleplan *pl = x->plan;
    return pl && entry < pl->n ? pl->tests[entry] : ~0u;
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

/* Actor a as the one target (tgt[0]) when it is someone and of none of
 * the sources' side: 1, else 0. */
static size_t other_side(const xdoc *x, int a, const int *src, size_t ns, int *tgt)
{
    for (size_t q = 0; a >= 0 && q < ns; q++)
        if (src[q] == a || ag__x_related(x, src[q], a))
            return 0;
    tgt[0] = a;
    return a >= 0;
}

/* "Jordan condemned the attack": the author of the last attack told (of
 * "the coup" at token act, the country of the last coup; of "the
 * detention of X", that country when no attacker was told), if it is none
 * of the sources' side. */
size_t ag__x_act_of_last_attacker(const xdoc *x, size_t act, const int *src, size_t ns, int *tgt)
{
    int coup = x_tok_has2(x, act, WC2(COUP_NOUN)) || (x->last_attacker < 0 && ag__x_of_person(x, act, x->t.n_toks));
    int a = coup ? x->last_coup : x->last_attacker;
    return other_side(x, a, src, ns, tgt);
}

/* Notes the source of a sanction or an expulsion (CAMEO 16, 17) told as a
 * verb, for "criticized the sanctions" later without their author: of
 * several ("The UK, along with A and B, announced sanctions"), the one
 * named first. */
static void note_coercer(xdoc *x, const sentctx *s, const pred *pr, const ag_lx_entry *e, const int *src, size_t ns)
{
    /* "announced the expulsion of": a noun after a light verb is told by
     * its author too. */
    if (!ns || !code_in(e, " 16 17") || (pr->nominal && !(pr->cond & AG_RC_LIGHT)))
        return;
    x->last_coercer = src[0];
    for (size_t k = s->lo; k < pr->p; k++) {
        int c = ag__x_chunk_of(x, k);
        for (size_t q = 0; c >= 0 && q < ns; q++)
            if (x->chunks[c].actor == src[q]) {
                x->last_coercer = src[q];
                return;
            }
    }
}

/* The source of the last coercive measure, as the target of a disapproval
 * whose object is a measure's noun, if it is none of the sources' side
 * (of "The UK, along with A and B, announced sanctions", the UK alone). */
size_t ag__x_measure_author(const xdoc *x, const int *src, size_t ns, int *tgt)
{
    int a = x->last_coercer;
    return other_side(x, a, src, ns, tgt);
}

/* The authors of the last coercive measure, as the targets of a threat
 * answering it ("Moscow said it would respond in kind"): the last coercer
 * with those the same predicate made sources against the same target
 * ("Estonia, Latvia and Lithuania announced the expulsion of ..."), each
 * if it is none of the sources' side. */
static size_t measure_authors(const xdoc *x, const int *src, size_t ns, int *tgt)
{
    int a = x->last_coercer;
    size_t nt = other_side(x, a, src, ns, tgt);
    const xrel *last = NULL;
    for (size_t i = x->n_rels; nt && i-- > 0 && !last;)
        if (x->rels[i].kind == AG_REL_STANCE && x->rels[i].src == a && x->rels[i].polarity < 0)
            last = &x->rels[i];
    for (size_t i = 0; last && i < x->n_rels && nt < MAXG; i++) {
        const xrel *r = &x->rels[i];
        int mate[1];
        if (r->kind == AG_REL_STANCE && r->sent == last->sent && r->lex == last->lex && r->tgt == last->tgt &&
            !x_has_actor(tgt, nt, r->src) && other_side(x, r->src, src, ns, mate))
            tgt[nt++] = r->src;
    }
    return nt;
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

/* "Ethiopia signed a deal with Somaliland, a move Somalia condemned as
 * ...": a disapproval whose object is "a move" (a proposal_noun after a
 * comma) before its subject is aimed at the source of the first stance the
 * sentence told before it, if that is none of the sources' side. */
static size_t move_author(const xdoc *x, const sentctx *s, const pred *pr, const int *src, size_t ns, int *tgt)
{
    size_t b = pr->vg.t0;
    int c = b > s->lo ? ag__x_chunk_of(x, b - 1) : -1;
    if (c >= 0)
        b = x->chunks[c].t0;
    else if (b > s->lo && x_tok_has(x, b - 1, WC(PERSONAL_PRONOUN)))
        b--;
    if (b == pr->vg.t0 || b < s->lo + 3 || !x_tok_has(x, b - 1, WC(PROPOSAL_NOUN)) ||
        !x_tok_has(x, b - 2, WC(DETERMINER)) || !x_tok_is(x, b - 3, ","))
        return 0;
    int a = -1;
    for (size_t i = x->n_rels; i > 0 && x->rels[i - 1].sent == s->sent; i--)
        if (x->rels[i - 1].kind == AG_REL_STANCE)
            a = x->rels[i - 1].src;
    return other_side(x, a, src, ns, tgt);
}

/* "rejected the plan": who proposed it, if that was told in the last few
 * sentences (an older proposal is seldom the one meant) and is not the
 * stance's own source ("X backed the plan" after X proposed it). */
static size_t proposal_author(const xdoc *x, const sentctx *s, const int *src, size_t ns, int *tgt)
{
    int a = x->last_proposer;
    if (a < 0 || s->sent - x->last_proposer_sent > PROPOSAL_REACH)
        return 0;
    for (size_t i = 0; i < ns; i++)
        if (src[i] == a)
            return 0;
    tgt[0] = a;
    return 1;
}

/* "South Africa said Nigeria's decision to recall its high commissioner
 * was regrettable": a break or reduction of relations (CAMEO 160, 161)
 * that names no other party is with the country of the speaker who tells
 * of it, if the sentence names no third country and the speaker is none
 * of the sources' side ("Nigeria said it would recall its envoy" names no
 * one; without a speaker, "ordered the office to suspend operations" may
 * have the wrong source). */
static size_t reduced_with_teller(const xdoc *x, const sentctx *s, const pred *pr, const int *src, size_t ns, int *tgt)
{
    if (!ns || s->speaker < 0 || !pr->e->code || strncmp(pr->e->code, "16", 2) != 0 || pr->e->code[2] > '1')
        return 0;
    int teller = ag__x_country_root(x, s->speaker), side;
    for (size_t k = s->lo; teller >= 0 && k < s->hi; k++) {
        int c = ag__x_chunk_of(x, k);
        if (c < 0)
            continue;
        k = x->chunks[c].t1 - 1;
        int a = ag__x_usable(x, c) ? ag__x_country_root(x, x->chunks[c].actor) : -1;
        if (a >= 0 && a != teller && other_side(x, a, src, ns, &side))
            return 0; /* a third country */
    }
    return other_side(x, teller, src, ns, tgt);
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
        nt = ag__x_act_of_last_attacker(x, pr->p, src, ns, tgt);
    if (!nt && disapproval(pr->e) && !pr->nominal)
        nt = move_author(x, s, pr, src, ns, tgt);
    size_t hi = k0 + 4 < s->hi ? k0 + 4 : s->hi;
    for (size_t k = k0; k < hi && !nt; k++) {
        /* "the move" is a proposal and a measure: no recent proposer, its
         * author is the last one who sanctioned. */
        if (x_tok_has(x, k, WC(PROPOSAL_NOUN)))
            nt = proposal_author(x, s, src, ns, tgt);
        if (nt)
            break;
        if (x_tok_has2(x, k, WC2(ACT_NOUN)) && disapproval(pr->e)) {
            nt = ag__x_act_of_last_attacker(x, k, src, ns, tgt);
        } else if (x_tok_has3(x, k, WC3(MEASURE_NOUN)) && disapproval(pr->e)) {
            nt = ag__x_measure_author(x, src, ns, tgt);
        } else if (x_tok_has(x, k, WC(CHARGE_NOUN)) && ns) {
            int accuser = ag__x_last_accuser(x, src[0]);
            if (accuser >= 0) {
                tgt[0] = accuser;
                nt = 1;
            }
        }
    }
    /* "Moscow said it would respond in kind.": a threat with no object
     * answers the last expulsion or sanction, its author ("threatening the
     * security of X" has one). */
    if (!nt && code_in(pr->e, " 13") && (k0 >= s->hi || !(x_tflags(x, k0) & AG_TOK_WORD)))
        nt = measure_authors(x, src, ns, tgt);
    if (!nt)
        nt = reduced_with_teller(x, s, pr, src, ns, tgt);
    return nt;
}

/* "a proposal that North Korea stop ... and that the United States and
 * South Korea stop ...": the subjects of the further "that" clauses of a
 * noun predicate's complement (from token k) join its targets (nt of them in tgt,
 * not of the sources' side); their new count. */
static size_t further_that_subjects(xdoc *x, const sentctx *s, size_t k, const int *src, size_t ns, int *tgt, size_t nt)
{
    for (size_t q = k + 1; q + 2 < s->hi && nt < MAXG; q++) {
        if (x_tok_has(x, q, WC(CLAUSE_BREAK)) || x_tok_is(x, q, ";"))
            break;
        int c = x_tok_and(x, q) && x_tok_is(x, q + 1, "that") ? ag__x_chunk_after(x, q + 2) : -1;
        if (c < 0 || !ag__x_usable(x, c))
            continue;
        int g[MAXG], side;
        size_t ng = ag__x_group_right(x, c, s->hi, g);
        for (size_t i = 0; i < ng && nt < MAXG; i++)
            if (!x_has_actor(tgt, nt, g[i]) && other_side(x, g[i], src, ns, &side))
                tgt[nt++] = g[i];
        q = x->chunks[c].t1 - 1;
    }
    return nt;
}

/* The targets of a noun predicate (from token k; nt found, the first at
 * token at): with its further "that" clauses (further_that_subjects);
 * "the demand of Lorenzana for China to ...": the one "of" it, followed
 * by "for", "to" or "against" and another actor, holds the noun; that
 * actor is its target. Their new count. */
static size_t noun_targets(xdoc *x, const sentctx *s, const pred *pr, size_t k, size_t at, const int *src, size_t ns,
                           int *tgt, size_t nt)
{
    if (!nt || !pr->nominal)
        return nt;
    if (x_tok_is(x, k, "that"))
        return further_that_subjects(x, s, k, src, ns, tgt, nt);
    int c = x_tok_is(x, k, "of") && at > k && at < k + 3 ? ag__x_chunk_of(x, at) : -1;
    size_t q = c >= 0 ? x->chunks[c].t1 : s->hi;
    if (q + 1 >= s->hi || !(x_tok_is(x, q, "for") || x_tok_is(x, q, "to") || x_tok_is(x, q, "against")))
        return nt;
    int h = ag__x_chunk_after(x, q + 1), side;
    if (h < 0 || (x->chunks[h].flags & (CH_POSS | CH_LOC)) || !other_side(x, x->chunks[h].actor, src, ns, &side))
        return nt;
    return ag__x_group_right(x, h, s->hi, tgt);
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

/* "signed by", "was issued jointly by": the words from token k up to "by"
 * are participles, adverbs (-ed, -ly) or "be"; returns the token after
 * "by", or 0. */
static size_t signed_by(const xdoc *x, const sentctx *s, size_t k)
{
    for (size_t q = k; q < s->hi && q < k + 3; q++) {
        if (x_tok_is(x, q, "by"))
            return q > k ? q + 1 : 0;
        unsigned f = x_tflags(x, q);
        int ed = x_tok_ends(x, q, "ed", 3) || x_tok_ends(x, q, "ly", 3);
        if (!(f & AG_TOK_WORD) || (f & AG_TOK_CAP) || !(ed || x_tok_has(x, q, WC(BE))))
            return 0;
    }
    return 0;
}

/* The chunk of the authors named from token k: "A and B", "the foreign
 * ministers of A and B" (a few words before "of", no comma); -1 if none. */
static int authors_at(const xdoc *x, const sentctx *s, size_t k)
{
    int c = ag__x_chunk_after(x, k);
    for (size_t q = k; c < 0 && q < s->hi && q < k + 6; q++) {
        if (x_tok_is(x, q, ",") || x_tok_has(x, q, WC(CLAUSE_BREAK)))
            break;
        if (x_tok_is(x, q, "of") && q > k)
            c = ag__x_chunk_after(x, q + 1);
    }
    return c;
}

/* "signed by A, B and C along with D": the authors of the group at chunk
 * c (n of them in src) and those "along/together with" it. */
static size_t authors_with(xdoc *x, const sentctx *s, int c, int *src, size_t n)
{
    size_t end = x->chunks[c].t1; /* past the group's last chunk */
    for (size_t q = x->chunks[c].t0; q < s->hi; q++) {
        int d = ag__x_chunk_of(x, q);
        if (d >= 0)
            q = (end = x->chunks[d].t1) - 1;
        else if (!x_tok_is(x, q, ",") && !x_tok_is(x, q, "and") && !x_tok_is(x, q, "the"))
            break;
    }
    int e;
    /* "signed by Head of X, A; Head of Y, B; and Head of Z, C": items
     * that hold commas of their own are parted by semicolons. */
    while (x_tok_is(x, end, ";") && (e = ag__x_chunk_after(x, end + 1 + x_tok_is(x, end + 1, "and"))) >= 0 &&
           x->chunks[e].t0 <= end + 3) {
        n = add_group(x, s, e, src, n);
        end = x->chunks[e].t1;
    }
    if (x_tok_has3(x, end, WC3(COMITATIVE_ADVERB)) && x_tok_is(x, end + 1, "with") &&
        (e = ag__x_chunk_after(x, end + 2)) >= 0)
        n = add_group(x, s, e, src, n);
    return n;
}

/* '"A, B and C strongly condemn ...," a joint statement read': the
 * statement speaks of its authors in the third person; the list that
 * opens the quote before the document noun at p (at least two) names
 * them. */
static size_t quote_authors(xdoc *x, const sentctx *s, size_t p, int *src)
{
    if (!s->quotes || ag__x_in_quote(s, p))
        return 0;
    size_t q = s->lo;
    while (q < p && !(x_tflags(x, q) & AG_TOK_OPENQ))
        q++;
    int c = q + 1 < p && ag__x_in_quote(s, q + 1) ? ag__x_chunk_after(x, q + 1) : -1;
    size_t n = c >= 0 ? add_group(x, s, c, src, 0) : 0;
    return n >= 2 ? n : 0;
}

/* "a joint communiqué issued after the meeting of the foreign ministers of
 * A, B and C", "a joint statement following talks between A and B",
 * "adopted at the end of the summit of A and B": past participles and
 * adverbs from token k, a sequel preposition, then within a few words a
 * meeting noun: the chunk of those it is of or between, else -1. */
static int meeting_authors(const xdoc *x, const sentctx *s, size_t k)
{
    size_t q = k;
    while (q < s->hi && q < k + 3 && (x_tok_ends(x, q, "ed", 3) || x_tok_ends(x, q, "ly", 3) || x_tok_has(x, q, WC(BE))))
        q++;
    if (!x_tok_has3(x, q, WC3(SEQUEL_PREPOSITION)))
        return -1;
    for (size_t m = q + 1; m < s->hi && m < q + 7; m++) {
        if (!(x_tflags(x, m) & AG_TOK_WORD) || x_tok_has(x, m, WC(CLAUSE_BREAK)))
            return -1;
        if (!x_tok_has(x, m, WC(GATHERING_NOUN)) && !x_tok_has2(x, m, WC2(SUMMIT_NOUN)))
            continue;
        while (m + 1 < s->hi && (x_tok_has(x, m + 1, WC(GATHERING_NOUN)) || x_tok_has2(x, m + 1, WC2(SUMMIT_NOUN))))
            m++; /* "summit meeting" */
        return x_tok_is(x, m + 1, "of") ? authors_at(x, s, m + 2) : ag__x_between_chunk(x, s, m + 1);
    }
    return -1;
}

/* "failed to adopt a joint statement", "did not issue a joint
 * communiqué": a negation, or a refusal verb before "to", in the few words
 * before the statement's modifiers at a: no statement, no authors. */
static int statement_refused(const xdoc *x, const sentctx *s, size_t a)
{
    for (size_t q = a; q > s->lo && q + 5 > a; q--) {
        if (!(x_tflags(x, q - 1) & AG_TOK_WORD) || ag__x_chunk_of(x, q - 1) >= 0)
            return 0;
        if (x_tok_has(x, q - 1, WC(NEGATION)) || (x_tok_has(x, q - 1, WC(REFUSAL_VERB)) && x_tok_is(x, q, "to")))
            return 1;
    }
    return 0;
}

/* The authors of a joint statement: "the joint statement (signed) by/of
 * (the foreign ministers of) A and B" names them alone; else the subject ("A and B said in a joint
 * statement", "In a joint statement, A and B ...") and those it was made
 * "with". "In a joint statement, on Monday the ministers of A and B
 * urged ...": the authors are the subject of the clause that follows,
 * left to ag__x_joint_subject. */
static size_t joint_parties(xdoc *x, sentctx *s, const pred *pr, int *src)
{
    size_t k = pr->p + pr->m, by = signed_by(x, s, k);
    /* "The statement was signed by A, B and C", "Signatories were A and
     * B": a statement of several authors is joint; they follow its form. */
    if (pr->m > 1 && (x_tok_is(x, k - 1, "by") || x_tok_has(x, k - 1, WC(BE))))
        by = k;
    int c;
    /* "signed by the 11 states: A, B, ...": the group the text lists. */
    size_t ng = by && x->n_fwd ? ag__x_coref_group_at(x, by, src, MAXG) : 0;
    if (ng >= 2)
        return ng;
    if (((x_tok_is(x, k, "by") || x_tok_is(x, k, "of")) && (c = authors_at(x, s, k + 1)) >= 0) ||
        (by && (c = authors_at(x, s, by)) >= 0))
        return authors_with(x, s, c, src, add_group(x, s, c, src, 0));
    /* "the adoption of a joint statement by the guarantors": a group
     * reference after "by" names the authors the resolution found. */
    if ((by || x_tok_is(x, k, "by")) && (ng = ag__x_coref_group_at(x, by ? by : k + 1, src, MAXG)) >= 2)
        return ng;
    /* "..., according to the joint statement": the authors are not named
     * next to it, and the nearest mention on the left is no author. */
    size_t a = ag__x_modifiers_start(x, s, pr->p);
    if ((a > s->lo + 1 && x_tok_is(x, a - 1, "to") && x_tok_is(x, a - 2, "according")) || statement_refused(x, s, a))
        return 0;
    /* "A, B and C rejected X in a joint statement": the clause's subject. */
    size_t n = a > s->lo && x_tok_is(x, a - 1, "in") && s->n_subj >= 2 ? s->n_subj : 0;
    if (n)
        memcpy(src, s->subj, n * sizeof *src);
    else
        n = ag__x_find_source(x, s, pr->head, src);
    int g[MAXG];
    for (size_t q = k; !n && q < s->hi && q < k + 8 && !x_tok_has(x, q, WC(CLAUSE_BREAK)); q++)
        if (x_tok_is(x, q, ",")) {
            if ((c = ag__x_chunk_after(x, q + 1)) >= 0)
                n = add_group(x, s, c, src, 0);
            else if (x_tok_is(x, q + 1, "they")) /* the participants of the meeting just told */
                n = ag__x_find_source(x, s, q + 2, src);
            else /* "the four", "the ministers": a group reference */
                n = ag__x_coref_group_at(x, q + 1, src, MAXG);
            break;
        }
    if (x_tok_is(x, k, "with") && (c = ag__x_chunk_after(x, k + 1)) >= 0)
        n = add_group(x, s, c, src, n);
    size_t nq = n < 2 ? quote_authors(x, s, pr->p, g) : 0;
    /* "X rejected the joint communiqué issued after the meeting of A, B
     * and C": the meeting's parties wrote it, not the subject. */
    if (!nq && n < 2 && (c = meeting_authors(x, s, k)) >= 0)
        nq = add_group(x, s, c, g, 0);
    if (nq >= 2) {
        memcpy(src, g, nq * sizeof *g);
        n = nq;
    }
    if (n < 2 && a > s->lo && x_tok_is(x, a - 1, "in")) {
        s->joint = pr->e;
        s->joint_rule = x->rule;
    }
    return n;
}

void ag__x_joint_subject(xdoc *x, sentctx *s, const int *src, size_t ns, int si)
{
    if (!s->joint || !ns)
        return;
    const char *rule = x->rule;
    x->rule = s->joint_rule;
    for (size_t a = 0; ns >= 2 && a < ns; a++)
        for (size_t b = 0; b < ns; b++)
            if (a != b)
                ag__x_add_stance(x, src[a], src[b], s->joint, si);
    ag__x_note_joint(x, src, ns, si);
    x->rule = rule;
    s->joint = NULL;
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
    /* "violence affecting Lebanese civilians", "attacks on Syrian
     * civilians": people of a country after a participle or "on"/"against"
     * suffer the act; they are no stance's target. */
    if (at > k && (x_tok_has(x, t1, WC(PEOPLE_NOUN)) || x_tok_has(x, t1 - 1, WC(PEOPLE_NOUN))) &&
        (ag__x_ends_ing(x, at - 1) || x_tok_is(x, at - 1, "on") || x_tok_is(x, at - 1, "against")))
        return 1;
    /* The act is in the object, not the predicate ("attacks on X"); "the
     * attacks of the militia" names its author, "the detention of X" a
     * person held. */
    if (at < k + 2 || !x_tok_has2(x, at - 2, WC2(ACT_NOUN)))
        return 0;
    return x_tok_is(x, at - 1, "on") || x_tok_is(x, at - 1, "against") ||
           (x_tok_is(x, at - 1, "of") && x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON);
}

/* The mention at chunk c names the author of a hostile act's noun after
 * it: "the Houthi attacks", "the Israeli military operation", "Israel's
 * military operation" (a possessive, one word between). */
static int names_act(const xdoc *x, const sentctx *s, int c)
{
    const xchunk *ch = &x->chunks[c];
    if (ag__x_act_author(x, s, c))
        return 1;
    if ((ch->flags & CH_LOC) || ch->t1 >= s->hi)
        return 0;
    if (x_tok_has2(x, ch->t1, WC2(ACT_NOUN)))
        return 1;
    return (ch->flags & CH_POSS) && ch->t1 + 1 < s->hi && !(x_tflags(x, ch->t1) & AG_TOK_CAP) &&
           (x_tflags(x, ch->t1) & AG_TOK_WORD) && x_tok_has2(x, ch->t1 + 1, WC2(ACT_NOUN));
}

/* The first words of a verb's object from token k hold a noun of the
 * class tested (a hostile act's, or a measure's); returns its token, or 0. */
static size_t object_noun(const xdoc *x, const sentctx *s, size_t k, int measure)
{
    for (size_t q = k; q < s->hi && q < k + 4; q++) {
        if (measure ? x_tok_has3(x, q, WC3(MEASURE_NOUN)) : x_tok_has2(x, q, WC2(ACT_NOUN)))
            return q;
        if (x_tflags(x, q) & AG_TOK_QUOTE) /* 'condemned the "military coup"' */
            continue;
        if (!(x_tflags(x, q) & AG_TOK_WORD) || x_tok_has(x, q, WC(CLAUSE_BREAK) | WC(PREPOSITION) | WC(CONJUNCTION)))
            return 0;
    }
    return 0;
}

/* "condemned the recent attack": the object of the verb (its first words
 * from token k) is a hostile act's noun; returns its token, or 0. */
size_t ag__x_act_object(const xdoc *x, const sentctx *s, size_t k)
{
    return object_noun(x, s, k, 0);
}

/* "called the move outrageous": the object is a measure's noun. */
size_t ag__x_measure_object(const xdoc *x, const sentctx *s, size_t k)
{
    return object_noun(x, s, k, 1);
}

/* The targets of a hostile predicate whose object starts at token k,
 * found at `at` (nt of them in tgt), past those that suffered it: the next
 * mention before token `end`, or none. */
static size_t past_victims(xdoc *x, sentctx *s, size_t k, size_t end, const int *src, size_t ns, int *tgt,
                           size_t nt, size_t at, const char *preps)
{
    for (int tries = 0; nt && victim_at(x, k, at) && tries < 3; tries++) {
        size_t from = x->chunks[ag__x_chunk_of(x, at)].t1;
        nt = from < end ? ag__x_find_target_p(x, s, from, end - from, src, ns, tgt, &at, preps) : 0;
    }
    return nt;
}

/* An adjunct_opener at k ("before", "after", "while", "by"): it opens an adjunct clause
 * ("by firmly supporting China", "responded by expelling"). */
static int adjunct_opener(const xdoc *x, size_t k)
{
    return x_tok_has3(x, k, WC3(ADJUNCT_OPENER));
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
    /* "A and B noted that Ukraine has shown its will by agreeing to X": the
     * reported clause's subject, not the reporters. */
    for (size_t k = q - 1; !in_noun && k > s->lo + 1 && k + 20 > q; k--) {
        int c = ag__x_chunk_of(x, k);
        if (c >= 0 && x->chunks[c].t0 == k && x_tok_is(x, k - 1, "that") && ag__x_usable(x, c) && !(x->chunks[c].flags & CH_LOC))
            return ag__x_group_right(x, c, q, src);
    }
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

/* The first holder of a stance noun after it (token k): "requests from
 * Bangkok" ("from Bangkok" reads as a place: the government); after a
 * reaction verb, also the one "of" it and a country "in" which it arose ("drew criticism in
 * France and Germany"); its chunk, or -1. */
static int reaction_holder(const xdoc *x, const sentctx *s, const pred *pr, size_t k)
{
    int reacted = pr->head != pr->p && x_tok_has3(x, pr->head, WC3(REACTION_VERB));
    /* "won the backing of X", "received the support of X": after a
     * reaction verb "of" names the holder too, as "from" does. */
    int from = x_tok_is(x, k, "from") || (reacted && x_tok_is(x, k, "of"));
    if (!from && (!x_tok_is(x, k, "in") || !reacted))
        return -1;
    size_t q = !from && x_tok_is(x, k + 1, "the") ? k + 2 : k + 1;
    int c = q < s->hi ? ag__x_chunk_of(x, q) : -1;
    if (c < 0 || (x->chunks[c].flags & CH_ADJ))
        return -1;
    return from || x->actors[x->chunks[c].actor].kind == AG_ACTOR_COUNTRY ? c : -1;
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
    if (!x_tok_ends(x, p, "ed", 3))
        return 0;
    uint32_t fl = AG_TOK_WORD | AG_TOK_CAP;
    if ((x_tflags(x, p - 1) & fl) != AG_TOK_WORD ||
        x_tok_has(x, p - 1, WC(FUNCTION_WORD) | WC(PRONOUN) | WC(CONJUNCTION) | WC(PREPOSITION) | WC(PAIR_NOUN) |
                               WC(GROUP_REFERENCE)))
        return 0; /* "the two sides agreed on": a group is a subject */
    return x_tok_is(x, k, ",") || (x_tok_has(x, k, WC(PREPOSITION)) && !x_tok_is(x, k, "by"));
}

/* The subject of a passive disapproval is an act or a measure noun at
 * token a ("The attack was condemned by X", "The move was described by X
 * as ..."): its author is the one named with it ("Ecuador's raid", "the
 * Israeli strike") if none of the sources' side, else the last attacker
 * (of a measure, the last coercer) told; 0 if a is neither noun. */
size_t ag__x_passive_act_author(const xdoc *x, const sentctx *s, size_t a, const int *src, size_t ns, int *tgt)
{
    int act = x_tok_has2(x, a, WC2(ACT_NOUN));
    if (!act && !x_tok_has3(x, a, WC3(MEASURE_NOUN)))
        return 0;
    size_t b = a > s->lo + 1 && (x_tflags(x, a - 1) & AG_TOK_POSS) ? a - 1 : a;
    int o = b > s->lo ? ag__x_chunk_of(x, b - 1) : -1;
    if (o < 0 || (x->chunks[o].flags & CH_LOC) || !((x->chunks[o].flags & CH_ADJ) || b < a))
        return act ? ag__x_act_of_last_attacker(x, a, src, ns, tgt) : ag__x_measure_author(x, src, ns, tgt);
    return ns > 0 && other_side(x, x->chunks[o].actor, src, ns, tgt);
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
        /* "The attack was condemned by X": the act's author, told before,
         * or named with it. */
        if (pr->vg.t0 > s->lo && disapproval(pr->e)) {
            size_t a = pr->vg.t0 - 1;
            if (x_tok_has2(x, a, WC2(ACT_NOUN)))
                return ag__x_passive_act_author(x, s, a, src, *ns, tgt);
            /* "The move was condemned by X": the last coercer, if told. */
            if (ag__x_chunk_of(x, a) < 0 && (nt = ag__x_passive_act_author(x, s, a, src, *ns, tgt)))
                return nt;
        }
        return (c = ag__x_chunk_left(x, s, p)) >= 0 ? ag__x_group_left(x, c, s->lo, tgt) : 0;
    case AG_RR_OF_BY:
        if (!ag__x_of_by(x, k, &c, &a))
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
        *ns = s->speaker >= 0 ? ag__x_speaker_sources(x, s, src) : 0;
        return *ns ? ag__x_find_source(x, s, pr->head, tgt) : 0;
    case AG_RR_BETWEEN:
        *ns = ag__x_between_parties(x, s, k, src);
        return 0;
    case AG_RR_JOINT:
        *ns = joint_parties(x, s, pr, src);
        return 0;
    case AG_RR_SVO:
    case AG_RR_SUBJECT:
        /* "following requests from Bangkok and Phnom Penh": the holder of
         * a stance noun follows "from"; the clause's subject is its aim. */
        if (pr->nominal && (c = reaction_holder(x, s, pr, k)) >= 0) {
            *ns = ag__x_group_right(x, c, s->hi, src); /* "from Bangkok" reads as a place: the government */
            if (r->roles == AG_RR_SUBJECT)
                return 0;
            /* "Mali's use of Wagner drew criticism": the owner of the
             * subject's noun, not the mention nearest the verb. */
            int o = ag__x_chunk_of(x, s->lo);
            if (o >= 0 && (x->chunks[o].flags & CH_POSS) && x->chunks[o].t1 + 1 < pr->head && ag__x_usable(x, o) &&
                !(x_tflags(x, x->chunks[o].t1) & AG_TOK_CAP) && !x_has_actor(src, *ns, x->chunks[o].actor)) {
                tgt[0] = x->chunks[o].actor;
                return 1;
            }
            return ag__x_find_source(x, s, pr->p, tgt); /* "as it received support": "it" past a verb group */
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
            return ag__x_act_of_last_attacker(x, held, src, *ns, tgt);
        int forces = pr->cond & AG_RC_TO_STOP ? ag__x_forces_asked_out(x, s, k) : -1;
        if (forces >= 0) /* "for the withdrawal of Israeli forces": a demand to their country */
            return other_side(x, forces, src, *ns, tgt);
        size_t at = 0;
        size_t reach = r->reach ? (size_t)r->reach : pr->nominal ? 8 : 16;
        size_t act = disapproval(pr->e) ? ag__x_act_object(x, s, k) : 0;
        if (act && (!x_tok_has(x, act + 1, WC(PREPOSITION)) || x_tok_is(x, act + 1, "as")) &&
            !ag__x_find_target_p(x, s, k, act - k, src, *ns, tgt, &at, NULL))
            return ag__x_act_of_last_attacker(x, act, src, *ns, tgt); /* "blasted the attack as ..." */
        nt = ag__x_find_target_p(x, s, k, reach, src, *ns, tgt, &at, pr->e->target_preps);
        /* "fired rockets at X": "fired the minister" is no attack. */
        if (nt && pr->e->target_preps && !ag__x_after_prep(x, at, pr->e->target_preps))
            nt = 0;
        if (nt && pr->e->polarity < 0)
            nt = past_victims(x, s, k, k + reach, src, *ns, tgt, nt, at, pr->e->target_preps);
        nt = noun_targets(x, s, pr, k, at, src, *ns, tgt, nt);
        if (nt && (c = ag__x_chunk_of(x, at)) >= 0 && names_act(x, s, c)) /* "condemned the Houthi attacks" */
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

/* Option org_target: the targets that are organizations, kept in order
 * ("withdrew from ECOWAS"; leaving a country or a town is no act toward
 * it); their count. */
static size_t org_targets(const xdoc *x, int *tgt, size_t nt)
{
    size_t n = 0;
    for (size_t b = 0; b < nt; b++)
        if (x->actors[tgt[b]].kind == AG_ACTOR_ORGANIZATION)
            tgt[n++] = tgt[b];
    return n;
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
                ag__x_add_stance(x, src[a], src[b], e, si);
    }
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            ag__x_add_stance(x, src[a], aim[b], e, si);
            if (mutual && !(r->options & AG_RO_ONE_WAY))
                ag__x_add_stance(x, aim[b], src[a], e, si);
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
            ag__x_add_stance(x, src[a], x->chunks[c].actor, e, si);
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

/* "The accord was signed in Kigali on Monday between A and B": under a
 * rule with the option met_there, the parties of an act done "in" a
 * named place right after it also met there (a background "signed
 * between A and B" with no place is no meeting). */
static void met_there(xdoc *x, sentctx *s, const pred *pr, const int *src, size_t ns, int si)
{
    size_t k = pr->p + pr->m, q = k + 1 + x_tok_is(x, k + 1, "the");
    int c = q < s->hi ? ag__x_chunk_of(x, q) : -1;
    int named = x_tok_is(x, k, "in") && (c >= 0 ? (x->chunks[c].flags & CH_LOC) != 0 : q < s->hi && (x_tflags(x, q) & AG_TOK_CAP));
    const char *where = ns >= 2 && named ? ag__x_meeting_place(x, s, k) : NULL;
    long m = where ? ag_lexicon_find(x->lx, AG_LX_MEET, "meet") : -1;
    if (m >= 0)
        ag__x_add_meeting(x, src, ns, ag_lexicon_entry(x->lx, (uint32_t)m), where, si);
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
    if (r->options & AG_RO_ORG_TARGET)
        nt = org_targets(x, tgt, nt);
    note_attacker(x, s, pr, e, src, ns);
    note_coercer(x, s, pr, e, src, ns);
    int partnered = r->roles == AG_RR_SVO && r->effect == AG_RE_MUTUAL ? with_partner(x, s, pr) : 0;
    make_stances(x, r, e, src, ns, tgt, nt, si, partnered);
    if (!ns && nt && r->roles == AG_RR_SVO && r->effect == AG_RE_STANCE && !x->n_joint_auth &&
        ag__x_document_subject(x, s, pr->head))
        ag__x_pend_statement(x, tgt, nt, e, si);
    if (r->roles == AG_RR_JOINT)
        ag__x_note_joint(x, src, ns, si);
    if (r->effect == AG_RE_MEETING && (r->options & AG_RO_HOST))
        welcomed_visit(x, s, pr, tgt, nt, si);
    if (r->effect == AG_RE_SUMMONS && nt)
        summons_cause(x, s, pr, e, src, ns, si);
    if (r->options & AG_RO_MET_THERE)
        met_there(x, s, pr, src, ns, si);
    if (r->roles != AG_RR_SVO && r->roles != AG_RR_PASSIVE && r->roles != AG_RR_SUBJECT)
        return;
    /* An infinitive ("right to defend itself") is not the clause's verb. */
    if (ns && !(pr->p > s->lo && x_tok_is(x, pr->p - 1, "to"))) {
        memcpy(s->subj, src, ns * sizeof *src);
        s->n_subj = ns;
        ag__x_joint_subject(x, s, src, ns, si);
    }
    if ((r->options & AG_RO_PROPOSER) && ns) {
        x->last_proposer = src[0];
        x->last_proposer_sent = s->sent;
    }
}
