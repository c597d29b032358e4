/* events_csv.c — see events_csv.h.  Each format is a list of columns, each
 * column one value of the event row; docs/event-data.md lists them. */
#include "events_csv.h"

#include <ctype.h>
#include <string.h>

#include "cameo.h"
#include "graph_int.h"

/* The values a column can hold. */
typedef enum {
    C_EMPTY = 0, C_ONE, C_ID, C_DATE8, C_DATE10, C_YEAR, C_MONTH, C_DAY, C_MONTHYEAR, C_FRACDATE, C_DATEADDED,
    C_S_CODE, C_S_ENTITY, C_S_ROLE, C_S_SECTOR, C_S_NAME, C_S_COUNTRY,
    C_T_CODE, C_T_ENTITY, C_T_ROLE, C_T_SECTOR, C_T_NAME, C_T_COUNTRY,
    C_CODE, C_BASE, C_ROOT, C_QUAD, C_GOLD, C_PLOVER, C_MODE, C_DESC, C_LOC, C_SENT, C_SENTID, C_URL, C_DOC,
    C_EVID
} colval;

typedef struct column {
    const char *name;
    colval v;
} column;

/* Actor columns are written for the source; the target's are v + T_SHIFT. */
#define T_SHIFT (C_T_CODE - C_S_CODE)

static const column phoenix[] = {
    {"EventID", C_ID}, {"Date", C_DATE8}, {"Year", C_YEAR}, {"Month", C_MONTH}, {"Day", C_DAY},
    {"SourceActorFull", C_S_CODE}, {"SourceActorEntity", C_S_ENTITY}, {"SourceActorRole", C_S_ROLE},
    {"SourceActorAttribute", C_EMPTY}, {"TargetActorFull", C_T_CODE}, {"TargetActorEntity", C_T_ENTITY},
    {"TargetActorRole", C_T_ROLE}, {"TargetActorAttribute", C_EMPTY}, {"EventCode", C_CODE},
    {"EventRootCode", C_ROOT}, {"QuadClass", C_QUAD}, {"GoldsteinScore", C_GOLD}, {"Issues", C_EMPTY},
    {"Lat", C_EMPTY}, {"Lon", C_EMPTY}, {"LocationName", C_LOC}, {"StateName", C_EMPTY},
    {"CountryCode", C_EMPTY}, {"SentenceID", C_SENTID}, {"URLs", C_URL}, {"NewsSources", C_EMPTY},
    /* actorgraph's */
    {"SourceActorName", C_S_NAME}, {"TargetActorName", C_T_NAME}, {"PloverType", C_PLOVER},
    {"PloverMode", C_MODE}, {"DocID", C_DOC}, {"Evidence", C_EVID}, {NULL, C_EMPTY}};

static const column icews[] = {
    {"Event ID", C_ID}, {"Event Date", C_DATE10}, {"Source Name", C_S_NAME}, {"Source Sectors", C_S_SECTOR},
    {"Source Country", C_S_COUNTRY}, {"Event Text", C_DESC}, {"CAMEO Code", C_CODE}, {"Intensity", C_GOLD},
    {"Target Name", C_T_NAME}, {"Target Sectors", C_T_SECTOR}, {"Target Country", C_T_COUNTRY},
    {"Story ID", C_DOC}, {"Sentence Number", C_SENT}, {"Publisher", C_EMPTY}, {"City", C_LOC},
    {"District", C_EMPTY}, {"Province", C_EMPTY}, {"Country", C_EMPTY}, {"Latitude", C_EMPTY},
    {"Longitude", C_EMPTY},
    /* actorgraph's */
    {"Source Code", C_S_CODE}, {"Target Code", C_T_CODE}, {"Root Code", C_ROOT}, {"Quad Class", C_QUAD},
    {"PLOVER Type", C_PLOVER}, {"PLOVER Mode", C_MODE}, {"URL", C_URL}, {"Evidence", C_EVID}, {NULL, C_EMPTY}};

#define GEO(a) {a "Geo_Type", C_EMPTY}, {a "Geo_FullName", C_EMPTY}, {a "Geo_CountryCode", C_EMPTY}, \
    {a "Geo_ADM1Code", C_EMPTY}, {a "Geo_ADM2Code", C_EMPTY}, {a "Geo_Lat", C_EMPTY}, {a "Geo_Long", C_EMPTY}, \
    {a "Geo_FeatureID", C_EMPTY}
