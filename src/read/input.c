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
 * only): its document, and its place in the stream (after a BOM) without
 * leading blanks and a trailing CR, the bytes the documents reader parses
 * of that line.  The reader takes the document instead of parsing them
 * again. */
struct ag__input_head {
    ag__jdoc doc;
    int parsed; /* doc holds the line */
    size_t at, len;
};

static void head_free(struct ag__input_head *head)
{
    if (head)
        ag__jdoc_free(&head->doc);
    free(head);
}

/* Keeps doc, the parse of the line h[i..nl) (nl: its newline), for the
 * reader; releases it when it is not to be kept or out of memory. */
static struct ag__input_head *keep_head(ag__jdoc *doc, const char *h, size_t i, const char *nl)
{
    struct ag__input_head *head = nl ? malloc(sizeof *head) : NULL;
    if (!head) {
        ag__jdoc_free(doc);
        return NULL;
    }
    size_t end = (size_t)(nl - h);
    while (end > i && h[end - 1] == '\r')
        end--;
    *head = (struct ag__input_head){*doc, 1, i - bom_len(h, end), end - i};
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
    ag__jdoc doc = {0};
    const ag__jval *o = NULL;
    if (ag__jdoc_parse(&doc, h + i, nl ? (size_t)(nl - (h + i)) : n - i, 0, NULL) == 0)
        o = ag__jdoc_root(&doc);
    /* A first line that is no object is a pretty-printed graph, or (in a
     * .jsonl file) a broken line the reader reports. */
    ag_input_kind k = jsonl ? AG_IN_DOCS : AG_IN_GRAPH;
    if (ag__jdoc_is(o, AG__J_OBJECT)) {
        if (ag__jdoc_get(&doc, o, "type"))
            k = AG_IN_RECORDS;
        else if (ag__jdoc_get(&doc, o, "text"))
            k = AG_IN_DOCS;
        else if (ag__jdoc_get(&doc, o, "nodes"))
            k = AG_IN_GRAPH;
    }
    if (k == AG_IN_DOCS && ag__jdoc_is(o, AG__J_OBJECT))
        *head = keep_head(&doc, h, i, nl);
    else
        ag__jdoc_free(&doc);
    return k;
}

/* The stream an ag_input reads: the peeked bytes, then the rest of the
 * file descriptor. */
