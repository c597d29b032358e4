/* Extraction on sentences written for these tests: one pattern family a
 * test (titles, appositives, agencies, capitals, pronouns, negation,
 * passive voice, quotes, compound subjects, meetings, agreements). */
#include <string.h>

#include "extract.h"
#include "testutil.h"

static ag_lexicon *lx;
static ag_doc *d;

static void setup(void)
{
    ag_error err;
    ck_assert_int_eq(ag_lexicon_load_default(&lx, &err), AG_OK);
    d = NULL;
}

static void teardown(void)
{
    ag_doc_free(d);
    ag_lexicon_free(lx);
}

static void run(const char *text)
{
    ag_error err;
    ag_doc_input in = {"t", text, strlen(text), NULL, NULL, NULL};
    ag_doc_free(d);
    d = NULL;
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
}

static const ag_actor *actor(const char *name)
{
    for (size_t i = 0; i < d->n_actors; i++)
        if (strcmp(d->actors[i].name, name) == 0)
            return &d->actors[i];
    return NULL;
}

static const char *id_of(const char *name)
{
    const ag_actor *a = actor(name);
    ck_assert_msg(a != NULL, "no actor named %s", name);
    return a->id;
}

static const char *affil_name(const char *name)
{
    const ag_actor *a = actor(name);
    if (!a || !a->affiliation)
        return "(none)";
    long i = ag_doc_find_actor(d, a->affiliation);
    return i >= 0 ? d->actors[i].name : "(dangling)";
}

/* A directed relation of kind k: source src toward target tgt, labelled. */
static int has_directed(ag_rel_kind k, const char *label, const char *src, const char *tgt)
{
    for (size_t i = 0; i < d->n_relations; i++) {
        const ag_relation *r = &d->relations[i];
        if (r->kind == k && strcmp(r->label, label) == 0 && strcmp(r->participants[0], id_of(src)) == 0 &&
            strcmp(r->participants[1], id_of(tgt)) == 0)
            return 1;
    }
    return 0;
}

static int has_stance(const char *label, const char *src, const char *tgt)
{
    return has_directed(AG_REL_STANCE, label, src, tgt);
}

/* A use of force (CAMEO roots 18-20): its own kind, no stance. */
static int has_force(const char *label, const char *src, const char *tgt)
{
    return has_directed(AG_REL_FORCE, label, src, tgt);
}

static size_t count_kind(ag_rel_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_relations; i++)
        n += d->relations[i].kind == k;
    return n;
}

static const ag_relation *meeting(void)
{
    for (size_t i = 0; i < d->n_relations; i++)
        if (d->relations[i].kind == AG_REL_MEETING)
            return &d->relations[i];
    return NULL;
}

static int in_meeting(const ag_relation *m, const char *name)
{
    for (size_t i = 0; m && i < m->n_participants; i++)
        if (strcmp(m->participants[i], id_of(name)) == 0)
            return 1;
    return 0;
}

START_TEST(titled_officials_take_the_title_country)
{
    run("Peruvian Foreign Minister Rosa Quispe criticized Chile on Monday.");
    ck_assert_ptr_nonnull(actor("Rosa Quispe"));
    ck_assert_int_eq(actor("Rosa Quispe")->kind, AG_ACTOR_PERSON);
    ck_assert_str_eq(affil_name("Rosa Quispe"), "Peru");
    ck_assert_str_eq(actor("Rosa Quispe")->code, "PERGOV");
    ck_assert(has_stance("criticize", "Rosa Quispe", "Chile"));
}
END_TEST

START_TEST(one_node_for_every_form_of_a_name)
{
    run("Ghanaian President Kwame Mensah Boateng spoke. Later Boateng said Accra would act, "
        "and Mensah Boateng thanked Togo.");
    ck_assert_ptr_nonnull(actor("Kwame Mensah Boateng"));
    size_t persons = 0;
    for (size_t i = 0; i < d->n_actors; i++)
        persons += d->actors[i].kind == AG_ACTOR_PERSON;
    ck_assert_uint_eq(persons, 1);
    ck_assert_ptr_nonnull(actor("Ghana"));
    ck_assert(has_stance("thank", "Kwame Mensah Boateng", "Togo"));
}
END_TEST

