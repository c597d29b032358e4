/* text.c — see text.h. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_ascii_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Classifies the code point at s: 0 other, 1 space, 2 punctuation (incl.
 * quotes and dashes), 3 word character. *n receives its byte length. */
static inline int classify(const unsigned char *s, size_t avail, size_t *n)
{
    unsigned c = s[0];
    *n = 1;
    if (c < 0x80) {
        if (is_ascii_alpha((unsigned char)c) || is_digit((unsigned char)c))
            return 3;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            return 1;
        return 2;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (len > avail)
        len = avail;
    *n = len;
    if (len == 2 && c == 0xC2) {
        unsigned d = s[1];
        if (d == 0xA0)
            return 1;                        /* no-break space */
        if (d == 0xAB || d == 0xBB || d == 0xB7 || d == 0xA7 || d == 0xB6 || d == 0xBF || d == 0xA1)
            return 2;                        /* « » · § ¶ ¿ ¡ */
        return 2;                            /* other Latin-1 symbols */
    }
    if (len == 3 && c == 0xE2 && s[1] == 0x80) {
        unsigned d = s[2];
        if (d <= 0x8A || d == 0xAF || d == 0xA8 || d == 0xA9)
            return 1;                        /* en/em spaces, narrow nbsp, separators */
        return 2;                            /* dashes, quotes, bullets, ellipsis */
    }
    if (len == 3 && c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 1;                            /* ideographic space */
    return 3;
}

static int is_apostrophe(const unsigned char *s, size_t avail, size_t *n)
{
    if (s[0] == '\'') {
        *n = 1;
        return 1;
    }
    if (avail >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
        *n = 3;
        return 1;
    }
    return 0;
}

static int word_at(const unsigned char *s, size_t avail)
{
    size_t n;
    return avail > 0 && classify(s, avail, &n) == 3;
}

typedef struct tokvec {
    ag_token *v;
    unsigned char *nl; /* a line break before each token, for sentence ends */
    size_t n, cap;
    size_t hint; /* first capacity: a token every 4 bytes, seldom grown */
} tokvec;

static int push_tok(tokvec *tv, size_t start, size_t end, unsigned flags, const uint64_t cls[2], uint32_t word,
                    int nl)
{
    if (tv->n == tv->cap) {
        size_t cap = tv->cap ? tv->cap * 2 : tv->hint;
        ag_token *v = realloc(tv->v, cap * sizeof *v);
        if (!v)
            return -1;
        tv->v = v;
        unsigned char *p = realloc(tv->nl, cap);
        if (!p)
            return -1;
        tv->nl = p;
        tv->cap = cap;
    }
    tv->nl[tv->n] = (unsigned char)nl;
    tv->v[tv->n].start = start;
    tv->v[tv->n].end = end;
    tv->v[tv->n].flags = flags;
    tv->v[tv->n].cls = cls[0];
    tv->v[tv->n].cls2 = cls[1];
    tv->v[tv->n].word = word;
    tv->n++;
    return 0;
}

/* A word's folded bytes and their hash (vocab.h), gathered while it is
 * scanned so that its lookup reads it no more: ASCII words only ("plain"),
 * others are folded by the vocabulary. */
typedef struct wfold {
    char key[AG_WORD_MAX];
    size_t n;
    int plain;
} wfold;

static void fold_byte(wfold *f, unsigned char c)
{
    if (f->n == AG_WORD_MAX) {
        f->plain = 0;
        return;
    }
    c = (unsigned char)(c + ((unsigned)(c - 'A') < 26u ? 32 : 0));
    f->key[f->n++] = (char)c;
}

/* Classes and word id of token w[0..n), folded in f when plain; *cls2
 * (unless NULL) gets the second class word. */
static uint64_t lookup(const ag_vocab *v, const char *w, size_t n, const wfold *f, uint32_t *id, uint64_t *cls2)
{
    return f->plain && f->n == n ? ag_vocab_classify_folded(v, w, n, f->key, id, cls2)
                                 : ag_vocab_classes(v, w, n, id, cls2);
}

/* A word whose period stays with it ("Gen.", "Dec."): an abbreviation of
 * the vocabulary. */
static int is_abbrev(const ag_vocab *v, const char *w, size_t n, const wfold *f)
{
    return (lookup(v, w, n, f, NULL, NULL) & WC(ABBREVIATION)) != 0;
}

static inline unsigned word_flags(const unsigned char *s, size_t n)
{
    if ((unsigned)(s[0] - 'a') < 26u)
        return AG_TOK_WORD; /* most words: no digit, no capital */
    unsigned f = AG_TOK_WORD;
    if (is_digit(s[0]))
        f |= AG_TOK_DIGIT;
    /* Upper-case: ASCII A-Z, a Latin-1 capital (C3 80..9E), or a Latin
     * Extended-A capital ("Şahin", "Łukasz", "Čapek"): there capitals and
     * small letters alternate, the capital first. */
    int cap = (s[0] >= 'A' && s[0] <= 'Z') || (s[0] == 0xC3 && n > 1 && s[1] >= 0x80 && s[1] <= 0x9E);
    if (!cap && (s[0] == 0xC4 || s[0] == 0xC5) && n > 1) {
        unsigned cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        int odd_caps = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        cap = cp == 0x178 || (odd_caps ? (cp & 1) : !(cp & 1));
        if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
            cap = 0; /* dotless i, kra, 'n, long s: small letters only */
    }
    if (!cap)
        return f; /* AG_TOK_UPPER needs a capital first */
    f |= AG_TOK_CAP;
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_ascii_alpha(s[i])) {
            if (s[i] >= 'a')
                return f; /* a small letter: not all capitals */
            letters++;
        }
    }
    if (letters >= 2)
        f |= AG_TOK_UPPER;
    return f;
}

