/* text.c — see text.h.  One pass over the bytes: a byte's class (bclass)
 * picks what starts at it, and a token's folded key (vocab.h) is gathered
 * while it is scanned, eight ASCII bytes a step, so that its lookup reads
 * the text no more. */
#include "text.h"

#include "util_int.h"
#include "vocab_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int is_ascii_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* What a byte starts: other ASCII is a mark; from 0x80 a code point that
 * classify() reads. */
enum { BC_SPACE, BC_NL, BC_MARK, BC_WORD, BC_HIGH }; /* BC_NL is 1: a line break is or-ed in */

#define M BC_MARK
#define S BC_SPACE
#define W BC_WORD
#define H BC_HIGH
static const unsigned char bclass[256] = {
    M, M, M, M, M, M, M, M, M, S, BC_NL, S, S, S, M, M, /* 0x00: \t \n \v \f \r */
    M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,     /* 0x10 */
    S, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,     /* 0x20: space */
    W, W, W, W, W, W, W, W, W, W, M, M, M, M, M, M,     /* 0x30: digits */
    M, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,     /* 0x40: A-O */
    W, W, W, W, W, W, W, W, W, W, W, M, M, M, M, M,     /* 0x50: P-Z */
    M, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,     /* 0x60: a-o */
    W, W, W, W, W, W, W, W, W, W, W, M, M, M, M, M,     /* 0x70: p-z */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef M
#undef S
#undef W
#undef H

/* Classifies the code point at s: 0 other, 1 space, 2 punctuation (incl.
 * quotes and dashes), 3 word character. *n receives its byte length. */
static inline int classify(const unsigned char *s, size_t avail, size_t *n)
{
    unsigned c = s[0];
    *n = 1;
    if (c < 0x80) {
        static const unsigned char ascii[] = {[BC_MARK] = 2, [BC_SPACE] = 1, [BC_NL] = 1, [BC_WORD] = 3};
        return ascii[bclass[c]];
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (len > avail)
        len = avail;
    *n = len;
    if (len == 2 && c == 0xC2)
        return s[1] == 0xA0 ? 1 : 2;         /* no-break space; « » · § and other Latin-1 symbols */
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
    if (avail == 0)
        return 0;
    return s[0] < 0x80 ? bclass[s[0]] == BC_WORD : classify(s, avail, &n) == 3;
}

typedef struct tokvec {
    ag_token *v;
    unsigned char *nl; /* a line break before each token, for sentence ends */
    size_t n, cap;
    size_t hint; /* first capacity: a token every 4 bytes, seldom grown */
    size_t *cand; /* the tokens a sentence may end after (ends_after()), ascending */
    size_t n_cand, cap_cand;
    size_t *dash; /* the dashes (is_dash), ascending: pair_dashes reads only them */
    size_t n_dash, cap_dash;
} tokvec;

/* Token k may end a sentence: it is a '.', '!', '?' or ellipsis, or a line
 * break or the text's end follows. */
static int push_cand(tokvec *tv, size_t k)
{
    if (tv->n_cand && tv->cand[tv->n_cand - 1] == k)
        return 0;
    if (ag__grow(&tv->cand, &tv->cap_cand, tv->n_cand, sizeof *tv->cand, tv->hint / 16 + 16))
        return -1;
    tv->cand[tv->n_cand++] = k;
    return 0;
}

static int grow_toks(tokvec *tv)
{
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
    return 0;
}


/* A token's folded key (vocab.h: ASCII lower case, straight quotes),
 * gathered while it is scanned.  Past AG_WORD_MAX bytes the key is no
 * longer written (the vocabulary reads the token's own bytes, lookup());
 * the spare bytes take a whole-vector store at AG_WORD_MAX. A byte 0xE2
 * in a word, which the vocabulary folds itself (a curly quote only in
 * broken UTF-8), sets n past AG_WORD_MAX too (scan_run). */
typedef struct wkey {
    unsigned char key[AG_WORD_MAX + 24];
    size_t n;
} wkey;

static inline void key_put(wkey *f, unsigned char c)
{
    if (f->n <= AG_WORD_MAX)
        f->key[f->n] = c;
    f->n++;
}

/* Classes and word id of token w[0..n) of key f; *cls2 (unless NULL)
 * gets the second class word. A key past AG_WORD_MAX: the vocabulary
 * folds the token's bytes itself (too long, it is unknown there too). */
static uint64_t lookup(const ag_vocab *v, const char *w, size_t n, const wkey *f, uint32_t *id, uint64_t *cls2,
                       uint64_t *cls3)
{
    return f->n > AG_WORD_MAX ? ag_vocab_classes3(v, w, n, id, cls2, cls3)
                              : ag__vocab_classify_folded(v, w, n, (const char *)f->key, f->n, id, cls2, cls3);
}

/* A word whose period stays with it ("Gen.", "Dec."): an abbreviation of
 * the vocabulary. */
static int is_abbrev(const ag_vocab *v, const char *w, size_t n, const wkey *f)
{
    return (lookup(v, w, n, f, NULL, NULL, NULL) & WC(ABBREVIATION)) != 0;
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

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(AG_NO_SWAR)
#define AG_TEXT_SWAR 1
#define REP8(b) (0x0101010101010101ull * (uint64_t)(b))
/* The high bit of each byte of x from lo to hi, up to the first byte
 * from 0x80 (only such a byte carries into the next), with other bits. */
static inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi)
{
    return (x + REP8(0x80u - lo)) & ~(x + REP8(0x7Fu - hi));
}
#endif

/* Scans the ASCII letters and digits from i into f; returns their end.
 * Sixteen bytes a step with SSE2, else eight in a 64-bit word, while as
 * many remain: the folded bytes are stored whole (bytes past the run are
 * overwritten or never read); the last few a byte a step. -DAG_NO_SSE
 * and -DAG_NO_SWAR leave the portable steps, to test them against each
 * other. */
static inline size_t scan_alnum(const unsigned char *s, size_t len, size_t i, wkey *f)
{
#if defined(__SSE2__) && !defined(AG_NO_SSE)
    while (len - i >= 16 && f->n <= AG_WORD_MAX) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20)); /* letters in small case */
        /* A range test as one signed compare: the range moved to the
         * bottom of the signed bytes (-128 up), every other byte above it. */
        __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(y, _mm_set1_epi8((char)(0x80 - 'a'))),
                                        _mm_set1_epi8((char)(-128 + 26)));
        __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
                                       _mm_set1_epi8((char)(-128 + 10)));
        __m128i folded = _mm_or_si128(x, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)(f->key + f->n), folded);
        unsigned stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFFu;
        if (stop) {
            unsigned k = (unsigned)__builtin_ctz(stop);
            f->n += k;
            return i + k;
        }
        f->n += 16;
        i += 16;
    }
