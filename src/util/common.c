/* common.c — see common.h. */
#define _GNU_SOURCE /* fopencookie: output streams that keep their errno */
#include "common.h"
#include "util_int.h"

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

const char *ag_strerror(ag_status s)
{
    switch (s) {
    case AG_OK: return "success";
    case AG_ENOMEM: return "out of memory";
    case AG_EIO: return "input/output error";
    case AG_EINPUT: return "malformed input";
    case AG_EUSAGE: return "usage error";
    case AG_ELIB: return "library failure";
    }
    return "unknown error";
}

ag_status ag_error_set(ag_error *err, ag_status st, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return st;
}

/* ---- arena ---- */

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[];
} chunk;

struct ag_arena {
    chunk *head;
};

ag_arena *ag_arena_new(void)
{
    return calloc(1, sizeof(ag_arena));
}

void ag_arena_free(ag_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

/* n bytes of the arena, not zeroed: for callers that write them all. */
static void *arena_take(ag_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0)
        n = align;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > 16384 ? n : 16384;
        c = malloc(sizeof(chunk) + size);
        if (!c)
            return NULL;
        c->used = 0;
        c->size = size;
        /* A big block goes behind the current chunk so the current one
         * keeps serving small requests. */
        if (a->head && n > 16384) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

void *ag_arena_alloc(ag_arena *a, size_t n)
{
    void *p = arena_take(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *ag__arena_array(ag_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return ag_arena_alloc(a, n * size);
}

void *ag__with_array(size_t size, size_t n, size_t elem, void *tail)
{
    size_t al = _Alignof(max_align_t), head = (size + al - 1) / al * al;
    if (head < size || (elem && n > (SIZE_MAX - head) / elem))
        return NULL;
    char *p = calloc(1, head + n * elem);
    if (p) {
        char *t = p + head;
        memcpy(tail, &t, sizeof t);
    }
    return p;
}

char *ag_arena_strndup(ag_arena *a, const char *s, size_t n)
{
    char *p = arena_take(a, n + 1); /* every byte written below */
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *ag_arena_strdup(ag_arena *a, const char *s)
{
    return s ? ag_arena_strndup(a, s, strlen(s)) : NULL;
}

char *ag_arena_printf(ag_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = arena_take(a, (size_t)n + 1); /* vsnprintf writes every byte */
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- buffer ---- */

static int buf_reserve(ag_buf *b, size_t extra)
{
    if (extra > AG_BUF_MAX - b->len - 1)
        return -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d)
        return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

int ag_buf_reserve(ag_buf *b, size_t extra) { return buf_reserve(b, extra); }

int ag_buf_append(ag_buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n))
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int ag_buf_puts(ag_buf *b, const char *s) { return ag_buf_append(b, s, strlen(s)); }
int ag_buf_putc(ag_buf *b, char c)
{
    /* Records are written a quote or a comma at a time: no memcpy for one. */
    if (b->len + 2 > b->cap && buf_reserve(b, 1))
        return -1;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

int ag_buf_printf(ag_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_reserve(b, (size_t)n))
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

/* The one CSV field policy (RFC 4180) of every CSV actorgraph writes. */
int ag_buf_put_csv(ag_buf *b, const char *s, char sep, int text)
{
    if (!s)
        return 0;
    /* A leading = + - @ tab or CR would make a spreadsheet run the cell. */
    int guard = text && *s && strchr("=+-@\t\r", *s) != NULL;
    int quote = sep == ',' && strpbrk(s, ",\"\r\n") != NULL;
    int r = (quote && ag_buf_putc(b, '"')) || (guard && ag_buf_putc(b, '\''));
    for (const char *p = s; *p && !r; p++) {
        if (sep != ',' && (*p == sep || *p == '\n' || *p == '\r'))
            r = ag_buf_putc(b, ' ');
        else
            r = *p == '"' && quote ? ag_buf_puts(b, "\"\"") : ag_buf_putc(b, *p);
    }
    return r || (quote && ag_buf_putc(b, '"'));
}

void ag_buf_reset(ag_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void ag_buf_free(ag_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- hash map: open addressing, FNV-1a ---- */

/* A slot keeps its key's hash beside the key, so a probe compares the
 * hash and reads a key only when it matches: the lexicon's maps are
 * probed for many tokens of every document, and a cold key is a cache
 * miss. */
typedef struct strmap_slot {
    const char *key; /* NULL: empty */
    uint64_t hash;
    size_t val;
} strmap_slot;

struct ag_strmap {
    strmap_slot *slots;
    size_t cap, count;
};

/* Eight bytes a multiply (the lexicon's phrase maps are probed for most
 * tokens of every document); the last shift brings high bits down to the
 * slot index. */
static inline uint64_t str_hash(const char *s)
{
    size_t n = strlen(s), i = 0;
    uint64_t h = 1469598103934665603ULL ^ n, w;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 32;
    }
    for (w = 0; i < n; i++)
        w = (w << 8) | (unsigned char)s[i];
    h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

uint64_t ag__str_hash(const char *s) { return str_hash(s); }

ag_strmap *ag_strmap_new(void)
{
    ag_strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 16;
    m->slots = calloc(m->cap, sizeof *m->slots);
    return AG__BUILT(m, m->slots, ag_strmap_free);
}

void ag_strmap_free(ag_strmap *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m);
}

static inline size_t slot_of(const strmap_slot *slots, size_t cap, const char *key, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].key && (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
        i = (i + 1) & (cap - 1);
    return i;
}

static int grow(ag_strmap *m)
{
    size_t cap = m->cap * 2;
    strmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            slots[slot_of(slots, cap, m->slots[i].key, m->slots[i].hash)] = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int ag_strmap_put(ag_strmap *m, const char *key, size_t value)
{
    /* At most half full: short probe runs. */
    if ((m->count + 1) * 2 > m->cap && grow(m))
        return -1;
    uint64_t h = str_hash(key);
    size_t i = slot_of(m->slots, m->cap, key, h);
    if (!m->slots[i].key) {
        m->slots[i].key = key;
        m->slots[i].hash = h;
        m->count++;
    }
    m->slots[i].val = value;
    return 0;
}

int ag_strmap_get(const ag_strmap *m, const char *key, size_t *value)
{
    size_t i = slot_of(m->slots, m->cap, key, str_hash(key));
    if (!m->slots[i].key)
        return 0;
    if (value)
        *value = m->slots[i].val;
    return 1;
}

size_t ag_strmap_count(const ag_strmap *m) { return m->count; }

/* ---- UTF-8 ---- */

size_t ag_utf8_decode(const char *str, size_t n, unsigned long *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned long c = s[0];
    size_t len;
    unsigned long min;
    if (c < 0x80)
        len = 1, min = 0;
    else if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; c &= 0x07; }
    else return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    if (cp)
        *cp = c;
    return len;
}

/* 1 when the 8 bytes at p are ASCII and none of them is NUL. */
static inline int ascii8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t w;
    memcpy(&w, p, 8);
    return !(w & high) && !((w - ones) & ~w & high);
}

/* The bytes of the 16 at p that are not plain ASCII (a high bit, or NUL
 * when nul is set) as a mask, bit k for byte k. */
#if defined(__SSE2__) && !defined(AG_NO_SSE)
static inline unsigned special16(const unsigned char *p, int nul)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned m = (unsigned)_mm_movemask_epi8(x);
    if (nul)
        m |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128()));
    return m;
}
#endif

/* 1 if none of the 8 bytes at p is below 0x20 or from 0x80, '"' or '\\'. */
static inline int plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t qw = w ^ (ones * '"'), kw = w ^ (ones * '\\');
    return !((w & high) | ((w - ones * 0x20) & ~w & high) | ((qw - ones) & ~qw & high) | ((kw - ones) & ~kw & high));
}

size_t ag__json_plain_run(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
#if defined(__SSE2__) && !defined(AG_NO_SSE)
    /* Sixteen bytes a step: a signed compare finds the bytes below 0x20
     * and those from 0x80 (negative) at once. */
    const __m128i sp = _mm_set1_epi8(0x20), q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    for (; n - i >= 16; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, sp), _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)));
        unsigned m = (unsigned)_mm_movemask_epi8(bad);
        if (m)
            return i + (unsigned)__builtin_ctz(m);
    }
    /* The last 16, overlapping, when as many were read: most values end
     * plain (else the steps below find where). */
    if (i < n && n >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + n - 16));
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, sp), _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)));
        if (!_mm_movemask_epi8(bad))
            return n;
    }
