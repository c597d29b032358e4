/* actors.c — the extractor's actor bookkeeping and the lookups it rests
 * on: the document actors (new actors, aliases, affiliation roots, the actor
 * of a lexicon country, organization or person, CAMEO codes of officials),
 * person names (scanning capitalized words and particles, matching a
 * surname or a fuller form to a known person), and the token helpers and
 * lexicon phrase lookup (cached per token) that mention.c and relate.c use.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "util_int.h"


/* ---- tokens and phrases ---- */


char *ag__x_phrase(const xdoc *x, size_t t0, size_t t1, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    char tok[256];
    for (size_t i = t0; i < t1; i++) {
        ag_token_str(&x->t, i, tok, sizeof tok);
        size_t l = strlen(tok);
        if (o + l + 2 >= cap)
            break;
        if (i > t0)
            buf[o++] = ' ';
        memcpy(buf + o, tok, l);
        o += l;
        buf[o] = '\0';
    }
    return buf;
}

/* The original text of tokens [t0,t1), in the output arena. */
/* Line breaks inside a phrase become spaces: p is the text of tokens
 * [t0,t1), and only the gaps between them can hold one (a token holds no
 * blank), mostly none or a space. */
/* p without its ']' bytes: "Mahmoud] Abbas" of "[... President Mahmoud]
 * Abbas" is "Mahmoud Abbas" (ag__x_bracket_open). */
static char *drop_brackets(char *p)
{
    size_t w = 0;
    for (size_t b = 0; p[b]; b++)
        if (p[b] != ']')
            p[w++] = p[b];
    p[w] = '\0';
    return p;
}

static char *one_line(const xdoc *x, size_t t0, size_t t1, char *p)
{
    const ag_token *t = x->t.toks;
    int bracket = 0;
    for (size_t k = t0; k + 1 < t1; k++) {
        for (size_t b = t[k].end; b < t[k + 1].start; b++) {
            char *q = p + (b - t[t0].start);
            if (*q == '\n' || *q == '\r' || *q == '\t')
                *q = ' ';
        }
        bracket |= k > t0 && x->text[t[k].start] == ']';
    }
    return bracket ? drop_brackets(p) : p;
}

char *ag__x_surface(xdoc *x, size_t t0, size_t t1)
{
    if (t1 <= t0)
        return NULL;
    size_t s = x->t.toks[t0].start, e = x->t.toks[t1 - 1].end;
    char *p = ag_arena_strndup(x->doc->arena, x->text + s, e - s);
    if (!p)
        x->oom = 1;
    return p ? one_line(x, t0, t1, p) : NULL;
}

/* The length of token k as ag_token_str writes it: its word's (the
 * vocabulary folds only case and quotes) when it has one. */
static size_t phrase_tok_len(const xdoc *x, size_t k, char *tok, size_t cap)
{
    const ag_word *w = ag_vocab_word(ag_lexicon_vocab(x->lx), x->t.toks[k].word);
    return w && w->len < cap ? w->len : strlen(ag_token_str(&x->t, k, tok, cap));
}

/* Copies n bytes of s to key and, ASCII letters folded, to low, up to a
 * byte `stop` (0xE2 in the text: a curly quote, which ag_token_str
 * rewrites); the bytes copied. */
static size_t copy_fold(char *key, char *low, const char *s, size_t n, unsigned char stop)
{
    size_t q = 0;
    for (; q < n && (unsigned char)s[q] != stop; q++) {
        key[q] = s[q];
        low[q] = (char)(s[q] >= 'A' && s[q] <= 'Z' ? s[q] + 32 : s[q]);
    }
    return q;
}

/* Appends tokens [from, to] of the phrase that starts at token i to its
 * text `key` and lower-cased `low` (klen bytes so far); returns the new
 * length. */
static size_t phrase_append(const xdoc *x, size_t i, size_t from, size_t to, char *key, char *low, size_t klen)
{
    char tok[256];
    for (size_t k = from; k <= to; k++) {
        if (k > i) {
            low[klen] = ' ';
            key[klen++] = ' ';
        }
        /* Copied and folded from the text in one pass; a token with a curly
         * quote (a 0xE2 byte) or too long is redone by ag_token_str. */
        const char *s = x->t.text + x->t.toks[k].start;
        size_t tl = x->t.toks[k].end - x->t.toks[k].start;
        if (tl >= sizeof tok || copy_fold(key + klen, low + klen, s, tl, 0xE2) < tl) {
            ag_token_str(&x->t, k, tok, sizeof tok);
            tl = strlen(tok);
            copy_fold(key + klen, low + klen, tok, tl, 0); /* tl = strlen: no NUL inside */
        }
        key[klen + tl] = low[klen + tl] = '\0';
        klen += tl;
    }
    return klen;
}

char *ag__x_cat(const xdoc *x, const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *p = ag_arena_alloc(x->doc->arena, la + lb + lc + 1);
    if (p) {
        memcpy(p, a, la);
        memcpy(p + la, b, lb);
        memcpy(p + la + lb, c, lc + 1);
    }
    return p;
}

_Static_assert(AG_LX_NKINDS < 15, "XM_UNLOOKED is above every KIND bit");

/* Appends a match of token i to x->mpool; -1 out of memory (x->oom set). */
static int push_match(xdoc *x, size_t i, size_t len, uint8_t kind, ag_lx_hit hit)
{
    if (ag__grow(&x->mpool, &x->cap_mpool, x->n_mpool, sizeof *x->mpool, 256)) {
        x->oom = 1;
        return -1;
    }
    x->mpool[x->n_mpool++] = (xmatch){(uint8_t)len, kind, hit};
    x->mkinds[i] |= (uint16_t)KIND(kind);
    return 0;
}

/* The one-word lexicon hits of token i, a word the vocabulary knows as a
 * form: those of the last token spelled the same (x->wordmemo), else
 * looked up by its word id. A name comes back often in a text, and a
 * lookup reads several tables that are mostly out of the cache. */
static int word_hits(xdoc *x, size_t i)
{
    const ag_token *t = &x->t.toks[i];
    struct xwordmemo *wm = &x->wordmemo[t->word % XWORDMEMO];
    if (wm->word == t->word && t->word) {
        const ag_token *u = &x->t.toks[wm->tok];
        if (u->end - u->start == t->end - t->start && memcmp(x->text + u->start, x->text + t->start, t->end - t->start) == 0) {
            /* Its one-word hits end its matches, in reverse (longest first). */
            size_t at = (size_t)x->mfirst[wm->tok], q = x->mcount[wm->tok];
            while (q-- > 0 && x->mpool[at + q].len == 1)
                if (push_match(x, i, 1, x->mpool[at + q].kind, x->mpool[at + q].hit))
                    return -1;
            return 0;
        }
    }
    ag_lx_hit hits[16];
    size_t n = ag__lx_word_hits(x->lx, t->word, x->text + t->start, t->end - t->start, hits, 16);
    for (size_t q = 0; q < n && q < 16; q++)
        if (push_match(x, i, 1, (uint8_t)ag_lexicon_entry(x->lx, hits[q].entry)->kind, hits[q]))
            return -1;
    *wm = (struct xwordmemo){t->word, (uint32_t)i};
    return 0;
}

/* A lower-case manner adverb at k inside a phrase that goes on after it
 * but not with it ("arrived safely in", "has flown urgently to"): the
 * phrase skips it. */
static int adverb_inside(const xdoc *x, const ag_lx_phrases *ph, uint64_t h, size_t k)
{
    const ag_token *t = &x->t.toks[k];
    if (k + 1 >= x->t.n_toks || (t->flags & AG_TOK_CAP) || !(x_tflags(x, k + 1) & AG_TOK_WORD) ||
        !(x_tok_ends(x, k, "ly", 4) || x_tok_has2(x, k, WC2(VERB_ADVERB))))
        return 0;
    return !ag__lx_phrases_flags(ph, ag__lx_phrase_step(h, t->word)) &&
           ag__lx_phrases_flags(ph, ag__lx_phrase_step(h, x->t.toks[k + 1].word));
}

/* The modifiers from k, right after the verb that starts a predicate form,
 * before the word that goes on with it ("strengthen its longstanding
 * relationship", "deepen bilateral and trilateral ties"): noun_modifier
 * words, "and" between two, then a tie_noun and "with" (with no partner
 * named, "both sides will deepen their partnership" is a mutual act the
 * annotation leaves optional); the count the phrase skips, or 0. */
static size_t modifiers_inside(const xdoc *x, const ag_lx_phrases *ph, uint64_t h, size_t i, size_t k)
{
    if (k != i + 1 || !x_tok_has(x, i, WC(PREDICATE_START)) || ag__lx_phrases_flags(ph, ag__lx_phrase_step(h, x->t.toks[k].word)))
        return 0;
    size_t j = k;
    while (j < x->t.n_toks && j < k + 5 && !(x_tflags(x, j) & AG_TOK_CAP) &&
           (x_tok_has(x, j, WC(NOUN_MODIFIER)) || (j > k && j + 1 < x->t.n_toks && x_tok_is(x, j, "and") && x_tok_has(x, j + 1, WC(NOUN_MODIFIER)))))
        j++;
    if (j == k || j + 1 >= x->t.n_toks || !x_tok_has3(x, j, WC3(TIE_NOUN)) || !x_tok_is(x, j + 1, "with"))
        return 0;
    return ag__lx_phrases_flags(ph, ag__lx_phrase_step(h, x->t.toks[j].word)) ? j - k : 0;
}

/* The all-capital place of a dateline ("SEOUL, June 9 (Yonhap) --",
 * "NEW DELHI:", "TEHRAN -", "MEXICO CITY, Mexico.-"): up to four tokens
 * of capitals from i, then a dateline's mark (ag__x_dateline_mark). Its
 * words are looked up in title case, as the lexicon spells places; an
 * acronym in running text ("ASEAN said") is never one. */
static int caps_dateline(const xdoc *x, size_t i)
{
    size_t k = i;
    while (k < x->t.n_toks && k < i + 4 && (x_tflags(x, k) & AG_TOK_UPPER) && (x_tflags(x, k) & AG_TOK_WORD))
        k++;
    return k > i && k < x->t.n_toks && ag__x_dateline_mark(x, i, k);
}

/* A dateline: the place [i,k) opens a line and a date, a wire service in
 * brackets, a dash or (after capitals) a colon follows ("Caracas, March 3,
 * 2008 -", "Vientiane (VNA) -", "ISLAMABAD:"). */