#endif
#ifdef AG_TEXT_SWAR
    while (len - i >= 8 && f->n <= AG_WORD_MAX) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t letter = bytes_in(x | REP8(0x20), 'a', 'z');
        uint64_t word = (letter | bytes_in(x, '0', '9')) & ~x & REP8(0x80u);
        uint64_t folded = x + ((word & ~(x << 2)) >> 2); /* +0x20 where bit 5 is clear: capitals */
        memcpy(f->key + f->n, &folded, 8);
        uint64_t stop = word ^ REP8(0x80u);
        if (stop) {
            unsigned k = (unsigned)__builtin_ctzll(stop) >> 3;
            f->n += k;
            return i + k;
        }
        f->n += 8;
        i += 8;
    }
#endif
    for (unsigned char c; i < len && (c = alnum_fold[s[i]]) != 0; i++)
        key_put(f, c);
    return i;
}

/* Scans the word characters from i (ASCII letters and digits, other
 * letters); returns their end. */
static size_t scan_run(const unsigned char *s, size_t len, size_t i, wkey *f)
{
    for (;;) {
        i = scan_alnum(s, len, i, f);
        size_t n;
        if (i >= len || s[i] < 0x80 || classify(s + i, len - i, &n) != 3)
            return i;
        if (s[i] == 0xE2 && f->n <= AG_WORD_MAX)
            f->n = AG_WORD_MAX + 1; /* the vocabulary folds it (wkey) */
        for (size_t k = 0; k < n; k++)
            key_put(f, s[i + k]);
        i += n;
    }
}

/* 1 if the apostrophe before s[j] starts a possessive: "'s" that ends the
 * word, or is glued to a capitalized name by a lost space ("Faso’sRoch"). */
static int possessive_s(const unsigned char *s, size_t len, size_t j)
{
    if (j >= len || (s[j] != 's' && s[j] != 'S'))
        return 0;
    if (!word_at(s + j + 1, len - j - 1))
        return 1;
    return s[j] == 's' && j + 2 < len && s[j + 1] >= 'A' && s[j + 1] <= 'Z' && s[j + 2] >= 'a' && s[j + 2] <= 'z';
}

