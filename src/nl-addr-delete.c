/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-addr-delete: delete the addresses that match. */

#include <netlink/cli/addr.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-addr-delete [OPTION]... [ADDRESS]\n"
	"\n"
	"Options\n"
	" -i, --interactive         Run interactively.\n"
	"     --yes                 Set default answer to yes.\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help.\n"
	" -v, --version             Show versioning information.\n"
	"\n"
	"Address Options\n"
	" -a, --local=ADDR          Local address.\n"
	" -d, --dev=DEV             Associated network device.\n"
	"     --family=FAMILY       Family of local address.\n"
	"     --label=STRING        Address label (IPv4).\n"
	"     --peer=ADDR           Peer address (IPv4).\n"
	"     --scope=SCOPE         Address scope (IPv4).\n"
	"     --broadcast=ADDR      Broadcast address of network (IPv4).\n"
	"     --valid-lifetime=TS   Valid lifetime before route expires (IPv6).\n"
	"     --preferred=TIME      Preferred lifetime (IPv6).\n"
	"     --valid=TIME          Valid lifetime (IPv6).\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("interactive", 'i', TF_INTERACTIVE),
	TOOL_OPT_FLAG("yes", 0, TF_YES),
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_addr_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static int del(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_addr_delete(sk, (struct rtnl_addr *)obj, flags);
}

static const struct tool_change change = {
	.what = "address",
	.plural = "addresses",
	.fn = del,
	.blank_line = 1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "address",
						rtnl_addr_alloc_cache));
	t->obj = nl_cli_addr_alloc();
	tool_parse(t);
	return tool_delete(t, cache, &change);
}
