/* dict_tabari.c — see dict_tabari.h: the line loop, codes and dates,
 * names, and the hand-over of the built entries to the lexicon. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dict_int.h"

int ag_dict_tabari_kind(const char *path)
{
    static const char *const ext[] = {".actors", ".agents", ".verbs"};
    size_t n = strlen(path);
    if (n > 4 && strcasecmp(path + n - 4, ".txt") == 0)
        n -= 4;
    for (int k = 0; k < 3; k++) {
        size_t e = strlen(ext[k]);
        if (n > e && strncasecmp(path + n - e, ext[k], e) == 0)
            return k;
    }
    return -1;
}

ag_status ag__dict_error(dparse *p, const char *fmt, ...)
{
    char msg[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return ag_error_set(p->err, AG_EINPUT, "%s:%zu: %s (see docs/event-data.md)", p->name, p->line, msg);
}

char *ag__dict_strip(char *s)
{
    for (char *c = s; *c; c++)
        if (*c == '#' || (*c == ';' && (c == s || c[-1] == ' ' || c[-1] == '\t'))) {
            *c = '\0';
            break;
        }
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

void ag__dict_words(const ag_vocab *v, const char *in, size_t n, char *out, size_t cap, int lower)
{
    size_t k = 0;
    int words = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        char c = in[i] == '_' || in[i] == '\t' ? ' ' : in[i];
        if ((c == '+' && k == 0) || (c == ' ' && (k == 0 || out[k - 1] == ' ')))
            continue;
        words += c != ' ' && (k == 0 || out[k - 1] == ' ');
        out[k++] = c;
    }
    while (k && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    if (!lower && words == 1 && k <= 5)
        return; /* "NATO", "UN" */
    int first = 1;
    for (char *w = out; *w;) {
        size_t len = strcspn(w, " ");
        for (size_t i = 0; i < len; i++)
            w[i] = (char)tolower((unsigned char)w[i]);
        uint64_t c2 = 0;
        if (!lower && !first)
            ag_vocab_classes(v, w, len, NULL, &c2);
        if (!lower && !(c2 & WC2(NAME_LOWER_WORD)))
            w[0] = (char)toupper((unsigned char)w[0]);
        first = 0;
        w += len;
        while (*w == ' ')
            w++;
    }
}

/* YYMMDD (00-30: 20YY, as TABARI) or YYYYMMDD -> YYYY-MM-DD; -1 if neither.
 * As PETRARCH: up to seven digits are YYMMDD and more, eight or more
 * YYYYMMDD and more. */
