/* progress.c — see progress.h. */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LIVE_EVERY 0.25
#define LOG_EVERY 5.0
#define MB 1e6

static double monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "rchar" of /proc/self/io: every byte read(2) has returned. */
static long long proc_rchar(void)
{
    FILE *fp = fopen("/proc/self/io", "r");
    long long v = -1;
    if (!fp)
        return -1;
    char line[128];
    while (fgets(line, sizeof line, fp))
        if (sscanf(line, "rchar: %lld", &v) == 1)
            break;
    fclose(fp);
    return v;
}

void ag_progress_init(ag_progress *p, FILE *out, int quiet)
{
    memset(p, 0, sizeof *p);
    p->out = out;
    p->quiet = quiet || !out;
    p->live = out && isatty(fileno(out));
    p->every = p->live ? LIVE_EVERY : LOG_EVERY;
    const char *e = getenv("AG_PROGRESS_SECONDS");
    char *end;
    double v = e && *e ? strtod(e, &end) : -1;
    if (!p->live && v >= 0 && v < 1e6 && !*end)
        p->every = v;
    p->clock = monotonic;
    p->bytes_read = proc_rchar;
    p->bytes0 = -1;
}

void ag_progress_begin(ag_progress *p, const char *stage, const char *unit, unsigned long long total)
{
    if (p->quiet)
        return;
    p->stage = stage;
    p->unit = unit;
    p->total = total;
    p->items = 0;
    p->t0 = p->last = p->clock();
    p->bytes0 = p->bytes_read();
}

void ag_progress_thousands(unsigned long long v, char out[32])
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu", v), o = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = tmp[i];
    }
    out[o] = '\0';
}

static void duration(double s, char out[32])
{
    if (s < 60)
        snprintf(out, 32, "%.0f s", s < 1 ? 1 : s);
    else if (s < 3600)
        snprintf(out, 32, "%d min %02d s", (int)s / 60, (int)s % 60);
    else
        snprintf(out, 32, "%d h %02d min", (int)(s / 3600), (int)s % 3600 / 60);
}

/* Shows a line: redrawn in place on a terminal (padded over the last
 * one), a line of its own in a log. */
static void show(ag_progress *p, const char *line, int final)
{
    size_t n = strlen(line);
    if (p->live) {
        fprintf(p->out, "\r%s%*s%s", line, p->width > n ? (int)(p->width - n) : 0, "", final ? "\n" : "");
        p->width = final ? 0 : n;
    } else {
        fprintf(p->out, "%s\n", line);
    }
    fflush(p->out);
    p->last = p->clock();
}

/* The counts so far: "12,345 documents, 45.2 of 100.0 MB (45%)". */
static int counts(const ag_progress *p, double mb, char *buf, size_t size)
{
    char items[32];
    int n = 0;
    ag_progress_thousands(p->items, items);
    if (p->unit)
        n = snprintf(buf, size, "%s %s", items, p->unit);
    if (mb < 0)
        return n;
    if (p->total)
        n += snprintf(buf + n, size - (size_t)n, "%s%.1f of %.1f MB (%.0f%%)", n ? ", " : "", mb,
                      (double)p->total / MB, 100.0 * mb * MB / (double)p->total);
    else
        n += snprintf(buf + n, size - (size_t)n, "%s%.1f MB", n ? ", " : "", mb);
    return n;
}

/* Megabytes read in this stage, or -1 (also for a stage that counts
 * neither items nor an input: what it reads is beside the point). */
static double mb_read(const ag_progress *p)
{
    long long b = p->bytes0 >= 0 && (p->unit || p->total) ? p->bytes_read() : -1;
    if (b < 0)
        return -1;
    double mb = (double)(b - p->bytes0) / MB;
    /* Reads ahead of the work (buffers, threads) never pass the total. */
    return p->total && mb * MB > (double)p->total ? (double)p->total / MB : mb;
}

static void draw(ag_progress *p)
{
    char line[256], left[32];
    double t = p->clock() - p->t0, mb = mb_read(p);
    int n = snprintf(line, sizeof line, "actorgraph: %s: ", p->stage);
    n += counts(p, mb, line + n, sizeof line - (size_t)n);
    if (mb > 0 && t > 0) {
        n += snprintf(line + n, sizeof line - (size_t)n, ", %.1f MB/s", mb / t);
        if (p->total && mb * MB < (double)p->total) {
            duration(((double)p->total / MB - mb) / (mb / t), left);
            snprintf(line + n, sizeof line - (size_t)n, ", %s left", left);
        }
    } else if (p->unit && t > 0) {
        snprintf(line + n, sizeof line - (size_t)n, ", %.0f %s/s", (double)p->items / t, p->unit);
    }
    show(p, line, 0);
}

void ag_progress_add(ag_progress *p, unsigned long long n)
{
    if (p->quiet || !p->stage)
        return;
    p->items += n;
    if (p->clock() - p->last >= p->every)
        draw(p);
}

void ag_progress_step(ag_progress *p, const char *what)
{
    if (p->quiet || !p->stage)
        return;
    double now = p->clock();
    if (!p->live && now - p->last < p->every)
        return;
    char line[256];
    snprintf(line, sizeof line, "actorgraph: %s: %s, %.1f s", p->stage, what, now - p->t0);
    show(p, line, 0);
}

void ag_progress_end(ag_progress *p, const char *what)
{
    if (p->quiet || !p->stage)
        return;
    char line[320], took[32];
    double t = p->clock() - p->t0, mb = mb_read(p);
    /* A log gets a line every few seconds: a shorter stage none. */
    if (!p->live && t < p->every) {
        p->stage = NULL;
        return;
    }
    int n = snprintf(line, sizeof line, "actorgraph: %s: ", p->stage);
    if (what)
        n += snprintf(line + n, sizeof line - (size_t)n, "%s%s", what, p->unit || mb > 0 ? ", " : "");
    if (p->unit || mb > 0) {
        /* The whole input was read: its total, not what was read ahead. */
        n += counts(p, -1, line + n, sizeof line - (size_t)n);
        if (mb > 0)
            n += snprintf(line + n, sizeof line - (size_t)n, "%s%.1f MB", p->unit ? ", " : "", mb);
    }
    duration(t, took);
    n += snprintf(line + n, sizeof line - (size_t)n, " in %s", t < 1 ? "under a second" : took);
    if (mb > 0 && t > 0)
        snprintf(line + n, sizeof line - (size_t)n, " (%.1f MB/s)", mb / t);
    show(p, line, 1);
    p->stage = NULL;
}

void ag_progress_graph_size(size_t nodes, size_t links, char out[80])
{
    char n[32], l[32];
    ag_progress_thousands(nodes, n);
    ag_progress_thousands(links, l);
    snprintf(out, 80, "%s actors, %s links", n, l);
}

void ag_progress_step_cb(void *ud, const char *what)
{
    ag_progress_step(ud, what);
}

unsigned long long ag_progress_files_size(int n, char *const *paths)
{
    unsigned long long total = 0;
    for (int i = 0; i < n; i++) {
        unsigned long long size = ag_progress_file_size(paths[i]);
        if (!size)
            return 0;
        total += size;
    }
    return total;
}

unsigned long long ag_progress_file_size(const char *path)
{
    struct stat st;
    if (!path || strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return (unsigned long long)st.st_size;
}
