/* lexicon.c — see lexicon.h and docs/lexicon.md. */
#include "lexicon.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "util_int.h"
#include "dict_tabari.h"
#include "json_load.h"
#include "lexicon_store.h"
#include "text.h"

typedef ag__lx_hitlist hitlist;

/* Adds the function words first, in order: word k has id k + 1
 * (X_FUNCTION_WORDS). 0, or -1 out of memory. */
static int reserve_function_words(ag_vocab *v)
{
    static const char *const words[XFW_N] = {
#define X_FW_WORD(s, k, w) [k] = w,
        X_FUNCTION_WORDS(X_FW_WORD, )
#undef X_FW_WORD
    };
    for (size_t k = 0; k < XFW_N; k++)
        if (ag_vocab_add(v, words[k], strlen(words[k])) != k + 1)
            return -1;
    return 0;
}

ag_lexicon *ag_lexicon_new(void)
{
    ag_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->arena = ag_arena_new();
    lx->vocab = ag_vocab_new();
    return AG__BUILT(lx, lx->arena && lx->vocab && !reserve_function_words(lx->vocab), ag_lexicon_free);
}

void ag_lexicon_free(ag_lexicon *lx)
{
    if (!lx)
        return;
    if (!lx->image)
        ag__lx_free_tables(lx);
    free(lx);
}

static void ascii_lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
}

/* 1 when form is ASCII letters in words parted by single spaces (most
 * names and places): the tokenizer splits it at its spaces only, so the
 * form is its own key; *words gets the count.  Tokenizing every form was
 * 10 M instructions of every start. */
static int plain_form(const char *form, int *words)
{
    int w = 1;
    size_t n = 0;
    for (const char *p = form; *p; p++, n++) {
        if (*p == ' ') {
            if (p == form || p[1] == ' ' || p[1] == '\0')
                return 0;
            w++;
        } else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            return 0;
        }
    }
    if (n == 0 || n >= 256)
        return 0;
    *words = w;
    return 1;
}

/* The map a form of kind goes to, by its key (add_form): actor names
 * starting with a capital match as written, everything else in any case. */
static unsigned form_map(ag_lx_kind kind, const char *key)
{
    int actor = kind == AG_LX_COUNTRY || kind == AG_LX_ORG || kind == AG_LX_PERSON || kind == AG_LX_BLOCK;
    int capital = (key[0] >= 'A' && key[0] <= 'Z') || (unsigned char)key[0] >= 0x80;
    return actor && capital ? AG_LX_PH_FORM_EXACT : AG_LX_PH_FORM_ANYCASE;
}

/* The phrase key of a form: its tokens, as the extractor will see them,
 * joined by single spaces; the phrase filter learns it with its map. */
static char *form_key(ag_lexicon *lx, const char *form, ag_lx_kind kind, int *words)
{
    if (plain_form(form, words))
        return ag__lx_phrases_add_plain(&lx->phrases, lx->vocab, form, form_map(kind, form))
                   ? NULL
                   : ag_arena_strdup(lx->arena, form);
    ag_text t;
    if (ag_text_split(form, strlen(form), lx->vocab, &t) != AG_OK)
        return NULL;
    ag_buf b = AG_BUF_INIT;
    char tok[256];
    int ok = 1;
    for (size_t i = 0; i < t.n_toks && ok; i++) {
        if (i && ag_buf_putc(&b, ' '))
            ok = 0;
        if (ok && ag_buf_puts(&b, ag_token_str(&t, i, tok, sizeof tok)))
            ok = 0;
    }
    if (ok && b.data && ag__lx_phrases_add(&lx->phrases, lx->vocab, &t, form_map(kind, b.data)))
        ok = 0;
    *words = (int)t.n_toks;
    ag_text_free(&t);
    char *key = ok && b.data ? ag_arena_strdup(lx->arena, b.data) : NULL;
    ag_buf_free(&b);
    return key;
}

/* Room for twice the hits of a full list: at the pool's end (where it
 * grows in place when it is the last list). 0, or -1 out of memory. */
static int grow_list(ag_lexicon *lx, hitlist *h)
{
    size_t cap = h->cap ? 2 * (size_t)h->cap : 1;
    int last = h->cap && h->at + h->cap == lx->n_hits;
    size_t at = last ? h->at : lx->n_hits, end = at + cap;
    if (end > UINT32_MAX || ag__grow(&lx->hits, &lx->cap_hits, end - 1, sizeof *lx->hits, 8192))
        return -1;
    if (!last && h->n)
        memcpy(lx->hits + at, lx->hits + h->at, h->n * sizeof *lx->hits);
    h->at = (uint32_t)at;
    h->cap = (uint32_t)cap;
    lx->n_hits = end;
    return 0;
}

