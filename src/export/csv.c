/* csv.c — CSV node and edge lists (RFC 4180). */
#include "export_int.h"

#include <math.h>
#include <string.h>

/* ---- CSV (RFC 4180) ---- */

/* A text field (ag_buf_put_csv), invalid UTF-8 repaired first. */
static int csv_text(ag_buf *b, const char *s)
{
    ag_buf t = AG_BUF_INIT;
    if (!s)
        return 0;
    int r = ag__ex_put_text(&t, s, ESC_RAW, 0) || ag_buf_put_csv(b, t.data ? t.data : "", ',', 1);
    ag_buf_free(&t);
    return r;
}

ag_status ag__ex_export_csv(const ex_view *v, int edges, FILE *out, ag_error *err)
{
    const ag_graph *g = v->g;
    ag_buf b = AG_BUF_INIT;
    ag_status st;
    int r;
    if (!edges) {
        r = ag_buf_puts(&b, "id,name,kind,code,affiliation,mentions,docs,degree\r\n");
        for (size_t i = 0; i < g->n_nodes && r == 0; i++) {
            if (!v->node_on[i])
                continue;
            const ag_node *n = &g->nodes[i];
            r = csv_text(&b, n->id) || ag_buf_putc(&b, ',') || csv_text(&b, n->name) ||
                ag_buf_printf(&b, ",%s,", ag_actor_kind_name(n->kind)) || csv_text(&b, n->code) ||
                ag_buf_putc(&b, ',') || csv_text(&b, n->affiliation) ||
                ag_buf_printf(&b, ",%ld,%ld,%.17g\r\n", n->mentions, n->docs, v->degree[i]);
        }
    } else {
        r = ag_buf_puts(&b, "source,target,source_name,target_name,kind,label,code,polarity,"
                            "goldstein,weight,location,evidence\r\n");
        for (size_t i = 0; i < g->n_links && r == 0; i++) {
            if (!v->link_on[i])
                continue;
            const ag_link *l = &g->links[i];
            const ag_node *s = &g->nodes[l->source], *t = &g->nodes[l->target];
            r = csv_text(&b, s->id) || ag_buf_putc(&b, ',') || csv_text(&b, t->id) ||
                ag_buf_putc(&b, ',') || csv_text(&b, s->name) || ag_buf_putc(&b, ',') ||
                csv_text(&b, t->name) || ag_buf_printf(&b, ",%s,", ag_rel_kind_name(l->kind)) ||
                csv_text(&b, l->label) || ag_buf_putc(&b, ',') || csv_text(&b, l->code) ||
                ag_buf_printf(&b, ",%d,%.17g,%ld,", l->polarity,
                              isfinite(l->goldstein) ? l->goldstein : 0.0, l->weight) ||
                csv_text(&b, l->location) || ag_buf_putc(&b, ',') ||
                csv_text(&b, l->n_evidence ? l->evidence[0].text : NULL) || ag_buf_puts(&b, "\r\n");
        }
    }
    st = r ? ag_error_set(err, AG_ENOMEM, "out of memory while writing the CSV output")
           : ag__ex_write_buf(&b, out, "CSV", err);
    ag_buf_free(&b);
    return st;
}