typedef struct replay {
    int fd, own_fd;
    char *head;
    size_t len, pos;
    /* The stream's buffer (glibc's setvbuf takes a size only with one);
     * fclose touches it no more once replay_close is called. */
    char buf[1 << 16];
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
            setvbuf(in->fp, r->buf, _IOFBF, sizeof r->buf);
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

/* The string of member key of the document's object o, or NULL when it
 * is none. */
static const char *opt_string(const ag__jdoc *d, const ag__jval *o, const char *key)
{
    return ag__jdoc_str(d, ag__jdoc_get(d, o, key));
}

/* The id of a document that gives none: "line-N", into buf. */
static const char *line_id(size_t lineno, char *buf, size_t cap)
{
    snprintf(buf, cap, "line-%zu", lineno);
    return buf;
}

/* The document's id: its string, its number written out, or "line-N"
 * when it has none; NULL when "id" is anything else. */
static const char *doc_id(const ag__jdoc *d, const ag__jval *o, size_t lineno, char *buf, size_t cap)
{
    const ag__jval *v = ag__jdoc_get(d, o, "id");
    if (ag__jdoc_is(v, AG__J_STRING))
        return ag__jdoc_str(d, v);
    if (ag__jdoc_is(v, AG__J_INTEGER))
        snprintf(buf, cap, "%lld", ag__jdoc_int(d, v));
    else if (ag__jdoc_is(v, AG__J_REAL))
        snprintf(buf, cap, "%.15g", ag__jdoc_num(d, v));
    else if (!v || ag__jdoc_is(v, AG__J_NULL))
        return line_id(lineno, buf, cap);
    else
        return NULL;
    return buf;
}

/* A "date" member: none (absent or null), or the string s (NULL: a value
 * of another type). */
static ag_status check_date(int none, const char *s, const char *name, size_t line, ag_error *err)
{
    if (none || (s && ag_date_valid(s)))
        return AG_OK;
    if (!s)
        return ag_error_set(err, AG_EINPUT, "%s:%zu: date must be a string (YYYY, YYYY-MM or YYYY-MM-DD)", name, line);
    return ag_error_set(err, AG_EINPUT, "%s:%zu: date \"%s\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)", name,
                        line, s);
}

ag_status ag_input_check_date(const json_t *v, const char *name, size_t line, ag_error *err)
{
    return check_date(!v || json_is_null(v), json_string_value(v), name, line, err);
}

/* Whom a reader hands each document: cb, or ccb (ag__input_read_checked),
 * which also learns whether its text was checked as UTF-8. */
typedef struct sink {
    ag_input_cb cb;
    ag__input_checked_cb ccb;
    void *ud;
} sink;

static ag_status give(const sink *s, const ag_doc_input *in, int utf8_checked, ag_error *err)
{
    return s->ccb ? s->ccb(in, utf8_checked, s->ud, err) : s->cb(in, s->ud, err);
}

/* The document of one line, handed to s: d holds its reading, r is
 * ag__jdoc_parse's result and je its error. */
static ag_status jsonl_doc(const ag__jdoc *d, int r, const json_error_t *je, const char *name, size_t lineno,
                           const sink *s, ag_error *err)
{
    if (r == -2)
        return ag_error_set(err, AG_ENOMEM, "%s:%zu: out of memory", name, lineno);
    const ag__jval *o = r == 0 ? ag__jdoc_root(d) : NULL;
    if (!ag__jdoc_is(o, AG__J_OBJECT))
        return ag_error_set(err, AG_EINPUT, "%s:%zu:%d: %s; each line must be {\"id\":...,\"text\":...}", name,
                            lineno, o ? 1 : je->column, o ? "not a JSON object" : je->text);
    const ag__jval *text = ag__jdoc_get(d, o, "text");
    if (!ag__jdoc_is(text, AG__J_STRING))
        return ag_error_set(err, AG_EINPUT, "%s:%zu: document has no string \"text\"", name, lineno);
    char idbuf[64];
    const char *id = doc_id(d, o, lineno, idbuf, sizeof idbuf);
    if (!id)
        return ag_error_set(err, AG_EINPUT, "%s:%zu: \"id\" must be a string or a number", name, lineno);
    const ag__jval *date = ag__jdoc_get(d, o, "date");
    ag_status st = check_date(!date || ag__jdoc_is(date, AG__J_NULL), ag__jdoc_str(d, date), name, lineno, err);
    if (st)
        return st;
    ag_doc_input in = {id, ag__jdoc_str(d, text), text->n, ag__jdoc_str(d, date), opt_string(d, o, "title"),
                       opt_string(d, o, "url")};
    return give(s, &in, d->utf8_checked, err);
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
static ag_status read_jsonl(FILE *fp, const char *name, struct ag__input_head *head, const sink *s, ag_error *err)
{
    ag_buf line = AG_BUF_INIT;
    ag__jdoc doc = {0}; /* each line's, read again in place */
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
        json_error_t je;
        int r = 0;
        if (head && head->parsed && line_at + k == head->at && len - k == head->len) {
            ag__jdoc_free(&doc); /* the same bytes, parsed by the sniff */
            doc = head->doc;
            memset(&head->doc, 0, sizeof head->doc);
            head->parsed = 0;
        } else {
            r = ag__jdoc_parse(&doc, buf, len, 0, &je);
        }
        st = jsonl_doc(&doc, r, &je, name, lineno, s, err);
    }
    if (!st && ferror(fp))
        st = ag_error_set(err, AG_EIO, "%s: read error", name);
    ag_buf_free(&line);
    ag__jdoc_free(&doc);
    return st;
}

ag_status ag_input_read_jsonl(FILE *fp, const char *name, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_jsonl(fp, name, NULL, &(sink){cb, NULL, ud}, err);
}

ag_status ag__input_read_docs(ag_input *in, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_jsonl(in->fp, in->name, in->head, &(sink){cb, NULL, ud}, err);
}

static ag_status read_text(ag_input *in, const sink *s, ag_error *err)
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
    st = give(s, &doc, 0, err);
    free(id);
    free(data);
    return st;
}

ag_status ag_input_read_text(ag_input *in, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_text(in, &(sink){cb, NULL, ud}, err);
}

static ag_status read_path(const char *path, const sink *s, ag_error *err)
{
    ag_input in;
    ag_status st = ag_input_open(&in, path, err);
    if (st)
        return st;
    /* Anything JSON goes to the documents reader, which reports by line
     * what is not a document. */
    if (in.kind == AG_IN_TEXT)
        st = read_text(&in, s, err);
    else
        st = read_jsonl(in.fp, in.name, in.head, s, err);
    ag_input_close(&in);
    return st;
}

ag_status ag_input_read(const char *path, ag_input_cb cb, void *ud, ag_error *err)
{
    return read_path(path, &(sink){cb, NULL, ud}, err);
}

ag_status ag__input_read_checked(const char *path, ag__input_checked_cb cb, void *ud, ag_error *err)
{
    return read_path(path, &(sink){NULL, cb, ud}, err);
}
