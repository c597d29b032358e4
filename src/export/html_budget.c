/* html_budget.c — what the HTML page carries within its budget (html_int.h):
 * the strongest stance and meeting links, every "member of" link, and the
 * evidence sentences of the strongest links first. */
#include "html_int.h"
#include "util_int.h"

#include <stdlib.h>
#include <string.h>


void ag__ex_html_part_free(html_part *p)
{
    ag_arena_free(p->arena);
    free(p->xy);
    memset(p, 0, sizeof *p);
}

/* The links the export chose with both ends carried, heaviest first
 * (*n of them); NULL on OOM. */
static rank_item *candidates(const html_part *p, const unsigned char *link_on, size_t *n)
{
    const ag_graph *g = p->g;
    rank_item *c = malloc((g->n_links + 1) * sizeof *c);
    if (!c)
        return NULL;
    *n = 0;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if ((!link_on || link_on[i]) && l->source < g->n_nodes && l->target < g->n_nodes &&
            p->node_on[l->source] && p->node_on[l->target])
            c[(*n)++] = (rank_item){(double)l->weight, 0, i};
    }
    qsort(c, *n, sizeof *c, ag__ex_rank_cmp); /* heaviest first; ties in graph order */
    return c;
}

/* Keeps the links and their sentences, heaviest first, within budget. */
static void keep_links(html_part *p, const rank_item *c, size_t n)
{
    size_t kept = 0, text = 0;
    for (size_t k = 0; k < n; k++) {
        const ag_link *l = &p->g->links[c[k].index];
        if (l->kind != AG_REL_AFFILIATION && kept == AG_HTML_MAX_LINKS) {
            p->links_cut++;
            continue;
        }
        kept += l->kind != AG_REL_AFFILIATION;
        p->link_on[c[k].index] = 1;
        size_t e = 0;
        for (; e < l->n_evidence && e < AG_HTML_EVIDENCE_PER_LINK; e++) {
            size_t len = l->evidence[e].text ? strlen(l->evidence[e].text) : 0;
            if (text + len > AG_HTML_EVIDENCE_BYTES)
                break;
            text += len;
        }
        p->n_ev[c[k].index] = (unsigned char)e;
        p->evidence_cut += l->n_evidence - e;
    }
}

ag_status ag__ex_html_part(html_part *p, const ag_graph *g, const unsigned char *node_on,
                           const unsigned char *link_on, ag_error *err)
{
    memset(p, 0, sizeof *p);
    p->g = g;
    if ((p->arena = ag_arena_new())) {
        p->node_on = ag__arena_array(p->arena, g->n_nodes + 1, 1);
        p->link_on = ag__arena_array(p->arena, g->n_links + 1, 1);
        p->n_ev = ag__arena_array(p->arena, g->n_links + 1, 1);
    }
    size_t n = 0;
    rank_item *c = NULL;
    if (p->node_on && p->link_on && p->n_ev) {
        for (size_t i = 0; i < g->n_nodes; i++)
            p->node_on[i] = !node_on || node_on[i];
        c = candidates(p, link_on, &n);
    }
    if (!c) {
        ag__ex_html_part_free(p);
        return ag_error_set(err, AG_ENOMEM, "out of memory while writing the HTML output");
    }
    keep_links(p, c, n);
    free(c);
    return AG_OK;
}
