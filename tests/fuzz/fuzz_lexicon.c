/* fuzz_lexicon.c — libFuzzer harness for lexicon JSON (`--lexicon FILE`):
 * the input is added twice to an empty lexicon (the second time replaces
 * every entry by name, as a repeated --lexicon does), and a short text
 * naming what the seeds define is extracted with the result. */
#include <string.h>

#include "fuzz.h"

static const char text[] =
    "Freedonia's President Rufus Firefly condemned Sylvania on Monday.\n"
    "The Freedonian army and FR officials met Sylvanian envoys in Fredville, "
    "and Sylvania snubbed the Freedonians, who praised Ambassador Trentino.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_error err;
    ag_lexicon *lx = ag_lexicon_new();
    if (!lx)
        return 0;
    if (ag_lexicon_add_json(lx, (const char *)data, size, "fuzz", &err) == AG_OK
        && ag_lexicon_add_json(lx, (const char *)data, size, "fuzz", &err) == AG_OK) {
        ag_doc_input in = {"fuzz", text, strlen(text), NULL, NULL, NULL};
        ag_doc *d = NULL;
        if (ag_extract(lx, &in, &d, &err) == AG_OK)
            fz_records_roundtrip(d);
        ag_doc_free(d);
    }
    ag_lexicon_free(lx);
    return 0;
}
