/* input_int.h — what the readers of JSON Lines (input.c, records.c) share.
 * Library-internal (not installed: it names a jansson type). */
#ifndef AG_INPUT_INT_H
#define AG_INPUT_INT_H

#include <jansson.h>

#include "input.h"

/* The "date" member `v` of a JSON Lines line (documents or records): OK
 * when absent (NULL), null or a real date (ag_date_valid), else an error
 * that names name:line. */
ag_status ag_input_check_date(const json_t *v, const char *name, size_t line, ag_error *err);

/* ag_input_read_jsonl() of in->fp that takes its first line's tree from
 * the sniff (in->head) instead of parsing the line a second time. */
ag_status ag__input_read_docs(ag_input *in, ag_input_cb cb, void *ud, ag_error *err);

/* ag_input_read() whose callback also learns whether the reader found the
 * document's text valid UTF-8 without NUL, as ag_utf8_valid_prefix checks
 * it (1: a JSON Lines string read by ag__jdoc_load; 0: not checked). */
typedef ag_status (*ag__input_checked_cb)(const ag_doc_input *in, int utf8_checked, void *ud, ag_error *err);
ag_status ag__input_read_checked(const char *path, ag__input_checked_cb cb, void *ud, ag_error *err);

#endif
