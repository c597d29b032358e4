/* mention_person.c — officials: the person a title without a name means
 * ("the Turkish president"), the country a title that names none gets from
 * its context, the person named after a title and the affiliation its
 * title, possessor or apposition gives. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <stdint.h>
#include <strings.h>

#include "mention_int.h"

static const char *title_role(const title *T)
{
    return T->e && T->e->role && *T->e->role ? T->e->role : "GOV";
}

/* The first word of title t (lower case, as filed) has a class of cls2. */
static int title_word_is(const xdoc *x, const char *t, uint64_t cls2)
{
    uint64_t c2 = 0;
    ag_vocab_classes(ag_lexicon_vocab(x->lx), t, strcspn(t, " "), NULL, &c2);
    return (c2 & cls2) != 0;
}

/* The first word of title t has a class of cls3. */
static int title_word_is3(const xdoc *x, const char *t, uint64_t cls3)
{
    uint64_t c2 = 0, c3 = 0;
    ag_vocab_classes3(ag_lexicon_vocab(x->lx), t, strcspn(t, " "), NULL, &c2, &c3);
    return (c3 & cls3) != 0;
}

/* A word of title t before its last has a class of cls2. */
static int title_has_word(const xdoc *x, const char *t, uint64_t cls2)
{
    for (; strchr(t, ' '); t += strcspn(t, " ") + 1)
        if (title_word_is(x, t, cls2))
            return 1;
    return 0;
}

/* "Peru's top diplomat", "the head of Cuban diplomacy": a title of more
 * words whose last names the foreign service fits a person of that
 * country whose title is a foreign minister's ("Foreign Minister"). */
static int foreign_minister_of(const xdoc *x, const title *T, const xactor *a)
{
    const char *last = strrchr(T->key, ' ');
    return last && title_word_is(x, last + 1, WC2(FM_WORD)) && title_has_word(x, a->title, WC2(FM_WORD));
}

/* "the Egyptian leader": a title that names a country's head by no
 * office fits a person of that country whose title is a head's; so does
 * "the top Peruvian diplomat" its foreign minister. */
/* A word of the name of the organization a person belongs to is a
 * diplomatic mission's ("the American diplomatic mission in Moscow"). */
static int in_mission(const xdoc *x, const xactor *a)
{
    if (a->affil < 0 || x->actors[a->affil].kind != AG_ACTOR_ORGANIZATION)
        return 0;
    for (const char *w = x->actors[a->affil].name; w; w = strchr(w, ' ')) {
        w += *w == ' ';
        if (title_word_is(x, w, WC2(MISSION_NOUN) | WC2(MISSION_HEAD)))
            return 1;
    }
    return 0;
}

static int head_of(const xdoc *x, const title *T, int country, const xactor *a)
{
    if (country < 0 || !a->title)
        return 0;
    if (strchr(T->key, ' '))
        return foreign_minister_of(x, T, a);
    /* "Washington's ambassador" after "the head of the American diplomatic
     * mission, Lynn Tracy": an envoy is the head of his country's mission. */
    if (title_word_is(x, T->key, WC2(ENVOY_TITLE)))
        return !strchr(a->title, ' ') && title_word_is3(x, a->title, WC3(MISSION_CHIEF)) && in_mission(x, a);
    /* "the Estonian premier" after "Estonian Prime Minister X". */
    if (title_word_is3(x, T->key, WC3(PREMIER_TITLE)))
        return title_word_is3(x, a->title, WC3(PREMIER_TITLE));
    return title_word_is(x, T->key, WC2(HEAD_REFERENCE)) && title_word_is(x, a->title, WC2(HEAD_TITLE));
}

/* "the FM", "the PM": a title the lexicon writes as capital initials
 * stands for the title whose words they begin ("Foreign Minister"). */
int ag__m_abbreviated(const title *T)
{
    const char *n = T->e ? T->e->name : NULL;
    if (!n || strlen(n) < 2)
        return 0;
    for (const char *c = n; *c; c++)
        if (*c < 'A' || *c > 'Z')
            return 0;
    return 1;
}

static int initials_of(const title *T, const char *t)
{
    if (!t || !ag__m_abbreviated(T))
        return 0;
    for (const char *c = T->e->name; *c; c++) {
        if (!*t || *t != *c + 32)
            return 0;
        t += strcspn(t, " ");
        t += *t == ' ';
    }
    return !*t;
}

/* Initials that begin the last words of title t ("the CS" for "Foreign
 * Affairs Cabinet Secretary"): only where no title is spelled out whole. */
static int initials_end_of(const title *T, const char *t)
{
    size_t n = T->e ? strlen(T->e->name) : 0, words = 1;
    if (!t || !ag__m_abbreviated(T))
        return 0;
    for (const char *c = t; *c; c++)
        words += *c == ' ';
    for (; words > n; words--) {
        t += strcspn(t, " ");
        t += *t == ' ';
    }
    return words == n && initials_of(T, t);
}

/* A person already known with this title and country: "the Turkish
 * president", "her Solomon Islands counterpart", "the Egyptian leader". */
static int titled_as(const xdoc *x, const title *T, int country, int i)
{
    const xactor *a = &x->actors[i];
    if (a->kind != AG_ACTOR_PERSON)
        return 0;
    if (country >= 0 && ag__x_root(x, i) != ag__x_root(x, country))
        return 0;
    if (head_of(x, T, country, a) || initials_of(T, a->title))
        return 1;
    /* "the minister" is the last person titled "... minister". */
    if (!T->counterpart && (!a->title || (strcmp(a->title, T->key) != 0 &&
                                          !(country < 0 && !strchr(T->key, ' ') && ag__x_word_suffix(T->key, a->title)))))
        return 0;
    return !(T->counterpart && country < 0);
}

static int has_root(const xdoc *x, const xkey *k, int v) { return ag__x_root(x, v) == (int)k->a; }

static int has_title_root(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0 && ag__x_root(x, v) == (int)k->a;
}

static int has_title(const xdoc *x, const xkey *k, int v)
{
    return x->actors[v].title && strcmp(x->actors[v].title, k->s) == 0;
}

static int has_title_word(const xdoc *x, const xkey *k, int v)
{
    const char *t = x->actors[v].title;
    return t && (strcmp(t, k->s) == 0 || ag__x_word_suffix(k->s, t));
}

