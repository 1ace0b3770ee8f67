/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The skeleton of the nl-* tools (see tool.h).  Everything a tool holds
 * lives in one static struct tool, so that the objects of a tool that
 * exits through nl_cli_fatal() stay reachable, and a tool that ends
 * normally frees them in tool_exit().
 */

#include <getopt.h>
#include <limits.h>
#include <net/if.h>
#include <netlink/cli/link.h>

#include "tool.h"

static struct tool the_tool;

/*
 * libtool runs an uninstalled tool as .libs/NAME or .libs/lt-NAME:
 * getopt's messages then name the tool as it is installed.
 */
static void fix_argv0(char **argv)
{
	char *base = strrchr(argv[0], '/');

	if (!base || base - argv[0] < 5 || strncmp(base - 5, ".libs", 5))
		return;
	base++;
	if (!strncmp(base, "lt-", 3))
		base += 3;
	argv[0] = base;
}

/** Set up the tool: its socket, connected to desc->protocol. */
struct tool *tool_init(const struct tool_desc *desc, int argc, char **argv)
{
	struct tool *t = &the_tool;

	t->desc = desc;
	t->argc = argc;
	t->argv = argv;
	if (argc > 0)
		fix_argv0(argv);
	t->params.dp_type = NL_DUMP_LINE;
	t->params.dp_fd = stdout;
	if (desc->protocol >= 0) {
		t->sk = nl_cli_alloc_socket();
		nl_cli_connect(t->sk, desc->protocol);
	}
	return t;
}

/** Print the usage to stdout and exit with 1: the tool was given nothing. */
void tool_usage_error(struct tool *t)
{
	fputs(t->desc->usage, stdout);
	tool_exit(t, 1);
	exit(1);
}

/** Print the usage as --help does and exit. */
void tool_usage(struct tool *t)
{
	FILE *f = t->desc->usage_stderr ? stderr : stdout;

	fputs(t->desc->usage, f);
	tool_exit(t, t->desc->help_rc);
	exit(t->desc->help_rc);
}

static const unsigned long num_max[] = {
	[TC_U8] = UINT8_MAX,
	[TC_U16] = UINT16_MAX,
	[TC_U32] = UINT32_MAX,
	[TC_INT] = INT_MAX,
};

/*
 * libnl takes what is no IP address for a DECnet or link-layer one when
 * the family is open: an option that wants an IP address says so early.
 */
static void check_ipaddr(const char *arg)
{
	struct nl_addr *a;
	int family, max;

	if (nl_addr_parse(arg, AF_UNSPEC, &a) < 0)
		return;
	family = nl_addr_get_family(a);
	max = family == AF_INET ? 32 : 128;
	if ((family != AF_INET && family != AF_INET6) &&
	    (family != AF_UNSPEC || nl_addr_get_len(a))) {
		nl_addr_put(a);
		nl_cli_fatal(NLE_NOADDR, "Unable to parse address \"%s\": %s",
			     arg, nl_geterror(-NLE_NOADDR));
	}
	if (family != AF_UNSPEC && (int)nl_addr_get_prefixlen(a) > max) {
		nl_addr_put(a);
		nl_cli_fatal(NLE_RANGE, "Prefix length of \"%s\" is out of "
			     "range (0-%d).", arg, max);
	}
	nl_addr_put(a);
}

/**
 * Check @a arg of option @a what: a family name, or a number that fits
 * (what does not start as a number is left to the parser); exit with a
 * message when it does not.
 * @return the number, or 0
 */
unsigned long tool_check(const char *arg, enum tool_check check,
			 const char *what)
{
	enum tool_check num = check;
	unsigned long l;
	char *end;

	if (check == TC_NONE)
		return 0;
	if (check == TC_FAMILY) {
		if (nl_str2af(arg) < 0)
			nl_cli_fatal(EINVAL, "Unable to translate address "
				     "family \"%s\"", arg);
		return 0;
	}
	if (check == TC_IFNAME) {
		if (strlen(arg) >= IFNAMSIZ)
			nl_cli_fatal(ERANGE, "Link name \"%s\" too long, must "
				     "not exceed %d in length.", arg,
				     IFNAMSIZ - 1);
		return 0;
	}
	if (check == TC_IPADDR) {
		check_ipaddr(arg);
		return 0;
	}
	while (isspace((unsigned char)*arg))
		arg++;
	if (*arg == '-' && isdigit((unsigned char)arg[1]))
		nl_cli_fatal(ERANGE, "Value \"%s\" of %s is out of range "
			     "(0-%lu).", arg, what, num_max[num]);
	errno = 0;
	l = strtoul(arg, &end, 0);
	if (end == arg)
		return 0;
	if (errno == ERANGE || l > num_max[num])
		nl_cli_fatal(ERANGE, "Value \"%s\" of %s is out of range "
			     "(0-%lu).", arg, what, num_max[num]);
	return l;
}

