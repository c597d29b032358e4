/* bundle.c — one edge for the many links of a pair of actors (see plan.c):
 * its direction, colour and width from the links, a label that counts them
 * and names the strongest labels ("12 links / denounce ×3, meet ×2, urge,
 * +9 more"), and a tooltip listing the strongest links.  Each call sorts
 * the pair's links once: O(k log k) for k links, whatever their text.
 */
#include "export_int.h"
#include "util_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define BUNDLE_LABELS 3    /* labels named on the edge */
#define BUNDLE_TIPS 10     /* links listed in the tooltip */
#define BUNDLE_TEXT_MAX 80 /* bytes of a label or name shown */

typedef struct item {
    const char *label;
    long weight;
    size_t index; /* first link with the label (graph order) */
} item;

static int by_label(const void *a, const void *b)
{
    const item *x = a, *y = b;
    int c = strcmp(x->label, y->label);
    return c ? c : ag__cmp(x->index, y->index);
}

static int by_weight(const void *a, const void *b)
{
    const item *x = a, *y = b;
    int c = ag__cmp(y->weight, x->weight); /* heaviest first */
    return c ? c : ag__cmp(x->index, y->index);
}

static long add_sat(long a, long b)
{
    return b > 0 && a > LONG_MAX - b ? LONG_MAX : a + b;
}

static long weight_of(const ag_link *l)
{
    return l->weight > 0 ? l->weight : 1;
}

void ag__ex_bundle_sum(ex_bundle *b, const ag_graph *g, const size_t *links, size_t n)
{
    memset(b, 0, sizeof *b);
    b->tail = g->links[links[0]].source;
    b->head = g->links[links[0]].target;
    b->affil_only = 1;
    for (size_t k = 0; k < n; k++) {
        const ag_link *l = &g->links[links[k]];
        long w = weight_of(l);
        b->weight = add_sat(b->weight, w);
        if (l->kind != AG_REL_AFFILIATION) {
            b->affil_only = 0;
            b->net += (double)w * (l->polarity > 0 ? 1 : l->polarity < 0 ? -1 : 0);
        }
        if (l->kind == AG_REL_MEETING)
            b->undirected = 1;
        else if (l->source == b->tail)
            b->fwd = 1;
        else
            b->back = 1;
    }
}

/* The pair's links as items sorted by weight; with `by_text`, links of the
 * same label are first summed into one item.  *n_out items; NULL on OOM. */
static item *sorted_items(const ag_graph *g, const size_t *links, size_t n, int by_text, size_t *n_out)
{
    item *it = malloc((n + 1) * sizeof *it);
    if (!it)
        return NULL;
    for (size_t k = 0; k < n; k++) {
        const ag_link *l = &g->links[links[k]];
        it[k] = (item){l->label ? l->label : "", weight_of(l), links[k]};
    }
    size_t m = n;
    if (by_text) {
        qsort(it, n, sizeof *it, by_label);
        m = 0;
        for (size_t k = 0; k < n; k++) {
            if (m > 0 && strcmp(it[m - 1].label, it[k].label) == 0)
                it[m - 1].weight = add_sat(it[m - 1].weight, it[k].weight);
            else
                it[m++] = it[k];
        }
    }
    qsort(it, m, sizeof *it, by_weight);
    *n_out = m;
    return it;
}

int ag__ex_bundle_label(ag_buf *b, const ag_graph *g, const size_t *links, size_t n)
{
    size_t m;
    item *it = sorted_items(g, links, n, 1, &m);
    if (!it)
        return -1;
    int r = ag_buf_printf(b, "%zu links<BR/>", n);
    for (size_t k = 0; k < m && k < BUNDLE_LABELS && r == 0; k++) {
        r = (k > 0 && ag_buf_puts(b, ", ")) || ag__ex_put_text(b, it[k].label, ESC_GVHTML, BUNDLE_TEXT_MAX);
        if (r == 0 && it[k].weight > 1)
            r = ag_buf_printf(b, " \xC3\x97%ld", it[k].weight);
    }
    if (r == 0 && m > BUNDLE_LABELS)
        r = ag_buf_printf(b, ", +%zu more", m - BUNDLE_LABELS);
    free(it);
    return r;
}

/* "A → B: denounce ×3 (hostile) in Sochi" */
static int tip_link(ag_buf *b, const ag_graph *g, const ag_link *l)
{
    const char *arrow = l->kind == AG_REL_MEETING ? " \xE2\x80\x94 " : " \xE2\x86\x92 ";
    int r = ag__ex_put_text(b, g->nodes[l->source].name, ESC_TOOLTIP, BUNDLE_TEXT_MAX) ||
            ag_buf_puts(b, arrow) || ag__ex_put_text(b, g->nodes[l->target].name, ESC_TOOLTIP, BUNDLE_TEXT_MAX) ||
            ag_buf_puts(b, ": ") || ag__ex_put_text(b, l->label, ESC_TOOLTIP, BUNDLE_TEXT_MAX);
    if (r == 0 && l->weight > 1)
        r = ag_buf_printf(b, " \xC3\x97%ld", l->weight);
    if (r == 0 && l->kind != AG_REL_AFFILIATION)
        r = ag_buf_printf(b, " (%s)", ag__ex_polarity_name(l->polarity));
    if (r == 0 && l->location)
        r = ag_buf_puts(b, " in ") || ag__ex_put_text(b, l->location, ESC_TOOLTIP, BUNDLE_TEXT_MAX);
    return r;
}

int ag__ex_bundle_tooltip(ag_buf *b, const ag_graph *g, const size_t *links, size_t n)
{
    size_t m;
    ex_bundle sum;
    ag__ex_bundle_sum(&sum, g, links, n);
    item *it = sorted_items(g, links, n, 0, &m);
    if (!it)
        return -1;
    int r = ag_buf_printf(b, "%zu links between ", n) ||
            ag__ex_put_text(b, g->nodes[sum.tail].name, ESC_TOOLTIP, BUNDLE_TEXT_MAX) ||
            ag_buf_puts(b, " and ") || ag__ex_put_text(b, g->nodes[sum.head].name, ESC_TOOLTIP, BUNDLE_TEXT_MAX) ||
            ag_buf_printf(b, ", seen %ld times", sum.weight);
    for (size_t k = 0; k < m && k < BUNDLE_TIPS && r == 0; k++)
        r = ag_buf_puts(b, " | ") || tip_link(b, g, &g->links[it[k].index]);
    if (r == 0 && m > BUNDLE_TIPS)
        r = ag_buf_printf(b, " | and %zu more", m - BUNDLE_TIPS);
    const ag_link *top = &g->links[it[0].index];
    if (r == 0 && top->n_evidence > 0 && top->evidence[0].text) {
        const ag_evidence *e = &top->evidence[0];
        r = ag_buf_puts(b, " | ") || (e->doc && (ag__ex_put_text(b, e->doc, ESC_TOOLTIP, BUNDLE_TEXT_MAX) ||
                                                 ag_buf_puts(b, ": "))) ||
            ag__ex_put_text(b, e->text, ESC_TOOLTIP, 600);
    }
    free(it);
    return r;
}
