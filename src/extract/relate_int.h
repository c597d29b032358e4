/* relate_int.h — what the files of the relation stage share: relate.c
 * (the sentence driver and the relation records), relate_speaker.c,
 * relate_stance.c, relate_pred.c, relate_rule.c, relate_nominal.c,
 * relate_meeting.c, relate_scene.c, relate_parties.c, relate_visit.c and
 * relate_roster.c.
 * Library-internal.  Ownership: nothing here allocates for its caller;
 * relations go into the xdoc (x->rels), which frees them. */
#ifndef AG_RELATE_INT_H
#define AG_RELATE_INT_H

#include <stddef.h>

#include "extract_int.h"

/* The most actors a role (source, target, group) holds. */
#define MAXG 16

/* Appends to v[0..n) the actors of add[0..na) it lacks, up to MAXG in all;
 * returns the new count. */
static inline size_t x_add_actors(int *v, size_t n, const int *add, size_t na)
{
    for (size_t i = 0; i < na && n < MAXG; i++)
        if (!x_has_actor(v, n, add[i]))
            v[n++] = add[i];
    return n;
}

/* The sentence being related. */
typedef struct sentctx {
    size_t lo, hi;      /* token range */
    int speaker;        /* actor quoted in this sentence, or -1 */
    unsigned char *inq; /* per token in [lo,hi): inside a quote */
    int sent;           /* sentence index */
    int subj[MAXG];     /* subject of the last predicate */
    size_t n_subj;
    uint64_t cls2;      /* its tokens' second class words ORed: a rule whose word it lacks is passed over */
    int quotes;         /* a quote mark in it (else inq stays all 0) */
    int meeting;        /* a meeting's subject is sought: "they" keeps to the last meeting */
    /* "In a joint statement, on Tuesday the ministers of A, B and C
     * urged ...": a joint statement whose authors are the subject of the
     * clause that follows it (its entry and rule), else NULL. */
    const ag_lx_entry *joint;
    const char *joint_rule;
    int voice_joint;    /* the speaker is a joint statement ("..., the statement said"): its authors speak */
} sentctx;

/* A stance or meeting predicate and what the rules may ask of it. */
typedef struct pred {
    size_t p, m;     /* its tokens [p, p+m) */
    size_t head;     /* the light verb before a noun ("held talks"), else p */
    const ag_lx_entry *e;
    uint32_t entry;  /* e's index */
    int nominal;
    size_t wish_at;  /* the wish verb before "to", or 0 */
    int obj;         /* "declared X persona non grata": X's chunk, else -1 */
    unsigned cond;   /* AG_RC_* */
    xvgroup vg;
} pred;

/* ---- relate.c: the records and chunks every file reads ---- */

/* The actor chunk c stands for ("the regime of President X": his country) */
int ag__x_chunk_actor(const xdoc *x, int c);

/* The usable chunk at token k, or after "the" there; -1 if none */
int ag__x_chunk_after(const xdoc *x, size_t k);

/* Files relation i, just pushed, in the per-document index; returns nothing */
void ag__x_index_rel(xdoc *x, int i);

/* 1 if token i may stand between a light verb and its noun (a determiner or lower-case adjective) */
int ag__x_is_modifier(const xdoc *x, size_t i);

/* X's chunk in "led by X" at token t (X before hi), else -1 */
int ag__x_led_by(const xdoc *x, size_t t, size_t hi);

/* The index key of meeting r (its sentence and number of participants) */
xkey ag__x_meeting_key(const xrel *r);

/* Appends *r to the relations; 0, or -1 (and x->oom) when out of memory */
int ag__x_push_rel(xdoc *x, const xrel *r);

/* The index key of a stance (source, target, label, sentence) */
xkey ag__x_stance_key(int src, int tgt, const char *label, int sent);

/* 1 if chunk c is a mention a role may take (no adjective or place), else 0 */
int ag__x_usable(const xdoc *x, int c);

/* ---- relate_speaker.c: speakers, coordinated groups and the source of a predicate ---- */