#endif
    /* Eight at a time (a value shorter than 16 bytes, or no SSE2): none
     * below 0x20 or from 0x80, no '"' (0 after the xor), no '\\'. */
    for (; n - i >= 8; i += 8)
        if (!plain8(u + i))
            break;
    /* Fewer than 8 left of 8 or more: the last 8, overlapping, are tested
     * at once (most values end plain). */
    if (i < n && n - i < 8 && n >= 8 && plain8(u + n - 8))
        return n;
    while (i < n && u[i] >= 0x20 && u[i] < 0x80 && u[i] != '"' && u[i] != '\\')
        i++;
    return i;
}

size_t ag_utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    while (i < n) {
#if defined(__SSE2__) && !defined(AG_NO_SSE)
        /* Sixteen bytes a step, and past the ASCII before the first other
         * byte in one: news has a curly quote every few dozen bytes. */
        if (n - i >= 16) {
            unsigned m = special16(u + i, 1);
            if (!m) {
                i += 16;
                continue;
            }
            i += (unsigned)__builtin_ctz(m);
        } else
#endif
        if (n - i >= 8) {
            /* Thirty-two ASCII bytes, none of them NUL, at a time: most of
             * a text; one test of the high bits of four words. */
            uint64_t q[4];
            if (n - i >= 32 && (memcpy(q, u + i, 32), !((q[0] | q[1] | q[2] | q[3]) & high)) &&
                !((((q[0] - ones) & ~q[0]) | ((q[1] - ones) & ~q[1]) | ((q[2] - ones) & ~q[2]) |
                   ((q[3] - ones) & ~q[3])) & high)) {
                i += 32;
                continue;
            }
            /* Eight at a time near non-ASCII text. */
            if (ascii8(u + i)) {
                i += 8;
                continue;
            }
        } else {
            /* The last bytes: the 8 that end s hold them (a short key or
             * word is one test), else a byte at a time. */
            if (n >= 8 && ascii8(u + n - 8))
                return n;
            while (i < n && u[i] - 1u < 0x7Fu)
                i++;
            if (i == n)
                break;
        }
        if (u[i] - 1u < 0x7Fu) { /* ASCII but NUL, without a call */
            i++;
            continue;
        }
        size_t k = u[i] ? ag_utf8_decode(s + i, n - i, NULL) : 0;
        if (!k)
            break;
        i += k;
    }
    return i;
}

