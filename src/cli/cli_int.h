/* cli_int.h — helpers shared by the subcommands (cli_*.c); not part of the
 * library's API. */
#ifndef AG_CLI_INT_H
#define AG_CLI_INT_H

#include <stdio.h>

#include "graph.h"
#include "lexicon.h"

#define CLI_MAX_LEXICONS 64

typedef struct cli_lexicons {
    char *files[CLI_MAX_LEXICONS];
    int n;
} cli_lexicons;

/* Progress on stderr, only when it is a terminal and not -q. */
typedef struct cli_progress_t {
    size_t count;
    int quiet, shown;
} cli_progress_t;

/* Loads the default lexicon plus files; prints errors; returns exit status. */
int ag_cli_lexicon(char **files, int n, ag_lexicon **out);
int ag_cli_push_lexicon(cli_lexicons *l, char *path);
void ag_cli_progress(cli_progress_t *p, const char *what);
void ag_cli_progress_done(cli_progress_t *p, const char *what);
/* Adds a file of documents (text or JSON Lines) or extraction records to
 * g, loading the lexicon into *lx on first need; extraction records are
 * also written to `events` when not NULL. JSON Lines documents are
 * extracted on `jobs` threads (0: one per processor). Returns an exit
 * status. */
int ag_cli_add_to_graph(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g, FILE *events,
                        cli_progress_t *prog, int jobs);
/* The options extract, build and run share: -o/--output, --lexicon
 * (repeatable), -q/--quiet, -h/--help, and -j/--jobs when `jobs` is not
 * NULL. Returns -1 to go on (optind is at
 * the first argument), else the exit status to return now. */
int ag_cli_std_opts(int argc, char **argv, const char *usage, const char **output, cli_lexicons *lex,
                    int *quiet, int *jobs);
/* Writes d's records to `events` (when not NULL), adds d to g, frees d. */
ag_status ag_cli_doc_to_graph(ag_doc *d, ag_graph *g, FILE *events, ag_error *err);
/* 1 if s is "-h" or "--help". */
int ag_cli_is_help(const char *s);

#endif
