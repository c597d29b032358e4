/* lexicon_image.c — the built image of the default lexicon (docs/lexicon.md,
 * "The built image"): loads a lexicon JSON file with the library's own
 * loader and writes its tables (lexicon_store.h, vocab_int.h) as C
 * constants, which ag_lexicon_load_default() uses in place: no parsing at
 * start-up.  Usage: lexicon_image LEXICON.json OUT.c
 *
 * Strings of the hash tables are offsets into their texts (no pointer, no
 * relocation); the entries and rules point into one text S. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_store.h"

/* The strings the entries and rules point to, each once, in the text S. */
typedef struct pool {
    ag_strmap *at; /* string -> offset + 1 */
    ag_buf text;
} pool;

static int intern(pool *p, const char *s)
{
    if (!s || ag_strmap_get(p->at, s, NULL))
        return 0;
    size_t off = p->text.len;
    return ag_buf_append(&p->text, s, strlen(s) + 1) || ag_strmap_put(p->at, s, off + 1) ? -1 : 0;
}

/* "S+off" for an interned string, "0" for NULL. */
static const char *ref(const pool *p, const char *s, char *buf, size_t cap)
{
    size_t off;
    if (!s || !ag_strmap_get(p->at, s, &off))
        return "0";
    snprintf(buf, cap, "S+%zu", off - 1);
    return buf;
}

/* "prefix off" when present, else "0". */
static const char *at(char *buf, const char *prefix, size_t off, int present)
{
    if (!present)
        return "0";
    snprintf(buf, 32, "%s%zu", prefix, off);
    return buf;
}

static int intern_all(pool *p, const ag_lexicon *lx)
{
    int bad = 0;
    for (size_t i = 0; i < lx->n_entries; i++) {
        const ag_lx_entry *e = &lx->entries[i];
        const char *f[] = {e->name, e->code, e->affiliation, e->role, e->label, e->adjective, e->target_preps};
        for (size_t k = 0; k < sizeof f / sizeof *f; k++)
            bad |= intern(p, f[k]);
        for (size_t k = 0; k < e->n_dated; k++)
            bad |= intern(p, e->dated[k].code) | intern(p, e->dated[k].from) | intern(p, e->dated[k].until);
    }
    for (size_t i = 0; i < lx->rules.n; i++) {
        const ag_lx_rule *r = &lx->rules.v[i];
        bad |= intern(p, r->name) | intern(p, r->codes) | intern(p, r->relabel);
        for (size_t k = 0; k < r->n_labels; k++)
            bad |= intern(p, r->labels[k]);
        for (size_t k = 0; k < r->n_lemmas; k++)
            bad |= intern(p, r->lemmas[k]);
    }
    return bad;
}

/* n bytes of s as the char array `name` (octal escapes: no trigraph, no
 * digit read into an escape). */
static void emit_text(FILE *out, const char *name, const char *s, size_t n)
{
    fprintf(out, "static const char %s[%zu] =\n\"", name, n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?')
            fputc(c, out);
        else
            fprintf(out, "\\%03o", c);
        if (i % 96 == 95)
            fputs("\"\n\"", out);
    }
    fputs("\";\n", out);
}