/* A new list `li` under a one-word key of word `id` (0: a key of several
 * words, or one too long for the vocabulary, found by its text only) in
 * map: filed under the word id too.  0, or -1 out of memory. */
static int note_word_list(ag_lexicon *lx, const ag__lx_table *map, uint32_t key, uint32_t id, size_t li)
{
    if (!id)
        return 0;
    if (id >= lx->cap_wf) {
        size_t cap = lx->cap_wf;
        if (ag__grow(&lx->wf, &lx->cap_wf, id, sizeof *lx->wf, 1024))
            return -1;
        memset(lx->wf + cap, 0, (lx->cap_wf - cap) * sizeof *lx->wf);
    }
    if (map == &lx->ci) {
        lx->wf[id].ci = (uint32_t)li + 1;
        return 0;
    }
    if (ag__grow(&lx->spells, &lx->cap_spells, lx->n_spells, sizeof *lx->spells, 1024))
        return -1;
    lx->spells[lx->n_spells++] =
        (ag__lx_spelling){key, (uint32_t)strlen(lx->keys.s + key), (uint32_t)li, lx->wf[id].cs};
    lx->wf[id].cs = (uint32_t)lx->n_spells;
    return 0;
}

/* Entry `entry` as `form` under key in map; id: the word of a one-word key
 * (note_word_list).  0, or -1 out of memory. */
static int add_hit(ag_lexicon *lx, ag__lx_table *map, const char *key, uint32_t id, uint32_t entry, ag_lx_form form)
{
    size_t li;
    if (!ag__lx_table_get(map, lx->keys.s, key, &li)) {
        uint32_t at;
        if (lx->n_lists >= UINT32_MAX ||
            ag__grow(&lx->lists, &lx->cap_lists, lx->n_lists, sizeof *lx->lists, 1024))
            return -1;
        li = lx->n_lists++;
        memset(&lx->lists[li], 0, sizeof(hitlist));
        if (ag__lx_table_put(map, &lx->keys, key, (uint32_t)li, &at) || note_word_list(lx, map, at, id, li))
            return -1;
    }
    hitlist *h = &lx->lists[li];
    for (uint32_t k = 0; k < h->n; k++)
        if (lx->hits[h->at + k].entry == entry && lx->hits[h->at + k].form == form)
            return 0;
    if (h->n == h->cap && grow_list(lx, h))
        return -1;
    lx->hits[h->at + h->n++] = (ag_lx_hit){.entry = entry, .form = (uint8_t)form};
    return 0;
}

/* The vocabulary learns the first word of every form, so a token that
 * starts none is never looked up as a phrase, and of every stance or
 * meeting form, so a sentence without one is never related; a one-word verb
 * form names its entry.  0, or -1 out of memory. */
static int note_first_word(ag_lexicon *lx, const char *key, int words, uint32_t entry, ag_lx_kind kind,
                           ag_lx_form form, uint32_t *id1)
{
    size_t n = strcspn(key, " ");
    uint32_t id = ag_vocab_add(lx->vocab, key, n);
    *id1 = words == 1 ? id : 0;
    ag_word *w = ag_vocab_word_mut(lx->vocab, id);
    if (!w)
        return n > AG_WORD_MAX ? 0 : -1;
    w->cls |= words == 1 ? WC(FORM_WORD) : WC(FORM_PREFIX);
    w->starts |= (uint16_t)(1u << kind);
    if (form_map(kind, key) == AG_LX_PH_FORM_ANYCASE)
        w->starts_lower |= (uint16_t)(1u << kind);
    if (kind == AG_LX_VERB || kind == AG_LX_MEET) {
        w->cls |= WC(PREDICATE_START);
        if (words == 1 && w->verb < 0)
            w->verb = (int32_t)entry;
        if (words == 1)
            w->pos |= form == AG_FORM_NOUN ? AG_POS_NOUN : AG_POS_VERB;
    }
    return 0;
}

/* Actor names starting with a capital match as written; everything else
 * (titles, verbs, agency types, lower-case forms) in any case.  0, or -1
 * out of memory. */
static int add_form(ag_lexicon *lx, uint32_t entry, ag_lx_kind kind, ag_lx_form form, const char *text)
{
    int words = 0;
    char *key = form_key(lx, text, kind, &words);
    if (!key)
        return -1;
    if (!*key)
        return 0;
    uint32_t id1;
    if (note_first_word(lx, key, words, entry, kind, form, &id1))
        return -1;
    if (words > lx->max_words)
        lx->max_words = words;
    /* Every proper prefix, so a lookup can stop as soon as no longer form
     * can match. */
    for (char *sp = strchr(key, ' '); sp; sp = strchr(sp + 1, ' ')) {
        char *pre = ag_arena_strndup(lx->arena, key, (size_t)(sp - key));
        if (!pre)
            return -1;
        ascii_lower(pre);
        if (ag__lx_table_put(&lx->prefixes, &lx->keys, pre, 1, NULL))
            return -1;
    }
    if (form_map(kind, key) == AG_LX_PH_FORM_EXACT)
        return add_hit(lx, &lx->cs, key, id1, entry, form);
    char *low = ag_arena_strdup(lx->arena, key);
    if (!low)
        return -1;
    ascii_lower(low);
    return add_hit(lx, &lx->ci, low, id1, entry, form);
}