/* The options of a table, with those of the tables it includes. */
static size_t count_opts(const struct tool_opt *o)
{
	size_t n = 0;

	for (; o->act != TA_END; o++)
		n += o->act == TA_TABLE ? count_opts(o->sub) : 1;
	return n;
}

static void flatten(const struct tool_opt *o, const struct tool_opt **out,
		    size_t *n)
{
	for (; o->act != TA_END; o++) {
		if (o->act == TA_TABLE)
			flatten(o->sub, out, n);
		else
			out[(*n)++] = o;
	}
}

static void bad_option(struct tool *t)
{
	const struct tool_desc *d = t->desc;
	int rc = d->badopt_rc ? d->badopt_rc : 1;

	switch (d->badopt) {
	case TB_USAGE:
		fputs(d->usage, stdout);
		break;
	case TB_INVALID:
		nl_cli_fatal(rc, "Invalid options");
	case TB_EXIT:
		break;
	}
	tool_exit(t, rc);
	exit(rc);
}

static void run_opt(struct tool *t, const struct tool_opt *o, char *arg)
{
	char what[64];

	switch (o->act) {
	case TA_HELP:
		tool_usage(t);
	case TA_VERSION:
		tool_exit(t, 0);
		nl_cli_print_version();
	case TA_QUIET:
		t->quiet = 1;
		break;
	case TA_FORMAT:
		t->params.dp_type = nl_cli_parse_dumptype(arg);
		break;
	case TA_DUMP:
		t->params.dp_type = o->val;
		break;
	case TA_FLAG:
		t->flags |= o->val;
		break;
	case TA_NLFLAGS:
		t->nlflags = o->val;
		break;
	case TA_PARSE:
		if (o->name)
			snprintf(what, sizeof(what), "--%s", o->name);
		else
			snprintf(what, sizeof(what), "-%c", o->key);
		tool_check(arg, o->check, what);
		o->parse(t, arg);
		t->nselect++;
		break;
	case TA_TABLE:
	case TA_END:
		break;
	}
}

/**
 * Parse the command line with the tool's option table; optind is left
 * at the first argument that is no option.
 */
void tool_parse(struct tool *t)
{
	size_t n = count_opts(t->desc->opts), i, nl = 0;
	const struct tool_opt **opts = calloc(n + 1, sizeof(*opts));
	struct option *lopts = calloc(n + 1, sizeof(*lopts));
	char *sopts = calloc(2 * n + 3, 1), *s = sopts;
	int c;

	if (!opts || !lopts || !sopts)
		nl_cli_fatal(ENOMEM, "Out of memory");
	n = 0;
	flatten(t->desc->opts, opts, &n);
	if (t->desc->stop_at_arg)
		*s++ = '+';
	for (i = 0; i < n; i++) {
		if (opts[i]->key) {
			*s++ = (char)opts[i]->key;
			if (opts[i]->has_arg)
				*s++ = ':';
		}
		if (opts[i]->name) {
			lopts[nl].name = opts[i]->name;
			lopts[nl].has_arg = opts[i]->has_arg;
			lopts[nl].val = opts[i]->key ? opts[i]->key
						     : 256 + (int)i;
			nl++;
		}
	}

	while ((c = getopt_long(t->argc, t->argv, sopts, lopts, NULL)) != -1) {
		const struct tool_opt *o = NULL;

		if (c >= 256)
			o = opts[c - 256];
		for (i = 0; !o && i < n; i++)
			if (opts[i]->key == c)
				o = opts[i];
		if (!o) {
			free(opts);
			free(lopts);
			free(sopts);
			bad_option(t);
		}
		run_opt(t, o, optarg);
	}
	free(opts);
	free(lopts);
	free(sopts);
}

/** Keep @a cache with the tool (freed by tool_exit()). @return cache */
struct nl_cache *tool_keep(struct tool *t, struct nl_cache *cache)
{
	size_t i;

	if (!t->cache) {
		t->cache = cache;
		return cache;
	}
	for (i = 0; i < sizeof(t->more) / sizeof(t->more[0]); i++) {
		if (!t->more[i]) {
			t->more[i] = cache;
			return cache;
		}
	}
	nl_cli_fatal(EINVAL, "BUG: too many caches");
}

/** The link cache of @a family, provided to the other caches, or exit. */
struct nl_cache *tool_links_family(struct tool *t, int family)
{
	t->link_cache = nl_cli_link_alloc_cache_family(t->sk, family);
	return t->link_cache;
}

/** The link cache, provided to the other caches, or exit. */
struct nl_cache *tool_links(struct tool *t)
{
	return tool_links_family(t, AF_UNSPEC);
}

