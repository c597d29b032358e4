/* records.c — see records.h. */
#include "records.h"

#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "util_int.h"
#include "input_int.h"
#include "json_load.h"
#include "model_int.h"

/* ---- writing: records escaped straight into one buffer a document ----
 *
 * The bytes are those jansson's json_dumps() gives with JSON_COMPACT,
 * JSON_PRESERVE_ORDER and JSON_REAL_PRECISION(6) (tests/test_records.c
 * compares them), without building a tree per record. */

/* Appends s[0..n) as a JSON string.  Returns 0, -1 out of memory, or 1
 * when s is not UTF-8 (jansson refuses such a string and leaves its key
 * out): b is then as it was.  One pass checks and escapes. */
/* Takes b back to its first len bytes. */
static void cut(ag_buf *b, size_t len)
{
    b->len = len;
    if (b->data)
        b->data[len] = '\0';
}

/* Escapes s[*ip..lim) (of s[0..n)) into d, which has room for 6 bytes a
 * byte and 18 more: a character that starts before lim is copied whole
 * (3 bytes past lim at most, none escaped); runs of plain bytes
 * (ag__json_plain_run, sentences are mostly such) stop at lim.  *ip gets
 * where it stopped; returns the bytes written, or SIZE_MAX when s is not
 * UTF-8. */
static inline size_t escape_piece(char *d, const char *s, size_t n, size_t *ip, size_t lim)
{
    char *o = d;
    size_t i = *ip, run = i;
    while (i < lim) {
        i += ag__json_plain_run(s + i, lim - i);
        if (i >= lim)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t k = ag_utf8_decode(s + i, n - i, NULL);
            if (!k)
                return SIZE_MAX;
            i += k;
            continue;
        }
        memcpy(o, s + run, i - run);
        o += i - run;
        *o++ = '\\';
        const char *e = c == '"' ? "\"" : c == '\\' ? "\\" : c == '\b' ? "b" : c == '\f' ? "f"
                      : c == '\n' ? "n" : c == '\r' ? "r" : c == '\t' ? "t" : NULL;
        if (e) {
            *o++ = *e;
        } else {
            memcpy(o, "u00", 3);
            o[3] = "0123456789ABCDEF"[c >> 4];
            o[4] = "0123456789ABCDEF"[c & 15];
            o += 5;
        }
        run = ++i;
    }
    memcpy(o, s + run, i - run);
    *ip = i;
    return (size_t)(o + (i - run) - d);
}

static inline int escape(ag_buf *b, const char *s, size_t n)
{
    /* Straight into b, quotes included, a piece of at most 4 KiB at a
     * time: room for the worst case (\u00XX) is made once a piece, not
     * once a run. */
    size_t at = b->len, i = 0;
    do {
        size_t lim = n - i > 4096 ? i + 4096 : n, need = 6 * (lim - i + 3) + 2;
        if (b->cap - b->len <= need && ag_buf_reserve(b, need))
            return -1;
        if (b->len == at)
            b->data[b->len++] = '"';
        size_t w = escape_piece(b->data + b->len, s, n, &i, lim);
        if (w == SIZE_MAX) {
            cut(b, at);
            return 1;
        }
        b->len += w;
    } while (i < n);
    b->data[b->len++] = '"';
    b->data[b->len] = '\0';
    return 0;
}

int ag_records_put_string(ag_buf *b, const char *s)
{
    return escape(b, s, strlen(s));
}

/* A real of one decimal at most and under 1000 in magnitude (Goldstein
 * values are): the text "%.6g" gives, without printf.  Returns 0 when v is
 * not such a number. */
static size_t short_real(double v, char *out)
{
    if (!(v > -1000 && v < 1000) || v == 0)
        return 0;
    double t = v * 10;
    long k = (long)(t < 0 ? t - 0.5 : t + 0.5);
    if ((double)k / 10 != v)
        return 0;
    size_t n = 0;
    unsigned long u = (unsigned long)(k < 0 ? -k : k);
    if (k < 0)
        out[n++] = '-';
    char dig[8];
    size_t nd = 0;
    unsigned long ip = u / 10;
    do
        dig[nd++] = (char)('0' + ip % 10);
    while (ip /= 10);
    while (nd)
        out[n++] = dig[--nd];
    out[n++] = '.';
    out[n++] = (char)('0' + u % 10);
    return n;
}

