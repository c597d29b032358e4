/* extract.c — ag_extract(): read the text, find and resolve mentions in
 * two passes (the first learns every titled name so that a surname or a
 * title met before it still resolves), relate, and assemble the ag_doc. */
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "extract_int.h"
#include "ruleplan.h"
#include "util_int.h"

void ag__x_doc_free(xdoc *x)
{
    static const size_t rel_owns[] = {offsetof(xrel, parts)}; /* an actor's aliases are in the doc's arena */
    static const size_t arrays[] = {offsetof(xdoc, chunks), offsetof(xdoc, tok_chunk), offsetof(xdoc, mfirst),
                                    offsetof(xdoc, mcount), offsetof(xdoc, mkinds),    offsetof(xdoc, mpool),
                                    offsetof(xdoc, countries), offsetof(xdoc, quote_spk), offsetof(xdoc, mstart),
                                    offsetof(xdoc, scan),      offsetof(xdoc, sentsum),  offsetof(xdoc, subj_next),
                                    offsetof(xdoc, tknown)};
    if (x->per_tok) { /* the arrays are in it, not allocations of their own */
        free(x->per_tok);
        x->tok_chunk = x->mfirst = NULL;
        x->mcount = x->mkinds = NULL;
        x->mstart = x->tknown = NULL;
        x->scan = NULL;
        x->sentsum = NULL;
        x->subj_next = NULL;
    }
    free(x->actors);
    ag__free_owners(x->rels, x->n_rels, sizeof *x->rels, rel_owns, 1);
    ag__free_members(x, arrays, sizeof arrays / sizeof *arrays);
    ag__x_coref_free(x);
    ag__x_index_free(x->index);
    ag_text_free(&x->t);
}

static void reset_pass(xdoc *x, int pass)
{
    x->pass = pass;
    x->n_chunks = 0;
    for (size_t i = 0; i < x->t.n_toks; i++)
        x->tok_chunk[i] = -1;
    for (size_t i = 0; i < x->n_actors; i++) {
        x->actors[i].mentions = 0;
        x->actors[i].loc_mentions = 0;
        x->actors[i].mod_mentions = 0;
        x->actors[i].prep_mentions = 0;
    }
    ag__x_coref_reset(x);
    x->last_meeting = x->last_proposer = x->last_attacker = x->last_coup = x->last_coercer = -1;
    x->n_joint_auth = x->n_voice = x->n_pend = 0;
    x->last_proposer_sent = 0;
    memset(&x->roster, 0, sizeof x->roster);
    x->roster.rel = -1;
    x->deleg.n = 0;
    x->lone.actor = -1;
}

/* "UN Security Council", "AU Commission": the body's name names its
 * organization (corpus guide 16), which then stays although the text names
 * it nowhere else. */
static int named_inside(const xdoc *x, int body, int org)
{
    if (x->actors[org].lex < 0)
        return 0;
    for (size_t c = 0; c < x->n_chunks; c++) {
        const xchunk *ch = &x->chunks[c];
        for (size_t k = ch->t0; ch->actor == body && k < ch->t1; k++) {
            for (size_t m = k + 1; m <= ch->t1 && m <= k + 4 && m - k < ch->t1 - ch->t0; m++) {
                char w[128];
                size_t s = x->t.toks[k].start, n = x->t.toks[m - 1].end - s;
                if (n >= sizeof w)
                    break;
                memcpy(w, x->text + s, n);
                w[n] = '\0';
                ag_lx_hit hits[8];
                size_t nh = ag_lexicon_lookup(x->lx, w, hits, 8);
                for (size_t h = 0; h < nh && h < 8; h++)
                    if ((int)hits[h].entry == x->actors[org].lex)
                        return 1;
            }
        }
    }
    return 0;
}

/* Which actors the document reports: those mentioned other than as mere
 * places, and every affiliation they lead to. */