/* ASCII letters and digits folded (A-Z to a-z), 0 for every other byte:
 * one load per byte of the words' ASCII runs. */
static const unsigned char alnum_fold[256] = {
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i',
    ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
    ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z', ['a'] = 'a',
    ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
    ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's',
    ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z', ['0'] = '0', ['1'] = '1',
    ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
};

/* Scans one word starting at i; returns its end. Keeps internal hyphens,
 * apostrophes (not a final possessive), and abbreviation periods. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i, const ag_vocab *v, unsigned *hyphen, wfold *f)
{
    size_t n;
    size_t start = i;
    for (;;) {
        /* ASCII letters and digits without a call; others by classify. */
        while (i < len) {
            if (s[i] < 0x80) {
                /* The run in locals, one index for both buffers: a char
                 * store could alias *f. */
                size_t fn = f->n, room = AG_WORD_MAX - fn;
                size_t m = len - i > room ? room : len - i, k = 0;
                const unsigned char *p = s + i;
                char *q = f->key + fn;
                for (unsigned char c; k < m && (c = alnum_fold[p[k]]) != 0; k++)
                    q[k] = (char)c;
                i += k;
                f->n = fn + k;
                if (k < m && s[i] < 0x80)
                    break; /* ASCII, not a letter or digit */
                if (i >= len || s[i] >= 0x80)
                    continue;
                if (!is_ascii_alpha(s[i]) && !is_digit(s[i]))
                    break;
                fold_byte(f, s[i]); /* past AG_WORD_MAX: no longer plain */
                i++;
            } else if (classify(s + i, len - i, &n) == 3) {
                f->plain = 0;
                i += n;
            } else {
                break;
            }
        }
        if (i >= len || s[i] == ' ')
            return i; /* a space (most words): no joiner, no period */
        size_t an;
        if ((s[i] == '-' || s[i] == '.') && i + 1 < len && word_at(s + i + 1, len - i - 1)) {
            /* "al-Assad", "Dec.15", "U.S" (the last period is handled below) */
            if (s[i] == '-')
                *hyphen = AG_TOK_HYPHEN;
            fold_byte(f, s[i]);
            i += 1;
            continue;
        }
        if (is_apostrophe(s + i, len - i, &an) && i + an < len && word_at(s + i + an, len - i - an)) {
            /* A possessive 's stops the word: "Turkey's" -> "Turkey" "'s". */
            size_t j = i + an;
            int poss = (s[j] == 's' || s[j] == 'S') && (j + 1 >= len || !word_at(s + j + 1, len - j - 1));
            if (poss)
                break;
            if (an == 1)
                fold_byte(f, '\'');
            else
                f->plain = 0; /* a curly apostrophe: the vocabulary folds it */
            i = j;
            continue;
        }
        break;
    }
    /* Period after an abbreviation, an initial, or a dotted acronym. */
    if (i < len && s[i] == '.') {
        size_t wl = i - start;
        int dotted = memchr(s + start, '.', wl) != NULL;
        int initial = wl == 1 && s[start] >= 'A' && s[start] <= 'Z';
        if (dotted || initial || is_abbrev(v, (const char *)s + start, wl, f)) {
            fold_byte(f, '.');
            i++;
        }
    }
    return i;
}

/* Appends the sentence of tokens [first, last]. Returns 0, or -1 out of
 * memory. */
