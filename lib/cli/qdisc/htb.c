/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the htb qdisc and its classes (hierarchy token
 * bucket).
 */

#include <netlink/cli/utils.h>
#include "../module.h"
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/htb.h>

static void htb_qdisc_usage(void)
{
	puts("Usage: nl-qdisc-add [...] htb [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --r2q=DIV             Rate to quantum divisor (default: 10)\n"
	     "     --default=ID          Default class for unclassified traffic.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Create htb root qdisc 1: and direct unclassified traffic to class 1:10\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root --handle=1: htb --default=10");
}

enum {
	HTB_OPT_R2Q = 257,
	HTB_OPT_DEFAULT,
	HTB_OPT_RATE,
	HTB_OPT_CEIL,
	HTB_OPT_PRIO,
	HTB_OPT_QUANTUM,
	HTB_OPT_BURST,
	HTB_OPT_CBURST,
};

/**
 * Parse the options of an htb qdisc (--r2q=DIV, --default=ID, --help).
 * -v is accepted and ignored, as by upstream's module.
 * @arg tc		qdisc whose kind is htb
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void htb_parse_qdisc_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "r2q", required_argument, NULL, HTB_OPT_R2Q },
		{ "default", required_argument, NULL, HTB_OPT_DEFAULT },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "hv", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			htb_qdisc_usage();
			return;
		case HTB_OPT_R2Q:
			rtnl_htb_set_rate2quantum(qdisc,
						  cli_module_number(optarg, UINT32_MAX));
			break;
		case HTB_OPT_DEFAULT:
			rtnl_htb_set_defcls(qdisc, cli_module_number(optarg, UINT32_MAX));
			break;
		}
	}
}

static void htb_class_usage(void)
{
	puts("Usage: nl-class-add [...] htb [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --rate=RATE           Rate limit.\n"
	     "     --ceil=RATE           Rate limit while borrowing (default: equal to --rate).\n"
	     "     --prio=PRIO           Priority, lower is served first (default: 0).\n"
	     "     --quantum=SIZE        Amount of bytes to serve at once (default: rate/r2q).\n"
	     "     --burst=SIZE          Max charge size of rate burst buffer (default: auto).\n"
	     "     --cburst=SIZE         Max charge size of ceil rate burst buffer (default: auto)\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach class 1:1 to htb qdisc 1: and rate limit it to 20mbit\n"
	     "    nl-class-add --dev=eth1 --parent=1: --classid=1:1 htb --rate=20mbit");
}

/* A size or rate with unit (nl_size2int), or exit naming @what. */
static uint32_t htb_parse_size(const char *arg, const char *what)
{
	long val = nl_size2int(arg);

	if (val < 0)
		nl_cli_fatal((int)val, "Unable to parse %s \"%s\": Invalid format.",
			     what, arg);
	if ((unsigned long)val > UINT32_MAX)
		nl_cli_fatal(ERANGE, "Value \"%s\" of %s is out of range.", arg,
			     what);
	return (uint32_t)val;
}

/**
 * Parse the options of an htb class (--rate, --ceil, --quantum, --burst,
 * --cburst: sizes with units; --prio: a number; --help).
 * @arg tc		class whose kind is htb
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void htb_parse_class_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_class *class = (struct rtnl_class *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "rate", required_argument, NULL, HTB_OPT_RATE },
		{ "ceil", required_argument, NULL, HTB_OPT_CEIL },
		{ "prio", required_argument, NULL, HTB_OPT_PRIO },
		{ "quantum", required_argument, NULL, HTB_OPT_QUANTUM },
		{ "burst", required_argument, NULL, HTB_OPT_BURST },
		{ "cburst", required_argument, NULL, HTB_OPT_CBURST },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			htb_class_usage();
			return;
		case HTB_OPT_RATE:
			rtnl_htb_set_rate(class,
					  htb_parse_size(optarg, "htb rate"));
			break;
		case HTB_OPT_CEIL:
			rtnl_htb_set_ceil(class,
					  htb_parse_size(optarg, "htb ceil rate"));
			break;
		case HTB_OPT_PRIO:
			rtnl_htb_set_prio(class, cli_module_number(optarg, UINT32_MAX));
			break;
		case HTB_OPT_QUANTUM:
			rtnl_htb_set_quantum(class,
					     htb_parse_size(optarg, "quantum"));
			break;
		case HTB_OPT_BURST:
			rtnl_htb_set_rbuffer(class,
					     htb_parse_size(optarg, "burst"));
			break;
		case HTB_OPT_CBURST:
			rtnl_htb_set_cbuffer(class,
					     htb_parse_size(optarg, "cburst"));
			break;
		}
	}
}

static struct nl_cli_tc_module htb_qdisc_module = {
	.tm_name = "htb",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = htb_parse_qdisc_argv,
};

static struct nl_cli_tc_module htb_class_module = {
	.tm_name = "htb",
	.tm_type = RTNL_TC_TYPE_CLASS,
	.tm_parse_argv = htb_parse_class_argv,
};

static void __init htb_init(void)
{
	nl_cli_tc_register(&htb_qdisc_module);
	nl_cli_tc_register(&htb_class_module);
}

static void __exit htb_exit(void)
{
	nl_cli_tc_unregister(&htb_class_module);
	nl_cli_tc_unregister(&htb_qdisc_module);
}
