/* test_export.c — every export format written from hand-made graphs and read
 * back: DOT with cgraph, SVG / GraphML / GEXF / CSV / JSON through
 * tests/export_check.py (Python's strict XML parser, csv module and
 * networkx), JSON also with jansson.  A battery of hostile names checks
 * that nothing in a name changes the drawing or breaks a file. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cgraph.h>
#include <igraph.h>

#include <dirent.h>

#include "cli.h"
#include "export.h"
#include "testutil.h"

/* Graphviz 2.42 leaks inside gvLayout (tests/lsan.supp says what); the
 * suppression needs full stacks, since Graphviz has no frame pointers. */
const char *__asan_default_options(void);
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }
const char *__lsan_default_options(void) { return "print_suppressions=0"; }
const char *__lsan_default_suppressions(void) { return "leak:gvLayoutJobs\n"; }

/* ---- hand-made documents ---- */

#define MAX_ITEMS 64

static ag_doc *doc_new(const char *id)
{
    ag_doc *d = ag_doc_new();
    ck_assert_ptr_nonnull(d);
    d->id = ag_arena_strdup(d->arena, id);
    d->date = ag_arena_strdup(d->arena, "2019-10-10");
    d->actors = ag_arena_alloc(d->arena, MAX_ITEMS * sizeof *d->actors);
    d->relations = ag_arena_alloc(d->arena, MAX_ITEMS * sizeof *d->relations);
    ck_assert_ptr_nonnull(d->actors);
    ck_assert_ptr_nonnull(d->relations);
    return d;
}

static void actor(ag_doc *d, const char *id, const char *name, ag_actor_kind kind, const char *code,
                  const char *affiliation)
{
    ck_assert_uint_lt(d->n_actors, MAX_ITEMS);
    ag_actor *a = &d->actors[d->n_actors++];
    a->id = ag_arena_strdup(d->arena, id);
    a->name = ag_arena_strdup(d->arena, name);
    a->kind = kind;
    a->code = ag_arena_strdup(d->arena, code);
    a->affiliation = ag_arena_strdup(d->arena, affiliation);
    a->mentions = 1;
}

/* Participants: a NULL-terminated list of actor ids. */
static ag_relation *relation(ag_doc *d, ag_rel_kind kind, const char *label, int polarity,
                             int sentence, const char *evidence, ...)
{
    ck_assert_uint_lt(d->n_relations, MAX_ITEMS);
    ag_relation *r = &d->relations[d->n_relations++];
    r->kind = kind;
    r->label = ag_arena_strdup(d->arena, label);
    r->polarity = polarity;
    r->goldstein = polarity * 2.5;
    r->sentence = sentence;
    r->evidence = ag_arena_strdup(d->arena, evidence);
    r->participants = ag_arena_alloc(d->arena, 8 * sizeof *r->participants);
    va_list ap;
    va_start(ap, evidence);
    for (const char *p; (p = va_arg(ap, const char *)) != NULL;)
        r->participants[r->n_participants++] = ag_arena_strdup(d->arena, p);
    va_end(ap);
    return r;
}

static void add(ag_graph *g, ag_doc *d)
{
    ag_error err = {{0}};
    ag_status st = ag_graph_add_doc(g, d, &err);
    ck_assert_msg(st == AG_OK, "add_doc failed: %s", err.msg);
    ag_doc_free(d);
}

/* 6 actors; links: denounce ×2, urge, welcome, meet, 3 affiliations (7). */
static ag_graph *seed_graph(void)
{
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    ag_doc *d = doc_new("doc-1");
    actor(d, "turkey", "Turkey", AG_ACTOR_COUNTRY, "TUR", NULL);
    actor(d, "syria", "Syria", AG_ACTOR_COUNTRY, "SYR", NULL);
    actor(d, "turkish-foreign-ministry", "Turkish Foreign Ministry", AG_ACTOR_ORGANIZATION, "TURGOV",
          "turkey");
    actor(d, "recep-erdogan", "Recep Tayyip Erdo\xC4\x9F" "an", AG_ACTOR_PERSON, NULL,
          "turkish-foreign-ministry");
    actor(d, "bashar-al-assad", "Bashar al-Assad", AG_ACTOR_PERSON, NULL, "syria");
    actor(d, "united-nations", "United Nations", AG_ACTOR_ORGANIZATION, "IGOUNO", NULL);
    relation(d, AG_REL_STANCE, "denounce", -1, 0, "Turkey denounced Syria.", "turkey", "syria", NULL);
    relation(d, AG_REL_STANCE, "denounce", -1, 2, "Turkey again denounced Syria.", "turkey", "syria",
             NULL);
    relation(d, AG_REL_STANCE, "urge", 0, 3, "The UN urged Syria to talk.", "united-nations", "syria",
             NULL);
    relation(d, AG_REL_STANCE, "welcome", 1, 4, "The UN welcomed Turkey's offer.", "united-nations",
             "turkey", NULL);
    ag_relation *m = relation(d, AG_REL_MEETING, "meet", 1, 5, "Erdogan met Assad in Sochi.",
                              "recep-erdogan", "bashar-al-assad", NULL);
    m->location = ag_arena_strdup(d->arena, "Sochi");
    add(g, d);
    ck_assert_uint_eq(g->n_nodes, 6);
    ck_assert_uint_eq(g->n_links, 7);
    return g;
}

/* ---- running an export ---- */

static char *export_mem(const ag_graph *g, const ag_export_opts *o, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    ck_assert_ptr_nonnull(fp);
    ag_error err = {{0}};
    ag_status st = ag_export(g, o, fp, &err);
    fclose(fp);
    ck_assert_msg(st == AG_OK, "export %s failed (%d): %s", ag_export_format_name(o->format), st,
                  err.msg);
    ck_assert_uint_gt(n, 0);
    if (len)
        *len = n;
    return buf;
}

static char *export_fmt(const ag_graph *g, ag_export_format f, int legend)
{
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = f;
    o.legend = legend;
    return export_mem(g, &o, NULL);
}

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* Runs tests/export_check.py on `data` and returns its JSON answer. */
static json_t *py_check(const char *mode, const char *fmt, const char *data)
{
    char path[] = "/tmp/ag-export-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    size_t len = strlen(data);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
    const char *dir = getenv("AG_TESTDIR") ? getenv("AG_TESTDIR") : "tests";
    char cmd[1024];
    const char *py = getenv("AG_PYTHON") ? getenv("AG_PYTHON") : "python3";
    snprintf(cmd, sizeof cmd, "%s %s/export_check.py %s %s %s", py, dir, mode, fmt ? fmt : "", path);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    json_error_t jerr;
    json_t *j = json_loadf(p, 0, &jerr);
    int rc = pclose(p);
    if (!getenv("AG_KEEP"))
        unlink(path);
    ck_assert_msg(rc == 0, "%s failed (status %d)", cmd, rc);
    ck_assert_msg(j != NULL, "%s: bad JSON answer: %s", cmd, jerr.text);
    return j;
}

/* What a reader sees of a name: invalid UTF-8 as U+FFFD, control
 * characters as spaces, whitespace runs collapsed, ends trimmed. */