#define ACTOR(a, s) {a "Code", C_##s##_CODE}, {a "Name", C_##s##_NAME}, {a "CountryCode", C_##s##_ENTITY}, \
    {a "KnownGroupCode", C_EMPTY}, {a "EthnicCode", C_EMPTY}, {a "Religion1Code", C_EMPTY}, \
    {a "Religion2Code", C_EMPTY}, {a "Type1Code", C_##s##_ROLE}, {a "Type2Code", C_EMPTY}, \
    {a "Type3Code", C_EMPTY}

static const column gdelt[] = {
    {"GLOBALEVENTID", C_ID}, {"SQLDATE", C_DATE8}, {"MonthYear", C_MONTHYEAR}, {"Year", C_YEAR},
    {"FractionDate", C_FRACDATE}, ACTOR("Actor1", S), ACTOR("Actor2", T), {"IsRootEvent", C_ONE},
    {"EventCode", C_CODE}, {"EventBaseCode", C_BASE}, {"EventRootCode", C_ROOT}, {"QuadClass", C_QUAD},
    {"GoldsteinScale", C_GOLD}, {"NumMentions", C_ONE}, {"NumSources", C_ONE}, {"NumArticles", C_ONE},
    {"AvgTone", C_EMPTY}, GEO("Actor1"), GEO("Actor2"), {"ActionGeo_Type", C_EMPTY},
    {"ActionGeo_FullName", C_LOC}, {"ActionGeo_CountryCode", C_EMPTY}, {"ActionGeo_ADM1Code", C_EMPTY},
    {"ActionGeo_ADM2Code", C_EMPTY}, {"ActionGeo_Lat", C_EMPTY}, {"ActionGeo_Long", C_EMPTY},
    {"ActionGeo_FeatureID", C_EMPTY}, {"DATEADDED", C_DATEADDED}, {"SOURCEURL", C_URL},
    /* actorgraph's */
    {"PloverType", C_PLOVER}, {"PloverMode", C_MODE}, {"DocID", C_DOC}, {"Evidence", C_EVID}, {NULL, C_EMPTY}};

static const struct {
    const char *name;
    const column *cols;
    char sep;
} styles[] = {{"phoenix", phoenix, ','}, {"icews", icews, '\t'}, {"gdelt", gdelt, '\t'}};

int ag_events_csv_parse(const char *s, ag_events_csv *f)
{
    for (size_t i = 0; s && i < sizeof styles / sizeof styles[0]; i++)
        if (strcmp(s, styles[i].name) == 0) {
            *f = (ag_events_csv)i;
            return 0;
        }
    return -1;
}

/* One side of an event. */
typedef struct side {
    const char *name, *code, *country; /* country: the name of the root country, or NULL */
} side;

typedef struct evrow {
    char id[64];
    const char *date, *doc, *url, *code, *location, *evidence;
    int sentence;
    double goldstein;
    side s, t;
} evrow;

/* The date's digits (YYYY-MM-DD or YYYYMMDD) into d8; 0 when it has none. */
static int date_digits(const char *date, char d8[9])
{
    size_t k = 0;
    for (const char *p = date; p && *p && k < 8; p++)
        if (isdigit((unsigned char)*p))
            d8[k++] = *p;
        else if (*p != '-')
            break;
    d8[k] = '\0';
    return k == 8;
}

static const char *actor_value(const side *a, colval v, char *tmp, size_t cap)
{
    const char *code = a->code ? a->code : "";
    switch (v) {
    case C_S_CODE: return code;
    case C_S_ENTITY: return strlen(code) >= 3 ? (snprintf(tmp, cap, "%.3s", code), tmp) : "";
    case C_S_ROLE: return strlen(code) >= 6 ? (snprintf(tmp, cap, "%.3s", code + 3), tmp) : "";
    case C_S_SECTOR: {
        const char *rn = strlen(code) >= 6 ? ag_cameo_role_name(code + 3) : NULL;
        if (!rn)
            return "";
        snprintf(tmp, cap, "%s", rn);
        tmp[0] = (char)toupper((unsigned char)tmp[0]);
        return tmp;
    }
    case C_S_NAME: return a->name;
    case C_S_COUNTRY: return a->country ? a->country : "";
    default: return "";
    }
}

static const char *date_value(const evrow *r, colval v, char *tmp, size_t cap)
{
    char d8[9];
    if (!date_digits(r->date, d8))
        return "";
    int y = (d8[0] - '0') * 1000 + (d8[1] - '0') * 100 + (d8[2] - '0') * 10 + (d8[3] - '0');
    int m = (d8[4] - '0') * 10 + (d8[5] - '0'), d = (d8[6] - '0') * 10 + (d8[7] - '0');
    switch (v) {
    case C_DATE8: snprintf(tmp, cap, "%s", d8); break;
    case C_DATE10: snprintf(tmp, cap, "%.4s-%.2s-%.2s", d8, d8 + 4, d8 + 6); break;
    case C_YEAR: snprintf(tmp, cap, "%d", y); break;
    case C_MONTH: snprintf(tmp, cap, "%d", m); break;
    case C_DAY: snprintf(tmp, cap, "%d", d); break;
    case C_MONTHYEAR: snprintf(tmp, cap, "%.6s", d8); break;
    /* GDELT's: year + (month * 30 + day) / 365. */
    case C_FRACDATE: snprintf(tmp, cap, "%.4f", y + ((m - 1) * 30 + d) / 365.0); break;
    default: snprintf(tmp, cap, "%s000000", d8); break;
    }
    return tmp;
}

/* The text of column v of row r (tmp holds numbers); *text is set for
 * free text, which gets the formula guard. */
static const char *value(const evrow *r, colval v, char *tmp, size_t cap, int *text)
{
    const ag_cameo_code *cc = ag_cameo_nearest(r->code);
    *text = 0;
    if (v >= C_S_CODE && v <= C_T_COUNTRY) {
        *text = v == C_S_NAME || v == C_T_NAME || v == C_S_COUNTRY || v == C_T_COUNTRY;
        return v >= C_T_CODE ? actor_value(&r->t, (colval)(v - T_SHIFT), tmp, cap) : actor_value(&r->s, v, tmp, cap);
    }
    if (v >= C_DATE8 && v <= C_DATEADDED)
        return date_value(r, v, tmp, cap);
    *text = v == C_LOC || v == C_EVID || v == C_DOC;
    switch (v) {
    case C_ONE: return "1";
    case C_ID: return r->id;
    case C_CODE: return r->code ? r->code : "";
    case C_BASE: return r->code && strlen(r->code) >= 3 ? (snprintf(tmp, cap, "%.3s", r->code), tmp) : "";
    case C_ROOT: return cc ? cc->root : "";
    case C_QUAD: return cc ? (snprintf(tmp, cap, "%d", cc->quad), tmp) : "";
    case C_GOLD: return snprintf(tmp, cap, "%.1f", r->goldstein), tmp;
    case C_PLOVER: return cc ? cc->plover : "";
    case C_MODE: return cc ? cc->mode : "";
    case C_DESC: return cc ? cc->description : "";
    case C_LOC: return r->location ? r->location : "";
    case C_SENT: return r->sentence >= 0 ? (snprintf(tmp, cap, "%d", r->sentence + 1), tmp) : "";
    case C_SENTID:
        return r->sentence >= 0 ? (snprintf(tmp, cap, "%s_%d", r->doc ? r->doc : "", r->sentence + 1), tmp) : "";
    case C_URL: return r->url ? r->url : "";
    case C_DOC: return r->doc ? r->doc : "";
    case C_EVID: return r->evidence ? r->evidence : "";
    default: return "";
    }
}

static ag_status write_row(const evrow *r, ag_events_csv f, FILE *out, ag_buf *b, ag_error *err)
{
    char sep = styles[f].sep;
    ag_buf_reset(b);
    int bad = 0;
    for (const column *c = styles[f].cols; c->name && !bad; c++) {
        char tmp[1024];
        int text;
        const char *s = value(r, c->v, tmp, sizeof tmp, &text);
        bad = (c != styles[f].cols && ag_buf_putc(b, sep)) || ag_buf_put_csv(b, s, sep, text);
    }
    bad = bad || ag_buf_putc(b, '\n');
    if (bad)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    if (fwrite(b->data, 1, b->len, out) != b->len)
        return ag_error_set(err, AG_EIO, "cannot write the event rows");
    return AG_OK;
}

ag_status ag_events_csv_header(ag_events_csv f, FILE *out, ag_error *err)
{
    if ((size_t)f >= sizeof styles / sizeof styles[0])
        return ag_error_set(err, AG_EUSAGE, "unknown event table format %d", (int)f);
    for (const column *c = styles[f].cols; c->name; c++)
        if (fprintf(out, "%s%s", c == styles[f].cols ? "" : (styles[f].sep == ',' ? "," : "\t"), c->name) < 0)
            return ag_error_set(err, AG_EIO, "cannot write the event rows");
    return fputc('\n', out) == EOF ? ag_error_set(err, AG_EIO, "cannot write the event rows") : AG_OK;
}

/* ---- from a document ---- */

static side doc_side(const ag_doc *d, const char *id)
{
    side s = {id, NULL, NULL};
    long a = ag_doc_find_actor(d, id);
    if (a < 0)
        return s;
    s.name = d->actors[a].name;
    s.code = d->actors[a].code;
    long r = a;
    for (int depth = 0; depth < 8 && d->actors[r].affiliation; depth++) {
        long p = ag_doc_find_actor(d, d->actors[r].affiliation);
        if (p < 0)
            break;
        r = p;
    }
    if (d->actors[r].kind == AG_ACTOR_COUNTRY)
        s.country = d->actors[r].name;
    return s;
}

ag_status ag_events_csv_doc(const ag_doc *d, ag_events_csv f, FILE *out, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
    ag_status st = AG_OK;
    int n = 0;
    for (size_t i = 0; i < d->n_relations && !st; i++) {
        const ag_relation *rel = &d->relations[i];
        if (rel->kind == AG_REL_AFFILIATION)
            continue;
        /* A stance or a use of force is one row; a meeting of n, one per pair. */
        int directed = rel->kind != AG_REL_MEETING;
        size_t np = directed ? 1 : rel->n_participants;
        for (size_t p = 0; p < np && !st; p++)
            for (size_t q = p + 1; q < rel->n_participants && !st; q++) {
                evrow r = {{0}, d->date, d->id, d->url, rel->code, rel->location, rel->evidence, rel->sentence,
                           rel->goldstein, doc_side(d, rel->participants[p]), doc_side(d, rel->participants[q])};
                snprintf(r.id, sizeof r.id, "%.50s-%d", d->id, ++n);
                st = write_row(&r, f, out, &b, err);
                if (directed)
                    break;
            }
    }
    ag_buf_free(&b);
    return st;
}

/* ---- from a graph ---- */

/* Node i with its country (country[] from ag_graph_countries). */
static side node_side(const ag_graph *g, const long *country, size_t i)
{
    side s = {g->nodes[i].name, g->nodes[i].code, country[i] >= 0 ? g->nodes[country[i]].name : NULL};
    return s;
}

ag_status ag_events_csv_graph(const ag_graph *g, ag_events_csv f, FILE *out, ag_error *err)
{
    ag_status st = ag_events_csv_header(f, out, err);
    ag_buf b = AG_BUF_INIT;
    long n = 0;
    long *country = malloc((g->n_nodes + 1) * sizeof *country);
    if (!st && (!country || ag_graph_countries(g, country)))
        st = ag_error_set(err, AG_ENOMEM, "out of memory while writing event rows");
    for (size_t i = 0; i < g->n_links && !st; i++) {
        const ag_link *l = &g->links[i];
        if (l->kind == AG_REL_AFFILIATION)
            continue;
        for (size_t k = 0; k < l->n_evidence && !st; k++) {
            const ag_evidence *e = &l->evidence[k];
            /* Event tables built by --from keep the source URL as the text. */
            int is_url = e->text && (strncmp(e->text, "http://", 7) == 0 || strncmp(e->text, "https://", 8) == 0);
            evrow r = {{0}, e->date, e->doc, is_url ? e->text : NULL, l->code, l->location, is_url ? NULL : e->text,
                       e->sentence, l->goldstein, node_side(g, country, l->source), node_side(g, country, l->target)};
            snprintf(r.id, sizeof r.id, "%ld", ++n);
            st = write_row(&r, f, out, &b, err);
        }
    }
    ag_buf_free(&b);
    free(country);
    return st;
}