typedef struct loadctx {
    ag_lexicon *lx;
    const char *name;
    ag_error *err;
    const ag__jdoc *d;
} loadctx;

/* Line and column (1-based) of byte offset `off` in text. */
static void line_col(const char *text, size_t off, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* The entry's name, title, lemma or class (the first it has as a string):
 * what place_error looks for. NULL for none. */
static const char *entry_label(const ag__jdoc *d, const ag__jval *entry)
{
    static const char *const namekey[] = {"name", "title", "lemma", "class"};
    for (size_t k = 0; k < sizeof namekey / sizeof *namekey; k++) {
        const char *s = ag__jdoc_str(d, ag__jdoc_get(d, entry, namekey[k]));
        if (s)
            return s;
    }
    return NULL;
}

/* A mistake found after parsing is placed by searching the text: the
 * section's key, then the entry's label (entry_label) after it. The
 * message becomes "FILE:LINE:COLUMN: ...". */
static void place_error(const char *json, size_t len, const char *file, const char *section, const char *label,
                        ag_error *err)
{
    if (!err || !section)
        return;
    char key[96];
    snprintf(key, sizeof key, "\"%s\"", section);
    const char *at = NULL;
    for (const char *p = json; p && (size_t)(p - json) < len; p++) {
        p = memchr(p, '"', len - (size_t)(p - json));
        if (!p)
            break;
        if ((size_t)(json + len - p) >= strlen(key) && memcmp(p, key, strlen(key)) == 0) {
            at = p;
            break;
        }
    }
    if (!at)
        return;
    json_t *v = label ? json_string(label) : NULL;
    char *enc = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
    json_decref(v);
    if (enc) {
        size_t el = strlen(enc);
        for (const char *p = at; (size_t)(json + len - p) >= el; p++)
            if (memcmp(p, enc, el) == 0) {
                at = p;
                break;
            }
        free(enc);
    }
    int line, col;
    line_col(json, (size_t)(at - json), &line, &col);
    size_t fl = strlen(file);
    const char *rest = strncmp(err->msg, file, fl) == 0 && err->msg[fl] == ':' ? err->msg + fl + 1 : err->msg;
    while (*rest == ' ')
        rest++;
    char msg[sizeof err->msg + 64];
    int n = snprintf(msg, sizeof msg, "%s:%d:%d: %s", file, line, col, rest);
    if (n > 0) {
        size_t keep = (size_t)n < sizeof err->msg ? (size_t)n : sizeof err->msg - 1;
        memcpy(err->msg, msg, keep);
        err->msg[keep] = '\0';
    }
}

/* An optional string member into *out (NULL when absent or null). */
static ag_status opt_str(loadctx *c, const ag__jval *obj, const char *key, const char *where, size_t idx,
                         const char **out)
{
    const ag__jval *v = ag__jdoc_get(c->d, obj, key);
    *out = NULL;
    if (!v || v->type == AG__J_NULL)
        return AG_OK;
    if (v->type != AG__J_STRING)
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"%s\" must be a string", c->name, where, idx, key);
    if (!(*out = ag_arena_strndup(c->lx->arena, ag__jdoc_str(c->d, v), v->n)))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory loading %s", c->name);
    return AG_OK;
}

static ag_status add_forms(loadctx *c, const ag__jval *obj, const char *key, uint32_t entry, ag_lx_kind kind,
                           ag_lx_form form, const char *where, size_t idx)
{
    const ag__jval *arr = ag__jdoc_get(c->d, obj, key);
    if (!arr || arr->type == AG__J_NULL)
        return AG_OK;
    if (arr->type != AG__J_ARRAY)
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"%s\" must be an array of strings", c->name, where,
                            idx, key);
    size_t i;
    const ag__jval *v;
    ag__jdoc_foreach(c->d, arr, i, v)
    {
        if (v->type != AG__J_STRING)
            return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu].%s[%zu]: must be a string", c->name, where, idx,
                                key, i);
        if (add_form(c->lx, entry, kind, form, ag__jdoc_str(c->d, v)))
            return ag_error_set(c->err, AG_ENOMEM, "out of memory loading %s", c->name);
    }
    return AG_OK;
}