static int push_sentence(const tokvec *tv, size_t first, size_t last, size_t *scap, ag_text *out)
{
    if (out->n_sents == *scap) {
        ag_sentence *p = realloc(out->sents, 2 * *scap * sizeof *p);
        if (!p)
            return -1;
        out->sents = p;
        *scap *= 2;
    }
    ag_sentence *se = &out->sents[out->n_sents++];
    se->tok_start = first;
    se->tok_end = last + 1;
    se->start = tv->v[first].start;
    se->end = tv->v[last].end;
    return 0;
}

/* A comma, semicolon, colon, dash or closing bracket: where an overlong
 * sentence is best cut. */
static int soft_break(const char *text, const ag_token *t)
{
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    if (!(t->flags & AG_TOK_PUNCT))
        return 0;
    if (n == 1)
        return *w == ',' || *w == ';' || *w == ':' || *w == ')' || *w == '-';
    return n == 3 && (memcmp(w, "\xE2\x80\x93", 3) == 0 || memcmp(w, "\xE2\x80\x94", 3) == 0);
}

/* The last token of the piece to cut off a sentence that starts at token
 * `first` and would pass AG_SENTENCE_MAX bytes with token k: the last soft
 * break of its second half, else the token before k. */
static size_t cut_before(const char *text, const tokvec *tv, size_t first, size_t k)
{
    size_t half = tv->v[first].start + AG_SENTENCE_MAX / 2;
    for (size_t j = k - 1; j > first && tv->v[j].end > half; j--)
        if (soft_break(text, &tv->v[j]))
            return j;
    return k - 1;
}

/* 1 if the sentence ends after token k (moved past closing quotes and
 * brackets that stay with it). */
static int ends_after(const char *text, const tokvec *tv, const unsigned char *nl, size_t *kp)
{
    size_t k = *kp;
    if (k + 1 == tv->n || nl[k + 1])
        return 1;
    if (!(tv->v[k].flags & AG_TOK_PUNCT))
        return 0; /* a word (most tokens): no '.', '!', '?' or ellipsis */
    const char *w = text + tv->v[k].start;
    size_t wl = tv->v[k].end - tv->v[k].start;
    int term = (tv->v[k].flags & AG_TOK_PUNCT) && wl == 1 && (*w == '.' || *w == '!' || *w == '?');
    int ellipsis = wl == 3 && memcmp(w, "\xE2\x80\xA6", 3) == 0;
    if (!term && !ellipsis)
        return 0;
    /* Closing quotes and brackets stay with the sentence. */
    while (k + 1 < tv->n && !nl[k + 1] &&
           ((tv->v[k + 1].flags & AG_TOK_CLOSEQ) ||
            (tv->v[k + 1].end - tv->v[k + 1].start == 1 && text[tv->v[k + 1].start] == ')')))
        k++;
    *kp = k;
    if (k + 1 == tv->n || nl[k + 1])
        return 1;
    unsigned f = tv->v[k + 1].flags;
    int lower_word = (f & AG_TOK_WORD) && !(f & AG_TOK_CAP) && !(f & AG_TOK_DIGIT);
    return !lower_word;
}

/* Sentence ends over the tokens (nl: a line break before each token).
 * Returns 0, or -1 out of memory. */
static int split_sentences(const char *text, const tokvec *tv, const unsigned char *nl, ag_text *out)
{
    size_t scap = 16;
    out->sents = malloc(scap * sizeof *out->sents);
    if (!out->sents)
        return -1;
    /* past: where the sentence from token `first` would pass AG_SENTENCE_MAX bytes */
    size_t first = 0, past = tv->n ? tv->v[0].start + AG_SENTENCE_MAX : 0;
    for (size_t k = 0; k < tv->n; k++) {
        /* Text without sentence breaks: pieces of at most AG_SENTENCE_MAX
         * bytes (but a single longer token). */
        while (tv->v[k].end > past && k > first) { /* the rare test first */
            size_t last = cut_before(text, tv, first, k);
            if (push_sentence(tv, first, last, &scap, out))
                return -1;
            first = last + 1;
            past = tv->v[first].start + AG_SENTENCE_MAX;
        }
        size_t e = k;
        if (!ends_after(text, tv, nl, &e))
            continue;
        if (push_sentence(tv, first, e, &scap, out))
            return -1;
        k = e;
        first = k + 1;
        past = first < tv->n ? tv->v[first].start + AG_SENTENCE_MAX : 0;
    }
    return 0;
}

/* The quote flags of the punctuation mark of n bytes at start (0 for
 * other marks); *ip, just past it, moves past a second '`' ("``"). */