/* The first person of root r named whose title is a head's, for "the
 * Egyptian leader" (the index is only read: a person who is no head stays
 * filed for the others); -1 if none. */
static int first_head(const xdoc *x, const title *T, int r, int exclude)
{
    size_t n;
    const int *v = ag__x_index_all(x, &(xkey){XI_ROOT, NULL, r, 0}, &n);
    int best = -1;
    for (size_t i = 0; i < n; i++)
        if (v[i] != exclude && (best < 0 || v[i] < best) && ag__x_root(x, v[i]) == r &&
            head_of(x, T, r, &x->actors[v[i]]))
            best = v[i];
    return best;
}

int ag__m_person_by_title(xdoc *x, const title *T, int country, int exclude)
{
    /* The one who just spoke or was named, else the first one named: a
     * counterpart is met before others of the same country. */
    int met = T->counterpart && country >= 0 ? ag__x_met_of_root(x, exclude, ag__x_root(x, country)) : -1;
    if (met >= 0)
        return met;
    int best = -1;
    int recent[2] = {x->co.subject, x->co.person};
    for (int k = 0; k < 2; k++)
        if (recent[k] >= 0 && recent[k] != exclude && titled_as(x, T, country, recent[k]) &&
            (best < 0 || recent[k] < best))
            best = recent[k];
    if (best >= 0 || (T->counterpart && country < 0))
        return best;
    if (country >= 0) {
        int r = ag__x_root(x, country);
        if (T->counterpart)
            return ag__x_index_first(x, &(xkey){XI_ROOT, NULL, r, 0}, has_root, exclude);
        int q = ag__x_index_first(x, &(xkey){XI_TROOT, T->key, r, 0}, has_title_root, exclude);
        return q >= 0 ? q : first_head(x, T, r, exclude);
    }
    if (strchr(T->key, ' '))
        return ag__x_index_first(x, &(xkey){XI_TITLE, T->key, 0, 0}, has_title, exclude);
    int q = ag__x_index_first(x, &(xkey){XI_TSUF, T->key, 0, 0}, has_title_word, exclude);
    for (size_t i = 0; q < 0 && ag__m_abbreviated(T) && i < x->n_actors; i++) /* "the FM": the first named with the title spelled out */
        if ((int)i != exclude && x->actors[i].kind == AG_ACTOR_PERSON && initials_of(T, x->actors[i].title))
            q = (int)i;
    for (size_t i = 0; q < 0 && ag__m_abbreviated(T) && i < x->n_actors; i++)
        if ((int)i != exclude && x->actors[i].kind == AG_ACTOR_PERSON && initials_end_of(T, x->actors[i].title))
            q = (int)i;
    return q;
}

static void note_title(xdoc *x, int person, const title *T)
{
    if (person < 0 || !T->e)
        return;
    /* The same title again is filed already (under the person's current
     * root too: reroot keeps that). */
    const char *had = x->actors[person].title;
    /* "Minister Ramírez" after "the Foreign Affairs Minister, Rubén
     * Ramírez Lezcano": the fuller title stays (affil_office.c reads it). */
    if (!had || (strcmp(had, T->key) != 0 && !ag__x_word_suffix(T->key, had))) {
        x->actors[person].title = ag_arena_strdup(x->doc->arena, T->key);
        ag__x_index_title(x, person);
    }
    if (!x->actors[person].role)
        x->actors[person].role = title_role(T);
}

/* The holder's country of a title that names none, from an unnamed holder
 * of the same title in this or the two sentences before ("Beijing's
 * ambassador ... Ambassador Huang"); -1 if none. (The actor a sentence
 * opens with was tried too: better on the project set, worse on unseen
 * text.) */
static int nearby_holder(xdoc *x, const title *T)
{
    size_t cur = x->co.sent;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent + 2 < cur)
            break;
        if (!(ch->flags & CH_NOMINAL) || x->actors[ch->actor].kind == AG_ACTOR_PERSON)
            continue;
        for (size_t k = ch->t0; k < ch->t1; k++) {
            ag_lx_hit h;
            if (x_match(x, k, ch->t1, KIND(AG_LX_TITLE), &h) && ag_lexicon_entry(x->lx, h.entry) == T->e)
                return ch->actor;
        }
    }
    return -1;
}

/* "The White House ..., with Press Secretary X": a mention of a country by
 * its seat of government speaks for its government, as a possessive does. */
static int seat_form(xdoc *x, const xchunk *ch)
{
    ag_lx_hit h;
    size_t t0 = ch->t0 + (x_tok_has(x, ch->t0, WC(DETERMINER)) ? 1 : 0);
    return x_match(x, t0, ch->t1, KIND(AG_LX_COUNTRY), &h) && h.form == AG_FORM_SEAT;
}

/* "meetings with Trump's Special Assistant X, as well as Ambassador Y": a
 * person named in the possessive (not a pronoun) whose country is
 * evidence, not a guess, and whose staff the possessive names (a title or
 * aide_noun within its first three words) speaks for his country as
 * "Panama's" does. "Macron's decision surprised Minister Y" names an act
 * at Y, not his side. */
static int evident_possessor(const xdoc *x, const xchunk *ch, size_t at)
{
    const xactor *a = &x->actors[ch->actor];
    if (!(ch->flags & CH_POSS) || (ch->flags & CH_PRON) || a->affil < 0 || a->affil_weak)
        return 0;
    for (size_t q = ch->t1; q < at && q < ch->t1 + 4; q++)
        if (x_tok_has2(x, q, WC2(AIDE_NOUN)) || x_match(x, q, at, KIND(AG_LX_TITLE), NULL))
            return 1;
    return 0;
}

/* The one country that the sentence names before the title at `at`, in a
 * possessive (also an official's) or as an agency's country ("Panama's
 * stance ..., with Foreign Minister X"; "The White House ..., with Press
 * Secretary Y"); -1 if none or several. (Any country named before was
 * tried too: better on the project set, worse on unseen text.) */
