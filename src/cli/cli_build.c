/* cli_build.c — `actorgraph build`: extraction records (or documents,
 * extracted on the fly) from any number of files into one graph file. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"

static const char usage[] =
    "usage: actorgraph build [EVENTS.jsonl...|-] [-o graph.json] [-j N] [--lexicon FILE]... [-q]\n"
    "       actorgraph build --from gdelt|gdelt2|icews|phoenix TABLE... [-o graph.json]\n"
    "\n"
    "Aggregates extraction records into the actor graph (node-link JSON): one\n"
    "node per actor across all inputs, one link per (source, target, kind,\n"
    "label) with its weight and evidence sentences. Inputs may also be text or\n"
    ".jsonl documents; they are extracted first. No input or - reads stdin.\n"
    "\n"
    "  -o, --output FILE   write here instead of stdout (atomically)\n"
    "  -j, --jobs N        extract documents on N threads (0: one per\n"
    "                      processor, the default)\n"
    "  --from FMT          the inputs are event tables: gdelt (1.0), gdelt2,\n"
    "                      icews or phoenix; plain, .gz or .zip (docs/event-data.md)\n"
    "  --lexicon FILE      extra lexicon entries for documents; repeatable\n"
    "  -q, --quiet         no progress on stderr\n"
    "\n"
    "example: actorgraph extract a.txt b.txt > events.jsonl && actorgraph build events.jsonl -o graph.json\n";

int ag_cli_build(int argc, char **argv)
{
    const char *output = "-";
    cli_lexicons lex = {{0}, 0};
    cli_progress_t prog;
    int quiet = 0;
    int jobs = 0;
    const char *from = NULL;
    int rc0 = ag_cli_take_from(&argc, argv, &from);
    if (rc0 >= 0)
        return rc0;
    rc0 = ag_cli_std_opts(argc, argv, usage, &output, &lex, &quiet, &jobs);
    if (rc0 >= 0)
        return rc0;
    ag_progress_init(&prog, stderr, quiet);
    ag_graph *g = ag_graph_new();
    if (!g) {
        ag_cli_error("out of memory");
        return AG_EXIT_FAIL;
    }
    ag_lexicon *lx = NULL;
    int rc = AG_EXIT_OK;
    int nfiles = argc - optind;
    ag_progress_begin(&prog, "build", "documents", ag_progress_files_size(nfiles, argv + optind));
    for (int i = 0; !rc && i < (nfiles ? nfiles : 1); i++)
        rc = from ? ag_cli_add_events(nfiles ? argv[optind + i] : "-", from, &lex, &lx, g, NULL, prog.quiet)
                  : ag_cli_add_to_graph(nfiles ? argv[optind + i] : "-", &lex, &lx, g, NULL, &prog, jobs);
    ag_lexicon_free(lx);
    cli_out out;
    if (!rc && !(rc = ag_cli_out_open(&out, output))) {
        ag_error err = {{0}};
        /* Sorted: the same records give the same bytes in any order of shards. */
        ag_graph_json_opts jo = {.sorted = 1};
        ag_progress_step(&prog, "writing the graph");
        rc = ag_cli_out_close(&out, ag_graph_write_json(g, out.of.fp, &jo, &err), &err);
    }
    if (!rc) {
        char made[80];
        ag_progress_graph_size(ag_graph_node_count(g), ag_graph_link_count(g), made);
        ag_progress_end(&prog, made);
    }
    ag_graph_free(g);
    return rc;
}
