/* dict_verbs.c — TABARI/PETRARCH verb dictionaries: "--- NAME [CODE] ---"
 * blocks and their words ("WORD", "WORD [CODE]", "WORD {FORMS}",
 * "+MULTI_WORD {+FORM ...}"), each a verb of the word's or the block's
 * CAMEO code (root 04: a meeting verb).  Patterns ("- ..." lines) and
 * synonym sets ("&SET" and its "+WORD" lines) are skipped. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cameo.h"
#include "dict_int.h"

/* The first code of "[040:043]"-like text: digits only; "" for none. */
static void first_code(const char *in, size_t n, char out[8])
{
    size_t k = 0;
    while (k < n && k < 7 && isdigit((unsigned char)in[k])) {
        out[k] = in[k];
        k++;
    }
    out[k] = '\0';
}

/* "--- DENOUNCE [111] ---" */
static ag_status block_line(dparse *p, const char *s)
{
    const char *lb = strchr(s, '['), *rb = lb ? strchr(lb, ']') : NULL;
    p->block[0] = '\0';
    p->in_set = 0;
    if (!lb || !rb)
        return ag__dict_error(p, "a verb block starts --- NAME [CODE] ---");
    first_code(lb + 1, (size_t)(rb - lb - 1), p->block);
    return AG_OK;
}

/* base, -s, -ed, -ing of a regular verb; the first word of a phrase is
 * the one inflected ("dress down" -> "dressed down"). */
static json_t *inflect(const char *lemma)
{
    char base[256], rest[256];
    size_t w = strcspn(lemma, " ");
    snprintf(base, sizeof base, "%.*s", (int)w, lemma);
    snprintf(rest, sizeof rest, "%s", lemma + w);
    size_t n = strlen(base);
    char last = n ? base[n - 1] : '\0', prev = n > 1 ? base[n - 2] : '\0';
    char s[520], ed[520], ing[520];
    if (last == 'e') {
        snprintf(s, sizeof s, "%ss%s", base, rest);
        snprintf(ed, sizeof ed, "%sd%s", base, rest);
        snprintf(ing, sizeof ing, "%.*sing%s", (int)(n - 1), base, rest);
    } else if (last == 'y' && prev && !strchr("aeiou", prev)) {
        snprintf(s, sizeof s, "%.*sies%s", (int)(n - 1), base, rest);
        snprintf(ed, sizeof ed, "%.*sied%s", (int)(n - 1), base, rest);
        snprintf(ing, sizeof ing, "%sing%s", base, rest);
    } else {
        int es = last == 's' || last == 'x' || last == 'z' || last == 'o' || (last == 'h' && strchr("cs", prev));
        snprintf(s, sizeof s, "%s%s%s", base, es ? "es" : "s", rest);
        snprintf(ed, sizeof ed, "%sed%s", base, rest);
        snprintf(ing, sizeof ing, "%sing%s", base, rest);
    }
    return json_pack("[s,s,s,s]", lemma, s, ed, ing);
}

/* A word of the current block. */
static ag_status word_line(dparse *p, const char *s)
{
    char lemma[256], code[8];
    size_t n = strcspn(s, "[{");
    ag__dict_words(ag_lexicon_vocab(p->lx), s, n, lemma, sizeof lemma, 1);
    if (!*lemma)
        return AG_OK;
    const char *lb = strchr(s, '['), *rb = lb ? strchr(lb, ']') : NULL;
    if (lb && !rb)
        return ag__dict_error(p, "'[' without ']'");
    if (lb)
        first_code(lb + 1, (size_t)(rb - lb - 1), code);
    else
        snprintf(code, sizeof code, "%s", p->block);
    if (!*code)
        return AG_OK; /* [---]: no event of its own */
    const ag_cameo_code *cc = ag_cameo_find(code);
    if (!cc)
        return ag__dict_error(p, "code %s is not a CAMEO event code (data/cameo.tsv)", code);
    int meeting = strcmp(cc->root, "04") == 0;
    if (ag__dict_known(p, meeting ? AG_LX_MEET : AG_LX_VERB, lemma) || ag_lexicon_find(p->lx, AG_LX_VERB, lemma) >= 0 ||
        ag_lexicon_find(p->lx, AG_LX_MEET, lemma) >= 0) {
        p->skipped++;
        return AG_OK;
    }
    const char *brace = strchr(s, '{'), *rbrace = brace ? strchr(brace, '}') : NULL;
    json_t *forms = brace && rbrace ? json_pack("[s]", lemma) : inflect(lemma);
    for (const char *w = brace && rbrace ? brace + 1 : NULL; forms && w && w < rbrace;) {
        size_t len = strcspn(w, " }");
        char f[256];
        ag__dict_words(ag_lexicon_vocab(p->lx), w, len, f, sizeof f, 1);
        if (*f && json_array_append_new(forms, json_string(f)))
            return json_decref(forms), ag_error_set(p->err, AG_ENOMEM, "out of memory");
        w += len + (w[len] == ' ');
    }
    json_t *e = meeting ? json_pack("{s:s,s:s,s:o,s:[]}", "lemma", lemma, "code", code, "forms", forms, "nouns")
                        : json_pack("{s:s,s:s,s:s,s:o,s:[]}", "lemma", lemma, "label", cc->label, "code", code,
                                    "forms", forms, "nouns");
    return ag__dict_add(p, meeting ? "meetings" : "verbs", e) ? ag_error_set(p->err, AG_ENOMEM, "out of memory") : AG_OK;
}

ag_status ag__dict_verb_line(dparse *p, char *s)
{
    s = ag__dict_strip(s);
    if (!*s) {
        p->in_set = 0;
        return AG_OK;
    }
    if (strncmp(s, "---", 3) == 0)
        return block_line(p, s);
    if (*s == '&') {
        p->in_set = 1;
        p->patterns++;
        return AG_OK;
    }
    if (*s == '-' || (*s == '+' && p->in_set) || *s == '~') {
        p->patterns++;
        return AG_OK;
    }
    if (!p->block[0] && p->in_set == 0 && strchr(s, '[') == NULL)
        return AG_OK; /* words outside a block with a code */
    return word_line(p, s);
}