static const char *const section_names[AG_LX_NKINDS] = {
    "countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings", "not_actors", "places"};

/* A verb's or meeting's polarity and Goldstein value follow its CAMEO code
 * (data/cameo.tsv), and its label keeps to one CAMEO root, so one label
 * never carries two polarities (docs/event-data.md). */
static ag_status code_facts(loadctx *c, ag_lx_entry *e, size_t idx)
{
    const char *where = e->kind == AG_LX_VERB ? "verbs" : "meetings";
    const char *label = e->kind == AG_LX_VERB ? e->label : "meet";
    const ag_cameo_code *cc = ag_cameo_find(e->code);
    char root[3];
    if (!cc)
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"%s\" is not a CAMEO event code (data/cameo.tsv)",
                            c->name, where, idx, e->code);
    if (ag_cameo_check(label, e->code, root))
        return ag_error_set(c->err, AG_EINPUT,
                            "%s: %s[%zu]: label \"%s\" is CAMEO root %s, code %s is root %s: give a code of root %s "
                            "or another label (docs/event-data.md)",
                            c->name, where, idx, label, root, e->code, cc->root, root);
    e->polarity = ag_cameo_polarity(e->code);
    e->goldstein = cc->goldstein;
    return AG_OK;
}

/* "codes": [{"code", "from", "until"}]: an actor's codes by date. */
static ag_status dated_codes(loadctx *c, ag_lx_entry *e, const ag__jval *arr, const char *where, size_t idx)
{
    size_t n = ag__jdoc_size(arr);
    ag_lx_dated *v = n ? ag_arena_alloc(c->lx->arena, n * sizeof *v) : NULL;
    if (!ag__jdoc_is(arr, AG__J_ARRAY) || (n && !v))
        return ag_error_set(c->err, v || !n ? AG_EINPUT : AG_ENOMEM,
                            "%s: %s[%zu]: \"codes\" must be an array of {\"code\", \"from\", \"until\"}", c->name,
                            where, idx);
    size_t i;
    const ag__jval *o;
    ag__jdoc_foreach(c->d, arr, i, o)
    {
        const char *code = ag__jdoc_str(c->d, ag__jdoc_get(c->d, o, "code"));
        int bad = !code;
        v[i].code = bad ? NULL : ag_arena_strdup(c->lx->arena, code);
        bad = bad || opt_str(c, o, "from", where, idx, &v[i].from)
              || opt_str(c, o, "until", where, idx, &v[i].until);
        if (bad || !v[i].code)
            return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: codes[%zu] needs a string \"code\" and optional "
                                "\"from\" and \"until\" dates", c->name, where, idx, i);
    }
    e->dated = v;
    e->n_dated = n;
    return AG_OK;
}

const char *ag_lexicon_code_at(const ag_lx_entry *e, const char *date)
{
    if (!e->n_dated || !date)
        return e->code;
    char d[11] = {0};
    /* YYYYMMDD -> YYYY-MM-DD, so dates compare as strings. */
    if (strlen(date) >= 8 && !strchr(date, '-'))
        snprintf(d, sizeof d, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    else
        snprintf(d, sizeof d, "%s", date);
    for (size_t i = 0; date && i < e->n_dated; i++)
        if ((!e->dated[i].from || strcmp(e->dated[i].from, d) <= 0) &&
            (!e->dated[i].until || strcmp(d, e->dated[i].until) <= 0))
            return e->dated[i].code;
    return e->code;
}

/* "target_preps": kept as " at on " so a word is found with strstr(" word "). */
static ag_status target_preps(loadctx *c, ag_lx_entry *e, const ag__jval *tp, const char *where, size_t idx)
{
    if (!tp)
        return AG_OK;
    int bad = !ag__jdoc_is(tp, AG__J_ARRAY);
    if (!bad && ag__jdoc_size(tp) > 0) {
        ag_buf b = AG_BUF_INIT;
        size_t k;
        const ag__jval *v;
        bad = ag_buf_putc(&b, ' ') != 0;
        ag__jdoc_foreach(c->d, tp, k, v)
        {
            bad |= !ag__jdoc_is(v, AG__J_STRING) || ag_buf_append(&b, ag__jdoc_str(c->d, v), v->n) || ag_buf_putc(&b, ' ');
            if (bad)
                break;
        }
        e->target_preps = bad ? NULL : ag_arena_strdup(c->lx->arena, b.data);
        bad |= !e->target_preps;
        ag_buf_free(&b);
    }
    if (bad)
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"target_preps\" must be an array of strings", c->name,
                            where, idx);
    return AG_OK;
}