static int sentence_country(xdoc *x, size_t at)
{
    int one = -1;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent != x->co.sent)
            break;
        if (ch->t1 > at || (ch->flags & (CH_LOC | CH_ADJ | CH_NOMINAL)) ||
            (x->actors[ch->actor].kind == AG_ACTOR_PERSON && !evident_possessor(x, ch, at)))
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY)
            continue;
        if (!(ch->flags & CH_POSS) && r == ch->actor && !seat_form(x, ch))
            continue;
        if (one >= 0 && one != r)
            return -1;
        one = r;
    }
    return one;
}

/* "President X was accompanied by Foreign Minister Y": the one country of
 * the persons the sentence names before a companion_verb that comes before
 * the title at `at`; -1 if none or several. */
static int companion_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, v = at;
    while (v > lo && !x_tok_has2(x, v - 1, WC2(COMPANION_VERB)))
        v--;
    if (v == lo)
        return -1;
    int one = -1;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if ((size_t)ch->sent != x->co.sent)
            break;
        const xactor *a = &x->actors[ch->actor];
        if (ch->t1 >= v || a->kind != AG_ACTOR_PERSON || a->affil < 0 || a->affil_weak)
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || (one >= 0 && one != r))
            return -1;
        one = r;
    }
    return one;
}

/* "welcomed by top Afghan officials including Chief of Protocol X", "The
 * Pakistan delegation comprises ... Y": the country of the group before a
 * member_word that comes before the title at `at`; -1 if none. */
static int member_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, v = at;
    while (v > lo && !x_tok_has2(x, v - 1, WC2(MEMBER_WORD)))
        v--;
    if (v <= lo + 1)
        return -1;
    size_t g = v - 1; /* the member word; the group noun just before it */
    if (!x_tok_has(x, g - 1, WC(OFFICIAL_NOUN)) && !x_tok_has2(x, g - 1, WC2(DELEGATION_NOUN)))
        return -1;
    for (size_t q = g - 1; q > lo && q + 3 > g; q--) {
        int c = x->tok_chunk[q - 1];
        if (c < 0)
            continue;
        int a = x->chunks[c].actor;
        return x->actors[a].kind == AG_ACTOR_PERSON ? -1 : ag__x_country_root(x, a);
    }
    return -1;
}

/* "In Chile, the minister met Defence Minister X", "In Oman, Government
 * Spokesperson Y said": a sentence that opens with a place frames it; a
 * title after the frame that names no country is of the place's country
 * (a tour's stop, a round-up of reactions). Another opening ("During her
 * visit to Malabo,") frames only the titles met after a meeting word: the
 * one who opens the clause is the visitor, as is a "visiting" minister. -1
 * if no such opening. */
static int frame_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, c = ag__m_sentence_first_chunk(x);
    if (c >= x->n_chunks)
        return -1;
    const xchunk *ch = &x->chunks[c];
    if (!(ch->flags & CH_LOC) || ch->t1 >= at || !x_tok_is(x, ch->t1, ",") ||
        x_tok_has2(x, at - 1, WC2(VISITOR_MODIFIER)))
        return -1;
    int met = ch->t0 == lo + 1 && x_tok_has(x, lo, WC(LOCATIVE_PREP));
    for (size_t k = ch->t1; k < at && !met; k++)
        met = x_match(x, k, at, KIND(AG_LX_MEET), NULL) != 0;
    return met ? ag__x_country_root(x, ch->actor) : -1;
}

/* "The US recognized Beijing under President X": a leader under whom
 * the sentence's subject acted is that subject's, when it is a country
 * named by itself (not a place, a demonym or a phrase after a
 * preposition); -1 if not so. */
static int under_subject_country(xdoc *x, size_t at)
{
    size_t lo = x->t.sents[x->co.sent].tok_start;
    if (at <= lo + 2 || !x_tok_is(x, at - 1, "under"))
        return -1;
    size_t c = ag__m_sentence_first_chunk(x);
    if (c >= x->n_chunks)
        return -1;
    const xchunk *ch = &x->chunks[c];
    if (ch->t1 >= at - 1 || (ch->flags & (CH_LOC | CH_ADJ | CH_NOMINAL | CH_PRON)) ||
        (ch->t0 > lo && x_tok_has(x, ch->t0 - 1, WC(PREPOSITION))) || x->actors[ch->actor].kind != AG_ACTOR_COUNTRY)
        return -1;
    return ch->actor;
}

/* The country of a government title that names none, from its context:
 * a holder named nearby (nearby_holder), the sentence's one country, the
 * persons a companion accompanies, the group a member belongs to, the
 * subject a leader acted "under", the place that frames the sentence; -1
 * if none. */
int ag__m_context_affiliation(xdoc *x, const title *T)
{
    int near = nearby_holder(x, T);
    if (near >= 0)
        return near;
    if ((near = sentence_country(x, T->start)) >= 0)
        return near;
    if ((near = companion_country(x, T->start)) >= 0)
        return near;
    if ((near = member_country(x, T->start)) >= 0)
        return near;
    if ((near = under_subject_country(x, T->start)) >= 0)
        return near;
    return frame_country(x, T->start);
}

/* The role of the lexicon agency type a body-less title's own words name
 * ("National Assembly Chairman X", "the Chairman Senate X": LEG), or NULL:
 * a title that belongs to whatever body it is attached to (role "") is a
 * state office when that body is one of a state's agencies. */
static const char *state_office_role(xdoc *x, const title *T)
{
    if (!T->e || (T->e->role && *T->e->role))
        return NULL;
    for (size_t k = T->start; k < T->end; k++) {
        ag_lx_hit h;
        if (x_match(x, k, T->end, KIND(AG_LX_AGENCY), &h)) {
            const ag_lx_entry *a = ag_lexicon_entry(x->lx, h.entry);
            return a->role && *a->role ? a->role : NULL;
        }
    }
    return NULL;
}

/* The country (or organization) of a title that names none: the title's
 * own default ("Secretary-General": United Nations), else, for government
 * titles, a holder named nearby (nearby_holder), else the country the
 * document has mentioned most so far (its dateline's counting once). */
