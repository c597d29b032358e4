/* json_out.c — see json_out.h.  The layout rules are jansson's (dump.c):
 * a container's first member follows a newline and its indentation, later
 * members a comma first; a non-empty container closes on its own line; an
 * empty one is "[]" or "{}".  Without indentation a comma is followed by a
 * space unless JSON_COMPACT. */
#include "json_out.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define FLUSH_AT ((size_t)1 << 16)
#define INDENT_OF(f) ((int)((f) & 0x1F))

/* The escape of one code point, or NULL when it is written as it is. */
static const char *escape_of(unsigned long cp, size_t flags, char seq[32])
{
    switch (cp) {
    case '\\': return "\\\\";
    case '"': return "\\\"";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '/': return (flags & JSON_ESCAPE_SLASH) ? "\\/" : NULL;
    default: break;
    }
    if (cp >= 0x20 && (cp < 0x80 || !(flags & JSON_ENSURE_ASCII)))
        return NULL;
    if (cp < 0x10000) {
        snprintf(seq, 32, "\\u%04lX", cp);
    } else {
        unsigned long v = cp - 0x10000;
        snprintf(seq, 32, "\\u%04lX\\u%04lX", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF));
    }
    return seq;
}

int ag_json_escape(ag_buf *b, const char *s, size_t n, size_t flags)
{
    size_t start = b->len, run = 0; /* run: first byte not yet copied */
    char seq[32];
    if (ag_buf_putc(b, '"'))
        return -1;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        /* Plain ASCII, the common case, goes by without decoding. */
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '/') {
            i++;
            continue;
        }
        unsigned long cp;
        size_t k = ag_utf8_decode(s + i, n - i, &cp);
        if (!k)
            goto fail;
        const char *esc = escape_of(cp, flags, seq);
        if (esc && (ag_buf_append(b, s + run, i - run) || ag_buf_puts(b, esc)))
            goto fail;
        i += k;
        if (esc)
            run = i;
    }
    if (ag_buf_append(b, s + run, n - run) || ag_buf_putc(b, '"'))
        goto fail;
    return 0;
fail:
    b->len = start;
    if (b->data)
        b->data[start] = '\0';
    return -1;
}

/* ---- the streaming writer ---- */

void ag_jw_init(ag_jw *w, FILE *fp, size_t flags)
{
    memset(w, 0, sizeof *w);
    w->fp = fp;
    w->flags = flags;
}

static void put(ag_jw *w, const char *s, size_t n)
{
    if (w->failed)
        return;
    if (ag_buf_append(&w->out, s, n)) {
        w->failed = 1;
        return;
    }
    if (w->fp && w->out.len >= FLUSH_AT) {
        if (fwrite(w->out.data, 1, w->out.len, w->fp) != w->out.len)
            w->failed = 1;
        ag_buf_reset(&w->out);
    }
}

/* jansson's dump_indent: a newline and `depth` indentations, or (without
 * indentation) one space after a comma unless compact.  `comma` puts the
 * member separator first, in the same write. */
static void indent(ag_jw *w, int depth, int comma, int space)
{
    static const char nl[] = ",\n                                                              ";
    int ws = INDENT_OF(w->flags);
    if (ws > 0) {
        size_t n = (size_t)(depth * ws);
        if (n + 2 < sizeof nl) {
            put(w, nl + !comma, n + 1 + (size_t)comma);
            return;
        }
        put(w, nl + !comma, 1 + (size_t)comma);
        for (; n > 0; n -= n < 32 ? n : 32)
            put(w, nl + 2, n < 32 ? n : 32);
    } else {
        if (comma)
            put(w, ",", 1);
        if (space && !(w->flags & JSON_COMPACT))
            put(w, " ", 1);
    }
}

/* What comes before a member of the innermost container. */
static void member(ag_jw *w)
{
    if (w->depth == 0)
        return;
    if (w->items[w->depth - 1]) {
        indent(w, w->depth, 1, 1);
    } else {
        indent(w, w->depth, 0, 0);
        w->items[w->depth - 1] = 1;
    }
}

/* Before any value: array members are separated here, object members by
 * ag_jw_key. */
static void value(ag_jw *w)
{
    if (w->after_key)
        w->after_key = 0;
    else
        member(w);
}

