/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The skeleton the nl-* tools share: an option table per tool (built-in
 * actions and object options), getopt driven from it, and the list, add
 * and delete loops.  A tool's file holds its usage text, its table and a
 * short main().  Private to src/: libnl-cli-3 exports none of it.
 */

#ifndef NL_TOOL_H_
#define NL_TOOL_H_

#include <netlink/cli/utils.h>

struct tool;

/* What an option does. */
enum tool_act {
	TA_END = 0,
	TA_HELP,	/* the usage, exit 0 */
	TA_VERSION,	/* nl_cli_print_version() */
	TA_QUIET,	/* t->quiet = 1 */
	TA_FORMAT,	/* dump type by name: brief, details, stats */
	TA_DUMP,	/* dump type val */
	TA_FLAG,	/* t->flags |= val */
	TA_NLFLAGS,	/* t->nlflags = val */
	TA_PARSE,	/* parse(t, arg) */
	TA_TABLE,	/* the options of table sub */
};

/*
 * What an argument is checked for before parse() sees it: the range of a
 * number (the parser reports what is no number), or a family name.
 */
enum tool_check {
	TC_NONE = 0,
	TC_U8,
	TC_U16,
	TC_U32,
	TC_INT,		/* 0 to INT_MAX */
	TC_FAMILY,
	TC_IPADDR,	/* an IPv4 or IPv6 address or prefix */
	TC_IFNAME,	/* a network device name */
};

struct tool_opt {
	const char *name;	/* long name, or NULL */
	int key;		/* short letter, or 0 */
	int has_arg;		/* no_argument, required_argument */
	enum tool_act act;
	int val;
	void (*parse)(struct tool *, char *);
	enum tool_check check;
	const struct tool_opt *sub;
};

#define TOOL_OPT_HELP		{ "help", 'h', no_argument, TA_HELP }
#define TOOL_OPT_VERSION	{ "version", 'v', no_argument, TA_VERSION }
#define TOOL_OPT_QUIET		{ "quiet", 'q', no_argument, TA_QUIET }
#define TOOL_OPT_FORMAT		{ "format", 'f', required_argument, TA_FORMAT }
#define TOOL_OPT_DETAILS	{ "details", 0, no_argument, TA_DUMP, NL_DUMP_DETAILS }
#define TOOL_OPT_STATS		{ "stats", 0, no_argument, TA_DUMP, NL_DUMP_STATS }
#define TOOL_OPT_FLAG(n, k, v)	{ n, k, no_argument, TA_FLAG, v }
#define TOOL_OPT_NLFLAGS(n, v)	{ n, 0, no_argument, TA_NLFLAGS, v }
#define TOOL_OPT_ARG(n, k, fn, chk) { n, k, required_argument, TA_PARSE, 0, fn, chk }
#define TOOL_OPT_TABLE(tbl)	{ NULL, 0, 0, TA_TABLE, 0, NULL, TC_NONE, tbl }
#define TOOL_OPT_END		{ NULL, 0, 0, TA_END }

/* What a tool does on an unknown option or a missing argument, after
 * getopt's one-line message: */
enum tool_badopt {
	TB_EXIT = 0,	/* exit */
	TB_USAGE,	/* print the usage to stdout, exit */
	TB_INVALID,	/* print "Error: Invalid options", exit */
};

struct tool_desc {
	const char *usage;
	int usage_stderr;	/* --help prints to stderr */
	int help_rc;		/* exit code after --help */
	int protocol;		/* netlink protocol to connect to, or -1 */
	const struct tool_opt *opts;
	int stop_at_arg;	/* options end at the first argument ('+') */
	enum tool_badopt badopt;
	int badopt_rc;		/* exit code on a bad option; 1 when 0 */
};

/* t->flags bits (TA_FLAG): two shared ones, the rest the tool's own. */
enum {
	TF_INTERACTIVE = 1 << 0,
	TF_YES = 1 << 1,
	TF_A = 1 << 2,
	TF_B = 1 << 3,
	TF_C = 1 << 4,
	TF_D = 1 << 5,
};

