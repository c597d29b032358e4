/* pipeline.c — one article through the whole pipeline with libactorgraph:
 * extract -> build -> analyze (text report on stdout) -> export (DOT file).
 *
 *   cc pipeline.c $(pkg-config --cflags --libs actorgraph) -o pipeline
 *   ./pipeline article.txt graph.dot
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <actorgraph/actorgraph.h>

static int fail(const ag_error *err)
{
    fprintf(stderr, "pipeline: %s\n", err->msg);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pipeline ARTICLE.txt OUT.dot\n");
        return 2;
    }
    ag_error err = {0};
    char *text = NULL;
    size_t len = 0;
    if (ag_read_file(argv[1], &text, &len, &err) != AG_OK)
        return fail(&err);

    ag_lexicon *lx = NULL;
    if (ag_lexicon_load_default(&lx, &err) != AG_OK) {
        free(text);
        return fail(&err);
    }
    int rc = 1;
    ag_doc *doc = NULL;
    ag_graph *g = ag_graph_new();
    FILE *dot = NULL;
    ag_doc_input in = {"article", text, len, NULL, NULL, NULL};
    if (!g || ag_extract(lx, &in, &doc, &err) != AG_OK || ag_graph_add_doc(g, doc, &err) != AG_OK)
        goto out;

    ag_analyze_opts aopts;
    ag_analyze_opts_init(&aopts);
    aopts.top = 5;
    if (ag_analyze_report(g, &aopts, AG_REPORT_TEXT, stdout, &err) != AG_OK)
        goto out;

    ag_export_opts eopts;
    ag_export_opts_init(&eopts);
    eopts.format = AG_EXPORT_DOT;
    dot = fopen(argv[2], "w");
    if (!dot) {
        perror(argv[2]);
        goto out;
    }
    if (ag_export(g, &eopts, dot, &err) != AG_OK)
        goto out;
    rc = 0;
out:
    if (rc && err.msg[0])
        fail(&err);
    if (dot && fclose(dot) != 0)
        rc = 1;
    ag_doc_free(doc);
    ag_graph_free(g);
    ag_lexicon_free(lx);
    free(text);
    return rc;
}
