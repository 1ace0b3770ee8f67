/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-neigh-add: add or update a neighbour. */

#include <netlink/cli/neigh.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-neigh-add [OPTION]... NEIGHBOUR\n"
	"\n"
	"Options\n"
	"     --update-only     Do not create neighbour, updates exclusively\n"
	"     --create-only     Do not update neighbour if it exists already.\n"
	" -q, --quiet           Do not print informal notifications\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Neighbour Options\n"
	" -a, --addr=ADDR       Destination address of neighbour\n"
	" -l, --lladdr=ADDR     Link layer address of neighbour\n"
	" -d, --dev=DEV         Device the neighbour is connected to\n"
	"     --state=STATE     Neighbour state, (default = permanent)\n"
	"\n"
	"Example\n"
	"  nl-neigh-add --create-only --addr=10.0.0.1 --dev=eth0 \\\n"
	"               --lladdr=AA:BB:CC:DD:EE:FF\n";

enum { UPDATE_ONLY = TF_A, CREATE_ONLY = TF_B };

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("update-only", 0, UPDATE_ONLY),
	TOOL_OPT_FLAG("create-only", 0, CREATE_ONLY),
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_neigh_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static int add(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_neigh_add(sk, (struct rtnl_neigh *)obj, flags);
}

static const struct tool_change change = {
	.what = "neighbour",
	.fn = add,
	.dump = NL_DUMP_LINE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	if (argc < 2)
		tool_usage_error(t);
	tool_links(t);
	t->obj = nl_cli_neigh_alloc();
	tool_parse(t);
	t->nlflags = NLM_F_CREATE | NLM_F_REPLACE;
	if (t->flags & UPDATE_ONLY)
		t->nlflags &= ~NLM_F_CREATE;
	if (t->flags & CREATE_ONLY)
		t->nlflags |= NLM_F_EXCL;
	return tool_add(t, &change);
}
