/* events.c — see events.h: the formats, the first line that tells a
 * file's format, and the loop that turns rows into documents. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "events_int.h"

static const struct {
    const char *name;
    ev_map_fn map;
} formats[] = {{"gdelt", ag__ev_map_gdelt}, {"gdelt2", ag__ev_map_gdelt2}, {"icews", ag__ev_map_icews}, {"phoenix", ag__ev_map_phoenix}};

#define MAX_COLS 256
/* A row is at most this long: GDELT rows are under 2 KiB. */
#define ROW_MAX ((size_t)1 << 20)

int ag_events_format_parse(const char *s, ag_events_format *f)
{
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (s && strcmp(s, formats[i].name) == 0) {
            *f = (ag_events_format)i;
            return 0;
        }
    return -1;
}

const char *ag_events_format_name(ag_events_format f)
{
    return (size_t)f < sizeof formats / sizeof formats[0] ? formats[f].name : "?";
}

int ag__ev_map_header(ev_cols *m, char **f, size_t n, const ev_colname *want, size_t n_want, const char *format,
                  const char *expected, char *why, size_t cap)
{
    for (int i = 0; i < EV_NFIELDS; i++)
        m->idx[i] = -1;
    m->ncols = 0;
    m->exact = 0;
    for (size_t k = 0; k < n_want; k++) {
        for (size_t i = 0; i < n && i < MAX_COLS; i++)
            if (strcasecmp(f[i], want[k].name) == 0) {
                m->idx[want[k].field] = (int)i;
                if (i + 1 > m->ncols && want[k].required)
                    m->ncols = i + 1;
                break;
            }
        if (want[k].required && m->idx[want[k].field] < 0) {
            snprintf(why, cap, "no column \"%s\" in the first line; %s start with a header line of these columns: %s",
                     want[k].name, format, expected);
            return -1;
        }
    }
    return 1;
}

typedef struct reader {
    const ag_events_opts *o;
    const char *name;
    ev_ctx ctx;
    ev_cols cols;
    ag_events_stats st;
} reader;

static void warn(reader *r, size_t line, const char *why)
{
    r->st.bad++;
    if (r->o->warn) {
        char msg[1100];
        snprintf(msg, sizeof msg, "%s:%zu: %s; row skipped", r->name, line, why);
        r->o->warn(msg, r->o->warn_ud);
    }
}

/* One line after the first: a row into a document for cb. */
static ag_status row(reader *r, char *line, size_t lineno, ag_doc_cb cb, void *ud, ag_error *err)
{
    char *f[MAX_COLS];
    char why[900];
    r->st.rows++;
    long n = ag__ev_split(line, r->cols.sep, f, MAX_COLS);
    if (n < 0)
        return warn(r, lineno, "a quoted field does not end on its line"), AG_OK;
    if ((r->cols.exact && (size_t)n != r->cols.ncols) || (size_t)n < r->cols.ncols) {
        snprintf(why, sizeof why, "%ld columns where the file's rows have %s%zu", n, r->cols.exact ? "" : "at least ",
                 r->cols.ncols);
        return warn(r, lineno, why), AG_OK;
    }
    ag_doc *d = NULL;
    int k = ag__ev_row_doc(&r->ctx, &r->cols, f, (size_t)n > MAX_COLS ? MAX_COLS : (size_t)n, lineno, &d, why, sizeof why);
    if (k == -2)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (k == -1)
        return warn(r, lineno, why), AG_OK;
    if (k == 0) {
        r->st.one_sided++;
        return AG_OK;
    }
    r->st.events++;
    return cb(d, ud, err);
}

/* The first non-blank line: the format's header or first row. 1 header,
 * 0 data. */
static int first_line(reader *r, char *line, size_t lineno, ag_error *err)
{
    char *f[MAX_COLS];
    char why[900];
    char *copy = strdup(line);
    if (!copy)
        return ag_error_set(err, AG_ENOMEM, "out of memory"), -1;
    ev_map_fn map = formats[r->o->format].map;
    /* Split with the format's own separator: CSV for Phoenix. */
    char sep = r->o->format == AG_EVENTS_PHOENIX ? ',' : '\t';
    long n = ag__ev_split(copy, sep, f, MAX_COLS);
    int k = n < 0 ? (snprintf(why, sizeof why, "a quoted field does not end on its line"), -1)
                  : map(&r->cols, f, (size_t)n > MAX_COLS ? MAX_COLS : (size_t)n, why, sizeof why);
    if (k >= 0 && r->cols.exact && (size_t)n != r->cols.ncols)
        k = -1;
    free(copy);
    if (k < 0)
        ag_error_set(err, AG_EINPUT, "%s:%zu: not %s events: %s", r->name, lineno,
                     ag_events_format_name(r->o->format), why);
    return k;
}

static ag_status read_lines(reader *r, ev_stream *s, ag_doc_cb cb, void *ud, ag_error *err)
{
    ag_buf line = AG_BUF_INIT;
    ag_status st = AG_OK;
    size_t lineno = 0;
    int started = 0, k;
    while (!st && (k = ag__ev_getline(s, &line, ROW_MAX, err)) != 0) {
        lineno++;
        if (k == -2 || k == -3) {
            st = k == -2 ? ag_error_set(err, AG_ENOMEM, "out of memory") : AG_EIO;
            break;
        }
        if (k == -1) {
            warn(r, lineno, "a row longer than 1 MiB");
            continue;
        }
        if (strspn(line.data, " \t\r") == line.len)
            continue;
        if (!started) {
            int h = first_line(r, line.data, lineno, err);
            if (h < 0)
                st = err && err->msg[0] && strstr(err->msg, "out of memory") ? AG_ENOMEM : AG_EINPUT;
            started = 1;
            if (h != 0)
                continue;
        }
        st = row(r, line.data, lineno, cb, ud, err);
    }
    ag_buf_free(&line);
    return st;
}

ag_status ag_events_read(const char *path, const ag_events_opts *o, ag_doc_cb cb, void *ud,
                         ag_events_stats *stats, ag_error *err)
{
    if ((size_t)o->format >= sizeof formats / sizeof formats[0] || !o->lexicon)
        return ag_error_set(err, AG_EUSAGE, "events: unknown format or no lexicon");
    reader r;
    memset(&r, 0, sizeof r);
    r.o = o;
    r.name = strcmp(path, "-") == 0 ? "stdin" : path;
    ag_status st = ag__ev_ctx_init(&r.ctx, o->lexicon, err);
    ev_stream *s = NULL;
    if (!st)
        st = ag__ev_open(path, &s, err);
    if (!st)
        st = read_lines(&r, s, cb, ud, err);
    ag__ev_close(s);
    ag__ev_ctx_free(&r.ctx);
    if (stats)
        *stats = r.st;
    return st;
}
