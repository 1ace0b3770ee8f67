/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-link-list: list the network devices that match. */

#include <netlink/cli/link.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-link-list [OPTIONS]... \n"
	"\n"
	"OPTIONS\n"
	"     --details             Show detailed information of each link\n"
	"     --stats               Show statistics, implies --details\n"
	" -h, --help                Show this help text.\n"
	" -v, --version             Show versioning information.\n"
	"\n"
	" -n, --name=NAME\t    Name of link\n"
	" -i, --index               Interface index (unique identifier)\n"
	"     --family=NAME         Link address family\n"
	"     --mtu=NUM             MTU value\n"
	"     --txqlen=NUM          TX queue length\n"
	"     --weight=NUM          Weight\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_DETAILS,
	TOOL_OPT_STATS,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_link_select),
	TOOL_OPT_ARG("family", 0, tool_link_family, TC_FAMILY),
	TOOL_OPT_ARG("mtu", 0, tool_link_mtu, TC_U32),
	TOOL_OPT_ARG("txqlen", 0, tool_link_txqlen, TC_U32),
	TOOL_OPT_ARG("weight", 0, tool_link_weight, TC_U32),
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

	t->obj = nl_cli_link_alloc();
	tool_parse(t);
	tool_links_family(t, rtnl_link_get_family(t->obj));
	return tool_list(t, t->link_cache);
}