char *ag_utf8_sanitize(ag_arena *a, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    char *out = ag_arena_alloc(a, n * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k = ag_utf8_decode(s + i, n - i, NULL);
        if (k && !(k == 1 && u[i] == 0)) {
            memcpy(out + o, s + i, k);
            o += k;
            i += k;
        } else {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        }
    }
    out[o] = '\0';
    return out;
}

int ag_utf8_nfc_inert(unsigned long cp)
{
    return cp < 0x300 || (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
}

/* 1 if every code point of s is NFC-inert (ag_utf8_nfc_inert): then s is
 * already NFC.  News is this almost always (curly quotes and dashes are
 * General Punctuation), and a full normalization costs as much as the
 * rest of reading the text. */
static int nfc_quick_yes(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
#if defined(__SSE2__) && !defined(AG_NO_SSE)
        if (n - i >= 16) {
            unsigned m = special16(u + i, 0);
            if (!m) {
                i += 16;
                continue;
            }
            i += (unsigned)__builtin_ctz(m);
        }
#endif
        /* Eight ASCII bytes at a time: most of a text. */
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ull))) {
            i += 8;
            continue;
        }
        if (u[i] < 0xCC) {
            i++;
            continue;
        }
        unsigned long cp;
        size_t k = ag_utf8_decode((const char *)u + i, n - i < 4 ? n - i : 4, &cp);
        if (!k || !ag_utf8_nfc_inert(cp))
            return 0;
        i += k;
    }
    return 1;
}