START_TEST(appositive_titles_give_the_affiliation)
{
    run("Laura Pineda, the spokesperson for the State Department, praised Ecuador.");
    ck_assert_str_eq(affil_name("Laura Pineda"), "United States Department of State");
    ck_assert_str_eq(affil_name("United States Department of State"), "United States");
    ck_assert(has_stance("praise", "Laura Pineda", "Ecuador"));
}
END_TEST

START_TEST(agencies_by_pattern)
{
    run("The Norwegian Foreign Ministry denounced Iran's missile test. The ministry also warned Syria.");
    ck_assert_ptr_nonnull(actor("Ministry of Foreign Affairs of Norway"));
    ck_assert_str_eq(affil_name("Ministry of Foreign Affairs of Norway"), "Norway");
    ck_assert(has_stance("denounce", "Ministry of Foreign Affairs of Norway", "Iran"));
    ck_assert(has_stance("warn", "Ministry of Foreign Affairs of Norway", "Syria"));
}
END_TEST

START_TEST(capitals_speak_for_governments_but_places_are_not_actors)
{
    run("Beijing warned Taipei on Friday. The talks were held in Geneva.");
    ck_assert(has_stance("warn", "China", "Taiwan"));
    ck_assert_ptr_null(actor("Switzerland"));
}
END_TEST

START_TEST(negation_and_hypotheticals_give_no_edge)
{
    run("Germany did not condemn Brazil. Asked whether France would criticize Spain, he declined.");
    ck_assert_uint_eq(count_kind(AG_REL_STANCE), 0);
}
END_TEST

START_TEST(passive_voice_swaps_source_and_target)
{
    run("Hungary was criticized by Sweden for the decision.");
    ck_assert(has_stance("criticize", "Sweden", "Hungary"));
    ck_assert(!has_stance("criticize", "Hungary", "Sweden"));
}
END_TEST

START_TEST(quoted_speakers_hold_the_stance)
{
    run("\xE2\x80\x9CWe support Ukraine fully,\xE2\x80\x9D said Canadian Defence Minister Jean Tremblay.");
    ck_assert(has_stance("support", "Jean Tremblay", "Ukraine"));
}
END_TEST

START_TEST(compound_subjects_each_hold_the_stance)
{
    run("Russia and China criticized Japan.");
    ck_assert(has_stance("criticize", "Russia", "Japan"));
    ck_assert(has_stance("criticize", "China", "Japan"));
}
END_TEST

START_TEST(meetings_with_counterparts_and_place)
{
    run("Kenyan Defence Minister Amos Wafula and his Ugandan counterpart Joseph Mukasa met in Nairobi "
        "with the participation of Tanzanian President Halima Juma.");
    const ag_relation *m = meeting();
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_eq(m->n_participants, 3);
    ck_assert(in_meeting(m, "Amos Wafula"));
    ck_assert(in_meeting(m, "Joseph Mukasa"));
    ck_assert(in_meeting(m, "Halima Juma"));
    ck_assert_str_eq(affil_name("Joseph Mukasa"), "Uganda");
    ck_assert_str_eq(m->location, "Nairobi");
}
END_TEST

START_TEST(others_join_the_last_meeting)
{
    run("Italian Prime Minister Marco Bellini met Greek Prime Minister Nikos Pappas in Rome. "
        "Maltese President Anna Vella was also present at the meeting.");
    ck_assert_uint_eq(count_kind(AG_REL_MEETING), 1);
    ck_assert(in_meeting(meeting(), "Anna Vella"));
}
END_TEST

START_TEST(agreements_are_mutual)
{
    run("Bolivia and Paraguay agreed on a new border regime.");
    ck_assert(has_stance("agree", "Bolivia", "Paraguay"));
    ck_assert(has_stance("agree", "Paraguay", "Bolivia"));
}
END_TEST

START_TEST(regime_phrases_are_the_country)
{
    run("Canada condemned the Syrian government. Mexico criticized the Assad regime's record.");
    ck_assert(has_stance("condemn", "Canada", "Syria"));
    ck_assert(has_stance("criticize", "Mexico", "Syria"));
}
END_TEST

START_TEST(evidence_and_codes_are_set)
{
    run("First line.\nIndia praised Nepal.");
    ck_assert_uint_eq(d->n_relations, 1);
    const ag_relation *r = &d->relations[0];
    ck_assert_int_eq(r->sentence, 1);
    ck_assert_str_eq(r->evidence, "India praised Nepal.");
    ck_assert_int_eq(r->polarity, 1);
    ck_assert_str_eq(r->code, "051");
    ck_assert_str_eq(actor("India")->code, "IND");
}
END_TEST