static char *displayed(const char *s)
{
    ag_arena *a = ag_arena_new();
    char *clean = ag_utf8_sanitize(a, s, strlen(s));
    char *out = malloc(strlen(clean) + 1);
    ck_assert_ptr_nonnull(out);
    size_t o = 0;
    int space = 0;
    for (const unsigned char *p = (const unsigned char *)clean; *p; p++) {
        if (*p <= 0x20) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = 0;
        out[o++] = (char)*p;
    }
    out[o] = '\0';
    ag_arena_free(a);
    return out;
}

/* The HTML-like label text the DOT must hold for a name (see export.c). */
static char *expected_label(const char *font, const char *name, const char *suffix)
{
    ag_arena *a = ag_arena_new();
    char *clean = ag_utf8_sanitize(a, name, strlen(name));
    ag_buf b = AG_BUF_INIT;
    ag_buf_printf(&b, "<FONT %s>", font);
    for (const char *p = clean; *p; p++) {
        switch (*p) {
        case '&': ag_buf_puts(&b, "&amp;"); break;
        case '<': ag_buf_puts(&b, "&lt;"); break;
        case '>': ag_buf_puts(&b, "&gt;"); break;
        case '"': ag_buf_puts(&b, "&quot;"); break;
        case '\'': ag_buf_puts(&b, "&#39;"); break;
        case '\\': ag_buf_puts(&b, "\\\\"); break;
        default: ag_buf_putc(&b, (unsigned char)*p < 0x20 ? ' ' : *p);
        }
    }
    if (suffix)
        ag_buf_puts(&b, suffix);
    ag_buf_puts(&b, "</FONT>");
    ag_arena_free(a);
    return b.data;
}

static Agraph_t *read_dot(const char *dot)
{
    Agraph_t *ag = agmemread(dot);
    ck_assert_msg(ag != NULL, "cgraph cannot read the DOT:\n%s", dot);
    return ag;
}

static const char *attr(void *obj, const char *name)
{
    char *v = agget(obj, (char *)name);
    return v ? v : "";
}

/* The edge tail -> head whose label contains `label`. */
static Agedge_t *edge_by_label(Agraph_t *ag, const char *tail, const char *head, const char *label)
{
    Agnode_t *t = agnode(ag, (char *)tail, 0), *h = agnode(ag, (char *)head, 0);
    ck_assert_msg(t && h, "no nodes %s, %s", tail, head);
    for (Agedge_t *e = agfstout(ag, t); e; e = agnxtout(ag, e))
        if (aghead(e) == h && strstr(attr(e, "label"), label))
            return e;
    ck_abort_msg("no edge %s -> %s '%s'", tail, head, label);
    return NULL;
}

/* ---- DOT ---- */

START_TEST(dot_counts_labels_and_styles)
{
    ag_graph *g = seed_graph();
    char *dot = export_fmt(g, AG_EXPORT_DOT, 0);
    Agraph_t *ag = read_dot(dot);
    ck_assert_int_eq(agnnodes(ag), 6);
    ck_assert_int_eq(agnedges(ag), 7);
    ck_assert(agisdirected(ag));

    for (size_t i = 0; i < g->n_nodes; i++) {
        Agnode_t *n = agnode(ag, (char *)g->nodes[i].id, 0);
        ck_assert_msg(n != NULL, "node %s missing", g->nodes[i].id);
        char *lab = agget(n, "label");
        ck_assert(aghtmlstr(lab));
        char *want = expected_label("POINT-SIZE=\"11\"", g->nodes[i].name, NULL);
        ck_assert_str_eq(lab, want);
        free(want);
    }
    ck_assert_str_eq(attr(agnode(ag, "turkey", 0), "shape"), "box");
    ck_assert_str_eq(attr(agnode(ag, "recep-erdogan", 0), "shape"), "ellipse");
    ck_assert_str_eq(attr(agnode(ag, "united-nations", 0), "shape"), "hexagon");
    ck_assert_str_eq(attr(agnode(ag, "turkey", 0), "fillcolor"), "#cfe2f3");
    ck_assert_ptr_nonnull(strstr(attr(agnode(ag, "recep-erdogan", 0), "tooltip"),
                                 "member of Turkish Foreign Ministry"));

    Agedge_t *e = edge_by_label(ag, "turkey", "syria", "denounce");
    ck_assert_str_eq(attr(e, "label"), "<FONT COLOR=\"#d62728\" POINT-SIZE=\"9\">denounce \xC3\x97" "2</FONT>");
    ck_assert_str_eq(attr(e, "color"), "#d62728");
    ck_assert_str_eq(attr(e, "penwidth"), "2.50");
    ck_assert_str_eq(attr(e, "class"), "stance hostile");
    ck_assert_ptr_nonnull(strstr(attr(e, "tooltip"), "Turkey again denounced Syria."));
    e = edge_by_label(ag, "united-nations", "turkey", "welcome");
    ck_assert_str_eq(attr(e, "color"), "#2ca02c");
    ck_assert_str_eq(attr(e, "penwidth"), "1.00");
    e = edge_by_label(ag, "united-nations", "syria", "urge");
    ck_assert_str_eq(attr(e, "color"), "#7f7f7f");
    ck_assert_str_eq(attr(e, "dir"), "forward");
    e = edge_by_label(ag, "bashar-al-assad", "recep-erdogan", "meet");
    ck_assert_str_eq(attr(e, "dir"), "none");
    ck_assert_ptr_nonnull(strstr(attr(e, "tooltip"), " in Sochi"));
    e = edge_by_label(ag, "recep-erdogan", "turkish-foreign-ministry", "member of");
    ck_assert_str_eq(attr(e, "style"), "dashed");
    ck_assert_str_eq(attr(e, "dir"), "forward");

    agclose(ag);
    free(dot);
    ag_graph_free(g);
}
END_TEST

START_TEST(dot_legend)
{
    ag_graph *g = seed_graph();
    char *dot = export_fmt(g, AG_EXPORT_DOT, 1);
    Agraph_t *ag = read_dot(dot);
    ck_assert_int_eq(agnnodes(ag), 6 + 4);
    ck_assert_int_eq(agnedges(ag), 7);
    Agraph_t *lg = agsubg(ag, "cluster_legend", 0);
    ck_assert_ptr_nonnull(lg);
    ck_assert_int_eq(agnnodes(lg), 4);
    ck_assert_str_eq(attr(agnode(ag, "_legend_country", 0), "shape"), "box");
    ck_assert_str_eq(attr(agnode(ag, "_legend_person", 0), "shape"), "ellipse");
    ck_assert_str_eq(attr(agnode(ag, "_legend_organization", 0), "shape"), "hexagon");
    const char *links = attr(agnode(ag, "_legend_links", 0), "label");
    ck_assert_ptr_nonnull(strstr(links, "#d62728"));
    ck_assert_ptr_nonnull(strstr(links, "hostile"));
    ck_assert_ptr_nonnull(strstr(links, "cooperative"));
    agclose(ag);
    free(dot);

    /* No legend on an empty graph. */
    ag_graph *empty = ag_graph_new();
    dot = export_fmt(empty, AG_EXPORT_DOT, 1);
    ag = read_dot(dot);
    ck_assert_int_eq(agnnodes(ag), 0);
    agclose(ag);
    free(dot);
    ag_graph_free(empty);
    ag_graph_free(g);
}
END_TEST

