/* cameo.h — the one CAMEO event code table (data/cameo.tsv, compiled in;
 * docs/event-data.md): code -> root -> quad class -> Goldstein value ->
 * PLOVER type and mode -> relation label, and label -> code.
 *
 * The table is constant data: lookups need no setup and are safe from any
 * thread.  A relation's polarity follows the quad class of its code (quad
 * 1-2 cooperative +1, 3-4 hostile -1), and a label names codes of one root
 * only, so one label never carries two polarities.
 *
 * Ownership: every pointer returned points into the constant table.
 */
#ifndef AG_CAMEO_H
#define AG_CAMEO_H

#include <stddef.h>

typedef struct ag_cameo_code {
    const char *code;        /* "111" */
    const char *root;        /* "11" */
    int quad;                /* 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict */
    double goldstein;        /* -10..+10 */
    const char *plover;      /* PLOVER event type ("ACCUSE"), "" when none */
    const char *mode;        /* PLOVER mode ("disapprove"), "" when none */
    const char *label;       /* relation label: the code's own, its parent's or its root's */
    const char *description; /* "Criticize or denounce" */
} ag_cameo_code;

typedef struct ag_cameo_label {
    const char *label; /* "criticize" */
    const char *code;  /* its code when a verb gives none: "111" */
} ag_cameo_label;

/* The row of exactly this code, or NULL. */
const ag_cameo_code *ag_cameo_find(const char *code);
/* The row of this code, else of its 3-digit parent, else of its root;
 * NULL when even the root is unknown ("999", "", NULL). */
const ag_cameo_code *ag_cameo_nearest(const char *code);
/* The label's row in the label table, or NULL for a label the table does
 * not know (then any code may go with it). */
const ag_cameo_label *ag_cameo_find_label(const char *label);
/* 1 for quad 1-2, -1 for quad 3-4, 0 when the code has no known root. */
int ag_cameo_polarity(const char *code);
/* 1 when the code's root is 18, 19 or 20 (assault, fight, mass
 * violence): a use of force, which is a relation of its own (kind
 * "force"), not a stance; 0 otherwise (NULL, "", other roots). */
int ag_cameo_is_force(const char *code);
/* Quad class 1-4 of the code's root, 0 when it has none. */
int ag_cameo_quad(const char *code);
/* 0 when `code` may carry `label` (same root, or a label the table does
 * not know); -1 otherwise, with the label's root in `root` (3 bytes). */
int ag_cameo_check(const char *label, const char *code, char root[3]);
/* The name of a CAMEO actor role or type (the first three letters of
 * code3): "GOV" -> "government"; NULL when unknown. */
const char *ag_cameo_role_name(const char *code3);
/* The rows in code order, for listings. */
size_t ag_cameo_count(void);
const ag_cameo_code *ag_cameo_at(size_t i);
size_t ag_cameo_label_count(void);
const ag_cameo_label *ag_cameo_label_at(size_t i);

#endif
