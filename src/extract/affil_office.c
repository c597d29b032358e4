/* affil_office.c — an official's agency from the words of his title. After
 * the last pass, a person affiliated with a country whose title's own words
 * (those that are no office_word: "foreign" in "Deputy Foreign Minister")
 * all occur in the name or an alias of the one organization of that
 * country the text names ("the Azerbaijani Foreign Ministry") belongs to
 * that organization, as the corpus guide's convention 3 reads it (person ->
 * agency -> country) when that organization is itself required (it acts
 * or employs someone its title names). Ambassadors and presidents keep
 * their country: their titles name no agency. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"

/* 1 if the word w[0..n) occurs, in any case, as a whole word of s. */
static int has_word(const char *s, const char *w, size_t n)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + n <= len; i++) {
        if ((i > 0 && isalnum((unsigned char)s[i - 1])) || strncasecmp(s + i, w, n) != 0)
            continue;
        if (i + n == len || !isalnum((unsigned char)s[i + n]))
            return 1;
    }
    return 0;
}

static int actor_has_word(const xactor *a, const char *w, size_t n)
{
    if (has_word(a->name, w, n))
        return 1;
    for (size_t k = 0; k < a->n_aliases; k++)
        if (has_word(a->aliases[k], w, n))
            return 1;
    return 0;
}

/* The next word of s at *p (letters, digits and hyphens), its length in
 * *n; NULL at the end. */
static const char *next_word(const char **p, size_t *n)
{
    const char *s = *p;
    while (*s && !isalnum((unsigned char)*s))
        s++;
    const char *w = s;
    while (*s && (isalnum((unsigned char)*s) || *s == '-'))
        s++;
    *p = s;
    *n = (size_t)(s - w);
    return *n ? w : NULL;
}

/* 1 if a word of s is in a class of mask2 (second word classes) or of
 * mask3 (third). */
static int has_class_word(const ag_vocab *v, const char *s, uint64_t mask2, uint64_t mask3)
{
    size_t n;
    for (const char *w; (w = next_word(&s, &n));) {
        uint64_t c2 = 0, c3 = 0;
        ag_vocab_classes3(v, w, n, NULL, &c2, &c3);
        if ((c2 & mask2) || (c3 & mask3))
            return 1;
    }
    return 0;
}

static int actor_has_class(const ag_vocab *v, const xactor *a, uint64_t mask2)
{
    if (has_class_word(v, a->name, mask2, 0))
        return 1;
    for (size_t k = 0; k < a->n_aliases; k++)
        if (has_class_word(v, a->aliases[k], mask2, 0))
            return 1;
    return 0;
}

/* 1 if every word of the title that is no office_word occurs in the
 * organization's name or aliases, and there is at least one such word. A
 * word that names the foreign service (fm_word) matches any other one
 * ("Foreign Secretary" of the "Ministry of External Affairs"). */
static int title_names(const xdoc *x, const char *title, const xactor *org)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    int own = 0;
    size_t n;
    for (const char *p = title, *w; (w = next_word(&p, &n));) {
        uint64_t cls2 = 0;
        ag_vocab_classes(v, w, n, NULL, &cls2);
        if (cls2 & WC2(OFFICE_WORD))
            continue;
        if (!actor_has_word(org, w, n) && !((cls2 & WC2(FM_WORD)) && actor_has_class(v, org, WC2(FM_WORD))))
            return 0;
        own = 1;
    }
    return own;
}

/* A title that serves a ministry without naming its portfolio: a
 * staff_title word, every word an office_word, none a head's, an envoy's
 * or an aide's ("Spokesperson", "Undersecretary", "Director General",
 * "Deputy Minister"; not "President", "Deputy Prime Minister",
 * "Ambassador", "Senior Adviser", "Permanent Representative"). */
