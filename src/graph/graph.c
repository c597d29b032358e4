/* graph.c — see graph.h.
 *
 * Nodes and links live in two growable arrays (insertion order is the
 * output order, so files diff cleanly); every string and evidence array
 * lives in the graph's arena.  Two hash maps find a node by id and a link
 * by "src\x1ftgt\x1fkind\x1flabel" (source and target as node indices, so
 * ids that contain the separator cannot collide).
 */
#include "graph_int.h"
#include "util_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


ag_graph *ag_graph_new(void)
{
    ag_graph *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->arena = ag_arena_new();
    g->node_index = ag_strmap_new();
    g->strings = ag_strmap_new();
    return AG__BUILT(g, g->arena && g->node_index && g->strings, ag_graph_free);
}

void ag_graph_free(ag_graph *g)
{
    static const size_t link_owns[] = {offsetof(ag_link, days), offsetof(ag_link, evidence)};
    static const size_t arrays[] = {offsetof(ag_graph, nodes), offsetof(ag_graph, link_slots)};
    if (!g)
        return;
    ag__free_owners(g->links, g->n_links, sizeof *g->links, link_owns, 2);
    ag__free_members(g, arrays, 2);
    ag_arena_free(g->arena);
    ag_strmap_free(g->node_index);
    ag_strmap_free(g->strings);
    free(g);
}

long ag_graph_find_node(const ag_graph *g, const char *id)
{
    size_t i;
    if (!g || !id || !ag_strmap_get(g->node_index, id, &i))
        return -1;
    return (long)i;
}

/* The one affiliation walk (analyze's --collapse country, export's
 * --cluster/--color country, event rows): each walk stops at a node whose
 * answer is known and hands the answer down its path, so every node is
 * walked once whatever the chains' length; a cycle ends the walk. */
int ag_graph_countries(const ag_graph *g, long *country)
{
    size_t n = g->n_nodes;
    size_t *path = malloc((n + 1) * sizeof *path), *on_path = calloc(n + 1, sizeof *on_path);
    if (!path || !on_path) {
        free(path);
        free(on_path);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        country[i] = -2; /* not known yet */
    for (size_t i = 0; i < n; i++) {
        size_t k = 0, cur = i;
        long found = -1;
        while (country[cur] == -2 && on_path[cur] != i + 1) {
            if (g->nodes[cur].kind == AG_ACTOR_COUNTRY) {
                found = (long)cur;
                break;
            }
            on_path[cur] = i + 1;
            path[k++] = cur;
            long next = ag_graph_find_node(g, g->nodes[cur].affiliation);
            if (next < 0)
                break;
            cur = (size_t)next;
        }
        if (country[cur] != -2)
            found = country[cur];
        if (g->nodes[cur].kind == AG_ACTOR_COUNTRY)
            country[cur] = (long)cur;
        while (k > 0)
            country[path[--k]] = found;
    }
    free(path);
    free(on_path);
    return 0;
}

/* ---- days ---- */

int32_t ag_graph_day(const char *s)
{
    if (!s || !ag_date_valid(s))
        return -1;
    size_t n = strlen(s);
    int dash = n == 7 || n == 10;
    int y = ag__digits(s, 4), m = n > 4 ? ag__digits(s + 4 + dash, 2) : 0;
    int d = n == 8 || n == 10 ? ag__digits(s + 6 + 2 * dash, 2) : 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

void ag_graph_day_string(int32_t day, char out[16])
{
    int y = (int)(day / 10000), m = (int)(day / 100 % 100), d = (int)(day % 100);
    if (m == 0)
        snprintf(out, 16, "%04d", y);
    else if (d == 0)
        snprintf(out, 16, "%04d-%02d", y, m);
    else
        snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
}

long ag_link_count_between(const ag_link *l, int32_t from, int32_t to)
{
    long n = 0;
    for (size_t i = 0; i < l->n_days && l->days[i].day <= to; i++)
        if (l->days[i].day >= from)
            n += (long)l->days[i].count;
    return n;
}

/* Adds n occurrences on `day` to the link's sorted day counts.  AG_EINPUT
 * when one day's count would pass UINT32_MAX. */
static ag_status link_count_day(ag_link *l, int32_t day, uint32_t n)
{
    size_t lo = 0, hi = l->n_days;
    /* Documents mostly come in date order: try the end first. */
    if (hi > 0 && l->days[hi - 1].day < day)
        lo = hi;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->days[mid].day < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < l->n_days && l->days[lo].day == day) {
        if (l->days[lo].count > UINT32_MAX - n)
            return AG_EINPUT;
        l->days[lo].count += n;
        return AG_OK;
    }
    if (ag__grow(&l->days, &l->cap_days, l->n_days, sizeof *l->days, 2))
        return AG_ENOMEM;
    memmove(l->days + lo + 1, l->days + lo, (l->n_days - lo) * sizeof *l->days);
    l->days[lo] = (ag_day_count){day, n};
    l->n_days++;
    return AG_OK;
}

/* *out: an arena copy of s with invalid UTF-8 replaced, so that every
 * string the graph holds can be written as JSON.  NULL stays NULL.
 * AG_ENOMEM when the copy fails. */
static int node_alias(ag_graph *g, ag_node *n, const char *alias);
static ag_status gstr(ag_graph *g, const char *s, const char **out)
{
    *out = NULL;
    if (!s)
        return AG_OK;
    size_t n = strlen(s);
    *out = ag_utf8_valid_prefix(s, n) == n ? ag_arena_strndup(g->arena, s, n) : ag_utf8_sanitize(g->arena, s, n);
    return *out ? AG_OK : AG_ENOMEM;
}

/* gstr for the strings many links and evidence entries repeat (labels,
 * codes, places, document ids, dates): one copy each, found again through
 * g->strings, whose values are the copies themselves. */
static ag_status interned(ag_graph *g, ag_strmap *m, const char *s, int key_is_copy, const char **out)
{
    size_t v;
    *out = NULL;
    if (!s)
        return AG_OK;
    if (ag_strmap_get(m, s, &v)) {
        *out = (const char *)(uintptr_t)v;
        return AG_OK;
    }
    const char *p;
    if (gstr(g, s, &p))
        return AG_ENOMEM;
    /* Invalid UTF-8 was replaced: the repaired text may be known already. */
    if (key_is_copy && strcmp(p, s) != 0 && ag_strmap_get(m, p, &v)) {
        *out = (const char *)(uintptr_t)v;
        return AG_OK;
    }
    if (ag_strmap_put(m, key_is_copy ? p : s, (size_t)(uintptr_t)p))
        return AG_ENOMEM;
    *out = p;
    return AG_OK;
}

static ag_status istr(ag_graph *g, const char *s, const char **out)
{
    return interned(g, g->strings, s, 1, out);
}

/* Finds or creates the node `id`; a new node takes name and kind. */
static ag_status node_get(ag_graph *g, const char *id, const char *name, ag_actor_kind kind,
                          size_t *out, int *created)
{
    if (created)
        *created = 0;
    if (ag_strmap_get(g->node_index, id, out))
        return AG_OK;
    ag_node *n = ag__grow_slot(&g->nodes, &g->cap_nodes, g->n_nodes, sizeof *g->nodes, 16);
    if (!n)
        return AG_ENOMEM;
    n->kind = kind;
    if (gstr(g, id, &n->id) || gstr(g, name ? name : id, &n->name)
        || ag_strmap_put(g->node_index, n->id, g->n_nodes))
        return AG_ENOMEM;
    *out = g->n_nodes++;
    if (created)
        *created = 1;
    return AG_OK;
}

/* A key of (src, tgt, kind, label) as text into `key`, for the per-document
 * set of affiliations already counted; -1 on OOM. */
static int link_key(ag_buf *key, size_t src, size_t tgt, ag_rel_kind kind, const char *label)
{
    /* "src\x1ftgt\x1fkind\x1f" in decimal, written backwards from the end. */
    char num[3 * 24], *p = num + sizeof num;
    size_t v[3] = {(size_t)kind, tgt, src};
    for (int i = 0; i < 3; i++) {
        *--p = '\x1f';
        do
            *--p = (char)('0' + v[i] % 10);
        while (v[i] /= 10);
    }
    ag_buf_reset(key);
    return ag_buf_append(key, p, (size_t)(num + sizeof num - p)) || ag_buf_puts(key, label);
}

/* ---- the link table ----
 * Open addressing over (source, target, kind, label), the hottest lookup
 * of build.  Labels are interned, so a label's address stands for its
 * text and a key is four numbers.  A slot holds the key's hash in its high
 * 32 bits and link index + 1 in the low 32 (0: empty); at most half the
 * slots are in use. */

static uint64_t link_hash(size_t s, size_t t, ag_rel_kind k, const char *label)
{
    uint64_t h = (uint64_t)s * 0x9E3779B97F4A7C15ULL;
    h = (h ^ (h >> 32) ^ (uint64_t)t) * 0xC2B2AE3D27D4EB4FULL;
    h = (h ^ (h >> 29) ^ ((uint64_t)(uintptr_t)label + (uint64_t)k)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

static uint64_t link_hash_of(const ag_link *l)
{
    return link_hash(l->source, l->target, l->kind, l->label);
}

/* Puts link li into a table with room (it is not there yet). */
static void slot_put(uint64_t *slots, size_t cap, uint64_t h, size_t li)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i])
        i = (i + 1) & (cap - 1);
    slots[i] = (h & 0xFFFFFFFF00000000ULL) | (uint64_t)(li + 1);
}

