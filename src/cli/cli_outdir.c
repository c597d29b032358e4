/* cli_outdir.c — an output folder that appears whole or not at all.
 *
 * `run` writes its outputs into a temporary sibling folder (DIR.tmpXXXXXX)
 * and swaps it in at the end: rename(2) when DIR is new, else an atomic
 * exchange (renameat2 RENAME_EXCHANGE; where the file system lacks it, DIR
 * is renamed aside first).  Files in the old DIR that are not outputs are
 * moved into the new one, the old outputs are removed.  So a failure or a
 * signal at any point leaves the old folder as it was and no temporary
 * folder; a rejected input creates no folder at all.
 *
 * A lock file beside the folder (DIR.lock, flock(2), removed at the end)
 * keeps a second `run` into the same folder out: it fails at once with a
 * message, rather than waiting an unknown time. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "cli_int.h"

static int fail(const char *fmt, const char *a, const char *b)
{
    ag_cli_error(fmt, a, b ? b : strerror(errno));
    return AG_EXIT_FAIL;
}

/* The folder the name means: a symbolic link is followed; a trailing '/'
 * dropped. Refuses what cannot be swapped: a file, "/", the current
 * folder (the shell would be left in a removed one). */
static int resolve(cli_outdir *d, const char *name)
{
    size_t n = strlen(name);
    while (n > 1 && name[n - 1] == '/')
        n--;
    if (n >= sizeof d->dir - 16)
        return fail("%s: %s", name, "the folder name is too long");
    memcpy(d->dir, name, n);
    d->dir[n] = '\0';
    struct stat st;
    if (lstat(d->dir, &st) != 0)
        return errno == ENOENT ? AG_EXIT_OK : fail("%s: %s", name, NULL);
    char *real = realpath(d->dir, NULL);
    if (!real)
        return fail("%s: cannot follow: %s", name, NULL);
    int rc = AG_EXIT_OK;
    char *cwd = realpath(".", NULL);
    if (stat(real, &st) != 0 || !S_ISDIR(st.st_mode))
        rc = fail("%s: exists and is not a folder; give a folder name%s", name, "");
    else if (strcmp(real, "/") == 0 || (cwd && strcmp(real, cwd) == 0))
        rc = fail("%s: is %s; give a folder for the outputs, e.g. -o out", name,
                  strcmp(real, "/") == 0 ? "the root folder" : "the current folder");
    else if (strlen(real) >= sizeof d->dir - 16)
        rc = fail("%s: %s", name, "the folder name is too long");
    else
        strcpy(d->dir, real);
    free(real);
    free(cwd);
    return rc;
}

/* mkdir -p of the folder holding d->dir; what it creates is registered,
 * so a failure or a signal removes it again. */
static int make_parents(cli_outdir *d)
{
    char p[PATH_MAX];
    strcpy(p, d->dir);
    char *last = strrchr(p, '/');
    if (!last || last == p)
        return AG_EXIT_OK;
    *last = '\0';
    for (char *s = p + 1;; s++) {
        if (*s && *s != '/')
            continue;
        char c = *s;
        *s = '\0';
        sigset_t old;
        ag_cli_signals_hold(&old);
        int made = mkdir(p, 0777) == 0;
        int e = errno;
        if (made)
            ag_cli_cleanup_push(p, 1);
        ag_cli_signals_release(&old);
        if (!made && e != EEXIST) {
            errno = e;
            return fail("%s: cannot create the folder: %s", p, NULL);
        }
        *s = c;
        if (!c)
            return AG_EXIT_OK;
    }
}

/* Takes DIR.lock; a second run finds it locked and stops. */
static int lock(cli_outdir *d)
{
    snprintf(d->lock, sizeof d->lock, "%s.lock", d->dir);
    for (int tries = 0; tries < 100; tries++) {
        int fd = open(d->lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            return fail("%s: cannot create the lock file: %s", d->lock, NULL);
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int e = errno;
            close(fd);
            if (e == EWOULDBLOCK)
                return fail("%s: another 'actorgraph run' is writing this folder (%s is locked); "
                            "wait for it to finish",
                            d->name, d->lock);
            errno = e;
            return fail("%s: cannot lock: %s", d->lock, NULL);
        }
        /* The holder before us may have removed the file after we opened
         * it: then our lock is on a dead file; take the new one. */
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(d->lock, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
            d->lock_fd = fd;
            d->mark_lock = ag_cli_cleanup_mark();
            if (ag_cli_cleanup_push(d->lock, 0) < 0)
                return fail("%s: %s", d->lock, "path too long");
            return AG_EXIT_OK;
        }
        close(fd);
    }
    return fail("%s: %s", d->lock, "the lock file keeps changing");
}

