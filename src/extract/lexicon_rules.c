/* lexicon_rules.c — the lexicon section "rules" (docs/lexicon.md): the
 * relation rules, named, in order, loaded into the lexicon's rule set. */
#include <stdlib.h>
#include <string.h>

#include "lexicon_int.h"
#include "util_int.h"

const char *const ag_lx_rule_conditions[] = {
    "verb", "meet", "noun", "light", "prep", "negated", "irrealis", "refused", "denied", "appealed", "wished",
    "wish_object", "shielded", "passive", "by_agent", "of_by", "between", "to_verb", "continued", "complement",
    "aimed", "reported", "threatened", "claimed", "embedded", "paired", "to_stop", "on_person", "visitor", "document",
    "named", "object", NULL};
const char *const ag_lx_rule_roles[] = {"none", "svo", "passive", "of_by", "wish", "between", "subject",
                                        "meeting", "passive_meeting", "speaker", "joint", NULL};
const char *const ag_lx_rule_effects[] = {"none", "stance", "mutual", "meeting", "summons", NULL};
static const char *const option_names[] = {"host", "proposer", "separate", "one_way", "envoy_country", "met_there", "noun_agent",
                                            "org_target", NULL};

static int name_index(const char *const *names, const char *s)
{
    for (int i = 0; s && names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static ag_status bad_rule(const char *file, size_t idx, const char *what, const char *arg, ag_error *err)
{
    return ag_error_set(err, AG_EINPUT, "%s: rules[%zu]: %s%s%s (see docs/lexicon.md)", file, idx, what,
                        arg ? " " : "", arg ? arg : "");
}

/* "when": condition names, "!name" for one that must not hold. */
static ag_status load_when(ag_lx_rule *r, const ag__jdoc *d, const ag__jval *when, const char *file, size_t idx,
                          ag_error *err)
{
    size_t i;
    const ag__jval *v;
    if (when && !ag__jdoc_is(when, AG__J_ARRAY))
        return bad_rule(file, idx, "\"when\" must be an array of condition names", NULL, err);
    ag__jdoc_foreach(d, when, i, v)
    {
        const char *s = ag__jdoc_str(d, v);
        int neg = s && *s == '!';
        int bit = name_index(ag_lx_rule_conditions, s ? s + neg : NULL);
        if (bit < 0)
            return bad_rule(file, idx, "unknown condition", s ? s : "(not a string)", err);
        if (neg)
            r->deny |= 1u << bit;
        else
            r->need |= 1u << bit;
    }
    return AG_OK;
}

/* A list of strings: labels joined as an array, codes as " 18 19 ". */
static ag_status load_strings(ag_arena *a, const ag__jdoc *d, const ag__jval *arr, const char *key, const char ***out, size_t *n,
                              const char *file, size_t idx, ag_error *err)
{
    *out = NULL;
    *n = 0;
    if (!arr)
        return AG_OK;
    if (!ag__jdoc_is(arr, AG__J_ARRAY))
        return bad_rule(file, idx, "must be an array of strings:", key, err);
    const char **v = ag_arena_alloc(a, (ag__jdoc_size(arr) + 1) * sizeof *v);
    if (!v)
        return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", file);
    size_t i;
    const ag__jval *s;
    ag__jdoc_foreach(d, arr, i, s)
    {
        if (!ag__jdoc_is(s, AG__J_STRING) || !(v[i] = ag_arena_strdup(a, ag__jdoc_str(d, s))))
            return bad_rule(file, idx, "must be an array of strings:", key, err);
    }
    *out = v;
    *n = ag__jdoc_size(arr);
    return AG_OK;
}

static ag_status load_rule(ag_lx_rule *r, ag_arena *a, const ag__jdoc *d, const ag__jval *o, const char *file,
                           size_t idx, ag_error *err)
{
    memset(r, 0, sizeof *r);
    if (!ag__jdoc_is(o, AG__J_OBJECT))
        return bad_rule(file, idx, "must be an object", NULL, err);
    r->name = ag_arena_strdup(a, ag__jdoc_str(d, ag__jdoc_get(d, o, "name")));
    if (!ag__jdoc_is(ag__jdoc_get(d, o, "name"), AG__J_STRING) || !r->name)
        return bad_rule(file, idx, "\"name\" is missing or not a string", NULL, err);
    ag_status st = load_when(r, d, ag__jdoc_get(d, o, "when"), file, idx, err);
    if (st)
        return st;
    if ((st = load_strings(a, d, ag__jdoc_get(d, o, "labels"), "labels", &r->labels, &r->n_labels, file, idx, err)))
        return st;
    if ((st = load_strings(a, d, ag__jdoc_get(d, o, "lemmas"), "lemmas", &r->lemmas, &r->n_lemmas, file, idx, err)))
        return st;
    const char **codes;
    size_t nc;
    if ((st = load_strings(a, d, ag__jdoc_get(d, o, "codes"), "codes", &codes, &nc, file, idx, err)))
        return st;
    if (nc) {
        ag_buf b = {0};
        for (size_t i = 0; i < nc; i++)
            ag_buf_printf(&b, " %s", codes[i]);
        ag_buf_puts(&b, " ");
        r->codes = b.data ? ag_arena_strdup(a, b.data) : NULL;
        ag_buf_free(&b);
    }
    const char *pol = ag__jdoc_str(d, ag__jdoc_get(d, o, "polarity"));
    r->polarity = !pol ? 2 : strcmp(pol, "+") == 0 ? 1 : strcmp(pol, "-") == 0 ? -1 : strcmp(pol, "0") == 0 ? 0 : 3;
    if (r->polarity == 3)
        return bad_rule(file, idx, "\"polarity\" must be \"+\", \"-\" or \"0\"", NULL, err);
    const char *roles = ag__jdoc_str(d, ag__jdoc_get(d, o, "roles"));
    const char *effect = ag__jdoc_str(d, ag__jdoc_get(d, o, "effect"));
    r->roles = roles ? name_index(ag_lx_rule_roles, roles) : AG_RR_NONE;
    r->effect = effect ? name_index(ag_lx_rule_effects, effect) : AG_RE_NONE;
    if (r->roles < 0 || r->effect < 0)
        return bad_rule(file, idx, "unknown roles or effect:", r->roles < 0 ? roles : effect, err);
    const ag__jval *opts = ag__jdoc_get(d, o, "options");
    size_t i;
    const ag__jval *v;
    ag__jdoc_foreach(d, opts, i, v)
    {
        int k = name_index(option_names, ag__jdoc_str(d, v));
        if (k < 0)
            return bad_rule(file, idx, "unknown option", ag__jdoc_str(d, v), err);
        r->options |= 1u << k;
    }
    r->relabel = ag_arena_strdup(a, ag__jdoc_str(d, ag__jdoc_get(d, o, "label")));
    const ag__jval *reach = ag__jdoc_get(d, o, "reach");
    r->reach = ag__jdoc_is(reach, AG__J_INTEGER) ? (int)ag__jdoc_int(d, reach) : 0;
    if (reach && (!ag__jdoc_is(reach, AG__J_INTEGER) || r->reach < 1 || r->reach > 64))
        return bad_rule(file, idx, "\"reach\" must be a number of tokens from 1 to 64", NULL, err);
    return AG_OK;
}

static long rule_named(const ag_lx_ruleset *rs, const char *name)
{
    for (size_t i = 0; name && i < rs->n; i++)
        if (strcmp(rs->v[i].name, name) == 0)
            return (long)i;
    return -1;
}

ag_status ag__lx_load_rules(ag_lx_ruleset *rs, ag_arena *a, const ag__jdoc *d, const ag__jval *arr,
                            const char *file, const ag__jval **bad, ag_error *err)
{
    *bad = NULL;
    if (!ag__jdoc_is(arr, AG__J_ARRAY))
        return ag_error_set(err, AG_EINPUT, "%s: section \"rules\" must be an array (see docs/lexicon.md)", file);
    size_t idx;
    const ag__jval *o;
    ag__jdoc_foreach(d, arr, idx, o)
    {
        ag_lx_rule r;
        ag_status st = load_rule(&r, a, d, o, file, idx, err);
        if (st) {
            *bad = o;
            return st;
        }
        long at = rule_named(rs, r.name);
        if (at >= 0) {
            rs->v[at] = r;
            continue;
        }
        if (ag__grow(&rs->v, &rs->cap, rs->n, sizeof *rs->v, 32))
            return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", file);
        long before = rule_named(rs, ag__jdoc_str(d, ag__jdoc_get(d, o, "before")));
        size_t pos = before >= 0 ? (size_t)before : rs->n;
        memmove(rs->v + pos + 1, rs->v + pos, (rs->n - pos) * sizeof *rs->v);
        rs->v[pos] = r;
        rs->n++;
    }
    return AG_OK;
}
