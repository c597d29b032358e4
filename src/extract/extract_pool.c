/* extract_pool.c — see extract_pool.h: one extraction is one item of the
 * generic pool (pool.h); the item carries copies of the input strings
 * (borrowed when run inline), and, once worked, the doc and its records. */
#include "extract_pool.h"
#include "extract_pool_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pool.h"
#include "records.h"
#include "ruleplan.h"

typedef struct job {
    ag_arena *copies; /* of the input strings below; NULL: borrowed */
    const char *id, *text, *date, *title, *url;
    size_t len;
    int utf8_checked; /* ag__extract_pool_submit's */
    ag_doc *doc;
    char *rec; /* records as JSON Lines, with_records only */
    size_t rec_len;
} job;

struct ag_extract_pool {
    const ag_lexicon *lx;
    ag__x_ruleplan *plan; /* the lexicon's, made once for every document */
    ag_doc_sink sink;
    void *ud;
    int with_records;
    ag_pool *pool; /* NULL: inline, on the submitting thread */
    ag_status st;  /* inline: the first failure */
    ag_error err;
};

static void job_free(void *item)
{
    job *j = item;
    if (!j)
        return;
    ag_arena_free(j->copies);
    ag_doc_free(j->doc);
    free(j->rec);
    free(j);
}

/* The extractor keeps all its state in the call: no lock needed. */
static ag_status job_work(void *item, void *ud, ag_error *err)
{
    job *j = item;
    const ag_extract_pool *p = ud;
    ag_doc_input in = {j->id, j->text, j->len, j->date, j->title, j->url};
    ag_status st = ag__extract_planned(p->lx, p->plan, &in, j->utf8_checked, NULL, &j->doc, err);
    if (st || !p->with_records)
        return st;
    ag_buf b = AG_BUF_INIT;
    st = ag_records_format(j->doc, &b, err);
    j->rec = b.data;
    j->rec_len = b.len;
    return st;
}

static ag_status job_done(void *item, void *ud, ag_error *err)
{
    job *j = item;
    ag_extract_pool *p = ud;
    return p->sink(j->doc, j->rec, j->rec_len, p->ud, err);
}

static int dup_to(ag_arena *a, const char **to, const char *s)
{
    *to = s ? ag_arena_strdup(a, s) : NULL;
    return s && !*to ? -1 : 0;
}

/* A job on the input; NULL on OOM.  Only a job for the pool's threads
 * copies it: an inline job ends before the caller's input does. */
static job *job_new(const ag_doc_input *in, int copy)
{
    job *j = calloc(1, sizeof *j);
    if (!j)
        return NULL;
    j->len = in->len;
    if (!copy) {
        *j = (job){.id = in->id ? in->id : "document", .text = in->len ? in->text : "", .len = in->len,
                   .date = in->date, .title = in->title, .url = in->url};
        return j;
    }
    if (!(j->copies = ag_arena_new()) || !(j->text = ag_arena_strndup(j->copies, in->len ? in->text : "", in->len))
        || dup_to(j->copies, &j->id, in->id ? in->id : "document") || dup_to(j->copies, &j->date, in->date)
        || dup_to(j->copies, &j->title, in->title) || dup_to(j->copies, &j->url, in->url)) {
        job_free(j);
        return NULL;
    }
    return j;
}

ag_status ag_extract_pool_new(const ag_lexicon *lx, int jobs, int with_records, ag_doc_sink sink, void *ud,
                              ag_extract_pool **out, ag_error *err)
{
    *out = NULL;
    ag_extract_pool *p = calloc(1, sizeof *p);
    if (!p)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    *p = (ag_extract_pool){lx, ag__x_ruleplan_new(lx), sink, ud, with_records, NULL, AG_OK, {{0}}};
    if (!p->plan) {
        free(p);
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    }
    if (jobs == 1 || (jobs < 1 && sysconf(_SC_NPROCESSORS_ONLN) <= 1)) {
        *out = p;
        return AG_OK;
    }
    /* jansson seeds its hash function lazily; seed it before threads race. */
    json_object_seed(0);
    static const ag_pool_fns fns = {job_work, job_done, job_free};
    ag_status st = ag_pool_new(jobs, &fns, p, &p->pool, err);
    if (st) {
        ag__x_ruleplan_free(p->plan);
        free(p);
        return st;
    }
    *out = p;
    return AG_OK;
}

/* One job on this thread: work, then the sink. */
static ag_status run_inline(ag_extract_pool *p, job *j, ag_error *err)
{
    ag_status st = p->st;
    if (st) {
        *err = p->err;
    } else if ((st = job_work(j, p, err)) == AG_OK) {
        st = job_done(j, p, err);
    }
    if (st && !p->st) {
        p->st = st;
        p->err = *err;
    }
    job_free(j);
    return st;
}

ag_status ag__extract_pool_submit(ag_extract_pool *p, const ag_doc_input *in, int utf8_checked, ag_error *err)
{
    job *j = job_new(in, p->pool != NULL);
    if (!j)
        return ag_error_set(err, AG_ENOMEM, "%s: out of memory", in->id ? in->id : "document");
    j->utf8_checked = utf8_checked;
    return p->pool ? ag_pool_submit(p->pool, j, err) : run_inline(p, j, err);
}

ag_status ag_extract_pool_submit(ag_extract_pool *p, const ag_doc_input *in, ag_error *err)
{
    return ag__extract_pool_submit(p, in, 0, err);
}

ag_status ag_extract_pool_finish(ag_extract_pool *p, ag_error *err)
{
    ag_status st = p->pool ? ag_pool_finish(p->pool, err) : p->st;
    if (st && !p->pool && err)
        *err = p->err;
    ag__x_ruleplan_free(p->plan);
    free(p);
    return st;
}