int ag_records_put_real(ag_buf *b, double v)
{
    char num[64];
    size_t sn = short_real(v, num);
    if (sn)
        return ag_buf_append(b, num, sn);
    int len = snprintf(num, sizeof num, "%.6g", v);
    if (len < 0 || (size_t)len >= sizeof num - 2)
        return -1;
    /* As jansson: a real keeps a point or an exponent, and an exponent
     * loses its '+' and leading zeros. */
    if (!strpbrk(num, ".eE")) {
        memcpy(num + len, ".0", 3);
        len += 2;
    }
    char *e = strchr(num, 'e');
    if (e) {
        char *start = e + 1, *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start)
            memmove(start, end, strlen(end) + 1);
    }
    return ag_buf_puts(b, num);
}

typedef struct rec {
    ag_buf *b;
    int first, fail;
} rec;

/* ,"key": before a value (the comma after the first pair); keys are short
 * literals, their lengths known when compiled (KEY, KV_STR...). */
static inline void key(rec *r, const char *k, size_t kl)
{
    if (r->b->cap - r->b->len <= kl + 4 && ag_buf_reserve(r->b, kl + 4)) {
        r->fail = 1;
        return;
    }
    char *o = r->b->data + r->b->len;
    if (!r->first)
        *o++ = ',';
    r->first = 0;
    *o++ = '"';
    memcpy(o, k, kl);
    o += kl;
    *o++ = '"';
    *o++ = ':';
    *o = '\0';
    r->b->len = (size_t)(o - r->b->data);
}

#define KEY(r, k) key((r), "" k "", sizeof(k) - 1)
#define KV_STR(r, k, v) kv_str((r), "" k "", sizeof(k) - 1, (v))
#define KV_INT(r, k, v) kv_int((r), "" k "", sizeof(k) - 1, (v))
#define KV_STRINGS(r, k, v, n) kv_strings((r), "" k "", sizeof(k) - 1, (v), (n))

/* A string pair; a string jansson would refuse leaves its key out. */
static void kv_str(rec *r, const char *k, size_t kl, const char *v)
{
    size_t at = r->b->len;
    int first = r->first;
    key(r, k, kl);
    int e = v ? escape(r->b, v, strlen(v)) : ag_buf_puts(r->b, "null");
    if (e == 1) {
        cut(r->b, at);
        r->first = first;
    } else {
        r->fail |= e;
    }
}

/* A string pair whose value is plain ASCII that needs no escape (a kind's
 * name): copied, not scanned. */
static void kv_plain(rec *r, const char *k, size_t kl, const char *v)
{
    size_t n = strlen(v);
    key(r, k, kl);
    if (r->b->cap - r->b->len <= n + 2 && ag_buf_reserve(r->b, n + 2)) {
        r->fail = 1;
        return;
    }
    char *o = r->b->data + r->b->len;
    *o++ = '"';
    memcpy(o, v, n);
    o[n] = '"';
    o[n + 1] = '\0';
    r->b->len += n + 2;
}

#define KV_PLAIN(r, k, v) kv_plain((r), "" k "", sizeof(k) - 1, (v))

/* A pair whose value is JSON text v[0..n) already. */
static void kv_raw(rec *r, const char *k, size_t kl, const char *v, size_t n)
{
    key(r, k, kl);
    r->fail |= ag_buf_append(r->b, v, n);
}

/* Documents have about ten actors (make bench); more are escaped each time. */
#define ID_MEMO 64
/* Slots of docvals' memo of shared values (a power of two). */
#define LIT_MEMO 32

/* The document's "doc" and "date" values, escaped once for all its
 * records: each is `n` bytes of JSON text, or left out (ok 0) where
 * kv_str would leave it out. */