const char *ag_utf8_nfc(ag_arena *a, const char *s)
{
    size_t len = strlen(s);
    if (nfc_quick_yes(s, len))
        return s;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n == UTF8PROC_ERROR_NOMEM)
        return NULL;
    if (n < 0)
        return s; /* not UTF-8 after all: left as it is */
    char *copy = ag_arena_strndup(a, (const char *)out, (size_t)n);
    free(out);
    return copy;
}

/* Latin-1 supplement and Latin Extended-A letters folded to ASCII, so
 * "Erdoğan" and "Erdogan" give one slug. */
static const char *fold_codepoint(unsigned cp)
{
    static const char *latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y"};
    static const char ext_a[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp < 0x100 + sizeof ext_a - 1) {
        static const char *one[26] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                      "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
        char c = ext_a[cp - 0x100];
        return one[c - 'a'];
    }
    return NULL;
}

/* The slug of name[0..n) into out, which holds n * 2 + 2 bytes. */
static char *slug_to(char *out, const char *name, size_t n)
{
    size_t o = 0;
    int dash = 0;
    const unsigned char *u = (const unsigned char *)name;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            /* ASCII (nearly every byte of a name): written here, no piece. */
            unsigned char c = u[i++], f = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) {
                if (dash && o > 0)
                    out[o++] = '-';
                dash = 0;
                out[o++] = (char)f;
                /* The lower-case letters after it (most of a word) as they are. */
                while (i < n && (unsigned)(u[i] - 'a') < 26u)
                    out[o++] = (char)u[i++];
            } else if (c != '\'') {
                dash = 1;
            }
            continue;
        }
        size_t k = ag_utf8_decode(name + i, n - i, NULL);
        const char *piece = NULL;
        if (k == 2 || k == 3) {
            unsigned cp = k == 2 ? ((u[i] & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu)
                                 : ((u[i] & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
            piece = fold_codepoint(cp);
            /* Apostrophes inside a name ("Côte d’Ivoire") join, not split. */
            if (cp == 0x2019)
                piece = "";
        }
        i += k ? k : 1;
        if (piece) {
            if (!*piece)
                continue;
            if (dash && o > 0)
                out[o++] = '-';
            dash = 0;
            size_t pl = strlen(piece);
            memcpy(out + o, piece, pl);
            o += pl;
        } else {
            dash = 1;
        }
    }
    if (o == 0)
        out[o++] = 'x';
    out[o] = '\0';
    return out;
}

char *ag_slug(ag_arena *a, const char *name)
{
    size_t n = strlen(name);
    char *out = ag_arena_alloc(a, n * 2 + 2);
    return out ? slug_to(out, name, n) : NULL;
}

char *ag_slug_buf(char *buf, size_t cap, const char *name)
{
    size_t n = strlen(name);
    return n < (cap - 2) / 2 ? slug_to(buf, name, n) : NULL;
}

/* ---- dates ---- */

int ag__digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int ag_date_valid(const char *s)
{
    size_t n = strlen(s);
    int dash = n == 7 || n == 10;
    if (!(n == 4 || n == 6 || n == 8 || dash) || (dash && s[4] != '-') || (n == 10 && s[7] != '-'))
        return 0;
    int y = ag__digits(s, 4);
    if (y < 0)
        return 0;
    if (n == 4)
        return 1;
    const char *m = s + 4 + dash, *d = m + 2 + dash;
    int mo = ag__digits(m, 2);
    if (mo < 1 || mo > 12)
        return 0;
    if (n == 6 || n == 7)
        return 1;
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int day = ag__digits(d, 2);
    return day >= 1 && day <= days[mo - 1] && !(mo == 2 && day == 29 && !leap);
}

/* ---- files ---- */

/* The length of what one fgets() stored in d[0..room), which was all '\n'
 * before it: the first '\n' is the line's own when a '\0' follows it,
 * else the filler right after the terminator fgets wrote.  *nl says
 * whether the line ended.  (fgets alone cannot say where a line that
 * holds a NUL byte ends.) */
static size_t fgets_len(const char *d, size_t room, int *nl)
{
    const char *p = memchr(d, '\n', room);
    *nl = p && p + 1 < d + room && p[1] == '\0';
    if (!p)
        return room - 1; /* full: no filler left */
    return (size_t)(p - d) - (*nl ? 0 : 1);
}

/* The bytes one fgets() of ag_read_line may fill, with its NUL. */
#define AG_LINE_PIECE 2048

int ag_read_line(FILE *fp, ag_buf *b, size_t cap)
{
    /* A piece at a time through fgets (memchr over stdio's buffer), not a
     * byte at a time; fgets returns as soon as the newline is in, so a
     * line on a pipe is handled when it arrives.  Pieces of 2 KiB: the
     * filler is written over the whole piece, and glibc's memset stores
     * up to 2 KiB in vector registers but a larger one a byte at a time
     * (rep stosb: 4 K instructions a 4 KiB piece, more than the rest of
     * the line's reading); a longer line takes more pieces. */
    char spill[AG_LINE_PIECE];
    int any = 0, over = 0, nul = 0, oom = 0, nl = 0;
    size_t len = 0;
    ag_buf_reset(b);
    while (!nl) {
        char *d = spill;
        size_t room = sizeof spill;
        if (!over && !oom) {
            b->len = len;
            if (buf_reserve(b, AG_LINE_PIECE))
                oom = 1;
            else {
                d = b->data + len;
                room = b->cap - len;
                if (room > AG_LINE_PIECE)
                    room = AG_LINE_PIECE;
            }
        }
        memset(d, '\n', room);
        if (!fgets(d, (int)room, fp))
            break;
        any = 1;
        size_t got = fgets_len(d, room, &nl);
        nul |= memchr(d, 0, got) != NULL;
        if (d == spill)
            continue;
        if (len + got > cap) {
            got = cap - len;
            over = 1;
        }
        len += got;
    }
    b->len = len;
    if (!any)
        return 0;
    if (oom || buf_reserve(b, 0))
        return -2;
    b->data[b->len] = '\0';
    return over ? -1 : nul ? -3 : 1;
}

ag_status ag_read_line_nul_error(ag_error *err, const char *name, size_t line, const ag_buf *b)
{
    const char *nul = memchr(b->data, 0, b->len);
    return ag_error_set(err, AG_EINPUT, "%s:%zu:%zu: NUL byte at line %zu; JSON Lines text cannot hold one: remove it",
                        name, line, nul ? (size_t)(nul - b->data) + 1 : 1, line);
}

ag_status ag_read_stream(FILE *fp, const char *name, char **out, size_t *len, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
    char chunkbuf[65536];
    size_t n;
    while ((n = fread(chunkbuf, 1, sizeof chunkbuf, fp)) > 0) {
        if (ag_buf_append(&b, chunkbuf, n)) {
            ag_buf_free(&b);
            return ag_error_set(err, AG_ENOMEM, "%s: too large to read into memory (more than %zu MiB)", name,
                                AG_BUF_MAX >> 20);
        }
    }
    if (ferror(fp)) {
        int e = errno;
        ag_buf_free(&b);
        return ag_error_set(err, AG_EIO, "%s: cannot read: %s", name, strerror(e ? e : EIO));
    }
    if (!b.data && ag_buf_append(&b, "", 0))
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    *out = b.data;
    *len = b.len;
    return AG_OK;
}

ag_status ag_open_input(const char *path, FILE **out, ag_error *err)
{
    *out = NULL;
    if (strcmp(path, "-") == 0) {
        *out = stdin;
        return AG_OK;
    }
    if (!*path)
        return ag_error_set(err, AG_EUSAGE, "an input file name is empty");
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ag_error_set(err, AG_EIO, "%s: cannot open: %s", path, strerror(errno));
    /* fopen() opens a folder for reading; the first read would only say
     * "Is a directory" without the name. */
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        return ag_error_set(err, AG_EIO, "%s: is a directory; give a file", path);
    }
    *out = fp;
    return AG_OK;
}

