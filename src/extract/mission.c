/* mission.c — diplomatic missions named in the text: "the US Embassy in
 * Moscow", "the Romanian embassy", "Embassy of Japan in China", "Pakistan
 * High Commission", "the American diplomatic mission in Moscow".  In news a
 * mission is mostly a place or the object of a measure ("the assault on the
 * Mexican embassy", "27 employees of the Spanish embassy"), and then it
 * stands for its country (data/agencies.txt leaves embassies out for that
 * reason).  It is an actor of its own, affiliated with its country, once the
 * text names a member of it ("First Secretary of the US Embassy, Jeffrey
 * Sillin") or makes it act ("The US embassy in Conakry stated"); from then
 * on every mention of a mission of that country is it (the project corpus's
 * mission actors: pc-08, pc-91, pc-92, pc-110, pc-119, pc-142). */
#include "extract_int.h"

/* A noun in its lemma's form ("embassy", not "embassies"). */
static int singular(const xdoc *x, size_t k)
{
    const ag_word *w = ag_vocab_word(ag_lexicon_vocab(x->lx), x->t.toks[k].word);
    return w && w->lemma == x->t.toks[k].word;
}

/* The head words of a mission's name at k: a mission_noun alone
 * ("embassy"), a mission_head after an envoy_modifier ("High Commission",
 * "diplomatic mission"). Their count, 0 if none. */
static size_t head_at(const xdoc *x, size_t k, size_t end)
{
    if (k + 1 < end && x_tok_has2(x, k, WC2(ENVOY_MODIFIER)) && x_tok_has2(x, k + 1, WC2(MISSION_HEAD)) &&
        singular(x, k + 1))
        return 2;
    if (k < end && x_tok_has2(x, k, WC2(MISSION_NOUN)) && !x_tok_has2(x, k, WC2(MISSION_HEAD)) && singular(x, k))
        return 1;
    return 0;
}

/* The country a mission serves, at i: a name, adjective or possessive
 * ("US", "Romanian", "Mexico's"). Its words' count, 0 if none. */
static size_t country_at(xdoc *x, size_t i, size_t end, int *country)
{
    ag_lx_hit h;
    size_t m = x_match(x, i, end, KIND(AG_LX_COUNTRY), &h);
    if (!m || h.form == AG_FORM_DEMONYM || (*country = ag__x_actor_for_lex(x, h.entry, 0)) < 0)
        return 0;
    if (i + m < end && (x_tflags(x, i + m) & AG_TOK_POSS))
        m++;
    return m;
}

/* "in Moscow" after the name: the mission's seat, part of its name. */
static size_t seat_end(const xdoc *x, size_t k, size_t end)
{
    size_t m = x_tok_is(x, k, "in") ? x_match(x, k + 1, end, KIND(AG_LX_PLACE) | KIND(AG_LX_COUNTRY), NULL) : 0;
    return m ? k + 1 + m : k;
}

/* The document's mission of that country (the latest one, any country
 * when country < 0), or -1: the organizations named as missions are filed
 * (XI_MISSION) and few. */
static int find_mission(xdoc *x, int country)
{
    /* Filed when first asked (few documents ask): an organization's name
     * and kind never change, and actors are filed in order as when made. */
    for (; x->missions_seen < x->n_actors; x->missions_seen++) {
        const xactor *a = &x->actors[x->missions_seen];
        if (a->kind == AG_ACTOR_ORGANIZATION && ag__x_mission_name(x, a->name))
            ag__x_index_add(x, &(xkey){XI_MISSION, NULL, 0, 0}, (int)x->missions_seen);
    }
    size_t n;
    const int *v = ag__x_index_all(x, &(xkey){XI_MISSION, NULL, 0, 0}, &n);
    int latest = -1;
    for (size_t q = 0; q < n; q++) {
        const xactor *a = &x->actors[v[q]];
        if (v[q] > latest && a->affil >= 0 && (country < 0 || a->affil == country) &&
            x->actors[a->affil].kind == AG_ACTOR_COUNTRY)
            latest = v[q];
    }
    return latest;
}

static int new_mission(xdoc *x, int country, size_t j, size_t k)
{
    int made, a = ag__x_org_named(x, ag__x_surface(x, j, k), &made);
    if (a >= 0 && made) {
        ag__x_set_affil(x, a, country);
        const char *cc = x->actors[country].code;
        x->actors[a].role = "GOV";
        if (cc)
            x->actors[a].code = ag__x_cat(x, cc, "GOV", "");
    }
    return a;
}

size_t ag__x_mission_at(xdoc *x, size_t j, size_t end, int make, int *actor)
{
    int country = -1;
    size_t c = country_at(x, j, end, &country), h = c ? head_at(x, j + c, end) : 0, k = j + c + h;
    if (!h) {
        /* "Embassy of Romania" */
        h = head_at(x, j, end);
        if (!h || !x_tok_is(x, j + h, "of"))
            return 0;
        size_t q = j + h + 1 + x_tok_is(x, j + h + 1, "the");
        c = country_at(x, q, end, &country);
        if (!c)
            return 0;
        k = q + c;
    }
    k = seat_end(x, k, end);
    int m = find_mission(x, country);
    if (m < 0 && make)
        m = new_mission(x, country, j, k);
    if (m >= 0)
        ag__x_add_alias_span(x, m, j, k);
    *actor = m >= 0 ? m : country;
    return k - j;
}

/* "the Embassy" at j, a mission's head alone: its length (0 if none) and
 * the document's latest mission in *actor. */
static size_t mission_bare(xdoc *x, size_t j, size_t end, int *actor)
{
    size_t h = head_at(x, j, end);
    int m = h && !x_tok_is(x, j + h, "of") ? find_mission(x, -1) : -1;
    if (m < 0)
        return 0;
    *actor = m;
    return h;
}

size_t ag__x_mission_ref(xdoc *x, size_t j, size_t end, int bare, int *actor)
{
    size_t m = bare ? mission_bare(x, j, end, actor) : 0;
    return m ? m : ag__x_mission_at(x, j, end, 0, actor);
}
