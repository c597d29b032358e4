/* cli_view.h — what the graph commands (analyze, export, timeline, diff)
 * share on the command line (cli_view.c): the view filter's options
 * (--kind, --since, --until, --min-weight, --collapse, --actor, --depth,
 * --net; view.h), -o, -q, --lexicon, --from and -h, one parse loop around
 * each command's own options, and reading GRAPH arguments. */
#ifndef AG_CLI_VIEW_H
#define AG_CLI_VIEW_H

#include <getopt.h>

#include "cli_int.h"
#include "view.h"

/* Codes of the shared long options (each command's own start at 256). */
enum {
    CLI_O_KIND = 0x200, CLI_O_SINCE, CLI_O_UNTIL, CLI_O_MINW, CLI_O_COLLAPSE, CLI_O_ACTOR,
    CLI_O_DEPTH, CLI_O_NET, CLI_O_LEX
};

/* The view options' lines of a usage text. */
#define CLI_VIEW_HELP                                                                            \
    "  --kind K[,K...]       keep only these relation kinds (stance, force,\n"                   \
    "                        meeting, affiliation) and/or actor kinds (country,\n"               \
    "                        person, organization); repeatable\n"                                \
    "  --since DATE, --until DATE\n"                                                             \
    "                        count only what was seen in this range, exactly\n"                  \
    "                        (YYYY[-MM[-DD]]; a month or year reaches to its end)\n"             \
    "  --min-weight N        drop relations seen fewer than N times (default 1)\n"               \
    "  --collapse country    roll officials and agencies up into their countries\n"              \
    "  --actor NAME --depth N\n"                                                                 \
    "                        only the actors within N steps of NAME (the ego\n"                  \
    "                        network) and the relations among them\n"                            \
    "  --net                 one signed relation per pair of actors: the net\n"                  \
    "                        stance and the total weight\n"

typedef struct cli_graph_cmd {
    const char *name;  /* "analyze": for messages */
    const char *usage; /* printed by -h */
    const char *output;
    int quiet;
    cli_lexicons lex;
    const char *from;  /* --from: GRAPH is an event table */
    const char *since, *until;
    ag_view_opts view;
    int first_arg;     /* argv index of the first GRAPH after parsing */
    ag_graph *graph;   /* ag_cli_graph_load's, freed by ag_cli_graph_main */
    ag_view *shown;    /* its view (NULL: all of it), freed likewise */
} cli_graph_cmd;

/* What follows one of a command's own options on the command line. */
typedef enum cli_arg {
    CLI_FLAG,      /* nothing */
    CLI_WORD,      /* a word, which the command may refuse (cli_opt.bad) */
    CLI_NUMBER,    /* a whole number in [lo, hi] */
    CLI_TWO_WORDS  /* two words (--path A B): optarg and the next argument */
} cli_arg;

/* One of a graph command's own options, declared: the shared parser makes
 * getopt's tables from these, takes and checks the argument (a number's
 * range, the second word) with the shared messages, and hands the value to
 * the command's cli_set_fn. */
typedef struct cli_opt {
    const char *name; /* the long name, without "--" (also the name in messages) */
    int code;         /* the short option's letter, or a code from 256 */
    cli_arg arg;
    long lo, hi;      /* CLI_NUMBER's range */
    const char *bad;  /* CLI_WORD: the usage error when the command refuses the
                       * word, a printf format with one %s for it */
} cli_opt;

/* An option's value: the word(s) or the number, as its cli_arg says. */
typedef struct cli_value {
    const char *word, *word2;
    long num;
} cli_value;

/* Sets the command's option `code` (ud: the command's own arguments): 0,
 * or nonzero when it refuses the word (the parser prints cli_opt.bad). */
typedef int (*cli_set_fn)(void *ud, int code, const cli_value *v);

/* What a command does with its parsed options (c) and its own (ud): the
 * exit status.  argv[c->first_arg] is its first GRAPH argument. */
typedef int (*cli_run_fn)(cli_graph_cmd *c, void *ud, int argc, char **argv);

enum { CLI_GO = -1 };

/* What a graph command adds to the shared options, and the GRAPH
 * arguments it takes. */
typedef struct cli_graph_spec {
    const char *name;    /* "analyze" */
    const char *usage;   /* printed by -h */
    const cli_opt *opts; /* its own options, ended by a NULL name; -o, -q, -h are shared */
    cli_set_fn set;      /* sets those */
    cli_run_fn run;      /* the command itself, once all is parsed */
    int min_args, n_args; /* how many GRAPH arguments */
    const char *args;    /* their name in messages: CLI_GRAPH_ARG */
} cli_graph_spec;

#define CLI_GRAPH_ARG "GRAPH (a graph JSON file or documents)"

/* The whole of a graph command: parses argv (the shared options with
 * every view option off and output "-" by default, the command's own
 * through spec->set(ud, ...)), checks that spec->min_args to spec->n_args
 * GRAPH arguments follow, then runs spec->run.  Returns the exit status. */
int ag_cli_graph_main(const cli_graph_spec *spec, int argc, char **argv, void *ud);
/* Reads the graph at path (a graph file, documents, or an event table
 * with --from). Prints the message; returns an exit status. */
int ag_cli_graph_read(cli_graph_cmd *c, const char *path, ag_graph **out);
/* Reads the graph at path into c->graph and its view into c->shown (both
 * c's: ag_cli_graph_main frees them once the command ran); *out is the
 * graph the options ask for.  Prints the message; returns an exit status. */
int ag_cli_graph_load(cli_graph_cmd *c, const char *path, const ag_graph **out);
/* The view of g the options ask for (NULL when they keep everything: use
 * g).  Prints the message naming `path`; returns an exit status. */
int ag_cli_graph_view(cli_graph_cmd *c, const ag_graph *g, const char *path, ag_view **out);

#endif