typedef struct docvals {
    ag_buf id, date;
    int id_ok, date_ok;
    /* The pairs every record ends with, ',"doc":...,"date":...' as
     * KV_DOCVAL writes them after the first pair: appended as one. */
    ag_buf tail;
    /* The actors' ids escaped once (ids.data + at[i], len[i] bytes; len 0:
     * left out), for the affiliations and participants that name them by
     * the same pointer; n_ids 0 when the document has too many actors for
     * a scan to pay. */
    ag_buf ids;
    size_t at[ID_MEMO], len[ID_MEMO], n_ids;
    /* The last evidence written: its text and where its escaped bytes are
     * in the output (the relations of a sentence share one). */
    const char *ev;
    size_t ev_at, ev_len;
    /* The last code's nearest CAMEO code (NULL's is none): a document's
     * relations share a few codes, the lexicon's strings. */
    const char *code;
    const ag_cameo_code *cameo;
    /* Values that many records share by pointer (codes, labels, rules,
     * PLOVER types, places: the lexicon's strings): where each was last
     * written escaped in the output, by a hash of its address. */
    struct litmemo {
        const char *v;
        size_t at, len; /* len 0: not UTF-8, the pair left out */
    } lit[LIT_MEMO];
} docvals;

/* Escapes v (NULL: null) into b: 1 to write it, 0 to leave it out, -1 out
 * of memory. */
static int docval(ag_buf *b, const char *v)
{
    int e = v ? escape(b, v, strlen(v)) : ag_buf_puts(b, "null");
    return e == 1 ? 0 : e == 0 ? 1 : -1;
}

static void kv_docval(rec *r, const char *k, size_t kl, const ag_buf *v, int ok)
{
    if (ok)
        kv_raw(r, k, kl, v->data, v->len);
}

#define KV_DOCVAL(r, k, v, ok) kv_docval((r), "" k "", sizeof(k) - 1, (v), (ok))

/* Appends v, which may be an actor's id, as escape() does (the same
 * returns): its escaped bytes from dv when it is one. */
static int id_value(ag_buf *b, const ag_doc *d, const docvals *dv, const char *v)
{
    for (size_t i = 0; i < dv->n_ids; i++)
        if (d->actors[i].id == v)
            return dv->len[i] ? ag_buf_append(b, dv->ids.data + dv->at[i], dv->len[i]) : 1;
    return escape(b, v, strlen(v));
}

/* kv_str of a value that may be an actor's id. */
static void kv_id(rec *r, const char *k, size_t kl, const ag_doc *d, const docvals *dv, const char *v)
{
    size_t at = r->b->len;
    int first = r->first;
    key(r, k, kl);
    int e = v ? id_value(r->b, d, dv, v) : ag_buf_puts(r->b, "null");
    if (e == 1) {
        cut(r->b, at);
        r->first = first;
    } else {
        r->fail |= e;
    }
}

/* kv_strings of actor ids: the "participants" pair. */
static void kv_ids(rec *r, const ag_doc *d, const docvals *dv, const char *const *v, size_t n)
{
    KEY(r, "participants");
    r->fail |= ag_buf_putc(r->b, '[');
    for (size_t i = 0, any = 0; i < n; i++) {
        size_t at = r->b->len;
        if (any)
            r->fail |= ag_buf_putc(r->b, ',');
        int e = id_value(r->b, d, dv, v[i]);
        if (e == 1)
            cut(r->b, at);
        else
            r->fail |= e, any = 1;
    }
    r->fail |= ag_buf_putc(r->b, ']');
}

/* The evidence pair: a copy of the last one's bytes when it is the same
 * text. */
/* Appends len bytes that r's buffer already holds at at. */
static void recopy(rec *r, size_t at, size_t len)
{
    ag_buf *b = r->b;
    /* From b into b: room first, as the copy's source moves with it. */
    if (b->cap - b->len <= len && ag_buf_reserve(b, len + 1)) {
        r->fail = 1;
        return;
    }
    memcpy(b->data + b->len, b->data + at, len);
    b->len += len;
    b->data[b->len] = '\0';
}

/* The pair k: v escaped; *at is where the value starts. Returns escape()'s
 * code: 1 (not UTF-8) leaves the pair out, as kv_str does. */