START_TEST(dot_country_clusters)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.cluster = AG_CLUSTER_COUNTRY;
    o.legend = 0;
    char *dot = export_mem(g, &o, NULL);
    Agraph_t *ag = read_dot(dot);
    ck_assert_int_eq(agnnodes(ag), 6);
    /* turkey is node 0, syria node 1 */
    Agraph_t *tr = agsubg(ag, "cluster_country_0", 0), *sy = agsubg(ag, "cluster_country_1", 0);
    ck_assert_ptr_nonnull(tr);
    ck_assert_ptr_nonnull(sy);
    ck_assert_int_eq(agnnodes(tr), 3); /* Turkey, its ministry, Erdogan through the ministry */
    ck_assert_ptr_nonnull(agnode(tr, "turkey", 0));
    ck_assert_ptr_nonnull(agnode(tr, "turkish-foreign-ministry", 0));
    ck_assert_ptr_nonnull(agnode(tr, "recep-erdogan", 0));
    ck_assert_int_eq(agnnodes(sy), 2);
    ck_assert_ptr_nonnull(agnode(sy, "bashar-al-assad", 0));
    ck_assert_ptr_null(agnode(tr, "united-nations", 0));
    ck_assert_ptr_null(agnode(sy, "united-nations", 0));
    ck_assert_str_eq(attr(tr, "label"), "<FONT POINT-SIZE=\"12\">Turkey</FONT>");
    agclose(ag);
    free(dot);
    ag_graph_free(g);
}
END_TEST

/* --cluster country ranks with newrank (dot's old ranking fails on
 * clusters that edges cross); none without clusters. */
START_TEST(dot_newrank_with_clusters)
{
    ag_graph *g = seed_graph();
    char *plain = export_fmt(g, AG_EXPORT_DOT, 1);
    ck_assert_ptr_null(strstr(plain, "newrank"));
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.cluster = AG_CLUSTER_COUNTRY;
    char *dot = export_mem(g, &o, NULL);
    Agraph_t *ag = read_dot(dot);
    ck_assert_str_eq(attr(ag, "newrank"), "true");
    agclose(ag);
    free(plain);
    free(dot);
    ag_graph_free(g);
}
END_TEST

/* --size, --color bloc and --cluster bloc read the analysis passed in;
 * without one they are a usage error, not a silent analysis. */
START_TEST(dot_size_color_and_bloc_clusters)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.size = AG_SIZE_PAGERANK;
    o.color = AG_COLOR_BLOC;
    o.cluster = AG_CLUSTER_BLOC;
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    ag_error err = {{0}};
    ck_assert_int_eq(ag_export(g, &o, fp, &err), AG_EUSAGE);
    fclose(fp);
    free(buf);
    ck_assert_msg(strstr(err.msg, "analysis"), "%s", err.msg);
    ck_assert_int_eq(ag_export_wants_analysis(&o), 1);

    ag_analysis *an = NULL;
    ck_assert_int_eq(ag_analysis_run(g, NULL, &an, &err), AG_OK);
    o.analysis = an;
    char *dot = export_mem(g, &o, NULL);
    Agraph_t *ag = read_dot(dot);
    /* The highest PageRank is drawn largest, the lowest smallest. */
    size_t best = 0, worst = 0;
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (ag_analysis_node(an, i)->pagerank > ag_analysis_node(an, best)->pagerank)
            best = i;
        if (ag_analysis_node(an, i)->pagerank < ag_analysis_node(an, worst)->pagerank)
            worst = i;
    }
    Agnode_t *nb = agnode(ag, (char *)g->nodes[best].id, 0), *nw = agnode(ag, (char *)g->nodes[worst].id, 0);
    ck_assert(atof(attr(nb, "width")) > atof(attr(nw, "width")));
    ck_assert_str_eq(attr(nb, "width"), "3.00");
    /* Members of one bloc share a fill and a box; the legend says so. */
    Agraph_t *bloc1 = agsubg(ag, "cluster_bloc_1", 0);
    ck_assert_ptr_nonnull(bloc1);
    Agnode_t *first = agfstnode(bloc1);
    ck_assert_ptr_nonnull(first);
    for (Agnode_t *x = first; x; x = agnxtnode(bloc1, x))
        ck_assert_str_eq(attr(x, "fillcolor"), attr(first, "fillcolor"));
    ck_assert_ptr_nonnull(strstr(dot, "larger actor: higher PageRank"));
    ck_assert_ptr_nonnull(strstr(dot, "fill: bloc"));
    ck_assert_int_eq(count_of(dot, "subgraph cluster_legend"), 1);
    agclose(ag);
    free(dot);

    /* --color country: Erdogan takes Turkey's fill through his ministry. */
    o.size = AG_SIZE_DEGREE;
    o.color = AG_COLOR_COUNTRY;
    o.cluster = AG_CLUSTER_NONE;
    o.analysis = NULL;
    ck_assert_int_eq(ag_export_wants_analysis(&o), 0);
    dot = export_mem(g, &o, NULL);
    ag = read_dot(dot);
    ck_assert_str_eq(attr(agnode(ag, "recep-erdogan", 0), "fillcolor"), attr(agnode(ag, "turkey", 0), "fillcolor"));
    ck_assert_str_ne(attr(agnode(ag, "syria", 0), "fillcolor"), attr(agnode(ag, "turkey", 0), "fillcolor"));
    agclose(ag);
    free(dot);
    ag_analysis_free(an);
    ag_graph_free(g);
}
END_TEST

START_TEST(max_nodes_keeps_most_central)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.max_nodes = 2;
    o.legend = 0;
    char *dot = export_mem(g, &o, NULL);
    Agraph_t *ag = read_dot(dot);
    /* Weighted degree: syria 2+1+1=4, turkey 2+1+1=4 (ties by mentions,
     * then order), then the UN 2. */
    ck_assert_int_eq(agnnodes(ag), 2);
    ck_assert_ptr_nonnull(agnode(ag, "turkey", 0));
    ck_assert_ptr_nonnull(agnode(ag, "syria", 0));
    ck_assert_int_eq(agnedges(ag), 1);
    agclose(ag);
    free(dot);

    o.format = AG_EXPORT_JSON;
    char *js = export_mem(g, &o, NULL);
    json_t *j = json_loads(js, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 2);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "links")), 1);
    json_decref(j);
    free(js);
    ag_graph_free(g);
}
END_TEST

/* The seed graph plus four links between Turkey and Syria (two each way,
 * hostile labels): the pair's six links are drawn as one edge. */
static ag_graph *parallel_graph(void)
{
    ag_graph *g = seed_graph();
    ag_doc *d = doc_new("doc-2");
    actor(d, "turkey", "Turkey", AG_ACTOR_COUNTRY, "TUR", NULL);
    actor(d, "syria", "Syria", AG_ACTOR_COUNTRY, "SYR", NULL);
    relation(d, AG_REL_STANCE, "<script>alert(1)</script>", -1, 0, "a", "turkey", "syria", NULL);
    relation(d, AG_REL_STANCE, "back\\slash", 1, 1, "b", "turkey", "syria", NULL);
    relation(d, AG_REL_STANCE, "warn", -1, 2, "Syria warned Turkey.", "syria", "turkey", NULL);
    relation(d, AG_REL_STANCE, "warn", -1, 3, "Syria warned Turkey again.", "syria", "turkey", NULL);
    relation(d, AG_REL_STANCE, "accuse", -1, 4, "Syria accused Turkey.", "syria", "turkey", NULL);
    add(g, d);
    ck_assert_uint_eq(g->n_links, 11);
    return g;
}

