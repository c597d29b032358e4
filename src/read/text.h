/* text.h — read: splits a document into sentences and tokens.
 *
 * Tokens are byte ranges of the document text (never copied).  Words keep
 * internal hyphens and apostrophes ("al-Assad", "O'Brien") and the periods
 * of abbreviations ("U.S.", "Dec.", "Dr."); a possessive "'s" / "’s" (or a
 * lone apostrophe after a plural) is its own token.  Sentences end at . ! ?
 * followed by space (after any closing quotes), unless the period belongs to
 * an abbreviation or initial, and at every line break, since news lines are
 * paragraphs and headlines.  A sentence never passes AG_SENTENCE_MAX bytes:
 * text without sentence breaks (a table, a transcript, a list run
 * together) is cut between tokens, after the last comma, semicolon, colon,
 * dash or closing bracket of the second half of the piece when there is
 * one, else before the token that would pass the limit; a single longer
 * token stays one sentence.  So evidence strings and the extractor's work
 * per sentence stay bounded (docs/user-guide.md).  Dashes (em, en, a '-'
 * standing alone) that pair within a sentence, past a dateline's, are
 * AG_TOK_ASIDE: the extractor reads them as the commas of an apposition.
 *
 * Every token is looked up once in a vocabulary (vocab.h): its word id and
 * classes are in the token, so the extractor tests bits, never strings.
 * The vocabulary's abbreviations keep their period ("Gen.", "Dec.").
 *
 * Ownership: ag_text_split() fills arrays the caller frees with
 * ag_text_free(); they point into `text`, which must outlive them.
 */
#ifndef AG_TEXT_H
#define AG_TEXT_H

#include <stddef.h>

#include "common.h"
#include "vocab.h"

enum {
    AG_TOK_WORD = 1u << 0,   /* letters/digits */
    AG_TOK_CAP = 1u << 1,    /* starts with an upper-case letter */
    AG_TOK_UPPER = 1u << 2,  /* all letters upper-case, at least two ("UN", "U.S.") */
    AG_TOK_PUNCT = 1u << 3,
    AG_TOK_QUOTE = 1u << 4,  /* " “ ” « » and a quoting ' */
    AG_TOK_POSS = 1u << 5,   /* 's ’s or a plural's lone apostrophe */
    AG_TOK_DIGIT = 1u << 6,  /* starts with a digit */
    AG_TOK_OPENQ = 1u << 7,  /* opening quote */
    AG_TOK_CLOSEQ = 1u << 8, /* closing quote */
    AG_TOK_HYPHEN = 1u << 9, /* holds a '-' ("al-Assad", or "-" itself) */
    AG_TOK_PAIR = 1u << 10,  /* the '-' of a pair split by ag_text_split_pair ("US-China"): reads as "and" */
    AG_TOK_ASIDE = 1u << 11  /* a dash of a pair in a sentence ("minister — A — said"): reads as a comma */
};

/* The longest sentence, in bytes (news sentences are rarely over 400). */
#define AG_SENTENCE_MAX 2000

typedef struct ag_token {
    size_t start, end; /* byte range in the text */
    unsigned flags;
    uint32_t word;     /* vocabulary id, 0 when unknown */
    uint64_t cls;      /* word classes (WC_* bits, exact spellings resolved) */
    uint64_t cls2;     /* the second class word (WC2 bits), alike */
    uint64_t cls3;     /* the third class word (WC3 bits), alike */
} ag_token;

typedef struct ag_sentence {
    size_t start, end;          /* byte range, trimmed */
    size_t tok_start, tok_end;  /* token index range */
} ag_sentence;

typedef struct ag_text {
    const char *text;
    size_t len;
    ag_token *toks;
    size_t n_toks;
    ag_sentence *sents;
    size_t n_sents;
    /* Words capitalized and hyphenated ("US-China") as split: the only
     * tokens ag__x_split_pairs may split, which stops at the last one. */
    size_t n_cap_hyphen;
} ag_text;

/* Splits `text` (valid UTF-8), looking every token up in `vocab` (NULL:
 * no words known, no abbreviations). Returns AG_OK or AG_ENOMEM. */
ag_status ag_text_split(const char *text, size_t len, const ag_vocab *vocab, ag_text *out);
/* Drops the space after a hyphen that a letter precedes and a capital
 * follows ("Jean- Luc" -> "Jean-Luc": a broken line or a scraping artifact),
 * in place in the NUL-terminated s. A suspended hyphen ("pro- and anti-")
 * is followed by a small letter and stays. */
void ag_text_mend_hyphens(char *s);
void ag_text_free(ag_text *t);
/* Splits word token i at each of its '-' into words and, when `pair`,
 * AG_TOK_PAIR hyphens ("US-China" -> "US" "-" "China"; "Vice-Premier" ->
 * "Vice" "Premier" without), each word looked up in `vocab` again; the
 * sentences' token ranges move with it. The caller decides which tokens to
 * split (the tokenizer knows words, not actors). Returns AG_OK or AG_ENOMEM
 * (t unchanged). */
ag_status ag_text_split_pair(ag_text *t, size_t i, const ag_vocab *vocab, int pair);
/* The same for the tokens at[0..n) (ascending), at once, pair[q] for
 * at[q]: one copy of the tokens, not one a split (a long document has
 * thousands of pairs). */
ag_status ag_text_split_pairs(ag_text *t, const size_t *at, const unsigned char *pair, size_t n,
                              const ag_vocab *vocab);

/* Token text into buf (NUL-terminated, truncated to cap), apostrophes
 * normalized to ' and curly double quotes to ". Returns buf. */
char *ag_token_str(const ag_text *t, size_t i, char *buf, size_t cap);
/* 1 if token i equals s, ignoring ASCII case. */
int ag_token_is(const ag_text *t, size_t i, const char *s);

#endif
