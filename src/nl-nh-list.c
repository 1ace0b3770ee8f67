/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-nh-list: list the nexthop objects that match. */

#include <netlink/cli/nh.h>
#include <netlink/cli/link.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-nh-list [OPTION]... [NEXTHOP]\n"
	"\n"
	"Options\n"
	" -f, --format=TYPE     Output format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Nexthop Options\n"
	" -i, --id=ID           Identifier of the nexthop\n"
	" -d, --dev=DEV         Device the nexthop goes out on\n"
	"     --family=FAMILY   Address family { inet | inet6 }\n";

static void nh_id(struct tool *t, char *arg)
{
	rtnl_nh_set_id(t->obj, nl_cli_parse_u32(arg));
}

static void nh_dev(struct tool *t, char *arg)
{
	int ifindex = rtnl_link_name2i(t->link_cache, arg);

	if (!ifindex)
		nl_cli_fatal(ENOENT, "Link \"%s\" does not exist", arg);
	rtnl_nh_set_oif(t->obj, ifindex);
}

static void nh_family(struct tool *t, char *arg)
{
	rtnl_nh_set_family(t->obj, nl_str2af(arg));
}

static const struct tool_opt opts[] = {
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_ARG("id", 'i', nh_id, TC_U32),
	TOOL_OPT_ARG("dev", 'd', nh_dev, TC_NONE),
	TOOL_OPT_ARG("family", 0, nh_family, TC_FAMILY),
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
	cache = tool_keep(t, nl_cli_nh_alloc_cache(t->sk));
	t->obj = nl_cli_nh_alloc();
	tool_parse(t);
	return tool_list(t, cache);
}