static int escaped_pair(rec *r, const char *k, size_t kl, const char *v, size_t *at)
{
    size_t at0 = r->b->len;
    int first = r->first;
    key(r, k, kl);
    *at = r->b->len;
    int e = escape(r->b, v, strlen(v));
    if (e == 1) {
        cut(r->b, at0);
        r->first = first;
    } else
        r->fail |= e;
    return e;
}

static void kv_evidence(rec *r, docvals *dv, const char *v)
{
    if (v == dv->ev) {
        KEY(r, "evidence");
        recopy(r, dv->ev_at, dv->ev_len);
        return;
    }
    size_t at;
    if (escaped_pair(r, "evidence", sizeof "evidence" - 1, v, &at) == 1)
        return;
    dv->ev = v;
    dv->ev_at = at;
    dv->ev_len = r->b->len - at;
}

#define KV_ID(r, k, d, dv, v) kv_id((r), "" k "", sizeof(k) - 1, (d), (dv), (v))

/* kv_str of a value records share by pointer (a code, a label, a rule):
 * escaped once a document, then copied from where it was written, as
 * kv_evidence copies a sentence. The strings live as long as the doc. */
static void kv_shared(rec *r, docvals *dv, const char *k, size_t kl, const char *v)
{
    if (!v) {
        kv_str(r, k, kl, v);
        return;
    }
    struct litmemo *m = &dv->lit[((uint64_t)(uintptr_t)v * 0x9E3779B97F4A7C15ull >> 32) & (LIT_MEMO - 1)];
    if (m->v == v) {
        if (m->len) {
            key(r, k, kl);
            recopy(r, m->at, m->len);
        }
        return;
    }
    size_t at;
    int e = escaped_pair(r, k, kl, v, &at);
    if (e == 1)
        *m = (struct litmemo){v, 0, 0};
    else if (!e)
        *m = (struct litmemo){v, at, r->b->len - at};
}

#define KV_SHARED(r, dv, k, v) kv_shared((r), (dv), "" k "", sizeof(k) - 1, (v))

static void kv_int(rec *r, const char *k, size_t kl, long long v)
{
    char num[24], *p = num + sizeof num;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    key(r, k, kl);
    r->fail |= ag_buf_append(r->b, p, (size_t)(num + sizeof num - p));
}

static void kv_strings(rec *r, const char *k, size_t kl, const char *const *v, size_t n)
{
    key(r, k, kl);
    r->fail |= ag_buf_putc(r->b, '[');
    for (size_t i = 0, any = 0; i < n; i++) {
        size_t at = r->b->len;
        if (any)
            r->fail |= ag_buf_putc(r->b, ',');
        int e = escape(r->b, v[i], strlen(v[i]));
        if (e == 1)
            cut(r->b, at);
        else
            r->fail |= e, any = 1;
    }
    r->fail |= ag_buf_putc(r->b, ']');
}

/* A record's opening and its "type" pair, a literal: the first pair. */
#define OPEN_REC(b, type) {(b), 0, ag_buf_append((b), "{\"type\":\"" type "\"", sizeof(type) + 9)}

static int actor_rec(ag_buf *b, const ag_doc *d, docvals *dv, const ag_actor *a)
{
    rec r = OPEN_REC(b, "actor");
    KV_ID(&r, "id", d, dv, a->id);
    KV_STR(&r, "name", a->name);
    KV_PLAIN(&r, "kind", ag_actor_kind_name(a->kind));
    KV_STRINGS(&r, "aliases", a->aliases, a->n_aliases);
    KV_ID(&r, "affiliation", d, dv, a->affiliation);
    KV_SHARED(&r, dv, "code", a->code);
    /* "doc", and "date" when the document has one: a document with actors
     * and no relation keeps its date too, as build dates the memberships
     * of actors (issue 9: shards = one run). */
    r.fail |= ag_buf_append(b, dv->tail.data, dv->tail.len);
    KV_INT(&r, "mentions", a->mentions);
    return r.fail || ag_buf_puts(b, "}\n") ? -1 : 0;
}

