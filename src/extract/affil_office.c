/* affil_office.c — an official's agency from the words of his title. After
 * the last pass, a person affiliated with a country whose title's own words
 * (those that are no office_word: "foreign" in "Deputy Foreign Minister")
 * all occur in the name or an alias of the one organization of that
 * country the text names ("the Azerbaijani Foreign Ministry") belongs to
 * that organization, as the corpus guide's convention 3 reads it (person ->
 * agency -> country). Ambassadors and presidents keep their country: their
 * titles name no agency. */
#include <ctype.h>
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

/* 1 if every word of the title that is no office_word occurs in the
 * organization's name or aliases, and there is at least one such word. */
static int title_names(const xdoc *x, const char *title, const xactor *org)
{
    const ag_vocab *v = ag_lexicon_vocab(x->lx);
    int own = 0;
    for (const char *p = title; *p;) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        const char *w = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '-'))
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            continue;
        uint64_t cls2 = 0;
        ag_vocab_classes(v, w, n, NULL, &cls2);
        if (cls2 & WC2(OFFICE_WORD))
            continue;
        if (!actor_has_word(org, w, n))
            return 0;
        own = 1;
    }
    return own;
}

/* The one organization directly under country c whose name the title
 * gives; -1 if none or several. */
static int titled_org(const xdoc *x, const char *title, int c)
{
    int one = -1;
    for (size_t i = 0; i < x->n_actors; i++) {
        const xactor *o = &x->actors[i];
        /* A venue only ("talks at the Foreign Ministry") employs no one
         * the text names: its minister stays with the country. */
        if (o->kind != AG_ACTOR_ORGANIZATION || o->affil != c || o->loc_mentions == o->mentions ||
            !title_names(x, title, o))
            continue;
        if (one >= 0)
            return -1;
        one = (int)i;
    }
    return one;
}

void ag__x_office_affils(xdoc *x)
{
    for (size_t i = 0; i < x->n_actors; i++) {
        xactor *p = &x->actors[i];
        if (p->kind != AG_ACTOR_PERSON || !p->title || p->affil < 0 ||
            x->actors[p->affil].kind != AG_ACTOR_COUNTRY)
            continue;
        int o = titled_org(x, p->title, p->affil);
        if (o >= 0)
            ag__x_set_parent(x, (int)i, o);
    }
}
