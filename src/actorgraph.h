/* actorgraph.h — the library's one public header: extract -> build ->
 * analyze -> export without the command-line tool.
 *
 *   ag_lexicon *lx;  ag_lexicon_load_default(&lx, &err);
 *   ag_doc_input in = {"doc1", text, strlen(text), NULL, NULL, NULL};
 *   ag_doc *d;       ag_extract(lx, &in, &d, &err);      // extract
 *   ag_graph *g = ag_graph_new(); ag_graph_add_doc(g, d, &err);  // build
 *   ag_analyze_report(g, &aopts, AG_REPORT_TEXT, stdout, &err);  // analyze
 *   ag_export(g, &eopts, stdout, &err);                          // export
 *   ag_ingest_path(g, lx, "news.jsonl", NULL, &err);  // any input into g (ingest.h)
 *   ag_doc_free(d); ag_graph_free(g); ag_lexicon_free(lx);
 *
 * The handles ag_lexicon, ag_doc (with ag_actor, ag_relation), ag_graph
 * (with ag_node, ag_link, ag_evidence) and ag_analysis are opaque: read
 * them with their accessors (ag_doc_actor_count / ag_doc_actor, ag_actor_name,
 * ag_graph_node_count / ag_graph_node, ag_link_weight, ...).  No jansson,
 * igraph or Graphviz type is part of the installed headers.
 *
 * Ownership: each module header says who frees what; in short, whoever
 * receives an object from a *_new / *_load / ag_extract call frees it with
 * the matching *_free.  Every fallible function returns ag_status and, on
 * failure, leaves a message for the user in the ag_error it was given.
 */
#ifndef ACTORGRAPH_H
#define ACTORGRAPH_H

#define AG_VERSION "0.1.0"

#include "analyze.h"
#include "common.h"
#include "diff.h"
#include "events.h"
#include "events_csv.h"
#include "export.h"
#include "extract.h"
#include "extract_pool.h"
#include "graph.h"
#include "ingest.h"
#include "input.h"
#include "lexicon.h"
#include "model.h"
#include "pool.h"
#include "records.h"
#include "timeline.h"
#include "view.h"

#endif