/* 1 if the act at p is one asked for ("asked X to help Y"), not done */
int ag__x_appealed(const xdoc *x, const sentctx *s, size_t p);

/* 1 if the meeting noun at p is asked for, offered, called off or hypothetical */
int ag__x_asked_for(const xdoc *x, const sentctx *s, size_t p);

/* The number of source actors (into src) of the predicate at p */
size_t ag__x_find_source(xdoc *x, sentctx *s, size_t p, int *src);

/* Marks the quoted tokens of the sentence and sets s->speaker (-1 if none) */
void ag__x_find_speaker(xdoc *x, sentctx *s, int carry_speaker);
/* The sources s->speaker stands for (into src): a joint statement's
 * authors, else the speaker alone (1) */
size_t ag__x_speaker_sources(const xdoc *x, const sentctx *s, int *src);

/* The number of actors (into out) of the coordinated group ending at chunk c, not left of lo */
size_t ag__x_group_left(xdoc *x, int c, size_t lo, int *out);

/* The number of actors (into out) of the coordinated group starting at chunk c, within hi */
size_t ag__x_group_right(xdoc *x, int c, size_t hi, int *out);

/* 1 if token i of the sentence is inside a quote */
int ag__x_in_quote(const sentctx *s, size_t i);

/* 1 if a document noun ("the statement", "a joint statement") is the
 * subject of the predicate at p. */
int ag__x_document_subject(const xdoc *x, const sentctx *s, size_t p);
/* Keeps the stance (entry e, rule x->rule) a statement with no known
 * authors took toward tgt in sentence si for its authors once named. */
void ag__x_pend_statement(xdoc *x, const int *tgt, size_t nt, const ag_lx_entry *e, int si);
/* Files src (ns >= 2) as the authors of the joint statement of sentence si */
void ag__x_note_joint(xdoc *x, const int *src, size_t ns, int si);

/* The number of participants of the last meeting, copied into src (at most MAXG) */
size_t ag__x_meeting_parts(const xdoc *x, int *src);
/* The sentence-opening "they" before hi (also after a fronted adjunct:
 * "In Paris, they ..."), else hi. */
size_t ag__x_opening_they(const xdoc *x, size_t lo, size_t hi);

/* The person the text names with `title` for country a, else a */
int ag__x_office_holder(xdoc *x, const char *title, int a);

/* The person chunk a possessive chunk c names ("Kenya's Uhuru Kenyatta"), else c */
int ag__x_possessed_person(const xdoc *x, int c);

/* 1 if a relative pronoun before p stands for a mention, put into src[0]; else 0 */
int ag__x_relative_subject(const xdoc *x, const sentctx *s, size_t p, int *src);

/* The title before "of" at t0, lower-cased and singular in buf, or NULL */
const char *ag__x_title_of(const xdoc *x, size_t t0, char *buf, size_t cap);

/* 1 if the act asked for after "to" from token k is a cessation verb */
int ag__x_to_stop(const xdoc *x, const sentctx *s, size_t k);

/* 1 if an unheld verb ("proposed", "cancelled") stands a few words before the meeting word at p */
int ag__x_unheld_before(const xdoc *x, const sentctx *s, size_t p);

/* The wish verb's token before the infinitive at p ("wants to attack"), or 0 */
size_t ag__x_wished(const xdoc *x, const sentctx *s, size_t p);

/* ---- relate_stance.c: targets, stances, judgments, evaluations, leave orders and demands ---- */

/* 1 if the word before token k is one of `preps` (" at on ") */
int ag__x_after_prep(const xdoc *x, size_t k, const char *preps);

/* Files the stances of a quoted speaker's evaluation words ("atrocious record") */
void ag__x_evaluations(xdoc *x, sentctx *s, int sent);

/* The number of target actors (into tgt, the token of the first in *at) right of `from` within
 * `reach` */
size_t ag__x_find_target(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                         int *tgt, size_t *at);

/* Files the stances of the sentence's judgment verbs ("considered X's move a provocation") */
void ag__x_judgments(xdoc *x, sentctx *s, int sent);

