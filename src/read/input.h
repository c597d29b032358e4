/* input.h — read: documents from a plain text file (one document, its id
 * the base name without extension) or a JSON Lines file (one document a
 * line: {"id","text"} and optional "date","title","url"), streamed one at a
 * time so corpora of any size run in bounded memory.  "-" is stdin (JSON
 * Lines when its first character is '{').
 *
 * Ownership: the ag_doc_input passed to the callback lives only during the
 * call.
 */
#ifndef AG_INPUT_H
#define AG_INPUT_H

#include "extract.h"

typedef ag_status (*ag_input_cb)(const ag_doc_input *in, void *ud, ag_error *err);

ag_status ag_input_read(const char *path, ag_input_cb cb, void *ud, ag_error *err);
/* JSON Lines documents from an open stream; `name` is for messages. */
ag_status ag_input_read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err);
/* The id of a plain-text document: the file's base name without its
 * extension, "stdin" for "-". Malloc'd (caller frees); NULL on OOM. */
char *ag_input_doc_id(const char *path);
/* 1 if the path names JSON Lines documents by its extension. */
int ag_input_is_jsonl(const char *path);
/* The "date" member `v` of a JSON Lines line (documents or records): OK
 * when absent (NULL), null or a real date (ag_date_valid), else an error
 * that names name:line. */
struct json_t;
ag_status ag_input_check_date(const struct json_t *v, const char *name, size_t line, ag_error *err);

#endif