static void choose(xdoc *x, int *keep)
{
    for (size_t i = 0; i < x->n_actors; i++) {
        xactor *a = &x->actors[i];
        keep[i] = a->mentions > 0 && (a->in_relation || a->loc_mentions + a->mod_mentions < a->mentions);
        /* A body the lexicon does not know, named by its head noun alone
         * and only as the object of a preposition ("briefed him on the
         * Customs Union", "head of the Main Directorate"), is an actor only
         * when it acts or has members. */
        if (a->kind == AG_ACTOR_ORGANIZATION && a->lex < 0 && a->agency < 0 && a->affil < 0 && !a->in_relation &&
            !a->n_members && a->prep_mentions == a->mentions)
            keep[i] = 0;
    }
    /* Countries an actor belongs to stay even when the text never names
     * them (the graph rolls up to countries); an organization parent stays
     * only when the text names it. */
    for (size_t i = 0; i < x->n_actors; i++) {
        if (!keep[i])
            continue;
        /* A known person's organization is part of who they are (Kofi Annan
         * of the United Nations), named in the text or not. */
        int known_person = x->actors[i].kind == AG_ACTOR_PERSON && x->actors[i].lex >= 0;
        for (int p = x->actors[i].affil, h = 0; p >= 0 && h < 8; p = x->actors[p].affil, h++)
            if (x->actors[p].kind == AG_ACTOR_COUNTRY || x->actors[p].mentions > 0 || known_person ||
                named_inside(x, x->actors[i].affil == p ? (int)i : -1, p))
                keep[p] = 1;
    }
}

/* The kept actors of the doc with their ids: slugs of canonical names,
 * made unique ("-2", "-3", ...).  AG_ENOMEM without a message. */
static ag_status actor_ids(xdoc *x, const int *keep, const char **ids, ag_strmap *taken)
{
    ag_doc *d = x->doc;
    ag_arena *A = d->arena;
    size_t n = 0;
    for (size_t i = 0; i < x->n_actors; i++)
        n += keep[i] != 0;
    d->actors = ag_arena_alloc(A, (n + 1) * sizeof *d->actors);
    if (!d->actors)
        return AG_ENOMEM;
    for (size_t i = 0; i < x->n_actors; i++) {
        if (!keep[i])
            continue;
        char *id = ag_slug(A, x->actors[i].name);
        for (int k = 2; id && ag_strmap_get(taken, id, NULL); k++)
            id = ag_arena_printf(A, "%s-%d", ag_slug(A, x->actors[i].name), k);
        if (!id || ag_strmap_put(taken, id, i))
            return AG_ENOMEM;
        ids[i] = id;
        d->actors[d->n_actors++].id = id;
    }
    return AG_OK;
}

/* The rest of each kept actor, in the order of actor_ids. */
static ag_status actor_fields(xdoc *x, const int *keep, const char **ids)
{
    ag_doc *d = x->doc;
    size_t k = 0;
    for (size_t i = 0; i < x->n_actors; i++) {
        if (!keep[i])
            continue;
        xactor *xa = &x->actors[i];
        ag_actor *a = &d->actors[k++];
        a->name = xa->name;
        a->kind = xa->kind;
        a->code = xa->code;
        /* A leader's spouse ("First Lady", role ELI) holds no office: no
         * member of the government whose country is her root. */
        a->affiliation = xa->affil >= 0 && keep[xa->affil] && !ag__x_report_source(x, (int)i) && !ag__x_spouse(x, (int)i)
                             ? ids[xa->affil]
                             : NULL;
        a->mentions = xa->mentions;
        a->n_aliases = xa->n_aliases;
        a->aliases = ag_arena_alloc(d->arena, (xa->n_aliases + 1) * sizeof *a->aliases);
        if (!a->aliases)
            return AG_ENOMEM;
        if (xa->n_aliases)
            memcpy(a->aliases, xa->aliases, xa->n_aliases * sizeof *a->aliases);
    }
    return AG_OK;
}

/* The kind a relation is written with.  The passes know a use of force
 * ("invaded", "shelled") as a hostile stance, which it is to them (an
 * attack on a country answers for its allies, ends a roster...); the
 * output tells it apart, here and only here, by its code's CAMEO root
 * (18-20), since an attack takes no position: it is a kind of its own
 * (tests/corpus/README.md, "Military attacks ... are not stances"). */
