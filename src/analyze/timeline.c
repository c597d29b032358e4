/* timeline.c — counts per period and pair (see timeline.h) and their
 * text, CSV and JSON; the SVG chart is in timeline_svg.c. */
#include "graph_int.h"
#include "util_int.h"
#include "timeline.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "timeline_int.h"
#include "view.h"

void ag_timeline_opts_init(ag_timeline_opts *o)
{
    memset(o, 0, sizeof *o);
    o->by = AG_BY_MONTH;
}

static const char *const period_names[] = {"day", "week", "month", "year"};

int ag_period_parse(const char *s, ag_period *p)
{
    for (int i = 0; s && i < 4; i++)
        if (strcmp(s, period_names[i]) == 0) {
            *p = (ag_period)i;
            return 0;
        }
    return -1;
}

const char *ag_period_name(ag_period p)
{
    return period_names[p];
}

int ag_timeline_format_parse(const char *s, ag_timeline_format *f)
{
    static const char *const names[] = {"text", "csv", "json", "svg"};
    for (int i = 0; s && i < 4; i++)
        if (strcmp(s, names[i]) == 0) {
            *f = (ag_timeline_format)i;
            return 0;
        }
    return -1;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* ISO 8601 week: the week (Monday to Sunday) belongs to the year of its
 * Thursday, and week 1 holds the year's first Thursday. */
static int32_t iso_week(int y, int m, int d)
{
    long days = days_from_civil(y, m, d);
    long wd = ((days % 7) + 7 + 3) % 7; /* Monday 0: 1970-01-01 was a Thursday */
    long thursday = days - wd + 3;
    int ty = y + (m == 12 ? 1 : 0);
    if (days_from_civil(ty, 1, 1) > thursday)
        ty--;
    long week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    return (int32_t)(ty * 100 + week);
}

int32_t ag_period_of(ag_period by, int32_t day)
{
    int y = (int)(day / 10000), m = (int)(day / 100 % 100), d = (int)(day % 100);
    switch (by) {
    case AG_BY_DAY: return d ? day : -1;
    case AG_BY_WEEK: return d ? iso_week(y, m, d) : -1;
    case AG_BY_MONTH: return m ? day / 100 : -1;
    default: return y;
    }
}

void ag_period_string(ag_period by, int32_t p, char out[16])
{
    switch (by) {
    case AG_BY_DAY: ag_graph_day_string(p, out); break;
    case AG_BY_WEEK: snprintf(out, 16, "%04d-W%02d", (int)(p / 100), (int)(p % 100)); break;
    case AG_BY_MONTH: snprintf(out, 16, "%04d-%02d", (int)(p / 100), (int)(p % 100)); break;
    default: snprintf(out, 16, "%04d", (int)p); break;
    }
}

/* ---- building ---- */

/* A row with its ids beside it, so the sort needs no context. */
typedef struct keyed {
    ag_timeline_row r;
    const char *sid, *tid;
} keyed;

static int keyed_cmp(const void *x, const void *y)
{
    const keyed *p = x, *q = y;
    int c = ag__cmp(p->r.period, q->r.period);
    c = c ? c : strcmp(p->sid, q->sid);
    return c ? c : strcmp(p->tid, q->tid);
}

/* The node an option names, or -1 when the option is absent. */
static ag_status named(const ag_graph *g, const char *name, long *out, ag_error *err)
{
    *out = -1;
    return name ? ag_view_find_actor(g, name, out, err) : AG_OK;
}

static int link_wanted(const ag_link *l, long actor, long a, long b)
{
    if (l->kind == AG_REL_AFFILIATION)
        return 0;
    if (actor >= 0 && l->source != (size_t)actor && l->target != (size_t)actor)
        return 0;
    if (a >= 0 && !((l->source == (size_t)a && l->target == (size_t)b) ||
                    (l->source == (size_t)b && l->target == (size_t)a)))
        return 0;
    return 1;
}

/* One entry per (link, day); merged per (period, source, target) after
 * sorting. */
static ag_status collect(ag_timeline *t, long actor, long a, long b, keyed **out, size_t *n_out)
{
    const ag_graph *g = t->g;
    size_t n = 0, cap = 0;
    keyed *k = NULL;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        if (!link_wanted(l, actor, a, b))
            continue;
        t->undated += l->weight - ag_link_count_between(l, 0, INT32_MAX);
        for (size_t d = 0; d < l->n_days; d++) {
            int32_t p = ag_period_of(t->by, l->days[d].day);
            long c = (long)l->days[d].count;
            if (p < 0) {
                t->imprecise += c;
                continue;
            }
            if (n == cap) {
                size_t nc = cap ? 2 * cap : 256;
                keyed *q = realloc(k, nc * sizeof *q);
                if (!q) {
                    free(k);
                    return AG_ENOMEM;
                }
                k = q;
                cap = nc;
            }
            keyed *e = &k[n++];
            memset(e, 0, sizeof *e);
            e->r.period = p;
            e->r.source = l->source;
            e->r.target = l->target;
            e->sid = g->nodes[l->source].id;
            e->tid = g->nodes[l->target].id;
            if (l->kind == AG_REL_MEETING)
                e->r.meetings = c;
            else if (l->polarity > 0)
                e->r.cooperative = c;
            else if (l->polarity < 0)
                e->r.hostile = c;
            else
                e->r.neutral = c;
            e->r.goldstein = l->goldstein * (double)c;
        }
    }
    *out = k;
    *n_out = n;
    return AG_OK;
}

