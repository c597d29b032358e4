/* resolve_int.h — resolution: the document's coreference table, the stage
 * between mentions (mention.c) and relations (relate.c).
 *
 * Mentions are told to the table as they are found; at the end of each
 * sentence the table settles who spoke or acted in it, the coordinated
 * group it names ("Russia, China and Iran") and its group references ("the
 * two ministers", "both sides", "the three countries", "these nations").
 * Mention finding reads the table for pronouns, "the ministry", "the Gulf
 * state" and "the minister"; relations only read it.  Nothing here reads a
 * relation.
 *
 * Ownership: the table lives in its xdoc (x->co) for one document; its
 * arrays are malloc'd and freed by ag__x_coref_free().  The lookups by head
 * word and by token go through the document's index (xindex.c).
 */
#ifndef AG_RESOLVE_INT_H
#define AG_RESOLVE_INT_H

#include <stddef.h>

typedef struct xdoc xdoc;

#define XC_GROUP_MAX 16 /* as MAXG: a joint statement may have a dozen signatories */

typedef struct xcoref {
    int person;   /* most recent person named (not by a pronoun) */
    int agency;   /* most recent agency, for "the ministry" of its type */
    int org;      /* most recent organization named */
    int country;  /* country of the most recent mention, for "the nation" */
    int thing;    /* most recent country or organization named, for "urged it" */
    int subject;  /* most recent person who spoke or acted, for "he" */
    int prev_person; /* the person named last before the sentence being read */
    int voice;    /* most recent actor named with a spokesperson, for "the spokesperson" */
    int lead;     /* country whose mention led the last sentence ("Pakistan recalled ..."), for "the Foreign Office" */
    int dateline; /* country of the text's dateline ("ISLAMABAD:"), for the same */
    int group[XC_GROUP_MAX]; /* the last coordinated group of 2+ actors */
    size_t n_group, group_sent; /* and the sentence that named it */
    int group_between;    /* 1 if it followed "between" ("the war between A and B") */
    int pair[2];          /* the last two persons named, latest first */
    size_t pair_sent[2];  /* the sentences that named them */
    int pair_begin[2];    /* pair and pair_sent as the sentence being read began */
    size_t pair_sent_begin[2];
    int last_ref;         /* pool offset of the last reference to persons, or -1 */
    size_t last_ref_sent; /* and its sentence */
    int lead_ref;         /* pool offset of the last reference opening its sentence ("The mediators urged"), or -1 */
    size_t lead_ref_sent; /* and its sentence */
    /* The sentence being read: the last person named in it outside a
     * quote, and how far its quotes have been followed. */
    size_t sent, qpos;
    int quoted, sent_person;
    /* Members of the group references, filed by token in the index. */
    int *pool;
    size_t n_pool, cap_pool;
    int seq;      /* mentions told so far in this pass */
} xcoref;

/* Empties the table (at the start of each pass). */
void ag__x_coref_reset(xdoc *x);
void ag__x_coref_free(xdoc *x);
/* Sentence si begins: its mentions follow. */
void ag__x_coref_begin(xdoc *x, size_t si);
/* A mention of `actor` at tokens [t0,t1) with chunk flags (CH_*). */
void ag__x_coref_mention(xdoc *x, int actor, size_t t0, size_t t1, unsigned flags);
/* Sentence si's mentions are all found: settles its subject, its group and
 * its group references.  0, or -1 when out of memory. */
int ag__x_coref_sentence(xdoc *x, size_t si);
/* The actor a pronoun at token i of sentence si stands for ("he", "she";
 * "it" right after a verb), or -1. */
int ag__x_coref_pronoun(xdoc *x, size_t si, size_t i);
/* The person "his"/"her" at i stands for ("his deputy, X"), or -1. */
int ag__x_coref_possessor(const xdoc *x, size_t i);
/* The country or organization "its" at i stands for ("will send its
 * foreign minister X"), or -1. */
int ag__x_coref_its(const xdoc *x, size_t i);
/* "the ministry", "the council": the latest organization or agency with
 * the head word at token j in its name, or -1. */
int ag__x_coref_head(xdoc *x, size_t j);
/* The members of the group reference that starts at token k ("both
 * sides", "the two ministers"), into out (at most cap); their number, 0
 * when none starts there. */
size_t ag__x_coref_group_at(xdoc *x, size_t k, int *out, size_t cap);
/* The length in tokens of the group reference filed at token k, else 0 */
size_t ag__x_coref_group_len(xdoc *x, size_t k);
/* "The guarantor states condemned X. They also ...": the members of the
 * group reference that opened sentence si - 1, for a "they" opening
 * sentence si; their number, or 0. */
size_t ag__x_coref_they(xdoc *x, size_t si, int *out, size_t cap);
/* The organization whose acronym the text defined ("Border Security Force
 * (BSF)") when token j is that acronym, or -1. */
void ag__x_coref_note_acronym(xdoc *x, int actor, size_t t1);
int ag__x_coref_acronym(xdoc *x, size_t j);
/* The members of the group reference that ends right before token p
 * (within the sentence from lo): "the two | agreed". */
size_t ag__x_coref_group_before(xdoc *x, size_t lo, size_t p, int *out, size_t cap);
/* The same, with the reference's first token in *start. */
size_t ag__x_coref_group_ending(xdoc *x, size_t lo, size_t p, int *out, size_t cap, size_t *start);

#endif
