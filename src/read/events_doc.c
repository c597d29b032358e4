/* events_doc.c — one event row into one document: two actors named by
 * their CAMEO actor codes (or, in ICEWS, by name, sectors and country),
 * and the relation of the row's CAMEO event code (data/cameo.tsv). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cameo.h"
#include "events_int.h"
#include "names.h"

ag_status ag__ev_ctx_init(ev_ctx *c, const ag_lexicon *lx, ag_error *err)
{
    c->lx = lx;
    c->by_code = ag_strmap_new();
    if (!c->by_code)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    const ag_lx_entry *e;
    for (uint32_t i = 0; (e = ag_lexicon_entry(lx, i)) != NULL; i++) {
        if (e->dead || !e->code || (e->kind != AG_LX_COUNTRY && e->kind != AG_LX_ORG))
            continue;
        size_t old;
        /* The first entry of a code names it (countries come first). */
        if (!ag_strmap_get(c->by_code, e->code, &old) && ag_strmap_put(c->by_code, e->code, i))
            return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    return AG_OK;
}

void ag__ev_ctx_free(ev_ctx *c) { ag_strmap_free(c->by_code); }

static const ag_lx_entry *by_code(const ev_ctx *c, const char *code, ag_lx_kind kind)
{
    size_t i;
    if (!code || !*code || !ag_strmap_get(c->by_code, code, &i))
        return NULL;
    const ag_lx_entry *e = ag_lexicon_entry(c->lx, (uint32_t)i);
    return e && e->kind == kind ? e : NULL;
}

/* The lexicon country of an ICEWS country name ("Russian Federation"). */
static const ag_lx_entry *country_named(const ev_ctx *c, const char *name)
{
    if (!name || !*name)
        return NULL;
    long i = ag_lexicon_find(c->lx, AG_LX_COUNTRY, name);
    if (i >= 0)
        return ag_lexicon_entry(c->lx, (uint32_t)i);
    ag_lx_hit hits[16];
    size_t n = ag_lexicon_lookup(c->lx, name, hits, 16);
    for (size_t k = 0; k < n && k < 16; k++) {
        const ag_lx_entry *e = ag_lexicon_entry(c->lx, hits[k].entry);
        if (e && !e->dead && e->kind == AG_LX_COUNTRY && hits[k].form == AG_FORM_NAME)
            return e;
    }
    return NULL;
}

/* The document being built: at most two actors and their countries. */
typedef struct evdoc {
    ag_doc *d;
    ag_actor act[4];
    size_t n;
    int s, t; /* the row's two actors */
} evdoc;

/* Index of the actor with this name, added when new; -1 on OOM. */
static int add_actor(evdoc *x, const char *name, ag_actor_kind kind, const char *code, int affil)
{
    ag_arena *A = x->d->arena;
    char *id = ag_slug(A, name);
    if (!id)
        return -1;
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->act[i].id, id) == 0)
            return (int)i;
    ag_actor *a = &x->act[x->n];
    memset(a, 0, sizeof *a);
    a->id = id;
    a->name = ag_utf8_sanitize(A, name, strlen(name));
    a->kind = kind;
    a->code = code && *code ? ag_arena_strdup(A, code) : NULL;
    a->affiliation = affil >= 0 ? x->act[affil].id : NULL;
    if (!a->name)
        return -1;
    return (int)x->n++;
}

static void add_alias(evdoc *x, int a, const char *alias)
{
    if (a < 0 || !alias || !*alias || strcasecmp(alias, x->act[a].name) == 0)
        return;
    const char **v = ag_arena_alloc(x->d->arena, sizeof *v);
    if (v && (v[0] = ag_utf8_sanitize(x->d->arena, alias, strlen(alias))) != NULL) {
        x->act[a].aliases = v;
        x->act[a].n_aliases = 1;
    }
}

/* "Turkish government", "Turkish military police"; NULL when a role is
 * unknown. */
static char *roles_name(ag_arena *A, const ag_lx_entry *country, const char *roles_code)
{
    ag_buf b = AG_BUF_INIT;
    int ok = !ag_buf_puts(&b, country ? (country->adjective ? country->adjective : country->name) : "");
    for (const char *r = roles_code; ok && strlen(r) >= 3; r += 3) {
        const char *rn = ag_cameo_role_name(r);
        ok = rn && (!b.len || !ag_buf_putc(&b, ' ')) && !ag_buf_puts(&b, rn);
    }
    char *s = ok && b.len && strlen(roles_code) % 3 == 0 ? ag_arena_strdup(A, b.data) : NULL;
    ag_buf_free(&b);
    if (s && !country)
        s[0] = (char)toupper((unsigned char)s[0]);
    return s;
}

