/* pairs.c — extract: hyphenated words the lexicon reads as several. A pair
 * of actor names ("US-China talks",
 * "Russia-Ukraine summit", "BGB-BSF talks") is read as the two names joined
 * by "and": the tokenizer keeps "US-China" one word, and no lexicon form
 * is that word, so it would name no one. A word that is itself a form
 * ("Guinea-Bissau", "Timor-Leste", "Al-Shabaab") stays whole. A title
 * written with a hyphen ("Vice-Premier") is the title's words.
 *
 * Ownership: works in place on the document's ag_text.
 */
#include <stdlib.h>

#include "extract_int.h"

/* The entry of which `w` (one word) is a name or adjective: a country,
 * organization or person of the lexicon; -1 if none. Capitals stay out:
 * "the Belgrade-Pristina dialogue" names a standing process, not talks. */
static long actor_form(const ag_lexicon *lx, const char *w)
{
    ag_lx_hit hits[16];
    size_t n = ag_lexicon_lookup(lx, w, hits, 16);
    for (size_t k = 0; k < n && k < 16; k++) {
        const ag_lx_entry *e = ag_lexicon_entry(lx, hits[k].entry);
        int kind = e && !e->dead && e->kind <= AG_LX_PERSON;
        if (kind && (hits[k].form == AG_FORM_NAME || hits[k].form == AG_FORM_ADJ))
            return hits[k].entry;
    }
    return -1;
}

/* 1 if `word`, hyphenated and no lexicon form, is a pair: two or more
 * capitalized parts, each an actor form. Parts of one actor
 * ("Yemeni-Yemeni consultations": talks within Yemen) make no pair. */
/* word into w[cap], cut to fit as snprintf would, without its format
 * parse. */
static void copy_word(char *w, size_t cap, const char *word)
{
    size_t n = strnlen(word, cap - 1);
    memcpy(w, word, n);
    w[n] = '\0';
}

static int is_pair(const ag_lexicon *lx, const char *word)
{
    char w[64];
    copy_word(w, sizeof w, word);
    long prev = -1;
    for (char *p = w, *h; p; p = h ? h + 1 : NULL) {
        h = strchr(p, '-');
        if (h)
            *h = '\0';
        long e = *p >= 'A' && *p <= 'Z' ? actor_form(lx, p) : -1;
        if (e < 0 || e == prev)
            return 0;
        prev = e;
    }
    return 1;
}

/* 1 if `word`, hyphenated and no lexicon form, is a title ("Vice-Premier",
 * "Under-Secretary") whose words, spaced, are a lexicon title. */
static int is_title(const ag_lexicon *lx, const char *word)
{
    char w[64];
    copy_word(w, sizeof w, word);
    for (char *h = strchr(w, '-'); h; h = strchr(h, '-'))
        *h = ' ';
    ag_lx_hit hits[4];
    size_t n = ag_lexicon_lookup(lx, w, hits, 4);
    for (size_t k = 0; k < n && k < 4; k++)
        if (ag_lexicon_entry(lx, hits[k].entry)->kind == AG_LX_TITLE)
            return 1;
    return 0;
}

/* 1 if `word` is a name and a mediator's participle joined by one hyphen
 * ("Qatari-brokered", "US-sponsored"): split, the name names the mediator of
 * the talks the participle modifies (relate_parties.c). */
static int is_brokered(const ag_lexicon *lx, const char *word)
{
    char w[64];
    copy_word(w, sizeof w, word);
    char *h = strchr(w, '-');
    if (!h || strchr(h + 1, '-') || h[1] < 'a' || h[1] > 'z')
        return 0;
    *h = '\0';
    uint64_t cls3 = 0;
    ag_vocab_classes3(ag_lexicon_vocab(lx), h + 1, strlen(h + 1), NULL, NULL, &cls3);
    return (cls3 & WC3(BROKER_PARTICIPLE)) && actor_form(lx, w) >= 0;
}

/* 1 if a meeting noun follows token i within three lower-case words
 * ("-brokered talks", "-brokered peace negotiations"): "Iran-sponsored
 * militias attacked" names no mediator, and split would read Iran as the
 * attacker. */
static int meeting_noun_after(const ag_lexicon *lx, const ag_text *t, size_t i)
{
    for (size_t j = i + 1; j < t->n_toks && j < i + 4; j++) {
        if ((t->toks[j].flags & (AG_TOK_WORD | AG_TOK_CAP)) != AG_TOK_WORD)
            return 0;
        if (t->toks[j].cls & WC(GATHERING_NOUN))
            return 1;
        char w[64];
        ag_lx_hit hits[4];
        ag_token_str(t, j, w, sizeof w);
        size_t n = ag_lexicon_lookup(lx, w, hits, 4);
        for (size_t k = 0; k < n && k < 4; k++)
            if (ag_lexicon_entry(lx, hits[k].entry)->kind == AG_LX_MEET && hits[k].form == AG_FORM_NOUN)
                return 1;
    }
    return 0;
}

int ag__x_split_pairs(const ag_lexicon *lx, ag_text *t)
{
    const unsigned need = AG_TOK_WORD | AG_TOK_CAP | AG_TOK_HYPHEN;
    size_t *at = NULL, n = 0, cap = 0;
    unsigned char *pairs = NULL;
    int rc = 0;
    /* The tokenizer counted the candidates: the scan of the tokens (each
     * a cache line's worth of reading) ends at the last one. */
    for (size_t i = 0, left = t->n_cap_hyphen; i < t->n_toks && left && !rc; i++) {
        char w[64];
        ag_lx_hit hit;
        if ((t->toks[i].flags & need) != need)
            continue;
        left--;
        if (t->toks[i].end - t->toks[i].start >= sizeof w)
            continue;
        ag_token_str(t, i, w, sizeof w);
        if (ag_lexicon_lookup(lx, w, &hit, 1)) /* a form: "Guinea-Bissau" stays whole */
            continue;
        int pair = is_pair(lx, w);
        if (!pair && !is_title(lx, w) && !(is_brokered(lx, w) && meeting_noun_after(lx, t, i)))
            continue;
        /* Split all at once: one copy of the tokens for the document. */
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            size_t *a = realloc(at, cap * sizeof *a);
            at = a ? a : at;
            unsigned char *p = a ? realloc(pairs, cap) : NULL;
            pairs = p ? p : pairs;
            rc = p ? 0 : -1;
        }
        if (!rc) {
            at[n] = i;
            pairs[n++] = (unsigned char)pair;
        }
    }
    if (!rc && n && ag_text_split_pairs(t, at, pairs, n, ag_lexicon_vocab(lx)) != AG_OK)
        rc = -1;
    free(at);
    free(pairs);
    return rc;
}