static int staff_title(const xdoc *x, const char *title)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    int staff = 0;
    size_t n;
    for (const char *p = title, *w; (w = next_word(&p, &n));) {
        uint64_t c2 = 0, c3 = 0;
        ag_vocab_classes3(v, w, n, NULL, &c2, &c3);
        if (!(c2 & WC2(OFFICE_WORD)) || (c2 & (WC2(HEAD_TITLE) | WC2(ENVOY_TITLE) | WC2(AIDE_NOUN))))
            return 0;
        staff |= (c3 & WC3(STAFF_TITLE)) != 0;
    }
    return staff;
}

/* "the ministry said (on Monday, in a statement) it would recall": the
 * body speaks for itself, which is acting, unlike a report of what others
 * did ("the ministry said that X met Y"). */
static int says_it(const xdoc *x, size_t t, size_t end)
{
    int verb = 0;
    for (size_t k = t; k < end && k < t + 8 && k < x->t.n_toks; k++) {
        if (x->tok_chunk[k] >= 0 || x_tok_has(x, k, WC(CLAUSE_BREAK)))
            return 0;
        if (x_tok_has(x, k, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB)))
            verb = 1;
        else if (verb && x_tok_is(x, k, "it"))
            return 1;
    }
    return 0;
}

/* A required actor by the corpus line: the body acts (a relation of its
 * own, or it speaks for itself) or a title names it as someone's employer
 * (a member bound before this pass; the pass adds members only to bodies
 * that already employ, so the order of persons does not matter). A body
 * that is only the source of a report ("according to the Foreign
 * Ministry") is no parent for a minister whose title only shares its
 * words. */
static int employs(const xdoc *x, int o)
{
    return x->actors[o].in_relation || x->actors[o].n_members > 0 || x->actors[o].speaks;
}

