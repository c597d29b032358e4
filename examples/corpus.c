/* corpus.c — a corpus into one graph with the library's pipeline call
 * (ag_ingest_path): JSON Lines documents ({"id","text","date"} a line) are
 * extracted on every core and added in input order, in bounded memory;
 * text files, extraction records and event tables go the same way.
 * Prints the graph's size and its busiest link, and writes the graph as
 * node-link JSON.
 *
 *   cc corpus.c $(pkg-config --cflags --libs actorgraph) -o corpus
 *   ./corpus news.jsonl graph.json
 */
#include <stdio.h>

#include <actorgraph/actorgraph.h>

static void count(void *ud)
{
    ++*(size_t *)ud;
}

/* The link seen most often, by walking the graph with its accessors. */
static void print_busiest(const ag_graph *g)
{
    const ag_link *best = NULL;
    for (size_t i = 0; i < ag_graph_link_count(g); i++) {
        const ag_link *l = ag_graph_link(g, i);
        if (!best || ag_link_weight(l) > ag_link_weight(best))
            best = l;
    }
    if (best)
        printf("busiest: %s %s %s (%ld times)\n", ag_node_name(ag_graph_node(g, ag_link_source(best))),
               ag_link_label(best) ? ag_link_label(best) : ag_rel_kind_name(ag_link_kind_of(best)),
               ag_node_name(ag_graph_node(g, ag_link_target(best))), ag_link_weight(best));
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: corpus DOCS.jsonl OUT.json\n");
        return 2;
    }
    ag_error err = {0};
    size_t docs = 0;
    ag_ingest_opts opts;
    ag_ingest_opts_init(&opts);
    opts.on_doc = count;
    opts.ud = &docs;
    int rc = 1;
    FILE *out = NULL;
    ag_graph *g = ag_graph_new();
    /* No lexicon given: the default one is loaded for the documents. */
    if (!g || ag_ingest_path(g, NULL, argv[1], &opts, &err) != AG_OK)
        goto done;
    printf("%zu documents, %zu actors, %zu links\n", docs, ag_graph_node_count(g), ag_graph_link_count(g));
    print_busiest(g);
    out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        goto done;
    }
    rc = ag_graph_write(g, out, &err) == AG_OK ? 0 : 1;
done:
    if (rc && err.msg[0])
        fprintf(stderr, "corpus: %s\n", err.msg);
    if (out && fclose(out) != 0)
        rc = 1;
    ag_graph_free(g);
    return rc;
}
