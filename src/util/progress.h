/* progress.h — what a long stage is doing, for people: the documents done,
 * the megabytes read of the input's total when it is known, the rate and
 * the time left.
 *
 * On a terminal it is one live line, redrawn in place (\r) at most four
 * times a second and ended by the stage's summary.  Into a log (standard
 * error is not a terminal) it is one line every five seconds at most
 * (AG_PROGRESS_SECONDS in the environment sets another interval), and the
 * summary of a stage that took that long.  Quiet (-q): nothing.
 *
 * Bytes are those the process has read since the stage began (Linux
 * /proc/self/io "rchar"), so any reader counts without telling; without
 * /proc only documents are counted.  The total is the size of the input
 * files (ag_progress_file_size); a pipe has none, and then no percentage
 * or time left is shown.
 *
 * Lines ("actorgraph: " first):
 *        "extract: 12,345 documents, 45.2 of 100.0 MB (45%), 2.3 MB/s, 24 s left"
 *        "analyze: betweenness and harmonic closeness (exact), 3.2 s"
 *        "extract: 63,123 documents, 100.0 MB in 41 s (2.4 MB/s)"
 *
 * Ownership: an ag_progress is the caller's (on the stack) and borrows its
 * FILE and the stage, unit and step strings for as long as they are shown.
 * One thread reports.
 */
#ifndef AG_PROGRESS_H
#define AG_PROGRESS_H

#include <stdio.h>

typedef struct ag_progress {
    FILE *out;                 /* NULL: silent */
    int quiet;
    int live;                  /* out is a terminal */
    double every;              /* seconds between lines */
    const char *stage, *unit;  /* "extract", "documents" */
    double t0, last;           /* stage start, last line */
    unsigned long long items;
    long long bytes0;          /* bytes read when the stage began, or -1 */
    unsigned long long total;  /* input bytes, 0 = unknown */
    size_t width;              /* of the live line on screen, 0 = none */
    double (*clock)(void);     /* seconds; tests replace it */
    long long (*bytes_read)(void); /* -1 when unknown; tests replace it */
} ag_progress;

void ag_progress_init(ag_progress *p, FILE *out, int quiet);
/* A stage begins: counts in `unit` (NULL: none, only steps), `total`
 * input bytes (0: unknown). */
void ag_progress_begin(ag_progress *p, const char *stage, const char *unit, unsigned long long total);
/* `n` more items done; draws when due. */
void ag_progress_add(ag_progress *p, unsigned long long n);
/* The stage moves to a step without counts ("betweenness ..."); drawn
 * at once on a terminal, into a log when due. */
void ag_progress_step(ag_progress *p, const char *what);
/* The stage's summary line; `what` (or NULL) says what was made. */
void ag_progress_end(ag_progress *p, const char *what);
/* "12,345,678" */
void ag_progress_thousands(unsigned long long v, char out[32]);
/* "2,408 actors, 385,063 links" into out. */
void ag_progress_graph_size(size_t nodes, size_t links, char out[80]);
/* Bytes of a regular file, 0 for "-", a pipe or an error. */
unsigned long long ag_progress_file_size(const char *path);
/* Bytes of n files together, 0 when one of them has no known size. */
unsigned long long ag_progress_files_size(int n, char *const *paths);
/* The callback of ag_analyze_opts.progress: ud is an ag_progress. */
void ag_progress_step_cb(void *ud, const char *what);

#endif