/* "polarity" (-1, 0, 1) and "goldstein" (a number), when given. */
static ag_status weights(loadctx *c, ag_lx_entry *e, const ag__jval *obj, const char *where, size_t idx)
{
    const ag__jval *pol = ag__jdoc_get(c->d, obj, "polarity");
    if (pol) {
        if (!ag__jdoc_is(pol, AG__J_INTEGER) || ag__jdoc_int(c->d, pol) < -1 || ag__jdoc_int(c->d, pol) > 1)
            return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"polarity\" must be -1, 0 or 1", c->name,
                                where, idx);
        e->polarity = (int)ag__jdoc_int(c->d, pol);
    }
    const ag__jval *gs = ag__jdoc_get(c->d, obj, "goldstein");
    if (gs) {
        if (!ag__jdoc_is(gs, AG__J_INTEGER) && !ag__jdoc_is(gs, AG__J_REAL))
            return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"goldstein\" must be a number", c->name,
                                where, idx);
        e->goldstein = ag__jdoc_num(c->d, gs);
    }
    return AG_OK;
}

/* The entry's own fields from its object (not its forms). */
static ag_status entry_fields(loadctx *c, ag_lx_kind kind, const ag__jval *obj, size_t idx, ag_lx_entry *e)
{
    const char *where = section_names[kind];
    if (!ag__jdoc_is(obj, AG__J_OBJECT))
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: must be an object", c->name, where, idx);
    const char *namekey = kind == AG_LX_TITLE ? "title" : (kind == AG_LX_VERB || kind == AG_LX_MEET) ? "lemma" : "name";
    const ag__jval *nm = ag__jdoc_get(c->d, obj, namekey);
    if (!ag__jdoc_is(nm, AG__J_STRING) || !nm->n)
        return ag_error_set(c->err, AG_EINPUT, "%s: %s[%zu]: \"%s\" is missing or not a string", c->name,
                            where, idx, namekey);
    memset(e, 0, sizeof *e);
    e->kind = kind;
    if (!(e->name = ag_arena_strndup(c->lx->arena, ag__jdoc_str(c->d, nm), nm->n)))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory");
    ag_status st = opt_str(c, obj, kind == AG_LX_PLACE ? "country" : "code", where, idx, &e->code);
    if (!st)
        st = opt_str(c, obj, "affiliation", where, idx, &e->affiliation);
    if (!st)
        st = opt_str(c, obj, "role", where, idx, &e->role);
    if (!st)
        st = opt_str(c, obj, "label", where, idx, &e->label);
    if (!e->label)
        e->label = e->name;
    if (!st)
        st = weights(c, e, obj, where, idx);
    if (!st && (kind == AG_LX_VERB || kind == AG_LX_MEET) && e->code)
        st = code_facts(c, e, idx);
    const ag__jval *codes = ag__jdoc_get(c->d, obj, "codes");
    if (!st && codes)
        st = dated_codes(c, e, codes, where, idx);
    if (!st)
        st = target_preps(c, e, ag__jdoc_get(c->d, obj, "target_preps"), where, idx);
    const char *adj = ag__jdoc_str(c->d, ag__jdoc_elems(c->d, ag__jdoc_get(c->d, obj, "adjectives")));
    if (!st && adj)
        e->adjective = ag_arena_strdup(c->lx->arena, adj);
    return st;
}

static void by_name_key(char *key, size_t cap, ag_lx_kind kind, const char *name);

/* Appends e as entry *id; a later entry of the same kind and name
 * replaces the earlier one. */
static ag_status store_entry(loadctx *c, const ag_lx_entry *e, uint32_t *id)
{
    ag_lexicon *lx = c->lx;
    /* Not ag_arena_printf: two vsnprintf an entry were 12 M instructions
     * of every start (3,779 entries). Room for any kind's digits. */
    size_t cap = strlen(e->name) + 16;
    char *nk = ag_arena_alloc(lx->arena, cap);
    if (nk)
        by_name_key(nk, cap, e->kind, e->name);
    if (!nk || ag__grow(&lx->entries, &lx->cap_entries, lx->n_entries, sizeof *lx->entries, 512))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory");
    size_t old;
    if (ag__lx_table_get(&lx->by_name, lx->keys.s, nk, &old)) {
        lx->entries[old].dead = 1;
        lx->counts[e->kind]--;
    }
    *id = (uint32_t)lx->n_entries++;
    lx->entries[*id] = *e;
    lx->counts[e->kind]++;
    if (ag__lx_table_put(&lx->by_name, &lx->keys, nk, *id, NULL))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory");
    return AG_OK;
}