static ag_rel_kind out_kind(const xrel *r)
{
    return r->kind == AG_REL_STANCE && ag_cameo_is_force(r->code) ? AG_REL_FORCE : r->kind;
}

/* The relations whose participants were all kept. */
static ag_status relations(xdoc *x, const int *keep, const char **ids)
{
    ag_doc *d = x->doc;
    ag_arena *A = d->arena;
    d->relations = ag_arena_alloc(A, (x->n_rels + 1) * sizeof *d->relations);
    if (!d->relations)
        return AG_ENOMEM;
    char *ev = NULL; /* the evidence of sentence ev_sent */
    int ev_sent = -1;
    for (size_t i = 0; i < x->n_rels; i++) {
        xrel *r = &x->rels[i];
        ag_relation *o = &d->relations[d->n_relations];
        *o = (ag_relation){.kind = out_kind(r), .label = r->label, .code = r->code, .polarity = r->polarity,
                           .goldstein = r->goldstein, .location = r->location, .sentence = r->sent, .rule = r->rule};
        /* The relations of a sentence share its text: a long sentence with
         * many relations costs its length once. */
        if (r->sent != ev_sent) {
            const ag_sentence *se = &x->t.sents[r->sent];
            ev = ag_arena_strndup(A, x->text + se->start, se->end - se->start);
            ev_sent = r->sent;
        }
        o->evidence = ev;
        size_t np = r->kind == AG_REL_MEETING ? r->n_parts : 2;
        o->participants = ag_arena_alloc(A, np * sizeof *o->participants);
        if (!o->evidence || !o->participants)
            return AG_ENOMEM;
        int bad = 0;
        size_t n = 0;
        /* "greeted by A and First Lady B": a leader's spouse at a meeting
         * of two others is there, but no party to it. */
        int drop = r->kind == AG_REL_MEETING && np - ag__x_spouses(x, r->parts, np) >= 2;
        for (size_t p = 0; p < np; p++) {
            int a = r->kind == AG_REL_MEETING ? r->parts[p] : p == 0 ? r->src : r->tgt;
            if (a < 0 || !keep[a])
                bad = 1;
            else if (!drop || !ag__x_spouse(x, a))
                o->participants[n++] = ids[a];
        }
        o->n_participants = n;
        if (!bad)
            d->n_relations++;
    }
    return AG_OK;
}

static ag_status assemble(xdoc *x, const ag_doc_input *in, ag_error *err)
{
    int *keep = calloc(x->n_actors + 1, sizeof *keep);
    const char **ids = calloc(x->n_actors + 1, sizeof *ids);
    ag_strmap *taken = ag_strmap_new(); /* ids given so far */
    ag_status st = keep && ids && taken ? AG_OK : AG_ENOMEM;
    if (st)
        goto out;
    choose(x, keep);
    st = actor_ids(x, keep, ids, taken);
    if (!st)
        st = actor_fields(x, keep, ids);
    if (!st)
        st = relations(x, keep, ids);
out:
    if (st)
        ag_error_set(err, st, "%s: out of memory", in->id);
    free(keep);
    free(ids);
    ag_strmap_free(taken);
    return st;
}

ag_status ag_extract(const ag_lexicon *lx, const ag_doc_input *in, ag_doc **out, ag_error *err)
{
    return ag_extract_explain(lx, in, NULL, out, err);
}

/* The country the text names most, places counting half, other than the
 * n_except actors of except; -1 if none. */
int ag__x_dominant_except(const xdoc *x, const int *except, size_t n_except)
{
    int dom = -1;
    for (size_t i = 0, best = 0; i < x->n_actors; i++) {
        const xactor *a = &x->actors[i];
        size_t score = (size_t)(2 * (a->mentions - a->loc_mentions) + a->loc_mentions), e = 0;
        while (e < n_except && except[e] != (int)i)
            e++;
        if (a->kind == AG_ACTOR_COUNTRY && e == n_except && score > best) {
            best = score;
            dom = (int)i;
        }
    }
    return dom;
}

