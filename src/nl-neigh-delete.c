/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-neigh-delete: delete the neighbours that match. */

#include <netlink/cli/neigh.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-neigh-delete [OPTION]... [NEIGHBOUR]\n"
	"\n"
	"Options\n"
	" -i, --interactive     Run interactively\n"
	"     --yes             Set default answer to yes\n"
	" -q, --quiet           Do not print informal notifications\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Neighbour Options\n"
	" -a, --addr=ADDR       Destination address of neighbour\n"
	" -l, --lladdr=ADDR     Link layer address of neighbour\n"
	" -d, --dev=DEV         Device the neighbour is connected to\n"
	"     --family=FAMILY   Destination address family\n"
	"     --state=STATE     Neighbour state, (default = permanent)\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("interactive", 'i', TF_INTERACTIVE),
	TOOL_OPT_FLAG("yes", 0, TF_YES),
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_neigh_select),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static int del(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_neigh_delete(sk, (struct rtnl_neigh *)obj, flags);
}

static const struct tool_change change = {
	.what = "neighbour",
	.plural = "neighbours",
	.fn = del,
	.blank_line = 1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache_flags(t->sk, "neighbour",
						      NL_CACHE_AF_ITER,
						      rtnl_neigh_alloc_cache_flags));
	t->obj = nl_cli_neigh_alloc();
	tool_parse(t);
	return tool_delete(t, cache, &change);
}
