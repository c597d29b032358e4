/* cli_view.c — the options and GRAPH arguments of analyze, export,
 * timeline and diff: see cli_view.h. */
#define _GNU_SOURCE
#include "cli_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_events.h"

enum { CLI_DONE = -2 }; /* an option handled: go on */

/* The shared entries of every graph command's getopt_long table, after its own. */
static const struct option shared_opts[] = {
    {"kind", required_argument, NULL, CLI_O_KIND},         {"since", required_argument, NULL, CLI_O_SINCE},
    {"until", required_argument, NULL, CLI_O_UNTIL},       {"min-weight", required_argument, NULL, CLI_O_MINW},
    {"collapse", required_argument, NULL, CLI_O_COLLAPSE}, {"actor", required_argument, NULL, CLI_O_ACTOR},
    {"depth", required_argument, NULL, CLI_O_DEPTH},       {"net", no_argument, NULL, CLI_O_NET},
    {"output", required_argument, NULL, 'o'},              {"quiet", no_argument, NULL, 'q'},
    {"lexicon", required_argument, NULL, CLI_O_LEX},       {"help", no_argument, NULL, 'h'}};

static void graph_init(cli_graph_cmd *c, const char *name, const char *usage)
{
    memset(c, 0, sizeof *c);
    c->name = name;
    c->usage = usage;
    c->output = "-";
    ag_view_opts_init(&c->view);
}

/* A shared option; CLI_GO when o is not one. */
static int shared_opt(cli_graph_cmd *c, int o)
{
    long v;
    switch (o) {
    case 'q': c->quiet = 1; return CLI_DONE;
    case 'o':
        if (!*optarg)
            return ag_cli_usage_error(c->name, "-o: the output name is empty");
        c->output = optarg;
        return CLI_DONE;
    case 'h': fputs(c->usage, stdout); return AG_EXIT_OK;
    case CLI_O_LEX: return ag_cli_push_lexicon(&c->lex, optarg) ? AG_EXIT_USAGE : CLI_DONE;
    case CLI_O_KIND:
        if (ag_view_kinds_parse(optarg, &c->view.kinds))
            return ag_cli_usage_error(c->name, "--kind: '%s' is not a list of stance, force, meeting, affiliation, "
                                               "country, person, organization", optarg);
        return CLI_DONE;
    case CLI_O_SINCE: c->since = optarg; return CLI_DONE;
    case CLI_O_UNTIL: c->until = optarg; return CLI_DONE;
    case CLI_O_MINW:
        if (ag_cli_parse_long("--min-weight", optarg, 1, 1000000000L, &v))
            return AG_EXIT_USAGE;
        c->view.min_weight = v;
        return CLI_DONE;
    case CLI_O_COLLAPSE:
        if (strcmp(optarg, "country") != 0 && strcmp(optarg, "none") != 0)
            return ag_cli_usage_error(c->name, "--collapse: unknown level '%s' (country or none)", optarg);
        c->view.collapse = strcmp(optarg, "country") == 0 ? AG_COLLAPSE_COUNTRY : AG_COLLAPSE_NONE;
        return CLI_DONE;
    case CLI_O_ACTOR: c->view.actor = optarg; return CLI_DONE;
    case CLI_O_DEPTH:
        if (ag_cli_parse_long("--depth", optarg, 0, 1000, &v))
            return AG_EXIT_USAGE;
        c->view.depth = (int)v;
        return CLI_DONE;
    case CLI_O_NET: c->view.net = 1; return CLI_DONE;
    default: return CLI_GO;
    }
}

/* A command's own option o: its argument taken and checked by its
 * declaration (spec->opts), then handed to spec->set; 0 or the exit
 * status. */
static int own_opt(const cli_graph_spec *spec, void *ud, int o, int argc, char **argv)
{
    const cli_opt *op = spec->opts;
    while (op->name && op->code != o)
        op++;
    if (!op->name)
        return ag_cli_bad_option(spec->name, argv, '?');
    char what[64];
    snprintf(what, sizeof what, "--%s", op->name);
    cli_value v = {optarg, NULL, 0};
    if (op->arg == CLI_NUMBER && ag_cli_parse_long(what, optarg, op->lo, op->hi, &v.num))
        return AG_EXIT_USAGE;
    if (op->arg == CLI_TWO_WORDS) {
        if (optind >= argc || argv[optind][0] == '-')
            return ag_cli_usage_error(spec->name, "%s %s: needs two actors, %s A B", what, optarg, what);
        v.word2 = argv[optind++]; /* B, consumed here */
    }
    if (spec->set(ud, o, &v) == 0)
        return 0;
    return op->bad ? ag_cli_usage_error(spec->name, op->bad, optarg) : AG_EXIT_USAGE;
}