int ag__x_dateline_mark(const xdoc *x, size_t i, size_t k)
{
    size_t at = x->t.toks[i].start;
    if (at > 0 && x->text[at - 1] != '\n')
        return 0;
    /* The dash first: one paired with a later dash also reads as a comma
     * (x_tok_fw); a compound's hyphen ("US-China") is none. */
    if (!ag__x_joining_hyphen(x, k) &&
        (x_tok_is(x, k, "-") || x_tok_is(x, k, "\xe2\x80\x93") || x_tok_is(x, k, "\xe2\x80\x94")))
        return 1;
    /* A place in capitals opening a line is one before any comma or
     * bracket ("TEHRAN, Young Journalists Club (YJC) -", "TAIPEI (Taiwan
     * News) —"); in title case, before a date or a wire service's
     * acronym. */
    int caps = (x_tflags(x, i) & AG_TOK_UPPER) != 0;
    if (x_tok_is(x, k, ","))
        return x_tok_has(x, k + 1, WC(MONTH) | WC(WEEKDAY)) || (x_tflags(x, k + 1) & AG_TOK_DIGIT) ||
               (caps && (x_tflags(x, k + 1) & AG_TOK_CAP));
    if (x_tok_is(x, k, "("))
        return ((x_tflags(x, k + 1) & AG_TOK_UPPER) && x_tok_is(x, k + 2, ")")) ||
               (caps && (x_tflags(x, k + 1) & AG_TOK_CAP));
    return x_tok_is(x, k, ":") && caps;
}

/* 1 if the dash at k joins the words on both sides with no space
 * ("US-China talks"): a compound's hyphen, no dateline's dash. */
int ag__x_joining_hyphen(const xdoc *x, size_t k)
{
    const ag_token *t = x->t.toks;
    return k > 0 && k + 1 < x->t.n_toks && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start;
}

/* s[0..n) in title case into buf (cap bytes): each word's first letter
 * kept, its other ASCII capitals lowered ("NEW DELHI" -> "New Delhi"). */
static const char *title_case(const char *s, size_t n, char *buf, size_t cap)
{
    if (n >= cap)
        n = cap - 1;
    for (size_t q = 0; q < n; q++) {
        int first = q == 0 || s[q - 1] == ' ' || s[q - 1] == '-';
        buf[q] = (char)(!first && s[q] >= 'A' && s[q] <= 'Z' ? s[q] + 32 : s[q]);
    }
    buf[n] = '\0';
    return buf;
}

/* The one-word hits of token i, a dateline's place in capitals: as written,
 * else in title case ("TEHRAN" as "Tehran"); no memo (word_hits shares
 * its hits with later tokens spelled the same). */
static int title_hits(xdoc *x, size_t i)
{
    const ag_token *t = &x->t.toks[i];
    char buf[4 * AG_WORD_MAX];
    ag_lx_hit hits[16];
    /* As written first: an acronym ("UN:") keeps its own hits. */
    size_t n = ag__lx_word_hits(x->lx, t->word, x->text + t->start, t->end - t->start, hits, 16);
    if (!n) {
        title_case(x->text + t->start, t->end - t->start, buf, sizeof buf);
        n = ag__lx_word_hits(x->lx, t->word, buf, strlen(buf), hits, 16);
    }
    for (size_t q = 0; q < n && q < 16; q++)
        if (push_match(x, i, 1, (uint8_t)ag_lexicon_entry(x->lx, hits[q].entry)->kind, hits[q]))
            return -1;
    return 0;
}

/* Every lexicon phrase starting at token i, longest first: the phrase grows
 * a word at a time and stops when no longer form exists. Its text is built
 * only for the lengths that are forms. */
static int lookup_token(xdoc *x, size_t i)
{
    /* A word that starts no lexicon form starts no phrase (a token too long
     * for the vocabulary is looked up as before): most tokens. */
    const ag_token *t0 = &x->t.toks[i];
    if (!(t0->cls & WC_PHRASE_START) && t0->end - t0->start <= AG_WORD_MAX) {
        x->mfirst[i] = (int)x->n_mpool;
        x->mcount[i] = 0;
        x->mkinds[i] = 0;
        return 0;
    }
    /* From the kinds its word may start (x_match) to those it has. */
    x->mkinds[i] = XM_UNLOOKED;
    size_t maxw = (size_t)ag_lexicon_max_words(x->lx);
    if (x->t.n_toks - i < maxw)
        maxw = x->t.n_toks - i;
    char key[512], low[512], tok[256];
    size_t klen = 0, plen = 0, built = i; /* the text holds tokens [i, built); plen: its whole length */
    ag_lx_hit hits[16];
    size_t first = x->n_mpool;
    int title = (t0->flags & AG_TOK_UPPER) && caps_dateline(x, i);
    /* Past the first word, the word ids tell whether the phrase is a form
     * or starts one before its text is built. */
    const ag_lx_phrases *ph = ag__lx_phrases(x->lx);
    uint64_t h = AG_LX_PH0;
    for (size_t len = 1; len <= maxw; len++) {
        size_t k = i + len - 1;
        /* A phrase starts at a word. Inside it, a mark is a word like any
         * other: the lexicon's forms are tokenized as the text is, so the
         * filter below goes on only where a form holds that mark ("Bosnia
         * & Herzegovina", "T&T", "Foreign, Commonwealth ...", a hyphen or
         * a possessive). */
        if (k == i && !(x_tflags(x, k) & AG_TOK_WORD))
            break;
        size_t skip = len == 1 ? 0 : adverb_inside(x, ph, h, k) ? 1 : modifiers_inside(x, ph, h, i, k);
        if (skip) {
            klen = built < k ? phrase_append(x, i, built, k - 1, key, low, klen) : klen;
            built = k + skip;
            len += skip - 1;
            continue;
        }
        /* Every word of a lexicon form that fits the vocabulary is in it:
         * a word it lacks ends the phrase without a probe of the filter
         * (a memory load that mostly misses the cache). */
        if (len > 1 && !x->t.toks[k].word && x->t.toks[k].end - x->t.toks[k].start <= AG_WORD_MAX)
            break;
        h = ag__lx_phrase_step(h, x->t.toks[k].word);
        unsigned pf = len > 1 ? ag__lx_phrases_flags(ph, h) : AG_LX_PH_ANY;
        if (!pf)
            break;
        /* A token's bytes are at least its text's (ag_token_str makes curly
         * quotes straight): the exact lengths only near the key's end. */
        size_t tl = x->t.toks[k].end - x->t.toks[k].start;
        if (plen + tl + 2 >= sizeof key) {
            plen = 0;
            for (size_t j = i; j < k; j++)
                plen += phrase_tok_len(x, j, tok, sizeof tok) + (j > i);
            tl = phrase_tok_len(x, k, tok, sizeof tok);
            if (plen + tl + 2 >= sizeof key)
                break;
        }
        plen += tl + (len > 1);
        /* The vocabulary knows whether a word is a form or starts one, and
         * the lexicon its one-word hits by its word id: no text to build. */
        int known = len == 1 && x->t.toks[i].end - x->t.toks[i].start <= AG_WORD_MAX;
        int none = known ? !(x->t.toks[i].cls & WC(FORM_WORD)) : !(pf & AG_LX_PH_FORM);
        if (!none && known && (title ? title_hits(x, i) : word_hits(x, i)))
            return -1;
        if (!none && !known) {
            klen = phrase_append(x, i, built, k, key, low, klen);
            built = k + 1;
        }
        size_t n = none || known ? 0 : ag__lx_lookup_folded(x->lx, key, low, pf, hits, 16);
        if (!n && title && !none && !known)
            n = ag__lx_lookup_folded(x->lx, title_case(key, klen, tok, sizeof tok), low, pf, hits, 16);
        for (size_t q = 0; q < n && q < 16; q++)
            if (push_match(x, i, len, (uint8_t)ag_lexicon_entry(x->lx, hits[q].entry)->kind, hits[q]))
                return -1;
        if (known) {
            if (!(x->t.toks[i].cls & WC(FORM_PREFIX)))
                break;
            continue;
        }
        /* Past the first word the filter answers alone: a hash collision
         * only costs a lookup that finds nothing. */
        if (!(pf & AG_LX_PH_PREFIX) || (len == 1 && !ag_lexicon_is_prefix(x->lx, low)))
            break;
    }
    /* Longest first. */
    size_t n = x->n_mpool - first;
    for (size_t a = 0; a < n / 2; a++) {
        xmatch t = x->mpool[first + a];
        x->mpool[first + a] = x->mpool[first + n - 1 - a];
        x->mpool[first + n - 1 - a] = t;
    }
    x->mfirst[i] = (int)first;
    x->mcount[i] = (uint16_t)(n > 65535 ? 65535 : n);
    x->mkinds[i] &= (uint16_t)~XM_UNLOOKED;
    return 0;
}

size_t ag__x_match_at(const xdoc *x, size_t i, size_t end, unsigned kinds, ag_lx_hit *hit)
{
    if (i >= end || i >= x->t.n_toks)
        return 0;
    /* The cache is filled on first use; the document's state is ours. */
    xdoc *w = (xdoc *)x;
    if (x->mfirst[i] < 0 && lookup_token(w, i))
        return 0;
    /* No hit: mpool may still be NULL, and NULL + 0 is undefined. */
    if (!(x->mkinds[i] & kinds) || x->mcount[i] == 0)
        return 0;
    const xmatch *m = x->mpool + x->mfirst[i];
    size_t n = x->mcount[i];
    for (size_t q = 0; q < n;) {
        size_t len = m[q].len, r = q;
        int best = -1;
        /* Among hits of one length: persons before organizations before
         * countries when a form is shared, then the earlier form kind. */
        for (; r < n && m[r].len == len; r++) {
            if (len > end - i || !(kinds & KIND(m[r].kind)))
                continue;
            if (best < 0) {
                best = (int)r;
                continue;
            }
            int pe = m[r].kind == AG_LX_PERSON ? 0 : m[r].kind == AG_LX_ORG ? 1 : 2;
            int pb = m[best].kind == AG_LX_PERSON ? 0 : m[best].kind == AG_LX_ORG ? 1 : 2;
            if (pe < pb || (pe == pb && m[r].hit.form < m[best].hit.form))
                best = (int)r;
        }
        if (best >= 0) {
            if (hit)
                *hit = m[best].hit;
            return len;
        }
        q = r;
    }
    return 0;
}

/* ---- actors ---- */

/* Text with U+FFFD (bytes that were not UTF-8) never names an actor. */
static int garbled(const char *s)
{
    /* Its lead byte first: strchr is a fraction of strstr on a name. */
    for (const char *p = s; (p = strchr(p, '\xEF')) != NULL; p++)
        if (p[1] == '\xBF' && p[2] == '\xBD')
            return 1;
    return 0;
}

