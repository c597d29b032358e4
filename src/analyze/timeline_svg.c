/* timeline_svg.c — the timeline as a small line chart: one line per pair
 * (the SVG_PAIRS busiest), stances and meetings per period.  Written
 * directly: Graphviz lays out graphs, not charts, and a chart this simple
 * needs no plotting library.  Names are escaped as in every XML export
 * (escape.c). */
#include <stdlib.h>
#include <string.h>

#include "export_int.h"
#include "timeline_int.h"

#define SVG_PAIRS 8
#define W 760
#define H 380
#define LEFT 56
#define RIGHT 250
#define TOP 36
#define BOTTOM 56
#define PLOT_W (W - LEFT - RIGHT)
#define PLOT_H (H - TOP - BOTTOM)

/* Colour-blind safe (Okabe and Ito), then two greys. */
static const char *const colours[SVG_PAIRS] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                               "#E69F00", "#56B4E9", "#555555", "#999999"};

static double x_of(size_t i, size_t n)
{
    return LEFT + (n > 1 ? (double)i * PLOT_W / (double)(n - 1) : PLOT_W / 2.0);
}

static double y_of(long v, long max)
{
    return TOP + PLOT_H - (double)v * PLOT_H / (double)max;
}

/* A round step for about five grid lines up to max. */
static long grid_step(long max)
{
    long step = 1;
    while (max / step > 5)
        step *= max / step > 25 ? 10 : 2;
    return step;
}

static int axes(ag_buf *b, const ag_timeline *t, const tl_series *s, long max)
{
    int r = 0;
    long step = grid_step(max);
    for (long v = 0; v <= max && !r; v += step)
        r = ag_buf_printf(b,
                          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>"
                          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%ld</text>\n",
                          LEFT, y_of(v, max), LEFT + PLOT_W, y_of(v, max), LEFT - 6, y_of(v, max) + 4, v);
    /* At most about ten period labels, evenly spread. */
    size_t every = s->n_periods / 10 + 1;
    for (size_t i = 0; i < s->n_periods && !r; i += every) {
        char p[16];
        ag_period_string(t->by, s->periods[i], p);
        r = ag_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                          x_of(i, s->n_periods), TOP + PLOT_H + 18, p);
    }
    return r;
}

static int series(ag_buf *b, const ag_timeline *t, const tl_series *s, size_t k, const long *count, long max)
{
    const tl_pair *p = &s->pairs[k];
    int r = ag_buf_printf(b, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"", colours[k]);
    for (size_t i = 0; i < s->n_periods && !r; i++)
        r = ag_buf_printf(b, "%s%.1f,%.1f", i ? " " : "", x_of(i, s->n_periods), y_of(count[i], max));
    double ly = TOP + 8 + 20.0 * (double)k;
    r = r || ag_buf_printf(b,
                           "\"/>\n<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke-width=\"3\" "
                           "stroke=\"%s\"/><text x=\"%d\" y=\"%.1f\">",
                           W - RIGHT + 16, ly, W - RIGHT + 36, ly, colours[k], W - RIGHT + 42, ly + 4);
    r = r || ag__ex_put_text(b, t->g->nodes[p->source].name, ESC_XML, 40);
    r = r || ag_buf_puts(b, " \xE2\x86\x92 ");
    r = r || ag__ex_put_text(b, t->g->nodes[p->target].name, ESC_XML, 40);
    return r || ag_buf_printf(b, " (%ld)</text>\n", p->total);
}

ag_status ag__tl_write_svg(const ag_timeline *t, FILE *out)
{
    tl_series s;
    ag_buf b = AG_BUF_INIT;
    if (ag__tl_series(t, &s))
        return AG_ENOMEM;
    size_t k = s.n_pairs < SVG_PAIRS ? s.n_pairs : SVG_PAIRS;
    long *count = malloc((s.n_periods * k + 1) * sizeof *count), max = 1;
    int r = !count;
    for (size_t i = 0; i < k && !r; i++) {
        ag__tl_counts(t, &s, &s.pairs[i], count + i * s.n_periods);
        for (size_t j = 0; j < s.n_periods; j++)
            max = count[i * s.n_periods + j] > max ? count[i * s.n_periods + j] : max;
    }
    r = r || ag_buf_printf(&b,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                           "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n"
                           "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n"
                           "<text x=\"%d\" y=\"20\" font-size=\"14\">Stances and meetings per %s: "
                           "the %zu busiest pairs of %zu</text>\n",
                           W, H, W, H, W, H, LEFT, ag_period_name(t->by), k, s.n_pairs);
    r = r || axes(&b, t, &s, max);
    for (size_t i = 0; i < k && !r; i++)
        r = series(&b, t, &s, i, count + i * s.n_periods, max);
    if (!r && !k)
        r = ag_buf_printf(&b, "<text x=\"%d\" y=\"%d\">no dated events</text>\n", LEFT + 10, TOP + PLOT_H / 2);
    r = r || ag_buf_puts(&b, "</svg>\n");
    free(count);
    ag__tl_series_free(&s);
    ag_status st = r ? AG_ENOMEM : fwrite(b.data, 1, b.len, out) == b.len ? AG_OK : AG_EIO;
    ag_buf_free(&b);
    return st;
}
