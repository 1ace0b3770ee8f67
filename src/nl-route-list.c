/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-route-list: list the routes that match. */

#include <netlink/cli/route.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-route-list [OPTION]... [ROUTE]\n"
	"\n"
	"Options\n"
	" -c, --cache           List the contents of the route cache\n"
	" -f, --format=TYPE\tOutput format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version\t\tShow versioning information\n"
	"\n"
	"Route Options\n"
	" -d, --dst=ADDR        destination prefix, e.g. 10.10.0.0/16\n"
	" -n, --nexthop=NH      nexthop configuration:\n"
	"                         dev=DEV         route via device\n"
	"                         weight=WEIGHT   weight of nexthop\n"
	"                         flags=FLAGS\n"
	"                         via=GATEWAY     route via other node\n"
	"                         realms=REALMS\n"
	"                         e.g. dev=eth0,via=192.168.1.12\n"
	" -t, --table=TABLE     Routing table\n"
	"     --family=FAMILY\tAddress family\n"
	"     --src=ADDR        Source prefix\n"
	"     --iif=DEV         Incomming interface\n"
	"     --pref-src=ADDR   Preferred source address\n"
	"     --metrics=OPTS    Metrics configurations\n"
	"     --priority=NUM    Priotity\n"
	"     --scope=SCOPE     Scope\n"
	"     --protocol=PROTO  Protocol\n"
	"     --type=TYPE       { unicast | local | broadcast | multicast }\n";

enum { CACHE = TF_A };

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("cache", 'c', CACHE),
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_route_opts),
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
	t->obj = nl_cli_route_alloc();
	tool_parse(t);
	cache = tool_keep(t, nl_cli_route_alloc_cache(t->sk,
			(t->flags & CACHE) ? ROUTE_CACHE_CONTENT : 0));
	return tool_list(t, cache);
}
