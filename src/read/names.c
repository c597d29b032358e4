/* names.c — see names.h. */
#include "names.h"

#include <ctype.h>
#include <string.h>

/* The word s[0..n) names a body, not a person. */
static int body_word(const ag_vocab *v, const char *s, size_t n)
{
    uint64_t c2 = 0;
    uint64_t c = ag_vocab_classes(v, s, n, NULL, &c2);
    return (c & (WC(ORG_HEAD) | WC(STATE_NOUN))) != 0 ||
           (c2 & (WC2(INSTITUTION_NOUN) | WC2(COLLECTIVE_WORD))) != 0;
}

int ag_name_is_personal(const ag_vocab *v, const char *name)
{
    if (!name || strchr(name, '(') || !isupper((unsigned char)name[0]))
        return 0;
    int words = 0;
    for (const char *w = name; *w;) {
        size_t len = strcspn(w, " -");
        if (len && body_word(v, w, len))
            return 0;
        words += len > 0;
        w += len;
        w += *w != '\0';
    }
    return words >= 2 && words <= 4;
}
