/* timeline_int.h — what the timeline's writers share (timeline.c,
 * timeline_svg.c): the periods with events and the pairs by activity.
 * Library-internal.
 *
 * Ownership: a tl_series owns its arrays (ag__tl_series_free). */
#ifndef AG_TIMELINE_INT_H
#define AG_TIMELINE_INT_H

#include "timeline.h"

typedef struct tl_pair {
    size_t source, target;
    long total;   /* occurrences over every period */
    size_t first; /* its first row */
} tl_pair;

typedef struct tl_series {
    int32_t *periods; /* with events, in order */
    size_t n_periods;
    tl_pair *pairs;   /* busiest first, then by first row */
    size_t n_pairs;
} tl_series;

/* Stances and meetings of a row. */
long ag__tl_total(const ag_timeline_row *r);
ag_status ag__tl_series(const ag_timeline *t, tl_series *s); /* AG_ENOMEM */
void ag__tl_series_free(tl_series *s);
/* The pair's occurrences per period of s into out[s->n_periods]. */
void ag__tl_counts(const ag_timeline *t, const tl_series *s, const tl_pair *p, long *out);
/* The chart (timeline_svg.c): AG_ENOMEM, AG_EIO. */
ag_status ag__tl_write_svg(const ag_timeline *t, FILE *out);

#endif
