/* cli_extract.c — `actorgraph extract`: documents in, extraction records
 * (JSON Lines, docs/formats.md) out. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <string.h>

#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"
#include "events_csv.h"
#include "extract.h"
#include "input.h"
#include "extract_pool.h"
#include "extract_pool_int.h"
#include "input_int.h"
#include "records.h"

static const char usage[] =
    "usage: actorgraph extract [FILE...|-] [-o FILE] [-j N] [--lexicon FILE]... [-q] [--explain]\n"
    "\n"
    "Finds the actors (countries, officials, agencies, organizations) and their\n"
    "stances and meetings in news text; prints one JSON record a line.\n"
    "FILE is plain text (one document, id = base name) or .jsonl (one\n"
    "{\"id\",\"text\"[,\"date\",\"title\",\"url\"]} a line). No FILE or - reads stdin.\n"
    "\n"
    "  -o, --output FILE   write here instead of stdout (atomically)\n"
    "  -j, --jobs N        extract on N threads (0: one per processor, the\n"
    "                      default); the output is the same for any N\n"
    "  --format FMT        records (default), or one row per event as the\n"
    "                      event tables write them: phoenix (CSV), icews or\n"
    "                      gdelt (tab-separated) (docs/event-data.md)\n"
    "  --lexicon FILE      extra lexicon entries (docs/lexicon.md); repeatable\n"
    "  -q, --quiet         no progress on stderr\n"
    "  --explain           print on stderr, per sentence, its chunks, the\n"
    "                      resolved mentions and the rules that fired (one\n"
    "                      thread)\n"
    "\n"
    "example: actorgraph extract graphs/seed-turkey-syria.txt\n";

typedef struct ctx {
    const ag_lexicon *lx;
    ag_outfile *out;
    cli_progress_t prog;
    ag_extract_pool *pool; /* NULL with --explain: extract on this thread */
    int table;             /* an ag_events_csv, or -1 for records */
    ag_buf *explain;       /* --explain: the text for stderr, or NULL */
} ctx;

static ag_status write_doc(const ag_doc *d, const char *records, size_t len, void *ud, ag_error *err)
{
    ctx *c = ud;
    ag_status st = AG_OK;
    if (c->table >= 0) {
        st = ag_events_csv_doc(d, (ag_events_csv)c->table, c->out->fp, err);
    } else if (records) {
        if (len && fwrite(records, 1, len, c->out->fp) != len)
            st = ag_outfile_error(c->out, err);
    } else {
        st = ag_records_write(d, c->out->fp, err);
    }
    ag_progress_add(&c->prog, 1);
    return st;
}

static ag_status on_input(const ag_doc_input *in, int utf8_checked, void *ud, ag_error *err)
{
    ctx *c = ud;
    if (c->pool)
        return ag__extract_pool_submit(c->pool, in, utf8_checked, err);
    ag_doc *d = NULL;
    ag_status st = ag_extract_explain(c->lx, in, c->explain, &d, err);
    if (c->explain) {
        if (c->explain->len)
            fwrite(c->explain->data, 1, c->explain->len, stderr);
        ag_buf_reset(c->explain);
    }
    if (!st)
        st = write_doc(d, NULL, 0, c, err);
    ag_doc_free(d);
    return st;
}

int ag_cli_extract(int argc, char **argv)
{
    const char *output = "-";
    cli_lexicons lex = {{0}, 0};
    ctx c = {NULL, NULL, {0}, NULL, -1, NULL};
    ag_buf explain = AG_BUF_INIT;
    /* --explain: a flag, taken out before the common options. */
    int out_i = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            while (i < argc)
                argv[out_i++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], "--explain") == 0)
            c.explain = &explain;
        else
            argv[out_i++] = argv[i];
    }
    argc = out_i;
    argv[argc] = NULL;
    int quiet = 0;
    int jobs = 0;
    const char *format = NULL;
    ag_events_csv table;
    int rc0 = ag_cli_take_opt(&argc, argv, "--format", &format);
    if (rc0 >= 0)
        return rc0;
    if (format && strcmp(format, "records") != 0) {
        if (ag_events_csv_parse(format, &table))
            return ag_cli_usage_error("extract", "--format: unknown format '%s' (records, phoenix, icews or gdelt)",
                                      format);
        c.table = (int)table;
    }
    rc0 = ag_cli_std_opts(argc, argv, usage, &output, &lex, &quiet, &jobs);
    if (rc0 >= 0)
        return rc0;
    ag_progress_init(&c.prog, stderr, quiet);
    ag_lexicon *lx = NULL;
    int rc = ag_cli_lexicon(lex.files, lex.n, &lx);
    if (rc)
        return rc;
    c.lx = lx;
    cli_out out;
    if ((rc = ag_cli_out_open(&out, output)) != 0) {
        ag_lexicon_free(lx);
        return rc;
    }
    c.out = &out.of;
    ag_error err = {{0}};
    ag_status st = c.table >= 0 ? ag_events_csv_header((ag_events_csv)c.table, c.out->fp, &err) : AG_OK;
    /* The explanation follows the documents in order on one thread. */
    if (!st && !c.explain)
        st = ag_extract_pool_new(lx, jobs, c.table < 0, write_doc, &c, &c.pool, &err);
    int nfiles = argc - optind;
    ag_progress_begin(&c.prog, "extract", "documents", ag_progress_files_size(nfiles, argv + optind));
    for (int i = 0; !st && i < (nfiles ? nfiles : 1); i++)
        st = ag__input_read_checked(nfiles ? argv[optind + i] : "-", on_input, &c, &err);
    if (c.pool) {
        ag_error perr = {{0}};
        ag_status pst = ag_extract_pool_finish(c.pool, &perr);
        if (!st && pst) {
            st = pst;
            err = perr;
        }
    }
    ag_progress_end(&c.prog, NULL);
    ag_lexicon_free(lx);
    ag_buf_free(&explain);
    return ag_cli_out_close(&out, st, &err);
}