int ag__m_default_affiliation(xdoc *x, const title *T)
{
    if (!T->e)
        return -1;
    if (T->e->affiliation) {
        long o = ag_lexicon_find(x->lx, AG_LX_ORG, T->e->affiliation);
        if (o < 0)
            o = ag_lexicon_find(x->lx, AG_LX_COUNTRY, T->e->affiliation);
        int a = o >= 0 ? ag__x_actor_for_lex(x, (uint32_t)o, 0) : -1;
        if (a >= 0)
            x->actors[a].mentions++; /* the title names it */
        return a;
    }
    if ((!T->e->role || !*T->e->role) && !state_office_role(x, T))
        return -1;
    int near = ag__m_context_affiliation(x, T);
    if (near >= 0)
        return near;
    if (x->pass == 2)
        return x->dominant;
    /* The dateline's country ("ISLAMABAD -") counts as one mention: where
     * the outlet writes is evidence before the text has named anyone
     * ("... made calls on President X" in its first sentence). */
    int best = -1, bs = 0;
    for (size_t c = 0; c < x->n_countries; c++) {
        int i = x->countries[c], dl = i == x->co.dateline;
        int sc = x->actors[i].mentions + dl;
        if ((x->actors[i].mentions > x->actors[i].loc_mentions || dl) && (best < 0 || sc > bs)) {
            best = i;
            bs = sc;
        }
    }
    return best;
}

/* "Saudi Arabia summoned Ambassador X", "The kingdom gave the envoy X 24
 * hours to leave": an envoy whom the country the sentence opens with
 * summons, expels or orders is posted to it, not its own; his guessed
 * country `guess` is then the other country the text names most. */
static int receiver_envoy_country(xdoc *x, const title *T, int guess)
{
    size_t lo = x->t.sents[x->co.sent].tok_start, k = T->start;
    int envoy = 0, acted = 0;
    for (size_t q = T->start; q < T->end && !envoy; q++)
        envoy = x_tok_has2(x, q, WC2(ENVOY_TITLE)) || x_tok_has2(x, q, WC2(ENVOY_HEAD));
    while (k > lo && !acted)
        acted = x_tok_has2(x, --k, WC2(RECEIVER_VERB) | WC2(ORDER_VERB));
    size_t c = ag__m_sentence_first_chunk(x);
    if (!envoy || !acted || c >= x->n_chunks || x->chunks[c].t1 > k)
        return guess;
    int r = ag__x_root(x, x->chunks[c].actor);
    /* The acting country by its name ("Saudi Arabia", "Riyadh") or its
     * formal noun ("the kingdom": Kingdom of Saudi Arabia), not by a
     * reference such as "the country", which may stand for the last
     * country named: the envoy's own. */
    size_t t0 = x->chunks[c].t0 + (x_tok_has(x, x->chunks[c].t0, WC(DETERMINER)) ? 1 : 0);
    if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY || (guess >= 0 && guess != r) ||
        !(x_match(x, t0, x->chunks[c].t1, KIND(AG_LX_COUNTRY), NULL) ||
          ag__m_formal_state_name(x, x->chunks[c].t1 - 1, r)))
        return guess;
    int best = -1;
    for (size_t q = 0; q < x->n_countries; q++) {
        int i = x->countries[q];
        if (i != r && x->actors[i].mentions > 0 && (best < 0 || x->actors[i].mentions > x->actors[best].mentions))
            best = i;
    }
    return best;
}

/* "Sri Lankan President X, Prime Minister Y": a title in a list, right
 * after a person whose country the text gave, takes that country (a guess
 * that evidence replaces); -1 if none. */
static int list_partner_country(const xdoc *x, size_t i)
{
    if (i < 2 || !(x_tok_is(x, i - 1, ",") || x_tok_is(x, i - 1, "and")) || x->tok_chunk[i - 2] < 0)
        return -1;
    int p = x->chunks[x->tok_chunk[i - 2]].actor;
    if (x->actors[p].kind != AG_ACTOR_PERSON || x->actors[p].affil < 0 || x->actors[p].affil_weak)
        return -1;
    return ag__x_country_root(x, p);
}

/* "President Luis Arce and Vice President David Choquehuanca of
 * Bolivia": the country after the second titled name is also the first
 * one's, when the text gave him none but a guess. i: the second title. */
static void coordinated_of(xdoc *x, size_t i, int country)
{
    if (i < 2 || !x_tok_and(x, i - 1) || x->tok_chunk[i - 2] < 0 || x->actors[country].kind != AG_ACTOR_COUNTRY)
        return;
    const xchunk *c = &x->chunks[x->tok_chunk[i - 2]];
    int a = c->actor;
    if (a < 0 || c->t1 != i - 1 || x->actors[a].kind != AG_ACTOR_PERSON || !x->actors[a].title ||
        (x->actors[a].affil >= 0 && !x->actors[a].affil_weak))
        return;
    ag__x_bind_affil(x, a, country);
}

/* Pass 1 guessed person p's country from the text read so far; at his
 * first mention in pass 2 a guess from the context (a partner whose
 * country the text gave later: "Prime Minister X and Minister Y ... X,
 * T&T's Prime Minister") replaces it. The country named most does not:
 * the count so far is the better guess there. */
static int guess_again(xdoc *x, int p, const title *T, int guess, int partner)
{
    return x->pass == 2 && x->actors[p].affil_weak == 1 && x->actors[p].mentions == 0 && guess >= 0 &&
           (partner >= 0 || ag__m_context_affiliation(x, T) == guess);
}

/* "Foreign Minister Ana Lima of Brazil": the country after the name of
 * person p (title at i, name ending at after); the token after it. */
static size_t name_of_country(xdoc *x, size_t i, size_t after, size_t end, int p)
{
    loc L = {-1, 0, 0, 0};
    size_t q = after + 1;
    if (!x_tok_is(x, after, "of"))
        return after;
    if (x_tok_is(x, q, "the"))
        q++;
    if (!parse_locator(x, q, end, &L) || (x_tflags(x, L.end - 1) & AG_TOK_POSS))
        return after;
    if (x->actors[p].affil < 0 || x->actors[p].affil == x->dominant || x->pass == 1)
        ag__x_set_parent(x, p, L.actor);
    x->actors[L.actor].mentions++;
    coordinated_of(x, i, L.actor);
    return L.end;
}

/* A named person after a title; affiliation from the locator or the
 * title's "of X". */
/* "President Santiago Peña", "Minister Victoria Tan": after a title, a
 * one-word capital followed by a name is a first name, not the
 * place. The name's length from n_at (*n0 = n_at), or 0. */
