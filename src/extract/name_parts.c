/* name_parts.c — word tests of person-name scanning (actors.c, scan_name)
 * that look at a word's parts or its neighbours: a patronymic particle
 * after a title word ("Sultan bin Ahmed": a given name, not the title), a
 * hyphenated title ("Chairperson-in-Office", "President-elect") and a
 * hyphenated pair of places ("Johor-Singapore Special Economic Zone"),
 * which are no name words. */
#include <string.h>
#include <strings.h>

#include "extract_int.h"

/* "bin", "ibn", "bint": "son/daughter of", always followed by a name. */
static int patronymic(const xdoc *x, size_t i)
{
    return x_tok_has(x, i, WC(NAME_PARTICLE)) && x_tok_has3(x, i, WC3(PATRONYMIC));
}

int ag__x_patronym_after(const xdoc *x, size_t k, size_t end, int in_patronymic)
{
    if (k + 2 >= end || !(x_tflags(x, k + 2) & AG_TOK_CAP))
        return 0;
    /* Inside a name that already had a particle, any particle then a name
     * follows a name word: "Sultan bin Ahmed Sultan Al Jaber". */
    return in_patronymic ? x_tok_has(x, k + 1, WC(NAME_PARTICLE)) : patronymic(x, k + 1);
}

/* Lexicon hits of bytes s[0..n) as one phrase, of a kind in `kinds`. */
static int part_is(const xdoc *x, const char *s, size_t n, unsigned kinds)
{
    char w[64];
    if (n == 0 || n >= sizeof w)
        return 0;
    memcpy(w, s, n);
    w[n] = '\0';
    ag_lx_hit hits[8];
    size_t nh = ag_lexicon_lookup(x->lx, w, hits, 8);
    for (size_t k = 0; k < nh && k < 8; k++) {
        const ag_lx_entry *e = ag_lexicon_entry(x->lx, hits[k].entry);
        if ((kinds & KIND(e->kind)) &&
            (e->kind != AG_LX_COUNTRY || hits[k].form == AG_FORM_NAME || hits[k].form == AG_FORM_CAPITAL))
            return 1;
    }
    return 0;
}

int ag__x_hyphen_not_name(const xdoc *x, size_t i)
{
    const char *w = x->text + x->t.toks[i].start;
    size_t n = x->t.toks[i].end - x->t.toks[i].start;
    const char *h = memchr(w, '-', n);
    if (!h || h == w || h + 1 >= w + n)
        return 0;
    /* "Chairperson-in-Office", "President-elect": a title and lower-case
     * words joined to it. */
    if (h[1] >= 'a' && h[1] <= 'z')
        return part_is(x, w, (size_t)(h - w), KIND(AG_LX_TITLE));
    /* "Johor-Singapore", "Bahru-Singapore": a compound of places names a
     * link or zone between them; a word the lexicon knows whole
     * ("Guinea-Bissau") is left to it. */
    if (x_tok_has(x, i, WC(FORM_WORD)))
        return 0;
    for (const char *p = w; p < w + n;) {
        const char *q = memchr(p, '-', (size_t)(w + n - p));
        size_t len = q ? (size_t)(q - p) : (size_t)(w + n - p);
        if (part_is(x, p, len, KIND(AG_LX_COUNTRY) | KIND(AG_LX_PLACE)))
            return 1;
        p += len + 1;
    }
    return 0;
}

/* The transliteration key of word w[0..n) into out (cap bytes): ASCII
 * letters lower-cased, 'y' as 'i', doubled letters once and a final 'h'
 * dropped ("Khoury" and "Khouri", "Mohammed" and "Mohamed", "Dbeibah" and
 * "Dbeiba"). 0 when the word has other bytes or is short. */
static size_t translit_key(const char *w, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c < 'a' || c > 'z')
            return 0;
        if (c == 'y')
            c = 'i';
        if (k > 0 && out[k - 1] == c)
            continue;
        if (k + 1 >= cap)
            return 0;
        out[k++] = c;
    }
    if (k > 0 && out[k - 1] == 'h')
        k--;
    out[k] = '\0';
    return k >= 5 ? k : 0;
}

/* The last word of a name: its start, and its length in *n. */
static const char *last_name_word(const char *name, size_t *n)
{
    const char *s = strrchr(name, ' ');
    s = s ? s + 1 : name;
    *n = strlen(s);
    return s;
}

void ag__x_index_variant(xdoc *x, int i)
{
    size_t n;
    const char *name = x->actors[i].name, *sur = last_name_word(name, &n);
    char key[64];
    if (sur == name || !translit_key(sur, n, key, sizeof key))
        return; /* a single word or no key: never a variant (below) */
    /* Filed under the key's hash, not a copy of it: a lookup tests each
     * person it finds by its present name anyway. */
    ag__x_index_add(x, &(xkey){XI_TRANSLIT, NULL, (long)ag__x_key_str(key), 0}, i);
}

/* 1 if person a (by its present name) is a variant of name, whose
 * surname sur (ns bytes, pre bytes of words before it) has key `key`. */
static int variant_of(const xactor *a, const char *name, const char *sur, size_t ns, size_t pre, const char *key)
{
    if (a->kind != AG_ACTOR_PERSON)
        return 0;
    size_t na;
    const char *as = last_name_word(a->name, &na);
    char other[64];
    /* A surname alone, or the same words before it; a surname spelt
     * alike is left to the callers' rules ("Mohamed Ali Hassan" is not
     * "Mohamed Hassan"'s variant but maybe his full name). */
    /* Spellings of one name share their first letter. */
    if (as == a->name || ((as[0] ^ sur[0]) & ~32) || (pre && ((size_t)(as - a->name) != pre || strncasecmp(a->name, name, pre) != 0)) ||
        (na == ns && strncasecmp(as, sur, ns) == 0))
        return 0;
    return translit_key(as, na, other, sizeof other) && strcmp(key, other) == 0;
}

int ag__x_variant_person(const xdoc *x, const char *name)
{
    size_t ns;
    const char *sur = last_name_word(name, &ns);
    size_t pre = (size_t)(sur - name); /* the words before the surname, with its space */
    char key[64];
    if (!translit_key(sur, ns, key, sizeof key))
        return -1;
    /* The first person in document order: the index holds every person
     * under the key of each name it had (ag__x_index_variant), so only
     * those of this key are tested, by their present name. */
    size_t n;
    const int *v = ag__x_index_all(x, &(xkey){XI_TRANSLIT, NULL, (long)ag__x_key_str(key), 0}, &n);
    int first = -1;
    for (size_t q = 0; q < n; q++)
        if ((first < 0 || v[q] < first) && variant_of(&x->actors[v[q]], name, sur, ns, pre, key))
            first = v[q];
    return first;
}

int ag__x_bracket_open(const xdoc *x, size_t j)
{
    for (size_t q = j; q > 0 && q + 8 > j; q--) {
        char c = x->text[x->t.toks[q - 1].start];
        if (c == ']')
            return 0;
        if (c == '[')
            return 1;
    }
    return 0;
}