static void emit_entries(FILE *out, const pool *p, const ag_lexicon *lx)
{
    char b[7][40];
    size_t nd = 0;
    for (size_t i = 0; i < lx->n_entries; i++)
        nd += lx->entries[i].n_dated;
    /* D only when some entry has dated codes (no unused constant). */
    fputs(nd ? "static const ag_lx_dated D[] = {\n" : "", out);
    nd = 0;
    for (size_t i = 0; i < lx->n_entries; i++)
        for (size_t k = 0; k < lx->entries[i].n_dated; k++, nd++) {
            const ag_lx_dated *d = &lx->entries[i].dated[k];
            fprintf(out, "{%s,%s,%s},\n", ref(p, d->code, b[0], 32), ref(p, d->from, b[1], 32),
                    ref(p, d->until, b[2], 32));
        }
    fputs(nd ? "{0}};\n" : "", out);
    fputs("static const ag_lx_entry E[] = {\n", out);
    nd = 0;
    for (size_t i = 0; i < lx->n_entries; i++) {
        const ag_lx_entry *e = &lx->entries[i];
        fprintf(out,
                "{.kind=%d,.name=%s,.code=%s,.affiliation=%s,.role=%s,.label=%s,.adjective=%s,.target_preps=%s,"
                ".polarity=%d,.goldstein=%.17g,.is_person=%d,.dead=%d,.dated=%s,.n_dated=%zu},\n",
                (int)e->kind, ref(p, e->name, b[0], 32), ref(p, e->code, b[1], 32), ref(p, e->affiliation, b[2], 32),
                ref(p, e->role, b[3], 32), ref(p, e->label, b[4], 32), ref(p, e->adjective, b[5], 32),
                ref(p, e->target_preps, b[6], 32), e->polarity, e->goldstein, e->is_person, e->dead,
                at(b[0], "D+", nd, e->n_dated), e->n_dated);
        nd += e->n_dated;
    }
    fputs("{0}};\n", out);
}

/* The rules, their label and lemma lists in one array R (each list ends
 * with a NULL as the loader's do; NULL itself means any). */
static void emit_rules(FILE *out, const pool *p, const ag_lexicon *lx)
{
    char b[3][40];
    size_t nr = 0;
    fputs("static const char *const R[] = {\n", out);
    for (size_t i = 0; i < lx->rules.n; i++) {
        const ag_lx_rule *r = &lx->rules.v[i];
        const char **lists[2] = {r->labels, r->lemmas};
        size_t lens[2] = {r->n_labels, r->n_lemmas};
        for (int l = 0; l < 2; l++)
            for (size_t k = 0; lists[l] && k <= lens[l]; k++)
                fprintf(out, "%s,%s", ref(p, k < lens[l] ? lists[l][k] : NULL, b[0], 32), k == lens[l] ? "\n" : "");
    }
    fputs("0};\nstatic const ag_lx_rule RU[] = {\n", out);
    for (size_t i = 0; i < lx->rules.n; i++) {
        const ag_lx_rule *r = &lx->rules.v[i];
        fprintf(out, "{.name=%s,.need=%uu,.deny=%uu,", ref(p, r->name, b[0], 32), (unsigned)r->need, (unsigned)r->deny);
        fprintf(out, ".labels=%s,.n_labels=%zu,", at(b[1], "(const char **)R+", nr, r->labels != NULL), r->n_labels);
        nr += r->labels ? r->n_labels + 1 : 0;
        fprintf(out, ".lemmas=%s,.n_lemmas=%zu,", at(b[1], "(const char **)R+", nr, r->lemmas != NULL), r->n_lemmas);
        nr += r->lemmas ? r->n_lemmas + 1 : 0;
        fprintf(out, ".codes=%s,.polarity=%d,.roles=%d,.effect=%d,.options=%uu,.relabel=%s,.reach=%d},\n",
                ref(p, r->codes, b[1], 32), r->polarity, r->roles, r->effect, r->options, ref(p, r->relabel, b[2], 32),
                r->reach);
    }
    fputs("{0}};\n", out);
}

