/* chunk.c — the shallow parse the relation rules read: the verb group of a
 * predicate (auxiliaries, adverbs, negation, modality, voice, "refused to",
 * a denial it stands under), clause boundaries, and, for --explain, the
 * sentence's chunks (noun-phrase mentions with their heads, coordinated
 * groups, verb groups) printed for people.  Everything is read from the
 * token classes the vocabulary gave each token and from the mention chunks;
 * nothing is allocated. */
#include <string.h>

#include "extract_int.h"

static int chunk_at_tok(const xdoc *x, size_t i) { return i < x->t.n_toks ? x->tok_chunk[i] : -1; }

/* A lower-case adverb inside a verb group: "strongly", "also", "later". */
int ag__x_vg_adverb(const xdoc *x, size_t q)
{
    const ag_token *t = &x->t.toks[q];
    return (t->flags & AG_TOK_WORD) && !(t->flags & AG_TOK_CAP) && chunk_at_tok(x, q) < 0 &&
           (x_tok_ends(x, q, "ly", 3) || x_tok_has2(x, q, WC2(VERB_ADVERB)));
}

int ag__x_clause_break(const xdoc *x, size_t k)
{
    if (k >= x->t.n_toks)
        return 0;
    /* ";", "(", ")" or "but": the token's length says which to compare. */
    const ag_token *t = &x->t.toks[k];
    size_t n = t->end - t->start;
    char c = x->text[t->start];
    if (n == 1 ? c == ';' || c == '(' || c == ')' : n == 3 && x_tok_is(x, k, "but"))
        return 1;
    if (t->flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ))
        return 1;
    /* "X, who ...", "the pact, which ...": a relative clause. */
    return k > 0 && x_tok_has(x, k, WC(RELATIVE)) && x_tok_is(x, k - 1, ",");
}

/* ", and threatening", ", but warned": a comma before a coordinator ends
 * the verb group's reach ("insisting that it would not talk, and
 * threatening revenge": the threat is neither negated nor hypothetical). */
static int comma_coordination(const xdoc *x, size_t q)
{
    return x_tok_is(x, q, ",") && q + 1 < x->t.n_toks && (x_tok_is(x, q + 1, "and") || x_tok_is(x, q + 1, "but"));
}

/* "did not condemn", "never met" (2); "asked if the US talked with",
 * "would meet" (1, a hypothesis); else 0. */
static int mood(const xdoc *x, size_t lo, size_t p)
{
    /* Most predicates have neither word class within the five tokens. */
    uint64_t any = 0;
    for (size_t k = 1; k <= 5 && p >= lo + k; k++)
        any |= x->t.toks[p - k].cls;
    if (!(any & (WC(NEGATION) | WC(IRREALIS))))
        return 0;
    for (size_t k = 1; k <= 5 && p >= lo + k; k++) {
        if (x_tok_has(x, p - k, WC(NEGATION)))
            return 2;
        if (chunk_at_tok(x, p - k) >= 0 || comma_coordination(x, p - k))
            break;
    }
    for (size_t k = 1; k <= 5 && p >= lo + k && !comma_coordination(x, p - k); k++)
        if (x_tok_has(x, p - k, WC(IRREALIS))) {
            /* "announced it would free", "said Crown Prince Mohammed would
             * talk to": a reported commitment (over a named subject). */
            size_t b = p - k;
            int c = b > lo ? chunk_at_tok(x, b - 1) : -1;
            if (c >= 0 && x->chunks[c].t0 > lo)
                b = x->chunks[c].t0 + 1;
            /* "said that China would support": over the complementizer. */
            if (b >= lo + 3 && x_tok_is(x, b - 2, "that"))
                b--;
            uint64_t said = WC(REPORT_VERB) | WC(SPEECH_VERB); /* "reiterated that X would" */
            int reported = x_tok_is(x, p - k, "would") && b >= lo + 2 &&
                           (x_tok_has(x, b - 1, said) || x_tok_has(x, b - 2, said));
            if (!reported)
                return 1;
        }
    return 0;
}

/* "denied that it had criticized": a denial verb earlier in the clause
 * chain, with no coordination or clause break between. */
static int under_denial(const xdoc *x, size_t lo, size_t t0)
{
    for (size_t k = t0; k > lo && k + 10 > t0; k--) {
        size_t q = k - 1;
        uint64_t c = x->t.toks[q].cls; /* q < t0 <= the predicate, a token */
        if (c & WC(DENIAL_VERB))
            return 1;
        if ((c & WC(CLAUSE_BREAK)) || ag__x_clause_break(x, q) || x_tok_is(x, q, "and"))
            return 0;
    }
    return 0;
}