static void free_cache(struct nl_cache *cache)
{
	if (cache) {
		nl_cache_mngt_unprovide(cache);
		nl_cache_free(cache);
	}
}

/** Free what the tool holds. @return code */
int tool_exit(struct tool *t, int code)
{
	size_t i;

	fflush(stdout);
	for (i = 0; i < sizeof(t->more) / sizeof(t->more[0]); i++) {
		free_cache(t->more[i]);
		t->more[i] = NULL;
	}
	free_cache(t->cache);
	free_cache(t->link_cache);
	t->cache = t->link_cache = NULL;
	if (t->obj)
		nl_object_put(t->obj);
	t->obj = NULL;
	nl_socket_free(t->sk);
	t->sk = NULL;
	return code;
}

/** Dump the objects of @a cache matching t->obj. @return tool_exit(0) */
int tool_list(struct tool *t, struct nl_cache *cache)
{
	nl_cache_dump_filter(cache, &t->params, t->obj);
	return tool_exit(t, 0);
}

static void print_obj(struct tool *t, const char *label, struct nl_object *obj,
		      enum nl_dump_type type)
{
	struct nl_dump_params p = {
		.dp_type = type,
		.dp_fd = stdout,
	};

	printf("%s", label);
	nl_object_dump(obj, &p);
}

static void change_failed(const struct tool_change *c, const char *verb,
			  int err)
{
	nl_cli_fatal(c->fixed_rc ? c->fixed_rc : err, "Unable to %s %s: %s%s",
		     verb, c->what, nl_geterror(err), c->blank_line ? "\n" : "");
}

/** Send t->obj with c->fn and t->nlflags; report it. @return exit code */
int tool_add(struct tool *t, const struct tool_change *c)
{
	int err;

	if (c->before && !t->quiet)
		print_obj(t, "Adding ", t->obj, c->dump);
	err = c->fn(t->sk, t->obj, t->nlflags);
	if (err < 0)
		change_failed(c, "add", err);
	if ((!c->before || c->after) && !t->quiet)
		print_obj(t, "Added ", t->obj, c->dump);
	return tool_exit(t, 0);
}

struct delete_state {
	struct tool *t;
	const struct tool_change *c;
	int count;
};

static void delete_cb(struct nl_object *obj, void *arg)
{
	struct delete_state *s = arg;
	struct tool *t = s->t;
	int err;

	if (s->c->skip && s->c->skip(obj))
		return;
	if ((t->flags & TF_INTERACTIVE) &&
	    !nl_cli_confirm(obj, &t->params, !!(t->flags & TF_YES)))
		return;
	err = s->c->fn(t->sk, obj, 0);
	if (err < 0)
		change_failed(s->c, "delete", err);
	if (!t->quiet)
		print_obj(t, "Deleted ", obj, NL_DUMP_LINE);
	s->count++;
}

/**
 * Delete the objects of @a cache matching t->obj, one request each,
 * asking first with --interactive.  @return exit code
 */
int tool_delete(struct tool *t, struct nl_cache *cache,
		const struct tool_change *c)
{
	struct delete_state s = { t, c, 0 };

	nl_cache_foreach_filter(cache, t->obj, delete_cb, &s);
	if (!t->quiet && c->plural)
		printf("Deleted %d %s\n", s.count, c->plural);
	return tool_exit(t, 0);
}

/* ------------------------------------------------------------------ */
/* Event tools                                                          */

/**
 * Let @a sk take notifications (no sequence checks) and hand each to
 * @a cb; call before connecting.
 */
void tool_prepare_listen(struct nl_sock *sk, nl_recvmsg_msg_cb_t cb, void *arg)
{
	nl_socket_disable_seq_check(sk);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, cb, arg);
}

static void dump_obj(struct nl_object *obj, void *arg)
{
	nl_object_dump(obj, arg);
}

/** A message callback: the message as an object, dumped with t->params. */
int tool_dump_msg(struct nl_msg *msg, void *arg)
{
	struct tool *t = arg;

	if (nl_msg_parse(msg, dump_obj, &t->params) < 0)
		printf("<<EVENT>> Unknown message type\n");
	return NL_OK;
}

/**
 * Receive on @a sk until the tool is killed.  Lost notifications (the
 * socket's buffer overran) are reported and the tool goes on; another
 * error ends it.
 */
void tool_listen(struct tool *t, struct nl_sock *sk)
{
	for (;;) {
		int err = nl_recvmsgs_default(sk);

		fflush(stdout);
		if (err == -NLE_NOMEM) {
			fprintf(stderr, "Lost events because of ENOBUFS\n");
			continue;
		}
		if (err < 0)
			nl_cli_fatal(err, "Failed to receive: %s",
				     nl_geterror(err));
	}
}
