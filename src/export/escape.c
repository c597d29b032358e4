/* escape.c — text for every export format: UTF-8 repair and escaping
 * for XML, Graphviz HTML-like labels and tooltips (see graphviz.c for what
 * Graphviz does with each character), and writing a buffer out. */
#include "export_int.h"

#include <string.h>

/* Length of an "&name;" / "&#N;" / "&#xH;" sequence at s (s[0] == '&'),
 * as Graphviz's SVG writer recognizes it, or 0. */
static size_t entity_len(const char *s)
{
    const char *p = s + 1;
    if (*p == '#') {
        p++;
        if (*p == 'x' || *p == 'X') {
            p++;
            while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F'))
                p++;
        } else {
            while (*p >= '0' && *p <= '9')
                p++;
        }
    } else {
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
            p++;
    }
    return *p == ';' ? (size_t)(p - s + 1) : 0;
}

/* Length of the UTF-8 sequence at s (1..4) if valid, else 0. */
static size_t utf8_len(const char *s, size_t n)
{
    size_t k = ag_utf8_valid_prefix(s, n < 4 ? n : 4);
    if (k == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    size_t want = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return k >= want ? want : 0;
}

/* Appends up to `max` bytes of s (0 = all) escaped for `mode`.  Invalid
 * UTF-8 and characters XML 1.0 cannot carry become U+FFFD.  Returns 0, or
 * -1 when the buffer cannot grow. */
/* The entities of the markup characters (XML, Graphviz HTML labels). */
static const char *const markup[] = {['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
                                     ['\''] = "&#39;"};

int ag__ex_put_text(ag_buf *b, const char *s, int mode, size_t max)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    if (!s)
        return 0;
    size_t n = strlen(s), i = 0;
    int r = 0;
    if (max && n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* cut at a character boundary */
    }
    while (i < n && r == 0) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_len(s + i, n - i);
        if (k == 0) {
            r = ag_buf_append(b, fffd, 3);
            i++;
            continue;
        }
        if (k > 1) {
            /* U+FFFE and U+FFFF are not XML characters. */
            int nonchar = k == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
                          (unsigned char)s[i + 2] >= 0xBE;
            r = nonchar && mode != ESC_RAW ? ag_buf_append(b, fffd, 3) : ag_buf_append(b, s + i, k);
            i += k;
            continue;
        }
        i++;
        if (mode == ESC_RAW) {
            r = ag_buf_putc(b, (char)c);
            continue;
        }
        if (c < 0x20) {
            if (mode == ESC_XML)
                r = c == '\t' || c == '\n' || c == '\r' ? ag_buf_printf(b, "&#%u;", c)
                                                       : ag_buf_append(b, fffd, 3);
            else
                r = ag_buf_putc(b, ' '); /* Graphviz labels are one line here */
            continue;
        }
        const char *e = c < sizeof markup / sizeof *markup ? markup[c] : NULL;
        /* A tooltip is plain text: only an '&' that would start an entity
         * is written as one. */
        if (e && mode == ESC_TOOLTIP && !(c == '&' && entity_len(s + i - 1)))
            e = NULL;
        if (c == '\\')
            e = mode == ESC_GVHTML ? "\\\\" : mode == ESC_TOOLTIP ? "\xE2\xA7\xB5" : "\\";
        r = e ? ag_buf_puts(b, e) : ag_buf_putc(b, (char)c);
    }
    if (r == 0 && max && strlen(s) > max)
        r = ag_buf_puts(b, "\xE2\x80\xA6"); /* … */
    return r;
}


ag_status ag__ex_write_buf(const ag_buf *b, FILE *out, const char *what, ag_error *err)
{
    if ((b->len && fwrite(b->data, 1, b->len, out) != b->len) || fflush(out) == EOF || ferror(out))
        return ag_error_set(err, AG_EIO, "cannot write the %s output", what);
    return AG_OK;
}