/* Scans one word starting at i; returns its end. Keeps internal hyphens,
 * apostrophes (not a final possessive), and abbreviation periods. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i, const ag_vocab *v, unsigned *hyphen, wkey *f)
{
    size_t start = i, an;
    for (;;) {
        i = scan_run(s, len, i, f);
        if (i >= len || s[i] == ' ')
            return i; /* a space (most words): no joiner, no period */
        unsigned char c = s[i];
        if ((c == '-' || c == '.') && word_at(s + i + 1, len - i - 1)) {
            /* "al-Assad", "Dec.15", "U.S" (the last period is handled below) */
            if (c == '-')
                *hyphen = AG_TOK_HYPHEN;
            key_put(f, c);
            i += 1;
            continue;
        }
        if (is_apostrophe(s + i, len - i, &an) && word_at(s + i + an, len - i - an)) {
            /* A possessive 's stops the word: "Turkey's" -> "Turkey" "'s". */
            size_t j = i + an;
            if (possessive_s(s, len, j))
                break;
            key_put(f, '\''); /* the vocabulary's apostrophe is straight */
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
            key_put(f, '.');
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

/* An em or en dash, or a '-' standing alone ("minister - Amina - said"). */
static int is_dash(const char *text, const ag_token *t)
{
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    if (!(t->flags & AG_TOK_PUNCT))
        return 0;
    if (n == 1)
        return *w == '-';
    return n == 3 && (memcmp(w, "\xE2\x80\x93", 3) == 0 || memcmp(w, "\xE2\x80\x94", 3) == 0);
}

/* A comma, semicolon, colon, dash or closing bracket: where an overlong
 * sentence is best cut. */
static int soft_break(const char *text, const ag_token *t)
{
    const char *w = text + t->start;
    if (is_dash(text, t))
        return 1;
    return (t->flags & AG_TOK_PUNCT) && t->end - t->start == 1 &&
           (*w == ',' || *w == ';' || *w == ':' || *w == ')');
}

/* 1 if dash k ends a dateline ("MOSCOW - ", "PARIS (AFP) — "): a line
 * opens the sentence and no lower-case word comes before the dash. */
static int dateline_dash(const ag_text *out, const ag_sentence *se, size_t k)
{
    if ((se->start > 0 && out->text[se->start - 1] != '\n') || k > se->tok_start + 8)
        return 0;
    for (size_t q = se->tok_start; q < k; q++)
        if ((out->toks[q].flags & AG_TOK_WORD) && !(out->toks[q].flags & (AG_TOK_CAP | AG_TOK_DIGIT)))
            return 0;
    return 1;
}

/* Flags AG_TOK_ASIDE the dashes that set off an aside within a sentence,
 * taken in pairs from its start ("his colleagues — A and B — agreed"); of
 * a run of dashes ("--") the one next to the aside. A lone dash and a
 * dateline's are left. */
static void pair_dashes(ag_text *out, const size_t *dash, size_t n_dash)
{
    size_t si = 0, open = SIZE_MAX;
    for (size_t q = 0; q < n_dash; q++) {
        size_t k = dash[q];
        /* Other tokens pass over in the sentence's walk: only its dashes
         * count, and a new sentence clears the open dash. */
        while (si < out->n_sents && out->sents[si].tok_end <= k) {
            si++;
            open = SIZE_MAX;
        }
        if (si == out->n_sents)
            break;
        const ag_sentence *se = &out->sents[si];
        ag_token *t = &out->toks[k];
        if (k < se->tok_start || dateline_dash(out, se, k))
            continue;
        if (k > se->tok_start && is_dash(out->text, t - 1)) {
            if (open == k - 1)
                open = k; /* the last dash of an opening run */
            continue;
        }
        if (open == SIZE_MAX) {
            open = k;
            continue;
        }
        out->toks[open].flags |= AG_TOK_ASIDE;
        t->flags |= AG_TOK_ASIDE;
        open = SIZE_MAX;
    }
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
    int ellipsis = (wl == 3 && memcmp(w, "\xE2\x80\xA6", 3) == 0) || (wl >= 3 && *w == '.');
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

/* The sentence being read: its first token, where it would pass
 * AG_SENTENCE_MAX bytes, the next token whose length is due a test; the
 * sentences' capacity. */
typedef struct sstate {
    size_t first, past, k, scap;
} sstate;

/* Cuts the open sentence where it would pass AG_SENTENCE_MAX bytes up to
 * token c: text without sentence breaks, in pieces of at most that (but a
 * single longer token). Returns 0, or -1 out of memory. */
static int cut_long(const char *text, const tokvec *tv, size_t c, sstate *st, ag_text *out)
{
    if (tv->v[c].end <= st->past) { /* the ends grow: no token up to c passes (nearly always) */
        st->k = c + 1;
        return 0;
    }
    for (; st->k <= c; st->k++) {
        size_t k = st->k;
        while (tv->v[k].end > st->past && k > st->first) {
            size_t last = cut_before(text, tv, st->first, k);
            if (push_sentence(tv, st->first, last, &st->scap, out))
                return -1;
            st->first = last + 1;
            st->past = tv->v[st->first].start + AG_SENTENCE_MAX;
        }
    }
    return 0;
}

/* Sentence ends over the tokens, tried at the candidates only. Returns
 * 0, or -1 out of memory. */
static int split_sentences(const char *text, const tokvec *tv, ag_text *out)
{
    sstate st = {0, tv->n ? tv->v[0].start + AG_SENTENCE_MAX : 0, 0, 16};
    out->sents = malloc(st.scap * sizeof *out->sents);
    if (!out->sents)
        return -1;
    for (size_t q = 0; q < tv->n_cand; q++) {
        size_t c = tv->cand[q], e = c;
        if (c < st.first)
            continue; /* passed with the closing quotes of a sentence */
        if (cut_long(text, tv, c, &st, out))
            return -1;
        if (!ends_after(text, tv, tv->nl, &e))
            continue;
        if (push_sentence(tv, st.first, e, &st.scap, out))
            return -1;
        st.first = st.k = e + 1;
        st.past = st.first < tv->n ? tv->v[st.first].start + AG_SENTENCE_MAX : 0;
    }
    return 0;
}

/* A '.', '!', '?' or ellipsis (also "...", scan_mark) of n bytes at s. */
static int ends_mark(const unsigned char *s, size_t n)
{
    if (n == 1)
        return *s == '.' || *s == '!' || *s == '?';
    return (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6) || (n >= 3 && *s == '.');
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

/* Folds the punctuation mark s[0..n) (one code point) into f: curly
 * quotes made straight. */
static void fold_mark(const unsigned char *s, size_t n, wkey *f)
{
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x98 && s[2] <= 0x9D && s[2] != 0x9A && s[2] != 0x9B) {
        key_put(f, s[2] <= 0x99 ? '\'' : '"');
        return;
    }
    for (size_t k = 0; k < n; k++)
        key_put(f, s[k]);
}

/* Scans the apostrophe of an bytes at i: a possessive ("'s", "’s", a
 * plural's "’"), "''" or a quote. Returns its end; *flags gets its flags. */
static size_t scan_apostrophe(const unsigned char *s, size_t len, size_t i, size_t an, const tokvec *tv,
                              unsigned *flags, wkey *f)
{
    size_t start = i, j = i + an;
    int after_word = start > 0 && tv->n > 0 && tv->v[tv->n - 1].end == start && (tv->v[tv->n - 1].flags & AG_TOK_WORD);
    key_put(f, '\'');
    if (after_word && possessive_s(s, len, j)) {
        key_put(f, 's');
        *flags = AG_TOK_POSS;
        return j + 1;
    }
    if (after_word && s[start - 1] == 's' && !word_at(s + j, len - j)) {
        *flags = AG_TOK_POSS; /* "Islands’" */
        return j;
    }
    if (j < len && s[j] == '\'' && s[i] == '\'') {
        key_put(f, '\'');
        *flags = AG_TOK_PUNCT | AG_TOK_QUOTE | AG_TOK_CLOSEQ; /* '' */
        return j + 1;
    }
    *flags = AG_TOK_PUNCT | AG_TOK_QUOTE | (after_word ? AG_TOK_CLOSEQ : AG_TOK_OPENQ);
    return j;
}

/* Scans the punctuation mark of n bytes at i (a quote, an apostrophe...).
 * Returns its end; *flags gets its flags. */
static size_t scan_mark(const unsigned char *s, size_t len, size_t i, size_t n, const tokvec *tv, unsigned *flags,
                        wkey *f)
{
    size_t an, start = i;
    if (is_apostrophe(s + i, len - i, &an))
        return scan_apostrophe(s, len, i, an, tv, flags, f);
    i += n;
    /* "the attack ... was": three or more dots are one ellipsis mark, which
     * ends a sentence only before a capital (ends_after), as "…" does. */
    if (s[start] == '.' && i + 1 < len && s[i] == '.' && s[i + 1] == '.') {
        while (i < len && s[i] == '.')
            i++;
        fold_mark(s + start, i - start, f);
        *flags = AG_TOK_PUNCT;
        return i;
    }
    fold_mark(s + start, n, f);
    *flags = AG_TOK_PUNCT | (s[start] == '-' ? AG_TOK_HYPHEN : 0) | quote_flags(s, len, start, n, &i, tv);
    if (i > start + n)
        key_put(f, '`'); /* "``" */
    return i;
}

ag_status ag_text_split(const char *text, size_t len, const ag_vocab *vocab, ag_text *out)
{
    memset(out, 0, sizeof *out);
    out->text = text;
    out->len = len;
    const unsigned char *s = (const unsigned char *)text;
    tokvec tv = {NULL, NULL, 0, 0, len / 4 + 16, NULL, 0, 0, NULL, 0, 0};
    int pending_nl = 0;
    size_t i = 0, n_cap_hyphen = 0;
    while (i < len) {
        int bc = bclass[s[i]];
        size_t n = 1;
        if (bc <= BC_NL) { /* the commonest byte between tokens first */
            pending_nl |= bc;
            i++;
            continue;
        }
        if (bc == BC_HIGH) {
            int cls = classify(s + i, len - i, &n);
            if (cls == 1) {
                i += n;
                continue;
            }
            bc = cls == 3 ? BC_WORD : BC_MARK;
        }
        if ((tv.n == tv.cap && grow_toks(&tv)) || (pending_nl && tv.n && push_cand(&tv, tv.n - 1)))
            goto oom;
        tv.nl[tv.n] = (unsigned char)pending_nl;
        pending_nl = 0;
        ag_token *t = &tv.v[tv.n]; /* written in place */
        size_t start = i;
        wkey f; /* key[] is written before it is read: not cleared */
        f.n = 0;
        if (bc == BC_WORD) {
            unsigned hyphen = 0;
            i = scan_word(s, len, i, vocab, &hyphen, &f);
            t->flags = word_flags(s + start, i - start) | hyphen;
            if (hyphen) /* word_flags sets no AG_TOK_HYPHEN */
                n_cap_hyphen += (t->flags & AG_TOK_CAP) != 0;
        } else {
            i = scan_mark(s, len, i, n, &tv, &t->flags, &f);
            if (ends_mark(s + start, i - start) && push_cand(&tv, tv.n))
                goto oom;
        }
        t->start = start;
        t->end = i;
        if (bc != BC_WORD && is_dash(text, t)) {
            if (ag__grow(&tv.dash, &tv.cap_dash, tv.n_dash, sizeof *tv.dash, 16))
                goto oom;
            tv.dash[tv.n_dash++] = tv.n;
        }
        t->cls = lookup(vocab, text + start, i - start, &f, &t->word, &t->cls2, &t->cls3);
        tv.n++;
        i += i < len && s[i] == ' '; /* the space after most tokens, without a turn of the loop */
    }

    if ((tv.n && push_cand(&tv, tv.n - 1)) || split_sentences(text, &tv, out))
        goto oom;
    free(tv.nl);
    free(tv.cand);
    out->toks = tv.v;
    out->n_toks = tv.n;
    out->n_cap_hyphen = n_cap_hyphen;
    pair_dashes(out, tv.dash, tv.n_dash);
    free(tv.dash);
    return AG_OK;
oom:
    free(tv.nl);
    free(tv.cand);
    free(tv.dash);
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
    k.cls = v ? ag_vocab_classes3(v, t->text + start, end - start, &k.word, &k.cls2, &k.cls3) : 0;
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

/* A letter, or the last byte of a non-ASCII one, precedes the hyphen. */
static int letter_end(unsigned char c) { return is_ascii_alpha(c) || c >= 0x80; }

/* An ASCII capital or the lead byte of a Latin-1 or Latin Extended capital
 * (U+00C0..U+017F: the lead byte alone does not tell the case; names there
 * are mostly capitalized after a hyphen). */
static int capital_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC4 || c == 0xC5; }

/* The next "- " from s, or NULL: strchr to each hyphen, a fraction of
 * strstr's cost for a two-byte needle (glibc's generic strstr on some
 * processors). */
static char *hyphen_space(char *s)
{
    for (char *h = strchr(s, '-'); h; h = strchr(h + 1, '-'))
        if (h[1] == ' ')
            return h;
    return NULL;
}

void ag_text_mend_hyphens(char *s)
{
    /* Jump from one "- " to the next (rare): the text is copied onto itself
     * only from the first mend on, so a text with none is only searched. */
    char *o = NULL, *from = s;
    for (char *h = hyphen_space(s); h; h = hyphen_space(h + 1)) {
        if (h == s || !letter_end((unsigned char)h[-1]) || !capital_start((unsigned char)h[2]))
            continue;
        size_t n = (size_t)(h + 1 - from); /* up to and with the hyphen */
        if (o)
            memmove(o, from, n);
        o = (o ? o : from) + n;
        from = h + 2; /* the space is dropped */
    }
    if (o)
        memmove(o, from, strlen(from) + 1);
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
