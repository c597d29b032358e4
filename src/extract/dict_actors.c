/* dict_actors.c — TABARI/PETRARCH actor dictionaries: an actor line
 * (NAME_WITH_UNDERSCORES and optional [CODE ...] groups), + synonym
 * lines, and [CODE] lines below it.  An undated code is the actor's code;
 * dated ones go into "codes" and are chosen by each document's date. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "dict_int.h"
#include "names.h"

/* Adds the [...] groups of s to the current entry. */
static ag_status codes_of(dparse *p, const char *s)
{
    for (const char *b = strchr(s, '['); b; b = strchr(b + 1, '[')) {
        const char *e = strchr(b, ']');
        if (!e)
            return ag__dict_error(p, "'[' without ']'");
        char code[32], from[11], until[11];
        if (ag__dict_code(p, b + 1, (size_t)(e - b - 1), code, from, until))
            return AG_EINPUT;
        if (strcmp(code, "---") == 0)
            continue;
        if (!*from && !*until) {
            json_object_set_new(p->cur, "code", json_string(code));
            continue;
        }
        json_t *codes = json_object_get(p->cur, "codes");
        json_t *c = json_pack("{s:s}", "code", code);
        if (c && *from)
            json_object_set_new(c, "from", json_string(from));
        if (c && *until)
            json_object_set_new(c, "until", json_string(until));
        if (!c || json_array_append_new(codes, c))
            return ag_error_set(p->err, AG_ENOMEM, "out of memory");
    }
    return AG_OK;
}

/* The finished entry into its section: a new country (a 3-letter code the
 * lexicon does not know), a person or an organization affiliated with the
 * country of its code. */
ag_status ag__dict_actor_end(dparse *p)
{
    json_t *e = p->cur;
    p->cur = NULL;
    if (!e)
        return AG_OK;
    const char *code = json_string_value(json_object_get(e, "code"));
    json_t *codes = json_object_get(e, "codes");
    if (!code && json_array_size(codes))
        code = json_string_value(json_object_get(json_array_get(codes, 0), "code"));
    const char *name = json_string_value(json_object_get(e, "name"));
    if (!code || !name) {
        size_t line = p->line;
        p->line = p->cur_line;
        ag_status st = ag__dict_error(p, "actor '%s' has no [CODE]", name ? name : "");
        p->line = line;
        json_decref(e);
        return st;
    }
    if (!json_array_size(codes))
        json_object_del(e, "codes");
    const char *country = ag__dict_country(p, code);
    if (strlen(code) == 3 && country) {
        p->skipped++; /* the lexicon's country, with its forms, stays */
        json_decref(e);
        return AG_OK;
    }
    if (strlen(code) == 3 && isupper((unsigned char)code[0]) && !json_array_size(codes))
        return ag__dict_add(p, "countries", e) ? ag_error_set(p->err, AG_ENOMEM, "out of memory") : AG_OK;
    if (country)
        json_object_set_new(e, "affiliation", json_string(country));
    const char *section = ag_name_is_personal(ag_lexicon_vocab(p->lx), name) ? "persons" : "organizations";
    return ag__dict_add(p, section, e) ? ag_error_set(p->err, AG_ENOMEM, "out of memory") : AG_OK;
}

ag_status ag__dict_actor_line(dparse *p, char *s)
{
    s = ag__dict_strip(s);
    if (!*s)
        return AG_OK;
    char name[512];
    if (*s == '+' || *s == '[') {
        if (!p->cur)
            return ag__dict_error(p, "'%.40s' comes before any actor line", s);
        if (*s == '[')
            return codes_of(p, s);
        size_t n = strcspn(s, "[");
        ag__dict_words(ag_lexicon_vocab(p->lx), s, n, name, sizeof name, 0);
        if (*name && json_array_append_new(json_object_get(p->cur, "aliases"), json_string(name)))
            return ag_error_set(p->err, AG_ENOMEM, "out of memory");
        return codes_of(p, s + n);
    }
    size_t n = strcspn(s, "[{");
    ag__dict_words(ag_lexicon_vocab(p->lx), s, n, name, sizeof name, 0);
    if (!*name)
        return ag__dict_error(p, "an actor line starts with its name");
    /* Names listed one under the other share the codes below them. */
    if (p->cur && !json_object_get(p->cur, "code") && !json_array_size(json_object_get(p->cur, "codes"))) {
        if (json_array_append_new(json_object_get(p->cur, "aliases"), json_string(name)))
            return ag_error_set(p->err, AG_ENOMEM, "out of memory");
        return codes_of(p, s + n);
    }
    ag_status st = ag__dict_actor_end(p);
    if (st)
        return st;
    p->cur = json_pack("{s:s,s:[],s:[]}", "name", name, "aliases", "codes");
    p->cur_line = p->line;
    if (!p->cur)
        return ag_error_set(p->err, AG_ENOMEM, "out of memory");
    return codes_of(p, s + n);
}
