/* events_gdelt.c — the columns of GDELT event files, which have no header:
 * 1.0 daily files have 57 columns (58 with SOURCEURL, from April 2013), 2.0
 * files 61 (an ADM2Code in each of the three geography blocks, DATEADDED
 * to the second). Column positions from the GDELT 1.0 and 2.0 event
 * codebooks; docs/event-data.md lists them. */
#include <stdio.h>
#include <strings.h>

#include "events_int.h"

static const char gdelt1_cols[] =
    "GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, Actor1Code ... Actor1Type3Code (10), "
    "Actor2Code ... Actor2Type3Code (10), IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, "
    "GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone, Actor1Geo_*, Actor2Geo_*, ActionGeo_* "
    "(7 each: Type, FullName, CountryCode, ADM1Code, Lat, Long, FeatureID), DATEADDED[, SOURCEURL]";
static const char gdelt2_cols[] =
    "GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, Actor1Code ... Actor1Type3Code (10), "
    "Actor2Code ... Actor2Type3Code (10), IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, "
    "GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone, Actor1Geo_*, Actor2Geo_*, ActionGeo_* "
    "(8 each: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID), DATEADDED, SOURCEURL";

/* An actor block: Code, Name, CountryCode, ... Type1Code at first + 7. */
static void actor_cols(ev_cols *m, int field, int first)
{
    m->idx[field] = first;         /* EV_*_CODE */
    m->idx[field + 1] = first + 1; /* EV_*_NAME */
    m->idx[field + 2] = first + 2; /* EV_*_COUNTRY */
    m->idx[field + 3] = first + 7; /* EV_*_ROLE */
}

/* The columns both versions share. */
static void common(ev_cols *m)
{
    for (int i = 0; i < EV_NFIELDS; i++)
        m->idx[i] = -1;
    m->sep = '\t';
    m->exact = 1;
    m->idx[EV_ID] = 0;
    m->idx[EV_DATE] = 1;
    actor_cols(m, EV_S_CODE, 5);
    actor_cols(m, EV_T_CODE, 15);
    m->idx[EV_CODE] = 26;
    m->idx[EV_GOLDSTEIN] = 30;
}

/* 1: a header line (the published files have none; BigQuery exports and
 * `extract --format gdelt` do). */
static int is_header(char **f, size_t n)
{
    return n > 0 && strcasecmp(f[0], "GLOBALEVENTID") == 0;
}

/* With a header the columns are found by name, and more may follow. */
static int by_name(ev_cols *m, char **f, size_t n, const char *expected, char *why, size_t cap)
{
    static const ev_colname want[] = {
        {EV_ID, "GLOBALEVENTID", 1},      {EV_DATE, "SQLDATE", 1},           {EV_S_CODE, "Actor1Code", 1},
        {EV_S_NAME, "Actor1Name", 0},     {EV_S_COUNTRY, "Actor1CountryCode", 0}, {EV_S_ROLE, "Actor1Type1Code", 0},
        {EV_T_CODE, "Actor2Code", 1},     {EV_T_NAME, "Actor2Name", 0},      {EV_T_COUNTRY, "Actor2CountryCode", 0},
        {EV_T_ROLE, "Actor2Type1Code", 0}, {EV_CODE, "EventCode", 1},        {EV_GOLDSTEIN, "GoldsteinScale", 0},
        {EV_LOCATION, "ActionGeo_FullName", 0}, {EV_URL, "SOURCEURL", 0},
    };
    m->sep = '\t';
    return ag__ev_map_header(m, f, n, want, sizeof want / sizeof want[0], "GDELT events with a header", expected, why,
                         cap);
}

int ag__ev_map_gdelt(ev_cols *m, char **f, size_t n, char *why, size_t cap)
{
    common(m);
    if (is_header(f, n))
        return by_name(m, f, n, gdelt1_cols, why, cap);
    if (n != 57 && n != 58) {
        snprintf(why, cap, "%zu tab-separated columns; GDELT 1.0 events have 57 or 58%s: %s", n,
                 n == 61 ? " (61 is GDELT 2.0: --from gdelt2)" : "", gdelt1_cols);
        return -1;
    }
    m->ncols = n;
    m->idx[EV_LOCATION] = 50;
    m->idx[EV_URL] = n == 58 ? 57 : -1;
    return 0;
}

int ag__ev_map_gdelt2(ev_cols *m, char **f, size_t n, char *why, size_t cap)
{
    common(m);
    if (is_header(f, n))
        return by_name(m, f, n, gdelt2_cols, why, cap);
    if (n != 61) {
        snprintf(why, cap, "%zu tab-separated columns; GDELT 2.0 events have 61%s: %s", n,
                 n == 57 || n == 58 ? " (57 or 58 is GDELT 1.0: --from gdelt)" : "", gdelt2_cols);
        return -1;
    }
    m->ncols = n;
    m->idx[EV_LOCATION] = 52;
    m->idx[EV_URL] = 60;
    return 0;
}
