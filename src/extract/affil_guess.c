/* affil_guess.c — a guessed country that the meetings contradict. A title
 * that names no country gets a guess (the country of the sentence's frame,
 * else the one the text names most); evidence replaces it. After the last
 * pass, a person whose country is still that guess and who meets that very
 * country, or an official whom evidence gives that country, or who accuses
 * it, loses it: officials meet their counterparts and their hosts, not
 * their own country ("Minister X ... met counterparts from Chad" in a text
 * that names Chad most), and speak against the other side ("Minister X
 * said, accusing Washington" in a text that names the US most); he is
 * then of the other side, the country the text names most after it,
 * unless he meets that one too. Before that, a representative whose
 * country is only a guess takes the country of the one he represents. */
#include <stdlib.h>
#include <string.h>
#include "extract_int.h"

/* Does actor i stand for the root country r by evidence (the country
 * itself, or a person or body bound to it)? */
static int evident_of(const xdoc *x, int i, int r)
{
    const xactor *a = &x->actors[i];
    if (a->kind == AG_ACTOR_PERSON && (a->affil < 0 || a->affil_weak))
        return 0;
    return ag__x_root(x, i) == r;
}

static int sentence_names(const xdoc *x, int s, int r, unsigned skip);

/* The country other than p and r that two-party meeting m gives person
 * p, or -1. */
static int met_country(const xdoc *x, const xrel *m, int p, int r)
{
    if (m->kind != AG_REL_MEETING || m->n_parts != 2 || (m->parts[0] != p && m->parts[1] != p))
        return -1;
    int o = m->parts[m->parts[0] == p];
    return o != p && o != r && x->actors[o].kind == AG_ACTOR_COUNTRY ? o : -1;
}

/* Does person p tour, in the sentence of meeting m, two countries other
 * than his own root r, and the sentence names r too, not as a place
 * ("has returned from Chile, Uruguay and Colombia")?  A country he tours
 * with others is not his, whichever of the list the text names most; his
 * meeting with r itself was never made (no one meets his own country).
 * One host is no tour ("the Qatari team was welcomed in Muscat by Omani
 * officials including X"). */
static int tours_own(const xdoc *x, const xrel *m, int p, int r)
{
    int o = met_country(x, m, p, r);
    if (o < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || !sentence_names(x, m->sent, r, CH_LOC | CH_ADJ))
        return 0;
    for (size_t i = 0; i < x->n_rels; i++) {
        int o2 = x->rels[i].sent == m->sent ? met_country(x, &x->rels[i], p, r) : -1;
        if (o2 >= 0 && o2 != o)
            return 1;
    }
    return 0;
}

/* Marks in met[] every participant of a two-party meeting whose other
 * side stands for its root country by evidence, or who tours it with
 * other countries (tours_own), and the source of a hostile stance whose
 * target does (relate_stance.c keeps those at a guessed country: no one
 * accuses his own): one pass over the relations, not one per person. */
static void mark_met_own(const xdoc *x, unsigned char *met)
{
    for (size_t i = 0; i < x->n_rels; i++) {
        const xrel *m = &x->rels[i];
        if (m->kind == AG_REL_STANCE && m->polarity < 0 && evident_of(x, m->tgt, ag__x_root(x, m->src)))
            met[m->src] = 1;
        if (m->kind != AG_REL_MEETING || m->n_parts != 2) /* a delegation meets with colleagues */
            continue;
        for (size_t j = 0; j < 2; j++) {
            int p = m->parts[j], r = ag__x_root(x, p);
            if (m->parts[1 - j] != p && (evident_of(x, m->parts[1 - j], r) || tours_own(x, m, p, r)))
                met[p] = 1;
        }
    }
}

/* Does sentence s name country r other than as a place ("in Windhoek"
 * is the host's), or by a chunk of flags skip? */
static int sentence_names(const xdoc *x, int s, int r, unsigned skip)
{
    for (size_t k = x->t.sents[s].tok_start; k < x->t.sents[s].tok_end; k++) {
        int c = x->tok_chunk[k];
        if (c >= 0 && x->chunks[c].actor == r && !(x->chunks[c].flags & skip))
            return 1;
    }
    return 0;
}