/* Files an expulsion for each order to an envoy to leave */
void ag__x_leave_orders(xdoc *x, sentctx *s, int sent);

/* Files a demand of the speaker for each actor that "must stop" something */
void ag__x_modal_demands(xdoc *x, sentctx *s, int sent);

/* 1 if actor a serves b or b serves a (no stance between them) */
int ag__x_related(const xdoc *x, int a, int b);

/* 1 if country adjective chunk c, just before a hostile act's noun, names its author ("the brutal Israeli aggression") */
int ag__x_act_author(const xdoc *x, const sentctx *s, int c);

/* Target: the first mention on the right within `reach` tokens; "both
 * parties" are the other participants of the last meeting. */
size_t ag__x_find_target_p(xdoc *x, sentctx *s, size_t from, size_t reach, const int *src, size_t nsrc,
                           int *tgt, size_t *at, const char *preps);

/* The source of the most recent hostile stance at `who` (or its country), or -1 */
int ag__x_last_accuser(xdoc *x, int who);

/* Files the stance of src on tgt (entry e) in sentence `sent`; returns nothing */
void ag__x_add_stance(xdoc *x, int src, int tgt, const ag_lx_entry *e, int sent);
/* The subject src (ns of them) of a clause after "In a joint statement,"
 * are the statement's authors: their mutual accord (relate_rule.c). */
void ag__x_joint_subject(xdoc *x, sentctx *s, const int *src, size_t ns, int si);

/* ---- relate_pred.c: the predicate the rules read and its conditions ---- */

/* The chunk of A in "between A and B" within ten tokens after k, or -1 */
/* "reported the meeting as pressure grows for a truce between A and B":
 * token q (after the meeting noun at k) opens a clause of its own ("as",
 * "while", "because" ...); whom it names are no parties of the meeting. */
int ag__x_own_clause(const xdoc *x, size_t k, size_t q);
int ag__x_between_chunk(const xdoc *x, const sentctx *s, size_t k);
/* The parties after "between" (ag__x_between_chunk's group, else a group
 * reference: "between the two countries") into out[MAXG]; their count. */
size_t ag__x_between_parties(xdoc *x, const sentctx *s, size_t k, int *out);
int ag__x_attended_by(const xdoc *x, size_t p, size_t at);
/* ", which was attended by" at k (after the comma): the attendees of the
 * meeting before it follow (relate_scene.c). */
int ag__x_attended_clause(const xdoc *x, size_t k);

/* "ethnic armed groups from the Arakan Army", "representatives of the
 * junta": up to three lower-case words ending in a members_noun, "from"
 * or "of", then a body or country: the token where that one is named
 * (the members stand for it in a list of parties); b if none. */
size_t ag__x_members_of(const xdoc *x, size_t b, size_t hi);

/* 1 if token k is a word in -ing of five letters or more */
int ag__x_ends_ing(const xdoc *x, size_t k);

/* The first token of the modifiers before p that a light verb may precede */
size_t ag__x_modifiers_start(const xdoc *x, const sentctx *s, size_t p);

/* Reads the predicate matched at p (m tokens) into *pr: form, head, conditions */
void ag__x_pred_read(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_hit *h, pred *pr);

/* 1 with the object (*obj) and agent (*agent) chunks of "the condemnation of X by Y" from token k after the noun, else 0 */
int ag__x_of_by(const xdoc *x, size_t k, int *obj, int *agent);

/* ---- relate_rule.c: the rule plan, the rule that applies, its roles and effect ---- */

int ag__x_adjunct_gerund(const xdoc *x, size_t head);

/* Files the relations rule r makes of predicate *pr; returns nothing */
void ag__x_apply_rule(xdoc *x, sentctx *s, const pred *pr, const ag_lx_rule *r, int si);

/* 1 if some rule with option noun_agent (AG_RO_NOUN_AGENT) passes entry e's
 * filters: a "by" after a plain noun names the act's agent (rules.txt
 * agreed_by: "a ceasefire agreed by both sides"). */
