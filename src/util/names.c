/* names.c — see names.h. */
#include "names.h"

#include <ctype.h>
#include <string.h>

int ag_name_is_personal(const char *name)
{
    static const char *const inst[] = {"Ministry", "Party", "Army", "Council", "Police", "Government", "Forces",
                                       "Front", "Court", "Union", "Office", "Agency", "Committee", "Bank",
                                       "Movement", "Parliament", "Assembly", "Group", "Organization", "Navy",
                                       "Republic", "Kingdom", "State", "Brigade", "Authority", NULL};
    if (!name || strchr(name, '(') || !isupper((unsigned char)name[0]))
        return 0;
    for (size_t i = 0; inst[i]; i++)
        if (strstr(name, inst[i]))
            return 0;
    int words = 1;
    for (const char *c = name; *c; c++)
        words += *c == ' ';
    return words >= 2 && words <= 4;
}