/* Fills the table from the links, at twice their number or more. */
static int slots_rebuild(ag_graph *g, size_t cap)
{
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < g->n_links; i++)
        slot_put(slots, cap, link_hash_of(&g->links[i]), i);
    free(g->link_slots);
    g->link_slots = slots;
    g->cap_slots = cap;
    return 0;
}

/* The link (src, tgt, kind, label) with hash h, or -1. */
static long link_find(const ag_graph *g, size_t src, size_t tgt, ag_rel_kind kind, const char *label,
                      uint64_t h)
{
    size_t mask = g->cap_slots - 1;
    for (size_t i = (size_t)h & mask; g->link_slots[i]; i = (i + 1) & mask) {
        uint64_t e = g->link_slots[i];
        if ((e >> 32) != (h >> 32))
            continue;
        const ag_link *l = &g->links[(e & 0xFFFFFFFFu) - 1];
        if (l->source == src && l->target == tgt && l->kind == kind && l->label == label)
            return (long)((e & 0xFFFFFFFFu) - 1);
    }
    return -1;
}

/* Finds or creates the link (src, tgt, kind, label); *created tells
 * whether the link is new (its other fields zero). */
static ag_status link_get(ag_graph *g, size_t src, size_t tgt, ag_rel_kind kind, const char *label,
                          size_t *out, int *created)
{
    *created = 0;
    if (istr(g, label, &label) || g->n_links >= 0xFFFFFFFEu)
        return AG_ENOMEM;
    if (2 * (g->n_links + 1) > g->cap_slots && slots_rebuild(g, g->cap_slots ? 2 * g->cap_slots : 64))
        return AG_ENOMEM;
    uint64_t h = link_hash(src, tgt, kind, label);
    long found = link_find(g, src, tgt, kind, label, h);
    if (found >= 0) {
        *out = (size_t)found;
        return AG_OK;
    }
    ag_link *l = ag__grow_slot(&g->links, &g->cap_links, g->n_links, sizeof *g->links, 16);
    if (!l)
        return AG_ENOMEM;
    l->source = src;
    l->target = tgt;
    l->kind = kind;
    l->label = label;
    slot_put(g->link_slots, g->cap_slots, h, g->n_links);
    *out = g->n_links++;
    *created = 1;
    return AG_OK;
}