ag_status ag_read_file(const char *path, char **out, size_t *len, ag_error *err)
{
    FILE *fp;
    ag_status st = ag_open_input(path, &fp, err);
    if (st)
        return st;
    st = ag_read_stream(fp, strcmp(path, "-") == 0 ? "stdin" : path, out, len, err);
    if (fp != stdin)
        fclose(fp);
    return st;
}

/* ---- output files ---- */

/* Where a write to `path` lands: symbolic links are followed (at most 40,
 * like the kernel) to the file they name, which may not exist yet.
 * Malloc'd; NULL with errno set on failure. */
static char *follow_links(const char *path)
{
    char *p = strdup(path);
    char target[4096];
    for (int hops = 0; p && hops < 40; hops++) {
        struct stat st;
        if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode))
            return p; /* a new path or the file itself */
        ssize_t n = readlink(p, target, sizeof target);
        if (n < 0 || (size_t)n >= sizeof target) {
            if (n >= 0)
                errno = ENAMETOOLONG;
            free(p);
            return NULL;
        }
        target[n] = '\0';
        /* A relative link is relative to the folder holding the link. */
        const char *slash = strrchr(p, '/');
        size_t dir = target[0] == '/' || !slash ? 0 : (size_t)(slash - p) + 1;
        char *next = malloc(dir + (size_t)n + 1);
        if (next) {
            memcpy(next, p, dir);
            memcpy(next + dir, target, (size_t)n + 1);
        }
        free(p);
        p = next;
    }
    if (p) {
        free(p);
        errno = ELOOP;
    }
    return NULL;
}

