/* fuzz_events.c — libFuzzer harness for the event-table readers (--from
 * gdelt, gdelt2, icews, phoenix) and the TABARI/PETRARCH dictionaries
 * (--lexicon FILE.actors, .agents, .verbs): the same bytes are read as each
 * table format, the events merged into a graph whose JSON is read back,
 * and then as each kind of dictionary into a lexicon of its own. */
#include <unistd.h>

#include "dict_tabari.h"
#include "events.h"
#include "fuzz.h"

static ag_status add_event(ag_doc *d, void *ud, ag_error *err)
{
    ag_status st = ag_graph_add_doc(ud, d, err);
    ag_doc_free(d);
    return st;
}

/* The readers take a path (a .zip needs one): the input goes to a
 * temporary file first. */
static int to_file(const uint8_t *data, size_t size, char *path)
{
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    int bad = size && write(fd, data, size) != (ssize_t)size;
    close(fd);
    return bad ? -1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/ag-fuzz-events-XXXXXX";
    if (to_file(data, size, path))
        return 0;
    ag_error err;
    static const ag_events_format formats[] = {AG_EVENTS_GDELT, AG_EVENTS_GDELT2, AG_EVENTS_ICEWS,
                                               AG_EVENTS_PHOENIX};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        ag_graph *g = ag_graph_new();
        ag_events_opts o = {formats[i], fz_lexicon(), NULL, NULL};
        ag_events_stats s;
        if (g && ag_events_read(path, &o, add_event, g, &s, &err) == AG_OK)
            fz_graph_roundtrip(g);
        ag_graph_free(g);
    }
    unlink(path);
    for (int k = AG_DICT_ACTORS; k <= AG_DICT_VERBS; k++) {
        ag_lexicon *lx = ag_lexicon_new();
        if (lx)
            ag_dict_tabari_add_text(lx, (ag_dict_kind)k, (const char *)data, size, "fuzz", &err);
        ag_lexicon_free(lx);
    }
    return 0;
}