START_TEST(dot_merges_parallel_links)
{
    ag_graph *g = parallel_graph();
    char *dot = export_fmt(g, AG_EXPORT_DOT, 1);
    Agraph_t *ag = read_dot(dot);
    ck_assert_int_eq(agnedges(ag), 11 - 5 + 1);
    Agedge_t *e = edge_by_label(ag, "turkey", "syria", "5 links");
    /* denounce and warn were seen twice; denounce first in graph order. */
    ck_assert_str_eq(attr(e, "label"), "<FONT COLOR=\"#d62728\" POINT-SIZE=\"9\">5 links<BR/>denounce \xC3\x97"
                                       "2, warn \xC3\x97" "2, &lt;script&gt;alert(1)&lt;/script&gt;, +2 more</FONT>");
    ck_assert_str_eq(attr(e, "class"), "merged hostile");
    ck_assert_str_eq(attr(e, "dir"), "both");
    ck_assert_str_eq(attr(e, "color"), "#d62728");
    ck_assert_str_eq(attr(e, "penwidth"), "5.21"); /* seen 7 times: 1 + 1.5 log2(7) */
    const char *tip = attr(e, "tooltip");
    ck_assert_ptr_nonnull(strstr(tip, "5 links between Turkey and Syria, seen 7 times"));
    ck_assert_ptr_nonnull(strstr(tip, "Syria \xE2\x86\x92 Turkey: warn \xC3\x97" "2 (hostile)"));
    ck_assert_ptr_nonnull(strstr(tip, "Turkey \xE2\x86\x92 Syria: back\xE2\xA7\xB5slash (cooperative)"));
    ck_assert_ptr_nonnull(strstr(tip, "doc-1: Turkey denounced Syria."));
    ck_assert_ptr_null(strchr(tip, '\\'));
    ck_assert_ptr_nonnull(strstr(attr(agnode(ag, "_legend_links", 0), "label"), "N links: a pair with more than 3"));
    /* The other links are drawn one by one. */
    ck_assert_str_eq(attr(edge_by_label(ag, "united-nations", "syria", "urge"), "class"), "stance neutral");
    agclose(ag);
    free(dot);

    char *svg = export_fmt(g, AG_EXPORT_SVG, 0);
    ck_assert_ptr_null(strstr(svg, "<script"));
    json_t *j = py_check("svg", NULL, svg);
    json_t *edges = json_object_get(j, "edges");
    ck_assert_uint_eq(json_array_size(edges), 7);
    int merged = 0;
    for (size_t i = 0; i < json_array_size(edges); i++) {
        const char *text = json_string_value(json_object_get(json_array_get(edges, i), "text"));
        merged += text && strstr(text, "5 links denounce \xC3\x97" "2, warn \xC3\x97" "2, <script>alert(1)</script>") != NULL;
    }
    ck_assert_int_eq(merged, 1);
    json_decref(j);
    free(svg);
    ag_graph_free(g);
}
END_TEST

/* A star: c0 stances towards c1..c<n>, one document each. */
static ag_graph *star_graph(size_t n)
{
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    for (size_t k = 1; k <= n; k++) {
        char doc[32], id[32];
        snprintf(doc, sizeof doc, "d%zu", k);
        snprintf(id, sizeof id, "c%zu", k);
        ag_doc *d = doc_new(doc);
        actor(d, "c0", "C0", AG_ACTOR_COUNTRY, NULL, NULL);
        actor(d, id, id, AG_ACTOR_COUNTRY, NULL, NULL);
        relation(d, AG_REL_STANCE, "warn", -1, 0, "x", "c0", id, NULL);
        add(g, d);
    }
    return g;
}

START_TEST(plan_by_edges_drawn)
{
    ag_graph *g = seed_graph();
    ag_export_plan p;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_export_plan_for(g, NULL, &p, &err), AG_OK);
    ck_assert_str_eq(p.engine, "dot");
    ck_assert_int_eq(p.labels, 1);
    ck_assert_uint_eq(p.edges, 7);
    ck_assert_uint_eq(p.merged, 0);
    ag_graph_free(g);

    /* 100 actors but 201 edges: sfdp, labels in the tooltips. */
    g = star_graph(AG_EXPORT_DOT_MAX_EDGES + 1);
    ck_assert_int_eq(ag_export_plan_for(g, NULL, &p, &err), AG_OK);
    ck_assert_str_eq(p.engine, "sfdp");
    ck_assert_int_eq(p.labels, 0);
    ag_export_opts o;
    ag_export_opts_init(&o);
    char *dot = export_mem(g, &o, NULL);
    Agraph_t *ag = read_dot(dot);
    ck_assert_str_eq(attr(ag, "layout"), "sfdp");
    ck_assert_str_eq(attr(agedge(ag, agnode(ag, "c0", 0), agnode(ag, "c7", 0), NULL, 0), "label"), "");
    ck_assert_ptr_nonnull(strstr(attr(agedge(ag, agnode(ag, "c0", 0), agnode(ag, "c7", 0), NULL, 0), "tooltip"),
                                 "warn"));
    ck_assert_ptr_nonnull(strstr(attr(agnode(ag, "_legend_links", 0), "label"), "point at a line"));
    agclose(ag);
    free(dot);

    /* An engine asked for beyond its limit is refused, with the way out. */
    o.format = AG_EXPORT_SVG;
    o.layout = "dot";
    ck_assert_int_eq(ag_export_plan_for(g, &o, &p, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "--layout dot draws at most"));
    ck_assert_ptr_nonnull(strstr(err.msg, "--max-nodes"));
    FILE *fp = fopen("/dev/null", "w");
    ck_assert_int_eq(ag_export(g, &o, fp, &err), AG_EUSAGE);
    fclose(fp);
    o.layout = "circo";
    ck_assert_int_eq(ag_export_plan_for(g, &o, &p, &err), AG_EUSAGE);
    o.layout = "twopi";
    ck_assert_int_eq(ag_export_plan_for(g, &o, &p, &err), AG_OK);
    ck_assert_str_eq(p.engine, "twopi");
    ck_assert_str_eq(ag_export_layout_for(g, &o), "twopi");

    /* --max-nodes 40: the hub and 39 others, dot with labels. */
    o.layout = NULL;
    o.max_nodes = 40;
    ck_assert_int_eq(ag_export_plan_for(g, &o, &p, &err), AG_OK);
    ck_assert_str_eq(p.engine, "dot");
    ck_assert_int_eq(p.labels, 1);
    ck_assert_uint_eq(p.nodes, 40);
    ck_assert_uint_eq(p.links, 39);
    ck_assert_uint_eq(p.nodes_cut, AG_EXPORT_DOT_MAX_EDGES + 2 - 40);
    ag_graph_free(g);
}
END_TEST