/* The plain tables: numbers only. */
static void emit_lists(FILE *out, const ag_lexicon *lx)
{
    fputs("static const ag__lx_hitlist L[] = {\n", out);
    for (size_t i = 0; i < lx->n_lists; i++)
        fprintf(out, "{%u,%u,%u},%s", lx->lists[i].at, lx->lists[i].n, lx->lists[i].cap, i % 8 == 7 ? "\n" : "");
    fputs("{0}};\nstatic const ag_lx_hit H[] = {\n", out);
    for (size_t i = 0; i < lx->n_hits; i++)
        fprintf(out, "{%u,%u},%s", lx->hits[i].entry, lx->hits[i].form, i % 12 == 11 ? "\n" : "");
    fputs("{0}};\nstatic const ag__lx_wordforms WF[] = {\n", out);
    for (size_t i = 0; i < lx->cap_wf; i++)
        fprintf(out, "{%u,%u},%s", lx->wf[i].ci, lx->wf[i].cs, i % 12 == 11 ? "\n" : "");
    fputs("{0}};\nstatic const ag__lx_spelling SP[] = {\n", out);
    for (size_t i = 0; i < lx->n_spells; i++) {
        const ag__lx_spelling *s = &lx->spells[i];
        fprintf(out, "{%u,%u,%u,%u},%s", s->key, s->len, s->list, s->next, i % 8 == 7 ? "\n" : "");
    }
    fputs("{0}};\nstatic const struct ag_lx_phrase_slot PH[] = {\n", out);
    for (size_t i = 0; i < lx->phrases.cap; i++) {
        const struct ag_lx_phrase_slot *s = &lx->phrases.slots[i];
        if (s->key)
            fprintf(out, "{%#llxull},\n", (unsigned long long)s->key);
        else
            fputs("{0},\n", out);
    }
    fputs("{0}};\n", out);
}

static void emit_table(FILE *out, const char *name, const ag__lx_table *t)
{
    fprintf(out, "static const struct ag__lx_tslot %s[] = {\n", name);
    for (size_t i = 0; i < t->cap; i++) {
        const struct ag__lx_tslot *s = &t->slots[i];
        if (s->key)
            fprintf(out, "{%#llxull,%u,%u},\n", (unsigned long long)s->hash, s->key, s->val);
        else
            fputs("{0},\n", out);
    }
    fputs("{0}};\n", out);
}

static void emit_vocab(FILE *out, const ag_vocab *v)
{
    emit_text(out, "VT", v->text, v->n_text);
    /* Aligned: a word's record is then one cache line (vocab.h). */
    fputs("static _Alignas(64) const ag_word W[] = {\n", out);
    for (size_t i = 0; i < v->n_words; i++) {
        const ag_word *w = &v->words[i];
        fprintf(out, "{.key8=%#llxull,.text=%u,.len=%u,.cls=%#llxull,.cls2=%#llxull,.cls3=%#llxull,.lemma=%u,.exact=%u,.verb=%d,.pos=%u,.exact_first=%u,.starts=%u,.starts_lower=%u},\n",
                (unsigned long long)w->key8, w->text, w->len, (unsigned long long)w->cls, (unsigned long long)w->cls2, (unsigned long long)w->cls3, w->lemma, w->exact, (int)w->verb,
                w->pos, w->exact_first, w->starts, w->starts_lower);
    }
    fputs("{0}};\nstatic const struct ag__vocab_slot VS[] = {\n", out);
    for (size_t i = 0; i < v->cap_slots; i++) {
        const struct ag__vocab_slot *s = &v->slots[i];
        if (s->hid)
            fprintf(out, "{%#llxull},\n", (unsigned long long)s->hid);
        else
            fputs("{0},\n", out);
    }
    fputs("{0}};\nstatic const ag__vocab_spelling VSP[] = {\n", out);
    for (size_t i = 0; i < v->n_sp; i++) {
        const ag__vocab_spelling *s = &v->sp[i];
        fprintf(out, "{.text=%u,.len=%zu,.bits=%#llxull,.bits2=%#llxull,.bits3=%#llxull,.next=%u,.first=%u},\n", s->text,
                s->len, (unsigned long long)s->bits, (unsigned long long)s->bits2, (unsigned long long)s->bits3, s->next,
                s->first);
    }
    fprintf(out, "{0}};\nstatic const struct ag_vocab VOC = {.text=(char *)VT,.n_text=%zu,.cap_text=%zu,"
                 ".words=(ag_word *)W,.n_words=%zu,.cap_words=%zu,.slots=(struct ag__vocab_slot *)VS,"
                 ".cap_slots=%zu,.sp=(ag__vocab_spelling *)VSP,.n_sp=%zu,.cap_sp=%zu};\n",
            v->n_text, v->n_text, v->n_words, v->n_words, v->cap_slots, v->n_sp, v->n_sp);
}