/* The phrases an entry is found by: its name and the form lists its kind has. */
static ag_status entry_forms(loadctx *c, ag_lx_kind kind, const ag__jval *obj, uint32_t id, const char *name,
                             size_t idx)
{
    static const struct {
        const char *key;
        ag_lx_form form;
        unsigned kinds; /* bits of ag_lx_kind */
    } lists[] = {
        {"aliases", AG_FORM_NAME, 1u << AG_LX_COUNTRY | 1u << AG_LX_ORG | 1u << AG_LX_PERSON | 1u << AG_LX_BLOCK
                                      | 1u << AG_LX_AGENCY | 1u << AG_LX_TITLE | 1u << AG_LX_PLACE},
        {"adjectives", AG_FORM_ADJ, 1u << AG_LX_COUNTRY | 1u << AG_LX_ORG | 1u << AG_LX_PERSON},
        {"demonyms", AG_FORM_DEMONYM, 1u << AG_LX_COUNTRY},
        {"capitals", AG_FORM_CAPITAL, 1u << AG_LX_COUNTRY},
        {"seats", AG_FORM_SEAT, 1u << AG_LX_COUNTRY},
        {"forms", AG_FORM_VERB, 1u << AG_LX_VERB | 1u << AG_LX_MEET},
        {"nouns", AG_FORM_NOUN, 1u << AG_LX_VERB | 1u << AG_LX_MEET},
    };
    const char *where = section_names[kind];
    int named = kind != AG_LX_BLOCK && kind != AG_LX_VERB && kind != AG_LX_MEET;
    if (named && add_form(c->lx, id, kind, AG_FORM_NAME, name))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory loading %s", c->name);
    ag_status st = AG_OK;
    for (size_t i = 0; !st && i < sizeof lists / sizeof *lists; i++)
        if (lists[i].kinds >> kind & 1u)
            st = add_forms(c, obj, lists[i].key, id, kind, lists[i].form, where, idx);
    return st;
}

static ag_status load_entry(loadctx *c, ag_lx_kind kind, const ag__jval *obj, size_t idx)
{
    ag_lx_entry e;
    uint32_t id = 0;
    ag_status st = entry_fields(c, kind, obj, idx, &e);
    if (!st)
        st = store_entry(c, &e, &id);
    if (!st)
        st = entry_forms(c, kind, obj, id, e.name, idx);
    return st;
}

/* not_actors: plain phrases; one shared entry holds them all, made by the
 * first (its name, no code: what load_entry makes of it). */
static ag_status load_block(loadctx *c, const ag__jval *v, size_t idx)
{
    const char *phrase = ag__jdoc_str(c->d, v);
    if (!phrase)
        return ag_error_set(c->err, AG_EINPUT, "%s: not_actors[%zu]: must be a string", c->name, idx);
    static const char name[] = "(not an actor)";
    long e = ag_lexicon_find(c->lx, AG_LX_BLOCK, name);
    if (e < 0) {
        ag_lx_entry new_entry = {.kind = AG_LX_BLOCK, .name = ag_arena_strdup(c->lx->arena, name)};
        uint32_t id;
        new_entry.label = new_entry.name;
        if (!new_entry.name)
            return ag_error_set(c->err, AG_ENOMEM, "out of memory");
        ag_status st = store_entry(c, &new_entry, &id);
        if (st)
            return st;
        e = id;
    }
    if (add_form(c->lx, (uint32_t)e, AG_LX_BLOCK, AG_FORM_NAME, phrase))
        return ag_error_set(c->err, AG_ENOMEM, "out of memory");
    return AG_OK;
}

/* The text as a document (json_load.h): yajl's reading, or jansson's for
 * a text yajl leaves to it, and jansson's message for a text it refuses. */
static ag_status read_doc(ag__jdoc *d, const char *json, size_t len, const char *name, ag_error *err)
{
    if (ag__jdoc_load(d, json, len) == 0)
        return AG_OK;
    json_error_t je;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return ag_error_set(err, AG_EINPUT, "%s:%d:%d: %s (see docs/lexicon.md)", name, je.line, je.column,
                            je.text);
    int bad = ag__jdoc_from_tree(d, root);
    json_decref(root);
    return bad ? ag_error_set(err, AG_ENOMEM, "out of memory loading %s", name) : AG_OK;
}

/* One section of entries (kind) under `key`. */
static ag_status load_section(loadctx *c, int kind, const char *key, const ag__jval *val, const char *json,
                              size_t len)
{
    if (!ag__jdoc_is(val, AG__J_ARRAY)) {
        ag_status st = ag_error_set(c->err, AG_EINPUT, "%s: section \"%s\" must be an array", c->name, key);
        place_error(json, len, c->name, key, NULL, c->err);
        return st;
    }
    size_t i;
    const ag__jval *obj;
    ag__jdoc_foreach(c->d, val, i, obj)
    {
        ag_status st = kind == AG_LX_BLOCK ? load_block(c, obj, i) : load_entry(c, (ag_lx_kind)kind, obj, i);
        if (st == AG_EINPUT)
            place_error(json, len, c->name, key, entry_label(c->d, obj), c->err);
        if (st)
            return st;
    }
    return AG_OK;
}