/* The descriptor a name like /dev/stdout or /dev/fd/3 stands for, or -1.
 * It is written through a dup(), keeping its offset and O_APPEND, which
 * opening the name again would lose. */
static int names_a_descriptor(const char *path)
{
    if (strcmp(path, "/dev/stdout") == 0)
        return STDOUT_FILENO;
    if (strcmp(path, "/dev/stderr") == 0)
        return STDERR_FILENO;
    const char *n = strncmp(path, "/dev/fd/", 8) == 0 ? path + 8
                    : strncmp(path, "/proc/self/fd/", 14) == 0 ? path + 14 : NULL;
    if (!n || *n < '0' || *n > '9')
        return -1;
    char *end;
    long fd = strtol(n, &end, 10);
    return *end || fd > 1000000 ? -1 : (int)fd;
}

/* How output to path is written: 1 through a temporary file beside
 * *resolved (a regular file with its links followed, a new path, or a
 * folder, which the caller refuses), 0 in place (a device, FIFO, socket or
 * open descriptor: the kernel follows the links at open), -1 with errno
 * set.  *resolved is malloc'd; *st is the target's (zero for a new path). */
static int plan_output(const char *path, char **resolved, struct stat *st)
{
    memset(st, 0, sizeof *st);
    if (stat(path, st) != 0) {
        if (errno != ENOENT)
            return -1;
        memset(st, 0, sizeof *st);
        *resolved = follow_links(path); /* a new file, maybe a dangling link's */
        return *resolved ? 1 : -1;
    }
    if (names_a_descriptor(path) >= 0 || !(S_ISREG(st->st_mode) || S_ISDIR(st->st_mode))) {
        *resolved = strdup(path);
        return *resolved ? 0 : -1;
    }
    *resolved = realpath(path, NULL);
    return *resolved ? 1 : -1;
}

