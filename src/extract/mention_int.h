/* mention_int.h — what the three files of mention finding share:
 * mention_title.c (locators, agencies, titles), mention_person.c
 * (officials by title, default affiliations, persons after titles and in
 * apposition) and mention.c (chunks and the patterns of a mention). Internal
 * to src/extract; the ag__m_ prefix keeps them apart from the library. */
#ifndef AG_MENTION_INT_H
#define AG_MENTION_INT_H

#include "extract_int.h"

typedef struct loc {
    int actor;
    size_t end;
    int is_org;
    ag_lx_form form;
} loc;

typedef struct title {
    size_t start, end;
    const ag_lx_entry *e;
    char key[96];
    int of_actor;     /* "Prime Minister of Kosovo" -> Kosovo */
    size_t name_at;   /* where a name inside a long tail starts, or 0 */
    int counterpart;
    /* The countries and bodies the tail names (and where): counted as
     * mentions by ag__m_title_count when a caller commits the title, so a
     * title parsed only as a probe counts nothing. */
    int named[3];
    size_t named_at[3];
    int n_named;
} title;

/* mention_title.c */
void ag__m_locator_fill(xdoc *x, size_t i, size_t end);
size_t ag__m_title_core_known(xdoc *x, size_t i, size_t end, const ag_lx_entry **e, uint8_t *known);
size_t ag__m_sentence_first_chunk(const xdoc *x);
int ag__m_venue_prep(const xdoc *x, size_t i);
int ag__m_bare_agency_country(const xdoc *x, size_t i);
int ag__m_bare_agency_country_by(const xdoc *x, size_t i, int *by_dateline);
size_t ag__m_parse_agency(xdoc *x, size_t i, size_t end, int *actor);
/* ag__m_parse_title (below) once title words [i, i + m) of entry e are found. */
int ag__m_parse_title_at(xdoc *x, size_t i, size_t end, int pre_name, title *T, size_t m, const ag_lx_entry *e);
/* Count the mentions title T's tail names before token stop (the end of
 * the words the caller consumed). */
void ag__m_title_count(xdoc *x, const title *T, size_t stop);
/* Where the 2-5 name words ending title tail k+1 .. r start, or 0 */
size_t ag__m_tail_name_run(const xdoc *x, size_t k, size_t r);
int ag__m_is_locative_prep(const xdoc *x, size_t i);

/* mention_person.c */
int ag__m_abbreviated(const title *T);
int ag__m_person_by_title(xdoc *x, const title *T, int country, int exclude);
int ag__m_context_affiliation(xdoc *x, const title *T);
int ag__m_default_affiliation(xdoc *x, const title *T);
int ag__m_person_after_title(xdoc *x, size_t i, size_t end, const title *T, int loc_actor, size_t *stop);
size_t ag__m_appositive(xdoc *x, size_t k, size_t end, int person, int pretitled);
/* The body an apposition at comma k names by an office verb ("who heads
 * X") or a possessed title ("President Y's chief of staff"); -1 if it
 * names none, -2 if there is no such apposition. */
int ag__m_office_apposition(xdoc *x, size_t k, size_t end);

/* mention.c */
int ag__m_formal_state_name(const xdoc *x, size_t k, int c);

/* parse_locator_at through x->locmemo: the same answer, and the same
 * fields of *L written, as the first call at (i, end) for this token. */
static inline int parse_locator(xdoc *x, size_t i, size_t end, loc *L)
{
    const struct xlocmemo *m = &x->locmemo;
    if (m->at != i || m->end != end)
        ag__m_locator_fill(x, i, end);
    if (m->set)
        *L = (loc){m->actor, m->lend, m->is_org, (ag_lx_form)m->form};
    return m->rc;
}

/* Where x->tknown keeps what holds at i to the end: within the sentence
 * being read and to its end, or NULL. */
static inline uint8_t *known_at(xdoc *x, size_t i, size_t end)
{
    const ag_sentence *s = &x->t.sents[x->co.sent];
    return x->tknown && i >= s->tok_start && i < s->tok_end && end == s->tok_end ? &x->tknown[i] : NULL;
}

/* title_core_at, whose "none" (where *e is not written) is kept in
 * x->tknown: asked again at the same words in both passes. Within the
 * sentence being read and to its end, the answer depends on the words
 * alone (lower_office_chain reads x->sent_cls of that sentence). */
static inline size_t title_core(xdoc *x, size_t i, size_t end, const ag_lx_entry **e)
{
    uint8_t *known = known_at(x, i, end);
    if (known && (*known & XT_NO_TITLE))
        return 0;
    return ag__m_title_core_known(x, i, end, e, known);
}

/* The title at i (before end) into *T: 1, or 0 if none. Inline to the
 * test of its first words: most calls find none, and mostly from
 * x->tknown, where a call's frame would cost more than the answer. */
static inline int ag__m_parse_title(xdoc *x, size_t i, size_t end, int pre_name, title *T)
{
    /* Field by field: the key is written only for a title that is found. */
    T->start = i;
    T->end = 0;
    T->e = NULL;
    T->key[0] = '\0';
    T->of_actor = -1;
    T->name_at = 0;
    T->counterpart = 0;
    T->n_named = 0;
    const ag_lx_entry *e = NULL;
    size_t m = title_core(x, i, end, &e);
    return m ? ag__m_parse_title_at(x, i, end, pre_name, T, m, e) : 0;
}

/* ag__m_parse_agency, whose "none" x->tknown keeps, asked inline first. */
static inline size_t parse_agency(xdoc *x, size_t i, size_t end, int *actor)
{
    const uint8_t *known = known_at(x, i, end);
    return known && (*known & XT_NO_AGENCY) ? 0 : ag__m_parse_agency(x, i, end, actor);
}

#endif
