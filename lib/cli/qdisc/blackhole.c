/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the blackhole qdisc: it drops every packet and
 * takes no options but --help.
 */

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>

static void blackhole_usage(void)
{
	puts("Usage: nl-qdisc-add [...] blackhole [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Drop all outgoing packets on eth1\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root blackhole");
}

/**
 * Parse the blackhole options (only --help) of a qdisc.
 * @arg tc		qdisc whose kind is blackhole
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void blackhole_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	(void)tc;
	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		if (c == 'h') {
			blackhole_usage();
			return;
		}
	}
}

static struct nl_cli_tc_module blackhole_module = {
	.tm_name = "blackhole",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = blackhole_parse_argv,
};

static void __init blackhole_init(void)
{
	nl_cli_tc_register(&blackhole_module);
}

static void __exit blackhole_exit(void)
{
	nl_cli_tc_unregister(&blackhole_module);
}