/* ag__x_add_alias for alias, or when `temp`, for a copy of it in the
 * output arena made only when the alias is new. */
static void add_alias(xdoc *x, int a, const char *alias, int temp)
{
    if (!alias || a < 0 || x->pass != 2)
        return;
    xactor *ac = &x->actors[a];
    if (strcmp(ac->name, alias) == 0)
        return;
    size_t known;
    xkey k = {XI_ALIAS, alias, a, 0};
    ag__x_index_all(x, &k, &known);
    /* Garbled text is never filed: tested once the alias is new (most
     * are known). */
    if (known || garbled(alias))
        return;
    if (temp && !(k.s = alias = ag_arena_strdup(x->doc->arena, alias))) {
        x->oom = 1;
        return;
    }
    if (ac->n_aliases == ac->cap_aliases) {
        /* In the output's arena, as the aliases themselves: most actors
         * have a few, and a malloc, its reallocs and a free each cost more
         * than the copies an arena leaves behind. */
        size_t cap = ac->cap_aliases ? 2 * ac->cap_aliases : 4;
        const char **v = cap < SIZE_MAX / sizeof *v ? ag_arena_alloc(x->doc->arena, cap * sizeof *v) : NULL;
        if (!v) {
            x->oom = 1;
            return;
        }
        if (ac->n_aliases)
            memcpy(v, ac->aliases, ac->n_aliases * sizeof *v);
        ac->aliases = v;
        ac->cap_aliases = cap;
    }
    ac->aliases[ac->n_aliases++] = alias;
    ag__x_index_add(x, &k, a);
    if (ac->kind == AG_ACTOR_PERSON)
        ag__x_index_add(x, &(xkey){XI_ALIAS_CI, alias, 0, 0}, a);
}

void ag__x_add_alias(xdoc *x, int a, const char *alias) { add_alias(x, a, alias, 0); }

/* The text of tokens [t0,t1) as ag__x_surface writes it, into buf; NULL
 * when it does not fit. */
static char *span_text(const xdoc *x, size_t t0, size_t t1, char *buf, size_t cap)
{
    size_t s = x->t.toks[t0].start, n = x->t.toks[t1 - 1].end - s;
    if (n >= cap)
        return NULL;
    memcpy(buf, x->text + s, n);
    buf[n] = '\0';
    return one_line(x, t0, t1, buf);
}

/* Nearly every mention of pass 2 names its actor as before: the text is
 * compared from the stack, and copied to the arena only when new. */
void ag__x_add_alias_span(xdoc *x, int a, size_t t0, size_t t1)
{
    if (x->pass != 2 || a < 0 || t1 <= t0)
        return;
    /* The alias is the span's bytes with line breaks made spaces: the
     * same bytes as one of the actor's last spans give an alias already
     * added or refused (aliases are never taken back; a name that changes
     * is kept as an alias), so nothing is to be done. */
    xactor *ac = &x->actors[a];
    size_t at = x->t.toks[t0].start, len = x->t.toks[t1 - 1].end - at;
    for (size_t k = 0; k < XALIAS_SPANS; k++)
        if (len == ac->alias_len[k] && memcmp(x->text + at, x->text + ac->alias_at[k], len) == 0)
            return;
    char buf[256];
    if (span_text(x, t0, t1, buf, sizeof buf))
        add_alias(x, a, buf, 1);
    else
        add_alias(x, a, ag__x_surface(x, t0, t1), 0);
    if (!x->oom) {
        ac = &x->actors[a];
        ac->alias_at[ac->alias_next] = (uint32_t)at;
        ac->alias_len[ac->alias_next] = (uint32_t)len;
        ac->alias_next = (ac->alias_next + 1) % XALIAS_SPANS;
    }
}

