/* events_stream.c — the bytes of an event table: plain or gzip through
 * zlib (gzread passes plain files through), zip archives (as GDELT ships
 * its daily files) through libzip, one file entry after another. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include "events_int.h"

struct ev_stream {
    const char *name;
    gzFile gz;
    zip_t *za;
    zip_file_t *zf;
    zip_int64_t entry, n_entries;
    char buf[1 << 16];
    size_t pos, len;
    int eof;
};

static int is_zip(const char *path)
{
    FILE *fp = fopen(path, "rb");
    unsigned char m[4] = {0};
    int zip = fp && fread(m, 1, 4, fp) == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
    if (fp)
        fclose(fp);
    return zip;
}

/* The next file entry of the archive (directories are skipped); 0 none. */
static int next_entry(ev_stream *s)
{
    if (s->zf)
        zip_fclose(s->zf);
    s->zf = NULL;
    while (++s->entry < s->n_entries) {
        const char *n = zip_get_name(s->za, (zip_uint64_t)s->entry, 0);
        if (n && *n && n[strlen(n) - 1] == '/')
            continue;
        s->zf = zip_fopen_index(s->za, (zip_uint64_t)s->entry, 0);
        return s->zf != NULL;
    }
    return 0;
}

static ag_status open_zip(ev_stream *s, const char *path, ag_error *err)
{
    int ze = 0;
    s->za = zip_open(path, ZIP_RDONLY, &ze);
    if (!s->za) {
        zip_error_t e;
        zip_error_init_with_code(&e, ze);
        ag_status st = ag_error_set(err, AG_EINPUT, "%s: not a readable zip archive: %s", path, zip_error_strerror(&e));
        zip_error_fini(&e);
        return st;
    }
    s->n_entries = zip_get_num_entries(s->za, 0);
    s->entry = -1;
    if (!next_entry(s))
        return ag_error_set(err, AG_EINPUT, "%s: the zip archive holds no readable file", path);
    return AG_OK;
}

ag_status ag__ev_open(const char *path, ev_stream **out, ag_error *err)
{
    ev_stream *s = calloc(1, sizeof *s);
    if (!s)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    s->name = strcmp(path, "-") == 0 ? "stdin" : path;
    ag_status st = AG_OK;
    if (strcmp(path, "-") == 0) {
        int fd = dup(STDIN_FILENO);
        s->gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
        if (!s->gz && fd >= 0)
            close(fd);
        if (!s->gz)
            st = ag_error_set(err, AG_EIO, "stdin: cannot read: %s", strerror(errno));
    } else if (is_zip(path)) {
        st = open_zip(s, path, err);
    } else {
        s->gz = gzopen(path, "rb");
        if (!s->gz)
            st = ag_error_set(err, AG_EIO, "%s: cannot open: %s", path, strerror(errno ? errno : ENOMEM));
    }
    if (st) {
        ag__ev_close(s);
        return st;
    }
    if (s->gz)
        gzbuffer(s->gz, 1 << 17);
    *out = s;
    return AG_OK;
}

/* Refills the buffer; 0 at the end, -1 on a read error. */
static int fill(ev_stream *s, ag_error *err)
{
    s->pos = s->len = 0;
    while (!s->eof) {
        long n;
        if (s->gz) {
            n = gzread(s->gz, s->buf, sizeof s->buf);
            if (n < 0) {
                int code;
                const char *m = gzerror(s->gz, &code);
                ag_error_set(err, AG_EIO, "%s: cannot read: %s", s->name, code == Z_ERRNO ? strerror(errno) : m);
                return -1;
            }
        } else {
            n = (long)zip_fread(s->zf, s->buf, sizeof s->buf);
            if (n < 0) {
                ag_error_set(err, AG_EIO, "%s: cannot read the zip entry: %s", s->name,
                             zip_file_strerror(s->zf));
                return -1;
            }
            if (n == 0 && next_entry(s))
                continue;
        }
        if (n == 0) {
            s->eof = 1;
            return 0;
        }
        s->len = (size_t)n;
        return 1;
    }
    return 0;
}

int ag__ev_getline(ev_stream *s, ag_buf *line, size_t cap, ag_error *err)
{
    ag_buf_reset(line);
    int any = 0, over = 0;
    for (;;) {
        if (s->pos == s->len) {
            int r = fill(s, err);
            if (r < 0)
                return -3;
            if (r == 0 && !any)
                return 0;
            if (r == 0)
                break;
        }
        char *start = s->buf + s->pos;
        char *nl = memchr(start, '\n', s->len - s->pos);
        size_t n = nl ? (size_t)(nl - start) : s->len - s->pos;
        any = 1;
        if (!over && line->len + n > cap) {
            n = cap - line->len;
            over = 1;
            if (ag_buf_append(line, start, n))
                return -2;
        } else if (!over && ag_buf_append(line, start, n)) {
            return -2;
        }
        s->pos = nl ? (size_t)(nl - s->buf) + 1 : s->len;
        if (nl)
            break;
    }
    if (!line->data && ag_buf_append(line, "", 0))
        return -2;
    if (line->len && line->data[line->len - 1] == '\r')
        line->data[--line->len] = '\0';
    return over ? -1 : 1;
}

void ag__ev_close(ev_stream *s)
{
    if (!s)
        return;
    if (s->gz)
        gzclose(s->gz);
    if (s->zf)
        zip_fclose(s->zf);
    if (s->za)
        zip_discard(s->za);
    free(s);
}