static void open_container(ag_jw *w, char c)
{
    value(w);
    if (w->depth >= AG_JW_MAX_DEPTH) {
        w->failed = 1;
        return;
    }
    put(w, &c, 1);
    w->open[w->depth] = (unsigned char)c;
    w->items[w->depth] = 0;
    w->depth++;
}

void ag_jw_object(ag_jw *w) { open_container(w, '{'); }
void ag_jw_array(ag_jw *w) { open_container(w, '['); }

void ag_jw_end(ag_jw *w)
{
    if (w->depth == 0 || w->after_key) {
        w->failed = 1;
        return;
    }
    w->depth--;
    if (w->items[w->depth])
        indent(w, w->depth, 0, 0);
    put(w, w->open[w->depth] == '{' ? "}" : "]", 1);
}

void ag_jw_key(ag_jw *w, const char *key)
{
    if (w->failed)
        return;
    if (w->depth == 0 || w->open[w->depth - 1] != '{' || w->after_key) {
        w->failed = 1;
        return;
    }
    member(w);
    if (ag_json_escape(&w->out, key, strlen(key), w->flags)) {
        w->failed = 1;
        return;
    }
    put(w, (w->flags & JSON_COMPACT) ? ":" : ": ", (w->flags & JSON_COMPACT) ? 1 : 2);
    w->after_key = 1;
}

void ag_jw_strn(ag_jw *w, const char *s, size_t n)
{
    value(w);
    if (!w->failed && ag_json_escape(&w->out, s, n, w->flags))
        w->failed = 1;
    put(w, "", 0); /* flushes when the buffer is full */
}

void ag_jw_str(ag_jw *w, const char *s)
{
    if (s)
        ag_jw_strn(w, s, strlen(s));
    else
        ag_jw_null(w);
}

void ag_jw_kstr(ag_jw *w, const char *key, const char *v)
{
    ag_jw_key(w, key);
    ag_jw_str(w, v);
}

void ag_jw_karray(ag_jw *w, const char *key)
{
    ag_jw_key(w, key);
    ag_jw_array(w);
}

void ag_jw_kobject(ag_jw *w, const char *key)
{
    ag_jw_key(w, key);
    ag_jw_object(w);
}

void ag_jw_kint(ag_jw *w, const char *key, long long v)
{
    ag_jw_key(w, key);
    ag_jw_int(w, v);
}

void ag_jw_kreal(ag_jw *w, const char *key, double v)
{
    ag_jw_key(w, key);
    ag_jw_real(w, v);
}

void ag_jw_int(ag_jw *w, long long v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    value(w);
    put(w, tmp, (size_t)n);
}

void ag_jw_real(ag_jw *w, double v)
{
    value(w);
    if (w->failed)
        return;
    /* jansson's own formatting (its precision rules and ".0"), through a
     * one-value dump: the bytes then match json_dumpf exactly.  Files
     * repeat a few values (Goldstein weights): the last ones are kept. */
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    struct ag_jw_real *c = &w->reals[(bits ^ (bits >> 29)) % AG_JW_REALS];
    if (!c->len || c->bits != bits) {
        json_t *r = isfinite(v) ? json_real(v) : NULL;
        size_t n = r ? json_dumpb(r, c->text, sizeof c->text,
                                  JSON_ENCODE_ANY | (w->flags & JSON_REAL_PRECISION(31)))
                     : 0;
        json_decref(r);
        if (n == 0 || n >= sizeof c->text) {
            c->len = 0;
            w->failed = 1;
            return;
        }
        c->bits = bits;
        c->len = (unsigned char)n;
    }
    put(w, c->text, c->len);
}

void ag_jw_bool(ag_jw *w, int v)
{
    value(w);
    put(w, v ? "true" : "false", v ? 4 : 5);
}

void ag_jw_null(ag_jw *w)
{
    value(w);
    put(w, "null", 4);
}

int ag_jw_finish(ag_jw *w)
{
    if (w->depth != 0 || w->after_key)
        w->failed = 1;
    if (w->fp) {
        if (!w->failed && w->out.len && fwrite(w->out.data, 1, w->out.len, w->fp) != w->out.len)
            w->failed = 1;
        ag_buf_free(&w->out);
    }
    return w->failed ? -1 : 0;
}