START_TEST(edge_budget_keeps_strongest)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_JSON;
    o.max_edges = 1;
    char *js = export_mem(g, &o, NULL);
    json_t *j = json_loads(js, 0, NULL);
    ck_assert_ptr_nonnull(j);
    json_t *links = json_object_get(j, "links");
    /* denounce (seen twice) and the three member-of links. */
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 6);
    ck_assert_uint_eq(json_array_size(links), 4);
    int affil = 0;
    for (size_t i = 0; i < json_array_size(links); i++) {
        const char *kind = json_string_value(json_object_get(json_array_get(links, i), "kind"));
        const char *label = json_string_value(json_object_get(json_array_get(links, i), "label"));
        affil += strcmp(kind, "affiliation") == 0;
        ck_assert(strcmp(kind, "affiliation") == 0 || strcmp(label, "denounce") == 0);
    }
    ck_assert_int_eq(affil, 3);
    json_decref(j);
    free(js);

    /* --max-nodes 1: a budget of 4 links, but none has both ends kept. */
    o.max_edges = 0;
    o.max_nodes = 1;
    o.format = AG_EXPORT_CSV_EDGES;
    js = export_mem(g, &o, NULL);
    ck_assert_uint_eq(count_of(js, "\r\n"), 1);
    free(js);
    ag_graph_free(g);
}
END_TEST

/* ---- SVG ---- */

START_TEST(svg_wellformed_with_names_and_tooltips)
{
    ag_graph *g = seed_graph();
    char *svg = export_fmt(g, AG_EXPORT_SVG, 1);
    ck_assert_ptr_nonnull(strstr(svg, "<svg"));
    ck_assert_ptr_nonnull(strstr(svg, "</svg>"));
    ck_assert_uint_eq(count_of(svg, "<g id=\"node"), 6 + 4);
    ck_assert_uint_eq(count_of(svg, "<g id=\"edge"), 7);
    ck_assert_ptr_nonnull(strstr(svg, ">Recep Tayyip Erdo\xC4\x9F" "an</text>"));

    json_t *j = py_check("svg", NULL, svg);
    json_t *nodes = json_object_get(j, "nodes");
    ck_assert_uint_eq(json_object_size(nodes), 10);
    for (size_t i = 0; i < g->n_nodes; i++) {
        json_t *n = json_object_get(nodes, g->nodes[i].id);
        ck_assert_msg(n != NULL, "node %s not in the SVG", g->nodes[i].id);
        ck_assert_str_eq(json_string_value(json_object_get(n, "text")), g->nodes[i].name);
        ck_assert_ptr_nonnull(strstr(json_string_value(json_object_get(n, "tooltip")),
                                     ag_actor_kind_name(g->nodes[i].kind)));
    }
    json_t *edges = json_object_get(j, "edges");
    ck_assert_uint_eq(json_array_size(edges), 7);
    int seen_evidence = 0;
    for (size_t i = 0; i < json_array_size(edges); i++) {
        const char *tip = json_string_value(json_object_get(json_array_get(edges, i), "tooltip"));
        ck_assert_ptr_nonnull(tip);
        seen_evidence += strstr(tip, "doc-1: Turkey denounced Syria.") != NULL;
    }
    ck_assert_int_eq(seen_evidence, 1);
    json_decref(j);
    free(svg);
    ag_graph_free(g);
}
END_TEST

START_TEST(svg_every_layout)
{
    static const char *engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
    ag_graph *g = seed_graph();
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        ag_export_opts o;
        ag_export_opts_init(&o);
        o.format = AG_EXPORT_SVG;
        o.layout = engines[i];
        o.cluster = AG_CLUSTER_COUNTRY;
        char *svg = export_mem(g, &o, NULL);
        ck_assert_msg(count_of(svg, "<g id=\"node") == 10, "%s: node count", engines[i]);
        json_t *j = py_check("xml", NULL, svg);
        json_decref(j);
        free(svg);
    }
    ck_assert_str_eq(ag_export_layout_for(g, NULL), "dot");
    ag_graph_free(g);
}
END_TEST

START_TEST(svg_bad_layout_is_usage_error)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_SVG;
    o.layout = "nope";
    ag_error err = {{0}};
    FILE *fp = fopen("/dev/null", "w");
    ck_assert_int_eq(ag_export(g, &o, fp, &err), AG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "nope"));
    o.layout = NULL;
    o.format = AG_EXPORT_JSON;
    o.edges_key = "arcs";
    ck_assert_int_eq(ag_export(g, &o, fp, &err), AG_EUSAGE);
    fclose(fp);
    ag_graph_free(g);
}
END_TEST

/* Graphviz without its plugins (GVBINDIR pointing at an empty folder):
 * AG_ELIB with the fix in the message, nothing on stderr from Graphviz. */
START_TEST(svg_missing_plugins)
{
    char dir[] = "/tmp/ag-noplugins-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    setenv("GVBINDIR", dir, 1);
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_SVG;
    ag_error err = {{0}};
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    ck_assert_int_eq(ag_export(g, &o, fp, &err), AG_ELIB);
    fclose(fp);
    ck_assert_uint_eq(n, 0);
    ck_assert_ptr_nonnull(strstr(err.msg, "install the 'graphviz' package"));
    ck_assert_ptr_nonnull(strstr(err.msg, "dot -c"));
    ck_assert_ptr_nonnull(strstr(err.msg, dir));
    free(buf);
    ag_graph_free(g);
    rmdir(dir);
    unsetenv("GVBINDIR");
}
END_TEST

/* ---- hostile names ---- */

static const char *const hostile[] = {
    "He said \"hi\"",
    "back\\slash",
    "trailing\\",
    "double\\\\",
    "\\N",
    "\\G \\E \\T \\H \\L",
    "x\\n y\\l z\\r",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "</text></g></svg>",
    "&amp; &lt; &#92; &#x5c; & &;",
    "]]> <![CDATA[ x ]]>",
    "'single' \"double\"",
    "bad \xff\xfe bytes \xc3",
    "tab\there\x01\x1f end",
    "\xF0\x9F\x99\x82 \xE2\x80\xAE rtl",
    "<b>not bold</b>",
    "\\",
    "-",
    "@SUM(1+1)",
};
#define N_HOSTILE (sizeof hostile / sizeof hostile[0])

/* One actor per hostile name (ids h0..), all linked in a chain with the
 * names as labels and evidence, plus one actor with a hostile id. */
static ag_graph *hostile_graph(void)
{
    ag_graph *g = ag_graph_new();
    ck_assert_ptr_nonnull(g);
    ag_doc *d = doc_new("doc \"<x>\\N");
    char id[16], prev[16] = "";
    for (size_t i = 0; i < N_HOSTILE; i++) {
        snprintf(id, sizeof id, "h%zu", i);
        actor(d, id, hostile[i], (ag_actor_kind)(i % 3), hostile[(i + 1) % N_HOSTILE],
              i % 3 == 1 && prev[0] ? prev : NULL);
        if (prev[0])
            relation(d, i % 4 == 0 ? AG_REL_MEETING : AG_REL_STANCE, hostile[i], (int)(i % 3) - 1,
                     (int)i, hostile[(i + 3) % N_HOSTILE], prev, id, NULL);
        snprintf(prev, sizeof prev, "%s", id);
    }
    actor(d, "we\"ird\\", "Weird id", AG_ACTOR_PERSON, NULL, NULL);
    relation(d, AG_REL_STANCE, "deny", -1, 40, "x", "we\"ird\\", "h0", NULL);
    add(g, d);
    return g;
}