START_TEST(hostile_input_does_not_break_it)
{
    /* Invalid UTF-8, NULs, a huge run of capitals and unbalanced quotes. */
    char buf[4096];
    memset(buf, 'A', sizeof buf);
    for (size_t i = 0; i < sizeof buf; i += 7)
        buf[i] = ' ';
    buf[10] = '\xff';
    buf[20] = '\0';
    buf[30] = '"';
    ag_error err;
    ag_doc_input in = {"x", buf, sizeof buf, NULL, NULL, NULL};
    ck_assert_int_eq(ag_extract(lx, &in, &d, &err), AG_OK);
    ck_assert_ptr_nonnull(d);
}
END_TEST

START_TEST(same_input_same_output)
{
    const char *t = "Japanese Prime Minister Aiko Sato met Korean officials. Tokyo welcomed the talks.";
    run(t);
    size_t na = d->n_actors, nr = d->n_relations;
    char first[256];
    snprintf(first, sizeof first, "%s", na ? d->actors[0].id : "");
    run(t);
    ck_assert_uint_eq(d->n_actors, na);
    ck_assert_uint_eq(d->n_relations, nr);
    ck_assert_str_eq(na ? d->actors[0].id : "", first);
}
END_TEST

START_TEST(generic_descriptions_resolve)
{
    run("Estonian Foreign Minister Kadri Tamm met Latvian officials. The minister later criticized Belarus.");
    ck_assert(has_stance("criticize", "Kadri Tamm", "Belarus"));
}
END_TEST

START_TEST(names_with_diacritics_particles_and_defaults)
{
    run("Turkish Foreign Minister \xC5\x9E\xC3\xBCkr\xC3\xBC \xC3\x87" "elik met Bashar al-Assad. "
        "Secretary-General Maria Lindqvist welcomed the talks.");
    ck_assert_ptr_nonnull(actor("\xC5\x9E\xC3\xBCkr\xC3\xBC \xC3\x87" "elik"));
    ck_assert_str_eq(affil_name("\xC5\x9E\xC3\xBCkr\xC3\xBC \xC3\x87" "elik"), "Turkey");
    ck_assert_str_eq(affil_name("Maria Lindqvist"), "United Nations");
    ck_assert(in_meeting(meeting(), "Bashar al-Assad"));
    run("Peruvian Minister Ana de la Cruz met Dutch Minister Pieter van der Berg.");
    ck_assert_ptr_nonnull(actor("Ana de la Cruz"));
    ck_assert_ptr_nonnull(actor("Pieter van der Berg"));
}
END_TEST

/* A combining accent and a precomposed one name one actor; bytes that are
 * not UTF-8 (U+FFFD) never end up in a name or alias. */
START_TEST(names_are_nfc_and_never_garbled)
{
    run("Foreign Minister Jose\xCC\x81 Marti\xCC\x81n of Spain condemned Peru. "
        "Foreign Minister Jos\xC3\xA9 Mart\xC3\xADn of Spain praised Chile. "
        "Albanian officials met in Tirane\xCC\x88.");
    ck_assert_uint_eq(d->n_actors, 5); /* José Martín, Spain, Peru, Chile, Albania */
    ck_assert_str_eq(id_of("Jos\xC3\xA9 Mart\xC3\xADn"), "jose-martin");
    ck_assert(has_stance("condemn", "Jos\xC3\xA9 Mart\xC3\xADn", "Peru"));
    ck_assert(has_stance("praise", "Jos\xC3\xA9 Mart\xC3\xADn", "Chile"));
    const ag_actor *al = actor("Albania");
    ck_assert_ptr_nonnull(al);
    int capital = 0;
    for (size_t i = 0; i < al->n_aliases; i++)
        capital |= strcmp(al->aliases[i], "Tiran\xC3\xAB") == 0;
    ck_assert_msg(capital, "the decomposed capital matches the lexicon");

    run("President Erdo\xFF" "an of Turkey condemned Greece. Ahmet Yilmaz\xC3 of Turkey praised Kamala Ortiz\x80.");
    for (size_t i = 0; i < d->n_actors; i++) {
        ck_assert_msg(!strstr(d->actors[i].name, "\xEF\xBF\xBD"), "garbled name %s", d->actors[i].name);
        for (size_t k = 0; k < d->actors[i].n_aliases; k++)
            ck_assert_msg(!strstr(d->actors[i].aliases[k], "\xEF\xBF\xBD"), "garbled alias %s",
                          d->actors[i].aliases[k]);
    }
    ck_assert(has_stance("condemn", "Turkey", "Greece"));
}
END_TEST

