/* cli.h — the actorgraph command: one function per subcommand, each
 * parsing its own options and returning the process exit status
 * (0 success, 1 bad input or runtime failure, 2 usage error).  Messages go
 * to stderr as "actorgraph: FILE: problem". */
#ifndef AG_CLI_H
#define AG_CLI_H

#include "graph.h"

enum { AG_EXIT_OK = 0, AG_EXIT_FAIL = 1, AG_EXIT_USAGE = 2 };

int ag_cli_extract(int argc, char **argv);
int ag_cli_build(int argc, char **argv);
int ag_cli_analyze(int argc, char **argv);
int ag_cli_export(int argc, char **argv);
int ag_cli_run(int argc, char **argv);
int ag_cli_timeline(int argc, char **argv);
int ag_cli_diff(int argc, char **argv);

void ag_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Exit status for a library status: usage errors 2, others 1. */
int ag_cli_exit_for(ag_status st);

/* GRAPH argument: a graph JSON file, or text / .jsonl documents that are
 * extracted and built on the fly.  Prints the message itself on failure;
 * returns an exit status. `lexicons` are extra --lexicon files (may be 0). */
int ag_cli_load_graph(const char *path, char **lexicons, int n_lexicons, ag_graph **out);

#endif
