/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-monitor: print the routing notifications of the groups named. */

#include <linux/rtnetlink.h>
#include <netlink/cli/link.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-monitor [OPTION] [<groups>]\n"
	"\n"
	"Options\n"
	" -d, --debug=LEVEL     Set libnl debug level { 0 - 7 }\n"
	" -f, --format=TYPE     Output format { brief | details | stats }\n"
	" -h, --help            Show this help.\n"
	"\n"
	"Known groups: link notify neigh tc ipv4-ifaddr ipv4-mroute ipv4-route ipv6-ifaddr ipv6-mroute ipv6-route ipv6-ifinfo decnet-ifaddr decnet-route ipv6-prefix ipv4-netconf ipv6-netconf mpls-netconf mdb\n";

static const struct {
	const char *name;
	int group;
} known[] = {
	{ "link", RTNLGRP_LINK },
	{ "notify", RTNLGRP_NOTIFY },
	{ "neigh", RTNLGRP_NEIGH },
	{ "tc", RTNLGRP_TC },
	{ "ipv4-ifaddr", RTNLGRP_IPV4_IFADDR },
	{ "ipv4-mroute", RTNLGRP_IPV4_MROUTE },
	{ "ipv4-route", RTNLGRP_IPV4_ROUTE },
	{ "ipv6-ifaddr", RTNLGRP_IPV6_IFADDR },
	{ "ipv6-mroute", RTNLGRP_IPV6_MROUTE },
	{ "ipv6-route", RTNLGRP_IPV6_ROUTE },
	{ "ipv6-ifinfo", RTNLGRP_IPV6_IFINFO },
	{ "decnet-ifaddr", RTNLGRP_DECnet_IFADDR },
	{ "decnet-route", RTNLGRP_DECnet_ROUTE },
	{ "ipv6-prefix", RTNLGRP_IPV6_PREFIX },
	{ "ipv4-netconf", RTNLGRP_IPV4_NETCONF },
	{ "ipv6-netconf", RTNLGRP_IPV6_NETCONF },
	{ "mpls-netconf", RTNLGRP_MPLS_NETCONF },
	{ "mdb", RTNLGRP_MDB },
};

static void set_debug(struct tool *t, char *arg)
{
	nl_debug = (int)nl_cli_parse_u32(arg);
}

static const struct tool_opt opts[] = {
	TOOL_OPT_ARG("debug", 'd', set_debug, TC_INT),
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = -1,
	.opts = opts,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	size_t i;
	int err;

	t->sk = nl_cli_alloc_socket();
	t->params.dp_type = NL_DUMP_STATS;
	tool_prepare_listen(t->sk, tool_dump_msg, t);
	tool_parse(t);
	nl_cli_connect(t->sk, NETLINK_ROUTE);
	for (; optind < argc; optind++) {
		for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			if (!strcmp(argv[optind], known[i].name))
				break;
		if (i == sizeof(known) / sizeof(known[0])) {
			fprintf(stderr, "Warning: Unknown group: %s\n",
				argv[optind]);
			continue;
		}
		err = nl_socket_add_membership(t->sk, known[i].group);
		if (err < 0)
			nl_cli_fatal(err, "Unable to add membership: %s",
				     nl_geterror(err));
	}
	/* a socket of its own: the notifications socket only listens */
	{
		struct nl_sock *sk = nl_cli_alloc_socket();

		nl_cli_connect(sk, NETLINK_ROUTE);
		t->link_cache = nl_cli_link_alloc_cache(sk);
		nl_socket_free(sk);
	}
	tool_listen(t, t->sk);
}
