/* input.c — see input.h. */
#include "input.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int ag_input_is_jsonl(const char *path)
{
    size_t n = strlen(path);
    return (n > 6 && strcmp(path + n - 6, ".jsonl") == 0) || (n > 7 && strcmp(path + n - 7, ".ndjson") == 0);
}

char *ag_input_doc_id(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    if (strcmp(path, "-") == 0)
        return strdup("stdin");
    char *id = strdup(b);
    if (!id)
        return NULL;
    char *dot = strrchr(id, '.');
    if (dot && dot != id)
        *dot = '\0';
    return id;
}

static const char *opt_string(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The document's id: its string, its number written out, or "line-N"
 * when it has none; NULL when "id" is anything else. */
static const char *doc_id(json_t *o, size_t lineno, char *buf, size_t cap)
{
    json_t *v = json_object_get(o, "id");
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v))
        snprintf(buf, cap, "%lld", (long long)json_integer_value(v));
    else if (json_is_real(v))
        snprintf(buf, cap, "%.15g", json_real_value(v));
    else if (!v || json_is_null(v))
        snprintf(buf, cap, "line-%zu", lineno);
    else
        return NULL;
    return buf;
}

ag_status ag_input_check_date(const json_t *v, const char *name, size_t line, ag_error *err)
{
    if (!v || json_is_null(v) || (json_is_string(v) && ag_date_valid(json_string_value(v))))
        return AG_OK;
    if (!json_is_string(v))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: date must be a string (YYYY, YYYY-MM or YYYY-MM-DD)", name, line);
    return ag_error_set(err, AG_EINPUT, "%s:%zu: date \"%s\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)", name,
                        line, json_string_value(v));
}

static ag_status read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err)
{
    ag_buf line = AG_BUF_INIT;
    size_t lineno = 0;
    ag_status st = AG_OK;
    for (;;) {
        int r = ag_read_line(fp, &line, AG_LINE_MAX);
        if (r == 0)
            break;
        lineno++;
        if (r == -2) {
            st = ag_error_set(err, AG_ENOMEM, "%s:%zu: out of memory", name, lineno);
            break;
        }
        if (r == -3) {
            st = ag_read_line_nul_error(err, name, lineno, &line);
            break;
        }
        if (r == -1) {
            st = ag_error_set(err, AG_EINPUT, "%s:%zu: line longer than %zu MiB; split the document", name, lineno,
                              (size_t)AG_LINE_MAX >> 20);
            break;
        }
        const char *buf = line.data;
        size_t len = line.len;
        while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            len--;
        size_t k = 0;
        while (k < len && (buf[k] == ' ' || buf[k] == '\t'))
            k++;
        if (k == len)
            continue;
        json_error_t je;
        json_t *o = json_loadb(buf, len, 0, &je);
        if (!o || !json_is_object(o)) {
            st = ag_error_set(err, AG_EINPUT, "%s:%zu:%d: %s; each line must be {\"id\":...,\"text\":...}", name,
                              lineno, o ? 1 : je.column, o ? "not a JSON object" : je.text);
            json_decref(o);
            break;
        }
        json_t *text = json_object_get(o, "text");
        if (!json_is_string(text)) {
            st = ag_error_set(err, AG_EINPUT, "%s:%zu: document has no string \"text\"", name, lineno);
            json_decref(o);
            break;
        }
        char idbuf[64];
        const char *id = doc_id(o, lineno, idbuf, sizeof idbuf);
        st = !id ? ag_error_set(err, AG_EINPUT, "%s:%zu: \"id\" must be a string or a number", name, lineno)
                 : ag_input_check_date(json_object_get(o, "date"), name, lineno, err);
        if (st) {
            json_decref(o);
            break;
        }
        ag_doc_input in = {id, json_string_value(text), json_string_length(text), opt_string(o, "date"),
                           opt_string(o, "title"), opt_string(o, "url")};
        st = cb(&in, ud, err);
        json_decref(o);
        if (st)
            break;
    }
    if (!st && ferror(fp))
        st = ag_error_set(err, AG_EIO, "%s: read error", name);
    ag_buf_free(&line);
    return st;
}

ag_status ag_input_read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_jsonl(fp, name, cb, ud, err);
}

ag_status ag_input_read(const char *path, ag_input_cb cb, void *ud, ag_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "stdin" : path;
    if (!is_stdin && ag_input_is_jsonl(path)) {
        FILE *fp = fopen(path, "rb");
        if (!fp)
            return ag_error_set(err, AG_EIO, "%s: cannot open: %s", path, strerror(errno));
        ag_status st = read_jsonl(fp, name, cb, ud, err);
        fclose(fp);
        return st;
    }
    if (is_stdin) {
        /* Peek: JSON Lines when the first non-blank character is '{'. */
        int c;
        while ((c = getc(stdin)) == ' ' || c == '\n' || c == '\r' || c == '\t')
            ;
        if (c == '{') {
            ungetc(c, stdin);
            return read_jsonl(stdin, name, cb, ud, err);
        }
        if (c != EOF)
            ungetc(c, stdin);
    }
    char *data;
    size_t len;
    ag_status st = ag_read_file(path, &data, &len, err);
    if (st)
        return st;
    char *id = ag_input_doc_id(path);
    if (!id) {
        free(data);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    ag_doc_input in = {id, data, len, NULL, NULL, NULL};
    st = cb(&in, ud, err);
    free(id);
    free(data);
    return st;
}
