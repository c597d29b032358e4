/* relate.c — relate: stances and meetings between the actors of a
 * sentence.  A predicate (a stance or meeting verb, or its noun after a
 * light verb) takes its source from the subject — the nearest mention on its
 * left, a passive's "by" agent, the quoted speaker for "we"/"I" inside a
 * quote, the antecedent of "who", the subject of a coordinated verb — and
 * its target from the first mention on its right.  This file holds the
 * sentence driver, the relation records and the chunk helpers; the speaker
 * and source (relate_speaker.c), targets and stances (relate_stance.c),
 * the predicate's conditions (relate_pred.c), the rules (relate_rule.c),
 * stances around nouns and lists (relate_nominal.c), meetings
 * (relate_meeting.c, relate_scene.c, relate_parties.c), visits and
 * delegations (relate_visit.c) and summit rosters (relate_roster.c) have
 * their own files, sharing relate_int.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "extract_int.h"
#include "relate_int.h"
#include "util_int.h"

/* A word between a light verb and its noun: a determiner or a lower-case
 * adjective ("staged a dramatic protest", "expressed its strongest
 * condemnation"), never a name or a light verb itself. */
int ag__x_is_modifier(const xdoc *x, size_t i)
{
    if (ag__x_chunk_of(x, i) >= 0)
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

int ag__x_usable(const xdoc *x, int c)
{
    return c >= 0 && !(x->chunks[c].flags & (CH_ADJ | CH_LOC));
}

/* The usable chunk at token k, or after "the" there; -1 if none. */
int ag__x_chunk_after(const xdoc *x, size_t k)
{
    int c = ag__x_chunk_of(x, k);
    if (c < 0 && x_tok_is(x, k, "the"))
        c = ag__x_chunk_of(x, k + 1);
    return c >= 0 && ag__x_usable(x, c) ? c : -1;
}

/* "a delegation led by X": X's chunk when token t is a lead verb followed
 * by "by" and X is inside the sentence [.., hi); else -1. */
int ag__x_led_by(const xdoc *x, size_t t, size_t hi)
{
    return t + 2 < hi && x_tok_has2(x, t, WC2(LEAD_VERB)) && x_tok_is(x, t + 1, "by") ? ag__x_chunk_of(x, t + 2) : -1;
}

int ag__x_push_rel(xdoc *x, const xrel *r)
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
int ag__x_chunk_actor(const xdoc *x, int c)
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
xkey ag__x_meeting_key(const xrel *r) { return (xkey){XI_MEETING, NULL, r->sent, (long)r->n_parts}; }

/* The key of a stance: one per source, target, label and sentence. */
xkey ag__x_stance_key(int src, int tgt, const char *label, int sent)
{
    return (xkey){XI_STANCE, label, sent, (long)((uint64_t)(unsigned)src << 32 | (unsigned)tgt)};
}

/* Files relation i (just pushed) for the lookups below. */
void ag__x_index_rel(xdoc *x, int i)
{
    const xrel *r = &x->rels[i];
    if (r->kind == AG_REL_MEETING) {
        xkey k = ag__x_meeting_key(r);
        ag__x_index_add(x, &k, i);
        for (size_t j = 0; j < r->n_parts; j++)
            ag__x_index_add(x, &(xkey){XI_MET, NULL, r->parts[j], 0}, XI_LATEST(i));
        return;
    }
    xkey k = ag__x_stance_key(r->src, r->tgt, r->label, r->sent);
    ag__x_index_add(x, &k, i);
    if (r->polarity < 0) {
        x->last_hostile = i + 1;
        x->actors[r->tgt].last_hostile = i + 1;
        ag__x_index_add(x, &(xkey){XI_ACCUSED, NULL, x->actors[r->tgt].root, 0}, XI_LATEST(i));
    }
}

/* What a sentence offers the relation rules, read from its tokens. */
enum { CUE_MENTION = 1, CUE_PREDICATE = 2, CUE_QUOTE = 4, CUE_GROUP = 8 };

static unsigned sentence_cues(const xdoc *x, size_t si, size_t lo, size_t hi, uint64_t *cls2)
{
    /* The classes of the whole sentence from pass 1's sum of its words
     * (x->sentsum), when there is one: then the loop tests no word's, and
     * ends once it has found all it still can (a mention, a predicate and,
     * when the sum has quote marks, a quote). */
    const struct xsentsum *m = x->sentsum && x->sentsum[si].set ? &x->sentsum[si] : NULL;
    unsigned cues = m && (m->cls & (WC(GROUP_REFERENCE) | WC(PAIR_NOUN))) ? CUE_GROUP : 0;
    unsigned want = CUE_MENTION | CUE_PREDICATE | (m && !(m->flags & (AG_TOK_OPENQ | AG_TOK_CLOSEQ)) ? 0 : CUE_QUOTE);
    if (m)
        *cls2 |= m->cls2;
    for (size_t i = lo; i < hi; i++) {
        const ag_token *t = &x->t.toks[i];
        if (!m)
            *cls2 |= t->cls2;
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
        if (!m && ((t->cls & (WC(GROUP_REFERENCE) | WC(PAIR_NOUN))) || (t->cls3 & WC3(GROUP_COUNT)))) /* "the presidents", "the four" */
            cues |= CUE_GROUP;
        if (x->last_meeting >= 0 && x_tok_is(x, i, "they") && ag__x_opening_they(x, lo, i + 1) == i) /* its participants */
            cues |= CUE_GROUP;
        if (m && (cues & want) == want)
            break;
    }
    return cues;
}

/* --explain: the predicate, its verb group, its conditions, the rule. */
static void explain_pred(xdoc *x, const pred *pr, const ag_lx_rule *r, size_t n_rels)
{
    ag_buf *b = x->explain;
    ag_buf_puts(b, "  predicate ");
    ag__x_explain_vgroup(x, &pr->vg, pr->p + pr->m, b);
    ag_buf_printf(b, " %s %s:",
                  pr->e->kind == AG_LX_MEET          ? "meeting"
                  : ag_cameo_is_force(pr->e->code) ? "force" /* the kind extract.c writes */
                                                   : "stance",
                  pr->e->name);
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

/* The predicate at p, if one starts there: the rules decide what it makes.
 * Returns the tokens it spans, 0 if none. */
static size_t relate_at(xdoc *x, sentctx *s, size_t p, int si)
{
    ag_lx_hit h;
    size_t m = x_match(x, p, s->hi, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), &h);
    if (!m) {
        /* The subject, attendance and meeting-place tests below each
         * need one of these classes at p (most words have none). */
        if (!x_tok_has(x, p, WC(SPEECH_VERB) | WC(ATTENDANCE_VERB) | WC(BE)))
            return 0;
        if (x_tok_has(x, p, WC(SPEECH_VERB)) && !ag__x_in_quote(s, p)) {
            /* "X said ... and made the proposal": remember the subject. */
            int sub[MAXG];
            size_t ns = ag__x_find_source(x, s, p, sub);
            if (ns) {
                memcpy(s->subj, sub, ns * sizeof *sub);
                s->n_subj = ns;
                ag__x_joint_subject(x, s, sub, ns, si);
            }
        }
        /* "declined to attend the summit": no attendee of it. */
        if (x_tok_has(x, p, WC(ATTENDANCE_VERB)) && ag__x_attendance_unheld(x, s, p))
            return 0;
        if (!ag__x_attends_gathering(x, s, p, si) && !ag__x_joins_lone_meeting(x, s, p) &&
            !ag__x_joins_last_meeting(x, s, p))
            ag__x_attendees_meet(x, s, p, si);
        return 0;
    }
    /* "Multinational Mission to Support Security": a capitalized verb after
     * "to" between capitalized words inside a sentence is a name's word. */
    if (p > s->lo + 1 && p + 1 < s->hi && (x_tflags(x, p) & AG_TOK_CAP) && x_tok_is(x, p - 1, "to") &&
        (x_tflags(x, p - 2) & AG_TOK_CAP) && (x_tflags(x, p + 1) & AG_TOK_CAP))
        return m;
    pred pr;
    ag__x_pred_read(x, s, p, m, &h, &pr);
    const ag_lx_rule *r = ag__x_rule_for(x, &pr, NULL);
    size_t before = x->n_rels;
    if (r)
        ag__x_apply_rule(x, s, &pr, r, si);
    ag__x_unmet_pair(x, s, &pr);
    ag__x_group_roster(x, s, &pr, before);
    ag__x_lone_meeting(x, s, &pr, before);
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
    unsigned cues = sentence_cues(x, si, s.lo, s.hi, &s.cls2);
    if (!(cues & CUE_MENTION) && !((cues & CUE_PREDICATE) && (cues & (CUE_QUOTE | CUE_GROUP))))
        return 0;
    s.quotes = (cues & CUE_QUOTE) != 0;
    unsigned char inq_small[256];
    s.inq = s.hi - s.lo < sizeof inq_small ? memset(inq_small, 0, s.hi - s.lo + 1) : calloc(s.hi - s.lo + 1, 1);
    if (!s.inq)
        return -1;
    ag__x_find_speaker(x, &s, x->co.person);
    /* A quote with no speaker of its own goes on the last one's words. */
    x->prev_speaker = s.speaker;
    x->prev_speaker_sent = si + 1;
    if (x->explain && s.speaker >= 0)
        ag_buf_printf(x->explain, "  quoted speaker: %s\n", x->actors[s.speaker].name);
    if (cues & CUE_MENTION)
        ag__x_note_coups(x, &s);
    size_t p_end = cues & CUE_PREDICATE ? s.hi : s.lo;
    for (size_t p = s.lo; p < p_end; p++) {
        /* Most words are in a mention, or start no stance or meeting form
         * and have none of the classes relate_at tests without one. */
        if (x->tok_chunk[p] >= 0 || (!(x->mkinds[p] & (KIND(AG_LX_VERB) | KIND(AG_LX_MEET))) &&
                                     !(x->t.toks[p].cls & (WC(SPEECH_VERB) | WC(ATTENDANCE_VERB) | WC(BE)))))
            continue;
        size_t m = relate_at(x, &s, p, (int)si);
        p += m ? m - 1 : 0;
    }
    size_t before = x->n_rels;
    ag__x_evaluations(x, &s, (int)si);
    if (cues & CUE_MENTION) {
        ag__x_judgments(x, &s, (int)si);
        ag__x_leave_orders(x, &s, (int)si);
        ag__x_modal_demands(x, &s, (int)si);
        ag__x_delegation_heads(x, &s, (int)si);
        ag__x_members_join(x, &s, (int)si);
        ag__x_attendee_list(x, &s);
        ag__x_summit_roster(x, &s, (int)si);
        ag__x_delegation_roster(x, &s, (int)si);
    }
    if (x->explain)
        explain_sentence_rules(x, before);
    if (s.inq != inq_small)
        free(s.inq);
    return x->oom ? -1 : 0;
}