/* Appends one evidence entry (its strings already the graph's) unless the
 * link holds the cap.  The array doubles from 1 to the cap: most links are
 * seen once or twice. */
static ag_status link_add_evidence(ag_link *l, const char *doc, int sentence, const char *text,
                                   const char *date, const char *location)
{
    size_t n = l->n_evidence;
    if (n >= AG_GRAPH_MAX_EVIDENCE)
        return AG_OK;
    if ((n & (n - 1)) == 0) { /* 0 or a power of two: full */
        size_t cap = n ? 2 * n : 1;
        ag_evidence *e = realloc(l->evidence, (cap < AG_GRAPH_MAX_EVIDENCE ? cap : AG_GRAPH_MAX_EVIDENCE) *
                                                  sizeof *e);
        if (!e)
            return AG_ENOMEM;
        l->evidence = e;
    }
    l->evidence[n] = (ag_evidence){doc, sentence < 0 ? -1 : sentence, text, date, location};
    l->n_evidence++;
    return AG_OK;
}

/* One occurrence of a relation between two nodes: finds or creates the
 * link, counts it and keeps its evidence.  Attributes of the first
 * occurrence (code, polarity, Goldstein weight) stay; a later non-NULL
 * code or location fills a NULL one. */
typedef struct occurrence {
    ag_rel_kind kind;
    const char *label, *code, *location;
    int polarity;
    double goldstein;
    const char *text;
    int sentence;
} occurrence;

/* What the occurrences of one document share. */
typedef struct doc_ctx {
    const char *doc, *date; /* the graph's copies */
    int32_t day;            /* of date, or -1 */
    ag_strmap *texts;       /* evidence text -> the graph's copy (a meeting's
                             * pairs share their sentence) */
    ag_buf key;             /* scratch for link keys */
} doc_ctx;


static ag_status add_occurrence(ag_graph *g, size_t src, size_t tgt, const occurrence *o,
                                doc_ctx *c)
{
    size_t li;
    int created;
    ag_status st = link_get(g, src, tgt, o->kind, o->label, &li, &created);
    if (st)
        return st;
    ag_link *l = &g->links[li];
    if (created) {
        l->polarity = o->polarity < 0 ? -1 : o->polarity > 0 ? 1 : 0;
        l->goldstein = o->goldstein;
    }
    if ((!l->code && istr(g, o->code, &l->code)) || (!l->location && istr(g, o->location, &l->location)))
        return AG_ENOMEM;
    l->weight = ag_count_add(l->weight, 1);
    if (c->day >= 0 && (st = link_count_day(l, c->day, 1)))
        return st;
    if (l->n_evidence >= AG_GRAPH_MAX_EVIDENCE)
        return AG_OK;
    /* Keyed by the document's string, which outlives the map. */
    const char *text, *where;
    if (interned(g, c->texts, o->text, 0, &text) || istr(g, o->location, &where))
        return AG_ENOMEM;
    return link_add_evidence(l, c->doc, o->sentence, text, c->date, where);
}

/* The node of an id a relation names: an actor of this document, or (for
 * ids stable across documents) a node an earlier document created.  Only
 * valid after the document's actors were merged. */
static int resolve(const ag_graph *g, const char *id, size_t *out)
{
    return id && ag_strmap_get(g->node_index, id, out);
}

static const char *doc_name(const ag_doc *d)
{
    return d->id ? d->id : "(unnamed document)";
}

/* 1 if id is an actor of the document (in `ids`) or already a node. */
static int known_actor(const ag_graph *g, const ag_strmap *ids, const char *id)
{
    return id && (ag_strmap_get(ids, id, NULL) || ag_graph_find_node(g, id) >= 0);
}

static ag_status validate_relation(const ag_graph *g, const ag_doc *d, size_t i, const ag_strmap *ids,
                                   ag_error *err)
{
    const ag_relation *r = &d->relations[i];
    if ((unsigned)r->kind > AG_REL_FORCE)
        return ag_error_set(err, AG_EINPUT, "document '%s': relation %zu: unknown kind %d", doc_name(d), i + 1,
                            (int)r->kind);
    if (r->kind != AG_REL_MEETING && r->n_participants != 2)
        return ag_error_set(err, AG_EINPUT, "document '%s': relation %zu: a %s needs exactly 2 participants, not %zu",
                            doc_name(d), i + 1, ag_rel_kind_name(r->kind), r->n_participants);
    if ((r->kind == AG_REL_STANCE || r->kind == AG_REL_FORCE) && (!r->label || !*r->label))
        return ag_error_set(err, AG_EINPUT, "document '%s': relation %zu: %s has no label", doc_name(d), i + 1,
                            ag_rel_kind_name(r->kind));
    if (!(fabs(r->goldstein) <= 10))
        return ag_error_set(err, AG_EINPUT, "document '%s': relation %zu: Goldstein weight %g is not in [-10, 10]",
                            doc_name(d), i + 1, r->goldstein);
    for (size_t p = 0; p < r->n_participants; p++)
        if (!known_actor(g, ids, r->participants[p]))
            return ag_error_set(err, AG_EINPUT, "document '%s': relation %zu: participant '%s' is not an actor",
                                doc_name(d), i + 1, r->participants[p] ? r->participants[p] : "(null)");
    return AG_OK;
}

/* Checks the whole document before touching the graph, so that bad input
 * leaves the graph as it was. */