START_TEST(people_of_a_country_and_coalitions)
{
    run("France arrested a Nigerian student. The Saudi-led coalition attacked Houthi positions.");
    ck_assert(has_stance("arrest", "France", "Nigeria"));
    ck_assert_ptr_nonnull(actor("Saudi-led coalition"));
    ck_assert_str_eq(affil_name("Saudi-led coalition"), "Saudi Arabia");
    ck_assert(has_force("attack", "Saudi-led coalition", "Houthis"));
    ck_assert(!has_stance("attack", "Saudi-led coalition", "Houthis"));
}
END_TEST

START_TEST(the_nation_is_the_country_last_spoken_of)
{
    run("Fiji's prime minister visited Samoa. The small island nation later signed a fisheries pact with Japan.");
    ck_assert(has_stance("agree", "Samoa", "Japan"));
    ck_assert(has_stance("agree", "Japan", "Samoa"));
}
END_TEST

START_TEST(speakers_accuse_of_violations)
{
    run("\"Both Armenia and Azerbaijan are in clear violation of the ceasefire,\" said Swiss Foreign Minister Anna Keller.");
    ck_assert(has_stance("accuse", "Anna Keller", "Armenia"));
    ck_assert(has_stance("accuse", "Anna Keller", "Azerbaijan"));
    run("Estonia and Finland agreed that Russia remained a threat.");
    ck_assert(has_stance("agree", "Estonia", "Finland"));
    ck_assert(!has_stance("agree", "Estonia", "Russia"));
}
END_TEST

START_TEST(refusals_and_wishes)
{
    run("Norway did not support Hungary.");
    ck_assert(has_stance("reject", "Norway", "Hungary"));
    ck_assert(!has_stance("support", "Norway", "Hungary"));
    run("Chile wants Peru to attack Bolivia.");
    ck_assert(has_stance("urge", "Chile", "Peru"));
    ck_assert(!has_force("attack", "Peru", "Bolivia"));
    run("Argentina said it would take firm action against Uruguay.");
    ck_assert(has_stance("threaten", "Argentina", "Uruguay"));
    run("Chile wants to attack Bolivia.");
    ck_assert(has_stance("threaten", "Chile", "Bolivia"));
    ck_assert(!has_force("attack", "Chile", "Bolivia"));
}
END_TEST

START_TEST(to_and_from_are_places_only_after_motion)
{
    run("Canada pledged support to Israel. Later Canadian Prime Minister Mark Dufour made a visit to Nairobi.");
    ck_assert(has_stance("pledge", "Canada", "Israel"));
    ck_assert_ptr_null(actor("Kenya"));
}
END_TEST

START_TEST(weapons_fired_at_and_protests_in)
{
    run("Iran fired missiles at Israel on Sunday. Iraq fired its finance minister.");
    ck_assert(has_force("attack", "Iran", "Israel"));
    ck_assert_uint_eq(count_kind(AG_REL_FORCE), 1);
    ck_assert_uint_eq(count_kind(AG_REL_STANCE), 0);
    run("Danish and Swedish activists staged a noisy protest in Moscow.");
    ck_assert(has_stance("protest", "Denmark", "Russia"));
    ck_assert(has_stance("protest", "Sweden", "Russia"));
}
END_TEST

START_TEST(more_title_and_noun_patterns)
{
    run("\"We will not accept this,\" said Foreign Minister Ana Lima of Brazil.");
    ck_assert_str_eq(affil_name("Ana Lima"), "Brazil");
    run("US Ambassador to the UN Linda Grant criticized Iran.");
    ck_assert_str_eq(affil_name("Linda Grant"), "United States");
    ck_assert(has_stance("criticize", "Linda Grant", "Iran"));
    run("Israel's defense ministry warned Lebanon.");
    ck_assert(has_stance("warn", "Ministry of Defense of Israel", "Lebanon"));
    run("The condemnation of Serbia by Croatia was swift. Mexico expressed support for Cuba.");
    ck_assert(has_stance("condemn", "Croatia", "Serbia"));
    ck_assert(has_stance("support", "Mexico", "Cuba"));
    run("Egyptian President Omar Farouk received Jordanian Foreign Minister Sami Haddad in Cairo.");
    ck_assert(in_meeting(meeting(), "Omar Farouk"));
    ck_assert(in_meeting(meeting(), "Sami Haddad"));
}
END_TEST

