/* events_icews.c — ICEWS coded event files (the Dataverse release):
 * tab-separated, one header line naming the columns, actors by name with
 * their sectors and country instead of CAMEO actor codes. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "events_int.h"

static const char icews_cols[] =
    "Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, "
    "Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, "
    "Province, Country, Latitude, Longitude";

int ag__ev_map_icews(ev_cols *m, char **f, size_t n, char *why, size_t cap)
{
    static const ev_colname want[] = {
        {EV_ID, "Event ID", 0},          {EV_DATE, "Event Date", 1},         {EV_S_NAME, "Source Name", 1},
        {EV_S_ROLE, "Source Sectors", 0}, {EV_S_COUNTRY, "Source Country", 1}, {EV_CODE, "CAMEO Code", 1},
        {EV_GOLDSTEIN, "Intensity", 0},  {EV_T_NAME, "Target Name", 1},      {EV_T_ROLE, "Target Sectors", 0},
        {EV_T_COUNTRY, "Target Country", 1}, {EV_LOCATION, "City", 0},      {EV_TEXT, "Event Text", 0},
    };
    m->sep = '\t';
    m->icews_sectors = 1;
    return ag__ev_map_header(m, f, n, want, sizeof want / sizeof want[0], "ICEWS coded events (tab-separated)",
                         icews_cols, why, cap);
}

/* ICEWS sector names, first match wins; CAMEO role codes. */
const char *ag__ev_icews_role(const char *sectors)
{
    static const struct {
        const char *word, *role;
    } map[] = {{"Military", "MIL"},    {"Army", "MIL"},        {"Police", "COP"},     {"Intelligence", "SPY"},
               {"Judicial", "JUD"},    {"Legislative", "LEG"}, {"Parliament", "LEG"}, {"Rebel", "REB"},
               {"Insurgent", "INS"},   {"Opposition", "OPP"},  {"Party", "PTY"},      {"Business", "BUS"},
               {"Media", "MED"},       {"Education", "EDU"},   {"Religio", "REL"},    {"Labor", "LAB"},
               {"Refugee", "REF"},     {"Criminal", "CRM"},    {"Elite", "ELI"},      {"Government", "GOV"},
               {"Executive", "GOV"},   {"Cabinet", "GOV"},     {"Ministry", "GOV"},   {"Civilian", "CVL"}};
    if (!sectors || !*sectors)
        return NULL;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strstr(sectors, map[i].word))
            return map[i].role;
    return NULL;
}
