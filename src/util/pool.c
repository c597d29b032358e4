/* pool.c — see pool.h.  A ring of slots: the submitter fills slots at the
 * tail, workers take them in order, and the submitter hands finished slots
 * to the sink from the head, so results leave in input order. */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include <stdio.h>

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "records.h"

enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

typedef struct slot {
    int state;
    char *id, *text, *date, *title, *url;
    size_t len;
    ag_doc *doc;
    char *rec; /* records as JSON Lines, with_records only */
    size_t rec_len;
    ag_status st;
    ag_error err;
} slot;

struct ag_extract_pool {
    const ag_lexicon *lx;
    ag_doc_sink sink;
    void *ud;
    int with_records;
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

static void slot_clear(slot *s)
{
    free(s->id);
    free(s->text);
    free(s->date);
    free(s->title);
    free(s->url);
    ag_doc_free(s->doc);
    free(s->rec);
    memset(s, 0, sizeof *s);
}

static void *worker(void *arg)
{
    ag_extract_pool *p = arg;
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
        /* The extractor keeps all its state in the call: no lock needed. */
        ag_doc_input in = {s->id, s->text, s->len, s->date, s->title, s->url};
        s->st = ag_extract(p->lx, &in, &s->doc, &s->err);
        if (!s->st && p->with_records) {
            /* Serializing is done by the workers too. */
            ag_buf b = AG_BUF_INIT;
            s->st = ag_records_format(s->doc, &b, &s->err);
            s->rec = b.data;
            s->rec_len = b.len;
        }
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Hands finished slots at the head to the sink, in order. Called with the
 * lock held; drops it around the sink so workers keep going. */
static void drain(ag_extract_pool *p)
{
    while (p->head < p->tail && p->ring[p->head % p->cap].state == SLOT_DONE) {
        slot *s = &p->ring[p->head % p->cap];
        if (!p->st) {
            if (s->st) {
                p->st = s->st;
                p->err = s->err;
            } else {
                pthread_mutex_unlock(&p->mu);
                ag_error e = {{0}};
                ag_status st = p->sink(s->doc, s->rec, s->rec_len, p->ud, &e);
                pthread_mutex_lock(&p->mu);
                if (st && !p->st) {
                    p->st = st;
                    p->err = e;
                }
            }
        }
        slot_clear(s);
        p->head++;
    }
}

static char *dup_or_null(const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *c = strdup(s);
    if (!c)
        *oom = 1;
    return c;
}

ag_status ag_extract_pool_new(const ag_lexicon *lx, int jobs, int with_records, ag_doc_sink sink, void *ud,
                              ag_extract_pool **out, ag_error *err)
{
    *out = NULL;
    if (jobs < 1) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = n > 0 ? (int)n : 1;
    }
    if (jobs > 256)
        jobs = 256;
    /* jansson seeds its hash function lazily; seed it before threads race. */
    json_object_seed(0);
    ag_extract_pool *p = calloc(1, sizeof *p);
    if (!p)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    p->lx = lx;
    p->sink = sink;
    p->ud = ud;
    p->with_records = with_records;
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
    for (int i = 0; i < jobs; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->n_threads++;
    }
    if (p->n_threads == 0) {
        ag_extract_pool_finish(p, NULL);
        return ag_error_set(err, AG_ENOMEM, "cannot start worker threads");
    }
    *out = p;
    return AG_OK;
}

ag_status ag_extract_pool_submit(ag_extract_pool *p, const ag_doc_input *in, ag_error *err)
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
        return st;
    }
    slot *s = &p->ring[p->tail % p->cap];
    int oom = 0;
    s->id = dup_or_null(in->id ? in->id : "document", &oom);
    s->text = malloc(in->len + 1);
    if (s->text) {
        if (in->len)
            memcpy(s->text, in->text, in->len);
        s->text[in->len] = '\0';
    } else {
        oom = 1;
    }
    s->len = in->len;
    s->date = dup_or_null(in->date, &oom);
    s->title = dup_or_null(in->title, &oom);
    s->url = dup_or_null(in->url, &oom);
    if (oom) {
        slot_clear(s);
        pthread_mutex_unlock(&p->mu);
        return ag_error_set(err, AG_ENOMEM, "%s: out of memory", in->id ? in->id : "document");
    }
    s->state = SLOT_QUEUED;
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return AG_OK;
}

ag_status ag_extract_pool_finish(ag_extract_pool *p, ag_error *err)
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
        slot_clear(&p->ring[i]);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->ring);
    free(p->threads);
    free(p);
    return st;
}