int ag__x_noun_agent(const xdoc *x, const ag_lx_entry *e);

/* The conditions (AG_RC_* bits) some rule that can apply to a predicate
 * of entry `entry` tests, needed or denied: what ag__x_rule_for reads of
 * its pr->cond; every bit when there is no plan. */
unsigned ag__x_rule_tests(const xdoc *x, uint32_t entry);

/* The first relation rule from `from` on (NULL: from the first) that applies to *pr, or NULL */
const ag_lx_rule *ag__x_rule_for(const xdoc *x, const pred *pr, const ag_lx_rule *from);

/* The number of targets (into tgt): the author of the last attack told, for the act at `act`, if none of the sources' side */
size_t ag__x_act_of_last_attacker(const xdoc *x, size_t act, const int *src, size_t ns, int *tgt);
size_t ag__x_measure_author(const xdoc *x, const int *src, size_t ns, int *tgt);
/* The author of the act or measure noun at token a, the subject of a passive judgment or disapproval */
size_t ag__x_passive_act_author(const xdoc *x, const sentctx *s, size_t a, const int *src, size_t ns, int *tgt);
size_t ag__x_measure_object(const xdoc *x, const sentctx *s, size_t k);

/* The token of a hostile act's noun among the object's first words from k ("condemned the recent attack"), or 0 */
size_t ag__x_act_object(const xdoc *x, const sentctx *s, size_t k);

/* ---- relate_meeting.c: filing a meeting, its place, joining the last one ---- */

/* Files a meeting of parts[0..n) (entry e, place `where` or NULL) in sentence `sent`; returns
 * nothing */
void ag__x_add_meeting(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent);

/* The same for a visit to a country, filed though a meeting of the sentence has its official; returns nothing */
void ag__x_add_visit(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where, int sent);

/* The number of parts left (in place) once those represented by their own official are dropped */
size_t ag__x_drop_represented(const xdoc *x, int *parts, size_t n);

/* Adds add[0..n) to the participants of meeting rel; returns nothing */
void ag__x_join_meeting(xdoc *x, int rel, const int *add, size_t n);

/* 1 if the words at p put their subject into the last meeting ("were also present") */
int ag__x_joins_last_meeting(xdoc *x, sentctx *s, size_t p);

/* The name of the place a meeting at p took place, or NULL */
const char *ag__x_meeting_place(xdoc *x, sentctx *s, size_t p);

/* Adds the members a member word lists to the meeting told in this sentence */
void ag__x_members_join(xdoc *x, const sentctx *s, int si);
void ag__x_attendee_list(xdoc *x, const sentctx *s);
void ag__x_lone_meeting(xdoc *x, sentctx *s, const pred *pr, size_t before);
int ag__x_joins_lone_meeting(xdoc *x, sentctx *s, size_t p);

/* ag__x_add_meeting (told 1) and ag__x_add_visit (told 0: a visit to a country, its own meeting beside the talks told) */
void ag__x_add_meeting_told(xdoc *x, const int *parts, size_t n, const ag_lx_entry *e, const char *where,
                            int sent, int told);

/* The capitalized text of place chunk c ("the capital Luanda": Luanda), or NULL */
const char *ag__x_place_text(xdoc *x, int c);

/* 1 if chunk c is named as a capital or city ("the Kazakh capital, Astana") */
int ag__x_named_capital(const xdoc *x, int c);

/* ---- relate_scene.c: scenes ("at a meeting", "in the presence of") and hosts ---- */

/* The number of hosts (into tg, their token in *at) after "by" from k, within the clause */
size_t ag__x_scene_host(xdoc *x, sentctx *s, size_t k, int *tg, size_t *at);

/* The token of a preposition ("at", "during") before the meeting noun at p, or 0 */
size_t ag__x_scene_prep(const xdoc *x, const sentctx *s, size_t p);

/* 1 if a meeting at `at` in a relative clause is held by the one the pronoun stands for (into src[0]), else 0 */
int ag__x_relative_scene(const xdoc *x, const sentctx *s, size_t at, int *src);