struct tool {
	const struct tool_desc *desc;
	int argc;
	char **argv;
	struct nl_sock *sk;
	struct nl_cache *link_cache;
	struct nl_cache *cache;
	struct nl_cache *more[4];
	void *obj;
	struct nl_dump_params params;
	unsigned int flags;
	int nlflags;
	int quiet;
	int nselect;		/* object options given (TA_PARSE) */
	int create;		/* tc handles: an unknown name becomes a new id */
	char *arg[4];		/* argument strings a tool keeps */
	unsigned long num[4];	/* numbers a tool keeps */
};

struct tool *tool_init(const struct tool_desc *desc, int argc, char **argv);
void tool_parse(struct tool *t);
void tool_usage(struct tool *t) __attribute__((noreturn));
void tool_usage_error(struct tool *t) __attribute__((noreturn));
unsigned long tool_check(const char *arg, enum tool_check check,
			 const char *what);
struct nl_cache *tool_links(struct tool *t);
struct nl_cache *tool_links_family(struct tool *t, int family);
struct nl_cache *tool_keep(struct tool *t, struct nl_cache *cache);
int tool_exit(struct tool *t, int code);

/* Dump the cache's objects that match t->obj with t->params. */
int tool_list(struct tool *t, struct nl_cache *cache);

typedef int (*tool_obj_fn)(struct nl_sock *, struct nl_object *, int);

/* An add or delete request and how it reports. */
struct tool_change {
	const char *what;	/* "Unable to add address: ..." */
	const char *plural;	/* "Deleted 3 addresses" */
	tool_obj_fn fn;
	int fixed_rc;		/* exit code on failure (abs(err) when 0) */
	enum nl_dump_type dump;	/* type of the "Added ..." line */
	int before;		/* print "Adding ..." before the request */
	int after;		/* and "Added ..." after it */
	int (*skip)(struct nl_object *); /* objects a delete passes over */
	int blank_line;		/* an empty line after the error, as libnl's */
};

int tool_add(struct tool *t, const struct tool_change *c);
int tool_delete(struct tool *t, struct nl_cache *cache,
		const struct tool_change *c);

/* The event tools: notifications parsed into objects and dumped. */
void tool_prepare_listen(struct nl_sock *sk, nl_recvmsg_msg_cb_t cb, void *arg);
int tool_dump_msg(struct nl_msg *msg, void *arg);
void tool_listen(struct tool *t, struct nl_sock *sk) __attribute__((noreturn));

/* The traffic control tools (src/tool-tc.c). */
struct rtnl_qdisc;

struct tool_tc_kind {
	const char *no_parent;	/* the error without --parent */
	const char *unknown;	/* format: a kind libnl does not know */
	const char *unsupported; /* format: a kind without CLI module */
};

int tool_tc_add(struct tool *t, const struct tool_tc_kind *k,
		const struct tool_change *c);
void tool_tc_tree(struct tool *t, struct nl_cache *qdiscs,
		  struct rtnl_qdisc *qdisc, int prefix, int step);

/* Object options shared between tools (src/tool-opts.c). */
extern const struct tool_opt tool_link_select[];
extern const struct tool_opt tool_addr_opts[];
extern const struct tool_opt tool_route_opts[];
extern const struct tool_opt tool_neigh_opts[];
extern const struct tool_opt tool_neigh_select[];
extern const struct tool_opt tool_tc_select[];
extern const struct tool_opt tool_tc_add_opts[];
extern const struct tool_opt tool_tc_size_opts[];
extern const struct tool_opt tool_cls_opts[];
extern const struct tool_opt tool_ct_opts[];
extern const struct tool_opt tool_exp_tuples[];
extern const struct tool_opt tool_exp_mask[];
extern const struct tool_opt tool_exp_nat[];
extern const struct tool_opt tool_exp_opts[];

void tool_link_name(struct tool *t, char *arg);
void tool_link_ifindex(struct tool *t, char *arg);
void tool_link_family(struct tool *t, char *arg);
void tool_link_mtu(struct tool *t, char *arg);
void tool_link_txqlen(struct tool *t, char *arg);
void tool_link_weight(struct tool *t, char *arg);
void tool_ct_id(struct tool *t, char *arg);
void tool_ct_tcp_state(struct tool *t, char *arg);
void tool_ct_use(struct tool *t, char *arg);
void tool_ct_status(struct tool *t, char *arg);
void tool_ct_zone(struct tool *t, char *arg);
void tool_exp_id(struct tool *t, char *arg);

#endif
