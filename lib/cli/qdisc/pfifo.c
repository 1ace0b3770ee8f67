/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the pfifo qdisc: a FIFO limited in packets.
 */

#include <netlink/cli/utils.h>
#include "../module.h"
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/fifo.h>

enum { PFIFO_OPT_LIMIT = 257 };

static void pfifo_usage(void)
{
	puts("Usage: nl-qdisc-add [...] pfifo [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --limit=LIMIT         Maximum queue length in number of packets.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach pfifo with a 32 packet limit to eth1\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root pfifo --limit=32");
}

/**
 * Parse the pfifo options (--limit, --help) of a qdisc.
 * @arg tc		qdisc whose kind is pfifo
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void pfifo_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "limit", required_argument, NULL, PFIFO_OPT_LIMIT },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			pfifo_usage();
			return;
		case PFIFO_OPT_LIMIT:
			rtnl_qdisc_fifo_set_limit(qdisc,
						  (int)cli_module_number(optarg, INT_MAX));
			break;
		}
	}
}

static struct nl_cli_tc_module pfifo_module = {
	.tm_name = "pfifo",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = pfifo_parse_argv,
};

static void __init pfifo_init(void)
{
	nl_cli_tc_register(&pfifo_module);
}

static void __exit pfifo_exit(void)
{
	nl_cli_tc_unregister(&pfifo_module);
}