static ag_status validate_doc(const ag_graph *g, const ag_doc *d, ag_error *err)
{
    ag_strmap *ids = ag_strmap_new(); /* the document's actor ids */
    if (!ids)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    ag_status st = AG_OK;
    for (size_t i = 0; i < d->n_actors && !st; i++) {
        const ag_actor *a = &d->actors[i];
        if (!a->id || !*a->id)
            st = ag_error_set(err, AG_EINPUT, "document '%s': actor %zu has no id", doc_name(d), i + 1);
        else if (ag_strmap_get(ids, a->id, NULL))
            st = ag_error_set(err, AG_EINPUT, "document '%s': actor id '%s' appears twice", doc_name(d), a->id);
        else if (ag_strmap_put(ids, a->id, i))
            st = ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < d->n_actors && !st; i++) {
        const ag_actor *a = &d->actors[i];
        if (a->affiliation && !known_actor(g, ids, a->affiliation))
            st = ag_error_set(err, AG_EINPUT, "document '%s': actor '%s': affiliation '%s' is not an actor",
                              doc_name(d), a->id, a->affiliation);
    }
    for (size_t i = 0; i < d->n_relations && !st; i++)
        st = validate_relation(g, d, i, ids, err);
    ag_strmap_free(ids);
    return st;
}

/* An affiliation is counted once per document however often it is stated
 * (actor field and/or affiliation records): `seen` holds the link keys
 * already counted in this document, copied into the call's scratch arena. */
static ag_status add_affiliation(ag_graph *g, size_t member, size_t group, const char *label,
                                 const ag_relation *r, doc_ctx *c, ag_strmap *seen, ag_arena *scratch)
{
    ag_buf *key = &c->key;
    ag_node *m = &g->nodes[member];
    if (!m->affiliation)
        m->affiliation = g->nodes[group].id; /* already in the arena */
    if (link_key(key, member, group, AG_REL_AFFILIATION, label))
        return AG_ENOMEM;
    if (ag_strmap_get(seen, key->data, NULL))
        return AG_OK;
    char *k = ag_arena_strndup(scratch, key->data, key->len);
    if (!k || ag_strmap_put(seen, k, 0))
        return AG_ENOMEM;
    occurrence o = {.kind = AG_REL_AFFILIATION, .label = label, .code = r ? r->code : NULL,
                    .text = r ? r->evidence : NULL, .sentence = r ? r->sentence : -1};
    return add_occurrence(g, member, group, &o, c);
}

/* The document's actors: nodes found or created, merged, counted. */
static ag_status add_actors(ag_graph *g, const ag_doc *d, ag_strmap *seen_nodes)
{
    for (size_t i = 0; i < d->n_actors; i++) {
        const ag_actor *a = &d->actors[i];
        size_t ni;
        ag_status st = node_get(g, a->id, a->name, a->kind, &ni, NULL);
        if (st)
            return st;
        ag_node *n = &g->nodes[ni];
        if (!n->code && istr(g, a->code, &n->code))
            return AG_ENOMEM;
        n->mentions = ag_count_add(n->mentions, a->mentions > 0 ? a->mentions : 0);
        for (size_t k = 0; k < a->n_aliases; k++)
            if (node_alias(g, n, a->aliases[k]))
                return AG_ENOMEM;
        /* Actor ids are unique in a document, but count a repeated one once. */
        if (!ag_strmap_get(seen_nodes, n->id, NULL)) {
            n->docs = ag_count_add(n->docs, 1);
            if (ag_strmap_put(seen_nodes, n->id, ni))
                return AG_ENOMEM;
        }
    }
    return AG_OK;
}

/* A meeting: each unordered pair of distinct participants once, ordered
 * so that source id < target id.  pidx is scratch, regrown here. */
static ag_status add_meeting(ag_graph *g, const ag_relation *r, occurrence *o, doc_ctx *c, size_t **pidx)
{
    ag_status st = AG_OK;
    if (!o->label || !*o->label)
        o->label = "meet";
    free(*pidx);
    size_t *p = *pidx = malloc((r->n_participants ? r->n_participants : 1) * sizeof *p);
    if (!p)
        return AG_ENOMEM;
    size_t n = 0;
    for (size_t k = 0; k < r->n_participants; k++) {
        size_t ni = 0, q;
        resolve(g, r->participants[k], &ni);
        for (q = 0; q < n && p[q] != ni; q++)
            ;
        if (q == n)
            p[n++] = ni;
    }
    for (size_t a = 0; a < n && !st; a++)
        for (size_t b = a + 1; b < n && !st; b++) {
            size_t s = p[a], t = p[b];
            if (strcmp(g->nodes[s].id, g->nodes[t].id) > 0) {
                size_t tmp = s;
                s = t;
                t = tmp;
            }
            st = add_occurrence(g, s, t, o, c);
        }
    return st;
}

static ag_status add_relations(ag_graph *g, const ag_doc *d, doc_ctx *c, ag_strmap *seen_aff,
                               ag_arena *scratch)
{
    ag_status st = AG_OK;
    size_t *pidx = NULL;
    for (size_t i = 0; i < d->n_actors && !st; i++) {
        const ag_actor *a = &d->actors[i];
        size_t m, grp;
        if (a->affiliation && resolve(g, a->id, &m) && resolve(g, a->affiliation, &grp) && m != grp)
            st = add_affiliation(g, m, grp, "member of", NULL, c, seen_aff, scratch);
    }
    for (size_t i = 0; i < d->n_relations && !st; i++) {
        const ag_relation *r = &d->relations[i];
        occurrence o = {.kind = r->kind, .label = r->label, .code = r->code, .location = r->location,
                        .polarity = r->polarity, .goldstein = r->goldstein, .text = r->evidence,
                        .sentence = r->sentence};
        size_t s = 0, t = 0;
        if (r->kind == AG_REL_MEETING) {
            st = add_meeting(g, r, &o, c, &pidx);
            continue;
        }
        resolve(g, r->participants[0], &s);
        resolve(g, r->participants[1], &t);
        if (r->kind == AG_REL_STANCE || r->kind == AG_REL_FORCE) /* directed, labelled */
            st = add_occurrence(g, s, t, &o, c);
        else if (s != t)
            st = add_affiliation(g, s, t, r->label && *r->label ? r->label : "member of", r, c,
                                 seen_aff, scratch);
    }
    free(pidx);
    return st;
}

