/* cameo_table.c — checks data/cameo.tsv (the CAMEO event code table, see
 * docs/event-data.md) and writes it as a C header of sorted constant
 * arrays, so the library looks codes up with bsearch and holds no state.
 *
 *   cameo_table data/cameo.tsv build/cameo_table.h
 *
 * The build fails with FILE:LINE when a row breaks the table's rules: a
 * code of 2-4 digits whose root is its first two digits, the quad class
 * of that root, a Goldstein value in [-10, 10], a parent and a root row
 * for every code, a label on every root row, and every label on codes of
 * one root only (so polarity, which follows the quad class, never differs
 * between two uses of one label). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 1024
#define MAX_LABELS 16
#define NCOLS 8

typedef struct row {
    char *col[NCOLS]; /* code root quad goldstein plover mode labels description */
    char *labels[MAX_LABELS];
    int n_labels, line;
    const char *label; /* effective label */
} row;

static row rows[MAX_ROWS];
static int n_rows;
static const char *path;

static void die(int line, const char *msg, const char *what)
{
    fprintf(stderr, "%s:%d: %s%s%s (see docs/event-data.md)\n", path, line, msg, what ? ": " : "",
            what ? what : "");
    exit(1);
}

static int quad_of(int root) { return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4; }

static row *find(const char *code)
{
    for (int i = 0; i < n_rows; i++)
        if (strcmp(rows[i].col[0], code) == 0)
            return &rows[i];
    return NULL;
}

static void split_labels(row *r)
{
    char *s = r->col[6];
    while (*s) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = '\0';
        if (!*s)
            die(r->line, "empty label", NULL);
        if (r->n_labels == MAX_LABELS)
            die(r->line, "too many labels", NULL);
        r->labels[r->n_labels++] = s;
        if (!comma)
            break;
        s = comma + 1;
    }
}

static void check_row(row *r)
{
    const char *c = r->col[0];
    size_t n = strlen(c);
    if (n < 2 || n > 4 || strspn(c, "0123456789") != n)
        die(r->line, "a code is 2 to 4 digits", c);
    if (strncmp(c, r->col[1], 2) != 0 || strlen(r->col[1]) != 2)
        die(r->line, "the root is the code's first two digits", r->col[1]);
    int root = atoi(r->col[1]);
    if (root < 1 || root > 20)
        die(r->line, "roots are 01 to 20", r->col[1]);
    if (atoi(r->col[2]) != quad_of(root) || strlen(r->col[2]) != 1)
        die(r->line, "wrong quad class for the root (1: 01-05, 2: 06-09, 3: 10-14, 4: 15-20)", r->col[2]);
    char *end;
    double g = strtod(r->col[3], &end);
    if (end == r->col[3] || *end || g < -10 || g > 10)
        die(r->line, "the Goldstein value is a number from -10 to 10", r->col[3]);
    if (find(c))
        die(r->line, "code listed twice", c);
    split_labels(r);
}

static void read_table(FILE *fp)
{
    char buf[4096];
    int line = 0, header = 0;
    while (fgets(buf, sizeof buf, fp)) {
        line++;
        buf[strcspn(buf, "\r\n")] = '\0';
        if (buf[0] == '#' || !buf[0])
            continue;
        if (!header) {
            if (strcmp(buf, "code\troot\tquad\tgoldstein\tplover\tmode\tlabels\tdescription") != 0)
                die(line, "header expected: code root quad goldstein plover mode labels description", NULL);
            header = 1;
            continue;
        }
        if (n_rows == MAX_ROWS)
            die(line, "too many rows", NULL);
        row *r = &rows[n_rows];
        memset(r, 0, sizeof *r);
        r->line = line;
        char *s = strdup(buf);
        if (!s)
            die(line, "out of memory", NULL);
        for (int k = 0; k < NCOLS; k++) {
            r->col[k] = s;
            char *tab = strchr(s, '\t');
            if (!tab && k < NCOLS - 1)
                die(line, "a row has 8 tab-separated columns", NULL);
            if (tab)
                *tab = '\0';
            s = tab ? tab + 1 : s + strlen(s);
        }
        if (strchr(r->col[NCOLS - 1], '\t') || strchr(r->col[NCOLS - 1], '"') || strchr(r->col[NCOLS - 1], '\\'))
            die(line, "a row has 8 tab-separated columns and no quotes or backslashes", NULL);
        check_row(r);
        n_rows++;
    }
}