static int graph_parse(cli_graph_cmd *c, const cli_graph_spec *spec, void *ud, int argc, char **argv,
                       const char *optstring, const struct option *opts)
{
    int o, rc;
    if ((rc = ag_cli_take_from(&argc, argv, &c->from)) >= 0)
        return rc;
    optind = 1;
    opterr = 0; /* our own messages, naming the option */
    while ((o = getopt_long(argc, argv, optstring, opts, NULL)) != -1) {
        if (o == ':' || o == '?')
            return ag_cli_bad_option(c->name, argv, o);
        if ((rc = shared_opt(c, o)) == CLI_GO) {
            if ((rc = own_opt(spec, ud, o, argc, argv)) != 0)
                return rc;
        } else if (rc != CLI_DONE) {
            return rc;
        }
    }
    ag_error err = {{0}};
    if (ag_view_dates(&c->view, c->since, c->until, &err))
        return ag_cli_usage_error(c->name, "%s", err.msg);
    if (c->view.depth >= 0 && !c->view.actor)
        return ag_cli_usage_error(c->name, "--depth %d: needs --actor NAME (the centre)", c->view.depth);
    const char *args = spec->args;
    int n_args = spec->n_args;
    if (argc - optind < spec->min_args)
        return ag_cli_usage_error(c->name, "%s: missing %s", c->name, args);
    if (argc - optind > n_args) { /* "one GRAPH only", without the explanation */
        const char *why = strstr(args, " (");
        return ag_cli_usage_error(c->name, "%s: %s%.*s only; unexpected '%s'", c->name, n_args == 1 ? "one " : "",
                                  (int)(why ? (size_t)(why - args) : strlen(args)), args, argv[optind + n_args]);
    }
    c->first_arg = optind;
    return CLI_GO;
}

/* getopt's tables from the command's declared options and the shared ones
 * (its own first), then the parse. */
static int graph_start(cli_graph_cmd *c, const cli_graph_spec *spec, int argc, char **argv, void *ud)
{
    enum { N_SHARED = sizeof shared_opts / sizeof *shared_opts, MAX_OWN = 32 };
    struct option all[MAX_OWN + N_SHARED + 1];
    char optstring[2 * MAX_OWN + 8] = ":";
    size_t n = 0, k = 1;
    for (const cli_opt *op = spec->opts; op->name && n < MAX_OWN; op++) {
        int has_arg = op->arg == CLI_FLAG ? no_argument : required_argument;
        all[n++] = (struct option){op->name, has_arg, NULL, op->code};
        if (op->code < 256) { /* a short option too */
            optstring[k++] = (char)op->code;
            if (has_arg)
                optstring[k++] = ':';
        }
    }
    memcpy(optstring + k, "o:qh", sizeof "o:qh");
    memcpy(all + n, shared_opts, sizeof shared_opts);
    memset(&all[n + N_SHARED], 0, sizeof all[0]);
    graph_init(c, spec->name, spec->usage);
    return graph_parse(c, spec, ud, argc, argv, optstring, all);
}

int ag_cli_graph_main(const cli_graph_spec *spec, int argc, char **argv, void *ud)
{
    cli_graph_cmd c;
    int rc = graph_start(&c, spec, argc, argv, ud);
    if (rc != CLI_GO)
        return rc;
    rc = spec->run(&c, ud, argc, argv);
    ag_view_free(c.shown);
    ag_graph_free(c.graph);
    return rc;
}

int ag_cli_graph_load(cli_graph_cmd *c, const char *path, const ag_graph **out)
{
    int rc = ag_cli_graph_read(c, path, &c->graph);
    if (!rc)
        rc = ag_cli_graph_view(c, c->graph, path, &c->shown);
    *out = c->shown ? c->shown->graph : c->graph;
    return rc;
}

int ag_cli_graph_read(cli_graph_cmd *c, const char *path, ag_graph **out)
{
    return c->from ? ag_cli_load_events(path, c->from, &c->lex, out)
                   : ag_cli_load_graph(path, c->lex.files, c->lex.n, out);
}

int ag_cli_graph_view(cli_graph_cmd *c, const ag_graph *g, const char *path, ag_view **out)
{
    ag_error err = {{0}};
    *out = NULL;
    if (ag_view_is_all(&c->view))
        return AG_EXIT_OK;
    ag_status st = ag_view_apply(g, &c->view, out, &err);
    if (st)
        ag_cli_error("%s: %s", strcmp(path, "-") == 0 ? "stdin" : path, err.msg);
    return ag_cli_exit_for(st);
}