static int relation_rec(ag_buf *b, const ag_doc *d, docvals *dv, const ag_relation *x)
{
    rec r = OPEN_REC(b, "relation");
    KV_PLAIN(&r, "kind", ag_rel_kind_name(x->kind));
    KV_SHARED(&r, dv, "label", x->label ? x->label : "");
    if (x->kind == AG_REL_MEETING) {
        kv_ids(&r, d, dv, x->participants, x->n_participants);
        KV_SHARED(&r, dv, "location", x->location);
    } else if (x->n_participants >= 2) {
        KV_ID(&r, "source", d, dv, x->participants[0]);
        KV_ID(&r, "target", d, dv, x->participants[1]);
    }
    KV_INT(&r, "polarity", x->polarity);
    KV_SHARED(&r, dv, "code", x->code);
    KEY(&r, "goldstein");
    r.fail |= ag_records_put_real(b, x->goldstein);
    /* The PLOVER event type of the code (data/cameo.tsv), when it has one. */
    if (x->code != dv->code) {
        dv->code = x->code;
        dv->cameo = ag_cameo_nearest(x->code);
    }
    const ag_cameo_code *cc = dv->cameo;
    if (cc && *cc->plover)
        KV_SHARED(&r, dv, "plover", cc->plover);
    r.fail |= ag_buf_append(b, dv->tail.data, dv->tail.len);
    if (x->sentence >= 0)
        KV_INT(&r, "sentence", x->sentence);
    if (x->evidence)
        kv_evidence(&r, dv, x->evidence);
    if (x->rule)
        KV_SHARED(&r, dv, "rule", x->rule);
    return r.fail || ag_buf_puts(b, "}\n") ? -1 : 0;
}

ag_status ag_records_format(const ag_doc *d, ag_buf *b, ag_error *err)
{
    /* Records average under 300 bytes (make bench): room for them at once,
     * not the doublings from 64 bytes that were a realloc per 2 records. */
    size_t n = d->n_actors + d->n_relations;
    if (n && ag_buf_reserve(b, 320 * n))
        return ag_error_set(err, AG_ENOMEM, "%s: out of memory writing the records", d->id);
    if (!n)
        return AG_OK;
    docvals dv = {.id = AG_BUF_INIT, .date = AG_BUF_INIT, .tail = AG_BUF_INIT, .ids = AG_BUF_INIT};
    dv.id_ok = docval(&dv.id, d->id);
    dv.date_ok = d->date ? docval(&dv.date, d->date) : 0;
    int oom = dv.id_ok < 0 || dv.date_ok < 0;
    rec t = {&dv.tail, 0, oom || ag_buf_reserve(&dv.tail, 1)}; /* data, though no pair be written */
    if (!t.fail) {
        KV_DOCVAL(&t, "doc", &dv.id, dv.id_ok);
        if (d->date)
            KV_DOCVAL(&t, "date", &dv.date, dv.date_ok);
    }
    oom |= t.fail;
    dv.n_ids = d->n_actors <= ID_MEMO ? d->n_actors : 0;
    for (size_t i = 0; !oom && i < dv.n_ids; i++) {
        dv.at[i] = dv.ids.len;
        int e = escape(&dv.ids, d->actors[i].id, strlen(d->actors[i].id));
        oom = e < 0;
        dv.len[i] = e ? 0 : dv.ids.len - dv.at[i];
    }
    ag_status st = oom ? ag_error_set(err, AG_ENOMEM, "%s: out of memory writing the records", d->id) : AG_OK;
    for (size_t i = 0; !st && i < d->n_actors; i++)
        if (actor_rec(b, d, &dv, &d->actors[i]))
            st = ag_error_set(err, AG_ENOMEM, "%s: out of memory writing actor records", d->id);
    for (size_t i = 0; !st && i < d->n_relations; i++)
        if (relation_rec(b, d, &dv, &d->relations[i]))
            st = ag_error_set(err, AG_ENOMEM, "%s: out of memory writing relation records", d->id);
    ag_buf_free(&dv.id);
    ag_buf_free(&dv.date);
    ag_buf_free(&dv.tail);
    ag_buf_free(&dv.ids);
    return st;
}

