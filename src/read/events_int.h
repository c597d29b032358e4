/* events_int.h — what the event-table readers share (library-internal):
 * the byte stream (events_stream.c), the column map that each format
 * builds from its header or column count (events_gdelt.c, events_icews.c,
 * events_phoenix.c), and the row of borrowed fields that events.c turns
 * into a document.
 *
 * Ownership: a stream owns its handles until ag__ev_close(); fields point into
 * the current line.
 */
#ifndef AG_EVENTS_INT_H
#define AG_EVENTS_INT_H

#include "events.h"
#include "lexicon_int.h"
#include "model_int.h"

/* ---- stream: plain, gzip (zlib) or zip (libzip) ---- */
typedef struct ev_stream ev_stream;
ag_status ag__ev_open(const char *path, ev_stream **out, ag_error *err);
/* Like ag_read_line: 1 a line, 0 end, -1 over cap, -2 out of memory,
 * -3 a read error (the message in err). */
int ag__ev_getline(ev_stream *s, ag_buf *line, size_t cap, ag_error *err);
void ag__ev_close(ev_stream *s);

/* ---- the fields a row gives ---- */
enum {
    EV_ID = 0, EV_DATE, EV_URL, EV_TEXT, EV_LOCATION, EV_CODE, EV_GOLDSTEIN,
    EV_S_CODE, EV_S_NAME, EV_S_COUNTRY, EV_S_ROLE,
    EV_T_CODE, EV_T_NAME, EV_T_COUNTRY, EV_T_ROLE,
    EV_NFIELDS
};

typedef struct ev_cols {
    int idx[EV_NFIELDS]; /* column of each field, -1 when the format has none */
    size_t ncols;        /* columns a row must have (at least) */
    char sep;            /* '\t' or ',' */
    int exact;           /* the count must match exactly (GDELT) */
    int icews_sectors;   /* EV_*_ROLE hold ICEWS sector names */
} ev_cols;

/* Each format looks at the first line: 1 it is a header (skip it), 0 it is
 * a data row, -1 not this format (a message naming the columns expected in
 * why). `f` are the line's fields. */
typedef int (*ev_map_fn)(ev_cols *m, char **f, size_t n, char *why, size_t cap);
int ag__ev_map_gdelt(ev_cols *m, char **f, size_t n, char *why, size_t cap);
int ag__ev_map_gdelt2(ev_cols *m, char **f, size_t n, char *why, size_t cap);
int ag__ev_map_icews(ev_cols *m, char **f, size_t n, char *why, size_t cap);
int ag__ev_map_phoenix(ev_cols *m, char **f, size_t n, char *why, size_t cap);

/* Columns found by name in a header: every name in `want` (field, name
 * pairs) with `required` set must be there. Returns -1 and a message when
 * one is missing. Names are compared without case. */
typedef struct ev_colname {
    int field;
    const char *name;
    int required;
} ev_colname;
int ag__ev_map_header(ev_cols *m, char **f, size_t n, const ev_colname *want, size_t n_want, const char *format,
                  const char *expected, char *why, size_t cap);

/* Splits a line in place at `sep` (CSV quoting when sep is ','); returns
 * the field count, or -1 for an unterminated quote. At most cap fields. */
long ag__ev_split(char *line, char sep, char **f, size_t cap);

/* The CAMEO role code of ICEWS sector names ("Government,Executive" ->
 * "GOV"), or NULL. */
const char *ag__ev_icews_role(const char *sectors);



/* ---- rows into documents (events_doc.c) ---- */
typedef struct ev_ctx {
    const ag_lexicon *lx;
    ag_strmap *by_code; /* country or organization code -> lexicon entry */
} ev_ctx;
ag_status ag__ev_ctx_init(ev_ctx *c, const ag_lexicon *lx, ag_error *err);
void ag__ev_ctx_free(ev_ctx *c);
/* One row's document: 1 made (*out), 0 not dyadic, -1 a bad row (why),
 * -2 out of memory. `line` names the row when it has no id. */
int ag__ev_row_doc(const ev_ctx *c, const ev_cols *m, char **f, size_t n, size_t line, ag_doc **out, char *why,
               size_t cap);
#endif