static size_t capital_first_name(const xdoc *x, size_t n_at, size_t end, size_t *n0)
{
    ag_lx_hit h;
    if (!ag__x_name_token(x, n_at) || x_match(x, n_at, end, KIND(AG_LX_COUNTRY), &h) != 1 ||
        h.form != AG_FORM_CAPITAL || (x_tflags(x, n_at) & AG_TOK_POSS))
        return 0;
    size_t r0;
    size_t nl = ag__x_scan_name(x, n_at + 1, end, &r0);
    if (!nl || r0 != n_at + 1 || nl > 2)
        return 0;
    *n0 = n_at;
    return nl + 1;
}

/* "Saudi King Salman": the title's words and the name together may be a
 * lexicon person's form ("King Salman"), which is then an alias; that
 * person, or -1. */
static int titled_lexicon_person(xdoc *x, size_t t0, size_t n0, size_t n1)
{
    for (size_t t = t0; t < n0; t++) {
        ag_lx_hit h;
        if (x_match(x, t, n1, KIND(AG_LX_PERSON), &h) == n1 - t) {
            int p = ag__x_actor_for_lex(x, h.entry, 0);
            if (p >= 0)
                ag__x_add_alias_span(x, p, t, n1);
            return p;
        }
    }
    return -1;
}

/* "deputy", "acting": a lower-case word of an office, no function word. */
static int lower_office_word(const xdoc *x, size_t k)
{
    return x->tok_chunk[k] < 0 && x_tok_has2(x, k, WC2(OFFICE_WORD)) && !(x_tflags(x, k) & AG_TOK_CAP) &&
           !x_tok_has(x, k, WC(DETERMINER) | WC(PREPOSITION)) && !x_tok_and(x, k);
}

/* "Arakan Army spokesperson X", "the Presidential Council head, X", "the
 * KNU deputy chief, X": an organization named right before the title
 * (no place, no adjective; lower-case office words such as "deputy"
 * between) employs the official; -1 if none. */
static int org_before_title(xdoc *x, size_t i)
{
    for (size_t n = 0; n < 2 && i > 0 && lower_office_word(x, i - 1); n++)
        i--;
    /* "the Lao National Assembly (NA) Chairwoman X": past the body's
     * acronym. */
    if (i > 3 && x_tok_is(x, i - 1, ")") && x_tok_is(x, i - 3, "(") && (x_tflags(x, i - 2) & AG_TOK_UPPER))
        i -= 3;
    int c = i > 0 ? x->tok_chunk[i - 1] : -1;
    if (c < 0 || x->chunks[c].t1 != i || (x->chunks[c].flags & (CH_LOC | CH_ADJ | CH_NOMINAL | CH_PRON)))
        return -1;
    int a = x->chunks[c].actor;
    if (x->actors[a].kind != AG_ACTOR_ORGANIZATION)
        return -1;
    /* The name modifies the title: the official, not the body, takes
     * part in what the clause tells. */
    x->chunks[c].flags |= CH_MOD;
    return a;
}

/* "Junta spokesperson X", "regime spokesman Y": the one country the text
 * called by that government noun ("the Myanmar junta"), not a guess;
 * -1 if none or several. */
static int government_before_title(xdoc *x, size_t i)
{
    for (size_t n = 0; n < 2 && i > 0 && lower_office_word(x, i - 1); n++)
        i--;
    if (i == 0 || x->tok_chunk[i - 1] >= 0 || !x_tok_has(x, i - 1, WC(GOVERNMENT_NOUN)))
        return -1;
    char w[64];
    ag_token_str(&x->t, i - 1, w, sizeof w);
    int one = -1;
    for (size_t q = 0; q < x->n_countries; q++) {
        const xactor *a = &x->actors[x->countries[q]];
        for (size_t k = 0; k < a->n_aliases; k++) {
            if (!ag__x_word_suffix(w, a->aliases[k]))
                continue;
            if (one >= 0 && one != x->countries[q])
                return -1;
            one = x->countries[q];
        }
    }
    return one;
}

/* Where the name after title T starts: past a comma, and past the body's
 * acronym in brackets ("Head of the Support Mission (UNSMIL), X"; not
 * after a second office: "Minister of X and chairman of the Council (C),
 * Y"). */
static size_t name_start(const xdoc *x, const title *T)
{
    size_t n_at = T->name_at ? T->name_at : T->end;
    if (T->of_actor >= 0 && !(T->start > 0 && x_tok_and(x, T->start - 1)) && x_tok_is(x, n_at, "(") &&
        x_tok_is(x, n_at + 2, ")") && (x_tflags(x, n_at + 1) & AG_TOK_UPPER) && x_tok_is(x, n_at + 3, ","))
        n_at += 3;
    return n_at + (x_tok_is(x, n_at, ",") ? 1 : 0);
}

/* The employer a possessive before the title names, or -1. */
static int possessor_parent(xdoc *x, const title *T)
{
    if (T->start < 1)
        return -1;
    /* "Kiir was represented by his foreign minister X": the country of
     * the person "his" stands for. */
    int who = ag__x_coref_possessor(x, T->start - 1);
    int r = who >= 0 ? ag__x_root(x, who) : -1;
    if (r >= 0 && r != who && x->actors[r].kind == AG_ACTOR_COUNTRY)
        return r;
    size_t k = T->start - 1; /* "its outgoing deputy prime minister X" */
    if (k >= 1 && x_tok_has2(x, k, WC2(NEW_MODIFIER)))
        k--;
    return ag__x_coref_its(x, k);
}

/* "Prime Minister of the Government of National Unity (GNU), X": the
 * acronym name_start skipped names the body later on. */
static void note_body_acronym(xdoc *x, const title *T, size_t n_at)
{
    size_t te = T->name_at ? T->name_at : T->end;
    if (T->of_actor >= 0 && n_at > te + 2 && x_tok_is(x, te, "(") &&
        x->actors[T->of_actor].kind == AG_ACTOR_ORGANIZATION)
        ag__x_coref_note_acronym(x, T->of_actor, te);
}