/* A top-level member after the words: the rules, a section of entries, a
 * note ("format", "comment", "_..."), or a mistake. */
static ag_status load_member(loadctx *c, const char *key, const ag__jval *val, const char *json, size_t len)
{
    if (strcmp(key, "word_classes") == 0 || strcmp(key, "lemmas") == 0)
        return AG_OK;
    if (strcmp(key, "rules") == 0) {
        const ag__jval *bad = NULL;
        ag_status st = ag__lx_load_rules(&c->lx->rules, c->lx->arena, c->d, val, c->name, &bad, c->err);
        if (st == AG_EINPUT)
            place_error(json, len, c->name, key, entry_label(c->d, bad), c->err);
        return st;
    }
    int kind = -1;
    for (int k = 0; k < AG_LX_NKINDS; k++)
        if (strcmp(key, section_names[k]) == 0 || (key[0] == '_' && strcmp(key + 1, section_names[k]) == 0))
            kind = k;
    if (kind >= 0)
        return load_section(c, kind, key, val, json, len);
    if (strcmp(key, "format") == 0 || strcmp(key, "comment") == 0 || key[0] == '_')
        return AG_OK;
    return ag_error_set(c->err, AG_EINPUT, "%s: unknown section \"%s\" (see docs/lexicon.md)", c->name, key);
}

ag_status ag_lexicon_add_json(ag_lexicon *lx, const char *json, size_t len, const char *name,
                              ag_error *err)
{
    ag__jdoc d = {0};
    if (ag__lx_thaw(lx))
        return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", name);
    ag_status st = read_doc(&d, json, len, name, err);
    if (st)
        goto out;
    if (err)
        err->msg[0] = '\0';
    loadctx c = {lx, name, err, &d};
    const ag__jval *root = ag__jdoc_root(&d);
    if (!ag__jdoc_is(root, AG__J_OBJECT)) {
        st = ag_error_set(err, AG_EINPUT, "%s:1:1: a lexicon is one JSON object (see docs/lexicon.md)", name);
        goto out;
    }
    /* Words first: the abbreviations they hold split the forms below. */
    const char *word_sections[] = {"word_classes", "lemmas"};
    for (int k = 0; k < 2 && !st; k++) {
        const ag__jval *bad = NULL, *val = ag__jdoc_get(&d, root, word_sections[k]);
        if (val && (st = ag__lx_load_words(lx->vocab, word_sections[k], &d, val, name, &bad, err)) == AG_EINPUT)
            place_error(json, len, name, word_sections[k], entry_label(&d, bad), err);
    }
    for (const ag__jval *m = ag__jdoc_members(&d, root); m && !st; m = ag__jdoc_next(&d, m))
        st = load_member(&c, ag__jdoc_key(&d, m), m, json, len);
out:
    ag__jdoc_free(&d);
    return st;
}

ag_status ag_lexicon_add_file(ag_lexicon *lx, const char *path, ag_error *err)
{
    if (ag_dict_tabari_kind(path) >= 0)
        return ag_dict_tabari_add(lx, path, err);
    char *data;
    size_t len;
    ag_status st = ag_read_file(path, &data, &len, err);
    if (st)
        return st;
    st = ag_lexicon_add_json(lx, data, len, path, err);
    free(data);
    return st;
}

/* Appends the live hits of list li to hits[n..cap); returns n + their
 * number. */
static size_t collect_list(const ag_lexicon *lx, size_t li, ag_lx_hit *hits, size_t cap, size_t n)
{
    const hitlist *h = &lx->lists[li];
    const ag_lx_hit *v = lx->hits + h->at;
    for (uint32_t k = 0; k < h->n; k++) {
        if (lx->entries[v[k].entry].dead)
            continue;
        if (n < cap)
            hits[n] = v[k];
        n++;
    }
    return n;
}

static size_t collect(const ag_lexicon *lx, const ag__lx_table *map, const char *key, ag_lx_hit *hits,
                      size_t cap, size_t n)
{
    size_t li;
    return ag__lx_table_get(map, lx->keys.s, key, &li) ? collect_list(lx, li, hits, cap, n) : n;
}

/* 1 when the token s[0..n), curly quotes made straight as ag_token_str
 * makes them, is key[0..kl) (a key holds no curly quote). */