ag_status ag_graph_add_doc(ag_graph *g, const ag_doc *d, ag_error *err)
{
    ag_status st = AG_OK;
    doc_ctx c = {NULL, NULL, -1, ag_strmap_new(), AG_BUF_INIT};
    ag_strmap *seen_nodes = ag_strmap_new(), *seen_aff = ag_strmap_new();
    ag_arena *scratch = ag_arena_new();
    int counting = 0; /* past the checks, a failure is a count overflow */
    if (!c.texts || !seen_nodes || !seen_aff || !scratch) {
        st = AG_ENOMEM;
        goto out;
    }
    st = validate_doc(g, d, err);
    if (st)
        goto out;
    counting = 1;
    /* A date that is no real date counts as undated (its day is not
     * counted either), so every graph written reads back. */
    st = istr(g, d->id, &c.doc);
    if (!st)
        st = istr(g, d->date && ag_date_valid(d->date) ? d->date : NULL, &c.date);
    c.day = ag_graph_day(d->date);
    if (!st)
        st = add_actors(g, d, seen_nodes);
    if (!st)
        st = add_relations(g, d, &c, seen_aff, scratch);
out:
    if (st == AG_ENOMEM)
        ag_error_set(err, st, "document '%s': out of memory while building the graph", doc_name(d));
    else if (st && counting)
        ag_error_set(err, st, "document '%s': a link was seen more than %u times on one day",
                     doc_name(d), (unsigned)UINT32_MAX);
    ag_buf_free(&c.key);
    ag_strmap_free(c.texts);
    ag_strmap_free(seen_nodes);
    ag_strmap_free(seen_aff);
    ag_arena_free(scratch);
    return st;
}

/* ---- the order of graph.json ---- */

/* node: id; link: source id, target id, kind name, label */
typedef struct order_key {
    const char *a, *b, *kind, *label;
    size_t i;
} order_key;

static int order_cmp(const void *x, const void *y)
{
    const order_key *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    if (!c && p->b)
        c = strcmp(p->b, q->b);
    if (!c && p->kind)
        c = strcmp(p->kind, q->kind);
    if (!c && p->label)
        c = strcmp(p->label, q->label);
    return c;
}

