/* lexicon_words.c — the lexicon sections about single words
 * (docs/lexicon.md): "word_classes" (closed classes and the word lists the
 * extractor's rules test) and "lemmas" (WordNet lemmas of inflected forms),
 * loaded into the lexicon's vocabulary. */
#include <string.h>

#include "lexicon_int.h"

static ag_status bad_words(const char *file, const char *sec, size_t idx, const char *what, ag_error *err)
{
    return ag_error_set(err, AG_EINPUT, "%s: %s[%zu]: %s (see docs/lexicon.md)", file, sec, idx, what);
}

/* One class: a later entry of the same class replaces the earlier one. */
static ag_status load_class(ag_vocab *v, const ag__jdoc *d, const ag__jval *obj, const char *file, size_t idx,
                            ag_error *err)
{
    const char *sec = "word_classes";
    if (!ag__jdoc_is(obj, AG__J_OBJECT))
        return bad_words(file, sec, idx, "must be an object", err);
    const char *name = ag__jdoc_str(d, ag__jdoc_get(d, obj, "class"));
    if (!name)
        return bad_words(file, sec, idx, "\"class\" is missing or not a string", err);
    int cls = ag_word_class_parse(name);
    if (cls < 0)
        return ag_error_set(err, AG_EINPUT, "%s: %s[%zu]: unknown class \"%s\"; docs/lexicon.md lists the classes",
                            file, sec, idx, name);
    const ag__jval *cs = ag__jdoc_get(d, obj, "case");
    const char *mode = cs ? ag__jdoc_str(d, cs) : "any";
    if (!mode || (strcmp(mode, "any") && strcmp(mode, "exact")))
        return bad_words(file, sec, idx, "\"case\" must be \"any\" or \"exact\"", err);
    const ag__jval *words = ag__jdoc_get(d, obj, "words");
    if (!ag__jdoc_is(words, AG__J_ARRAY))
        return bad_words(file, sec, idx, "\"words\" must be an array of strings", err);
    ag_vocab_clear(v, cls);
    size_t i;
    const ag__jval *w;
    ag__jdoc_foreach(d, words, i, w)
    {
        const char *s = ag__jdoc_str(d, w);
        if (!s || !*s || w->n > AG_WORD_MAX || strchr(s, ' '))
            return ag_error_set(err, AG_EINPUT, "%s: %s[%zu].words[%zu]: must be one word of at most %d bytes",
                                file, sec, idx, i, AG_WORD_MAX);
        int exact = strcmp(mode, "exact") == 0;
        if (exact ? ag_vocab_add_exact(v, s, w->n, cls) : ag_vocab_add_class(v, s, w->n, cls))
            return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", file);
    }
    return AG_OK;
}

/* One lemma and its forms: each form's lemma becomes this word. */
static ag_status load_lemma(ag_vocab *v, const ag__jdoc *d, const ag__jval *obj, const char *file, size_t idx,
                            ag_error *err)
{
    const char *sec = "lemmas";
    if (!ag__jdoc_is(obj, AG__J_OBJECT))
        return bad_words(file, sec, idx, "must be an object", err);
    const char *lemma = ag__jdoc_str(d, ag__jdoc_get(d, obj, "lemma"));
    const char *pos = ag__jdoc_str(d, ag__jdoc_get(d, obj, "pos"));
    const ag__jval *forms = ag__jdoc_get(d, obj, "forms");
    if (!lemma || !*lemma || strlen(lemma) > AG_WORD_MAX)
        return bad_words(file, sec, idx, "\"lemma\" must be one word", err);
    if (!pos || (strcmp(pos, "verb") && strcmp(pos, "noun")))
        return bad_words(file, sec, idx, "\"pos\" must be \"verb\" or \"noun\"", err);
    if (!ag__jdoc_is(forms, AG__J_ARRAY))
        return bad_words(file, sec, idx, "\"forms\" must be an array of strings", err);
    uint8_t p = strcmp(pos, "verb") == 0 ? AG_POS_VERB : AG_POS_NOUN;
    uint32_t lid = ag_vocab_add(v, lemma, strlen(lemma));
    ag_word *lw = ag_vocab_word_mut(v, lid);
    if (!lw)
        return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", file);
    lw->pos |= p;
    size_t i;
    const ag__jval *f;
    ag__jdoc_foreach(d, forms, i, f)
    {
        const char *s = ag__jdoc_str(d, f);
        if (!s || !*s || f->n > AG_WORD_MAX)
            return ag_error_set(err, AG_EINPUT, "%s: %s[%zu].forms[%zu]: must be one word", file, sec, idx, i);
        ag_word *w = ag_vocab_word_mut(v, ag_vocab_add(v, s, f->n));
        if (!w)
            return ag_error_set(err, AG_ENOMEM, "out of memory loading %s", file);
        w->lemma = lid;
        w->pos |= p;
    }
    return AG_OK;
}

ag_status ag__lx_load_words(ag_vocab *v, const char *section, const ag__jdoc *d, const ag__jval *arr,
                            const char *file, const ag__jval **bad, ag_error *err)
{
    *bad = NULL;
    if (!ag__jdoc_is(arr, AG__J_ARRAY))
        return ag_error_set(err, AG_EINPUT, "%s: section \"%s\" must be an array", file, section);
    int classes = strcmp(section, "word_classes") == 0;
    size_t i;
    const ag__jval *obj;
    ag__jdoc_foreach(d, arr, i, obj)
    {
        ag_status st = classes ? load_class(v, d, obj, file, i, err) : load_lemma(v, d, obj, file, i, err);
        if (st) {
            *bad = obj;
            return st;
        }
    }
    return AG_OK;
}