/* The last word of a name (its surname). */
static const char *last_word(const char *name)
{
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* "Ts.Elbegdorj", "U.Khurelsukh": Mongolian news glue the initial of the
 * patronymic to the name; the length of that initial with its dot (0 when
 * the word has none). */
static size_t glued_initial(const char *w)
{
    const char *d = strchr(w, '.');
    size_t n = d ? (size_t)(d - w) : 0;
    if (!n || n > 3 || w[0] < 'A' || w[0] > 'Z' || d[1] < 'A' || d[1] > 'Z' || strlen(d + 1) < 3 ||
        strchr(d + 1, '.') || strchr(w, ' '))
        return 0;
    for (size_t k = 1; k < n; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return 0;
    return n + 1;
}

/* 1 unless one name is a glued initial and name ("Ts.Elbegdorj") whose
 * initial does not open the other ("Tsakhiagiin Elbegdorj" agrees). */
static int initial_agrees(const char *p, const char *q)
{
    size_t n = glued_initial(p), m = glued_initial(q);
    return (!n || !strchr(q, ' ') || strncasecmp(p, q, n - 1) == 0) &&
           (!m || !strchr(p, ' ') || strncasecmp(q, p, m - 1) == 0);
}

/* A surname after its joined particle ("Jaafari" of "al-Jaafari", "Sisi"
 * of "El-Sisi": news drops it on a second mention) or glued initial
 * ("Elbegdorj" of "Ts.Elbegdorj"), else sur. */
static const char *surname_base(const xdoc *x, const char *sur)
{
    if (glued_initial(sur))
        return sur + glued_initial(sur);
    const char *h = strchr(sur, '-');
    char pre[8];
    size_t n = h ? (size_t)(h - sur) : 0;
    if (!n || n >= sizeof pre || strlen(h + 1) < 3)
        return sur;
    for (size_t k = 0; k < n; k++)
        pre[k] = (char)tolower((unsigned char)sur[k]);
    return ag_vocab_classify(ag_lexicon_vocab(x->lx), pre, n, NULL) & WC(NAME_PREFIX) ? h + 1 : sur;
}

/* A surname with letters outside ASCII spelled without their accents
 * ("Fernández": "fernandez"; the index ignores ASCII case), else sur. */
static const char *ascii_surname(xdoc *x, const char *sur)
{
    const char *p = sur;
    while (*p && !(*p & 0x80))
        p++;
    if (!*p)
        return sur;
    char *plain = ag_slug(x->doc->arena, sur);
    if (!plain)
        x->oom = 1;
    return plain && *plain && !strchr(plain, '-') ? plain : sur;
}

/* The start of the next-to-last word of a name of three or more words
 * when it is capitalized and three letters or longer, else NULL. */
static const char *penultimate_word(const char *name)
{
    const char *last = strrchr(name, ' ');
    if (!last || strchr(name, ' ') == last)
        return NULL;
    const char *p = last;
    while (p > name && p[-1] != ' ')
        p--;
    if (last - p < 3 || !((*p & 0x80) || (*p >= 'A' && *p <= 'Z')))
        return NULL;
    return p;
}

/* 1 if w is the first or the next-to-last word of name (the keys
 * index_name files under a = 1). */
static int given_word(const char *name, const char *w, size_t len)
{
    if (strncasecmp(name, w, len) == 0 && name[len] == ' ')
        return 1;
    const char *pen = penultimate_word(name);
    return pen && strncasecmp(pen, w, len) == 0 && pen[len] == ' ';
}

/* The length of the slug word at w (up to a '-' or the end): words are
 * short, and strcspn's set-up cost more than they do. */
static size_t word_len(const char *w)
{
    size_t n = 0;
    while (w[n] && w[n] != '-')
        n++;
    return n;
}

/* A slug word's number in XI_NAMEWORDS keys: never 0, which files a name
 * of one slug word. */
static long slug_word_hash(const char *w, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 1099511628211ull;
    return (long)((h >> 2) & LONG_MAX) | 1;
}

/* The slug of name, on the stack when it fits. */
static char *name_slug(xdoc *x, const char *name, char *buf, size_t cap)
{
    char *s = ag_slug_buf(buf, cap, name);
    if (!s && !(s = ag_slug(x->doc->arena, name)))
        x->oom = 1;
    return s;
}

/* c folded as the slug folds ASCII (A-Z to a-z), 0 unless a letter or
 * digit. */
static unsigned slug_char(unsigned char c)
{
    unsigned f = c >= 'A' && c <= 'Z' ? c + 32u : c;
    return (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') ? f : 0;
}

/* The slug_word_hash of the next slug word of ASCII text *pp (a name, or
 * a slug), moving *pp past it; 0 after the last. As ag_slug reads ASCII:
 * letters and digits make the words, apostrophes are dropped, any other
 * byte parts two words. */
static long next_slug_word(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    while (*p && !slug_char(*p))
        p++;
    if (!*p)
        return 0;
    uint64_t h = 1469598103934665603ull;
    for (unsigned f; *p && ((f = slug_char(*p)) != 0 || *p == '\''); p++)
        if (f)
            h = (h ^ f) * 1099511628211ull;
    *pp = (const char *)p;
    return (long)((h >> 2) & LONG_MAX) | 1;
}

/* The hash of the first slug word of name (XI_NAMEWORDS), *pp set where
 * next_slug_word reads the others: in name itself when it is ASCII (most
 * names: no slug made), else in its slug in buf. 0 out of memory. */
static long first_slug_word(xdoc *x, const char *name, char *buf, size_t cap, const char **pp)
{
    const char *q = name;
    while (*q && !(*q & 0x80))
        q++;
    const char *s = *q ? name_slug(x, name, buf, cap) : name;
    if (!s)
        return 0;
    *pp = s;
    long first = next_slug_word(pp);
    return first ? first : slug_word_hash("x", 1); /* the slug of a name of no letter */
}

/* Files person i under the first word of its slug paired with each other
 * word (or with none), for person_by_words: a person of the same name has
 * the same first word and shares another word, or has only one. */
static void index_name_words(xdoc *x, int i)
{
    char buf[256];
    const char *p;
    long first = first_slug_word(x, x->actors[i].name, buf, sizeof buf, &p);
    if (!first)
        return;
    long w = next_slug_word(&p);
    if (!w)
        ag__x_index_add(x, &(xkey){XI_NAMEWORDS, NULL, first, 0}, i);
    for (; w; w = next_slug_word(&p))
        ag__x_index_add(x, &(xkey){XI_NAMEWORDS, NULL, first, w}, i);
}

/* Files a person under its name (after a new name): as itself, and, any
 * case, for ag__x_person_for_name. */
static void index_name(xdoc *x, int i)
{
    xactor *a = &x->actors[i];
    ag__x_index_add(x, &(xkey){XI_NAME, a->name, 0, 0}, i);
    if (a->kind != AG_ACTOR_PERSON)
        return;
    ag__x_index_add(x, &(xkey){XI_NAME_CI, a->name, 0, 0}, i);
    index_name_words(x, i);
    ag__x_index_variant(x, i);
    if (!a->surname) {
        const char *sur = last_word(a->name), *plain = ascii_surname(x, sur);
        ag__x_index_add(x, &(xkey){XI_SUR, sur, 0, 0}, i);
        if (plain != sur) /* "Fernandez" for "Alberto Fernández" */
            ag__x_index_add(x, &(xkey){XI_SUR, plain, 0, 0}, i);
        const char *base = surname_base(x, sur);
        if (base != sur) /* "Jaafari" for "Bashar al-Jaafari" */
            ag__x_index_add(x, &(xkey){XI_SUR, base, 0, 0}, i);
    }
    /* The first word too, under a = 1: "Xing" for "Xing Haiming" (family
     * name first), "Anwar" for "Anwar Ibrahim" (called by a given name). */
    const char *sp = strchr(a->name, ' ');
    if (sp && sp - a->name >= 3 && (a->name[0] & 0x80 || (a->name[0] >= 'A' && a->name[0] <= 'Z'))) {
        char *first = ag_arena_strndup(x->doc->arena, a->name, (size_t)(sp - a->name));
        if (!first)
            x->oom = 1;
        else
            ag__x_index_add(x, &(xkey){XI_SUR, first, 1, 0}, i);
    }
    /* The next-to-last word of three, under a = 1 too: "Ramírez" for
     * "Rubén Ramírez Lezcano" (the first of two surnames is the one used
     * alone), not a particle ("bin", "Al"). */
    const char *pen = penultimate_word(a->name);
    if (pen) {
        char *w = ag_arena_strndup(x->doc->arena, pen, strcspn(pen, " "));
        if (!w)
            x->oom = 1;
        else
            ag__x_index_add(x, &(xkey){XI_SUR, w, 1, 0}, i);
    }
}

/* Files a new actor under all its keys. */
static int index_actor(xdoc *x, int i)
{
    xactor *a = &x->actors[i];
    index_name(x, i);
    if (a->lex >= 0)
        ag__x_index_add(x, &(xkey){XI_LEX, NULL, a->lex, 0}, i);
    if (a->kind == AG_ACTOR_PERSON)
        ag__x_index_add(x, &(xkey){XI_ROOT, NULL, i, 0}, i);
    if (a->kind == AG_ACTOR_COUNTRY) {
        if (ag__grow(&x->countries, &x->cap_countries, x->n_countries, sizeof *x->countries, 64))
            x->oom = 1;
        else
            x->countries[x->n_countries++] = i;
    }
    return x->oom ? -1 : 0;
}

int ag__x_actor_new(xdoc *x, const char *name, ag_actor_kind kind, const char *code, int lex)
{
    if (garbled(name))
        return -1;
    if (ag__grow(&x->actors, &x->cap_actors, x->n_actors, sizeof *x->actors, 32)) {
        x->oom = 1;
        return -1;
    }
    xactor *a = &x->actors[x->n_actors];
    memset(a, 0, sizeof *a);
    a->name = ag_arena_strdup(x->doc->arena, name);
    if (!a->name) {
        x->oom = 1;
        return -1;
    }
    a->kind = kind;
    a->code = code;
    a->affil = -1;
    a->lex = lex;
    a->agency = -1;
    int i = (int)x->n_actors++;
    a->root = i;
    return index_actor(x, i) ? -1 : i;
}

int ag__x_root(const xdoc *x, int a)
{
    for (int hops = 0; a >= 0 && x->actors[a].affil >= 0 && hops < 8; hops++)
        a = x->actors[a].affil;
    return a;
}

int ag__x_country_root(const xdoc *x, int a)
{
    int r = ag__x_root(x, a);
    return r >= 0 && x->actors[r].kind == AG_ACTOR_COUNTRY ? r : -1;
}

/* ag__x_envoy_title, remembered for the last titles asked (kept in the
 * arena to the end of the document). */
static int envoy_title(xdoc *x, const char *title)
{
    size_t n = sizeof x->envoymemo / sizeof *x->envoymemo;
    for (size_t k = 0; k < n; k++)
        if (x->envoymemo[k].title && strcmp(x->envoymemo[k].title, title) == 0)
            return x->envoymemo[k].envoy;
    int envoy = ag__x_envoy_title(x, title);
    x->envoymemo[x->envoy_next++ % n] = (struct xenvoymemo){title, envoy};
    return envoy;
}

/* The person's (or any actor's) root changed: file it under the new one. */
static void reroot(xdoc *x, int i)
{
    xactor *a = &x->actors[i];
    int r = ag__x_root(x, i);
    if (r == a->root)
        return;
    a->root = r;
    if (a->kind == AG_ACTOR_PERSON) {
        ag__x_index_add(x, &(xkey){XI_ROOT, NULL, r, 0}, i);
        if (a->title)
            ag__x_index_add(x, &(xkey){XI_TROOT, a->title, r, 0}, i);
        if (a->title && envoy_title(x, a->title))
            ag__x_index_add(x, &(xkey){XI_ENVOY, NULL, r, 0}, i);
    }
    if (a->last_hostile)
        ag__x_index_add(x, &(xkey){XI_ACCUSED, NULL, r, 0}, XI_LATEST(a->last_hostile - 1));
}

void ag__x_set_parent(xdoc *x, int a, int parent)
{
    int old = x->actors[a].affil;
    if (old == parent)
        return;
    if (old >= 0)
        x->actors[old].n_members--;
    if (parent >= 0)
        x->actors[parent].n_members++;
    x->actors[a].affil = parent;
    if (x->actors[a].n_members == 0) {
        reroot(x, a);
        return;
    }
    /* Rare: an actor with members moves, and so may all below it. */
    for (size_t i = 0; i < x->n_actors; i++)
        reroot(x, (int)i);
}

void ag__x_index_title(xdoc *x, int p)
{
    const char *t = x->actors[p].title;
    if (!t)
        return;
    ag__x_index_add(x, &(xkey){XI_TITLE, t, 0, 0}, p);
    ag__x_index_add(x, &(xkey){XI_TSUF, last_word(t), 0, 0}, p);
    ag__x_index_add(x, &(xkey){XI_TROOT, t, x->actors[p].root, 0}, p);
    if (envoy_title(x, t))
        ag__x_index_add(x, &(xkey){XI_ENVOY, NULL, x->actors[p].root, 0}, p);
}

static int has_lex(const xdoc *x, const xkey *k, int v) { return x->actors[v].lex == (int)k->a; }

static int find_actor_lex(xdoc *x, uint32_t lex)
{
    return ag__x_index_first(x, &(xkey){XI_LEX, NULL, lex, 0}, has_lex, -1);
}

static int has_name(const xdoc *x, const xkey *k, int v) { return strcmp(x->actors[v].name, k->s) == 0; }

/* 1 if the words of slug `a` are, in order, among those of slug `b`
 * ("gustavo-petro" in "gustavo-petro-urrego"). */
static int slug_words_within(const char *a, const char *b)
{
    while (*a) {
        size_t n = word_len(a);
        for (;;) {
            size_t m = word_len(b);
            if (!*b)
                return 0;
            int same = m == n && memcmp(a, b, n) == 0;
            b += m + (b[m] == '-');
            if (same)
                break;
        }
        a += n + (a[n] == '-');
    }
    return 1;
}

/* 1 if two names of two words or more name one person: the same first
 * word, and the words of one among the other's in order, any case or
 * accent ("Abdel Fattah Al-Burhan" and "Abdel Fattah al-Burhan", "Joao
 * Manuel Goncalves Lourenco" and "João Lourenço", "Mohamed Abdullahi" and
 * "Mohamed Abdullahi Farmaajo"). */
static int same_person_name(xdoc *x, const char *p, const char *q)
{
    if (!strchr(p, ' ') || !strchr(q, ' '))
        return 0;
    /* On the stack: the names are compared for every person that shares
     * a first word, and the arena would keep each slug to the end. */
    char bufa[256], bufb[256];
    char *a = ag_slug_buf(bufa, sizeof bufa, p), *b = ag_slug_buf(bufb, sizeof bufb, q);
    if (!a)
        a = ag_slug(x->doc->arena, p);
    if (!b)
        b = ag_slug(x->doc->arena, q);
    if (!a || !b) {
        x->oom = 1;
        return 0;
    }
    size_t fa = word_len(a), fb = word_len(b);
    if (fa != fb || memcmp(a, b, fa) != 0)
        return 0;
    return strlen(a) <= strlen(b) ? slug_words_within(a, b) : slug_words_within(b, a);
}

/* The persons filed under the first slug word of `name` and one of its
 * others or none (XI_NAMEWORDS) whose names are the same person's by
 * same_person_name (`doc_only`: only ones the text made): into out[0..cap),
 * their count; SIZE_MAX when more, or when the slug has one word. */
static size_t same_name_persons(xdoc *x, const char *name, int doc_only, int *out, size_t cap)
{
    char buf[256];
    const char *p;
    long first = first_slug_word(x, name, buf, sizeof buf, &p);
    if (!first)
        return 0;
    long w = next_slug_word(&p), other = 0;
    if (!w)
        return SIZE_MAX;
    for (size_t k = 0;;) {
        size_t n;
        const int *v = ag__x_index_all(x, &(xkey){XI_NAMEWORDS, NULL, first, other}, &n);
        for (size_t q = 0; q < n; q++) {
            const xactor *a = &x->actors[v[q]];
            if (x_has_actor(out, k, v[q]) || a->kind != AG_ACTOR_PERSON || (doc_only && a->lex >= 0) ||
                !same_person_name(x, a->name, name))
                continue;
            if (k == cap)
                return SIZE_MAX;
            out[k++] = v[q];
        }
        if (!w)
            return k;
        other = w;
        w = next_slug_word(&p);
    }
}

/* The first person filed under the first word of `name` (any case) whose
 * name is the same person's by same_person_name; `doc_only`: only one
 * the text made (no lexicon entry). -1 if none. */
static int person_by_words(xdoc *x, const char *name, int doc_only)
{
    size_t len = strcspn(name, " ");
    char first[64];
    if (len < 3 || len >= sizeof first || !name[len])
        return -1;
    /* Only a person sharing words with the name may be its person: they
     * are found by their words, and the order they are filed in under the
     * first word (as the scan of them all found them) chooses among them. */
    int same[8];
    size_t n_same = same_name_persons(x, name, doc_only, same, sizeof same / sizeof *same);
    if (!n_same)
        return -1;
    memcpy(first, name, len);
    first[len] = 0;
    /* As written, then without accents ("Joao" for "João"). */
    const char *key[2] = {first, ascii_surname(x, first)};
    for (int k = 0; k < 2 && (k == 0 || key[1] != first); k++) {
        size_t n;
        const int *v = ag__x_index_all(x, &(xkey){XI_SUR, key[k], 1, 0}, &n);
        for (size_t q = 0; q < n; q++) {
            const xactor *a = &x->actors[v[q]];
            if (n_same != SIZE_MAX ? x_has_actor(same, n_same, v[q])
                                   : a->kind == AG_ACTOR_PERSON && !(doc_only && a->lex >= 0) &&
                                         same_person_name(x, a->name, name))
                return v[q];
        }
    }
    return -1;
}

int ag__x_find_actor_name(xdoc *x, const char *name)
{
    return ag__x_index_first(x, &(xkey){XI_NAME, name, 0, 0}, has_name, -1);
}

/* The CAMEO role of a national body of the lexicon: what its code adds to
 * its country's ("USALEG" under "USA": "LEG"); NULL for bodies of no
 * country (IGOUNO) or whose code is not country + role. */
static const char *body_role(const xdoc *x, int a)
{
    const char *code = x->actors[a].code;
    int r = ag__x_country_root(x, a);
    const char *cc = r >= 0 && r != a ? x->actors[r].code : NULL;
    size_t n = cc ? strlen(cc) : 0;
    return n && code && strncmp(code, cc, n) == 0 && strlen(code + n) == 3 ? code + n : NULL;
}

/* The document actor of a lexicon country, organization or person; its
 * lexicon affiliation becomes an actor too. */
int ag__x_actor_for_lex(xdoc *x, uint32_t entry, int depth)
{
    struct xlexmemo *memo = &x->lexmemo[entry % XLEXMEMO];
    if (memo->entry == entry + 1 && x->actors[memo->actor].lex == (int)entry)
        return memo->actor;
    int a = find_actor_lex(x, entry);
    if (a >= 0) {
        *memo = (struct xlexmemo){entry + 1, a};
        return a;
    }
    const ag_lx_entry *e = ag_lexicon_entry(x->lx, entry);
    ag_actor_kind kind = e->kind == AG_LX_COUNTRY ? AG_ACTOR_COUNTRY
                         : e->kind == AG_LX_PERSON ? AG_ACTOR_PERSON
                                                   : AG_ACTOR_ORGANIZATION;
    a = ag__x_find_actor_name(x, e->name);
    /* A person the text named first in another form ("Abdel Fattah
     * Al-Burhan", then "al-Burhan") is the lexicon's. */
    if (a < 0 && kind == AG_ACTOR_PERSON)
        a = person_by_words(x, e->name, 1);
    if (a >= 0) {
        x->actors[a].lex = (int)entry;
        ag__x_index_add(x, &(xkey){XI_LEX, NULL, entry, 0}, a);
        *memo = (struct xlexmemo){entry + 1, a};
        return a;
    }
    a = ag__x_actor_new(x, e->name, kind, ag_lexicon_code_at(e, x->doc->date), (int)entry);
    /* The one actor of the entry from now on (only here does an actor
     * get one): the next call need not ask the index. */
    if (a >= 0)
        *memo = (struct xlexmemo){entry + 1, a};
    if (a < 0 || !e->affiliation || depth > 4)
        return a;
    long p = ag_lexicon_find(x->lx, AG_LX_COUNTRY, e->affiliation);
    if (p < 0)
        p = ag_lexicon_find(x->lx, AG_LX_ORG, e->affiliation);
    if (p >= 0) {
        int pa = ag__x_actor_for_lex(x, (uint32_t)p, depth + 1);
        ag__x_set_parent(x, a, pa);
    }
    if (kind == AG_ACTOR_ORGANIZATION)
        x->actors[a].role = body_role(x, a);
    return a;
}

int ag__x_actor_country(xdoc *x, uint32_t lex_entry) { return ag__x_actor_for_lex(x, lex_entry, 0); }

static const char *root_code(xdoc *x, int a)
{
    int r = ag__x_root(x, a);
    return r >= 0 ? x->actors[r].code : NULL;
}


/* A title's organization refines an affiliation within the same country
 * ("Head of Turkey's Intelligence Agency": Turkey -> the agency). */
void ag__x_set_affil(xdoc *x, int a, int parent)
{
    if (a < 0 || parent < 0 || a == parent || ag__x_root(x, parent) == a)
        return;
    int cur = x->actors[a].affil;
    if (cur < 0 || (cur != parent && ag__x_root(x, parent) == ag__x_root(x, cur) && x->actors[parent].affil >= 0 &&
                    ag__x_root(x, parent) != parent))
        ag__x_set_parent(x, a, parent);
}

void ag__x_bind_affil(xdoc *x, int a, int parent)
{
    if (a < 0 || parent < 0 || a == parent || ag__x_root(x, parent) == a)
        return;
    if (x->actors[a].affil_weak && x->actors[a].affil != parent)
        ag__x_set_parent(x, a, parent);
    else
        ag__x_set_affil(x, a, parent);
    x->actors[a].affil_weak = 0;
}

/* CAMEO code of an official: the root country's (or organization's) code
 * plus the role ("TUR" + "MIL"). */
void ag__x_person_code(xdoc *x, int a, const char *role)
{
    xactor *p = &x->actors[a];
    if (p->code && p->lex >= 0)
        return;
    const char *base = root_code(x, p->affil >= 0 ? p->affil : -1);
    if (!base)
        return;
    if (strncmp(base, "IGO", 3) == 0 || strncmp(base, "NGO", 3) == 0 || strlen(base) > 3)
        p->code = base;
    else if (!p->code || strncmp(p->code, base, strlen(base)) != 0 ||
             strcmp(p->code + strlen(base), role && *role ? role : "GOV") != 0)
        p->code = ag__x_cat(x, base, role && *role ? role : "GOV", ""); /* once per person and role */
}

/* ---- names ---- */

/* "al-Assad", "bin-Salman", "el-Sisi": a lower-case particle joined to a
 * capitalized name. */
static int particle_name(const xdoc *x, size_t i)
{
    const char *w = x->text + x->t.toks[i].start;
    size_t n = x->t.toks[i].end - x->t.toks[i].start;
    const char *h = memchr(w, '-', n);
    if (!h || h == w || (size_t)(h - w) > 4 || h + 1 >= w + n)
        return 0;
    if (!(ag_vocab_classify(ag_lexicon_vocab(x->lx), w, (size_t)(h - w), NULL) & WC(NAME_PREFIX)))
        return 0;
    return h[1] >= 'A' && h[1] <= 'Z';
}

int ag__x_name_token_hyphen(const xdoc *x, size_t i)
{
    unsigned f = x_tflags(x, i);
    /* A word holds a '-' only with AG_TOK_HYPHEN (text.h): most words are
     * no particle name without a look at their bytes. */
    if ((f & AG_TOK_WORD) && (f & AG_TOK_HYPHEN) && i < x->t.n_toks && particle_name(x, i))
        return 1;
    if (!(f & AG_TOK_WORD) || !(f & AG_TOK_CAP) || (f & AG_TOK_DIGIT))
        return 0;
    if (x_tok_has(x, i, WC(NOT_NAME)))
        return 0;
    return !ag__x_hyphen_not_name(x, i);
}

/* A person's name at i: capitalized words and particles. Returns its token
 * count (0 if none); *n0 is where the name proper starts (after an
 * honorific). Lexicon places, organizations and titles end a name. */
/* 1 if token i is the plural of a title: "Leaders", "Presidents". */
int ag__x_plural_title(const xdoc *x, size_t i)
{
    const ag_token *t = &x->t.toks[i];
    size_t n = t->end - t->start;
    char w[64];
    if (n >= sizeof w || !x_tok_ends(x, i, "s", 3))
        return 0;
    memcpy(w, x->text + t->start, n - 1);
    w[n - 1] = '\0';
    ag_lx_hit hits[8];
    size_t nh = ag_lexicon_lookup(x->lx, w, hits, 8);
    for (size_t k = 0; k < nh && k < 8; k++)
        if (ag_lexicon_entry(x->lx, hits[k].entry)->kind == AG_LX_TITLE)
            return 1;
    return 0;
}

/* "Mwangi Kiunjuri Condemns Attack", "US Ambassador Summoned to": a stance
 * or meeting verb of a title-case headline is no name word (a short one
 * may be: "Ban Ki-moon", "Sue"; and a person the lexicon knows is). */
static int headline_verb(const xdoc *x, size_t k, size_t end)
{
    return x->t.toks[k].end - x->t.toks[k].start >= 4 &&
           x_match(x, k, k + 1, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) == 1 &&
           !x_match(x, k, end, KIND(AG_LX_PERSON), NULL);
}

/* After at most three honorifics at i: "Dato’ Seri Utama" (the
 * apostrophe of "Dato'" is read as a closing quote glued to it). */
static size_t skip_honorifics(const xdoc *x, size_t i, size_t end)
{
    size_t j = i;
    for (size_t h = 0; j < end && h < 3 && x_tok_has(x, j, WC(HONORIFIC)); h++) {
        j++;
        if (j + 1 < end && (x_tflags(x, j) & AG_TOK_CLOSEQ) && x->t.toks[j].start == x->t.toks[j - 1].end &&
            (x_tflags(x, j + 1) & AG_TOK_CAP))
            j++;
    }
    return j;
}

static size_t scan_name(const xdoc *x, size_t i, size_t end, size_t *n0)
{
    /* "Lt Gen (retd.) Jahangir Alam Chowdhury": honorifics and ranks, and
     * a lower-case remark in brackets after them. */
    size_t j = skip_honorifics(x, i, end);
    /* ... or an honorific in brackets: "Hon (Dr.) Peter Mathuki". */
    if (j > i && x_tok_is(x, j, "(") && j + 2 < end &&
        (!(x_tflags(x, j + 1) & AG_TOK_CAP) || x_tok_has(x, j + 1, WC(HONORIFIC)))) {
        size_t q = j + 1;
        while (q < end && q < j + 4 && !x_tok_is(x, q, ")"))
            q++;
        if (x_tok_is(x, q, ")"))
            j = q + 1;
    }
    /* "Leaders Anthony Albanese and James Marape": a plural title
     * before a name is not part of it. */
    if (j + 1 < end && ag__x_name_token(x, j + 1) && ag__x_plural_title(x, j)) /* cheaper test first */
        j++;
    *n0 = j;
    size_t k = j, np = 0; /* particles: "Mohamed bin Hamad bin Tahnoun Al Nahyan" */
    int after_particle = 0;
    while (k < end && k - j < 5 + (np < 3 ? np : 3)) {
        if (ag__x_name_token(x, k)) {
            if (headline_verb(x, k, end))
                break;
            ag_lx_hit h;
            /* A word after a particle, or before "bin", is a name ("bin
             * Sultan Al Jaber", "Sultan bin Ahmed"), whatever else it is. */
            size_t m = after_particle || ag__x_patronym_after(x, k, end, np > 0)
                           ? 0
                           : x_match(x, k, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_TITLE), &h);
            after_particle = 0;
            if (m) {
                /* A lexicon word ends the name, except a one-word place name
                 * that closes a name ("Ana Lima", "Jordan Paris"). */
                const ag_lx_entry *e = ag_lexicon_entry(x->lx, h.entry);
                /* Also a one-word organization's short name in mixed case
                 * ("Thérèsa Wagner", not the Wagner Group). */
                int closes = (e->kind == AG_LX_COUNTRY && (h.form == AG_FORM_NAME || h.form == AG_FORM_CAPITAL)) ||
                             (e->kind == AG_LX_ORG && !(x_tflags(x, k) & AG_TOK_UPPER));
                /* "Hossein Amir Abdollahian": a title that is also a
                 * given name, between two name words. */
                int inner = e->kind == AG_LX_TITLE && k > j && m == 1 && x_tok_has2(x, k, WC2(NAME_TITLE)) &&
                            ag__x_name_token(x, k + 1) && !x_match(x, k + 1, end, KIND(AG_LX_TITLE), NULL);
                /* "Hon. Aden Duale": after an honorific, a one-word place
                 * that opens a two-word name is a given name. */
                int given = closes && k == j && j > i && m == 1 && ag__x_name_token(x, k + 1) &&
                            !x_match(x, k + 1, end, KIND(AG_LX_COUNTRY) | KIND(AG_LX_ORG) | KIND(AG_LX_TITLE), NULL);
                if (!inner && !given &&
                    !(closes && k > j && m == 1 && !ag__x_name_token(x, k + 1) && !(x_tflags(x, k + 1) & AG_TOK_POSS)))
                    break;
            }
            /* "Al Nahyan": a capitalized particle, then a name. */
            if (k > j && x_tok_has(x, k, WC(NAME_PARTICLE)))
                np++, after_particle = 1;
            k++;
        } else if (k > j && k + 1 < end && x_tok_has(x, k, WC(NAME_PARTICLE))) {
            /* "von der Leyen", "bin Salman", "de la Cruz": particles, then a name. */
            size_t q = k;
            while (q < end && q < k + 3 && x_tok_has(x, q, WC(NAME_PARTICLE)))
                q++;
            if (q >= end || !ag__x_name_token(x, q))
                break;
            np += q - k < 3 ? q - k : 3;
            after_particle = 1;
            k = q;
        } else if (k > j && k + 1 < end && x->t.toks[k].end == x->t.toks[k].start + 1 &&
                   (x_tflags(x, k) & AG_TOK_CAP) && ag__x_name_token(x, k + 1)) {
            k++; /* "Muhammad A Muhith": a bare middle initial ("A" is also the article) */
        } else if (k > j && x->text[x->t.toks[k].start] == ']' && ag__x_bracket_open(x, j) &&
                   ag__x_name_token(x, k + 1)) {
            k++; /* "[... President Mahmoud] Abbas": an editor's words end inside the name */
        } else if (k > j && (x_tflags(x, k) & AG_TOK_CAP) && x_tok_has(x, k, WC(PRONOUN)) &&
                   x->t.toks[k].end - x->t.toks[k].start > 1 && x->text[x->t.toks[k - 1].end - 1] != '.') {
            /* "Vice Premier Liu He": a capitalized pronoun right after a
             * name word, with no break between (not even an initial's
             * period: "wrote on X.  He said"), is part of the name. */
            k++;
        } else {
            break;
        }
    }
    /* "Ahmed bin Ali Mohamed Al" cut by the word limit: a name ends in no
     * particle. */
    while (k > j + 1 && x_tok_has(x, k - 1, WC(NAME_PARTICLE)))
        k--;
    /* "General Border Committee", "Foreign Ministers' Meeting", "the
     * Integral Development Plan": a body's, event's or plan's name. */
    if (k > j && x_tok_has(x, k - 1, WC(ORG_HEAD) | WC(GATHERING_NOUN) | WC(PROPOSAL_NOUN)))
        return 0;
    /* "the West African Elders Forum", "the Kigali Peace Council": words
     * before a capitalized head the name stopped at name the body. */
    if (k > j && k < end && (x_tflags(x, k) & AG_TOK_CAP) &&
        (x_tok_has(x, k, WC(ORG_HEAD)) || x_tok_has2(x, k, WC2(SUMMIT_NOUN))))
        return 0;
    /* "Heydar Aliyev Park": a place named after a person ("Park Jin" and
     * "met Park" are names: a facility word ends a longer name). */
    if (k > j + 1 && x_tok_has2(x, k - 1, WC2(FACILITY_NOUN)))
        return 0;
    return k - j;
}

/* scan_name through x->scan: its answer depends on the words alone, and
 * both passes ask it at the same words. */
size_t ag__x_scan_name(const xdoc *x, size_t i, size_t end, size_t *n0)
{
    struct xscan *m = x->scan && i < x->t.n_toks ? &x->scan[i] : NULL;
    if (m && m->span && i + m->span == end) {
        *n0 = i + m->off;
        return m->len;
    }
    size_t n = scan_name(x, i, end, n0);
    if (m && end > i && end - i <= UINT16_MAX && *n0 - i <= UINT8_MAX && n <= UINT8_MAX)
        *m = (struct xscan){(uint16_t)(end - i), (uint8_t)(*n0 - i), (uint8_t)n};
    return n;
}

static int has_name_ci(const xdoc *x, const xkey *k, int v) { return strcasecmp(x->actors[v].name, k->s) == 0; }

/* Aliases are never taken back. */
static int always(const xdoc *x, const xkey *k, int v)
{
    (void)x, (void)k, (void)v;
    return 1;
}

/* 1 if `shorter` is the last words of `longer` ("Mensah Boateng" of
 * "Kwame Mensah Boateng"). */
int ag__x_word_suffix(const char *shorter, const char *longer)
{
    size_t a = strlen(shorter), b = strlen(longer);
    return a < b && longer[b - a - 1] == ' ' && strcasecmp(longer + b - a, shorter) == 0;
}

/* Finds or makes the person named by tokens [n0,n1). With create == 0 only
 * known persons are returned. */
/* The one person whose name starts with the word `w` (or has it next to
 * last: "Ramírez") and who is known by no surname `w`; -1 if none or
 * several ("Mohammed" of two persons). */
static int by_first_word(xdoc *x, const char *w)
{
    size_t n, len = strlen(w);
    const int *v = ag__x_index_all(x, &(xkey){XI_SUR, w, 1, 0}, &n);
    int one = -1;
    for (size_t q = 0; q < n; q++) {
        const xactor *a = &x->actors[v[q]];
        if (a->kind != AG_ACTOR_PERSON || !given_word(a->name, w, len) || v[q] == one)
            continue;
        if (one >= 0)
            return -1;
        one = v[q];
    }
    return one;
}

/* 1 if sentence si is a headline in title case ("Qatari, Saudi Leaders
 * Share Phone Call, Start New Dispute"): no closing punctuation, and every
 * word of four letters or more capitalized, at least four of them. Its
 * capitalized verbs and nouns look like names, so it makes no new person:
 * a person it names is one the body names too (pass 1 learns him there). */
static int title_case_line(const xdoc *x, size_t si)
{
    if (si >= x->t.n_sents || x->t.sents[si].tok_end <= x->t.sents[si].tok_start)
        return 0;
    const ag_sentence *s = &x->t.sents[si];
    size_t last = s->tok_end - 1;
    if ((x_tflags(x, last) & (AG_TOK_PUNCT | AG_TOK_QUOTE)) && !x_tok_is(x, last, ")"))
        return 0;
    int caps = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const ag_token *t = &x->t.toks[k];
        if (!(t->flags & AG_TOK_WORD) || (t->flags & AG_TOK_DIGIT) || t->end - t->start < 4)
            continue;
        if (!(t->flags & AG_TOK_CAP))
            return 0;
        caps++;
    }
    return caps >= 4;
}

int ag__x_person_for_name(xdoc *x, size_t n0, size_t n1, int create)
{
    if (n1 <= n0)
        return -1;
    ag_lx_hit h;
    size_t m = x_match(x, n0, n1, KIND(AG_LX_PERSON), &h);
    if (m == n1 - n0)
        return ag__x_actor_for_lex(x, h.entry, 0);
    /* Mostly a person met before: the name is copied to the arena only
     * when it becomes one's (ag__x_actor_new copies its own). */
    char buf[256];
    char *name = span_text(x, n0, n1, buf, sizeof buf);
    if (!name)
        name = ag__x_surface(x, n0, n1);
    if (!name || garbled(name))
        return -1;
    const char *sur = last_word(name);
    sur += glued_initial(sur);
    int single = n1 - n0 == 1;
    /* The first person of this name or alias, or of this surname when the
     * rest of the name agrees. */
    uint64_t sh = ag__x_key_str(name); /* three keys of one string (sur is name when single) */
    int found = ag__x_index_first_h(x, &(xkey){XI_NAME_CI, name, 0, 0}, sh, has_name_ci, -1);
    int by_alias = ag__x_index_first_h(x, &(xkey){XI_ALIAS_CI, name, 0, 0}, sh, always, -1);
    if (by_alias >= 0 && (found < 0 || by_alias < found))
        found = by_alias;
    size_t n;
    const int *same_sur = ag__x_index_all_h(x, &(xkey){XI_SUR, sur, 0, 0}, sur == name ? sh : 0, &n);
    for (size_t q = 0; q < n; q++) {
        int i = same_sur[q];
        xactor *a = &x->actors[i];
        const char *known = a->surname ? a->surname : last_word(a->name);
        if ((found >= 0 && i >= found) || !initial_agrees(a->name, name) ||
            (strcasecmp(known, sur) != 0 && strcasecmp(ascii_surname(x, known), sur) != 0 &&
             strcasecmp(surname_base(x, known), sur) != 0))
            continue;
        /* Same surname: "Erdogan" or "Recep Erdogan" for "Recep Tayyip
         * Erdogan"; a different first name is another person. */
        if (single || !strchr(a->name, ' ') || strncasecmp(a->name, name, strcspn(name, " ")) == 0 ||
            ag__x_word_suffix(a->name, name) || ag__x_word_suffix(name, a->name))
            found = i;
    }
    if (found < 0 && single)
        found = by_first_word(x, name);
    if (found < 0 && !single)
        found = person_by_words(x, name, 0);
    if (found < 0 && create)
        found = ag__x_variant_person(x, name);
    if (found >= 0) {
        /* Keep the fullest form as the canonical name. */
        xactor *a = &x->actors[found];
        if (a->lex < 0 && strlen(name) > strlen(a->name) && strchr(name, ' ')) {
            char *full = name == buf ? ag_arena_strdup(x->doc->arena, name) : name;
            if (!full) {
                x->oom = 1;
                return found;
            }
            ag__x_add_alias(x, found, a->name);
            a->name = full;
            index_name(x, found);
        }
        return found;
    }
    if (!create || title_case_line(x, x->co.sent))
        return -1;
    int a = ag__x_actor_new(x, name, AG_ACTOR_PERSON, NULL, -1);
    if (a >= 0)
        x->actors[a].surname = ag_arena_strdup(x->doc->arena, sur);
    return a;
}

/* ---- new persons by cue ---- */

/* The person mention that ends right before the coordination at i
 * ("and", ", and"; a comma alone only in a list of "<name> of <place>":
 * "Sadyr Japarov of Kyrgyzstan, Emomali Rahmon", since "Surjeet Singh,
 * Assistant Personnel" is an apposition). -1 if none. */
static int coordinated_chunk(const xdoc *x, size_t i, size_t lo)
{
    size_t k = i;
    int and = k > lo && x_tok_is(x, k - 1, "and");
    if (and)
        k--;
    if (k > lo && x_tok_is(x, k - 1, ","))
        k--;
    if (k == i || k <= lo)
        return -1;
    int c = x->tok_chunk[k - 1];
    int of_place = c >= 0 && x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON && x->chunks[c].t0 >= lo + 2 &&
                   x_tok_is(x, x->chunks[c].t0 - 1, "of");
    if (!and && !of_place)
        return -1;
    if (of_place)
        c = x->tok_chunk[x->chunks[c].t0 - 2];
    if (c < 0 || (x->chunks[c].flags & (CH_ADJ | CH_LOC)))
        return -1;
    return x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON ? c : -1;
}

static int coordinated_person(const xdoc *x, size_t i, size_t lo)
{
    int c = coordinated_chunk(x, i, lo);
    return c < 0 ? -1 : x->chunks[c].actor;
}

/* The plural title before the list of persons whose member starts at i
 * ("Presidents A of X, B of Y and C"), or SIZE_MAX. */
static size_t list_plural_title(const xdoc *x, size_t i, size_t n0, size_t lo)
{
    if (n0 > i && ag__x_plural_title(x, n0 - 1))
        return n0 - 1;
    for (int hops = 0; hops < 8; hops++) {
        int c = coordinated_chunk(x, i, lo);
        if (c < 0)
            return SIZE_MAX;
        i = x->chunks[c].t0;
        if (ag__x_plural_title(x, i))
            return i; /* the first mention holds the plural */
        if (i > lo && ag__x_plural_title(x, i - 1))
            return i - 1;
    }
    return SIZE_MAX;
}

/* The title whose singular is the words [k, t] with the plural t made
 * singular ("Foreign Ministers" is "Foreign Minister"), written into w;
 * NULL if the lexicon has none. */
static const ag_lx_entry *singular_title(const xdoc *x, size_t k, size_t t, char *w, size_t cap)
{
    size_t n = 0;
    for (size_t q = k; q <= t; q++) {
        const ag_token *tk = &x->t.toks[q];
        size_t len = tk->end - tk->start - (q == t);
        if (n + len + 2 > cap)
            return NULL;
        if (n)
            w[n++] = ' ';
        memcpy(w + n, x->text + tk->start, len);
        n += len;
    }
    w[n] = '\0';
    ag_lx_hit hits[8];
    size_t nh = ag_lexicon_lookup(x->lx, w, hits, 8);
    for (size_t h = 0; h < nh && h < 8; h++)
        if (ag_lexicon_entry(x->lx, hits[h].entry)->kind == AG_LX_TITLE)
            return ag_lexicon_entry(x->lx, hits[h].entry);
    return NULL;
}

void ag__x_note_list_title(xdoc *x, int p, size_t i, size_t n0)
{
    size_t lo = x->t.sents[x->co.sent].tok_start;
    size_t t = p < 0 || x->actors[p].title ? SIZE_MAX : list_plural_title(x, i, n0, lo);
    if (t == SIZE_MAX)
        return;
    /* The longest title with capitalized words before the plural. */
    size_t k = t;
    while (k > lo && k + 3 > t && (x_tflags(x, k - 1) & AG_TOK_CAP) && (x_tflags(x, k - 1) & AG_TOK_WORD))
        k--;
    char w[64];
    const ag_lx_entry *e = NULL;
    for (; k <= t && !e; k++)
        e = singular_title(x, k, t, w, sizeof w);
    if (!e)
        return;
    for (char *q = w; *q; q++)
        if (*q >= 'A' && *q <= 'Z')
            *q = (char)(*q + 32);
    x->actors[p].title = ag_arena_strdup(x->doc->arena, w);
    if (!x->actors[p].title) {
        x->oom = 1;
        return;
    }
    ag__x_index_title(x, p);
    if (!x->actors[p].role)
        x->actors[p].role = e->role && *e->role ? e->role : "GOV";
}

/* "China's special envoy to the Pacific, Qian Bo", "India's High
 * Commissioner in Dhaka, Pranay Verma", "the Gulf state's foreign ministry
 * spokesperson, Majed Al-Ansari": a title in apposition right before the
 * name at i, in its clause. Returns 1 if there is one, and in *of the
 * country or organization named before the title (over the words of an
 * agency), or -1. */
static int title_before(const xdoc *x, size_t i, size_t lo, int *of)
{
    *of = -1;
    if (i < lo + 2 || !x_tok_is(x, i - 1, ","))
        return 0;
    for (size_t k = i - 1; k > lo && k + 12 > i; k--) {
        int c = x->tok_chunk[k - 1];
        /* "the High Commissioner of Ghana to Nigeria, Amb Rashid Bawa": the
         * post is no country of the person. */
        if (c >= 0 && x->chunks[c].t0 > lo + 1 && x_tok_is(x, x->chunks[c].t0 - 1, "to") &&
            x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON) {
            k = x->chunks[c].t0;
            continue;
        }
        if (c >= 0 && (x->chunks[c].flags & CH_NOMINAL)) {
            /* The title made a mention of its own: "China's special envoy". */
            if (x->actors[x->chunks[c].actor].kind != AG_ACTOR_PERSON)
                *of = x->chunks[c].actor;
            return 1;
        }
        if (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)) ||
            (c >= 0 && !(x->chunks[c].flags & CH_LOC)))
            return 0; /* another mention or clause before any title */
        if (!x_match(x, k - 1, i - 1, KIND(AG_LX_TITLE), NULL))
            continue;
        for (size_t q = k - 1; q > lo && q + 4 > k; q--) {
            int cc = x->tok_chunk[q - 1];
            /* "his deputy for political affairs, Ali Bagheri Kani": the
             * person's body or country. */
            int who = cc < 0 ? ag__x_coref_possessor(x, q - 1) : -1;
            if (who >= 0) {
                *of = x->actors[who].affil;
                break;
            }
            if (cc >= 0) {
                int r = x->actors[x->chunks[cc].actor].kind == AG_ACTOR_PERSON ? -1 : x->chunks[cc].actor;
                *of = r;
                break;
            }
            if (!(x_tflags(x, q - 1) & (AG_TOK_WORD | AG_TOK_POSS)))
                break;
        }
        return 1;
    }
    return 0;
}