ag_status ag_graph_order(const ag_graph *g, size_t **node_order, size_t **link_order)
{
    size_t nk = g->n_nodes > g->n_links ? g->n_nodes : g->n_links;
    order_key *k = malloc((nk + 1) * sizeof *k);
    size_t *no = malloc((g->n_nodes + 1) * sizeof *no), *lo = malloc((g->n_links + 1) * sizeof *lo);
    if (!k || !no || !lo) {
        free(k);
        free(no);
        free(lo);
        return AG_ENOMEM;
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        k[i] = (order_key){g->nodes[i].id, NULL, NULL, NULL, i};
    qsort(k, g->n_nodes, sizeof *k, order_cmp);
    for (size_t i = 0; i < g->n_nodes; i++)
        no[i] = k[i].i;
    for (size_t i = 0; i < g->n_links; i++) {
        const ag_link *l = &g->links[i];
        k[i] = (order_key){g->nodes[l->source].id, g->nodes[l->target].id, ag_rel_kind_name(l->kind),
                           l->label, i};
    }
    qsort(k, g->n_links, sizeof *k, order_cmp);
    for (size_t i = 0; i < g->n_links; i++)
        lo[i] = k[i].i;
    free(k);
    *node_order = no;
    *link_order = lo;
    return AG_OK;
}

ag_status ag_graph_sort(ag_graph *g)
{
    ag_status st = AG_ENOMEM;
    size_t *no = NULL, *lo = NULL, *new_of = malloc((g->n_nodes + 1) * sizeof *new_of);
    ag_node *nodes = malloc((g->n_nodes + 1) * sizeof *nodes);
    ag_link *links = malloc((g->n_links + 1) * sizeof *links);
    uint64_t *slots = calloc(g->cap_slots ? g->cap_slots : 1, sizeof *slots);
    ag_strmap *ni = ag_strmap_new();
    if (!new_of || !nodes || !links || !slots || !ni || ag_graph_order(g, &no, &lo))
        goto out;
    for (size_t r = 0; r < g->n_nodes; r++) {
        nodes[r] = g->nodes[no[r]];
        new_of[no[r]] = r;
        if (ag_strmap_put(ni, nodes[r].id, r))
            goto out;
    }
    for (size_t r = 0; r < g->n_links; r++) {
        ag_link *l = &links[r];
        *l = g->links[lo[r]];
        l->source = new_of[l->source];
        l->target = new_of[l->target];
        /* Keys name node and link indices: they change with the order. */
        slot_put(slots, g->cap_slots, link_hash_of(l), r);
    }
    /* Arrays of the same size: capacities become the counts. */
    free(g->nodes);
    free(g->links);
    free(g->link_slots);
    ag_strmap_free(g->node_index);
    g->nodes = nodes;
    g->links = links;
    g->link_slots = slots;
    g->node_index = ni;
    g->cap_nodes = g->n_nodes + 1;
    g->cap_links = g->n_links + 1;
    nodes = NULL;
    links = NULL;
    slots = NULL;
    ni = NULL;
    st = AG_OK;
out:
    free(no);
    free(lo);
    free(new_of);
    free(nodes);
    free(links);
    free(slots);
    ag_strmap_free(ni);
    return st;
}

/* ---- JSON ---- */

/* Adds a name to a node's aliases (a capped, duplicate-free list whose
 * array is regrown in the arena: lists are short). 0 ok, -1 OOM. */
static int node_alias(ag_graph *g, ag_node *n, const char *alias)
{
    if (!alias || !*alias || n->n_aliases >= AG_GRAPH_MAX_ALIASES || strcmp(alias, n->name) == 0)
        return 0;
    for (size_t i = 0; i < n->n_aliases; i++)
        if (strcmp(n->aliases[i], alias) == 0)
            return 0;
    const char *copy;
    const char **v = ag_arena_alloc(g->arena, (n->n_aliases + 1) * sizeof *v);
    if (gstr(g, alias, &copy) || !v)
        return -1;
    if (n->n_aliases)
        memcpy(v, n->aliases, n->n_aliases * sizeof *v);
    v[n->n_aliases++] = copy;
    n->aliases = v;
    return 0;
}

/* Reads an optional string member: absent or null gives NULL, anything
 * else but a string is an error (returns -1). */
static int opt_string(const json_t *obj, const char *k, const char **out)
{
    json_t *v = json_object_get(obj, k);
    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return -1;
    *out = json_string_value(v);
    return 0;
}

/* Optional integer member in [lo, hi]; -1 if present but not such an
 * integer.  JSON reals with an integral value are accepted. */
static int opt_int(const json_t *obj, const char *k, long long lo, long long hi, long long *out)
{
    json_t *v = json_object_get(obj, k);
    if (!v || json_is_null(v))
        return 0;
    long long x;
    if (json_is_integer(v)) {
        x = json_integer_value(v);
    } else if (json_is_real(v)) {
        double r = json_real_value(v);
        if (!(r >= (double)lo && r <= (double)hi) || r != floor(r))
            return -1;
        x = (long long)r;
    } else {
        return -1;
    }
    if (x < lo || x > hi)
        return -1;
    *out = x;
    return 0;
}

static ag_status evidence_from_json(ag_graph *g, ag_link *l, const json_t *ev, const char *name,
                                    size_t li, ag_error *err)
{
    if (!ev || json_is_null(ev))
        return AG_OK;
    if (!json_is_array(ev))
        return ag_error_set(err, AG_EINPUT, "%s: link %zu: evidence must be an array", name, li + 1);
    for (size_t i = 0; i < json_array_size(ev); i++) {
        const json_t *e = json_array_get(ev, i);
        const char *doc, *text, *date, *where;
        long long sentence = -1;
        if (!json_is_object(e))
            return ag_error_set(err, AG_EINPUT, "%s: link %zu: evidence %zu must be an object", name,
                                li + 1, i + 1);
        if (opt_string(e, "doc", &doc) || opt_string(e, "text", &text) ||
            opt_string(e, "date", &date) || opt_string(e, "location", &where))
            return ag_error_set(err, AG_EINPUT,
                                "%s: link %zu: evidence %zu: doc, text, date and location must be strings or null",
                                name, li + 1, i + 1);
        if (date && !ag_date_valid(date))
            return ag_error_set(err, AG_EINPUT,
                                "%s: link %zu: evidence %zu: date \"%s\" is not a real date (YYYY, YYYY-MM or "
                                "YYYY-MM-DD)",
                                name, li + 1, i + 1, date);
        if (opt_int(e, "sentence", -1, INT32_MAX, &sentence))
            return ag_error_set(err, AG_EINPUT,
                                "%s: link %zu: evidence %zu: sentence must be an integer >= -1", name,
                                li + 1, i + 1);
        if (istr(g, doc, &doc) || istr(g, date, &date) || gstr(g, text, &text) || istr(g, where, &where)
            || link_add_evidence(l, doc, (int)sentence, text, date, where))
            return ag_error_set(err, AG_ENOMEM, "%s: out of memory", name);
    }
    return AG_OK;
}

/* The optional "dates" object of link li: day -> count, added to the
 * link's day counts; their sum may not pass the link's weight. */
static ag_status days_from_json(ag_link *l, const json_t *dates, const char *name, size_t li,
                                ag_error *err)
{
    const char *k;
    json_t *v;
    if (!dates || json_is_null(dates))
        return AG_OK;
    if (!json_is_object(dates))
        return ag_error_set(err, AG_EINPUT, "%s: link %zu: dates must be an object of day: count",
                            name, li + 1);
    json_object_foreach((json_t *)dates, k, v) {
        int32_t day = ag_graph_day(k);
        json_int_t n = json_is_integer(v) ? json_integer_value(v) : 0;
        if (day < 0 || n < 1 || (unsigned long long)n > UINT32_MAX)
            return ag_error_set(err, AG_EINPUT,
                                "%s: link %zu: dates: '%s' must be a day (YYYY-MM-DD) with a count "
                                "from 1 to %u",
                                name, li + 1, k, (unsigned)UINT32_MAX);
        ag_status st = link_count_day(l, day, (uint32_t)n);
        if (st == AG_ENOMEM)
            return ag_error_set(err, st, "%s: out of memory", name);
        if (st)
            return ag_error_set(err, st, "%s: link %zu: dates: the count of %s passes %u", name,
                                li + 1, k, (unsigned)UINT32_MAX);
    }
    long dated = ag_link_count_between(l, 0, INT32_MAX);
    if (dated > l->weight)
        return ag_error_set(err, AG_EINPUT,
                            "%s: link %zu: dates count %ld occurrences, more than its weight %ld",
                            name, li + 1, dated, l->weight);
    return AG_OK;
}

static ag_status nodes_from_json(ag_graph *g, const json_t *nodes, const char *name, ag_error *err)
{
    size_t n = json_array_size(nodes);
    for (size_t i = 0; i < n; i++) {
        const json_t *o = json_array_get(nodes, i);
        const char *id, *nm, *kind_s, *code, *aff;
        ag_actor_kind kind = AG_ACTOR_ORGANIZATION;
        long long mentions = 0, docs = 0;
        size_t ni;
        int created, oom;
        if (!json_is_object(o))
            return ag_error_set(err, AG_EINPUT, "%s: node %zu must be an object", name, i + 1);
        if (opt_string(o, "id", &id) || !id || !*id)
            return ag_error_set(err, AG_EINPUT, "%s: node %zu: id must be a non-empty string", name,
                                i + 1);
        if (opt_string(o, "name", &nm) || opt_string(o, "kind", &kind_s) ||
            opt_string(o, "code", &code) || opt_string(o, "affiliation", &aff))
            return ag_error_set(err, AG_EINPUT,
                                "%s: node %zu ('%s'): name, kind, code and affiliation must be strings "
                                "or null",
                                name, i + 1, id);
        if (kind_s && ag_actor_kind_parse(kind_s, &kind))
            return ag_error_set(err, AG_EINPUT,
                                "%s: node %zu ('%s'): unknown kind '%s' (country, person or organization)",
                                name, i + 1, id, kind_s);
        if (opt_int(o, "mentions", 0, AG_COUNT_MAX, &mentions) || opt_int(o, "docs", 0, AG_COUNT_MAX, &docs))
            return ag_error_set(err, AG_EINPUT,
                                "%s: node %zu ('%s'): mentions and docs must be integers >= 0 and <= %ld", name,
                                i + 1, id, AG_COUNT_MAX);
        if (node_get(g, id, nm, kind, &ni, &created))
            return ag_error_set(err, AG_ENOMEM, "%s: out of memory", name);
        if (!created)
            return ag_error_set(err, AG_EINPUT, "%s: node %zu: id '%s' appears twice", name, i + 1, id);
        ag_node *nd = &g->nodes[ni];
        /* The affiliation is checked below, once every node exists. */
        oom = istr(g, code, &nd->code) || gstr(g, aff, &nd->affiliation);
        nd->mentions = (long)mentions;
        nd->docs = (long)docs;
        const json_t *al = json_object_get(o, "aliases");
        for (size_t k = 0; json_is_array(al) && k < json_array_size(al); k++) {
            const json_t *v = json_array_get(al, k);
            if (!json_is_string(v))
                return ag_error_set(err, AG_EINPUT, "%s: node %zu ('%s'): aliases must be strings", name, i + 1, id);
            if (node_alias(g, nd, json_string_value(v)))
                oom = 1;
        }
        if (oom)
            return ag_error_set(err, AG_ENOMEM, "%s: out of memory", name);
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        ag_node *nd = &g->nodes[i];
        size_t ai;
        if (!nd->affiliation)
            continue;
        if (!ag_strmap_get(g->node_index, nd->affiliation, &ai))
            return ag_error_set(err, AG_EINPUT, "%s: node %zu ('%s'): affiliation '%s' is not a node",
                                name, i + 1, nd->id, nd->affiliation);
        nd->affiliation = g->nodes[ai].id;
    }
    return AG_OK;
}

static ag_status links_from_json(ag_graph *g, const json_t *links, const char *name, ag_error *err)
{
    ag_status st = AG_OK;
    for (size_t i = 0; i < json_array_size(links) && !st; i++) {
        const json_t *o = json_array_get(links, i);
        const char *src, *tgt, *kind_s, *label, *code, *loc;
        ag_rel_kind kind = AG_REL_STANCE;
        long long polarity = 0, weight = 1;
        double goldstein = 0.0;
        size_t s, t, li;
        int created;
        if (!json_is_object(o)) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu must be an object", name, i + 1);
            break;
        }
        if (opt_string(o, "source", &src) || !src || opt_string(o, "target", &tgt) || !tgt) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: source and target must be node id strings",
                              name, i + 1);
            break;
        }
        if (!ag_strmap_get(g->node_index, src, &s)) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: source '%s' is not a node", name, i + 1,
                              src);
            break;
        }
        if (!ag_strmap_get(g->node_index, tgt, &t)) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: target '%s' is not a node", name, i + 1,
                              tgt);
            break;
        }
        if (opt_string(o, "kind", &kind_s) || opt_string(o, "label", &label) ||
            opt_string(o, "code", &code) || opt_string(o, "location", &loc)) {
            st = ag_error_set(err, AG_EINPUT,
                              "%s: link %zu: kind, label, code and location must be strings or null",
                              name, i + 1);
            break;
        }
        if (kind_s && ag_rel_kind_parse(kind_s, &kind)) {
            st = ag_error_set(err, AG_EINPUT,
                              "%s: link %zu: unknown kind '%s' (stance, force, meeting or affiliation)", name,
                              i + 1, kind_s);
            break;
        }
        if (!label || !*label)
            label = kind == AG_REL_MEETING ? "meet" : kind == AG_REL_AFFILIATION ? "member of" : NULL;
        if (!label) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: a %s needs a label", name, i + 1,
                              ag_rel_kind_name(kind));
            break;
        }
        if (opt_int(o, "polarity", -1, 1, &polarity)) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: polarity must be -1, 0 or 1", name, i + 1);
            break;
        }
        if (opt_int(o, "weight", 1, AG_COUNT_MAX, &weight)) {
            st = ag_error_set(err, AG_EINPUT, "%s: link %zu: weight must be an integer >= 1 and <= %ld", name,
                              i + 1, AG_COUNT_MAX);
            break;
        }
        json_t *gv = json_object_get(o, "goldstein");
        if (gv && !json_is_null(gv)) {
            if (!json_is_number(gv) || !(fabs(json_number_value(gv)) <= 10)) {
                st = ag_error_set(err, AG_EINPUT, "%s: link %zu: goldstein must be a number from -10 to 10",
                                  name, i + 1);
                break;
            }
            goldstein = json_number_value(gv);
        }
        /* Meetings are undirected: keep the source id < target id rule. */
        if (kind == AG_REL_MEETING && strcmp(g->nodes[s].id, g->nodes[t].id) > 0) {
            size_t tmp = s;
            s = t;
            t = tmp;
        }
        st = link_get(g, s, t, kind, label, &li, &created);
        if (st) {
            ag_error_set(err, st, "%s: out of memory", name);
            break;
        }
        ag_link *l = &g->links[li];
        int oom = 0;
        if (created) {
            l->polarity = (int)polarity;
            l->goldstein = goldstein;
            oom = istr(g, code, &l->code) || istr(g, loc, &l->location);
        }
        /* A repeated (source, target, kind, label) merges into one link. */
        l->weight = ag_count_add(l->weight, (long)weight);
        if (oom) {
            st = ag_error_set(err, AG_ENOMEM, "%s: out of memory", name);
            break;
        }
        st = evidence_from_json(g, l, json_object_get(o, "evidence"), name, i, err);
        if (!st)
            st = days_from_json(l, json_object_get(o, "dates"), name, i, err);
    }
    return st;
}