/* Files person p under parent, the office his title names. */
static void bind_office(xdoc *x, int p, int parent, const title *T)
{
    if (parent == T->of_actor && x->actors[p].lex >= 0 && x->actors[parent].kind == AG_ACTOR_ORGANIZATION &&
        ag__x_country_root(x, parent) < 0) {
        /* "Head of the West African Elders Forum, Goodluck Jonathan": the
         * office the text names outranks the country the lexicon gives a
         * known person (his former office). */
        ag__x_set_parent(x, p, parent);
        x->actors[p].affil_weak = 0;
    } else {
        ag__x_bind_affil(x, p, parent);
    }
}

/* "Chairperson of the Commission of ... States (ECCAS) X": the body's
 * acronym in brackets between its name and the holder's; its length. */
static size_t bracketed_acronym(const xdoc *x, const title *T, size_t n_at)
{
    return T->of_actor >= 0 && x_tok_is(x, n_at, "(") && x_tok_is(x, n_at + 2, ")") &&
                   (x_tflags(x, n_at + 1) & AG_TOK_CAP)
               ? 3
               : 0;
}

int ag__m_person_after_title(xdoc *x, size_t i, size_t end, const title *T, int loc_actor,
                              size_t *stop)
{
    size_t n_at = name_start(x, T);
    note_body_acronym(x, T, n_at);
    /* "Ambassador of Kazakhstan to the Republic of Tajikistan X", "Defence
     * Advisor of Maldives in India Colonel X": the post between an
     * official's country and the name. */
    loc Lp = {-1, 0, 0, 0};
    if (T->of_actor >= 0 && (x_tok_is(x, n_at, "to") || x_tok_is(x, n_at, "in")) &&
        parse_locator(x, n_at + 1 + x_tok_is(x, n_at + 1, "the"), end, &Lp) && !(x_tflags(x, Lp.end - 1) & AG_TOK_POSS))
        n_at = Lp.end;
    n_at += bracketed_acronym(x, T, n_at);
    /* "Speaker National Assembly X", "Chairman Senate Y": the body the
     * office heads, without "of", is no part of the name. */
    size_t bm = x_match(x, n_at, end, KIND(AG_LX_AGENCY) | KIND(AG_LX_ORG), NULL);
    if (bm && n_at + bm < end && ag__x_name_token(x, n_at + bm) &&
        !x_match(x, n_at + bm, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_TITLE), NULL))
        n_at += bm;
    size_t n0, nl = ag__x_scan_name(x, n_at, end, &n0);
    if (!nl)
        nl = capital_first_name(x, n_at, end, &n0);
    /* "Deputy Prime Minister of Thailand General Prawit Wongsuwan": a rank
     * or second title between the office of a country and the name. */
    const ag_lx_entry *e2 = NULL;
    size_t m2 = !nl && T->of_actor >= 0 ? title_core(x, n_at, end, &e2) : 0;
    if (m2 && e2)
        nl = ag__x_scan_name(x, n_at + m2, end, &n0);
    if (!nl)
        return -1;
    int p = titled_lexicon_person(x, T->start, n0, n0 + nl);
    if (p < 0)
        p = ag__x_person_for_name(x, n0, n0 + nl, 1);
    if (p < 0)
        return -1;
    int employer = org_before_title(x, i);
    int parent = T->of_actor >= 0 ? T->of_actor : loc_actor >= 0 ? loc_actor : employer;
    if (parent < 0)
        parent = government_before_title(x, i);
    /* "The US commander in Iraq, General David Petraeus": the title in
     * apposition before the name gives the country. */
    if (parent < 0 && i >= 2 && x_tok_is(x, i - 1, ",")) {
        /* Step back over places: "The US commander in Iraq, General ...". */
        size_t k = i - 1;
        while (k > 0 && x->tok_chunk[k - 1] >= 0 && (x->chunks[x->tok_chunk[k - 1]].flags & CH_LOC)) {
            k = x->chunks[x->tok_chunk[k - 1]].t0;
            if (k > 0 && ag__m_is_locative_prep(x, k - 1))
                k--;
        }
        if (k > 0 && x->tok_chunk[k - 1] >= 0) {
            const xchunk *c = &x->chunks[x->tok_chunk[k - 1]];
            if ((c->flags & CH_NOMINAL) && x->actors[c->actor].kind != AG_ACTOR_PERSON)
                parent = c->actor;
        }
    }
    /* "the Afghan president's spokesman X", "PM's Press Secretary X": the
     * country of the office that owns the title. */
    if (parent < 0 && i >= 2 && (x_tflags(x, i - 1) & AG_TOK_POSS) && x->tok_chunk[i - 2] >= 0 &&
        (x->chunks[x->tok_chunk[i - 2]].flags & CH_NOMINAL)) {
        int r = ag__x_root(x, x->chunks[x->tok_chunk[i - 2]].actor);
        if (r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY)
            parent = r;
    }
    if (parent < 0)
        parent = possessor_parent(x, T);
    /* "ministry spokeswoman Maria Zakharova": the body named before. */
    if (parent < 0 && i >= 1 && !(x_tflags(x, i - 1) & AG_TOK_CAP))
        parent = ag__x_coref_head(x, i - 1);
    if (parent >= 0) {
        bind_office(x, p, parent, T);
    } else {
        /* A guess, which evidence that binds the person replaces (called
         * every time: a title's own organization counts as mentioned). */
        int guess = receiver_envoy_country(x, T, ag__m_default_affiliation(x, T));
        int partner = T->e && !T->e->affiliation ? list_partner_country(x, i) : -1;
        if (partner >= 0)
            guess = partner;
        int again = guess_again(x, p, T, guess, partner);
        if (again)
            ag__x_set_parent(x, p, guess);
        if (x->actors[p].affil < 0 || again) {
            ag__x_set_affil(x, p, guess);
            /* 2: the country of the partner before a comma ("Sri Lankan
             * President X, Prime Minister Y"), which his meetings keep;
             * "between A and B" may join two sides. */
            int w = partner >= 0 && x_tok_is(x, i - 1, ",") ? 2 : 1;
            x->actors[p].affil_weak = x->actors[p].affil >= 0 ? w : 0;
        }
    }
    note_title(x, p, T);
    size_t after = T->of_actor < 0 && loc_actor < 0 ? name_of_country(x, i, n0 + nl, end, p) : n0 + nl;
    const char *state = state_office_role(x, T);
    ag__x_person_code(x, p, state ? state : title_role(T));
    ag__x_add_alias_span(x, p, n0, n0 + nl);
    *stop = after;
    return p;
}

