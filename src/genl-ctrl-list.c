/* SPDX-License-Identifier: LGPL-2.1-only */
/* genl-ctrl-list: list the generic netlink families the kernel knows. */

#include <netlink/genl/ctrl.h>

#include "tool.h"

static const char usage[] =
	"Usage: genl-ctrl-list [--details]\n"
	"\n"
	"Options\n"
	" -d, --details         Include detailed information in the list\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n";

static const struct tool_opt opts[] = {
	{ "details", 'd', no_argument, TA_DUMP, NL_DUMP_DETAILS },
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_GENERIC,
	.opts = opts,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "generic netlink family",
						genl_ctrl_alloc_cache));
	tool_parse(t);
	return tool_list(t, cache);
}
