/* events.h — read: event tables as the event-data projects publish them
 * (docs/event-data.md): GDELT 1.0 daily events (57 or 58 tab-separated
 * columns), GDELT 2.0 events (61), ICEWS coded events (tab-separated with
 * its header) and Phoenix (CSV with its header), plain, .gz or .zip,
 * streamed one row at a time.
 *
 * Each dyadic row becomes one document (ag_doc): its two actors, named by
 * their codes (TURGOV: "Turkish government", affiliated with Turkey) and
 * one relation by its CAMEO root (04: a meeting; else a stance labelled
 * from data/cameo.tsv, polarity by quad class), with the row's Goldstein
 * value, date and source URL as evidence.  Rows with one actor, or the
 * same actor twice, are counted and left out; malformed rows are reported
 * through `warn` as "FILE:LINE: problem" and skipped.  A file whose first
 * line is not of the format is refused with the columns expected.
 *
 * Ownership: each document is handed to the callback, which owns it (must
 * ag_doc_free() it).  The options borrow the lexicon.
 */
#ifndef AG_EVENTS_H
#define AG_EVENTS_H

#include "lexicon.h"
#include "records.h"

typedef enum ag_events_format {
    AG_EVENTS_GDELT = 0, /* "gdelt": GDELT 1.0, 57 or 58 columns */
    AG_EVENTS_GDELT2,    /* "gdelt2": GDELT 2.0, 61 columns */
    AG_EVENTS_ICEWS,     /* "icews" */
    AG_EVENTS_PHOENIX    /* "phoenix" */
} ag_events_format;

int ag_events_format_parse(const char *s, ag_events_format *f); /* 0 ok, -1 unknown */
const char *ag_events_format_name(ag_events_format f);

typedef struct ag_events_stats {
    size_t rows;      /* data rows read, bad ones too */
    size_t events;    /* documents handed to the callback */
    size_t one_sided; /* rows without two distinct actors */
    size_t bad;       /* malformed rows skipped */
} ag_events_stats;

typedef void (*ag_events_warn_fn)(const char *msg, void *ud);

typedef struct ag_events_opts {
    ag_events_format format;
    const ag_lexicon *lexicon; /* country and organization names by code; required */
    ag_events_warn_fn warn;    /* each skipped row, or NULL */
    void *warn_ud;
} ag_events_opts;

/* Reads `path` ("-" is stdin; .zip needs a file).  AG_EINPUT when the file
 * is not of the format, AG_EIO when it cannot be read; a bad row is not
 * an error.  `stats` may be NULL. */
ag_status ag_events_read(const char *path, const ag_events_opts *o, ag_doc_cb cb, void *ud,
                         ag_events_stats *stats, ag_error *err);

#endif
