/* gvid.c — object ids for the cgraph drawing in creation order.
 *
 * cgraph's default id discipline makes a named object's id the address of
 * its interned name, and agwrite lists subgraphs (the --cluster boxes, the
 * legend) in id order: the order of heap addresses, which changes from run
 * to run with address-space randomization.  Here every object, named or
 * not, gets the next number (named even, anonymous odd, as cgraph
 * expects), so the DOT of one graph and options is the same bytes every
 * time.  The names stay interned in the graph (agstrdup) and are freed
 * with it.
 */
#include "export_int.h"
#include "util_int.h"

#include <cgraph.h>
#include <stdlib.h>

typedef struct idstate {
    Agraph_t *g;
    ag_strmap *ids;  /* interned name -> id */
    char **names;    /* id / 2 -> interned name, NULL for anonymous ids */
    size_t n, cap;   /* ids handed out / room in names */
} idstate;

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
    (void)disc;
    idstate *s = calloc(1, sizeof *s);
    if (s && !(s->ids = ag_strmap_new())) {
        free(s);
        s = NULL;
    }
    if (s)
        s->g = g;
    return s;
}

/* The next id; names[id / 2] records the name (NULL: anonymous). */
static int id_next(idstate *s, char *name, IDTYPE *id)
{
    if (ag__grow(&s->names, &s->cap, s->n, sizeof *s->names, 64))
        return 0;
    s->names[s->n] = name;
    *id = 2 * (IDTYPE)s->n + (name ? 2 : 1); /* never 0 */
    s->n++;
    return 1;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    idstate *s = state;
    size_t known;
    (void)objtype;
    if (!s)
        return 0;
    if (!str)
        return id_next(s, NULL, id);
    if (ag_strmap_get(s->ids, str, &known)) {
        *id = (IDTYPE)known;
        return 1;
    }
    if (!createflag)
        return 0;
    char *name = agstrdup(s->g, str);
    if (!name || !id_next(s, name, id) || ag_strmap_put(s->ids, name, (size_t)*id))
        return 0;
    return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id;
    return 1;
}

static void id_free(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id; /* names are freed with the graph */
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
    idstate *s = state;
    (void)objtype;
    if (!s || id % 2 || id == 0 || (id - 2) / 2 >= s->n)
        return NULL;
    return s->names[(id - 2) / 2];
}

static void id_close(void *state)
{
    idstate *s = state;
    if (!s)
        return;
    ag_strmap_free(s->ids);
    free(s->names);
    free(s);
}

static void id_register(void *state, int objtype, void *obj)
{
    (void)state;
    (void)objtype;
    (void)obj;
}

/* Not const only because cgraph's discipline takes a plain pointer; never
 * written. */
static Agiddisc_t seq_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

Agraph_t *ag__ex_agopen(const char *name)
{
    Agdisc_t disc = {&AgMemDisc, &seq_ids, &AgIoDisc};
    return agopen((char *)name, Agdirected, &disc);
}