START_TEST(hostile_names_dot_round_trip)
{
    ag_graph *g = hostile_graph();
    char *dot = export_fmt(g, AG_EXPORT_DOT, 1);
    Agraph_t *ag = read_dot(dot);
    ck_assert_int_eq(agnnodes(ag), (int)g->n_nodes + 4);
    ck_assert_int_eq(agnedges(ag), (int)g->n_links);
    for (size_t i = 0; i < N_HOSTILE; i++) {
        char id[16];
        snprintf(id, sizeof id, "h%zu", i);
        Agnode_t *n = agnode(ag, id, 0);
        ck_assert_ptr_nonnull(n);
        char *want = expected_label("POINT-SIZE=\"11\"", hostile[i], NULL);
        ck_assert_str_eq(attr(n, "label"), want);
        free(want);
        /* Tooltips never carry a backslash (Graphviz would expand it). */
        ck_assert_ptr_null(strchr(attr(n, "tooltip"), '\\'));
    }
    /* The hostile id became a plain node name. */
    ck_assert_ptr_nonnull(agnode(ag, "_n20", 0));
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n))
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e))
            ck_assert_ptr_null(strchr(attr(e, "tooltip"), '\\'));
    /* Writing what was read gives the same bytes: nothing was lost. */
    char *again = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&again, &n);
    agwrite(ag, fp);
    fclose(fp);
    ck_assert_str_eq(again, dot);
    free(again);
    agclose(ag);
    free(dot);
    ag_graph_free(g);
}
END_TEST

START_TEST(hostile_names_svg_literal)
{
    ag_graph *g = hostile_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_SVG;
    o.cluster = AG_CLUSTER_COUNTRY;
    char *svg = export_mem(g, &o, NULL);
    ck_assert_ptr_null(strstr(svg, "<script"));
    ck_assert_ptr_null(strstr(svg, "<b>"));
    ck_assert_uint_eq(count_of(svg, "<g id=\"node"), g->n_nodes + 4);
    json_t *j = py_check("svg", NULL, svg);
    json_t *nodes = json_object_get(j, "nodes");
    for (size_t i = 0; i < N_HOSTILE; i++) {
        char id[16];
        snprintf(id, sizeof id, "h%zu", i);
        json_t *n = json_object_get(nodes, id);
        ck_assert_msg(n != NULL, "node %s not in the SVG", id);
        char *want = displayed(hostile[i]);
        ck_assert_str_eq(json_string_value(json_object_get(n, "text")), want);
        free(want);
    }
    /* Evidence in edge tooltips: literal but for backslashes (shown as
     * U+29F5) and control characters (spaces). */
    json_t *edges = json_object_get(j, "edges");
    int found = 0;
    for (size_t i = 0; i < json_array_size(edges); i++) {
        const char *tip = json_string_value(json_object_get(json_array_get(edges, i), "tooltip"));
        ck_assert_ptr_nonnull(tip);
        found += strstr(tip, "&amp; &lt; &#92; &#x5c; & &;") != NULL;
        found += strstr(tip, "<script>alert(1)</script>") != NULL;
        found += strstr(tip, "x\xE2\xA7\xB5n y\xE2\xA7\xB5l z\xE2\xA7\xB5r") != NULL;
        found += strstr(tip, "He said \"hi\"") != NULL;
    }
    ck_assert_int_ge(found, 4);
    json_decref(j);
    free(svg);
    ag_graph_free(g);
}
END_TEST

/* A name that escaped the graph's sanitizing still comes out valid. */
START_TEST(unsanitized_name_still_valid)
{
    ag_graph *g = seed_graph();
    g->nodes[0].name = "raw \xff\xc0 bytes \x01 and \xef\xbf\xbe";
    char *dot = export_fmt(g, AG_EXPORT_DOT, 0);
    Agraph_t *ag = read_dot(dot);
    ck_assert_str_eq(attr(agnode(ag, "turkey", 0), "label"),
                     "<FONT POINT-SIZE=\"11\">raw \xEF\xBF\xBD\xEF\xBF\xBD bytes   and \xEF\xBF\xBD</FONT>");
    agclose(ag);
    free(dot);
    char *svg = export_fmt(g, AG_EXPORT_SVG, 0);
    json_decref(py_check("xml", NULL, svg));
    free(svg);
    char *gml = export_fmt(g, AG_EXPORT_GRAPHML, 0);
    json_decref(py_check("xml", NULL, gml));
    free(gml);
    ag_graph_free(g);
}
END_TEST

/* ---- JSON ---- */

START_TEST(json_node_link)
{
    ag_graph *g = seed_graph();
    ag_export_opts o;
    ag_export_opts_init(&o);
    o.format = AG_EXPORT_JSON;
    char *js = export_mem(g, &o, NULL);
    json_error_t jerr;
    json_t *j = json_loads(js, 0, &jerr);
    ck_assert_msg(j != NULL, "%s", jerr.text);
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "graph"), "schema")),
                     "actorgraph-graph/1");
    ck_assert_uint_eq(json_array_size(json_object_get(j, "nodes")), 6);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "links")), 7);
    ck_assert_ptr_null(json_object_get(j, "edges"));
    ag_graph *back = NULL;
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_from_json(j, "export", &back, &err), AG_OK);
    ck_assert_uint_eq(back->n_nodes, 6);
    ck_assert_uint_eq(back->n_links, 7);
    ag_graph_free(back);
    json_decref(j);
    free(js);

    o.edges_key = "edges";
    js = export_mem(g, &o, NULL);
    j = json_loads(js, 0, NULL);
    ck_assert_uint_eq(json_array_size(json_object_get(j, "edges")), 7);
    ck_assert_ptr_null(json_object_get(j, "links"));
    json_decref(j);

    j = py_check("nx", "json", js);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "nodes")), 6);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "edges")), 7);
    json_decref(j);
    free(js);
    ag_graph_free(g);
}
END_TEST

/* ---- GraphML, GEXF, Cytoscape.js, CSV ---- */

static void check_nx(const ag_graph *g, ag_export_format f, const char *fmt)
{
    char *out = export_fmt(g, f, 0);
    json_t *j = py_check("nx", fmt, out);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "nodes")), (json_int_t)g->n_nodes);
    /* GEXF meetings are "mutual": networkx adds the reverse direction too,
     * and merges it with a link that already goes that way when the graph
     * has no parallel links. */
    size_t meetings = 0;
    for (size_t i = 0; i < g->n_links; i++)
        meetings += g->links[i].kind == AG_REL_MEETING;
    json_int_t lo = (json_int_t)g->n_links, hi = lo + (f == AG_EXPORT_GEXF ? (json_int_t)meetings : 0);
    json_int_t got = json_integer_value(json_object_get(j, "edges"));
    ck_assert_msg(got >= lo && got <= hi, "%s: %lld edges, want %lld..%lld", fmt, (long long)got,
                  (long long)lo, (long long)hi);
    json_t *names = json_object_get(j, "names");
    for (size_t i = 0; i < g->n_nodes; i++) {
        json_t *nm = json_object_get(names, g->nodes[i].id);
        ck_assert_msg(nm != NULL, "%s: node %s missing", fmt, g->nodes[i].id);
        /* XML 1.0 cannot carry C0 controls but tab, LF and CR: U+FFFD. */
        ag_buf want = AG_BUF_INIT;
        for (const char *p = g->nodes[i].name; *p; p++)
            if (f != AG_EXPORT_CYJS && (unsigned char)*p < 0x20 && !strchr("\t\n\r", *p))
                ag_buf_puts(&want, "\xEF\xBF\xBD");
            else
                ag_buf_putc(&want, *p);
        ck_assert_str_eq(json_string_value(nm), want.data);
        ag_buf_free(&want);
    }
    json_decref(j);
    free(out);
}

