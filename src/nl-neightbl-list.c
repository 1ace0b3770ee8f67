/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-neightbl-list: list the neighbour tables and their parameters. */

#include "tool.h"

static const char usage[] =
	"Usage: nl-neightbl-list [OPTION]...\n"
	"\n"
	"Options\n"
	" -f, --format=TYPE     Output format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "neighbour table",
						rtnl_neightbl_alloc_cache));
	tool_parse(t);
	return tool_list(t, cache);
}
