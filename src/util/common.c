/* common.c — see common.h. */
#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

void *ag_arena_alloc(ag_arena *a, size_t n)
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
    memset(p, 0, n);
    return p;
}

char *ag_arena_strndup(ag_arena *a, const char *s, size_t n)
{
    char *p = ag_arena_alloc(a, n + 1);
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
    char *p = ag_arena_alloc(a, (size_t)n + 1);
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
int ag_buf_putc(ag_buf *b, char c) { return ag_buf_append(b, &c, 1); }

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

struct ag_strmap {
    const char **keys;
    size_t *vals;
    size_t cap, count;
};

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

ag_strmap *ag_strmap_new(void)
{
    ag_strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 16;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->vals = calloc(m->cap, sizeof *m->vals);
    if (!m->keys || !m->vals) {
        ag_strmap_free(m);
        return NULL;
    }
    return m;
}

void ag_strmap_free(ag_strmap *m)
{
    if (!m)
        return;
    free(m->keys);
    free(m->vals);
    free(m);
}

static size_t slot_of(const char **keys, size_t cap, const char *key)
{
    size_t i = (size_t)fnv1a(key) & (cap - 1);
    while (keys[i] && strcmp(keys[i], key) != 0)
        i = (i + 1) & (cap - 1);
    return i;
}

static int grow(ag_strmap *m)
{
    size_t cap = m->cap * 2;
    const char **keys = calloc(cap, sizeof *keys);
    size_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = slot_of(keys, cap, m->keys[i]);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int ag_strmap_put(ag_strmap *m, const char *key, size_t value)
{
    if ((m->count + 1) * 4 > m->cap * 3 && grow(m))
        return -1;
    size_t i = slot_of(m->keys, m->cap, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->count++;
    }
    m->vals[i] = value;
    return 0;
}

int ag_strmap_get(const ag_strmap *m, const char *key, size_t *value)
{
    size_t i = slot_of(m->keys, m->cap, key);
    if (!m->keys[i])
        return 0;
    if (value)
        *value = m->vals[i];
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

size_t ag_utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t k = ag_utf8_decode(s + i, n - i, NULL);
        if (!k || (k == 1 && u[i] == 0))
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

char *ag_slug(ag_arena *a, const char *name)
{
    size_t n = strlen(name);
    char *out = ag_arena_alloc(a, n * 2 + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    int dash = 0;
    const unsigned char *u = (const unsigned char *)name;
    for (size_t i = 0; i < n;) {
        size_t k = ag_utf8_decode(name + i, n - i, NULL);
        const char *piece = NULL;
        char ch[2] = {0, 0};
        if (k == 1) {
            unsigned char c = u[i];
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                ch[0] = (char)c;
            else if (c >= 'A' && c <= 'Z')
                ch[0] = (char)(c - 'A' + 'a');
            if (ch[0])
                piece = ch;
        } else if (k == 2 || k == 3) {
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
        } else if (!(k == 1 && u[i - 1] == '\'')) {
            dash = 1;
        }
    }
    if (o == 0)
        out[o++] = 'x';
    out[o] = '\0';
    return out;
}

/* ---- files ---- */

int ag_read_line(FILE *fp, ag_buf *b, size_t cap)
{
    char chunk[65536];
    int any = 0, over = 0;
    ag_buf_reset(b);
    while (fgets(chunk, sizeof chunk, fp)) {
        any = 1;
        size_t n = strlen(chunk);
        int eol = n > 0 && chunk[n - 1] == '\n';
        if (eol)
            n--;
        if (!over) {
            if (b->len + n > cap) {
                over = 1;
                n = cap - b->len;
            }
            if (ag_buf_append(b, chunk, n))
                return -2;
        }
        if (eol)
            break;
    }
    if (!any)
        return 0;
    if (!b->data && ag_buf_append(b, "", 0))
        return -2;
    return over ? -1 : 1;
}

ag_status ag_read_file(const char *path, char **out, size_t *len, ag_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return ag_error_set(err, AG_EIO, "%s: cannot open: %s", path, strerror(errno));
    ag_buf b = AG_BUF_INIT;
    char chunkbuf[65536];
    size_t n;
    while ((n = fread(chunkbuf, 1, sizeof chunkbuf, fp)) > 0) {
        if (ag_buf_append(&b, chunkbuf, n)) {
            ag_buf_free(&b);
            if (!is_stdin)
                fclose(fp);
            return ag_error_set(err, AG_ENOMEM, "%s: file too large to read into memory", path);
        }
    }
    int bad = ferror(fp);
    if (!is_stdin)
        fclose(fp);
    if (bad) {
        ag_buf_free(&b);
        return ag_error_set(err, AG_EIO, "%s: read error", path);
    }
    if (!b.data && ag_buf_append(&b, "", 0))
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    *out = b.data;
    *len = b.len;
    return AG_OK;
}

ag_status ag_outfile_open(ag_outfile *o, const char *path, ag_error *err)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->is_stdout = 1;
        return AG_OK;
    }
    size_t n = strlen(path);
    o->path = strdup(path);
    o->tmp = malloc(n + 16);
    if (!o->path || !o->tmp) {
        ag_outfile_abort(o);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    snprintf(o->tmp, n + 16, "%s.tmpXXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        ag_error_set(err, AG_EIO, "%s: cannot create output file: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        ag_outfile_abort(o);
        return AG_EIO;
    }
    /* mkstemp makes 0600; outputs are ordinary files (0666 less umask). */
    mode_t um = umask(0);
    umask(um);
    if (fchmod(fd, 0666 & ~um) != 0) {
        /* not fatal: the file is still ours to write */
    }
    o->fp = fdopen(fd, "wb");
    if (!o->fp) {
        close(fd);
        ag_outfile_abort(o);
        return ag_error_set(err, AG_EIO, "%s: cannot open output file", path);
    }
    return AG_OK;
}

ag_status ag_outfile_commit(ag_outfile *o, ag_error *err)
{
    if (o->is_stdout) {
        if (fflush(stdout) != 0 || ferror(stdout))
            return ag_error_set(err, AG_EIO, "standard output: write error");
        return AG_OK;
    }
    int bad = ferror(o->fp);
    if (fclose(o->fp) != 0)
        bad = 1;
    o->fp = NULL;
    if (bad) {
        ag_error_set(err, AG_EIO, "%s: write error (disk full?)", o->path);
        ag_outfile_abort(o);
        return AG_EIO;
    }
    if (rename(o->tmp, o->path) != 0) {
        ag_error_set(err, AG_EIO, "%s: cannot replace file: %s", o->path, strerror(errno));
        ag_outfile_abort(o);
        return AG_EIO;
    }
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
    return AG_OK;
}

void ag_outfile_abort(ag_outfile *o)
{
    if (o->is_stdout) {
        fflush(stdout);
        memset(o, 0, sizeof *o);
        return;
    }
    if (o->fp)
        fclose(o->fp);
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
}