ag_status ag_records_write(const ag_doc *d, FILE *fp, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
    ag_status st = ag_records_format(d, &b, err);
    if (!st && b.len && fwrite(b.data, 1, b.len, fp) != b.len)
        st = ag_error_set(err, AG_EIO, "%s: cannot write the records", d->id);
    ag_buf_free(&b);
    return st;
}

/* ---- reading ---- */

typedef struct growing {
    ag_doc *d;
    size_t cap_actors, cap_rels;
    ag_actor *actors;
    ag_relation *rels;
    size_t *actor_lines, *rel_lines, first_line; /* for messages */
    ag_strmap *ids; /* actor ids of the document so far (keys in its arena) */
} growing;

/* An integer member in [lo, hi]: 0, or -1 when it is anything else; an
 * absent or null one leaves *out as it was. */
static int int_member(json_t *o, const char *key, long long lo, long long hi, long long *out)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi)
        return -1;
    *out = json_integer_value(v);
    return 0;
}

static const char *getstr(ag_doc *d, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? ag_arena_strdup(d->arena, json_string_value(v)) : NULL;
}

/* Item n of *v (a T ** with `size`-byte items), zeroed, its line noted in
 * the parallel array *lines (one capacity for both); NULL out of memory. */
static void *next_item(void *v, size_t **lines, size_t *cap, size_t n, size_t size, size_t line)
{
    size_t cv = *cap, cl = *cap;
    if (ag__grow(v, &cv, n, size, 16) || ag__grow(lines, &cl, n, sizeof **lines, 16))
        return NULL;
    *cap = cv;
    (*lines)[n] = line;
    char *base;
    memcpy(&base, v, sizeof base);
    memset(base + n * size, 0, size);
    return base + n * size;
}

static ag_status add_actor(growing *g, json_t *o, const char *name, size_t line, ag_error *err)
{
    ag_doc *d = g->d;
    ag_actor *a = next_item(&g->actors, &g->actor_lines, &g->cap_actors, d->n_actors, sizeof *g->actors, line);
    if (!a)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    a->id = getstr(d, o, "id");
    a->name = getstr(d, o, "name");
    if (!a->id || !a->name)
        return ag_error_set(err, AG_EINPUT, "%s:%zu: actor record needs string \"id\" and \"name\"", name, line);
    const char *kind = json_string_value(json_object_get(o, "kind"));
    if (ag_actor_kind_parse(kind, &a->kind))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: actor \"%s\": kind must be country, person or organization",
                            name, line, a->id);
    if (ag_strmap_get(g->ids, a->id, NULL))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: actor id \"%s\" appears twice in document \"%s\"", name,
                            line, a->id, d->id);
    if (ag_strmap_put(g->ids, a->id, d->n_actors))
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    a->code = getstr(d, o, "code");
    a->affiliation = getstr(d, o, "affiliation");
    long long mentions = 1;
    if (int_member(o, "mentions", 0, INT_MAX, &mentions))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: actor \"%s\": mentions must be an integer from 0 to %d",
                            name, line, a->id, INT_MAX);
    a->mentions = (int)mentions;
    json_t *al = json_object_get(o, "aliases");
    if (json_is_array(al)) {
        a->aliases = ag_arena_alloc(d->arena, (json_array_size(al) + 1) * sizeof *a->aliases);
        if (!a->aliases)
            return ag_error_set(err, AG_ENOMEM, "out of memory");
        size_t i;
        json_t *v;
        json_array_foreach(al, i, v) if (json_is_string(v)) a->aliases[a->n_aliases++] =
            ag_arena_strdup(d->arena, json_string_value(v));
    }
    d->n_actors++;
    d->actors = g->actors;
    return AG_OK;
}

