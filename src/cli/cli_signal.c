/* cli_signal.c — what SIGINT, SIGTERM and SIGHUP leave behind: nothing.
 *
 * The commands register every temporary file, temporary folder, lock file
 * and folder they create; the handler removes them (newest first) and ends
 * the process by the same signal, so the shell reports 130, 143 or 129 and
 * a calling script sees that the command was interrupted.
 *
 * The registry is the program's one piece of process-wide mutable state,
 * and it has to be: a signal handler gets no argument, so what it must
 * remove can only be found in static storage.  It is a fixed array (no
 * malloc, which a handler may not call), changed only with the signals
 * held, by the main thread; worker threads are started with the signals
 * held (ag_cli_signals_hold), so the handler always runs on the main
 * thread, never in the middle of a change.  The handler calls only
 * async-signal-safe functions: unlink, rmdir, signal, sigemptyset,
 * sigaddset, raise, sigprocmask. */
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cli_int.h"

#define SLOTS 64

static struct {
    char path[PATH_MAX];
    unsigned char used, is_dir;
} reg[SLOTS];
static size_t reg_n; /* slots in use are below reg_n */

static const int handled[] = {SIGINT, SIGTERM, SIGHUP};

static void signal_set(sigset_t *s)
{
    sigemptyset(s);
    for (size_t i = 0; i < sizeof handled / sizeof *handled; i++)
        sigaddset(s, handled[i]);
}

void ag_cli_signals_hold(sigset_t *old)
{
    sigset_t s;
    signal_set(&s);
    pthread_sigmask(SIG_BLOCK, &s, old);
}

void ag_cli_signals_release(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* Removes slots [mark, reg_n), newest first; async-signal-safe. */
static void remove_from(size_t mark)
{
    for (size_t i = reg_n; i-- > mark;) {
        if (!reg[i].used)
            continue;
        if (reg[i].is_dir)
            rmdir(reg[i].path);
        else
            unlink(reg[i].path);
        reg[i].used = 0;
    }
    reg_n = mark;
}

static void on_signal(int sig)
{
    remove_from(0);
    signal(sig, SIG_DFL);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    raise(sig); /* pending until unblocked just below; then fatal */
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    _exit(128 + sig); /* not reached */
}

void ag_cli_signals_init(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    signal_set(&sa.sa_mask);
    for (size_t i = 0; i < sizeof handled / sizeof *handled; i++) {
        struct sigaction old;
        /* A signal ignored at start stays ignored (nohup, background jobs). */
        if (sigaction(handled[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(handled[i], &sa, NULL);
    }
    /* Past `ulimit -f` a write fails with EFBIG, reported and cleaned up,
     * instead of SIGXFSZ killing the process with its temporary files. */
    signal(SIGXFSZ, SIG_IGN);
}

int ag_cli_cleanup_push(const char *path, int is_dir)
{
    size_t n = strlen(path);
    if (n >= PATH_MAX)
        return -1;
    sigset_t old;
    ag_cli_signals_hold(&old);
    int slot = -1;
    if (reg_n < SLOTS) {
        slot = (int)reg_n;
        memcpy(reg[slot].path, path, n + 1);
        reg[slot].is_dir = (unsigned char)(is_dir != 0);
        reg[slot].used = 1;
        reg_n++;
    }
    ag_cli_signals_release(&old);
    return slot;
}

void ag_cli_cleanup_forget(int slot)
{
    if (slot < 0 || (size_t)slot >= reg_n)
        return;
    sigset_t old;
    ag_cli_signals_hold(&old);
    reg[slot].used = 0;
    while (reg_n > 0 && !reg[reg_n - 1].used)
        reg_n--;
    ag_cli_signals_release(&old);
}

size_t ag_cli_cleanup_mark(void)
{
    return reg_n;
}

void ag_cli_cleanup_undo(size_t mark)
{
    sigset_t old;
    ag_cli_signals_hold(&old);
    if (mark < reg_n)
        remove_from(mark);
    ag_cli_signals_release(&old);
}

void ag_cli_cleanup_drop(size_t mark)
{
    sigset_t old;
    ag_cli_signals_hold(&old);
    for (size_t i = mark; i < reg_n; i++)
        reg[i].used = 0;
    if (mark < reg_n)
        reg_n = mark;
    ag_cli_signals_release(&old);
}
