/* fuzz_records.c — libFuzzer harness for extraction records (JSON Lines,
 * the input of `build`): each document read is written back as records
 * and read again, and merged into a graph as `build` does; the graph's
 * JSON is then read back. */
#include "fuzz.h"

static ag_status add_doc(ag_doc *d, void *ud, ag_error *err)
{
    fz_records_roundtrip(d);
    ag_status st = ag_graph_add_doc(ud, d, err);
    ag_doc_free(d);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_error err;
    ag_graph *g = ag_graph_new();
    FILE *fp = fz_stream(data, size);
    if (g && fp) {
        ag_records_read(fp, "fuzz", add_doc, g, &err);
        fz_graph_roundtrip(g);
    }
    if (fp)
        fclose(fp);
    ag_graph_free(g);
    return 0;
}