/* The lexicon itself: the tables above, by pointer. */
static void emit_lexicon(FILE *out, const ag_lexicon *lx)
{
    fprintf(out, "const struct ag_lexicon ag__lx_default_image = {.image=1,\n"
                 ".entries=(ag_lx_entry *)E,.n_entries=%zu,.cap_entries=%zu,\n"
                 ".lists=(ag__lx_hitlist *)L,.n_lists=%zu,.cap_lists=%zu,\n"
                 ".hits=(ag_lx_hit *)H,.n_hits=%zu,.cap_hits=%zu,\n.keys={(char *)K,%zu,%zu},\n",
            lx->n_entries, lx->n_entries, lx->n_lists, lx->n_lists, lx->n_hits, lx->n_hits, lx->keys.n, lx->keys.n);
    const ag__lx_table *t[] = {&lx->cs, &lx->ci, &lx->by_name, &lx->prefixes};
    const char *tn[] = {"cs", "ci", "by_name", "prefixes"};
    for (int i = 0; i < 4; i++)
        fprintf(out, ".%s={(struct ag__lx_tslot *)T%s,%zu,%zu},\n", tn[i], tn[i], t[i]->cap, t[i]->n);
    fprintf(out, ".vocab=(ag_vocab *)&VOC,.phrases={(struct ag_lx_phrase_slot *)PH,%zu,%zu},\n"
                 ".wf=(ag__lx_wordforms *)WF,.cap_wf=%zu,.spells=(ag__lx_spelling *)SP,.n_spells=%zu,.cap_spells=%zu,\n"
                 ".max_words=%d,.counts={",
            lx->phrases.cap, lx->phrases.n, lx->cap_wf, lx->n_spells, lx->n_spells, lx->max_words);
    for (int k = 0; k < AG_LX_NKINDS; k++)
        fprintf(out, "%zu,", lx->counts[k]);
    fprintf(out, "},\n.rules={(ag_lx_rule *)RU,%zu,%zu}};\n", lx->rules.n, lx->rules.n);
}

static int write_image(FILE *out, const ag_lexicon *lx, const char *from)
{
    pool p = {ag_strmap_new(), AG_BUF_INIT};
    if (!p.at || intern_all(&p, lx)) {
        ag_strmap_free(p.at);
        ag_buf_free(&p.text);
        return -1;
    }
    fprintf(out, "/* The default lexicon built from %s by tools/lexicon_image.c; do not edit. */\n"
                 "#include \"lexicon_store.h\"\n\n", from);
    emit_text(out, "S", p.text.data ? p.text.data : "", p.text.len);
    emit_text(out, "K", lx->keys.s ? lx->keys.s : "", lx->keys.n);
    emit_entries(out, &p, lx);
    emit_rules(out, &p, lx);
    emit_lists(out, lx);
    emit_table(out, "Tcs", &lx->cs);
    emit_table(out, "Tci", &lx->ci);
    emit_table(out, "Tby_name", &lx->by_name);
    emit_table(out, "Tprefixes", &lx->prefixes);
    emit_vocab(out, lx->vocab);
    emit_lexicon(out, lx);
    ag_strmap_free(p.at);
    ag_buf_free(&p.text);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: lexicon_image LEXICON.json OUT.c\n");
        return 2;
    }
    ag_error err = {{0}};
    ag_lexicon *lx = ag_lexicon_new();
    if (!lx || ag_lexicon_add_file(lx, argv[1], &err)) {
        fprintf(stderr, "lexicon_image: %s\n", lx ? err.msg : "out of memory");
        ag_lexicon_free(lx);
        return 1;
    }
    FILE *out = fopen(argv[2], "w");
    int bad = !out || write_image(out, lx, argv[1]);
    if (out && fclose(out))
        bad = 1;
    ag_lexicon_free(lx);
    if (bad) {
        fprintf(stderr, "lexicon_image: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