/* Does person p meet country other (1), or meet his guessed country g
 * itself in a sentence that names other (2: "she visited Ghana and Togo"
 * is a tour, not a host; meeting a minister of g "reaffirmed relations
 * between Zambia and g" names the sides), or neither (0)? */
static int meets_side(const xdoc *x, int p, int g, int other)
{
    int seen = 0;
    for (size_t i = 0; i < x->n_rels; i++) {
        const xrel *m = &x->rels[i];
        if (m->kind != AG_REL_MEETING || m->n_parts != 2)
            continue;
        for (size_t j = 0; j < 2; j++)
            if (m->parts[j] == p && m->parts[1 - j] != p) {
                if (evident_of(x, m->parts[1 - j], other))
                    seen = 1;
                else if (m->parts[1 - j] == g && sentence_names(x, m->sent, other, CH_LOC))
                    return 2;
            }
    }
    return seen;
}

/* The side of person p, whose guessed country g he meets: the country the
 * text names most after g and the others he meets (a guess still: "The
 * minister has returned from Chile, Uruguay and Colombia ... The UK has a
 * proud history with these nations" is of the UK), or -1 when the
 * sentence where he meets g names that one too (a tour). */
static int other_side(const xdoc *x, int p, int g)
{
    int skip[4] = {g, -1, -1, -1};
    for (size_t n = 1; n < sizeof skip / sizeof *skip; n++) {
        int other = ag__x_dominant_except(x, skip, n), met = other < 0 ? 0 : meets_side(x, p, g, other);
        if (met != 1)
            return met ? -1 : other;
        skip[n] = other;
    }
    return -1;
}

void ag__x_drop_met_guesses(xdoc *x)
{
    unsigned char *met = calloc(x->n_actors ? x->n_actors : 1, 1);
    if (!met) {
        x->oom = 1;
        return;
    }
    mark_met_own(x, met);
    for (size_t i = 0; i < x->n_actors; i++) {
        xactor *p = &x->actors[i];
        if (met[i] && p->kind == AG_ACTOR_PERSON && p->affil >= 0 && p->affil_weak == 1 &&
            x->actors[ag__x_root(x, (int)i)].kind == AG_ACTOR_COUNTRY) {
            int other = other_side(x, (int)i, ag__x_root(x, (int)i));
            ag__x_set_parent(x, (int)i, other);
            p->affil_weak = other >= 0;
            if (other >= 0) /* the new country's code, the same role */
                ag__x_person_code(x, (int)i, p->code && strlen(p->code) > 3 ? p->code + 3 : NULL);
            if (p->n_members) { /* rare: the roots of others moved */
                memset(met, 0, x->n_actors);
                mark_met_own(x, met);
            }
        }
    }
    free(met);
}

/* The actor of the first chunk in [from, to) that is a person (want_person)
 * or any actor; -1 if none. */
static int chunk_actor(const xdoc *x, size_t from, size_t to, int want_person)
{
    for (size_t q = from; q < to; q++) {
        int c = x->tok_chunk[q];
        if (c < 0 || x->chunks[c].actor < 0)
            continue;
        int a = x->chunks[c].actor;
        if (!want_person || x->actors[a].kind == AG_ACTOR_PERSON)
            return a;
    }
    return -1;
}

/* The actor of the last chunk that ends before token k (not before lo). */
static int actor_before(const xdoc *x, size_t lo, size_t k)
{
    for (size_t q = k; q > lo; q--) {
        int c = x->tok_chunk[q - 1];
        if (c >= 0 && x->chunks[c].actor >= 0)
            return x->chunks[c].actor;
    }
    return -1;
}

/* Representative rep of the actor rd: rep's country is rd's when the text
 * gave rep none but a guess ("Zanzibar's President X is representing
 * Tanzania President Y", "Libya will be represented by ... Z"). */
