/* custom_lexicon.c — the default lexicon plus entries of your own (here an
 * invented minister and a verb), then one sentence extracted with both;
 * prints the actors and relations found.
 *
 *   cc custom_lexicon.c $(pkg-config --cflags --libs actorgraph) -o custom_lexicon
 *   ./custom_lexicon
 */
#include <stdio.h>
#include <string.h>

#include <actorgraph/actorgraph.h>

static const char extra[] =
    "{\"persons\": [{\"name\": \"Ilse Vandermeer\", \"aliases\": [\"Vandermeer\"],"
    "                \"affiliation\": \"Belgium\", \"code\": \"BELGOV\"}]}";

int main(void)
{
    ag_error err = {0};
    ag_lexicon *lx = NULL;
    if (ag_lexicon_load_default(&lx, &err) != AG_OK
        || ag_lexicon_add_json(lx, extra, strlen(extra), "extra", &err) != AG_OK) {
        fprintf(stderr, "custom_lexicon: %s\n", err.msg);
        ag_lexicon_free(lx);
        return 1;
    }
    const char *text = "Vandermeer condemned Iran on Monday.";
    ag_doc_input in = {"example", text, strlen(text), "2026-01-05", NULL, NULL};
    ag_doc *doc = NULL;
    if (ag_extract(lx, &in, &doc, &err) != AG_OK) {
        fprintf(stderr, "custom_lexicon: %s\n", err.msg);
        ag_lexicon_free(lx);
        return 1;
    }
    for (size_t i = 0; i < ag_doc_actor_count(doc); i++) {
        const ag_actor *a = ag_doc_actor(doc, i);
        const char *of = ag_actor_affiliation(a);
        printf("actor %s (%s)%s%s\n", ag_actor_name(a), ag_actor_kind_name(ag_actor_kind_of(a)), of ? " of " : "",
               of ? of : "");
    }
    for (size_t i = 0; i < ag_doc_relation_count(doc); i++) {
        const ag_relation *r = ag_doc_relation(doc, i);
        const char *label = ag_relation_label(r);
        printf("%s %s:", ag_rel_kind_name(ag_relation_kind_of(r)), label ? label : "");
        for (size_t k = 0; k < ag_relation_participant_count(r); k++)
            printf(" %s", ag_relation_participant(r, k));
        printf("\n");
    }
    ag_doc_free(doc);
    ag_lexicon_free(lx);
    return 0;
}