/* 1 if word k ends like an English adverb or gerund ("-ly", "-ing") after
 * a stem of four letters or more: no part of a name but its last
 * ("Illegally", "Forging"; not "Ely", "Xing"). */
static int word_form_suffix(const xdoc *x, size_t k)
{
    return x_tok_ends(x, k, "ly", 5) || x_tok_ends(x, k, "ing", 6);
}

/* "Burundi's Pierre Nkurunziza": the country whose possessive the name at i
 * follows; -1 if none. */
static int poss_country_before(const xdoc *x, size_t i, size_t lo)
{
    if (i < lo + 2 || !(x_tflags(x, i - 1) & AG_TOK_POSS))
        return -1;
    int c = x->tok_chunk[i - 2];
    if (c < 0 || x->chunks[c].t1 != i - 1 || x->actors[x->chunks[c].actor].kind != AG_ACTOR_COUNTRY)
        return -1;
    return x->chunks[c].actor;
}

/* "the incoming government's X", "the ruling party's X": a member_owner
 * word in the possessive right before i. */
static int owner_before(const xdoc *x, size_t i, size_t lo)
{
    return i >= lo + 2 && (x_tflags(x, i - 1) & AG_TOK_POSS) && x_tok_has3(x, i - 2, WC3(MEMBER_OWNER));
}