int ag_cli_outdir_open(cli_outdir *d, const char *name, const char *const *outputs)
{
    memset(d, 0, sizeof *d);
    d->name = name;
    d->outputs = outputs;
    d->lock_fd = -1;
    d->mark = ag_cli_cleanup_mark();
    if (!*name)
        return ag_cli_usage_error("run", "-o: the output folder name is empty");
    int rc = resolve(d, name);
    if (!rc)
        rc = make_parents(d);
    if (!rc)
        rc = lock(d);
    if (!rc) {
        sigset_t old;
        ag_cli_signals_hold(&old);
        int made = ag_make_temp(d->tmp, sizeof d->tmp, d->dir, 1) == 0;
        int e = errno;
        if (made)
            ag_cli_cleanup_push(d->tmp, 1);
        ag_cli_signals_release(&old);
        errno = e;
        struct stat st;
        if (!made)
            rc = fail("%s: cannot create a temporary folder beside it: %s", d->name, NULL);
        else if (stat(d->dir, &st) == 0)
            chmod(d->tmp, st.st_mode & 07777); /* the folder keeps its mode */
    }
    if (rc)
        ag_cli_outdir_abort(d);
    return rc;
}

int ag_cli_outdir_file(cli_outdir *d, const char *file, cli_out *out)
{
    char path[PATH_MAX], shown[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", d->tmp, file) >= (int)sizeof path)
        return fail("%s/%s: the name is too long", d->name, file);
    snprintf(shown, sizeof shown, "%s/%s", d->name, file);
    /* Registered before it exists: a signal removes it with the folder. */
    if (ag_cli_cleanup_push(path, 0) < 0)
        return fail("%s: %s", shown, "too many temporary files");
    return ag_cli_out_open_as(out, path, shown);
}

static int is_output(const cli_outdir *d, const char *file)
{
    for (const char *const *o = d->outputs; *o; o++)
        if (strcmp(*o, file) == 0)
            return 1;
    return 0;
}

/* After the swap: what the user kept in the old folder moves into the new
 * one; the old outputs go. Nothing is lost on a failure: a file that does
 * not move stays in the old folder, which is then kept and named. */
static void retire(const cli_outdir *d, const char *old)
{
    DIR *dir = opendir(old);
    struct dirent *e;
    char from[PATH_MAX + 512], to[PATH_MAX + 512]; /* a folder and a name */
    while (dir && (e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(from, sizeof from, "%s/%s", old, e->d_name);
        if (is_output(d, e->d_name)) {
            unlink(from);
            continue;
        }
        snprintf(to, sizeof to, "%s/%s", d->dir, e->d_name);
        int moved = renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0;
        if (!moved && errno == EINVAL) /* a file system without it */
            moved = rename(from, to) == 0;
        if (!moved)
            ag_cli_error("%s: could not move '%s' into the new folder: %s", d->name, e->d_name, strerror(errno));
    }
    if (dir)
        closedir(dir);
    if (rmdir(old) != 0)
        ag_cli_error("%s: the previous folder is kept as %s", d->name, old);
}

/* Puts the temporary folder in place of d->dir; *old is then where the
 * previous folder is (empty string: there was none). */
static int swap_in(cli_outdir *d, char *old, size_t cap)
{
    old[0] = '\0';
    if (rename(d->tmp, d->dir) == 0)
        return AG_EXIT_OK; /* a new folder (or an empty one replaced) */
    if (errno != EEXIST && errno != ENOTEMPTY)
        return fail("%s: cannot move the outputs in place: %s", d->name, NULL);
    if (renameat2(AT_FDCWD, d->tmp, AT_FDCWD, d->dir, RENAME_EXCHANGE) == 0) {
        snprintf(old, cap, "%s", d->tmp);
        return AG_EXIT_OK;
    }
    if (errno != EINVAL && errno != ENOSYS)
        return fail("%s: cannot swap the outputs in: %s", d->name, NULL);
    /* No atomic exchange here: the old folder goes aside first. */
    if (ag_make_temp(old, cap, d->dir, 1) != 0 || rename(d->dir, old) != 0) {
        int e = errno;
        if (old[0])
            rmdir(old);
        errno = e;
        return fail("%s: cannot move the previous folder aside: %s", d->name, NULL);
    }
    if (rename(d->tmp, d->dir) != 0) {
        int e = errno;
        rename(old, d->dir);
        errno = e;
        return fail("%s: cannot move the outputs in place: %s", d->name, NULL);
    }
    return AG_EXIT_OK;
}

int ag_cli_outdir_commit(cli_outdir *d)
{
    char old[sizeof d->tmp];
    int rc = swap_in(d, old, sizeof old);
    if (rc) {
        ag_cli_outdir_abort(d);
        return rc;
    }
    if (old[0])
        retire(d, old);
    /* The registered outputs now name the old files (already gone) or
     * nothing; the lock goes; the folders made on the way stay. */
    ag_cli_cleanup_undo(d->mark_lock);
    if (d->lock_fd >= 0)
        close(d->lock_fd);
    d->lock_fd = -1;
    ag_cli_cleanup_drop(d->mark);
    return AG_EXIT_OK;
}

void ag_cli_outdir_abort(cli_outdir *d)
{
    ag_cli_cleanup_undo(d->mark);
    if (d->lock_fd >= 0)
        close(d->lock_fd);
    d->lock_fd = -1;
}
