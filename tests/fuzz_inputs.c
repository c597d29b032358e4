/* fuzz_inputs.c — libFuzzer target for everything that reads untrusted
 * bytes: news text (ag_extract), extraction records (ag_records_read),
 * lexicon files (ag_lexicon_add_json) and graph files
 * (ag_graph_from_json). The first byte picks the reader. Built and run by
 * `make fuzz` (long) and `make fuzz-brief` (part of `make check`). */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorgraph.h"

static ag_status drop_doc(ag_doc *d, void *ud, ag_error *err)
{
    (void)ud;
    (void)err;
    ag_doc_free(d);
    return AG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The default lexicon is read-only once loaded: one for the run. */
    static ag_lexicon *lx;
    ag_error err;
    if (!lx && ag_lexicon_load_default(&lx, &err) != AG_OK)
        abort();
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    switch (data[0] % 4) {
    case 0: {
        ag_doc_input in = {"fuzz", text, len, NULL, NULL, NULL};
        ag_doc *d = NULL;
        if (ag_extract(lx, &in, &d, &err) == AG_OK) {
            char *buf = NULL;
            size_t n = 0;
            FILE *fp = open_memstream(&buf, &n);
            if (fp) {
                ag_records_write(d, fp, &err);
                fclose(fp);
            }
            free(buf);
            ag_graph *g = ag_graph_new();
            if (g && ag_graph_add_doc(g, d, &err) == AG_OK) {
                json_t *j = ag_graph_to_json(g, "links");
                json_decref(j);
            }
            ag_graph_free(g);
            ag_doc_free(d);
        }
        break;
    }
    case 1: {
        FILE *fp = fmemopen((void *)text, len ? len : 1, "r");
        if (fp) {
            ag_records_read(fp, "fuzz", drop_doc, NULL, &err);
            fclose(fp);
        }
        break;
    }
    case 2: {
        ag_lexicon *mine = ag_lexicon_new();
        if (mine) {
            ag_lexicon_add_json(mine, text, len, "fuzz", &err);
            ag_lexicon_free(mine);
        }
        break;
    }
    default: {
        json_t *root = json_loadb(text, len, 0, NULL);
        if (root) {
            ag_graph *g = NULL;
            if (ag_graph_from_json(root, "fuzz", &g, &err) == AG_OK)
                ag_graph_free(g);
            json_decref(root);
        }
        break;
    }
    }
    return 0;
}