int ag_outfile_in_place(const char *path)
{
    if (strcmp(path, "-") == 0 || !*path)
        return 0;
    char *p = NULL;
    struct stat st;
    int r = plan_output(path, &p, &st);
    free(p);
    return r == 0;
}

int ag_make_temp(char *buf, size_t cap, const char *base, int as_dir)
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ ((uint64_t)getpid() << 40) ^ (uintptr_t)buf;
    for (int tries = 0; tries < 100; tries++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        char suffix[7];
        for (int i = 0; i < 6; i++)
            suffix[i] = digits[(x >> (16 + 6 * i)) % 36];
        suffix[6] = '\0';
        int n = snprintf(buf, cap, "%s.tmp%s", base, suffix);
        if (n < 0 || (size_t)n >= cap) {
            errno = ENAMETOOLONG;
            return -1;
        }
        /* Never an existing name; 0666/0777 so that the umask applies. */
        int fd = as_dir ? mkdir(buf, 0777) : open(buf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

/* The stream of an output file: a write error keeps its errno, so the
 * message can say "No space left on device" however late it is noticed. */
struct ag_outfile_sink {
    int fd, err, own_fd;
    /* The stream's buffer: glibc's setvbuf takes a size only with one. */
    char buf[1 << 16];
};

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
    struct ag_outfile_sink *k = cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(k->fd, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            k->err = w < 0 ? errno : EIO;
            return 0; /* fopencookie: 0 is the error */
        }
        done += (size_t)w;
    }
    return (ssize_t)n;
}

static int sink_close(void *cookie)
{
    struct ag_outfile_sink *k = cookie;
    if (k->own_fd && close(k->fd) != 0 && !k->err)
        k->err = errno;
    return k->err ? -1 : 0;
}