ag_status ag_timeline_build(const ag_graph *g, const ag_timeline_opts *o, ag_timeline **out, ag_error *err)
{
    long actor, a, b;
    keyed *k = NULL;
    size_t n = 0;
    *out = NULL;
    ag_status st = named(g, o->actor, &actor, err);
    if (!st)
        st = named(g, o->pair_a, &a, err);
    if (!st)
        st = named(g, o->pair_b, &b, err);
    if (st)
        return st;
    ag_timeline counted = {.g = g, .by = o->by};
    if (collect(&counted, actor, b >= 0 ? a : -1, b, &k, &n))
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (n)
        qsort(k, n, sizeof *k, keyed_cmp);
    ag_timeline_row *rows = NULL; /* with the timeline: one free */
    ag_timeline *t = ag__with_array(sizeof *t, n ? n : 1, sizeof *rows, &rows);
    if (!t) {
        free(k);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    *t = counted;
    t->rows = rows;
    for (size_t i = 0; i < n; i++) {
        if (t->n_rows && keyed_cmp(&k[i - 1], &k[i]) == 0) {
            ag_timeline_row *r = &t->rows[t->n_rows - 1];
            r->cooperative += k[i].r.cooperative;
            r->hostile += k[i].r.hostile;
            r->neutral += k[i].r.neutral;
            r->meetings += k[i].r.meetings;
            r->goldstein += k[i].r.goldstein;
            continue;
        }
        t->rows[t->n_rows++] = k[i].r;
    }
    free(k);
    *out = t;
    return AG_OK;
}

void ag_timeline_free(ag_timeline *t)
{
    free(t); /* rows with it (ag__with_array) */
}

/* ---- what the writers share (timeline_int.h) ---- */

long ag__tl_total(const ag_timeline_row *r)
{
    return r->cooperative + r->hostile + r->neutral + r->meetings;
}

static int pair_cmp(const void *x, const void *y)
{
    const tl_pair *p = x, *q = y;
    int c = ag__cmp(q->total, p->total); /* busiest first */
    return c ? c : ag__cmp(p->first, q->first);
}

/* Rows by (source, target, row): a pair's rows together. */
static int by_pair_cmp(const void *x, const void *y)
{
    const tl_pair *p = x, *q = y;
    int c = ag__cmp(p->source, q->source);
    c = c ? c : ag__cmp(p->target, q->target);
    return c ? c : ag__cmp(p->first, q->first);
}

ag_status ag__tl_series(const ag_timeline *t, tl_series *s)
{
    memset(s, 0, sizeof *s);
    s->periods = malloc((t->n_rows + 1) * sizeof *s->periods);
    s->pairs = malloc((t->n_rows + 1) * sizeof *s->pairs);
    if (!s->periods || !s->pairs) {
        ag__tl_series_free(s);
        return AG_ENOMEM;
    }
    for (size_t i = 0; i < t->n_rows; i++) {
        const ag_timeline_row *r = &t->rows[i];
        if (!s->n_periods || s->periods[s->n_periods - 1] != r->period) /* rows are by period */
            s->periods[s->n_periods++] = r->period;
        s->pairs[i] = (tl_pair){r->source, r->target, ag__tl_total(r), i};
    }
    qsort(s->pairs, t->n_rows, sizeof *s->pairs, by_pair_cmp);
    for (size_t i = 0; i < t->n_rows; i++) {
        tl_pair *last = s->n_pairs ? &s->pairs[s->n_pairs - 1] : NULL;
        if (last && last->source == s->pairs[i].source && last->target == s->pairs[i].target)
            last->total += s->pairs[i].total;
        else
            s->pairs[s->n_pairs++] = s->pairs[i];
    }
    qsort(s->pairs, s->n_pairs, sizeof *s->pairs, pair_cmp);
    return AG_OK;
}

void ag__tl_series_free(tl_series *s)
{
    free(s->periods);
    free(s->pairs);
}

void ag__tl_counts(const ag_timeline *t, const tl_series *s, const tl_pair *p, long *out)
{
    memset(out, 0, s->n_periods * sizeof *out);
    size_t k = 0; /* rows and periods both ascend */
    for (size_t i = p->first; i < t->n_rows; i++) {
        const ag_timeline_row *r = &t->rows[i];
        if (r->source != p->source || r->target != p->target)
            continue;
        while (s->periods[k] != r->period)
            k++;
        out[k] += ag__tl_total(r);
    }
}

/* ---- text, CSV, JSON ---- */

#define SPARK_PAIRS 20
#define SPARK_WIDTH 60

/* One mark per period (the last SPARK_WIDTH), scaled to the pair's
 * busiest; a blank where it had none. */
static void sparkline(FILE *out, const tl_series *s, const long *count)
{
    static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    size_t from = s->n_periods > SPARK_WIDTH ? s->n_periods - SPARK_WIDTH : 0;
    long max = 1;
    for (size_t i = from; i < s->n_periods; i++)
        max = count[i] > max ? count[i] : max;
    for (size_t i = from; i < s->n_periods; i++)
        fputs(count[i] ? bars[(count[i] * 8 - 1) / max] : " ", out);
}

/* s in `width` columns: cut at a character boundary, padded with spaces
 * (one column a character: names are mostly Latin, Greek or Cyrillic). */
static void cell(FILE *out, const char *s, int width)
{
    int used = 0;
    size_t i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) == 0x80)
            continue;
        if (used == width)
            break;
        used++;
    }
    fprintf(out, "%.*s%*s", (int)i, s, width - used, "");
}