static void represent(xdoc *x, int rep, int rd)
{
    if (rep < 0 || rd < 0 || rep == rd || x->actors[rep].kind != AG_ACTOR_PERSON ||
        (x->actors[rep].affil >= 0 && !x->actors[rep].affil_weak))
        return;
    if (x->actors[rd].kind == AG_ACTOR_PERSON && (x->actors[rd].affil < 0 || x->actors[rd].affil_weak))
        return;
    int r = ag__x_root(x, rd);
    if (r >= 0 && r != rep && x->actors[r].kind == AG_ACTOR_COUNTRY) {
        ag__x_bind_affil(x, rep, r);
        ag__x_person_code(x, rep, x->actors[rep].role); /* the guess's code goes with it */
    }
}

/* "Marape will be represented by Minister A and Foreign Minister B":
 * every person of the coordination that starts at the first person
 * chunk in [from, to) represents rd. */
static void represent_all(xdoc *x, size_t from, size_t to, int rd)
{
    size_t q = from;
    while (q < to && (x->tok_chunk[q] < 0 || x->actors[x->chunks[x->tok_chunk[q]].actor].kind != AG_ACTOR_PERSON))
        q++;
    while (q < to) {
        int c = x->tok_chunk[q];
        if (c < 0 || x->chunks[c].actor < 0 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
            return;
        represent(x, x->chunks[c].actor, rd);
        q = x->chunks[c].t1;
        if (q >= to || !(x_tok_is(x, q, ",") || x_tok_and(x, q)))
            return;
        q++;
        if (q < to && x_tok_and(x, q))
            q++;
    }
}

void ag__x_representative_affils(xdoc *x)
{
    /* Every word of the text is read: the tokens in a local, and "on"
     * by its function word's id (x_tok_is), within the sentence. */
    const ag_token *toks = x->t.toks;
    const uint32_t on = (uint32_t)x_fw_slot("on") + 1;
    for (size_t i = 0; i < x->t.n_sents; i++) {
        size_t lo = x->t.sents[i].tok_start, hi = x->t.sents[i].tok_end;
        /* Most sentences have no representation verb (x->sentsum, from
         * pass 1): only "on behalf of" is looked for in them. */
        const struct xsentsum *m = x->sentsum ? &x->sentsum[i] : NULL;
        int verbs = !m || !m->set || (m->cls2 & WC2(REPRESENT_VERB));
        for (size_t k = lo; k < hi; k++) {
            /* "X signed on behalf of the Federal Government of Nigeria":
             * the phrase is a representation verb's ("X represented"). */
            if (toks[k].word == on && x_tok_is(x, k + 2, "of") && x_tok_has3(x, k + 1, WC3(BEHALF_NOUN))) {
                size_t reach = k + 15 < hi ? k + 15 : hi;
                represent(x, actor_before(x, lo, k), chunk_actor(x, k + 3, reach, 0));
                continue;
            }
            if (!verbs || !(toks[k].cls2 & WC2(REPRESENT_VERB)))
                continue;
            size_t reach = k + 14 < hi ? k + 14 : hi;
            /* "was represented only by", "was also represented by". */
            size_t by = k + 1 < hi && ag__x_vg_adverb(x, k + 1) ? k + 2 : k + 1;
            if (by < hi && x_tok_is(x, by, "by"))
                represent_all(x, by + 1, reach, actor_before(x, lo, k));
            else
                represent(x, actor_before(x, lo, k), chunk_actor(x, k + 1, reach, 0));
        }
    }
}

/* The organization of an office "as" states at j (after "as" and an
 * article): a title chunk that names it ("as Chairman of CARICOM", "as
 * the EAC's chairman"), or a capitalized office of at most three words
 * and "of" before its name ("as the Facilitator of the East African
 * Community"); -1 if none. */
static int capacity_org(const xdoc *x, size_t j, size_t hi)
{
    int c = j < hi ? x->tok_chunk[j] : -1;
    if (c < 0 || !(x->chunks[c].flags & CH_NOMINAL)) {
        size_t q = j;
        while (q < hi && q < j + 4 && !x_tok_is(x, q, "of"))
            q++;
        if (q == j || q + 1 >= hi || !x_tok_is(x, q, "of") || !(x_tflags(x, j) & AG_TOK_CAP))
            return -1;
        c = x->tok_chunk[q + 1]; /* the chunk may hold "the" */
        if (c < 0 && x_tok_is(x, q + 1, "the") && q + 2 < hi)
            c = x->tok_chunk[q + 2];
        if (c < 0 || x->chunks[c].t0 <= q)
            return -1;
    }
    int o = x->chunks[c].actor;
    int r = o >= 0 ? ag__x_root(x, o) : -1;
    return r >= 0 && x->actors[r].kind == AG_ACTOR_ORGANIZATION && !(x->chunks[c].flags & CH_LOC) ? o : -1;
}

/* The person "as" at k speaks of: "X, as ..." (the chunk before the
 * comma) or "X visited in his capacity as ..." (the last person named
 * before "in"); -1 if none. */
static int capacity_holder(const xdoc *x, size_t lo, size_t k)
{
    size_t end;
    if (k >= lo + 2 && x_tok_is(x, k - 1, ","))
        end = k - 1;
    else if (k >= lo + 4 && x_tok_has3(x, k - 1, WC3(CAPACITY_NOUN)) && x_tok_is(x, k - 3, "in"))
        end = k - 3;
    else
        return -1;
    for (size_t q = end; q > lo; q--) {
        int c = x->tok_chunk[q - 1];
        if (c < 0 || x->chunks[c].actor < 0)
            continue;
        int a = x->chunks[c].actor;
        if (x->actors[a].kind == AG_ACTOR_PERSON && (q == end || end < k - 1))
            return a;
        if (end == k - 1) /* ", as": only the chunk right before the comma */
            return -1;
    }
    return -1;
}

void ag__x_capacity_affils(xdoc *x)
{
    /* From the organizations' chunks (few) back to an "as" at most five
     * tokens before: "as Chairman of CARICOM", "as the Facilitator of the
     * EAC". */
    for (size_t c = 0; c < x->n_chunks; c++) {
        const xchunk *ch = &x->chunks[c];
        if (ch->actor < 0 || x->actors[ch->actor].kind != AG_ACTOR_ORGANIZATION || (ch->flags & CH_LOC))
            continue;
        size_t lo = x->t.sents[ch->sent].tok_start, hi = x->t.sents[ch->sent].tok_end;
        for (size_t k = ch->t0; k > lo + 2 && k + 6 > ch->t0; k--) {
            if (!x_tok_is(x, k - 1, "as"))
                continue;
            int p = capacity_holder(x, lo, k - 1);
            int o = p >= 0 ? capacity_org(x, k + (x_tok_has(x, k, WC(DETERMINER)) ? 1 : 0), hi) : -1;
            if (o >= 0 && ag__x_root(x, o) != p) {
                ag__x_set_parent(x, p, o);
                x->actors[p].affil_weak = 0;
            }
            break;
        }
    }
}

/* Is token k the end of a list item: ".", ";", "," or the sentence's end? */
static int item_end(const xdoc *x, size_t k, size_t hi)
{
    return k >= hi || x_tok_is(x, k, ".") || x_tok_is(x, k, ";") || x_tok_is(x, k, ",");
}

/* The person whose name, a comma and the organization chunk c come in a
 * row ("A, Directorate of Religious Affairs."): a by-line of a list of
 * officials, the body written after the name instead of a title; no
 * article before the body, a name of two words or more, and the item ends
 * after it. -1 if none. */
static int apposed_member(const xdoc *x, size_t c, size_t hi)
{
    const xchunk *ch = &x->chunks[c], *pc = c > 0 ? &x->chunks[c - 1] : NULL;
    if (!pc || pc->sent != ch->sent || pc->t1 + 1 != ch->t0 || !x_tok_is(x, pc->t1, ",") ||
        x->actors[pc->actor].kind != AG_ACTOR_PERSON || ch->t1 < ch->t0 + 2 ||
        x_tok_has(x, ch->t0, WC(DETERMINER)) || !item_end(x, ch->t1, hi))
        return -1;
    return pc->actor;
}

/* "said Karanja Kibicho, the foreign ministry Principal Secretary": a
 * person, a comma and the body chunk c (an agency named with "the"), with
 * a title of the lexicon right after it (after capitalized qualifiers):
 * the body is the one the title's holder serves, the apposition's words
 * split by the chunk. The person, or -1. */
static int body_titled_member(const xdoc *x, size_t c, size_t hi)
{
    const xchunk *ch = &x->chunks[c], *pc = c > 0 ? &x->chunks[c - 1] : NULL;
    if (!pc || pc->sent != ch->sent || pc->t1 + 1 != ch->t0 || !x_tok_is(x, pc->t1, ",") ||
        x->actors[pc->actor].kind != AG_ACTOR_PERSON || x->actors[ch->actor].agency < 0 ||
        !x_tok_has(x, ch->t0, WC(DETERMINER)))
        return -1;
    /* The title may follow capitalized qualifiers ("Principal Secretary"). */
    for (size_t q = ch->t1; q < hi && q < ch->t1 + 3 && (x_tflags(x, q) & AG_TOK_CAP); q++)
        if (x_match(x, q, hi, KIND(AG_LX_TITLE), NULL))
            return pc->actor;
    return -1;
}

/* "members of the High Council (HCT), namely A, B and C": after a members
 * noun and "of" before the body, a member_word (or colon) opens the list
 * of its members. The token where the list starts, or 0. */
static size_t members_list(const xdoc *x, const xchunk *ch, size_t lo, size_t hi)
{
    size_t k = ch->t0;
    if (k > lo && x_tok_has(x, k - 1, WC(DETERMINER)))
        k--;
    if (k < lo + 2 || !x_tok_is(x, k - 1, "of") || !x_tok_has3(x, k - 2, WC3(MEMBERS_NOUN)))
        return 0;
    size_t j = ch->t1;
    if (j + 2 < hi && x_tok_is(x, j, "(") && x_tok_is(x, j + 2, ")"))
        j += 3;
    if (j < hi && x_tok_is(x, j, ","))
        j++;
    if (j < hi && (x_tok_has2(x, j, WC2(MEMBER_WORD)) || x_tok_is(x, j, ":")))
        return j + 1;
    return 0;
}

/* Affiliates person p with body o unless evidence gave p another. */
static void member_of(xdoc *x, int p, int o)
{
    xactor *a = &x->actors[p];
    if (a->kind != AG_ACTOR_PERSON || (a->affil >= 0 && !a->affil_weak) || ag__x_root(x, o) == p)
        return;
    ag__x_set_parent(x, p, o);
    a->affil_weak = 0;
}

/* The persons of the list from token k: chunks joined only by commas,
 * "and" and capitalized words (a name no actor was made of), each a
 * member of o. */
static void list_members(xdoc *x, size_t c, size_t k, size_t hi, int o)
{
    for (size_t d = c + 1; d < x->n_chunks && x->chunks[d].sent == x->chunks[c].sent; d++) {
        const xchunk *m = &x->chunks[d];
        if (m->t0 < k) /* the body's acronym */
            continue;
        for (; k < m->t0; k++)
            if (!x_tok_is(x, k, ",") && !x_tok_and(x, k) && !(x_tflags(x, k) & AG_TOK_CAP))
                return;
        if (x->actors[m->actor].kind != AG_ACTOR_PERSON)
            return;
        member_of(x, m->actor, o);
        k = m->t1;
        if (!item_end(x, k, hi) && !x_tok_and(x, k))
            return;
    }
}

/* After the last pass: persons whose body a list gives, not a title ("A,
 * Directorate of X.", "members of the Council, namely A and B"). */
void ag__x_member_affils(xdoc *x)
{
    for (size_t c = 0; c < x->n_chunks; c++) {
        const xchunk *ch = &x->chunks[c];
        if (ch->actor < 0 || x->actors[ch->actor].kind != AG_ACTOR_ORGANIZATION ||
            (ch->flags & (CH_LOC | CH_ADJ | CH_NOMINAL | CH_PRON)))
            continue;
        size_t lo = x->t.sents[ch->sent].tok_start, hi = x->t.sents[ch->sent].tok_end;
        int p = apposed_member(x, c, hi), titled = p < 0;
        if (titled)
            p = body_titled_member(x, c, hi);
        if (p >= 0)
            member_of(x, p, ch->actor);
        if (p >= 0 && titled && !x->actors[p].code)
            ag__x_person_code(x, p, x->actors[p].role);
        size_t k = members_list(x, ch, lo, hi);
        if (k)
            list_members(x, c, k, hi, ch->actor);
    }
}

/* Does token q start a title: one of the lexicon or an aide_noun
 * ("Special Assistant")? */
static int title_word(const xdoc *x, size_t q, size_t end)
{
    return x_tok_has2(x, q, WC2(AIDE_NOUN)) || x_match(x, q, end, KIND(AG_LX_TITLE), NULL) > 0;
}

/* Do tokens [q, t0) title an aide of the possessor before q, the name's
 * chunk [t0, t1) holding the rest of the title, if any: capitalized words,
 * "and", "of", "for", commas and at most two lower-case modifiers right
 * before an aide_noun ("diplomatic adviser"), with a title word among
 * them? A lower-case word of any other kind ("Trump's decision angered
 * Minister X") is no title. */
static int aide_title(const xdoc *x, size_t q, size_t t0, size_t t1)
{
    int titled = 0;
    for (size_t j = q; j < t1 && !titled; j++)
        titled = title_word(x, j, t1);
    for (; q < t0; q++) {
        if (x->tok_chunk[q] >= 0 && x->chunks[x->tok_chunk[q]].actor >= 0)
            return 0;
        unsigned f = x_tflags(x, q);
        int lower_ok = (f & AG_TOK_WORD) && (x_tok_has2(x, q, WC2(AIDE_NOUN)) || x_tok_has2(x, q + 1, WC2(AIDE_NOUN)) ||
                                             (q + 2 <= t0 && x_tok_has2(x, q + 2, WC2(AIDE_NOUN))));
        if (!((f & AG_TOK_WORD) && (f & AG_TOK_CAP)) && !lower_ok && !x_tok_is(x, q, ",") && !x_tok_and(x, q) &&
            !x_tok_is(x, q, "of") && !x_tok_is(x, q, "for") && !title_word(x, q, t0))
            return 0;
    }
    return titled;
}

/* "Macron's diplomatic adviser, Emmanuel Bonne", "Ruto's chief of staff
 * Felix Koskei": an aide titled after a person in the possessive serves
 * that person's country or body, over a guess or none. The possessor's
 * own must be evidence, not a guess. */
void ag__x_aide_affils(xdoc *x)
{
    for (size_t c = 0; c < x->n_chunks; c++) {
        const xchunk *ch = &x->chunks[c];
        int p = ch->actor;
        if (p < 0 || x->actors[p].kind != AG_ACTOR_PERSON || (x->actors[p].affil >= 0 && !x->actors[p].affil_weak))
            continue;
        size_t lo = x->t.sents[ch->sent].tok_start, k = ch->t0;
        while (k > lo + 1 && k + 12 > ch->t0 && !(x_tflags(x, k - 1) & AG_TOK_POSS))
            k--;
        int pc = k > lo + 1 && (x_tflags(x, k - 1) & AG_TOK_POSS) ? x->tok_chunk[k - 2] : -1;
        int q = pc >= 0 ? x->chunks[pc].actor : -1;
        if (q < 0 || q == p || x->actors[q].kind != AG_ACTOR_PERSON || x->actors[q].affil < 0 ||
            x->actors[q].affil_weak || (x->chunks[pc].flags & CH_PRON) || !aide_title(x, k, ch->t0, ch->t1))
            continue;
        /* "Insulza's chief of staff, X": the body the possessor heads
         * employs his aide as his country does. */
        int r = ag__x_root(x, q);
        if (r >= 0 && r != p && x->actors[r].kind != AG_ACTOR_PERSON && ag__x_root(x, p) != r) {
            ag__x_bind_affil(x, p, r);
            ag__x_person_code(x, p, x->actors[p].role);
        }
    }
}
