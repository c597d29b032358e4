/* input.h — read: documents from a plain text file (one document, its id
 * the base name without extension) or a JSON Lines file (one document a
 * line: {"id","text"} and optional "date","title","url"), streamed one at a
 * time so corpora of any size run in bounded memory.  "-" is stdin.
 *
 * Any input is read exactly once, so pipes (`<(cat a.jsonl)`, /dev/stdin,
 * "-") give what the file gives: its kind is told from a peek at its
 * first line, which the stream then replays.
 *
 * Ownership: the ag_doc_input passed to the callback lives only during the
 * call.  An ag_input owns its stream until ag_input_close().
 */
#ifndef AG_INPUT_H
#define AG_INPUT_H

#include "extract.h"

/* What an input holds, told by its name and its first non-blank line:
 * - a .jsonl/.ndjson file is always JSON Lines (documents, or extraction
 *   records when the first line has a "type"); a .json file is always JSON
 *   (records, documents or a graph); their errors are reported by line;
 * - a .txt file is always text;
 * - any other input (stdin, a pipe) is JSON when its first non-blank
 *   character is '{', else text.
 * A UTF-8 byte order mark is skipped. */
typedef enum ag_input_kind {
    AG_IN_TEXT,    /* one plain-text document */
    AG_IN_DOCS,    /* JSON Lines documents */
    AG_IN_RECORDS, /* extraction records (JSON Lines) */
    AG_IN_GRAPH    /* a graph file, or JSON that is none of the above */
} ag_input_kind;

typedef struct ag_input {
    FILE *fp;           /* the whole input from its first byte, without a BOM */
    const char *path;   /* as given (borrowed) */
    const char *name;   /* for messages: the path, or "stdin" */
    ag_input_kind kind;
    /* Library-internal (input.c): the first line as the kind was told
     * from it, parsed once, for the documents reader; NULL when none. */
    struct ag__input_head *head;
} ag_input;

/* Opens path ("-": stdin) and tells its kind. A folder, a missing file or
 * an empty name is refused with a message naming it. */
ag_status ag_input_open(ag_input *in, const char *path, ag_error *err);
void ag_input_close(ag_input *in);

typedef ag_status (*ag_input_cb)(const ag_doc_input *in, void *ud, ag_error *err);

/* The documents of path: JSON Lines, or one text document. */
ag_status ag_input_read(const char *path, ag_input_cb cb, void *ud, ag_error *err);
/* JSON Lines documents from an open stream; `name` is for messages.  Of
 * an ag_input opened on JSON Lines documents, ag_input_read() reads its
 * first line without parsing it again. */
ag_status ag_input_read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err);
/* The rest of an open input as one text document (id from its path). */
ag_status ag_input_read_text(ag_input *in, ag_input_cb cb, void *ud, ag_error *err);
/* The id of a plain-text document: the file's base name without its
 * extension, "stdin" for "-". Malloc'd (caller frees); NULL on OOM. */
char *ag_input_doc_id(const char *path);
/* 1 if the path names JSON Lines documents by its extension. */
int ag_input_is_jsonl(const char *path);

#endif