static ag_status write_text(const ag_timeline *t, int terminal, FILE *out)
{
    const ag_graph *g = t->g;
    fprintf(out, "%-10s %-24s %-24s %5s %5s %5s %5s %9s\n", ag_period_name(t->by), "source", "target",
            "coop", "host", "neut", "meet", "goldstein");
    for (size_t i = 0; i < t->n_rows; i++) {
        const ag_timeline_row *r = &t->rows[i];
        char p[16];
        ag_period_string(t->by, r->period, p);
        fprintf(out, "%-10s ", p);
        cell(out, g->nodes[r->source].name, 24);
        fputc(' ', out);
        cell(out, g->nodes[r->target].name, 24);
        fprintf(out, " %5ld %5ld %5ld %5ld %9.1f\n", r->cooperative, r->hostile, r->neutral, r->meetings,
                r->goldstein);
    }
    if (t->undated)
        fprintf(out, "(%ld occurrences without a date are in no period)\n", t->undated);
    if (t->imprecise)
        fprintf(out, "(%ld occurrences dated too roughly for a %s are in no period)\n", t->imprecise,
                ag_period_name(t->by));
    if (!terminal || !t->n_rows)
        return AG_OK;
    tl_series s;
    long *count = NULL;
    if (ag__tl_series(t, &s))
        return AG_ENOMEM;
    if (!(count = malloc(s.n_periods * sizeof *count))) {
        ag__tl_series_free(&s);
        return AG_ENOMEM;
    }
    char first[16], last[16];
    ag_period_string(t->by, s.periods[s.n_periods > SPARK_WIDTH ? s.n_periods - SPARK_WIDTH : 0], first);
    ag_period_string(t->by, s.periods[s.n_periods - 1], last);
    fprintf(out, "\nbusiest pairs, %s to %s (one mark per %s with events):\n", first, last, ag_period_name(t->by));
    for (size_t i = 0; i < s.n_pairs && i < SPARK_PAIRS; i++) {
        fputs("  ", out);
        cell(out, g->nodes[s.pairs[i].source].name, 22);
        fputs(" -> ", out);
        cell(out, g->nodes[s.pairs[i].target].name, 22);
        fprintf(out, " %6ld  ", s.pairs[i].total);
        ag__tl_counts(t, &s, &s.pairs[i], count);
        sparkline(out, &s, count);
        fputc('\n', out);
    }
    free(count);
    ag__tl_series_free(&s);
    return AG_OK;
}

