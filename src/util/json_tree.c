/* json_tree.c — see json_tree.h. */
#include "json_tree.h"

#include <math.h>
#include <string.h>

#include "common.h"

int ag__jset(json_t *o, const char *k, json_t *v)
{
    return v ? json_object_set_new(o, k, v) : -1;
}

int ag__jpush(json_t *arr, json_t *v)
{
    return v ? json_array_append_new(arr, v) : -1;
}

json_t *ag__jreal(double x)
{
    return isfinite(x) ? json_real(x) : json_null();
}

json_t *ag__jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *ag__jtext(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (ag_utf8_valid_prefix(s, n) == n)
        return json_stringn(s, n);
    /* Rare: a scratch arena for the repaired copy. */
    ag_arena *a = ag_arena_new();
    const char *clean = a ? ag_utf8_sanitize(a, s, n) : NULL;
    json_t *j = clean ? json_string(clean) : NULL;
    ag_arena_free(a);
    return j;
}
