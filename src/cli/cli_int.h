/* cli_int.h — helpers shared by the subcommands (cli_*.c); not part of the
 * library's API. */
#ifndef AG_CLI_INT_H
#define AG_CLI_INT_H

#include <limits.h>
#include <signal.h>
#include <stdio.h>

#include "graph.h"
#include "lexicon.h"
#include "extract_pool.h"
#include "progress.h"

#define CLI_MAX_LEXICONS 64

typedef struct cli_lexicons {
    char *files[CLI_MAX_LEXICONS];
    int n;
} cli_lexicons;

/* Progress on stderr (progress.h): live on a terminal, a line now and
 * then into a log, nothing with -q. */
typedef ag_progress cli_progress_t;

/* Loads the default lexicon plus files; prints errors; returns exit status. */
int ag_cli_lexicon(char **files, int n, ag_lexicon **out);
int ag_cli_push_lexicon(cli_lexicons *l, char *path);
/* Adds a file of documents (text or JSON Lines) or extraction records to
 * g, loading the lexicon into *lx on first need; extraction records are
 * also written to `events` when not NULL. JSON Lines documents are
 * extracted on `jobs` threads (0: one per processor). Prints the message
 * and returns an exit status (cli_input.c; the work is ag_ingest_input). */
int ag_cli_add_to_graph(const char *path, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g, ag_outfile *events,
                        cli_progress_t *prog, int jobs);
/* The options extract, build and run share: -o/--output, --lexicon
 * (repeatable), -q/--quiet, -h/--help, and -j/--jobs when `jobs` is not
 * NULL. Returns -1 to go on (optind is at
 * the first argument), else the exit status to return now. */
int ag_cli_std_opts(int argc, char **argv, const char *usage, const char **output, cli_lexicons *lex,
                    int *quiet, int *jobs);
/* 1 if s is "-h" or "--help". */
int ag_cli_is_help(const char *s);
/* A whole decimal number in [lo, hi] for option `opt`; prints what is
 * wrong ("too large", "not a number") and returns -1 otherwise. */
int ag_cli_parse_long(const char *opt, const char *s, long lo, long hi, long *out);
/* Prints "actorgraph: PROBLEM" and where to find the usage of `cmd`;
 * returns the usage exit status. */
int ag_cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The message for getopt's ':' (missing argument) or '?' (unknown
 * option); returns the usage exit status. Parse with opterr = 0 and an
 * optstring starting with ':'. */
int ag_cli_bad_option(const char *cmd, char **argv, int c);

/* An output file (ag_outfile) whose temporary file is removed on a signal. */
typedef struct cli_out {
    ag_outfile of;
    int slot; /* in the cleanup registry, or -1 */
} cli_out;
/* Opens; prints the message and returns an exit status on failure. */
int ag_cli_out_open(cli_out *o, const char *path);
/* The same, naming the output `shown` in messages. */
int ag_cli_out_open_as(cli_out *o, const char *path, const char *shown);
/* Commits when st is AG_OK, else removes the temporary file; prints the
 * message (err, or the output's write error) and returns an exit status. */
int ag_cli_out_close(cli_out *o, ag_status st, ag_error *err);
/* Removes the temporary file without a message. */
void ag_cli_out_abort(cli_out *o);

/* ---- an output folder, whole or not at all (cli_outdir.c) ----
 * Outputs go into a temporary sibling folder swapped in by commit; a lock
 * (DIR.lock) makes a second writer of the same folder fail at once. Files
 * of the old folder that are not among `outputs` are kept. */
typedef struct cli_outdir {
    const char *name;           /* as given */
    const char *const *outputs; /* the file names the command writes, NULL-ended */
    char dir[PATH_MAX];         /* the folder, links followed */
    char tmp[PATH_MAX + 16];    /* the temporary sibling */
    char lock[PATH_MAX + 16];
    int lock_fd;
    size_t mark, mark_lock;     /* cleanup registry depths */
} cli_outdir;
/* Each prints its message and returns an exit status. */
int ag_cli_outdir_open(cli_outdir *d, const char *name, const char *const *outputs);
/* Opens output `file` of the folder (in the temporary folder). */
int ag_cli_outdir_file(cli_outdir *d, const char *file, cli_out *out);
/* Swaps the folder in, removes the old outputs and the lock. */
int ag_cli_outdir_commit(cli_outdir *d);
/* Removes the temporary folder, the lock and the folders made for it. */
void ag_cli_outdir_abort(cli_outdir *d);

/* ---- signals and temporary files (cli_signal.c) ----
 * SIGINT, SIGTERM and SIGHUP remove every registered temporary file and
 * folder, newest first, and end the process by that signal (exit status
 * 128 + N in the shell). */
void ag_cli_signals_init(void);
/* Holds the three signals in this thread (and in threads it starts);
 * release restores the previous mask. */
void ag_cli_signals_hold(sigset_t *old);
void ag_cli_signals_release(const sigset_t *old);
/* Registers a file (is_dir 0: unlink) or a folder (rmdir, so only when
 * empty) to remove on a signal. Returns its slot, or -1 when the registry
 * is full or the path too long. */
int ag_cli_cleanup_push(const char *path, int is_dir);
/* Drops one slot without removing anything (the file was renamed). */
void ag_cli_cleanup_forget(int slot);
/* The registry's depth, for undo/drop of everything registered since. */
size_t ag_cli_cleanup_mark(void);
/* Removes what was registered since mark, newest first. */
void ag_cli_cleanup_undo(size_t mark);
/* Drops what was registered since mark without removing it. */
void ag_cli_cleanup_drop(size_t mark);

#endif