static int dict_date(const char *s, size_t n, char out[11])
{
    if (n < 6 || strspn(s, "0123456789") < n)
        return -1;
    n = n >= 8 ? 8 : 6;
    int yy = n == 6 ? (s[0] - '0') * 10 + (s[1] - '0') : 0;
    if (n == 6)
        snprintf(out, 11, "%s%.2s-%.2s-%.2s", yy <= 30 ? "20" : "19", s, s + 2, s + 4);
    else
        snprintf(out, 11, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    return out[5] > '1' || (out[5] == '1' && out[6] > '2') || out[8] > '3' ? -1 : 0;
}

int ag__dict_code(dparse *p, const char *in, size_t n, char code[32], char from[11], char until[11])
{
    size_t i = 0, c = 0;
    while (i < n && isspace((unsigned char)in[i]))
        i++;
    while (i < n && !isspace((unsigned char)in[i]) && in[i] != '>' && in[i] != '<' && c < 31)
        code[c++] = in[i++];
    code[c] = '\0';
    from[0] = until[0] = '\0';
    if (!c || strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~-:") != c)
        return ag__dict_error(p, "'[%.*s]' is no code: a code is letters or digits, then an optional date range",
                          (int)n, in), -1;
    while (i < n && isspace((unsigned char)in[i]))
        i++;
    if (i == n)
        return 0;
    const char *d = in + i;
    size_t dn = n - i;
    const char *dash = memchr(d, '-', dn);
    int bad;
    if (*d == '>' || *d == '<') {
        size_t sp = 1;
        while (sp < dn && d[sp] == ' ')
            sp++;
        bad = dict_date(d + sp, dn - sp, *d == '>' ? from : until);
    }
    else if (dash)
        bad = (dash > d && dict_date(d, (size_t)(dash - d), from)) ||
              ((size_t)(dash - d) + 1 < dn && dict_date(dash + 1, dn - (size_t)(dash - d) - 1, until));
    else
        bad = dict_date(d, dn, from); /* a lone date: from then on */
    if (bad)
        return ag__dict_error(p, "'%.*s' is no date range: YYMMDD-YYMMDD, >YYMMDD or <YYMMDD (YYYYMMDD too)",
                          (int)dn, d), -1;
    return 0;
}

int ag__dict_add(dparse *p, const char *section, json_t *obj)
{
    json_t *arr = json_object_get(p->lex, section);
    if (!obj || !arr)
        return json_decref(obj), -1;
    return json_array_append_new(arr, obj);
}

int ag__dict_known(const dparse *p, ag_lx_kind kind, const char *s)
{
    if (ag_lexicon_find(p->lx, kind, s) >= 0)
        return 1;
    ag_lx_hit hits[32];
    size_t n = ag_lexicon_lookup(p->lx, s, hits, 32);
    for (size_t i = 0; i < n && i < 32; i++) {
        const ag_lx_entry *e = ag_lexicon_entry(p->lx, hits[i].entry);
        if (e && !e->dead && e->kind == kind)
            return 1;
    }
    return 0;
}

const char *ag__dict_country(const dparse *p, const char *code3)
{
    const ag_lx_entry *e;
    for (uint32_t i = 0; (e = ag_lexicon_entry(p->lx, i)) != NULL; i++)
        if (!e->dead && e->kind == AG_LX_COUNTRY && e->code && strncmp(e->code, code3, 3) == 0 && strlen(e->code) == 3)
            return e->name;
    return NULL;
}

static ag_status read_lines(dparse *p, ag_dict_kind kind, const char *text, size_t len)
{
    ag_status st = AG_OK;
    size_t pos = 0;
    char *s = NULL;
    while (!st && pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
        p->line++;
        free(s);
        if (!(s = malloc(n + 1)))
            return ag_error_set(p->err, AG_ENOMEM, "out of memory");
        memcpy(s, text + pos, n);
        s[n] = '\0';
        pos += n + 1;
        if (kind == AG_DICT_ACTORS)
            st = ag__dict_actor_line(p, s);
        else if (kind == AG_DICT_AGENTS)
            st = ag__dict_agent_line(p, s);
        else
            st = ag__dict_verb_line(p, s);
    }
    free(s);
    if (!st && kind == AG_DICT_ACTORS)
        st = ag__dict_actor_end(p);
    return st;
}

ag_status ag_dict_tabari_add_text(ag_lexicon *lx, ag_dict_kind kind, const char *text, size_t len,
                                  const char *name, ag_error *err)
{
    dparse p;
    memset(&p, 0, sizeof p);
    p.lx = lx;
    p.name = name;
    p.err = err;
    if (memchr(text, '\0', len))
        return ag_error_set(err, AG_EINPUT, "%s: a dictionary is text; this file holds NUL bytes", name);
    p.lex = json_pack("{s:[],s:[],s:[],s:[],s:[],s:[],s:[]}", "countries", "organizations", "persons", "titles",
                      "agencies", "verbs", "meetings");
    p.sets = json_object();
    ag_status st = p.lex && p.sets ? read_lines(&p, kind, text, len) : ag_error_set(err, AG_ENOMEM, "out of memory");
    char *js = st ? NULL : json_dumps(p.lex, JSON_COMPACT);
    if (!st && !js)
        st = ag_error_set(err, AG_ENOMEM, "out of memory");
    if (!st)
        st = ag_lexicon_add_json(lx, js, strlen(js), name, err);
    free(js);
    json_decref(p.cur);
    json_decref(p.lex);
    json_decref(p.sets);
    return st;
}

ag_status ag_dict_tabari_add(ag_lexicon *lx, const char *path, ag_error *err)
{
    int kind = ag_dict_tabari_kind(path);
    if (kind < 0)
        return ag_error_set(err, AG_EUSAGE, "%s: not a .actors, .agents or .verbs dictionary", path);
    char *data;
    size_t len;
    ag_status st = ag_read_file(path, &data, &len, err);
    if (st)
        return st;
    st = ag_dict_tabari_add_text(lx, (ag_dict_kind)kind, data, len, path, err);
    free(data);
    return st;
}