/* The number of subjects (into src) of the clause the scene noun at `at` belongs to */
size_t ag__x_scene_subject(xdoc *x, sentctx *s, size_t at, int *src);

/* Files the meeting of a meeting noun at p with hosts after "by" ("talks mediated by X"); returns nothing */
void ag__x_hosted_talks(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent);

/* 1 if "thanked C for hosting" at head was filed as meetings of the subject with each host */
int ag__x_thanked_hosts(xdoc *x, sentctx *s, size_t head, size_t p, const ag_lx_entry *e, int sent);

/* "with the participation of A and B", "in the presence of A and B" from
 * token `from`: A and B join parts[0..n).  Returns the new count. */
size_t ag__x_participation_of(xdoc *x, const sentctx *s, size_t from, int *parts, size_t n);

/* 1 if token q opens "participation of" or "in (the) presence of". */
int ag__x_participation_at(const xdoc *x, const sentctx *s, size_t q);

/* ---- relate_parties.c: the parties of a meeting predicate ---- */

/* parts[0..n) with the mediator named before a broker's participle ahead
 * of the meeting noun at p ("Qatari-brokered talks"); the new count. */
size_t ag__x_add_broker(const xdoc *x, const sentctx *s, size_t p, int *parts, size_t n);

/* Files the meeting the predicate at p (head, m tokens, entry e) tells, by rule options `opts` */
void ag__x_meeting_at(xdoc *x, sentctx *s, size_t head, size_t p, size_t m, const ag_lx_entry *e, int nominal,
                      unsigned opts, int sent);

/* Files the meeting of a passive "were received ... by X" at p; returns nothing */
void ag__x_passive_meeting(xdoc *x, sentctx *s, size_t p, size_t m, const ag_lx_entry *e, int sent);

/* ---- relate_visit.c: visits, delegations and envoys ---- */

/* The nearest usable chunk left of p in the sentence, or -1 */
int ag__x_chunk_left(const xdoc *x, const sentctx *s, size_t p);

/* The new count of parts[0..n) once the head of a delegation named before head joins it */
size_t ag__x_delegation_head(xdoc *x, const sentctx *s, size_t head, int *parts, size_t n);

/* Files the meetings of the delegation heads of sentence si; returns nothing */
void ag__x_delegation_heads(xdoc *x, sentctx *s, int si);

/* The number of parts (into parts) of a delegation subject before the verb group at p */
size_t ag__x_delegation_subject(const xdoc *x, const sentctx *s, size_t p, int *parts);

/* The number of hosts (into tg) a visit at k names as its destination country */
int ag__x_capital_country(const xdoc *x, const sentctx *s, size_t k);
int ag__x_country_named_at(const xdoc *x, const sentctx *s, size_t k);
size_t ag__x_destination(const xdoc *x, const sentctx *s, size_t k, int *tg);
/* "the visiting delegation arrived in Khartoum": a visit verb (not nominal) whose visitors are
 * called "visiting" before the verb at p, to the city at d, goes to its country, into tg[0] (a bare "arrived in <capital>" only says where); returns nd when the
 * destination (ag__x_destination) already gave nd hosts into tg, else 0 or 1 */
size_t ag__x_city_host(const xdoc *x, const sentctx *s, size_t p, size_t d, int nominal, int *tg, size_t nd);
size_t ag__x_trip_stops(const xdoc *x, const sentctx *s, size_t head, int *stops);

/* The actor standing for summoned country `who` in sentence si: its envoy, else `who` */
int ag__x_envoy_of(xdoc *x, int who, int si);
/* The country an envoy or a diplomatic mission serves, else who. */
int ag__x_served_country(const xdoc *x, int who);

/* The number of targets (into tgt): the country where the event after `from` took place */
size_t ag__x_event_place(xdoc *x, sentctx *s, size_t from, const int *src, size_t nsrc, int *tgt);

/* 1 if a mention before t0 in its clause is governed by a preposition other than "of" */
int ag__x_governed_subject(const xdoc *x, const sentctx *s, size_t t0);

