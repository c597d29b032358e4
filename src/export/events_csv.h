/* events_csv.h — export: relations as event-table rows (docs/event-data.md),
 * one row per dyadic event, in the columns and order that Phoenix (CSV),
 * ICEWS (tab-separated) or GDELT 2.0 (tab-separated) document, with a
 * header line, followed by actorgraph's columns (names, PLOVER type and
 * mode, document, evidence).  A meeting of n participants gives a row per
 * pair, as the datasets do; affiliations give none.
 *
 * Ownership: the functions only read their input and write to `out`.
 */
#ifndef AG_EVENTS_CSV_H
#define AG_EVENTS_CSV_H

#include <stdio.h>

#include "graph.h"
#include "model.h"

typedef enum ag_events_csv {
    AG_EVCSV_PHOENIX = 0, /* "phoenix" */
    AG_EVCSV_ICEWS,       /* "icews" */
    AG_EVCSV_GDELT        /* "gdelt": GDELT 2.0's 61 columns */
} ag_events_csv;

int ag_events_csv_parse(const char *s, ag_events_csv *f); /* 0 ok, -1 unknown */
ag_status ag_events_csv_header(ag_events_csv f, FILE *out, ag_error *err);
/* The rows of one document's relations (no header). */
ag_status ag_events_csv_doc(const ag_doc *d, ag_events_csv f, FILE *out, ag_error *err);
/* Header and a row per evidence entry of each stance and meeting link (a
 * link keeps at most AG_GRAPH_MAX_EVIDENCE; its weight counts them all). */
ag_status ag_events_csv_graph(const ag_graph *g, ag_events_csv f, FILE *out, ag_error *err);

#endif
