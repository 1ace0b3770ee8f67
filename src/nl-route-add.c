/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-route-add: add a route. */

#include <netlink/cli/route.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-route-add [OPTION]... [ROUTE]\n"
	"\n"
	"Options\n"
	" -q, --quiet\t\tDo not print informal notifications\n"
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

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
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

static int add(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_route_add(sk, (struct rtnl_route *)obj, flags);
}

static const struct tool_change change = {
	.what = "route",
	.fn = add,
	.dump = NL_DUMP_LINE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	tool_links(t);
	t->obj = nl_cli_route_alloc();
	t->nlflags = NLM_F_EXCL;
	tool_parse(t);
	return tool_add(t, &change);
}
