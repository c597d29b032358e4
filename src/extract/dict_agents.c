/* dict_agents.c — TABARI/PETRARCH agent dictionaries: "!SET! = A, B"
 * substitution sets, and "NAME [~ROLE]" lines (an optional {PLURAL ...}
 * list of other forms; {} for none).  An agent whose last word names an
 * institution (ministry, department, ...: the lexicon's institution_noun
 * class) becomes an agency type, any other a title; the role completes the country's code (TUR + GOV). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict_int.h"

#define MAX_FORMS 64

/* A name whose last word is an institution_noun (lexicon word class). */
static int institution(const dparse *p, const char *name)
{
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    uint64_t c2;
    ag_vocab_classes(ag_lexicon_vocab(p->lx), last, strlen(last), NULL, &c2);
    return (c2 & WC2(INSTITUTION_NOUN)) != 0;
}

/* "!MINIST! = MINISTER, MINISTERS, MINISTRY" */
static ag_status set_line(dparse *p, char *s)
{
    char *eq = strchr(s, '=');
    char *end = strchr(s + 1, '!');
    if (!eq || !end || end > eq)
        return ag__dict_error(p, "a substitution set reads !NAME! = WORD, WORD");
    json_t *words = json_array();
    char *save = NULL;
    for (char *w = strtok_r(eq + 1, ",", &save); w && words; w = strtok_r(NULL, ",", &save)) {
        while (*w == ' ' || *w == '\t')
            w++;
        size_t n = strlen(w);
        while (n && (w[n - 1] == ' ' || w[n - 1] == '\t'))
            w[--n] = '\0';
        if (n && json_array_append_new(words, json_string(w)))
            return json_decref(words), ag_error_set(p->err, AG_ENOMEM, "out of memory");
    }
    end[1] = '\0';
    if (!words || json_object_set_new(p->sets, s, words))
        return ag_error_set(p->err, AG_ENOMEM, "out of memory");
    return AG_OK;
}

/* Every form of a name with its first !SET! replaced by each of the set's
 * words (recursively, so two sets in one name work too). */
static ag_status expand(dparse *p, const char *name, char forms[][256], size_t *n)
{
    const char *b = strchr(name, '!');
    const char *e = b ? strchr(b + 1, '!') : NULL;
    if (!b || !e) {
        if (*n < MAX_FORMS)
            ag__dict_words(ag_lexicon_vocab(p->lx), name, strlen(name), forms[(*n)++], 256, 0);
        return AG_OK;
    }
    char key[64];
    snprintf(key, sizeof key, "%.*s", (int)(e - b + 1), b);
    json_t *words = json_object_get(p->sets, key);
    if (!words)
        return ag__dict_error(p, "substitution set %s is not defined above", key);
    size_t i;
    json_t *w;
    json_array_foreach(words, i, w)
    {
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s%s%s", (int)(b - name), name, json_string_value(w), e + 1);
        ag_status st = expand(p, buf, forms, n);
        if (st)
            return st;
    }
    return AG_OK;
}

static ag_status agent(dparse *p, char *s, char *lb, char *rb, char forms[][256]);

ag_status ag__dict_agent_line(dparse *p, char *s)
{
    s = ag__dict_strip(s);
    if (!*s)
        return AG_OK;
    if (*s == '!' && strchr(s, '='))
        return set_line(p, s);
    /* A line without a code gives no agent (PETRARCH skips it too); a
     * code closed by } instead of ] is read. */
    char *lb = strchr(s, '['), *rb = lb ? strpbrk(lb, "]}") : NULL;
    if (!lb) {
        p->skipped++;
        return AG_OK;
    }
    if (!rb)
        return ag__dict_error(p, "an agent line reads NAME [~ROLE]");
    char(*forms)[256] = malloc(MAX_FORMS * sizeof *forms);
    if (!forms)
        return ag_error_set(p->err, AG_ENOMEM, "out of memory");
    ag_status st = agent(p, s, lb, rb, forms);
    free(forms);
    return st;
}

/* One title (agency 0) or agency type (1) of the forms of its kind; none
 * when there are no such forms or the lexicon has the first one. */
static ag_status emit(dparse *p, char forms[][256], size_t n, int agency, const char *role)
{
    json_t *e = NULL, *aliases = NULL;
    for (size_t i = 0; i < n; i++) {
        if (institution(p, forms[i]) != agency)
            continue;
        if (!e) {
            if (ag__dict_known(p, agency ? AG_LX_AGENCY : AG_LX_TITLE, forms[i])) {
                p->skipped++;
                return AG_OK;
            }
            e = json_pack("{s:s,s:s,s:[]}", agency ? "name" : "title", forms[i], "role", role, "aliases");
            aliases = json_object_get(e, "aliases");
            if (!e)
                return ag_error_set(p->err, AG_ENOMEM, "out of memory");
        } else if (json_array_append_new(aliases, json_string(forms[i]))) {
            json_decref(e);
            return ag_error_set(p->err, AG_ENOMEM, "out of memory");
        }
    }
    if (e && ag__dict_add(p, agency ? "agencies" : "titles", e))
        return ag_error_set(p->err, AG_ENOMEM, "out of memory");
    return AG_OK;
}

/* One agent line, its code between lb and rb; forms is scratch space. */
static ag_status agent(dparse *p, char *s, char *lb, char *rb, char forms[][256])
{
    char code[32], from[11], until[11];
    if (ag__dict_code(p, lb + 1, (size_t)(rb - lb - 1), code, from, until))
        return AG_EINPUT;
    char role[32];
    size_t k = 0;
    for (const char *c = code; *c; c++)
        if (*c != '~')
            role[k++] = *c;
    role[k] = '\0';
    size_t n = 0;
    char *brace = strchr(s, '{');
    char head[512];
    snprintf(head, sizeof head, "%.*s", (int)((brace && brace < lb ? brace : lb) - s), s);
    ag_status st = expand(p, head, forms, &n);
    /* {PLURAL ...}: more forms, given whole. */
    char *rbrace = brace ? strchr(brace, '}') : NULL;
    for (char *w = brace && rbrace ? brace + 1 : NULL; !st && w && w < rbrace && n < MAX_FORMS;) {
        size_t len = strcspn(w, " }");
        if (len)
            ag__dict_words(ag_lexicon_vocab(p->lx), w, len, forms[n++], 256, 0);
        w += len + (w[len] == ' ');
    }
    if (st || !n || !*forms[0])
        return st ? st : ag__dict_error(p, "an agent line starts with its name");
    /* The forms that name an institution make an agency type, the others a
     * title: !MINIST! gives both "X Minister" and "X Ministry". */
    for (int agency = 0; agency < 2 && !st; agency++)
        st = emit(p, forms, n, agency, role);
    return st;
}
