/* common.h — status codes, error messages, and the small containers every
 * module uses: an arena for strings, a growable byte buffer, a string-keyed
 * hash map, atomic output files.
 *
 * Ownership: an ag_arena owns every block it hands out; ag_arena_free()
 * releases them all at once.  An ag_strmap does not own its keys: they must
 * outlive the map (callers keep them in an arena).  An ag_buf owns its data
 * until ag_buf_free().
 */
#ifndef AG_COMMON_H
#define AG_COMMON_H

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef enum ag_status {
    AG_OK = 0,
    AG_ENOMEM,  /* out of memory */
    AG_EIO,     /* a file could not be read or written */
    AG_EINPUT,  /* malformed input; the message says where */
    AG_EUSAGE,  /* bad option or argument */
    AG_ELIB     /* igraph or Graphviz reported a failure */
} ag_status;

/* A message for the user: names the file, the place and what to do. */
typedef struct ag_error {
    char msg[1024];
} ag_error;

const char *ag_strerror(ag_status s);
/* Formats into err->msg (err may be NULL); returns st so callers can
 * `return ag_error_set(err, AG_EINPUT, "...")`. */
ag_status ag_error_set(ag_error *err, ag_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- arena ---- */
typedef struct ag_arena ag_arena;
ag_arena *ag_arena_new(void);
void ag_arena_free(ag_arena *a);
void *ag_arena_alloc(ag_arena *a, size_t n); /* zeroed; NULL on OOM */
char *ag_arena_strdup(ag_arena *a, const char *s);
char *ag_arena_strndup(ag_arena *a, const char *s, size_t n);
char *ag_arena_printf(ag_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- growable buffer (NUL-terminated, capped) ---- */
typedef struct ag_buf {
    char *data;
    size_t len, cap;
} ag_buf;
#define AG_BUF_INIT {NULL, 0, 0}
/* Every buffer refuses to grow past this: untrusted input never makes
 * memory grow without bound. */
#define AG_BUF_MAX ((size_t)1 << 30)
int ag_buf_append(ag_buf *b, const char *s, size_t n); /* 0 ok, -1 OOM/cap */
int ag_buf_puts(ag_buf *b, const char *s);
int ag_buf_putc(ag_buf *b, char c);
/* Makes room for `extra` more bytes (and the NUL) past b->len, so a writer
 * can fill b->data directly: 0, or -1 when the buffer cannot grow. */
int ag_buf_reserve(ag_buf *b, size_t extra);
int ag_buf_printf(ag_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s as one CSV field (NULL: an empty one): with sep ',' quoted
 * when it holds a comma, quote, CR or LF, quotes doubled; with another
 * separator (tab) that separator and line breaks become spaces.  A `text`
 * field starting with = + - @ tab or CR gets a leading ' so spreadsheets
 * show it instead of running it.  0, or -1 when the buffer cannot grow. */
int ag_buf_put_csv(ag_buf *b, const char *s, char sep, int text);
void ag_buf_reset(ag_buf *b);
void ag_buf_free(ag_buf *b);

/* ---- string -> size_t hash map (keys borrowed) ---- */
typedef struct ag_strmap ag_strmap;
ag_strmap *ag_strmap_new(void);
void ag_strmap_free(ag_strmap *m);
/* Returns 0 ok, -1 OOM. Replaces the value of an existing key. */
int ag_strmap_put(ag_strmap *m, const char *key, size_t value);
/* Returns 1 and sets *value if found, else 0. */
int ag_strmap_get(const ag_strmap *m, const char *key, size_t *value);
size_t ag_strmap_count(const ag_strmap *m);

/* ---- text helpers ---- */
/* Slug of a name: lower-case ASCII letters and digits, other runs become
 * '-'; non-ASCII letters are folded to ASCII where a Latin base exists.
 * Written into the arena. */
char *ag_slug(ag_arena *a, const char *name);
/* The same into buf[0..cap) (cap >= 2), for a slug compared and dropped:
 * NULL when name is too long for it. */
char *ag_slug_buf(char *buf, size_t cap, const char *name);
/* Length (1..4) of the strict UTF-8 sequence at s[0..n) (no overlong
 * forms, surrogates or values above U+10FFFF), its code point in *cp when
 * cp is not NULL; 0 if invalid. */
size_t ag_utf8_decode(const char *s, size_t n, unsigned long *cp);
/* Length of the longest valid UTF-8 prefix of s[0..n). */
size_t ag_utf8_valid_prefix(const char *s, size_t n);
/* Copy of s[0..n) in the arena with invalid UTF-8 bytes replaced by U+FFFD. */
char *ag_utf8_sanitize(ag_arena *a, const char *s, size_t n);
/* s (valid UTF-8, as ag_utf8_sanitize makes it) in Unicode NFC: s itself
 * when it already is, else a copy in the arena; NULL on OOM.  A combining
 * accent and a precomposed letter then read (and slug) the same. */
const char *ag_utf8_nfc(ag_arena *a, const char *s);
/* 1 if the code point cp is NFC-inert: combining class 0 and NFC quick
 * check Yes (Unicode's DerivedNormalizationProps), so a text made only of
 * such code points is NFC as it is.  Below U+0300 (nothing there composes,
 * decomposes or reorders), General Punctuation but for U+2000 and U+2001
 * (which NFC maps to U+2002 and U+2003), and the currency signs. */
int ag_utf8_nfc_inert(unsigned long cp);

/* ---- dates ---- */
/* 1 if s is a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD (or the
 * compact YYYYMM and YYYYMMDD), month 1-12, a day its month has (29
 * February in leap years only). */
int ag_date_valid(const char *s);

/* ---- counts ---- */
/* The largest count (link weight, mentions, documents) kept: sums stop
 * there rather than overflow, and a graph read back accepts it. */
#define AG_COUNT_MAX (LONG_MAX / 2)
/* a + b for counts in [0, AG_COUNT_MAX], saturated at AG_COUNT_MAX. */
static inline long ag_count_add(long a, long b)
{
    return a > AG_COUNT_MAX - b ? AG_COUNT_MAX : a + b;
}

/* ---- files ---- */
/* The longest JSON Lines line read: one document (64 MiB) and its escapes. */
#define AG_LINE_MAX ((size_t)128 << 20)

/* Reads one line (without its newline) into b, at most `cap` bytes: a
 * longer line is consumed and reported, so untrusted input never makes
 * memory grow without bound. Returns 1 for a line, 0 at end of file,
 * -1 for a line over cap (b holds its first cap bytes), -2 on OOM, -3 for
 * a line that holds a NUL byte (b holds it all, b->len counts past the
 * NUL). */
int ag_read_line(FILE *fp, ag_buf *b, size_t cap);
/* Opens a file to read ("-" is stdin, returned as is): a folder or an empty
 * name is refused with a message naming it. */
ag_status ag_open_input(const char *path, FILE **out, ag_error *err);
/* Reads the rest of a stream into *out (malloc'd, NUL-terminated); `name`
 * is for messages. */
ag_status ag_read_stream(FILE *fp, const char *name, char **out, size_t *len, ag_error *err);
/* The message for a line ag_read_line found a NUL byte in (b): where it
 * is, and what to do.  Returns AG_EINPUT. */
ag_status ag_read_line_nul_error(ag_error *err, const char *name, size_t line, const ag_buf *b);
/* Reads a whole file ("-" is stdin) into *out (malloc'd, NUL-terminated). */
ag_status ag_read_file(const char *path, char **out, size_t *len, ag_error *err);

/* Creates a new file (returns its descriptor, open for writing) or, with
 * as_dir, a folder (returns 0) named base.tmpXXXXXX into buf, with mode
 * 0666 / 0777 less the umask.  -1 with errno set on failure. */
int ag_make_temp(char *buf, size_t cap, const char *base, int as_dir);

/* Output that never destroys what it writes to:
 * - a regular file or a new path is written to a temporary file beside it
 *   and renamed over it on commit, so it appears whole or not at all; an
 *   existing file keeps its mode (and owner, where allowed), and one
 *   without write permission is refused;
 * - a symbolic link is followed: its target is written, the link stays;
 * - anything else (a character device such as /dev/null, a FIFO) is
 *   opened and written in place: replacing it would destroy it;
 *   /dev/stdout, /dev/stderr and /dev/fd/N write the open descriptor
 *   (keeping its offset, so `-o /dev/stdout >> log` appends);
 * - "-" is stdout; an empty name is a usage error.
 * Write errors (disk full, file too large) are reported naming the file.
 * Ownership: the struct owns its strings until commit or abort. */
typedef struct ag_outfile {
    FILE *fp;
    char *name;  /* as given, for messages */
    char *path;  /* the file written: the path with links followed */
    char *tmp;   /* renamed over path on commit; NULL when written in place */
    int is_stdout;
    struct ag_outfile_sink *sink; /* private: remembers a write's errno */
} ag_outfile;
ag_status ag_outfile_open(ag_outfile *o, const char *path, ag_error *err);
ag_status ag_outfile_commit(ag_outfile *o, ag_error *err);
void ag_outfile_abort(ag_outfile *o); /* removes the temporary file */
/* Commits when st is AG_OK, else aborts; a writer's failure that came from
 * the stream (disk full...) is reported naming the file.  Returns the
 * final status. */
ag_status ag_outfile_close(ag_outfile *o, ag_status st, ag_error *err);
/* The output's write error, naming the file ("out.json: cannot write: No
 * space left on device"); returns AG_EIO. */
ag_status ag_outfile_error(ag_outfile *o, ag_error *err);
/* 1 if output to path would be written in place (a device, a FIFO: opening
 * one may wait for a reader), 0 if through a temporary file. */
int ag_outfile_in_place(const char *path);

#endif
