/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the fq_codel qdisc (fair queueing with CoDel).
 */

#include <netlink/cli/utils.h>
#include "../module.h"
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/fq_codel.h>

static void fq_codel_usage(void)
{
	puts("Usage: nl-qdisc-add [...] fq_codel [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --limit=LIMIT         Maximum queue length in number of bytes.\n"
	     "     --quantum=SIZE        Amount of bytes to serve at once.\n"
	     "     --flows=N             Number of flows.\n"
	     "     --interval=N          The interval in usec.\n"
	     "     --target=N            The minimum delay in usec.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach fq_codel with a 4096 packets limit to eth1\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root fq_codel --limit=4096");
}

enum {
	FQ_CODEL_OPT_LIMIT = 257,
	FQ_CODEL_OPT_QUANTUM,
	FQ_CODEL_OPT_FLOWS,
	FQ_CODEL_OPT_INTERVAL,
	FQ_CODEL_OPT_TARGET,
};

/**
 * Parse the fq_codel options (--limit, --quantum, --flows, --interval,
 * --target: plain numbers; --help) of a qdisc.
 * @arg tc		qdisc whose kind is fq_codel
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void fq_codel_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "limit", required_argument, NULL, FQ_CODEL_OPT_LIMIT },
		{ "quantum", required_argument, NULL, FQ_CODEL_OPT_QUANTUM },
		{ "flows", required_argument, NULL, FQ_CODEL_OPT_FLOWS },
		{ "interval", required_argument, NULL, FQ_CODEL_OPT_INTERVAL },
		{ "target", required_argument, NULL, FQ_CODEL_OPT_TARGET },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fq_codel_usage();
			return;
		case FQ_CODEL_OPT_LIMIT:
			rtnl_qdisc_fq_codel_set_limit(qdisc,
				(int)cli_module_number(optarg, INT_MAX));
			break;
		case FQ_CODEL_OPT_QUANTUM:
			rtnl_qdisc_fq_codel_set_quantum(qdisc,
				cli_module_number(optarg, UINT32_MAX));
			break;
		case FQ_CODEL_OPT_FLOWS:
			rtnl_qdisc_fq_codel_set_flows(qdisc,
				(int)cli_module_number(optarg, INT_MAX));
			break;
		case FQ_CODEL_OPT_INTERVAL:
			rtnl_qdisc_fq_codel_set_interval(qdisc,
				cli_module_number(optarg, UINT32_MAX));
			break;
		case FQ_CODEL_OPT_TARGET:
			rtnl_qdisc_fq_codel_set_target(qdisc,
				cli_module_number(optarg, UINT32_MAX));
			break;
		}
	}
}

static struct nl_cli_tc_module fq_codel_module = {
	.tm_name = "fq_codel",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = fq_codel_parse_argv,
};

static void __init fq_codel_init(void)
{
	nl_cli_tc_register(&fq_codel_module);
}

static void __exit fq_codel_exit(void)
{
	nl_cli_tc_unregister(&fq_codel_module);
}