/* "according to (a statement issued by) X": X at chunk c is a source. */
static int after_according(const xdoc *x, const xchunk *c, size_t lo)
{
    for (size_t k = c->t0; k > lo && k + 8 > c->t0; k--) {
        if (x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            return 0;
        if (x_tok_is(x, k - 1, "according") && x_tok_is(x, k, "to"))
            return 1;
    }
    return 0;
}

/* "X said (on Monday) that Y met Z": X at chunk c reports what another
 * actor did. */
static int reports_other(const xdoc *x, const xchunk *c, size_t hi)
{
    size_t k = c->t1;
    if (k >= hi || !x_tok_has(x, k, WC(SPEECH_VERB) | WC(NEWS_VERB) | WC(REPORT_VERB)))
        return 0;
    for (k++; k < hi && k < c->t1 + 6 && !x_tok_is(x, k, "that"); k++)
        ;
    if (k + 1 >= hi || !x_tok_is(x, k, "that"))
        return 0;
    k += x_tok_has(x, k + 1, WC(DETERMINER)) ? 2 : 1;
    int o = k < hi ? x->tok_chunk[k] : -1;
    return o >= 0 && x->chunks[o].actor != c->actor;
}

/* The reported words before token `end` (from the quote's opening, or
 * from `lo`, the sentence's start, when no quote closes there) hold a
 * hostile stance verb ("We firmly condemn this bloody attack by
 * extremists"): their speaker acts even when the verb names no target. */
static int hostile_report(const xdoc *x, size_t lo, size_t end)
{
    for (size_t k = end + 1; k-- > lo && k + 160 > end;) {
        ag_lx_hit hit;
        if (x_match(x, k, end + 1, KIND(AG_LX_VERB), &hit) && ag_lexicon_entry(x->lx, hit.entry)->polarity < 0)
            return 1;
        if (x->t.toks[k].flags & AG_TOK_OPENQ)
            return 0;
    }
    return 0;
}

/* Sentence `sent` gives a stance (its source may be the speaker's country). */
static int sentence_stance(const xdoc *x, int sent)
{
    for (size_t i = 0; i < x->n_rels; i++)
        if (x->rels[i].kind == AG_REL_STANCE && x->rels[i].sent == sent)
            return 1;
    return 0;
}

/* The verb put before its speaker after a quote, `...," said a Malaysian
 * Foreign Ministry statement`, `...," read the statement by the Azerbaijani
 * Foreign Ministry`: the token after the quote's close, else k unchanged. */
static size_t inverted_credit(const xdoc *x, size_t k, size_t lo)
{
    size_t j = k;
    int verb = 0;
    while (j > lo + 1 && j + 5 > k &&
           (x_tok_has(x, j - 1, WC(DETERMINER) | WC(SPEECH_VERB)) ||
            x_tok_has3(x, j - 1, WC3(CREDIT_VERB) | WC3(CREDIT_NOUN)) || x_tok_is(x, j - 1, "by"))) {
        verb |= x_tok_has(x, j - 1, WC(SPEECH_VERB)) || x_tok_has3(x, j - 1, WC3(CREDIT_VERB));
        j--;
    }
    if (j < k && x_tok_is(x, j - 1, ",") && !(x->t.toks[j - 1].flags & AG_TOK_CLOSEQ) && j - 1 > lo)
        j--;
    return verb && (x->t.toks[j - 1].flags & AG_TOK_CLOSEQ) ? j : k;
}

/* A trailing attribution: X at chunk c closes what it reports, `X and Y
 * held talks on Friday, the Russian Foreign Ministry said`, or a
 * headline's credit `Lavrov, Motegi Discussed Trade - Russian Ministry`;
 * and the reported words give no stance (they report a meeting, a visit,
 * another's words) and hold no hostile verb: a report's source. A quote's
 * speaker is never one. */
static int trails_report(const xdoc *x, const xchunk *c, size_t lo, size_t hi)
{
    size_t k = c->t0;
    if (k > lo && x_tok_has(x, k - 1, WC(DETERMINER)))
        k--;
    if (k <= lo + 1)
        return 0;
    /* A quote's speaker speaks in its own words (convention 4: the quoted
     * speaker holds what they say), however mild they read to us. */
    if (inverted_credit(x, k, lo) != k || (x->t.toks[k - 1].flags & AG_TOK_CLOSEQ))
        return 0;
    int comma = x_tok_is(x, k - 1, ",");
    int credit = (x_tok_is(x, k - 1, "-") || x_tok_is(x, k - 1, "\xe2\x80\x93")) && c->t1 == hi;
    if (!credit && (!comma || c->t1 >= hi || !x_tok_has(x, c->t1, WC(SPEECH_VERB))))
        return 0;
    /* "Earlier, the ministry declared that ...": an opening adverb's comma
     * ends no reported clause, and a verb that goes on to its own words
     * reports them itself. */
    if (comma && k < lo + 4)
        return 0;
    for (size_t j = c->t1 + 1; !credit && j < hi; j++)
        if (x_tok_is(x, j, "that") || x_tok_is(x, j, ":") || (x->t.toks[j].flags & AG_TOK_OPENQ))
            return 0;
    return !sentence_stance(x, c->sent) && !hostile_report(x, lo, k - 1);
}

/* One pass over the chunks, after the last pass: which organizations
 * speak for themselves, and which are only ever a report's source
 * (only_source: 1 before any mention that is no place, 2 while every such
 * mention is a source, 0 once one is not). Each chunk is read once, not
 * once per organization asked about. */
static void mark_sources(xdoc *x)
{
    for (size_t i = 0; i < x->n_actors; i++) {
        x->actors[i].speaks = 0;
        x->actors[i].only_source = 1;
    }
    for (size_t i = 0; i < x->n_chunks; i++) {
        const xchunk *c = &x->chunks[i];
        xactor *o = c->actor >= 0 ? &x->actors[c->actor] : NULL;
        if (!o || o->kind != AG_ACTOR_ORGANIZATION)
            continue;
        const ag_sentence *st = &x->t.sents[c->sent];
        if (!o->speaks && says_it(x, c->t1, st->tok_end))
            o->speaks = 1;
        if (!(c->flags & CH_LOC) && o->only_source)
            o->only_source = after_according(x, c, st->tok_start) || reports_other(x, c, st->tok_end) ||
                                     trails_report(x, c, st->tok_start, st->tok_end)
                                 ? 2
                                 : 0;
    }
}

int ag__x_report_source(const xdoc *x, int o)
{
    return x->actors[o].kind == AG_ACTOR_ORGANIZATION && !employs(x, o) && x->actors[o].only_source == 2;
}

/* The organizations that may employ a titled official: directly under a
 * country, more than a venue ("talks at the Foreign Ministry" employs no
 * one the text names), required (employs), as (country, organization)
 * sorted, so that each person reads only his country's few, not every
 * actor of the document. */
typedef struct {
    int country, org;
} employer;

static int cmp_employer(const void *pa, const void *pb)
{
    const employer *a = pa, *b = pb;
    return a->country != b->country ? (a->country > b->country) - (a->country < b->country)
                                    : (a->org > b->org) - (a->org < b->org);
}

static size_t employers(const xdoc *x, employer *out)
{
    size_t n = 0;
    for (size_t i = 0; i < x->n_actors; i++) {
        const xactor *o = &x->actors[i];
        if (o->kind == AG_ACTOR_ORGANIZATION && o->affil >= 0 && o->loc_mentions != o->mentions &&
            employs(x, (int)i))
            out[n++] = (employer){o->affil, (int)i};
    }
    qsort(out, n, sizeof *out, cmp_employer);
    return n;
}

/* The first of cand[0..n) (sorted by country) of country c. */
static size_t first_of(const employer *cand, size_t n, int c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cand[mid].country < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The one organization of country c (among cand[0..n), sorted by country)
 * whose name the title gives, else, for a staff_title, the one ministry
 * of c (a ministry_noun in its name: "the ministry's spokesperson",
 * "Undersecretary X" while the Ministry of Foreign Affairs acts); -1 if
 * none or several. */
static int titled_org(const xdoc *x, const employer *cand, size_t n, const char *title, int c)
{
    size_t lo = first_of(cand, n, c);
    int one = -1;
    for (size_t k = lo; k < n && cand[k].country == c; k++) {
        if (!title_names(x, title, &x->actors[cand[k].org]))
            continue;
        if (one >= 0)
            return -1;
        one = cand[k].org;
    }
    if (one >= 0 || !staff_title(x, title))
        return one;
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    for (size_t k = lo; k < n && cand[k].country == c; k++) {
        if (!has_class_word(v, x->actors[cand[k].org].name, 0, WC3(MINISTRY_NOUN)))
            continue;
        if (one >= 0)
            return -1;
        one = cand[k].org;
    }
    return one;
}

/* "Foreign Ministry Spokesperson X", "the Gulf state's foreign ministry
 * spokesperson, X": a title whose words before its last are a ministry
 * of the lexicon's agency types (a ministry_noun in its name) names the
 * person's employer, that ministry of his country: an actor of the text
 * even where it is named nowhere else. */
static void title_agencies(xdoc *x)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    size_t n0 = x->n_actors;
    for (size_t i = 0; i < n0 && !x->oom; i++) {
        const xactor *p = &x->actors[i];
        if (p->kind != AG_ACTOR_PERSON || !p->title || p->affil < 0 || x->actors[p->affil].kind != AG_ACTOR_COUNTRY)
            continue;
        const char *sp = strrchr(p->title, ' ');
        char w[64];
        size_t n = sp ? (size_t)(sp - p->title) : 0;
        if (!n || n >= sizeof w)
            continue;
        memcpy(w, p->title, n);
        w[n] = '\0';
        ag_lx_hit h[8];
        size_t nh = ag_lexicon_lookup(x->lx, w, h, 8);
        for (size_t k = 0; k < nh && k < 8; k++) {
            const ag_lx_entry *e = ag_lexicon_entry(x->lx, h[k].entry);
            if (e->kind != AG_LX_AGENCY || !has_class_word(v, e->name, 0, WC3(MINISTRY_NOUN)))
                continue;
            int a = ag__x_agency_actor(x, h[k].entry, p->affil);
            if (a < 0) {
                x->oom = 1;
                return;
            }
            if (!x->actors[a].mentions)
                x->actors[a].mentions = 1;
            ag__x_set_parent(x, (int)i, a);
            break;
        }
    }
}

/* Does chunk ch name a country in its own words ("the Estonian Ministry")? */
static int names_country(const xdoc *x, const xchunk *ch)
{
    for (size_t k = ch->t0; k < ch->t1; k++)
        if (x_match(x, k, ch->t1, KIND(AG_LX_COUNTRY), NULL))
            return 1;
    return 0;
}

/* The one country of the agencies that chunks before chunk c, in its
 * sentence and the two before, name with the words of title but without
 * their country ("The Ministry of Foreign Affairs summoned ... Foreign
 * Affairs Minister X said": the home's, from the subject or dateline);
 * -1 if none or several, or if c's sentence names a country before it.
 * ("The Estonian Ministry" too was worse on unseen text.) */
static int nearby_agency_country(const xdoc *x, size_t c, const char *title)
{
    int one = -1;
    for (size_t d = c; d-- > 0 && x->chunks[d].sent + 2 >= x->chunks[c].sent;) {
        const xchunk *ch = &x->chunks[d];
        if (ch->actor < 0 || (ch->flags & CH_LOC))
            continue;
        if (ch->sent == x->chunks[c].sent && !(ch->flags & (CH_ADJ | CH_NOMINAL)) &&
            x->actors[ch->actor].kind == AG_ACTOR_COUNTRY)
            return -1;
        if (x->actors[ch->actor].kind != AG_ACTOR_ORGANIZATION || x->actors[ch->actor].agency < 0)
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || !title_names(x, title, &x->actors[ch->actor]) ||
            names_country(x, ch))
            continue;
        if (one >= 0 && one != r)
            return -1;
        one = r;
    }
    return one;
}