/* "New Zealand will send ... the incoming government's X": the one country
 * the sentence names before i, whose government or party that is; -1 if
 * none or several. */
static int owner_country(const xdoc *x, size_t i, size_t lo)
{
    int one = -1;
    for (size_t c = x->n_chunks; c-- > 0;) {
        const xchunk *ch = &x->chunks[c];
        if (ch->t0 < lo)
            break;
        if (ch->t1 > i || ch->actor < 0 || (ch->flags & CH_LOC))
            continue;
        int r = ag__x_root(x, ch->actor);
        if (r < 0 || x->actors[r].kind != AG_ACTOR_COUNTRY)
            continue;
        if (one >= 0 && one != r)
            return -1;
        one = r;
    }
    return one;
}

/* [n0,n1) are capitalized words of two letters or more, none of a region
 * ("Far East") nor an abbreviation ("W. Sahara", "UN"). */
static int name_words(const xdoc *x, size_t n0, size_t n1)
{
    for (size_t k = n0; k < n1; k++) {
        const char *w = x->text + x->t.toks[k].start;
        size_t n = x->t.toks[k].end - x->t.toks[k].start;
        if (!(x_tflags(x, k) & AG_TOK_CAP) || (x_tflags(x, k) & AG_TOK_UPPER) || n < 2 || memchr(w, '.', n) ||
            x_tok_has2(x, k, WC2(COMPASS_WORD)))
            return 0;
    }
    return 1;
}

