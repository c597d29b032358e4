/* input.c — see input.h. */
#define _GNU_SOURCE /* fopencookie: the replaying stream */
#include "input_int.h"
#include "json_load.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The most of an input peeked at to tell its kind: the first non-blank
 * line, or its start when it is longer. */
#define PEEK_MAX ((size_t)1 << 20)

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

int ag_input_is_jsonl(const char *path)
{
    return ends_with(path, ".jsonl") || ends_with(path, ".ndjson");
}

static size_t bom_len(const char *h, size_t n)
{
    return n >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static size_t skip_blank(const char *h, size_t i, size_t n)
{
    while (i < n && (h[i] == ' ' || h[i] == '\n' || h[i] == '\r' || h[i] == '\t'))
        i++;
    return i;
}

/* 1 once the peeked bytes hold the whole first non-blank line. */
static int head_complete(const char *h, size_t n)
{
    if (n == 0)
        return 0;
    if (n < 3 && memcmp(h, "\xEF\xBB\xBF", n) == 0)
        return 0; /* maybe the start of a BOM */
    size_t i = skip_blank(h, bom_len(h, n), n);
    return i < n && memchr(h + i, '\n', n - i) != NULL;
}

/* The first non-blank line as sniff() parsed it (JSON Lines documents
 * only): its tree, and its place in the stream (after a BOM) without
 * leading blanks and a trailing CR, the bytes the documents reader parses
 * of that line.  The reader takes the tree instead of parsing them again. */
struct ag__input_head {
    json_t *tree;
    size_t at, len;
};

static void head_free(struct ag__input_head *head)
{
    if (head)
        json_decref(head->tree);
    free(head);
}

/* Keeps o, the parse of the line h[i..nl) (nl: its newline), for the
 * reader; releases it when it is not to be kept or out of memory. */
static struct ag__input_head *keep_head(json_t *o, const char *h, size_t i, const char *nl)
{
    struct ag__input_head *head = nl ? malloc(sizeof *head) : NULL;
    if (!head) {
        json_decref(o);
        return NULL;
    }
    size_t end = (size_t)(nl - h);
    while (end > i && h[end - 1] == '\r')
        end--;
    *head = (struct ag__input_head){o, i - bom_len(h, end), end - i};
    return head;
}

static ag_input_kind sniff(const char *h, size_t n, const char *path, struct ag__input_head **head)
{
    int jsonl = ag_input_is_jsonl(path), json = ends_with(path, ".json");
    if (ends_with(path, ".txt"))
        return AG_IN_TEXT;
    size_t i = skip_blank(h, bom_len(h, n), n);
    if (i >= n || h[i] != '{')
        return jsonl ? AG_IN_DOCS : json ? AG_IN_GRAPH : AG_IN_TEXT;
    const char *nl = memchr(h + i, '\n', n - i);
    json_t *o = ag__json_loadb(h + i, nl ? (size_t)(nl - (h + i)) : n - i, 0, NULL);
    /* A first line that is no object is a pretty-printed graph, or (in a
     * .jsonl file) a broken line the reader reports. */
    ag_input_kind k = jsonl ? AG_IN_DOCS : AG_IN_GRAPH;
    if (json_is_object(o)) {
        if (json_object_get(o, "type"))
            k = AG_IN_RECORDS;
        else if (json_object_get(o, "text"))
            k = AG_IN_DOCS;
        else if (json_object_get(o, "nodes"))
            k = AG_IN_GRAPH;
    }
    if (k == AG_IN_DOCS && json_is_object(o))
        *head = keep_head(o, h, i, nl);
    else
        json_decref(o);
    return k;
}

/* The stream an ag_input reads: the peeked bytes, then the rest of the
 * file descriptor. */
typedef struct replay {
    int fd, own_fd;
    char *head;
    size_t len, pos;
} replay;

static ssize_t replay_read(void *cookie, char *buf, size_t size)
{
    replay *r = cookie;
    if (r->pos < r->len) {
        size_t n = r->len - r->pos < size ? r->len - r->pos : size;
        memcpy(buf, r->head + r->pos, n);
        r->pos += n;
        return (ssize_t)n;
    }
    ssize_t n;
    while ((n = read(r->fd, buf, size)) < 0 && errno == EINTR)
        ;
    return n;
}

static int replay_close(void *cookie)
{
    replay *r = cookie;
    if (r->own_fd)
        close(r->fd);
    free(r->head);
    free(r);
    return 0;
}

/* Reads from r->fd until the first non-blank line is in r->head. */
static ag_status peek(replay *r, const char *name, ag_error *err)
{
    size_t cap = 0;
    while (r->len < PEEK_MAX && !head_complete(r->head, r->len)) {
        if (cap - r->len < 65536) {
            char *h = realloc(r->head, cap + 65536);
            if (!h)
                return ag_error_set(err, AG_ENOMEM, "out of memory");
            r->head = h;
            cap += 65536;
        }
        ssize_t n;
        while ((n = read(r->fd, r->head + r->len, cap - r->len)) < 0 && errno == EINTR)
            ;
        if (n < 0)
            return ag_error_set(err, AG_EIO, "%s: cannot read: %s", name, strerror(errno));
        if (n == 0)
            break;
        r->len += (size_t)n;
    }
    return AG_OK;
}

static ag_status open_fd(const char *path, int *fd, ag_error *err)
{
    if (strcmp(path, "-") == 0) {
        *fd = STDIN_FILENO;
        return AG_OK;
    }
    if (!*path)
        return ag_error_set(err, AG_EUSAGE, "an input file name is empty");
    *fd = open(path, O_RDONLY | O_CLOEXEC);
    if (*fd < 0)
        return ag_error_set(err, AG_EIO, "%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(*fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(*fd);
        return ag_error_set(err, AG_EIO, "%s: is a directory; give a file", path);
    }
    return AG_OK;
}

ag_status ag_input_open(ag_input *in, const char *path, ag_error *err)
{
    memset(in, 0, sizeof *in);
    in->path = path;
    in->name = strcmp(path, "-") == 0 ? "stdin" : path;
    replay *r = calloc(1, sizeof *r);
    if (!r)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    ag_status st = open_fd(path, &r->fd, err);
    if (st) {
        free(r);
        return st;
    }
    r->own_fd = r->fd != STDIN_FILENO;
    st = peek(r, in->name, err);
    if (!st) {
        in->kind = sniff(r->head, r->len, path, &in->head);
        r->pos = bom_len(r->head, r->len);
        cookie_io_functions_t io = {replay_read, NULL, NULL, replay_close};
        in->fp = fopencookie(r, "r", io);
        if (!in->fp)
            st = ag_error_set(err, AG_ENOMEM, "out of memory");
        else /* 64 KiB a read, not 8 */
            setvbuf(in->fp, NULL, _IOFBF, 1 << 16);
    }
    if (st)
        replay_close(r);
    return st;
}

void ag_input_close(ag_input *in)
{
    if (in->fp)
        fclose(in->fp);
    in->fp = NULL;
    head_free(in->head);
    in->head = NULL;
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

/* The id of a document that gives none: "line-N", into buf. */
static const char *line_id(size_t lineno, char *buf, size_t cap)
{
    snprintf(buf, cap, "line-%zu", lineno);
    return buf;
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
        return line_id(lineno, buf, cap);
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

/* The members of a document that the reader takes. */
enum { DOC_ID, DOC_TEXT, DOC_DATE, DOC_TITLE, DOC_URL, DOC_KEYS };

/* The string of member k, or NULL when it is none. */
static const char *member_str(const ag__json_member *m, int k, const ag_buf *store)
{
    return m[k].kind == AG__JM_STRING ? store->data + m[k].at : NULL;
}

/* The document of line buf[0..len) read from yajl's events without a
 * tree, handed to cb: -1 (nothing done) when the line is anything but a
 * well-formed document, whose message jsonl_doc's tree gives, or when its
 * id is a number (written out from jansson's value). */
static int jsonl_doc_fast(const char *buf, size_t len, size_t lineno, ag_buf *store, ag_input_cb cb, void *ud,
                          ag_status *st, ag_error *err)
{
    ag__json_member m[DOC_KEYS] = {{.key = "id"}, {.key = "text"}, {.key = "date"}, {.key = "title"}, {.key = "url"}};
    if (ag__json_members(buf, len, m, DOC_KEYS, store) || m[DOC_TEXT].kind != AG__JM_STRING ||
        m[DOC_ID].kind == AG__JM_OTHER || m[DOC_DATE].kind == AG__JM_OTHER)
        return -1;
    const char *date = member_str(m, DOC_DATE, store);
    if (date && !ag_date_valid(date))
        return -1;
    char idbuf[64];
    const char *id = member_str(m, DOC_ID, store);
    if (!id)
        id = line_id(lineno, idbuf, sizeof idbuf);
    ag_doc_input in = {id, member_str(m, DOC_TEXT, store), m[DOC_TEXT].len, date,
                       member_str(m, DOC_TITLE, store), member_str(m, DOC_URL, store)};
    *st = cb(&in, ud, err);
    return 0;
}

/* The document of one line buf[0..len) (its newline cut), handed to cb;
 * o is its tree (taken), or NULL to read it here (store: room for its
 * strings). */
static ag_status jsonl_doc(json_t *o, const char *buf, size_t len, const char *name, size_t lineno, ag_buf *store,
                           ag_input_cb cb, void *ud, ag_error *err)
{
    json_error_t je;
    ag_status st;
    if (!o && jsonl_doc_fast(buf, len, lineno, store, cb, ud, &st, err) == 0)
        return st;
    if (!o)
        o = ag__json_loadb(buf, len, 0, &je);
    if (!o || !json_is_object(o)) {
        st = ag_error_set(err, AG_EINPUT, "%s:%zu:%d: %s; each line must be {\"id\":...,\"text\":...}", name, lineno,
                          o ? 1 : je.column, o ? "not a JSON object" : je.text);
        json_decref(o);
        return st;
    }
    json_t *text = json_object_get(o, "text");
    if (!json_is_string(text)) {
        st = ag_error_set(err, AG_EINPUT, "%s:%zu: document has no string \"text\"", name, lineno);
        json_decref(o);
        return st;
    }
    char idbuf[64];
    const char *id = doc_id(o, lineno, idbuf, sizeof idbuf);
    st = !id ? ag_error_set(err, AG_EINPUT, "%s:%zu: \"id\" must be a string or a number", name, lineno)
             : ag_input_check_date(json_object_get(o, "date"), name, lineno, err);
    if (!st) {
        ag_doc_input in = {id, json_string_value(text), json_string_length(text), opt_string(o, "date"),
                           opt_string(o, "title"), opt_string(o, "url")};
        st = cb(&in, ud, err);
    }
    json_decref(o);
    return st;
}

/* The error of ag_read_line's result r (below 0) for line lineno. */
static ag_status line_error(int r, const char *name, size_t lineno, const ag_buf *line, ag_error *err)
{
    if (r == -2)
        return ag_error_set(err, AG_ENOMEM, "%s:%zu: out of memory", name, lineno);
    if (r == -3)
        return ag_read_line_nul_error(err, name, lineno, line);
    return ag_error_set(err, AG_EINPUT, "%s:%zu: line longer than %zu MiB; split the document", name, lineno,
                        (size_t)AG_LINE_MAX >> 20);
}

/* head: the sniffed first line (taken when its line comes), or NULL. */
static ag_status read_jsonl(FILE *fp, const char *name, struct ag__input_head *head, ag_input_cb cb, void *ud,
                            ag_error *err)
{
    ag_buf line = AG_BUF_INIT, store = AG_BUF_INIT;
    size_t lineno = 0, at = 0; /* at: the line's offset in the stream */
    ag_status st = AG_OK;
    int r;
    while (!st && (r = ag_read_line(fp, &line, AG_LINE_MAX)) != 0) {
        lineno++;
        if (r < 0) {
            st = line_error(r, name, lineno, &line, err);
            break;
        }
        const char *buf = line.data;
        size_t len = line.len, line_at = at;
        at += line.len + 1;
        while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            len--;
        size_t k = 0;
        while (k < len && (buf[k] == ' ' || buf[k] == '\t'))
            k++;
        if (k == len)
            continue;
        json_t *o = NULL;
        if (head && head->tree && line_at + k == head->at && len - k == head->len) {
            o = head->tree; /* the same bytes, parsed by the sniff */
            head->tree = NULL;
        }
        st = jsonl_doc(o, buf, len, name, lineno, &store, cb, ud, err);
    }
    if (!st && ferror(fp))
        st = ag_error_set(err, AG_EIO, "%s: read error", name);
    ag_buf_free(&line);
    ag_buf_free(&store);
    return st;
}

ag_status ag_input_read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_jsonl(fp, name, NULL, cb, ud, err);
}

ag_status ag__input_read_docs(ag_input *in, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_jsonl(in->fp, in->name, in->head, cb, ud, err);
}

ag_status ag_input_read_text(ag_input *in, ag_input_cb cb, void *ud, ag_error *err)
{
    char *data;
    size_t len;
    ag_status st = ag_read_stream(in->fp, in->name, &data, &len, err);
    if (st)
        return st;
    char *id = ag_input_doc_id(in->path);
    if (!id) {
        free(data);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    ag_doc_input doc = {id, data, len, NULL, NULL, NULL};
    st = cb(&doc, ud, err);
    free(id);
    free(data);
    return st;
}

ag_status ag_input_read(const char *path, ag_input_cb cb, void *ud, ag_error *err)
{
    ag_input in;
    ag_status st = ag_input_open(&in, path, err);
    if (st)
        return st;
    /* Anything JSON goes to the documents reader, which reports by line
     * what is not a document. */
    if (in.kind == AG_IN_TEXT)
        st = ag_input_read_text(&in, cb, ud, err);
    else
        st = read_jsonl(in.fp, in.name, in.head, cb, ud, err);
    ag_input_close(&in);
    return st;
}