static int token_is(const char *s, size_t n, const char *key, size_t kl)
{
    if (n <= kl)
        return n == kl && memcmp(s, key, n) == 0;
    char buf[4 * AG_WORD_MAX];
    size_t o = 0;
    for (size_t k = 0; k < n && o <= kl;) {
        const unsigned char *u = (const unsigned char *)s + k;
        int curly = n - k >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9D && u[2] != 0x9A &&
                    u[2] != 0x9B;
        buf[o++] = curly ? (u[2] <= 0x99 ? '\'' : '"') : s[k];
        k += curly ? 3 : 1;
    }
    return o == kl && memcmp(buf, key, kl) == 0;
}

size_t ag__lx_word_hits(const ag_lexicon *lx, uint32_t id, const char *s, size_t n, ag_lx_hit *hits, size_t cap)
{
    if (id >= lx->cap_wf)
        return 0;
    const ag__lx_wordforms *w = &lx->wf[id];
    size_t got = 0;
    /* Exact forms start with a capital (add_form), as in ag__lx_lookup_folded. */
    unsigned char c = (unsigned char)s[0];
    if (w->cs && ((c >= 'A' && c <= 'Z') || c >= 0x80))
        for (uint32_t k = w->cs; k; k = lx->spells[k - 1].next)
            if (token_is(s, n, lx->keys.s + lx->spells[k - 1].key, lx->spells[k - 1].len)) {
                got = collect_list(lx, lx->spells[k - 1].list, hits, cap, got);
                break;
            }
    return w->ci ? collect_list(lx, w->ci - 1, hits, cap, got) : got;
}

size_t ag_lexicon_lookup(const ag_lexicon *lx, const char *exact, ag_lx_hit *hits, size_t cap)
{
    char low[512];
    size_t l = strlen(exact);
    if (l >= sizeof low)
        return collect(lx, &lx->cs, exact, hits, cap, 0);
    memcpy(low, exact, l + 1);
    ascii_lower(low);
    return ag__lx_lookup_folded(lx, exact, low, AG_LX_PH_ANY, hits, cap);
}

size_t ag__lx_lookup_folded(const ag_lexicon *lx, const char *exact, const char *lower, unsigned maps,
                            ag_lx_hit *hits, size_t cap)
{
    /* Exact forms start with a capital (add_form): a lower-case phrase,
     * most verbs and titles, has none to look up. */
    unsigned char c = (unsigned char)exact[0];
    size_t n = (maps & AG_LX_PH_FORM_EXACT) && ((c >= 'A' && c <= 'Z') || c >= 0x80)
                   ? collect(lx, &lx->cs, exact, hits, cap, 0)
                   : 0;
    return maps & AG_LX_PH_FORM_ANYCASE ? collect(lx, &lx->ci, lower, hits, cap, n) : n;
}

const ag_lx_entry *ag_lexicon_entry(const ag_lexicon *lx, uint32_t i)
{
    return i < lx->n_entries ? &lx->entries[i] : NULL;
}

/* The by_name key "kind\x1fname" (as load_entry files it), truncated to
 * cap - 1 bytes like snprintf, without a printf per lookup. */
static void by_name_key(char *key, size_t cap, ag_lx_kind kind, const char *name)
{
    if ((int)kind < 0 || (int)kind > 9 || cap < 3) {
        snprintf(key, cap, "%d\x1f%s", (int)kind, name);
        return;
    }
    key[0] = (char)('0' + (int)kind);
    key[1] = '\x1f';
    size_t n = strlen(name);
    if (n > cap - 3)
        n = cap - 3;
    memcpy(key + 2, name, n);
    key[2 + n] = '\0';
}

long ag_lexicon_find(const ag_lexicon *lx, ag_lx_kind kind, const char *name)
{
    char key[512];
    by_name_key(key, sizeof key, kind, name);
    size_t v;
    if (ag__lx_table_get(&lx->by_name, lx->keys.s, key, &v) && !lx->entries[v].dead)
        return (long)v;
    return -1;
}

int ag_lexicon_max_words(const ag_lexicon *lx) { return lx->max_words; }

const ag_lx_rule *ag_lexicon_rules(const ag_lexicon *lx, size_t *n)
{
    *n = lx->rules.n;
    return lx->rules.v;
}

const ag_vocab *ag_lexicon_vocab(const ag_lexicon *lx) { return lx->vocab; }

const ag_lx_phrases *ag__lx_phrases(const ag_lexicon *lx) { return &lx->phrases; }

int ag_lexicon_is_prefix(const ag_lexicon *lx, const char *lower)
{
    return ag__lx_table_get(&lx->prefixes, lx->keys.s, lower, NULL);
}

size_t ag_lexicon_count(const ag_lexicon *lx, ag_lx_kind kind)
{
    return (unsigned)kind < AG_LX_NKINDS ? lx->counts[kind] : 0;
}