ag_status ag_extract_explain(const ag_lexicon *lx, const ag_doc_input *in, ag_buf *explain, ag_doc **out,
                             ag_error *err)
{
    return ag__extract_planned(lx, NULL, in, 0, explain, out, err);
}

/* An empty document state for lx (plan: NULL or lx's plan). */
static void xdoc_start(xdoc *x, const ag_lexicon *lx, const ag__x_ruleplan *plan, ag_buf *explain)
{
    memset(x, 0, sizeof *x);
    x->lx = lx;
    x->plan = plan;
    x->dominant = -1;
    x->explain = explain;
}

/* The per-token and per-sentence arrays of the passes in one block
 * (x->per_tok): nine allocations of a few KB each, and their frees, were
 * a fifth of a short document's malloc work.  Laid out by falling
 * alignment; those the passes read before they write are zeroed, as
 * calloc made them, each on its own (one memset of them all passes 2 KB
 * in most documents, where glibc's memset turns to `rep stosb`, which
 * callgrind counts a byte an instruction).  Returns 0, or -1 out of
 * memory. */
_Static_assert(_Alignof(struct xscan) <= _Alignof(uint16_t), "scan follows the 16-bit arrays");

static int alloc_per_token(xdoc *x)
{
    size_t nt = x->t.n_toks + 1, ns = x->t.n_sents + 1;
    size_t per_tok = sizeof *x->tok_chunk + sizeof *x->mfirst + sizeof *x->subj_next + sizeof *x->mkinds +
                     sizeof *x->mcount + sizeof *x->scan + sizeof *x->mstart + sizeof *x->tknown;
    char *p = malloc(ns * sizeof *x->sentsum + nt * per_tok);
    if (!p)
        return -1;
    x->per_tok = p;
    x->sentsum = memset(p, 0, ns * sizeof *x->sentsum);
    x->tok_chunk = (void *)(p += ns * sizeof *x->sentsum);
    x->mfirst = (void *)(p += nt * sizeof *x->tok_chunk);
    x->subj_next = (void *)(p += nt * sizeof *x->mfirst);
    x->mkinds = (void *)(p += nt * sizeof *x->subj_next);
    x->mcount = memset(p += nt * sizeof *x->mkinds, 0, nt * sizeof *x->mcount);
    x->scan = memset(p += nt * sizeof *x->mcount, 0, nt * sizeof *x->scan);
    x->mstart = memset(p += nt * sizeof *x->scan, 0, nt * sizeof *x->mstart);
    x->tknown = memset(p + nt * sizeof *x->mstart, 0, nt * sizeof *x->tknown);
    return 0;
}

/* The kinds of the forms token t (of a known word w) may match: a token
 * with no capital first ("to", "the") only forms matched in any case, as
 * exact forms start with a capital (ag__lx_lookup_folded): "To Lam" makes
 * "to" start a form, but no lower-case "to" matches it. */
static uint16_t token_starts(const xdoc *x, const ag_token *t, const ag_word *w)
{
    unsigned char c = (unsigned char)x->text[t->start];
    return (c >= 'A' && c <= 'Z') || c >= 0x80 ? w->starts : w->starts_lower;
}

/* A word that starts no lexicon form (and is short enough for the
 * vocabulary to know that), or that a token spells without the capital
 * all its forms need, has no phrase matches: its empty entry is filled
 * now, so no lookup ever runs for it. Another is looked up when first
 * asked for a kind of form it may start (x_match). */
void ag__x_lookups_init(xdoc *x)
{
    x->mfirst[x->t.n_toks] = -1;
    x->mkinds[x->t.n_toks] = XM_UNLOOKED;
    const ag_vocab *vocab = ag_lexicon_vocab(x->lx);
    for (size_t i = 0; i < x->t.n_toks; i++) {
        const ag_token *t = &x->t.toks[i];
        int known = t->end - t->start <= AG_WORD_MAX, none = known && !(t->cls & WC_PHRASE_START);
        const ag_word *w = none || !known ? NULL : ag_vocab_word(vocab, t->word);
        uint16_t kinds = w ? token_starts(x, t, w) : XM_UNLOOKED - 1;
        none |= !kinds;
        x->mfirst[i] = none ? 0 : -1;
        x->mkinds[i] = none ? 0 : (uint16_t)(XM_UNLOOKED | kinds);
    }
}

