/* fuzz.h — what the libFuzzer harnesses (tests/fuzz/fuzz_NAME.c, one binary
 * per reader, built and run by `make fuzz` and `make fuzz-brief`) share.
 *
 * Each harness reads the input bytes the way the command reads a file,
 * then passes what it read down the pipeline so that the later stages see
 * whatever the reader lets through.  Where two stages must agree (what one
 * writes, the next reads back), a disagreement is a finding: fz_fail()
 * aborts with the reason, which libFuzzer reports as a crash.
 *
 * Header-only and static: every harness is its own program. */
#ifndef AG_FUZZ_H
#define AG_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "actorgraph.h"
#include "graph_int.h"
#include "lexicon_int.h"
#include "model_int.h"

/* Aborts with `what` and the library's message, so the crash report says
 * which promise broke. */
static inline void fz_fail(const char *what, const ag_error *err)
{
    fprintf(stderr, "fuzz: %s: %s\n", what, err ? err->msg : "");
    abort();
}

/* The embedded default lexicon: parsed once per process (it is read-only
 * after loading) and reachable until exit, so it is no leak. */
static inline const ag_lexicon *fz_lexicon(void)
{
    static ag_lexicon *lx;
    ag_error err;
    if (!lx && ag_lexicon_load_default(&lx, &err) != AG_OK)
        fz_fail("default lexicon", &err);
    return lx;
}

/* A read-only stream over the input; fmemopen refuses a size of 0, so an
 * empty input is an empty stream over one byte's room. */
static inline FILE *fz_stream(const uint8_t *data, size_t size)
{
    static const char none[1];
    FILE *fp = fmemopen(size ? (void *)data : (void *)none, size ? size : 1, "r");
    if (fp && !size)
        fseek(fp, 0, SEEK_END);
    return fp;
}

/* Records of d, written and read back: what extract writes, build reads. */
static inline ag_status fz_count_doc(ag_doc *d, void *ud, ag_error *err)
{
    (void)err;
    ++*(size_t *)ud;
    ag_doc_free(d);
    return AG_OK;
}

static inline void fz_records_roundtrip(const ag_doc *d)
{
    char *buf = NULL;
    size_t n = 0, docs = 0;
    ag_error err;
    FILE *fp = open_memstream(&buf, &n);
    if (!fp)
        return;
    ag_status st = ag_records_write(d, fp, &err);
    fclose(fp);
    if (st == AG_OK && n > 0) {
        FILE *in = fmemopen(buf, n, "r");
        if (in) {
            st = ag_records_read(in, "records", fz_count_doc, &docs, &err);
            if (st != AG_OK && st != AG_ENOMEM)
                fz_fail("records written could not be read back", &err);
            if (st == AG_OK && docs != 1)
                fz_fail("one document's records read back as another number", NULL);
            fclose(in);
        }
    }
    free(buf);
}

/* The graph's node-link JSON read back must give the same counts. */
static inline void fz_graph_roundtrip(const ag_graph *g)
{
    ag_error err;
    json_t *j = ag_graph_to_json(g, "links");
    if (!j)
        return;
    ag_graph *back = NULL;
    ag_status st = ag_graph_from_json(j, "graph", &back, &err);
    if (st != AG_OK && st != AG_ENOMEM)
        fz_fail("graph JSON written could not be read back", &err);
    if (back && (back->n_nodes != g->n_nodes || back->n_links != g->n_links))
        fz_fail("graph JSON read back has other counts", NULL);
    ag_graph_free(back);
    json_decref(j);
}

#endif