static unsigned quote_flags(const unsigned char *s, size_t len, size_t start, size_t n, size_t *ip,
                            const tokvec *tv)
{
    size_t an, i = *ip;
    if (s[start] == '"') {
        int after_space = start == 0 || classify(s + start - 1, 1, &an) == 1 ||
                          (tv->n > 0 && tv->v[tv->n - 1].end == start && (tv->v[tv->n - 1].flags & AG_TOK_OPENQ));
        return AG_TOK_QUOTE | (after_space ? AG_TOK_OPENQ : AG_TOK_CLOSEQ);
    }
    if (s[start] == '`' && i < len && s[i] == '`') {
        *ip = i + 1;
        return AG_TOK_QUOTE | AG_TOK_OPENQ;
    }
    if (n == 3 && s[start] == 0xE2 && s[start + 1] == 0x80 && (s[start + 2] == 0x9C || s[start + 2] == 0x98))
        return AG_TOK_QUOTE | AG_TOK_OPENQ;
    if (n == 3 && s[start] == 0xE2 && s[start + 1] == 0x80 && s[start + 2] == 0x9D)
        return AG_TOK_QUOTE | AG_TOK_CLOSEQ;
    if (n == 2 && s[start] == 0xC2 && s[start + 1] == 0xAB)
        return AG_TOK_QUOTE | AG_TOK_OPENQ;
    if (n == 2 && s[start] == 0xC2 && s[start + 1] == 0xBB)
        return AG_TOK_QUOTE | AG_TOK_CLOSEQ;
    return 0;
}

ag_status ag_text_split(const char *text, size_t len, const ag_vocab *vocab, ag_text *out)
{
    memset(out, 0, sizeof *out);
    out->text = text;
    out->len = len;
    const unsigned char *s = (const unsigned char *)text;
    tokvec tv = {NULL, NULL, 0, 0, len / 4 + 16};
    int pending_nl = 0;
    size_t i = 0;
    while (i < len) {
        if (s[i] == ' ') { /* the commonest byte between tokens */
            i++;
            continue;
        }
        size_t n;
        int cls = classify(s + i, len - i, &n);
        if (cls == 1) {
            if (s[i] == '\n')
                pending_nl = 1;
            i += n;
            continue;
        }
        size_t start = i;
        unsigned flags;
        size_t an;
        wfold f; /* key[] is written before it is read: not cleared */
        f.n = 0;
        f.plain = 0;
        if (cls == 3) {
            unsigned hyphen = 0;
            f.plain = 1;
            i = scan_word(s, len, i, vocab, &hyphen, &f);
            flags = word_flags(s + start, i - start) | hyphen;
        } else if (is_apostrophe(s + i, len - i, &an)) {
            size_t j = i + an;
            int after_word = start > 0 && tv.n > 0 && tv.v[tv.n - 1].end == start &&
                             (tv.v[tv.n - 1].flags & AG_TOK_WORD);
            if (after_word && j < len && (s[j] == 's' || s[j] == 'S') &&
                (j + 1 >= len || !word_at(s + j + 1, len - j - 1))) {
                i = j + 1;
                flags = AG_TOK_POSS;
            } else if (after_word && s[start - 1] == 's' && (j >= len || !word_at(s + j, len - j))) {
                i = j;
                flags = AG_TOK_POSS; /* "Islands’" */
            } else if (j < len && s[j] == '\'' && s[i] == '\'') {
                i = j + 1;
                flags = AG_TOK_PUNCT | AG_TOK_QUOTE | AG_TOK_CLOSEQ; /* '' */
            } else {
                i = j;
                flags = AG_TOK_PUNCT | AG_TOK_QUOTE | (after_word ? AG_TOK_CLOSEQ : AG_TOK_OPENQ);
            }
        } else {
            i += n;
            flags = AG_TOK_PUNCT | (s[start] == '-' ? AG_TOK_HYPHEN : 0);
            if (n == 1) {
                f.plain = 1;
                fold_byte(&f, s[start]);
            }
            flags |= quote_flags(s, len, start, n, &i, &tv);
        }
        uint32_t word;
        uint64_t wcls[2];
        wcls[0] = lookup(vocab, text + start, i - start, &f, &word, &wcls[1]);
        if (push_tok(&tv, start, i, flags, wcls, word, pending_nl))
            goto oom;
        pending_nl = 0;
    }

    if (split_sentences(text, &tv, tv.nl, out))
        goto oom;
    free(tv.nl);
    out->toks = tv.v;
    out->n_toks = tv.n;
    return AG_OK;
oom:
    free(tv.nl);
    free(tv.v);
    free(out->sents);
    memset(out, 0, sizeof *out);
    return AG_ENOMEM;
}

