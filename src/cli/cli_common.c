/* cli_common.c — what the subcommands share: messages, exit codes, option
 * parsing, the lexicon options and output files. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_events.h"
#include "cli_int.h"

void ag_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("actorgraph: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int ag_cli_exit_for(ag_status st)
{
    return st == AG_OK ? AG_EXIT_OK : st == AG_EUSAGE ? AG_EXIT_USAGE : AG_EXIT_FAIL;
}

int ag_cli_lexicon(char **files, int n, ag_lexicon **out)
{
    ag_error err = {{0}};
    ag_lexicon *lx = NULL;
    ag_status st = ag_lexicon_load_default(&lx, &err);
    for (int i = 0; !st && i < n; i++)
        st = ag_lexicon_add_file(lx, files[i], &err);
    if (st) {
        ag_cli_error("%s", err.msg);
        ag_lexicon_free(lx);
        return ag_cli_exit_for(st);
    }
    *out = lx;
    return AG_EXIT_OK;
}

int ag_cli_push_lexicon(cli_lexicons *l, char *path)
{
    if (l->n >= CLI_MAX_LEXICONS) {
        ag_cli_error("too many --lexicon files (at most %d)", CLI_MAX_LEXICONS);
        return -1;
    }
    l->files[l->n++] = path;
    return 0;
}

int ag_cli_usage_error(const char *cmd, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ag_cli_error("%s", msg);
    ag_cli_error("usage: see 'actorgraph %s --help'", cmd);
    return AG_EXIT_USAGE;
}

int ag_cli_bad_option(const char *cmd, char **argv, int c)
{
    /* A missing argument can only be the last word; an unknown short
     * option may sit inside a group ("-qZ"), so name it by optopt. */
    const char *word = argv[optind - 1];
    if (c == ':')
        return ag_cli_usage_error(cmd, "option '%s' needs an argument", word);
    if (optopt == 0) /* an unknown long option */
        return ag_cli_usage_error(cmd, "unknown option '%s'", word);
    if (strncmp(word, "--", 2) == 0 && strchr(word, '='))
        return ag_cli_usage_error(cmd, "option '%s' takes no argument", word);
    char opt[3] = {'-', (char)optopt, '\0'};
    return ag_cli_usage_error(cmd, "unknown option '%s'", opt);
}

int ag_cli_parse_long(const char *opt, const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || (errno && errno != ERANGE)) {
        ag_cli_error("%s: '%s' is not a whole number", opt, s);
        return -1;
    }
    if (v > hi || (errno == ERANGE && v > 0)) {
        ag_cli_error("%s: '%s' is too large (at most %ld)", opt, s, hi);
        return -1;
    }
    if (v < lo) {
        ag_cli_error("%s: '%s' is too small (at least %ld)", opt, s, lo);
        return -1;
    }
    *out = v;
    return 0;
}

int ag_cli_out_open(cli_out *o, const char *path)
{
    return ag_cli_out_open_as(o, path, path);
}

int ag_cli_out_open_as(cli_out *o, const char *path, const char *shown)
{
    ag_error err = {{0}};
    o->slot = -1;
    /* Creating the temporary file and registering it is one step for the
     * signal handler; a device or FIFO is opened in place (no temporary
     * file) and without holding the signals, since opening a FIFO waits
     * for its reader. */
    int hold = !ag_outfile_in_place(path);
    sigset_t old;
    if (hold)
        ag_cli_signals_hold(&old);
    ag_status st = ag_outfile_open(&o->of, path, &err);
    if (!st && o->of.tmp && (o->slot = ag_cli_cleanup_push(o->of.tmp, 0)) < 0) {
        ag_outfile_abort(&o->of);
        st = ag_error_set(&err, AG_EIO, "%s: path too long", path);
    }
    if (hold)
        ag_cli_signals_release(&old);
    char *name = !st && shown != path ? strdup(shown) : NULL;
    if (name) {
        free(o->of.name);
        o->of.name = name;
    }
    if (st) {
        ag_cli_error("%s", err.msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

void ag_cli_out_abort(cli_out *o)
{
    ag_outfile_abort(&o->of);
    ag_cli_cleanup_forget(o->slot);
    o->slot = -1;
}

int ag_cli_out_close(cli_out *o, ag_status st, ag_error *err)
{
    st = ag_outfile_close(&o->of, st, err);
    ag_cli_cleanup_forget(o->slot);
    o->slot = -1;
    if (st) {
        ag_cli_error("%s", err->msg);
        return ag_cli_exit_for(st);
    }
    return AG_EXIT_OK;
}

int ag_cli_std_opts(int argc, char **argv, const char *usage, const char **output, cli_lexicons *lex,
                    int *quiet, int *jobs)
{
    const char *cmd = argv[0];
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"lexicon", required_argument, NULL, 'L'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {NULL, 0, NULL, 0}};
    int o;
    long n;
    optind = 1;
    opterr = 0; /* our own messages, starting with "actorgraph:" */
    while ((o = getopt_long(argc, argv, jobs ? ":o:qhj:" : ":o:qh", opts, NULL)) != -1) {
        switch (o) {
        case 'j':
            if (ag_cli_parse_long("--jobs", optarg, 0, 256, &n))
                return AG_EXIT_USAGE;
            *jobs = (int)n;
            break;
        case 'o':
            if (!*optarg)
                return ag_cli_usage_error(cmd, "-o: the output name is empty");
            *output = optarg;
            break;
        case 'L':
            if (ag_cli_push_lexicon(lex, optarg))
                return AG_EXIT_USAGE;
            break;
        case 'q': *quiet = 1; break;
        case 'h': fputs(usage, stdout); return AG_EXIT_OK;
        default: return ag_cli_bad_option(cmd, argv, o);
        }
    }
    return -1;
}

int ag_cli_is_help(const char *s)
{
    return strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0;
}

/* Here, not in cli_events.c: extract takes options with it, and the light
 * actorgraph (main.c) is to link no event reader. */
int ag_cli_take_opt(int *argc, char **argv, const char *name, const char **value)
{
    size_t nl = strlen(name);
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strncmp(argv[i], name, nl) == 0 && argv[i][nl] == '=') {
            *value = argv[i] + nl + 1;
        } else if (strcmp(argv[i], name) == 0) {
            if (i + 1 >= *argc) {
                ag_cli_error("%s: needs an argument", name);
                return AG_EXIT_USAGE;
            }
            *value = argv[++i];
        } else {
            argv[out++] = argv[i];
        }
    }
    *argc = out;
    argv[out] = NULL;
    return -1;
}