START_TEST(graphml_gexf_cyjs_load_in_networkx)
{
    ag_graph *g = seed_graph();
    check_nx(g, AG_EXPORT_GRAPHML, "graphml");
    check_nx(g, AG_EXPORT_GEXF, "gexf");
    check_nx(g, AG_EXPORT_CYJS, "cyjs");
    ag_graph_free(g);
    g = hostile_graph();
    check_nx(g, AG_EXPORT_GRAPHML, "graphml");
    check_nx(g, AG_EXPORT_GEXF, "gexf");
    check_nx(g, AG_EXPORT_CYJS, "cyjs");
    ag_graph_free(g);
}
END_TEST

/* The GraphML loads in igraph's own reader, names and weights intact. */
static void check_igraph(const ag_graph *g)
{
    char *x = export_fmt(g, AG_EXPORT_GRAPHML, 0);
    FILE *fp = fmemopen(x, strlen(x), "r");
    ck_assert_ptr_nonnull(fp);
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t ig;
    igraph_error_t rc = igraph_read_graph_graphml(&ig, fp, 0);
    fclose(fp);
    ck_assert_msg(rc == IGRAPH_SUCCESS, "igraph cannot read the GraphML: %s", igraph_strerror(rc));
    ck_assert_int_eq(igraph_vcount(&ig), (igraph_integer_t)g->n_nodes);
    ck_assert_int_eq(igraph_ecount(&ig), (igraph_integer_t)g->n_links);
    ck_assert(igraph_is_directed(&ig));
    for (size_t i = 0; i < g->n_nodes; i++) {
        ck_assert_str_eq(VAS(&ig, "id", (igraph_integer_t)i), g->nodes[i].id);
        if (!strpbrk(g->nodes[i].name, "\x01\x1f"))
            ck_assert_str_eq(VAS(&ig, "name", (igraph_integer_t)i), g->nodes[i].name);
    }
    for (size_t i = 0; i < g->n_links; i++)
        ck_assert_int_eq((long)EAN(&ig, "weight", (igraph_integer_t)i), g->links[i].weight);
    igraph_destroy(&ig);
    free(x);
}

START_TEST(graphml_loads_in_igraph)
{
    ag_graph *g = seed_graph();
    check_igraph(g);
    ag_graph_free(g);
    g = hostile_graph();
    check_igraph(g);
    ag_graph_free(g);
}
END_TEST

START_TEST(graphml_typed_keys)
{
    ag_graph *g = seed_graph();
    char *x = export_fmt(g, AG_EXPORT_GRAPHML, 0);
    ck_assert_ptr_nonnull(strstr(x, "attr.name=\"weight\" attr.type=\"long\""));
    ck_assert_ptr_nonnull(strstr(x, "attr.name=\"polarity\" attr.type=\"int\""));
    ck_assert_ptr_nonnull(strstr(x, "<node id=\"turkey\">"));
    ck_assert_ptr_nonnull(strstr(x, "source=\"turkey\" target=\"syria\">"));
    ck_assert_ptr_nonnull(strstr(x, "<data key=\"e_weight\">2</data>"));
    ck_assert_uint_eq(count_of(x, "<node "), 6);
    ck_assert_uint_eq(count_of(x, "<edge "), 7);
    free(x);
    x = export_fmt(g, AG_EXPORT_GEXF, 0);
    ck_assert_ptr_nonnull(strstr(x, "xmlns=\"http://gexf.net/1.3\""));
    ck_assert_ptr_nonnull(strstr(x, "type=\"mutual\""));
    ck_assert_ptr_nonnull(strstr(x, "label=\"denounce\" weight=\"2\""));
    free(x);
    ag_graph_free(g);
}
END_TEST

START_TEST(csv_quoting_and_formulas)
{
    ag_graph *g = hostile_graph();
    char *nodes = export_fmt(g, AG_EXPORT_CSV_NODES, 0);
    char *edges = export_fmt(g, AG_EXPORT_CSV_EDGES, 0);
    ck_assert_ptr_nonnull(strstr(nodes, "id,name,kind,code,affiliation,mentions,docs,degree\r\n"));
    ck_assert_ptr_nonnull(strstr(nodes, "h0,\"He said \"\"hi\"\"\",country,"));
    ck_assert_ptr_nonnull(strstr(nodes, ",'=cmd|' /C calc'!A0,"));
    ck_assert_ptr_nonnull(strstr(nodes, ",'@SUM(1+1),"));
    ck_assert_ptr_nonnull(strstr(nodes, ",'-,"));
    json_t *j = py_check("csv", NULL, nodes);
    json_t *rows = json_object_get(j, "rows");
    ck_assert_uint_eq(json_array_size(rows), g->n_nodes + 1);
    for (size_t i = 0; i < N_HOSTILE; i++) {
        json_t *row = json_array_get(rows, i + 1);
        ck_assert_uint_eq(json_array_size(row), 8);
        const char *name = json_string_value(json_array_get(row, 1));
        const char *src = g->nodes[i].name;
        if (strchr("=+-@\t\r", src[0])) {
            ck_assert_int_eq(name[0], '\'');
            name++;
        }
        ck_assert_str_eq(name, src);
    }
    json_decref(j);
    j = py_check("csv", NULL, edges);
    rows = json_object_get(j, "rows");
    ck_assert_uint_eq(json_array_size(rows), g->n_links + 1);
    for (size_t i = 0; i < json_array_size(rows); i++)
        ck_assert_uint_eq(json_array_size(json_array_get(rows, i)), 12);
    json_decref(j);
    free(nodes);
    free(edges);
    ag_graph_free(g);
}
END_TEST

/* ---- every format ---- */

START_TEST(deterministic_bytes)
{
    ag_graph *g = hostile_graph();
    for (int f = AG_EXPORT_DOT; f <= AG_EXPORT_CYJS; f++) {
        ag_export_opts o;
        ag_export_opts_init(&o);
        o.format = (ag_export_format)f;
        o.cluster = AG_CLUSTER_COUNTRY;
        size_t n1, n2;
        char *a = export_mem(g, &o, &n1), *b = export_mem(g, &o, &n2);
        ck_assert_msg(n1 == n2 && memcmp(a, b, n1) == 0, "%s output differs between runs",
                      ag_export_format_name(o.format));
        free(a);
        free(b);
    }
    ag_graph_free(g);
}
END_TEST

START_TEST(empty_graph_every_format)
{
    ag_graph *g = ag_graph_new();
    for (int f = AG_EXPORT_DOT; f <= AG_EXPORT_CYJS; f++) {
        char *out = export_fmt(g, (ag_export_format)f, 1);
        if (f == AG_EXPORT_SVG || f == AG_EXPORT_GRAPHML || f == AG_EXPORT_GEXF)
            json_decref(py_check("xml", NULL, out));
        free(out);
    }
    ag_graph_free(g);
}
END_TEST