/* Each code's label: its own first label, its 3-digit parent's, its
 * root's; and every label on one root only. */
static void resolve_labels(void)
{
    for (int i = 0; i < n_rows; i++) {
        row *r = &rows[i];
        char key[4] = {0};
        row *parent = NULL, *root;
        memcpy(key, r->col[0], 3);
        if (strlen(r->col[0]) == 4 && !(parent = find(key)))
            die(r->line, "no row for the parent code", key);
        key[2] = '\0';
        if (!(root = find(key)))
            die(r->line, "no row for the root", key);
        if (!root->n_labels)
            die(root->line, "a root row needs a label", key);
        r->label = r->n_labels ? r->labels[0] : parent && parent->n_labels ? parent->labels[0] : root->labels[0];
        for (int k = 0; k < r->n_labels; k++)
            for (int j = 0; j < i; j++)
                for (int m = 0; m < rows[j].n_labels; m++)
                    if (strcmp(rows[j].labels[m], r->labels[k]) == 0 && strcmp(rows[j].col[1], r->col[1]) != 0)
                        die(r->line, "this label is already on a code of another root", r->labels[k]);
    }
}

static int by_code(const void *a, const void *b)
{
    return strcmp(((const row *)a)->col[0], ((const row *)b)->col[0]);
}

typedef struct label_def {
    const char *label, *code;
} label_def;

static int by_label(const void *a, const void *b)
{
    return strcmp(((const label_def *)a)->label, ((const label_def *)b)->label);
}

/* A label's code: the first 3- or 4-digit row naming it, else its root's
 * "x0" code. */
static int collect_labels(label_def *defs)
{
    int n = 0;
    for (int i = 0; i < n_rows; i++)
        for (int k = 0; k < rows[i].n_labels; k++) {
            int j;
            for (j = 0; j < n && strcmp(defs[j].label, rows[i].labels[k]) != 0; j++)
                ;
            if (j == n) {
                defs[n].label = rows[i].labels[k];
                defs[n++].code = NULL;
            }
            if (!defs[j].code && strlen(rows[i].col[0]) > 2)
                defs[j].code = rows[i].col[0];
        }
    for (int j = 0; j < n; j++)
        if (!defs[j].code) {
            for (int i = 0; i < n_rows; i++)
                for (int k = 0; k < rows[i].n_labels; k++)
                    if (strcmp(rows[i].labels[k], defs[j].label) == 0 && !defs[j].code) {
                        char key[4] = {rows[i].col[0][0], rows[i].col[0][1], '0', '\0'};
                        row *x0 = find(key);
                        if (!x0)
                            die(rows[i].line, "no row for the root's x0 code", key);
                        defs[j].code = x0->col[0];
                    }
        }
    qsort(defs, (size_t)n, sizeof *defs, by_label);
    return n;
}

static void write_header(FILE *out)
{
    static label_def defs[MAX_ROWS * MAX_LABELS];
    int n_defs = collect_labels(defs);
    qsort(rows, (size_t)n_rows, sizeof *rows, by_code);
    fprintf(out, "/* Generated from %s by tools/cameo_table.c: do not edit. */\n", path);
    fprintf(out, "static const ag_cameo_code cameo_codes[] = {\n");
    for (int i = 0; i < n_rows; i++) {
        row *r = &rows[i];
        fprintf(out, "    {\"%s\", \"%s\", %s, %s, \"%s\", \"%s\", \"%s\", \"%s\"},\n", r->col[0], r->col[1], r->col[2],
                r->col[3], r->col[4], r->col[5], r->label, r->col[7]);
    }
    fprintf(out, "};\n\nstatic const ag_cameo_label cameo_labels[] = {\n");
    for (int j = 0; j < n_defs; j++)
        fprintf(out, "    {\"%s\", \"%s\"},\n", defs[j].label, defs[j].code);
    fprintf(out, "};\n");
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: cameo_table data/cameo.tsv OUT.h\n");
        return 2;
    }
    path = argv[1];
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return 1;
    }
    read_table(fp);
    fclose(fp);
    if (!n_rows)
        die(0, "no rows", NULL);
    resolve_labels();
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
    FILE *out = fopen(tmp, "w");
    if (!out) {
        perror(tmp);
        return 1;
    }
    write_header(out);
    if (fclose(out) != 0 || rename(tmp, argv[2]) != 0) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}