/* "congratulated Emomali Rahmon", "talks with Sadyr Japarov": a name right
 * after a stance or meeting verb or noun (a preposition may stand between,
 * not "of": "the election of Donald Trump" is no act on him). */
static int verb_object(const xdoc *x, size_t i, size_t lo)
{
    size_t v = i;
    if (v > lo && x_tok_has(x, v - 1, WC(OBJECT_PREP)) && !x_tok_is(x, v - 1, "of"))
        v--;
    if (v <= lo || (x_tflags(x, v - 1) & AG_TOK_CAP))
        return 0;
    /* "the Group's co-chairs A": after a possessive the word is a noun. */
    if (v == i && v - 1 > lo && (x_tflags(x, v - 2) & AG_TOK_POSS))
        return 0;
    return x_match(x, v - 1, v, KIND(AG_LX_VERB) | KIND(AG_LX_MEET), NULL) == 1;
}

/* "Libya will be represented by Fayez al-Sarraj", "represented at the
 * summit by the head of its council Ali Omar": the name at i ends a
 * "by" phrase (no comma or clause break before it) whose "by" follows a
 * representation verb within four words. */
int ag__x_representative_at(const xdoc *x, size_t i, size_t lo)
{
    for (size_t k = i; k > lo && k + 10 > i; k--) {
        if (x_tok_is(x, k - 1, ",") || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
            return 0;
        if (!x_tok_is(x, k - 1, "by"))
            continue;
        for (size_t q = k - 1; q > lo && q + 5 > k; q--)
            if (x_tok_has2(x, q - 1, WC2(REPRESENT_VERB)))
                return 1;
        return 0;
    }
    return 0;
}

/* The country after a name: "Sadyr Japarov of Kyrgyzstan". */
static int country_after(const xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, "of"))
        return -1;
    k++;
    if (x_tok_is(x, k, "the"))
        k++;
    ag_lx_hit h;
    size_t m = x_match(x, k, end, KIND(AG_LX_COUNTRY), &h);
    if (!m || h.form == AG_FORM_ADJ || h.form == AG_FORM_DEMONYM || (x_tflags(x, k + m) & AG_TOK_POSS))
        return -1;
    return ag__x_actor_country((xdoc *)x, h.entry);
}

