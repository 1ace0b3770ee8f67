/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the ingress qdisc: it has no options but --help.
 */

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>

static void ingress_usage(void)
{
	puts("Usage: nl-qdisc-add [...] ingress\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach ingress to eth1\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root ingress");
}

/**
 * Parse the ingress options (only --help) of a qdisc.
 * @arg tc		qdisc whose kind is ingress
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void ingress_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	(void)tc;
	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		if (c == 'h') {
			ingress_usage();
			return;
		}
	}
}

static struct nl_cli_tc_module ingress_module = {
	.tm_name = "ingress",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = ingress_parse_argv,
};

static void __init ingress_init(void)
{
	nl_cli_tc_register(&ingress_module);
}

static void __exit ingress_exit(void)
{
	nl_cli_tc_unregister(&ingress_module);
}