ag_status ag_graph_from_json(const json_t *root, const char *name, ag_graph **out, ag_error *err)
{
    ag_status st = AG_OK;
    ag_graph *g = NULL;
    *out = NULL;
    if (!name)
        name = "graph";
    if (!json_is_object(root)) {
        st = ag_error_set(err, AG_EINPUT, "%s: a graph must be a JSON object", name);
        goto out;
    }
    const json_t *nodes = json_object_get(root, "nodes");
    const json_t *links = json_object_get(root, "links");
    const char *lkey = "links";
    if (!links) {
        links = json_object_get(root, "edges");
        lkey = "edges";
    }
    if (!json_is_array(nodes)) {
        st = ag_error_set(err, AG_EINPUT, "%s: \"nodes\" must be an array of nodes", name);
        goto out;
    }
    if (links && !json_is_array(links)) {
        st = ag_error_set(err, AG_EINPUT, "%s: \"%s\" must be an array of links", name, lkey);
        goto out;
    }
    g = ag_graph_new();
    if (!g) {
        st = ag_error_set(err, AG_ENOMEM, "%s: out of memory", name);
        goto out;
    }
    st = nodes_from_json(g, nodes, name, err);
    if (!st && links)
        st = links_from_json(g, links, name, err);
    if (st)
        goto out;
    *out = g;
    g = NULL;
out:
    ag_graph_free(g);
    return st;
}

