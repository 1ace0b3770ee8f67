/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the plug qdisc: buffers traffic until released.
 */

#include <netlink/cli/utils.h>
#include "../module.h"
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/plug.h>

static void plug_usage(void)
{
	puts("Usage: nl-qdisc-add [...] plug [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --limit               Maximum queue length in bytes.\n"
	     "     --buffer              create a new buffer(plug) and queue incoming traffic into it.\n"
	     "     --release-one         release traffic from previous buffer.\n"
	     "     --release-indefinite  stop buffering and release all (buffered and new) packets.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach plug qdisc with 32KB queue size to ifb0\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root plug --limit=32768\n"
	     "    # Plug network traffic arriving at ifb0\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	     "    # Unplug traffic arriving at ifb0 indefinitely\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-indefinite\n"
	     "\n"
	     "    # If operating in output buffering mode:\n"
	     "    # at time t=t0, create a new output buffer b0 to hold network output\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	     "\n"
	     "    # at time t=t1, take a checkpoint c0, create a new output buffer b1\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	     "    # at time t=t1+r, after c0 is committed, release b0\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-one\n"
	     "\n"
	     "    # at time t=t2, take a checkpoint c1, create a new output buffer b2\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	     "    # at time t=t2+r, after c1 is committed, release b1\n"
	     "    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-one");
}

enum {
	PLUG_OPT_LIMIT = 257,
	PLUG_OPT_BUFFER,
	PLUG_OPT_RELEASE_ONE,
	PLUG_OPT_RELEASE_INDEFINITE,
};

/**
 * Parse the plug options (--limit=N, --buffer, --release-one,
 * --release-indefinite, --help) of a qdisc.
 * @arg tc		qdisc whose kind is plug
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void plug_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "limit", required_argument, NULL, PLUG_OPT_LIMIT },
		{ "buffer", no_argument, NULL, PLUG_OPT_BUFFER },
		{ "release-one", no_argument, NULL, PLUG_OPT_RELEASE_ONE },
		{ "release-indefinite", no_argument, NULL,
		  PLUG_OPT_RELEASE_INDEFINITE },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			plug_usage();
			return;
		case PLUG_OPT_LIMIT:
			rtnl_qdisc_plug_set_limit(qdisc,
						  (int)cli_module_number(optarg, INT_MAX));
			break;
		case PLUG_OPT_BUFFER:
			rtnl_qdisc_plug_buffer(qdisc);
			break;
		case PLUG_OPT_RELEASE_ONE:
			rtnl_qdisc_plug_release_one(qdisc);
			break;
		case PLUG_OPT_RELEASE_INDEFINITE:
			rtnl_qdisc_plug_release_indefinite(qdisc);
			break;
		}
	}
}

static struct nl_cli_tc_module plug_module = {
	.tm_name = "plug",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = plug_parse_argv,
};

static void __init plug_init(void)
{
	nl_cli_tc_register(&plug_module);
}

static void __exit plug_exit(void)
{
	nl_cli_tc_unregister(&plug_module);
}
