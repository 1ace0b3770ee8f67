/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the bfifo qdisc: a FIFO limited in bytes.
 */

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/fifo.h>

enum { BFIFO_OPT_LIMIT = 257 };

static void bfifo_usage(void)
{
	puts("Usage: nl-qdisc-add [...] bfifo [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --limit=LIMIT         Maximum queue length in number of bytes.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach bfifo with a 4KB bytes limit to eth1\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root bfifo --limit=4096");
}

/**
 * Parse the bfifo options (--limit=SIZE with unit, --help) of a qdisc;
 * exit on a size that does not parse.
 * @arg tc		qdisc whose kind is bfifo
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void bfifo_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "limit", required_argument, NULL, BFIFO_OPT_LIMIT },
		{ NULL, 0, NULL, 0 },
	};
	long limit;
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			bfifo_usage();
			return;
		case BFIFO_OPT_LIMIT:
			limit = nl_size2int(optarg);
			if (limit < 0)
				nl_cli_fatal((int)limit,
					     "Unable to parse bfifo limit \"%s\": Invalid format.",
					     optarg);
			if (limit > INT_MAX)
				nl_cli_fatal(ERANGE,
					     "Value \"%s\" of the bfifo limit is out of range.",
					     optarg);
			rtnl_qdisc_fifo_set_limit(qdisc, (int)limit);
			break;
		}
	}
}

static struct nl_cli_tc_module bfifo_module = {
	.tm_name = "bfifo",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = bfifo_parse_argv,
};

static void __init bfifo_init(void)
{
	nl_cli_tc_register(&bfifo_module);
}

static void __exit bfifo_exit(void)
{
	nl_cli_tc_unregister(&bfifo_module);
}