START_TEST(agency_officials_and_invitations)
{
    run("Chinese Foreign Ministry spokesperson Li Ming said so. Pakistan's Foreign Office protested.");
    ck_assert_str_eq(affil_name("Li Ming"), "Ministry of Foreign Affairs of China");
    ck_assert_ptr_nonnull(actor("Ministry of Foreign Affairs of Pakistan"));
    run("Kishida invited Indian Prime Minister Ravi Kumar to Tokyo. The Indian leader accepted the invitation.");
    /* "the Indian leader" is India's head of government named before
     * (head_reference), not the country. */
    ck_assert(has_stance("accept", "Ravi Kumar", "Fumio Kishida"));
    ck_assert_str_eq(affil_name("Ravi Kumar"), "India");
}
END_TEST

START_TEST(one_conversation_and_refused_attendance)
{
    run("Turkish President Tayyip Erdogan spoke by phone with his Azerbaijani counterpart Ilham Aliyev and discussed "
        "the peace process with Armenia. Russian President Vladimir Putin would not attend the summit.");
    ck_assert_uint_eq(count_kind(AG_REL_MEETING), 1);
    ck_assert_uint_eq(meeting()->n_participants, 2);
    ck_assert(!in_meeting(meeting(), "Vladimir Putin"));
}
END_TEST

START_TEST(coordinated_verbs_and_answered_accusations)
{
    run("German Chancellor Karl Weber condemned the attacks and pledged support for Kyiv. "
        "Poland accused Belarus of staging the crossings. Minsk rejected the accusations.");
    ck_assert(!has_stance("condemn", "Karl Weber", "Ukraine"));
    ck_assert(has_stance("pledge", "Karl Weber", "Ukraine"));
    ck_assert(has_stance("reject", "Belarus", "Poland"));
}
END_TEST

START_TEST(pronouns_prefer_the_sentence_subject)
{
    run("Kenyan President Amos Kibet criticized Somalia. Ugandan President Joseph Okello visited Nairobi, "
        "where he held talks with Kibet. \"We spoke with Okello,\" he said.");
    const ag_relation *m = NULL;
    for (size_t i = 0; i < d->n_relations; i++)
        if (d->relations[i].kind == AG_REL_MEETING && d->relations[i].n_participants == 2 &&
            in_meeting(&d->relations[i], "Amos Kibet"))
            m = &d->relations[i];
    ck_assert_ptr_nonnull(m);
    ck_assert(in_meeting(m, "Joseph Okello"));
    run("An attack on El Fasher and blamed the army.");
    ck_assert_ptr_null(actor("El Fasher"));
}
END_TEST

START_TEST(warnings_against_and_the_two_leaders)
{
    run("France warned Turkey against providing military support to Libya.");
    ck_assert(has_stance("warn", "France", "Turkey"));
    ck_assert(!has_stance("support", "Turkey", "Libya"));
    run("Ghanaian President Kofi Mensah hosted Togolese President Yawo Adjo in Accra, where the two leaders "
        "signed a trade deal.");
    ck_assert(has_stance("agree", "Kofi Mensah", "Yawo Adjo"));
    ck_assert(has_stance("agree", "Yawo Adjo", "Kofi Mensah"));
}
END_TEST

START_TEST(both_sides_of_a_dispute)
{
    run("Guyana rejected the claims made by Venezuela. Brazil and Chile issued a statement urging both sides "
        "to avoid escalation.");
    ck_assert(has_stance("urge", "Brazil", "Guyana"));
    ck_assert(has_stance("urge", "Chile", "Venezuela"));
}
END_TEST

/* Relation rules run only on sentences with a candidate predicate and an
 * actor, and "the two" or a quoted "we" are actors though no name is
 * written. */
START_TEST(sentences_that_name_nobody_still_relate)
{
    run("Ghanaian President Kofi Mensah met Togolese President Yawo Adjo in Accra on Monday.\n"
        "The two agreed to expand trade.\n"
        "\"We will support both sides,\" he said.\n"
        "Nothing else happened there.");
    ck_assert(has_stance("agree", "Kofi Mensah", "Yawo Adjo"));
    ck_assert(has_stance("agree", "Yawo Adjo", "Kofi Mensah"));
    ck_assert(has_stance("support", "Kofi Mensah", "Yawo Adjo"));
    ck_assert_uint_eq(count_kind(AG_REL_STANCE), 3);
}
END_TEST