/* Each row is built in one buffer: ids through the one CSV quoting helper
 * (ids are slugs, but a hand-written graph may hold anything). */
static ag_status write_csv(const ag_timeline *t, FILE *out)
{
    ag_buf b = AG_BUF_INIT;
    int io = 0, r = ag_buf_puts(&b, "period,source,target,cooperative,hostile,neutral,meetings,goldstein\n");
    for (size_t i = 0; i < t->n_rows && r == 0; i++) {
        const ag_timeline_row *row = &t->rows[i];
        char p[16];
        ag_period_string(t->by, row->period, p);
        r = ag_buf_printf(&b, "%s,", p) || ag_buf_put_csv(&b, t->g->nodes[row->source].id, ',', 0) ||
            ag_buf_putc(&b, ',') || ag_buf_put_csv(&b, t->g->nodes[row->target].id, ',', 0) ||
            ag_buf_printf(&b, ",%ld,%ld,%ld,%ld,%.10g\n", row->cooperative, row->hostile, row->neutral,
                          row->meetings, row->goldstein);
        if (r == 0 && b.len >= 1 << 16) { /* bounded memory on long timelines */
            io |= fwrite(b.data, 1, b.len, out) != b.len;
            ag_buf_reset(&b);
        }
    }
    if (!r && b.len)
        io |= fwrite(b.data, 1, b.len, out) != b.len;
    ag_buf_free(&b);
    return r ? AG_ENOMEM : io ? AG_EIO : AG_OK;
}

static int write_json(const ag_timeline *t, FILE *out)
{
    ag_jw w;
    ag_jw_init(&w, out, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
    ag_jw_object(&w);
    ag_jw_key(&w, "by");
    ag_jw_str(&w, ag_period_name(t->by));
    ag_jw_karray(&w, "rows");
    for (size_t i = 0; i < t->n_rows; i++) {
        const ag_timeline_row *r = &t->rows[i];
        char p[16];
        ag_period_string(t->by, r->period, p);
        const char *keys[] = {"period", "source", "target", "cooperative", "hostile", "neutral", "meetings"};
        const char *strs[] = {p, t->g->nodes[r->source].id, t->g->nodes[r->target].id};
        long vals[] = {r->cooperative, r->hostile, r->neutral, r->meetings};
        ag_jw_object(&w);
        for (int k = 0; k < 7; k++) {
            ag_jw_key(&w, keys[k]);
            if (k < 3)
                ag_jw_str(&w, strs[k]);
            else
                ag_jw_int(&w, vals[k - 3]);
        }
        ag_jw_key(&w, "goldstein");
        ag_jw_real(&w, r->goldstein);
        ag_jw_end(&w);
    }
    ag_jw_end(&w);
    ag_jw_end(&w);
    int rc = ag_jw_finish(&w);
    return rc || fputc('\n', out) == EOF ? -1 : 0;
}

ag_status ag_timeline_write(const ag_timeline *t, ag_timeline_format f, int terminal, FILE *out, ag_error *err)
{
    ag_status st = AG_OK;
    switch (f) {
    case AG_TIMELINE_TEXT: st = write_text(t, terminal, out); break;
    case AG_TIMELINE_CSV: st = write_csv(t, out); break;
    case AG_TIMELINE_JSON: st = write_json(t, out) ? AG_EIO : AG_OK; break;
    case AG_TIMELINE_SVG: st = ag__tl_write_svg(t, out); break;
    }
    if (st == AG_ENOMEM)
        return ag_error_set(err, st, "out of memory");
    if (st || ferror(out))
        return ag_error_set(err, AG_EIO, "writing the timeline failed");
    return AG_OK;
}
