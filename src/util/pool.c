/* pool.c — see pool.h.  A ring of slots: the submitter fills slots at the
 * tail, workers take them in order, and the submitter hands finished slots
 * to `done` from the head, so results leave in input order. */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

typedef struct slot {
    int state;
    void *item;
    ag_status st;
    ag_error err;
} slot;

struct ag_pool {
    ag_pool_fns fns;
    void *ud;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    pthread_t *threads;
    int n_threads;
    slot *ring;
    size_t cap;
    size_t head, next, tail; /* head <= next <= tail, as counts */
    int closing;
    ag_status st; /* first failure */
    ag_error err;
};

static void slot_clear(ag_pool *p, slot *s)
{
    if (s->item && p->fns.release)
        p->fns.release(s->item);
    s->item = NULL;
    s->state = SLOT_FREE;
    s->st = AG_OK;
    s->err.msg[0] = '\0';
}

static void *worker(void *arg)
{
    ag_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next == p->tail && !p->closing)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->next == p->tail)
            break;
        slot *s = &p->ring[p->next % p->cap];
        p->next++;
        s->state = SLOT_RUNNING;
        pthread_mutex_unlock(&p->mu);
        s->st = p->fns.work(s->item, p->ud, &s->err);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void fail(ag_pool *p, ag_status st, const ag_error *err)
{
    if (st && !p->st) {
        p->st = st;
        p->err = *err;
    }
}

/* Hands finished slots at the head to `done`, in order. Called with the
 * lock held; drops it around `done` so workers keep going. */
static void drain(ag_pool *p)
{
    while (p->head < p->tail && p->ring[p->head % p->cap].state == SLOT_DONE) {
        slot *s = &p->ring[p->head % p->cap];
        if (!p->st && s->st) {
            fail(p, s->st, &s->err);
        } else if (!p->st) {
            pthread_mutex_unlock(&p->mu);
            ag_error e = {{0}};
            ag_status st = p->fns.done(s->item, p->ud, &e);
            pthread_mutex_lock(&p->mu);
            fail(p, st, &e);
        }
        slot_clear(p, s);
        p->head++;
    }
}

/* The threads, started with every signal blocked (pool.h). */
static void start_threads(ag_pool *p, int jobs)
{
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    for (int i = 0; i < jobs; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->n_threads++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

ag_status ag_pool_new(int jobs, const ag_pool_fns *fns, void *ud, ag_pool **out, ag_error *err)
{
    *out = NULL;
    if (jobs < 1) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = n > 0 ? (int)n : 1;
    }
    if (jobs > 256)
        jobs = 256;
    ag_pool *p = calloc(1, sizeof *p);
    if (!p)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    p->fns = *fns;
    p->ud = ud;
    p->cap = (size_t)jobs * 4;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->threads = calloc((size_t)jobs, sizeof *p->threads);
    if (!p->ring || !p->threads) {
        free(p->ring);
        free(p->threads);
        free(p);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    start_threads(p, jobs);
    if (p->n_threads == 0) {
        ag_pool_finish(p, NULL);
        return ag_error_set(err, AG_ENOMEM, "cannot start worker threads");
    }
    *out = p;
    return AG_OK;
}

ag_status ag_pool_submit(ag_pool *p, void *item, ag_error *err)
{
    pthread_mutex_lock(&p->mu);
    for (;;) {
        drain(p);
        if (p->st || p->tail - p->head < p->cap)
            break;
        pthread_cond_wait(&p->done, &p->mu);
    }
    ag_status st = p->st;
    if (st) {
        if (err)
            *err = p->err;
        pthread_mutex_unlock(&p->mu);
        if (p->fns.release)
            p->fns.release(item);
        return st;
    }
    slot *s = &p->ring[p->tail % p->cap];
    s->item = item;
    s->state = SLOT_QUEUED;
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return AG_OK;
}

ag_status ag_pool_finish(ag_pool *p, ag_error *err)
{
    pthread_mutex_lock(&p->mu);
    for (;;) {
        drain(p);
        if (p->head == p->tail)
            break;
        pthread_cond_wait(&p->done, &p->mu);
    }
    p->closing = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n_threads; i++)
        pthread_join(p->threads[i], NULL);
    ag_status st = p->st;
    if (st && err)
        *err = p->err;
    for (size_t i = 0; i < p->cap; i++)
        slot_clear(p, &p->ring[i]);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->ring);
    free(p->threads);
    free(p);
    return st;
}