/* "RECEP TAYYIP ERDOGAN" -> "Recep Tayyip Erdogan". */
static char *title_case(ag_arena *A, const char *s)
{
    char *t = ag_arena_strdup(A, s);
    int start = 1;
    for (char *p = t; p && *p; p++) {
        if (isalpha((unsigned char)*p))
            *p = start ? (char)toupper((unsigned char)*p) : (char)tolower((unsigned char)*p);
        start = !isalpha((unsigned char)*p) && *p != '\'';
    }
    return t;
}

/* The actor of a CAMEO actor code: a country, a country + roles (an
 * organization affiliated with the country), an IGO of the lexicon, or
 * the row's name. Returns the actor index, -2 none, -1 OOM. */
static int code_actor(const ev_ctx *c, evdoc *x, const char *code, const char *name, const char *country)
{
    if (!*code)
        return -2;
    const ag_lx_entry *e = by_code(c, code, AG_LX_COUNTRY);
    if (e)
        return add_actor(x, e->name, AG_ACTOR_COUNTRY, code, -1);
    char cc[4] = {0};
    strncpy(cc, code, 3);
    const ag_lx_entry *ce = by_code(c, cc, AG_LX_COUNTRY);
    /* An organization of the lexicon by its code (IGOUNO), unless the code
     * is a country's: USAGOV is the US government, not one agency. */
    if (!ce && (e = by_code(c, code, AG_LX_ORG)) != NULL)
        return add_actor(x, e->name, AG_ACTOR_ORGANIZATION, code, -1);
    const char *roles_code = code + (ce ? 3 : 0);
    if (!ce && (ce = by_code(c, country, AG_LX_COUNTRY)) != NULL && strncmp(code, country, 3) == 0)
        roles_code = code + 3;
    char *rn = roles_name(x->d->arena, ce, roles_code);
    int affil = ce ? add_actor(x, ce->name, AG_ACTOR_COUNTRY, ce->code, -1) : -2;
    if (affil == -1)
        return -1;
    if (!rn)
        rn = *name ? title_case(x->d->arena, name) : (char *)code;
    if (!rn)
        return -1;
    int a = add_actor(x, rn, AG_ACTOR_ORGANIZATION, code, affil);
    add_alias(x, a, *name ? title_case(x->d->arena, name) : NULL);
    return a;
}

/* ICEWS: a name, its sectors and its country. */
static int named_actor(const ev_ctx *c, evdoc *x, const char *name, const char *sectors, const char *country)
{
    if (!*name)
        return -2;
    const ag_lx_entry *ce = country_named(c, *country ? country : name);
    if (ce && strcasecmp(name, country) == 0)
        return add_actor(x, ce->name, AG_ACTOR_COUNTRY, ce->code, -1);
    if (!ce && strcasecmp(name, country) == 0)
        return add_actor(x, name, AG_ACTOR_COUNTRY, NULL, -1);
    const char *role = ag__ev_icews_role(sectors);
    int affil = ce ? add_actor(x, ce->name, AG_ACTOR_COUNTRY, ce->code, -1)
                   : *country ? add_actor(x, country, AG_ACTOR_COUNTRY, NULL, -1) : -2;
    if (affil == -1)
        return -1;
    char *code = ce ? ag_arena_printf(x->d->arena, "%s%s", ce->code, role ? role : "") : NULL;
    /* "Government (Turkey)", "Police (Turkey)": the country's role. */
    const char *paren = strchr(name, '(');
    char *rn = paren && role && ce ? roles_name(x->d->arena, ce, role) : NULL;
    int a = add_actor(x, rn ? rn : name, ag_name_is_personal(ag_lexicon_vocab(c->lx), name) ? AG_ACTOR_PERSON : AG_ACTOR_ORGANIZATION, code,
                      affil);
    if (rn)
        add_alias(x, a, name);
    return a;
}

static const char *field(const ev_cols *m, char **f, size_t n, int which)
{
    int i = m->idx[which];
    if (i < 0 || (size_t)i >= n)
        return "";
    char *s = f[i];
    while (*s == ' ')
        s++;
    size_t l = strlen(s);
    while (l && s[l - 1] == ' ')
        s[--l] = '\0';
    return s;
}

/* YYYYMMDD or YYYY-MM-DD (ICEWS, Phoenix) -> YYYY-MM-DD; NULL if neither. */
static char *iso_date(ag_arena *A, const char *s)
{
    size_t n = strlen(s);
    if (n >= 8 && strspn(s, "0123456789") == 8 && (n == 8 || !isdigit((unsigned char)s[8])))
        return ag_arena_printf(A, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    if (n >= 10 && strspn(s, "0123456789") == 4 && s[4] == '-' && isdigit((unsigned char)s[5]) &&
        isdigit((unsigned char)s[6]) && s[7] == '-' && isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9]))
        return ag_arena_strndup(A, s, 10);
    return NULL;
}

/* The relation of the row: a meeting for root 04, a use of force for
 * roots 18-20 (as extraction tells them), else a stance. */