START_TEST(format_names_parse)
{
    for (int f = AG_EXPORT_DOT; f <= AG_EXPORT_CYJS; f++) {
        ag_export_format back;
        ck_assert_int_eq(ag_export_format_parse(ag_export_format_name((ag_export_format)f), &back), 0);
        ck_assert_int_eq(back, f);
    }
    ag_export_format f;
    ck_assert_int_eq(ag_export_format_parse("png", &f), -1);
    ck_assert_int_eq(ag_export_format_parse(NULL, &f), -1);
    ag_export_cluster c;
    ck_assert_int_eq(ag_export_cluster_parse("country", &c), 0);
    ck_assert_int_eq(c, AG_CLUSTER_COUNTRY);
    ck_assert_int_eq(ag_export_cluster_parse("region", &c), -1);
    ck_assert(ag_export_layout_valid("sfdp"));
    ck_assert(!ag_export_layout_valid("dot;rm"));
}
END_TEST

/* ---- the export subcommand ---- */

static int cli(const char *a0, ...)
{
    char *argv[32];
    int argc = 0;
    va_list ap;
    va_start(ap, a0);
    for (const char *a = a0; a && argc < 31; a = va_arg(ap, const char *))
        argv[argc++] = (char *)a;
    va_end(ap);
    argv[argc] = NULL;
    return ag_cli_export(argc, argv);
}

/* A folder holding graph.json (the seed graph). */
static void cli_dir(char *dir)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/graph.json", dir);
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    ag_graph *g = seed_graph();
    ag_error err = {{0}};
    ck_assert_int_eq(ag_graph_write(g, fp, &err), AG_OK);
    fclose(fp);
    ag_graph_free(g);
}

static char *slurp(const char *path)
{
    char *data = NULL;
    size_t len = 0;
    ag_error err = {{0}};
    ck_assert_msg(ag_read_file(path, &data, &len, &err) == AG_OK, "%s", err.msg);
    return data;
}

static int files_in(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

static void rm_dir(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    char path[512];
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    closedir(d);
    rmdir(dir);
}

START_TEST(cli_usage_errors)
{
    char dir[] = "/tmp/ag-cli-XXXXXX";
    cli_dir(dir);
    char graph[256];
    snprintf(graph, sizeof graph, "%s/graph.json", dir);
    ck_assert_int_eq(cli("export", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "-f", "png", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "--frobnicate", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "--layout", "dotty", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "--cluster", "region", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "--max-nodes", "-3", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "--edges-key", "arcs", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, "-f", NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", graph, graph, NULL), AG_EXIT_USAGE);
    ck_assert_int_eq(cli("export", "/nonexistent/graph.json", NULL), AG_EXIT_FAIL);
    ck_assert_int_eq(files_in(dir), 1);
    rm_dir(dir);
}
END_TEST

START_TEST(cli_writes_files)
{
    char dir[] = "/tmp/ag-cli-XXXXXX";
    cli_dir(dir);
    char graph[256], out[256];
    snprintf(graph, sizeof graph, "%s/graph.json", dir);
    /* The format follows the extension. */
    snprintf(out, sizeof out, "%s/g.svg", dir);
    ck_assert_int_eq(cli("export", graph, "-o", out, "--cluster", "country", NULL), AG_EXIT_OK);
    char *svg = slurp(out);
    ck_assert_uint_eq(count_of(svg, "<g id=\"node"), 10);
    ck_assert_uint_eq(count_of(svg, "class=\"cluster\""), 2 + 1);
    free(svg);
    snprintf(out, sizeof out, "%s/g.gexf", dir);
    ck_assert_int_eq(cli("export", graph, "-o", out, NULL), AG_EXIT_OK);
    char *gexf = slurp(out);
    ck_assert_ptr_nonnull(strstr(gexf, "<gexf "));
    free(gexf);
    snprintf(out, sizeof out, "%s/nodes.txt", dir);
    ck_assert_int_eq(cli("export", graph, "-f", "csv-nodes", "--max-nodes", "3", "-o", out, NULL), AG_EXIT_OK);
    char *csv = slurp(out);
    ck_assert_uint_eq(count_of(csv, "\r\n"), 1 + 3);
    free(csv);
    snprintf(out, sizeof out, "%s/g.json", dir);
    ck_assert_int_eq(cli("export", graph, "-o", out, "--edges-key", "edges", NULL), AG_EXIT_OK);
    char *js = slurp(out);
    ck_assert_ptr_nonnull(strstr(js, "\"edges\": ["));
    free(js);
    ck_assert_int_eq(files_in(dir), 5);
    rm_dir(dir);
}
END_TEST

/* A failed export leaves an existing output as it was, and no temporary. */
START_TEST(cli_failure_keeps_old_output)
{
    char dir[] = "/tmp/ag-cli-XXXXXX";
    cli_dir(dir);
    char graph[256], out[256], empty[] = "/tmp/ag-noplugins-XXXXXX";
    snprintf(graph, sizeof graph, "%s/graph.json", dir);
    snprintf(out, sizeof out, "%s/g.svg", dir);
    FILE *fp = fopen(out, "w");
    fputs("old", fp);
    fclose(fp);
    ck_assert_ptr_nonnull(mkdtemp(empty));
    setenv("GVBINDIR", empty, 1);
    ck_assert_int_eq(cli("export", graph, "-o", out, NULL), AG_EXIT_FAIL);
    unsetenv("GVBINDIR");
    rmdir(empty);
    char *old = slurp(out);
    ck_assert_str_eq(old, "old");
    free(old);
    ck_assert_int_eq(files_in(dir), 2);
    rm_dir(dir);
}
END_TEST

static Suite *export_suite(void)
{
    Suite *s = suite_create("export");
    TCase *tc = tcase_create("formats");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, dot_counts_labels_and_styles);
    tcase_add_test(tc, dot_legend);
    tcase_add_test(tc, dot_country_clusters);
    tcase_add_test(tc, dot_newrank_with_clusters);
    tcase_add_test(tc, dot_size_color_and_bloc_clusters);
    tcase_add_test(tc, max_nodes_keeps_most_central);
    tcase_add_test(tc, dot_merges_parallel_links);
    tcase_add_test(tc, plan_by_edges_drawn);
    tcase_add_test(tc, edge_budget_keeps_strongest);
    tcase_add_test(tc, svg_wellformed_with_names_and_tooltips);
    tcase_add_test(tc, svg_every_layout);
    tcase_add_test(tc, svg_bad_layout_is_usage_error);
    tcase_add_test(tc, svg_missing_plugins);
    tcase_add_test(tc, hostile_names_dot_round_trip);
    tcase_add_test(tc, hostile_names_svg_literal);
    tcase_add_test(tc, unsanitized_name_still_valid);
    tcase_add_test(tc, json_node_link);
    tcase_add_test(tc, graphml_gexf_cyjs_load_in_networkx);
    tcase_add_test(tc, graphml_typed_keys);
    tcase_add_test(tc, graphml_loads_in_igraph);
    tcase_add_test(tc, csv_quoting_and_formulas);
    tcase_add_test(tc, deterministic_bytes);
    tcase_add_test(tc, empty_graph_every_format);
    tcase_add_test(tc, format_names_parse);
    tcase_add_test(tc, cli_usage_errors);
    tcase_add_test(tc, cli_writes_files);
    tcase_add_test(tc, cli_failure_keeps_old_output);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(export_suite)
