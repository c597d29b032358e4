/* graph_access.c — the accessors of graph.h: what a program outside the
 * library reads of a graph.  An index past the end gives NULL. */
#include "graph_int.h"

size_t ag_graph_node_count(const ag_graph *g)
{
    return g->n_nodes;
}

const ag_node *ag_graph_node(const ag_graph *g, size_t i)
{
    return i < g->n_nodes ? &g->nodes[i] : NULL;
}

size_t ag_graph_link_count(const ag_graph *g)
{
    return g->n_links;
}

const ag_link *ag_graph_link(const ag_graph *g, size_t i)
{
    return i < g->n_links ? &g->links[i] : NULL;
}

const char *ag_node_id(const ag_node *n)
{
    return n->id;
}

const char *ag_node_name(const ag_node *n)
{
    return n->name;
}

ag_actor_kind ag_node_kind_of(const ag_node *n)
{
    return n->kind;
}

const char *ag_node_code(const ag_node *n)
{
    return n->code;
}

const char *ag_node_affiliation(const ag_node *n)
{
    return n->affiliation;
}

long ag_node_mentions(const ag_node *n)
{
    return n->mentions;
}

long ag_node_docs(const ag_node *n)
{
    return n->docs;
}

size_t ag_node_alias_count(const ag_node *n)
{
    return n->n_aliases;
}

const char *ag_node_alias(const ag_node *n, size_t i)
{
    return i < n->n_aliases ? n->aliases[i] : NULL;
}

size_t ag_link_source(const ag_link *l)
{
    return l->source;
}

size_t ag_link_target(const ag_link *l)
{
    return l->target;
}

ag_rel_kind ag_link_kind_of(const ag_link *l)
{
    return l->kind;
}

const char *ag_link_label(const ag_link *l)
{
    return l->label;
}

const char *ag_link_code(const ag_link *l)
{
    return l->code;
}

int ag_link_polarity(const ag_link *l)
{
    return l->polarity;
}

double ag_link_goldstein(const ag_link *l)
{
    return l->goldstein;
}

long ag_link_weight(const ag_link *l)
{
    return l->weight;
}

const char *ag_link_location(const ag_link *l)
{
    return l->location;
}

size_t ag_link_evidence_count(const ag_link *l)
{
    return l->n_evidence;
}

const ag_evidence *ag_link_evidence(const ag_link *l, size_t i)
{
    return i < l->n_evidence ? &l->evidence[i] : NULL;
}

const char *ag_evidence_doc(const ag_evidence *e)
{
    return e->doc;
}

int ag_evidence_sentence(const ag_evidence *e)
{
    return e->sentence;
}

const char *ag_evidence_text(const ag_evidence *e)
{
    return e->text;
}

const char *ag_evidence_date(const ag_evidence *e)
{
    return e->date;
}

const char *ag_evidence_location(const ag_evidence *e)
{
    return e->location;
}

const ag_day_count *ag_link_days(const ag_link *l, size_t *n)
{
    *n = l->n_days;
    return l->days;
}