static int relation(evdoc *x, const ev_cols *m, char **f, size_t n, int s, int t, const ag_cameo_code *cc,
                    const char *code)
{
    ag_arena *A = x->d->arena;
    ag_relation *r = ag_arena_alloc(A, sizeof *r);
    const char **parts = ag_arena_alloc(A, 2 * sizeof *parts);
    if (!r || !parts)
        return -1;
    int meeting = strcmp(cc->root, "04") == 0;
    parts[0] = x->act[s].id;
    parts[1] = x->act[t].id;
    if (meeting && strcmp(parts[0], parts[1]) > 0) {
        parts[0] = x->act[t].id;
        parts[1] = x->act[s].id;
    }
    r->kind = meeting ? AG_REL_MEETING : ag_cameo_is_force(code) ? AG_REL_FORCE : AG_REL_STANCE;
    r->label = meeting ? "meet" : cc->label;
    r->code = ag_arena_strdup(A, code);
    r->polarity = ag_cameo_polarity(code);
    const char *gs = field(m, f, n, EV_GOLDSTEIN);
    char *end;
    double g = strtod(gs, &end);
    r->goldstein = *gs && !*end && g >= -10 && g <= 10 ? g : cc->goldstein;
    r->participants = parts;
    r->n_participants = 2;
    const char *loc = field(m, f, n, EV_LOCATION);
    r->location = meeting && *loc ? ag_utf8_sanitize(A, loc, strlen(loc)) : NULL;
    r->sentence = -1;
    const char *ev = x->d->url ? x->d->url : field(m, f, n, EV_TEXT);
    r->evidence = *ev ? ag_utf8_sanitize(A, ev, strlen(ev)) : NULL;
    x->d->relations = r;
    x->d->n_relations = 1;
    return r->code ? 0 : -1;
}

/* Fills x's document from the row; same returns as ag__ev_row_doc. */
static int fill(const ev_ctx *c, const ev_cols *m, char **f, size_t n, size_t line, evdoc *x, char *why, size_t cap)
{
    ag_arena *A = x->d->arena;
    const char *code = field(m, f, n, EV_CODE);
    const ag_cameo_code *cc = strspn(code, "0123456789") == strlen(code) ? ag_cameo_nearest(code) : NULL;
    if (!cc || strlen(code) < 2 || strlen(code) > 4)
        return snprintf(why, cap, "event code '%.16s' is not a CAMEO code (data/cameo.tsv)", code), -1;
    const char *date = field(m, f, n, EV_DATE);
    if (*date && !(x->d->date = iso_date(A, date)))
        return snprintf(why, cap, "date '%.32s' is not YYYYMMDD or YYYY-MM-DD", date), -1;
    const char *id = field(m, f, n, EV_ID);
    x->d->id = *id ? ag_utf8_sanitize(A, id, strlen(id)) : ag_arena_printf(A, "line-%zu", line);
    const char *url = field(m, f, n, EV_URL);
    x->d->url = *url ? ag_utf8_sanitize(A, url, strlen(url)) : NULL;
    int s, t;
    if (m->icews_sectors) {
        s = named_actor(c, x, field(m, f, n, EV_S_NAME), field(m, f, n, EV_S_ROLE), field(m, f, n, EV_S_COUNTRY));
        t = s == -1 ? -1
                    : named_actor(c, x, field(m, f, n, EV_T_NAME), field(m, f, n, EV_T_ROLE),
                                  field(m, f, n, EV_T_COUNTRY));
    } else {
        s = code_actor(c, x, field(m, f, n, EV_S_CODE), field(m, f, n, EV_S_NAME), field(m, f, n, EV_S_COUNTRY));
        t = s == -1 ? -1
                    : code_actor(c, x, field(m, f, n, EV_T_CODE), field(m, f, n, EV_T_NAME),
                                 field(m, f, n, EV_T_COUNTRY));
    }
    if (s == -1 || t == -1 || !x->d->id || (*date && !x->d->date))
        return -2;
    if (s < 0 || t < 0 || s == t)
        return 0;
    x->s = s;
    x->t = t;
    return relation(x, m, f, n, s, t, cc, code) ? -2 : 1;
}

int ag__ev_row_doc(const ev_ctx *c, const ev_cols *m, char **f, size_t n, size_t line, ag_doc **out, char *why,
               size_t cap)
{
    evdoc x;
    memset(&x, 0, sizeof x);
    if (!(x.d = ag_doc_new()))
        return -2;
    int r = fill(c, m, f, n, line, &x, why, cap);
    if (r == 1) {
        x.d->actors = ag_arena_alloc(x.d->arena, x.n * sizeof *x.d->actors);
        if (!x.d->actors) {
            r = -2;
        } else {
            memcpy(x.d->actors, x.act, x.n * sizeof *x.d->actors);
            x.d->n_actors = x.n;
            /* A country named only as an affiliation is not mentioned. */
            x.d->actors[x.s].mentions = x.d->actors[x.t].mentions = 1;
        }
    }
    if (r != 1) {
        ag_doc_free(x.d);
        return r;
    }
    *out = x.d;
    return 1;
}