/* "the election of Rangi Toleafoa as president": "as", a determiner and
 * modifiers, then a title. */
static int as_title_after(const xdoc *x, size_t k, size_t end)
{
    if (!x_tok_is(x, k, "as"))
        return 0;
    k++;
    if (x_tok_has(x, k, WC(DETERMINER)))
        k++;
    while (k < end && (x_tok_has2(x, k, WC2(TITLE_MODIFIER) | WC2(NEW_MODIFIER))))
        k++;
    return x_match(x, k, end, KIND(AG_LX_TITLE), NULL) > 0;
}

/* 1 if the capitalized words [n0,n1) name a region's people ("West
 * Africans", "Young East Asians"): a compass word, then a last word in -s. */
int ag__x_region_people(const xdoc *x, size_t n0, size_t n1)
{
    if (!x_tok_ends(x, n1 - 1, "s", 3))
        return 0;
    for (size_t k = n0; k + 1 < n1; k++)
        if (x_tok_has2(x, k, WC2(COMPASS_WORD)))
            return 1;
    return 0;
}

/* Two or three name words from k, none a staff or official noun
 * ("Welfare Officer"), and no capitalized word after them. */
static int plain_name_at(const xdoc *x, size_t k)
{
    size_t e = k;
    while (e < k + 4 && (x_tflags(x, e) & AG_TOK_CAP) && !x_tok_has(x, e, WC(OFFICIAL_NOUN)) &&
           !x_tok_has2(x, e, WC2(STAFF_NOUN)))
        e++;
    return e >= k + 2 && e <= k + 3 && name_words(x, k, e) && !(x_tflags(x, e) & AG_TOK_CAP);
}

/* "met A, Calix Fleuridor and B": a two- or three-word name between a
 * person's mention and the comma before it and "and" (or a comma) and a
 * plain name after it is the list's next person, no apposition ("Surjeet
 * Singh, Assistant Personnel and Welfare Officer"). */
static int inner_list_item(const xdoc *x, size_t i, size_t n0, size_t n1, size_t lo)
{
    if (i != n0 || n1 - n0 < 2 || n1 - n0 > 3 || i < lo + 2 || !x_tok_is(x, i - 1, ",") || !plain_name_at(x, n0) ||
        !(x_tok_is(x, n1, "and") || x_tok_is(x, n1, ",")) || !plain_name_at(x, n1 + 1))
        return 0;
    int c = x->tok_chunk[i - 2];
    return c >= 0 && !(x->chunks[c].flags & (CH_ADJ | CH_LOC | CH_POSS)) &&
           x->actors[x->chunks[c].actor].kind == AG_ACTOR_PERSON;
}

/* What says that the capitalized words [n0,n1) at i name a person. */
static int person_cue(const xdoc *x, size_t i, size_t n0, size_t n1)
{
    size_t lo = x->t.sents[x->co.sent].tok_start;
    size_t nl = n1 - n0;
    /* "Mohammad Hadi Haji Rahimi": three or more name parts, plain
     * capitalized words (not "BGB-BSF DG-Level Talks", "Patio de Honor"),
     * none but the last an adverb or gerund ("Illegally Occupied Jammu",
     * "Forging Caribbean Resilience"). */
    /* ... nor the capitalized word before them ("Unlawfully Annexed
     * Eastern Ladakh" tried again from "Annexed"). */
    int plain = !(i > lo && (x_tflags(x, i - 1) & AG_TOK_CAP) && word_form_suffix(x, i - 1));
    size_t caps = 0;
    for (size_t k = n0; k < n1; k++) {
        plain &= !(x_tflags(x, k) & AG_TOK_UPPER) && !x_tok_has(x, k, WC(PREDICATE_START)) &&
                 !memchr(x->text + x->t.toks[k].start, '-', x->t.toks[k].end - x->t.toks[k].start) &&
                 (k + 1 == n1 || !word_form_suffix(x, k));
        caps += (x_tflags(x, k) & AG_TOK_CAP) != 0;
    }
    if (caps >= 3 && plain && !ag__x_region_people(x, n0, n1))
        return 1;
    /* "Shri Surjeet Singh"; "Presidents Sadyr Japarov". */
    if (n0 > i && (x_tok_has(x, n0 - 1, WC(HONORIFIC)) || ag__x_plural_title(x, n0 - 1)))
        return 1;
    if (nl < 2)
        return 0;
    /* "businessman Elon Musk"; "Rwanda's Paul Kagame": the country's own
     * two- or three-word name is its leader's (places and bodies are in the
     * lexicon or end in an organization's head word). */
    if (i > lo && x_tok_has2(x, i - 1, WC2(PERSON_NOUN)))
        return 1;
    if (nl <= 3 && i == n0 && poss_country_before(x, i, lo) >= 0 && name_words(x, n0, n1))
        return 1;
    /* "the incoming government's Jane Doe": a government or party owns its
     * member as a country its leader. */
    if (nl <= 3 && i == n0 && owner_before(x, i, lo) && name_words(x, n0, n1))
        return 1;
    if (nl <= 3 && i == n0 && name_words(x, n0, n1) && verb_object(x, i, lo))
        return 1;
    /* ... or the representative (a particle may open a later part: "Fayez
     * al-Sarraj"). */
    if (nl <= 3 && i == n0 && name_words(x, n0, n0 + 1) && ag__x_representative_at(x, i, lo))
        return 1;
    /* "the election of Mohamed Muizzu as President": the office right
     * after the name. */
    if (nl <= 3 && i == n0 && name_words(x, n0, n1) && as_title_after(x, n1, x->t.sents[x->co.sent].tok_end))
        return 1;
    /* "brigadier generals Mohammad Reza Zahedi", "two generals - A and B". */
    size_t b = i;
    if (b > lo && (x_tflags(x, b - 1) & AG_TOK_PUNCT) && !x_tok_is(x, b - 1, ","))
        b--;
    if (b > lo && ag__x_plural_title(x, b - 1))
        return 1;
    return coordinated_person(x, i, lo) >= 0 || inner_list_item(x, i, n0, n1, lo);
}

/* "officers of the IRGC, including two generals - A and B": the body of a
 * group of officials that a list of names after it is drawn from; -1 if
 * none. Steps back over lower-case words, numbers, punctuation and the
 * list's earlier names. */
static int list_body_before(const xdoc *x, size_t i, size_t lo)
{
    for (size_t k = i; k > lo && k + 12 > i; k--) {
        int c = x->tok_chunk[k - 1];
        if (c < 0) {
            if ((x_tflags(x, k - 1) & AG_TOK_CAP) || x_tok_has(x, k - 1, WC(CLAUSE_BREAK)))
                return -1;
            continue;
        }
        const xchunk *ch = &x->chunks[c];
        if (x->actors[ch->actor].kind == AG_ACTOR_PERSON && (x_tok_is(x, ch->t1, "and") || x_tok_is(x, ch->t1, ","))) {
            k = ch->t0 + 1;
            continue;
        }
        if (x->actors[ch->actor].kind != AG_ACTOR_ORGANIZATION || ch->t0 < lo + 2)
            return -1;
        size_t q = ch->t0 - 1;
        if (q > lo && x_tok_has(x, q, WC(DETERMINER)))
            q--;
        if (!x_tok_is(x, q, "of") || q == lo ||
            !(x_tok_has(x, q - 1, WC(OFFICIAL_NOUN)) || ag__x_plural_title(x, q - 1)))
            return -1;
        return ch->actor;
    }
    return -1;
}

int ag__x_person_by_cue(xdoc *x, size_t i, size_t n0, size_t n1, size_t end, int strong)
{
    size_t lo = x->t.sents[x->co.sent].tok_start;
    int of = -1;
    int titled = title_before(x, i, lo, &of);
    if (n1 <= n0 || !(strong || titled || person_cue(x, i, n0, n1)))
        return -1;
    for (size_t k = n0; k < n1 && !strong; k++)
        if (x_tok_has(x, k, WC(ORG_HEAD)))
            return -1; /* "General Border Committee" is no person */
    int p = ag__x_person_for_name(x, n0, n1, 1);
    int c = p < 0 ? -1 : of >= 0 ? of : country_after(x, n1, end);
    if (p >= 0 && c < 0)
        c = list_body_before(x, i, lo);
    if (p >= 0 && c < 0)
        c = poss_country_before(x, i, lo);
    if (p >= 0 && c < 0 && i == n0 && owner_before(x, i, lo))
        c = owner_country(x, i, lo);
    if (c >= 0)
        ag__x_set_affil(x, p, c);
    ag__x_note_list_title(x, p, i, n0);
    if (c >= 0)
        ag__x_person_code(x, p, NULL);
    return p;
}
