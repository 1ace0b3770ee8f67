/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-qdisc-list: list the queueing disciplines that match, with --recursive
 * each with its classes, classifiers and child qdiscs.
 */

#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-qdisc-list [OPTION]... [QDISC]\n"
	"\n"
	"OPTIONS\n"
	"     --details         Show details\n"
	"     --stats           Show statistics\n"
	" -r, --recursive       Show recursive tree\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	" -d, --dev=DEV         Device the qdisc is attached to. (default: all)\n"
	" -p, --parent=ID       Identifier of parent qdisc.\n"
	" -i, --id=ID           Identifier.\n"
	" -k, --kind=NAME       Kind of qdisc (e.g. pfifo_fast)\n"
	"\n"
	"EXAMPLE\n"
	"    # Display statistics of all qdiscs attached to eth0\n"
	"    $ nl-qdisc-list --details --dev=eth0\n"
	"\n";

enum { RECURSIVE = TF_A };

static const struct tool_opt opts[] = {
	TOOL_OPT_DETAILS,
	TOOL_OPT_STATS,
	TOOL_OPT_FLAG("recursive", 'r', RECURSIVE),
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_select),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static void print_tree(struct nl_object *obj, void *arg)
{
	struct tool *t = arg;

	tool_tc_tree(t, t->cache, (struct rtnl_qdisc *)obj, 0, 4);
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "queueing disciplines",
						rtnl_qdisc_alloc_cache));
	t->obj = nl_cli_qdisc_alloc();
	tool_parse(t);
	if (!(t->flags & RECURSIVE))
		return tool_list(t, cache);
	nl_cache_foreach_filter(cache, t->obj, print_tree, t);
	return tool_exit(t, 0);
}