/* "participants", or "source" and "target". */
static ag_status participants(ag_doc *d, ag_relation *r, json_t *o, const char *name, size_t line, ag_error *err)
{
    json_t *parts = json_object_get(o, "participants");
    if (json_is_array(parts) && json_array_size(parts) > 0) {
        r->participants = ag_arena_alloc(d->arena, json_array_size(parts) * sizeof *r->participants);
        if (!r->participants)
            return ag_error_set(err, AG_ENOMEM, "out of memory");
        size_t i;
        json_t *v;
        json_array_foreach(parts, i, v)
        {
            if (!json_is_string(v))
                return ag_error_set(err, AG_EINPUT, "%s:%zu: participants must be actor ids (strings)", name, line);
            if (!(r->participants[r->n_participants++] = ag_arena_strdup(d->arena, json_string_value(v))))
                return ag_error_set(err, AG_ENOMEM, "out of memory");
        }
    } else {
        const char *s = getstr(d, o, "source"), *t = getstr(d, o, "target");
        if (!s || !t)
            return ag_error_set(err, AG_EINPUT, "%s:%zu: relation needs \"source\" and \"target\" or \"participants\"",
                                name, line);
        r->participants = ag_arena_alloc(d->arena, 2 * sizeof *r->participants);
        if (!r->participants)
            return ag_error_set(err, AG_ENOMEM, "out of memory");
        r->participants[0] = s;
        r->participants[1] = t;
        r->n_participants = 2;
    }
    return AG_OK;
}

static ag_status add_relation(growing *g, json_t *o, const char *name, size_t line, ag_error *err)
{
    ag_doc *d = g->d;
    ag_relation *r = next_item(&g->rels, &g->rel_lines, &g->cap_rels, d->n_relations, sizeof *g->rels, line);
    if (!r)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (ag_rel_kind_parse(json_string_value(json_object_get(o, "kind")), &r->kind))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: relation kind must be stance, force, meeting or affiliation", name, line);
    r->label = getstr(d, o, "label");
    r->code = getstr(d, o, "code");
    r->location = getstr(d, o, "location");
    r->evidence = getstr(d, o, "evidence");
    r->rule = getstr(d, o, "rule");
    json_t *v = json_object_get(o, "polarity");
    r->polarity = json_is_number(v) ? (json_number_value(v) > 0) - (json_number_value(v) < 0) : 0;
    v = json_object_get(o, "goldstein");
    if (v && !json_is_null(v) && !(json_is_number(v) && fabs(json_number_value(v)) <= 10))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: goldstein must be a number from -10 to 10", name, line);
    r->goldstein = json_is_number(v) ? json_number_value(v) : 0;
    long long sentence = -1;
    if (int_member(o, "sentence", -1, INT_MAX, &sentence))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: sentence must be an integer from -1 to %d", name, line, INT_MAX);
    r->sentence = (int)sentence;
    ag_status st = participants(d, r, o, name, line, err);
    if (st)
        return st;
    /* Refused here with the line, not later by build; nor could the
     * records be written back (source and target are two). */
    if (r->kind != AG_REL_MEETING && r->n_participants != 2)
        return ag_error_set(err, AG_EINPUT, "%s:%zu: %s relation needs 2 participants (source, target), has %zu",
                            name, line, ag_rel_kind_name(r->kind), r->n_participants);
    if (!r->label)
        r->label = r->kind == AG_REL_MEETING ? "meet" : r->kind == AG_REL_AFFILIATION ? "member of" : "relate";
    d->n_relations++;
    d->relations = g->rels;
    return AG_OK;
}

static ag_status add_record(growing *g, json_t *o, const char *name, size_t line, ag_error *err)
{
    const char *type = json_string_value(json_object_get(o, "type"));
    if (!type)
        return ag_error_set(err, AG_EINPUT, "%s:%zu: record has no \"type\" (actor or relation)", name, line);
    if (strcmp(type, "actor") == 0)
        return add_actor(g, o, name, line, err);
    if (strcmp(type, "relation") == 0)
        return add_relation(g, o, name, line, err);
    return ag_error_set(err, AG_EINPUT, "%s:%zu: unknown record type \"%s\"", name, line, type);
}

/* Hands the finished document to the callback; the arrays move into the
 * doc's arena so the doc owns everything. */
typedef struct sink {
    ag_doc_cb cb;
    ag_doc_lines_cb lines_cb;
    void *ud;
} sink;