/* One part of a split pair: a word (looked up again) or its hyphen. */
static ag_token pair_part(const ag_text *t, size_t start, size_t end, const ag_vocab *v)
{
    ag_token k = {.start = start, .end = end};
    if (t->text[start] == '-') {
        k.flags = AG_TOK_PUNCT | AG_TOK_HYPHEN | AG_TOK_PAIR;
        return k;
    }
    k.flags = word_flags((const unsigned char *)t->text + start, end - start);
    k.cls = v ? ag_vocab_classes(v, t->text + start, end - start, &k.word, &k.cls2) : 0;
    return k;
}



/* How many tokens word w becomes when split (see ag_text_split_pair),
 * less one. */
static size_t split_extra(const ag_text *t, const ag_token *w, int pair)
{
    size_t extra = 0;
    for (size_t b = w->start; b < w->end; b++)
        extra += (pair ? 2 : 1) * (t->text[b] == '-');
    return extra;
}

/* Writes the parts of word w at v; returns how many. */
static size_t split_parts(const ag_text *t, const ag_token *w, const ag_vocab *vocab, int pair, ag_token *v)
{
    size_t o = 0, from = w->start;
    for (size_t b = w->start; b <= w->end; b++) {
        if (b < w->end && t->text[b] != '-')
            continue;
        v[o++] = pair_part(t, from, b, vocab);
        if (b < w->end && pair)
            v[o++] = pair_part(t, b, b + 1, vocab);
        from = b + 1;
    }
    return o;
}

ag_status ag_text_split_pairs(ag_text *t, const size_t *at, const unsigned char *pair, size_t n,
                              const ag_vocab *vocab)
{
    size_t extra = 0;
    for (size_t q = 0; q < n; q++)
        extra += split_extra(t, &t->toks[at[q]], pair[q]);
    if (!extra)
        return AG_OK;
    ag_token *v = malloc((t->n_toks + extra) * sizeof *v);
    size_t *moved = malloc((t->n_toks + 1) * sizeof *moved); /* old token index: new one */
    if (!v || !moved) {
        free(v);
        free(moved);
        return AG_ENOMEM;
    }
    size_t o = 0, q = 0;
    for (size_t i = 0; i < t->n_toks; i++) {
        moved[i] = o;
        if (q < n && at[q] == i)
            o += split_parts(t, &t->toks[i], vocab, pair[q++], v + o);
        else
            v[o++] = t->toks[i];
    }
    moved[t->n_toks] = o;
    /* A range boundary after a split token moves past all its parts. */
    for (size_t s = 0; s < t->n_sents; s++) {
        t->sents[s].tok_start = moved[t->sents[s].tok_start];
        t->sents[s].tok_end = moved[t->sents[s].tok_end];
    }
    free(t->toks);
    free(moved);
    t->toks = v;
    t->n_toks = o;
    return AG_OK;
}

ag_status ag_text_split_pair(ag_text *t, size_t i, const ag_vocab *vocab, int pair)
{
    unsigned char p = (unsigned char)pair;
    return ag_text_split_pairs(t, &i, &p, 1, vocab);
}

void ag_text_free(ag_text *t)
{
    free(t->toks);
    free(t->sents);
    memset(t, 0, sizeof *t);
}

char *ag_token_str(const ag_text *t, size_t i, char *buf, size_t cap)
{
    const char *s = t->text + t->toks[i].start;
    size_t n = t->toks[i].end - t->toks[i].start, o = 0;
    if (cap && !memchr(s, 0xE2, n)) {
        /* No curly quote in it (nearly every token): copied as it is. */
        o = n < cap ? n : cap - 1;
        memcpy(buf, s, o);
        buf[o] = '\0';
        return buf;
    }
    for (size_t k = 0; k < n && o + 1 < cap;) {
        const unsigned char *u = (const unsigned char *)s + k;
        if (n - k >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99)) {
            buf[o++] = '\'';
            k += 3;
        } else if (n - k >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D)) {
            buf[o++] = '"';
            k += 3;
        } else {
            buf[o++] = s[k++];
        }
    }
    buf[o] = '\0';
    return buf;
}

int ag_token_is(const ag_text *t, size_t i, const char *s)
{
    size_t n = t->toks[i].end - t->toks[i].start;
    return strncasecmp(t->text + t->toks[i].start, s, n) == 0 && s[n] == '\0';
}
