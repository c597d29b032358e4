/* cli_events.h — the command-line side of event tables (cli_events.c):
 * `--from gdelt|gdelt2|icews|phoenix` for build, run, analyze and export,
 * and options taken out of argv before a command's own getopt runs. */
#ifndef AG_CLI_EVENTS_H
#define AG_CLI_EVENTS_H

#include <stdio.h>

#include "cli_int.h"

/* Takes "NAME VALUE" or "NAME=VALUE" out of argv (the last one wins) into
 * *value; returns -1 to go on, or the usage exit status when VALUE is
 * missing. */
int ag_cli_take_opt(int *argc, char **argv, const char *name, const char **value);
/* --from: as above, and the format must be known. *from stays NULL when
 * the option is absent. */
int ag_cli_take_from(int *argc, char **argv, const char **from);
/* Adds an event table to g (the lexicon loaded into *lx on first need;
 * records also written to `events` when not NULL); prints skipped rows
 * and, unless quiet, a summary. Returns an exit status. */
int ag_cli_add_events(const char *path, const char *from, cli_lexicons *lex, ag_lexicon **lx, ag_graph *g,
                      FILE *events, int quiet);
/* The GRAPH argument of analyze and export read as an event table. */
int ag_cli_load_events(const char *path, const char *from, cli_lexicons *lex, ag_graph **out);

#endif