/* ", presidential aide to Russian President Vladimir Putin", ", an adviser
 * to the Iranian foreign minister": the country of the official served,
 * or -1. */
static int aide_country(xdoc *x, size_t k, size_t end)
{
    size_t j = k + 1, q;
    if (!x_tok_is(x, k, ","))
        return -1;
    if (x_tok_has(x, j, WC(DETERMINER)))
        j++;
    for (q = j; q < end && q < j + 3 && !x_tok_has2(x, q, WC2(AIDE_NOUN)); q++)
        if (x_tflags(x, q) & AG_TOK_CAP)
            return -1;
    if (!x_tok_has2(x, q, WC2(AIDE_NOUN)) || !x_tok_is(x, q + 1, "to"))
        return -1;
    q += 2 + (x_tok_is(x, q + 2, "the") ? 1 : 0);
    loc L = {-1, 0, 0, 0};
    title T;
    if (!parse_locator(x, q, end, &L) || L.is_org || !ag__m_parse_title(x, L.end, end, 1, &T) || !T.e)
        return -1;
    return x->actors[L.actor].kind == AG_ACTOR_COUNTRY ? L.actor : -1;
}

/* "met A, Undersecretary of Defence, B, and C": a title between commas
 * in a list is the next name's when that name has no title of its own
 * after it (", B, Minister of Y," keeps the title with A).  t: the token
 * after the title. */
/* ", B" or ", Mr B" at t: the token after the name, or 0. */
static size_t comma_name(const xdoc *x, size_t t, size_t end)
{
    size_t a0, len = x_tok_is(x, t, ",") ? ag__x_scan_name(x, t + 1, end, &a0) : 0;
    if (!len || (a0 != t + 1 && !x_tok_has(x, t + 1, WC(HONORIFIC))))
        return 0;
    return a0 + len;
}

static int titles_next_in_list(xdoc *x, size_t t, size_t end)
{
    size_t k = comma_name(x, t, end);
    if (!k)
        return 0;
    if (k >= end || x_tok_is(x, k, "."))
        return 1;
    if (!x_tok_is(x, k, ",") && !x_tok_and(x, k))
        return 0;
    size_t j = k + 1 + (k + 1 < end && x_tok_has(x, k + 1, WC(DETERMINER)));
    title T;
    return !(x_tok_is(x, k, ",") && ag__m_parse_title(x, j, end, 0, &T) && T.e);
}

/* ", former Vice-President of Mauritius and Deputy Chairperson of the
 * Panel": after a former office, the current one of an organization's
 * body, joined by "and" at k; that body (or organization), or -1. */
static int current_org_office(xdoc *x, size_t k, size_t end)
{
    title T;
    if (!x_tok_and(x, k) || !ag__m_parse_title(x, k + 1, end, 0, &T) || !T.e || T.of_actor < 0)
        return -1;
    int r = ag__x_root(x, T.of_actor);
    return r >= 0 && x->actors[r].kind == AG_ACTOR_ORGANIZATION ? T.of_actor : -1;
}

/* Does the title chain that goes on at t end in a name ("... Natalia
 * Gherman")?  It may go on by a second title ("Special Representative of
 * the UN | Secretary-General X"), a place ("in Central Asia"), or a comma
 * and a further title (", Head of the Centre X"): then the chain titles
 * the next person of a list, not the one before it. */
static int chain_names(xdoc *x, size_t t, size_t end, int depth)
{
    size_t a0;
    if (t >= end || depth < 0)
        return 0;
    if (ag__x_scan_name(x, t, end, &a0) && a0 == t)
        return 1;
    title T;
    loc L = {-1, 0, 0, 0};
    if ((ag__m_is_locative_prep(x, t) || x_tok_is(x, t, "to")) && /* an envoy's post: "to Tajikistan" */
        parse_locator(x, t + 1 + x_tok_is(x, t + 1, "the"), end, &L) && L.end > t + 1)
        return chain_names(x, L.end, end, depth - 1);
    size_t j = t;
    if (x_tok_is(x, t, ","))
        j = t + 1 + (t + 1 < end && x_tok_has(x, t + 1, WC(DETERMINER)));
    else if (!(x_tflags(x, t) & AG_TOK_CAP))
        return 0;
    return ag__m_parse_title(x, j, end, 0, &T) && T.e && T.end > j && chain_names(x, T.end, end, depth - 1);
}

/* ", Minister of Industry Nasser Ali Al Kindi, ...": the descriptive tail
 * of title T read as an appositive ends in the name of the next person of
 * a list: two to five capitalized name words (particles too) after a
 * portfolio word that no name holds ("Industry": not_name). */
static int name_in_tail(xdoc *x, size_t tj, size_t end, const title *T)
{
    size_t p = ag__m_tail_name_run(x, tj, T->end), a0;
    if (!p || !(x_tflags(x, p - 1) & AG_TOK_CAP))
        return 0;
    /* The office's words only: "Minister of Homeland Security toured a
     * Security Technology Mini Expo" holds a clause, not a name. */
    for (size_t q = tj; q < p; q++)
        if (!(x_tflags(x, q) & AG_TOK_CAP) && !x_tok_is(x, q, "of") && !x_tok_and(x, q) && !x_tok_is(x, q, "the") &&
            !x_tok_is(x, q, "for"))
            return 0;
    size_t nn = ag__x_scan_name(x, p, end, &a0);
    return nn >= 2 && a0 == p;
}

/* ", who heads Uganda's foreign ministry", ", who serves as Kenya's
 * envoy": the agency, organization or country the office verb at v
 * names, or -1. */
static int clause_body(xdoc *x, size_t v, size_t end)
{
    /* A past office ("who headed ..."): a person, in no office now. */
    if (!x_tok_has3(x, v, WC3(OFFICE_VERB)))
        return x_tok_has2(x, v, WC2(LEAD_VERB)) ? -1 : -2;
    size_t q = v + 1 + x_tok_is(x, v + 1, "as");
    q += x_tok_is(x, q, "the");
    int body = -1;
    loc L = {-1, 0, 0, 0};
    if (parse_agency(x, q, end, &body) && body >= 0)
        return body;
    return parse_locator(x, q, end, &L) ? L.actor : -1;
}