/* A person whose country is only the text's guess, first named with a
 * title whose words name an agency of another country that the text has
 * just named bare, serves that agency's country: the ministry acts and its
 * minister speaks ("The Ministry of Foreign Affairs summoned the envoy of
 * Ghana. Foreign Affairs Minister X said", in a text naming Ghana most).
 * The agency itself follows (ag__x_office_affils). */
static void nearby_agency_guesses(xdoc *x)
{
    size_t left = 0; /* such guesses not yet met in the chunks: most texts have none */
    for (size_t i = 0; i < x->n_actors; i++)
        left += x->actors[i].affil_weak == 1 && x->actors[i].title;
    if (!left)
        return;
    unsigned char *seen = calloc(x->n_actors, 1);
    if (!seen) {
        x->oom = 1;
        return;
    }
    for (size_t c = 0; c < x->n_chunks && left; c++) {
        int p = x->chunks[c].actor;
        if (p < 0 || seen[p] || x->actors[p].kind != AG_ACTOR_PERSON)
            continue;
        seen[p] = 1;
        xactor *a = &x->actors[p];
        if (a->affil_weak != 1 || !a->title)
            continue;
        left--;
        if (x->actors[ag__x_root(x, p)].kind != AG_ACTOR_COUNTRY)
            continue;
        int r = nearby_agency_country(x, c, a->title);
        if (r >= 0 && r != ag__x_root(x, p)) {
            ag__x_bind_affil(x, p, r);
            ag__x_person_code(x, p, a->code && strlen(a->code) > 3 ? a->code + 3 : NULL);
        }
    }
    free(seen);
}

void ag__x_office_affils(xdoc *x)
{
    nearby_agency_guesses(x);
    title_agencies(x);
    mark_sources(x);
    employer *cand = malloc((x->n_actors ? x->n_actors : 1) * sizeof *cand);
    if (!cand) {
        x->oom = 1;
        return;
    }
    /* The pass adds members only to bodies that already employ (see
     * employs), so the candidates do not change while persons are filed. */
    size_t n = employers(x, cand);
    for (size_t i = 0; n && i < x->n_actors; i++) {
        xactor *p = &x->actors[i];
        if (p->kind != AG_ACTOR_PERSON || !p->title || p->affil < 0 ||
            x->actors[p->affil].kind != AG_ACTOR_COUNTRY)
            continue;
        int o = titled_org(x, cand, n, p->title, p->affil);
        if (o >= 0)
            ag__x_set_parent(x, (int)i, o);
    }
    free(cand);
}