ag_status ag_graph_read_file(const char *path, ag_graph **out, ag_error *err)
{
    ag_status st = AG_OK;
    json_error_t jerr;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    *out = NULL;
    json_t *root = is_stdin ? json_loadf(stdin, JSON_REJECT_DUPLICATES, &jerr)
                            : json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        if (json_error_code(&jerr) == json_error_cannot_open_file)
            st = ag_error_set(err, AG_EIO, "%s: %s", name, jerr.text);
        else
            st = ag_error_set(err, AG_EINPUT, "%s:%d:%d: %s", name, jerr.line, jerr.column,
                              jerr.text);
        goto out;
    }
    st = ag_graph_from_json(root, name, out, err);
out:
    json_decref(root);
    return st;
}

/* ---- derived graphs (view.c) ---- */

ag_status ag__graph_copy_node(ag_graph *g, const ag_node *n, size_t *out)
{
    int created, oom = 0;
    ag_status st = node_get(g, n->id, n->name, n->kind, out, &created);
    if (st || !created)
        return st;
    ag_node *c = &g->nodes[*out];
    if ((st = istr(g, n->code, &c->code)) || (st = gstr(g, n->affiliation, &c->affiliation)))
        return st;
    c->mentions = n->mentions;
    c->docs = n->docs;
    for (size_t i = 0; i < n->n_aliases && !oom; i++)
        oom = node_alias(g, c, n->aliases[i]);
    return oom ? AG_ENOMEM : AG_OK;
}

ag_status ag__graph_merge_link(ag_graph *g, size_t s, size_t t, const ag_link *l, const char *label,
                               long weight, int32_t from, int32_t to, size_t *out)
{
    size_t li;
    int created;
    ag_status st = link_get(g, s, t, l->kind, label ? label : l->label, &li, &created);
    if (st)
        return st;
    ag_link *c = &g->links[li];
    if (created) {
        c->polarity = l->polarity;
        c->goldstein = l->goldstein;
    }
    if (!c->code && l->code && (st = istr(g, l->code, &c->code)))
        return st;
    if (!c->location && l->location && (st = istr(g, l->location, &c->location)))
        return st;
    c->weight = ag_count_add(c->weight, weight);
    for (size_t i = 0; i < l->n_days && !st; i++)
        if (l->days[i].day >= from && l->days[i].day <= to)
            st = link_count_day(c, l->days[i].day, l->days[i].count);
    for (size_t i = 0; i < l->n_evidence && !st; i++) {
        const ag_evidence *e = &l->evidence[i];
        int32_t day = ag_graph_day(e->date);
        /* An open range keeps undated evidence too. */
        if ((from > 0 || to < INT32_MAX) && (day < from || day > to))
            continue;
        const char *doc, *text, *date, *where;
        if (!(st = istr(g, e->doc, &doc)) && !(st = istr(g, e->text, &text)) && !(st = istr(g, e->date, &date)) &&
            !(st = istr(g, e->location, &where)))
            st = link_add_evidence(c, doc, e->sentence, text, date, where);
    }
    if (out)
        *out = li;
    return st;
}
