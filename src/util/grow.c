/* grow.c — ag__grow and ag__grow_slot, and the destructors of what they
 * grow, ag__free_members and ag__free_owners (util_int.h). */
#include "util_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

ag_status ag__grow(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return AG_OK;
    size_t c = *cap ? *cap : (first ? first : 1);
    while (c <= n) {
        if (c > SIZE_MAX / 2)
            return AG_ENOMEM;
        c *= 2;
    }
    if (size && c > SIZE_MAX / size)
        return AG_ENOMEM;
    /* arr points to some T *; every object pointer has one representation
     * on the platforms we build for, so it is read and written as void *. */
    void *old;
    memcpy(&old, arr, sizeof old);
    void *p = realloc(old, c * size);
    if (!p)
        return AG_ENOMEM;
    memcpy(arr, &p, sizeof p);
    *cap = c;
    return AG_OK;
}

void *ag__dup_array(const void *p, size_t n, size_t size, int *ok)
{
    void *q = n && size <= SIZE_MAX / n ? malloc(n * size) : NULL;
    if (n && !q)
        *ok = 0;
    return q ? memcpy(q, p, n * size) : NULL;
}

void *ag__grow_slot(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    if (ag__grow(arr, cap, n, size, first))
        return NULL;
    char *base;
    memcpy(&base, arr, sizeof base);
    return memset(base + n * size, 0, size);
}

void ag__free_members(void *obj, const size_t *off, size_t n_off)
{
    /* Each member is some T *, read as void * as in ag__grow. */
    for (size_t k = 0; k < n_off; k++) {
        void *p;
        memcpy(&p, (char *)obj + off[k], sizeof p);
        free(p);
    }
}

void ag__free_owners(void *arr, size_t n, size_t size, const size_t *off, size_t n_off)
{
    for (size_t i = 0; arr && i < n; i++)
        ag__free_members((char *)arr + i * size, off, n_off);
    free(arr);
}
