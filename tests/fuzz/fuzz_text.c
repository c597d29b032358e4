/* fuzz_text.c — libFuzzer harness for raw news text (a plain-text input
 * file): the input is one document, extracted with the default lexicon.
 * What extract makes, build must take: its records are written and read
 * back, and it is built into a graph whose JSON is read back. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_doc_input in = {"fuzz", (const char *)data, size, "2023-01-05", NULL, NULL};
    ag_doc *d = NULL;
    ag_error err;
    ag_status st = ag_extract(fz_lexicon(), &in, &d, &err);
    if (st != AG_OK) {
        if (st != AG_ENOMEM && st != AG_EINPUT)
            fz_fail("extract", &err);
        return 0;
    }
    fz_records_roundtrip(d);
    ag_graph *g = ag_graph_new();
    if (g) {
        st = ag_graph_add_doc(g, d, &err);
        if (st != AG_OK && st != AG_ENOMEM)
            fz_fail("build refused what extract made", &err);
        fz_graph_roundtrip(g);
    }
    ag_graph_free(g);
    ag_doc_free(d);
    return 0;
}