void ag__x_vgroup(const xdoc *x, size_t lo, size_t p, xvgroup *vg)
{
    memset(vg, 0, sizeof *vg);
    vg->head = p;
    size_t t0 = p;
    int only_adverbs = 1; /* nothing but adverbs between t0 and p so far */
    /* Left over auxiliaries, "be" and "have", modals, negation, adverbs, "to". */
    while (t0 > lo) {
        size_t q = t0 - 1;
        uint64_t c = x->t.toks[q].cls;
        if (c & (WC(BE) | WC(HAVE) | WC(AUXILIARY) | WC(MODAL))) {
            /* Passive: "be" right before the participle over at most two
             * adverbs ("was strongly criticized"), not "is to meet". */
            vg->flags |= (c & WC(BE)) && only_adverbs && q + 3 >= p ? VG_PASSIVE : 0;
            vg->flags |= c & WC(HAVE) ? VG_PERFECT : 0;
            vg->flags |= c & WC(MODAL) ? VG_MODAL : 0;
            only_adverbs = 0;
        } else if (c & WC(NEGATION)) {
            vg->flags |= VG_NEG;
            only_adverbs = 0;
        } else if (x_tok_is(x, q, "to") && t0 == p) {
            vg->flags |= VG_INFINITIVE;
            only_adverbs = 0;
        } else if (!ag__x_vg_adverb(x, q)) {
            break;
        }
        t0 = q;
    }
    vg->t0 = t0;
    int md = mood(x, lo, p);
    vg->flags |= md == 2 ? VG_NEG : md == 1 ? VG_IRREALIS : 0;
    /* "refused to meet", "declined to support"; "the refusal of Iran to
     * allow": over the noun's "of" and its owner. */
    if ((vg->flags & VG_INFINITIVE) && t0 > lo) {
        size_t r = t0 - 1;
        int c = chunk_at_tok(x, r);
        if (c >= 0 && x->chunks[c].t0 >= lo + 2 && x_tok_is(x, x->chunks[c].t0 - 1, "of"))
            r = x->chunks[c].t0 - 2;
        if (x_tok_has(x, r, WC(REFUSAL_VERB)))
            vg->flags |= VG_REFUSED;
    }
    if (under_denial(x, lo, t0))
        vg->flags |= VG_DENIED;
}

/* ---- --explain: the chunks of a sentence, for people ---- */

static void put_toks(const xdoc *x, size_t t0, size_t t1, ag_buf *b)
{
    if (t0 < t1)
        ag_buf_append(b, x->text + x->t.toks[t0].start, x->t.toks[t1 - 1].end - x->t.toks[t0].start);
}

static const char *const vg_names[] = {"negated", "irrealis", "passive", "refused", "denied", "perfect",
                                       "modal", "infinitive"};

void ag__x_explain_vgroup(const xdoc *x, const xvgroup *vg, size_t p_end, ag_buf *b)
{
    ag_buf_puts(b, "[VG ");
    put_toks(x, vg->t0, p_end, b);
    for (size_t k = 0; k < sizeof vg_names / sizeof *vg_names; k++)
        if (vg->flags & (1u << k))
            ag_buf_printf(b, " +%s", vg_names[k]);
    ag_buf_puts(b, "]");
}

/* Noun-phrase chunks (the mentions, each with its head word and actor),
 * coordination and clause boundaries of sentence si. */
void ag__x_explain_chunks(const xdoc *x, size_t si, ag_buf *b)
{
    const ag_sentence *se = &x->t.sents[si];
    ag_buf_printf(b, "sentence %zu: ", si);
    ag_buf_append(b, x->text + se->start, se->end - se->start);
    ag_buf_puts(b, "\n  chunks:");
    int in_group = 0;
    for (size_t i = se->tok_start; i < se->tok_end; i++) {
        if (ag__x_clause_break(x, i))
            ag_buf_puts(b, " |");
        int c = x->tok_chunk[i];
        if (c < 0 || x->chunks[c].t0 != i)
            continue;
        const xchunk *ch = &x->chunks[c];
        /* "A, B and C": members of one coordinated group share braces. */
        size_t n = ch->t1;
        int next = (x_tok_is(x, n, ",") || x_tok_and(x, n)) &&
                   (chunk_at_tok(x, n + 1) >= 0 || (x_tok_is(x, n + 1, "and") && chunk_at_tok(x, n + 2) >= 0));
        ag_buf_puts(b, in_group ? " " : next ? " {" : " ");
        ag_buf_puts(b, "[NP ");
        put_toks(x, ch->t0, ch->t1, b);
        ag_buf_puts(b, " /head ");
        put_toks(x, ch->t1 - 1, ch->t1, b);
        ag_buf_printf(b, " = %s", x->actors[ch->actor].name);
        static const char *const fl[] = {"place", "adjective", "possessive", "pronoun", "nominal", "modifier"};
        for (size_t k = 0; k < sizeof fl / sizeof *fl; k++)
            if (ch->flags & (1u << k))
                ag_buf_printf(b, " +%s", fl[k]);
        ag_buf_puts(b, "]");
        if (in_group && !next)
            ag_buf_puts(b, "}");
        in_group = next;
    }
    if (in_group)
        ag_buf_puts(b, "}");
    ag_buf_puts(b, "\n");
}