static ag_status open_stream(ag_outfile *o, int fd, ag_error *err)
{
    o->sink = malloc(sizeof *o->sink);
    cookie_io_functions_t io = {NULL, sink_write, NULL, sink_close};
    if (o->sink) {
        o->sink->fd = fd;
        o->sink->err = 0;
        o->sink->own_fd = fd != STDOUT_FILENO;
        o->fp = fopencookie(o->sink, "w", io);
        /* 64 KiB a write: extract writes twice its input's size, and
         * the default 8 KiB was 2,734 write calls for a 10 MB corpus
         * (the sink outlives the stream: freed after fclose). */
        if (o->fp)
            setvbuf(o->fp, o->sink->buf, _IOFBF, sizeof o->sink->buf);
    }
    if (!o->fp) {
        if (fd != STDOUT_FILENO)
            close(fd);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    return AG_OK;
}

/* Creates o->tmp beside o->path, readable like a new file (0666 less the
 * umask) or, replacing a file, with that file's mode. */
static ag_status open_tmp(ag_outfile *o, const struct stat *old, ag_error *err)
{
    size_t cap = strlen(o->path) + 16;
    o->tmp = malloc(cap);
    int fd = o->tmp ? ag_make_temp(o->tmp, cap, o->path, 0) : -1;
    if (fd < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        return e == ENOMEM ? ag_error_set(err, AG_ENOMEM, "out of memory")
                           : ag_error_set(err, AG_EIO, "%s: cannot create the output file: %s", o->name, strerror(e));
    }
    if (old->st_mode) {
        /* Replacing a file keeps its mode and, where allowed, its owner. */
        if (fchmod(fd, old->st_mode & 07777) != 0 || fchown(fd, old->st_uid, old->st_gid) != 0) {
            /* not fatal: the new file is still ours to write */
        }
    }
    return open_stream(o, fd, err);
}

/* A device, FIFO or socket is written where it is: replacing it would turn
 * /dev/null into a plain file. */
static ag_status open_in_place(ag_outfile *o, ag_error *err)
{
    int open_fd = names_a_descriptor(o->path);
    int fd = open_fd >= 0 ? fcntl(open_fd, F_DUPFD_CLOEXEC, 3) : open(o->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return ag_error_set(err, AG_EIO, "%s: cannot open for writing: %s", o->name, strerror(errno));
    return open_stream(o, fd, err);
}

ag_status ag_outfile_open(ag_outfile *o, const char *path, ag_error *err)
{
    memset(o, 0, sizeof *o);
    if (!*path)
        return ag_error_set(err, AG_EUSAGE, "the output file name is empty");
    int is_stdout = strcmp(path, "-") == 0;
    o->name = strdup(is_stdout ? "standard output" : path);
    if (!o->name)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (is_stdout) {
        /* Its own stream on descriptor 1, so a write error keeps its errno. */
        fflush(stdout);
        o->is_stdout = 1;
        ag_status st = open_stream(o, STDOUT_FILENO, err);
        if (st)
            ag_outfile_abort(o);
        return st;
    }
    struct stat st;
    int tmp = plan_output(path, &o->path, &st);
    ag_status rc = AG_OK;
    if (tmp < 0)
        rc = ag_error_set(err, AG_EIO, "%s: cannot write: %s", path, strerror(errno));
    else if (tmp && S_ISDIR(st.st_mode))
        rc = ag_error_set(err, AG_EIO, "%s: is a directory; give a file name", path);
    else if (tmp && st.st_mode && ((st.st_mode & 0222) == 0 || access(o->path, W_OK) != 0))
        /* Root may write anything: the mode bits are what the owner meant. */
        rc = ag_error_set(err, AG_EIO, "%s: the file is read-only; make it writable (chmod u+w) or write elsewhere",
                          path);
    else
        rc = tmp ? open_tmp(o, &st, err) : open_in_place(o, err);
    if (rc)
        ag_outfile_abort(o);
    return rc;
}

/* Flushes and closes the stream; the errno of its first failure, or 0. */
static int finish_stream(ag_outfile *o)
{
    errno = 0;
    int bad = fflush(o->fp) != 0 || ferror(o->fp);
    int e = bad ? errno : 0;
    if (fclose(o->fp) != 0)
        bad = 1;
    o->fp = NULL;
    if (o->sink && o->sink->err)
        e = o->sink->err;
    return bad ? (e ? e : EIO) : 0;
}

static ag_status write_error(const ag_outfile *o, int e, ag_error *err)
{
    return ag_error_set(err, AG_EIO, "%s: cannot write: %s", o->name, strerror(e ? e : EIO));
}

ag_status ag_outfile_error(ag_outfile *o, ag_error *err)
{
    int e = o->sink && o->sink->err ? o->sink->err : 0;
    if (!e && o->fp) {
        errno = 0;
        if (fflush(o->fp) != 0)
            e = errno;
    }
    return write_error(o, e, err);
}

ag_status ag_outfile_commit(ag_outfile *o, ag_error *err)
{
    int e = finish_stream(o);
    if (e) {
        write_error(o, e, err);
        ag_outfile_abort(o);
        return AG_EIO;
    }
    if (o->tmp && rename(o->tmp, o->path) != 0) {
        ag_error_set(err, AG_EIO, "%s: cannot replace the file: %s", o->name, strerror(errno));
        ag_outfile_abort(o);
        return AG_EIO;
    }
    free(o->tmp);
    o->tmp = NULL;
    ag_outfile_abort(o); /* frees the rest */
    return AG_OK;
}

ag_status ag_outfile_close(ag_outfile *o, ag_status st, ag_error *err)
{
    if (!st)
        return ag_outfile_commit(o, err);
    /* A writer that failed because the stream did (disk full, file too
     * large) is reported naming the output file. */
    if (st == AG_EIO && o->fp && (ferror(o->fp) || (o->sink && o->sink->err)))
        ag_outfile_error(o, err);
    ag_outfile_abort(o);
    return st;
}

void ag_outfile_abort(ag_outfile *o)
{
    if (o->fp)
        fclose(o->fp);
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    free(o->name);
    free(o->sink);
    memset(o, 0, sizeof *o);
}