/* 1 if a delegation noun follows the lead verb at p, with its country in *side (else -1) */
int ag__x_led_delegation(const xdoc *x, const sentctx *s, size_t p, int *side);

/* The number of sources (into src) of a participle that opens the sentence at p */
size_t ag__x_opening_participle(xdoc *x, sentctx *s, size_t p, int *src);

/* The number of visitors (into parts) of the visit noun at p with no subject; moves *k past them */
size_t ag__x_visit_owner(const xdoc *x, const sentctx *s, size_t p, size_t *k, int *parts);
/* The visitors (into parts) of the visit verb or noun at p whose clause gave n: with none, the
 * noun's owner (ag__x_visit_owner); "the visit of X to Y": X alone (moves *k past him) */
size_t ag__x_visitor(const xdoc *x, const sentctx *s, size_t p, size_t *k, int *parts, size_t n);

/* ---- relate_roster.c: attendees and summit rosters ---- */

/* 1 if "A, B and C attended" at p was filed as a meeting of the attendees */
int ag__x_attendees_meet(xdoc *x, sentctx *s, size_t p, int si);
size_t ag__x_inverted_attendees(const xdoc *x, const sentctx *s, size_t p, int *add);

/* 1 if the attendance verb at p is declined, denied or only planned ("declined to attend",
 * "aborted plans to attend", "was preparing to attend"): no one attends by it */
int ag__x_attendance_unheld(const xdoc *x, const sentctx *s, size_t p);

/* 1 if an attendee at p of an organization's gathering was filed as meeting it */
int ag__x_attends_gathering(xdoc *x, sentctx *s, size_t p, int si);

/* Keeps the members sentence si lists of a delegation that met no one there; returns nothing */
void ag__x_delegation_roster(xdoc *x, sentctx *s, int si);

/* Joins the attendees sentence si lists to the summit's one meeting; returns nothing */
void ag__x_summit_roster(xdoc *x, sentctx *s, int si);

/* Opens the summit roster with the holders of a meeting *pr whose partner is a plural title
 * naming no one ("X met with foreign ministers from ..."); before: x->n_rels before its rule */
void ag__x_group_roster(xdoc *x, sentctx *s, const pred *pr, size_t before);

/* Undoes a pair's meeting when *pr says they did not meet; returns nothing */
void ag__x_unmet_pair(xdoc *x, sentctx *s, const pred *pr);

/* ---- relate_nominal.c: coups, "joined X in condemning", "as well as" agents ---- */

/* The number of agents (into src) after "by" at k past a description naming none ("as well as X") */
size_t ag__x_agents_as_well(xdoc *x, const sentctx *s, size_t k, int *src);

/* The number of sources (into src) of a gerund at p after "A joined B in", else 0 */
size_t ag__x_joined_sources(xdoc *x, sentctx *s, size_t p, int *src);

/* The chunk a bracketed list of members ending at chunk c follows ("G5 Sahel (Mali and Chad)"), else c */
int ag__x_bracket_owner(const xdoc *x, const sentctx *s, int c);

/* The token of the act asked for in "for the release of <person>" at or just before k, else 0 */
size_t ag__x_release_of_person(const xdoc *x, const sentctx *s, size_t k);

/* The country whose forces "for the withdrawal of" at or just before k asks out ("of Israeli forces"), else -1 */
int ag__x_forces_asked_out(const xdoc *x, const sentctx *s, size_t k);

/* 1 if "of" and a person follow the act's noun at act ("the detention of President X") */
int ag__x_of_person(const xdoc *x, size_t act, size_t hi);

/* Makes the country of each coup noun in the sentence the last attacker; returns nothing */
void ag__x_note_coups(xdoc *x, const sentctx *s);

/* The number of targets (into tgt): the country after a quoted object opening at k ("... " in X) */
size_t ag__x_place_after_quote(xdoc *x, sentctx *s, size_t k, const int *src, size_t ns, int *tgt);

#endif
