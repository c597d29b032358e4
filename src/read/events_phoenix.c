/* events_phoenix.c — Phoenix event data as CSV with its header (the Cline
 * Center's historical Phoenix and the Open Event Data Alliance's daily
 * files use the same column names; PentaClass is read where QuadClass is
 * missing, it is not needed), and the CSV field splitter. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "events_int.h"

static const char phoenix_cols[] =
    "EventID, Date, Year, Month, Day, SourceActorFull, SourceActorEntity, SourceActorRole, "
    "SourceActorAttribute, TargetActorFull, TargetActorEntity, TargetActorRole, TargetActorAttribute, "
    "EventCode, EventRootCode, QuadClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName, "
    "CountryCode, SentenceID, URLs, NewsSources";

int ag__ev_map_phoenix(ev_cols *m, char **f, size_t n, char *why, size_t cap)
{
    static const ev_colname want[] = {
        {EV_ID, "EventID", 0},          {EV_DATE, "Date", 1},
        {EV_S_CODE, "SourceActorFull", 1}, {EV_S_COUNTRY, "SourceActorEntity", 0},
        {EV_S_ROLE, "SourceActorRole", 0}, {EV_T_CODE, "TargetActorFull", 1},
        {EV_T_COUNTRY, "TargetActorEntity", 0}, {EV_T_ROLE, "TargetActorRole", 0},
        {EV_CODE, "EventCode", 1},      {EV_GOLDSTEIN, "GoldsteinScore", 0},
        {EV_LOCATION, "LocationName", 0}, {EV_URL, "URLs", 0},
    };
    m->sep = ',';
    return ag__ev_map_header(m, f, n, want, sizeof want / sizeof want[0], "Phoenix (CSV with a header)", phoenix_cols,
                         why, cap);
}

/* RFC 4180 fields within one line: "a ""b""",c -> a "b" | c. */
static long split_csv(char *line, char **f, size_t cap)
{
    size_t n = 0;
    char *p = line;
    for (;;) {
        if (n == cap)
            return (long)n;
        if (*p == '"') {
            char *w = ++p;
            f[n++] = w;
            for (;;) {
                if (!*p)
                    return -1;
                if (*p == '"' && p[1] == '"') {
                    *w++ = '"';
                    p += 2;
                } else if (*p == '"') {
                    p++;
                    break;
                } else {
                    *w++ = *p++;
                }
            }
            *w = '\0';
            if (*p && *p != ',')
                return -1;
        } else {
            f[n++] = p;
            p += strcspn(p, ",");
        }
        if (!*p)
            return (long)n;
        *p++ = '\0';
    }
}

long ag__ev_split(char *line, char sep, char **f, size_t cap)
{
    if (sep == ',')
        return split_csv(line, f, cap);
    /* Fields past cap are counted, not kept: a row of too many columns
     * is told by its count. */
    size_t n = 0;
    char *p = line;
    for (;;) {
        if (n < cap)
            f[n] = p;
        n++;
        char *t = strchr(p, sep);
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    return (long)n;
}