ag_status ag__extract_planned(const ag_lexicon *lx, const ag__x_ruleplan *plan, const ag_doc_input *in,
                              int utf8_checked, ag_buf *explain, ag_doc **out, ag_error *err)
{
    *out = NULL;
    const char *docid = in->id ? in->id : "document";
    if (in->len > AG_EXTRACT_MAX_BYTES)
        return ag_error_set(err, AG_EINPUT, "%s: document of %zu bytes is over the limit of %zu; split it",
                            docid, in->len, (size_t)AG_EXTRACT_MAX_BYTES);
    xdoc x;
    xdoc_start(&x, lx, plan, explain);
    if (explain)
        ag_buf_printf(explain, "document %s\n", docid);
    x.doc = ag_doc_new();
    if (!x.doc)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    ag_status st = AG_OK;
    ag_arena *A = x.doc->arena;
    x.doc->id = ag_arena_strdup(A, docid);
    x.doc->date = ag_arena_strdup(A, in->date);
    x.doc->title = ag_arena_strdup(A, in->title);
    x.doc->url = ag_arena_strdup(A, in->url);
    /* Valid UTF-8 (what JSON input always is) is copied whole; other bytes
     * become U+FFFD. Then NFC, so names compare and slug the same however
     * accents are written. */
    const char *raw = in->text ? in->text : "";
    size_t rawlen = in->text ? in->len : 0;
    int valid = (utf8_checked && in->text) || ag_utf8_valid_prefix(raw, rawlen) == rawlen;
    char *copy = valid ? ag_arena_strndup(A, raw, rawlen) : ag_utf8_sanitize(A, raw, rawlen);
    if (copy) {
        ag_text_mend_hyphens(copy);
        x.text = ag_utf8_nfc(A, copy);
    }
    if (!x.text || !x.doc->id)
        goto oom;
    if (ag_text_split(x.text, strlen(x.text), ag_lexicon_vocab(lx), &x.t) != AG_OK ||
        ag__x_split_pairs(lx, &x.t))
        goto oom;
    if (alloc_per_token(&x))
        goto oom;
    ag__x_lookups_init(&x);

    reset_pass(&x, 1);
    for (size_t i = 0; i < x.t.n_sents; i++)
        if (ag__x_mentions_sentence(&x, i))
            goto oom;
    /* The country the whole text is most about: the fallback for titles
     * that name none ("President X" in a story about one country). */
    x.dominant = ag__x_dominant_except(&x, NULL, 0);
    /* '"The Government condemns X. ...," the ministry said': a quote's
     * speaker may be named sentences later, whose chunks pass 2 has not
     * made yet when it relates the first. */
    x.quote_spk = malloc((x.t.n_sents + 1) * sizeof *x.quote_spk);
    if (!x.quote_spk)
        goto oom;
    ag__x_quote_speakers(&x);
    ag__x_forward_groups(&x);
    reset_pass(&x, 2);
    for (size_t i = 0; i < x.t.n_sents; i++)
        if (ag__x_mentions_sentence(&x, i) || ag__x_relate_sentence(&x, i))
            goto oom;
    ag__x_representative_affils(&x);
    ag__x_aide_affils(&x);
    ag__x_capacity_affils(&x);
    ag__x_member_affils(&x);
    ag__x_drop_met_guesses(&x);
    ag__x_office_affils(&x);
    ag__x_meetings_resolve(&x);
    if (x.oom) /* a step after the passes could not allocate its scratch */
        goto oom;
    st = assemble(&x, in, err);
    if (st)
        goto fail;
    ag__x_doc_free(&x);
    *out = x.doc;
    return AG_OK;
oom:
    st = ag_error_set(err, AG_ENOMEM, "%s: out of memory", docid);
fail:
    ag__x_doc_free(&x);
    ag_doc_free(x.doc);
    return st;
}