static ag_status flush(growing *g, const sink *k, ag_error *err)
{
    ag_doc *d = g->d;
    g->d = NULL;
    if (!d)
        return AG_OK;
    ag_status st = AG_OK;
    ag_actor *acts = ag_arena_alloc(d->arena, (d->n_actors + 1) * sizeof *acts);
    ag_relation *rels = ag_arena_alloc(d->arena, (d->n_relations + 1) * sizeof *rels);
    if (!acts || !rels) {
        ag_doc_free(d);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    if (d->n_actors)
        memcpy(acts, g->actors, d->n_actors * sizeof *acts);
    if (d->n_relations)
        memcpy(rels, g->rels, d->n_relations * sizeof *rels);
    d->actors = acts;
    d->relations = rels;
    ag_strmap_free(g->ids); /* its keys were in the doc's arena */
    g->ids = NULL;
    if (k->lines_cb) {
        ag_records_lines lines = {g->actor_lines, g->rel_lines, g->first_line};
        st = k->lines_cb(d, &lines, k->ud, err);
    } else {
        st = k->cb(d, k->ud, err);
    }
    return st;
}

static ag_status read_records(FILE *fp, const char *name, const sink *k, ag_error *err)
{
    growing g;
    memset(&g, 0, sizeof g);
    ag_status st = AG_OK;
    ag_buf buf = AG_BUF_INIT;
    size_t lineno = 0;
    int r;
    while ((r = ag_read_line(fp, &buf, AG_LINE_MAX)) != 0) {
        lineno++;
        if (r == -3) {
            st = ag_read_line_nul_error(err, name, lineno, &buf);
            goto out;
        }
        if (r < 0) {
            st = r == -2 ? ag_error_set(err, AG_ENOMEM, "%s:%zu: out of memory", name, lineno)
                         : ag_error_set(err, AG_EINPUT, "%s:%zu: record line too long", name, lineno);
            goto out;
        }
        const char *line = buf.data;
        size_t len = buf.len;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == ' '))
            len--;
        if (len == 0)
            continue;
        json_error_t je;
        json_t *o = ag__json_loadb(line, len, 0, &je);
        if (!o || !json_is_object(o)) {
            st = ag_error_set(err, AG_EINPUT, "%s:%zu:%d: not a JSON object record%s%s", name, lineno,
                              o ? 1 : je.column, o ? "" : ": ", o ? "" : je.text);
            json_decref(o);
            goto out;
        }
        const char *doc = json_string_value(json_object_get(o, "doc"));
        if (!doc)
            doc = "document";
        if (g.d && strcmp(g.d->id, doc) != 0) {
            st = flush(&g, k, err);
            if (st) {
                json_decref(o);
                goto out;
            }
        }
        st = ag_input_check_date(json_object_get(o, "date"), name, lineno, err);
        if (st) {
            json_decref(o);
            goto out;
        }
        if (!g.d) {
            g.d = ag_doc_new();
            g.ids = ag_strmap_new();
            if (!g.d || !g.ids || !(g.d->id = ag_arena_strdup(g.d->arena, doc))) {
                json_decref(o);
                st = ag_error_set(err, AG_ENOMEM, "out of memory");
                goto out;
            }
            g.d->date = getstr(g.d, o, "date");
            g.first_line = lineno;
        } else if (!g.d->date) {
            g.d->date = getstr(g.d, o, "date");
        }
        st = add_record(&g, o, name, lineno, err);
        json_decref(o);
        if (st)
            goto out;
    }
    if (ferror(fp)) {
        st = ag_error_set(err, AG_EIO, "%s: read error", name);
        goto out;
    }
    st = flush(&g, k, err);
out:
    if (g.d)
        ag_doc_free(g.d);
    ag_strmap_free(g.ids);
    free(g.actors);
    free(g.rels);
    free(g.actor_lines);
    free(g.rel_lines);
    ag_buf_free(&buf);
    return st;
}

ag_status ag_records_read(FILE *fp, const char *name, ag_doc_cb cb, void *ud, ag_error *err)
{
    sink k = {cb, NULL, ud};
    return read_records(fp, name, &k, err);
}

ag_status ag_records_read_lines(FILE *fp, const char *name, ag_doc_lines_cb cb, void *ud, ag_error *err)
{
    sink k = {NULL, cb, ud};
    return read_records(fp, name, &k, err);
}
