/* timeline.h — how relations change over time: for each period (day, ISO
 * week, month or year) and directed pair of actors, the cooperative,
 * hostile and neutral stance occurrences, the meetings and the net
 * Goldstein sum, counted exactly from the per-day counts of the graph
 * (docs/formats.md, "timeline").
 *
 * A meeting counts once per unordered pair, in the row whose source id is
 * below its target id (as the graph stores it).  Affiliation links are
 * not events and are left out.  The Goldstein sum adds each occurrence's
 * Goldstein value (its link's, see graph.h) over stances and meetings.
 * Occurrences without a date fall in no period, nor do dates known only
 * to the month (by day or week) or the year (by day, week or month); the
 * timeline counts both (`undated`, `imprecise`) so a report can say so.
 *
 * Ownership: ag_timeline_build only reads the graph, which must outlive
 * the timeline; ag_timeline_free() releases it.  Options borrow their
 * strings.
 */
#ifndef AG_TIMELINE_H
#define AG_TIMELINE_H

#include <stdio.h>

#include "graph.h"

typedef enum ag_period { AG_BY_DAY = 0, AG_BY_WEEK, AG_BY_MONTH, AG_BY_YEAR } ag_period;

typedef enum ag_timeline_format {
    AG_TIMELINE_TEXT = 0, /* a table; on a terminal also a sparkline per pair */
    AG_TIMELINE_CSV,
    AG_TIMELINE_JSON,     /* {"by":"month","rows":[{"period",...}]} */
    AG_TIMELINE_SVG       /* a line chart of the busiest pairs */
} ag_timeline_format;

typedef struct ag_timeline_opts {
    ag_period by;                /* default AG_BY_MONTH */
    const char *actor;           /* only rows where it is source or target */
    const char *pair_a, *pair_b; /* only rows of this pair, either direction */
} ag_timeline_opts;

typedef struct ag_timeline_row {
    int32_t period;       /* YYYYMMDD, ISO year x 100 + week, YYYYMM or YYYY */
    size_t source, target; /* graph nodes */
    long cooperative, hostile, neutral, meetings;
    double goldstein;
} ag_timeline_row;

typedef struct ag_timeline {
    const ag_graph *g;
    ag_period by;
    ag_timeline_row *rows; /* by period, source id, target id */
    size_t n_rows;
    long undated, imprecise; /* occurrences in no period (see above) */
} ag_timeline;

void ag_timeline_opts_init(ag_timeline_opts *o);
int ag_period_parse(const char *s, ag_period *p);                     /* 0 ok, -1 unknown */
const char *ag_period_name(ag_period p);                              /* "month" */
int ag_timeline_format_parse(const char *s, ag_timeline_format *f); /* 0 ok, -1 unknown */
/* The period as text: 2024-01-15, 2024-W03, 2024-01 or 2024. */
void ag_period_string(ag_period by, int32_t period, char out[16]);
/* The period of a day (ag_graph_day), or -1 when the day is too
 * imprecise for `by`. */
int32_t ag_period_of(ag_period by, int32_t day);

/* AG_EUSAGE when an actor named in o is not in g (the message says which). */
ag_status ag_timeline_build(const ag_graph *g, const ag_timeline_opts *o, ag_timeline **out, ag_error *err);
/* `terminal` adds the sparklines of the text format. */
ag_status ag_timeline_write(const ag_timeline *t, ag_timeline_format f, int terminal, FILE *out, ag_error *err);
void ag_timeline_free(ag_timeline *t);

#endif