/* ", President Ruto's chief of staff", ", Ruto's spokesman", ", the
 * ministry's spokesman": a title held under a possessor whose words start
 * at j; the possessor's employer (the country of a head of state, the
 * organization of its secretary-general; the agency "the ministry" is),
 * -1 when it has none, -2 when no such title is there. */
static int possessed_title_body(xdoc *x, size_t j, size_t end)
{
    title T;
    size_t n0, nl, at = j;
    if (!(x_tflags(x, j) & AG_TOK_CAP)) { /* "the ministry's spokesman" */
        if (!(x_tflags(x, j + 1) & AG_TOK_POSS) || !ag__m_parse_title(x, j + 2, end, 0, &T) || !T.e)
            return -2;
        return ag__x_coref_head(x, j);
    }
    if (ag__m_parse_title(x, j, end, 1, &T) && T.e)
        at = T.end;
    nl = ag__x_scan_name(x, at, end, &n0);
    if (!nl || n0 != at || !(x_tflags(x, n0 + nl) & AG_TOK_POSS) || !ag__m_parse_title(x, n0 + nl + 1, end, 0, &T) ||
        !T.e)
        return -2;
    int who = ag__x_person_for_name(x, n0, n0 + nl, 0);
    if (who < 0 && at == j) /* a bare name: only a person known before */
        return -2;
    int r = ag__x_root(x, who);
    return r != who ? r : -1;
}

/* An apposition at the comma k that gives the name before it an office
 * by the body it serves, in words other than a title of that body: a
 * relative clause with an office verb or a title under a possessor. The
 * body (-1: none named), or -2 if there is no such apposition. */
int ag__m_office_apposition(xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, ",") || k + 3 >= end)
        return -2;
    if (x_tok_is(x, k + 1, "who"))
        return clause_body(x, k + 2, end);
    size_t j = k + 1 + x_tok_is(x, k + 1, "the");
    /* Cheap first: a possessive within the next five words. */
    size_t q = j;
    while (q < end && q < j + 5 && !(x_tflags(x, q) & AG_TOK_POSS))
        q++;
    return q < end && q < j + 5 ? possessed_title_body(x, j, end) : -2;
}

/* Appositive after a name: ", the Spokesperson for the State Department",
 * ", Prime Minister of Kosovo", ", the Cuban President". pretitled: the
 * name came after a title of its own ("Foreign Minister of Iraq, Dr A,
 * Foreign Minister of Egypt, Mr B"): a title followed by ", <name>" is then
 * the next person's, in a list of "Title, Name" items. */
size_t ag__m_appositive(xdoc *x, size_t k, size_t end, int person, int pretitled)
{
    size_t k0 = k;
    /* ", JP,", ", S.C., M.P.,": letters after the name, then its title. */
    while (x_tok_is(x, k, ",") && x_tok_has3(x, k + 1, WC3(POSTNOMINAL)) && x_tok_is(x, k + 2, ","))
        k += 2;
    if (!x_tok_is(x, k, ","))
        return 0;
    int served = aide_country(x, k, end);
    int office = served < 0 ? ag__m_office_apposition(x, k, end) : -2;
    if (office > -2) {
        /* The body's own words stay mentions of their own. */
        if (office >= 0 && (x->actors[person].affil < 0 || x->actors[person].affil_weak)) {
            ag__x_bind_affil(x, person, office);
            ag__x_person_code(x, person, NULL);
        }
        return 0;
    }
    if (served >= 0 && (x->actors[person].affil < 0 || x->actors[person].affil_weak)) {
        ag__x_bind_affil(x, person, served);
        ag__x_person_code(x, person, NULL);
        return 0;
    }
    size_t j = k + 1;
    if (x_tok_has(x, j, WC(DETERMINER)))
        j++;
    int former = x_tok_has2(x, j, WC2(TITLE_MODIFIER));
    if (former) /* ", the former US ambassador" */
        j++;
    loc L = {-1, 0, 0, 0};
    int has_loc = parse_locator(x, j, end, &L);
    size_t tj = has_loc ? L.end : j;
    title T;
    /* ", his Kenyan counterpart": a counterpart has no title entry, and its
     * adjective is its country. */
    if (!ag__m_parse_title(x, tj, end, 0, &T) || (!T.e && !(T.counterpart && has_loc && !L.is_org)))
        return 0;
    /* ", charge d'affaires Jaime Serrano": the title of the next person. */
    if (chain_names(x, T.end, end, 3) || titles_next_in_list(x, T.end, end) ||
        (pretitled && comma_name(x, T.end, end)) || name_in_tail(x, tj, end, &T))
        return 0;
    int parent = T.of_actor >= 0 ? T.of_actor : has_loc ? L.actor : -1;
    int body = former ? current_org_office(x, T.end, end) : -1;
    size_t tend = T.end;
    title T2;
    /* ", Deputy Special Representative of the Secretary-General and Acting
     * Head of the UN Mission in Libya": two offices, and only the second
     * names its body, which employs the person. */
    if (parent < 0 && body < 0 && x_tok_is(x, T.end, "and") && ag__m_parse_title(x, T.end + 1, end, 0, &T2) && T2.e &&
        T2.of_actor >= 0 && !chain_names(x, T2.end, end, 3) && !titles_next_in_list(x, T2.end, end) &&
        !(pretitled && comma_name(x, T2.end, end))) {
        parent = T2.of_actor;
        tend = T2.end;
        ag__m_title_count(x, &T2, tend);
    }
    ag__m_title_count(x, &T, T.end);
    if (body >= 0) {
        ag__x_set_parent(x, person, body);
        x->actors[person].affil_weak = 0;
    } else if (parent >= 0) {
        ag__x_bind_affil(x, person, parent);
    } else if (x->actors[person].affil < 0) {
        /* ", Minister of Homeland Security": a title that names no
         * country gets the guess a title before the name gets. */
        int guess = T.e && !T.e->affiliation ? ag__m_context_affiliation(x, &T) : ag__m_default_affiliation(x, &T);
        ag__x_set_affil(x, person, receiver_envoy_country(x, &T, guess));
        x->actors[person].affil_weak = x->actors[person].affil >= 0;
    }
    note_title(x, person, &T);
    ag__x_person_code(x, person, title_role(&T));
    return tend - k0;
}
