/* cli_extract.c — `actorgraph extract`: documents in, extraction records
 * (JSON Lines, docs/formats.md) out. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <string.h>

#include "cli.h"
#include "cli_int.h"
#include "extract.h"
#include "input.h"
#include "records.h"

static const char usage[] =
    "usage: actorgraph extract [FILE...|-] [-o FILE] [--lexicon FILE]... [-q]\n"
    "\n"
    "Finds the actors (countries, officials, agencies, organizations) and their\n"
    "stances and meetings in news text; prints one JSON record a line.\n"
    "FILE is plain text (one document, id = base name) or .jsonl (one\n"
    "{\"id\",\"text\"[,\"date\",\"title\",\"url\"]} a line). No FILE or - reads stdin.\n"
    "\n"
    "  -o, --output FILE   write here instead of stdout (atomically)\n"
    "  --lexicon FILE      extra lexicon entries (docs/lexicon.md); repeatable\n"
    "  -q, --quiet         no progress on stderr\n"
    "\n"
    "example: actorgraph extract graphs/seed-turkey-syria.txt\n";

typedef struct ctx {
    const ag_lexicon *lx;
    FILE *out;
    cli_progress_t prog;
} ctx;

static ag_status on_input(const ag_doc_input *in, void *ud, ag_error *err)
{
    ctx *c = ud;
    ag_doc *d = NULL;
    ag_status st = ag_extract(c->lx, in, &d, err);
    if (!st)
        st = ag_records_write(d, c->out, err);
    ag_doc_free(d);
    ag_cli_progress(&c->prog, "extract");
    return st;
}

int ag_cli_extract(int argc, char **argv)
{
    const char *output = "-";
    cli_lexicons lex = {{0}, 0};
    ctx c = {NULL, NULL, {0, 0, 0}};
    int rc0 = ag_cli_std_opts(argc, argv, usage, &output, &lex, &c.prog.quiet);
    if (rc0 >= 0)
        return rc0;
    ag_lexicon *lx = NULL;
    int rc = ag_cli_lexicon(lex.files, lex.n, &lx);
    if (rc)
        return rc;
    c.lx = lx;
    ag_error err = {{0}};
    ag_outfile of;
    ag_status st = ag_outfile_open(&of, output, &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        ag_lexicon_free(lx);
        return AG_EXIT_FAIL;
    }
    c.out = of.fp;
    int nfiles = argc - optind;
    for (int i = 0; !st && i < (nfiles ? nfiles : 1); i++)
        st = ag_input_read(nfiles ? argv[optind + i] : "-", on_input, &c, &err);
    ag_cli_progress_done(&c.prog, "extract");
    if (!st)
        st = ag_outfile_commit(&of, &err);
    else
        ag_outfile_abort(&of);
    ag_lexicon_free(lx);
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}
