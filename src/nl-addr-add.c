/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-addr-add: add an address to a network device. */

#include <netlink/cli/addr.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-addr-add [OPTION]... [ADDRESS]\n"
	"\n"
	"Options\n"
	"     --replace             Replace the address if it exists.\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help.\n"
	" -v, --version             Show versioning information.\n"
	"\n"
	"Address Options\n"
	" -a, --local=ADDR          Address to be considered local.\n"
	" -d, --dev=DEV             Device the address should be assigned to.\n"
	"     --family=FAMILY       Address family (normally autodetected).\n"
	"     --broadcast=ADDR      Broadcast address of network (IPv4).\n"
	"     --peer=ADDR           Peer address (IPv4).\n"
	"     --label=STRING        Additional address label (IPv4).\n"
	"     --scope=SCOPE         Scope of local address (IPv4).\n"
	"     --preferred=TIME      Preferred lifetime (IPv6).\n"
	"     --valid=TIME          Valid lifetime (IPv6).\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_NLFLAGS("replace", NLM_F_REPLACE),
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
	.badopt_rc = 7,
};

static int add(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_addr_add(sk, (struct rtnl_addr *)obj, flags);
}

static const struct tool_change change = {
	.what = "address",
	.fn = add,
	.dump = NL_DUMP_LINE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	tool_links(t);
	t->obj = nl_cli_addr_alloc();
	tool_parse(t);
	return tool_add(t, &change);
}
