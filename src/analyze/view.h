/* view.h — the view filter every command shares (analyze, export,
 * timeline, diff; the viewer mirrors it in JavaScript): which part of a
 * graph to look at, as a new graph (docs/analysis.md, "The view").
 *
 * In order: actors are rolled up into their countries (--collapse
 * country: the first country on the affiliation chain; links inside one
 * country vanish, links between the same two are merged); actor kinds
 * and relation kinds are kept (--kind); each link keeps its occurrences
 * dated in [from, to] (--since/--until, exact through the per-day counts;
 * an older graph.json without them falls back to its evidence dates, and
 * undated occurrences drop out of any date range); a link seen fewer than
 * min_weight times in range is dropped (before merging); with `actor` and
 * depth >= 0 only the actors within `depth` steps of it (either
 * direction) and the links among them stay (the ego network); with `net`
 * the stances and meetings of each unordered pair become one link
 * (source id < target id, kind stance, label "net") whose weight is their
 * total, polarity the sign and Goldstein value the mean per occurrence of
 * the net stance (the sum of polarity x |Goldstein| x weight, a relation
 * without a Goldstein value counting 1; a meeting without polarity
 * counts as cooperation); affiliation links are left out of a net view.
 * Actors without a link stay (the graph's actors are its nodes), except
 * outside an ego network.
 *
 * The view graph is sorted as build sorts (graph.h), so a view with no
 * filter is the graph itself, node for node and link for link.
 *
 * Ownership: ag_view_apply only reads the source graph and returns a new
 * ag_view that owns its graph and map; ag_view_free() releases both.
 * ag_view_opts borrows its strings.
 */
#ifndef AG_VIEW_H
#define AG_VIEW_H

#include <stdint.h>

#include "graph.h"

typedef enum ag_collapse {
    AG_COLLAPSE_NONE = 0,
    AG_COLLAPSE_COUNTRY /* persons and agencies rolled up into their country */
} ag_collapse;

/* Bits of ag_view_opts.kinds (and ag_analyze_opts.kinds); 0 means every
 * kind.  Relation kinds are the first three and the seventh (force, added
 * later: the bits of older callers keep their meaning), actor kinds bits
 * four to six. */
enum {
    AG_KIND_STANCE = 1 << 0,
    AG_KIND_MEETING = 1 << 1,
    AG_KIND_AFFILIATION = 1 << 2,
    AG_KIND_COUNTRY = 1 << 3,
    AG_KIND_PERSON = 1 << 4,
    AG_KIND_ORGANIZATION = 1 << 5,
    AG_KIND_FORCE = 1 << 6
};

typedef struct ag_view_opts {
    unsigned kinds;       /* AG_KIND_* kept; 0 = all */
    int32_t from, to;     /* days kept (ag_graph_day numbers, inclusive);
                           * 0 and INT32_MAX: open (ag_view_dates sets them) */
    long min_weight;      /* default 1 */
    ag_collapse collapse;
    const char *actor;    /* ego network centre (id or name), with depth >= 0 */
    int depth;            /* steps from actor; -1 (default): no ego network */
    int net;              /* one signed link per pair */
} ag_view_opts;

typedef struct ag_view {
    ag_graph *graph;      /* the view (owned) */
    long *node_of;        /* source node -> node of graph, or -1 (filtered
                           * out or rolled up into another); freed with the view */
    size_t n_source;      /* nodes of the source graph */
    size_t links_in;      /* source links that passed the filters */
} ag_view;

void ag_view_opts_init(ag_view_opts *o);
/* 1 when o changes nothing (ag_view_apply would copy the graph). */
int ag_view_is_all(const ag_view_opts *o);
/* Parses a comma-separated list of kind names (stance, meeting,
 * affiliation, country, person, organization, force) into AG_KIND_* bits, added
 * to *kinds.  0 ok, -1 unknown name or empty list. */
int ag_view_kinds_parse(const char *s, unsigned *kinds);
/* Sets o->from from `since` and o->to from `until` (NULL: open; a month
 * or a year reaches to its end: "2019-11" admits up to 20191199).
 * AG_EUSAGE naming the date when one is not YYYY[-MM[-DD]] (or YYYYMMDD). */
ag_status ag_view_dates(ag_view_opts *o, const char *since, const char *until, ag_error *err);
/* Occurrences of link l that o's date range keeps. */
long ag_view_link_weight(const ag_view_opts *o, const ag_link *l);
/* The net stance of link l's weight w: polarity x |Goldstein| (1 when
 * 0) x w, 0 for affiliation; a meeting without polarity cooperates. */
double ag_view_signed_weight(const ag_link *l, long w);
/* The node an actor name means: an id, the slug of a name, a name or an
 * alias compared without case, or else the one node whose id contains the
 * slug ("erdogan" for "recep-erdogan").  AG_EUSAGE when there is none or
 * several (the message says which), AG_ENOMEM. */
ag_status ag_view_find_actor(const ag_graph *g, const char *name, long *out, ag_error *err);

/* The view of g.  AG_EUSAGE when `actor` is not in the view; AG_ENOMEM. */
ag_status ag_view_apply(const ag_graph *g, const ag_view_opts *o, ag_view **out, ag_error *err);
void ag_view_free(ag_view *v);

#endif
