/* main.c — the actorgraph command: dispatches to the subcommands. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "actorgraph.h"
#include "cli.h"
#include "cli_int.h"

static const char usage[] =
    "usage: actorgraph COMMAND [ARGS]\n"
    "\n"
    "Turns news text into an actor relationship graph.\n"
    "\n"
    "commands:\n"
    "  extract   text -> actors, stances and meetings (JSON Lines)\n"
    "  build     extraction records -> graph (node-link JSON)\n"
    "  analyze   graph -> centrality, communities, strongest relations\n"
    "  export    graph -> DOT, SVG, JSON, GraphML, GEXF, CSV, Cytoscape.js\n"
    "  timeline  graph -> stances and meetings per day, week, month or year\n"
    "  diff      two graphs (or two periods of one) -> what changed\n"
    "  run       all of the above into one folder\n"
    "\n"
    "`actorgraph COMMAND --help` explains each; --version prints the version.\n";

#ifdef AG_CLI_LIGHT
/* The light build, `actorgraph` itself, runs extract and hands the other
 * commands (igraph, Graphviz, libzip for build's event tables) to
 * actorgraph-full, beside it in the build tree or in ../libexec/actorgraph
 * once installed: loading those libraries and their thirty dependencies at
 * every start took 4 % of the instructions of extracting 1 MB. */
#define HEAVY(fn) NULL
static int run_full(char **argv)
{
    static const char *const rel[] = {"/actorgraph-full", "/../libexec/actorgraph/actorgraph-full"};
    char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 64);
    if (n > 0)
        path[n] = '\0';
    char *slash = n > 0 ? strrchr(path, '/') : NULL;
    for (size_t i = 0; slash && i < sizeof rel / sizeof *rel; i++) {
        memcpy(slash, rel[i], strlen(rel[i]) + 1);
        execv(path, argv);
    }
    ag_cli_error("cannot run '%s': actorgraph-full is not beside this actorgraph", argv[1]);
    return AG_EXIT_FAIL;
}
#else
#define HEAVY(fn) fn
#endif

int main(int argc, char **argv)
{
    ag_cli_signals_init();
    if (argc < 2) {
        ag_cli_error("missing COMMAND (extract, build, analyze, export, timeline, diff or run); see 'actorgraph --help'");
        return AG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return AG_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("actorgraph %s\n", AG_VERSION);
        return AG_EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {{"extract", ag_cli_extract},          {"build", HEAVY(ag_cli_build)},
                {"analyze", HEAVY(ag_cli_analyze)},   {"export", HEAVY(ag_cli_export)},
                {"timeline", HEAVY(ag_cli_timeline)}, {"diff", HEAVY(ag_cli_diff)},
                {"run", HEAVY(ag_cli_run)}};
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
        if (strcmp(cmd, cmds[i].name) != 0)
            continue;
#ifdef AG_CLI_LIGHT
        if (!cmds[i].fn)
            return run_full(argv);
#endif
        return cmds[i].fn(argc - 1, argv + 1);
    }
    ag_cli_error("unknown command '%s' (extract, build, analyze, export, timeline, diff or run); see 'actorgraph --help'", cmd);
    return AG_EXIT_USAGE;
}
