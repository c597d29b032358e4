/* corpus.c — a corpus of JSON Lines documents ({"id","text","date"} a
 * line) streamed into one graph, one document at a time in bounded memory;
 * prints the graph's size and writes it as node-link JSON.
 *
 *   cc corpus.c $(pkg-config --cflags --libs actorgraph) -o corpus
 *   ./corpus news.jsonl graph.json
 */
#include <stdio.h>

#include <actorgraph/actorgraph.h>

typedef struct ingest {
    const ag_lexicon *lx;
    ag_graph *g;
    size_t docs;
} ingest;

/* Called once per document; the input lives only during the call. */
static ag_status add_document(const ag_doc_input *in, void *ud, ag_error *err)
{
    ingest *c = ud;
    ag_doc *doc = NULL;
    ag_status st = ag_extract(c->lx, in, &doc, err);
    if (st == AG_OK)
        st = ag_graph_add_doc(c->g, doc, err);
    ag_doc_free(doc);
    c->docs++;
    return st;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: corpus DOCS.jsonl OUT.json\n");
        return 2;
    }
    ag_error err = {0};
    ag_lexicon *lx = NULL;
    if (ag_lexicon_load_default(&lx, &err) != AG_OK) {
        fprintf(stderr, "corpus: %s\n", err.msg);
        return 1;
    }
    ingest c = {lx, ag_graph_new(), 0};
    int rc = 1;
    FILE *out = NULL;
    if (!c.g || ag_input_read(argv[1], add_document, &c, &err) != AG_OK)
        goto done;
    printf("%zu documents, %zu actors, %zu links\n", c.docs, c.g->n_nodes, c.g->n_links);
    out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        goto done;
    }
    rc = ag_graph_write(c.g, out, &err) == AG_OK ? 0 : 1;
done:
    if (rc && err.msg[0])
        fprintf(stderr, "corpus: %s\n", err.msg);
    if (out && fclose(out) != 0)
        rc = 1;
    ag_graph_free(c.g);
    ag_lexicon_free(lx);
    return rc;
}
