/* cameo.c — see cameo.h; the rows come from data/cameo.tsv through
 * tools/cameo_table.c (build/cameo_table.h). */
#include "cameo.h"

#include <stdlib.h>
#include <string.h>

#include "cameo_table.h"

#define N_CODES (sizeof cameo_codes / sizeof cameo_codes[0])
#define N_LABELS (sizeof cameo_labels / sizeof cameo_labels[0])

static int cmp_code(const void *key, const void *elt)
{
    return strcmp(key, ((const ag_cameo_code *)elt)->code);
}

static int cmp_label(const void *key, const void *elt)
{
    return strcmp(key, ((const ag_cameo_label *)elt)->label);
}

const ag_cameo_code *ag_cameo_find(const char *code)
{
    if (!code)
        return NULL;
    return bsearch(code, cameo_codes, N_CODES, sizeof cameo_codes[0], cmp_code);
}

const ag_cameo_code *ag_cameo_nearest(const char *code)
{
    const ag_cameo_code *c = ag_cameo_find(code);
    size_t n = code ? strlen(code) : 0;
    char key[4] = {0};
    if (!c && n >= 3) {
        memcpy(key, code, 3);
        c = ag_cameo_find(key);
    }
    if (!c && n >= 2) {
        key[0] = code[0];
        key[1] = code[1];
        key[2] = '\0';
        c = ag_cameo_find(key);
    }
    return c;
}

const ag_cameo_label *ag_cameo_find_label(const char *label)
{
    if (!label)
        return NULL;
    return bsearch(label, cameo_labels, N_LABELS, sizeof cameo_labels[0], cmp_label);
}

int ag_cameo_quad(const char *code)
{
    const ag_cameo_code *c = ag_cameo_nearest(code);
    return c ? c->quad : 0;
}

int ag_cameo_polarity(const char *code)
{
    int q = ag_cameo_quad(code);
    return q == 0 ? 0 : q <= 2 ? 1 : -1;
}

int ag_cameo_is_force(const char *code)
{
    /* By the root alone: every code under 18-20 is a use of force, and a
     * code the table lacks ("1999") still has its root's meaning. */
    return code && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 || strncmp(code, "20", 2) == 0);
}

int ag_cameo_check(const char *label, const char *code, char root[3])
{
    const ag_cameo_label *l = ag_cameo_find_label(label);
    if (!l || !code)
        return 0;
    root[0] = l->code[0];
    root[1] = l->code[1];
    root[2] = '\0';
    return strncmp(code, root, 2) == 0 && strlen(code) >= 2 ? 0 : -1;
}

size_t ag_cameo_count(void) { return N_CODES; }

const ag_cameo_code *ag_cameo_at(size_t i) { return i < N_CODES ? &cameo_codes[i] : NULL; }

size_t ag_cameo_label_count(void) { return N_LABELS; }

const ag_cameo_label *ag_cameo_label_at(size_t i) { return i < N_LABELS ? &cameo_labels[i] : NULL; }

/* CAMEO actor roles and types (the CAMEO codebook's actor chapter), as
 * they read after a country adjective: "Turkish government". */
static const struct {
    const char *code, *name;
} roles[] = {
    {"GOV", "government"},   {"MIL", "military"},       {"COP", "police"},        {"JUD", "judiciary"},
    {"LEG", "legislature"},  {"SPY", "intelligence"},   {"OPP", "opposition"},    {"REB", "rebels"},
    {"INS", "insurgents"},   {"SEP", "separatists"},    {"UAF", "armed forces"},  {"PTY", "party"},
    {"ELI", "elites"},       {"BUS", "business"},       {"MED", "media"},         {"EDU", "education"},
    {"CVL", "civilians"},    {"LAB", "labor"},          {"REF", "refugees"},      {"CRM", "criminals"},
    {"AGR", "agriculture"},  {"ENV", "environmentalists"}, {"HLH", "health"},     {"HRI", "human rights"},
    {"DEV", "development"},  {"MOD", "moderates"},      {"RAD", "radicals"},      {"REL", "religious"},
    {"IMG", "immigrants"},   {"SET", "settlers"},       {"IGO", "intergovernmental"}, {"NGO", "NGO"},
    {"NGM", "movement"},     {"MNC", "multinational"},  {"PKO", "peacekeepers"},  {"UIS", "unidentified state"},
    {"CHR", "Christians"},   {"MOS", "Muslims"},        {"JEW", "Jews"},          {"BUD", "Buddhists"},
    {"HIN", "Hindus"},       {"SHI", "Shia"},           {"SUN", "Sunni"},         {"CTH", "Catholics"},
    {"ITH", "Orthodox"},     {"ATH", "atheists"},
};

const char *ag_cameo_role_name(const char *code3)
{
    for (size_t i = 0; code3 && i < sizeof roles / sizeof roles[0]; i++)
        if (strncmp(roles[i].code, code3, 3) == 0)
            return roles[i].name;
    return NULL;
}