START_TEST(relative_clauses_and_possessed_places)
{
    run("Oman, which hosts Yemen's embassy, has criticized Iran.");
    ck_assert(has_stance("criticize", "Oman", "Iran"));
    ck_assert(!has_stance("criticize", "Yemen", "Iran"));
    ck_assert_uint_eq(count_kind(AG_REL_MEETING), 0);
}
END_TEST

START_TEST(it_after_a_verb_and_but)
{
    run("Washington supported Israel's right to defend itself but urged it to protect civilians.");
    ck_assert(has_stance("support", "United States", "Israel"));
    ck_assert(has_stance("urge", "United States", "Israel"));
    run("It is clear that Peru praised Chile.");
    ck_assert(has_stance("praise", "Peru", "Chile"));
}
END_TEST

START_TEST(clashes_are_mutual_and_vows_threaten)
{
    run("Armenian troops clashed with Azerbaijani forces. Iran's Supreme Leader Ayatollah Ali Khamenei "
        "vowed revenge against Israel.");
    ck_assert(has_force("attack", "Armenia", "Azerbaijan"));
    ck_assert(has_force("attack", "Azerbaijan", "Armenia"));
    ck_assert(has_stance("threaten", "Ali Khamenei", "Israel"));
}
END_TEST

START_TEST(phrases_that_hold_a_name_are_not_actors)
{
    run("Latin American leaders met in Lima. The Vienna Convention was cited by Peru.");
    ck_assert_ptr_null(actor("United States"));
    ck_assert_ptr_null(actor("Austria"));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("extract");
    TCase *tc = tcase_create("patterns");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, titled_officials_take_the_title_country);
    tcase_add_test(tc, one_node_for_every_form_of_a_name);
    tcase_add_test(tc, appositive_titles_give_the_affiliation);
    tcase_add_test(tc, agencies_by_pattern);
    tcase_add_test(tc, capitals_speak_for_governments_but_places_are_not_actors);
    tcase_add_test(tc, negation_and_hypotheticals_give_no_edge);
    tcase_add_test(tc, passive_voice_swaps_source_and_target);
    tcase_add_test(tc, quoted_speakers_hold_the_stance);
    tcase_add_test(tc, compound_subjects_each_hold_the_stance);
    tcase_add_test(tc, meetings_with_counterparts_and_place);
    tcase_add_test(tc, others_join_the_last_meeting);
    tcase_add_test(tc, agreements_are_mutual);
    tcase_add_test(tc, regime_phrases_are_the_country);
    tcase_add_test(tc, evidence_and_codes_are_set);
    tcase_add_test(tc, hostile_input_does_not_break_it);
    tcase_add_test(tc, same_input_same_output);
    tcase_add_test(tc, generic_descriptions_resolve);
    tcase_add_test(tc, names_with_diacritics_particles_and_defaults);
    tcase_add_test(tc, names_are_nfc_and_never_garbled);
    tcase_add_test(tc, people_of_a_country_and_coalitions);
    tcase_add_test(tc, phrases_that_hold_a_name_are_not_actors);
    tcase_add_test(tc, the_nation_is_the_country_last_spoken_of);
    tcase_add_test(tc, speakers_accuse_of_violations);
    tcase_add_test(tc, refusals_and_wishes);
    tcase_add_test(tc, to_and_from_are_places_only_after_motion);
    tcase_add_test(tc, weapons_fired_at_and_protests_in);
    tcase_add_test(tc, more_title_and_noun_patterns);
    tcase_add_test(tc, agency_officials_and_invitations);
    tcase_add_test(tc, one_conversation_and_refused_attendance);
    tcase_add_test(tc, coordinated_verbs_and_answered_accusations);
    tcase_add_test(tc, pronouns_prefer_the_sentence_subject);
    tcase_add_test(tc, warnings_against_and_the_two_leaders);
    tcase_add_test(tc, both_sides_of_a_dispute);
    tcase_add_test(tc, relative_clauses_and_possessed_places);
    tcase_add_test(tc, sentences_that_name_nobody_still_relate);
    tcase_add_test(tc, it_after_a_verb_and_but);
    tcase_add_test(tc, clashes_are_mutual_and_vows_threaten);
    suite_add_tcase(s, tc);
    return s;
}

AG_TEST_MAIN(suite)
