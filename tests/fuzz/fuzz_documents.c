/* fuzz_documents.c — libFuzzer harness for JSON Lines documents
 * ({"id","text","date","title","url"} a line, the input of `extract`,
 * `build` and `run`): each document read is extracted with the default
 * lexicon, and its records (which carry the id and date) are written and
 * read back. */
#include <string.h>

#include "fuzz.h"

static ag_status extract_doc(const ag_doc_input *in, void *ud, ag_error *err)
{
    (void)ud;
    /* The optional fields are strings the reader vouches for. */
    size_t n = strlen(in->id);
    n += in->date ? strlen(in->date) : 0;
    n += in->title ? strlen(in->title) : 0;
    n += in->url ? strlen(in->url) : 0;
    (void)n;
    ag_doc *d = NULL;
    ag_status st = ag_extract(fz_lexicon(), in, &d, err);
    if (st != AG_OK)
        return st;
    fz_records_roundtrip(d);
    ag_doc_free(d);
    return AG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_error err;
    FILE *fp = fz_stream(data, size);
    if (fp) {
        ag_input_read_jsonl(fp, "fuzz", extract_doc, NULL, &err);
        fclose(fp);
    }
    return 0;
}
